"""What repositories need from a database, whichever engine is behind it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from storage.dialect import Dialect

Params = Sequence[Any] | dict[str, Any]
Statement = tuple[str, Params]  # one SQL statement and its parameters


HEARTBEAT = (
    "INSERT INTO heartbeat (id, beat_ts) VALUES (1, ?)"
    " ON CONFLICT (id) DO UPDATE SET beat_ts = excluded.beat_ts"
)


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer Spotter; refuse rather than corrupt it."""


class StoreUnhealthy(RuntimeError):
    """`ping()` found the database unable to keep what it is given (gone, full, read-only)."""


class StoreTransaction(Protocol):
    """Statements inside one write transaction (`?` placeholders; rows by name or position)."""

    async def execute(self, sql: str, params: Params = ()) -> Any: ...

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None: ...

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]: ...

    async def fetchone(self, sql: str, params: Params = ()) -> Any | None: ...

    async def gather(self, statements: Sequence[Statement]) -> list[list[Any]]:
        """Several reads in one round trip where the engine allows it; the rows of each."""

    async def gather_last(self, statements: Sequence[Statement]) -> list[list[Any]]:
        """The transaction's last statements, sent with its COMMIT where the engine allows it
        (one trip for the tail of a write); nothing may be run in it afterwards."""

    async def lock(self, key: int) -> None:
        """Serialize with every other transaction locking `key` until this one ends."""


class Store(Protocol):
    """`storage.db.Database` (SQLite) or `storage.pg.PgDatabase` (PostgreSQL)."""

    @property
    def dialect(self) -> Dialect: ...

    @property
    def url(self) -> str: ...

    async def close(self) -> None: ...

    async def schema_version(self) -> int: ...

    async def migrate(self) -> list[int]: ...

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]: ...

    async def fetchone(self, sql: str, params: Params = ()) -> Any | None: ...

    def transaction(self) -> AbstractAsyncContextManager[StoreTransaction]: ...

    async def gather(self, statements: Sequence[Statement]) -> list[list[Any]]:
        """Independent statements, each committed on its own, in one round trip where the
        engine allows it (SQLite: one hop to its thread); the rows of each, in order.

        For the hot path of every update: its admission and its sender's row together."""

    async def write(self, sql: str, params: Params = ()) -> list[Any]:
        """One statement committed on its own, in one round trip; its RETURNING rows.

        For the writes on every update's path (marks, counters, a cancelled timer), where a
        BEGIN … COMMIT would triple the trips to the database."""

    async def backup(self, target: str) -> None: ...

    async def ping(self, now_ts: int) -> None:
        """A real write round trip; raises StoreUnhealthy (or the driver's error) if it fails."""
