"""Calculators on a series of e1RMs the asker lists (COACHING 4.1 and S2): the working e1RM (the
median of the last three), and the stall test (recent best under +1% of the best before it)."""

from __future__ import annotations

import re
from statistics import median

from bot.coach.extract import Details
from bot.coach.loads import plates
from bot.units import Unit, fmt_number

TM_SERIES = re.compile(r"\b(?:tms?|training max\w*) (?:went|was|were|has gone|progressed)\b")


def median_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """e1RM_work = the median of the last three session e1RMs."""
    series = d.asked.series
    if len(series) < 2 or TM_SERIES.search(d.text):
        return None  # "TM went 140, 145, 150": training maxes, not session e1RMs
    last = sorted(series[-3:])
    mid = median(last)
    shown = ", ".join(fmt_number(x) for x in series[-3:])
    best = f", not the best ({fmt_number(last[-1])})" if last[-1] > mid else ""
    return (
        f"Working e1RM = median of the last three ({shown}) = {fmt_number(mid)} {unit}:"
        f" base your loads on that{best}."
    )


STALL_GAIN = 1.01


_BEST = r"(\d{2,4}(?:\.\d+)?)(?: ?(?:kg|lb))?"
# "115 vs 112 the 6 before", "best of the last 6 is 112, the 6 before that was 111"
TWO_BESTS = (
    re.compile(
        _BEST
        + r"(?: \w+){0,3}? (?:vs|versus|compared to|against) "
        + _BEST
        + r"(?: \w+){0,4}? before\b"
    ),
    re.compile(
        _BEST + r"(?: and)? the (?:\d{1,2}|ones?|sessions?|weeks?)(?: \w+){0,2}? before"
        r"(?: that| it| those)?(?: was| were| is| at)? " + _BEST
    ),
)


def two_bests(text: str) -> tuple[float, float] | None:
    """The recent best and the best of the window before it, when the asker gives just those."""
    for pattern in TWO_BESTS:
        if (m := pattern.search(text)) is not None:
            return float(m.group(1)), float(m.group(2))
    return None


def two_bests_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The S2 test read from two bests: under +1% once counts, two checks in a row is a stall."""
    bests = two_bests(d.text)
    if bests is None:
        return None
    recent, before = bests
    change = (recent / before - 1) * 100
    if d.injury is not None or change <= -FATIGUE_GAP:
        return _drop_line(d, recent, before, change, unit)
    verdict = (
        "under the +1% bar: one check towards a stall — it takes two checks in a row to call it"
        " one, and a single small difference like this is within day-to-day noise"
        if recent < STALL_GAIN * before
        else "at least +1%: that's progress, not a stall"
    )
    return (
        f"Best recent e1RM {fmt_number(recent)} vs {fmt_number(before)} before:"
        f" {change:+.1f}%, {verdict}."
    )


FATIGUE_GAP = 5.0  # COACHING S3: session e1RMs under 95% of the recent best


def _drop_line(d: Details, recent: float, before: float, change: float, unit: Unit) -> str:
    """A big drop is no stall check: after an injury, train from today's e1RM, not the old."""
    shown = f"e1RM {fmt_number(recent)} now vs {fmt_number(before)} before ({change:+.1f}%)"
    if d.injury is not None:
        start = plates(recent * 0.8, unit)
        return (
            f"{shown}: program from today's {fmt_number(recent)}, not the old {fmt_number(before)}"
            f" — first strength sets around 80% of it ≈ {start}, and let it climb back."
        )
    return (
        f"{shown}: more than the 5% a fatigue check allows — if your last two sessions both sit"
        " under 95% of your best, deload now."
    )


def stall_test_line(d: Details, known_max: float | None, unit: Unit) -> str | None:
    """The S2 test on a listed e1RM series: recent best under +1% of the earlier best."""
    series = d.asked.series
    if len(series) < 4:
        return two_bests_line(d, known_max, unit)
    half = len(series) // 2
    before, recent = max(series[:half]), max(series[half:])
    change = (recent / before - 1) * 100
    verdict = (
        "under the +1% bar: that check counts towards a stall (two checks in a row = stall)"
        if recent < STALL_GAIN * before
        else "at least +1%: still progressing"
    )
    last = sorted(series[-3:])[1] if len(series) >= 3 else recent
    return (
        f"Best recent e1RM {fmt_number(recent)} vs {fmt_number(before)} before: {change:+.1f}%,"
        f" {verdict}. A first stall in a strength block: deload if your last deload was 3+ weeks"
        f" ago, otherwise working e1RM × 0.95: {fmt_number(last)}"
        f" → {fmt_number(last * 0.95)} {unit}."
    )
