"""SIGKILL mid-burst, restart on the same database, let Telegram redeliver what was unconfirmed.

Every set the bot confirmed before the kill must still be there, and a redelivered message must
not be logged twice (logging is idempotent per chat message).
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from pathlib import Path

from tests.fakeapi import FakeBotApiServer, FakeTelegram
from tests.test_http_run import BotProcess, api_env, clean_env, spotter

USERS = (101, 102, 103, 104, 105)
PER_USER = 12
LOAD = re.compile(r"@ (\d+) kg")


def confirmed_loads(core: FakeTelegram, user: int) -> set[int]:
    """The loads of every 'Logged' confirmation the user received."""
    loads = set()
    for entry in core.sent(user, "sendMessage"):
        text = str(entry.params["text"])
        if text.startswith("Logged"):
            loads.update(int(m) for m in LOAD.findall(text))
    return loads


async def wait_until(predicate: object, timeout: float) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():  # type: ignore[operator]
            await asyncio.sleep(0.02)


async def test_sigkill_mid_burst_loses_nothing_confirmed_and_logs_nothing_twice(
    tmp_path: Path,
) -> None:
    core = FakeTelegram()
    async with FakeBotApiServer(core) as api:
        env = clean_env(tmp_path, LOG_LEVEL="INFO", **api_env(api, core))
        first = await BotProcess.start(tmp_path, core, env, name="first")
        try:
            core.latency(0.01)  # every Bot API call takes a moment, so the kill lands mid-burst
            for i in range(PER_USER):
                for user in USERS:
                    core.push_update(core.text_update(user, f"bench {100 + i}x5"))

            def some_confirmed() -> bool:
                return sum(len(confirmed_loads(core, u)) for u in USERS) >= 15

            await wait_until(some_confirmed, 20)
            first.proc.kill()  # SIGKILL: no shutdown, no final getUpdates confirmation
            await first.proc.wait()
        finally:
            await first.kill()
        before = {u: confirmed_loads(core, u) for u in USERS}
        total_before = sum(len(v) for v in before.values())
        assert 15 <= total_before < len(USERS) * PER_USER, "the kill landed mid-burst"
        assert core.bots[core.token].queue, "Telegram still holds unconfirmed updates"

        core.latency(0)
        second = await BotProcess.start(tmp_path, core, env, name="second")
        try:

            def all_confirmed() -> bool:
                return all(len(confirmed_loads(core, u)) == PER_USER for u in USERS)

            await wait_until(all_confirmed, 20)
            assert (await second.terminate())[0] == 0
        finally:
            await second.kill()

    for user in USERS:
        code, csv, err = await spotter(
            tmp_path, "export", "--user", str(user), env=clean_env(tmp_path)
        )
        assert code == 0, err
        rows = [line.split(",") for line in csv.strip().splitlines()[1:]]
        loads = Counter(int(float(r[2])) for r in rows if r[1] == "bench_press")
        assert before[user] <= set(loads), f"user {user} lost confirmed sets"
        assert loads == Counter({100 + i: 1 for i in range(PER_USER)}), (
            f"user {user}: every message logged exactly once, got {loads}"
        )
