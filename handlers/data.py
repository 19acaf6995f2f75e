"""/import (+ a CSV file), /export, /chart, /stats and /deletedata."""

from __future__ import annotations

import io
from typing import Any

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot.exercises import match_exercise
from bot.importers import ImportFormatError
from bot.services.data import (
    delete_everything,
    export_csv,
    import_file,
    import_summary_text,
)
from bot.services.stats import chart_png, stats_text
from bot.services.users import set_pending
from handlers.buttons import routes
from handlers.callbacks import Callback, keyboard
from handlers.common import Context, command_args, current_user, reply, services

MAX_IMPORT_BYTES = 20 * 1024 * 1024  # getFile's download limit


async def import_command(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    await set_pending(svc, user.id, "import")
    await reply(
        update,
        "Send me your export as a file: in Strong it's Settings → Export data (CSV); in Hevy, "
        "Settings → Export & import → Export workouts. I'll add every set once — sending the "
        "same file again adds nothing.",
    )


async def on_document(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.document is None:
        return
    svc = services(context)
    user = await current_user(update, context)
    doc = message.document
    name = (doc.file_name or "").lower()
    if not (name.endswith((".csv", ".txt")) or (doc.mime_type or "").startswith("text/")):
        await reply(update, "I can import CSV files from Strong or Hevy. That file isn't a CSV.")
        return
    if (doc.file_size or 0) > MAX_IMPORT_BYTES:
        await reply(
            update, "That file is over 20 MB, which is more than Telegram lets me download."
        )
        return
    file = await doc.get_file()
    data = bytes(await file.download_as_bytearray())
    try:
        imported, added = await import_file(svc, user, data, None)
    except ImportFormatError as exc:
        await reply(update, str(exc))
        return
    if user.pending == "import":
        await set_pending(svc, user.id, None)
    await reply(update, import_summary_text(imported, added, user.unit))


async def export(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    text, count = await export_csv(svc, user)
    if count == 0:
        await reply(update, "Nothing to export yet — log a set like 'bench 100x5' first.")
        return
    chat = update.effective_chat
    assert chat is not None
    await chat.send_document(
        io.BytesIO(text.encode("utf-8")),
        filename="spotter-export.csv",
        caption=f"All {count} of your sets. You can import this file again with /import.",
    )


async def chart(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    args = " ".join(command_args(context))
    exercise = match_exercise(args) if args else None
    if args and exercise is None:
        await reply(update, f"I don't know the exercise '{args[:40]}'. Try /chart bench.")
        return
    png, caption = await chart_png(svc, user, exercise)
    if png is None:
        await reply(update, caption)
        return
    chat = update.effective_chat
    assert chat is not None
    await chat.send_photo(io.BytesIO(png), caption=caption[:1024])


async def stats(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    await reply(update, await stats_text(services(context), user))


async def delete_data(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    markup = keyboard(
        user.id, [[("🗑 Yes, delete everything", "del", ("yes",)), ("Keep my data", "del", ("no",))]]
    )
    await reply(
        update,
        "This deletes everything I know about you: every set, your settings, reminders and "
        "programme. It can't be undone (use /export first if you want a copy). Are you sure?",
        markup,
    )


async def delete_button(update: Update, context: Context, cb: Callback) -> str:
    query = update.callback_query
    if cb.args[:1] == ("yes",):
        await delete_everything(services(context), cb.owner)
        note = "Everything is deleted. If you come back, send /start and we'll begin fresh."
    else:
        note = "Nothing deleted — your data stays."
    if query is not None and query.message is not None:
        await query.edit_message_text(note)
    else:
        await reply(update, note)
    return "Deleted" if cb.args[:1] == ("yes",) else "Kept"


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """A sent file (an /import), and the /deletedata confirmation."""
    app.add_handler(routes({"del": delete_button}))
    app.add_handler(MessageHandler(filters.Document.ALL & ~filters.UpdateType.EDITED, on_document))
