"""dateline: dated news articles in, a sourced, time-anchored record of events out.

>>> import dateline
>>> article = dateline.analyze("Talks resumed in Doha on Monday.", date="2025-03-05")  # doctest: +SKIP
>>> with dateline.open("dateline.db") as db:                                          # doctest: +SKIP
...     frame = db.events(type="CONSULT")
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import (
    DatelineError,
    InputError,
    ModelNotFoundError,
    Rejection,
    SchemaVersionError,
    StorageError,
)
from .ingest import IngestReport, ingest
from .model import (
    Actor,
    Article,
    Event,
    EventDate,
    Paragraph,
    Place,
    Quantity,
    Quote,
    Timex,
)
from .pipeline import Analyzer, load_pipeline
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Analyzer",
    "Article",
    "DatelineError",
    "Event",
    "EventDate",
    "IngestReport",
    "InputError",
    "ModelNotFoundError",
    "Paragraph",
    "Place",
    "Quantity",
    "Quote",
    "Rejection",
    "SchemaVersionError",
    "StorageError",
    "Store",
    "Timex",
    "__version__",
    "analyze",
    "ingest",
    "load_pipeline",
    "open",
]


@lru_cache(maxsize=4)
def _analyzer(model: str | None) -> Analyzer:
    # Loading a spaCy pipeline takes seconds: keep one per model name for repeated calls.
    return Analyzer(model)


def analyze(
    text: str, date: str | dt.date | dt.datetime, *, model: str | None = None, **meta: Any
) -> Article:
    """Analyse one article published on ``date`` and return it with every layer filled.

    ``meta`` fills Article metadata (``url``, ``title``, ``source``, ``lang``, ``id``).
    """
    return _analyzer(model).analyze(text, date, **meta)


def open(db: str | Path = "dateline.db") -> Store:
    """Open (creating or upgrading if needed) a dateline database: a path or a postgresql:// URL.

    Queries on the returned :class:`~dateline.store.Store` return pandas DataFrames.
    """
    return Store(db)
