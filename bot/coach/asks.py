"""Split one message into its asks (up to three) and the context sentences around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.routing import is_question

MAX_ASKS = 3
_SENTENCES = re.compile(r"(?<=[?!.])\s+|\n+|\s*;\s*")
# "3 questions: rep range, % of max, rest?" — a lead-in announcing a list of asks.
_LIST_LEAD = re.compile(
    r"^[^:?]{0,30}\b(questions?|things|qs|ones|asks)\b[^:?]{0,25}:\s*(?=\S)", re.IGNORECASE
)
_LIST_SEP = re.compile(
    r"\s*,\s*(?:and\s+|or\s+)?|\s+[—–]\s+|\s+and\s+(?=(?:how|what|whats|which|when)\b)"
)
# "…for strength and how long should I rest?" — a second question inside one sentence ("…and
# protein?" too).
_JOINED = re.compile(
    r",?\s+(?:and also|also|plus|and separately|separately|and|but|oh and|\+)\s+"
    r"(?:(?:honestly|tbh|then|just|really|actually|like|so|maybe)\s+)?(?=(?:how|what"
    r"|whats|what's|who|whos|who's|should|is|are|do|does|can|when|which|why|where|if|am|will"
    r"|would|could|did|any (?:tips|advice|ideas|suggestions))\b)"
    r"|,\s+(?=(?:how (?:many|much|long|often|heavy|fast)|what (?:reps|weight|rest))\b)"
    r"|(?P<second>,\s+(?=(?:what'?s|what is|whats) my|what should (?:i|she|he|we)\b"
    r"|what (?:does|do|is|are) (?:each|both|they|the)\b|in what\b|how (?:do|can|should) i\b"
    r"|(?:does|do|is|are|should|can|will) (?:the|it|that|this|a|my|i)\b))"
    r"|\s+(?:and|plus)\s+(?=(?:protein|calories|kcal|rest|deload|warm ?ups?)\W*$)"
    r"|,?\s+(?:also|plus|and also)\s+(?=[\w\s%-]{1,20}\?\s*$)",  # "is 3x5 enough, also rest?"
    re.IGNORECASE,
)
_ASIDE_WORDS = (
    r"(?:(?:a |one |another |other |separate |unrelated |different |random |quick |side |last )+"
    r"(?:q|qs|question|questions|thing|things|one|note)(?: but| though| lol)?)"
)
_FOLLOW_UP = re.compile(
    r"^\s*(and|what about|how about|same|ok and|okay and|but|also|and what about|what if)\b",
    re.IGNORECASE,
)


_THEN = re.compile(r"\bthen\s*[?!.]*\s*$", re.IGNORECASE)  # "how many sets then?"
# "why?", "how come?": nothing of its own to ask; the reasons are in the card just answered.
BARE_WHY = re.compile(
    r"^\s*(but |ok |okay |so )?(why( is that| so| though)?|how come|how so|really|are you sure)"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)


_GREETING = re.compile(
    r"^\s*(("
    + _ASIDE_WORDS
    + r"|hey|hi|hello|yo|ok|okay|so|coach|hey coach|quick question|question|also|and|plus"
    r"|separately|but|oh|lol|haha|lmao|random|unrelated)[\s,!:.\-—–]+)+",
    re.IGNORECASE,
)
# "also separate q how many sets…", "and unrelated thing — whats…": words that only announce
# another ask, dropped from the ask itself so the ranker reads the question.
_ASIDE = re.compile(
    r"^\s*((also|and|but|oh|plus|random|unrelated)[\s,]+)*(" + _ASIDE_WORDS + r")[\s,:.\-—–]+",
    re.IGNORECASE,
)
# "1) bench 100x5, e1rm? 2) bitcoin? 3) rest?": numbered asks, each its own.
_NUMBERED = re.compile(r"(?:^|\s)(?=[1-9][).]\s+\S)")
_NUMBER = re.compile(r"^\s*[1-9][).]\s+")
_ASK_START = re.compile(
    r"^(how|what|whats|what's|why|when|which|who|who's|whos|should|can|could|would|is|are|do|does"
    r"|will|any)\b",
    re.IGNORECASE,
)
_BUT_END = re.compile(r"\bbut\W*$", re.IGNORECASE)
_ONE_WORD_ASK = re.compile(
    r"^(e1rms?|1rms?|max|maxes|protein|calories|kcal|rest|tm|deload|warm ?ups?|weight|load|sets"
    r"|reps|volume|frequency|days|split|cardio|form|tempo|rpe|creatine|repeat|reset|cut|bulk)\?$",
    re.IGNORECASE,
)
_AND = re.compile(r"\b(and|also|plus)\b|\+", re.IGNORECASE)
_IF_ASK = re.compile(r"^if\b.*\b(what|how|should|do i|does|can i|is it)\b", re.IGNORECASE)
# "i'm 3 months in, what should i change": a question after a comma or colon, statement or not.
_CLAUSE_ASK = re.compile(
    r"[,:;—–]\s*(?:(?:how|what|whats|what's|why|which|should|is|are)\s+\w"
    r"|(?:can|could|will|would)\s+(?:i|you|u|we|he|she|it|they|my|this|that|the|a)\b"
    r"|(?:do|does)\s+(?:i|you|we|it|my|this|that|they)\b)"
    r"|\bso (?:should|can|do|would) (?:i|we)\b",
    re.IGNORECASE,
)
# "…and in what order in the session", "to what?": a question that opens with its preposition.
_WH_FRAGMENT = re.compile(r"^(?:in|for|by|at|on|to|from|with)\s+(?:what|which|how)\b", re.I)
# "my son wants to do 5x5. ok?": a bare verdict asks about the statement before it.
_VERDICT = re.compile(
    r"^(?:is (?:it|that|this) )?(?:ok|okay|safe|fine|good idea|bad idea|legit|worth it|normal"
    r"|smart|allowed|true|right|correct|a myth|myth|accurate|legit or not)\W*$",
    re.IGNORECASE,
)
_TOO = re.compile(r"\b(too|as well|aswell)\W*$", re.IGNORECASE)  # "sets per session too"
# "my worry is adding weight every session at my age": a worry said is an ask about it.
_WORRY = re.compile(
    r"^(?:my (?:worry|concern|fear) is|i'?m (?:worried|scared|afraid|nervous)|worried|scared)\b",
    re.IGNORECASE,
)
_STATEMENT = re.compile(
    r"^(i|i'm|im|my|we|been|just|this|last|today|(?:dont|don't|do not|not) (?:want|wanna))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Asks:
    """The question parts in order, plus the statements that give them context."""

    parts: tuple[str, ...]
    context: str


def split_asks(text: str) -> Asks:
    parts: list[str] = []
    context: list[str] = []
    for sentence in (s.strip() for s in _SENTENCES.split(_numbered(text.strip()))):
        if not sentence:
            continue
        if (listed := _listed(sentence)) is not None:
            context.extend(listed[:1] if listed[0] else [])  # its goal words
            for item in listed[1:]:
                core = _GREETING.sub("", item).strip()
                (context if _STATEMENT.search(core) else parts).append(item)
            continue
        for piece, anded in _pieces(sentence):
            core = _GREETING.sub("", piece).strip()
            one = bool(_ONE_WORD_ASK.search(core.rstrip("?") + "?"))  # "e1rm and what's…"
            joined = anded and (len(core.split()) >= 2 or one) and not _STATEMENT.search(core)
            asked = joined or _is_ask(piece)  # "loads, and what…"
            if _VERDICT.search(core) and context and not parts:  # about all that was said
                piece, asked = " ".join([*context, piece]), True
                context.clear()
            (parts if asked else context).append(_ASIDE.sub("", piece) if asked else piece)
    if not parts:
        return Asks((text.strip(),), "")
    if len(parts) > MAX_ASKS:
        parts = [*parts[: MAX_ASKS - 1], " ".join(parts[MAX_ASKS - 1 :])]
    return Asks(tuple(parts), " ".join(context))


def _numbered(text: str) -> str:
    """Numbered asks ("1) … 2) …", "1. … 2. …") one to a line, their numbers dropped, each
    read as a question ("1) bench 100x5 @8 whats my e1rm 2) …")."""
    marks = [m.start() for m in _NUMBERED.finditer(text)]
    numbers = [text[i:].lstrip()[0] for i in marks]
    if len(marks) < 2 or numbers[:2] != ["1", "2"]:
        return text
    pieces = [
        text[: marks[0]],
        *(text[a:b] for a, b in zip(marks, [*marks[1:], len(text)], strict=True)),
    ]
    items = [_NUMBER.sub("", p).strip(" ,;") for p in pieces[1:]]
    asked = [_as_question(i) for i in items if i]
    return "\n".join([pieces[0].strip(), *asked])


def _as_question(item: str) -> str:
    """One numbered item read as a question: "protein if im 85kg. goal is strength" asks the
    first sentence and says the rest, so the trailing statement is not taken for the ask."""
    if item[-1:] in "?!.":
        return item
    first, _, rest = item.partition(". ")
    if rest and not _is_ask(rest):
        return f"{first}? {rest}."
    return f"{item}?"


def _listed(sentence: str) -> list[str] | None:
    """The lead-in ("two things:") and the items after it, each its own ask; None without one."""
    lead = _LIST_LEAD.match(sentence)
    if lead is None:
        return None
    items = [i.strip(" ?.!") for i in _LIST_SEP.split(sentence[lead.end() :])]
    items = [i for i in items if i]
    around = sentence[lead.end(1) : lead.end()].strip(" :")  # "3 questions for size:"
    return [around, *items] if len(items) > 1 else None


def _pieces(sentence: str) -> list[tuple[str, bool]]:
    """The sentence's pieces, each with whether an 'and'/'also'/'plus' joins it to a question."""
    out: list[tuple[str, bool]] = []
    start = 0
    for m in _JOINED.finditer(sentence):
        before = sentence[start : m.start()].strip()
        if m.group("second") and not (_ASK_START.search(before) or _CLAUSE_ASK.search(before)):
            continue  # "did 200x5, what's my max?": one ask; "cardio after legs?, what's my…": two
        anded = bool(_AND.search(m.group(0))) and not _BUT_END.search(before)
        if _GREETING.sub("", before).strip() or not before:  # not a bare "and" before the ask
            out.append((before, anded))
        start = m.end()
    out.append((sentence[start:].strip(), False))
    return [(p, anded) for p, anded in out if p]


def _is_ask(piece: str) -> bool:
    """A real question, not a greeting or a statement that happens to start like one."""
    core = _GREETING.sub("", piece).strip()
    if len(core.split()) < 2:
        return bool(_ONE_WORD_ASK.search(core))  # "e1rm?", "protein?"
    if _WH_FRAGMENT.search(core) or _WORRY.search(core):
        return True  # "and in what order in the session", "my worry is the jumps at my age"
    if _CLAUSE_ASK.search(core) or (_TOO.search(core) and not _STATEMENT.search(core)):
        return True  # "my coach and I disagree: what reps…", "deload as well"
    return (
        core.endswith("?")
        or bool(_ASK_START.search(core))
        or bool(_IF_ASK.search(core))
        or (is_question(core) and not _STATEMENT.search(core) and not core.endswith("."))
    )


def is_follow_up(text: str) -> bool:
    """A short fragment that only makes sense after the previous answer ("and for size?", "how
    many sets then?", "why?")."""
    said = _FOLLOW_UP.search(text) or _THEN.search(text) or BARE_WHY.search(text)
    return bool(said) and len(text.split()) <= 7
