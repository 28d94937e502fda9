"""Timelines: dated events in order, rendered for the terminal, Markdown and HTML.

A timeline is built from the events a :class:`~dateline.store.Store` returns (a pandas
DataFrame, one row per event). Events are ordered by their date's earliest day, then by
precision (a day before the month that contains it), then by article date. Events whose
date was only inherited (not stated in their clause) are marked ``~``.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import groupby
from typing import Any

import jinja2

__all__ = ["TimelineEntry", "build_timeline", "render_html", "render_markdown", "render_text"]

_PRECISION_ORDER = {
    "time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "year": 5, "decade": 6,
    "century": 7, "none": 8,
}


@dataclass(frozen=True)
class TimelineEntry:
    """One event on a timeline."""

    date: str
    precision: str
    inherited: bool
    type: str
    status: str
    actors: str
    targets: str
    place: str
    evidence: str
    attribution: str
    article_id: str
    title: str
    url: str

    @property
    def headline(self) -> str:
        """``ACTORS TYPE TARGETS`` in a few words, e.g. ``Egypt; Qatar CONSULT Hamas``."""
        who = self.actors or "(unnamed)"
        target = f" → {self.targets}" if self.targets else ""
        return f"{who} {self.type}{target}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):  # NaN from pandas
        return ""
    return str(value)


def build_timeline(rows: Iterable[Mapping[str, Any]]) -> list[TimelineEntry]:
    """Timeline entries from event rows (``Store.events().to_dict("records")``); undated are dropped."""
    entries = []
    for row in rows:
        date = _text(row.get("date"))
        if not date:
            continue
        entries.append(
            TimelineEntry(
                date=date,
                precision=_text(row.get("date_precision")) or "day",
                inherited=bool(row.get("date_inherited") or False),
                type=_text(row.get("type")),
                status=_text(row.get("status")),
                actors=_text(row.get("actors")),
                targets=_text(row.get("targets")),
                place=_text(row.get("place_name")),
                evidence=_text(row.get("evidence")),
                attribution=_text(row.get("attribution")),
                article_id=_text(row.get("article_id")),
                title=_text(row.get("title")),
                url=_text(row.get("url")),
            )
        )
    entries.sort(
        key=lambda e: (
            _text(e.date)[:10],
            _PRECISION_ORDER.get(e.precision, 9),
            e.article_id,
        )
    )
    return entries


def _by_date(entries: list[TimelineEntry]) -> list[tuple[str, list[TimelineEntry]]]:
    return [(date, list(group)) for date, group in groupby(entries, key=lambda e: e.date)]


def _status_mark(entry: TimelineEntry) -> str:
    return "" if entry.status == "occurred" else f" [{entry.status}]"


def render_text(entries: list[TimelineEntry], *, color: bool = False, width: int = 100) -> str:
    """Plain-text timeline for a terminal; ``color`` adds ANSI styles."""
    import click

    def style(text: str, **kwargs: Any) -> str:
        return click.style(text, **kwargs) if color else text

    lines: list[str] = []
    for date, group in _by_date(entries):
        lines.append(style(date, bold=True))
        for entry in group:
            mark = "~" if entry.inherited else " "
            where = f" @ {entry.place}" if entry.place else ""
            lines.append(
                f"  {mark}{style(entry.type, fg='cyan')}{_status_mark(entry)} "
                f"{_who(entry)}{where}"
            )
            evidence = entry.evidence if len(entry.evidence) <= width else entry.evidence[: width - 1] + "…"
            source = f" — {entry.attribution}" if entry.attribution else ""
            lines.append(style(f"      {evidence}{source}", dim=True))
    if not lines:
        return "(no dated events)"
    return "\n".join(lines)


def _who(entry: TimelineEntry) -> str:
    who = entry.actors or "(unnamed)"
    return f"{who} → {entry.targets}" if entry.targets else who


def render_markdown(entries: list[TimelineEntry], title: str = "Timeline") -> str:
    """Markdown timeline: one heading per date, one bullet per event, with its evidence."""
    out = [f"# {title}", ""]
    if not entries:
        out.append("_No dated events._")
    for date, group in _by_date(entries):
        out.extend([f"## {date}", ""])
        for entry in group:
            mark = " (date inherited)" if entry.inherited else ""
            where = f" in {entry.place}" if entry.place else ""
            link = f"[{entry.title or entry.article_id}]({entry.url})" if entry.url else (
                entry.title or entry.article_id
            )
            source = f", according to {entry.attribution}" if entry.attribution else ""
            out.append(
                f"- **{entry.type}**{_status_mark(entry)} {_who(entry)}{where}{mark}: "
                f"“{entry.evidence}”{source} — {link}"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(entries: list[TimelineEntry], title: str = "Timeline") -> str:
    """A self-contained HTML page (no scripts, no external assets)."""
    source = resources.files("dateline").joinpath("templates/timeline.html").read_text("utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(source)
    return template.render(title=title, days=_by_date(entries), escape=html.escape)
