"""The coach with the lifter's own numbers: e1RMs, recent rep ranges and the current block."""

from __future__ import annotations

from datetime import timedelta
from itertools import groupby

from bot.coach import CoachAnswer, LifterContext, LiftSnapshot, answer
from bot.exercises import MAIN_LIFTS, display_name
from bot.logbook import best_e1rm_of
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.program import block_label
from storage.users import User

RECENT_DAYS = 28
MAX_LIFTS = 6


async def lifter_context(svc: Services, user: User) -> LifterContext:
    bests = await svc.sets.bests(user.id)
    e1rms = {
        exercise: value
        for exercise, rows in groupby(bests, key=lambda r: r.exercise)
        if (value := best_e1rm_of({r.reps: r.weight_kg for r in rows})) is not None
    }
    today = local_today(svc.now(), user.timezone)
    recent = await svc.sets.since(user.id, today - timedelta(days=RECENT_DAYS))
    reps: dict[str, list[int]] = {}
    for s in recent:
        if not s.warmup:
            reps.setdefault(s.exercise, []).append(s.reps)
    ordered = [e for e in MAIN_LIFTS if e in e1rms] + sorted(
        (e for e in e1rms if e not in MAIN_LIFTS), key=lambda e: -len(reps.get(e, []))
    )
    lifts = tuple(
        LiftSnapshot(e, display_name(e), e1rms[e], tuple(reps.get(e, [])[-12:]))
        for e in ordered[:MAX_LIFTS]
    )
    return LifterContext(
        unit=user.unit,
        goal=user.goal,
        experience=user.experience,
        block=await block_label(svc, user),
        lifts=lifts,
    )


async def ask(svc: Services, user: User, question: str) -> CoachAnswer:
    return answer(question, await lifter_context(svc, user))
