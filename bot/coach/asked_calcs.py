"""Calculators the question itself asks for, run whatever card answers it (COACHING Parts 2–4).

`calculators.calculate` runs the card's own calculator; these add the figure the asker wanted
when another card was the better explanation ("single at 130 @9 — true max?" on the RTS card,
"week 3 with a 200 lb TM" on the training-max card).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.coach.asked_plan import autoreg, block_week, convert, layoff
from bot.coach.asked_words import WANTS
from bot.coach.body_numbers import daily_protein
from bot.coach.calculators import (
    MONDAY,
    e1rm_line,
    reset_line,
    rts_load_line,
    texas_line,
)
from bot.coach.check_calcs import tm_test_line
from bot.coach.effort_calcs import percent_of_reps, schemes, what_if_line
from bot.coach.extract import Details, SetNumbers
from bot.coach.figure_calcs import (
    STEP_UP,
    amrap_progress,
    formulas_line,
    gzclp_t2,
    planned_from_set,
    plates_per_side,
    rep_max_from_max,
    split_for_days,
    tm_each,
)
from bot.coach.loads import TM_FACTOR, TM_FOREVER, plates, set_estimate
from bot.coach.range_calcs import percent_zone, set_fit, weekly_sets
from bot.coach.rule_calcs import (
    deload_line,
    double_line,
    gzclp_stage_line,
    juggernaut_line,
    plus_set_line,
    weeks_of_531,
)
from bot.coach.scheme_calcs import each_max_line
from bot.coach.series_calcs import median_line, stall_test_line, two_bests_line
from bot.coach.session_calcs import change_line, creep_calc
from bot.coach.size_calcs import exercise_stall_line, regression_line
from bot.coach.stall_calcs import (
    LP_WORDS,
    block_miss_line,
    block_stall_line,
    fatigue_line,
    lp_lifts_line,
    lp_success_line,
    window_stall_line,
)
from bot.coach.tm_calcs import FIVE_BACK, five_back_line, tm_line
from bot.coach.vocabulary import RPE as RPE_WORD
from bot.coach.work_calcs import session_e1rm
from bot.units import Unit, fmt_number

UPPER = frozenset({"bench", "press", "bench_press", "overhead_press"})
GZCLP_T1 = 0.85
Asked = Callable[[Details, float | None, Unit], str | None]


def e1rm_asked(d: Details, known: float | None, unit: Unit) -> str | None:
    """'single at 130 felt like 9, true max?', '100x5 @8, e1rm? and without the rpe?'"""
    a = d.asked
    if "e1rm" not in a.wants or ("load" in a.wants and d.one_rm):
        return None
    sets = d.sets or ((SetNumbers(a.single[0], 1, a.single[1]),) if a.single else ())
    if not sets:
        return None
    guess = a.what_if_rpe if sets[0].rpe is None else None
    if d.text and not WANTS["e1rm"].search(d.text):  # the e1RM is answered where it is asked
        return what_if_line(sets[0], guess, unit) if guess else None  # "…what if it was @9?"
    line = e1rm_line(replace(d, sets=sets), known, unit)
    epley = set_estimate(sets[0].load, sets[0].reps, None)
    if line and sets[0].rpe and "no_rpe" in a.wants and epley and len(sets) == 1:
        line = f"{line} Without the RPE, Epley gives ≈ {fmt_number(round(epley, 1))} {unit}."
    if line and guess and (what_if := what_if_line(sets[0], guess, unit)):
        line = what_if if sets[0].reps == 1 else f"{line}\n{what_if}"  # a single: Epley = load
    return line


EACH = re.compile(r"\b(on|for|of) (both|each|all|them|those)\b|\bboth lifts\b")


def load_asked(d: Details, known: float | None, unit: Unit) -> str | None:
    """'e1RM 100, what for 3×8 leaving 2 in the tank?' and '5 reps, 2 left = what %?'"""
    a = d.asked
    target = d.target_rpe or a.rir_rpe
    if not _load_is_asked(d, target):
        return None
    if two_lifts := each_max_line(d, unit):
        return two_lifts  # each scheme from its own lift's max
    if early := _planned_load(d, target, unit):
        return early
    later = _later_rpe(d)  # "150x3 @ 8.5 … what should 5x3 @ 8 be": the second RPE is the plan
    done = any((s.reps, s.rpe) == (d.target_reps, d.target_rpe) for s in d.sets)  # "a single @ 10"
    if d.sets and d.target_reps and not done and (d.target_reps != d.sets[0].reps or later):
        target = target or later
        each = d.sets[:3] if EACH.search(d.text) else d.sets[:1]  # "…3x10 @ 2 RIR on both?"
        session = session_e1rm(d)  # a top set and back-offs: the session's best set
        tops = [session] if session else [set_estimate(s.load, s.reps, s.rpe) for s in each]
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
        return percent_of_reps(said)
    return None


def _load_is_asked(d: Details, target: float | None) -> bool:
    """Not another rule's load: a programme's own sets ("GZCLP 5x3"), the autoregulation of a
    set off its target ("target @7, it was a 10"), a stated % ("a 90% single"). A set that plans
    another ("200 single @9, what would 3 reps @8 be?") is worked from that set's e1RM."""
    if target is None and (d.program or d.percent is not None):
        return False
    other = bool(d.sets and d.target_reps and d.target_reps != d.sets[0].reps)
    return not (target and d.felt_rpe and d.felt_rpe != target and not other)


