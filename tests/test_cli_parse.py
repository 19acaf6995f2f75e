"""`spotter parse`: one message from the arguments or JSON lines from stdin."""

from __future__ import annotations

import io
import json

import pytest

from bot.cli.parse import run_parse


def _run(args: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = run_parse(args, io.StringIO(stdin), out)
    return code, out.getvalue()


def test_json_for_one_text() -> None:
    code, out = _run(["--json", "bench 3x5 100kg"])
    assert code == 0
    assert json.loads(out) == {
        "ok": True,
        "sets": [
            {
                "exercise": "bench_press",
                "weight": 100,
                "unit": "kg",
                "bodyweight": False,
                "reps": [5, 5, 5],
                "rpe": None,
            }
        ],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bench 3x5 100kg", "Bench press 3×5 @ 100 kg"),
        ("squat 140x5, 150x3 @9", "Squat 1×5 @ 140\nSquat 1×3 @ 150 RPE 9"),
        ("pull ups +10kg 8/6/5", "Pull-up 8/6/5 @ +10 kg"),
        ("chins 3x8", "Chin-up 3×8 @ bodyweight"),
    ],
)
def test_human_summary(text: str, expected: str) -> None:
    code, out = _run([text])
    assert (code, out.strip()) == (0, expected)


def test_not_a_log_exits_nonzero_with_the_reason() -> None:
    code, out = _run(["--json", "100x5"])
    assert code == 1
    assert json.loads(out)["ok"] is False


def test_json_lines_from_stdin_keep_going_past_bad_lines() -> None:
    stdin = '{"text": "bench 100x5"}\nnot json\n\n{"nope": 1}\n{"text": "ran 5k"}\n'
    code, out = _run(["--json"], stdin)
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["ok"] for r in results] == [True, False, False, False]
    assert results[0]["sets"][0]["exercise"] == "bench_press"


def test_unknown_flag_prints_usage() -> None:
    assert _run(["--nope"])[0] == 2
