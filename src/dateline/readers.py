"""Read inputs into Articles: dated text files, JSON Lines, HTML pages, RSS/Atom feeds.

``read_inputs`` expands files, folders, globs and ``-`` (stdin) and yields one
:class:`~dateline.model.Article` per article or one :class:`~dateline.errors.Rejection` per
input (or line) it refuses, with the reason, so one bad file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .datelines import Dateline
from .errors import InputError, Rejection
from .model import Article, DateSource, Paragraph
from .structure import cut_off, segment, split_by_captions, story_dateline, unglue_stamp
from .time import load_lexicon as load_time_lexicon

__all__ = [
    "DEFAULT_MAX_BYTES",
    "coerce_date",
    "make_article_id",
    "read_inputs",
    "reconcile_dateline",
    "stated_date",
]

_HTML_NOTE = "main text extracted from HTML (navigation, share widgets and banners removed)"

#: Largest single text or HTML article accepted; JSON Lines are read line by line.
_MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * _MB
_EXTENSIONS = {".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xml", ".rss",
               ".atom"}
_MARKER = re.compile(r"\A\s*date\s+(\S+)[ \t]*")
_EARLIEST = dt.date(1900, 1, 1)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# "CAIRO, Jan 31 (Reuters) -", "GAZA, 14 February (EFE).-", "MOSCOW, March 5. /TASS/."
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[^\d])")


def coerce_date(value: str | dt.date | dt.datetime) -> dt.date:
    """A calendar day from an ISO date or datetime (string or object).

    Raises :class:`InputError` with the reason for anything else, e.g. ``2024-02-30``.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) > 10:
            return dt.datetime.fromisoformat(text).date()
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"date {text!r} is not a valid ISO 8601 date") from None


def split_marker(text: str) -> tuple[str, dt.date | None]:
    """A text without its leading ``date YYYY-MM-DD`` marker, and the marker's day (None,
    and the text unchanged, when it opens with none that parses)."""
    match = _MARKER.match(text)
    if match is None:
        return text, None
    try:
        return text[match.end():].lstrip("\r\n"), coerce_date(match.group(1))
    except InputError:
        return text, None


# A full date as a page's head writes it: "25 June 2024", "June 25, 2024", "Jun. 25 2024",
# "2024-06-25" (the string is then parsed by dateparser).
_FULL_DATE = re.compile(r"\b(?:(?:19|20)\d\d([-/.])[01]\d\1[0-3]\d|[0-3]?\d\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d"
                        r"|[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\b")
# What a head's date stamp says of its date, best first: when the page was published, the
# story's own dateline, a bare stamp or a title's date, when it was last updated ("last
# update" also opens "last updated").
_STAMP_RANK = (("published", 0), ("posted", 0), ("first published", 0), ("updated", 3), ("last update", 3))
# A date in figures: "12/02/2025", "12.02.2025", "2-12-2025" (day or month first).
_NUMERIC_DATE = re.compile(r"\b([0-3]?\d)([./-])([0-3]?\d)\2((?:19|20)\d\d)\b")


