"""Body-weight numbers for the nutrition cards: a bulk's weekly gain and a protein range.

A body weight is read loosely here ("80kg guy", "I'm 75 kg", "200 lbs") because these cards
only ever talk about the asker's own weight; a set written as load × reps is never read as one.
"""

from __future__ import annotations

import re

from bot.coach.asked_calcs import PROTEIN
from bot.units import fmt_number

GAIN_PER_WEEK = (0.0025, 0.005)  # 0.25–0.5% of body weight a week (COACHING 1.12)
LB_PER_KG = 2.2046
_WEIGHT = re.compile(
    r"(?<![\dx×.])(?P<n>\d{2,3}(?:\.\d+)?) ?(?P<unit>kgs?|kilos?|lbs?|pounds)\b"
    r"(?! ?(?:x|×|for\b|@|rpe))"
)
_LIFT_BEFORE = re.compile(
    r"(squat\w*|bench\w*|deadlift\w*|dl|press\w*|ohp|rows?|curls?|max|1rm|e1rm|tm|pr)"
    r"( at| with| of| is| was)?\W*$"
)
_PLAUSIBLE_KG = (35.0, 200.0)


def body_weight(text: str) -> tuple[float, str] | None:
    """The asker's body weight and its unit, when the message states one."""
    low = text.lower()
    for m in _WEIGHT.finditer(low):
        if _LIFT_BEFORE.search(low[max(0, m.start() - 14) : m.start()]):
            continue  # "squat 140kg": a load, not the lifter
        value = float(m.group("n"))
        unit = "lb" if m.group("unit").startswith(("lb", "pound")) else "kg"
        kg = value / LB_PER_KG if unit == "lb" else value
        if _PLAUSIBLE_KG[0] <= kg <= _PLAUSIBLE_KG[1]:
            return value, unit
    return None


def gain_line(text: str) -> str | None:
    """'75kg, bulking': the weekly gain that fits 0.25–0.5% of body weight."""
    weight = body_weight(text)
    if weight is None:
        return None
    value, unit = weight
    low, high = (value * share for share in GAIN_PER_WEEK)
    return f"At {fmt_number(value)} {unit}: about {_short(low)}–{_short(high)} {unit} a week."


def _short(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def protein_line(text: str) -> str | None:
    """'90kg guy, how much protein?': the daily range at 1.6–2.2 g per kg."""
    weight = body_weight(text)
    if weight is None:
        return None
    value, unit = weight
    kg = value / LB_PER_KG if unit == "lb" else value
    low, high = (round(kg * g) for g in PROTEIN)
    return f"At {fmt_number(value)} {unit}: about {low}–{high} g of protein a day."


LINES = {"gain_rate": gain_line, "protein_target": protein_line, "bulk_surplus": gain_line}


def body_line(card_id: str, text: str, already: str) -> str | None:
    """The card's body-weight line, unless the answer already states it."""
    make = LINES.get(card_id)
    line = make(text) if make else None
    return None if line is None or line.split(":")[0] in already else line
