"""The Mini App's JSON API: sign-in, ownership, validation, and the chat seeing every change."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.runtime.app import services_of
from bot.services.container import Services
from bot.web.programs import ProgramAdapter, ProgramUnavailable
from storage.users import User
from tests.conftest import FakeClock, texts
from tests.fakeapi.driver import ChatDriver
from tests.test_e2e_data import WORKOUTS, strong_csv
from tests.web_support import init_data, web_client

ANN, BOB = 501, 502
Client = TestClient[web.Request, web.Application]


@pytest.fixture
async def client(driver: ChatDriver) -> AsyncIterator[Client]:
    async with web_client(driver) as c:
        yield c


def signed(user_id: int, clock: FakeClock, age: timedelta = timedelta(minutes=1)) -> dict:
    return {"X-Telegram-Init-Data": init_data(user_id, clock() - age)}


async def _sets(driver: ChatDriver, user_id: int) -> int:
    assert driver.app is not None
    svc: Services = services_of(driver.app)
    return await svc.sets.count(user_id)


async def _log(client: Client, user_id: int, clock: FakeClock, **query: str) -> Any:
    response = await client.get("/app/api/log", params=query, headers=signed(user_id, clock))
    assert response.status == 200, await response.text()
    return await response.json()


async def test_log_answers_the_spec_shape(driver: ChatDriver, client: Client, clock: FakeClock):
    await driver.send(ANN, "bench 100x5")
    data = await _log(client, ANN, clock)
    day = data["days"][0]
    assert day["date"] == "2026-06-01"
    first = day["sets"][0]
    assert {k: first[k] for k in ("exercise", "weight", "unit", "reps", "rpe")} == {
        "exercise": "bench_press", "weight": 100, "unit": "kg", "reps": 5, "rpe": None,
    }  # fmt: skip


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Telegram-Init-Data": ""},
        {"X-Telegram-Init-Data": "user=%7B%22id%22%3A501%7D&auth_date=1&hash=abc"},
        {"X-Spotter-Session": "made-up"},
    ],
)
async def test_no_valid_sign_in_is_401_and_changes_nothing(
    driver: ChatDriver, client: Client, headers: dict[str, str]
) -> None:
    await driver.send(ANN, "bench 100x5")
    calls = [
        client.get("/app/api/log", headers=headers),
        client.post("/app/api/sets", json={"text": "squat 5x5 100", "nonce": 1}, headers=headers),
        client.patch("/app/api/sets/1", json={"weight": 200, "reps": 1}, headers=headers),
        client.delete("/app/api/sets/1", headers=headers),
        client.post("/app/api/delete-everything", json={"confirm": "DELETE"}, headers=headers),
        client.post("/app/api/goal", json={"goal": "strength"}, headers=headers),
    ]
    for call in calls:
        response = await call
        assert response.status == 401
        assert (await response.json())["error"]
    assert await _sets(driver, ANN) == 1
    assert "100 kg" in texts(await driver.send(ANN, "/history"))


async def test_expired_or_forged_init_data_is_refused(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    await driver.send(ANN, "bench 100x5")
    stale = signed(ANN, clock, age=timedelta(days=1, minutes=1))
    forged = {"X-Telegram-Init-Data": init_data(ANN, clock(), token="999:OTHER")}
    for headers in (stale, forged):
        response = await client.delete("/app/api/sets/1", headers=headers)
        assert response.status == 401
    assert await _sets(driver, ANN) == 1


async def test_the_age_limit_follows_the_setting(tmp_path, clock: FakeClock, driver_settings):
    from tests.fakeapi.core import DEFAULT_TOKEN, FakeTelegram

    core = FakeTelegram(DEFAULT_TOKEN, clock=clock.time)
    short = await ChatDriver.start(
        tmp_path, core=core, build_kwargs={"clock": clock, "tick": False},
        spotter_web_auth_max_age=600,
    )  # fmt: skip
    try:
        async with web_client(short) as c:
            fresh = await c.get("/app/api/log", headers=signed(ANN, clock, timedelta(minutes=9)))
            old = await c.get("/app/api/log", headers=signed(ANN, clock, timedelta(minutes=11)))
        assert (fresh.status, old.status) == (200, 401)
    finally:
        await short.stop()


async def test_another_lifters_set_is_404_and_untouched(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    await driver.send(ANN, "bench 100x5")
    set_id = (await _log(client, ANN, clock))["days"][0]["sets"][0]["id"]
    bob = signed(BOB, clock)
    edit = await client.patch(f"/app/api/sets/{set_id}", json={"weight": 1, "reps": 1}, headers=bob)
    delete = await client.delete(f"/app/api/sets/{set_id}", headers=bob)
    assert (edit.status, delete.status) == (404, 404)
    assert (await _log(client, BOB, clock))["days"] == []
    assert "Bench press 1×5 @ 100 kg" in texts(await driver.send(ANN, "/history"))


@pytest.mark.parametrize(
    ("method", "path", "body", "message"),
    [
        ("PATCH", "/sets/1", {"weight": 100, "reps": 0}, "reps"),
        ("PATCH", "/sets/1", {"weight": 100, "reps": 5, "rpe": 11}, "rpe"),
        ("PATCH", "/sets/1", {"weight": 100, "reps": 5, "rpe": 8.3}, "rpe"),
        ("PATCH", "/sets/1", {"weight": 5000, "reps": 5}, "weight"),
        ("PATCH", "/sets/1", {"weight": -20, "reps": 5}, "bodyweight moves"),
        ("PATCH", "/sets/1", {"weight": "heavy", "reps": 5}, "weight"),
        ("PATCH", "/sets/1", {"reps": 5, "owner": BOB}, "owner"),
        ("PATCH", "/sets/abc", {"reps": 5}, "set id is a number"),
        ("PATCH", "/sets/1", "not json", "JSON"),
        ("POST", "/sets", {"text": "", "nonce": 1}, "text"),
        ("POST", "/sets", {"text": "bench 100x5", "nonce": 0}, "nonce"),
        ("POST", "/sets", {"text": "what should I eat?", "nonce": 3}, ""),
        ("POST", "/goal", {"goal": "bulk"}, "goal"),
        ("POST", "/program", {"name": "nope"}, "no programme called"),
        ("POST", "/program", {"name": "../x"}, "name"),
        ("POST", "/delete-everything", {"confirm": "yes"}, "confirm"),
        ("POST", "/delete-everything", {}, "confirm"),
    ],
)
async def test_bad_input_is_400_with_a_sentence(
    driver: ChatDriver, client: Client, clock: FakeClock, method: str, path: str, body: Any,
    message: str,
) -> None:  # fmt: skip
    await driver.send(ANN, "bench 100x5")
    kwargs: dict[str, Any] = {"data": body} if isinstance(body, str) else {"json": body}
    response = await client.request(method, "/app/api" + path, headers=signed(ANN, clock), **kwargs)
    assert response.status == 400
    error = (await response.json())["error"]
    assert message in error and "Traceback" not in error
    assert await _sets(driver, ANN) == 1
    assert "Bench press 1×5 @ 100 kg" in texts(await driver.send(ANN, "/history"))


async def test_bad_queries_are_400(client: Client, clock: FakeClock) -> None:
    for query in ({"exercise": "zzzqqq"}, {"before": "yesterday"}, {"colour": "red"}):
        response = await client.get("/app/api/log", params=query, headers=signed(ANN, clock))
        assert response.status == 400, query
    response = await client.get(
        "/app/api/progress", params={"exercise": "x" * 61}, headers=signed(ANN, clock)
    )
    assert response.status == 400


async def test_editing_a_set_changes_history_and_prs(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    await driver.send(ANN, "bench 100x5")
    await driver.send(ANN, "bench 90x5")
    sets = (await _log(client, ANN, clock, exercise="bench"))["days"][0]["sets"]
    heavy = next(s for s in sets if s["weight"] == 100)
    response = await client.patch(
        f"/app/api/sets/{heavy['id']}", json={"weight": 95, "reps": 4, "rpe": 8.5},
        headers=signed(ANN, clock),
    )  # fmt: skip
    assert response.status == 200
    assert (await response.json())["set"]["text"] == "Bench press 1×4 @ 95 kg (RPE 8.5)"
    history = texts(await driver.send(ANN, "/history"))
    assert "1×4 @ 95 kg" in history and "100 kg" not in history
    prs = texts(await driver.send(ANN, "/prs"))
    assert "heaviest 95 kg" in prs and "100" not in prs


async def test_adding_sets_uses_the_chat_notation_once_per_nonce(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    body = {"text": "squat 3x5 140kg @8\nbench 100x5", "nonce": 42}
    first = await client.post("/app/api/sets", json=body, headers=signed(ANN, clock))
    again = await client.post("/app/api/sets", json=body, headers=signed(ANN, clock))
    assert (first.status, again.status) == (201, 201)
    logged = (await first.json())["logged"]
    assert logged[0].startswith("Squat 3×5 @ 140 kg (RPE 8)")
    assert await _sets(driver, ANN) == 4
    history = texts(await driver.send(ANN, "/history"))
    assert "Squat 3×5 @ 140 kg" in history and "Bench press 1×5 @ 100 kg" in history


async def test_a_non_log_says_why(client: Client, clock: FakeClock) -> None:
    body = {"text": "leg day tomorrow", "nonce": 7}
    response = await client.post("/app/api/sets", json=body, headers=signed(ANN, clock))
    assert response.status == 400
    assert len((await response.json())["error"]) > 10


async def test_deleting_a_set_removes_it_from_history(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    await driver.send(ANN, "bench 100x5\nsquat 140x3")
    sets = (await _log(client, ANN, clock))["days"][0]["sets"]
    squat = next(s for s in sets if s["exercise"] == "squat")
    response = await client.delete(f"/app/api/sets/{squat['id']}", headers=signed(ANN, clock))
    assert (await response.json())["removed"] == "Squat 1×3 @ 140 kg"
    history = texts(await driver.send(ANN, "/history"))
    assert "Squat" not in history and "Bench press" in history
    again = await client.delete(f"/app/api/sets/{squat['id']}", headers=signed(ANN, clock))
    assert again.status == 404


async def test_progress_has_a_chart_muscles_and_bodyweight(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    for day, load in enumerate((100, 105, 110)):
        clock.advance(days=day and 2)
        await driver.send(ANN, f"bench 3x5 {load}")
    await driver.send(ANN, "/bw 82.5")
    response = await client.get("/app/api/progress", headers=signed(ANN, clock))
    data = await response.json()
    assert data["exercise"] == "bench_press"
    assert data["chart"].startswith("<svg") and data["chart"].count('class="pr"') == 2
    chest = next(m for m in data["muscles"] if m["muscle"] == "chest")
    assert chest["sets"] >= 3
    assert data["bodyweight"].startswith("<svg")


async def test_programme_and_goal_switch(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    await driver.send(ANN, "squat 3x5 100")
    data = await (await client.get("/app/api/programme", headers=signed(ANN, clock))).json()
    assert "block" in data["block"].lower() and data["sessions"] and data["goal"] == "both"
    names = [p["name"] for p in data["programs"]]
    assert names == ["auto", "531", "gzclp", "stronglifts", "ss", "texas", "ppl"]
    switched = await client.post(
        "/app/api/program", json={"name": "531"}, headers=signed(ANN, clock)
    )
    assert "training max" in (await switched.json())["message"].lower()
    assert "5/3/1" in texts(await driver.send(ANN, "/block"))
    response = await client.post("/app/api/goal", json={"goal": "hypertrophy"},
                                 headers=signed(ANN, clock))  # fmt: skip
    assert "size" in (await response.json())["message"]
    assert "Hypertrophy" in texts(await driver.send(ANN, "/block"))


async def test_the_programme_switch_goes_through_the_adapter(
    driver: ChatDriver, clock: FakeClock
) -> None:
    chosen: dict[int, str] = {}

    async def current(svc: Services, user: User) -> str:
        return chosen.get(user.id, "auto")

    async def switch(svc: Services, user: User, name: str) -> str:
        if name == "ppl":
            raise ProgramUnavailable("PPL needs four training days.")
        chosen[user.id] = name
        return f"Switched to {name}."

    adapter = ProgramAdapter(("auto", "531", "ppl"), current, switch)
    async with web_client(driver, programs=adapter) as c:
        ok = await c.post("/app/api/program", json={"name": "531"}, headers=signed(ANN, clock))
        refused = await c.post("/app/api/program", json={"name": "ppl"}, headers=signed(ANN, clock))
        page = await (await c.get("/app/api/programme", headers=signed(ANN, clock))).json()
        assert (ok.status, refused.status) == (200, 400)
        assert (await refused.json())["error"] == "PPL needs four training days."
    assert page["program"] == "531" and chosen == {ANN: "531"}


async def test_import_export_and_delete_everything(
    driver: ChatDriver, client: Client, clock: FakeClock
) -> None:
    data = strong_csv(WORKOUTS)
    first = await client.post("/app/api/import", data=data, headers=signed(ANN, clock))
    again = await client.post("/app/api/import", data=data, headers=signed(ANN, clock))
    added = (await first.json())["added"]
    assert added > 0 and (await again.json())["added"] == 0
    assert "Imported from Strong" in (await first.json())["summary"]
    export = await client.get("/app/api/export", headers=signed(ANN, clock))
    assert export.headers["Content-Type"].startswith("text/csv")
    assert (await export.text()).count("\n") == await _sets(driver, ANN) + 1
    bad = await client.post("/app/api/import", data=b"not,a,workout\n1,2,3\n",
                            headers=signed(ANN, clock))  # fmt: skip
    assert bad.status == 400
    gone = await client.post("/app/api/delete-everything", json={"confirm": "DELETE"},
                             headers=signed(ANN, clock))  # fmt: skip
    assert gone.status == 200 and await _sets(driver, ANN) == 0


async def test_pages_and_api_carry_security_headers(client: Client, clock: FakeClock) -> None:
    for path in ("/app", "/app/log", "/app/progress", "/app/programme", "/app/data",
                 "/app/static/app.js", "/app/api/log"):  # fmt: skip
        response = await client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "https://" not in csp.split("frame-ancestors")[0]  # no external content origins
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    api = await client.get("/app/api/log", headers=signed(ANN, clock))
    assert api.headers["Cache-Control"] == "no-store"
    missing = await client.get("/app/static/secret.py")
    assert missing.status == 404


async def test_pages_load_no_external_script(client: Client) -> None:
    html = await (await client.get("/app")).text()
    assert "telegram.org" not in html and "https://" not in html
    assert '<script src="/app/static/app.js"' in html
