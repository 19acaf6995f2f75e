"""/admin for the operators named in SPOTTER_ADMIN_IDS: an overview of the whole bot."""

from __future__ import annotations

from telegram import Update

from bot.services.admin import overview
from handlers.common import Context, command_args, reply, services


async def admin(update: Update, context: Context) -> None:
    svc = services(context)
    user = update.effective_user
    if user is None or user.id not in svc.settings.admin_ids:
        await reply(update, "Sorry, that command is only for the bot's operators.")
        return
    args = command_args(context)
    if args[:1] in ([], ["stats"]):
        await reply(update, await overview(svc))
        return
    await reply(update, "Admin commands: /admin stats")
