"""The exercise catalogue and the name matcher that maps what lifters type to canonical ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA

Equipment = Literal["barbell", "dumbbell", "bodyweight", "machine", "cable", "kettlebell", "other"]
Muscle = Literal[
    "chest",
    "back",
    "shoulders",
    "quads",
    "hamstrings",
    "glutes",
    "biceps",
    "triceps",
    "calves",
    "core",
]


@dataclass(frozen=True)
class Exercise:
    """One movement; `tier` follows COACHING.md 4.1 (1 main lift, 2 secondary, 3 other)."""

    id: str
    name: str
    equipment: Equipment
    tier: int
    primary: tuple[Muscle, ...]
    secondary: tuple[Muscle, ...]
    aliases: tuple[str, ...]
    bodyweight: bool = False
    lower_body: bool = False


def _ex(
    id_: str,
    name: str,
    equipment: Equipment,
    tier: int,
    primary: tuple[Muscle, ...],
    secondary: tuple[Muscle, ...],
    aliases: str,
    *,
    bodyweight: bool = False,
    lower: bool = False,
) -> Exercise:
    """Compact constructor: aliases are a `|`-separated string."""
    names = tuple(a.strip() for a in aliases.split("|") if a.strip())
    return Exercise(id_, name, equipment, tier, primary, secondary, names, bodyweight, lower)


def _words(text: str) -> frozenset[str]:
    """A word set from a whitespace-separated block (keeps long lists readable)."""
    return frozenset(text.split())


# fmt: off
_EXERCISES: tuple[Exercise, ...] = (
    # Tier 1: the main lifts.
    _ex("squat", "Squat", "barbell", 1, ("quads", "glutes"), ("hamstrings", "core"),
        "squat|back squat|barbell squat|sq|sqt|low bar squat|high bar squat|lbbs|hbbs|squatted",
        lower=True),
    _ex("bench_press", "Bench press", "barbell", 1, ("chest",), ("triceps", "shoulders"),
        "bench|bench press|bp|flat bench|flat bench press|barbell bench|barbell bench press"
        "|benchpress|bench pr|benched"),
    _ex("deadlift", "Deadlift", "barbell", 1, ("hamstrings", "glutes", "back"), ("quads", "core"),
        "deadlift|dl|dead lift|deadlifts|conventional deadlift|conventional|barbell deadlift"
        "|deadlifted|deads|deadies",
        lower=True),
    _ex("overhead_press", "Overhead press", "barbell", 1, ("shoulders",), ("triceps", "core"),
        "overhead press|ohp|press|military press|strict press|standing press|shoulder press"
        "|barbell overhead press|barbell shoulder press|overhead"),
    # Tier 2: secondary compounds.
    _ex("front_squat", "Front squat", "barbell", 2, ("quads",), ("glutes", "core"),
        "front squat|fs|fsq|front squats", lower=True),
    _ex("incline_bench_press", "Incline bench press", "barbell", 2, ("chest", "shoulders"),
        ("triceps",), "incline bench|incline bench press|incline press|incline bp|incline"
        "|barbell incline bench|barbell incline press|incline barbell bench press"),
    _ex("romanian_deadlift", "Romanian deadlift", "barbell", 2, ("hamstrings", "glutes"),
        ("back",), "romanian deadlift|rdl|romanian dl|romanian|stiff leg deadlift|sldl"
        "|stiff legged deadlift", lower=True),
    _ex("sumo_deadlift", "Sumo deadlift", "barbell", 2, ("glutes", "quads", "hamstrings"),
        ("back",), "sumo deadlift|sumo|sumo dl|sdl", lower=True),
    _ex("barbell_row", "Barbell row", "barbell", 2, ("back",), ("biceps",),
        "row|barbell row|bb row|bent over row|bent row|bor|pendlay row|bent over barbell row"),
    _ex("pull_up", "Pull-up", "bodyweight", 2, ("back",), ("biceps",),
        "pull up|pullup|pull ups|wide grip pull up", bodyweight=True),
    _ex("chin_up", "Chin-up", "bodyweight", 2, ("back", "biceps"), (),
        "chin up|chinup|chin|chins", bodyweight=True),
    _ex("dip", "Dip", "bodyweight", 2, ("chest", "triceps"), ("shoulders",),
        "dip|dips|parallel bar dip|chest dip|tricep dip", bodyweight=True),
    _ex("lat_pulldown", "Lat pulldown", "cable", 2, ("back",), ("biceps",),
        "lat pulldown|pulldown|lat pull down|pull down|lat pull|lats pulldown|lpd"),
    _ex("seated_cable_row", "Seated cable row", "cable", 2, ("back",), ("biceps",),
        "seated cable row|cable row|seated row|low row|cable rows|seated cable rows"),
    _ex("leg_press", "Leg press", "machine", 2, ("quads", "glutes"), (),
        "leg press|legpress|leg press machine", lower=True),
    _ex("dumbbell_bench_press", "Dumbbell bench press", "dumbbell", 2, ("chest",),
        ("triceps", "shoulders"), "dumbbell bench|dumbbell bench press|dumbbell chest press"
        "|dumbbell flat bench|dumbbell flat press"),
    _ex("dumbbell_row", "Dumbbell row", "dumbbell", 2, ("back",), ("biceps",),
        "dumbbell row|one arm row|single arm row|one arm dumbbell row|kroc row"),
    _ex("dumbbell_shoulder_press", "Dumbbell shoulder press", "dumbbell", 2, ("shoulders",),
        ("triceps",), "dumbbell shoulder press|dumbbell press|dumbbell overhead press"
        "|dumbbell ohp|dumbbell military press|seated dumbbell press|arnold press"),
    _ex("power_clean", "Power clean", "barbell", 2, ("quads", "glutes", "back"), ("hamstrings",),
        "power clean|clean|pc|hang clean|hang power clean"),
    _ex("snatch", "Snatch", "barbell", 2, ("quads", "glutes", "back"), ("shoulders",),
        "snatch|power snatch|snatches|hang snatch"),
    _ex("clean_and_jerk", "Clean and jerk", "barbell", 2, ("quads", "glutes", "back"),
        ("shoulders", "triceps"), "clean and jerk|c and j|cj|c+j|clean jerk|clean n jerk"),
    # Tier 3: everything else.
    _ex("push_up", "Push-up", "bodyweight", 3, ("chest",), ("triceps", "shoulders"),
        "push up|pushup|press up|pressup", bodyweight=True),
    _ex("lunge", "Lunge", "dumbbell", 3, ("quads", "glutes"), ("hamstrings",),
        "lunge|walking lunge|reverse lunge|forward lunge|barbell lunge", lower=True),
    _ex("bulgarian_split_squat", "Bulgarian split squat", "dumbbell", 3, ("quads", "glutes"), (),
        "bulgarian split squat|bss|bulgarian|bulgarians|split squat|rear foot elevated split squat"
        "|rfess", lower=True),
    _ex("hip_thrust", "Hip thrust", "barbell", 3, ("glutes",), ("hamstrings",),
        "hip thrust|barbell hip thrust|thrust|hip thruster", lower=True),
    _ex("leg_curl", "Leg curl", "machine", 3, ("hamstrings",), (),
        "leg curl|hamstring curl|ham curl|lying leg curl|seated leg curl|hamstring curls",
        lower=True),
    _ex("leg_extension", "Leg extension", "machine", 3, ("quads",), (),
        "leg extension|leg ext|quad extension|knee extension", lower=True),
    _ex("calf_raise", "Calf raise", "machine", 3, ("calves",), (),
        "calf raise|calves|calf|standing calf raise|seated calf raise|calf press", lower=True),
    _ex("bicep_curl", "Biceps curl", "dumbbell", 3, ("biceps",), (),
        "bicep curl|biceps curl|curl|barbell curl|ez bar curl|ez curl|dumbbell curl|cable curl"
        "|bi curl|dumbbell bicep curl|barbell bicep curl"),
    _ex("hammer_curl", "Hammer curl", "dumbbell", 3, ("biceps",), (),
        "hammer curl|hammer|hammers|dumbbell hammer curl"),
    _ex("tricep_extension", "Triceps extension", "cable", 3, ("triceps",), (),
        "tricep extension|triceps extension|overhead tricep extension|tricep ext|tri extension"
        "|overhead extension|french press|cable tricep extension|overhead triceps extension"),
    _ex("skullcrusher", "Skullcrusher", "barbell", 3, ("triceps",), (),
        "skullcrusher|skull crusher|skull|skulls|lying tricep extension|lying triceps extension"),
    _ex("lateral_raise", "Lateral raise", "dumbbell", 3, ("shoulders",), (),
        "lateral raise|lateral|laterals|side raise|lat raise|side lateral raise|side lateral"
        "|dumbbell lateral raise|cable lateral raise"),
    _ex("face_pull", "Face pull", "cable", 3, ("shoulders",), ("back",),
        "face pull|facepull|face pulls"),
    # More common movements beyond the SPEC list.
    _ex("incline_dumbbell_press", "Incline dumbbell press", "dumbbell", 2, ("chest", "shoulders"),
        ("triceps",), "incline dumbbell press|incline dumbbell bench|incline dumbbell bench press"
        "|dumbbell incline press|dumbbell incline bench|dumbbell incline bench press"),
    _ex("close_grip_bench_press", "Close-grip bench press", "barbell", 2, ("triceps", "chest"),
        ("shoulders",), "close grip bench|close grip bench press|cgbp|close grip"),
    _ex("trap_bar_deadlift", "Trap bar deadlift", "barbell", 2, ("quads", "glutes", "back"),
        ("hamstrings",), "trap bar deadlift|trap bar|hex bar deadlift|hex bar|tbdl", lower=True),
    _ex("hack_squat", "Hack squat", "machine", 2, ("quads",), ("glutes",),
        "hack squat|hack", lower=True),
    _ex("goblet_squat", "Goblet squat", "dumbbell", 3, ("quads", "glutes"), ("core",),
        "goblet squat|goblet", lower=True),
    _ex("good_morning", "Good morning", "barbell", 3, ("hamstrings", "glutes"), ("back",),
        "good morning", lower=True),
    _ex("t_bar_row", "T-bar row", "barbell", 2, ("back",), ("biceps",), "t bar row|tbar row"),
    _ex("shrug", "Shrug", "barbell", 3, ("back",), (), "shrug|barbell shrug|dumbbell shrug"),
    _ex("tricep_pushdown", "Triceps pushdown", "cable", 3, ("triceps",), (),
        "tricep pushdown|triceps pushdown|pushdown|rope pushdown|cable pushdown|press down"),
    _ex("chest_fly", "Chest fly", "cable", 3, ("chest",), ("shoulders",),
        "chest fly|fly|flye|dumbbell fly|cable fly|pec deck|pec fly|cable crossover|crossover"),
    _ex("rear_delt_fly", "Rear delt fly", "dumbbell", 3, ("shoulders",), ("back",),
        "rear delt fly|reverse fly|rear delt|rear fly|reverse pec deck"),
    _ex("preacher_curl", "Preacher curl", "barbell", 3, ("biceps",), (), "preacher curl|preacher"),
    _ex("hanging_leg_raise", "Hanging leg raise", "bodyweight", 3, ("core",), (),
        "hanging leg raise|leg raise|hlr|toes to bar"),
    _ex("kettlebell_swing", "Kettlebell swing", "kettlebell", 3, ("glutes", "hamstrings"),
        ("core",), "kettlebell swing|swing|kb swing|russian swing", lower=True),
    _ex("step_up", "Step-up", "dumbbell", 3, ("quads", "glutes"), (), "step up|stepup",
        lower=True),
    _ex("overhead_squat", "Overhead squat", "barbell", 3, ("quads", "shoulders"), ("core",),
        "overhead squat|ohs", lower=True),
)
# fmt: on

# Variants that are lifts of their own for a lifter's records: a paused bench or a block pull
# is not the competition lift, so its sets never set (or hide) the main lift's PR.
VARIANTS = {"paused": "Paused", "pin": "Pin", "block": "Block", "deficit": "Deficit",
            "tempo": "Tempo"}  # fmt: skip
_VARIANT_WORDS = {"paused": "paused", "pause": "paused", "pin": "pin", "block": "block",
                  "deficit": "deficit", "tempo": "tempo"}  # fmt: skip
_VARIANT_BASES = _words(
    """
    squat bench_press deadlift overhead_press front_squat incline_bench_press romanian_deadlift
    sumo_deadlift barbell_row close_grip_bench_press
    """
)


def _variant(base: Exercise, variant: str) -> Exercise:
    """`paused_bench_press` from `bench_press`: same muscles, never a main lift (tier 3)."""
    name = f"{VARIANTS[variant]} {base.name[:1].lower()}{base.name[1:]}"
    return Exercise(f"{variant}_{base.id}", name, base.equipment, 3, base.primary,
                    base.secondary, (), base.bodyweight, base.lower_body)  # fmt: skip


CATALOGUE: dict[str, Exercise] = {ex.id: ex for ex in _EXERCISES}
CATALOGUE.update(
    (f"{v}_{ex.id}", _variant(ex, v)) for ex in _EXERCISES if ex.id in _VARIANT_BASES
    for v in VARIANTS
)  # fmt: skip


def variant_of(exercise_id: str, word: str) -> str | None:
    """The id of `word`'s variant of a lift (`paused`, `bench_press` → `paused_bench_press`)."""
    variant = _VARIANT_WORDS.get(word)
    found = f"{variant}_{exercise_id}" if variant else None
    return found if found in CATALOGUE else None


