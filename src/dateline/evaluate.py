"""Score dateline's output against hand-annotated gold articles.

The gold format and its matching rules are in ``docs/evaluation.md`` (which follows the
gold-format spec, version 1). Three entry points:

- :func:`load_gold` reads a gold JSON Lines file into typed :class:`GoldArticle` records,
  locating every annotated string in the article text;
- :func:`score` compares gold articles with system :class:`~dateline.model.Article` records.
  It is a pure function and needs no spaCy, so it can be tested with hand-built articles;
- :func:`evaluate` runs the pipeline over the gold texts and scores the result.

Scores are micro-averaged over all articles. A layer is scored only on the articles whose
gold annotates it (the key is present, even as an empty list).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from .errors import InputError
from .model import Actor, Article, Event, Place, Quote

__all__ = [
    "Accuracy",
    "GoldArticle",
    "GoldCaption",
    "GoldEvent",
    "GoldQuantity",
    "GoldQuote",
    "GoldTimex",
    "Report",
    "Score",
    "SupportsAnalyzeMany",
    "date_within",
    "evaluate",
    "load_gold",
    "score",
    "speaker_matches",
]

logger = logging.getLogger(__name__)

#: Gold layers in report order, with the metric rows each one produces.
LAYER_METRICS: dict[str, tuple[str, ...]] = {
    "captions": ("caption",),
    "timexes": ("timex.strict", "timex.relaxed", "timex.type", "timex.value"),
    "events": ("event", "event.actor", "event.target", "event.date", "event.place", "event.status"),
    "quotes": ("quote", "quote.speaker", "quote.cue", "quote.direct"),
    "quantities": ("quantity", "quantity.value", "quantity.bound"),
}

_TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
_STATUSES = frozenset({"occurred", "ongoing", "planned", "announced", "hypothetical", "negated"})
_BOUNDS = frozenset({"exact", "min", "max", "approx"})

# Word tokens for the quote overlap rule; punctuation and quotation marks are not tokens,
# so a span that includes or omits the surrounding quote marks scores the same.
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


# --------------------------------------------------------------------------------------
# Gold records


@dataclass(frozen=True)
class GoldCaption:
    """A gold caption (non-body paragraph text), located in the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldTimex:
    """A gold temporal expression with its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldEvent:
    """A gold event. ``None`` attributes were not annotated and are not scored."""

    start: int
    end: int
    evidence: str
    #: Acceptable PLOVER types; a system event matches if its type is any of them.
    types: tuple[str, ...]
    #: Participants, each a tuple of acceptable identifiers (ISO alpha-3 code or name).
    actors: tuple[tuple[str, ...], ...] | None = None
    targets: tuple[tuple[str, ...], ...] | None = None
    date: str | None = None
    #: Acceptable place names or gazetteer ids (the spec's single string, or a list).
    place: tuple[str, ...] | None = None
    status: str | None = None


@dataclass(frozen=True)
class GoldQuote:
    """A gold attributed statement; ``content`` is the located span."""

    start: int
    end: int
    content: str
    speaker: tuple[str, ...] | None = None
    cue: str | None = None
    direct: bool | None = None


@dataclass(frozen=True)
class GoldQuantity:
    """A gold quantity (a number that counts something) with its bound."""

    start: int
    end: int
    text: str
    value: float | None = None
    bound: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    """One gold line. A layer that is ``None`` is not annotated for this article."""

    id: str
    date: dt.date
    text: str
    #: ``path:line`` of the gold line, for messages.
    origin: str = ""
    captions: tuple[GoldCaption, ...] | None = None
    timexes: tuple[GoldTimex, ...] | None = None
    events: tuple[GoldEvent, ...] | None = None
    quotes: tuple[GoldQuote, ...] | None = None
    quantities: tuple[GoldQuantity, ...] | None = None


# --------------------------------------------------------------------------------------
# Loading


class _LineError(Exception):
    """A problem in one gold line; turned into an InputError naming file and line."""


def _locate(text: str, needle: str, occurrence: int, where: str,
            taken: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """Char span of the ``occurrence``-th (1-based) occurrence of ``needle`` in ``text``,
    not counting occurrences that overlap a span in ``taken``."""
    if not needle:
        raise _LineError(f"{where}: empty string")
    pos, seen = -1, 0
    while seen < occurrence:
        # Search from one past the previous hit, so overlapping occurrences count too.
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise _LineError(f"{where}: {needle!r} (occurrence {occurrence}) not found in text")
        seen += not any(_spans_overlap(pos, pos + len(needle), a, b) for a, b in taken)
    return pos, pos + len(needle)


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _LineError(f"{where}: expected a string, got {type(value).__name__}")
    return value


def _opt_str(item: dict[str, Any], key: str, where: str) -> str | None:
    if item.get(key) is None:
        return None
    return _str(item[key], f"{where}.{key}")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    """A string or a list of strings, as a tuple."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _LineError(f"{where}: expected a string or a list of strings")
    return tuple(value)


