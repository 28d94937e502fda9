"""Quantities: numbers that count something ("at least forty", "52 passengers", "dozens").

The layer registers the spaCy factory ``dateline_quantities_v1`` and fills
``doc._.quantities`` with :class:`~dateline.model.Quantity` records. It runs after the
parser and the time layer: numbers inside ``doc._.timexes`` are dates, times or durations,
not counts. Number words, bound words and the lists that tell counts from other numbers are
in ``data/numbers.json``.

Conventions (the gold format scores span overlap, value and bound):

* ``text`` is the bound words plus the number, plus the counted noun and its modifiers when
  the number directly modifies a following noun: ``"52 passengers"``, ``"two Red Cross
  ambulances"``, but ``"thirty"`` (in "thirty of them wounded") and ``"more than a
  thousand"`` when the number stands alone.
* ``value`` is numeric (``30.0``, ``1000.0``, ``1200000.0`` for "1.2 million").
* ``bound``: ``min`` (at least, more than, over ...), ``max`` (up to, fewer than ...),
  ``approx`` (about, some, nearly ...) or ``exact``. Plural number nouns ("dozens",
  "hundreds", "tens of thousands") are ``approx`` with the smallest value they denote
  (24, 200, 20000); "several" or "a few" before a scale word is three of it ("several
  hundred" = 300, ``approx``).
* A range ("between 20 and 30", "20-30", "20 to 30", "detained from 300 to 400 suspects") is
  one quantity: the lower figure with bound ``min`` and the upper one in ``upper``, the span
  covering the whole range; a lower end with no scale word takes the upper's ("two to three
  thousand" = 2000 to 3000). After a word of change ("rose from 20 to 30", "an increase from
  20 to 30") "from … to" is a change: two quantities. ``X-Y`` with ``X >= Y`` or next to a
  score word is a score and is skipped.
* ``unit`` is the counted noun: the noun the number modifies, the noun of its ``of`` phrase
  ("dozens of homes", "thirty of them wounded"), a casualty word right after it ("30 dead"),
  the noun of "the number of X" earlier in the sentence (or right after a count raised "to"
  it, as translated copy orders it: "raised to 34,789 the number of dead, and to 78,204 the
  wounded"), what the count before counts for
  "bringing the total to 171", the dead of a "death toll", the
  predicate of "N were children", else the nearest plural noun before it in the sentence.
* Not counts, so skipped: dates and years, times, durations ("three days", "a six-week
  truce"), ages ("aged 45", "45-year-old", "the suspect, 45,", "people over 50"), ordinals,
  scores, identifiers ("Resolution 2334", "Route 60", "by day 50"), and a pair already named ("the two
  countries"). Money, percentages and measurements are no counts but are typed as such:
  they carry the unit ``"USD"``, ``"percent"``, ``"km"`` ... and a ``kind`` (``money``,
  ``percent``, ``measure``), and ages ("aged 45", "aged 3, 7 and 12", and as a range "aged
  between 2 and 11") come as ``kind="age"``; counts have
  ``kind="count"``. A component built with ``measures=False`` keeps counts only.
* Formats: "28.340 dead" (a dot between thousands, read so when what is counted comes only
  in whole numbers), "1,2 million" (a decimal comma before a scale word), "28 000" (a space
  between thousands), as translated copy keeps them; "40+" is 40, ``min``. "One in three
  children", "6 out of 10 voters" are one share, ``kind="percent"`` (33.3, 60).
* ``part_of``: a count that is part of an earlier count in its sentence points at it ("134
  hostages, at least thirty of them dead"; "40 people, including 12 children"; "of whom"),
  and a part named first at the whole after it ("fewer than 40 of the 250 detainees"). A share
  of an earlier count is a count of its own, computed from the whole and pointing at it:
  "about 100 hostages, at least a third of whom are believed to be dead" gives 33 dead, ``min``
  ("half of them", "two-thirds of them children"; the fractions are in ``data/numbers.json``),
  and so is a share of the count right after it ("nearly two-thirds of the 253 people taken
  hostage": 169, part of the 253). The counts after a clause that opens "Of the 300 wounded,"
  are parts of the 300, unless they name a noun of their own. A percentage of a count points
  at it too ("34,000 killed, at least 60 percent of them women", "60 percent of the 2,000
  voters", "Of the 300 wounded, 40 percent …"), and stays a percentage.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._data import read_data
from ._extensions import doc_text, earlier
from .cues import supersenses
from .model import Paragraph, Quantity, Timex
from .structure import cut_off

__all__ = [
    "NumberLexicon",
    "QuantityExtractor",
    "extract_quantities",
    "load_numbers",
    "numbered_name",
    "parse_number",
]

logger = logging.getLogger(__name__)

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)

Bound = Literal["exact", "min", "max", "approx"]

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+)(?:\.\d+)?$")
# Number formats of continental Europe, as translated copy keeps them: "28.340 dead" (a dot
# between thousands), "1,2 million" (a decimal comma), "28 000" (a space between thousands).
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}\.\d{3}$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_GROUP = re.compile(r"^\d{3}$")
_LEAD_GROUP = re.compile(r"^\d{1,3}$")
# British and business shorthand: "1.5m people", "2.5k troops", "70pc of the population".
_SHORT_SCALES = {"m": 1_000_000.0, "k": 1000.0, "m.": 1_000_000.0}  # ("£10m." ending its sentence)
_GLUED_PERCENT = frozenset({"pc", "pct"})
_GROUP_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
# WordNet's kinds of noun that are counted in whole numbers (a first sense of one of these).
_WHOLE_KINDS = frozenset({"person", "group", "artifact", "animal", "location", "body", "object"})
_GLUED_SCALE = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([a-z]{1,2})$")
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_ARTICLES = frozenset({"a", "an"})
# Participles of belief between a bare number and the state they give it ("12 feared dead").
_BELIEVED = frozenset({"presumed", "believed", "feared", "thought", "confirmed", "reported", "declared"})
_LOCATIVE_PREPS = frozenset({"from", "in", "at", "on", "into", "inside", "near", "across", "to"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# Bound words the parser may read as a preposition before the count: "displaced over 14 million".
_BOUND_PREPS = frozenset({"over", "under", "around", "about"})
# Days named by where they stand from today: no noun a number counts ("390 - today").
_DEICTIC = frozenset({"today", "tonight", "yesterday", "tomorrow", "now"})
_MAX_VALUE_DIGITS = 13


@dataclass(frozen=True)
class NumberLexicon:
    """Word lists from ``data/numbers.json``, ready for token look-ups."""

    @cached_property
    def currencies(self) -> frozenset[str]:
        """Every currency code the symbols, words, codes and named currencies give."""
        return frozenset({*self.currency_symbols.values(), *self.currency_words.values(),
                          *self.currency_codes.values(), *self.currency_named.values()})

    units: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    vague: dict[tuple[str, ...], float]
    bounds: dict[tuple[str, ...], Bound]
    trailing: dict[tuple[str, ...], Bound]
    range_openers: frozenset[str]
    range_joiners: frozenset[str]
    change_openers: frozenset[str]
    change_words: frozenset[str]
    score_words: frozenset[str]
    time_units: frozenset[str]
    months: frozenset[str]
    age_words: frozenset[str]
    age_after: frozenset[str]
    measures_before: frozenset[str]
    identifier_words: frozenset[str]
    #: Number-noun compounds that describe, not count ("two-state", "one-off").
    number_adjectives: frozenset[str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    #: Codes before the number ("NIS 5 billion") and currencies named with a demonym after it
    #: ("1 billion Sudanese pounds"), lower case.
    currency_codes: dict[str, str]
    currency_named: dict[str, str]
    percent: frozenset[str]
    measures: frozenset[str]
    casualty_words: frozenset[str]
    context_nouns: frozenset[str]
    #: Nouns of a handover whose compound a number in their "of" counts ("a prisoner exchange of 1,000").
    exchange_nouns: frozenset[str]
    reckoning_nouns: frozenset[str]
    #: Verbs whose object is displaced: only "from their homes", or alone.
    uprooting_verbs: frozenset[str]
    uprooting_alone: frozenset[str]
    toll_units: dict[str, str]
    fractions: dict[str, float] = field(default_factory=dict)
    #: Verbs whose subject a count counts as what befell them ("hundreds died": dead).
    subject_verbs: dict[str, str] = field(default_factory=dict)
    #: Each casualty word to the words that name the same fate ("dead": dead, killed).
    casualty_kin: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def words(self) -> dict[str, float]:
        """Cardinal words below a hundred (units and tens)."""
        return {**self.units, **self.tens}


def _numbers(table: dict[str, Any]) -> dict[str, float]:
    return {k.lower(): float(v) for k, v in table.items() if not k.startswith("_")}


def _phrases(table: dict[str, Any]) -> dict[tuple[str, ...], Bound]:
    out: dict[tuple[str, ...], Bound] = {}
    for bound in ("min", "max", "approx"):
        for phrase in table.get(bound, []):
            out[tuple(phrase.lower().split())] = bound
    return out


def _words(value: Any) -> frozenset[str]:
    items = value.get("words", []) if isinstance(value, dict) else value
    return frozenset(str(w).lower() for w in items)


@lru_cache(maxsize=8)
def load_numbers(path: str | None = None) -> NumberLexicon:
    """Load the number lexicon from ``path`` or the packaged ``data/numbers.json``."""
    raw = read_data("numbers.json", path)
    data: dict[str, Any] = json.loads(raw)
    currencies = data.get("currencies", {})
    ranges = data.get("ranges", {})
    return NumberLexicon(
        units=_numbers(data["units"]),
        tens=_numbers(data["tens"]),
        scales=_numbers(data["scales"]),
        vague={tuple(k.lower().split()): v for k, v in _numbers(data.get("vague", {})).items()},
        bounds=_phrases(data.get("bounds", {})),
        trailing=_phrases(data.get("trailing_bounds", {})),
        range_openers=_words(ranges.get("openers", [])),
        range_joiners=_words(ranges.get("joiners", [])),
        change_openers=_words(ranges.get("change_openers", [])),
        change_words=_words(ranges.get("change_words", [])),
        score_words=_words(data.get("score_words", [])),
        time_units=_words(data.get("time_units", [])),
        months=_words(data.get("months", [])),
        age_words=_words(data.get("age_words", [])),
        age_after=_words(data.get("age_after", [])),
        measures_before=_words(data.get("measures_before", [])),
        identifier_words=_words(data.get("identifier_words", [])),
        number_adjectives=_words(data.get("number_adjectives", [])),
        currency_symbols={
            k.lower(): v for k, v in currencies.get("symbols", {}).items() if not k.startswith("_")
        },
        currency_words={
            k.lower(): v for k, v in currencies.get("words", {}).items() if not k.startswith("_")
        },
        currency_codes={k.lower(): v for k, v in currencies.get("codes", {}).items()},
        currency_named={k.lower(): v for k, v in currencies.get("named", {}).items()},
        percent=_words(data.get("percent", [])),
        measures=_words(data.get("measures", [])),
        casualty_words=_words(data.get("casualty_words", [])),
        context_nouns=_words(data.get("context_nouns", [])),
        exchange_nouns=_words(data.get("exchange_nouns", [])),
        reckoning_nouns=_words(data.get("reckoning_nouns", [])),
        uprooting_verbs=_words(data.get("uprooting_verbs", {}).get("from_home", [])),
        uprooting_alone=_words(data.get("uprooting_verbs", {}).get("alone", [])),
        toll_units={k.lower(): v for k, v in data.get("toll_units", {}).items() if not k.startswith("_")},
        subject_verbs={k.lower(): v for k, v in data.get("subject_verbs", {}).items() if not k.startswith("_")},
        fractions=_numbers(data.get("fractions", {})),
        casualty_kin={w.lower(): frozenset(x.lower() for x in group)
                      for group in data.get("casualty_kin", {}).get("groups", []) for w in group},
    )


def parse_number(words: Sequence[str], lexicon: NumberLexicon | None = None) -> float | None:
    """The value of a cardinal written in digits and/or words, or None.

    >>> parse_number(["1.2", "million"])
    1200000.0
    >>> parse_number(["two", "thousand", "five", "hundred"])
    2500.0
    >>> parse_number(["a", "thousand"])
    1000.0
    """
    lexicon = lexicon or load_numbers()
    small = lexicon.words
    total = 0.0
    current: float | None = None
    seen = False
    grouping = False  # (after digits: a group of three more is their thousands, "28 000")
    words = [w.lower() for w in words if not w.isspace()]
    for k, word in enumerate(words):
        if word in _ARTICLES or word in ("and", "-"):
            continue
        if grouping and current is not None and _GROUP.match(word):
            current = current * 1000 + float(word)
        elif _DECIMAL_COMMA.match(word) and k + 1 < len(words) and words[k + 1] in lexicon.scales:
            current = (current or 0.0) + float(word.replace(",", "."))  # ("1,2 million")
        elif _DIGITS.match(word):
            digits = word.replace(",", "")
            if digits.count(".") > 1:
                digits = digits.replace(".", "")  # ("1.234.567": thousands, never a decimal)
            if len(digits.split(".")[0]) > _MAX_VALUE_DIGITS:
                return None
            current = (current or 0.0) + float(digits)
        elif word in small:
            current = (current or 0.0) + small[word]
        elif word in lexicon.scales:
            scale = lexicon.scales[word]
            base = current if current is not None else 1.0
            if scale < 1000:
                current = base * scale
            else:
                total += base * scale
                current = None
        else:
            return None
        grouping = bool(_DIGITS.match(word)) and "." not in word and "," not in word
        seen = True
    if not seen:
        return None
    return _tidy(total + (current or 0.0))


def _tidy(value: float) -> float:
    """``value`` without the binary fraction's trailing error ("4.1 billion" is 4.1 × 10⁹,
    which floats make 4099999999.9999995): fifteen significant digits are all a text gives."""
    return float(f"{value:.15g}")


_PART_PRONOUNS = frozenset({"them", "whom", "those", "which", "these"})


# Month names that are also verbs: "60 may leave", "thousands march" are no dates.
_VERB_MONTHS = frozenset({"may", "march"})


@dataclass
class _Run:
    """Tokens ``first..last`` (inclusive) that spell one number."""

    first: int
    last: int
    value: float
    vague: bool = False
    #: The noun a shorthand scale counts ("1.5m people": people), which the parser misses.
    counted: int | None = None


class _Scanner:
    """Finds number runs in a Doc and decides whether each one counts something."""

    def __init__(self, doc: Doc, lexicon: NumberLexicon, measures: bool) -> None:
        self.doc = doc
        self.lex = lexicon
        self.measures = measures
        self.lower = [t.lower_ for t in doc]
        self.small = lexicon.words
        self.max_vague = max((len(k) for k in lexicon.vague), default=1)
        self.max_bound = max((len(k) for k in lexicon.bounds), default=1)
        self.max_trailing = max((len(k) for k in lexicon.trailing), default=1)

    # -- finding numbers -------------------------------------------------------------------

    def _counts_after(self, i: int) -> bool:
        """Whether the token after ``i`` is a plural noun of whole things ("1.5m people"),
        which makes an "m" or "k" a scale, not metres or a kilo."""
        k = i + 1
        return k < len(self.doc) and self.doc[k].tag_ in ("NNS", "NNPS") and self.counts_whole_things(self.lower[k])

    def _short_scale(self, number: int, scale: int) -> bool:
        """Whether the "m" or "k" at ``scale`` (the number's own token when glued) scales
        the number at ``number``: whole things counted after it, or money ("$50k", "4.1m
        euros"), not metres or a kilo ("a 3m wall")."""
        return self._counts_after(scale) or self._prev(number) in self.lex.currency_symbols \
            or self._next(scale, skip_hyphen=False) in self.lex.currency_words

    def _is_number_word(self, i: int) -> bool:
        word = self.lower[i]
        return bool(_DIGITS.match(word)) or word in self.small or word in self.lex.scales or bool(
            _DECIMAL_COMMA.match(word) and i + 1 < len(self.lower) and self.lower[i + 1] in self.lex.scales)

    def _group_after(self, j: int) -> int | None:
        """The token of a group of three digits that continues the digits at ``j`` past one
        space ("28 000", also with a no-break or thin space), or None."""
        doc = self.doc
        if not _LEAD_GROUP.match(self.lower[j]) and not (j > 0 and _GROUP.match(self.lower[j])):
            return None
        k = j + 1
        if doc[j].whitespace_ == "" and k < len(doc) and doc[k].text in _GROUP_SPACES:
            k += 1  # (the tokenizer keeps a no-break space as a token of its own)
        elif doc[j].whitespace_ != " ":
            return None
        return k if k < len(doc) and _GROUP.match(self.lower[k]) else None

    def run_at(self, i: int) -> _Run | None:
        """The number starting at token ``i``, if one does."""
        lower = self.lower
        n = len(lower)
        for size in range(min(self.max_vague, n - i), 0, -1):
            key = tuple(lower[i : i + size])
            if key in self.lex.vague:
                # "scores" and the like count only with an "of" phrase or a noun after them.
                return _Run(i, i + size - 1, self.lex.vague[key], vague=True)
        word = lower[i]
        start = i
        glued = _GLUED_SCALE.match(word)
        if glued:
            number, suffix = float(glued.group(1).replace(",", "")), glued.group(2)
            if suffix in self.lex.scales:
                # "$2.5bn": the number and its scale in one token
                return _Run(i, i, _tidy(number * self.lex.scales[suffix]))
            counts = suffix in _SHORT_SCALES and self._counts_after(i)
            if suffix in _SHORT_SCALES and self._short_scale(i, i):
                # ("2.5k troops", "$50k", "4.1m euros")
                return _Run(i, i, _tidy(number * _SHORT_SCALES[suffix]), counted=i + 1 if counts else None)
            if suffix in _GLUED_PERCENT:
                return _Run(i, i, number)  # ("70pc": a share, see measure_unit)
        half = False
        if word in _ARTICLES:
            # "a thousand", "a dozen": the article stands for "one" ("half a million": a half).
            if i + 1 < n and lower[i + 1] in self.lex.scales:
                half = i > 0 and lower[i - 1] == "half"
                i += 1
            else:
                return None
        elif not self._is_number_word(i):
            return None
        j = i
        scales, small, tens = self.lex.scales, self.small, self.lex.tens
        short: float | None = None
        while j + 1 < n:
            cur, nxt = lower[j], lower[j + 1]
            group = self._group_after(j) if j == start or _GROUP.match(cur) else None
            if group is not None:
                j = group  # "28 000"
            elif nxt in _SHORT_SCALES and j == start and _DIGITS.match(cur) and self._short_scale(j, j + 1):
                j, short = j + 1, _SHORT_SCALES[nxt]  # "1.5m people" (the tokenizer splits "m" off)
                break
            elif nxt in scales:
                j += 1  # "1.2 million", "two thousand"
            elif nxt in small and (cur in scales or cur in tens) and not _DIGITS.match(nxt):
                j += 1  # "thousand five", "twenty five"
            elif (
                j + 2 < n
                and lower[j + 2] in small
                and ((nxt == "-" and cur in tens) or (nxt == "and" and cur in scales))
            ):
                j += 2  # "twenty-five", "one hundred and twenty"
            else:
                break
        if lower[j] in _ARTICLES:
            return None
        value = parse_number(lower[start : j + 1 if short is None else j], self.lex)
        if value is None:
            return None
        if short is not None:
            return _Run(start, j, _tidy(value * short), counted=j + 1)
        return _Run(start - 1, j, value / 2) if half else _Run(start, j, value)

    # -- deciding what a number is -------------------------------------------------------

    def _next(self, i: int, skip_hyphen: bool = True) -> str:
        k = i + 1
        if skip_hyphen and k < len(self.lower) and self.lower[k] in ("-", "–"):
            k += 1
        return self.lower[k] if k < len(self.lower) else ""

    def _prev(self, i: int) -> str:
        return self.lower[i - 1] if i > 0 else ""

    def measure_unit(self, run: _Run) -> str | None:
        """``"USD"``, ``"percent"``, ``"km"`` ... when the number is money, a share or a measure."""
        doc = self.doc
        glued = _GLUED_SCALE.match(self.lower[run.last])
        if glued and glued.group(2) in _GLUED_PERCENT:
            return "percent"
        prev = self._prev(run.first)
        before = self.currency_before(run.first)  # ("$20 million", "NIS 5 billion")
        if before is not None:
            return before
        named = self.named_currency(run)
        if named is not None:
            return named
        if run.first > 0 and doc[run.first - 1].text[-1:] in ("$", "€", "£", "¥", "₪", "₹"):
            return self.lex.currency_symbols.get(doc[run.first - 1].text[-1:])
        if prev in self.lex.measures_before:
            return prev  # "a magnitude 6.1 earthquake"
        nxt = self._next(run.last, skip_hyphen=False)
        if nxt in self.lex.currency_words:
            return self.lex.currency_words[nxt]
        if nxt in self.lex.percent or (
            nxt == "per" and self._next(run.last + 1, skip_hyphen=False) == "cent"
        ):
            return "percent"
        if nxt in self.lex.measures:
            after = self._next(run.last + 1, skip_hyphen=False)
            return f"{nxt} {after}" if after in self.lex.measures else nxt  # ("50 nautical miles")
        if self._next(run.last) in self.lex.measures:
            return self._next(run.last)  # "a 14-kilometre strip"
        return None

    def currency_before(self, i: int) -> str | None:
        """The currency a symbol or code right before token ``i`` names ("$20 million", "NIS 5
        billion", "EUR 68 million"), or None."""
        prev = self._prev(i)
        return self.lex.currency_symbols.get(prev) or self.lex.currency_codes.get(prev)

    def named_currency(self, run: _Run) -> str | None:
        """The currency a demonym and its word after the number name ("1 billion Sudanese
        pounds": SDG), or None."""
        nxt = self._next(run.last, skip_hyphen=False)
        return self.lex.currency_named.get(f"{nxt} {self._next(run.last + 1, skip_hyphen=False)}") if nxt else None

    def measure_after(self, run: _Run) -> bool:
        """Is the measure word the token right after the number ("5 percent")?"""
        nxt = self._next(run.last, skip_hyphen=False)
        return nxt in self.lex.currency_words or nxt in self.lex.percent or nxt == "per" \
            or nxt in self.lex.measures or self.named_currency(run) is not None

    def measure_hyphenated(self, run: _Run) -> bool:
        """Is the measure word joined to the number by a hyphen ("14-kilometre")?"""
        return self._next(run.last, skip_hyphen=False) in ("-", "–") \
            and self._next(run.last) in self.lex.measures

    def kind_of(self, measure: str | None) -> str:
        """``count`` for counts, else ``money``, ``percent`` or ``measure``."""
        if measure is None:
            return "count"
        if measure == "percent":
            return "percent"
        return "money" if measure in self.lex.currencies else "measure"

    def is_not_count(
        self, run: _Run, timex_spans: Sequence[tuple[int, int]], in_range: bool = False
    ) -> str | None:
        """Why the number is not a count (date, time, age, ordinal, identifier), or None."""
        doc = self.doc
        first, last = doc[run.first], doc[run.last]
        start, end = first.idx, last.idx + len(last.text)
        after = [t for t in self.lower[run.last + 1 : run.last + 5] if t != "-"]
        if after[:1] and after[0] in self.lex.fractions and (
                self.lower[run.last + 1 : run.last + 2] == ["-"] or after[0] != "half" and after[1:2] == ["of"]):
            return "fraction"  # "two-thirds of them", "three quarters of the population": a share (see _fractions)
        if self.lower[run.last + 1 : run.last + 2] == ["-"] and after[:1]:
            pair = f"{self.lower[run.last]}-{after[0]}"
            triple = f"{pair}-{after[1]}" if after[1:2] and self.lower[run.last + 3 : run.last + 4] == ["-"] else ""
            if pair in self.lex.number_adjectives or triple in self.lex.number_adjectives:
                return "description"  # ("a two-state solution", "one-on-one talks": no states, no talks counted)
        if after[:2] in (["year", "old"], ["years", "old"]):
            return "age"  # "a 14-year-old boy", "45 years old" (before the time layer's say)
        for t_start, t_end in timex_spans:
            if t_start < end and t_end > start:
                return "inside a temporal expression"
        prev, nxt = self._prev(run.first), self._next(run.last)
        if (
            prev in self.lex.months
            or nxt in self.lex.months and not (nxt in _VERB_MONTHS and doc[run.last + 1].text.islower())
            or (nxt == "of" and self._next(run.last + 1) in self.lex.months)
            # ("from 3 to 5 March": the first day of a range of days)
            or (nxt in ("to", "and", "through", "until") and run.last + 3 < len(doc)
                and doc[run.last + 2].like_num and self.lower[run.last + 3] in self.lex.months)
        ):
            return "date"
        if nxt in self.lex.time_units:
            return "time, duration or age"
        if nxt == "times":
            return "how often"  # ("displaced up to 10 times", "five times more")
        if nxt in _ORDINAL_SUFFIX:
            return "ordinal"
        if prev in self.lex.age_words:
            return "age"
        if prev in self.lex.range_openers and run.first >= 2 and self.lower[run.first - 2] in self.lex.age_words:
            return "age"  # "aged between 2 and 11"
        if self.age_bound(run.first) is not None:
            return "age"  # "aged under 25", "under the age of 5"
        if prev in ("and", "or", ","):
            # "aged 45 and 60", "aged 3, 7 and 12": a list of ages after the age word
            k = run.first - 1
            while k > 0 and (self.lower[k] in ("and", "or", ",") or doc[k].like_num):
                k -= 1
            if self.lower[k] in self.lex.age_words and doc[k + 1].like_num:
                return "age"
        if prev in ("over", "under", "above") and run.first >= 2 \
                and self.lower[run.first - 2] in self.lex.age_after and self.head_noun(run) is None:
            # "women, children and people over 50"
            return "age"
        single = run.first == run.last and not run.vague
        if single and first.lower_ in ("two", "both") and prev == "the" and self.head_noun(run) is not None:
            return "a pair named before"  # "the heads of the two countries"
        if (
            single
            and re.fullmatch(r"\d{4}", first.text)
            and 1500 <= run.value <= 2100
            and not (first.dep_ == "nummod" and first.head.tag_ in ("NNS", "NNPS"))
        ):
            return "year"
        if (
            single
            and prev == ","
            and nxt in (",", ".", ")")
            and run.value < 120
            and run.first >= 2
            and doc[run.first - 2].pos_ in _NOUN_POS
        ):
            return "age"
        if run.first > 0 and not in_range:
            before = doc[run.first - 1]
            glued = before.whitespace_ == "" and (
                before.text[-1:].isalpha() or before.text in ("-", "/")
            )
            in_word_number = (
                before.text == "-" and run.first >= 2 and doc[run.first - 2].lower_ in self.small
            )
            if glued and not in_word_number:
                return "identifier"  # "F-16", "A/74": part of a name
            if numbered_name(first, self.lex) or prev in self.lex.identifier_words and (
                    # ("on day 16 of the truce", "phase 2 begins"; not "building 40 homes")
                    before.pos_ == "NOUN" and before.tag_ == "NN" and self.head_noun(run) is None) \
                    or prev in ("no.", "#") \
                    or before.text == "." and run.first >= 2 and self.lower[run.first - 2] in ("no", "nos") \
                    and not doc[run.first - 2].whitespace_:
                # ("Report No. 14", "Resolution No. 2728": the tokenizer splits off the dot)
                return "identifier"
            if (
                before.pos_ == "PROPN"
                and before.is_title
                and not before.is_sent_start
                and not (last.dep_ == "nummod" and last.head.i > run.last)
                and last.head.i == before.i
            ):
                return "identifier"
        if run.vague and first.lower_ == "scores" and nxt != "of":
            return "not a number"
        if (
            single
            and first.lower_ == "one"
            and (
                nxt in ("of", "another")
                or not (
                    first.dep_ == "nummod"
                    and first.head.i > run.last
                    and first.head.pos_ in _NOUN_POS
                )
            )
        ):
            return "pronoun 'one'"
        if single and first.lower_ == "one" and first.head.lemma_.lower() in self.lex.reckoning_nouns:
            return "article 'one'"  # ("by one count, 150,000 have died": no count of counts)
        return None

    def bound_before(self, i: int) -> tuple[Bound, int] | None:
        """The bound phrase ending right before token ``i`` and its first token."""
        for size in range(min(self.max_bound, i), 0, -1):
            key = tuple(self.lower[i - size : i])
            # "handed over millions": a verb particle, not a bound (but "wounded up to 120
            # others", whose "up" the parser also makes the verb's particle, is one).
            if key in self.lex.bounds and (self.doc[i - size].dep_ != "prt" or key == ("up", "to")):
                return self.lex.bounds[key], i - size
        return None

    def age_bound(self, i: int, groups: bool = False) -> tuple[Bound, int] | None:
        """The bound of an age starting at token ``i`` and its first token: "aged under 25",
        "under the age of 5", "over the age of 60"; with ``groups``, also after a group
        that takes an age ("people over 50")."""
        if i >= 4 and self.lower[i - 3:i] == ["the", "age", "of"]:
            return self.bound_before(i - 3)
        found = self.bound_before(i)
        before = self.lower[found[1] - 1] if found is not None and found[1] >= 1 else ""
        return found if before in self.lex.age_words or groups and before in self.lex.age_after else None

    def bound_after(self, i: int) -> tuple[Bound, int] | None:
        """The trailing bound phrase ("or more") starting right after token ``i``."""
        n = len(self.lower)
        for size in range(min(self.max_trailing, n - i - 1), 0, -1):
            key = tuple(self.lower[i + 1 : i + 1 + size])
            if key in self.lex.trailing:
                return self.lex.trailing[key], i + size
        return None

    def plus_after(self, i: int) -> bool:
        """Whether a plus sign is glued to the number ending at token ``i`` ("40+")."""
        return i + 1 < len(self.doc) and self.doc[i + 1].text == "+" and self.doc[i].whitespace_ == ""

    def changes(self, opener: int) -> bool:
        """Whether the "from" at ``opener`` tells where a changing figure started ("rose from
        20 to 30", "an increase from 20 to 30"), not the low end of a range ("detained from
        300 to 400 suspects")."""
        word = self.doc[opener].head
        return word.lemma_.lower() in self.lex.change_words or word.lower_ in self.lex.change_words

    def is_score(self, lower_run: _Run, upper_run: _Run) -> bool:
        return lower_run.value >= upper_run.value or self.scored(lower_run, upper_run)

    def scored(self, lower_run: _Run, upper_run: _Run) -> bool:
        """Whether a word of scores or votes stands near the pair ("by a vote of 10 to 1")."""
        window = self.lower[max(0, lower_run.first - 4) : upper_run.last + 3]
        return any(w in self.lex.score_words for w in window)

    def thousands(self, run: _Run) -> float | None:
        """The value of a lone "28.340" read with the dot between thousands, else None."""
        word = self.lower[run.first]
        return float(word.replace(".", "")) if run.first == run.last and _DOTTED_THOUSANDS.match(word) else None

    def counts_whole_things(self, unit: str | None) -> bool:
        """Whether ``unit`` (a casualty word or a noun's lemma) names what comes only in whole
        numbers: the dead and wounded, people, groups, things and places (WordNet's kinds of
        noun), not shares or tonnes."""
        if unit is None:
            return False
        word = unit.lower()
        if word in self.lex.casualty_words:
            return True
        # (or a plural whose singular its "s" or "es" gives: the lemma of a proper noun keeps
        # its plural, "Palestinians")
        kinds = {k for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "")
                 if form for k in supersenses().get((form, "n"), ())[:1]}
        return bool(kinds & _WHOLE_KINDS)

    # -- what is counted -----------------------------------------------------------------

    def head_noun(self, run: _Run) -> Token | None:
        """The noun the number modifies, when it follows the number."""
        if self.lower[run.last + 1 : run.last + 3] == ["-", "strong"] and run.last + 3 < len(self.doc):
            # ("a 1,200-strong force", "a 5,000-strong peacekeeping force": the force's number)
            noun = self.doc[run.last + 3]
            while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
                noun = noun.head
            if noun.pos_ in _NOUN_POS:
                return noun
        for k in range(run.last, run.first - 1, -1):
            tok = self.doc[k]
            head = tok.head
            if tok.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i > run.last:
                if any(t.pos_ == "VERB" and not (
                        t.dep_ == "amod" and t.head == head and (t.tag_ == "VBN" or t.tag_ == "VBG" and t.i + 1 == head.i)
                        # ("10 living hostages"; "45 Shahed-type drones", a name the tagger took for
                        # a participle, describing a word of the noun's phrase)
                        or t.dep_ == "amod" and t.tag_ == "VBN" and run.last < t.head.i < head.i
                        and self.lower[t.i + 1] == "-")
                       for t in self.doc[run.last + 1 : head.i]):
                    # "500 serving life sentences": the parser's slip (but "22 seriously
                    # wounded Russian servicemen": a participle describing the noun)
                    return None
                hyphened = self.lower[run.last + 1:run.last + 2] == ["-"]  # ("two-term presidents")
                while head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.pos_ == "NOUN" \
                        and (head.pos_ == "PROPN" or head.tag_ == "NN" and head.head.tag_ == "NNS" and not hyphened):
                    # ("Twenty Hamas fighters": fighters, the name says whose; "20 aid workers":
                    # workers, the parser hung the number on the compound)
                    head = head.head
                if head.pos_ == "PROPN" and head.dep_ in ("compound", "nmod") and head.head.tag_ == "NNS" \
                        and head.head.i > head.i and head.right_edge.i == head.head.i - 1:
                    head = head.head  # ("Two Unit 8200 veterans": a name with its number, then the noun)
                following = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
                if following is not None and head.dep_ in ("pobj", "dobj") and following.dep_ == head.dep_ \
                        and following.head == head.head and head.tag_ == "NNS":
                    return None  # ("one in four faces starvation": a verb read as a second object)
                if head.pos_ in _NOUN_POS and head.lower_ not in self.lex.time_units and head.lower_ not in _DEICTIC:
                    return head
                return None  # (nor "390 - today": the day, not what is counted)
        return None

    def condition(self, noun: Token) -> str:
        """The counted noun with what befell them, where the sentence says it: "killed 12
        people", "12 people were killed", "100 people dead" count "people killed" and
        "people dead", as a casualty count is read; "12 people" alone are "people"."""
        text, casualty = _unit_text(noun), self.lex.casualty_words
        if noun.lower_ in casualty:
            return text
        # ("people killed", "civilians wounded in the strike"; "displaced families" too)
        word = self.befallen(noun) or next((c.lower_ for c in noun.children if (c.i > noun.i or c.dep_ == "amod")
                                            and c.dep_ in ("amod", "acl") and c.lower_ in casualty), None)
        if word is None and noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].lower_ in casualty:
            word = self.doc[noun.i + 1].lower_
        if word is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and (noun.head.head.lemma_.lower() in ("death", "body", "corpse") or noun.head.head.lower_ == "remains"):
            # ("the deaths of about 1,160 people", "the bodies of 11 people": the dead)
            word = self.lex.toll_units["death"]
        if word is None and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to"):
            # ("puts the death toll from that attack at 1,208 people": 1,208 people dead)
            word = next((self.lex.toll_units[c.lower_] for t in noun.head.ancestors if t.pos_ in ("VERB", "AUX")
                         for o in t.children if o.lower_ == "toll" for c in o.children
                         if c.dep_ == "compound" and c.lower_ in self.lex.toll_units), None)
        return f"{text} {word}" if word is not None else text

    def befallen(self, word: Token) -> str | None:
        """What befell those a word counts, by its place in its clause: the object or passive
        subject of "killed" ("killed 12 people", "12 were killed"), the subject of "died" or
        "fled" (``subject_verbs``), for each of joined nouns ("40 civilians and 11 soldiers had
        been killed")."""
        while word.dep_ == "conj" and word.head.pos_ in _NOUN_POS:
            word = word.head
        if word.dep_ == "dobj":
            return self.befell(word.head)
        if word.dep_ == "nsubjpass":
            # ("12 were killed"; "30 are feared dead", "24 are believed to be alive": the state
            # the belief gives them)
            return self.befell(word.head) or self.predicated(word.head)
        if word.dep_ == "nsubj" and word.head.lower_ in self.lex.casualty_words \
                and not any(c.dep_ == "dobj" for c in word.head.children):
            # ("19 of the 25 people on board were still missing"; not "are missing their passports")
            return word.head.lower_
        if word.dep_ == "nsubj" and word.head.lemma_ == "be":
            # ("the 40 hostages are alive": the state the copula gives them)
            return self.predicated(word.head)
        return self.lex.subject_verbs.get(word.head.lemma_.lower()) if word.dep_ == "nsubj" else None

    def predicated(self, verb: Token) -> str | None:
        """The casualty word ``verb`` says its subject is in: "are alive", "are feared dead",
        "are believed to be alive", "are thought to be missing"."""
        for child in verb.children:
            if child.dep_ in ("acomp", "oprd", "xcomp") and child.lower_ in self.lex.casualty_words:
                return child.lower_
            if child.dep_ == "xcomp" and child.lemma_ == "be":
                return self.predicated(child)
            if child.dep_ == "prep" and child.lower_ == "among":
                # ("Eleven soldiers were among the dead")
                among = next((g for g in child.children if g.dep_ == "pobj"), None)
                if among is not None and among.lower_ in self.lex.casualty_words:
                    return among.lower_
        return None

    def befell(self, verb: Token) -> str | None:
        """The casualty word of a verb that counts its object or passive subject as one:
        "killed", "killing" and "kills" give "killed"; "injuring" gives "injured"."""
        if verb.lower_ in self.lex.casualty_words:
            return verb.lower_
        lemma = verb.lemma_.lower()
        if lemma in self.lex.uprooting_alone or lemma in self.lex.uprooting_verbs and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in ("home", "house") for g in c.children)
                for c in verb.children):
            return "displaced"  # ("driven nearly 9 million from their homes")
        # (participles only: "missed 12 deadlines" counts no one missing)
        return next((w for w in sorted(self.lex.casualty_words) if len(lemma) >= 4 and w.startswith(lemma)
                     and (w.endswith("ed") or w == lemma)), None) if verb.pos_ == "VERB" else None

    def unit(self, run: _Run, head: Token | None, total: bool = False) -> str | None:
        """The counted noun, from the parse and, failing that, the sentence around (``total``:
        for the count a total sums up, whose own total is not looked for)."""
        doc = self.doc
        if head is not None and head.lower_ == "others":
            # ("and wounded 40 others", "four others were hurt": the wounded, the hurt; "wounded
            # up to 120 others", the bound read as a preposition)
            bounded = head.dep_ == "pobj" and (head.head.lower_ in _BOUND_PREPS or head.head.lower_ == "to"
                                               and doc[head.head.i - 1].lower_ == "up")
            verb = head.head.head if bounded else head.head if head.dep_ in ("dobj", "nsubjpass") else None
            if verb is not None and (befell := self.befell(verb)) is not None:
                return befell
        swap = self.traded_in(run, head)
        if swap is not None:
            # ("the 1000 for 1000 exchange": each number counts what is traded, which only a
            # compound names: "a 1,000-for-1,000 prisoner exchange")
            return _traded(swap)
        if head is not None and head.lower_ != "others":
            return self.condition(head)  # ("four others": the noun counted before)
        tokens = [doc[k] for k in range(run.first, run.last + 1)]
        for tok in tokens:
            # "killed 42 people and wounded more than 100": the verb's participle ("strikes
            # kill dozens": killed)
            if head is None and tok.dep_ == "dobj" and (befell := self.befell(tok.head)) is not None \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pobj" and g.pos_ != "PRON" and g.i > run.last for g in c.children) for c in tok.children):
                return befell  # (but "killed dozens of civilians": the civilians killed, below)
            if head is None and tok.dep_ == "pobj" and tok.head.lower_ in _BOUND_PREPS \
                    and (befell := self.befell(tok.head.head)) is not None:
                # ("and displaced over 14 million", the bound read as a preposition; "Over a
                # dozen journalists were detained": the noun after the number, detained)
                counted = doc[run.last + 1] if run.last + 1 < len(doc) else None
                return f"{_unit_text(counted)} {befell}" if counted is not None and counted.tag_ in ("NNS", "NNPS") \
                    and counted.dep_ in ("nsubj", "nsubjpass", "dobj") else befell
        for tok in tokens:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is None or run.first <= obj.i <= run.last or obj.like_num:
                        # (the number's own words: "hundreds of thousands"; a whole of its own,
                        # "59 of the 251 abducted", counts what the part does: linked below)
                        continue
                    if obj.pos_ != "PRON":
                        # (with what befell them, as for "12 people were killed": "dozens of
                        # people were killed", "killed dozens of people", "hundreds of families fled")
                        # ("thousands of displaced families": the families displaced)
                        word = self.befallen(tok)
                        return f"{_unit_text(obj)} {word}" if word else self.condition(obj)
                    # "twelve of them wounded": what follows the pronoun names the group.
                    after = obj.i + 1
                    if after < len(doc) and (
                        doc[after].lower_ in self.lex.casualty_words or doc[after].pos_ in _NOUN_POS
                    ):
                        return _unit_text(doc[after])
        for tok in tokens:
            # "of whom 12,300 were children"
            if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                attr = next((c for c in tok.head.children if c.dep_ == "attr"
                             and c.tag_ in ("NNS", "NNPS")), None)
                if attr is not None:
                    return _unit_text(attr)
        nxt = run.last + 1
        plus = self.plus_after(run.last)
        if nxt < len(doc) and (doc[nxt].lower_ in ("more", "others") or plus):
            nxt += 1  # "dozens more injured", "40+ injured"
        if nxt + 1 < len(doc) and doc[nxt].lower_ in _BELIEVED and doc[nxt + 1].lower_ in self.lex.casualty_words:
            nxt += 1  # ("At least 12 feared dead": the state the belief gives them)
        if nxt < len(doc) and doc[nxt].lower_ in self.lex.casualty_words:
            return doc[nxt].lower_
        if plus and nxt < len(doc) and doc[nxt].tag_ in ("NNS", "NNPS"):
            return _unit_text(doc[nxt])  # ("100+ people", which the parser leaves loose)
        if nxt < len(doc) and doc[nxt].ent_type_ == "NORP" and doc[nxt].tag_ in ("JJ", "NNP", "NNPS") \
                and not (nxt + 1 < len(doc) and doc[nxt + 1].tag_ in ("NN", "NNS", "NNP", "NNPS")):
            # ("about 25 million Sudanese face acute hunger": a people in -ese or -i, which the
            # tagger reads as an adjective of the verb after it)
            return doc[nxt].text
        passive = next((t.head.lower_ for t in tokens if t.dep_ == "nsubjpass"), None)
        if passive in self.lex.casualty_words:
            return passive  # ("and that 66,000 were wounded")
        befallen = next((word for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and (word := self.befallen(t))), None)
        if befallen is not None:
            return befallen  # ("hundreds of thousands have fled", "at least 30 died", "30 are feared dead")
        counted_after = self.named_after(run)
        if counted_after is not None:
            return counted_after
        if any(c.dep_ == "prep" and c.lower_ == "of" and c.i < run.first and any(g.lower_ in ("whom", "which") for g in c.children)
               for c in doc[run.last].head.children):
            return None  # ("some 250 were kidnapped, of whom 134 remain": what the whole counts, linked below)
        sent = doc[run.first].sent
        # ("while the injured reached 68,395": what the figure's verb says of its subject)
        number = doc[run.last]
        reached = number.head if number.dep_ == "dobj" else number.head.head \
            if number.dep_ == "pobj" and number.head.lower_ in ("to", "at") else None
        sufferers = next((c.lower_ for c in reached.children if c.dep_ in ("nsubj", "nsubjpass")
                          and c.lower_ in self.lex.casualty_words), None) if reached is not None else None
        if sufferers is not None:
            return sufferers
        context: Token | None = None
        # (the nearest before the number: "The death toll rose to 48,405, raising the total
        # number of wounded to 111,835": 111,835 wounded)
        for tok in reversed(doc[sent.start : run.first]):
            if tok.lower_ == "toll":
                # "the death toll rose to 28,576"
                named = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")]
                kind = next((c for c in named if c in self.lex.toll_units), None)
                if kind is not None:
                    return self.lex.toll_units[kind]
                if not named:
                    return self.lex.toll_units["death"]  # ("bringing its toll to 229")
            if tok.lower_ in self.lex.context_nouns:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        if obj is not None and (
                            obj.pos_ in _NOUN_POS or obj.lower_ in self.lex.casualty_words
                        ):
                            context = obj
                if context is not None:
                    break
        if context is not None:
            return self.condition(context)  # ("the number of soldiers killed … to 447": soldiers killed)
        if self.lower[max(sent.start, run.first - 2):run.first] in (["total", "to"], ["tally", "to"]) \
                and not total:
            # ("14 of its staff had been killed, bringing the total to 171": the count before)
            earlier = next((r for k in range(run.first - 3, sent.start - 1, -1)
                            for r in [self.run_at(k)] if r is not None and r.last < run.first - 2), None)
            if earlier is not None:
                return self.unit(earlier, self.head_noun(earlier), total=True)
        handover = self.handed_over(doc[run.last])
        if handover is not None:
            return handover
        verb = doc[run.last].head
        for k in range(run.first - 1, sent.start - 1, -1):
            tok = doc[k]
            if tok.text == ";" or tok.dep_ == "nsubj" and tok.head == verb and tok.tag_ == "NN":
                break  # (nor past the count's own subject: "officials estimated that the figure exceeded 8,000")
            if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in self.lex.time_units and tok.lower_ != "others" \
                    and (tok.lower_,) not in self.lex.vague and tok.lower_ not in self.lex.scales:
                # (not a number word: "Dozens were arrested and hundreds of thousands more …")
                if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS:
                    continue
                return _unit_text(tok)
        return None


    def traded_in(self, run: _Run, head: Token | None) -> Token | None:
        """The exchange a number is one side of ("1000 for 1000 exchange", "a 1,000-for-1,000
        swap"), whose noun is no count of its own."""
        doc, last = self.doc, self.doc[run.last]
        swaps = [head.head] if head is not None and head.lower_.startswith("for-") else []
        # ("1,000-for-1,000": the tokenizer keeps "for-1,000" whole; "1000 for 1000 exchange":
        # the second number's noun, and the first's through its "for"; "one brief exchange"
        # counts exchanges)
        if head is not None and run.first >= 2 and doc[run.first - 1].lower_ == "for" and doc[run.first - 2].like_num:
            swaps.append(head)
        swaps += [o for c in last.children if c.dep_ == "prep" and c.lower_ == "for"
                  for o in c.children if o.dep_ == "pobj"]
        return next((w for w in swaps if w.tag_ == "NN" and w.lemma_.lower() in self.lex.exchange_nouns), None)

    def handed_over(self, word: Token) -> str | None:
        """What a number in the "of" of a handover counts, named as its compound: "a
        prisoner exchange of 1,000 for 1,000" counts prisoners (and so does the number traded
        for it)."""
        if word.dep_ == "pobj" and word.head.lower_ == "for" and word.head.i > 0 and self.doc[word.head.i - 1].like_num:
            word = self.doc[word.head.i - 1]
        for _ in range(4):
            if word.dep_ not in ("pobj", "prep", "nummod", "quantmod") or word.head == word:
                return None
            word = word.head
            if word.pos_ == "NOUN" and word.lemma_.lower() in self.lex.exchange_nouns:
                return _traded(word)
        return None

    def named_after(self, run: _Run) -> str | None:
        """What a count raised to counts when translated copy names it after the number
        ("raised to 34,789 the number of dead, and to 78,204 the wounded", from "elevó a …
        el número de muertos")."""
        doc = self.doc
        if run.first < 1 or doc[run.first - 1].lower_ != "to" or run.last + 2 >= len(doc) \
                or doc[run.last + 1].lower_ != "the":
            return None
        noun = doc[run.last + 2]
        if noun.lower_ in self.lex.casualty_words:
            return noun.lower_
        if noun.lower_ in self.lex.context_nouns and run.last + 4 < len(doc) and doc[run.last + 3].lower_ == "of":
            counted = doc[run.last + 4]
            if counted.pos_ in _NOUN_POS or counted.lower_ in self.lex.casualty_words:
                return _unit_text(counted)
        return None


