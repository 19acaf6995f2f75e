"""Where a batch of SQLite statements runs: on the event loop's thread when it is small and
aiosqlite's worker thread is idle, else on that worker.

Why: a trip to the worker (queue, wake-up, result handed back through the loop) costs more CPU
than the few small statements a logged set sends (issue 17: ~15% of the loopback wall time).
Inline, SQLite waits for no lock: a batch that meets another process's write lock (a CLI import,
a backup tool) gets SQLITE_BUSY at once and what is left of it goes to the worker, which waits
up to `BUSY_TIMEOUT_MS` there, so the event loop is never held by someone else's lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 5000  # how long the worker thread waits for another process's write lock
INLINE_MAX_ROWS = 32  # statements (an executemany's rows each) a batch may hold to run inline
INLINE_MAX_PARAMS = 256  # bound values a batch may hold (an import's chunks go to the worker)
SQLITE_BUSY = 5  # primary result code; extended codes (BUSY_RECOVERY, …) share the low byte

Queued = tuple[str, Any, bool]  # (sql, params or rows, executemany?)


class Connection(aiosqlite.Connection):
    """aiosqlite's connection, knowing whether its worker thread has anything queued or
    running, so the loop's thread may use the sqlite3 connection only when it is free.

    Two counters with one writer each (the loop counts calls queued, the worker calls
    finished), so no lock is needed; a call whose awaiter was cancelled counts until it ends."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._queued_calls = 0
        self._finished_calls = 0

    @property
    def idle(self) -> bool:
        return (
            self._running
            and self._connection is not None
            and (self._queued_calls == self._finished_calls)
        )

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        self._queued_calls += 1
        return await super()._execute(self._counted, fn, *args, **kwargs)

    def _counted(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        finally:
            self._finished_calls += 1


def connect(path: str) -> Connection:
    """An autocommit connection the loop's thread may also use (never while the worker does)."""

    def connector() -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    return Connection(connector)


async def run_all(conn: aiosqlite.Connection, statements: list[Queued]) -> list[list[Any]]:
    """The rows of each statement, run in order: inline when small and the worker is idle
    (up to the first SQLITE_BUSY), the rest on the worker thread in one trip."""
    done: list[list[Any]] = []
    if isinstance(conn, Connection) and conn.idle and _small(statements):
        done = run_inline(conn._conn, statements)
        if len(done) == len(statements):
            return done
    rest = await conn._execute(run_statements, conn._conn, statements[len(done) :])
    return [*done, *rest]


def _small(statements: list[Queued]) -> bool:
    rows = params = 0
    for _, values, many in statements:
        rows += len(values) if many else 1
        params += sum(map(len, values)) if many else len(values)
    return rows <= INLINE_MAX_ROWS and params <= INLINE_MAX_PARAMS


def run_statements(db: sqlite3.Connection, statements: list[Queued]) -> list[list[Any]]:
    """On the worker thread, with the connection's busy timeout."""
    return [_one(db, statement) for statement in statements]


def run_inline(db: sqlite3.Connection, statements: list[Queued]) -> list[list[Any]]:
    """On the loop's thread without waiting for any lock: the rows of the statements run
    before the first one that met a lock and may be sent again (nothing of it took effect)."""
    db.execute("PRAGMA busy_timeout = 0")
    out: list[list[Any]] = []
    try:
        for statement in statements:
            began_in_transaction = db.in_transaction
            try:
                out.append(_one(db, statement))
            except sqlite3.OperationalError as exc:
                if not (_busy(exc) and _retryable(statement, began_in_transaction, db)):
                    raise
                break
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return out


def _one(db: sqlite3.Connection, statement: Queued) -> list[Any]:
    sql, params, many = statement
    if many:
        db.executemany(sql, params)
        return []
    return db.execute(sql, params).fetchall()


def _busy(exc: sqlite3.OperationalError) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == SQLITE_BUSY


def _retryable(statement: Queued, began_in_transaction: bool, db: sqlite3.Connection) -> bool:
    """A statement SQLite refused whole: one outside a transaction (a `BEGIN IMMEDIATE`, an
    autocommit write) or a COMMIT that left the transaction open. Anything else inside a
    transaction may have been rolled back with it, so the error stands."""
    sql, _, many = statement
    if not began_in_transaction:
        return not many
    return sql == "COMMIT" and db.in_transaction
