"""Words that make a message about training: an ask with none of them and no number, in a
message of several asks, is the off-topic half ("best crypto? and how many days a week?")."""

from __future__ import annotations

import re

GYM_WORDS = re.compile(
    r"\b(gym|lift\w*|train\w*|workout|work out|exercis\w*|reps?|sets?|weights?|muscles?|squats?"
    r"|bench\w*|dead\w*|press\w*|curls?|rows?|pull ?ups?|chin ?ups?|dips?|legs?|arms?|chest|back"
    r"|shoulders?|glutes?|biceps?|triceps?|quads?|hamstrings?|calves|abs|core|program\w*|routine"
    r"|split|cardio|protein|calories|eat\w*|diet\w*|bulk\w*|cut|cutting|deload|rest|rpe|rir|1rm"
    r"|e1rm|531|gzcl\w*|sore\w*|form|technique|barbell|dumbbells?|kettlebell|kg|lb|fitness|strength"
    r"|strong\w*|size|bigger|big|hypertrophy|gains?|toned?|max|pr|amrap|run\w*|jog\w*|yoga|stretch\w*"
    r"|fat|weigh\w*|body|pain|hurts?|injur\w*|knee|elbow|hip|wrist|plateau\w*|stall\w*|stuck|tm"
    r"|texas|stronglifts|starting|juggernaut|ppl|ss|sl|mev|mrv|mav|coach|athlete|sport|football"
    r"|soccer|rugby|climb\w*|swim\w*|box\w*|mma|grow\w*|singles?|doubles?|triples?|intermediate"
    r"|beginner|novice|newbie|advanced|isolation|compound|block|phase|mesocycle|physique|shred\w*"
    r"|lean|bulky|jacked|swole|volume|failure|fail\w*|grind\w*|\d?rm|intensity|frequency"
    r"|recovery|sleep|explosive|athlet\w*|hockey|player|sports?|speed|jump\w*|power\w*"
    r"|epley|brzycki|wathan|lombardi|mayhew|o'?conner|formula|warm ?ups?|greyskull|gslp|bbb|fsl"
    r"|wendler|rippetoe|wm|working max|training max|rts|percent\w*|\d+ ?x ?\d+"
    r"|dp|double progression|progress\w*|raises?"
    r"|\d+ ?x ?\d+|%)"
)
