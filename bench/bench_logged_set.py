"""Where a logged set's CPU goes: Spotter against echo bots, in-process, with round trips counted.

Run: `.venv/bin/python bench/bench_logged_set.py` (about half a minute; `--profile` adds a
pyinstrument profile of Spotter's run, `--rounds N` repeats the comparison).

All three bots run through `ChatDriver` (the real Application, FakeRequest transport: no HTTP,
so what is left is the bots' own work plus PTB's) on the same 400 "bench 100x5"-style messages
from 100 lifters:
- echo: `concurrent_updates(False)`, replies with the text (the baseline of issue 17);
- echo + buttons: the same, replying with Spotter's two confirmation buttons (Undo, Rest), so
  the gap to Spotter is what Spotter does beyond answering with a keyboard;
- Spotter: `build_application` as shipped (flood gate lifted, rate limiter at 1000/s).
Printed: CPU per update (main thread and SQLite's worker thread apart), echo / Spotter CPU ratios
(what the loopback throughput ratio tends to when the CPU is the limit), and per update the SQL
trips (statement batches, `storage.db._run_all`, plus single reads) and the hops among them that
went to aiosqlite's worker thread (`Connection._execute`; the rest ran on the loop's thread),
with the statements they carried.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiosqlite

import storage.db as storage_db
from bench.bench_throughput import LOGS
from bench.common import emit, quiet_logging, r3
from tests.fakeapi.driver import ChatDriver

USERS = range(1000, 1100)
PER_USER = 4
WARM_UP = "bench 60x5"


class HopCounter:
    """Counts statement batches (trips to SQLite), the ones that went to aiosqlite's worker
    thread (hops; the rest ran on the loop's thread, storage/sqlite_run.py), and statements."""

    def __init__(self) -> None:
        self.trips = 0
        self.hops = 0
        self.statements: Counter[str] = Counter()
        self._originals = (storage_db._run_all, aiosqlite.Connection._execute)

    def __enter__(self) -> HopCounter:
        run_all, execute = self._originals
        counter = self

        def count(sql: str) -> None:
            counter.statements[" ".join(sql.split())[:96]] += 1

        async def counted_batch(conn: Any, statements: list[tuple[str, Any, bool]]) -> Any:
            counter.trips += 1
            for sql, _, _ in statements:
                count(sql)
            return await run_all(conn, statements)

        async def counted_hop(conn: Any, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
            counter.hops += 1
            sql = next((a for a in args if isinstance(a, str)), None)
            if sql is not None:  # one statement outside any batch (`Database.fetchall`)
                counter.trips += 1
                count(sql)
            return await execute(conn, fn, *args, **kw)

        storage_db._run_all = counted_batch  # type: ignore[assignment]
        aiosqlite.Connection._execute = counted_hop  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        storage_db._run_all, aiosqlite.Connection._execute = self._originals  # type: ignore[method-assign]


def echo_builder(buttons: bool) -> Callable[..., Any]:
    def build(settings: Any, *, request: Any, get_updates_request: Any, **_: Any) -> Any:
        from telegram import Update
        from telegram.ext import Application, ContextTypes, MessageHandler, filters

        from handlers.callbacks import keyboard

        async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            message = update.message
            assert message is not None and message.text is not None
            undo = ("↩️ Undo", "undo", (message.message_id,))
            markup = keyboard(message.chat_id, [[undo, ("⏱ Rest", "rest", ())]])
            await message.reply_text(message.text, reply_markup=markup if buttons else None)

        token = settings.telegram_bot_token.get_secret_value()
        app = Application.builder().token(token).request(request)
        app = app.get_updates_request(get_updates_request).concurrent_updates(False).build()
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
        return app

    return build


def lift_flood_gate() -> None:
    """The 1 update/s gate would pace 4 messages per lifter in a row; its burst is raised."""
    import handlers
    from bot.runtime.updates import FloodGuard

    class Unlimited(FloodGuard):
        def __init__(self) -> None:
            super().__init__(burst=10**9)

    handlers.FloodGuard = Unlimited  # type: ignore[misc]


async def run_bot(kind: str, profiler: Any = None) -> dict[str, Any]:
    """400 messages through one fresh bot; CPU per update and (for Spotter) round trips."""
    extra: dict[str, Any] = {"build_kwargs": {"tick": False}} if kind == "spotter" else {}
    if kind != "spotter":
        extra["builder"] = echo_builder(kind == "echo_buttons")
    with tempfile.TemporaryDirectory() as tmp:
        driver = await ChatDriver.start(Path(tmp), spotter_broadcast_rate=1000, **extra)
        for user in USERS:
            await driver.send(user, WARM_UP)
        messages = [(u, LOGS[(u + k) % len(LOGS)]) for k in range(PER_USER) for u in USERS]
        with HopCounter() as hops:
            cpu, main = time.process_time(), time.thread_time()
            if profiler:
                profiler.start()
            for user, text in messages:
                replies = await driver.send(user, text)
                if kind == "spotter" and not (
                    replies and (replies[0].text or "").startswith("Logged")
                ):
                    raise RuntimeError(f"{text!r} was not logged: {replies}")
            if profiler:
                profiler.stop()
            cpu, main = time.process_time() - cpu, time.thread_time() - main
        await driver.stop()
    n = len(messages)
    return {
        "cpu_ms": cpu * 1000 / n,
        "main_ms": main * 1000 / n,
        "worker_ms": (cpu - main) * 1000 / n,
        "trips": hops.trips / n,
        "hops": hops.hops / n,
        "statements": {sql: count / n for sql, count in hops.statements.most_common()},
    }


def report(runs: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    print(
        f"{'bot':<16}{'CPU ms/update':>15}{'main thread':>13}{'SQLite thread':>15}{'trips':>7}"
        f"{'hops':>6}"
    )
    best = {kind: min(r[kind]["cpu_ms"] for r in runs) for kind in runs[0]}
    for kind in runs[0]:
        last = runs[-1][kind]
        print(
            f"{kind:<16}{best[kind]:>15.2f}{last['main_ms']:>13.2f}{last['worker_ms']:>15.2f}"
            f"{last['trips']:>7.1f}{last['hops']:>6.1f}"
        )
    ratios = [r["echo"]["cpu_ms"] / r["spotter"]["cpu_ms"] for r in runs]
    buttons = [r["echo_buttons"]["cpu_ms"] / r["spotter"]["cpu_ms"] for r in runs]
    print(
        f"echo / Spotter CPU per update: {min(ratios):.2f}–{max(ratios):.2f} (echo with the"
        f" same buttons: {min(buttons):.2f}–{max(buttons):.2f}) over {len(runs)} rounds"
    )
    print("Spotter's SQL per logged set (statements; one hop may carry several):")
    for sql, count in runs[-1]["spotter"]["statements"].items():
        print(f"  {count:5.2f}  {sql}")
    return {
        "cpu_ms": {kind: r3(ms) for kind, ms in best.items()},
        "echo_over_spotter": [r3(min(ratios)), r3(max(ratios))],
        "echo_buttons_over_spotter": [r3(min(buttons)), r3(max(buttons))],
        "spotter_trips_per_update": r3(runs[-1]["spotter"]["trips"]),
        "spotter_hops_per_update": r3(runs[-1]["spotter"]["hops"]),
    }


async def run(args: argparse.Namespace) -> None:
    lift_flood_gate()
    runs = []
    for _ in range(args.rounds):  # alternated, so drift in machine speed hits every bot alike
        runs.append({kind: await run_bot(kind) for kind in ("echo", "echo_buttons", "spotter")})
    figures = report(runs)
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0002, async_mode="disabled")
        await run_bot("spotter", profiler)
        print(profiler.output_text(unicode=False, color=False, show_all="--all" in sys.argv))
    emit("logged_set", users=len(USERS), per_user=PER_USER, **figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="pyinstrument Spotter's run")
    parser.add_argument("--all", action="store_true", help="with --profile: every frame")
    args = parser.parse_args()
    quiet_logging()
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
