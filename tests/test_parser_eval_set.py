"""The evaluation sets with SPEC.md gold as floors, scored set by set — exercise, weight, unit,
bodyweight, reps, RPE: parser_v1 (the independent evaluator's, 99%) and parser_v2 (lines other
loggers' users wrote, 205 of them, gold frozen blind; 99.0% after its fixes, floor 97%)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.parser import parse

EVAL_DIR = Path(__file__).parent / "data" / "eval"
FLOORS = {"parser_v1.jsonl": 0.99, "parser_v2.jsonl": 0.97}
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


@pytest.mark.parametrize(("name", "floor"), FLOORS.items())
def test_the_parser_eval_set_holds_its_floor(name: str, floor: float) -> None:
    lines = (EVAL_DIR / name).read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line]
    misses = [i["text"] for i in items if not _matches(i["expected"], parse(i["text"]).to_json())]
    score = 1 - len(misses) / len(items)
    assert score >= floor, (f"{score:.1%}", misses)


def test_no_v2_line_that_is_not_a_log_becomes_one() -> None:
    lines = (EVAL_DIR / "parser_v2.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line]
    logged = [i["text"] for i in items if not i["expected"]["ok"] and parse(i["text"]).ok]
    assert not logged
