"""/stats reads two weeks of sets and the e1RM trend from the per-day tops: after every kind of
write (chat logs, redeliveries, edits, undo, deletes, Mini App edits, imports, /deletedata) the
lifter gets exactly the /stats of reading all nine weeks of sets, on both engines, and an old
database upgraded to migration 0008 does too."""

# ruff: noqa: F401, F811 - the fixtures of tests.storage_backends are imported by name

from __future__ import annotations

import contextlib
import random
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.config import load_settings
from bot.services.calendar import local_today
from bot.services.container import Services, open_services
from bot.services.program import stored_state
from bot.services.stats import STATS_WEEKS, _targets, stats_report, stats_text, week_row
from bot.stats import StatsReport, build_stats, render_stats
from storage.set_edits import SetChange, SetEdits
from storage.sets import NewSet
from tests.conftest import FakeClock
from tests.storage_backends import StoreTarget, backend, target

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)  # a Wednesday
ANN, BOB = 1, 2
LIFTS = ("squat", "bench_press", "deadlift", "overhead_press", "barbell_row", "pull_up", "zercher")
# What the per-day tops must hold: the heaviest loaded working set per (lifter, lift, day, reps).
FROM_SETS = (
    "SELECT user_id, exercise, local_date, reps, MAX(weight_kg) FROM sets"
    " WHERE set_type != 'warmup' AND weight_kg > 0 GROUP BY user_id, exercise, local_date, reps"
)


@pytest.fixture
async def svc(target: StoreTarget) -> AsyncIterator[Services]:
    url = target.schema.dsn if target.schema else target.sqlite_url
    services = await open_services(load_settings(database_url=url), clock=FakeClock(NOW))
    for user, tz in ((ANN, "UTC"), (BOB, "America/New_York")):
        await services.users.ensure(user, user, "Lifter", NOW)
        await services.users.update(user, NOW, timezone=tz)
    try:
        yield services
    finally:
        with contextlib.suppress(Exception):  # the upgrade test closes it itself
            await services.close()


def a_set(rng: random.Random, day: date, **kw: object) -> NewSet:
    fields: dict[str, object] = {
        "exercise": rng.choice(LIFTS),
        "performed_at": datetime.combine(day, time(17, rng.randrange(60)), UTC),
        "local_date": day,
        "weight_kg": None if rng.random() < 0.08 else round(rng.uniform(20, 200) * 4) / 4,
        "unit": "kg",
        "reps": rng.randint(1, 13),
        "set_type": rng.choice(("normal", "normal", "normal", "warmup", "drop", "failure")),
    }
    return NewSet(**{**fields, **kw})  # type: ignore[arg-type]


def day_back(days: int) -> date:
    return NOW.date() - timedelta(days=days)


async def old_path(svc: Services, user_id: int) -> StatsReport | None:
    """/stats as it was computed before the per-day tops: every set of the nine weeks."""
    user = await svc.users.get(user_id)
    assert user is not None
    today = local_today(svc.now(), user.timezone)
    week = today - timedelta(days=today.weekday())
    raw = await svc.sets.week_rows(user_id, week - timedelta(weeks=STATS_WEEKS - 1))
    if not raw:
        return None
    targets = _targets(user, await stored_state(svc, user))
    return build_stats([week_row(r) for r in raw], week, targets)


async def assert_same_stats(svc: Services, step: str) -> None:
    rows = await svc.db.fetchall(
        "SELECT user_id, exercise, local_date, reps, weight_kg FROM day_tops"
    )
    assert sorted(map(tuple, rows)) == sorted(map(tuple, await svc.db.fetchall(FROM_SETS))), step
    for user_id in (ANN, BOB):
        user = await svc.users.get(user_id)
        assert user is not None
        expected = await old_path(svc, user_id)
        assert await stats_report(svc, user) == expected, step
        text = render_stats(expected, user.unit) if expected else None
        assert text is None or await stats_text(svc, user) == text, step


