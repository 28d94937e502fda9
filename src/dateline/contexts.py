"""PLOVER modes and contexts of an event, from the words of the clause that reports it.

A mode narrows a type ("CONSULT by phone", "ASSAULT from the air"); a context says what the
event is about ("ceasefire", "hostages_prisoners"). Both come from cue tables, one row per
cue word (``data/event_modes.csv``, ``data/event_contexts.csv``), which users may replace.
When several modes are cued the table's order decides (the
weapon before the verb: "warplanes bombed" is aerial, not explosives); a row whose cue is ``*`` gives the type's mode when no cue is
found (an ACCUSE that names no charge or inquiry is a disapproval). Multi-word cues ("tear gas", "peace talks") match the clause text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._data import read_data

__all__ = ["CueTable", "load_contexts", "load_modes"]


@dataclass
class CueTable:
    """Labels keyed by cue words, in table order; for modes the label is per event type."""

    #: key (an event type for modes, "" for contexts) → [(label, words, phrases)] in order.
    rows: dict[str, list[tuple[str, set[str], list[re.Pattern[str]]]]] = field(default_factory=dict)
    #: key → the label given when no cue is found (a row whose cue is ``*``).
    defaults: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, label: str, cue: str) -> None:
        if cue.strip() == "*":
            self.defaults[key] = label
            return
        entries = self.rows.setdefault(key, [])
        entry = next((e for e in entries if e[0] == label), None)
        if entry is None:
            entry = (label, set(), [])
            entries.append(entry)
        cue = cue.strip().lower()
        if " " in cue:
            entry[2].append(re.compile(r"\b" + re.escape(cue) + r"\b"))
        elif cue:
            entry[1].add(cue)

    def labels(self, key: str, words: Iterable[str], text: str) -> list[str]:
        """Labels whose cue is among ``words`` (lower-case lemmas and forms) or in ``text``,
        in table order."""
        entries = self.rows.get(key, [])
        vocabulary = set(words)
        lowered = text.lower()
        found = [label for label, cues, phrases in entries
                 if cues & vocabulary or any(p.search(lowered) for p in phrases)]
        if not found and key in self.defaults:
            return [self.defaults[key]]
        return found


def _load(name: str, path: str | None, key_column: str | None, label_column: str) -> CueTable:
    table = CueTable()
    for row in csv.DictReader(io.StringIO(read_data(name, path))):
        key = (row.get(key_column) or "").strip().upper() if key_column else ""
        table.add(key, (row.get(label_column) or "").strip(), row.get("cue") or "")
    return table


def load_modes(path: str | None = None) -> CueTable:
    """The mode cue table (columns ``type,mode,cue,source``)."""
    return _load("event_modes.csv", path, "type", "mode")


def load_contexts(path: str | None = None) -> CueTable:
    """The context cue table (columns ``context,cue,source``)."""
    return _load("event_contexts.csv", path, None, "context")
