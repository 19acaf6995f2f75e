"""The two entry points: `update` (judge new sessions, adjust) and `prescribe` (today's session)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.programming import adjust, blocks, catalog, messages, session, stalls, templates
from bot.programming.adjust import Situation
from bot.programming.blocks import H_RIR
from bot.programming.e1rm import session_e1rm
from bot.programming.exposures import Exposure
from bot.programming.history import HistoryIndex
from bot.programming.models import BlockView, CheckIn, Event, Lifter, LoggedSet, Session
from bot.programming.params import DEFAULT, LEVELS, Level, Params
from bot.programming.programmes import runner as programmes
from bot.programming.progression import nominal_increment
from bot.programming.rounding import increment_in_unit, round_load, step_kind
from bot.programming.state import BlockState, ProgramState

HISTORY_WEEKS: int = DEFAULT.history_weeks
WEEK = timedelta(weeks=1)
DAY = timedelta(days=1)


@dataclass
class _Run:
    """One update() call: inputs, the state being changed, and the events so far."""

    lifter: Lifter
    st: ProgramState
    index: HistoryIndex
    bodyweights: Sequence[tuple[date, float]]
    checkins: Sequence[CheckIn]
    p: Params
    events: list[Event] = field(default_factory=list)

    def emit(
        self, day: date, ex: str | None, rule: str, action: str, msg: str, **d: float | str
    ) -> None:
        self.events.append(Event(day, ex, rule, action, dict(d), msg))


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

    A day is judged once it is over (day < today), so repeated calls add nothing twice.
    """
    if programmes.runs(state):  # a named programme judges its own days
        return programmes.update(lifter, state, history, today, p)
    st = state.copy()
    st.goal = lifter.goal
    run = _Run(lifter, st, HistoryIndex(history, today, p), bodyweights, checkins, p)
    last = date.fromisoformat(st.processed_through) if st.processed_through else None
    by_day: dict[date, list[Exposure]] = defaultdict(list)
    for exps in run.index.exposures.values():
        for e in exps:
            if (last is None or e.day > last) and e.day < today:
                by_day[e.day].append(e)
    ci_days = {c.day: c for c in checkins if (last is None or c.day > last) and c.day < today}
    for day in sorted(set(by_day) | set(ci_days)):
        _advance(run, day)
        if day in by_day:
            _judge_day(run, day, by_day[day])
        if day in ci_days and stalls.fatigue_checkin(ci_days[day], p) and not st.is_deload(day):
            _fatigue(run, day, "your check-in mentions poor sleep, aches or low drive")
    _advance(run, today)
    through = today - DAY
    if last is None or through > last:
        st.processed_through = through.isoformat()
    return st, run.events


def _advance(run: _Run, until: date) -> None:
    """Walk the calendar to `until`: weekly S4 checks in H blocks, block ends and transitions."""
    st = run.st
    while True:
        b = st.block
        nxt_week = b.weeks_checked + 1
        if b.kind == "H" and nxt_week < b.accumulation and b.start_day + nxt_week * WEEK <= until:
            b.weeks_checked = nxt_week
            _check_h_week(run, nxt_week, b.start_day + nxt_week * WEEK)
            continue
        end = b.end_day()
        if end is None or end > until:
            return
        _finish_block(run, end)


def _judge_day(run: _Run, day: date, exposures: list[Exposure]) -> None:
    st = run.st
    if st.is_deload(day):
        return
    if _fatigue_check(run, day, exposures):
        return
    for e in exposures:
        if e.exercise not in catalog.MAIN_LIFTS or e.top <= 0:
            continue
        if st.block.kind == "O":
            _lp_step(run, e)
        elif st.block.kind == "S" and st.level != "novice":
            _s2_check(run, e)


# ---------------------------------------------------------------- S3 fatigue


def _fatigue_check(run: _Run, day: date, exposures: list[Exposure]) -> bool:
    st, p = run.st, run.p
    for e in exposures:
        if e.exercise not in catalog.MAIN_LIFTS:
            continue
        since = _fatigue_since(st, e.exercise)
        pts = run.index.points(e.exercise, since, day)
        exps = [
            x
            for x in run.index.of(e.exercise)
            if (since is None or x.day >= since) and x.day <= day
        ]
        name = catalog.info(e.exercise).name
        if stalls.fatigue_e1rm_drop(pts, p):
            _fatigue(run, day, f"your last two {name} sessions were well below your recent best")
            return True
        if stalls.fatigue_rpe_creep(exps, p):
            _fatigue(run, day, f"the same {name} sets have felt harder three times running")
            return True
    return False


