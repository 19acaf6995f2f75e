"""Who is talking: the user record on first contact, the pending step, blocked users.

`User` is re-exported here so handlers get the domain-facing type without importing storage/.
"""

from __future__ import annotations

from bot.services.container import Services
from storage.users import User

__all__ = ["User", "ensure_user", "mark_inactive", "set_pending"]


async def ensure_user(
    svc: Services,
    user_id: int,
    chat_id: int,
    first_name: str,
    *,
    private: bool = True,
    prefetched: tuple[User | None] | None = None,
) -> User:
    """The sender, created with default settings on first contact (`prefetched`: the row
    this update's admission read, bot/services/updates.py)."""
    return await svc.users.ensure(
        user_id, chat_id, first_name, svc.now(), private=private, prefetched=prefetched
    )


async def set_pending(svc: Services, user_id: int, pending: str | None) -> None:
    """Remember (or forget) what the user's next message or file answers, e.g. "import"."""
    await svc.users.update(user_id, svc.now(), pending=pending)


async def mark_inactive(svc: Services, user_id: int) -> None:
    """The user blocked the bot: no more prompts until they write again (ensure() reactivates)."""
    await svc.users.update(user_id, svc.now(), active=False)
