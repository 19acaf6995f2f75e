"""The two entry points: `update` (judge new sessions, adjust) and `prescribe` (today's session)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bot.programming import (
    blocks,
    catalog,
    fatigue,
    hblock,
    linear,
    messages,
    session,
    stalls,
    strength,
    templates,
)
from bot.programming.calendar import Calendar
from bot.programming.exposures import Exposure
from bot.programming.history import HistoryIndex
from bot.programming.models import BlockView, CheckIn, Event, Lifter, LoggedSet, Session
from bot.programming.params import DEFAULT, LEVELS, Level, Params
from bot.programming.programmes import runner as programmes
from bot.programming.run import DAY, WEEK, Run
from bot.programming.state import BlockState, ProgramState

HISTORY_WEEKS: int = DEFAULT.history_weeks
_Run = Run  # the name older tests know
_apply_h_actions = hblock.apply_actions
KEEP_DELOADS = 12


# ---------------------------------------------------------------- start


def infer_level(
    lifter: Lifter, history: Sequence[LoggedSet], today: date, p: Params = DEFAULT
) -> Level:
    """Declared level, raised to intermediate by ≥ 6 months of logs with a stalled main lift."""
    declared = LEVELS.index(lifter.experience)
    days = [s.day for s in history if not s.warmup]
    if declared >= 1 or not days or (today - min(days)).days < 182:
        return LEVELS[declared]
    index = HistoryIndex(history, today, p)
    mid, old = today - 4 * WEEK, today - 8 * WEEK
    for ex in catalog.MAIN_LIFTS:
        recent = [v for _, v in index.points(ex, mid, today)]
        before = [v for _, v in index.points(ex, old, mid - DAY)]
        if recent and before and max(recent) < (1 + p.stall_min_gain) * max(before):
            return "intermediate"
    return "novice"


def _new_block(level: Level, goal: str, index: int, start: date) -> BlockState:
    spec = blocks.spec_at(level, goal, index)  # type: ignore[arg-type]
    return BlockState(spec.kind, spec.accumulation, spec.deload_weeks, index, start.isoformat())


def _reset_weekly_sets(st: ProgramState, lifter: Lifter, p: Params) -> None:
    """A new hypertrophy block starts every trained muscle at the start volume (4.0)."""
    if st.block.kind != "H":
        st.weekly_sets = {}
        return
    start = int(p.weekly_sets_start[st.level])
    days = templates.split(lifter.days, "H")
    st.weekly_sets = {m: start for m in session.training_muscles(days)}


def start_state(
    lifter: Lifter,
    history: Sequence[LoggedSet],
    today: date,
    p: Params = DEFAULT,
    *,
    since: date | None = None,
) -> ProgramState:
    """First block from level × goal; LP loads start where the log left off.

    `since` (e.g. the first day of an imported history) starts the programme back then, so the
    next `update()` replays and judges that history instead of taking it as already seen.
    """
    level = infer_level(lifter, history, today, p)
    start = min(since or today, today)
    st = ProgramState(level, _new_block(level, lifter.goal, 0, start), goal=lifter.goal)
    st.processed_through = (start - DAY).isoformat()
    _reset_weekly_sets(st, lifter, p)
    if st.block.kind == "O":
        index = HistoryIndex(history, today, p)
        for ex in catalog.MAIN_LIFTS:
            exps = [e for e in index.of(ex) if e.day < start and e.top > 0]
            if exps:
                st.lift(ex).load_kg = exps[-1].top
    return st


def rebase(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    since: date,
    p: Params = DEFAULT,
) -> ProgramState:
    """A programme to replay from `since`, for history that arrived after its days were judged
    (an import after /plan, a late edit, a back-dated log). The next `update()` judges it all.

    The replay starts at the earlier of `since` and the programme's own first day (never before
    the history window) and keeps a level the lifter has already reached.
    """
    if programmes.runs(state):  # a named programme keeps its counters; late sets feed e1RMs
        return state
    first = min(
        [since, state.block.start_day, *(date.fromisoformat(b[1]) for b in state.past_blocks)]
    )
    start = max(first, today - HISTORY_WEEKS * WEEK)
    fresh = start_state(lifter, history, today, p, since=start)
    if LEVELS.index(state.level) > LEVELS.index(fresh.level):
        fresh = start_state(replace(lifter, experience=state.level), history, today, p, since=start)
    fresh.log_mark = state.log_mark
    return fresh


# ---------------------------------------------------------------- update


def update(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    *,
    bodyweights: Sequence[tuple[date, float]] = (),
    checkins: Sequence[CheckIn] = (),
    p: Params = DEFAULT,
) -> tuple[ProgramState, list[Event]]:
    """Judge every finished training day since the last call, in order, and adjust.

    A day is judged once it is over (day < today) and never again: repeated calls add
    nothing twice, and no event is ever dated on a day an earlier call already judged.
    """
    if programmes.runs(state):  # a named programme judges its own days
        return programmes.update(lifter, state, history, today, p)
    run = _update(lifter, state, history, today, bodyweights, checkins, p)
    return run.st, run.events


def _update(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    bodyweights: Sequence[tuple[date, float]],
    checkins: Sequence[CheckIn],
    p: Params,
) -> Run:
    """`update` for Spotter's own blocks; the run keeps its history index for `prescribe`."""
    st = state.copy()
    st.goal = lifter.goal
    last = date.fromisoformat(st.processed_through) if st.processed_through else None
    index = HistoryIndex(history, today, p, Calendar(st, p))
    run = Run(lifter, st, index, bodyweights, checkins, p, judged_through=last)
    by_day: dict[date, list[Exposure]] = defaultdict(list)
    for exps in index.exposures.values():
        for e in exps:
            if (last is None or e.day > last) and e.day < today:
                by_day[e.day].append(e)
    ci_days = {c.day: c for c in checkins if (last is None or c.day > last) and c.day < today}
    for day in sorted(set(by_day) | set(ci_days)):
        _advance(run, day)
        if day in by_day:
            _judge_day(run, day, by_day[day])
        if day in ci_days and stalls.fatigue_checkin(ci_days[day], p) and not st.is_deload(day):
            fatigue.fatigue(run, day, "your check-in mentions poor sleep, aches or low drive")
    _advance(run, today)
    through = today - DAY
    if last is None or through > last:
        st.processed_through = through.isoformat()
    return run


