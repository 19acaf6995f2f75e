"""WAL checkpoints run on aiosqlite's worker thread, never inside a COMMIT on the event loop's
thread (storage/sqlite_run.py): SQLite's automatic one is off, so the WAL must still stay
bounded over many writes, and what it holds must reach the database file at close."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

import storage.sqlite_run as sqlite_run
from storage.db import Database

PAD = "INSERT INTO pad (body) VALUES (?)"
BODY = b"x" * 300  # a fat set row: each commit adds a frame or two to the WAL


async def in_transaction(db: Database, n: int) -> None:
    async with db.transaction() as tx:
        await tx.execute(PAD, (BODY,))
        await tx.fetchone("SELECT COUNT(*) FROM pad WHERE id = ?", (n,))


async def in_write(db: Database, n: int) -> None:
    await db.write(PAD, (BODY,))


async def in_executemany(db: Database, n: int) -> None:  # a CLI import's chunk: on the worker
    async with db.transaction() as tx:
        await tx.executemany(PAD, [(BODY,)] * 40)


WRITES: dict[str, Callable[[Database, int], Awaitable[None]]] = {
    "transaction": in_transaction,
    "write": in_write,
    "executemany": in_executemany,
}


async def _open(path: Path) -> Database:
    db = await Database.open(f"sqlite:///{path}")
    await db.write("CREATE TABLE pad (id INTEGER PRIMARY KEY, body BLOB)")
    return db


def _wal_bytes(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


@pytest.mark.parametrize("kind", list(WRITES))
@pytest.mark.parametrize("periodic", [True, False])
async def test_the_wal_stays_bounded_over_many_writes(
    tmp_path: Path, kind: str, periodic: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """~24 MB written: with the periodic checkpoint the WAL file stays under SQLite's own
    SQLite's own default bound (1000 pages, ~4 MB); without it (the control) it grows on."""
    if not periodic:
        monkeypatch.setattr(sqlite_run, "CHECKPOINT_EVERY", 10**9)
    path = tmp_path / "w.db"
    db = await _open(path)
    try:
        writes = 8000 if kind != "executemany" else 1000
        largest = 0
        for n in range(writes):
            await WRITES[kind](db, n)
            largest = max(largest, _wal_bytes(path))
        row = await db.fetchone("SELECT COUNT(*) FROM pad")
        assert row is not None and row[0] == writes * (40 if kind == "executemany" else 1)
    finally:
        await db.close()
    if periodic:
        assert largest < 8 * 1024 * 1024
    else:
        assert largest > 20 * 1024 * 1024  # SQLite's automatic checkpoint is really off


async def test_checkpoints_run_on_the_worker_thread_never_the_loops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    original = sqlite_run.checkpoint_passive

    def shim(conn: sqlite3.Connection) -> Any:
        threads.append(threading.current_thread())
        return original(conn)

    monkeypatch.setattr(sqlite_run, "checkpoint_passive", shim)
    monkeypatch.setattr(sqlite_run, "CHECKPOINT_EVERY", 30)
    db = await _open(tmp_path / "t.db")
    row = await db.fetchone("PRAGMA wal_autocheckpoint")
    assert row is not None and row[0] == 0  # no checkpoint inside an inline COMMIT
    for n in range(100):
        await WRITES["transaction" if n % 2 else "write"](db, n)
    await db.close()
    assert len(threads) >= 5  # 100 writes of 2–4 statements each, every 30, plus at close
    assert threading.main_thread() not in threads


@pytest.mark.parametrize("kind", list(WRITES))
async def test_close_puts_every_write_in_the_database_file(tmp_path: Path, kind: str) -> None:
    """Another process keeps the database open (so closing is not the last connection's
    checkpoint): a copy of the database file alone, without its WAL, has every row."""
    path = tmp_path / "c.db"
    db = await _open(path)
    other = sqlite3.connect(path)
    other.execute("SELECT COUNT(*) FROM pad").fetchone()  # in the WAL, holding no transaction
    for n in range(5):  # well under CHECKPOINT_EVERY: only the close's checkpoint covers it
        await WRITES[kind](db, n)
    await db.close()
    assert _wal_bytes(path) > 0  # the WAL is still there (the other connection)…
    copy = tmp_path / "copy.db"
    shutil.copyfile(path, copy)
    try:
        (count,) = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM pad").fetchone()
        assert count == 5 * (40 if kind == "executemany" else 1)  # …but the file has it all
    finally:
        other.close()
