"""`open_export` / `read_export`: recognise the layout from the header and read every set."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bot.importers.build import ImportBuilder, build_import
from bot.importers.columns import Columns
from bot.importers.fields import decode, open_text, read_rows
from bot.importers.headers import english_header
from bot.importers.hevy import hevy_sets, hevy_unit, is_hevy
from bot.importers.model import ImportedSet, ImportFile, ImportFormatError, NotASet, RawSet
from bot.importers.spotter import is_spotter, spotter_sets
from bot.importers.strong import is_strong, strong_sets, strong_unit
from bot.units import Unit

UNKNOWN_LAYOUT = (
    "That file doesn't look like a workout export I know. I read CSV exports from Strong "
    "(Settings → Export Data) and Hevy (Settings → Export & Import Data → Export Workouts), "
    "and Spotter's own /export file. Send the CSV just as the app made it."
)


@dataclass
class ExportStream:
    """An export being read: sets come one at a time from `sets`; `builder` holds the counts
    of those read so far (its summary is the file's once `sets` is used up)."""

    builder: ImportBuilder
    sets: Iterator[ImportedSet]

    def close(self) -> None:
        """Let go of the file even when the import stopped part way."""
        close = getattr(self.sets, "close", None)
        if close is not None:
            close()


def open_export(source: bytes | str | Path, default_unit: Unit = "kg") -> ExportStream:
    """Read the header of a Strong, Hevy or Spotter CSV export and get ready to stream it.

    `default_unit` is the lifter's unit, used when the file names none (Strong's older layout).
    Raises ImportFormatError, whose text is meant for the lifter, when the file is not one —
    and, while `sets` is read, when a row holds a value that can't be right."""
    text = open_text(source) if isinstance(source, Path) else decode(source)
    header, rows = read_rows(text)
    cols = Columns(english_header(header))
    raws: Iterator[RawSet | NotASet]
    if is_spotter(cols):
        builder = ImportBuilder("spotter", None, default_unit)
        raws = spotter_sets(cols, rows, default_unit)
    elif is_hevy(cols):
        unit = hevy_unit(cols, default_unit)
        builder = ImportBuilder("hevy", unit, default_unit)
        raws = hevy_sets(cols, rows, unit)
    elif is_strong(cols):
        _, file_unit, _ = strong_unit(cols, default_unit)
        builder = ImportBuilder("strong", file_unit, default_unit)
        raws = strong_sets(cols, rows, default_unit)
    else:
        raise ImportFormatError(UNKNOWN_LAYOUT)
    sets = _built(builder, raws)
    return ExportStream(builder, sets if isinstance(text, str) else _closing(sets, text))


def _built(builder: ImportBuilder, raws: Iterator[RawSet | NotASet]) -> Iterator[ImportedSet]:
    """Sets as the builder finishes them; rows that are not sets are only counted."""
    for raw in raws:
        if isinstance(raw, NotASet):
            builder.skip(raw)
        else:
            yield builder.add(raw)


def _closing(sets: Iterator[ImportedSet], handle: TextIO) -> Iterator[ImportedSet]:
    """The file is closed once read to the end, or when the import stops early."""
    with handle:
        yield from sets


def read_export(data: bytes | str | Path, default_unit: Unit = "kg") -> ImportFile:
    """A whole export in memory, sets in time order (see `open_export` for large files)."""
    stream = open_export(data, default_unit)
    return build_import(stream.builder, stream.sets)
