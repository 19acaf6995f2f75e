"""A later part of a multi-part message: its own card, or none when it only leans on the ask
before it ("which one do I use? the highest?").

The first part's card is never taken again: a later part that reads as it gets its likeliest
other reading — the next in context or the part read alone — when that reading is plausible.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.asks import Asks
from bot.coach.cardbank import Bank
from bot.coach.extract import Details
from bot.coach.gym_words import GYM_WORDS
from bot.coach.normalize import normalize
from bot.coach.prog_situation import SITUATED_CLASHES
from bot.coach.ranker import default_ranker
from bot.coach.refine import GOAL_TOPICS, refine
from bot.coach.select import OFF_TOPIC, SHORT_ASK, SURE, Pick, pick
from bot.coach.support import supported, topic_words

OFF_WORDS = 4  # "who won last night" and longer: enough words to be an ask of its own
_DIGIT = re.compile(r"\d")
VAGUE = 0.3  # a short later part this unclear on its own is read with the part before it
NEXT_READING = 0.1  # a later part's next reading in context, if its first is already answered
ALONE = 0.2  # a later part read alone: this sure, it is an ask of its own, not a fragment
OFF_TOPIC_WORDS = 4  # "and how long?" is a follow-up, not a message about something else
BARE_WORDS = 5  # "what would u do instead" says nothing on its own either
# A one-word ask in a list ("bench day tomorrow. rest? sets? reps?"): the card the word means; a
# ranker reads so few letters poorly, and the context around it (a lift, a day) is not the ask.
ONE_WORD_CARDS = {
    "rest": "rest_general",
    "sets": "volume_general",
    "volume": "volume_general",
    "reps": "reps_general",
    "deload": "deload_how",
    "protein": "protein_target",
    "frequency": "days_per_week",
    "days": "days_per_week",
    "warmups": "warmup_sets",
    "warm ups": "warmup_sets",
}
_BARE = frozenset(
    [
        "what",
        "whats",
        "what's",
        "how",
        "do",
        "does",
        "i",
        "now",
        "much",
        "many",
        "else",
        "then",
        "so",
        "next",
        "which",
        "is",
        "it",
        "that",
        "this",
        "should",
        "the",
        "to",
        "and",
        "or",
        "about",
        "me",
        "we",
        "you",
        "u",
        "would",
        "instead",
        "here",
    ]
)
# "% of max for 10 reps? and for 3?", "…4 days? and what if only 3": the same ask again with
# another number, the same card's.
_AGAIN = re.compile(
    r"^\W*(?:and|or|also)?\s*(?:what about|how about|what if(?: only| just)?"
    r"(?: i'?d| i)?(?: only| just)?(?: got| get| did| hit| had| do)?)?\s*"
    r"(?:for|at|with)?\s*\d+(?:\.\d+)?"
    r"\s*(?:reps?|sets?|kgs?|lbs?|%)?\W*$",
    re.IGNORECASE,
)
# Broad cards that never answer a short follow-up to a specific card: "…how long", "…is it
# still 5x3", "…and what if only 3" lean on the first card, which already says it ("…and how
# long rest?" names its card's word: its own ask).
BROAD = frozenset(
    {"time_to_results", "exercise_order", "eights_for_strength"}
    | {"strength_on_cut", "autoregulation", "rest_general", "reps_general", "frequency_size"}
    | {"frequency_strength", "weight_classes", "w531_tm_increment", "first_stall_rule"}
)
BROAD_SURE = 0.4  # a broad card this sure of a short part is its own ask ("how many reps")
# A later card that would contradict an earlier card's prescription: a deload then "keep
# training heavy" / "repeat the weight" / an RPE load; a lowered TM then loads from the old one;
# the advanced stall rule then the intermediate one; a working e1RM then a second e1RM figure.
_DELOAD = frozenset({"deload_how", "deload_numbers", "deload_when", "deload_pull_forward"})
_DELOAD_CLASH = frozenset(
    {"strength_on_cut", "bad_day", "autoregulation", "load_for_reps_rpe", "rpe_targets"}
)
_TM_DOWN = frozenset({"w531_miss_rule", "w531_fail", "w531_5fwd3back"})
CLASHES: dict[str, frozenset[str]] = {
    **{card: _DELOAD_CLASH for card in _DELOAD | {"fatigue_signs", "after_deload"}},
    **{card: frozenset({"w531_tm_increment", "w531_tm", "w531_pct_of_tm"}) for card in _TM_DOWN},
    "advanced_stall": frozenset({"first_stall_rule", "second_stall_rule", "lp_fail_rule"}),
    "e1rm_median_work": frozenset({"e1rm_from_set", "session_e1rm"}),
    "gzclp_t1_fail": frozenset({"size_strength_crossover", "lp_fail_rule"}),
    **SITUATED_CLASHES,
}
# An earlier card that already holds a later card's answer: the split for size by days names the
# split for those days; the strength prescription its 3–5 min rest; the beginner programmes'
# comparison (or a beginner's days card) the beginner template.
_SPLITS = frozenset(
    {"split_choice", "days_per_week", "ppl_split", "frequency_size", "beginner_split"}
)
# Two GZCLP T2 cards state the same stage ladder; push/pull/legs already gives its frequency, split
# and weekly sets for size; the weight-class card its own scaling formula (not an e1RM one).
_T2 = frozenset({"gzclp_t2_progress", "gzclp_t2_fail"})
COVERS: dict[str, frozenset[str]] = {
    **{card: _T2 - {card} for card in _T2},
    "ppl_split": frozenset({"frequency_size", "volume_size", "split_size_days"}),
    "weight_classes": frozenset({"formula_ranges", "e1rm_formulas"}),
    "split_size_days": _SPLITS,
    "beginner_too_many_days": _SPLITS | {"substitutes", "beginner_programme"},
    "reps_strength": frozenset({"rest_general"}),
    "sl_vs_ss": frozenset(
        {"beginner_too_many_days", "beginner_reps_not_bulky", "beginner_programme"}
    ),
}
# "…and does it matter for a normal lifter", "what is that in 5/3/1 terms": a part whose subject
# is the ask before it (not "is that chart the same for everyone", which names its own).
_POINTS_BACK = re.compile(
    r"^\W*(?:(?:and|but|so|also)\s+)?(?:(?:does|do|is|would|will|can|could|did)\s+(?:it|that|this"
    r"|those|these)|(?:what|whats|what's|how)\s+(?:is |does |would )?(?:it|that|this))"
    r"(?!\s+\w+(?:\s+\w+)?\s+(?:to|if|when)\b)"  # "is it ok to do cardio" asks of its own
    r"(?=\W*$|\s+(?:a|an|really|actually|even|just|true|right|real|normal|ok|okay|bad|good|matter"
    r"|mean|count|work|make|help|in|for|still|worth|legit|safe|fine|the same)\b)",
    re.IGNORECASE,
)
# "…does periodising matter? for size or strength or both": only goals named, each the ask before's
# question again (its card compares them); "…and for size?" names one goal: that goal's card.
_GOAL = r"(?:size|strength|both|muscle|hypertrophy|growth|power|looks)"
_GOALS_ONLY = re.compile(
    rf"^\W*(?:(?:and|or|but|also|so)\s+)?(?:for|in|on)?\s*{_GOAL}"
    rf"(?:\s*(?:,|/|\bor\b|\band\b|\bvs\.?|\bversus\b)+\s*(?:for\s+)?{_GOAL})+\W*$",
    re.IGNORECASE,
)
_ONE_WORD = re.compile(r"^\W*(?:and |also |plus )?([a-z ]+?)\s*\?\W*$")
_ASKING = re.compile(
    r"^\W*((and|or|but|also|plus)\s+)?(how|what|whats|which|when|why|where|who|should|can|is|are"
    r"|do|does|rest|sets|reps)\b",
    re.IGNORECASE,
)


def later_card(
    bank: Bank,
    asks: Asks,
    i: int,
    p: Pick,
    picks: list[Pick],
    own: Details,
    d: Details,
    program: str | None,
    question: str,
) -> Pick | None:
    """Part i's card given the earlier parts' picks, from its first reading p; None when the
    part adds no ask of its own."""
    part = asks.parts[i]
    word = _ONE_WORD.match(part.lower())
    card = bank.get(ONE_WORD_CARDS.get(word.group(1), "")) if word and len(asks.parts) > 1 else None
    if card is not None:
        p = Pick(refine(bank, card, d, program, normalize(question)), 1.0, p.ranked)
    vague = p.confidence < VAGUE or p.card.id == OFF_TOPIC
    leans = (vague and _POINTS_BACK.search(part)) or _GOALS_ONLY.match(part)
    if i and picks and leans:
        return None  # "…and is that a real thing?": the ask before, whose card answers it
    if p.card.id == OFF_TOPIC and len(asks.parts) > 1 and GYM_WORDS.search(part.lower()):
        p = alone_reading(bank, picks, part, d, program, question) or p  # "bench day. sets?"
    elif p.card.id == OFF_TOPIC and i and _off_gym(part) and _aside(part):
        return p  # "…also who's winning the game?": one short off-topic line, not dropped
    if picks and said_before(p, part, own, picks):
        return None
    if i and picks and _AGAIN.match(part):  # "…for 10 reps? and for 3?", "…what if I'd got 8"
        return replace(picks[-1], ranked=p.ranked)  # the earlier card's ask: its words join it
    bare = _few_bare_words(part)  # "…what would u do instead" leans on the ask before
    if i and len(part.split()) < SHORT_ASK and (p.confidence < VAGUE or bare):
        again = with_before(bank, asks, i, p, picks, d, program, question)
        again = again or alone_reading(bank, picks, part, d, program, question)  # its own words
        if again is None:
            return None  # an earlier part's card already answers it
        p = again
    if any(p.card.id == q.card.id for q in picks):  # "…how many days and what reps?"
        mine = replace(d, asked=replace(d.asked, wants=own.asked.wants))  # not the e1rm again
        p = another(bank, p, picks, part, mine, program, question)
    if picks and p.card.id == OFF_TOPIC and not _aside(part):
        return None  # "…should i be worried or change something" leans on the ask before
    if picks and _guessed(p) and not supported(part, p.card, p.confidence, own):
        return None  # a runner-up guess its ask names nothing of: no paragraph of its own
    return None if picks and covered(p, part, picks) else p


def _off_gym(part: str) -> bool:
    """A later part with nothing of the gym in it ("who won the game last night"): its own
    off-topic ask, not a fragment leaning on the part before."""
    words = part.lower()
    gym = GYM_WORDS.search(words) or _DIGIT.search(words)
    return len(words.split()) >= OFF_WORDS and not gym


def _guessed(p: Pick) -> bool:
    """The ranker's own reading, not one the message's details chose ("…protein and calories?"
    on a lean bulk is the gain-rate card though the words alone read as another)."""
    return p.card.id != OFF_TOPIC and (not p.ranked or p.ranked[0].card == p.card.id)


def _aside(part: str) -> bool:
    """A later part read as off-topic is a real aside ("also who's winning the superbowl") only
    with no gym word or number and a word naming a topic of its own: "train tomorrow with light
    weight?" or "should i be worried or change something" lean on the message's training ask."""
    trains = (m.group(0) for m in GYM_WORDS.finditer(part.lower()))
    gym = any(w not in _SPORTS for w in trains) or _DIGIT.search(part)
    return not gym and bool(topic_words(part))


