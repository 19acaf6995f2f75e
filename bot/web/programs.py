"""The Mini App's programme switch, behind one small adapter over `/program`'s service.

The adapter keeps the page testable with a fake; `wired_adapter()` is what the bot serves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.programming.programmes.registry import PROGRAMMES
from bot.services.container import Services
from bot.services.programmes import current_program, switch
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


async def _switch(svc: Services, user: User, name: str) -> str:
    return await switch(svc, user, name, [])


def wired_adapter() -> ProgramAdapter:
    """The adapter the running bot uses: `/program`'s own service."""
    return ProgramAdapter((AUTO, *PROGRAMMES), current_program, _switch)
