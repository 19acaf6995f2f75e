"""The coach's answer texts, one short block per topic and goal.

Numbers follow COACHING.md Part 1 and 4.8; ranges use an en-dash. Kept under ~120 words each so
they read well on a phone; `WHY` holds the longer reasoning for "explain in detail" questions.
"""

from __future__ import annotations

from bot.coach.models import GoalLabel

STRENGTH_RECIPE = (
    "For strength: sets of 1–5 reps at 80–100% of your 1RM on the compound lifts you want to "
    "get better at, done first in the session. Stop with 1–3 reps left in the tank and rest "
    "3–5 min between heavy sets. Keep volume moderate (about 3–6 hard sets per main lift) and "
    "add weight as the reps get easier."
)
SIZE_RECIPE = (
    "For size: 6–15 reps per set (isolation can go up to ~20) at about 60–80% of your 1RM, "
    "ending sets with 0–3 reps in reserve. Rest 1.5–3 min, and aim for 10–20 hard sets per "
    "muscle per week, mixing compounds and isolation. The 60–80% band is a convenience, not a "
    "rule: lighter weights grow muscle too if you take them close to failure."
)
OVERLAP = (
    "For both at once: 5–10 reps on compound lifts with progressive overload (add reps, then "
    "weight) builds strength and size together."
)
STRENGTH_NUMBERS = "1–5 reps at 80–100% of 1RM, 1–3 reps in the tank, 3–5 min rest."
SIZE_NUMBERS = (
    "6–15 reps (isolation up to ~20) at 60–80% of 1RM, 0–3 reps in reserve, 1.5–3 min rest, "
    "10–20 hard sets per muscle per week."
)
SHORT_STRENGTH = f"Strength: {STRENGTH_NUMBERS}"
SHORT_SIZE = f"Size: {SIZE_NUMBERS}"
SHORT_OVERLAP = "Both: 5–10 reps on compounds with progressive overload."

BOTH_RECIPES = f"It depends on the goal.\n\n{SHORT_STRENGTH}\n\n{SHORT_SIZE}\n\n{SHORT_OVERLAP}"

DEFINE_STRENGTH = (
    "Strength is the most force you can produce in a lift — for lifters, your 1RM. It's part "
    "muscle and part skill: your nervous system learns to recruit and fire more muscle fibres "
    "and coordinate the lift, and your technique and leverages decide how much of that force "
    "reaches the bar. That's why beginners get stronger fast before they grow."
)
DEFINE_SIZE = (
    "Hypertrophy simply means muscle growth — an increase in muscle size. The definition says "
    "nothing about strength: bigger muscles can produce more force, but size and strength "
    "gains only loosely track each other."
)