# Sports lifters train for: gym words in a training ask, but "who won the football" is no lifting.
_SPORTS = frozenset({"football", "soccer", "rugby", "hockey", "sport", "sports", "player", "mma"})


def covered(p: Pick, part: str, picks: list[Pick]) -> bool:
    """An appended card no ask wants: one that would contradict an earlier card's prescription,
    or a broad card read, unsure, into a short part that leans on the first card."""
    if any(p.card.id in CLASHES.get(q.card.id, frozenset()) for q in picks):
        return True
    if any(p.card.id in COVERS.get(q.card.id, frozenset()) for q in picks):
        return True
    short = len(part.split()) < SHORT_ASK
    named = any(w in part.lower() for w, c in ONE_WORD_CARDS.items() if c == p.card.id)
    return short and not named and p.card.id in BROAD and p.confidence < BROAD_SURE


def said_before(p: Pick, part: str, own: Details, picks: list[Pick]) -> bool:
    """A later part the earlier answers already cover: "…and without the RPE?" (the e1RM line
    says), or a fragment of the ask before ("which one do I use? the highest?") that reads as
    that ask's card again or, having no training word, as off-topic. "…deload too?" has a
    training word of its own: it gets its own card (`another`)."""
    if own.asked.wants == {"no_rpe"}:
        return True
    both = any(q.card.goal == "both" and q.card.topic in GOAL_TOPICS for q in picks)
    if both and "compare_goals" in own.asked.wants and p.confidence < VAGUE:
        return True  # "…for strength vs for muscle": the both-goals card already compares them
    if len(part.split()) >= OFF_TOPIC_WORDS or any(ch.isdigit() for ch in part):
        return False
    if any(p.card.id == q.card.id for q in picks):
        return _fragment(part)
    if p.card.id != OFF_TOPIC:
        return False
    alone = default_ranker().rank(part)[0]  # "…and bitcoin?" is off-topic on its own words
    return alone.card != OFF_TOPIC or alone.score < SURE


