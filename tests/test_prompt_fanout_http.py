"""Acceptance ("Daily session prompts"): 300 lifters, one minute, over real HTTP.

The real Application (its own aiohttp transport) talks to `FakeBotApiServer` on 127.0.0.1 with
the fake's flood control on: a global limit a little above the configured broadcast rate, so
the bot's limiter, not luck, keeps the 429s away. 300 users set `/remind 07:30`; one tick at
07:30 must give each exactly one prompt, the first within a second, at ≥ 80% of the configured
rate with < 5% of sends answered 429. A restart on the same database sends nothing again.

Wall time is real (the sends are throttled in real seconds); the bot's clock is a FakeClock,
and the fake Telegram's clock follows it plus the real time elapsed, so message dates match
the bot's day while its flood buckets refill in real time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.config import load_settings
from bot.runtime.app import SpotterApp, build_application, services_of
from bot.services.prompts import session_prompt
from tests.conftest import FakeClock
from tests.fakeapi import FakeBotApiServer, FakeTelegram, FloodLimits
from tests.fakeapi.records import Upload

USERS = range(700_001, 700_301)  # 300 lifters
# SPOTTER_BROADCAST_RATE, messages/s: ~3.8 s of sends. The bot spends ~4 ms of CPU per send
# (PTB + httpx), so 80/s still holds when this process gets only half a core; at 100/s a
# 2-core machine with three busy processes measured 72/s.
RATE = 80.0
TELEGRAM_LIMIT = FloodLimits(global_rate=1.2 * RATE, global_burst=10.0)  # a bit above RATE
SETUP = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)  # a Monday
PROMPT_AT = datetime(2026, 6, 1, 7, 30, tzinfo=UTC)
PROMPT_LABELS = ["✅ Done", "Skip today", "😴 Snooze 1 h"]


def follows(clock: FakeClock) -> Callable[[], float]:
    """Epoch seconds for the fake Telegram: the bot's fake time plus real time elapsed."""
    start = time.monotonic()
    return lambda: clock.time() + (time.monotonic() - start)


def timed(core: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, int]]:
    """Record (perf_counter, entry seq) as each Bot API call is answered."""
    arrivals: list[tuple[float, int]] = []
    handle = core.handle

    async def handle_and_time(
        token: str,
        method: str,
        params: dict[str, Any] | None = None,
        files: dict[str, Upload] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        answer = await handle(token, method, params, files)
        arrivals.append((time.perf_counter(), core.outbox[-1].seq))
        return answer

    monkeypatch.setattr(core, "handle", handle_and_time)
    return arrivals


async def boot(tmp_path: Path, server: FakeBotApiServer, clock: FakeClock) -> SpotterApp:
    settings = load_settings(
        telegram_bot_token=server.core.token,
        telegram_base_url=server.base_url,
        telegram_base_file_url=server.base_file_url,
        database_url=f"sqlite:///{tmp_path}/t.db",
        spotter_broadcast_rate=RATE,
    )
    app = build_application(settings, clock=clock, tick=False, updater=False)  # real HTTP
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    return app


async def stop(app: SpotterApp) -> None:
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


def prompt_entries(core: FakeTelegram, after: int) -> list[Any]:
    return [e for e in core.sent(method="sendMessage") if e.seq > after]


def labels(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_300_prompts_in_one_minute_at_the_configured_rate_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(SETUP)
    core = FakeTelegram(clock=follows(clock))
    async with FakeBotApiServer(core) as server:
        app = await boot(tmp_path, server, clock)
        try:
            for uid in USERS:
                await app.process_update(
                    Update.de_json(core.text_update(uid, "/remind 07:30"), app.bot)
                )
            assert {e.chat_id for e in core.sent(method="sendMessage")} == set(USERS)

            core.flood(TELEGRAM_LIMIT)  # Telegram's limits from here on, buckets full
            arrivals = timed(core, monkeypatch)
            before = core.stats()
            mark = core.outbox[-1].seq
            clock.set(PROMPT_AT)
            started = time.perf_counter()
            await services_of(app).reminder_service.tick(PROMPT_AT)
            await services_of(app).outbox.join()
            after = core.stats()

            prompts = prompt_entries(core, mark)
            by_chat: dict[Any, list[Any]] = {}
            for entry in prompts:
                by_chat.setdefault(entry.chat_id, []).append(entry)
            assert sorted(by_chat) == list(USERS), "every user gets a prompt"
            assert all(len(sent) == 1 for sent in by_chat.values()), "exactly one each"

            svc = services_of(app)
            for uid, (entry,) in by_chat.items():
                expected = await session_prompt(svc, uid, PROMPT_AT.date())
                assert expected is not None and entry.params["text"] == expected.text
                assert "Workout A" in expected.text and "Squat" in expected.text  # the session
                assert labels(entry.params) == PROMPT_LABELS

            ok_at = {seq: at for at, seq in arrivals}
            prompt_times = sorted(ok_at[e.seq] for e in prompts)
            first, last = prompt_times[0] - started, prompt_times[-1] - started
            rate = len(prompts) / last
            sends = after["requests"].get("sendMessage", 0) - before["requests"].get(
                "sendMessage", 0
            )
            throttled = after["throttled"] - before["throttled"]
            share = throttled / sends
            print(
                f"\nfan-out: {len(prompts)} prompts in {last:.2f} s, first after {first * 1000:.0f}"
                f" ms: {rate:.1f}/s of {RATE:.0f}/s configured ({rate / RATE:.0%}); "
                f"429s {throttled}/{sends} = {share:.1%}"
            )
            assert first < 1.0, f"first prompt after {first:.2f} s"
            assert rate >= 0.8 * RATE, f"{rate:.1f} msgs/s is below 80% of {RATE}"
            assert share < 0.05, f"{throttled} of {sends} sends were answered 429"
        finally:
            await stop(app)

        mark = core.outbox[-1].seq
        app = await boot(tmp_path, server, clock)  # same database, same minute
        try:
            await services_of(app).reminder_service.tick(PROMPT_AT)
            await services_of(app).outbox.join()
            assert prompt_entries(core, mark) == [], "prompts sent again after a restart"
        finally:
            await stop(app)
