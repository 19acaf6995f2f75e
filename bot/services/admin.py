"""Operator overview: users, activity, sets today, prompts due."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

from bot.runtime.delivery import Prompt
from bot.services.container import Services

PENDING = "broadcast:"  # the operator's previewed broadcast, kept in users.pending


async def overview(svc: Services) -> str:
    now = svc.now()
    users, active = await svc.users.counts(now - timedelta(days=7))
    sets_today = await svc.sets.count_created_since(now - timedelta(days=1))
    due = await svc.reminders.due_count(int((now + timedelta(hours=1)).timestamp()))
    return (
        "Spotter overview\n"
        f"Users: {users} (active in the last 7 days: {active})\n"
        f"Sets logged in the last 24 h: {sets_today}\n"
        f"Prompts due within the hour: {due}"
    )


async def audience(svc: Services) -> AsyncIterator[list[tuple[int, int]]]:
    """Everyone a broadcast goes to, (user id, chat id) in pages, without loading all at once."""
    after = 0
    while page := await svc.users.active_chats(after):
        yield page
        after = page[-1][0]


async def preview_broadcast(svc: Services, operator_id: int, text: str) -> None:
    """Keep the text until the operator presses Send or Cancel."""
    await svc.users.update(operator_id, svc.now(), pending=PENDING + text)


async def take_broadcast(svc: Services, operator_id: int) -> str | None:
    """The previewed text (None if there is none), forgotten either way."""
    user = await svc.users.get(operator_id)
    pending = user.pending if user else None
    await svc.users.update(operator_id, svc.now(), pending=None)
    if not pending or not pending.startswith(PENDING):
        return None
    return pending[len(PENDING) :]


async def broadcast(svc: Services, text: str) -> None:
    """Queue one message per active user; the outbox paces them and marks blockers inactive."""
    outbox = svc.outbox
    assert outbox is not None  # joined at start-up, before any update is handled
    async for page in audience(svc):
        for user_id, chat_id in page:
            await outbox.put(Prompt(user_id, chat_id, text))
