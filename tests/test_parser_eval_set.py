"""The independent evaluator's parser set (tests/data/eval/parser_v1.jsonl, SPEC.md gold) as a
floor: set by set — exercise, weight, unit, bodyweight, reps, RPE — at least 99% must match."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.parser import parse

EVAL = Path(__file__).parent / "data" / "eval" / "parser_v1.jsonl"
FLOOR = 0.99
FIELDS = ("exercise", "unit", "bodyweight", "reps")


def _sets(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per set: `100x5, 100x5` and `2x5 @ 100` compare alike."""
    return [{**g, "reps": [r]} for g in groups for r in (g.get("reps") or [])]


def _close(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.01  # type: ignore[arg-type]


def _matches(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    if bool(got.get("ok")) != bool(gold["ok"]):
        return False
    if not gold["ok"]:
        return True
    want, have = _sets(gold["sets"]), _sets(got.get("sets") or [])
    return len(want) == len(have) and all(
        all(w.get(f) == h.get(f) for f in FIELDS)
        and _close(w.get("weight"), h.get("weight"))
        and _close(w.get("rpe"), h.get("rpe"))
        for w, h in zip(want, have, strict=True)
    )


def test_the_evaluators_parser_set_holds_its_floor() -> None:
    items = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line]
    misses = [i["text"] for i in items if not _matches(i["expected"], parse(i["text"]).to_json())]
    score = 1 - len(misses) / len(items)
    assert score >= FLOOR, (f"{score:.1%}", misses)
