"""Operator overview: users, activity, sets today, prompts due."""

from __future__ import annotations

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
