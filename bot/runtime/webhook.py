"""Webhook mode: our own aiohttp server feeds the Application (PTB's server has no /healthz).

`POST <path of SPOTTER_WEBHOOK_URL>` checks Telegram's secret header (constant time, 403 when
wrong or missing), queues the Update and answers 200 at once; the Application processes it like
a polled one; an oversized body gets 413, a body that trickles in for over 10 s 408, and
bad-secret calls log one warning a minute. `GET /healthz` answers 200 with a small JSON body
while the app runs and the database takes a real write (`Store.ping`), 503 otherwise.
SIGTERM/SIGINT stop accepting, finish the queued updates, drain the outbox and close the
database.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update
from telegram.ext import TypeHandler

from bot.config import ConfigError, Settings
from bot.logsetup import redact_also
from bot.runtime.app import SpotterApp, build_application
from bot.runtime.lifecycle import ALLOWED_UPDATES, started, stop_on_signals
from bot.runtime.miniapp import add_to_webhook_server
from bot.services.container import SERVICES_KEY

log = logging.getLogger("spotter.webhook")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
SECRET_FORMAT = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what setWebhook accepts
MAX_BODY = 1024 * 1024  # an Update is a few KB; files arrive by file_id, never inline
DB_PING_TIMEOUT_S = 2.0
READ_TIMEOUT_S = 10.0  # a client trickling its body is cut off (408)
KEEPALIVE_S = 30.0
WARN_EVERY_S = 60.0  # bad-secret requests: one warning per minute, with the count


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    path: str
    secret: str
    port: int


def webhook_config(settings: Settings) -> WebhookConfig:
    """The webhook settings, checked; ConfigError names the variable that is wrong."""
    url = settings.spotter_webhook_url or ""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError("SPOTTER_WEBHOOK_URL: must be a full URL such as https://host/telegram")
    path = parsed.path or "/"
    if path.rstrip("/") == HEALTH_PATH:
        raise ConfigError(f"SPOTTER_WEBHOOK_URL: the path {HEALTH_PATH} is the health check")
    if settings.spotter_webhook_secret is None:
        raise ConfigError("SPOTTER_WEBHOOK_SECRET: required in webhook mode")
    secret = settings.spotter_webhook_secret.get_secret_value()
    if not SECRET_FORMAT.fullmatch(secret):
        raise ConfigError(
            "SPOTTER_WEBHOOK_SECRET: must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
        )
    return WebhookConfig(url, path, secret, settings.spotter_webhook_port)


class WebhookServer:
    """The HTTP side of webhook mode, around an Application that is started separately."""

    def __init__(
        self,
        app: SpotterApp,
        *,
        secret: str,
        path: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.path = path
        self._secret = secret.encode()
        self._clock = clock
        self._started = clock()
        self.received = 0
        self.processed = 0
        self.rejected = 0
        self._warned_at: float | None = None
        self._unwarned = 0
        # Counts every update the Application dispatches, before the flood gate (group -1).
        app.add_handler(TypeHandler(Update, self._count), group=-1000)

    async def _count(self, update: Update, context: Any) -> None:
        self.processed += 1

    def web_app(self) -> web.Application:
        web_app = web.Application(client_max_size=MAX_BODY)
        web_app.router.add_post(self.path, self.receive)
        web_app.router.add_get(HEALTH_PATH, self.health)
        return web_app

    def _authorised(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        return hmac.compare_digest(given, self._secret)

    async def receive(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            self.rejected += 1
            self._warn_rejected(request.remote)
            return web.Response(status=403, text="forbidden")
        if not self.app.running:
            return web.Response(status=503, text="starting or stopping")  # Telegram retries
        if (request.content_length or 0) > MAX_BODY:
            return web.Response(status=413, text="too large")
        try:
            async with asyncio.timeout(READ_TIMEOUT_S):
                body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413, text="too large")
        except TimeoutError:
            return web.Response(status=408, text="too slow")
        try:
            data = json.loads(body)
            update = Update.de_json(data, self.app.bot) if isinstance(data, dict) else None
        except Exception as exc:  # malformed JSON or a shape PTB cannot read
            log.warning("webhook body is not an Update: %s", exc)
            update = None
        if update is None:
            return web.Response(status=400, text="not an Update")
        await self.app.update_queue.put(update)
        self.received += 1
        return web.Response(status=200, text="ok")

    def _warn_rejected(self, remote: str | None) -> None:
        """A scan of the URL must not flood the log: one line a minute, counting the rest."""
        now = self._clock()
        self._unwarned += 1
        if self._warned_at is not None and now - self._warned_at < WARN_EVERY_S:
            return
        log.warning(
            "webhook calls without the right secret: %d (latest from %s)", self._unwarned, remote
        )
        self._warned_at, self._unwarned = now, 0

    async def health(self, request: web.Request) -> web.Response:
        database = await self._database_answers()
        healthy = self.app.running and database
        body = {
            "ok": healthy,
            "running": self.app.running,
            "database": database,
            "uptime_s": round(self._clock() - self._started, 1),
            "updates_received": self.received,
            "updates_processed": self.processed,
            "updates_queued": self.app.update_queue.qsize(),
        }
        return web.json_response(body, status=200 if healthy else 503)

    async def _database_answers(self) -> bool:
        svc = self.app.bot_data.get(SERVICES_KEY)
        if svc is None:
            return False
        try:
            async with asyncio.timeout(DB_PING_TIMEOUT_S):
                await svc.db.ping(int(svc.now().timestamp()))
        except Exception as exc:
            log.warning("health check: database does not answer: %r", exc)
            return False
        return True


async def run_webhook(
    settings: Settings,
    *,
    host: str = "0.0.0.0",
    port: int | None = None,
    stop: asyncio.Event | None = None,
    app: SpotterApp | None = None,
) -> None:
    """Run until `stop` is set (or SIGTERM/SIGINT when `stop` is None), then shut down cleanly."""
    config = webhook_config(settings)
    redact_also(config.secret)  # PTB logs setWebhook's parameters at DEBUG
    app = app or build_application(settings, updater=False)
    server = WebhookServer(app, secret=config.secret, path=config.path)
    stop = stop or stop_on_signals()
    web_app = server.web_app()
    add_to_webhook_server(web_app, app, settings)  # the Mini App's /app and /app/api/
    runner = web.AppRunner(
        web_app, access_log=None, shutdown_timeout=5.0, keepalive_timeout=KEEPALIVE_S
    )
    async with started(app):
        try:
            await runner.setup()
            await web.TCPSite(runner, host, config.port if port is None else port).start()
            await app.bot.set_webhook(
                config.url,
                secret_token=config.secret,
                allowed_updates=ALLOWED_UPDATES,
                max_connections=40,
            )
            log.info("webhook mode: listening on %s:%s%s", host, config.port, config.path)
            await stop.wait()
            log.info("stopping: finishing queued updates")
        finally:
            await runner.cleanup()  # stop accepting first; requests in flight finish
