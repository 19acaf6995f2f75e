"""Acceptance (issue 13): the training day in chat — loads from the first logged set, one-tap
logging as prescribed (once), skip, the rest timer across a restart, /plates, warm-ups."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from pathlib import Path

import pytest

from bot.runtime.app import services_of
from bot.runtime.rest_clock import JOB_ID as REST_JOB
from tests.conftest import FakeClock, texts, toast
from tests.fakeapi.driver import ChatDriver, Reply

ANN = 1301


def line_of(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if name in line and "×" in line)


async def plan(driver: ChatDriver) -> Reply:
    replies = await driver.send(ANN, "/plan")
    return next(r for r in replies if r.buttons)


async def rest_pings(driver: ChatDriver) -> list[str]:
    assert driver.app is not None
    mark = len(driver.core.outbox)
    clock = services_of(driver.app).rest_clock
    assert clock is not None
    await clock.tick()
    return [e.params["text"] for e in driver.core.outbox[mark:] if e.method == "sendMessage"]


async def test_a_new_lifter_gets_a_load_after_one_logged_set(driver: ChatDriver) -> None:
    before = await plan(driver)
    assert "Find your weight" in before.text or "First time" in before.text
    await driver.send(ANN, "squat 1x5 140kg @8")
    after = await plan(driver)
    squat = line_of(after.text or "", "Squat")
    assert re.search(r"@ \d+(\.\d+)? kg", squat), squat
    assert "per side" in after.text  # the plate breakdown under the barbell line
    assert "Warm-up" in after.text  # the ramp before the first heavy lift
    bench = line_of(after.text or "", "Bench")
    assert "@" not in bench  # never logged: still a calibration line


async def test_a_tap_logs_the_prescription_once(driver: ChatDriver) -> None:
    await driver.send(ANN, "squat 100x5 @7")
    await driver.send(ANN, "bench 80x5 @7")
    shown = await plan(driver)
    label = next(b for b in shown.labels if b.startswith("✔ Squat"))
    first = await driver.press(ANN, shown, label)
    assert "Logged ✅" in texts(first) and "Squat" in texts(first)
    assert any("Rest" in r.labels[-1] for r in first if r.labels) or any(
        "⏱ Rest" in r.labels for r in first
    )
    again = await driver.press(ANN, shown, label)  # a second tap / redelivered callback
    assert "Logged ✅" not in texts(again)
    assert toast(again) == "Already logged — nothing added."
    history = texts(await driver.send(ANN, "/history squat"))
    assert history.count("3×5") + history.count("5, 5, 5") >= 1
    refreshed = await plan(driver)
    assert "✅ Squat" in (refreshed.text or "")
    assert not any(b.startswith("✔ Squat") for b in refreshed.labels)


async def test_skip_is_stored_and_the_next_plan_says_so(
    driver: ChatDriver, clock: FakeClock
) -> None:
    shown = await plan(driver)
    skipped = await driver.press(ANN, shown, "Skip today")
    assert "skipped" in texts(skipped)
    clock.advance(days=2)
    nxt = await plan(driver)
    assert "Skipped on" in (nxt.text or "")
    assert "Workout A" in (nxt.text or "")  # the same session waits


async def test_rest_timer_pings_once_across_a_restart(driver: ChatDriver, clock: FakeClock) -> None:
    started = texts(await driver.send(ANN, "/rest 3s"))
    assert "3 s" in started
    clock.advance(seconds=2)
    assert await rest_pings(driver) == []
    await driver.restart()
    clock.advance(seconds=1)
    pings = await rest_pings(driver)
    assert len(pings) == 1 and "Rest's over" in pings[0] and "Next:" in pings[0]
    clock.advance(seconds=5)
    assert await rest_pings(driver) == []  # never twice


async def test_a_new_log_or_rest_off_cancels_the_timer(
    driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(ANN, "/rest 90s")
    await driver.send(ANN, "squat 100x5")
    clock.advance(seconds=120)
    assert await rest_pings(driver) == []
    await driver.send(ANN, "/rest 1:00")
    assert "stopped" in texts(await driver.send(ANN, "/rest off"))
    clock.advance(seconds=120)
    assert await rest_pings(driver) == []


async def test_the_rest_button_uses_the_prescribed_rest(
    driver: ChatDriver, clock: FakeClock
) -> None:
    logged = await driver.send(ANN, "squat 100x5 @7")
    confirm = next(r for r in logged if r.buttons)
    started = texts(await driver.press(ANN, confirm, "⏱ Rest"))
    assert "2:00" in started  # squat's plan rest is 2–3 min: the timer takes the lower end
    clock.advance(seconds=119)
    assert await rest_pings(driver) == []
    clock.advance(seconds=1)
    assert len(await rest_pings(driver)) == 1


async def test_bad_rest_and_plates_input_say_what_works(driver: ChatDriver) -> None:
    for text in ("/rest 2h", "/rest abc", "/rest 20m", "/plates -5", "/plates 1000", "/plates x"):
        answer = texts(await driver.send(ANN, text))
        assert "like /" in answer, (text, answer)


async def test_plates(driver: ChatDriver) -> None:
    assert "25 + 25 + 10 + 1.25 kg per side" in texts(await driver.send(ANN, "/plates 142.5"))
    assert "45 + 45 + 45 lb per side" in texts(await driver.send(ANN, "/plates 315 lb"))
    assert "nearest" in texts(await driver.send(ANN, "/plates 101"))
    await driver.send(ANN, "/plates set 20,10,5")
    answer = texts(await driver.send(ANN, "/plates 142.5"))
    assert "nearest is 140 kg" in answer and "20 + 20 + 20 kg per side" in answer
    await driver.send(ANN, "/plates bar 15")
    assert "just the 15 kg bar" in texts(await driver.send(ANN, "/plates 15"))


async def test_warmups_can_be_switched_off(driver: ChatDriver) -> None:
    await driver.send(ANN, "squat 100x5 @7")
    assert "Warm-up" in ((await plan(driver)).text or "")
    await driver.send(ANN, "/warmups off")
    assert "Warm-up" not in ((await plan(driver)).text or "")


async def test_an_old_plans_buttons_say_they_expired(driver: ChatDriver, clock: FakeClock) -> None:
    await driver.send(ANN, "squat 100x5 @7")
    shown = await plan(driver)
    clock.advance(timedelta(days=1))
    label = next(b for b in shown.labels if b.startswith("✔ Squat"))
    assert "another day" in (toast(await driver.press(ANN, shown, label)) or "")


async def test_the_whole_session_button_and_its_undo(driver: ChatDriver) -> None:
    await driver.send(ANN, "squat 100x5 @7")
    await driver.send(ANN, "bench 80x5 @7")
    shown = await plan(driver)
    logged = await driver.press(ANN, shown, "✔ Log the whole session")
    confirm = next(r for r in logged if r.method == "sendMessage" and r.buttons)
    assert "Squat" in (confirm.text or "") and "Bench press" in (confirm.text or "")
    assert (
        "already"
        in (toast(await driver.press(ANN, shown, "✔ Log the whole session")) or "").lower()
    )
    undone = await driver.press(ANN, confirm, "↩️ Undo")
    assert "6 set(s) removed" in texts(undone)
    again = await plan(driver)
    assert any(b.startswith("✔ Squat") for b in again.labels)


async def test_someone_elses_plan_button_does_nothing(driver: ChatDriver) -> None:
    await driver.send(ANN, "squat 100x5 @7")
    shown = await plan(driver)
    label = next(b for b in shown.labels if b.startswith("✔ Squat"))
    other = await driver.press(1302, shown, label)
    assert "belongs to someone else" in (toast(other) or "")


async def test_rest_timer_on_the_real_job_queue(tmp_path: Path) -> None:
    """Wall clock, real JobQueue: `/rest 1s` pings once about a second later."""
    chat = await ChatDriver.start(tmp_path, build_kwargs={"tick": True})
    try:
        assert chat.app is not None and chat.app.job_queue is not None
        jobs = chat.app.job_queue.scheduler.get_jobs()
        rest_job = next(j for j in jobs if j.id == REST_JOB)
        assert (rest_job.coalesce, rest_job.max_instances) == (True, 1)
        await chat.send(ANN, "/rest 1s")
        await chat.app.job_queue.start()
        try:
            for _ in range(40):
                await asyncio.sleep(0.1)
                if any("Rest's over" in (e.params.get("text") or "") for e in chat.core.outbox):
                    break
            await asyncio.sleep(1.2)  # a few more ticks: still one ping
        finally:
            await chat.app.job_queue.stop()
        pings = [e for e in chat.core.outbox if "Rest's over" in (e.params.get("text") or "")]
        assert len(pings) == 1
    finally:
        await chat.stop()


async def test_the_daily_prompt_carries_the_tap_buttons(
    driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(ANN, "squat 100x5 @7")
    await driver.send(ANN, "/remind 07:30")
    assert driver.app is not None
    clock.set(clock.now.replace(hour=7, minute=30))
    mark = len(driver.core.outbox)
    await services_of(driver.app).reminder_service.tick(clock.now)
    await services_of(driver.app).outbox.join()
    prompt = next(
        driver.reply_of(e) for e in driver.core.outbox[mark:] if e.params.get("reply_markup")
    )
    assert prompt.labels[-3:] == ["✅ Done", "Skip today", "😴 Snooze 1 h"]
    label = next(b for b in prompt.labels if b.startswith("✔ Squat"))
    assert "Logged ✅" in texts(await driver.press(ANN, prompt, label))
    assert "✅ Squat" in ((await plan(driver)).text or "")


async def test_a_long_break_brings_a_lighter_reentry_week(
    driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(ANN, "squat 3x5 100kg @7")
    clock.advance(days=2)
    usual = line_of((await plan(driver)).text or "", "Squat")
    clock.advance(weeks=9)
    back = (await plan(driver)).text or ""
    assert "Welcome back" in back
    load = float(re.findall(r"@ ([\d.]+) kg", usual)[0])
    reentry = float(re.findall(r"@ ([\d.]+) kg", line_of(back, "Squat"))[0])
    assert reentry == pytest.approx(load * 0.8, abs=2.5) and reentry < load


async def test_a_pound_lifter_gets_pound_plates(driver: ChatDriver) -> None:
    await driver.send(ANN, "/units lb")
    await driver.send(ANN, "squat 1x5 225 @8")
    shown = await plan(driver)
    squat = line_of(shown.text or "", "Squat")
    assert "@ 225 lb" in squat, squat
    assert "45 + 45 lb per side" in (shown.text or "")
    label = next(b for b in shown.labels if b.startswith("✔ Squat"))
    assert "Squat 3×5 @ 225 lb" in texts(await driver.press(ANN, shown, label))
