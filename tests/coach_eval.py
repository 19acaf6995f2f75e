"""Meaning-level scoring of the coach on a question bank (JSON lines).

Each line: {"q", "cards": [acceptable card ids], "goal" (or a list: goals either of which is
fair), "facts": [regexes], "all"?: true when every listed card must be answered (a multi-part
question), "program"?: the lifter's programme}.
Scores: right card(s); goal; every required fact present; answers the ask (right card(s) and
not a "which did you mean?" reply); fully right (all of them).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.coach import LifterContext, answer

DATA = Path(__file__).parent / "data"


@dataclass
class Score:
    total: int = 0
    card: int = 0
    goal: int = 0
    facts: int = 0
    asks: int = 0
    full: int = 0
    misses: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        n = max(self.total, 1)
        return {
            "right_card": self.card / n,
            "goal": self.goal / n,
            "facts": self.facts / n,
            "answers_ask": self.asks / n,
            "fully_right": self.full / n,
        }


def load(name: str) -> list[dict[str, object]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score(rows: list[dict[str, object]]) -> Score:
    s = Score()
    for row in rows:
        program = row.get("program")
        ctx = LifterContext(program=str(program)) if program else None
        reply = answer(str(row["q"]), ctx)
        expected = [str(c) for c in row["cards"]]  # type: ignore[union-attr]
        if row.get("all"):
            card_ok = set(expected) <= set(reply.cards)
        else:
            card_ok = bool(reply.cards) and reply.cards[0] in expected
        card_ok = card_ok and not reply.choices
        accepted = row["goal"] if isinstance(row["goal"], list) else [row["goal"]]
        goal_ok = "any" in accepted or reply.goal in accepted  # a list: either reading is fair
        facts_ok = all(re.search(str(f), reply.answer) for f in row["facts"])  # type: ignore[union-attr]
        s.total += 1
        s.card += card_ok
        s.goal += goal_ok
        s.facts += facts_ok
        s.asks += card_ok
        s.full += card_ok and goal_ok and facts_ok
        if not (card_ok and goal_ok and facts_ok):
            s.misses.append(
                f"{row['q']!r}: {reply.cards} {reply.goal} (want {expected} {row['goal']})"
            )
    return s
