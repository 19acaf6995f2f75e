"""The RPE a set was done or is planned at, read from the words around it (COACHING 2.2): effort
said in words ("to failure", "3 left in the tank"), a target ("target 8"), and how it felt."""

from __future__ import annotations

import re

from bot.coach import vocabulary as v
from bot.coach.asked_words import one_more_rpe

# Where a set's own clause ends: the next set, or the sentence (not a decimal point: "9.5").
_NEXT_SET = re.compile(r"\d ?(?:kg|lb)? ?x ?\d|[.?!;](?!\d)")
_CALL_IT = re.compile(
    r"\bcall it (?:an? |rpe ?|@ ?)?(?P<rpe>[6-9](?:\.5)?|10)\b(?! ?(?:kg|lb|x|%))"
)


def effort(text: str, planned: bool) -> float | None:
    """The effort said in words for a set written without an RPE."""
    if v.FAILURE_EFFORT.search(text):
        return 10.0
    if m := v.RIR_EFFORT.search(text):
        return 10.0 - v.rir_said(m)
    if guessed := one_more_rpe(text):  # "felt like maybe 1 more"
        return guessed
    if planned:
        return None  # "target 8 … felt like 9" is the autoregulation's to read
    said = (*v.RPE.finditer(text), *v.FELT_EFFORT.finditer(text))
    for m in sorted(said, key=lambda m: m.start()):  # the set's own effort comes first
        value = float(m.group("n"))
        if 5 <= value <= 10:
            return value
    return None


def target_rpe(text: str, set_rpe: float | None) -> float | None:
    """The RPE a set is planned at; `set_rpe` is the first set's own, which outranks a bare RPE."""
    if instead := v.RPE_INSTEAD.search(text):
        return float(instead.group("target"))
    if planned := v.TARGET_RPE.search(text) or v.NAMED_AT_RPE.search(text):
        return float(planned.group("n"))
    if set_rpe is not None:
        return None
    m = v.RPE.search(text)
    if m and text[m.end() :].startswith((" rir", "rir")):  # "@ 2 RIR" is reps in reserve
        return 10.0 - float(m.group("n"))
    return float(m.group("n")) if m else None


def other_rpe(text: str, target: float | None) -> float | None:
    """With a target stated, the first other RPE in the question is how the set felt."""
    if target is None:
        return None
    values = [float(m.group("n")) for m in v.RPE.finditer(text)]
    values += [float(m.group("n")) for m in v.FELT_EFFORT.finditer(text)]  # "it flew, like 6.5"
    return next((x for x in values if x != target and 5 <= x <= 10), None)


def felt_rpe(text: str) -> float | None:
    """The RPE a set felt like when the question compares it with the plan ("target was rpe 8"
    is the plan, not the feel)."""
    if m := v.RPE_INSTEAD.search(text):
        value = float(m.group("felt"))
        return value if 5 <= value <= 10 else None
    for m in v.FELT_RPE.finditer(text):
        if v.TARGET_BEFORE.search(text[max(0, m.start() - 14) : m.start() + 4]):
            continue
        value = float(m.group("n"))
        return value if 5 <= value <= 10 else None
    return None


def effort_after(text: str, end: int) -> float | None:
    """The effort said after a set, in its own clause: "205x2 that felt like maybe a bit more
    was possible, call it 9.5", "80 kg x 8 with 2 left in the tank" (the next set's are its own)."""
    tail = text[end : end + 80]
    if stop := _NEXT_SET.search(tail):
        tail = tail[: stop.start()]
    if m := _CALL_IT.search(tail):
        return float(m["rpe"])
    return effort(tail, planned=False)
