"""PostgreSQL on an asyncpg pool, behind the same methods as the SQLite `Database`.

Repositories keep writing `?` placeholders; they are rewritten to `$n` once per statement
text. Rows are asyncpg Records (`row["col"]` and `row[0]` both work, `dict(row)` too).
Every `transaction()` takes its own pooled connection, so several bot instances (and several
tasks of one instance) write concurrently; repositories serialize where they must with
`tx.lock(key)` (a transaction-scoped advisory lock) or `SKIP LOCKED` claims.

Migrations live in `storage/migrations_pg/`, are tracked in the `schema_version` table and
run under a session advisory lock, so instances starting together apply each one once.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from storage.base import HEARTBEAT, DatabaseTooNew, Params, Statement
from storage.db import _split_sql, migrations
from storage.dialect import POSTGRES, Dialect

log = logging.getLogger(__name__)

PG_MIGRATIONS = "storage.migrations_pg"
# Two-int advisory keys live apart from the single-bigint keys `tx.lock(user_id)` uses.
MIGRATION_LOCK = (0x5350, 1)  # 'SP', 1


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


@functools.lru_cache(maxsize=1024)
def to_dollar(sql: str) -> str:
    """`?` → `$1, $2, …` and `?NNN` → `$NNN`, leaving quoted literals and identifiers alone."""
    out: list[str] = []
    counter = 0
    for token in _TOKENS.finditer(sql):
        text = token.group(0)
        if text.startswith("?"):
            if len(text) > 1:
                out.append("$" + text[1:])
            else:
                counter += 1
                out.append(f"${counter}")
        else:
            out.append(text)
    return "".join(out)


_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?\d*|[^'\"?]+", re.S)


def _args(params: Params) -> tuple[Any, ...]:
    if isinstance(params, dict):
        raise TypeError("PgDatabase takes positional parameters only")
    return tuple(params)


class PgDatabase:
    """An asyncpg pool with the `Database` interface (see `storage.base.Store`)."""

    dialect: Dialect = POSTGRES

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:
        self._pool = pool
        self.url = url
        self.leaderships: list[PgLeadership] = []

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        min_size: int = 1,
        max_size: int = 10,
        schema: str | None = None,
        migrate: bool = True,
    ) -> PgDatabase:
        """Connect a pool; `schema` sets the search_path (tests use a fresh one each)."""
        settings = {"search_path": schema} if schema else {}
        pool = await asyncpg.create_pool(
            url, min_size=min_size, max_size=max_size, server_settings=settings
        )
        db = cls(pool, url)
        if migrate:
            try:
                await db.migrate()
            except BaseException:
                await pool.close()
                raise
        return db

    async def close(self) -> None:
        """Give up any leadership (its connection is checked out), then close the pool."""
        for lead in self.leaderships:
            await lead.release()
        await self._pool.close()

    @property
    def pool(self) -> asyncpg.Pool:
        return self._pool

    async def schema_version(self) -> int:
        async with self._pool.acquire() as conn:
            return await _version(conn)

    async def migrate(self) -> list[int]:
        """Apply each migration newer than `schema_version`, one transaction each, under an
        advisory lock: a second instance starting at the same moment waits, then finds
        nothing left to do."""
        bundled = migrations(PG_MIGRATIONS)
        newest = bundled[-1][0] if bundled else 0
        applied: list[int] = []
        async with self._pool.acquire() as conn:
            await conn.execute("SELECT pg_advisory_lock($1, $2)", *MIGRATION_LOCK)
            try:
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
                )
                current = await _version(conn)
                if current > newest:
                    raise DatabaseTooNew(
                        f"database schema {current} is newer than this Spotter ({newest})"
                    )
                for number, name, sql in bundled:
                    if number <= current:
                        continue
                    async with conn.transaction():
                        for statement in _split_sql(sql):
                            await conn.execute(statement)
                        await conn.execute("DELETE FROM schema_version")
                        await conn.execute("INSERT INTO schema_version VALUES ($1)", number)
                    log.info("applied migration %s", name)
                    applied.append(number)
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1, $2)", *MIGRATION_LOCK)
        return applied

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        return list(await self._pool.fetch(to_dollar(sql), *_args(params)))

    async def fetchone(self, sql: str, params: Params = ()) -> Any | None:
        return await self._pool.fetchrow(to_dollar(sql), *_args(params))

    async def write(self, sql: str, params: Params = ()) -> list[Any]:
        """A statement outside a transaction block commits on its own."""
        return list(await self._pool.fetch(to_dollar(sql), *_args(params)))

    async def gather(self, statements: Sequence[Statement]) -> list[list[Any]]:
        """On one pooled connection, one after another (each commits on its own)."""
        async with self._pool.acquire() as conn:
            return [list(await conn.fetch(to_dollar(sql), *_args(p))) for sql, p in statements]

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PgTransaction]:
        """One pooled connection in a READ COMMITTED transaction; rolled back on any error."""
        async with self._pool.acquire() as conn, conn.transaction():
            yield PgTransaction(conn)

    async def ping(self, now_ts: int) -> None:
        """A write that commits: a full disk or a read-only server fails here."""
        async with self.transaction() as tx:
            await tx.execute(HEARTBEAT, (now_ts,))

    async def backup(self, target: str) -> None:
        raise NotImplementedError(
            "backup copies SQLite files; for PostgreSQL use pg_dump (or `spotter migrate-db`"
            " to copy into a SQLite file)"
        )


class PgTransaction:
    """Statements inside one PostgreSQL transaction."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> str:
        return await self._conn.execute(to_dollar(sql), *_args(params))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        batch = [_args(r) for r in rows]
        if batch:
            await self._conn.executemany(to_dollar(sql), batch)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Any]:
        return list(await self._conn.fetch(to_dollar(sql), *_args(params)))

    async def fetchone(self, sql: str, params: Params = ()) -> Any | None:
        return await self._conn.fetchrow(to_dollar(sql), *_args(params))

    async def gather(self, statements: Sequence[Statement]) -> list[list[Any]]:
        return [await self.fetchall(sql, params) for sql, params in statements]

    async def gather_last(self, statements: Sequence[Statement]) -> list[list[Any]]:
        return await self.gather(statements)  # the COMMIT follows as the block ends

    async def lock(self, key: int) -> None:
        """`pg_advisory_xact_lock(key)`: held until this transaction commits or rolls back."""
        await self._conn.execute("SELECT pg_advisory_xact_lock($1)", key)


