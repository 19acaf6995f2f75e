"""History scale: do /stats, /history, /prs, /chart bench, /plan and logging a set stay flat as a
lifter's log grows from 1,000 to 50,000 sets (five years)? And how long does importing those 50,000
take?

Run: `.venv/bin/python bench/bench_history_scale.py` (about a minute). In-process through
`ChatDriver` (the real Application, FakeRequest transport, SQLite in a temp dir).

Three lifters follow the same programme (4 sessions a week, 48 sets a session) and differ only in
how far back their log goes: 1,000 sets (~5 weeks), 10,000 (~1 year) and 50,000 (~5 years).
Ratios printed:
- 50k / 1k per command (target <= 1.5). Part of any difference is legitimate: /stats' e1RM trend
  looks back up to 8 weeks (in the per-day tops) and /chart 12 months, which the 1k lifter has not
  filled yet.
- 50k / 10k per command: both lifters fill every window, so only history-proportional work moves
  this ratio (expect ~1.0).
- /stats on 50k against /help (a reply with no database work beyond loading the user).
- import: the 50,000-set upload against csv.reader + sqlite3.executemany of the same rows into a
  plain table (the floor for "parse a CSV and store its rows").
Then every SELECT a command ran is re-timed on its own for 50k and 1k, and the plan
(EXPLAIN QUERY PLAN) of any statement that grows with history is printed.
"""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    emit,
    median,
    quiet_logging,
    r3,
    strong_csv,
    verdict,
)
from bot.programming import HISTORY_WEEKS
from bot.runtime.app import services_of
from bot.services import Services
from storage import db as storage_db
from tests.fakeapi import ChatDriver, Reply

LIGHT, YEAR, HEAVY = 1_000, 10_000, 50_000
USERS = {LIGHT: 5001, YEAR: 5002, HEAVY: 5003}  # sets -> Telegram user id
COMMANDS = [
    "/help",
    "/prs",
    "/history",
    "/stats",
    "/chart bench",
    "/plan",
    "log: bench 100x5",
    "/undo",
]
ROUNDS = 11  # timed rounds per (command, lifter), after one warm-up round
IMPORT_TARGET_S = 10.0
RATIO_TARGET = 1.5
GROWS = 1.5  # a statement whose 50k/1k time ratio exceeds this is reported with its plan


# -- the app and its flood gate --------------------------------------------------------------------


def lift_flood_gate(app: Any) -> None:
    """The per-user flood gate (1 update/s after a burst of 20) would refuse the ~50 commands a
    lifter sends here within seconds. Its limits are raised; the gate itself still runs."""
    for handler in app.handlers.get(-1, []):
        for cell in handler.callback.__closure__ or ():
            guard = cell.cell_contents
            if hasattr(guard, "reserve") and hasattr(guard, "_burst"):
                guard._rate, guard._burst = 1e9, 10**9
                return
    raise RuntimeError("no FloodGuard found in handler group -1 (did handlers/__init__ change?)")


def services(driver: ChatDriver) -> Services:
    assert driver.app is not None
    svc = services_of(driver.app)
    assert isinstance(svc, Services)
    return svc


# -- import ----------------------------------------------------------------------------------------


@dataclass
class ImportTiming:
    total_s: float
    stored_s: float
    added: int
    reply: str


async def timed_upload(driver: ChatDriver, user_id: int, text: str) -> ImportTiming:
    """Upload a CSV as the lifter would; the repository's write is timed on the side."""
    svc = services(driver)
    original = svc.sets.add_imported
    spent: list[float] = []
    added: list[int] = []

    async def add_imported(*args: Any, **kwargs: Any) -> int:
        started = time.perf_counter()
        n = await original(*args, **kwargs)
        spent.append(time.perf_counter() - started)
        added.append(n)
        return n

    svc.sets.add_imported = add_imported  # type: ignore[method-assign]
    try:
        started = time.perf_counter()
        replies = await driver.upload(user_id, f"strong-{user_id}.csv", text.encode())
        total = time.perf_counter() - started
    finally:
        del svc.sets.add_imported
    reply = replies[-1].text if replies else ""
    return ImportTiming(total, sum(spent), sum(added), reply or "")


