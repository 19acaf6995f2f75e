"""Per-day tops: each lifter's heaviest working load per (exercise, day, rep count).

/stats' e1RM trend and /chart read these few rows per training day instead of the sets behind
them, so their cost does not grow with years of history. Every write to `sets` keeps them exact
inside its own transaction: added sets raise a top, removed or edited ones rebuild theirs from
the day's sets (an index lookup of one lift's day, the same at any history length).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta

from bot.logbook import best_e1rm_of
from storage.base import Store, StoreTransaction
from storage.dialect import Dialect
from storage.set_rows import WORKING, DayBest

DayKey = tuple[str, str, int]  # (exercise, local_date 'YYYY-MM-DD', reps)
# Raising a top keeps the heavier load: a redelivered set raises nothing.
RAISE = (
    "INSERT INTO day_tops (user_id, exercise, local_date, reps, weight_kg) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT(user_id, exercise, local_date, reps) DO UPDATE SET weight_kg = excluded.weight_kg"
    " WHERE excluded.weight_kg > day_tops.weight_kg"
)


async def raise_day_tops(
    tx: StoreTransaction, user_id: int, tops: Iterable[tuple[DayKey, float]]
) -> None:
    """Raise the tops of newly stored working sets with a load ((key, load) pairs)."""
    heaviest: dict[DayKey, float] = {}
    for key, load in tops:
        if load > heaviest.get(key, 0.0):
            heaviest[key] = load
    await tx.executemany(
        RAISE, [(user_id, ex, day, reps, load) for (ex, day, reps), load in heaviest.items()]
    )


async def rebuild_day_tops(
    tx: StoreTransaction, dialect: Dialect, user_id: int, keys: Iterable[DayKey]
) -> None:
    """Recompute the tops a removal or an edit may have changed, from that day's sets: read
    through the (lifter, lift, day) index, which SQLite would otherwise pass over for the
    (lifter, lift, reps, load) one and walk every set of that rep count in the history."""
    via = dialect.using_index("sets_user_exercise_day")
    for exercise, day, reps in set(keys):
        key = (user_id, exercise, day, reps)
        await tx.execute(
            "DELETE FROM day_tops WHERE user_id = ? AND exercise = ? AND local_date = ?"
            " AND reps = ?",
            key,
        )
        await tx.execute(
            "INSERT INTO day_tops (user_id, exercise, local_date, reps, weight_kg)"
            f" SELECT user_id, exercise, local_date, reps, MAX(weight_kg) FROM sets{via}"
            " WHERE user_id = ? AND exercise = ? AND local_date = ? AND reps = ?"
            f" AND {WORKING} AND weight_kg > 0 GROUP BY user_id, exercise, local_date, reps",
            key,
        )


class DayTopRepository:
    """Reads of `day_tops` (the writes ride in the sets' own transactions, above)."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def week_tops(
        self, user_id: int, exercises: Collection[str], start: date, end: date
    ) -> dict[tuple[str, date], dict[int, float]]:
        """(exercise, Monday) → reps → heaviest load over the week's days in [start, end)."""
        names = sorted(exercises)
        if not names:
            return {}
        rows = await self._db.fetchall(
            "SELECT exercise, local_date, reps, weight_kg FROM day_tops"
            f" WHERE user_id = ? AND exercise IN ({', '.join('?' * len(names))})"
            " AND local_date >= ? AND local_date < ?",
            (user_id, *names, start.isoformat(), end.isoformat()),
        )
        mondays: dict[str, date] = {}  # a few dozen days: each parsed once
        out: dict[tuple[str, date], dict[int, float]] = {}
        for exercise, day, reps, load in rows:
            if (monday := mondays.get(day)) is None:
                parsed = date.fromisoformat(day)
                monday = mondays[day] = parsed - timedelta(days=parsed.weekday())
            loads = out.setdefault((exercise, monday), {})
            if load > loads.get(reps, 0.0):
                loads[reps] = load
        return out

    async def day_bests(self, user_id: int, exercise: str, start: date) -> list[DayBest]:
        """Per-day top load and best e1RM of one exercise since `start`, for /chart."""
        rows = await self._db.fetchall(
            "SELECT local_date, reps, weight_kg FROM day_tops"
            " WHERE user_id = ? AND exercise = ? AND local_date >= ? ORDER BY local_date",
            (user_id, exercise, start.isoformat()),
        )
        days: dict[str, dict[int, float]] = {}  # each day's heaviest load per rep count
        for day, reps, load in rows:
            days.setdefault(day, {})[reps] = load
        return [
            DayBest(date.fromisoformat(d), max(t.values()), best_e1rm_of(t))
            for d, t in days.items()
        ]
