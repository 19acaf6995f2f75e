"""The Mini App's programme switch, behind one small adapter over `/program`'s service.

The adapter keeps the page testable with a fake; `wired_adapter()` is what the bot serves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.programming.programmes.registry import AUTO_LINE, PROGRAMMES
from bot.services.container import Services
from bot.services.programmes import current_program, switch
from bot.services.users import User

AUTO = "auto"


def describe(name: str) -> str:
    """What the page says of a programme: its /program line without the name in front."""
    programme = PROGRAMMES.get(name)
    line = AUTO_LINE if name == AUTO else programme.line if programme else name
    return line.split(" — ", 1)[-1]


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