def _fatigue_since(st: ProgramState, exercise: str) -> date | None:
    marks = [st.last_deload_end(), st.block.start_day]
    lift = st.lifts.get(exercise)
    if lift and lift.e1rm_since:
        marks.append(date.fromisoformat(lift.e1rm_since))
    real = [m for m in marks if m is not None]
    return max(real) if real else None


def _fatigue(run: _Run, day: date, reason: str) -> None:
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
        b.start = (day + DAY - b.accumulation * WEEK).isoformat()
    else:
        _insert_deload(st, day + DAY, max(1, week - 1), run.p)
    run.emit(day, None, "S3", action, messages.fatigue(reason, pull), pulled_forward=str(pull))


def _insert_deload(st: ProgramState, start: date, resume_week: int, p: Params) -> None:
    """A 7-day deload from `start`; afterwards the block resumes at `resume_week`."""
    end = start + timedelta(days=p.deload.days)
    st.deloads.append([start.isoformat(), end.isoformat()])
    if st.block.kind != "O":
        st.block.start = (end - (resume_week - 1) * WEEK).isoformat()


# ---------------------------------------------------------------- S1 linear progression


def _lp_step(run: _Run, e: Exposure) -> None:
    st, p, unit = run.st, run.p, run.lifter.unit
    lift, info = st.lift(e.exercise), catalog.info(e.exercise)
    weeks_in = (e.day - st.block.start_day).days // 7
    nominal = nominal_increment(info, weeks_in, lift.increment_kg, p)
    kind = step_kind(info.equipment)
    outcome = stalls.lp_outcome(e, p)
    load = e.top
    if outcome is not stalls.LpOutcome.FAIL:
        steps = 2 if outcome is stalls.LpOutcome.DOUBLE else 1
        lift.load_kg = round_load(
            load + steps * increment_in_unit(nominal, unit, p), kind, unit, p=p
        )
        lift.fails, lift.fail_load_kg = 0, None
        return
    same = lift.fail_load_kg is not None and abs(lift.fail_load_kg - load) < 1e-6
    lift.fails = lift.fails + 1 if same else 1
    lift.fail_load_kg, lift.load_kg = load, load
    if lift.fails == 1:
        run.emit(e.day, e.exercise, "S1", "repeat", messages.lp_repeat(e.exercise, load, unit),
                 load_kg=load, fails=1)  # fmt: skip
    elif lift.fails < p.lp_fail_limit:
        lift.increment_kg = max(p.increment_kg["min"], nominal / 2)
        inc = increment_in_unit(lift.increment_kg, unit, p)
        run.emit(e.day, e.exercise, "S1", "smaller_increment",
                 messages.lp_smaller_step(e.exercise, load, inc, unit),
                 load_kg=load, fails=lift.fails, increment_kg=lift.increment_kg)  # fmt: skip
    else:
        _lp_reset(run, e, load, kind)


def _lp_reset(run: _Run, e: Exposure, load: float, kind: str) -> None:
    st, p, unit = run.st, run.p, run.lifter.unit
    lift = st.lift(e.exercise)
    action = adjust.decide(Situation("S1", st.level, st.block.kind))
    new = round_load(p.lp_reset_factor * load, kind, unit, "down", p)
    lift.load_kg, lift.fails, lift.fail_load_kg = new, 0, None
    lift.resets.append(e.day.isoformat())
    lift.e1rm_since = (e.day + DAY).isoformat()
    run.emit(e.day, e.exercise, "S1", action, messages.lp_reset(e.exercise, load, new, unit),
             load_kg=load, new_load_kg=new, fails=p.lp_fail_limit)  # fmt: skip
    exhausted = [
        ex for ex, ls in st.lifts.items()
        if ex in catalog.MAIN_LIFTS
        and stalls.lp_exhausted([date.fromisoformat(d) for d in ls.resets], e.day, p)
    ]  # fmt: skip
    if st.level == "novice" and len(exhausted) >= p.lifts_exhausted_for_promotion:
        st.past_blocks.append(["O", st.block.start, (e.day + DAY).isoformat()])
        st.level = "intermediate"
        st.block = _new_block(st.level, st.goal, 0, e.day + DAY)
        _reset_weekly_sets(st, run.lifter, p)
        run.emit(
            e.day, None, "S1", "promotion", messages.promotion(), lifts=", ".join(sorted(exhausted))
        )