_BY_GOAL: dict[str, dict[str, str]] = {
    "rep_range": {
        "strength": STRENGTH_RECIPE + " Sets of 5–10 still build strength, just less directly.",
        "hypertrophy": SIZE_RECIPE,
        "both": BOTH_RECIPES,
    },
    "rest": {
        "strength": (
            "Rest 3–5 min between heavy sets of 1–5 reps (80–100% of 1RM) — a bit longer if "
            "the next set would turn into a grind. Full recovery lets you lift heavier with good "
            "technique, which is what builds strength. Accessory work after the main lifts "
            "needs only 2–3 min. Short on time? Cut a set rather than the rest."
        ),
        "hypertrophy": (
            "For size, rest 1.5–3 min: about 1–2 min on isolation moves (at least 60 sec), "
            "closer to 3 min on big compounds. Cutting rest too short makes the next sets worse, "
            "while past ~90 sec extra rest barely costs growth. Pair it with 6–15 reps at "
            "60–80% of 1RM, 0–3 reps in reserve and 10–20 hard sets per muscle per week."
        ),
        "both": (
            "Heavy strength sets (1–5 reps at 80–100% of 1RM): rest 3–5 min.\n\n"
            "Size work (6–15 reps at 60–80%): rest 1.5–3 min, about 1–2 min for isolation.\n\n"
            "Mixed 5–10 rep compound work: 2–3 min is plenty. Rest until you can match your "
            "last set's reps."
        ),
    },
    "weekly_sets": {
        "strength": (
            "For strength, volume can stay moderate: about 3–6 hard sets per main lift per "
            "session, each lift trained about 2× a week, sets of 1–5 reps at 80–100% of 1RM. "
            "More sets add little strength but a lot of fatigue. For growth the number is "
            "higher: 10–20 hard sets per muscle per week."
        ),
        "hypertrophy": (
            "Aim for about 10–20 hard sets per muscle per week, split over 2 sessions. Start "
            "near 10 and add a set or two a week while you recover well; more sets grow more "
            "muscle, but the returns shrink. Count compounds as half a set for helper muscles "
            "(bench = half a set for triceps). Each set: 6–15 reps, 0–3 reps in reserve."
        ),
        "both": (
            "For size: about 10–20 hard sets per muscle per week, split over 2 sessions, each "
            "6–15 reps with 0–3 reps in reserve. For strength: moderate volume, about 3–6 hard "
            "sets per main lift per session at 1–5 reps. Beginners grow well on the low end, "
            "around 8–10 weekly sets per muscle."
        ),
    },
    "proximity_to_failure": {
        "strength": (
            "For strength, skip failure: stop with 1–3 reps left in the tank (RPE 7–9) and end "
            "the set when the bar slows right down. Failure isn't needed to get stronger and it "
            "costs quality on later sets. Work with 1–5 reps at 80–100% of 1RM and rest 3–5 min."
        ),
        "hypertrophy": (
            "For size, end most sets with 0–3 reps in reserve (RIR), which is RPE 7–10. Growth "
            "improves the closer sets get to failure, but true failure on every set adds fatigue "
            "for little extra. A good rule: compounds at 1–3 RIR, and the last set of isolation "
            "work can go to failure. Sets of 6–15 reps, 10–20 hard sets per muscle per week."
        ),
        "both": (
            "RIR is reps in reserve: how many more clean reps you could have done. RPE is "
            "effort out of 10, so RPE = 10 − RIR (RPE 8 = 2 left). For strength, stop with 1–3 "
            "reps in the tank on sets of 1–5. For size, go to 0–3 reps in reserve on sets of "
            "6–15; the last isolation set can hit failure."
        ),
    },
    "plateau": {
        "strength": (
            "First check the basics: sleep, enough food, consistency. Then take a deload week: "
            "half the sets, about 90% of the weight, easy effort (RPE 6 or less). If the lift "
            "still stalls, reset it to 90–95% and build back up, or run a size block (6–15 reps, "
            "10–20 sets per muscle per week) to build the engine before the next strength block "
            "of 1–5 reps at 80–100% of 1RM."
        ),
        "hypertrophy": (
            "First check the basics: sleep, eating enough (protein about 1.6–2.2 g/kg a day), "
            "consistency. If you're beaten up, deload for a week: half the sets, about 90% of "
            "the weight. Then add 1–2 weekly sets per muscle, up to about 20. Still stuck? Eat a "
            "little more (+200–300 kcal a day) or run a short 3-week strength phase (sets of "
            "2–3 reps) so your size work can use heavier weights."
        ),
        "both": (
            "First check sleep, food and consistency. Then deload for a week: half the sets, "
            "about 90% of the weight, RPE 6 or less. After that, for strength: reset a stuck "
            "lift to 90–95% and build back up. For size: add 1–2 weekly sets per muscle (up to "
            "~20), eat a bit more, or try a short strength phase."
        ),
    },
    "frequency": {
        "strength": (
            "Practise each main lift about 2× a week (deadlift 1–2×) — strength responds to "
            "frequency more than size does. A 3–4 day week works well: heavy sets of 1–5 reps "
            "at 80–100% of 1RM with 3–5 min rest, plus lighter accessory work."
        ),
        "hypertrophy": (
            "Hit each muscle about 2× a week; with equal weekly sets the split matters little. "
            "What counts is 10–20 hard sets per muscle per week at 6–15 reps. A 4-day upper/lower "
            "or a push/pull/legs rotation both work."
        ),
        "both": (
            "Train each muscle about 2× a week. Beginners: 3 full-body days. Later, 4 days of "
            "upper/lower works well. The split matters less than weekly sets: about 10–20 hard "
            "sets per muscle for size, and each main lift about 2× a week for strength."
        ),
    },
}

