"""Reminder maths: `/remind` parsing, days masks, fire times across DST and zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reminders import (
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    RemindError,
    RemindOff,
    RemindRequest,
    first_day_mask,
    format_days,
    local_date_of,
    next_fire,
    parse_remind_args,
    resolve_timezone,
)

MON, TUE, WED, THU, FRI, SAT, SUN = (1 << i for i in range(7))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# /remind arguments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:30", RemindRequest(time(7, 30), EVERY_DAY)),
        ("07:30", RemindRequest(time(7, 30), EVERY_DAY)),
        ("19:05", RemindRequest(time(19, 5), EVERY_DAY)),
        ("7pm", RemindRequest(time(19, 0), EVERY_DAY)),
        ("7:30pm", RemindRequest(time(19, 30), EVERY_DAY)),
        ("6 AM", RemindRequest(time(6, 0), EVERY_DAY)),
        ("12am", RemindRequest(time(0, 0), EVERY_DAY)),
        ("12pm", RemindRequest(time(12, 0), EVERY_DAY)),
        ("0:00", RemindRequest(time(0, 0), EVERY_DAY)),
        ("7.30", RemindRequest(time(7, 30), EVERY_DAY)),
        ("/remind 07:30", RemindRequest(time(7, 30), EVERY_DAY)),
        ("/remind@SpotterBot 8:00 weekends", RemindRequest(time(8, 0), WEEKENDS)),
        ("07:30 mon,wed,fri", RemindRequest(time(7, 30), MON | WED | FRI)),
        ("07:30 mon wed fri", RemindRequest(time(7, 30), MON | WED | FRI)),
        ("7pm Monday, Thursday", RemindRequest(time(19, 0), MON | THU)),
        ("6am weekdays", RemindRequest(time(6, 0), WEEKDAYS)),
        ("9:00 weekends", RemindRequest(time(9, 0), WEEKENDS)),
        ("9:00 daily", RemindRequest(time(9, 0), EVERY_DAY)),
        ("9:00 every day", RemindRequest(time(9, 0), EVERY_DAY)),
        ("7:30 mon-fri", RemindRequest(time(7, 30), WEEKDAYS)),
        ("7:30 sat-mon", RemindRequest(time(7, 30), SAT | SUN | MON)),
        ("7:30 TUE and thu", RemindRequest(time(7, 30), TUE | THU)),
        ("off", RemindOff()),
        ("/remind OFF", RemindOff()),
    ],
)
def test_parse_remind_args_reads_times_and_days(
    text: str, expected: RemindRequest | RemindOff
) -> None:
    assert parse_remind_args(text) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("25:99", "25:99"),
        ("24:00", "24:00"),
        ("7:60", "7:60"),
        ("13pm", "13pm"),
        ("0am", "0am"),
        ("7:30 funday", "funday"),
        ("7:30 mon-xyz", "mon-xyz"),
        ("soon", "soon"),
        ("", "/remind 07:30"),
        ("/remind", "/remind 07:30"),
    ],
)
def test_parse_remind_args_explains_errors(text: str, mentions: str) -> None:
    result = parse_remind_args(text)
    assert isinstance(result, RemindError)
    assert mentions in result.message
    assert len(result.message) < 160  # fits a phone screen


# ---------------------------------------------------------------------------------------------
# days masks


@pytest.mark.parametrize(
    ("mask", "label"),
    [
        (EVERY_DAY, "every day"),
        (WEEKDAYS, "weekdays"),
        (WEEKENDS, "weekends"),
        (MON | WED | FRI, "Mon, Wed, Fri"),
        (SUN, "Sun"),
        (0, "no days"),
    ],
)
def test_format_days(mask: int, label: str) -> None:
    assert format_days(mask) == label


@pytest.mark.parametrize(
    ("mask", "first"), [(MON | WED | FRI, MON), (TUE | SAT, TUE), (SUN, SUN), (0, 0)]
)
def test_first_day_mask_picks_the_week_opening_training_day(mask: int, first: int) -> None:
    assert first_day_mask(mask) == first


# ---------------------------------------------------------------------------------------------
# next_fire: ordinary days, zones, DST


@pytest.mark.parametrize(
    ("zone", "local", "mask", "after", "expected"),
    [
        # plain UTC, strictly after: a fire time equal to `after` moves to the next day
        ("UTC", time(7, 30), EVERY_DAY, utc(2026, 6, 1, 7, 29), utc(2026, 6, 1, 7, 30)),
        ("UTC", time(7, 30), EVERY_DAY, utc(2026, 6, 1, 7, 30), utc(2026, 6, 2, 7, 30)),
        # Berlin winter (+1) and summer (+2)
        ("Europe/Berlin", time(7, 30), EVERY_DAY, utc(2026, 1, 10), utc(2026, 1, 10, 6, 30)),
        ("Europe/Berlin", time(7, 30), EVERY_DAY, utc(2026, 7, 10), utc(2026, 7, 10, 5, 30)),
        # India +5:30, no DST
        ("Asia/Kolkata", time(7, 30), EVERY_DAY, utc(2026, 6, 1), utc(2026, 6, 1, 2, 0)),
        ("Asia/Kolkata", time(6, 0), EVERY_DAY, utc(2026, 6, 1, 1), utc(2026, 6, 2, 0, 30)),
        # Nepal +5:45
        ("Asia/Kathmandu", time(6, 0), EVERY_DAY, utc(2026, 6, 1), utc(2026, 6, 1, 0, 15)),
        # Tokyo: the local morning is the previous UTC evening
        ("Asia/Tokyo", time(7, 0), EVERY_DAY, utc(2026, 6, 1), utc(2026, 6, 1, 22, 0)),
        # Los Angeles: 19:00 on 31 May is 02:00 UTC on 1 June
        ("America/Los_Angeles", time(19, 0), EVERY_DAY, utc(2026, 6, 1), utc(2026, 6, 1, 2, 0)),
        # days masks: Tue noon → Wed; Fri after the prompt → Mon; rest days are skipped
        ("UTC", time(7, 30), MON | WED | FRI, utc(2026, 6, 2, 12), utc(2026, 6, 3, 7, 30)),
        ("UTC", time(7, 30), MON | WED | FRI, utc(2026, 6, 5, 8), utc(2026, 6, 8, 7, 30)),
        ("UTC", time(9, 0), WEEKENDS, utc(2026, 6, 1), utc(2026, 6, 6, 9, 0)),
        ("UTC", time(9, 0), SUN, utc(2026, 6, 7, 9, 1), utc(2026, 6, 14, 9, 0)),
        # a masked day is the *local* weekday: Mon 07:00 Tokyo is Sun 22:00 UTC
        ("Asia/Tokyo", time(7, 0), MON, utc(2026, 6, 6), utc(2026, 6, 7, 22, 0)),
    ],
)
def test_next_fire_ordinary_days(
    zone: str, local: time, mask: int, after: datetime, expected: datetime
) -> None:
    assert next_fire(local, mask, ZoneInfo(zone), after) == expected


@pytest.mark.parametrize(
    ("zone", "local", "after", "expected", "why"),
    [
        # spring forward: 02:00 → 03:00 local; times in the gap fire at 03:00
        ("Europe/Berlin", time(2, 30), utc(2026, 3, 28, 12), utc(2026, 3, 29, 1, 0), "gap"),
        ("Europe/Berlin", time(2, 0), utc(2026, 3, 28, 12), utc(2026, 3, 29, 1, 0), "gap start"),
        ("Europe/Berlin", time(3, 0), utc(2026, 3, 28, 12), utc(2026, 3, 29, 1, 0), "gap end"),
        ("Europe/Berlin", time(7, 30), utc(2026, 3, 28, 12), utc(2026, 3, 29, 5, 30), "after"),
        ("Europe/Berlin", time(2, 30), utc(2026, 3, 29, 2), utc(2026, 3, 30, 0, 30), "next day"),
        ("America/New_York", time(2, 30), utc(2026, 3, 7, 12), utc(2026, 3, 8, 7, 0), "gap"),
        ("America/New_York", time(7, 0), utc(2026, 3, 7, 12), utc(2026, 3, 8, 11, 0), "EDT"),
        # southern hemisphere: Sydney springs forward in October
        ("Australia/Sydney", time(2, 30), utc(2026, 10, 3), utc(2026, 10, 3, 16, 0), "gap"),
        # fall back: 03:00 → 02:00 local; times in the overlap fire once, at the first one
        ("Europe/Berlin", time(2, 30), utc(2026, 10, 24, 12), utc(2026, 10, 25, 0, 30), "first"),
        ("Europe/Berlin", time(2, 30), utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30), "once"),
        ("America/New_York", time(1, 30), utc(2026, 10, 31, 12), utc(2026, 11, 1, 5, 30), "first"),
        ("America/New_York", time(1, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30), "once"),
        ("Australia/Sydney", time(2, 30), utc(2026, 4, 4), utc(2026, 4, 4, 15, 30), "first"),
        ("Australia/Sydney", time(2, 30), utc(2026, 4, 4, 15, 30), utc(2026, 4, 5, 16, 30), "once"),
    ],
)
def test_next_fire_follows_the_dst_policy(
    zone: str, local: time, after: datetime, expected: datetime, why: str
) -> None:
    assert next_fire(local, EVERY_DAY, ZoneInfo(zone), after) == expected, why


@pytest.mark.parametrize(
    ("zone", "fire", "day"),
    [
        ("Asia/Tokyo", utc(2026, 6, 1, 22, 0), date(2026, 6, 2)),
        ("America/Los_Angeles", utc(2026, 6, 2, 2, 0), date(2026, 6, 1)),
        ("Europe/Berlin", utc(2026, 3, 29, 1, 0), date(2026, 3, 29)),
        ("Asia/Kolkata", utc(2026, 6, 1, 20, 0), date(2026, 6, 2)),
    ],
)
def test_local_date_of_is_the_lifters_calendar_day(zone: str, fire: datetime, day: date) -> None:
    assert local_date_of(fire, ZoneInfo(zone)) == day


@pytest.mark.parametrize(
    ("mask", "after"), [(0, utc(2026, 1, 1)), (EVERY_DAY, datetime(2026, 1, 1))]
)
def test_next_fire_rejects_no_days_and_naive_times(mask: int, after: datetime) -> None:
    with pytest.raises(ValueError):
        next_fire(time(7), mask, ZoneInfo("UTC"), after)


ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Apia"]


@settings(max_examples=300, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    mask=st.integers(1, EVERY_DAY),
    after=st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1), timezones=st.just(UTC)),
)
def test_next_fire_lands_on_a_chosen_day_at_or_just_after_the_wall_time(
    zone: str, hour: int, minute: int, mask: int, after: datetime
) -> None:
    tz = ZoneInfo(zone)
    fire = next_fire(time(hour, minute), mask, tz, after)
    local = fire.astimezone(tz)
    assert after < fire <= after + timedelta(days=8)
    assert mask & (1 << local.weekday())
    wall = datetime.combine(local.date(), time(hour, minute))
    assert timedelta(0) <= local.replace(tzinfo=None) - wall <= timedelta(hours=1)
    # nothing earlier qualifies: the previous chosen fire is at or before `after`
    assert next_fire(time(hour, minute), mask, tz, fire - timedelta(minutes=1)) == fire


# ---------------------------------------------------------------------------------------------
# time zones


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  America/New_York ", "America/New_York"),
        ("america/new york", "America/New_York"),
        ("UTC", "UTC"),
        ("Asia/Kolkata", "Asia/Kolkata"),
    ],
)
def test_resolve_timezone_accepts_iana_names_in_any_case(text: str, name: str) -> None:
    assert resolve_timezone(text) == (name, [])


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("Europe/Berln", "Europe/Berlin"),
        ("Amrica/Chicago", "America/Chicago"),
        ("sydney", "Australia/Sydney"),
        ("kolkatta", "Asia/Kolkata"),
        ("London", "Europe/London"),
    ],
)
def test_resolve_timezone_suggests_near_misses(text: str, suggestion: str) -> None:
    name, suggestions = resolve_timezone(text)
    assert name is None
    assert suggestions[0] == suggestion
    assert len(suggestions) <= 3


@pytest.mark.parametrize("text", ["Mars/Olympus", "", "   ", "xyzzy"])
def test_resolve_timezone_finds_nothing_for_nonsense(text: str) -> None:
    name, suggestions = resolve_timezone(text)
    assert name is None
    assert all("/" in s for s in suggestions)
    assert "Mars/Olympus" not in suggestions
