"""Helpers every handler shares: services, the current user, replies that fit Telegram."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackContext, ExtBot

from bot.runtime.jobs import JobRunner
from bot.services import Services
from bot.services.container import SERVICES_KEY
from bot.services.updates import Sender
from bot.services.users import User, ensure_user

MAX_TEXT = 4096
MAX_PARTS = 3  # one reply never turns into more messages than this


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """PTB's context with our dependencies typed, as PTB's contexttypesbot example does.

    PTB builds one per update and passes it to every group's handler, so `sender` carries
    the sender's row from the admission guard (which read it in its own round trip) to the
    handler's first `current_user`."""

    sender: Sender | None = None

    @property
    def svc(self) -> Services:
        svc = self.bot_data.get(SERVICES_KEY)
        if not isinstance(svc, Services):
            raise RuntimeError("services are not open yet")
        return svc


def services(context: Context) -> Services:
    """`context.svc`, as a function so the handlers' call sites stay as they were."""
    return context.svc


def jobs(context: Context) -> JobRunner:
    runner = context.svc.jobs
    if runner is None:
        raise RuntimeError("the job runner is not open yet")
    return runner


async def current_user(update: Update, context: Context) -> User:
    """The sender, created with default settings on first contact."""
    tg_user = update.effective_user
    chat = update.effective_chat
    assert tg_user is not None and chat is not None
    private = chat.type == chat.PRIVATE  # a group's id never becomes the prompt address
    sender, context.sender = context.sender, None  # read once: later calls see any change
    return await ensure_user(
        context.svc, tg_user.id, chat.id, tg_user.first_name or "", private=private,
        prefetched=sender,
    )  # fmt: skip


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


def capped(parts: list[str], limit: int = MAX_PARTS) -> list[str]:
    """At most `limit` parts; the last one says how many lines were left out."""
    if len(parts) <= limit:
        return parts
    left = sum(part.count("\n") + 1 for part in parts[limit - 1 :])
    keep = parts[: limit - 1]
    last = parts[limit - 1].split("\n")
    note = "…and {n:,} more lines, too many for a chat. /export has everything."
    while last and utf16_len("\n".join(last)) + len(note) + 12 > MAX_TEXT:
        last.pop()
    left -= len(last)
    return [*keep, "\n".join([*last, note.format(n=left)])]


async def reply(
    update: Update,
    text: str,
    markup: InlineKeyboardMarkup | str | None = None,
    **kwargs: Any,
) -> Message | None:
    """Answer in the update's chat; long text is split, buttons go on the last part.

    `markup` is PTB's keyboard or one already in the Bot API's JSON (`keyboard_json`)."""
    chat = update.effective_chat
    if chat is None:
        return None
    parts = capped(split_text(text))
    sent = None
    for i, part in enumerate(parts):
        if i < len(parts) - 1 or markup is None:
            sent = await chat.send_message(part, **kwargs)
        elif isinstance(markup, str):
            sent = await chat.send_message(part, api_kwargs={"reply_markup": markup}, **kwargs)
        else:
            sent = await chat.send_message(part, reply_markup=markup, **kwargs)
    return sent


PRIVATE_ONLY = (
    "I coach one lifter at a time, so let's talk in private: open a chat with me and send "
    "/start there."
)


async def not_private(update: Update, context: Context) -> None:
    """Groups get one short pointer per command and nothing else: no logging, no settings,
    and their chat id never becomes anyone's prompt address."""
    message = update.message
    if message is not None and message.text and message.text.startswith("/"):
        await message.reply_text(PRIVATE_ONLY)


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
