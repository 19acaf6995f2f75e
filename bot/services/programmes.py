"""/program use cases: list the named programmes, switch, and change a training max."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bot.exercises import match_exercise
from bot.programming import Event, Lifter, LoggedSet, ProgramState, start_state
from bot.programming.params import LEVELS
from bot.programming.programmes import AUTO, listing, lookup, runner
from bot.programming.programmes import program_name as _program_name
from bot.programming.programmes.registry import get
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.program import lifter_of, refresh, stored_state, working_history
from bot.units import parse_unit, to_kg
from storage.program import NewEvent
from storage.users import User

MAX_RE = re.compile(r"^(?P<lift>.+?)\s+(?P<load>\d+(?:[.,]\d+)?)\s*(?P<unit>[a-z#]*)$")
MAX_KG = (1.0, 600.0)
USAGE = (
    "Use /program NAME to switch (e.g. /program 531), or /program tm bench 100 to set a "
    "training max."
)


def program_name(state: ProgramState | None) -> str:
    """The lifter's programme: "auto" or a named one (for `spotter plan` and the coach)."""
    return _program_name(state)


async def current_program(svc: Services, user: User) -> str:
    return program_name(await stored_state(svc, user))


async def program_command(svc: Services, user: User, args: Sequence[str]) -> str:
    """`/program`, `/program NAME [options]`, `/program tm LIFT LOAD`."""
    words = [a for a in args if a.strip()]
    if not words:
        return await list_text(svc, user)
    if words[0].lower() in ("tm", "max"):
        return await set_max(svc, user, words[1:])
    name = lookup(words[0])
    if name is None:
        return f"I don't know the programme '{words[0][:40]}'.\n\n" + await list_text(svc, user)
    return await switch(svc, user, name, list(words[1:]))


async def list_text(svc: Services, user: User) -> str:
    current = await current_program(svc, user)
    lines = ["Programmes I can run:"]
    lines += [("▶ " if ln.split(" ", 1)[0] == current else "• ") + ln for ln in listing()]
    lines += ["", USAGE]
    return "\n".join(lines)


async def _load(svc: Services, user: User) -> tuple[ProgramState, date]:
    """The current state after judging every finished day (created on first use)."""
    await refresh(svc, user)
    state = await stored_state(svc, user)
    today = local_today(svc.now(), user.timezone)
    if state is None:  # unreadable: start a fresh one, as refresh would next time
        state = start_state(lifter_of(user), [], today)
    return state, today


async def _save(svc: Services, user: User, state: ProgramState, events: list[Event]) -> None:
    stored = [
        NewEvent(e.exercise, e.rule, e.action, {**e.details, "day": e.day.isoformat()}, e.message)
        for e in events
    ]
    await svc.program.save(user.id, state.to_dict(), stored, svc.now())


async def switch(svc: Services, user: User, name: str, options: list[str]) -> str:
    """Switch programme (or change its options); the log and e1RMs carry over."""
    state, today = await _load(svc, user)
    lifter = lifter_of(user)
    history = await working_history(svc, user, today)
    if name == AUTO:
        if state.program == AUTO:
            return "You're already on Spotter's own blocks. /block shows where you are."
        fresh = _back_to_blocks(lifter, state, history, today)
        event = Event(today, None, "program", "switch", {}, "Back to Spotter's own blocks.")
        await _save(svc, user, fresh, [event])
        return (
            "Back to Spotter's own blocks, built from your goal and level. Your log and e1RMs "
            "carry over; /plan shows today's session."
        )
    new, events, text = runner.switch(lifter, state, history, today, name, options)
    if events:
        await _save(svc, user, new, events)
        text += "\n/plan shows today's session; /block shows the week and cycle."
    return text


def _back_to_blocks(
    lifter: Lifter, state: ProgramState, history: list[LoggedSet], today: date
) -> ProgramState:
    """Spotter's own blocks from today, at the level the lifter has reached; the log already
    judged stays judged (its watermark carries over), so nothing is replayed."""
    if LEVELS.index(state.level) > LEVELS.index(lifter.experience):
        lifter = replace(lifter, experience=state.level)
    fresh = start_state(lifter, history, today)
    fresh.log_mark = state.log_mark
    return fresh


async def set_max(svc: Services, user: User, args: Sequence[str]) -> str:
    """`/program tm LIFT LOAD [kg|lb]`: the number the programme builds a lift's loads on."""
    m = MAX_RE.match(" ".join(args).strip().lower())
    if m is None:
        return "Tell me the lift and the weight, like /program tm bench 100 (or 225 lb)."
    unit = parse_unit(m["unit"]) if m["unit"] else user.unit
    if unit is None:
        return "Give the weight in kg or lb, like /program tm bench 100 kg."
    kg = to_kg(float(m["load"].replace(",", ".")), unit)
    if not MAX_KG[0] <= kg <= MAX_KG[1]:
        return "That weight looks off — give it in kg or lb, like /program tm squat 140."
    lift = match_exercise(m["lift"])
    if lift is None:
        return "Which lift? Name it like /program tm squat 140."
    state, today = await _load(svc, user)
    if get(state.program) is None:
        return "Training maxes belong to a named programme: pick one first, e.g. /program 531."
    history = await working_history(svc, user, today)
    new, events, text = runner.set_max(lifter_of(user), state, history, today, lift, kg)
    if events:
        await _save(svc, user, new, events)
    return text
