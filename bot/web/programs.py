"""The Mini App's programme switch, behind one small adapter.

Named programmes (`/program NAME`: auto, 531, gzclp, stronglifts, ss, texas, ppl) come from
another change; until it is wired here the page offers only Spotter's own block sequence.
Wiring is one function: `wired_adapter()` returning a ProgramAdapter over that service.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.services.container import Services
from bot.services.users import User

AUTO = "auto"
DESCRIPTIONS = {
    "auto": "Spotter's own blocks, built from your goal and history",
    "531": "5/3/1: four-week waves from a training max",
    "gzclp": "GZCLP: three tiers of linear progression",
    "stronglifts": "StrongLifts 5×5: novice linear progression",
    "ss": "Starting Strength: 3×5 novice linear progression",
    "texas": "Texas Method: volume, recovery and intensity days",
    "ppl": "Push / pull / legs for size",
}


class ProgramUnavailable(Exception):
    """The named programme can't be chosen here (the message says why)."""


@dataclass(frozen=True)
class ProgramAdapter:
    """What the page needs: the names offered, the current one, and how to switch."""

    names: Sequence[str]
    current: Callable[[Services, User], Awaitable[str]]
    switch: Callable[[Services, User, str], Awaitable[str]]


async def _current_auto(svc: Services, user: User) -> str:
    return AUTO


async def _switch_auto_only(svc: Services, user: User, name: str) -> str:
    if name != AUTO:
        raise ProgramUnavailable("Named programmes aren't available in this version yet.")
    return "You're on Spotter's own blocks."


AUTO_ONLY = ProgramAdapter((AUTO,), _current_auto, _switch_auto_only)


def wired_adapter() -> ProgramAdapter:
    """The adapter the running bot uses (the lead points this at `/program`'s service)."""
    return AUTO_ONLY
