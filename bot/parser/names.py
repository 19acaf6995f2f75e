"""Find exercise names inside a line of free text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.exercises import exact_exercise, match_exercise

MAX_WINDOW = 4
_WORD = re.compile(r"\b[a-z][a-z'&+\-]*(?:\s*\([a-z ]+\))?")
# Words of the set grammar: they separate names and never belong to one.
_GRAMMAR = frozenset(
    str.split(
        "x kg kgs kilo kilos lb lbs pound pounds sets set reps rep of at for rpe rir bw each per "
        "hand w s pl plates plate ea total top working"
    )
)


@dataclass(frozen=True)
class NameSpan:
    """An exercise id and where its words sit in the text."""

    exercise: str
    start: int
    end: int


# `Squat (Low Bar)`, `Lat Pulldown (substituting for pull ups)`: a bracket that doesn't name
# the lift is a remark on it; a cable attachment never changes which lift it is.
_BRACKET = re.compile(r"\s*\([^)]*\)")
_ATTACHMENTS = frozenset(("rope", "ropes", "handle", "handles", "attachment"))


@lru_cache(maxsize=4096)
def _lookup(phrase: str, fuzzy: bool) -> str | None:
    match = match_exercise if fuzzy else exact_exercise
    found = match(phrase)
    if found:
        return found
    bare = _BRACKET.sub("", phrase)
    plain = " ".join(w for w in bare.split() if w not in _ATTACHMENTS)
    for variant in dict.fromkeys((bare, plain)):
        if variant and variant != phrase:
            found = match(variant)
            if found:
                return found
    return None


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of adjacent non-grammar words (only spaces, hyphens or brackets between them)."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    last_end = -1
    for m in _WORD.finditer(text):
        word = m.group(0)
        gap = text[last_end : m.start()] if current else ""
        if word in _GRAMMAR or (current and gap.strip(" -()&")):
            if current:
                runs.append(current)
            current = []
            if word in _GRAMMAR:
                continue
        current.append(m)
        last_end = m.end()
    if current:
        runs.append(current)
    return runs


def _scan(run: list[re.Match[str]], text: str, fuzzy: bool) -> list[NameSpan]:
    """Greedy left-to-right longest matches inside one run of words."""
    found: list[NameSpan] = []
    pos = 0
    while pos < len(run):
        for size in range(min(MAX_WINDOW, len(run) - pos), 0, -1):
            start, end = run[pos].start(), run[pos + size - 1].end()
            exercise = _lookup(text[start:end], fuzzy)
            if exercise:
                found.append(NameSpan(exercise, start, end))
                pos += size
                break
        else:
            pos += 1
    return found


def find_names(text: str) -> list[NameSpan]:
    """All exercise names in `text`, in order; typo-tolerant only when nothing matches exactly."""
    runs = _runs(text.lower())
    for fuzzy in (False, True):
        spans = [span for run in runs for span in _scan(run, text.lower(), fuzzy)]
        if spans:
            return spans
    return []
