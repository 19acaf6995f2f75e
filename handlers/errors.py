"""The last line of defence: log the failure, tell the user kindly, keep running."""

from __future__ import annotations

import logging
import time

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.services.updates import admit as admit_update
from bot.services.users import mark_inactive
from handlers.common import Context, services

log = logging.getLogger("spotter.errors")

SORRY = (
    "Sorry — something went wrong on my side. Anything I confirmed is saved; "
    "please try that again in a moment."
)


SAVED = (
    "My answer didn't get through — Telegram had a hiccup — but what you sent is saved. "
    "No need to send it again."
)
APOLOGY_GAP_S = 60.0
SET_ASIDE = (
    "I tried to handle that twice and it stopped me both times, so I've set it aside. "
    "If it was a file, try a smaller export (or split it); anything else, send it again."
)


async def admit(update: Update, context: Context) -> bool:
    """Whether to handle this update (bot/services/updates.py decides); a set-aside one is
    answered once so its sender knows."""
    user = update.effective_user
    admission, context.sender = await admit_update(
        services(context), update.update_id, user.id if user is not None else None
    )
    if admission == "set_aside" and update.effective_chat is not None:
        try:
            await update.effective_chat.send_message(SET_ASIDE)
        except TelegramError:
            log.warning("could not tell chat %s its update was set aside", update.effective_chat.id)
    return admission == "handle"


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
    if chat is None or not _first_apology(context, chat.id):
        return
    # Handlers write before they answer: when the answer is what failed, it is all saved,
    # and "try again" would only invite a duplicate.
    text = SAVED if isinstance(error, NetworkError) else SORRY
    try:
        await chat.send_message(text)
    except TelegramError:
        log.warning("could not tell chat %s about the failure", chat.id)


_APOLOGIES: dict[int, float] = {}  # chat id → when it was last told (this process)


def _first_apology(context: Context, chat_id: int) -> bool:
    """One apology per chat per APOLOGY_GAP_S, however many sends of an update fail."""
    last = _APOLOGIES
    now = time.monotonic()
    if now - last.get(chat_id, -APOLOGY_GAP_S) < APOLOGY_GAP_S:
        return False
    if len(last) > 10_000:
        last.clear()
    last[chat_id] = now
    return True


async def _mark_inactive(user_id: int, context: Context) -> None:
    """The user blocked the bot: no more prompts until they write again (ensure() reactivates)."""
    log.info("user %s blocked the bot; marked inactive", user_id)
    try:
        await mark_inactive(services(context), user_id)
    except Exception:
        log.exception("could not mark user %s inactive", user_id)
