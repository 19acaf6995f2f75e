"""The send gate: rate, priorities, flood waits, retries, and the outbox's outcome callbacks."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot.runtime.delivery import Outbox, PriorityRateLimiter, Prompt
from tests.fakeapi import FakeRequest, FakeTelegram

Callback = Callable[..., Coroutine[Any, Any, Any]]


class VirtualClock:
    """Time that moves only when the limiter sleeps: rates are measured exactly and instantly."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Let every ready task run first (they act "now"), then jump ahead."""
        self.sleeps.append(seconds)
        for _ in range(5):
            await asyncio.sleep(0)
        self.now += seconds


@dataclass
class Recorder:
    """A fake Bot API call: records (label, virtual time); can fail its first calls."""

    clock: VirtualClock
    calls: list[tuple[str, float]] = field(default_factory=list)
    failures: list[Exception] = field(default_factory=list)

    def callback(self, label: str) -> Callback:
        async def call() -> dict[str, Any]:
            self.calls.append((label, self.clock.now))
            if self.failures:
                raise self.failures.pop(0)
            return {"message_id": len(self.calls)}

        return call


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def recorder(clock: VirtualClock) -> Recorder:
    return Recorder(clock)


def limiter_for(clock: VirtualClock, rate: float = 25.0, **kwargs: Any) -> PriorityRateLimiter:
    return PriorityRateLimiter(rate, clock=clock, sleep=clock.sleep, **kwargs)


async def send(
    limiter: PriorityRateLimiter,
    callback: Callback,
    *,
    bulk: bool = False,
    chat_id: int | None = 1,
) -> Any:
    data = {} if chat_id is None else {"chat_id": chat_id}
    args = {"priority": "bulk"} if bulk else None
    return await limiter.process_request(callback, (), {}, "sendMessage", data, args)


@pytest.mark.parametrize("rate", [1.0, 25.0, 30.0, 100.0])
async def test_limiter_holds_the_configured_rate(
    clock: VirtualClock, recorder: Recorder, rate: float
) -> None:
    limiter = limiter_for(clock, rate)
    await asyncio.gather(
        *(send(limiter, recorder.callback(f"m{i}"), bulk=True) for i in range(200))
    )
    times = [t for _, t in recorder.calls]
    achieved = (len(times) - 1) / (times[-1] - times[0])
    assert achieved == pytest.approx(rate, rel=0.01)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) == pytest.approx(1 / rate)
    await limiter.shutdown()


async def test_limiter_holds_the_rate_on_the_real_clock() -> None:
    """A short real run (~0.8 s): with real sleeps the limiter still never goes over the rate.

    Only the ceiling is asserted: a loaded machine may run slower, which is not a fault."""
    limiter = PriorityRateLimiter(50.0)
    stamps: list[float] = []

    async def call() -> bool:
        stamps.append(time.monotonic())
        return True

    await asyncio.gather(*(send(limiter, call) for _ in range(40)))
    achieved = (len(stamps) - 1) / (stamps[-1] - stamps[0])
    assert achieved <= 50 * 1.05
    await limiter.shutdown()


async def test_requests_without_a_chat_are_not_throttled(
    clock: VirtualClock, recorder: Recorder
) -> None:
    limiter = limiter_for(clock, rate=1.0)
    await asyncio.gather(
        *(send(limiter, recorder.callback("answer"), chat_id=None) for _ in range(5))
    )
    assert len(recorder.calls) == 5 and clock.now == 0.0


async def test_interactive_replies_go_before_waiting_bulk_prompts(
    clock: VirtualClock, recorder: Recorder
) -> None:
    limiter = limiter_for(clock, rate=10.0)
    bulk = [send(limiter, recorder.callback("bulk"), bulk=True, chat_id=100 + i) for i in range(20)]
    replies = [send(limiter, recorder.callback("reply"), chat_id=1 + i) for i in range(3)]
    await asyncio.gather(*bulk, *replies)
    order = [label for label, _ in recorder.calls]
    assert order[:3] == ["reply"] * 3
    assert order.count("bulk") == 20


