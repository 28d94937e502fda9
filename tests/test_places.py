"""Places: toponyms geocoded offline, disambiguated by the article, descriptions resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dateline.model import Place
from dateline.pipeline import Analyzer, load_pipeline
from dateline.places import load_gazetteer


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(layers=["structure", "actors", "places"])


def _places(nlp: Language, text: str) -> list[Place]:
    doc = nlp.make_doc(text)
    doc._.dct = dt.date(2025, 3, 5)
    return list(nlp(doc)._.places)


def test_geocoded_with_country_coordinates_and_gazetteer_id(nlp: Language) -> None:
    (rafah, strip) = _places(nlp, "Israeli strikes hit Rafah in the south of the Gaza Strip.")
    assert (rafah.name, rafah.country) == ("Rafah", "PSE")
    assert rafah.latitude is not None and 31 < rafah.latitude < 32
    assert rafah.gazetteer_id and rafah.gazetteer_id.startswith("geonames:")
    assert strip.name == "Gaza Strip"


def test_homonyms_follow_the_article(nlp: Language) -> None:
    lebanon = _places(nlp, "The Lebanese army deployed in Tripoli after clashes in the north.")
    libya = _places(nlp, "Libyan militias clashed in Tripoli.")
    assert lebanon[0].country == "LBN" and libya[0].country == "LBY"
    # (a town of the front, not the Russian city GeoNames also knows by its former name)
    (pokrovsk,) = _places(nlp, "Russian troops pressed on towards Pokrovsk.")
    assert (pokrovsk.name, pokrovsk.country) == ("Pokrovsk", "UKR")


def test_descriptions_and_administrative_words(nlp: Language) -> None:
    (cairo,) = _places(nlp, "The delegation left the capital of Egypt on Tuesday night.")
    assert (cairo.name, cairo.country) == ("Cairo", "EGY")
    (batken,) = _places(nlp, "Border guards exchanged fire in the Batken Region on Wednesday.")
    assert (batken.name, batken.country) == ("Batken", "KGZ")


def test_gazetteer_size_is_a_setting() -> None:
    with pytest.raises(ValueError, match="min_population"):
        load_gazetteer(20000)


def test_countries_sit_at_their_centre_of_population(analyzer: Analyzer) -> None:
    article = analyzer.analyze("Envoys from Fiji and Egypt met in Geneva on Monday.", date="2025-06-11")
    by_name = {p.name: p for p in article.places}
    egypt, fiji = by_name["Egypt"], by_name["Fiji"]
    assert egypt.feature == "country" and egypt.latitude is not None and egypt.longitude is not None
    assert 22 < egypt.latitude < 32 and 25 < egypt.longitude < 36  # in Egypt, near the Nile
    # Across the 180th meridian: averaged on the sphere, not across the map.
    assert fiji.longitude is not None and abs(fiji.longitude) > 170


def test_the_gazetteer_is_built_once_however_it_is_asked_for() -> None:
    # The actors layer asks with the default, the places layer with its setting.
    assert load_gazetteer() is load_gazetteer(15000)


def test_a_compass_part_of_a_country_is_a_region_of_it(nlp: Language) -> None:
    south, north = _places(nlp, "Rockets hit southern Israel and northern Lebanon overnight.")
    assert (south.name, south.feature, south.country, south.text) == (
        "southern Israel", "region", "ISR", "southern Israel")
    assert (north.name, north.country) == ("northern Lebanon", "LBN")
    (sudan,) = _places(nlp, "Troops entered South Sudan on Monday.")
    assert (sudan.name, sudan.feature) == ("South Sudan", "country")


def test_a_headline_above_the_dateline_keeps_its_places(nlp: Language) -> None:
    text = ("Israel and Hamas resume talks in Cairo\n"
            "Jerusalem / Cairo, May 7 (EFE).- The delegations met in Doha.")
    found = [(p.text, p.name) for p in _places(nlp, text)]
    # the headline's places and the dateline's first one; not the dateline's second one
    assert found == [("Israel", "Israel"), ("Cairo", "Cairo"), ("Jerusalem", "Jerusalem"), ("Doha", "Doha")]


def test_a_state_under_the_name_news_gives_it(nlp: Language) -> None:
    # GeoNames lacks "the US", "Britain" and "DR Congo", gives "Palestine" and "Holland" to
    # towns in the United States and "Congo" to the other Congo; the actors layer knows them.
    text = ("Protesters marched in the US and in Britain on Monday. Rallies were held in Palestine "
            "and in Holland. Fighting raged in eastern DR Congo and in Congo's Ituri province.")
    found = {p.text: (p.name, p.country) for p in _places(nlp, text)}
    assert found["US"] == ("United States", "USA")
    assert found["Britain"][1] == "GBR"
    assert found["Palestine"][1] == "PSE" and found["Holland"][1] == "NLD"
    assert found["eastern DR Congo"][1] == "COD" and found["Congo"][1] == "COD"


def test_a_state_the_recogniser_missed_where_a_place_goes(nlp: Language) -> None:
    (uae,) = _places(nlp, "Talks were held in the UAE on Monday.")
    assert (uae.text, uae.country) == ("UAE", "ARE")
    # (a capital standing for its state stays the city; "US" before a noun is no place)
    places = _places(nlp, "US officials met their Russian counterparts in Moscow.")
    assert [(p.name, p.country) for p in places] == [("Moscow", "RUS")]


def test_a_romanised_soft_sign_is_not_part_of_the_name(nlp: Language) -> None:
    found = _places(nlp, "Ukrainian drones struck an oil refinery in Ryazan on Monday. Belarus held drills near "
                         "Homyel.")
    assert [(p.name, p.country) for p in found] == [("Ryazan", "RUS"), ("Homyel", "BLR")]
