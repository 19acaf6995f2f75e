"""Users and their settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from storage.base import Statement, Store

Goal = Literal["strength", "hypertrophy", "both"]
Experience = Literal["novice", "intermediate", "advanced"]
SETTABLE = frozenset(
    {"unit", "timezone", "goal", "experience", "training_days", "equipment", "pending", "active"}
)


@dataclass(frozen=True)
class User:
    id: int
    chat_id: int
    first_name: str
    unit: Literal["kg", "lb"]
    timezone: str
    goal: Goal
    experience: Experience
    training_days: int
    equipment: str
    pending: str | None
    active: bool


class UserRepository:
    """Typed access to the `users` table."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def ensure(
        self,
        user_id: int,
        chat_id: int,
        first_name: str,
        now: datetime,
        *,
        private: bool = True,
        prefetched: tuple[User | None] | None = None,
    ) -> User:
        """Create the user on first contact (defaults of SPEC.md), refresh chat and name.

        Prompts and broadcasts go to the stored chat, so only a private chat may set it: a
        group's id never replaces it (a user first seen in a group gets their own id, which
        is their private chat's id in Telegram). `prefetched` is the row as this update
        read it already (see bot/services/updates.py), saving the lookup."""
        known = await self.get(user_id) if prefetched is None else prefetched[0]
        if not private:
            chat_id = known.chat_id if known else user_id
        if known and (known.chat_id, known.first_name, known.active) == (chat_id, first_name, True):
            return known  # the common case: no write on the per-message path
        stamp = now.isoformat()
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO users (id, chat_id, first_name, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET chat_id = excluded.chat_id,"
                " first_name = excluded.first_name, active = 1, updated_at = excluded.updated_at",
                (user_id, chat_id, first_name[:64], stamp, stamp),
            )
        user = await self.get(user_id)
        assert user is not None
        return user

    async def get(self, user_id: int) -> User | None:
        return self.from_rows(await self._db.fetchall(*self.get_statement(user_id)))

    @staticmethod
    def get_statement(user_id: int) -> Statement:
        """`get` as a statement, for `Store.gather` (`from_rows` reads its rows)."""
        return "SELECT * FROM users WHERE id = ?", (user_id,)

    @staticmethod
    def from_rows(rows: list[Any]) -> User | None:
        if not rows:
            return None
        row = rows[0]
        return User(
            id=row["id"],
            chat_id=row["chat_id"],
            first_name=row["first_name"],
            unit=row["unit"],
            timezone=row["timezone"],
            goal=row["goal"],
            experience=row["experience"],
            training_days=row["training_days"],
            equipment=row["equipment"],
            pending=row["pending"],
            active=bool(row["active"]),
        )

    async def update(self, user_id: int, now: datetime, **fields: object) -> None:
        """Change settings; only the named columns of SETTABLE can be written."""
        unknown = set(fields) - SETTABLE
        if unknown:
            raise ValueError(f"not a user setting: {', '.join(sorted(unknown))}")
        if not fields:
            return
        columns = ", ".join(f"{name} = ?" for name in fields)
        async with self._db.transaction() as tx:
            await tx.execute(
                f"UPDATE users SET {columns}, updated_at = ? WHERE id = ?",
                (*fields.values(), now.isoformat(), user_id),
            )

    async def delete(self, user_id: int) -> None:
        """Remove the user and, through ON DELETE CASCADE, everything about them."""
        async with self._db.transaction() as tx:
            await tx.execute("DELETE FROM users WHERE id = ?", (user_id,))

    async def counts(self, since: datetime) -> tuple[int, int]:
        """(all users, users active since `since`) for the admin overview."""
        row = await self._db.fetchone(
            "SELECT COUNT(*) AS n,"
            " (SELECT COUNT(DISTINCT user_id) FROM sets WHERE created_at >= ?) AS active"
            " FROM users",
            (since.isoformat(),),
        )
        return (int(row["n"]), int(row["active"])) if row else (0, 0)

    async def active_chats(self, after_id: int = 0, limit: int = 500) -> list[tuple[int, int]]:
        """(user id, chat id) of users who haven't blocked the bot, by id, one page at a time."""
        rows = await self._db.fetchall(
            "SELECT id, chat_id FROM users WHERE active = 1 AND id > ? ORDER BY id LIMIT ?",
            (after_id, limit),
        )
        return [(r["id"], r["chat_id"]) for r in rows]
