"""Telegram misbehaving: flood waits, blocked users, long texts, double edits, network errors,
ordering under concurrency and one user flooding the bot."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.error import TimedOut
from telegram.request import RequestData

import handlers
from bot.runtime.app import build_application, services_of
from bot.runtime.updates import FloodGuard
from handlers.errors import SORRY
from tests.fakeapi import ChatDriver, FakeBotApiServer, FakeRequest, FakeTelegram, Reply

ANN, BOB = 42, 43
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a content and reply markup of the current message"
)


@pytest.fixture
async def driver(tmp_path: Path) -> AsyncIterator[ChatDriver]:
    d = await ChatDriver.start(tmp_path, build_kwargs={"tick": False})
    yield d
    await d.stop()


def texts(replies: list[Reply]) -> list[str]:
    return [r.text or "" for r in replies if r.method == "sendMessage"]


def no_apology(core: FakeTelegram) -> None:
    assert not [e for e in core.sent(method="sendMessage") if e.params["text"] == SORRY]


# ------------------------------------------------------------------ 429 and network errors


async def test_flood_wait_then_the_reply_arrives(driver: ChatDriver) -> None:
    driver.core.fail_next("sendMessage", chat_id=ANN, code=429, retry_after=1)
    started = time.monotonic()
    replies = await driver.send(ANN, "bench 100x5")
    assert any(t.startswith("Logged") for t in texts(replies))
    assert time.monotonic() - started >= 1.0, "the bot waited retry_after before retrying"
    assert driver.core.stats()["throttled"] == 1
    no_apology(driver.core)


async def test_flood_wait_over_http(tmp_path: Path) -> None:
    """Same over real HTTP: PTB's httpx transport sees the 429 envelope and retry_after."""
    core = FakeTelegram()
    async with FakeBotApiServer(core) as api:

        def over_http(settings: Any, **kwargs: Any) -> Any:
            kwargs.pop("request"), kwargs.pop("get_updates_request")
            return build_application(settings, **kwargs)

        d = await ChatDriver.start(
            tmp_path,
            core=core,
            builder=over_http,
            build_kwargs={"tick": False},
            telegram_base_url=api.base_url,
            telegram_base_file_url=api.base_file_url,
        )
        try:
            core.fail_next("sendMessage", chat_id=ANN, code=429, retry_after=1)
            replies = await d.send(ANN, "/help")
            assert any("/history" in t for t in texts(replies))
            assert [e.status for e in core.outbox if e.method == "sendMessage"][:2] == [429, 200]
        finally:
            await d.stop()


async def test_bad_gateway_on_send_is_retried(driver: ChatDriver) -> None:
    driver.core.fail_next("sendMessage", chat_id=ANN, code=502, times=2)
    replies = await driver.send(ANN, "squat 3x5 140kg")
    assert any("Squat" in t for t in texts(replies))
    no_apology(driver.core)


class TimingOutRequest(FakeRequest):
    """The first `failures` sendMessage calls time out before reaching Telegram."""

    def __init__(self, core: FakeTelegram, failures: int) -> None:
        super().__init__(core)
        self.failures = failures

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **kw: Any
    ) -> tuple[int, bytes]:
        if url.endswith("/sendMessage") and self.failures > 0:
            self.failures -= 1
            raise TimedOut("simulated read timeout")
        return await super().do_request(url, method, request_data, **kw)


async def test_timeout_on_send_is_retried(tmp_path: Path) -> None:
    def flaky(settings: Any, **kwargs: Any) -> Any:
        kwargs["request"] = TimingOutRequest(kwargs["request"].core, failures=2)
        return build_application(settings, **kwargs)

    d = await ChatDriver.start(tmp_path, builder=flaky, build_kwargs={"tick": False})
    try:
        replies = await d.send(ANN, "/prs")
        assert texts(replies) and "PR" in texts(replies)[0]
        no_apology(d.core)
    finally:
        await d.stop()


# ------------------------------------------------------------------ blocked users


async def test_blocked_user_is_marked_inactive_and_the_bot_carries_on(
    driver: ChatDriver,
) -> None:
    await driver.send(ANN, "bench 100x5")
    driver.core.block(ANN)
    assert await driver.send(ANN, "/help") == []
    svc = services_of(driver.app)  # type: ignore[arg-type]
    assert (await svc.users.get(ANN)).active is False
    assert texts(await driver.send(BOB, "/help")), "other users are still answered"
    driver.core.block(ANN, False)
    assert texts(await driver.send(ANN, "/prs"))
    assert (await svc.users.get(ANN)).active is True, "writing again reactivates"
    no_apology(driver.core)


# ------------------------------------------------------------------ long texts


