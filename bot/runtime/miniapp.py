"""The Mini App in the running bot: the chat's menu button, and where the pages are served —
on webhook mode's server, or in polling mode on a small one of their own (SPOTTER_WEB_PORT).
Started in the app's post_init and stopped in its post_shutdown (bot/runtime/app.py)."""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web
from telegram import Bot, MenuButtonWebApp, WebAppInfo
from telegram.error import TelegramError

from bot.config import Settings
from bot.services.container import SERVICES_KEY, Services
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
