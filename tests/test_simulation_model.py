"""The simulated lifter behaves like a lifter (so judging a programme on it means something)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sim.driver import message_text, run_app, simulate
from tests.sim.lifter import Performed, SimLifter, reps_to_failure
from tests.sim.personas import INTERMEDIATE_BOTH, NOVICE, NOVICE_NO_RPE
from tests.sim.standard import StartingStrength


@pytest.mark.parametrize(
    ("load", "one_rm", "reps"), [(100, 100, 1), (86.3, 100, 5), (73.9, 100, 10), (50, 100, 30)]
)
def test_reps_to_failure_follow_the_rts_chart(load: float, one_rm: float, reps: float) -> None:
    assert reps_to_failure(load, one_rm) == pytest.approx(reps, abs=0.05)


def test_the_same_seed_gives_the_same_lifter() -> None:
    a, b = SimLifter(NOVICE, 3), SimLifter(NOVICE, 3)
    sets_a = a.perform("squat", 3, 5, 70.0)
    sets_b = b.perform("squat", 3, 5, 70.0)
    assert sets_a == sets_b


def test_hard_sets_grow_strength_and_easy_ones_do_not() -> None:
    hard, easy = SimLifter(NOVICE, 1), SimLifter(NOVICE, 1)
    for _ in range(6):
        hard.adapt(hard.perform("squat", 3, 5, 80.0), week=1)
        easy.adapt(easy.perform("squat", 3, 5, 40.0), week=1)
    assert hard.one_rm("squat") > 1.05 * NOVICE.start_1rm_kg["squat"]
    assert easy.one_rm("squat") < 1.01 * NOVICE.start_1rm_kg["squat"]


def test_a_lifter_without_rpe_logs_none_and_misses_heavy_sets() -> None:
    lifter = SimLifter(NOVICE_NO_RPE, 0)
    sets = lifter.perform("squat", 3, 5, 95.0)
    assert all(s.rpe_logged is None for s in sets)
    assert all(s.missed for s in sets)


def test_the_log_message_is_what_a_lifter_types() -> None:
    sets = [
        Performed("bench_press", 61.25, 5, 8.0, 8.0, 5),
        Performed("chin_up", None, 8, 8, None, 8),
    ]
    assert message_text(sets, "kg") == "bench press 61.25kg x5 @8\nchin up x8"


async def test_starting_strength_makes_a_novice_stronger() -> None:
    run = await simulate(NOVICE, StartingStrength(dict(NOVICE.start_1rm_kg)), weeks=8, seed=0)
    assert all(run.gain(lift) > 0.05 for lift in ("squat", "bench_press"))
    assert all(not s.planned.deload for s in run.sessions)


async def test_the_app_coach_prescribes_and_records_through_the_services(tmp_path: Path) -> None:
    run = await run_app(INTERMEDIATE_BOTH, weeks=3, seed=0, tmp_path=tmp_path)
    assert len(run.sessions) == 9
    assert all(s.performed for s in run.sessions)
    assert run.present("squat") >= 3
