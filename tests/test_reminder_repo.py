"""ReminderRepository on both engines: claims, lateness, restarts, blocked users."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.reminders import EVERY_DAY, WEEKENDS
from storage.base import Store
from storage.reminders import ReminderRepository
from tests.reminder_support import SEVEN, add_users, ts
from tests.storage_backends import StoreTarget, backend, store, target

GRACE_S = 2 * 3600

AddUser = Callable[..., Awaitable[int]]


@pytest.fixture
def db(store: Store) -> Store:
    return store


@pytest.fixture
def repo(db: Store) -> ReminderRepository:
    return ReminderRepository(db)


@pytest.fixture
def add_user(db: Store) -> AddUser:
    """One user with a 'session' reminder firing at `fire` (07:00 UTC by default)."""

    async def add(
        user_id: int, *, tz: str = "UTC", active: bool = True, fire: datetime | None = SEVEN
    ) -> int:
        fire_ts = ts(fire) if fire else None
        await add_users(db, [user_id], tz=tz, active=active, fire_ts=fire_ts)
        return user_id

    return add


async def statuses(db: Store) -> dict[tuple[int, str, str], str]:
    rows = await db.fetchall("SELECT user_id, kind, local_date, status FROM deliveries")
    return {(r[0], r[1], r[2]): r[3] for r in rows}


async def next_fire_of(repo: ReminderRepository, user_id: int, kind: str = "session") -> datetime:
    reminder = await repo.get(user_id, kind)
    assert reminder is not None and reminder.next_fire_ts is not None
    return datetime.fromtimestamp(reminder.next_fire_ts, UTC)


async def test_claim_gives_one_prompt_per_local_date_and_advances(
    repo: ReminderRepository, add_user: AddUser, db: Store
) -> None:
    tokyo_seven = datetime(2026, 5, 31, 22, 0, tzinfo=UTC)  # 07:00 on 1 June in Tokyo
    await add_user(1, tz="Asia/Tokyo", fire=tokyo_seven)
    batch = await repo.claim_due(ts(tokyo_seven) + 30, 500)
    assert [(c.user_id, c.chat_id, c.kind, c.local_date) for c in batch.claims] == [
        (1, 1001, "session", date(2026, 6, 1))
    ]
    assert await next_fire_of(repo, 1) == datetime(2026, 6, 1, 22, 0, tzinfo=UTC)
    assert await statuses(db) == {(1, "session", "2026-06-01"): "claimed"}


async def test_double_tick_claims_nothing(repo: ReminderRepository, add_user: AddUser) -> None:
    for user_id in range(1, 6):
        await add_user(user_id)
    first = await repo.claim_due(ts(SEVEN), 500)
    second = await repo.claim_due(ts(SEVEN), 500)
    assert len(first.claims) == 5
    assert second.claims == [] and second.examined == 0


async def test_same_local_date_is_never_claimed_twice(
    repo: ReminderRepository, add_user: AddUser
) -> None:
    """Even if next_fire_ts is rewound (an edit racing the tick), the date key holds."""
    await add_user(1)
    await repo.claim_due(ts(SEVEN), 500)
    await repo.set(1, "session", time(7, 30), EVERY_DAY, ts(SEVEN + timedelta(minutes=30)))
    again = await repo.claim_due(ts(SEVEN + timedelta(minutes=31)), 500)
    assert again.claims == [] and again.duplicates == 1
    assert await next_fire_of(repo, 1) == SEVEN + timedelta(days=1, minutes=30)


@pytest.mark.parametrize(
    ("late_by", "claimed", "status"),
    [
        (timedelta(0), True, "claimed"),
        (timedelta(minutes=90), True, "claimed"),
        (timedelta(hours=2), True, "claimed"),
        (timedelta(hours=2, seconds=1), False, "skipped"),
        (timedelta(hours=9), False, "skipped"),
    ],
)
async def test_late_start_sends_inside_grace_and_skips_outside(
    repo: ReminderRepository,
    add_user: AddUser,
    db: Store,
    late_by: timedelta,
    claimed: bool,
    status: str,
) -> None:
    await add_user(1)
    batch = await repo.claim_due(ts(SEVEN + late_by), 500, grace_s=GRACE_S)
    assert bool(batch.claims) is claimed
    assert batch.skipped_late == (0 if claimed else 1)
    assert await statuses(db) == {(1, "session", "2026-06-01"): status}
    assert await next_fire_of(repo, 1) == SEVEN + timedelta(days=1)


async def test_outage_of_days_sends_nothing_stale_and_resumes_tomorrow(
    repo: ReminderRepository, add_user: AddUser
) -> None:
    await add_user(1)
    back = SEVEN + timedelta(days=3, hours=5)
    batch = await repo.claim_due(ts(back), 500)
    assert batch.claims == []
    assert await next_fire_of(repo, 1) == SEVEN + timedelta(days=4)


@pytest.mark.parametrize(("active", "enabled"), [(False, True), (True, False)])
async def test_blocked_users_and_disabled_reminders_are_not_claimed(
    repo: ReminderRepository, add_user: AddUser, active: bool, enabled: bool
) -> None:
    await add_user(1, active=active)
    if not enabled:
        await repo.disable(1, "session")
    assert await repo.due_count(ts(SEVEN)) == 0
    assert (await repo.claim_due(ts(SEVEN), 500)).claims == []


async def test_claims_come_in_batches_until_none_are_left(
    repo: ReminderRepository, db: Store
) -> None:
    for second in range(3):  # fire times a few seconds apart, all due
        await add_users(db, range(1 + second * 400, 401 + second * 400), fire_ts=ts(SEVEN) - second)
    assert await repo.due_count(ts(SEVEN)) == 1200
    sizes = []
    while (batch := await repo.claim_due(ts(SEVEN), 500)).examined:
        sizes.append(len(batch.claims))
    assert sizes == [500, 500, 200]
    assert await repo.due_count(ts(SEVEN)) == 0


async def test_restart_mid_dispatch_gives_every_user_exactly_one_prompt(
    target: StoreTarget, add_user: AddUser, repo: ReminderRepository, db: Store
) -> None:
    for user_id in range(1, 41):
        await add_user(user_id)
    claims = (await repo.claim_due(ts(SEVEN), 500)).claims
    for claim in claims[:15]:  # the process dies after sending 15 of 40
        await repo.mark_sent(claim.delivery_id, claim.delivery_id + 7, ts(SEVEN))
    await db.close()

    reopened = await target.open()
    try:
        after = ReminderRepository(reopened)
        restart = SEVEN + timedelta(minutes=3)
        assert (await after.claim_due(ts(restart), 500)).claims == []
        orphans = await after.release_stale_claims(ts(restart), 0)
        assert sorted(c.user_id for c in orphans) == list(range(16, 41))
        for claim in orphans:
            await after.mark_sent(claim.delivery_id, 1, ts(restart))
        assert await after.release_stale_claims(ts(restart), 0) == []
        sent = await reopened.fetchall(
            "SELECT user_id, count(*) FROM deliveries WHERE status = 'sent' GROUP BY user_id"
        )
        assert {r[0]: r[1] for r in sent} == {u: 1 for u in range(1, 41)}
    finally:
        await reopened.close()


@pytest.mark.parametrize(
    ("claim_age", "active", "status"),
    [
        (timedelta(minutes=5), True, "claimed"),
        (timedelta(hours=3), True, "skipped"),
        (timedelta(minutes=5), False, "failed"),
    ],
)
async def test_release_stale_claims_settles_what_should_not_be_resent(
    repo: ReminderRepository,
    add_user: AddUser,
    db: Store,
    claim_age: timedelta,
    active: bool,
    status: str,
) -> None:
    await add_user(1)
    await repo.claim_due(ts(SEVEN), 500)
    if not active:
        await db.fetchall("UPDATE users SET active = 0 WHERE id = 1")
    released = await repo.release_stale_claims(ts(SEVEN + claim_age), 60, grace_s=GRACE_S)
    assert len(released) == (1 if status == "claimed" else 0)
    assert await statuses(db) == {(1, "session", "2026-06-01"): status}


async def test_release_gives_up_after_repeated_crashes(
    repo: ReminderRepository, add_user: AddUser, db: Store
) -> None:
    await add_user(1)
    await repo.claim_due(ts(SEVEN), 500)
    rounds = [len(await repo.release_stale_claims(ts(SEVEN) + i, 0)) for i in range(4)]
    assert rounds == [1, 1, 0, 0]
    assert await statuses(db) == {(1, "session", "2026-06-01"): "failed"}


@pytest.mark.parametrize(
    ("outcome", "status"), [("sent", "sent"), ("failed", "failed"), ("skipped", "skipped")]
)
async def test_outcomes_are_recorded(
    repo: ReminderRepository, add_user: AddUser, db: Store, outcome: str, status: str
) -> None:
    await add_user(1)
    (claim,) = (await repo.claim_due(ts(SEVEN), 500)).claims
    if outcome == "sent":
        await repo.mark_sent(claim.delivery_id, 4242, ts(SEVEN) + 2)
    elif outcome == "failed":
        await repo.mark_failed(claim.delivery_id)
    else:
        await repo.mark_skipped(claim.delivery_id)
    assert await statuses(db) == {(1, "session", "2026-06-01"): status}
    assert await repo.release_stale_claims(ts(SEVEN) + 10, 0) == []


async def test_deactivate_user_stops_prompts_and_closes_open_claims(
    repo: ReminderRepository, add_user: AddUser, db: Store
) -> None:
    await add_user(1)
    await repo.claim_due(ts(SEVEN), 500)
    await repo.deactivate_user(1)
    assert await statuses(db) == {(1, "session", "2026-06-01"): "failed"}
    assert await repo.due_count(ts(SEVEN + timedelta(days=2))) == 0
    row = await db.fetchone("SELECT active FROM users WHERE id = 1")
    assert row is not None and row[0] == 0


@pytest.mark.parametrize(
    ("new_zone", "expected"),
    [
        ("Europe/Berlin", datetime(2026, 6, 2, 5, 0, tzinfo=UTC)),
        ("America/New_York", datetime(2026, 6, 1, 11, 0, tzinfo=UTC)),
        ("Asia/Kolkata", datetime(2026, 6, 2, 1, 30, tzinfo=UTC)),
        ("Not/AZone", datetime(2026, 6, 2, 7, 0, tzinfo=UTC)),  # unknown → UTC
    ],
)
async def test_reschedule_after_timezone_change(
    repo: ReminderRepository, add_user: AddUser, db: Store, new_zone: str, expected: datetime
) -> None:
    await add_user(1)
    async with db.transaction() as tx:
        await tx.execute("UPDATE users SET timezone = ? WHERE id = 1", (new_zone,))
    assert await repo.reschedule_user(1, SEVEN) == 1
    assert await next_fire_of(repo, 1) == expected


async def test_fill_missing_next_fire_schedules_rows_without_a_time(
    repo: ReminderRepository, add_user: AddUser
) -> None:
    await add_user(1, fire=None, tz="Europe/Berlin")
    await add_user(2)
    assert await repo.fill_missing_next_fire(SEVEN) == 1
    assert await next_fire_of(repo, 1) == datetime(2026, 6, 2, 5, 0, tzinfo=UTC)


async def test_days_mask_keeps_rest_days_quiet(repo: ReminderRepository, add_user: AddUser) -> None:
    await add_user(1)
    await repo.set(1, "session", time(7, 0), WEEKENDS, ts(SEVEN))
    await repo.claim_due(ts(SEVEN), 500)  # Monday's row was already due; next is Saturday
    assert await next_fire_of(repo, 1) == datetime(2026, 6, 6, 7, 0, tzinfo=UTC)


async def test_snooze_fires_once_and_can_be_repeated_the_same_day(
    repo: ReminderRepository, add_user: AddUser
) -> None:
    await add_user(1, fire=SEVEN + timedelta(days=1))
    for hour in (8, 9):
        until = SEVEN.replace(hour=hour)
        await repo.snooze(1, ts(until))
        assert (await repo.claim_due(ts(until) - 1, 500)).claims == []
        (claim,) = (await repo.claim_due(ts(until), 500)).claims
        assert (claim.kind, claim.local_date) == ("snooze", date(2026, 6, 1))
        await repo.mark_sent(claim.delivery_id, 5, ts(until))
        snooze = await repo.get(1, "snooze")
        assert snooze is not None and not snooze.enabled
        assert (await repo.claim_due(ts(until) + 3600, 500)).claims == []
