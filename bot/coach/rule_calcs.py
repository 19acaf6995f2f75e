"""Programme-rule calculators (COACHING Parts 3–4) filled with the asker's numbers.

5/3/1 "+" sets and weeks, Juggernaut waves, double progression, deload weeks, size-block sets,
GZCLP stages and the weekly gain target (an e1RM series is read in `series_calcs`). Each returns
one short line, or None when its numbers are missing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.asked import REP_LIST, rep_text
from bot.coach.asked_words import regressed
from bot.coach.body_numbers import weekly_gain
from bot.coach.extract import Details
from bot.coach.loads import TM_FACTOR, WEEKS_531, plate_load, plates
from bot.coach.stall_calcs import deload_lines, deload_weeks_ago
from bot.units import Unit, fmt_number

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
        cut = _tm_cut(tm, unit, lift, d.unit)
        return f"{head} {cut[:1].upper()}{cut[1:]}"
    if tm is not None and (a.missed or a.got_reps is not None):
        return f"If you miss the minimum: {_tm_cut(tm, unit, lift)}"
    return None


def _tm_cut(tm: float | None, unit: Unit, lift: str | None, stated: str | None = None) -> str:
    """S6: the TM goes back three of the lift's increments (about 10%)."""
    if tm is None:  # no TM given: the drop itself; no unit → lb (5/3/1's usual), kilos too
        lb, kg = (fmt_number(3 * tm_step(lift or "squat", u)) for u in ("lb", "kg"))
        drop = {"kg": f"−{kg} kg", "lb": f"−{lb} lb"}.get(stated or "", f"−{lb} lb ({kg} kilos)")
        on = "on this lift" if lift else "on squat or deadlift (half that on bench or press)"
        return f"lower the TM three increments (about 10%): {drop} {on}, then rebuild."
    if lift is None:
        upper, lower = (fmt_number(tm - 3 * STEP[unit] * k) for k in (1, 2))
        return (
            f"take the TM back three increments (about 10%): {fmt_number(tm)} → {lower} {unit}"
            f" on squat or deadlift, {upper} {unit} on bench or press."
        )
    step = tm_step(lift, unit)
    after = fmt_number(tm - 3 * step)
    return (
        f"take the TM back three increments (3 × {fmt_number(step)} {unit}, about 10%):"
        f" {fmt_number(tm)} → {after} {unit}."
    )


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


# "26s for 12,12,12", "using 24s": a pair of dumbbells
DB_PAIR = re.compile(
    r"\b(\d{1,3}(?:\.5)?)s (?:for|x|at)\b|\b(?:using|with|the|my) (\d{1,3}(?:\.5)?)s\b"
    r"|\b(\d{1,3}(?:\.5)?)s\b(?! ?(?:wave|weeks?|phase|rest|sec\w*|reps?))"  # "db incline 26s"
)


def double_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Double progression: all sets at the top of the range → next step and back to the bottom."""
    a = d.asked
    load = _double_load(d)
    if not a.rep_list and a.rep_range and load is not None and not d.program:
        return _when_up(d, load, unit)  # "3x8-12 with 24 kg: when do I go up?"
    if not a.rep_list or (a.rep_range is None and len(set(a.rep_list)) == 1):
        return None
    if a.rep_range is None and (load is None or "amrap" in d.text):
        return None  # "15, 14, 12" with no load nor range, or AMRAPs: no progression to judge
    if a.rep_range is None and a.scheme and load is not None and not d.program:
        return _over_target(a.rep_list, a.scheme[1], load, unit)  # a fixed 3×10, not a range
    if a.rep_range is None and (d.program or a.missed or "block" in d.text):
        return None  # missed reps on a programme's fixed sets follow that programme's rule
    low, high = a.rep_range or (None, max(a.rep_list))  # no range named: the best set is the top
    step = (2.0 if a.equipment == "dumbbell" else 2.5) if unit == "kg" else 5.0
    lines = []
    lists = _rep_lists(d.text) or [a.rep_list]
    for i, reps_done in enumerate(lists):  # "…and what if i got 12,11,9"
        reps = "/".join(str(r) for r in reps_done)
        if i and load is not None and min(lists[i - 1]) >= high and _at_new(d.text, load + step):
            load += step  # "15/15/15 with the 26s: the 28s next? and if 10/9/9 with them?"
        at = f" at {fmt_number(load)} {unit}" if load is not None else ""
        if min(reps_done) >= high:
            heavier = (
                f"{fmt_number(load + step)} {unit}"
                if load is not None
                else f"the smallest step up ({fmt_number(step)} {unit})"
            )
            lines.append(
                f"{reps}{at}: every set hit {high} → next time {heavier}, back to {low}+ reps."
            )
            continue
        stay = f"{fmt_number(load)} {unit}" if load is not None else "this weight"
        then = f"; once all hit {high}, {fmt_number(load + step)} {unit}" if load else ""
        lines.append(
            f"{reps}{at}: not every set is at {high} yet → stay at {stay} and add a rep to a set"
            f" that's short{then}."
        )
    return " ".join(lines[:2])


def _double_load(d: Details) -> float | None:
    """The load the reps were done at: the set's, else the dumbbell pair's ("with the 26s")."""
    pair = DB_PAIR.search(d.text) if d.asked.equipment == "dumbbell" else None
    paired = float(pair[1] or pair[2] or pair[3]) if pair else None
    return d.load or (d.sets[0].load if d.sets else None) or paired


NEW_LOAD_WORDS = re.compile(r"\b(?:with|on|at|using) (?:them|those|that|it|the heavier\w*)\b")


def _at_new(text: str, new: float) -> bool:
    """A later rep list said at the stepped-up load ("…and with them only 10 9 9?")."""
    return (
        bool(NEW_LOAD_WORDS.search(text))
        or re.search(rf"\b{fmt_number(new)}s?\b", text) is not None
    )


def _when_up(d: Details, load: float, unit: Unit) -> str | None:
    """The asker's own load through the double-progression rule, before any reps are logged."""
    low, high = d.asked.rep_range or (0, 0)
    if not 1 <= low < high <= 30:
        return None
    step = (2.0 if d.asked.equipment == "dumbbell" else 2.5) if unit == "kg" else 5.0
    sets = d.asked.scheme[0] if d.asked.scheme else None
    top = "/".join([str(high)] * sets) if sets else f"{high} on every set"
    shown = f"{fmt_number(load)} {unit}"
    return (
        f"At {shown}: once you hit {top} → {fmt_number(load + step)} {unit} next time, back to"
        f" {low}+ reps; until then stay at {shown} and add a rep to a set that's short."
    )


