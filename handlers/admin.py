"""/admin for the operators named in SPOTTER_ADMIN_IDS: an overview, and a broadcast."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.services.admin import broadcast, overview, preview_broadcast, take_broadcast
from handlers.buttons import routes
from handlers.callbacks import Callback, keyboard
from handlers.common import Context, annotate, current_user, reply, services

USAGE = "Admin commands: /admin stats · /admin broadcast <message> (asks before sending)"


def _is_admin(context: Context, user_id: int | None) -> bool:
    return user_id is not None and user_id in services(context).settings.admin_ids


async def admin(update: Update, context: Context) -> None:
    user = update.effective_user
    if user is None or not _is_admin(context, user.id):
        await reply(update, "Sorry, that command is only for the bot's operators.")
        return
    svc = services(context)
    message = update.effective_message
    words = (message.text or "").split(maxsplit=2) if message else []
    command = words[1].lower() if len(words) > 1 else "stats"
    if command == "stats":
        await reply(update, await overview(svc))
    elif command == "broadcast" and len(words) > 2:
        text = words[2].strip()[:4000]
        await current_user(update, context)  # the operator may never have written before
        await preview_broadcast(svc, user.id, text)
        markup = keyboard(user.id, [[("📣 Send to everyone", "adm", ("send",)),
                                     ("Cancel", "adm", ("cancel",))]])  # fmt: skip
        await reply(update, f"This goes to every active user:\n\n{text}", markup)
    else:
        await reply(update, USAGE)


async def broadcast_button(update: Update, context: Context, cb: Callback) -> str:
    """Send the broadcast the operator previewed (or drop it)."""
    if not _is_admin(context, cb.owner):
        return "Only operators can do that."
    svc = services(context)
    text = await take_broadcast(svc, cb.owner)
    if cb.args[:1] != ("send",) or text is None:
        await annotate(update, "Broadcast cancelled — nothing was sent.")
        return "Cancelled"
    context.application.create_task(broadcast(svc, text))
    await annotate(update, "📣 Sending now, at the broadcast rate; replies to users go first.")
    return "Sending"


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """/admin (not in the menu) and the broadcast's Send / Cancel."""
    app.add_handler(CommandHandler("admin", admin))
    app.add_handler(routes({"adm": broadcast_button}))
