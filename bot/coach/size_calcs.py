"""Size-block (S4) verdicts on the asker's own sessions: a regression (load × total reps down 10%
or more on the last exposure) and a stalled exercise (3 exposures in a row that don't beat its
best), COACHING 4.3–4.4."""

from __future__ import annotations

import re

# "rows last week 70kg 3x10, this week 70 for 8, 7, 7": a set scheme, then fewer reps at that load
LAST_WEEK = re.compile(
    r"\blast (?:week|session|time)\b[^.?!]{0,25}?\b(?P<load>\d{2,3}(?:\.5)?) ?(?:kg|lb)? "
    r"(?P<sets>[1-9]) ?x ?(?P<reps>\d{1,2})\b[^.?!]{0,30}?\b(?:this|today)\b[^.?!]{0,12}?"
    r"\b(?P=load) ?(?:kg|lb)? (?:for |x )?(?P<done>\d{1,2}(?: \d{1,2}){1,5})\b"
)
ALSO_DOWN = re.compile(
    r"\b(also|too|as well|both)\b[^.?!]{0,30}\b(drop\w*|down|fell|regress\w*)"
    r"|\b(?:drop\w*|down|fell|regress\w*)\b[^.?!]{0,30}\b(?:too|as well)\b"  # "rows dropped too"
)
REGRESSION = 0.10  # load × reps falling this much from the previous exposure (COACHING S4)


# "pulldowns went from 60x12,12,10 to 60x10,9,8": each set's reps, before and now
FROM_TO = re.compile(
    r"\bfrom (?P<load>\d{2,3}(?:\.5)?) ?(?:kg|lb)? ?x ?(?P<before>\d{1,2}(?: \d{1,2}){1,5}) to"
    r" (?P=load) ?(?:kg|lb)? ?x ?(?P<done>\d{1,2}(?: \d{1,2}){1,5})\b"
)


def regression_line(text: str) -> str | None:
    """S4 regression: load × total reps ≥10% under the last exposure; on two exercises of a
    muscle → deload next week and end the mesocycle (never add load or sets)."""
    if m := LAST_WEEK.search(text):
        before = int(m["sets"]) * int(m["reps"])
        was = f"{int(m['sets'])}×{m['reps']} = {before} reps"
    elif m := FROM_TO.search(text):
        listed = [int(x) for x in m["before"].split()]
        before, was = sum(listed), f"{'/'.join(map(str, listed))} = {sum(listed)} reps"
    else:
        return None
    done = [int(x) for x in m["done"].split()]
    drop = 1 - sum(done) / before
    if drop < REGRESSION:
        return None
    line = (
        f"{was} at {m['load']} → {'/'.join(map(str, done))} = {sum(done)}: load × reps down"
        f" {drop:.1%}, a regression (10% or more), not just a bad day."
    )
    if ALSO_DOWN.search(text):
        line += (
            " With a second exercise down too, that's two: deload next week and end the"
            " mesocycle; the next one starts at the same start volume, not higher."
        )
    return line


# "lat pulldown hasn't moved in 3 sessions, same weight same reps": S4 on one exercise
EXERCISE_FLAT = re.compile(
    r"\b(?:hasn'?t|has not|haven'?t|not|no)\s(?:moved|improved|progressed|gone up|budged"
    r"|progress|pr)\w*\s(?:in|for)\s(?:the last |my last )?(?P<n>[2-9]|two|three|four|five|six)"
    r"\s(?:sessions|workouts|exposures|times)\b"
)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
STALL_EXPOSURES = 3


def exercise_stall_line(text: str) -> str | None:
    """S4: an exercise has stalled after 3 exposures in a row that don't beat its best."""
    m = EXERCISE_FLAT.search(text)
    if m is None or re.search(r"\b(?:s|strength) ?-?block\b|\blp\b", text):
        return None  # a strength block or LP judges the main lifts by their own rules
    n = _WORDS.get(m["n"]) or int(m["n"])
    if n < STALL_EXPOSURES:
        return (
            f"Not yet: {n} sessions without beating your best is short of the 3 in a row that make"
            " a stalled exercise — keep going and try to add a rep."
        )
    return (
        f"Yes: {n} sessions in a row without beating your best (no more load, no more reps) is a"
        " stalled exercise. If half or more of that muscle's exercises have stalled and you're"
        " recovering, add 2 weekly sets for it; stalled in 2 mesocycles running → swap it for a"
        " variation of the same movement."
    )
