"""The plateau's first checks in the asker's own words (COACHING 4.8: plateau → check sleep and
food first): short sleep said beside a stall is named before any deload or programme change."""

from __future__ import annotations

import re

from bot.units import fmt_number

SHORT_SLEEP_HOURS = 6  # "sleeping 5h": short enough to name before the programme
_SLEEP = re.compile(
    r"\b(?:sleep\w*|slept|getting|get)\s(?:only |about |around |like |maybe |~)?"
    r"(?P<h>\d(?:\.5)?)\s?(?:h|hrs?|hours?)\b(?: (?:of )?sleep| a night| per night)?"
)
_STALL = re.compile(r"\b(stuck|stall\w*|plateau\w*|flat|deload\w*|not progressing|no progress)\b")
_MAINTENANCE = re.compile(
    r"\b(at maintenance|maintenance calories|in a deficit|on a cut|cutting)\b"
)


def first_checks(text: str) -> str:
    """'bench stuck 3 weeks, sleeping 5h, eating at maintenance': sleep (and food) first."""
    low = text.lower()
    sleep = _SLEEP.search(low)
    if sleep is None or not _STALL.search(low) or float(sleep["h"]) > SHORT_SLEEP_HOURS:
        return ""
    food = " and eating at maintenance gives nothing spare to grow on" if _MAINTENANCE.search(
        low
    ) else ""
    return (
        f"First: {fmt_number(float(sleep['h']))} h of sleep is short{food} — fix sleep (and food)"
        " before blaming the programme; a stall on little sleep often clears once you recover."
    )
