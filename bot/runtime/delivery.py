"""The single gate every outgoing message passes: a prioritised rate limiter and the outbox.

PTB's AIORateLimiter re-raises RetryAfter by default and has no priorities; here interactive
replies jump ahead of bulk reminder prompts, a flood wait holds only the chat it was given for
(then the same request is retried) unless several chats are told to wait at once, which is the
bot's global limit and pauses every send; transient network errors are retried with a bounded
backoff.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter, ExtBot

log = logging.getLogger(__name__)

Priority = Literal["interactive", "bulk"]
BULK: dict[str, Any] = {"priority": "bulk"}
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
Result = bool | dict[str, Any] | list[dict[str, Any]]
# This many chats in a flood wait at the same moment means the bot's own limit: pause all.
GLOBAL_FLOOD_CHATS = 3


class PriorityRateLimiter(BaseRateLimiter[dict[str, Any]]):
    """A global token bucket of `rate` sends/s for chat requests, interactive before bulk.

    `clock` and `sleep` are injectable so tests can measure the rate on a virtual clock.
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: int = 1,
        max_flood_retries: int = 5,
        max_network_retries: int = 3,
        backoff_s: float = 0.5,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self._interval = 1.0 / rate
        self._burst = burst
        self._max_flood_retries = max_flood_retries
        self._max_network_retries = max_network_retries
        self._backoff_s = backoff_s
        self._clock = clock
        self._sleep = sleep
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._chat_paused: dict[Any, float] = {}
        self._chat_turns: dict[Any, tuple[asyncio.Lock, int]] = {}
        self._waiting: dict[Priority, deque[asyncio.Future[None]]] = {
            "interactive": deque(),
            "bulk": deque(),
        }
        self._pump: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        """Nothing to open: the pump starts on the first request."""

    async def shutdown(self) -> None:
        """Stop the pump; requests still waiting for a slot are cancelled, not left hanging."""
        for queue in self._waiting.values():
            while queue:
                queue.popleft().cancel()
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
            self._pump = None

    def waiting(self, priority: Priority) -> int:
        return sum(1 for f in self._waiting[priority] if not f.done())

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> Result:
        bulk = (rate_limit_args or {}).get("priority") == "bulk"
        priority: Priority = "bulk" if bulk else "interactive"
        chat = data.get("chat_id")
        if chat is None:
            return await self._send(callback, args, kwargs, endpoint, priority, None)
        async with self._chat_turn(chat):
            return await self._send(callback, args, kwargs, endpoint, priority, chat)

    @contextlib.asynccontextmanager
    async def _chat_turn(self, chat: Any) -> AsyncIterator[None]:
        """One request per chat at a time, in order: a chat's flood wait holds only its own
        later messages (split replies stay in order), never another chat's."""
        turn, users = self._chat_turns.get(chat, (asyncio.Lock(), 0))
        self._chat_turns[chat] = (turn, users + 1)
        try:
            async with turn:
                yield
        finally:
            turn, users = self._chat_turns[chat]
            if users == 1:
                del self._chat_turns[chat]
            else:
                self._chat_turns[chat] = (turn, users - 1)

    async def _send(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        priority: Priority,
        chat: Any,
    ) -> Result:
        floods = network = 0
        retrying = False
        while True:
            if chat is not None:
                await self._acquire(priority, front=retrying)
            try:
                return await callback(*args, **kwargs)
            except (BadRequest, Forbidden):
                raise
            except RetryAfter as exc:
                floods += 1
                if floods > self._max_flood_retries:
                    raise
                # the private timedelta: the public int form is deprecated in PTB 22.2+
                wait = exc._retry_after.total_seconds() + 0.1
                log.warning("flood limit on %s: chat waits %.1f s", endpoint, wait)
                self._pause(chat, wait)
                await self._sleep(wait)
            except NetworkError as exc:
                network += 1
                if network > self._max_network_retries:
                    raise
                delay = self._backoff_s * 2 ** (network - 1)
                log.info("%s failed (%s); retry %d in %.1f s", endpoint, exc, network, delay)
                await self._sleep(delay)
            retrying = True

    def _pause(self, chat: Any, wait: float) -> None:
        """Hold this chat for `wait` s; hold every chat when several are held at once."""
        now = self._clock()
        until = now + wait
        if chat is None:
            self._paused_until = max(self._paused_until, until)
            return
        if len(self._chat_paused) > 1000:
            self._chat_paused = {c: t for c, t in self._chat_paused.items() if t > now}
        self._chat_paused[chat] = max(self._chat_paused.get(chat, 0.0), until)
        held = sum(1 for t in self._chat_paused.values() if t > now)
        if held >= GLOBAL_FLOOD_CHATS:
            log.warning("%d chats in a flood wait: pausing all sends for %.1f s", held, wait)
            self._paused_until = max(self._paused_until, until)

    async def _acquire(self, priority: Priority, *, front: bool = False) -> None:
        """Wait for a send slot; a retried request goes to the front of its queue."""
        if priority == "interactive" and self._take_free_slot():
            return
        slot: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue = self._waiting[priority]
        if front:
            queue.appendleft(slot)
        else:
            queue.append(slot)
        if self._pump is None or self._pump.done():
            self._pump = asyncio.create_task(self._run_pump(), name="rate-limiter-pump")
        await slot

    def _take_free_slot(self) -> bool:
        """With nobody queued and a slot due, a reply takes it at once instead of waking the
        pump (the usual case below the rate: no future, no task switch). Bulk sends always
        queue, so replies arriving in the same moment still go before them."""
        if self._head_queue() is not None:
            return False
        now = self._clock()
        if now < self._ready_at():
            return False
        self._next_slot = max(self._next_slot, now - self._interval / 2) + self._interval
        return True

    def _ready_at(self) -> float:
        return max(self._next_slot - self._interval * (self._burst - 1), self._paused_until)

    async def _run_pump(self) -> None:
        """Hand out slots one interval apart, interactive first, holding during flood waits."""
        while (queue := self._head_queue()) is not None:
            now = self._clock()
            ready_at = self._ready_at()
            if now < ready_at:
                await self._sleep(ready_at - now)
                continue  # a more urgent request may have arrived meanwhile
            queue.popleft().set_result(None)
            # Stay on the slot grid despite sleep overshoot (else ~3% is lost at 25/s), but
            # never bank credit after an idle spell.
            self._next_slot = max(self._next_slot, now - self._interval / 2) + self._interval

    def _head_queue(self) -> deque[asyncio.Future[None]] | None:
        """The most urgent non-empty queue, after dropping waiters that were cancelled."""
        for queue in self._waiting.values():
            while queue and queue[0].done():
                queue.popleft()
            if queue:
                return queue
        return None


