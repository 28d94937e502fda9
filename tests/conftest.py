"""Shared fixtures: one full pipeline per test session (loading spaCy takes a second or two)."""

from __future__ import annotations

import pytest

from dateline.pipeline import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The full dateline pipeline with the default English spaCy model."""
    return Analyzer()
