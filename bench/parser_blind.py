"""Score the parser on the frozen blind set (tests/parser_blind.py): a line counts when every
set comes out as the gold says (compared set by set, so grouping doesn't matter) or, for a
non-log, when it is refused. `python bench/parser_blind.py` prints the score and the misses."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.parser import parse
from tests.parser_blind import BLIND, G

Flat = list[tuple[str, float | None, str | None, int, float | None]]


def flatten(groups: list[G]) -> Flat:
    return [(ex, w, u, rep, rpe) for ex, w, u, reps, rpe in groups for rep in reps]


def got(text: str) -> Flat | None:
    result = parse(text)
    if not result.ok:
        return None
    return [(g.exercise, g.weight, g.unit, rep, g.rpe) for g in result.groups for rep in g.reps]


def score() -> tuple[int, list[tuple[str, object, object]]]:
    misses = []
    for text, gold in BLIND:
        want = None if gold is None else flatten(gold)
        have = got(text)
        if have != want:
            misses.append((text, want, have))
    return len(BLIND) - len(misses), misses


if __name__ == "__main__":
    hits, misses = score()
    print(f"blind set: {hits}/{len(BLIND)} = {100 * hits / len(BLIND):.1f}%")
    for text, want, have in misses:
        print(f"  MISS {text!r}\n       want {want}\n       got  {have}")
