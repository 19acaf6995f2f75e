"""How updates are processed: concurrently across users, in order for each user, flood-limited."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

UNBOUNDED = 1_000_000


def update_user_id(update: object) -> int | None:
    if isinstance(update, Update) and update.effective_user is not None:
        return update.effective_user.id
    return None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Different users run concurrently; one user's updates run one at a time, in order.

    Order matters: "bench 100x5" then "/undo" must not race. Locks are dropped once idle,
    so memory stays proportional to users active right now.
    """

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        # PTB takes its concurrency slot *before* do_process_update, so one user with 100 queued
        # updates would hold all 64 slots while waiting for their own lock and starve everyone.
        # The base bound is therefore only nominal; the real one is taken after the user's lock.
        super().__init__(UNBOUNDED)
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user_id = update_user_id(update)
        if user_id is None:
            async with self._slots:
                await coroutine
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

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


class FloodGuard:
    """A token bucket per user: a burst of `burst` updates, then `rate` per second."""

    def __init__(self, rate: float = 1.0, burst: int = 20, clock: Any = time.monotonic) -> None:
        self._rate = rate
        self._burst = burst
        self._clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}
        self._warned: set[int] = set()

    def allow(self, user_id: int) -> bool:
        now = self._clock()
        tokens, last = self._buckets.get(user_id, (float(self._burst), now))
        tokens = min(self._burst, tokens + (now - last) * self._rate)
        if tokens >= 1:
            self._buckets[user_id] = (tokens - 1, now)
            if tokens - 1 >= self._burst / 2:
                self._warned.discard(user_id)
            if len(self._buckets) > 50_000:
                self._forget_full(now)
            return True
        self._buckets[user_id] = (tokens, now)
        return False

    def first_refusal(self, user_id: int) -> bool:
        """True once per flood, so the user hears why before the bot goes quiet."""
        if user_id in self._warned:
            return False
        self._warned.add(user_id)
        return True

    def _forget_full(self, now: float) -> None:
        full = [
            uid
            for uid, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self._rate >= self._burst
        ]
        for uid in full:
            del self._buckets[uid]
