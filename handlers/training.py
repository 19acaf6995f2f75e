"""The training day in chat: /plan with one-tap logging, /rest, /plates, /warmups."""

from __future__ import annotations

from datetime import date
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application

from bot.services.daylog import log_prescribed, start_rest, stop_rest
from bot.services.logbook import LogOutcome
from bot.services.plates import plates_reply, warmups_reply
from bot.services.prompts import PROMPT_ACTION
from bot.services.training import day_plan
from bot.training.day import DayPlan, Row, plan_rows, render_plan
from bot.training.rest import DurationError, parse_duration
from handlers.buttons import routes
from handlers.callbacks import Callback, keyboard
from handlers.common import Context, command_args, current_user, reply, services
from handlers.logbook import confirm_markup, confirmation


def plan_markup(
    owner: int, plan: DayPlan, extra: list[Row] | None = None
) -> InlineKeyboardMarkup | None:
    rows = plan_rows(plan) + (extra or [])
    return keyboard(owner, rows) if rows else None


async def plan(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    today = await day_plan(services(context), user)
    skip: list[Row] = [] if today.skipped_today else [[("Skip today", PROMPT_ACTION, ("skip",))]]
    await reply(update, render_plan(today, user.unit), plan_markup(user.id, today, skip))


async def tap_button(update: Update, context: Context, cb: Callback) -> str:
    """✔ under a plan: log that line (or every line left) exactly as prescribed, once."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or query.message is None or chat is None or len(cb.args) != 2:
        return "That button has expired — send /plan again."
    which, when = cb.args
    try:
        day = date(int(when[:4]), int(when[4:6]), int(when[6:8]))
        index = None if which == "all" else int(which)
    except ValueError:
        return "That button has expired — send /plan again."
    svc = services(context)
    user = await current_user(update, context)
    tapped = await log_prescribed(svc, user, chat.id, query.message.message_id, day, index)
    if tapped.outcome is None:
        return tapped.note
    await _confirm(update, context, tapped.outcome, tapped.key)
    await _refresh_plan(update, context)
    return "Logged"


async def _confirm(update: Update, context: Context, outcome: LogOutcome, key: int) -> None:
    """The same confirmation a typed log gets: e1RM, PRs, changes to the plan, Undo, Rest."""
    user = await current_user(update, context)
    text = confirmation(outcome, edited=False)
    if outcome.events:
        text += "\n\n" + "\n\n".join(e.message for e in outcome.events)
    await reply(update, text, confirm_markup(user.id, key))


async def _refresh_plan(update: Update, context: Context) -> None:
    """Show the plan message with what's done ticked and only the buttons still useful."""
    query = update.callback_query
    if query is None:
        return
    user = await current_user(update, context)
    today = await day_plan(services(context), user)
    await query.edit_message_text(
        render_plan(today, user.unit), reply_markup=plan_markup(user.id, today)
    )


async def rest(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    args = command_args(context)
    if args and args[0].lower() in ("off", "stop", "cancel"):
        await reply(update, await stop_rest(svc, user))
        return
    try:
        seconds = parse_duration(" ".join(args)) if args else None
    except DurationError as exc:
        await reply(update, str(exc))
        return
    await reply(update, await start_rest(svc, user, seconds))


async def rest_button(update: Update, context: Context, cb: Callback) -> str:
    """⏱ Rest under a confirmation: the prescribed rest of the exercise just logged."""
    svc = services(context)
    user = await current_user(update, context)
    await reply(update, await start_rest(svc, user, None))
    return "Timer started"


async def plates(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    await reply(update, await plates_reply(services(context), user, command_args(context)))


async def warmups(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    await reply(update, await warmups_reply(services(context), user, command_args(context)))


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(routes({"tap": tap_button, "rest": rest_button}))
