"""The warm-up ramp before a work set at 80% or more (COACHING 4.2): 40% × 5, 55% × 3,
70% × 2, 80% × 1 of the e1RM, or of the work weight when that is all the asker gives."""

from __future__ import annotations

import re

from bot.coach.extract import Details
from bot.coach.loads import plates
from bot.units import Unit, fmt_number

WARMUP = ((0.40, 5), (0.55, 3), (0.70, 2), (0.80, 1))

WORK_SET = re.compile(r"\b(top|work|working|heavy) sets?\b")
MAX_WORD = re.compile(r"\b(e1rm|1rm|max)\b")
RAMP_FROM = 80.0  # the ramp is for work sets at 80% or more (COACHING 4.7)


OPENER = re.compile(
    r"\b(?P<n>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)? (?:opener|first attempt)\b"
    r"|\b(?:opener|first attempt|open) (?:is |at |with |of )+(?P<m>\d{2,4}(?:\.\d+)?)\b(?! ?%)"
)
WORK_LOAD = re.compile(
    r"\b(?P<n>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)? (?:for|on|as) (?:my |the )?(?:work|working|top)"
    r" sets?\b"
    r"|\b(?:work|working|top) sets? (?:today )?(?:are |is |at |of )*(?:\d+ ?x ?\d+ )?(?:at )?"
    r"(?P<m>\d{2,4}(?:\.\d+)?)\b(?! ?%)"
)


def warmup_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    if opener := OPENER.search(d.text):  # "warm-ups to a 110 opener": ramp to the attempt itself
        load = float(opener.group("n") or opener.group("m"))
        steps = ", ".join(f"{plates(load * pct, unit)} × {reps}" for pct, reps in WARMUP)
        return f"For a {fmt_number(load)} {unit} opener: {steps}, then the opener."
    said = WORK_LOAD.search(d.text)  # "squatting 140 for my work sets", "work sets are 3x3 at 165"
    named = float(said.group("n") or said.group("m")) if said else None
    work = d.one_rm or named or d.load  # "100 x5, then straight to 140 (the top sets)": 140
    if work is None and d.percent is not None and d.percent < RAMP_FROM:
        return (
            f"Work sets at {fmt_number(d.percent)}% are under 80%: the full ramp isn't needed —"
            " it's for sets at 80% or more."
        )
    if work is None:
        return None
    steps = ", ".join(f"{plates(work * pct, unit)} × {reps}" for pct, reps in WARMUP)
    work_set = WORK_SET.search(d.text)  # "a 150kg squat top set" is the work, not a max
    base = (
        f"an e1RM of {fmt_number(work)}"
        if d.one_rm and (MAX_WORD.search(d.text) or not work_set)
        else f"a work set of {fmt_number(work)}"
        if work_set
        else fmt_number(work)
    )
    return f"For {base} {unit}: {steps}, then your work sets."
