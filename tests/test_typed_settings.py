"""Typed answers to /start's questions read as the button they mean."""

from __future__ import annotations

import pytest

from bot.typed_settings import read_answer


@pytest.mark.parametrize(
    ("step", "text", "value"),
    [
        ("goal", "Strength", "strength"),
        ("goal", "i want to get bigger", "hypertrophy"),
        ("goal", "strength and size", "both"),
        ("goal", "both!", "both"),
        ("goal", "whatever", None),
        ("level", "never lifted", "novice"),
        ("level", "3 months", "novice"),
        ("level", "1.5 yrs", "intermediate"),
        ("level", "2+ years", "advanced"),
        ("level", "intermediate", "intermediate"),
        ("level", "no idea", None),
        ("units", "KG", "kg"),
        ("units", "pounds", "lb"),
        ("units", "stones", None),
        ("days", "mon wed fri", "21"),
        ("days", "Tue, Thu", "10"),
        ("days", "weekdays", "31"),
        ("days", "3 days", None),
        ("time", "07:30", "0730"),
        ("time", "6pm", "1800"),
        ("time", "no prompts", "none"),
        ("time", "25:00", None),
        ("tz", "Europe/Berlin", "Europe/Berlin"),
        ("tz", "new york", "America/New_York"),
        ("tz", "Atlantis", None),
        ("tz", "skip", "skip"),
    ],
)
def test_typed_answer_reads_as_its_button(step: str, text: str, value: str | None) -> None:
    assert read_answer(step, text) == value
