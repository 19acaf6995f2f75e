"""Helpers for the Mini App tests: signed initData and an HTTP client on the bot's services."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.services.container import SERVICES_KEY
from bot.web.auth import LocalLogins, sign_init_data
from bot.web.programs import ProgramAdapter
from bot.web.routes import add_web_routes
from tests.fakeapi.core import DEFAULT_TOKEN
from tests.fakeapi.driver import ChatDriver


def init_data(
    user_id: int, signed_at: datetime, token: str = DEFAULT_TOKEN, first_name: str = "Ann"
) -> str:
    """initData as Telegram builds it for a Mini App opened by `user_id`."""
    user = json.dumps({"id": user_id, "first_name": first_name, "language_code": "en"})
    fields = {"auth_date": str(int(signed_at.timestamp())), "query_id": "AAHdF6IQAAAAAN0XohA",
              "user": user}  # fmt: skip
    return sign_init_data(token, fields)


def web_app(
    driver: ChatDriver, programs: ProgramAdapter | None = None, local: LocalLogins | None = None
) -> web.Application:
    assert driver.app is not None
    app = web.Application()
    bot_data = driver.app.bot_data
    add_web_routes(
        app, lambda: bot_data.get(SERVICES_KEY), driver.settings(), programs=programs, local=local
    )
    return app


@asynccontextmanager
async def web_client(
    driver: ChatDriver, programs: ProgramAdapter | None = None, local: LocalLogins | None = None
) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    async with TestClient(TestServer(web_app(driver, programs, local))) as client:
        yield client