async def log_history(svc: Services, rng: random.Random) -> None:
    """Twelve weeks of imports for both lifters, then chat logs over the weeks /stats shows."""
    for user in (ANN, BOB):
        rows = [a_set(rng, day_back(i // 8), import_key=f"{user}-{i}") for i in range(8 * 84)]
        assert await svc.sets.add_imported(user, rows, NOW) == len(rows)
    for n, back in enumerate((0, 0, 1, 2, 4, 5, 8, 9)):
        group = [a_set(rng, day_back(back), group_idx=0, set_idx=i) for i in range(4)]
        await svc.sets.replace_message(ANN, ANN, 100 + n, group, NOW)


async def test_stats_from_day_tops_match_every_set_after_every_write(svc: Services) -> None:
    rng = random.Random(17)
    await log_history(svc, rng)
    await assert_same_stats(svc, "imported and logged")
    old = [a_set(rng, day_back(i), import_key=f"{ANN}-{i}", weight_kg=500.0) for i in range(40)]
    assert await svc.sets.add_imported(ANN, old, NOW) == 0  # already there: raises no top
    await assert_same_stats(svc, "re-import")
    heavy = [NewSet("squat", NOW, day_back(28), 300.0, "kg", 3, set_idx=i) for i in range(2)]
    await svc.sets.replace_message(ANN, ANN, 200, heavy, NOW)
    await svc.sets.replace_message(ANN, ANN, 200, heavy, NOW)  # redelivered
    await assert_same_stats(svc, "redelivery")
    await svc.sets.replace_message(ANN, ANN, 200, [replace(heavy[0], weight_kg=150.0)], NOW)
    await assert_same_stats(svc, "edited message")
    await svc.sets.delete_message(ANN, ANN, 104)
    assert await svc.sets.undo_last_group(ANN)
    await assert_same_stats(svc, "deleted message and undo")
    edits = SetEdits(svc.db)
    benched = await svc.sets.since(ANN, day_back(60), "bench_press")
    top = max(benched, key=lambda s: s.weight_kg or 0)
    await edits.update(ANN, top.id, SetChange(weight_kg=41.0, reps=top.reps + 1, rpe=None))
    await edits.delete(ANN, (await svc.sets.recent_days(ANN, 1, "deadlift"))[0].id)
    await assert_same_stats(svc, "Mini App edit and delete")
    for days in (14, 21, 70):  # an empty week with sets in the window; then nothing lately
        svc.clock = FakeClock(NOW + timedelta(days=days))
        await assert_same_stats(svc, f"{days} days on")
    await svc.users.delete(BOB)
    assert await svc.db.fetchall("SELECT * FROM day_tops WHERE user_id = ?", (BOB,)) == []


async def test_the_trend_is_there_to_compare(svc: Services) -> None:
    await log_history(svc, random.Random(5))
    report = await old_path(svc, ANN)
    assert report is not None and any(t.before_kg and t.now_kg for t in report.trends)
    assert "e1RM vs 4 weeks ago" in await stats_text(svc, await svc.users.get(ANN))  # type: ignore[arg-type]


async def test_an_old_database_upgraded_to_0008_gives_the_same_stats(
    svc: Services, target: StoreTarget
) -> None:
    await log_history(svc, random.Random(29))
    expected = {u: await old_path(svc, u) for u in (ANN, BOB)}
    await svc.db.write("DROP TABLE day_tops")  # the schema of migration 0007, sets and all
    if target.schema is None:
        await svc.db.write("PRAGMA user_version = 7")
    else:
        await svc.db.write("UPDATE schema_version SET version = 7")
    await svc.close()
    url = target.schema.dsn if target.schema else target.sqlite_url
    upgraded = await open_services(load_settings(database_url=url), clock=FakeClock(NOW))
    try:
        assert await upgraded.db.schema_version() == 8
        for user_id, report in expected.items():
            user = await upgraded.users.get(user_id)
            assert user is not None and await stats_report(upgraded, user) == report
        await assert_same_stats(upgraded, "upgraded")
    finally:
        await upgraded.close()
