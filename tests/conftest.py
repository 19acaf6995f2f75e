"""Shared fixtures: a settable clock and a ChatDriver running the real Application on it."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import handlers
from bot.coach.ranker import use_cache
from bot.runtime.updates import FloodGuard
from tests.fakeapi.core import DEFAULT_TOKEN, FakeTelegram
from tests.fakeapi.driver import ChatDriver, Reply
from tests.fakeapi.validation import utf16_len

# The suite keeps caches (the coach's fitted ranker, in-process and in the bots it starts) in the
# checkout's git-ignored .cache/, not in the machine's home: a rerun loads the ranker in ~0.2 s.
_CACHE = Path(__file__).resolve().parent.parent / ".cache"
os.environ["XDG_CACHE_HOME"] = str(_CACHE)
use_cache(_CACHE / "spotter")

# A Monday morning, well clear of any DST switch.
START = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)


class FakeClock:
    """Time that only moves when a test moves it.

    One clock serves both sides: the bot's `clock()` (an aware UTC datetime) and the fake
    Telegram's `time()` (epoch seconds, used for message dates), so a set logged "today"
    lands on the day the test chose."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def time(self) -> float:
        return self.now.timestamp()

    def set(self, moment: datetime) -> datetime:
        self.now = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return self.now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        self.now += delta if delta is not None else timedelta(**kwargs)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def driver_settings() -> dict[str, Any]:
    """Settings overrides for the `driver` fixture (override this fixture in a module)."""
    return {}


class HumanPaceFloodGuard(FloodGuard):
    """The per-user flood guard with a burst no lifter typing by hand would reach.

    A scenario that takes a lifter minutes runs here in milliseconds; the real guard
    (20 updates, then 1 per second) would refuse the 21st message of a long test."""

    def __init__(self) -> None:
        super().__init__(burst=10_000)


@pytest.fixture
async def driver(
    tmp_path: Path,
    clock: FakeClock,
    driver_settings: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[ChatDriver]:
    """The real bot on a fresh SQLite file, talking to an in-process fake Telegram.

    No JobQueue tick runs: reminder tests call `services_of(app).reminder_service.tick(now)`."""
    monkeypatch.setattr(handlers, "FloodGuard", HumanPaceFloodGuard)
    core = FakeTelegram(DEFAULT_TOKEN, clock=clock.time)
    chat = await ChatDriver.start(
        tmp_path, core=core, build_kwargs={"tick": False, "clock": clock}, **driver_settings
    )
    try:
        yield chat
    finally:
        await chat.stop()
    assert_within_telegram_limits(chat.core)


# ------------------------------------------------------------------ helpers for e2e tests

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_BYTES = 64


def _keyboard(params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    raw = params.get("reply_markup")
    if isinstance(raw, str):
        raw = json.loads(raw)
    rows = raw.get("inline_keyboard") if isinstance(raw, dict) else None
    return rows if isinstance(rows, list) else []


def assert_within_telegram_limits(core: FakeTelegram) -> None:
    """Every message the bot tried to send fits Telegram: text ≤ 4096, caption ≤ 1024,
    callback data ≤ 64 bytes (checked on what the bot sent, whatever the fake answered)."""
    for entry in core.outbox:
        text = entry.params.get("text")
        if isinstance(text, str):
            assert utf16_len(text) <= MAX_TEXT, f"{entry.method} text of {len(text)} chars"
        caption = entry.params.get("caption")
        if isinstance(caption, str):
            assert utf16_len(caption) <= MAX_CAPTION, f"{entry.method} caption too long"
        for row in _keyboard(entry.params):
            for button in row:
                data = button.get("callback_data")
                if data is not None:
                    size = len(str(data).encode())
                    assert size <= MAX_CALLBACK_BYTES, f"callback data {data!r} is {size} bytes"


def texts(replies: Iterable[Reply]) -> str:
    """Everything the user could read in these replies, one block."""
    return "\n".join(r.text for r in replies if r.text)


def with_buttons(replies: list[Reply]) -> Reply:
    """The last reply that carries inline buttons."""
    found = [r for r in replies if r.buttons]
    assert found, f"no buttons in {[r.text for r in replies]}"
    return found[-1]


def toast(replies: list[Reply]) -> str | None:
    """The text of the answerCallbackQuery among these replies (None if absent or empty)."""
    for r in replies:
        if r.method == "answerCallbackQuery":
            value = r.params.get("text")
            return str(value) if value is not None else None
    return None
