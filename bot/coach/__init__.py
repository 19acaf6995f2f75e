"""The coach: answers lifters' questions from a bank of answer cards (COACHING.md, our words).

Pure domain code. A message is split into up to three asks; a learned ranker (TF-IDF + linear
model over the cards' phrasings) picks a card for each; details read from the message (goal,
experience, programme, lift, numbers, age, injury) refine the card, decide the goal, add a
safety caveat and feed the calculators; the lifter's own log turns it into their numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from bot.coach.asked import fill
from bot.coach.asks import Asks, is_follow_up, split_asks
from bot.coach.body_numbers import body_line
from bot.coach.budget import trim
from bot.coach.cardbank import Bank, Card, load_bank
from bot.coach.compare import brief, other_sides, which_fits
from bot.coach.compose import CANNED_PROTEIN, UNIT_FREE, card_block, merge_repeats
from bot.coach.extract import Details, extract
from bot.coach.first_checks import first_checks
from bot.coach.follow import follow_up, in_context, merge, other_lift
from bot.coach.general_terms import general_terms
from bot.coach.goal import decide_goal, message_goal, said_goal
from bot.coach.gym_words import GYM_WORDS
from bot.coach.later import OFF_TOPIC_WORDS, VAGUE, later_card
from bot.coach.models import Choice, CoachAnswer, GoalLabel, LifterContext, LiftSnapshot
from bot.coach.normalize import at_signs, normalize
from bot.coach.ranker import default_ranker, use_cache
from bot.coach.refine import GOAL_TOPICS, refine
from bot.coach.routing import bare_lift, is_question
from bot.coach.safety import caveat, clashes, general_only, radiating
from bot.coach.select import OFF_TOPIC, SHORT_ASK, SURE, Pick, pick
from bot.coach.set_count import count_card, count_line
from bot.coach.unit_words import UNIT_FIX, UNIT_TARGET

# A teen's or a pregnant lifter's own card already says they may lift, in general terms.
MAY_LIFT_TOPICS = frozenset({"youth", "youth_programme", "pregnancy"})
RED_FLAG_CARD = "red_flag_stop"  # pain down a limb: stop and see a doctor, never a rep recipe

__all__ = [
    "Choice",
    "CoachAnswer",
    "GoalLabel",
    "LiftSnapshot",
    "LifterContext",
    "answer",
    "answer_card",
    "is_question",
    "warm_up",
]
PROGRAM_NAMES = frozenset({"531", "gzclp", "stronglifts", "ss", "texas", "ppl"})
# An unclear message that still states a goal gets that goal's recipe instead of a menu.
GOAL_RECIPES = {"strength": "reps_strength", "hypertrophy": "reps_size", "both": "both_at_once"}
_SET_NUMBER = re.compile(
    r"(?<![\d.])\d+(?![\d.])(?!\s*(?:min|mins|minutes?|sec|secs|seconds?|days?|weeks?|wks?"
    r"|months?|years?|yrs?|y/?o)\b)"
)  # a load, reps or RPE; not "3 min" or "4 days"
ABOUT_BOT = "about_bot"
# Not a sum: "failure necessary? … for strength vs for muscle" compares the goals for every part.
KEPT_ASKS = frozenset({"compare_goals"})
_PRODUCT = re.compile(r"\b(rate|recommend\w*|brands?|buy|worth it)\b", re.IGNORECASE)
LOADS = frozenset({"rep_range", "percent"})  # "how many reps and what %": one ask, two parts
OUT_OF_SCOPE = frozenset({OFF_TOPIC, "supplements_scope"})  # its best reading alone, unsure
MENU_WORDS = 7  # "what about bench?" may get the two readings to tap; a fuller question is answered
UNSURE = "I'm not sure which of these you mean — tap one:"
ASIDE = "Your other question is outside what I can help with — I only coach lifting."


def warm_up(cache_dir: Path | None = None) -> None:
    """Load the cards and fit the ranker now (or load it from `cache_dir`), so the first question
    is fast."""
    if cache_dir is not None:
        use_cache(cache_dir)
    default_ranker()


def read(text: str) -> Details:
    """Details of a raw question ('@8' read as RPE 8)."""
    return extract(normalize(at_signs(text)))


def answer(
    question: str,
    ctx: LifterContext | None = None,
    previous: str | None = None,
    today: date | None = None,
    before: str = "",
) -> CoachAnswer:
    """Answer one message; `previous` is the card answered just before, `before` its question
    (for follow-ups); `today` the asker's date, for "since August" (passed in, never read)."""
    bank = load_bank()
    program = _program(ctx)
    whole = replace(read(question), today=today)
    reply, told = _followed(bank, question, (previous, before), whole, ctx, program)
    if reply is not None:
        return reply
    asks = split_asks(question)
    if told is not whole:  # a follow-up: its details in context; unclear alone, read after the last
        whole = replace(told, text=whole.text)
        if default_ranker().rank(question, top=1)[0].score < VAGUE:  # "and for an intermediate?"
            asks = replace(asks, context=f"{before} {asks.context}".strip())
    picks, details, texts = _pick_asks(bank, asks, whole, program, question)
    unsure = len(picks) == 1 and (picks[0].unsure or bare_lift(question))
    if unsure and not caveat(whole, injury_card=False):
        said = said_goal(normalize(question))  # "I only care about looks": that goal's recipe
        recipe = bank.get(GOAL_RECIPES.get(said or "", ""))
        if said and picks[0].card.goal == said:
            recipe = picks[0].card  # the likeliest reading already fits the goal they state
        if recipe is None and len(question.split()) <= MENU_WORDS:  # a fuller one is answered
            return _clarify(bank, picks[0], whole, question)
        if recipe is not None:
            said_d = replace(whole, wants=said, avoids_size=False)
            recipe = refine(bank, recipe, said_d, program, normalize(question))
            picks = [Pick(recipe, picks[0].confidence, picks[0].ranked)]
    chosen = [(p.card, p.confidence) for p in picks]
    _, swap = count_card([c.topic for c, _ in chosen], question)
    if swap and (card := bank.get(swap)) is not None:  # "rows 4 sets twice a week: biceps sets?"
        chosen[0] = (card, max(chosen[0][1], VAGUE))
    sides = other_sides(bank, [c for c, _ in chosen], normalize(question))
    if sides:  # "gzclp or 5/3/1?": both sides, then which fits the asker
        if len(sides) > 1:  # three programmes: each in brief, or the answer runs to 200 words
            chosen = [(brief(c) if c.program else c, score) for c, score in chosen]
        chosen += [(c, chosen[0][1]) for c in sides]
        details += [details[0]] * len(sides)
        texts += [texts[0]] * len(sides)
    tail = which_fits([c for c, _ in chosen], normalize(question), whole) if sides else ""
    details = [replace(d, today=today) for d in details]
    return _reply(bank, chosen, told, details, ctx, (texts, question), tail)


