"""Settings typed in words ("size", "2 years", "mon wed fri", "7am", "Berlin").

/start asks its questions with buttons, but many people type the answer instead; each reader
returns the value the matching button carries, or None when the text isn't an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reminders import RemindError, RemindOff, parse_days, parse_remind_args, resolve_timezone
from bot.units import parse_unit

GOAL_WORDS = {
    "strength": "strength",
    "strong": "strength",
    "stronger": "strength",
    "power": "strength",
    "size": "hypertrophy",
    "hypertrophy": "hypertrophy",
    "muscle": "hypertrophy",
    "bigger": "hypertrophy",
    "mass": "hypertrophy",
    "both": "both",
}
SKIP_WORDS = {"skip", "pass", "later", "dunno", "idk", "not sure"}
NO_PROMPTS = {"no", "none", "no prompts", "never", "no thanks", "off"}
LEVEL_WORDS = {
    "new": "novice",
    "novice": "novice",
    "beginner": "novice",
    "never": "novice",
    "intermediate": "intermediate",
    "advanced": "advanced",
    "experienced": "advanced",
}
_SPAN = re.compile(r"(\d+(?:[.,]\d+)?)\s*\+?\s*(months?|mos?|mths?|years?|yrs?|y)\b")
MONTHS_PER = {"m": 1, "y": 12}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def read_goal(text: str) -> str | None:
    found = {GOAL_WORDS[w] for w in _words(text) if w in GOAL_WORDS}
    if len(found) > 1:
        return "both"
    return found.pop() if found else None


def read_level(text: str) -> str | None:
    """A level word, or time spent lifting: under 6 months new, under 2 years intermediate."""
    span = _SPAN.search(text.lower())
    if span:
        months = float(span.group(1).replace(",", ".")) * MONTHS_PER[span.group(2)[0]]
        return "novice" if months < 6 else "intermediate" if months < 24 else "advanced"
    levels = {LEVEL_WORDS[w] for w in _words(text) if w in LEVEL_WORDS}
    return levels.pop() if len(levels) == 1 else None


def read_days(text: str) -> str | None:
    if not _words(text):  # parse_days reads no days as every day; a typed answer names some
        return None
    mask = parse_days(text)
    return None if isinstance(mask, RemindError) else str(mask)


def read_time(text: str) -> str | None:
    """A clock time as the button's HHMM, or "none" for no prompts."""
    if text.strip().lower() in NO_PROMPTS:
        return "none"
    request = parse_remind_args(text)
    if isinstance(request, RemindError | RemindOff):
        return None
    return request.local_time.strftime("%H%M")


def read_zone(text: str) -> str | None:
    """An IANA name, or a city that names exactly one zone ("berlin"); no fuzzy guesses."""
    name, suggestions = resolve_timezone(text[:64])
    city = "_".join(text.lower().split())
    exact = [s for s in suggestions if s.rsplit("/", 1)[-1].lower() == city]
    return name or (exact[0] if len(exact) == 1 else None)


READERS: dict[str, Callable[[str], str | None]] = {
    "goal": read_goal,
    "level": read_level,
    "units": parse_unit,
    "days": read_days,
    "time": read_time,
    "tz": read_zone,
}


def read_answer(step: str, text: str) -> str | None:
    """The value of `step`'s button that `text` means ("skip" included), or None."""
    if text.strip().lower() in SKIP_WORDS:
        return "skip"
    reader = READERS.get(step)
    return reader(text[:100]) if reader else None
