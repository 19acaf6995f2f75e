"""/import (+ a CSV file), /export, /chart, /stats and /deletedata."""

from __future__ import annotations

import contextlib
import io
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from telegram import Document, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, MessageHandler, filters

from bot.exercises import match_exercise
from bot.importers import ImportFormatError
from bot.runtime.jobs import Job
from bot.services import Services
from bot.services.data import (
    delete_everything,
    export_csv,
    import_file,
    import_summary_text,
)
from bot.services.stats import chart_png, stats_text
from bot.services.users import User, set_pending
from handlers.buttons import routes
from handlers.callbacks import Callback, keyboard
from handlers.common import Context, command_args, current_user, jobs, reply, services

Work = Callable[[], Awaitable[None]]

MAX_IMPORT_BYTES = 20 * 1024 * 1024  # getFile's download limit, and our cap
PROGRESS_EVERY_S = 2.0  # edits of the progress message, well inside Telegram's edit limits
BUSY = "I'm still working on your last {kind} — I'll tell you as soon as it's done."
IMPORT_FAILED = (
    "Sorry — that import stopped on my side. Sets already added stay; sending the file again "
    "adds only what's missing."
)


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


def _refusal(doc: Document) -> str | None:
    """Why this file can't be imported, before anything is downloaded."""
    name = (doc.file_name or "").lower()
    if not (name.endswith((".csv", ".txt")) or (doc.mime_type or "").startswith("text/")):
        return "I can import CSV files from Strong or Hevy. That file isn't a CSV."
    if (doc.file_size or 0) > MAX_IMPORT_BYTES:
        return (
            "That file is over 20 MB, the most Telegram lets me download. Export a shorter "
            "date range (or split the file) and send the parts one after another."
        )
    return None


async def start_job(update: Update, context: Context, user: User, kind: str, work: Work) -> None:
    """Run `work` as this lifter's background job, or say what is still running."""
    job = Job(user.id, update.update_id, kind)
    runner = jobs(context)
    if not runner.start(job, work):
        await reply(update, BUSY.format(kind=runner.running(user.id) or kind))


async def on_document(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.document is None:
        return
    user = await current_user(update, context)
    doc = message.document
    refusal = _refusal(doc)
    if refusal:
        await reply(update, refusal)
        return
    svc = services(context)
    await start_job(update, context, user, "import", lambda: _import(update, svc, user, doc))


class ProgressNote:
    """One message edited in place while a long job runs ("Reading… 12,000 of 418,000 sets")."""

    def __init__(self, message: Message | None) -> None:
        self._message = message
        self._last = 0.0

    async def show(self, text: str, *, force: bool = False) -> None:
        now = time.monotonic()
        if self._message is None or (not force and now - self._last < PROGRESS_EVERY_S):
            return
        self._last = now
        with contextlib.suppress(TelegramError):  # progress is a courtesy, never a failure
            await self._message.edit_text(text)

    async def rows(self, done: int, total: int | None) -> None:
        of = f" of {total:,}" if total else ""
        await self.show(f"Reading… {done:,}{of} sets")


async def _import(update: Update, svc: Services, user: User, doc: Document) -> None:
    note = ProgressNote(await reply(update, "Got your file — reading it now…"))
    try:
        with tempfile.TemporaryDirectory(prefix="spotter-import-") as folder:
            path = Path(folder) / "export.csv"
            await (await doc.get_file()).download_to_drive(path)  # to disk, not to memory
            imported, added = await import_file(svc, user, path, None, progress=note.rows)
    except ImportFormatError as exc:
        await note.show(str(exc), force=True)
        return
    except Exception:
        await note.show(IMPORT_FAILED, force=True)
        raise
    if user.pending == "import":
        await set_pending(svc, user.id, None)
    read = imported.summary.working_sets_total + imported.summary.warmup_sets
    await note.show(f"Done: read {read:,} sets.", force=True)
    await reply(update, import_summary_text(imported, added, user.unit))


async def export(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    svc = services(context)
    await start_job(update, context, user, "export", lambda: _export(update, svc, user))


async def _export(update: Update, svc: Services, user: User) -> None:
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
