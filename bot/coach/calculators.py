"""Number answers from the question's own numbers (or the lifter's log): COACHING.md Parts 2–4.

Each calculator returns one short line, or None when the numbers it needs are missing. Loads are
shown in the question's unit (else the lifter's) and rounded to plates: 2.5 kg or 5 lb; resets
round down.
"""

from __future__ import annotations

import re

from bot.coach.check_calcs import gzclp_t3_line, tm_test_line, working_floor_line
from bot.coach.extract import Details, SetNumbers
from bot.coach.loads import (
    STRENGTH_BLOCK,
    Calculator,
    plate_load,
    plates,
    set_estimate,
)
from bot.coach.prog_situation import (
    fatigue_count_line,
    lp_verdict_line,
    meet_blocks_line,
    meet_plan_line,
)
from bot.coach.rule_calcs import (
    block_sets_line,
    deload_line,
    double_line,
    gzclp_stage_line,
    juggernaut_line,
    surplus_line,
    tm_deload_line,
)
from bot.coach.scheme_calcs import each_max_line, scheme_loads_line
from bot.coach.series_calcs import median_line, stall_test_line
from bot.coach.session_calcs import ACROSS_SESSIONS, each_set_line, rpe_list
from bot.coach.stall_calcs import BLOCK_WORDS, halved_jump
from bot.coach.tm_calcs import plus_or_max_line, tm_line, tm_reset_line, tm_weeks_line
from bot.coach.warmup_calcs import warmup_line
from bot.coach.work_calcs import (
    distinct_sets,
    goal_gap,
    plan_load,
    session_e1rm,
    session_line,
    working_e1rm,
    working_line,
)
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_number

RESET_FACTOR = 0.90
AUTOREG_PER_RPE = 0.04
AUTOREG_CAP = 0.10
COMPARE = re.compile(r"\b(which|better|higher|bigger|compare\w*|vs|versus|or)\b")
_PLAN = r"(?:planned|programmed|going to do|supposed to do)"
# "I had 4x5 at 140 planned", "planned 3x5 at 100": sets still to do, not done
PLANNED = re.compile(
    r"\b\d{1,2} ?x ?\d{1,2} (?:at |@ ?)\d{2,4}(?:\.\d+)? ?(?:kg |lb )?"
    + _PLAN
    + r"|\b"
    + _PLAN
    + r" (?:\w+ ){0,2}?\d{1,2} ?x ?\d{1,2}\b"
)
OTHER_DAY = re.compile(r"\b((mon|tues|wednes|thurs|fri|satur|sun)days?|yesterday|last time)\b")
TODAY = re.compile(r"\b(today'?s?|session'?s?|workout|for the day)\b")
DEFAULT_RPE = 8.0  # a working set with no RPE named: 2 reps in reserve


SET_COUNT = re.compile(r"\b[2-9] ?(?:x ?\d|sets?\b)")  # "3 sets of 5", "3x5": several sets


def e1rm_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    single = d.asked.single  # "180 single @ 9.5"
    sets = d.sets or ((SetNumbers(single[0], 1, single[1]),) if single else ())
    if not sets:
        return None
    if sets[0].rpe is None and PLANNED.search(d.text):
        return None  # "I had 4x5 at 140 planned": sets still to do give no estimate
    if sets[0].warmup:
        return (
            "A warm-up set is no working set: it never feeds your e1RM (and one that easy would"
            " be under RPE 6.5 anyway)."
        )
    rpes = rpe_list(d.text) if len(sets) == 1 else []
    rising = rpes == sorted(rpes) and not ACROSS_SESSIONS.search(d.text)  # one session's sets
    if len(rpes) >= 2 and sets[0].rpe in (None, rpes[0]) and rising and SET_COUNT.search(d.text):
        return each_set_line(sets[0], rpes, unit)  # "3 sets of 5 at 120, rpe went 7, 7.5, 8.5"
    lines = [_one_estimate(s, unit) for s in distinct_sets(sets)[:3]]
    values = [(set_estimate(s.load, s.reps, s.rpe), s) for s in distinct_sets(sets)[:3]]
    rated = [(v, s) for v, s in values if v is not None]
    if len(rated) >= 2 and len({(s.load, s.reps) for _, s in rated}) == 1:  # one set, RPEs each
        top = fmt_number(round(max(v for v, _ in rated), 1))
        lines.append(
            f"The session's e1RM is its best set's: ≈ {top}{'' if d.unit is None else ' ' + unit}."
        )
    elif len(rated) >= 2 and (COMPARE.search(d.text) or TODAY.search(d.text)):
        value, best = max(rated, key=lambda pair: pair[0])
        lines.append(_best_line(value, best, d, unit))
    if more := working_line(d, unit) or session_line(d, unit):
        lines.append(more)  # the median of three sessions, or one session's best set
    return "\n".join(lines)


