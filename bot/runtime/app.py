"""Build the python-telegram-bot Application: transport, rate limits, handlers, lifecycle."""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from telegram import LinkPreviewOptions
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot.config import Settings
from bot.runtime.delivery import Outbox, PriorityRateLimiter
from bot.runtime.jobs import JobRunner
from bot.runtime.rest_clock import RestClock
from bot.runtime.rest_clock import install as install_rest_clock
from bot.runtime.scheduler import DeliveryRecorder, PromptContent, ReminderService, install
from bot.runtime.transport import bot_api_request
from bot.runtime.updates import PerUserUpdateProcessor
from bot.services import Services, open_services
from bot.services.container import SERVICES_KEY, utc_now
from bot.services.prompts import session_prompt, weekly_prompt
from bot.services.updates import mark_handled
from handlers import MENU, register
from handlers.common import Context
from storage import leadership

log = logging.getLogger("spotter")

OFFLINE_TOKEN = "0:offline-console"  # `spotter chat` needs a well-formed token, never a real one
UPDATE_MEMORY = timedelta(days=3)  # Telegram redelivers unconfirmed updates for up to 24 h
SpotterApp = Application[Any, Any, Any, Any, Any, Any]


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    clock: Callable[[], datetime] = utc_now,
    tick: bool = True,
    updater: bool = True,
) -> SpotterApp:
    """The one Application used by `run`, `chat` and the tests (only the transport differs).

    `updater=False` builds it without PTB's Updater: `spotter run` feeds `app.update_queue`
    itself (bot/runtime/polling.py's at-least-once polling, bot/runtime/webhook.py's server)."""
    builder = (
        Application.builder()
        .token(settings.token or OFFLINE_TOKEN)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .defaults(Defaults(link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(PriorityRateLimiter(settings.spotter_broadcast_rate))
        .concurrent_updates(PerUserUpdateProcessor(64))
        .context_types(ContextTypes(context=Context))
        .post_init(partial(_post_init, settings=settings, clock=clock, tick=tick))
        .post_shutdown(_post_shutdown)
    )
    client = settings.spotter_http_client
    builder = builder.request(request or bot_api_request(client, polling=False))
    builder = builder.get_updates_request(
        get_updates_request or bot_api_request(client, polling=True)
    )
    if not updater:
        builder = builder.updater(None)
    app: SpotterApp = builder.build()
    register(app)
    return app


def services_of(app: SpotterApp) -> Services:
    """The app's one typed home of dependencies (handlers see it as `context.svc`)."""
    svc = app.bot_data.get(SERVICES_KEY)
    if not isinstance(svc, Services):
        raise RuntimeError("services are not open yet")
    return svc


def _builder(svc: Services, make: Any) -> Any:
    async def build(user_id: int, chat_id: int, local_date: date) -> PromptContent | None:
        return await make(svc, user_id, local_date)

    return build


def _sender(app: SpotterApp) -> Any:
    async def send(chat_id: int, text: str) -> None:
        await app.bot.send_message(chat_id, text)

    return send


async def _post_init(
    app: SpotterApp, *, settings: Settings, clock: Callable[[], datetime], tick: bool
) -> None:
    svc = await open_services(settings, clock)
    app.bot_data[SERVICES_KEY] = svc
    await svc.updates.prune(int((svc.now() - UPDATE_MEMORY).timestamp()))
    await app.bot.set_my_commands(MENU)
    recorder = DeliveryRecorder(svc.reminders, svc.clock)
    outbox = Outbox(
        app.bot,
        on_sent=recorder.on_sent,
        on_blocked=recorder.on_blocked,
        on_failed=recorder.on_failed,
    )
    session = _builder(svc, session_prompt)
    service = ReminderService(
        svc.reminders,
        outbox,
        {"session": session, "snooze": session, "weekly": _builder(svc, weekly_prompt)},
        timedelta(minutes=settings.spotter_reminder_grace_minutes),
        leader=(leader := leadership(svc.db)),
    )
    svc.outbox, svc.reminder_service, svc.leader = outbox, service, leader
    svc.jobs = JobRunner(partial(mark_handled, svc))
    await service.lead(svc.now())
    svc.rest_clock = rest = RestClock(svc, _sender(app))
    if tick and app.job_queue is not None:
        install(app, service, settings.spotter_tick_seconds, now=svc.now)
        install_rest_clock(app, rest)
    if settings.spotter_web_url:  # aiohttp and the pages load only when the Mini App is on
        from bot.runtime.miniapp import start_web

        await start_web(app, settings)  # the menu button and, in polling mode, the page's server
    where = re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", settings.database_url.split("?")[0])
    log.info("spotter ready (database %s)", where)  # a Postgres password is not logged
    gc.freeze()  # what start-up built (modules, cards, ~100k objects) is not walked again by
    # every full collection: 0.15 ms of CPU per logged set, and the pauses of tens of ms


async def _post_shutdown(app: SpotterApp) -> None:
    gc.unfreeze()  # this app's objects may be collected again once it is gone
    svc: Services | None = app.bot_data.get(SERVICES_KEY)
    if svc is not None and svc.settings.spotter_web_url:
        from bot.runtime.miniapp import stop_web

        await stop_web(app)
    if svc is not None:
        if svc.jobs is not None:
            await svc.jobs.close()  # an import cut short stays unconfirmed and comes back
        if svc.outbox is not None:
            await svc.outbox.close()  # drain: prompts already claimed still go out
        if svc.leader is not None:
            await svc.leader.release()  # another instance takes over the prompts at once
        await svc.close()
    log.info("spotter stopped")
