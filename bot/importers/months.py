"""Hevy writes a workout's time the way the phone's language prints it (`25 Juli 2026, 14:21`,
`3 févr. 2026, 18:00`, `15 мар. 2025 г., 07:48`): month names are put into English before the
date is read, so a German or French export reads like an English one instead of being refused."""

from __future__ import annotations

import re
import unicodedata

# English month → its names and short forms in the languages Hevy and Strong ship.
_MONTHS: dict[str, tuple[str, ...]] = {
    "Jan": ("januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
            "januari", "stycznia", "styczen", "sty", "ocak", "января", "январь", "янв"),
    "Feb": ("februar", "fevrier", "fevr", "fev", "febrero", "febbraio", "fevereiro",
            "februari", "lutego", "luty", "lut", "subat", "sub", "февраля", "февраль", "февр",
            "фев"),
    "Mar": ("marz", "mrz", "mars", "marzo", "marco", "maart", "mrt", "marca", "marzec",
            "mart", "марта", "март", "мар"),
    "Apr": ("avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwi", "nisan", "nis",
            "апреля", "апрель", "апр"),
    "May": ("mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "mayis", "мая",
            "май"),
    "Jun": ("juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "cze", "haziran",
            "haz", "июня", "июнь", "июн"),
    "Jul": ("juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lip",
            "temmuz", "tem", "июля", "июль", "июл"),
    "Aug": ("august", "aout", "agosto", "ago", "augustus", "sierpnia", "sie", "agustos",
            "agu", "августа", "август", "авг"),
    "Sep": ("september", "septembre", "sept", "septiembre", "set", "settembre", "setembro",
            "wrzesnia", "wrz", "eylul", "eyl", "сентября", "сентябрь", "сент", "сен"),
    "Oct": ("oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
            "pazdziernika", "paz", "ekim", "eki", "октября", "октябрь", "окт"),
    "Nov": ("november", "novembre", "noviembre", "novembro", "listopada", "lis", "kasim",
            "kas", "ноября", "ноябрь", "нояб", "ноя"),
    "Dec": ("dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro",
            "december", "grudnia", "gru", "aralik", "ara", "декабря", "декабрь", "дек"),
}  # fmt: skip
# Words some languages put around the parts of a date: `2 de fev. de 2026`, `2025 г.`.
_FILLERS = frozenset({"de", "del", "г", "um", "à", "às", "alle", "om", "в"})
_ENGLISH = {
    name: english for english, names in _MONTHS.items() for name in (english.lower(), *names)
}  # `déc.` is plain `dec`: English short names are looked up too
_WORD = re.compile(r"[^\W\d_]+\.?")


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold().rstrip("."))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def english_months(text: str) -> str:
    """`25 Juli 2026, 14:21` → `25 Jul 2026, 14:21`; English text comes back unchanged."""

    def swap(match: re.Match[str]) -> str:
        if match.group().casefold().rstrip(".") in _FILLERS:  # `à` is one, `a` (a.m.) not
            return ""
        return _ENGLISH.get(_plain(match.group()), match.group())

    return " ".join(_WORD.sub(swap, text).split()).replace(" ,", ",")