def _traded(exchange: Token) -> str | None:
    """What an exchange trades, as its compound names it ("prisoner exchange": prisoners)."""
    kind = next((c for c in exchange.children if c.dep_ == "compound" and c.tag_ == "NN"), None)
    return f"{kind.lower_}s" if kind is not None else None


def numbered_name(number: Token, lexicon: NumberLexicon) -> bool:
    """Whether a number is part of a name, after a capitalised word that numbers things
    ("Resolution 2334", "Unit 8200", "Channel 12 news"): no count."""
    before = number.doc[number.i - 1] if number.i > 0 else None
    return before is not None and before.text[:1].isupper() and before.lower_ in lexicon.identifier_words


def _unit_text(token: Token) -> str:
    """The counted noun, with the common nouns compounded right before it ("crew members",
    "border guards", "aid workers"; not a name's: "Hamas fighters" count fighters)."""
    if token.pos_ == "PROPN":
        return token.text
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head == token \
            and token.doc[start - 1].pos_ == "NOUN" and token.doc[start - 1].is_lower \
            and parse_number([token.doc[start - 1].text]) is None \
            and (start < 2 or token.doc[start - 2].text != "-"):
        # (not "two dozen homes"'s dozen, nor the end of a hyphened word: "Shahed-type drones")
        start -= 1
    # (an acronym keeps its capitals, "100 POWs", "IDPs"; not a word of a headline in capitals,
    # "TWO MORE BITE THE DUST", its neighbours in capitals too)
    doc = token.doc
    shouting = any(0 <= k < len(doc) and doc[k].is_alpha and len(doc[k]) > 1 and doc[k].is_upper
                   for k in (start - 1, token.i + 1))
    return "".join(t.text_with_ws if not shouting and len(t.text) > 2 and t.text.rstrip("s").isupper()
                   else t.text_with_ws.lower() for t in token.doc[start:token.i + 1]).strip()


