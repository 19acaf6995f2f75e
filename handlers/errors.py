"""The last line of defence: log the failure, tell the user kindly, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.services.users import mark_inactive
from handlers.common import Context, services

log = logging.getLogger("spotter.errors")

SORRY = (
    "Sorry — something went wrong on my side. Anything I confirmed is saved; "
    "please try that again in a moment."
)


async def on_error(update: object, context: Context) -> None:
    error = context.error
    if isinstance(error, BadRequest) and "not modified" in error.message.lower():
        log.debug("edit ignored: %s", error.message)  # e.g. a button pressed twice
        return
    if isinstance(error, Forbidden) and isinstance(update, Update) and update.effective_user:
        await _mark_inactive(update.effective_user.id, context)
        return
    log.error("update failed: %r", error, exc_info=error)
    if isinstance(error, Forbidden) or not isinstance(update, Update):
        return
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await chat.send_message(SORRY)
    except TelegramError:
        log.warning("could not tell chat %s about the failure", chat.id)


async def _mark_inactive(user_id: int, context: Context) -> None:
    """The user blocked the bot: no more prompts until they write again (ensure() reactivates)."""
    log.info("user %s blocked the bot; marked inactive", user_id)
    try:
        await mark_inactive(services(context), user_id)
    except Exception:
        log.exception("could not mark user %s inactive", user_id)
