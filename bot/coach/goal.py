"""The goal decision (SPEC "Coach", COACHING 4.8), separate from which card answers.

* `none` for definitions, comparisons, maths and off-topic cards, whatever the asker says; a
  pain card carries the goal the asker states ("my knee hurts, I want bigger quads").
* `both` for anyone who wants both at once, and for beginners.
* otherwise what the asker wants; "I don't want to get bulky" alone means strength without size.
* with no goal stated, the goal the card implies.
"""

from __future__ import annotations

from bot.coach.cardbank import Card
from bot.coach.extract import Details
from bot.coach.models import GoalLabel


def decide_goal(card: Card, d: Details) -> GoalLabel:
    if card.topic == "safety" and (d.wants or d.avoids_size):
        return _stated(card, d)  # "my knee hurts, I want to get stronger": the goal still holds
    if card.goal == "none" or "compare_goals" in d.asked.wants:
        return "none"  # a comparison of strength and size work is general knowledge
    return _stated(card, d)


def _stated(card: Card, d: Details) -> GoalLabel:
    if card.goal == "none" and d.wants is None and not d.avoids_size:
        return "none"
    if d.wants == "both" or d.beginner:
        return "both"
    if d.wants == "strength":
        return "strength"
    if d.wants == "hypertrophy":
        return "strength" if d.avoids_size and card.goal == "strength" else "hypertrophy"
    if d.avoids_size:
        return "strength"
    return card.goal
