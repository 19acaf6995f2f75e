"""The last line of defence: log the failure, tell the user kindly, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError

from handlers.common import Context

log = logging.getLogger("spotter.errors")

SORRY = (
    "Sorry — something went wrong on my side. Anything I confirmed is saved; "
    "please try that again in a moment."
)


async def on_error(update: object, context: Context) -> None:
    error = context.error
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
