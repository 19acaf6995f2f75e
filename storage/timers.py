"""Rest timers: one row per lifter; the row is the truth and a due timer is claimed once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.base import Statement, Store


@dataclass(frozen=True)
class RestTimer:
    user_id: int
    chat_id: int
    seconds: int
    due_ts: int


def _timer(row: Any) -> RestTimer:
    return RestTimer(row["user_id"], row["chat_id"], row["seconds"], row["due_ts"])


class TimerRepository:
    """Typed access to `rest_timers`."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def start(self, user_id: int, chat_id: int, seconds: int, now_ts: int) -> RestTimer:
        """Start (or restart) the lifter's timer; the one running before is replaced."""
        due = now_ts + seconds
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO rest_timers (user_id, chat_id, seconds, due_ts, status, started_ts)"
                " VALUES (?, ?, ?, ?, 'running', ?) ON CONFLICT(user_id) DO UPDATE SET"
                " chat_id = excluded.chat_id, seconds = excluded.seconds,"
                " due_ts = excluded.due_ts, status = 'running', started_ts = excluded.started_ts",
                (user_id, chat_id, seconds, due, now_ts),
            )
        return RestTimer(user_id, chat_id, seconds, due)

    async def cancel(self, user_id: int) -> bool:
        """Stop the running timer; False when none was running."""
        return bool(await self._db.write(*self.cancel_statement(user_id)))

    @staticmethod
    def cancel_statement(user_id: int) -> Statement:
        """`cancel` as a statement for `Store.gather` (a row back: a timer was running)."""
        return (
            "UPDATE rest_timers SET status = 'cancelled'"
            " WHERE user_id = ? AND status = 'running' RETURNING user_id",
            (user_id,),
        )

    async def running(self, user_id: int) -> RestTimer | None:
        row = await self._db.fetchone(
            "SELECT * FROM rest_timers WHERE user_id = ? AND status = 'running'", (user_id,)
        )
        return _timer(row) if row else None

    async def claim_due(self, now_ts: int, grace_s: int, limit: int = 100) -> list[RestTimer]:
        """Mark due timers fired and return them, each exactly once whoever asks; timers
        more than `grace_s` overdue (the bot was down) expire quietly instead."""
        due = await self.next_due()
        if due is None or due > now_ts:
            return []  # the every-second tick stays a cheap indexed read until one is due
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE rest_timers SET status = 'expired' WHERE status = 'running' AND due_ts < ?",
                (now_ts - grace_s,),
            )
            rows = await tx.fetchall(
                # The outer status test is re-checked on a row another claim just took
                # (PostgreSQL), so each timer is returned to exactly one caller.
                "UPDATE rest_timers SET status = 'fired' WHERE status = 'running' AND user_id IN"
                " (SELECT user_id FROM rest_timers WHERE status = 'running' AND due_ts <= ?"
                " LIMIT ?) RETURNING *",
                (now_ts, limit),
            )
        return sorted((_timer(r) for r in rows), key=lambda t: t.due_ts)

    async def next_due(self) -> int | None:
        """When the earliest running timer is due (for arming the clock after a restart)."""
        row = await self._db.fetchone(
            "SELECT MIN(due_ts) AS due FROM rest_timers WHERE status = 'running'"
        )
        return row["due"] if row and row["due"] is not None else None
