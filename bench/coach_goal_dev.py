"""The coach's goal label on the judged dev sets (v7–v14: 1,440 questions): exact, and gold or
the item's acceptable alternative, per set and in all; `-v` lists the misses.

    .venv/bin/python bench/coach_goal_dev.py [-v] [coach_v12.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import coach  # noqa: E402

SETS = (
    "coach_v7.json",
    "coach_v8.json",
    "coach_v9.json",
    "coach_v10.json",
    "coach_v11.json",
    "coach_v12.json",
    "coach_v13.json",
    "coach_v14.json",
    "coach_v15.json",
)


def _line(name: str, exact: int, either: int, n: int) -> str:
    return (
        f"{name:>14}: goal exact {exact}/{n} = {100 * exact / n:.1f}%, gold or alt {either}/{n}"
        f" = {100 * either / n:.1f}%"
    )


def main(verbose: bool, names: tuple[str, ...]) -> None:
    total = [0, 0, 0]
    for name in names:
        items = json.loads((ROOT / "tests/data/eval" / name).read_text())
        exact = either = 0
        for q in items:
            goal = coach.answer(q["question"]).goal
            exact += goal == q["goal"]
            ok = goal in (q["goal"], q["goal_alt"])
            either += ok
            if verbose and goal != q["goal"]:
                text = q["question"][:100].replace("\n", " ")
                print(q["id"], q["goal"], q["goal_alt"], goal, "ALT" if ok else "", text)
        print(_line(name, exact, either, len(items)), flush=True)
        total = [total[0] + exact, total[1] + either, total[2] + len(items)]
    print(_line("all", *total))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main("-v" in sys.argv, tuple(args) or SETS)
