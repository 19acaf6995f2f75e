"""Runs the lifter's chosen programme for the engine: judge finished days, plan today, switch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from bot.programming import catalog
from bot.programming.exposures import Exposure
from bot.programming.history import HistoryIndex
from bot.programming.models import BlockView, Event, Lifter, LoggedSet, Session
from bot.programming.params import DEFAULT, Params
from bot.programming.programmes import registry
from bot.programming.programmes.base import Ctx, Programme, RunState
from bot.programming.programmes.shared import rnd
from bot.programming.state import ProgramState
from bot.units import fmt_load

DAY = timedelta(days=1)


def runs(state: ProgramState) -> bool:
    """True when the state runs a named programme (the engine hands over to us); a state
    whose programme part can't be read falls back to Spotter's own blocks."""
    if registry.get(state.program) is None:
        return False
    try:
        RunState.from_dict(state.programme)
    except (AttributeError, KeyError, TypeError, ValueError):
        return False
    return True


def program_name(state: ProgramState | None) -> str:
    """The programme a stored state runs: "auto" or one of PROGRAMMES (spotter plan's "program")."""
    return state.program if state is not None and runs(state) else registry.AUTO


def _ctx(lifter: Lifter, st: ProgramState, index: HistoryIndex, p: Params) -> Ctx:
    run = RunState.from_dict(st.programme)
    run.days = lifter.days
    return Ctx(lifter, run, index, p)


def _programme(st: ProgramState) -> Programme:
    prog = registry.get(st.program)
    if prog is None:
        raise ValueError(f"not a named programme: {st.program}")
    return prog


def update(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    p: Params = DEFAULT,
) -> tuple[ProgramState, list[Event]]:
    """Judge every training day since the last call (days before today), in order."""
    st, ctx = _judged(lifter, state, history, today, p)
    return st, ctx.events


def _judged(
    lifter: Lifter, state: ProgramState, history: Sequence[LoggedSet], today: date, p: Params
) -> tuple[ProgramState, Ctx]:
    """`update`, with the context it judged in (its history index serves `prescribe` too)."""
    st = state.copy()
    prog = _programme(st)
    ctx = _ctx(lifter, st, HistoryIndex(history, today, p), p)
    start = date.fromisoformat(ctx.run.start)
    last = date.fromisoformat(st.processed_through) if st.processed_through else start - DAY
    last = max(last, start - DAY)
    by_day: dict[date, dict[str, Exposure]] = defaultdict(dict)
    for exps in ctx.index.exposures.values():
        for e in exps:
            if last < e.day < today:
                by_day[e.day][e.exercise] = e
    for day in sorted(by_day):
        prog.judge(ctx, day, ctx.run.sessions, by_day[day])
        ctx.run.sessions += 1
    st.processed_through = max(last, today - DAY).isoformat()
    st.programme = ctx.run.to_dict()
    return st, ctx


def prescribe(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    p: Params = DEFAULT,
) -> Session:
    """Today's session of the programme: the next one after the days already judged."""
    st, judged = _judged(lifter, state, history, today, p)
    ctx = _ctx(lifter, st, judged.index, p)
    return _programme(st).plan(ctx, today, ctx.run.sessions)


def block_view(state: ProgramState, today: date) -> BlockView:
    """/block for a named programme: its name and cycle, the week, and what comes next."""
    prog = _programme(state)
    run = RunState.from_dict(state.programme)
    pos = prog.position(run, run.sessions)
    name = f"{prog.label(run)}, cycle {pos.cycle}"
    what = prog.line.split(" — ", 1)[-1]
    summary = what[:1].upper() + what[1:] + "."
    if pos.deload:
        summary = "Deload week: lighter, fewer hard sets, finish fresh. " + summary
    return BlockView(name, pos.week, pos.weeks, prog.next_up(run, run.sessions), summary)


def switch(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    name: str,
    args: list[str],
    p: Params = DEFAULT,
) -> tuple[ProgramState, list[Event], str]:
    """Start (or re-configure) programme `name`; the log and e1RMs carry over unchanged."""
    prog = registry.get(name)
    if prog is None:
        raise ValueError(f"not a named programme: {name}")
    st = state.copy()
    same = st.program == name
    run = RunState.from_dict(st.programme) if same else RunState(name, today.isoformat())
    run.days = lifter.days
    error = prog.configure(run, args)
    if error:
        return state, [], error
    ctx = Ctx(lifter, run, HistoryIndex(history, today, p), p)
    if not same:  # numbers from everything logged so far, today's sets included
        prog.start(ctx, today + DAY)
        st.processed_through = (today - DAY).isoformat()
    st.program, st.programme = name, run.to_dict()
    head = f"You're on {prog.label(run)}." if same else f"Now running {prog.label(run)}."
    ctx.emit(
        today,
        None,
        "program",
        "switch",
        f"{head} Your log and e1RMs carry over.",
        program=name,
    )
    return st, ctx.events, "\n".join(x for x in (head, prog.needs(ctx, today)) if x)


def set_max(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    lift: str,
    kg: float,
    p: Params = DEFAULT,
) -> tuple[ProgramState, list[Event], str]:
    """`/program tm LIFT X`: set the number the running programme builds that lift's loads on."""
    prog = _programme(state)
    if lift not in prog.lifts:
        return state, [], f"{prog.title} doesn't set a {prog.max_label} for that lift."
    st = state.copy()
    ctx = _ctx(lifter, st, HistoryIndex(history, today, p), p)
    tr = ctx.run.track(prog.max_key(lift))
    value = rnd(ctx, lift, kg, "down")
    setattr(tr, prog.max_field, value)
    if prog.max_field == "tm_kg":
        tr.cut = False
    st.programme = ctx.run.to_dict()
    msg = f"{catalog.info(lift).name} {prog.max_label} is now {fmt_load(value, lifter.unit)}."
    ctx.emit(today, lift, "program", "set_max", msg, kg=value)
    return st, ctx.events, msg + " The next session uses it."