async def _version(conn: asyncpg.Connection) -> int:
    exists = await conn.fetchval("SELECT to_regclass('schema_version') IS NOT NULL")
    if not exists:
        return 0
    value = await conn.fetchval("SELECT max(version) FROM schema_version")
    return int(value or 0)


class PgLeadership:
    """One instance at a time: a session advisory lock held on a dedicated pooled connection.

    Call `try_acquire()` before each leader-only duty (the reminder tick and its startup
    re-send, i.e. all bulk sending, so one process's rate limiter governs the token's bulk
    rate). The lock dies with the session, so a crashed leader is replaced on the next
    `try_acquire()` of another instance; claims stay idempotent through the deliveries key.
    """

    def __init__(self, db: PgDatabase, slot: int) -> None:
        self._db = db
        self._key = (MIGRATION_LOCK[0], slot)
        self._conn: Any = None
        db.leaderships.append(self)

    @property
    def held(self) -> bool:
        return self._conn is not None

    async def try_acquire(self) -> bool:
        if self._conn is not None:
            try:
                await self._conn.fetchval("SELECT 1")
                return True
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
                await self._drop()
        conn = await self._db.pool.acquire()
        try:
            got = await conn.fetchval("SELECT pg_try_advisory_lock($1, $2)", *self._key)
        except BaseException:
            await self._db.pool.release(conn)
            raise
        if not got:
            await self._db.pool.release(conn)
            return False
        self._conn = conn
        return True

    async def release(self) -> None:
        if self._conn is None:
            return
        try:
            await self._conn.execute("SELECT pg_advisory_unlock($1, $2)", *self._key)
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            pass  # the session is gone, and its lock with it
        finally:
            await self._drop()

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        try:
            await self._db.pool.release(conn)
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            conn.terminate()
