"""Asked figures for a planned session: the next sets after an RPE miss (COACHING 4.6 step 4)
and the strength block's weeks from a stated or set-estimated e1RM (COACHING 4.2)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.calculators import autoreg_line, strength_block_line
from bot.coach.effort_words import felt_rpe
from bot.coach.extract import Details
from bot.coach.layoff_calcs import LAYOFF_WEEKS, layoff_line, lift_numbers, read_break
from bot.coach.loads import set_estimate
from bot.coach.scheme_calcs import rpe_schemes
from bot.coach.unit_words import UNIT_TARGET
from bot.units import KG_PER_LB, Unit, fmt_number

PLANNED_LOAD = re.compile(
    r"\b(?:planned|programmed|plan was|supposed to be|meant to be|had)(?: \w+){0,2}? "
    r"(?P<n>\d{2,4}(?:\.\d+)?) ?(?:kg|lb)?(?: (?:for|x) \d{1,2})?(?: \w+){0,2}? rpe"
)
PLAN_SAID = re.compile(r"\b(planned|programmed|target\w*|supposed to|meant to)\b")


def autoreg(d: Details, known: float | None, unit: Unit) -> str | None:
    """'planned 100 @7, it felt like a 10: how much lighter?': 4% per RPE off, capped at 10%;
    '5x3 at 130 planned @8, first set was a 9.5' too (the set's RPE is the plan)."""
    if d.felt_rpe is None or len(rpe_schemes(d.text)) > 1:
        return None  # a block's RPEs are plans
    set_rpe = d.sets[0].rpe if d.sets else None
    planned = PLAN_SAID.search(d.text) is not None
    felt_said = felt_rpe(d.text) is not None  # "felt like a 9.5", "was an honest 9.5"
    if set_rpe is not None and not (planned and felt_said and set_rpe != d.felt_rpe):
        return None  # a logged set's own RPE is its e1RM's business
    if d.target_rpe is None and set_rpe is None:
        return None
    m = PLANNED_LOAD.search(d.text)
    load = d.load if d.load is not None else (float(m.group("n")) if m else None)
    return autoreg_line(replace(d, load=load), known, unit)


ALL_WEEKS = re.compile(
    r"\b(lay (?:it |them )?out|all (?:the |4 |four )?weeks|(?:the|4|four) weeks|each week"
    r"|every week|whole block|full block)\b"
)


def block_week(d: Details, known: float | None, unit: Unit) -> str | None:
    """'week 2 of the strength block, e1rm 155?': that week's loads from the stated e1RM (or a
    set's); 'lay out the 4 weeks' gives them all."""
    named = "strength block" in d.text or (d.wants == "strength" and "load" in d.asked.wants)
    series = sorted(d.asked.series[-3:])
    if not d.one_rm and len(series) == 3:  # "e1rms were 120, 126, 123": the median, 123
        d = replace(d, one_rm=series[1])
    if not d.one_rm and d.sets and (top := set_estimate(*set_of(d))):
        d = replace(d, one_rm=round(top, 1))  # "140x5 @ 9 … strength block: week 1?"
    every = d.asked.week is None and ALL_WEEKS.search(d.text) is not None
    if not named or d.program or (d.asked.week is None and not every) or not (d.one_rm or known):
        return None  # the week may come from an earlier part ("week 2 of the block … weight?")
    return strength_block_line(d, known, unit)


def set_of(d: Details) -> tuple[float, int, float | None]:
    return d.sets[0].load, d.sets[0].reps, d.sets[0].rpe


def convert(d: Details, known: float | None, unit: Unit) -> str | None:
    """'315 for 3 @ 9, e1rm and what's that in kg?': the e1RM (or stated max) in the other unit."""
    to = UNIT_TARGET.search(d.text)
    if to is None or to.group(1) == unit:
        return None
    top = d.one_rm or (set_estimate(*set_of(d)) if d.sets else None)
    if top is None:
        return None
    other = top * KG_PER_LB if unit == "lb" else top / KG_PER_LB
    return f"{fmt_number(top)} {unit} ≈ {fmt_number(other)} {to.group(1)}."


OLD = re.compile(r"\b(?:e1rm|1rm|max)\b[^.?]{0,25}\b(?:was|before|used to)\b")


def layoff(d: Details, known: float | None, unit: Unit) -> str | None:
    """The break's rule (re-entry at 80% only past 8 weeks) with the old e1RMs said or known."""
    said = read_break(d.text, d.today)
    if "layoff" not in d.asked.wants and (
        said is None or said[0] <= LAYOFF_WEEKS or not (lift_numbers(d.text) or OLD.search(d.text))
    ):
        return None  # "4 months no squatting … e1rm was 130 before": a long break and old numbers
    from_set = set_estimate(d.sets[0].load, d.sets[0].reps, d.sets[0].rpe) if d.sets else None
    old = (round(from_set, 1) if from_set else None) or d.asked.old_load or d.one_rm or known
    return layoff_line(d.text, old, unit, d.today)


OLD = re.compile(r"\b(?:e1rm|1rm|max)\b[^.?]{0,25}\b(?:was|before|used to)\b")