_SINGLE: dict[str, str] = {
    "bulky_myth": (
        "Not by itself. Heavy sets of 1–5 reps with moderate volume and long rests mainly make you "
        "stronger — your nervous system learns to use the muscle you have. Getting big takes lots "
        "of hard sets (10–20 per muscle per week), eating in a calorie surplus, and months to "
        "years of steady work. Even then muscle grows slowly, a few percent over a couple of "
        "months. The same goes for women: similar relative gains on a smaller base. You stay in "
        "control."
    ),
    "both_at_once": (
        "Yes — especially in your first year or two, when strength and size rise together. The "
        "sweet spot: 5–10 reps on compound lifts with progressive overload (add reps, then "
        "weight). Programs like 5/3/1 and GZCL mix heavy work (1–5 reps at 80%+ of 1RM) with "
        "volume work (8–15 reps). Once you're advanced, alternate blocks: a size block (6–15 "
        "reps, 10–20 sets per muscle per week), then a strength block (1–5 reps, 3–5 min rest)."
    ),
    "which_first": (
        "Usually size first, then strength: a hypertrophy block (6–15 reps, 10–20 hard sets per "
        "muscle per week) builds the engine, then a strength block (1–5 reps at 80–100% of 1RM, "
        "3–5 min rest) tunes it — more muscle gives you more to express. The evidence on order "
        "is thin, though: one study found a short strength phase before size work helped growth "
        "too, so it's a good move when size stalls. Doing both across the year matters more "
        "than the order."
    ),
    "weight_classes": (
        "Because muscle is necessary but not sufficient. Bigger lifters do lift more — records "
        "rise with each weight class — but not in proportion: doubling body mass raises the lift "
        "only about 1.5×. Within a class the difference is neural drive, technique, leverage and "
        "how fast you produce force. To get stronger without getting bigger: 1–5 reps at "
        "80–100% of 1RM, 3–5 min rest, moderate volume, lots of practice on your lifts, and eat "
        "at maintenance."
    ),
    "beginner_program": (
        "Welcome! As a beginner you don't need to pick strength or size — you'll get both. Train "
        "full body 3 days a week: a squat, a press (bench or overhead), a pull (row or chin-up) "
        "and a hinge (deadlift or RDL). Do 3 sets of 5–10 reps, stopping 1–3 reps before "
        "failure, and add a little weight whenever you hit all your reps: that's progressive "
        "overload. Rest 2–3 min on the main lifts. Proven options: GZCLP or a 3×5 program like "
        "Starting Strength."
    ),
    "progression": (
        "Progressive overload means asking a little more of your muscles over time: a rep more, "
        "a bit more weight, or an extra set. A simple way is double progression: pick a range "
        "like 3×8–12, and when every set hits 12, add the smallest step (2.5 kg or 5 lb) and "
        "start again at 8. Beat your target by 1–2 reps two sessions running? Add 2–10%. For "
        "strength, push the load on sets of 1–5; for size, more reps and sets count too (6–15 "
        "reps, 10–20 hard sets per muscle per week)."
    ),
    "nutrition": (
        "Food matters most for size. Protein: about 1.6–2.2 g per kg of body weight a day. To "
        "grow, eat in a small surplus, about 10–20% over maintenance, and aim to gain roughly "
        "0.25–0.5% of body weight a week. Beginners, or anyone carrying extra fat, can still "
        "build muscle at maintenance. For pure strength, maintenance calories are fine. For a "
        "medical diet, check with a professional."
    ),
    "safety": (
        "Sorry you're dealing with that. Stop the lift that hurts — don't train through pain. "
        "Please see a professional (a doctor or physio), especially for sharp pain, swelling, "
        "numbness or pain that lasts more than a few days; I can't diagnose or give medical "
        "advice. Meanwhile you can usually keep training what doesn't hurt, at easy effort. Once "
        "you're cleared, come back lighter (about 60–70% of your old weights, 2–3 reps in "
        "reserve) and build up over a few weeks."
    ),
    "off_topic": (
        "That one's outside my lane — I'm a lifting coach, so I'll stick to training. Try me "
        'with something like "How many reps should I do for size?" or "How long should I rest '
        'between heavy sets?"'
    ),
    "unclear": (
        "I'm not quite sure what you're asking. I can help with reps, rest, weekly sets, "
        'strength vs size, plateaus and programs. For example: "How many reps for strength?" '
        'or "Can I build size and strength at the same time?"'
    ),
}

