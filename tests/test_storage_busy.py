"""Another process holding SQLite's write lock (a CLI import, a backup tool) must not freeze the
bot: small batches run on the event loop's thread without waiting for locks, and one that meets
the lock is finished on aiosqlite's worker thread, which waits there (storage/sqlite_run.py)."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

import storage.sqlite_run as sqlite_run
from storage.db import Database

USER = "INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, 'x', 'x')"
HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (1, 1, 'x', 'x')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""
HOLD_S = 1.0


async def in_transaction(db: Database) -> None:
    async with db.transaction() as tx:
        await tx.execute(USER, (2, 2))
        await tx.fetchone("SELECT COUNT(*) FROM users")


async def in_gather(db: Database) -> None:  # an update's admission: autocommit statements
    await db.gather([(USER, (2, 2)), ("SELECT COUNT(*) FROM users", ())])


async def in_write(db: Database) -> None:
    await db.write(USER, (2, 2))


WRITES: dict[str, Callable[[Database], Awaitable[None]]] = {
    "transaction": in_transaction,
    "gather": in_gather,
    "write": in_write,
}


async def _hold_lock(path: Path, seconds: float) -> asyncio.subprocess.Process:
    """A second real process that takes the write lock and keeps it for `seconds`."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLDER, str(path), str(seconds), stdout=asyncio.subprocess.PIPE
    )
    assert proc.stdout is not None
    assert (await proc.stdout.readline()).strip() == b"locked"
    return proc


async def _longest_stall(stop: asyncio.Event) -> float:
    """The longest the event loop went without running this task (10 ms ticks)."""
    longest, last = 0.0, time.monotonic()
    while not stop.is_set():
        await asyncio.sleep(0.01)
        now = time.monotonic()
        longest, last = max(longest, now - last), now
    return longest


async def _write_while_locked(tmp_path: Path, kind: str, hold_s: float) -> tuple[float, float]:
    """(seconds the write took, the loop's longest stall meanwhile); raises what the write did."""
    path = tmp_path / "s.db"
    db = await Database.open(f"sqlite:///{path}")
    holder = await _hold_lock(path, hold_s)
    stop = asyncio.Event()
    stalls = asyncio.ensure_future(_longest_stall(stop))
    await asyncio.sleep(0.02)  # the watch is ticking before the write starts
    started = time.monotonic()
    try:
        await WRITES[kind](db)
        return time.monotonic() - started, await _stop(stop, stalls)
    finally:
        await _stop(stop, stalls)
        await holder.wait()
        await db.close()


async def _stop(stop: asyncio.Event, stalls: asyncio.Future[float]) -> float:
    stop.set()
    return await stalls


@pytest.mark.parametrize("kind", list(WRITES))
async def test_a_write_waits_for_another_processs_lock_without_freezing_the_bot(
    tmp_path: Path, kind: str
) -> None:
    took, stall = await _write_while_locked(tmp_path, kind, HOLD_S)
    assert took >= HOLD_S * 0.8  # it waited for the other process's COMMIT…
    assert stall < 0.3  # …while the loop kept serving everyone else
    db = await Database.open(f"sqlite:///{tmp_path / 's.db'}")
    try:
        rows = await db.fetchall("SELECT id FROM users ORDER BY id")
        assert [r["id"] for r in rows] == [1, 2]  # both writes kept
    finally:
        await db.close()


@pytest.mark.parametrize("kind", list(WRITES))
async def test_a_lock_held_past_the_busy_timeout_fails_the_write_without_freezing_the_bot(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_run, "BUSY_TIMEOUT_MS", 200)  # set back after each inline batch
    stop = asyncio.Event()
    stalls = asyncio.ensure_future(_longest_stall(stop))
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        await _write_while_locked(tmp_path, kind, HOLD_S)
    assert await _stop(stop, stalls) < 0.3


async def test_a_batch_issued_after_a_queued_read_runs_after_it(tmp_path: Path) -> None:
    """The loop's thread runs a batch only when the worker has nothing queued: statements
    still run in the order they were issued."""
    db = await Database.open(f"sqlite:///{tmp_path}/s.db")
    try:
        count = asyncio.ensure_future(db.fetchone("SELECT COUNT(*) FROM users"))
        await asyncio.sleep(0)  # the read is queued on the worker thread
        await db.gather([(USER, (3, 3))])
        first = await count
        assert first is not None and first[0] == 0
        again = await db.fetchone("SELECT COUNT(*) FROM users")
        assert again is not None and again[0] == 1
    finally:
        await db.close()
