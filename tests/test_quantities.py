"""Quantities layer: counts with their bound and counted noun, and what is not a count."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Quantity, Timex
from dateline.pipeline import load_pipeline
from dateline.quantities import extract_quantities, load_numbers, parse_number


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(layers=["structure", "quantities"])


def quantities_of(nlp: Language, text: str) -> list[Quantity]:
    found: list[Quantity] = nlp(text)._.quantities
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def summary(found: list[Quantity]) -> list[tuple[str, float, str, str | None]]:
    return [(q.text, q.value, q.bound, q.unit) for q in found]


def test_each_bound(nlp: Language) -> None:
    text = (
        "At least 40 people were killed and more than a thousand were injured, while up to "
        "300 families fled and about 2,500 troops were deployed."
    )
    assert summary(quantities_of(nlp, text)) == [
        ("At least 40 people", 40, "min", "people killed"),
        ("more than a thousand", 1000, "min", "injured"),  # (the verb names them)
        ("up to 300 families", 300, "max", "families displaced"),  # (those who fled)
        ("about 2,500 troops", 2500, "approx", "troops"),
    ]


def test_more_bound_words(nlp: Language) -> None:
    text = (
        "Fewer than 50 residents returned, nearly 1.2 million people lost power and some "
        "thirty journalists were held; no fewer than 12 ships and over 600 trucks waited."
    )
    assert summary(quantities_of(nlp, text)) == [
        ("Fewer than 50 residents", 50, "max", "residents"),
        ("nearly 1.2 million people", 1_200_000, "approx", "people"),
        ("some thirty journalists", 30, "approx", "journalists"),
        ("no fewer than 12 ships", 12, "min", "ships"),
        ("over 600 trucks", 600, "min", "trucks"),
    ]


def test_word_numbers(nlp: Language) -> None:
    text = (
        "Twenty-five schools, two hundred and fifty homes and two Red Cross ambulances were "
        "hit, and a thousand volunteers helped."
    )
    assert summary(quantities_of(nlp, text)) == [
        ("Twenty-five schools", 25, "exact", "schools"),
        ("two hundred and fifty homes", 250, "exact", "homes"),
        ("two Red Cross ambulances", 2, "exact", "ambulances"),
        ("a thousand volunteers", 1000, "exact", "volunteers"),
    ]
    # (half of what the article stands for)
    assert summary(quantities_of(nlp, "Half a million people face famine.")) == [
        ("Half a million people", 500_000, "exact", "people")]


def test_plural_number_nouns_are_approximate(nlp: Language) -> None:
    text = "Dozens of shops and hundreds of cars burned as tens of thousands of people marched."
    assert summary(quantities_of(nlp, text)) == [
        ("Dozens", 24, "approx", "shops"),
        ("hundreds", 200, "approx", "cars"),
        ("tens of thousands", 20_000, "approx", "people"),
    ]
    text = "Police fined half a dozen journalists and a further half-dozen protesters."
    assert [(q.value, q.bound) for q in quantities_of(nlp, text)] == [(6, "approx"), (6, "approx")]


def test_ranges_keep_the_lower_figure_as_min(nlp: Language) -> None:
    text = "Between 20 and 30 people were hurt and 15-20 vehicles were damaged."
    assert summary(quantities_of(nlp, text)) == [
        ("Between 20 and 30 people", 20, "min", "people hurt"),
        ("15-20 vehicles", 15, "min", "vehicles"),
    ]
    # The upper figure is kept too; a single number has none.
    assert [q.upper for q in quantities_of(nlp, text)] == [30, 20]
    assert [q.upper for q in quantities_of(nlp, "About 40 people were hurt.")] == [None]


def test_several_and_a_few_before_a_scale_word(nlp: Language) -> None:
    text = "Several hundred detainees and a few thousand workers crossed on Monday."
    assert summary(quantities_of(nlp, text)) == [
        ("Several hundred detainees", 300, "approx", "detainees"),
        ("a few thousand workers", 3000, "approx", "workers")]


def test_from_to_is_a_change_not_a_range(nlp: Language) -> None:
    found = quantities_of(nlp, "The number of injured rose from 12 to 18 overnight.")
    assert [(q.value, q.bound, q.unit) for q in found] == [
        (12, "exact", "injured"),
        (18, "exact", "injured"),
    ]


def test_unit_from_context_and_of_phrase(nlp: Language) -> None:
    text = (
        "The army holds a large number of detainees in its camps, reportedly more than a "
        "thousand. The bus carried 52 passengers, thirty of them wounded."
    )
    assert summary(quantities_of(nlp, text)) == [
        ("more than a thousand", 1000, "min", "detainees"),
        ("52 passengers", 52, "exact", "passengers"),
        ("thirty", 30, "exact", "wounded"),
    ]


def test_unit_named_after_the_count_in_translated_copy(nlp: Language) -> None:
    # "elevó a 34.789 el número de muertos", translated word for word
    text = ("The Ministry of Health raised today to 34,789 the number of dead since the start of "
            "the war, and to 78,204 the wounded.")
    assert summary(quantities_of(nlp, text)) == [
        ("34,789", 34789, "exact", "dead"), ("78,204", 78204, "exact", "wounded")]


def test_shares_of_an_earlier_count(nlp: Language) -> None:
    text = ("Officials say about 120 hostages are still held, at least a third of whom are "
            "believed to be dead. The bus carried 48 passengers, two-thirds of them children.")
    found = quantities_of(nlp, text)
    assert summary(found) == [
        ("about 120 hostages", 120, "approx", "hostages"),
        ("at least a third of whom", 40, "min", "dead"),
        ("48 passengers", 48, "exact", "passengers"),
        ("two-thirds of them", 32, "approx", "children"),
    ]
    assert [q.part_of for q in found] == [None, 0, None, 2]


def test_unit_of_a_bare_count_after_a_casualty_verb_or_others(nlp: Language) -> None:
    text = "The shelling killed at least 42 people, including 15 children, and wounded more than 100."
    assert summary(quantities_of(nlp, text))[2] == ("more than 100", 100, "min", "wounded")
    text = "Two border guards were killed and four others were wounded."
    assert [q.unit for q in quantities_of(nlp, text)] == ["border guards killed", "wounded"]


@pytest.mark.parametrize(
    "text",
    [
        "A driver aged 45 was hurt.",
        "A 45-year-old nurse was hurt.",
        "The driver, 52, was arrested.",
        "The law was passed in 2023.",
        "The October 7 attack changed everything.",
        "It was the first week of the second round of talks.",
        "A three-day truce began, and it lasted six weeks.",
        "The home side won 2-1 on Sunday.",
        "Resolution 2334 was cited again.",
        "Donors pledged $5 million and 40 percent of voters stayed home.",
        "One of the officials said no one was hurt.",
        "The convoy drove 12 kilometres.",
        "The bakery opens at six o’clock.",
        "The first to leave were women, children and people over 60.",
        "A magnitude 5.8 earthquake shook the valley.",
        "Envoys of the two countries met in Geneva.",
        "Israel would complete its withdrawal by day 50 of the truce.",
        "Talks on phase 2 of the deal open in Doha.",
    ],
)
def test_not_counts(nlp: Language, text: str) -> None:
    assert [q for q in quantities_of(nlp, text) if q.kind == "count"] == []


def test_verb_particle_over_is_not_a_bound(nlp: Language) -> None:
    found = quantities_of(nlp, "The firm handed over millions of dollars to the fund.")
    assert summary(found) == [("millions", 2_000_000, "approx", "dollars")]


def test_money_percentages_measures_and_ages_are_typed() -> None:
    # The pipeline types them by default ...
    typed = load_pipeline(layers=["structure", "quantities"])
    found = typed("Donors pledged $5 million and 40 percent of voters stayed home.")._.quantities
    assert [(q.text, q.kind) for q in found] == [("$5 million", "money"), ("40 percent", "percent")]
    text = "Donors pledged $2.5bn on Monday, and a 14-year-old boy and a man, 45 years old, were hurt."
    assert [(q.text, q.value, q.kind) for q in typed(text)._.quantities] == [
        ("$2.5bn", 2.5e9, "money"), ("14-year-old", 14, "age"), ("45", 45, "age")]
    # A measure joined by a hyphen; a second age after "aged".
    assert [(q.text, q.kind) for q in typed("Troops left a 14-kilometre strip.")._.quantities] == [
        ("14-kilometre", "measure")]
    assert [(q.text, q.kind) for q in typed("The victims were aged 45 and 60.")._.quantities] == [
        ("45", "age"), ("60", "age")]
    # A list of ages, and a range of them: never a count of people.
    text = "Among the 40 wounded were children aged 3, 7 and 12."
    assert [(q.text, q.kind) for q in typed(text)._.quantities] == [
        ("40", "count"), ("3", "age"), ("7", "age"), ("12", "age")]
    text = "The strike killed four children aged between 2 and 11; the others, aged 20 to 35, were hurt."
    assert [(q.text, q.value, q.upper, q.bound, q.kind) for q in typed(text)._.quantities] == [
        ("four children", 4, None, "exact", "count"), ("between 2 and 11", 2, 11, "min", "age"),
        ("20 to 35", 20, 35, "min", "age")]
    # A bound after "aged", before "the age of" or after a group that takes an age bounds
    # the age ("60 may leave": the modal, no day of May).
    text = ("Both sides will free those aged under 25. Men over the age of 60 may leave, and children "
            "under the age of 5 and people over 50 will be evacuated first.")
    assert [(q.text, q.value, q.bound, q.kind) for q in typed(text)._.quantities] == [
        ("under 25", 25, "max", "age"), ("over the age of 60", 60, "min", "age"),
        ("under the age of 5", 5, "max", "age"), ("over 50", 50, "min", "age")]
    nlp = load_pipeline(layers=["structure"])
    doc = nlp("Donors pledged $5 million and 40 percent of voters stayed home.")
    found = extract_quantities(doc, measures=True)
    assert [(q.value, q.unit) for q in found] == [(5_000_000, "USD"), (40, "percent")]
    assert [(q.text, q.kind) for q in found] == [("$5 million", "money"), ("40 percent", "percent")]
    doc = nlp("The suspect, aged 45, drove 30 km; inflation hit 3 per cent.")
    assert [(q.text, q.kind, q.unit) for q in extract_quantities(doc, measures=True)] == [
        ("45", "age", "years"), ("30 km", "measure", "km"), ("3 per cent", "percent", "percent")]
    # ... and without measures none of them is a count.
    assert extract_quantities(doc, measures=False) == []


def test_parts_of_an_earlier_count(nlp: Language) -> None:
    found = quantities_of(nlp, "The blast killed 40 people, including 12 children, and the "
                               "group still holds 96 captives, at least a dozen of them dead. "
                               "Another 30 were wounded.")
    assert [(q.text, q.kind, q.part_of) for q in found] == [
        ("40 people", "count", None), ("12 children", "count", 0),
        ("96 captives", "count", None), ("at least a dozen", "count", 2),
        ("30", "count", None)]


def test_them_after_a_part_of_a_whole_and_others_of_a_casualty_verb(nlp: Language) -> None:
    # "X of the Y, Z of them": them are the X.
    found = quantities_of(nlp, "Only 61 of the 248 people seized in the raid remain captive, 20 of "
                               "them believed to be alive.")
    assert [(q.text, q.part_of) for q in found] == [("61", 1), ("248 people", None), ("20", 0)]
    # The strike's "40 others" are wounded, not the children named just before.
    found = quantities_of(nlp, "The strike killed 27 people, including nine children, and wounded 40 others.")
    assert [(q.text, q.unit) for q in found][-1] == ("40 others", "wounded")
    # A number word is no counted noun for a count after it.
    found = quantities_of(nlp, "Dozens were arrested and hundreds of thousands more rallied in the capital.")
    assert "dozens" not in [q.unit for q in found]


def test_parts_named_after_the_part_and_what_the_toll_counts(nlp: Language) -> None:
    # The whole after the part ("of the 250"), a "were children" predicate, "more" before
    # the casualty word, a death toll, and a participle the parser hung the number on.
    found = quantities_of(nlp, "Fewer than 40 of the 250 detainees have been charged.")
    assert [(q.text, q.unit, q.part_of) for q in found] == [
        ("Fewer than 40", "detainees", 1), ("250 detainees", "detainees", None)]
    found = quantities_of(nlp, "The death toll rose to 8,420, of whom 3,100 were children, the "
                               "health office said.")
    assert [(q.text, q.unit, q.part_of) for q in found] == [
        ("8,420", "dead", None), ("3,100", "children", 0)]
    found = quantities_of(nlp, "Six soldiers were killed and dozens more injured near the dam.")
    assert [(q.text, q.unit) for q in found] == [("Six soldiers", "soldiers killed"), ("dozens", "injured")]
    found = quantities_of(nlp, "The rebels demanded the release of 1,200 prisoners, including "
                               "300 serving life sentences.")
    assert [(q.unit, q.part_of) for q in found] == [("prisoners", None), ("prisoners", 0)]


def test_numbers_inside_timexes_are_skipped() -> None:
    nlp = load_pipeline(layers=["structure"])
    if not Doc.has_extension("timexes"):
        Doc.set_extension("timexes", default=None)
    text = "Three soldiers died during the last three hours of fighting."
    doc = nlp(text)
    assert [q.value for q in extract_quantities(doc)] == [3]
    start = text.index("the last")
    doc._.timexes = [Timex(start, start + 20, text[start : start + 20], "DURATION", "PT3H")]
    three = text.index("Three")
    doc._.timexes.append(Timex(three, three + 5, "Three", "DATE", "XXXX"))
    assert extract_quantities(doc) == []


def test_parse_number() -> None:
    assert parse_number(["1.2", "million"]) == 1_200_000
    assert parse_number(["two", "thousand", "five", "hundred"]) == 2500
    assert parse_number(["one", "hundred", "and", "twenty"]) == 120
    assert parse_number(["a", "dozen"]) == 12
    assert parse_number(["3,400"]) == 3400
    assert parse_number(["several"]) is None
    assert parse_number(["28", "000"]) == 28_000  # (continental formats: see below)
    assert parse_number(["1,2", "million"]) == 1_200_000
    assert parse_number(["1.234.567"]) == 1_234_567


def test_continental_number_formats_in_translated_copy(nlp: Language) -> None:
    text = (
        "Gaza, 14 feb (EFE).- The Ministry of Health raised the toll to 28.340 dead and 67.984 "
        "wounded, while more than 1,2 million displaced people crowd into Rafah. Some 28\u00a0000 "
        "homes and 1 200 000 tonnes of rubble were counted, and the index closed at 4.375 points."
    )
    found = quantities_of(nlp, text)
    assert [(q.text, q.value, q.bound, q.unit) for q in found if q.kind == "count"] == [
        ("28.340", 28_340, "exact", "dead"),
        ("67.984", 67_984, "exact", "wounded"),
        ("more than 1,2 million displaced people", 1_200_000, "min", "people displaced"),
        ("Some 28\u00a0000 homes", 28_000, "approx", "homes"),
    ]
    # (tonnes and index points may have decimals: the dot there is the decimal point)
    assert [(q.text, q.value) for q in found if q.kind == "measure"] == [
        ("1 200 000 tonnes", 1_200_000), ("4.375 points", 4.375)]


def test_shorthand_scales_and_shares(nlp: Language) -> None:
    text = (
        "Some 1.5m people, nearly 70pc of the population, shelter behind a 10m wall; donors "
        "gave $50k and 2.5k troops arrived, bringing the army's toll to 229."
    )
    found = quantities_of(nlp, text)
    assert [(q.text, q.value, q.bound, q.unit, q.kind) for q in found] == [
        ("Some 1.5m people", 1_500_000, "approx", "people", "count"),
        ("nearly 70pc", 70, "approx", "percent", "percent"),
        ("10m", 10, "exact", "m", "measure"),  # (metres: nothing counted after it)
        ("$50k", 50_000, "exact", "USD", "money"),
        ("2.5k troops", 2500, "exact", "troops", "count"),
        ("229", 229, "exact", "dead", "count"),  # (a toll with no word before it: the dead)
    ]


def test_a_plus_sign_after_a_number_is_a_lower_bound(nlp: Language) -> None:
    found = quantities_of(nlp, "Casualties so far: 14 dead, 40+ injured and 100+ people evacuated.")
    assert summary(found) == [("14", 14, "exact", "dead"), ("40+", 40, "min", "injured"),
                              ("100+", 100, "min", "people")]


def test_one_in_three_is_a_share_not_two_counts(nlp: Language) -> None:
    text = (
        "One in three children in Gaza is acutely malnourished, and nearly 6 in 10 voters back "
        "the deal, a poll found; only 1 out of 10 trucks reached the north. Israeli jets killed "
        "2 in 5 strikes overnight."
    )
    found = quantities_of(nlp, text)
    assert [(q.text, q.value, q.bound, q.kind) for q in found] == [
        ("One in three children", 33.3, "exact", "percent"),
        ("nearly 6 in 10 voters", 60, "approx", "percent"),
        ("1 out of 10 trucks", 10, "exact", "percent"),
        ("2", 2, "exact", "count"),  # ("in" hangs on the verb: strikes, not a share)
        ("5 strikes", 5, "exact", "count"),
    ]


def test_number_lexicon_can_be_extended(tmp_path: Path) -> None:
    data = json.loads(resources.files("dateline").joinpath("data/numbers.json").read_text("utf-8"))
    assert data["_source"]
    data["bounds"]["approx"].append("in the ballpark of")
    path = tmp_path / "numbers.json"
    path.write_text(json.dumps(data), "utf-8")
    nlp = load_pipeline(layers=["structure"])
    doc = nlp("Organisers counted in the ballpark of 800 marchers.")
    (custom,) = extract_quantities(doc, load_numbers(str(path)))
    assert custom.bound == "approx" and custom.text.startswith("in the ballpark of")
    (default,) = extract_quantities(doc)
    assert default.bound == "exact"


def test_the_parts_of_a_count_a_clause_opens_with(nlp: Language) -> None:
    # "Of the 300 wounded, 40 were children": the 40 are part of the 300, and so is every
    # count after the comma that names nothing else.
    found = quantities_of(nlp, "Of the 300 wounded, 40 were children and 25 were women, the ministry said.")
    assert [(q.text, q.part_of) for q in found] == [("300", None), ("40", 0), ("25", 0)]
    found = quantities_of(nlp, "Officials said that of the 52 detainees released on Monday, 30 were minors.")
    assert [(q.text, q.part_of) for q in found] == [("52 detainees", None), ("30", 0)]
    found = quantities_of(nlp, "Of the 134 hostages, 30 are dead, and 250 prisoners would be freed.")
    assert [(q.text, q.part_of) for q in found] == [("134 hostages", None), ("30", 0), ("250 prisoners", None)]
    found = quantities_of(nlp, "Of course, 40 people stood and 12 sat.")
    assert [q.part_of for q in found] == [None, None]


def test_a_share_of_the_count_after_it_and_a_range_after_a_date(nlp: Language) -> None:
    found = quantities_of(nlp, "Nearly two-thirds of the 253 people taken hostage have been released.")
    assert [(q.text, q.value, q.part_of) for q in found] == [("Nearly two-thirds", 169.0, 1), ("253 people", 253.0, None)]
    # Written without a hyphen the share is still a share, not a count of "quarters".
    found = quantities_of(nlp, "Three quarters of the 400 wounded were children.")
    assert [(q.text, q.value, q.part_of) for q in found] == [("Three quarters", 300.0, 1), ("400", 400.0, None)]
    found = quantities_of(nlp, "Nearly 1.7 million people, or three quarters of the population, have fled.")
    assert [(q.text, q.unit) for q in found] == [("Nearly 1.7 million people", "people displaced")]
    # A date's day is no range's lower end; the toll after "to" is read on its own.
    found = quantities_of(nlp, "The strike brought the death toll since October 7 to 30,035.")
    assert [(q.text, q.value, q.unit) for q in found] == [("30,035", 30035.0, "dead")]
    # And a range of days is no count at all.
    assert quantities_of(nlp, "Talks ran from March 3 to 5.") == []
    found = quantities_of(nlp, "Between 1,200 and 1,500 people were displaced from 3 to 5 March.")
    assert [(q.value, q.upper) for q in found] == [(1200.0, 1500.0)]


def test_the_strength_of_a_force(nlp: Language) -> None:
    found = quantities_of(nlp, "A 5,000-strong peacekeeping force will deploy, and the 300-strong battalion withdrew.")
    assert [(q.text, q.value, q.unit) for q in found] == [("5,000", 5000.0, "peacekeeping force"), ("300", 300.0, "battalion")]


def test_every_count_of_a_list_after_among_them_is_a_part(nlp: Language) -> None:
    text = ("Gaza, 31 jan (EFE).- The ministry said 26.900 Palestinians had been killed, among them "
            "more than 11.000 children and 7.500 women, and that 66.000 were wounded.")
    found = quantities_of(nlp, text)
    assert [(q.text, q.value, q.part_of) for q in found] == [
        ("26.900 Palestinians", 26_900, None), ("more than 11.000 children", 11_000, 0),
        ("7.500 women", 7_500, 0), ("66.000", 66_000, None)]


def test_a_total_counts_what_the_count_before_it_counts(nlp: Language) -> None:
    text = ("UNRWA, the UN agency for Palestinian refugees, said 14 of its staff had been killed in "
            "the past week, bringing the total to 171 since the war began.")
    assert [(q.text, q.unit) for q in quantities_of(nlp, text)] == [("14", "staff killed"), ("171", "staff killed")]


def test_a_count_keeps_what_befell_it(nlp: Language) -> None:
    # A casualty count is read with what happened to the people counted, whatever the verb's form.
    text = ("The quake struck before dawn, killing at least 27 people and injuring more than 130 others. "
            "A drone strike killed 12 civilians in Khan Younis, the floods left 100 people dead in the "
            "valley, and 250 were kidnapped from the border towns.")
    assert [(q.value, q.unit) for q in quantities_of(nlp, text)] == [
        (27, "people killed"), (130, "injured"), (12, "civilians killed"), (100, "people dead"),
        (250, "kidnapped")]
    # A count with no casualty word stays the noun it counts.
    assert [q.unit for q in quantities_of(nlp, "The convoy carried 40 people to the crossing.")] == ["people"]
    assert [q.unit for q in quantities_of(nlp, "The committee missed 12 deadlines last year.")] == ["deadlines"]


def test_a_part_that_names_no_noun_counts_what_its_whole_counts(nlp: Language) -> None:
    found = quantities_of(nlp, "More than 900,000 people have fled their homes since March, including "
                               "about 180,000 who crossed into neighbouring Chad.")
    assert [(q.text, q.unit, q.part_of) for q in found] == [
        ("More than 900,000 people", "people displaced", None), ("about 180,000", "people displaced", 0)]
    # a part that names its own noun keeps it
    found = quantities_of(nlp, "The shelling killed 31 people in the camps, including 9 children.")
    assert [(q.text, q.unit, q.part_of) for q in found][1] == ("9 children", "children", 0)


def test_a_bare_count_a_casualty_verb_takes_is_what_befell_it(nlp: Language) -> None:
    found = quantities_of(nlp, "The army denies the report as air strikes kill dozens across the north.")
    assert [(q.text, q.unit) for q in found] == [("dozens", "killed")]


def test_a_count_on_the_last_word_of_a_story_cut_off_mid_word_counts_no_fragment() -> None:
    nlp = load_pipeline(layers=["structure", "quantities"])
    text = ("The minister warned that an assault on the city would have dire consequences for the "
            "more than 1.4 million peo")
    (count,) = nlp(text)._.quantities
    assert (count.text, count.value, count.bound, count.unit) == ("more than 1.4 million", 1_400_000, "min", None)
    # (a whole noun ending an uncut sentence stays)
    (count,) = nlp("Shelters hold more than 1.4 million people.")._.quantities
    assert count.unit == "people"


def test_a_count_of_those_who_fled_or_died_is_of_the_displaced_or_dead(nlp: Language) -> None:
    text = ("Hundreds of thousands have fled to Chad since the war began. At least 30 died in the strike, "
            "and 12 people fled the town.")
    assert [(q.text, q.unit, q.kind) for q in quantities_of(nlp, text)] == [
        ("Hundreds of thousands", "displaced", "count"), ("At least 30", "dead", "count"),
        ("12 people", "people displaced", "count")]
    # "of" the noun, with what befell them as for "12 people were killed"
    text = "Dozens of people were killed and the strikes killed dozens of civilians, while hundreds of families fled."
    assert [q.unit for q in quantities_of(nlp, text)] == ["people killed", "civilians killed", "families displaced"]
    # (driven from their homes, uprooted: displaced; "by one count" counts no counts)
    text = ("The war has driven nearly 9 million from their homes and uprooted 40,000 families in Darfur. "
            "By one count, more than 150,000 have died; one estimate puts it higher. Police drove 200 "
            "protesters from the square.")
    assert [(q.text, q.unit) for q in quantities_of(nlp, text)] == [
        ("nearly 9 million", "displaced"), ("40,000 families", "families displaced"),
        ("more than 150,000", "dead"), ("200 protesters", "protesters")]


def test_a_vote_counts_no_one_and_a_count_of_displaced_families_keeps_what_befell_them(nlp: Language) -> None:
    text = ("The cabinet approved the truce by a vote of 10 to 1 and the council voted 14-0 to back it. "
            "Thousands of displaced families began heading south, and dozens of wounded civilians were evacuated.")
    assert [(q.text, q.unit) for q in quantities_of(nlp, text)] == [
        ("Thousands", "families displaced"), ("dozens", "civilians wounded")]
    # (a range is still a range where no vote is near)
    assert [(q.text, q.value, q.upper) for q in quantities_of(nlp, "The strike killed 30 to 40 people.")] == [
        ("30 to 40 people", 30, 40)]


def test_a_percentage_of_a_count_points_at_it(nlp: Language) -> None:
    text = ("The ministry said 34,000 people had been killed, at least 60 percent of them women and children. "
            "Turnout was 60 percent of the 2,000 registered voters. Of the 300 wounded, 40 percent were "
            "children. Some 1.7 million people, or 75 percent of the population, have fled.")
    found = quantities_of(nlp, text)
    assert [(q.text, q.kind, found[q.part_of].text if q.part_of is not None else None) for q in found] == [
        ("34,000 people", "count", None), ("at least 60 percent", "percent", "34,000 people"),
        ("60 percent", "percent", "2,000 registered voters"), ("2,000 registered voters", "count", None),
        ("300", "count", None),
        ("40 percent", "percent", "300"), ("Some 1.7 million people", "count", None), ("75 percent", "percent", None)]


def test_translated_shares_cut_words_and_figures_of_other_things(nlp: Language) -> None:
    # ("de los que": a part of the count before it)
    found = quantities_of(nlp, "Hamas must deliver 33 hostages in exchange for around 1,900 Palestinian "
                               "prisoners, of which 16 have already been released.")
    assert [(q.text, q.part_of) for q in found] == [
        ("33 hostages", None), ("around 1,900 Palestinian prisoners", None), ("16", 1)]
    # (a participle describing the counted noun is the noun's; the figure a subject names is
    # not the count of the people named before it)
    assert summary(quantities_of(nlp, "Ukraine handed over 22 seriously wounded Russian servicemen.")) == [
        ("22 seriously wounded Russian servicemen", 22, "exact", "servicemen wounded")]
    assert summary(quantities_of(nlp, "Officials estimated late last year that the figure exceeded 8,000.")) == [
        ("8,000", 8000, "exact", None)]
    # (a page cut mid-word: "mo" is a noun, but no plural after "several thousand")
    assert summary(quantities_of(nlp, "The Lebanese army has deployed some 6,000 troops in the south and plans "
                                      "to recruit several thousand mo")) == [
        ("some 6,000 troops", 6000, "approx", "troops"), ("several thousand", 3000, "approx", None)]


def test_a_participle_before_the_noun_and_a_further_part(nlp: Language) -> None:
    assert summary(quantities_of(nlp, "Hamas would release as many as 10 living hostages.")) == [
        ("as many as 10 living hostages", 10, "max", "hostages released")]  # (not "living": the release)
    found = quantities_of(nlp, "The ministry said 48,503 Palestinians had been killed, including a further 12 "
                               "over the past day.")
    assert [(q.text, q.part_of) for q in found] == [("48,503 Palestinians", None), ("12", 0)]


def test_a_handovers_numbers_count_what_its_compound_names(nlp: Language) -> None:
    found = quantities_of(nlp, "Both sides agreed to a prisoner exchange of 1,000 for 1,000, the largest of the war.")
    assert [(q.text, q.unit) for q in found] == [("1,000", "prisoners"), ("1,000", "prisoners")]


def test_a_list_after_including_and_a_toll_put_at_a_figure(nlp: Language) -> None:
    found = quantities_of(nlp, "Israeli strikes killed at least 51 Palestinians on Wednesday, including a "
                               "10-year-old boy and two women, medics said.")
    assert [(q.text, q.kind, q.part_of) for q in found] == [
        ("at least 51 Palestinians", "count", None), ("10-year-old", "age", None), ("two women", "count", 0)]
    assert summary(quantities_of(nlp, "An AFP tally puts the death toll from that attack at 1,208 people.")) == [
        ("1,208 people", 1208, "exact", "people dead")]


def test_joined_counts_share_what_befell_them(nlp: Language) -> None:
    found = quantities_of(nlp, "The military said 40 civilians and 11 soldiers had been killed in the strikes. "
                               "Officials counted 30 trucks and 12 ambulances.")
    assert [q.unit for q in found] == ["civilians killed", "soldiers killed", "trucks", "ambulances"]


def test_the_number_of_those_killed_raised_to_a_figure(nlp: Language) -> None:
    (total,) = quantities_of(nlp, "His death brings the number of soldiers killed in the ground offensive in Gaza "
                                  "to 447.")
    assert (total.value, total.unit) == (447, "soldiers killed")


def test_compound_counted_nouns_and_two_word_measures(nlp: Language) -> None:
    found = quantities_of(nlp, "At least three crew members were killed. Twenty Hamas fighters were killed. "
                               "The ship was attacked about 50 nautical miles off Hodeidah.")
    assert [(q.text, q.unit, q.kind) for q in found] == [
        ("At least three crew members", "crew members killed", "count"),
        ("Twenty Hamas fighters", "fighters killed", "count"),
        ("about 50 nautical miles", "nautical miles", "measure")]


def test_a_part_of_a_count_told_in_the_sentence_before(nlp: Language) -> None:
    found = quantities_of(nlp, "Russia attacked Ukraine with 728 drones and 13 missiles overnight, the Air Force "
                               "said.\\n\\nAir defenses shot down 718 of the drones and seven of the missiles.")
    assert [(q.text, q.part_of) for q in found] == [
        ("728 drones", None), ("13 missiles", None), ("718", 0), ("seven", 1)]


def test_the_numbers_of_an_exchange_count_what_is_traded(nlp: Language) -> None:
    found = summary(quantities_of(nlp, "Ukraine brought home 120 civilians in the first stage of the 1000 for 1000 "
                                       "exchange agreed in Istanbul. Both sides back a 1,000-for-1,000 prisoner "
                                       "exchange. \"We are returning our people home. 390 - today, in Ukraine,\" - "
                                       "wrote the president."))
    units = [unit for _, _, _, unit in found]
    # (the exchange is no count, nor the civilians named before it, nor the day)
    assert units == ["civilians", None, None, "prisoners", None]


def test_a_bound_read_as_a_preposition_keeps_what_befell_the_count(nlp: Language) -> None:
    found = summary(quantities_of(nlp, "The conflict has killed more than 28,000 people and displaced over "
                                       "14 million."))
    assert found == [("more than 28,000 people", 28000.0, "min", "people killed"),
                     ("over 14 million", 14_000_000.0, "min", "displaced")]


def test_people_said_to_be_missing_or_alive_are_counted_so(nlp: Language) -> None:
    found = summary(quantities_of(nlp, "19 of the 25 people on board were still missing. Three crew members are "
                                       "missing. The 40 hostages are alive. Two men are missing their passports."))
    assert [unit for *_, unit in found] == ["people missing", "people", "crew members missing", "hostages alive", "men"]


def test_counts_in_an_of_which_clause_are_parts_of_their_own_nouns_count(nlp: Language) -> None:
    found = quantities_of(nlp, "Russia launched 810 drones and 13 missiles overnight, of which air defences shot "
                               "down or jammed 747 drones and four missiles, the air force said.")
    assert [(q.text, q.part_of) for q in found] == [("810 drones", None), ("13 missiles", None),
                                                    ("747 drones", 0), ("four missiles", 1)]


def test_a_count_hung_on_a_compound_or_read_after_a_bound_preposition_keeps_its_noun(nlp: Language) -> None:
    found = summary(quantities_of(nlp, "Over a dozen journalists were detained. At most 20 aid workers can enter."))
    assert [(text, unit) for text, _, _, unit in found] == [
        ("Over a dozen", "journalists detained"), ("At most 20 aid workers", "aid workers")]


def test_a_count_the_recogniser_reads_as_a_year_counts_its_plural_noun() -> None:
    # (with the time layer before it: "2000" is a year to the entity recogniser, not here)
    nlp = load_pipeline(layers=["structure", "time", "quantities"])
    doc = nlp.make_doc("About 2000 troops arrived in the border town in 2000 vehicles, the army said.")
    doc._.dct = dt.date(2025, 3, 5)
    doc = nlp(doc)
    assert [(q.value, q.unit) for q in doc._.quantities] == [(2000, "troops"), (2000, "vehicles")]
    assert doc._.timexes == []


def test_a_count_is_in_the_state_a_belief_or_a_finding_gives_it(nlp: Language) -> None:
    # (a part says what befell it, as the gold format's "at least thirty [of them] dead" does;
    # its whole says what it counts)
    text = ("Hamas still holds 59 hostages, of whom 24 are believed to be alive. At least 30 are feared dead. "
            "Five are thought to be missing. Three were found dead in the rubble. Five were appointed.")
    assert [(q.text, q.unit, q.part_of) for q in quantities_of(nlp, text)] == [
        ("59 hostages", "hostages", None), ("24", "alive", 0), ("At least 30", "dead", None),
        ("Five", "missing", None), ("Three", "dead", None), ("Five", None, None)]


def test_a_numbered_document_is_no_count(nlp: Language) -> None:
    text = ("Sudan: Humanitarian Situation Report No. 14\n\n"
            "Resolution No. 2728 was adopted by 14 members, and report no. 9 counted 40 trucks.")
    assert summary(quantities_of(nlp, text)) == [("14 members", 14, "exact", "members"),
                                                 ("40 trucks", 40, "exact", "trucks")]


def test_the_count_nearest_a_number_names_what_it_counts(nlp: Language) -> None:
    text = ("The death toll from Israeli strikes rose to 48,405, raising the total number of wounded to 111,835, "
            "the ministry said. Eleven soldiers were among the dead. Three doctors were among the delegates.")
    assert summary(quantities_of(nlp, text)) == [("48,405", 48405, "exact", "dead"),
                                                 ("111,835", 111835, "exact", "wounded"),
                                                 ("Eleven soldiers", 11, "exact", "soldiers dead"),
                                                 ("Three doctors", 3, "exact", "doctors")]


def test_a_count_a_verb_of_inclusion_takes_in_is_part_of_its_subjects() -> None:
    from dateline import analyze

    found = analyze("The toll of 250 includes 90 women. The 40 dead included 12 children and 8 women. The "
                    "delegation comprises 12 officials.", "2025-06-11").quantities
    parts = {q.text: (found[q.part_of].text if q.part_of is not None else None) for q in found}
    assert parts["90 women"] == "250" and parts["12 children"] == "40" and parts["8 women"] == "40"
    assert parts["12 officials"] is None


def test_a_people_the_tagger_read_as_an_adjective_is_what_is_counted(nlp: Language) -> None:
    found = quantities_of(nlp, "The minister noted that about 25 million Sudanese face acute hunger.")
    assert [(q.value, q.unit) for q in found] == [(25_000_000.0, "Sudanese")]
    found = quantities_of(nlp, "The strike killed 12 Israeli soldiers.")
    assert [q.unit for q in found] == ["soldiers killed"]


def test_how_often_is_no_count_and_a_possessor_may_stand_before_the_whole(nlp: Language) -> None:
    found = quantities_of(nlp, "Roughly 1.9 million of Gaza's 2.3 million people have been displaced, some of "
                               "them up to 10 times. The strike hit the school three times.")
    assert [(q.text, q.part_of) for q in found] == [("Roughly 1.9 million", 1), ("2.3 million people", None)]
    found = quantities_of(nlp, "The ministry monitors 20,000 of Saudi Arabia's 70,000 mosques.")
    assert [(q.value, q.part_of) for q in found] == [(20000.0, 1), (70000.0, None)]


def test_up_to_after_a_verb_is_a_bound_though_the_parser_makes_up_its_particle(nlp: Language) -> None:
    found = quantities_of(nlp, "The strikes killed 40 people and wounded up to 120 others.")
    assert [(q.text, q.bound, q.unit) for q in found] == [("40 people", "exact", "people killed"),
                                                          ("up to 120 others", "max", "wounded")]
    # ("handed over" stays a verb's particle)
    assert [q.bound for q in quantities_of(nlp, "They handed over 300 rifles.")] == ["exact"]


def test_a_scaled_decimal_is_the_number_written_not_its_binary_neighbour() -> None:
    # (4.1 × 10⁹ in floats is 4099999999.9999995)
    assert parse_number(["4.1", "billion"]) == 4_100_000_000.0
    assert parse_number(["0.3", "million"]) == 300_000.0
    from dateline import analyze

    found = analyze("Donors pledged $4.1 billion and the EU gave 4.1m euros; a 3m wall stands.", "2025-06-11").quantities
    assert [(q.text, q.value, q.kind) for q in found] == [
        ("$4.1 billion", 4_100_000_000.0, "money"), ("4.1m euros", 4_100_000.0, "money"), ("3m", 3.0, "measure")]


def test_a_share_of_a_whole_behind_a_possessor(nlp: Language) -> None:
    found = quantities_of(nlp, "Nearly two-thirds of the country's 48 million people need food aid, the agency said.")
    assert [(q.text, q.value, q.bound, q.part_of) for q in found] == [
        ("Nearly two-thirds", 32_000_000.0, "approx", 1), ("48 million people", 48_000_000.0, "exact", None)]


def test_a_part_named_by_its_fate_a_relative_clause_or_the_sentence_before(nlp: Language) -> None:
    # "the dead" are the count of those killed
    found = quantities_of(nlp, "Shelling killed at least 18 patients on Sunday. Medics said four of the dead "
                               "were nurses and two of the wounded were children.")
    assert [(q.text, q.part_of) for q in found] == [("at least 18 patients", None), ("four", 0), ("two", None)]
    # "of whom" is of the noun its clause describes, counted before
    found = quantities_of(nlp, "Moscow got back 150 soldiers. The freed soldiers, some 30 of whom are wounded, "
                               "were flown to Minsk.")
    assert [(q.text, q.unit, q.part_of) for q in found] == [
        ("150 soldiers", "soldiers", None), ("some 30", "soldiers", 0)]
    # "of them" with no count in its own sentence is of the one before, in the same paragraph
    found = quantities_of(nlp, "The army said it would return the remains of 2,000 fighters. So far Kyiv has "
                               "accepted only a few hundred of them.\nSeveral dozen of them were buried.")
    assert [(q.text, q.unit, q.part_of) for q in found][:2] == [
        ("2,000 fighters", "fighters dead", None), ("a few hundred", "fighters dead", 0)]  # (their remains)
    assert found[2].part_of is None


def test_another_count_after_a_part_and_what_of_them_counts(nlp: Language) -> None:
    found = quantities_of(nlp, "Kyiv said Russia fired 310 drones overnight. Air defences downed 190 of the drones, "
                               "and another 95 were jammed.")
    assert [(q.text, q.part_of) for q in found] == [("310 drones", None), ("190", 0), ("95", 0)]
    # ("them" are the drones, not the regions named later; "12 of them children" are children)
    found = quantities_of(nlp, "Moscow said it downed 61 drones over several regions, 20 of them over the Bryansk "
                               "region, and that 40 people were hurt, 12 of them children.")
    assert [(q.value, q.unit, q.part_of) for q in found] == [
        (61.0, "drones", None), (20.0, "drones", 0), (40.0, "people hurt", None), (12.0, "children", 2)]
    assert [q.unit for q in quantities_of(nlp, "Shelling damaged two dozen homes.")] == ["homes"]


def test_a_later_them_is_not_an_asides_count(nlp: Language) -> None:
    found = quantities_of(nlp, "The clinic said it took in 140 wounded people overnight, among them 25 children, "
                               "and that at least nine of them died.")
    assert [(q.value, q.part_of) for q in found] == [(140.0, None), (25.0, 0), (9.0, 0)]
    # (a part of a whole given with its number counts what the whole counts, not its number)
    found = quantities_of(nlp, "The group released 41 of the 180 abducted.")
    assert [(q.value, q.unit, q.part_of) for q in found] == [(41.0, "abducted", 1), (180.0, "abducted", None)]


def test_a_share_before_a_verb_read_as_a_noun_and_a_ranges_of_phrase(nlp: Language) -> None:
    # ("one in four faces starvation": "faces" is the verb, the share counts no faces)
    found = quantities_of(nlp, "Half the residents have fled, and one in four faces starvation, the agency said.")
    share = next(q for q in found if q.kind == "percent")
    assert (share.text, share.value) == ("one in four", 25.0)
    # (a range's "of" hung on its lower end still names what it counts)
    found = quantities_of(nlp, "Between 30 and 40 of the captives are believed to be women.")
    assert summary(found) == [("Between 30 and 40", 30.0, "min", "captives")] and found[0].upper == 40.0


def test_a_figure_a_casualty_subject_reaches(nlp: Language) -> None:
    # ("while the injured reached 68,395": the injured, not the martyrs of the clause before)
    found = quantities_of(nlp, "The ministry said the number of martyrs rose to 28,663, while the injured "
                               "reached 68,395.")
    assert summary(found) == [("28,663", 28663.0, "exact", "martyrs"), ("68,395", 68395.0, "exact", "injured")]


def test_of_whom_a_part_counts_what_its_whole_counts(nlp: Language) -> None:
    # ("some 250 were kidnapped, of whom 134 remain": the 134 are kidnapped, not the people of
    # the clause before)
    found = quantities_of(nlp, "In Israel, some 1,200 people died in the attack and some 250 were kidnapped, "
                               "of whom 134 remain in Gaza.")
    assert [(q.text, q.unit, q.part_of) for q in found] == [
        ("some 1,200 people", "people dead", None), ("some 250", "kidnapped", None), ("134", "kidnapped", 1)]


def test_a_military_units_number_and_what_a_count_of_groups_is_made_of(nlp: Language) -> None:
    # ("Unit 8200" names a unit, whatever the parser hung the number on)
    found = quantities_of(nlp, "Unit 8200 and F-16 jets took part in the operation, and 150 reservists were "
                               "called up.")
    assert summary(found) == [("150 reservists", 150.0, "exact", "reservists")]
    # ("two units of 50 soldiers each": what each is made of, no part of the 50)
    found = quantities_of(nlp, "Two units of 50 soldiers each moved in, and fewer than 50 of the 300 detainees "
                               "were freed.")
    assert [(q.text, q.part_of) for q in found] == [
        ("Two units", None), ("50 soldiers", None), ("fewer than 50", 3), ("300 detainees", None)]


def test_money_named_by_a_code_before_or_a_demonym_after(nlp: Language) -> None:
    text = ("The cabinet approved NIS 5 billion for the north, the EU pledged EUR 68 million and Britain £10m. "
            "Khartoum printed 1 billion Sudanese pounds, and Delhi sent Rs 500 crore; 20 pounds bought bread.")
    found = quantities_of(nlp, text)
    assert [(q.text, q.value, q.unit, q.kind) for q in found] == [
        ("NIS 5 billion", 5e9, "ILS", "money"), ("EUR 68 million", 68e6, "EUR", "money"),
        ("£10m.", 10e6, "GBP", "money"), ("1 billion Sudanese pounds", 1e9, "SDG", "money"),
        ("Rs 500 crore", 5e9, "INR", "money"), ("20 pounds", 20, "GBP", "money")]


def test_those_freed_in_an_exchange_are_counted_as_freed(nlp: Language) -> None:
    # (what a truce's figures count: "more than 100 were freed" counts the freed; "two of the
    # released" are part of those released)
    found = quantities_of(nlp, "More than 100 were freed during the November truce. Under the deal, the "
                               "group released 24 captives, and two of the released were children.")
    assert summary(found) == [
        ("More than 100", 100, "min", "freed"),
        ("24 captives", 24, "exact", "captives released"),
        ("two", 2, "exact", "released"),
    ]
    assert found[2].part_of == 1


def test_the_deaths_of_those_counted_count_the_dead(nlp: Language) -> None:
    found = quantities_of(nlp, "The raid resulted in the deaths of about 1,160 people, mostly civilians, and "
                               "the death of 12 soldiers. Rescuers recovered the bodies of 11 people, and the "
                               "remains of three captives were returned.")
    assert summary(found) == [("about 1,160 people", 1160, "approx", "people dead"),
                              ("12 soldiers", 12, "exact", "soldiers dead"),
                              ("11 people", 11, "exact", "people dead"),
                              ("three captives", 3, "exact", "captives dead")]
    # (a number in a name, after a word that numbers things, is no count: "Channel 12 news")
    assert quantities_of(nlp, "Channel 12 news reported that the cabinet had met.") == []


def test_an_acronym_counted_keeps_its_capitals(nlp: Language) -> None:
    found = quantities_of(nlp, "The sides swapped 100 POWs each, and some 1.7 million IDPs live in camps.\n\n"
                               "THREE MORE BITE THE DUST BEFORE THE DEBATE The senators dropped out on Monday.")
    # (not a word of a headline in capitals)
    assert [q.unit for q in found] == ["POWs", "IDPs", "bite"]


def test_a_number_compound_that_describes_counts_nothing(nlp: Language) -> None:
    # ("a two-state solution", "a one-on-one meeting": no states, no meetings counted; "a
    # 12-member delegation" still counts its members)
    found = quantities_of(nlp, "Cairo backs a two-state solution and proposed a one-on-one meeting, while a "
                               "12-member delegation arrived.")
    assert summary(found) == [("12", 12, "exact", "member")]


def test_a_bare_count_in_the_state_a_belief_gives_it(nlp: Language) -> None:
    # ("At least 12 feared dead after the strike": headline and caption copy without a verb)
    found = quantities_of(nlp, "At least 12 feared dead after the strike on the market.")
    assert summary(found) == [("At least 12", 12, "min", "dead")]


def test_a_score_of_people_is_twenty(nlp: Language) -> None:
    # (translated copy's "a score of": twenty, rounded)
    found = quantities_of(nlp, "A score of people were killed overnight in the shelling of Rafah.")
    assert summary(found) == [("A score", 20, "approx", "people killed")]


def test_a_range_from_one_figure_to_another_and_a_shared_scale(nlp: Language) -> None:
    # ("detained from 300 to 400 suspects" is a range; "rose from 300 to 400" a change; the
    # lower end of "two to three thousand" is two thousand)
    found = quantities_of(nlp, "Troops detained from 300 to 400 suspects, and two to three thousand people "
                               "stayed. The toll rose from 300 to 400 on Monday.")
    assert [(q.value, q.bound, q.upper) for q in found] == [
        (300, "min", 400), (2000, "min", 3000), (300, "exact", None), (400, "exact", None)]
    assert [q.unit for q in found][:2] == ["suspects", "people"]


def test_a_hyphened_name_before_the_counted_noun(nlp: Language) -> None:
    # ("45 Shahed-type drones": the tagger takes "Shahed" for a participle; the drones are
    # counted, and "38 of the drones" are part of them)
    found = quantities_of(nlp, "Russia launched 45 Shahed-type drones overnight. Air defences shot down 38 of "
                               "the drones.")
    assert [(q.text, q.unit, q.part_of) for q in found] == [
        ("45 Shahed-type drones", "drones", None), ("38", "drones", 0)]


def test_a_part_keeps_its_state_and_a_named_unit_its_noun(nlp: Language) -> None:
    # ("130 hostages, including 30 presumed dead": the thirty are dead hostages, part of the
    # 130; "Two Unit 8200 veterans" count veterans, not the unit)
    found = quantities_of(nlp, "The group holds 130 hostages, including 30 presumed dead. Two Unit 8200 "
                               "veterans spoke to the paper.")
    assert [(q.text, q.unit, q.part_of) for q in found] == [
        ("130 hostages", "hostages", None), ("30", "dead", 0), ("Two Unit 8200 veterans", "veterans", None)]
