"""`read_export`: recognise the layout from the header and read every set."""

from __future__ import annotations

from bot.importers.build import build_import
from bot.importers.columns import Columns
from bot.importers.fields import decode, read_rows
from bot.importers.headers import english_header
from bot.importers.hevy import hevy_sets, hevy_unit, is_hevy
from bot.importers.model import ImportFile, ImportFormatError
from bot.importers.spotter import is_spotter, spotter_sets
from bot.importers.strong import is_strong, strong_sets, strong_unit
from bot.units import Unit

UNKNOWN_LAYOUT = (
    "That file doesn't look like a workout export I know. I read CSV exports from Strong "
    "(Settings → Export Data) and Hevy (Settings → Export & Import Data → Export Workouts), "
    "and Spotter's own /export file. Send the CSV just as the app made it."
)


def read_export(data: bytes | str, default_unit: Unit = "kg") -> ImportFile:
    """Parse a Strong, Hevy or Spotter CSV export.

    `default_unit` is the lifter's unit, used when the file names none (Strong's older layout).
    Raises ImportFormatError, whose text is meant for the lifter, when the file is not one.
    """
    header, rows = read_rows(decode(data))
    cols = Columns(english_header(header))
    if is_spotter(cols):
        return build_import("spotter", spotter_sets(cols, rows, default_unit), None, default_unit)
    if is_hevy(cols):
        unit = hevy_unit(cols, default_unit)
        return build_import("hevy", hevy_sets(cols, rows, unit), unit, default_unit)
    if is_strong(cols):
        _, file_unit, _ = strong_unit(cols, default_unit)
        sets = strong_sets(cols, rows, default_unit)
        return build_import("strong", sets, file_unit, default_unit)
    raise ImportFormatError(UNKNOWN_LAYOUT)
