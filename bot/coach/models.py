"""The coach's public value types: what it knows about the lifter and what it answers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GoalLabel = Literal["strength", "hypertrophy", "both", "none"]


@dataclass(frozen=True)
class LiftSnapshot:
    """One lift's current numbers, so answers can quote the lifter's own loads."""

    exercise: str
    name: str
    e1rm_kg: float
    recent_reps: tuple[int, ...] = ()


@dataclass(frozen=True)
class LifterContext:
    """What the bot knows about the asker; defaults match a brand-new user.

    `program` is the named programme the lifter runs ("auto|531|gzclp|stronglifts|ss|texas|ppl"),
    None when unknown; programme cards prefer it.
    """

    unit: Literal["kg", "lb"] = "kg"
    goal: Literal["strength", "hypertrophy", "both"] = "both"
    experience: Literal["novice", "intermediate", "advanced"] = "novice"
    block: str | None = None
    lifts: tuple[LiftSnapshot, ...] = ()
    program: str | None = None


@dataclass(frozen=True)
class Choice:
    """One likely reading of an unclear question, offered as a button."""

    card: str
    title: str


@dataclass(frozen=True)
class CoachAnswer:
    """The coach's reply plus the labels the CLI and the chat handler need."""

    goal: GoalLabel
    topic: str
    answer: str
    offer_goal_buttons: bool = False
    cards: tuple[str, ...] = ()
    confidence: float = 1.0
    choices: tuple[Choice, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The SPEC shape for `spotter ask --json`, plus the chosen cards and the confidence."""
        return {
            "goal": self.goal,
            "topic": self.topic,
            "answer": self.answer,
            "cards": list(self.cards),
            "confidence": round(self.confidence, 3),
        }
