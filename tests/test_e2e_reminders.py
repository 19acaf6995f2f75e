"""Acceptance: daily prompts through the app's own reminder service and outbox.

The JobQueue tick is off (`tick=False`); each test runs
`services_of(app).reminder_service.tick(now)` itself, with the fake clock set to the same
instant, then waits for the outbox to drain."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.runtime.app import services_of
from tests.conftest import FakeClock, texts, toast, with_buttons
from tests.fakeapi.driver import ChatDriver, Reply

ANN, BOB = 601, 602
MON = datetime(2026, 6, 1, tzinfo=UTC)  # the fake clock starts on this Monday, 06:00 UTC
PROMPT_BUTTONS = ["✅ Done", "Skip today", "😴 Snooze 1 h"]


async def tick(driver: ChatDriver, clock: FakeClock, moment: datetime) -> list[Reply]:
    """Run the reminder service at `moment`; every message it sent (all chats)."""
    assert driver.app is not None
    clock.set(moment)
    mark = len(driver.core.outbox)
    await services_of(driver.app).reminder_service.tick(moment)
    await services_of(driver.app).outbox.join()
    return [driver.reply_of(e) for e in driver.core.outbox[mark:] if e.ok]


def prompts(replies: list[Reply], chat_id: int) -> list[Reply]:
    """Session prompts (the messages with Done / Skip today / Snooze) sent to one chat."""
    return [r for r in replies if r.chat_id == chat_id and r.labels == PROMPT_BUTTONS]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return MON.replace(day=day, hour=hour, minute=minute)


async def test_one_prompt_on_a_training_day_none_on_rest_days_none_twice(
    driver: ChatDriver, clock: FakeClock
) -> None:
    setup = texts(await driver.send(ANN, "/remind 07:30 mon,wed,fri"))
    assert "07:30" in setup and "Mon, Wed, Fri" in setup

    assert await tick(driver, clock, at(1, 7, 29)) == []  # not yet
    monday = await tick(driver, clock, at(1, 7, 30))
    sent = prompts(monday, ANN)
    assert len(sent) == 1
    others = [r for r in monday if r.chat_id == ANN and r not in sent]
    assert all("week in review" in (r.text or "") for r in others), texts(others)
    assert "Squat" in (sent[0].text or "")  # today's session is in the prompt
    assert prompts(await tick(driver, clock, at(1, 7, 30)), ANN) == []  # same tick again
    assert prompts(await tick(driver, clock, at(1, 7, 45)), ANN) == []

    await driver.restart()
    assert prompts(await tick(driver, clock, at(1, 7, 50)), ANN) == []  # not after a restart

    assert prompts(await tick(driver, clock, at(2, 7, 30)), ANN) == []  # Tuesday: rest day
    assert prompts(await tick(driver, clock, at(2, 12, 0)), ANN) == []
    assert len(prompts(await tick(driver, clock, at(3, 7, 30)), ANN)) == 1  # Wednesday


async def test_prompt_follows_the_local_clock(driver: ChatDriver, clock: FakeClock) -> None:
    clock.set(at(1, 4, 0))  # 06:00 in Berlin: today's 07:30 is still ahead
    await driver.send(ANN, "/timezone Europe/Berlin")  # UTC+2 in June
    await driver.send(ANN, "/remind 07:30")
    assert prompts(await tick(driver, clock, at(1, 5, 29)), ANN) == []
    assert len(prompts(await tick(driver, clock, at(1, 5, 30)), ANN)) == 1
    assert prompts(await tick(driver, clock, at(1, 7, 30)), ANN) == []  # 07:30 UTC is too late


async def test_changing_time_zone_moves_a_prompt_already_set(
    driver: ChatDriver, clock: FakeClock
) -> None:
    clock.set(at(1, 4, 0))
    await driver.send(ANN, "/remind 07:30")  # 07:30 UTC
    await driver.send(ANN, "/timezone America/New_York")  # 07:30 there is 11:30 UTC in June
    assert prompts(await tick(driver, clock, at(1, 7, 30)), ANN) == []
    assert len(prompts(await tick(driver, clock, at(1, 11, 30)), ANN)) == 1
    assert "America/New_York" in texts(await driver.send(ANN, "/remind"))


async def test_snooze_sends_it_again_an_hour_later(driver: ChatDriver, clock: FakeClock) -> None:
    await driver.send(ANN, "/remind 07:30")
    prompt = prompts(await tick(driver, clock, at(1, 7, 30)), ANN)[0]
    clock.set(at(1, 7, 40))
    pressed = await driver.press(ANN, prompt, "😴 Snooze 1 h")
    assert toast(pressed) == "Snoozed"
    assert "Snoozed" in texts(pressed)
    assert prompts(await tick(driver, clock, at(1, 8, 39)), ANN) == []
    again = prompts(await tick(driver, clock, at(1, 8, 40)), ANN)
    assert len(again) == 1
    assert prompts(await tick(driver, clock, at(1, 9, 40)), ANN) == []  # once, not hourly


async def test_a_snooze_survives_a_restart(driver: ChatDriver, clock: FakeClock) -> None:
    await driver.send(ANN, "/remind 07:30")
    prompt = prompts(await tick(driver, clock, at(1, 7, 30)), ANN)[0]
    await driver.press(ANN, prompt, "😴 Snooze 1 h")
    await driver.restart()
    assert len(prompts(await tick(driver, clock, at(1, 8, 30)), ANN)) == 1


async def test_onboarding_answers_schedule_the_prompt(driver: ChatDriver, clock: FakeClock) -> None:
    clock.set(at(1, 4, 0))
    question = with_buttons(await driver.send(ANN, "/start"))
    for label in ["Skip", "Skip", "Skip", "Mon Wed Fri", "07:00", "Europe/Berlin"]:
        replies = await driver.press(ANN, question, label)
        question = with_buttons(replies) if any(r.buttons for r in replies) else question
    assert prompts(await tick(driver, clock, at(1, 4, 59)), ANN) == []
    monday = await tick(driver, clock, at(1, 5, 0))  # 07:00 in Berlin
    assert len(prompts(monday, ANN)) == 1
    assert prompts(await tick(driver, clock, at(2, 5, 0)), ANN) == []  # Tuesday: rest
    assert len(prompts(await tick(driver, clock, at(3, 5, 0)), ANN)) == 1


async def test_done_and_skip_buttons_answer(driver: ChatDriver, clock: FakeClock) -> None:
    await driver.send(ANN, "/remind 07:30")
    monday = prompts(await tick(driver, clock, at(1, 7, 30)), ANN)[0]
    done = await driver.press(ANN, monday, "✅ Done")
    assert toast(done) == "Done" and "Log your sets" in texts(done)
    tuesday = prompts(await tick(driver, clock, at(2, 7, 30)), ANN)[0]
    skipped = await driver.press(ANN, tuesday, "Skip today")
    assert toast(skipped) == "Skipped" and "skipped" in texts(skipped)
    assert with_buttons([tuesday]).labels == PROMPT_BUTTONS


async def test_a_user_who_blocked_the_bot_is_not_prompted_again(
    driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(ANN, "/remind 07:30")
    await driver.send(BOB, "/remind 07:30")
    driver.core.block(ANN)
    first = await tick(driver, clock, at(1, 7, 30))
    assert prompts(first, ANN) == [] and len(prompts(first, BOB)) == 1
    assert driver.app is not None
    user = await services_of(driver.app).users.get(ANN)
    assert user is not None and not user.active

    mark = len(driver.core.outbox)
    tuesday = await tick(driver, clock, at(2, 7, 30))
    assert len(prompts(tuesday, BOB)) == 1
    tried = [e for e in driver.core.outbox[mark:] if e.chat_id == ANN]
    assert tried == []  # not even attempted: no 403 storm


async def test_writing_again_after_blocking_brings_prompts_back(
    driver: ChatDriver, clock: FakeClock
) -> None:
    await driver.send(ANN, "/remind 07:30")
    driver.core.block(ANN)
    await tick(driver, clock, at(1, 7, 30))
    driver.core.block(ANN, blocked=False)
    clock.set(at(1, 12, 0))
    await driver.send(ANN, "bench 100x5")  # they unblocked the bot and came back
    assert len(prompts(await tick(driver, clock, at(2, 7, 30)), ANN)) == 1
