"""Number answers from the question's own numbers (or the lifter's log): COACHING.md Parts 2–4.

Each calculator returns one short line, or None when the numbers it needs are missing. Loads are
shown in the question's unit (else the lifter's) and rounded to plates: 2.5 kg or 5 lb; resets
round down.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.coach.extract import Details, SetNumbers
from bot.programming.e1rm import set_e1rm
from bot.programming.models import LoggedSet
from bot.programming.rounding import Mode, round_load
from bot.programming.rts import rts_percent
from bot.units import Unit, fmt_number, from_kg, to_kg

TM_FACTOR = 0.90  # 5/3/1 training max; Forever uses 0.85
TM_FOREVER = 0.85
RESET_FACTOR = 0.90
AUTOREG_PER_RPE = 0.04
AUTOREG_CAP = 0.10
DEFAULT_RPE = 8.0  # a working set with no RPE named: 2 reps in reserve
WARMUP = ((0.40, 5), (0.55, 3), (0.70, 2), (0.80, 1))
WEEKS_531 = ((65, 75, 85), (70, 80, 90), (75, 85, 95))

Calculator = Callable[[Details, float | None, Unit], str | None]


def plates(value: float, unit: Unit, mode: Mode = "nearest") -> str:
    """A load in `unit`, rounded to the barbell step of that unit."""
    return (
        f"{fmt_number(from_kg(round_load(to_kg(value, unit), 'barbell', unit, mode), unit))} {unit}"
    )


def set_estimate(load: float, reps: int, rpe: float | None) -> float | None:
    """e1RM of one set (RTS chart with an RPE, Epley without), same unit as the load."""
    return set_e1rm(LoggedSet("any", date.min, load, reps, rpe))


def e1rm_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    single = d.asked.single  # "180 single @ 9.5"
    sets = d.sets or ((SetNumbers(single[0], 1, single[1]),) if single else ())
    if not sets:
        return None
    s = sets[0]
    value = set_estimate(s.load, s.reps, s.rpe)
    shown = f"{fmt_number(s.load)} {unit} × {s.reps}" + (
        f" @ RPE {fmt_number(s.rpe)}" if s.rpe else ""
    )
    if value is None:
        return f"{shown}: too many reps (or too easy) to estimate a max from reliably."
    how = f"RTS chart, {rts_percent(s.reps, s.rpe)}%" if s.rpe else "Epley"
    return f"Your set {shown} → e1RM ≈ {fmt_number(round(value, 1))} {unit} ({how})."


def rts_load_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    reps = d.target_reps or (d.sets[0].reps if d.sets else None)
    stated = d.target_rpe or d.asked.rir_rpe or (d.sets[0].rpe if d.sets else None)
    rpe = stated or DEFAULT_RPE
    top = d.one_rm or known_max
    if reps is None:
        return None
    try:
        pct = rts_percent(reps, round(rpe * 2) / 2)
    except ValueError:
        return None
    said = f"{reps} rep{'s' if reps != 1 else ''} @ RPE {fmt_number(rpe)}"
    if top is None:
        return f"{said} = {pct}% of your 1RM." if stated else None
    load = plates(top * pct / 100, unit)
    assumed = "" if stated else " (RPE 8 assumed: 2 reps in reserve)"
    shown = f"{said} = {pct}%"
    return f"{shown} → {fmt_number(top)} × {pct}% ≈ {load}{assumed}."


def percent_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    top = d.one_rm or d.load or known_max
    if top is None or d.percent is None or not 20 <= d.percent <= 110:
        return None
    load = plates(top * d.percent / 100, unit)
    return f"{fmt_number(d.percent)}% of {fmt_number(top)} {unit} ≈ {load}."


def warmup_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    work = d.one_rm or d.load  # the ramp's percentages are of the max when one is given
    if work is None:
        return None
    steps = ", ".join(f"{plates(work * pct, unit)} × {reps}" for pct, reps in WARMUP)
    base = f"an e1RM of {fmt_number(work)}" if d.one_rm else fmt_number(work)
    return f"For {base} {unit}: {steps}, then your work sets."


def autoreg_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    load, target = d.load, d.target_rpe
    felt = d.felt_rpe or (d.sets[0].rpe if d.sets else None)
    if load is None or felt is None or target is None:
        return None
    change = max(-AUTOREG_CAP, min(AUTOREG_CAP, -AUTOREG_PER_RPE * (felt - target)))
    return (
        f"{fmt_number(load)} {unit} at RPE {fmt_number(felt)} vs target {fmt_number(target)}"
        f" → about {plates(load * (1 + change), unit)} for the next sets."
    )


def reset_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    if d.load is None:
        return None
    reset = plates(d.load * RESET_FACTOR, unit, "down")
    return f"Reset from {fmt_number(d.load)} {unit}: 90% → {reset}."


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
    tm = top * TM_FACTOR
    head = f"1RM {fmt_number(top)} {unit} → TM {fmt_number(tm)} {unit} (90%)."
    return f"{head} {weeks_of_531(tm, unit, d.asked.weeks)}."


def tm_reset_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    tm = (d.asked.training_maxes[0][1] if d.asked.training_maxes else None) or d.load or d.one_rm
    if tm is None:
        return None
    return f"A 10% cut from a TM of {fmt_number(tm)} {unit} → {plates(tm * 0.9, unit, 'down')}."


def texas_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    five = d.load or (d.sets[0].load if d.sets else None)
    if five is None:
        return None
    monday = five * 0.9
    friday = plates(five + (2.5 if unit == "kg" else 5.0), unit)
    return (
        f"From a 5RM of {fmt_number(five)} {unit}: Monday 5×5 ≈ {plates(monday, unit)}, "
        f"Wednesday 2×5 ≈ {plates(monday * 0.8, unit)}, Friday aim for {friday} × 5."
    )


STRENGTH_BLOCK = (("4×4", 82.4), ("5×3", 86.3), ("4×2", 90.7), ("1×1", 93.9))


def strength_block_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    top = d.one_rm or known_max
    if top is None:
        return None
    weeks = ", ".join(f"{scheme} {plates(top * pct / 100, unit)}" for scheme, pct in STRENGTH_BLOCK)
    return f"With an e1RM of {fmt_number(top)} {unit}: {weeks}."


PLUS_MIN = {1: 5, 2: 3, 3: 1}  # the 5/3/1 "+" set minimum of each week
REPS_531 = ("5/5/5+", "3/3/3+", "5/3/1+")
DELOAD_531 = (40, 50, 60)
UPPER_LIFTS = frozenset({"bench", "press", "bench_press", "overhead_press"})
STEP: dict[str, float] = {"kg": 2.5, "lb": 5.0}


def tm_step(lift: str | None, unit: Unit) -> float:
    """5/3/1's TM increment: 2.5 kg / 5 lb upper body, twice that lower body."""
    return STEP[unit] * (1 if lift in UPPER_LIFTS else 2)


