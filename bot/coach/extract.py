"""Details pulled out of a question: what the asker wants, who they are, and their numbers.

Works on `normalize`d text. Each detail is read only where the asker states it about
themselves ("I'm 16", not "my 16 year old son"; "my knee hurts", not "kneeling").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bot.coach import goal_words as gw
from bot.coach import health_words as h
from bot.coach import vocabulary as v
from bot.coach.asked import Asked, read_asked
from bot.coach.conditions import CHILD_AGE, LONG_HEALED, names_condition, says_pain
from bot.coach.effort_words import effort, effort_after, felt_rpe, other_rpe, target_rpe
from bot.coach.unit_words import UNIT_FIX, UNIT_TARGET


@dataclass(frozen=True)
class SetNumbers:
    """One set written in the question: load × reps, with an RPE when given."""

    load: float
    reps: int
    rpe: float | None = None
    warmup: bool = False


@dataclass(frozen=True)
class Details:
    """Everything the goal decision, the safety caveat and the calculators need."""

    wants: str | None = None  # strength | hypertrophy | both
    avoids_size: bool = False
    beginner: bool = False
    months: int | None = None
    program: str | None = None
    tier: str | None = None
    lift: str | None = None
    unit: str | None = None
    sets: tuple[SetNumbers, ...] = ()
    load: float | None = None
    one_rm: float | None = None
    percent: float | None = None
    target_reps: int | None = None
    target_rpe: float | None = None
    felt_rpe: float | None = None
    bodyweight: float | None = None
    age: int | None = None
    child_age: int | None = None  # a minor the asker asks about ("my son is 13")
    injury: str | None = None  # current | cleared
    pregnant: bool = False
    medical: bool = False
    red_flag: bool = False
    detail: bool = False
    asked: Asked = field(default_factory=Asked)
    text: str = ""  # the normalised question, for calculators that read lists of numbers
    today: date | None = None  # the asker's date when known ("since August" needs it)


def extract(text: str) -> Details:
    """Read every detail from normalised question text."""
    asked = read_asked(text)
    one_rm = _stated_max(text, asked)
    raw = _sets(text)
    if one_rm is not None and any(s.load == one_rm for s in raw) and not _named_max(text, one_rm):
        one_rm = None  # "100kg bench amrap, 9 reps": the set's load, not a max
    pct = _bare_percent(text)  # "80% for 5 … my program says 5x5 at 80": the 80 is that %
    sets = tuple(s for s in raw if s.load not in (one_rm, pct))  # "e1rm 60, want 3x10"
    sets = _with_effort(text, sets or _rep_maxes(text), _planned(text))
    target = target_rpe(text, sets[0].rpe if sets else None)
    return Details(
        wants=_wants(text),
        avoids_size=bool(gw.AVOID_SIZE.search(text)),
        beginner=_beginner(text),
        months=_months(text),
        program=_program(text),
        tier=_tier(text),
        lift=_lift(text),
        unit=_unit(_lifts_only(text)) or _unit(text),  # the body weight's unit when no other
        sets=sets,
        load=sets[0].load if sets else _load(text, pct),
        one_rm=one_rm,
        percent=v.percent_of_max(text),
        target_reps=_target_reps(text, sets),
        target_rpe=target,
        felt_rpe=felt_rpe(text) or other_rpe(text, target),
        bodyweight=_number(v.BODYWEIGHT, text),
        age=_age(text),
        child_age=_child_age(text),
        injury=_injury(text),
        pregnant=bool(h.PREGNANT.search(text)) and not h.cleared_after_birth(text),
        red_flag=h.warning_signs(text),
        medical=bool(h.MEDICAL.search(text))
        and not (h.cleared(text) and not h.LASTING.search(text)),
        detail=bool(v.DETAIL.search(text)),
        asked=asked,
        text=text,
    )


def _stated_max(text: str, asked: Asked) -> float | None:
    """The stated max; "e1rms were 150, 158, 154": the working e1RM is their median."""
    one_rm = _one_rm(text, asked, _age(text))
    if asked.series and (one_rm in asked.series or (one_rm is None and "e1rm" in text)):
        one_rm = sorted(asked.series[-3:])[len(asked.series[-3:]) // 2]
    return one_rm


def _bare_percent(text: str) -> float | None:
    """The stated %1RM when it is also written bare, unit-free ("5x5 at 80" after "80%")."""
    pct = v.percent_of_max(text)
    if pct is None or re.search(rf"\b{pct:g} ?(?:kg|lb)", text):
        return None
    return pct


def _load(text: str, pct: float | None) -> float | None:
    load = _number(v.LOAD, _without_bodyweight(text))  # "(F, 31, 62kg) … failed 45": no 62
    return None if load is not None and load == pct else load


def _one_rm(text: str, asked: Asked, age: int | None) -> float | None:
    """A stated 1RM or e1RM; a training max, a 5RM or the asker's age is not one ("I'm 62, squat
    e1rm 90" → 90; "bench TM 90" → none). Named maxes ("e1rm 90") win over "90 bench"."""
    others = {tm for _, tm in asked.training_maxes} | {asked.five_rm}
    body = _number(v.BODYWEIGHT, text)
    for pattern in (v.ONE_RM[1], v.ONE_RM[2], v.ONE_RM[3], v.ONE_RM[4], v.ONE_RM[0]):
        for m in pattern.finditer(text):
            value = float(m.group("n"))
            before = text[max(0, m.start("n") - 5) : m.start("n")].strip()
            tested = text[max(0, m.start("n") - 10) : m.start("n")].endswith("tested at ")
            at = before.endswith((" at", " with")) or before == "at"
            named = m[0].startswith(("e1rm", "1rm", "max ", "pr ")) or m[0].endswith("rm")
            at = at and not named  # "e1rm flat at 162", "app has me at 160 e1rm"
            wish = GOAL_LOAD.search(text[max(0, m.start("n") - 14) : m.end("n") + 6])
            if m.group("n") == "531" or before.endswith("rpe") or (at and not tested) or wish:
                continue  # "5/3/1 squat", "@7 bench", "4x8 at 60kg bench": no max
            if value in others:
                return None
            if value == body and not named:
                continue  # "42m, 95kg, pulled 175x3": the asker's weight, not a max
            if value < 15:
                continue  # "e1rm … 5x3 8": a rep or RPE count, not a max
            if age is None or value != age:
                return value
    return None


