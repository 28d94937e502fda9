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
    # (translated copy keeps its language's lower-case month after the day)
    ("Jerusalem, 6 may (EFE).- The movement accepted", "Jerusalem", "may", 6, "The movement"),
    ("GAZA CITY, Gaza Strip — Residents fled", "GAZA CITY", None, None, "Residents"),
    ("  WASHINGTON (AP) — The envoy", "WASHINGTON", None, None, "The envoy"),
    ("Khan Younis (Palestinian Territories) (AFP) – Air strikes", "Khan Younis", None, None, "Air"),
    ("Rio de Janeiro (AFP) – Police raided", "Rio de Janeiro", None, None, "Police"),
    # (some pages set the dash as a horizontal bar, U+2015)
    ("BEIRUT ― Israeli jets struck", "BEIRUT", None, None, "Israeli"),
    # (WAFA sets a comma between the day and its tag)
    ("Ramallah, March 2, (WAFA) - The Presidency condemned", "Ramallah", "March", 2, "The Presidency"),
    # (accented place names, as Spanish and Portuguese agencies write them)
    ("Bogotá, Aug 7 (EFE).- The Government of Colombia", "Bogotá", "Aug", 7, "The Government"),
    ("SÃO PAULO, Aug. 7 (Reuters) - Brazil's central bank", "SÃO PAULO", "Aug.", 7, "Brazil's"),
    # (a place in capitals on a line of its own, as some agencies' pages set it)
    ("ANKARA\nTurkey's foreign minister said", "ANKARA", None, None, "Turkey's"),
    ("PORT SUDAN\n\nThe army said", "PORT SUDAN", None, None, "The army"),
    # (a place and a Gulf agency's initials on a line of their own)
    ("Doha - QNA\nThe State of Qatar said", "Doha", None, None, "The State"),
    # (an agency's initials after the place's comma, as IRNA and SPA set them)
    ("Tehran, IRNA -- Iranian Foreign Minister Abbas Araghchi said", "Tehran", None, None, "Iranian"),
    ("Riyadh, SPA - Saudi Arabia welcomed", "Riyadh", None, None, "Saudi"),
    # (a story filed from two places)
    ("Jerusalem / Cairo, May 7 (EFE).- The delegations", "Jerusalem / Cairo", "May", 7, "The delegations"),
    # (a story filed from no place in particular: the day and the agency)
    ("Jan 16 (Reuters) - Israel and Hamas agreed", "", "Jan", 16, "Israel and Hamas"),
    # (a hyphen between capitals is part of the place's name; glued to a word, a dash)
    ("DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed", "DEIR AL-BALAH", None, None, "Israeli"),
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs attacked", "PORT-AU-PRINCE", None, None, "Gangs"),
    ("GAZA CITY-Hamas said", "GAZA CITY", None, None, "Hamas"),
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
    # A word in capitals on its own line that is no place is a label.
    "ANALYSIS\nThe talks collapsed on Monday.",
    "EXCLUSIVE\nThe talks collapsed on Monday.",
    # A place and initials that are no agency's, or no place and an agency's.
    "Gaza - UN\nThe agency said the crossing was shut.",
    "Talks - QNA\nThe agency said the crossing was shut.",
    # Two parties, or a place and initials that are no agency's, before a dash.
    "Israel, Hamas -- The talks resumed.",
    "Gaza, UN - The agency said the crossing was shut.",
    # A day and a bracket that is no agency's.
    "March 5 (Tuesday) - The talks resumed.",
])
def test_sentences_are_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_a_dateline_after_a_headline_line() -> None:
    from dateline.datelines import find_story_dateline

    text = "Mediators push for Gaza truce deal\n\nCAIRO, March 4 (Reuters) - Egyptian mediators met."
    found = find_story_dateline(text)
    assert found is not None and (found.place, found.day) == ("CAIRO", 4)
    assert text[found.end:].startswith("Egyptian")
    # A first line that is a sentence of the story is no headline.
    assert find_story_dateline("Talks resumed on Monday.\n\nCAIRO, March 4 (Reuters) - Mediators met.") is None
    # A page's stamp and byline may stand between the headline and the dateline.
    text = ("Mediators push for Gaza truce deal\n\nUpdated 3 hours ago\n\nBy Staff | Published 2 hours ago"
            "\n\nCAIRO, March 4 (Reuters) - Egyptian mediators met.")
    found = find_story_dateline(text)
    assert found is not None and (found.place, found.day) == ("CAIRO", 4)
    # (but no further than four such lines)
    assert find_story_dateline("A\n\nB\n\nC\n\nD\n\nE\n\nCAIRO, March 4 (Reuters) - Mediators met.") is None


