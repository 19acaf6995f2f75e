"""Telegram handlers: thin adapters from updates to the core and storage."""

from __future__ import annotations

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
from handlers import admin, buttons, data, errors, logbook, program, settings, start
from handlers.common import Context, jobs, not_private, reply, services

COMMANDS = [
    ("start", "Set up Spotter", start.start),
    ("help", "What I understand", start.help_command),
    ("plan", "Today's session", program.plan),
    ("block", "Your block and what changed", program.block),
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
]
MENU = [BotCommand(name, description) for name, description, _ in COMMANDS]


def _flood_gate(guard: FloodGuard) -> Callable[[Update, Context], Awaitable[None]]:
    async def gate(update: Update, context: Context) -> None:
        user_id = update_user_id(update)
        if user_id is None or guard.allow(user_id):
            return
        if guard.first_refusal(user_id) and update.effective_chat is not None:
            await update.effective_chat.send_message(
                "Whoa, that's a lot at once! Give me a few seconds, then send the rest."
            )
        raise ApplicationHandlerStop

    return gate


async def _skip_handled(update: Update, context: Context) -> None:
    """A batch Telegram redelivers after a crash must not run /undo (or anything) twice,
    and an update that was cut short twice is set aside rather than tried again."""
    if not await errors.admit(update, context):
        raise ApplicationHandlerStop


async def _mark_handled(update: Update, context: Context) -> None:
    svc = services(context)
    if not jobs(context).holds(update.update_id):  # a job marks its update when it ends
        await svc.updates.mark(update.update_id, int(svc.now().timestamp()))


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(TypeHandler(Update, _skip_handled), group=-2)
    app.add_handler(TypeHandler(Update, _flood_gate(FloodGuard())), group=-1)  # type: ignore[arg-type]
    app.add_handler(TypeHandler(Update, _mark_handled), group=1)
    app.add_handler(MessageHandler(~filters.ChatType.PRIVATE, not_private))
    for name, _, callback in COMMANDS:
        app.add_handler(CommandHandler(name, callback))
    app.add_handler(CommandHandler("admin", admin.admin))
    app.add_handler(CallbackQueryHandler(buttons.on_button))
    app.add_handler(
        MessageHandler(filters.Document.ALL & ~filters.UpdateType.EDITED, data.on_document)
    )
    app.add_handler(
        MessageHandler(
            filters.UpdateType.EDITED_MESSAGE & filters.TEXT & ~filters.COMMAND, logbook.on_edit
        )
    )
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, logbook.on_text
        )
    )
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
