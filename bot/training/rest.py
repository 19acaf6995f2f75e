"""Rest-timer durations as lifters type them: `90`, `90s`, `3m`, `2:30`, `1m30s`."""

from __future__ import annotations

import re

MIN_S, MAX_S = 1, 15 * 60
_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)$")
_UNITS = re.compile(r"^(?:(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?))?\s*"
                    r"(?:(\d+)\s*(?:s|sec|secs|seconds?)?)?$")  # fmt: skip
_HOURS = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:h|hr|hrs|hours?)$")


class DurationError(ValueError):
    """The text is not a rest duration Spotter takes; the message says what works."""


HELP = "Give a rest between 1 s and 15 min, like /rest 90s, /rest 3m or /rest 2:30."


def parse_duration(text: str) -> int:
    """Seconds in 1 s–15 min, or DurationError with a friendly reason."""
    t = text.strip().lower().replace(" ", "")
    if _HOURS.match(t):
        raise DurationError("That's longer than any rest between sets. " + HELP)
    seconds: float | None = None
    if m := _CLOCK.match(t):
        seconds = int(m.group(1)) * 60 + int(m.group(2))
    elif t and (m := _UNITS.match(t)) and (m.group(1) or m.group(2)):
        minutes = float((m.group(1) or "0").replace(",", "."))
        seconds = minutes * 60 + int(m.group(2) or 0)
    if seconds is None:
        raise DurationError(f"I can't read '{text[:20]}' as a rest. " + HELP)
    if not MIN_S <= seconds <= MAX_S:
        raise DurationError("That's outside what I time. " + HELP)
    return round(seconds)


def fmt_duration(seconds: int) -> str:
    """150 → '2:30'; 90 → '1:30'; 45 → '45 s'."""
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60}:{seconds % 60:02d}"
