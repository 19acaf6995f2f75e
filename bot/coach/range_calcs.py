"""The asker's own number against COACHING's range: weekly sets (10–20), a %1RM for a goal.

Split from `asked_calcs` to keep modules small.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.extract import Details
from bot.coach.rule_calcs import block_sets_line
from bot.units import Unit, fmt_number

SETS_RANGE = (10, 20)


EXERCISES = re.compile(
    r"\b(?P<n>[1-6]|one|two|three|four) (?:exercises?|movements?) (?:per|a|for each|each) muscle"
)
TIMES = {"once": 1, "twice": 2, "one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
PER_WEEK = re.compile(r"\b(?P<t>once|twice|(?:one|two|three|[1-3]) ?(?:x|times)) (?:a|per) week\b")


def built_weekly_sets(d: Details) -> tuple[int, str] | None:
    """'3x10 on every exercise, 2 exercises per muscle once a week': 2 × 3 × 1 = 6 sets."""
    ex, often, scheme = EXERCISES.search(d.text), PER_WEEK.search(d.text), d.asked.scheme
    if ex is None or often is None or scheme is None:
        return None
    per = TIMES.get(ex["n"]) or int(ex["n"])
    times = TIMES.get(often["t"].split()[0].removesuffix("x"), 1)
    n = per * scheme[0] * times
    return n, f"{per} exercises × {scheme[0]} sets × {times} a week = {n} sets per muscle"


def weekly_sets(d: Details, known: float | None, unit: Unit) -> str | None:
    """'Is 30 sets too much?', 'is 8 enough?': the number against the 10–20 range."""
    n = d.asked.weekly_sets
    built = built_weekly_sets(d) if n is None else None
    if built:
        n = built[0]
        line = weekly_sets(replace(d, asked=replace(d.asked, weekly_sets=n)), known, unit)
        twice = " Train each muscle about 2× a week." if built[0] and "1 a week" in built[1] else ""
        return f"{built[1]}: {line[0].lower()}{line[1:]}{twice}" if line else None
    if n is None:
        return None
    if rule := block_sets_line(d, known, unit):
        return rule
    low, high = SETS_RANGE
    if n < low:
        return f"{n} sets a week is below the 10–20 range: add 1–2 sets a week towards it."
    if n > high:
        return (
            f"{n} sets a week is above the 10–20 range, where returns shrink: keep it only while"
            " performance holds and soreness clears by the next session, else deload and come"
            " back nearer 20."
        )
    return f"{n} sets a week is inside the 10–20 range."


ZONES = {"strength": (80, 100, "1–5 reps"), "hypertrophy": (60, 80, "6–15 reps")}


def percent_zone(d: Details, known: float | None, unit: Unit) -> str | None:
    """'Is 70% enough for strength?': the stated % against the goal's range."""
    if d.percent is None or d.wants not in ZONES or d.one_rm or d.load or d.sets or d.program:
        return None
    low, high, reps = ZONES[d.wants]
    goal = "strength" if d.wants == "strength" else "size"
    where = "below" if d.percent < low else "above" if d.percent > high else "inside"
    return f"{fmt_number(d.percent)}% is {where} the {low}–{high}% range for {goal} work ({reps})."


SIZE_REPS, SIZE_RIR = (6, 15), 3  # a size set: 6–15 reps ending 0–3 reps from failure


def set_fit(d: Details, known: float | None, unit: Unit) -> str | None:
    """'60x10 @9, good for hypertrophy?': the set's reps and reps in reserve against 6–15, 0–3."""
    if not d.sets or "set_fit" not in d.asked.wants:
        return None
    s = d.sets[-1]
    said = f"{fmt_number(s.load)} × {s.reps}" + (f" @ RPE {fmt_number(s.rpe)}" if s.rpe else "")
    reps_in = SIZE_REPS[0] <= s.reps <= SIZE_REPS[1]
    rir = None if s.rpe is None else 10 - s.rpe
    if rir is not None and rir > SIZE_RIR:
        return f"{said} left about {fmt_number(rir)} reps: take size sets to 0–3 in reserve."
    if not reps_in:
        where = "fewer" if s.reps < SIZE_REPS[0] else "more"
        return f"{said} is {where} reps than the 6–15 size range; near failure it still grows."
    left = f" with {fmt_number(rir)} in reserve" if rir is not None else ""
    return f"{said} is {s.reps} reps{left} — inside the size range (6–15, 0–3 RIR): a good set."
