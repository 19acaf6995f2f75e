"""An import in chat next to other lifters: memory peak and another lifter's reply latency.

Run: `.venv/bin/python bench/bench_import_job.py [ROWS]` (200,000 rows by default, a minute or
two). In-process through `ChatDriver` (the real Application, FakeRequest transport, SQLite in a
temp dir), in a fresh interpreter so ru_maxrss is this run's peak.

One lifter uploads a generated Strong export of ROWS sets; while the import job runs, another
lifter logs a set every 1.1 s (inside the flood guard's 1/s pace, which would otherwise be what
is measured). Printed: the bot's RSS before the upload and its peak (target < 300 MB), the
import's wall time, and the other lifter's reply latency (max, p50; target max < 1.5 s) against
the same reply with nothing else running.
"""

from __future__ import annotations

import asyncio
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import emit, median, quiet_logging
from bot.runtime.app import services_of
from tests.bigfile import big_strong_csv
from tests.fakeapi.core import DEFAULT_TOKEN, FakeTelegram
from tests.fakeapi.driver import ChatDriver

BOB_PAUSE_S = 1.1  # a steady logger the flood guard never has to pace

ANN, BOB = 101, 202


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def bob_logs(driver: ChatDriver) -> float:
    start = time.monotonic()
    await driver.feed(driver.core.text_update(BOB, "bench 100x5"), wait_jobs=False)
    return time.monotonic() - start


async def main(rows: int) -> None:
    quiet_logging()
    with tempfile.TemporaryDirectory() as tmp:
        driver = await ChatDriver.start(
            Path(tmp), core=FakeTelegram(DEFAULT_TOKEN), build_kwargs={"tick": False}
        )
        assert driver.app is not None
        jobs = services_of(driver.app).jobs
        idle = [await bob_logs(driver) for _ in range(10)]
        data = big_strong_csv(rows)
        upload = driver.core.document_update(ANN, "strong.csv", data)
        del data
        before = rss_mb()
        started = time.monotonic()
        await driver.feed(upload, wait_jobs=False)
        busy: list[float] = []
        while jobs.running(ANN):
            busy.append(await bob_logs(driver))
            await asyncio.sleep(BOB_PAUSE_S)
        await jobs.join()
        took = time.monotonic() - started
        added = await services_of(driver.app).sets.count(ANN)
        await driver.stop()
    print(f"rows {rows:,}: imported {added:,} in {took:.1f} s")
    print(f"RSS before the upload {before:.0f} MB, peak {peak_mb():.0f} MB (target < 300)")
    print(
        f"other lifter's reply during the import: max {max(busy):.3f} s, p50 "
        f"{median(busy):.3f} s over {len(busy)} replies; idle p50 {median(idle):.3f} s"
    )
    emit(
        "import_job",
        rows=rows,
        added=added,
        seconds=round(took, 1),
        rss_before_mb=round(before),
        peak_mb=round(peak_mb()),
        other_reply_max_s=round(max(busy), 3),
        other_reply_p50_s=round(median(busy), 3),
        idle_reply_p50_s=round(median(idle), 3),
    )


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))
