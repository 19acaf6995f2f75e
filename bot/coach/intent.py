"""Which topic a question is about and which training goal the asker's situation points to.

Hand-built rules over normalised text (see `normalize`): ordered topic patterns, first match wins,
then a goal decision. Goal policy (SPEC "Coach", COACHING 4.8), decided once and kept consistent:

* `none` for definitions, comparisons, general facts, safety and off-topic questions, and for a
  bare "strength or size?" choice where nothing about the asker tips it either way.
* `both` for beginners (any "I'm new / just started / first program"), for people who want both
  at once, and for how-to questions that name no goal ("how long should I rest?").
* `strength` / `hypertrophy` from what the asker wants: stronger, 1RM, a meet, heavy triples /
  bigger, size, aesthetics, bodybuilding.
* "Will heavy lifting make me bulky?" is `strength`: the asker wants to lift heavy without the
  size, and the answer is the strength-without-size recipe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.models import GoalLabel


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# What the asker wants (goal words) vs how they train (method words): "does low rep training
# build muscle?" wants size; the low reps are only the method. Goal words win.
STRENGTH = _rx(
    r"\bstrong(er|est)?\b",
    r"\bstrength\b",
    r"\bpowerlifting\b",
    r"\b(meet|competition|compete)\b",
    r"\b1rm\b",
    r"\bprs?\b",
    r"\blift (more|heavier)\b",
    r"\b(my|your) max\b|\bmax(ing)? out\b",
    r"\bforce\b",
    r"\bweaker\b",
    r"\b(increase|improve|raise|boost|up) (my |your )?(\w+ )?(max|1rm|total|numbers|lifts?)\b",
    r"\b(bench|squat|deadlift|press) (max|1rm|total|pr)\b",
    r"\b(increase|improve|raise|boost|up|push|add to|better at) (my |your )?(\w+ )?"
    r"(squat|bench|deadlift|ohp|overhead press|press|lifts|total)\b",
    r"\b(squat|bench|deadlift|ohp|press|lift|lifts|olympic lifts) numbers\b",
    r"\b(hit|hitting|reach|reaching) (a |an )?\d+",
    r"\b\d+ plate (bench|squat|deadlift|ohp|press)\b",
)
STRENGTH_METHOD = _rx(
    r"\b(heavy|heavier)\b",
    r"\b(triples?|doubles?|singles?)\b",
    r"\blow reps?\b",
    r"\b(8[5-9]|9[0-9]|100) ?%",
    r"\bsets? of [1-5]\b",
    r"\b\d ?x ?[1-5]\b",
)
SIZE = _rx(
    r"\bbigger\b",
    r"\bget(ting)? big\b",
    r"\bsize\b",
    r"\bhypertrophy\b",
    r"\bmass\b",
    r"\bbodybuilding\b",
    r"\baesthetics?\b",
    r"\bphysique\b",
    r"\bmuscle (growth|size|gain|building)\b",
    r"\b(build|builds|gain|add|put on|grow|building|gaining|adding|putting on)"
    r" (the )?(most |more |some |lean |any )*muscles?\b",
    r"\bmuscular\b",
    r"\bgrow(th|ing|s)?\b",
    r"\bbulk(ing)?\b(?! ?y)",
    r"\b(tone|toned|toning|look(ing)? (better|good|fit)|shredded|lean muscle)\b",
    r"\bgains\b",
    r"\brecomp\w*",
    r"\b(keep|keeping|maintain|maintaining|preserve|preserving|retain|retaining|hold on to)"
    r" (my |the |your |some )?(muscle|muscles|gains|size|mass)\b",
)
SIZE_METHOD = _rx(
    r"\bpump\b",
    r"\bhigh(er)? reps?\b",
    r"\bsets? of (8|9|1[0-9]|20)\b",
    r"\b\d ?x ?(8|9|1[0-9]|20)\b",
)
_AND_BOTH = (
    r"\b(bigger|size|muscle|mass|hypertrophy|aesthetic|aesthetics) and (be |get )?"
    r"(stronger|strength|strong)\b",
    r"\b(stronger|strength|strong) and (look |get |be |build )?"
    r"(bigger|size|muscle|mass|muscular|big|hypertrophy|aesthetic|aesthetics)\b",
    r"\bsame (workout|session|day|program|programme|routine|block)\b",
)
BOTH_WISH = _rx(
    r"\bboth\b",
    *_AND_BOTH,
    r"\b(at the same time|simultaneously|at once|same time)\b",
)
_CHOICE_LEAD = r"(a |get |getting |be |being |train for |training for |go for |going for )?"
CHOICE = re.compile(
    r"\b(strength|stronger|strong|powerlifting)( training)? (or|vs\.?|versus) "
    + _CHOICE_LEAD
    + r"(size|hypertrophy|bigger|big|mass|muscle|aesthetics|bodybuilding)\b( training)?"
    r"|\b(size|hypertrophy|bigger|big|mass|muscle|aesthetics|bodybuilding)( training)? "
    r"(or|vs\.?|versus) " + _CHOICE_LEAD + r"(strength|stronger|strong|powerlifting)\b( training)?"
    r"|\b(bulk|bulking|cut|cutting)( first| now)? or (a )?(bulk|bulking|cut|cutting)\b"
)
# Phrases that name a goal word without the asker wanting it.
NEUTRAL = re.compile(
    r"\bhow heavy\b|\blike a (powerlifting|bodybuilding)\b|\bstarting strength\b"
    r"|\b(of|percent of|percentage of) (my |your |a |the )?(1rm|max)\b"
    r"|\b(strength|hypertrophy|size|heavy) (block|phase|cycle|day|work)s?\b"
    r"|\bweight class(es)?\b|\bdifference between\b.*"
    r"|\b(making|make|seeing|see|no|any|stop|stopped) (\w+ )?gains\b"
    r"|\b(heavy|heavier|light|lighter|low reps|high reps|more reps|fewer reps)( weights?)? or "
    r"(go |lift |do )?(heavy|heavier|light|lighter|low reps|high reps|more reps|fewer reps)\b"
)
BEGINNER = _rx(
    r"\bbeginners?\b",
    r"\bnovices?\b",
    r"\bi am (new|brand new|fairly new|pretty new|completely new)\b",
    r"\bnew (to|at) (lifting|the gym|gym|training|weights|this|working out|strength)\b",
    r"\bjust (started|starting|began|begun|got into|getting into)\b",
    r"\b(first|1st) (program|programme|routine|time|week|month|gym)\b",
    r"\bnever (lifted|trained|been to)\b",
    r"\bfirst[- ]?timers?\b",
    r"\b(starting out|getting started|start(ing)? (lifting|to lift|training|the gym))\b",
    r"\b(lifting|training|going to the gym|working out|been at it|in the gym|at the gym)"
    r"( for| only| just| about| like)* (a|a few|a couple|a couple of|\d+|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven) (weeks?|months?)\b",
)
FIRST_PERSON = re.compile(r"\b(i|my|me|i am|mine)\b")
DEFINITIONAL = re.compile(
    r"^(what is|what are|what does)(?! (better|best|the best|a good|the ideal|the optimal|ideal))"
    r"|^(what do (people|they|you) mean|define|meaning of|explain what)"
    r"|\bmean\??$|\bmeaning\??$|\bstand for\b"
)
COMPARISON = re.compile(r"\b(difference|differences|differ|vs\.?|versus|compared? to|compare)\b")
DETAIL = re.compile(
    r"\b(in detail|detailed|explain|why|elaborate|in depth|the science|more detail)\b"
)

MINOR = re.compile(
    r"\bi am (1[0-7]|[5-9])\b|\b(1[0-7]|[5-9]) (years?|yrs?|y/?o)( old)?\b|\bteen(ager)?s?\b"
    r"|\b(kid|kids|child|children|minor|high school|my son|my daughter)\b"
)
PREGNANT = re.compile(r"\bpregnan\w*|\bpostpartum\b|\bexpecting a baby\b")
MEDICAL = re.compile(
    r"\b(diabetes|diabetic|heart (condition|disease|problem)|blood pressure|hypertension|asthma"
    r"|hernia|epilepsy|medication|meds|surgery|arthritis|osteoporosis|medical condition)\b"
)
PAIN = re.compile(
    r"\b(pain|painful|hurts?|hurting|injur\w*|tweak\w*|strain(ed)?|sprain\w*|pulled (a|my)"
    r"|pinch\w*|sciatica|herniat\w*|tendon\w*|tendinitis|torn|tear|numb|numbness|tingl\w*|sharp"
    r"|swollen|swelling|dislocat\w*|doctor|physio\w*)\b"
    r"|\b(knees?|shoulders?|elbows?|hips?|wrists?|back|joints?) (crack|click|pop|grind)\w*"
)

GYM_WORDS = re.compile(
    r"\b(gym|lift\w*|train\w*|workout|work out|exercis\w*|reps?|sets?|weights?|muscles?"
    r"|squats?|bench\w*|deadlifts?|press\w*|curls?|rows?|pull ?ups?|chin ?ups?|dips?|legs?|arms?"
    r"|chest|back|shoulders?|glutes?|biceps?|triceps?|quads?|hamstrings?|calves|abs|core"
    r"|program\w*|routine|split|cardio|protein|calories|bulk\w*|cut|cutting|deload|rest|rpe|rir"
    r"|1rm|e1rm|531|gzcl|sore|soreness|form|technique|barbell|dumbbells?|kg|lb|fitness)\b"
)

# Fitness topics outside the coach's lane (COACHING 4.9): answered as off-topic, not "unclear".
OUT_OF_SCOPE = re.compile(
    r"\b(fat loss|lose (weight|fat|belly fat)|losing (weight|fat)|weight loss|cardio|jogging|5k|10k"
    r"|marathons?|yoga|stretching|flexibility)\b"
)

# "…and not get hurt", "avoid injury": prevention, not pain.
NO_PAIN = re.compile(
    r"\b(not|never|without|avoid|avoiding|prevent\w*|reduce|lower) (the )?(risk of )?"
    r"(get(ting)? |being )?(hurt|injur\w*)"
)
# "my buddy says… is that true?": checking a claim, not stating a goal.
CLAIM = re.compile(r"\b(is (that|this|it) true|true or (not|false)|bro ?science|myth or)\b")


@dataclass(frozen=True)
class Intent:
    """The rule engine's reading of one question."""

    topic: str
    goal: GoalLabel
    detail: bool
    caveat: str | None  # "minor" | "pregnancy" | "medical"


