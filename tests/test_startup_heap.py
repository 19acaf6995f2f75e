"""What start-up built is frozen out of the cyclic garbage collector while the bot runs, so a
full collection does not re-walk ~100k start-up objects between two replies (issue 17: 0.15 ms
of CPU per logged set, and pauses of tens of ms); it is let go again at shutdown."""

from __future__ import annotations

import gc
from pathlib import Path

from tests.conftest import texts
from tests.fakeapi.driver import ChatDriver


async def test_the_start_up_heap_is_frozen_while_running_and_let_go_at_shutdown(
    tmp_path: Path,
) -> None:
    driver = await ChatDriver.start(tmp_path, build_kwargs={"tick": False})
    try:
        assert gc.get_freeze_count() > 10_000
        assert "Logged" in texts(await driver.send(101, "bench 100x5"))
    finally:
        await driver.stop()
    assert gc.get_freeze_count() == 0