def plus_set_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Did the "+" set meet its week's minimum? Met → keep going; missed → TM about −10%."""
    a = d.asked
    tm = a.training_maxes[0][1] if a.training_maxes else None
    lift = (a.training_maxes[0][0] if a.training_maxes else None) or d.lift
    if a.week in PLUS_MIN and a.got_reps is not None:
        need = PLUS_MIN[a.week]
        if a.got_reps >= need:
            head = f"{a.got_reps} reps meets week {a.week}'s minimum of {need}: not a stall."
            if tm is None:
                return f"{head} Keep the TM; raise it as normal after the cycle."
            after = fmt_number(tm + tm_step(lift, unit))
            return f"{head} Keep the TM of {fmt_number(tm)} {unit}; next cycle → {after} {unit}."
        head = f"{a.got_reps} reps is below week {a.week}'s minimum of {need}: the TM is too high."
        cut = _tm_cut(tm, unit) if tm else ""
        return (
            f"{head} {cut[:1].upper()}{cut[1:]}"
            if tm
            else f"{head} Lower it about 10% and rebuild."
        )
    if tm is not None and (a.missed or a.got_reps is not None):
        return f"If you miss the minimum: {_tm_cut(tm, unit)}"
    return None


def _tm_cut(tm: float, unit: Unit) -> str:
    cut = plates(tm * 0.9, unit, "down")
    return f"cut the TM about 10% (three increments): {fmt_number(tm)} → {cut}."