def _span_end(scanner: _Scanner, run: _Run, head: Token | None) -> int:
    """Last token of the quantity: the head noun when it closes the number's noun phrase."""
    if head is None or head.i - run.last > 4:
        return run.last
    doc = scanner.doc
    between = doc[run.last + 1 : head.i]
    if all((not t.is_punct or t.text == "-" and t.i > run.last + 1) and head in t.ancestors for t in between):
        return head.i  # (through a hyphened word after the number: "45 Shahed-type drones", not "12-member")
    return run.last


def _timex_spans(doc: Doc) -> list[tuple[int, int]]:
    timexes: list[Timex] | None = earlier(doc, "timexes")
    return [(t.start, t.end) for t in timexes or []]


def _body_tokens(doc: Doc) -> Iterable[range]:
    paragraphs: list[Paragraph] | None = doc._.paragraphs
    if paragraphs is None:
        yield range(len(doc))
        return
    for paragraph in paragraphs:
        if paragraph.kind != "body":
            continue
        span = doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
        if span is not None:
            yield range(span.start, span.end)


# Words between "including" and a count that adds to what was counted before.
_FURTHER = frozenset({"a", "an", "further", "another", "additional"})
# (the words before a whole that say which: "of the 300", "of his 15 co-defendants")
_WHOSE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "my", "your"})


