"""Acceptance: one lifter's burst or odd text never costs them a set, nor anyone else time.

Updates go through the real per-user update processor concurrently, as polling and the
webhook deliver them; the flood guard is the real one with a faster pace so the test is short."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

import handlers
from bot.runtime.app import services_of
from bot.runtime.updates import FLOOD_REFUSAL, MAX_PENDING, FloodGuard
from tests.conftest import FakeClock, assert_within_telegram_limits
from tests.fakeapi.core import DEFAULT_TOKEN, FakeTelegram
from tests.fakeapi.driver import ChatDriver

ANN, BOB = 301, 302
BURST = 50


class QuickFloodGuard(FloodGuard):
    """The shipped guard's shape (a burst, then a steady pace), a hundred times faster."""

    def __init__(self) -> None:
        super().__init__(rate=100.0, burst=10)


@pytest.fixture
async def paced(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[ChatDriver]:
    monkeypatch.setattr(handlers, "FloodGuard", QuickFloodGuard)
    core = FakeTelegram(DEFAULT_TOKEN, clock=clock.time)
    chat = await ChatDriver.start(tmp_path, core=core, build_kwargs={"tick": False, "clock": clock})
    try:
        yield chat
    finally:
        await chat.stop()
    assert_within_telegram_limits(chat.core)


async def _deliver(chat: ChatDriver, raw: dict[str, Any]) -> float:
    """Run one update through the app's update processor; seconds until it was handled."""
    assert chat.app is not None
    start = time.perf_counter()
    update = Update.de_json(raw, chat.app.bot)
    await chat.app.update_processor.process_update(update, chat.app.process_update(update))
    return time.perf_counter() - start


async def _stored_weights(chat: ChatDriver, user_id: int) -> list[float | None]:
    assert chat.app is not None
    svc = services_of(chat.app)
    weights: list[float | None] = []
    async for batch in svc.sets.iter_all(user_id):
        weights.extend(s.weight_kg for s in sorted(batch, key=lambda s: s.id))
    return weights


async def test_a_burst_of_50_logs_is_paced_and_every_set_is_stored_in_order(
    paced: ChatDriver,
) -> None:
    await paced.send(BOB, "/start")
    burst = [paced.core.text_update(ANN, f"squat {60 + i}x5") for i in range(BURST)]
    ann = [asyncio.create_task(_deliver(paced, raw)) for raw in burst]
    await asyncio.sleep(0.05)  # Ann's burst is queued and being paced
    bob = await _deliver(paced, paced.core.text_update(BOB, "bench 80x5"))
    assert bob < 0.5, f"Bob waited {bob:.2f} s behind Ann's burst"
    await asyncio.gather(*ann)
    assert await _stored_weights(paced, ANN) == [float(60 + i) for i in range(BURST)]
    refusals = [e for e in paced.core.outbox if e.params.get("text") == FLOOD_REFUSAL]
    assert not refusals


async def test_a_scripted_flood_is_refused_aloud_once(paced: ChatDriver) -> None:
    flood = [paced.core.text_update(ANN, f"squat {60 + i % 40}x5") for i in range(2 * MAX_PENDING)]
    await asyncio.gather(*(_deliver(paced, raw) for raw in flood))
    stored = await _stored_weights(paced, ANN)
    refusals = [e for e in paced.core.outbox if e.params.get("text") == FLOOD_REFUSAL]
    assert MAX_PENDING <= len(stored) < 2 * MAX_PENDING
    assert len(refusals) == 1


async def test_digit_bombs_from_one_user_do_not_delay_another(paced: ChatDriver) -> None:
    await paced.send(BOB, "/start")
    bombs = [paced.core.text_update(ANN, "bench " + "7" * 4000) for _ in range(5)]
    ann = [asyncio.create_task(_deliver(paced, raw)) for raw in bombs]
    await asyncio.sleep(0)
    bob = await _deliver(paced, paced.core.text_update(BOB, "bench 80x5"))
    await asyncio.gather(*ann)
    assert bob < 1.5, f"Bob waited {bob:.2f} s behind five 4,000-digit messages"
    assert await _stored_weights(paced, ANN) == []


async def test_a_long_message_of_341_set_lines_logs_every_line(paced: ChatDriver) -> None:
    lines = [f"squat {100 + i % 7}x{1 + i % 5}" for i in range(341)]
    replies = await paced.send(ANN, "\n".join(lines))
    assert replies
    assert len(await _stored_weights(paced, ANN)) == 341


async def test_a_message_over_the_limit_is_refused_aloud(paced: ChatDriver) -> None:
    text = "\n".join(f"bench {100 + i % 50}x5" for i in range(400))
    reply = " ".join(r.text or "" for r in await paced.send(ANN, text))
    assert "none of it" in reply
    assert await _stored_weights(paced, ANN) == []