def test_the_page_date_and_a_dateline_after_the_title() -> None:
    import datetime as dt

    from dateline.readers import reconcile_dateline

    text = "Mediators push for Gaza truce deal\nCAIRO, March 4 (Reuters) - Egyptian mediators met."
    day, source, note = reconcile_dateline(text, dt.date(2025, 3, 5))
    assert (day, source) == (dt.date(2025, 3, 4), "text") and note is not None


def test_a_dateline_before_page_furniture_and_the_page_date() -> None:
    import datetime as dt

    from dateline.readers import reconcile_dateline

    # A scraped agency page puts its header between the dateline and the story.
    text = "BEIJING, March 4 (Xinhua) -- | Xinhua | Updated: 2025-03-04 10:21 | China will send an envoy."
    day, source, note = reconcile_dateline(text, dt.date(2025, 3, 5))
    assert (day, source) == (dt.date(2025, 3, 4), "text") and note is not None and "BEIJING" in note


def test_a_dateline_that_gives_the_day_first() -> None:
    found = find_dateline("November 6, 2025 (KHARTOUM) – The Rapid Support Forces announced on Thursday …")
    assert found is not None and (found.place, found.month, found.day) == ("KHARTOUM", "November", 6)
    # (an agency in brackets is no place: a dateline with no place, as the wire files such a story)
    found = find_dateline("March 3, 2025 (Reuters) - Talks resumed.")
    assert found is not None and (found.place, found.month, found.day) == ("", "March", 3)


def test_a_day_first_dateline_with_its_year_and_no_comma() -> None:
    from dateline.datelines import find_story_dateline

    found = find_story_dateline("Beirut, 9 October 2025 (AFP) - The Lebanese army said it had deployed.")
    assert found is not None and (found.place, found.month, found.day) == ("Beirut", "October", 9)
    assert "Beirut, 9 October 2025 (AFP) - The"[found.end:].startswith("The")


def test_a_release_dated_in_full_opens_with_a_dateline() -> None:
    # (a ministry's release names its place in title case and its date with the year, no agency)
    found = find_dateline("Cairo, 11 June 2025 – Foreign Minister Badr Abdelatty received a call.")
    assert found is not None and (found.place, found.month, found.day) == ("Cairo", "June", 11)
    assert find_dateline("Hamas said, 11 June 2025 - the talks resumed.") is None


def test_an_agencys_initials_bare_after_the_day() -> None:
    # (WAFA's "GAZA, February 14, 2024, WAFA - ": the tag neither bracketed nor slashed)
    text = "GAZA, February 14, 2024, WAFA - The death toll rose to 28,576."
    found = find_dateline(text)
    assert found is not None and (found.place, found.month, found.day) == ("GAZA", "February", 14)
    assert text[found.end:].startswith("The death toll")
    found = find_dateline("NABLUS, February 14, 2024 WAFA- Israeli forces raided the city.")
    assert found is not None and found.place == "NABLUS"
    # (capitals that are no agency after a day in a title-case place make no dateline)
    assert find_dateline("Gaza, March 3 US - Hamas said the talks failed.") is None


def test_an_agencys_initials_after_a_slash() -> None:
    # (WAFA's English service: "Ramallah, February 20 / WAFA - ")
    text = "Ramallah, February 20 / WAFA - The number of detainees rose to 7,145."
    found = find_dateline(text)
    assert found is not None and (found.place, found.month, found.day) == ("Ramallah", "February", 20)
    assert text[found.end:].startswith("The number")
    assert find_dateline("Paris, March 3 / The talks - the envoy left.") is None
