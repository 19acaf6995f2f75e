"""The coach's goal label on the judged dev sets (v7–v11: 900 questions): exact, and gold or
the item's acceptable alternative; `-v` lists the misses.

    .venv/bin/python bench/coach_goal_dev.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import coach  # noqa: E402

SETS = ("coach_v7.json", "coach_v8.json", "coach_v9.json", "coach_v10.json", "coach_v11.json")


def main(verbose: bool) -> None:
    items = [q for name in SETS for q in json.loads((ROOT / "tests/data/eval" / name).read_text())]
    exact = either = 0
    for q in items:
        goal = coach.answer(q["question"]).goal
        exact += goal == q["goal"]
        ok = goal in (q["goal"], q["goal_alt"])
        either += ok
        if verbose and not ok:
            print(q["id"], q["goal"], q["goal_alt"], goal, q["question"][:100].replace("\n", " "))
    n = len(items)
    print(
        f"goal exact {exact}/{n} = {100 * exact / n:.1f}%, gold or alt {either}/{n} = "
        f"{100 * either / n:.1f}%"
    )


if __name__ == "__main__":
    main("-v" in sys.argv)
