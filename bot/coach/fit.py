"""Which of the ranker's cards can answer this message at all, before the best one is taken.

Two kinds of fit. A programme's card answers only a lifter who names that programme or runs it:
otherwise the closest general card does ("when do I add weight on my 3x10 pulldowns?" is double
progression, not GZCLP's T3 rule). And some cards are only ever asked with a word in the message
(their "needs"): without it, the message asks something else.
"""

from __future__ import annotations

import re

from bot.coach.cardbank import Bank
from bot.coach.health_words import MEDICAL
from bot.coach.ranker import Ranked
from bot.coach.vocabulary import PROGRAMS

PROGRAMME_SHARE = 0.2  # of the top score, for a named programme's card to take the lead
# A programme's card and the general card that answers the same ask for any programme.
GENERAL_OF = {
    "ss_stall": "lp_fail_rule",
    "sl_stall": "lp_fail_rule",
    "gslp_fail": "lp_fail_rule",
    "ss_rules": "lp_definition",
    "sl_rules": "lp_definition",
    "gslp_rules": "lp_definition",
    "sl_increments": "lp_next_load",
    "gslp_increments": "lp_next_load",
    "ss_press_jumps": "micro_increments",
    "rp_mesocycle": "hypertrophy_block",
    "w531_deload_week": "deload_how",
}
# A linear programme's general rules (5 kg a session, reset to 90%) and the programmes with rules
# of their own that those would contradict ("gzclp: how much do the T1s go up?").
LP_GENERAL = frozenset({"lp_next_load", "lp_fail_rule", "lp_definition", "lp_halve_increment"})
OWN_RULES = frozenset({"gzclp", "531", "texas", "juggernaut", "rp"})
# Words only one programme's lifters use, so its cards may answer without its name.
PROGRAMME_WORDS = {
    "531": re.compile(r"\b(7th week|seventh week|leaders?|anchors?|jokers?|5s pro|plus sets?)\b"),
    "juggernaut": re.compile(  # "realistically" is not the realisation week
        r"\b(working max|reali[sz]ation|accumulation|intensification)\b"
    ),
    "rp": re.compile(r"\b(mesocycles?|meso|landmarks?|maintenance volume|myo ?reps?)\b"),
    "texas": re.compile(r"\b(volume day|intensity day)\b"),
}

