"""Calculators the question itself asks for, run whatever card answers it (COACHING Parts 2–4).

`calculators.calculate` runs the card's own calculator; these add the figure the asker wanted
when another card was the better explanation ("single at 130 @9 — true max?" on the RTS card,
"week 3 with a 200 lb TM" on the training-max card).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.coach.asked import WANTS
from bot.coach.body_numbers import daily_protein
from bot.coach.calculators import (
    DEFAULT_RPE,
    MONDAY,
    e1rm_line,
    reset_line,
    rts_load_line,
    strength_block_line,
    texas_line,
    tm_line,
)
from bot.coach.check_calcs import tm_test_line
from bot.coach.extract import Details, SetNumbers
from bot.coach.loads import TM_FACTOR, plates, set_estimate
from bot.coach.rule_calcs import (
    block_sets_line,
    deload_line,
    double_line,
    gzclp_stage_line,
    juggernaut_line,
    median_line,
    plus_set_line,
    stall_test_line,
    two_bests,
    two_bests_line,
    weeks_of_531,
)
from bot.coach.stall_calcs import (
    LP_WORDS,
    block_stall_line,
    fatigue_line,
    layoff_line,
    lp_step,
    lp_success_line,
    weeks_off,
)
from bot.coach.vocabulary import RPE as RPE_WORD
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_number

UPPER = frozenset({"bench", "press"})
STEP_UP: dict[str, float] = {"kg": 2.5, "lb": 5.0}  # an upper-body jump; lower body is twice it
REENTRY = 0.80
SETS_RANGE = (10, 20)
GZCLP_T1 = 0.85
Asked = Callable[[Details, float | None, Unit], str | None]


def e1rm_asked(d: Details, known: float | None, unit: Unit) -> str | None:
    """'single at 130 felt like 9, true max?', '100x5 @8, e1rm? and without the rpe?'"""
    a = d.asked
    if "e1rm" not in a.wants or ("load" in a.wants and d.one_rm):
        return None
    if d.text and not WANTS["e1rm"].search(d.text):
        return None  # another part of the message asked for the e1RM; it is answered there
    sets = d.sets or ((SetNumbers(a.single[0], 1, a.single[1]),) if a.single else ())
    if not sets:
        return None
    line = e1rm_line(replace(d, sets=sets), known, unit)
    epley = set_estimate(sets[0].load, sets[0].reps, None)
    if line and sets[0].rpe and "no_rpe" in a.wants and epley:
        line = f"{line} Without the RPE, Epley gives ≈ {fmt_number(round(epley, 1))} {unit}."
    return line


EACH = re.compile(r"\b(on|for|of) (both|each|all|them|those)\b|\bboth lifts\b")


def load_asked(d: Details, known: float | None, unit: Unit) -> str | None:
    """'e1RM 100, what for 3×8 leaving 2 in the tank?' and '5 reps, 2 left = what %?'"""
    a = d.asked
    target = d.target_rpe or a.rir_rpe
    if d.one_rm and d.target_reps and ("load" in a.wants or (not d.sets and target)):
        return rts_load_line(replace(d, sets=(), target_rpe=target), None, unit)
    later = _later_rpe(d)  # "150x3 @ 8.5 … what should 5x3 @ 8 be": the second RPE is the plan
    if d.sets and d.target_reps and (d.target_reps != d.sets[0].reps or later):
        target = target or later
        each = d.sets[:3] if EACH.search(d.text) else d.sets[:1]  # "…3x10 @ 2 RIR on both?"
        tops = [set_estimate(s.load, s.reps, s.rpe) for s in each]
        shown = [
            rts_load_line(replace(d, sets=(), one_rm=round(top, 1), target_rpe=target), None, unit)
            for top in dict.fromkeys(tops)
            if top is not None
        ]
        if shown:
            return "\n".join(line for line in shown if line)
    plain = not d.program and "block" not in d.text and d.asked.week is None
    if d.one_rm and "load" in a.wants and d.wants in ("strength", "hypertrophy") and plain:
        low, high = (0.8, 1.0) if d.wants == "strength" else (0.6, 0.8)
        reps = "1–5" if d.wants == "strength" else "6–15"
        band = f"{plates(d.one_rm * low, unit)}–{plates(d.one_rm * high, unit)}"
        return f"From a 1RM of {fmt_number(d.one_rm)} {unit}: {band} for {reps} reps."
    if known and d.target_reps and target and not d.sets and not d.one_rm:
        return rts_load_line(replace(d, target_rpe=target), known, unit)  # "3x10 @ 2 RIR, weight?"
    said = d.target_reps or a.reps
    if target and said and not d.sets and not a.single and "percent" in a.wants:
        return rts_load_line(replace(d, target_rpe=target, target_reps=said), None, unit)
    stated = d.percent is not None  # "is 80% for 8 a strength set?" states the %, not asks it
    if said and not target and not d.sets and not d.one_rm and not stated and "percent" in a.wants:
        return _percent_of_reps(said)
    return None


def _percent_of_reps(reps: int) -> str | None:
    """'What % is a set of 5?' with no effort said: at failure, and with 2 reps left."""
    try:
        limit, working = rts_percent(reps, 10.0), rts_percent(reps, DEFAULT_RPE)
    except ValueError:
        return None
    return (
        f"A set of {reps} to failure (your {reps}RM) ≈ {limit}% of your 1RM; stopped with 2 reps"
        f" left (RPE 8) ≈ {working}%."
    )


def _later_rpe(d: Details) -> float | None:
    """An RPE stated after the set's own one, when the set has one."""
    if not d.sets or d.sets[0].rpe is None:
        return None
    values = [float(m.group("n")) for m in RPE_WORD.finditer(d.text)]
    if values and values[0] != d.sets[0].rpe:  # the set's RPE came from words ("to failure")
        values = [d.sets[0].rpe, *values]
    return values[1] if len(values) >= 2 and 5 <= values[1] <= 10 else None