def _followed(
    bank: Bank,
    question: str,
    last: tuple[str | None, str],
    own: Details,
    ctx: LifterContext | None,
    program: str | None,
) -> tuple[CoachAnswer | None, Details]:
    """A follow-up read against `last` (the card and question before): the reply when the
    previous card answers it ("and for 3 reps?"), and the details in context either way (the
    safety line is read from both questions); a message that follows nothing is left as it is."""
    previous, before = last
    if not previous or not is_follow_up(question):
        return None, own
    told = replace(in_context(own, read(before)), today=own.today)
    whole = replace(told, text=own.text)
    follow = follow_up(bank, previous, own, whole, program, question)
    if follow is None:
        return None, told
    if (line := other_lift(follow, own)) is not None:  # the pain card's rule for another lift
        return CoachAnswer(goal="none", topic=follow.topic, answer=line, cards=(follow.id,)), told
    return _reply(bank, [(follow, 1.0)], told, [whole], ctx, ([question], question)), told


def _pick_asks(
    bank: Bank, asks: Asks, whole: Details, program: str | None, question: str
) -> tuple[list[Pick], list[Details], list[str]]:
    """One card per ask, in order, each read with its own details (filled in from the context);
    with each, the words its goal is read from (the ask and the statements around it)."""
    picks: list[Pick] = []
    details: list[Details] = []
    texts: list[str] = []
    around = read(asks.context) if asks.context else Details()
    owns = [read(part) for part in asks.parts]
    for i, (part, own) in enumerate(zip(asks.parts, owns, strict=True)):
        d = _part_details(bank, asks, i, owns, around, whole, details)
        first = _pick_part(bank, part, asks, d, program, question)
        if (later := later_card(bank, asks, i, first, picks, own, d, program, question)) is None:
            continue  # a fragment of the ask before, or a part the earlier answers already cover
        p = later
        vague = p.confidence < VAGUE
        if picks and len(part.split()) < SHORT_ASK and (own.wants or own.lift) and vague:
            follow = follow_up(bank, picks[-1].card.id, own, own, program)  # "…and for size?"
            if follow is not None and follow.id != picks[-1].card.id:
                p = Pick(follow, 1.0, p.ranked)
        same = any(p.card.topic == q.card.topic for q in picks)
        clash = same and p.card.topic in GOAL_TOPICS and own.wants is None  # no goal of its own
        ids = [q.card.id for q in picks]
        if p.card.id in ids:  # "…what if 12,12,11?", "new wm? and what if I'd got 7?"
            at = ids.index(p.card.id)  # the card answering already works this part's numbers too
            details[at] = _joined(details[at], own)
        elif p.card.id not in ids and not clash:
            picks.append(p)
            details.append(d)
            texts.append(f"{asks.context} {part}")
    return picks, details, texts


