"""Build the python-telegram-bot Application: transport, rate limits, handlers, lifecycle."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from telegram import LinkPreviewOptions
from telegram.ext import Application, Defaults
from telegram.request import BaseRequest

from bot.config import Settings
from bot.delivery import Outbox, PriorityRateLimiter
from bot.runtime.updates import PerUserUpdateProcessor
from bot.scheduler import DeliveryRecorder, PromptContent, ReminderService, install
from bot.services import Services, open_services
from bot.services.container import utc_now
from bot.services.jobs import JobRunner
from bot.services.prompts import session_prompt, weekly_prompt
from handlers import MENU, register
from storage import Leadership, leadership

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
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    if not updater:
        builder = builder.updater(None)
    app: SpotterApp = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["clock"] = clock
    app.bot_data["tick"] = tick
    register(app)
    return app


def _builder(svc: Services, make: Any) -> Any:
    async def build(user_id: int, chat_id: int, local_date: date) -> PromptContent | None:
        return await make(svc, user_id, local_date)

    return build


async def _post_init(app: SpotterApp) -> None:
    settings: Settings = app.bot_data["settings"]
    svc = await open_services(settings, app.bot_data["clock"])
    app.bot_data["services"] = svc
    app.bot_data["jobs"] = JobRunner(svc)
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
    app.bot_data["outbox"] = outbox
    app.bot_data["reminders"] = service
    app.bot_data["leader"] = leader
    await service.lead(svc.now())
    if app.bot_data["tick"] and app.job_queue is not None:
        install(app, service, settings.spotter_tick_seconds)
    where = re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", settings.database_url.split("?")[0])
    log.info("spotter ready (database %s)", where)  # a Postgres password is not logged


async def _post_shutdown(app: SpotterApp) -> None:
    jobs: JobRunner | None = app.bot_data.get("jobs")
    if jobs is not None:
        await jobs.close()  # an import cut short stays unconfirmed and comes back
    outbox: Outbox | None = app.bot_data.get("outbox")
    if outbox is not None:
        await outbox.close()  # drain: prompts already claimed still go out
    leader: Leadership | None = app.bot_data.get("leader")
    if leader is not None:
        await leader.release()  # another instance takes over the prompts at once
    svc: Services | None = app.bot_data.get("services")
    if svc is not None:
        await svc.close()
    log.info("spotter stopped")
