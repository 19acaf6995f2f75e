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


CLAUSE = re.compile(r"(?<!\.)\.(?!\.|\d)\s*|\band also\b|;")
EACH_SCHEME = re.compile(
    r"\b(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2})\b(?! ?(?:kg|lb|%))"
    r"(?: (?:rpe (?P<left>\d) rir|(?:at |@ )?(?P<rir>\d) ?rir|rir (?P<rir2>\d)"
    r"|(?:at |@ )?rpe (?P<rpe>\d+(?:\.5)?)\b(?! ?rir)))?"
)
MAX_SAID = re.compile(
    r"\b(?:e1rm|1rm|max)\b[^.\d]{0,30}?(?P<n>\d{2,4}(?:\.\d+)?)(?![\d.]| ?(?:%|x|reps?))"
    r"|\b(?:is|=) (?P<m>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)?(?![\d.]| ?(?:%|x|reps?))"
)


def each_max_line(d: Details, unit: Unit) -> str | None:
    """'incline is 95: 3x8 @ 2 RIR; also 3x10 @ 2 RIR for bench, e1rm 110': each scheme from
    the max said in its own sentence, else the one said before it (never one lift's % applied
    to another lift's max)."""
    plans: list[tuple[str, int, float, float]] = []
    top: float | None = None
    for clause in CLAUSE.split(d.text):
        if said := MAX_SAID.search(clause):
            top = float(said["n"] or said["m"])
        for m in EACH_SCHEME.finditer(clause):
            rir = m["left"] or m["rir"] or m["rir2"]
            rpe = 10 - float(rir) if rir else float(m["rpe"]) if m["rpe"] else None
            if top is not None and rpe is not None:
                plans.append((f"{m['sets']}×{m['reps']}", int(m["reps"]), rpe, top))
    if len(plans) < 2 or len({p[3] for p in plans}) < 2:
        return None
    parts = []
    for name, reps, rpe, of in plans[:4]:
        try:
            pct = rts_percent(reps, rpe)
        except ValueError:
            return None
        said_rpe = f"RPE {fmt_number(rpe)}"
        parts.append(
            f"{name} @ {said_rpe} = {pct}% of {fmt_number(of)} ≈ {plates(of * pct / 100, unit)}"
        )
    return "; ".join(parts) + "."
