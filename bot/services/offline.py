"""Services for command-line use (import, export) outside the running bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.config import Settings
from bot.services.container import Services, open_services
from storage.users import User


@asynccontextmanager
async def with_user(settings: Settings, user_id: int) -> AsyncIterator[tuple[Services, User]]:
    """Open the store and the user (created with defaults if new; the chat is the user id)."""
    svc = await open_services(settings)
    try:
        user = await svc.users.ensure(user_id, user_id, "", svc.now())
        yield svc, user
    finally:
        await svc.close()