@dataclass(frozen=True, slots=True)
class Prompt:
    """One reminder message waiting for its turn."""

    user_id: int
    chat_id: int
    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)
    delivery_id: int | None = None


OnSent = Callable[[int | None, int], Awaitable[None]]
OnBlocked = Callable[[int], Awaitable[None]]
OnFailed = Callable[[int | None], Awaitable[None]]


def keyboard(buttons: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
    """Rows of (label, callback_data) as an inline keyboard; None when there are none."""
    if not buttons:
        return None
    rows = [[InlineKeyboardButton(label, callback_data=data) for label, data in r] for r in buttons]
    return InlineKeyboardMarkup(rows)


class Outbox:
    """A bounded queue of prompts drained by a few workers at bulk priority.

    The bound gives back-pressure: the tick waits rather than holding 100k prompts in memory.
    """

    def __init__(
        self,
        bot: ExtBot[Any],
        *,
        on_sent: OnSent,
        on_blocked: OnBlocked,
        on_failed: OnFailed,
        workers: int = 8,
        maxsize: int = 1000,
    ) -> None:
        self._bot = bot
        self._on_sent = on_sent
        self._on_blocked = on_blocked
        self._on_failed = on_failed
        self._queue: asyncio.Queue[Prompt] = asyncio.Queue(maxsize)
        self._worker_count = workers
        self._workers: list[asyncio.Task[None]] = []

    def __len__(self) -> int:
        return self._queue.qsize()

    async def put(self, prompt: Prompt) -> None:
        """Queue a prompt (waits while the queue is full); workers start on first use."""
        if not self._workers:
            self._workers = [
                asyncio.create_task(self._work(), name=f"outbox-{i}")
                for i in range(self._worker_count)
            ]
        await self._queue.put(prompt)

    async def join(self) -> None:
        """Wait until every queued prompt has been sent or settled."""
        await self._queue.join()

    async def close(self) -> None:
        """Drain, then stop the workers."""
        await self.join()
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []

    async def _work(self) -> None:
        while True:
            prompt = await self._queue.get()
            try:
                await self._deliver(prompt)
            except Exception:
                log.exception("outbox callback failed for delivery %s", prompt.delivery_id)
            finally:
                self._queue.task_done()

    async def _deliver(self, prompt: Prompt) -> None:
        try:
            message = await self._bot.send_message(
                prompt.chat_id,
                prompt.text,
                reply_markup=keyboard(prompt.buttons),
                rate_limit_args=BULK,
            )
        except Forbidden:
            log.info("user %s blocked the bot; no more prompts for them", prompt.user_id)
            await self._on_blocked(prompt.user_id)
        except TelegramError as exc:
            log.warning("prompt %s to user %s failed: %s", prompt.delivery_id, prompt.user_id, exc)
            await self._on_failed(prompt.delivery_id)
        else:
            await self._on_sent(prompt.delivery_id, message.message_id)
