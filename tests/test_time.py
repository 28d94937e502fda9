"""Temporal expressions and their TIMEX3 values, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Timex
from dateline.pipeline import load_pipeline
from dateline.time import anchor_event

WEDNESDAY = dt.date(2025, 3, 5)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(layers=["structure", "time"])


def _parsed(nlp: Language, text: str, dct: dt.date = WEDNESDAY) -> Doc:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)


def _tag(nlp: Language, text: str, dct: dt.date = WEDNESDAY) -> list[Timex]:
    return list(_parsed(nlp, text, dct)._.timexes)


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
        ("The border has been disputed since the 1990s.", {"the 1990s": "199"}),
        ("Aid convoys will cross daily.", {"daily": "P1D"}),
        ("Israel allows 600 aid trucks a day.", {"a day": "P1D"}),
        ("Markets close early every Friday.", {"every Friday": "XXXX-WXX-5"}),
        ("The blast happened at 10:30 a.m. on Monday.",
         {"10:30 a.m.": "2025-03-03T10:30", "on Monday": "2025-03-03"}),
        ("Officials will meet again in mid-April.", {"mid-April": "2025-04"}),
        ("Prices fell in 2023 after the war.", {"2023": "2023"}),
        ("Talks are expected to resume in the coming weeks.", {"in the coming weeks": "FUTURE_REF"}),
        # Earnings reports: the quarter reported, and "a year ago" is the year-earlier quarter.
        ("Profit rose in the third quarter; a year ago the company lost money.",
         {"third quarter": "2024-Q3", "a year ago": "2023-Q3"}),
        ("Sales fell 4% in the latest quarter.", {"the latest quarter": "2024-Q4"}),
        ("A quarter of the town has fled. A year ago it had 20,000 people.", {"A year ago": "2024"}),
        ("The talks began last summer.", {"last summer": "2024-SU"}),
        ("It happened in the winter of 1994.", {"the winter of 1994": "1994-WI"}),
        ("Atlanta, nineteen ninety-six: a bomb shakes the Games.", {"nineteen ninety-six": "1996"}),
        ("The siege lasted two and a half years.", {"two and a half years": "P2Y6M"}),
        ("Fighting has continued for nearly two years.", {"nearly two years": "P2Y"}),
        ("The deadline expires at 10 p.m. Wednesday.", {"10 p.m. Wednesday": "2025-03-05T22:00"}),
        ("Negotiations broke off at noon Thursday.", {"noon Thursday": "2025-02-27T12:00"}),
        ("Hamas has until 9 a.m. Tuesday to respond.", {"9 a.m. Tuesday": "2025-03-11T09:00"}),
        # dawn and the early hours take the day named nearest them, else the narrated day
        ("Troops seized the crossing at dawn on Monday.", {"dawn": "2025-03-03TMO", "on Monday": "2025-03-03"}),
        ("Shelling resumed in the early hours of Sunday.", {"Sunday": "2025-03-02"}),
        ("Shelling resumed in the early hours.", {"the early hours": "2025-03-05TNI"}),
        ("The convoy left at dusk.", {"dusk": "2025-03-05TEV"}),
        # (translated copy says which way a day lies: "el próximo 4 de abril", "el pasado 3 de marzo")
        ("The talks will extend until next April 4.", {"April 4": "2025-04-04"}),
        ("The truce entered into force the past 3 of March.", {"3 of March": "2025-03-03"}),
        ("The deal was signed last Oct. 23.", {"Oct. 23": "2024-10-23"}),
        ("Dawn, a Pakistani daily, said the Golden Dawn party met.", {}),
        ("A rally planned for Saturday was cancelled.", {"Saturday": "2025-03-01"}),
        ("The offer was extended to March 20.", {"March 20": "2025-03-20"}),
        ("The group was founded in the late 1970s.", {"the late 1970s": "197"}),
        ("Rebels have held the town since the end of 2023.", {"the end of 2023": "2023"}),
        ("Shares fell in the past two months.", {"the past two months": "P2M"}),
        ("The ceasefire was signed in January this year.", {"January this year": "2025-01"}),
        ("Police arrested 12 people over the weekend.", {"the weekend": "2025-W09-WE"}),
        ("The Dow ended the day 2% lower on Monday.", {"the day": "2025-03-05", "on Monday": "2025-03-03"}),
        ("Officials arrived early Tuesday.", {"early Tuesday": "2025-03-04"}),
        ("The vote is set for the first half of 2026.", {"the first half of 2026": "2026-H1"}),
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
        'The minister spoke on ABC\'s "This Week" programme.',
        "The Communist Party daily Granma printed the letter.",
        "Two thousand people marched to the square.",
    ],
)
def test_no_false_positives(nlp: Language, text: str) -> None:
    assert _tag(nlp, text) == []


def test_a_rate_is_a_set_not_a_duration(nlp: Language) -> None:
    (rate,) = _tag(nlp, "Israel allows 600 aid trucks a day.")
    (span,) = _tag(nlp, "The convoy waited for a day at the crossing.")
    assert (rate.type, rate.value) == ("SET", "P1D")
    assert (span.type, span.value) == ("DURATION", "P1D")


def test_seasons_have_their_days(nlp: Language) -> None:
    (summer,) = _tag(nlp, "The offensive began last summer.")
    assert (summer.value, summer.earliest, summer.latest) == (
        "2024-SU", dt.date(2024, 6, 1), dt.date(2024, 8, 31))


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
    doc = _parsed(nlp, text)
    stated = anchor_event(doc, 0, text.index(" in Cairo"))
    assert stated is not None and (stated.value, stated.inherited) == ("2025-03-03", False)
    inherited = anchor_event(doc, text.index("They agreed"), text.index(" to meet"))
    assert inherited is not None and (inherited.value, inherited.inherited) == ("2025-03-03", True)
    assert anchor_event(doc, text.index("Negotiators"), len(text)) is None


def test_a_shift_in_apposition_to_a_day_is_that_day() -> None:
    nlp = load_pipeline(layers=["structure", "time"])
    # "on Tuesday, a day after the truce took effect": Tuesday, placed against the truce
    values = _values(nlp, "Families returned on Tuesday, a day after the truce took effect.")
    assert values == {"on Tuesday": "2025-03-04", "a day after": "2025-03-04"}
    # a shift from the day named before, with no apposition, still counts from it
    values = _values(nlp, "The envoys met on Monday. Two days later, the talks collapsed.")
    assert values["Two days later"] == "2025-03-05"


def test_a_shift_from_an_event_is_a_stretch_of_time_not_a_day() -> None:
    nlp = load_pipeline(layers=["structure", "time"])
    # "came a day after Hamas said …": the statement's day is not given; not the day after today
    doc = nlp.make_doc("The move came a day after Hamas said it had accepted the proposal.")
    doc._.dct = dt.date(2025, 3, 5)
    (timex,) = nlp(doc)._.timexes
    assert (timex.text, timex.type, timex.value) == ("a day", "DURATION", "P1D")
    # (from a day or from the time last named, a shift is a day)
    values = _values(nlp, "The envoys met on Monday. Two weeks after that, the talks collapsed.")
    assert values["Two weeks after"] == "2025-W12"
    # (the day right after it, which it is measured from)
    values = _values(nlp, "The truce took effect two days after Jan. 19, officials said.")
    assert values["two days after"] == "2025-01-21"


def test_a_day_spelled_as_an_ordinal_word() -> None:
    nlp = load_pipeline(layers=["structure", "time"])
    values = _values(nlp, "The toll has risen since the seventh of October. Talks began on the "
                          "twenty-first of March 2023.")
    assert values == {"the seventh of October": "2024-10-07", "the twenty-first of March 2023": "2023-03-21"}


def test_a_day_after_a_verb_of_saying_is_when_it_was_said(nlp: Language) -> None:
    # Without "that", the parser hangs "on Monday" on the reported clause; the words stand
    # before its subject, so the day is the statement's and, said in the past, the last Monday.
    for text in ("Hamas said on Monday it would send a delegation to Cairo.",
                 "Hamas said Monday it would send a delegation to Cairo."):
        (monday,) = _tag(nlp, text)
        assert monday.value == "2025-03-03"
    # (after "that" the day is the clause's own, and its tense places it)
    (monday,) = _tag(nlp, "Hamas said that on Monday it would send a delegation to Cairo.")
    assert monday.value == "2025-03-10"


def test_an_event_takes_no_date_of_another_time_from_outside_its_words(nlp: Language) -> None:
    text = ("Hamas said on Monday it would meet the mediators.\n\nQatar and Egypt, which hosted "
            "the earlier talks, are expected to host a new round next week.")
    doc = _parsed(nlp, text)
    # a future meeting is not dated by the past day its announcement was made on ...
    assert anchor_event(doc, text.index("it would"), text.index(".")) is None
    # ... nor a past one by next week, named by the clause it hangs on
    hosted = anchor_event(doc, text.index("which hosted"), text.index(", are"))
    assert hosted is None
    # a date of the same time still anchors from its sentence
    planned = anchor_event(doc, text.index("to host"), text.index(" next week"))
    assert planned is not None and planned.value == "2025-W11"


def test_a_date_in_a_clause_with_an_agent_is_that_clauses(nlp: Language) -> None:
    text = ("Hamas said it had accepted a proposal announced by President Biden on May 31, but that "
            "Israel was now demanding to keep troops in the corridor.")
    doc = _parsed(nlp, text, dt.date(2024, 7, 12))
    # the demand is not dated by the announcement, neither from its sentence nor as inherited
    assert anchor_event(doc, text.index("Israel was"), text.index(" to keep")) is None


def test_the_dates_of_page_furniture_are_no_timexes_of_the_story(nlp: Language) -> None:
    text = ("Published On 27 Nov 2024\nSave\n"
            "This live page is now closed. You can continue to follow our coverage here.\n"
            "The truce took effect on Wednesday.\n"
            "Related Topics\nMore on this story\nWhat we know about the ceasefire plan\nPublished 2 days ago")
    assert _values(nlp, text, dt.date(2024, 11, 27)) == {"on Wednesday": "2024-11-27"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month with no month is this month's, unless the tense looks the other way
        ("The talks resumed on the 2nd after a pause.", {"the 2nd": "2025-03-02"}),
        ("The talks resumed on the 25th, officials said.", {"the 25th": "2025-02-25"}),
        ("The envoy will return on the 3rd.", {"the 3rd": "2025-04-03"}),
        ("They met on the 2nd of last month.", {"the 2nd of last month": "2025-02-02"}),
        ("The 20th round of talks opened on the 4th.", {"the 4th": "2025-03-04"}),
        ("It was the 15th anniversary of the war.", {}),
        # the week or month an edge names
        ("The truce must be signed by the end of the month.", {"the end of the month": "2025-03"}),
        ("The army will withdraw by the end of the week.", {"the end of the week": "2025-W10"}),
        # wire copy's four-figure times, with a zone or "hrs"
        ("The shelling began at 1400 GMT on Tuesday.", {"1400 GMT": "2025-03-04T14:00Z", "on Tuesday": "2025-03-04"}),
        ("The curfew starts at 0600 local time.", {"0600 local time": "2025-03-05T06:00"}),
        ("Some 1400 people fled and 2000 troops arrived.", {}),
    ],
)
def test_days_of_the_month_edges_of_a_unit_and_wire_times(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert _values(nlp, text) == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        # the feast the clause looks to: ahead for a deadline set before it, in a past clause too
        (dt.date(2024, 2, 14), "Mediators want a truce before Ramadan.", {"Ramadan": "2024-03-11/2024-04-09"}),
        (dt.date(2024, 2, 14), "The parties agreed to pause the fighting before Ramadan, officials said.",
         {"Ramadan": "2024-03-11/2024-04-09"}),
        (dt.date(2024, 3, 20), "Fighting continued during Ramadan.", {"Ramadan": "2024-03-11/2024-04-09"}),
        (dt.date(2024, 6, 20), "The strikes continued through Eid al-Adha.", {"Eid al-Adha": "2024-06-16/2024-06-19"}),
        # (the feast under way, whatever the tense: written on its second day)
        (dt.date(2025, 3, 31), "Aid trucks will enter Gaza during the Eid al-Fitr holiday.",
         {"Eid al-Fitr": "2025-03-30/2025-04-01"}),
        (dt.date(2025, 4, 21), "The Easter ceasefire was violated, Kyiv said.", {"Easter": "2025-04-20"}),
        (dt.date(2023, 1, 6), "Russia announced a ceasefire for Orthodox Christmas.", {"Orthodox Christmas": "2023-01-07"}),
        (dt.date(2025, 10, 20), "A deal is expected by Christmas.", {"Christmas": "2025-12-25"}),
        (dt.date(2025, 10, 20), "The hostages were not home last Hanukkah.", {"last Hanukkah": "2024-12-26/2025-01-02"}),
        (dt.date(2025, 10, 20), "Talks stalled over the Passover holiday.", {"Passover": "2025-04-13/2025-04-20"}),
        (dt.date(2016, 10, 1), "Voters go to the polls on Election Day.", {"Election Day": "2016-11-08"}),
        (dt.date(2025, 10, 20), "Ramadan 2026 will begin in February.", {"Ramadan 2026": "2026-02-18/2026-03-19",
                                                                           "February": "2026-02"}),
        # names made of a feast are no time, nor is a person named after one
        (dt.date(2025, 10, 20), "The Good Friday Agreement was signed on Good Friday 1998.",
         {"Good Friday 1998": "1998-04-10"}),
        (dt.date(2025, 10, 20), "Taha Yassin Ramadan was hanged. Tariq Ramadan spoke.", {}),
    ],
)
def test_holidays_of_each_calendar(nlp: Language, dct: dt.date, text: str, expected: dict[str, str]) -> None:
    assert _values(nlp, text, dct) == expected


def test_a_feast_of_several_days_spans_them() -> None:
    from dateline.time import _span_days

    assert _span_days("2024-03-11/2024-04-09") == (dt.date(2024, 3, 11), dt.date(2024, 4, 9))


def test_a_clocks_abbreviation_does_not_end_its_sentence() -> None:
    from dateline import analyze

    article = analyze("Russia said its forces had shot down 102 drones between 8 p.m. and 11:40 p.m. Moscow time "
                      "on June 10.", "2025-06-11")
    assert [(t.text, t.value) for t in article.timexes][:2] == [("8 p.m.", "2025-06-10T20:00"),
                                                                ("11:40 p.m.", "2025-06-10T23:40")]
    assert article.events[0].date is not None and article.events[0].date.value.startswith("2025-06-10")


def test_hours_later_is_the_day_they_count_from() -> None:
    from dateline import analyze

    article = analyze("Israel struck Rafah on Monday. Hours later, Hamas fired rockets. 48 hours later, troops "
                      "withdrew.", "2025-06-11")
    assert [(t.text, t.value) for t in article.timexes] == [
        ("on Monday", "2025-06-09"), ("Hours later", "2025-06-09"), ("48 hours later", "2025-06-11")]
    # (not a day still to come that the sentence names)
    article = analyze("The spokesman announced that the envoy will arrive in Doha on Thursday, something that "
                      "Washington confirmed hours later.", "2025-03-11")
    assert article.timexes[-1].value == "2025-03-11"