def _fragment(part: str) -> bool:
    """Words that only lean on the ask before ("the highest?", "am i wrong"): no question word
    like "how"/"rest" and no training word of their own."""
    return not _ASKING.search(part) and not GYM_WORDS.search(part.lower())


def with_before(
    bank: Bank,
    asks: Asks,
    i: int,
    p: Pick,
    picks: list[Pick],
    d: Details,
    program: str | None,
    question: str,
) -> Pick | None:
    """A short, unclear later part read with the part before it; None when that reading is an
    earlier part's card and the part alone means next to nothing ("…and why would I care?")."""
    before = f"{asks.context} {asks.parts[i - 1]}"
    again = pick(bank, default_ranker(), asks.parts[i], before, d, program, question)
    if all(again.card.id != q.card.id for q in picks):
        return again if again.confidence >= p.confidence else p  # the surer of the two readings
    bare = not any(ch.isdigit() for ch in asks.parts[i])  # "…what for 4x8?" has its own numbers
    vague = p.confidence < NEXT_READING or _few_bare_words(asks.parts[i])
    return None if bare and vague else p


def _few_bare_words(part: str) -> bool:
    """Only a few words that say nothing themselves ("what do i do", "how much", "and now?"):
    no ask on their own; "when do i reset" names what it asks."""
    words = re.findall(r"[a-z']+|\d+", part.lower())
    return len(words) <= BARE_WORDS and all(w in _BARE for w in words)


