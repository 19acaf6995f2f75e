"""The Mini App's use cases. Each reuses the chat's own path: adding a set goes through the
parser and `log_message`, editing or deleting one rebuilds the bests and runs the programme's
`refresh` exactly as an edited message does, import/export/delete are the chat's functions."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import groupby
from typing import Any

from bot.exercises import MAIN_LIFTS, display_name
from bot.programming import Event, Session, prescribe
from bot.programming.render import fmt_item, week_label
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.history import day_runs, group_text
from bot.services.logbook import log_message
from bot.services.program import (
    block_text,
    lifter_of,
    refresh,
    stored_state,
    todays_session,
    working_history,
)
from bot.services.settings import set_goal
from bot.services.stats import CHART_DAYS, block_spans, chart_points, stats_report
from bot.units import Unit, from_kg, to_kg
from bot.web.programs import ProgramAdapter, describe
from bot.web.svg import Series, line_chart, progress_chart
from storage.set_edits import SetChange, SetEdits
from storage.sets import StoredSet
from storage.users import User

LOG_DAYS = 10
PLAN_DAYS = 14
DEFAULT_DAYS = 0b0010101  # Mon, Wed, Fri when the lifter has not chosen days
GOAL_NAMES = {"strength": "strength", "hypertrophy": "size", "both": "strength and size"}


class NotFound(Exception):
    """No such set among the caller's own."""


class BadInput(ValueError):
    """The input can't be used; the message tells the lifter why."""


def set_json(s: StoredSet) -> dict[str, Any]:
    weight = from_kg(s.weight_kg, s.unit) if s.weight_kg is not None else None
    return {
        "id": s.id, "exercise": s.exercise, "name": display_name(s.exercise),
        "weight": round(weight, 2) if weight is not None else None, "unit": s.unit,
        "reps": s.reps, "rpe": s.rpe, "bodyweight": s.bodyweight, "warmup": s.warmup,
        "source": s.source, "text": group_text([s], s.unit),
    }  # fmt: skip


async def log_days(
    svc: Services, user: User, exercise: str | None, before: date | None
) -> dict[str, Any]:
    """The caller's recent days (SPEC.md `GET /app/api/log`) and where older ones start."""
    sets = await svc.sets.recent_days(user.id, LOG_DAYS + 1, exercise, before)
    days = [(d, list(rows)) for d, rows in groupby(sets, key=lambda s: s.local_date)]
    more = len(days) > LOG_DAYS
    days = days[:LOG_DAYS]
    return {
        "days": [_day_json(d, rows) for d, rows in days],
        "older": days[-1][0].isoformat() if more else None,
        "unit": user.unit,
    }


def _day_json(day: date, sets: list[StoredSet]) -> dict[str, Any]:
    """A day's sets (flat, as SPEC.md shows) and the groups the chat would print them as."""
    groups = [
        {"text": group_text(run, run[0].unit), "warmup": run[0].warmup,
         "set_ids": [s.id for s in run]}
        for run in day_runs(sets)
    ]  # fmt: skip
    return {"date": day.isoformat(), "sets": [set_json(s) for s in sets], "groups": groups}


def _events_json(events: list[Event]) -> list[str]:
    return [e.message for e in events]


async def add_sets(svc: Services, user: User, text: str, nonce: int) -> dict[str, Any]:
    """Log typed sets as if sent in chat; `nonce` keys the write, so a retry adds nothing."""
    outcome = await log_message(svc, user, user.chat_id, -nonce, text, svc.now())
    if not outcome.groups:
        raise BadInput(outcome.parsed.error or "I couldn't read that as a set, try 'bench 100x5'.")
    events = await refresh(svc, user)
    return {"logged": [g.line() for g in outcome.groups], "events": _events_json(events)}


async def edit_set(
    svc: Services, user: User, set_id: int, weight: float | None, reps: int, rpe: float | None
) -> dict[str, Any]:
    """Change one set (load in the unit it was logged in); bests and programme follow."""
    edits = SetEdits(svc.db)
    old = await edits.get(user.id, set_id)
    if old is None:
        raise NotFound
    if weight is not None and weight < 0 and not old.bodyweight:
        raise BadInput("Only bodyweight moves take a negative (assisted) load.")
    weight_kg = to_kg(weight, old.unit) if weight is not None else None
    changed = await edits.update(user.id, set_id, SetChange(weight_kg, reps, rpe))
    if changed is None:
        raise NotFound
    events = await refresh(svc, user)
    return {"set": set_json(changed), "events": _events_json(events)}


