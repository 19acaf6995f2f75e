"""Shared set-up for reminder tests: users with reminders, written straight to SQLite."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from storage.base import Store

SEVEN = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)  # a Monday, 07:00 UTC


def ts(moment: datetime) -> int:
    return int(moment.timestamp())


async def add_users(
    db: Store,
    user_ids: Iterable[int],
    *,
    tz: str = "UTC",
    active: bool = True,
    local_time: str = "07:00",
    days_mask: int = 127,
    fire_ts: int | None = ts(SEVEN),
    kind: str = "session",
) -> list[int]:
    """Users (chat id = user id + 1000) each with one enabled reminder of `kind`."""
    ids = list(user_ids)
    async with db.transaction() as tx:
        await tx.executemany(
            "INSERT INTO users (id, chat_id, first_name, timezone, active, created_at,"
            " updated_at) VALUES (?, ?, 'Lifter', ?, ?, '2026-01-01', '2026-01-01')",
            [(u, u + 1000, tz, int(active)) for u in ids],
        )
        await tx.executemany(
            "INSERT INTO reminders (user_id, kind, local_time, days_mask, next_fire_ts)"
            " VALUES (?, ?, ?, ?, ?)",
            [(u, kind, local_time, days_mask, fire_ts) for u in ids],
        )
    return ids
