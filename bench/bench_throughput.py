"""Update throughput and reply latency of logged sets: Spotter against a bare PTB echo bot.

Run: `.venv/bin/python bench/bench_throughput.py` (about two minutes; `--quick` for a smoke run,
`--profile` to print where Spotter's time goes under the backlog).

Both bots poll the same Bot API stand-in (`tests.fakeapi.FakeBotApiServer`) over real HTTP: the
echo bot with PTB's default HTTPXRequest, Spotter with its shipped transport (aiohttp,
bot/runtime/transport.py; `--spotter-http-client httpx` for PTB's); the stand-in runs in a child
process so its CPU is not charged to the bot.
Each scenario (bare loopback, then +50 ms on every Bot API call) measures:
- throughput: a backlog of `users x per_user` "bench 100x5"-style messages is queued at once;
  rate = messages / (last reply - first injection). Reported as Spotter rate / the rate of the
  fastest echo bot in the same round. On loopback every bot's backlog is run `--rounds` times
  (3 by default), the bots alternated inside each round, and the median of the rounds' ratios is
  the figure, printed with each round's (the machine's load moves the echo's own rate a lot).
- latency: the same users then send messages at a fixed pace (half the slower bot's backlog rate,
  the same pace for both bots); latency = the reply's sendMessage reaching the stand-in (stamped on
  arrival, before any added latency) minus the update's injection into getUpdates.
The echo bot is an Application with one MessageHandler that replies with the text, run three
ways: `concurrent_updates(False)` (fastest on loopback), `(True)` and `(16)`; Spotter is
`build_application` as shipped (its rate limiter raised
to 1000 msg/s, the reminder tick off, a fresh SQLite file per scenario).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import multiprocessing as mp
import pstats
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import BENCH_TOKEN, emit, percentile, quiet_logging, r3, verdict

TARGET = 0.7
LOGS = (
    "bench 100x5",
    "squat 3x5 140kg",
    "dl 180x3 @9",
    "ohp 60x8",
    "row 80x10",
    "bench 3x5 102.5",
    "pull ups bw+10 3x8",
    "squat 150x3",
)
WARM_UP = "bench 60x5"
HTTP_CLIENT = ["aiohttp"]  # Spotter's transport, from --spotter-http-client
PACED_SECONDS = 5.0  # how long the fixed-pace phase lasts
PACED_PER_USER = 2
BOTS = ("echo1", "echo", "echo16", "spotter")
ECHO_CONCURRENCY: dict[str, bool | int] = {"echo1": False, "echo": True, "echo16": 16}
LABELS = {
    "echo1": "echo, concurrent_updates(False)",
    "echo": "echo, concurrent_updates(True)",
    "echo16": "echo, concurrent_updates(16)",
    "spotter": "Spotter",
}


# -- the stand-in, in a child process --------------------------------------------------------------


def _stand_in(conn: Connection) -> None:
    asyncio.run(_stand_in_async(conn))


async def _stand_in_async(conn: Connection) -> None:
    from tests.fakeapi import FakeBotApiServer, FakeTelegram

    class TimedTelegram(FakeTelegram):
        """Calls `on_send(chat_id, text, t)` when a sendMessage arrives, before any latency."""

        on_send: Callable[[int, str, float], None] | None = None

        async def handle(
            self,
            token: str,
            method: str,
            params: dict[str, Any] | None = None,
            files: Any = None,
        ) -> tuple[int, dict[str, Any]]:
            if self.on_send is not None and params and method.lower() == "sendmessage":
                self.on_send(int(params["chat_id"]), str(params.get("text")), time.perf_counter())
            return await super().handle(token, method, params, files)

    core = TimedTelegram(BENCH_TOKEN)
    loop = asyncio.get_running_loop()
    async with FakeBotApiServer(core) as server:
        conn.send(server.url)
        while True:
            command, arg = await loop.run_in_executor(None, conn.recv)
            if command == "stop":
                conn.send(None)
                return
            if command == "latency":
                core.latency(float(arg))
                conn.send(None)
            elif command == "load":
                conn.send(await _load(core, **arg))
                core.outbox.clear()  # the stand-in's own log is not what we measure
                for chat in core.chats.values():
                    chat.messages.clear()
                    chat.history.clear()


async def _load(
    core: Any, messages: list[tuple[int, str]], rate: float | None, expect: str, timeout: float
) -> dict[str, Any]:
    """Inject `messages` (all at once, or `rate` per second) and wait for one reply to each."""
    n = len(messages)
    injected = [0.0] * n
    replied = [float("nan")] * n
    pending: dict[int, deque[int]] = defaultdict(deque)
    state: dict[str, Any] = {"left": n, "unexpected": 0, "sample": ""}
    done = asyncio.Event()

    def on_send(chat_id: int, text: str, at: float) -> None:
        queue = pending.get(chat_id)
        if not queue:
            return
        replied[queue.popleft()] = at
        if expect and not text.startswith(expect):
            state["unexpected"] += 1
            state["sample"] = state["sample"] or text[:120]
        state["left"] -= 1
        if not state["left"]:
            done.set()

    core.on_send = on_send
    started = time.perf_counter()
    for i, (user_id, text) in enumerate(messages):
        if rate:
            delay = started + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
        update = core.text_update(user_id, text)
        pending[user_id].append(i)
        injected[i] = time.perf_counter()
        core.push_update(update)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(done.wait(), timeout)
    core.on_send = None
    return {
        "injected": injected,
        "replied": replied,
        "unexpected": state["unexpected"],
        "sample": state["sample"],
    }


@dataclass
class StandIn:
    conn: Connection
    url: str

    async def call(self, command: str, arg: Any = None) -> Any:
        self.conn.send((command, arg))
        return await asyncio.get_running_loop().run_in_executor(None, self.conn.recv)


# -- the two bots ----------------------------------------------------------------------------------


def echo_app(url: str, concurrency: bool | int = True) -> Any:
    from telegram import Update
    from telegram.ext import Application, ContextTypes, MessageHandler, filters

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.text is not None
        await update.message.reply_text(update.message.text)

    app = (
        Application.builder()
        .token(BENCH_TOKEN)
        .base_url(f"{url}/bot")
        .base_file_url(f"{url}/file/bot")
        .concurrent_updates(concurrency)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


def spotter_app(url: str, workdir: Path, http_client: str = "aiohttp") -> Any:
    from bot.config import load_settings
    from bot.runtime.app import build_application

    settings = load_settings(
        telegram_bot_token=BENCH_TOKEN,
        telegram_base_url=f"{url}/bot",
        telegram_base_file_url=f"{url}/file/bot",
        database_url=f"sqlite:///{workdir}/spotter.db",
        spotter_broadcast_rate=1000,
        log_level="WARNING",
        spotter_http_client=http_client,
    )
    return build_application(settings, tick=False)


async def start(app: Any) -> None:
    """What run_polling does before idling."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.updater.start_polling(poll_interval=0.0, timeout=10, drop_pending_updates=True)
    await app.start()


