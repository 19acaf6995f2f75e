"""/stats and /chart: weekly volume against the block's targets, e1RM trends, pictures."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from bot.exercises import display_name
from bot.programming import DEFAULT, ProgramState
from bot.programming.blocks import BLOCK_SHORT_NAMES
from bot.progress import BlockSpan, ChartPoint
from bot.services.calendar import local_today
from bot.services.container import Services
from bot.services.program import stored_state
from bot.stats import (
    MAIN_LIFTS,
    StatsReport,
    WeekRow,
    bests_of_tops,
    build_stats,
    render_stats,
    trend_weeks,
)
from bot.units import from_kg
from storage.users import User

STATS_WEEKS = 9  # this week and the trend's look-back: "nothing lately" when all are empty
CHART_DAYS = 365


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _targets(user: User, state: ProgramState | None) -> dict[str, tuple[int, int]]:
    start = int(DEFAULT.weekly_sets_start[user.experience])
    cap = int(DEFAULT.weekly_sets_cap[user.experience])
    muscles = ("chest", "back", "shoulders", "quads", "hamstrings", "glutes", "biceps", "triceps")
    current = state.weekly_sets if state else {}
    return {m: (min(int(current.get(m, start)), cap), cap) for m in muscles}


def week_row(raw: Mapping[str, Any]) -> WeekRow:
    """One row of `SetRepository.week_rows` as the report takes it."""
    return WeekRow(
        week_start=date.fromisoformat(raw["week"]),
        exercise=raw["exercise"],
        hard_sets=raw["hard_sets"],
        volume_kg=raw["volume"] or 0.0,
        best_e1rm_kg=raw["e1rm"],
        training_days=raw["days"],
    )


async def stats_text(svc: Services, user: User) -> str:
    report = await stats_report(svc, user)
    if report is None:
        return (
            "Nothing logged in the last few weeks — log a session (like 'bench 3x5 100') and "
            "/stats fills up. Older sets are still in /history and /prs."
        )
    return render_stats(report, user.unit)


async def stats_report(svc: Services, user: User) -> StatsReport | None:
    """This week against the block's targets (None when nothing was logged lately).

    Only the sets of the two weeks shown are read; the e1RM trend comes from the per-day
    tops, so the cost is the same at any history length."""
    week = _monday(local_today(svc.now(), user.timezone))
    raw = await svc.sets.week_rows(user.id, week - timedelta(weeks=1))
    if not raw and not await svc.sets.has_working_since(
        user.id, week - timedelta(weeks=STATS_WEEKS - 1)
    ):
        return None
    rows = [week_row(r) for r in raw]
    weeks = trend_weeks(week)
    tops = await svc.day_tops.week_tops(user.id, MAIN_LIFTS, min(weeks), week + timedelta(weeks=1))
    targets = _targets(user, await stored_state(svc, user))
    return build_stats(rows, week, targets, week_bests=bests_of_tops(tops))


async def chart_points(svc: Services, user: User, exercise: str, start: date) -> list[ChartPoint]:
    days = await svc.day_tops.day_bests(user.id, exercise, start)
    points, best = [], 0.0
    for d in days:
        e1rm = d.best_e1rm_kg
        pr = e1rm is not None and e1rm > best + 1e-9 and best > 0
        best = max(best, e1rm or 0.0)
        points.append(
            ChartPoint(
                day=d.local_date,
                e1rm=from_kg(e1rm, user.unit) if e1rm is not None else None,
                top_load=from_kg(d.top_load_kg, user.unit),
                pr=pr,
            )
        )
    return points


def block_spans(state: ProgramState | None, today: date) -> list[BlockSpan]:
    """The chart's shaded blocks, named as /block names them (shortened)."""
    if state is None:
        return []
    spans = [
        BlockSpan(date.fromisoformat(a), date.fromisoformat(b), BLOCK_SHORT_NAMES.get(kind, kind))
        for kind, a, b in state.past_blocks
    ]
    block = state.block
    spans.append(BlockSpan(block.start_day, today, BLOCK_SHORT_NAMES.get(block.kind, block.kind)))
    return spans


async def chart_png(svc: Services, user: User, exercise: str | None) -> tuple[bytes | None, str]:
    """A PNG and its caption; (None, reason) when there is nothing to draw.

    The window is the year up to the lifter's latest set, so old imported logs still chart.
    """
    # matplotlib is half the start-up time and ~40 MB: load it on the first chart, not at boot.
    from bot.charts import render_overview_chart, render_progress_chart

    today = local_today(svc.now(), user.timezone)
    latest = await svc.sets.last_day(user.id, exercise) or today
    start = min(latest, today) - timedelta(days=CHART_DAYS)
    if exercise is None:
        series = {e: await chart_points(svc, user, e, start) for e in MAIN_LIFTS}
        series = {e: p for e, p in series.items() if p}
        if not series:
            return None, "Nothing to chart yet — log squat, bench, deadlift or press first."
        return render_overview_chart(series, user.unit), "e1RM of your main lifts over a year"
    points = await chart_points(svc, user, exercise, start)
    name = display_name(exercise)
    if not points:
        return None, f"No {name.lower()} sets with a load yet — log some and try again."
    spans = block_spans(await stored_state(svc, user), today)
    png = render_progress_chart(f"{name} — e1RM and top set", points, user.unit, spans)
    return png, f"{name}: e1RM and heaviest set per day over a year (★ = PR)"
