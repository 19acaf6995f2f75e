"""S3, fatigue: a deload when performance sinks below its own recent level (COACHING.md 4.3).

Judged against the median of the last weeks (noise-proof), RPE creep only from RPE 7 up, never
inside the novice block (missed reps drive it there); a check-in always counts. The window runs
from the last deload, not from the block start, so fatigue that builds across a block change is
still seen — and a strength block, which always follows a deload, is compared only with its
own low-rep sessions, its heavy weeks included (stress there used to pass for an S2 stall).
"""

from __future__ import annotations

from datetime import date

from bot.programming import adjust, catalog, messages, stalls
from bot.programming.adjust import Situation
from bot.programming.exposures import Exposure
from bot.programming.run import DAY, WEEK, Run, insert_deload
from bot.programming.state import ProgramState


def check(run: Run, day: date, exposures: list[Exposure]) -> bool:
    """S3 (a)/(b) after a training day; True when a deload was planned."""
    st, p = run.st, run.p
    if st.block.kind == "O":
        return False
    for e in exposures:
        if e.exercise not in catalog.MAIN_LIFTS:
            continue
        since = _since(st, e.exercise, day, p.fatigue_best_weeks)
        pts = run.index.points(e.exercise, since, day)
        exps = [x for x in run.index.of(e.exercise) if since <= x.day <= day]
        name = catalog.info(e.exercise).name
        if stalls.fatigue_e1rm_drop(pts, p):
            fatigue(run, day, f"your last two {name} sessions were well below your usual level")
            return True
        if stalls.fatigue_rpe_creep(exps, p):
            fatigue(run, day, f"the same {name} sets have felt harder three times running")
            return True
    return False


def _since(st: ProgramState, exercise: str, day: date, weeks: int) -> date:
    marks = [day - weeks * WEEK]
    last = st.last_deload_end()
    if last is not None:
        marks.append(last)
    lift = st.lifts.get(exercise)
    if lift and lift.e1rm_since:
        marks.append(date.fromisoformat(lift.e1rm_since))
    return max(marks)


def fatigue(run: Run, day: date, reason: str) -> None:
    """Deload from tomorrow: pull a planned deload ≤ 2 weeks away forward, else insert one."""
    st = run.st
    action = adjust.decide(Situation("S3", st.level, st.block.kind))
    b = st.block
    week = b.week(day + DAY)
    pull = (
        b.kind != "O"
        and b.deload_weeks > 0
        and b.accumulation + 1 - week <= run.p.pull_deload_forward_weeks
    )
    if pull:
        b.move_start(day + DAY - b.accumulation * WEEK, b.accumulation)
    else:
        insert_deload(st, day + DAY, max(1, week - 1), run.p)
    run.emit(day, None, "S3", action, messages.fatigue(reason, pull), pulled_forward=str(pull))
