"""/history and /prs: recent sessions by day and bests per exercise, in the user's unit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from bot.exercises import display_name
from bot.logbook import GroupView, best_e1rm_of, fmt_group
from bot.services.container import Services
from bot.units import Unit, fmt_number, from_kg
from storage.sets import StoredSet
from storage.users import User

DAYS_PER_PAGE = 5
REP_PR_COUNTS = (1, 3, 5, 8, 10)


def day_runs(sets: Sequence[StoredSet]) -> list[list[StoredSet]]:
    """Consecutive sets of one exercise at one load and RPE read as one group."""
    key = [(s.exercise, s.weight_kg, s.rpe, s.set_type == "warmup") for s in sets]
    runs: list[list[StoredSet]] = []
    for i, s in enumerate(sets):
        if runs and key[i] == key[i - 1]:
            runs[-1].append(s)
        else:
            runs.append([s])
    return runs


def group_text(run: Sequence[StoredSet], unit: Unit) -> str:
    """Stored sets of one exercise at one load, in canonical form (`Squat 3×5 @ 140 kg`)."""
    first = run[0]
    view = GroupView(
        name=display_name(first.exercise),
        weight_kg=first.weight_kg,
        unit=unit,
        reps=tuple(s.reps for s in run),
        rpe=first.rpe,
        bodyweight=first.bodyweight,
    )
    return fmt_group(view)


def day_lines(sets: Sequence[StoredSet], unit: Unit) -> list[str]:
    runs = day_runs(sets)
    return [("  (warm-up) " if run[0].warmup else "  ") + group_text(run, unit) for run in runs]


async def history_page(
    svc: Services, user: User, exercise: str | None, before: date | None
) -> tuple[str, date | None]:
    """One page of history (newest days first) and the date to continue from, if any."""
    sets = await svc.sets.recent_days(user.id, DAYS_PER_PAGE + 1, exercise, before)
    days = [(d, list(rows)) for d, rows in groupby(sets, key=lambda s: s.local_date)]
    more = len(days) > DAYS_PER_PAGE
    days = days[:DAYS_PER_PAGE]
    if not days:
        what = f" for {display_name(exercise)}" if exercise else ""
        return (f"No sets logged{what} yet. Log one like 'bench 100x5'.", None)
    title = f"History — {display_name(exercise)}" if exercise else "History"
    blocks = [title]
    for day, rows in days:
        blocks.append(f"\n{day.strftime('%a %d %b %Y')}")
        blocks.extend(day_lines(rows, user.unit))
    return ("\n".join(blocks), days[-1][0] if more else None)


async def prs_text(svc: Services, user: User) -> str:
    rows = await svc.sets.bests(user.id)
    if not rows:
        return "No PRs yet — log a few sets (like 'squat 5x5 100') and I'll track your bests."
    unit = user.unit
    lines = ["Your bests"]
    for exercise, group in groupby(rows, key=lambda r: r.exercise):
        bests = {r.reps: r.weight_kg for r in group}
        heaviest = max(bests.values())
        e1rm = best_e1rm_of(bests)
        head = f"\n{display_name(exercise)}: heaviest {fmt_number(from_kg(heaviest, unit))} {unit}"
        if e1rm is not None:
            head += f" · e1RM {fmt_number(from_kg(e1rm, unit))} {unit}"
        lines.append(head)
        reps = [f"{r}RM {fmt_number(from_kg(bests[r], unit))}" for r in REP_PR_COUNTS if r in bests]
        if reps:
            lines.append("  " + " · ".join(reps))
    return "\n".join(lines)
