"""Reminder rows and their deliveries: the scheduler's source of truth.

A reminder is due when `next_fire_ts <= now`. Claiming writes a `deliveries` row keyed by
(user, kind, local date) and advances `next_fire_ts` in the same short transaction, so a double
tick or a restart can never send the same day's prompt twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from bot.reminders import (
    Claim,
    ClaimBatch,
    format_time,
    local_date_of,
    next_fire,
    parse_hhmm,
    zone,
)
from storage.base import Store, StoreTransaction

ONE_SHOT = "snooze"
MAX_ATTEMPTS = 3
DEFAULT_GRACE_S = 2 * 3600


@dataclass(frozen=True, slots=True)
class Reminder:
    user_id: int
    kind: str
    local_time: time
    days_mask: int
    enabled: bool
    next_fire_ts: int | None


@dataclass(frozen=True, slots=True)
class _Due:
    user_id: int
    kind: str
    local_time: str
    days_mask: int
    next_fire_ts: int
    chat_id: int
    timezone: str


class ReminderRepository:
    """All SQL for `reminders` and `deliveries`."""

    def __init__(self, db: Store) -> None:
        self._db = db

    # -- settings --------------------------------------------------------------------------

    async def set(
        self, user_id: int, kind: str, local_time: time, days_mask: int, next_fire_ts: int | None
    ) -> None:
        """Create or replace a reminder and switch it on."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO reminders (user_id, kind, local_time, days_mask, enabled,"
                " next_fire_ts) VALUES (?, ?, ?, ?, 1, ?)"
                " ON CONFLICT (user_id, kind) DO UPDATE SET local_time = excluded.local_time,"
                " days_mask = excluded.days_mask, enabled = 1,"
                " next_fire_ts = excluded.next_fire_ts",
                (user_id, kind, format_time(local_time), days_mask, next_fire_ts),
            )

    async def disable(self, user_id: int, kind: str) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE reminders SET enabled = 0, next_fire_ts = NULL"
                " WHERE user_id = ? AND kind = ?",
                (user_id, kind),
            )

    async def get(self, user_id: int, kind: str) -> Reminder | None:
        row = await self._db.fetchone(
            "SELECT user_id, kind, local_time, days_mask, enabled, next_fire_ts FROM reminders"
            " WHERE user_id = ? AND kind = ?",
            (user_id, kind),
        )
        if row is None:
            return None
        return Reminder(
            user_id=row["user_id"],
            kind=row["kind"],
            local_time=parse_hhmm(row["local_time"]),
            days_mask=row["days_mask"],
            enabled=bool(row["enabled"]),
            next_fire_ts=row["next_fire_ts"],
        )

    async def snooze(self, user_id: int, until_ts: int) -> None:
        """A one-shot prompt at `until_ts`; a new snooze replaces a pending one."""
        until = datetime.fromtimestamp(until_ts, UTC)
        async with self._db.transaction() as tx:
            # Finished snoozes leave the unique key free, so a lifter can snooze twice a day.
            await tx.execute(
                "DELETE FROM deliveries WHERE user_id = ? AND kind = ? AND status != 'claimed'",
                (user_id, ONE_SHOT),
            )
            await tx.execute(
                "INSERT INTO reminders (user_id, kind, local_time, days_mask, enabled,"
                " next_fire_ts) VALUES (?, ?, ?, 127, 1, ?)"
                " ON CONFLICT (user_id, kind) DO UPDATE SET local_time = excluded.local_time,"
                " enabled = 1, next_fire_ts = excluded.next_fire_ts",
                (user_id, ONE_SHOT, until.strftime("%H:%M"), until_ts),
            )

    async def reschedule_user(self, user_id: int, now: datetime) -> int:
        """Recompute every recurring reminder of one user, e.g. after a time-zone change."""
        rows = await self._db.fetchall(
            "SELECT r.user_id, r.kind, r.local_time, r.days_mask, u.timezone FROM reminders r"
            " JOIN users u ON u.id = r.user_id"
            " WHERE r.user_id = ? AND r.enabled = 1 AND r.kind != ?",
            (user_id, ONE_SHOT),
        )
        return await self._write_next_fire(rows, now)

    async def fill_missing_next_fire(self, now: datetime) -> int:
        """Give enabled recurring reminders with no `next_fire_ts` their next occurrence."""
        rows = await self._db.fetchall(
            "SELECT r.user_id, r.kind, r.local_time, r.days_mask, u.timezone FROM reminders r"
            " JOIN users u ON u.id = r.user_id"
            " WHERE r.enabled = 1 AND r.next_fire_ts IS NULL AND r.kind != ?",
            (ONE_SHOT,),
        )
        return await self._write_next_fire(rows, now)

    async def _write_next_fire(self, rows: Sequence[Any], now: datetime) -> int:
        updates = [
            (_next_ts(r["local_time"], r["days_mask"], r["timezone"], now), r["user_id"], r["kind"])
            for r in rows
        ]
        async with self._db.transaction() as tx:
            await _apply_next_fire(tx, updates)
        return len(updates)

    # -- the tick --------------------------------------------------------------------------

    async def claim_due(
        self, now_ts: int, limit: int, *, grace_s: int = DEFAULT_GRACE_S
    ) -> ClaimBatch:
        """Claim up to `limit` due reminders of active users, in one short transaction.

        Each examined row gets a deliveries row for its local date ('skipped' when older than
        the grace window) and its next fire time; a date already delivered yields no claim.
        """
        now = datetime.fromtimestamp(now_ts, UTC)
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                "SELECT r.user_id, r.kind, r.local_time, r.days_mask, r.next_fire_ts,"
                " u.chat_id, u.timezone FROM reminders r JOIN users u ON u.id = r.user_id"
                " WHERE r.enabled = 1 AND r.next_fire_ts <= ? AND u.active = 1"
                # PostgreSQL: concurrent instances claim disjoint rows (FOR UPDATE SKIP LOCKED).
                f" ORDER BY r.next_fire_ts LIMIT ?{self._db.dialect.skip_locked('r')}",
                (now_ts, limit),
            )
            due = [_Due(*row) for row in rows]
            if not due:
                return ClaimBatch([], 0, 0, 0)
            late = {(d.user_id, d.kind) for d in due if now_ts - d.next_fire_ts > grace_s}
            inserted = await _insert_deliveries(tx, due, late, now_ts)
            await _apply_next_fire(tx, [_advance(d, now) for d in due])
        claims = [
            Claim(delivery_id, d.user_id, d.chat_id, d.kind, _local_date(d))
            for d in due
            if (delivery_id := inserted.get((d.user_id, d.kind))) is not None
            and (d.user_id, d.kind) not in late
        ]
        skipped = sum(1 for key in late if key in inserted)
        return ClaimBatch(claims, skipped, len(due) - len(inserted), len(due))

    async def due_count(self, now_ts: int) -> int:
        row = await self._db.fetchone(
            "SELECT count(*) FROM reminders r JOIN users u ON u.id = r.user_id"
            " WHERE r.enabled = 1 AND r.next_fire_ts <= ? AND u.active = 1",
            (now_ts,),
        )
        return int(row[0]) if row else 0

    # -- outcomes --------------------------------------------------------------------------

    async def mark_sent(self, delivery_id: int, message_id: int, now_ts: int) -> None:
        await self._settle(
            "status = 'sent', message_id = ?, sent_ts = ?", (message_id, now_ts, delivery_id)
        )

    async def mark_failed(self, delivery_id: int) -> None:
        await self._settle("status = 'failed'", (delivery_id,))

    async def mark_skipped(self, delivery_id: int) -> None:
        """Nothing to send that day (a rest day, or the builder had nothing)."""
        await self._settle("status = 'skipped'", (delivery_id,))

    async def _settle(self, assignments: str, params: tuple[int, ...]) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(f"UPDATE deliveries SET {assignments} WHERE id = ?", params)

    async def deactivate_user(self, user_id: int) -> None:
        """The lifter blocked the bot: stop claiming for them and close open claims."""
        async with self._db.transaction() as tx:
            await tx.execute("UPDATE users SET active = 0 WHERE id = ?", (user_id,))
            await tx.execute(
                "UPDATE deliveries SET status = 'failed' WHERE user_id = ? AND status = 'claimed'",
                (user_id,),
            )

    async def release_stale_claims(
        self, now_ts: int, older_than_s: int, *, grace_s: int = DEFAULT_GRACE_S
    ) -> list[Claim]:
        """Claims never marked sent (a crash mid-dispatch) → claimed again and returned.

        A send that reached Telegram just before the crash goes out twice: Telegram has no
        idempotency key, and a rare duplicate beats a lost prompt. Claims older than the grace
        window, of blocked users, or past `MAX_ATTEMPTS` are settled instead.
        """
        async with self._db.transaction() as tx:
            rows = await tx.fetchall(
                "SELECT d.id, d.user_id, u.chat_id, d.kind, d.local_date, d.claimed_ts,"
                " d.attempts, u.active FROM deliveries d JOIN users u ON u.id = d.user_id"
                " WHERE d.status = 'claimed' AND d.claimed_ts <= ?"
                + self._db.dialect.skip_locked("d"),
                (now_ts - older_than_s,),
            )
            verdicts = [(_stale_verdict(r, now_ts, grace_s), r["id"]) for r in rows]
            await tx.executemany(
                "UPDATE deliveries SET status = ?, claimed_ts = ?, attempts = attempts + 1"
                " WHERE id = ?",
                [(status, now_ts, delivery_id) for status, delivery_id in verdicts],
            )
        return [
            Claim(r["id"], r["user_id"], r["chat_id"], r["kind"], _iso_date(r["local_date"]))
            for r, (status, _) in zip(rows, verdicts, strict=True)
            if status == "claimed"
        ]


