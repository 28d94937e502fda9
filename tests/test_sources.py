"""Who a source is (type, count, country, affiliation), the relay, and events' sources."""

from __future__ import annotations

import pytest

from dateline.model import Quote
from dateline.pipeline import Analyzer

DAY = "2025-06-11"


def quote(analyzer: Analyzer, text: str) -> Quote:
    quotes = [q for q in analyzer.analyze(text, date=DAY).quotes if q.kind == "speech"]
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "kind", "count", "country", "affiliation"),
    [
        ("Three Palestinian medical sources said 20 people were killed in Khan Younis.",
         "anonymous", 3, "PSE", "medical"),
        ("A senior Western diplomat said on Monday that the deal was close.",
         "anonymous", 1, None, "western"),
        # (diplomats are where they are posted, not whose: but "from" says whose)
        ("Diplomats in Muscat said the talks had stalled.", "anonymous", None, None, None),
        ("Diplomats from Oman said the talks had stalled.", "anonymous", None, "OMN", None),
        ("Officials close to the talks said Hamas had accepted the draft.",
         "anonymous", None, None, "close to the talks"),
        ("Kenyan Foreign Minister Musalia Mudavadi said the border would reopen.",
         "person", None, "KEN", None),
        ("The Qatari foreign ministry spokesman said the talks would resume.",
         "role", None, "QAT", "foreign ministry"),
        # (the unnamed holders of an office, counted)
        ("Two far-right ministers said the deal was reckless.", "role", 2, None, "far-right"),
        ("Hamas said that it rejected the plan.", "organisation", None, "PSE", None),
        # Some of a group: the group's profile, with the number picked.
        ("One of the Egyptian security sources said the talks would resume.",
         "anonymous", 1, "EGY", "security"),
        # A title before a name the tagger does not know; a country word before the tagger's
        # entity.
        ("Egyptian Foreign Ministry spokesman Karim Salem said the talks would resume.",
         "person", None, "EGY", "foreign ministry spokesman"),
        ("Hamas official Bassem Naim told Reuters that the group had accepted the draft.",
         "person", None, "PSE", "hamas official"),
        # The country before the head is whose it is; the one after, where.
        ("The Israeli Embassy in Moscow said the meeting was private.",
         "organisation", None, "ISR", None),
        # An office is no person, whoever holds it.
        ("The Israeli Prime Minister's Office said the team would travel.", "role", None, "ISR", None),
        # (but an office the knowledge base knows as a body is that body)
        ("The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 130,000 people had fled.",
         "organisation", None, None, None),
        # Unnamed people, a social group among them; a crowd's size is not whose it is.
        ("One Tajik serviceman said the shooting began at dawn.", "anonymous", 1, "TJK", None),
        ("The protesters said they would return on Saturday.", "anonymous", None, None, None),
        ("Tens of thousands of Israelis said the deal must be signed.", "anonymous", None, "ISR", None),
        # (a number the parser hung on the word after it still counts them)
        ("A dozen aid workers said the crossing was closed.", "anonymous", 12, None, "aid"),
        # (but a number in a compound word is the noun's: one panel)
        ("A three-judge panel said the law was void.", "anonymous", 1, None, "three-judge"),
        # (unnamed sources joined: each counted)
        ("Two Hamas officials and an Egyptian source said the talks had collapsed.", "anonymous", 3, "PSE", None),
        # (a body named again by its last word, its size before it, is no person with a title)
        ("The UN Security Council met on Monday. The 15-member Council said the truce must hold.",
         "organisation", None, None, None),
        # (the authorities of a town or territory named before them are its country's)
        ("Gaza health authorities said 40 people were killed overnight.", "organisation", None, "PSE", None),
        ("Health officials in Darfur said 12 people had died of cholera.", "anonymous", None, "SDN", "health"),
        # (a year before the noun is no count of them)
        ("The 2023 delegates said the talks had failed.", "anonymous", None, None, None),
        # (a Gulf agency's honorific is no affiliation)
        ("HE Deputy Foreign Minister said the talks would resume.", "role", None, None, None),
        # (titles the parser heads the phrase with, then the name closing it: the person)
        (("Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani said the talks "
          "would resume."), "person", None, None, None),
        # (a relative speaks for himself, not for the one named before him)
        ("A 9-year-old boy, Yusuf, was among the dead, his uncle said.", "anonymous", 1, None, None),
        # (an office in a territory someone runs is of the ruler's country; the territory is
        # where, not whose)
        ("The death toll rose to 112, the health ministry in the Hamas-run territory said.", "role", None, "PSE",
         "health"),
        ("Israel's strikes killed 112 people, according to the health ministry in Hamas-run Gaza.", "role", None,
         "PSE", "health"),
        # (a readout is a document, its body the issuer; "a" is no part of the body's name)
        ("The leaders discussed the truce, according to a White House readout of the call.", "organisation", None,
         "USA", None),
        # (a number naming a channel is no count of sources)
        ("Channel 12 news reported that the cabinet had met.", "organisation", None, "ISR", None),
        # (a body the recogniser took for a person, after the noun saying what it is)
        ("British maritime security firm Ambrey said the vessel was hit.", "organisation", None, "GBR", None),
        # (whom the UN body in an apposition serves is not whose its head is)
        (("Philippe Lazzarini, the head of the UN agency for Palestinian refugees, said the agency was near "
          "collapse."), "person", None, None, None),
    ],
)
def test_source_profiles(analyzer: Analyzer, text: str, kind: str, count: int | None,
                         country: str | None, affiliation: str | None) -> None:
    found = quote(analyzer, text)
    assert (found.source_type, found.source_count, found.source_country,
            found.source_affiliation) == (kind, count, country, affiliation)


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("Two Sudanese army sources told Reuters that the airport had fallen.", "Reuters"),
        ("The ministry said in a statement that 14 people had died.", "a statement"),
        ("The envoy said on television that talks would resume.", "television"),
        ("The envoy said that talks would resume.", None),
        # The outlet an interview was given to is part of the relay; a day is not.
        ("In an interview with Al Jazeera, the envoy said that talks would resume.",
         "an interview with Al Jazeera"),
        ("The envoy said in a statement on Monday that talks would resume.", "a statement"),
        # Through the cue's verb, not its auxiliary.
        ("Officials have told Reuters that the airport had fallen.", "Reuters"),
        ("The ministry has said in a statement that 14 people had died.", "a statement"),
        # Remarks with the outlet that carried them; who quoted a source.
        ("In remarks broadcast by state television, the envoy said that talks would resume.",
         "remarks broadcast by state television"),
        ("The envoy was quoted by Reuters as saying that talks would resume.", "Reuters"),
        ("The army said in a statement carried by the state news agency that a soldier died.",
         "a statement carried by the state news agency"),
        # Where the words were said, on the cue or on a participle of speaking; a place is none.
        ("The envoy said at a news conference that talks would resume.", "a news conference"),
        ("Speaking at a press conference in Doha, the envoy said that talks would resume.",
         "a press conference"),
        ("The envoy said at the border crossing that talks would resume.", None),
        # (not the speaker the parser hung on the medium as its apposition)
        (("In an op-ed published in The Washington Post, Jordan's King Abdullah wrote that an offensive would be "
          "a catastrophe."), "an op-ed published in The Washington Post"),
        # The agency spoken to.
        ("A diplomat indicated to Efe that the border would reopen on Thursday.", "Efe"),
        # (translated copy names the agency after its noun: the parser's second object)
        ("A Hamas leader told the agency Efe that the delegation would travel on Tuesday.", "the agency Efe"),
        # A poll the answers were given in (not "his rise in the polls", a standing).
        ("Most voters said they distrusted Congress in a Gallup poll this month.", "a Gallup poll"),
        ("He said he was under attack because of his rise in the polls.", None),
        # Platforms.
        ("The agency said on X that 12 of its staff had been killed.", "X"),
        ("Hamas said on Telegram that two of its fighters had been killed.", "Telegram"),
        ("The governor wrote on his Telegram channel that three drones were downed.", "his Telegram channel"),
        ("The senator said on her X account that the bill was dead.", "her X account"),
        ("The mayor said on the city's page that the roads would reopen.", None),
        # An "according to" closing the reported clause reports the saying.
        (("Egypt warned that an offensive in Rafah would threaten the treaty, according to two "
          "Egyptian officials."), "two Egyptian officials"),
    ],
)
def test_relay(analyzer: Analyzer, text: str, relay: str | None) -> None:
    found = quote(analyzer, text)
    assert found.relay == relay
    if relay is not None:
        assert found.relay_start is not None and text[found.relay_start:found.relay_end] == relay


