"""`/stats`: weekly hard sets per muscle against targets, volume load, and the main lifts'
e1RM trend. Pure functions over per-week aggregates the storage layer computes with SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot import exercises
from bot.logbook import best_e1rm_of
from bot.units import Unit, fmt_number, from_kg

MAIN_LIFTS = exercises.MAIN_LIFTS
TREND_WEEKS = 4  # "this week vs 4 weeks ago"
TREND_LOOKBACK_WEEKS = 8  # if that week was skipped, the closest earlier one up to here
SECONDARY_SHARE = 0.5

MuscleLookup = Callable[[str], tuple[Sequence[str], Sequence[str]] | None]
WeekBests = Mapping[tuple[str, date], float]  # (exercise, Monday) → that week's best e1RM (kg)


@dataclass(frozen=True)
class WeekRow:
    """One exercise in one week (Monday `week_start`), as the SQL aggregate returns it.

    `hard_sets` counts working sets (no warm-ups); `volume_kg` is Σ load×reps of those sets;
    `best_e1rm_kg` is the week's best Epley e1RM; `training_days` is the number of distinct
    days with any set that week (the same on every row of a week; the report takes the max).
    """

    week_start: date
    exercise: str
    hard_sets: int
    volume_kg: float
    best_e1rm_kg: float | None
    training_days: int


@dataclass(frozen=True)
class MuscleVolume:
    """Hard sets for one muscle this week: 1 per primary muscle, 0.5 per secondary."""

    muscle: str
    sets: float
    start: int | None  # weekly target to start from; None when no target was given
    cap: int | None

    @property
    def status(self) -> str:
        """`low`, `ok` or `high` against the targets; `ok` when there are none."""
        if self.start is not None and self.sets < self.start:
            return "low"
        if self.cap is not None and self.sets > self.cap:
            return "high"
        return "ok"


@dataclass(frozen=True)
class LiftTrend:
    """A main lift's best e1RM this week against about four weeks ago (kg)."""

    exercise: str
    now_kg: float | None
    before_kg: float | None

    @property
    def change_pct(self) -> float | None:
        if self.now_kg is None or not self.before_kg:
            return None
        return (self.now_kg / self.before_kg - 1) * 100


@dataclass(frozen=True)
class StatsReport:
    """Everything `/stats` shows for the week starting `week_start`."""

    week_start: date
    training_days: int
    volume_kg: float
    previous_volume_kg: float  # the week before, for the change
    muscles: tuple[MuscleVolume, ...]
    trends: tuple[LiftTrend, ...]
    unmapped_sets: int  # hard sets of lifts we cannot place on a muscle

    @property
    def empty(self) -> bool:
        return (
            self.training_days == 0
            and self.volume_kg == 0
            and not any(m.sets for m in self.muscles)
        )


def catalogue_muscles(exercise: str) -> tuple[Sequence[str], Sequence[str]] | None:
    """(primary, secondary) muscles from the exercise catalogue; None for unmapped names."""
    entry = exercises.get(exercise)
    return None if entry is None else (entry.primary, entry.secondary)


def build_stats(
    rows: Iterable[WeekRow],
    week_start: date,
    targets: Mapping[str, tuple[int, int]],
    main_lifts: Sequence[str] = MAIN_LIFTS,
    muscles_of: MuscleLookup = catalogue_muscles,
    week_bests: WeekBests | None = None,
) -> StatsReport:
    """The report for `week_start` (a Monday) from the rows of this week and the one before.

    The trend reads `week_bests` (the store keeps per-day tops, so it need not read the sets
    of weeks it does not show); without it, the rows' own bests are used."""
    rows = list(rows)
    by_week: dict[date, list[WeekRow]] = {}
    for row in rows:
        by_week.setdefault(row.week_start, []).append(row)
    bests = week_bests if week_bests is not None else bests_of_rows(rows)
    this_week = by_week.get(week_start, [])
    sets, unmapped = muscle_sets(this_week, muscles_of)
    previous = by_week.get(week_start - timedelta(weeks=1), [])
    return StatsReport(
        week_start=week_start,
        training_days=max((r.training_days for r in this_week), default=0),
        volume_kg=sum(r.volume_kg for r in this_week),
        previous_volume_kg=sum(r.volume_kg for r in previous),
        muscles=_against_targets(sets, targets),
        trends=tuple(_trend(lift, bests, week_start) for lift in main_lifts),
        unmapped_sets=unmapped,
    )


