"""Article structure: split the text into paragraphs and say what each one is.

Only ``body`` paragraphs carry news. Photo captions, agency signatures and bylines, and page
furniture (share widgets, cookie banners, "Published 2 hours ago") are kept in the stored text,
so offsets stay valid, but are marked so that later layers skip them.

Two spaCy components share this module:

* ``dateline_paragraphs_v1`` runs first, before the parser, and marks each paragraph's first
  token as a sentence start so no sentence crosses a paragraph boundary (it also keeps
  abbreviated titles such as "Brig." one token, ``title_abbreviations``);
* ``dateline_structure_v1`` runs after the tagger and parser and classifies paragraphs, using
  patterns from ``data/structure.json`` and, for captions without a photo credit, the shape of
  the sentence (a verbless description, or a present-tense scene with no source and no date).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._data import read_data
from ._extensions import doc_text
from .datelines import LINES_BEFORE, MONTH, Dateline, find_dateline, find_story_dateline
from .model import Paragraph, ParagraphKind

__all__ = [
    "StructureRules",
    "classify_text",
    "is_agency",
    "load_rules",
    "segment",
    "split_paragraphs",
]

if not Doc.has_extension("paragraphs"):
    Doc.set_extension("paragraphs", default=None)
if not Doc.has_extension("dateline"):
    # The wire dateline opening the story ("CAIRO, March 5 (Reuters) -"), a datelines.Dateline.
    Doc.set_extension("dateline", default=None)

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A single newline ends a paragraph only after something that can end one; otherwise it is
# hard wrapping inside a paragraph.
_LINE_END = re.compile(r"""[.!?:"”’»)\]]\s*$""")
_QUOTE_CHARS = re.compile(r"[\"“”«»„]")
# The full date agencies append to photo captions: "..., Nepal, Tuesday, March 4, 2025."
_CAPTION_DATE = re.compile(
    r"(,|\bon)\s+((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?\s*$"
)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: Prepositions that say where something is ("in Khan Younis", "inside southern Lebanon").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "along", "across", "past"})


@dataclass(frozen=True)
class StructureRules:
    """Compiled patterns for paragraph classification (see ``data/structure.json``)."""

    agencies: frozenset[str]
    signature: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
    reporting_lemmas: frozenset[str]
    stative_lemmas: frozenset[str]
    caption_max_words: int
    #: Abbreviated titles kept one token with their full stop ("Brig.", "Lt.-Col.").
    title_abbreviations: tuple[str, ...] = ()
    #: Headings of a page's lists of other stories ("Related coverage", "More on this story").
    sidebar_headings: tuple[re.Pattern[str], ...] = ()
    #: Lines a page puts around such a list for screen readers ("list of 3 items", "end of list").
    sidebar_markers: tuple[re.Pattern[str], ...] = ()


def is_agency(name: str, rules: StructureRules | None = None) -> bool:
    """Whether ``name`` is a news agency the rules know ("AFP", "the Xinhua", "REUTERS")."""
    return name.casefold().removeprefix("the ") in (rules or load_rules()).agencies