_SETS_WORD = re.compile(r"\b(sets?|volume)\b")
_REST_WORD = re.compile(r"\b(rest\w*|min\w*|mins|sec\w*|break\w*|wait\w*)\b")
_FAILED = re.compile(  # GZCLP's failure cards: "got every rep, next?" is its progression
    r"\b(fail\w*|miss\w*|stall\w*|couldn'?t|could not|cant|can'?t|didn'?t|did not|short"
    r"|only (got|get|managed|hit)|stuck|reset\w*|fell apart|stage|retest\w*|restart\w*|after"
    r"|drop)\b"
)
# The drug words both steroid cards need; a dose or a quoted "test" ("offering me 'test', 500mg").
_STEROIDS = (
    r"steroids?|roids|gear|testosterone|test e|trt|sarms?|juice|anabolic\w*|peds?|tren|dbol"
    r"|anavar|mg of test|test (cycle|dos\w*|c|cyp\w*|prop\w*)"
)
_DOSE = r'|\d+ ?mgs?\b|[\'"‘’“”]test[\'"‘’“”]'
_DIET_CUT = re.compile(
    r"^(?!.*\b(cut\w* (my |the |your )?(working )?(e1rm|tm|training max|max|weight|load)"
    r"|\d+ ?% (cut|reset|drop)|cut\w* (it |by )?(another )?\d+ ?%"
    r"|what (exactly )?(would|should|do|can) (you|i) cut\b))"  # "…what would you cut" from training
    r"|\b(calorie\w*|kcal|deficit|diet\w*|fat|lose weight|losing weight|lean\w*|shred\w*"
    r"|body ?weight|bw|macros?|weigh ?in|weight class)\b"
)
NEEDS = {
    "gzclp_t1_fail": _FAILED,
    "gzclp_t2_fail": _FAILED,
    "sets_enough": _SETS_WORD,
    "sets_too_many": _SETS_WORD,
    "novice_volume": _SETS_WORD,
    "rest_long_size": re.compile(
        r"(?=.*\b(rest\w*|min\w*|mins)\b).*\b(size|grow\w*|hypertrophy|bulk\w*|muscle|pump"
        r"|bodybuild\w*|gains)\b"
    ),
    "rest_by_exercise_size": _REST_WORD,
    "rfd": re.compile(  # a sprinter asking how to lift for RFD gets the athletes' card
        r"^(?!.*\b(sprint\w*|athlet\w*|sports?|football|rugby|soccer|basketball|track|jump\w*)\b)"
    ),
    "frequency_same_volume": re.compile(
        r"\b(frequen\w*|\d ?x|times|once|twice|often|daily|every day|days?)\b"
    ),
    "high_reps_size": re.compile(r"\b(1[5-9]|[2-9]\d)\b|\bhigh|\bburn|\blight (weight|load)|%"),
    "low_reps_size": re.compile(r"\b[1-6]\b|\blow( |-)?reps?\b|\bheavy|\btriples|\bfives|\bfew"),
    "priority_first": re.compile(r"\b(first|before|start\w*|order|priority|pre)\b"),
    "strength_no_weight": re.compile(  # endurance athletes and climbers have their own card
        r"^(?!.*\b(run\w*|marathon\w*|cycl\w*|endurance|cross country|triathl\w*|swim\w*"
        r"|climb\w*|boulder\w*)\b)"
    ),
    "neural_gains": re.compile(  # "stronger but I look the same": early gains are neural
        r"\b(neural|nervous|neuro\w*|brain|mirror|without getting bigger|visible|no size"
        r"|not bigger|look\w* (exactly )?(the )?same|look\w* (no )?different|look\w* identical"
        r"|look\w* bigger|muscles? show\w*|(body|nothing) (has |hasn'?t )?changed)"
    ),
    "warmup_from_work": re.compile(r"\b(warm\w*|ramp\w*|before|prime\w*|build up|work up|skip)\b"),
    "warmup_sets": re.compile(  # "…and how many sets of them" after leg extensions is volume
        r"\b(warm\w*|ramp\w*|before|prime\w*|build up|work up|injur\w*|safe\w*|feeler\w*)\b"
    ),
    "e1rm_noise": re.compile(  # a max that went down, or wobbles
        r"\b(drop\w*|down|lower\w*|dip\w*|nois\w*|lost|los\w*|went|fell|fall\w*|decreas\w*|less"
        r"|worse|weaker|regress\w*|fluctuat\w*|jump\w*|var\w*|wobbl\w*|reliab\w*|accura\w*"
        r"|consisten\w*|error|retest|day to day|week to week|meaningful)\b"
    ),
    "toned": re.compile(
        r"\b(ton\w*|defin\w*|lean\w*|shape\w*|firm\w*|sculpt\w*|aesthetic\w*|look\w*|abs"
        r"|six pack)\b"
    ),
    "one_set_enough": re.compile(  # "all on one day" is not one set
        r"\b((one|1|single|a) (hard |working |all.out |top )?sets?|minimal\w*|minimum|per exercise"
        r"|(2|two) sets|is (1|one) enough)\b"
    ),
    "lp_next_load": re.compile(  # "120x3 to 122.5x3, progress or noise?" asks no next load
        r"\b(next|add\w*|increase\w*|jump\w*|go up|up|heavier|weight|load|now what)\b"
    ),
    "creatine_steroids": re.compile(  # a programme's "next cycle" is not a steroid cycle
        rf"\b(creatine|{_STEROIDS}|oxandrolone|hormones?|pct|blast|cruise"
        r"|cycle for (a |my )?(bulk|cut|size)\w*)\b" + _DOSE
    ),
    "steroids": re.compile(
        rf"\b({_STEROIDS}|natty|(how much|run\w*|on|tak\w*|offer\w*|sell\w*|hop on) test)\b" + _DOSE
    ),
    "condition_size": MEDICAL,  # "13 and want muscles" names no condition
    # "it cut my e1rm 5%… keep cutting?" cuts a load, not calories: a diet card needs a diet
    **dict.fromkeys(("cutting", "strength_on_cut", "muscle_on_cut"), _DIET_CUT),
    "postpartum_return": re.compile(  # a scoliosis or a surgery is no return after birth
        r"\b(postpartum|post partum|birth|baby|babies|pregnan\w*|c ?section|delivery|born|newborn"
        r"|midwife|months? pp|breastfeed\w*)\b"
    ),
    "bad_day": re.compile(
        r"\b(bad|off|weak\w*|terrible|awful|shit\w*|rough|tired|flat|heav\w*|crap\w*|sucked"
        r"|worse|fail\w*|miss\w*|one session|today|felt|days?|var\w*|fluctuat\w*)\b"
    ),
    # a judo or bjj "blue belt" is a grade, not a lifting belt
    "belt": re.compile(r"(?<!white )(?<!blue )(?<!purple )(?<!brown )(?<!black )\bbelt"),
    "joint_noise": re.compile(  # a noise with no pain told: "clicks and aches" is a pain
        r"^(?!.*(\b(aches?|aching|sore\w*|sharp|swollen|throb\w*)\b|(?<!no )(?<!or )\bswell"
        r"|(?<!no )(?<!without )(?<!zero )(?<!any )\bpain(?!less)"
        r"|(?<!doesnt )(?<!doesn't )(?<!nothing )(?<!not )(?<!never )\bhurt))"
        r".*\b(click\w*|pop|pops|popp\w*|crack\w*|crunch\w*|nois\w*|sounds?|grind\w*|snap\w*"
        r"|krispies|creak\w*)\b"
    ),
    "missed_lift": re.compile(r"\b(miss\w*|fail\w*|pinned|bomb\w*|0 reps|zero reps|dropped it)\b"),
    "load_rounding": re.compile(  # "is 5/3/1 good for both" and "why/why not" ask no rounding
        r"\b(round\w*|plates?|each side|per side|load\w* (?:the bar|on)|between|ugly|odd|weird"
        r"|not \d|decimal|step|nearest)\b"
    ),
    "back_for_bench": re.compile(  # "16, want to bench 100, how?" asks no back work
        r"(?=.*\b(back|rows?|rowing|lats?|pull\w*|chin\w*|upper back|rear delts?)\b)"
        r".*\b(bench\w*|press\w*|push\w*)\b"
    ),
    "lp_accessories": re.compile(  # "do rows give my biceps enough or add curls" is no LP ask
        r"\b(lp|linear|novice|beginner\w*|newbie|starting strength|ss|stronglifts|sl|[35] ?x ?5"
        r"|greyskull|gslp|first program\w*)\b"
    ),
    "dp_vs_linear": re.compile(  # "when do i add weight on 3x12 rows" is double progression itself
        r"\b(linear\w*|lp|every (session|workout|week|time)|each (session|workout|week)"
        r"|same (way|as)|like (on )?(my )?main|main lifts|too (big|much)|jumps?|huge|percent|%"
        r"|which (method|one))"
    ),
    "periodisation": re.compile(  # "should i change reps or rest" with a condition is no theory ask
        r"\b(periodi\w*|undulat\w*|dup|vary\w*|variation|same (thing|routine|program\w*|reps)"
        r"|all year|every (few weeks|block)|each block|between blocks|week to week|switch\w*"
        r"|change (it up|my rep|rep|the rep)\w*|regularly)\b"
    ),
    "layoff_no_demotion": re.compile(  # "healed now, can i deadlift again?" asks no level
        r"\b(beginner\w*|novice|newbie|start\w* (over|again|from)|from (scratch|zero)|level"
        r"|demot\w*|untrained|reset me|square one|restart\w*|intermediate|redo|linear progression"
        r"|starting strength|status)\b"
    ),
    "deload_how": re.compile(  # "keep the weights heavy or go lighter?" on a cut is no deload
        r"\b(deload\w*|back ?off week|recovery week|easy week|light week|unload\w*|rest week"
        r"|week off)\b"
    ),
    "bulk_surplus": re.compile(  # "whats a sensible year?" is no surplus
        r"\b(surplus|bulk\w*|calor\w*|cals|kcal|eat\w*|maintenance|food|gain\w*|dirty|lean|weight"
        r"|protein)\b"
    ),
    "sblock_test_week": re.compile(  # "the last week" of a size block is its deload, not a test
        r"\b(test\w*|max\w*|meet|1rm|3rm|strength (block|phase)|s ?block|s5|week 5|opener|attempt"
        r"|pr|fifth week)\b"
    ),
    "sport_off_season": re.compile(  # a bodybuilder's off-season is a bulk, not a sport's
        r"^(?!.*\b(bodybuild\w*|physique|bb|powerlift\w*|pl meet)\b)"
    ),
    "two_days_week": re.compile(r"\b(2|two|twice|couple|weekends?|2x)\b"),
    "rest_beginner": re.compile(
        r"\b(rest|rests|resting|rested|between sets|seconds|secs|minutes|mins|wait\w*)\b"
    ),
    "layoff_return": re.compile(  # "do i lose 5%?" after a stall is no layoff
        r"\b(off|break|layoff|lay off|away|return\w*|back|coming back|hiatus|stopp\w*|stop"
        r"|quit|haven'?t|havent|missed|healed|cleared|restart\w*|vacation|holiday|since|without)\b"
    ),
}


