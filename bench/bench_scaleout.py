"""Scale-out benchmark: one vs two bot instances on one PostgreSQL and one Bot API stand-in.

Run from the repository root:  .venv/bin/python bench/bench_scaleout.py [--users N]

Every instance is its own process with its own asyncpg pool, Bot and outbox (as two
containers behind a load balancer would be); the Bot API stand-in
(`tests.fakeapi.FakeBotApiServer`, flood control off) runs in a further process. Measured:

- reminder fan-out: N users due in the same minute; each instance runs the real tick
  (`ReminderService` → `Outbox` → HTTP → `DeliveryRecorder`), claiming with SKIP LOCKED.
  Checked: every user got exactly one prompt (deliveries 'sent' = N, stand-in sendMessage = N).
- logged sets: lifters logging 3-set messages through `SetRepository.replace_message`
  (the write path of a chat log), split between the instances.

Figures are printed as ratios against a single instance measured in the same run. PostgreSQL
comes from SPOTTER_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test); when
it does not answer the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import secrets
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
import asyncpg

from bench.common import UNLIMITED, serve_standin

SEVEN = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
TOKEN = "123456:SCALE"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


async def stand_in(url: str, path: str, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    async with aiohttp.ClientSession() as session:
        if spec is not None:
            async with session.post(f"{url}/__control/{path}", json=spec) as resp:
                resp.raise_for_status()
                return {}
        async with session.get(f"{url}/__control/{path}") as resp:
            return dict((await resp.json())["result"])


# -- one instance (a child process) ------------------------------------------------------------


def _instance(job: dict[str, Any], ready: Any, go: Any, out: Any) -> None:
    out.put(asyncio.run(_instance_async(job, ready, go)))


async def _instance_async(job: dict[str, Any], ready: Any, go: Any) -> dict[str, Any]:
    from storage.pg import PgDatabase

    if job["phase"] == "raw":
        return await _raw(job, ready, go)
    db = await PgDatabase.open(job["pg"], schema=job["schema"], max_size=job["pool"])
    try:
        if job["phase"] == "fanout":
            return await _fanout(db, job, ready, go)
        return await _logging(db, job, ready, go)
    finally:
        await db.close()


def _make_bot(url: str) -> Any:
    from telegram.ext import ExtBot
    from telegram.request import HTTPXRequest

    from bot.runtime.delivery import PriorityRateLimiter

    return ExtBot(
        TOKEN,
        base_url=f"{url}/bot",
        request=HTTPXRequest(connection_pool_size=64),
        # Effectively unlimited: this measures the instances, not Telegram's 30 msg/s.
        rate_limiter=PriorityRateLimiter(1e6),
    )


async def _raw(job: dict[str, Any], ready: Any, go: Any) -> dict[str, Any]:
    """The stand-in's ceiling: sends alone, no database, no tick."""
    bot = _make_bot(job["url"])
    await bot.initialize()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for chat in range(job["sends"]):
        queue.put_nowait(chat + 1)

    async def worker() -> None:
        while not queue.empty():
            await bot.send_message(queue.get_nowait(), "warm-up")

    ready.put(os.getpid())
    go.wait()
    started = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(16)))
    ended = time.monotonic()
    await bot.shutdown()
    return {"start": started, "end": ended, "claimed": 0}


async def _fanout(db: Any, job: dict[str, Any], ready: Any, go: Any) -> dict[str, Any]:
    from bot.runtime.delivery import Outbox
    from bot.runtime.scheduler import DeliveryRecorder, PromptContent, ReminderService
    from storage.reminders import ReminderRepository

    async def prompt(user_id: int, chat_id: int, local_date: date) -> PromptContent:
        return PromptContent(f"Today ({local_date:%a %d %b}): Squat 3×5 @ 100 kg. Ready?")

    repo = ReminderRepository(db)
    recorder = DeliveryRecorder(repo)
    bot = _make_bot(job["url"])
    await bot.initialize()
    outbox = Outbox(
        bot,
        on_sent=recorder.on_sent,
        on_blocked=recorder.on_blocked,
        on_failed=recorder.on_failed,
        workers=16,
    )
    service = ReminderService(repo, outbox, {"session": prompt}, timedelta(hours=2))
    ready.put(os.getpid())
    go.wait()
    started = time.monotonic()
    report = await service.tick(SEVEN + timedelta(seconds=5))
    await outbox.close()
    ended = time.monotonic()
    await bot.shutdown()
    return {"start": started, "end": ended, "claimed": report.claimed}


