"""The public Python API: exported names, analyze(), open(), JSON round trips."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

import dateline
from dateline.model import Article

EXPECTED_EXPORTS = {
    "Actor", "Analyzer", "Article", "DatelineError", "Event", "EventDate", "IngestReport",
    "InputError", "ModelNotFoundError", "Paragraph", "Place", "Quantity", "Quote", "Rejection",
    "SchemaVersionError", "StorageError", "Store", "Timex", "__version__", "analyze", "ingest",
    "load_pipeline", "open",
}

STORY = (
    "BEIRUT, March 6 - Lebanese Prime Minister Najib Mikati met the French envoy in Beirut on "
    "Wednesday to discuss the border ceasefire, his office said.\n\n"
    "The army will deploy more than 1,500 troops to the south next month, according to a "
    "military source."
)


def test_exported_members() -> None:
    assert set(dateline.__all__) == EXPECTED_EXPORTS
    for name in dateline.__all__:
        member = getattr(dateline, name)
        if callable(member):
            assert member.__doc__, f"dateline.{name} has no docstring"


def test_analyze_returns_every_layer() -> None:
    article = dateline.analyze(STORY, date="2025-03-06", url="https://example.org/a")
    assert isinstance(article, Article)
    assert article.date == dt.date(2025, 3, 6)
    assert article.paragraphs and article.timexes and article.actors and article.events
    assert any(t.value == "2025-03-06" for t in article.timexes)
    assert any(t.value == "2025-04" for t in article.timexes)
    assert any(q.value == 1500 and q.bound == "min" for q in article.quantities)
    for item in [*article.timexes, *article.actors, *article.places, *article.quantities]:
        assert article.text[item.start : item.end] == item.text
    for event in article.events:
        assert article.text[event.start : event.end] == event.evidence


def test_analyze_removes_a_leading_date_marker_as_the_readers_do() -> None:
    # The text file format pasted as is: the marker is no part of what the article says.
    article = dateline.analyze("date 2025-03-06 " + STORY, date="2025-03-06")
    assert article.text == STORY and not article.notes
    assert all(not q.content.startswith("date") for q in article.quotes)
    # A marker that disagrees with the date given is named in a note; the date given stays.
    article = dateline.analyze("date 2025-03-05\n" + STORY, date="2025-03-06")
    assert article.text == STORY and article.date == dt.date(2025, 3, 6)
    assert any("2025-03-05" in note and "2025-03-06" in note for note in article.notes)
    # "date" as the text's own first word stays.
    assert dateline.analyze("date night plans were cancelled.", date="2025-03-06").text.startswith("date night")


def test_article_json_round_trip() -> None:
    article = dateline.analyze(STORY, date=dt.date(2025, 3, 6))
    encoded = json.dumps(article.to_dict())
    assert Article.from_dict(json.loads(encoded)) == article


def test_open_returns_dataframes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2025-03-06 " + STORY)
    with dateline.open(tmp_path / "x.db") as store:
        report = dateline.ingest([folder], store)
        assert report.stored == 1 and report.ok
        frame = store.events()
        assert isinstance(frame, pd.DataFrame) and len(frame) >= 1
        assert isinstance(store.articles(), pd.DataFrame)


def test_analyze_refuses_impossible_date() -> None:
    with pytest.raises(dateline.InputError):
        dateline.analyze("Talks resumed.", date="2025-02-30")
    # A date the article cannot have been published on is refused, never guessed around.
    with pytest.raises(dateline.InputError, match="after"):
        dateline.analyze("Talks resumed on Monday.", date="2300-01-01")
    with pytest.raises(dateline.InputError, match="before 1900"):
        dateline.analyze("Talks resumed on Monday.", date="1850-06-01")