def baseline_import(text: str, path: Path) -> float:
    """csv.reader + sqlite3.executemany into a plain 12-column table, one transaction."""
    started = time.perf_counter()
    rows = list(csv.reader(io.StringIO(text)))[1:]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"CREATE TABLE raw ({', '.join(f'c{i}' for i in range(12))})")
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * 12)})", rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started


# -- commands --------------------------------------------------------------------------------------


@dataclass
class Lifter:
    sets: int
    user_id: int
    times: dict[str, list[float]] = field(default_factory=dict)


def command_runner(driver: ChatDriver) -> Callable[[int, str], Awaitable[list[Reply]]]:
    async def run(user_id: int, command: str) -> list[Reply]:
        text = command.removeprefix("log: ")
        replies = await driver.send(user_id, text)
        if not replies:
            raise RuntimeError(f"{command!r} got no reply")
        first = replies[0].text or ""
        if "Whoa" in first or "went wrong" in first.lower():
            raise RuntimeError(f"{command!r} was refused: {first[:80]}")
        return replies

    return run


async def time_commands(driver: ChatDriver, lifters: list[Lifter]) -> None:
    run = command_runner(driver)
    for lifter in lifters:  # warm-up: caches, matplotlib's first figure, SQLite pages
        for command in COMMANDS:
            await run(lifter.user_id, command)
    for _ in range(ROUNDS):  # interleaved, so drift in machine speed hits every lifter alike
        for command in COMMANDS:
            for lifter in lifters:
                started = time.perf_counter()
                await run(lifter.user_id, command)
                lifter.times.setdefault(command, []).append(time.perf_counter() - started)


# -- per-statement diagnosis -----------------------------------------------------------------------


@dataclass
class Statement:
    sql: str
    params: Any


class SqlTrace:
    """Records every statement the repositories run (Database and Transaction), in order."""

    def __init__(self) -> None:
        self.statements: list[Statement] = []
        self._saved: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> SqlTrace:
        for name in ("fetchall", "fetchone"):  # reads outside a transaction
            self._wrap(storage_db._Reads, name)
        statements = self.statements
        original = storage_db._run_all  # everything else: one thread hop, several statements
        self._saved.append((storage_db, "_run_all", original))  # type: ignore[arg-type]

        async def run_all(conn: Any, queued: list[tuple[str, Any, bool]]) -> Any:
            statements.extend(Statement(sql, params) for sql, params, many in queued if not many)
            return await original(conn, queued)

        storage_db._run_all = run_all  # type: ignore[assignment]
        return self

    def _wrap(self, cls: type, name: str) -> None:
        original = getattr(cls, name)
        self._saved.append((cls, name, original))
        statements = self.statements

        async def traced(this: Any, sql: str, params: Any = ()) -> Any:
            statements.append(Statement(sql, params))
            return await original(this, sql, params)

        setattr(cls, name, traced)

    def __exit__(self, *exc: object) -> None:
        for cls, name, original in reversed(self._saved):
            setattr(cls, name, original)


def _is_select(sql: str) -> bool:
    head = sql.lstrip().upper()
    return head.startswith(("SELECT", "WITH")) and "TOTAL_CHANGES" not in head


async def statement_ms(svc: Services, stmt: Statement, repeats: int = 5) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        await svc.db.fetchall(stmt.sql, stmt.params)
        samples.append(time.perf_counter() - started)
    return median(samples) * 1000


