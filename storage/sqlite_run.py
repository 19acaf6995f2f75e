"""Where a batch of SQLite statements runs: on the event loop's thread when it is small and
aiosqlite's worker thread is idle, else on that worker.

Why: a trip to the worker (queue, wake-up, result handed back through the loop) costs more CPU
than the few small statements a logged set sends (issue 17: ~15% of the loopback wall time).
Inline, SQLite waits for no lock: a batch that meets another process's write lock (a CLI import,
a backup tool) gets SQLITE_BUSY at once and what is left of it goes to the worker, which waits
up to `BUSY_TIMEOUT_MS` there, so the event loop is never held by someone else's lock.

Nor by a WAL checkpoint: SQLite's automatic one runs inside the COMMIT that takes the WAL past
1000 pages (tens of ms, inline that is the loop's), so the connection turns it off
(`wal_autocheckpoint=0`, set by storage/db.py) and queues a PASSIVE checkpoint on the worker
every `CHECKPOINT_EVERY` statements and at close. Durability is the WAL's either way.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable
from functools import partial
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 5000  # how long the worker thread waits for another process's write lock
INLINE_MAX_ROWS = 32  # statements (an executemany's rows each) a batch may hold to run inline
INLINE_MAX_PARAMS = 256  # bound values a batch may hold (an import's chunks go to the worker)
CHECKPOINT_EVERY = 1000  # statements run (an executemany's rows each) between PASSIVE checkpoints
SQLITE_BUSY = 5  # primary result code; extended codes (BUSY_RECOVERY, …) share the low byte

Queued = tuple[str, Any, bool]  # (sql, params or rows, executemany?)

log = logging.getLogger(__name__)


class Connection(aiosqlite.Connection):
    """aiosqlite's connection, knowing whether its worker thread has anything queued or
    running, so the loop's thread may use the sqlite3 connection only when it is free.

    Two counters with one writer each (the loop counts calls queued, the worker calls
    finished), so no lock is needed; a call whose awaiter was cancelled counts until it ends."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._queued_calls = 0
        self._finished_calls = 0
        self._since_checkpoint = 0  # statements run since the last checkpoint was queued
        self._checkpoint_call = 0  # the queued checkpoint's number among calls queued

    @property
    def idle(self) -> bool:
        return (
            self._running
            and self._connection is not None
            and (self._queued_calls == self._finished_calls)
        )

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await self._queue(fn, *args, **kwargs)

    def _queue(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> asyncio.Future[Any]:
        """aiosqlite's `_execute` up to its await: the call is queued when this returns."""
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        future = asyncio.get_running_loop().create_future()
        self._queued_calls += 1
        self._tx.put_nowait((future, partial(self._counted, fn, *args, **kwargs)))
        return future

    def _counted(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        finally:
            self._finished_calls += 1

    def ran(self, statements: int) -> None:
        """Count statements run; past `CHECKPOINT_EVERY`, outside a transaction, queue a
        checkpoint on the worker now (so it runs before any later batch, none of which may
        run inline meanwhile) and let the writer that crossed the line go on."""
        self._since_checkpoint += statements
        if (
            self._since_checkpoint >= CHECKPOINT_EVERY
            and self._finished_calls >= self._checkpoint_call  # not one in flight (FIFO)
            and not self._conn.in_transaction  # a checkpoint cannot run inside one
        ):
            self._since_checkpoint = 0
            queued = self._queue(checkpoint_passive, self._conn)
            self._checkpoint_call = self._queued_calls  # not its future: a loop that never
            queued.add_done_callback(_checkpointed)  # yields (all inline) never completes it

    async def checkpoint(self) -> tuple[int, int, int] | None:
        """A PASSIVE checkpoint on the worker thread (it never waits for other connections'
        locks): (busy, WAL frames, frames copied), or None when it failed (logged)."""
        try:
            return await self._execute(checkpoint_passive, self._conn)
        except sqlite3.Error as exc:
            log.warning("WAL checkpoint failed: %s", exc)
            return None

    async def close(self) -> None:
        """Checkpoint what the WAL holds (a file copy or another process then finds it in
        the database file), then close."""
        if self._running and self._connection is not None:
            await self.checkpoint()  # after any checkpoint still queued (FIFO)
        await super().close()


def _checkpointed(done: asyncio.Future[Any]) -> None:
    """A failed checkpoint is logged: the WAL keeps every frame (nothing is lost) and the
    next one tries again."""
    if not done.cancelled() and done.exception() is not None:
        log.warning("WAL checkpoint failed: %s", done.exception())


def checkpoint_passive(db: sqlite3.Connection) -> tuple[int, int, int]:
    """On the worker thread only (a shim in the tests checks the thread)."""
    busy, frames, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return int(busy), int(frames), int(copied)


def connect(path: str) -> Connection:
    """An autocommit connection the loop's thread may also use (never while the worker does)."""

    def connector() -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    return Connection(connector)


async def run_all(conn: aiosqlite.Connection, statements: list[Queued]) -> list[list[Any]]:
    """The rows of each statement, run in order: inline when small and the worker is idle
    (up to the first SQLITE_BUSY), the rest on the worker thread in one trip."""
    if not isinstance(conn, Connection):
        return await conn._execute(run_statements, conn._conn, statements)
    rows, params = _size(statements)
    done: list[list[Any]] = []
    if conn.idle and rows <= INLINE_MAX_ROWS and params <= INLINE_MAX_PARAMS:
        done = run_inline(conn._conn, statements)
    if len(done) < len(statements):
        done += await conn._execute(run_statements, conn._conn, statements[len(done) :])
    conn.ran(rows)
    return done


def _size(statements: list[Queued]) -> tuple[int, int]:
    """Statements (an executemany's rows each) and bound values in a batch."""
    rows = params = 0
    for _, values, many in statements:
        rows += len(values) if many else 1
        params += sum(map(len, values)) if many else len(values)
    return rows, params


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
