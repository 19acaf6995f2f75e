"""What an imported set may hold: a value no lifter could have done stops the whole import
with the line named, instead of a traceback or a record nobody can beat."""

from __future__ import annotations

from datetime import datetime

from bot.importers.model import ImportFormatError, RawSet
from bot.parser.model import MAX_LOAD, RPE_MAX

MAX_REPS = 1000  # apps log endurance sets the chat parser would refuse; this is far beyond
MAX_NAME_CHARS = 100
EARLIEST = datetime(1970, 1, 1)
LATEST = datetime(2100, 1, 1)


def check_values(raw: RawSet) -> None:
    """Raise the lifter-facing error for the first impossible value in this set."""
    problem = _problem(raw)
    if problem:
        raise ImportFormatError(
            f"Line {raw.line} has {problem}. Nothing was imported — fix that line in the file "
            "(or remove it) and send it again."
        )


def _problem(raw: RawSet) -> str | None:
    if not 1 <= raw.reps <= MAX_REPS:
        return f"{raw.reps:g} reps, more than the {MAX_REPS} I accept in one set"
    if raw.weight is not None and abs(raw.weight) > MAX_LOAD[raw.unit]:
        return f"a load of {raw.weight:g} {raw.unit}, heavier than anyone has lifted"
    if raw.rpe is not None and not 0 <= raw.rpe <= RPE_MAX:
        return f"an RPE of {raw.rpe:g}, outside 1–10"
    if not EARLIEST <= raw.performed_at < LATEST:
        return f"the date {raw.performed_at:%Y-%m-%d}, which can't be a workout"
    if len(raw.raw_name) > MAX_NAME_CHARS:
        return f"an exercise name {len(raw.raw_name):,} characters long (at most {MAX_NAME_CHARS})"
    return None