async def diagnose(driver: ChatDriver, heavy: Lifter, light: Lifter) -> list[dict[str, Any]]:
    """Every SELECT of every command, timed alone for both lifters; plans of those that grow."""
    svc = services(driver)
    run = command_runner(driver)
    found = []
    for command in COMMANDS[1:]:
        traces = []
        for lifter in (heavy, light):
            with SqlTrace() as trace:
                await run(lifter.user_id, command)
            traces.append([s for s in trace.statements if _is_select(s.sql)])
        for big, small in zip(*traces, strict=False):
            if big.sql != small.sql:
                continue
            big_ms, small_ms = await statement_ms(svc, big), await statement_ms(svc, small)
            entry: dict[str, Any] = {
                "command": command,
                "sql": " ".join(big.sql.split()),
                "ms_50k": big_ms,
                "ms_1k": small_ms,
                "ratio": big_ms / small_ms if small_ms else float("nan"),
            }
            if entry["ratio"] > GROWS and big_ms - small_ms > 0.5:
                rows = await svc.db.fetchall("EXPLAIN QUERY PLAN " + big.sql, big.params)
                entry["plan"] = [str(r["detail"]) for r in rows]
            found.append(entry)
    return found


# -- main ------------------------------------------------------------------------------------------


def _print_commands(lifters: dict[int, Lifter], title: str) -> dict[str, Any]:
    print(f"\n{title}: median of {ROUNDS} runs, ms (in-process, FakeRequest)")
    head = f"{'command':<20}{'1k sets':>9}{'10k sets':>10}{'50k sets':>10}"
    print(f"{head}{'50k/1k':>9}{'50k/10k':>9}")
    figures: dict[str, Any] = {}
    for command in COMMANDS:
        ms = {n: median(lifters[n].times[command]) * 1000 for n in (LIGHT, YEAR, HEAVY)}
        ratio, flat = ms[HEAVY] / ms[LIGHT], ms[HEAVY] / ms[YEAR]
        mark = "" if command == "/help" or ratio <= RATIO_TARGET else "  <-- over 1.5"
        print(
            f"{command:<20}{ms[LIGHT]:>9.1f}{ms[YEAR]:>10.1f}{ms[HEAVY]:>10.1f}"
            f"{ratio:>8.2f}x{flat:>8.2f}x{mark}"
        )
        key = command.strip("/").replace(": ", "_").replace(" ", "_")
        figures[key] = {
            "ms_1k": r3(ms[LIGHT]),
            "ms_10k": r3(ms[YEAR]),
            "ms_50k": r3(ms[HEAVY]),
            "ratio_50k_1k": r3(ratio),
            "ratio_50k_10k": r3(flat),
        }
    print(
        f"(logging a set and /undo re-run the programme over the last {HISTORY_WEEKS} weeks, which"
        " the 1k lifter has not filled: for them 50k/10k is the history-growth figure)"
    )
    heavy = lifters[HEAVY]
    stats_vs_help = median(heavy.times["/stats"]) / median(heavy.times["/help"])
    print(f"/stats on 50k sets vs /help (same lifter): {stats_vs_help:.2f}x")
    figures["stats_50k_vs_help"] = r3(stats_vs_help)
    return figures


def _print_diagnosis(diagnosis: list[dict[str, Any]]) -> list[dict[str, Any]]:
    growing = [d for d in diagnosis if "plan" in d]
    print(
        f"SELECTs timed alone (median of 5), 50k vs 1k: {len(diagnosis)} statements,"
        f" {len(growing)} grow more than {GROWS}x with history:"
    )
    for d in growing:
        print(f"- {d['command']}: {d['ms_1k']:.2f} -> {d['ms_50k']:.2f} ms ({d['ratio']:.1f}x)")
        print(f"    {d['sql'][:200]}")
        for line in d["plan"]:
            print(f"    plan: {line}")
    return growing


def _misses(figures: dict[str, Any]) -> list[str]:
    return [
        k for k, v in figures.items()
        if isinstance(v, dict) and k != "help" and v["ratio_50k_1k"] > RATIO_TARGET
    ]  # fmt: skip


