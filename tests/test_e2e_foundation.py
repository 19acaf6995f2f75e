"""Acceptance: first contact — /start onboarding, /help, settings commands, restarts."""

from __future__ import annotations

import re

from handlers import COMMANDS
from tests.conftest import texts, toast, with_buttons
from tests.fakeapi.driver import ChatDriver

ANN = 101


async def test_start_greets_and_asks_the_first_question_with_buttons(driver: ChatDriver) -> None:
    replies = await driver.send(ANN, "/start")
    assert "Hi, Ann" in texts(replies)
    question = with_buttons(replies)
    assert "want" in (question.text or "")
    assert {"💪 Strength", "📈 Size", "⚖️ Both", "Skip"} <= set(question.labels)


async def _onboard(driver: ChatDriver, user: int, answers: list[str]) -> list[str]:
    """Answer each onboarding question with the button labelled as given; returns questions."""
    question = with_buttons(await driver.send(user, "/start"))
    asked = [question.text or ""]
    for i, label in enumerate(answers):
        replies = await driver.press(user, question, label)
        assert toast(replies) in ("Saved", "Skipped")
        if i == len(answers) - 1:
            assert "All set" in texts(replies)
            break
        question = with_buttons(replies)
        asked.append(question.text or "")
    return asked


async def test_every_onboarding_step_answered_by_buttons_sticks(driver: ChatDriver) -> None:
    asked = await _onboard(
        driver,
        ANN,
        ["📈 Size", "6–24 months", "lb", "Mon Wed Fri", "18:00", "Europe/Berlin"],
    )
    assert len(asked) == 6  # goal, experience, units, days, time, time zone

    async def check() -> None:
        goal = texts(await driver.send(ANN, "/goal"))
        assert "size" in goal.lower()
        assert "lb" in texts(await driver.send(ANN, "/units"))
        assert "Europe/Berlin" in texts(await driver.send(ANN, "/timezone"))
        remind = texts(await driver.send(ANN, "/remind"))
        assert "18:00" in remind and "Europe/Berlin" in remind
        assert "Mon, Wed, Fri" in remind
        # 6–24 months is an intermediate: the block is a hypertrophy block, not novice LP
        assert "Hypertrophy block" in texts(await driver.send(ANN, "/block"))
        assert "225 lb" in texts(await driver.send(ANN, "bench 225x5"))

    await check()
    await driver.send(ANN, "/undo")
    await driver.restart()
    await check()


async def test_every_onboarding_step_can_be_skipped_to_defaults(driver: ChatDriver) -> None:
    asked = await _onboard(driver, ANN, ["Skip"] * 6)
    assert len(asked) == 6
    assert "both" in texts(await driver.send(ANN, "/goal")).lower()
    assert "kg" in texts(await driver.send(ANN, "/units"))
    assert "UTC" in texts(await driver.send(ANN, "/timezone"))
    assert "No daily prompt" in texts(await driver.send(ANN, "/remind"))
    assert "Foundation block" in texts(await driver.send(ANN, "/block"))


async def test_help_lists_every_command_with_an_example(driver: ChatDriver) -> None:
    help_text = texts(await driver.send(ANN, "/help"))
    for name, _, _ in COMMANDS:
        if name in ("start", "help"):
            continue
        line = next((ln for ln in help_text.splitlines() if ln.startswith(f"/{name}")), None)
        assert line is not None, f"/{name} missing from /help"
    # commands that take arguments show them in use, e.g. "/history bench"
    examples = {
        "history": "bench",
        "chart": "squat",
        "goal": "size",
        "remind": "07:30",
        "timezone": "Europe/Berlin",
        "units": "lb",
        "bw": "82.5",
    }
    for name, example in examples.items():
        assert f"/{name} {example}" in help_text, f"/{name} has no example"


async def test_command_menu_was_set(driver: ChatDriver) -> None:
    calls = driver.core.sent(method="setMyCommands")
    assert calls, "setMyCommands was never called"
    menu = {c["command"] for c in calls[-1].params["commands"]}
    assert {"start", "help", "plan", "prs", "history", "units", "remind", "import"} <= menu


async def test_settings_commands_work_without_onboarding(driver: ChatDriver) -> None:
    assert "Units set to lb" in texts(await driver.send(ANN, "/units lb"))
    assert "Time zone set to Europe/Berlin" in texts(
        await driver.send(ANN, "/timezone Europe/Berlin")
    )
    await driver.restart()
    assert "You're on lb" in texts(await driver.send(ANN, "/units"))
    assert "Europe/Berlin" in texts(await driver.send(ANN, "/timezone"))


async def test_bad_arguments_get_clear_replies(driver: ChatDriver) -> None:
    stone = texts(await driver.send(ANN, "/units stone"))
    assert "stone" in stone and "/units kg" in stone
    mars = texts(await driver.send(ANN, "/timezone Mars/Olympus"))
    assert "Mars/Olympus" in mars and "Area/City" in mars
    berlin = texts(await driver.send(ANN, "/timezone berlin"))
    assert "Did you mean Europe/Berlin" in berlin
    clock = texts(await driver.send(ANN, "/remind 25:99"))
    assert "25:99" in clock and "0–23" in clock
    # nothing changed
    assert "kg" in texts(await driver.send(ANN, "/units"))
    assert "UTC" in texts(await driver.send(ANN, "/timezone"))
    assert "No daily prompt" in texts(await driver.send(ANN, "/remind"))


async def test_unknown_command_gets_a_helpful_reply(driver: ChatDriver) -> None:
    reply = texts(await driver.send(ANN, "/squatme"))
    assert "/help" in reply


async def test_every_reply_is_a_single_short_answer(driver: ChatDriver) -> None:
    """Each command answers once (no silent command, no error apology)."""
    for command in ("/plan", "/block", "/history", "/prs", "/stats", "/undo", "/export"):
        replies = [r for r in await driver.send(ANN, command) if r.method == "sendMessage"]
        assert replies, f"{command} sent nothing"
        assert not re.search(r"went wrong", texts(replies)), command
