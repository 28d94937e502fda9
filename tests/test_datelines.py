"""Wire datelines: found with their place and day, and only when they are datelines."""

from __future__ import annotations

import pytest

from dateline.datelines import find_dateline


@pytest.mark.parametrize(("text", "place", "month", "day", "rest"), [
    ("CAIRO, March 5 (Reuters) - Hamas handed", "CAIRO", "March", 5, "Hamas"),
    ("KATHMANDU, March 4 (Xinhua) -- A cargo plane", "KATHMANDU", "March", 4, "A cargo"),
    ("BISHKEK, March 20. /TASS/. Border guards", "BISHKEK", "March", 20, "Border"),
    ("Cairo (AFP) – Hamas said", "Cairo", None, None, "Hamas"),
    ("GAZA, 14 February (EFE).- Talks resumed.", "GAZA", "February", 14, "Talks"),
    ("GAZA CITY, Gaza Strip — Residents fled", "GAZA CITY", None, None, "Residents"),
    ("  WASHINGTON (AP) — The envoy", "WASHINGTON", None, None, "The envoy"),
    ("Khan Younis (Palestinian Territories) (AFP) – Air strikes", "Khan Younis", None, None, "Air"),
    ("Rio de Janeiro (AFP) – Police raided", "Rio de Janeiro", None, None, "Police"),
])
def test_datelines(text: str, place: str, month: str | None, day: int | None, rest: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.month, found.day) == (place, month, day)
    assert text[found.end:].startswith(rest)


@pytest.mark.parametrize("text", [
    "Egyptian, Qatari and US mediators opened a new round of talks.",
    "Israel: The cabinet approved the deal.",
    "Hamas said - again - that it would not attend.",
    "US officials said the envoy would travel on Monday.",
    # An acronym in brackets is no agency tag when no place comes before it.
    'It demands that the Rapid Support Forces (RSF) "immediately end" the siege.',
])
def test_sentences_are_not_datelines(text: str) -> None:
    assert find_dateline(text) is None
