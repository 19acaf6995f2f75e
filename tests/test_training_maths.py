"""Plate maths, warm-up ramps, rest durations, day-one loads and the re-entry rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.programming.models import LoggedSet, Prescription, Session
from bot.programming.reentry import reentry_factor, return_day
from bot.training.loads import fill_loads, load_from_e1rm, recent_e1rm
from bot.training.plates import DEFAULTS, PlateSetup, describe, load_plates, parse_plate_list
from bot.training.rest import DurationError, fmt_duration, parse_duration
from bot.training.warmups import ramp

KG, LB = DEFAULTS["kg"], DEFAULTS["lb"]
NO_15S = PlateSetup("kg", 20.0, (25.0, 20.0, 10.0, 5.0, 2.5))
MICRO = PlateSetup("kg", 20.0, (25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25, 0.5, 0.25))


@pytest.mark.parametrize(
    ("load", "setup", "made", "per_side"),
    [
        (142.5, KG, 142.5, (25, 25, 10, 1.25)),
        (100, KG, 100, (25, 15)),
        (20, KG, 20, ()),
        (60, KG, 60, (20,)),
        (315, LB, 315, (45, 45, 45)),
        (225, LB, 225, (45, 45)),
        (135, LB, 135, (45,)),
        (185, LB, 185, (45, 25)),
        (140, NO_15S, 140, (25, 25, 10)),  # 15s missing: made another way
        (50, NO_15S, 50, (10, 5)),
        (142.5, NO_15S, 140, (25, 25, 10)),  # no 1.25s: the nearest, lighter on a tie
        (101, KG, 100, (25, 15)),  # 101 can't be made: 100 is nearest
        (103.5, MICRO, 103.5, (25, 15, 1.25, 0.5)),  # micro plates make odd loads
        (10, KG, 20, ()),  # lighter than the bar: the empty bar
    ],
)
def test_plates_per_side(
    load: float, setup: PlateSetup, made: float, per_side: tuple[float, ...]
) -> None:
    loading = load_plates(load, setup)
    assert loading.load == pytest.approx(made)
    assert loading.per_side == tuple(float(p) for p in per_side)
    assert loading.exact == (made == load)


def test_describe_reads_like_a_lifter() -> None:
    assert describe(load_plates(142.5, KG)) == "25 + 25 + 10 + 1.25 kg per side"
    assert describe(load_plates(20, KG)) == "just the 20 kg bar"


@given(st.floats(min_value=0, max_value=500), st.sampled_from([KG, LB, NO_15S, MICRO]))
@example(20.75390625, MICRO)  # rounded to cents it looked like a tie between 20.5 and 21
def test_plates_always_make_a_nearest_load(load: float, setup: PlateSetup) -> None:
    loading = load_plates(load, setup)
    assert loading.load == pytest.approx(setup.bar + 2 * sum(loading.per_side))
    assert all(p in setup.plates for p in loading.per_side)
    if load >= setup.bar:
        assert abs(loading.load - load) <= min(setup.plates) + 1e-6  # never more than a pair off


@pytest.mark.parametrize(
    ("text", "plates"),
    [("25,20,10,5,2.5", (25, 20, 10, 5, 2.5)), ("5 20 10", (20, 10, 5)), ("abc", None),
     ("", None), ("-5", None), ("100", None)],
)  # fmt: skip
def test_plate_lists(text: str, plates: tuple[float, ...] | None) -> None:
    assert parse_plate_list(text) == (tuple(float(p) for p in plates) if plates else None)


@pytest.mark.parametrize(
    ("working", "sets"),
    [
        (140, [(20, 10), (55, 5), (77.5, 3), (97.5, 2), (112.5, 1)]),
        (60, [(20, 10), (25, 5), (32.5, 3), (42.5, 2), (47.5, 1)]),
        (30, [(20, 10), (25, 1)]),  # steps at or under the bar are left out
        (20, []),  # the bar itself needs no warm-up
    ],
)
def test_warmup_ramp(working: float, sets: list[tuple[float, int]]) -> None:
    assert ramp(working, 20, lambda w: load_plates(w, KG).load) == sets


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90", 90), ("90s", 90), ("3m", 180), ("3 min", 180), ("2:30", 150), ("1m30s", 90),
     ("1.5m", 90), ("1s", 1), ("15m", 900), ("15:00", 900)],
)  # fmt: skip
def test_rest_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["2h", "abc", "0s", "16m", "15:01", "", "-5", "3x5"])
def test_bad_rest_durations_say_what_works(text: str) -> None:
    with pytest.raises(DurationError, match="/rest 90s"):
        parse_duration(text)


def test_fmt_duration() -> None:
    assert [fmt_duration(s) for s in (3, 90, 150, 900)] == ["3 s", "1:30", "2:30", "15:00"]


DAY = date(2026, 6, 1)


def test_recent_e1rm_includes_today_and_takes_the_median() -> None:
    sets = [
        LoggedSet("squat", DAY - timedelta(days=4), 100, 5, None),
        LoggedSet("squat", DAY - timedelta(days=2), 110, 5, None),
        LoggedSet("squat", DAY, 140, 5, 8),
    ]
    assert recent_e1rm(sets, "squat", DAY) == pytest.approx(110 * (1 + 5 / 30))
    assert recent_e1rm(sets[2:], "squat", DAY) == pytest.approx(140 / 0.811)
    assert recent_e1rm(sets, "bench_press", DAY) is None


def item(exercise: str, reps: int = 5, rpe: float | None = 8) -> Prescription:
    return Prescription(exercise, 3, reps, None, rpe, None if rpe else 2, (180, 300), "Find it")


def test_fill_loads_only_where_the_lift_was_logged() -> None:
    session = Session("A", "Block", 1, 0, False, (item("squat"), item("bench_press")))
    history = [LoggedSet("squat", DAY, 140, 5, 8)]
    filled = fill_loads(session, history, DAY, "kg")
    squat, bench = filled.items
    assert squat.load_kg == pytest.approx(140)  # 5 @ 8 again: the same load
    assert "e1RM" in squat.note
    assert bench.load_kg is None and bench.note == "Find it"


def test_loads_beyond_the_chart_use_reps_in_reserve() -> None:
    # 15 reps with 2 in reserve: 100 × 30 / 47 = 63.8, to the 2.5 kg machine step
    assert load_from_e1rm(item("leg_curl", 15, None), 100, "kg") == pytest.approx(65)


@pytest.mark.parametrize(
    ("gap_days", "today_offset", "factor"),
    [(20, 0, 1.0), (57, 0, 0.8), (57, 6, 0.8), (57, 7, 1.0), (56, 0, 1.0)],
)
def test_reentry_after_more_than_eight_weeks(
    gap_days: int, today_offset: int, factor: float
) -> None:
    back = DAY
    days = [back - timedelta(days=gap_days), back]
    assert reentry_factor([d for d in days if d <= back], back + timedelta(days=today_offset)) == (
        factor
    )


def test_no_reentry_for_a_new_lifter() -> None:
    assert return_day([], DAY) is None
    assert reentry_factor([], DAY) == 1.0


@given(st.text(max_size=20))
def test_any_rest_text_is_a_duration_or_a_friendly_refusal(text: str) -> None:
    try:
        assert 1 <= parse_duration(text) <= 900
    except DurationError as exc:
        assert "/rest 90s" in str(exc)
