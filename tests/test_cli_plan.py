"""`spotter plan --user ID [--date D] --json`: what /plan prescribes, in SPEC.md's shape."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.config import load_settings
from bot.services.container import open_services
from bot.services.logbook import log_message

SPEC_KEYS = {"date", "program", "block", "week", "deload", "rest_day", "exercises"}


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path}/plan.db"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    return url


def plan(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main(["plan", "--user", "7", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


async def log(text: str) -> None:
    svc = await open_services(load_settings())
    try:
        user = await svc.users.ensure(7, 7, "Ann", svc.now())
        await log_message(svc, user, 7, 1, text, datetime.now(UTC))
    finally:
        await svc.close()


def test_a_new_lifter_gets_calibration_sets(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = plan(capsys, "--date", "2026-12-02")
    assert set(doc) >= SPEC_KEYS
    assert doc["date"] == "2026-12-02" and doc["program"] == "auto"
    exercises = doc["exercises"]
    assert isinstance(exercises, list) and exercises
    first = exercises[0]
    assert set(first) >= {"exercise", "rest_s", "sets"}
    assert first["sets"][0].keys() >= {"reps", "weight", "unit", "rpe", "amrap"}
    assert all(s["weight"] is None for e in exercises for s in e["sets"])


def test_one_logged_set_gives_the_lift_a_load(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(log("squat 1x5 140kg @8"))
    doc = plan(capsys)
    squat = next(e for e in doc["exercises"] if e["exercise"] == "squat")
    assert squat["sets"][0]["weight"] == 140 and squat["sets"][0]["unit"] == "kg"


async def train_mondays() -> None:
    svc = await open_services(load_settings())
    try:
        await svc.users.ensure(7, 7, "Ann", svc.now())
        await svc.users.update(7, svc.now(), training_days=1)
    finally:
        await svc.close()


def test_a_rest_day_has_no_exercises(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(train_mondays())
    tuesday = plan(capsys, "--date", "2026-12-01")
    assert tuesday["rest_day"] is True and tuesday["exercises"] == []
    monday = plan(capsys, "--date", "2026-11-30")
    assert monday["rest_day"] is False and monday["exercises"]


def test_plain_text_is_the_plan_message(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--user", "7", "--date", "2026-12-02"]) == 0
    out = capsys.readouterr().out
    assert "Squat 3×5" in out and not out.lstrip().startswith("{")
