"""Operator overview: users, activity, sets today, prompts due."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

from bot.services.container import Services


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
