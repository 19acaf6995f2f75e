"""Turn the numeric part of a log line into tokens: numbers with units, `x`, RPE marks, words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.units import Unit, parse_unit

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
PLATE_LB, BAR_LB = 45, 45
RPE_MARK = "\ue000"  # private-use char: "\ue000 8.5 " is an RPE already read off the text
X_REPS_MARK = "\ue001"  # "\ue001 5": a set written `x5` with no load before it (`x5 x5 x4`)

_NUM = r"\d+(?:\.\d+)?"
# A number that starts where a digit run starts: without it `\d+` retries at every digit of a
# long run and the RPE/RIR patterns below turn quadratic (`bench` + 4,000 digits took 3 s).
_LEAD = r"(?<![\d.])"
_UNIT_WORD = r"(?:kgs?|kilos?|kilograms?|lbs?|pounds?|#)"
_DECIMAL_COMMA = re.compile(
    rf"(?<![\d,.])(\d+),(\d{{1,2}})(?![\d,])(?=\s*(?:{_UNIT_WORD}|x|×|\*|s\b))"
    r"|(?<=rpe)\s*(\d+),(\d)(?!\d)|(?<=@)\s*(\d+),(\d)(?!\d)"
)
# `1,000 lb` groups thousands; `135x5,200x3` is two sets (a rep count, then the next load).
_THOUSANDS = re.compile(r"(?<![\d,.x×*])(\d{1,2}),(\d{3})(?![\d,])(?!\s*[x×*])")
_TIMES = re.compile(
    r"\s*[×✕✖*]\s*|(?<=\d)\s*x\s*|(?<=\d)(?=x)|\bx(?=\d)"
    r"|(?:(?<=kg)|(?<=kgs)|(?<=lb)|(?<=lbs))x(?=\s*\d)"  # `5 kgx5`, `100lbsx3`
)
_PLATES = re.compile(r"\b(\d+)\s*(?:plates?|pl8s?|pl)\b")
_RIR = re.compile(
    rf"@\s*{_LEAD}({_NUM})\s*rir\b|\brir\s*:?\s*{_LEAD}({_NUM})"
    rf"|{_LEAD}({_NUM})\s*rir\b(?!\s*:?\s*\d)"
    rf"|{_LEAD}({_NUM})\s*(?:more\s+)?(?:reps?\s+)?(?:left\s+)?in\s+(?:the\s+)?tank"
    rf"|{_LEAD}({_NUM})\s*(?:reps?\s+)?in\s+reserve"
)
_RPE = re.compile(
    rf"@\s*{_LEAD}({_NUM})\s*rpe\b(?!\s*:?\s*\d)"
    rf"|\brpe\s*:?\s*(?:{_LEAD}{_NUM}\s*-\s*)?{_LEAD}({_NUM})"
    rf"|{_LEAD}({_NUM})\s*rpe\b(?!\s*:?\s*\d)"
    rf"|@\s*{_LEAD}({_NUM})(?![\d.])(?!\s*(?:{_UNIT_WORD}|s\b|x|pl))"
)
_TOKEN = re.compile(
    rf"{RPE_MARK}\s*(?P<rpe>-?{_NUM})|{X_REPS_MARK}\s*(?P<xreps>\d+)"
    rf"|(?P<sign>(?<![\w.])(?:-(?=\d)|\+\s?))?(?P<num>{_NUM})(?P<suffix>\s*{_UNIT_WORD}(?![a-z])|s\b)?"
    r"|(?P<x>\bx\b)|(?P<word>[a-z]+(?:/(?![\d]))?)|(?P<sep>[,;/:&()\-])"
)
_ASSIST_WORDS = {"assistance", "assisted", "assist"}
_WARM_WORDS = {"warmup", "warmups", "warm", "wu"}


COUNTS = frozenset(("num", "xreps"))  # token kinds that hold a set's numbers


@dataclass
class Token:
    """One meaningful piece of a set description."""

    kind: str  # num | xreps | x | sep | word | rpe
    text: str
    value: float = 0.0
    unit: Unit | None = None
    loadish: bool = False  # certainly a load: unit, sign, decimal point, `20s`, plates
    sign: int = 0


def _fix_decimal_commas(text: str) -> str:
    """`102,5kg` and `rpe 7,5` use decimal commas; `5,5,5` is a rep list and stays."""

    def repl(m: re.Match[str]) -> str:
        groups = [g for g in m.groups() if g is not None]
        return f"{groups[0]}.{groups[1]}"

    text = _THOUSANDS.sub(r"\1\2", text)
    return _DECIMAL_COMMA.sub(repl, text)


def _plates(m: re.Match[str]) -> str:
    return f"{BAR_LB + 2 * PLATE_LB * int(m.group(1))}lb"


def _mark(value: float) -> str:
    return f" {RPE_MARK}{value:g} "


def _rir(m: re.Match[str]) -> str:
    raw = next(g for g in m.groups() if g is not None)
    return _mark(10 - float(raw))


def _rpe(m: re.Match[str]) -> str:
    raw = next(g for g in m.groups() if g is not None)
    value = float(raw)
    if m.group(4) is not None and value > 10:
        return f" at {raw} "  # `@ 100` is a load
    return _mark(value)


_ONE = re.compile(r"\b(?:a|an|one)\s+(?=set\b|plate\b)")
_WARM_UP = re.compile(r"\bw/u\b")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")
_BW_PLUS = re.compile(r"\bbw\s*\+\s*|\bbodyweight\s*\+\s*|\bbody weight\s*\+\s*")
_WITH = re.compile(r"\bw/\s*|\bwith\b")


# `125lbs/56.69kg`, `100kg (220 lb)`: the same load converted to the other unit, written once.
_CONVERSION = re.compile(
    rf"(?<![\d.])({_NUM})\s*({_UNIT_WORD})(?![a-z])\s*(?:/+|\()\s*{_NUM}\s*({_UNIT_WORD})(?![a-z])\s*\)?"
)
# `70k: 5x10`, `5x6x40k`: `k` for kilograms heading or closing a set (`5k run`, `2 x 5k` stay
# distances).
_K_LOAD = re.compile(
    rf"(?<![\w.])({_NUM})k\b(?=\s*:)|(?<=\d[x×*]\d[x×*])({_NUM})k\b"
    rf"|(?<=\d[x×*]\d\d[x×*])({_NUM})k\b"
)
# `21 x 10 (x 3)`: the same set three times.
_TIMES_SETS = re.compile(r"\(\s*[x×]\s*(\d+)\s*\)")
_X_REPS = re.compile(r"(?<![\w.])x\s?(?=\d)")
_XREPS_TAIL = re.compile(r"\d+(?:\s*@\s*\d+(?:\.\d+)?)?")  # `x5@8`: the reps and their RPE
_BEFORE_LOAD = re.compile(
    rf"(?:\d|\d\s*{_UNIT_WORD}|\ds|\b(?:bw|bodyweight|plates?|pl|sets?|reps?|rounds?))\s*$"
)


def _conversion(m: re.Match[str]) -> str:
    same = parse_unit(m.group(2)) == parse_unit(m.group(3))
    return m.group(0) if same else f"{m.group(1)}{m.group(2)} "


def _k_load(m: re.Match[str]) -> str:
    return f"{next(g for g in m.groups() if g is not None)}kg"


def _x_reps(text: str) -> str:
    """`x5` with no load or number just before it is one set of five (`pullups: x5 x5 x4`)."""
    out, last, prev_end = [], 0, -1
    for m in _X_REPS.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        after_xreps = prev_end >= 0 and not text[prev_end : m.start()].strip(" ,;")
        if _BEFORE_LOAD.search(before) and not after_xreps:
            continue  # `135 x5`, `100kg x5`, `bw x5`: weight × reps
        out += [text[last : m.start()], f" {X_REPS_MARK}"]
        last = m.end()
        digits = _XREPS_TAIL.match(text, last)
        prev_end = digits.end() if digits else -1
    return "".join(out) + text[last:]


def _number_word(m: re.Match[str]) -> str:
    return str(NUMBER_WORDS[m.group(1)])


def normalise(text: str) -> str:
    """Canonical spelling: `x` separators, decimal points, plates in lb, RPE/RIR as marks."""
    text = text.lower()
    text = _ONE.sub("1 ", text)
    text = _WARM_UP.sub(" warm ", text)
    text = _NUMBER_WORD.sub(_number_word, text)
    text = _fix_decimal_commas(text)
    text = _CONVERSION.sub(_conversion, text)
    text = _K_LOAD.sub(_k_load, text)
    text = _TIMES_SETS.sub(r" x \1 ", text)
    text = _x_reps(text)
    text = _TIMES.sub(" x ", text)
    text = _PLATES.sub(_plates, text)
    text = _RIR.sub(_rir, text)
    text = _RPE.sub(_rpe, text)
    text = _BW_PLUS.sub(" +", text)
    return _WITH.sub(" at ", text)


def tokenise(text: str) -> list[Token]:
    """Tokens of already-normalised text; units and `at` mark the numbers they touch."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        if m.group("rpe") is not None:
            tokens.append(Token("rpe", m.group(0), float(m.group("rpe"))))
        elif m.group("xreps") is not None:
            tokens.append(Token("xreps", m.group(0), float(m.group("xreps"))))
        elif m.group("num") is not None:
            tokens.append(_number(m))
        elif m.group("x"):
            tokens.append(Token("x", "x"))
        elif m.group("word"):
            _word(tokens, m.group("word").rstrip("/"))
        else:
            tokens.append(Token("sep", m.group(0)))
    return tokens


def _number(m: re.Match[str]) -> Token:
    raw, suffix = m.group("num"), (m.group("suffix") or "").strip()
    sign = {"+": 1, "-": -1}.get((m.group("sign") or "").strip(), 0)
    unit = parse_unit(suffix) if suffix else None
    value = float(raw) * (sign or 1)
    loadish = bool(unit or sign or "." in raw or suffix == "s")
    return Token("num", m.group(0), value, unit, loadish, sign)


def _word(tokens: list[Token], word: str) -> None:
    """Units written apart attach to the number before; `at` makes the next number a load."""
    unit = parse_unit(word)
    if unit and tokens and tokens[-1].kind == "num" and tokens[-1].unit is None:
        tokens[-1].unit, tokens[-1].loadish = unit, True
        return
    if word in _ASSIST_WORDS:
        word = "assist"
    elif word in _WARM_WORDS:
        word = "warm"
    tokens.append(Token("word", word))