def _best_line(value: float, best: SetNumbers, d: Details, unit: Unit) -> str:
    """Two sets of one session: the day's e1RM is the better estimate, not the heavier load."""
    line = f"The higher estimate is from {_shown(best, unit)}"
    if ACROSS_SESSIONS.search(d.text) or OTHER_DAY.search(d.text) or not TODAY.search(d.text):
        return line + "."
    return (
        f"{line}, so today's session e1RM is ≈ {fmt_number(round(value, 1))} {unit}: the set that"
        " estimates highest counts, not the heaviest load."
    )


def _shown(s: SetNumbers, unit: Unit) -> str:
    rpe = f" @ RPE {fmt_number(s.rpe)}" if s.rpe else ""
    return f"{fmt_number(s.load)} {unit} × {s.reps}{rpe}"


def _one_estimate(s: SetNumbers, unit: Unit) -> str:
    value = set_estimate(s.load, s.reps, s.rpe)
    shown = _shown(s, unit)
    if value is None:
        return f"{shown}: {_why_not(s)}"
    if s.rpe is None:
        return (
            f"Your set {shown} → e1RM ≈ {fmt_number(round(value, 1))} {unit} (Epley, no RPE logged:"
            " it assumes no reps were left, so if you had some in reserve this is on the low side)."
        )
    if s.reps == 1 and s.rpe >= 10:
        return f"A true single at RPE 10 is your max itself: e1RM = {fmt_number(s.load)} {unit}."
    pct = rts_percent(s.reps, s.rpe)
    return f"Your set {shown} → e1RM ≈ {fmt_number(round(value, 1))} {unit} (RTS chart, {pct}%)."


def _why_not(s: SetNumbers) -> str:
    if s.rpe is not None and s.rpe < 6.5:
        return (
            "too easy to estimate a max from: sets easier than RPE 6.5 don't feed an e1RM"
            " (reps-left guesses that far from failure"
            " are off by two or more); it still counts as volume."
        )
    limit = (
        "12 reps with an RPE logged"
        if s.rpe is not None
        else "10 reps without an RPE (log one and up to 12 work)"
    )
    return (
        f"too many reps to estimate a max from reliably. Estimates are used up to {limit};"
        " past that the formulas spread apart. The set still counts for your volume."
        " For a number, use a heavier set of about 3–8 reps, ideally with its RPE."
    )


REPS_AT_RPE = re.compile(r"\b(?P<reps>\d{1,2}) reps? rpe (?P<rpe>\d+(?:\.5)?)\b(?!\.\d)")


