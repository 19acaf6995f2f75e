"""The lifter's local calendar: every 'today' is the user's, in their time zone."""

from __future__ import annotations

from datetime import date, datetime

from bot.reminders import zone


def local_today(now: datetime, tz_name: str) -> date:
    return now.astimezone(zone(tz_name)).date()
