"""Fan-out benchmark: 10,000 due prompts through the real tick, outbox and limiter, over HTTP.

Run from the repository root:  .venv/bin/python -m bench.bench_fanout [--users N] [--rate R]

The Bot API stand-in (`tests.fakeapi.FakeBotApiServer`) runs in a child process so that its
CPU and memory are not counted as ours. Every figure is printed next to a baseline measured in
the same run: the stand-in's raw speed with no limiter, and the configured rate.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script or with -m

import aiohttp
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bench.common import UNLIMITED, serve_standin
from bot.config import Settings
from bot.runtime.delivery import Outbox, PriorityRateLimiter, Prompt
from bot.runtime.scheduler import (
    BATCH_SIZE,
    DeliveryRecorder,
    PromptBuilder,
    PromptContent,
    ReminderService,
)
from storage.db import Database
from storage.reminders import ReminderRepository

SEVEN = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
TOKEN = "123456:BENCH"
BUTTONS = [[("Done", "done"), ("Skip today", "skip"), ("Snooze 1 h", "snooze")]]


@dataclass
class StandIn:
    url: str
    session: aiohttp.ClientSession

    async def control(self, spec: dict[str, Any]) -> None:
        async with self.session.post(f"{self.url}/__control/scenarios", json=spec) as resp:
            resp.raise_for_status()

    async def stats(self) -> dict[str, Any]:
        async with self.session.get(f"{self.url}/__control/stats") as resp:
            return dict((await resp.json())["result"])


def make_bot(url: str, limiter: PriorityRateLimiter | None) -> ExtBot[Any]:
    return ExtBot(
        TOKEN,
        base_url=f"{url}/bot",
        request=HTTPXRequest(connection_pool_size=64),
        rate_limiter=limiter,
    )


# -- phase 1: baseline -------------------------------------------------------------------------


async def baseline_rate(url: str, sends: int, workers: int) -> float:
    """Messages/s the stand-in takes with no limiter at all."""
    bot = make_bot(url, None)
    await bot.initialize()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for chat in range(sends):
        queue.put_nowait(chat + 1)

    async def worker() -> None:
        while not queue.empty():
            await bot.send_message(queue.get_nowait(), "warm-up", reply_markup=None)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    elapsed = time.perf_counter() - started
    await bot.shutdown()
    return sends / elapsed


# -- phase 2: the fan-out --------------------------------------------------------------------


@dataclass
class Callbacks:
    on_sent: Callable[[int | None, int], Awaitable[None]]
    on_blocked: Callable[[int], Awaitable[None]]
    on_failed: Callable[[int | None], Awaitable[None]]


@dataclass
class SendLog:
    stamps: list[float] = field(default_factory=list)
    failed: int = 0
    blocked: int = 0


def recording(log: SendLog, recorder: DeliveryRecorder) -> Callbacks:
    async def on_sent(delivery_id: int | None, message_id: int) -> None:
        log.stamps.append(time.perf_counter())
        await recorder.on_sent(delivery_id, message_id)

    async def on_failed(delivery_id: int | None) -> None:
        log.failed += 1
        await recorder.on_failed(delivery_id)

    async def on_blocked(user_id: int) -> None:
        log.blocked += 1
        await recorder.on_blocked(user_id)

    return Callbacks(on_sent, on_blocked, on_failed)


async def session_prompt(user_id: int, chat_id: int, local_date: date) -> PromptContent | None:
    text = f"Today ({local_date:%a %d %b}): Squat 3×5 @ 100 kg, Bench 3×5 @ 70 kg. Ready?"
    return PromptContent(text, BUTTONS)


async def seed(db: Database, users: int, fire_ts: int, *, spread_s: int = 0) -> None:
    """`users` users, each with a daily session reminder due at `fire_ts` (+ spread)."""
    chunk = 10_000
    for start in range(1, users + 1, chunk):
        ids = range(start, min(start + chunk, users + 1))
        async with db.transaction() as tx:
            await tx.executemany(
                "INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, '', '')",
                [(u, u) for u in ids],
            )
            await tx.executemany(
                "INSERT INTO reminders (user_id, kind, local_time, next_fire_ts)"
                " VALUES (?, 'session', '07:00', ?)",
                [(u, fire_ts - (u % spread_s if spread_s else 0)) for u in ids],
            )


async def fan_out(url: str, workdir: Path, users: int, rate: float) -> dict[str, float]:
    db = await Database.open(f"sqlite:///{workdir / 'fanout.db'}")
    await seed(db, users, int(SEVEN.timestamp()))
    repo = ReminderRepository(db)
    log = SendLog()
    limiter = PriorityRateLimiter(rate)
    bot = make_bot(url, limiter)
    await bot.initialize()
    calls = recording(log, DeliveryRecorder(repo))
    outbox = Outbox(
        bot,
        on_sent=calls.on_sent,
        on_blocked=calls.on_blocked,
        on_failed=calls.on_failed,
        workers=16,
    )
    builders: dict[str, PromptBuilder] = {"session": session_prompt}
    service = ReminderService(repo, outbox, builders, timedelta(hours=2))

    rss_before = peak_rss_mb()
    started = time.perf_counter()
    report = await service.tick(SEVEN + timedelta(seconds=5))
    await outbox.close()
    drained = time.perf_counter() - started
    rss_growth = peak_rss_mb() - rss_before

    await bot.shutdown()
    await db.close()
    span = log.stamps[-1] - log.stamps[0] if len(log.stamps) > 1 else float("nan")
    return {
        "enqueued": report.enqueued,
        "sent": len(log.stamps),
        "failed": log.failed,
        "achieved": (len(log.stamps) - 1) / span,
        "drain_s": drained,
        "rss_growth_mb": rss_growth,
    }


# -- phase 3: 100k rows and the claim throughput ---------------------------------------------


class DiscardingOutbox:
    async def put(self, prompt: Prompt) -> None:
        """The claim path alone: prompts are built and dropped."""


class TimedRepo(ReminderRepository):
    """Measures how long each claim transaction holds the write lock."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.batch_ms: list[float] = []

    async def claim_due(self, now_ts: int, limit: int, *, grace_s: int = 7200) -> Any:
        started = time.perf_counter()
        try:
            return await super().claim_due(now_ts, limit, grace_s=grace_s)
        finally:
            self.batch_ms.append((time.perf_counter() - started) * 1000)


