"""Events layer: PLOVER types, participants, status, date, place, source and evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events import load_lexicon
from dateline.model import Article, Event
from dateline.pipeline import Analyzer

DAY = "2025-06-11"  # a Wednesday


def events(analyzer: Analyzer, text: str, date: str = DAY) -> list[Event]:
    article: Article = analyzer.analyze(text, date=date)
    for event in article.events:
        # Offsets always point into the stored text.
        assert article.text[event.start:event.end] == event.evidence
        assert article.text[event.trigger_start:event.trigger_end] == event.trigger
        assert event.start <= event.trigger_start < event.end
        assert event.sentence_start is not None and event.sentence_end is not None
        assert event.sentence_start <= event.start < event.end <= event.sentence_end
        assert 0.0 < event.confidence < 1.0
    return article.events


def one(found: list[Event], type_: str) -> Event:
    matching = [e for e in found if e.type == type_]
    assert len(matching) == 1, [(e.type, e.trigger, e.evidence) for e in found]
    return matching[0]


def codes(actors: list) -> set[str]:  # type: ignore[type-arg]
    return {a.country or a.name for a in actors}


def test_meeting_with_actors_date_place(analyzer: Analyzer) -> None:
    found = events(analyzer, "Jordanian and Egyptian envoys met Israeli negotiators in Amman on "
                             "Tuesday to review the prisoner lists, officials said.")
    meeting = one(found, "CONSULT")
    assert meeting.trigger == "met"
    assert codes(meeting.actors) == {"JOR", "EGY"}
    assert codes(meeting.targets) == {"ISR"}
    assert meeting.status == "occurred"
    assert meeting.date is not None and meeting.date.value == "2025-06-10"
    assert not meeting.date.inherited
    assert meeting.place is not None and meeting.place.name == "Amman"
    assert meeting.attribution == "officials"
    assert "officials said" not in meeting.evidence


@pytest.mark.parametrize(("sentence", "status"), [
    ("Turkish and Iraqi ministers will meet in Baghdad on Friday.", "planned"),
    ("Turkish and Iraqi ministers are to meet in Baghdad next week.", "planned"),
    ("Turkish and Iraqi ministers did not meet in Baghdad on Monday.", "negated"),
    ("Turkish and Iraqi ministers could meet in Baghdad if the border stays calm.", "hypothetical"),
    ("Turkish and Iraqi ministers met in Baghdad on Monday.", "occurred"),
    ("Turkish and Iraqi ministers are meeting in Baghdad.", "ongoing"),
    # (no one did it)
    ("Neither side met the mediators in Baghdad on Monday.", "negated"),
    ("Nobody will meet the envoy in Baghdad.", "negated"),
    ("None of the ministers met in Baghdad.", "negated"),
    # (what must happen first, in the present for a time to come, has not happened)
    ("There will be no deal until the ministers meet in Baghdad.", "hypothetical"),
    ("The fighting went on until the ministers met in Baghdad on Monday.", "occurred"),
])
def test_status(analyzer: Analyzer, sentence: str, status: str) -> None:
    assert one(events(analyzer, sentence), "CONSULT").status == status


def test_nothing_agreed_until_everything_is_agreed(analyzer: Analyzer) -> None:
    assert one(events(analyzer, "Nothing was agreed in Baghdad on Monday."), "AGREE").status == "negated"
    found = events(analyzer, "No deal will be signed until the hostages are freed, Netanyahu said.")
    assert one(found, "CONCEDE").status == "hypothetical"
    # (in reported speech, after a "would", the past tense too)
    found = events(analyzer, "Netanyahu said Israel would not end the war until Hamas was disarmed.")
    assert one(found, "RETREAT").status == "hypothetical"


def test_reported_would_is_a_plan_and_conditions_make_it_hypothetical(analyzer: Analyzer) -> None:
    plan = events(analyzer, "Omani officials said the two delegations would meet again in "
                            "Muscat on Sunday.")
    assert one(plan, "CONSULT").status == "planned"
    cond = events(analyzer, "The envoy would travel to Khartoum next week if the fighting "
                            "eased, a diplomat said.")
    assert one(cond, "CONSULT").status == "hypothetical"


def test_refusing_to_give_in_is_a_rejection(analyzer: Analyzer) -> None:
    found = events(analyzer, "Moldova will not give in to pressure from Russia, the president "
                             "said on Monday.", date="2025-06-09")
    refusal = one(found, "REJECT")
    assert refusal.status == "occurred"
    assert codes(refusal.actors) == {"MDA"}
    assert codes(refusal.targets) == {"RUS"}


def test_demand_absorbs_what_is_demanded(analyzer: Analyzer) -> None:
    found = events(analyzer, "Qatar urged Hamas to release the remaining hostages.")
    request = one(found, "REQUEST")
    assert codes(request.actors) == {"QAT"}
    assert "CONCEDE" not in {e.type for e in found}


def test_nominal_event_with_light_verb_and_onset(analyzer: Analyzer) -> None:
    found = events(analyzer, "Armenia and Azerbaijan reached an agreement on the border on "
                             "Monday.", date="2025-06-10")
    deal = one(found, "AGREE")
    assert deal.trigger == "agreement"
    assert codes(deal.actors) == {"ARM", "AZE"}
    assert deal.status == "occurred"
    truce = events(analyzer, "The ceasefire will take effect at 6 a.m. on Thursday.")
    assert one(truce, "CONCEDE").status == "planned"
    assert one(truce, "CONCEDE").date.value.startswith("2025-06-12")  # type: ignore[union-attr]


def test_bare_mentions_are_not_events(analyzer: Analyzer) -> None:
    found = events(analyzer, "Journalists covering the talks waited outside the hotel.")
    assert found == []
    found = events(analyzer, "The deal was discussed at length by the cabinet.")
    assert [e.type for e in found] == ["CONSULT"]  # "discussed"; "deal" alone is no agreement


def test_aid_needs_aid(analyzer: Analyzer) -> None:
    aid = events(analyzer, "India sent two consignments of medicines and tents to Nepal on "
                           "Tuesday.")
    delivery = one(aid, "AID")
    assert codes(delivery.actors) == {"IND"}
    assert events(analyzer, "India sent a letter to Nepal on Tuesday.") == []
    # "deliver" is an aid verb of its own, and still needs aid to move.
    assert [e.type for e in events(analyzer, "The mediators delivered to both sides a final "
                                             "draft of the agreement on Sunday.")] == []


def test_natural_disasters_are_not_assaults(analyzer: Analyzer) -> None:
    quake = events(analyzer, "A strong earthquake struck western Nepal on Tuesday, killing at "
                             "least 12 people.")
    assert [e for e in quake if e.type == "ASSAULT"] == []
    # The parser may give "The magnitude 6.4 earthquake" two subjects; either names the hazard.
    quake = events(analyzer, "SUVA, May 2 (AP) - The magnitude 6.4 earthquake struck the remote "
                             "islands late on Thursday, killing at least 9 people and injuring "
                             "more than 60 others.")
    assert [e for e in quake if e.type == "ASSAULT"] == []
    attack = events(analyzer, "Gunmen attacked a police post in northern Mali on Tuesday, "
                              "killing at least 12 people.")
    assault = one(attack, "ASSAULT")  # "killing" is the same assault
    assert assault.trigger == "attacked"


def test_an_attack_in_words_is_an_accusation(analyzer: Analyzer) -> None:
    for text in ("The opposition leader attacked the government's budget plan on Tuesday.",
                 "Senator Ana Ruiz attacked Governor Tom Reyes over the port delays.",
                 "The minister attacked the army's conduct in a televised interview.",
                 "The former premier launched a scathing attack on the central bank.",
                 "The mayor launched an attack on the unions, calling them reckless.",
                 # a reason blamed, a saying that does it, or words doing the attacking
                 "Patti Davis attacked the nominee for comments he made this week about guns.",
                 "He attacked the other candidates on stage for accepting his donations.",
                 "In 2010, Barbara Boxer attacked Fiorina by reminding voters that the merger cost jobs.",
                 "Priorities USA bought television ads that attack the governor on his record."):
        accusation = one(events(analyzer, text), "ACCUSE")
        assert accusation.trigger.startswith("attack"), text
    # Done with weapons, it stays an assault, whoever is hit.
    for text in ("Militants attacked an army checkpoint near Khan Younis on Monday.",
                 "Rebels launched a rocket attack on the government compound in Marib.",
                 "Hackers launched cyber attacks on the ministry's websites.",
                 "A man attacked the novelist Salman Rushdie on stage in New York.",
                 "Gunmen attacked a police post for the third time this year.",
                 "Rebels attacked the convoy by firing rockets at it."):
        found = events(analyzer, text)
        assert [e for e in found if e.type == "ACCUSE"] == [], text


def test_an_attack_launched_by_one_person_on_another_and_a_retort_are_in_words(analyzer: Analyzer) -> None:
    found = events(analyzer, "Senator Ana Ruiz launched an attack on Governor Tom Reyes at a "
                             "rally in Tucson.")
    assert one(found, "ACCUSE").trigger == "attack"
    # A clause says what the "shot back" was.
    found = events(analyzer, "“They came for the free tickets,” Councilwoman Dana Whitfield shot "
                             "back with a laugh.")
    assert [e.type for e in found if e.trigger == "shot"] == ["ACCUSE"]
    found = events(analyzer, "The police officers shot back at the gunmen outside the bank.")
    assert [e.type for e in found if e.trigger == "shot"] == ["ASSAULT"]
    # The report or a clause the parser hangs on an assault says nothing of it.
    found = events(analyzer, "Militants overran an army post in the north, officials said on Tuesday, "
                             "killing at least 12 soldiers with several others feared captured.")
    assert "ACCUSE" not in [e.type for e in found]


def test_handing_over_words_and_remembering_are_no_actions(analyzer: Analyzer) -> None:
    # Publishing words is no concession, sharing views no cooperation, remembering no sanction.
    for text in ("Hamas released a statement on Tuesday rejecting the Israeli proposal.",
                 "The army released footage of the strike on Wednesday.",
                 "The footage was released by the army on Wednesday.",
                 "The minister shared his views on the draft with reporters in Doha.",
                 "The envoy recalled that the talks had collapsed twice in 2014.",
                 "She recalled summer visits to the Red Sea coast with her father."):
        found = events(analyzer, text)
        assert [e for e in found if e.type in ("CONCEDE", "COOPERATE", "SANCTION")] == [], text
    assert one(events(analyzer, "Hamas released three Thai hostages on Sunday."), "CONCEDE")
    assert one(events(analyzer, "Egypt shared intelligence with Israel on the tunnels."), "COOPERATE")
    assert one(events(analyzer, "Turkey recalled its ambassador to Vienna on Monday."), "SANCTION")
    assert one(events(analyzer, "Russia recalled its troops from the border on Friday."), "SANCTION")


def test_verbs_of_criticism_and_praise(analyzer: Analyzer) -> None:
    assert one(events(analyzer, "Jordan's foreign minister chided Israel over the crossing delays "
                                "on Monday."), "ACCUSE").trigger == "chided"
    assert one(events(analyzer, "The UN envoy lauded Qatar for its mediation."), "SUPPORT").trigger == "lauded"


def test_pronouns_and_group_anaphora(analyzer: Analyzer) -> None:
    text = ("Kenyan President William Ruto received the Somali foreign minister in Nairobi on "
            "Monday. He agreed to reopen the border crossing.\n\n"
            "Border guards of Kenya and Somalia clashed last month. The two countries signed a "
            "security pact in May.")
    found = events(analyzer, text, date="2025-06-10")
    agree = [e for e in found if e.type == "AGREE"]
    assert agree and codes(agree[0].actors) == {"KEN"}
    assert any(e.type == "AGREE" and codes(e.actors) == {"KEN", "SOM"} for e in found)
    # "the group" is the last organisation, not a crowd named after it.
    text = ("Ministers said the families were playing into the hands of Hezbollah, while "
            "opposition leaders joined the marchers.\n\n"
            "Since the war began, the group has released dozens of prisoners.")
    released = [e for e in events(analyzer, text, date="2025-06-10") if e.trigger == "released"]
    assert [a.name for e in released for a in e.actors] == ["Hezbollah"]


def test_we_and_i_in_a_quotation_are_its_speaker(analyzer: Analyzer) -> None:
    text = ("Hamas official Basem Naim told Reuters the group would not agree to any deal that did "
            "not end the war. \"We will not accept anything less,\" he said.\n\n"
            "\"I will not meet them,\" said the Qatari prime minister.")
    found = events(analyzer, text)
    rejection = next(e for e in found if e.evidence.startswith("We will not accept"))
    assert codes(rejection.actors) == {"PSE"} and [a.kind for a in rejection.actors] == ["person"]
    meeting = next(e for e in found if e.type == "CONSULT")
    assert meeting.status == "negated" and codes(meeting.actors) == {"QAT"}
    # (a name of the body in the speaker's words is who "we" are)
    found = events(analyzer, '"We will not accept this proposal," the Hamas spokesman said.')
    assert [a.name for a in one(found, "REJECT").actors] == ["Hamas"]


def test_a_demonym_naming_whose_group_it_is_is_no_party(analyzer: Analyzer) -> None:
    found = events(analyzer, "The Palestinian group Hamas accused Israeli Prime Minister Benjamin "
                             "Netanyahu on Thursday of stalling the negotiations.")
    assert [a.name for a in one(found, "ACCUSE").actors] == ["Hamas"]
    # (officials of the state beside a group of it are a party of their own)
    found = events(analyzer, "Palestinian officials and Hamas met in Cairo on Thursday.")
    assert [a.name for a in one(found, "CONSULT").actors] == ["Palestine", "Hamas"]


def test_what_an_announcement_says_happened_happened(analyzer: Analyzer) -> None:
    found = events(analyzer, "Biden announced that Israel and Hezbollah had accepted a deal. Hamas "
                             "announced that talks resume next week.")
    assert one(found, "AGREE").status == "occurred"
    assert one(found, "CONSULT").status in ("announced", "planned")


def test_the_of_of_a_noun_of_harm_or_custody_names_whom_it_befell(analyzer: Analyzer) -> None:
    found = events(analyzer, "Iran fired missiles at Israel in retaliation for the killing of Hezbollah "
                             "leader Hassan Nasrallah. Hamas demanded the release of Palestinian prisoners.")
    killing = next(e for e in found if e.trigger == "killing")
    assert not killing.actors and [a.name for a in killing.targets] == ["Hassan Nasrallah"]
    assert [a.name for a in one(found, "REQUEST").targets] == ["Palestinian prisoners"]


def test_a_headline_verb_the_tagger_read_as_a_plural_noun(analyzer: Analyzer) -> None:
    # (after the page's furniture the tagger reads "calls" as a noun at the root)
    text = ("Video PlayerClose\nUN chief calls for immediate ceasefire in Sudan as fighting enters second year\n"
            "UNITED NATIONS, March 29 (Xinhua) -- UN Secretary-General Antonio Guterres on Friday called for "
            "an immediate cessation of hostilities in Sudan.")
    article = analyzer.analyze(text, date="2024-03-29")
    headline = [e for e in article.events if e.trigger == "calls for"]
    assert [(e.type, [a.name for a in e.actors]) for e in headline] == [("REQUEST", ["United Nations"])]
    assert ("UN chief", "calls for") in [(q.speaker, q.cue) for q in article.quotes]


def test_the_three_countries_are_the_last_three_states_named(analyzer: Analyzer) -> None:
    found = events(analyzer, "Qatar, Egypt and the United States affirmed in a joint statement that the "
                             "talks were serious. The three countries will meet again in Cairo next week.")
    assert codes(one(found, "CONSULT").actors) == {"QAT", "EGY", "USA"}
    # "we" of a quotation the three mediators speak is all three, and "both sides" none of them
    article = analyzer.analyze("Qatar, Egypt and the United States have drafted a new proposal. \"We urge "
                               "both sides to accept it,\" the three mediators said.", date="2024-05-07")
    request = one(article.events, "REQUEST")
    assert codes(request.actors) == {"QAT", "EGY", "USA"} and not request.targets
    # and the speaker of the attribution layer is the first of them, as for a list of names
    assert [(q.speaker, q.speaker_actor, q.source_type, q.source_count) for q in article.quotes
            if q.kind == "speech"] == [
        ("the three mediators", "Qatar", "organisation", None)]


def test_a_reporters_question_is_no_request(analyzer: Analyzer) -> None:
    found = events(analyzer, "Asked whether he expected an agreement by Monday, Biden said: "
                             "\"I hope so, but we're not there yet.\"")
    assert not [e for e in found if e.type == "REQUEST"]


def test_captions_and_agency_lines_yield_no_events(analyzer: Analyzer) -> None:
    text = ("NAIROBI, June 11 (Reuters) - Somali and Kenyan officials met in Nairobi on Tuesday "
            "to discuss border security, two officials said.\n\n"
            "Protesters march in Mogadishu on June 3, 2025.\n\n"
            "(Reporting by Jane Doe; Editing by John Roe)")
    article = analyzer.analyze(text, date=DAY)
    kinds = {p.kind for p in article.paragraphs}
    assert {"caption", "signature"} <= kinds
    body = [(p.start, p.end) for p in article.paragraphs if p.kind == "body"]
    assert article.events
    for event in article.events:
        assert any(s <= event.start < e for s, e in body)
        assert not event.evidence.startswith("NAIROBI")  # the dateline is not evidence
    meeting = one(article.events, "CONSULT")
    assert meeting.place is not None and meeting.place.name == "Nairobi"


def test_dateline_place_is_the_fallback(analyzer: Analyzer) -> None:
    text = ("KHARTOUM, June 11 (Reuters) - Sudan's army accused the paramilitary RSF of "
            "shelling a market, the army said on Wednesday.")
    accuse = one(events(analyzer, text), "ACCUSE")
    assert accuse.place is not None and accuse.place.name == "Khartoum"
    # (also a dateline on a line of its own under the headline, which is no caption)
    text = ("Sudan army accuses RSF over market attack\nKHARTOUM\nSudan's army accused the paramilitary "
            "RSF of shelling a market, the army said on Wednesday.")
    article = analyzer.analyze(text, date=DAY)
    assert [p.kind for p in article.paragraphs] == ["body", "body", "body"]
    (accuse,) = [e for e in article.events if e.trigger == "accused"]
    assert accuse.place is not None and accuse.place.name == "Khartoum"


def test_future_date_makes_an_announcement_a_plan(analyzer: Analyzer) -> None:
    found = events(analyzer, "Teachers' unions announced protests this Saturday in Athens.")
    protest = one(found, "PROTEST")
    assert protest.status == "planned"
    assert protest.date is not None and protest.date.value == "2025-06-14"


def test_undated_occurred_event_inherits_publication_date(analyzer: Analyzer) -> None:
    found = events(analyzer, "Israeli aircraft struck a house in Rafah, medics said.")
    strike = one(found, "ASSAULT")
    assert strike.date is not None and strike.date.inherited
    assert strike.date.value == DAY and strike.date.earliest == dt.date(2025, 6, 11)


def test_events_round_trip_through_json(analyzer: Analyzer) -> None:
    article = analyzer.analyze("Egypt and Qatar will host talks in Cairo on Sunday.", date=DAY)
    again = Article.from_dict(article.to_dict())
    assert again.events == article.events


def test_lexicon_is_user_replaceable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "triggers.csv"
    table.write_text("lemma,pos,type,mode,requires,source\nparley,VERB,CONSULT,,,test\n",
                     encoding="utf-8")
    lexicon = load_lexicon(str(table))
    assert lexicon.single[("parley", "VERB")].type == "CONSULT"
    assert ("meet", "VERB") not in lexicon.single


def test_a_party_is_not_a_place_but_a_region_of_it_is(analyzer: Analyzer) -> None:
    met = one(events(analyzer, "The delegations of Egypt and Qatar met in Doha on Monday."), "CONSULT")
    assert met.place is not None and met.place.name == "Doha"
    attack = one(events(analyzer, "Militants attacked southern Israel on Monday, killing 12 people."),
                 "ASSAULT")
    assert attack.place is not None and attack.place.country == "ISR"
    deal = one(events(analyzer, "The cabinet approved a ceasefire agreement for Gaza on Thursday."),
               "AGREE")
    assert deal.place is None  # Gaza is what the agreement is about, not where it was approved
    # ... and so is a place qualifying the plan; the dateline's city is where.
    plan = one(events(analyzer, "Jerusalem (AFP) – Israel on Thursday rejected the amendments "
                                "proposed by Hamas to a Gaza truce plan."), "REJECT")
    assert codes(plan.actors) == {"ISR"}  # (the dateline is not parsed with the sentence)
    assert plan.place is not None and plan.place.name == "Jerusalem"
    # A place in another clause of the sentence is that clause's.
    approved = one(events(analyzer, "KINSHASA, May 2 (Reuters) - The cabinet approved the "
                                    "accord on Thursday, clearing the way for a truce in Goma."),
                   "AGREE")
    assert approved.place is not None and approved.place.name == "Kinshasa"
    # Whom a thing comes from is a party too: the envoys' state, the critics.
    arrived = one(events(analyzer, "A delegation from Jordan arrived in Muscat on Monday for the talks."), "CONSULT")
    assert arrived.place is not None and arrived.place.name == "Muscat"
    raid = one(events(analyzer, "The air strike on the camp drew sharp criticism from Turkey and Iran on Monday."),
               "ASSAULT")
    assert raid.place is None
    # (a city is no party, wherever it comes in)
    convoy = one(events(analyzer, "Militants attacked a convoy from Kabul on Monday."), "ASSAULT")
    assert convoy.place is not None and convoy.place.name == "Kabul"


def test_an_event_without_a_place_takes_the_city_of_the_previous_one(analyzer: Analyzer) -> None:
    text = ("Egyptian and Qatari mediators met Hamas negotiators in Cairo on Monday.\n\n"
            "Sources said the meetings would continue with the Israeli delegation.\n\n"
            "Far away, other officials met separately.\n\nIn a third development, the envoys "
            "talked again.")
    found = [e for e in events(analyzer, text) if e.type == "CONSULT"]
    places = [e.place.name if e.place else None for e in found]
    # The next paragraph inherits Cairo; two paragraphs on, the story may have moved.
    assert places[:3] == ["Cairo", "Cairo", None], [(e.trigger, e.place) for e in found]


def test_strikes_do_not_take_the_city_of_talks(analyzer: Analyzer) -> None:
    text = ("Negotiators met in Cairo on Monday to revive the truce talks. Israeli strikes on "
            "Gaza continued on Tuesday.\n\n"
            "Israeli strikes continued on Wednesday. The envoys met again on Thursday.")
    found = [(e.type, e.place.name if e.place else None) for e in events(analyzer, text)]
    assert ("ASSAULT", "Cairo") not in found, found
    # A strike with no place of its own follows the last strike's; talks follow talks.
    assert [p for t, p in found if t == "ASSAULT"] == ["Gaza Strip", "Gaza Strip"], found
    assert found[-1] == ("CONSULT", "Cairo"), found


def test_civilians_with_no_nationality_take_the_country_where_they_act(analyzer: Analyzer) -> None:
    protest = one(events(analyzer, "Families of the hostages held a protest in Tel Aviv on Monday."),
                  "PROTEST")
    # The families protest, not the hostages they are families of.
    assert [(a.name, a.country) for a in protest.actors] == [("families", "ISR")]


def test_investigations_lawsuits_and_announced_ceasefires(analyzer: Analyzer) -> None:
    probe = one(events(analyzer, "Kenyan prosecutors launched an investigation into the ministry."),
                "ACCUSE")
    assert probe.mode == "investigate" and probe.status == "occurred"
    suit = one(events(analyzer, "The union filed a lawsuit against the government on Monday."),
               "ACCUSE")
    assert suit.trigger == "lawsuit"
    truce = one(events(analyzer, "The army announced a unilateral ceasefire on Friday."), "CONCEDE")
    assert truce.status == "announced"


def test_a_stated_willingness_is_agree(analyzer: Analyzer) -> None:
    found = events(analyzer, "Germany is willing to provide support to Palestinian refugees.")
    agree = one(found, "AGREE")
    assert agree.trigger == "willing" and codes(agree.actors) == {"DEU"}
    assert not any(e.type == "AID" for e in found)  # what it is willing to do is its content
    refusal = one(events(analyzer, "Hamas is not willing to release the hostages."), "AGREE")
    assert refusal.status == "negated"


def test_acceding_to_demands_is_a_concession(analyzer: Analyzer) -> None:
    found = events(analyzer, "Nepal's government accepted the demands of the protesters on Monday.")
    assert one(found, "CONCEDE").trigger == "accepted the demands"
    assert not any(e.type == "AGREE" for e in found)


def test_there_was_an_event(analyzer: Analyzer) -> None:
    held = one(events(analyzer, "There was discussion about a final draft of the agreement."),
               "CONSULT")
    assert (held.trigger, held.status) == ("discussion", "occurred")
    planned = one(events(analyzer, "There will be negotiations in Doha next week."), "CONSULT")
    assert planned.status == "planned"


def test_a_walkout_is_a_protest_and_an_air_strike_an_assault(analyzer: Analyzer) -> None:
    assert one(events(analyzer, "Teachers staged a strike on Monday."), "PROTEST").mode == "strike"
    assert one(events(analyzer, "The union called a general strike for Friday."), "PROTEST")
    assert one(events(analyzer, "An air strike hit the school on Monday."), "ASSAULT")
    # Workers who are the victims do not make the strike a walkout.
    assert one(events(analyzer, "Israeli strikes killed 12 workers in Gaza."), "ASSAULT")


def _brief(found: list[Event]) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in found]


def test_an_aim_is_not_an_event_of_its_own(analyzer: Analyzer) -> None:
    found = events(analyzer, "Talks in Doha, which are vital to get Khartoum and the RSF to "
                             "accept the terms, resumed on Sunday.")
    assert _brief(found) == [("CONSULT", "occurred")]


def test_a_definite_mention_of_a_told_meeting_is_not_a_second_one(analyzer: Analyzer) -> None:
    found = events(analyzer, "Armenian and Azerbaijani foreign ministers met in Almaty on Monday. "
                             "The meeting held on Monday was described as frank by both sides. "
                             "The talks will resume on Friday.")
    assert _brief(found) == [("CONSULT", "occurred"), ("CONSULT", "planned")]
    assert found[1].date is not None and found[1].date.value == "2025-06-13"


def test_during_the_session_takes_the_sessions_date(analyzer: Analyzer) -> None:
    found = events(analyzer, "Sudanese and Chadian officials met in Abeche on Monday. During the "
                             "session, the border crossings were discussed.")
    assert [e.date.value for e in found if e.date] == ["2025-06-09", "2025-06-09"]


def test_a_cause_is_not_an_expectation(analyzer: Analyzer) -> None:
    found = events(analyzer, "Diplomats said progress was slower than was expected due to "
                             "objections mainly from the Turkish side.")
    assert _brief(found) == [("REJECT", "occurred")] and codes(found[0].actors) == {"TUR"}


def test_only_x_will_allow_y_is_a_demand(analyzer: Analyzer) -> None:
    found = events(analyzer, "Ukrainian President Volodymyr Zelensky said on Tuesday that only a "
                             "full withdrawal of Russian troops will allow talks to resume.")
    demand = one(found, "REQUEST")
    assert demand.status == "occurred" and codes(demand.actors) == {"UKR"}
    assert codes(demand.targets) == {"RUS"}
    assert not [e for e in found if e.type == "CONSULT"]  # the talks are the demand's aim


def test_protest_outside_a_ministry_and_an_as_clause_accusation(analyzer: Analyzer) -> None:
    found = events(analyzer, "Families of the missing miners announced protests this Friday in "
                             "front of the Ministry of Mines in La Paz, calling the ruling a "
                             "betrayal of the miners, as they denounced in a statement.")
    protest = one(found, "PROTEST")
    assert protest.status == "planned" and codes(protest.actors) == {"BOL"}
    assert [(a.name, a.country) for a in protest.targets] == [("Ministry of Mines", "BOL")]
    accusation = one(found, "ACCUSE")
    # "they" are the families; the accusation is the clause the "as" clause comments on.
    assert [a.name for a in accusation.actors] == ["families"]
    assert accusation.evidence.startswith("calling the ruling a betrayal")


def test_relative_pronouns_and_participants_of_a_relative_clause(analyzer: Analyzer) -> None:
    found = events(analyzer, "The Kenyan president received the foreign minister of Somalia, "
                             "Ahmed Moallim Fiqi, with whom he agreed to reopen the border.")
    agreement = one(found, "AGREE")
    assert codes(agreement.actors) == {"KEN"} and codes(agreement.targets) == {"SOM"}
    found = events(analyzer, "The officials said the summit will continue with the rebel group "
                             "M23, in which the delegations of Angola and Kenya will also "
                             "participate.")
    summit = one(found, "CONSULT")
    assert codes(summit.actors) == {"AGO", "KEN"} and [a.name for a in summit.targets] == ["M23"]


def test_an_apposition_describing_a_party_names_no_party(analyzer: Analyzer) -> None:
    found = events(analyzer, "The delegations of Egypt and the United States, the main channel "
                             "with Israel, met in Doha on Monday.")
    assert codes(one(found, "CONSULT").actors) == {"EGY", "USA"}


def test_a_condition_covers_every_coordinated_verb(analyzer: Analyzer) -> None:
    found = events(analyzer, "The group said it would return to the talks if Israel halted its "
                             "raids and committed to the draft. After the envoys met on Monday "
                             "and agreed on a text, the talks resumed.")
    status = {e.trigger: e.status for e in found}
    assert status["committed to"] == "hypothetical"
    assert status["agreed"] == "occurred"  # "after" is no condition


def test_asking_for_anonymity_is_sourcing_not_a_request(analyzer: Analyzer) -> None:
    text = ("An official, who asked not to be named, said the talks would resume. A source who "
            "asked for anonymity confirmed it. Egypt asked Washington to name an envoy.")
    assert [(e.type, e.evidence) for e in events(analyzer, text) if e.type == "REQUEST"] == [
        ("REQUEST", "Egypt asked Washington to name an envoy")]
    # Anonymity further off is the source's, not what is asked for.
    text = ("The rebels are also seeking the release of 300 prisoners, according to one of the "
            "officials, who spoke on condition of anonymity.")
    assert [e.trigger for e in events(analyzer, text) if e.type == "REQUEST"] == ["seeking"]


def test_the_aim_of_work_there_is_is_no_event_of_its_own() -> None:
    from dateline.pipeline import Analyzer

    found = Analyzer().analyze("Mediators said there is still work to reach an agreement.", date="2024-02-14").events
    assert [e.trigger for e in found] == []
    # Nor is what talks are aimed at (it had come out as a truce reached).
    found = Analyzer().analyze("The talks, aimed at reaching a truce, resumed in Cairo.", date="2024-02-14").events
    assert [(e.trigger, e.status) for e in found] == [("talks", "occurred")]


def test_evidence_ends_at_its_words_with_a_closing_mark_kept(analyzer: Analyzer) -> None:
    text = ("Oman says Yemen truce talks at 'final stage'\n\n"
            "MUSCAT, May 4 (Reuters) - Oman's foreign minister said on Sunday that envoys had reached "
            "a \"final stage\" in talks on a truce.")
    evidence = [e.evidence for e in events(analyzer, text, date="2025-05-05")]
    assert "Yemen truce talks at 'final stage'" in evidence
    assert all(not e[-1].isspace() for e in evidence)


def test_it_is_a_subject_named_before_not_an_object_read_as_one(analyzer: Analyzer) -> None:
    text = ("The Jordanian foreign ministry held the Syrian government fully responsible for the consequences "
            "of this escalation. It called on the United Nations to intervene.")
    (request,) = [e for e in events(analyzer, text) if e.type == "REQUEST"]
    assert codes(request.actors) == {"JOR"}


def test_a_date_in_a_clause_of_its_own_is_not_the_event_s(analyzer: Analyzer) -> None:
    text = ("Jordan called on the United Nations to act in Gaza, where the toll has risen to 30,000 "
            "since October 7.")
    (request,) = [e for e in events(analyzer, text, date="2025-03-05") if e.type == "REQUEST"]
    assert request.date is None or request.date.value != "2024-10-07"
    # (nor one of a clause of time, whose date is the main clause's too)
    text = "The day the envoys arrived in Muscat last year, the minister summoned his advisers."
    (summoned,) = [e for e in events(analyzer, text, date="2025-03-05") if e.trigger == "summoned"]
    assert summoned.date is not None and summoned.date.value == "2024"
    # (but a date the parser hung on a participle may be the main verb's)
    text = "Chad sent aid to refugees fleeing the fighting in Darfur on Tuesday."
    (sent,) = [e for e in events(analyzer, text, date="2025-03-05") if e.trigger == "sent"]
    assert sent.date is not None and sent.date.value == "2025-03-04"


def test_what_a_party_draws_or_faces_is_done_by_whoever_it_comes_from(analyzer: Analyzer) -> None:
    text = "Jordan's decision to close the crossing drew sharp criticism from Egypt and Qatar on Monday."
    (accuse,) = [e for e in events(analyzer, text) if e.type == "ACCUSE"]
    assert codes(accuse.actors) == {"EGY", "QAT"} and codes(accuse.targets) == {"JOR"}
    text = "Sudan faced condemnation from Kenya over the border clashes on Monday."
    (accuse,) = [e for e in events(analyzer, text) if e.type == "ACCUSE"]
    assert codes(accuse.actors) == {"KEN"} and codes(accuse.targets) == {"SDN"}
    # (and those it comes from are no targets of the subject's own event)
    text = "Israel's raid on the camp drew condemnation from France and Germany."
    (raid,) = [e for e in events(analyzer, text) if e.trigger == "raid"]
    assert not codes(raid.targets) & {"FRA", "DEU"}


def test_a_live_pages_stamp_is_no_part_of_the_entry_it_opens(analyzer: Analyzer) -> None:
    text = ("Gaza live: strikes continue as talks stall\n\n"
            "09:05 GMT - Israeli strikes hit Deir al-Balah before dawn, killing 12 people, medics said.\n\n"
            "09:40 GMT - Israeli tanks shelled a school sheltering displaced families, the civil defence said.")
    found = events(analyzer, text, date="2024-05-08")
    strikes = next(e for e in found if e.trigger == "hit")
    shelling = next(e for e in found if e.trigger == "shelled")
    # (the stamp says when the entry was posted: not the strikes' time, nor words of theirs)
    assert strikes.evidence.startswith("Israeli strikes") and strikes.date is not None \
        and strikes.date.value == "2024-05-08TMO"
    assert shelling.evidence.startswith("Israeli tanks") and "T09:40" not in (shelling.date.value if shelling.date else "")
    # (nor is the next entry where the last one's strikes were)
    assert strikes.place is not None and strikes.place.name == "Deir al-Balah"
    assert shelling.place is None or shelling.place.name != "Deir al-Balah"


def test_a_swap_of_captives_is_a_release_and_ruling_out_a_rejection(analyzer: Analyzer) -> None:
    found = events(analyzer, "Armenia and Azerbaijan exchanged 32 prisoners of war on Tuesday. Baku and Yerevan "
                             "have not held direct talks since then, and Aliyev on Monday ruled out a summit.")
    swap = one(found, "CONCEDE")
    assert codes(swap.actors) == {"ARM", "AZE"}
    # (two capitals as the subject are their states, the one the recogniser missed too)
    assert codes(one(found, "CONSULT").actors) == {"AZE", "ARM"}
    assert one(found, "REJECT").trigger == "ruled out"
    # (exchanging fire or views is no release)
    assert not [e for e in events(analyzer, "The two armies exchanged fire and the envoys exchanged views.")
                if e.type == "CONCEDE"]


def test_translated_talks_a_truce_entering_into_force_and_the_guerrilla(analyzer: Analyzer) -> None:
    text = ("Bogotá, Aug 7 (EFE).- The Government of Colombia and the guerrilla of the National Liberation "
            "Army (ELN) began this Monday in Bogotá the fourth cycle of peace dialogues, after the bilateral "
            "ceasefire entered into force the past 3 of August.\n\n"
            "The chief negotiator of the Government, Otty Patiño, assured that peace is built every day and "
            "asked the guerrilla to comply with the commitments acquired in Havana, during the 180 days agreed.")
    article = analyzer.analyze(text, date="2023-08-07")
    talks = one(article.events, "CONSULT")
    assert codes(talks.actors) == {"COL"} and talks.date is not None and talks.date.value == "2023-08-07"
    truce = one(article.events, "CONCEDE")
    assert truce.trigger == "ceasefire" and truce.date is not None and truce.date.value == "2023-08-03"
    # (the speaker the attribution layer found asks; "the guerrilla" is the armed group)
    request = one(article.events, "REQUEST")
    assert [a.name for a in request.actors] == ["Otty Patiño"]
    assert [a.name for a in request.targets] == ["National Liberation Army"]
    assert not [e for e in article.events if e.type == "AGREE"]  # ("the 180 days agreed")


def test_a_date_that_qualifies_a_noun_in_the_words_is_that_nouns(analyzer: Analyzer) -> None:
    found = events(analyzer, "The United States has accused Shukr of helping plan the 1983 bombing of the barracks. "
                             "The envoy said Saturday's rocket attack killed 12 children.", date="2024-07-30")
    accusation = one(found, "ACCUSE")
    assert accusation.date is None or accusation.date.value != "1983"
    # (a date of the subject's noun still dates what it did)
    killing = next(e for e in found if e.trigger == "killed")
    assert killing.date is not None and killing.date.value == "2024-07-27"


def test_the_items_of_a_list_of_terms_are_planned_and_say_what_its_lead_in_reports(analyzer: Analyzer) -> None:
    text = ("KHARTOUM, March 11 (Reuters) - Talks between the two sides broke up on Tuesday without a deal.\n\n"
            "Here are the main terms of the draft, according to two diplomats:\n\n"
            "- A seven-day ceasefire, renewable by mutual consent\n"
            "- The withdrawal of fighters from civilian homes and hospitals\n"
            "- The release of some 400 detainees held by both sides\n\n"
            "The army said it would study the text.")
    article = analyzer.analyze(text, date="2025-03-11")
    (factbox,) = [q for q in article.quotes if q.cue == "according to"]
    assert factbox.speaker == "two diplomats" and factbox.source_count == 2
    assert factbox.content.startswith("Here are the main terms") and factbox.content.endswith("held by both sides")
    terms = [e for e in article.events if e.start > text.index("- A seven")]
    assert [(e.type, e.trigger, e.status) for e in terms if e.start < text.index("The army")] == [
        ("CONCEDE", "ceasefire", "planned"), ("RETREAT", "withdrawal", "planned"), ("CONCEDE", "release", "planned")]
    index = article.quotes.index(factbox)
    assert all(index in e.reported_in for e in terms if e.start < text.index("The army"))
    # (a list after a lead-in that names no terms is what happened: no plan, and "the
    # release of" with no verb is no event there)
    text = "Key moments of the war so far:\n\n- The withdrawal of troops from Kherson\n- The release of 40 prisoners\n"
    assert [(e.type, e.status) for e in events(analyzer, text)] == [("RETREAT", "occurred")]


def test_it_in_what_a_body_said_is_that_body(analyzer: Analyzer) -> None:
    text = ("Russian forces launched 472 drones overnight. Ukraine's air force said it had shot down 385 of "
            "them. Azerbaijan accused Armenia of stalling. The RSF said on Wednesday it did not agree to the handover.")
    found = events(analyzer, text)
    assert [codes(e.actors) for e in found if e.trigger == "shot"] == [{"UKR"}]
    (refusal,) = [e for e in found if e.trigger == "agree"]
    assert [a.name for a in refusal.actors] == ["Rapid Support Forces"] and refusal.status == "negated"
    # (the body the subject's head names, not the state its possessive names)
    text = ("Israel's Coordinator of Government Activities in the Territories (COGAT) said it had approved the "
            "entry of the trucks.")
    assert [a.name for e in events(analyzer, text) if e.trigger == "approved" for a in e.actors] == [
        "Coordinator of Government Activities"]


def test_a_readiness_to_coerce_is_a_threat_at_whom_it_would_be(analyzer: Analyzer) -> None:
    found = events(analyzer, "Israel is prepared to resume strikes on Hezbollah. Iran threatened to attack Israel. "
                             "Egypt is willing to provide aid.")
    assert [(e.trigger, e.type, codes(e.actors), codes(e.targets)) for e in found] == [
        ("prepared", "THREATEN", {"ISR"}, {"LBN"}), ("threatened", "THREATEN", {"IRN"}, {"ISR"}),
        ("willing", "AGREE", {"EGY"}, set())]


def test_what_is_asked_refused_or_threatened_is_in_the_words_but_its_deadline_dates_nothing(
        analyzer: Analyzer) -> None:
    found = events(analyzer, "Egypt urged Israel on Monday to halt the offensive by Friday.\n\n"
                             "Hamas refused to release the hostages.", date="2024-02-14")
    request, refusal = found
    assert request.evidence == "Egypt urged Israel on Monday to halt the offensive by Friday"
    assert request.date is not None and request.date.value == "2024-02-12"
    assert refusal.evidence == "Hamas refused to release the hostages"


def test_a_deals_terms_are_events_of_their_own_and_their_weekdays_lie_ahead(analyzer: Analyzer) -> None:
    text = "The deal provides for:\n\n- A six-week ceasefire starting on Sunday\n- The release of 33 hostages\n"
    found = events(analyzer, text, date="2024-02-14")  # (a Wednesday)
    assert [(e.trigger, e.status, e.date.value if e.date else None) for e in found] == [
        ("ceasefire", "planned", "2024-02-18"), ("release", "planned", "2024-02-18")]
    article = analyzer.analyze(text, date="2024-02-14")
    assert [(q.text, q.unit) for q in article.quantities] == [("33 hostages", "hostages")]


def test_a_city_the_recogniser_took_for_a_person_is_the_place(analyzer: Analyzer) -> None:
    # (a city of 50,000 people or more after "from", "in", … is no person, unless the text names
    # someone whose surname it is; a small town stays what the recogniser read)
    article = analyzer.analyze("The withdrawal of troops from Kherson began on Friday. Jesse Jackson spoke. "
                               "A letter from Jackson arrived.", date="2024-02-14")
    assert [a.name for a in article.actors] == ["Jesse Jackson", "Jesse Jackson"]
    assert [(p.name, p.country) for p in article.places] == [("Kherson", "UKR")]
    assert [(e.type, e.place.name if e.place else None) for e in article.events] == [("RETREAT", "Kherson")]


def test_a_headlines_present_tells_what_happened_and_a_condition_what_has_not(analyzer: Analyzer) -> None:
    found = events(analyzer, "Russia, Ukraine swap 175 POWs after talks in Abu Dhabi\n\n"
                             "MOSCOW, March 5. /TASS/. Russia and Ukraine exchanged 175 prisoners of war each on "
                             "Wednesday, the Russian Defense Ministry said. The army holds the town.",
                   date="2025-03-05")
    assert [e.status for e in found if e.type == "CONCEDE"] == ["occurred", "occurred"]
    withdrawal = one(events(analyzer, "The government proposed a road map for ending the war, including a ceasefire "
                                      "conditioned on the RSF withdrawing from the cities it holds."), "RETREAT")
    assert withdrawal.status == "hypothetical"
    assert [a.name for a in withdrawal.actors] == ["Rapid Support Forces"]


def test_pulling_forces_back_is_a_withdrawal_pulling_anything_else_is_not(analyzer: Analyzer) -> None:
    found = events(analyzer, "Under the deal, Hezbollah was to pull its fighters north of the Litani River. "
                             "Critics said Iran had pulled Lebanon into a war it did not want.")
    assert [(e.type, e.trigger, [a.name for a in e.actors]) for e in found if e.type == "RETREAT"] == [
        ("RETREAT", "pull", ["Hezbollah"])]


def test_a_passive_infinitive_a_subjunctive_and_a_handed_document(analyzer: Analyzer) -> None:
    # ("are to be released": a plan, the captives what it befalls)
    released = one(events(analyzer, "Under the first phase, 33 Israeli captives are to be released in exchange "
                                    "for hundreds of Palestinian prisoners."), "CONCEDE")
    assert (released.status, released.actors, [a.name for a in released.targets]) == (
        "planned", [], ["Israeli captives"])
    # ("that Ukraine withdraw": a term demanded, not a withdrawal; a memorandum handed over
    # is no concession)
    found = events(analyzer, "Russia handed over a memorandum setting out its conditions for a truce, among "
                             "them that Ukraine withdraw its troops from four regions.")
    assert [(e.type, e.trigger, e.status) for e in found] == [("RETREAT", "withdraw", "hypothetical")]


def test_a_threats_condition_is_that_of_what_it_threatens(analyzer: Analyzer) -> None:
    threat = one(events(analyzer, "Far-right minister Itamar Ben-Gvir has threatened to quit the government if it "
                                  "goes ahead with the deal."), "THREATEN")
    assert threat.status == "occurred"
    # (a threat that is itself conditional stays so)
    assert one(events(analyzer, "If Hamas refuses, Israel would threaten to resume strikes."),
               "THREATEN").status == "hypothetical"


def test_withholding_aid_or_supplies_is_a_sanction(analyzer: Analyzer) -> None:
    found = events(analyzer, "Washington suspended aid to Ukraine. Israel cut off the supply of electricity to "
                             "Gaza on Sunday. The army halted its offensive on Monday.")
    assert [(e.trigger, [a.name for a in e.actors], [a.name for a in e.targets]) for e in found
            if e.type == "SANCTION"] == [("suspended", ["United States"], ["Ukraine"]), ("cut off", ["Israel"], [])]


def test_the_two_sides_are_the_parties_last_named_together(analyzer: Analyzer) -> None:
    # (a government and an armed group: not the last two states named, Congo and Qatar)
    found = events(analyzer, "The Democratic Republic of Congo and the M23 armed group signed a declaration of "
                             "principles on Saturday after months of Qatari-mediated talks. The document says the two "
                             "sides agreed to refrain from any attack.")
    agreed = next(e for e in found if e.trigger == "agreed")
    assert [a.name for a in agreed.actors] == ["DR Congo", "M23"]
    # (who backs a group or brokers a deal is none of its parties)
    backed = events(analyzer, "The Rwanda-backed group had demanded the release of its members. Armenia and "
                              "Azerbaijan initialled a U.S.-brokered peace agreement, which still has to be ratified.")
    assert all(a.name not in ("Rwanda", "United States") for e in backed for a in e.actors + e.targets)
    assert [(e.type, e.trigger, e.status) for e in backed if e.type == "AGREE"] == [
        ("AGREE", "initialled", "occurred"), ("AGREE", "ratified", "planned")]


def test_a_live_pages_stamped_headings_and_a_yardstick_date(analyzer: Analyzer) -> None:
    found = events(analyzer, "12:05 GMT - Russian delegation arrives\n\n"
                             "Delegations from Russia and Ukraine met for the first direct talks since 2022.",
                   date="2025-05-16")
    arrives, met = (e for e in found if e.trigger in ("arrives", "met"))
    # (a stamped heading's present tells what happened; "since 2022" measures the talks)
    assert arrives.status == "occurred"
    assert met.date is not None and met.date.value == "2025-05-16"
    # (a capital the recogniser missed, in a story naming its state, is that state)
    (says,) = analyzer.analyze("Delegations from Russia and Ukraine met in Istanbul.\n\n"
                               "Kyiv says Moscow made unacceptable demands.", date="2025-05-16").quotes
    assert says.speaker_actor == "Ukraine"


def test_delegations_from_two_sides_are_both_sides(analyzer: Analyzer) -> None:
    met = one(events(analyzer, "Negotiators from Israel and Hamas met in Doha on Friday."), "CONSULT")
    assert [a.name for a in met.actors] == ["Israel", "Hamas"]
    # (where fighters are is no party of theirs)
    attack = one(events(analyzer, "Rebels in eastern Congo and Rwanda attacked the town."), "ASSAULT")
    assert [a.country for a in attack.actors] == [None]


def test_taking_ground_is_an_assault_taking_anything_else_is_not(analyzer: Analyzer) -> None:
    found = events(analyzer, "Sudan's army said it had retaken the town of Bara. Taliban fighters overran an army "
                             "base in Kunduz province. Mosul was recaptured in 2017. The photograph captured the mood "
                             "of the crowd, and the moment was captured on camera.")
    assert [(e.type, e.trigger) for e in found if e.type == "ASSAULT"] == [
        ("ASSAULT", "retaken"), ("ASSAULT", "overran"), ("ASSAULT", "recaptured")]
    assert [a.name for a in found[0].actors] == ["Sudan"]
    # (a town "liberated", seized or its capture; a tanker seized is coercion, the moment's capture nothing)
    found = events(analyzer, 'The ministry said its forces had "liberated" the village of Yampil. The RSF seized the '
                             "town of Babanusa. Russia announced the capture of Pokrovsk. Iran seized a tanker in the "
                             "Gulf. The capture of the moment made her famous.")
    assert [(e.type, e.trigger) for e in found] == [
        ("ASSAULT", "liberated"), ("ASSAULT", "seized"), ("ASSAULT", "capture"), ("COERCE", "seized")]
    assert found[2].place is not None and (found[2].place.name, found[2].place.country) == ("Pokrovsk", "UKR")
    # (a village the recogniser took for a body is no target: the text says what it is)
    assert found[0].targets == []
    # (cities the recogniser calls people; not a man of a city's name)
    found = events(analyzer, "M23, which seized Goma and Bukavu earlier this year, did not respond. Police were "
                             "hunting Michael Jackson. Police captured Jackson on Monday.")
    assert [(e.type, e.trigger) for e in found] == [("ASSAULT", "seized"), ("COERCE", "captured")]


def test_a_sentence_read_as_one_noun_phrase_keeps_its_subject(analyzer: Analyzer) -> None:
    # (the parser hangs "protested" on "hostages" as a participle: the families protest)
    protest = one(events(analyzer, "Families of the hostages protested in Tel Aviv on Saturday night."), "PROTEST")
    assert [a.name for a in protest.actors] == ["families"]
    assert protest.evidence.startswith("Families of the hostages protested")
    # (a headline's passive participle is no such verb: no one here killed anyone)
    killed = events(analyzer, "Palestinians killed in Israeli strike on Rafah")
    assert all(a.name != "Palestinians" for e in killed for a in e.actors)
    # (through a count, the phrase is its counted people's, not whom they are of)
    rally = one(events(analyzer, "Hundreds of relatives of the hostages rallied outside the Knesset."), "PROTEST")
    assert [a.name for a in rally.actors] == ["relatives"]


def test_a_ceasefire_between_two_armies_told_as_a_wire_story_tells_it(analyzer: Analyzer) -> None:
    found = events(analyzer, "The Director General of Military Operations of Pakistan called his Indian counterpart "
                             "at 3:35 pm, and it was agreed between them that both sides would stop all firing from "
                             "1700 hours. The two commanders will talk again on May 12. India and Pakistan reached "
                             "an understanding on Saturday.", date="2025-05-10")
    summary = [(e.type, e.trigger, e.status) for e in found]
    # (a phone call to a party is a consultation; stopping fire is a ceasefire, no assault)
    assert ("CONSULT", "called", "occurred") in summary
    assert ("CONCEDE", "stop all firing", "planned") in summary
    assert not any(t == "ASSAULT" for t, _, _ in summary)
    talk = next(e for e in found if e.trigger == "talk")
    assert (talk.type, talk.status, talk.date and talk.date.value) == ("CONSULT", "planned", "2025-05-12")
    understanding = next(e for e in found if e.trigger == "understanding")
    assert [a.name for a in understanding.actors] == ["India", "Pakistan"]
    # (the "it" of "it was agreed … that" stands for the clause, not for anyone)
    agreed = next(e for e in found if e.trigger == "agreed")
    assert agreed.targets == []
    # (calling someone something, or talking about something, is neither)
    assert events(analyzer, "Trump called Netanyahu a great leader. The minister talked about the plan.") == []


def test_without_doing_is_not_doing_and_the_doer_is_the_clauses(analyzer: Analyzer) -> None:
    signing = one(events(analyzer, "Hamas left the talks without signing the agreement."), "AGREE")
    assert (signing.status, [a.name for a in signing.actors]) == ("negated", ["Hamas"])


def test_who_killed_by_the_attack_they_were_killed_in(analyzer: Analyzer) -> None:
    found = events(analyzer, "At least 16 civilians were killed in Pakistani shelling in Poonch district on Wednesday. "
                             "Two children were wounded in an Israeli air strike on Khan Younis.")
    assert [(e.trigger, [a.name for a in e.actors]) for e in found if e.trigger in ("killed", "wounded")] == [
        ("killed", ["Pakistan"]), ("wounded", ["Israel"])]
    # (a place is where, not who)
    assert one(events(analyzer, "Three soldiers were killed in Gaza on Monday."), "ASSAULT").actors == []


def test_a_round_that_produced_an_agreement(analyzer: Analyzer) -> None:
    agreed = one(events(analyzer, "The previous round, held on June 2, produced an agreement to exchange all "
                                  "severely wounded prisoners.", date="2025-07-23"), "AGREE")
    assert (agreed.status, agreed.date and agreed.date.value) == ("occurred", "2025-06-02")


def test_parties_named_between_dashes_after_the_verb_are_the_objects(analyzer: Analyzer) -> None:
    # (the parser hangs "the SAF and the RSF" on the subject, from past the verb)
    urged = one(events(analyzer, "Mr. Fletcher called on the warring parties – the Sudanese Armed Forces (SAF) and "
                                 "the Rapid Support Forces (RSF) – to allow unimpeded humanitarian access."), "REQUEST")
    assert [a.name for a in urged.actors] == ["Fletcher"]
    assert [a.name for a in urged.targets] == ["Sudanese Armed Forces", "Rapid Support Forces"]


def test_an_agreement_that_will_not_be_reached_soon_is_no_refusal(analyzer: Analyzer) -> None:
    found = events(analyzer, "Ansari cautioned that an agreement will not be reached overnight. Hamas will not "
                             "give in.")
    assert [(e.type, e.status) for e in found] == [("AGREE", "negated"), ("REJECT", "occurred")]


def test_a_red_sea_attack_told_by_the_movement_that_made_it(analyzer: Analyzer) -> None:
    found = events(analyzer, "Yemen's Houthi movement said on Tuesday it had targeted a bulk carrier in the Red Sea. "
                             "Its spokesman said the group's forces had sunk the Magic Seas on Sunday. Israel's "
                             "military said it struck the ports of Hodeidah and Salif. The photographs demonstrate "
                             "the threat. Ads in Nevada are targeting Latinos in Spanish.", date="2025-07-08")
    summary = [(e.trigger, [a.name for a in e.actors]) for e in found]
    # (the Houthis are a movement, not a people; "it" is the movement, not Yemen)
    assert ("targeted", ["Houthis"]) in summary and ("sunk", ["Houthis"]) in summary
    struck = next(e for e in found if e.trigger == "struck")
    assert struck.place is not None and struck.place.name == "Hodeidah"
    # (demonstrating something is no protest; targeting voters is no attack)
    assert not any(e.trigger in ("demonstrate", "targeting") for e in found)


def test_ending_years_of_fighting_is_a_ceasefire(analyzer: Analyzer) -> None:
    found = events(analyzer, "Both sides hope the framework will end years of fighting in eastern Congo.")
    assert [(e.type, e.trigger) for e in found if e.type in ("CONCEDE", "ASSAULT")] == [
        ("CONCEDE", "end years of fighting")]


def test_what_a_call_on_someone_asks_for_is_theirs_and_hypothetical(analyzer: Analyzer) -> None:
    found = events(analyzer, "Egypt called on Israel to halt its offensive.")
    halt = next(e for e in found if e.type == "CONCEDE")
    assert ([a.name for a in halt.actors], halt.status) == (["Israel"], "hypothetical")


def test_hostages_to_be_freed_and_remains_handed_over(analyzer: Analyzer) -> None:
    freed = one(events(analyzer, "Israel and Hamas agree on first phase of Gaza plan, with hostages to be freed "
                                 "within days", date="2025-10-09"), "CONCEDE")
    assert (freed.status, [a.name for a in freed.targets]) == ("planned", ["hostages"])
    found = events(analyzer, "The remains of 28 hostages would be handed over in stages. Israel will hand over "
                             "the Rafah crossing.", date="2025-10-09")
    assert [(e.type, e.trigger) for e in found] == [("CONCEDE", "handed over"), ("RETREAT", "hand over")]


def test_a_deal_that_could_see_hostages_released(analyzer: Analyzer) -> None:
    found = events(analyzer, "Officials hailed a breakthrough that could see all remaining hostages released within "
                             "days. Far-right ministers threatened to quit if the government agreed to free prisoners "
                             "convicted of killing Israelis.", date="2025-10-09")
    assert next(e for e in found if e.trigger == "released").status == "hypothetical"
    # (a participle describing the object is no small clause: the conviction stays an event)
    assert any(e.trigger == "convicted" for e in found)


def test_a_headlines_infinitive_is_its_future_and_its_parties_are_both(analyzer: Analyzer) -> None:
    found = events(analyzer, "Iran, US to hold fifth round of nuclear talks in Rome on Friday, Oman says\n\n"
                             "Iran and the United States will hold a fifth round of talks in Rome on Friday, Oman's "
                             "foreign minister announced on Monday.", date="2025-05-19")
    headline = found[0]
    assert headline.status == "planned"
    assert sorted(a.name for a in headline.actors) == ["Iran", "United States"]
    # (its Friday is the one to come, as the story's "will hold … on Friday" says)
    assert headline.date is not None and headline.date.value == found[1].date.value == "2025-05-23"
    # (and the talks a headline's infinitive carries)
    found = events(analyzer, "Sudan's warring parties to resume talks in Jeddah\n\nPORT SUDAN - Envoys of the "
                             "two sides met on Monday.", date="2025-11-03")
    assert (found[0].trigger, found[0].status) == ("talks", "planned")
    # (and the verb the parser hangs on a headline's party, which it made the root)
    for headline, trigger, actors, targets in [
            ("Trump to meet Putin in Alaska", "meet", ["Donald Trump"], ["Vladimir Putin"]),
            ("EU to impose new sanctions on Russia", "sanctions", ["European Union"], ["Russia"]),
            ("Ukraine, Russia to swap prisoners", "swap prisoners", ["Ukraine", "Russia"], ["prisoners"]),
            ("Qatar to mediate between Congo and M23", "mediate", ["Qatar"], ["DR Congo", "M23"])]:
        first = events(analyzer, f"{headline}\n\nCAIRO, Jan 18 (Reuters) - Officials met on Saturday.",
                       date="2025-01-18")[0]
        assert (first.trigger, first.status, [a.name for a in first.actors], [a.name for a in first.targets]) == (
            trigger, "planned", actors, targets), headline
    # (an aim in a headline stays one)
    found = events(analyzer, "Talks to agree on a ceasefire stall in Cairo\n\nCAIRO - Officials left.", date="2025-01-18")
    assert "agree" not in [e.trigger for e in found]
    # (as are negotiations "due to start", whatever the day)
    found = events(analyzer, "Negotiations on the second phase are due to start by the 16th day of the first phase.",
                   date="2025-01-16")
    assert (found[0].trigger, found[0].status, found[0].date) == ("Negotiations", "planned", None)


def test_a_sudan_story_dated_day_first_with_an_armed_group_pointed_back_to(analyzer: Analyzer) -> None:
    article = analyzer.analyze("RSF accepts Quad humanitarian truce proposal, army says conditions not met\n\n"
                               "November 6, 2025 (KHARTOUM) – The Rapid Support Forces (RSF) announced on Thursday "
                               "its approval of a truce proposed by the Quad countries, while the Sudanese army said "
                               "it would not agree to any truce before the paramilitary group withdraws from the "
                               "cities it occupies.", date="2025-11-06")
    # (conditions met are no meeting; "the paramilitary group" is the armed one, the RSF)
    assert not any(e.trigger == "met" for e in article.events)
    withdraws = next(e for e in article.events if e.trigger == "withdraws")
    assert [a.name for a in withdraws.actors] == ["Rapid Support Forces"]
    # (the story's "Sudanese army" is Sudan's, whatever the headline's bare "army" was)
    said = next(q for q in article.quotes if q.speaker == "the Sudanese army")
    assert (said.speaker_actor, said.source_country) == ("Sudan", "SDN")
    # (a headline's second clause is what its speaker says, not the first)
    says = [q.content for q in article.quotes if q.cue == "says"]
    assert says == ["conditions not met"]


def test_the_two_sides_are_not_the_mediators_nor_where_they_met(analyzer: Analyzer) -> None:
    found = events(analyzer, "Pakistan, Afghanistan agree to immediate ceasefire after Doha talks\n\n"
                             "ISLAMABAD: Pakistan and Afghanistan have agreed to an immediate ceasefire following talks "
                             "in Doha mediated by Qatar and Turkey, Qatar's foreign ministry said on Sunday. The two "
                             "sides also agreed to hold follow-up meetings in the coming days, the ministry said.",
                   date="2025-10-19")
    agreed = [sorted(a.name for a in e.actors) for e in found if e.type == "AGREE"]
    # (the headline's parties joined by a comma too)
    assert agreed == [["Afghanistan", "Pakistan"]] * 3
    ethiopia = events(analyzer, "Ethiopia and Tigray forces agreed on Wednesday after ten days of talks in South "
                                "Africa. The two parties in the conflict have formally agreed to disarmament.",
                      date="2022-11-02")
    assert all(a.name != "South Africa" for e in ethiopia for a in e.actors)


def test_what_is_signed_at_a_place_has_no_target_there_and_a_need_is_a_plan(analyzer: Analyzer) -> None:
    found = events(analyzer, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a "
                             "joint declaration at the White House on Friday. The agreement still needs to be signed "
                             "and ratified. Hamas fired rockets at Israel.", date="2025-08-08")
    signed = found[0]
    assert signed.targets == [] and signed.place is not None
    assert (signed.place.name, signed.place.country) == ("White House", "USA")  # (not Casablanca)
    assert [e.status for e in found if e.type == "AGREE"][1:] == ["planned", "planned"]
    fired = one(found, "ASSAULT")
    assert [a.name for a in fired.targets] == ["Israel"]


def test_a_date_in_a_clause_qualifying_a_noun_is_not_the_events(analyzer: Analyzer) -> None:
    found = events(analyzer, "The fighting, the worst between the neighbours since the Taliban returned to power in "
                             "2021, killed dozens of soldiers on Saturday.", date="2025-10-19")
    killed = one(found, "ASSAULT")
    assert killed.date is not None and killed.date.value == "2025-10-18"


def test_taking_control_of_ground_is_an_assault(analyzer: Analyzer) -> None:
    found = events(analyzer, "The army said on Saturday that it had regained control of the Halfaya bridge. The "
                             "rebels took control of the town of Bara. The party took control of the Senate after "
                             "the vote, and he regained control of the company.", date="2025-02-01")
    assert [(e.type, e.trigger) for e in found if e.type == "ASSAULT"] == [
        ("ASSAULT", "regained control"), ("ASSAULT", "took control")]


def test_a_translated_sentence_read_as_one_noun_phrase_keeps_its_signatories(analyzer: Analyzer) -> None:
    found = events(analyzer, "President of the Syrian Arab Republic, Ahmad al-Sharaa, and the Commander of the "
                             "Syrian Democratic Forces (SDF), Mazloum Abdi, signed on Monday an agreement stipulating "
                             "the integration of all institutions. The document, signed by both leaders, sets out "
                             "the terms.", date="2025-03-10")
    signed = found[0]
    # (the president under the knowledge base's spelling of his first name)
    assert {a.name for a in signed.actors} >= {"Ahmed al-Sharaa", "Mazloum Abdi"}
    assert signed.date is not None and signed.date.value == "2025-03-10"
    # (the commander is the SDF's, by the title the brackets did not cut off)
    assert {(a.name, a.country) for a in signed.actors if a.kind == "person"} == {
        ("Ahmed al-Sharaa", "SYR"), ("Mazloum Abdi", "SYR")}


def test_bodies_handed_over_in_a_headline_and_the_one_expected_to_act(analyzer: Analyzer) -> None:
    found = events(analyzer, "Hamas hands over bodies of four hostages as truce holds\n\n"
                             "Israel is expected to release more than 600 prisoners on Saturday, when six hostages "
                             "are due to be freed.", date="2025-02-20")
    handed = found[0]
    # (the headline's particle read as a preposition: the bodies are still what is handed over)
    assert (handed.type, handed.trigger, [a.name for a in handed.actors]) == ("CONCEDE", "hands over", ["Hamas"])
    release = next(e for e in found if e.trigger == "release")
    assert [a.name for a in release.actors] == ["Israel"] and release.status == "planned"


def test_a_meeting_someone_is_due_to_hold_and_a_source_declining_to_be_named(analyzer: Analyzer) -> None:
    found = events(analyzer, "Israeli Prime Minister Benjamin Netanyahu is due to meet U.S. President Donald Trump in "
                             "Washington on Tuesday, his office said. \"We want the talks to start on time,\" one of the "
                             "sources said, declining to be named. Hamas will free three hostages - Ofer Kalderon, "
                             "Keith Siegel and Yarden Bibas - on Saturday.", date="2025-01-31")
    meet = next(e for e in found if e.trigger == "meet")
    # (no aim of a judgment, "vital to get …": the meeting planned, by the subject of "is")
    assert (meet.status, [a.name for a in meet.actors], [a.name for a in meet.targets]) == (
        "planned", ["Benjamin Netanyahu"], ["Donald Trump"])
    assert meet.date is not None and meet.date.value == "2025-02-04"
    assert not [e for e in found if e.type == "REJECT"]  # (sourcing, no refusal)
    freed = one(found, "CONCEDE")
    assert [a.text for a in freed.targets][1:] == ["Ofer Kalderon", "Keith Siegel", "Yarden Bibas"]


def test_people_captured_are_an_arrest_or_an_abduction(analyzer: Analyzer) -> None:
    found = events(analyzer, "Police captured the suspect on Monday. Rebels captured two soldiers near the border. "
                             "The army captured the town. The photo captured the mood.", date="2025-01-31")
    assert [(e.type, e.trigger) for e in found] == [("COERCE", "captured"), ("COERCE", "captured"),
                                                    ("ASSAULT", "captured")]
    # (an army's word for killing people, in its quotation marks or not; a threat eliminated is none)
    found = events(analyzer, 'The military said its troops "eliminated" militants who crossed the line. Troops '
                             "neutralized a terrorist cell. The plan would eliminate the threat.", date="2025-10-21")
    assert [(e.type, e.trigger, e.status) for e in found] == [("ASSAULT", "eliminated", "occurred"),
                                                             ("ASSAULT", "neutralized", "occurred")]
    # (an attack the parser made the clause of the injuries after it is no verbal attack on them)
    found = events(analyzer, "During the night, the Russian occupiers attacked the Kharkiv region with attack "
                             "drones, two civilians were injured.", date="2025-11-06")
    assert [(e.type, e.trigger) for e in found] == [("ASSAULT", "attacked"), ("ASSAULT", "injured")]
    assert [a.name for a in found[0].actors] == ["Russia"]


def test_a_verb_joined_to_the_trigger_lends_it_no_mode(analyzer: Analyzer) -> None:
    found = events(analyzer, "Clinton slammed the shift as a debate-eve conversion and accused Sanders of a "
                             "flip-flop. The militia attacked the convoy and blamed police shootings on the army.",
                   date="2025-03-03")
    modes = {e.trigger: e.mode for e in found}
    # (the accusation's "accused" makes no allegation of the slamming, "shootings" no
    # firearms attack of the convoy's)
    assert modes["slammed"] == "disapprove" and modes["attacked"] is None


def test_weapons_launched_are_an_attack_and_an_inquiry_launched_is_not(analyzer: Analyzer) -> None:
    found = events(analyzer, "Russia launched 810 drones and 13 missiles overnight, the air force said. The UN "
                             "launched an inquiry.", date="2025-09-07")
    launched = [(e.type, e.trigger, [a.name for a in e.actors]) for e in found if e.trigger == "launched"]
    assert launched == [("ASSAULT", "launched", ["Russia"])]


def test_a_statement_released_is_nothing_handed_over(analyzer: Analyzer) -> None:
    found = events(analyzer, "According to a statement released by the Egyptian presidency, Sisi and Trump "
                             "discussed the ceasefire by phone. The prisoners released by Israel arrived in Ramallah.",
                   date="2025-04-13")
    assert [(e.type, e.trigger) for e in found if e.trigger == "released"] == [("CONCEDE", "released")]
    assert found[0].evidence.startswith("Sisi and Trump") or found[0].type == "CONSULT"


def test_a_passive_infinitive_with_its_doer_keeps_whom_it_befalls(analyzer: Analyzer) -> None:
    freed = one(events(analyzer, "Six hostages are expected to be freed by Hamas on Saturday.", date="2025-02-20"),
                "CONCEDE")
    assert ([a.name for a in freed.actors], [a.name for a in freed.targets]) == (["Hamas"], ["hostages"])


def test_a_verb_joined_to_a_refusal_is_an_act_of_its_own(analyzer: Analyzer) -> None:
    found = events(analyzer, "Hamas rejected the proposal and attacked an army post near Rafah.")
    assert [(e.type, e.trigger) for e in found] == [("REJECT", "rejected"), ("ASSAULT", "attacked")]
    # (what a demand asks stays in it: the release and the disarming are the urging's content)
    found = events(analyzer, "The envoy urged Hamas to release the hostages and disarm.")
    assert [e.type for e in found] == ["REQUEST"]


def test_a_headlines_parties_both_made_subjects(analyzer: Analyzer) -> None:
    article = analyzer.analyze("Ukraine, Russia swap 246 prisoners each\n\nThe exchange took place on Monday "
                               "at the Belarusian border, officials said.", date="2025-10-20")
    swap = next(e for e in article.events if e.trigger.startswith("swap"))
    assert codes(swap.actors) == {"UKR", "RUS"}
    # (a party's phrase longer than its name)
    article = analyzer.analyze("Congo, M23 rebels sign framework for peace in Doha\n\nDOHA, Nov 15 (Reuters) - The "
                               "Democratic Republic of Congo and the Rwanda-backed M23 rebel group signed a framework "
                               "agreement in Doha on Saturday, Qatari mediators said, the latest step in efforts to "
                               "end fighting in eastern Congo.", date="2025-11-15")
    signing, signed = article.events[:2]
    assert [a.name for a in signing.actors] == ["DR Congo", "M23"]
    # (and the speaker the parser put inside the phrase of what was signed is no party to it)
    assert ([a.name for a in signed.actors], signed.targets) == (["DR Congo", "M23"], [])
    # (the first made the object of the verb before them)
    article = analyzer.analyze("Trump announces Israel, Iran agree to ceasefire\n\nThe truce took effect on "
                               "Tuesday, officials said.", date="2025-06-24")
    assert codes(one(article.events, "AGREE").actors) == {"ISR", "IRN"}


def test_backing_away_is_no_support_and_receiving_support_no_meeting(analyzer: Analyzer) -> None:
    found = events(analyzer, "Trump backed away from the pledge. Iran backed the Houthis.")
    assert [(e.type, e.trigger) for e in found] == [("RETREAT", "backed away"), ("SUPPORT", "backed")]
    found = events(analyzer, "The plan received broad support. Abbas received the Qatari delegation.")
    assert [(e.type, e.trigger) for e in found] == [("SUPPORT", "support"), ("CONSULT", "received")]
    # (a passive's subject is what was received: guarantees are no meeting, a delegation is one)
    found = events(analyzer, "OCHA said that no written guarantees had been received. The delegation was "
                             "received by the president on Monday.")
    assert [(e.type, e.evidence) for e in found] == [
        ("CONSULT", "The delegation was received by the president on Monday")]


def test_a_timelines_entries_tell_what_happened_on_their_day(analyzer: Analyzer) -> None:
    text = ("Sudan's army and the RSF have held several rounds of talks. Here are the main ones.\n\n"
            "May 6, 2023 - Envoys of the two sides meet in Jeddah. They sign a declaration on protecting "
            "civilians.\n\n"
            "Oct. 26, 2023 - Saudi Arabia announces that the talks will resume.\n\n"
            "Fighting continues in Khartoum since April 15, the army says.")
    article = analyzer.analyze(text, date="2024-08-14")
    status = {e.trigger: (e.status, e.date.value if e.date else None) for e in article.events}
    # (the present of an entry dated before the story is what happened that day)
    assert status["meet"] == ("occurred", "2023-05-06") and status["sign"] == ("occurred", "2023-05-06")
    # (but what goes on since a day still goes on)
    assert status["Fighting"][0] == "ongoing"
    # the entry's date is no part of its speaker
    assert ("Saudi Arabia", "announces") in [(q.speaker, q.cue) for q in article.quotes]


def test_the_forces_a_speaker_names_as_its_own_are_its(analyzer: Analyzer) -> None:
    found = events(analyzer, "The Israeli military said its troops killed three militants in Rafah. The army said "
                             "soldiers shot two gunmen. The health ministry said soldiers opened fire on the crowd. "
                             "Hamas said troops raided the hospital.", date="2025-03-05")
    assert [(e.trigger, [a.name for a in e.actors]) for e in found] == [
        ("killed", ["Israel"]), ("shot", ["army"]), ("fire", []), ("raided", [])]


def test_a_swap_the_wire_reports_with_its_mediator_between_the_states_named_together(analyzer: Analyzer) -> None:
    found = events(analyzer, "KYIV (Reuters) - Ukraine and Russia each returned 150 prisoners of war on Sunday in an "
                             "exchange mediated by the United Arab Emirates. The Russian servicemen were taken to "
                             "Belarus for medical checks. The UAE foreign ministry said it was the 12th exchange it "
                             "had brokered between the two countries.", date="2025-02-16")
    swap = next(e for e in found if e.trigger.startswith("returned"))
    assert swap.type == "CONCEDE" and [a.name for a in swap.actors] == ["Ukraine", "Russia"]
    brokered = next(e for e in found if e.trigger == "brokered")
    # (the states named together, not the last two named: Belarus is only where they went)
    assert [a.name for a in brokered.actors] == ["United Arab Emirates"]
    assert sorted(a.name for a in brokered.targets) == ["Russia", "Ukraine"]
    # (captives handed back are a concession; ground handed over stays a retreat)
    given = events(analyzer, "Israel returned the bodies of 15 Palestinians on Monday. Hamas handed over control "
                             "of the crossing.")
    assert [(e.type, e.trigger) for e in given] == [("CONCEDE", "returned the bodies"), ("RETREAT", "handed over")]


@pytest.mark.parametrize(("sentence", "actors", "targets"), [
    # Where an act took place names no one who did it; whom it was aimed at is its target.
    ("Clashes near Goma in eastern Congo killed 12 people.", [], ["people"]),
    ("Israeli strikes in Lebanon killed 12 people.", ["Israel"], ["people"]),
    ("Shelling in eastern Ukraine killed three civilians on Monday.", [], ["civilians"]),
    ("Russian attacks on Ukraine killed three people.", ["Russia"], ["Ukraine", "people"]),
    # (people somewhere are still who acted)
    ("Rebels in eastern Congo attacked a convoy.", ["rebels"], []),
])
def test_where_an_act_took_place_is_no_party_to_it(analyzer: Analyzer, sentence: str, actors: list[str],
                                                    targets: list[str]) -> None:
    killed = next(e for e in events(analyzer, sentence) if e.trigger in ("killed", "attacked"))
    assert ([a.name for a in killed.actors], [a.name for a in killed.targets]) == (actors, targets)
    assert killed.place is not None


def test_a_host_of_a_round_of_talks_is_its_actor(analyzer: Analyzer) -> None:
    found = events(analyzer, "Oman on Saturday hosted a fourth round of talks between Iran and the United States.")
    hosted = next(e for e in found if e.trigger == "hosted")
    assert (hosted.type, [a.name for a in hosted.actors]) == ("CONSULT", ["Oman"])
    assert sorted(a.name for a in hosted.targets) == ["Iran", "United States"]
    # (what is received is no meeting unless a meeting or a party is)
    assert not events(analyzer, "Israel received a copy of the proposal on Saturday.")


@pytest.mark.parametrize(("sentence", "threat"), [
    ("Israel warned Hamas that it would resume strikes.", True),
    ("Iran warned that it would retaliate against any attack.", True),
    ("Russia warned against sending troops to Ukraine.", True),
    ("Iran warned of a crushing response.", True),
    ("Hamas warned that any violation would put the lives of the captives at risk.", True),
    # A forecast is no threat.
    ("The minister warned that the talks could collapse.", False),
    ("Aid agencies warned of famine in Gaza.", False),
    ("The official warned that key gaps remained.", False),
    ("Clerics warned that the time will come when people will not listen.", False),
])
def test_a_warning_is_a_threat_only_when_it_threatens(analyzer: Analyzer, sentence: str, threat: bool) -> None:
    assert any(e.type == "THREATEN" for e in events(analyzer, sentence)) is threat


def test_whom_a_warning_says_will_pay_is_its_target(analyzer: Analyzer) -> None:
    paid = one(events(analyzer, "Trump warned that Hamas would pay a heavy price."), "THREATEN")
    assert ([a.name for a in paid.actors], [a.name for a in paid.targets]) == (["Donald Trump"], ["Hamas"])
    assert one(events(analyzer, "Iran warned that it would retaliate against any attack."), "THREATEN").targets == []


def test_the_two_ministers_are_the_ministers_named_before(analyzer: Analyzer) -> None:
    text = ("Foreign Minister Badr Abdelatty received on Wednesday a phone call from his Qatari counterpart, Prime "
            "Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani. Ambassador Tamim Khallaf, the "
            "ministry's spokesperson, stated that the two ministers had discussed the truce. The two ministers also "
            "agreed to continue coordination.")
    agreed = one(events(analyzer, text), "AGREE")
    assert [a.name for a in agreed.actors] == ["Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani"]
    # (as a source too, the first of them; "Two officials" are others, unnamed)
    article = analyzer.analyze("Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on "
                               "Monday. The two leaders said the talks went well. Two officials said the same.", date=DAY)
    assert [q.speaker_actor for q in article.quotes] == ["Abdel Fattah al-Sisi", None]


def test_close_to_a_deal_is_no_deal_yet(analyzer: Analyzer) -> None:
    near = one(events(analyzer, "Sudan's army and the RSF are close to agreeing a three-month truce, four sources "
                                "told Reuters."), "AGREE")
    assert (near.status, [a.name for a in near.actors]) == ("hypothetical", ["Sudan", "Rapid Support Forces"])
    assert one(events(analyzer, "Negotiators were on the verge of signing a deal."), "AGREE").status == "hypothetical"
    assert one(events(analyzer, "Israel and Hamas agreed to a truce close to the border."), "AGREE").status == "occurred"
    # (the subject of the adjective acts only through its "to": not "mad at Sanders for agreeing")
    mad = one(events(analyzer, "Some Democrats, such as Joe Manchin, are mad at Sanders for agreeing to the debate."), "AGREE")
    assert "Joe Manchin" not in [a.name for a in mad.actors]


def test_the_negotiating_table_is_where_the_parties_negotiate(analyzer: Analyzer) -> None:
    back = one(events(analyzer, "Tehran will not return to the negotiating table with Washington."), "CONSULT")
    assert (back.trigger, back.status, [a.name for a in back.actors], [a.name for a in back.targets]) == (
        "negotiating table", "negated", ["Iran"], ["United States"])
    assert one(events(analyzer, "Hamas will return to the negotiating table next week."), "CONSULT").status == "planned"
    assert not events(analyzer, "Israel walked away from the negotiating table.")


def test_a_charge_keeps_its_own_date_and_toll(analyzer: Analyzer) -> None:
    text = ("RSF commander Mohamed Hamdan Dagalo welcomed the truce in a post on X, but accused the army of "
            "shelling residential areas of Nyala on Tuesday night, killing 14 civilians.")
    found = events(analyzer, text, date="2025-05-14")
    # (the night is the shelling's: neither the accusation nor the welcome joined to it is dated by it)
    assert {e.type: e.date.value for e in found if e.date} == {"SUPPORT": "2025-05-14", "ACCUSE": "2025-05-14"}
    # (the killing is the shelling's too, part of the charge: no assault by the accuser)
    assert not [e for e in found if e.type == "ASSAULT"]
    # (but "the victim of cyberbullying this year" is dated by it)
    after = next(e for e in events(analyzer, "She became the victim of cyberbullying this year, after trolls "
                                             "attacked her Spanish-language skills.", date="2025-05-14")
                 if e.trigger == "attacked")
    assert after.date is not None and after.date.value == "2025"


@pytest.mark.parametrize(("sentence", "actor"), [
    ("A military spokesman said RSF drones had hit a fuel depot in Port Sudan.", "Rapid Support Forces"),
    ("Israeli warplanes hit the port of Hodeidah on Monday.", "Israel"),
    ("Israel hit Hezbollah positions in southern Lebanon.", "Israel"),
    # Not a blow struck by arms.
    ("The new tariffs hit Chinese exporters hard.", None),
    ("Shares hit a record high on Monday.", None),
])
def test_an_armed_hit_is_an_assault(analyzer: Analyzer, sentence: str, actor: str | None) -> None:
    hits = [e for e in events(analyzer, sentence) if e.trigger == "hit"]
    assert [(e.type, e.actors[0].name) for e in hits] == ([("ASSAULT", actor)] if actor else [])


def test_a_war_toll_is_in_no_one_city(analyzer: Analyzer) -> None:
    text = ("Drones hit a fuel depot in Port Sudan on Monday.\n\n"
            "The war, which erupted in April 2023, has killed tens of thousands of people.")
    toll = next(e for e in events(analyzer, text) if e.trigger == "killed")
    assert toll.place is None
    struck = next(e for e in events(analyzer, text) if e.trigger == "hit")
    assert struck.place is not None and struck.place.name == "Port Sudan"


def test_both_sides_are_the_parties_not_the_mediators(analyzer: Analyzer) -> None:
    text = ("Sudan's army and the paramilitary Rapid Support Forces have agreed to a humanitarian pause around El "
            "Fasher, Saudi and US mediators said on Wednesday.\n\n"
            "The US envoy told reporters that both sides had committed to allowing convoys through.")
    committed = next(e for e in events(analyzer, text) if e.trigger == "committed to")
    assert [a.name for a in committed.actors] == ["Sudan", "Rapid Support Forces"]


def test_who_carried_out_an_act_is_its_actor(analyzer: Analyzer) -> None:
    launched = next(e for e in events(analyzer, "The army repelled an attack launched by the RSF on El Fasher.")
                    if e.trigger == "attack")
    assert [a.name for a in launched.actors] == ["Rapid Support Forces"]
    killed = one(events(analyzer, "An attack carried out by Hamas killed 12 soldiers."), "ASSAULT")
    assert [a.name for a in killed.actors] == ["Hamas"]
    # (not who brokered or rejected it)
    accepted = one(events(analyzer, "Israel accepted a deal brokered by Qatar."), "AGREE")
    assert [a.name for a in accepted.actors] == ["Israel"]


def test_whose_the_thing_struck_was_is_a_target(analyzer: Analyzer) -> None:
    downed = one(events(analyzer, "The RSF said it had shot down a drone belonging to the Sudanese Armed Forces "
                                  "over Nyala."), "ASSAULT")
    assert [a.name for a in downed.targets] == ["Sudanese Armed Forces"]
    seized = one(events(analyzer, "Israel seized a vessel operated by Iran."), "COERCE")
    assert [a.name for a in seized.targets] == ["Iran"]


def test_the_sides_are_the_two_parties_named_together(analyzer: Analyzer) -> None:
    text = ("Russian and Ukrainian delegations on Monday agreed to exchange prisoners in Istanbul, Vladimir Medinsky "
            "said. Medinsky said the sides had also agreed to hand over the bodies of 6,000 soldiers.")
    agreed = [e for e in events(analyzer, text, date="2025-06-02") if e.trigger == "agreed"]
    assert [[a.name for a in e.actors] for e in agreed] == [["Russia", "Ukraine"], ["Russia", "Ukraine"]]
    # (with no pair named together, "the parties" stands for no one)
    alone = one(events(analyzer, "Egypt hosted the talks. Officials said the parties agreed to meet again."), "AGREE")
    assert alone.actors == []


def test_who_did_what_is_condemned_is_the_one_accused(analyzer: Analyzer) -> None:
    # ("condemned the attack carried out by Israeli forces": the doer, by its participle)
    (found,) = [e for e in events(analyzer, "Egypt condemned the attack carried out by Israeli forces on a "
                                            "UN convoy.") if e.type == "ACCUSE"]
    assert [a.name for a in found.actors] == ["Egypt"] and [a.country for a in found.targets] == ["ISR"]
