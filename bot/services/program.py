"""Programming use cases: keep each lifter's block state current, prescribe, explain changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.exercises import get
from bot.programming import (
    HISTORY_WEEKS,
    CheckIn,
    Event,
    Lifter,
    LoggedSet,
    ProgramState,
    Session,
    block_view,
    prescribe,
    prescribed_lifts,
    rebase,
    render_block,
    start_state,
    update,
)
from bot.programming.history import uncovered
from bot.services.calendar import local_today
from bot.services.container import Services
from storage.base import Statement
from storage.program import NewEvent, StoredEvent
from storage.users import User

RECENT_EVENTS = 3  # a reply after a re-base names the latest changes; /block lists the rest
ANNOUNCED_LOOKBACK = 200
RECENT_WEEKS = 4  # /plan's first read: enough sessions of a lift trained even once a week


def lifter_of(user: User) -> Lifter:
    days = bin(user.training_days).count("1")
    return Lifter(
        goal=user.goal,
        experience=user.experience,
        days_per_week=days if 2 <= days <= 6 else 3,
        unit=user.unit,
        equipment=user.equipment,
    )


async def working_history(
    svc: Services,
    user: User,
    today: date,
    lifts: frozenset[str] | None = None,
    weeks: int = HISTORY_WEEKS,
) -> list[LoggedSet]:
    """The window's working sets (of `lifts` only, of its last `weeks` only, when given)."""
    rows = await svc.sets.working_since(user.id, today - timedelta(weeks=weeks), lifts)
    return [
        LoggedSet(ex, day, kg, reps, rpe, False, kind == "failure")
        for ex, day, kg, reps, rpe, kind in rows
    ]


async def stored_state(svc: Services, user: User) -> ProgramState | None:
    """The saved programme; None when there is none yet or it can no longer be read."""
    return state_of(await svc.program.state(user.id))


def state_of(stored: dict[str, Any] | None) -> ProgramState | None:
    """The programme of a stored document; None when there is none or it can't be read."""
    try:
        return ProgramState.from_dict(stored) if stored is not None else None
    except (KeyError, TypeError, ValueError):
        return None  # an unreadable state is replaced by a fresh block rather than an error


Arrivals = tuple[int, date | None]  # (newest set id, earliest working day added since the mark)
# The stored programme and what arrived since its mark, as a caller already read them
# (`read_statements` → `Store.gather` → `read_of`); None arrivals: not known yet.
Read = tuple[ProgramState | None, Arrivals | None]


def _mark(state: ProgramState | None) -> int:
    return max(0, state.log_mark) if state else 0


async def _arrivals(svc: Services, user: User, state: ProgramState | None) -> Arrivals:
    return await svc.program.sets_after(user.id, _mark(state))


def read_statements(svc: Services, user: User) -> list[Statement]:
    """What `refresh` reads first, as statements a caller can send with its own."""
    return [svc.program.state_statement(user.id), svc.program.arrivals_statement(user.id)]


def read_of(svc: Services, rows: list[list[Any]]) -> Read:
    """The rows of `read_statements` as `refresh` takes them. The arrivals were counted from
    the stored mark in SQL; an unreadable state judges from 0, so they are read again then."""
    state = state_of(svc.program.state_of(rows[0]))
    mark, newest, earliest = svc.program.arrivals_of(rows[1])
    if max(0, mark) != _mark(state):
        return state, None
    return state, (newest, earliest) if newest is not None else (_mark(state), None)


def _settled(state: ProgramState | None, today: date, arrivals: Arrivals) -> bool:
    """Nothing to judge: every finished day is judged and the sets since are today's own.

    The common case after a log (the lifter's second set of the day): the rules only act on
    days that are over, so the history, body weight and check-ins need not be read at all.
    Named programmes judge some things the same day (a missed AMRAP), so they always run.
    """
    if state is None or state.program != "auto" or state.log_mark < 0:
        return False
    _, earliest = arrivals
    current = state.processed_through == (today - timedelta(days=1)).isoformat()
    return current and (earliest is None or earliest >= today)