def test_he_added_takes_the_profile_of_the_speaker_before(analyzer: Analyzer) -> None:
    text = ("“No new offer reached us,” the Kenyan presidency said in a statement. “We will "
            "not reopen the crossing,” he added.")
    first, second = analyzer.analyze(text, date=DAY).quotes
    assert first.source_type == second.source_type == "role"
    assert second.source_country == "KEN" and second.speaker_actor == first.speaker_actor


def test_pronoun_speakers_named_elsewhere(analyzer: Analyzer) -> None:
    # "it" after a body named in its sentence is that body, not the last speaker.
    text = ("Officials said on Monday that the port had reopened. The week before, the "
            "Treasury sanctioned two tankers that it said had loaded oil at sea.")
    found = [q for q in analyzer.analyze(text, date=DAY).quotes if q.speaker == "it"]
    assert [q.source for q in found] == ["Treasury"]
    # A possessive speaks for the body named before it when no speaker fits.
    text = ("Hamas rejected the plan on Monday. Its demand for a written guarantee of a lasting "
            "truce was not met, officials said.")
    found = [q for q in analyzer.analyze(text, date=DAY).quotes if q.speaker == "Its"]
    assert [(q.source, q.source_type) for q in found] == [("Hamas", "organisation")]
    # ("Between 15 and 20 people were wounded, it said": no "it" is people; the body before)
    text = ("The Bahri Resistance Committee said the fighters stormed the village on Tuesday. Between 15 "
            "and 20 people were wounded, it said.")
    found = [q for q in analyzer.analyze(text, date=DAY).quotes if q.speaker == "it"]
    assert [(q.source, q.content) for q in found] == [
        ("Bahri Resistance Committee", "Between 15 and 20 people were wounded")]
    # With no speaker before, "he" is the person named last.
    text = "Spokesman Ali Rahimi spoke to reporters on Monday. He said his government would respond."
    assert (quote(analyzer, text).source, quote(analyzer, text).source_type) == ("Ali Rahimi", "person")
    # In one person's words, "they" are others; after a body's words, the body.
    found = analyzer.analyze("A lawyer for two of the suspects said they denied the charges.",
                             date=DAY).quotes
    assert [(q.speaker, q.source) for q in found if q.speaker == "they"] == [("they", "they")]
    found = analyzer.analyze("The Forum said on Monday it would march. They added that the "
                             "families would join.", date=DAY).quotes
    assert [q.source for q in found] == ["The Forum", "The Forum"]
    # The subject of the clause above the pronoun's comes before any earlier speaker.
    text = ("“The crossing stays shut,” Prime Minister Lena Vogt said on Monday. The president of "
            "Egypt, Abdel Fattah al Sisi, received the envoy, Paul Kerr, with whom he agreed to "
            "continue their close coordination.")
    found = [q for q in analyzer.analyze(text, date=DAY).quotes if q.speaker == "he"]
    assert [q.source for q in found] == ["Abdel Fattah al Sisi"], found
    # "they" after the content it gives: the body named before it, not the speaker before.
    text = ("“We have not seen the draft,” Hamas said. Thousands of opposition supporters marched "
            "on Tuesday to protest what they called fraud in the recount.")
    found = [q for q in analyzer.analyze(text, date=DAY).quotes if q.speaker == "they"]
    assert [q.source for q in found] == ["supporters"], found


def test_a_source_quoted_by_another(analyzer: Analyzer) -> None:
    # "Quoting X, Y reported": X speaks, through Y; a reason cited is no source.
    found = quote(analyzer, "Quoting a senior Egyptian official, Al Arabiya reported that the "
                            "talks had stalled.")
    assert (found.speaker, found.relay, found.source_type, found.source_country) == (
        "a senior Egyptian official", "Al Arabiya", "anonymous", "EGY")
    found = quote(analyzer, "Citing security concerns, the army said the crossing would close.")
    assert (found.speaker, found.relay) == ("the army", None)
    # "according to" on a statement with its own speaker relays it; on a bare clause it is
    # the source, and a source "cited by" an outlet speaks through it.
    found = quote(analyzer, "The minister said on Sunday that the talks would resume, according "
                            "to a statement from his office.")
    assert (found.speaker, found.cue, found.relay) == ("The minister", "said", "a statement from his office")
    found = quote(analyzer, "The delegation will return on Sunday, according to Egyptian security "
                            "sources cited by state media.")
    assert (found.speaker, found.relay, found.source_country) == (
        "Egyptian security sources", "state media", "EGY")
    found = quote(analyzer, "The delegation left Cairo, according to what was reported by "
                            "Egyptian state television.")
    assert (found.speaker, found.content) == ("Egyptian state television", "The delegation left Cairo")
    found = quote(analyzer, "The talks will resume next week, as confirmed to Efe by sources of "
                            "the Israeli government.")
    assert (found.speaker, found.relay, found.content) == (
        "sources of the Israeli government", "Efe", "The talks will resume next week")
    # (a stance the according-to is on is the source's report of it, not relayed through it)
    found = analyzer.analyze("Hamas is seeking the release of 1,100 prisoners, according to two "
                             "officials.", date=DAY).quotes
    assert [(q.kind, q.speaker, q.relay) for q in found] == [
        ("speech", "two officials", None), ("stance", "Hamas", None)]
    found = quote(analyzer, "He added new pages to the file, according to two officials.")
    assert (found.speaker, found.cue) == ("two officials", "according to")
    # "was quoted as saying": the one quoted speaks.
    found = quote(analyzer, "The foreign minister was quoted as saying that Egypt would not "
                            "accept any displacement.")
    assert (found.speaker, found.cue, found.content) == (
        "The foreign minister", "was quoted as saying", "Egypt would not accept any displacement")
    # And in the active: the one quoted speaks, through whoever quotes them.
    found = quote(analyzer, "The official Saudi Press Agency quoted Foreign Minister Faisal bin Farhan "
                            "as saying the kingdom rejects any displacement of Palestinians.")
    assert (found.speaker, found.cue, found.relay) == (
        "Foreign Minister Faisal bin Farhan", "quoted", "The official Saudi Press Agency")
    assert found.content == "the kingdom rejects any displacement of Palestinians"
    # "According to what X told Efe": X is the according-to's source, no statement of its own.
    found_all = analyzer.analyze("According to what a senior Egyptian official told Efe, the delegations "
                                 "will return to Cairo next week.", date=DAY).quotes
    assert [(q.speaker, q.cue, q.relay) for q in found_all] == [
        ("a senior Egyptian official", "According to", "Efe")]