def weeks_531(d: Details, known: float | None, unit: Unit) -> str | None:
    """The 5/3/1 weeks from a stated TM (or 90% of a stated 1RM), with their rep schemes."""
    if d.program != "531" or "weeks" not in d.asked.wants:
        return None
    tms = d.asked.training_maxes
    tm = tms[0][1] if tms else (d.one_rm * TM_FACTOR if d.one_rm else None)
    if tm is None:
        return None
    weeks = weeks_of_531(tm, unit, d.asked.weeks)
    return f"TM {fmt_number(tm)} {unit} → {weeks}.{_bbb(d, tm, unit)}"


BBB = re.compile(r"\b(bbb|boring but big)\b")


def _bbb(d: Details, tm: float, unit: Unit) -> str:
    """Boring But Big's 5×10 at the asker's 50–60% of the TM (50% when none is said)."""
    if not BBB.search(d.text):
        return ""
    pct = d.percent if d.percent is not None and 50 <= d.percent <= 60 else 50.0
    return f" BBB 5×10 at {fmt_number(pct)}% of the TM → {plates(tm * pct / 100, unit)}."


def block_week(d: Details, known: float | None, unit: Unit) -> str | None:
    """'week 2 of the strength block, e1rm 155?': that week's loads from the stated e1RM."""
    named = "strength block" in d.text or (d.wants == "strength" and "load" in d.asked.wants)
    if not named or d.program or d.asked.week is None or not (d.one_rm or known):
        return None  # the week may come from an earlier part ("week 2 of the block … weight?")
    return strength_block_line(d, known, unit)


def set_tm(d: Details, known: float | None, unit: Unit) -> str | None:
    """'what's a TM and how do I set it, squat 1RM 160': the TM from the stated max."""
    if "set_tm" not in d.asked.wants or d.asked.training_maxes:
        return None
    return tm_line(d, known, unit)


def five31_plus(d: Details, known: float | None, unit: Unit) -> str | None:
    if d.program != "531":
        return None
    return tm_test_line(d, known, unit) or plus_set_line(d, known, unit)


def series(d: Details, known: float | None, unit: Unit) -> str | None:
    """A listed e1RM series: the stall test when asked about a stall, else the median."""
    if len(d.asked.series) >= 4 and ("stall" in d.asked.wants or "deload" in d.asked.wants):
        return stall_test_line(d, known, unit)
    if two_bests(d.text):  # "115 vs 112 the 6 before: progress or noise?"
        return two_bests_line(d, known, unit)
    return median_line(d, known, unit)


