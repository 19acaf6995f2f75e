"""getUpdates state per bot token: the queue, the one allowed long poll, the webhook."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class Poll:
    """One waiting getUpdates call; a newer call terminates it with 409."""

    terminated = False


@dataclass
class BotState:
    """What Telegram keeps per bot token."""

    queue: list[dict[str, Any]] = field(default_factory=list)
    webhook: dict[str, Any] = field(default_factory=dict)
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    poll: Poll | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def notify(self) -> None:
        """Wake every waiting long poll."""
        self.changed.set()
        self.changed = asyncio.Event()


def confirm(bot: BotState, offset: int) -> None:
    """getUpdates' offset forgets every update below it; a negative one keeps the last N."""
    if offset < 0:
        del bot.queue[:offset]
    elif offset:
        bot.queue[:] = [u for u in bot.queue if u["update_id"] >= offset]


async def wait_for_updates(bot: BotState, poll: Poll, timeout: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not bot.queue and not poll.terminated and not bot.webhook.get("url"):
        remaining = deadline - loop.time()
        if remaining <= 0:
            return
        try:
            await asyncio.wait_for(bot.changed.wait(), remaining)
        except TimeoutError:
            return
