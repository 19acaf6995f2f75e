"""/start onboarding (every step has buttons and can be skipped) and /help."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application

from bot.coach import is_question
from bot.services.onboarding import await_answer, open_step, save_answer, save_typed
from bot.services.users import User
from handlers.buttons import routes
from handlers.callbacks import Callback, keyboard
from handlers.common import Context, current_user, reply, services
from handlers.settings import GOAL_CHOICES

HELP = """Here's what I understand:

Log sets — just type them, one exercise per line:
  bench 100x5 · squat 3x5 140kg · dl 180x3 @9 · pull ups bw+10 3x8

/plan — today's session, with a ✔ button per exercise to log it as prescribed: /plan
/rest [time] — rest timer: /rest 90s, /rest 2:30, /rest off
/plates LOAD — plates per side: /plates 142.5, /plates 315 lb
/warmups on|off — warm-up sets in /plan: /warmups off
/block — your block, its week and what changed: /block
/program [name] — run 5/3/1, GZCLP, 5×5, Texas or PPL: /program 531
/history [exercise] — recent sessions: /history bench
/prs — your bests: /prs
/stats — weekly sets, volume and e1RM trend: /stats
/chart [exercise] — a progress chart: /chart squat
/undo — remove the last thing you logged: /undo
/goal [strength|size|both] — what to train for: /goal size
/remind HH:MM [days] — daily session prompt: /remind 07:30 mon,wed,fri
/timezone Area/City — your time zone: /timezone Europe/Berlin
/units kg|lb — your units: /units lb
/bw — log body weight: /bw 82.5
/import — then send a Strong or Hevy CSV file
/export — all your sets as a CSV file
/deletedata — delete everything about you (asks first)
/app — your log, charts and programme on one page (the Mini App)

Or ask me anything about training, e.g. "strength or size?" or "how long should I rest?"."""

STEPS = ("goal", "level", "units", "days", "time", "tz")
LEVELS = [("New (< 6 months)", "novice"), ("6–24 months", "intermediate"), ("2+ years", "advanced")]
DAYS = [("Tue Thu", 10), ("Mon Wed Fri", 21), ("Mon Tue Thu Fri", 27), ("Mon–Fri", 31)]
TIMES = [("07:00", "0700"), ("12:00", "1200"), ("18:00", "1800")]
ZONES = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles"]
QUESTIONS = {
    "goal": "What do you want most right now?",
    "level": "How long have you been lifting consistently?",
    "units": "Which units do you use?",
    "days": "Which days do you train?",
    "time": "When should I send today's session?",
    "tz": "Which time zone are you in? (Or send /timezone Area/City any time.)",
}


CHOICES: dict[str, list[tuple[str, object]]] = {
    "goal": list(GOAL_CHOICES),
    "level": list(LEVELS),
    "units": [("kg", "kg"), ("lb", "lb")],
    "days": list(DAYS),
    "time": [*TIMES, ("No prompts", "none")],
    "tz": [(z, z) for z in ZONES],
}


def _step_keyboard(owner: int, step: str) -> InlineKeyboardMarkup:
    options = CHOICES[step]
    rows: list[list[tuple[str, str, tuple[object, ...]]]] = [
        [(label, "ob", (step, value))] for label, value in options
    ]
    rows.append([("Skip", "ob", (step, "skip"))])
    return keyboard(owner, rows)


EXAMPLES = {
    "goal": "strength, size or both",
    "level": "'new' or '2 years'",
    "units": "kg or lb",
    "days": "mon wed fri",
    "time": "07:30, 6pm or 'no prompts'",
    "tz": "Europe/Berlin or just Berlin",
}


async def ask_step(
    update: Update, context: Context, owner: int, step: str, lead: str = "", hinted: bool = False
) -> None:
    await await_answer(services(context), owner, step, hinted=hinted)
    await reply(update, lead + QUESTIONS[step], _step_keyboard(owner, step))


async def ask_after(update: Update, context: Context, owner: int, step: str) -> None:
    """The question after `step`, or the closing line (which closes the open question too)."""
    following = STEPS.index(step) + 1
    if following < len(STEPS):
        await ask_step(update, context, owner, STEPS[following], "Got it. ")
        return
    await await_answer(services(context), owner, None)
    await reply(
        update,
        "All set! Send /plan for today's session, or just log what you lift, "
        "e.g. 'squat 3x5 100kg'.",
    )


async def typed_answer(update: Update, context: Context, user: User, text: str) -> bool:
    """A typed reply to the open /start question. False when there is none, when it's a
    question, or when a second try can't be read either: then the text is handled as usual
    (and the question's buttons still work)."""
    opened = open_step(user)
    if opened is None or opened[0] not in STEPS or is_question(text):
        return False
    step, hinted = opened
    if await save_typed(services(context), user, step, text) is None:
        if hinted:
            await await_answer(services(context), user.id, None)
            return False
        hint = f"I didn't catch that. Tap a button, or type e.g. {EXAMPLES[step]}.\n\n"
        await ask_step(update, context, user.id, step, hint, hinted=True)
        return True
    await ask_after(update, context, user.id, step)
    return True


async def start(update: Update, context: Context) -> None:
    user = await current_user(update, context)
    name = f", {user.first_name}" if user.first_name else ""
    await reply(
        update,
        f"Hi{name}! I'm Spotter, your lifting coach in chat. Type your sets the way you'd write "
        "them in a notebook — like 'bench 100x5' — and I'll log them, spot your PRs and plan "
        "your sessions.\n\nA few quick questions to set you up (skip any of them; you can "
        "change everything later). /help lists all I can do.",
    )
    await ask_step(update, context, user.id, STEPS[0])


async def help_command(update: Update, context: Context) -> None:
    await current_user(update, context)
    await reply(update, HELP)


async def onboarding_answer(update: Update, context: Context, cb: Callback) -> str:
    """Store one onboarding answer and ask the next question; returns the toast text."""
    svc = services(context)
    user = await current_user(update, context)
    step, value = ((*cb.args, "", ""))[:2]
    # Callback data comes from the client: store only values one of our buttons carries.
    if step not in STEPS or value not in {"skip", *(str(v) for _, v in CHOICES[step])}:
        return "That button is from an older version — send /start again."
    await save_answer(svc, user, step, value)
    await ask_after(update, context, user.id, step)
    return "Saved" if value != "skip" else "Skipped"


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The onboarding answers' buttons."""
    app.add_handler(routes({"ob": onboarding_answer}))
