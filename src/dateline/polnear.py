"""PolNeAR attribution annotations (brat stand-off) and their scoring against our quotes.

PolNeAR annotates every attribution in US election news as a brat event with a ``Source``,
a ``Cue`` and a ``Content`` span over the article's ``.txt`` (``text/NAME.txt``, annotations
in ``attributions/NAME_ANNOTATOR.ann``). :func:`read_polnear` reads them; a text annotated
by several annotators is taken from the first annotator in name order. :func:`score_attributions`
compares them with the attribution layer's quotes: for each of source, cue and content,
exact and overlap precision, recall and F1, and the same for whole attributions.
:func:`annotator_agreement` scores the annotators of a text against each other in the
same way: the human bar for those figures.
"""

from __future__ import annotations

import itertools
import os
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, Rejection
from .model import Article, Quote

__all__ = [
    "Attribution",
    "AttributionScores",
    "PolnearDocument",
    "annotator_agreement",
    "cue_examples",
    "in_fold",
    "read_polnear",
    "score_attributions",
]

Span = tuple[int, int]
_PARTS = ("source", "cue", "content")


@dataclass(frozen=True)
class Attribution:
    """One attribution: its source, cue and content spans (None when not annotated); a
    discontinuous span is kept from its first to its last character."""

    source: Span | None
    cue: Span | None
    content: Span | None


@dataclass(frozen=True)
class PolnearDocument:
    name: str
    text: str
    attributions: tuple[Attribution, ...]
    #: The other annotators' attributions, where several annotated the text.
    others: tuple[tuple[Attribution, ...], ...] = ()


_TEXT_BOUND = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t", re.MULTILINE)
_EVENT = re.compile(r"^E\d+\t(.+)$", re.MULTILINE)


def _bounds(spec: str) -> Span:
    numbers = [int(n) for n in re.split(r"[ ;]", spec.strip()) if n]
    return min(numbers), max(numbers)


def _parse_ann(raw: str) -> tuple[Attribution, ...]:
    spans = {m.group(1): (m.group(2), _bounds(m.group(3))) for m in _TEXT_BOUND.finditer(raw)}
    found: list[Attribution] = []
    for match in _EVENT.finditer(raw):
        roles: dict[str, Span] = {}
        for argument in match.group(1).split():
            role, _, ref = argument.partition(":")
            role = re.sub(r"\d+$", "", role).lower()  # brat numbers repeated roles: Source2
            if ref in spans and role in _PARTS and role not in roles:
                roles[role] = spans[ref][1]
        if roles.get("cue") or roles.get("content"):
            found.append(Attribution(roles.get("source"), roles.get("cue"), roles.get("content")))
    return tuple(found)


def read_polnear(directory: str | os.PathLike[str]) -> tuple[list[PolnearDocument], list[Rejection]]:
    """Documents of a PolNeAR folder (``text/`` and ``attributions/``, or a folder holding
    ``train``/``dev`` folders of that shape)."""
    root = Path(directory)
    parts = [root] if (root / "attributions").is_dir() else sorted(
        p for p in root.iterdir() if (p / "attributions").is_dir())
    if not parts:
        raise InputError("no attributions/ folder here or one level down", origin=os.fspath(root))
    docs: list[PolnearDocument] = []
    rejected: list[Rejection] = []
    for part in parts:
        chosen: dict[str, list[Path]] = {}
        for ann in sorted((part / "attributions").glob("*.ann")):
            name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)  # the annotator's suffix
            chosen.setdefault(name, []).append(ann)
        for name, anns in sorted(chosen.items()):
            text_path = part / "text" / f"{name}.txt"
            try:
                text = text_path.read_text(encoding="utf-8")
                first, *others = (_parse_ann(ann.read_text(encoding="utf-8")) for ann in anns)
            except (OSError, UnicodeDecodeError) as error:
                rejected.append(Rejection(os.fspath(anns[0]), f"cannot read it, its text or another annotator's file: {error}"))
                continue
            docs.append(PolnearDocument(name, text, first, tuple(others)))
    return docs, rejected


# --- scoring --------------------------------------------------------------------------------

