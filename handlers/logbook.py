"""Free text (a log, a question, or neither), edits of logged messages, /undo, /history, /prs."""

from __future__ import annotations

from datetime import date
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, MessageHandler, filters

from bot.coach import CoachAnswer, is_question
from bot.exercises import match_exercise
from bot.services.coach import ask, ask_card
from bot.services.history import history_page, prs_text
from bot.services.logbook import LogOutcome, log_message, undo_last, unlog_message
from bot.services.users import User
from handlers.buttons import routes
from handlers.callbacks import Callback, keyboard, keyboard_json
from handlers.common import Context, annotate, command_args, current_user, reply, services
from handlers.settings import goal_keyboard
from handlers.start import typed_answer

EXAMPLES = (
    "I log sets written like:\n"
    "• bench 100x5\n"
    "• squat 3x5 140kg\n"
    "• dl 180x3 @9\n"
    'Or ask me something, like "strength or size?" — /help lists everything.'
)
GREETINGS = {"hi", "hello", "hey", "yo", "hiya", "thanks", "thank you", "thx", "ty", "ok", "cool"}


def confirm_markup(owner: int, key: int) -> str:
    """Undo and a rest timer under every log confirmation (typed or tapped)."""
    return keyboard_json(owner, [[("↩️ Undo", "undo", (key,)), ("⏱ Rest", "rest", ())]])


def confirmation(outcome: LogOutcome, edited: bool) -> str:
    head = "Updated ✏️" if edited else "Logged ✅"
    return "\n".join([head, *(g.line() for g in outcome.groups)])


async def on_text(update: Update, context: Context) -> None:
    await handle_text(update, context, edited=False)


async def on_edit(update: Update, context: Context) -> None:
    await handle_text(update, context, edited=True)


async def handle_text(update: Update, context: Context, edited: bool) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or message.text is None:
        return
    svc = services(context)
    user = await current_user(update, context)
    outcome = await log_message(svc, user, chat.id, message.message_id, message.text, message.date)
    if outcome.groups:
        text = confirmation(outcome, edited)
        if outcome.events:
            text += "\n\n" + "\n\n".join(e.message for e in outcome.events)
        await reply(update, text, confirm_markup(user.id, message.message_id))
        return
    if edited:
        removed = await unlog_message(svc, user, chat.id, message.message_id)
        if removed:
            await reply(
                update, f"That edit isn't a log any more, so I removed its {removed} set(s)."
            )
            return
    elif await typed_answer(update, context, user, message.text):
        return
    await answer_non_log(update, context, user, message.text, outcome)


async def answer_non_log(
    update: Update, context: Context, user: User, text: str, outcome: LogOutcome
) -> None:
    svc = services(context)
    if is_question(text):
        answer = await ask(svc, user, text)
        await reply(update, answer.answer, coach_markup(user.id, answer))
        return
    words = text.strip().lower().strip("!.? ")
    if words in GREETINGS:
        await reply(update, "Hey! 👋 " + EXAMPLES)
        return
    error = outcome.parsed.error or "I couldn't read that as a set."
    await reply(update, f"{error}\n\n{EXAMPLES}")


def coach_markup(owner: int, answer: CoachAnswer) -> InlineKeyboardMarkup | None:
    """The two likeliest readings of an unclear question, or the goal buttons, or nothing."""
    if answer.choices:
        return keyboard(owner, [[(c.title[:40], "coach", (c.card,))] for c in answer.choices])
    return goal_keyboard(owner) if answer.offer_goal_buttons else None


async def coach_button(update: Update, context: Context, cb: Callback) -> str:
    """A tapped reading: answer that card as if it had been asked."""
    user = await current_user(update, context)
    answer = await ask_card(services(context), user, cb.args[0]) if cb.args else None
    if answer is None:
        return "That button has expired."
    await reply(update, answer.answer, coach_markup(user.id, answer))
    return ""


async def undo(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    svc = services(context)
    await reply(update, await undo_last(svc, user))


async def undo_button(update: Update, context: Context, cb: Callback) -> str:
    svc = services(context)
    user = await current_user(update, context)
    chat = update.effective_chat
    if chat is None or not cb.args or not cb.args[0].isdigit():
        return "Nothing to undo."
    removed = await unlog_message(svc, user, chat.id, int(cb.args[0]))
    if not removed:
        return "Already removed."
    await annotate(update, f"↩️ Undone — {removed} set(s) removed.")
    return "Undone"


async def history(update: Update, context: Context) -> None:
    args = " ".join(command_args(context))
    exercise = match_exercise(args) if args else None
    if args and exercise is None:
        await reply(update, f"I don't know the exercise '{args[:40]}'. Try /history bench.")
        return
    await send_history(update, context, exercise, None)


async def send_history(
    update: Update, context: Context, exercise: str | None, before: date | None
) -> None:
    svc = services(context)
    user = await current_user(update, context)
    text, more = await history_page(svc, user, exercise, before)
    markup = None
    if more is not None:
        markup = keyboard(
            user.id, [[("Older ⏪", "hist", (exercise or "-", more.strftime("%Y%m%d")))]]
        )
    await reply(update, text, markup)


async def history_button(update: Update, context: Context, cb: Callback) -> str:
    exercise, stamp = (*cb.args, "-", "")[:2]
    try:
        before = date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return "That page has expired."
    await send_history(update, context, None if exercise == "-" else exercise, before)
    return ""


async def prs(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    await reply(update, await prs_text(services(context), user))


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Free text and its edits, and the Undo / Older / coach-reading buttons."""
    app.add_handler(routes({"undo": undo_button, "hist": history_button, "coach": coach_button}))
    app.add_handler(
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT & ~filters.COMMAND, on_edit)
    )
    app.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, on_text)
    )
