"""Logging sets from chat: parse, store (idempotently per message), mark PRs, undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.exercises import display_name
from bot.logbook import GroupView, fmt_e1rm, fmt_group, pr_labels
from bot.parser import ParseResult, SetGroup, parse
from bot.programming import Event
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.history import group_text
from bot.services.program import read_of, read_statements, refresh
from bot.units import Unit, to_kg
from storage.sets import NewSet
from storage.users import User


@dataclass(frozen=True)
class LoggedGroup:
    view: GroupView
    e1rm: str
    prs: tuple[str, ...]

    def line(self) -> str:
        text = fmt_group(self.view)
        if self.e1rm:
            text += f" — {self.e1rm}"
        if self.prs == ("first",):
            text += " · first one logged"
        elif self.prs:
            text += f" 🏆 PR ({', '.join(self.prs)})"
        return text


@dataclass(frozen=True)
class LogOutcome:
    parsed: ParseResult
    groups: tuple[LoggedGroup, ...] = ()
    events: tuple[Event, ...] = ()  # what the programme changed because of this log


def _new_sets(groups: tuple[SetGroup, ...], user: User, sent_at: datetime) -> list[NewSet]:
    day = local_today(sent_at, user.timezone)
    rows = []
    for gi, group in enumerate(groups):
        unit: Unit = group.unit or user.unit
        weight_kg = to_kg(group.weight, unit) if group.weight is not None else None
        for si, reps in enumerate(group.reps):
            rows.append(
                NewSet(
                    exercise=group.exercise,
                    performed_at=sent_at,
                    local_date=day,
                    weight_kg=weight_kg,
                    unit=unit,
                    reps=reps,
                    rpe=group.rpe,
                    bodyweight=group.bodyweight,
                    group_idx=gi,
                    set_idx=si,
                )
            )
    return rows


async def log_message(
    svc: Services, user: User, chat_id: int, message_id: int, text: str, sent_at: datetime
) -> LogOutcome:
    """Parse a message and, when it is a log, store it in place of any earlier version.

    The programme is refreshed here (as import_file does), so its changes come back with it."""
    parsed = parse(text)
    if not parsed.ok:
        return LogOutcome(parsed)
    rows = _new_sets(parsed.groups, user, sent_at)
    # A new log ends the rest that was running; the programme is read in the same trip.
    also = [svc.timers.cancel_statement(user.id), *read_statements(svc, user)]
    before, (_, *read) = await svc.sets.replace_message_and(
        user.id, chat_id, message_id, rows, svc.now(), also
    )
    running = {exercise: dict(bests) for exercise, bests in before.items()}
    logged = []
    for group, first in _groups_with_rows(parsed.groups, rows):
        weight_kg = first.weight_kg
        bests = running.setdefault(group.exercise, {})
        labels = pr_labels(weight_kg, group.reps, bests)
        if weight_kg is not None and weight_kg > 0:
            for r in group.reps:
                bests[r] = max(bests.get(r, 0.0), weight_kg)
        unit: Unit = group.unit or user.unit  # confirm in the unit the lifter wrote
        view = GroupView(
            name=display_name(group.exercise),
            weight_kg=weight_kg,
            unit=unit,
            reps=group.reps,
            rpe=group.rpe,
            bodyweight=group.bodyweight,
        )
        logged.append(LoggedGroup(view, fmt_e1rm(weight_kg, group.reps, unit), tuple(labels)))
    if not logged:
        return LogOutcome(parsed)
    events = await refresh(svc, user, read_of(svc, read))
    return LogOutcome(parsed, tuple(logged), tuple(events))


async def unlog_message(svc: Services, user: User, chat_id: int, message_id: int) -> int:
    """Remove what one message logged (an edit that no longer parses, an Undo button)."""
    removed = await svc.sets.delete_message(user.id, chat_id, message_id)
    if removed:
        await refresh(svc, user)
    return removed


def _groups_with_rows(
    groups: tuple[SetGroup, ...], rows: list[NewSet]
) -> list[tuple[SetGroup, NewSet]]:
    firsts = {row.group_idx: row for row in rows if row.set_idx == 0}
    return [(group, firsts[i]) for i, group in enumerate(groups)]


async def undo_last(svc: Services, user: User) -> str:
    removed = await svc.sets.undo_last_group(user.id)
    await refresh(svc, user)
    if not removed:
        return "There's nothing to undo — your log has no sets from chat yet."
    return f"Removed: {group_text(removed, user.unit)}"