def unmet_needs(text: str) -> set[str]:
    """The cards whose needed word the (lower-cased) message lacks."""
    return {card for card, need in NEEDS.items() if not need.search(text)}


def fit_programme(bank: Bank, ranked: list[Ranked], text: str, program: str | None) -> list[Ranked]:
    """Programme cards only for the programmes the (normalised) message names or uses the words
    of, or else the lifter's own; a named programme's card leads when it is near the top. With no
    card left, the ranking stands."""
    named = in_view(text)
    lead = named or ({program} if program else set())
    own_rules = bool(lead) and lead <= OWN_RULES
    kept = [
        r
        for r in ranked
        if _programme(bank, r.card) in (None, *lead) and not (own_rules and r.card in LP_GENERAL)
    ]
    share = 1.0 - sum(r.score for r in ranked if r not in kept)  # all the cards not left out
    if not kept or share <= 0:
        return ranked
    stand_in = GENERAL_OF.get(ranked[0].card)
    if kept[0] is not ranked[0] and stand_in:  # "failed 3x5 three times, reset to?": any LP's rule
        kept = [Ranked(stand_in, ranked[0].score), *(r for r in kept if r.card != stand_in)]
    elif kept[0] is not ranked[0]:  # the likeliest reading of the cards that can answer
        kept = [Ranked(r.card, r.score / share) for r in kept]
    if not lead or _programme(bank, kept[0].card) in lead:
        return kept
    for r in kept:
        if _programme(bank, r.card) in lead and r.score >= PROGRAMME_SHARE * kept[0].score:
            return [r, *(x for x in kept if x is not r)]
    return kept


def in_view(text: str) -> set[str]:
    """Every programme the message names ("texas or 531?"), or uses a word only it has."""
    named = {name for name, pattern in PROGRAMS if pattern.search(text)}
    return named | {name for name, words in PROGRAMME_WORDS.items() if words.search(text)}


def _programme(bank: Bank, card_id: str) -> str | None:
    card = bank.get(card_id)
    return card.program if card is not None else None
