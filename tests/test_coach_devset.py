"""The coach gets every question of our own dev set right: goal, topic and the key numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.coach import answer

DEVSET: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "coach_questions.json").read_text(encoding="utf-8")
)


def fact_pattern(fact: str) -> re.Pattern[str]:
    """A fact like "1–5" matches "1–5" or "1-5", case-insensitively."""
    return re.compile(re.escape(fact).replace("–", "[–-]").replace("\\-", "[–-]"), re.I)


def test_devset_is_big_and_varied() -> None:
    assert len(DEVSET) >= 100
    assert len({row["question"] for row in DEVSET}) == len(DEVSET)
    assert {row["goal"] for row in DEVSET} == {"strength", "hypertrophy", "both", "none"}


@pytest.mark.parametrize("row", DEVSET, ids=[row["question"][:50] for row in DEVSET])
def test_devset_question(row: dict[str, Any]) -> None:
    reply = answer(row["question"])
    missing = [f for f in row["facts"] if not fact_pattern(f).search(reply.answer)]
    assert (reply.goal, reply.topic, missing) == (row["goal"], row["topic"], [])
