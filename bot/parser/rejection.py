"""Messages that are never logs, whatever numbers they hold (SPEC.md "Parser" rule 10)."""

from __future__ import annotations

import re

from bot.parser import messages

_QUESTION_START = re.compile(
    r"^\s*(?:how|what|what's|whats|why|when|where|which|who|should|shall|is|are|am|can|could|"
    r"would|will|do|does|any|anyone|tips?|help)\b",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tonight|gonna|going to|planning|plan to|plan is|planned|i will|"
    r"i'll|will do|will try|will hit|wanna|want to|hope to|hoping to|next (?:week|time|"
    r"session|workout|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"plan(?:ned)?\s+for|i can|i could|need to|have to|would be|would like|"
    r"my\s+(?:best|max|pr|1rm|e1rm|record|current)\b[^.\n]*\b(?:is|was|are)|plan\s*:|goals?\s*(?:is|was|for|to|:|=|-)|aim(?:ing)?\s+(?:for|to)|target\s*:|"
    r"by\s+(?:summer|winter|spring|fall|autumn|christmas|xmas|(?:the\s+)?end\s+of))(?!\w)",
    re.IGNORECASE,
)
_NON_FINITE = re.compile(r"\d[eE][+-]?\d|\b(?:nan|inf|infinity)\b", re.IGNORECASE)
# No load, rep count or RPE has this many digits in a row: refuse before any pattern runs on it.
_ABSURD_NUMBER = re.compile(r"\d{10}")
# `squat 100x5?? is that good`, `3x5 or 5x5`: a question or a choice in the middle of a line.
_MID_QUESTION = re.compile(r"\?(?=[\s!?.]*[a-z])|\d\s+or\s+\d", re.IGNORECASE)


def _without_trailing_noise(line: str) -> str:
    """The line up to its last letter or digit (a loop: `[\\W_]+$` is quadratic on `!!!…a`)."""
    end = len(line)
    while end and not line[end - 1].isalnum():
        end -= 1
    return line[:end]


def _is_question(text: str) -> bool:
    if _QUESTION_START.match(text):
        return True
    for line in text.splitlines():
        stripped = line.strip()
        core = _without_trailing_noise(stripped)
        tail = stripped[len(core) :]
        if "?" in tail or _MID_QUESTION.search(stripped):
            return True
    return False


def reject(text: str) -> str | None:
    """Why this message can't be a log before looking at its sets, or None."""
    if not any(ch.isalnum() for ch in text):
        return messages.empty() if not text.strip() else messages.chit_chat()
    if _is_question(text):
        return messages.question()
    if _PLAN.search(text):
        return messages.plan()
    if _NON_FINITE.search(text) or _ABSURD_NUMBER.search(text):
        return messages.bad_number()
    return None
