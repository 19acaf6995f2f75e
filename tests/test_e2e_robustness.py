"""Issue 20: one lifter can't stall everyone — jobs off the update path, poison uploads set
aside, per-chat flood waits, polling that keeps fetching, groups, capped replies."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

import handlers.data
from bot.callback_data import encode
from bot.runtime.app import services_of
from bot.runtime.polling import poll_updates
from handlers.common import PRIVATE_ONLY
from handlers.errors import SAVED, SET_ASIDE
from tests.bigfile import big_strong_csv
from tests.conftest import texts
from tests.fakeapi.driver import ChatDriver

ANN, BOB = 101, 202
FAST_S = 1.5  # another lifter's answer, whatever Ann is doing


async def timed_send(driver: ChatDriver, user: int, text: str) -> tuple[float, str]:
    start = time.monotonic()
    replies = await driver.feed(driver.core.text_update(user, text), wait_jobs=False)
    return time.monotonic() - start, texts(replies)


async def test_others_are_answered_while_a_200k_row_import_runs(driver: ChatDriver) -> None:
    assert driver.app is not None
    jobs = services_of(driver.app).jobs
    data = big_strong_csv(200_000)
    upload = driver.core.document_update(ANN, "strong.csv", data)
    await driver.feed(upload, wait_jobs=False)
    assert jobs.running(ANN) == "import"
    waits: list[float] = []
    while jobs.running(ANN):
        took, answer = await timed_send(driver, BOB, "bench 100x5")
        assert "Logged" in answer
        waits.append(took)
        took, answer = await timed_send(driver, ANN, "squat 100x5")  # Ann keeps chatting
        assert "Logged" in answer
        await asyncio.sleep(0.2)
    # The target holds for 19 replies in 20; the single worst one gets some slack because this
    # VM is shared (quiet: worst 0.16-0.21 s; with other suites running it reached 1.8 s).
    waits.sort()
    assert waits[int(len(waits) * 0.95)] < FAST_S, f"Bob's replies: {waits[-5:]}"
    assert waits[-1] < 2 * FAST_S, f"Bob waited {waits[-1]:.2f} s"
    await jobs.join()
    chat = texts(driver.reply_of(e) for e in driver.core.outbox if e.chat_id == ANN and e.ok)
    assert "Reading…" in chat and "200,000" in chat
    assert "New to your log: 200000 sets" in chat


async def test_a_second_upload_while_importing_is_told_to_wait(
    driver: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = asyncio.Event()

    async def slow(*args: Any, **kwargs: Any) -> Any:
        await release.wait()
        raise handlers.data.ImportFormatError("That file has no sets I can read.")

    monkeypatch.setattr(handlers.data, "import_file", slow)
    await driver.feed(driver.core.document_update(ANN, "a.csv", b"x"), wait_jobs=False)
    second = await driver.feed(driver.core.document_update(ANN, "b.csv", b"x"), wait_jobs=False)
    assert "still working on your last import" in texts(second)
    release.set()


async def test_a_poisoned_upload_is_set_aside_after_two_tries(
    driver: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each try dies mid-import (like an out-of-memory kill): the update is never confirmed,
    Telegram delivers it again after the restart, and the third delivery is set aside."""
    tries = 0

    async def dies(*args: Any, **kwargs: Any) -> Any:
        nonlocal tries
        tries += 1
        await asyncio.Event().wait()  # the process is killed here

    monkeypatch.setattr(handlers.data, "import_file", dies)
    upload = driver.core.document_update(ANN, "huge.csv", b"Date,Exercise\n")
    for _ in range(2):
        await driver.feed(upload, wait_jobs=False)
        assert driver.app is not None
        await services_of(driver.app).jobs.close(grace_s=0)  # killed: no mark, no reply
        await driver.restart()
    replies = await driver.feed(upload)
    assert tries == 2
    assert SET_ASIDE in texts(replies)
    assert texts(await driver.feed(upload)) == "", "handled now: a fourth delivery is skipped"


def group_update(driver: ChatDriver, user: int, text: str) -> dict[str, Any]:
    update = driver.core.text_update(user, text)
    update["message"]["chat"] = {"id": -100500, "type": "supergroup", "title": "Gym crew"}
    return update


async def test_group_commands_never_move_a_lifters_prompts(driver: ChatDriver) -> None:
    await driver.send(ANN, "/remind 07:30")
    before = await _chat_of(driver, ANN)
    for text in ("/remind 06:00", "/start", "/units lb"):
        await driver.feed(group_update(driver, ANN, text))
    sent = driver.core.sent(-100500, "sendMessage")
    assert [e.params["text"] for e in sent] == [PRIVATE_ONLY] * 3
    assert await _chat_of(driver, ANN) == before == ANN
    await driver.feed(group_update(driver, ANN, "bench 100x5"))  # plain chatter: silence
    assert len(driver.core.sent(-100500, "sendMessage")) == 3


async def test_a_lifter_first_seen_in_a_group_keeps_their_private_chat(
    driver: ChatDriver,
) -> None:
    await driver.feed(group_update(driver, BOB, "/start"))
    await driver.send(BOB, "/help")
    assert await _chat_of(driver, BOB) == BOB


