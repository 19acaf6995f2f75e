"""Inline keyboards whose buttons carry compact callback data naming their owner."""

from __future__ import annotations

import json

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import Callback, decode, encode

__all__ = ["Callback", "decode", "encode", "keyboard", "keyboard_json"]
Rows = list[list[tuple[str, str, tuple[object, ...]]]]


def _cells(owner: int, rows: Rows) -> list[list[tuple[str, str]]]:
    """(label, callback data) per button."""
    return [[(label, encode(owner, action, *args)) for label, action, args in row] for row in rows]


def keyboard(owner: int, rows: Rows) -> InlineKeyboardMarkup:
    """Rows of (label, action, args) → an inline keyboard owned by `owner`."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(text, callback_data=data) for text, data in row]
            for row in _cells(owner, rows)
        ]
    )


def keyboard_json(owner: int, rows: Rows) -> str:
    """The same keyboard as the Bot API's `reply_markup` JSON, for a reply sent on every log:
    building PTB's objects and serialising them costs ~80 µs a reply, this ~10 µs."""
    cells = _cells(owner, rows)
    return json.dumps(
        {"inline_keyboard": [[{"text": t, "callback_data": d} for t, d in row] for row in cells]}
    )