TOPIC_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "definitions",
        re.compile(
            r"^(what is|what are|what does|define|meaning of|explain what|so what is)( the)?"
            r"( (word|term))?( muscle| muscular| muscle)? (hypertrophy|strength|muscle growth)"
            r"( training)?( (mean|actually|exactly|in lifting|in the gym|really))*\s?\??$"
            r"|^(hypertrophy|strength) (meaning|definition)\??$"
            r"|^(define|meaning of) (hypertrophy|strength)"
            r"|\bis (strength|hypertrophy) (just|only|the same as)\b"
            r"|\bwhat makes (someone|a person|you|people|somebody) (strong|stronger)\b"
            r"|\b(is|are) (strength|strong) and (size|hypertrophy|big) the same\b"
            r"|\b(building muscle|getting bigger|getting big|muscle size|size|hypertrophy|muscle)"
            r" (the )?same (thing )?as (getting |being )?(stronger|strong|strength)\b"
            r"|\b(getting stronger|strength|being strong) (the )?same (thing )?as "
            r"(getting |being )?(bigger|big|size|hypertrophy|building muscle)\b"
        ),
    ),
    (
        "programs",
        _rx(
            r"\b531\b",
            r"\bgzcl\b",
            r"\bstarting strength\b",
            r"\btexas method\b",
            r"\bgreyskull\b",
            r"\bstronglifts\b",
            r"\bboring but big\b",
            r"\b(intermediate|advanced)\b.*\b(program|programme|routine)s?\b",
            r"\b(program|programme|routine)s?\b.*\b(intermediate|advanced)\b",
        ),
    ),
    (
        "e1rm",
        _rx(
            r"\be1rm\b",
            r"\b(estimate|estimated|calculate|calculated|calc|calculator|formula|epley|predict)\b"
            r".*\b(1rm|max)\b",
            r"\b(1rm|max)\b.*\b(estimate|calculator|formula|epley|calculate)\b",
            r"\b(test|find|figure out|work out|know) (my|your|a|the) (1rm|max)\b",
            r"\bwhat (is|does) (my |a |the |an )?1rm\b|\b1rm (mean|stand)",
            r"\bhow (is|do you|do i|does the bot) .*(1rm|max) (calculated|worked out|estimated)",
        ),
    ),
    (
        "weight_classes",
        _rx(
            r"\bweight (class|classes|categor\w*|division)",
            r"\bweigh-?ins?\b",
            r"\b(stronger|strong) without (getting |gaining |adding |putting on |being |looking )?"
            r"(bigger|big|size|mass|weight|muscle|bulk\w*)",
            r"\b(small|smaller|skinny|light|lighter|little) (guys?|girls?|people|lifters?)"
            r".*\b(strong|stronger|lift)",
            r"\b(powerlifting|bodybuilding)\b.*\b(stronger|weaker|lift more|bigger|smaller)\b"
            r".*\b(powerlifting|bodybuilding)\b",
            r"\bwhy (are|do|can|is) (powerlifting|bodybuilding)\b",
            r"\b(need|have) to (get |be )?(bigger|big) to (get |be )?(stronger|strong)\b",
            r"\b(big|bigger) but (weak|weaker|not strong)",
            r"\bstrong but (small|skinny|not big)",
            r"\bmore muscle (always )?(mean|equal)s? (more )?strength\b",
            r"\b(size|muscle size|bigger muscles?|being bigger) (matter|mean|means|equal|equals)\b",
        ),
    ),
    (
        "bulky_myth",
        _rx(
            r"\bbulky\b",
            r"\b(make|turn|making) (me|you|women|girls|her) (into )?(a )?"
            r"(look like a bodybuilding|bodybuilding|manly|hulk)",
            r"^(?!(can|could|how|what|which)\b).*\b(make|turn|making) (me|you|women|girls|her)"
            r" (into )?(a )?(bigger|big)\b",
            r"\btoo (big|bigger|muscular)\b",
            r"\blook (like a man|manly|bulky)\b",
            r"\bbulk up by accident\b|\baccidentally\b.*\b(big|bigger|bulk\w*)",
            r"\b(women|woman|girls?|females?|ladies)\b.*\b(get|getting|become|look) (too )?"
            r"(big|bigger|bulk\w*|muscular)\b",
        ),
    ),
    (
        "which_first",
        _rx(
            r"\b(first|1st)\b.*\b(strength|size|hypertrophy|bulk|block|phase|then)\b",
            r"\b(strength|size|hypertrophy|block|phase)\b.*\b(first|1st)\b",
            r"\b(before|after|then|followed by)\b.*\b(strength|hypertrophy|size) (block|phase)",
            r"\b(strength|hypertrophy|size) (block|phase)s?\b.*\b(before|after|then|order)\b",
            r"\b(which|what) order\b|\border of (blocks|phases|training)\b",
            r"\b(strength|hypertrophy|size) then (strength|hypertrophy|size)\b",
            r"\b(run|do|add|try|start) (a |an )?(hypertrophy|size|strength|bodybuilding)"
            r" (block|phase)\b",
            r"\boff ?-?season\b",
        ),
    ),
    (
        "strength_vs_size",
        _rx(
            r"\b(difference|differences|differ|compare|compared)\b.*"
            r"\b(strength|strong|stronger|size|hypertrophy|bigger|powerlifting|bodybuilding)\b",
            r"\b(strength|size|hypertrophy)\b.*\b(differ|different|difference)\b",
            r"\b(strength|stronger|strong|powerlifting)( training)? (vs\.?|versus) ",
            r"\b(size|hypertrophy|bigger|bodybuilding)( training)? (vs\.?|versus) ",
        ),
    ),
    (
        "both_at_once",
        _rx(
            r"\bboth\b",
            r"\b(at the same time|simultaneously|at once|same time|concurrent\w*)\b",
            *_AND_BOTH,
            r"\bhybrid\b",
        ),
    ),
    (
        "plateau",
        _rx(
            r"\bplateau\w*",
            r"\bstall\w*",
            r"\bstuck\b",
            r"\bdeload\w*",
            r"\bnot (progressing|improving|growing|going up)\b",
            r"\bnot getting (any )?(stronger|bigger|better)\b",
            r"\bstopped (progressing|growing|improving|getting|going up)\b",
            r"\bno (progress|gains|growth)\b",
            r"\bcan not (add|increase|go up|get past|break|beat|move up|progress)\b",
            r"\bhit a wall\b|\bgoing backwards?\b|\bregress\w*|\bgetting weaker\b",
            r"\bsame weight for\b",
            r"\b(haven'?t|have not|hasn'?t|has not) (really )?(gained|grown|progressed|improved"
            r"|gotten|got)\b",
            r"\b(keep |kept )?(failing|missing) (at |my |the )?"
            r"(squats?|bench|deadlifts?|press|lifts?|reps|weights?|sets|\d)",
            r"\b(hasn'?t|haven'?t|has not|have not|not|never) (gone|went|moved|going|budged)\b",
            r"\bstop(ped|ping|s)? (making|seeing|getting) (any )?(gains|progress)\b",
            r"\b(progress|gains|lifts?|growth) (has |have |is |are )?"
            r"(slowed|slowing|stalled|stopped)",
            r"\b(not|no longer|stopped) moving\b|\bwill not (move|budge)\b",
        ),
    ),
    (
        "progression",
        _rx(
            r"\bprogressive(ly)? overload\w*",
            r"\bdouble progression\b",
            r"\bwhen (should|do|can) (i|you) (add|increase|go up|move up|bump up|raise)\b"
            r".*\b(weight|load|kg|lb|bar)\b",
            r"\bhow (much|often) (weight )?(should|do) (i|you) (add|increase)\b",
        ),
    ),
    (
        "rest",
        _rx(
            r"\brest(ing)? (between|time|times|periods?|intervals?)\b",
            r"\bhow long (should i |do i |to |should you )?(rest|wait|break)\b",
        ),
    ),
    (
        "proximity_to_failure",
        _rx(
            r"\bfailure\b",
            r"\b(rir|rpe)\b",
            r"\bin the tank\b",
            r"\bto fail\b",
            r"\bhow (close|hard|intense)\b.*\b(set|sets|failure|push)\b",
            r"\bleave .*\breps?\b",
            r"\bgrind(ing)?\b",
            r"\bhow hard should\b",
        ),
    ),
    (
        "rep_range",
        _rx(
            r"\b(sets and reps|reps and sets|rep range|rep ranges)\b",
            r"\bhow many (sets and )?reps\b",
        ),
    ),
    (
        "nutrition",
        _rx(
            r"\b(protein|calories|calorie|macros|diet|surplus|deficit|creatine|supplements?)\b",
            r"\bpre-? ?workout\b",
            r"\b(eat|eating|food)\b",
            r"\b(bulk|cut)( first| now)? or (cut|bulk)\b",
            r"\bshould i (bulk|cut)\b",
        ),
    ),
    (
        "rest",
        _rx(
            r"\brest(ing)? (between|time|periods?|intervals?|for|after)\b",
            r"\bhow long (should i |do i |to |should you )?(rest|wait|break)\b",
            r"\b(between|in between) (sets|heavy|each set)\b",
            r"\brest\b(?! days?)",
            r"\bbreaks? between\b",
        ),
    ),
    (
        "weekly_sets",
        _rx(
            r"\bhow many (hard |working )?sets\b(?!.*\breps?\b)",
            r"\bsets (per|a|each) (week|muscle)\b",
            r"\bweekly (sets|volume)\b",
            r"\b(training )?volume\b",
            r"\bjunk volume\b|\bmrv\b|\bmev\b",
            r"\b(number of|amount of) sets\b",
            r"\bhow many exercises\b",
            r"\b(\d+|one|two|three|four|five) (hard |working )?sets? (per|a|each|for) "
            r"(exercise|muscle|session|workout|body ?part)\b",
        ),
    ),
    (
        "frequency",
        _rx(
            r"\bhow (often|many (times|days))\b",
            r"\b(days|times|sessions) (a|per|each) week\b",
            r"\bfrequency\b",
            r"\b(split|bro split|full body|upper lower|push pull legs|ppl)\b",
            r"\brest days?\b",
            r"\bevery day\b|\bdaily\b",
            r"\bin a row\b|\bback to back\b|\bconsecutive days\b",
        ),
    ),
    (
        "rep_range",
        _rx(
            r"\breps?\b",
            r"\brep ranges?\b",
            r"\bhow (heavy|much weight|much should i lift)\b",
            r"\bwhat (weight|load|percentage)\b",
            r"\b(percent|percentage|%)\b",
            r"\b(load|intensity)\b",
            r"\bsets of\b|\bsets and reps\b",
            r"\b(light|lighter|heavy|heavier) weights?\b",
            r"\b\d+ ?x ?\d+\b",
        ),
    ),
    (
        "strength_vs_size",
        _rx(
            CHOICE.pattern,
            r"\bwhat should (i|my goal) (train for|focus on|be)\b",
            r"\bwhich goal\b",
            r"\b(pick|choose|decide) between\b",
            r"\b(train|go|focus) for (strength|size)\b.*\bor\b",
            r"\b(powerlifting|bodybuilding) or (powerlifting|bodybuilding)\b",
        ),
    ),
    (
        "beginner_program",
        _rx(
            BEGINNER.pattern,
            r"\bwhere (do i|to|should i) start\b",
            r"\bhow (do|should) i (start|begin)\b",
            r"\b(what|which|good|best|a) (program|programme|routine|workout plan|plan)\b",
        ),
    ),
)