def _advance(run: Run, until: date) -> None:
    """Walk the calendar to `until`: weekly S4 checks in H blocks, block ends and transitions."""
    st = run.st
    while True:
        b = st.block
        nxt_week = b.weeks_checked + 1
        if b.kind == "H" and nxt_week < b.accumulation and b.start_day + nxt_week * WEEK <= until:
            b.weeks_checked = nxt_week
            hblock.check_week(run, nxt_week, b.start_day + nxt_week * WEEK)
            continue
        end = b.end_day()
        if end is None or end > until:
            return
        _finish_block(run, end)


def _judge_day(run: Run, day: date, exposures: list[Exposure]) -> None:
    st = run.st
    st.block.sessions += 1
    if st.block.kind == "H":
        st.block.slots[day.isoformat()] = st.block.sessions - 1
    if st.is_deload(day):
        return
    if fatigue.check(run, day, exposures):
        return
    for e in exposures:
        if e.exercise not in catalog.MAIN_LIFTS or e.top <= 0:
            continue
        if st.block.kind == "O":
            linear.lp_step(run, e)
        elif st.block.kind == "S" and st.level != "novice":
            strength.s2_check(run, e)
    if run.switch_at is not None:
        _finish_block(run, run.switch_at, announce=False)
        run.switch_at = None


# ---------------------------------------------------------------- block ends


def _finish_block(run: Run, end: date, announce: bool = True) -> None:
    """Close the running block at `end` and start the next one (e1RM_work carries over)."""
    st, p = run.st, run.p
    old = st.block
    day = end - DAY
    st.past_blocks.append([old.kind, old.start, end.isoformat()])
    st.past_blocks = st.past_blocks[-6:]
    if old.deload_weeks and end == old.end_day():  # remember the planned deload week
        st.deloads.append([(end - old.deload_weeks * WEEK).isoformat(), end.isoformat()])
        st.deloads = st.deloads[-KEEP_DELOADS:]
    if old.kind == "H":
        hblock.swap_stalled(run, day)
    index = 0 if old.kind == "O" else old.index + 1  # a promoted novice starts the sequence
    nxt = _new_block(st.level, st.goal, index, end)
    if old.kind == "H" and hblock.size_plateau(run, end) and nxt.kind != "P":
        nxt = BlockState("P", 3, 0, old.index, end.isoformat(), inserted=True)
    for lift in st.lifts.values():
        lift.variation, lift.misses, lift.s2_stalls = "", 0, 0
    st.block = nxt
    _reset_weekly_sets(st, run.lifter, p)
    if announce:
        name = blocks.block_name(nxt.spec)
        msg = messages.block_end(blocks.block_name(old.spec), name, nxt.spec.weeks)
        run.emit(day, None, "block_end", "switch_block", msg, next_block=nxt.kind)


# ---------------------------------------------------------------- prescribe & view


def prescribe(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    session_index: int | None = None,
    p: Params = DEFAULT,
    *,
    bodyweights: Sequence[tuple[date, float]] = (),
    checkins: Sequence[CheckIn] = (),
) -> Session:
    """Today's session; the template day follows the block's rotation counter (the training
    days judged since the block began), so it keeps alternating however long the block runs."""
    if programmes.runs(state):  # a named programme plans its own sessions
        return programmes.prescribe(lifter, state, history, today, p)
    if state.processed_through == (today - DAY).isoformat():  # judged through yesterday
        st, index = state, HistoryIndex(history, today, p, Calendar(state, p))
    else:  # judge the days since in memory; the walk's index already knows today's history
        run = _update(lifter, state, history, today, bodyweights, checkins, p)
        st, index = run.st, run.index
    if session_index is None:
        session_index = st.block.sessions
    return session.build(lifter, st, index, today, session_index, p)


def prescribed_lifts(lifter: Lifter, state: ProgramState, today: date) -> frozenset[str] | None:
    """The lifts whose history `prescribe` reads today, when that is not all of it: a block
    judged through yesterday plans today's slots from those lifts' own sets alone. None when
    prescribing judges days in memory first or a named programme plans the day."""
    if programmes.runs(state) or state.processed_through != (today - DAY).isoformat():
        return None
    days = templates.split(lifter.days, state.block.kind)
    day = days[state.block.sessions % len(days)]
    return frozenset(session.swapped(state, exercise) for exercise, _ in day.slots)


def block_view(state: ProgramState, today: date) -> BlockView:
    """The running block, the week we are in, and what comes next."""
    if programmes.runs(state):
        return programmes.block_view(state, today)
    b = state.block
    spec = b.spec
    week = b.week(today)
    if b.kind == "O":
        nxt = "Hypertrophy block, once simple progression runs out"
    else:
        following = blocks.spec_at(state.level, state.goal, b.index + 1)
        nxt = blocks.block_name(following)
    summary = blocks.BLOCK_SUMMARIES[b.kind]
    if state.is_deload(today):
        summary = "Deload week: fewer sets, lighter loads, nothing hard. " + summary
    return BlockView(blocks.block_name(spec), week, spec.weeks, nxt, summary)
