"""Time: find temporal expressions and give each a TIMEX3 value against the publication date.

News dates events relative to the day it was written: "this Wednesday", "on Tuesday night",
"last week", "two days later", "since October 7", "a six-week truce". This layer finds
DATE, TIME, DURATION and SET expressions with patterns built from ``data/time_lexicon.json``
and resolves each at its true granularity (``2024-02-13TNI``, ``2024-W07``, ``2024-03``,
``P6W``, ``PAST_REF``) against ``doc._.dct``, the publication date. Bare weekdays and
month-days are placed in the past or future from the tense of the verb that governs them.

Span convention (the gold format's): a bare weekday keeps a preceding "on" ("on Tuesday");
other prepositions are left out ("since [October 7]", "in [2023]").

The events layer asks :func:`anchor_event` for the date that governs an event's clause.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._data import event_cue, read_data
from ._extensions import doc_text, earlier
from .holidays import occurrences
from .model import EventDate, Precision, Timex
from .structure import stamp_end

__all__ = ["TimeLexicon", "TimeTagger", "anchor_event", "load_lexicon", "tag_text"]

logger = logging.getLogger(__name__)

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)

_REFS = ("PAST_REF", "FUTURE_REF", "PRESENT_REF")


@dataclass(frozen=True, eq=False)  # hashed by identity: it keys the pattern cache
class TimeLexicon:
    """Words the patterns are built from (see ``data/time_lexicon.json``)."""

    weekdays: tuple[str, ...]
    months: dict[str, int]
    parts: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, float]
    vague: tuple[str, ...]
    past_ref: tuple[str, ...]
    future_ref: tuple[str, ...]
    present_ref: tuple[str, ...]
    future_lemmas: frozenset[str]
    set_words: dict[str, str]
    seasons: dict[str, str]
    approximators: tuple[str, ...]
    edge_modifiers: tuple[str, ...]
    #: The days of a month as ordinal words, "first" to "thirty-first", by day.
    day_ordinals: dict[str, int]
    #: Holidays by name (lower case, words apart) and the rule giving their days (``holidays.py``).
    holidays: dict[str, dict[str, Any]] = field(default_factory=dict)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> TimeLexicon:
    """Load the time lexicon from ``path`` or the packaged ``data/time_lexicon.json``."""
    data: dict[str, Any] = json.loads(read_data("time_lexicon.json", path))
    return TimeLexicon(
        weekdays=tuple(data["weekdays"]),
        months={k: int(v) for k, v in data["months"].items()},
        parts=dict(data["parts_of_day"]),
        units=dict(data["units"]),
        numbers={k: float(v) for k, v in data["numbers"].items()},
        vague=tuple(data["vague_quantities"]),
        past_ref=tuple(data["past_ref"]),
        future_ref=tuple(data["future_ref"]),
        present_ref=tuple(data["present_ref"]),
        future_lemmas=frozenset(data["future_lemmas"]),
        set_words=dict(data["set_words"]),
        seasons=dict(data["seasons"]),
        approximators=tuple(data["approximators"]),
        edge_modifiers=tuple(data["edge_modifiers"]),
        day_ordinals={word: day for day, word in enumerate(data.get("day_ordinals", ()), start=1)},
        holidays=dict(data.get("holidays", {})),
    )


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    #: A quick test the text must pass before the pattern is run over it (rare expressions
    #: whose patterns would otherwise try every word): a pattern to find, or words one of
    #: which the lower-cased text holds.
    gate: re.Pattern[str] | None = None
    words: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def _patterns(lexicon: TimeLexicon) -> tuple[_Pattern, ...]:
    wd = "(?:" + "|".join(w.capitalize() for w in lexicon.weekdays) + ")"
    full = [m for m in lexicon.months if len(m) > 4 or m in ("may", "june", "july")]
    abbr = [m for m in lexicon.months if m not in full]
    mon_full = "(?:" + "|".join(m.capitalize() for m in full) + ")"
    mon = "(?:" + mon_full + "|(?:" + "|".join(m.capitalize() for m in abbr) + r")\.?)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    part = "(?:" + _alt(lexicon.parts) + ")"
    num = r"(?:\d+(?:\.\d+)?|" + _alt(list(lexicon.numbers) + list(lexicon.vague)) + ")"
    unit = r"(?:seconds|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
    prep = r"(?i:in|since|until|till|by|during|from|to|through|before|after|of|throughout|between|and)"
    ci = re.IGNORECASE
    ones = "one|two|three|four|five|six|seven|eight|nine"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    # Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    spelled = (rf"(?:nineteen\s+(?:hundred\s+(?:and\s+)?)?(?:(?:{tens})(?:[- ](?:{ones}))?|{teens}"
               rf"|oh[- ](?:{ones}))|two\s+thousand(?:\s+(?:and\s+)?(?:(?:{tens})(?:[- ](?:{ones}))?"
               rf"|{teens}|{ones}))?)")
    season = "(?:" + _alt(lexicon.seasons) + ")"
    ordinal = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
    span_rel = r"(?:past|last|latest|next|coming|first|previous|following|final)"
    extra = r"(?:more|additional|consecutive|straight|full|trading|business|working)"
    table: list[tuple[str, str, int]] = [
        ("iso", rf"\b(?P<y>{year})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?\b", 0),
        ("mdy", rf"\b(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<d>{day})\s*,?\s+(?P<y>{year})\b", 0),
        ("dmy", rf"\b(?:(?P<wd>{wd}),?\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<mon>{mon})\s*,?\s+(?P<y>{year})\b", 0),
        # (translated copy says which way, a word TimeML leaves out of the expression: "until
        # next September 4", "the past 3 of August", "last Oct. 23")
        ("md", rf"\b(?:(?P<way>[Nn]ext|[Pp]ast|[Ll]ast|[Cc]oming)\s+)?(?P<span>(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<d>{day}))\b(?![\d,.]*\d)", 0),
        ("dm", rf"\b(?:(?P<way>[Nn]ext|[Pp]ast|[Ll]ast|[Cc]oming)\s+)?(?P<span>(?:(?P<wd>{wd}),?\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<mon>{mon_full}))\b", 0),
        # (translated copy spells the day: "since the seventh of October"; the lexicon's day_ordinals)
        *([("dm_word", (rf"\b(?:[Tt]he\s+)?(?P<dw>{_alt(lexicon.day_ordinals)})\s+of\s+(?P<mon>{mon_full})\b"
                        rf"(?:,?\s+(?P<y>{year})\b)?"), ci)] if lexicon.day_ordinals else []),
        ("my", rf"\b(?:(?P<mod>early|mid|late|[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?P<mon>{mon})(?:\s+of)?,?\s+(?:(?P<y>{year})|(?P<yw>{spelled}))\b", 0),
        ("month_rel_year", rf"\b(?P<mon>{mon_full})\s+(?P<rel>this|last|next)\s+year\b", 0),
        ("mod_month", rf"\b(?P<mod>early|mid|late|[Ee]arly|[Mm]id|[Ll]ate)[- ](?P<mon>{mon_full})\b", 0),
        ("rel_month", rf"\b(?P<rel>last|next|this|[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<mon>{mon_full})\b(?!\s+\d)", 0),
        ("prep_month", rf"\b{prep}\s+(?P<span>(?P<mon>{mon_full}))\b(?!\s+\d)", 0),
        ("year_prep", rf"\b(?:{prep})\s+(?P<span>(?P<y>{year}))\b(?!\s*(?:%|percent)|\s+[a-z]+s\b|[,.]\d)", ci),
        ("year_adj", rf"\b(?P<span>(?P<y>{year}))\s+(?=(?:general\s+|presidential\s+|parliamentary\s+)?(?:elections?|attacks?|war|ceasefire|truce|budget|census|agreement|accords?|summit|protests?|uprising|invasion|revolution|coup|earthquake|deal|law|constitution|offensive|talks)\b)", 0),
        ("year_mod", rf"\b(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)(?P<y>{year})\b(?!\s*(?:%|percent)|[,.]\d)", 0),
        ("year_words", rf"\b(?P<the>[Tt]he\s+year\s+)?(?P<yw>{spelled})\b", 0),
        ("fiscal_year", rf"\b[Ff]iscal(?:[- ]year)?\s+(?P<y>{year})\b", 0),
        ("decade", r"\b(?:[Tt]he\s+)?(?:(?:early|mid|late)(?:-|\s+))?(?P<dec>1[89]\d0|20\d0)s\b", 0),
        ("decade_words", rf"\b[Tt]he\s+(?:(?:early|mid-?|late)\s*)?(?P<dw>{'|'.join(t[:-1] + 'ies' for t in tens.split('|'))})\b", 0),
        ("decade_short", r"\b(?:[Tt]he\s+)?(?:(?:early|mid-?|late)\s*)?['’](?P<d2>\d0)s\b", 0),
        ("century", r"\b(?P<ord>1\d|20|21|[1-9])(?:st|nd|rd|th)[- ]century\b", 0),
        ("quarter", rf"\b(?:the\s+)?(?P<span>(?:(?P<y1>{year})\s+|(?P<rely>this|next|last)\s+year's\s+|(?P<ago>year-ago|year-earlier)\s+)?(?:fiscal[- ])?(?P<ord>{ordinal})[- ]quarter(?:\s+of\s+(?:(?P<y>{year})|(?:the\s+)?(?P<rely2>this|last|next|previous)\s+year))?)\b", ci),
        ("quarter_q", rf"\b[Qq](?P<q>[1-4])\s+(?P<y>{year})\b", 0),
        ("period_ref", rf"\b[Tt]he\s+(?:(?:(?P<which>latest|current|same|year-ago|year-earlier|(?P<y>{year}))\s+quarter)|(?:(?P<which2>latest|year-ago|year-earlier|(?P<y2>{year}))\s+period)|quarter)\b(?!-)", 0),
        ("year_ago_adj", r"\b(?P<ago>[Yy]ear-(?:ago|earlier))\b", 0),
        ("the_year", r"\b[Tt]he\s+(?P<mod>(?:(?:current|latest|full|fiscal|same|entire|whole)\s+)*)year\b(?![-'’]|\s+(?:old|\d|two|nineteen|before|after|earlier|later|ago))", 0),
        ("half", rf"\b(?:the\s+)?(?P<ord>first|second|last)\s+half\s+of\s+(?P<y>{year})\b", ci),
        ("season_of", rf"\b(?:the\s+)?(?P<season>{season})\s+of\s+(?:(?P<y>{year})|(?P<yw>{spelled}))\b", ci),
        ("season_year", rf"\b(?P<season>{season})\s+(?P<y>{year})\b", ci),
        ("season_rel", rf"\b(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+(?P<season>{season})\b", ci),
        ("the_season", rf"\b(?:the|this|that)\s+(?P<span>(?P<season>{season}))\b(?!\s+of)", ci),
        ("rel_weekday", rf"\b(?P<rel>this|next|last|past|coming|previous|This|Next|Last|Past)\s+(?P<wd>{wd})(?:\s+(?P<part>{part}))?\b", 0),
        ("weekday_part", rf"\b(?P<wd>{wd})\s+(?P<part>{part})\b", 0),
        ("on_weekday", rf"\b(?P<on>[Oo]n)\s+(?P<wd>{wd})\b(?!,?\s+(?:{mon}|{day}\b))", 0),
        # (a weekday, not a feast named after one: "the Good Friday Agreement")
        ("weekday", rf"(?<!Good )\b(?P<wd>{wd})\b(?!,?\s+(?:{mon}|{day}\b))", 0),
        ("day_word", rf"\b(?P<w>today|yesterday|tomorrow|tonight|Today|Yesterday|Tomorrow|Tonight)(?:\s+(?P<part>{part}))?\b", 0),
        ("day_part", r"\b(?P<w>last|this|Last|This)\s+(?P<part>morning|afternoon|evening|night)\b", 0),
        ("that_part", r"\b(?:that(?:\s+same)?|the\s+same)\s+(?P<part>morning|afternoon|evening|night)\b", ci),
        ("day_around", r"\bthe\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)\b", ci),
        ("the_weekend", r"\b[Tt]he\s+weekend\b", 0),
        # A holiday, by name: "before Ramadan", "last Christmas", "Easter 2025"; not a name
        # made of one ("the Good Friday Agreement", "the Yom Kippur War", "Easter Island").
        *([("holiday", (r"\b(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|past|coming))\s+"
                        r"(?:(?i:year)['’]s\s+)?)?(?P<h>(?=[A-Z])(?i:"
                        + "|".join(r"[-\s]+".join(w.replace("'", "['’]") for w in re.escape(name).split(r"\ "))
                                   for name in sorted(lexicon.holidays, key=len, reverse=True))
                        + rf"))(?:,?\s+(?P<y>{year}))?\b(?![-\s]+(?i:wars?|offensive|rising|uprising|agreement|"
                          r"accords?|island|islands|massacre|attack)\b)"), 0)] if lexicon.holidays else []),
        # A day of the month with no month, the one being told ("resumed on the 15th", "by
        # the 3rd of next month"); not "the 15th anniversary", "the 20th round of talks".
        ("day_of_month", (r"\b(?:on|by|until|till|since|from|before|after|between)\s+(?P<span>the\s+"
                          r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:\s+of\s+(?P<rel>this|last|next)\s+month)?)"
                          r"(?=\s*(?:[,.;:)]|$|and\b|or\b|(?:after|before|at|in|when|as|with|but|to|until|through|"
                          r"amid|following|while|if|is|was|will|would)\b))"), ci),
        # The week or month told of, as an edge names it: "by the end of the month".
        ("edge_unit", (r"\b(?:end|beginning|start|middle|close|rest|remainder)\s+of\s+(?P<span>the\s+"
                       r"(?P<unit>week|month))\b(?![-'’]|\s+(?:before|after|earlier|later|ago|of)\b)"), ci),
        ("the_day", r"\b(?:end|ending|ended|finish|finished|finishing|close|closed|closing|during|later\s+in|earlier\s+in|late\s+in|early\s+in|rest\s+of|for)\s+(?P<span>the\s+day)\b(?!\s+(?:before|after|when|that))", ci),
        ("the_following", r"\bthe\s+(?P<rel>following|next|previous|preceding|same)\s+(?P<unit>day|week|weekend|month|year|morning|afternoon|evening|night)\b", ci),
        ("rel_unit", r"\b(?:(?P<mod>early|late|earlier|later|mid-?)\s+)?(?:(?P<the>the)\s+(?=past|last|current|coming|next))?(?P<rel>this|next|last|past|coming|previous|current)\s+(?P<unit>week|weekend|month|year|quarter|decade)(?:\s+or\s+so)?\b", ci),
        ("ago", rf"\b(?P<n>{num})\s+(?P<unit>{unit})(?:\s+or\s+so)?\s+ago\b", ci),
        ("shift", rf"\b(?P<n>{num})\s+(?P<unit>{unit})\s+(?P<dir>later|earlier|before|after|afterwards)\b", ci),
        ("vague_shift", rf"\b(?P<unit>{unit})\s+(?P<dir>later|earlier|before|ago)\b", ci),
        ("ref", r"\b(?P<ref>" + _alt(lexicon.past_ref + lexicon.future_ref + lexicon.present_ref) + r")\b", ci),
        ("span_duration", rf"\b[Tt]he\s+{span_rel}\s+(?P<n>{num})(?:\s+(?:to|or)\s+(?P<n2>{num}))?(?:\s+{extra})?\s+(?P<unit>{unit}|quarters)\b", 0),
        ("duration", rf"\b(?P<n>{num}(?:\s+1/2)?)(?:\s+(?:to|or)\s+(?P<n2>{num}))?(?P<andhalf>\s+and\s+a\s+half)?(?:[- ]{extra})?[- ](?P<unit>{unit})(?P<half>\s+and\s+a\s+half)?(?:-long)?\b(?![- ]old)", ci),
        ("bare_duration", r"\b(?:for|over|within|in)\s+(?P<span>(?P<unit>days|weeks|months|years|decades|hours))\b", ci),
        ("plural_of", r"\b(?P<span>(?P<unit>days|weeks|months|years|decades))\s+of\b(?!\s+(?:the|a|an|this|last)\b)", ci),
        ("set_every", rf"\b(?:every|each)\s+(?P<wd>{wd})\b", ci),
        ("set_unit", r"\b(?:every|each)\s+(?P<unit>day|week|month|year|morning|night|evening)\b", ci),
        ("set_word", r"\b(?P<w>" + _alt(lexicon.set_words) + r")\b", ci),
        # A bare year ("sales in 1990 rose", "1996 was"), kept only where the parser's entity
        # recogniser also sees a date: "1990 troops" and "2000 people" are counts.
        ("year_bare", rf"\b(?P<y>{year})\b(?![,.]\d)", 0),
        ("clock", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?P<ampm>[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b))?(?:\s*(?P<tz>(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2})?))?", 0),
        ("clock_ampm", r"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)(?:\s*(?P<tz>(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2})?))?", 0),
        ("clock_word", r"\b(?P<w>noon|midnight|mid-?afternoon|mid-?morning)\b", ci),
        # Wire copy's four-figure times, with a zone or "hrs" to tell them from counts and
        # years: "at 1400 GMT", "0600 local time", "2330 hrs".
        ("clock_military", (r"(?<![\d,.])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*(?:hours\s+)?(?P<tz>GMT|UTC)\b"
                            r"|\s*(?:hrs|hours)?\s*local\s+time\b|\s*hrs\b)"), 0),
        # Dawn, dusk and the early hours after a preposition, a part of the day named nearby
        # ("at dawn on Tuesday", "in the early hours of Sunday"); lower case, as "Dawn" and
        # "Golden Dawn" are a newspaper and a party; "the early hours of Tuesday" is Tuesday,
        # as TimeML marks it.
        ("clock_light", (r"\b(?:at|before|after|until|till|by|since|around|from|near|in)\s+(?P<span>(?:the\s+)?"
                         r"(?-i:(?P<w>dawn|dusk|daybreak|sunrise|sunset|nightfall|early\s+hours|small\s+hours)))"
                         r"\b(?!\s+of\b)"), ci),
    ]
    gates = {"day_of_month": r"\d(?:st|nd|rd|th)\b", "clock_military": r"\d{4}\s*(?:GMT|UTC|hrs|hours|local)"}
    words = {"holiday": tuple(sorted({name.split()[0] for name in lexicon.holidays})), "edge_unit": ("week", "month")}
    return tuple(_Pattern(kind, re.compile(regex, flags), re.compile(gates[kind]) if kind in gates else None,
                          words.get(kind, ())) for kind, regex, flags in table)


# -- calendar helpers ------------------------------------------------------------------------

def _week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _span_days(value: str) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a TIMEX3 date value denotes (None when it denotes no days)."""
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", value)
    if match:  # (the days of a feast that lasts several)
        return dt.date.fromisoformat(match.group(1)), dt.date.fromisoformat(match.group(2))
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if match:
        day = dt.date(*map(int, match.groups()))
        return day, day
    match = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if match:
        monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        if match.group(3):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    match = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    match = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if match:
        year, quarter = int(match.group(1)), int(match.group(2))
        last = quarter * 3
        return dt.date(year, last - 2, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    match = re.fullmatch(r"(\d{4})-H([12])", value)
    if match:
        year, half = int(match.group(1)), int(match.group(2))
        return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (
            dt.date(year, 7, 1), dt.date(year, 12, 31))
    match = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if match:
        begin = dt.date(int(match.group(1)), _SEASON_START[match.group(2)], 1)
        end = _shift_months(begin, 2)
        return begin, end.replace(day=calendar.monthrange(end.year, end.month)[1])
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if re.fullmatch(r"\d{3}", value):
        year = int(value) * 10
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    return None, None


# Meteorological seasons (northern hemisphere), as TIMEX3 values name them.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _season_of(day: dt.date) -> tuple[int, int]:
    """(year, index in _SEASON_ORDER) of the season ``day`` falls in; January belongs to the
    winter that began the December before."""
    if day.month < 3:
        return day.year - 1, 3
    return day.year, (day.month - 3) // 3


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# -- tense -----------------------------------------------------------------------------------

def _governor(token: Token) -> Token | None:
    current = token
    for _ in range(5):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head.i == current.i:
            break
        current = current.head
    return current if current.pos_ in ("VERB", "AUX") else None


def _pluperfect(verb: Token) -> bool:
    """"had scheduled", "had been due": the plan itself lies in the past."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("acomp", "attr", "xcomp") else [])
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_ == "have"
               for head in heads for c in head.children)


def _tense(doc: Doc, start: int, end: int, lexicon: TimeLexicon) -> int:
    """-1 for past, +1 for future, 0 when the clause does not tell."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return 0
    verb = _governor(span.root)
    if verb is None:
        # A nominal clause ("the talks on Tuesday"): look at the sentence root.
        verb = span.root.sent.root
        if verb.pos_ not in ("VERB", "AUX"):
            return 0
    return _clause_tense(verb, lexicon)


def _clause_tense(verb: Token, lexicon: TimeLexicon, depth: int = 0) -> int:
    """-1, +1 or 0 from the verb of a clause, its auxiliaries and what governs it."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lemma_.lower() for a in auxes} | {a.lower_ for a in auxes}
    if lemmas & {"will", "shall", "'ll", "wo"}:
        return 1
    if verb.lemma_.lower() in lexicon.future_lemmas and verb.tag_ in ("VBZ", "VBP", "VBN", "VBD") \
            and not any(c.dep_ == "agent" for c in verb.children):
        # "scheduled for Monday"; but "as proposed by Washington in March" is past, so is
        # "had been scheduled to expire Friday", and "a rally planned for Saturday was
        # cancelled" takes the tense of the clause the participle hangs from.
        if _pluperfect(verb):
            return -1
        if verb.tag_ == "VBN" and not auxes and depth == 0 and verb.head.i != verb.i:
            clause = _governor(verb.head)
            if clause is not None and clause.i != verb.i:
                return _clause_tense(clause, lexicon, depth + 1)
        return 1
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in lexicon.future_lemmas:
        return -1 if _pluperfect(head) else 1
    if any(a.tag_ == "MD" for a in auxes):
        return 1 if lemmas & {"would", "could", "might", "may", "can", "should", "must"} else 0
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if verb.tag_ == "VBN" and (lemmas & {"have", "has", "had"} or not auxes):
        return -1
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and head.tag_ in ("VBZ", "VBP"):
        return 1 if head.lemma_ == "be" else 0
    return 0


# -- resolution ------------------------------------------------------------------------------

@dataclass
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$")
# The words before a feast a deadline or an occasion is set by: "before Ramadan", "by the start
# of Passover", "a truce for Orthodox Christmas".
_BY_A_FEAST = re.compile(r"\b(?:before|by|for|ahead\s+of|until|till|in\s+time\s+for)\s+(?:the\s+)?"
                         r"(?:(?:start|beginning|end)\s+of\s+(?:the\s+)?)?(?:holy\s+month\s+of\s+)?$", re.IGNORECASE)
# "until 9 a.m. EST Tuesday", "as early as next week": the words before the expression.
_DEADLINE = re.compile(r"\b(?:until|till|as soon as|as early as|no later than)\s+"
                       r"(?:(?:[\d:.]+\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+(?:[a-z]{3}\s+)?,?\s*)?"
                       r"(?:\S+\s+)?$")


class _Resolver:
    """Turns matches into Timex values for one document."""

    def __init__(self, doc: Doc, dct: dt.date, lexicon: TimeLexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.dct = dct
        self.lexicon = lexicon
        self.reference = dct  # the last explicit day or month, for "the following day"
        self.quarter: tuple[int, int] | None = None  # the last explicit quarter
        # Earnings reports compare quarters: there "a year ago" is the year-earlier quarter.
        # (Not "a quarter of the population" nor "the Old Quarter".)
        self.quarterly = _QUARTERLY.search(self.text) is not None

    def number(self, text: str) -> float | None:
        lowered = text.lower()
        if re.fullmatch(r"\d+(\.\d+)?", lowered):
            return float(lowered)
        if lowered in self.lexicon.numbers:
            return self.lexicon.numbers[lowered]
        return None  # vague ("several", "a few")

    def month(self, text: str) -> int:
        return self.lexicon.months[text.lower().rstrip(".")]

    def weekday(self, text: str) -> int:
        return self.lexicon.weekdays.index(text.lower())

    def tense(self, found: _Found) -> int:
        # A preposition can settle the direction before the verb does: "since October 7" is
        # past whatever the clause's tense; a deadline ("until 9 a.m. Tuesday", "as early as
        # next week") lies ahead even in a past-tense clause.
        before = self.text[max(0, found.start - 40):found.start].lower()
        if _SINCE.search(before):
            return -1
        if _DEADLINE.search(before):
            return 1
        return _tense(self.doc, found.start, found.end, self.lexicon)

    def nearest_weekday(self, target: int, direction: int) -> dt.date:
        delta = target - self.dct.weekday()
        if direction < 0:
            return self.dct + dt.timedelta(days=delta if delta <= 0 else delta - 7)
        if direction > 0:
            return self.dct + dt.timedelta(days=delta if delta >= 0 else delta + 7)
        # No tense: the nearest such day, the past one on a tie (news reports the past).
        back = delta if delta <= 0 else delta - 7
        ahead = delta if delta >= 0 else delta + 7
        return self.dct + dt.timedelta(days=ahead if ahead < -back else back)

    def year_for(self, month: int, day: int, found: _Found) -> int | None:
        year = self.dct.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        way = (found.match.groupdict().get("way") or "").lower()
        tense = 1 if way in ("next", "coming") else -1 if way in ("past", "last") else self.tense(found)
        ahead = (candidate - self.dct).days
        if tense == 0:
            # No tense to go by ("payable Dec. 15"): the nearest such day.
            return year - 1 if ahead > 183 else year + 1 if ahead < -183 else year
        # A past verb with a date a few weeks ahead is usually a deadline ("extended the
        # offer to Nov. 20", "declared a dividend payable Dec. 7"), not last year's day.
        if ahead > 60 and tense < 0:
            return year - 1
        if ahead < -60 and tense > 0:
            return year + 1
        return year

    def resolve(self, found: _Found) -> tuple[str, str, Precision] | None:
        handler: Callable[[_Found, dict[str, str]], tuple[str, str, Precision] | None] = getattr(
            self, "_" + found.kind)
        groups = {k: v for k, v in found.match.groupdict().items() if v is not None}
        return handler(found, groups)

    def _day(self, day: dt.date, part: str | None = None) -> tuple[str, str, Precision]:
        self.reference = day
        if part:
            return "TIME", f"{day.isoformat()}T{self.lexicon.parts[part.lower()]}", "time"
        return "DATE", day.isoformat(), "day"

    def _date(self, year: int, month: int, day_text: str) -> tuple[str, str, Precision] | None:
        try:
            return self._day(dt.date(year, month, int(re.sub(r"\D", "", day_text))))
        except ValueError:
            return None

    def _iso(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        if "h" in g:
            value = f"{g['y']}-{g['m']}-{g['d']}T{g['h']}:{g['mi']}"
            return "TIME", value, "time"
        return self._date(int(g["y"]), int(g["m"]), g["d"])

    def _mdy(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        return self._date(int(g["y"]), self.month(g["mon"]), g["d"])

    def year_of(self, g: dict[str, str]) -> int:
        """The year of a match: digits (``y``) or words (``yw``: "nineteen ninety-six")."""
        if "y" in g:
            return int(g["y"])
        words = [w for w in re.split(r"[\s-]+", g["yw"].lower()) if w not in ("and", "oh", "hundred")]
        century = 2000 if words[:2] == ["two", "thousand"] else 1900
        rest = words[2:] if century == 2000 else words[1:]
        return century + int(sum(self.lexicon.numbers.get(w, 0) for w in rest))

    def _year_words(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        if "the" not in g and g["yw"].lower().startswith("two"):
            return None  # "two thousand people"
        return "DATE", str(self.year_of(g)), "year"

    def _month_rel_year(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        shift = {"this": 0, "last": -1, "next": 1}[g["rel"]]
        return self._month(self.dct.year + shift, self.month(g["mon"]))

    def _month(self, year: int, month: int) -> tuple[str, str, Precision]:
        self.reference = dt.date(year, month, 1)
        return "DATE", f"{year}-{month:02d}", "month"

    def _fiscal_year(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return "DATE", g["y"], "year"

    _year_mod = _fiscal_year

    def _decade_words(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        tens = int(self.lexicon.numbers[g["dw"].lower()[:-3] + "y"]) // 10
        return "DATE", f"19{tens}", "decade"

    def _decade_short(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return "DATE", f"19{g['d2'][0]}", "decade"

    def _century(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return "DATE", f"{int(g['ord']) - 1:02d}", "century"

    # -- seasons --
    def _season(self, year: int, code: str) -> tuple[str, str, Precision]:
        return "DATE", f"{year}-{code}", "quarter"

    def _season_of(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._season(self.year_of(g), self.lexicon.seasons[g["season"].lower()])

    _season_year = _season_of

    def _season_rel(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        direction = {"this": 0, "last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1,
                     "this coming": 1}[rel]
        return self._nearest_season(g["season"], direction)

    def _the_season(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._nearest_season(g["season"], self.tense(f))

    def _nearest_season(self, word: str, direction: int) -> tuple[str, str, Precision]:
        code = self.lexicon.seasons[word.lower()]
        target = _SEASON_ORDER.index(code)
        year, current = _season_of(self.dct)
        if direction < 0 and target >= current:
            year -= 1
        elif direction > 0 and target <= current:
            year += 1
        elif direction == 0 and code == "WI" and current < 3:
            year -= 1  # "this winter" said in spring: the one just gone
        return self._season(year, code)

    # -- quarters and reporting periods --
    def reporting_quarter(self) -> tuple[int, int]:
        """The quarter an earnings story reports: the last one it named, else the last
        quarter completed before publication."""
        if self.quarter is not None:
            return self.quarter
        index = (self.dct.month - 1) // 3
        return (self.dct.year - 1, 4) if index == 0 else (self.dct.year, index)

    def _quarter_value(self, year: int, quarter: int, remember: bool = True) -> tuple[str, str, Precision]:
        if remember:
            self.quarter = (year, quarter)
        return "DATE", f"{year}-Q{quarter}", "quarter"

    def _year_earlier_quarter(self) -> tuple[str, str, Precision]:
        year, quarter = self.reporting_quarter()
        return self._quarter_value(year - 1, quarter, remember=False)

    def _period_ref(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        which = (g.get("which") or g.get("which2") or "").lower()
        year, quarter = self.reporting_quarter()
        if which.startswith("year-"):
            return self._year_earlier_quarter()
        if "y" in g or "y2" in g:
            year = int(g.get("y") or g["y2"])
        return self._quarter_value(year, quarter, remember=False)

    def _year_ago_adj(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        if self.quarterly:
            return self._year_earlier_quarter()
        return "DATE", str(self.dct.year - 1), "year"

    def _the_year(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        if re.match(r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+date)\b", self.text[f.end:f.end + 20]):
            return "DURATION", "P1Y", "none"  # "the year ended Sept. 30"
        if "same" in g.get("mod", ""):
            return "DATE", str(self.reference.year), "year"
        return "DATE", str(self.dct.year), "year"

    def _the_weekend(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        saturday = self.nearest_weekday(5, self.tense(f) or -1)
        if self.dct.weekday() == 6 and self.tense(f) <= 0:
            saturday = self.dct - dt.timedelta(days=1)
        return "DATE", _week_value(saturday) + "-WE", "week"

    _dmy = _mdy

    def _md(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        month, day = self.month(g["mon"]), int(re.sub(r"\D", "", g["d"]))
        year = self.year_for(month, day, f)
        return None if year is None else self._date(year, month, g["d"])

    _dm = _md

    def _dm_word(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        month, day = self.month(g["mon"]), self.lexicon.day_ordinals[g["dw"].lower()]
        year = int(g["y"]) if g.get("y") else self.year_for(month, day, f)
        return None if year is None else self._date(year, month, str(day))

    def _month_value(self, month: int, f: _Found, rel: str | None = None) -> tuple[str, str, Precision]:
        year = self.dct.year
        rel = (rel or "").lower()
        if rel == "last":
            year -= 1 if month >= self.dct.month else 0
        elif rel == "next":
            year += 1 if month <= self.dct.month else 0
        elif rel != "this":
            tense = self.tense(f)
            ahead = month - self.dct.month
            if tense == 0:
                # No tense to go by: the nearest such month.
                year += -1 if ahead > 6 else 1 if ahead < -6 else 0
            elif ahead > 1 and tense < 0:
                year -= 1
            elif ahead < 0 and tense > 0:
                year += 1
        return self._month(year, month)

    def _my(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._month(self.year_of(g), self.month(g["mon"]))

    def _mod_month(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._month_value(self.month(g["mon"]), f)

    def _rel_month(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._month_value(self.month(g["mon"]), f, g["rel"])

    def _prep_month(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        if g["mon"] == "May" and self.text[f.start - 4:f.start].strip().lower() != "in":
            return None  # "may" the verb
        return self._month_value(self.month(g["mon"]), f)

    def _year_prep(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        year = int(g["y"])
        if year > self.dct.year + 50:
            return None
        return "DATE", g["y"], "year"

    _year_adj = _year_prep
    _year_bare = _year_prep

    def _decade(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return "DATE", g["dec"][:3], "decade"

    def _quarter(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        order = g["ord"].lower()
        quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                   "fourth": 4, "4th": 4, "final": 4, "last": 4}[order]
        if "y" in g or "y1" in g:
            year = int(g.get("y") or g["y1"])
        elif "rely" in g or "rely2" in g:
            year = self.dct.year + {"this": 0, "next": 1, "last": -1, "previous": -1}[
                (g.get("rely") or g["rely2"]).lower()]
        else:
            year = self.dct.year
            if quarter > (self.dct.month - 1) // 3 + 1 and self.tense(f) < 0:
                year -= 1  # "third-quarter profit rose", written in February
        if "ago" in g:
            return self._quarter_value(year - 1, quarter, remember=False)
        return self._quarter_value(year, quarter)

    def _quarter_q(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._quarter_value(int(g["y"]), int(g["q"]))

    def _half(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return "DATE", f"{g['y']}-H{1 if g['ord'].lower() == 'first' else 2}", "month"

    def _rel_weekday(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        target = self.weekday(g["wd"])
        rel = g["rel"].lower()
        if rel == "this":
            # Wire convention: the day of the current (Monday-first) week.
            day = self.dct + dt.timedelta(days=target - self.dct.weekday())
        elif rel in ("last", "past", "previous"):
            delta = (self.dct.weekday() - target) % 7 or 7
            day = self.dct - dt.timedelta(days=delta)
        else:
            delta = (target - self.dct.weekday()) % 7 or 7
            day = self.dct + dt.timedelta(days=delta)
        return self._day(day, g.get("part"))

    def _weekday_part(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._day(self.nearest_weekday(self.weekday(g["wd"]), self.tense(f)), g["part"])

    def _on_weekday(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._day(self.nearest_weekday(self.weekday(g["wd"]), self.tense(f)))

    _weekday = _on_weekday

    def _day_word(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        word = g["w"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        part = g.get("part") or ("night" if word == "tonight" else None)
        return self._day(self.dct + dt.timedelta(days=offset), part)

    def _day_part(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        word, part = g["w"].lower(), g["part"]
        offset = -1 if word == "last" and part != "night" else 0
        if word == "last" and part == "night":
            offset = -1
        return self._day(self.dct + dt.timedelta(days=offset), part)

    def _day_around(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        offset = -2 if g["dir"].lower().startswith("before") else 2
        return self._day(self.dct + dt.timedelta(days=offset))

    def _unit_value(self, base: dt.date, unit: str, shift: int) -> tuple[str, str, Precision]:
        unit = unit.lower()
        if unit == "day":
            return self._day(base + dt.timedelta(days=shift))
        if unit in ("week", "weekend"):
            value = _week_value(base + dt.timedelta(weeks=shift))
            return "DATE", value + ("-WE" if unit == "weekend" else ""), "week"
        if unit == "month":
            moved = _shift_months(base, shift)
            return "DATE", f"{moved.year}-{moved.month:02d}", "month"
        if unit == "quarter":
            moved = _shift_months(base, 3 * shift)
            return "DATE", f"{moved.year}-Q{(moved.month - 1) // 3 + 1}", "quarter"
        if unit == "decade":
            return "DATE", str(base.year // 10 + shift), "decade"
        return "DATE", str(base.year + shift), "year"

    def _rel_unit(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        if g["unit"][0].isupper():
            return None  # a title: ABC's "This Week"
        rel = g["rel"].lower()
        shift = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "past": -1,
                 "previous": -1}[rel]
        return self._unit_value(self.dct, g["unit"], shift)

    def _the_following(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        rel, unit = g["rel"].lower(), g["unit"].lower()
        shift = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[rel]
        if unit in self.lexicon.parts or unit in ("morning", "afternoon", "evening", "night"):
            base = self.reference + dt.timedelta(days=shift if rel != "same" else 0)
            return self._day(base, unit)
        return self._unit_value(self.reference, unit, shift)

    def _amount(self, n: str, unit: str) -> tuple[float | None, str]:
        unit = unit.lower().rstrip("s")
        if unit == "centurie":
            unit = "century"
        return self.number(n), unit

    def _ago(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        amount, unit = self._amount(g["n"], g["unit"])
        if amount is None or amount != int(amount):
            return "DATE", "PAST_REF", "none"
        if unit == "year" and amount == 1 and self.quarterly:
            return self._year_earlier_quarter()
        return self._shifted(self.dct, unit, -int(amount))

    def _shifted(self, base: dt.date, unit: str, amount: int) -> tuple[str, str, Precision] | None:
        if unit in ("second", "minute", "hour"):
            # ("48 hours later": two days on; "three hours later": the same day, as far as a
            # day can tell)
            whole_days = int(amount / 24) if unit == "hour" else 0
            return self._day(base + dt.timedelta(days=whole_days))
        if unit == "fortnight":
            unit, amount = "week", amount * 2
        if unit == "century":
            return "DATE", str((base.year + 100 * amount) // 100), "century"
        if unit == "decade":
            return "DATE", str(base.year + 10 * amount), "year"
        if unit == "day":
            return self._day(base + dt.timedelta(days=amount))
        if unit == "week":
            return "DATE", _week_value(base + dt.timedelta(weeks=amount)), "week"
        if unit == "month":
            moved = _shift_months(base, amount)
            return "DATE", f"{moved.year}-{moved.month:02d}", "month"
        return "DATE", str(base.year + amount), "year"

    def _shift(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        amount, unit = self._amount(g["n"], g["unit"])
        direction = -1 if g["dir"].lower() in ("earlier", "before") else 1
        if g["dir"].lower() in ("before", "after") and _APPOSED_DAY.search(self.text, max(0, f.start - 40), f.start) \
                and _EVENT_AFTER.match(self.text, f.end):
            # ("on Thursday, a day after the ceasefire took effect": the day just named, which
            # the phrase places against an event, not a day after it)
            return self._day(self.reference)
        anchor = _ANCHOR_EVENT.match(self.text, f.end)
        if g["dir"].lower() in ("before", "after") and anchor is not None \
                and anchor.group("word").lower() not in self.lexicon.months \
                and anchor.group("word").lower() not in self.lexicon.weekdays \
                and anchor.group("word").lower() not in ("today", "yesterday", "tomorrow"):
            # ("The move came a day after Hamas said …": a stretch of time from an event, whose
            # day the text does not give; TimeML marks "a day", not the day after today)
            f.end = f.match.start("dir")
            while f.end > f.start and self.text[f.end - 1].isspace():
                f.end -= 1
            return "DURATION", self._duration_value(amount, unit), "none"
        if amount is None or amount != int(amount):
            return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "none"
        if unit == "year" and amount == 1 and direction < 0 and self.quarterly:
            return self._year_earlier_quarter()
        return self._shifted(self.reference, unit, direction * int(amount))

    def _vague_shift(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        direction = g["dir"].lower()
        if g["unit"].lower().rstrip("s") in ("minute", "hour") and direction in ("later", "earlier"):
            # ("Hours later, Hamas fired rockets": that day; not a day still to come, "will
            # arrive on Thursday, something that Washington confirmed hours later")
            return self._day(min(self.reference, self.dct))
        return "DATE", "FUTURE_REF" if direction == "later" else "PAST_REF", "none"

    def _ref(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        phrase = g["ref"].lower()
        if phrase in self.lexicon.future_ref:
            return "DATE", "FUTURE_REF", "none"
        if phrase in self.lexicon.present_ref:
            return "DATE", "PRESENT_REF", "none"
        return "DATE", "PAST_REF", "none"

    def _duration_value(self, amount: float | None, unit: str) -> str:
        return duration_value(amount, unit, self.lexicon)

    def _duration(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        count = g["n"].split()[0] if "1/2" in g["n"] else g["n"]
        amount, unit = self._amount(count, g["unit"])
        if g["n"].lower() in ("a", "an") and _RATE_BEFORE.search(self.text[max(0, f.start - 30):f.start]):
            # A rate, not a stretch of time: "600 trucks a day", "$2 million a year".
            return "SET", self._duration_value(1, unit), "none"
        if amount is None and g["n"].lower() in ("a", "an"):
            amount = 1
        if amount is not None and ("1/2" in g["n"] or "half" in g or "andhalf" in g):
            amount += 0.5  # "2 1/2 years", "a minute and a half"
        if "n2" in g:
            amount = None  # "two to three weeks"
        return "DURATION", self._duration_value(amount, unit), "none"

    def _span_duration(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        return self._duration(f, g)

    def _clock_word(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        word = g["w"].lower().replace("-", "")
        time = {"noon": "12:00", "midnight": "24:00", "midafternoon": "AF", "midmorning": "MO"}[word]
        return "TIME", f"{self.reference.isoformat()}T{time}", "time"

    def _clock_light(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        word = " ".join(g["w"].split())
        part = self.lexicon.parts.get(word, "NI")  # ("the early hours", "the small hours": night)
        return "TIME", f"{self.reference.isoformat()}T{part}", "time"

    def _the_day(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._day(self.reference)  # "ended the day 2% lower": the day being narrated

    def _that_part(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._day(self.reference, g["part"])

    def _plural_of(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return self._bare_duration(f, g)

    def _bare_duration(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        unit = g["unit"].lower().rstrip("s")
        return "DURATION", self._duration_value(None, unit), "none"

    def _set_every(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        return "SET", f"XXXX-WXX-{self.weekday(g['wd']) + 1}", "none"

    def _set_unit(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision]:
        unit = g["unit"].lower()
        if unit in ("morning", "night", "evening"):
            return "SET", f"TXX{self.lexicon.parts[unit]}", "none"
        return "SET", "P1" + self.lexicon.units[unit], "none"

    def _set_word(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        if re.match(r"\s+[A-Z]", self.text[f.end:f.end + 2]):
            return None  # a newspaper: "the party daily Granma"
        return "SET", self.lexicon.set_words[g["w"].lower()], "none"

    def _clock(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        hour = int(g["h"])
        minute = int(g.get("mi", "0"))
        ampm = g.get("ampm", "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23:
            return None
        day = self.reference if self.reference != self.dct else self.dct
        zone = "Z" if g.get("tz", "").strip() in ("UTC", "GMT") else ""  # ISO 8601 for UTC
        return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}", "time"

    _clock_ampm = _clock
    _clock_military = _clock

    def _holiday(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        rule = self.lexicon.holidays[re.sub(r"[-\s]+", " ", g["h"].lower()).replace("’", "'")]
        found = occurrences(rule, dt.date(int(g["y"]), 7, 1) if "y" in g else self.dct)
        rel = re.sub(r"\s+", " ", g.get("rel", "").lower())
        if "y" in g:
            chosen = [o for o in found if o[0].year == int(g["y"])][:1]
        elif rel in ("last", "past", "this past"):
            chosen = [o for o in found if o[1] < self.dct][-1:]
        elif rel in ("next", "coming", "this coming"):
            chosen = [o for o in found if o[0] > self.dct][:1]
        else:
            chosen = [o for o in found if o[0] <= self.dct <= o[1]]
            tense = 0 if chosen or rel else self.tense(f)
            # (a past verb sets a deadline a few weeks ahead: "agreed to a truce before Ramadan")
            ahead = 60 if _BY_A_FEAST.search(self.text, max(0, f.start - 40), f.start) else 0
            if tense < 0:
                chosen = [o for o in found if o[0] <= self.dct + dt.timedelta(days=ahead)][-1:]
            elif tense > 0:
                chosen = [o for o in found if o[1] >= self.dct][:1]
            elif not chosen:
                chosen = sorted(found, key=lambda o: abs((o[0] - self.dct).days))[:1]
        if not chosen:
            return None
        first, last = chosen[0]
        if first == last:
            return self._day(first)
        # (a feast of several days, as an ISO 8601 interval: "2025-03-01/2025-03-29")
        return "DATE", f"{first.isoformat()}/{last.isoformat()}", "week" if (last - first).days < 10 else "month"

    def _day_of_month(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        day = int(g["d"])
        shift = {"last": -1, "this": 0, "next": 1}.get(g.get("rel", "").lower())
        if shift is None:
            # This month's, unless the clause looks the other way ("resumed on the 25th",
            # written on the 4th, is last month's), or, with no tense, it lies nearer.
            tense, ahead = self.tense(f), day - self.dct.day
            shift = -1 if ahead > 0 and (tense < 0 or tense == 0 and ahead > 15) \
                else 1 if ahead < 0 and (tense > 0 or tense == 0 and ahead < -15) else 0
        month = _shift_months(self.dct.replace(day=1), shift)
        return self._date(month.year, month.month, g["d"])

    def _edge_unit(self, f: _Found, g: dict[str, str]) -> tuple[str, str, Precision] | None:
        return self._unit_value(self.dct, g["unit"].lower(), 0)


_QUARTERLY = re.compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|latest|fiscal|final)[- ]quarter\b"
    r"|\bquarter(?:ly)?\s+(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|ended|ending)\b"
    r"|\byear-(?:ago|earlier)\s+(?:quarter|period)\b", re.IGNORECASE)

# What precedes "a week" when it is a rate: a count or a plural noun ("seats a week").
# A day named right before an apposition ("on Thursday, ", "on Nov. 28, "), and the event a
# shift after it is measured from ("a day after the ceasefire …", not "a day after that").
_APPOSED_DAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,\s*$|\b(?:yesterday|today)\s*,\s*$")
_EVENT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|its|their|Israel|[A-Z][a-z]+'s)\b")
# An event a shift is measured from ("a day after Hamas said …", "two weeks before the vote"),
# not a day ("two days after March 3"), nor the time last named ("a day after that", "a week later").
_ANCHOR_EVENT = re.compile(r"\s+(?!(?:that|this|those|these|which|it)\b)(?P<word>[A-Za-z][\w'’-]*)")
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|percent|times|once|twice)|"
                          r"\b(?!(?:is|was|has|does|us|this|its|his|as|plus|thus|less|across|days|weeks|months|years)\b)"
                          r"[a-z]{3,}s)\s+$")


def duration_value(amount: float | None, unit: str, lexicon: TimeLexicon) -> str:
    """TIMEX3 duration for ``amount`` ``unit`` (singular): ``P6W``, ``PXM``, ``PT1M30S``,
    ``P2Y6M``; a fraction goes to the next smaller unit."""
    code = lexicon.units.get(unit, "D")
    time_part = unit in ("second", "minute", "hour")
    multiplier = 1
    if code[:-1].isdigit():  # "fortnight": 2W
        multiplier, code = int(code[:-1]), code[-1]
    prefix = "PT" if time_part else "P"
    if amount is None:
        return f"{prefix}X{code}"
    total = amount * multiplier
    whole = int(total)
    if total == whole:
        return f"{prefix}{whole}{code}"
    smaller = _SMALLER_UNIT.get((time_part, code))
    if smaller is None:
        return f"{prefix}{total:g}{code}"
    next_code, per = smaller
    rest = round((total - whole) * per)
    head = f"{whole}{code}" if whole else ""
    return f"{prefix}{head}{rest}{next_code}"


# The unit a fraction of a duration is counted in: half a year is six months.
_SMALLER_UNIT = {(False, "Y"): ("M", 12), (False, "M"): ("D", 30), (False, "W"): ("D", 7),
                 (True, "H"): ("M", 60), (True, "M"): ("S", 60)}


def _find(text: str, lexicon: TimeLexicon) -> list[_Found]:
    found: list[_Found] = []
    lowered = text.lower()
    for pattern in _patterns(lexicon):
        if pattern.gate is not None and pattern.gate.search(text) is None \
                or pattern.words and not any(w in lowered for w in pattern.words):
            continue
        for match in pattern.regex.finditer(text):
            if "span" in match.groupdict() and match.group("span") is not None:
                start, end = match.span("span")
            else:
                start, end = match.span()
            if end > start:
                found.append(_Found(start, end, pattern.kind, match))
    # Longest first, then leftmost; earlier patterns win ties (they are listed by specificity).
    order = {p.kind: i for i, p in enumerate(_patterns(lexicon))}
    found.sort(key=lambda f: (-(f.end - f.start), f.start, order[f.kind]))
    taken: list[_Found] = []
    for item in found:
        if all(item.end <= t.start or item.start >= t.end for t in taken):
            taken.append(item)
    taken.sort(key=lambda f: f.start)
    _widen(text, taken, lexicon)
    return taken


# Kinds of expression a modifier in front belongs to, as TimeML draws extents:
# "nearly two years ago", "at least 30 days", "around 7:15 p.m."; "early Tuesday",
# "late yesterday", "mid-1996"; "the end of 1990", "the beginning of October".
_APPROXIMABLE = frozenset({"duration", "span_duration", "ago", "shift", "vague_shift", "clock",
                           "clock_ampm", "clock_word", "md", "mdy", "the_year", "rel_unit"})
_EDGE_OF = frozenset({"weekday", "day_word", "year_prep", "year_bare", "md", "ref", "rel_unit",
                      "weekday_part"})
_PART_OF = frozenset({"md", "mdy", "my", "prep_month", "year_prep", "year_bare", "rel_unit", "edge_unit", "holiday",
                      "the_following", "decade", "quarter", "the_year", "the_day", "season_rel",
                      "the_season", "the_weekend"})


@lru_cache(maxsize=4)
def _modifier_patterns(lexicon: TimeLexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    approx = re.compile(r"\b(?:" + _alt(lexicon.approximators) + r")\s+$", re.IGNORECASE)
    edge = re.compile(r"\b(?:" + _alt(lexicon.edge_modifiers) + r")(?:-|\s+)$", re.IGNORECASE)
    part = re.compile(r"\b(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
                      r"|(?:earlier|later|early|late)\s+in)\s+$", re.IGNORECASE)
    return approx, edge, part


def _widen(text: str, taken: list[_Found], lexicon: TimeLexicon) -> None:
    """Take a modifier just before an expression into it, without reaching a neighbour."""
    approx, edge, part = _modifier_patterns(lexicon)
    for index, item in enumerate(taken):
        floor = taken[index - 1].end if index else 0
        window = text[max(floor, item.start - 30):item.start]
        for kinds, pattern in ((_PART_OF, part), (_EDGE_OF, edge), (_APPROXIMABLE, approx)):
            if item.kind not in kinds:
                continue
            match = pattern.search(window)
            if match and "\n" not in match.group(0):
                word = match.group(0).split()[0].lower()
                if pattern is edge and word == "more" and item.kind != "ref":
                    continue
                if word in ("over", "under") and text[item.start:item.start + 4].lower() == "the ":
                    continue  # "over the next two days": a preposition, not "over a week"
                item.start -= len(match.group(0))
                window = text[max(floor, item.start - 30):item.start]


def tag(doc: Doc, lexicon: TimeLexicon | None = None) -> list[Timex]:
    """Temporal expressions of ``doc`` resolved against ``doc._.dct``."""
    dct = doc._.dct
    if dct is None:
        raise ValueError(
            "the publication date (doc._.dct) is missing: temporal expressions cannot be "
            "resolved without it")
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    lexicon = lexicon or load_lexicon()
    resolver = _Resolver(doc, dct, lexicon)
    timexes: list[Timex] = []
    clocks: list[int] = []
    shifts: dict[int, _Found] = {}  # (shifts before or after what follows them: a day, perhaps)
    for found in _find(doc_text(doc), lexicon):
        if found.kind == "year_bare" and not _entity_says_date(doc, found) \
                or found.kind == "set_word" and _a_periodical(doc, found) \
                or found.kind == "holiday" and _a_persons_name(doc, found):
            continue
        _reattach(doc, found.start, found.end)
        resolved = resolver.resolve(found)
        if resolved is None:
            continue
        kind, value, precision = resolved
        earliest, latest = _span_days(value) if kind in ("DATE", "TIME") else (None, None)
        timex = Timex(found.start, found.end, doc_text(doc)[found.start:found.end],
                      kind, value, precision, earliest, latest)  # type: ignore[arg-type]
        if found.kind == "shift" and kind == "DATE":
            shifts[len(timexes)] = found
        if found.kind.startswith("clock"):
            clocks.append(len(timexes))
        elif clocks and clocks[-1] == len(timexes) - 1 and _clock_before_day(doc_text(doc), timexes[-1], timex):
            clocks.pop()  # "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9"
            timexes[-1] = _clock_on_day(doc_text(doc), timexes[-1], timex, timexes[-1].start, timex.end)
            continue
        timexes.append(timex)
    for index in clocks:
        _anchor_clock(doc, timexes, index, dct)
    for index, found in shifts.items():
        _shift_from_day(resolver, timexes, index, found)
    return timexes


def _reattach(doc: Doc, start: int, end: int) -> None:
    """Hang a time expression on the verb of saying it follows, where the parser hung it on
    the reported clause after it: in "Hamas said on Monday it would meet the mediators" the
    words come before the clause's subject, so Monday is when Hamas spoke, not when it meets.
    Every layer after this one reads the repaired tree (the clause's own time and content).
    """
    if not doc.has_annotation("DEP"):
        return
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    top = span.root
    for _ in range(3):  # ("on" above "Monday"; "late" above "on Tuesday")
        if top.head.i == top.i or top.head.pos_ in ("VERB", "AUX"):
            break
        top = top.head
    clause = top.head
    if top.dep_ not in ("prep", "npadvmod", "advmod") or clause.dep_ != "ccomp" or clause.i < top.i \
            or clause.head.pos_ != "VERB" or clause.head.i > top.left_edge.i:
        return
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.left_edge.i <= top.right_edge.i \
            or any(c.dep_ == "mark" or c.i < top.i and c.dep_ not in ("punct",) for c in clause.children if c is not subject):
        return  # ("said that on Monday it would …": the clause's own; a clause that starts before it)
    top.head = clause.head


def _shift_from_day(resolver: _Resolver, timexes: list[Timex], index: int, found: _Found) -> None:
    """A shift measured from the day right after it: "two days after March 3" is March 5,
    not two days after the time last named."""
    shift = timexes[index]
    day = timexes[index + 1] if index + 1 < len(timexes) else None
    if day is None or day.earliest is None or day.precision != "day" \
            or resolver.text[shift.end:day.start].strip() or not shift.text.lower().endswith(("after", "before")):
        return
    groups = found.match.groupdict()
    amount, unit = resolver._amount(groups["n"], groups["unit"])
    if amount is None or amount != int(amount):
        return
    direction = -1 if groups["dir"].lower() == "before" else 1
    moved = resolver._shifted(day.earliest, unit, direction * int(amount))
    if moved is not None:
        kind, value, precision = moved
        earliest, latest = _span_days(value)
        timexes[index] = replace(shift, type=kind, value=value, precision=precision,  # type: ignore[arg-type]
                                 earliest=earliest, latest=latest)


_CLOCK_DAY_GAP = re.compile(r"\s*(?:(?:[ECMP][SD]T|GMT|UTC)\b\s*)?,?\s*")


def _clock_before_day(text: str, clock: Timex, day: Timex) -> bool:
    return (day.precision in ("day", "time") and day.earliest is not None
            and not day.text.lower().startswith("on ")
            and _CLOCK_DAY_GAP.fullmatch(text[clock.end:day.start]) is not None)


def _clock_on_day(text: str, clock: Timex, day: Timex, start: int, end: int) -> Timex:
    """One TIME for a clock and the day written right after it."""
    assert day.earliest is not None
    when = clock.value[10:]
    return Timex(start, end, text[start:end], "TIME", day.earliest.isoformat() + when, "time",
                 day.earliest, day.earliest)


def _a_periodical(doc: Doc, found: _Found) -> bool:
    """Whether "daily" or "weekly" names a paper ("a Pakistani daily", "the Israeli daily
    Haaretz"), not how often."""
    span = doc.char_span(found.start, found.end)
    if span is None or len(span) != 1:
        return False
    word = span[0]
    return word.pos_ == "NOUN" or word.dep_ == "amod" and word.head.pos_ == "PROPN"


def _a_persons_name(doc: Doc, found: _Found) -> bool:
    """Whether ``found`` is part of a longer name of a person ("Tariq Ramadan"; the recogniser
    also takes "The Easter ceasefire" for a person, "Easter")."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    # (or it ends a name the recogniser cut short or missed: "Taha Yassin [Ramadan]",
    # "Tariq Ramadan spoke")
    return span.start > 0 and doc[span.start - 1].ent_type_ == "PERSON" \
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < span.start and c.is_title for c in span.root.children) \
        or any(e.label_ == "PERSON" and (e.start < span.start or e.end > span.end)
               and e.start < span.end and span.start < e.end for e in doc.ents)


def _entity_says_date(doc: Doc, found: _Found) -> bool:
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ == "DATE" for t in span) and not _round_count(span)


def _round_count(span: Span) -> bool:
    """Whether a year-like number counts the plural noun after it: the recogniser sees a year
    in "2000 troops arrived"; a round hundred with no determiner is a count ("the 2000
    campaign", "below 2005 levels", "his 2013 comments" are years)."""
    root, head = span.root, span.root.head
    return root.dep_ == "nummod" and head.tag_ == "NNS" and head.i == span.end and root.text.isdigit() \
        and int(root.text) % 100 == 0 and not any(c.dep_ in ("det", "poss") for c in head.children)


def _anchor_clock(doc: Doc, timexes: list[Timex], index: int, dct: dt.date) -> None:
    """Give a clock time its day: the day named nearest to it in its sentence ("at 8:30 a.m.
    on Sunday"); else the last day the narrative named before it in the same or the previous
    paragraph, leaving out the day of a report ("said on Thursday"); else the publication date."""
    clock = timexes[index]
    span = doc.char_span(clock.start, clock.end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return
    sentence = span[0].sent

    def is_day(t: Timex) -> bool:
        return (t.earliest is not None and t.earliest == t.latest
                and (t.precision == "day" or t.value[11:12] in ("M", "A", "E", "N")))

    others = [t for i, t in enumerate(timexes) if i != index and is_day(t)]
    days = [t for t in others if sentence.start_char <= t.start < sentence.end_char]
    if days:
        chosen: Timex | None = min(days, key=lambda t: abs(t.start - clock.start))
    else:
        lower = _previous_paragraph_start(doc, clock.start)
        narrated = [t for t in others if lower <= t.start < clock.start and not _reports(doc, t)]
        # Else an earlier clock, anchored already: "at about 21:00" follows "at 18:30".
        clocks = [t for t in timexes[:index] if t.type == "TIME" and t.earliest is not None]
        chosen = narrated[-1] if narrated else clocks[-1] if clocks else None
    day = chosen.earliest if chosen is not None and chosen.earliest is not None else dct
    clock.value = f"{day.isoformat()}{clock.value[10:]}"
    clock.earliest = clock.latest = day


def _previous_paragraph_start(doc: Doc, offset: int) -> int:
    paragraphs = earlier(doc, "paragraphs")
    starts = [p.start for p in paragraphs or [] if p.start <= offset]
    return starts[-2] if len(starts) >= 2 else (starts[0] if starts else offset)


def _reports(doc: Doc, timex: Timex) -> bool:
    """Does the timex date a reporting verb ("the ministry said on Thursday")?"""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = _governor(span.root) if span is not None else None
    return verb is not None and verb.lemma_.lower() in event_cue("reporting_lemmas")


def tag_text(text: str, dct: dt.date, nlp: Language | None = None) -> list[Timex]:
    """Tag a plain string (parsed with ``nlp`` when given, for tense; else patterns only)."""
    doc = nlp.make_doc(text) if nlp is not None else None
    if nlp is not None:
        assert doc is not None
        doc._.dct = dct
        for _, component in nlp.pipeline:
            if getattr(component, "__class__", None) is TimeTagger:
                break
            doc = component(doc)
    else:
        from spacy.lang.en import English

        doc = English().make_doc(text)
        doc._.dct = dct
    return tag(doc)


class TimeTagger:
    """spaCy component: sets ``doc._.timexes``."""

    def __init__(self, lexicon: TimeLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        # (not the page's furniture: "Published On 27 Nov 2024", "Published 2 days ago" under
        # a list of other stories, "This live page is now closed" date the page, not the story)
        furniture = [(p.start, p.end) for p in earlier(doc, "paragraphs") or () if p.kind == "boilerplate"]
        doc._.timexes = [t for t in tag(doc, self.lexicon)
                         if not any(s <= t.start < e for s, e in furniture)]
        return doc


@Language.factory("dateline_time_v1", default_config={"lexicon_path": None})
def make_time(nlp: Language, name: str, lexicon_path: str | None) -> TimeTagger:
    """Temporal expressions with TIMEX3 values resolved against ``doc._.dct``."""
    return TimeTagger(load_lexicon(lexicon_path))


def in_other_clause(doc: Doc, start: int, end: int, span: Span, clauses: frozenset[str],
                    own: Callable[[Token], bool] | None = None) -> bool:
    """Whether the words at characters ``[start, end)`` sit in a clause (a dependent of one of
    the ``clauses`` relations, and one ``own`` accepts, if given) that does not hold ``span``."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    node = words.root
    while node.head.i != node.i:
        if node.dep_ in clauses and not (node.left_edge.i <= span.start and span.end - 1 <= node.right_edge.i) \
                and (own is None or own(node)):
            return True
        node = node.head
    return False


def _dates_its_own(clause: Token) -> bool:
    """Whether a clause's date is its own: it has a subject (or an agent: "a proposal
    announced by Biden on May 31"), and it is no clause of time
    whose date is the main clause's too ("When Obama unveiled the plan last year, he …", "The
    day the plan was unveiled last year, he …")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in clause.children) \
        and not (clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "while", "once")
                                                or c.dep_ == "mark" and c.lower_ in ("when", "while", "as", "once")
                                                or c.dep_ == "npadvmod" and c.i < clause.i
                                                and c.lemma_.lower() in _TIME_NOUNS
                                                for c in clause.children)) \
        and not (clause.dep_ == "relcl" and clause.head.lemma_.lower() in _TIME_NOUNS)


_TIME_NOUNS = frozenset({"day", "time", "week", "month", "year", "night", "morning", "evening", "moment", "hour"})


# Clauses with a subject of their own whose date is theirs, not that of an event outside them
# ("called on the US to act, where the toll has risen since October": October is the toll's;
# "said it would respond on Monday": the response's; see _dates_its_own). A date the parser
# hung on a participle with no subject may be the main verb's ("opened the border to refugees
# fleeing … on Tuesday"), and a conjunct shares its date ("struck Gaza and fired on Monday").
_OWN_DATE_CLAUSES = frozenset({"advcl", "acl", "relcl", "ccomp"})


def _relative_clause_date(doc: Doc, timex: Timex, span: Span) -> bool:
    """Whether ``timex`` dates a clause inside ``span`` that qualifies a noun and has a
    subject of its own ("which began on April 15"; "the worst since the Taliban returned to
    power in 2021"), not the words around it."""
    return in_other_clause(doc, timex.start, timex.end, span, _NOUN_CLAUSES, _qualifies_a_noun)


_NOUN_CLAUSES = frozenset({"relcl", "advcl"})


def _qualifies_a_noun(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause, or one hung on a noun or an adjective ("the
    worst since …"), that dates itself (:func:`_dates_its_own`)."""
    return (clause.dep_ == "relcl" or clause.head.pos_ in ("NOUN", "PROPN", "ADJ")) and _dates_its_own(clause)


def _dates_another_noun(doc: Doc, timex: Timex, span: Span) -> bool:
    """Whether ``timex`` only qualifies a noun inside ``span`` that is neither its head nor its
    subject ("accused him of helping plan the 1983 bombing": 1983 is the bombing's, not the
    accusation's; but "Saturday's attack killed 12": the killing's too)."""
    words = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if words is None:
        return False
    word = words.root
    if word.dep_ == "pobj" and word.head.lower_ == "since" and word.head.head.pos_ == "NOUN":
        return True  # ("met for the first direct talks since 2022": a yardstick, no one's date)
    return word.dep_ in ("compound", "amod", "nummod", "nmod", "poss") and word.head.pos_ == "NOUN" \
        and word.head.i != span.root.i and word.head.i not in {c.i for c in words} \
        and word.head.dep_ not in ("nsubj", "nsubjpass")


def _dates_a_charge(doc: Doc, timex: Timex, span: Span) -> bool:
    """Whether ``timex`` dates what someone is accused of, thanked or blamed for, outside
    ``span`` ("accused the army of shelling Nyala on Tuesday night": the shelling's night, not
    the accusation's, nor that of a verb joined to it)."""
    return in_other_clause(doc, timex.start, timex.end, span, _CHARGE_CLAUSES, _a_charge)


_CHARGE_CLAUSES = frozenset({"pcomp"})


def _a_charge(clause: Token) -> bool:
    # (on a verb: "the victim of cyberbullying this year" is dated by it)
    return clause.tag_ == "VBG" and clause.head.lower_ in ("of", "for") and clause.head.head.pos_ == "VERB"


def _other_tense(tense: int, timex: Timex, dct: dt.date | None) -> bool:
    """Whether a date outside an event's clause is of another time than the event's verb
    (:func:`_tense`): a past event ("which brokered the earlier talks") is not dated by "next
    week" of the clause it hangs on, nor a future one by "last week"."""
    if not tense or dct is None or timex.earliest is None or timex.latest is None:
        return False
    return tense < 0 and timex.earliest > dct or tense > 0 and timex.latest < dct


def _anchors(doc: Doc) -> list[Timex]:
    """The expressions that can date an event: days and times, not vague references, and not
    a live page's stamp, which is when the entry was posted, not when what it reports
    happened. Worked out once per document (every event of it asks)."""
    timexes = doc._.timexes or []
    cached = doc.user_data.get(_ANCHORS_KEY)
    if cached is not None and cached[0] is timexes:  # (the same list the time layer set)
        return list(cached[1])
    text = doc_text(doc)
    found = [t for t in timexes if t.type in ("DATE", "TIME") and t.value not in _REFS and t.earliest is not None
             and stamp_end(text, t.start) <= t.start]
    doc.user_data[_ANCHORS_KEY] = (timexes, found)
    return list(found)


_ANCHORS_KEY = "dateline.anchors"


def anchor_event(doc: Doc, start: int, end: int, lexicon: TimeLexicon | None = None) -> EventDate | None:
    """The date that governs an event reported in ``doc.text[start:end]``.

    A DATE or TIME expression inside the span wins; else one elsewhere in the span's sentence,
    not in a clause of its own that does not hold the span; else the closest explicit day
    earlier in the same paragraph, marked ``inherited``. From outside the span, a date of
    another time than the span's verb (:func:`_tense`, with the ``lexicon``'s verbs of plans)
    never anchors it: past for a future event, future for a past one.
    Durations, sets and vague references (``PAST_REF``) never anchor. None when nothing does.
    """
    timexes = _anchors(doc)
    if not timexes:
        return None

    def as_date(timex: Timex, inherited: bool) -> EventDate:
        return EventDate(timex.value, timex.precision, timex.earliest, timex.latest, inherited,
                         timex.text)

    span = doc.char_span(start, end, alignment_mode="expand")
    # (inside the words too, a clause with a date of its own does not date them: "the
    # fighting, which began on April 15, has killed 700 people")
    inside = [t for t in timexes if t.start >= start and t.end <= end and not (
        span is not None and (_relative_clause_date(doc, t, span) or _dates_another_noun(doc, t, span)
                              or _dates_a_charge(doc, t, span)))]
    if inside:
        return as_date(inside[0], False)
    # (nor from outside the words a date of another time than their verb: "said on Monday it
    # would meet them"; "which brokered the earlier talks" in a sentence about next week;
    # inside, "announced protests this Friday" dates the protests)
    tense, dct = _tense(doc, start, end, lexicon or load_lexicon()), doc._.dct
    if span is not None:
        sentence = span[0].sent
        same = [t for t in timexes if t.start >= sentence.start_char and t.end <= sentence.end_char
                and not _other_tense(tense, t, dct)
                and not in_other_clause(doc, t.start, t.end, span, _OWN_DATE_CLAUSES, _dates_its_own)
                and not _dates_a_charge(doc, t, span)
                and not (start <= t.start and t.end <= end and _dates_another_noun(doc, t, span))]
        if same:
            best = min(same, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
            return as_date(best, False)
    paragraphs = earlier(doc, "paragraphs")
    lower = 0
    for paragraph in paragraphs or []:
        if paragraph.start <= start < paragraph.end:
            lower = paragraph.start
    # (from the sentences before: a date of the event's own sentence was weighed above, and
    # one in another of its clauses is that clause's)
    upper = span[0].sent.start_char if span is not None else start
    before = [t for t in timexes if lower <= t.start < upper and t.precision in ("day", "time")
              and not _other_tense(tense, t, dct)]
    if before:
        return as_date(before[-1], True)
    return None
