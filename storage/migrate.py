"""`spotter migrate-db`: copy every table from one database to another (SQLite ⇄ PostgreSQL).

Both sides are opened (and migrated) with `open_database`, so they hold the same schema
version; the target must be empty, else the copy is refused (re-running after a partial copy
means emptying the target first). Tables go in foreign-key order, in keyset-paged batches,
one target transaction per batch; ids are copied as they are, and PostgreSQL's identity
sequences are moved past them afterwards. Row counts are compared at the end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storage import open_database
from storage.base import Store

log = logging.getLogger(__name__)

# Every table, parents first, with the key it is paged by.
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("users", ("id",)),
    ("sets", ("id",)),
    ("rep_bests", ("user_id", "exercise", "reps")),
    ("day_tops", ("user_id", "exercise", "local_date", "reps")),
    ("reminders", ("user_id", "kind")),
    ("deliveries", ("id",)),
    ("program_state", ("user_id",)),
    ("program_events", ("id",)),
    ("bodyweight", ("user_id", "local_date")),
    ("rest_timers", ("user_id",)),
    ("skipped_sessions", ("user_id", "local_date")),
    ("training_prefs", ("user_id",)),
    ("update_attempts", ("update_id",)),
    ("heartbeat", ("id",)),
)
IDENTITY_TABLES = ("sets", "deliveries", "program_events")
DEFAULT_BATCH = 5000


class MigrationRefused(RuntimeError):
    """The copy cannot start (target not empty, schema versions differ) or did not verify."""


@dataclass(frozen=True)
class TableCopy:
    table: str
    source_rows: int
    target_rows: int


async def columns(db: Store, table: str) -> list[str]:
    """Column names of `table` in definition order."""
    if db.dialect.name == "sqlite":
        rows = await db.fetchall(f"PRAGMA table_info({table})")
        return [r["name"] for r in rows]
    rows = await db.fetchall(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
        (table,),
    )
    return [r["column_name"] for r in rows]


async def count(db: Store, table: str) -> int:
    row = await db.fetchone(f"SELECT COUNT(*) FROM {table}")
    return int(row[0]) if row else 0


async def copy_database(
    source: Store,
    target: Store,
    *,
    batch: int = DEFAULT_BATCH,
    progress: Callable[[str, int], None] | None = None,
) -> list[TableCopy]:
    """Copy every table of `source` into the empty `target`; returns the verified counts."""
    if await source.schema_version() != await target.schema_version():
        raise MigrationRefused(
            f"schema versions differ: source {await source.schema_version()},"
            f" target {await target.schema_version()}"
        )
    busy = [t for t, _ in TABLES if await count(target, t)]
    if busy:
        raise MigrationRefused(
            f"the target is not empty ({', '.join(busy)} hold rows); refusing to copy into it"
        )
    for table, key in TABLES:
        names = await columns(source, table)
        if names != await columns(target, table):
            raise MigrationRefused(f"{table}: columns differ between source and target")
        copied = await _copy_table(source, target, table, names, key, batch)
        if progress:
            progress(table, copied)
    if target.dialect.name == "postgresql":
        async with target.transaction() as tx:
            for table in IDENTITY_TABLES:
                await tx.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )
    report = [TableCopy(t, await count(source, t), await count(target, t)) for t, _ in TABLES]
    wrong = [r for r in report if r.source_rows != r.target_rows]
    if wrong:
        raise MigrationRefused(
            "row counts differ after the copy: "
            + ", ".join(f"{r.table} {r.source_rows} → {r.target_rows}" for r in wrong)
        )
    return report


async def _copy_table(
    source: Store, target: Store, table: str, names: list[str], key: tuple[str, ...], batch: int
) -> int:
    cols = ", ".join(names)
    keys = ", ".join(key)
    marks = ", ".join("?" for _ in names)
    insert = f"INSERT INTO {table} ({cols}) VALUES ({marks})"
    after: tuple[Any, ...] | None = None
    copied = 0
    while True:
        if after is None:
            sql = f"SELECT {cols} FROM {table} ORDER BY {keys} LIMIT ?"
            params: tuple[Any, ...] = (batch,)
        else:
            bound = ", ".join("?" for _ in key)
            sql = f"SELECT {cols} FROM {table} WHERE ({keys}) > ({bound}) ORDER BY {keys} LIMIT ?"
            params = (*after, batch)
        rows = await source.fetchall(sql, params)
        if not rows:
            return copied
        async with target.transaction() as tx:
            await tx.executemany(insert, [tuple(r) for r in rows])
        copied += len(rows)
        last = rows[-1]
        after = tuple(last[k] for k in key)
        log.info("migrate-db: %s %d rows", table, copied)


async def migrate_database(
    source_url: str,
    target_url: str,
    *,
    batch: int = DEFAULT_BATCH,
    progress: Callable[[str, int], None] | None = None,
) -> list[TableCopy]:
    """Open both URLs (creating the target's schema) and copy; see `copy_database`."""
    if source_url == target_url:
        raise MigrationRefused("source and target are the same database")
    source = await open_database(source_url)
    try:
        target = await open_database(target_url)
        try:
            return await copy_database(source, target, batch=batch, progress=progress)
        finally:
            await target.close()
    finally:
        await source.close()
