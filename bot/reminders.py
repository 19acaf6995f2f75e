"""Reminder maths: `/remind` arguments, days masks, next fire times across DST, time zones.

Pure domain code: every function takes the clock (`after`) and the zone as arguments, so the
scheduler and the tests decide what "now" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import fuzz, process

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EVERY_DAY = 0b1111111
WEEKDAYS = 0b0011111
WEEKENDS = 0b1100000

KINDS = ("session", "weekly", "snooze")

_DAY_WORDS: dict[str, int] = {
    **{name.lower(): 1 << i for i, name in enumerate(DAY_NAMES)},
    **{
        full: 1 << i
        for i, full in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    "tues": 1 << 1,
    "weds": 1 << 2,
    "thur": 1 << 3,
    "thurs": 1 << 3,
    "weekdays": WEEKDAYS,
    "weekday": WEEKDAYS,
    "weekends": WEEKENDS,
    "weekend": WEEKENDS,
    "daily": EVERY_DAY,
    "everyday": EVERY_DAY,
    "all": EVERY_DAY,
}

_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?P<ampm>[ap])\.?m?\.?(?![a-z])"
    r"|^(?P<hour24>\d{1,2})(?:[:.h](?P<minute24>\d{2}))?(?![\d:])",
    re.IGNORECASE,
)

USAGE = "Try /remind 07:30, /remind 7pm mon,wed,fri, or /remind off."


@dataclass(frozen=True, slots=True)
class RemindRequest:
    """Turn on (or move) the daily prompt."""

    local_time: time
    days_mask: int = EVERY_DAY


@dataclass(frozen=True, slots=True)
class RemindOff:
    """Turn the daily prompt off."""


@dataclass(frozen=True, slots=True)
class RemindError:
    """What to tell the lifter when the arguments make no sense."""

    message: str


@dataclass(frozen=True, slots=True)
class Claim:
    """One reminder the scheduler owns for one local date: it must be sent or settled."""

    delivery_id: int
    user_id: int
    chat_id: int
    kind: str
    local_date: date


@dataclass(frozen=True, slots=True)
class ClaimBatch:
    """What one `claim_due` pass did; `examined < limit` means nothing more is due."""

    claims: list[Claim]
    skipped_late: int
    duplicates: int
    examined: int


# ---------------------------------------------------------------------------------------------
# Parsing `/remind`


def parse_remind_args(text: str) -> RemindRequest | RemindOff | RemindError:
    """Read `/remind HH:MM [days]` or `/remind off` (with or without the command word)."""
    body = re.sub(r"^/remind(@\w+)?\b", "", text.strip(), flags=re.IGNORECASE).strip()
    if not body:
        return RemindError(f"What time should I nudge you? {USAGE}")
    if body.lower() in {"off", "stop", "none", "disable"}:
        return RemindOff()
    match = _TIME.match(body)
    if match is None:
        return RemindError(f"I couldn't read a time in “{body}”. {USAGE}")
    parsed = _clock_time(match)
    if isinstance(parsed, RemindError):
        return parsed
    days = parse_days(body[match.end() :])
    if isinstance(days, RemindError):
        return days
    return RemindRequest(parsed, days)


def _clock_time(match: re.Match[str]) -> time | RemindError:
    """Hour and minute from the regex, checked against a real clock face."""
    ampm = match.group("ampm")
    hour = int(match.group("hour") if ampm else match.group("hour24"))
    minute = int((match.group("minute") if ampm else match.group("minute24")) or 0)
    shown = match.group(0).strip()
    if ampm:
        if not 1 <= hour <= 12 or minute > 59:
            return RemindError(f"{shown} isn't a time on the clock. {USAGE}")
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    elif hour > 23 or minute > 59:
        return RemindError(f"{shown} isn't a time on the clock — hours go 0–23, minutes 0–59.")
    return time(hour, minute)


def parse_days(text: str) -> int | RemindError:
    """`mon,wed,fri`, `mon wed fri`, `mon-fri`, `weekdays`, `weekends`, `daily`; empty = daily."""
    words = re.sub(r"\bevery\s*day\b", "daily", text.lower())
    mask = 0
    for token in (t for t in re.split(r"[\s,;/&+]+|\band\b", words) if t):
        span = _day_range(token)
        if span is None:
            return RemindError(f"I don't know the day “{token}”. Use e.g. mon,wed,fri or weekdays.")
        mask |= span
    return mask or EVERY_DAY


def _day_range(token: str) -> int | None:
    """One day word, or a range like `mon-fri` (wrapping past Sunday is allowed)."""
    if token in _DAY_WORDS:
        return _DAY_WORDS[token]
    start, sep, end = token.partition("-")
    if not sep or start not in _DAY_WORDS or end not in _DAY_WORDS:
        return None
    first, last = _single_day(_DAY_WORDS[start]), _single_day(_DAY_WORDS[end])
    if first is None or last is None:
        return None
    length = (last - first) % 7 + 1
    return sum(1 << ((first + i) % 7) for i in range(length))


def _single_day(mask: int) -> int | None:
    return mask.bit_length() - 1 if mask and mask & (mask - 1) == 0 else None


def format_days(mask: int) -> str:
    """A short human label: `every day`, `weekdays`, `weekends`, `Mon, Wed, Fri`."""
    mask &= EVERY_DAY
    labels = {EVERY_DAY: "every day", WEEKDAYS: "weekdays", WEEKENDS: "weekends", 0: "no days"}
    if mask in labels:
        return labels[mask]
    return ", ".join(name for i, name in enumerate(DAY_NAMES) if mask & (1 << i))


def first_day_mask(mask: int) -> int:
    """The earliest day of the week in `mask` (the weekly summary goes out then)."""
    mask &= EVERY_DAY
    return mask & -mask


def format_time(value: time) -> str:
    return value.strftime("%H:%M")


def parse_hhmm(text: str) -> time:
    """The stored `HH:MM` form back into a `time`."""
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


# ---------------------------------------------------------------------------------------------
# When does it fire?


def next_fire(local_time: time, days_mask: int, tz: ZoneInfo, after: datetime) -> datetime:
    """The first fire instant strictly after `after`, as an aware UTC datetime.

    DST policy: a wall time inside a spring-forward gap fires at the first valid minute after
    the gap that day; a wall time inside a fall-back overlap fires once, at its first occurrence.
    """
    if after.tzinfo is None:
        raise ValueError("after must be timezone-aware")
    mask = days_mask & EVERY_DAY
    if not mask:
        raise ValueError("days_mask selects no day")
    # A fire on an earlier local date always precedes `after`: start on its own local date.
    day = after.astimezone(tz).date()
    for _ in range(8):
        if mask & (1 << day.weekday()):
            fire = fire_instant(day, local_time, tz)
            if fire > after:
                return fire
        day += timedelta(days=1)
    raise AssertionError("unreachable: a week always holds a selected day")


def fire_instant(day: date, local_time: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of `local_time` on `day` in `tz`, by the DST policy of `next_fire`."""
    wall = datetime.combine(day, local_time.replace(second=0, microsecond=0, tzinfo=None))
    while True:
        # fold=0: an ambiguous wall time resolves to its first occurrence.
        fired = wall.replace(tzinfo=tz).astimezone(UTC)
        exists = fired.astimezone(tz).replace(tzinfo=None) == wall
        if exists or wall.date() != day:
            return fired
        wall += timedelta(minutes=1)  # inside a spring-forward gap: try the next minute