async def _logging(db: Any, job: dict[str, Any], ready: Any, go: Any) -> dict[str, Any]:
    from storage.sets import NewSet, SetRepository

    repo = SetRepository(db)
    day = SEVEN.date()

    async def lifter(user_id: int) -> None:
        for message_id in range(1, job["messages"] + 1):
            sets = [
                NewSet("squat", SEVEN, day, 100 + message_id % 40, "kg", 5, set_idx=i)
                for i in range(3)
            ]
            await repo.replace_message(user_id, user_id, message_id, sets, SEVEN)

    ready.put(os.getpid())
    go.wait()
    started = time.monotonic()
    await asyncio.gather(*(lifter(u) for u in job["users"]))
    return {"start": started, "end": time.monotonic(), "claimed": 0}


def run_instances(jobs: list[dict[str, Any]]) -> tuple[float, list[dict[str, Any]]]:
    """Start one process per job, release them together; wall time from first start to last end."""
    ctx = mp.get_context("spawn")
    ready, go, out = ctx.Queue(), ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_instance, args=(job, ready, go, out)) for job in jobs]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=60)
    go.set()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    wall = max(r["end"] for r in results) - min(r["start"] for r in results)
    return wall, results


# -- the parent ---------------------------------------------------------------------------------


async def seed(pg: str, schema: str, users: int) -> None:
    from storage.pg import PgDatabase

    db = await PgDatabase.open(pg, schema=schema)
    try:
        async with db.transaction() as tx:
            await tx.executemany(
                "INSERT INTO users (id, chat_id, created_at, updated_at) VALUES (?, ?, '', '')",
                [(u, u) for u in range(1, users + 1)],
            )
            await tx.executemany(
                "INSERT INTO reminders (user_id, kind, local_time, next_fire_ts)"
                " VALUES (?, 'session', '07:00', ?)",
                [(u, int(SEVEN.timestamp())) for u in range(1, users + 1)],
            )
    finally:
        await db.close()


async def reset_fanout(pg: str, schema: str) -> None:
    conn = await asyncpg.connect(pg, server_settings={"search_path": schema})
    try:
        await conn.execute("DELETE FROM deliveries")
        await conn.execute(
            "UPDATE reminders SET enabled = 1, next_fire_ts = $1", int(SEVEN.timestamp())
        )
        await conn.execute("DELETE FROM sets")
        await conn.execute("DELETE FROM rep_bests")
        await conn.execute("DELETE FROM day_tops")
    finally:
        await conn.close()


async def sent_counts(pg: str, schema: str) -> tuple[int, int]:
    conn = await asyncpg.connect(pg, server_settings={"search_path": schema})
    try:
        row = await conn.fetchrow(
            "SELECT COUNT(*), COUNT(DISTINCT user_id) FROM deliveries WHERE status = 'sent'"
        )
        return int(row[0]), int(row[1])
    finally:
        await conn.close()