async def seed(driver: ChatDriver, lifters: dict[int, Lifter], tmp: Path) -> dict[str, Any]:
    print("Seeding: a Strong CSV per lifter, uploaded through the bot (getFile, import, reply)")
    today = datetime.now(UTC).date()
    imports: dict[int, ImportTiming] = {}
    heavy_csv = ""
    for n, lifter in lifters.items():
        text, first_day = strong_csv(n, today)
        heavy_csv = text if n == HEAVY else heavy_csv
        imports[n] = timing = await timed_upload(driver, lifter.user_id, text)
        if timing.added != n:
            raise RuntimeError(f"imported {timing.added} of {n} sets: {timing.reply[:200]}")
        print(
            f"  {n:>6,} sets from {first_day}: {timing.total_s:6.2f} s"
            f" ({n / timing.total_s:,.0f} sets/s; the repository's write {timing.stored_s:.2f} s)"
        )
    base_s = baseline_import(heavy_csv, tmp / "baseline.db")
    heavy = imports[HEAVY]
    ok = heavy.total_s < IMPORT_TARGET_S
    print(
        f"Import of 50,000 sets: {heavy.total_s:.2f} s = {HEAVY / heavy.total_s:,.0f} sets/s"
        f" -> {verdict(ok)} (< {IMPORT_TARGET_S:.0f} s)"
    )
    print(
        f"  baseline csv.reader + sqlite3.executemany into a plain table: {base_s:.2f} s;"
        f" import/baseline {heavy.total_s / base_s:.1f}x"
    )
    return {
        "import_50k_s": r3(heavy.total_s),
        "import_sets_per_s": round(HEAVY / heavy.total_s),
        "import_store_s": r3(heavy.stored_s),
        "import_vs_baseline": r3(heavy.total_s / base_s),
        "baseline_import_s": r3(base_s),
        "import_ok": ok,
    }


async def with_proposed_indexes(driver: ChatDriver) -> dict[str, Any]:
    """Add the indexes proposed for storage/ to this run's throw-away database and measure
    again (the benchmark's own copy; the migrations are not touched)."""
    svc = services(driver)
    async with svc.db.transaction() as tx:
        for statement in PROPOSED_INDEXES:
            await tx.execute(statement)
    lifters = {n: Lifter(n, uid) for n, uid in USERS.items()}
    await time_commands(driver, list(lifters.values()))
    print("\nWhat-if, same data plus the proposed indexes:")
    for statement in PROPOSED_INDEXES:
        print(f"  {statement}")
    figures = _print_commands(lifters, "Commands with the proposed indexes")
    growing = _print_diagnosis(await diagnose(driver, lifters[HEAVY], lifters[LIGHT]))
    return {
        "commands": {k: v for k, v in figures.items() if isinstance(v, dict)},
        "stats_50k_vs_help": figures["stats_50k_vs_help"],
        "over_target": _misses(figures),
        "still_growing": [d["sql"][:120] for d in growing],
    }


PROPOSED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS sets_user_day ON sets(user_id, local_date)",
    "CREATE INDEX IF NOT EXISTS sets_user_exercise_day ON sets(user_id, exercise, local_date)",
    "CREATE INDEX IF NOT EXISTS sets_user_source ON sets(user_id, source)",
)


async def run() -> None:
    quiet_logging()
    with tempfile.TemporaryDirectory() as tmp:
        driver = await ChatDriver.start(
            Path(tmp),
            build_kwargs={"tick": False},
            spotter_broadcast_rate=1000,
            log_level="WARNING",
        )
        assert driver.app is not None
        lift_flood_gate(driver.app)
        lifters = {n: Lifter(n, uid) for n, uid in USERS.items()}
        imported = await seed(driver, lifters, Path(tmp))

        await time_commands(driver, list(lifters.values()))
        figures = _print_commands(lifters, "Commands")
        print()
        growing = _print_diagnosis(await diagnose(driver, lifters[HEAVY], lifters[LIGHT]))
        what_if = await with_proposed_indexes(driver) if _misses(figures) else {}
        await driver.stop()

    emit(
        "history_scale",
        **imported,
        commands={k: v for k, v in figures.items() if isinstance(v, dict)},
        stats_50k_vs_help=figures["stats_50k_vs_help"],
        over_target=_misses(figures),
        growing_statements=[
            {"command": d["command"], "ratio": r3(d["ratio"]), "sql": d["sql"][:120]}
            for d in growing
        ],
        with_proposed_indexes=what_if,
    )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