def _planned_load(d: Details, target: float | None, unit: Unit) -> str | None:
    """'405x3 @9 … 5s at 8?' from the set's e1RM; 'e1RM 100: 3x8 and 3x10 at 2 RIR' each."""
    if d.asked.planned and d.sets and d.sets[0].rpe:
        reps, rpe = d.asked.planned
        top = set_estimate(d.sets[0].load, d.sets[0].reps, d.sets[0].rpe)
        if top and 5 <= rpe <= 10:
            step = replace(d, sets=(), one_rm=round(top, 1), target_rpe=rpe, target_reps=reps)
            return rts_load_line(step, None, unit)
    if d.one_rm and d.target_reps and ("load" in d.asked.wants or (not d.sets and target)):
        base = replace(d, sets=(), target_rpe=target)
        found = [
            rts_load_line(replace(base, target_reps=r), None, unit)
            for r in schemes(d.text, d.target_reps)
        ]
        return "\n".join(line for line in found if line) or None
    return None


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
    a = d.asked
    deload = "deload" in a.wants and not a.missed
    if d.program != "531" or not ("weeks" in a.wants or a.weeks or deload):
        return None
    tm = _tm_of(d)
    if tm is None:
        return None
    weeks = weeks_of_531(tm, unit, a.weeks + ((4,) if deload and 4 not in a.weeks else ()))
    return f"TM {fmt_number(tm)} {unit} → {weeks}.{_bbb(d, tm, unit)}"


def _tm_of(d: Details) -> float | None:
    """The stated TM, else 90% (Forever: 85%) of the stated 1RM or of the set's e1RM."""
    tms = d.asked.training_maxes
    if tms:
        return tms[0][1]
    from_set = set_estimate(d.sets[0].load, d.sets[0].reps, d.sets[0].rpe) if d.sets else None
    top = d.one_rm or from_set
    return round(top * (TM_FOREVER if d.asked.forever else TM_FACTOR), 1) if top else None


BBB = re.compile(r"\b(bbb|boring but big)\b")


def _bbb(d: Details, tm: float, unit: Unit) -> str:
    """Boring But Big's 5×10 at the asker's 50–60% of the TM (50% when none is said)."""
    if not BBB.search(d.text):
        return ""
    pct = d.percent if d.percent is not None and 50 <= d.percent <= 60 else 50.0
    return f" BBB 5×10 at {fmt_number(pct)}% of the TM → {plates(tm * pct / 100, unit)}."


def set_tm(d: Details, known: float | None, unit: Unit) -> str | None:
    """'what's a TM and how do I set it, squat 1RM 160': the TM from the stated max."""
    if "set_tm" not in d.asked.wants or d.asked.training_maxes:
        return None
    return tm_line(d, known, unit)


def five31_plus(d: Details, known: float | None, unit: Unit) -> str | None:
    if d.program != "531":
        return five_back_line(d, known, unit)  # "5 forward 3 back" names the programme itself
    return (
        five_back_line(d, known, unit)
        or tm_test_line(d, known, unit)
        or plus_set_line(d, known, unit)
    )


def series(d: Details, known: float | None, unit: Unit) -> str | None:
    """A listed e1RM series: the stall test when asked about a stall, else the median."""
    if len(d.asked.series) >= 4 and ("stall" in d.asked.wants or "deload" in d.asked.wants):
        return stall_test_line(d, known, unit)
    # "115 vs 112 the 6 before: progress or noise?"
    return (
        two_bests_line(d, known, unit)
        or change_line(d.text, unit)  # "e1rm went 142 to 139"
        or median_line(d, known, unit)
    )


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
    if "next_tm" not in d.asked.wants or d.asked.missed or d.asked.got_reps is not None:
        return None  # a "+" set's reps decide first: the plus-set line says keep or cut
    if FIVE_BACK.search(d.text):
        return None  # "5 forward, 3 back": the saw-tooth line gives the new TM
    tms = d.asked.training_maxes
    if not tms and d.program == "531" and (derived := _tm_of(d)):
        tms = ((d.lift, derived),)  # "1RM 200, TM and next cycle's?": from the TM worked out
    if not tms:
        return None
    parts = []
    for lift, tm in tms:
        jump = STEP_UP[unit] * (1 if lift in UPPER else 2)
        name = (lift or "TM").replace("_", " ")
        parts.append(f"{name} {fmt_number(tm)} → {fmt_number(tm + jump)} {unit}")
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
        each = [
            f"{lift} {plates(float(n) * GZCLP_T1, unit)}" for lift, n in LIFT_5RM.findall(d.text)
        ]
        starts = ", ".join(each) if len(each) > 1 else plates(five * GZCLP_T1, unit)
        return f"T1 start: 5×3 at about 85% of your 5RM → {starts}."
    return None


