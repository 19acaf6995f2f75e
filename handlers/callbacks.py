"""Inline keyboards whose buttons carry compact callback data naming their owner."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import Callback, decode, encode

__all__ = ["Callback", "decode", "encode", "keyboard"]


def keyboard(
    owner: int, rows: list[list[tuple[str, str, tuple[object, ...]]]]
) -> InlineKeyboardMarkup:
    """Rows of (label, action, args) → an inline keyboard owned by `owner`."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label, callback_data=encode(owner, action, *args))
                for label, action, args in row
            ]
            for row in rows
        ]
    )