def test_events_link_to_the_quotes_that_report_them(analyzer: Analyzer) -> None:
    article = analyzer.analyze(
        "Two Egyptian officials said that Israeli and Hamas negotiators met in Cairo on Monday. "
        "Sudanese troops shelled a market in Omdurman on Tuesday.", date=DAY)
    meeting = next(e for e in article.events if e.type == "CONSULT")
    shelling = next(e for e in article.events if e.type == "ASSAULT")
    assert meeting.reported_in == [0] and not meeting.author_only
    assert meeting.attribution == "Two Egyptian officials"
    assert article.quotes[0].source_count == 2
    assert shelling.reported_in == [] and shelling.author_only and shelling.attribution is None


def test_a_speakers_description_stays_but_does_not_make_the_profile(analyzer: Analyzer) -> None:
    text = ("A diplomat who met Israeli officials on Monday said that the talks would resume "
            "next week.")
    found = quote(analyzer, text)
    # The relative clause describes the speaker; the Israelis it names are not the source.
    assert found.speaker == "A diplomat who met Israeli officials on Monday"
    assert (found.source_type, found.source_count, found.source_country) == ("anonymous", 1, None)


def test_asking_for_anonymity_is_neither_a_stance_nor_a_request(analyzer: Analyzer) -> None:
    text = ("Two Egyptian security sources, who asked not to be named, told Efe that the talks "
            "were fruitful.")
    article = analyzer.analyze(text, date=DAY)
    assert [(q.kind, q.cue) for q in article.quotes] == [("speech", "told")]
    assert all(e.type != "REQUEST" for e in article.events)
    # The cue inside the speaker's relative clause: its speaker is "who", which stands for the
    # antecedent alone.
    found = [q for q in analyzer.analyze("The senators, who said the bill was flawed, voted "
                                         "against it.", date=DAY).quotes if q.cue == "said"]
    assert [(q.speaker, q.source) for q in found] == [("who", "The senators")]


@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        (("Sources in Egyptian intelligence quoted by the Al Qahera News channel indicated that the "
          "delegations would meet again on Sunday."), "Sources in Egyptian intelligence",
         "the Al Qahera News channel"),
        (("According to the newspaper Haaretz, which cites sources familiar with the talks, Israel "
          "rejected the proposal."), "sources familiar with the talks", "the newspaper Haaretz"),
        ("The newspaper, which cited two officials, said the talks had collapsed.", "two officials",
         "The newspaper"),
    ],
)
def test_a_source_carried_by_another_inside_the_speaker_phrase(
        analyzer: Analyzer, text: str, speaker: str, relay: str) -> None:
    found = [q for q in analyzer.analyze(text, date=DAY).quotes if q.kind == "speech"]
    assert [(q.speaker, q.relay) for q in found] == [(speaker, relay)]
    # Citing a source is sourcing, not a stance of the outlet's.
    assert not any(q.cue in ("cites", "cited") for q in analyzer.analyze(text, date=DAY).quotes)


def test_a_source_named_again_is_the_one_named_last_with_that_head(analyzer: Analyzer) -> None:
    text = ("Senior Hamas official Ziad Omar said the group had sent its reply. An Israeli "
            "official said the reply was being studied. The official said no decision would be "
            "taken before Sunday. The Russian Foreign Ministry said Moscow backed the talks. The "
            "ministry said a delegation would visit Doha. Spokesman Khalid al-Rashid said the "
            "talks were constructive. Al-Rashid said Qatar would host the next round.")
    found = {q.speaker: q for q in analyzer.analyze(text, date=DAY).quotes if q.kind == "speech"}
    # "The official" is the Israeli official just quoted, not the Hamas official before.
    assert found["The official"].speaker_actor == "Israel"
    assert found["The official"].source_country == "ISR"
    assert found["The ministry"].speaker_actor == found["The Russian Foreign Ministry"].speaker_actor
    assert found["The ministry"].source_country == "RUS"
    # A surname with the Arabic article capitalised is the person named in full.
    assert found["Al-Rashid"].speaker_actor == found["Spokesman Khalid al-Rashid"].speaker_actor
    assert found["Al-Rashid"].source_type == "person"


def test_a_person_named_in_apposition_is_who_speaks(analyzer: Analyzer) -> None:
    # The phrase's head ("spokesman") names no one; the name in apposition does, wherever
    # the parser hung it (here on "Ministry").
    text = ("The spokesman of the Qatari Foreign Ministry, Majed Al-Ansari, said the talks would "
            "resume. Al-Ansari added that Egypt would host them.")
    article = analyzer.analyze(text, date=DAY)
    found = [q for q in article.quotes if q.kind == "speech"]
    assert [(q.speaker_actor, q.source_country) for q in found] == [("Majed Al-Ansari", "QAT")] * 2
    # A named person, and the ministry's country is his.
    assert found[0].source_type == "person"
    [person] = [a for a in article.actors if a.name == "Majed Al-Ansari"][:1]
    assert (person.country, person.role) == ("QAT", "spokesman")
    # A person after a title only may be the title's holder: the phrase stays a role.
    [aide] = analyzer.analyze("A spokesman for the minister, Yossi Cohen, said the talks would resume.",
                              date=DAY).quotes
    assert aide.source_type == "role"