PLATEAU = dict(TOPIC_RULES)["plateau"]  # a stall beats a program name ("failing on SL 5x5")


LIFT_NUMBERS = re.compile(r"\bbigger (total|squat|bench|deadlift|lifts?|numbers|press|max|prs?)\b")


def detect(question: str) -> Intent:
    """Read topic, goal, detail wish and safety caveat from a normalised question."""
    text = LIFT_NUMBERS.sub(r"stronger \1", question.strip())
    caveat = _caveat(text)
    topic = _topic(text, caveat)
    return Intent(
        topic=topic, goal=_goal(text, topic), detail=bool(DETAIL.search(text)), caveat=caveat
    )


def _caveat(text: str) -> str | None:
    if PREGNANT.search(text):
        return "pregnancy"
    if MINOR.search(text):
        return "minor"
    if MEDICAL.search(text):
        return "medical"
    return None


def _topic(text: str, caveat: str | None) -> str:
    if PAIN.search(NO_PAIN.sub(" ", text)):
        return "safety"
    goal_words = (STRENGTH, SIZE, STRENGTH_METHOD, SIZE_METHOD)
    if OUT_OF_SCOPE.search(text) and not any(rx.search(text) for rx in goal_words):
        return "off_topic"
    for topic, pattern in TOPIC_RULES:
        if pattern.search(text):
            if topic == "programs" and PLATEAU.search(text):
                return "plateau"
            return topic
    if caveat is not None:
        return "safety"
    if any(rx.search(text) for rx in (STRENGTH, SIZE, STRENGTH_METHOD, SIZE_METHOD)):
        return "rep_range"
    if OUT_OF_SCOPE.search(text):
        return "off_topic"
    if GYM_WORDS.search(text):
        return "unclear"
    return "off_topic" if re.search(r"[a-z]{2}", text) else "unclear"


