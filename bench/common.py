"""Shared helpers of the benchmarks: timing, percentiles, memory, the result line, seeding.

Every benchmark runs as a plain script (`.venv/bin/python bench/bench_X.py`) and imports this
module after putting the repository root on sys.path (`import common` would also work, but
`bench.common` keeps one spelling for scripts and `-m`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BENCH_TOKEN = "123456:BENCH-TOKEN"
UNLIMITED = {"global_rate": 1e6, "global_burst": 1e6, "chat_rate": 1e6, "chat_burst": 1e6}


# -- the Bot API stand-in in a child process (so its CPU doesn't count against the bot's) -----


def serve_standin(token: str, port_out: Any, stop: Any) -> None:
    """Run `tests.fakeapi` over HTTP until `stop` is set; the port goes to `port_out`."""
    asyncio.run(_serve_standin(token, port_out, stop))


async def _serve_standin(token: str, port_out: Any, stop: Any) -> None:
    from tests.fakeapi import FakeTelegram
    from tests.fakeapi.server import FakeBotApiServer

    core = FakeTelegram(token)
    async with FakeBotApiServer(core) as server:
        port_out.put(server.port)
        while not stop.is_set():
            await asyncio.sleep(0.2)
            core.outbox.clear()  # the stand-in's own log is not what we measure


# -- output ------------------------------------------------------------------------------------


def quiet_logging() -> None:
    """Warnings only: httpx logs every request at INFO, Spotter every tick."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for name in ("httpx", "telegram", "apscheduler", "spotter", "bot", "storage", "aiohttp"):
        logging.getLogger(name).setLevel(logging.WARNING)


def emit(bench: str, **figures: Any) -> None:
    """The machine-readable last line: `BENCH {"bench": ..., ...}` (one line of JSON)."""
    print("BENCH " + json.dumps({"bench": bench, **figures}, default=_jsonable, sort_keys=True))


def _jsonable(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def r3(value: float) -> float:
    """Rounded for the JSON line (3 significant decimals are plenty for noisy timings)."""
    return round(value, 3) if math.isfinite(value) else float("nan")


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


# -- statistics --------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


async def time_async(func: Callable[[], Awaitable[Any]]) -> float:
    """Seconds one awaited call takes."""
    started = time.perf_counter()
    await func()
    return time.perf_counter() - started


# -- memory ------------------------------------------------------------------------------------


def proc_status_mb(field: str = "VmRSS") -> float:
    """A memory line of /proc/self/status in MB (VmRSS now, VmHWM = peak RSS)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb() -> float:
    return proc_status_mb("VmRSS")


def peak_rss_mb() -> float:
    return proc_status_mb("VmHWM")


# -- seeding: a lifter's history as a Strong CSV ------------------------------------------------

STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE"
)
# Two alternating sessions, 8 exercises each: 2 warm-ups + 4 working sets = 48 sets a session.
# Both contain a bench variant, so `/chart bench` has a point every session.
SESSIONS: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = (
    (
        "Upper",
        (
            ("Bench Press (Barbell)", 100.0),
            ("Bent Over Row (Barbell)", 80.0),
            ("Overhead Press (Barbell)", 55.0),
            ("Lat Pulldown (Cable)", 65.0),
            ("Incline Bench Press (Barbell)", 75.0),
            ("Bicep Curl (Barbell)", 35.0),
            ("Triceps Pushdown (Cable)", 30.0),
            ("Lateral Raise (Dumbbell)", 12.0),
        ),
    ),
    (
        "Lower",
        (
            ("Squat (Barbell)", 140.0),
            ("Deadlift (Barbell)", 180.0),
            ("Bench Press (Barbell)", 95.0),
            ("Romanian Deadlift (Barbell)", 120.0),
            ("Leg Press", 200.0),
            ("Leg Curl (Machine)", 50.0),
            ("Front Squat (Barbell)", 100.0),
            ("Pull Up", 0.0),
        ),
    ),
)
SETS_PER_EXERCISE = 6  # 2 warm-ups, 4 working
TRAINING_WEEKDAYS = (0, 1, 3, 4)  # Mon, Tue, Thu, Fri


def training_days(end: date) -> Iterator[date]:
    """Training days going back in time from `end` (inclusive)."""
    day = end
    while True:
        if day.weekday() in TRAINING_WEEKDAYS:
            yield day
        day -= timedelta(days=1)


def strong_csv(total_sets: int, end: date, seed: int = 7) -> tuple[str, date]:
    """A Strong (comma, no unit column) export holding exactly `total_sets` sets, the last
    session on `end`, 48 sets per session, 4 sessions a week. Loads ramp up over the years
    with noise, so there are PRs all along. Returns (csv text, first day)."""
    rng = random.Random(seed)
    sessions: list[date] = []
    days = training_days(end)
    while len(sessions) * len(SESSIONS[0][1]) * SETS_PER_EXERCISE < total_sets:
        sessions.append(next(days))
    sessions.reverse()
    lines = [STRONG_HEADER]
    made = 0
    span = max(1, (sessions[-1] - sessions[0]).days)
    for n, day in enumerate(sessions):
        name, exercises = SESSIONS[n % len(SESSIONS)]
        progress = 0.75 + 0.35 * (day - sessions[0]).days / span  # 75% → 110% of the base load
        stamp = f"{day.isoformat()} 18:{n % 60:02d}:00"
        for exercise, base in exercises:
            top = round(base * progress * rng.uniform(0.95, 1.05) / 2.5) * 2.5
            reps_top = rng.choice((3, 5, 5, 6, 8, 10))
            plan = [("W", top * 0.5, 8), ("W", top * 0.75, 4)]
            plan += [(str(i), top, reps_top - (i > 2)) for i in range(1, 5)]
            for order, weight, reps in plan:
                if made == total_sets:
                    break
                load = "" if base == 0 else f"{weight:.1f}"
                rpe = f"{rng.choice((7, 7.5, 8, 8.5, 9))}" if order in ("3", "4") else ""
                lines.append(f"{stamp},{name},1h 10m,{exercise},{order},{load},{reps},0,0,,,{rpe}")
                made += 1
    return "\n".join(lines) + "\n", sessions[0]


async def seed_users_with_reminders(
    db: Any, users: int, fire_ts: int, *, chunk: int = 10_000, first_id: int = 1
) -> None:
    """`users` users, each with a daily 07:00 session reminder due at `fire_ts`, written with
    SQL through `storage.db.Database` transactions (the repositories write one row at a time)."""
    zones = ("UTC", "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo")
    stamp = datetime.fromtimestamp(fire_ts).isoformat()
    last = first_id + users
    for start in range(first_id, last, chunk):
        ids = range(start, min(start + chunk, last))
        async with db.transaction() as tx:
            await tx.executemany(
                "INSERT INTO users (id, chat_id, first_name, timezone, created_at, updated_at)"
                " VALUES (?, ?, 'Lifter', ?, ?, ?)",
                [(u, u, zones[u % len(zones)], stamp, stamp) for u in ids],
            )
            await tx.executemany(
                "INSERT INTO reminders (user_id, kind, local_time, days_mask, enabled,"
                " next_fire_ts) VALUES (?, 'session', '07:00', 127, 1, ?)",
                [(u, fire_ts) for u in ids],
            )
