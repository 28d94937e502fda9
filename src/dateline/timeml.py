"""TimeML in and out, and the TempEval-3 Task A scorer for temporal expressions.

Reads TimeML ``.tml`` files (TimeBank, AQUAINT, TempEval-3: a ``<DCT>`` and inline
``<TIMEX3>`` tags in ``<TEXT>``) and MEANTIME's CAT XML (tokens plus ``<TIMEX3>`` markables
anchored to token ids), writes ``.tml`` files with our own TIMEX3 tags, and scores system
timexes against gold ones with the TempEval-3 Task A metrics:

- **strict** extent: a timex matches when its span equals a span on the other side;
- **relaxed** extent: when it overlaps one. Precision is the share of system timexes that
  match some gold timex, recall the share of gold timexes matched by some system timex (each
  side counted on its own, as the TempEval-3 scorer does);
- **type** and **value**: on relaxed matches (each gold timex paired with the first system
  timex that overlaps it), the share whose attribute is equal, multiplied by the relaxed F1.

The DCT is not a timex of the text and is never scored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .errors import InputError, Rejection
from .model import Timex

__all__ = [
    "TimeMLDocument",
    "TimexScores",
    "read_corpus",
    "read_meantime",
    "read_tml",
    "score_timexes",
    "split_of",
    "tag_documents",
    "timeml_extent",
    "write_tml",
]


@dataclass
class TimeMLDocument:
    """One annotated document: its text, creation date and timexes (offsets into ``text``)."""

    doc_id: str
    dct: dt.date
    text: str
    timexes: list[Timex] = field(default_factory=list)
    origin: str = ""
    #: Where the annotated part of ``text`` ends, when only a part was annotated (MEANTIME
    #: annotates the first sentences of each article): system timexes after it are not scored.
    annotated_end: int | None = None

    def in_scope(self, timexes: Iterable[Timex]) -> list[Timex]:
        """The timexes that lie in the annotated part of the text."""
        end = len(self.text) if self.annotated_end is None else self.annotated_end
        return [t for t in timexes if t.start < end]


def _date_of(value: str, origin: str) -> dt.date:
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value or "")
    if not match:
        raise InputError(f"document creation time {value!r} is not a day", origin=origin)
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise InputError(f"document creation time {value!r} is not a real day",
                         origin=origin) from None


def _timex(attrib: dict[str, str], start: int, end: int, text: str) -> Timex:
    kind = attrib.get("type", "DATE").upper()
    if kind not in ("DATE", "TIME", "DURATION", "SET"):
        kind = "DATE"
    return Timex(start, end, text[start:end], kind, attrib.get("value", ""))  # type: ignore[arg-type]


def read_tml(path: str | os.PathLike[str]) -> TimeMLDocument:
    """Read a TimeML file: the DCT's value and the TIMEX3 tags of ``<TEXT>`` with offsets."""
    origin = str(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise InputError(f"not well-formed XML: {error}", origin=origin) from None
    dct_node = root.find("DCT/TIMEX3")
    if dct_node is None:
        raise InputError("no <DCT><TIMEX3> with the document creation time", origin=origin)
    dct = _date_of(dct_node.get("value", ""), origin)
    body = root.find("TEXT")
    if body is None:
        raise InputError("no <TEXT> element", origin=origin)
    pieces: list[str] = []
    found: list[tuple[dict[str, str], int, int]] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                found.append((dict(child.attrib), start, length))
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)

    walk(body)
    text = "".join(pieces)
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    timexes = [_timex(attrib, s, e, text) for attrib, s, e in found]
    return TimeMLDocument(doc_id, dct, text, timexes, origin)


