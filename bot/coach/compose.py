"""Turn chosen cards into one reply: caveat, each card's answer, its numbers, the lifter's own."""

from __future__ import annotations

import re

from bot.coach.asked_calcs import add_asked, asked_lines
from bot.coach.body_numbers import daily_protein
from bot.coach.calculators import calculate
from bot.coach.cardbank import Card
from bot.coach.extract import Details
from bot.coach.models import GoalLabel, LifterContext
from bot.coach.personal import goal_line, personal_lines, pick_lift
from bot.coach.safety import general_only, prescribes_heavy
from bot.coach.vocabulary import PLATE_LB
from bot.units import Unit, from_kg


def card_block(
    card: Card, goal: GoalLabel, d: Details, ctx: LifterContext | None, after: bool = False
) -> str:
    """One card's answer with its calculator line and the lifter's own numbers; `after` an
    earlier card's worked figures, a chart card's rule text is left out (the figures say it)."""
    lines = [fit_lead(card.text, d.text)]
    if general_only(d):
        lines = [general_text(lines[0])]
        if grams := protein_grams(card, d):
            lines.insert(0, grams)  # g/kg protein is general nutrition, a minor's too
    if not general_only(d):
        # no unit said and no lifter's own: a bare plate-math load (315 = bar + three 45s a
        # side) is pounds; anything else is worked unit-free
        guessed = "lb" if d.unit is None and ctx is None and PLATE_LB.search(d.text) else None
        unit: Unit = d.unit or (ctx.unit if ctx else guessed or "kg")  # type: ignore[assignment]
        known = _known_max(d, ctx, unit)
        numbers = calculate(card.calc, d, known, unit)
        if numbers:
            lines.append(numbers)
        grams = protein_grams(card, d)
        if grams:  # their own grams replace the card's worked example for someone else's weight
            lines[0] = CANNED_PROTEIN.sub("", lines[0])
        # a rule's verdict is the answer: another figure (an RPE load, a deload, week-1 loads
        # from the TM it just lowered) would contradict it
        verdict = numbers and (card.calc in VERDICT_CALCS or LOWERED.search(numbers))
        asked = [] if verdict else asked_lines(d, known, unit, numbers)
        if numbers and any(CUT_E1RM.search(line) for line in asked):
            lines.remove(numbers)  # a load from the e1RM the asked stall rule just cut is stale
        add_asked(lines, numbers, asked + ([grams] if grams else []))
        if d.unit is None and ctx is None and not guessed and len(lines) > 1:  # "135 for 10"
            freed = [_unit_free(line) for line in lines[1:]]
            if freed != lines[1:]:
                lines[1:] = freed
                lines[-1] += UNIT_FREE
        lines = [*lines[1:], brief_rule(lines[0], lines[1:], card.calc, after)]
        if ctx is not None and not (numbers and card.personal == "e1rm"):
            lines.extend(personal_lines(card.personal, goal, d.lift, ctx))
    if ctx is not None and card.goal_buttons:
        lines.append(goal_line(ctx))
    return "\n".join(lines)


CHART_CALCS = frozenset({"e1rm", "rts_load", "percent"})  # cards that explain a chart or formula
BRIEF_AFTER = 40  # words of worked figures past which a chart or double-progression card's
# rule is cut short (its canned example would not be the asker's numbers): a chart card's to its
# opening (how the chart or formula is read is what the figures just did), double progression's
# to two sentences


def brief_rule(text: str, figures: list[str], calc: str | None, after: bool) -> str:
    """The rule behind the asker's own numbers, kept short once the numbers are worked: the
    asker's figures first, then a sentence or two of why (none for a second chart card)."""
    worked = len(" ".join(figures).split())
    if not figures or not worked:
        return text
    if after and calc in CHART_CALCS:
        return ""
    if worked < BRIEF_AFTER or calc not in CHART_CALCS | {"double"}:
        return text
    keep = 1 if calc in CHART_CALCS else 2
    return " ".join([x for x in SENTENCE.split(text) if x.strip()][:keep])


def general_text(text: str) -> str:
    """A card's text less the sentences a general-advice-only asker (a minor, pregnancy, a
    medical condition) must not be given: heavy loads, a training max, a max or meet test."""
    return " ".join(x for x in SENTENCE.split(text) if not prescribes_heavy(x)).strip()


VERDICT_CALCS = frozenset({"deload", "block_sets", "gzclp_stage"})  # the next stage is the answer
CUT_E1RM = re.compile(r"\be1RM \d+(?:\.\d+)? × 0\.9[05] = ")  # "working e1RM 130 × 0.95 = 123.5"
LOWERED = re.compile(r"\bTM back\b", re.IGNORECASE)  # "take the TM back three increments"
CANNED_PROTEIN = re.compile(r"at \d+ kg: about \d+–\d+ g; ")
PROTEIN_RULE = re.compile(r"\bg (?:of )?(?:protein )?(?:per|a|/) ?kg\b")


def protein_grams(card: Card, d: Details) -> str | None:
    """A card giving protein per kg, and the asker's body weight: the grams a day."""
    if d.bodyweight is None or not PROTEIN_RULE.search(card.text):
        return None
    unit: Unit = "lb" if d.unit == "lb" else "kg"
    return daily_protein(d.bodyweight, unit)


_LEAD = re.compile(r"^(Yes|No)(?: —|:|,|\.) (\S)")
_WORD = re.compile(r"[a-z']+")
_WH = frozenset({"what", "whats", "how", "which", "when", "where", "why", "who"})
_AUX = frozenset(
    {"is", "are", "am", "do", "does", "did", "can", "could", "should", "will", "would", "was"}
    | {"were", "has", "have", "need", "must"}
)
_SUBJECT = frozenset({"i", "we", "you", "they", "it", "he", "she", "that", "this", "there"})


