"""Mini App API latency: does each page's API call stay fast as the log grows 10k → 50k sets?

Run: `.venv/bin/python bench/bench_web.py` (about half a minute). The real routes on a real
127.0.0.1 HTTP server (aiohttp's TestServer) over SQLite in a temp dir, every call signed with
initData and checked. Two lifters import the same kind of Strong history: 10,000 sets (about a
year, so every window a page reads is full) and 50,000 (about five years). Printed per call: the
median of 15 over HTTP, its ratio 50k / 10k (target <= 1.5), and the
ratio to the floor — an authenticated call that loads the user and answers `{}` — so the HTTP,
JSON and initData cost is visible apart from the work. Page calls target p50 < 300 ms. Editing
a set rebuilds that exercise's bests from its sets, as every chat edit and undo does.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bench.common import emit, median, quiet_logging, r3, strong_csv, verdict
from bot.config import load_settings
from bot.services import Services, open_services
from bot.services.data import import_file
from bot.web.context import caller
from bot.web.routes import add_web_routes
from tests.web_support import init_data

TOKEN = "123456:BENCH-TOKEN"
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
SIZES = {1: 10_000, 2: 50_000}
CALLS = ("floor", "log", "progress", "programme", "edit")
RUNS = 15


async def _floor(request: web.Request) -> web.Response:
    await caller(request)
    return web.json_response({})


async def _seed(svc: Services) -> None:
    for user_id, sets in SIZES.items():
        user = await svc.users.ensure(user_id, user_id, "", NOW)
        text, _ = strong_csv(sets, NOW.date())
        await import_file(svc, user, text, "kg")


async def _time(client: TestClient[Any, Any], method: str, path: str, **kw: Any) -> float:
    start = time.perf_counter()
    async with client.request(method, path, **kw) as response:
        await response.read()
        assert response.status == 200, (path, response.status)
    return (time.perf_counter() - start) * 1000


async def _calls(client: TestClient[Any, Any], user_id: int) -> list[tuple[str, str, str]]:
    """(name, method, path) of each measured call for one lifter."""
    headers = {"X-Telegram-Init-Data": init_data(user_id, NOW, token=TOKEN)}
    async with client.get("/app/api/log", headers=headers) as r:
        set_id = (await r.json())["days"][0]["sets"][-1]["id"]
    return [("floor", "GET", "/bench/floor"), ("log", "GET", "/app/api/log"),
            ("progress", "GET", "/app/api/progress"), ("programme", "GET", "/app/api/programme"),
            ("edit", "PATCH", f"/app/api/sets/{set_id}")]  # fmt: skip


async def _measure(client: TestClient[Any, Any]) -> dict[int, dict[str, float]]:
    """Median per call and lifter; the two lifters alternate call by call, so a noisy
    neighbour on the machine slows both sides of a ratio alike."""
    calls = {user_id: await _calls(client, user_id) for user_id in SIZES}
    times: dict[int, dict[str, list[float]]] = {u: {n: [] for n in CALLS} for u in SIZES}
    for run in range(RUNS):
        for i in range(len(CALLS)):
            for user_id in SIZES:
                name, method, path = calls[user_id][i]
                headers = {"X-Telegram-Init-Data": init_data(user_id, NOW, token=TOKEN)}
                body = {"weight": 100 + run, "reps": 5} if method == "PATCH" else None
                ms = await _time(client, method, path, headers=headers, json=body)
                times[user_id][name].append(ms)
    return {u: {n: median(v) for n, v in per.items()} for u, per in times.items()}


async def main() -> None:
    quiet_logging()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(telegram_bot_token=TOKEN, database_url=f"sqlite:///{tmp}/b.db")
        svc = await open_services(settings, lambda: NOW)
        await _seed(svc)
        app = web.Application()
        add_web_routes(app, lambda: svc, settings)
        app.router.add_get("/bench/floor", _floor)
        async with TestClient(TestServer(app)) as client:
            measured = await _measure(client)
            small, large = measured[1], measured[2]
        await svc.close()
    figures: dict[str, Any] = {}
    for name in CALLS:
        ratio = large[name] / small[name]
        floor = large[name] / large["floor"]
        ok = ratio <= 1.5 and (name == "floor" or large[name] < 300)
        print(f"{name:10} 10k {small[name]:7.1f} ms   50k {large[name]:7.1f} ms   50k/10k "
              f"{ratio:4.2f}   ×floor {floor:5.1f}   {verdict(ok)}")  # fmt: skip
        figures[name] = {"ms_10k": r3(small[name]), "ms_50k": r3(large[name]),
                         "ratio": r3(ratio), "x_floor": r3(floor)}  # fmt: skip
    emit("web", **figures)


if __name__ == "__main__":
    asyncio.run(main())