def _late(state: ProgramState, arrivals: Arrivals) -> bool:
    """Sets arrived for days the programme has already judged: it is re-based on them."""
    earliest = arrivals[1]
    judged = date.fromisoformat(state.processed_through) if state.processed_through else None
    return (
        state.log_mark >= 0 and earliest is not None and judged is not None and earliest <= judged
    )


def _state(
    lifter: Lifter,
    history: list[LoggedSet],
    today: date,
    state: ProgramState | None,
    arrivals: Arrivals,
) -> tuple[ProgramState, bool, bool]:
    """The stored state or a fresh one; whether it has to be saved; whether it was re-based.

    History that arrived after the days it belongs to were judged (an import after /plan, a late
    edit, a back-dated log) re-bases the programme, so it is judged like any other.
    """
    mark, earliest = arrivals
    if state is None:
        # Start where the log starts, so history imported at sign-up is judged, not skipped.
        since = min((s.day for s in history), default=today)
        state = start_state(lifter, history, today, since=since)
        state.log_mark = mark
        return state, True, False
    rebased = _late(state, arrivals)
    if rebased and earliest is not None:
        state = rebase(lifter, state, history, today, earliest)
    changed = rebased or mark != state.log_mark
    state.log_mark = mark
    return state, changed, rebased


async def refresh(svc: Services, user: User, read: Read | None = None) -> list[Event]:
    """Run the stall rules on the latest log and store what changed (called after logging).

    `read` is what the caller read for it already (see `read_statements`)."""
    return (await _refreshed(svc, user, read)).events


@dataclass(frozen=True)
class _Judged:
    state: ProgramState
    events: list[Event]
    today: date


async def _refreshed(svc: Services, user: User, read: Read | None = None) -> _Judged:
    """Judge every finished day since the last call: the current state, new events, today."""
    today = local_today(svc.now(), user.timezone)
    saved, arrivals = read or (await stored_state(svc, user), None)
    arrivals = arrivals or await _arrivals(svc, user, saved)
    if saved is not None and _settled(saved, today, arrivals):
        return _Judged(saved, [], today)
    lifter = lifter_of(user)
    history = await working_history(svc, user, today)
    state, changed, rebased = _state(lifter, history, today, saved, arrivals)
    start = today - timedelta(weeks=HISTORY_WEEKS)
    weights = await svc.program.bodyweights(user.id, start)
    checkins = await svc.program.checkins(user.id, start)
    new_state, events = update(
        lifter, state, history, today, bodyweights=weights, checkins=checkins
    )
    events = await _unannounced(svc, user, events)
    if events or changed or new_state != state:
        stored = [  # the day judged goes with the event: /block dates it by that, not by now
            NewEvent(e.exercise, e.rule, e.action, {**e.details, "day": e.day.isoformat()},
                     e.message)
            for e in events
        ]  # fmt: skip
        await svc.program.save(user.id, new_state.to_dict(), stored, svc.now())
    return _Judged(new_state, events[-RECENT_EVENTS:] if rebased else events, today)


async def _unannounced(svc: Services, user: User, events: list[Event]) -> list[Event]:
    """Events the lifter hasn't been told yet (a re-based replay meets old ones again)."""
    if not events:
        return events
    told = {
        (e.details.get("day"), e.rule, e.action, e.exercise)
        for e in await svc.program.events(user.id, limit=ANNOUNCED_LOOKBACK)
    }
    return [e for e in events if (e.day.isoformat(), e.rule, e.action, e.exercise) not in told]


async def todays_session(svc: Services, user: User, day: date | None = None) -> Session:
    """Today's session (see `planned`)."""
    today = day or local_today(svc.now(), user.timezone)
    return (await planned(svc, user, today))[0]


