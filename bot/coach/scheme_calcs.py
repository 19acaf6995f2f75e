"""Loads for a block written as several sets × reps @ RPE, each off the RTS chart (COACHING 2.3).

"e1RM 180, 4x4@7.5, 5x3@8, 4x2@8.5, single @8.5": one load per scheme from the same max, so no
week's line is read as a set of its own (an RPE is never a load).
"""

from __future__ import annotations

import re

from bot.coach.extract import Details
from bot.coach.loads import plates
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_number

SCHEME_RPE = re.compile(
    r"(?<![\d.])\b(?:(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2})"
    r"|(?P<one>singles?|a single|heavy single))"
    r"(?: \w+)? rpe (?P<rpe>\d+(?:\.5)?)\b(?!\.\d| ?(?:kg|lb))"
)


def rpe_schemes(text: str) -> list[tuple[int, int, float]]:
    """Each (sets, reps, rpe) written, a single counted as 1 × 1."""
    found = []
    for m in SCHEME_RPE.finditer(text):
        sets, reps = (1, 1) if m["one"] else (int(m["sets"]), int(m["reps"]))
        found.append((sets, reps, float(m["rpe"])))
    return found


def scheme_loads_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Two or more schemes and a max: each one's load; None otherwise."""
    top, listed = d.one_rm or known_max, rpe_schemes(d.text)
    if top is None or len(listed) < 2:
        return None
    parts = []
    for sets, reps, rpe in listed[:6]:
        try:
            pct = rts_percent(reps, rpe)
        except ValueError:
            return None
        load = plates(top * pct / 100, unit, kind=d.asked.equipment)
        parts.append(f"{sets}×{reps} @ RPE {fmt_number(rpe)} = {pct}% ≈ {load}")
    return f"From an e1RM of {fmt_number(top)} {unit} (RTS chart): " + "; ".join(parts) + "."