_PROGRAMS: dict[str, str] = {
    "531": (
        "5/3/1 builds both. Each main lift runs off a training max (about 90% of your 1RM) in "
        "4-week waves — 5s, 3s, then 5/3/1 at 65–95% of it, last set for as many reps as you "
        "can — then a deload. Supplemental volume like Boring But Big (5×10) and assistance "
        "work add size. Each cycle the training max goes up 2.5 kg (5 lb) on upper-body and 5 kg "
        "(10 lb) on lower-body lifts."
    ),
    "gzcl": (
        "GZCL covers strength and size in one session with three tiers: Tier 1 heavy (1–3 reps, "
        "around 85%+ of your 5RM), Tier 2 moderate (6–10 reps), Tier 3 light isolation (15–25 "
        "reps). GZCLP is the beginner version: 5×3, 3×10 and 3×15, adding weight whenever you "
        "hit the targets."
    ),
    "starting strength": (
        "Starting Strength is a classic novice strength program: 3 full-body sessions a week, "
        "3×5 on the main lifts (deadlift 1×5), adding weight every session — about 2.5 kg on "
        "squat and deadlift while it lasts, less on presses. Miss 3×5 at a weight three sessions "
        "in a row and you drop to about 90% and build back up. Strength-first, but beginners "
        "grow on it too."
    ),
    "texas method": (
        "Texas Method is an intermediate strength program on a weekly cycle: Monday volume (5×5 "
        "at about 90% of your 5-rep max), Wednesday light (about 80% of Monday), Friday "
        "intensity (a new 5-rep max, roughly +2.5 kg a week). It suits lifters who can no "
        "longer add weight every session. When Friday PRs stop, rotate to triples, doubles and "
        "singles."
    ),
    "general": (
        "Pick by where you are. New: a 3-day full-body plan like GZCLP or Starting Strength "
        "(3×5, add weight each session). Want both: 5/3/1 or GZCL mix heavy 1–5 rep work with "
        "5–10+ rep volume. Strength-focused intermediate: Texas Method. Size-focused: any split "
        "giving 10–20 hard sets per muscle per week at 6–15 reps. The best program is one you'll "
        "run for months."
    ),
}

_STRENGTH_VS_SIZE_LEAD: dict[str, str] = {
    "both": (
        "Good news: you don't have to choose yet. Strength is how much force you can produce; "
        "hypertrophy is muscle size. Early on they grow together."
    ),
    "strength": (
        "For your situation, strength deserves the spotlight. Strength is how much force you can "
        "produce — muscle plus the skill to use it; hypertrophy is muscle size."
    ),
    "hypertrophy": (
        "For your situation, size deserves the spotlight. Hypertrophy is muscle size; strength "
        "is how much force you can produce — muscle plus the skill to use it."
    ),
    "none": (
        "Strength is how much force you can produce — muscle plus the nervous system and "
        "technique to use it. Hypertrophy is simply muscle size. Beginners get both together."
    ),
}
_STRENGTH_VS_SIZE_BODY = (
    "Pick the spotlight for the next 1–3 months, not forever.\n\n"
    f"{SHORT_STRENGTH}\n\n{SHORT_SIZE}\n\n{SHORT_OVERLAP}"
)

