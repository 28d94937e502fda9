"""Wire datelines: the place, day and agency tag that open a story.

``CAIRO, March 5 (Reuters) - ``, ``BISHKEK, March 20. /TASS/. ``, ``Cairo (AFP) – ``,
``Gaza City (Palestinian Territories) (AFP) – ``, ``Jan 16 (Reuters) - `` (no place), ``GAZA CITY, Gaza Strip — ``, ``Damascus, SANA- 10/03/2025``, ``Jerusalem / Cairo,
May 7 (EFE).- `` (a story filed from two places), ``November 6, 2025 (KHARTOUM) – `` (the day first). The readers compare the dateline's day with the page's date
(:func:`dateline.readers.reconcile_dateline`); the structure layer records the dateline so
later layers neither take its place for an actor nor its words for evidence, and the events
layer uses its place when a clause names none.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["LINES_BEFORE", "MONTH", "Dateline", "find_dateline", "find_story_dateline"]

#: A month name or its abbreviation ("March", "Jan.", "Sept").
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# (after the day, translated copy keeps its language's lower case: "Jerusalem, 6 may (EFE).-")
_ANY_CASE_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# The place is in capitals or followed by an agency tag; a dash, or the tag itself, ends it.
# (The story follows, or the page furniture a scraped page put between: "-- | Xinhua | …".)
# Letters of place names, accents included ("Bogotá", "São Paulo", "Şanlıurfa").
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_AL = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_DATELINE = re.compile(
    rf"""(?P<place>[{_UP}][{_AL}.'’ -]{{1,40}}?(?:\s*/\s*[{_UP}][{_AL}.'’ -]{{1,40}}?)?)  # ("Jerusalem / Cairo")
    (?:,\s*(?P<region>[{_UP}][{_AL}.' ]{{1,30}}?))?
    (?:\s*\((?P<area>[{_UP}][{_AL}.' ]{{1,30}})\)(?=\s*[(/]))?
    (?:,?\s+{_WEEKDAY}(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_ANY_CASE_MONTH}))
       (?:,?\s*(?P<year>(?:19|20)\d\d))?[.,]?  # (WAFA's comma before the tag: "Ramallah, March 2, (WAFA) -";
                                       # the year with no comma: "Beirut, 9 October 2025 (AFP) -")
       (?:\s*(?:/\s*)?(?P<initials>[A-Z]{{2,8}})(?=\s*(?:--|[–—―-])))?)?  # (the tag bare after the day: "GAZA, February 14, 2024, WAFA -",
                                       # or after a slash: "Ramallah, February 20 / WAFA -")
    \s*(?P<agency>\(\s*[A-Za-z][\w .&-]{{1,30}}\)|/\s*[A-Za-z][\w .&-]{{1,20}}/\.?)?
    \s*(?:\.?(?P<dash>--|[–—―:]|-(?=\s|[A-Z][a-z])|(?<![A-Za-z])-)\s*|(?<=[)/.])\s+)(?=[A-Z“"'‘.|])
                                       # (a hyphen between capitals joins a name: "DEIR AL-BALAH";
                                       # "GAZA CITY-Hamas said" is a dash)
    """, re.VERBOSE)


# Lower-case words inside place names ("Rio de Janeiro", "Dar es Salaam", "Port-au-Prince").
_PLACE_PARTICLES = frozenset({"de", "del", "della", "da", "do", "dos", "das", "di", "du", "la", "le",
                              "las", "los", "el", "al", "es", "en", "of", "the", "upon", "sur", "am", "y"})


class Dateline(NamedTuple):
    """Where a dateline starts and ends in the text, its place, and its month and day."""

    start: int
    end: int
    place: str
    #: Month name as written ("March", "Jan."), or None when the dateline names no day.
    month: str | None
    day: int | None


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline opening ``text[start:]`` (after blanks), or None.

    >>> find_dateline("CAIRO, March 5 (Reuters) - Hamas handed ...")
    Dateline(start=0, end=27, place='CAIRO', month='March', day=5)
    """
    while start < len(text) and text[start].isspace():
        start += 1
    lone = _LONE_PLACE.match(text, start) or _PLACE_AND_AGENCY.match(text, start)
    if lone is not None and _known_place(lone.group("place")) and _agency(lone.groupdict().get("agency")):
        return Dateline(start, lone.end(), lone.group("place"), None, None)
    bare = _NO_PLACE.match(text, start)
    if bare is not None and _agency(bare.group("agency").strip("() ")):
        return Dateline(start, bare.end(), "", bare.group("month"), int(bare.group("day")))
    first = _DATE_FIRST.match(text, start)
    if first is not None and (first.group("place").isupper() or _known_place(first.group("place"))):
        return Dateline(start, first.end(), first.group("place"), first.group("month"), int(first.group("day")))
    match = _DATELINE.match(text, start)
    if match is None:
        return None
    place = match.group("place").strip()
    capitals = place.upper() == place and sum(c.isalpha() for c in place) >= 3
    region = match.group("region")
    # (an agency's initials where a region goes, as IRNA sets its dateline: "Tehran, IRNA --")
    tagged = match.group("agency") or _agency(match.group("initials") or "") or region is not None and region.isupper() and len(region) >= 3 and _agency(region)
    # (a ministry's release dates its place in full, with no agency: "Cairo, 11 June 2025 –")
    dated = match.group("year") is not None and match.group("dash") in ("--", "-", "–", "—", "―")
    if not (capitals or tagged or dated):
        return None  # "Israel: The cabinet ..." is a sentence, not a dateline
    if any(w[0].islower() and w not in _PLACE_PARTICLES for w in place.split()):
        return None  # "It demands that the Rapid Support Forces (RSF) …" names no place
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    if not (month or tagged) and match.group("dash") in (None, ":") and not _known_place(place):
        return None  # ("ABSTRACT." over a paragraph, "FILE PHOTO:", "WATCH:": labels)
    return Dateline(start, match.end(), place, month, int(day) if day else None)


# The day, with its year, before the place in brackets, as some papers set the dateline
# ("November 6, 2025 (KHARTOUM) – The Rapid Support Forces …").
_DATE_FIRST = re.compile(
    rf"(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}),?\s+\d{{4}}\s*\((?P<place>[{_UP}][{_AL}.'’ -]{{1,40}}?)\)\s*[-–—]+\s*(?=[A-Z“\"‘])")


# The day and the agency, with no place, as a wire sets the dateline of a story filed from
# nowhere in particular ("Jan 16 (Reuters) - Israel and Hamas agreed …").
_NO_PLACE = re.compile(rf"{_WEEKDAY}(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s*(?:19|20)\d\d)?\s*"
                       rf"(?P<agency>\(\s*[A-Za-z][\w .&-]{{1,30}}\))\s*(?:--|[-–—―])\s*(?=[A-Z“\"'‘])")


# A place in capitals on a line of its own above the story, as some agencies' pages print the
# dateline ("ISTANBUL\nThe Palestinian group Hamas said …").
_LONE_PLACE = re.compile(rf"(?P<place>[{_UP}][{_UP}.'’ -]{{2,30}}?)[ \t]*\n\s*(?=[A-Z“\"‘])")


# A place and an agency's initials on a line of their own, as Gulf agencies set them ("Doha -
# QNA", "Abu Dhabi - WAM", "Riyadh - SPA"), or with the day in figures ("Damascus, SANA-
# 10/03/2025").
_PLACE_AND_AGENCY = re.compile(
    rf"(?P<place>[{_UP}][{_AL}.'’ -]{{1,30}}?)(?:[ \t]+[-–—][ \t]+|,[ \t]*)(?P<agency>[A-Z]{{2,6}})"
    rf"(?:[ \t]*[-–—][ \t]*[0-3]?\d[./-][0-3]?\d[./-](?:19|20)\d\d)?[ \t]*\n\s*(?=[A-Z“\"‘])")


def _agency(name: str | None) -> bool:
    """Whether ``name`` is a news agency the structure rules know (or no agency was asked for)."""
    from .structure import is_agency  # (the structure layer reads this module)

    return name is None or is_agency(name)


def _known_place(place: str) -> bool:
    """Whether the gazetteer knows ``place`` (written in capitals): "ANALYSIS" or "LIVE" on a
    line of its own is no dateline."""
    from .places import load_gazetteer  # (loaded only for such a line: it takes half a second)

    name = " ".join(w.lower() if w.lower() in _PLACE_PARTICLES else w.capitalize() for w in place.strip(" .").split())
    return bool(load_gazetteer().candidates(name))


_LINE = re.compile(r"[^\n]+")


def find_story_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline opening the story at ``start``, or opening a line after a headline and
    the page's short lines there: a page's text often begins with its title ("Mediators push
    for Gaza truce deal" then "CAIRO, March 4 (Reuters) - …"), and a stamp or a byline may
    come between ("Updated 3 hours ago", "By Staff | Published 2 hours ago"). Such a line is
    short and has no full stop at its end; up to four of them are passed over.
    """
    at = start
    for _ in range(LINES_BEFORE + 1):
        found = find_dateline(text, at)
        if found is not None:
            return found
        line = _LINE.search(text, at)
        if line is None or text[at:line.start()].strip():
            return None
        words = line.group().strip()
        # (a caption's line may run long: "FILE PHOTO: … January 7, 2024. REUTERS/Ronen Zvulun")
        if not words or len(words.split()) > 40 or words.endswith((".", "\"", "”")):
            return None
        at = line.end()
    return None


#: Short lines (a headline, a kicker, a stamp) passed over before a story's dateline.
LINES_BEFORE = 4