async def delete_set(svc: Services, user: User, set_id: int) -> dict[str, Any]:
    removed = await SetEdits(svc.db).delete(user.id, set_id)
    if removed is None:
        raise NotFound
    events = await refresh(svc, user)
    return {"removed": group_text([removed], removed.unit), "events": _events_json(events)}


async def progress(svc: Services, user: User, exercise: str | None) -> dict[str, Any]:
    """Charts of one lift (the main lifts first), muscles against targets, body weight."""
    found = await SetEdits(svc.db).exercises(user.id)
    lifts = sorted(found, key=lambda e: MAIN_LIFTS.index(e) if e in MAIN_LIFTS else len(MAIN_LIFTS))
    chosen = exercise if exercise in lifts else (lifts[0] if lifts else None)
    today = local_today(svc.now(), user.timezone)
    chart = ""
    if chosen is not None:
        latest = await svc.sets.last_day(user.id, chosen) or today
        start = min(latest, today) - timedelta(days=CHART_DAYS)
        points = await chart_points(svc, user, chosen, start)
        spans = block_spans(await stored_state(svc, user), today)
        chart = progress_chart(display_name(chosen), points, spans)
    return {
        "lifts": [{"exercise": e, "name": display_name(e)} for e in lifts],
        "exercise": chosen,
        "chart": chart,
        "unit": user.unit,
        "muscles": await _muscles(svc, user),
        "bodyweight": await _bodyweight_chart(svc, user, today),
    }


async def _muscles(svc: Services, user: User) -> list[dict[str, Any]]:
    report = await stats_report(svc, user)
    if report is None:
        return []
    return [
        {"muscle": m.muscle, "sets": m.sets, "target": m.start, "cap": m.cap, "status": m.status}
        for m in report.muscles
    ]


async def _bodyweight_chart(svc: Services, user: User, today: date) -> str:
    weights = await svc.program.bodyweights(user.id, today - timedelta(days=CHART_DAYS))
    unit: Unit = user.unit
    points = [(d, from_kg(kg, unit)) for d, kg in weights]
    return line_chart(f"Body weight ({unit})", [Series("bw", points)])


def _training_days(user: User, today: date) -> list[date]:
    mask = user.training_days or DEFAULT_DAYS
    days = (today + timedelta(days=i) for i in range(PLAN_DAYS))
    return [d for d in days if mask >> d.weekday() & 1]


async def programme(svc: Services, user: User, programs: ProgramAdapter) -> dict[str, Any]:
    """The block and its recent changes, the next two weeks as prescribed, goal and programme."""
    block = await block_text(svc, user)
    today = local_today(svc.now(), user.timezone)
    sessions = [
        _session_json(s, d, user.unit)
        for d, s in await _coming_sessions(svc, user, _training_days(user, today), today)
    ]
    return {
        "block": block,
        "sessions": sessions,
        "goal": user.goal,
        "program": await programs.current(svc, user),
        "programs": [{"name": n, "about": describe(n)} for n in programs.names],
    }


async def _coming_sessions(
    svc: Services, user: User, days: list[date], today: date
) -> list[tuple[date, Session]]:
    """Each day as `/plan` would prescribe it, reading the history once for all of them."""
    state = await stored_state(svc, user)  # block_text has just judged and saved it
    if state is None:
        return [(d, await todays_session(svc, user, d)) for d in days]
    lifter, history = lifter_of(user), await working_history(svc, user, today)
    return [(d, prescribe(lifter, state, history, d)) for d in days]


def _session_json(session: Session, day: date, unit: Unit) -> dict[str, Any]:
    items = []
    for item in session.items:
        line, _, note = fmt_item(item, unit).removeprefix("• ").partition("\n")
        items.append({"line": line, "note": note.strip()})
    return {
        "date": day.isoformat(), "title": session.title, "block": session.block_label,
        "week": week_label(session.week, session.weeks), "deload": session.deload,
        "items": items,
    }  # fmt: skip


async def change_goal(svc: Services, user: User, goal: str) -> str:
    """Set the goal; like /goal, the programme starts a fresh block that fits it."""
    await set_goal(svc, user.id, goal)
    return f"Goal set to {GOAL_NAMES[goal]}. Your next block is built around it."