# Barbell lifts whose dumbbell version is its own catalogue entry.
_DUMBBELL_VARIANT = {
    "bench_press": "dumbbell_bench_press",
    "barbell_row": "dumbbell_row",
    "overhead_press": "dumbbell_shoulder_press",
    "incline_bench_press": "incline_dumbbell_press",
}


_ABBREVIATIONS = {
    "db": "dumbbell",
    "dbs": "dumbbell",
    "dumbell": "dumbbell",
    "dumbells": "dumbbell",
    "dumbbells": "dumbbell",
    "bb": "barbell",
    "kb": "kettlebell",
    "&": "and",
}
_EQUIPMENT_WORDS = {"dumbbell", "barbell", "cable", "machine", "kettlebell", "ez", "smith"}
# Words in front of a name that do not change which movement it is.
_MODIFIERS = _words(
    """
    weighted assisted strict standing flat heavy light barbell bodyweight
    bw banded touch and go my some the did a few cable machine ez bar max top
    back off working work comp competition then also plus
    """
)
# Ordinary words that must never be read as an exercise, however close the spelling.
_NEVER_FUZZY = _words(
    """
    felt feel feels today heavy light ran run leg legs day tomorrow tonight beach lunch
    punch bunch branch clear clan cleaning chest great good dress stress raw rowing rowed
    curly surly snack smash later plate plates sleep sweat weight weights workout session
    morning evening night week easy hard tired sore strong dead lifts lifting lifted thanks
    thank pulled pushed pulling pushing hammered ranch speech french trench wrench drench
    swung cling slept sumptuous chips sing shrub best back bank each rest cool came went
    nice time fine done tried prep plan lazy fast slow home gym food full sick dipped lung
    lungs cleaned rowdy crush flu
    """
)


