"""Right-card rate on hand-labelled dev items: each ask's acceptable cards, read from its gold asks.

    python bench/coach_answers.py tests/data/eval/coach_v14.json /tmp/v14.jsonl   (and v13)
    python bench/coach_card_labels.py /tmp/v13.jsonl /tmp/v14.jsonl

"covered": every ask has one of its cards in the answer; "right": covered and no card outside
them (an appended stranger's paragraph is judged wrong_card). Labels:
tests/data/eval/coach_v13_v14_card_labels.json (round thirteen's wrong-card / half-answered items).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LABELS = Path(__file__).resolve().parents[1] / "tests/data/eval/coach_v13_v14_card_labels.json"


def main(answer_files: list[str]) -> None:
    labels: dict[str, list[list[str]]] = json.loads(LABELS.read_text(encoding="utf-8"))
    cards: dict[str, list[str]] = {}
    for name in answer_files:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            cards[row["id"]] = row["cards"]
    covered = right = 0
    for item, asks in labels.items():
        got = cards[item]
        fits = set().union(*asks)
        ok = all(any(c in got for c in ask) for ask in asks)
        clean = ok and all(c in fits for c in got)
        covered, right = covered + ok, right + clean
        if not clean:
            print(f"{item:10} {'extra' if ok else 'MISS '} {got}  want {asks}")
    n = len(labels)
    print(f"{n} items: covered {covered} ({covered / n:.0%}), right {right} ({right / n:.0%})")


if __name__ == "__main__":
    main(sys.argv[1:])