def _joined(first: Details, later: Details) -> Details:
    """A later ask the same card answers: its words join the first's, and a max or a target only
    it states ("…and what should my working max be, 1rm is 140?", "…and a 3 rep @ 8 weight from
    that?") fills the first's."""
    return replace(
        first,
        text=f"{first.text} {later.text}",
        one_rm=first.one_rm or later.one_rm,
        target_reps=later.target_reps or first.target_reps,  # the later ask names its own
        target_rpe=later.target_rpe or first.target_rpe,
    )


def _part_details(
    bank: Bank,
    asks: Asks,
    i: int,
    owns: list[Details],
    around: Details,
    whole: Details,
    details: list[Details],
) -> Details:
    """Part i's details: its own, filled from the words around it and the parts before it."""
    own = owns[i]
    d = merge(own, around if len(asks.parts) > 1 else whole)
    if i:  # "150x3 @ 8, e1rm? and 5x3 @ 8 off it?": the earlier parts' set is shared
        earlier = read(" ".join(asks.parts[:i]))
        d = merge(d, replace(earlier, wants=None, avoids_size=False))
    d = _own_sums(bank, asks, i, d, whole, [o.asked.wants for o in owns], around)
    own_text = whole.text if len(asks.parts) == 1 else f"{around.text} {own.text}".strip()
    d = replace(d, text=own_text)  # the numbers listed around the ask, for list calculators
    fixed = UNIT_FIX.search(whole.text) or UNIT_TARGET.search(whole.text)
    if whole.unit and (fixed or d.unit is None):  # "100lb?? no wait it's kg": one unit
        d = replace(d, unit=whole.unit)  # for every part, and a part saying none takes it
    if details and not d.sets and details[-1].sets and d.target_reps and not d.one_rm:
        d = replace(d, sets=details[-1].sets)  # "100x5 @8, e1rm? and 3x8 @7 off that?"
    if details and d.wants is None and not d.avoids_size:  # "…for strength, and how many sets?"
        d = replace(d, wants=details[-1].wants, avoids_size=details[-1].avoids_size)
    return d


