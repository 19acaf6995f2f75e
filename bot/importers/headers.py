"""Strong writes its CSV header in the phone's language: each localized column name is read
as the English one, so one reader serves every language (and unknown columns pass through).

Names are compared without case, accents, punctuation or a trailing unit in brackets, so
`Réps`, `reps` and `REPS` are one column; the unit of a weight column is kept apart."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# English column → its spellings in the languages Strong ships (and a few short forms).
_LOCALIZED: dict[str, tuple[str, ...]] = {
    "date": ("datum", "fecha", "data", "дата", "date et heure", "datum und uhrzeit"),
    "workout name": (
        "nom de l'entrainement", "nom de la seance", "nom de l'exercice d'entrainement",
        "trainingsname", "workout-name", "name des trainings", "nombre del entrenamiento",
        "nombre de entrenamiento", "nome allenamento", "nome dell'allenamento",
        "nome do treino", "naam training", "trainingsnaam", "workoutnaam",
        "название тренировки", "тренировка",
    ),
    "exercise name": (
        "nom de l'exercice", "exercice", "ubungsname", "name der ubung", "ubung",
        "nombre del ejercicio", "nombre de ejercicio", "ejercicio", "nome esercizio",
        "nome dell'esercizio", "esercizio", "nome do exercicio", "exercicio", "naam oefening",
        "oefeningnaam", "oefening", "название упражнения", "упражнение",
    ),
    "set order": (
        "ordre de la serie", "ordre des series", "serie", "satzreihenfolge", "satz",
        "reihenfolge", "reihenfolge festlegen", "orden de la serie", "orden de serie",
        "ordine della serie", "ordine serie", "ordem da serie", "ordem de serie",
        "set volgorde", "setvolgorde", "volgorde", "порядок подхода", "порядок подходов",
        "подход",
    ),
    "weight": ("poids", "gewicht", "peso", "вес"),
    "reps": (
        "rep", "repetitions", "wiederholungen", "wdh", "wiederh", "repeticiones",
        "ripetizioni", "rip", "repeticoes", "herhalingen", "herh", "повторения", "повторы",
        "повт",
    ),
    "distance": ("distanz", "entfernung", "distancia", "distanza", "afstand", "дистанция",
                 "расстояние"),
    "seconds": ("secondes", "sekunden", "segundos", "secondi", "seconden", "секунды"),
    "notes": ("remarques", "notizen", "notas", "note", "notities", "заметки", "примечания"),
    "workout notes": (
        "notes de l'entrainement", "notes d'entrainement", "trainingsnotizen", "workout-notizen",
        "notas del entrenamiento", "note allenamento", "notas do treino", "trainingsnotities",
        "заметки к тренировке", "заметки тренировки",
    ),
    "duration": ("duree", "dauer", "duracion", "durata", "duracao", "duur",
                 "продолжительность", "длительность"),
    "weight unit": (
        "unite de poids", "unite du poids", "gewichtseinheit", "unidad de peso",
        "unita di peso", "unidade de peso", "gewichtseenheid", "единица веса",
    ),
    "workout #": ("entrainement #", "training #", "entrenamiento #", "allenamento #",
                  "treino #", "тренировка #"),
    "rpe": ("rpe",),
}  # fmt: skip
_UNITS = {
    "kg": "kg", "kgs": "kg", "кг": "kg",
    "lb": "lbs", "lbs": "lbs", "livres": "lbs", "pfund": "lbs", "libras": "lbs",
    "libbre": "lbs", "фунты": "lbs", "фунтов": "lbs",
    "sec": "sec", "s": "sec", "сек": "sec", "meters": "meters", "m": "meters", "м": "meters",
}  # fmt: skip
_BRACKET_UNIT = re.compile(r"\s*\(([^)]*)\)\s*$")


def plain(name: str) -> str:
    """Lower case without accents (`réps` → `reps`, `übung` → `ubung`), spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(text.replace("’", "'").split()).rstrip(".")  # `Wiederh.` = `wiederh`


_ENGLISH: dict[str, str] = {
    plain(spelling): english
    for english, spellings in _LOCALIZED.items()
    for spelling in (english, *spellings)
}


def english_header(header: Sequence[str]) -> list[str]:
    """The header with every Strong column it knows in English (`Poids (kg)` → `weight (kg)`).

    A column that is already English, or that no language names, is returned as it was."""
    return [_english(cell) for cell in header]


def _english(cell: str) -> str:
    key = plain(cell)
    if key in _ENGLISH:
        return _ENGLISH[key]
    bracket = _BRACKET_UNIT.search(key)
    if bracket:
        base = _ENGLISH.get(key[: bracket.start()])
        unit = _UNITS.get(bracket.group(1).strip())
        if base and unit:
            return f"{base} ({unit})"
    return cell