async def planned(svc: Services, user: User, today: date) -> tuple[Session, list[LoggedSet]]:
    """Today's session and the working history it was planned from. Days not yet judged are
    judged in memory only, so their changes are announced (and stored) by the next refresh —
    after a log — not swallowed by /plan. A programme judged through yesterday needs only
    today's lifts (`prescribed_lifts`), so only their sets are read: what /plan costs then
    follows the session, not how many weeks of the window the lifter has filled."""
    lifter = lifter_of(user)
    stored = await stored_state(svc, user)
    arrivals = await _arrivals(svc, user, stored)
    judged = stored is not None and not _late(stored, arrivals)
    lifts = prescribed_lifts(lifter, stored, today) if stored is not None and judged else None
    history = await _plan_history(svc, user, today, stored, lifts)
    state, _, _ = _state(lifter, history, today, stored, arrivals)
    if stored is None:
        await svc.program.save(user.id, state.to_dict(), [], svc.now())
    if lifts is not None:  # judged through yesterday: body weight and check-ins are not read
        return prescribe(lifter, state, history, today), history
    start = today - timedelta(weeks=HISTORY_WEEKS)
    weights = await svc.program.bodyweights(user.id, start)
    checkins = await svc.program.checkins(user.id, start)
    session = prescribe(lifter, state, history, today, bodyweights=weights, checkins=checkins)
    return session, history


async def _plan_history(
    svc: Services,
    user: User,
    today: date,
    stored: ProgramState | None,
    lifts: frozenset[str] | None,
) -> list[LoggedSet]:
    """What `planned` reads: every lift of the window; or today's lifts, of their last
    `RECENT_WEEKS`, and only the lifts those weeks don't cover (`uncovered`) further back."""
    if stored is None or lifts is None:
        return await working_history(svc, user, today)
    recent = await working_history(svc, user, today, lifts, RECENT_WEEKS)
    further = uncovered(recent, stored, lifts, today)
    if not further:
        return recent
    kept = [s for s in recent if s.exercise not in further]
    return kept + await working_history(svc, user, today, further)


async def block_text(svc: Services, user: User) -> str:
    """The block, its week and recent changes — after judging any day that has ended since."""
    judged = await _refreshed(svc, user)
    state, today = judged.state, judged.today
    stored = _latest_of_each(await svc.program.events(user.id, limit=30), keep=5)
    events = [
        Event(
            day=date.fromisoformat(e.details.get("day") or e.created_at.date().isoformat()),
            exercise=e.exercise,
            rule=e.rule,
            action=e.action,
            details=e.details,
            message=e.message,
        )
        for e in stored
    ]
    return render_block(block_view(state, today), events, user.unit)


def _latest_of_each(events: list[StoredEvent], keep: int) -> list[StoredEvent]:
    """The newest event of each kind (rule, action, lift or muscle), so a weekly
    "+1 set" doesn't crowd out the change that matters."""
    seen: set[tuple[str, str, str | None, str]] = set()
    kept = []
    for e in events:
        key = (e.rule, e.action, e.exercise, str(e.details.get("muscle", "")))
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return kept[:keep]


async def block_label(svc: Services, user: User, state: ProgramState | None = None) -> str | None:
    """'Base, week 2 of 6'; `state` when the caller has already read it."""
    state = state or await stored_state(svc, user)
    if state is None:
        return None
    view = block_view(state, local_today(svc.now(), user.timezone))
    return f"{view.name}, week {view.week}" + (f" of {view.weeks}" if view.weeks else "")


CHECKIN_REPLIES = {
    "good": "Great — where you're recovering well, volume keeps climbing.",
    "sore": "Noted — I'll hold the sets for muscles that are still sore instead of adding more.",
    "rundown": (
        "Thanks for telling me. Poor sleep and low drive together mean it's time to back off: "
        "from your next session I'll plan a deload week (half the sets, about 10% lighter, "
        "RPE 6 at most), then pick up where you left off."
    ),
}


async def record_checkin(svc: Services, user: User, answer: str) -> str:
    """Store a weekly check-in from the summary's buttons; the rules read it from tomorrow."""
    today = local_today(svc.now(), user.timezone)
    if answer == "sore":
        trained = await svc.sets.working_since(user.id, today - timedelta(days=7))
        muscles = {m for ex, *_ in trained if (e := get(ex)) is not None for m in e.primary}
        checkin = CheckIn(today, frozenset(muscles), soreness_over_72h=True)
    elif answer == "rundown":
        checkin = CheckIn(today, poor_sleep=True, low_motivation=True)
    else:
        checkin = CheckIn(today)
    await svc.program.set_checkin(user.id, checkin)
    return CHECKIN_REPLIES.get(answer, CHECKIN_REPLIES["good"])
