"""Quirks found in real Strong and Hevy exports, each reproduced in a small file of our own
(tests/data/imports/dialects/) with the summary a lifter would expect, derived by hand.

Every file is imported as the app wrote it: the counts, the workout times, the loads in kg,
the notes, and the rows that are not sets (counted and named, never dropped without a word)
must all be exactly what the `.expected.json` beside it says; importing it twice adds nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.importers import ImportFile, read_export
from bot.importers.fields import parse_datetime
from bot.services import data
from bot.services.offline import with_user
from bot.units import to_kg
from tests.test_import_stream import settings

DIALECTS = Path(__file__).parent / "data" / "imports" / "dialects"
FILES = sorted(p.name for p in DIALECTS.glob("*.csv"))
SUMMARY_KEYS = ("format", "unit", "workouts", "warmup_sets", "working_sets_total",
                "working_sets", "unmapped")  # fmt: skip


def _expected(name: str) -> dict[str, Any]:
    return json.loads((DIALECTS / name).with_suffix(".expected.json").read_text("utf-8"))


def _read(name: str) -> ImportFile:
    return read_export((DIALECTS / name).read_bytes(), _expected(name)["unit"])


@pytest.mark.parametrize("name", FILES)
def test_a_real_dialect_imports_as_a_lifter_expects(name: str) -> None:
    expected, result = _expected(name), _read(name)
    summary = result.summary.to_json(added_sets=0)
    assert {k: summary[k] for k in SUMMARY_KEYS} == {k: expected[k] for k in SUMMARY_KEYS}
    assert summary.get("not_sets", {}) == expected.get("not_sets", {})
    assert summary["best_e1rm_kg"] == pytest.approx(expected["best_e1rm_kg"], abs=0.01)
    if "workout_times" in expected:
        times = sorted({s.performed_at.isoformat() for s in result.sets})
        assert times == expected["workout_times"]
    if "notes" in expected:
        assert sorted({s.notes for s in result.sets if s.notes}) == expected["notes"]
    for raw_name, kg in expected.get("loads_kg", {}).items():
        first = next(s for s in result.sets if s.raw_name == raw_name)
        got = None if first.weight is None else to_kg(first.weight, first.unit)
        assert got == (None if kg is None else pytest.approx(kg, abs=0.001)), raw_name


@pytest.mark.parametrize("name", FILES)
async def test_importing_a_dialect_twice_adds_nothing_the_second_time(
    name: str, tmp_path: Path
) -> None:
    path = DIALECTS / name
    async with with_user(settings(tmp_path), 7) as (svc, user):
        first, added = await data.import_file(svc, user, path, _expected(name)["unit"])
        again, added_again = await data.import_file(svc, user, path, _expected(name)["unit"])
        assert added == first.summary.warmup_sets + first.summary.working_sets_total
        assert added_again == 0 and again.summary == first.summary
        assert await svc.sets.count(user.id) == added
        text = data.import_summary_text(first, added, user.unit)
    for raw_name in first.summary.not_sets:
        assert raw_name in text  # each row not stored is named to the lifter


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("25 Juli 2026, 14:21", "2026-07-25T14:21:00"),  # German
        ("4 März 2026, 18:30", "2026-03-04T18:30:00"),
        ("3 févr. 2026, 18:00", "2026-02-03T18:00:00"),  # French
        ("15 déc. 2025, 12:05", "2025-12-15T12:05:00"),
        ("12 dic 2025, 10:00", "2025-12-12T10:00:00"),  # Spanish
        ("4 abr 2026, 18:00", "2026-04-04T18:00:00"),
        ("7 ott 2025, 18:00", "2025-10-07T18:00:00"),  # Italian
        ("3 gen 2026, 09:15", "2026-01-03T09:15:00"),
        ("2 de fev. de 2026, 18:00", "2026-02-02T18:00:00"),  # Portuguese
        ("15 mrt 2025, 07:48", "2025-03-15T07:48:00"),  # Dutch
        ("15 мар. 2025 г., 07:48", "2025-03-15T07:48:00"),  # Russian
        ("4 sty 2026, 10:00", "2026-01-04T10:00:00"),  # Polish
        ("5 Haz 2025 18:00", "2025-06-05T18:00:00"),  # Turkish
        ("05.06.2026, 07:30", "2026-06-05T07:30:00"),  # dotted: day first
        ("13.03.2025 18:02", "2025-03-13T18:02:00"),
        ("17 Mar 2025, 18:02", "2025-03-17T18:02:00"),  # English stays as it was
        ("Mar 20, 2025, 6:10 AM", "2025-03-20T06:10:00"),
        ("Mar 20, 2025, 6:10 p.m.", "2025-03-20T18:10:00"),
        ("3 févr. 2026 à 18:00", "2026-02-03T18:00:00"),
        ("2026-09-01 07:00:00", "2026-09-01T07:00:00"),
    ],
)
def test_a_workout_time_in_the_phones_language_reads_as_meant(written: str, meant: str) -> None:
    when = parse_datetime(written)
    assert when is not None and when.isoformat() == meant