# "need a 100kg bench in 3 months": a goal load, not a max the asker has
GOAL_LOAD = re.compile(
    r"\b(?:need|want|hit|reach|chasing|aim for) (?:an? |to )?(?P<n>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)?\b"
)


def _named_max(text: str, value: float) -> bool:
    """The number is called a max ("e1rm 60", "60 1rm"), not only written before a lift."""
    return any(float(m.group("n")) == value for p in v.ONE_RM[1:] for m in p.finditer(text))


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(1) if m else None


def _search(
    patterns: re.Pattern[str] | tuple[re.Pattern[str], ...], text: str
) -> re.Match[str] | None:
    for pattern in patterns if isinstance(patterns, tuple) else (patterns,):
        m = pattern.search(text)
        if m is not None:
            return m
    return None


def _without_bodyweight(text: str) -> str:
    """The text with the asker's body weight taken out: it is never a lift's load."""
    bw = _search(v.BODYWEIGHT, text)
    return text if bw is None else text[: bw.start()] + " " + text[bw.end() :]


def _lifts_only(text: str) -> str:
    """The text without the asker's body weight when a lift's load or unit is left: "34m, 90kg …
    150 kg for my top set" loads 150, and "100kg, bench tm is 230 lb" is in pounds."""
    rest = _without_bodyweight(text)
    return rest if _search(v.LOAD, rest) or v.UNIT.search(rest) else text


def _number(patterns: re.Pattern[str] | tuple[re.Pattern[str], ...], text: str) -> float | None:
    m = _search(patterns, text)
    return float(m.group("n")) if m else None


def _wants(text: str) -> str | None:
    """The goal the asker states, after removing what they say they don't want."""
    kept = gw.NOT_WANTED.sub(" ", text)
    kept = gw.NEUTRAL.sub(" ", kept)
    if gw.BOTH_WISH.search(kept):
        return "both"
    strength = bool(gw.STRENGTH.search(kept))
    size = bool(gw.SIZE.search(kept))
    if strength and size:
        return "both"
    if strength:
        return "strength"
    if size:
        return "hypertrophy"
    return None