# ---------------------------------------------------------------- S2 strength stall


def _strength_values(run: _Run, exercise: str, until: date) -> list[float]:
    """Session e1RMs from sets of ≤ 5 reps, since the lift's last S2 reset."""
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


def _missed(run: _Run, e: Exposure) -> bool | None:
    """S-block fast path: True when a set at a prescribed load fell short; None if not tried."""
    items = session.slot_items(run.lifter, run.st, run.index, e.exercise, 1, e.day, run.p)
    loads = sorted((i.load_kg, i.reps) for i in items if i.load_kg is not None)
    if not loads:
        return None
    tried = False
    for s in e.sets:
        fitting = [reps for load, reps in loads if (s.weight_kg or 0) >= load - 1e-6]
        if fitting:
            tried = True
            if s.reps < fitting[-1]:
                return True
    return False if tried else None


def _s2_check(run: _Run, e: Exposure) -> None:
    st, p = run.st, run.p
    lift = st.lift(e.exercise)
    missed = _missed(run, e)
    if missed is not None:
        lift.misses = lift.misses + 1 if missed else 0
    n = int(p.stall_window_exposures[st.level])
    values = _strength_values(run, e.exercise, e.day)
    fast = lift.misses >= p.fast_path_misses
    if fast or stalls.s2_stalled(values, n, p):
        _s2_act(run, e, "fast" if fast else "trend")


def _s2_act(run: _Run, e: Exposure, path: str) -> None:
    st, p, unit = run.st, run.p, run.lifter.unit
    b, lift, day = st.block, st.lift(e.exercise), e.day
    last = st.last_deload_end()
    recent = last is not None and day - last < p.recent_deload_weeks * WEEK
    action = adjust.decide(Situation("S2", st.level, b.kind, b.s2_stalls, recent_deload=recent))
    lift.s2_since = (day + DAY).isoformat()
    lift.misses = 0
    b.s2_stalls += 1
    if action == "deload":
        _insert_deload(st, day + DAY, b.week(day), p)
        msg = messages.s2_deload(e.exercise, unit)
        run.emit(day, e.exercise, "S2", action, msg, path=path)
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
        _finish_block(run, day + DAY, announce=False)


# ---------------------------------------------------------------- S4 hypertrophy weeks


def _check_h_week(run: _Run, week: int, boundary: date) -> None:
    """End of an H-block week: per-muscle S4 verdicts and the 4.4 set changes."""
    st, p = run.st, run.p
    b = st.block
    rir = H_RIR[b.accumulation][week - 1]
    week_start = boundary - WEEK
    stalled: dict[str, bool] = {}
    regressed: dict[str, bool] = {}
    for ex, exps in run.index.exposures.items():
        mine = [
            x for x in exps if b.start_day <= x.day < boundary and not st.in_explicit_deload(x.day)
        ]
        if not mine or mine[-1].day < week_start:
            continue
        tier = catalog.info(ex).tier
        bottom = blocks.schemes(b.spec, week, tier, p)[0].reps
        stalled[ex] = stalls.exercise_stalled(mine, bottom, rir, p)
        regressed[ex] = stalls.regressed(mine, p)
        if stalled[ex]:
            st.lift(ex).stalled_this_block = True
    sore = set().union(*(c.sore_muscles for c in run.checkins if week_start <= c.day < boundary))
    cap = int(p.weekly_sets_cap[st.level])
    groups: dict[str, list[str]] = defaultdict(list)
    for m in sorted(st.weekly_sets):
        mine_ex = [ex for ex in stalled if m in catalog.info(ex).primary]
        if not mine_ex:
            continue  # not trained this week: nothing to judge
        sit = Situation(
            "S4", st.level, b.kind,
            muscle_stalled=stalls.muscle_stalled([stalled[x] for x in mine_ex], p),
            recovered=m not in sore,
            at_cap=st.weekly_sets[m] >= cap,
            regressions=sum(regressed[x] for x in mine_ex),
        )  # fmt: skip
        groups[adjust.decide(sit)].append(m)
    _apply_h_actions(run, groups, boundary, cap)


