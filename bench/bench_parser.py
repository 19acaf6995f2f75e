"""Time `parse()` over the table messages against a trivial baseline measured in the same run.

Run: `python bench/bench_parser.py`. Prints µs/message and ratios, never absolute claims.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.parser import parse
from tests.parser_cases import ACCEPTED, REJECTED

MESSAGES = [text for text, _ in ACCEPTED] + REJECTED
ROUNDS = 20
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")


def _baseline(text: str) -> object:
    return (text.split(), _NUMBERS.findall(text), json.dumps(text))


def _per_message_us(func: Callable[[str], object]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for text in MESSAGES:
            func(text)
        best = min(best, time.perf_counter() - start)
    return best / len(MESSAGES) * 1e6


def main() -> None:
    parse("warm the caches 3x5")
    base = _per_message_us(_baseline)
    ours = _per_message_us(parse)
    print(f"messages: {len(MESSAGES)}, best of {ROUNDS} rounds")
    print(f"baseline (split + findall + json.dumps): {base:8.2f} µs/message")
    print(f"parse():                                 {ours:8.2f} µs/message")
    print(f"ratio parse/baseline: {ours / base:.1f}x; share of a 1 ms budget: {ours / 10:.1f}%")


if __name__ == "__main__":
    main()