# Nobody trains these for a 1RM: a how-to about them with no goal is a size question.
ISOLATION = re.compile(
    r"\b(abs|biceps|triceps|calves|forearms|delts|traps|lats|arms|curls?|lateral raises?"
    r"|glutes|booty|isolation|flyes|flys)\b"
)
_HOW_TO_TOPICS = frozenset({"rep_range", "rest", "weekly_sets", "proximity_to_failure"})
_NONE_TOPICS = frozenset({"definitions", "safety", "off_topic", "unclear"})
_FACT_TOPICS = frozenset({"weight_classes", "e1rm"})  # general facts unless asked about oneself
_DEFAULT_GOAL: dict[str, GoalLabel] = {
    "strength_vs_size": "none",
    "bulky_myth": "strength",
    "both_at_once": "both",
    "which_first": "both",
    "weekly_sets": "hypertrophy",
    "e1rm": "strength",
    "beginner_program": "both",
    "nutrition": "none",
    "plateau": "none",
    "progression": "both",
}


def _goal(text: str, topic: str) -> GoalLabel:
    if topic in _NONE_TOPICS:
        return "none"
    if topic in _FACT_TOPICS:
        return "strength" if FIRST_PERSON.search(text) else "none"
    if BEGINNER.search(text):
        return "both"
    if topic == "both_at_once":
        return "both"
    situation = NEUTRAL.sub(" ", CHOICE.sub(" ", text))
    if _is_general_fact(text, situation):
        return "none"
    if topic == "bulky_myth":
        return "strength"
    if CLAIM.search(text):
        return "none"
    if BOTH_WISH.search(situation):
        return "both"
    wanted = _pick(bool(STRENGTH.search(situation)), bool(SIZE.search(situation)))
    if wanted is None:
        wanted = _pick(bool(STRENGTH_METHOD.search(situation)), bool(SIZE_METHOD.search(situation)))
    return wanted or _fallback_goal(text, topic)


def _pick(strength: bool, size: bool) -> GoalLabel | None:
    if strength and size:
        return "both"
    if strength:
        return "strength"
    return "hypertrophy" if size else None


def _is_general_fact(text: str, situation: str) -> bool:
    """Definitions and comparisons with nothing about the asker in them."""
    if FIRST_PERSON.search(text):
        return False
    if COMPARISON.search(text):
        return True
    wants = STRENGTH.search(situation) or SIZE.search(situation)
    return bool(DEFINITIONAL.search(text)) and not wants


def _fallback_goal(text: str, topic: str) -> GoalLabel:
    """No goal words at all: decide from the topic itself."""
    if topic == "programs":
        return (
            "strength" if re.search(r"starting strength|texas method|stronglifts", text) else "both"
        )
    if topic in _HOW_TO_TOPICS and ISOLATION.search(text):
        return "hypertrophy"
    if topic == "plateau":
        lift = re.search(
            r"\b(bench|squat|deadlift|press|ohp|lift|lifts|weight|kg|lb)\b|\d ?(kg|lb)\b", text
        )
        return "strength" if lift else "none"
    return _DEFAULT_GOAL.get(topic, "both")
