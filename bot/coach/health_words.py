"""Word patterns for the asker's health (on `normalize`d text): pregnancy and birth, medical
conditions and the lasting ones an all-clear does not end, pain said of themselves, red-flag
symptoms, and being cleared. Kept apart from `vocabulary` (sets, loads, experience, age)."""

from __future__ import annotations

import re


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


PREGNANT = re.compile(
    r"\bpregnan\w*|\bpostpartum\b|\bexpecting (?:a baby|my (?:first|second|third|\d\w*)|twins)"
    r"|\btrimester\b|\b\d{1,2} ?(?:weeks?|wks?|months?) (?:along|pregnant|gone)\b"
    r"(?! (?:in|into|on|with) (?:my |the |this )?(?:program\w*|block|cycle|plan|training|531))"
    r"|\bbun in the oven\b|\bwith (?:my )?(?:1st|2nd|3rd|first|second|third) (?:child|baby|kid)?"
    r"(?=[^.?]{0,40}\b(?:along|due|expecting|bump|midwife|ob)\b)|\bdue (?:date|in (?:may|june|\w+))"
    r"|\b(?:my )?(?:ob|obgyn|midwife) (?:says|said|cleared)"
)
AFTER_BIRTH = re.compile(
    r"\b(postpartum|post partum|after (?:giving )?birth|my baby is|since the birth)\b"
)


def cleared_after_birth(text: str) -> bool:
    """'postpartum 6 months, doc cleared me fully': no longer pregnant, and cleared to train."""
    return bool(AFTER_BIRTH.search(text) and cleared(text))