async def stop(app: Any) -> None:
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


# -- one measured load -----------------------------------------------------------------------------


@dataclass
class Load:
    messages: int
    seconds: float
    rate: float
    p50_ms: float
    p95_ms: float
    cpu_ms_per_update: float
    missing: int


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def load(
    stand_in: StandIn,
    messages: list[tuple[int, str]],
    rate: float | None,
    expect: str,
    label: str,
) -> Load:
    cpu = _cpu_s()
    timeout = 30.0 + len(messages) / 20
    result = await stand_in.call(
        "load", {"messages": messages, "rate": rate, "expect": expect, "timeout": timeout}
    )
    cpu = _cpu_s() - cpu
    injected, replied = result["injected"], result["replied"]
    answered = [(i, r) for i, r in zip(injected, replied, strict=True) if r == r]
    missing = len(messages) - len(answered)
    if missing or result["unexpected"]:
        print(
            f"  !! {label}: {missing} messages unanswered, {result['unexpected']} unexpected"
            f" replies (e.g. {result['sample']!r})"
        )
    latencies = [(r - i) * 1000 for i, r in answered]
    span = max(r for _, r in answered) - min(injected) if answered else float("nan")
    return Load(
        messages=len(messages),
        seconds=span,
        rate=len(answered) / span,
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
        cpu_ms_per_update=cpu * 1000 / len(messages),
        missing=missing,
    )


def traffic(users: range, per_user: int, offset: int = 0) -> list[tuple[int, str]]:
    """Round-robin over users (each user's messages stay in order), varied logs."""
    return [(uid, LOGS[(uid + k + offset) % len(LOGS)]) for k in range(per_user) for uid in users]


@dataclass
class BotRun:
    name: str
    backlog: Load | None = None
    paced: Load | None = None


async def run_bot(
    stand_in: StandIn,
    kind: str,
    users: range,
    per_user: int,
    paced_rate: float | None,
    paced_per_user: int,
    profile: bool,
) -> BotRun:
    """Start one bot, warm it up, then measure the backlog and/or the paced load."""
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "spotter":
            app, expect = spotter_app(stand_in.url, Path(tmp), HTTP_CLIENT[0]), "Logged"
        else:
            app, expect = echo_app(stand_in.url, ECHO_CONCURRENCY[kind]), ""
        await start(app)
        run = BotRun(kind)
        try:
            await load(stand_in, [(u, WARM_UP) for u in users], None, expect, f"{kind} warm-up")
            if per_user:
                profiler = cProfile.Profile() if profile and kind == "spotter" else None
                if profiler:
                    profiler.enable()
                run.backlog = await load(
                    stand_in, traffic(users, per_user), None, expect, f"{kind} backlog"
                )
                if profiler:
                    profiler.disable()
                    print_profile(profiler)
            if paced_rate:
                msgs = traffic(users, paced_per_user, offset=3)
                run.paced = await load(stand_in, msgs, paced_rate, expect, f"{kind} paced")
        finally:
            await stop(app)
    return run