def another(
    bank: Bank, p: Pick, picks: list[Pick], part: str, d: Details, program: str | None, q: str
) -> Pick:
    """A later part that reads as an earlier part's card: its likeliest reading that is not
    answered yet — the next one in context ("how often to deload and how light?") or the part
    read alone ("…1rm? and whats rpe 8 mean"), whichever the ranker is surer of — else p."""
    used = {x.card.id for x in picks}
    topics = {x.card.topic for x in picks} & GOAL_TOPICS  # rest for size, then for strength?
    programs = {x.card.program for x in picks} - {None}
    best = alone_reading(bank, picks, part, d, program, q)
    for r in p.ranked:
        card = bank.get(r.card)
        if card is None or card.topic in topics or r.card in used or r.score < NEXT_READING:
            continue
        if card.program is None or not programs or card.program in programs:
            card = refine(bank, card, d, program, normalize(q))
            if card.id not in used and (best is None or r.score > best.confidence):
                best = Pick(card, r.score, p.ranked)
            break
    return best or p


def alone_reading(
    bank: Bank, picks: list[Pick], part: str, d: Details, program: str | None, q: str
) -> Pick | None:
    """The part read on its own words, when that reading is plausible (ALONE) and is no
    earlier part's card: "…how to add weight" after a surgery story is still progression.
    A few bare words ("what do i do", "how much") mean no ask on their own."""
    if _few_bare_words(part):
        return None
    alone = pick(bank, default_ranker(), part, "", d, program, q)
    if alone.unsure or alone.confidence < ALONE or any(alone.card.id == x.card.id for x in picks):
        return None
    return alone
