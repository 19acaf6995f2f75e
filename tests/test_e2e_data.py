"""Acceptance: a lifter's data — import, export, charts, stats and deleting everything."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from tests.conftest import texts, toast, with_buttons
from tests.fakeapi.driver import ChatDriver, Reply

ANN, BOB = 501, 502
PNG = b"\x89PNG\r\n\x1a\n"
STRONG_HEADER = (
    '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";'
    '"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"'
)


def strong_csv(workouts: list[tuple[date, list[tuple[str, str, int, int]]]]) -> bytes:
    """A Strong export (the `;` layout): (day, [(exercise, set order, kg, reps)]) per workout."""
    lines = [STRONG_HEADER]
    for n, (day, sets) in enumerate(workouts, 1):
        for exercise, order, kg, reps in sets:
            lines.append(
                f'"{n}";"{day} 17:30:00";"Workout {n}";"3600";"{exercise}";"{order}";'
                f'"{kg}";"{reps}";"";"";"";"";""'
            )
    return ("\n".join(lines) + "\n").encode()


LAST_WEEK = date(2026, 5, 25)  # the Monday before the fake clock's start
WORKOUTS = [
    (
        LAST_WEEK,
        [
            ("Bench Press (Barbell)", "W", 60, 5),
            ("Bench Press (Barbell)", "1", 100, 5),
            ("Bench Press (Barbell)", "2", 100, 5),
            ("Squat (Barbell)", "1", 140, 5),
            ("Squat (Barbell)", "2", 140, 5),
        ],
    ),
    (
        LAST_WEEK + timedelta(days=2),
        [
            ("Deadlift (Barbell)", "1", 180, 3),
            ("Bench Press (Barbell)", "1", 105, 3),
            ("Chest Press (Machine)", "1", 70, 10),
        ],
    ),
    (
        LAST_WEEK + timedelta(days=4),
        [
            ("Bench Press (Barbell)", "1", 90, 8),
            ("Squat (Barbell)", "1", 150, 3),
            ("Lat Pulldown (Cable)", "1", 60, 10),
        ],
    ),
]
FILE = strong_csv(WORKOUTS)


async def _import(driver: ChatDriver, user: int, data: bytes, name: str = "strong.csv") -> str:
    assert "Send me your export" in texts(await driver.send(user, "/import"))
    return texts(await driver.upload(user, name, data))


async def test_import_summarises_and_a_second_import_adds_nothing(driver: ChatDriver) -> None:
    summary = await _import(driver, ANN, FILE)
    assert "Imported from Strong: 3 workouts, 10 working sets and 1 warm-ups" in summary
    assert "New to your log: 11 sets" in summary
    assert "Bench press: 4 sets" in summary
    assert "Chest Press (Machine)" in summary  # kept under its own name
    again = await _import(driver, ANN, FILE)
    assert "New to your log: 0 sets" in again and "already imported" in again
    history = texts(await driver.send(ANN, "/history"))
    assert history.count("Deadlift 1×3 @ 180 kg") == 1


async def test_imported_bests_show_in_prs(driver: ChatDriver) -> None:
    await _import(driver, ANN, FILE)
    prs = texts(await driver.send(ANN, "/prs"))
    assert "Bench press: heaviest 105 kg · e1RM 116.7 kg" in prs  # 100×5 = 116.7 > 105×3 = 115.5
    assert "3RM 105" in prs and "5RM 100" in prs and "8RM 90" in prs
    assert "Squat: heaviest 150 kg" in prs and "Deadlift: heaviest 180 kg" in prs
    assert "60" not in prs.split("Bench press")[1].split("\n\n")[0]  # the warm-up is no PR


async def test_charts_are_png_photos(driver: ChatDriver) -> None:
    assert "Nothing to chart yet" in texts(await driver.send(ANN, "/chart"))
    await _import(driver, ANN, FILE)
    bench = await driver.send(ANN, "/chart bench")
    assert [r.method for r in bench] == ["sendPhoto"]
    assert bench[0].photo is not None and bench[0].photo.startswith(PNG)
    assert "Bench press" in (bench[0].text or "")
    overview = await driver.send(ANN, "/chart")
    assert overview[0].method == "sendPhoto"
    assert overview[0].photo is not None and overview[0].photo.startswith(PNG)
    assert overview[0].photo != bench[0].photo
    assert "I don't know the exercise" in texts(await driver.send(ANN, "/chart flibbertigibbet"))


async def test_stats_shows_sets_per_muscle(driver: ChatDriver) -> None:
    await _import(driver, ANN, FILE)
    await driver.send(ANN, "bench 3x5 100")  # this week (the fake clock's Monday)
    stats = await driver.send(ANN, "/stats")
    assert [r.method for r in stats] == ["sendMessage"]
    text = texts(stats)
    assert "Hard sets per muscle" in text
    assert "Chest: 3" in text
    assert "Bench press" in text


def _csv_rows(reply: Reply) -> list[dict[str, str]]:
    assert reply.document is not None
    return list(csv.DictReader(io.StringIO(reply.document.decode("utf-8-sig"))))


async def test_export_holds_every_set_and_reimports_to_the_same_history(
    driver: ChatDriver,
) -> None:
    await _import(driver, ANN, FILE)
    await driver.send(ANN, "ohp 3x5 60\npull ups bw+10 3x8")
    exported = await driver.send(ANN, "/export")
    assert [r.method for r in exported] == ["sendDocument"]
    document = exported[0]
    assert (document.filename or "").endswith(".csv")
    rows = _csv_rows(document)
    assert len(rows) == 11 + 6  # every imported set (warm-up too) and every chat set

    await driver.upload(BOB, document.filename or "export.csv", document.document or b"")
    ann = texts(await driver.send(ANN, "/history"))
    bob = texts(await driver.send(BOB, "/history"))
    assert bob == ann
    assert texts(await driver.send(BOB, "/prs")) == texts(await driver.send(ANN, "/prs"))
    again = texts(await driver.upload(BOB, "export.csv", document.document or b""))
    assert "New to your log: 0 sets" in again


async def test_deletedata_forgets_everything(driver: ChatDriver) -> None:
    await driver.send(ANN, "/units lb")
    await driver.send(ANN, "/remind 07:30")
    await driver.send(ANN, "bench 225x5")
    ask = with_buttons(await driver.send(ANN, "/deletedata"))
    kept = await driver.press(ANN, ask, "Keep my data")
    assert "Nothing deleted" in texts(kept)
    assert "225 lb" in texts(await driver.send(ANN, "/history"))

    ask = with_buttons(await driver.send(ANN, "/deletedata"))
    done = await driver.press(ANN, ask, "🗑 Yes, delete everything")
    assert toast(done) == "Deleted"
    assert "Everything is deleted" in texts(done)
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))
    assert "No PRs yet" in texts(await driver.send(ANN, "/prs"))
    assert "You're on kg" in texts(await driver.send(ANN, "/units"))  # defaults again
    assert "No daily prompt" in texts(await driver.send(ANN, "/remind"))
    assert "Nothing to export" in texts(await driver.send(ANN, "/export"))
    assert "first one logged" in texts(await driver.send(ANN, "bench 100x5"))


async def test_files_that_are_not_an_export_get_a_clear_reply(driver: ChatDriver) -> None:
    photo = texts(await driver.upload(ANN, "me.jpg", b"\xff\xd8\xff\xe0 jpeg", "image/jpeg"))
    assert "CSV" in photo and "Strong" in photo and "Hevy" in photo
    garbage = texts(await driver.upload(ANN, "notes.csv", b"name,age\nann,34\nbob,29\n"))
    assert "Strong" in garbage and "Hevy" in garbage
    assert "went wrong" not in garbage
    assert "No sets logged" in texts(await driver.send(ANN, "/history"))