def _beginner(text: str) -> bool:
    """New to lifting, unless they say they are past it ("intermediate", "novice gains are
    done"): "flat for 3 weeks" is no experience of 3 weeks then."""
    if v.PAST_BEGINNER.search(text):
        return False
    return bool(v.BEGINNER.search(text)) or _months(text) in range(0, 6)


def _months(text: str) -> int | None:
    m = _search(v.EXPERIENCE, text)
    if m is None:
        return 0 if v.NEVER_LIFTED.search(text) else None
    amount = float(m.group("n"))
    unit = m.group("unit")
    factor = {"year": 12.0, "yr": 12.0, "month": 1.0, "week": 0.25, "wk": 0.25}[unit.rstrip("s")]
    return int(amount * factor)


TM_ONLY = re.compile(r"\b(?:531|bbb|wendler|fsl|boring but big|first set last)\b")


def _program(text: str) -> str | None:
    """The programme named; "TM" beside "texas" is Texas's own ("switching to TM (texas…)")."""
    for name, pattern in v.PROGRAMS:
        if pattern.search(text):
            if name == "531" and "texas" in text and not TM_ONLY.search(text):
                return "texas"
            return name
    return None


def _lift(text: str) -> str | None:
    for lift, pattern in v.LIFTS:
        if pattern.search(text):
            return lift
    return None


def _unit(text: str) -> str | None:
    """The unit written with a number, else named ("in kg", "kg user"); a correction ("100lb??
    no wait it's kg") wins, and bare numbers to convert ("315 … what's that in kg") are the
    other unit."""
    if fix := UNIT_FIX.search(text):
        return fix.group(1) or fix.group(2)
    if (to := UNIT_TARGET.search(text)) and not v.UNIT.search(text):
        return "lb" if to.group(1) == "kg" else "kg"
    if m := v.UNIT.search(text) or v.UNIT_WORD.search(text) or UNIT_LAST.search(text):
        return m.group(1) or m.group(2)
    return None


ADULT_AGE = 18  # under it: a minor, general advice only (COACHING 4.8)
# "how much does it go up (lb)", "… 160 e1rm. kilos pls", "in lbs please"
UNIT_LAST = re.compile(r"\b(kg|lb)s?(?: (?:pls|plz|please))?\W*$")


def _sets(text: str) -> tuple[SetNumbers, ...]:
    """Every set written in the question, in the shapes lifters use (100x5 @8, 5 reps at 100,
    100 for a triple, 100kg 5x5 @7, 3x5 at 100)."""
    found: list[SetNumbers] = []
    for m in v.SET.finditer(text):
        rpe = 10.0 - float(m.group("rir")) if m.group("rir") else _rpe(m)
        _add(
            found, float(m.group("load")), int(m.group("reps")), rpe or effort_after(text, m.end())
        )
    for pattern in (v.SET_REPS_FIRST, v.SET_LOAD_REPS, *v.SET_SCHEME):
        for m in pattern.finditer(text):
            _add(found, float(m.group("load")), int(m.group("reps")), _rpe(m))
    for pattern in (FOR_ONE, ONE_REP_AT):  # "worked up to 150 on dl for one", "one rep at 180"
        for m in pattern.finditer(text):
            _add(found, float(m.group("load")), 1, _rpe(m))
    for m in v.MAXED_OUT.finditer(text):
        _add(found, float(m.group("load")), 1, 10.0)
    for pattern in v.SET_NAMED:
        for m in pattern.finditer(text):
            _add(found, float(m.group("load")), v.NAMED_REPS[m.group("named")], _rpe(m))
    return tuple(found)