def test_the_terms_of_anonymity_are_no_part_of_the_speaker(analyzer: Analyzer) -> None:
    text = ("The official, who spoke on condition of anonymity because he was not authorized to "
            "brief the media, said the next round would take place in Doha. A diplomat, who asked "
            "not to be named, said the talks had stalled. The envoy, who has led the talks since "
            "May, said progress was slow.")
    found = [(q.speaker, q.source_type) for q in analyzer.analyze(text, date=DAY).quotes if q.kind == "speech"]
    # (a clause that describes the speaker stays)
    assert found == [("The official", "anonymous"), ("A diplomat", "anonymous"),
                     ("The envoy, who has led the talks since May", "role")]


def test_who_speaks_in_agency_copy(analyzer: Analyzer) -> None:
    text = ("MOSCOW, January 31. /TASS/. Kremlin Spokesman Dmitry Peskov told reporters that Moscow "
            "welcomes any efforts aimed at a truce.\n\n"
            "\"We are in contact with both sides,\" the Kremlin official noted.\n\n"
            "The United Nations agency for Palestinian refugees (UNRWA) said in a post on X that more "
            "than 1.7 million people have been displaced.\n\n"
            "The White House national security spokesman, John Kirby, told journalists aboard Air Force "
            "One: \"We believe a deal is within reach.\"\n\n"
            "According to Israeli media, citing unnamed officials, the security cabinet approved the "
            "sending of a delegation to Paris.\n\n"
            "Hamas leader Ismail Haniyeh met the mediators in Cairo, and the group said in a statement "
            "that it was studying the proposal.\n")
    quotes = [q for q in analyzer.analyze(text, date="2024-01-31").quotes if q.kind == "speech"]

    def by(speaker: str) -> Quote:
        return next(q for q in quotes if q.speaker == speaker)

    # "the Kremlin official" after Peskov spoke is Peskov.
    noted = by("the Kremlin official")
    assert (noted.speaker_actor, noted.source_type) == ("Dmitry Peskov", "person")
    # The body in apposition, not the people it serves.
    unrwa = by("The United Nations agency for Palestinian refugees (UNRWA)")
    assert (unrwa.speaker_actor, unrwa.source_country) == ("UNRWA", None)
    # The person named, not the office at the phrase's head.
    assert by("The White House national security spokesman, John Kirby").speaker_actor == "John Kirby"
    # The officials cited speak, through the media.
    cited = by("unnamed officials")
    assert (cited.cue, cited.relay) == ("According to", "Israeli media")
    assert cited.content == "the security cabinet approved the sending of a delegation to Paris"
    # "the group" after "Hamas leader …" is Hamas.
    assert (by("the group").speaker_actor, by("the group").source_country) == ("Hamas", "PSE")


def test_the_speaker_after_the_verb_in_translated_copy(analyzer: Analyzer) -> None:
    text = ("Cairo, Feb 14 (EFE).- \"The negotiations are advancing in a positive way,\" assured the "
            "spokesman of the Egyptian Foreign Ministry, Ahmed Abu Zeid, in statements to the press "
            "this Wednesday.\n\n"
            "Declared the spokesman of the Qatari ministry: \"We are cautiously optimistic.\"\n")
    first, second = [q for q in analyzer.analyze(text, date="2024-02-14").quotes if q.kind == "speech"]
    assert (first.speaker, first.speaker_actor, first.cue, first.relay) == (
        "the spokesman of the Egyptian Foreign Ministry, Ahmed Abu Zeid", "Ahmed Abu Zeid", "assured",
        "statements to the press")
    assert first.content == "The negotiations are advancing in a positive way" and first.direct
    # Another country's spokesman is not the one who spoke before.
    assert (second.speaker, second.cue, second.source_country) == (
        "the spokesman of the Qatari ministry", "Declared", "QAT")
    assert second.speaker_actor != "Ahmed Abu Zeid"
    # A verb with its own subject keeps it: "He assured the minister that …".
    [plain] = analyzer.analyze("The envoy assured the minister that the talks would resume.", date="2024-02-14").quotes
    assert plain.speaker == "The envoy"


def test_names_with_military_titles_and_namesakes(analyzer: Analyzer) -> None:
    text = ("A spokesman for the army, Brig. Gen. Nabil Abdallah, told Reuters that the RSF had "
            "repeatedly violated previous truces.\n\n"
            "Atiya Abdallah, secretary of the doctors' union, said hospitals had no fuel. Abdallah "
            "added that staff had not been paid.\n")
    article = analyzer.analyze(text, date="2023-06-03")
    found = [(q.speaker, q.speaker_actor, q.source_type) for q in article.quotes if q.kind == "speech"]
    # "Brig." ends no sentence; a namesake is someone else; "Abdallah" is the one named last.
    assert found == [("A spokesman for the army, Brig. Gen. Nabil Abdallah", "Nabil Abdallah", "person"),
                     ("Atiya Abdallah, secretary of the doctors' union", "Atiya Abdallah", "person"),
                     ("Abdallah", "Atiya Abdallah", "person")]
    titled = analyzer.nlp.tokenizer("Lt. Col. Peter Lerner and Maj. Gen. Ali Ahmed spoke.")
    assert [t.text for t in titled][:2] == ["Lt.", "Col."] and "Maj." in [t.text for t in titled]
    people = {a.text: a.name for a in analyzer.analyze(
        "Nabil Abdallah spoke first. Later, Dr. Atiya Abdallah spoke.", date="2023-06-03").actors if a.kind == "person"}
    assert people["Atiya Abdallah"] == "Atiya Abdallah"
    # Titles are no first names: "Dr. Abdallah" and "President Biden" are the people named before.
    from dateline.actors import first_names_agree

    assert first_names_agree("Dr. Abdallah", "Atiya Abdallah") and first_names_agree("President Biden", "Joe Biden")
    assert not first_names_agree("Dr. Atiya Abdallah", "Nabil Abdallah")


def test_another_source_of_the_same_words_after_according_to(analyzer: Analyzer) -> None:
    found = quote(analyzer, "According to two people briefed on the talks, as well as a diplomat in the "
                            "region, the plan envisages a six-week pause.")
    assert (found.speaker, found.also_by, found.content) == (
        "two people briefed on the talks", ["a diplomat in the region"], "the plan envisages a six-week pause")
    assert (found.source_type, found.source_count) == ("anonymous", 2)


def test_the_official_is_the_official_named_before_not_the_last_person(analyzer: Analyzer) -> None:
    text = ("\"We will not sign an agreement that allows the war to resume,\" senior Hamas official "
            "Ziad al-Masri told Reuters.\n\n"
            "Israel's delegation was studying the response, an Israeli official said. The official said "
            "Israel had not received a final list of the hostages.\n")
    last = [q for q in analyzer.analyze(text, date="2025-03-05").quotes if q.kind == "speech"][-1]
    assert (last.speaker, last.source_country) == ("The official", "ISR")
    assert last.speaker_actor != "Ziad al-Masri"


