"""/program: list the named programmes, switch, or change a training max."""

from __future__ import annotations

from telegram import Update

from bot.services.programmes import program_command
from handlers.common import Context, current_user, reply, services


async def program(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    await reply(update, await program_command(services(context), user, context.args or []))
