"""Parsing work grows with the message, never with its square: one lifter's odd text (4,000
digits, a wall of spaces, hundreds of brackets) must not hold the bot for everyone else."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import MAX_MESSAGE_CHARS, parse

SMALL, LARGE = 512, 4096  # 8× the text: linear work is ~8× the time, quadratic ~64×
MAX_RATIO = 24.0

SHAPES: dict[str, Callable[[int], str]] = {
    "digit run": lambda n: "bench " + "1" * n,
    "digits and dots": lambda n: "bench " + "1." * (n // 2),
    "spaces": lambda n: "bench 5x5" + " " * n + "a",
    "tabs and nbsp": lambda n: "bench 5x5" + "\t \u00a0" * (n // 3),
    "punctuation": lambda n: "bench 5x5 " + " !" * (n // 2) + "a",
    "dashes": lambda n: "bench 5x5" + "-" * n + "a",
    "open brackets": lambda n: "bench (" * (n // 7),
    "many names": lambda n: "squat 100x5 bench 80x5 " * (n // 23),
    "rir marks": lambda n: "bench " + "1 rir " * (n // 6),
    "commas": lambda n: "bench " + "1,11" * (n // 4),
    "set lines": lambda n: "\n".join(["bench 100x5"] * (n // 12)),
}


def _best_time(text: str, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        parse(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_parse_time_grows_linearly(shape: str) -> None:
    make = SHAPES[shape]
    parse(make(SMALL))  # warm caches (the exercise index is built on first use)
    small = max(_best_time(make(SMALL)), 2e-4)  # a floor keeps timer noise out of the ratio
    large = _best_time(make(LARGE))
    assert large / small < MAX_RATIO, f"{shape}: {small * 1e3:.1f} ms → {large * 1e3:.1f} ms"
    assert large < 0.5


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="0123456789x., (@rpekg\n-", min_size=LARGE - 200, max_size=LARGE))
def test_any_long_log_like_text_parses_fast(text: str) -> None:
    start = time.perf_counter()
    parse(text)
    assert time.perf_counter() - start < 0.5


def test_absurd_digit_run_is_refused_with_a_reason() -> None:
    result = parse("bench " + "9" * 4000)
    assert not result.ok and "numbers" in (result.error or "")


def test_message_over_the_cap_is_refused_whole_not_cut() -> None:
    text = "\n".join(f"bench {100 + i % 50}x5" for i in range(400))
    assert len(text) > MAX_MESSAGE_CHARS
    result = parse(text)
    assert not result.ok and "none of it" in (result.error or "")


def test_341_set_lines_under_telegram_limit_all_log() -> None:
    lines = [f"squat {100 + i % 7}x{1 + i % 5}" for i in range(341)]
    text = "\n".join(lines)
    assert 4000 < len(text) <= MAX_MESSAGE_CHARS
    result = parse(text)
    assert result.ok
    assert sum(len(g.reps) for g in result.groups) == 341
