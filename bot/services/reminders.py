"""Turning prompts on and off: the reminder rows the scheduler tick reads."""

from __future__ import annotations

from datetime import time, timedelta

from bot.reminders import EVERY_DAY, first_day_mask, format_days, format_time, next_fire, zone
from bot.services.container import Services
from storage.users import User

SESSION = "session"
WEEKLY = "weekly"


async def set_reminder(svc: Services, user: User, local_time: time, days_mask: int | None) -> str:
    """Switch on the daily prompt (and the weekly summary on the first training day)."""
    now = svc.now()
    if days_mask is not None and days_mask != EVERY_DAY:
        await svc.users.update(user.id, now, training_days=days_mask)
    mask = days_mask or user.training_days or EVERY_DAY
    tz = zone(user.timezone)
    await svc.reminders.set(
        user.id, SESSION, local_time, mask, int(next_fire(local_time, mask, tz, now).timestamp())
    )
    weekly = first_day_mask(mask)
    await svc.reminders.set(
        user.id, WEEKLY, local_time, weekly, int(next_fire(local_time, weekly, tz, now).timestamp())
    )
    days = "every day" if mask == EVERY_DAY else f"on {format_days(mask)}; rest days stay quiet"
    return (
        f"Done — I'll send your session at {format_time(local_time)} ({user.timezone}) "
        f"{days}. Change it any time with /remind, or /remind off."
    )


async def snooze(svc: Services, user_id: int, delay: timedelta) -> None:
    """Send today's prompt again after `delay` (the Snooze button)."""
    await svc.reminders.snooze(user_id, int((svc.now() + delay).timestamp()))


async def reminder_off(svc: Services, user: User) -> str:
    await svc.reminders.disable(user.id, SESSION)
    await svc.reminders.disable(user.id, WEEKLY)
    return "Daily prompts are off. Turn them back on with /remind 07:30."


async def describe_reminder(svc: Services, user: User) -> str:
    rem = await svc.reminders.get(user.id, SESSION)
    if rem is None or not rem.enabled:
        return "No daily prompt yet. Try /remind 07:30 or /remind 18:00 mon,wed,fri."
    return (
        f"Your prompt: {format_time(rem.local_time)} ({user.timezone}) on "
        f"{format_days(rem.days_mask)}. Change it with /remind HH:MM [days] or /remind off."
    )
