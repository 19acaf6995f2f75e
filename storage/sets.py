"""The logbook: sets logged in chat or imported, and the per-rep-count bests beside them."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Collection, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from bot.logbook import best_e1rm_of
from storage.base import Statement, Store, StoreTransaction
from storage.batches import as_batches
from storage.day_tops import DayKey, raise_day_tops, rebuild_day_tops
from storage.dialect import Dialect
from storage.set_rows import (
    IMPORT_CHUNK,
    INSERT,
    INSERT_HEAD,
    ROW_VALUES,
    WORKING,
    NewSet,
    RepBest,
    StoredSet,
    row_params,
    stored_set,
)

# Upserting a best keeps the heavier load (ties keep the earlier date).
UPSERT_BEST = (
    "INSERT INTO rep_bests (user_id, exercise, reps, weight_kg, local_date) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT(user_id, exercise, reps) DO UPDATE SET weight_kg = excluded.weight_kg,"
    " local_date = excluded.local_date WHERE excluded.weight_kg > rep_bests.weight_kg"
    " OR (excluded.weight_kg = rep_bests.weight_kg AND excluded.local_date < rep_bests.local_date)"
)
# What the summaries (rep_bests, day_tops) need of a stored set: (exercise, local_date, reps,
# weight_kg, set_type), as RETURNING gives it and as `facts` makes it of a NewSet.
Fact = tuple[str, str, int, float | None, str]


class SetRepository:
    """Typed access to `sets` and the summaries kept beside them (`rep_bests`, `day_tops`)."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def replace_message(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        sets: Sequence[NewSet],
        now: datetime,
    ) -> dict[str, dict[int, float]]:
        """Store what one message logged, replacing what an earlier version of it logged.

        Returns the bests per exercise and rep count as they stood *before* this message,
        so the caller can mark PRs; redelivered or edited messages never add rows twice.
        """
        return (await self.replace_message_and(user_id, chat_id, message_id, sets, now, []))[0]

    async def replace_message_and(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        sets: Sequence[NewSet],
        now: datetime,
        also: Sequence[Statement],
    ) -> tuple[dict[str, dict[int, float]], list[list[Any]]]:
        """`replace_message`, with the caller's own statements (`also`) run at the end of the
        same transaction and sent with its COMMIT: the bests before, and the rows of each."""
        async with self._db.transaction() as tx:
            await tx.lock(user_id)  # one writer per lifter: bests stay exact across instances
            exercises = sorted({s.exercise for s in sets})
            # The message's earlier rows and the bests, in one round trip; the bests are read
            # again only when an earlier version was removed (an edit, a redelivery).
            earlier, bests = await tx.gather(
                [_message_rows(chat_id, message_id, user_id), _bests_of(user_id, exercises)]
            )
            removed = [_key(r) for r in earlier]
            if removed:
                where, params = _message_where(chat_id, message_id, user_id)
                await tx.execute(f"DELETE FROM sets WHERE {where}", params)
                await rebuild_summaries(tx, self._db.dialect, user_id, removed)
                bests = await tx.fetchall(*_bests_of(user_id, exercises))
            before: dict[str, dict[int, float]] = {ex: {} for ex in exercises}
            for r in bests:
                before[r["exercise"]][r["reps"]] = r["weight_kg"]
            await tx.executemany(
                INSERT, [row_params(user_id, s, "chat", chat_id, message_id, now) for s in sets]
            )
            await raise_summaries(tx, user_id, facts(sets))
            rows = await tx.gather_last(also)
        return before, rows

    async def delete_message(self, user_id: int, chat_id: int, message_id: int) -> int:
        """Remove everything one message logged; returns the number of sets removed."""
        async with self._db.transaction() as tx:
            await tx.lock(user_id)
            removed = await _delete_message_rows(tx, chat_id, message_id, user_id)
            await rebuild_summaries(tx, self._db.dialect, user_id, removed)
        return len(removed)

    async def undo_last_group(self, user_id: int) -> list[StoredSet]:
        """Remove the most recently logged chat group and return what it held."""
        async with self._db.transaction() as tx:
            await tx.lock(user_id)
            last = await tx.fetchone(
                "SELECT chat_id, message_id, group_idx FROM sets"
                " WHERE user_id = ? AND source = 'chat' ORDER BY id DESC LIMIT 1",
                (user_id,),
            )
            if last is None:
                return []
            key = (last["chat_id"], last["message_id"], last["group_idx"])
            rows = await tx.fetchall(
                "SELECT * FROM sets WHERE chat_id = ? AND message_id = ? AND group_idx = ?"
                " ORDER BY set_idx",
                key,
            )
            await tx.execute(
                "DELETE FROM sets WHERE chat_id = ? AND message_id = ? AND group_idx = ?", key
            )
            await rebuild_summaries(tx, self._db.dialect, user_id, [_key(r) for r in rows])
        return [stored_set(r) for r in rows]

    async def add_imported(
        self, user_id: int, sets: Iterable[NewSet] | AsyncIterable[Sequence[NewSet]], now: datetime
    ) -> int:
        """Store imported sets (a list, or batches streamed in while this runs) in one
        transaction, all in or all out; rows already imported are skipped, and the summaries
        are raised from the rows actually inserted. Returns sets added."""
        added = 0
        async with self._db.transaction() as tx:
            await tx.lock(user_id)
            async for batch in as_batches(sets):
                rows = [row_params(user_id, s, "import", None, None, now) for s in batch]
                # Multi-row INSERT … ON CONFLICT DO NOTHING RETURNING: the returned rows are the
                # new ones, on either engine (no `total_changes()`, no per-row round trips).
                for start in range(0, len(rows), IMPORT_CHUNK):
                    chunk = rows[start : start + IMPORT_CHUNK]
                    values = ", ".join([ROW_VALUES] * len(chunk))
                    inserted = await tx.fetchall(
                        f"{INSERT_HEAD} VALUES {values} ON CONFLICT DO NOTHING"
                        " RETURNING exercise, local_date, reps, weight_kg, set_type",
                        [value for row in chunk for value in row],
                    )
                    added += len(inserted)
                    stored = [(r[0], r[1], r[2], r[3], r[4]) for r in inserted]
                    await raise_summaries(tx, user_id, stored)
        return added

    async def bests(self, user_id: int, exercise: str | None = None) -> list[RepBest]:
        """Heaviest working load per rep count (all exercises, or one)."""
        sql = "SELECT exercise, reps, weight_kg, local_date FROM rep_bests WHERE user_id = ?"
        params: tuple[Any, ...] = (user_id,)
        if exercise is not None:
            sql += " AND exercise = ?"
            params += (exercise,)
        rows = await self._db.fetchall(sql + " ORDER BY exercise, reps", params)
        return [
            RepBest(r["exercise"], r["reps"], r["weight_kg"], date.fromisoformat(r["local_date"]))
            for r in rows
        ]

    async def recent_days(
        self, user_id: int, days: int, exercise: str | None = None, before: date | None = None
    ) -> list[StoredSet]:
        """Every set of the `days` most recent training days (before `before`), newest first."""
        where = "user_id = ?" + (" AND exercise = ?" if exercise else "")
        params: list[Any] = [user_id] + ([exercise] if exercise else [])
        bound = ""
        if before is not None:
            bound = " AND local_date < ?"
            params.append(before.isoformat())
        dates = await self._db.fetchall(
            f"SELECT DISTINCT local_date FROM sets WHERE {where}{bound}"
            " ORDER BY local_date DESC LIMIT ?",
            (*params, days),
        )
        if not dates:
            return []
        oldest = dates[-1]["local_date"]
        rows = await self._db.fetchall(
            f"SELECT * FROM sets WHERE {where}{bound} AND local_date >= ?"
            " ORDER BY local_date DESC, performed_at, id",
            (*params, oldest),
        )
        return [stored_set(r) for r in rows]

    async def since(
        self, user_id: int, start: date, exercise: str | None = None
    ) -> list[StoredSet]:
        """Sets on or after `start` (a bounded window for programming and stats), oldest first."""
        where = "user_id = ? AND local_date >= ?" + (" AND exercise = ?" if exercise else "")
        params: list[Any] = [user_id, start.isoformat()] + ([exercise] if exercise else [])
        rows = await self._db.fetchall(
            f"SELECT * FROM sets WHERE {where} ORDER BY performed_at, id", params
        )
        return [stored_set(r) for r in rows]

    async def working_since(
        self, user_id: int, start: date, exercises: Collection[str] | None = None
    ) -> list[tuple[str, date, float | None, int, float | None, str]]:
        """(exercise, day, weight_kg, reps, rpe, set_type) of working sets since `start`.

        The lean read behind every programme refresh: only the columns the engine uses.
        `exercises` narrows it to those lifts (/plan on a judged programme reads only
        today's), so its cost follows the session, not how full the window is.
        """
        via, only, params = "", "", [user_id, start.isoformat()]
        if exercises is not None:
            names = sorted(exercises)
            via = self._db.dialect.using_index("sets_user_exercise_day")
            only = f" AND exercise IN ({', '.join('?' * len(names))})" if names else " AND 0 = 1"
            params.extend(names)
        rows = await self._db.fetchall(
            f"SELECT exercise, local_date, weight_kg, reps, rpe, set_type FROM sets{via}"
            f" WHERE user_id = ? AND local_date >= ? AND {WORKING}{only}"
            " ORDER BY local_date, id",
            tuple(params),
        )
        days: dict[str, date] = {}  # a few dozen days for thousands of rows: parse each once
        return [
            (r[0], days.get(r[1]) or days.setdefault(r[1], date.fromisoformat(r[1])), *r[2:])
            for r in rows
        ]

    async def last_day(self, user_id: int, exercise: str | None = None) -> date | None:
        """The most recent day with a set (of one exercise), read from the index's end."""
        where = "user_id = ?" + (" AND exercise = ?" if exercise else "")
        params: tuple[Any, ...] = (user_id, exercise) if exercise else (user_id,)
        row = await self._db.fetchone(
            f"SELECT local_date FROM sets WHERE {where} ORDER BY local_date DESC LIMIT 1",
            params,
        )
        return date.fromisoformat(row["local_date"]) if row else None

    async def has_working_since(self, user_id: int, start: date) -> bool:
        """Whether any working set was logged on or after `start` (stops at the first)."""
        row = await self._db.fetchone(
            f"SELECT 1 FROM sets WHERE user_id = ? AND local_date >= ? AND {WORKING} LIMIT 1",
            (user_id, start.isoformat()),
        )
        return row is not None

    async def week_rows(self, user_id: int, start: date) -> list[dict[str, Any]]:
        """Per (Monday-started week, exercise): hard sets, volume, best e1RM, days."""
        rows = await self._db.fetchall(
            f"WITH w AS (SELECT *, {self._db.dialect.week_start('local_date')} AS week FROM sets"
            f" WHERE user_id = ? AND local_date >= ? AND {WORKING}),"
            " days AS (SELECT week, COUNT(DISTINCT local_date) AS n FROM w GROUP BY week)"
            " SELECT w.week, exercise, reps, COUNT(*) AS hard_sets,"
            " SUM(CASE WHEN weight_kg > 0 THEN weight_kg * reps ELSE 0 END) AS volume,"
            " MAX(CASE WHEN weight_kg > 0 THEN weight_kg END) AS top, days.n AS days"
            " FROM w JOIN days ON days.week = w.week GROUP BY w.week, exercise, reps, days.n"
            " ORDER BY w.week, exercise",
            (user_id, start.isoformat()),
        )
        weeks: dict[tuple[str, str], dict[str, Any]] = {}  # SQL's rows per rep count, folded
        for r in rows:
            week = weeks.setdefault((r["week"], r["exercise"]), {"hard_sets": 0, "volume": 0.0})
            week.update(week=r["week"], exercise=r["exercise"], days=r["days"])
            week["hard_sets"] += r["hard_sets"]
            week["volume"] += r["volume"] or 0.0
            week.setdefault("tops", {})[r["reps"]] = r["top"]  # None when no load: epley skips it
        for week in weeks.values():
            week["e1rm"] = best_e1rm_of(week.pop("tops", {}))
        return list(weeks.values())

    async def iter_all(self, user_id: int, batch: int = 2000) -> AsyncIterator[list[StoredSet]]:
        """Every set of a user in batches, oldest first (export without loading all at once)."""
        last_id = 0
        while True:
            rows = await self._db.fetchall(
                "SELECT * FROM sets WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?",
                (user_id, last_id, batch),
            )
            if not rows:
                return
            last_id = rows[-1]["id"]
            yield [stored_set(r) for r in rows]

    async def count(self, user_id: int) -> int:
        row = await self._db.fetchone("SELECT COUNT(*) FROM sets WHERE user_id = ?", (user_id,))
        return int(row[0]) if row else 0

    async def count_created_since(self, since: datetime) -> int:
        row = await self._db.fetchone(
            "SELECT COUNT(*) FROM sets WHERE created_at >= ?", (since.isoformat(),)
        )
        return int(row[0]) if row else 0


