"""The bank of answer cards: one card answers one specific ask (COACHING.md in our words).

Cards live in `bot/coach/cards/*.yaml` (package data). Each card holds its answer text, the goal
it implies, the facts it must state, optional programme / lift / calculator tags, and the team's
phrasings of its question, which are what the ranker learns from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, cast

import yaml

from bot.coach.models import GoalLabel

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when libyaml is there
GOALS: frozenset[str] = frozenset({"strength", "hypertrophy", "both", "none"})


@dataclass(frozen=True)
class Card:
    """One answer: its text, the goal it implies and the phrasings that ask for it."""

    id: str
    topic: str
    goal: GoalLabel
    title: str
    text: str
    asks: tuple[str, ...]
    facts: tuple[str, ...] = ()
    program: str | None = None
    calc: str | None = None
    personal: str | None = None
    goal_buttons: bool = False


@dataclass(frozen=True)
class Bank:
    """All cards, by id, in file order."""

    cards: tuple[Card, ...]

    def get(self, card_id: str) -> Card | None:
        return _index(self).get(card_id)

    def sibling(self, topic: str, goal: str) -> Card | None:
        """The card of the same topic for another goal ("…and for size?")."""
        for card in self.cards:
            if card.topic == topic and card.goal == goal:
                return card
        return None


@lru_cache(maxsize=4)
def _index(bank: Bank) -> dict[str, Card]:
    return {card.id: card for card in bank.cards}


def _card(raw: dict[str, Any], source: str) -> Card:
    goal = str(raw.get("goal", "both"))
    if goal not in GOALS:
        raise ValueError(f"{source}: card {raw.get('id')} has unknown goal {goal!r}")
    return Card(
        id=str(raw["id"]),
        topic=str(raw.get("topic", raw["id"])),
        goal=cast(GoalLabel, goal),
        title=str(raw["title"]),
        text=" ".join(str(raw["text"]).split()),
        asks=tuple(str(a) for a in raw["asks"]),
        facts=tuple(str(f) for f in raw.get("facts", ())),
        program=raw.get("program"),
        calc=raw.get("calc"),
        personal=raw.get("personal"),
        goal_buttons=bool(raw.get("goal_buttons", False)),
    )


@lru_cache(maxsize=1)
def load_bank() -> Bank:
    """Read every card file once; ids must be unique."""
    cards: list[Card] = []
    more: dict[str, list[str]] = {}
    folder = resources.files("bot.coach") / "cards"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        for raw in yaml.load(entry.read_text(encoding="utf-8"), Loader=_LOADER) or ():
            if "extends" in raw:  # more phrasings for a card defined elsewhere
                more.setdefault(str(raw["extends"]), []).extend(str(a) for a in raw["asks"])
            else:
                cards.append(_card(raw, entry.name))
    unknown = sorted(set(more) - {c.id for c in cards})
    if unknown:
        raise ValueError(f"phrasings for unknown cards: {unknown}")
    cards = [replace(c, asks=(*c.asks, *more.get(c.id, ()))) for c in cards]
    ids = [c.id for c in cards]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate card ids: {dupes}")
    return Bank(tuple(cards))