def _singular(word: str) -> str:
    """Crude plural stripping, applied to both sides of every comparison."""
    if len(word) > 3 and word.endswith("es") and word[:-2].endswith(("ch", "sh", "x")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def normalize_name(text: str) -> str:
    """Lower-case, unify spellings and abbreviations, singularise, collapse spaces."""
    text = text.lower().replace("&", " and ").replace("+", " and ")
    text = re.sub(r"\((.*?)\)", r" \1 ", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = [_ABBREVIATIONS.get(w, w) for w in text.split()]
    words = [_singular(w) for w in words]
    # Strong/Hevy put equipment last ("bench press dumbbell"); lifters put it first.
    if len(words) > 1 and words[-1] in _EQUIPMENT_WORDS | {"assisted", "weighted"}:
        words = [words[-1], *words[:-1]]
    return " ".join(words)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Every normalised alias (and its space-free form) → exercise id."""
    table: dict[str, str] = {}
    for ex in _EXERCISES:
        for alias in (ex.id.replace("_", " "), ex.name, *ex.aliases):
            key = normalize_name(alias)
            table.setdefault(key, ex.id)
            table.setdefault(key.replace(" ", ""), ex.id)
    return table


def _lookup(words: list[str]) -> str | None:
    """Exact lookup, then the same without harmless leading modifiers / equipment prefixes."""
    table = _index()
    while words:
        key = " ".join(words)
        found = table.get(key) or table.get(key.replace(" ", ""))
        if found:
            return found
        if words[0] == "dumbbell" and len(words) > 1:
            rest = _lookup(words[1:])
            return _DUMBBELL_VARIANT.get(rest, rest) if rest else None
        if words[0] in _VARIANT_WORDS and len(words) > 1:
            rest = _lookup(words[1:])  # a variant of a lift without one is that lift
            return (variant_of(rest, words[0]) or rest) if rest else None
        if words[0] not in _MODIFIERS:
            return None
        words = words[1:]
    return None


def exact_exercise(text: str) -> str | None:
    """Map a name to an id by alias tables only (no typo tolerance) — for app exports."""
    words = normalize_name(text).split()
    return _lookup(words) if words else None


def _fuzzy(key: str) -> str | None:
    """Allow one dropped/swapped/changed letter (two in long names), never for common words."""
    size = len(key.replace(" ", ""))
    if size < 4 or key in _NEVER_FUZZY:
        return None
    limit = 2 if size >= 11 else 1
    table = _index()
    # A four-letter word may only be a five-letter name with a letter dropped ("bech").
    choices = [
        k
        for k in table
        if k[:1] == key[:1] and abs(len(k) - len(key)) <= limit and (size > 4 or len(k) == 5)
    ]
    best = process.extractOne(key, choices, scorer=OSA.distance, score_cutoff=limit)
    return table[best[0]] if best else None


def match_exercise(text: str) -> str | None:
    """Map a lifter's name, abbreviation, slang, plural or small typo to an id; else None."""
    found = exact_exercise(text)
    if found:
        return found
    key = normalize_name(text)
    return _fuzzy(key) if key else None


# The four competition-style barbell lifts (COACHING.md 4.1, tier 1), in display order.
MAIN_LIFTS: tuple[str, ...] = ("squat", "bench_press", "deadlift", "overhead_press")


def get(exercise_id: str) -> Exercise | None:
    """The catalogue entry for an id, or None for unmapped (imported) names."""
    return CATALOGUE.get(exercise_id)


def display_name(exercise_id: str) -> str:
    """Human name of an id; unmapped names are shown as they were stored."""
    ex = CATALOGUE.get(exercise_id)
    return ex.name if ex else exercise_id