def _over_target(done: tuple[int, ...], target: int, load: float, unit: Unit) -> str:
    """ACSM: 1–2 reps over a fixed target on every set → add 2–10% load."""
    reps = "/".join(str(r) for r in done)
    if min(done) > target:
        low, high = fmt_number(round(load * 1.02, 1)), fmt_number(round(load * 1.10, 1))
        up = load + STEP[unit]
        step = plates(up, unit) if up <= load * 1.10 else "the smallest step you have"
        return (
            f"{reps} at {fmt_number(load)} {unit} beats the {target}-rep target on every set → add"
            f" 2–10% ({low}–{high} {unit}): e.g. {step} next time."
        )
    return (
        f"{reps} at {fmt_number(load)} {unit}: not every set is past {target} yet → keep"
        f" {fmt_number(load)} {unit} until each set beats the target by 1–2 reps, then add 2–10%."
    )


def _rep_lists(text: str) -> list[tuple[int, ...]]:
    """Every rep list said ("12,12,12 … 12,11,9"), ranges and schemes left out."""
    rest = rep_text(text)
    found = [tuple(int(x) for x in re.findall(r"\d+", m.group(0))) for m in REP_LIST.finditer(rest)]
    return list(dict.fromkeys(r for r in found if r and max(r) <= 30))