WHY: dict[str, str] = {
    "strength": (
        "Why: heavy, low-rep sets train the exact skill of a max lift — recruiting more muscle "
        "fibres, firing them faster and coordinating the movement. Early strength gains are "
        "mostly this nervous-system learning, which is why strength jumps before muscle shows."
    ),
    "hypertrophy": (
        "Why: muscle grows from tension on fibres that are working hard, and sets close to "
        "failure recruit nearly all of them whatever the load. Growth rises with weekly hard "
        "sets, with shrinking returns — hence 10–20 per muscle rather than 40."
    ),
    "both": (
        "Why: beginners respond to almost any sensible training, and 5–10 rep compound work is "
        "heavy enough to build strength yet gives enough volume to grow. Trained lifters "
        "diverge: heavy work raises the 1RM more, extra sets build more size."
    ),
    "none": (
        "Why: size and strength go together but not one-for-one — bigger muscles can make more "
        "force, while skill, nerve drive and leverage decide how much of it reaches the bar."
    ),
}


def topic_text(topic: str, goal: GoalLabel, question: str) -> str:
    """The core answer for a topic, tuned to the goal where the advice differs."""
    if topic == "strength_vs_size":
        return f"{_STRENGTH_VS_SIZE_LEAD[goal]} {_STRENGTH_VS_SIZE_BODY}"
    if topic == "definitions":
        return _definition(question)
    if topic == "programs":
        return _program(question)
    if topic == "e1rm":
        return E1RM_TEXT
    if topic == "plateau" and "deload" in question and "plateau" not in question:
        return DELOAD_TEXT
    if topic in _BY_GOAL:
        variants = _BY_GOAL[topic]
        return variants.get(goal, variants["both"])
    return _SINGLE[topic]


E1RM_TEXT = (
    "Your e1RM (estimated one-rep max) comes from a normal set instead of a risky max test. I "
    "use the Epley formula: weight × (1 + reps ÷ 30), so 100 kg for 5 reps ≈ 117 kg. It's most "
    "accurate for sets of 2–10 reps taken close to failure; above 10 reps I don't estimate. "
    "Treat it as a guide — people differ. Use it to set loads: strength work at 80–100% of it, "
    "size work at 60–80%."
)
DELOAD_TEXT = (
    "A deload is a planned easy week to shed fatigue: about half the sets, around 90% of your "
    "usual weights, effort at RPE 6 or less (4+ reps in reserve). Most lifters take one every "
    "4–6 weeks of hard training, or sooner when lifts drop, joints ache or sleep suffers. Same "
    "exercises, same days — just lighter. You'll usually come back stronger."
)


_PROGRAM_NAMES = (
    ("531", "531"),
    ("boring but big", "531"),
    ("gzcl", "gzcl"),
    ("texas method", "texas method"),
    ("starting strength", "starting strength"),
)


def _definition(question: str) -> str:
    wants_size = any(
        w in question for w in ("hypertrophy", "muscle growth", "size", "building muscle", "bigger")
    )
    wants_strength = "strength" in question or "strong" in question
    if wants_size and not wants_strength:
        return f"{DEFINE_SIZE}\n\nTo train for it: {SIZE_NUMBERS}"
    if wants_strength and not wants_size:
        return f"{DEFINE_STRENGTH}\n\nTo train for it: {STRENGTH_NUMBERS}"
    return f"{_STRENGTH_VS_SIZE_LEAD['none']} {_STRENGTH_VS_SIZE_BODY}"


def _program(question: str) -> str:
    for key, program in _PROGRAM_NAMES:
        if key in question:
            return _PROGRAMS[program]
    return _PROGRAMS["general"]
