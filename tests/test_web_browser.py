"""The Mini App in a real browser: Debian's headless Chromium driven by Playwright.

Each page is opened the way Telegram opens it — the signed initData and the theme in the URL
fragment — against the real bot's services; what the browser changes shows up in chat.
Screenshots of every page in Telegram's light and dark themes go to $SPOTTER_SCREENSHOTS
(docs/screenshots/ to refresh the README's; a temporary folder by default).
Without Chromium or Playwright these tests are skipped, except in CI where they must run.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp.test_utils import TestServer

from bot.services.container import Services
from bot.web.programs import ProgramAdapter
from storage.users import User
from tests.conftest import FakeClock, texts
from tests.fakeapi.driver import ChatDriver
from tests.web_support import init_data, web_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
# A test run leaves the tracked docs/screenshots/ alone unless asked to refresh them.
SCREENSHOTS = Path(
    os.environ.get("SPOTTER_SCREENSHOTS", Path(tempfile.gettempdir()) / "spotter-screenshots")
)
THEMES = {
    "light": {"bg_color": "#ffffff", "text_color": "#000000", "hint_color": "#707579",
              "link_color": "#3390ec", "button_color": "#3390ec", "button_text_color": "#ffffff",
              "secondary_bg_color": "#f4f4f5", "destructive_text_color": "#e53935"},
    "dark": {"bg_color": "#212121", "text_color": "#ffffff", "hint_color": "#aaaaaa",
             "link_color": "#8774e1", "button_color": "#8774e1", "button_text_color": "#ffffff",
             "secondary_bg_color": "#181818", "destructive_text_color": "#ff595a"},
}  # fmt: skip
ANN = 501


def _why_no_browser() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -e '.[dev]')"
    return None


MISSING = _why_no_browser()
if MISSING and os.environ.get("CI"):
    raise RuntimeError(f"browser tests are required in CI but cannot run: {MISSING}")
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            await chromium.close()


async def _serve(driver: ChatDriver, programs: ProgramAdapter | None = None) -> TestServer:
    server = TestServer(web_app(driver, programs), host="127.0.0.1")
    await server.start_server()
    return server


def _url(server: TestServer, page: str, fragment: str) -> str:
    return str(server.make_url(f"/app/{page}")) + "#" + fragment


def telegram_fragment(user_id: int, clock: FakeClock, theme: str = "light") -> str:
    """What Telegram appends when it opens a Mini App."""
    return (
        f"tgWebAppData={quote(init_data(user_id, clock()), safe='')}&tgWebAppVersion=8.0"
        f"&tgWebAppPlatform=android&tgWebAppThemeParams={quote(json.dumps(THEMES[theme]))}"
    )


async def _open(browser: Any, url: str) -> Any:
    page = await browser.new_page(viewport={"width": 390, "height": 844})
    await page.goto(url)
    await page.wait_for_selector("body[data-ready='1'], #status.error", timeout=15000)
    return page


async def _seed(driver: ChatDriver, clock: FakeClock) -> None:
    week_plan = ((0, "squat 3x5 {s}\nbench 3x5 {b} @8"), (2, "deadlift 1x5 {d}\nohp 3x5 {o}"),
                 (4, "squat 3x5 {s}\nbench 3x5 {b}\nrows 3x8 60"))  # fmt: skip
    for week in range(4):
        for day, text in week_plan:
            s, b, d, o = 100 + 5 * week, 70 + 2.5 * week, 140 + 5 * week, 45 + 2.5 * week
            await driver.send(ANN, text.format(s=s, b=b, d=d, o=o))
            clock.advance(days=2 if day < 4 else 3)
        await driver.send(ANN, f"/bw {82 - week * 0.4}")
    await driver.send(ANN, "squat 3x5 120\nbench 3x5 80 @8\nrows 3x8 62.5")  # this week


async def test_every_page_in_both_themes(
    browser: Any, driver: ChatDriver, clock: FakeClock
) -> None:
    await _seed(driver, clock)
    server = await _serve(driver)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for theme in THEMES:
            for name in ("log", "progress", "programme", "data"):
                page = await _open(
                    browser, _url(server, name, telegram_fragment(ANN, clock, theme))
                )
                assert await page.get_attribute("html", "data-theme") == theme
                assert await page.locator("#status.error").count() == 0, await page.text_content(
                    "#status"
                )
                await page.screenshot(path=str(SCREENSHOTS / f"{name}-{theme}.png"), full_page=True)
                await page.close()
    finally:
        await server.close()


async def test_edit_a_set_and_see_history_change(
    browser: Any, driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(ANN, "bench 100x5\nsquat 140x3")
    server = await _serve(driver)
    try:
        page = await _open(browser, _url(server, "log", telegram_fragment(ANN, clock)))
        await page.locator(".set", has_text="Squat").locator(".chip").first.click()
        form = page.locator("form.edit")
        await form.locator("input[name=weight]").fill("145")
        await form.locator("input[name=reps]").fill("2")
        await form.get_by_role("button", name="Save").click()
        await page.wait_for_selector("#status:has-text('Updated')")
        assert "Squat 1×2 @ 145 kg" in await page.text_content("#days")
        await page.fill("#add-text", "ohp 3x5 50")
        await page.click("#add-form button[type=submit]")
        await page.wait_for_selector("#status:has-text('Logged')")
    finally:
        await server.close()
    history = texts(await driver.send(ANN, "/history"))
    assert "Squat 1×2 @ 145 kg" in history and "140 kg" not in history
    assert "Overhead press 3×5 @ 50 kg" in history


async def test_a_chart_renders(browser: Any, driver: ChatDriver, clock: FakeClock) -> None:
    await _seed(driver, clock)
    server = await _serve(driver)
    try:
        page = await _open(browser, _url(server, "progress", telegram_fragment(ANN, clock)))
        assert await page.locator("#chart svg.chart polyline.e1rm").count() == 1
        box = await page.locator("#chart svg.chart").bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 150
        await page.select_option("#lift", "deadlift")
        await page.wait_for_selector("#chart svg[aria-label^='Deadlift']")
        assert await page.locator("#bodyweight svg.chart polyline.bw").count() == 1
        # Telegram's clients announce a theme switch to the open page.
        await page.evaluate(
            "(theme) => window.Telegram.WebView.receiveEvent('theme_changed', "
            "{theme_params: theme})", THEMES["dark"],
        )  # fmt: skip
        assert await page.get_attribute("html", "data-theme") == "dark"
    finally:
        await server.close()


async def test_switch_goal_and_programme(
    browser: Any, driver: ChatDriver, clock: FakeClock
) -> None:
    chosen: dict[int, str] = {}

    async def current(svc: Services, user: User) -> str:
        return chosen.get(user.id, "auto")

    async def switch(svc: Services, user: User, name: str) -> str:
        chosen[user.id] = name
        return f"Switched to {name}."

    await driver.send(ANN, "squat 3x5 100")
    server = await _serve(driver, ProgramAdapter(("auto", "531", "gzclp"), current, switch))
    try:
        page = await _open(browser, _url(server, "programme", telegram_fragment(ANN, clock)))
        await page.click("#goals button[data-goal=hypertrophy]")
        await page.wait_for_selector("#goals button[data-goal=hypertrophy][aria-pressed=true]")
        await page.click("#programs button[data-program='531']")
        await page.wait_for_selector("#programs button[data-program='531'][aria-pressed=true]")
        assert "Switched to 531." in await page.text_content("#status")
    finally:
        await server.close()
    assert chosen == {ANN: "531"}
    assert "Hypertrophy" in texts(await driver.send(ANN, "/block"))


async def test_forged_sign_in_shows_an_error_and_changes_nothing(
    browser: Any, driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(ANN, "bench 100x5")
    forged = init_data(ANN, clock(), token="999:SOMEONE-ELSE")
    server = await _serve(driver)
    try:
        page = await _open(browser, _url(server, "log", f"tgWebAppData={quote(forged, safe='')}"))
        assert "not signed by this bot" in await page.text_content("#status")
        assert await page.locator(".set").count() == 0
    finally:
        await server.close()
    assert "Bench press 1×5 @ 100 kg" in texts(await driver.send(ANN, "/history"))


async def test_import_then_delete_everything_from_the_data_page(
    browser: Any, driver: ChatDriver, clock: FakeClock, tmp_path: Path
) -> None:
    from tests.test_e2e_data import WORKOUTS, strong_csv

    export = tmp_path / "strong.csv"
    export.write_bytes(strong_csv(WORKOUTS))
    server = await _serve(driver)
    try:
        page = await _open(browser, _url(server, "data", telegram_fragment(ANN, clock)))
        await page.set_input_files("#import-file", str(export))
        await page.click("#import")
        await page.wait_for_selector("#import-summary:has-text('Imported from Strong')")
        assert "Bench press" in texts(await driver.send(ANN, "/history"))
        await page.click("#delete")
        assert "Type DELETE" in await page.text_content("#status")
        await page.fill("#delete-confirm", "DELETE")
        await page.click("#delete")
        await page.wait_for_selector("#status:has-text('deleted')")
    finally:
        await server.close()
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))


async def test_spotter_webs_one_time_link_signs_the_browser_in(
    browser: Any, driver: ChatDriver, clock: FakeClock
) -> None:
    from bot.web.auth import LocalLogins

    await driver.send(ANN, "bench 100x5")
    logins = LocalLogins(ANN, clock())
    server = TestServer(web_app(driver, local=logins), host="127.0.0.1")
    await server.start_server()
    try:
        page = await _open(browser, _url(server, "log", f"local={logins.code}"))
        assert "Bench press 1×5 @ 100 kg" in await page.text_content("#days")
        assert "local=" not in page.url  # the code leaves the address bar at once
        again = await _open(browser, _url(server, "log", f"local={logins.code}"))
        assert "already used" in await again.text_content("#status")
    finally:
        await server.close()
