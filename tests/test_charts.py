"""Progress charts: real PNGs, phone-sized, small enough to send, even with no data."""

from __future__ import annotations

import struct
import time
from datetime import date, timedelta

import pytest
from matplotlib._pylab_helpers import Gcf

from bot.charts import BlockSpan, ChartPoint, render_overview_chart, render_progress_chart

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_BYTES = 300 * 1024


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def series(count: int, start: date = date(2024, 1, 1), step: int = 3) -> list[ChartPoint]:
    best = 0.0
    points = []
    for i in range(count):
        e1rm = 100 + i * 0.5 + (i % 4) * 2
        points.append(ChartPoint(start + timedelta(days=step * i), e1rm, e1rm * 0.87, e1rm > best))
        best = max(best, e1rm)
    return points


BLOCKS = [
    BlockSpan(date(2024, 1, 1), date(2024, 2, 11), "Hypertrophy"),
    BlockSpan(date(2024, 2, 12), date(2024, 3, 24), "Strength"),
    BlockSpan(date(2024, 3, 25), date(2024, 3, 31), "Deload"),
]


@pytest.mark.parametrize(
    ("points", "blocks"),
    [
        (series(1), []),
        (series(2, step=1), []),
        (series(40), BLOCKS),
        (series(600, step=1), BLOCKS),
        ([ChartPoint(date(2024, 5, 1), None, 80.0, False)], []),  # top set only, 12+ reps
    ],
)
def test_progress_chart_is_a_phone_sized_png(
    points: list[ChartPoint], blocks: list[BlockSpan]
) -> None:
    data = render_progress_chart("Bench press", points, "kg", blocks)
    width, height = png_size(data)
    assert 900 <= width <= 1400
    assert 900 <= height <= 1400
    assert len(data) <= MAX_BYTES


@pytest.mark.parametrize("points", [[], [ChartPoint(date(2024, 5, 1), None, None, False)]])
def test_no_data_still_gives_an_image_to_send(points: list[ChartPoint]) -> None:
    data = render_progress_chart("Squat", points, "lb")
    assert png_size(data) == png_size(render_progress_chart("Squat", series(5), "lb"))
    assert len(data) < MAX_BYTES


@pytest.mark.parametrize(
    "lifts",
    [
        {},
        {"squat": []},
        {"squat": series(30), "bench_press": series(25), "deadlift": series(1)},
        {"squat": series(400, step=1), "Chest Press (Machine)": series(400, step=1)},
    ],
)
def test_overview_chart_handles_any_number_of_lifts(lifts: dict[str, list[ChartPoint]]) -> None:
    data = render_overview_chart(lifts, "kg")
    assert png_size(data)[0] >= 900
    assert len(data) <= MAX_BYTES


def test_rendering_is_fast_and_leaves_no_figures_open() -> None:
    render_progress_chart("Warm-up render", series(3), "kg")
    started = time.perf_counter()
    for _ in range(3):
        render_progress_chart("Deadlift", series(200), "kg", BLOCKS)
    assert (time.perf_counter() - started) / 3 < 1.0
    assert Gcf.get_num_fig_managers() == 0


@pytest.mark.parametrize("kind", ["O", "H", "S", "P"])
def test_chart_block_labels_name_the_block_as_block_does(kind: str) -> None:
    """The chart's shaded span reads like /block's heading ("Foundation", not another name)."""
    from bot.programming.blocks import BLOCK_NAMES, BLOCK_SHORT_NAMES

    assert BLOCK_SHORT_NAMES[kind].lower() in BLOCK_NAMES[kind].lower()