def compare_percent_line(d: Details) -> str | None:
    """'5 @ 10 vs 8 @ 7, which is heavier?': each set's %1RM off the RTS chart, and the heavier."""
    pairs = [(int(m["reps"]), float(m["rpe"])) for m in REPS_AT_RPE.finditer(d.text)]
    if d.sets or len(pairs) < 2 or not COMPARE.search(d.text):
        return None
    try:
        pcts = [rts_percent(reps, rpe) for reps, rpe in pairs[:3]]
    except ValueError:
        return None
    said = [
        f"{r} reps @ RPE {fmt_number(p)} = {pct}%" for (r, p), pct in zip(pairs, pcts, strict=False)
    ]
    top = pcts.index(max(pcts))
    heavier = f"{pairs[top][0]} @ RPE {fmt_number(pairs[top][1])}"
    return f"{'; '.join(said)} of your 1RM — {heavier} is the heavier set."


def rts_load_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    if compared := (
        each_max_line(d, unit) or compare_percent_line(d) or scheme_loads_line(d, known_max, unit)
    ):
        return compared
    reps = d.target_reps or (d.sets[0].reps if d.sets else None)
    stated = d.target_rpe or d.asked.rir_rpe or (d.sets[0].rpe if d.sets else None)
    rpe = stated or DEFAULT_RPE
    top = d.one_rm or known_max
    if top is None and (work := working_e1rm(d, planning=True) or session_e1rm(d)):
        return plan_load(d, work, unit)  # three sessions' median, or one session's best set
    if reps is None:
        return None
    try:
        pct = rts_percent(reps, round(rpe * 2) / 2)
    except ValueError:
        return None
    said = f"{reps} rep{'s' if reps != 1 else ''} @ RPE {fmt_number(rpe)}"
    if top is None:
        if not stated or (d.sets and d.target_reps and d.target_reps != d.sets[0].reps):
            return None  # a load from the set's own e1RM is the asked line's
        left = round(10 - rpe, 1)
        like = (
            f" (like {fmt_number(reps + left)} reps to failure: {reps} done +"
            f" {fmt_number(left)} in reserve)"
            if left
            else ""
        )
        return f"{said} = {pct}% of your 1RM{like}."
    load = plates(top * pct / 100, unit, kind=d.asked.equipment)  # a dumbbell load in 2 kg steps
    assumed = "" if stated else " (RPE 8 assumed: 2 reps in reserve)"
    shown = f"{said} = {pct}%"
    return f"{shown} → {fmt_number(top)} × {pct}% ≈ {load}{assumed}."


def percent_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """A % of the max; with only a set given ("315x3 @8.5, a 90% single?"), of its e1RM."""
    s = d.sets[0] if d.sets and not d.one_rm else None
    est = set_estimate(s.load, s.reps, s.rpe) if s and s.rpe and s.reps > 1 else None
    top = est or d.one_rm or d.load or known_max
    if d.percent is None or not 20 <= d.percent <= 110:
        return None
    if top is None:
        return _percent_effort(d.percent, d.target_reps)  # "is 80% for 5 a hard set?"
    load = plates(top * d.percent / 100, unit)
    of = f"your e1RM of {fmt_number(round(top, 1))}" if est else fmt_number(top)
    return f"{fmt_number(d.percent)}% of {of} {unit} ≈ {load}."


def _percent_effort(pct: float, reps: int | None) -> str | None:
    """How hard N reps at a %1RM are: the RTS chart's RPE whose % for those reps is nearest."""
    if reps is None or not 1 <= reps <= 12:
        return None
    chart = [(rpe, rts_percent(reps, rpe)) for rpe in (6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0)]
    rpe, near = min(chart, key=lambda pair: abs(pair[1] - pct))
    if abs(near - pct) > 3:
        return None  # under RPE 6.5 or past failure: the chart says nothing useful
    kind = "submaximal, not a grinder" if rpe < 9 else "a hard set"
    return (
        f"{reps} reps at {fmt_number(pct)}% ≈ RPE {fmt_number(rpe)} on the RTS chart ({reps} @"
        f" {fmt_number(rpe)} = {near}%): about {fmt_number(10 - rpe)} reps in reserve, {kind}."
    )