def _compile(patterns: Iterable[str], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


@lru_cache(maxsize=8)
def load_rules(path: str | None = None) -> StructureRules:
    """Load classification rules from ``path`` or the packaged ``data/structure.json``."""
    raw = read_data("structure.json", path)
    data: dict[str, Any] = json.loads(raw)
    return StructureRules(
        agencies=frozenset(a.casefold() for a in data["agencies"]),
        # Signature patterns name capitalised bylines, so they are case-sensitive where it matters.
        signature=_compile(data["signature_patterns"], 0),
        boilerplate=_compile(data["boilerplate_patterns"]),
        caption=_compile(data["caption_patterns"], 0),
        reporting_lemmas=frozenset(data["reporting_lemmas"]),
        stative_lemmas=frozenset(data["stative_lemmas"]),
        caption_max_words=int(data["caption_max_words"]),
        title_abbreviations=tuple(data.get("title_abbreviations", ())),
        sidebar_headings=_compile(data.get("sidebar_headings", ())),
        sidebar_markers=_compile(data.get("sidebar_markers", ())),
    )


def split_paragraphs(text: str, rules: StructureRules | None = None) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``, trimmed of surrounding whitespace.

    Paragraphs are separated by blank lines; a single newline also separates them when the
    line before it ends like a paragraph does (terminal punctuation) or is a short line such
    as an agency tag, so hard-wrapped prose stays in one paragraph. With ``rules``, a line of
    page furniture ("Published 2 hours ago", a share widget) is a paragraph of its own too,
    so that a headline without a full stop does not run on into it.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    blocks: list[tuple[int, int]] = []
    for match in _BLANK_LINE.finditer(text):
        blocks.append((pos, match.start()))
        pos = match.end()
    blocks.append((pos, len(text)))
    told = False  # (whether a line has ended like a sentence yet: the page's head is above)
    for start, end in blocks:
        line_start = start
        lines: list[tuple[int, int]] = []
        while True:
            newline = text.find("\n", line_start, end)
            if newline == -1:
                lines.append((line_start, end))
                break
            lines.append((line_start, newline))
            line_start = newline + 1
        # (each line read once, as itself and as the line after the one before it)
        kinds = [classify_text(text[s:e], rules)[0] if rules is not None else None for s, e in lines]
        stamped = [LIVE_STAMP.match(text, s, e) is not None for s, e in lines]
        furniture = [_furniture_line(text[s:e], kind) for (s, e), kind in zip(lines, kinds, strict=True)]
        para_start: int | None = None
        listing = False  # (whether the lines are the headlines under a "Read more" heading)
        for index, (l_start, l_end) in enumerate(lines):
            if para_start is None:
                para_start = l_start
            line = text[l_start:l_end]
            is_last = index == len(lines) - 1
            # (a short line the next one continues in lower case is a hard-wrapped sentence:
            # "UNRWA said 14 of its staff had\nbeen killed …")
            short = len(line.strip()) <= 40 and not (
                not is_last and text[lines[index + 1][0]:lines[index + 1][1]].lstrip()[:1].islower()
                and line.rstrip()[-1:].isalnum())
            # (a line ending in a photo credit is a caption of its own, even inside a sentence
            # a page split around it: "… remain\n<caption> EFE/Name\nstalled, …";
            # a live page's stamped entry heading is one: "13:20 GMT - Hamas says it was not invited")
            if is_last or _LINE_END.search(line) or short or furniture[index] or furniture[index + 1] \
                    or stamped[index] or stamped[index + 1] \
                    or kinds[index] == "caption" or kinds[index + 1] == "caption" \
                    or _headline_line(line, text[lines[index + 1][0]:lines[index + 1][1]]) \
                    and (listing or not told or _title_cased(line)):
                spans.append((para_start, l_end))
                para_start = None
            told = told or bool(_LINE_END.search(line))
            # (an item of a list of other stories ends at its line: "Read more\nDozens killed
            # as …\nAt least 112 …" is a headline, then the story going on)
            listing = rules is not None and (any(p.search(line.strip()) for p in rules.sidebar_headings)
                                             or listing and _headlines(line, rules.sidebar_markers))
    trimmed = [_stripped(text, start, end) for start, end in spans]
    return [(start, end) for start, end in trimmed if end > start]


# The stamp opening a live page's entry heading, up to its first word: "13:50 GMT - Israeli
# official: …", "7 p.m. - Hamas says …" (the attribution layer's speakers start after it too).
_ZONE = r"(?:GMT|UTC|ET|EST|EDT|BST|CET|[AaPp]\.?[Mm]\.?)"
#: The stamp itself, to build patterns of lines that may start with one.
STAMP = rf"\d{{1,2}}(?:[:.]\d{{2}}(?:[ \t]*{_ZONE})?|[ \t]*{_ZONE})[ \t]*[-–—][ \t]+"
LIVE_STAMP = re.compile(rf"\s*{STAMP}(?=\S)")


def entry_day(text: str, offset: int) -> tuple[str, int] | None:
    """The day a timeline's entry opens the line of ``offset`` with, and where the entry's
    own words start ("Nov. 24, 2023 - A seven-day truce begins" at the text's start:
    ``("Nov. 24, 2023", 16)``), or None: a few words with a figure and no hyphen (or an ISO
    date), then a dash set apart by spaces or a colon."""
    line = text.rfind("\n", 0, offset) + 1
    match = _ENTRY_DAY.match(text, line)
    return (match.group("day"), match.end()) if match is not None and any(c.isdigit() for c in match.group("day")) \
        else None


# The day a timeline's entry opens with ("Nov. 24, 2023 - ", "24 November 2023: "; not the
# hyphen of "81-year-old").
_ENTRY_DAY = re.compile(r"[ \t]*(?P<day>\d{4}-\d{2}-\d{2}|[A-Za-z0-9][\w., /]{2,39}?)(?:[ \t]+[-–—]|:)[ \t]+(?=\S)")


#: The labels of an interview's or a briefing's turns that name no one: the interviewer's
#: ("Q:", "QUESTION:") and the answers', whose speaker the page names elsewhere ("A:").
QUESTION_LABELS = frozenset({"Q", "Question", "QUESTION"})
ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})


def stamp_end(text: str, offset: int) -> int:
    """Where the live page's stamp opening the line of ``offset`` ends ("13:50 GMT - "), or
    the line's start when it has none: the stamp says when the entry was posted, and is no
    word of what it reports."""
    line = text.rfind("\n", 0, offset) + 1
    match = LIVE_STAMP.match(text, line) if text[line:line + 3].lstrip()[:1].isdigit() else None
    return match.end() if match is not None else line


# Words a hard-wrapped line may end on, in the middle of its sentence.
_OPEN_ENDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "for", "with",
                        "at", "by", "from", "into", "about", "than", "that", "as", "its", "their", "his",
                        "her", "our", "is", "are", "was", "were", "has", "have", "had", "will", "would"})


def is_headline(sent: Span) -> bool:
    """Whether ``sent`` is a headline: a line of its own, of at most 20 words, with no stop
    at its end ("Russia, Ukraine swap 175 POWs in UAE-brokered exchange"), a live page's
    stamp before it or not ("12:05 GMT - Russian delegation arrives"). A headline's present
    tense tells what has happened."""
    text = doc_text(sent.doc)
    end = sent.start_char + len(sent.text.rstrip())
    line_start = stamp_end(text, sent.start_char)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    words = text[sent.start_char:end].split()
    # (a stop inside the closing quotation mark ends a sentence too: '… posted: "Shop now."')
    last = text[sent.start_char:end].rstrip("\"'”’»")[-1:]
    return bool(words) and len(words) <= 20 and not text[line_start:sent.start_char].strip() \
        and not text[end:line_end].strip() and last not in ".!?:;," and words[0][:1].isupper()


def _headline_line(line: str, following: str) -> bool:
    """Whether ``line``, above the story's first sentence, is a headline or standfirst of its
    own: no sentence end, not cut on an open word, and the line after it starts anew with a
    capital ("Gaza ceasefire deal: Netanyahu delays cabinet vote\nHamas denies …")."""
    words = line.split()
    nxt = following.lstrip()[:1]
    # (a headline may end on a quoted word: "… vows to press on to 'total victory'")
    last = words[-1].rstrip("'\"’”") if words else ""
    return bool(words) and len(line) <= 200 and last[-1:].isalnum() \
        and last.lower() not in _OPEN_ENDS and (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'")


def _title_cased(line: str) -> bool:
    """Whether ``line`` capitalises every word but the small ones, as a headline or a subhead
    in the middle of a story does ("Republicans’ Long, Uneasy History With Race"); prose
    wrapped at a line's end does not."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= 3 and all(w[0].isupper() or w.lower() in _SMALL_TITLE_WORDS for w in words)


# Words a headline in title case may leave in lower case.
_SMALL_TITLE_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "to", "for",
                                "at", "by", "with", "from", "as", "vs", "vs.", "via", "per"})


def _furniture_line(line: str, kind: ParagraphKind | None) -> bool:
    """Whether a line on its own, of ``kind``, is a page's furniture (a short one), a byline, a
    credit line or an agency tag ("Reporting by …; additional reporting by …; Editing by …"
    runs long)."""
    return kind == "signature" and len(line) <= 240 or kind == "boilerplate" and len(line) <= 80


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the blanks around its text."""
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())


