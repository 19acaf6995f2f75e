"""Multi-part questions on the coach dev sets (v7 + v8): how many have two or more gold asks, how
many answers have as many distinct cards as asks (at most 3, the split's cap), and how many
answers repeat a sentence across paragraphs (word for word, or an earlier one holding at least
60% of the shorter one's words).

    python bench/coach_multi_asks.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import coach  # noqa: E402
from bot.coach.asks import MAX_ASKS  # noqa: E402

SETS = ("coach_v7.json", "coach_v8.json")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[a-z0-9%.–-]+")
_SMALL = frozenset(
    {"a", "the", "and", "to", "of", "is", "for", "on", "in", "or", "you", "your", "it"}
)
NEAR = 0.6


def _words(sentence: str) -> set[str]:
    return set(_WORD.findall(sentence.lower())) - _SMALL


def _repeats(answer: str) -> tuple[bool, bool]:
    """(a sentence said twice word for word, one near-repeated) across paragraphs."""
    paras = [[s.strip() for s in _SENTENCE.split(p) if s.strip()] for p in answer.split("\n\n")]
    placed = [(k, s) for k, p in enumerate(paras) for s in p]
    exact = near = False
    for i, (pi, a) in enumerate(placed):
        for pj, b in placed[:i]:
            x, y = _words(a), _words(b)
            exact = exact or a == b
            small = min(len(x), len(y))
            near = near or (pi != pj and len(x) > 3 and small > 0 and len(x & y) >= NEAR * small)
    return exact, near


def main() -> None:
    items = [i for f in SETS for i in json.loads((ROOT / "tests/data/eval" / f).read_text())]
    multi = covered = exact = near = 0
    for item in items:
        result = coach.answer(item["question"])
        twice, close = _repeats(result.answer)
        exact, near = exact + twice, near + close
        if len(item["asks"]) >= 2:
            multi += 1
            covered += len(set(result.cards)) >= min(len(item["asks"]), MAX_ASKS)
    print(f"{len(items)} questions; {multi} with >=2 gold asks; {covered} answered with as many")
    print(
        f"distinct cards; {exact} answers repeat a sentence word for word, {near} near-repeat one"
    )


if __name__ == "__main__":
    main()
