"""How updates are processed: concurrently across users, in order for each user, flood-limited."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import BaseUpdateProcessor

UNBOUNDED = 1_000_000
# Updates one user may have queued (at the gate's pace of 1/s, over three minutes of backlog):
# beyond it the newest are refused aloud, so a scripted flood can't take unbounded memory.
MAX_PENDING = 200
FLOOD_REFUSAL = (
    "You've sent more messages at once than I can queue, so I skipped the newest ones. "
    "Give me a minute, then check /history and send again whatever is missing."
)
log = logging.getLogger(__name__)


def update_user_id(update: object) -> int | None:
    if isinstance(update, Update) and update.effective_user is not None:
        return update.effective_user.id
    return None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Different users run concurrently; one user's updates run one at a time, in order.

    Order matters: "bench 100x5" then "/undo" must not race. Locks are dropped once idle,
    so memory stays proportional to users active right now.
    """

    def __init__(self, max_concurrent_updates: int = 64, max_pending: int = MAX_PENDING) -> None:
        # PTB takes its concurrency slot *before* do_process_update, so one user with 100 queued
        # updates would hold all 64 slots while waiting for their own lock and starve everyone.
        # The base bound is therefore only nominal; the real one is taken after the user's lock.
        super().__init__(UNBOUNDED)
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}
        self._max_pending = max_pending
        self._told: set[int] = set()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user_id = update_user_id(update)
        if user_id is None:
            async with self._slots:
                await coroutine
            return
        if self._waiting.get(user_id, 0) >= self._max_pending:
            await self._refuse(user_id, update, coroutine)
            return
        lock = self._locks.setdefault(user_id, asyncio.Lock())
        self._waiting[user_id] = self._waiting.get(user_id, 0) + 1
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            self._waiting[user_id] -= 1
            if self._waiting[user_id] == 0:
                del self._waiting[user_id]
                self._locks.pop(user_id, None)
                self._told.discard(user_id)

    async def _refuse(self, user_id: int, update: object, coroutine: Awaitable[Any]) -> None:
        """Clear abuse: the newest update is dropped, logged, and the user told once per flood."""
        _close(coroutine)
        log.warning("flood: update from user %s dropped, %d queued", user_id, self._max_pending)
        if user_id in self._told or not isinstance(update, Update):
            return
        self._told.add(user_id)
        if update.effective_chat is not None:
            with contextlib.suppress(TelegramError):
                await update.effective_chat.send_message(FLOOD_REFUSAL)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _close(coroutine: Awaitable[Any]) -> None:
    close = getattr(coroutine, "close", None)
    if close is not None:
        close()


class FloodGuard:
    """A token bucket per user that paces a burst instead of dropping it.

    The first `burst` updates pass at once, the rest wait their turn at `rate` per second
    (a lifter pasting 45 sets gets all 45 logged, in order). Because one user's updates run
    one at a time, the wait holds only that user; the processor caps how many may queue."""

    def __init__(
        self, rate: float = 1.0, burst: int = 20, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._rate = rate
        self._burst = burst
        self._clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}
        self._warned: set[int] = set()

    def reserve(self, user_id: int) -> float:
        """Take this update's token; the seconds it must wait for it (0: now)."""
        now = self._clock()
        tokens, last = self._buckets.get(user_id, (float(self._burst), now))
        tokens = min(self._burst, tokens + (now - last) * self._rate)
        self._buckets[user_id] = (tokens - 1, now)
        if len(self._buckets) > 50_000:
            self._forget_full(now)
        return max(0.0, (1 - tokens) / self._rate)

    def _forget_full(self, now: float) -> None:
        full = [
            uid
            for uid, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self._rate >= self._burst
        ]
        for uid in full:
            del self._buckets[uid]
