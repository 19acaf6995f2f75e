"""The coach: offline answers to lifters' goal questions (strength, size, reps, rest, sets…).

Pure domain code: rule-based intent detection, fixed answer texts grounded in COACHING.md, and
personal lines built from the lifter's own numbers. Deterministic and fast (well under 50 ms).
"""

from __future__ import annotations

from bot.coach.intent import Intent, detect
from bot.coach.models import CoachAnswer, GoalLabel, LifterContext, LiftSnapshot
from bot.coach.normalize import normalize
from bot.coach.personal import personal_lines
from bot.coach.routing import is_question
from bot.coach.texts import WHY, topic_text

__all__ = [
    "CoachAnswer",
    "GoalLabel",
    "LiftSnapshot",
    "LifterContext",
    "answer",
    "is_question",
]

_CAVEATS: dict[str, str] = {
    "minor": (
        "Since you're under 18, I can only give general advice: learn technique with a "
        "qualified coach or PE teacher, and check with a doctor if you have health concerns."
    ),
    "pregnancy": (
        "During pregnancy I can only give general advice: please clear your training with "
        "your doctor or midwife first, and follow what they say over anything here."
    ),
    "medical": (
        "With a medical condition I can only give general advice: check with your doctor "
        "before changing your training, and follow their guidance over mine."
    ),
}
_NO_WHY = frozenset({"safety", "off_topic", "unclear", "nutrition", "programs", "e1rm"})
GOAL_BUTTON_TOPICS = frozenset({"strength_vs_size"})


def answer(question: str, ctx: LifterContext | None = None) -> CoachAnswer:
    """Answer one question; with a context, quote the lifter's own loads, reps and block."""
    norm = normalize(question)
    intent = detect(norm)
    parts = [_caveat(intent), topic_text(intent.topic, intent.goal, norm)]
    if intent.detail and intent.topic not in _NO_WHY:
        parts.append(WHY[intent.goal])
    if ctx is not None:
        personal = personal_lines(intent.topic, intent.goal, norm, ctx)
        if personal:
            parts.append("\n".join(personal))
    text = "\n\n".join(part for part in parts if part)
    return CoachAnswer(
        goal=intent.goal,
        topic=intent.topic,
        answer=text,
        offer_goal_buttons=intent.topic in GOAL_BUTTON_TOPICS,
    )


def _caveat(intent: Intent) -> str:
    return _CAVEATS[intent.caveat] if intent.caveat else ""