FOR_ONE = re.compile(
    r"\b(?P<load>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)? (?:on (?:the )?\w+ )?for (?:one|a singles?)\b"
    r"(?:\s?(?:\w+\s){0,6}?rpe\s?(?P<rpe>\d+(?:\.\d)?))?"
)
ONE_REP_AT = re.compile(
    r"\b(?:one|1|a single) rep (?:at|with|of|on) (?P<load>\d{2,4}(?:\.\d+)?)(?![\d.]| ?%)"
    r"(?: ?(?:kg|lb))?(?:\s?(?:\w+\s){0,4}?rpe\s?(?P<rpe>\d+(?:\.\d)?))?"
)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _rep_maxes(text: str) -> tuple[SetNumbers, ...]:
    """ "My 3RM is 150": that many reps at RPE 10 (only when no set is written)."""
    m = _search(v.REP_MAX, text)
    if m is None or "texas" in text:  # a Texas 5RM is that programme's own number
        return ()
    return (SetNumbers(float(m.group("load")), int(m.group("reps")), 10.0),)


def _planned(text: str) -> bool:
    """A target RPE is stated ("target 8", "9 instead of 8"): the set's felt RPE is read apart."""
    return bool(v.TARGET_RPE.search(text) or v.RPE_INSTEAD.search(text))


def _with_effort(text: str, sets: tuple[SetNumbers, ...], planned: bool) -> tuple[SetNumbers, ...]:
    """A lone set written without an RPE takes the effort said in words: "to failure",
    "couldn't get the 9th" → RPE 10; "3 left in the tank" → RPE 7; "felt like an 8.5"; a
    warm-up set is marked so it feeds no estimate."""
    if len(sets) != 1:
        return sets
    s = sets[0]
    listed = v.RPE_LIST.search(text)
    rpes = [float(x) for x in re.findall(r"\d+(?:\.5)?", listed.group(1))] if listed else []
    if s.rpe is None and len(rpes) > 1 and all(6 <= r <= 10 for r in rpes):
        # each set at its own RPE; the easiest first, as it gives the session's best e1RM
        return tuple(SetNumbers(s.load, s.reps, r) for r in sorted(rpes))
    warm = bool(v.WARMUP_SET.search(text))
    rpe = s.rpe if s.rpe is not None else effort(text, planned)
    return (SetNumbers(s.load, s.reps, rpe, warm),)


def _rpe(m: re.Match[str]) -> float | None:
    return float(m.group("rpe")) if m.group("rpe") else None


def _add(found: list[SetNumbers], load: float, reps: int, rpe: float | None) -> None:
    """Keep plausible sets only: "10x1" is sets × reps, not a 10 kg single."""
    if any((s.load, s.reps) == (load, reps) for s in found):
        return  # the same set read by two shapes
    if 1 <= reps <= 30 and load >= 15:
        found.append(SetNumbers(load, reps, rpe if rpe is not None and 5 <= rpe <= 10 else None))


def _target_reps(text: str, sets: tuple[SetNumbers, ...]) -> int | None:
    value = _number(v.TARGET_REPS, text)
    if value is None and (named := v.NAMED_REPS_RE.search(text)):
        return v.NAMED_REPS[named.group(1)]
    return int(value) if value is not None else None


def _tier(text: str) -> str | None:
    named = _first(v.FAILED_TIER, text) or _first(v.TIER, text)
    if named:
        return named
    return next((tier for pattern, tier in v.TIER_SCHEMES if pattern.search(text)), None)


def _age(text: str) -> int | None:
    """The asker's own age only: not a child's, a parent's or years of training."""
    cleaned = v.OTHERS_AGE.sub(" ", text)
    for pattern in CHILD_AGE:
        cleaned = pattern.sub(" ", cleaned)
    value = _number(v.OWN_AGE, cleaned)
    if value is None:
        return None
    age = int(value)
    return age if 8 <= age <= 99 else None


def _child_age(text: str) -> int | None:
    """The age of the child the asker asks about, when under 18 ("my 13yo plays football")."""
    value = _number(CHILD_AGE, text)
    return int(value) if value is not None and 5 <= value < ADULT_AGE else None


def _injury(text: str) -> str | None:
    """'current' for a first-person pain or injury now, 'cleared' once healed or cleared; a
    doctor's all-clear for someone who has never lifted is a go-ahead to start, not a return."""
    if h.cleared(text) and not v.NEVER_LIFTED.search(text):
        return None if LONG_HEALED.search(text) else "cleared"
    if says_pain(text) or names_condition(text):  # "tennis elbow from pull-ups"
        return "current"
    return None
