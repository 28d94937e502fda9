"""PLOVER gold standard records: read them and score our actors' countries and sectors.

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
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ._data import read_data
from .errors import InputError, Rejection
from .model import Actor, Article

__all__ = ["ActorScores", "GoldActor", "GoldRecord", "country_of_code", "read_gold_records",
           "score_actors", "sector_of_code"]

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


def _ours_over(actor: GoldActor, ours: Iterable[Actor]) -> Actor | None:
    """Our actor over the gold words: the one sharing the most characters with them."""
    best, overlap = None, 0
    for candidate in ours:
        shared = min(candidate.end, actor.end) - max(candidate.start, actor.start)
        if shared > overlap:
            best, overlap = candidate, shared
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
                scores.sector_confusion[(gold.sector, mine)] += 1
    return scores
