"""Where a remark starts in a set description: numbers after it are the lifter talking
(`100x5 - 2nd set was grindy`, `180x3, felt like 2 more`), not sets, reps or loads."""

from __future__ import annotations

import re

from bot.parser.numbers import COUNTS, RPE_MARK, Token

# Every word the set grammar reads (bot/parser/grammar.py) or lets pass between numbers.
_SET_WORDS = """
    x s kg kgs kilo kilos kilogram kilograms lb lbs pound pounds pl plate plates sets set reps
    rep of at for by rpe rir bw bodyweight each ea per side sides hand hands arm arms leg legs
    total top working work main then back off backoff amrap max failure fail mr warm assist
    weighted added extra plus and with end single singles double doubles triple triples drop
    dropset dropsets up in a on backoffs tops db dbs dumbbell dumbbells kb kettlebell
    kettlebells barbell bb cable band bands chain chains belt straps sleeves wraps
"""
SET_WORDS = frozenset(_SET_WORDS.split())


def before_comment(tokens: list[Token]) -> list[Token]:
    """The tokens up to the first word the grammar doesn't know, once a number has been read
    (a word before any number is part of the name or the set phrase, `bench felt heavy`);
    an RPE read off the remark still counts."""
    seen_number = False
    for i, tok in enumerate(tokens):
        if tok.kind in COUNTS:
            seen_number = True
        elif seen_number and tok.kind == "word" and tok.text not in SET_WORDS:
            return tokens[:i] + [t for t in tokens[i:] if t.kind == "rpe"]  # `(felt like rpe 8)`
    return tokens


_BRACKET = re.compile(r"\(([^()]*)\)")
_BRACKET_WORD = re.compile(r"[a-z]+")
_SETS_INSIDE = re.compile(r"\d\s*x\s*\d|\d\s*(?:kgs?|kilos?|lbs?|pounds?|#)(?![a-z])")
_AMRAP_MARK = re.compile(r"\s*\d+\s*\+\s*")  # `6x 145lbs (5+)`: the set was a 5+ AMRAP
_RPE_INSIDE = re.compile(RPE_MARK + r"\s*-?\d+(?:\.\d+)?")
_KEEP_WORDS = SET_WORDS | {"assisted", "assistance", "warmup", "warmups", "wu", "weighted"}


def _is_remark(inside: str) -> bool:
    """A bracket of words the set grammar doesn't know, with no set in it: `(3-1-2-1 tempo)`,
    `(90s between rounds)`, `(joker)`, `(low bar)`. `(rpt: 6, 8, 10)` names its numbers first."""
    if _AMRAP_MARK.fullmatch(inside):
        return True
    if _SETS_INSIDE.search(inside):
        return False
    unknown = [m for m in _BRACKET_WORD.finditer(inside) if m.group(0) not in _KEEP_WORDS]
    if not unknown:
        return False
    first_digit = next((i for i, ch in enumerate(inside) if ch.isdigit()), None)
    return first_digit is None or first_digit < unknown[0].start()


def drop_remarks(text: str) -> str:
    """Brackets that remark on a set rather than describe it go; an RPE inside them stays."""

    def repl(m: re.Match[str]) -> str:
        inside = m.group(1)
        if not _is_remark(inside):
            return m.group(0)
        return " " + " ".join(r.group(0) for r in _RPE_INSIDE.finditer(inside)) + " "

    return _BRACKET.sub(repl, text)