def test_he_after_a_sentence_about_an_office_holder(analyzer: Analyzer) -> None:
    text = ("Israel's defence minister was blunt on Monday. \"We will not accept a deal that leaves "
            "our hostages behind,\" he told the Knesset.")
    [found] = analyzer.analyze(text, date="2024-03-05").quotes
    assert (found.speaker, found.source_type, found.source_country, found.relay) == ("he", "role", "ISR", "the Knesset")
    # Not when a person was named: "he" is the person.
    text = ("Defence Minister Yoav Gallant was blunt on Monday. \"We will not accept it,\" he told "
            "the Knesset.")
    [found] = analyzer.analyze(text, date="2024-03-05").quotes
    assert found.speaker_actor == "Yoav Gallant"


def test_his_words_are_the_person_named_before(analyzer: Analyzer) -> None:
    text = "Defence Minister Yoav Gallant spoke for an hour. In his words, the offensive will go on."
    [found] = analyzer.analyze(text, date="2024-03-05").quotes
    assert (found.speaker, found.speaker_actor, found.cue, found.content) == (
        "his", "Yoav Gallant", "In his words", "the offensive will go on")


def test_translated_wire_forms_of_sourcing(analyzer: Analyzer) -> None:
    text = (
        "Cairo, Mar 3 (EFE).- Egypt presented this Monday a new proposal to Hamas and Israel to "
        "extend the first phase of the truce by two weeks, as confirmed to Efe by a source close "
        "to the negotiations, who requested anonymity.\n\n"
        "The spokesman of the Egyptian Foreign Ministry, Tamim Khallaf, affirmed in a press "
        "conference that Cairo \"will not allow the collapse of the agreement\".\n\n"
        "The Islamist movement, for its part, considered that the offer \"ignores the demands of "
        "our people\", in the words of its spokesman Hazem Qasem, who warned that Israel is "
        "\"looking for excuses\".\n\n"
        "\"The ball is in their court,\" said a senior Israeli official to the Kan public "
        "broadcaster, while a senior adviser to the Prime Minister said the cabinet would meet.\n")
    found = {q.cue: q for q in analyzer.analyze(text, date="2025-03-03").quotes}
    # An "as" clause hung on an infinitive reports the sentence; the relative clause on the
    # source's affiliation is no part of it.
    confirmed = found["confirmed"]
    assert confirmed.content == ("Egypt presented this Monday a new proposal to Hamas and Israel to extend "
                                 "the first phase of the truce by two weeks")
    assert (confirmed.relay, confirmed.source_count, confirmed.source_affiliation) == (
        "Efe", 1, "close to the negotiations")
    # A that-clause the parser hung on the press conference as a relative clause.
    assert (found["affirmed"].content, found["affirmed"].relay) == (
        "Cairo \"will not allow the collapse of the agreement\"", "a press conference")
    # "in the words of X": X spoke for the subject, and is who "who" stands for.
    considered = found["considered"]
    assert (considered.content, considered.relay) == (
        "the offer \"ignores the demands of our people\"", "its spokesman Hazem Qasem")
    assert (found["warned"].speaker, found["warned"].speaker_actor) == ("who", "Hazem Qasem")
    # Whom the words went to is no part of a speaker named after the verb; whom an adviser
    # serves is.
    said = [(q.speaker, q.relay) for q in analyzer.analyze(text, date="2025-03-03").quotes if q.cue == "said"]
    assert said == [("a senior Israeli official", "the Kan public broadcaster"),
                    ("a senior adviser to the Prime Minister", None)]


