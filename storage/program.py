"""Programming state (one JSON document per lifter), adjustment events and body weight."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.programming import CheckIn
from storage.base import Statement, Store


@dataclass(frozen=True)
class StoredEvent:
    id: int
    created_at: datetime
    exercise: str | None
    rule: str
    action: str
    details: dict[str, Any]
    message: str


@dataclass(frozen=True)
class NewEvent:
    exercise: str | None
    rule: str
    action: str
    details: dict[str, Any]
    message: str


class ProgramRepository:
    """Typed access to `program_state`, `program_events` and `bodyweight`."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def state(self, user_id: int) -> dict[str, Any] | None:
        return self.state_of(await self._db.fetchall(*self.state_statement(user_id)))

    @staticmethod
    def state_statement(user_id: int) -> Statement:
        """`state` as a statement for `Store.gather`; `state_of` reads its rows."""
        return "SELECT state_json FROM program_state WHERE user_id = ?", (user_id,)

    @staticmethod
    def state_of(rows: list[Any]) -> dict[str, Any] | None:
        return json.loads(rows[0]["state_json"]) if rows else None

    async def save(
        self, user_id: int, state: dict[str, Any], events: Sequence[NewEvent], now: datetime
    ) -> None:
        """Store the new state and the events that produced it together (one transaction)."""
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO program_state (user_id, state_json, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(user_id) DO UPDATE SET state_json = excluded.state_json,"
                " updated_at = excluded.updated_at",
                (user_id, json.dumps(state, sort_keys=True), now.isoformat()),
            )
            await tx.executemany(
                "INSERT INTO program_events (user_id, created_at, exercise, rule, action,"
                " details_json, message) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (user_id, now.isoformat(), e.exercise, e.rule, e.action,
                     json.dumps(e.details, sort_keys=True), e.message)
                    for e in events
                ],
            )  # fmt: skip

    async def sets_after(self, user_id: int, mark: int) -> tuple[int, date | None]:
        """(newest set id, earliest day among the working sets added after `mark`).

        Lets the programme see history that arrived late (an import, an edit, a back-dated
        log) without reading the whole log: only rows newer than the mark are touched.
        """
        row = await self._db.fetchone(
            "SELECT MAX(id) AS newest, MIN(CASE WHEN set_type != 'warmup' THEN local_date END)"
            " AS earliest FROM sets WHERE id > ? AND user_id = ?",
            (mark, user_id),
        )
        if row is None or row["newest"] is None:
            return mark, None
        earliest = row["earliest"]
        return int(row["newest"]), date.fromisoformat(earliest) if earliest else None

    def arrivals_statement(self, user_id: int) -> Statement:
        """`sets_after` from the stored state's own `log_mark`, for `Store.gather` beside
        `state_statement` (the read after a log: one round trip, not two). `arrivals_of`
        reads its row: (the mark it used, newest set id, earliest working day)."""
        mark = f"COALESCE((SELECT {self._db.dialect.json_int('state_json', 'log_mark')}"
        mark += " FROM program_state WHERE user_id = ?), 0)"
        return (
            f"SELECT {mark} AS mark, MAX(id) AS newest,"
            " MIN(CASE WHEN set_type != 'warmup' THEN local_date END) AS earliest"
            f" FROM sets WHERE user_id = ? AND id > {mark}",
            (user_id, user_id, user_id),
        )

    @staticmethod
    def arrivals_of(rows: list[Any]) -> tuple[int, int | None, date | None]:
        row = rows[0]
        earliest = row["earliest"]
        newest = None if row["newest"] is None else int(row["newest"])
        return int(row["mark"]), newest, date.fromisoformat(earliest) if earliest else None

    async def reset(self, user_id: int) -> None:
        """Forget the programme (a goal or level change starts a fresh block)."""
        async with self._db.transaction() as tx:
            await tx.execute("DELETE FROM program_state WHERE user_id = ?", (user_id,))

    async def events(self, user_id: int, limit: int = 5) -> list[StoredEvent]:
        rows = await self._db.fetchall(
            "SELECT * FROM program_events WHERE user_id = ? ORDER BY id DESC LIMIT ?",
            (user_id, limit),
        )
        return [
            StoredEvent(
                id=r["id"],
                created_at=datetime.fromisoformat(r["created_at"]),
                exercise=r["exercise"],
                rule=r["rule"],
                action=r["action"],
                details=json.loads(r["details_json"]),
                message=r["message"],
            )
            for r in rows
        ]

    async def set_bodyweight(self, user_id: int, day: date, weight_kg: float) -> None:
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO bodyweight (user_id, local_date, weight_kg) VALUES (?, ?, ?)"
                " ON CONFLICT(user_id, local_date) DO UPDATE SET weight_kg = excluded.weight_kg",
                (user_id, day.isoformat(), weight_kg),
            )

    async def bodyweights(self, user_id: int, start: date) -> list[tuple[date, float]]:
        rows = await self._db.fetchall(
            "SELECT local_date, weight_kg FROM bodyweight WHERE user_id = ? AND local_date >= ?"
            " ORDER BY local_date",
            (user_id, start.isoformat()),
        )
        return [(date.fromisoformat(r["local_date"]), r["weight_kg"]) for r in rows]

    async def set_checkin(self, user_id: int, checkin: CheckIn) -> None:
        """One check-in per day; answering again replaces it."""
        row = (
            user_id, checkin.day.isoformat(), ",".join(sorted(checkin.sore_muscles)),
            int(checkin.poor_sleep), int(checkin.joint_pain), int(checkin.soreness_over_72h),
            int(checkin.low_motivation),
        )  # fmt: skip
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO checkins (user_id, local_date, sore_muscles, poor_sleep, joint_pain,"
                " soreness_over_72h, low_motivation) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (user_id, local_date) DO UPDATE SET"
                " sore_muscles = excluded.sore_muscles, poor_sleep = excluded.poor_sleep,"
                " joint_pain = excluded.joint_pain,"
                " soreness_over_72h = excluded.soreness_over_72h,"
                " low_motivation = excluded.low_motivation",
                row,
            )

    async def checkins(self, user_id: int, start: date) -> list[CheckIn]:
        rows = await self._db.fetchall(
            "SELECT * FROM checkins WHERE user_id = ? AND local_date >= ? ORDER BY local_date",
            (user_id, start.isoformat()),
        )
        return [
            CheckIn(
                day=date.fromisoformat(r["local_date"]),
                sore_muscles=frozenset(m for m in r["sore_muscles"].split(",") if m),
                poor_sleep=bool(r["poor_sleep"]),
                joint_pain=bool(r["joint_pain"]),
                soreness_over_72h=bool(r["soreness_over_72h"]),
                low_motivation=bool(r["low_motivation"]),
            )
            for r in rows
        ]
