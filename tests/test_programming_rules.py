"""Stall rules S1–S5 (fire / don't fire), the 4.4 table rows, and 4.7 examples 5, 6, 8, 9."""

import itertools
from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from bot.programming import Lifter, LoggedSet, prescribe, start_state, update
from bot.programming.adjust import Situation, decide
from bot.programming.exposures import Exposure
from bot.programming.models import CheckIn
from bot.programming.stalls import (
    exercise_stalled,
    fatigue_checkin,
    fatigue_e1rm_drop,
    fatigue_rpe_creep,
    muscle_stalled,
    regressed,
    s2_condition,
    s2_stalled,
    size_plateau,
)
from bot.units import Unit, from_kg, to_kg

MON = date(2026, 1, 5)
NOVICE = Lifter("both", "novice", 3)


def lp_session(
    ex: str, day: date, load: float, reps: tuple[int, ...], amrap_last: bool = False
) -> list[LoggedSet]:
    n = len(reps)
    return [
        LoggedSet(ex, day, load, r, None, amrap=amrap_last and i == n - 1)
        for i, r in enumerate(reps)
    ]


def run_lp(
    ex: str, sessions: Sequence[tuple[float, tuple[int, ...]]], amrap: bool = False
) -> tuple:
    state = start_state(NOVICE, [], MON)
    history: list[LoggedSet] = []
    events = []
    for i, (load, reps) in enumerate(sessions):
        day = MON + timedelta(days=2 * i)
        history += lp_session(ex, day, load, reps, amrap)
        state, new = update(NOVICE, state, history, day + timedelta(days=1))
        events.append(new)
    return state, events, history


def test_lp_squat_three_failures_reset_to_90_then_small_steps() -> None:
    fails = [(100.0, (5, 5, 4))] * 3
    state, events, _ = run_lp("squat", fails)
    assert [e[0].action for e in events] == ["repeat", "smaller_increment", "reset"]
    assert state.lifts["squat"].load_kg == 90
    assert "90 kg" in events[2][0].message and "100 kg" in events[2][0].message
    state, _, _ = run_lp("squat", [*fails, (90.0, (5, 5, 5))])
    assert state.lifts["squat"].load_kg == 92.5  # the halved increment stays after the reset


def run_lp_loads(
    lifter: Lifter, ex: str, sessions: Sequence[tuple[int, ...]], start: float
) -> list[float]:
    """Follow the engine's loads: each session at the load it set, with the given reps."""
    state, history, loads, load = start_state(lifter, [], MON), [], [], start
    for i, reps in enumerate(sessions):
        day = MON + timedelta(days=2 * i)
        history += lp_session(ex, day, load, reps)
        state, _ = update(lifter, state, history, day + timedelta(days=1))
        load = state.lifts[ex].load_kg or 0.0
        loads.append(load)
    return loads


@pytest.mark.parametrize(("unit", "plate"), [("kg", 2.5), ("lb", to_kg(5, "lb"))])
def test_the_smaller_lp_step_stays_loadable_every_other_session(unit: Unit, plate: float) -> None:
    """Issue 19: a 1.25 kg step on 2.5 kg plates (2.5 lb on 5 lb) never rounds to nothing."""
    lifter = Lifter("both", "novice", 3, unit=unit)
    start = to_kg(round(from_kg(60, unit) / 5) * 5, unit)
    loads = run_lp_loads(lifter, "bench_press", [(5, 5, 4), (5, 5, 4)] + [(5, 5, 5)] * 4, start)
    assert loads[:2] == [start, start]  # repeat, then the step is halved
    steps = [round((b - a) / plate, 6) for a, b in itertools.pairwise(loads[1:])]
    assert steps == [1, 0, 1, 0]  # one plate every other session
    assert loads[-1] == pytest.approx(start + 2 * plate)


def test_lp_success_adds_five_kg_on_squat_in_the_first_weeks() -> None:
    state, events, _ = run_lp("squat", [(100.0, (5, 5, 5))])
    assert state.lifts["squat"].load_kg == 105 and events == [[]]


