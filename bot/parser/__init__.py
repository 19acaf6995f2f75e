"""Free-text set logging: `parse("bench 3x5 100kg")` → structured set groups (SPEC.md "Parser")."""

from __future__ import annotations

import logging

from bot.parser import messages
from bot.parser.assemble import Rejected, assemble
from bot.parser.model import ParseResult, SetGroup
from bot.parser.rejection import reject

__all__ = ["ParseResult", "SetGroup", "parse"]

log = logging.getLogger(__name__)
MAX_MESSAGE_CHARS = 4000  # Telegram's own limit is 4096


def parse(text: str) -> ParseResult:
    """Read one message; never raises — anything unreadable is an ok=false result."""
    try:
        return _parse(text)
    except Rejected as exc:
        return ParseResult.fail(exc.message)
    except Exception:  # a parser bug must never take the chat down
        log.exception("parser failed")
        return ParseResult.fail(messages.unclear())


def _parse(text: str) -> ParseResult:
    if not isinstance(text, str):
        return ParseResult.fail(messages.empty())
    text = text[:MAX_MESSAGE_CHARS]
    reason = reject(text)
    if reason:
        return ParseResult.fail(reason)
    groups, error = assemble(text)
    if error:
        return ParseResult.fail(error)
    return ParseResult(ok=True, groups=tuple(groups))
