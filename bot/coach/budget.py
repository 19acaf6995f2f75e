"""A word budget for the reply, so a phone can read it: ~130 words unless detail is asked or
several asks each need their own answer. Whole sentences of the cards' rule text go first, the
last card's and the least needed first; the asker's worked figures, caveats and the sentences
carrying a card's listed facts' numbers are what stay."""

from __future__ import annotations

import re

from bot.coach.cardbank import Card
from bot.coach.compose import SENTENCE, fit_lead
from bot.coach.extract import Details

BUDGET = 130  # words a phone reads at a glance
PER_ASK = 20  # more for each further ask (judged: two asks past ~160 words read as padding)
DETAIL_MORE = 100  # "explain in detail", "why": the asker wants the reasoning
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:–\d+(?:\.\d+)?)?%?")  # "3–5" and "10%" are one figure
_CORE, _FACT, _FIRST_REST, _LATER_REST = 0, 1, 2, 3  # drop order: highest rank first
_WORDS_ONLY = 2  # a sentence with no figure at all goes before any with one
_BEHIND = -1  # a core rule sentence behind the asker's worked figures: the last to go
# Calculators whose figures are a conditional verdict ("deload if the last one was 3+ weeks ago,
# else × 0.95"): the rule's own sentences say what applies, so they stay.
RULE_IS_ANSWER = frozenset({"stall_test"})


def word_budget(asks: int, detail: bool) -> int:
    """The answer's word allowance for this many asks, more when detail is asked."""
    return BUDGET + PER_ASK * max(asks - 1, 0) + (DETAIL_MORE if detail else 0)


def trim(
    blocks: list[str],
    chosen: list[tuple[Card, float]],
    details: list[Details],
    asks: list[str],
    detail: bool,
) -> list[str]:
    """The reply's blocks fitted to the budget for its asks (each distinct ask's text one)."""
    budget = word_budget(len({a for a in asks if a.strip()}), detail)
    cards = [(card, d.text) for (card, _), d in zip(chosen, details, strict=True)]
    return fit_budget(blocks, cards, budget)


def _ranks(cards: list[tuple[Card, str]], worked: str = "") -> dict[str, int]:
    """Each card sentence's rank: a card's opening (two for the first card) and the facts of a
    card answering its own ask are core, an appended card's fact or listed number next, then
    the first card's other sentences, then later cards', those with no figure last. A fact is
    core once: a sentence restating one the worked figures or a core sentence already say is
    not core for it ("lower the TM about 10%" worked out, the rule's "roughly 10%" may go)."""
    ranks: dict[str, int] = {}
    said = worked
    for k, (card, ask) in enumerate(cards):
        own = ask not in {a for _, a in cards[:k]}  # it answers an ask of its own
        numbers = {n for f in card.facts for n in _NUMBER.findall(f)}
        sentences = [x.strip() for x in SENTENCE.split(fit_lead(card.text, ask)) if x.strip()]
        for j, sentence in enumerate(sentences):
            # the first card keeps every fact; a later one answering its own ask its figures
            facts = [f for f in card.facts if f in sentence and (k == 0 or _NUMBER.search(f))]
            fresh = not set(_FIGURE.findall(sentence)) <= set(_FIGURE.findall(said))
            new = bool(facts) and (fresh or (k == 0 and any(f not in said for f in facts)))
            if j < (2 if k == 0 else 1) or (new and own):
                rank = _CORE
                said += " " + sentence
            elif facts or set(_NUMBER.findall(sentence)) & numbers:
                rank = _FACT
            else:
                rank = _FIRST_REST if k == 0 else _LATER_REST
                rank += 0 if _NUMBER.search(sentence) else _WORDS_ONLY
            ranks.setdefault(sentence, rank)
        ranks.setdefault(SENTENCE.split(card.text.strip())[0].strip(), _CORE)  # as written
    return ranks


