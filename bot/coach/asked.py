"""What a question asks to have worked out, and the extra numbers that needs (COACHING Parts 2–4).

The card explains the rule; when the asker also gives the numbers ("single at 130 @9, true
max?", "week 3 with a 200 lb TM", "I weigh 70 kg"), the matching calculator fires whatever card
answers, so the reply shows the computed figure and not just the formula.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"(?P<n>\d+(?:\.\d+)?)"
_LOAD = r"(?P<n>\d{2,4}(?:\.\d+)?)"
_LIFT = r"(?P<lift>bench\w*|squat\w*|dead ?lift\w*|dl|deads|ohp|overhead press|press)"
TRAINING_MAX = re.compile(
    r"\b(?:"
    + _LIFT
    + r" )?(?:training max|tm)(?: is| of| =| at| was)?(?: about| around)? ?"
    + _LOAD
    + r"(?!\.?\d)(?! ?%)"
)
TM_AFTER = re.compile(r"\b(?!531\b)" + _LOAD + r" ?(?:kg|lb)? (?:training max|tm)\b")
FIVE_RM = re.compile(
    r"\b5 ?rm(?: \w+)?(?: is| of| was| =| at| went| from)? (?:\w+ )?" + _NUM + r"(?!\.?\d)"
    r"(?: (?:to )?(?P<new>\d+(?:\.\d+)?))?"
    r"|\b(?P<m>\d+(?:\.\d+)?) ?(?:kg|lb)? 5 ?rm\b"
)
_RPE_AFTER = r"(?: \w+){0,3}? rpe ?(?P<rpe>\d+(?:\.\d)?)"
SINGLE = (
    re.compile(r"\bsingles? (?:at|with|of) " + _NUM + r" ?(?:kg|lb)?" + _RPE_AFTER),
    re.compile(r"\b" + _NUM + r" ?(?:kg|lb)? singles?" + _RPE_AFTER),
)
REPS_SAID = re.compile(r"\b(?P<n>\d{1,2}) reps?\b")
RIR_WORDS = re.compile(
    r"\b(?P<n>[0-4]) (?:reps? )?(?:left )?(?:in (?:the )?tank|in reserve|left)\b"
    r"|\b(?P<r>[0-4]) ?rir\b"
)
WEEKLY_SETS = re.compile(
    r"\b(?:at |doing |do )?(?P<n>\d{1,2}) (?:hard |working |total )?sets?(?: of \w+)?"
    r"(?: for \w+)? (?:a|per|each|every) week\b"
)
STANDARD = re.compile(r"\b(?:rep )?standard (?:is |was |of )?(?P<n>\d{1,2})\b")
GOT_REPS = re.compile(r"\b(?:got|hit|did|made) (?P<n>\d{1,2})(?! ?(?:kg|lb|x|%))\b")
AMRAP_REPS = re.compile(r"\b(?P<n>\d{1,2}) reps? on (?:my |the )?(?:last|amrap|final|top)\b")
OLD_LOAD = re.compile(
    r"\b(?:was |used to (?:\w+ )?(?:at )?|old (?:\w+ )?(?:was )?)"
    + _NUM
    + r"(?! ?(?:%|reps?|x\b|years?|months?|weeks?))"
)

WANTS = {
    "e1rm": re.compile(
        r"\b(1rm|e1rm|true max|max estimate|my max\b|estimat\w*|one rep|what is that as a max"
        r"|could i (pull|lift|hit|do))\b"
    ),
    "load": re.compile(
        r"\b(what|which|how much|how heavy)\b[^.?]{0,25}\b(weight|load|use|put|lift)\b"
        r"|\bweight\?|\bworking sets?\b"
    ),
    "weeks": re.compile(
        r"\bweek ?\d\b|\b(three|3|all|the) weeks\b|\bweeks? look|\bweights\b|\bmy sets\b"
    ),
    "next_tm": re.compile(
        r"\bnew tms?\b|\bnext cycle\b|\bcycle (?:is )?(?:done|finished|over)\b|\bbump\b"
        r"|\braise (?:my )?tms?\b"
    ),
    "no_rpe": re.compile(
        r"\b(without|no|had not|hadn'?t|did not log|not logged|forgot)\b[^.?]{0,20}\brpe\b"
    ),
    "compare": re.compile(r"\b(vs|versus|difference|differ\w*|compared?)\b"),
    "percent": re.compile(r"%|\bpercent"),
    "protein": re.compile(r"\bprotein\b"),
    "layoff": re.compile(
        r"\b(months? off|weeks? off|time off|layoff|lay off|break from|restart|come back"
        r"|back after|coming back)\b"
    ),
}


_GOALS = r"(strength|strong\w*|size|hypertrophy|muscle|growth|bodybuilding)"
BOTH_GOALS = re.compile(r"\b" + _GOALS + r"\b[^.?!]{0,60}\b" + _GOALS + r"\b")


@dataclass(frozen=True)
class Asked:
    """The calculations asked for and the numbers only they use."""

    wants: frozenset[str] = frozenset()
    training_maxes: tuple[tuple[str | None, float], ...] = ()
    five_rm: float | None = None
    single: tuple[float, float] | None = None
    rir_rpe: float | None = None
    weekly_sets: int | None = None
    standard: int | None = None
    got_reps: int | None = None
    old_load: float | None = None
    reps: int | None = None


def read_asked(text: str) -> Asked:
    """Read the asked-for calculations from normalised text."""
    tms = tuple(
        (_lift(m.group("lift")), float(m.group("n"))) for m in TRAINING_MAX.finditer(text)
    ) or tuple((None, float(m.group("n"))) for m in TM_AFTER.finditer(text))
    single = SINGLE[0].search(text) or SINGLE[1].search(text)
    rir = RIR_WORDS.search(text)
    weekly = WEEKLY_SETS.search(text)
    wants = {name for name, rx in WANTS.items() if rx.search(text)}
    if "compare" in wants and (m := BOTH_GOALS.search(text)) and _differ(m):
        wants.add("compare_goals")  # "rest for strength vs size?"
    return Asked(
        wants=frozenset(wants),
        training_maxes=tms,
        five_rm=_five_rm(text),
        single=(float(single.group("n")), float(single.group("rpe"))) if single else None,
        rir_rpe=10.0 - float(rir.group("n") or rir.group("r")) if rir else None,
        weekly_sets=int(weekly.group("n")) if weekly else None,
        standard=_int(STANDARD, text),
        got_reps=_int(GOT_REPS, text) or _int(AMRAP_REPS, text),
        old_load=_float(OLD_LOAD, text),
        reps=_int(REPS_SAID, text),
    )


def fill(part: Asked, whole: Asked) -> Asked:
    """An ask's own numbers, completed from the whole message ("…TM 90. New TMs?")."""
    values = {
        name: getattr(part, name) or getattr(whole, name) for name in Asked.__dataclass_fields__
    }
    return Asked(**{**values, "wants": part.wants | whole.wants})


def _differ(m: re.Match[str]) -> bool:
    """Two different goals named (strength and size), not "strength … strong"."""
    kinds = {"strength" if g.startswith("str") else "size" for g in (m.group(1), m.group(2))}
    return len(kinds) == 2


def _five_rm(text: str) -> float | None:
    m = FIVE_RM.search(text)
    if m is None:
        return None
    return float(m.group("new") or m.group("n") or m.group("m"))


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
