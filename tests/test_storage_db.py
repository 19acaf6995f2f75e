"""The SQLite core: WAL, foreign keys, migrations applied once, refusal of newer files.

PostgreSQL's counterparts are in test_storage_pg.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.db import Database, DatabaseTooNew, migrations


async def test_fresh_database_is_migrated_in_wal_mode(tmp_path: Path) -> None:
    db = await Database.open(f"sqlite:///{tmp_path}/s.db")
    try:
        assert await db.schema_version() == migrations()[-1][0]
        mode = await db.fetchone("PRAGMA journal_mode")
        fks = await db.fetchone("PRAGMA foreign_keys")
        assert mode is not None and mode[0] == "wal"
        assert fks is not None and fks[0] == 1
    finally:
        await db.close()


async def test_second_start_runs_no_migration_and_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/s.db"
    db = await Database.open(url)
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (7, 7, 'x', 'x')"
        )
    await db.close()
    again = await Database.open(url)
    try:
        assert await again.migrate() == []
        row = await again.fetchone("SELECT COUNT(*) FROM users")
        assert row is not None and row[0] == 1
    finally:
        await again.close()


async def test_a_database_from_a_newer_spotter_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/s.db"
    db = await Database.open(url)
    await db.fetchone("PRAGMA user_version = 999")
    await db.close()
    with pytest.raises(DatabaseTooNew):
        await Database.open(url)


async def test_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    db = await Database.open(f"sqlite:///{tmp_path}/s.db")
    try:
        with pytest.raises(RuntimeError):
            async with db.transaction() as tx:
                await tx.execute(
                    "INSERT INTO users (id, chat_id, created_at, updated_at)"
                    " VALUES (1, 1, 'x', 'x')"
                )
                raise RuntimeError("boom")
        row = await db.fetchone("SELECT COUNT(*) FROM users")
        assert row is not None and row[0] == 0
    finally:
        await db.close()


async def test_online_backup_copies_everything(tmp_path: Path) -> None:
    db = await Database.open(f"sqlite:///{tmp_path}/s.db")
    try:
        async with db.transaction() as tx:
            await tx.execute(
                "INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (3, 3, 'x', 'x')"
            )
        await db.backup(str(tmp_path / "copy.db"))
    finally:
        await db.close()
    copy = await Database.open(f"sqlite:///{tmp_path}/copy.db")
    try:
        row = await copy.fetchone("SELECT id FROM users")
        assert row is not None and row[0] == 3
    finally:
        await copy.close()


async def test_a_write_that_fails_when_its_batch_is_sent_rolls_the_whole_transaction_back(
    tmp_path: Path,
) -> None:
    """Writes wait for the next read or the COMMIT; an error there still undoes them all."""
    db = await Database.open(f"sqlite:///{tmp_path}/s.db")
    try:
        user = "INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, 'x', 'x')"
        with pytest.raises(sqlite3.IntegrityError):
            async with db.transaction() as tx:
                await tx.execute(user, (8, 8))
                await tx.execute(user, (8, 8))  # the same id again: fails at COMMIT time
        async with db.transaction() as tx:
            await tx.execute(user, (9, 9))
            seen = await tx.fetchone("SELECT COUNT(*) FROM users WHERE id = 9")
            assert seen is not None and seen[0] == 1, "a read sees the writes queued before it"
        row = await db.fetchone("SELECT group_concat(id) FROM users")
        assert row is not None and row[0] == "9"
        assert not await db.gather([]), "nothing to send: no round trip, no rows"
    finally:
        await db.close()
