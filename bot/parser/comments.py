"""Where a remark starts in a set description: numbers after it are the lifter talking
(`100x5 - 2nd set was grindy`, `180x3, felt like 2 more`), not sets, reps or loads."""

from __future__ import annotations

from bot.parser.numbers import Token

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
        if tok.kind == "num":
            seen_number = True
        elif seen_number and tok.kind == "word" and tok.text not in SET_WORDS:
            return tokens[:i] + [t for t in tokens[i:] if t.kind == "rpe"]  # `(felt like rpe 8)`
    return tokens