def _apply_h_actions(run: _Run, groups: dict[str, list[str]], boundary: date, cap: int) -> None:
    st, day = run.st, boundary - DAY
    if groups.get("deload_end_block"):
        names = ", ".join(groups["deload_end_block"]).capitalize()
        st.block.start = (boundary - st.block.accumulation * WEEK).isoformat()
        run.emit(day, None, "S4", "deload", messages.deload_end_block(names), muscles=names)
        return
    for action, step in (
        ("add_sets", run.p.sets_step_stalled),
        ("add_set", run.p.sets_step_progress),
    ):
        muscles = groups.get(action, [])
        for m in muscles:
            st.weekly_sets[m] = min(cap, st.weekly_sets[m] + step)
        if muscles:
            names = ", ".join(muscles).capitalize()
            run.emit(day, None, "S4", "add_sets", messages.add_sets(names, step),
                     muscles=", ".join(muscles), sets=step)  # fmt: skip
    if groups.get("hold_sets"):
        names = ", ".join(groups["hold_sets"]).capitalize()
        run.emit(day, None, "S4", "hold_sets", messages.hold_sets(names), muscles=names)


# ---------------------------------------------------------------- block ends


def _finish_block(run: _Run, end: date, announce: bool = True) -> None:
    """Close the running block at `end` and start the next one (e1RM_work carries over)."""
    st, p = run.st, run.p
    old = st.block
    day = end - DAY
    st.past_blocks.append([old.kind, old.start, end.isoformat()])
    st.past_blocks = st.past_blocks[-6:]
    if old.kind == "H":
        _swap_stalled(run, day)
    nxt = _new_block(st.level, st.goal, old.index + 1, end)
    if old.kind == "H" and _size_plateau(run, end) and nxt.kind != "P":
        nxt = BlockState("P", 3, 0, old.index, end.isoformat(), inserted=True)
    for lift in st.lifts.values():
        lift.variation, lift.misses = "", 0
    st.block = nxt
    _reset_weekly_sets(st, run.lifter, p)
    if announce:
        name = blocks.block_name(nxt.spec)
        msg = messages.block_end(blocks.block_name(old.spec), name, nxt.spec.weeks)
        run.emit(day, None, "block_end", "switch_block", msg, next_block=nxt.kind)


def _swap_stalled(run: _Run, day: date) -> None:
    st = run.st
    for ex, lift in st.lifts.items():
        lift.stalled_blocks = lift.stalled_blocks + 1 if lift.stalled_this_block else 0
        lift.stalled_this_block = False
        sit = Situation("S4x", st.level, "H", stalled_two_mesocycles=lift.stalled_blocks >= 2)
        new = templates.VARIATIONS.get(ex)
        if new and adjust.decide(sit) == "swap_exercise":
            base = next((k for k, v in st.swaps.items() if v == ex), ex)
            st.swaps[base] = new
            lift.stalled_blocks = 0
            run.emit(day, ex, "S4", "swap_exercise", messages.swap(ex, new), new_exercise=new)


def _size_plateau(run: _Run, end: date) -> bool:
    st = run.st
    prev = st.past_blocks[-2] if len(st.past_blocks) >= 2 else None
    if prev is None or prev[0] != "H":
        return False
    fired, gain = stalls.size_plateau(
        run.bodyweights, run.index.exposures, date.fromisoformat(prev[1]), end, run.p
    )
    if (
        not fired
        or adjust.decide(Situation("S5", st.level, "H", goal=st.goal)) != "strength_primer"
    ):
        return False
    details: dict[str, float | str] = (
        {"weekly_gain_pct": round(gain * 100, 2)} if gain is not None else {}
    )
    run.events.append(
        Event(end - DAY, None, "S5", "strength_primer", details, messages.primer(gain))
    )
    return True


# ---------------------------------------------------------------- prescribe & view


def prescribe(
    lifter: Lifter,
    state: ProgramState,
    history: Sequence[LoggedSet],
    today: date,
    session_index: int | None = None,
    p: Params = DEFAULT,
) -> Session:
    """Today's session; the template day follows the training days logged since the block began."""
    if programmes.runs(state):  # a named programme plans its own sessions
        return programmes.prescribe(lifter, state, history, today, p)
    st, _ = update(lifter, state, history, today, p=p)
    index = HistoryIndex(history, today, p)
    if session_index is None:
        start = st.block.start_day
        session_index = len({s.day for s in history if start <= s.day < today and not s.warmup})
    return session.build(lifter, st, index, today, session_index, p)


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
