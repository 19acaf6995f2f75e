"""How long one SQLite statement batch holds the event loop while the bot logs many sets.

Run: `.venv/bin/python bench/bench_batch_wall.py [messages]` (3000 by default, ~20 s).

Why: inline batches (storage/sqlite_run.py) run on the loop's thread, so a slow one stalls every
user; the tail (p99.9, worst) is the figure, not the median. Printed per batch: wall and thread
CPU of the inline part (wall counts other processes' preemption and fsync waits, thread CPU
neither), the whole await (it includes waiting behind a checkpoint on the worker), the
checkpoints run on the worker thread, and the largest WAL file seen.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import storage.db as storage_db
import storage.sqlite_run as sqlite_run
from bench.bench_logged_set import USERS, WARM_UP, lift_flood_gate
from bench.bench_throughput import LOGS
from tests.fakeapi.driver import ChatDriver

TIMES: dict[str, list[float]] = {"inline wall": [], "inline CPU": [], "awaited": [], "ckpt": []}


def timed(fn: Callable[..., Any], *names: str) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args)
        finally:
            TIMES[names[0]].append(time.perf_counter() - wall)
            if len(names) > 1:
                TIMES[names[1]].append(time.thread_time() - cpu)

    return run


def instrument() -> None:
    sqlite_run.run_inline = timed(sqlite_run.run_inline, "inline wall", "inline CPU")
    sqlite_run.checkpoint_passive = timed(sqlite_run.checkpoint_passive, "ckpt")
    run_all = storage_db.run_all

    async def awaited(conn: Any, statements: Any) -> Any:
        start = time.perf_counter()
        try:
            return await run_all(conn, statements)
        finally:
            TIMES["awaited"].append(time.perf_counter() - start)

    storage_db.run_all = awaited


async def run(messages: int) -> int:
    """The messages through one fresh bot; the largest WAL file seen (bytes)."""
    with tempfile.TemporaryDirectory() as tmp:
        driver = await ChatDriver.start(
            Path(tmp), spotter_broadcast_rate=1000, build_kwargs={"tick": False}
        )
        for user in USERS:
            await driver.send(user, WARM_UP)
        for times in TIMES.values():
            times.clear()
        largest = 0
        for k in range(messages):
            user = USERS[k % len(USERS)]
            await driver.send(user, LOGS[(user + k) % len(LOGS)])
            if k % 100 == 0:
                largest = max([largest, *(p.stat().st_size for p in Path(tmp).rglob("*-wal"))])
        await driver.stop()
    return largest


def main() -> None:
    lift_flood_gate()
    instrument()
    largest = asyncio.run(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3000))
    for name, times in TIMES.items():
        if times:
            ordered = sorted(times)
            at = [ordered[min(len(ordered) - 1, int(len(ordered) * q))] for q in (0.99, 0.999)]
            print(
                f"{name:<12} n={len(times):<6} median {statistics.median(times) * 1e3:7.3f}"
                f"  p99 {at[0] * 1e3:7.3f}  p99.9 {at[1] * 1e3:7.3f}"
                f"  worst {ordered[-1] * 1e3:7.3f} ms"
            )
    print(f"largest WAL file: {largest / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
