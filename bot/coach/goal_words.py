"""Goal words (SPEC "Coach", COACHING 4.8), read on `normalize`d text.

What the asker wants decides, not the method they name; looks words ("toned", "defined") mean
muscle; what they don't want is never read as a wish. `STRENGTH`/`SIZE` feed the extracted
`Details.wants`; the `*_SAID` patterns are the stricter "said as a goal" reading of `decide_goal`;
the situation patterns read the training the asker is in (a meet, a block, a novice LP).
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


STRENGTH = _rx(
    r"\bstrong(er|est)?\b",
    r"\bstrength\b",
    r"\bpowerlifting\b",
    r"\b(meet|competition|compete)\b",
    r"\b(1rm|prs?|max|total)\b(?! (is|of|was|at|number|useful|amount|sets|volume|reps|rest|time"
    r"|beginner|newbie|noob|novice|newb))",  # "total beginner" is no total to raise
    r"\blift (more|heavier)\b|\bbigger (squat|bench|deadlift|dl|pull|press|ohp|total|lifts?)\b",
    r"\b(increase|improve|raise|boost|up|push|add to|better at) (my |your )(\w+ )?"
    r"(squat|bench|deadlift|ohp|press|lifts|total|max|1rm|numbers)\b",
)
SIZE = _rx(
    r"\bbigger\b(?! (squat|bench|deadlift|dl|pull|press|ohp|total|lifts?)\b)",
    r"\b(build|grow|building|growing)( up)?( my| the)? (delts|shoulders|arms|biceps|triceps|chest"
    r"|pecs|back|lats|quads|glutes|legs|hamstrings|calves|traps)\b(?! back\b)",  # not a return
    r"\bget(ting)? big\b",
    r"\bsize\b",
    r"\bhypertrophy\b",
    r"\bmass\b",
    r"\bbodybuilding\b",
    r"\baesthetics?\b",
    r"\bphysique\b",
    r"\bmuscle (growth|size|gain|building)\b",
    r"\b(build|builds|gain|add|put on|grow|building|gaining|adding|putting on|keep|keeping"
    r"|maintain|maintaining|preserve|retain)( the| my)? (most |more |some |lean |any )*"
    r"(muscles?|gains|size|mass)\b",
    r"\bmuscular\b",
    r"\bgrow(th|ing|s)?\b",
    r"\bbulk(ing)?\b(?! ?y)",
    r"\b(tone|toned|toning|defined|definition|shredded|lean muscle|look(ing)? (better|good|fit))\b",
    r"\bgains\b",
    r"\brecomp\w*",
)
BOTH_WISH = _rx(
    # "both twice a week", "both exercises", "…on both": a count of things, not the two goals
    # "…fewer sets? both?", "(both from last block)": options or items, not the two goals
    r"(?<!\bon )(?<!\? )\bboth\b(?!\?)(?! (from|twice|once|\d|times|days|sessions|exercises"
    r"|lifts|sides|arms|legs|of (them|these|those)|are|were|count|on|at|in|hurt|dropped|drop|fell"
    r"|went|go|stalled|stall|moved|felt|feel|feels|look|looks|got|get|did|do|have|had|hit|failed"
    r"|e1rms?|maxes|numbers|weights|sets|reps"
    r"|stuck|flat|formulas|ways|answers|sides|opinions|views|camps"
    r"|methods|programs|programmes))(?<!\busing both)(?<!\buse both)"
    r"(?! \w+ (exercises|lifts|moves|muscles|days|sessions)\b)"  # "both back exercises"
    # "both rows and pulldowns dropped": two things, unless the two are the goals
    r"(?! (?!(size|strength|muscle|mass|hypertrophy|bigger|stronger|looks|aesthetics?)\b)\w+"
    r" (and|&|n)\b)"
    r"(?<!e1rms for both)(?<!e1rm for both)(?<!maxes for both)(?<!numbers for both)"
    r"(?<!weights for both)(?<!loads for both)",
    r"\b(bigger|size|muscle|mass|hypertrophy|aesthetics?) and (be |get )?"
    r"(stronger|strength|strong)\b",
    r"\b(stronger|strength|strong) and (look |get |be |build )?"
    r"(bigger|size|muscle|mass|muscular|big|hypertrophy|aesthetics?)\b",
    r"\b(big|huge|jacked|heavier) and (strong|stronger)\b",
    r"\b(at the same time|simultaneously|at once|powerbuilding)\b",
)
# Phrases that carry a goal word without the asker wanting it.
NEUTRAL = _rx(
    r"\bstarting strength\b",
    r"\bbigger(?= (total|max|1rm|pr|numbers|squat|bench|deadlift|lifts?)\b)",
    r"\b(been|was|have been|had been) (training|lifting|going) for (strength|size|hypertrophy)\b",
    r"\b(strength|hypertrophy|size) (block|phase|cycle|day|work|program|programme|training)s?\b"
    r"(?= (first|or|vs|then|before|after))",
    r"\bdifference between\b.*",
    r"\b(or|vs\.?|versus)\b.*",
    r"\b(strength|size|hypertrophy|bigger|stronger|strong|big|muscle|mass)( training)? (or|vs\.?"
    r"|versus)\b",
    r"\btraining max\b|\bworking max\b",
    # a myth about height, no wish: "it stunts your growth", "stops you growing"
    r"\b(stunts?|stunting|stops?|stopping|stunted)( \w+)? (growth|growing)\b",
    r"\b(meet|comp|competition) (is )?not (for|until|till) \w+\b|\bno (meet|comp|competition)s?\b"
    r"|\bnot (competing|a powerlifting)\b",
    r"\b(making|make|seeing|see|no|any|stop|stopped|lost|losing) (\w+ )?"
    r"(gains|strength|size|prs?)\b",
)
_NOT_WANTED = (
    r"\b(do not|never|without|no|avoid|avoiding|not|scared of|afraid of|fear|worried|worry|hate"
    r"|rather not|less)\b( about)?( want to| wanting to)?( get| getting| to get| being| looking"
    r"| look| becoming| become| gaining| gain| adding| add| putting on| packing on| pack on"
    r"| look like| looking like)*( too| any| a)?"
    r" (bulky|bulk up|bulk|big|bigger|size|mass|muscular|manly|weight|a bodybuild(er|ing))\b"
)
# "will heavy squats make my legs huge?" is a fear, not a wish.
_FEARED = (
    r" (make|give|turn)( me| my \w+| you| your \w+| her( \w+)?| him| his \w+)?( look| get)?"
    r"( too)?( \w+)? (bulky|bigger|big|huge|manly|thick|thicker|wider)\b"
)
FEAR = _rx(
    r"\b(will|does|do|would|can|could|is) (it|this|that|lifting|heavy|weights?|\w+ing|\w+s)"
    r"( \w+){0,4}" + _FEARED,
    r"\b(think|thinks|worried|afraid|scared|says?|heard|fears?)\b[^.?!]{0,30}"
    r"\b\w+ (will|would|could|might|can)" + _FEARED,
)
NOT_WANTED = re.compile(f"{_NOT_WANTED}|{FEAR.pattern}")
_STAY = (
    r"\bstay (the same weight|in my weight class|lean|light|small)\b",
    r"\bwithout (getting |gaining )?(bigger|size|mass|weight)\b",
)
AVOID_SIZE = _rx(NOT_WANTED.pattern, r"\bbulky\b|\bbulk me up\b|\bbulk you up\b", *_STAY)
# "I don't want to get bulky" refuses size; "will heavy lifting make me bulky?" only asks.
REFUSED_SIZE = _rx(_NOT_WANTED, *_STAY)
# A goal said as a goal: a wish or a purpose word shortly before the goal word.
_CUE = (
    r"\b(for|want|wants|wanted|wanna|need|trying|try|looking|goal|goals|care|cares|caring|focus"
    r"|focused|focusing|prioriti[sz]e|aim|aiming|hope|hoping|interested|prefer|rather|build"
    r"|building|builds|get|getting|be|become|gain|gaining|grow|grows|growing|keep|keeping|mainly|mostly|only|like)\b"
)
_GAP = r"[^\w.?!;]+"  # between words of one sentence: "for?? also hypertrophy" is two
_LIFT = r"(squat|bench|deadlift|deads?|pull|press|ohp|total|lifts?|numbers?|1rm|max)"
_STRENGTH_WORD = r"(strength|stronger|strong|powerlifting)"
_SIZE_WORD = (
    rf"(size|bigger(?! {_LIFT})|big(?! {_LIFT})|hypertrophy|muscles?|muscular|mass|grow|growth"
    r"|growing"
    r"|gains|toned|tone|aesthetics?|physique|jacked|huge|swole|bodybuilding"
    r"|looking good"
    r"|look good|look better)"
)
STRENGTH_SAID = re.compile(
    rf"{_CUE}({_GAP}\w+){{0,4}}?{_GAP}{_STRENGTH_WORD}\b"
    rf"|\b{_STRENGTH_WORD} (goal|block|phase|focus|program|programme|cycle|sets|meso|mesocycle)\b"
    rf"|\b(bigger|stronger|heavier) {_LIFT}\b"
    rf"|\bgoal( this year| for \w+)?( is| =|:)? (a )?\d+(\.\d+)? ?(kg|kgs|lbs?)? {_LIFT}\b"
    rf"|\b(increase|improve|raise|boost|up|push|add to|build|building|grow|keep building)"
    rf" (my |your |the )(\w+ )?{_LIFT}\b"
    rf"|\bget(ting)? my (\w+ ){{0,3}}{_LIFT} up\b"  # "get my squat bench dead up"
    rf"|\bget(ting)? my (\w+ )?{_LIFT} (up )?to \d+"
    rf"|\b(keep|get|keeping|getting|want|need) my (\w+ )?{_LIFT} (to )?(go up|going up|climbing"
    r"|moving|increasing|progressing|up)\b"
    rf"|\b(want|wanna|hit|reach)( that| a| to hit| to get)? \d+ ?(kg|kgs|lbs?)? {_LIFT}\b"
    rf"|\b(want|wanna|trying|goal is|aim) to (\w+ ){{0,4}}?{_LIFT} \d+\b"
    r"|\b(i am|im|i'm|as) an? (\w+ )?powerlift(er|ing)\b|\bpowerlift(er|ing) (here|for)\b"
    r"|\b(my|a|next) (powerlifting )?meet\b|\b(my|the) total\b"
)
# "lifts to bring up squat?", "max out my bench": the lift's number wanted up, read for the label
# only (the card stays the one the words ask for: secondary lifts, a teen's plan).
LIFT_WISH = re.compile(
    rf"\b(bring up|bring my|bringing up|max out) (my |the )?(\w+ )?{_LIFT}\b"
    r"(?! (form|technique|depth|mobility|setup|stance|grip|position|posture))"
)
# "are beginners accurate at RPE?" asks about beginners in general, not as one.
BEGINNERS_IN_GENERAL = re.compile(
    r"\b(do|can|are|should|would|for|most|many|some|all|how do|why do) (\w+ )?beginners\b"
    r"|\bbeginners (are|can|do|should|get|need|really)\b|\b(novice|beginner) again\b"
    # "should i go back to a beginner program?" after a layoff: a returner, not a beginner
    r"|\b(back to|go back to|restart|start over( on| with)?)( as)? (a |the )?(beginner|novice)\b"
)
SIZE_SAID = re.compile(
    rf"{_CUE}({_GAP}\w+){{0,4}}?{_GAP}{_SIZE_WORD}\b"
    rf"|\b(size|hypertrophy|bodybuilding) (goal|block|phase|focus|program|programme|cycle|meso)\b"
    r"|\b(arms?|legs?|chest|back|glutes?|quads?|shoulders?|biceps|triceps|calves) (to )?grow\b"
    r"|\b(not|stopped|never|no longer|have not|has not|haven't|hasn't) (grown|growing|getting"
    r" bigger)\b"
    r"|\band (to )?(look|looking) (better|good|jacked|muscular)\b"
    r"|\blook like i (lift|train|work out|go to the gym)\b"  # "…up and look better"
    r"|\bto (grow|get bigger)\b"
    r"|\b(not lose|keep|maintain|hold on to|hang on to) (my |the |any )?(muscle|size|mass)\b"
    r"|\b(want|wanna|need) (bigger |more |rounder |better )?(glutes|delts|biceps|arms|quads)\b"
    r"|\b(thicker|wider|fuller|rounder|bigger) (\w+ )?(back|arms?|chest|legs?|glutes?|quads?"
    r"|shoulders?|delts|lats|calves|traps|biceps|triceps|hamstrings|butt)\b"
    r"|\b(i am|im|i'm|as) an? (\w+ )?bodybuild(er|ing)\b|\b(years?|yrs?|training),? bodybuilding\b"
)
# "i want size and strength": a wish for both, though the pair also reads as a comparison.
WANT_BOTH = re.compile(
    rf"{_CUE}( \w+){{0,2}} (size|muscle|mass|hypertrophy|bigger|big) and"
    r" (strength|stronger|strong)\b"
    rf"|{_CUE}( \w+){{0,2}} (strength|stronger|strong) and (size|muscle|mass|bigger|big)\b"
)
# "training for strength vs training for size" compares the two, it wishes for neither.
COMPARED = re.compile(
    r"\b(training )?(for )?(a )?(strength|size|hypertrophy)( training)? (or|vs|versus|and)"
    r" (only |just |for )?(training )?(for )?(a )?(size|strength|hypertrophy)\b"
)
# What the asker says they don't care about is not a wish ("strength numbers do not matter").
DISMISSED = re.compile(
    r"\b(have|has|need|needs) to be (\w+ )?(big|bigger|huge|strong|stronger)\b|"
    r"\b(been|was|have been|had been|used to be) (training|lifting|going) for \w+\b|"
    r"\bnot (to )?(look|looking) like( a)? \w+|\bthan (size|strength|hypertrophy|getting \w+)\b|"
    r"\b(do not|does not|dont|doesnt|never) care( at all)? about [\w ]{0,30}"
    r"|\b\w+( \w+)? (do not|does not) matter\b"
    r"|\b(strength|size|looks|numbers) (is|are) (secondary|second|a bonus|less important)\b"
    r"|\b(just )?(finished|finishing|done with|coming off|came off|ended|after)( a| my| the)?"
    r" (size|hypertrophy|strength|bodybuilding) (block|phase|meso|mesocycle|cycle)\b"
    r"|\b(keep|kept) (reading|hearing|seeing) [^.?!]*"  # what they read is no wish of theirs
    r"|\bboring but big\b"  # BBB is a programme's name, not a wish for size
    r"|\b(someone|people|they|he|she|my \w+) (said|says|told me|suggested|suggests|recommends?)"
    r" (to |i )?(do |should do |run )?(a )?(strength|size|hypertrophy) (phase|block)\b"
)
# "is 5x5 a strength or a size scheme?" asks which, it states nothing.
WHICH_OF = re.compile(
    r"\b(a|for|is it) (strength|size|hypertrophy) or (a )?(size|strength|hypertrophy)\b"
    r"|\b(between|for) (\w+ ){1,2}(vs|versus) (\w+ )?(between |for )?\w+"  # "curls vs deadlifts"
)

# The training the asker is in, said about themselves. A physique show is not a strength meet.
SHOW = re.compile(
    r"\b(physique|bodybuilding|bikini|figure|classic) (comp|competition|show|contest)s?\b"
)
_WHEN = r"(\d+|a|one|two|three|four|five|six|eight|ten|few)"
IN_STRENGTH_TRAINING = _rx(
    rf"\b(meet|comp|competition)( is)? (in|next) {_WHEN} (days?|weeks?|wks?|months?)\b",
    rf"\b{_WHEN} (days?|weeks?|wks?|months?) (out )?(from|till|until|til|to|before|away from)"
    r" (my |the |a )?(meet|comp|competition)\b",
    r"\b(my|next|first) (powerlifting )?(comp|competition)\b",
    rf"\b(meet|comp|competition) (is )?{_WHEN} (days?|weeks?|wks?|months?) (out|away)\b",
    r"\b(competing|compete|competes) (in )?(powerlifting|meets?|a meet)\b|\bmy (next )?meet\b",
    r"\bmy (\d+ |last \d+ |recent )?strength (sessions|days|workouts)\b",
    r"\bmeet (is )?at the end\b|\b(cutting|cut|dropping|drop|making|make) (down )?(to|for) (the )?"
    r"\d+(\.\d+)? ?(kg|kgs|lbs?)? (weight )?(class|category)\b",
    r"^powerlifting\b|\b(i am|im) an? (\w+ )?powerlifting\b",
    r"^strongman\b|\b(i am|im|as) an? (\w+ )?strongman\b|\bstrongman (here|competitor|athlete)\b",
    r"\b(move|moving|go|going|step|stepping) up (to )?(a |the )?(\d+(\.\d+)? ?(kg|kgs|lbs?)? )?"
    r"(weight )?(class|category)\b",
    r"\b(peaking|peak (block|phase|week))\b|\b(meet|comp) prep\b",
    r"\bs ?block\b",  # lifters' shorthand for a strength block
    # a strength block's own weeks: "my S1 week 4x4 @7.5", "test week, what opener?"
    r"\b(s ?[1-4]|test|testing) (week|wk)\b|\bweek s ?[1-4]\b",
    r"\b(been|years? of|yrs? of) powerlifting\b|\bpowerlifting (for )?\d+ (years?|yrs?)\b",
    r"\b(want|wanna|going|plan|planning) to (do|run|start) (a )?5x5\b",
    r"\b(doing|running|on) a 5x5 (thing|program|programme|routine|plan)\b",
)
_MUSCLE = (
    r"(chest|back|quads|hams|hamstrings|glutes|delts|shoulders|arms|biceps|bis|triceps|tris"
    r"|calves|lats|traps|legs|abs)"
)
# A mesocycle of one's own is the size-block word (RP's); a strength one is said as such.
IN_SIZE_TRAINING = _rx(
    r"\bmeso(cycle)?s?\b",
    r"\b\d ?x ?(6|8|10|12) ?- ?(10|12|15|20)\b",  # "3x8-12": double progression, a size scheme
    r"\bbodybuilding (style|training|split|program|programme)\b",
    r"\bh block\b",
    r"\brp (style|meso|program|programme|template)\b",
    # their own weekly sets for a muscle, the size block's dial ("chest at 14 sets a week")
    r"\b(at|doing|i do)( like| about| around)? \d+ (weekly |direct |hard )?sets( of)?( \w+)?"
    r"( a| per|/) ?(week|wk)\b",
    r"\b(i am|im|i'm|currently|been) (on a |in a )?bulk(ing)?\b|\b(my|first|this) bulk\b"
    r"|\bbulking for\b",
    rf"\b{_MUSCLE} (is |are )?(at|on) \d+ (weekly |direct |hard )?sets\b",
)
# A block of their own (COACHING 4.0: H and S blocks follow the novice LP): no beginner, whatever
# "stalled for 3 weeks" reads as.
OWN_BLOCK = re.compile(
    r"\b(my|this|current|in an?|in the) (hypertrophy|size|strength|h|s) (block|meso|mesocycle)\b"
    r"|\b(hypertrophy|size|strength|h|s) meso(cycle)? (week|wk) \d|\bmeso(cycle)? (week|wk) \d"
)
# A novice linear progression: a beginner's programme (COACHING 4.8: beginners gain both).
_LP = (
    # "starting strength block next week" is a strength block starting, not Rippetoe's programme
    r"(starting strength(?! (block|phase|cycle|meso|work|training))|rippetoe|ss"
    r"|strong ?lifts|sl ?5x5|gr[ae]y ?skull|gslp|phrak|gzclp?|lp|linear progression)"
)
NOVICE_LP = re.compile(rf"\b{_LP}\b")
FIVE_BY_FIVE = re.compile(r"\b5 ?x ?5\b")
# "adding 2.5 each time": a linear progression of their own, named or not.
LP_RUN = re.compile(
    r"\b(add|adding|added|put on|putting on) \d+(\.\d+)? ?(kg|kgs|lbs?)? (each|every|per|a)"
    r" (time|session|workout)\b"
)
# "what after starting strength?", "is LP done for me?": past the novice programme, or leaving it.
PAST_LP = re.compile(
    rf"\b(after|finished|finishing|done with|outgrew|outgrown|moving on from|move on from)"
    rf" (my |the |a )?(\w+ )?{_LP}\b|\b{_LP} (is )?(done|over|finished)\b"
)
# "started SS 6 weeks ago": a novice LP of their own, weeks or a few months in, whatever comes next.
LP_STARTED = re.compile(
    rf"\b(started|began|been on|been running|been doing) (the )?{_LP} (\d+|a few|few|two|three"
    r"|four|five|six|eight) weeks?\b"
    rf"|\b(started|began|been on|been running|been doing) (the )?{_LP} ([1-4]|a|one|two|three"
    r"|a few|few|a couple of) months?\b"
)
# Their own run of it: said in the first person, or what happened in their sessions.
OWN = re.compile(
    r"\b(i|me|my|mine|running|failed|missed|stuck|stalled|got|reset|resets|repped)\b"
    r"|\b(day|week) \d|(^|\b(i am|im|been|currently|still) )on (the )?(texas|tm|531|wendler"
    r"|juggernaut|gzclp?|gslp|gr[ae]y ?skull|strong ?lifts|starting strength)\b"
    r"|\b(starting|started|doing) (the )?(texas|531|wendler|juggernaut|gzclp?|gslp|gr[ae]y ?skull"
    r"|strong ?lifts|starting strength)\b"
)
# What happened in their own sessions: a fail, a stall, a rep count ("5 5 5 4 4").
FAILED = re.compile(
    r"\b(failed|failing|missed|stalled|stuck|can not (finish|get|hit|complete|make)|could not"
    r"|did not (get|finish|hit|make))\b"
)
OWN_RUN = re.compile(rf"{FAILED.pattern}|\b(got \d+|hit \d+|\d+ reps)\b|\b\d+( \d+){{3,}}\b")
# Someone else's training ("my dad wants to start", "my wife hurt her knee") asked about by
# an asker who says nothing of their own: no goal of the asker's to label.
_OTHERS = (
    r"(son|daughter|kid|dad|father|mom|mother|mum|wife|husband|brother|sister|friend|buddy"
    r"|client|grandma|grandpa|partner|boyfriend|girlfriend|nephew|niece)"
)
SOMEONE_ELSE = re.compile(
    rf"\b(?:my (\w+ ){{0,3}}|\d{{1,2}} ?(?:yo|y/o|yrs? old|years? old)? ){_OTHERS}\b[^.?!]{{0,60}}"
    r"\b(wants?|is|has|had|hurt|tore|started|asked|got)\b"
)
ASKER_TRAINS = re.compile(
    r"\bi (am|want|wanna|do|did|squat|bench|deadlift|lift|train|run|hit|got|have been|need)\b"
    r"|\bmy (own|squat|bench|deadlift|press|training|program|programme)\b"
)
# Their own numbers in the programme's terms: "tm is 60", "friday 5rm 140".
OWN_NUMBERS = re.compile(r"\b(tm|training max|working max|wm|5rm|3rm|1rm|max) (is |of |at |= )?\d+")
# Their own main barbell lift stuck: the number they want up is a strength number.
_MAIN = r"(squat|bench|deadlift|dl|ohp|overhead press|press)"
MAIN_LIFT_STALL = re.compile(
    rf"\bmy {_MAIN}( e1rm)?( \w+){{0,3}} (is |has been |been )?(stuck|stalled|plateaued|not moving"
    r"|has not moved|have not moved)\b"
    rf"|\b{_MAIN}( e1rm)? (feels |is |has been |been )?(stuck|stalled)\b"
    rf"|\b{_MAIN}( e1rm)? (has |have )?(sat|been sitting|been sat|stayed|been stuck) at \d+"
    rf"|\b(stalled|stuck|plateaued) (on )?(my )?{_MAIN}\b"
)
# An isolation or machine lift of theirs stuck: size work by the lift (COACHING 1.8, S4 judges
# such lifts in H blocks), as a stuck main lift is a strength number.
ACCESSORY_STALL = re.compile(
    r"\b(lat pulldowns?|pulldowns?|curls?|lateral raises?|laterals|leg press|leg curls?"
    r"|leg extensions?|pushdowns?|flyes|flys|hip thrusts?|hack squats?)( \w+){0,3}"
    r" (is |has been |been |have been )?(stuck|stalled|plateaued|not moving|has not moved"
    r"|hasnt moved|have not moved)\b"
)
# Their own sessions' numbers feeding a planned week of heavy sets of 1–3 ("top sets last 3
# sessions … what do I load for the 5x3 @8 week"): programming their own strength work.
OWN_HISTORY = re.compile(
    r"\blast (\d|two|three|four|few) (\w+ )?(sessions|workouts|exposures)\b"
    r"|\b(top sets|session e1rms?|e1rms? per session)\b"
)
# (normalize drops the "@": "5x3 @8" reads "5x3 8")
LOW_REP_SETS = re.compile(r"\b[2-9] ?x ?[1-3] ?(@ ?|at )?(rpe ?)?\d|\bsets of [1-3] (@|at|rpe)\b")
# Heavy sets of 1–4 as a strength block prescribes them: "4x4 @7.5", "5x3 @8", "3x3".
HEAVY_SETS = re.compile(r"\b[2-9] ?x ?[1-4]\b")
# An intermediate strength programme of their own (Texas Method, 5/3/1, Juggernaut).
STRENGTH_PROGRAMME = re.compile(r"\b(texas( method)?|531|wendler|bbb|boring but big|juggernaut)\b")
# "what is different in 5/3/1 forever?", "who's right?": the programmes compared, not a goal.
_PROGRAMMES = (
    r"(531|wendler|texas|juggernaut|gzclp?|gslp|gr[ae]y ?skull|ss|strong ?lifts|starting strength"
    r"|nsuns|bbb|ppl)"
)
PROGRAMMES_COMPARED = re.compile(
    r"\b(difference|different|differ|vs|versus|compared?|who('s| is) right|better than|or the og"
    rf"|the same as)\b|\b{_PROGRAMMES} or\b"  # "does 531 or gzclp suit me?"
)
PROGRAMME = re.compile(rf"\b{_PROGRAMMES}\b")
VERSIONS = re.compile(r"\b(forever|original|og|the book|first edition|2 ?\.0 vs|1 ?\.0)\b")
# "im on stronglifts, friend says switch to ppl": weighing the one they run against another.
ON_PROGRAMME = re.compile(r"\b(i am|im|been|currently|still) (on|running|doing)\b|\bi run\b")
# A programme's name is no goal said: "my son wants to do starting strength".
PROGRAMME_NAME = re.compile(r"\bstarting strength\b(?! (block|phase|cycle|meso|work|training))")
# "what is BBB in 5/3/1?", "what even is a training max?": a term's meaning, not a run of it.
TERM_ASKED = re.compile(
    r"\bwhat (even )?is (a|an|that|this)\b|\bwhat (is|are) \w+ in\b|\bwhat even\b"
)
# Claims weighed, not a plan of one's own: "is it proven or bro science?", "do women gain
# muscle slower than men?", "is it true bodybuilders are weak for their size?".
EVIDENCE = _rx(
    r"\bbro ?science\b|\b(actually |really |scientifically )?proven\b|\breal evidence\b",
    r"\b(evidence|research|studies|science) (for|that|says?|shows?|showed|based|backed)\b",
    r"\bresearchers?\b|\bsaw (a|this|that) (study|paper)\b|\bmyth or\b",
    r"\bmeta ?analys[ie]s\b|\b(does|do|did) (the )?(research|science|studies|evidence)\b",
    r"\bis it true\b",
    r"\b(ppl|people|everyone|guys) (\w+ )?(online )?(say|says|saying|claim|claims)\b",
)
# The asker's own wish, said in the first person: a claim weighed still serves their goal.
OWN_WISH = re.compile(
    r"(^|[.?!,;] ?|\b(i|im|i am)( \w+){0,2} )(want|wanna|need|trying|aim|aiming|care)\b"
    r"|\bmy goal\b|\bgoal is\b|\bi (train|lift)\b[^.?!]* for\b"
)
_CLAIM = rf"[^.?!]*({EVIDENCE.pattern})[^.?!]*[.?!]?"
GENERAL_ASK = re.compile(
    # normalize reads "bodybuilders" as "bodybuilding": "bodybuilding are" is the people
    r"\b(is it true (that )?|why do |how do |how come |do |does |can |will |are |is )(\w+ )?"
    r"(women|men|girls|guys|females"
    r"|males|bodybuilders|powerlifters|(bodybuilding|powerlifting) (are|get|lift|with|who)"
    r"|older (people|lifters|adults))\b[^.?!]*[.?!]?"
    rf"|{_CLAIM}"
)
# The asker's own fear ("will squats make my legs huge?"); a friend's fear is passed on for the
# heavy-lifting answer.
OWN_FEAR = re.compile(r"\b(make|makes|give|gives|turn|turns) (me|my)\b")
# A drug cycle asked for: out of scope, no training goal ("give me a test cycle for my bulk").
DRUGS = re.compile(
    r"\b(test|tren|deca|dbol|anavar|sarms?|steroids?)( only| e| c)? cycles?\b|\bsteroids?\b"
    r"|\bsarms?\b|\b(trenbolone|dianabol|anavar|hgh|peds)\b"
)
# New to lifting though the words say no "beginner": "adding lifting for the first time".
NEW_LIFTER = re.compile(
    r"\b(lifting|lift|weights|weight training|strength training|the gym)( \w+)? for the first"
    r" time\b|\bfirst time (ever )?(lifting|in a gym|in the gym|touching weights)\b"
)
