"""Run storage tests on both engines: SQLite files and PostgreSQL (a fresh schema per test).

PostgreSQL comes from SPOTTER_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/
test). When it cannot be reached its tests skip, saying why — unless SPOTTER_REQUIRE_POSTGRES=1
(set by .ci/run), where they fail instead. Import the fixtures into a test module:

    from tests.storage_backends import backend, store  # noqa: F401
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from storage import open_database
from storage.base import Store
from storage.pg import PgDatabase

DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgres")
_reachable: dict[str, str | None] = {}


def postgres_url() -> str:
    return os.environ.get("SPOTTER_TEST_POSTGRES_URL") or DEFAULT_PG_URL


def postgres_required() -> bool:
    return os.environ.get("SPOTTER_REQUIRE_POSTGRES", "") not in ("", "0")


async def require_postgres() -> str:
    """The test URL, or skip (fail under SPOTTER_REQUIRE_POSTGRES) when nothing answers."""
    url = postgres_url()
    if url not in _reachable:
        try:
            conn = await asyncpg.connect(url, timeout=3)
            await conn.close()
            _reachable[url] = None
        except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
            _reachable[url] = f"{type(exc).__name__}: {exc}"
    problem = _reachable[url]
    if problem is not None:
        message = (
            f"PostgreSQL at {url} is not reachable ({problem}); set SPOTTER_TEST_POSTGRES_URL"
            " to a server with trust auth to run the PostgreSQL backend tests"
        )
        if postgres_required():
            pytest.fail(message + " [SPOTTER_REQUIRE_POSTGRES=1]", pytrace=False)
        pytest.skip(message)
    return url


class PgSchema:
    """A throwaway schema on the test server; every pool opened on it uses it as search_path."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.name = "t_" + secrets.token_hex(6)

    @property
    def dsn(self) -> str:
        """The server URL with `search_path` set, for `open_database`, the CLI and the app."""
        joiner = "&" if "?" in self.url else "?"
        return f"{self.url}{joiner}search_path={self.name}"

    async def create(self) -> None:
        conn = await asyncpg.connect(self.url)
        try:
            await conn.execute(f"CREATE SCHEMA {self.name}")
        finally:
            await conn.close()

    async def drop(self) -> None:
        conn = await asyncpg.connect(self.url)
        try:
            await conn.execute(f"DROP SCHEMA IF EXISTS {self.name} CASCADE")
        finally:
            await conn.close()

    async def open(self, **kwargs: Any) -> PgDatabase:
        return await PgDatabase.open(self.url, schema=self.name, **kwargs)


class StoreTarget:
    """Where a test's database lives; `open()` may be called again (a restart)."""

    def __init__(self, backend: str, tmp_path: Path, schema: PgSchema | None) -> None:
        self.backend = backend
        self.sqlite_url = f"sqlite:///{tmp_path / 'spotter.db'}"
        self.schema = schema
        self.opened: list[Store] = []

    async def open(self) -> Store:
        db = await self.schema.open() if self.schema else await open_database(self.sqlite_url)
        self.opened.append(db)
        return db


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def target(backend: str, tmp_path: Path) -> AsyncIterator[StoreTarget]:
    schema = None
    if backend == "postgres":
        schema = PgSchema(await require_postgres())
        await schema.create()
    where = StoreTarget(backend, tmp_path, schema)
    try:
        yield where
    finally:
        for db in where.opened:
            with contextlib.suppress(Exception):  # a test may have closed it already
                await db.close()
        if schema is not None:
            await schema.drop()


@pytest.fixture
async def store(target: StoreTarget) -> Store:
    """A migrated, empty database on the parametrized backend (closed by `target`)."""
    return await target.open()


@pytest.fixture
async def pg_schema() -> AsyncIterator[PgSchema]:
    """A fresh schema on the test PostgreSQL (for PostgreSQL-only tests)."""
    schema = PgSchema(await require_postgres())
    await schema.create()
    try:
        yield schema
    finally:
        await schema.drop()