def autoreg_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    load, target = d.load, d.target_rpe
    felt = d.felt_rpe or (d.sets[0].rpe if d.sets else None)
    set_rpe = d.sets[0].rpe if d.sets else None
    if target is None and d.felt_rpe and set_rpe and set_rpe != d.felt_rpe:
        target = set_rpe  # "programmed 150 for 3 @8 but it felt like 9.5": the 8 is the plan
    if load is None or felt is None or target is None or felt == target:
        return None  # on target ("what if it was RPE 9?") is not an adjustment
    next_load, change, capped = _adjusted(load, felt, target, unit)
    line = (
        f"{fmt_number(load)} {unit} at RPE {fmt_number(felt)} vs target {fmt_number(target)}"
        f" → about {next_load} for the next sets ({change}: 4% per RPE point{capped})."
    )
    other = d.asked.what_if_rpe  # "…and if it had been a 9?": that case worked too
    if other is not None and other not in (felt, target) and 5 <= other <= 10:
        other_load, other_change, _ = _adjusted(load, other, target, unit)
        line += f" Had it been RPE {fmt_number(other)}: about {other_load} ({other_change})."
    return line


def _adjusted(load: float, felt: float, target: float, unit: Unit) -> tuple[str, str, str]:
    """COACHING 4.6 step 4: the next sets' load, its % change and the 10% cap's note."""
    raw = -AUTOREG_PER_RPE * (felt - target)
    change = max(-AUTOREG_CAP, min(AUTOREG_CAP, raw))
    capped = " — capped at 10%, so no bigger change than that" if change != raw else ""
    pct = f"{'+' if change > 0 else '−'}{fmt_number(round(abs(change) * 100, 1))}%"
    return plates(load * (1 + change), unit), pct, capped


def reset_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Linear progression's failure rule (S1): repeat, repeat with half the jump, then reset."""
    if d.load is None or (d.asked.done and not d.asked.missed):
        return None  # a successful session: the next load comes from the asked figures
    if BLOCK_WORDS.search(d.text) and d.program is None:
        return None  # a strength-block miss is S2's stall, not the novice three-strike rule
    load = f"{fmt_number(d.load)} {unit}"
    reset = f"reset to 90% (rounded down) → {plates(d.load * RESET_FACTOR, unit, 'down')}"
    fails = d.asked.fails
    half = halved_jump(d.lift, unit, d.text)
    rebuild = f", then add {half} each successful session" if half else ", then build back up"
    if fails == 1:
        return (
            f"One failed session at {load}: repeat {load} next time — no reset, no deload yet."
            f" A second miss halves the jump; a third → {reset}."
        )
    if fails == 2:
        return (
            f"Second failed session in a row at {load}: repeat {load} and halve this lift's jump"
            f" (the halved jump stays, even after a reset). A third miss → {reset}{rebuild}."
        )
    if fails is not None and fails >= 3:
        return (
            f"Third failed session in a row at {load}: that's a stall — {reset}{rebuild}"
            " (the halved jump)."
        )
    return (
        f"At {load}: first miss → repeat it; second miss in a row → repeat it and halve the jump;"
        f" third in a row → {reset}."
    )


MONDAY = re.compile(
    r"\bmonday'?s? (?:5x5 |volume (?:day )?|sets? )?(?:is |was |at |of |= )?(?:at )?"
    r"(?P<n>\d{2,4}(?:\.\d+)?)(?!\.?\d| ?%)"
)


# "not sure if % is of 5rm or 1rm": which max the percentages are taken of
WHICH_MAX = re.compile(r"\b[15] ?rm (?:or|vs|versus) (?:the |my )?[15] ?rm\b")


