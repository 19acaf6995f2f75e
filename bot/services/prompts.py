"""What the daily prompt and the weekly summary say."""

from __future__ import annotations

from datetime import date, timedelta

from bot.callback_data import encode
from bot.runtime.scheduler import PromptContent
from bot.services.container import Services
from bot.services.program import block_label
from bot.services.stats import stats_text
from bot.services.training import day_plan
from bot.training.day import plan_rows, render_plan

# The prompts' action codes; handlers/program.py routes them (the tick builds these keyboards).
PROMPT_ACTION = "rem"
CHECKIN_ACTION = "chk"
CHECKIN_BUTTONS = (("😀 Recovered", "good"), ("😣 Still sore", "sore"), ("😴 Run down", "rundown"))
PROMPT_BUTTONS = (("✅ Done", "done"), ("Skip today", "skip"), ("😴 Snooze 1 h", "snooze"))


async def session_prompt(svc: Services, user_id: int, local_date: date) -> PromptContent | None:
    user = await svc.users.get(user_id)
    if user is None or not user.active:
        return None
    plan = await day_plan(svc, user, local_date)
    text = "Good day for training! 🏋️\n\n" + render_plan(plan, user.unit)
    rows = [[(label, encode(user_id, action, *args)) for label, action, args in row]
            for row in plan_rows(plan)]  # fmt: skip
    rows.append(
        [(label, encode(user_id, PROMPT_ACTION, choice)) for label, choice in PROMPT_BUTTONS]
    )
    return PromptContent(text, rows)


async def weekly_prompt(svc: Services, user_id: int, local_date: date) -> PromptContent | None:
    user = await svc.users.get(user_id)
    if user is None or not user.active:
        return None
    recent = await svc.sets.recent_days(user.id, 1)
    if not recent or recent[0].local_date < local_date - timedelta(days=7):
        return None  # nothing to review: stay quiet rather than send an empty summary
    label = await block_label(svc, user)
    text = "Your week in review 📊\n\n" + await stats_text(svc, user)
    if label:
        text += f"\n\nThis week: {label}. /block shows what changed and why."
    text += "\n\nHow are you recovering?"
    buttons = [
        [(label, encode(user_id, CHECKIN_ACTION, answer)) for label, answer in CHECKIN_BUTTONS]
    ]
    return PromptContent(text, buttons)