def weeks_of_531(tm: float, unit: Unit, weeks: tuple[int, ...] = ()) -> str:
    """The asked weeks (or all three) with their rep schemes; week 4 is the 40/50/60% deload."""
    chosen = [w for w in weeks if w in (1, 2, 3, 4)] or [1, 2, 3]
    return "; ".join(_week_531(tm, unit, n) for n in chosen)


def _week_531(tm: float, unit: Unit, week: int) -> str:
    if week == 4:
        return "week 4 (deload, 5 reps): " + "/".join(
            plates(tm * p / 100, unit) for p in DELOAD_531
        )
    loads = "/".join(plates(tm * p / 100, unit) for p in WEEKS_531[week - 1])
    return f"week {week} ({REPS_531[week - 1]}): {loads}"


def tm_deload_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    tms = d.asked.training_maxes
    tm = tms[0][1] if tms else (d.one_rm * TM_FACTOR if d.one_rm else None)
    return f"TM {fmt_number(tm)} {unit} → {weeks_of_531(tm, unit, (4,))}." if tm else None


WAVES = {10: 75, 8: 80, 5: 85, 3: 90}  # Juggernaut realisation AMRAP, % of the working max


def juggernaut_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Working max = 90% of 1RM; each wave's realisation AMRAP is 75/80/85/90% of it."""
    top = d.one_rm or known_max
    wm = d.asked.working_max or (top * TM_FACTOR if top else None)
    if wm is None:
        return None
    head = (
        f"1RM {fmt_number(top)} {unit} → working max {fmt_number(wm)} {unit} (90%)."
        if top and not d.asked.working_max
        else f"Working max {fmt_number(wm)} {unit}."
    )
    waves = [d.asked.wave] if d.asked.wave in WAVES else list(WAVES)
    loads = ", ".join(f"{w}s wave {WAVES[w]}% → {plates(wm * WAVES[w] / 100, unit)}" for w in waves)
    return f"{head} Realisation AMRAP: {loads}."


def double_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Double progression: all sets at the top of the range → next step and back to the bottom."""
    a = d.asked
    load = d.load or (d.sets[0].load if d.sets else None)
    if load is None or not a.rep_list or (a.rep_range is None and len(set(a.rep_list)) == 1):
        return None
    low, high = a.rep_range or (None, max(a.rep_list))  # no range named: the best set is the top
    reps = "/".join(str(r) for r in a.rep_list)
    if min(a.rep_list) >= high:
        step = (2.0 if a.equipment == "dumbbell" else 2.5) if unit == "kg" else 5.0
        return (
            f"{reps} at {fmt_number(load)} {unit}: every set hit {high} → next time"
            f" {fmt_number(load + step)} {unit}, back to {low}+ reps."
        )  # only reached with a named range: equal reps and no range return above
    return (
        f"{reps} at {fmt_number(load)} {unit}: not every set is at {high} yet → stay at"
        f" {fmt_number(load)} {unit} and add a rep to a set that's short."
    )


def deload_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Deload week from a stated sets × reps at a load: half the sets, 90% load, RPE ≤ 6."""
    load = d.load or (d.sets[0].load if d.sets else None)
    if load is None or d.asked.scheme is None:
        return None
    sets, reps = d.asked.scheme
    half = sets / 2
    shown = str(int(half)) if half == int(half) else f"{int(half)}–{int(half) + 1}"
    return (
        f"Deload from {sets}×{reps} at {fmt_number(load)} {unit}: {shown if sets > 1 else 1}"
        f" sets of {reps} at {plates(load * 0.9, unit, 'down')}, nothing above RPE 6, for 7 days."
    )


