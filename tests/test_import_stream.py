"""`import_file` streams: a long file is read and checked whole, then stored in batches, with
progress; a bad row near the end (or bytes that don't decode) leaves the log exactly as it was."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings, load_settings
from bot.importers import ImportFormatError
from bot.services import data
from bot.services.offline import with_user

HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes\n"


def strong_file(path: Path, rows: int, last: str | None = None) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for i in range(rows):
            day = f"2024-{1 + i // 3000 % 12:02d}-{1 + i // 100 % 28:02d} 18:00:00"
            f.write(f"{day},Day {i // 100},1h,Squat (Barbell),{i % 100 + 1},{100 + i % 20},5,,,\n")
        if last is not None:
            f.write(last)
    return path


def settings(tmp_path: Path) -> Settings:
    return load_settings(database_url=f"sqlite:///{tmp_path}/t.db", telegram_bot_token="")


async def test_a_long_file_streams_in_batches_with_progress(tmp_path: Path) -> None:
    path = strong_file(tmp_path / "long.csv", 12_000)
    seen: list[tuple[int, int | None]] = []

    async def progress(read: int, total: int | None) -> None:
        seen.append((read, total))

    async with with_user(settings(tmp_path), 5) as (svc, user):
        imported, added = await data.import_file(svc, user, path, "kg", progress)
        assert added == 12_000 == await svc.sets.count(user.id)
    assert imported.sets == ()  # streamed to the store, not held
    assert imported.summary.working_sets == {"squat": 12_000}
    # First every row is read and checked (no total yet), then stored batch by batch.
    batch = data.IMPORT_BATCH
    marks = [*range(batch, 12_000, batch), 12_000]
    assert seen == [(n, None) for n in marks] + [(n, 12_000) for n in marks]


async def test_a_bad_row_after_the_first_batches_stores_nothing(tmp_path: Path) -> None:
    bad = "2024-06-01 18:00:00,Day,1h,Squat (Barbell),1,100,1e30,,,\n"
    path = strong_file(tmp_path / "bad.csv", 11_000, last=bad)
    async with with_user(settings(tmp_path), 5) as (svc, user):
        with pytest.raises(ImportFormatError, match="Line 11002"):
            await data.import_file(svc, user, path, "kg")
        assert await svc.sets.count(user.id) == 0
        assert await svc.sets.bests(user.id) == []


async def test_a_file_over_the_cap_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = strong_file(tmp_path / "big.csv", 10)
    monkeypatch.setattr(data, "MAX_IMPORT_FILE_BYTES", 100)
    async with with_user(settings(tmp_path), 5) as (svc, user):
        with pytest.raises(ImportFormatError, match="over 100 MB"):
            await data.import_file(svc, user, path, "kg")


def test_the_cli_names_an_impossible_row_instead_of_a_traceback(tmp_path: Path) -> None:
    bad = "2024-06-01 18:00:00,Day,1h,Squat (Barbell),1,100,1e30,,,\n"
    path = strong_file(tmp_path / "bad.csv", 3, last=bad)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SPOTTER_"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "import", str(path), "--user", "9"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Line 5" in done.stderr and "Traceback" not in done.stderr


async def test_a_legacy_code_page_file_streams_with_its_accents(tmp_path: Path) -> None:
    """The accents sit past the first block read to judge the encoding."""
    plain = "".join(
        f"2024-01-{1 + i % 28:02d} 18:00:00,Day,1h,Squat (Barbell),{i // 28 + 1},100,5,,,\n"
        for i in range(2000)
    )
    accented = "".join(
        f"2024-02-{1 + i % 28:02d} 18:00:00,Séance,1h,Développé Couché,{i // 28 + 1},80,5,,,\n"
        for i in range(1000)
    )
    path = tmp_path / "cp1252.csv"
    path.write_bytes((HEADER + plain + accented).encode("cp1252"))
    assert len(HEADER + plain) > 1 << 16
    async with with_user(settings(tmp_path), 5) as (svc, user):
        imported, added = await data.import_file(svc, user, path, "kg")
    assert imported.summary.working_sets == {"bench_press": 1000, "squat": 2000}
    assert imported.summary.unmapped == {}
    assert added == 3000


async def test_a_utf16_file_cut_mid_character_is_refused_with_nothing_stored(
    tmp_path: Path,
) -> None:
    text = strong_file(tmp_path / "long.csv", 30).read_text(encoding="utf-8")
    path = tmp_path / "utf16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00")  # one byte short
    async with with_user(settings(tmp_path), 5) as (svc, user):
        with pytest.raises(ImportFormatError):
            await data.import_file(svc, user, path, "kg")
        assert await svc.sets.count(user.id) == 0
