"""Start-up time against a bare PTB Application, and the memory of one process holding 100,000
users with reminders while the reminder tick claims them.

Run: `.venv/bin/python bench/bench_startup_memory.py` (about a minute).

Start-up (transport: the in-process FakeRequest, so only our own work differs):
- warm: build_application + initialize + post_init in a process that has already imported
  everything, on an existing small database and on the 100,000-user one, against
  `Application.builder()...build()` + initialize;
- cold: a fresh interpreter until the app is ready (imports included), same two apps.
Memory (a fresh child process, so nothing of the seeding or the timing above is counted):
RSS (/proc/self/status) of the interpreter with the app imported is the baseline; then the app
starts on the 100,000-user database, the real tick (`services_of(app).reminder_service.tick`) runs
for a while with every reminder due (building prompts and sending them at 1000/s through the
outbox), and the rest are claimed with `ReminderRepository.claim_due` in the tick's batches. The
peak RSS (VmHWM) is compared with the baseline and with the 200 MB target.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # stdlib only: the memory child measures RSS before the app loads
    emit,
    median,
    peak_rss_mb,
    quiet_logging,
    r3,
    rss_mb,
    seed_users_with_reminders,
    verdict,
)

USERS = 100_000
SMALL_USERS = 50
MEMORY_TARGET_MB = 200.0
WARM_ROUNDS = 7
COLD_ROUNDS = 3
TICK_SECONDS = 8.0  # how long the real tick runs before the rest is claimed directly
SCRIPT = Path(__file__).resolve()


def _settings(db_path: Path, token: str) -> Any:
    from bot.config import load_settings

    return load_settings(
        telegram_bot_token=token,
        database_url=f"sqlite:///{db_path}",
        spotter_broadcast_rate=1000,
        log_level="WARNING",
    )


async def start_spotter(db_path: Path) -> Any:
    from bot.runtime.app import build_application
    from tests.fakeapi import FakeRequest, FakeTelegram

    core = FakeTelegram()
    app = build_application(
        _settings(db_path, core.token),
        request=FakeRequest(core),
        get_updates_request=FakeRequest(core),
        tick=False,
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    app.bot_data["bench_core"] = core
    return app


async def start_bare() -> Any:
    from telegram.ext import Application

    from tests.fakeapi import FakeRequest, FakeTelegram

    core = FakeTelegram()
    app = (
        Application.builder()
        .token(core.token)
        .request(FakeRequest(core))
        .get_updates_request(FakeRequest(core))
        .build()
    )
    await app.initialize()
    return app


async def stop(app: Any) -> None:
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


# -- seeding ---------------------------------------------------------------------------------------


async def seed(db_path: Path, users: int, fire_ts: int) -> float:
    from storage.db import Database

    started = time.perf_counter()
    db = await Database.open(f"sqlite:///{db_path}")
    await seed_users_with_reminders(db, users, fire_ts)
    await db.close()
    return time.perf_counter() - started


# -- start-up --------------------------------------------------------------------------------------


async def warm_startup(small: Path, big: Path) -> dict[str, float]:
    """Median seconds of build + initialize (+ post_init) with everything already imported."""
    samples: dict[str, list[float]] = {"bare": [], "small": [], "big": []}
    await stop(await start_spotter(small))  # first-time costs (lazy imports) out of the way
    await (await start_bare()).shutdown()
    for _ in range(WARM_ROUNDS):
        for key in samples:
            started = time.perf_counter()
            app = await (
                start_bare() if key == "bare" else start_spotter(small if key == "small" else big)
            )
            samples[key].append(time.perf_counter() - started)
            await (app.shutdown() if key == "bare" else stop(app))
    return {key: median(values) for key, values in samples.items()}


def cold_startup(kind: str, db_path: Path) -> tuple[float, float]:
    """(seconds from spawning a fresh interpreter until the app is ready, of which imports)."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--child", f"cold-{kind}", str(db_path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    ready = json.loads(out.strip().splitlines()[-1])
    return ready["ready_at"] - started, ready["imports_s"]


async def child_cold(kind: str, db_path: Path) -> None:
    app = await (start_spotter(db_path) if kind == "spotter" else start_bare())
    ready_at = time.perf_counter()
    print(json.dumps({"ready_at": ready_at, "imports_s": IMPORTS_S[0]}), flush=True)
    await (stop(app) if kind == "spotter" else app.shutdown())


IMPORTS_S = [0.0]


def import_app(kind: str) -> None:
    started = time.perf_counter()
    if kind == "spotter":
        import bot.runtime.app  # noqa: F401
    else:
        import telegram.ext  # noqa: F401
    import tests.fakeapi  # noqa: F401  (the transport, for both apps)

    IMPORTS_S[0] = time.perf_counter() - started


# -- memory (in a fresh child process) -------------------------------------------------------------


async def child_memory(db_path: Path, fire_ts: int) -> dict[str, Any]:
    stages: dict[str, float] = {"interpreter": rss_mb()}
    import bot.runtime.app  # noqa: F401

    stages["app imported (baseline)"] = rss_mb()
    import tests.fakeapi  # noqa: F401  (pulls in pytest for its offline guard)

    stages["+ test transport imported"] = rss_mb()
    app = await start_spotter(db_path)
    stages["app started on 100k users"] = rss_mb()
    core = app.bot_data["bench_core"]
    from bot.runtime.app import services_of

    svc = services_of(app)
    service = svc.reminder_service
    due_before = await svc.reminders.due_count(fire_ts + 60)

    from datetime import UTC, datetime

    now = datetime.fromtimestamp(fire_ts + 60, UTC)
    tick = asyncio.create_task(service.tick(now))
    high = 0.0
    deadline = time.perf_counter() + TICK_SECONDS
    while time.perf_counter() < deadline and not tick.done():
        await asyncio.sleep(0.25)
        core.outbox.clear()  # the fake's own log of what it received is not ours
        for chat in core.chats.values():
            chat.messages.clear()
        high = max(high, rss_mb())
    tick.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await tick
    sent = core.counters["sendMessage"]
    stages[f"real tick for {TICK_SECONDS:.0f} s (max sampled)"] = high

    started = time.perf_counter()
    claimed = batches = 0
    while True:
        batch = await svc.reminders.claim_due(int(now.timestamp()), 500)
        claimed += len(batch.claims)
        batches += 1
        if batch.examined < 500:
            break
    claim_s = time.perf_counter() - started
    stages["rest claimed by claim_due batches"] = rss_mb()
    await stop(app)
    stages["after shutdown"] = rss_mb()
    return {
        "stages": stages,
        "peak": peak_rss_mb(),
        "due_before": due_before,
        "prompts_sent_by_tick": sent,
        "claimed_directly": claimed,
        "claim_batches": batches,
        "claim_s": claim_s,
    }


# -- main ------------------------------------------------------------------------------------------


async def run(args: argparse.Namespace) -> None:
    quiet_logging()
    fire_ts = int(time.time()) - 60
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.db", Path(tmp) / "big.db"
        await seed(small, SMALL_USERS, fire_ts + 86_400)
        seed_s = await seed(big, args.users, fire_ts)
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("big.db*")) / 2**20
        print(
            f"Seeded {args.users:,} users with a due reminder in {seed_s:.1f} s ({size_mb:.0f} MB)"
        )

        import_app("spotter")
        warm = await warm_startup(small, big)
        print(f"\nStart-up, warm (imports done), median of {WARM_ROUNDS}:")
        rows = [("bare PTB Application: build + initialize", warm["bare"])]
        rows += [
            (f"Spotter: build + initialize + post_init, {label}", warm[key])
            for key, label in (("small", f"{SMALL_USERS} users"), ("big", f"{args.users:,} users"))
        ]
        for label, seconds in rows:
            print(f"  {label:<58}{seconds * 1000:6.1f} ms = {seconds / warm['bare']:4.1f}x bare")
        cold = {
            kind: [cold_startup(kind, small) for _ in range(COLD_ROUNDS)]
            for kind in ("bare", "spotter")
        }
        cold_s = {kind: median([c[0] for c in runs]) for kind, runs in cold.items()}
        imports_s = {kind: median([c[1] for c in runs]) for kind, runs in cold.items()}
        print(f"Start-up, cold (fresh interpreter until ready), median of {COLD_ROUNDS}:")
        for kind in ("bare", "spotter"):
            ms, imports_ms = cold_s[kind] * 1000, imports_s[kind] * 1000
            print(f"  {kind:<8}{ms:7.0f} ms, of which imports {imports_ms:5.0f} ms")
        print(f"  Spotter / bare: {cold_s['spotter'] / cold_s['bare']:.2f}x")

        out = subprocess.run(
            [sys.executable, str(SCRIPT), "--child", "memory", str(big), "--fire-ts", str(fire_ts)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        memory = json.loads(out.strip().splitlines()[-1])

    stages = memory["stages"]
    baseline = stages["app imported (baseline)"]
    peak = memory["peak"]
    print(f"\nMemory of one process, {args.users:,} users with reminders (RSS, MB):")
    for stage, mb in stages.items():
        print(f"  {stage:<40}{mb:7.1f}")
    print(f"  {'peak (VmHWM)':<40}{peak:7.1f}")
    print(
        f"  the tick sent {memory['prompts_sent_by_tick']:,} prompts in {TICK_SECONDS:.0f} s;"
        f" claim_due then claimed {memory['claimed_directly']:,} in {memory['claim_batches']}"
        f" batches ({memory['claim_s']:.1f} s)"
    )
    print(
        f"Peak {peak:.0f} MB = {peak / baseline:.2f}x the interpreter with the app imported"
        f" ({baseline:.0f} MB), +{peak - baseline:.0f} MB -> {verdict(peak < MEMORY_TARGET_MB)}"
        f" (< {MEMORY_TARGET_MB:.0f} MB)"
    )
    emit(
        "startup_memory",
        warm_bare_ms=r3(warm["bare"] * 1000),
        warm_spotter_ms=r3(warm["small"] * 1000),
        warm_spotter_100k_ms=r3(warm["big"] * 1000),
        warm_ratio=r3(warm["small"] / warm["bare"]),
        warm_ratio_100k=r3(warm["big"] / warm["bare"]),
        cold_bare_ms=r3(cold_s["bare"] * 1000),
        cold_spotter_ms=r3(cold_s["spotter"] * 1000),
        cold_ratio=r3(cold_s["spotter"] / cold_s["bare"]),
        users=args.users,
        baseline_rss_mb=r3(baseline),
        peak_rss_mb=r3(peak),
        peak_vs_baseline=r3(peak / baseline),
        memory_ok=peak < MEMORY_TARGET_MB,
        stages_mb={k: r3(v) for k, v in stages.items()},
        prompts_sent_by_tick=memory["prompts_sent_by_tick"],
        claimed_directly=memory["claimed_directly"],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--users", type=int, default=USERS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--fire-ts", type=int, help=argparse.SUPPRESS)
    parser.add_argument("db", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "memory":
        quiet_logging()
        result = asyncio.run(child_memory(Path(args.db), args.fire_ts))
        print(json.dumps(result))
    elif args.child and args.child.startswith("cold-"):
        kind = args.child.removeprefix("cold-")
        quiet_logging()
        import_app(kind)
        asyncio.run(child_cold(kind, Path(args.db)))
    else:
        asyncio.run(run(args))


if __name__ == "__main__":
    main()