def _numeric_readings(match: re.Match[str], today: dt.date | None = None) -> list[dt.date]:
    """The real days a date in figures can be, day first or month first (not after
    ``today``: a page is not dated in the future); with dots, day first only, as the
    countries that write dates so all put the day first ("06.11.2025")."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings: list[dt.date] = []
    for day, month in ((first, second), (second, first))[:1 if match.group(2) == "." else 2]:
        try:
            reading = dt.date(year, month, day)
        except ValueError:
            continue
        if reading not in readings and (today is None or reading <= today):
            readings.append(reading)
    return readings


def _story_start(line: Dateline | None, paragraphs: Sequence[Paragraph]) -> int:
    """Where the story's first sentence starts: after its dateline ``line``, else at its
    first paragraph of some length that ends as a sentence does (not the headline, however
    long)."""
    if line is not None:
        return line.end
    return next((p.start for p in paragraphs if p.kind == "body" and len(p.text.split()) >= 12
                 and p.text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'"))), 0)


def stated_date(text: str, paragraphs: Sequence[Paragraph] | None = None,
                today: dt.date | None = None) -> tuple[dt.date, str, str] | None:
    """The publication day a page's own head states, the words that state it and how they
    were read, for a text that came with no date: a "Published: 25 June 2024 15:42" stamp,
    else the story's dateline with its year ("KYIV, June 25, 2024 (AFP) -"), else a bare
    date stamp, else an "Updated …" one. A date in figures that reads both ways
    ("12/02/2025") is the reading whose weekday the story's first sentence names ("… this
    Wednesday": 12 February 2025 was one) or the one not after ``today``, else not taken.
    None when the head states no full date."""
    import dateparser

    paragraphs = segment(text) if paragraphs is None else paragraphs
    found: list[tuple[int, int, dt.date, str, str]] = []
    line = story_dateline(text, paragraphs)
    title = next((p for p in paragraphs if p.kind == "body"), None)
    for paragraph in paragraphs:
        words = paragraph.text.strip()
        in_line = line is not None and paragraph.start <= line.start < paragraph.end
        if paragraph.start > 3000 or paragraph.kind == "body" and not in_line and len(words.split()) >= 40:
            break  # (the head only, above the story: a sidebar's or a quoted document's dates are others')
        if in_line and line is not None:
            words, rank = text[line.start:line.end].strip(), 1
        elif paragraph.kind == "boilerplate":
            words = unglue_stamp(words)
            lead = words.lower().lstrip(" :-|")
            rank = min((r for word, r in _STAMP_RANK if lead.startswith(word)), default=2)
        elif paragraph is title and len(words.split()) <= 20 and (dated := _title_date(words)):
            words, rank = dated, 2
        else:
            continue
        match = _FULL_DATE.search(words)
        parsed = dateparser.parse(match.group(0), languages=["en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}) if match else None
        if parsed is not None:
            found.append((rank, len(found), parsed.date(), words, ""))
        elif (figures := _NUMERIC_DATE.search(words)) is not None:
            readings = _numeric_readings(figures, today)
            if len(readings) == 1:
                later = [r for r in _numeric_readings(figures) if r not in readings]
                dotted = figures.group(2) == "." and figures.group(1) != figures.group(3) and int(figures.group(3)) <= 12
                found.append((rank, len(found), readings[0], words, (
                    f"{figures.group(0)!r} could also be {later[0]}, after today" if later
                    else f"{figures.group(0)!r} read day first, as dates written with dots are" if dotted else "")))
                continue
            start = _story_start(line, paragraphs)
            named = [(r, w) for r in readings for w in [_lede_weekday(text, start, r)] if w]
            if len(named) == 1:
                day, weekday = named[0]
                found.append((rank, len(found), day, words, (
                    f"{figures.group(0)!r} reads as {readings[0]} or {readings[1]}; the story's "
                    f"{weekday!r} is {day}'s weekday")))
    if not found:
        return None
    _, _, day, words, why = min(found)
    return day, words, why


def _title_date(title: str) -> str | None:
    """The date a title ends on, set off from its words, as a document's title gives its own
    ("Department Press Briefing – November 12, 2025", "Situation Report | 3 October 2025")."""
    for match in _FULL_DATE.finditer(title):
        if not title[match.end():].strip(" )") and title[:match.start()].rstrip(" (")[-1:] in ("-", "–", "—", "|", ":", ","):
            return match.group(0)
    return None


def _ambiguous_dates(text: str, today: dt.date | None = None) -> list[str]:
    """Dates in figures in a page's head that read both ways (neither after ``today``), each
    with its two readings: what to tell the user when a page gives no other date."""
    head = text[:3000]
    return [f"{m.group(0)!r} ({r[0]:%-d %B %Y} or {r[1]:%-d %B %Y})" for m in _NUMERIC_DATE.finditer(head)
            for r in [_numeric_readings(m, today)] if len(r) == 2]


def make_article_id(url: str | None, text: str) -> str:
    """A stable id: from the normalised URL when there is one, else from the normalised text."""
    if url:
        parts = urlsplit(url.strip())
        query = urlencode(sorted(
            (k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")))
        key = urlunsplit((parts.scheme.lower(), parts.netloc.lower(),
                          parts.path.rstrip("/") or "/", query, ""))
    else:
        key = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def check_date(day: dt.date | None, now: dt.datetime | None = None) -> None:
    """Raise :class:`InputError` for a publication date that cannot be right: missing, after
    ``now`` (default: the current time) or before 1900. Relative dates are resolved against
    it, so a wrong one would shift every date in the article; we never guess."""
    if day is None:
        raise InputError("the publication date is missing: relative dates (\"on Tuesday\", "
                         "\"last week\") cannot be resolved without it")
    now = now or dt.datetime.now(dt.UTC)
    if day > now.date():
        raise InputError(f"publication date {day.isoformat()} is after the ingest time")
    if day < _EARLIEST:
        raise InputError(f"publication date {day.isoformat()} is before 1900")


def reconcile_dateline(text: str, day: dt.date, paragraphs: Sequence[Paragraph] | None = None,
                       ) -> tuple[dt.date, DateSource | None, str | None]:
    """Compare the story's own dateline ("CAIRO, Jan 31 (Reuters) -") with the page's date.

    A wire story is filed on its dateline's day; the page that carries it may show a later
    day (published a day or two on, republished, updated or crawled weeks later) or, across
    time zones, the day before. So a dateline naming a day up to a month before ``day``, or
    the day after it, is trusted: it is the reference for "on Tuesday". Further off, a
    dateline without a year cannot be placed with confidence and the page's date is kept.
    ``paragraphs`` are the text's (:func:`~dateline.structure.segment`), when the caller has them.
    Returns the day to use, its new source (None when unchanged) and a note saying what was
    decided and why.
    """
    found = story_dateline(text, segment(text) if paragraphs is None else paragraphs)
    if found is None or found.month is None or found.day is None:
        return day, None, None
    month = _MONTHS.get(found.month[:3].lower())
    number = found.day
    written = text[found.start:found.end].strip(" -–—―:")
    if not month:
        return day, None, None
    try:
        candidate = dt.date(day.year, month, number)
    except ValueError:
        return day, None, f"dateline {written!r} names no real day; kept {day}"
    if (candidate - day).days > _DAY_AHEAD:  # a December dateline on a January page
        try:
            candidate = candidate.replace(year=day.year - 1)
        except ValueError:
            return day, None, None
    gap = (day - candidate).days
    if gap == 0:
        return day, None, None
    if gap < 0:
        return candidate, "text", (
            f"dateline {written!r} is the day after the given date {day}; trusted the dateline "
            f"{candidate} as the day the story was filed (the page's date is likely another time zone's)")
    if gap <= _FILED_BEFORE:
        why = "" if gap <= 3 else " (the page's date is likely when it was republished, updated or crawled)"
        return candidate, "text", (
            f"dateline {written!r} is {gap} day(s) before the given date {day}; "
            f"trusted the dateline {candidate} as the day the story was filed{why}")
    weekday = _lede_weekday(text, found.end, candidate)
    if weekday is not None and gap <= _WEEKDAY_AGREES:
        # (a page crawled or republished months on: "CAIRO, Feb 28" over "… on Wednesday",
        # and February 28 was that Wednesday)
        return candidate, "text", (
            f"dateline {written!r} is {gap} day(s) before the given date {day}; trusted the dateline "
            f"{candidate} as the day the story was filed, as its lede's {weekday!r} is that day's weekday "
            f"(the page's date is likely when it was republished, updated or crawled)")
    return day, None, (
        f"dateline {written!r} is {gap} day(s) before the given date {day}, more than a month; "
        f"kept the given date")


# How far back a dateline whose lede names its weekday is trusted (days).
_WEEKDAY_AGREES = 366


def _lede_weekday(text: str, start: int, day: dt.date) -> str | None:
    """The weekday the story's first sentence after its dateline names, when it is ``day``'s
    (the day a wire story reports is most often the day it was filed); None otherwise."""
    weekdays = load_time_lexicon().weekdays
    end = min((i for i in (text.find(". ", start), text.find("\n", start)) if i != -1), default=len(text))
    match = re.compile(r"\b(?:on\s+)?(" + "|".join(w.capitalize() for w in weekdays) + r")\b").search(text, start, end)
    if match is None or weekdays.index(match.group(1).lower()) != day.weekday():
        return None
    return match.group(0)


# How far a story's dateline may lie from the page's date and still be trusted (days).
_FILED_BEFORE = 31
_DAY_AHEAD = 1


def _decode(data: bytes, origin: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text", origin=origin)
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.1:
        raise InputError("binary file, not text", origin=origin)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"invalid UTF-8 at byte {error.start}", origin=origin, line=line) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


class _Reader:
    def __init__(self, default_date: dt.date | None, now: dt.datetime, max_bytes: int) -> None:
        self.default_date = default_date
        self.now = now
        self.max_bytes = max_bytes

    def article(self, text: str, day: dt.date | None, date_source: DateSource, origin: str,
                line: int | None = None, **meta: Any) -> Article:
        text = text.strip()
        if not text:
            raise InputError("no text", origin=origin, line=line)
        notes: list[str] = list(meta.pop("notes", []))
        paragraphs = segment(text)
        stated = stated_date(text, paragraphs, self.now.date()) if day is None else None
        if stated is not None:
            # (the page's own date comes before --date, which dates inputs with none of their own)
            day, date_source = stated[0], "text"
            why = f" ({stated[2]})" if stated[2] else ""
            notes.append(f"no date marker; used the date the page states, {stated[1]!r}: {day}{why}")
        if day is None:
            if self.default_date is None:
                unsettled = _ambiguous_dates(text, self.now.date())
                seen = f" (the page's {', '.join(unsettled)} could be either)" if unsettled else ""
                found = story_dateline(text, paragraphs) if not unsettled else None
                if found is not None and found.month is not None:
                    # ("KINSHASA/DOHA, Nov 15 (Reuters) -": a day, but of which year?)
                    seen = f" (its dateline {text[found.start:found.end].strip()!r} names no year)"
                raise InputError(
                    f"no publication date{seen}: add a 'date YYYY-MM-DD' marker or pass --date",
                    origin=origin, line=line)
            day, date_source = self.default_date, "option"
            notes.append(f"no date in the input; used --date {day}")
        try:
            check_date(day, self.now)
        except InputError as error:
            raise InputError(error.reason, origin=origin, line=line) from None
        trusted, new_source, note = reconcile_dateline(text, day, paragraphs)
        if note:
            notes.append(note)
        notes.extend(split_by_captions(paragraphs))
        tail = cut_off(paragraphs)
        if tail is not None:
            notes.append(f"the text stops mid-sentence ('…{tail}'): it may have been cut off; "
                         f"read as it is")
        if new_source:
            day, date_source = trusted, new_source
        given_id = meta.pop("id", None)
        where = origin if line is None else f"{origin}:{line}"
        return Article(
            id=str(given_id) if given_id else make_article_id(meta.get("url"), text),
            text=text, date=day, date_source=date_source, origin=where, notes=notes,
            **{k: v for k, v in meta.items() if v is not None},
        )

    # -- formats ---------------------------------------------------------------------------
    def text_file(self, text: str, origin: str) -> Iterator[Article | Rejection]:
        match = _MARKER.match(text)
        if match:
            try:
                day = coerce_date(match.group(1))
            except InputError as error:
                raise InputError(error.reason, origin=origin, line=1) from None
            yield self.article(text[match.end():], day, "marker", origin)
        else:
            yield self.article(text, None, "option", origin)

    def jsonl(self, lines: Iterable[tuple[int, bytes]], origin: str) -> Iterator[Article | Rejection]:
        for number, raw in lines:
            try:
                if len(raw) > self.max_bytes:
                    raise InputError(f"line is larger than the {self.max_bytes} byte limit")
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as error:
                    raise InputError(f"invalid UTF-8 at byte {error.start} of the line") from None
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"invalid JSON: {error.msg} at column {error.colno}") from None
                yield from self.record(record, origin, number)
            except InputError as error:
                yield Rejection(origin, error.reason, number)

    def record(self, record: Any, origin: str, line: int | None) -> Iterator[Article]:
        if not isinstance(record, dict):
            raise InputError("expected a JSON object", origin=origin, line=line)
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError("missing 'text'", origin=origin, line=line)
        day = None
        if record.get("date"):
            try:
                day = coerce_date(str(record["date"]))
            except InputError as error:
                raise InputError(error.reason, origin=origin, line=line) from None
        yield self.article(
            text, day, "json", origin, line,
            url=record.get("url"), title=record.get("title"), source=record.get("source"),
            lang=record.get("lang") or "en", id=record.get("id"))

    def html(self, text: str, origin: str) -> Iterator[Article]:
        import trafilatura

        extracted = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True)
        body = getattr(extracted, "text", None) if extracted is not None else None
        if not body or len(body.split()) < 10:
            # Menus and cookie banners alone are not an article.
            raise InputError("no article text found in HTML", origin=origin)
        body = re.sub(r"\n+", "\n\n", body.strip())
        url = getattr(extracted, "url", None)
        day, source = None, "html-metadata"
        raw_date = getattr(extracted, "date", None)
        if raw_date:
            try:
                day = coerce_date(raw_date)
            except InputError:
                day = None
        if day is None and url:
            match = _URL_DATE.search(url)
            if match:
                try:
                    day, source = dt.date(*map(int, match.groups())), "url"
                except ValueError:
                    day = None
        yield self.article(body, day, source, origin, url=url,  # type: ignore[arg-type]
                           title=getattr(extracted, "title", None),
                           source=getattr(extracted, "sitename", None),
                           notes=[_HTML_NOTE])

    def feed(self, text: str, origin: str) -> Iterator[Article | Rejection]:
        import feedparser

        parsed = feedparser.parse(text)
        feed_title = parsed.feed.get("title")
        if not parsed.entries:
            raise InputError("feed has no entries", origin=origin)
        for number, entry in enumerate(parsed.entries, start=1):
            where = f"{origin}#entry{number}"
            content = entry.get("content")
            html_text = content[0].get("value") if content else entry.get("summary", "")
            body = _html_to_text(html_text or "")
            # (read as stored: feedparser's own get() maps a missing key to the other, warning)
            stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
            day = dt.date(*stamp[:3]) if stamp else None
            try:
                # (an entry with no date of its own may state one in its text, as a page does)
                yield self.article(body, day, "feed", where, url=entry.get("link"),
                                   title=entry.get("title"), source=feed_title)
            except InputError as error:
                raw = dict.get(entry, "published") or dict.get(entry, "updated")
                reason = error.reason.replace("no publication date", f"no publication date (its date {raw!r} cannot be "
                                              "read)", 1) if raw and day is None else error.reason
                yield Rejection(where, f"entry {number} ({entry.get('title', '')!r}): {reason}")

    # -- dispatch -----------------------------------------------------------------------------
    def path(self, path: Path) -> Iterator[Article | Rejection]:
        origin = str(path)
        try:
            size = path.stat().st_size
            suffix = path.suffix.lower()
            if suffix in (".jsonl", ".ndjson"):
                with path.open("rb") as handle:
                    yield from self.jsonl(enumerate(handle, start=1), origin)
                return
            if size == 0:
                raise InputError("empty file", origin=origin)
            if size > self.max_bytes:
                raise InputError(
                    f"file is {size / _MB:.1f} MB, larger than the {self.max_bytes / _MB:g} MB "
                    "limit for one article; split it or raise --max-bytes", origin=origin)
            yield from self.content(path.read_bytes(), origin, suffix)
        except InputError as error:
            yield Rejection.from_error(error)
        except OSError as error:
            yield Rejection(origin, f"cannot read: {error.strerror or error}")

    def content(self, data: bytes, origin: str, suffix: str = "") -> Iterator[Article | Rejection]:
        text = _decode(data, origin)
        if not text.strip():
            raise InputError("empty file", origin=origin)
        head = text.lstrip()[:500].lower()
        if suffix in (".jsonl", ".ndjson") or (not suffix and head.startswith("{")):
            yield from self.jsonl(enumerate(io.BytesIO(data), start=1), origin)
        elif suffix == ".json" or (not suffix and head.startswith("[")):
            try:
                loaded = json.loads(text)
            except json.JSONDecodeError as error:
                raise InputError(f"invalid JSON: {error.msg}", origin=origin,
                                 line=error.lineno) from None
            for index, record in enumerate(loaded if isinstance(loaded, list) else [loaded], 1):
                try:
                    yield from self.record(record, origin, index if isinstance(loaded, list) else None)
                except InputError as error:
                    yield Rejection.from_error(error)
        elif suffix in (".rss", ".atom", ".xml") or head.startswith(("<?xml", "<rss", "<feed")):
            yield from self.feed(text, origin)
        elif suffix in (".html", ".htm") or head.startswith(("<!doctype html", "<html")):
            yield from self.html(text, origin)
        else:
            yield from self.text_file(text, origin)


def _html_to_text(fragment: str) -> str:
    import html as html_lib

    blocks = re.split(r"(?i)</p>|<br\s*/?>|</div>|</h\d>|</li>", fragment)
    paragraphs = []
    for block in blocks:
        plain = html_lib.unescape(re.sub(r"<[^>]+>", " ", block))
        plain = " ".join(plain.split())
        if plain:
            paragraphs.append(plain)
    return "\n\n".join(paragraphs)


def _expand(source: str | Path) -> list[Path] | None:
    path = Path(source)
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in _EXTENSIONS
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
    if path.exists():
        return [path]
    matches = sorted(glob.glob(str(source), recursive=True))
    if matches:
        return [Path(m) for m in matches if Path(m).is_file()]
    return None


def read_inputs(
    sources: Iterable[str | Path],
    *,
    default_date: dt.date | None = None,
    now: dt.datetime | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejection]:
    """Articles (and rejections) from files, folders, globs and ``-`` (stdin), in order.

    ``default_date`` dates inputs that carry no date of their own; ``now`` (default: the
    current UTC time) is the ingest time, after which no publication date is accepted.
    """
    reader = _Reader(default_date, now or dt.datetime.now(dt.UTC), max_bytes)
    for source in sources:
        if str(source) == "-":
            stream = stdin or sys.stdin
            raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
            try:
                if not raw.strip():
                    raise InputError("empty input", origin="<stdin>")
                yield from reader.content(raw, "<stdin>")
            except InputError as error:
                yield Rejection.from_error(error)
            continue
        paths = _expand(source)
        if paths is None:
            yield Rejection(str(source), "no such file, folder or glob match")
            continue
        for path in paths:
            yield from reader.path(path)
