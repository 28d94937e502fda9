"""Render one analysed article for people: its text with the extracted items marked inline.

Inline marks use brackets so they survive copy and paste: ``[this Wednesday|DATE 2024-02-14]``,
``[Qatari|ACTOR Qatar QAT]``, ``[Cairo|PLACE EGY]``, ``[at least thirty|QTY ≥30 dead]`` and
``[met|EVENT CONSULT occurred]``. Where items overlap, the one that starts first (then the
longer) is marked and the other is listed below only. Quotes and events are listed after the
text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Actor, Article

__all__ = ["render_article"]

_BOUND_SIGNS = {"exact": "", "min": "≥", "max": "≤", "approx": "~"}
_COLORS = {"DATE": "green", "TIME": "green", "DURATION": "green", "SET": "green",
           "ACTOR": "cyan", "PLACE": "magenta", "QTY": "yellow", "EVENT": "red"}


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str
    label: str


def _actor_label(actor: Actor) -> str:
    return " ".join(part for part in (actor.name, actor.country or "") if part)


def _marks(article: Article) -> list[_Mark]:
    marks = [_Mark(t.start, t.end, t.type, f"{t.type} {t.value}") for t in article.timexes]
    marks += [_Mark(a.start, a.end, "ACTOR", f"ACTOR {_actor_label(a)}") for a in article.actors]
    marks += [_Mark(p.start, p.end, "PLACE", f"PLACE {p.name} {p.country or ''}".rstrip())
              for p in article.places]
    marks += [
        _Mark(q.start, q.end, "QTY",
              f"QTY {_BOUND_SIGNS.get(q.bound, '')}{q.value:g} {q.unit or ''}".rstrip())
        for q in article.quantities
    ]
    marks += [_Mark(e.trigger_start, e.trigger_end, "EVENT", f"EVENT {e.type} {e.status}")
              for e in article.events]
    marks.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mark] = []
    for mark in marks:
        if kept and mark.start < kept[-1].end:
            continue
        kept.append(mark)
    return kept


def render_article(article: Article, *, color: bool = False) -> str:
    """The article's metadata, marked text, events and quotes as plain (or ANSI) text."""
    import click

    def style(text: str, kind: str) -> str:
        return click.style(text, fg=_COLORS.get(kind)) if color else text

    lines = [
        f"id:     {article.id}",
        f"date:   {article.date.isoformat()} (from {article.date_source})",
    ]
    for label, value in (("title", article.title), ("url", article.url),
                         ("source", article.source), ("origin", article.origin)):
        if value:
            lines.append(f"{label + ':':<7} {value}")
    for note in article.notes:
        lines.append(f"note:   {note}")
    lines.append("")
    marks = _marks(article)
    paragraphs = article.paragraphs or []
    spans = [(p.start, p.end, p.kind) for p in paragraphs] or [(0, len(article.text), "body")]
    for start, end, kind in spans:
        pos = start
        pieces: list[str] = []
        for mark in marks:
            if mark.start < start or mark.end > end:
                continue
            pieces.append(article.text[pos:mark.start])
            pieces.append(style(f"[{article.text[mark.start:mark.end]}|{mark.label}]", mark.kind))
            pos = mark.end
        pieces.append(article.text[pos:end])
        prefix = "" if kind == "body" else f"({kind}) "
        lines.extend([prefix + "".join(pieces), ""])
    if article.events:
        lines.append(f"Events ({len(article.events)}):")
        for event in article.events:
            date = event.date.value + ("~" if event.date.inherited else "") if event.date else "-"
            actors = "; ".join(_actor_label(a) for a in event.actors) or "-"
            targets = "; ".join(_actor_label(a) for a in event.targets)
            where = f" @ {event.place.name}" if event.place else ""
            source = f" (according to {event.attribution})" if event.attribution else ""
            arrow = f" → {targets}" if targets else ""
            lines.append(f"  {date:<14} {event.type:<10} {event.status:<12} {actors}{arrow}"
                         f"{where}{source}")
            lines.append(f"  {'':<14} “{event.evidence}”")
    if article.quotes:
        lines.append(f"Quotes ({len(article.quotes)}):")
        for quote in article.quotes:
            manner = "direct" if quote.direct else "reported"
            via = f" via {quote.relay}" if quote.relay else ""
            also = f" (also {'; '.join(quote.also_by)})" if quote.also_by else ""
            named = f" (= {quote.source})" if quote.source != quote.speaker else ""
            lines.append(f"  {quote.speaker or '?'}{named}{via}{also} [{quote.cue or '-'}, {manner}]: "
                         f"“{quote.content}”")
    return "\n".join(lines).rstrip() + "\n"