@pytest.mark.parametrize(("amrap", "expected"), [(12, 65.0), (7, 62.5), (4, 60.0)])
def test_lp_amrap_variant(amrap: int, expected: float) -> None:
    state, _, _ = run_lp("bench_press", [(60.0, (5, 5, amrap))], amrap=True)
    assert state.lifts["bench_press"].load_kg == expected


def test_lp_amrap_fails_three_times_resets_to_52_5() -> None:
    state, events, history = run_lp("bench_press", [(60.0, (5, 5, 4))] * 3, amrap=True)
    assert events[2][0].action == "reset" and state.lifts["bench_press"].load_kg == 52.5
    session = prescribe(NOVICE, state, history, MON + timedelta(days=6), session_index=0)
    bench = next(i for i in session.items if i.exercise == "bench_press")
    assert bench.load_kg == 52.5


def test_two_exhausted_main_lifts_promote_to_intermediate_h_block() -> None:
    state = start_state(NOVICE, [], MON)
    history: list[LoggedSet] = []
    events = []
    for cycle in range(2):
        for i in range(3):
            day = MON + timedelta(days=14 * cycle + 2 * i)
            for ex in ("squat", "bench_press"):
                history += lp_session(ex, day, 100.0 - 10 * cycle, (5, 5, 3))
            state, new = update(NOVICE, state, history, day + timedelta(days=1))
            events += new
    assert state.level == "intermediate" and state.block.kind == "H"
    assert events[-1].action == "promotion"


# ---------------------------------------------------------------- S2


def test_s2_worked_example_fires_on_second_confirmation() -> None:
    values = [120, 121, 123, 122, 121, 120, 124, 122, 121, 123, 122, 121]
    assert s2_condition(values, 6)  # 124 / 123 < 1.01
    assert not s2_stalled(values, 6)  # only one confirmation yet
    assert s2_stalled([*values, 122], 6)


@pytest.mark.parametrize(
    "values",
    [
        [120, 121, 123, 122, 121, 120, 125, 122, 121, 123, 122, 121, 122],  # +1.6%: progress
        [123] * 11,  # not enough exposures
    ],
)
def test_s2_does_not_fire_with_progress_or_short_history(values: list[float]) -> None:
    assert not s2_stalled(values, 6)


# ---------------------------------------------------------------- S3


def exp(day: int, load: float, reps: tuple[int, ...], rpe: float | None) -> Exposure:
    d = MON + timedelta(days=day)
    return Exposure("squat", d, tuple(LoggedSet("squat", d, load, r, rpe) for r in reps))


@pytest.mark.parametrize(
    ("values", "fires"),
    [
        ([130, 129, 131, 122, 121], True),  # two sessions well under the usual level
        ([130, 129, 131, 125, 121], False),  # one of them within 5%
        ([118, 119, 130, 114, 113], False),  # one lucky day doesn't set the bar
        ([130, 123, 122], False),  # too few sessions to know the usual level
        ([122], False),
    ],
)
def test_s3_e1rm_drop(values: list[float], fires: bool) -> None:
    points = [(MON + timedelta(days=3 * i), v) for i, v in enumerate(values)]
    assert fatigue_e1rm_drop(points) is fires


@pytest.mark.parametrize(
    ("rpes", "fires"),
    [((7, 7.5, 8), True), ((7, 7.5, 7.5), False), ((7, None, 8), False), ((5, 6, 6.5), False)],
)
def test_s3_rpe_creep(rpes: tuple[float | None, ...], fires: bool) -> None:
    exps = [exp(2 * i, 100, (5, 5, 5), r) for i, r in enumerate(rpes)]
    assert fatigue_rpe_creep(exps) is fires


@pytest.mark.parametrize(
    ("checkin", "fires"),
    [
        (CheckIn(MON, poor_sleep=True, joint_pain=True), True),
        (CheckIn(MON, low_motivation=True), False),
    ],
)
def test_s3_checkin(checkin: CheckIn, fires: bool) -> None:
    assert fatigue_checkin(checkin) is fires


# ---------------------------------------------------------------- S4 / S5


