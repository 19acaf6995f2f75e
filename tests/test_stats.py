"""`/stats`: hard sets per muscle against targets, volume, training days, e1RM trend."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from bot.stats import LiftTrend, MuscleVolume, WeekRow, build_stats, render_stats

WEEK = date(2025, 3, 17)
TARGETS = {"chest": (10, 20), "back": (10, 20), "quads": (8, 16)}
MUSCLES: dict[str, tuple[Sequence[str], Sequence[str]]] = {
    "bench_press": (("chest",), ("triceps", "shoulders")),
    "barbell_row": (("back",), ("biceps",)),
    "squat": (("quads", "glutes"), ()),
}


def fake_muscles(exercise: str) -> tuple[Sequence[str], Sequence[str]] | None:
    return MUSCLES.get(exercise)


def row(
    exercise: str, sets: int, e1rm: float | None = None, weeks_ago: int = 0, volume: float = 0.0
) -> WeekRow:
    return WeekRow(WEEK - timedelta(weeks=weeks_ago), exercise, sets, volume, e1rm, 3)


def sets_by_muscle(report_muscles: Sequence[MuscleVolume]) -> dict[str, float]:
    return {m.muscle: m.sets for m in report_muscles}


def test_primary_muscles_count_whole_sets_and_secondary_half() -> None:
    rows = [row("bench_press", 12), row("barbell_row", 6), row("Chest Press (Machine)", 4)]
    report = build_stats(rows, WEEK, TARGETS, muscles_of=fake_muscles)
    assert sets_by_muscle(report.muscles) == {
        "chest": 12, "triceps": 6, "shoulders": 6, "back": 6, "biceps": 3, "quads": 0,
    }  # fmt: skip
    assert report.unmapped_sets == 4


@pytest.mark.parametrize(("sets", "status"), [(5, "low"), (10, "ok"), (20, "ok"), (21, "high")])
def test_muscle_volume_is_judged_against_its_targets(sets: int, status: str) -> None:
    report = build_stats([row("bench_press", sets)], WEEK, TARGETS, muscles_of=fake_muscles)
    chest = next(m for m in report.muscles if m.muscle == "chest")
    assert chest.status == status


def test_real_catalogue_places_main_lifts_on_muscles() -> None:
    report = build_stats([row("squat", 6), row("bench_press", 4)], WEEK, TARGETS)
    sets = sets_by_muscle(report.muscles)
    assert sets["quads"] == 6
    assert sets["chest"] == 4
    assert report.unmapped_sets == 0


def test_only_this_weeks_rows_count_for_volume_and_days() -> None:
    rows = [
        row("squat", 5, volume=5000),
        row("bench_press", 4, volume=2500),
        row("squat", 5, volume=6000, weeks_ago=1),
        row("squat", 9, volume=9000, weeks_ago=3),
    ]
    report = build_stats(rows, WEEK, TARGETS, muscles_of=fake_muscles)
    assert (report.volume_kg, report.previous_volume_kg, report.training_days) == (7500, 6000, 3)
    assert sets_by_muscle(report.muscles)["quads"] == 5


@pytest.mark.parametrize(
    ("history", "before", "change"),
    [
        ([(4, 100.0)], 100.0, 10.0),
        ([(4, 120.0), (5, 100.0)], 120.0, -8.333),
        ([(6, 100.0)], 100.0, 10.0),  # four weeks ago skipped: the closest earlier week
        ([(2, 100.0)], None, None),  # too recent to call a trend
        ([(9, 100.0)], None, None),  # too long ago
    ],
)
def test_e1rm_trend_compares_this_week_with_four_weeks_ago(
    history: list[tuple[int, float]], before: float | None, change: float | None
) -> None:
    rows = [row("squat", 5, 110.0)] + [row("squat", 5, e, weeks_ago=w) for w, e in history]
    trend = build_stats(rows, WEEK, TARGETS, muscles_of=fake_muscles).trends[0]
    assert (trend.exercise, trend.now_kg, trend.before_kg) == ("squat", 110.0, before)
    assert trend.change_pct == (None if change is None else pytest.approx(change, abs=0.001))


def test_render_shows_the_numbers_in_the_lifters_unit() -> None:
    rows = [
        row("squat", 6, 150.0, volume=4000),
        row("squat", 6, 140.0, weeks_ago=4, volume=3800),
        row("bench_press", 12, None, volume=3000),
        row("bench_press", 9, 100.0, weeks_ago=1, volume=2000),
    ]
    report = build_stats(rows, WEEK, TARGETS, muscles_of=fake_muscles)
    text = render_stats(report, "lb")
    assert "3 training days" in text
    assert "15,432 lb" in text  # 7000 kg
    assert "+250% vs last week" in text  # 7000 kg vs 2000 kg
    assert "Chest: 12 ✅ (10–20)" in text
    assert "Back: 0 ⬇️ under (10–20)" in text
    assert "330.7 lb ↑ +7.1%" in text  # squat 150 kg vs 140 kg
    assert "Bench press: not trained this week" not in text  # trained, but no e1RM (12+ reps)
    assert len(text) < 4096


def test_render_an_empty_week_kindly() -> None:
    text = render_stats(build_stats([], WEEK, TARGETS), "kg")
    assert "No sets logged this week yet" in text
    assert len(text) < 300


def test_a_lift_with_no_e1rm_yet_says_so() -> None:
    report = build_stats([row("squat", 3, 100.0)], WEEK, {}, muscles_of=fake_muscles)
    assert report.trends[0] == LiftTrend("squat", 100.0, None)
    assert "nothing to compare yet" in render_stats(report, "kg")
