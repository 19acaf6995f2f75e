"""Webhook mode (bot/runtime/webhook.py): the secret gate, replies, /healthz, graceful stop.

The bot runs in-process on a real 127.0.0.1 port and talks to the fake Bot API over HTTP;
the fake delivers updates to it the way Telegram does (JSON body plus the secret header).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

import bot.runtime.webhook as bot_webhook
import storage.db
from bot.config import ConfigError, load_settings
from bot.runtime.webhook import MAX_BODY, SECRET_HEADER, run_webhook, webhook_config
from tests.fakeapi import FakeBotApiServer, FakeTelegram

SECRET = "s3cret_Token-42"
USER = 42


async def wait_text(core: FakeTelegram, chat_id: int, needle: str, timeout: float = 5) -> str:
    """The first message to `chat_id` containing `needle`, waiting for it."""
    after = 0
    async with asyncio.timeout(timeout):
        while True:
            entry = await core.wait_sent(chat_id, "sendMessage", after=after, timeout=timeout)
            if needle in entry.params["text"]:
                return str(entry.params["text"])
            after = entry.seq


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Running:
    core: FakeTelegram
    api: FakeBotApiServer
    hook_url: str
    health_url: str
    stop: asyncio.Event
    task: asyncio.Task[None]
    client: aiohttp.ClientSession

    async def post(self, body: Any, headers: dict[str, str]) -> int:
        data = body if isinstance(body, str | bytes) else json.dumps(body)
        async with self.client.post(self.hook_url, data=data, headers=headers) as resp:
            return resp.status

    async def health(self) -> tuple[int, dict[str, Any]]:
        async with self.client.get(self.health_url) as resp:
            return resp.status, await resp.json()


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Running]:
    core = FakeTelegram()
    async with FakeBotApiServer(core) as api, aiohttp.ClientSession() as client:
        port = free_port()
        hook_url = f"http://127.0.0.1:{port}/tg/hook"
        settings = load_settings(
            telegram_bot_token=core.token,
            telegram_base_url=api.base_url,
            telegram_base_file_url=api.base_file_url,
            database_url=f"sqlite:///{tmp_path}/db.sqlite",
            spotter_webhook_url=hook_url,
            spotter_webhook_secret=SECRET,
            spotter_webhook_port=port,
        )
        stop = asyncio.Event()
        task = asyncio.create_task(run_webhook(settings, host="127.0.0.1", stop=stop))
        await core.wait_sent(method="setWebhook", timeout=10)
        running = Running(
            core, api, hook_url, f"http://127.0.0.1:{port}/healthz", stop, task, client
        )
        try:
            yield running
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)


async def test_registers_the_webhook_with_secret_and_update_kinds(bot: Running) -> None:
    hook = bot.core.webhook()
    assert hook["url"] == bot.hook_url
    assert hook["secret_token"] == SECRET
    assert set(hook["allowed_updates"]) == {"message", "edited_message", "callback_query"}
    assert bot.core.sent(method="setMyCommands"), "the command menu is set in webhook mode too"


async def test_right_secret_gets_a_reply(bot: Running) -> None:
    status = await bot.api.inject(bot.core.text_update(USER, "/start"))
    assert status == 200
    await wait_text(bot.core, USER, "Spotter")
    assert await bot.api.inject(bot.core.text_update(USER, "bench 100x5")) == 200
    logged = await wait_text(bot.core, USER, "Logged")
    assert "Bench" in logged and "100" in logged


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {SECRET_HEADER: "wrong"},
        {SECRET_HEADER: SECRET[:-1]},
        {SECRET_HEADER: SECRET + "x"},
        {SECRET_HEADER: SECRET.upper()},
    ],
    ids=["missing", "wrong", "prefix", "longer", "case"],
)
async def test_wrong_or_missing_secret_is_403_and_nothing_runs(
    bot: Running, headers: dict[str, str]
) -> None:
    update = bot.core.text_update(USER, "bench 100x5")
    status = await bot.post(update, {"Content-Type": "application/json", **headers})
    assert status == 403
    await asyncio.sleep(0.2)
    assert bot.core.sent(USER) == []
    code, health = await bot.health()
    assert code == 200
    assert health["updates_received"] == 0 and health["updates_processed"] == 0


async def test_garbage_body_is_400_and_the_bot_keeps_serving(bot: Running) -> None:
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    assert await bot.post("{not json", headers) == 400
    assert await bot.post([1, 2, 3], headers) == 400
    assert await bot.post({"update_id": "x", "message": 5}, headers) == 400
    assert await bot.api.inject(bot.core.text_update(USER, "/help")) == 200
    reply = await bot.core.wait_sent(USER, "sendMessage", timeout=5)
    assert "/start" in reply.params["text"] or "Log" in reply.params["text"]


async def test_healthz_reports_uptime_and_updates(bot: Running) -> None:
    code, health = await bot.health()
    assert code == 200
    assert health["ok"] is True and health["database"] is True
    assert health["uptime_s"] >= 0
    await bot.api.inject(bot.core.text_update(USER, "/help"))
    await bot.core.wait_sent(USER, "sendMessage", timeout=5)
    code, health = await bot.health()
    assert code == 200
    assert health["updates_received"] == 1 and health["updates_processed"] == 1


async def test_stop_finishes_queued_updates_then_closes(bot: Running) -> None:
    """Updates accepted (200) before the stop signal are still answered."""
    bot.core.latency(0.05)  # replies take a while, so the stop lands mid-work
    for n in range(3):
        assert await bot.api.inject(bot.core.text_update(USER + n, "/help")) == 200
    bot.stop.set()
    await asyncio.wait_for(bot.task, 10)
    for n in range(3):
        assert bot.core.sent(USER + n, "sendMessage"), f"user {USER + n} got no answer"
    with pytest.raises(aiohttp.ClientError):
        await bot.health()


# ------------------------------------------------------------------ configuration


def test_config_errors_name_the_variable(tmp_path: Path) -> None:
    base = {
        "telegram_bot_token": "1:x",
        "database_url": f"sqlite:///{tmp_path}/db",
        "spotter_webhook_url": "https://bot.example.com/tg",
    }
    with pytest.raises(ConfigError, match=r"^SPOTTER_WEBHOOK_SECRET"):
        webhook_config(load_settings(**base))
    with pytest.raises(ConfigError, match=r"^SPOTTER_WEBHOOK_SECRET"):
        webhook_config(load_settings(**base, spotter_webhook_secret="has space"))
    with pytest.raises(ConfigError, match=r"^SPOTTER_WEBHOOK_URL"):
        webhook_config(
            load_settings(**{**base, "spotter_webhook_url": "bot.example.com"}),
        )
    config = webhook_config(load_settings(**base, spotter_webhook_secret=SECRET))
    assert config.path == "/tg" and config.secret == SECRET


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SPOTTER_"))}
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite", "LOG_LEVEL": "INFO", **extra})
    return env


async def test_run_without_secret_is_one_config_line(tmp_path: Path) -> None:
    env = _env(
        tmp_path, TELEGRAM_BOT_TOKEN="123:abc", SPOTTER_WEBHOOK_URL="https://example.com/hook"
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _out, err = await asyncio.wait_for(proc.communicate(), 20)
    assert proc.returncode == 2
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "SPOTTER_WEBHOOK_SECRET" in lines[0], lines


async def test_webhook_process_serves_and_exits_0_on_sigterm(tmp_path: Path) -> None:
    """`spotter run` in webhook mode as a real process: reply, /healthz, SIGTERM → exit 0."""
    core = FakeTelegram()
    port = free_port()
    async with FakeBotApiServer(core) as api, aiohttp.ClientSession() as client:
        env = _env(
            tmp_path,
            TELEGRAM_BOT_TOKEN=core.token,
            TELEGRAM_BASE_URL=api.base_url,
            TELEGRAM_BASE_FILE_URL=api.base_file_url,
            SPOTTER_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
            SPOTTER_WEBHOOK_SECRET=SECRET,
            SPOTTER_WEBHOOK_PORT=str(port),
            LOG_LEVEL="DEBUG",
        )
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await core.wait_sent(method="setWebhook", timeout=15)
            assert await api.inject(core.text_update(USER, "/help")) == 200
            await core.wait_sent(USER, "sendMessage", timeout=5)
            async with client.get(f"http://127.0.0.1:{port}/healthz") as resp:
                assert resp.status == 200
                assert (await resp.json())["ok"] is True
            proc.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(proc.communicate(), 10)
        finally:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
    assert proc.returncode == 0, err.decode()[-2000:]
    assert core.token not in (out + err).decode()
    assert SECRET not in (out + err).decode()


# ------------------------------------------------------------------ robustness (issue 20)


async def test_healthz_is_503_when_the_database_file_is_deleted(
    bot: Running, tmp_path: Path
) -> None:
    assert (await bot.health())[0] == 200
    for name in ("db.sqlite", "db.sqlite-wal", "db.sqlite-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    code, health = await bot.health()
    assert code == 503 and health["database"] is False


async def test_healthz_is_503_on_a_full_disk(bot: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage.db, "disk_free", lambda path: 1024 * 1024)
    code, health = await bot.health()
    assert code == 503 and health["ok"] is False
    monkeypatch.undo()
    assert (await bot.health())[0] == 200


async def test_an_oversized_body_is_413(bot: Running) -> None:
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    assert await bot.post(b"x" * (MAX_BODY + 10), headers) == 413


async def test_bad_secret_warnings_are_rate_limited(
    bot: Running, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(20):
        assert await bot.post({"update_id": 1}, {SECRET_HEADER: "wrong"}) == 403
    warnings = [r for r in caplog.records if "without the right secret" in r.getMessage()]
    assert len(warnings) == 1


async def test_a_body_that_trickles_in_is_cut_off(
    bot: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot_webhook, "READ_TIMEOUT_S", 0.5)
    port = int(bot.hook_url.split(":")[2].split("/")[0])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"POST /tg/hook HTTP/1.1\r\nHost: x\r\n{SECRET_HEADER}: {SECRET}\r\n"
        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{".encode()
    )
    await writer.drain()
    status = await asyncio.wait_for(reader.readline(), 5)
    writer.close()
    assert b" 408 " in status
