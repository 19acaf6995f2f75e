"""The programmes Spotter can run, by name; a new programme is one module and one line here."""

from __future__ import annotations

from bot.programming.programmes.base import Programme
from bot.programming.programmes.five31 import FiveThreeOne
from bot.programming.programmes.gzclp import Gzclp
from bot.programming.programmes.novice import STARTING_STRENGTH, STRONGLIFTS
from bot.programming.programmes.ppl import PushPullLegs
from bot.programming.programmes.texas import TexasMethod

AUTO = "auto"
AUTO_LINE = "auto — Spotter's own blocks from your goal and level (the default)"
PROGRAMMES: dict[str, Programme] = {
    p.name: p
    for p in (
        FiveThreeOne(),
        Gzclp(),
        STRONGLIFTS,
        STARTING_STRENGTH,
        TexasMethod(),
        PushPullLegs(),
    )
}
ALIASES = {
    "5/3/1": "531",
    "wendler": "531",
    "gzcl": "gzclp",
    "sl": "stronglifts",
    "5x5": "stronglifts",
    "sl5x5": "stronglifts",
    "starting_strength": "ss",
    "startingstrength": "ss",
    "texas_method": "texas",
    "pushpulllegs": "ppl",
    "spotter": "auto",
    "default": "auto",
}


def lookup(name: str) -> str | None:
    """The canonical programme name for what a lifter typed, or None."""
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    key = ALIASES.get(key, key)
    return key if key == AUTO or key in PROGRAMMES else None


def get(name: str) -> Programme | None:
    return PROGRAMMES.get(name)


def on_miss(name: str) -> str:
    """What programme `name` does after a missed session or a failed AMRAP ("" for auto)."""
    prog = PROGRAMMES.get(name)
    return prog.on_miss if prog else ""


def listing() -> list[str]:
    """One line per programme, auto first."""
    return [AUTO_LINE] + [p.line for p in PROGRAMMES.values()]
