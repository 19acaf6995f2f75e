"""One-tap logging as prescribed, skipping a day, and the rest timer's use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.programming import Prescription
from bot.programming.catalog import info
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.logbook import LogOutcome, log_message
from bot.services.training import day_plan
from bot.training.day import describe_set, next_set
from bot.training.loads import effort
from bot.training.plates import fmt_weight
from bot.training.rest import fmt_duration
from bot.units import from_kg
from storage.users import User

TAP_BASE = 10**12  # tapped logs are keyed on (plan message, line): far above real message ids
LINES_PER_MESSAGE = 100
WHOLE_SESSION = LINES_PER_MESSAGE - 1  # the key of a whole-session tap
DEFAULT_REST_S = 120
TIMER_GRACE_S = 10 * 60  # a timer that came due while the bot was down this long is dropped


def tap_key(plan_message_id: int, index: int) -> int:
    """The stable message key of one plan line's tapped sets (a second tap finds it)."""
    return TAP_BASE + plan_message_id * LINES_PER_MESSAGE + index


def as_text(item: Prescription, unit: str) -> str:
    """The line as a lifter would type it: 'Squat 3x5 140kg @8' (RPE target as the RPE)."""
    text = f"{info(item.exercise).name} {item.sets}x{item.reps}"
    if item.load_kg is not None:
        text += f" {fmt_weight(from_kg(item.load_kg, unit))}{unit}"  # type: ignore[arg-type]
    return text + f" @{effort(item):g}"


@dataclass(frozen=True)
class Tapped:
    """What a tap did: the log (None when nothing new), its message key, a note otherwise."""

    outcome: LogOutcome | None = None
    key: int = 0
    note: str = ""


def loggable(item: Prescription) -> bool:
    return item.load_kg is not None or info(item.exercise).bodyweight


async def log_prescribed(
    svc: Services, user: User, chat_id: int, message_id: int, day: date, which: int | None
) -> Tapped:
    """Log line `which` (None: every line not done yet) of the plan sent as `message_id`,
    keyed on (plan message, line) so a second tap or a redelivered press adds nothing."""
    if day != local_today(svc.now(), user.timezone):
        return Tapped(note="That plan was for another day — send /plan for today's.")
    plan = await day_plan(svc, user, day)
    if which is not None and not 0 <= which < len(plan.items):
        return Tapped(note="That button has expired — send /plan again.")
    key = tap_key(message_id, WHOLE_SESSION if which is None else which)
    already = Tapped(note="Already logged — nothing added.")
    if await svc.training.message_logged(chat_id, key):
        return already
    indexes = range(len(plan.items)) if which is None else [which]
    if which is not None and not loggable(plan.items[which]):
        return Tapped(note="No load for that one yet — type what you did.")
    lines = [as_text(plan.items[i], user.unit) for i in indexes
             if loggable(plan.items[i]) and not plan.done(i)]  # fmt: skip
    if not lines:
        return already
    outcome = await log_message(svc, user, chat_id, key, "\n".join(lines), svc.now())
    return Tapped(outcome, key) if outcome.groups else already


async def skip_today(svc: Services, user: User) -> str:
    today = local_today(svc.now(), user.timezone)
    await svc.training.skip(user.id, today, svc.now())
    return (
        "Rest it is — I've noted today as skipped. A missed day is never a failure; "
        "your next plan picks up with this session."
    )


async def last_rest_s(svc: Services, user: User) -> int:
    """The lower end of the prescribed rest of the exercise logged last today."""
    plan = await day_plan(svc, user)
    today = [s for s in await svc.sets.recent_days(user.id, 1) if s.local_date == plan.day]
    if today:
        exercise = max(today, key=lambda s: s.id).exercise
        for item in plan.items:
            if item.exercise == exercise:
                return item.rest[0]
    return DEFAULT_REST_S


async def start_rest(svc: Services, user: User, seconds: int | None) -> str:
    """Start (or restart) the lifter's one rest timer."""
    seconds = seconds or await last_rest_s(svc, user)
    await svc.timers.start(user.id, user.chat_id, seconds, int(svc.now().timestamp()))
    return (
        f"⏱ Rest timer: {fmt_duration(seconds)}. I'll tell you when it's up (/rest off stops it)."
    )


async def stop_rest(svc: Services, user: User) -> str:
    if await svc.timers.cancel(user.id):
        return "Rest timer stopped."
    return "No rest timer is running. Start one with /rest, /rest 90s or /rest 3m."


async def rest_over_text(svc: Services, user_id: int, seconds: int) -> str | None:
    """What the bot says when a rest ends: that it's over, and the next set of today's plan."""
    user = await svc.users.get(user_id)
    if user is None or not user.active:
        return None
    text = f"⏱ Rest's over ({fmt_duration(seconds)})."
    plan = await day_plan(svc, user)
    upcoming = next_set(plan)
    if upcoming is None:
        return text + " Today's plan is done — well trained!"
    item, number = upcoming
    return text + f"\nNext: {describe_set(item, number, user.unit)}"