async def test_a_reply_arriving_mid_broadcast_takes_the_next_slot(
    clock: VirtualClock, recorder: Recorder
) -> None:
    limiter = limiter_for(clock, rate=10.0)
    broadcast = asyncio.gather(
        *(send(limiter, recorder.callback("bulk"), bulk=True, chat_id=100 + i) for i in range(30))
    )
    while len(recorder.calls) < 10:
        await asyncio.sleep(0)
    await send(limiter, recorder.callback("reply"))
    await broadcast
    position = [label for label, _ in recorder.calls].index("reply")
    assert 10 <= position <= 11


async def test_retry_after_holds_the_chat_then_delivers_the_same_request(
    clock: VirtualClock, recorder: Recorder
) -> None:
    limiter = limiter_for(clock, rate=10.0)
    recorder.failures.append(RetryAfter(3))
    results = await asyncio.gather(
        send(limiter, recorder.callback("first"), bulk=True),
        send(limiter, recorder.callback("second"), bulk=True),
    )
    assert [label for label, _ in recorder.calls] == ["first", "first", "second"]
    assert all(r is not None for r in results)
    (_, flooded), (_, retried), (_, second) = recorder.calls
    assert retried - flooded >= 3.0 and second > retried


@pytest.mark.parametrize(
    ("failure", "retries", "calls"),
    [
        (RetryAfter(1), 5, 6),
        (TimedOut(), 3, 4),
        (NetworkError("connection reset"), 3, 4),
    ],
)
async def test_retries_are_bounded(
    clock: VirtualClock, recorder: Recorder, failure: Exception, retries: int, calls: int
) -> None:
    limiter = limiter_for(clock, max_flood_retries=retries, max_network_retries=retries)
    recorder.failures.extend([failure] * 10)
    with pytest.raises(type(failure)):
        await send(limiter, recorder.callback("doomed"))
    assert len(recorder.calls) == calls


async def test_network_errors_back_off_exponentially_then_deliver(
    clock: VirtualClock, recorder: Recorder
) -> None:
    limiter = limiter_for(clock, rate=1000.0, backoff_s=0.5)
    recorder.failures.extend([TimedOut(), NetworkError("reset")])
    assert await send(limiter, recorder.callback("flaky")) == {"message_id": 3}
    assert [s for s in clock.sleeps if s >= 0.5] == [0.5, 1.0]


@pytest.mark.parametrize("error", [Forbidden("bot was blocked by the user"), BadRequest("no")])
async def test_permanent_errors_are_raised_at_once(
    clock: VirtualClock, recorder: Recorder, error: Exception
) -> None:
    limiter = limiter_for(clock)
    recorder.failures.append(error)
    with pytest.raises(type(error)):
        await send(limiter, recorder.callback("gone"))
    assert len(recorder.calls) == 1


# ---------------------------------------------------------------------------------------------
# The outbox against the in-process fake Bot API


@dataclass
class Outcomes:
    sent: dict[int, int] = field(default_factory=dict)
    blocked: list[int] = field(default_factory=list)
    failed: list[int | None] = field(default_factory=list)

    async def on_sent(self, delivery_id: int | None, message_id: int) -> None:
        assert delivery_id is not None
        self.sent[delivery_id] = message_id

    async def on_blocked(self, user_id: int) -> None:
        self.blocked.append(user_id)

    async def on_failed(self, delivery_id: int | None) -> None:
        self.failed.append(delivery_id)


@pytest.fixture
def core() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def bot(core: FakeTelegram) -> AsyncIterator[ExtBot[Any]]:
    ext_bot: ExtBot[Any] = ExtBot(
        core.token,
        request=FakeRequest(core),
        get_updates_request=FakeRequest(core),
        rate_limiter=PriorityRateLimiter(1000.0, backoff_s=0.01),
    )
    await ext_bot.initialize()
    yield ext_bot
    await ext_bot.shutdown()


@pytest.fixture
def outcomes() -> Outcomes:
    return Outcomes()


@pytest.fixture
def outbox(bot: ExtBot[Any], outcomes: Outcomes) -> Outbox:
    return Outbox(
        bot,
        on_sent=outcomes.on_sent,
        on_blocked=outcomes.on_blocked,
        on_failed=outcomes.on_failed,
        workers=3,
        maxsize=5,
    )


