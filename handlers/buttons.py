"""One entry point for inline buttons: check who pressed, then route by action."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import suppress

from telegram import Update
from telegram.error import BadRequest

from handlers import admin, data, logbook, program, settings, start
from handlers.callbacks import Callback, decode
from handlers.common import Context, reply

Action = Callable[[Update, Context, Callback], Awaitable[str]]


async def _goal(update: Update, context: Context, cb: Callback) -> str:
    if not cb.args or cb.args[0] not in settings.GOAL_NAMES:
        return "That button has expired."
    await reply(update, await settings.apply_goal(context, cb.owner, cb.args[0]))
    return "Goal saved"


ACTIONS: dict[str, Action] = {
    "ob": start.onboarding_answer,
    "goal": _goal,
    "undo": logbook.undo_button,
    "coach": logbook.coach_button,
    "hist": logbook.history_button,
    "rem": program.prompt_button,
    "chk": program.checkin_button,
    "del": data.delete_button,
    "adm": admin.broadcast_button,
}


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    cb = decode(query.data)
    presser = query.from_user.id if query.from_user else None
    if cb is None or cb.action not in ACTIONS:
        await query.answer("This button has expired — send the command again.")
        return
    if cb.owner != presser:
        await query.answer("This button belongs to someone else, so it does nothing for you.")
        return
    try:
        toast = await ACTIONS[cb.action](update, context, cb)
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