def deload_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Deload week from a stated sets × reps at a load: half the sets, 90% load, RPE ≤ 6."""
    if (ago := deload_weeks_ago(d.text)) is not None and ago < 3:
        return None  # deloaded under 3 weeks ago: COACHING S2 says cut 5%, not deload again
    if listed := deload_lines(d.text, unit):
        return listed
    load = d.load or (d.sets[0].load if d.sets else None)
    if load is None:
        return None
    if d.asked.scheme is None:  # "100x5 feels harder every session": the set's load, sets halved
        if not d.sets or d.asked.training_maxes or d.program in ("531", "juggernaut"):
            return None  # a TM's deload week is that programme's own 40/50/60%
        return (
            f"Deload week at {fmt_number(load)} {unit}: {plates(load * 0.9, unit, 'down')} (90%,"
            " rounded down), half your usual sets, nothing above RPE 6, for 7 days."
        )
    sets, reps = d.asked.scheme
    half = sets / 2
    shown = str(int(half)) if half == int(half) else f"{int(half)}–{int(half) + 1}"
    return (
        f"Deload from {sets}×{reps} at {fmt_number(load)} {unit}: {shown if sets > 1 else 1}"
        f" sets of {reps} at {plates(load * 0.9, unit, 'down')}{_rounded(load * 0.9, unit)},"
        " nothing above RPE 6, for 7 days."
    )


def _rounded(exact: float, unit: Unit) -> str:
    """The sum behind a load that had to round ("90% = 128.25, rounded down"), so the asker
    sees which way it went; nothing when the sum lands on a plate."""
    if abs(plate_load(exact, unit, "down") - exact) < 0.01:
        return ""
    return f" (90% = {f'{exact:.2f}'.rstrip('0').rstrip('.')}, rounded down)"


SETS_CAP = 20
SETS_START = 10


def block_sets_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """Size-block weekly sets for a muscle from its stall and recovery (COACHING 4.4); an
    advanced lifter's cap is 24 and start 12."""
    a, n = d.asked, d.asked.weekly_sets
    if n is None or (a.stalled is None and a.recovered is None and not regressed(d.text)):
        return None
    stalled, recovered = bool(a.stalled), a.recovered is not False
    pro = re.search(r"\badvanced\b", d.text) is not None
    cap, start = (SETS_CAP + 4, SETS_START + 2) if pro else (SETS_CAP, SETS_START)
    if stalled and recovered and n < cap:
        return f"Stalled but recovered at {n} sets: +2 → {min(n + 2, cap)} sets next week."
    if regressed(d.text):  # the rule's regression row: no sets added
        return (
            f"A 10%+ drop in load × reps is a regression; on two exercises of a muscle at {n} sets:"
            f" deload next week, end the mesocycle, restart at about {start} sets, not {n}."
        )
    if stalled:
        why = "at the cap" if n >= cap else "not recovered"
        return (
            f"Stalled and {why} at {n} sets: deload next week and end the mesocycle; the next one"
            f" starts again at about {start} sets{' (advanced)' if pro else ''}."
        )
    if recovered:
        return f"No stall and recovered at {n} sets: +1 → {min(n + 1, cap)} sets next week."
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
    """The next GZCLP stage after a failed one; a completed T1 5×3 adds the T1 jump."""
    stage = d.asked.stage
    if d.program != "gzclp" or stage not in GZCLP_NEXT:
        return None
    short = bool(d.asked.rep_list) and min(d.asked.rep_list) < int(stage.split("x")[1])
    if not d.asked.missed and short:  # "3x10 … got 10,9,8": a rep short is a failed stage
        d = replace(d, asked=replace(d.asked, missed=True))
    if not d.asked.missed:
        if stage != "5x3" or not d.load or not d.asked.done:
            return None
        after = fmt_number(d.load + tm_step(d.lift, unit))
        return f"5×3 done at {fmt_number(d.load)} {unit} → next session {after} {unit}."
    shown = stage.replace("x", "×")
    if stage == "3x6" and (restart := _t2_restart(d.text, unit)):
        return f"Failed 3×6 → {restart}"
    failed = FAILED_AT.search(d.text)  # "failed 10x1 at 135": the stage's own weight
    load = float(failed["n"]) if failed else d.load
    at = f" at {fmt_number(load)} {unit}" if load and load != d.asked.five_rm else ""
    if stage == "10x1" and (five := d.asked.five_rm):  # the new 5RM, not the failed weight
        start = plates(five * 0.85, unit)
        if RETESTED.search(d.text):
            return f"Failed 10×1{at} → new 5RM {fmt_number(five)}: restart 5×3 at 85% ≈ {start}."
        return (
            f"Failed 10×1{at} → restart 5×3 at 85% of a new 5RM: if it's still"
            f" {fmt_number(five)}, 85% ≈ {start}."
        )
    return f"Failed {shown}{at} → next: {GZCLP_NEXT[stage]}."


RETESTED = re.compile(
    r"\bretest\w*|\bnew 5 ?rm\b|\b5 ?rm (?:is|was) \d+(?:\.\d+)? now\b"
    r"|\b5 ?rm test\w*\b[^.?]{0,30}?\b(?:got|hit|made)\b"  # "did a 5rm test this week and got 115"
)
FAILED_AT = re.compile(
    r"\bfail\w* (?:on |at )?(?:the |my )?(?:[a-z]\w* ){0,2}?(?:\d{1,2} ?x ?\d{1,2} )?(?:at|with|@) "
    r"(?P<n>\d{2,4}(?:\.\d+)?)(?!\.?\d| ?%)"
)
LAST_3X10 = re.compile(
    r"\b3x10 (?:\w+ ){0,3}?(?:at|with|@|was|of) (?:at )?(?P<n>\d{2,4}(?:\.\d+)?)(?!\.?\d| ?%)"
)
T2_RESTART = {"kg": (5.0, 10.0), "lb": (10.0, 20.0)}


def _t2_restart(text: str, unit: Unit) -> str | None:
    """T2 after a failed 3×6: back to 3×10 at the last 3×10 weight plus 10–20 lb (5–10 kg)."""
    m = LAST_3X10.search(text)
    if m is None:
        return None
    last = float(m.group("n"))
    low, high = T2_RESTART[unit]
    return (
        f"restart 3×10 at your last 3×10 weight plus {fmt_number(low)}–{fmt_number(high)} {unit}:"
        f" {fmt_number(last)} → {fmt_number(last + low)}–{fmt_number(last + high)} {unit}."
    )


def surplus_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The weekly gain a size phase aims for at the asker's body weight."""
    return weekly_gain(d.bodyweight, unit) if d.bodyweight is not None else None