def prompt(user_id: int, delivery_id: int | None = None) -> Prompt:
    buttons = [[("Done", f"done:{user_id}"), ("Skip today", "skip")], [("Snooze 1 h", "snz")]]
    return Prompt(user_id, user_id, f"Today: squat 3x5 (user {user_id})", buttons, delivery_id)


async def test_outbox_sends_every_prompt_with_its_buttons(
    outbox: Outbox, outcomes: Outcomes, core: FakeTelegram
) -> None:
    for user_id in range(1, 21):  # more than the queue holds: put() waits, nothing is lost
        await outbox.put(prompt(user_id, delivery_id=100 + user_id))
    await outbox.close()
    assert sorted(outcomes.sent) == list(range(101, 121))
    messages = core.sent(method="sendMessage")
    assert len(messages) == 20
    markup = core.message(5, outcomes.sent[105])["reply_markup"]["inline_keyboard"]
    assert [[b["text"] for b in row] for row in markup] == [["Done", "Skip today"], ["Snooze 1 h"]]


async def test_outbox_reports_blocked_users_and_failures_and_keeps_going(
    outbox: Outbox, outcomes: Outcomes, core: FakeTelegram
) -> None:
    core.block(2)
    core.fail_next("sendMessage", chat_id=3, code=400, description="Bad Request: chat not found")
    for user_id in (1, 2, 3, 4):
        await outbox.put(prompt(user_id, delivery_id=user_id))
    await outbox.join()
    assert outcomes.blocked == [2]
    assert outcomes.failed == [3]
    assert sorted(outcomes.sent) == [1, 4]
    await outbox.close()


async def test_outbox_survives_a_flood_wait(
    outbox: Outbox, outcomes: Outcomes, core: FakeTelegram
) -> None:
    core.fail_next("sendMessage", chat_id=1, code=429, retry_after=1)
    started = time.monotonic()
    await outbox.put(prompt(1, delivery_id=1))
    await outbox.close()
    assert outcomes.sent.keys() == {1} and not outcomes.failed
    assert time.monotonic() - started >= 1.0


async def test_a_chats_flood_wait_does_not_hold_other_chats() -> None:
    """Real clock (~1.1 s): chat 1 is told to wait 1 s; chat 2's messages go on meanwhile."""
    limiter = PriorityRateLimiter(50.0)
    stamps: dict[str, list[float]] = {"flooded": [], "other": []}
    start = time.monotonic()

    def call(label: str) -> Callback:
        async def run() -> bool:
            stamps[label].append(time.monotonic() - start)
            if label == "flooded" and len(stamps["flooded"]) == 1:
                raise RetryAfter(1)
            return True

        return run

    flooded = asyncio.ensure_future(send(limiter, call("flooded"), chat_id=1))
    await asyncio.sleep(0.05)
    await asyncio.gather(*(send(limiter, call("other"), chat_id=2) for _ in range(3)))
    assert max(stamps["other"]) < 0.5, "chat 2 went on at the normal rate"
    await flooded
    assert len(stamps["flooded"]) == 2 and stamps["flooded"][1] >= 1.0
    await limiter.shutdown()


async def test_a_chats_messages_keep_their_order_through_a_flood_wait(
    clock: VirtualClock, recorder: Recorder
) -> None:
    limiter = limiter_for(clock, rate=10.0)
    recorder.failures.append(RetryAfter(2))
    await asyncio.gather(*(send(limiter, recorder.callback(f"part{i}")) for i in range(3)))
    assert [label for label, _ in recorder.calls] == ["part0", "part0", "part1", "part2"]


async def test_several_chats_flooded_at_once_pause_every_send(
    clock: VirtualClock, recorder: Recorder
) -> None:
    limiter = limiter_for(clock, rate=100.0)
    recorder.failures.extend([RetryAfter(5)] * 3)
    await asyncio.gather(
        *(send(limiter, recorder.callback(f"chat{c}"), chat_id=c) for c in (1, 2, 3))
    )
    await send(limiter, recorder.callback("late"), chat_id=4)
    assert recorder.calls[-1][1] >= 5.0, "the bot-wide limit held the fourth chat too"