# A year run into the time after it, and a stamp's word run into what came before it, as
# pages extracted without their markup print them ("October 9, 20254:21 PM GMT+1Updated 2
# hours ago", "July 22, 202514:07").
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d)")
_GLUED_WORD = re.compile(r"(?<=[\da-z])(?=(?:Updated|Published|Posted)\b)")


def unglue_stamp(line: str) -> str:
    """``line`` with a space put back between a date's year and the time run into it, and
    before a stamp's word run into the word before it."""
    return _GLUED_WORD.sub(" ", _GLUED_YEAR.sub(r"\1 ", line))


def classify_text(text: str, rules: StructureRules | None = None) -> tuple[ParagraphKind, str]:
    """Classify one paragraph from its text alone; returns ``(kind, reason)``."""
    rules = rules or load_rules()
    stripped = unglue_stamp(text.strip())
    bare = stripped.strip(" .-–—―()[]|/")
    if bare.casefold() in rules.agencies:
        return "signature", "agency signature"
    for pattern in rules.boilerplate:
        if pattern.search(stripped):
            return "boilerplate", "page furniture"
    if re.search(r"\b(?:19|20)\d\d\b", stripped) and (_DATE_ALONE.fullmatch(
            _DATE_LABEL.sub("", stripped).rstrip(".")) or re.search(r"[/\[]", stripped) and all(
            # ("MARCH 4, 2025 / 9:41 AM / UPDATED 2 HOURS AGO"; Press TV's "Wednesday, 11 June
            # 2025 6:12 PM [ Last Update: Wednesday, 11 June 2025 6:12 PM ]")
            _furniture(piece) for piece in re.split(r"[/\[\]]", stripped)) or _named_date(stripped)):
        # ("Thu 16 Jan 2025 10.42 GMT" under a headline; a live page's "6:05 p.m." stays, the
        # time of the entries after it)
        return "boilerplate", "date stamp"
    for pattern in rules.signature:
        if pattern.match(stripped):
            return "signature", "byline or credit line"
    for pattern in rules.caption:
        if pattern.search(stripped):
            return "caption", "photo credit"
    return "body", ""


# A photo credit inside a paragraph, where a scraped page spliced a caption into the story:
# "... REUTERS/Mohammed Salem", "(Xinhua/Rizek Abdeljawad)", "(Photo: Ali Jadallah)".
_CREDIT = re.compile(
    r"\b(?:EFE|REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|GETTY IMAGES)(?:\s*/\s*(?:EFE|EPA|AFP|AP|POOL))*\s*/\s*"
    # (the photographer's name stays on its line: "REUTERS/Stringer\nTwo diplomats said …";
    # EFE's in capitals after the agencies that took it: "EFE/EPA/HAITHAM IMAD")
    r"(?:[A-Z][a-z][\w.'-]*(?:[ \t]+(?!(?:The|A|An|In|On|At|But|And|It|He|She|They|We|This|That|His|Her|Their)\b)"
    r"[A-Z][\w.'-]*){0,2}|[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,2}\b)"
    # (and the licensing link a Reuters page appends to it)
    r"(?:[ \t]*Purchase Licensing Rights(?:,[ \t]*opens new tab)?)?"
    r"|\((?:Photo|Picture|Image)\s*:\s*[^()]{2,60}\)|\([A-Za-z][\w.-]*(?:\s[\w.-]+)?\s*/\s*[A-Z][\w.' -]{1,40}\)"
    # (the agency alone, after the full date captions end with: "…, Nov 17, 2024. (AFP)")
    r"|(?<=\d{4}\. )\((?:AFP|Reuters|REUTERS|AP|EFE|Xinhua|XINHUA|Anadolu|Getty Images)\)")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z“\"])")
_CAPTION_MAX_CHARS = 300
_MIN_REPEATED_CHARS = 40
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", "»", ")", "…", ":", "]")


