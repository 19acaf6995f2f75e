"""Changing a lifter's settings, with what each change implies (a new block, new fire times)."""

from __future__ import annotations

from bot.services.calendar import local_today
from bot.services.container import Services
from storage.users import User


async def set_unit(svc: Services, user_id: int, unit: str) -> None:
    await svc.users.update(user_id, svc.now(), unit=unit)


async def set_timezone(svc: Services, user_id: int, name: str) -> None:
    """A new zone moves every prompt's next fire time to the same local clock time."""
    now = svc.now()
    await svc.users.update(user_id, now, timezone=name)
    await svc.reminders.reschedule_user(user_id, now)


async def set_goal(svc: Services, user_id: int, goal: str) -> None:
    """A new goal starts a fresh block built around it."""
    await svc.users.update(user_id, svc.now(), goal=goal)
    await svc.program.reset(user_id)


async def set_experience(svc: Services, user_id: int, level: str) -> None:
    """A new level changes the block sequence, so the programme starts over."""
    await svc.users.update(user_id, svc.now(), experience=level)
    await svc.program.reset(user_id)


async def set_training_days(svc: Services, user_id: int, days_mask: int) -> None:
    await svc.users.update(user_id, svc.now(), training_days=days_mask)


async def log_bodyweight(svc: Services, user: User, weight_kg: float) -> None:
    """Today's body weight (in the lifter's zone); it feeds the size-plateau rule."""
    await svc.program.set_bodyweight(user.id, local_today(svc.now(), user.timezone), weight_kg)
