"""Weekly hard sets per muscle counted from the asker's own week (COACHING 1.8, 4.2).

"rows 4 sets and pulldowns 3 sets, each twice a week — how many biceps sets?": each exercise's
sets × how often it is done, a full set for the muscle it mainly trains and half a set for its
helpers (fractional counting), then the total against the 10–20 range (~8 for beginners).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.goal import said_goal
from bot.units import fmt_number

SETS_LOW, SETS_HIGH = 10, 20  # weekly hard sets per muscle for size
NOVICE_SETS = 8
HELPER = 0.5
# (pattern, muscle it mainly trains, helper muscles); earlier patterns win ("leg curls" ≠ curls).
EXERCISES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"leg curls?|hamstring curls?|nordics?", "hamstrings", ()),
    (r"leg ext\w*|quad ext\w*", "quads", ()),
    (r"hip thrusts?|glute bridges?|kickbacks?", "glutes", ("hamstrings",)),
    (r"rdls?|romanian\w*|stiff ?leg\w*|good ?mornings?", "hamstrings", ("glutes",)),
    (r"leg press\w*|hack squats?|squats?|lunges?|split squats?", "quads", ("glutes",)),
    (r"calf raises?|calves raises?", "calves", ()),
    (r"fl(?:y|ies|yes)|pec ?decks?|crossovers?", "chest", ()),
    (r"bench\w*|incline\w*|chest press\w*|push ?ups?|dips?", "chest", ("triceps", "shoulders")),
    (r"lateral raises?|side raises?|laterals", "shoulders", ()),
    (r"ohp|overhead press\w*|shoulder press\w*|military press\w*", "shoulders", ("triceps",)),
    (r"pushdowns?|push downs?|skull ?crushers?|tricep\w* ext\w*|overhead ext\w*", "triceps", ()),
    (r"rows?|pulldowns?|pull downs?|pull ?ups?|chin ?ups?", "back", ("biceps",)),
    (r"curls?", "biceps", ()),
)
_EXERCISE = [(re.compile(rf"\b(?:{p})\b"), m, h) for p, m, h in EXERCISES]
MUSCLES = {
    "chest": r"chest|pecs?",
    "triceps": r"triceps?|tris",
    "biceps": r"biceps?|bis|arms?",
    "back": r"back|lats?",
    "quads": r"quads?|quadriceps",
    "hamstrings": r"hamstrings?|hams",
    "glutes": r"glutes?|butt|booty",
    "shoulders": r"shoulders?|delts?",
    "calves": r"calf|calves",
}
_MUSCLE = re.compile(r"\b(" + "|".join(MUSCLES.values()) + r")\b")


def names_muscle(text: str) -> bool:
    """The words name a muscle ("and for back?")."""
    return bool(_MUSCLE.search(text.lower()))


_SETS = re.compile(r"\b(\d{1,2}) ?(?:hard |working |direct )?sets?\b|\b(\d{1,2}) ?x ?\d{1,2}\b")
_FREQ = re.compile(
    r"\b(?:(once)|(twice)|(\d) ?(?:x|times|days)|(two|three|four) times) ?(?:a|per|/|each|every)"
    r" ?(?:week|wk)\b|\b(?:(\d) ?x) ?/ ?(?:wk|week)\b"
)
_WORDS = {"once": 1, "twice": 2, "two": 2, "three": 3, "four": 4}
_WEEKLY = re.compile(r"\b(?:a|per|each|every) ?week\b|\bweekly\b")
_CLAUSE = re.compile(r"[,.;:+?!]|\band\b|\bplus\b|\bthen\b")
_ASKS_COUNT = re.compile(
    r"\b(enough|too (much|many)|overkill|counts?|counting|volume|how many (\w+ ){0,2}sets"
    r"|sets (a|per) (week|wk)|weekly sets)\b"
)
# A load, an effort or a max in the message: it is asking for maths on a set, not a week's count.
_LOADED = re.compile(r"\d ?(kg|kgs|lbs?)\b|\brpe\b|\brir\b|e1rm|\b1rm\b|\bmax\b|%|@")


@dataclass(frozen=True)
class Entry:
    """One exercise of the asker's week."""

    name: str
    sets: int
    times: int
    muscle: str
    helpers: tuple[str, ...]


def week_entries(text: str) -> list[Entry]:
    """The exercises with a set count in the message, each with how often a week it is done."""
    low = text.lower()
    default = _freq(low) or 1
    entries: list[Entry] = []
    for clause in _CLAUSE.split(low):
        sets = _SETS.search(clause)
        exercise = next(
            ((rx.search(clause), m, h) for rx, m, h in _EXERCISE if rx.search(clause)), None
        )
        if sets is None or exercise is None or exercise[0] is None:
            continue
        n = int(sets.group(1) or sets.group(2))
        weekly = _WEEKLY.search(clause)
        times = _freq(clause) or (1 if weekly else default)
        entries.append(Entry(exercise[0].group(0), n, times, exercise[1], exercise[2]))
    return entries


