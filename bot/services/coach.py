"""The coach with the lifter's own numbers (e1RMs, recent reps, block) and a short memory."""

from __future__ import annotations

from datetime import timedelta
from itertools import groupby

from bot.coach import CoachAnswer, LifterContext, LiftSnapshot, answer, answer_card
from bot.coach.asks import is_follow_up
from bot.exercises import MAIN_LIFTS, display_name
from bot.logbook import best_e1rm_of
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.program import block_label, stored_state
from bot.services.programmes import program_name
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
    state = await stored_state(svc, user)  # read once for the block and the programme
    return LifterContext(
        unit=user.unit,
        goal=user.goal,
        experience=user.experience,
        block=await block_label(svc, user, state),
        lifts=lifts,
        program=program_name(state),
    )


async def ask(svc: Services, user: User, question: str) -> CoachAnswer:
    """Answer a chat question; a follow-up within a few minutes is read against the last card."""
    now = svc.now()
    memory = svc.coach_memory
    previous, before = memory.recall(user.id, now), memory.recall_question(user.id, now)
    context = await lifter_context(svc, user)
    today = local_today(now, user.timezone)
    reply = answer(question, context, previous=previous, today=today, before=before)
    if reply.cards and not reply.choices:  # a follow-up keeps the question it follows
        asked = before if previous and before and is_follow_up(question) else question
        memory.remember(user.id, reply.cards[-1], now, asked)
    return reply


async def ask_card(svc: Services, user: User, card_id: str) -> CoachAnswer | None:
    """The reading a lifter tapped after an unclear question."""
    reply = answer_card(card_id, await lifter_context(svc, user))
    if reply is not None:
        svc.coach_memory.remember(user.id, card_id, svc.now())
    return reply