def yes_no_ask(ask: str) -> bool:
    """The ask is a yes/no question: its first question word is a verb put in front ("can
    women…", "ok dumb q but is…"), not a wh-word ("what reps…") or a statement ("I have…")."""
    words = _WORD.findall(ask.lower())
    for before, word in zip(["", *words], words, strict=False):
        if word in _WH:
            return False
        if word in _AUX and before not in _SUBJECT:
            return True
    return False


def fit_lead(text: str, ask: str) -> str:
    """A card that opens with "Yes"/"No" answers a yes/no ask; a "what reps…" ask or a statement
    gets the answer without that word."""
    lead = _LEAD.match(text)
    if lead is None or not ask or yes_no_ask(ask):
        return text
    return lead.group(2).upper() + text[lead.end() :]


UNIT_FREE = " (No unit given: same maths in kg or lb; in lb round loads to 5 lb.)"


def _unit_free(line: str) -> str:
    return line.replace(" kg", "")


def _known_max(d: Details, ctx: LifterContext | None, unit: Unit) -> float | None:
    """The lifter's e1RM for the lift asked about, in the unit the answer uses."""
    if ctx is None:
        return None
    lift = pick_lift(d.lift, ctx.lifts)
    return round(from_kg(lift.e1rm_kg, unit), 1) if lift else None


WORDS_MAX = 130  # an answer longer than this drops the later card's half-repeats too
REPEAT, LONG_REPEAT = 0.75, 0.5  # share of a sentence's words an earlier card already says
MIN_WORDS = 4  # "Then progress." is too short to tell a repeat from a new point
SENTENCE = re.compile(r"(?<!\be\.g\.)(?<!\bvs\.)(?<!\bi\.e\.)(?<=[.!?])\s+(?=[A-Za-z0-9(•\"'])")
_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:–\d+(?:\.\d+)?)?%?|[a-z]+")  # "3–5" is one number
_NUMBER = re.compile(r"^\d")
WORKED = re.compile(r"\d × \d+(?:\.\d+)?% ≈ \d")
_STOP = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "is"}
    | {"are", "be", "it", "its", "your", "you", "that", "this", "as", "than", "then", "so", "if"}
    | {"but", "do", "does", "can", "per", "each", "all", "one", "about"}
)


def tokens(sentence: str) -> frozenset[str]:
    """Its words less the small ones, "weeks" read as "week"; numbers as written."""
    words = (t for t in _TOKEN.findall(sentence.lower()) if t not in _STOP)
    return frozenset(t[:-1] if len(t) > 3 and t[-1] == "s" and t[-2] != "s" else t for t in words)


def _repeats(sentence: str, cards: list[frozenset[str]], share: float, said: set[str]) -> bool:
    """Said already word for word, or an earlier card's words cover most of this sentence's
    and every one of its numbers."""
    if sentence.strip() in said:
        return True
    if WORKED.search(sentence) or sentence.strip() == UNIT_FREE.strip():
        return False  # a figure worked out for this ask ("… → 139 × 86.3% ≈ 120") is its answer
    words = tokens(sentence)
    numbers = {t for t in words if _NUMBER.match(t)}
    return len(words) >= MIN_WORDS and any(
        numbers <= card and len(words & card) >= share * len(words) for card in cards
    )


def _extends(sentence: str, said: set[str], kept: list[str]) -> bool:
    """A later card's sentence that is an earlier one plus a figure ("…week pattern; 5×3 @ RPE
    8 → 107.5.") replaces that earlier sentence in place, and is not said twice."""
    x = sentence.strip()
    earlier = next((p for p in said if len(p) > 40 and x != p and x.startswith(p[:-1])), None)
    if earlier is None or not any(ch.isdigit() for ch in x[len(earlier) - 1 :]):
        return False
    kept[:] = [block.replace(earlier, x) for block in kept]
    said.add(x)
    return True


def merge_repeats(blocks: list[str]) -> list[str]:
    """Cards that explain the same thing (a layoff card and a beginner-again card both on
    re-entry; two volume cards) say it once: a later card's sentence that an earlier card
    already says is dropped, the rest kept in order; a card left mostly repeated joins the
    paragraph before it. Over WORDS_MAX words, half-repeats go too."""
    share = LONG_REPEAT if len(" ".join(blocks).split()) > WORDS_MAX else REPEAT
    cards: list[frozenset[str]] = []
    said: set[str] = set()
    kept: list[str] = []
    for block in blocks:
        lines: list[str] = []
        total = dropped = 0
        for line in block.split("\n"):
            sentences = [x for x in SENTENCE.split(line) if x.strip()]
            new = [x for x in sentences if not _extends(x, said, kept)]
            new = [x for x in new if not _repeats(x, cards, share, said)]
            total, dropped = total + len(sentences), dropped + len(sentences) - len(new)
            lines += [" ".join(new)] if new or not line.strip() else []
        cards.append(tokens(block))
        said |= {x.strip() for line in lines for x in SENTENCE.split(line)}
        text = "\n".join(lines).strip()
        before = next((j for j in range(len(kept) - 1, -1, -1) if kept[j]), None)
        if text and before is not None and dropped and 2 * dropped >= total:
            glue = "\n" if WORKED.search(text) else " "  # a worked figure keeps its own line
            kept[before] = f"{kept[before]}{glue}{text}"  # the rest of a card that mostly repeats
        else:
            kept.append(text)
    return kept