def test_the_diplomat_him_and_he_after_a_body_are_the_person_named_before(analyzer: Analyzer) -> None:
    text = (
        "MOSCOW, April 2. /TASS/. Moscow is ready to host new consultations on Gaza, Russian "
        "Deputy Foreign Minister Mikhail Bogdanov told TASS on Wednesday.\n\n"
        "\"If the factions want to meet in Moscow, the doors are open,\" the diplomat said. "
        "According to him, Russia also keeps in touch with the mediators.\n\n"
        "Earlier, Kremlin spokesman Dmitry Peskov said that Moscow welcomed \"any steps toward "
        "calm.\" He noted, however, that the situation in the enclave remained \"catastrophic.\"\n")
    found = [(q.speaker, q.speaker_actor) for q in analyzer.analyze(text, date="2025-04-02").quotes
             if q.kind == "speech"]
    assert found == [
        ("Russian Deputy Foreign Minister Mikhail Bogdanov", "Mikhail Bogdanov"),
        ("the diplomat", "Mikhail Bogdanov"), ("him", "Mikhail Bogdanov"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"), ("He", "Dmitry Peskov")]


def test_a_document_an_outlet_saw_speaks_through_the_outlet(analyzer: Analyzer) -> None:
    text = ("A confidential U.N. report seen by Reuters said the paramilitary force had received "
            "weapons through Chad. Emails obtained by The Associated Press show the aide knew of the plan.")
    found = [(q.speaker, q.relay) for q in analyzer.analyze(text, date=DAY).quotes if q.kind == "speech"]
    assert found == [("A confidential U.N. report", "Reuters"), ("Emails", "The Associated Press")]
    # A resolution is no anonymous person; a possessive is no part of an affiliation.
    text = ("The council adopted a resolution demanding a halt to the siege. Russia's deputy U.N. "
            "envoy Dmitry Polyanskiy said Moscow had abstained.")
    found = {q.speaker: q for q in analyzer.analyze(text, date=DAY).quotes}
    assert found["a resolution"].source_type != "anonymous"
    assert "'s" not in (found["Russia's deputy U.N. envoy Dmitry Polyanskiy"].source_affiliation or "")


def test_speakers_translated_copy_puts_after_the_verb(analyzer: Analyzer) -> None:
    text = (
        "Jerusalem, Jan 20 (EFE).- The Government approved this Saturday the agreement of "
        "ceasefire in Gaza, after a meeting that extended until the dawn, reported the office "
        "of the prime minister in a communiqué.\n\n"
        "The agreement contemplates the liberation of 33 hostages in a first phase, according to "
        "explained a government spokesman.\n\n"
        "\"It is a difficult day, but a necessary one,\" assured in declarations to the public "
        "radio Kan the minister of Defense, Israel Katz, who specified that the army would stay ready.\n\n"
        "For its part, the Islamist group Hamas celebrated the approval.\n\n"
        "The also minister of National Security, Itamar Ben Gvir, announced his resignation.\n")
    found = {q.cue: q for q in analyzer.analyze(text, date="2025-01-20").quotes}
    # A speaker who names a person is that person, not the minister named before.
    assert found["announced"].speaker_actor == "Itamar Ben Gvir"
    assert "also" not in (found["announced"].source_affiliation or "")  # (translated "el también ministro")
    reported = found["reported"]
    assert (reported.speaker, reported.relay) == ("the office of the prime minister", "a communiqué")
    assert reported.content == ("The Government approved this Saturday the agreement of ceasefire in Gaza, "
                                "after a meeting that extended until the dawn")
    assert (found["according to"].speaker, found["according to"].content) == (
        "a government spokesman", "The agreement contemplates the liberation of 33 hostages in a first phase")
    assured = found["assured"]
    assert (assured.speaker, assured.speaker_actor, assured.content, assured.relay) == (
        "the minister of Defense, Israel Katz", "Israel Katz", "It is a difficult day, but a necessary one",
        "declarations to the public radio Kan")
    assert (found["specified"].speaker, found["specified"].speaker_actor) == ("who", "Israel Katz")
    # A group named with its name is that name, not the body before it.
    assert [q.speaker_actor for q in found.values() if q.speaker == "the Islamist group Hamas"] in ([], ["Hamas"])


def test_whose_officer_a_source_is(analyzer: Analyzer) -> None:
    # A body's spokesman "for" it is its own; an international body's officer "for" a
    # country serves it and is not of it.
    text = ("KHARTOUM, June 2 (Reuters) - \"We are ready,\" said a spokesman for the Israeli military. "
            "\"Time is running out,\" said Clementine Nkweta-Salami, the U.N. humanitarian coordinator for Sudan.")
    found = {q.speaker: q.source_country for q in analyzer.analyze(text, date=DAY).quotes if q.kind == "speech"}
    assert found == {"a spokesman for the Israeli military": "ISR",
                     "Clementine Nkweta-Salami, the U.N. humanitarian coordinator for Sudan": None}


def test_affiliation_stops_at_the_phrase_and_keeps_a_lone_participle(analyzer: Analyzer) -> None:
    # Translated copy the parser misreads: the verb after the phrase is no part of whose the
    # speakers are; "those detained" is one noun phrase. The "as" that opens the reporting
    # clause is no part of the content.
    text = ("Members of the families of those detained announced protests this Sunday in front of "
            "the court in Haifa, considering the delay of the government as an “abandonment” of "
            "their relatives, as they lamented in a statement.")
    found = {q.cue: q for q in analyzer.analyze(text, date="2025-03-02").quotes}
    assert found["announced"].source_affiliation == "of the families of those detained"
    assert found["lamented"].content.endswith("of their relatives")


def test_whom_a_source_is_close_to_is_not_the_source(analyzer: Analyzer) -> None:
    text = ("Energy Minister Mark Green said the plant would reopen. Sources close to Green said he "
            "would resign. A spokesman for Green said the minister was at home.")
    found = {q.speaker: q.speaker_actor for q in analyzer.analyze(text, date=DAY).quotes}
    assert found["Sources close to Green"] is None
    assert found["A spokesman for Green"] == "Mark Green"  # (who speaks for him)


def test_translated_copy_names_the_body_and_its_text_after_the_verb(analyzer: Analyzer) -> None:
    text = ("Ramallah, 9 mar (EFE).- The Palestinian movement Fatah conveyed this Saturday to the "
            "Egyptian mediators its rejection of the plan of reconstruction, informed the movement in "
            "a short communiqué, while Hamas assured that the plan is \"acceptable\".\n\n"
            "\"The delegation of the movement met with the director of Intelligence of Egypt, to whom "
            "it explained the reasons of the refusal,\" indicated the text.\n")
    found = {q.cue: q for q in analyzer.analyze(text, date="2025-03-09").quotes}
    informed = found["informed"]
    assert (informed.speaker, informed.speaker_actor, informed.relay) == ("the movement", "Fatah", "a short communiqué")
    assert informed.content.startswith("The Palestinian movement Fatah conveyed")
    assert found["assured"].speaker == "Hamas"
    # The text speaks for whoever issued it.
    indicated = found["indicated"]
    assert (indicated.speaker, indicated.speaker_actor, indicated.direct) == ("the text", "Fatah", True)


def test_a_possessive_speaker_is_whose_it_is(analyzer: Analyzer) -> None:
    text = ("Israeli Prime Minister Benjamin Netanyahu ruled out a pause on Sunday. His office "
            "declined to comment on the proposal. The army said it had killed 12 fighters. Its "
            "spokesman said the operation was over.")
    found = {q.speaker: q for q in analyzer.analyze(text, date=DAY).quotes}
    assert (found["His office"].speaker_actor, found["His office"].source_country) == ("Benjamin Netanyahu", "ISR")
    # "its" is a body's, not a group of people's ("12 fighters").
    assert found["Its spokesman"].speaker_actor == found["The army"].speaker_actor is not None


def test_who_quoted_a_speaker_and_insiders_are_no_public(analyzer: Analyzer) -> None:
    text = ("Kremlin spokesman Dmitry Peskov, quoted by the state news agency RIA Novosti, said "
            "Moscow had not yet received the plan. Two people familiar with the matter told Reuters "
            "that the plan was drafted in Riyadh.")
    found = {q.speaker: q for q in analyzer.analyze(text, date=DAY).quotes}
    assert found["Kremlin spokesman Dmitry Peskov"].relay == "the state news agency RIA Novosti"
    insiders = found["Two people familiar with the matter"]
    assert (insiders.speaker_actor, insiders.source_count, insiders.relay) == (None, 2, "Reuters")


def test_translated_copy_reports_through_what_was_reported_and_as_informed(analyzer: Analyzer) -> None:
    text = ("Amman, 2 jun (EFE).- The Jordanian Government announced this Sunday that it will host a new "
            "round of talks on the crossings, according to what was reported by the state agency Petra.\n\n"
            "At least 12 people, among them three minors, died this Sunday in bombings against the north "
            "of the Strip, as informed the Civil Defense of Gaza.\n")
    analysed = analyzer.analyze(text, date="2024-06-02")
    found = {q.cue: q for q in analysed.quotes}
    announced = found["announced"]
    assert (announced.relay, announced.source_country, announced.source_affiliation) == (
        "the state agency Petra", "JOR", None)
    assert found["informed"].speaker == "the Civil Defense of Gaza"
    assert found["informed"].content.startswith("At least 12 people, among them three minors, died")
    people, minors = [(q.text, q.part_of) for q in analysed.quantities if q.kind == "count"]
    assert people == ("At least 12 people", None) and minors == ("three minors", 0)


def test_where_an_envoy_is_posted_is_not_whose_the_envoy_is(analyzer: Analyzer) -> None:
    text = ("The UN envoy to Yemen said talks would resume. The Kingdom's ambassador to Sudan, Ahmed "
            "Al-Rashid, said the coalition remained committed.")
    found = {q.speaker: q for q in analyzer.analyze(text, date=DAY).quotes}
    assert found["The UN envoy to Yemen"].speaker_actor == "United Nations"
    assert found["The Kingdom's ambassador to Sudan, Ahmed Al-Rashid"].source_country != "SDN"


def test_a_name_again_is_not_the_second_of_two_named_together(analyzer: Analyzer) -> None:
    text = ("Israel and Hamas agree to extend truce by two days\n\n"
            "Israel and Hamas agreed on Monday to extend the truce, Qatar's Foreign Ministry said.\n\n"
            "Hamas confirmed the extension.\n")
    found = {q.speaker: q.speaker_actor for q in analyzer.analyze(text, date="2023-11-27").quotes}
    assert found["Hamas"] == "Hamas"  # (not Israel, the first of "Israel and Hamas" in the headline)


def test_the_office_of_the_prime_minister_as_translated_copy_names_it(analyzer: Analyzer) -> None:
    text = ("Jerusalem, 22 nov (EFE).- The Israeli Government approved the agreement with Hamas, as "
            "reported the office of the prime minister in a communiqué.\n")
    [found] = analyzer.analyze(text, date="2023-11-22").quotes
    assert (found.speaker, found.source_country, found.relay) == (
        "the office of the prime minister", "ISR", "a communiqué")
    # The text it put out speaks for it, and so does the text's relative clause.
    text += ("\n“The Government is committed to return home all the hostages,” indicated the text, which "
             "added that the truce could be extended.\n")
    found = [(q.speaker, q.speaker_actor) for q in analyzer.analyze(text, date="2023-11-22").quotes]
    assert found[1:] == [("the text", "Israel"), ("which", "Israel")]


def test_an_office_is_not_the_state_of_an_earlier_paragraph(analyzer: Analyzer) -> None:
    # US officials are named a paragraph before; the prime minister's office of a JERUSALEM
    # story is Israel's, as the dateline says, not theirs.
    text = ("JERUSALEM (AP) — US officials said on Monday that the talks in Doha had made progress.\n\n"
            "The prime minister's office said in a statement that the delegation would return to "
            "Qatar on Wednesday.\n")
    found = {q.speaker: q.source_country for q in analyzer.analyze(text, date="2024-03-04").quotes}
    assert found == {"US officials": "USA", "The prime minister's office": "ISR"}
    # In its own paragraph, the state named before it is still its own.
    text = "Egypt's mediators met both delegations. The presidency said in a statement that talks would resume.\n"
    found = {q.speaker: q.source_country for q in analyzer.analyze(text, date="2024-03-04").quotes}
    assert found["The presidency"] == "EGY"


def test_the_diplomat_is_the_diplomatic_office_holder_named_before(analyzer: Analyzer) -> None:
    text = ("MOSCOW, January 31. /TASS/. Russian Deputy Foreign Minister Mikhail Bogdanov met a Hamas "
            "delegation on Wednesday, the ministry said.\n\n"
            "According to the diplomat, Moscow maintains contacts with all parties to the conflict.\n")
    found = {q.speaker: (q.speaker_actor, q.source_country, q.source_type)
             for q in analyzer.analyze(text, date="2024-01-31").quotes}
    assert found["the diplomat"] == ("Mikhail Bogdanov", "RUS", "person")


def test_a_name_after_an_outlet_noun_is_an_organisation() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure", "actors", "attribution"])
    # (the recogniser takes "Kan" for a person's name here)
    doc = nlp("The Israeli cabinet rejected the last proposal of the mediators, as reported on Monday by "
              "the public broadcaster Kan.")
    quote = next(q for q in doc._.quotes if q.cue == "reported")
    assert (quote.speaker, quote.source_type) == ("the public broadcaster Kan", "organisation")


def test_a_phrase_after_a_comma_is_no_relay() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure", "attribution"])
    doc = nlp("The two sides agreed to meet in Muscat next week, two officials said on Monday, the first "
              "direct contact between them in ten months.")
    (quote,) = doc._.quotes
    assert quote.relay is None
    doc = nlp("The two sides will meet in Muscat next week, a senior official told Reuters.")
    assert [q.relay for q in doc._.quotes] == ["Reuters"]


def test_a_relay_keeps_its_closing_mark() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure", "actors", "attribution"])
    text = ('For his part, the Secretary General of the PLO Executive Committee Hussein al-Sheikh, said in a '
            'post on the platform "X", that "the world must act now before it is too late".')
    (quote,) = nlp(text)._.quotes
    assert quote.relay == 'a post on the platform "X"'
    assert text[quote.relay_start:quote.relay_end] == quote.relay


def test_a_speaker_never_cuts_a_name_in_two(analyzer: Analyzer) -> None:
    # (the parser split the forum's name at its "and", after an opening phrase)
    found = quote(analyzer, "In a post on X, the Hostages and Missing Families Forum said the cabinet must "
                            "approve the deal.")
    assert (found.speaker, found.speaker_actor, found.source_country) == (
        "Hostages and Missing Families Forum", "Hostages and Missing Families Forum", "ISR")


def test_an_envoy_of_a_body_has_the_bodys_profile_not_the_storys_country(analyzer: Analyzer) -> None:
    # (the dateline's country is where the story was filed, not whose envoy he is)
    article = analyzer.analyze("ADDIS ABABA, Nov 3 (Reuters) - AU envoy Olusegun Obasanjo said the war had "
                               "killed 600,000 people.", date="2024-11-03")
    (envoy,) = [a for a in article.actors if a.kind == "person"]
    assert (envoy.name, envoy.country, envoy.sector) == ("Olusegun Obasanjo", None, "igo")


def test_translated_and_unnamed_bodies_keep_their_profile(analyzer: Analyzer) -> None:
    # (translated "una fuente de la seguridad egipcia": the affiliation, not its grammar)
    found = quote(analyzer, "The mediators intensified their contacts with both sides, reported to EFE a source "
                            "of the Egyptian security.")
    assert (found.source_type, found.source_count, found.source_country, found.source_affiliation) == (
        "anonymous", 1, "EGY", "security")
    # (a body the recogniser does not know, named by its capitalised words and a body's noun)
    assert quote(analyzer, "The Emergency Lawyers group said in a statement that fighters stormed two "
                           "villages.").source_type == "organisation"
    # (a rank before a name the recogniser took for a work of art)
    found = quote(analyzer, '"We need to stay there for now," Lieutenant Colonel Nadav Shoshani told reporters.')
    assert (found.source_type, found.speaker_actor) == ("person", "Nadav Shoshani")


def test_two_titles_of_one_person(analyzer: Analyzer) -> None:
    found = quote(analyzer, "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar said the ceasefire "
                            "would hold.")
    assert (found.source_type, found.speaker_actor, found.source_country) == ("person", "Ishaq Dar", "PAK")


def test_whom_the_source_spoke_to_is_the_relay_when_it_is_an_outlet(analyzer: Analyzer) -> None:
    found = quote(analyzer, "An Israeli official, who spoke to AFP on condition of anonymity, said Israel had "
                            "received a list of hostages.")
    assert (found.speaker, found.relay) == ("An Israeli official", "AFP")
    found = quote(analyzer, "A diplomat, speaking to Reuters, said talks would resume.")
    assert found.relay == "Reuters"
    # An audience is no outlet.
    found = quote(analyzer, "Clinton, who was speaking to the US Conference of Mayors, said talks would resume.")
    assert found.relay is None


def test_the_medium_of_a_stance_is_its_relay_not_what_it_is_about(analyzer: Analyzer) -> None:
    article = analyzer.analyze("Hamas confirmed the extension in a statement. Clinton blamed the attack on "
                               "an anti-Islamic video.", date=DAY)
    stances = {q.cue: (q.content, q.relay) for q in article.quotes if q.kind == "stance"}
    assert stances["confirmed"] == ("the extension", "a statement")
    assert stances["blamed"] == ("the attack on an anti-Islamic video", None)


def test_a_title_before_the_name_the_parser_hung_on_the_clause_is_the_speakers(analyzer: Analyzer) -> None:
    # (as TASS writes it, with no article before the title)
    found = quote(analyzer, "Russia and Ukraine have agreed to exchange 1,000 prisoners of war each, head of the "
                            "Russian delegation Vladimir Medinsky told reporters after the talks in Istanbul.")
    assert found.content == "Russia and Ukraine have agreed to exchange 1,000 prisoners of war each"
    assert (found.speaker, found.speaker_actor) == ("head of the Russian delegation Vladimir Medinsky",
                                                    "Vladimir Medinsky")
    assert (found.source_type, found.source_country, found.relay) == ("person", "RUS", "reporters")
    found = quote(analyzer, "Talks will resume on Monday, a spokesman for the ministry, Ahmed Fahmy, said.")
    assert (found.content, found.speaker) == ("Talks will resume on Monday", "a spokesman for the ministry, Ahmed Fahmy")
    # A title that is no speaker's stays in what was said.
    found = quote(analyzer, "The talks ended without a deal, the head of the delegation said.")
    assert found.content == "The talks ended without a deal"


def test_an_outlet_that_cites_a_figure_is_named_without_what_is_said_of_it(analyzer: Analyzer) -> None:
    text = ("More than 6,000 Ukrainian servicemen remain in captivity, according to estimates cited by the "
            "Mediazona outlet, which could not be independently verified.")
    assert quote(analyzer, text).relay == "the Mediazona outlet"


def test_an_office_is_no_he_the_person_it_reported_on_is(analyzer: Analyzer) -> None:
    text = ("Egyptian Foreign Minister Badr Abdelatty stressed Egypt's support for Sudan's unity, the ministry "
            "said in a statement. He also called on donors to increase humanitarian aid.")
    called = next(q for q in analyzer.analyze(text, date=DAY).quotes if q.cue and "called" in q.cue)
    assert (called.speaker, called.speaker_actor, called.source_country) == ("He", "Badr Abdelatty", "EGY")


def test_according_to_closing_two_joined_verbs_reports_both(analyzer: Analyzer) -> None:
    text = ("The war between the Sudanese army and the RSF has killed tens of thousands of people and "
            "displaced more than 12 million, according to UN figures.\n")
    assert quote(analyzer, text).content == ("The war between the Sudanese army and the RSF has killed tens of "
                                             "thousands of people and displaced more than 12 million")


def test_an_outlet_named_after_a_closing_inform_is_the_source(analyzer: Analyzer) -> None:
    # (translated copy's "…, informó el diario X")
    found = quote(analyzer, "The Israeli Government did not send its delegation to Cairo, informed the newspaper "
                            "The Times of Israel.")
    assert (found.speaker, found.content) == ("the newspaper The Times of Israel",
                                              "The Israeli Government did not send its delegation to Cairo")
    # Whom a source told stays the one told.
    found = quote(analyzer, "The talks are stalled, a source told the newspaper Haaretz.")
    assert (found.speaker, found.relay) == ("a source", "the newspaper Haaretz")


def test_kin_and_the_other_of_two_sources_are_unnamed_people(analyzer: Analyzer) -> None:
    # (a relative speaks for himself: not the one the possessive names, nor an organisation)
    uncle = quote(analyzer, "A 9-year-old boy, Yusuf, was among the dead, his uncle said.")
    assert (uncle.speaker_actor, uncle.source_type, uncle.source_count) == (None, "anonymous", 1)
    mother = quote(analyzer, "Yusuf Haddad was killed on his way to school, Yusuf's mother told reporters.")
    assert (mother.speaker_actor, mother.source_type) == (None, "anonymous")
    # (but a spokesman speaks for the one he serves)
    spokesman = quote(analyzer, "Yusuf Haddad met the envoy on Monday, his spokesman said.")
    assert spokesman.speaker_actor == "Yusuf Haddad"
    # "The other" of two sources, and "One" of several, are one unnamed person each
    article = analyzer.analyze("One of the sources said the talks had failed. The other said they would resume "
                               "next week.", date=DAY)
    assert [(q.speaker, q.source_type, q.source_count) for q in article.quotes] == [
        ("One of the sources", "anonymous", 1), ("The other", "anonymous", 1)]


def test_the_two_sides_are_the_states_last_named_standing_by_included(analyzer: Analyzer) -> None:
    # ("stand by Syria" names a party; only a passive's "by" names a go-between)
    article = analyzer.analyze("Foreign Minister Faisal Mekdad met his Iranian counterpart in Damascus on Tuesday. "
                               "The Iranian minister stressed his country's stand by Syria, noting that the two sides "
                               "discussed the latest developments in the region.", date=DAY)
    discussed = next(q for q in article.quotes if q.speaker == "the two sides")
    assert discussed.speaker_actor in ("Iran", "Syria")


def test_who_after_a_place_is_the_people_before_it_and_a_rank_is_no_owner(analyzer: Analyzer) -> None:
    # ("medics at the Kuwaiti hospital, who said …": the medics speak, not the hospital)
    article = analyzer.analyze("At least 67 people were killed in strikes on Rafah overnight, according to medics "
                               "at the Kuwaiti hospital, who said children were among the dead.", date=DAY)
    who = next(q for q in article.quotes if q.speaker == "who")
    assert (who.speaker_actor, who.source_type) == ("medics", "anonymous")
    # ("Senior Hamas official …": a rank before the body whose official he is)
    found = quote(analyzer, "Senior Hamas official Sami Abu Zuhri told Reuters the group would not release captives.")
    assert (found.speaker_actor, found.source_country) == ("Sami Abu Zuhri", "PSE")


def test_a_ministry_of_the_gazan_enclave_is_palestinian(analyzer: Analyzer) -> None:
    found = quote(analyzer, "At least 28,340 Palestinians have died in Gaza, according to the latest balance of "
                            "the Ministry of Health of the Gazan enclave.")
    assert found.source_country == "PSE"
