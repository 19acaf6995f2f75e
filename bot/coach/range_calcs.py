"""The asker's own number against COACHING's range: weekly sets (10–20), a %1RM for a goal.

Split from `asked_calcs` to keep modules small.
"""

from __future__ import annotations

from bot.coach.extract import Details
from bot.coach.rule_calcs import block_sets_line
from bot.units import Unit, fmt_number

SETS_RANGE = (10, 20)


def weekly_sets(d: Details, known: float | None, unit: Unit) -> str | None:
    """'Is 30 sets too much?', 'is 8 enough?': the number against the 10–20 range."""
    n = d.asked.weekly_sets
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
