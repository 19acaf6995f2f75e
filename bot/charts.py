"""Progress charts as PNG bytes, sized and lettered for a phone screen.

Figures are built with the object API on the Agg canvas (no pyplot, no display), so nothing
is kept in a global registry and every figure is freed once rendered. With no data at all the
functions still return a PNG: a card that says there is nothing to draw yet, so a handler can
always send a photo.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import matplotlib
from matplotlib import dates as mdates
from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.progress import BlockSpan, ChartPoint
from bot.units import Unit, fmt_number

__all__ = ["BlockSpan", "ChartPoint", "render_overview_chart", "render_progress_chart"]

matplotlib.use("Agg")  # never a display, even if pyplot gets imported elsewhere

SIZE_INCHES = 7.2  # 1080 px square at DPI
DPI = 150
STYLE: dict[Any, Any] = {
    "font.size": 15,
    "axes.titlesize": 20,
    "axes.labelsize": 16,
    "xtick.labelsize": 13,
    "ytick.labelsize": 13,
    "legend.fontsize": 13,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
}
E1RM_COLOUR = "#1f6feb"
LOAD_COLOUR = "#8c959f"
PR_COLOUR = "#d29922"
BLOCK_COLOURS = ("#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3")
NO_DATA = "Nothing to chart yet.\nLog a few sessions and\nyour progress shows up here."


def render_progress_chart(
    title: str, points: Sequence[ChartPoint], unit: Unit, blocks: Sequence[BlockSpan] = ()
) -> bytes:
    """One lift: e1RM line, top working load, PRs starred, blocks shaded behind."""
    points = sorted(points, key=lambda p: p.day)
    if not any(p.e1rm is not None or p.top_load is not None for p in points):
        return _no_data_png(title)
    with rc_context(STYLE):
        fig = _figure()
        ax = fig.add_subplot()
        _shade_blocks(ax, blocks, points)
        small = len(points) > 60
        _line(ax, [(p.day, p.top_load) for p in points], LOAD_COLOUR, "Top set", small, "--")
        _line(ax, [(p.day, p.e1rm) for p in points], E1RM_COLOUR, "e1RM", small, "-")
        prs = [(p.day, p.e1rm if p.e1rm is not None else p.top_load) for p in points if p.pr]
        if prs:
            pr_days, pr_values = zip(*prs, strict=True)
            ax.scatter(pr_days, pr_values, marker="*", s=260, color=PR_COLOUR, zorder=5,
                       edgecolors="black", linewidths=0.6, label="PR")  # fmt: skip
        _label_last(ax, points, unit)
        _finish(ax, title, f"Load ({unit})", points[0].day, points[-1].day)
        return _png(fig)


def render_overview_chart(series: Mapping[str, Sequence[ChartPoint]], unit: Unit) -> bytes:
    """The main lifts' e1RM lines on one chart, one colour each."""
    lines = {
        name: sorted((p for p in pts if p.e1rm is not None), key=lambda p: p.day)
        for name, pts in series.items()
    }
    # Strongest lift first, so the legend reads in the same order as the lines.
    lines = dict(sorted(((n, p) for n, p in lines.items() if p), key=lambda kv: -_last(kv[1])))
    if not lines:
        return _no_data_png("Your main lifts")
    days = [p.day for pts in lines.values() for p in pts]
    with rc_context(STYLE):
        fig = _figure()
        ax = fig.add_subplot()
        small = max(len(pts) for pts in lines.values()) > 60
        for name, pts in lines.items():
            _line(ax, [(p.day, p.e1rm) for p in pts], None, pretty_name(name), small, "-")
        _finish(ax, "Your main lifts", f"e1RM ({unit})", min(days), max(days))
        ax.legend(loc="upper left", frameon=False)
        return _png(fig)


def pretty_name(exercise: str) -> str:
    """`bench_press` → `Bench press`; app names pass through."""
    is_id = exercise.islower() and " " not in exercise
    return exercise.replace("_", " ").capitalize() if is_id else exercise


def _last(points: Sequence[ChartPoint]) -> float:
    return points[-1].e1rm or 0.0


def _figure() -> Figure:
    fig = Figure(figsize=(SIZE_INCHES, SIZE_INCHES), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _line(
    ax: Axes,
    pairs: list[tuple[date, float | None]],
    colour: str | None,
    label: str,
    small: bool,
    style: str,
) -> None:
    kept = [(day, value) for day, value in pairs if value is not None and math.isfinite(value)]
    if not kept:
        return
    days, values = zip(*kept, strict=True)
    ax.plot(days, values, style, color=colour, label=label, linewidth=2.5 if not small else 1.8,
            marker="o", markersize=3 if small else 7)  # fmt: skip


def _shade_blocks(ax: Axes, blocks: Sequence[BlockSpan], points: Sequence[ChartPoint]) -> None:
    first, last = points[0].day, points[-1].day
    for i, block in enumerate(sorted(blocks, key=lambda b: b.start)):
        if block.end < first or block.start > last:
            continue
        start = mdates.date2num(max(block.start, first))
        end = mdates.date2num(min(block.end, last) + timedelta(days=1))
        ax.axvspan(start, end, color=BLOCK_COLOURS[i % len(BLOCK_COLOURS)], alpha=0.7, zorder=0)
        ax.text((start + end) / 2, 0.98, block.label, transform=ax.get_xaxis_transform(),
                ha="center", va="top", fontsize=12, color="#444444", clip_on=True)  # fmt: skip


def _label_last(ax: Axes, points: Sequence[ChartPoint], unit: Unit) -> None:
    """The latest e1RM written on the chart, the number a lifter looks for first."""
    last = next((p for p in reversed(points) if p.e1rm is not None), None)
    if last is None or last.e1rm is None:
        return
    ax.annotate(f"{fmt_number(last.e1rm)} {unit}", (last.day, last.e1rm), xytext=(10, 14),
                textcoords="offset points", ha="right", fontsize=14, fontweight="bold",
                color=E1RM_COLOUR)  # fmt: skip


def _finish(ax: Axes, title: str, ylabel: str, first: date, last: date) -> None:
    ax.set_title(title, loc="left", fontweight="bold")
    ax.set_ylabel(ylabel)
    pad = max(timedelta(days=3), (last - first) / 25)
    ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.margins(y=0.15)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="lower right", frameon=False)


def _no_data_png(title: str) -> bytes:
    with rc_context(STYLE):
        fig = _figure()
        fig.text(0.5, 0.62, title, ha="center", va="center", fontsize=22, fontweight="bold")
        fig.text(0.5, 0.42, NO_DATA, ha="center", va="center", fontsize=18, color="#555555",
                 linespacing=1.5)  # fmt: skip
        return _png(fig)


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    fig.clear()
    return buffer.getvalue()