def read_meantime(path: str | os.PathLike[str]) -> TimeMLDocument:
    """Read a MEANTIME (NewsReader CAT XML) file: tokens joined with spaces, one sentence a
    line; TIMEX3 markables span their anchor tokens; the CREATION_TIME markable is the DCT."""
    origin = str(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise InputError(f"not well-formed XML: {error}", origin=origin) from None
    markables = list(root.iter("TIMEX3"))
    creation = next((m for m in markables if m.get("functionInDocument") == "CREATION_TIME"), None)
    dct = _date_of(creation.get("value", ""), origin) if creation is not None else None
    # The creation date is printed under the title; like TimeML's <DCT> it is not text.
    skip = {a.get("t_id") for a in creation.iter("token_anchor")} if creation is not None else set()
    spans: dict[str, tuple[int, int]] = {}
    pieces: list[str] = []
    length = 0
    sentence = None
    for token in root.iter("token"):
        if token.get("t_id") in skip:
            continue
        if pieces:
            gap = "\n" if token.get("sentence") != sentence else " "
            pieces.append(gap)
            length += 1
        sentence = token.get("sentence")
        word = token.text or ""
        spans[token.get("t_id", "")] = (length, length + len(word))
        pieces.append(word)
        length += len(word)
    text = "".join(pieces)
    sentence_of = {t.get("t_id", ""): t.get("sentence") for t in root.iter("token")}
    marked = {sentence_of.get(a.get("t_id", "")) for a in root.iter("token_anchor")
              if a.get("t_id") not in skip}
    last = max((int(n) for n in marked if n is not None and n.isdigit()), default=None)
    ends = [spans[t_id][1] for t_id, n in sentence_of.items()
            if t_id in spans and n is not None and n.isdigit() and last is not None and int(n) <= last]
    annotated_end = max(ends) if ends else None
    timexes: list[Timex] = []
    for node in markables:
        if node is creation:
            continue
        anchors = [spans[a.get("t_id", "")] for a in node.iter("token_anchor")
                   if a.get("t_id", "") in spans]
        if anchors:
            timexes.append(_timex(dict(node.attrib), min(s for s, _ in anchors),
                                  max(e for _, e in anchors), text))
    if dct is None:
        raise InputError("no TIMEX3 with functionInDocument=CREATION_TIME", origin=origin)
    timexes.sort(key=lambda t: t.start)
    return TimeMLDocument(root.get("doc_id") or Path(path).stem, dct, text, timexes, origin,
                          annotated_end)


def read_corpus(directory: str | os.PathLike[str]) -> tuple[list[TimeMLDocument], list[Rejection]]:
    """Every ``.tml`` (TimeML) and ``.xml`` (MEANTIME) file under ``directory``, by name, and
    the files that could not be read, with the reason. Hidden files (``._x.tml``) are skipped."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError("not a directory", origin=str(root))
    docs: list[TimeMLDocument] = []
    rejected: list[Rejection] = []
    for path in sorted(root.rglob("*")):
        if path.name.startswith(".") or path.suffix not in (".tml", ".xml"):
            continue
        try:
            docs.append(read_tml(path) if path.suffix == ".tml" else read_meantime(path))
        except InputError as error:
            rejected.append(Rejection(str(path), error.reason))
    return docs, rejected


def write_tml(doc: TimeMLDocument, timexes: Sequence[Timex], path: str | os.PathLike[str]) -> None:
    """Write ``doc``'s text with ``timexes`` as inline TIMEX3 tags, and its DCT, as TimeML."""
    parts: list[str] = []
    position = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if timex.start < position:
            continue  # TimeML cannot nest or overlap TIMEX3 tags
        parts.append(escape(doc.text[position:timex.start]))
        parts.append(f"<TIMEX3 tid=\"t{number}\" type={quoteattr(timex.type)} "
                     f"value={quoteattr(timex.value)}>{escape(doc.text[timex.start:timex.end])}"
                     "</TIMEX3>")
        position = timex.end
    parts.append(escape(doc.text[position:]))
    dct = doc.dct.isoformat()
    Path(path).write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{escape(doc.doc_id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n",
        encoding="utf-8")


def split_of(doc_id: str) -> str:
    """The fixed split a document belongs to: ``report`` (one in five, by a hash of its id,
    never used for tuning) or ``tune``."""
    return "report" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 5 == 0 else "tune"


# --- scoring --------------------------------------------------------------------------------

@dataclass
class TimexScores:
    """TempEval-3 Task A figures for temporal expressions."""

    documents: int = 0
    system: int = 0
    gold: int = 0
    strict_system: int = 0  # system timexes with an exact gold match
    strict_gold: int = 0
    relaxed_system: int = 0
    relaxed_gold: int = 0
    pairs: int = 0
    type_correct: int = 0
    value_correct: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _pr(self, matched_system: int, matched_gold: int) -> tuple[float, float, float]:
        p = matched_system / self.system if self.system else 0.0
        r = matched_gold / self.gold if self.gold else 0.0
        return p, r, self._f1(p, r)

    @property
    def strict(self) -> tuple[float, float, float]:
        """(precision, recall, F1) of exact extents."""
        return self._pr(self.strict_system, self.strict_gold)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        """(precision, recall, F1) of overlapping extents."""
        return self._pr(self.relaxed_system, self.relaxed_gold)

    @property
    def type_f1(self) -> float:
        return (self.type_correct / self.pairs if self.pairs else 0.0) * self.relaxed[2]

    @property
    def value_f1(self) -> float:
        return (self.value_correct / self.pairs if self.pairs else 0.0) * self.relaxed[2]

    def to_dict(self) -> dict[str, Any]:
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        return {"documents": self.documents, "system": self.system, "gold": self.gold,
                "strict": {"precision": sp, "recall": sr, "f1": sf},
                "relaxed": {"precision": rp, "recall": rr, "f1": rf},
                "type_f1": self.type_f1, "value_f1": self.value_f1,
                "type_accuracy": self.type_correct / self.pairs if self.pairs else None,
                "value_accuracy": self.value_correct / self.pairs if self.pairs else None}

    def to_table(self) -> str:
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        lines = [f"documents: {self.documents}   gold timexes: {self.gold}   system: {self.system}",
                 f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
                 f"{'strict':10}{sp * 100:8.2f}{sr * 100:8.2f}{sf * 100:8.2f}",
                 f"{'relaxed':10}{rp * 100:8.2f}{rr * 100:8.2f}{rf * 100:8.2f}",
                 f"{'type':10}{'':16}{self.type_f1 * 100:8.2f}",
                 f"{'value':10}{'':16}{self.value_f1 * 100:8.2f}"]
        return "\n".join(lines)


def _norm_value(value: str) -> str:
    return value.strip().upper()


def score_timexes(pairs: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> TimexScores:
    """Score (gold, system) timex lists, one pair per document, with the TempEval-3 rules."""
    scores = TimexScores()
    for gold, system in pairs:
        scores.documents += 1
        scores.gold += len(gold)
        scores.system += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        system_spans = {(s.start, s.end) for s in system}
        scores.strict_system += sum((s.start, s.end) in gold_spans for s in system)
        scores.strict_gold += sum((g.start, g.end) in system_spans for g in gold)
        scores.relaxed_system += sum(any(_overlap(s, g) for g in gold) for s in system)
        for g in gold:
            match = next((s for s in system if _overlap(s, g)), None)
            if match is None:
                continue
            scores.relaxed_gold += 1
            scores.pairs += 1
            scores.type_correct += match.type == g.type
            scores.value_correct += _norm_value(match.value) == _norm_value(g.value)
    return scores


def _overlap(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


# TimeML leaves a governing preposition out of a TIMEX3 ("on <TIMEX3>Friday</TIMEX3>") and keeps
# "the" in ("<TIMEX3>the first nine months</TIMEX3>", "<TIMEX3>the third quarter</TIMEX3>") but
# not a possessive ("its <TIMEX3>fourth quarter</TIMEX3>") nor the article of a hyphenated
# modifier ("the <TIMEX3>two-week</TIMEX3> crisis"); the signal of a shifted duration stays out
# ("<TIMEX3>three days</TIMEX3> later"). Our own gold format, like the seed's, keeps the
# preposition of a bare weekday ("on Tuesday") and the whole of "weeks before".
_LEADING_PREPOSITION = re.compile(
    r"^(?:on|in|at|during|since|by|for|from|until|till|through|throughout|within|over|"
    r"after|before|of)\s+(?=\S)(?!(?:least|most)\b)", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b[Tt]he\s+$")
_HYPHENATED_MODIFIER = re.compile(r"^\S+-(?:day|week|month|year|quarter|hour|minute|ago|earlier|old)s?$",
                                  re.IGNORECASE)
_SHIFT_SIGNAL = re.compile(r"\s+(?:later|after|afterwards|before)$", re.IGNORECASE)


def timeml_extent(timex: Timex, text: str) -> Timex:
    """``timex`` drawn as TimeML draws it (see the comment above)."""
    start, end = timex.start, timex.end
    kind, value = timex.type, timex.value
    match = _LEADING_PREPOSITION.match(text[start:end])
    if match:
        start += match.end()
    signal = _SHIFT_SIGNAL.search(text[start:end])
    if signal and kind == "DATE":
        end -= len(signal.group(0))
        duration = _duration_of(text[start:end])
        if duration is None:
            end += len(signal.group(0))
        else:
            kind, value = "DURATION", duration
    article = _DETERMINER_BEFORE.search(text[max(0, start - 10):start])
    if article and (kind == "DURATION" or re.search(r"-Q\d$", value)) \
            and not _HYPHENATED_MODIFIER.match(text[start:end]):
        start -= len(article.group(0))
    if (start, end, kind, value) == (timex.start, timex.end, timex.type, timex.value):
        return timex
    if kind == "DURATION":
        return Timex(start, end, text[start:end], kind, value, "none")
    return Timex(start, end, text[start:end], kind, value, timex.precision, timex.earliest, timex.latest)


def _duration_of(phrase: str) -> str | None:
    """The TIMEX3 duration a phrase such as "three days" or "a few weeks" states."""
    from .time import duration_value, load_lexicon

    lexicon = load_lexicon()
    match = re.fullmatch(r"(?:(?:nearly|almost|about|some|more than|at least|only|just)\s+)?"
                         r"(.+?)\s+(second|minute|hour|day|week|month|year|decade)s?", phrase.strip(),
                         re.IGNORECASE)
    if match is None:
        return None
    count = match.group(1).lower()
    amount: float | None = float(count) if count.isdigit() else lexicon.numbers.get(count)
    if amount is None and count not in lexicon.vague:
        return None
    return duration_value(amount, match.group(2).lower(), lexicon)


def tag_documents(docs: Iterable[TimeMLDocument], analyzer: Any = None) -> Iterator[list[Timex]]:
    """Our timexes for each document's text, resolved against its DCT, in order.

    ``analyzer`` is a :class:`dateline.pipeline.Analyzer`; by default one with only the
    structure and time layers (the time layer reads paragraphs and the parse).
    """
    from .model import Article
    from .pipeline import Analyzer, load_pipeline

    if analyzer is None:
        analyzer = Analyzer(nlp=load_pipeline(layers=("structure", "time")))
    articles = (Article(id=doc.doc_id, text=doc.text, date=doc.dct) for doc in docs)
    for article in analyzer.analyze_many(articles):
        yield [timeml_extent(t, article.text) for t in article.timexes]
