"""Turn a raw chat question into plain lowercase words the intent rules can match.

Lifters type fast: slang ("swole"), contractions ("whats"), shorthand ("1 rep max") and typos
("strenght"). Everything is mapped onto one spelling here so the rules stay simple.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_CHAR_MAP = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "×": "x", "“": '"', "”": '"'})

# (pattern, replacement), applied in order on lowercase text.
_SLANG: tuple[tuple[str, str], ...] = (
    (r"\bhyper\s?troph\w*|\bhypertroph\w*", "hypertrophy"),
    (r"\b(swole|jacked|yoked|huge|beefy|buff|thicc|massive)\b", "bigger"),
    (r"\bgainz\b", "gains"),
    (r"\bwks?\b", "week"),
    (r"\b(?:wk|week)(\d)\b", r"week \1"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\b(u)\b", "you"),
    # "what do ppl do", "most ppl say": people, not push/pull/legs
    (r"\b(most|some|many|what do|other|lots of|a lot of) ppl\b", r"\1 people"),
    (r"\bppl who\b", "people who"),
    (r"\bppl (use|say|said|think|recommend|mean|usually|follow)\b", r"people \1"),
    (r"\b(ur)\b", "your"),
    (r"\b(r)\b", "are"),
    (r"\bw/", "with "),
    (r"\b(what's|whats|wats|wut is|wat is)\b", "what is"),
    (r"\b(hows|how's)\b", "how is"),
    (r"\b(i'm|im|i am)\b", "i am"),
    (r"\b(i've|ive)\b", "i have"),
    (r"\b(can't|cant|cannot)\b", "can not"),
    (r"\b(don't|dont)\b", "do not"),
    (r"\b(doesn't|doesnt)\b", "does not"),
    (r"\b(isn't|isnt)\b", "is not"),
    (r"\b(won't|wont)\b", "will not"),
    (r"\b(it's|its)\b", "it is"),
    (r"\b(one|1)[\s-]?(rep|rm)[\s-]?max(es)?\b|\b1\s?rm\b|\bone rm\b", "1rm"),
    (r"\b(e1rm|e1 rm|estimated 1rm|est 1rm)\b", "e1rm"),
    (r"\b5\s?/\s?3\s?/\s?1\b|\b5-3-1\b|\b5 3 1\b|\bfive three one\b|\bwendler\b", "531"),
    (r"\bgzclp\b", "gzcl"),
    (r"\bpr's\b", "prs"),
    (r"\breps? in reserve\b", "rir"),
    (r"\brpe\s+rpe\b", "rpe"),  # "@ rpe 8" once "@" is read as "rpe"
    (r"\bmins?\b|\bminutes?\b", "min"),
    (r"\bsecs?\b|\bseconds?\b", "sec"),
    (r"\b(kgs|kilos?)\b", "kg"),
    (r"\b(lbs|pounds?)\b", "lb"),
    (r"\bpowerlift\w*", "powerlifting"),
    (r"\bbody\s?build\w*", "bodybuilding"),
    (r"\bnewb(ie|y|ies)?s?\b|\bnoob\w*", "beginner"),  # not a newborn
)
_SLANG_RE = tuple((re.compile(p), r) for p, r in _SLANG)

# Words the rules care about; a typo of one of these is snapped back to it.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


VOCABULARY: frozenset[str] = _words(
    """
    strength stronger strongest hypertrophy bigger muscle muscles muscular growth growing size
    beginner beginners novice program programme routine powerlifting bodybuilding aesthetic
    aesthetics physique plateau plateaued stalled stuck progress progressing deload failure
    reserve weekly volume should train training lifting lifts heavy heavier lighter weight
    weights bulky rest between difference injury injured shoulder elbow knee pain hurts
    pregnant squat bench deadlift press triples doubles singles compound isolation exercise
    exercises calories protein surplus frequency split recover recovery session sessions
    hypertrophy explain detail weather recipe started starting order first before meet
    competition starting texas method calculate estimate formula classes class
    strong whether better other progressive overload
    """
)
_CHOICES = tuple(sorted(VOCABULARY))  # a fixed order, so typo ties resolve the same in every run
# Real words one typo away from a domain word; left alone.
_KEEP = _words("reset beach eight going doing being heart start sides plate later")


# "102,5 kg", "rpe 8,5", "1,5 yrs": a decimal comma (a lone ",5/,25/,75", not a "12,12,11" list)
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d{1,4}),(5|25|75)(?!\d)(?!,\d)")  # "102,5kg" too
# "@ 165" is a load ("3x3 @ 165"); "@8", "@ 9.5" an RPE
_AT_LOAD = re.compile(r"@\s?(?=(?:1[1-9]|[2-9]\d|\d{3,4})(?:[.,]\d+)?(?!\d))")


def at_signs(text: str) -> str:
    """'@' read as the lifter means it: 'at' before a load, 'rpe' before an effort."""
    return _AT_LOAD.sub(" at ", text).replace("@", " rpe ")


def normalize(text: str) -> str:
    """Lowercase, unify punctuation, expand slang and fix typos of domain words."""
    lowered = _DECIMAL_COMMA.sub(r"\1.\2", text.translate(_CHAR_MAP).lower())
    for pattern, replacement in _SLANG_RE:
        lowered = pattern.sub(replacement, lowered)
    cleaned = re.sub(r"[^a-z0-9%/?.'+\s-]", " ", lowered)
    words = [_fix_typo(word) for word in cleaned.split()]
    return " ".join(words)


@lru_cache(maxsize=4096)
def _fix_typo(word: str) -> str:
    """Snap a misspelt domain word ("strenght", "hypertrohpy") to its right spelling."""
    core = word.strip("?.'")
    if len(core) < 5 or not core.isalpha() or core in VOCABULARY or core in _KEEP:
        return word
    allowed = 1 if len(core) < 8 else 2  # a swap, drop or extra letter; two in long words
    match = process.extractOne(
        core, _CHOICES, scorer=DamerauLevenshtein.distance, score_cutoff=allowed
    )
    if match is None or match[0][0] != core[0]:
        return word
    return word.replace(core, match[0])
