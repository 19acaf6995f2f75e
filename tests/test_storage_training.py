"""Training-day storage on both engines: rest timers claimed once, skips, bar and plates."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from storage.base import Store
from storage.sets import NewSet, SetRepository
from storage.timers import TimerRepository
from storage.training import TrainingPrefs, TrainingRepository
from storage.users import UserRepository
from tests.storage_backends import backend, store, target

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
T0 = int(NOW.timestamp())
DAY = date(2026, 11, 24)


@pytest.fixture
async def users(store: Store) -> Store:
    for uid in (1, 2):
        await UserRepository(store).ensure(uid, uid * 10, "Ann", NOW)
    return store


async def test_a_timer_fires_once_when_due(users: Store) -> None:
    timers = TimerRepository(users)
    await timers.start(1, 10, 3, T0)
    assert await timers.claim_due(T0 + 2, 600) == []
    [fired] = await timers.claim_due(T0 + 3, 600)
    assert (fired.user_id, fired.chat_id, fired.seconds) == (1, 10, 3)
    assert await timers.claim_due(T0 + 4, 600) == []  # never twice
    assert await timers.running(1) is None


async def test_concurrent_claims_share_out_each_timer_once(users: Store) -> None:
    timers = TimerRepository(users)
    await timers.start(1, 10, 5, T0)
    await timers.start(2, 20, 5, T0)
    results = await asyncio.gather(*(timers.claim_due(T0 + 5, 600) for _ in range(4)))
    assert sorted(t.user_id for batch in results for t in batch) == [1, 2]


async def test_one_timer_per_lifter_and_cancel(users: Store) -> None:
    timers = TimerRepository(users)
    await timers.start(1, 10, 60, T0)
    await timers.start(1, 10, 90, T0 + 10)  # a new timer replaces the running one
    assert await timers.claim_due(T0 + 60, 600) == []
    assert await timers.next_due() == T0 + 100
    assert await timers.cancel(1)
    assert not await timers.cancel(1)
    assert await timers.claim_due(T0 + 200, 600) == []


async def test_a_timer_long_overdue_expires_quietly(users: Store) -> None:
    timers = TimerRepository(users)
    await timers.start(1, 10, 60, T0)
    assert await timers.claim_due(T0 + 60 + 601, 600) == []
    assert await timers.running(1) is None


async def test_skips_and_training_days(users: Store) -> None:
    training = TrainingRepository(users)
    assert await training.skip(1, DAY, NOW)
    assert not await training.skip(1, DAY, NOW)  # the second press adds nothing
    assert await training.skipped_since(1, DAY - timedelta(days=7)) == [DAY]
    sets = SetRepository(users)
    old, recent = DAY - timedelta(days=90), DAY - timedelta(days=2)
    for i, day in enumerate((old, recent, recent)):
        row = NewSet("squat", NOW, day, 100.0, "kg", 5, set_idx=0)
        await sets.replace_message(1, 10, 100 + i, [row], NOW)
    assert await training.training_days(1, DAY - timedelta(days=30), DAY) == [old, recent]
    assert (await training.logged_today(1, recent))["squat"] == 2
    assert await training.message_logged(10, 101)
    assert not await training.message_logged(10, 999)


async def test_bar_plates_and_warmups_round_trip(users: Store) -> None:
    training = TrainingRepository(users)
    assert await training.prefs(1) == TrainingPrefs()
    prefs = TrainingPrefs("lb", 35.0, (45.0, 25.0, 10.0, 5.0, 2.5), False)
    await training.save_prefs(1, prefs)
    assert await training.prefs(1) == prefs
    assert await training.prefs(2) == TrainingPrefs()