def _own_sums(
    bank: Bank,
    asks: Asks,
    i: int,
    d: Details,
    whole: Details,
    wants: list[frozenset[str]],
    around: Details,
) -> Details:
    """Part i's asks filled in from the whole message, less the sums only another part asks for
    ("…e1rm? and is 3 min rest enough?"); `wants` are each part's own asks."""
    d = replace(d, asked=fill(d.asked, whole.asked))
    if len(asks.parts) < 2 or not _no_maths(bank, asks.parts[i]):
        return d
    others = [w for j, w in enumerate(wants) if j != i]
    theirs = frozenset().union(*others) - (wants[i] | around.asked.wants | KEPT_ASKS)
    return replace(d, asked=replace(d.asked, wants=d.asked.wants - theirs))


def _no_maths(bank: Bank, part: str) -> bool:
    """The part alone surely reads as cards that work nothing out (rest, off-topic): the sums
    another part asks for ("e1rm?") are not its own."""
    if _SET_NUMBER.search(part):  # "…and what for 5s at 8?" works from the other part's set
        return False
    cards = [(bank.get(r.card), r.score) for r in default_ranker().rank(part, top=5)]
    plain = sum(score for c, score in cards if c and c.calc is None and c.topic not in LOADS)
    return plain >= SURE  # the likely readings together: "is 90 s rest ok?" is rest either way


def _pick_part(
    bank: Bank, part: str, asks: Asks, d: Details, program: str | None, question: str
) -> Pick:
    """One ask's card; in a message of several asks, one with no training word of its own and
    no sure card is the off-topic half ("best crypto to buy? and how many days as a newbie?")."""
    p = pick(bank, default_ranker(), part, asks.context, d, program, question)
    off = bank.get(OFF_TOPIC)
    if len(asks.parts) < 2 or off is None or p.confidence >= SURE:
        return p
    bare = not GYM_WORDS.search(part.lower()) and not any(ch.isdigit() for ch in part)
    alone = len(part.split()) >= OFF_TOPIC_WORDS and not is_follow_up(part)
    if p.card.id == ABOUT_BOT and p.confidence < VAGUE and _PRODUCT.search(part):
        return Pick(off, 1.0, p.ranked)  # "what preworkout do you rate?" is not about the bot
    if not (bare and alone) or default_ranker().rank(part)[0].card not in OUT_OF_SCOPE:
        return p  # "how many days a week" reads as a card of its own
    return Pick(off, 1.0, p.ranked)


def answer_card(card_id: str, ctx: LifterContext | None = None) -> CoachAnswer | None:
    """The answer of one card, as when a lifter taps one of the offered readings."""
    card = load_bank().get(card_id)
    if card is None:
        return None
    return _reply(load_bank(), [(card, 1.0)], Details(), [Details()], ctx)


def _red_flag(
    bank: Bank, chosen: list[tuple[Card, float]], kept: list[int]
) -> tuple[list[tuple[Card, float]], list[int]]:
    """Pain down a limb: the stop-and-see card first, and no other safety card after it (the
    general injury card's "lifts that don't hurt carry on" would undercut "stop today")."""
    chosen = [(bank.get(RED_FLAG_CARD) or chosen[0][0], chosen[0][1]), *chosen[1:]]
    return chosen, [i for i in kept if i == 0 or chosen[i][0].topic != "safety"] or [0]


