"""storage/updates.py's attempt counts and Store.ping(), on SQLite files and PostgreSQL."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name
from __future__ import annotations

from pathlib import Path

import pytest

import storage.db
from storage import open_database
from storage.base import Store, StoreUnhealthy
from storage.updates import UpdateLog
from tests.storage_backends import backend, store, target

NOW = 1_780_000_000


async def test_attempts_count_each_start_until_the_update_is_handled(store: Store) -> None:
    log = UpdateLog(store)
    assert [await log.begin(7, NOW) for _ in range(3)] == [1, 2, 3]
    assert await log.begin(8, NOW) == 1, "counted per update"
    await log.mark(7, NOW)
    assert await log.seen(7), "handled: a redelivery is skipped before it is counted again"
    assert not await log.seen(8)


async def test_admission_counts_the_start_and_reads_handled_in_one_statement(store: Store) -> None:
    log = UpdateLog(store)
    [rows] = await store.gather([log.begin_statement(9, NOW)])
    assert log.started(rows) == (False, 1)
    await log.mark(9, NOW)
    [rows] = await store.gather([log.begin_statement(9, NOW)])
    assert log.started(rows) == (True, 2), "a redelivery of a handled update is recognised"


async def test_prune_forgets_old_attempts(store: Store) -> None:
    log = UpdateLog(store)
    await log.begin(1, NOW - 10)
    await log.prune(NOW)
    assert await log.begin(1, NOW) == 1


async def test_ping_writes(store: Store) -> None:
    await store.ping(NOW)
    row = await store.fetchone("SELECT beat_ts FROM heartbeat WHERE id = 1")
    assert row is not None and row["beat_ts"] == NOW


async def test_sqlite_ping_fails_when_the_file_is_gone_or_the_disk_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = await open_database(f"sqlite:///{tmp_path}/p.db")
    try:
        await db.ping(NOW)
        monkeypatch.setattr(storage.db, "disk_free", lambda path: 10 * 1024 * 1024)
        with pytest.raises(StoreUnhealthy, match="MB free"):
            await db.ping(NOW)
        monkeypatch.undo()
        (tmp_path / "p.db").unlink()
        with pytest.raises(StoreUnhealthy, match="gone"):
            await db.ping(NOW)
    finally:
        await db.close()


async def test_gather_last_sends_the_tail_with_the_commit(store: Store) -> None:
    async with store.transaction() as tx:
        await tx.execute(*UpdateLog.mark_statement(21, NOW))
        [rows] = await tx.gather_last([("SELECT COUNT(*) AS n FROM processed_updates", ())])
    assert rows[0]["n"] == 1, "the tail reads the transaction's own writes"
    assert await UpdateLog(store).seen(21), "and the write is committed"


async def test_a_failing_tail_stores_nothing_of_the_transaction(store: Store) -> None:
    with pytest.raises(Exception, match=r"no_such_table|does not exist"):
        async with store.transaction() as tx:
            await tx.execute(*UpdateLog.mark_statement(22, NOW))
            await tx.gather_last([("SELECT * FROM no_such_table", ())])
    assert not await UpdateLog(store).seen(22)
    await UpdateLog(store).mark(23, NOW)  # and the connection is usable afterwards
    assert await UpdateLog(store).seen(23)
