"""Inline buttons: each handler module routes its own actions; the owner check they all share."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from typing import Any

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from handlers.callbacks import Callback, decode
from handlers.common import Context

Action = Callable[[Update, Context, Callback], Awaitable[str]]


def routes(actions: Mapping[str, Action]) -> CallbackQueryHandler[Any, None]:
    """One module's buttons: matches their action codes; `expired` answers all the others."""

    def owned(data: object) -> bool:
        cb = decode(data) if isinstance(data, str) else None
        return cb is not None and cb.action in actions

    async def on_button(update: Update, context: Context) -> None:
        query = update.callback_query
        cb = decode(query.data) if query else None
        if query is None or cb is None:
            return
        presser = query.from_user.id if query.from_user else None
        if cb.owner != presser:
            await query.answer("This button belongs to someone else, so it does nothing for you.")
            return
        try:
            toast = await actions[cb.action](update, context, cb)
        except BadRequest as exc:  # the action is done; only updating the old message failed
            error = exc.message.lower()
            if "not modified" in error:  # pressed twice
                toast = ""
            elif "message to edit not found" in error or "can't be edited" in error:
                toast = "Done"  # the message was deleted or is too old to edit
            else:
                raise
        with suppress(BadRequest):  # the query may time out while we worked; the action is done
            await query.answer(toast[:200] or None)

    return CallbackQueryHandler(on_button, pattern=owned)


async def expired(update: Update, context: Context) -> None:
    """A button no module claims: from an older version, or malformed."""
    if update.callback_query is not None:
        await update.callback_query.answer("This button has expired — send the command again.")
