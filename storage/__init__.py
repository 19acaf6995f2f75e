"""Persistence: SQLite (`storage.db`) or PostgreSQL (`storage.pg`) behind one interface."""

from __future__ import annotations

from typing import Protocol

from storage.base import Store

SCHEDULER_SLOT = 2  # advisory-lock slot of the reminder scheduler (1 is migrations)


async def open_database(url: str) -> Store:
    """The one factory: `sqlite:///file.db` → `Database`, `postgresql://…` → `PgDatabase`.

    Either way the schema is migrated before this returns."""
    if url.startswith(("postgresql://", "postgres://")):
        from storage.pg import PgDatabase

        return await PgDatabase.open(url)
    from storage.db import Database

    return await Database.open(url)


class Leadership(Protocol):
    """Whether this instance may run leader-only duties now (see `storage.pg.PgLeadership`)."""

    async def try_acquire(self) -> bool: ...

    async def release(self) -> None: ...


class SoleInstance:
    """SQLite: one process owns the file, so it always leads."""

    async def try_acquire(self) -> bool:
        return True

    async def release(self) -> None:
        return None


def leadership(db: Store, slot: int = SCHEDULER_SLOT) -> Leadership:
    """A leader election for `db`: an advisory lock on PostgreSQL, trivially true on SQLite."""
    from storage.pg import PgDatabase, PgLeadership

    if isinstance(db, PgDatabase):
        return PgLeadership(db, slot)
    return SoleInstance()
