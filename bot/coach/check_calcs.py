"""Yes/no checks on the asker's own numbers: a GZCLP T3 set, a working-set floor, a TM test.

Each answers the verdict a lifter asked for ("add weight yet?", "do those count?", "keep the
TM?") from the numbers in the question, or returns None when they are missing (COACHING Part 3).
"""

from __future__ import annotations

import re

from bot.coach.extract import Details
from bot.units import Unit, fmt_number

T3_TOP = 25
WORKING_FLOOR = 0.60
TM_TEST_REPS = (3, 5)
CLEAN_REPS = re.compile(r"\b(?P<n>\d{1,2}) (?:clean |good |solid )?reps?\b")


def gzclp_t3_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """T3 adds weight once the last set reaches 25 reps."""
    got = d.asked.got_reps
    if got is None:
        return None
    if got >= T3_TOP:
        return f"{got} reps on the last T3 set: that's 25 or more — add weight next session."
    return (
        f"{got} reps on the last T3 set: not yet — keep the weight until that set reaches 25,"
        f" {T3_TOP - got} more to go."
    )


def working_floor_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """A working set is at least 60% of the lift's e1RM; lighter ones are warm-ups."""
    top = d.one_rm or known_max
    load = d.sets[0].load if d.sets else d.load
    if top is None or load is None or load == top:
        return None
    floor = round(top * WORKING_FLOOR, 1)
    share = round(load / top * 100)
    verdict = "a working set" if load >= floor else "a warm-up, not a working set"
    return (
        f"60% of {fmt_number(top)} {unit} = {fmt_number(floor)} {unit}; {fmt_number(load)} {unit}"
        f" is about {share}% of your e1RM, so it counts as {verdict}."
    )


def tm_test_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """5/3/1 Forever's TM test: 3–5 clean reps at the TM passes; fewer → lower the TM."""
    got = d.asked.got_reps
    if got is None and (m := CLEAN_REPS.search(d.text)):
        got = int(m.group("n"))
    if got is None or not re.search(r"\btest\b", d.text):
        return None
    low, _ = TM_TEST_REPS
    if got >= low:
        return (
            f"{got} clean reps at your TM: the test is passed (3–5 needed) — keep the TM and go on."
        )
    return f"{got} reps at your TM is under the 3–5 the test asks for: lower the TM, then go on."