async def test_long_history_is_split_into_parts_that_fit(driver: ChatDriver) -> None:
    for chunk in range(6):
        lines = [f"bench {100 + chunk * 30 + i}x5" for i in range(30)]
        assert texts(await driver.send(ANN, "\n".join(lines)))
    replies = await driver.send(ANN, "/history")
    parts = texts(replies)
    assert len(parts) >= 2, "180 groups do not fit one message"
    assert all(1 <= len(p) <= 4096 for p in parts)
    joined = "\n".join(parts)
    assert all(f"@ {w} kg" in joined for w in (100, 150, 279)), "nothing is cut off"
    no_apology(driver.core)


# ------------------------------------------------------------------ edits


async def test_undo_pressed_twice_or_not_modified_is_quiet(driver: ChatDriver) -> None:
    logged = (await driver.send(ANN, "bench 100x5"))[-1]
    driver.core.fail_next("editMessageText", chat_id=ANN, code=400, description=NOT_MODIFIED)
    first = await driver.press(ANN, logged, "↩️ Undo")
    second = await driver.press(ANN, logged, "↩️ Undo")
    assert texts(first + second) == [], "no message, only the button's toast"
    answers = driver.core.sent(method="answerCallbackQuery")
    assert len(answers) == 2
    assert answers[-1].params.get("text") == "Already removed."
    no_apology(driver.core)


# ------------------------------------------------------------------ concurrency


async def run_queue(driver: ChatDriver, updates: list[dict[str, Any]]) -> None:
    """Feed updates through app.update_queue like `spotter run` does, until all are done."""
    app = driver.app
    assert app is not None
    await app.start()
    try:
        for raw in updates:
            await app.update_queue.put(Update.de_json(raw, app.bot))
        await asyncio.wait_for(app.update_queue.join(), 20)
    finally:
        await app.stop()


async def test_one_users_updates_in_order_while_users_run_concurrently(
    driver: ChatDriver,
) -> None:
    core = driver.core
    core.latency(0.03)
    updates = []
    for i in range(5):
        updates.append(core.text_update(ANN, f"bench {100 + i}x5"))
        updates.append(core.text_update(BOB, f"squat {150 + i}x3"))
    updates.append(core.text_update(ANN, "/undo"))
    await run_queue(driver, updates)
    ann = [str(e.params["text"]) for e in core.sent(ANN, "sendMessage")]
    bob = [str(e.params["text"]) for e in core.sent(BOB, "sendMessage")]
    assert [f"@ {100 + i} kg" in t for i, t in enumerate(ann[:5])] == [True] * 5, ann
    assert "104" in ann[5] and ann[5].startswith("Removed"), "/undo ran after Ann's last log"
    assert [f"@ {150 + i} kg" in t for i, t in enumerate(bob)] == [True] * 5, bob
    seqs = {e.seq: e.chat_id for e in core.sent(method="sendMessage")}
    order = [seqs[s] for s in sorted(seqs)]
    assert order.index(BOB) < len(order) - 1 - order[::-1].index(ANN), "Bob was not made to wait"
    assert order[:4].count(BOB) >= 1 and order[:4].count(ANN) >= 1, f"interleaved: {order}"


async def test_a_flooder_does_not_starve_others_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The burst is paced, not dropped (pace raised 50× so the test takes seconds)."""
    monkeypatch.setattr(handlers, "FloodGuard", lambda: FloodGuard(rate=50.0, burst=20))
    driver = await ChatDriver.start(tmp_path, build_kwargs={"tick": False})
    core = driver.core
    updates = [core.text_update(ANN, f"bench {100 + i % 50}x5") for i in range(100)]
    updates.append(core.text_update(BOB, "/prs"))
    started = time.monotonic()
    app = driver.app
    assert app is not None
    await app.start()
    try:
        for raw in updates:
            await app.update_queue.put(Update.de_json(raw, app.bot))
        bob = await core.wait_sent(BOB, "sendMessage", timeout=5)
        bob_after = time.monotonic() - started
        for _ in range(100):  # paced updates are still running after the queue is drained
            if len(core.sent(ANN, "sendMessage")) >= 100:
                break
            await asyncio.sleep(0.1)
    finally:
        await app.stop()
        await driver.stop()
    ann = [str(e.params["text"]) for e in core.sent(ANN, "sendMessage")]
    assert len([t for t in ann if "Bench press 1×5" in t]) == 100, "every set was logged"
    assert bob_after < 1.5, f"Bob waited {bob_after:.2f} s"
    flood_done = max(e.seq for e in core.sent(ANN, "sendMessage"))
    assert bob.seq < flood_done, "Bob was answered before the flood was worked through"
