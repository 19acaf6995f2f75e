"""/block, and the buttons under a daily prompt (Done, Skip today, Snooze 1 h)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.services.daylog import skip_today
from bot.services.program import block_text, record_checkin
from bot.services.prompts import CHECKIN_ACTION, PROMPT_ACTION
from bot.services.reminders import snooze
from handlers.buttons import routes
from handlers.callbacks import Callback
from handlers.common import Context, annotate, current_user, reply, services

SNOOZE = timedelta(hours=1)


async def block(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    await reply(update, await block_text(services(context), user))


async def prompt_button(update: Update, context: Context, cb: Callback) -> str:
    """Done / Skip today / Snooze 1 h under a daily prompt."""
    svc = services(context)
    user = await current_user(update, context)
    choice = cb.args[0] if cb.args else ""
    if choice == "snooze":
        await snooze(svc, user.id, SNOOZE)
        note = "😴 Snoozed — I'll send it again in an hour."
    elif choice == "skip":
        note = await skip_today(svc, user)
    elif choice == "done":
        note = "Nice work! 💪 Log your sets here (like 'squat 3x5 100') so I can plan the next one."
    else:
        return "That button has expired."
    await annotate(update, note)
    return {"snooze": "Snoozed", "skip": "Skipped", "done": "Done"}[choice]


async def checkin_button(update: Update, context: Context, cb: Callback) -> str:
    """The weekly summary's check-in: recovered, still sore, or run down."""
    user = await current_user(update, context)
    note = await record_checkin(services(context), user, cb.args[0] if cb.args else "good")
    await annotate(update, note)
    return "Thanks!"


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The buttons under a daily prompt and under the weekly check-in."""
    app.add_handler(routes({PROMPT_ACTION: prompt_button, CHECKIN_ACTION: checkin_button}))