def _message_where(chat_id: int, message_id: int, user_id: int | None) -> Statement:
    where = "chat_id = ? AND message_id = ?" + (" AND user_id = ?" if user_id is not None else "")
    return where, (chat_id, message_id) + ((user_id,) if user_id is not None else ())


def _message_rows(chat_id: int, message_id: int, user_id: int | None) -> Statement:
    """(exercise, local_date, reps) of one message's sets (only `user_id`'s, when given)."""
    where, params = _message_where(chat_id, message_id, user_id)
    return f"SELECT exercise, local_date, reps FROM sets WHERE {where}", params


def _key(row: Any) -> DayKey:
    """The summaries' key of a stored set's row: (exercise, local_date, reps)."""
    return (row["exercise"], row["local_date"], row["reps"])


async def _delete_message_rows(
    tx: StoreTransaction, chat_id: int, message_id: int, user_id: int | None = None
) -> list[DayKey]:
    """Delete one message's sets (only `user_id`'s, when given); the key of each."""
    rows = await tx.fetchall(*_message_rows(chat_id, message_id, user_id))
    if rows:
        where, params = _message_where(chat_id, message_id, user_id)
        await tx.execute(f"DELETE FROM sets WHERE {where}", params)
    return [_key(r) for r in rows]


def _bests_of(user_id: int, exercises: Sequence[str]) -> Statement:
    """(exercise, reps, weight_kg) of the bests of these exercises."""
    marks = ", ".join("?" * len(exercises)) or "NULL"
    return (
        "SELECT exercise, reps, weight_kg FROM rep_bests"
        f" WHERE user_id = ? AND exercise IN ({marks})",
        (user_id, *exercises),
    )


