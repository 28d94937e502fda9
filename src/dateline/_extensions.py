"""Read what an earlier layer left on a ``Doc``, whether or not that layer is in the pipeline."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

__all__ = ["earlier"]


def earlier(doc: Doc, name: str) -> Any:
    """``doc._.<name>``, or None when no loaded layer registers that extension (a pipeline
    built with only some layers)."""
    return getattr(doc._, name) if Doc.has_extension(name) else None