def _link_parts(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """Mark counts that are part of the count before them in the sentence: "134 hostages,
    at least thirty of them dead", "40 people, including 12 children", "of whom 9 died"; and
    shares "of them" ("34,000 killed, at least 60 percent of them women and children")."""
    out: list[Quantity] = []
    casualty = load_numbers().casualty_words
    for k, quantity in enumerate(found):
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or quantity.kind not in ("count", "percent"):
            out.append(quantity)
            continue
        sent = span.sent
        after = [t.lower_ for t in doc[span.end:min(span.end + 2, sent.end)]]
        first = span.start
        while first > sent.start and doc[first - 1].lower_ in _FURTHER:
            first -= 1  # ("including a further 12": a part all the same)
        before = [t.lower_ for t in doc[max(first - 2, sent.start):first]]
        inner = [t.lower_ for t in span]
        of_them = any(w == "of" and nxt in _PART_PRONOUNS
                      for w, nxt in zip([*inner, *after], [*inner[1:], *after, ""], strict=False))
        partitive = of_them or bool(before) and (before[-1] in ("including", "among") or
                                                   before[-2:] in (["of", "whom"], ["among", "them"],
                                                                   ["among", "whom"], ["of", "which"]))
        if quantity.kind == "percent":
            # (a share of the count "of them" names, of the one after its "of", or of the one
            # its sentence opens with: "Of the 300 wounded, 40 percent were children")
            counts = [j for j in range(k - 1, -1, -1) if found[j].kind == "count" and found[j].start >= sent.start_char]
            following = k + 1 if after[:1] == ["of"] and k + 1 < len(found) and found[k + 1].kind == "count" \
                and found[k + 1].start <= doc[min(span.end + 3, len(doc) - 1)].idx else None
            opener = next((j for j in counts if _opens_with_of(doc, found[j], span.start, sent.start)), None)
            whole = counts[0] if of_them and counts else following if following is not None else opener
            out.append(replace(quantity, part_of=whole) if whole is not None else quantity)
            continue
        # (the counts before it in its sentence that it can be part of, nearest first)
        wholes = [j for j in range(k - 1, -1, -1) if found[j].kind == "count"
                  and found[j].start >= sent.start_char and found[j].value >= quantity.value]
        whole = wholes[0] if wholes else None
        listed_in = span.root
        while listed_in.dep_ == "conj" and listed_in.head.i < listed_in.i:
            listed_in = listed_in.head
        including = listed_in.head if listed_in.dep_ == "pobj" and (listed_in.head.lower_ == "including" or (
            listed_in.head.lower_ == "among" and doc[listed_in.head.i - 1].text == ",")) else None
        before_list = [j for j in wholes if including is not None and found[j].end <= including.idx]
        verb = listed_in.head if listed_in.dep_ == "dobj" else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if verb is not None and verb.lemma_.lower() in ("include", "comprise") else None
        if subject is not None and not before_list:
            # ("The toll of 250 includes 90 women": the subject's count holds the object's)
            before_list = [j for j in wholes if subject.left_edge.idx <= found[j].start < subject.right_edge.idx
                           + len(subject.right_edge)]
        if before_list:
            # ("killed at least 51, including a 10-year-old boy and two women": the count the
            # list is of, before its "including", not another item of it)
            partitive, whole = True, before_list[0]
        opener = next((j for j in wholes if _opens_with_of(doc, found[j], span.start, sent.start)), None)
        # (a count naming a noun of its own is no part: "Of the 134 hostages, 30 are dead, and
        # 250 prisoners …")
        if opener is not None and not partitive and _nouns(doc, quantity) <= _nouns(doc, found[opener]):
            partitive, whole = True, opener  # "Of the 300 wounded, 40 were children and 12 …"
        if not partitive and _in_of_which_clause(span.root):
            # ("launched 810 drones and 13 missiles, of which air defences shot down 747
            # drones and four missiles": each the part of the count of its own noun)
            same = [j for j in wholes if _nouns(doc, quantity) & _nouns(doc, found[j])]
            candidates = same or wholes
            partitive, whole = bool(candidates), candidates[0] if candidates else None
        if of_them and whole is not None and whole > 0 and out[whole - 1].part_of == whole:
            whole -= 1  # ("59 of the 251 abducted, 24 of them alive": them are the 59)
        elif of_them and whole is not None and out[whole].part_of is not None and _listed(
                [t.lower_ for t in doc[sent.start:sent.end] if t.idx < found[whole].start][-2:]):
            # ("received 160 wounded, among them 31 children, and at least 12 of them died":
            # an aside's count is not what a later "them" is)
            whole = out[whole].part_of
        # ("among them 11,000 children and 7,500 women": each count of the list is a part; so
        # is "another" one after a part: "shot down 88 of the drones, and another 128 were lost")
        listed = out[k - 1].part_of if k > 0 and not partitive and found[k - 1].end <= quantity.start \
            and doc_text(doc)[found[k - 1].end:quantity.start].strip(" ,") in ("and", "") else None
        if listed is None and not partitive and span.start > sent.start \
                and doc[span.start - 1].lower_ in ("another", "further", "additional"):
            listed = next((out[j].part_of for j in range(k - 1, -1, -1) if found[j].start >= sent.start_char
                           and out[j].part_of is not None), None)
        if listed is not None and found[listed].value >= quantity.value:
            partitive, whole = True, listed
        # ("of Gaza's 2.3 million people": a possessor may come between)
        if after[:1] == ["of"] and k + 1 < len(found) and found[k + 1].kind == "count" \
                and found[k + 1].value >= quantity.value \
                and found[k + 1].start <= doc[min(_past_of(doc, span.end, len(doc)), len(doc) - 1)].idx \
                and (not _nouns(doc, quantity) or _nouns(doc, quantity) & _nouns(doc, found[k + 1])):
            # "fewer than 50 of the 300 detainees" (not "two units of 50 soldiers each": what
            # each is made of)
            partitive, whole = True, k + 1
        named = next((t for t in doc[span.end + 2:min(span.end + 5, sent.end)]
                      if t.pos_ == "NOUN" or t.lower_ in casualty), None) \
            if not partitive and after == ["of", "the"] else _opener_noun(doc, sent, span.start) if not partitive else None
        # ("The returned servicemen, some 40 of whom need care": the noun the clause is on)
        described = span.root.head.head if of_them and whole is None and span.root.head.dep_ == "relcl" \
            and any(t.lower_ in ("whom", "which") for t in doc[span.end:span.end + 2]) else None
        noun = named if named is not None else described if described is not None and described.pos_ in _NOUN_POS \
            else None
        if noun is not None:
            # ("Russia launched 728 drones …. Air defences shot down 718 of the drones", "two
            # of the dead": the count the sentences before gave of what "the" names)
            told = _told_before(doc, found, k, noun)
            if told is not None:
                partitive, whole = True, told
        if of_them and whole is None and described is None:
            # ("… the bodies of 6,000 soldiers. Kiev has taken back several hundred of them":
            # the count of the sentence before)
            whole = next((j for j in range(k - 1, -1, -1) if found[j].kind == "count"
                          and found[j].value >= quantity.value and found[j].start >= _previous_sentence(sent)), None)
        listing = _listed(before)
        if of_them and partitive and whole is not None and after[:1] == ["of"] and quantity.unit is not None \
                and span.end + 2 < sent.end and doc[span.end + 2].lower_ not in quantity.unit.split() \
                and not set(quantity.unit.split()) & casualty:
            # ("49 drones over several regions, 15 of them over the Kursk region": them are
            # drones, whatever noun comes later; not "12 of them children", "30 of them dead")
            quantity = replace(quantity, unit=None)
        if partitive and whole is not None and (quantity.unit is None or listing
                                                and not _nouns(doc, quantity) and quantity.unit not in casualty
                                                and not (span.end < sent.end and doc[span.end].pos_ in _NOUN_POS)):
            # ("more than 1.1 million people have fled, including about 250,000 who crossed
            # …", "several hundred of them": a part that names no noun counts what its whole
            # counts; "130 hostages, including 30 presumed dead": the part's state stays)
            quantity = replace(quantity, unit=found[whole].unit)
        out.append(replace(quantity, part_of=whole) if partitive and whole is not None else quantity)
    return out


def _listed(before: Sequence[str]) -> bool:
    """Whether the words ``before`` a count (lower case) give it as an item of a list: "…,
    including 12 children", "among them 31 children"."""
    return before[-1:] in (["including"], ["among"]) or before[-2:] in (["among", "them"], ["among", "whom"])


def _told_before(doc: Doc, found: list[Quantity], k: int, noun: Token) -> int | None:
    """The nearest count before ``found[k]`` (by 600 characters at most) at least as large,
    of what ``noun`` names: its noun, or a casualty word of the same fate ("the dead" are
    the count of those killed)."""
    # (the tagger may take a plural for a singular: "The returned servicemen", NN)
    names = {noun.lemma_.lower(), noun.lower_} | load_numbers().casualty_kin.get(noun.lower_, frozenset())
    quantity = found[k]
    return next((j for j in range(k - 1, -1, -1) if found[j].kind == "count"
                 and found[j].value >= quantity.value and 0 <= quantity.start - found[j].end < 600
                 and names & (_nouns(doc, found[j]) | set((found[j].unit or "").split()))), None)


def _opener_noun(doc: Doc, sent: Span, part: int) -> Token | None:
    """What a sentence opening "Of the dead, …" or "Of those killed, …" names, when the
    count at token ``part`` comes after its comma: the counts after are parts of it."""
    words = doc[sent.start:min(sent.start + 6, part)]
    comma = next((t.i for t in words if t.text == ","), None)
    if comma is None or len(words) < 3 or words[0].lower_ != "of" or words[1].lower_ not in _WHOSE:
        return None
    casualty = load_numbers().casualty_words
    return next((t for t in reversed(doc[sent.start + 2:comma]) if t.pos_ == "NOUN" or t.lower_ in casualty), None)


def _previous_sentence(sent: Span) -> int:
    """Where the sentence before ``sent`` starts, when it is in the same paragraph (no line
    break between them); else where ``sent`` starts."""
    if sent.start == 0:
        return sent.start_char
    before = sent.doc[sent.start - 1].sent
    between = doc_text(sent.doc)[before.start_char:sent.start_char]
    return sent.start_char if "\n" in between[len(between.rstrip()):] else before.start_char


def _past_of(doc: Doc, of: int, stop: int) -> int:
    """The first word of what the "of" at ``of`` governs past its determiner and a possessor
    ("of the 300", "of Gaza's 2.3 million", "of the country's 50 million"): where the count
    of a whole would start."""
    k = of + 1
    if k < stop and doc[k].lower_ in _WHOSE:
        k += 1
    owner = next((m for m in range(k, min(k + 3, stop)) if doc[m].tag_ == "POS"), None)
    return owner + 1 if owner is not None else k


def _in_of_which_clause(word: Token) -> bool:
    """Whether ``word`` is in a clause opened by "of which" or "of whom" (its verb has that
    phrase), other than as that phrase."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i < word.i
        and any(o.lower_ in ("which", "whom") for o in c.children) for c in verb.children)


def _nouns(doc: Doc, quantity: Quantity) -> set[str]:
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return {t.lemma_.lower() for t in span or () if t.pos_ in ("NOUN", "PROPN")}


def _opens_with_of(doc: Doc, whole: Quantity, part: int, sentence_start: int) -> bool:
    """Whether ``whole`` is the count of a clause opening "Of the 300 wounded, …" (or "…
    said that of the 52 detainees released, …"), of which the counts after the comma, from
    the token ``part`` on, are parts."""
    span = doc.char_span(whole.start, whole.end, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1
    if i >= sentence_start and doc[i].lower_ in ("the", "these", "those"):
        i -= 1
    return i >= sentence_start and doc[i].lower_ == "of" and (
        i == sentence_start or doc[i - 1].is_punct or doc[i - 1].lower_ == "that") and any(
        t.text == "," for t in doc[span.end:part])


def _fractions(scanner: _Scanner, found: list[Quantity], tokens: range) -> list[Quantity]:
    """Shares of an earlier count in the sentence: "about 130 hostages, at least a third of
    whom are believed to be dead" is a count of at least 43 dead, part of the 130."""
    doc, lex = scanner.doc, scanner.lex
    shares: list[Quantity] = []
    starts = {q.start: q for q in found if q.kind == "count"}
    for i in tokens:
        word = doc[i].lower_
        if word not in lex.fractions or i + 2 >= tokens.stop or doc[i + 1].lower_ != "of":
            continue
        # "two-thirds of the 253 people taken hostage", "of the country's 50 million": a
        # share of the count after it
        whole_at = _past_of(doc, i + 1, tokens.stop)
        ahead = starts.get(doc[whole_at].idx) if whole_at < tokens.stop else None
        if doc[i + 2].lower_ not in _PART_PRONOUNS and ahead is None:
            continue
        # ("a third", "one quarter", "two-thirds" as the tokenizer splits it, "half")
        hyphen = i - 2 >= tokens.start and doc[i - 1].text in ("-", "–")
        lead = doc[i - 2].lower_ if hyphen else doc[i - 1].lower_ if i > tokens.start else ""
        times = 1.0 if lead in _ARTICLES or lead == "one" or word == "half" and not hyphen \
            else lex.words.get(lead, 0.0)
        first = i - 2 if hyphen else i - 1 if lead in _ARTICLES or lead in lex.words else i
        sent = doc[i].sent
        whole = ahead or next((q for q in reversed(found) if q.kind == "count" and sent.start_char <= q.start
                               and q.end <= doc[i].idx), None)
        if not times or whole is None:
            continue
        bound: Bound = "approx"
        before = scanner.bound_before(first)
        if before is not None:
            bound, first = before
        # (what the share counts: the casualty word of its clause, else what the whole counts)
        named = doc[i + 3] if ahead is None and i + 3 < sent.end and doc[i + 3].tag_ in ("NNS", "NNPS") else None
        named_span = doc.char_span(ahead.start, ahead.end, alignment_mode="expand") if ahead is not None else None
        after = named_span.end if named_span is not None else i + 3
        unit = _unit_text(named) if named is not None else next(
            (t.lower_ for t in doc[after:min(after + 7, sent.end)] if t.lower_ in lex.casualty_words), whole.unit)
        last = i + 2 if ahead is None else i  # ("a third of whom"; "two-thirds" of a count named after)
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        shares.append(Quantity(start, end, doc_text(doc)[start:end], float(round(whole.value * lex.fractions[word] * times)),
                               bound, unit, kind="count", part_of=found.index(whole)))
    return shares


def extract_quantities(
    doc: Doc, lexicon: NumberLexicon | None = None, measures: bool = True
) -> list[Quantity]:
    """Find the quantities of a parsed ``doc`` (see the module docstring for conventions)."""
    lexicon = lexicon or load_numbers()
    scanner = _Scanner(doc, lexicon, measures)
    timex_spans = _timex_spans(doc)
    found: list[Quantity] = []
    for tokens in _body_tokens(doc):
        i = tokens.start
        while i < tokens.stop:
            run = scanner.run_at(i)
            if run is None or run.last >= tokens.stop:
                i += 1
                continue
            quantity, i = _quantity(scanner, run, timex_spans, tokens.stop)
            if quantity is not None:
                found.append(quantity)
    found = _uncut(doc, found)
    linked = _link_parts(doc, found)
    shares = [s for tokens in _body_tokens(doc) for s in _fractions(scanner, linked, tokens)]
    if not shares:
        return linked
    # (in text order, each share still pointing at its whole)
    ordered = sorted(linked + shares, key=lambda q: q.start)
    position = {id(q): k for k, q in enumerate(ordered)}
    return [replace(q, part_of=position[id(linked[q.part_of])]) if q.part_of is not None else q
            for q in ordered]


def _uncut(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """A story cut off mid-word ("… for the more than one million peo"): a count ending on
    its last word counts no "peo", unless WordNet knows the word as a noun, in the plural
    where the count is more than one ("several thousand mo" is cut: "mo" is a noun)."""
    body = [p for p in doc._.paragraphs or () if p.kind == "body"]
    last = found[-1] if found else None
    if last is None or not body or cut_off(body) is None or last.end < body[-1].end or last.unit is None:
        return found
    word = last.text.split()[-1]
    token = doc.char_span(last.end - len(word), last.end)
    singular = last.value > 1 and token is not None and token[0].tag_ not in ("NNS", "NNPS") \
        and token[0].lemma_.lower() == word.lower()
    # (a whole noun in the plural too: WordNet lists "hostage", not "hostages")
    if not word.isalpha() or not singular and any(supersenses().get((form, "n")) for form in (
            word.lower(), word.lower().removesuffix("s"), word.lower().removesuffix("es"))):
        return found
    text = last.text[:-len(word)].rstrip()
    return [*found[:-1], replace(last, end=last.start + len(text), text=text, unit=None)]


def _quantity(
    scanner: _Scanner, run: _Run, timex_spans: Sequence[tuple[int, int]], stop: int
) -> tuple[Quantity | None, int]:
    """Build the quantity for ``run``; returns it (or None) and the next token to scan."""
    doc = scanner.doc
    lower = scanner.lower
    ratio = _ratio(scanner, run, timex_spans, stop)
    if ratio is not None:
        return ratio
    resume = run.last + 1
    upper: _Run | None = None
    joiner = lower[run.last + 1] if run.last + 1 < stop else ""
    if joiner in scanner.lex.range_joiners and run.last + 2 < stop:
        candidate = scanner.run_at(run.last + 2)
        if candidate is not None and candidate.last < stop and not candidate.vague:
            opener = scanner._prev(run.first)
            if opener in scanner.lex.change_openers and scanner.changes(run.first - 1):
                pass  # "rose from 20 to 30": two quantities
            elif joiner == "and" and opener not in scanner.lex.range_openers:
                pass  # "20 and 30" is a list, not a range
            elif scanner.is_score(run, candidate):
                if joiner in ("-", "–", "—") or scanner.scored(run, candidate):
                    return None, candidate.last + 1  # (a score or a vote counts no one)
            else:
                upper = candidate
                resume = candidate.last + 1
    reason = scanner.is_not_count(run, timex_spans)
    if reason is not None and reason != "age" and upper is not None:
        # "from March 3 to 5": a range of days; "the toll since October 7 to 30,035": a date's
        # number is no range's lower end, and the number after "to" is read on its own
        logger.debug("skipping %r: %s", doc[run.first : run.last + 1].text, reason)
        day = reason in ("date", "inside a temporal expression") and upper.value <= 31 and upper.value == int(upper.value)
        return None, upper.last + 1 if day else run.last + 1
    if reason is None and upper is not None:
        reason = scanner.is_not_count(upper, timex_spans, in_range=True)
    if reason == "age" and scanner.measures:
        first = run.first - 1 if upper is not None and scanner._prev(run.first) in scanner.lex.range_openers \
            else run.first
        bounded = scanner.age_bound(run.first, groups=True) if upper is None else None
        first = bounded[1] if bounded is not None else first
        start_char = doc[first].idx
        last = upper if upper is not None else run
        last_age = last.last + 4 if [t.lower_ for t in doc[last.last + 1:last.last + 5]] in (
            ["-", "year", "-", "old"], ["-", "years", "-", "old"]) else last.last  # ("5-year-old")
        end_char = doc[last_age].idx + len(doc[last_age].text)
        # ("aged between 2 and 11": a range of ages, its lower end the bound, as for counts)
        return Quantity(start_char, end_char, doc_text(doc)[start_char:end_char], run.value,
                        bounded[0] if bounded is not None else "exact" if upper is None else "min", "years", kind="age",
                        upper=upper.value if upper is not None else None), max(resume, last_age + 1)
    if reason is not None:
        logger.debug("skipping %r: %s", doc[run.first : run.last + 1].text, reason)
        return None, resume
    last = upper if upper is not None else run
    measure = scanner.measure_unit(last)
    if measure is not None and not scanner.measures:
        return None, resume
    bound: Bound = "approx" if run.vague else "exact"
    first = run.first
    if upper is not None:
        bound = "min"
        if scanner._prev(run.first) in scanner.lex.range_openers:
            first = run.first - 1
    else:
        before = scanner.bound_before(run.first)
        if before is not None:
            bound, first = before
    end_token = last.last
    after = scanner.bound_after(last.last) if upper is None else None
    if after is None and upper is None and scanner.plus_after(last.last):
        after = ("min", last.last + 1)  # ("40+ injured")
    if after is not None and bound == "exact":
        bound, end_token = after
        resume = max(resume, end_token + 1)
    head = doc[last.counted] if last.counted is not None else scanner.head_noun(last) or scanner.head_noun(run)
    if head is not None and head.i <= last.last:
        head = None
    if measure is not None:
        unit: str | None = measure
        if scanner.measure_after(last):  # "5 percent", "3 per cent", "30 km", "1 billion Sudanese pounds"
            words = 2 if scanner._next(last.last, skip_hyphen=False) == "per" or " " in measure \
                or scanner.named_currency(last) is not None else 1
            end_token = max(end_token, last.last + words)
        elif scanner.measure_hyphenated(last):
            end_token = max(end_token, last.last + 2)  # "14-kilometre"
        elif first == run.first and scanner.currency_before(run.first) is not None:
            first = run.first - 1  # "$20 million", "NIS 5 billion": the symbol or code is part of it
    else:
        # (a range's "of" phrase may hang on its lower end: "Between 30 and 40 of the captives")
        unit = scanner.unit(last, head) or (scanner.unit(run, head) if upper is not None else None)
        if after is None:
            end_token = _span_end(scanner, last, head)
    value, upper_value = run.value, upper.value if upper is not None else None
    if upper is not None and upper_value is not None \
            and not any(w in scanner.lex.scales for w in lower[run.first:run.last + 1]):
        # ("two to three thousand people": the lower end has the upper's scale)
        scale = scanner.lex.scales.get(lower[upper.last], 1.0)
        value = value * scale if value * scale <= upper_value else value
    # (what is counted, as a lemma: "children" is "child")
    counted = head or next((t for t in doc[run.first].sent if unit is not None and t.text == unit), None)
    if measure is None and (scanner.counts_whole_things(unit)
                            or counted is not None and scanner.counts_whole_things(counted.lemma_)):
        # ("28.340 dead": no one counts people in thousandths; the dot parts the thousands)
        value = scanner.thousands(run) or value
        upper_value = scanner.thousands(upper) or upper_value if upper is not None else None
    start_char = doc[first].idx
    end_char = doc[end_token].idx + len(doc[end_token].text)
    return (
        Quantity(
            start=start_char,
            end=end_char,
            text=doc_text(doc)[start_char:end_char],
            value=value,
            bound=bound,
            unit=unit,
            kind=scanner.kind_of(measure),
            upper=upper_value,
        ),
        resume,
    )


def _ratio(
    scanner: _Scanner, run: _Run, timex_spans: Sequence[tuple[int, int]], stop: int
) -> tuple[Quantity | None, int] | None:
    """"One in three children", "1 out of 10 trucks", "one in every five homes": a share,
    given in percent (a count of one or of three would be wrong), or None when ``run`` opens
    no such phrase. ("killed 2 in 5 strikes" is no share: "in" hangs on the verb whose
    object the number is.)"""
    doc, lower = scanner.doc, scanner.lower
    k = run.last + 1
    if lower[k:k + 1] == ["to"] and any(w in ("ratio", "ratios") for w in lower[max(0, run.first - 3):run.first]):
        # ("a ratio of about 1 to 10": how many for each, neither a count nor a range)
        after = scanner.run_at(k + 1) if k + 1 < stop else None
        return (None, after.last + 1) if after is not None else None
    if lower[k:k + 1] == ["in"]:
        k += 1
    elif lower[k:k + 2] == ["out", "of"]:
        k += 2
    else:
        return None
    prep, number = doc[run.last + 1], doc[run.last]
    if prep.head.pos_ == "VERB" and number.dep_ == "dobj" and number.head.i == prep.head.i:
        return None
    if lower[k:k + 1] == ["every"]:
        k += 1
    whole = scanner.run_at(k) if k < stop else None
    if whole is None or whole.vague or run.vague or whole.last >= stop or not 0 < run.value < whole.value \
            or scanner.is_not_count(whole, timex_spans) is not None:
        return None
    if not scanner.measures:
        return None, whole.last + 1
    bound: Bound = "exact"
    first = run.first
    before = scanner.bound_before(run.first)
    if before is not None:
        bound, first = before
    end_token = _span_end(scanner, whole, scanner.head_noun(whole))
    start_char, end_char = doc[first].idx, doc[end_token].idx + len(doc[end_token].text)
    return Quantity(start_char, end_char, doc_text(doc)[start_char:end_char], round(100 * run.value / whole.value, 1),
                    bound, "percent", kind="percent"), end_token + 1


class QuantityExtractor:
    """spaCy component that sets ``doc._.quantities``."""

    def __init__(self, lexicon: NumberLexicon, measures: bool = True) -> None:
        self.lexicon = lexicon
        self.measures = measures

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = extract_quantities(doc, self.lexicon, self.measures)
        return doc


@Language.factory(
    "dateline_quantities_v1", default_config={"numbers_path": None, "measures": True}
)
def make_quantities(
    nlp: Language, name: str, numbers_path: str | None, measures: bool
) -> QuantityExtractor:
    """Find counts with their bound and counted noun."""
    return QuantityExtractor(load_numbers(numbers_path), measures)
