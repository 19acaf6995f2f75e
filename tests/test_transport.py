"""The Bot API transport over real HTTP on 127.0.0.1: aiohttp (the default) and PTB's httpx
fallback (SPOTTER_HTTP_CLIENT=httpx) carry the same traffic; errors keep PTB's meaning."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.config import ConfigError, load_settings
from bot.runtime.app import build_application
from bot.runtime.transport import AiohttpRequest
from tests.fakeapi import ChatDriver, FakeBotApiServer, FakeTelegram
from tests.fakeapi.core import DEFAULT_TOKEN

ANN, BOB = 42, 43
PNG = b"\x89PNG"


def over_http(settings: Any, **kwargs: Any) -> Any:
    """The app as `spotter run` builds it: its own transport, not the in-process fake."""
    kwargs.pop("request"), kwargs.pop("get_updates_request")
    return build_application(settings, **kwargs)


@pytest.fixture
async def server() -> AsyncIterator[FakeBotApiServer]:
    async with FakeBotApiServer(FakeTelegram()) as live:
        yield live


def sent(driver: ChatDriver, method: str) -> list[Any]:
    return [e for e in driver.core.outbox if e.method == method and e.ok]


@pytest.mark.parametrize("client", ["aiohttp", "httpx"])
async def test_a_lifters_day_over_http_with_either_client(
    tmp_path: Path, server: FakeBotApiServer, client: str
) -> None:
    """Logs with buttons, a chart (multipart photo), an export (multipart document), and a
    re-import of that export (the bot downloads the lifter's file) all work over the wire."""
    d = await ChatDriver.start(
        tmp_path, core=server.core, builder=over_http, build_kwargs={"tick": False},
        telegram_base_url=server.base_url, telegram_base_file_url=server.base_file_url,
        spotter_http_client=client,
    )  # fmt: skip
    try:
        logged = await d.send(ANN, "bench 3x5 100kg")
        assert logged[0].text is not None and logged[0].text.startswith("Logged")
        assert logged[0].labels == ["↩️ Undo", "⏱ Rest"]
        await d.send(ANN, "squat 5x5 140")
        chart = await d.send(ANN, "/chart bench")
        assert [r.method for r in chart] == ["sendPhoto"]
        assert chart[0].photo is not None and chart[0].photo.startswith(PNG)
        exported = await d.send(ANN, "/export")
        assert [r.method for r in exported] == ["sendDocument"]
        document = exported[0]
        assert (document.filename or "").endswith(".csv") and document.document
        await d.send(BOB, "/import")
        summary = await d.upload(BOB, document.filename or "x.csv", document.document)
        assert any("New to your log: 8 sets" in (r.text or "") for r in summary)
        assert "100 kg" in (await d.send(BOB, "/history"))[0].text
    finally:
        await d.stop()


async def test_a_slow_answer_times_out_and_the_next_call_goes_through(
    server: FakeBotApiServer,
) -> None:
    request = AiohttpRequest(read_timeout=0.1)
    async with Bot(DEFAULT_TOKEN, base_url=server.base_url, request=request) as bot:
        server.core.latency(1.0)
        with pytest.raises(TimedOut) as caught:
            await bot.send_message(ANN, "hello")
        assert DEFAULT_TOKEN not in str(caught.value)
        server.core.latency(0)
        assert (await bot.send_message(ANN, "again")).text == "again"


async def test_a_full_pool_times_out_without_the_token(server: FakeBotApiServer) -> None:
    request = AiohttpRequest(connection_pool_size=1, pool_timeout=0.1, connect_timeout=0.1)
    async with Bot(DEFAULT_TOKEN, base_url=server.base_url, request=request) as bot:
        server.core.latency(0.5)
        first = asyncio.ensure_future(bot.send_message(ANN, "holds the one connection"))
        await asyncio.sleep(0)  # it takes the connection first
        with pytest.raises(TimedOut) as caught:
            await bot.send_message(ANN, "waits for it")
        assert DEFAULT_TOKEN not in str(caught.value)
        assert (await first).text == "holds the one connection"


async def test_an_unreachable_api_is_a_network_error_without_the_token() -> None:
    with socket.socket() as probe:  # a port nothing listens on once it is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.post(f"http://127.0.0.1:{port}/bot{DEFAULT_TOKEN}/getMe")
        assert not isinstance(caught.value, TimedOut)
        assert DEFAULT_TOKEN not in str(caught.value)
    finally:
        await request.shutdown()


def test_an_unknown_client_names_its_variable() -> None:
    with pytest.raises(ConfigError, match="SPOTTER_HTTP_CLIENT"):
        load_settings(spotter_http_client="curl")
    assert load_settings(spotter_http_client="HTTPX").spotter_http_client == "httpx"
