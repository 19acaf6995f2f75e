"""Handled update ids, so a batch Telegram redelivers after a crash runs nothing twice."""

from __future__ import annotations

from bot.services.container import Services


async def already_handled(svc: Services, update_id: int) -> bool:
    return await svc.updates.seen(update_id)


async def mark_handled(svc: Services, update_id: int) -> None:
    await svc.updates.mark(update_id, int(svc.now().timestamp()))
