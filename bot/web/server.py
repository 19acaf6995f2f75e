"""Where the Mini App runs: the chat's menu button, polling mode's small server, `spotter web`.

In webhook mode the webhook server adds the routes itself (bot/runtime/webhook.py); here the
polling-mode server starts in the app's post_init and stops in its post_shutdown.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any, TextIO

from aiohttp import web
from telegram import Bot, MenuButtonWebApp, WebAppInfo
from telegram.error import TelegramError

from bot.config import Settings
from bot.services.container import SERVICES_KEY, Services, open_services
from bot.web.auth import LocalLogins
from bot.web.routes import add_web_routes

log = logging.getLogger("spotter.web")
RUNNER = "web_runner"
MENU_TEXT = "Open Spotter"


async def set_menu_button(bot: Bot, url: str) -> None:
    """The chat's menu button opens the Mini App; a refusal is logged, the bot still runs."""
    try:
        await bot.set_chat_menu_button(
            menu_button=MenuButtonWebApp(text=MENU_TEXT, web_app=WebAppInfo(url=url))
        )
    except TelegramError as exc:
        log.warning("could not set the menu button to the Mini App: %s", exc)


def _services(app: Any) -> Services | None:
    svc = app.bot_data.get(SERVICES_KEY)
    return svc if isinstance(svc, Services) else None


def add_to_webhook_server(web_app: web.Application, app: Any, settings: Settings) -> None:
    """Webhook mode: /app and /app/api/ on the webhook's own server."""
    add_web_routes(web_app, lambda: _services(app), settings)


async def start_web(app: Any, settings: Settings) -> None:
    """post_init: the menu button, and in polling mode the server on SPOTTER_WEB_PORT."""
    if not settings.spotter_web_url or not settings.token:
        return
    await set_menu_button(app.bot, settings.spotter_web_url)
    if settings.spotter_webhook_url:
        return  # the webhook server serves /app
    web_app = web.Application()
    add_web_routes(web_app, lambda: _services(app), settings)
    runner = web.AppRunner(web_app, access_log=None, shutdown_timeout=5.0)
    await runner.setup()
    await web.TCPSite(runner, "0.0.0.0", settings.spotter_web_port).start()
    app.bot_data[RUNNER] = runner
    log.info("Mini App served on port %s at /app", settings.spotter_web_port)


async def stop_web(app: Any) -> None:
    runner: web.AppRunner | None = app.bot_data.pop(RUNNER, None)
    if runner is not None:
        await runner.cleanup()


async def serve_local(
    settings: Settings,
    user_id: int,
    port: int,
    stop: asyncio.Event,
    out: TextIO = sys.stdout,
) -> None:
    """`spotter web --user ID`: the pages on 127.0.0.1 behind a one-time login link."""
    svc = await open_services(settings)
    try:
        await svc.users.ensure(user_id, user_id, "", svc.now())
        logins = LocalLogins(user_id, svc.now())
        web_app = web.Application()
        add_web_routes(web_app, lambda: svc, settings, local=logins)
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, "127.0.0.1", port).start()
            bound = runner.addresses[0][1]
            print(f"Spotter's Mini App for user {user_id}, on this computer only:\n"
                  f"  http://127.0.0.1:{bound}/app#local={logins.code}\n"
                  "The link signs in once (within ten minutes). Ctrl-C stops.",
                  file=out, flush=True)  # fmt: skip
            await stop.wait()
        finally:
            await runner.cleanup()
    finally:
        await svc.close()
