"""Read the knowledge files shipped in ``dateline/data`` (or a user's replacement)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["event_cue", "read_data"]


def read_data(name: str, path: str | None = None) -> str:
    """The text of ``path`` when given, else of the packaged ``data/<name>``."""
    if path is None:
        return resources.files("dateline").joinpath(f"data/{name}").read_text("utf-8")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


@cache
def event_cue(key: str) -> frozenset[str]:
    """The words of one list of the packaged ``data/event_cues.json``, for a layer that reads
    one list of it without the events layer's whole lexicon ("reporting_lemmas", "weapon_nouns")."""
    return frozenset(json.loads(read_data("event_cues.json"))[key])
