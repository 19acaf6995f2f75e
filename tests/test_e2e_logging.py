"""Acceptance: logging sets from chat — confirm, refuse, edit, dedupe, undo, units, history."""

from __future__ import annotations

import copy
from typing import Any

from tests.conftest import FakeClock, texts, toast, with_buttons
from tests.fakeapi.driver import ChatDriver, Reply

ANN = 201


async def say(driver: ChatDriver, user: int, text: str) -> tuple[int, list[Reply]]:
    """Send a text; returns the user's message id and the bot's replies."""
    update = driver.core.text_update(user, text)
    return update["message"]["message_id"], await driver.feed(update)


async def test_a_set_is_confirmed_with_its_e1rm(driver: ChatDriver) -> None:
    reply = texts(await driver.send(ANN, "bench 100x5"))
    assert "Bench press 1×5 @ 100 kg" in reply
    assert "e1RM 116.7 kg" in reply


async def test_a_multi_line_log_confirms_every_exercise(driver: ChatDriver) -> None:
    reply = texts(await driver.send(ANN, "squat 3x5 140kg\nbench 3x8 80\ndl 180x3 @9"))
    assert "Squat 3×5 @ 140 kg" in reply
    assert "Bench press 3×8 @ 80 kg" in reply
    assert "Deadlift 1×3 @ 180 kg (RPE 9)" in reply
    history = texts(await driver.send(ANN, "/history"))
    for line in ("Squat 3×5 @ 140 kg", "Bench press 3×8 @ 80 kg", "Deadlift 1×3 @ 180 kg"):
        assert line in history


async def test_an_absurd_load_is_refused_and_nothing_is_stored(driver: ChatDriver) -> None:
    replies = await driver.send(ANN, "bench 2000x5")
    reply = texts(replies)
    assert "too heavy" in reply
    assert "Logged" not in reply
    assert not any(r.buttons for r in replies)  # no Undo for something never stored
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))
    assert "No PRs yet" in texts(await driver.send(ANN, "/prs"))


async def test_a_new_best_gets_a_pr_mark_and_a_repeat_does_not(driver: ChatDriver) -> None:
    await driver.send(ANN, "bench 100x5")
    better = texts(await driver.send(ANN, "bench 105x5"))
    assert "🏆 PR" in better
    same = texts(await driver.send(ANN, "bench 95x5"))
    assert "Logged" in same and "PR" not in same


async def test_editing_a_log_replaces_what_it_logged(driver: ChatDriver) -> None:
    message_id, _ = await say(driver, ANN, "bench 100x5")
    edited = texts(await driver.edit(ANN, message_id, "bench 107.5x5"))
    assert "Updated" in edited and "107.5 kg" in edited
    history = texts(await driver.send(ANN, "/history"))
    assert "107.5 kg" in history
    assert "@ 100 kg" not in history
    prs = texts(await driver.send(ANN, "/prs"))
    assert "heaviest 107.5 kg" in prs


async def test_editing_a_log_into_chat_removes_its_sets(driver: ChatDriver) -> None:
    message_id, _ = await say(driver, ANN, "bench 100x5")
    reply = texts(await driver.edit(ANN, message_id, "never mind"))
    assert "removed" in reply
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))


async def test_the_same_update_delivered_twice_logs_once(driver: ChatDriver) -> None:
    update = driver.core.text_update(ANN, "bench 100x5")
    await driver.feed(copy.deepcopy(update))
    await driver.feed(copy.deepcopy(update))
    history = texts(await driver.send(ANN, "/history"))
    assert history.count("Bench press 1×5 @ 100 kg") == 1


async def test_undo_command_removes_the_last_log(driver: ChatDriver) -> None:
    await driver.send(ANN, "squat 3x5 140")
    await driver.send(ANN, "bench 100x5")
    assert "Removed: Bench press 1×5 @ 100 kg" in texts(await driver.send(ANN, "/undo"))
    history = texts(await driver.send(ANN, "/history"))
    assert "Bench" not in history and "Squat 3×5 @ 140 kg" in history


