"""Card per gold ask on the v9/v10 dev items the judges marked wrong_card, half_answered or
generic: for each item, whether every gold ask gets a card that answers it (the builder's reading
in tests/data/eval/coach_v9_v10_card_asks.yaml) and whether the answer carries a stray card.
`--v11`: the v11 items the round-ten judges marked wrong_card, generic, too_long, other or
contradiction (coach_v11_card_asks.yaml), with answers over 200 words and wrong first cards too.

    python bench/coach_card_asks.py [--v11] [--list]
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
V11 = "--v11" in sys.argv
LABELS = EVAL / ("coach_v11_card_asks.yaml" if V11 else "coach_v9_v10_card_asks.yaml")
SETS = ("v11",) if V11 else ("v9", "v10")
LONG = 200  # words: past this an answer is padded unless detail was asked


def _questions() -> dict[str, str]:
    items = [i for v in SETS for i in json.loads((EVAL / f"coach_{v}.json").read_text())]
    return {i["id"]: i["question"] for i in items}


def main() -> None:
    labels: dict[str, list[list[str]]] = yaml.safe_load(LABELS.read_text())
    questions = _questions()
    covered = asks = asks_ok = stray = long = wrong_first = 0
    for item, wanted in labels.items():
        reply = coach.answer(questions[item])
        cards = set(reply.cards)
        words = len(reply.answer.split())
        long += words > LONG
        need = [set(a) for a in wanted if a]
        got = [bool(cards & a) for a in need]
        extra = cards - set().union(*need) if need else set()
        asks, asks_ok = asks + len(need), asks_ok + sum(got)
        covered += all(got)
        stray += bool(extra)
        wrong_first += bool(reply.cards) and reply.cards[0] not in set().union(*need)
        if "--list" in sys.argv:
            mark = "ok " if all(got) else "-- "
            print(f"{mark}{item}: {list(reply.cards)} (stray {sorted(extra)}) {words} w")
    print(f"{len(labels)} items: {covered} get a card for every gold ask ({asks_ok}/{asks} asks);")
    print(f"{stray} answers carry a card no gold ask wants")
    print(f"{long} answers over {LONG} words; {wrong_first} first cards answer no gold ask")


if __name__ == "__main__":
    main()