# -- helpers ------------------------------------------------------------------------------


async def _insert_deliveries(
    tx: StoreTransaction, due: list[_Due], late: set[tuple[int, str]], now_ts: int
) -> dict[tuple[int, str], int]:
    """Insert one row per due reminder unless its (user, kind, date) exists; returns the ids of
    the rows that are new (the unique key decides, across instances too)."""
    values = ", ".join("(?, ?, ?, ?, 1, ?)" for _ in due)
    params: list[Any] = []
    for d in due:
        status = "skipped" if (d.user_id, d.kind) in late else "claimed"
        params += [d.user_id, d.kind, _local_date(d).isoformat(), status, now_ts]
    rows = await tx.fetchall(
        "INSERT INTO deliveries (user_id, kind, local_date, status, attempts,"
        f" claimed_ts) VALUES {values} ON CONFLICT DO NOTHING RETURNING id, user_id, kind",
        params,
    )
    return {(r["user_id"], r["kind"]): r["id"] for r in rows}


async def _apply_next_fire(
    tx: StoreTransaction, updates: Iterable[tuple[int | None, int, str]]
) -> None:
    """Write (next_fire_ts, user_id, kind); None switches the reminder off."""
    await tx.executemany(
        "UPDATE reminders SET next_fire_ts = ?1,"
        " enabled = CASE WHEN CAST(?1 AS BIGINT) IS NULL THEN 0 ELSE 1 END"
        " WHERE user_id = ?2 AND kind = ?3",
        updates,
    )


def _advance(d: _Due, now: datetime) -> tuple[int | None, int, str]:
    """Next occurrence after now (missed ones are not replayed); one-shots switch off."""
    if d.kind == ONE_SHOT:
        return None, d.user_id, d.kind
    return _next_ts(d.local_time, d.days_mask, d.timezone, now), d.user_id, d.kind


def _next_ts(local_time: str, days_mask: int, timezone: str, now: datetime) -> int | None:
    if not days_mask & 127:
        return None
    return int(next_fire(parse_hhmm(local_time), days_mask, zone(timezone), now).timestamp())


def _local_date(d: _Due) -> date:
    return local_date_of(datetime.fromtimestamp(d.next_fire_ts, UTC), zone(d.timezone))


def _iso_date(text: str) -> date:
    return date.fromisoformat(text)


def _stale_verdict(row: Any, now_ts: int, grace_s: int) -> str:
    if not row["active"]:
        return "failed"
    if row["attempts"] >= MAX_ATTEMPTS:
        return "failed"
    return "skipped" if now_ts - row["claimed_ts"] > grace_s else "claimed"
