"""The analysis model: what dateline extracts from one article.

Every class is a plain, typed dataclass that converts to and from JSON-ready dicts
(:meth:`to_dict` / :meth:`from_dict`). Offsets (``start``/``end``) are character offsets
into :attr:`Article.text`, the stored text with the leading ``date YYYY-MM-DD`` marker
already removed, so ``article.text[item.start:item.end] == item.text`` always holds.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Self, get_args, get_type_hints

__all__ = [
    "Actor",
    "ActorList",
    "Article",
    "DateSource",
    "Event",
    "EventDate",
    "EventStatus",
    "Paragraph",
    "ParagraphKind",
    "Place",
    "Precision",
    "Quantity",
    "Quote",
    "Timex",
]

#: How a paragraph is used: only ``body`` paragraphs yield events.
ParagraphKind = Literal["body", "caption", "signature", "boilerplate"]
#: Granularity of a date value.
Precision = Literal["time", "day", "week", "month", "quarter", "year", "decade", "century", "none"]
#: Truth status of an event as the text reports it.
EventStatus = Literal["occurred", "ongoing", "planned", "announced", "hypothetical", "negated"]
#: Where an article's publication date came from.
DateSource = Literal["marker", "feed", "html-metadata", "url", "text", "option", "json"]

PARAGRAPH_KINDS: tuple[str, ...] = get_args(ParagraphKind)
PRECISIONS: tuple[str, ...] = get_args(Precision)
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)
DATE_SOURCES: tuple[str, ...] = get_args(DateSource)



def _encode(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    return value


class _Record:
    """Shared JSON conversion for the model's dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict (dates as ISO 8601 strings)."""
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild an instance from :meth:`to_dict` output; unknown keys are ignored."""
        hints = get_type_hints(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            kwargs[f.name] = _decode(hints[f.name], data[f.name])
        return cls(**kwargs)


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    args = get_args(hint)
    origin = getattr(hint, "__origin__", None)
    if origin is list and args:
        return [_decode(args[0], v) for v in value]
    # Optional[X] / X | None
    if args and type(None) in args:
        inner = [a for a in args if a is not type(None)]
        return _decode(inner[0], value) if len(inner) == 1 else value
    if isinstance(hint, type) and issubclass(hint, _Record):
        return hint.from_dict(value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(value)
    return value


@dataclass
class Paragraph(_Record):
    """A paragraph of the stored text and what it is (body, caption, signature, boilerplate)."""

    index: int
    start: int
    end: int
    kind: ParagraphKind
    text: str
    #: Short reason for the classification, e.g. ``"agency signature"``.
    reason: str = ""


@dataclass
class Timex(_Record):
    """A temporal expression with its TIMEX3 type and value, resolved against the publication date."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    #: TIMEX3 value: ``2024-02-14``, ``2024-02-13TNI``, ``2024-W07``, ``P6W``, ``PAST_REF`` ...
    value: str
    precision: Precision = "none"
    #: First and last calendar day the value can denote, when it denotes days at all.
    earliest: dt.date | None = None
    latest: dt.date | None = None


@dataclass
class Actor(_Record):
    """A participant mention resolved to a canonical actor."""

    start: int
    end: int
    text: str
    #: Canonical name, e.g. ``"Israel"``, ``"Hamas"``, ``"Benjamin Netanyahu"``.
    name: str
    kind: Literal["state", "organisation", "person", "group"]
    #: ISO 3166-1 alpha-3 code of the actor's country, when it has one.
    country: str | None = None
    #: PLOVER-style sector: government, military, intelligence, rebel, civilian, media, igo ...
    sector: str | None = None
    #: Role when the text names one ("prime minister", "director").
    role: str | None = None


