"""PLOVER data: gold standard records (actors' countries and sectors) and the relation set
(the event type between a marked source and target).

The PLOVER gold standard records (``PLOVER_GSR_CAMEO.txt``, a JSON array) give for each
sentence its source and target actors as they are written (``actorText``), with an ISO
3166-1 alpha-3 code (or ``IGO`` for intergovernmental bodies) and a CAMEO-style sector code
(``GOV``, ``MIL``, ``REB``, ``CVL`` ...; some carry an ethnic suffix, ``CVLalb``).
:func:`score_actors` runs the actors layer on each sentence, pairs every gold actor with
the actor we found over its words, and reports how often the country and the sector agree.
Sector codes are mapped to our sector words through ``data/sector_codes.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ._data import read_data
from .errors import InputError, Rejection
from .model import Actor, Article

__all__ = ["NO_EVENT", "ActorScores", "GoldActor", "GoldRecord", "RelationItem", "RelationScores",
           "country_of_code", "label_of", "label_types", "predict_relation", "read_gold_records", "read_relations",
           "relation_split", "score_actors", "score_relations", "sector_of_code"]

_DEFAULT_DATE = dt.date(2000, 1, 1)  # the records are undated sentences; actors need none


@dataclass(frozen=True)
class GoldActor:
    """One gold actor mention: where it is, its code and its sector (our vocabulary)."""

    start: int
    end: int
    text: str
    code: str | None
    sector: str | None
    raw_sector: str | None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date
    actors: tuple[GoldActor, ...]


@lru_cache(maxsize=1)
def _sector_codes() -> dict[str, str]:
    rows = csv.DictReader(io.StringIO(read_data("sector_codes.csv")))
    return {row["code"]: row["sector"] for row in rows
            if row["code"] and not row["code"].startswith("#")}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    rows = csv.DictReader(io.StringIO(read_data("cameo_countries.csv")))
    return {row["code"]: row["iso"] for row in rows
            if row["code"] and not row["code"].startswith("#")}


def country_of_code(code: str | None) -> str | None:
    """ISO alpha-3 for a CAMEO country code (``JAP`` → ``JPN``); ``IGO``, ``NGO`` and ``IMG``
    (international militant group) stay as they are."""
    if not code:
        return None
    return _country_codes().get(code.upper(), code.upper())


def sector_of_code(code: str | None) -> str | None:
    """Our sector word for a CAMEO/PLOVER sector code (``GOV`` → ``government``); the
    three-letter root decides (``CVLalb`` → ``civilian``); None when unknown or ``***``."""
    if not code:
        return None
    return _sector_codes().get(code[:3].upper())


def read_gold_records(path: str | os.PathLike[str]) -> tuple[list[GoldRecord], list[Rejection]]:
    """Records with a text and at least one located actor; the others are reported."""
    origin = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read PLOVER records: {error}", origin=origin) from None
    if not isinstance(data, list):
        raise InputError("PLOVER records must be a JSON array", origin=origin)
    records: list[GoldRecord] = []
    rejected: list[Rejection] = []
    for index, item in enumerate(data):
        where = f"{origin}[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            rejected.append(Rejection(where, "no text (a documentation record)"))
            continue
        text: str = item["text"]
        actors = list(_actors(item, text))
        if not actors:
            rejected.append(Rejection(f"{where} {item.get('id', '')}".strip(),
                                      "no actor text found in the sentence"))
            continue
        try:
            date = dt.date.fromisoformat(str(item.get("date", "")))
        except ValueError:
            date = _DEFAULT_DATE
        records.append(GoldRecord(str(item.get("id", where)), text, date, tuple(actors)))
    return records, rejected


def _actors(item: dict[str, Any], text: str) -> Iterator[GoldActor]:
    taken: list[tuple[int, int]] = []
    for side in ("source", "target"):
        values = item.get(side)
        for actor in values if isinstance(values, list) else []:
            if not isinstance(actor, dict) or not actor.get("actorText"):
                continue
            needle = str(actor["actorText"])
            start = text.find(needle)
            # The same words can be a source and, further on, a target: take a new occurrence.
            while start >= 0 and (start, start + len(needle)) in taken:
                start = text.find(needle, start + 1)
            if start < 0:
                continue
            taken.append((start, start + len(needle)))
            code = country_of_code(actor.get("code"))
            raw = actor.get("sector") or None
            yield GoldActor(start, start + len(needle), needle, code, sector_of_code(raw), raw)


@dataclass
class ActorScores:
    """Country and sector agreement between gold actors and ours."""

    records: int = 0
    gold: int = 0
    found: int = 0  # gold actors with one of ours over their words
    country_gold: int = 0  # gold actors with a code
    country_correct: int = 0
    sector_gold: int = 0  # gold actors with a known sector
    sector_correct: int = 0
    sector_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    sector_misses: list[str] = field(default_factory=list)

    @property
    def country_accuracy(self) -> float | None:
        return self.country_correct / self.country_gold if self.country_gold else None

    @property
    def sector_accuracy(self) -> float | None:
        return self.sector_correct / self.sector_gold if self.sector_gold else None

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "gold_actors": self.gold, "found": self.found,
                "country": {"gold": self.country_gold, "correct": self.country_correct,
                            "accuracy": self.country_accuracy},
                "sector": {"gold": self.sector_gold, "correct": self.sector_correct,
                           "accuracy": self.sector_accuracy},
                "sector_confusion": {f"{g} -> {s}": n for (g, s), n in
                                     self.sector_confusion.most_common()}}

    def to_table(self) -> str:
        def pct(value: float | None) -> str:
            return "-" if value is None else f"{value * 100:.1f}%"

        lines = [
            f"records: {self.records}   gold actors: {self.gold}   found by us: {self.found}",
            f"country accuracy: {pct(self.country_accuracy)} ({self.country_correct}/{self.country_gold})",
            f"sector accuracy:  {pct(self.sector_accuracy)} ({self.sector_correct}/{self.sector_gold})",
        ]
        wrong = [(k, n) for k, n in self.sector_confusion.most_common() if k[0] != k[1]]
        if wrong:
            lines.append("most frequent sector confusions (gold -> ours):")
            lines += [f"  {g} -> {s}: {n}" for (g, s), n in wrong[:10]]
        return "\n".join(lines)


_POSTMODIFIER = re.compile(r"\s(?:in|of|from|at|near|based|operating|loyal|throughout|across|"
                           r"ordered|close)\s")


def _ours_over(actor: GoldActor, ours: Iterable[Actor]) -> Actor | None:
    """Our actor over the gold words' head (the words before a post-modifier: "Rebels" of
    "Rebels in the Ivory Coast"), else over the most of the gold words."""
    after = _POSTMODIFIER.search(actor.text)
    head_end = actor.start + after.start() if after else actor.end
    best, overlap = None, 0
    for candidate in ours:
        shared = min(candidate.end, actor.end) - max(candidate.start, actor.start)
        on_head = candidate.start < head_end and candidate.end > actor.start
        score = shared + (10_000 if on_head else 0)
        if shared > 0 and score > overlap:
            best, overlap = candidate, score
    return best


def _code_of(actor: Actor) -> str | None:
    """Our actor as a CAMEO-style country code: its country, else IGO/NGO/IMG by sector."""
    if actor.country is None:
        return {"igo": "IGO", "ngo": "NGO", "rebel": "IMG"}.get(actor.sector or "")
    return actor.country


def score_actors(records: Iterable[GoldRecord], analyzer: Any = None) -> ActorScores:
    """Run the actors layer on each record and compare countries and sectors.

    Every gold actor with a code counts for country accuracy and every one with a known
    sector for sector accuracy, whether we found it or not (a miss is wrong). ``analyzer``
    is a :class:`dateline.pipeline.Analyzer`; by default one with the layers actors needs.
    """
    from .pipeline import Analyzer, load_pipeline

    records = list(records)
    if analyzer is None:
        analyzer = Analyzer(nlp=load_pipeline(layers=("structure", "actors")))
    scores = ActorScores()
    articles = (Article(id=r.id, text=r.text, date=r.date) for r in records)
    for record, article in zip(records, analyzer.analyze_many(articles), strict=True):
        scores.records += 1
        for gold in record.actors:
            scores.gold += 1
            ours = _ours_over(gold, article.actors)
            scores.found += ours is not None
            if gold.code:
                scores.country_gold += 1
                correct = ours is not None and _code_of(ours) == gold.code
                scores.country_correct += correct
                if not correct:
                    got = "nothing" if ours is None else f"{ours.text!r} {_code_of(ours)}"
                    scores.misses.append(f"{record.id}: {gold.text!r} {gold.code}, ours {got}")
            if gold.sector:
                scores.sector_gold += 1
                mine = ours.sector if ours is not None and ours.sector else "none"
                scores.sector_correct += mine == gold.sector
                if mine != gold.sector:
                    got = "nothing" if ours is None else f"{ours.text!r} {mine}"
                    scores.sector_misses.append(f"{record.id}: {gold.text!r} {gold.sector}, ours {got}")
                scores.sector_confusion[(gold.sector, mine)] += 1
    return scores


# --- PLOVER relation set (PLV_train.tsv): the type of the event between a marked pair --------

@dataclass(frozen=True)
class RelationItem:
    """One sentence with its source (``<s>``) and target (``<t>``) marked and the gold root."""

    id: str
    text: str
    source: tuple[int, int]
    target: tuple[int, int]
    label: str


def relation_split(item_id: str) -> str:
    """The fixed split of an item: ``dev`` (one in five, by a hash of its id, for tuning)
    or ``report``."""
    from .timeml import split_of

    return "dev" if split_of(item_id) == "report" else "report"


_MARK = re.compile(r"</?[st]>")


def _unmark(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """The sentence without its ``<s>``/``<t>`` marks, and where the marked spans are."""
    text: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    opened: dict[str, int] = {}
    position = 0
    for match in _MARK.finditer(marked):
        text.append(marked[position:match.start()])
        offset = sum(len(part) for part in text)
        tag = match.group(0)
        if tag.startswith("</"):
            spans[tag[2]] = (opened.pop(tag[2], offset), offset)
        else:
            opened[tag[1]] = offset
        position = match.end()
    text.append(marked[position:])
    return "".join(text), spans


def read_relations(path: str | os.PathLike[str]) -> tuple[list[RelationItem], list[Rejection]]:
    """Items of a PLOVER relation TSV (columns ``sentence_id``, ``marked_sentence``,
    ``gold_root``); rows without both marks or without a label are reported and skipped."""
    origin = os.fspath(path)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"cannot read the relation set: {error}", origin=origin) from None
    missing = {"sentence_id", "marked_sentence", "gold_root"} - set(rows[0] if rows else {})
    if missing:
        raise InputError(f"missing column(s) {sorted(missing)}", origin=origin)
    items: list[RelationItem] = []
    rejected: list[Rejection] = []
    for line, row in enumerate(rows, 2):
        text, spans = _unmark(row["marked_sentence"] or "")
        label = (row["gold_root"] or "").strip().upper()
        if "s" not in spans or "t" not in spans or not label:
            rejected.append(Rejection(origin, "no <s>…</s> and <t>…</t> pair or no gold_root", line))
            continue
        items.append(RelationItem(str(row["sentence_id"]), text, spans["s"], spans["t"], label))
    return items, rejected


@lru_cache(maxsize=1)
def label_types() -> dict[str, frozenset[str]]:
    """Older or other PLOVER root names → the dateline types each covers."""
    rows = csv.DictReader(io.StringIO(read_data("plover_labels.csv")))
    table: dict[str, set[str]] = {}
    for row in rows:
        if row["label"] and not row["label"].startswith("#"):
            table.setdefault(row["label"], set()).add(row["type"])
    return {label: frozenset(types) for label, types in table.items()}


def label_of(event_type: str, labels: Iterable[str]) -> str:
    """The label of ``labels`` our event type counts as (CONCEDE → YIELD where the set uses
    the older root), else the type itself."""
    labels = list(labels)
    if event_type in labels:
        return event_type
    for label in labels:
        if event_type in label_types().get(label, ()):
            return label
    return event_type


NO_EVENT = "NONE"


def _overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]


def predict_relation(item: RelationItem, events: Iterable[Any]) -> str:
    """Our type for the marked pair: the event whose actors and targets cover the source and
    the target (either way round), else one covering either, else the event whose trigger
    lies between them; NONE when we found no event."""
    events = list(events)

    def cover(event: Any, span: tuple[int, int]) -> bool:
        return any(_overlaps(span, a.start, a.end) for a in [*event.actors, *event.targets])

    ranked = sorted(events, key=lambda e: (
        -(cover(e, item.source) + cover(e, item.target)),
        -(any(_overlaps(item.source, a.start, a.end) for a in e.actors)),
        min(abs(e.trigger_start - item.source[1]), abs(e.trigger_start - item.target[0]))))
    return ranked[0].type if ranked else NO_EVENT


@dataclass
class RelationScores:
    """Root-type accuracy, per-type and macro/micro F1 and the confusion matrix."""

    labels: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.confusion.values())

    @property
    def correct(self) -> int:
        return sum(n for (g, p), n in self.confusion.items() if g == p)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def per_type(self) -> dict[str, tuple[float, float, float, int]]:
        """label → (precision, recall, F1, gold count) over the gold labels."""
        out = {}
        for label in self.labels:
            tp = self.confusion[(label, label)]
            predicted = sum(n for (_, p), n in self.confusion.items() if p == label)
            gold = sum(n for (g, _), n in self.confusion.items() if g == label)
            p = tp / predicted if predicted else 0.0
            r = tp / gold if gold else 0.0
            out[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, gold)
        return out

    @property
    def macro_f1(self) -> float:
        table = self.per_type()
        return sum(f for _, _, f, _ in table.values()) / len(table) if table else 0.0

    @property
    def micro_f1(self) -> float:
        """Micro F1 over the types: a NONE is a miss, not a prediction."""
        predicted = sum(n for (_, p), n in self.confusion.items() if p != NO_EVENT)
        p = self.correct / predicted if predicted else 0.0
        r = self.accuracy
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.total, "accuracy": self.accuracy, "macro_f1": self.macro_f1,
                "micro_f1": self.micro_f1,
                "per_type": {k: {"precision": p, "recall": r, "f1": f, "gold": n}
                             for k, (p, r, f, n) in self.per_type().items()},
                "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(self.confusion.items())}}

    def to_table(self) -> str:
        summary = (f"items: {self.total}   accuracy: {self.accuracy * 100:.1f}%   "
                   f"macro F1: {self.macro_f1 * 100:.1f}   micro F1: {self.micro_f1 * 100:.1f}")
        lines = [summary, f"{'type':11}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}"]
        for label, (p, r, f, n) in self.per_type().items():
            lines.append(f"{label:11}{p * 100:7.1f}{r * 100:7.1f}{f * 100:7.1f}{n:6d}")
        predicted = sorted({p for _, p in self.confusion} | set(self.labels))
        short = [name[:4] for name in predicted]
        lines.append("confusion (rows gold, columns ours):")
        lines.append(" " * 11 + "".join(f"{s:>5}" for s in short))
        for gold in self.labels:
            lines.append(f"{gold:11}" + "".join(f"{self.confusion[(gold, p)] or '.':>5}"
                                                 for p in predicted))
        return "\n".join(lines)


def score_relations(items: Iterable[RelationItem], analyzer: Any = None) -> RelationScores:
    """Code each sentence with the full pipeline and compare the pair's type with the gold."""
    from .pipeline import Analyzer

    items = list(items)
    analyzer = analyzer or Analyzer()
    labels = sorted({item.label for item in items})
    scores = RelationScores(labels=labels)
    articles = (Article(id=f"plv-{i}", text=item.text, date=_DEFAULT_DATE) for i, item in enumerate(items))
    for item, article in zip(items, analyzer.analyze_many(articles), strict=True):
        predicted = predict_relation(item, article.events)
        scores.confusion[(item.label, label_of(predicted, labels))] += 1
    return scores