def texas_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    if monday_said := MONDAY.search(d.text):  # "Monday's 5x5 is 120": Wednesday is 80% of it
        load = float(monday_said.group("n"))
        shown = f"{fmt_number(load)} {unit}"
        step = 2.5 if unit == "kg" else 5.0  # Friday: Monday's 5RM (Monday = 90% of it) + a step
        friday = plates(load / 0.9 + step, unit)
        return (
            f"Monday 5×5 at {shown} → Wednesday 2×5 ≈ {plates(load * 0.8, unit)} (80%); Friday a"
            f" new 5RM, about {fmt_number(step)} {unit} over the one Monday came from"
            f" ({fmt_number(load)} / 0.9 ≈ {fmt_number(load / 0.9)}) → about {friday} × 5."
        )
    five = d.asked.five_rm or d.load or (d.sets[0].load if d.sets else None)
    if five is None:
        return None
    monday = plate_load(five * 0.9, unit)  # as loaded: Wednesday is 80% of that
    friday = plates(five + (2.5 if unit == "kg" else 5.0), unit)
    of = " (90% of that 5RM, not of a 1RM)" if WHICH_MAX.search(d.text) else ""
    return (
        f"From a 5RM of {fmt_number(five)} {unit}: Monday 5×5 ≈ {plates(monday, unit)}{of}, "
        f"Wednesday 2×5 ≈ {plates(monday * 0.8, unit)} (80% of Monday's), Friday aim for"
        f" {friday} × 5."
    )


def strength_block_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Each week's loads of Spotter's strength block from an e1RM (only the week asked, if one);
    "170 x3 @9 today … S4 loads?" takes that set's e1RM."""
    rated = d.sets[0] if len(d.sets) == 1 and d.sets[0].rpe else None
    from_set = set_estimate(rated.load, rated.reps, rated.rpe) if rated else None
    top = d.one_rm or (round(from_set, 1) if from_set else None) or known_max
    if top is None:
        return None
    asked = [w for w in d.asked.weeks if w in (1, 2, 3, 4)]  # "wk1 … and wk3": both
    week = d.asked.week if d.asked.week in (1, 2, 3, 4) else None
    chosen = asked if len(asked) > 1 else [week] if week else [1, 2, 3, 4]
    weeks = "; ".join(
        f"week {w}: "
        + " plus ".join(
            f"{scheme} ({pct}%) → {plates(top * pct / 100, unit)}"
            for scheme, pct in STRENGTH_BLOCK[w - 1]
        )
        for w in chosen
    )
    test = (
        "; week 5: a test (up to a 1RM or 3RM @ RPE ≤ 9.5) or a deload" if len(chosen) == 4 else ""
    )
    gap = goal_gap(d, top, unit)  # "need 100 in 3 months, am I close?"
    return f"With an e1RM of {fmt_number(top)} {unit}: {weeks}{test}.{gap}"


CALCULATORS: dict[str, Calculator] = {
    "gzclp_t3": gzclp_t3_line,
    "working_floor": working_floor_line,
    "tm_test": tm_test_line,
    "e1rm": e1rm_line,
    "rts_load": rts_load_line,
    "percent": percent_line,
    "warmup": warmup_line,
    "autoreg": autoreg_line,
    "reset": reset_line,
    "tm": tm_line,
    "tm_weeks": tm_weeks_line,
    "tm_reset": tm_reset_line,
    "texas": texas_line,
    "sblock": strength_block_line,
    "plus_set": plus_or_max_line,
    "tm_deload": tm_deload_line,
    "juggernaut": juggernaut_line,
    "double": double_line,
    "deload": deload_line,
    "median": median_line,
    "stall_test": stall_test_line,
    "block_sets": block_sets_line,
    "gzclp_stage": gzclp_stage_line,
    "surplus": surplus_line,
    "lp_verdict": lp_verdict_line,
    "meet_blocks": meet_blocks_line,
    "meet_plan": meet_plan_line,
    "fatigue_count": fatigue_count_line,
}


def calculate(name: str | None, d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Run the card's calculator, if it has one and the numbers are there."""
    calc = CALCULATORS.get(name or "")
    return calc(d, known_max, unit) if calc else None