async def test_undo_button_removes_that_messages_sets(driver: ChatDriver) -> None:
    first = with_buttons(await driver.send(ANN, "squat 3x5 140\nbench 3x5 100"))
    await driver.send(ANN, "deadlift 180x3")
    replies = await driver.press(ANN, first, "↩️ Undo")
    assert toast(replies) == "Undone"
    assert "↩️ Undone" in texts(replies)  # the confirmation was edited to say so
    history = texts(await driver.send(ANN, "/history"))
    assert "Deadlift 1×3 @ 180 kg" in history
    assert "Squat" not in history and "Bench" not in history
    again = await driver.press(ANN, first, "↩️ Undo")
    assert toast(again) == "Already removed."


async def test_undo_button_counts_the_sets_it_removed(driver: ChatDriver) -> None:
    first = with_buttons(await driver.send(ANN, "squat 3x5 140\nbench 3x5 100"))
    assert "6 set(s) removed" in texts(await driver.press(ANN, first, "↩️ Undo"))


async def test_pounds_are_shown_in_pounds(driver: ChatDriver) -> None:
    await driver.send(ANN, "/units lb")
    reply = texts(await driver.send(ANN, "bench 225x5"))
    assert "225 lb" in reply and "kg" not in reply
    assert "Bench press 1×5 @ 225 lb" in texts(await driver.send(ANN, "/history"))
    await driver.restart()
    assert "Bench press 1×5 @ 225 lb" in texts(await driver.send(ANN, "/history"))
    assert "heaviest 225 lb" in texts(await driver.send(ANN, "/prs"))


async def test_the_log_survives_a_restart(driver: ChatDriver) -> None:
    await driver.send(ANN, "bench 100x5\nsquat 3x5 140")
    await driver.restart()
    history = texts(await driver.send(ANN, "/history"))
    assert "Bench press 1×5 @ 100 kg" in history and "Squat 3×5 @ 140 kg" in history
    # the PR baseline survives too: the same set again is no PR
    assert "PR" not in texts(await driver.send(ANN, "bench 100x5"))


async def test_a_question_gets_a_coach_answer(driver: ChatDriver) -> None:
    reply = texts(await driver.send(ANN, "how long should I rest?"))
    assert "min" in reply and "rest" in reply.lower()
    assert "Nothing to log" not in reply and "I log sets written like" not in reply
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))


async def test_chit_chat_gets_the_friendly_examples(driver: ChatDriver) -> None:
    for text in ("hello", "lol whatever"):
        reply = texts(await driver.send(ANN, text))
        assert "bench 100x5" in reply and "squat 3x5 140kg" in reply
        assert "went wrong" not in reply
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))


async def test_long_history_pages_with_an_older_button(
    driver: ChatDriver, clock: FakeClock
) -> None:
    for day in range(8):
        await driver.send(ANN, f"bench {60 + day}x5")
        clock.advance(days=1)
    page = with_buttons(await driver.send(ANN, "/history"))
    assert "Bench press 1×5 @ 67 kg" in (page.text or "")  # newest first
    assert "@ 60 kg" not in (page.text or "")
    older = texts(await driver.press(ANN, page, "Older ⏪"))
    assert "Bench press 1×5 @ 60 kg" in older
    assert "@ 67 kg" not in older


async def test_prs_show_e1rm_heaviest_and_rep_prs(driver: ChatDriver) -> None:
    await driver.send(ANN, "bench 100x5\nbench 120x1\nbench 80x10")
    prs = texts(await driver.send(ANN, "/prs"))
    assert "Bench press: heaviest 120 kg" in prs
    assert "e1RM 120 kg" in prs  # 120×1 beats 100×5 (116.7) and 80×10 (106.7)
    assert "1RM 120" in prs and "5RM 100" in prs and "10RM 80" in prs


def _dump(replies: list[Reply]) -> list[dict[str, Any]]:  # pragma: no cover - debugging aid
    return [{"method": r.method, "text": r.text, "buttons": r.labels} for r in replies]


async def test_a_redelivered_undo_after_a_restart_runs_once(driver: ChatDriver) -> None:
    await driver.send(ANN, "squat 3x5 140")
    await driver.send(ANN, "bench 3x5 100")
    undo = driver.core.text_update(ANN, "/undo")
    assert "Removed" in texts(await driver.feed(undo))
    await driver.restart()  # as after a crash: Telegram sends the unconfirmed batch again
    assert await driver.feed(copy.deepcopy(undo)) == []
    history = texts(await driver.send(ANN, "/history"))
    assert "Squat 3×5 @ 140 kg" in history and "Bench press" not in history
