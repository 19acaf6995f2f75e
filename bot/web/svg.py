"""Tiny SVG line charts for the Mini App, coloured by CSS classes so both themes read well.

The chat's charts (bot/charts.py) are matplotlib PNGs on white; a page inside Telegram follows
the lifter's theme, so the Mini App draws its own few lines here instead (no matplotlib load).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from bot.progress import BlockSpan, ChartPoint
from bot.units import fmt_number

WIDTH, HEIGHT = 360, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 12, 26


@dataclass(frozen=True)
class Series:
    css: str  # class of the line: e1rm, top, bw
    points: Sequence[tuple[date, float]]


class _Frame:
    """Maps dates and values onto the drawing area."""

    def __init__(self, first: date, last: date, low: float, high: float) -> None:
        self.first, self.days = first, max((last - first).days, 1)
        pad = (high - low) * 0.08 or 1.0
        self.low, self.high = low - pad, high + pad

    def x(self, day: date) -> float:
        return LEFT + (day - self.first).days / self.days * (WIDTH - LEFT - RIGHT)

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return TOP + (1 - share) * (HEIGHT - TOP - BOTTOM)


def line_chart(
    label: str,
    series: Sequence[Series],
    marks: Sequence[tuple[date, float]] = (),
    spans: Sequence[BlockSpan] = (),
) -> str:
    """An SVG with a line per series, starred marks (PRs) and shaded spans (blocks)."""
    values = [v for s in series for _, v in s.points]
    days = [d for s in series for d, _ in s.points]
    if not values:
        return ""
    frame = _Frame(min(days), max(days), min(values), max(values))
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
        *_spans(frame, spans, min(days), max(days)),
        *_axes(frame, min(days), max(days)),
    ]
    for s in series:
        coords = " ".join(f"{frame.x(d):.1f},{frame.y(v):.1f}" for d, v in s.points)
        parts.append(f'<polyline class="line {s.css}" points="{coords}"/>')
        if len(s.points) == 1:
            d, v = s.points[0]
            parts.append(f'<circle class="dot {s.css}" cx="{frame.x(d):.1f}" '
                         f'cy="{frame.y(v):.1f}" r="3"/>')  # fmt: skip
    for d, v in marks:
        parts.append(f'<circle class="pr" cx="{frame.x(d):.1f}" cy="{frame.y(v):.1f}" r="4">'
                     f"<title>PR {d.isoformat()}: {fmt_number(v)}</title></circle>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def _spans(frame: _Frame, spans: Sequence[BlockSpan], first: date, last: date) -> list[str]:
    out = []
    for i, span in enumerate(spans):
        start, end = max(span.start, first), min(span.end, last)
        if start > end:
            continue
        x0, x1 = frame.x(start), frame.x(end)
        out.append(
            f'<rect class="block b{i % 2}" x="{x0:.1f}" y="{TOP}" width="{max(x1 - x0, 1):.1f}" '
            f'height="{HEIGHT - TOP - BOTTOM}"><title>{escape(span.label)}</title></rect>'
            f'<text class="block-label" x="{x0 + 2:.1f}" y="{TOP + 10}">{escape(span.label)}</text>'
        )
    return out


def _axes(frame: _Frame, first: date, last: date) -> list[str]:
    bottom = HEIGHT - BOTTOM
    out = [f'<line class="axis" x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}"/>']
    digits = 1 if frame.high - frame.low < 10 else 0  # body weight moves by tenths
    for value in (frame.low, (frame.low + frame.high) / 2, frame.high):
        y = frame.y(value)
        out.append(f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" '
                   f'y2="{y:.1f}"/><text class="tick" x="{LEFT - 4}" y="{y + 4:.1f}" '
                   'text-anchor="end">'
                   f"{fmt_number(round(value, digits))}</text>")  # fmt: skip
    for day, anchor in ((first, "start"), (last, "end")):
        out.append(f'<text class="tick" x="{frame.x(day):.1f}" y="{HEIGHT - 8}" '
                   f'text-anchor="{anchor}">{day.strftime("%d %b %y")}</text>')  # fmt: skip
    return out


def progress_chart(name: str, points: Sequence[ChartPoint], spans: Sequence[BlockSpan]) -> str:
    """e1RM and top set per day of one lift, PRs marked, blocks shaded."""
    e1rm = [(p.day, p.e1rm) for p in points if p.e1rm is not None]
    top = [(p.day, p.top_load) for p in points if p.top_load is not None]
    marks = [(p.day, p.e1rm) for p in points if p.pr and p.e1rm is not None]
    return line_chart(
        f"{name}: e1RM and top set", [Series("top", top), Series("e1rm", e1rm)], marks, spans
    )
