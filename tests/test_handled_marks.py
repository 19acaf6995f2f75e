"""Handled-update marks ride with the next update's admission instead of a trip of their own,
yet a redelivery is still skipped at once, after a quiet moment, and after a restart."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from bot.config import load_settings
from bot.services.container import Services, open_services
from bot.services.handled import HandledMarks
from bot.services.updates import admit, finish_update
from tests.conftest import FakeClock

NOW = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)


async def _open(folder: Path) -> Services:
    url = f"sqlite:///{folder / 'spotter.db'}"
    return await open_services(load_settings(database_url=url), FakeClock(NOW))


async def _handle(svc: Services, update_id: int) -> None:
    admission, _ = await admit(svc, update_id, 5)
    assert admission == "handle"
    await finish_update(svc, update_id)


async def test_a_redelivery_right_after_handling_is_skipped(tmp_path: Path) -> None:
    svc = await _open(tmp_path)
    try:
        await _handle(svc, 1)
        assert (await admit(svc, 1, 5))[0] == "handled"
        assert (await admit(svc, 2, 5))[0] == "handle", "another update is not affected"
    finally:
        await svc.close()


async def test_the_mark_is_written_on_its_own_when_no_update_follows(tmp_path: Path) -> None:
    svc = await _open(tmp_path)
    try:
        await _handle(svc, 3)
        await asyncio.sleep(HandledMarks.delay_s * 4)
        assert await svc.updates.seen(3), "written without waiting for another update"
    finally:
        await svc.close()


async def test_marks_held_at_shutdown_survive_a_restart(tmp_path: Path) -> None:
    svc = await _open(tmp_path)
    for update_id in (4, 5, 6):
        await _handle(svc, update_id)
    await svc.close()  # before the delay is up
    again = await _open(tmp_path)
    try:
        assert [(await admit(again, u, 5))[0] for u in (4, 5, 6)] == ["handled"] * 3
    finally:
        await again.close()