def photo_credits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the photo credits in ``text[start:end]`` ("REUTERS/Mohammed Salem"),
    which name the agency and the photographer, no one in the story."""
    return [m.span() for m in _CREDIT.finditer(text, start, end)]


def _credit_end(text: str, credit: re.Match[str], end: int) -> int | None:
    """Where the photo credit ``credit`` ends, a sentence starting after it: the name may
    have taken the next sentence's first word ("REUTERS/Amir Cohen Israel's military said"),
    which is given back (a photographer's first two names stay). None when no sentence
    starts after it."""
    stop = credit.end()
    slash = text.rfind("/", credit.start(), stop)
    while True:
        after = text[stop:end].lstrip()[:1]
        if not after or after.isupper() or after in "\"“‘'(":
            return stop
        name = text[slash + 1:stop].split() if slash >= 0 else []
        if len(name) <= 2:
            return None
        stop = text.rfind(" ", slash, stop)


def _unsplice(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut around the captions spliced into it: each is the sentence before
    a photo credit, with the credit ("… said on Tuesday. Palestinians inspect the rubble in
    Rafah, March 4, 2025. REUTERS/Mohammed Salem The talks …" is three pieces)."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for credit in _CREDIT.finditer(text, start, end):
        before = text[pos:credit.start()].rstrip()
        credit_end = _credit_end(text, credit, end)
        if not before.endswith(".") or credit_end is None:
            continue  # (a caption ends before its credit, a sentence starts after it)
        before = before.rstrip(".")
        bounds = [m.end() for m in _SENTENCE_END.finditer(before)]
        caption_start = pos + bounds[-1] if bounds else pos
        if credit_end - caption_start > _CAPTION_MAX_CHARS:
            continue
        if caption_start > pos:
            pieces.append((pos, caption_start))
        pieces.append((caption_start, credit_end))
        pos = credit_end
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if any(c.isalnum() for c in text[s:e])]


# Page furniture a scraped page joins to the story with pipes ("BEIJING, March 4 (Xinhua) --
# | Xinhua | Updated: 2024-03-04 10:21 | China will …"): a label and its value, a date or
# time alone, or a short name (the agency, the section).
_FURNITURE_LABEL = re.compile(
    r"(?:last\s+)?(?:updated?|published|posted|modified|source|editor|edited by|author|reporter|"
    r"reporting by|writing by|by|photo|video|file)\b\s*:?\s*\S.{0,60}", re.IGNORECASE)
_DAY_WORD = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
# (with "at" before the time and a zone after it: "Sunday 19 October 2025 at 08:43", "Oct. 19,
# 2025 at 8:43 a.m. EDT", "20 Oct 2025, 14:21 GMT+3")
_DATE_ALONE = re.compile(rf"(?:[\d:./,+-]+|{MONTH}|{_DAY_WORD}|(?:gmt|utc)(?:[+-]\d{{1,2}})?|[ap]\.?m\.?|at\b"
                         r"|\b(?:[ecmp][sd]?t|bst|ist|cet|cest|eet|eest|msk|jst|ast)\b|\s)+", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:date|dated)\s*:\s*", re.IGNORECASE)  # ("Date: 12/02/2025")
_NAME_ALONE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|de|and|&)){0,3}")
# A date with a section's or an outlet's name beside it, as a page's head sets its stamp: UN
# News's "13 October 2025 Peace and Security", Al-Ahram's "Ahram Online , Tuesday 6 May 2025"
# (a document's title set off from its date by a dash stays a title: "Press Briefing – March 4,
# 2025").
_NAMED_DATE = re.compile(rf"(?:{_NAME_ALONE.pattern})\s*,\s*(?P<after>(?i:{_DATE_ALONE.pattern}))"
                         rf"|(?P<before>(?i:{_DATE_ALONE.pattern}))[|–-]?\s*(?:{_NAME_ALONE.pattern})")


# A month's name or its abbreviation as a word ("Dec" but not "Declared").
_MONTH_WORD = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
                         r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", re.IGNORECASE)


def _named_date(line: str) -> bool:
    """Whether ``line`` is a full date (a month named, its year) beside a name of up to four
    words and nothing else."""
    match = _NAMED_DATE.fullmatch(line)
    date = match and (match.group("after") or match.group("before")) or ""
    return bool(_MONTH_WORD.search(date) and re.search(r"\b(?:19|20)\d\d\b", date))


def _furniture(segment: str) -> bool:
    """Whether a piece of text between pipes is page furniture rather than story."""
    words = segment.strip()
    return not words or _DATE_ALONE.fullmatch(words) is not None or _NAME_ALONE.fullmatch(words) is not None \
        or _FURNITURE_LABEL.fullmatch(words) is not None


def _unpipe(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """``[start, end)`` cut around the runs of furniture between its pipes, each piece with
    whether it is furniture (a run takes the pipes around it)."""
    pipes = [start + m.start() for m in re.finditer(r"\|", text[start:end])]
    if not pipes:
        return [(start, end, False)]
    bounds = [start - 1, *pipes, end]  # (segment k lies between bounds k and k + 1)
    furniture = [_furniture(text[bounds[k] + 1:bounds[k + 1]]) for k in range(len(bounds) - 1)]
    pieces: list[tuple[int, int, bool]] = []
    for flag, run in itertools.groupby(range(len(furniture)), key=furniture.__getitem__):
        ks = list(run)
        first, last = ks[0], ks[-1]
        # (furniture stands at a paragraph's edges, or right after its dateline; pipes in the
        # middle of a sentence, "pick one: Trump | Clinton | Neither", are the writer's)
        flag = flag and (first == 0 or last == len(furniture) - 1 or first == 1 and find_dateline(
            text[start:bounds[1]] + " A") is not None)
        if flag:  # (with the pipe before and after it)
            piece = (max(bounds[first], start), min(bounds[last + 1] + 1, end), True)
        else:
            piece = (bounds[first] + 1, bounds[last + 1], False)
        if pieces and not flag and not pieces[-1][2]:
            pieces[-1] = (pieces[-1][0], piece[1], False)  # (story on both sides of a pipe)
            continue
        pieces.append(piece)  # (each run starts where the one before it ends)
    return [(s, e, f) for s, e, f in pieces if text[s:e].strip()]


def _repeated_captions(text: str, pieces: list[tuple[int, int, ParagraphKind, str]]
                       ) -> list[tuple[int, int, ParagraphKind, str]]:
    """Body pieces cut around the words of a caption found elsewhere on the page (a caption
    repeated inside the story, without its credit this time)."""
    # (with its credit or without: the copy inside the story may keep it)
    captions = {form for s, e, kind, _ in pieces if kind == "caption"
                for form in (_CREDIT.sub("", text[s:e]).strip(), text[s:e].strip())}
    captions = {c for c in captions if len(c) >= 30}
    out: list[tuple[int, int, ParagraphKind, str]] = []
    for start, end, kind, reason in pieces:
        # (the longest copy first where two start at one place)
        found = sorted(((m, m + len(c)) for c in captions if kind == "body"
                        for m in [text.find(c, start, end)] if m >= 0 and (m, m + len(c)) != (start, end)),
                       key=lambda span: (span[0], -span[1]))
        pos = start
        for s, e in found:
            if s < pos:
                continue
            if text[pos:s].strip():
                out.append((pos, s, "body", ""))
            out.append((s, e, "caption", "a caption repeated inside a paragraph"))
            pos = e
        if pos == start:
            out.append((start, end, kind, reason))
        elif text[pos:end].strip(" .,;"):
            out.append((pos, end, "body", ""))
    return out


# The mark an agency ends its story with ("… in Gaza. Enditem", "(END)", "-- END --"), which
# a page may leave on the last paragraph: no words of the story (nor a cut-off sentence).
_END_MARK = re.compile(r"(?:(?<=[.!?\"”’)])|(?<=[.!?\"”’)]\s))\s*(?:Enditem|ENDITEM|\(END\)|/END/|[-–—]{1,2}\s*END\s*[-–—]{0,2}|###|-30-|[■□●◆▪])\s*$")


# The agency's name signing off the last sentence: '… to demand "an agreement now". EFE'.
_SIGN_OFF = re.compile(r"(?<=[.!?\"”’)])\s+(?P<agency>[A-Z][\w/.-]*(?:\s+[A-Z][\w/.-]*)?)\s*$")


def _end_marker(text: str, start: int, end: int, rules: StructureRules) -> tuple[int, tuple[int, int] | None]:
    """Where ``[start, end)`` ends without its end-of-story marker (or the agency's name
    signing it off), and the marker's span."""
    mark = _END_MARK.search(text, start, end)
    if mark is None:
        sign = _SIGN_OFF.search(text, start, end)
        mark = sign if sign is not None and sign.group("agency").strip(" .").casefold() in rules.agencies else None
    if mark is None or mark.start() == start:
        return end, None
    words = mark.start() + len(mark.group()) - len(mark.group().lstrip())
    return mark.start(), (words, end)


# An agency's slug before its headline ("UPDATE 2-Israel pulls negotiators …",
# "EXCLUSIVE-Hamas …"): the wire's label for the version, no words of the story.
_SLUG = re.compile(r"(?P<slug>(?:UPDATE|WRAPUP|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|"
                   r"RPT|URGENT|BREAKING)(?:\s+\d+)?\s*-)\s*(?=[A-Z\"“‘'])")


def segment(text: str, rules: StructureRules | None = None) -> list[Paragraph]:
    """Split ``text`` into paragraphs classified from their text alone (no parse needed).

    Captions a scraped page spliced into a paragraph are cut out of it: the sentence before a
    photo credit, and the words of a caption the page also shows on its own.
    """
    rules = rules or load_rules()
    pieces: list[tuple[int, int, ParagraphKind, str]] = []
    for start, end, furniture in (p for whole in split_paragraphs(text, rules) for p in _unpipe(text, *whole)):
        if furniture:
            pieces.append((start, end, "boilerplate", "page furniture between pipes"))
            continue
        slug = _SLUG.match(text, start, end)
        if slug is not None:
            pieces.append((start, slug.end("slug"), "boilerplate", "agency slug"))
            start = slug.end()
        end, marker = _end_marker(text, start, end, rules)
        for piece_start, piece_end in _unsplice(text, start, end):
            kind, reason = classify_text(text[piece_start:piece_end], rules)
            if (piece_start, piece_end) != (start, end) and kind == "caption":
                reason = "photo credit inside a paragraph"
            pieces.append((piece_start, piece_end, kind, reason))
        if marker is not None:
            pieces.append((*marker, "signature", "end-of-story marker"))
    trimmed = [(*_stripped(text, s, e), k, r) for s, e, k, r in _repeated_captions(text, pieces)]
    trimmed = _sidebars(text, trimmed, rules)
    paragraphs = [Paragraph(i, s, e, k, text[s:e], r) for i, (s, e, k, r) in enumerate(trimmed)]
    # A page that shows a block of the story twice: the copy is no news of its own (its quotes
    # and events would be counted twice).
    first_seen: dict[str, int] = {}
    for paragraph in paragraphs:
        if paragraph.kind != "body" or len(paragraph.text) < _MIN_REPEATED_CHARS:
            continue
        seen = first_seen.setdefault(paragraph.text, paragraph.index)
        if seen != paragraph.index:
            paragraph.kind, paragraph.reason = "boilerplate", f"repeats paragraph {seen}"
        elif _pull_quote(text, paragraph):
            paragraph.kind, paragraph.reason = "boilerplate", "pull quote: repeats words the story quotes"
    return paragraphs


# A paragraph that is one quotation and nothing else, as a page sets a pull quote.
_WHOLE_QUOTATION = re.compile(r"^[\"“«‘']\s*(?P<words>[^\"“”«»]{20,}?)[\s.,]*[\"”»’'][\s.]*$")


def _pull_quote(text: str, paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is a pull quote: a bare quotation whose words the story also
    gives elsewhere (it would be a second, unattributed copy of the same statement)."""
    match = _WHOLE_QUOTATION.match(paragraph.text)
    if match is None:
        return False
    # (pages trim or re-open the words they pull: "Hamas is committed to …" of "the group was
    # “committed to …”"; most of its runs of four words are the story's)
    def runs(words: list[str]) -> set[tuple[str, ...]]:
        return {tuple(words[k:k + 4]) for k in range(len(words) - 3)}

    quoted = runs(re.findall(r"\w+", match.group("words").lower()))
    rest = runs(re.findall(r"\w+", (text[:paragraph.start] + " \n " + text[paragraph.end:]).lower()))
    return len(quoted) >= 3 and len(quoted & rest) >= 0.7 * len(quoted)


_LIST_ITEM = re.compile(r"^[-–—•*·▪►]\s")


def _sidebars(text: str, pieces: list[tuple[int, int, ParagraphKind, str]],
              rules: StructureRules) -> list[tuple[int, int, ParagraphKind, str]]:
    """A page's list of other stories ("Related coverage" and the items after it, "- Hamas
    says it accepts …"): headlines of other days, not this story's news."""
    out: list[tuple[int, int, ParagraphKind, str]] = []
    listing = False
    for start, end, kind, reason in pieces:
        piece = text[start:end].strip()
        first, _, rest = piece.partition("\n")
        if any(p.search(piece) for p in rules.sidebar_headings) or rest and any(
                p.search(first.strip()) for p in rules.sidebar_headings) and _headlines(rest.strip(), rules.sidebar_markers):
            # (or its heading and items in one piece: "Keep reading\nlist of 4 items\n…")
            listing = True
            out.append((start, end, "boilerplate", "heading of a list of other stories"))
        elif listing and not LIVE_STAMP.match(piece) and (
                _LIST_ITEM.match(piece) or kind == "body" and _headlines(piece, rules.sidebar_markers)
                or any(m.search(piece) for m in rules.sidebar_markers)):
            # (not a live page's next stamped entry: the story again)
            out.append((start, end, "boilerplate", "list of other stories"))
        else:
            listing = False
            out.append((start, end, kind, reason))
    return out


def _headlines(piece: str, markers: Sequence[re.Pattern[str]] = ()) -> bool:
    """Whether each line of ``piece`` reads as a headline: a short line that starts with a
    capital and has no full stop at its end (the items of a list of other stories that has no
    bullets: "Related coverage\nEgypt urges restraint as refugees cross border"), or is one of
    ``markers`` ("list of 3 items", "end of list")."""
    lines = [line.strip() for line in piece.splitlines() if line.strip()]
    return bool(lines) and all(any(m.search(line) for m in markers) or len(line) <= 150 and (
        line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'") and not line.endswith((".", ":", ";", ","))
        for line in lines)


def story_dateline(text: str, paragraphs: Sequence[Paragraph]) -> Dateline | None:
    """The story's dateline (:func:`~dateline.datelines.find_story_dateline`), looked for from
    the first paragraph that is not page furniture: a cookie banner, a breadcrumb trail or a
    share widget above the headline is no line of the story's head, nor is a stamp, a byline
    or a widget between the headline and the story ("Published 2 hours ago", "By Staff
    Writer", "Share on Facebook"): the lines of the head are counted without them."""
    for body, paragraph in enumerate(p for p in paragraphs if p.kind == "body"):
        found = find_story_dateline(text, paragraph.start)
        words = paragraph.text.strip()
        if found is not None or body == LINES_BEFORE or len(words.split()) > 40 \
                or words.endswith((".", "\"", "”")):
            return found
    return None


def split_by_captions(paragraphs: Sequence[Paragraph]) -> list[str]:
    """Notes on the sentences a page split around a photo caption ("… negotiations remain",
    the caption, "stalled, according to …"): the story is read on either side of it."""
    notes = []
    for before, caption, after in zip(paragraphs, paragraphs[1:], paragraphs[2:]):
        if caption.kind == "caption" and before.kind == "body" and after.kind == "body" \
                and not before.text.rstrip().endswith(_SENTENCE_ENDS) and after.text[:1].islower():
            notes.append(f"a photo caption ('{caption.text[:40]}…') interrupts a sentence "
                         f"('…{before.text[-25:]}' / '{after.text[:25]}…'): read on either side of it")
    return notes


def cut_off(paragraphs: Sequence[Paragraph]) -> str | None:
    """The last words of a story that stops mid-sentence (a page cut off, a feed's excerpt),
    or None: its last body paragraph is a sentence with no end."""
    body = [p for p in paragraphs if p.kind == "body"]
    if not body:
        return None
    last = body[-1].text.rstrip()
    if last.endswith(_SENTENCE_ENDS) or len(last.split()) < 8:
        return None
    return last[-40:].split(" ", 1)[-1] if len(last) > 40 else last


# A list item's bullet, and a word that is only one.
_BULLETS = "*•·▪‣◦–-"
_BULLET_WORDS = frozenset(_BULLETS)
_BULLET = re.compile(r"\s*[" + re.escape(_BULLETS) + r"]\s")


def is_list_item(text: str) -> bool:
    """Whether ``text`` (a paragraph, a line) starts as an item of a bulleted list."""
    return _BULLET.match(text) is not None


def opens_list_item(sent: Span) -> bool:
    """Whether the sentence ``sent`` is an item of a bulleted list (each is a sentence of
    its own, its bullet first: :class:`ParagraphSegmenter`)."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in _BULLET_WORDS and bool(first.whitespace_)


def _ends_with_colon(sent: Span) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def list_lead_in(item: Span) -> Span | None:
    """The sentence that introduces the bulleted list the sentence ``item`` is an item of,
    ending with a colon ("Here are the main terms of the draft:"), or None."""
    doc, sent = item.doc, item
    while sent.start > 0 and opens_list_item(sent):
        sent = doc[sent.start - 1].sent
    return sent if sent is not item and not opens_list_item(sent) and _ends_with_colon(sent) else None


def list_after(lead_in: Span) -> list[Span]:
    """The items of the bulleted list that the sentence ``lead_in``, ending with a colon,
    introduces (none when it introduces none)."""
    doc, items, end = lead_in.doc, [], lead_in.end
    while _ends_with_colon(lead_in) and end < len(doc) and opens_list_item(doc[end].sent):
        items.append(doc[end].sent)
        end = items[-1].end
    return items


#: A page's labels of what it shows, before a colon ("Photo: …", "FILE PHOTO: …", "WATCH: …"):
#: what is shown, not who says it.
MEDIA_LABELS = frozenset({"photo", "photos", "file", "video", "videos", "image", "images", "audio", "footage",
                          "watch", "listen", "gallery", "picture", "pictures", "graphic", "map", "caption",
                          "credit", "top", "above", "pictured"})


def _speaker_heading(words: list[Token]) -> bool:
    """Whether ``words`` read "Speaker: what they said", a headline's attribution: up to four
    words of a name the recogniser knows before a colon, not a page's label."""
    colon = next((k for k, t in enumerate(words[:4]) if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ":"), None)
    if colon is None or words[0].lower_ in MEDIA_LABELS:
        return False
    return all(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words[:colon + 1])


def _looks_like_caption(span: Span, rules: StructureRules) -> str | None:
    """Why a parsed body paragraph reads as a photo caption, or None.

    A caption is one short sentence with no quotation, no reporting verb and no subordinate
    clause that either has no verb at all ("Portraits of hostages held since ...") or
    describes a scene in the present tense at a named place ("Residents inspect the rubble
    in Rafah", "Aid is unloaded at Al-Arish"), with no date unless it is the full date
    agencies append to captions ("..., in Kathmandu, March 4, 2025."). A scene is seen, so
    not asked, denied, intended or told with a pronoun ("she puts aside …", "Obama deems …
    a reasonable trade-off", "Republicans oppose the bill" are news).
    """
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or len(words) > rules.caption_max_words:
        return None
    if _QUOTE_CHARS.search(span.text) or is_list_item(span.text) or LIVE_STAMP.match(span.text):
        # (an item of a list is the story's: "* Up to 200 trucks of aid to enter Gaza each
        # day."; a live page's stamped entry heading too: "12:15 GMT - Netanyahu's office: No deal")
        return None
    if _speaker_heading(words):
        return None  # (a live page's entry heading under its stamp: "Hamas: no deal without end to war")
    sents = span.sents  # type: ignore[attr-defined]
    sentences = [s for s in sents if any(not t.is_space for t in s)]
    if len(sentences) != 1:
        return None
    if any(
        t.lemma_.lower() in rules.reporting_lemmas and (t.pos_ in ("VERB", "AUX") or t.lower_ == "according")
        for t in words
    ):
        return None
    if any(t.dep_ in ("ccomp", "mark", "advcl", "neg") for t in words):
        return None
    root = sentences[0].root
    if root.pos_ not in ("VERB", "AUX"):
        # Long "verbless" sentences are usually misparsed news ("The draft, circulated by
        # ..., provided for ..."), and so is one with a finite verb ("The move enraged
        # critics, …" parsed around a noun): only short, truly verbless ones are captions.
        verbless = not any(t.tag_ in _FINITE_TAGS for t in words)
        return "verbless description" if verbless and len(words) <= rules.caption_max_words * 2 // 3 else None
    if any(t.tag_ in ("VBD", "MD") for t in words) or span.text.rstrip().endswith("?"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" or c.dep_ == "xcomp" for c in root.children):
        return None
    if not any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" and t.dep_ == "pobj"
               and t.head.lower_ in LOCATIVE_PREPOSITIONS for t in words):
        return None  # (the tagger reads some towns as people: "in Khan Younis")
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    present = root.tag_ in _PRESENT_TAGS or (
        root.tag_ in ("VBN", "VBG") and any(a.tag_ in _PRESENT_TAGS for a in auxiliaries)
        and not any(a.lemma_ == "have" for a in auxiliaries)
    )
    if not present or root.lemma_.lower() in rules.stative_lemmas:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in words)
    if dated and not _CAPTION_DATE.search(span.text):
        return None
    return "present-tense scene description"


@Language.factory("dateline_paragraphs_v1", default_config={"rules_path": None})
def make_paragraphs(nlp: Language, name: str, rules_path: str | None) -> ParagraphSegmenter:
    """Segment paragraphs and mark sentence starts; runs before the parser. Also teaches the
    tokenizer the abbreviated titles it splits from their full stop, so that no sentence ends
    after "Brig." or "Lt." ("a spokesman for the army, Brig. Gen. Nabil Abdallah, said")."""
    rules = load_rules(rules_path)
    tokenizer: Any = nlp.tokenizer  # (a spaCy Tokenizer; the stubs allow any callable)
    for title in rules.title_abbreviations if hasattr(tokenizer, "add_special_case") else ():
        tokenizer.add_special_case(title, [{ORTH: title}])
    _split_glued_quotation_marks(tokenizer)
    _read_marks_as_quotes(nlp)
    return ParagraphSegmenter(rules)


# Quotation marks of other languages' typography that translated copy keeps, with the mark
# the English tagger knows: it reads "»" as a noun ("…hostages», declared Netanyahu" then
# has no quotation before its cue).
_FOREIGN_MARKS = {"«": '"', "»": '"', "„": '"', "‟": '"', "‹": "'", "›": "'", "‚": "'"}


def _read_marks_as_quotes(nlp: Language) -> None:
    """Give the foreign quotation marks the word features of English ones (what the tagger
    and parser see of a word: its norm, affixes and shape); the text stays as written."""
    for mark, english in _FOREIGN_MARKS.items():
        lexeme, model = nlp.vocab[mark], nlp.vocab[english]
        lexeme.norm_, lexeme.prefix_, lexeme.suffix_, lexeme.shape_ = model.norm_, model.prefix_, model.suffix_, model.shape_


# Quotation marks that pages glue to the words around them ("Ryan said,“Look …", "…
# campaign.”Then he left", "wrote:\"No"): the tokenizer keeps "said,“Look" one word, and the
# verb of saying is lost. Split off the mark, and a comma or colon glued before it.
_GLUED_MARKS = (
    r"(?<=\w)[,:;](?=[“„«\"])",
    r"(?<=[\w,.:;!?])[“„«](?=[\w‘'])",
    r"(?<=[\w.,;!?])[”»](?=\w)",
    r"(?<=[,:])\"(?=\w)",
)


def _split_glued_quotation_marks(tokenizer: Any) -> None:
    finditer = getattr(tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or _GLUED_MARKS[0] in pattern:
        return  # (not a spaCy tokenizer, or already taught)
    tokenizer.infix_finditer = re.compile("|".join((*_GLUED_MARKS, pattern))).finditer


@Language.factory("dateline_structure_v1", default_config={"rules_path": None})
def make_structure(nlp: Language, name: str, rules_path: str | None) -> StructureClassifier:
    """Classify paragraphs as body, caption, signature or boilerplate."""
    return StructureClassifier(load_rules(rules_path))


def _split_platform_stops(doc: Doc) -> None:
    """"… Gallant wrote on X. Lebanon's prime minister …": the tokenizer reads "X." as an
    initial and the sentence runs on; after "on" or "via", it is the platform and a full stop."""
    dotted = [t for t in doc if t.text == "X." and t.i > 0 and doc[t.i - 1].lower_ in ("on", "via")]
    if not dotted:
        return
    stops = {t.idx + 1 for t in dotted}  # (where each full stop stands)
    with doc.retokenize() as retokenizer:
        for token in dotted:
            retokenizer.split(token, ["X", "."], heads=[(token, 1), (token, 1)])
    for token in doc[1:]:
        if doc[token.i - 1].idx in stops and not token.is_space:
            token.is_sent_start = True


def _clock_goes_on(doc: Doc, i: int) -> bool:
    """Whether the sentence runs on at ``i``, after a clock's "a.m."/"p.m.": a word in lower
    case, a time zone, or a place's name before "time" ("Moscow time", "local time")."""
    word = doc[i]
    return word.is_lower or word.text in TIME_ZONES or (
        i + 1 < len(doc) and doc[i + 1].lower_ == "time" and word.is_title)


#: Time zones as news prints them ("5 p.m. EST", "at 4am local time (02:00 GMT)").
TIME_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
                        "EET", "EEST", "MSK", "IST", "JST", "AST", "ET", "PT", "CT"})
_CLOSING_MARKS = frozenset({'"', "”", "''", "’", "»", "'"})
_FINAL_STOPS = frozenset({".", "!", "?", "…", "...", "?!"})


class ParagraphSegmenter:
    """Sets ``doc._.paragraphs`` from the text and starts a sentence at each paragraph."""

    def __init__(self, rules: StructureRules) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = segment(doc_text(doc), self.rules)
        starts = {p.start for p in paragraphs}
        # (a live page's stamp is a sentence of its own: "11:50 GMT -" then "Qatar says …",
        # which the parser would read with "GMT" as a name before the subject)
        stamps = {p.start: end for p in paragraphs if (end := stamp_end(doc_text(doc), p.start)) > p.start}
        starts |= set(stamps.values())
        inside = {t.i for t in doc if any(s < t.idx < e for s, e in stamps.items())} if stamps else set()
        _split_platform_stops(doc)
        # (the words after a clock's "a.m."/"p.m.", found on the doc's array)
        after_clocks = set((numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), [
            doc.vocab.strings.add(w) for w in ("a.m.", "p.m.")])) + 1).tolist())
        for token in doc:
            if token.idx in starts or token.text in _BULLET_WORDS and token.i and "\n" in doc[token.i - 1].text_with_ws:
                # (each item of a list is a sentence of its own, with its bullet: the parser
                # runs "- A seven-day truce\n- The release of …" into one)
                token.is_sent_start = True
                if token.text in _BULLET_WORDS and token.i + 1 < len(doc):
                    doc[token.i + 1].is_sent_start = False
            elif token.i in inside:
                token.is_sent_start = False
            elif token.i and doc[token.i - 1].idx in starts and token.is_alpha and doc[token.i - 1].is_alpha:
                # (no sentence ends after a paragraph's first word without a stop: the parser
                # made "Hamas" one after a line with no full stop, "Hamas official X said …")
                token.is_sent_start = False
            elif token.i in after_clocks and _clock_goes_on(doc, token.i):
                # ("between 8 p.m. and 11:40 p.m. Moscow time on June 10": the parser took the
                # abbreviation's stop for the sentence's, and the day went to a sentence of its own)
                token.is_sent_start = False
            elif token.i and token.text in _CLOSING_MARKS and doc[token.i - 1].text in _FINAL_STOPS \
                    and not doc[token.i - 1].whitespace_:
                # ('called the claim "beyond preposterous."': the parser would start the next
                # sentence with the closing mark, and the quotation would end outside its own)
                token.is_sent_start = False
        doc._.paragraphs = paragraphs
        doc._.dateline = story_dateline(doc_text(doc), paragraphs)
        if doc._.dateline is not None:
            # The story starts after the dateline: parsed with it, "Jerusalem (AFP) – Israel
            # on Thursday rejected …" loses its subject to the place.
            lead = next((t for t in doc if t.idx >= doc._.dateline.end), None)
            if lead is not None and lead.i > 0:
                lead.is_sent_start = True
                # ... and runs to its own full stop: the parser would otherwise end a
                # one-word sentence there ("Brazil | and Vietnam signed …").
                end = min((p.end for p in paragraphs if p.start <= lead.idx < p.end), default=len(doc_text(doc)))
                for token in doc[lead.i + 1 :]:
                    before = [t.text for t in doc[max(token.i - 2, 0) : token.i]]
                    if token.idx >= end or before[-1] in (".", "!", "?") or (
                            before[-1] in ("”", '"', "’") and before[0] in (".", "!", "?")):
                        break
                    token.is_sent_start = False
        return doc


