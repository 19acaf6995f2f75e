"""/units, /timezone, /goal, /remind, /bw — each works before onboarding."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application

from bot.reminders import RemindError, RemindOff, parse_remind_args, resolve_timezone
from bot.services.reminders import describe_reminder, reminder_off, set_reminder
from bot.services.settings import log_bodyweight, set_goal, set_timezone, set_unit
from bot.typed_settings import read_goal
from bot.units import fmt_number, parse_unit, to_kg
from handlers.buttons import routes
from handlers.callbacks import Callback, keyboard
from handlers.common import Context, command_args, current_user, reply, services

GOAL_CHOICES = [("💪 Strength", "strength"), ("📈 Size", "hypertrophy"), ("⚖️ Both", "both")]
GOAL_NAMES = {"strength": "strength", "hypertrophy": "size (hypertrophy)", "both": "both"}


async def units(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    args = command_args(context)
    unit = parse_unit(args[0]) if args else None
    if unit is None:
        await reply(
            update,
            f"You're on {user.unit}. Send /units kg or /units lb to switch"
            + (f" ('{args[0][:20]}' isn't one I know)." if args else "."),
        )
        return
    await set_unit(svc, user.id, unit)
    await reply(
        update, f"Units set to {unit}. Loads without a unit are read as {unit} from now on."
    )


async def timezone(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    text = " ".join(command_args(context))
    if not text:
        await reply(
            update, f"Your time zone is {user.timezone}. Change it with /timezone Europe/Berlin."
        )
        return
    name, suggestions = resolve_timezone(text[:64])
    if name is None:
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        await reply(
            update,
            f"I don't know the time zone '{text[:40]}'.{hint} Use an Area/City name like "
            "/timezone America/New_York.",
        )
        return
    await set_timezone(svc, user.id, name)
    await reply(update, f"Time zone set to {name}. Prompts follow your local clock.")


def goal_keyboard(owner: int) -> InlineKeyboardMarkup:
    """The three goals as buttons (after /goal and after a "strength or size?" answer)."""
    return keyboard(owner, [[(label, "goal", (goal,)) for label, goal in GOAL_CHOICES]])


async def goal(update: Update, context: Context) -> None:
    services(context)
    user = await current_user(update, context)
    args = command_args(context)
    if not args:
        markup = goal_keyboard(user.id)
        await reply(update, f"Your goal is {GOAL_NAMES[user.goal]}. Pick a new one:", markup)
        return
    chosen = read_goal(args[0])
    if chosen is None:
        await reply(update, "Pick one of: /goal strength, /goal size or /goal both.")
        return
    await reply(update, await apply_goal(context, user.id, chosen))


async def apply_goal(context: Context, user_id: int, chosen: str) -> str:
    """Set the goal; the programme starts a fresh block that fits it."""
    await set_goal(services(context), user_id, chosen)
    return (
        f"Goal set to {GOAL_NAMES[chosen]}. Your next block is built around it — "
        "see /block and /plan."
    )


async def goal_button(update: Update, context: Context, cb: Callback) -> str:
    if not cb.args or cb.args[0] not in GOAL_NAMES:
        return "That button has expired."
    await reply(update, await apply_goal(context, cb.owner, cb.args[0]))
    return "Goal saved"


async def remind(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    text = " ".join(command_args(context))
    if not text:
        await reply(update, await describe_reminder(svc, user))
        return
    request = parse_remind_args(text[:100])
    if isinstance(request, RemindError):
        await reply(update, request.message)
    elif isinstance(request, RemindOff):
        await reply(update, await reminder_off(svc, user))
    else:
        days = request.days_mask if len(text.split()) > 1 else None
        await reply(update, await set_reminder(svc, user, request.local_time, days))


async def bodyweight(update: Update, context: Context) -> None:
    svc = services(context)
    user = await current_user(update, context)
    args = command_args(context)
    value = None
    if args:
        try:
            value = float(args[0].replace(",", "."))
        except ValueError:
            value = None
    unit = parse_unit(args[1]) if len(args) > 1 else None
    unit = unit or user.unit
    if value is None or not (20 <= to_kg(value, unit) <= 400):
        await reply(update, f"Send your body weight like /bw 82.5 (in {user.unit}).")
        return
    await log_bodyweight(svc, user, to_kg(value, unit))
    await reply(update, f"Body weight logged: {fmt_number(value)} {unit}.")


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The goal buttons (after /goal and after a "strength or size?" answer)."""
    app.add_handler(routes({"goal": goal_button}))