def test_s4_exercise_stalls_after_three_flat_exposures() -> None:
    flat = [exp(i, 80, (10, 10, 9), 8) for i in range(4)]
    assert exercise_stalled(flat, 8, 2)
    growing = [*flat[:3], exp(4, 80, (10, 10, 10), 8)]
    assert not exercise_stalled(growing, 8, 2)
    heavier = [*flat[:3], exp(4, 82.5, (10, 9, 9), 8)]
    assert not exercise_stalled(heavier, 8, 2)
    just_the_ramp = [*flat[:3], exp(4, 82.5, (9, 8, 8), 8.5)]  # heavier, but no stronger
    assert exercise_stalled(just_the_ramp, 8, 2)
    unrated = [exp(i, 80, (10, 10, 9), None) for i in range(3)] + [exp(4, 82.5, (9, 8, 8), None)]
    assert not exercise_stalled(unrated, 8, 2)  # double progression: a heavier load is progress


@pytest.mark.parametrize(
    ("flags", "stalled"), [([True, False], True), ([True, False, False], False), ([], False)]
)
def test_s4_muscle_stalled_when_half_its_exercises_stall(flags: list[bool], stalled: bool) -> None:
    assert muscle_stalled(flags) is stalled


@pytest.mark.parametrize(("last", "fires"), [((8, 8, 7), True), ((10, 9, 9), False)])
def test_s4_regression(last: tuple[int, ...], fires: bool) -> None:
    assert regressed([exp(0, 80, (10, 10, 10), 8), exp(3, 80, last, 8)]) is fires


@pytest.mark.parametrize(
    ("end_weight", "new_pr", "fires"),
    [(80.5, False, True), (83, False, False), (80.5, True, False)],
)
def test_s5_size_plateau(end_weight: float, new_pr: bool, fires: bool) -> None:
    today = MON + timedelta(weeks=12)
    weights = [(today - timedelta(weeks=8), 80.0), (today, end_weight)]
    exps = {"bicep_curl": [exp(0, 20, (10, 10), 8), exp(60, 20, (11 if new_pr else 9, 9), 8)]}
    got, _ = size_plateau(weights, exps, MON + timedelta(days=30), today)
    assert got is fires


# ---------------------------------------------------------------- 4.4 rows


@pytest.mark.parametrize(
    ("situation", "action"),
    [
        (Situation("S3", "advanced", "S"), "deload"),
        (Situation("S1", "novice", "O"), "reset"),
        (Situation("S2", "intermediate", "S"), "deload"),
        (Situation("S2", "intermediate", "S", recent_deload=True), "tm_reset"),
        (Situation("S2", "advanced", "S"), "deload"),
        (Situation("S2", "advanced", "S", recent_deload=True), "tm_reset_variation"),
        (Situation("S2", "intermediate", "S", s2_stalls_in_block=1), "switch_block"),
        (Situation("S2", "intermediate", "H"), "none"),
        (Situation("S2", "advanced", "O"), "none"),
        (Situation("S4", "intermediate", "H", muscle_stalled=True), "add_sets"),
        (
            Situation("S4", "intermediate", "H", muscle_stalled=True, at_cap=True),
            "deload_end_block",
        ),
        (
            Situation("S4", "intermediate", "H", muscle_stalled=True, recovered=False),
            "deload_end_block",
        ),
        (Situation("S4", "intermediate", "H", regressions=2), "deload_end_block"),
        (Situation("S4x", "intermediate", "H", stalled_two_mesocycles=True), "swap_exercise"),
        (Situation("S4x", "intermediate", "H"), "none"),
        (Situation("S4", "intermediate", "H"), "add_set"),
        (Situation("S4", "intermediate", "H", recovered=False), "hold_sets"),
        (Situation("S5", "intermediate", "H", goal="hypertrophy"), "strength_primer"),
        (Situation("S5", "intermediate", "H", goal="strength"), "none"),
    ],
)
def test_adjustment_table_first_matching_row_wins(situation: Situation, action: str) -> None:
    assert decide(situation) == action