async def scenario(args: argparse.Namespace, url: str, schema: str) -> None:
    pg = args.pg
    await seed(pg, schema, args.users)
    base = {"pg": pg, "schema": schema, "url": url, "pool": 8}

    await stand_in(url, "scenarios", {"reset": True, "flood": UNLIMITED})
    raw: dict[int, float] = {}
    for n in (1, 2):
        wall, _ = run_instances([{**base, "phase": "raw", "sends": args.users // n}] * n)
        raw[n] = args.users / wall
    print(
        f"stand-in   raw sendMessage, 16 senders per process, no database: 1 process"
        f" {raw[1]:,.0f} msg/s, 2 processes {raw[2]:,.0f} msg/s ({raw[2] / raw[1]:.2f} x)"
    )
    print(f"fan-out    {args.users:,} users due in the same minute, stand-in flood control off")
    fan: dict[int, float] = {}
    for n in (1, 2):
        await reset_fanout(pg, schema)
        await stand_in(url, "scenarios", {"reset": True, "flood": UNLIMITED})
        before = (await stand_in(url, "stats"))["requests"].get("sendMessage", 0)
        wall, results = run_instances([{**base, "phase": "fanout"} for _ in range(n)])
        sent, distinct = await sent_counts(pg, schema)
        calls = (await stand_in(url, "stats"))["requests"].get("sendMessage", 0) - before
        fan[n] = args.users / wall
        per = " + ".join(f"{r['claimed']:,}" for r in results)
        ok = sent == distinct == calls == args.users
        print(
            f"  {n} instance{'s' if n > 1 else ' '}  {wall:6.2f} s = {fan[n]:8,.0f} prompts/s"
            f"  (claimed {per}; sent {sent:,} to {distinct:,} users, stand-in got {calls:,}"
            f" sendMessage: {'exactly once each' if ok else 'MISMATCH'})"
        )
        if not ok:
            raise SystemExit("fan-out sent a prompt twice or lost one")
    print(f"  ratio      2 instances / 1 instance = {fan[2] / fan[1]:.2f} x")

    lifters, messages = args.lifters, args.messages
    print(f"logging    {lifters} lifters x {messages} messages x 3 sets, split over the instances")
    rate: dict[int, float] = {}
    for n in (1, 2):
        await reset_fanout(pg, schema)
        users = list(range(1, lifters + 1))
        jobs = [
            {**base, "phase": "logging", "users": users[i::n], "messages": messages}
            for i in range(n)
        ]
        wall, _ = run_instances(jobs)
        rate[n] = lifters * messages * 3 / wall
        print(
            f"  {n} instance{'s' if n > 1 else ' '}  {wall:6.2f} s = {rate[n]:8,.0f} sets/s"
            f" ({lifters * messages / wall:,.0f} messages/s)"
        )
    print(f"  ratio      2 instances / 1 instance = {rate[2] / rate[1]:.2f} x")


async def pg_ready(pg: str) -> str | None:
    try:
        conn = await asyncpg.connect(pg, timeout=3)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        return f"{type(exc).__name__}: {exc}"
    await conn.close()
    return None


async def with_schema(args: argparse.Namespace, url: str) -> None:
    schema = "bench_" + secrets.token_hex(4)
    conn = await asyncpg.connect(args.pg)
    await conn.execute(f"CREATE SCHEMA {schema}")
    try:
        await scenario(args, url, schema)
    finally:
        await conn.execute(f"DROP SCHEMA {schema} CASCADE")
        await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=5_000)
    parser.add_argument("--lifters", type=int, default=64)
    parser.add_argument("--messages", type=int, default=40)
    parser.add_argument("--pg", default=os.environ.get("SPOTTER_TEST_POSTGRES_URL") or DEFAULT_PG)
    args = parser.parse_args()
    problem = asyncio.run(pg_ready(args.pg))
    if problem:
        print(f"bench_scaleout: skipped, PostgreSQL at {args.pg} does not answer ({problem})")
        return
    ctx = mp.get_context("spawn")
    port_out, stop = ctx.Queue(), ctx.Event()
    child = ctx.Process(target=serve_standin, args=(TOKEN, port_out, stop), daemon=True)
    child.start()
    try:
        url = f"http://127.0.0.1:{port_out.get(timeout=30)}"
        print(f"pid {os.getpid()}: PostgreSQL {args.pg}, stand-in {url}, {os.cpu_count()} CPUs")
        asyncio.run(with_schema(args, url))
    finally:
        stop.set()
        child.join(timeout=5)


if __name__ == "__main__":
    main()
