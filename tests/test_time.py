"""Temporal expressions and their TIMEX3 values, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dateline.model import Timex
from dateline.pipeline import load_pipeline
from dateline.time import anchor_event

WEDNESDAY = dt.date(2025, 3, 5)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(layers=["structure", "time"])


def _tag(nlp: Language, text: str, dct: dt.date = WEDNESDAY) -> list[Timex]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return list(nlp(doc)._.timexes)


def _values(nlp: Language, text: str, dct: dt.date = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in _tag(nlp, text, dct)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met on Monday in Amman.", {"on Monday": "2025-03-03"}),
        ("The envoys will meet on Friday in Amman.", {"on Friday": "2025-03-07"}),
        ("Talks continue this Thursday in Doha.", {"this Thursday": "2025-03-06"}),
        ("This Tuesday, the minister received the envoy.", {"This Tuesday": "2025-03-04"}),
        ("The delegation left on Tuesday night.", {"Tuesday night": "2025-03-04TNI"}),
        ("Fighting resumed last week.", {"last week": "2025-W09"}),
        ("A new round is expected next month.", {"next month": "2025-04"}),
        ("The army withdrew last year.", {"last year": "2024"}),
        ("Two days later, the talks collapsed.", {"Two days later": "2025-03-07"}),
        ("The attack three days ago killed 12 people.", {"three days ago": "2025-03-02"}),
        ("The talks were held weeks before in Paris.", {"weeks before": "PAST_REF"}),
        ("Mediators proposed a six-week truce.", {"six-week": "P6W"}),
        ("The families have waited for weeks.", {"weeks": "PXW"}),
        ("The hostages have been held since October 7.", {"October 7": "2024-10-07"}),
        ("The accord was signed on 14 February 2024.", {"14 February 2024": "2024-02-14"}),
        ("Growth slowed in the first quarter of 2024.", {"first quarter of 2024": "2024-Q1"}),
        ("The border has been disputed since the 1990s.", {"1990s": "199"}),
        ("Aid convoys will cross daily.", {"daily": "P1D"}),
        ("Markets close early every Friday.", {"every Friday": "XXXX-WXX-5"}),
        ("The blast happened at 10:30 a.m. on Monday.",
         {"10:30 a.m.": "2025-03-03T10:30", "on Monday": "2025-03-03"}),
        ("Officials will meet again in mid-April.", {"mid-April": "2025-04"}),
        ("Prices fell in 2023 after the war.", {"2023": "2023"}),
        ("Talks are expected to resume soon.", {"soon": "FUTURE_REF"}),
    ],
)
def test_values(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert _values(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hamas holds 134 hostages and 1,200 people were wounded.",
        "The resolution passed by a 13-2 vote with one abstention.",
        "The minister, aged 62, said one in 2 families had fled.",
        "Protesters may march on the parliament.",
        "Mr. March told the committee that 1/2 of the aid had arrived.",
        "The team won 3-1 after a second half comeback.",
        "Police arrested 2024 suspects across the region.",
    ],
)
def test_no_false_positives(nlp: Language, text: str) -> None:
    assert _tag(nlp, text) == []


def test_offsets_granularity_and_bounds(nlp: Language) -> None:
    text = "Last week the sides agreed on a truce, and next month a summit will follow."
    for timex in _tag(nlp, text):
        assert text[timex.start : timex.end] == timex.text
    week, month = _tag(nlp, text)
    assert (week.precision, week.earliest, week.latest) == (
        "week", dt.date(2025, 2, 24), dt.date(2025, 3, 2))
    assert (month.precision, month.earliest, month.latest) == (
        "month", dt.date(2025, 4, 1), dt.date(2025, 4, 30))


def test_anaphoric_reference_follows_the_last_date(nlp: Language) -> None:
    values = _values(nlp, "The envoys arrived on March 1. The following day they met the king.")
    assert values["the following day" if "the following day" in values else "The following day"] \
        == "2025-03-02"


def test_missing_publication_date_is_an_error(nlp: Language) -> None:
    doc = nlp.make_doc("Talks resumed on Monday.")
    with pytest.raises(ValueError, match="publication date"):
        nlp(doc)


def test_anchor_event(nlp: Language) -> None:
    text = ("The ministers met in Cairo on Monday. They agreed to meet again.\n\n"
            "Negotiators left the city.")
    doc = nlp.make_doc(text)
    doc._.dct = WEDNESDAY
    doc = nlp(doc)
    stated = anchor_event(doc, 0, text.index(" in Cairo"))
    assert stated is not None and (stated.value, stated.inherited) == ("2025-03-03", False)
    inherited = anchor_event(doc, text.index("They agreed"), text.index(" to meet"))
    assert inherited is not None and (inherited.value, inherited.inherited) == ("2025-03-03", True)
    assert anchor_event(doc, text.index("Negotiators"), len(text)) is None
