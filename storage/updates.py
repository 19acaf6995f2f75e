"""Which Telegram updates were already handled (at-least-once delivery made exactly-once),
and how often each was started (so a poison update is set aside, not retried forever)."""

from __future__ import annotations

from typing import Any

from storage.base import Statement, Store


class UpdateLog:
    """Typed access to `processed_updates` and `update_attempts`."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def seen(self, update_id: int) -> bool:
        row = await self._db.fetchone(
            "SELECT 1 FROM processed_updates WHERE update_id = ?", (update_id,)
        )
        return row is not None

    async def begin(self, update_id: int, now_ts: int) -> int:
        """Count one more start of this update (committed before handling); the new count.

        A process killed while handling never marks the update, so Telegram redelivers it and
        the count grows: the caller sets it aside once it passes its limit."""
        return self.started(await self._db.write(*self.begin_statement(update_id, now_ts)))[1]

    @staticmethod
    def begin_statement(update_id: int, now_ts: int) -> Statement:
        """`begin`, and whether the update was handled already, as one statement (so the
        admission of an update is one round trip; `Store.gather` can add the sender's row)."""
        return (
            "INSERT INTO update_attempts (update_id, attempts, started_ts) VALUES (?, 1, ?)"
            " ON CONFLICT (update_id) DO UPDATE"
            " SET attempts = update_attempts.attempts + 1, started_ts = excluded.started_ts"
            " RETURNING attempts,"
            " (SELECT COUNT(*) FROM processed_updates WHERE update_id = ?) AS handled",
            (update_id, now_ts, update_id),
        )

    @staticmethod
    def started(rows: list[Any]) -> tuple[bool, int]:
        """(handled already, starts counted) from the rows of `begin_statement`."""
        if not rows:
            return False, 1
        return bool(rows[0]["handled"]), int(rows[0]["attempts"])

    async def mark(self, update_id: int, now_ts: int) -> None:
        """Handled: a redelivery is skipped from now on (its attempt count is pruned later)."""
        await self._db.write(*self.mark_statement(update_id, now_ts))

    @staticmethod
    def mark_statement(update_id: int, now_ts: int) -> Statement:
        """`mark` as a statement, for `Store.gather` to carry with others."""
        return (
            "INSERT INTO processed_updates (update_id, processed_ts) VALUES (?, ?)"
            " ON CONFLICT (update_id) DO NOTHING",
            (update_id, now_ts),
        )

    async def prune(self, before_ts: int) -> None:
        """Forget ids older than Telegram's redelivery window (it keeps updates for 24 h)."""
        async with self._db.transaction() as tx:
            await tx.execute("DELETE FROM processed_updates WHERE processed_ts < ?", (before_ts,))
            await tx.execute("DELETE FROM update_attempts WHERE started_ts < ?", (before_ts,))
