"""Reading the raw cells of an export: text decoding, CSV rows, numbers and dates."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from dateutil import parser as date_parser

from bot.importers.model import ImportFormatError
from bot.importers.months import english_months

UNREADABLE = (
    "I couldn't read that file. Send the CSV just as Strong, Hevy or Spotter exported it "
    "(not a spreadsheet re-save)."
)

_SNIFF_BYTES = 1 << 16
# Strong writes ISO dates; Hevy writes them the way the phone's locale prints them.
_DATE_FORMATS = (
    "%d %b %Y, %H:%M",
    "%d %b %Y, %H:%M:%S",
    "%d %B %Y, %H:%M",
    "%b %d, %Y, %I:%M %p",
    "%b %d, %Y, %I:%M:%S %p",
    "%B %d, %Y, %I:%M %p",
    "%d %b %Y %H:%M",
    "%b %d, %Y %I:%M %p",
)
_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")


def decode(data: bytes | str) -> str:
    """Bytes → text, tolerating a BOM, UTF-16 from spreadsheet tools and legacy code pages."""
    if isinstance(data, str):
        text = data
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:  # an odd byte count: truncated or not UTF-16 at all
            raise ImportFormatError(UNREADABLE) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFormatError(UNREADABLE)
    return text


def open_text(path: Path) -> TextIO:
    """A file as a text stream, decoded as `decode` would the whole file: UTF-16 by its BOM,
    else UTF-8 when every byte of it is (checked in one pass, chunk by chunk), else cp1252."""
    encoding, head = _encoding(path)
    if b"\x00" in head and encoding != "utf-16":
        raise ImportFormatError(UNREADABLE)
    errors = "replace" if encoding == "cp1252" else "strict"
    return path.open("r", encoding=encoding, errors=errors, newline="")


def _encoding(path: Path) -> tuple[str, bytes]:
    with path.open("rb") as raw:
        head = raw.read(_SNIFF_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", head
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk = head
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = raw.read(_SNIFF_BYTES)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252", head
    return "utf-8-sig", head


def _delimiter(first_line: str) -> str | None:
    """The delimiter a spreadsheet's `sep=;` hint line names; None when the line is the
    header itself (Strong writes `;` in some locales and `,` elsewhere: its count tells)."""
    line = first_line.strip()
    if line.lower().startswith("sep=") and len(line) == 5:
        return line[4]
    return None


def read_rows(text: str | TextIO) -> tuple[list[str], Iterator[list[str]]]:
    """The normalised header (lower case, trimmed) and an iterator over the non-empty rows,
    read lazily from the stream."""
    stream = _decoded(io.StringIO(text, newline="") if isinstance(text, str) else text)
    first = ""
    for first in stream:
        if first.strip():
            break
    hint = _delimiter(first)
    if hint is None:
        counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
        delimiter = max(counts, key=lambda sep: counts[sep])
        lines: Iterable[str] = itertools.chain([first.lstrip("\ufeff")], stream)
    else:
        delimiter, lines = hint, stream
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        for header in reader:
            if any(cell.strip() for cell in header):
                break
        else:
            raise ImportFormatError(UNREADABLE)
    except csv.Error as exc:
        raise ImportFormatError(UNREADABLE) from exc
    names = [cell.strip().strip('"').strip().lower() for cell in header]
    return names, (row for row in _guarded(reader) if any(cell.strip() for cell in row))


def _guarded(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """Turn a malformed-CSV error mid-file into the friendly import error."""
    try:
        yield from reader
    except csv.Error as exc:
        raise ImportFormatError(UNREADABLE) from exc


def _decoded(stream: TextIO | io.StringIO) -> Iterator[str]:
    """A file's lines; bytes that don't decode (a truncated UTF-16 file, say) anywhere in it
    are the friendly import error, not a traceback."""
    try:
        yield from stream
    except UnicodeDecodeError as exc:
        raise ImportFormatError(UNREADABLE) from exc


def parse_number(cell: str) -> float | None:
    """`62,5`, `1.234,5`, `10.0`, `149.99999999999997` → clean floats; blank → None."""
    text = cell.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text:
        if "." in text:  # the earlier separator groups thousands
            thousands = "," if text.index(",") < text.index(".") else "."
            text = text.replace(thousands, "")
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return round(value, 6) + 0.0  # + 0.0 turns -0.0 into 0.0


def read_number(cell: str, line: int, what: str) -> float | None:
    """A number cell that may be blank; text that is not a number stops the import, so no
    value is ever stored empty because it could not be read."""
    value = parse_number(cell)
    if value is None and cell.strip():
        raise ImportFormatError(
            f"Line {line} has a {what} I can't read (“{cell.strip()[:40]}”). "
            "Nothing was imported — check that line and send the file again."
        )
    return value


def read_reps(cell: str, line: int) -> int | None:
    """Reps as a whole number, None when blank; unreadable text stops the import."""
    value = read_number(cell, line, "rep count")
    return None if value is None else round(value)


def parse_reps(cell: str) -> int | None:
    """Reps as a whole number (`10.0` → 10); None when blank or not a number."""
    value = parse_number(cell)
    return None if value is None else round(value)


@lru_cache(maxsize=4096)
def app_note(text: str) -> str:
    """A note from Strong or Hevy with plain line breaks (a CRLF file keeps `\\r\\n` inside a
    quoted cell); Spotter's own export is read exactly as written, so its notes round-trip."""
    return text.replace("\r\n", "\n")


def parse_datetime(cell: str) -> datetime | None:
    """A workout time as the app wrote it, kept as naive local wall-clock time."""
    text = cell.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        pass
    text = english_months(text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:  # `05.06.2026` is 5 June wherever dates are written with dots
        return date_parser.parse(text, dayfirst=_DOTTED.match(text) is not None).replace(
            tzinfo=None
        )
    except (ValueError, OverflowError):
        return None


def workout_time(cell: str, line: int) -> datetime:
    """The workout's time, or a friendly error naming the line we could not read."""
    when = parse_datetime(cell)
    if when is None:
        raise ImportFormatError(
            f"Line {line} has a date I can't read (“{cell}”). "
            "Send the file as the app exported it and I'll take it from there."
        )
    return when