def _reply(
    bank: Bank,
    chosen: list[tuple[Card, float]],
    whole: Details,
    details: list[Details],
    ctx: LifterContext | None,
    words: tuple[list[str], str] | None = None,
    tail: str = "",
) -> CoachAnswer:
    """The reply; each card's goal is read from its own ask's words, else the whole message's."""
    texts, message = words or ([""] * len(chosen), "")
    kept = [i for i, (c, _) in enumerate(chosen) if not clashes(c.id, whole)] or [0]
    if radiating(whole.text):  # pain down a limb: the stop-and-see card, never a rep recipe
        chosen, kept = _red_flag(bank, chosen, kept)
    if len(kept) < len(chosen):  # "pregnant: heavy ok, how hard?": no strength-block RPEs after it
        chosen, details = [chosen[i] for i in kept], [details[i] for i in kept]
        texts = [texts[i] for i in kept]
    goals = [
        decide_goal(card, d, normalize(text), normalize(message))
        for (card, _), d, text in zip(chosen, details, texts, strict=True)
    ]
    lead = next((i for i, (c, _) in enumerate(chosen) if c.id != OFF_TOPIC), 0)
    first = chosen[lead][0]  # "best crypto? and how many days?": the training half leads
    blocks = [caveat(whole, injury_card=first.topic == "safety")]
    counted, _ = count_card([c.topic for c, _ in chosen], message)
    count = count_line(message, whole.beginner) if message else None
    if count:  # the counted week replaces the bare "N sets a week" reading
        details = [replace(d, asked=replace(d.asked, weekly_sets=None)) for d in details]
    worked = False  # an earlier card has worked out the asker's figures
    for (card, _), goal, d in zip(chosen, goals, details, strict=True):
        block = card_block(card, goal, d, ctx, after=worked)
        worked = worked or not block.startswith(card.text[:40])  # figures lead, rule after
        aside = card.id == OFF_TOPIC and len(chosen) > 1
        blocks.append(ASIDE if aside else _with_body(block, card.id, message, d))
    if count:
        blocks[counted + 1] = f"{count}\n{blocks[counted + 1]}"
    said_yes = any(c.topic in MAY_LIFT_TOPICS for c, _ in chosen)  # their card says they may
    asked = (general_terms(whole, message, said_yes), first_checks(message))  # under the caveat
    blocks.insert(1, "\n\n".join(x for x in asked if x))
    blocks = merge_repeats(blocks)  # two cards (or a card and the general terms) say it once
    blocks = _once([b for b in blocks if b != ASIDE] + [tail] + [b for b in blocks if b == ASIDE])
    return CoachAnswer(
        goal=message_goal([c for c, _ in chosen], goals, normalize(message)),
        topic=first.topic,
        answer="\n\n".join(b for b in trim(blocks, chosen, details, texts, whole.detail) if b),
        offer_goal_buttons=any(card.goal_buttons for card, _ in chosen),
        cards=tuple(card.id for card, _ in chosen),
        confidence=min(score for _, score in chosen),
    )


def _once(blocks: list[str]) -> list[str]:
    """Each line once: a figure two cards both work out is shown by the first only, and the
    no-unit note once, on the first line that carries it."""
    seen: set[str] = set()
    kept: list[str] = []
    noted = False
    for block in blocks:
        lines = []
        for line in block.split("\n"):
            bare = line.replace(UNIT_FREE, "")
            if line.strip() and bare in seen:
                continue
            seen.add(bare)
            lines.append(bare if noted else line)
            noted = noted or bare != line
        kept.append("\n".join(lines))
    return kept


def _with_body(block: str, card_id: str, message: str, d: Details) -> str:
    """A nutrition card's answer with the asker's own body-weight numbers added."""
    line = None if general_only(d) else body_line(card_id, message, block)
    # their own grams replace the card's worked example for someone else's weight
    return f"{CANNED_PROTEIN.sub('', block)}\n{line}" if line else block


def _clarify(bank: Bank, p: Pick, whole: Details, question: str) -> CoachAnswer:
    options = [bank.get(r.card) for r in p.ranked[:2]]
    choices = tuple(Choice(c.id, c.title) for c in options if c is not None)
    lines = [UNSURE, *(f"• {c.title}" for c in choices)]
    return CoachAnswer(
        goal=decide_goal(p.card, whole, normalize(question)),
        topic="unclear",
        answer="\n".join(lines),
        cards=tuple(c.card for c in choices),
        confidence=p.confidence,
        choices=choices,
    )


def _program(ctx: LifterContext | None) -> str | None:
    if ctx is None or ctx.program not in PROGRAM_NAMES:
        return None
    return ctx.program
