"""Should a chat message that is not a set log go to the coach?"""

from __future__ import annotations

import re

from bot.coach import health_words as h
from bot.coach.conditions import names_condition, says_pain
from bot.coach.normalize import normalize

_QUESTION_START = re.compile(
    r"^(how|what|why|when|which|who|where|should|shall|can|could|would|will|is|are|am|do|does"
    r"|did|was|were|any|tips?|advice|help|explain|tell me|recommend|suggest|best|whats|what is"
    r"|is it|hey coach|coach|question|quick question|so)\b"
)
_ASKING_PHRASE = re.compile(
    r"\b(strength or size|size or strength|help me|i want to|i would like to|i need to"
    r"|trying to (get|build|gain|lose)|looking to|how to|how do i|how can i|how much|how many"
    r"|how (fast|long|often|heavy|far|soon|quickly)"
    r"|is it (ok|okay|bad|good|worth)|any (tips|advice)|not sure (if|whether|what|how)"
    r"|wondering|should i|do i need|thoughts|what'?s|what (?:is|are|should|do|does|would)"
    r"|too (?:young|old|advanced|early|much|heavy)|(?:good|ok|okay|safe|fine) for (?:me|my age)"
    r"|is (?:\w+ ){1,2}(?:ok|okay|safe|good|too \w+))\b"
)


def is_question(text: str) -> bool:
    """True for anything the coach should answer (or politely decline), False for chit-chat."""
    if not re.search(r"[A-Za-z]", text):
        return False
    if "?" in text:
        return True
    norm = normalize(text)
    if h.warning_signs(norm) or says_pain(norm) or names_condition(norm):
        return True  # "chest feels tight after deadlifts" is a safety matter, not a failed log
    return bool(_QUESTION_START.search(norm) or _ASKING_PHRASE.search(norm))


# "what about bench", "and squats?": a lift named with no ask. With no answer just before to read
# it against, any card would be a guess, so the coach offers its two likeliest readings.
_BARE_LIFT = re.compile(
    r"(?:(?:and |so |ok )?(?:what|how) about|and|so|hmm|also)? ?(?:the |my )?"
    r"(?:bench(?: press)?|squats?|dead ?lifts?|dl|deads|ohp|overhead press|press|rows?)\s*\?*"
)


def bare_lift(text: str) -> bool:
    """Only a lift's name, maybe after "what about": no ask of its own."""
    return _BARE_LIFT.fullmatch(text.strip().lower()) is not None