LIFT_5RM = re.compile(
    r"\b(squat|bench|deadlift|ohp|press)\w* 5 ?rm (?:is |of |was |at )?(\d+(?:\.\d+)?)"
)


LINEAR = frozenset({"ss", "stronglifts", "greyskull"})


def lp_next(d: Details, known: float | None, unit: Unit) -> str | None:
    """A linear programme's next load: after every rep made, or after the counted misses."""
    a = d.asked
    linear = d.program in LINEAR or LP_WORDS.search(d.text) or (d.beginner and not d.program)
    if not linear or d.load is None or d.program == "greyskull":
        return None
    if a.missed and a.fails:  # "missed at 105 (first miss)": repeat, halve, then reset
        return reset_line(d, known, unit)
    if not a.done or a.missed:
        return None
    return lp_lifts_line(unit, d.text) or lp_success_line(d.load, d.lift, unit, d.text)


def protein(d: Details, known: float | None, unit: Unit) -> str | None:
    if "protein" not in d.asked.wants or d.bodyweight is None:
        return None
    return daily_protein(d.bodyweight, unit)


ASKED: dict[str, Asked] = {
    "formulas": formulas_line,
    "e1rm": e1rm_asked,
    "convert": convert,
    "autoreg": autoreg,
    "planned": planned_from_set,
    "rts_load": load_asked,
    "plus_set": five31_plus,
    "set_tm": set_tm,
    "tm_weeks": weeks_531,
    "tm_each": tm_each,
    "block_week": block_week,
    "series": series,
    "creep": creep_calc,  # "same 120x5, rpe went 7 → 7.5 → 8": any card, the card choice unswayed
    "rule": programme_rule,
    "tm_next": next_tm,
    "texas": five_rm_based,
    "plates": plates_per_side,
    "gzclp_t2": gzclp_t2,
    "rep_max": rep_max_from_max,
    "amrap": amrap_progress,
    "lp_next": lp_next,
    "layoff": layoff,
    "protein": protein,
    "sets": weekly_sets,
    "split": split_for_days,
    "zone": percent_zone,
    "set_fit": set_fit,
}


def verdict(d: Details, known: float | None, unit: Unit) -> str | None:
    """A stall or fatigue verdict from listed numbers; when there is one it is the answer."""
    advanced = "advanced" in d.text or (d.months or 0) >= 24
    return (
        fatigue_line(d.text, unit)
        or regression_line(d.text)
        or window_stall_line(d.text, advanced, unit)
        or block_stall_line(d.text, d.one_rm or known, advanced, unit)
        or block_miss_line(d.text, d.asked.missed, d.asked.fails)
        or exercise_stall_line(d.text)
    )


def asked_lines(d: Details, known: float | None, unit: Unit, shown: str | None = None) -> list[str]:
    """The figures the question asks for (at most two besides what the card's own line,
    `shown`, already says)."""
    if line := verdict(d, known, unit):
        return [line]
    found = {name: line for name, calc in ASKED.items() if (line := calc(d, known, unit))}
    said = _figures(shown) if shown else set()
    fresh = [line for line in found.values() if not (said and _figures(line) <= said)]
    chosen = _widest(fresh)[:2]
    after = found.get("tm_next") if WANTS["next_tm"].search(d.text) else None
    for extra in (after, found.get("tm_each")):  # next cycle's TM, the other lifts' TMs
        if extra and extra not in chosen:
            chosen.append(extra)  # asked for in this part: not crowded out
    return chosen


def _widest(lines: list[str]) -> list[str]:
    """Lines less those whose every figure another line already carries ("TM 93.9" inside
    "TM 93.9 → week 1 …"), so the cap of two keeps the fuller figures."""
    return [
        line
        for i, line in enumerate(lines)
        if not any(
            j != i and _figures(line) < _figures(other)  # a strict subset only: equals stay
            for j, other in enumerate(lines)
        )
    ]


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
