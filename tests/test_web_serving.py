"""Where the Mini App is served: /app in chat, the menu button, polling mode's server,
webhook mode's server, and `spotter web`'s one-time local login."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.config import ConfigError, load_settings
from bot.runtime.webhook import run_webhook
from tests.conftest import FakeClock, texts
from tests.fakeapi import FakeBotApiServer, FakeTelegram
from tests.fakeapi.driver import ChatDriver
from tests.test_http_run import clean_env
from tests.test_webhook import SECRET, free_port
from tests.web_support import init_data

ANN = 501
WEB_URL = "https://bot.example.com/app"


async def test_app_without_a_web_url_explains_how_to_turn_it_on(driver: ChatDriver) -> None:
    replies = await driver.send(ANN, "/app")
    text = texts(replies)
    assert "SPOTTER_WEB_URL" in text and f"spotter web --user {ANN}" in text
    assert not driver.core.sent(method="setChatMenuButton")


def test_the_web_url_must_be_https() -> None:
    with pytest.raises(ConfigError, match="SPOTTER_WEB_URL"):
        load_settings(spotter_web_url="http://bot.example.com/app")
    assert load_settings(spotter_web_url="").spotter_web_url is None


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


async def test_polling_mode_sets_the_menu_button_and_serves_the_app(
    tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    core = FakeTelegram(clock=clock.time)
    driver = await ChatDriver.start(
        tmp_path, core=core, build_kwargs={"clock": clock, "tick": False},
        spotter_web_url=WEB_URL, spotter_web_port=port,
    )  # fmt: skip
    try:
        [menu] = core.sent(method="setChatMenuButton")
        button = _json(menu.params["menu_button"])
        assert button == {"type": "web_app", "text": "Open Spotter", "web_app": {"url": WEB_URL}}
        await driver.send(ANN, "/app")
        markup = _json(core.sent(ANN, "sendMessage")[-1].params["reply_markup"])
        assert markup["inline_keyboard"][0][0]["web_app"] == {"url": WEB_URL}
        await driver.send(ANN, "bench 100x5")
        async with aiohttp.ClientSession() as http:
            base = f"http://127.0.0.1:{port}/app"
            async with http.get(base) as page:
                assert page.status == 200 and "app.js" in await page.text()
            headers = {"X-Telegram-Init-Data": init_data(ANN, clock())}
            async with http.get(base + "/api/log", headers=headers) as log:
                assert (await log.json())["days"][0]["sets"][0]["weight"] == 100
    finally:
        await driver.stop()
    with pytest.raises(aiohttp.ClientError):  # stopped with the app
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/app"):
            pass


async def test_webhook_mode_serves_the_app_on_its_own_server(tmp_path: Path) -> None:
    core = FakeTelegram()
    async with FakeBotApiServer(core) as api, aiohttp.ClientSession() as http:
        port = free_port()
        settings = load_settings(
            telegram_bot_token=core.token, telegram_base_url=api.base_url,
            telegram_base_file_url=api.base_file_url,
            database_url=f"sqlite:///{tmp_path}/db.sqlite",
            spotter_webhook_url=f"http://127.0.0.1:{port}/tg/hook",
            spotter_webhook_secret=SECRET, spotter_webhook_port=port, spotter_web_url=WEB_URL,
        )  # fmt: skip
        stop = asyncio.Event()
        task = asyncio.create_task(run_webhook(settings, host="127.0.0.1", stop=stop))
        try:
            await core.wait_sent(method="setWebhook", timeout=10)
            assert core.sent(method="setChatMenuButton")
            headers = {"X-Telegram-Init-Data": init_data(ANN, datetime.now(UTC))}
            async with http.get(f"http://127.0.0.1:{port}/app/api/log", headers=headers) as r:
                assert r.status == 200 and (await r.json())["days"] == []
            async with http.get(f"http://127.0.0.1:{port}/app/api/log") as r:
                assert r.status == 401
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)


async def _read_url(proc: asyncio.subprocess.Process) -> str:
    assert proc.stdout is not None
    async with asyncio.timeout(30):
        while True:
            line = (await proc.stdout.readline()).decode()
            assert line, "spotter web ended before printing its URL"
            if "http://127.0.0.1:" in line:
                return line.strip()


async def _login(http: aiohttp.ClientSession, base: str, code: str) -> tuple[int, Any]:
    async with http.post(f"{base}/app/api/local/login", json={"code": code}) as r:
        return r.status, await r.json()


async def test_spotter_web_signs_in_once_with_the_printed_code(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "web", "--user", "7", "--port", str(free_port()),
        env=env, cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        url = await _read_url(proc)
        base, code = url.split("/app#local=")
        async with aiohttp.ClientSession() as http:
            assert (await _login(http, base, "guessed"))[0] == 401
            status, body = await _login(http, base, code)
            assert status == 200
            headers = {"X-Spotter-Session": body["session"]}
            post = {"text": "squat 3x5 100", "nonce": 1}
            async with http.post(f"{base}/app/api/sets", json=post, headers=headers) as r:
                assert r.status == 201
            async with http.get(f"{base}/app/api/log", headers=headers) as r:
                assert (await r.json())["days"][0]["sets"][0]["exercise"] == "squat"
            assert (await _login(http, base, code))[0] == 401  # the code works once
            fake = {"X-Telegram-Init-Data": init_data(7, datetime.now(UTC))}
            async with http.get(f"{base}/app/api/log", headers=fake) as r:
                assert r.status == 401  # no token offline: Telegram sign-ins can't be checked
    finally:
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 15) == 0
