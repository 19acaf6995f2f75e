"""The coach's fitted ranker kept between starts: a restart loads it instead of fitting for
seconds, a changed bank never loads a stale model, and a torn file costs a refit, not an error."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.coach import ranker as ranker_module
from bot.coach.cardbank import Bank, Card
from bot.coach.ranker import Ranker
from bot.config import load_settings

QUESTIONS = ["how long should I rest", "strength or size?", "what is rpe 8"]


def _bank(extra: str = "") -> Bank:
    def card(card_id: str, *asks: str) -> Card:
        return Card(id=card_id, topic=card_id, goal="none", title=card_id, text="-", asks=asks)

    return Bank(
        (
            card("rest", "how long should i rest between sets", "minutes rest" + extra),
            card("goal", "strength or size", "should i train for strength or hypertrophy"),
            card("rpe", "what is rpe", "rpe 8 meaning", "reps in reserve"),
        )
    )


def _ranks(r: Ranker) -> list[list[tuple[str, float]]]:
    return [[(x.card, round(x.score, 9)) for x in r.rank(q, top=3)] for q in QUESTIONS]


def test_a_restart_loads_the_stored_model_and_ranks_exactly_as_the_fit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fitted = Ranker(_bank(), tmp_path)
    assert len(list(tmp_path.glob("ranker-*.pickle"))) == 1

    def no_fit(*_: object) -> None:
        raise AssertionError("the stored model should have been loaded")

    monkeypatch.setattr(ranker_module, "_fit", no_fit)
    assert _ranks(Ranker(_bank(), tmp_path)) == _ranks(fitted)


def test_a_changed_bank_fits_again_and_replaces_the_old_model(tmp_path: Path) -> None:
    Ranker(_bank(), tmp_path)
    (first,) = tmp_path.glob("ranker-*.pickle")
    Ranker(_bank(extra=" please"), tmp_path)
    (second,) = tmp_path.glob("ranker-*.pickle")
    assert second.name != first.name


def test_a_torn_file_is_refitted_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    Ranker(_bank(), tmp_path)
    (stored,) = tmp_path.glob("ranker-*.pickle")
    stored.write_bytes(b"\x80\x05 not a model")
    with caplog.at_level(logging.WARNING):
        again = Ranker(_bank(), tmp_path)
    assert "unreadable" in caplog.text
    assert _ranks(again) == _ranks(Ranker(_bank()))
    assert stored.stat().st_size > 100  # replaced by a whole model


def test_an_unwritable_cache_still_answers(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert _ranks(Ranker(_bank(), blocked / "cache")) == _ranks(Ranker(_bank()))


@pytest.mark.parametrize(
    ("value", "xdg", "expected"),
    [
        (None, "/x/cache", Path("/x/cache/spotter")),
        ("/srv/spotter-cache", "/x/cache", Path("/srv/spotter-cache")),
        ("", "/x/cache", None),
    ],
)
def test_the_cache_directory_setting(
    value: str | None, xdg: str, expected: Path | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    monkeypatch.delenv("SPOTTER_CACHE_DIR", raising=False)
    settings = load_settings() if value is None else load_settings(spotter_cache_dir=value)
    assert settings.cache_dir == expected