def fit_budget(blocks: list[str], cards: list[tuple[Card, str]], budget: int) -> list[str]:
    """The blocks with card rule sentences dropped, least needed and latest first, until the
    reply fits the budget. A sentence no card says word for word (a worked figure, a caveat, a
    count) is never dropped, nor a card's opening; nothing is cut mid-sentence."""
    units = [
        [[x for x in SENTENCE.split(line) if x.strip()] for line in block.split("\n")]
        for block in blocks
    ]
    texts = {x.strip() for c, _ in cards for x in SENTENCE.split(c.text)}  # the cards' own words
    dropped = _restated(units, texts)
    total = sum(len(b.split()) for b in blocks) - sum(
        len(units[b][li][si].split()) for b, li, si in dropped
    )
    places = _places(units, cards, texts)
    for _, b, li, si in sorted(places, key=lambda p: (-p[0], -p[1], -p[2], -p[3])):
        if total <= budget:
            break
        if (b, li, si) in dropped:
            continue
        dropped.add((b, li, si))
        total -= len(units[b][li][si].split())
    if not dropped:
        return blocks
    return [_rejoin(lines, b, dropped) for b, lines in enumerate(units)]


RESTATED_NUMBERS = 3  # a rule sentence with this many figures, all in the worked lines above


def _restated(units: list[list[list[str]]], texts: set[str]) -> set[tuple[int, int, int]]:
    """Card sentences that only restate the block's worked figures ("week 1 4×4 @ RPE 7.5
    (82.4%)…" under the asker's own week-by-week loads): every figure already shown, so the
    sentence goes whatever the budget."""
    out: set[tuple[int, int, int]] = set()
    for b, lines in enumerate(units):
        worked = " ".join(s for line in lines for s in line if s.strip() not in texts)
        shown = {float(n) for n in _NUMBER.findall(worked)}
        for li, line in enumerate(lines):
            for si, s in enumerate(line):
                numbers = {float(n) for n in _NUMBER.findall(s)}
                card = s.strip() in texts
                if card and len(numbers) >= RESTATED_NUMBERS and numbers <= shown:
                    out.add((b, li, si))
    return out


def _places(
    units: list[list[list[str]]], cards: list[tuple[Card, str]], texts: set[str]
) -> list[tuple[int, int, int, int]]:
    """Each droppable sentence as (rank, block, line, sentence). The core sentences past a
    calculator card's opening, in a block that works out the asker's figures, go last, only when
    the reply is still over: the figures answer, the rule behind them is background (not so a
    safety card's or a verdict's rule, which says what applies)."""
    worked = " ".join(s for b in units for line in b for s in line if s.strip() not in texts)
    ranks = _ranks(cards, worked)
    openings = {SENTENCE.split(fit_lead(c.text, a).strip())[0].strip() for c, a in cards}
    openings |= {SENTENCE.split(c.text.strip())[0].strip() for c, _ in cards}
    behind = {
        x.strip()
        for c, _ in cards
        if c.calc is not None and c.calc not in RULE_IS_ANSWER
        for x in SENTENCE.split(c.text)
    } - openings
    places = []
    for b, lines in enumerate(units):
        figured = any(_figure(s, texts | openings) for line in lines for s in line)
        for li, line in enumerate(lines):
            for si, s in enumerate(line):
                rank = ranks.get(s.strip(), _CORE)
                if rank > _CORE or (figured and s.strip() in behind):
                    places.append((rank if rank > _CORE else _BEHIND, b, li, si))
    return places


def _figure(sentence: str, card_sentences: set[str]) -> bool:
    """A worked figure: a sentence with a number that no card says word for word."""
    return sentence.strip() not in card_sentences and bool(_NUMBER.search(sentence))


def _rejoin(lines: list[list[str]], b: int, dropped: set[tuple[int, int, int]]) -> str:
    """A block again from its kept sentences; a line left empty goes, and so does a question
    whose answer was cut ("Still ill or coughing?" without "Get checked by a doctor first")."""
    out = []
    for li, line in enumerate(lines):
        gone = {si for si in range(len(line)) if (b, li, si) in dropped}
        gone |= {si for si in range(len(line)) if gone and _asks_cut(line, si, gone)}
        kept = [s for si, s in enumerate(line) if si not in gone]
        if kept or not line:
            out.append(" ".join(kept))
    return "\n".join(out).strip()


def _asks_cut(line: list[str], si: int, gone: set[int]) -> bool:
    """A card's own question ("A planned deload within 2 weeks?") with its answer cut after it."""
    return line[si].rstrip().endswith("?") and (si + 1 >= len(line) or si + 1 in gone)