def _trim_entities(doc: Doc) -> None:
    """Entities end at a line break: the recogniser can run a headline's last name into the
    break after it ("Trump\\n\\n"), and every layer reads its entities."""
    ents = list(doc.ents)
    if not any(t.is_space for e in ents for t in e):
        return
    trimmed: list[Span] = []
    for ent in ents:
        end = next((t.i for t in ent if t.is_space and "\n" in t.text), ent.end)
        start = ent.start
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            trimmed.append(Span(doc, start, end, label=ent.label))
    doc.ents = trimmed


class StructureClassifier:
    """Refines the text-level classification with the parse (captions without a credit)."""

    def __init__(self, rules: StructureRules) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        _trim_entities(doc)
        paragraphs: list[Paragraph] = doc._.paragraphs or segment(doc_text(doc), self.rules)
        parsed = doc.has_annotation("TAG") and doc.has_annotation("DEP")
        dateline = story_dateline(doc_text(doc), paragraphs)
        seen_body = False
        for paragraph in paragraphs:
            if paragraph.kind != "body":
                continue
            if not seen_body:
                # The lede is news even when it is short and in the present tense.
                seen_body = True
                continue
            if dateline is not None and paragraph.start == dateline.start:
                continue  # (a dateline on a line of its own is no caption: "ISTANBUL")
            if not parsed:
                continue
            span = doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
            if span is None:
                continue
            reason = _looks_like_caption(span, self.rules)
            if reason:
                paragraph.kind = "caption"
                paragraph.reason = reason
        doc._.paragraphs = paragraphs
        doc._.dateline = dateline
        _unstamp_entities(doc)
        return doc


def _unstamp_entities(doc: Doc) -> None:
    """Names start after a live page's stamp: the recogniser reads "12:15 GMT - Netanyahu's
    office" as the organisation "GMT - Netanyahu's"."""
    text = doc_text(doc)
    ents, changed = [], False
    for ent in doc.ents:
        end = stamp_end(text, ent.start_char)
        if end > ent.start_char:
            changed = True
            first = next((t.i for t in ent if t.idx >= end), None)
            if first is None:
                continue
            ent = Span(doc, first, ent.end, label=ent.label_)
        ents.append(ent)
    if changed:
        doc.ents = ents
