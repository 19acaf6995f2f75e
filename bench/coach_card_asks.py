"""Card per gold ask on the v9/v10 dev items the judges marked wrong_card, half_answered or
generic: for each item, whether every gold ask gets a card that answers it (the builder's reading
in tests/data/eval/coach_v9_v10_card_asks.yaml) and whether the answer carries a stray card.

    python bench/coach_card_asks.py [--list]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import coach  # noqa: E402

EVAL = ROOT / "tests/data/eval"
LABELS = EVAL / "coach_v9_v10_card_asks.yaml"


def _questions() -> dict[str, str]:
    items = [i for v in ("v9", "v10") for i in json.loads((EVAL / f"coach_{v}.json").read_text())]
    return {i["id"]: i["question"] for i in items}


def main() -> None:
    labels: dict[str, list[list[str]]] = yaml.safe_load(LABELS.read_text())
    questions = _questions()
    covered = asks = asks_ok = stray = 0
    for item, wanted in labels.items():
        cards = set(coach.answer(questions[item]).cards)
        need = [set(a) for a in wanted if a]
        got = [bool(cards & a) for a in need]
        extra = cards - set().union(*need) if need else set()
        asks, asks_ok = asks + len(need), asks_ok + sum(got)
        covered += all(got)
        stray += bool(extra)
        if "--list" in sys.argv:
            mark = "ok " if all(got) else "-- "
            print(f"{mark}{item}: {sorted(cards)} (stray {sorted(extra)})")
    print(f"{len(labels)} items: {covered} get a card for every gold ask ({asks_ok}/{asks} asks);")
    print(f"{stray} answers carry a card no gold ask wants")


if __name__ == "__main__":
    main()