def count_line(text: str, beginner: bool = False) -> str | None:
    """'By my count: …' for a message that lists its week and asks about its sets, else None."""
    low = text.lower()
    entries = week_entries(low)
    if not entries or not _ASKS_COUNT.search(low) or _LOADED.search(low):
        return None
    if said_goal(low) == "strength":
        return None  # a strength question: 10–20 is the size range
    if not (_freq(low) or _WEEKLY.search(low)):
        return _helper_count(entries, _targets(low, entries)[0])  # "bench 4 sets = 4 tri sets?"
    lines = [_one_count(entries, t, beginner) for t in _targets(low, entries)[:2]]
    found = [line for line in lines if line]
    return " ".join([*found[:1], *(x.removeprefix("By my count: ") for x in found[1:])]) or None


def _helper_count(entries: list[Entry], target: str) -> str | None:
    """No week given: a helper muscle's share of the sets named (bench 4 → 2 triceps sets)."""
    helped = [e for e in entries if target in e.helpers]
    if not helped:
        return None
    parts = "; ".join(f"{e.name} {e.sets} → {fmt_number(e.sets * HELPER)}" for e in helped)
    return (
        f"By my count: {parts} {target} sets (½ each) — add them to your other hard {target}"
        " sets towards about 10–20 a week."
    )


def _one_count(entries: list[Entry], target: str, beginner: bool) -> str | None:
    parts: list[str] = []
    total = 0.0
    for e in entries:
        share = 1.0 if e.muscle == target else HELPER if target in e.helpers else 0.0
        if share == 0.0:
            continue
        weekly = e.sets * e.times
        total += weekly * share
        half = f" → {fmt_number(weekly * share)} (½ each)" if share < 1 else ""
        often = f" × {e.times} = {weekly}" if e.times > 1 else ""
        parts.append(f"{e.name} {e.sets}{often}{half}")
    if not parts:
        return None
    head = f"By my count: {'; '.join(parts)} — about {fmt_number(total)} {target} sets a week."
    return f"{head} {_verdict(total, beginner)}"


def _verdict(total: float, beginner: bool) -> str:
    if beginner:
        return f"For a beginner about {NOVICE_SETS} is plenty; progress by adding weight first."
    if total < SETS_LOW:
        low, high = (fmt_number(x - total) for x in (SETS_LOW, SETS_HIGH))
        return (
            f"That is below the 10–20 range: add about {low}–{high} direct sets a week,"
            " 1–2 at a time."
        )
    if total > SETS_HIGH:
        return (
            "That is above the 10–20 range: keep it only while performance holds, else come"
            " back nearer 20."
        )
    return "That is inside the 10–20 range: enough to grow; add 1–2 sets only if progress stalls."


def _targets(low: str, entries: list[Entry]) -> list[str]:
    """The muscles asked about: those named in the message, else the first exercise's."""
    named: list[str] = []
    for m in _MUSCLE.finditer(low):
        for muscle, words in MUSCLES.items():
            trained = any(muscle in (e.muscle, *e.helpers) for e in entries)
            if re.fullmatch(words, m.group(1)) and trained and muscle not in named:
                named.append(muscle)
    return named or [entries[0].muscle]


def _freq(text: str) -> int | None:
    m = _FREQ.search(text)
    if m is None:
        return None
    word = m.group(1) or m.group(2) or m.group(4)
    return _WORDS[word] if word else int(m.group(3) or m.group(5))


# Cards a counted week belongs to; a neighbour picked instead gives way to the counting card.
VOLUME_TOPICS = frozenset(
    {"weekly_sets", "weekly_sets_check", "indirect_volume", "sets_per_exercise"}
)
COUNT_CARD = "volume_indirect"
PLAIN_COUNT_CARD = "volume_size"


def count_card(topics: list[str], text: str) -> tuple[int, str | None]:
    """Which answered ask takes the count line (-1: none fits, swap the first) and its card."""
    low = text.lower()
    entries = week_entries(low)
    if count_line(low) is None:
        return 0, None
    for i, topic in enumerate(topics):
        if topic in VOLUME_TOPICS:
            return i, None
    target = _targets(low, entries)[0]
    helped = any(target in e.helpers for e in entries)
    return 0, COUNT_CARD if helped else PLAIN_COUNT_CARD
