"""Single-set edits for the Mini App on both engines: owner only, bests rebuilt."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

import pytest

from storage.base import Store
from storage.set_edits import SetChange, SetEdits
from storage.sets import SetRepository
from storage.users import UserRepository
from tests.storage_backends import backend, store, target
from tests.test_storage_sets import NOW, bench


@pytest.fixture
async def logged(store: Store) -> tuple[SetRepository, SetEdits, list[int]]:
    for user in (1, 2):
        await UserRepository(store).ensure(user, user, "", NOW)
    sets = SetRepository(store)
    await sets.replace_message(1, 1, 10, [bench(100, 5), bench(90, 5, idx=1)], NOW)
    await sets.replace_message(1, 1, 11, [bench(60, 8, exercise="squat")], NOW)
    ids = [s.id for s in await sets.recent_days(1, 1)]
    return sets, SetEdits(store), ids


async def _best(sets: SetRepository, user: int, exercise: str, reps: int) -> float | None:
    return next((b.weight_kg for b in await sets.bests(user, exercise) if b.reps == reps), None)


async def test_an_edit_changes_the_set_and_rebuilds_its_bests(logged) -> None:
    sets, edits, ids = logged
    changed = await edits.update(1, ids[0], SetChange(weight_kg=80, reps=3, rpe=8.5))
    assert changed is not None and (changed.weight_kg, changed.reps, changed.rpe) == (80, 3, 8.5)
    assert await _best(sets, 1, "bench_press", 5) == 90
    assert await _best(sets, 1, "bench_press", 3) == 80


async def test_a_delete_removes_one_set_and_its_best(logged) -> None:
    sets, edits, ids = logged
    removed = await edits.delete(1, ids[2])
    assert removed is not None and removed.exercise == "squat"
    assert await _best(sets, 1, "squat", 8) is None
    assert len(await sets.recent_days(1, 1)) == 2


async def test_another_lifter_reaches_nothing(logged) -> None:
    sets, edits, ids = logged
    assert await edits.get(2, ids[0]) is None
    assert await edits.update(2, ids[0], SetChange(1, 1, None)) is None
    assert await edits.delete(2, ids[0]) is None
    assert await _best(sets, 1, "bench_press", 5) == 100 and await sets.count(1) == 3


async def test_the_chart_picker_lists_loaded_lifts_widest_bests_first(logged) -> None:
    _, edits, _ = logged
    assert await edits.exercises(1) == ["bench_press", "squat"]
    assert await edits.exercises(2) == []
