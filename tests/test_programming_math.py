"""COACHING.md 4.7 worked examples 1–4 and 7, plus the chart, rounding and autoregulation maths."""

from datetime import date

import pytest

from bot.programming.blocks import S5, schemes
from bot.programming.catalog import info
from bot.programming.e1rm import set_e1rm, working_e1rm
from bot.programming.exposures import Exposure
from bot.programming.models import LoggedSet
from bot.programming.progression import autoregulate, double_progression
from bot.programming.rounding import round_load
from bot.programming.rts import rts_percent

D = date(2026, 3, 2)


def s(w: float | None, reps: int, rpe: float | None = None, **kw: bool) -> LoggedSet:
    return LoggedSet("bench_press", D, w, reps, rpe, **kw)


@pytest.mark.parametrize(
    ("logged", "expected"),
    [
        (s(100, 5, 8), 123.3),
        (s(100, 5), 116.7),
        (s(80, 10, 9), 113.2),
        (s(60, 15), None),
        (s(130, 1, 9), 136.1),
        (s(140, 1, 10), 140.0),
        (s(100, 13, 9), None),  # above the RPE-known rep limit
        (s(100, 5, 6), None),  # too easy to trust
        (s(100, 5, amrap=True), 115.9),  # AMRAP counts as RPE 10
        (s(100, 5, 8, warmup=True), None),
        (s(None, 8), None),
    ],
)
def test_set_e1rm_worked_examples(logged: LoggedSet, expected: float | None) -> None:
    got = set_e1rm(logged)
    assert (round(got, 1) if got is not None else None) == expected


@pytest.mark.parametrize(
    ("reps", "rpe", "pct"), [(1, 10, 100.0), (5, 8, 81.1), (12, 6.5, 58.6), (3, 8, 86.3)]
)
def test_rts_chart_from_the_sequence(reps: int, rpe: float, pct: float) -> None:
    assert rts_percent(reps, rpe) == pct


@pytest.mark.parametrize(("reps", "rpe"), [(13, 8), (0, 8), (5, 6), (5, 8.25)])
def test_rts_chart_refuses_values_off_the_chart(reps: int, rpe: float) -> None:
    with pytest.raises(ValueError):
        rts_percent(reps, rpe)


@pytest.mark.parametrize(
    ("values", "expected"),
    [([120, 126, 123], 123), ([110, 120, 126, 123], 123), ([118], 118), ([], None)],
)
def test_working_e1rm_is_median_of_last_three(values: list[float], expected: float | None) -> None:
    assert working_e1rm(values) == expected


def test_strength_week_two_load_for_e1rm_140() -> None:
    (scheme,) = schemes(S5, 2, 1)
    assert (scheme.sets, scheme.reps, scheme.rpe) == (5, 3, 8.0)
    assert round_load(140 * rts_percent(3, 8) / 100, "barbell", "kg") == 120


@pytest.mark.parametrize(("week", "loads"), [(1, [115]), (3, [127.5]), (4, [132.5, 120])])
def test_strength_week_table_matches_the_example_column(week: int, loads: list[float]) -> None:
    got = [
        round_load(140 * rts_percent(x.reps, x.rpe) / 100, "barbell", "kg")
        for x in schemes(S5, week, 1)
    ]
    assert got == loads


@pytest.mark.parametrize(
    ("kg", "kind", "unit", "mode", "shown"),
    [
        (121.25, "barbell", "kg", "nearest", 120.0),  # a tie rounds down
        (121.3, "barbell", "kg", "nearest", 122.5),
        (54.0, "barbell", "kg", "down", 52.5),
        (31.0, "dumbbell", "kg", "nearest", 30.0),  # tie on 2 kg steps
        (100.0, "barbell", "lb", "nearest", 220.0),
        (61.3, "barbell", "lb", "down", 135.0),
    ],
)
def test_rounding_to_the_equipment_step(
    kg: float, kind: str, unit: str, mode: str, shown: float
) -> None:
    from bot.units import from_kg

    got = round_load(kg, kind, unit, mode)  # type: ignore[arg-type]
    assert from_kg(got, unit) == pytest.approx(shown)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("logged", "target", "expected"), [(9, 8, 115), (8, 8, 120), (11, 8, 107.5), (7, 8, 125)]
)
def test_autoregulation_moves_four_percent_per_rpe_capped(
    logged: float, target: float, expected: float
) -> None:
    assert autoregulate(120, logged, target, "barbell", "kg") == expected


@pytest.mark.parametrize(
    ("reps", "load", "hint"),
    [((12, 12, 12), 32, "aim for 8+"), ((12, 11, 10), 30, "beat last time")],
)
def test_double_progression_dumbbell_press(reps: tuple[int, ...], load: float, hint: str) -> None:
    exp = Exposure(
        "dumbbell_bench_press",
        D,
        tuple(LoggedSet("dumbbell_bench_press", D, 30, r, None) for r in reps),
    )
    got, note = double_progression(exp, info("dumbbell_bench_press"), 8, 12, "kg")
    assert got == load
    assert hint in note