async def rows_100k(workdir: Path, rows: int) -> dict[str, float]:
    rss_before = peak_rss_mb()
    db = await Database.open(f"sqlite:///{workdir / 'rows.db'}")
    await seed(db, rows, int(SEVEN.timestamp()), spread_s=3600)
    repo = TimedRepo(db)
    service = ReminderService(
        repo, DiscardingOutbox(), {"session": session_prompt}, timedelta(hours=2)
    )
    started = time.perf_counter()
    report = await service.tick(SEVEN + timedelta(seconds=5))
    elapsed = time.perf_counter() - started
    await db.close()
    size = sum(p.stat().st_size for p in workdir.glob("rows.db*"))
    return {
        "claimed": report.claimed,
        "claim_rate": report.claimed / elapsed,
        "tick_s": elapsed,
        "batch_avg_ms": sum(repo.batch_ms) / len(repo.batch_ms),
        "batch_max_ms": max(repo.batch_ms),
        "rss_growth_mb": peak_rss_mb() - rss_before,
        "db_mb": size / 2**20,
    }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- main ------------------------------------------------------------------------------------


async def run(args: argparse.Namespace) -> None:
    async with aiohttp.ClientSession() as session:
        stand_in = StandIn(args.url, session)
        await stand_in.control({"reset": True, "flood": UNLIMITED})
        raw = await baseline_rate(args.url, args.baseline_sends, workers=16)
        print(f"baseline   stand-in, no limiter, 16 senders: {raw:,.0f} msg/s")

        # Telegram-like flood control (30/s overall) shows whether the limiter ever overshoots.
        telegram_like = {**UNLIMITED, "global_rate": 30.0, "global_burst": 30.0}
        await stand_in.control({"reset": True, "flood": telegram_like})
        with tempfile.TemporaryDirectory() as tmp:
            fan = await fan_out(args.url, Path(tmp), args.users, args.rate)
            throttled = (await stand_in.stats())["throttled"]
            print(
                f"fan-out    {fan['sent']:,.0f}/{args.users:,} prompts sent, {fan['failed']:.0f}"
                f" failed, 429s from stand-in: {throttled}"
            )
            print(
                f"           achieved {fan['achieved']:.2f} msg/s"
                f" = {fan['achieved'] / args.rate:.3f} x configured {args.rate:g}/s"
                f" = {fan['achieved'] / raw:.4f} x baseline"
            )
            ideal = args.users / args.rate
            print(
                f"           drained in {fan['drain_s']:.1f} s (ideal {ideal:.1f} s,"
                f" {fan['drain_s'] / ideal:.3f} x); peak RSS grew {fan['rss_growth_mb']:.1f} MB"
            )
            big = await rows_100k(Path(tmp), args.rows)
        print(
            f"rows       {big['claimed']:,.0f} of {args.rows:,} claimed by one tick in"
            f" {big['tick_s']:.1f} s = {big['claim_rate']:,.0f} rows/s"
            f" ({big['claim_rate'] / args.rate:,.0f} x the send rate)"
        )
        print(
            f"           claim transaction per {BATCH_SIZE}: avg {big['batch_avg_ms']:.1f} ms,"
            f" max {big['batch_max_ms']:.1f} ms; db {big['db_mb']:.1f} MB;"
            f" peak RSS grew {big['rss_growth_mb']:.1f} MB"
        )
        print(f"memory     peak RSS of the bot process: {peak_rss_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=Settings().spotter_broadcast_rate)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--baseline-sends", type=int, default=2_000)
    args = parser.parse_args()

    ctx = mp.get_context("spawn")
    port_out, stop = ctx.Queue(), ctx.Event()
    child = ctx.Process(target=serve_standin, args=(TOKEN, port_out, stop), daemon=True)
    child.start()
    try:
        args.url = f"http://127.0.0.1:{port_out.get(timeout=30)}"
        print(f"pid {os.getpid()}: {args.users:,} users at {args.rate:g} msg/s via {args.url}")
        asyncio.run(run(args))
    finally:
        stop.set()
        child.join(timeout=5)


if __name__ == "__main__":
    main()
