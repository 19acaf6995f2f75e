"""What a question asks to have worked out, and the extra numbers that needs (COACHING Parts 2–4).

The card explains the rule; when the asker also gives the numbers ("single at 130 @9, true
max?", "week 3 with a 200 lb TM", "I weigh 70 kg"), the matching calculator fires whatever card
answers, so the reply shows the computed figure and not just the formula.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.coach import vocabulary as v
from bot.coach.asked_words import (
    NOT_RECOVERED,
    NOT_STALLED,
    RECOVERED,
    STALLED,
    WANTS,
    WAVE,
    WORKING_MAX,
    furthest_stage,
    later_stage,
    missed_reps,
    planned_set,
    reps_got,
    tm_unit,
    what_if_rpe,
)
from bot.coach.asked_words import (
    guessed_single as guessed,
)

_NUM = r"(?P<n>\d+(?:\.\d+)?)"
_LOAD = r"(?P<n>\d{2,4}(?:\.\d+)?)"
_LIFT = r"(?P<lift>bench\w*|squat\w*|dead ?lift\w*|dl|deads?|ohp|overhead press|press)"
TRAINING_MAX = re.compile(
    r"\b(?:"
    + _LIFT
    + r" )?(?:training max|tm)(?: is| of| =| at| was)?(?: now| currently)?"
    + r"(?: (?:sitting|stuck|sits|set|started|starts|began|begins) at)?(?: about| around)? ?"
    + _LOAD
    + r"(?!\.?\d)(?! ?%)"
)
TM_AFTER = re.compile(
    r"\b(?!531\b)" + _LOAD + r" ?(?:kg|lb)? (?:" + _LIFT + r" )?(?:training max|tm)\b"
)
# "TM bench is 180kg": the lift named after the words.
TM_LIFT_AFTER = re.compile(
    r"\b(?:training max|tm) (?:for |on )?(?:my |the )?"
    + _LIFT
    + r"(?: is| of| =| at| was)?(?: now| currently)? "
    + _LOAD
    + r"(?!\.?\d)(?! ?%)"
)
# "squat TM 300lb and bench 200lb": further lifts named after a training max.
MORE_TMS = re.compile(
    r"\b"
    + _LIFT
    + r" (?:tm |training max )?(?:is |at |of |was |= )?"
    + _LOAD
    + r" ?(?:kg|lb)?(?! ?(?:%|x|reps?|for))"
)
FIVE_RM_TEST = re.compile(
    r"\b5 ?rm (?:test|retest)\w*\b[^.?]{0,30}?\b(?:got|hit|made|did|was|=)\s" + _LOAD + r"\b"
)
_NOT_LOAD = r"(?! ?(?:weeks?|times?|sessions?|days?|months?|in a row|x\b|reps?|sets?))"
FIVE_RM = re.compile(
    r"\b5 ?rm(?: [a-z]\w*){0,3}?(?: is| of| was| =| at| went| from)? (?:[a-z]\w* )?"
    + _NUM
    + r"(?!\.?\d)(?! ?rm\b)"  # "squat 5rm 100kg bench 5rm 70": not the next 5RM's "5"
    + _NOT_LOAD
    + r"(?: (?:to )?(?P<new>\d+(?:\.\d+)?)"
    + _NOT_LOAD
    + r"(?!\.?\d))?"
    r"|\b(?P<m>\d+(?:\.\d+)?) ?(?:kg|lb)? (?:(?:for|as) (?:a |my |the |new )*)?5 ?rm\b"
    r"|\b(?:hit|got|did|made) 5 (?:reps )?(?:at |with |of |rpe )?(?P<k>\d{2,4}(?:\.\d+)?)\b"
    r"(?=[^.?]{0,40}\b5 ?rm\b)"  # "friday i hit 5 @ 142.5 on squat, new 5rm"
)
_RPE_AFTER = r"(?: \w+){0,3}? rpe ?(?P<rpe>\d+(?:\.\d)?)"
SINGLE = (
    re.compile(r"\bsingles? (?:at|with|of) " + _LOAD + r" ?(?:kg|lb)?" + _RPE_AFTER),
    re.compile(r"(?<!rpe )\b" + _LOAD + r" ?(?:kg|lb)? singles?" + _RPE_AFTER),  # not "rpe 8.5"
)
REPS_SAID = re.compile(r"\b(?P<n>\d{1,2}) reps?\b")
WEEKLY_SETS = re.compile(
    r"\b(?:at |doing |do )?(?<!\d[-–/])(?<!\d to )(?P<n>\d{1,2})"
    r" (?:hard |working |total )?sets?(?: of \w+)?"
    r"(?: for \w+)?(?: ?/ ?| (?:a|per|each|every) )(?:week|wk)\b"
    # "in my size block i am at 12 sets": a muscle's weekly count, never "at 3 sets of 5"
    r"|\b(?:i am|currently|now) at (?P<m>[6-9]|1\d|2[0-9])"
    r" (?:hard |weekly |working )?sets\b(?! of| ?x)"
    # "chest sets at 18": a muscle's weekly count
    r"|\b(?:chest|back|lats?|quads?|hamstrings?|glutes?|shoulders?|delts?|arms?|biceps|triceps"
    r"|calves|legs|pecs) sets (?:are |is )?(?:at |= ?)(?P<k>[6-9]|1\d|2[0-9])\b(?! ?(?:x|kg|lb|%))"
    # "how many sets a week is right, i am doing like 8": the count that answers it
    r"|\bsets? (?:a|per) week\b[^.?!]*?\b(?:i am|i'?m|currently) (?:doing |at )"
    r"(?:like |about |around )?(?P<j>[2-9]|1\d|2[0-9])\b(?! ?(?:x|kg|lb|reps?|%|days?|min))"
)
STANDARD = re.compile(r"\b(?:rep )?standard (?:is |was |of )?(?P<n>\d{1,2})\b")
# How many sessions in a row a linear-progression lift has failed (COACHING S1: F = 1, 2, 3).
FAILS = (
    (
        3,
        re.compile(
            r"\b(3rd|third|three|3) (?:times?|sessions?|workouts?|straight|in a row|failures?)\b"
            r"|\b(?:3|three) (?:times|sessions|workouts) (?:in a row|straight|running)\b"
        ),
    ),
    (
        2,
        re.compile(
            r"\b(twice|(?:2nd|second) (?:failed |missed )?(?:time|session|workout)"
            r"|second fail\w*|second miss\w*"
            r"|(?:2|two) (?:times|sessions|workouts|weeks)(?: in a row| straight)?|2x in a row)\b"
        ),
    ),
    (
        1,
        re.compile(
            r"\b(once|first time|first (?:miss|fail)\w*|one set|one session|1 set|a set|one rep"
            r"|last set|today)\b"
        ),
    ),
)
AMRAP_REPS = re.compile(
    r"\b(?P<n>\d{1,2}) reps? on (?:my |the )?(?:last|amrap|final|top|\+|plus|[531]s? (?:week|day)"
    r"|(?:85|90|95) ?% (?:week|set))"
    r"|\b(?:amrap|\+ set|plus set|last set)(?: set)? (?:was|of|=|got|at|went|hit)?"
    r" ?(?P<m>\d{1,2})\b"
    r"(?! ?(?:kg|lb|%|x))"
)
OLD_LOAD = re.compile(
    r"\b(?:was |used to (?:\w+ )?(?:at )?|old (?:\w+ )?(?:was )?)"
    + _NUM
    + r"(?! ?(?:%|reps?|x\b|years?|months?|weeks?))"
)

# Numbers the programme-rule calculators use (COACHING Parts 3–4).
_AND = r"(?: ?/| (?:then|and|to|->|→)| (?:[a-z]+ ){1,2}and)?"  # "118 / 124", "150 good day and"
SERIES = re.compile(r"(?:\b\d{2,4}(?:\.\d+)?\b" + _AND + r" ?){3,}")
# "101 then 97.5 (bad day, kid kept me up) then 104": a list told with asides between
THEN_SERIES = re.compile(
    r"\b\d{2,4}(?:\.\d+)?\b"
    r"(?:(?: [a-z']+){0,6}? then \d{2,4}(?:\.\d+)?\b(?!\.?\d| ?(?:%|x|reps?))){2,}"
)
SERIES_NEAR = 50  # chars before a listed series its e1RM / session word must lie within
SERIES_WORDS = re.compile(r"\b(e1rms?|maxes|estimates?|went|trend|sessions?)\b")
REP_RANGE = re.compile(
    r"(?<=\d)x ?(?P<low>\d{1,2}) ?(?:-|–|to) ?(?P<high>\d{1,2})\b"
    r"|\b(?P<l2>\d{1,2}) ?(?:-|–|to) ?(?P<h2>\d{1,2}) (?:reps?|rep range|range)\b"
)
REP_LIST = re.compile(r"\b\d{1,2}(?:(?: ?/ ?| )\d{1,2}\b){2,}")
# Not inside a decimal: "142.5 x 0.9" is a sum, no 5x0 scheme.
# 5/3/1 Forever (its 85% TM), unless the asker says it isn't ("original, not forever").
_FOREVER = re.compile(r"\bforever\b")
_NOT_FOREVER = re.compile(
    r"\b(?:not|no|never|isn'?t|not the) (?:5/?3/?1 )?forever\b|\bnon[- ]forever\b"
)
SCHEME = re.compile(
    r"(?<![\d.])\b(?P<sets>[1-9]|10) ?x ?(?P<reps>\d{1,2})\b(?!\.\d)(?! ?(?:-|–|kg|lb))"
)
SETS_OF = re.compile(r"\b(?P<sets>[1-9]|10) sets? of (?P<reps>\d{1,2})\b(?! ?(?:-|–|to|kg|lb|%))")
WEEK = re.compile(
    r"\bweek (?P<n>[1-4])\b|\b(?P<o>[1-4])(?:st|nd|rd|th) week\b"
    r"|\b(?P<pct>85|90|95) ?% (?:week|set)|\b(?P<plus>[531])\+"
    r"|(?<![.\d])\b(?P<s>[531])s? (?:week|day)\b|\b(?P<w>first|second|third|fourth) week\b"
)
TM_LIST_WORDS = re.compile(r"\b(tms|training maxes|training maxs)\b")
MISSED = re.compile(
    r"\b(miss\w*|fail\w*"
    r"|(?:didn'?t|couldn'?t|could not|did not) (?:get|hit|make|finish|complete))\b"
)
DONE = re.compile(
    r"\b(done|completed?|all reps|(?:hit|got|made) (?:all|every)|every rep|easy|easily"
    r"|went (?:fine|well|ok|great)|success\w*"
    r"|(?:all|every) (?:\w+ )?(?:sets?|reps?) (?:made|done|hit))\b"
)
DUMBBELL = re.compile(r"\b(dbs?|dumbbells?)\b")
MACHINE = re.compile(r"\b(machines?|cables?|leg press|pec deck|smith)\b")
_WEEK_OF = {"85": 1, "90": 2, "95": 3, "5": 1, "3": 2, "1": 3}

_GOALS = r"(strength|strong\w*|size|hypertrophy|muscle|growth|bodybuilding)"
BOTH_GOALS = re.compile(r"\b" + _GOALS + r"\b[^.?!]{0,60}\b" + _GOALS + r"\b")


@dataclass(frozen=True)
class Asked:
    """The calculations asked for and the numbers only they use."""

    wants: frozenset[str] = frozenset()
    training_maxes: tuple[tuple[str | None, float], ...] = ()
    tm_unit: str | None = None
    what_if_rpe: float | None = None  # "what if it was RPE 9", "felt like 1 more"
    planned: tuple[int, float] | None = None  # "5s at 8 next week"
    five_rm: float | None = None
    single: tuple[float, float] | None = None
    rir_rpe: float | None = None
    weekly_sets: int | None = None
    standard: int | None = None
    got_reps: int | None = None
    fails: int | None = None
    old_load: float | None = None
    reps: int | None = None
    series: tuple[float, ...] = ()
    rep_range: tuple[int, int] | None = None
    rep_list: tuple[int, ...] = ()
    scheme: tuple[int, int] | None = None
    week: int | None = None
    weeks: tuple[int, ...] = ()
    wave: int | None = None
    working_max: float | None = None
    stalled: bool | None = None
    recovered: bool | None = None
    stage: str | None = None
    missed: bool = False
    equipment: str = "barbell"
    forever: bool = False
    done: bool = False


def read_asked(text: str) -> Asked:
    """Read the asked-for calculations from normalised text."""
    tms = _training_maxes(text)
    single = SINGLE[0].search(text) or SINGLE[1].search(text)
    rir = v.RIR_EFFORT.search(text)
    weekly = WEEKLY_SETS.search(text)
    wants = {name for name, rx in WANTS.items() if rx.search(text)}
    if "compare" in wants and (m := BOTH_GOALS.search(text)) and _differ(m):
        wants.add("compare_goals")  # "rest for strength vs size?"
    return Asked(
        wants=frozenset(wants),
        training_maxes=tms,
        tm_unit=tm_unit(text),
        what_if_rpe=what_if_rpe(text),
        planned=planned_set(text),
        five_rm=_five_rm(text),
        single=(float(single.group("n")), float(single.group("rpe"))) if single else guessed(text),
        rir_rpe=10.0 - v.rir_said(rir) if rir else None,
        weekly_sets=_weekly(weekly),
        standard=_int(STANDARD, text),
        got_reps=reps_got(text, _amrap(text)),
        fails=_fails(text),
        old_load=_float(OLD_LOAD, text),
        reps=_int(REPS_SAID, text),
        **_rule_numbers(text),
    )


def rep_text(text: str) -> str:
    """The text a rep list is read from: no ranges, schemes or RPEs a set ("rpes 7 8 9")."""
    return REP_RANGE.sub(" ", SCHEME.sub(" ", v.RPE_LIST.sub(" ", text)))


def _rule_numbers(text: str) -> dict[str, Any]:
    """Series, rep lists, weeks and flags for the programme-rule calculators."""
    ranged = REP_RANGE.search(text)
    reps = REP_LIST.search(rep_text(text))
    scheme = SCHEME.search(text) or SETS_OF.search(text)
    week = WEEK.search(text)
    wave = WAVE.search(text)
    return {
        "series": _series(text),
        "rep_range": _range(ranged) if ranged else None,
        "rep_list": _rep_list(reps.group(0)) if reps else (),
        "scheme": (int(scheme.group("sets")), int(scheme.group("reps"))) if scheme else None,
        "week": _week(week) if week else None,
        "weeks": tuple(dict.fromkeys(_week(m) for m in WEEK.finditer(text))),
        "wave": int(wave.group("n") or wave.group("m")) if wave else None,
        "working_max": _float(WORKING_MAX, text),
        "stalled": _flag(STALLED, NOT_STALLED, text),
        "recovered": _flag(RECOVERED, NOT_RECOVERED, text),
        "stage": furthest_stage(text),
        "missed": bool(MISSED.search(text)) or missed_reps(text),
        "forever": bool(_FOREVER.search(text)) and not _NOT_FOREVER.search(text),
        "done": bool(DONE.search(text)),
        "equipment": "dumbbell"
        if DUMBBELL.search(text)
        else "machine"
        if MACHINE.search(text)
        else "barbell",
    }


def _rep_list(found: str) -> tuple[int, ...]:
    """'12/11/10' are reps; '75/85/95' are percentages, not a rep list."""
    reps = tuple(int(x) for x in re.findall(r"\d+", found))
    return reps if max(reps) <= 30 else ()


def _range(m: re.Match[str]) -> tuple[int, int]:
    return int(m.group("low") or m.group("l2")), int(m.group("high") or m.group("h2"))


def _series(text: str) -> tuple[float, ...]:
    """'e1rms 100, 104, 102' or 'went 190 192 191 190': three or more numbers in a row, with the
    e1RM word beside them ("e1rm is 200… warm-ups 60, 100, 140" lists no e1RMs), or each dated."""
    m = SERIES.search(text) or THEN_SERIES.search(text)
    near = text[max(0, m.start() - SERIES_NEAR) : m.end() + SERIES_NEAR // 2] if m else ""
    if m is None or not SERIES_WORDS.search(near) or v.WARMUP_NEAR.search(near):
        dated = tuple(float(x) for x in v.DATED_E1RMS.findall(text))
        return dated if len(dated) >= 3 and SERIES_WORDS.search(text) else ()
    values = tuple(float(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group(0)))
    return values if values and min(values) >= 20 else ()


def _week(m: re.Match[str]) -> int:
    if m.group("n") or m.group("o"):
        return int(m.group("n") or m.group("o"))
    if m.group("w"):
        return ("first", "second", "third", "fourth").index(m.group("w")) + 1
    return _WEEK_OF[m.group("pct") or m.group("plus") or m.group("s")]


def _flag(yes: re.Pattern[str], no: re.Pattern[str], text: str) -> bool | None:
    if no.search(text):
        return False
    return True if yes.search(text) else None


# GZCLP's failure chains (T1, T2): a message that walks down one is at its furthest stage.
def _training_maxes(text: str) -> tuple[tuple[str | None, float], ...]:
    """Each stated TM with its lift; "squat TM 300 and bench 200" gives both."""
    tms = [(_lift(m.group("lift")), float(m.group("n"))) for m in TRAINING_MAX.finditer(text)]
    if not tms and TM_LIST_WORDS.search(text):  # "TMs: squat 150, bench 95 (kg)"
        tms = [(_lift(m.group("lift")), float(m.group("n"))) for m in MORE_TMS.finditer(text)]
    for rx in (TM_AFTER, TM_LIFT_AFTER):
        if not tms:
            tms = [(_lift(m.group("lift")), float(m.group("n"))) for m in rx.finditer(text)]
    if tms:
        named = {lift for lift, _ in tms}
        for m in MORE_TMS.finditer(text):
            lift, value = _lift(m.group("lift")), float(m.group("n"))
            if lift not in named and (lift, value) not in tms:
                tms.append((lift, value))
                named.add(lift)
    return tuple(tms)


def _fails(text: str) -> int | None:
    if not MISSED.search(text):
        return None
    return next((n for n, rx in FAILS if rx.search(text)), None)


def _amrap(text: str) -> int | None:
    m = AMRAP_REPS.search(text)
    return int(m.group("n") or m.group("m")) if m else None


def fill(part: Asked, whole: Asked) -> Asked:
    """An ask's own numbers, completed from the whole message ("…TM 90. New TMs?")."""
    values = {
        name: getattr(part, name) or getattr(whole, name) for name in Asked.__dataclass_fields__
    }
    for flag in ("stalled", "recovered"):  # False ("no stall") is an answer, not a gap
        own = getattr(part, flag)
        values[flag] = own if own is not None else getattr(whole, flag)
    values["equipment"] = part.equipment if part.equipment != "barbell" else whole.equipment
    if part.stage and whole.stage and later_stage(whole.stage, part.stage):
        values["stage"] = whole.stage  # "missed the 10 singles … back to 5x3 with?" is at 10x1
    return Asked(**{**values, "wants": part.wants | whole.wants})


def _differ(m: re.Match[str]) -> bool:
    """Two different goals named (strength and size), not "strength … strong"."""
    kinds = {"strength" if g.startswith("str") else "size" for g in (m.group(1), m.group(2))}
    return len(kinds) == 2


def _five_rm(text: str) -> float | None:
    m = FIVE_RM.search(text)
    if m is None:
        t = FIVE_RM_TEST.search(text)  # "did a 5rm test this week and got 115"
        return float(t["n"]) if t else None
    return float(m.group("new") or m.group("n") or m.group("m") or m.group("k"))


def _weekly(m: re.Match[str] | None) -> int | None:
    return int(m["n"] or m["m"] or m["k"] or m["j"]) if m else None


def _int(rx: re.Pattern[str], text: str) -> int | None:
    m = rx.search(text)
    return int(m.group("n")) if m else None


def _float(rx: re.Pattern[str], text: str) -> float | None:
    m = rx.search(text)
    return float(m.group("n")) if m else None


def _lift(word: str | None) -> str | None:
    if word is None:
        return None
    for lift, stem in (("bench", "bench"), ("squat", "squat"), ("deadlift", "d"), ("press", "")):
        if word.startswith(stem):
            return lift
    return None
