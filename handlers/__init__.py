"""Telegram handlers: thin adapters from updates to the use cases in bot/services/."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.runtime.updates import FloodGuard, update_user_id
from bot.services.updates import finish_update
from handlers import (
    admin,
    buttons,
    data,
    errors,
    logbook,
    program,
    programmes,
    settings,
    start,
    training,
    webapp,
)
from handlers.common import Context, not_private, reply, services

COMMANDS = [
    ("start", "Set up Spotter", start.start),
    ("help", "What I understand", start.help_command),
    ("plan", "Today's session", training.plan),
    ("rest", "Rest timer", training.rest),
    ("plates", "Plates per side", training.plates),
    ("warmups", "Warm-up sets on or off", training.warmups),
    ("block", "Your block and what changed", program.block),
    ("program", "Run 5/3/1, GZCLP, 5×5, Texas or PPL", programmes.program),
    ("history", "Recent sessions", logbook.history),
    ("prs", "Your bests", logbook.prs),
    ("stats", "Weekly volume and e1RM trend", data.stats),
    ("chart", "Progress chart", data.chart),
    ("undo", "Remove the last logged sets", logbook.undo),
    ("goal", "Strength, size or both", settings.goal),
    ("remind", "Daily session prompt", settings.remind),
    ("timezone", "Your time zone", settings.timezone),
    ("units", "kg or lb", settings.units),
    ("bw", "Log body weight", settings.bodyweight),
    ("import", "Import Strong or Hevy CSV", data.import_command),
    ("export", "Your sets as CSV", data.export),
    ("deletedata", "Delete everything about you", data.delete_data),
    ("app", "Log, charts and programme on one page", webapp.app_command),
]
MENU = [BotCommand(name, description) for name, description, _ in COMMANDS]


def _admit_and_pace(guard: FloodGuard) -> Callable[[Update, Context], Awaitable[None]]:
    """Before any handler (one group, one pass): a batch Telegram redelivers after a crash must
    not run /undo (or anything) twice, and an update that was cut short twice is set aside
    rather than tried again; then a user's burst is paced, later updates waiting their turn
    instead of being dropped."""

    async def admit_and_pace(update: Update, context: Context) -> None:
        if not await errors.admit(update, context):
            raise ApplicationHandlerStop
        user_id = update_user_id(update)
        delay = guard.reserve(user_id) if user_id is not None else 0.0
        if delay > 0:
            context.sender = None  # read before the wait: let the handler read it afresh
            await asyncio.sleep(delay)

    return admit_and_pace


async def _mark_handled(update: Update, context: Context) -> None:
    await finish_update(services(context), update.update_id)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(TypeHandler(Update, _admit_and_pace(FloodGuard())), group=-1)  # type: ignore[arg-type]
    app.add_handler(TypeHandler(Update, _mark_handled), group=1)
    app.add_handler(MessageHandler(~filters.ChatType.PRIVATE, not_private))
    for name, _, callback in COMMANDS:
        app.add_handler(CommandHandler(name, callback))
    for module in (admin, data, logbook, program, settings, start, training):
        module.register(app)  # each module's buttons (and messages) beside its handlers
    app.add_handler(CallbackQueryHandler(buttons.expired))  # a button no module claims
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, unknown_command))
    app.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.Document.ALL, not_text)
    )
    app.add_error_handler(errors.on_error)


async def unknown_command(update: Update, context: Context) -> None:
    await reply(update, "I don't know that command. /help lists everything I can do.")


async def not_text(update: Update, context: Context) -> None:
    await reply(
        update,
        "I can only read text (and CSV files for /import). Type your sets like 'bench 100x5'.",
    )
