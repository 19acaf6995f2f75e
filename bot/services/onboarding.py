"""/start's questions as a table: each step's answer goes to one service call."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.reminders import parse_hhmm
from bot.services.container import Services
from bot.services.reminders import set_reminder
from bot.services.settings import set_experience, set_timezone, set_training_days, set_unit
from bot.services.users import set_pending
from bot.typed_settings import read_answer
from storage.users import User

PENDING = "onboard:"  # users.pending while a /start question waits for its answer
HINTED = "?"  # …and once the lifter has been told how to answer it

Answer = Callable[[Services, User, str], Awaitable[object]]


async def _goal(svc: Services, user: User, value: str) -> None:
    """Only the goal is recorded here (unlike /goal, which also starts a new block)."""
    await svc.users.update(user.id, svc.now(), goal=value)


async def _time(svc: Services, user: User, value: str) -> None:
    if value != "none":  # "No prompts"
        await set_reminder(svc, user, parse_hhmm(f"{value[:2]}:{value[2:]}"), None)


ANSWERS: dict[str, Answer] = {
    "goal": _goal,
    "level": lambda svc, user, value: set_experience(svc, user.id, value),
    "units": lambda svc, user, value: set_unit(svc, user.id, value),
    "days": lambda svc, user, value: set_training_days(svc, user.id, int(value)),
    "time": _time,
    "tz": lambda svc, user, value: set_timezone(svc, user.id, value),
}


async def save_answer(svc: Services, user: User, step: str, value: str) -> None:
    """Store one onboarding answer ("skip" stores nothing)."""
    if value != "skip":
        await ANSWERS[step](svc, user, value)


async def await_answer(
    svc: Services, user_id: int, step: str | None, *, hinted: bool = False
) -> None:
    """Remember which question is open, so a typed answer counts like a tap (survives restarts)."""
    await set_pending(svc, user_id, PENDING + step + HINTED * hinted if step else None)


def open_step(user: User) -> tuple[str, bool] | None:
    """The /start question this user was asked last and hasn't answered, and whether they
    were already told how to answer it."""
    pending = user.pending or ""
    if not pending.startswith(PENDING):
        return None
    step = pending.removeprefix(PENDING)
    return step.removesuffix(HINTED), step.endswith(HINTED)


async def save_typed(svc: Services, user: User, step: str, text: str) -> str | None:
    """Store a typed answer to `step`; the value stored, or None when the text isn't one."""
    value = read_answer(step, text)
    if value is not None:
        await save_answer(svc, user, step, value)
    return value
