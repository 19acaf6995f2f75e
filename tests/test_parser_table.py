"""The message table: every accepted row parses exactly, every rejected row is refused."""

from __future__ import annotations

import pytest

from bot.parser import parse
from tests.parser_cases import ACCEPTED, REJECTED, G

BODYWEIGHT = {"pull_up", "chin_up", "dip", "push_up"}


def _expected(groups: list[G]) -> dict[str, object]:
    return {
        "ok": True,
        "sets": [
            {
                "exercise": ex,
                "weight": weight,
                "unit": unit,
                "bodyweight": ex in BODYWEIGHT,
                "reps": reps,
                "rpe": rpe,
            }
            for ex, weight, unit, reps, rpe in groups
        ],
    }


@pytest.mark.parametrize(("text", "groups"), ACCEPTED, ids=[t for t, _ in ACCEPTED])
def test_accepted_message_parses_exactly(text: str, groups: list[G]) -> None:
    assert parse(text).to_json() == _expected(groups)


@pytest.mark.parametrize("text", REJECTED)
def test_non_log_is_refused_with_a_reason(text: str) -> None:
    result = parse(text)
    assert result.ok is False, result.to_json()
    assert result.error and len(result.error) < 120


def test_table_is_big_enough() -> None:
    assert len(ACCEPTED) + len(REJECTED) >= 150
    assert len(REJECTED) >= 25


def test_whole_weights_are_ints_in_json() -> None:
    sets = parse("bench 100x5, 102.5x3").to_json()["sets"]
    assert isinstance(sets, list)
    assert [type(s["weight"]) for s in sets] == [int, float]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("100x5", "try 'bench 100x5'"),
        ("is 3x5 enough for squats?", "coach"),
        ("bench", "sets and reps"),
        ("ran 5k", "lifting"),
        ("bench 600kg x 5", "heavy"),
    ],
)
def test_error_sentences_help(text: str, fragment: str) -> None:
    assert fragment in (parse(text).error or "")