def muscle_sets(rows: Iterable[WeekRow], muscles_of: MuscleLookup) -> tuple[dict[str, float], int]:
    """Hard sets per muscle (secondary muscles count half) and the sets no muscle took."""
    sets: dict[str, float] = {}
    unmapped = 0
    for row in rows:
        muscles = muscles_of(row.exercise)
        if muscles is None:
            unmapped += row.hard_sets
            continue
        primary, secondary = muscles
        for muscle in primary:
            sets[muscle] = sets.get(muscle, 0.0) + row.hard_sets
        for muscle in secondary:
            sets[muscle] = sets.get(muscle, 0.0) + SECONDARY_SHARE * row.hard_sets
    return sets, unmapped


def _against_targets(
    sets: Mapping[str, float], targets: Mapping[str, tuple[int, int]]
) -> tuple[MuscleVolume, ...]:
    """Every targeted muscle (trained or not) plus any other trained one, most sets first."""
    names = list(targets) + [m for m in sets if m not in targets]
    rows = [MuscleVolume(m, sets.get(m, 0.0), *targets.get(m, (None, None))) for m in names]
    return tuple(sorted(rows, key=lambda r: (-r.sets, r.muscle)))


def bests_of_rows(rows: Iterable[WeekRow]) -> dict[tuple[str, date], float]:
    """Each (exercise, week)'s best e1RM among the rows that have one."""
    bests: dict[tuple[str, date], float] = {}
    for r in rows:
        key = (r.exercise, r.week_start)
        if r.best_e1rm_kg is not None and r.best_e1rm_kg > bests.get(key, float("-inf")):
            bests[key] = r.best_e1rm_kg
    return bests


def bests_of_tops(week_tops: Mapping[tuple[str, date], Mapping[int, float]]) -> WeekBests:
    """Each (exercise, week)'s best e1RM from its heaviest load per rep count that week."""
    return {key: e for key, loads in week_tops.items() if (e := best_e1rm_of(loads)) is not None}


def trend_weeks(week_start: date) -> tuple[date, ...]:
    """The Mondays the trend looks at: this week, then TREND_WEEKS back to the look-back."""
    back = range(TREND_WEEKS, TREND_LOOKBACK_WEEKS + 1)
    return (week_start, *(week_start - timedelta(weeks=n) for n in back))


def _trend(lift: str, bests: WeekBests, week_start: date) -> LiftTrend:
    now, *earlier = trend_weeks(week_start)
    before = next((b for w in earlier if (b := bests.get((lift, w))) is not None), None)
    return LiftTrend(lift, bests.get((lift, now)), before)


def render_stats(report: StatsReport, unit: Unit) -> str:
    """The `/stats` message: short lines that read well on a phone (well under 4096 chars)."""
    header = f"📊 Your week from {report.week_start:%a %d %b}"
    if report.empty:
        return f"{header}\n\nNo sets logged this week yet. Log a session and I'll fill this in."
    lines = [header, "", _summary_line(report, unit), "", "Hard sets per muscle:"]
    lines += [_muscle_line(m) for m in report.muscles]
    if report.unmapped_sets:
        lines.append(f"(+{report.unmapped_sets} sets of lifts I can't place on a muscle)")
    trends = [t for t in report.trends if t.now_kg is not None or t.before_kg is not None]
    if trends:
        lines += ["", f"e1RM vs {TREND_WEEKS} weeks ago:"]
        lines += [_trend_line(t, unit) for t in trends]
    return "\n".join(lines)[:4000]


def _summary_line(report: StatsReport, unit: Unit) -> str:
    days = f"{report.training_days} training day{'s' if report.training_days != 1 else ''}"
    volume = f"{round(from_kg(report.volume_kg, unit)):,} {unit} lifted"
    if report.previous_volume_kg > 0:
        change = (report.volume_kg / report.previous_volume_kg - 1) * 100
        volume += f" ({change:+.0f}% vs last week)"
    return f"{days} · {volume}"


def _muscle_line(m: MuscleVolume) -> str:
    count = fmt_number(m.sets)
    if m.start is None or m.cap is None:
        return f"• {m.muscle.capitalize()}: {count}"
    mark = {"low": "⬇️ under", "high": "⬆️ over", "ok": "✅"}[m.status]
    return f"• {m.muscle.capitalize()}: {count} {mark} ({m.start}–{m.cap})"


def _trend_line(t: LiftTrend, unit: Unit) -> str:
    name = exercises.display_name(t.exercise)
    if t.now_kg is None:
        return f"• {name}: not trained this week"
    now = f"{fmt_number(from_kg(t.now_kg, unit))} {unit}"
    change = t.change_pct
    if change is None:
        return f"• {name}: {now} (nothing to compare yet)"
    arrow = "↑" if change >= 0.5 else "↓" if change <= -0.5 else "→"
    return f"• {name}: {now} {arrow} {change:+.1f}%"
