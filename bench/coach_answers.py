"""Answer every question of a coach set with this checkout's coach, one JSON line each, for a
judge to read (the judge never sees the code; the builder never sees a blind set's answers).

    python bench/coach_answers.py tests/data/eval/coach_v8.json /tmp/answers.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import coach


def main(questions: str, out: str) -> None:
    items = json.loads(Path(questions).read_text(encoding="utf-8"))
    with Path(out).open("w", encoding="utf-8") as f:
        for item in items:
            a = coach.answer(item["question"])
            row = {
                "id": item["id"],
                "question": item["question"],
                "goal": a.goal,
                "topic": a.topic,
                "cards": list(a.cards),
                "answer": a.answer,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(items)} answers -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
