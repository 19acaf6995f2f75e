"""The asker's own working numbers when they give several sets: COACHING 4.1's working e1RM
(the median of the last three session e1RMs), one session's e1RM (its best usable set), and the
load of the scheme they plan from it — so a question listing three top sets gets every figure it
asks for, not the three estimates alone.
"""

from __future__ import annotations

import re
from statistics import median

from bot.coach.extract import GOAL_LOAD, Details, SetNumbers
from bot.coach.loads import plates, set_estimate
from bot.coach.session_calcs import ACROSS_SESSIONS
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_number

# "the 5x3 @8 week", "next 5x3 rpe 8": the planned scheme's reps and RPE
PLAN_AT_RPE = re.compile(
    r"(?<![.\d])\b(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2}) (?:at )?rpe (?P<rpe>\d+(?:\.5)?)\b"
)
WORKING = re.compile(r"\b(?:working|work) e1rm\b|\bmedian\b|\be1rm work\b")
SESSION = re.compile(r"\bsession(?:'s)? e1rm\b|\be1rm (?:for|of) (?:the|this|today'?s?) session\b")
# "log from tonight: top set then backoffs": every set is from the one session
ONE_SESSION = re.compile(
    r"\b(?:tonight|today'?s?|this (?:session|workout)|(?:only|one|same) session|back ?-?offs?"
    r"|top set)\b"
)
MANY_SESSIONS = re.compile(r"\b(?:sessions|workouts|in a row|last (?:2|3|two|three)\b)")


def distinct_sets(sets: tuple[SetNumbers, ...]) -> list[SetNumbers]:
    """The sets in order, each load × reps @ RPE once (a set read by two shapes is one set)."""
    seen: list[SetNumbers] = []
    for s in sets:
        if all((s.load, s.reps, s.rpe) != (o.load, o.reps, o.rpe) for o in seen):
            seen.append(s)
    return seen


def _rated(d: Details) -> list[float]:
    """Each distinct working set's e1RM, where the set can give one (COACHING 4.1: RPE ≥ 6.5 and
    ≤ 12 reps off the RTS chart, or no RPE and ≤ 10 reps by Epley)."""
    working = distinct_sets(tuple(s for s in d.sets if not s.warmup))
    rated = (set_estimate(s.load, s.reps, s.rpe) for s in working)  # Epley when no RPE
    return [value for value in rated if value is not None]


def working_e1rm(d: Details, planning: bool = False) -> float | None:
    """The median of the last three session e1RMs, when the sets are from separate sessions
    (or, `planning` a scheme from them, three top sets: an ask split off its sessions)."""
    values = _rated(d)[-3:]
    if _one_session(d.text):
        return None  # a top set and its back-offs: one session, its e1RM is the best set's
    across = bool(ACROSS_SESSIONS.search(d.text) or WORKING.search(d.text))
    across = across or (planning and len(values) == 3 and bool(PLAN_AT_RPE.search(d.text)))
    if len(values) < 2 or not across or len({round(v, 1) for v in values}) < 2:
        return None
    return round(median(values), 1)


def working_line(d: Details, unit: Unit) -> str | None:
    """'Working e1RM = median … ≈ 139' and, when a scheme at an RPE is planned, its load."""
    work = working_e1rm(d)
    if work is None:
        return None
    shown = ", ".join(fmt_number(round(v, 1)) for v in _rated(d)[-3:])
    line = f"Working e1RM = the median of those ({shown}) ≈ {fmt_number(work)} {unit}."
    if plan := plan_load(d, work, unit):
        line += f" {plan}"
    return line


def plan_load(d: Details, top: float, unit: Unit) -> str | None:
    """The planned 'N×R @ RPE' load from an e1RM, rounded to plates."""
    plan = list(PLAN_AT_RPE.finditer(d.text))
    if not plan:
        return None
    m = plan[-1]
    reps, rpe = int(m["reps"]), float(m["rpe"])
    try:
        pct = rts_percent(reps, rpe)
    except ValueError:
        return None
    return (
        f"{m['sets']}×{reps} @ RPE {fmt_number(rpe)} = {pct}% → {fmt_number(top)} × {pct}%"
        f" ≈ {plates(top * pct / 100, unit)}."
    )


def session_e1rm(d: Details) -> float | None:
    """One session's e1RM (COACHING 4.1: the max over its working sets), when the sets are
    said to be from one session ("tonight 142.5x3 @8.5, back-offs 130x5 @7")."""
    values = _rated(d)
    if len(values) < 2 or not _one_session(d.text):
        return None
    return round(max(values), 1)


def _one_session(text: str) -> bool:
    """The sets are said to be one session's, and no series of sessions is named."""
    many = WORKING.search(text) or MANY_SESSIONS.search(text)
    return bool(ONE_SESSION.search(text)) and not many


def session_line(d: Details, unit: Unit) -> str | None:
    """One session's e1RM is its best usable set's, said once the sets are weighed."""
    values = _rated(d)
    one = SESSION.search(d.text) and not ACROSS_SESSIONS.search(d.text)
    if len(d.sets) < 2 or not values or not one:
        return None
    return f"Session e1RM = the best usable set's: ≈ {fmt_number(round(max(values), 1))} {unit}."


def goal_gap(d: Details, top: float, unit: Unit) -> str:
    """'need a 100 bench — am I close?': the e1RM against the goal load, said in a sentence."""
    m = GOAL_LOAD.search(d.text)
    if m is None or d.one_rm:
        return ""
    goal = float(m["n"])
    if top >= goal * 0.99:
        return f" Your e1RM ≈ {fmt_number(top)} {unit} against {fmt_number(goal)}: about there."
    gap = fmt_number(round(goal - top, 1))
    return f" Your e1RM ≈ {fmt_number(top)} {unit}, {gap} {unit} short of {fmt_number(goal)}."
