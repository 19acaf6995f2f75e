"""Sum up judged coach answers (one JSONL line per question, as tests/data/eval/*_judged.jsonl):
goal right (and with the alternative goal), required facts present, asks answered, fully right,
and answers contradicting COACHING.md.

    python bench/coach_score.py tests/data/eval/coach_v8_round7_judged.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


def score(path: str) -> dict[str, str]:
    rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x]
    facts = [f for r in rows for f in r["facts"]]
    n = len(rows)
    return {
        "questions": str(n),
        "goal": _pct(sum(bool(r["goal_ok"]) for r in rows), n),
        "goal_alt": _pct(sum(bool(r["goal_ok_alt"]) for r in rows), n),
        "facts": _pct(sum(f["verdict"] == "present" for f in facts), len(facts)),
        "asks": _pct(sum(bool(r["asks_ok"]) for r in rows), n),
        "fully": _pct(sum(bool(r["fully_right"]) for r in rows), n),
        "fully_alt": _pct(sum(bool(r["fully_right_goal_alt"]) for r in rows), n),
        "fully_goal_ignored": _pct(sum(bool(r["fully_right_ignoring_goal"]) for r in rows), n),
        "contradictions": str(sum(bool(r["contradiction"]) for r in rows)),
    }


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, score(p))
