"""`spotter ask`: plain and JSON output as SPEC fixes them."""

from __future__ import annotations

import io
import json

from bot.cli.ask import run_ask


def test_json_mode_prints_spec_shape() -> None:
    out = io.StringIO()
    code = run_ask(["--json", "How many reps for size?"], out)
    payload = json.loads(out.getvalue())
    assert code == 0
    assert {"goal", "topic", "answer"} <= set(payload)
    assert payload["goal"] == "hypertrophy"
    assert payload["topic"] == "rep_range"
    assert payload["cards"] == ["reps_size"]
    assert 0 < payload["confidence"] <= 1
    assert "6–15" in payload["answer"]


def test_plain_mode_prints_only_the_answer() -> None:
    out = io.StringIO()
    assert run_ask(["how", "long", "should", "I", "rest", "between", "heavy", "triples?"], out) == 0
    text = out.getvalue()
    assert "3–5 min" in text
    assert not text.lstrip().startswith("{")


def test_no_question_is_a_usage_error() -> None:
    out = io.StringIO()
    assert run_ask(["--json"], out) == 2
    assert "usage" in out.getvalue()
