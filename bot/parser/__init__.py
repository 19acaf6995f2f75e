"""Free-text set logging: `parse("bench 3x5 100kg")` → structured set groups (SPEC.md "Parser")."""

from __future__ import annotations

import logging
import re

from bot.parser import messages
from bot.parser.assemble import Rejected, assemble
from bot.parser.model import ParseResult, SetGroup
from bot.parser.rejection import reject

__all__ = ["ParseResult", "SetGroup", "parse"]

log = logging.getLogger(__name__)
_SPACE_RUN = re.compile(r"[^\S\n]+")
MAX_MESSAGE_CHARS = 4096  # Telegram's own limit: a longer text is refused whole, never cut


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
    if len(text) > MAX_MESSAGE_CHARS:
        return ParseResult.fail(messages.too_long(MAX_MESSAGE_CHARS))
    text = _SPACE_RUN.sub(" ", text)  # one space per gap keeps every `\s*` pattern linear
    reason = reject(text)
    if reason:
        return ParseResult.fail(reason)
    groups, error = assemble(text)
    if error:
        return ParseResult.fail(error)
    return ParseResult(ok=True, groups=tuple(groups))
