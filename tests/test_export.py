"""Spotter's CSV export: what a lifter downloads reads back as the same sets."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.export import (
    EXPORT_HEADER,
    FORMULA_STARTS,
    ExportRow,
    neutralise,
    restore,
    write_export,
)
from bot.importers import ImportedSet, read_export

ROWS = [
    ExportRow(datetime(2025, 3, 17, 18, 2, 11), "bench_press", 60, "kg", 8, None, "warmup"),
    ExportRow(datetime(2025, 3, 17, 18, 2, 11), "bench_press", 102.5, "kg", 5, 8.5, "normal",
              'Paused, "tight" arch'),
    ExportRow(datetime(2025, 3, 17, 18, 2, 11), "bench_press", 100, "kg", 4, 10, "failure",
              "last rep\nslow, ugly"),
    ExportRow(datetime(2025, 3, 17, 18, 20), "pull_up", -20, "kg", 8, None, "normal"),
    ExportRow(datetime(2025, 3, 17, 18, 25), "Chest Press (Machine)", 154.32, "lb", 10, None,
              "drop"),
    ExportRow(datetime(2025, 3, 19, 7, 0), "squat", 225, "lb", 5, 7, "normal", "=SUM(A1)"),
    ExportRow(datetime(2025, 3, 19, 7, 0), "dip", None, "kg", 12, None, "normal"),
]  # fmt: skip


def as_row(s: ImportedSet) -> ExportRow:
    return ExportRow(s.performed_at, s.exercise, s.weight, s.unit, s.reps, s.rpe, s.set_type,
                     s.notes)  # fmt: skip


def test_export_then_import_gives_back_the_same_sets() -> None:
    result = read_export(write_export(ROWS).encode())
    assert result.format == "spotter"
    assert [as_row(s) for s in result.sets] == ROWS
    assert result.summary.working_sets == {"bench_press": 2, "dip": 1, "pull_up": 1, "squat": 1}
    assert result.summary.unmapped == {"Chest Press (Machine)": 1}
    assert result.summary.warmup_sets == 1


def test_export_starts_with_the_header_and_writes_one_line_per_simple_set() -> None:
    text = write_export(ROWS[:1])
    assert text.splitlines() == [
        EXPORT_HEADER,
        "2025-03-17 18:02:11,bench_press,60,kg,8,,1,warmup,",
    ]


@pytest.mark.parametrize(
    ("weight", "written"),
    [(224.99999999999997, "225"), (102.5, "102.5"), (-20.0, "-20"), (None, ""), (0.1234, "0.123")],
)
def test_loads_are_written_without_float_noise(weight: float | None, written: str) -> None:
    row = ExportRow(datetime(2025, 1, 1, 9), "squat", weight, "lb", 5, None, "normal")
    assert write_export([row]).splitlines()[1].split(",")[2] == written


def test_reimporting_an_export_keys_the_same_sets() -> None:
    text = write_export(ROWS)
    assert [s.key for s in read_export(text).sets] == [s.key for s in read_export(text).sets]


def test_an_empty_history_exports_just_the_header() -> None:
    text = write_export([])
    assert text.strip() == EXPORT_HEADER
    assert read_export(text).sets == ()


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40))
@example("0\r\n0")  # a CRLF inside a note: only Strong/Hevy notes are normalised
def test_any_note_survives_the_round_trip(note: str) -> None:
    row = ExportRow(datetime(2025, 1, 1, 9), "squat", 100, "kg", 5, None, "normal", note)
    (back,) = read_export(write_export([row])).sets
    assert back.notes == note.replace("\x00", "").strip()


FORMULAS = ["=SUM(A1)", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "'=already quoted"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_like_cells_open_as_text_and_read_back_exactly(text: str) -> None:
    row = ExportRow(datetime(2025, 1, 1, 9), text, 100, "kg", 5, None, "normal", text)
    written = next(csv.reader(io.StringIO(write_export([row])[len(EXPORT_HEADER) + 2 :])))
    for cell in (written[1], written[8]):
        assert not cell.startswith(FORMULA_STARTS), cell
        assert cell.startswith("'")
    (back,) = read_export(write_export([row])).sets
    assert back.notes == text.strip()
    assert back.exercise == back.raw_name == text.strip()


@given(st.text(alphabet="'=+-@\t\rab ", max_size=12))
def test_neutralised_cells_restore_to_the_same_text(text: str) -> None:
    cell = neutralise(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert restore(cell) == text
