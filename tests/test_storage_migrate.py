"""`spotter migrate-db`: SQLite → PostgreSQL → SQLite keeps every row and the export output."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_settings
from bot.services.container import Services, open_services
from bot.services.data import export_csv
from storage.migrate import TABLES, MigrationRefused, migrate_database
from storage.program import NewEvent
from storage.sets import NewSet
from tests.storage_backends import PgSchema, pg_schema

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
USERS = {11: "UTC", 2**33 + 1: "Europe/Berlin", 13: "America/New_York", 14: "Asia/Kolkata"}
SETS = 50_000
EXERCISES = ("squat", "bench_press", "deadlift", "overhead_press", "barbell_row", "pull_up")


async def seed(url: str) -> None:
    """50,000 sets over four lifters, plus a row or more in every other table."""
    rng = random.Random(7)
    svc = await open_services(load_settings(database_url=url))
    try:
        per_user = SETS // len(USERS)
        for user_id, tz in USERS.items():
            await svc.users.ensure(user_id, user_id + 1, "Lifter", NOW)
            await svc.users.update(user_id, NOW, timezone=tz, unit=rng.choice(("kg", "lb")))
            rows = []
            for i in range(per_user):
                day = date(2024, 1, 1) + timedelta(days=i // 12)
                rows.append(
                    NewSet(
                        exercise=rng.choice(EXERCISES),
                        performed_at=datetime.combine(day, time(17, i % 60), UTC),
                        local_date=day,
                        weight_kg=None if i % 97 == 0 else round(rng.uniform(20, 220) * 4) / 4,
                        unit=rng.choice(("kg", "lb")),
                        reps=rng.randint(1, 15),
                        rpe=rng.choice((None, 7.5, 8.0, 9.5)),
                        set_type=rng.choice(("normal", "normal", "warmup", "drop")),
                        notes=rng.choice(("", "felt fast", 'quote " and, comma')),
                        import_key=f"{user_id}-{i}",
                    )
                )
            assert await svc.sets.add_imported(user_id, rows, NOW) == per_user
            await svc.sets.replace_message(
                user_id, user_id + 1, 99, [NewSet("squat", NOW, NOW.date(), 140, "kg", 3)], NOW
            )
            await svc.reminders.set(user_id, "session", time(7, 0), 127, 1_800_000_000)
            await svc.program.save(
                user_id,
                {"block": 1},
                [NewEvent("squat", "S1", "deload", {"pct": 10}, "Deload")],
                NOW,
            )
            await svc.program.set_bodyweight(user_id, NOW.date(), 81.5)
        claims = (await svc.reminders.claim_due(1_800_000_000, 10)).claims
        await svc.reminders.mark_sent(claims[0].delivery_id, 5, 1_800_000_001)
    finally:
        await svc.close()


async def exports(url: str) -> dict[int, str]:
    svc: Services = await open_services(load_settings(database_url=url))
    try:
        out = {}
        for user_id in USERS:
            user = await svc.users.get(user_id)
            assert user is not None
            out[user_id] = (await export_csv(svc, user))[0]
        return out
    finally:
        await svc.close()


async def test_round_trip_keeps_every_row_and_the_export(
    pg_schema: PgSchema, tmp_path: Path
) -> None:
    source = f"sqlite:///{tmp_path / 'spotter.db'}"
    back = f"sqlite:///{tmp_path / 'back.db'}"
    await seed(source)
    before = await exports(source)
    assert sum(text.count("\n") for text in before.values()) >= SETS

    there = await migrate_database(source, pg_schema.dsn, batch=4000)
    assert {r.table for r in there} == {t for t, _ in TABLES}
    assert next(r for r in there if r.table == "sets").target_rows == SETS + len(USERS)
    assert await exports(pg_schema.dsn) == before

    again = await migrate_database(pg_schema.dsn, back, batch=7000)
    assert [(r.table, r.target_rows) for r in again] == [(r.table, r.target_rows) for r in there]
    assert await exports(back) == before

    # New rows after the copy get fresh ids (the identity sequences moved past the copied ids).
    svc = await open_services(load_settings(database_url=pg_schema.dsn))
    try:
        new = NewSet("squat", NOW, NOW.date(), 150, "kg", 1)
        await svc.sets.replace_message(11, 12, 100, [new], NOW)
        assert await svc.sets.count(11) == SETS // len(USERS) + 2
    finally:
        await svc.close()


async def test_a_target_with_data_is_refused(pg_schema: PgSchema, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'spotter.db'}"
    svc = await open_services(load_settings(database_url=source))
    await svc.users.ensure(1, 1, "Ann", NOW)
    await svc.close()
    await migrate_database(source, pg_schema.dsn)
    with pytest.raises(MigrationRefused, match="not empty"):
        await migrate_database(source, pg_schema.dsn)


def test_cli_copies_and_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    source = f"sqlite:///{tmp_path / 'a.db'}"
    target = f"sqlite:///{tmp_path / 'b.db'}"
    assert main(["migrate-db", "--from", source, "--to", target]) == 0
    assert "row counts match" in capsys.readouterr().out
    assert main(["migrate-db", "--from", source, "--to", source]) == 1
    assert "same database" in capsys.readouterr().err
