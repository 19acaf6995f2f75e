"""The programming engine: blocks, today's session and adjusting the block (COACHING.md Part 4).

Pure domain code: callers pass the lifter, the stored state, a bounded history and today's date.
"""

from bot.programming.engine import (
    HISTORY_WEEKS,
    block_view,
    prescribe,
    prescribed_lifts,
    rebase,
    start_state,
    update,
)
from bot.programming.models import (
    BlockView,
    CheckIn,
    Event,
    Lifter,
    LoggedSet,
    Prescription,
    Session,
)
from bot.programming.params import DEFAULT, Params
from bot.programming.render import render_block, render_session
from bot.programming.state import ProgramState

__all__ = [
    "DEFAULT",
    "HISTORY_WEEKS",
    "BlockView",
    "CheckIn",
    "Event",
    "Lifter",
    "LoggedSet",
    "Params",
    "Prescription",
    "ProgramState",
    "Session",
    "block_view",
    "prescribe",
    "prescribed_lifts",
    "rebase",
    "render_block",
    "render_session",
    "start_state",
    "update",
]