@dataclass
class _Counts:
    system: int = 0
    gold: int = 0
    matched_system: int = 0
    matched_gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.matched_system / self.system if self.system else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class AttributionScores:
    """Exact and overlap P/R/F1 for source, cue, content and whole attributions."""

    documents: int = 0
    counts: dict[str, _Counts] = field(default_factory=dict)

    def add(self, key: str, system: Sequence[Any], gold: Sequence[Any], same: Any) -> None:
        counts = self.counts.setdefault(key, _Counts())
        counts.system += len(system)
        counts.gold += len(gold)
        counts.matched_system += sum(any(same(s, g) for g in gold) for s in system)
        counts.matched_gold += sum(any(same(s, g) for s in system) for g in gold)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents}
        for key, counts in self.counts.items():
            p, r, f = counts.prf()
            out[key] = {"precision": p, "recall": r, "f1": f, "system": counts.system,
                        "gold": counts.gold}
        return out

    def to_table(self) -> str:
        lines = [f"documents: {self.documents}", f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
        for key, counts in self.counts.items():
            p, r, f = counts.prf()
            lines.append(f"{key:22}{p * 100:7.1f}{r * 100:7.1f}{f * 100:7.1f}{counts.gold:7d}")
        return "\n".join(lines)


def _trim(text: str, span: Span | None) -> Span | None:
    """The span without surrounding spaces and quotation marks, nor final punctuation, so
    that ``“...”`` and ``...``, ``said:`` and ``said`` compare equal."""
    if span is None:
        return None
    start, end = span
    while start < end and (text[start].isspace() or text[start] in "\"'“”‘’«»"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'“”‘’«».,"):
        end -= 1
    while end - 1 > start and (text[end - 1] in ":;" or text[end - 1].isspace()):
        end -= 1  # ("said:" is "said"; a cue that is only ":" stays)
    return (start, end) if end > start else None


def _ours(text: str, quote: Quote) -> list[Attribution]:
    """A quote as PolNeAR attributions: the quote itself and, where its words came through
    an "according to" relay ("…,” Walker said, according to an AP account") or another
    source gives them so ("he told X …, according to two aides"), that source's own
    attribution, whose content is the relayed statement, as PolNeAR nests them."""
    source = (quote.speaker_start, quote.speaker_end) \
        if quote.speaker_start is not None and quote.speaker_end is not None else None
    cue = (quote.cue_start, quote.cue_end) if quote.cue_start is not None and quote.cue_end is not None else None
    found = [Attribution(source, cue, (quote.start, quote.end))]
    spans = [s for s in (source, cue, (quote.start, quote.end)) if s is not None]
    whole = (min(s[0] for s in spans), max(s[1] for s in spans))
    if quote.relay_start is not None and quote.relay_end is not None:
        according = _ACCORDING.search(text, max(0, quote.relay_start - 20), quote.relay_start)
        if according is not None:
            found.append(Attribution((quote.relay_start, quote.relay_end), according.span(), whole))
    for name in quote.also_by:
        # ("he told Randolph that …, according to numerous sources": another source of the
        # same words, which PolNeAR nests as the relay's above)
        also = re.compile(r"\baccording to\s+(" + re.escape(name) + ")", re.IGNORECASE).search(
            text, whole[1], whole[1] + len(name) + 40)
        if also is not None:
            found.append(Attribution(also.span(1), (also.start(), also.start(1)), whole))
    return found


# "according to" right before a relay.
_ACCORDING = re.compile(r"\baccording to\s+$", re.IGNORECASE)


def _exact(a: Span | None, b: Span | None) -> bool:
    return a is not None and a == b


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def in_statement(quote: Quote, quotes: Sequence[Quote]) -> bool:
    """Whether ``quote`` is a stance whose cue lies inside what another of ``quotes`` states
    or asks ("Officials said the mayor [opposes] the stadium"): dateline keeps it as the
    mayor's stance, PolNeAR as part of the officials' statement, one attribution."""
    return quote.kind == "stance" and quote.cue_start is not None and any(
        other is not quote and other.kind in ("speech", "question") and other.start <= quote.cue_start < other.end
        for other in quotes)


def score_attributions(pairs: Iterable[tuple[PolnearDocument, Sequence[Quote]]],
                       nested_stances: bool = False) -> AttributionScores:
    """Score each document's gold attributions against our quotes.

    For source, cue and content the spans are compared on their own (precision: our spans
    that match a gold span; recall: gold spans matched by one of ours), after trimming
    spaces, quotation marks and final punctuation. A whole attribution matches when its cue
    and content match and, if both sides name a source, the source too. Where a quote's
    words came through an "according to" relay, or another source gives them "according to"
    it (``also_by``), that source is scored as PolNeAR nests it: an attribution of its own
    whose content is the relayed statement. A stance inside a statement (:func:`in_statement`)
    is part of the statement's content, as PolNeAR annotates it, unless ``nested_stances``
    asks for it to be scored as an attribution of its own.
    """
    scores = AttributionScores()
    for doc, quotes in pairs:
        scored = [q for q in quotes if nested_stances or not in_statement(q, quotes)]
        _score(scores, doc.text, [a for q in scored for a in _ours(doc.text, q)], doc.attributions)
    return scores


def annotator_agreement(docs: Iterable[PolnearDocument]) -> AttributionScores:
    """The human bar: on the texts several annotators annotated, each annotator scored as
    :func:`score_attributions` scores dateline, against each other one in turn (every
    ordered pair, so precision and recall come out equal)."""
    scores = AttributionScores()
    for doc in docs:
        annotations = (doc.attributions, *doc.others)
        for gold, system in itertools.permutations(annotations, 2):
            _score(scores, doc.text, system, gold)
    return scores


def _score(scores: AttributionScores, text: str, system: Sequence[Attribution],
           gold: Sequence[Attribution]) -> None:
    """Add one document's counts to ``scores``."""
    scores.documents += 1
    gold = [Attribution(*(_trim(text, getattr(a, p)) for p in _PARTS)) for a in gold]
    ours = [Attribution(*(_trim(text, getattr(a, p)) for p in _PARTS)) for a in system]
    for part in _PARTS:
        system_spans = [getattr(a, part) for a in ours if getattr(a, part) is not None]
        gold_spans = [getattr(a, part) for a in gold if getattr(a, part) is not None]
        scores.add(f"{part} exact", system_spans, gold_spans, _exact)
        scores.add(f"{part} overlap", system_spans, gold_spans, _overlap)
    for name, same in (("attribution exact", _exact), ("attribution overlap", _overlap)):
        scores.add(name, ours, gold, lambda s, g, same=same: (
            same(s.cue, g.cue) and same(s.content, g.content)
            and (s.source is None or g.source is None or same(s.source, g.source))))


def _attribution_analyzer(analyzer: Any = None) -> Any:
    """``analyzer``, or one with just the layers attribution needs."""
    from .pipeline import Analyzer, load_pipeline

    return analyzer or Analyzer(nlp=load_pipeline(layers=("structure", "actors", "attribution")))


def _articles(docs: Sequence[PolnearDocument]) -> Iterator[Article]:
    import datetime as dt

    # PolNeAR covers the 2016 US campaign; the date only anchors times, which are not scored.
    return (Article(id=d.name, text=d.text, date=dt.date(2016, 11, 1)) for d in docs)


def analyse(docs: Sequence[PolnearDocument], analyzer: Any = None) -> list[list[Quote]]:
    """Our quotes for each document (the layers attribution needs, by default)."""
    return [list(a.quotes) for a in _attribution_analyzer(analyzer).analyze_many(_articles(docs))]


def in_fold(name: str, fold: int, folds: int) -> bool:
    """Whether the text ``name`` is in fold ``fold`` (1-based) of ``folds``, by a stable hash."""
    return zlib.crc32(name.encode("utf-8")) % folds == fold - 1


def rule_analyzer(analyzer: Any = None) -> Any:
    """An analyzer whose attribution layer runs its rules only (no learned cues): what a
    cue model is trained on and scored against."""
    analyzer = _attribution_analyzer(analyzer)
    analyzer.nlp.get_pipe("attribution").model = None
    return analyzer


def cue_examples(docs: Sequence[PolnearDocument], analyzer: Any = None) -> Iterator[tuple[list[list[str]], list[int]]]:
    """For each document, the cue features of its candidate words (``cues.py``) with the
    rules' quotes, and 1 for each word inside a gold cue, else 0: what
    :func:`~dateline.cues.train_cue_model` fits."""
    from .attribution import quoted_words
    from .cues import candidate_tokens, cue_features

    analyzer = rule_analyzer(analyzer)
    for doc, parsed in zip(docs, analyzer.nlp.pipe(map(analyzer.make_doc, _articles(docs)),
                                                  batch_size=analyzer.batch_size), strict=True):
        gold = [c for c in (_trim(doc.text, a.cue) for a in doc.attributions) if c is not None]
        tokens = candidate_tokens(parsed)
        labels = [int(any(s < t.idx + len(t.text) and t.idx < e for s, e in gold)) for t in tokens]
        yield cue_features(parsed, parsed._.quotes, tokens, quoted_words(parsed)), labels
