"""Lines a card leaves out but the message asks: the plateau's first checks (COACHING 4.8: check
sleep and food first) — short sleep beside a stall named before any deload — and, for a lifter
hurt or off for a while, whether they will lose strength."""

from __future__ import annotations

import re

from bot.coach.conditions import says_pain
from bot.coach.health_words import MEDICAL
from bot.coach.vocabulary import NEVER_LIFTED
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


_LOSE = re.compile(
    r"\b(?:will|am|do|would) i (?:be )?(?:going to |gonna )?(?:lose|losing)"
    r" (?:my |all my |any |much )?(?:strength|gains|muscle|progress)\b"
)
KEEP = (
    "Will you lose strength? Not much if you keep training what's pain-free: it takes far less"
    " to keep strength and muscle than to build them, and any dip comes back faster than it was"
    " built."
)


_LOSE_FAT = re.compile(r"\b(lose|losing|drop|burn)\w* (some |the |my )?(fat|weight|belly)\b")
_GAIN_MUSCLE = re.compile(r"\b(build|gain|put on|add)\w* (some )?(muscle|size|mass)\b")
RECOMP = (
    "Losing fat and building muscle together is realistic for a new lifter with fat to lose: a"
    " small deficit, the plan below and 1.6–2.2 g of protein per kg a day."
)


def first_checks(text: str) -> str:
    """'bench stuck 3 weeks, sleeping 5h, eating at maintenance': sleep (and food) first; 'hurt
    my back, will I lose strength?': the answer to that part."""
    low = text.lower()
    if _LOSE.search(low) and says_pain(low):
        return KEEP
    new = NEVER_LIFTED.search(low) or "beginner" in low
    if MEDICAL.search(low) and new and _LOSE_FAT.search(low) and _GAIN_MUSCLE.search(low):
        return RECOMP  # the medical card alone says nothing on doing both
    sleep = _SLEEP.search(low)
    if sleep is None or not _STALL.search(low) or float(sleep["h"]) > SHORT_SLEEP_HOURS:
        return ""
    food = (
        " and eating at maintenance gives nothing spare to grow on"
        if _MAINTENANCE.search(low)
        else ""
    )
    return (
        f"First: {fmt_number(float(sleep['h']))} h of sleep is short{food} — fix sleep (and food)"
        " before blaming the programme; a stall on little sleep often clears once you recover."
    )
