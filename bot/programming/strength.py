"""S2, the strength stall of intermediates and advanced lifters in S blocks (COACHING.md 4.3).

Counted per lift: one lift's stall never counts against another. A set counts as missed only
at (about) the prescribed load — a heavier set with fewer reps is not a miss.
"""

from __future__ import annotations

from datetime import date

from bot.programming import adjust, messages, session, stalls
from bot.programming.adjust import Situation
from bot.programming.e1rm import session_e1rm
from bot.programming.exposures import Exposure
from bot.programming.run import DAY, WEEK, Run, insert_deload

_AT_LOAD = 0.03  # a set within 3% of a prescribed load was done "at" it


def strength_values(run: Run, exercise: str, until: date) -> list[float]:
    """Session e1RMs from sets of ≤ 5 reps, since the lift's last S2 reset (deloads left out)."""
    lift = run.st.lift(exercise)
    since = date.fromisoformat(lift.s2_since) if lift.s2_since else None
    out = []
    for e in run.index.of(exercise):
        if e.day > until or (since is not None and e.day < since):
            continue
        short = [s for s in e.sets if s.reps <= run.p.strength_set_max_reps]
        value = session_e1rm(short, run.p)
        if value is not None:
            out.append(value)
    return out


def missed(run: Run, e: Exposure) -> bool | None:
    """True when a set at a prescribed load fell short; None when no set was at one."""
    items = session.slot_items(run.lifter, run.st, run.index, e.exercise, 1, e.day, run.p)
    asked = [(i.load_kg, i.reps) for i in items if i.load_kg is not None]
    tried = False
    for s in e.sets:
        load = s.weight_kg or 0.0
        near = [reps for kg, reps in asked if abs(load - kg) <= _AT_LOAD * kg]
        if near:
            tried = True
            if s.reps < max(near):
                return True
    return False if tried else None


def s2_check(run: Run, e: Exposure) -> None:
    st, p = run.st, run.p
    lift = st.lift(e.exercise)
    short = missed(run, e)
    if short is not None:
        lift.misses = lift.misses + 1 if short else 0
    n = int(p.stall_window_exposures[st.level])
    values = strength_values(run, e.exercise, e.day)
    fast = lift.misses >= p.fast_path_misses
    if fast or stalls.s2_stalled(values, n, p):
        _act(run, e, "fast" if fast else "trend")


def _act(run: Run, e: Exposure, path: str) -> None:
    st, p, unit = run.st, run.p, run.lifter.unit
    b, lift, day = st.block, st.lift(e.exercise), e.day
    last = st.last_deload_end()
    recent = last is not None and day - last < p.recent_deload_weeks * WEEK
    sit = Situation("S2", st.level, b.kind, lift.s2_stalls, recent_deload=recent)
    action = adjust.decide(sit)
    lift.s2_since = (day + DAY).isoformat()
    lift.misses = 0
    lift.s2_stalls += 1
    if action == "deload":
        insert_deload(st, day + DAY, b.week(day), p)
        run.emit(day, e.exercise, "S2", action, messages.s2_deload(e.exercise, unit), path=path)
    elif action in ("tm_reset", "tm_reset_variation"):
        old = run.index.e1rm_work(e.exercise, day + DAY, lift) or e.top
        factor = p.tm_reset_factor if action == "tm_reset" else p.tm_reset_factor_advanced
        lift.e1rm_seed, lift.e1rm_since = old * factor, (day + DAY).isoformat()
        lift.variation = "paused (2-second pause)" if action == "tm_reset_variation" else ""
        msg = messages.s2_reset(e.exercise, old, lift.e1rm_seed, unit, lift.variation)
        run.emit(day, e.exercise, "S2", "tm_reset", msg, path=path,
                 e1rm_kg=round(old, 1), new_e1rm_kg=round(lift.e1rm_seed, 1))  # fmt: skip
    elif action == "switch_block":
        run.emit(day, e.exercise, "S2", action, messages.s2_switch(e.exercise), path=path)
        run.switch_at = day + DAY
