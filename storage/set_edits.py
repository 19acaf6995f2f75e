"""Editing one stored set by id, for its owner only (the Mini App's edit and delete).

Every statement names the owner next to the id, so another lifter's set id finds nothing.
Bests and day tops are rebuilt for what the change touched, through the same
`rebuild_summaries` an edited chat message goes through.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.base import Store
from storage.set_rows import StoredSet, stored_set
from storage.sets import rebuild_summaries


@dataclass(frozen=True)
class SetChange:
    """New values for one set; loads in kg (None = no load)."""

    weight_kg: float | None
    reps: int
    rpe: float | None


class SetEdits:
    """Owner-scoped reads and writes of single sets."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def get(self, user_id: int, set_id: int) -> StoredSet | None:
        row = await self._db.fetchone(
            "SELECT * FROM sets WHERE id = ? AND user_id = ?", (set_id, user_id)
        )
        return stored_set(row) if row is not None else None

    async def update(self, user_id: int, set_id: int, change: SetChange) -> StoredSet | None:
        """Change load, reps and RPE; None when the set is not this lifter's."""
        async with self._db.transaction() as tx:
            await tx.lock(user_id)
            row = await tx.fetchone(
                "SELECT exercise, local_date, reps FROM sets WHERE id = ? AND user_id = ?",
                (set_id, user_id),
            )
            if row is None:
                return None
            await tx.execute(
                "UPDATE sets SET weight_kg = ?, reps = ?, rpe = ? WHERE id = ? AND user_id = ?",
                (change.weight_kg, change.reps, change.rpe, set_id, user_id),
            )
            exercise, day = row["exercise"], row["local_date"]
            changed = [(exercise, day, row["reps"]), (exercise, day, change.reps)]
            await rebuild_summaries(tx, self._db.dialect, user_id, changed)
        return await self.get(user_id, set_id)

    async def delete(self, user_id: int, set_id: int) -> StoredSet | None:
        """Remove one set; returns what it held, None when it is not this lifter's."""
        async with self._db.transaction() as tx:
            await tx.lock(user_id)
            row = await tx.fetchone(
                "SELECT * FROM sets WHERE id = ? AND user_id = ?", (set_id, user_id)
            )
            if row is None:
                return None
            await tx.execute("DELETE FROM sets WHERE id = ? AND user_id = ?", (set_id, user_id))
            removed = [(row["exercise"], row["local_date"], row["reps"])]
            await rebuild_summaries(tx, self._db.dialect, user_id, removed)
        return stored_set(row)

    async def exercises(self, user_id: int) -> list[str]:
        """Every exercise with a loaded working set (the chart picker), read from the small
        bests table rather than the whole log: the lifts with most rep-count bests first."""
        rows = await self._db.fetchall(
            "SELECT exercise, COUNT(*) AS n FROM rep_bests WHERE user_id = ?"
            " GROUP BY exercise ORDER BY n DESC, exercise",
            (user_id,),
        )
        return [r["exercise"] for r in rows]