async def _chat_of(driver: ChatDriver, user: int) -> int | None:
    assert driver.app is not None
    known = await services_of(driver.app).users.get(user)
    return None if known is None else int(known.chat_id)


async def test_a_flood_limited_chat_does_not_slow_another(driver: ChatDriver) -> None:
    driver.core.fail_next("sendMessage", chat_id=ANN, code=429, retry_after=3)
    ann = asyncio.ensure_future(driver.send(ANN, "bench 100x5"))
    await asyncio.sleep(0.1)
    took, answer = await timed_send(driver, BOB, "bench 100x5")
    assert "Logged" in answer and took < FAST_S
    assert not ann.done(), "Ann is still in her flood wait"
    assert "Logged" in texts(await ann)


async def test_polling_fetches_while_a_slow_update_runs_and_confirms_only_finished(
    driver: ChatDriver,
) -> None:
    assert driver.app is not None
    core, stop = driver.core, asyncio.Event()
    core.fail_next("sendMessage", chat_id=ANN, code=429, retry_after=3)
    slow = core.push_update(core.text_update(ANN, "bench 100x5"))
    poller = asyncio.create_task(poll_updates(driver.app, stop, timeout=1))
    await asyncio.sleep(0.3)
    start = time.monotonic()
    core.push_update(core.text_update(BOB, "squat 100x5"))
    await core.wait_sent(BOB, "sendMessage", timeout=FAST_S)
    assert time.monotonic() - start < FAST_S
    queued = [u["update_id"] for u in core.bots[core.token].queue]
    assert slow["update_id"] in queued, "Ann's update is still unconfirmed"
    await core.wait_sent(ANN, "sendMessage", timeout=6)
    await asyncio.sleep(0.5)
    stop.set()
    await asyncio.wait_for(poller, 5)
    assert core.bots[core.token].queue == [], "all confirmed at stop"


async def test_a_failed_answer_says_the_set_was_saved_once(driver: ChatDriver) -> None:
    driver.core.fail_next(
        "sendMessage", chat_id=ANN, code=502, times=4
    )  # the reply and its 3 retries
    await driver.send(ANN, "bench 100x5")
    await driver.send(ANN, "squat 100x5")
    sent = [e.params["text"] for e in driver.core.sent(ANN, "sendMessage") if e.ok]
    assert sent.count(SAVED) == 1 and "Sorry" not in " ".join(sent)
    assert driver.app is not None
    svc = services_of(driver.app)
    assert await svc.sets.count(ANN) == 2


async def test_a_huge_reply_is_at_most_three_messages(driver: ChatDriver) -> None:
    names = "\n".join(f"odd lift {i} 100x5" for i in range(600))
    await driver.send(ANN, names[:4000])
    replies = await driver.send(ANN, "/prs")
    assert 1 <= len([r for r in replies if r.method == "sendMessage"]) <= 3


async def test_an_edit_never_touches_another_lifters_sets(
    driver: ChatDriver, tmp_path: Path
) -> None:
    await driver.send(ANN, "bench 100x5")
    assert driver.app is not None
    svc = services_of(driver.app)
    removed = await svc.sets.delete_message(BOB, ANN, 1)
    assert removed == 0 and await svc.sets.count(ANN) == 1


async def test_polling_gets_past_a_full_batch_while_an_import_holds_the_offset(
    driver: ChatDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """getUpdates returns at most 100 updates from the offset: with a long import holding
    it, the 101st update must still arrive."""
    assert driver.app is not None
    release = asyncio.Event()

    async def long_import(*args: Any, **kwargs: Any) -> Any:
        await release.wait()
        raise handlers.data.ImportFormatError("That file has no sets I can read.")

    monkeypatch.setattr(handlers.data, "import_file", long_import)
    core, stop = driver.core, asyncio.Event()
    core.push_update(core.document_update(ANN, "big.csv", b"x"))
    for i in range(110):
        core.push_update(core.text_update(BOB + i, "/help"))
    poller = asyncio.create_task(poll_updates(driver.app, stop, timeout=1))
    for i in range(110):  # ~4.4 s at the 25/s send rate
        await core.wait_sent(BOB + i, "sendMessage", timeout=30)
    assert services_of(driver.app).jobs.running(ANN) == "import"
    release.set()
    stop.set()
    await asyncio.wait_for(poller, 10)


@pytest.mark.parametrize(
    ("step", "value"), [("days", "999999"), ("units", "stone"), ("tz", "Mars/Olympus")]
)
async def test_forged_onboarding_values_are_not_stored(
    driver: ChatDriver, step: str, value: str
) -> None:
    start = await driver.send(ANN, "/start")
    question = [r for r in start if r.buttons][-1]
    message = driver.core.message(ANN, question.message_id or 0)
    forged = encode(ANN, "ob", step, value)
    await driver.feed(driver.core.callback_update(ANN, message, forged))
    assert driver.app is not None
    user = await services_of(driver.app).users.get(ANN)
    assert user is not None
    assert (user.training_days, user.unit, user.timezone) == (0, "kg", "UTC"), "defaults kept"
