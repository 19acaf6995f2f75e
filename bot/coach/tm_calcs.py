"""5/3/1's training max worked from the asker's numbers (COACHING Part 3): the TM from a 1RM or a
set, its weeks, a 10% cut, and "5 forward, 3 back" from a TM series."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.coach.extract import Details
from bot.coach.loads import TM_FACTOR, TM_FOREVER, plates, set_estimate
from bot.coach.rule_calcs import plus_set_line, tm_step, weeks_of_531
from bot.units import Unit, fmt_number

FIVE_BACK = re.compile(
    r"\b(?:5|five) (?:forward|fwd|up|ahead),? ?(?:and )?(?:3|three) (?:back|down)\b"
)
PER_CYCLE = re.compile(
    r"\b(?:add|adding|\+) ?(?P<n>\d+(?:\.\d+)?) ?(?:kg|lb)? (?:per|a|each|every) cycle\b"
)


def _stepped(series: tuple[float, ...]) -> tuple[float, float] | None:
    """The last TM and its even step when a TM series rises by the same amount each cycle."""
    steps = {round(b - a, 2) for a, b in pairwise(series)}
    if len(series) < 3 or len(steps) != 1 or (step := steps.pop()) <= 0:
        return None
    return series[-1], step


FORWARD_DONE = re.compile(
    r"\b(?:ran|run|did|done|after|finished|completed|been through) (?:my |the )?(?:5|five)"
    r" cycles\b"
)


def five_back_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """5/3/1's "5 forward, 3 back" worked from the asker's TM: five raises, then three off."""
    tms = d.asked.training_maxes
    told = tuple(float(n) for n in re.findall(r"\b\d{2,4}(?:\.\d+)?\b", d.text))
    if FIVE_BACK.search(d.text) and (sawn := _stepped(told)):
        last, step = sawn  # "TM went 140, 145 … 165": the step is the series' own
        return (
            f"TM now {fmt_number(last)}, +{fmt_number(step)} a cycle: three back →"
            f" {fmt_number(last)} − 3 × {fmt_number(step)} = {fmt_number(last - 3 * step)},"
            " then forward again from there."
        )
    if not FIVE_BACK.search(d.text) or not tms:
        return None
    lift, tm = tms[0][0] or d.lift, tms[0][1]
    said = PER_CYCLE.search(d.text)
    own: Unit | None = d.unit or d.asked.tm_unit  # type: ignore[assignment]
    if said is None and own is None:
        return None  # the step is 5 kg or 10 lb: with no unit said, no figure is safe
    unit = own or unit
    step = float(said["n"]) if said else tm_step(lift, unit)
    if FORWARD_DONE.search(d.text):  # "ran 5 cycles adding 5 lb": the five forward are behind
        return (
            f"TM now {fmt_number(tm)} {unit} after your five cycles forward: three back →"
            f" {fmt_number(tm)} − 3 × {fmt_number(step)} = {fmt_number(tm - 3 * step)} {unit},"
            " then forward again from there."
        )
    top, back = tm + 5 * step, tm + 2 * step
    return (
        f"TM {fmt_number(tm)} {unit}, +{fmt_number(step)} {unit} a cycle: five cycles forward →"
        f" {fmt_number(top)} {unit}, then three back → {fmt_number(back)} {unit}, and forward"
        " again from there."
    )


TOP_SET = re.compile(r"\btop set\b|\b531 week\b|\bweek 3\b|\bwk ?3\b|\bheaviest set\b")


def plus_or_max_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The "+" set rule; from a 1RM alone ("1rm 315, my TM, the 5/3/1 week top set, and if I
    miss the +?"), the TM, the week-3 top set (95% of it) and the three-increment cut, worked."""
    if (line := plus_set_line(d, known_max, unit)) or d.asked.training_maxes or not d.one_rm:
        return line
    tm = round(d.one_rm * TM_FACTOR, 2)
    parts = [f"TM = 90% of {fmt_number(d.one_rm)} = {fmt_number(tm)} {unit}"]
    if TOP_SET.search(d.text):
        parts.append(f"the 5/3/1 week's top set is 95% of it → {plates(tm * 0.95, unit)} for 1+")
    head = "; ".join(parts) + "."
    if not d.asked.missed:
        return head if len(parts) > 1 else None
    step = tm_step(d.lift, unit)
    return (
        f'{head} Miss a "+" set\'s minimum and the TM goes back three increments'
        f" (3 × {fmt_number(step)} {unit} = {fmt_number(3 * step)} {unit}):"
        f" {fmt_number(tm)} → {fmt_number(tm - 3 * step)} {unit}."
    )


def tm_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    from_set = set_estimate(d.sets[0].load, d.sets[0].reps, d.sets[0].rpe) if d.sets else None
    top = d.one_rm or (round(from_set, 1) if from_set else None) or known_max
    if top is None or d.asked.training_maxes:
        return None
    original, forever = _tm_shown(top * TM_FACTOR, unit), _tm_shown(top * TM_FOREVER, unit)
    if d.asked.forever:
        return f"With a 1RM of {fmt_number(top)} {unit}: 5/3/1 Forever TM = 85% → {forever}."
    return (
        f"With a 1RM of {fmt_number(top)} {unit}: training max = 90% → {original}"
        f" (5/3/1 Forever's 85% → {forever})."
    )


def _tm_shown(tm: float, unit: Unit) -> str:
    """A TM as computed, plus the plate load when that differs ("162 kg (162.5 kg on the bar)")."""
    exact, bar = f"{fmt_number(tm)} {unit}", plates(tm, unit)
    return exact if bar == exact else f"{exact} ({bar} on the bar)"


def tm_weeks_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    tms = d.asked.training_maxes
    top = d.one_rm or known_max
    if tms:
        return (
            f"TM {fmt_number(tms[0][1])} {unit} → {weeks_of_531(tms[0][1], unit, d.asked.weeks)}."
        )
    if top is None:
        return None
    share = TM_FOREVER if d.asked.forever else TM_FACTOR  # Forever runs from 85%
    tm = top * share
    head = f"1RM {fmt_number(top)} {unit} → TM {fmt_number(tm)} {unit} ({share:.0%})."
    return f"{head} {weeks_of_531(tm, unit, d.asked.weeks)}."


def tm_reset_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    tm = (d.asked.training_maxes[0][1] if d.asked.training_maxes else None) or d.load or d.one_rm
    if tm is None:
        return None
    return f"A 10% cut from a TM of {fmt_number(tm)} {unit} → {plates(tm * 0.9, unit, 'down')}."
