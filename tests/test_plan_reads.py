"""/plan on a judged programme reads only today's lifts, and prescribes exactly what a read of
the whole window would — after a log, an undo, an edit, an older import and /deletedata."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from bot.services import program
from tests.conftest import FakeClock, with_buttons
from tests.fakeapi.driver import ChatDriver
from tests.test_e2e_logging import say

ANN = 702
SESSION = (  # every lift Ann trains, more than any one planned day asks for
    "squat 3x5 120 @8\nbench 3x5 90 @8\nohp 3x5 55 @8\ndeadlift 1x5 160 @8\n"
    "row 3x8 70\ncurl 3x10 20\nlat pulldown 3x10 60"
)
STRONG_HEADER = (
    '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";'
    '"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"'
)


class Reads:
    """Which read /plan used: `narrowed` after each /plan; `full` forces the window's read."""

    def __init__(self, real: Callable[..., frozenset[str] | None]) -> None:
        self.real, self.full, self.narrowed = real, False, False

    def __call__(self, *args: object) -> frozenset[str] | None:
        lifts = None if self.full else self.real(*args)
        self.narrowed = lifts is not None
        return lifts


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    spy = Reads(program.prescribed_lifts)
    monkeypatch.setattr(program, "prescribed_lifts", spy)
    return spy


async def plans(driver: ChatDriver, reads: Reads) -> tuple[str, str, bool]:
    """/plan as the lifter sees it, /plan from the whole window, and whether the first
    read only today's lifts."""
    reads.full = False
    shown = (await driver.send(ANN, "/plan"))[0].text or ""
    narrowed = reads.narrowed
    reads.full = True
    whole = (await driver.send(ANN, "/plan"))[0].text or ""
    reads.full = False
    return shown, whole, narrowed


async def train(driver: ChatDriver, clock: FakeClock, weeks: int) -> None:
    for _ in range(weeks):
        for gap in (2, 2, 3):  # Monday, Wednesday, Friday
            await driver.send(ANN, SESSION)
            clock.advance(days=gap)


async def test_after_a_log_the_plan_reads_only_todays_lifts(
    driver: ChatDriver, clock: FakeClock, reads: Reads
) -> None:
    await train(driver, clock, weeks=3)
    await driver.send(ANN, "curl 3x10 20")  # the day's first log judges yesterday
    shown, whole, narrowed = await plans(driver, reads)
    assert narrowed and "@ " in shown
    assert shown == whole


async def test_undoing_a_judged_set_plans_as_the_whole_log_would(
    driver: ChatDriver, clock: FakeClock, reads: Reads
) -> None:
    await train(driver, clock, weeks=2)
    for _ in range(2):  # two heavy days, both judged by the next day's log
        await driver.send(ANN, "lat pulldown 3x10 80 @8\nrow 3x8 90 @8")
        clock.advance(days=2)
    await driver.send(ANN, "curl 3x10 20")
    before, _, _ = await plans(driver, reads)
    await driver.send(ANN, "/undo")
    await driver.send(ANN, "/undo")  # the second heavy day, already judged
    shown, whole, narrowed = await plans(driver, reads)
    assert narrowed and shown == whole
    assert shown != before  # the loads no longer count the undone day


async def test_an_edit_or_an_older_import_plans_as_the_whole_log_would(
    driver: ChatDriver, clock: FakeClock, reads: Reads
) -> None:
    await train(driver, clock, weeks=2)
    message_id, _ = await say(driver, ANN, "bench 3x5 95 @8")
    clock.advance(days=2)
    await driver.send(ANN, "curl 3x10 20")
    await driver.edit(ANN, message_id, "bench 3x5 100 @7")  # a day already judged
    shown, whole, narrowed = await plans(driver, reads)
    assert narrowed and shown == whole  # the edit's own refresh re-based the programme
    older = older_bench(clock.now.date() - timedelta(weeks=4))
    imported = await driver.upload(ANN, "strong.csv", older)  # so did the import's
    assert "New to your log: 12 sets" in (imported[-1].text or "")
    shown, whole, narrowed = await plans(driver, reads)
    assert narrowed and shown == whole


async def test_after_deletedata_the_plan_starts_from_the_new_log(
    driver: ChatDriver, clock: FakeClock, reads: Reads
) -> None:
    await train(driver, clock, weeks=2)
    ask = with_buttons(await driver.send(ANN, "/deletedata"))
    await driver.press(ANN, ask, "🗑 Yes, delete everything")
    await driver.send(ANN, "squat 3x5 100 @8\nbench 3x5 70 @8")
    clock.advance(days=2)
    await driver.send(ANN, "curl 3x10 15")
    shown, whole, narrowed = await plans(driver, reads)
    assert narrowed and shown == whole
    assert "120 kg" not in shown and "90 kg" not in shown  # nothing from before the deletion


def older_bench(first: date) -> bytes:
    """Two weeks of bench a month back, as a Strong export."""
    lines = [STRONG_HEADER]
    for n in range(4):
        day = first + timedelta(days=3 * n)
        lines += [
            f'"{n}";"{day} 18:00:00";"Push";"3600";"Bench Press (Barbell)";"{k}";"85";"5";'
            '"8";"";"";"";""'
            for k in (1, 2, 3)
        ]
    return ("\n".join(lines) + "\n").encode()