def median_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """e1RM_work = the median of the last three session e1RMs."""
    series = d.asked.series
    if len(series) < 2:
        return None
    last = sorted(series[-3:])
    mid = last[len(last) // 2] if len(last) % 2 else (last[0] + last[1]) / 2
    shown = ", ".join(fmt_number(x) for x in series[-3:])
    return f"Working e1RM = median of the last three ({shown}) = {fmt_number(mid)}{_unit(d, unit)}."


STALL_GAIN = 1.01


def stall_test_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The S2 test on a listed e1RM series: recent best under +1% of the earlier best."""
    series = d.asked.series
    if len(series) < 4:
        return None
    half = len(series) // 2
    before, recent = max(series[:half]), max(series[half:])
    change = (recent / before - 1) * 100
    u = _unit(d, unit)
    verdict = (
        "under the +1% bar: that check counts towards a stall (two checks in a row = stall)"
        if recent < STALL_GAIN * before
        else "at least +1%: still progressing"
    )
    last = sorted(series[-3:])[1] if len(series) >= 3 else recent
    return (
        f"Best recent e1RM {fmt_number(recent)} vs {fmt_number(before)} before: {change:+.1f}%,"
        f" {verdict}. A first stall in a strength block: deload if your last deload was 3+ weeks"
        f" ago, otherwise working e1RM × 0.95: {fmt_number(last)} → {fmt_number(last * 0.95)}{u}."
    )


SETS_CAP = 20
SETS_START = 10


def block_sets_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Size-block weekly sets for a muscle from its stall and recovery (COACHING 4.4)."""
    a = d.asked
    n = a.weekly_sets
    if n is None or (a.stalled is None and a.recovered is None):
        return None
    stalled, recovered = bool(a.stalled), a.recovered is not False
    if stalled and recovered and n < SETS_CAP:
        return f"Stalled but recovered at {n} sets: +2 → {min(n + 2, SETS_CAP)} sets next week."
    if stalled:
        why = "at the cap" if n >= SETS_CAP else "not recovered"
        return (
            f"Stalled and {why} at {n} sets: deload next week and end the mesocycle; the next one"
            f" starts again at about {SETS_START} sets."
        )
    if recovered:
        return f"No stall and recovered at {n} sets: +1 → {min(n + 1, SETS_CAP)} sets next week."
    return f"No stall but not recovered: hold {n} sets; progress reps/load by double progression."


GZCLP_NEXT = {
    "5x3": "6×2 at the same weight",
    "6x2": "10×1 at the same weight",
    "10x1": "retest your 5RM and restart 5×3 at 85% of it",
    "3x10": "3×8 at the same weight",
    "3x8": "3×6 at the same weight",
    "3x6": "restart 3×10 at the last weight you did 3×10 with, plus 10–20 lb (5–10 kg)",
}


def gzclp_stage_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    stage = d.asked.stage
    if d.program != "gzclp" or stage not in GZCLP_NEXT or not d.asked.missed:
        return None
    shown = stage.replace("x", "×")
    at = f" at {fmt_number(d.load)} {unit}" if d.load else ""
    return f"Failed {shown}{at} → next: {GZCLP_NEXT[stage]}."


GAIN_PER_WEEK = (0.0025, 0.005)  # 0.25–0.5% of body weight a week on a size phase


def surplus_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The weekly gain a size phase aims for at the asker's body weight."""
    weight = d.bodyweight
    if weight is None:
        return None
    low, high = (fmt_number(round(weight * g, 2)) for g in GAIN_PER_WEEK)
    return f"At {fmt_number(weight)} {unit}, 0.25–0.5% a week is about {low}–{high} {unit} a week."


def _unit(d: Details, unit: Unit) -> str:
    return f" {unit}"


CALCULATORS: dict[str, Calculator] = {
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
    "plus_set": plus_set_line,
    "tm_deload": tm_deload_line,
    "juggernaut": juggernaut_line,
    "double": double_line,
    "deload": deload_line,
    "median": median_line,
    "stall_test": stall_test_line,
    "block_sets": block_sets_line,
    "gzclp_stage": gzclp_stage_line,
    "surplus": surplus_line,
}


def calculate(name: str | None, d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Run the card's calculator, if it has one and the numbers are there."""
    calc = CALCULATORS.get(name or "")
    return calc(d, known_max, unit) if calc else None