def programme_rule(d: Details, known: float | None, unit: Unit) -> str | None:
    """Double progression, GZCLP stages, Juggernaut loads and deload weeks from stated numbers."""
    line = double_line(d, known, unit) or gzclp_stage_line(d, known, unit)
    if line is None and d.program == "juggernaut" and d.asked.got_reps is None:
        line = juggernaut_line(d, None, unit)
    if line is None and "deload" in d.asked.wants and d.asked.fails not in (1, 2):
        line = deload_line(d, known, unit)
    return line


def next_tm(d: Details, known: float | None, unit: Unit) -> str | None:
    """After a 5/3/1 cycle: +2.5 kg (5 lb) on upper-body TMs, +5 kg (10 lb) on lower."""
    if "next_tm" not in d.asked.wants or not d.asked.training_maxes:
        return None
    parts = []
    for lift, tm in d.asked.training_maxes:
        jump = STEP_UP[unit] * (1 if lift in UPPER else 2)
        parts.append(f"{lift or 'TM'} {fmt_number(tm)} → {fmt_number(tm + jump)} {unit}")
    return "Next cycle: " + ", ".join(parts) + "."


def five_rm_based(d: Details, known: float | None, unit: Unit) -> str | None:
    """Texas Method week and GZCLP T1 start from a stated 5RM."""
    five = d.asked.five_rm
    if d.program == "texas" and MONDAY.search(d.text):
        return texas_line(d, known, unit)
    if five is None:
        return None
    if d.program == "texas":
        return texas_line(replace(d, load=five, sets=()), known, unit)
    if d.program == "gzclp":
        return f"T1 start: 5×3 at about 85% of your 5RM → {plates(five * GZCLP_T1, unit)}."
    return None


def amrap_progress(d: Details, known: float | None, unit: Unit) -> str | None:
    """Juggernaut working-max change and the GreySkull double jump."""
    a = d.asked
    lower = d.lift in ("squat", "deadlift")
    standard = a.standard or (a.wave if a.wave in (10, 8, 5, 3) else None)
    if d.program == "juggernaut" and standard is not None and a.got_reps is not None:
        over = a.got_reps - standard
        per = 5.0 if lower else 2.5
        wm = a.working_max
        sign = "+" if over >= 0 else "−"
        change = f"{sign}{abs(over * per):g}"
        new = (
            f" → {fmt_number(wm)} {sign} {abs(over * per):g} = {fmt_number(wm + over * per)} lb"
            if wm
            else ""
        )
        return (
            f"{a.got_reps} reps vs the {standard}s wave's standard of {standard}: ({over:+d}) ×"
            f" {fmt_number(per)} lb → working max {change} lb{new}."
        )
    if d.program == "greyskull" and a.got_reps is not None and d.load and a.got_reps < 5:
        reset = plates(d.load * 0.9, unit, "down")
        return (
            f"AMRAP {a.got_reps} at {fmt_number(d.load)} {unit} is under 5: a failed session."
            f" GreySkull's rule: next session at 90% → {reset} (Spotter's own plans repeat the"
            " weight twice first and reset on the third miss)."
        )
    if d.program == "greyskull" and a.got_reps is not None and d.load:
        step = lp_step(d.lift, unit, d.text)[0] or STEP_UP[unit] * (2 if lower else 1)
        jump = step * (2 if a.got_reps >= 10 else 1)
        kind = "double jump" if a.got_reps >= 10 else "normal jump"
        after = fmt_number(d.load + jump)
        return f"{a.got_reps} reps at {fmt_number(d.load)} {unit}: {kind} → {after} {unit}."
    return None


LINEAR = frozenset({"ss", "stronglifts", "greyskull"})


def lp_next(d: Details, known: float | None, unit: Unit) -> str | None:
    """A linear programme's next load: after every rep made, or after the counted misses."""
    a = d.asked
    linear = d.program in LINEAR or LP_WORDS.search(d.text)
    if not linear or d.load is None or d.program == "greyskull":
        return None
    if a.missed and a.fails:  # "missed at 105 (first miss)": repeat, halve, then reset
        return reset_line(d, known, unit)
    if not a.done or a.missed:
        return None
    return lp_success_line(d.load, d.lift, unit, d.text)


