"""Helpers every handler shares: services, the current user, replies that fit Telegram."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackContext, ExtBot

from bot.services import Services
from bot.services.container import SERVICES_KEY
from bot.services.users import User, ensure_user

MAX_TEXT = 4096


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """PTB's context with our dependencies typed, as PTB's contexttypesbot example does."""

    @property
    def svc(self) -> Services:
        svc = self.bot_data.get(SERVICES_KEY)
        if not isinstance(svc, Services):
            raise RuntimeError("services are not open yet")
        return svc


def services(context: Context) -> Services:
    """`context.svc`, as a function so the handlers' call sites stay as they were."""
    return context.svc


async def current_user(update: Update, context: Context) -> User:
    """The sender, created with default settings on first contact."""
    tg_user = update.effective_user
    chat = update.effective_chat
    assert tg_user is not None and chat is not None
    return await ensure_user(context.svc, tg_user.id, chat.id, tg_user.first_name or "")


def utf16_len(text: str) -> int:
    """Telegram counts text length in UTF-16 code units (an emoji like 💪 counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting(line: str, limit: int) -> int:
    """How many characters of `line` fit in `limit` UTF-16 units (at least one)."""
    units = 0
    for i, ch in enumerate(line):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return max(i, 1)
    return len(line)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split at line breaks (or hard, for a single huge line) so each part fits."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while utf16_len(line) > limit:
            if current:
                parts.append(current)
                current = ""
            cut = _fitting(line, limit)
            parts.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if utf16_len(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    parts.append(current)
    return [p for p in parts if p.strip()] or ["…"]  # Telegram refuses blank messages


async def reply(
    update: Update,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    **kwargs: Any,
) -> Message | None:
    """Answer in the update's chat; long text is split, buttons go on the last part."""
    chat = update.effective_chat
    if chat is None:
        return None
    parts = split_text(text)
    sent = None
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        sent = await chat.send_message(part, reply_markup=markup if last else None, **kwargs)
    return sent


def command_args(context: Context) -> list[str]:
    return list(context.args or [])


async def annotate(update: Update, note: str) -> None:
    """Add a note under the message whose button was pressed (or send it, if that's gone).

    The buttons go away with the edit, so a pressed choice can't be pressed again.
    """
    query = update.callback_query
    if query is None or query.message is None:
        await reply(update, note)
        return
    original = getattr(query.message, "text", None) or ""
    room = MAX_TEXT - len(note) - 2
    await query.edit_message_text(f"{original[:room]}\n\n{note}" if original else note)
