"""S1, the novice's linear progression (COACHING.md 4.3/4.4): add, repeat, smaller step, reset.

A smaller step the plates can't make (1.25 kg on 2.5 kg steps, 2.5 lb on 5 lb) is taken as
one plate step now and owed next time — 2.5 kg every other session — so it never rounds away.
"""

from __future__ import annotations

from datetime import date

from bot.programming import adjust, catalog, messages, stalls
from bot.programming.adjust import Situation
from bot.programming.exposures import Exposure
from bot.programming.progression import nominal_increment
from bot.programming.rounding import increment_in_unit, load_step, round_load, step_kind
from bot.programming.run import DAY, Run
from bot.programming.state import LiftState
from bot.units import to_kg

_EPS = 1e-6


def lp_step(run: Run, e: Exposure) -> None:
    """Judge one novice session of a main lift and set its next load."""
    st, p, unit = run.st, run.p, run.lifter.unit
    lift, info = st.lift(e.exercise), catalog.info(e.exercise)
    weeks_in = (e.day - st.block.start_day).days // 7
    nominal = nominal_increment(info, weeks_in, lift.increment_kg, p)
    kind = step_kind(info.equipment)
    outcome = stalls.lp_outcome(e, p)
    load = e.top
    if outcome is not stalls.LpOutcome.FAIL:
        steps = 2 if outcome is stalls.LpOutcome.DOUBLE else 1
        _add(lift, load, steps * increment_in_unit(nominal, unit, p), kind, run)
        return
    same = lift.fail_load_kg is not None and abs(lift.fail_load_kg - load) < _EPS
    lift.fails = lift.fails + 1 if same else 1
    lift.fail_load_kg, lift.load_kg = load, load
    if lift.fails == 1:
        run.emit(e.day, e.exercise, "S1", "repeat", messages.lp_repeat(e.exercise, load, unit),
                 load_kg=load, fails=1)  # fmt: skip
    elif lift.fails < p.lp_fail_limit:
        lift.increment_kg = max(p.increment_kg["min"], nominal / 2)
        inc = increment_in_unit(lift.increment_kg, unit, p)
        plate = load_step(kind, unit, p)
        msg = messages.lp_smaller_step(e.exercise, load, inc, unit, plate)
        run.emit(e.day, e.exercise, "S1", "smaller_increment", msg,
                 load_kg=load, fails=lift.fails, increment_kg=lift.increment_kg)  # fmt: skip
    else:
        _reset(run, e, load, kind)


def _add(lift: LiftState, load: float, inc_kg: float, kind: str, run: Run) -> None:
    """Next load = last + increment, the part the plates can't make carried to next time."""
    wanted = load + inc_kg + lift.carry_kg
    new = round_load(wanted, kind, run.lifter.unit, "down", run.p)
    if new <= load + _EPS < wanted:  # the plates can't make the step: take it now, owe it next
        new = load + to_kg(load_step(kind, run.lifter.unit, run.p), run.lifter.unit)
    lift.carry_kg = wanted - new if abs(wanted - new) > _EPS else 0.0
    lift.load_kg = new
    if new > load + _EPS:  # a session that added nothing doesn't wipe out misses at the load
        lift.fails, lift.fail_load_kg = 0, None


def _reset(run: Run, e: Exposure, load: float, kind: str) -> None:
    st, p, unit = run.st, run.p, run.lifter.unit
    lift = st.lift(e.exercise)
    action = adjust.decide(Situation("S1", st.level, st.block.kind))
    new = round_load(p.lp_reset_factor * load, kind, unit, "down", p)
    lift.load_kg, lift.fails, lift.fail_load_kg, lift.carry_kg = new, 0, None, 0.0
    lift.resets.append(e.day.isoformat())
    lift.reset_loads.append(load)
    lift.e1rm_since = (e.day + DAY).isoformat()
    run.emit(e.day, e.exercise, "S1", action, messages.lp_reset(e.exercise, load, new, unit),
             load_kg=load, new_load_kg=new, fails=p.lp_fail_limit)  # fmt: skip
    _maybe_promote(run, e.day)


def _resets(lift: LiftState) -> list[tuple[date, float]]:
    """(day, stalled load) of each reset; states stored before loads were kept count as equal."""
    known = lift.reset_loads or [0.0]
    loads = [*([known[0]] * (len(lift.resets) - len(lift.reset_loads))), *lift.reset_loads]
    return [(date.fromisoformat(d), kg) for d, kg in zip(lift.resets, loads, strict=True)]


def _maybe_promote(run: Run, day: date) -> None:
    """Novice → intermediate once LP is used up on enough main lifts (an H block follows)."""
    st, p = run.st, run.p
    exhausted = [
        ex for ex, ls in st.lifts.items()
        if ex in catalog.MAIN_LIFTS
        and stalls.lp_exhausted(_resets(ls), day, p)
    ]  # fmt: skip
    if st.level != "novice" or len(exhausted) < p.lifts_exhausted_for_promotion:
        return
    run.switch_at = day + DAY
    st.level = "intermediate"
    run.emit(day, None, "S1", "promotion", messages.promotion(), lifts=", ".join(sorted(exhausted)))
