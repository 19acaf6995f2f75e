"""The logbook store: idempotent per message, edits replace, undo, bests kept exact."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.e1rm import epley
from storage.base import Store
from storage.day_tops import DayTopRepository
from storage.sets import NewSet, SetRepository
from storage.users import UserRepository
from tests.storage_backends import backend, store, target

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
DAY = date(2026, 11, 24)


@pytest.fixture
async def repo(store: Store) -> SetRepository:
    await UserRepository(store).ensure(1, 1, "Ann", NOW)
    await UserRepository(store).ensure(2, 2, "Bob", NOW)
    return SetRepository(store)


def bench(weight: float, reps: int, group: int = 0, idx: int = 0, **kw: object) -> NewSet:
    return NewSet(
        exercise=str(kw.pop("exercise", "bench_press")),
        performed_at=NOW,
        local_date=kw.pop("day", DAY),  # type: ignore[arg-type]
        weight_kg=weight,
        unit="kg",
        reps=reps,
        group_idx=group,
        set_idx=idx,
        **kw,  # type: ignore[arg-type]
    )


async def test_redelivered_message_is_stored_once(repo: SetRepository) -> None:
    sets = [bench(100, 5, idx=i) for i in range(3)]
    await repo.replace_message(1, 1, 10, sets, NOW)
    await repo.replace_message(1, 1, 10, sets, NOW)
    assert await repo.count(1) == 3


async def test_edit_replaces_exactly_what_the_message_logged(repo: SetRepository) -> None:
    await repo.replace_message(1, 1, 10, [bench(100, 5)], NOW)
    await repo.replace_message(1, 1, 11, [bench(90, 8)], NOW)
    await repo.replace_message(1, 1, 10, [bench(107.5, 5)], NOW)
    loads = sorted(s.weight_kg or 0 for s in await repo.since(1, DAY))
    assert loads == [90, 107.5]
    assert {b.reps: b.weight_kg for b in await repo.bests(1, "bench_press")} == {5: 107.5, 8: 90}


async def test_bests_before_a_message_exclude_its_earlier_version(repo: SetRepository) -> None:
    await repo.replace_message(1, 1, 10, [bench(100, 5)], NOW)
    await repo.replace_message(1, 1, 11, [bench(120, 5)], NOW)
    before = await repo.replace_message(1, 1, 11, [bench(110, 5)], NOW)
    assert before == {"bench_press": {5: 100}}


async def test_undo_removes_the_last_group_and_rebuilds_bests(repo: SetRepository) -> None:
    await repo.replace_message(1, 1, 10, [bench(100, 5)], NOW)
    await repo.replace_message(
        1, 1, 11, [bench(120, 5), bench(60, 10, group=1, exercise="squat")], NOW
    )
    removed = await repo.undo_last_group(1)
    assert [s.exercise for s in removed] == ["squat"]
    removed = await repo.undo_last_group(1)
    assert [(s.exercise, s.weight_kg) for s in removed] == [("bench_press", 120)]
    assert {b.reps: b.weight_kg for b in await repo.bests(1)} == {5: 100}


async def test_undo_with_nothing_logged_removes_nothing(repo: SetRepository) -> None:
    assert await repo.undo_last_group(1) == []


async def test_warmups_and_assistance_never_become_bests(repo: SetRepository) -> None:
    await repo.replace_message(
        1,
        1,
        10,
        [bench(140, 5, set_type="warmup"), bench(-20, 8, group=1, exercise="pull_up")],
        NOW,
    )
    assert await repo.bests(1) == []


async def test_reimport_adds_nothing_twice(repo: SetRepository) -> None:
    rows = [bench(100, 5, idx=i, import_key=f"k{i}") for i in range(4)]
    assert await repo.add_imported(1, rows, NOW) == 4
    assert await repo.add_imported(1, rows, NOW) == 0
    assert await repo.count(1) == 4


async def test_users_do_not_see_each_others_sets(repo: SetRepository) -> None:
    await repo.replace_message(1, 1, 10, [bench(100, 5)], NOW)
    await repo.replace_message(2, 2, 10, [bench(50, 5)], NOW)
    assert [s.weight_kg for s in await repo.since(2, DAY)] == [50]
    assert await repo.delete_message(2, 1, 10) == 0  # Bob cannot delete Ann's message
    assert await repo.count(1) == 1


async def test_recent_days_pages_by_training_day(repo: SetRepository) -> None:
    for n in range(10):
        day = date(2026, 11, 1 + n)
        await repo.add_imported(1, [bench(100 + n, 5, day=day, import_key=f"d{n}")], NOW)
    page = await repo.recent_days(1, 3)
    assert [s.local_date.day for s in page] == [10, 9, 8]
    older = await repo.recent_days(1, 3, before=date(2026, 11, 8))
    assert [s.local_date.day for s in older] == [7, 6, 5]


async def test_deleting_a_user_removes_everything(store: Store) -> None:
    db = store
    users = UserRepository(db)
    await users.ensure(1, 1, "Ann", NOW)
    sets = SetRepository(db)
    await sets.replace_message(1, 1, 10, [bench(100, 5)], NOW)
    await users.delete(1)
    assert await sets.count(1) == 0 and await sets.bests(1) == []
    assert await users.get(1) is None


async def test_week_rows_start_on_monday_on_every_engine(repo: SetRepository, store: Store) -> None:
    days = [date(2026, 11, d) for d in (15, 16, 17, 22, 23)]  # Sun, Mon, Tue, Sun, Mon
    for n, day in enumerate(days):
        await repo.add_imported(1, [bench(100 + n, 5, day=day, import_key=f"w{n}")], NOW)
    await repo.add_imported(
        1, [bench(60, 10, day=days[1], import_key="wu", set_type="warmup")], NOW
    )
    rows = await repo.week_rows(1, date(2026, 11, 1))
    assert [(r["week"], r["hard_sets"], r["days"]) for r in rows] == [
        ("2026-11-09", 1, 1),
        ("2026-11-16", 3, 3),
        ("2026-11-23", 1, 1),
    ]
    assert rows[1]["volume"] == pytest.approx((101 + 102 + 103) * 5)
    assert rows[1]["e1rm"] == pytest.approx(epley(103, 5))  # the week's best, bot/e1rm.py's
    tops = await DayTopRepository(store).day_bests(1, "bench_press", date(2026, 11, 16))
    assert [(b.local_date.day, b.top_load_kg) for b in tops] == [
        (16, 101),
        (17, 102),
        (22, 103),
        (23, 104),
    ]
    assert [b.best_e1rm_kg for b in tops] == [epley(w, 5) for w in (101, 102, 103, 104)]


async def test_the_working_window_can_be_read_for_a_few_lifts(repo: SetRepository) -> None:
    logged = [("squat", 1, 140), ("bench_press", 2, 100), ("row", 3, 80), ("squat", 4, 145)]
    for n, (exercise, day, load) in enumerate(logged):
        when = date(2026, 11, day)
        await repo.add_imported(
            1, [bench(load, 5, day=when, exercise=exercise, import_key=f"l{n}")], NOW
        )
    await repo.add_imported(
        1,
        [bench(60, 5, day=date(2026, 11, 4), exercise="squat", import_key="wu", set_type="warmup")],
        NOW,
    )
    start = date(2026, 11, 2)
    every = await repo.working_since(1, start)
    some = await repo.working_since(1, start, {"squat", "row"})
    assert [(r[0], r[1].day, r[2]) for r in some] == [("row", 3, 80), ("squat", 4, 145)]
    assert some == [r for r in every if r[0] in {"squat", "row"}]  # the same rows, in order
    assert await repo.working_since(1, start, set()) == []