def local_date_of(fire_utc: datetime, tz: ZoneInfo) -> date:
    """The lifter's calendar day for a fire instant (the delivery key)."""
    return fire_utc.astimezone(tz).date()


# ---------------------------------------------------------------------------------------------
# Time zones


def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for a stored name; an unknown name falls back to UTC rather than crash."""
    try:
        return _zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return _zone("UTC")


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Lower-case name → canonical IANA name, without the legacy `posix/`, `right/` copies."""
    names = {n for n in available_timezones() if not n.startswith(("posix/", "right/", "SystemV/"))}
    return {n.lower(): n for n in names}


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[str]]:
    """`berlin` → [`Europe/Berlin`]: lets a bare city name find its zone."""
    index: dict[str, list[str]] = {}
    for name in _zone_names().values():
        if "/" in name and not name.startswith("Etc/"):
            index.setdefault(name.rsplit("/", 1)[1].lower(), []).append(name)
    return index


def resolve_timezone(text: str, limit: int = 3) -> tuple[str | None, list[str]]:
    """An exact IANA name (any case) → (name, []); otherwise (None, close matches)."""
    key = re.sub(r"\s+", "_", text.strip()).lower()
    if not key:
        return None, []
    exact = _zone_names().get(key)
    if exact:
        return exact, []
    city = key.rsplit("/", 1)[-1]
    suggestions = list(_city_index().get(city, []))
    choices = {canon: lowered for lowered, canon in _zone_names().items() if "/" in canon}
    for _, _, canon in process.extract(
        key, choices, scorer=_zone_score, limit=limit, score_cutoff=80
    ):
        if canon not in suggestions:
            suggestions.append(canon)
    return None, suggestions[:limit]


def _zone_score(query: str, choice: str, **_: object) -> float:
    """Compare against the whole name and the city alone, so `Europe/Berln` and `new_york` match."""
    city = choice.rsplit("/", 1)[-1]
    if "/" in query:
        return fuzz.ratio(query, choice)
    return max(fuzz.ratio(query, city), 0.9 * fuzz.ratio(query, choice))