MEDICAL = re.compile(
    r"\b(diabetes|diabetic|heart (condition|disease|problem)|blood pressure|bp|hypertension|asthma"
    r"|hernia|epilepsy|medication|surgery|arthritis|osteoporosis|medical condition|chemo\w*"
    r"|stents?|pacemaker|heart attack|cardiac|bypass|blood clots?|stroke|heart surgery"
    r"|osteopenia|low bone density|type (1|2|one|two) diabet\w*|t[12]d|kidney disease|copd"
    r"|cancer|heart murmur|multiple sclerosis|parkinson\w*|lupus|fibromyalgia|scoliosis|fever\w*"
    r"|feverish|a temperature|chest infection|sore throat|pcos|polycystic ovar\w*"
    r"|insulin resistan\w*|hypothyroid\w*|underactive thyroid"
    r"|(knee|hip|shoulder|joint) replacement)\b"
)
# Conditions a doctor's all-clear does not end: the asker still gets general advice only, with
# their doctor's or surgeon's word over any programme (a new knee a year on, bone density).
LASTING = re.compile(
    r"\b((knee|hip|shoulder|joint) replacement|osteopenia|osteoporosis|low bone density|diabet\w*"
    r"|pcos|polycystic ovar\w*|insulin resistan\w*|hypothyroid\w*|heart (condition|disease)"
    r"|blood pressure|hypertension|pacemaker|stents?)\b"
)
_PAIN = (
    r"(pain|painful|hurts?|hurting|injur\w*|tweak\w*|strained|sprain\w*"
    r"|pulled(?! ?\d)(?! (?:a |my )?(?:pr|single|double|triple|\d))|sciatica"
    r"|herniat\w*|tendinitis|tendonitis|torn|numb|numbness|tingl\w*|swollen|swelling|swells|twinges?"
    r"|twinging|throbb\w*|aches?|aching|achy)"
)
# Symptoms that mean "stop today and see a doctor", whatever else was asked.
RED_FLAG = re.compile(
    r"\bchest (feels |is |gets |goes )?(pain|tight\w*|pressure)"
    r"|\b(tight|pain\w*|pressure) in (my |the )?chest\b"
    r"|\bdizz\w*|\bfaint\w*|\blight ?headed\w*|\bblack(ed|ing)? out\b|\bpassed out\b"
    r"|\bshort(ness)? of breath\b|\bpalpitation\w*|\bnumb(?:ness|ed|s|ing)?\b|\bpins and needles\b"
    r"|\btingl\w*|\bswell\w*|\bswollen\b"
)
PAIN_WORDS = re.compile(r"\b" + _PAIN + r"\b|\bsore\b")
OWN_PAIN = _any(
    r"\b(my|i have|i have got|i got|i am having|it|that|this)\b[^.?!]{0,30}\b" + _PAIN + r"\b",
    r"\b" + _PAIN + r" (in|on|at|around|down) (my|the) ",  # "sharp pain in my shoulder"
    r"\bi (hurt|injured|tweaked|strained|pulled(?! ?\d)|tore|sprained)\b",
    # "wrists hurt on bench", "pulled my hamstring sprinting": the body part says whose it is
    r"\b(wrists?|knees?|elbows?|shoulders?|back|hips?|neck|ankles?|hamstrings?|hammies|quads?"
    r"|pecs?|chest|biceps?|triceps?|groin|calf|calves|forearms?|glutes?) (hurts?|hurting|aches?"
    r"|aching|achy|kills|kill me|killing|is killing me|are killing me|pinch\w*|twing\w*)\b",
    # "shoulders are kinda achy", "knee's been killing me": a body part, then how it feels
    r"\b(wrists?|knees?|elbows?|shoulders?|back|hips?|neck|ankles?|hamstrings?|pecs?|biceps?"
    r"|triceps?|forearms?|glutes?)('s| is| are| has| have)? (been |felt |feels? |getting )?(\w+ )?"
    r"(achy|aching|painful|killing me|hurting|tweaked|inflamed)\b",
    r"\b(felt|heard) (a |something )?(tear|pop|snap|rip)\b",  # "felt a tear/pop in my chest"
    r"\b(pulled|tweaked|strained|tore|sprained|injured|popped|rolled) ((my|a) (\w+ )?"
    r"|(lower|upper|mid|left|right) )(hamstring"
    r"|hammy|muscle|back|groin|calf|quad|pec|shoulder|knee|wrist|elbow|bicep|tricep|ankle|hip"
    r"|neck|rotator cuff|disc)s?\b",
)
NO_PAIN = re.compile(
    r"\b(not|dont|don't|never|without|avoid|avoiding|prevent\w*|reduce|lower|no|scared of|afraid of"
    r"|worried about)( want| wanting)?( (him|her|them|me|you|my \w+))?( the)?( risk of)?"
    r"( to)?( get(ting)?| being| be| any)? (hurt|injur\w*|pain)\w*"
    r"|\b(does not|do not|did not|no longer|never) (\w+ )?(hurts?|ache)\b"
    r"|\b(hurt|hurts|hurting) (my |your |the )?(growth|gains|progress|results|recovery|strength"
    r"|size|ego|performance|lifts?|numbers|sleep)\b|\bsore throat\b"  # an illness, not a pain
    # "i rest 45 s, is that hurting me?": asking whether a habit holds them back, not a pain
    r"|\b(is|was|would|will|could|can|might) (that|this|it|doing (that|this|it)) (be )?hurt(ing)? "
    r"(me|you)\b(?! (in|on|at|when|every)\b)"
)


def warning_signs(text: str) -> bool:
    """A symptom that means stop today and see a doctor (chest, dizziness, numbness…)."""
    return bool(RED_FLAG.search(NO_PAIN.sub(" ", text)))


CLEARED = re.compile(
    r"\b(cleared|healed|fully recovered|recovered from|all clear|green light|back to normal"
    r"|rehab is done|finished (rehab|physio))\b"
    r"|\b(doc|doctor|physio|surgeon)\w* (says?|said) (that )?(i am |it is |i am now )?"
    r"(fully |all )?(fine|ok|okay|good|healed)\b"
)
# "doc hasn't cleared me yet", "not cleared", "waiting to be cleared": no all-clear at all.
NOT_CLEARED = re.compile(
    r"\b(not|never|hasnt|has not|havent|have not|hadnt|wasnt|was not|didnt|did not|yet to|until"
    r"|till|before|waiting (to be|for)|wait to be|unless|no)( \w+){0,3}? (cleared|cleared me"
    r"|the all clear|the green light|all clear|green light)\b"
    r"|\bcleared\b( \w+){0,2} yet\b|\bonly (light|gentle|easy) (exercise|activity|training|walking)"
    r"|\b(light|gentle|easy) (exercise|activity|training|stuff|weights)( is| are)?"
    r" (only|ok|okay|fine|allowed)\b"
)


def cleared(text: str) -> bool:
    """Healed or given the all-clear, not "hasn't cleared me yet" or "light exercise only"."""
    return bool(CLEARED.search(text)) and not NOT_CLEARED.search(text)
