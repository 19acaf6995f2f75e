"""Acceptance: the weekly summary asks how recovery is going, and the answer steers the plan."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.runtime.app import services_of
from tests.conftest import FakeClock, texts, toast
from tests.fakeapi.driver import ChatDriver, Reply

ANN = 701
FRIDAY = datetime(2026, 5, 29, 18, 0, tzinfo=UTC)
MONDAY_0730 = datetime(2026, 6, 1, 7, 30, tzinfo=UTC)
CHECKIN = ["😀 Recovered", "😣 Still sore", "😴 Run down"]


async def weekly_summary(driver: ChatDriver, clock: FakeClock) -> Reply:
    clock.set(FRIDAY)
    await driver.send(ANN, "/goal size")
    await driver.send(ANN, "squat 3x8 100\nbench 3x8 70")
    await driver.send(ANN, "/remind 07:30 mon,wed,fri")
    clock.set(MONDAY_0730)
    assert driver.app is not None
    mark = len(driver.core.outbox)
    await services_of(driver.app).reminder_service.tick(MONDAY_0730)
    await services_of(driver.app).outbox.join()
    sent = [driver.reply_of(e) for e in driver.core.outbox[mark:] if e.ok]
    summaries = [r for r in sent if r.labels == CHECKIN]
    assert len(summaries) == 1, texts(sent)
    return summaries[0]


async def test_the_weekly_summary_reviews_the_week_and_asks_about_recovery(
    driver: ChatDriver, clock: FakeClock
) -> None:
    summary = await weekly_summary(driver, clock)
    assert "week in review" in (summary.text or "")
    assert "How are you recovering?" in (summary.text or "")


async def test_feeling_run_down_brings_a_deload(driver: ChatDriver, clock: FakeClock) -> None:
    summary = await weekly_summary(driver, clock)
    answer = await driver.press(ANN, summary, "😴 Run down")
    assert toast(answer) == "Thanks!"
    assert "deload" in texts(answer)
    clock.set(datetime(2026, 6, 2, 9, 0, tzinfo=UTC))  # the check-in day is over
    block = texts(await driver.send(ANN, "/block"))
    assert "check-in" in block.lower(), block


async def test_feeling_recovered_changes_nothing_at_once(
    driver: ChatDriver, clock: FakeClock
) -> None:
    summary = await weekly_summary(driver, clock)
    answer = await driver.press(ANN, summary, "😀 Recovered")
    assert "volume keeps climbing" in texts(answer)
    clock.set(datetime(2026, 6, 2, 9, 0, tzinfo=UTC))
    assert "deload" not in texts(await driver.send(ANN, "/block")).lower()


async def test_only_the_lifter_can_answer_their_check_in(
    driver: ChatDriver, clock: FakeClock
) -> None:
    summary = await weekly_summary(driver, clock)
    other = await driver.press(702, summary, "😴 Run down")
    assert "someone else" in toast(other)