def print_profile(profiler: cProfile.Profile) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)
    print(out.getvalue())


# -- main ------------------------------------------------------------------------------------------


async def backlog_rounds(
    stand_in: StandIn, args: argparse.Namespace, first_user: int, rounds: int
) -> dict[str, list[Load]]:
    """Every bot's backlog, `rounds` times, the bots alternated inside each round so drift in
    the machine's speed (other processes) hits them alike; fresh users for every run."""
    backlogs: dict[str, list[Load]] = {kind: [] for kind in BOTS}
    for r in range(rounds):
        for n, kind in enumerate(BOTS):
            first = first_user + n * 100_000 + r * args.users
            users = range(first, first + args.users)
            profile = args.profile and r == 0
            run = await run_bot(stand_in, kind, users, args.per_user, None, 0, profile)
            assert run.backlog is not None
            backlogs[kind].append(run.backlog)
    return backlogs


def round_ratios(backlogs: dict[str, list[Load]]) -> tuple[list[float], list[str]]:
    """Per round: Spotter's rate over the fastest echo bot's of that round, and which it was
    (sequential on loopback, concurrent when every Bot API call has latency)."""
    ratios, fastest = [], []
    for r, spotter in enumerate(backlogs["spotter"]):
        best = max(("echo1", "echo", "echo16"), key=lambda kind: backlogs[kind][r].rate)
        ratios.append(spotter.rate / backlogs[best][r].rate)
        fastest.append(best)
    return ratios, fastest


