"""Reading the raw cells of an export: text decoding, CSV rows, numbers and dates."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache

from dateutil import parser as date_parser

from bot.importers.model import ImportFormatError

UNREADABLE = (
    "I couldn't read that file. Send the CSV just as Strong, Hevy or Spotter exported it "
    "(not a spreadsheet re-save)."
)

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


def sniff_delimiter(text: str) -> tuple[str, str]:
    """Strong writes `;` in some locales and `,` elsewhere; the header line tells which.
    Returns (delimiter, text), dropping a spreadsheet's `sep=;` hint line if there is one."""
    first_line, _, rest = text.lstrip().partition("\n")
    if first_line.lower().startswith("sep=") and len(first_line.strip()) == 5:
        return first_line.strip()[4], rest
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=lambda sep: counts[sep]), text


def read_rows(text: str) -> tuple[list[str], Iterator[list[str]]]:
    """The normalised header (lower case, trimmed) and an iterator over the non-empty rows."""
    delimiter, text = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
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
def parse_datetime(cell: str) -> datetime | None:
    """A workout time as the app wrote it, kept as naive local wall-clock time."""
    text = cell.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return date_parser.parse(text).replace(tzinfo=None)
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