def layoff(d: Details, known: float | None, unit: Unit) -> str | None:
    """Re-entry at 80% of the old e1RM (from the old set when one is given)."""
    if "layoff" in d.asked.wants and (listed := layoff_line(d.text, unit)):
        return listed
    from_set = set_estimate(d.sets[0].load, d.sets[0].reps, d.sets[0].rpe) if d.sets else None
    old = (round(from_set, 1) if from_set else None) or d.asked.old_load or d.one_rm or known
    if "layoff" not in d.asked.wants or old is None or (d.program and not weeks_off(d.text)):
        return None
    head = f"an e1RM of {fmt_number(old)}" if from_set else fmt_number(old)
    return f"Re-entry week at about 80% of {head} {unit} → {plates(old * REENTRY, unit)}."


def protein(d: Details, known: float | None, unit: Unit) -> str | None:
    if "protein" not in d.asked.wants or d.bodyweight is None:
        return None
    return daily_protein(d.bodyweight, unit)


def weekly_sets(d: Details, known: float | None, unit: Unit) -> str | None:
    """'Is 30 sets too much?', 'is 8 enough?': the number against the 10–20 range."""
    n = d.asked.weekly_sets
    if n is None:
        return None
    if rule := block_sets_line(d, known, unit):
        return rule
    low, high = SETS_RANGE
    if n < low:
        return f"{n} sets a week is below the 10–20 range: add 1–2 sets a week towards it."
    if n > high:
        return (
            f"{n} sets a week is above the 10–20 range, where returns shrink: keep it only while"
            " performance holds and soreness clears by the next session, else deload and come"
            " back nearer 20."
        )
    return f"{n} sets a week is inside the 10–20 range."


ZONES = {"strength": (80, 100, "1–5 reps"), "hypertrophy": (60, 80, "6–15 reps")}


def percent_zone(d: Details, known: float | None, unit: Unit) -> str | None:
    """'Is 70% enough for strength?': the stated % against the goal's range."""
    if d.percent is None or d.wants not in ZONES or d.one_rm or d.load or d.sets or d.program:
        return None
    low, high, reps = ZONES[d.wants]
    goal = "strength" if d.wants == "strength" else "size"
    where = "below" if d.percent < low else "above" if d.percent > high else "inside"
    return f"{fmt_number(d.percent)}% is {where} the {low}–{high}% range for {goal} work ({reps})."


ASKED: dict[str, Asked] = {
    "e1rm": e1rm_asked,
    "rts_load": load_asked,
    "plus_set": five31_plus,
    "set_tm": set_tm,
    "tm_weeks": weeks_531,
    "block_week": block_week,
    "series": series,
    "rule": programme_rule,
    "tm_next": next_tm,
    "texas": five_rm_based,
    "amrap": amrap_progress,
    "lp_next": lp_next,
    "layoff": layoff,
    "protein": protein,
    "sets": weekly_sets,
    "zone": percent_zone,
}


def verdict(d: Details, known: float | None, unit: Unit) -> str | None:
    """A stall or fatigue verdict from listed numbers; when there is one it is the answer."""
    advanced = "advanced" in d.text or (d.months or 0) >= 24
    return fatigue_line(d.text, unit) or block_stall_line(d.text, d.one_rm or known, advanced, unit)


def asked_lines(d: Details, known: float | None, unit: Unit) -> list[str]:
    """The figures the question asks for (at most two)."""
    if line := verdict(d, known, unit):
        return [line]
    lines = (calc(d, known, unit) for calc in ASKED.values())
    return [line for line in lines if line][:2]


def add_asked(lines: list[str], numbers: str | None, asked: list[str]) -> None:
    """Append the asked figures; one that extends the card's own line replaces it."""
    for line in asked:
        if numbers and (line.startswith(numbers) or _same_figure(line, numbers)):
            lines[lines.index(numbers)] = line
        elif line not in lines and not (numbers and _figures(line) <= _figures(numbers)):
            lines.append(line)  # skipped when the card's own line already has every figure


def _same_figure(line: str, numbers: str) -> bool:
    """'3 reps @ RPE 8 = 86.3% → 110 kg' carries on the card's '3 reps @ RPE 8 = 86.3% of …'."""
    head = line.split(" → ")[0]
    return "%" in head and head != line and numbers.startswith(f"{head} of your 1RM")


def _figures(line: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", line))