def median_load(loads: list[Load]) -> Load:
    return sorted(loads, key=lambda load: load.rate)[len(loads) // 2]


async def paced_runs(
    stand_in: StandIn, args: argparse.Namespace, first_user: int, pace: float
) -> dict[str, Load]:
    """Each bot once at the same fixed pace (latency, not throughput)."""
    paced_users = max(1, round(pace * args.paced_seconds / PACED_PER_USER))
    paced: dict[str, Load] = {}
    for n, kind in enumerate(BOTS):
        first = first_user + 50_000 + n * 100_000
        users = range(first, first + paced_users)
        run = await run_bot(stand_in, kind, users, 0, pace, PACED_PER_USER, False)
        assert run.paced is not None
        paced[kind] = run.paced
    return paced


async def scenario(
    stand_in: StandIn, latency: float, args: argparse.Namespace, first_user: int
) -> dict[str, Any]:
    await stand_in.call("latency", latency)
    label = "loopback" if not latency else f"+{latency * 1000:.0f} ms on every Bot API call"
    rounds = args.rounds if not latency else 1  # the sequential echo makes 18/s at +50 ms
    assert rounds * args.users <= 50_000, "users of one bot's rounds would meet its paced users"
    print(
        f"\n== {label}: backlog of {args.users} users x {args.per_user} messages, {rounds} round(s)"
    )
    backlogs = await backlog_rounds(stand_in, args, first_user, rounds)
    ratios, fastest = round_ratios(backlogs)
    backlog = {kind: median_load(loads) for kind, loads in backlogs.items()}
    pace = 0.5 * min(load.rate for load in backlog.values())
    paced = await paced_runs(stand_in, args, first_user, pace)
    report_scenario(backlogs, paced, ratios, fastest, pace)
    best = max(set(fastest), key=fastest.count)
    tuned = [s.rate / e.rate for s, e in zip(backlogs["spotter"], backlogs["echo16"], strict=True)]
    ratio = statistics.median(ratios)
    return {
        "latency_added_ms": latency * 1000,
        "ratio": r3(ratio),
        "ratio_rounds": [r3(x) for x in ratios],
        "baseline": best,
        "ratio_vs_echo16": r3(statistics.median(tuned)),
        "ok": ratio >= TARGET,
        "paced_rate": r3(pace),
        **{
            f"{kind}_{key}": r3(value)
            for kind in BOTS
            for key, value in (
                ("rate", backlog[kind].rate),
                ("cpu_ms", statistics.median(x.cpu_ms_per_update for x in backlogs[kind])),
                ("p50_ms", paced[kind].p50_ms),
                ("p95_ms", paced[kind].p95_ms),
            )
        },
    }


def report_scenario(
    backlogs: dict[str, list[Load]],
    paced: dict[str, Load],
    ratios: list[float],
    fastest: list[str],
    pace: float,
) -> None:
    print(f"{'bot':<32}{'updates/s':>18}{'CPU ms/upd':>20}{'p50 ms':>9}{'p95 ms':>9}")
    for kind in BOTS:
        rates = [load.rate for load in backlogs[kind]]
        cpus = [load.cpu_ms_per_update for load in backlogs[kind]]
        print(
            f"{LABELS[kind]:<32}{_spread(rates, '.0f'):>18}{_spread(cpus, '.2f'):>20}"
            f"{paced[kind].p50_ms:>9.1f}{paced[kind].p95_ms:>9.1f}"
        )
    ratio = statistics.median(ratios)
    tuned = [s.rate / e.rate for s, e in zip(backlogs["spotter"], backlogs["echo16"], strict=True)]
    baselines = ", ".join(sorted({LABELS[kind] for kind in fastest}))
    print(
        f"Spotter / fastest echo ({baselines}) throughput: median {ratio:.2f}"
        f" (rounds: {', '.join(f'{x:.2f}' for x in ratios)}) -> {verdict(ratio >= TARGET)}"
        f" (>= {TARGET}); against the echo bot with 16 concurrent updates:"
        f" {statistics.median(tuned):.2f}"
    )
    spotter, echo, echo16 = (
        paced["spotter"],
        paced[max(set(fastest), key=fastest.count)],
        paced["echo16"],
    )
    print(
        f"Latency at a fixed {pace:.0f} updates/s ({spotter.messages} messages each):"
        f" Spotter p50 {spotter.p50_ms / echo.p50_ms:.1f}x /"
        f" p95 {spotter.p95_ms / echo.p95_ms:.1f}x the echo bot's"
        f" ({spotter.p50_ms / echo16.p50_ms:.1f}x / "
        f"{spotter.p95_ms / echo16.p95_ms:.1f}x the 16-concurrent echo's)"
    )


def _spread(values: list[float], fmt: str) -> str:
    """The median, and the range when there were several rounds."""
    mid = format(statistics.median(values), fmt)
    if len(values) == 1:
        return mid
    return f"{mid} ({format(min(values), fmt)}-{format(max(values), fmt)})"


async def run(stand_in: StandIn, args: argparse.Namespace) -> None:
    results = {
        "loopback": await scenario(stand_in, 0.0, args, 1_000_000),
        "latency_50ms": await scenario(stand_in, 0.05, args, 2_000_000),
    }
    emit(
        "throughput",
        sniffio_shim=args.sniffio_shim,
        spotter_http_client=args.spotter_http_client,
        users=args.users,
        per_user=args.per_user,
        target=TARGET,
        **results,
    )


def install_sniffio_shim() -> None:
    """A stand-in `sniffio` module answering "asyncio", as the real package would here."""
    import types

    shim = types.ModuleType("sniffio")
    shim.current_async_library = lambda: "asyncio"  # type: ignore[attr-defined]
    sys.modules.setdefault("sniffio", shim)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--per-user", type=int, default=4)
    parser.add_argument("--paced-seconds", type=float, default=PACED_SECONDS)
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="loopback backlogs per bot, alternated; the ratio is the median of the rounds'",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile Spotter's backlog")
    parser.add_argument("--quick", action="store_true", help="a small smoke run")
    parser.add_argument(
        "--spotter-http-client",
        choices=("aiohttp", "httpx"),
        default="aiohttp",
        help="Spotter's Bot API transport (SPOTTER_HTTP_CLIENT); the echo bot keeps PTB's",
    )
    parser.add_argument(
        "--sniffio-shim",
        action="store_true",
        help="pretend sniffio is installed (httpcore retries `import sniffio` on every request"
        " when it is missing); shows what adding the dependency would gain",
    )
    args = parser.parse_args()
    if args.sniffio_shim:
        install_sniffio_shim()
    HTTP_CLIENT[0] = args.spotter_http_client
    if args.quick:
        args.users, args.per_user, args.paced_seconds, args.rounds = 60, 3, 2.0, 1
    quiet_logging()

    ctx = mp.get_context("spawn")
    parent, child_end = ctx.Pipe()
    child = ctx.Process(target=_stand_in, args=(child_end,), daemon=True)
    child.start()
    try:
        stand_in = StandIn(parent, parent.recv())
        print(f"stand-in {stand_in.url} (pid {child.pid}); bot pid {mp.current_process().pid}")

        async def go() -> None:
            await run(stand_in, args)
            await stand_in.call("stop")

        asyncio.run(go())
    finally:
        child.join(timeout=5)
        if child.is_alive():
            child.terminate()


if __name__ == "__main__":
    main()