def _occurrence(item: dict[str, Any], where: str) -> int:
    occ = item.get("occurrence", 1)
    if isinstance(occ, bool) or not isinstance(occ, int) or occ < 1:
        raise _LineError(f"{where}.occurrence: expected an integer >= 1, got {occ!r}")
    return occ


def _items(data: dict[str, Any], key: str) -> list[tuple[str, Any]] | None:
    """The list under ``key`` with a ``key[i]`` label per item, or None when absent."""
    if key not in data or data[key] is None:
        return None
    value = data[key]
    if not isinstance(value, list):
        raise _LineError(f"{key}: expected a list, got {type(value).__name__}")
    return [(f"{key}[{i}]", item) for i, item in enumerate(value)]


def _obj(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _LineError(f"{where}: expected an object, got {type(item).__name__}")
    return item


def _participants(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        raise _LineError(f"{where}: expected a list of participants")
    return tuple(_strings(p, f"{where}[{i}]") for i, p in enumerate(value))


def _anchored(
    items: list[tuple[str, Any]], field_name: str, text: str, exclusive: bool = False
) -> Iterator[tuple[str, dict[str, Any], str, int, int]]:
    """(where, item, span text, start, end) for each gold object, its ``field_name`` located.

    With ``exclusive`` (annotations that never overlap, like TIMEX3s) longer spans are located
    first and an occurrence inside one of them is not counted: "on Tuesday", occurrence 1, is
    not the one inside an annotated "on Tuesday night".
    """
    parsed = []
    for where, raw in items:
        item = _obj(raw, where)
        parsed.append((where, item, _str(item.get(field_name), f"{where}.{field_name}")))
    order = sorted(range(len(parsed)), key=lambda i: -len(parsed[i][2])) if exclusive \
        else range(len(parsed))
    located: dict[int, tuple[int, int]] = {}
    for i in order:
        where, item, span = parsed[i]
        longer = [located[j] for j in located if len(parsed[j][2]) > len(span)] if exclusive else []
        located[i] = _locate(text, span, _occurrence(item, where), f"{where}.{field_name}", longer)
    for i, (where, item, span) in enumerate(parsed):
        yield where, item, span, *located[i]


def _choice(item: dict[str, Any], key: str, where: str, allowed: Iterable[str]) -> str | None:
    """An optional string field that must be one of ``allowed``."""
    value = _opt_str(item, key, where)
    if value is not None and value not in allowed:
        raise _LineError(f"{where}.{key}: {value!r} is not one of {sorted(allowed)}")
    return value


def _parse_captions(data: dict[str, Any], text: str) -> tuple[GoldCaption, ...] | None:
    items = _items(data, "captions")
    if items is None:
        return None
    out = []
    for where, item in items:
        # The spec's captions are plain strings; {"text", "occurrence"} is also accepted
        # for a caption whose text appears more than once.
        if isinstance(item, dict):
            cap = _str(item.get("text"), f"{where}.text")
            occ = _occurrence(item, where)
        else:
            cap, occ = _str(item, where), 1
        start, end = _locate(text, cap, occ, where)
        out.append(GoldCaption(start, end, cap))
    return tuple(out)


def _parse_timexes(data: dict[str, Any], text: str) -> tuple[GoldTimex, ...] | None:
    items = _items(data, "timexes")
    if items is None:
        return None
    out = []
    for where, item, span, start, end in _anchored(items, "text", text, exclusive=True):
        ttype = _str(item.get("type"), f"{where}.type")
        if ttype not in _TIMEX_TYPES:
            raise _LineError(f"{where}.type: {ttype!r} is not one of {sorted(_TIMEX_TYPES)}")
        value = _str(item.get("value"), f"{where}.value")
        out.append(GoldTimex(start, end, span, ttype, value))
    return tuple(out)


def _current_types(types: tuple[str, ...]) -> tuple[str, ...]:
    """The gold's types plus what older PLOVER names are called now (DEMAND is REQUEST,
    DISAPPROVE is ACCUSE, YIELD is CONCEDE or RETREAT; ``data/plover_labels.csv``)."""
    from .plover import label_types

    renamed = [new for old in types for new in sorted(label_types().get(old.upper(), ()))]
    return tuple(dict.fromkeys([*types, *renamed]))


def _parse_events(data: dict[str, Any], text: str) -> tuple[GoldEvent, ...] | None:
    items = _items(data, "events")
    if items is None:
        return None
    out = []
    for where, item, evidence, start, end in _anchored(items, "evidence", text):
        types = _strings(item.get("type"), f"{where}.type")
        if not types:
            raise _LineError(f"{where}.type: empty list of acceptable types")
        types = _current_types(types)
        status = _choice(item, "status", where, _STATUSES)
        out.append(
            GoldEvent(
                start,
                end,
                evidence,
                types,
                actors=None
                if item.get("actors") is None
                else _participants(item["actors"], f"{where}.actors"),
                targets=None
                if item.get("targets") is None
                else _participants(item["targets"], f"{where}.targets"),
                date=_opt_str(item, "date", where),
                place=None
                if item.get("place") is None
                else _strings(item["place"], f"{where}.place"),
                status=status,
            )
        )
    return tuple(out)


def _parse_quotes(data: dict[str, Any], text: str) -> tuple[GoldQuote, ...] | None:
    items = _items(data, "quotes")
    if items is None:
        return None
    out = []
    for where, item, content, start, end in _anchored(items, "content", text):
        direct = item.get("direct")
        if direct is not None and not isinstance(direct, bool):
            raise _LineError(f"{where}.direct: expected true or false, got {direct!r}")
        out.append(
            GoldQuote(
                start,
                end,
                content,
                speaker=None
                if item.get("speaker") is None
                else _strings(item["speaker"], f"{where}.speaker"),
                cue=_opt_str(item, "cue", where),
                direct=direct,
            )
        )
    return tuple(out)


def _parse_quantities(data: dict[str, Any], text: str) -> tuple[GoldQuantity, ...] | None:
    items = _items(data, "quantities")
    if items is None:
        return None
    out = []
    for where, item, span, start, end in _anchored(items, "text", text):
        value = item.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise _LineError(f"{where}.value: expected a number, got {value!r}")
        bound = _choice(item, "bound", where, _BOUNDS)
        out.append(
            GoldQuantity(
                start,
                end,
                span,
                value=None if value is None else float(value),
                bound=bound,
                unit=_opt_str(item, "unit", where),
            )
        )
    return tuple(out)


def _parse_line(data: Any, default_id: str, origin: str) -> GoldArticle:
    if not isinstance(data, dict):
        raise _LineError(f"expected a JSON object, got {type(data).__name__}")
    text = _str(data.get("text"), "text")
    raw_date = _str(data.get("date"), "date")
    try:
        # Accept a full timestamp too; only the calendar day anchors relative dates.
        day = dt.date.fromisoformat(raw_date[:10])
    except ValueError:
        raise _LineError(f"date: {raw_date!r} is not an ISO 8601 date") from None
    art_id = data.get("id")
    return GoldArticle(
        id=default_id if art_id is None else str(art_id),
        date=day,
        text=text,
        origin=origin,
        captions=_parse_captions(data, text),
        timexes=_parse_timexes(data, text),
        events=_parse_events(data, text),
        quotes=_parse_quotes(data, text),
        quantities=_parse_quantities(data, text),
    )


def load_gold(path: str | os.PathLike[str]) -> list[GoldArticle]:
    """Read a gold JSON Lines file (one annotated article per line; blank lines skipped).

    Every annotated string is located in the article text (``occurrence`` picks the n-th
    occurrence, 1-based, default 1). Raises :class:`~dateline.errors.InputError` naming the
    file, line and field for invalid JSON, a missing or mistyped field, or a string that
    cannot be found in the text.
    """
    origin = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file: {exc}", origin=origin) from exc
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not valid JSON ({exc.msg} at column {exc.colno})", origin=origin, line=lineno
            ) from None
        try:
            article = _parse_line(data, f"{Path(path).name}:{lineno}", f"{origin}:{lineno}")
        except _LineError as exc:
            raise InputError(str(exc), origin=origin, line=lineno) from None
        if article.id in seen:
            raise InputError(
                f"id {article.id!r} already used on line {seen[article.id]}",
                origin=origin,
                line=lineno,
            )
        seen[article.id] = lineno
        articles.append(article)
    return articles


# --------------------------------------------------------------------------------------
# Report


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 from counts.

    With no system items precision is 0.0 (and with no gold items recall is 0.0), except
    when there are neither system nor gold items: then nothing can be measured and all
    three are ``None`` (shown as ``n/a``).
    """

    name: str
    tp: int
    system: int
    gold: int

    @property
    def precision(self) -> float | None:
        if self.system:
            return self.tp / self.system
        return None if self.gold == 0 else 0.0

    @property
    def recall(self) -> float | None:
        if self.gold:
            return self.tp / self.gold
        return None if self.system == 0 else 0.0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "system": self.system,
            "gold": self.gold,
        }


@dataclass(frozen=True)
class Accuracy:
    """Share of scored matched pairs whose attribute is right; ``None`` when none was scored."""

    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


@dataclass
class Report:
    """Micro-averaged scores per metric, only for layers some gold article annotates."""

    articles: int
    scores: dict[str, Score] = field(default_factory=dict)
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    #: Metric names in report order.
    order: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``{"articles": n, "metrics": {name: {...}}}`` in report order."""
        metrics: dict[str, Any] = {}
        for name in self.order:
            metric = self.scores.get(name) or self.accuracies[name]
            metrics[name] = metric.to_dict()
        return {"articles": self.articles, "metrics": metrics}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def to_table(self) -> str:
        """An aligned plain-text table: P, R, F1 with tp/sys/gold, or accuracy with correct/n."""
        header = ["metric", "P", "R", "F1", "acc", "counts"]
        rows = [header]
        for name in self.order:
            if name in self.scores:
                s = self.scores[name]
                rows.append(
                    [
                        name,
                        _fmt(s.precision),
                        _fmt(s.recall),
                        _fmt(s.f1),
                        "",
                        f"{s.tp}/{s.system}/{s.gold}",
                    ]
                )
            else:
                a = self.accuracies[name]
                rows.append([name, "", "", "", _fmt(a.accuracy), f"{a.correct}/{a.total}"])
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        lines = [f"articles: {self.articles}"]
        for row in rows:
            cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
            lines.append("  ".join(cells).rstrip())
        return "\n".join(lines)


# --------------------------------------------------------------------------------------
# Matching helpers

_G = TypeVar("_G")
_S = TypeVar("_S")


def _spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return max(a_start, b_start) < min(a_end, b_end)


def _greedy(
    gold: Sequence[_G],
    system: Sequence[_S],
    gold_key: Callable[[_G], tuple[int, int]],
    sys_key: Callable[[_S], tuple[int, int]],
    ok: Callable[[_G, _S], bool],
) -> list[tuple[_G, _S]]:
    """Greedy one-to-one matching in text order.

    Gold items are taken in text order; each takes the first (in text order) system item
    not yet taken that satisfies ``ok``.
    """
    gold_sorted = sorted(gold, key=gold_key)
    sys_sorted = sorted(system, key=sys_key)
    taken = [False] * len(sys_sorted)
    pairs: list[tuple[_G, _S]] = []
    for g in gold_sorted:
        for i, s in enumerate(sys_sorted):
            if not taken[i] and ok(g, s):
                taken[i] = True
                pairs.append((g, s))
                break
    return pairs


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _contains_words(outer: list[str], inner: list[str]) -> bool:
    """True when ``inner`` is a contiguous run of ``outer`` (word-level containment)."""
    n = len(inner)
    if n == 0 or n > len(outer):
        return False
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def speaker_matches(system: str | None, acceptable: Iterable[str]) -> bool:
    """A system speaker contains, or is contained in, an acceptable string.

    Case-insensitive and on whole words, so "two security sources" matches "security
    sources" but "the" does not match "he".
    """
    if system is None:
        return False
    sys_words = _words(system)
    if not sys_words:
        return False
    for option in acceptable:
        words = _words(option)
        if _contains_words(sys_words, words) or _contains_words(words, sys_words):
            return True
    return False


def _identifier_matches(actor: Actor, identifiers: tuple[str, ...]) -> bool:
    keys = {_fold(i) for i in identifiers}
    return (actor.country is not None and _fold(actor.country) in keys) or _fold(actor.name) in keys


def _participants_count(
    system: Sequence[Actor], gold: tuple[tuple[str, ...], ...]
) -> tuple[int, int, int]:
    """(tp, system, gold) for one event's actors or targets, matched one-to-one greedily."""
    taken = [False] * len(system)
    tp = 0
    for identifiers in gold:
        for i, actor in enumerate(system):
            if not taken[i] and _identifier_matches(actor, identifiers):
                taken[i] = True
                tp += 1
                break
    return tp, len(system), len(gold)


def _place_matches(place: Place | None, gold: tuple[str, ...]) -> bool:
    if place is None:
        return False
    keys = {_fold(g) for g in gold}
    return _fold(place.name) in keys or (
        place.gazetteer_id is not None and _fold(place.gazetteer_id) in keys
    )


# TIMEX3 date values and the calendar days they cover.
_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")
_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF_RE = re.compile(r"^(\d{4})-H([12])$")
_DECADE_RE = re.compile(r"^(\d{3})$")
_CENTURY_RE = re.compile(r"^(\d{2})$")


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 date value denotes, or None (unknown digits, REFs ...)."""
    try:
        if m := _DAY_RE.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH_RE.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo)
        if m := _YEAR_RE.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _WEEK_RE.match(value):
            y, w, part = int(m[1]), int(m[2]), m[3]
            if part == "WE":
                return dt.date.fromisocalendar(y, w, 6), dt.date.fromisocalendar(y, w, 7)
            if part:
                day = dt.date.fromisocalendar(y, w, int(part))
                return day, day
            return dt.date.fromisocalendar(y, w, 1), dt.date.fromisocalendar(y, w, 7)
        if m := _QUARTER_RE.match(value):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF_RE.match(value):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _DECADE_RE.match(value):
            y = int(m[1]) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31)
        if m := _CENTURY_RE.match(value):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:  # month 13, week 54 ...: not a date we can place
        return None
    return None


def date_within(system: str | None, gold: str) -> bool:
    """True when a system TIMEX3 value equals the gold value or is a more precise value inside it.

    "Inside" means either a TIMEX3 prefix (``2024-02-13TNI`` inside ``2024-02-13``,
    ``2024-02-14`` inside ``2024-02``, ``2024`` inside decade ``202``) or, for a gold value
    without a time part, calendar containment (``2024-02-14`` inside ``2024-W07``, ``2024-W07``
    inside ``2024-02``). Non-calendar values (``PAST_REF``, ``P6W``) must be equal.
    """
    if system is None:
        return False
    s, g = system.strip().upper(), gold.strip().upper()
    if not s or not g:
        return False
    if s == g:
        return True
    if s.startswith(g) and g[:1].isdigit():
        # Cut at a component boundary ("2024-02" is not inside "2024-0"), except for
        # decade/century values, which are bare digit prefixes of a year.
        nxt = s[len(g)]
        if nxt in "-T:" or (g.isdigit() and len(g) < 4):
            return True
    if "T" in g:
        return False
    s_days, g_days = _interval(s), _interval(g)
    if s_days is None or g_days is None:
        return False
    return g_days[0] <= s_days[0] and s_days[1] <= g_days[1]


def _same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


class _Tokens:
    """Word-token offsets of one text, for the quote overlap rule."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [lo, hi) of the tokens overlapping the char span [start, end)."""
        if end <= start:
            return 0, 0
        lo = bisect_right(self.ends, start)
        hi = bisect_left(self.starts, end)
        return lo, max(lo, hi)


def _quote_overlaps(tokens: _Tokens, a: tuple[int, int], b: tuple[int, int]) -> bool:
    a_lo, a_hi = tokens.range(*a)
    b_lo, b_hi = tokens.range(*b)
    shared = min(a_hi, b_hi) - max(a_lo, b_lo)
    shorter = min(a_hi - a_lo, b_hi - b_lo)
    return shared > 0 and 2 * shared >= shorter


# --------------------------------------------------------------------------------------
# Scoring


class _Tally:
    """Counts accumulated over articles, in metric order."""

    def __init__(self) -> None:
        self.prf: dict[str, list[int]] = {}
        self.acc: dict[str, list[int]] = {}

    def add(self, name: str, tp: int, system: int, gold: int) -> None:
        row = self.prf.setdefault(name, [0, 0, 0])
        row[0] += tp
        row[1] += system
        row[2] += gold

    def check(self, name: str, correct: bool | None) -> None:
        """Count one scored pair (``None`` = attribute not annotated, not scored)."""
        row = self.acc.setdefault(name, [0, 0])
        if correct is not None:
            row[0] += int(correct)
            row[1] += 1


def _score_captions(t: _Tally, gold: Sequence[GoldCaption], article: Article) -> None:
    marked = [p for p in article.paragraphs if p.kind != "body"]
    pairs = _greedy(
        gold,
        marked,
        lambda g: (g.start, g.end),
        lambda p: (p.start, p.end),
        lambda g, p: p.start <= g.start and g.end <= p.end,
    )
    t.add("caption", len(pairs), len(marked), len(gold))


def _score_timexes(t: _Tally, gold: Sequence[GoldTimex], article: Article) -> None:
    system = article.timexes
    n_sys, n_gold = len(system), len(gold)
    strict = _greedy(
        gold,
        system,
        lambda g: (g.start, g.end),
        lambda s: (s.start, s.end),
        lambda g, s: (g.start, g.end) == (s.start, s.end),
    )
    relaxed = _greedy(
        gold,
        system,
        lambda g: (g.start, g.end),
        lambda s: (s.start, s.end),
        lambda g, s: _spans_overlap(g.start, g.end, s.start, s.end),
    )
    t.add("timex.strict", len(strict), n_sys, n_gold)
    t.add("timex.relaxed", len(relaxed), n_sys, n_gold)
    t.add("timex.type", sum(g.type == s.type for g, s in relaxed), n_sys, n_gold)
    t.add("timex.value", sum(g.value.strip() == s.value.strip() for g, s in relaxed), n_sys, n_gold)


def _score_events(t: _Tally, gold: Sequence[GoldEvent], article: Article) -> None:
    system = article.events
    pairs = _greedy(
        gold,
        system,
        lambda g: (g.start, g.end),
        lambda s: (s.start, s.end),
        lambda g, s: _spans_overlap(g.start, g.end, s.start, s.end) and s.type in g.types,
    )
    t.add("event", len(pairs), len(system), len(gold))
    # Attribute rows exist even when no pair scores them, so every annotated layer prints them.
    t.add("event.actor", 0, 0, 0)
    t.add("event.target", 0, 0, 0)
    for g, s in pairs:
        _score_event_pair(t, g, s)
    for name in ("event.date", "event.place", "event.status"):
        t.check(name, None)


def _score_event_pair(t: _Tally, g: GoldEvent, s: Event) -> None:
    if g.actors is not None:
        t.add("event.actor", *_participants_count(s.actors, g.actors))
    if g.targets is not None:
        t.add("event.target", *_participants_count(s.targets, g.targets))
    if g.date is not None:
        t.check("event.date", date_within(s.date.value if s.date else None, g.date))
    if g.place is not None:
        t.check("event.place", _place_matches(s.place, g.place))
    if g.status is not None:
        t.check("event.status", s.status == g.status)


def _score_quotes(t: _Tally, gold: Sequence[GoldQuote], article: Article) -> None:
    tokens = _Tokens(article.text)
    system = [q for q in article.quotes if q.kind == "speech"]  # quotes, not stances
    pairs = _greedy(
        gold,
        system,
        lambda g: (g.start, g.end),
        lambda s: (s.start, s.end),
        lambda g, s: _quote_overlaps(tokens, (g.start, g.end), (s.start, s.end)),
    )
    t.add("quote", len(pairs), len(system), len(gold))
    for name in ("quote.speaker", "quote.cue", "quote.direct"):
        t.check(name, None)
    for g, s in pairs:
        _score_quote_pair(t, g, s)


def _score_quote_pair(t: _Tally, g: GoldQuote, s: Quote) -> None:
    if g.speaker is not None:
        t.check(
            "quote.speaker",
            speaker_matches(s.speaker, g.speaker) or speaker_matches(s.speaker_actor, g.speaker),
        )
    if g.cue is not None:
        t.check("quote.cue", s.cue is not None and _fold(s.cue) == _fold(g.cue))
    if g.direct is not None:
        t.check("quote.direct", s.direct == g.direct)


def _score_quantities(t: _Tally, gold: Sequence[GoldQuantity], article: Article) -> None:
    # The gold counts counts; an amount of money counts only where the gold marks it ("2
    # million U.S. dollars" in a gold that counts dollars), never as a miss where it does not.
    system = [q for q in article.quantities if q.kind == "count" or q.kind == "money" and any(
        _spans_overlap(g.start, g.end, q.start, q.end) for g in gold)]
    pairs = _greedy(
        gold,
        system,
        lambda g: (g.start, g.end),
        lambda s: (s.start, s.end),
        lambda g, s: _spans_overlap(g.start, g.end, s.start, s.end),
    )
    t.add("quantity", len(pairs), len(system), len(gold))
    t.check("quantity.value", None)
    t.check("quantity.bound", None)
    for g, s in pairs:
        if g.value is not None:
            t.check("quantity.value", _same_number(s.value, g.value))
        if g.bound is not None:
            t.check("quantity.bound", s.bound == g.bound)


def _pair_articles(
    gold: Sequence[GoldArticle], system: Sequence[Article]
) -> list[tuple[GoldArticle, Article]]:
    """Pair each gold article with its system article: by id, else by position."""
    by_id: dict[str, Article] = {}
    for article in system:
        by_id.setdefault(article.id, article)
    if all(g.id in by_id for g in gold):
        pairs = [(g, by_id[g.id]) for g in gold]
    elif len(gold) == len(system):
        logger.debug("system ids differ from gold ids; pairing articles by position")
        pairs = list(zip(gold, system))
    else:
        missing = [g.id for g in gold if g.id not in by_id]
        raise ValueError(
            f"no system article for gold id(s) {missing[:5]} and the counts differ "
            f"({len(gold)} gold, {len(system)} system), so they cannot be paired by position"
        )
    for g, s in pairs:
        if g.text != s.text:
            raise ValueError(
                f"gold article {g.id!r} and system article {s.id!r} have different texts; "
                "offsets cannot be compared"
            )
    return pairs


def score(gold: Sequence[GoldArticle], system: Sequence[Article]) -> Report:
    """Score system articles against gold articles (pure; no spaCy needed).

    System articles are paired with gold ones by id, or by position when the ids differ
    and the counts are equal; paired texts must be identical. Each layer is scored on the
    articles whose gold annotates it, micro-averaged. Raises ValueError when the articles
    cannot be paired.
    """
    tally = _Tally()
    annotated: set[str] = set()
    for g, s in _pair_articles(gold, system):
        if g.captions is not None:
            annotated.add("captions")
            _score_captions(tally, g.captions, s)
        if g.timexes is not None:
            annotated.add("timexes")
            _score_timexes(tally, g.timexes, s)
        if g.events is not None:
            annotated.add("events")
            _score_events(tally, g.events, s)
        if g.quotes is not None:
            annotated.add("quotes")
            _score_quotes(tally, g.quotes, s)
        if g.quantities is not None:
            annotated.add("quantities")
            _score_quantities(tally, g.quantities, s)
    report = Report(articles=len(gold))
    for layer, names in LAYER_METRICS.items():
        if layer not in annotated:
            continue
        for name in names:
            if name in tally.prf:
                tp, n_sys, n_gold = tally.prf[name]
                report.scores[name] = Score(name, tp, n_sys, n_gold)
            else:
                correct, total = tally.acc[name]
                report.accuracies[name] = Accuracy(name, correct, total)
            report.order.append(name)
    return report


# --------------------------------------------------------------------------------------
# Running the pipeline


class SupportsAnalyzeMany(Protocol):
    """Anything that analyses articles like :class:`dateline.pipeline.Analyzer`."""

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Article]: ...


def evaluate(path: str | os.PathLike[str], analyzer: SupportsAnalyzeMany | None = None) -> Report:
    """Run the pipeline over every gold text (with its gold date) and score the output.

    ``analyzer`` defaults to a new :class:`dateline.pipeline.Analyzer` with the default
    spaCy pipeline and all layers.
    """
    gold = load_gold(path)
    if analyzer is None:
        from .pipeline import Analyzer  # late: keeps load_gold/score free of spaCy

        analyzer = Analyzer()
    inputs = [
        Article(id=g.id, text=g.text, date=g.date, date_source="json", origin=g.origin)
        for g in gold
    ]
    system = list(analyzer.analyze_many(inputs))
    return score(gold, system)
