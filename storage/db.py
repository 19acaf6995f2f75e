"""The SQLite connection: WAL, foreign keys, serialized short write transactions, migrations."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import shutil
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import aiosqlite

from storage.base import HEARTBEAT, DatabaseTooNew, Params, Statement, StoreUnhealthy
from storage.dialect import SQLITE, Dialect
from storage.sqlite_run import BUSY_TIMEOUT_MS, Queued, connect, run_all

__all__ = ["Database", "DatabaseTooNew", "Params", "Transaction", "migrations", "sqlite_path"]

log = logging.getLogger(__name__)

# Below this much free space the health check fails, before SQLite starts refusing writes.
MIN_FREE_BYTES = 64 * 1024 * 1024
MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def sqlite_path(url: str) -> str:
    """`sqlite:///spotter.db` → `spotter.db`; `sqlite:///:memory:` → `:memory:`."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite://"):
        return url[len("sqlite://") :] or ":memory:"
    raise ValueError("not a sqlite URL")


def migrations(package: str = "storage.migrations") -> list[tuple[int, str, str]]:
    """(number, name, sql) of every bundled migration, in order (SQLite's by default)."""
    found = []
    for entry in resources.files(package).iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found)


def disk_free(path: Path) -> int:
    """Free bytes on the file system holding `path` (a seam for the full-disk test)."""
    return shutil.disk_usage(path).free


class _Reads:
    """Queries in one round trip to aiosqlite's worker thread (execute + fetch together)."""

    _conn: aiosqlite.Connection

    async def fetchall(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        return list(await self._conn.execute_fetchall(sql, params))

    async def fetchone(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        rows = await self._conn.execute_fetchall(sql, params)
        return next(iter(rows), None)


class Database(_Reads):
    """One aiosqlite connection; writes go one at a time through `transaction()`."""

    dialect: Dialect = SQLITE

    def __init__(self, conn: aiosqlite.Connection, url: str = "sqlite://") -> None:
        self._conn = conn
        self._write_lock = asyncio.Lock()
        self.url = url

    @classmethod
    async def open(cls, url: str) -> Database:
        path = sqlite_path(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = await connect(path)
        conn.row_factory = aiosqlite.Row
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=NORMAL",
            "PRAGMA foreign_keys=ON",
            "PRAGMA wal_autocheckpoint=0",  # checkpoints run on the worker (sqlite_run.py)
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            await conn.execute(pragma)
        db = cls(conn, url)
        try:
            await db.migrate()
        except BaseException:
            await conn.close()  # a refused or failed migration must not leak the worker thread
            raise
        return db

    async def close(self) -> None:
        await self._conn.close()

    async def schema_version(self) -> int:
        row = await self.fetchone("PRAGMA user_version")
        return int(row[0]) if row else 0

    async def migrate(self) -> list[int]:
        """Apply every migration newer than `user_version`, each in its own transaction."""
        current = await self.schema_version()
        bundled = migrations()
        newest = bundled[-1][0] if bundled else 0
        if current > newest:
            raise DatabaseTooNew(f"database schema {current} is newer than this Spotter ({newest})")
        applied = []
        for number, name, sql in bundled:
            if number <= current:
                continue
            async with self._write_lock:
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(sql):
                        await self._conn.execute(statement)
                    await self._conn.execute(f"PRAGMA user_version = {number}")
                    await self._conn.execute("COMMIT")
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise
            log.info("applied migration %s", name)
            applied.append(number)
        return applied

    async def write(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        """One statement in autocommit mode (isolation_level=None): SQLite commits it alone."""
        async with self._write_lock:  # never inside another coroutine's open transaction
            return (await run_all(self._conn, [(sql, params, False)]))[0]

    async def gather(self, statements: Sequence[Statement]) -> list[list[aiosqlite.Row]]:
        """Several statements, each committed on its own, in one trip to the worker thread;
        the rows of each, in order (writes and reads alike: `UPDATE … RETURNING`, a lookup)."""
        if not statements:
            return []
        async with self._write_lock:
            return await run_all(self._conn, [(sql, params, False) for sql, params in statements])

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """A short `BEGIN IMMEDIATE … COMMIT`; rolled back on any error.

        Statements whose rows nobody reads (`execute`, `executemany`) wait and go to the
        worker thread with the next read or with the COMMIT, so a transaction costs one
        thread hop per read plus one, not one per statement."""
        async with self._write_lock:
            tx = Transaction(self._conn)
            try:
                yield tx
                await tx.commit()
            except BaseException:
                if tx.sent and not tx.done:  # queued behind what was sent: the worker runs in order
                    with contextlib.suppress(sqlite3.OperationalError):  # never began, or ended
                        await self._conn.execute("ROLLBACK")
                raise

    async def ping(self, now_ts: int) -> None:
        """The file is still there, the disk has room, and a write commits.

        A deleted database keeps working on its open file handle (and every write is lost
        at stop), so the path is checked by name, not through the connection."""
        path = sqlite_path(self.url) if self.url.startswith("sqlite:") else ":memory:"
        if path != ":memory:":
            file = Path(path)
            if not file.is_file():
                raise StoreUnhealthy(f"the database file {file.name} is gone")
            free = disk_free(file.parent)
            if free < MIN_FREE_BYTES:
                raise StoreUnhealthy(f"only {free // 1024 // 1024} MB free on the database disk")
        async with self.transaction() as tx:
            await tx.execute(HEARTBEAT, (now_ts,))

    async def backup(self, target: str) -> None:
        """Online copy through SQLite's backup API (readers and writers keep going)."""
        async with aiosqlite.connect(target) as dest:
            await self._conn.backup(dest)


class Transaction:
    """Statements inside one write transaction; writes are queued until the next read."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn
        self._queued: list[Queued] = [("BEGIN IMMEDIATE", (), False)]
        self.sent = False  # BEGIN went to the worker thread (so a ROLLBACK may be due)
        self.done = False  # COMMIT went with `gather_last`

    async def execute(self, sql: str, params: Params = ()) -> None:
        self._queued.append((sql, params, False))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._queued.append((sql, list(rows), True))

    async def gather(self, statements: Sequence[Statement]) -> list[list[aiosqlite.Row]]:
        """Several reads (after the queued writes) in one trip; the rows of each."""
        queued, self._queued = self._queued, []
        self.sent = True
        rows = await run_all(self._conn, [*queued, *((sql, p, False) for sql, p in statements)])
        return rows[len(queued) :]

    async def gather_last(self, statements: Sequence[Statement]) -> list[list[aiosqlite.Row]]:
        """The queued writes, these statements and the COMMIT in one trip; the rows of each."""
        queued, self._queued = self._queued, []
        self.sent = True
        last = [*queued, *((sql, p, False) for sql, p in statements), ("COMMIT", (), False)]
        rows = await run_all(self._conn, last)
        self.done = True  # not before: a statement that failed leaves a ROLLBACK due
        return rows[len(queued) : -1]

    async def fetchall(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        return (await self.gather([(sql, params)]))[0]

    async def fetchone(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        return next(iter(await self.fetchall(sql, params)), None)

    async def commit(self) -> None:
        """Send what is queued and COMMIT (nothing at all when nothing was ever sent)."""
        if self.done or (not self.sent and len(self._queued) == 1):
            return  # committed by `gather_last`, or only the BEGIN: nothing was written
        await self.gather_last([])

    async def lock(self, key: int) -> None:
        """Nothing to do: SQLite write transactions already run one at a time."""


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (our migrations hold no `--` or `;` in literals)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