class ActorList(list[Actor]):
    """Actor mentions in text order (``doc._.actors``) that find the ones a stretch of text
    overlaps by bisection: each speaker's scan of every actor was quadratic on long texts."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        super().__init__(actors)
        starts = [a.start for a in self]
        # (the index holds only while the mentions stay in text order; else a plain scan)
        self._starts: list[int] | None = starts if all(a <= b for a, b in itertools.pairwise(starts)) else None
        # (the furthest any mention so far reaches: mentions may nest, so ends are not sorted)
        self._reach = list(itertools.accumulate((a.end for a in self), max))

    def overlapping(self, start: int, end: int) -> list[Actor]:
        """The mentions that overlap characters ``[start, end)``, in text order."""
        if self._starts is None or len(self._starts) != len(self):
            return [a for a in self if a.start < end and a.end > start]
        lo = bisect.bisect_right(self._reach, start)
        hi = bisect.bisect_left(self._starts, end)
        return [a for a in self[lo:hi] if a.end > start]

    def before(self, pos: int) -> list[Actor]:
        """The mentions that start before character ``pos``, in text order."""
        if self._starts is None or len(self._starts) != len(self):
            return [a for a in self if a.start < pos]
        return self[:bisect.bisect_left(self._starts, pos)]


def overlapping(actors: Sequence[Actor], start: int, end: int) -> list[Actor]:
    """The ``actors`` that overlap characters ``[start, end)``, by bisection when they are
    an :class:`ActorList`."""
    if isinstance(actors, ActorList):
        return actors.overlapping(start, end)
    return [a for a in actors if a.start < end and a.end > start]


def mentioned_before(actors: Sequence[Actor], pos: int) -> Sequence[Actor]:
    """The ``actors`` that start before character ``pos``, in text order, by bisection when
    they are an :class:`ActorList`."""
    return actors.before(pos) if isinstance(actors, ActorList) else actors


@dataclass
class Place(_Record):
    """A toponym geocoded offline."""

    start: int
    end: int
    text: str
    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    #: Gazetteer identifier, e.g. ``"geonames:360630"``.
    gazetteer_id: str | None = None
    feature: Literal["country", "city", "region", "other"] = "other"


@dataclass
class EventDate(_Record):
    """When an event happened (or is due), as precise as the text allows."""

    value: str
    precision: Precision
    earliest: dt.date | None = None
    latest: dt.date | None = None
    #: True when the date is not stated in the event's clause but inherited
    #: (from the paragraph, the article's date, ...): a weaker signal.
    inherited: bool = False
    #: The timex text the date came from, when any.
    source_text: str | None = None


@dataclass
class Quote(_Record):
    """An attributed statement: who said what, with which cue, directly or reported."""

    start: int
    end: int
    #: The quoted or reported content, without quotation marks.
    content: str
    direct: bool
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    #: Canonical actor the speaker resolves to, when known.
    speaker_actor: str | None = None
    #: ``person``, ``role``, ``organisation`` or ``anonymous`` (see ``sources.py``).
    source_type: str | None = None
    #: How many anonymous sources ("two Egyptian security sources" → 2).
    source_count: int | None = None
    #: The source's country (ISO alpha-3) and affiliation words ("security").
    source_country: str | None = None
    source_affiliation: str | None = None
    #: The outlet or medium the words went through ("Efe", "a statement"), with offsets.
    relay: str | None = None
    relay_start: int | None = None
    relay_end: int | None = None
    #: ``speech`` (said, told, according to, quotations), ``stance`` (a position taken
    #: on something named: "criticized the deal", "called for a ceasefire") or
    #: ``evidential`` (a hedge with no source: "is expected to", "seems", "reportedly"), or
    #: ``question`` (a question put by someone unnamed: "Asked whether the talks had
    #: collapsed, …"; the answer that follows is the answerer's speech).
    kind: str = "speech"
    #: Other sources the text gives for the same words ("… told Reuters and as also reported
    #: by state television", "…, as did the army"), as the text names them.
    also_by: list[str] = field(default_factory=list)
    #: Whether the learned cue model (``cues.py``), not a rule, found this attribution's cue.
    learned: bool = False
    #: The cue model's score of the cue (0 to 1; the highest of its words), when it scored
    #: one: how much the cue looks like the cues the model learned.
    cue_score: float | None = None

    @property
    def source(self) -> str | None:
        """The source as a reader knows it: the actor a pronoun speaker resolves to ("he
        added", "Mr. Sanders, who said" → the name; an interview's "A:" the interviewee),
        else the speaker as written."""
        if self.speaker is not None and self.speaker_actor \
                and self.speaker.lower() in _PRONOUN_SPEAKERS:
            return self.speaker_actor
        return self.speaker


# Speakers that stand for a source named elsewhere ("he added", "Mr. Sanders, who said", an
# interview's answers).
_PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "that",
                               "his", "her", "their", "its", "a", "answer"})


@dataclass
class Quantity(_Record):
    """A number that counts something, with its bound."""

    start: int
    end: int
    text: str
    value: float
    bound: Literal["exact", "min", "max", "approx"] = "exact"
    #: The counted noun ("hostages", "dead"), when found.
    unit: str | None = None
    #: ``count`` (people or things), or, when the layer is asked for measures too,
    #: ``money``, ``percent``, ``measure`` or ``age``. Dates, times and durations are the
    #: time layer's TIMEX3s, never counts.
    kind: str = "count"
    #: Position, among the article's quantities, of the count this one is part of ("134
    #: hostages, at least thirty of them dead": the thirty are part of the 134).
    part_of: int | None = None
    #: The upper end of a range ("between 200 and 250 fighters": value 200, bound ``min``,
    #: upper 250); None for a single number.
    upper: float | None = None


@dataclass
class Event(_Record):
    """Who did what to whom, when and where, with its truth status, source and evidence."""

    #: Evidence span: the clause that reports the event.
    start: int
    end: int
    evidence: str
    trigger: str
    trigger_start: int
    trigger_end: int
    #: PLOVER event type (AGREE, CONSULT, ... ASSAULT).
    type: str
    status: EventStatus
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    date: EventDate | None = None
    place: Place | None = None
    #: The source that reports the event ("Egyptian security sources"); None when the
    #: author states it alone.
    attribution: str | None = None
    confidence: float = 0.5
    #: PLOVER mode, when the text supports one (e.g. CONSULT ``visit``).
    mode: str | None = None
    #: What the event is about, from cue words in its clause (``ceasefire``,
    #: ``hostages_prisoners``, ``peace_talks``, ...; ``data/event_contexts.csv``).
    contexts: list[str] = field(default_factory=list)
    #: The CAMEO code the PLOVER cross-walk gives for type, mode and contexts ("046").
    cameo: str | None = None
    #: The whole sentence the evidence clause is part of (character offsets).
    sentence_start: int | None = None
    sentence_end: int | None = None
    #: Positions, among the article's quotes, of those that report the event (its trigger
    #: lies in their content).
    reported_in: list[int] = field(default_factory=list)
    #: True when no source reports it: the article's author states it alone.
    author_only: bool = True


@dataclass
class Article(_Record):
    """One article: its metadata, its stored text and everything extracted from it."""

    id: str
    text: str
    date: dt.date
    date_source: DateSource = "option"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str = "en"
    #: Where the input came from: ``path``, ``path:line`` for JSON Lines, ``<stdin>``.
    origin: str | None = None
    #: Notes on how the input was read (which date was trusted and why, what was removed).
    notes: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    def body_paragraphs(self) -> list[Paragraph]:
        """Paragraphs that carry news (and so may yield events)."""
        return [p for p in self.paragraphs if p.kind == "body"]
