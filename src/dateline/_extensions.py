"""Read what an earlier layer left on a ``Doc``, whether or not that layer is in the pipeline."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

__all__ = ["doc_text", "earlier"]


def earlier(doc: Doc, name: str) -> Any:
    """``doc._.<name>``, or None when no loaded layer registers that extension (a pipeline
    built with only some layers)."""
    return getattr(doc._, name) if Doc.has_extension(name) else None


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token each time the property
    is read, so reading it per match made long articles quadratic."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return str(cached)


_TEXT_KEY = "dateline.text"
