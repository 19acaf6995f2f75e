"""Held-out accuracy of the coach's ranker: k-fold cross-validation over the cards' phrasings.

Each fold leaves out every k-th phrasing of every card (titles always stay in), fits the ranker on
the rest and ranks the phrasings left out: top-1 / top-3 say how well the ranker reads a wording
it has never seen. "pipeline" is the card the coach picks for it with that ranker (the details
read from the phrasing refine the ranker's pick: a goal's sibling card, a programme's card).
Run: `python bench/ranker_cv.py [FOLDS] [PAIRS]` (5 folds, 40 confused pairs by default; ~30 s).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.coach import read
from bot.coach.cardbank import Bank, load_bank
from bot.coach.ranker import Ranker
from bot.coach.select import pick


def _fold(bank: Bank, k: int, folds: int) -> tuple[Bank, list[tuple[str, str]]]:
    """The bank without phrasing i of each card where i % folds == k, and those left out."""
    kept, held = [], []
    for card in bank.cards:
        asks = [a for i, a in enumerate(card.asks) if i % folds != k]
        held += [(a, card.id) for i, a in enumerate(card.asks) if i % folds == k]
        kept.append(replace(card, asks=tuple(asks)))
    return Bank(tuple(kept)), held


def main() -> None:
    folds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    bank = load_bank()
    top1 = top3 = piped = total = 0
    confused: Counter[tuple[str, str]] = Counter()
    for k in range(folds):
        train, held = _fold(bank, k, folds)
        ranker = Ranker(train)
        for text, card in held:
            ranked = [r.card for r in ranker.rank(text, top=3)]
            top1 += ranked[0] == card
            top3 += card in ranked
            piped += pick(bank, ranker, text, "", read(text), None, text).card.id == card
            total += 1
            if ranked[0] != card:
                confused[(card, ranked[0])] += 1
    print(f"{len(bank.cards)} cards, {total} phrasings, {folds} folds")
    print(f"held-out top-1 {top1 / total:.1%}  top-3 {top3 / total:.1%}", end="  ")
    print(f"pipeline {piped / total:.1%}")
    print("most confused (gold -> picked):")
    for (gold, got), n in confused.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 40):
        print(f"  {n:3d}  {gold} -> {got}")


if __name__ == "__main__":
    main()
