"""The reminder tick with an injected `now`, a real SQLite file and a recording outbox."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from telegram.ext import ApplicationBuilder

from bot.runtime.delivery import Prompt
from bot.runtime.scheduler import (
    JOB_ID,
    DeliveryRecorder,
    PromptBuilder,
    PromptContent,
    ReminderService,
    install,
)
from storage.db import Database
from storage.reminders import ReminderRepository
from tests.fakeapi import FakeRequest, FakeTelegram
from tests.reminder_support import SEVEN, add_users, ts

GRACE = timedelta(hours=2)


@dataclass
class RecordingOutbox:
    prompts: list[Prompt] = field(default_factory=list)

    async def put(self, prompt: Prompt) -> None:
        self.prompts.append(prompt)


@dataclass
class FakeBuilder:
    """Returns `text` for every user except `rest_for` (None) and `broken_for` (raises)."""

    text: str
    rest_for: set[int] = field(default_factory=set)
    broken_for: set[int] = field(default_factory=set)
    calls: list[tuple[int, int, date]] = field(default_factory=list)

    async def __call__(self, user_id: int, chat_id: int, local_date: date) -> PromptContent | None:
        self.calls.append((user_id, chat_id, local_date))
        if user_id in self.broken_for:
            raise RuntimeError("program state missing")
        if user_id in self.rest_for:
            return None
        return PromptContent(f"{self.text} for {local_date}", [[("Done", f"done:{user_id}")]])


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(f"sqlite:///{tmp_path / 'spotter.db'}")
    yield database
    await database.close()


@pytest.fixture
def repo(db: Database) -> ReminderRepository:
    return ReminderRepository(db)


@pytest.fixture
def builders() -> dict[str, FakeBuilder]:
    return {kind: FakeBuilder(kind) for kind in ("session", "weekly", "snooze")}


@pytest.fixture
def outbox() -> RecordingOutbox:
    return RecordingOutbox()


@pytest.fixture
def service(
    repo: ReminderRepository, outbox: RecordingOutbox, builders: dict[str, FakeBuilder]
) -> ReminderService:
    return ReminderService(repo, outbox, cast(dict[str, PromptBuilder], builders), GRACE)


async def status_counts(db: Database) -> dict[str, int]:
    rows = await db.fetchall("SELECT status, count(*) FROM deliveries GROUP BY status")
    return {r[0]: r[1] for r in rows}


async def test_tick_queues_one_prompt_per_due_user(
    service: ReminderService, outbox: RecordingOutbox, db: Database
) -> None:
    await add_users(db, range(1, 4))
    await add_users(db, [4], fire_ts=ts(SEVEN + timedelta(minutes=1)))  # not due yet
    report = await service.tick(SEVEN)
    assert (report.claimed, report.enqueued) == (3, 3)
    assert [(p.user_id, p.chat_id, p.text) for p in outbox.prompts] == [
        (u, u + 1000, "session for 2026-06-01") for u in (1, 2, 3)
    ]
    assert outbox.prompts[0].buttons == [[("Done", "done:1")]]
    assert all(p.delivery_id for p in outbox.prompts)


async def test_a_second_tick_in_the_same_minute_sends_nothing(
    service: ReminderService, outbox: RecordingOutbox, db: Database
) -> None:
    await add_users(db, range(1, 6))
    await service.tick(SEVEN)
    again = await service.tick(SEVEN + timedelta(seconds=30))
    assert again.claimed == 0 and len(outbox.prompts) == 5


async def test_rest_days_and_broken_builders_are_settled_and_others_still_go(
    service: ReminderService,
    outbox: RecordingOutbox,
    builders: dict[str, FakeBuilder],
    db: Database,
) -> None:
    await add_users(db, range(1, 6))
    builders["session"].rest_for = {2}
    builders["session"].broken_for = {4}
    report = await service.tick(SEVEN)
    assert (report.enqueued, report.skipped, report.failed) == (3, 1, 1)
    assert [p.user_id for p in outbox.prompts] == [1, 3, 5]
    assert await status_counts(db) == {"claimed": 3, "skipped": 1, "failed": 1}


@pytest.mark.parametrize("kind", ["weekly", "snooze"])
async def test_each_kind_uses_its_own_builder(
    service: ReminderService,
    outbox: RecordingOutbox,
    builders: dict[str, FakeBuilder],
    db: Database,
    kind: str,
) -> None:
    await add_users(db, [1], kind=kind)
    await service.tick(SEVEN)
    assert builders[kind].calls == [(1, 1001, date(2026, 6, 1))]
    assert outbox.prompts[0].text == f"{kind} for 2026-06-01"


async def test_a_kind_without_a_builder_is_marked_failed(
    repo: ReminderRepository, outbox: RecordingOutbox, db: Database
) -> None:
    service = ReminderService(repo, outbox, {}, GRACE)
    await add_users(db, [1])
    report = await service.tick(SEVEN)
    assert report.failed == 1 and outbox.prompts == []


@pytest.mark.parametrize(
    ("late_by", "sent"), [(timedelta(minutes=119), 1), (timedelta(hours=2, minutes=1), 0)]
)
async def test_late_tick_sends_inside_grace_and_skips_outside(
    service: ReminderService,
    outbox: RecordingOutbox,
    db: Database,
    late_by: timedelta,
    sent: int,
) -> None:
    await add_users(db, [1])
    report = await service.tick(SEVEN + late_by)
    assert len(outbox.prompts) == sent
    assert report.skipped == 1 - sent


async def test_tick_drains_in_batches(
    repo: ReminderRepository,
    outbox: RecordingOutbox,
    builders: dict[str, FakeBuilder],
    db: Database,
) -> None:
    await add_users(db, range(1, 1201))
    service = ReminderService(
        repo, outbox, cast(dict[str, PromptBuilder], builders), GRACE, batch_size=500
    )
    report = await service.tick(SEVEN)
    assert (report.batches, report.enqueued) == (3, 1200)
    assert len({p.user_id for p in outbox.prompts}) == 1200


async def test_restart_mid_dispatch_gives_every_user_exactly_one_prompt(
    tmp_path: Path,
    service: ReminderService,
    outbox: RecordingOutbox,
    builders: dict[str, FakeBuilder],
    repo: ReminderRepository,
    db: Database,
) -> None:
    await add_users(db, range(1, 41))
    await service.tick(SEVEN)
    recorder = DeliveryRecorder(repo, clock=lambda: SEVEN)
    delivered = outbox.prompts[:15]  # the process dies after 15 of 40 sends
    for prompt in delivered:
        await recorder.on_sent(prompt.delivery_id, 1)

    reopened = await Database.open(f"sqlite:///{tmp_path / 'spotter.db'}")
    try:
        after_crash = RecordingOutbox()
        restarted = ReminderService(
            ReminderRepository(reopened),
            after_crash,
            cast(dict[str, PromptBuilder], builders),
            GRACE,
        )
        later = SEVEN + timedelta(minutes=2)
        startup = await restarted.startup(later)
        tick = await restarted.tick(later)
    finally:
        await reopened.close()
    assert startup.enqueued == 25 and tick.claimed == 0
    users = sorted(p.user_id for p in [*delivered, *after_crash.prompts])
    assert users == list(range(1, 41))


async def test_a_blocked_user_gets_no_more_prompts(
    service: ReminderService, outbox: RecordingOutbox, repo: ReminderRepository, db: Database
) -> None:
    await add_users(db, [1, 2])
    await service.tick(SEVEN)
    recorder = DeliveryRecorder(repo, clock=lambda: SEVEN)
    await recorder.on_blocked(1)
    await recorder.on_sent(outbox.prompts[1].delivery_id, 9)
    outbox.prompts.clear()
    await service.tick(SEVEN + timedelta(days=1))
    assert [p.user_id for p in outbox.prompts] == [2]
    assert await status_counts(db) == {"failed": 1, "sent": 1, "claimed": 1}


async def test_startup_schedules_reminders_missing_a_fire_time(
    service: ReminderService, outbox: RecordingOutbox, db: Database
) -> None:
    await add_users(db, [1], fire_ts=None, tz="Asia/Kolkata", local_time="12:30")
    boot = SEVEN - timedelta(minutes=1)
    await service.startup(boot)
    await service.tick(boot)
    assert outbox.prompts == []
    report = await service.tick(SEVEN + timedelta(seconds=30))
    assert report.enqueued == 1  # 12:30 IST = 07:00 UTC


# ---------------------------------------------------------------------------------------------
# Wiring: one real JobQueue job


class CountingService:
    def __init__(self, wanted: int) -> None:
        self.ticks: list[datetime] = []
        self._wanted = wanted
        self.done = asyncio.Event()

    async def tick(self, now: datetime) -> None:
        self.ticks.append(now)
        if len(self.ticks) >= self._wanted:
            self.done.set()


async def test_install_registers_one_never_dropped_repeating_tick() -> None:
    core = FakeTelegram()
    app = (
        ApplicationBuilder()
        .token(core.token)
        .request(FakeRequest(core))
        .get_updates_request(FakeRequest(core))
        .updater(None)
        .build()
    )
    counting = CountingService(wanted=3)
    fake = cast(ReminderService, counting)
    injected = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # the app's clock, not the wall clock
    install(app, fake, interval_s=0.05, first=0, now=lambda: injected)
    install(app, fake, interval_s=0.05, first=0, now=lambda: injected)  # replaces, never doubles
    async with app:
        await app.start()
        try:
            await asyncio.wait_for(counting.done.wait(), timeout=5)
            assert app.job_queue is not None
            jobs: list[Any] = app.job_queue.scheduler.get_jobs()
            assert [j.id for j in jobs] == [JOB_ID]
            assert set(counting.ticks) == {injected}
            assert (jobs[0].misfire_grace_time, jobs[0].coalesce, jobs[0].max_instances) == (
                None,
                True,
                1,
            )
        finally:
            await app.stop()
    assert all(t.tzinfo is UTC for t in counting.ticks)