def facts(sets: Iterable[NewSet]) -> list[Fact]:
    """What the summaries need of sets about to be stored."""
    return [(s.exercise, s.local_date.isoformat(), s.reps, s.weight_kg, s.set_type) for s in sets]


async def raise_summaries(tx: StoreTransaction, user_id: int, stored: Iterable[Fact]) -> None:
    """Raise the bests and day tops by newly stored sets (in the transaction that stored them)."""
    best: dict[tuple[str, int], tuple[float, str]] = {}
    tops: list[tuple[DayKey, float]] = []
    for exercise, day, reps, weight, set_type in stored:
        if set_type == "warmup" or weight is None or weight <= 0:
            continue
        tops.append(((exercise, day, reps), weight))
        held = best.get((exercise, reps))
        # The heavier load wins; ties keep the earlier date (as rebuild_bests orders them).
        if held is None or weight > held[0] or (weight == held[0] and day < held[1]):
            best[(exercise, reps)] = (weight, day)
    await tx.executemany(
        UPSERT_BEST, [(user_id, ex, reps, w, day) for (ex, reps), (w, day) in best.items()]
    )
    await raise_day_tops(tx, user_id, tops)


async def rebuild_summaries(
    tx: StoreTransaction, dialect: Dialect, user_id: int, changed: Iterable[DayKey]
) -> None:
    """Recompute the bests and day tops that removed or edited sets may have changed: every
    write that takes sets away or alters them goes through here, in its own transaction."""
    keys = set(changed)
    await rebuild_bests(tx, user_id, {(exercise, reps) for exercise, _, reps in keys})
    await rebuild_day_tops(tx, dialect, user_id, keys)


async def rebuild_bests(
    tx: StoreTransaction, user_id: int, changed: Iterable[tuple[str, int]]
) -> None:
    """Recompute the bests a removal or an edit may have changed: one (exercise, rep count)
    at a time, each an index lookup (sets_user_exercise_reps), so it costs the same at any
    history length."""
    for exercise, reps in set(changed):
        key = (user_id, exercise, reps)
        await tx.execute(
            "DELETE FROM rep_bests WHERE user_id = ? AND exercise = ? AND reps = ?", key
        )
        await tx.execute(
            "INSERT INTO rep_bests (user_id, exercise, reps, weight_kg, local_date)"
            # The heaviest row of that rep count; ties keep the earliest date (as raise_summaries).
            " SELECT user_id, exercise, reps, weight_kg, local_date FROM sets"
            f" WHERE user_id = ? AND exercise = ? AND reps = ? AND {WORKING} AND weight_kg > 0"
            " ORDER BY weight_kg DESC, local_date, id LIMIT 1",
            key,
        )
