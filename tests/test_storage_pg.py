"""PostgreSQL specifics: placeholders, migrations in step with SQLite's and under a lock,
64-bit ids, and several instances on one database (no double prompts, no double sets)."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest

from bot.runtime.delivery import Prompt
from bot.runtime.scheduler import PromptBuilder, PromptContent, ReminderService
from storage import leadership, open_database
from storage.base import DatabaseTooNew, Store
from storage.db import Database, migrations
from storage.pg import PG_MIGRATIONS, PgDatabase, to_dollar
from storage.reminders import ReminderRepository
from storage.sets import NewSet, SetRepository
from storage.users import UserRepository
from tests.reminder_support import SEVEN, add_users, ts
from tests.storage_backends import PgSchema, pg_schema

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT ? , ?", "SELECT $1 , $2"),
        ("SET a = ?1, b = (?1 IS NULL) WHERE c = ?2", "SET a = $1, b = ($1 IS NULL) WHERE c = $2"),
        ("SELECT '?', \"a?\", ? WHERE x = 'it''s ?'", "SELECT '?', \"a?\", $1 WHERE x = 'it''s ?'"),
        ("VALUES (?, ?), (?, ?)", "VALUES ($1, $2), ($3, $4)"),
    ],
)  # fmt: skip
def test_question_marks_become_numbered_parameters_outside_literals(
    sql: str, expected: str
) -> None:
    assert to_dollar(sql) == expected


def test_migration_folders_have_the_same_numbers() -> None:
    sqlite = [(n, name) for n, name, _ in migrations()]
    pg = [(n, name) for n, name, _ in migrations(PG_MIGRATIONS)]
    assert sqlite == pg


async def test_both_schemas_have_the_same_tables_and_columns(
    pg_schema: PgSchema, tmp_path: Path
) -> None:
    lite = await Database.open(f"sqlite:///{tmp_path / 's.db'}")
    pg = await pg_schema.open()
    try:
        lite_tables = await lite.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        pg_cols = await pg.fetchall(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name != 'schema_version'"
            " ORDER BY table_name, ordinal_position"
        )
        pg_shape: dict[str, list[tuple[str, bool]]] = {}
        for r in pg_cols:
            pg_shape.setdefault(r[0], []).append((r[1], r[2] == "YES"))
        lite_shape = {}
        for (table,) in lite_tables:
            info = await lite.fetchall(f"PRAGMA table_info({table})")
            lite_shape[table] = [(c["name"], not c["notnull"] and not c["pk"]) for c in info]
        assert lite_shape == pg_shape
    finally:
        await lite.close()
        await pg.close()


async def test_migrations_are_recorded_and_not_rerun(pg_schema: PgSchema) -> None:
    db = await pg_schema.open()
    try:
        assert await db.schema_version() == migrations(PG_MIGRATIONS)[-1][0]
        assert await db.migrate() == []
    finally:
        await db.close()


async def test_instances_starting_together_apply_each_migration_once(
    pg_schema: PgSchema,
) -> None:
    dbs = await asyncio.gather(*(pg_schema.open(migrate=False) for _ in range(4)))
    try:
        applied = await asyncio.gather(*(db.migrate() for db in dbs))
        assert sorted(applied, key=len)[-1] == [n for n, _, _ in migrations(PG_MIGRATIONS)]
        assert sum(len(a) for a in applied) == len(migrations(PG_MIGRATIONS))
    finally:
        for db in dbs:
            await db.close()


async def test_a_database_from_a_newer_spotter_is_refused(pg_schema: PgSchema) -> None:
    db = await pg_schema.open()
    await db.fetchall("UPDATE schema_version SET version = 999")
    await db.close()
    with pytest.raises(DatabaseTooNew):
        await pg_schema.open()


async def test_the_factory_picks_the_engine_from_the_url(pg_schema: PgSchema) -> None:
    db = await open_database(pg_schema.dsn)
    try:
        assert isinstance(db, PgDatabase) and db.dialect.name == "postgresql"
        row = await db.fetchone("SELECT current_schema()")
        assert row is not None and row[0] == pg_schema.name
    finally:
        await db.close()


async def test_failed_transaction_leaves_nothing_behind(pg_schema: PgSchema) -> None:
    db = await pg_schema.open()
    try:
        with pytest.raises(RuntimeError):
            async with db.transaction() as tx:
                await tx.execute(
                    "INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    (1, 1, "x", "x"),
                )
                raise RuntimeError("boom")
        row = await db.fetchone("SELECT COUNT(*) FROM users")
        assert row is not None and row[0] == 0
    finally:
        await db.close()


async def test_telegram_ids_beyond_32_bits_round_trip(pg_schema: PgSchema) -> None:
    db = await pg_schema.open()
    big = 2**40 + 7
    try:
        user = await UserRepository(db).ensure(big, -(10**12) - 5, "Ann", NOW)
        assert (user.id, user.chat_id) == (big, -(10**12) - 5)
        sets = SetRepository(db)
        await sets.replace_message(big, user.chat_id, 2**35, [_set(100, 5)], NOW)
        (stored,) = await sets.since(big, date(2026, 1, 1))
        assert stored.message_id == 2**35
    finally:
        await db.close()


# -- several instances on one database ------------------------------------------------------


@dataclass
class RecordingOutbox:
    prompts: list[Prompt] = field(default_factory=list)

    async def put(self, prompt: Prompt) -> None:
        self.prompts.append(prompt)
        await asyncio.sleep(0)  # let the other instance run between sends


async def build(user_id: int, chat_id: int, local_date: date) -> PromptContent | None:
    return PromptContent(f"train today ({local_date})")


async def test_two_instances_ticking_together_send_each_prompt_once(pg_schema: PgSchema) -> None:
    """500 users due in the same minute, two scheduler instances on separate pools: each prompt
    goes out exactly once. (How the 500 split between the instances depends on timing: on a loaded
    machine one may claim them all, so the split is not asserted.)"""
    first, second = await pg_schema.open(), await pg_schema.open()
    try:
        await add_users(first, range(1, 501))
        builders = cast(dict[str, PromptBuilder], {"session": build})
        outboxes = [RecordingOutbox(), RecordingOutbox()]
        grace = timedelta(hours=2)
        services = [
            ReminderService(ReminderRepository(db), outbox, builders, grace, batch_size=50)
            for db, outbox in zip((first, second), outboxes, strict=True)
        ]
        for minute in range(3):  # the tick repeats; nothing is claimed twice
            now = SEVEN + timedelta(seconds=20 * minute)
            await asyncio.gather(*(s.tick(now) for s in services))
        chats = [p.chat_id for box in outboxes for p in box.prompts]
        assert sorted(chats) == [u + 1000 for u in range(1, 501)]
        rows = await first.fetchall("SELECT status, COUNT(*) FROM deliveries GROUP BY status")
        assert {r[0]: r[1] for r in rows} == {"claimed": 500}
    finally:
        await first.close()
        await second.close()


async def test_concurrent_claimers_take_disjoint_rows(pg_schema: PgSchema) -> None:
    dbs = [await pg_schema.open() for _ in range(4)]
    try:
        await add_users(dbs[0], range(1, 1001))
        repos = [ReminderRepository(db) for db in dbs]

        async def drain(repo: ReminderRepository) -> list[int]:
            got: list[int] = []
            while (batch := await repo.claim_due(ts(SEVEN), 25)).examined:
                got += [c.user_id for c in batch.claims]
            return got

        results = await asyncio.gather(*(drain(r) for r in repos))
        claimed = [u for r in results for u in r]
        assert sorted(claimed) == list(range(1, 1001))
    finally:
        for db in dbs:
            await db.close()


def _set(weight: float, reps: int, idx: int = 0) -> NewSet:
    return NewSet("bench_press", NOW, NOW.date(), weight, "kg", reps, set_idx=idx)


async def test_a_message_delivered_to_two_instances_is_logged_once(pg_schema: PgSchema) -> None:
    """Webhook retries can reach two instances at once: the per-user lock and the message key
    keep one copy of the sets and exact bests."""
    first, second = await pg_schema.open(), await pg_schema.open()
    try:
        await UserRepository(first).ensure(1, 1, "Ann", NOW)
        repos = [SetRepository(first), SetRepository(second)]
        for message_id in range(1, 21):
            sets = [_set(100 + message_id, 5), _set(90, 8, idx=1)]
            await asyncio.gather(*(r.replace_message(1, 1, message_id, sets, NOW) for r in repos))
        assert await repos[0].count(1) == 40
        bests = {(b.reps, b.weight_kg) for b in await repos[1].bests(1)}
        assert bests == {(5, 120.0), (8, 90.0)}
    finally:
        await first.close()
        await second.close()


async def test_imports_count_only_new_rows(pg_schema: PgSchema) -> None:
    db: Store = await pg_schema.open()
    try:
        await UserRepository(db).ensure(1, 1, "Ann", NOW)
        repo = SetRepository(db)
        rows = [
            NewSet("squat", NOW, NOW.date(), 100 + i % 50, "kg", 5, import_key=f"k{i}")
            for i in range(1200)
        ]
        assert await repo.add_imported(1, rows, NOW) == 1200
        assert await repo.add_imported(1, [*rows[:700], rows[0]], NOW) == 0
        assert await repo.count(1) == 1200
    finally:
        await db.close()


async def test_one_leader_at_a_time_and_a_successor_when_it_goes(pg_schema: PgSchema) -> None:
    first, second = await pg_schema.open(), await pg_schema.open()
    try:
        a, b = leadership(first), leadership(second)
        assert await a.try_acquire() and await a.try_acquire()  # re-entrant for its holder
        assert not await b.try_acquire()
        await a.release()
        assert await b.try_acquire()
        second.pool.terminate()  # the leader's process dies: its session lock goes with it
        for _ in range(100):  # the server notices the dropped session within moments
            if await a.try_acquire():
                break
            await asyncio.sleep(0.05)
        assert await a.try_acquire()
    finally:
        await first.close()
        await second.close()


async def test_sqlite_is_always_its_own_leader(tmp_path: Path) -> None:
    db = await Database.open(f"sqlite:///{tmp_path / 's.db'}")
    try:
        assert await leadership(db).try_acquire()
    finally:
        await db.close()
