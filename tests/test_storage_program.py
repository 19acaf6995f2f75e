"""Programme storage on both engines: state and events, check-ins, body weight, seen updates."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.programming import CheckIn
from storage.base import Store
from storage.program import NewEvent, ProgramRepository
from storage.sets import NewSet, SetRepository
from storage.updates import UpdateLog
from storage.users import UserRepository
from tests.storage_backends import backend, store, target

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
DAY = date(2026, 11, 24)


@pytest.fixture
async def program(store: Store) -> ProgramRepository:
    await UserRepository(store).ensure(1, 1, "Ann", NOW)
    return ProgramRepository(store)


async def test_state_and_its_events_are_saved_together(program: ProgramRepository) -> None:
    event = NewEvent("bench_press", "S2", "tm_reset", {"from_kg": 124.0}, "Lowered your max")
    await program.save(1, {"block": "S", "week": 2}, [event], NOW)
    assert await program.state(1) == {"block": "S", "week": 2}
    [stored] = await program.events(1)
    assert (stored.rule, stored.action, stored.details) == ("S2", "tm_reset", {"from_kg": 124.0})


async def test_a_check_in_answered_twice_keeps_the_last_answer(program: ProgramRepository) -> None:
    await program.set_checkin(1, CheckIn(DAY, frozenset({"quads", "glutes"}), True))
    await program.set_checkin(1, CheckIn(DAY, poor_sleep=True, low_motivation=True))
    [checkin] = await program.checkins(1, DAY)
    assert checkin == CheckIn(DAY, poor_sleep=True, low_motivation=True)


async def test_sore_muscles_round_trip(program: ProgramRepository) -> None:
    sore = CheckIn(DAY, frozenset({"quads", "glutes"}), soreness_over_72h=True)
    await program.set_checkin(1, sore)
    assert await program.checkins(1, DAY) == [sore]


async def test_body_weight_is_one_value_per_day(program: ProgramRepository) -> None:
    await program.set_bodyweight(1, DAY, 82.0)
    await program.set_bodyweight(1, DAY, 82.5)
    assert await program.bodyweights(1, DAY) == [(DAY, 82.5)]


async def test_an_update_is_remembered_until_pruned(store: Store) -> None:
    log = UpdateLog(store)
    assert not await log.seen(5_000_000_001)  # above 32 bits, like real update ids can be
    await log.mark(5_000_000_001, 100)
    await log.mark(5_000_000_001, 100)  # marking twice is harmless
    assert await log.seen(5_000_000_001)
    await log.prune(before_ts=101)
    assert not await log.seen(5_000_000_001)


async def test_sets_added_after_a_mark_are_found_without_reading_the_log(
    store: Store, program: ProgramRepository
) -> None:
    """The programme's watermark: the newest id, and the earliest working day added after it."""
    sets = SetRepository(store)
    assert await program.sets_after(1, 0) == (0, None)
    old = date(2026, 9, 1)
    rows = [
        NewSet("squat", NOW, DAY, 100.0, "kg", 5),
        NewSet("squat", NOW, old, 40.0, "kg", 5, set_type="warmup", import_key="w"),
        NewSet("bench_press", NOW, date(2026, 10, 1), 80.0, "kg", 5, import_key="b"),
    ]
    await sets.add_imported(1, rows, NOW)
    mark, earliest = await program.sets_after(1, 0)
    assert mark > 0 and earliest == date(2026, 10, 1)  # the warm-up doesn't count
    assert await program.sets_after(1, mark) == (mark, None)
    assert await program.sets_after(2, 0) == (0, None)  # another lifter's log is not theirs


async def test_the_arrivals_read_beside_the_state_counts_from_the_stored_mark(
    store: Store, program: ProgramRepository
) -> None:
    """After a log, the state and what arrived since its mark come back in one round trip:
    the same answer as `sets_after` with the mark the state holds."""
    sets = SetRepository(store)
    arrivals = program.arrivals_statement(1)
    [rows] = await store.gather([arrivals])
    assert program.arrivals_of(rows) == (0, None, None), "no state yet: counted from 0"
    await sets.add_imported(1, [NewSet("squat", NOW, DAY, 100.0, "kg", 5, import_key="a")], NOW)
    newest, _ = await program.sets_after(1, 0)
    await program.save(1, {"log_mark": newest, "week": 1}, [], NOW)
    state_rows, rows = await store.gather([program.state_statement(1), arrivals])
    assert program.state_of(state_rows) == {"log_mark": newest, "week": 1}
    assert program.arrivals_of(rows) == (newest, None, None), "nothing new since the mark"
    await sets.add_imported(
        1, [NewSet("row", NOW, date(2026, 10, 1), 60.0, "kg", 8, import_key="b")], NOW
    )
    mark, latest, earliest = program.arrivals_of((await store.gather([arrivals]))[0])
    assert (mark, earliest) == (newest, date(2026, 10, 1)) and latest == (
        await program.sets_after(1, 0)
    )[0]
