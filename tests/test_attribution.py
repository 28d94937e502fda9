"""Attribution layer: direct and reported quotes, speakers, cues, messy quotation marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dateline.attribution import extract_quotes, find_quotations, load_cues
from dateline.model import Actor, Paragraph, Quote
from dateline.pipeline import Analyzer, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    # These tests pin the rules; what the learned cues add to them is test_cues.py's.
    pipeline = load_pipeline(layers=["structure", "attribution"])
    pipeline.get_pipe("attribution").model = None
    return pipeline


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    found: list[Quote] = doc._.quotes
    for quote in found:
        # Offsets always point into the text.
        assert text[quote.start : quote.end] == quote.content
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker
        if quote.cue_start is not None and quote.cue_end is not None:
            assert text[quote.cue_start : quote.cue_end].split()[0] == (quote.cue or "").split()[0]
    return [q for q in found if q.kind == "speech"]  # stances: test_stances


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


# --------------------------------------------------------------------------------------
# direct quotes


def test_direct_quotes_with_said_in_a_statement_and_he_added(nlp: Language) -> None:
    text = (
        "“We have restored power to most of the eastern districts. Repairs in the south will "
        "take longer,” the regional governor said in a statement on Tuesday. “Nobody will "
        "spend the winter without heating,” she added."
    )
    first, second = quotes_of(nlp, text)
    # A quotation spanning two sentences is one quote.
    assert first.content.startswith("We have restored power")
    assert first.content.endswith("will take longer")
    assert (first.direct, first.speaker, first.cue) == (True, "the regional governor", "said")
    assert second.content == "Nobody will spend the winter without heating"
    assert (second.direct, second.speaker, second.cue) == (True, "she", "added")
    # The pronoun resolves to the speaker before it.
    assert second.speaker_actor == "the regional governor"


def test_coordinated_speakers_are_the_first_named(analyzer: Analyzer) -> None:
    text = ("The State of Qatar, the Arab Republic of Egypt and the United States of America affirmed in a "
            "joint statement issued on Friday that the two days of negotiations in Doha were serious.")
    (quote,) = [q for q in analyzer.analyze(text, date="2024-08-16").quotes if q.kind == "speech"]
    assert (quote.speaker_actor, quote.source_country, quote.relay) == ("Qatar", "QAT", "a joint statement")


def test_he_after_a_name_the_tagger_read_as_plural(analyzer: Analyzer) -> None:
    # ("Guterres", tagged NNPS for its final -s, is one person)
    text = ("Guterres said 25 million people needed aid.\n\n"
            "“The people of Sudan have suffered enough,” he said.")
    quotes = analyzer.analyze(text, date="2024-03-29").quotes
    assert [(q.speaker, q.speaker_actor) for q in quotes] == [
        ("Guterres", "Antonio Guterres"), ("he", "Antonio Guterres")]


def test_quote_paragraph_without_cue_continues_the_previous_speaker(nlp: Language) -> None:
    text = (
        "“The harvest is lost,” the farmers' union chairman told the agency on Monday.\n\n"
        "“Without help from the state, hundreds of families will leave the valley this year.”"
    )
    first, second = quotes_of(nlp, text)
    assert first.cue == "told"
    assert second.content.startswith("Without help from the state")
    assert second.direct and second.cue is None
    assert second.speaker == "the farmers' union chairman"
    # A short sentence goes on too; a scare-quoted phrase does not.
    text = "“We won't accept it,” the minister said. “It's a trap.” Critics called it “a gift.”"
    assert [(q.speaker, q.content) for q in quotes_of(nlp, text)] == [
        ("the minister", "We won't accept it"), ("the minister", "It's a trap")]


def test_inverted_cue_and_colon_cue(nlp: Language) -> None:
    inverted = only(quotes_of(nlp, "“The talks are over,” said the union leader, Maria Costa."))
    assert inverted.content == "The talks are over"
    assert inverted.speaker is not None and "Maria Costa" in inverted.speaker
    colon = only(quotes_of(nlp, "The spokesman said: “We will not negotiate under fire.”"))
    assert colon.direct and colon.speaker == "The spokesman" and colon.cue == "said"
    assert colon.content.startswith("We will not negotiate under fire")


def test_closing_mark_written_as_opening_mark(nlp: Language) -> None:
    # Machine translation mirrors marks: the closing one comes out as “ before the comma.
    text = (
        "Negotiators described the talks as “constructive” and conducted in a “frank” "
        "manner“, two diplomats told AFP."
    )
    quote = only(quotes_of(nlp, text))
    assert quote.direct and quote.cue == "told"
    assert quote.speaker == "two diplomats"
    assert "constructive" in quote.content


def test_mismatched_marks_around_a_complement(nlp: Language) -> None:
    quote = only(quotes_of(nlp, "The mayor said ”the bridge will reopen on Friday“."))
    assert quote.direct and quote.content == "the bridge will reopen on Friday"
    assert quote.speaker == "The mayor"


def test_quote_opening_a_that_clause_is_one_direct_quote(nlp: Language) -> None:
    text = "Officials stated that “the border will stay closed“and that aid would be rerouted."
    quote = only(quotes_of(nlp, text))
    assert quote.direct and quote.cue == "stated" and quote.speaker == "Officials"
    assert quote.content == "the border will stay closed"


def test_said_inside_a_quotation_is_not_a_quote(nlp: Language) -> None:
    text = "“The minister said we would be paid, but nothing came,” one farmer told the agency."
    quote = only(quotes_of(nlp, text))
    assert quote.speaker == "one farmer" and quote.cue == "told"
    assert quote.content.startswith("The minister said")


def test_unattributed_scare_quotes_are_not_quotes(nlp: Language) -> None:
    text = (
        "Farmers announced protests in front of the parliament on Thursday. The president "
        "agreed to continue the “intensive coordination” with his neighbours."
    )
    assert quotes_of(nlp, text) == []


# --------------------------------------------------------------------------------------
# reported speech


def test_reported_speech_with_that_clause(nlp: Language) -> None:
    text = (
        "Health Minister Karim Haddad stated that three field hospitals would open in the coming "
        "days. The ministry told reporters that the convoy had been delayed at the border."
    )
    first, second = quotes_of(nlp, text)
    assert (first.direct, first.speaker, first.cue) == (
        False,
        "Health Minister Karim Haddad",
        "stated",
    )
    assert first.content == "three field hospitals would open in the coming days"
    assert (second.speaker, second.cue) == ("The ministry", "told")
    assert second.content == "the convoy had been delayed at the border"


def test_phrasal_cue_and_partial_quote_stay_reported(nlp: Language) -> None:
    text = (
        "Police pointed out that the march was “peaceful until the very end” despite the arrests."
    )
    quote = only(quotes_of(nlp, text))
    assert quote.cue == "pointed out" and quote.speaker == "Police"
    # A partial quotation inside reported speech does not make a second (direct) quote.
    assert not quote.direct
    assert quote.content.startswith("the march was")


def test_clause_then_source_informed_agency(nlp: Language) -> None:
    text = (
        "Rescue teams pulled two survivors from the rubble overnight, civil defence officials "
        "informed Reuters."
    )
    quote = only(quotes_of(nlp, text))
    assert (quote.direct, quote.speaker, quote.cue) == (
        False,
        "civil defence officials",
        "informed",
    )
    assert quote.content == "Rescue teams pulled two survivors from the rubble overnight"


def test_the_writers_without_giving_details_is_no_part_of_what_was_said(nlp: Language) -> None:
    text = ("The army said in a statement that its jets struck 35 targets overnight, including "
            "weapons depots, without providing further details. The office indicated in a brief "
            "note that the delegation would travel to Cairo on Tuesday, without giving more details.")
    assert [q.content for q in quotes_of(nlp, text)] == [
        "its jets struck 35 targets overnight, including weapons depots",
        "the delegation would travel to Cairo on Tuesday"]
    # What the source says was done without something stays.
    assert [q.content for q in quotes_of(nlp, "The minister said the troops would leave without firing a shot.")] == [
        "the troops would leave without firing a shot"]


def test_according_to_before_and_after(nlp: Language) -> None:
    text = (
        "According to the coast guard, the boat was carrying about 60 people. The ferry had "
        "been overloaded, according to port authorities."
    )
    front, back = quotes_of(nlp, text)
    assert front.speaker == "the coast guard" and front.cue == "According to"
    assert front.content == "the boat was carrying about 60 people"
    assert back.speaker == "port authorities" and back.cue == "according to"
    assert back.content == "The ferry had been overloaded"
    assert not front.direct and not back.direct
    # After a participle that closes its sentence: the whole sentence.
    text = "The index plunged in minutes, wiping out $136 billion in market value, according to Bloomberg."
    assert said_of(nlp, text) == [
        ("Bloomberg", "according to", "The index plunged in minutes, wiping out $136 billion in market value")]
    # Hung by the parser on a participle that is no clause of its own: the sentence's.
    text = ("Before the final contests in June, Okafor leads Bello by 271 pledged delegates according to "
            "a count by the electoral commission, but the challenger has promised to fight on.")
    assert next((q.cue, q.content) for q in quotes_of(nlp, text)) == (
        "according to", "Before the final contests in June, Okafor leads Bello by 271 pledged delegates")
    # A noun the tagger took for a verb starts the source ("according to show insiders").
    text = "The host mocked the contestants on air, according to show insiders."
    assert [(q.speaker, q.content) for q in quotes_of(nlp, text)] == [
        ("insiders", "The host mocked the contestants on air")]


def test_a_second_verb_whose_subject_the_parser_left_in_the_first_clause(nlp: Language) -> None:
    text = ("The health ministry says more than 30,000 Palestinians have been killed since October, "
            "and nearly 1.7 million people, or three quarters of the population, have been displaced.")
    said = [q for q in quotes_of(nlp, text) if q.cue == "says"]
    assert [q.content for q in said] == [text[len("The health ministry says "):-1]]
    # Two clauses with subjects of their own stay two things said.
    text = "The minister said the crossing would open on Monday and that aid trucks would follow."
    said = [q.content for q in quotes_of(nlp, text) if q.cue == "said"]
    assert said and all("aid trucks would follow" not in c or "crossing" in c for c in said)


def test_denied_and_adding_that(nlp: Language) -> None:
    text = (
        "The army denied that its troops had entered the village, adding that an inquiry "
        "would be opened."
    )
    denied, adding = quotes_of(nlp, text)
    assert denied.cue == "denied" and denied.content == "its troops had entered the village"
    # The participle shares the subject of the verb it hangs from.
    assert adding.cue == "adding" and adding.speaker == "The army"
    assert adding.content == "an inquiry would be opened"


def test_second_source_for_the_same_content_is_not_a_second_quote(nlp: Language) -> None:
    text = "The strike hit a school, witnesses told the agency and as also reported by local radio."
    quote = only(quotes_of(nlp, text))
    assert quote.speaker == "witnesses" and quote.cue == "told"
    # ... but it is kept as another source of the same words.
    assert quote.also_by == ["local radio"]
    text = "The talks were positive, officials in Cairo told Reuters, a view also expressed by Qatar's foreign ministry."
    assert only(quotes_of(nlp, text)).also_by == ["Qatar's foreign ministry"]
    # What the object had from someone else is no second source of the stance.
    found = [q for q in nlp("Israel rejected the amendments proposed by Hamas to the plan.")._.quotes
             if q.cue == "rejected"]
    assert [q.also_by for q in found] == [[]]
    text = "The ceasefire will start on Sunday, Egyptian sources said, as did Al Jazeera."
    quote = only(quotes_of(nlp, text))
    assert (quote.content, quote.also_by) == ("The ceasefire will start on Sunday", ["Al Jazeera"])
    # An outlet that heard the source is the relay; an "according to" another outlet
    # closing the sentence gives the same words too, it does not replace the first.
    text = ("Two Jordanian officials told Reuters on Monday that the convoy had been turned back at the border, "
            "according to Al Arabiya.")
    quote = next(q for q in quotes_of(nlp, text) if q.cue == "told")
    assert (quote.relay, quote.also_by) == ("Reuters", ["Al Arabiya"])
    assert quote.content == "the convoy had been turned back at the border"


def test_a_source_the_parser_hung_on_the_clause_before_a_heading_cue(nlp: Language) -> None:
    # (the cue heads the sentence, the words said are its complement, and the source is an
    # apposition of that complement's last noun)
    text = ("Jordan will host a second round of talks on the water dispute in Amman, an official familiar "
            "with the mediation told Reuters, as pressure mounts on both sides.")
    quote = only(quotes_of(nlp, text))
    assert (quote.speaker, quote.cue, quote.relay) == ("an official familiar with the mediation", "told", "Reuters")
    assert quote.content == "Jordan will host a second round of talks on the water dispute in Amman"
    assert (quote.source_type, quote.source_count) == ("anonymous", 1)


def test_a_participle_the_parser_read_as_a_verb_of_saying_is_none(nlp: Language) -> None:
    # (set off by commas, with its agent: the plan says nothing, and the source after the
    # sentence reports all of it)
    text = ("The plan, agreed on Monday by the heads of Omani and Jordanian intelligence with Yemeni officials, "
            "provides for a ten-day truce, according to two diplomats briefed on the talks.")
    quote = only(quotes_of(nlp, text))
    assert (quote.speaker, quote.cue) == ("two diplomats briefed on the talks", "according to")
    assert quote.content.startswith("The plan, agreed on Monday") and quote.content.endswith("ten-day truce")
    # an opening participle's clause is not what the speaker said
    text = "Speaking hours after Secretary of State Lena Ortiz met him in Amman, the king said a deal was within reach."
    quote = only(quotes_of(nlp, text))
    assert (quote.speaker, quote.content) == ("the king", "a deal was within reach")


def test_a_subject_the_parser_read_as_a_verb_stays_in_one_content(nlp: Language) -> None:
    # ("that" read as the subject of "talks", the rest of the clause a second complement)
    for text, content in (
            (("The foreign minister said on Monday that talks on a prisoner swap and the reopening of the "
              "crossing had stalled."),
             "talks on a prisoner swap and the reopening of the crossing had stalled"),
            (("Egypt's intelligence chief said on Tuesday that talks on a ceasefire in Sudan and the return "
              "of refugees had made little progress."),
             "talks on a ceasefire in Sudan and the return of refugees had made little progress")):
        assert [q.content for q in quotes_of(nlp, text)] == [content]
    # (but "that" is a subject of its own before a verb that is one)
    text = "I think that's really important -- that we give them that stability."
    assert quotes_of(nlp, text)[0].content == "that's really important"


def test_it_in_a_relative_clause_is_the_body_that_is_the_subject_above(analyzer: Analyzer) -> None:
    text = ("The Jordanian foreign ministry held the Syrian government responsible for the escalation, "
            "which it said would lead to a wider war.")
    quote = only([q for q in analyzer.analyze(text, date="2025-03-05").quotes if q.cue == "said"])
    assert (quote.speaker, quote.speaker_actor) == ("it", "Jordan")
    # (and the body named last, where no body is the subject above)
    text = "Washington sanctioned four tankers that it said had carried Iranian oil."
    assert only([q for q in analyzer.analyze(text, date="2025-03-05").quotes if q.cue == "said"]).speaker_actor \
        == "United States"


def test_parenthetical_cue_attributes_the_clause_around_it(nlp: Language) -> None:
    quote = only(quotes_of(nlp, "The latest test, the ministry said, was its biggest yet."))
    assert (quote.direct, quote.speaker, quote.cue) == (False, "the ministry", "said")
    assert quote.content.startswith("The latest test") and quote.content.endswith("biggest yet")
    # A clause joined after the cue with "and" or "but" is the writer's own addition.
    joined = ("Crews cannot reach three villages, local officials said, and 200 families are "
              "sheltering in schools.")
    for text in (joined, "The talks are at a critical stage, a diplomat said, but no date has been set."):
        quote = only(quotes_of(nlp, text))
        assert quote.content in ("Crews cannot reach three villages", "The talks are at a critical stage")


def test_quotation_broken_by_its_cue_is_one_quote_from_first_half_to_last(nlp: Language) -> None:
    # (one content, the cue inside, as PolNeAR marks it; the second half was once a quote of
    # its own when it had a verb, and lost when it had none: "to talk to anyone …")
    quote = only(quotes_of(nlp, "“We are ready,” he said, “and we will not wait.”"))
    assert quote.content == "We are ready,” he said, “and we will not wait" and quote.cue == "said"
    text = ('"We are ready," the foreign minister said on Tuesday, "to talk to anyone who wants '
            'peace." Hamas said it would study the plan.')
    first, second = quotes_of(nlp, text)
    assert first.content.endswith("to talk to anyone who wants peace") and first.speaker == "the foreign minister"
    assert second.content == "it would study the plan"
    # (a participle describing the medium between the halves is no cue of its own)
    quote = only(quotes_of(nlp, '"We will not sign," the premier said in a televised address, "any deal that '
                                'leaves the group in power."'))
    assert quote.content.endswith("any deal that leaves the group in power") and quote.relay == "a televised address"


def test_quoted_title_before_the_speaker_is_not_a_quote(nlp: Language) -> None:
    text = (
        "In an interview on the programme “Morning Report,” Finance Minister Lena Holm said "
        "the budget would be balanced by next year."
    )
    quote = only(quotes_of(nlp, text))
    assert not quote.direct and quote.content == "the budget would be balanced by next year"
    # A sentence-initial bare phrase is not reported speech either.
    assert quotes_of(nlp, "In a newspaper essay last week, the senator acknowledged.") == []


# --------------------------------------------------------------------------------------
# paragraphs, actors, lexicon


def test_non_body_paragraphs_are_skipped() -> None:
    nlp = load_pipeline(layers=["attribution"])
    text = "“We will rebuild every school,” the governor said."
    doc = nlp(text)
    assert len(doc._.quotes) == 1
    doc._.paragraphs = [Paragraph(0, 0, len(text), "caption", text, "test")]
    assert extract_quotes(doc) == []


def test_speaker_actor_comes_from_the_actors_layer() -> None:
    nlp = load_pipeline(layers=["attribution"])
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", default=None)
    text = "Greek Prime Minister Eleni Markou stated that the ferry strike would end soon."
    doc = nlp(text)
    greek = text.index("Greek")
    name = text.index("Eleni")
    doc._.actors = [
        Actor(greek, greek + 5, "Greek", "Greece", "state", "GRC"),
        Actor(name, name + 12, "Eleni Markou", "Eleni Markou", "person", "GRC"),
    ]
    quote = only(extract_quotes(doc))
    assert quote.speaker == "Greek Prime Minister Eleni Markou"
    assert quote.speaker_actor == "Eleni Markou"


def test_cue_lexicon_can_be_extended(tmp_path: Path) -> None:
    path = tmp_path / "cues.csv"
    path.write_text("lemma,particle,that_clause,to_clause,source\ngrumble,,yes,no,test\n", "utf-8")
    lexicon = load_cues(str(path))
    nlp = load_pipeline(layers=["structure"])
    doc = nlp("Shopkeepers grumbled that the new tax would ruin them.")
    quote = only(extract_quotes(doc, lexicon))
    assert quote.cue == "grumbled" and quote.content == "the new tax would ruin them"
    # The packaged lexicon does not know the verb.
    assert extract_quotes(doc) == []


def test_packaged_cue_lexicon_records_sources() -> None:
    lexicon = load_cues()
    entries = [e for group in lexicon.verbs.values() for e in group]
    assert {
        "say",
        "tell",
        "state",
        "inform",
        "indicate",
        "denounce",
        "deny",
    } <= lexicon.verbs.keys()
    assert all(e.source for e in entries)
    assert any(e.lemma == "point" and e.particle == "out" for e in entries)


def test_find_quotations_pairs_marks_from_context() -> None:
    text = "He called it “a mistake” and left. She said ”we stay“, firmly."
    spans = find_quotations(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == ["a mistake", "we stay"]
    # An opening mark with no closing one runs to the paragraph end.
    text = "“We will be back next year, he promised the crowd"
    (span,) = find_quotations(text, 0, len(text))
    assert text[span.start : span.end] == "We will be back next year, he promised the crowd"


def test_a_clause_the_parser_took_for_an_object(nlp: Language) -> None:
    # The small parser reads "appeals" as a noun, making the clause an object of "says".
    quote = only(quotes_of(nlp, "Senator Jane Roe says the populist movement appeals to the "
                                "worst instincts of voters."))
    assert (quote.speaker, quote.cue) == ("Senator Jane Roe", "says")
    assert quote.content.startswith("the populist movement")
    # A short object, or an addressee, is no clause.
    assert quotes_of(nlp, "The minister said nothing.") == []


def test_findings_and_beliefs_are_attributed(nlp: Language) -> None:
    poll = only(quotes_of(nlp, "The poll shows that support for the truce is rising."))
    assert (poll.speaker, poll.cue, poll.content) == (
        "The poll", "shows", "support for the truce is rising")
    fear = only(quotes_of(nlp, "Residents fear that the fighting will spread to the north."))
    assert (fear.speaker, fear.cue) == ("Residents", "fear")
    # A finding with no clause is not a statement.
    assert quotes_of(nlp, "The army found three bodies in the rubble.") == []


def stances_of(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.cue, q.content) for q in nlp(text)._.quotes if q.kind == "stance"]


def test_stances_are_attributions_of_their_own_kind(nlp: Language) -> None:
    assert stances_of(nlp, "The Arab League criticized the blockade of Gaza on Monday.") == [
        ("The Arab League", "criticized", "the blockade of Gaza")]
    assert stances_of(nlp, "Rights groups called for an independent inquiry.") == [
        ("Rights groups", "called for", "an independent inquiry")]
    assert stances_of(nlp, "Hamas asked Israel to release the prisoners.") == [
        ("Hamas", "asked", "Israel to release the prisoners")]  # (whom it asks too)
    # In a relative clause too the to-clause is the content, with whom it is addressed to.
    assert stances_of(nlp, "The sticking point is the number of detainees that the rebels "
                           "ask the government to free.") == [
        ("the rebels", "ask", "the government to free")]
    # Naming verbs take a stance only with the name given.
    assert stances_of(nlp, "The mayor went after the council, calling it “a circus.”") == [
        ("The mayor", "calling", "it “a circus.”")]  # (the quotation closed, full stop and all)
    assert stances_of(nlp, "The union called a strike for Monday.") == []
    # A fronted "On Monday" is not the particle of "call on".
    assert stances_of(nlp, "On Monday the minister called for calm.") == [
        ("the minister", "called for", "calm")]
    # A statement is speech, not a stance, and a stance inside it is kept as its own.
    text = "The minister said that the opposition had rejected the budget."
    assert [q.kind for q in nlp(text)._.quotes] == ["speech", "stance"]
    # A passive: the agent takes the position, the subject (with what it is held for) is
    # what it is taken on; with no agent, or only a pronoun, nothing is attributed here.
    assert stances_of(nlp, "The truce proposal was rejected by Hamas on Sunday.") == [
        ("Hamas", "was rejected", "The truce proposal")]
    assert stances_of(nlp, "The governor has been criticized by several mayors for the delays.") == [
        ("several mayors", "has been criticized", "The governor")]
    assert stances_of(nlp, "The plan was rejected on Sunday.") == []
    # A participle describing a noun: the noun is what the agent takes a position on.
    assert stances_of(nlp, "Mediators presented a truce plan backed by Washington on Monday.") == [
        ("Washington", "backed", "a truce plan")]
    assert stances_of(nlp, "It was condemned by the league.") == []


def test_a_live_page_s_stamped_entries_and_labels(nlp: Language) -> None:
    # An entry stamped with its time, a qualified source, single marks around the words.
    text = ("13:50 GMT - Ukrainian official: 'The corridor is not open yet'\n\n"
            "The convoy waited at the border for six hours.\n")
    found = quotes_of(nlp, text)
    assert [(q.speaker, q.cue, q.content, q.direct) for q in found] == [
        ("Ukrainian official", ":", "The corridor is not open yet", True)]
    # The words before a colon label the line; they are not what was said.
    text = "Sudan talks live: Envoys say truce 'within reach'\n\nThe talks resumed in Jeddah.\n"
    assert "Sudan talks live" not in [q.content for q in quotes_of(nlp, text)]


def test_a_headline_drops_the_verb_of_what_was_said(nlp: Language) -> None:
    text = ("Qatar says Gaza talks at 'delicate stage'\n\nDOHA, Nov 18 (AFP) - Qatar said on Monday that "
            "the talks had reached a delicate stage.\n")
    assert [(q.speaker, q.cue, q.content[:16]) for q in quotes_of(nlp, text)] == [
        ("Qatar", "says", "Gaza talks at 'd"), ("Qatar", "said", "the talks had re")]
    # In a sentence of the story, a noun after the verb is no statement.
    assert quotes_of(nlp, "The minister said nothing about the talks in Doha.") == []


def test_headline_and_embedded_post_attributions(nlp: Language) -> None:
    text = ("Kenyan Senator Amina Yusuf: Border Deal ‘Will Not Survive the Rains’\n\n"
            "NAIROBI: The deal was signed on Monday.\n\n"
            "We will hold them to every line of this agreement. — Amina Yusuf (@AminaYusufKE) "
            "June 9, 2025\n")
    assert said_of(nlp, text) == [
        ("Kenyan Senator Amina Yusuf", ":", "Border Deal ‘Will Not Survive the Rains"),
        ("Amina Yusuf", "—", "We will hold them to every line of this agreement")]


def said_of(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.cue, q.content) for q in quotes_of(nlp, text)]


def test_quotation_marks_written_as_two_apostrophes(nlp: Language) -> None:
    text = "''A border tax is a blunt tool,'' said Maria Ortiz, an economist at the bank."
    assert said_of(nlp, text) == [("Maria Ortiz, an economist at the bank", "said",
                                   "A border tax is a blunt tool")]


def test_reported_speech_inside_relative_clauses(nlp: Language) -> None:
    text = "The audit, which the inspector said was incomplete, was published on Monday."
    assert said_of(nlp, text) == [("the inspector", "said", "was incomplete")]
    text = "It was a ruling they say allowed the mine to reopen."
    assert said_of(nlp, text) == [("they", "say", "allowed the mine to reopen")]


def test_a_relative_pronoun_speaker_resolves_to_its_antecedent(nlp: Language) -> None:
    # The text names the source "who", as it names one "she": the span is the pronoun, the
    # source is the name it stands for, and a later "she" is that name too.
    text = ("The vote was delayed by Senator Maria Ortiz, who said the bill needed more work. "
            "She added that talks would resume in March.")
    first, second = quotes_of(nlp, text)
    assert (first.speaker, first.cue, first.content) == ("who", "said", "the bill needed more work")
    assert first.speaker_actor == first.source == "Senator Maria Ortiz"
    assert first.source_type == "person"
    assert (second.speaker, second.source) == ("She", "Senator Maria Ortiz")
    # An ordinary speaker is its own source.
    quote = only(quotes_of(nlp, "Two officials who spoke on condition of anonymity said the plan failed."))
    assert quote.source == quote.speaker == "Two officials who spoke on condition of anonymity"
    assert (quote.source_type, quote.source_count) == ("anonymous", 2)


def test_participles_of_passives_and_between_the_cue_and_the_quotation(nlp: Language) -> None:
    # The one a passive is about speaks in its participle; "is expected to" is no one's.
    text = "The minister was pressed on the figures, insisting, ''Nothing has been hidden.''"
    assert said_of(nlp, text) == [("The minister", "insisting", "Nothing has been hidden")]
    text = "A lawsuit was filed on Monday, alleging that the agency ignored the warnings."
    assert said_of(nlp, text) == [("A lawsuit", "alleging", "the agency ignored the warnings")]
    assert [q for q in quotes_of(nlp, "The mayor is expected to unveil the budget on Monday.")
            if q.speaker is not None] == []
    # A participle of the cue's own may stand between it and the quotation.
    text = "The senator replied, again shaking his head, “That is not how budgets work.”"
    assert said_of(nlp, text) == [("The senator", "replied", "That is not how budgets work")]
    # (and a name the parser made a compound of the cue is its speaker, not the subject of
    # the clause before)
    text = "When a man in the crowd shouted, “Ortiz,” Mendes joked, again using a mock accent, “Welcome aboard, friend!”"
    assert said_of(nlp, text) == [("a man in the crowd", "shouted", "Ortiz"),
                                  ("Mendes", "joked", "Welcome aboard, friend!")]


def test_a_question_put_by_someone_unnamed_is_not_the_answerers(nlp: Language) -> None:
    text = "Asked whether the talks had collapsed, the envoy said: “Not yet.”"
    found = [(q.kind, q.speaker, q.cue, q.content) for q in nlp(text)._.quotes]
    assert found == [("question", None, "Asked", "the talks had collapsed"),
                     ("speech", "the envoy", "said", "Not yet")]
    # A named asker speaks.
    assert said_of(nlp, "The senator asked whether the deal had been signed.") == [
        ("The senator", "asked", "the deal had been signed")]


def test_the_subject_right_before_the_cue_and_the_outer_statement(nlp: Language) -> None:
    # The parser gives "said" two subjects; the speaker is the one right before it.
    text = ("“Let me say this, I respect Governor Ann Lee,” Mayor Tom Reyes said, “and I will "
            "work with her.”")
    assert {q[0] for q in said_of(nlp, text)} == {"Mayor Tom Reyes"}
    # A statement whose content holds another's cue is the outer one, however the inner
    # one was found.
    text = ("After two years in office, the governor said, most voters have come to believe "
            "\"that the roads are worse.\"")
    assert [q[:2] for q in said_of(nlp, text)] == [("the governor", "said")]


def test_transcript_turns_and_a_hearing_exchange(nlp: Language) -> None:
    text = ("The two aides clashed on a Sunday programme.\n\n"
            "DANA WELLS: Why not hold the debate in Ohio?\n\n"
            "MARK OKAFOR: The senator does not get to pick the dates.\n\n"
            "WELLS: You agreed to four debates in January.\n\n"
            "UPDATE: An earlier version misstated the network.\n\n"
            "Rep. Ann Cole (D-Ore.):\"Who approved the contract?\"\n")
    found = [(q.speaker, q.cue, q.content, q.direct) for q in quotes_of(nlp, text)]
    assert found == [
        ("DANA WELLS", ":", "Why not hold the debate in Ohio?", False),
        ("MARK OKAFOR", ":", "The senator does not get to pick the dates", False),
        ("WELLS", ":", "You agreed to four debates in January", False),
        ("Rep. Ann Cole", ":", "Who approved the contract?", True)]


def test_hedges_attribute_to_no_one(nlp: Language) -> None:
    text = ("Twitter shares fell on Monday.\n\n"
            "The House is expected to pass the bill next week, but senators seem wary of it.\n\n"
            "Two rivals have reportedly looked at the company and passed.\n\n"
            "The defendant appeared in court on Monday.\n")
    found = [(q.speaker, q.cue, q.content) for q in nlp(text)._.quotes if q.kind == "evidential"]
    # A hedge inside a statement is the speaker's.
    assert not [q for q in nlp("Officials said the bill was still expected to pass.")._.quotes
                if q.kind == "evidential"]
    assert found == [
        (None, "is expected", "The House is expected to pass the bill next week"),
        (None, "seem", "senators seem wary of it"),
        (None, "reportedly", "Two rivals have reportedly looked at the company")]
    # Passives of belief and report with no one named to hold them.
    text = ("Hamas is believed to hold about 130 hostages. The two states are widely seen as "
            "safe seats for the party. He was seen in Cairo on Monday.")
    found = [(q.cue, q.content) for q in nlp(text)._.quotes if q.kind == "evidential"]
    assert found == [("is believed", "Hamas is believed to hold about 130 hostages"),
                     ("are widely seen", "The two states are widely seen as safe seats for the party")]


def test_nouns_that_attribute(nlp: Language) -> None:
    text = ("The vote was close.\n\n"
            "Critics mocked the governor's claim that the budget would balance itself.\n\n"
            "The senator's criticism of the deal was sharp, and support for the deal fell.\n\n"
            "The claim that he made was false.\n")
    found = [(q.kind, q.speaker, q.cue, q.content) for q in nlp(text)._.quotes if q.cue != "mocked"]
    assert found == [
        ("speech", "the governor", "claim", "the budget would balance itself"),
        ("stance", "The senator", "criticism of", "the deal")]
    # With no owner, the one who voices or holds it speaks, the verb in the cue; not the one
    # who draws it, nor one who only has another's backing.
    text = ("The vote was close.\n\n"
            "The two presidents gave assurances that the border would stay open.\n\n"
            "The mayor has no plans to resign from the board.\n\n"
            "The law drew complaints that it was too vague.\n\n"
            "The governor has the backing of most unions.\n")
    found = [(q.speaker, q.cue, q.content) for q in nlp(text)._.quotes]
    assert found == [
        ("The two presidents", "gave assurances", "the border would stay open"),
        ("The mayor", "has no plans", "resign from the board"),
        (None, "complaints", "it was too vague")]


def test_polls_and_studies_a_clause_is_in(nlp: Language) -> None:
    text = ("The race tightened.\n\n"
            "In a Des Moines Register poll last month, the senator had a ten-point lead.\n\n"
            "The minister said in a report that exports fell.\n")
    assert said_of(nlp, text) == [
        ("a Des Moines Register poll", "In", "the senator had a ten-point lead"),
        ("The minister", "said", "exports fell")]
    # Words and eyes are whose they are, plural as they are; "in the polls" stays a standing.
    text = ("In Washington's eyes, the militia is to blame for the attack.\n\n"
            "The senator trails the governor in the polls.\n")
    assert said_of(nlp, text) == [("Washington", "In Washington's eyes", "the militia is to blame for the attack")]
    # Whose view it is: the cue runs to the noun that says so, also closing a sentence.
    text = "The plan is a failure, in the envoy’s view.\n\nIn their view, the gaps are narrow.\n"
    assert said_of(nlp, text) == [("the envoy", "in the envoy’s view", "The plan is a failure"),
                                  ("their", "In their view", "the gaps are narrow")]
    # A poll closing its sentence, whatever noun the parser hung it on.
    text = ("Just 18 percent of registered voters have a favorable view of the senator in a new "
            "Register poll.\n\nThe rise in a poll of that size is not unusual.\n")
    assert said_of(nlp, text) == [("a new Register poll", "in",
                                   "Just 18 percent of registered voters have a favorable view of the senator")]
    # A poll opening its sentence frames what its respondents said, which stays theirs; so do
    # polls in the plural there.
    text = ("In a new Gallup poll, 41 percent of voters said they trusted the council.\n\n"
            "In exit polls, voters in both parties were worried about the economy.\n")
    assert said_of(nlp, text) == [
        ("a new Gallup poll", "In", "41 percent of voters said they trusted the council"),
        ("41 percent of voters", "said", "they trusted the council"),
        ("exit polls", "In", "voters in both parties were worried about the economy")]
    # Whose words, eyes or view they are speaks.
    text = ("In the view of the mediators, a deal is within reach.\n\n"
            "In the words of one diplomat, the deal is dead.\n")
    assert [s for s, _, _ in said_of(nlp, text)] == ["the mediators", "one diplomat"]
    # What a poll or record shows with no clause: the object and what is said of it; a
    # person "showing" something is no finding.
    text = ("Two new polls show the governor with a narrow lead in Ohio.\n\n"
            "Court filings showing him owing $2 million were unsealed.\n\n"
            "The defendant showed no remorse.\n")
    assert said_of(nlp, text) == [
        ("Two new polls", "show", "the governor with a narrow lead in Ohio"),
        ("Court filings", "showing", "him owing $2 million")]


def test_a_clause_whose_verb_the_tagger_took_for_a_participle(nlp: Language) -> None:
    # (from the sample corpus: "crossed" tagged a participle of "convoy", which the parser
    # also made a subject of "said")
    text = ("The first convoy of 85 trucks carrying food, medical supplies and fuel crossed into Gaza "
            "through the Kerem Shalom crossing on Sunday, the Egyptian Red Crescent said in a statement.")
    assert said_of(nlp, text) == [("the Egyptian Red Crescent", "said", text[:text.index(", the Egyptian")])]


def test_speakers_the_parser_cut_off_from_the_cue(nlp: Language) -> None:
    text = ("Amid the unrest in Lagos, Senator Ade Bello, the majority leader, said that he "
            "met the governor on Tuesday.")
    assert said_of(nlp, text) == [("Senator Ade Bello, the majority leader", "said",
                                   "he met the governor on Tuesday")]
    text = ("Ms. Okoro, whose latest company, Tradewise, uses satellite data to help farmers "
            "find buyers, said the minister was a reformer at heart.")
    assert [q[1:] for q in said_of(nlp, text)] == [("said", "the minister was a reformer at heart")]
    assert said_of(nlp, text)[0][0].startswith("Ms. Okoro")
    # A clause with a modal and no subject of its own is still a clause.
    text = "Cycling alone through the old city at night, they said, can be risky."
    assert said_of(nlp, text)[0][:2] == ("they", "said")


def test_adjectives_of_belief_and_feeling(nlp: Language) -> None:
    def adjectival(text: str) -> list[tuple[str | None, str | None, str]]:
        return [(q.speaker, q.cue, q.content) for q in nlp(text)._.quotes if q.kind == "stance"]

    assert adjectival("The mayor's aides were optimistic that the levy would pass.") == [
        ("The mayor's aides", "were optimistic", "the levy would pass")]
    assert adjectival("Many farmers are sick of the delays.") == [
        ("Many farmers", "are sick of", "the delays")]
    # "certain to" says nothing of anyone's belief.
    assert adjectival("The bridge is certain to reopen next year.") == []


def test_a_complement_with_a_subject_is_a_clause_whatever_its_tag(nlp: Language) -> None:
    text = ("A Reuters survey of governors, who are powerful in picking the nominee, found that "
            "31 of the state leaders back Ortega.")
    assert said_of(nlp, text) == [
        ("A Reuters survey of governors, who are powerful in picking the nominee", "found",
         "31 of the state leaders back Ortega")]


def test_a_quoted_word_the_parser_made_a_subject(nlp: Language) -> None:
    text = "\"Rubbish,\" wrote a Labour supporter who runs the Twitter account @RedRoseVotes."
    assert said_of(nlp, text) == [
        ("a Labour supporter who runs the Twitter account @RedRoseVotes", "wrote", "Rubbish")]


def test_quotations_the_parser_tangled_with_their_speaker(nlp: Language) -> None:
    # The parser hangs the name on another verb and gives "said" the quotation's subject;
    # "by telephone" is no agent of an active verb.
    text = ("''We have waited six years for this road,'' Ms. Adeyemi, now 67 and retired in "
            "Ibadan, Oyo State, said by telephone on Monday.")
    assert [q[1:] for q in said_of(nlp, text)] == [("said", "We have waited six years for this road")]
    assert said_of(nlp, text)[0][0].startswith("Ms. Adeyemi")
    # A '' mark ends a character later than a " mark; the speaker still follows the quotation,
    # and the next quotation continues it.
    assert said_of(nlp, "''Come with us,'' Mr. Haddad said, and the reporters, curious, followed "
                        "him in.") == [("Mr. Haddad", "said", "Come with us")]
    text = ("''Is the budget really balanced, or isn't it?'' Senator Grace Mwangi asked. ''And who "
            "will pay for the bridges? Nobody has told us.''")
    assert said_of(nlp, text) == [
        ("Senator Grace Mwangi", "asked", "Is the budget really balanced, or isn't it?"),
        ("Senator Grace Mwangi", None, "And who will pay for the bridges? Nobody has told us")]


def test_a_clause_of_its_own_after_a_quotation(nlp: Language) -> None:
    # "adding that …" reports its own clause; the quotation before is what was written.
    text = ("\"The union will not blink first,\" labour analyst Rosa Lind wrote on Friday, adding "
            "that if the strike lasts another week, the port would lose its biggest client.")
    assert said_of(nlp, text) == [
        ("labour analyst Rosa Lind", "wrote", "The union will not blink first"),
        ("labour analyst Rosa Lind", "adding",
         "if the strike lasts another week, the port would lose its biggest client")]
    # The quotation before "referring to" belongs to "said", which it hangs on.
    text = "\"We will rebuild every school,\" he said, referring to the flooded districts of the south."
    assert stances_of(nlp, text) == [("he", "referring to", "the flooded districts of the south")]


def test_clauses_the_parser_attached_elsewhere(nlp: Language) -> None:
    # A subordinate verb ("but that … it should have consulted") is not the cue of the
    # clause before it.
    text = ("Former Governor Tom Reyes, a Nevada Democrat who led the budget committee, said that "
            "the plan involved painful cuts but that if the council opted to adopt it, it should "
            "have consulted the unions.")
    assert [q[1] for q in said_of(nlp, text)] == ["said"]
    # A gerund subject read as the cue's complement.
    text = ("Yet conservative economists, like their liberal colleagues, say taxing carbon "
            "encourages innovation, investment and cleaner growth.")
    assert said_of(nlp, text) == [("conservative economists", "say",
                                   "taxing carbon encourages innovation, investment and cleaner growth")]
    # "told X he was …" with the clause made the cue's head.
    text = ("The deal came two days after the governor told The Daily Nation he was \"not yet "
            "convinced\" by the proposal.")
    assert said_of(nlp, text) == [("the governor", "told",
                                   "he was \"not yet convinced\" by the proposal")]
    # A speaker before an apposition of coordinated titles; "But" before an "as" clause.
    text = ("At the Harbour Club, Ana Duarte, the club's longtime treasurer and general secretary, "
            "suggested that the losses could be blamed on the storm.")
    assert said_of(nlp, text)[0][0].startswith("Ana Duarte")
    assert said_of(nlp, "But as a Reuters analyst noted, the bank didn't even cut its forecast.") \
        == [("a Reuters analyst", "noted", "the bank didn't even cut its forecast")]


def test_objects_that_are_no_position(nlp: Language) -> None:
    # "raised" is a stance only with a word of saying or belief as its object.
    text = ("Priorities Fund raised $16 million in the first half of the year, while senators "
            "raised concerns that the fund was opaque.")
    assert stances_of(nlp, text) == [("senators", "raised", "concerns that the fund was opaque")]
    # Standing in the polls is no source.
    text = "Though she trails the mayor in the polls, Ms. Lind has led him in several recent surveys."
    assert quotes_of(nlp, text) == []


def test_speakers_and_clauses_hung_on_other_phrases(nlp: Language) -> None:
    # An apposition whose head is a title: the whole phrase speaks.
    text = ("In a statement to the Tribune, her chief economic adviser, Lena Ortiz, said: “The "
            "governor believes the levy is fair.”")
    assert said_of(nlp, text) == [("her chief economic adviser, Lena Ortiz", "said",
                                   "The governor believes the levy is fair")]
    # "that" makes a clause of a complement the parser gave no finite verb.
    text = "Video from the rally shows that several marchers dressed in the colours of the party."
    assert said_of(nlp, text) == [("Video from the rally", "shows",
                                   "several marchers dressed in the colours of the party")]
    # A that-clause the parser hung on the place after the addressee.
    text = ("The mayor is telling diners at a busy Main Street, Springfield, cafe that “the bridge "
            "will open in May.”")
    assert said_of(nlp, text) == [("The mayor", "is telling", "the bridge will open in May")]
    # A wh-clause after "questioned"; a cue in scare quotes whose subject is outside them.
    assert said_of(nlp, "Mr. Ruiz questioned why the council did not publish the audit.") == [
        ("Mr. Ruiz", "questioned", "why the council did not publish the audit")]
    assert said_of(nlp, 'Forty percent of farmers "strongly agree" that the subsidy should be cut.') \
        == [("Forty percent of farmers", "strongly agree", "the subsidy should be cut")]


def test_names_in_quotation_marks_and_expressed_feelings(nlp: Language) -> None:
    text = "He has also called the senator “the last honest man in Albany” in two interviews."
    assert stances_of(nlp, text) == [
        ("He", "has also called", "the senator “the last honest man in Albany”")]
    # Doubled apostrophes, as some archives print quotation marks; a name the parser hangs on
    # the clause it names.
    found = stances_of(nlp, "She called her opponent ''Mayor Diaz'' throughout the debate.")
    assert [(s, c) for s, c, _ in found] == [("She", "called")]
    assert found[0][2].startswith("her opponent ''Mayor Diaz")
    found = stances_of(nlp, "The governor called what he heard ''outrageous.''")
    assert [(s, c) for s, c, _ in found] == [("The governor", "called")]
    text = "The envoy expressed confidence that the talks would resume within a week."
    assert stances_of(nlp, text) == [
        ("The envoy", "expressed", "confidence that the talks would resume within a week")]
    assert stances_of(nlp, "The minister expressed dismay at the verdict.") == [
        ("The minister", "expressed", "dismay at the verdict")]


def test_contrasting_speakers_and_calls_on_someone_to_act(nlp: Language) -> None:
    # "while X said …" is X's statement, not part of the first speaker's.
    text = ("Ms. Park suggested that a mayor who skips debates cannot be trusted, while Mr. Diaz "
            "said that the stakes are too high for a newcomer.")
    assert said_of(nlp, text) == [
        ("Ms. Park", "suggested", "a mayor who skips debates cannot be trusted"),
        ("Mr. Diaz", "said", "the stakes are too high for a newcomer")]
    # "called on X to act": what X is asked to do is the content.
    assert stances_of(nlp, "The bishops called on the government to free the detainees.") == [
        ("The bishops", "called on", "the government to free the detainees")]
    # "calling for X to be Y": the parser makes "for" the mark of the clause.
    assert stances_of(nlp, "The union is calling for the minister to be dismissed at once.") == [
        ("The union", "is calling for", "the minister to be dismissed at once")]
    assert stances_of(nlp, "For that reason the mayor called the meeting off.") == []
    # A second cue the parser hung on the first one's label shares its subject, and the
    # label ends before it.
    text = 'She called the verdict "a disgrace" and called on judges "to restore trust."'
    assert stances_of(nlp, text) == [("She", "called", 'the verdict "a disgrace"'),
                                     ("She", "called on", "restore trust")]


def test_cue_verbs_the_lemmatizer_gets_wrong(nlp: Language) -> None:
    # The English pipeline lemmatizes "hoped" and "hoping" as "hop".
    assert said_of(nlp, "Residents hoped that the ceasefire would hold.") == [
        ("Residents", "hoped", "the ceasefire would hold")]


def test_short_refusals_posts_in_markup_and_headline_sources(nlp: Language) -> None:
    assert stances_of(nlp, "The minister declined to comment.") == [
        ("The minister", "declined", "comment")]
    # A page's markup around an embedded post.
    text = ('<tweet id="1" author="@anacole">The port deal is a bad bargain for the city. — Ana '
            'Cole (@anacole) May 3, 2024</tweet>.')
    assert said_of(nlp, text) == [("Ana Cole", "—", "The port deal is a bad bargain for the city")]
    # A headline's source may be a poll or a group named by what it is, not "Note".
    text = ("Poll: Voters in Ohio sour on the trade deal\n\n"
            "Historians: The governor and the mayor are linked no matter what\n\n"
            "Note: This story has been updated.\n\n"
            "Source: Xinhua | 2025-03-09 21:04:18 | Editor: huaxia\n")
    assert [q[:2] for q in said_of(nlp, text)] == [("Poll", ":"), ("Historians", ":")]
    # "expected that" with a subject is a belief; "is expected to" stays a hedge.
    text = "Mr. Deese expected that the president would change the speech."
    assert said_of(nlp, text) == [("Mr. Deese", "expected", "the president would change the speech")]


def test_headline_sources_the_body_names_and_quoted_transcript_turns(nlp: Language) -> None:
    # The recogniser misses a bare surname in a headline; the body names the whole person.
    text = ("Okafor: The port deal hands the city's waterfront to one bidder\n\n"
            "Councilman Mark Okafor said on Monday that the vote should wait a month.\n\n"
            "Harbor: Three cranes will be replaced by June\n")
    assert next(q[:2] for q in said_of(nlp, text)) == ("Okafor", ":")
    assert "Harbor" not in [q[0] for q in said_of(nlp, text)]
    # A transcript printed as one long quotation opens each turn with a quotation mark.
    text = ('"DANA WELLS: Will the governor attend the hearing on Friday?\n\n'
            '"OKAFOR: She will not, and she said so in writing last week.\n\n'
            '"DANA WELLS: Then who speaks for the state?\n\n'
            '"OKAFOR: Her deputy, as the statute requires.\n')
    assert [q[:2] for q in said_of(nlp, text)] == [
        ("DANA WELLS", ":"), ("OKAFOR", ":"), ("DANA WELLS", ":"), ("OKAFOR", ":")]


def test_a_quoted_name_the_parser_gave_no_role(nlp: Language) -> None:
    text = "In a televised interview, Jacobs called Merkel “the chancellor of the free world.”"
    assert stances_of(nlp, text) == [("Jacobs", "called", "Merkel “the chancellor of the free world.”")]
    text = "Okafor says he respects the governor and calls her “a tough, fair negotiator.”"
    assert ("he", "calls", "her “a tough, fair negotiator.”") in stances_of(nlp, text)
    # A name must follow the named phrase in the same clause.
    assert stances_of(nlp, "The union called a strike for Monday and said “enough is enough.”") == []


def test_held_to_be_when_the_parser_hangs_as_elsewhere(nlp: Language) -> None:
    text = "Diplomats see the elections held Sunday as a test of whether the army will loosen its grip."
    assert stances_of(nlp, text) == [
        ("Diplomats", "see", "the elections held Sunday as a test of whether the army will loosen its grip")]
    text = "Voters are hungry for change, and they see the mayor as most likely to deliver it."
    assert ("they", "see", "the mayor as most likely to deliver it") in stances_of(nlp, text)
    # "as" opening a clause of its own is a time, not what they are held to be.
    assert stances_of(nlp, "The senator saw the ministers as they left the hall.") == []


def test_verbs_of_thinking_take_a_that_clause_only(nlp: Language) -> None:
    assert said_of(nlp, "The couple worried that the attacks would harden attitudes toward migrants.") == [
        ("The couple", "worried", "the attacks would harden attitudes toward migrants")]
    assert said_of(nlp, "Investigators suspect that the fire was set on purpose.") == [
        ("Investigators", "suspect", "the fire was set on purpose")]
    # With a plain object they name no belief.
    assert said_of(nlp, "The new minister assumed office in 2019.") == []
    assert said_of(nlp, "The league recognized the club's new owners in March.") == []


def test_quotations_credited_after_a_dash_in_a_digest(nlp: Language) -> None:
    text = ("POLLS WERE NOT WRONG, JUST EARLY - Ana Ruiz and Tom Hale: “The signs of a late shift "
            "were there all along.”\n\n"
            "What it means for November - More from Hale: “Turnout is the starting point.”\n\n"
            "The count was close - but not that close: “We won the county,” she said.\n")
    found = [(q.speaker, q.cue, q.content) for q in quotes_of(nlp, text)]
    assert found[:2] == [("Ana Ruiz and Tom Hale", ":", "The signs of a late shift were there all along"),
                         ("Hale", ":", "Turnout is the starting point")]
    assert ("she", "said", "We won the county") in found


def test_signed_quotations_inverted_labels_and_section_heads(nlp: Language) -> None:
    # Quote collections and reader comments sign each quotation with a dash and a name.
    text = ("We asked readers what they made of the debate.\n\n"
            "“He dodged every question he was asked.” ― Veronica Ortiz\n\n"
            "“I would rather move than live under that plan.” — Adriana Lopez, Phoenix\n")
    assert [(q[0], q[1]) for q in said_of(nlp, text)][-2:] == [("Veronica Ortiz", "―"), ("Adriana Lopez", "—")]
    # Pages glue the dash to the mark and pad with no-break spaces; a name may end a sentence.
    text = ("We asked readers what they made of the truce.\n\n"
            "“It will not hold past the holiday.”― Miriam Saleh\u00a0\n"
            "“My brother is still in Khan Younis.”\u00a0― Omar Farid.\n")
    assert [(q[0], q[1], q[2]) for q in said_of(nlp, text)][-2:] == [
        ("Miriam Saleh", "―", "It will not hold past the holiday"),
        ("Omar Farid", "―", "My brother is still in Khan Younis")]
    # A dash after a quotation inside running prose signs nothing.
    text = "“Not today” — Smith, who spoke at the rally, told the crowd the deal was off."
    assert "—" not in [q[1] for q in said_of(nlp, text)]
    text = "He called it “a disgrace” — Netanyahu, for his part, kept silent about the plan."
    assert "—" not in [q[1] for q in said_of(nlp, text)]
    # "Stated Stone:" puts the verb before who said it.
    text = "Stated Stone: “I think the stakes are so high for the country.”"
    assert said_of(nlp, text) == [("Stone", "Stated", "I think the stakes are so high for the country")]
    # A label of what a picture or a video shows says nothing.
    text = ("Talks resume in Cairo\n\n"
            "Photo: Palestinians inspect the rubble of a house in Rafah after an Israeli strike.\n\n"
            "Egyptian mediators met both delegations on Monday.\n")
    assert said_of(nlp, text) == []
    # A name heading a section of a few words is a label, not what the person said.
    text = ("Kasich: Now or never.\n\n"
            "Ohio Gov. John Kasich has held more than 100 town halls in the state.\n")
    assert [q for q in said_of(nlp, text) if q[1] == ":"] == []


def test_what_videos_emails_and_polls_show(nlp: Language) -> None:
    assert said_of(nlp, "Video of the incident shows him with his hands in the air.") == [
        ("Video of the incident", "shows", "him with his hands in the air")]
    # (the parser may read the name shown as a clause of its own)
    assert said_of(nlp, "A Reuters rolling poll shows Trump at the top with 36 percent support.") == [
        ("A Reuters rolling poll", "shows", "Trump at the top with 36 percent support")]
    assert said_of(nlp, "He showed no remorse at the hearing.") == []


def test_real_objects_of_verbs_not_first_of_saying(nlp: Language) -> None:
    # A long object is a misread clause only after a verb that is first of all of saying.
    text = ("She will try to find a way around the constitutional provision that bars her from "
            "the presidency.")
    assert said_of(nlp, text) == []
    assert said_of(nlp, "The economy added 271,000 new payroll positions in the month of October.") == []
    # "raise" takes a stance only on a noun of saying or belief, "for" or not.
    assert stances_of(nlp, "The two young reporters who raised their hands for the job are new.") == []
    assert stances_of(nlp, "The senator raised concerns about the deal.") == [
        ("The senator", "raised", "concerns about the deal")]


def test_more_verbs_of_criticism_and_praise(nlp: Language) -> None:
    assert stances_of(nlp, "The senator chided the governor over the port delays.") == [
        ("The senator", "chided", "the governor over the port delays")]
    assert stances_of(nlp, "The UN envoy lauded Qatar for its mediation.") == [
        ("The UN envoy", "lauded", "Qatar for its mediation")]


def test_what_the_wire_adds_after_a_parenthetical_cue_is_its_own(nlp: Language) -> None:
    # "…, the ministry said, as mediators pressed …": the moment the words came in, the
    # writer's; a condition ("as long as") is part of what was said.
    text = ("Drone strikes on eastern Ukraine killed four people on Monday, including a child, Ukraine's "
            "emergency service said, as envoys pressed both sides to agree to a ceasefire.")
    assert said_of(nlp, text) == [("Ukraine's emergency service", "said",
                                   "Drone strikes on eastern Ukraine killed four people on Monday, including a child")]
    text = "The army will stay in the corridor, officials said, amid fears of a new offensive."
    assert said_of(nlp, text) == [("officials", "said", "The army will stay in the corridor")]
    text = "The truce will hold, he said, as long as both sides respect the line."
    assert said_of(nlp, text) == [("he", "said", "The truce will hold, he said, as long as both sides respect the line")]


def test_a_second_verb_of_saying_hung_on_the_first_clause_is_the_same_speakers(nlp: Language) -> None:
    # The parser joins "and said …" to the reported clause; it is the first speaker's second
    # point, not part of the first, and not the clause's subject's.
    text = "The governor said the bridge was closed for repairs and said the ferry would run until May."
    assert said_of(nlp, text) == [("The governor", "said", "the bridge was closed for repairs"),
                                  ("The governor", "said", "the ferry would run until May")]
    text = "Officials said the convoy was hit by a drone and stressed that no one was hurt."
    assert said_of(nlp, text) == [("Officials", "said", "the convoy was hit by a drone"),
                                  ("Officials", "stressed", "no one was hurt")]
    # After a verb of communication, the second verb is that verb's subject's, inside the
    # first statement.
    text = ("The ministry said the deputy minister expressed support for the mediation and stressed "
            "that a settlement was only possible with two states.")
    assert ("The ministry", "stressed") not in [(s, c) for s, c, _ in said_of(nlp, text)]


def test_according_to_left_the_root_by_a_verb_the_tagger_missed(nlp: Language) -> None:
    # ("skew" tagged an adverb: "According" heads the sentence, the clause hangs on it)
    text = ("According to a study by the Pew Research Center, eligible voters who are Hispanic "
            "skew younger in California.")
    assert said_of(nlp, text) == [("a study by the Pew Research Center", "According to",
                                   "eligible voters who are Hispanic skew younger in California")]


def test_according_to_what_something_goes_by_is_no_source(nlp: Language) -> None:
    assert said_of(nlp, "The talks in Doha went ahead according to plan on Monday.") == []
    assert said_of(nlp, "Voters pull the lever for one party or the other, according to their "
                        "instinctive preference.") == []
    assert said_of(nlp, "Turnout rose by four points, according to the election commission.") == [
        ("the election commission", "according to", "Turnout rose by four points")]


def test_retorts(nlp: Language) -> None:
    text = "“They came for the free tickets,” Councilwoman Dana Whitfield shot back with a laugh."
    assert said_of(nlp, text) == [("Councilwoman Dana Whitfield", "shot back", "They came for the free tickets")]
    assert said_of(nlp, "The governor fired back that the audit was a smear.") == [
        ("The governor", "fired back", "the audit was a smear")]
    assert said_of(nlp, "The police officers shot back at the gunmen outside the bank.") == []


def test_more_verbs_of_saying_and_stance(nlp: Language) -> None:
    assert said_of(nlp, "Lawyers for the city contend that the contract was never valid.") == [
        ("Lawyers for the city", "contend", "the contract was never valid")]
    assert stances_of(nlp, "The senator distanced himself from the governor's remarks.") == [
        ("The senator", "distanced himself from", "the governor's remarks")]
    # "made (it) clear that …", whether the parser hangs the clause on "made" or on "clear".
    assert said_of(nlp, "The minister made clear that the crossing would stay shut.") == [
        ("The minister", "made clear", "the crossing would stay shut")]
    assert said_of(nlp, "Qatar made it clear that the talks would resume in Doha.") == [
        ("Qatar", "made it clear", "the talks would resume in Doha")]
    assert said_of(nlp, "The ruling made the road clear for an appeal.") == []
    # Views held, only with what the thing is held to be.
    assert stances_of(nlp, "Israel sees the proposal as a non-starter.") == [
        ("Israel", "sees", "the proposal as a non-starter")]
    assert stances_of(nlp, "Many analysts view the talks as a stalling tactic.") == [
        ("Many analysts", "view", "the talks as a stalling tactic")]
    assert stances_of(nlp, "Reporters saw the convoy on Monday.") == []
    # An "as" clause inside or after the clause it reports; not one with words of its own.
    assert said_of(nlp, "The crossing, as the ministry confirmed, will stay shut until Sunday.") == [
        ("the ministry", "confirmed", "The crossing, as the ministry confirmed, will stay shut until Sunday")]
    assert said_of(nlp, "The campaign faded as she maintained her lead in the polls.") == []
    # Translated copy's speaker after the verb of an "as" clause.
    assert said_of(nlp, "The talks collapsed, as reported the Egyptian television Al Qahera News.") == [
        ("the Egyptian television Al Qahera News", "reported", "The talks collapsed")]
    # (the medium named by its kind the object, its name set beside it; and the speaker after
    # the outlet told, which the parser reads as an infinitive, "to Efe")
    assert said_of(nlp, "Israel and Hamas are close to a deal, as reported the Egyptian television Al Qahera News.") == [
        ("the Egyptian television Al Qahera News", "reported", "Israel and Hamas are close to a deal")]
    assert said_of(nlp, "Israel and Hamas are close to a deal, as pointed out to Efe a diplomatic source.") == [
        ("a diplomatic source", "pointed out", "Israel and Hamas are close to a deal")]
    # (a second source of what a cue reports, as for "as also stated by": one more source)
    text = "Qatar informed on Tuesday that the two sides are close to a deal, as pointed out to Efe a diplomatic source."
    assert said_of(nlp, text) == [("Qatar", "informed", "the two sides are close to a deal")]
    assert only(quotes_of(nlp, text)).also_by == ["a diplomatic source"]
    # One hung on a participle: the statement gave the whole sentence.
    text = ("Relatives of the hostages announced a march on Thursday, calling the delay a "
            "“death sentence” for their loved ones, as they denounced in a statement.")
    assert said_of(nlp, text) == [("they", "denounced", text[:text.index(", as they")])]
    # A that-clause the parser hung on an aside after the medium.
    assert said_of(nlp, "The minister wrote on X, formerly Twitter, that the decision was final.") == [
        ("The minister", "wrote", "the decision was final")]
    # Verbs that take only a quotation: what a banner reads, what someone answers.
    assert said_of(nlp, "“Not yet,” the envoy answered. The banner read: “Bring them home.”") == [
        ("the envoy", "answered", "Not yet"), ("The banner", "read", "Bring them home")]
    assert said_of(nlp, "The minister refused to answer questions about the budget overruns.") == []


def test_inverted_speakers_idioms_and_instructions(nlp: Language) -> None:
    # The name after an inverted cue that the parser gave to a clause of its own.
    text = ("\"We are not going to apologise, so forget about it,\" said union leader Mara Voss, "
            "asked about the strike.")
    assert said_of(nlp, text)[0] == ("union leader Mara Voss", "said",
                                     "We are not going to apologise, so forget about it")
    # The first of two cues keeps its quotation.
    text = ("\"I never said that. I never said that,\" Mr. Holt said, after the host Dana Reyes said "
            "the mayor had called the bridge a folly.")
    assert said_of(nlp, text)[0] == ("Mr. Holt", "said", "I never said that. I never said that")
    # "That said" is "nevertheless".
    text = "That said, farmers say they expect the harvest to recover next year."
    assert [q[:2] for q in said_of(nlp, text)] == [("farmers", "say")]
    # A that-clause the parser read as an adverbial; an instruction told to someone.
    text = ("The mayor has given no details, saying in his statement only that he was "
            "reviewing the budget.")
    assert said_of(nlp, text) == [("The mayor", "saying", "he was reviewing the budget")]
    text = "The governor told his aides to find a way around the legislature."
    assert said_of(nlp, text) == [("The governor", "told", "his aides to find a way around the legislature")]


def test_what_something_is_called_with_as(nlp: Language) -> None:
    text = ("She has asked voters to reject the plan and has repeatedly characterized it as a "
            "gift to developers.")
    assert ("She", "has repeatedly characterized", "it as a gift to developers") in stances_of(nlp, text)
    text = "The mayor, speaking later at a rally, referred to him as a \"reformer.\""
    assert stances_of(nlp, text) == [("The mayor", "referred to", "him as a \"reformer.\"")]


def test_a_quotation_left_open_goes_on_in_the_next_paragraph(nlp: Language) -> None:
    text = ("The envoy spoke at length on Monday. “We will not leave until every prisoner is "
            "free. We owe it to their families.\n\n"
            "“And we will not sign a deal that leaves the border open,” Ms. Adeyemi said.\n")
    found = said_of(nlp, text)
    assert found == [
        ("Ms. Adeyemi", None, "We will not leave until every prisoner is free. We owe it to their families"),
        ("Ms. Adeyemi", "said", "And we will not sign a deal that leaves the border open")]


def test_a_coordinated_cue_with_its_own_subject_is_its_own_statement(nlp: Language) -> None:
    text = "The minister said the economy grew last year and analysts say it will keep growing."
    assert said_of(nlp, text) == [("The minister", "said", "the economy grew last year"),
                                  ("analysts", "say", "it will keep growing")]


def test_a_reported_clause_with_a_quoted_fragment(nlp: Language) -> None:
    # The clause is reported (not direct) and keeps its fragment's closing mark; the day the
    # words were said is not part of them.
    text = "Hamas said on Thursday that the strikes \"put the entire negotiation at risk\"."
    assert [(q.content, q.direct) for q in quotes_of(nlp, text)] == [
        ("the strikes \"put the entire negotiation at risk\"", False)]
    text = "Hamas said on Thursday it was suspending its part in the talks."
    assert said_of(nlp, text) == [("Hamas", "said", "it was suspending its part in the talks")]
    # Before the cue too: the clause ending in a quoted fragment is what was said.
    text = ('Jordan condemned the raid and urged "all sides to show restraint", the foreign '
            'ministry in Amman said.')
    assert [(q.content, q.direct) for q in quotes_of(nlp, text)] == [
        ('Jordan condemned the raid and urged "all sides to show restraint"', False)]


def test_cue_modifiers_bare_pronoun_objects_and_a_source_that_is_its_own_relay(nlp: Language) -> None:
    assert stances_of(nlp, "Israel has so far refused to commit to ending the war.") == [
        ("Israel", "has so far refused", "commit to ending the war")]
    # A bare pronoun says nothing of what the stance is about.
    assert stances_of(nlp, "The talks stalled. The mediators criticized that on Monday.") == []
    found = only(quotes_of(nlp, "According to the statement, the delegation left on Monday."))
    assert (found.speaker, found.relay) == ("the statement", None)


def test_speakers_with_acronyms_and_after_a_clause_read_as_a_modifier(nlp: Language) -> None:
    text = "The UN World Food Programme (WFP) said the aid would reach about 400,000 people."
    assert said_of(nlp, text)[0][0] == "The UN World Food Programme (WFP)"
    # The parser may read "protested …" as a modifier of "Hundreds" and "organizers" as its
    # conjunct, both subjects of "said" (as it did after a photo caption); the speaker is the
    # organizers. The parse is given here so the test does not depend on the model.
    words = ["Hundreds", "of", "activists", "protested", "outside", "the", "office", ",", "and",
             "organizers", "said", "they", "would", "rally", "again", "."]
    heads = [10, 0, 1, 0, 3, 6, 4, 0, 0, 0, 10, 13, 13, 10, 13, 10]
    deps = ["nsubj", "prep", "pobj", "acl", "prep", "det", "pobj", "punct", "cc", "conj", "ROOT",
            "nsubj", "aux", "ccomp", "advmod", "punct"]
    tags = ["NNS", "IN", "NNS", "VBN", "IN", "DT", "NN", ",", "CC", "NNS", "VBD", "PRP", "MD",
            "VB", "RB", "."]
    pos = ["NOUN", "ADP", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB",
           "PRON", "AUX", "VERB", "ADV", "PUNCT"]
    lemmas = ["hundred", "of", "activist", "protest", "outside", "the", "office", ",", "and",
              "organizer", "say", "they", "would", "rally", "again", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert [(q.speaker, q.cue) for q in extract_quotes(doc)] == [("organizers", "said")]


def test_an_intention_is_an_event_not_an_attribution(nlp: Language) -> None:
    assert stances_of(nlp, "The delegation plans to return to Cairo on Sunday.") == []


def test_a_participle_after_a_statement_or_a_comma_is_the_clause_subjects(nlp: Language) -> None:
    text = "The union issued a statement saying it had called off the strike."
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.cue, found.relay) == ("The union", "saying", "a statement")
    text = "Protesters interrupted her speech, shouting \"you lost, we won!\""
    assert said_of(nlp, text) == [("Protesters", "shouting", "you lost, we won!")]


def test_a_participle_of_saying_hung_on_the_reported_clause(nlp: Language) -> None:
    text = ("Reached by phone, Mr. Okafor denied the claim that a cabinet shake-up is coming, "
            "explaining that he had been on leave all week.")
    found = [(q.speaker, q.cue, q.content) for q in nlp(text)._.quotes if q.cue != "claim"]
    assert found == [("Mr. Okafor", "denied", "a cabinet shake-up is coming"),
                     ("Mr. Okafor", "explaining", "he had been on leave all week")]
    text = "The minister said the talks had stalled, adding that a new round would start soon."
    assert said_of(nlp, text) == [("The minister", "said", "the talks had stalled"),
                                  ("The minister", "adding", "a new round would start soon")]
    assert stances_of(nlp, "The union criticized the cabinet for the delays.") == [
        ("The union", "criticized", "the cabinet for the delays")]


def test_a_reason_cited_is_a_stance_a_source_cited_is_a_relay(nlp: Language) -> None:
    text = "\u201cThe rationing is needed,\u201d the governor said, citing low reservoir levels and a dry winter."
    assert stances_of(nlp, text) == [("the governor", "citing", "low reservoir levels and a dry winter")]
    text = "Citing two officials close to the talks, Channel 12 said the deal was near."
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.relay) == ("two officials close to the talks", "Channel 12")
    assert stances_of(nlp, text) == []
    # Data cited is evidence: the one citing it speaks.
    text = "The senator, citing data from the census bureau, said about 4 million people had moved."
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.relay) == ("The senator", None)
    assert stances_of(nlp, text) == [("The senator", "citing", "data from the census bureau")]


def test_statements_the_parser_split_oddly(nlp: Language) -> None:
    # A pro-form is what was said.
    text = "Most farmers call prices too low, after 55 percent said so in the spring survey."
    assert said_of(nlp, text) == [("55 percent", "said", "so")]
    text = "Forty percent back the mayor, and 52 percent of those who say the same of the council."
    assert ("who", "say", "the same of the council") in said_of(nlp, text)
    # "which they say left …": a finite clause read as the verb's xcomp.
    text = "Nurses blame the cuts to night staff, which they say left wards without cover."
    assert said_of(nlp, text) == [("they", "say", "left wards without cover")]
    # "…, and one in four said …": the second speaker hung on the first statement.
    text = ("One in three said the council does not listen to tenants and one in four said "
            "the council was hostile to them.")
    assert said_of(nlp, text) == [("One in three", "said", "the council does not listen to tenants"),
                                  ("one in four", "said", "the council was hostile to them")]


def test_a_finite_verb_joined_to_a_that_clause_goes_with_the_outer_verb(nlp: Language) -> None:
    text = ("The council last week passed a resolution. It demands that the army end its siege of "
            "the city and calls on both sides to let convoys through.")
    found = [(q.speaker, q.cue, q.content) for q in nlp(text)._.quotes]
    assert found == [("It", "demands", "the army end its siege of the city"),
                     ("It", "calls on", "both sides to let convoys through")]


def test_an_estimate_keeps_the_figure_it_is_put_at(nlp: Language) -> None:
    text = "Organizers estimated the crowd at more than 100,000, while police gave no figure."
    assert stances_of(nlp, text) == [("Organizers", "estimated", "the crowd at more than 100,000")]
    # A place or a year after the object is no figure.
    assert stances_of(nlp, "He criticized the plan at a rally in 2016.") == [("He", "criticized", "the plan")]


def test_a_speaker_hung_on_the_clause_before_as_an_apposition(nlp: Language) -> None:
    text = ("India will send more tents to Nepal, the foreign ministry spokesperson Randhir "
            "Jaiswal said on Tuesday.")
    assert said_of(nlp, text) == [("the foreign ministry spokesperson Randhir Jaiswal", "said",
                                   "India will send more tents to Nepal")]
    # A conjunct after "and" shares the first verb's subject.
    text = "The minister arrived in Doha and said the talks would resume."
    assert said_of(nlp, text) == [("The minister", "said", "the talks would resume")]


def test_wire_forms_the_parser_reads_oddly(nlp: Language) -> None:
    # ", according to X" closing the reported clause is no part of what was warned.
    text = "Egypt warned that an offensive in Rafah would threaten the treaty, according to two officials."
    assert said_of(nlp, text) == [("Egypt", "warned", "an offensive in Rafah would threaten the treaty")]
    # "said it had targeted militants" parsed as "said [it had targeted] militants".
    text = "Residents said the shelling went on all night, while the army said it had targeted militants."
    assert said_of(nlp, text) == [("Residents", "said", "the shelling went on all night"),
                                  ("the army", "said", "it had targeted militants")]
    # Not citing is no citing.
    text = "Channel 12 reported, without citing sources, that the cabinet would meet on Thursday."
    assert [(q.kind, q.cue) for q in nlp(text)._.quotes] == [("speech", "reported")]


def test_translated_wire_forms(nlp: Language) -> None:
    # "This was stated by X": what was stated is the sentence before.
    text = ("The crossing will reopen on Sunday for aid trucks. This was stated by the spokesman "
            "of the Egyptian Foreign Ministry, Ahmed Abu Zeid.")
    assert said_of(nlp, text) == [("the spokesman of the Egyptian Foreign Ministry, Ahmed Abu Zeid",
                                   "was stated", "The crossing will reopen on Sunday for aid trucks")]
    # "According to what X told Efe, …": X speaks, through Efe.
    text = "According to what a Hamas leader told Efe, the movement will answer the proposal this week."
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.relay, found.content) == (
        "a Hamas leader", "Efe", "the movement will answer the proposal this week")
    # An adverbial before the speaker is no statement of theirs.
    assert said_of(nlp, "After the talks collapsed on Monday, the minister said nothing.") == []
    # A name ending the sentence does not keep the full stop.
    text = "The delegation will return to Cairo next week, as reported by the public broadcaster Kan."
    assert [q.speaker for q in quotes_of(nlp, text)] == ["the public broadcaster Kan"]
    # (nor when a paragraph follows it)
    text += "\n\nThe talks are expected to last three days."
    assert [q.speaker for q in quotes_of(nlp, text)][:1] == ["the public broadcaster Kan"]
    # "reported, citing X, that …" with the clause hung on "citing": X speaks, through the channel.
    text = "The Israeli Channel 12 reported, citing a senior official, that the security cabinet will meet on Sunday."
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.relay, found.cue, found.content) == (
        "a senior official", "The Israeli Channel 12", "reported", "the security cabinet will meet on Sunday")
    # "considered that …": a view held, with its "that" (not "considered the request for a week").
    text = "In statements to the press, the Egyptian minister considered that the Israeli position does not help."
    [found] = nlp(text)._.quotes
    assert (found.speaker, found.cue, found.content, found.kind) == (
        "the Egyptian minister", "considered", "the Israeli position does not help", "stance")
    assert nlp("The court considered the request for a week.")._.quotes == []
    # "informed to Efe that …", the parser making the sources the root.
    text = "Palestinian sources informed to Efe that the delegation of Hamas arrived to Cairo this morning."
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.cue, found.relay, found.kind) == ("Palestinian sources", "informed", "Efe", "speech")


def test_two_statements_joined_by_a_semicolon_and_a_that_the_tagger_took_for_a_determiner(
        nlp: Language) -> None:
    text = "Israel says Hamas is holding up the deal; Hamas says Israel keeps adding conditions."
    assert said_of(nlp, text) == [("Israel", "says", "Hamas is holding up the deal"),
                                  ("Hamas", "says", "Israel keeps adding conditions")]
    text = "The United Nations has warned that famine is imminent in northern Gaza."
    assert said_of(nlp, text) == [("The United Nations", "has warned", "famine is imminent in northern Gaza")]
    # A complementizer the parser made the subject of a noun it took for a verb.
    text = "Qatar's prime minister said on Sunday that talks on a second phase were \"moving forward\"."
    assert said_of(nlp, text) == [("Qatar's prime minister", "said",
                                   "talks on a second phase were \"moving forward\"")]
    # ("that" as a pronoun is what was said)
    assert said_of(nlp, "The envoy said that was not acceptable.")[0][2].startswith("that")


def test_a_phrase_in_the_middle_of_the_clause_before_the_speaker_keeps_it_a_statement(
        nlp: Language) -> None:
    # The parser hangs "in an attempt to …" on "told"; the clause is still what was told.
    text = ("Egyptian, Qatari and US mediators opened a new round of indirect negotiations in "
            "Cairo this Monday with an Israeli delegation that arrived in the Egyptian capital on "
            "Sunday night, in an attempt to close the gaps that have so far blocked a truce in the "
            "Gaza Strip, two Egyptian security sources told EFE.")
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [
        ("two Egyptian security sources", "told")]


def test_cue_verbs_the_tagger_misread(nlp: Language) -> None:
    # "notes" read as a plural noun at the root, the name as its compound.
    text = "Cornyn cannot expect to easily advance in Texas politics without Cruz's support, O'Keefe notes."
    assert said_of(nlp, text) == [("O'Keefe", "notes",
                                   "Cornyn cannot expect to easily advance in Texas politics without Cruz's support")]
    # A name made the root, the cue a participle of it, after a quotation of its own sentence.
    text = ("\"Not us, but we can't argue with it!\" Murphy, the head of the super PAC, Tweeted on "
            "Friday with an image of the skywriting.")
    assert said_of(nlp, text) == [("Murphy, the head of the super PAC", "Tweeted",
                                   "Not us, but we can't argue with it!")]
    # A particle between the verb and its preposition.
    text = "Libby Schaaf, the mayor of Oakland, also spoke out against the plan."
    assert stances_of(nlp, text) == [("Libby Schaaf, the mayor of Oakland", "also spoke out against", "the plan")]


def test_a_statement_repeated_with_a_pronoun_and_the_quoting_formula(nlp: Language) -> None:
    text = ("Asked about the envoy, Senator Ruiz said \"I don't know anything about him or the "
            "emails,\" she said.")
    assert said_of(nlp, text) == [("Senator Ruiz", "said",
                                   "I don't know anything about him or the emails")]
    # A quoted word a stance takes as its object is no quotation the stance introduces.
    text = ('Qatar expressed "deep regret" at the suspension and urged both sides to "return to the '
            'negotiating table without delay", foreign ministry spokesman Khalid al-Mansouri said.')
    assert [(q.cue, q.direct) for q in quotes_of(nlp, text)] == [("said", False)]
    text = "No wonder the governor said, and I quote, \"We love the poorly educated.\""
    assert said_of(nlp, text) == [("the governor", "said", "We love the poorly educated")]


def test_a_block_quotation_after_a_colon_ending_its_paragraph(nlp: Language) -> None:
    text = ("The columnist writes:\n\nThe film names neither the president nor his envoy, and "
            "no one in it mentions the ceasefire.\n\nThat is the point.")
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.cue, found.direct) == ("The columnist", "writes", True)
    assert found.content.startswith("The film names") and found.content.endswith("the ceasefire")


def test_a_finite_verb_the_parser_hung_inside_the_speaker_ends_it(nlp: Language) -> None:
    # "Relatives of those detained announced protests, calling the arrests revenge": the parser
    # may make "announced" a modifier inside the subject phrase; the speaker ends before it.
    # The parse is given here so the test does not depend on the model.
    words = ["Relatives", "of", "those", "detained", "announced", "protests", ",", "calling",
             "the", "arrests", "revenge", "."]
    heads = [0, 0, 5, 5, 5, 1, 0, 0, 9, 7, 7, 0]
    deps = ["ROOT", "prep", "det", "amod", "amod", "pobj", "punct", "acl", "det", "dobj", "oprd",
            "punct"]
    tags = ["NNS", "IN", "DT", "VBN", "VBD", "NNS", ",", "VBG", "DT", "NNS", "NN", "."]
    pos = ["NOUN", "ADP", "DET", "VERB", "VERB", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "NOUN",
           "PUNCT"]
    lemmas = ["relative", "of", "those", "detain", "announce", "protest", ",", "call", "the",
              "arrest", "revenge", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert [(q.speaker, q.cue) for q in extract_quotes(doc)] == [("Relatives of those detained", "calling")]


def test_tex_style_marks_and_a_toll_that_claims_lives(nlp: Language) -> None:
    text = ("``It was definitely a bomb,'' said an embassy official in Nairobi. ``You can see a "
            "crater behind the building.''")
    assert [(q.speaker, q.content) for q in quotes_of(nlp, text)] == [
        ("an embassy official in Nairobi", "It was definitely a bomb"),
        ("an embassy official in Nairobi", "You can see a crater behind the building")]
    assert stances_of(nlp, "The two bombings claimed at least 217 lives.") == []
    assert stances_of(nlp, "No group has claimed responsibility for the attack.") == [
        ("No group", "has claimed", "responsibility for the attack")]


def test_the_one_told_is_no_part_of_what_was_told(nlp: Language) -> None:
    # Parsed as "the Egyptian president [whom] the American people share …".
    text = "Blinken told the Egyptian president the American people share in the grief of the Egyptians."
    found = only(quotes_of(nlp, text))
    assert (found.content, found.relay) == (
        "the American people share in the grief of the Egyptians", "the Egyptian president")


def test_a_verb_of_saying_before_its_speaker_read_as_part_of_the_name(nlp: Language) -> None:
    text = 'Replied State Department deputy spokesman Richard Boucher, "We have not analyzed the statement."'
    assert said_of(nlp, text) == [("State Department deputy spokesman Richard Boucher", "Replied",
                                   "We have not analyzed the statement")]


def test_a_name_given_in_two_coordinated_words(nlp: Language) -> None:
    text = 'The foreign minister called the order "grave and sinister."'
    assert stances_of(nlp, text) == [("The foreign minister", "called", 'the order "grave and sinister."')]
    # A second clause the parser hung on the name is still cut off.
    text = 'The minister called it "shameful" and called on leaders to act.'
    assert stances_of(nlp, text)[0] == ("The minister", "called", 'it "shameful"')


def test_headlines_quoting_a_name_the_recogniser_misses_or_a_topic(nlp: Language) -> None:
    # Straight single marks around the words make them a quotation, short as they are.
    text = ("Leila Haddad: 'Rafah is not safe.'\n\nThe aid chief spoke in Amman on Monday.\n")
    assert said_of(nlp, text)[:1] == [("Leila Haddad", ":", "Rafah is not safe")]
    # "Name on topic: ‘…’": the name before "on" is the source, whatever the tagger made of it.
    text = ("Gillibrand on the Truce Talks in Doha: ‘I Think They Will Sign.’\n\n"
            "Sen. Kirsten Gillibrand told reporters on Friday that the sides were close.\n")
    assert said_of(nlp, text)[:1] == [("Gillibrand", ":", "I Think They Will Sign")]
    # Without quotation marks "X on Y: …" stays a label.
    text = "Egypt on the Border: A Wall Rises in Sinai\n\nEngineers poured concrete on Monday.\n"
    assert said_of(nlp, text) == []


def test_a_quotation_inside_a_quotation_with_the_same_marks() -> None:
    text = ("She wrote: “As a nurse in Gaza, I would rather work in what they call “hell” than "
            "leave.” Then she left. “Another one,” he said.")
    found = [(text[q.start:q.end]) for q in find_quotations(text, 0, len(text))]
    assert found == ["As a nurse in Gaza, I would rather work in what they call “hell” than leave",
                     "hell", "Another one"]
    # A second opening with one closing mark after it: the first lost its closing mark.
    text = "“The first goes on and “the second opens” here."
    assert [text[q.start:q.end] for q in find_quotations(text, 0, len(text))] == ["the second opens"]


def test_an_interview_printed_as_questions_and_answers(nlp: Language) -> None:
    text = ("DOHA, Feb 14 - Qatar's chief negotiator spoke to us on Tuesday. The interview has "
            "been edited for length.\n\n"
            "Q: Where do the talks stand tonight?\n\n"
            "A: We have a text both sides have seen. The prisoner lists remain difficult.\n")
    found = [(q.speaker, q.cue, q.content, q.kind, q.direct) for q in nlp(text)._.quotes]
    assert ("Q", ":", "Where do the talks stand tonight?", "question", True) in found
    assert ("A", ":", "We have a text both sides have seen. The prisoner lists remain difficult",
            "speech", True) in found
    # A page with answers and no questions is no interview: "A: …" may be a list's item.
    text = "Options on the table:\n\nA: a six-week truce with a prisoner exchange.\n"
    assert quotes_of(nlp, text) == []


def test_quotation_marks_glued_to_the_words_around_them(nlp: Language) -> None:
    text = ("Ryan said,“Look, these images have no place in a campaign.”\n\n"
            "The envoy told reporters:“We are close.”He then left for Cairo.\n")
    doc = nlp(text)
    assert ["said", ",", "“", "Look"] == [t.text for t in doc[1:5]]  # (one word "said,“Look" before)
    assert said_of(nlp, text) == [("Ryan", "said", "Look, these images have no place in a campaign"),
                                  ("The envoy", "told", "We are close")]



def test_citations_the_parser_hangs_on_the_reported_clause(nlp: Language) -> None:
    text = ("Egypt's state-affiliated Al Qahera News TV reported, citing a senior Egyptian official, "
            "that negotiations would resume next week.")
    assert [(q.speaker, q.relay, q.cue, q.content, q.kind) for q in nlp(text)._.quotes] == [
        ("a senior Egyptian official", "Egypt's state-affiliated Al Qahera News TV", "reported",
         "negotiations would resume next week", "speech")]
    # What is cited may be a reason, not a source: the minister still speaks, from "taxes".
    found = [(q.speaker, q.cue, q.content) for q in nlp(
        "The minister said, citing low growth, that taxes would rise.")._.quotes]
    assert ("The minister", "said", "taxes would rise") in found
    # Closing a sentence, after the outlet the tagger took for an adverb.
    text = ("The plan would see hostages released in exchange for Palestinian prisoners, reported "
            "Axios, citing two US officials.")
    assert [(q.speaker, q.relay, q.cue, q.content) for q in nlp(text)._.quotes] == [
        ("two US officials", "Axios", "reported",
         "The plan would see hostages released in exchange for Palestinian prisoners")]


def test_a_headline_that_names_its_source_last(nlp: Language) -> None:
    text = ("Gaza truce talks to resume in Doha next week: sources\n\n"
            "CAIRO, March 9 (Xinhua) -- Negotiations on a truce will resume in Doha next week.\n")
    assert said_of(nlp, text)[:1] == [("sources", ":", "Gaza truce talks to resume in Doha next week")]
    text = "Israel weighs new hostage proposal - Channel 12\n\nThe cabinet met on Monday.\n"
    assert said_of(nlp, text) == [("Channel 12", "-", "Israel weighs new hostage proposal")]
    # A page's own labels after a colon say nothing, nor does a title with no statement.
    text = ("Biden visits Israel amid fears of a wider war: Live Updates\n\n"
            "The war in Gaza: a timeline\n\nThe cabinet met on Monday.\n")
    assert said_of(nlp, text) == []


def test_translated_copy_the_text_with_a_relative_clause_and_clarified(nlp: Language) -> None:
    text = ("“The Government approved the outline of the first stage,” indicated the text, which "
            "added that the truce could be extended by one day.\n\n"
            "The adviser, Tzachi Hanegbi, clarified that the releases would not begin before Friday.\n")
    assert said_of(nlp, text) == [
        ("the text", "indicated", "The Government approved the outline of the first stage"),
        ("which", "added", "the truce could be extended by one day"),
        ("The adviser, Tzachi Hanegbi", "clarified", "the releases would not begin before Friday")]


def test_what_another_said_given_as_the_occasion_is_no_part_of_the_statement(nlp: Language) -> None:
    text = ("Prime Minister Benjamin Netanyahu said on Wednesday that Israel would stand alone if it "
            "had to, after U.S. President Joe Biden said Washington would stop some weapons shipments.")
    assert said_of(nlp, text) == [
        ("Prime Minister Benjamin Netanyahu", "said", "Israel would stand alone if it had to"),
        ("U.S. President Joe Biden", "said", "Washington would stop some weapons shipments")]
    # An occasion with no speaker of its own is the speaker's.
    text = "The minister said the army would retaliate after the attack on the border post."
    assert said_of(nlp, text) == [("The minister", "said", "the army would retaliate after the attack on the border post")]


def test_a_clause_the_parser_hangs_on_the_interview(nlp: Language) -> None:
    text = ("Biden told CNN in an interview aired on Wednesday that he had made clear to Netanyahu "
            "that they would not get U.S. support.")
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.cue, found.relay, found.content) == (
        "Biden", "told", "CNN", "he had made clear to Netanyahu that they would not get U.S. support")


def test_a_quotation_a_colon_gives_to_the_name_before_it(nlp: Language) -> None:
    text = ("The timing of the surge doesn’t surprise Republican pollster Daron Shaw: “Lesser-known "
            "candidates often gain late.”\n\n"
            "Not all web panels are created equal. From the report: “Samples with more elaborate "
            "weighting do better.”\n\n"
            "He had one message for the minister: “Get out of the talks.”\n")
    assert [(q[0], q[1]) for q in said_of(nlp, text)] == [("Republican pollster Daron Shaw", ":"),
                                                         ("the report", ":")]


def test_a_condition_the_parser_hung_on_a_trailing_cue_is_part_of_what_was_told(nlp: Language) -> None:
    text = ("Armenia is ready to reopen the border crossings, but only if Azerbaijan pulls its troops "
            "back from the contested heights, Armenian Foreign Minister Ararat Mirzoyan told reporters "
            "on Friday after talks with his Georgian counterpart.")
    assert said_of(nlp, text)[:1] == [
        ("Armenian Foreign Minister Ararat Mirzoyan", "told",
         ("Armenia is ready to reopen the border crossings, but only if Azerbaijan pulls its troops "
         "back from the contested heights"))]
    # an adverbial opening the sentence is still the cue's, not what was told
    text = "Speaking after the talks in Tbilisi, the minister told reporters the border would stay shut."
    assert [c for _, _, c in said_of(nlp, text)] == ["the border would stay shut"]


def test_according_to_a_source_whose_apposition_is_the_subject_of_the_clause(nlp: Language) -> None:
    text = ("According to the Georgian minister, a “lasting settlement” is possible only through "
            "dialogue, and Tbilisi is ready to host the next round.")
    assert said_of(nlp, text) == [
        ("the Georgian minister", "According to",
         "a “lasting settlement” is possible only through dialogue, and Tbilisi is ready to host the next round")]
    # a true apposition stays the source's
    text = "According to Nino Beridze, a spokeswoman for the ministry, the talks will resume in May."
    assert said_of(nlp, text) == [("Nino Beridze, a spokeswoman for the ministry", "According to",
                                   "the talks will resume in May")]


def test_several_people_of_a_title_are_not_the_one_named_before() -> None:
    nlp = load_pipeline(layers=["structure", "actors", "attribution"])
    nlp.get_pipe("attribution").model = None
    text = ("Foreign Minister Ararat Mirzoyan said on Monday that the border would stay shut. "
            "“The door is open,” the minister said later. “We will not wait for a third round,” "
            "the two ministers said in a joint statement on Tuesday.")
    first, second, third = quotes_of(nlp, text)
    assert first.speaker_actor == second.speaker_actor == "Ararat Mirzoyan"
    assert third.speaker == "the two ministers" and third.speaker_actor != "Ararat Mirzoyan"


def test_according_to_closing_a_coordination_reports_all_of_it(nlp: Language) -> None:
    text = ("Since March, more than 2,100 people have been killed and 9,000 others wounded in the "
            "clashes around the capital, according to the health ministry.")
    assert said_of(nlp, text) == [
        ("the health ministry", "according to",
         ("Since March, more than 2,100 people have been killed and 9,000 others wounded in the "
         "clashes around the capital"))]
    # a last conjunct with its own auxiliary is a clause of its own, which the source reports
    text = ("Police fired tear gas at the marchers, and at least 30 people were hurt, according to the "
            "city's hospitals.")
    assert said_of(nlp, text) == [("the city's hospitals", "according to", "at least 30 people were hurt")]


def test_translated_wire_copy_speakers(nlp: Language) -> None:
    # "dijo la fuente al canal": the dummy "it" is no speaker, the source after the verb is
    text = ('"Lebanon will not accept conditions that are disconnected of the reality", it said the source '
            "to the channel.")
    assert [(q.speaker, q.cue, q.relay) for q in quotes_of(nlp, text)] == [("the source", "said", "the channel")]
    # "Por su parte, el portavoz …, X, aseguró": the opening phrase is no part of the speaker
    text = ("For his part, the spokesman of the Lebanese Ministry of Foreign Affairs, Karim Haddad, assured "
            "in a press conference in Beirut that the negotiations are not at a dead end.")
    assert said_of(nlp, text) == [
        ("the spokesman of the Lebanese Ministry of Foreign Affairs, Karim Haddad", "assured",
         "the negotiations are not at a dead end")]
    # "…, según informó la emisora X, que citó a una fuente": the source speaks, through the outlet
    text = ("The Lebanese Government rejected this Monday the last proposal of the mediators, as reported "
            "this Monday by the public broadcaster LBCI, that cited an official source.")
    reported = next(q for q in quotes_of(nlp, text) if q.cue == "reported")
    assert (reported.speaker, reported.relay, reported.content) == (
        "an official source", "the public broadcaster LBCI",
        "The Lebanese Government rejected this Monday the last proposal of the mediators")
    assert "cited" not in [q.cue for q in quotes_of(nlp, text)]


def test_translated_copy_the_outlet_told_before_the_source_and_two_that_clauses(nlp: Language) -> None:
    # "…, informó a EFE una fuente cercana a las negociaciones"
    text = ("The delegations of Israel and Hamas resumed this Tuesday in Cairo the indirect negotiations, "
            "hours after the Israeli Army took control of the Rafah crossing, informed to EFE a source "
            "close to the negotiations.")
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.cue, quote.relay, quote.source_type) == (
        "a source close to the negotiations", "informed", "EFE", "anonymous")
    assert quote.content.startswith("The delegations") and quote.content.endswith("Rafah crossing")
    # "…, informó el Ministerio de Sanidad del enclave, controlado por Hamás, mientras …"
    text = ("At least 20 Palestinians died this Friday in Israeli bombings, informed the Ministry of Health "
            "of the enclave, controlled by Hamas, while the negotiations remain stalled.")
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.cue, quote.content) == (
        "the Ministry of Health of the enclave, controlled by Hamas", "informed",
        "At least 20 Palestinians died this Friday in Israeli bombings")
    # "aseguró que … y que …": both clauses are what was assured; the quoted complement of
    # "continue" is no statement of the operation's
    text = ('The office of the prime minister assured that the proposal "is far from meeting the '
            'requirements of Israel" and that the military operation in Rafah will continue "to exert '
            'military pressure".')
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.cue) == ("The office of the prime minister", "assured")
    assert quote.content.endswith('will continue "to exert military pressure"')


def test_an_armed_attack_is_no_position_taken(analyzer: Analyzer) -> None:
    # (the full pipeline: the actors layer says Rafah is no person, whatever the recogniser
    # made of it, and the events layer codes the assault)
    text = ("Israel's attack on Rafah killed 12 people. The attack by Hamas on Oct. 7 killed 1,200 "
            "people. Trump's attack on Clinton drew criticism.")
    found = [(q.speaker, q.cue, q.content) for q in analyzer.analyze(text, date="2024-02-14").quotes
             if not q.learned]
    # (the criticism the attack drew is no one named's view of it, beside Trump's own)
    assert found == [(None, "drew criticism", "Trump's attack on Clinton"), ("Trump", "attack on", "Clinton")]


def test_a_conjunct_with_a_verb_that_reports_only_quotations_is_no_statement_of_its_own(nlp: Language) -> None:
    text = ("Israel's envoy said Israel's goals had not changed and it would continue operating in Gaza "
            "until all hostages were returned.")
    (quote,) = quotes_of(nlp, text)
    assert quote.content == ("Israel's goals had not changed and it would continue operating in Gaza until "
                             "all hostages were returned")


def test_a_line_break_after_a_parenthetical_cue_is_no_more_of_the_clause(nlp: Language) -> None:
    # (the parser hangs the line break on the clause; it is no word that follows the cue)
    text = ("Iran fired more than 180 ballistic missiles at Israel on Tuesday, the Israeli military said, "
            "in what Tehran called retaliation for the killing of Hezbollah leader Hassan Nasrallah.\n"
            "Most of the missiles were intercepted, it said.")
    assert next(q.content for q in quotes_of(nlp, text)) == "Iran fired more than 180 ballistic missiles at Israel on Tuesday"


def test_a_semicolon_parts_a_clause_from_the_cue_after_it(nlp: Language) -> None:
    text = "Iran fires missiles at Israel; Netanyahu vows response\n\nThe army said it was ready."
    assert [(q.speaker, q.content) for q in quotes_of(nlp, text)] == [("The army", "it was ready")]


def test_the_that_of_a_clause_told_to_a_briefing_is_no_part_of_it(nlp: Language) -> None:
    text = ("His spokesman, Stephane Dujarric, later told a briefing that the UN envoy for Sudan, "
            "Ramtane Lamamra, would travel to Port Sudan next week.")
    (quote,) = quotes_of(nlp, text)
    assert (quote.cue, quote.relay, quote.content) == (
        "later told", "a briefing", "the UN envoy for Sudan, Ramtane Lamamra, would travel to Port Sudan next week")


def test_a_participle_joined_to_the_infinitive_of_another(nlp: Language) -> None:
    # (the parser hangs "warning" on "show"; it goes with "urging", Egypt's too)
    text = ("Egypt condemned the strike on Monday, urging Israel to show restraint and warning that the "
            "region could slide into war.")
    assert said_of(nlp, text) == [("Egypt", "urging", "Israel to show restraint"),
                                  ("Egypt", "warning", "the region could slide into war")]


def test_a_live_page_entry_heading_and_the_entry_under_it(nlp: Language) -> None:
    # one line each, no blank line, the heading with no full stop
    text = ("13:20 GMT - Hezbollah says it was not consulted on the plan\n"
            "Hezbollah official Hassan Fadlallah said the group had not been consulted on the plan.")
    assert [(q.speaker, q.content) for q in quotes_of(nlp, text)] == [
        ("Hezbollah", "it was not consulted on the plan"),
        ("Hezbollah official Hassan Fadlallah", "the group had not been consulted on the plan")]
    # a hyphenated number opening the speaker is no stamp
    text = "Twenty-four percent of the voters said the talks would fail."
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Twenty-four percent of the voters"]


def test_a_reuters_headline_with_a_topic_label_and_a_credited_source(nlp: Language) -> None:
    text = ("Yemen: Houthis and government agree to prisoner swap talks in Muscat - officials\n\n"
            "MUSCAT (Reuters) - The talks will start next week, two officials said on Monday.")
    assert next((q.speaker, q.cue, q.content) for q in quotes_of(nlp, text)) == (
        "officials", "-", "Houthis and government agree to prisoner swap talks in Muscat")


def test_according_to_after_a_gapped_conjunct_and_before_a_participle(nlp: Language) -> None:
    text = ("The war has killed tens of thousands of people and displaced more than 12 million, according "
            "to U.N. figures, triggering a hunger crisis.")
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.content) == (
        "U.N. figures", "The war has killed tens of thousands of people and displaced more than 12 million")


def test_a_stance_object_set_off_by_commas_and_a_title_before_its_holder(nlp: Language) -> None:
    # "condenó, en los términos más enérgicos, la masacre": the parser leaves the object loose
    text = ("The Presidency of the State of Palestine condemned, in the strongest terms, the massacre "
            "committed by the occupation forces against the citizens waiting the aid in Gaza city.")
    assert stances_of(nlp, text) == [
        ("The Presidency of the State of Palestine", "condemned",
         "the massacre committed by the occupation forces against the citizens waiting the aid in Gaza city")]
    # the title, its body, then the person who holds it: the person speaks
    full = load_pipeline(layers=["structure", "actors", "attribution"])
    full.get_pipe("attribution").model = None
    doc = full("The Secretary General of the PLO Executive Committee Hussein al-Sheikh said that the "
               "world must act now.")
    assert [(q.speaker_actor, q.source_type) for q in doc._.quotes] == [("Hussein al-Sheikh", "person")]


def test_a_participle_after_a_subordinate_clause_is_the_main_subjects(nlp: Language) -> None:
    text = ("US envoy Amos Hochstein arrived in Lebanon on Monday on his fifth trip to the region since the "
            "war began, seeking to use the new ceasefire to revive stalled border talks.")
    assert stances_of(nlp, text) == [("US envoy Amos Hochstein", "seeking",
                                      "use the new ceasefire to revive stalled border talks")]


def test_a_view_the_subject_draws_from_others_is_theirs(nlp: Language) -> None:
    # those it comes from hold it, the subject is what it is of, the verb and noun the cue
    text = ("The ceasefire plan has drawn sharp criticism from hardline ministers in the cabinet. "
            "The army's raid on the camp sparked condemnation from Jordan and Egypt.")
    assert stances_of(nlp, text) == [
        ("hardline ministers in the cabinet", "has drawn sharp criticism", "The ceasefire plan"),
        ("Jordan and Egypt", "sparked condemnation", "The army's raid on the camp")]
    # a that-clause says what the view is; "his criticism" is his own
    text = "The envoy faced criticism from rivals that the talks had been rushed."
    assert stances_of(nlp, text) == [("rivals", "faced criticism", "the talks had been rushed")]
    assert [s[:2] for s in stances_of(nlp, "The minister drew his criticism of the plan from the report.")] \
        == [("his", "criticism of")]


def test_she_after_a_plural_speaker_is_the_woman_named_before(analyzer: Analyzer) -> None:
    text = ("Rights groups warned that the visit rewarded the generals. Daw Khin Hla has been silent on the "
            "violence. She said on Monday that sanctions must end. Ministers met in the capital. Later she told "
            "reporters in Washington that the army would answer to her.")
    quotes = [q for q in analyzer.analyze(text, date="2016-09-16").quotes if q.speaker in ("She", "she")]
    assert [q.speaker_actor for q in quotes] == ["Daw Khin Hla", "Daw Khin Hla"]


def test_he_after_a_plural_speaker_is_the_subject_named_before_and_she_is_not_him(analyzer: Analyzer) -> None:
    text = ("Some Republicans are so opposed to the nominee that they are endorsing his rival. Former Rep. "
            "Tom Reyes was for Governor Dale Price while the governor was in the race, he said on Wednesday.\n\n"
            "\"She is my next choice,\" he said. Mr. Reyes, 61, is retired. The party chair was blunt. "
            "\"We lost,\" she said.")
    quotes = [(q.content[:12], q.speaker_actor) for q in analyzer.analyze(text, date="2016-08-10").quotes
              if q.speaker in ("he", "she")]
    assert quotes[:2] == [("Former Rep. ", "Tom Reyes"), ("She is my ne", "Tom Reyes")]
    # ("she" is not the man "he" stood for: the office holder the sentence before is about)
    assert quotes[2][1] != "Tom Reyes"


def test_quoted_or_cited_as_saying_after_the_quotation_and_by_whom(analyzer: Analyzer) -> None:
    text = ('MOSCOW, June 3. /TASS/. "The ball is in Kiev\'s court," Peskov was quoted as saying by RIA Novosti.\n\n'
            '"We will respond," the agency quoted a senior commander as saying on Sunday. Turkish Foreign '
            'Minister Hakan Fidan, who hosted the talks, was cited by Anadolu as saying that both sides had '
            'agreed to a swap.')
    quotes = analyzer.analyze(text, date="2025-06-03").quotes
    assert [(q.content, q.speaker, q.relay) for q in quotes] == [
        ("The ball is in Kiev's court", "Peskov", "RIA Novosti"),
        ("We will respond", "a senior commander", "the agency"),
        ("both sides had agreed to a swap", "Turkish Foreign Minister Hakan Fidan, who hosted the talks", "Anadolu")]
    # (Anadolu citing him is how his words came, no stance of Anadolu's on him)
    # (the parser may hang "as saying" on the agency that quoted)
    (quote,) = analyzer.analyze("Iran is ready to talk, Foreign Minister Abbas Araqchi was quoted by state news "
                                "agency IRNA as saying.", date="2025-06-03").quotes
    assert (quote.content, quote.speaker, quote.speaker_actor, quote.relay) == (
        "Iran is ready to talk", "Foreign Minister Abbas Araqchi", "Abbas Araghchi", "state news agency IRNA")


def test_what_was_said_keeps_the_subject_the_parser_hung_on_the_cue(nlp: Language) -> None:
    quote = only(quotes_of(nlp, "A Ukrainian official said between 1,000 and 1,200 prisoners could be freed "
                                "within weeks."))
    assert quote.content == "between 1,000 and 1,200 prisoners could be freed within weeks"
    # (a day stays the saying's)
    quote = only(quotes_of(nlp, "The official said on Monday more than 1,000 prisoners would be freed."))
    assert quote.content == "more than 1,000 prisoners would be freed"
    # (a participle of the cue's phrase is no clause of what was said: the quotation before is)
    text = ('"We were at 3 percent in the polls six months ago," Sanders said in an interview with CNN\'s '
            'Gloria Borger aired Monday on "New Day."')
    quote = only(quotes_of(nlp, text))
    assert quote.content == "We were at 3 percent in the polls six months ago"
    assert quote.relay == "an interview with CNN's Gloria Borger"


def test_a_verb_of_saying_joined_to_a_things_clause_is_the_speakers_own(nlp: Language) -> None:
    text = ('Zelensky wrote on Telegram that the exchange was "a first step" but accused Moscow of "stalling."')
    wrote, accused = nlp(text)._.quotes  # (a speech and a stance)
    assert (wrote.cue, wrote.content) == ("wrote", 'the exchange was "a first step"')
    assert (accused.cue, accused.speaker) == ("accused", "Zelensky")
    # (a clause whose subject can speak keeps its verbs: the rebels may have warned)
    quote = quotes_of(nlp, "Officials said the rebels had retreated and warned of new attacks.")[0]
    assert quote.content == "the rebels had retreated and warned of new attacks"


def test_declining_to_say_says_nothing(nlp: Language) -> None:
    text = "She declined to say whether talks would resume, but said the offer stood."
    quotes = nlp(text)._.quotes
    assert [(q.cue, q.kind) for q in quotes] == [("declined", "stance"), ("said", "speech")]
    assert quotes[1].content == "the offer stood"


def test_a_live_pages_stamped_entries_and_its_list_of_other_stories(analyzer: Analyzer) -> None:
    text = ("Live: Truce talks in Doha enter second day\n\nPublished 2 hours ago\n\n"
            "13:05 GMT - Hamas delegation 'positive' on new proposal: official\n\n"
            "A senior Hamas official told reporters the delegation was studying the paper.\n\n"
            "12:40 GMT - Israeli strikes kill at least 18 across Gaza, medics say\n\n"
            "12:15 GMT - Netanyahu's office: No agreement yet\n\n"
            "The office said reports to the contrary were false.\n\n"
            "Recommended Stories\n\nlist of 3 items\n\nIsrael kills 40 in Mawasi strike\n"
            "US envoy to visit Cairo next week\nend of list\n\n"
            "11:50 GMT - Qatar says talks 'serious and constructive'\n\n"
            "Qatar's foreign ministry spokesman told reporters the two sides were engaged in discussions.")
    article = analyzer.analyze(text, date="2024-08-16")
    kinds = {p.text.split("\n")[0]: p.kind for p in article.paragraphs}
    assert kinds["list of 3 items"] == kinds["Israel kills 40 in Mawasi strike"] == "boilerplate"
    # (a stamped entry heading is neither a caption nor another story)
    assert kinds["12:15 GMT - Netanyahu's office: No agreement yet"] == "body"
    assert kinds["11:50 GMT - Qatar says talks 'serious and constructive'"] == "body"
    said = {(q.speaker, q.cue, q.content, q.kind) for q in article.quotes}
    assert {("official", ":", "Hamas delegation 'positive' on new proposal", "speech"),
            ("medics", "say", "Israeli strikes kill at least 18 across Gaza", "speech"),
            ("Netanyahu's office", ":", "No agreement yet", "speech"),
            ("Qatar", "says", "talks 'serious and constructive'", "speech")} <= said
    # (no name takes in the stamp, and no count comes from the other stories)
    assert not [a for a in article.actors if "GMT" in a.name]
    assert [q.value for q in article.quantities] == [18]


def test_guillemets_of_translated_copy_are_quotation_marks(nlp: Language) -> None:
    text = ("«We will not stop until we return all the hostages», declared the Israeli prime minister, "
            "Benjamin Netanyahu, in a message to the nation.")
    quote = only(quotes_of(nlp, text))
    assert (quote.content, quote.speaker, quote.direct) == (
        "We will not stop until we return all the hostages", "the Israeli prime minister, Benjamin Netanyahu", True)
    # (the text is read as written: the marks stay in it)
    assert nlp(text).text == text


def test_the_cue_after_a_clause_of_agreeing_reports_it(nlp: Language) -> None:
    # (the parser hangs "the AU said" on "agreed" as a clause of its own, which "agree" would
    # report; and the wire's "amid …" after it is the writer's)
    text = "Ethiopia and the rebels agreed on Sunday to extend the mission, the AU said, amid rising tension."
    said = [q for q in nlp(text)._.quotes if q.cue == "said"]
    assert [(q.speaker, q.content, q.kind) for q in said] == [
        ("the AU", "Ethiopia and the rebels agreed on Sunday to extend the mission", "speech")]


def test_according_to_set_off_inside_a_clause_and_after_a_figure(analyzer: Analyzer) -> None:
    text = ("The deal's first phase, according to two officials briefed on the text, includes a six-week "
            "ceasefire. Israel and Hamas have agreed to a deal, Qatar's prime minister said on Wednesday, after "
            "15 months of war that has killed more than 46,000 Palestinians, according to Gaza health authorities.")
    quotes = analyzer.analyze(text, date="2025-01-15").quotes
    assert [(q.speaker, q.cue, q.content, q.relay) for q in quotes] == [
        ("two officials briefed on the text", "according to",
         "The deal's first phase, according to two officials briefed on the text, includes a six-week ceasefire",
         None),
        ("Qatar's prime minister", "said", "Israel and Hamas have agreed to a deal", None),
        ("Gaza health authorities", "according to",
         "15 months of war that has killed more than 46,000 Palestinians", None)]
    # (an "according to" after the statement alone is still its relay)
    (quote,) = analyzer.analyze("Hamas said it would study the offer, according to AFP.", date="2025-01-15").quotes
    assert quote.relay == "AFP"


def test_a_quotation_left_open_goes_on_where_the_next_paragraph_only_closes_it(analyzer: Analyzer) -> None:
    text = ('"We have made real progress," the Qatari spokesman said.\n\n'
            '"The ball is now in Hamas\'s court," he added. "We expect an answer within days.\n\n'
            'If there is no answer, we will reconsider our role."')
    quotes = analyzer.analyze(text, date="2025-01-15").quotes
    assert [(q.content, q.speaker_actor) for q in quotes][2:] == [
        ("We expect an answer within days", "Qatar"), ("If there is no answer, we will reconsider our role", "Qatar")]


def test_according_to_a_source_with_a_relative_clause_the_parser_took_for_the_clause(nlp: Language) -> None:
    # (translated "según la fuente, que pidió el anonimato, …": the relative clause is the
    # source's, the clause after it what the source said)
    found = only(quotes_of(nlp, "According to the source, that asked the anonymity, the mediators have proposed "
                                "that Israel allow the entry of heavy machinery to the Strip."))
    assert (found.speaker, found.content) == (
        "the source", "the mediators have proposed that Israel allow the entry of heavy machinery to the Strip")


def test_a_headline_passive_names_whom_it_is_done_to_not_who_does_it(analyzer: Analyzer) -> None:
    text = ("Sudan's RSF accused of killing over 200 in attack on villages\n\n"
            "KHARTOUM, Feb. 19 (Xinhua) -- More than 200 people were killed in attacks on villages in White "
            "Nile State, a local rights group said Wednesday.")
    article = analyzer.analyze(text, date="2025-02-19")
    accused = next(q for q in article.quotes if q.cue and q.cue.startswith("accused"))
    assert accused.speaker is None and accused.content.startswith("killing over 200")
    (accusation,) = [e for e in article.events if e.type == "ACCUSE"]
    assert accusation.actors == [] and "Rapid Support Forces" in [a.name for a in accusation.targets]
    # (an active accusation keeps its accuser)
    (accusation,) = [e for e in analyzer.analyze("Hamas accuses Israel of stalling the talks",
                                                 date="2025-02-19").events if e.type == "ACCUSE"]
    assert ([a.name for a in accusation.actors], [a.name for a in accusation.targets]) == (["Hamas"], ["Israel"])


def test_a_past_verb_joined_to_a_reported_modal_clause_is_the_speakers(analyzer: Analyzer) -> None:
    # ("would not accept … and called on": "called" cannot share the "would", so Aoun called)
    article = analyzer.analyze("Lebanese President Joseph Aoun said Beirut would not accept any Israeli presence "
                               "on its land and called on the sponsors of the truce to press Israel to pull out.",
                               date="2025-02-17")
    said, called = article.quotes
    assert (said.cue, said.speaker_actor, said.content) == (
        "said", "Joseph Aoun", "Beirut would not accept any Israeli presence on its land")
    assert (called.cue, called.speaker_actor) == ("called on", "Joseph Aoun")
    assert called.content.endswith("press Israel to pull out")
    (request,) = [e for e in article.events if e.type == "REQUEST"]
    assert [a.name for a in request.actors] == ["Joseph Aoun"]


def test_translated_copy_that_opens_with_the_verb_of_saying(analyzer: Analyzer) -> None:
    # ("Ha afirmado el ministro …, que …": the speaker after the verb, and the participle
    # after what was said is his too)
    quotes = analyzer.analyze("ALGIERS- Has affirmed the Minister of Foreign Affairs, Ahmed Attaf, on Tuesday in "
                              "Algiers, that Algeria supports all the efforts aimed at ending the war, calling the "
                              "Security Council to assume its responsibilities.", date="2024-11-20").quotes
    affirmed = next(q for q in quotes if q.cue == "Has affirmed")
    assert (affirmed.speaker_actor, affirmed.content) == (
        "Ahmed Attaf", "Algeria supports all the efforts aimed at ending the war")
    assert next(q for q in quotes if q.cue == "calling").speaker_actor == "Ahmed Attaf"


def test_a_passive_clause_has_no_speaker_of_the_clause_above(analyzer: Analyzer) -> None:
    # ("since the deal was announced": no announcement by the air strikes)
    text = ("Israeli air strikes have killed at least 113 Palestinians across Gaza since the deal was announced on "
            "Wednesday, the Civil Defence agency said.\n\n"
            "Israel's Ministry of Justice published a list of 95 Palestinians it said would be freed on Sunday.")
    quotes = analyzer.analyze(text, date="2025-01-17").quotes
    assert all(q.speaker != "Israeli air strikes" for q in quotes)
    # (and "it" in a clause on the ministry's object is the ministry, not the state it belongs to)
    assert next(q for q in quotes if q.speaker == "it").speaker_actor == "Ministry of Justice"


def test_according_to_before_an_absolute_clause_reports_the_clause_before(nlp: Language) -> None:
    found = only(quotes_of(nlp, "Some 2,000 trucks carrying aid are waiting at the Rafah crossing, according to "
                                "Egypt's Red Crescent, roughly 600 of them loaded with food."))
    assert (found.speaker, found.content) == (
        "Egypt's Red Crescent", "Some 2,000 trucks carrying aid are waiting at the Rafah crossing")


def test_two_sources_of_one_sentence_each_report_their_conjunct(nlp: Language) -> None:
    found = quotes_of(nlp, "Thousands of people have been killed in the fighting this year, according to the United "
                           "Nations, and around 7 million are displaced across the country, the International "
                           "Organization for Migration says.")
    assert sorted((q.speaker, q.content) for q in found) == [
        ("the International Organization for Migration", "around 7 million are displaced across the country"),
        ("the United Nations", "Thousands of people have been killed in the fighting this year")]


def test_a_relative_clause_the_parser_hung_on_the_cue_is_not_what_was_agreed(nlp: Language) -> None:
    found = quotes_of(nlp, "The two countries agreed to create a transit corridor through southern Armenia that "
                           "will be developed by the United States.")
    assert all(not q.content.startswith("that will be developed") for q in found)


def test_an_impersonal_passive_learned_from_a_source(nlp: Language) -> None:
    # (translated copy: the that-clause the parser hangs on the source as a relative clause
    # is what was learned, and the source ends before it)
    found = only(quotes_of(nlp, "It was learned from a source at the ministry that the talks would resume on "
                                "Thursday."))
    assert (found.speaker, found.cue, found.content) == (
        "a source at the ministry", "was learned from", "the talks would resume on Thursday")
    # (a place or a time after "from" is no source, and learning alone no cue)
    assert quotes_of(nlp, "It was reported from Cairo that the talks had stalled.") == []
    assert quotes_of(nlp, "The army has learned from its mistakes.") == []


def test_a_sentence_read_as_one_noun_phrase_has_its_subject_for_speaker(nlp: Language) -> None:
    found = stances_of(nlp, "Families of the hostages protested in Tel Aviv on Saturday night, demanding a deal.")
    assert ("Families of the hostages", "demanding", "a deal") in found


def test_a_speaker_the_parser_hung_on_the_noun_before_its_comma(nlp: Language) -> None:
    # (", the … Classification (IPC) said": read as an apposition of "South Kordofan", the
    # cue a conjunct of the reported clause's verb)
    found = quotes_of(nlp, "Famine conditions have been confirmed in El Fasher in North Darfur and in Kadugli in "
                           "South Kordofan, the Integrated Food Security Phase Classification (IPC) said on Monday, "
                           "warning that another 20 areas are at risk of famine.")
    assert [(q.speaker, q.cue) for q in found] == [
        ("the Integrated Food Security Phase Classification (IPC)", "said"),
        ("the Integrated Food Security Phase Classification (IPC)", "warning")]
    assert found[0].content.startswith("Famine conditions have been confirmed")


def test_a_headlines_passive_report_and_a_clause_of_time_are_no_statements(analyzer: Analyzer) -> None:
    quotes = analyzer.analyze("Famine confirmed in El Fasher as aid access remains blocked\n\n"
                              "The ministry confirmed in a brief statement that it had received the document.",
                              date="2025-11-07").quotes
    assert [(q.speaker, q.content) for q in quotes] == [("The ministry", "it had received the document")]


def test_a_medium_is_no_learned_cue(analyzer: Analyzer) -> None:
    quotes = analyzer.analyze("Houthi military spokesman Yahya Saree said in a televised speech that the group's "
                              "forces had sunk the Magic Seas on Sunday.", date="2025-07-08").quotes
    assert [(q.cue, q.relay) for q in quotes] == [("said", "a televised speech")]


def test_a_quotation_signed_after_a_dash_by_a_noun_phrase_with_of(nlp: Language) -> None:
    # (translated copy: '"…," - wrote the head of state.' The parser takes the speaker for the
    # verb's object; "of" inside the phrase is no preposition of the verb's)
    text = ("Ukraine brought home 390 people on Friday, President Volodymyr Zelensky said.\n\n"
            "\"We are returning our people home. 390 - today, in Ukraine,\" - wrote the head of state.")
    quote = quotes_of(nlp, text)[-1]
    assert (quote.speaker, quote.cue, quote.direct) == ("the head of state", "wrote", True)
    assert quote.content == "We are returning our people home. 390 - today, in Ukraine"


def test_the_head_of_state_is_the_president_named_before() -> None:
    text = ("Ukraine brought home 390 people on Friday, President Volodymyr Zelensky said in Telegram.\n\n"
            "\"We verify every surname,\" wrote the head of state.")
    article = Analyzer().analyze(text, date="2025-05-23")
    assert [q.speaker_actor for q in article.quotes] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_he_after_a_statement_is_the_person_named_before_it() -> None:
    # (a statement is no "he", and a person named again by the first word of the name is that
    # person: "Mr Phumtham")
    text = ("Acting Thai Prime Minister Phumtham Wechayachai met Cambodian Prime Minister Hun Manet on "
            "Monday.\n\nThe armies will meet on Tuesday, according to a joint statement.\n\n"
            "Mr Phumtham said Thailand had agreed to the truce. \"We want to see this sincerity from the other "
            "side,\" he said.")
    article = Analyzer().analyze(text, date="2025-07-28")
    said = [q for q in article.quotes if q.direct]
    assert [(q.speaker, q.speaker_actor, q.source_type) for q in said] == [
        ("he", "Phumtham Wechayachai", "person")]


def test_a_closing_speaker_of_parties_with_their_statement_described(nlp: Language) -> None:
    # (translated copy: "…, announced the parties in a joint statement read at the ceremony")
    text = ("The next cycle will take place in Venezuela in April, announced the parties in a joint statement "
            "read at the closing ceremony.")
    quote = only(quotes_of(nlp, text))
    assert (quote.speaker, quote.cue, quote.relay) == ("the parties", "announced", "a joint statement")
    assert quote.content == "The next cycle will take place in Venezuela in April"


def test_a_named_negotiator_of_a_body_the_recogniser_missed_is_a_person() -> None:
    article = Analyzer().analyze("For her part, the chief negotiator of the ELN, Pablo Beltrán, said the talks "
                                 "went well.", date="2024-03-06")
    (quote,) = article.quotes
    assert (quote.speaker_actor, quote.source_type, quote.source_country, quote.source_count) == (
        "Pablo Beltrán", "person", "COL", None)


def test_his_office_is_the_office_of_the_person_the_clause_is_about() -> None:
    article = Analyzer().analyze("Israeli Prime Minister Benjamin Netanyahu is due to meet U.S. President Donald "
                                 "Trump in Washington on Tuesday, his office said.\n\nClinton's campaign on Monday "
                                 "dressed down Sanders for his campaign's suggestion that she is not a fit.",
                                 date="2025-01-31")
    # (in its own sentence, the subject the clause is about; a possessive's body is no subject)
    owners = [(q.speaker, q.speaker_actor) for q in article.quotes if q.speaker and q.speaker.lower() != "clinton's campaign"]
    assert owners[0] == ("his office", "Benjamin Netanyahu")
    assert ("his campaign", "Sanders") in owners


def test_why_a_source_goes_unnamed_is_no_stance(nlp: Language) -> None:
    doc = nlp("One Western diplomat, speaking on condition of anonymity to discuss private talks, said the gap "
              "was narrowing. The diplomat, who met Hamas leaders to discuss the truce, said the talks went well.")
    stances = [(q.cue, q.content) for q in doc._.quotes if q.kind == "stance"]
    # (the terms of anonymity are sourcing; a purpose of a meeting stays a stance)
    assert ("discuss", "private talks") not in stances and ("discuss", "the truce") in stances


def test_the_writers_word_on_a_claim_set_after_it_is_no_part_of_it(nlp: Language) -> None:
    text = ("The Israeli army claimed it had killed a Hamas commander, a claim Hamas did not confirm. "
            "Officials said the talks had stalled, the allegation a Hamas official rejected.")
    contents = [q.content for q in quotes_of(nlp, text)]
    assert contents[0] == "it had killed a Hamas commander"
    # (with "the", the apposition may be the speaker's own words; only "a claim" is the writer's)
    assert contents[1].startswith("the talks had stalled")
    # (the parser may make the claim the subject of the clause after it)
    text = ("Russia's defence ministry said on Tuesday its forces had taken the village of Novopavlivka, a claim "
            "Ukraine's military rejected.")
    assert [(q.speaker, q.content) for q in nlp(text)._.quotes][:1] == [
        ("Russia's defence ministry", "its forces had taken the village of Novopavlivka")]


def test_a_prime_minister_or_a_deputy_is_no_affiliation() -> None:
    article = Analyzer().analyze("Speaking to reporters in Doha, Qatar's prime minister said the talks were at a "
                                 "critical stage. Two senior security officials said the army had withdrawn.",
                                 date="2025-10-20")
    assert [(q.source_country, q.source_affiliation) for q in article.quotes] == [("QAT", None), (None, "security")]


def test_who_holds_a_document_takes_no_stance_on_it() -> None:
    article = Analyzer().analyze("The draft, seen by Reuters, calls for a six-week truce. A letter obtained by "
                                 "AFP shows the army knew of the plan.", date="2025-10-20")
    assert [(q.speaker, q.cue, q.relay) for q in article.quotes] == [
        ("The draft", "calls for", None), ("A letter", "shows", "AFP")]


def test_an_interviews_answers_are_the_interviewees_words() -> None:
    text = ("CAIRO, May 4 (Staff) - Hossam Zaki, assistant secretary-general of the Arab League, spoke to us "
            "on Sunday about the Sudan talks.\n\nQ: Are the two sides still talking?\n\n"
            "A: They are, through the mediators. We have asked both to open corridors for aid.\n\n"
            "Correction: An earlier version of this interview misstated the day it took place.")
    article = Analyzer().analyze(text, date="2025-05-04")
    turns = [(q.kind, q.speaker, q.speaker_actor, q.source) for q in article.quotes if q.cue == ":"]
    assert turns == [("question", "Q", None, "Q"), ("speech", "A", "Hossam Zaki", "Hossam Zaki")]
    # (and what a question asks is no report of what happened; a correction no part of the story)
    asked = [e.status for e in article.events if "talking" in e.evidence]
    assert asked == ["hypothetical"]
    assert [p.kind for p in article.paragraphs][-1] == "boilerplate"
    # (an age's hyphen is no timeline entry's dash)
    (quote,) = Analyzer().analyze("81-year-old Parker Eaton, a retired farmer, said he would vote.",
                                  date="2016-02-01").quotes
    assert quote.speaker == "81-year-old Parker Eaton, a retired farmer"


def test_a_briefing_transcripts_speakers_in_capitals_and_its_unnamed_questions() -> None:
    text = ("Department Press Briefing – March 4, 2025\n\n"
            "Department spokeswoman Clara Laine opened the briefing in Washington on Tuesday.\n\n"
            "MS LAINE: The Secretary will travel to Amman on Thursday to meet the Jordanian foreign minister.\n\n"
            "QUESTION: Has Hamas answered the bridging proposal?\n\n"
            "MS LAINE: Not yet. We expect an answer through the mediators this week.\n\n"
            "QUESTION: Will he meet Egyptian officials too?\n\n"
            "MR DORAN: I would add that Egypt remains an essential partner.\n")
    article = Analyzer().analyze(text, date="2025-03-04")
    turns = [(q.kind, q.speaker, q.speaker_actor, q.source_type) for q in article.quotes if q.cue == ":"]
    assert turns == [("speech", "MS LAINE", "Clara Laine", "person"), ("question", "QUESTION", None, None),
                     ("speech", "MS LAINE", "Clara Laine", "person"), ("question", "QUESTION", None, None),
                     ("speech", "MR DORAN", "Doran", "person")]
    assert not [a for a in article.actors if a.name == "QUESTION"]
    # (what the question asks is no report of what happened)
    assert [e.status for e in article.events if e.trigger == "meet" and "Egyptian" in e.evidence] == ["hypothetical"]


def test_a_translated_pronoun_with_no_one_named_before_is_the_last_source() -> None:
    text = ("Gaza - Safa\n\nPalestinian sources revealed on Monday evening that the movement delivered its "
            "response to the Egyptian and Qatari mediators.\n\n"
            "The sources pointed out, in statements to the agency, that the response included observations "
            "about the timetable of the withdrawal of the Israeli occupation army from the Netzarim axis.\n\n"
            "She added that the movement demands guarantees that the war will not return after the first stage.\n")
    article = Analyzer().analyze(text, date="2025-01-13")
    added = next(q for q in article.quotes if q.cue == "added")
    assert (added.speaker, added.source_type, added.source_country) == ("She", "anonymous", "PSE")
    # (the corridor is a place, not a person; the army is Israel's)
    assert "Netzarim" not in {a.name for a in article.actors}
    withdrawal = next(e for e in article.events if e.trigger == "withdrawal")
    assert [(a.name, a.country) for a in withdrawal.actors] == [("Israel Defense Forces", "ISR")]
    assert withdrawal.place is not None and withdrawal.place.name == "Netzarim corridor"
    # A woman named before is still who "she" is.
    text = ("Minister Dana Holt met the envoy on Monday, and officials said the talks were useful. "
            "She added that a second round was planned.")
    added = next(q for q in Analyzer().analyze(text, date="2025-01-13").quotes if q.cue == "added")
    assert added.speaker_actor == "Dana Holt"


def test_a_he_after_an_agency_that_reports_is_the_person_named_last() -> None:
    text = ("KHARKIV - Two civilians were injured overnight.\n\n"
            "This was reported by the head of the Kharkiv Regional Military Administration Oleh Syniehubov on "
            "Telegram, Ukrinform reports.\n\n"
            "\"A private house and a car were damaged,\" he wrote.")
    article = Analyzer().analyze(text, date="2025-11-06")
    wrote = next(q for q in article.quotes if q.cue == "wrote")
    assert (wrote.speaker_actor, wrote.source_type) == ("Oleh Syniehubov", "person")


def test_the_statement_of_a_body_that_reported_is_its_statement(analyzer: Analyzer) -> None:
    text = ("Russia attacked Ukraine with 81 drones overnight, the Air Force reported.\n\n"
            "Ukrainian air defenses shot down 63 drones, according to the statement.\n")
    first, second = analyzer.analyze(text, date="2025-06-11").quotes
    assert (first.speaker_actor, second.speaker, second.speaker_actor) == ("Air Force", "the statement", "Air Force")
    # (and of an office that said something)
    text = ("Israel's prime minister's office has said a delegation will travel to Cairo on Thursday.\n\n"
            "The statement did not say who would lead the delegation.\n")
    assert [q.speaker_actor for q in analyzer.analyze(text, date="2025-06-11").quotes] == ["Israel", "Israel"]


def test_an_understanding_to_do_something_is_an_agreement_not_a_belief(analyzer: Analyzer) -> None:
    text = ("The talks came two days after the two countries reached an understanding to stop all military "
            "actions. Hamas's understanding that the truce would hold proved wrong.")
    found = [(q.speaker, q.content) for q in analyzer.analyze(text, date="2025-05-12").quotes]
    assert found == [("Hamas", "that the truce would hold")]


def test_a_relay_set_off_by_a_comma_does_not_keep_it(analyzer: Analyzer) -> None:
    (quote,) = analyzer.analyze("In remarks broadcast by Al-Manar, Hezbollah's chief warned Israel against any "
                                "escalation.", date="2025-06-11").quotes
    assert quote.relay == "remarks broadcast by Al-Manar"
    assert quote.relay_start is not None and quote.relay_end is not None


def test_quoted_by_an_agency_before_the_clause_is_the_relay(nlp: Language) -> None:
    quote = only(quotes_of(nlp, "Quoted by Egypt's state news agency MENA, Foreign Minister Badr Abdelatty said "
                                "Cairo was working with Qatar."))
    assert (quote.speaker, quote.relay) == ("Foreign Minister Badr Abdelatty", "Egypt's state news agency MENA")


def test_a_name_is_the_person_not_the_office_named_for_them(analyzer: Analyzer) -> None:
    found = analyzer.analyze("Israeli Prime Minister Benjamin Netanyahu's office said in a statement that the reply "
                             "was unacceptable. Netanyahu wrote on X that Israel would finish the job.",
                             date="2025-06-03").quotes
    assert [(q.speaker, q.source_type, q.speaker_actor) for q in found] == [
        ("Israeli Prime Minister Benjamin Netanyahu's office", "role", "Benjamin Netanyahu"),
        ("Netanyahu", "person", "Benjamin Netanyahu")]
    # (nor the friend of someone named with that surname)
    said = analyzer.analyze("Omar Barakat spoke at a rally in Amman on Monday. Lina Haddad, a longtime friend of "
                            "Mr. Barakat's, said he was tired. Mr. Barakat said the campaign would go on.",
                            date="2025-06-03").quotes
    assert [q.speaker_actor for q in said] == ["Lina Haddad", "Omar Barakat"]
    # (nor the supporters a name qualifies)
    backers = analyzer.analyze("Lina Haddad spoke at a rally in Amman on Monday. Many Barakat supporters said he "
                               "was tired. Barakat said the campaign would go on.", date="2025-06-03").quotes
    assert [(q.source_type, q.speaker_actor) for q in backers][1] == ("person", "Barakat")
    # (nor the one a relative clause in the phrase names)
    recruited = analyzer.analyze("Carla Reyes won the primary on Tuesday. Tom Harlow, a veteran strategist whom Ms. "
                                 "Reyes recruited in May, said the result was no surprise. Ms. Reyes said she would "
                                 "campaign in every county.", date="2025-06-03").quotes
    assert [q.speaker_actor for q in recruited] == ["Tom Harlow", "Carla Reyes"]


def test_the_medium_that_carried_the_words_is_the_relay(nlp: Language) -> None:
    carried = only(quotes_of(nlp, "The UAE foreign ministry said in a statement carried by state news agency WAM that "
                                  "it welcomed the deal."))
    assert (carried.relay, carried.content) == ("a statement carried by state news agency WAM", "it welcomed the deal")
    aired = only(quotes_of(nlp, "Iran's supreme leader said in remarks broadcast on state television that Tehran "
                                "would not negotiate under pressure."))
    assert (aired.relay, aired.content) == ("remarks broadcast on state television",
                                            "Tehran would not negotiate under pressure")
    # ("that" as the clause's subject stays)
    assert only(quotes_of(nlp, "The minister said that would be hard.")).content == "that would be hard"


def test_a_clause_of_time_after_the_cue_is_not_what_was_said(nlp: Language) -> None:
    said = only(quotes_of(nlp, "DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed at least 70 people across "
                               "Gaza overnight, hospital officials said Wednesday, a day after Israel shattered the "
                               "ceasefire with a wave of bombardment."))
    assert (said.speaker, said.content) == ("hospital officials",
                                            "Israeli strikes killed at least 70 people across Gaza overnight")


def test_a_name_in_apposition_closed_by_a_comma_before_the_cue_is_the_speaker(nlp: Language) -> None:
    said = only(quotes_of(nlp, "Russian and Ukrainian delegations on Monday agreed to exchange 1,000 prisoners of war "
                               "each during direct talks in Istanbul, the head of the Russian delegation, Vladimir "
                               "Medinsky, said."))
    # (with the title before the name, which the parser hung on the place before it)
    assert said.speaker == "the head of the Russian delegation, Vladimir Medinsky"
    assert said.content.startswith("Russian and Ukrainian delegations on Monday agreed")
    assert said.content.endswith("during direct talks in Istanbul")


def test_a_clause_dating_the_news_by_another_after_the_cue_is_the_writers(nlp: Language) -> None:
    text = ("Israeli strikes on southern Lebanon killed at least 11 people on Sunday, including two children, "
            "Lebanon's Health Ministry said, a day after Hezbollah fired dozens of rockets into northern Israel.")
    said = only(quotes_of(nlp, text))
    assert said.speaker == "Lebanon's Health Ministry"
    assert said.content == "Israeli strikes on southern Lebanon killed at least 11 people on Sunday, including two children"


def test_a_relative_clause_without_that_whose_noun_the_parser_joined_to_the_speaker(nlp: Language) -> None:
    text = ("Israel's ambassador to the U.N., Danny Danon, accused the agency of employing Hamas members, "
            "a charge UNRWA has repeatedly denied.")
    denied = only([q for q in quotes_of(nlp, text) if q.cue and q.cue.endswith("denied")])
    assert denied.speaker == "UNRWA"


def test_an_according_to_after_a_relative_clause_with_a_toll_gives_the_tolls_source(nlp: Language) -> None:
    text = ("The prime minister pledged to keep fighting the war, which has killed more than 38,000 "
            "Palestinians, according to the health ministry in Gaza.")
    vow, toll = quotes_of(nlp, text)
    assert (vow.speaker, vow.cue, vow.content) == ("The prime minister", "pledged", "keep fighting the war")
    assert (toll.speaker, toll.cue) == ("the health ministry in Gaza", "according to")
    assert toll.content == "the war, which has killed more than 38,000 Palestinians"
    # (a number standing for its noun is a toll too)
    text = ("The envoy urged both sides to end a war that has left some 150,000 dead, according to estimates "
            "by independent monitors.")
    assert [q.content for q in quotes_of(nlp, text) if q.cue == "according to"] == [
        "a war that has left some 150,000 dead"]


def test_an_agency_told_before_the_object_in_translated_order(nlp: Language) -> None:
    # (the parser reads "to SANA" as an infinitive, and hangs "the agreement" on Anadolu)
    for agency in ("SANA", "Anadolu"):
        text = f"The head of the delegation, Omar Saleh, confirmed to {agency} the agreement although he noted that names remain."
        confirmed = only([q for q in nlp(text)._.quotes if q.cue == "confirmed"])
        assert (confirmed.content, confirmed.relay) == ("the agreement", agency)
    text = "An aide told the agency Kuna that the talks had stalled."
    told = only(quotes_of(nlp, text))
    assert (told.content, told.relay) == ("the talks had stalled", "the agency Kuna")
    # (what is given to a country is no relay of words)
    offered = only([q for q in nlp("Egypt offered fuel to Sudan.")._.quotes if q.cue == "offered"])
    assert offered.relay is None


def test_a_second_that_clause_joined_to_the_cue_and_a_passive_as_reported_by(nlp: Language) -> None:
    said = only(quotes_of(nlp, "A Qatari official told our correspondent that the gaps \"have narrowed\" but that "
                               "two issues remain open."))
    assert said.content == 'the gaps "have narrowed" but that two issues remain open'
    text = ("The two sides agreed on Sunday to free 400 detainees, as reported by the rebel negotiator Ali Nasser "
            "through his account on the social network X.")
    reported = only(quotes_of(nlp, text))
    assert reported.speaker == "the rebel negotiator Ali Nasser"
    assert reported.relay is not None and reported.relay.startswith("his account on the social network")


def test_a_question_keeps_its_last_word_the_parser_hung_on_the_answerer(nlp: Language) -> None:
    doc = nlp("Asked whether a deal could come before Ramadan, Qatari spokesman Majed al-Ansari replied: "
              "\"We are not there yet.\"")
    asked, answer = doc._.quotes
    assert (asked.kind, asked.content) == ("question", "a deal could come before Ramadan")
    assert answer.speaker == "Qatari spokesman Majed al-Ansari"


def test_the_terms_of_anonymity_hung_on_the_sources_last_noun_are_not_the_source(nlp: Language) -> None:
    text = ("Two officials familiar with the negotiations, who spoke on condition of anonymity to discuss "
            "closed meetings, said the draft had been shelved.")
    assert only(quotes_of(nlp, text)).speaker == "Two officials familiar with the negotiations"


def test_thats_according_to_gives_the_source_of_the_sentence_before(nlp: Language) -> None:
    text = ("The campaign says it raised $14 million in March.\n\nThat's according to filings it made with the "
            "election commission on Friday.\n\nTurnout fell by a fifth. That is according to county officials. "
            "This is according to plan.")
    said = quotes_of(nlp, text)
    by_cue = {(q.cue, q.speaker): q.content for q in said}
    assert by_cue[("according to", "filings it made with the election commission on Friday")] \
        == "The campaign says it raised $14 million in March"
    # (the statement the sentence reports stays its speaker's)
    assert by_cue[("says", "The campaign")] == "it raised $14 million in March"
    assert by_cue[("according to", "county officials")] == "Turnout fell by a fifth"
    assert not any(q.speaker == "plan" for q in said)


def test_an_as_clause_of_reporting_is_another_source_of_the_statement(nlp: Language) -> None:
    # ("As TASS reported earlier, …": the agency reports what the ministry said, wherever the
    # parser hangs the clause)
    for text in ("As TASS reported earlier, the Russian Defence Ministry said that 248 servicemen had come home.",
                 "The Russian Defence Ministry said, as TASS reported, that 248 servicemen had come home.",
                 "The Russian Defence Ministry said 248 servicemen had come home, as TASS reported."):
        found = only(quotes_of(nlp, text))
        assert (found.speaker, found.content, found.also_by) == (
            "the Russian Defence Ministry" if text.startswith("As") else "The Russian Defence Ministry",
            "248 servicemen had come home", ["TASS"]), text
    # (with no statement inside, the "as" clause's subject is the source; a pronoun's turn of
    # phrase is no source at all)
    found = only(quotes_of(nlp, "As the newspaper noted, the talks have stalled."))
    assert (found.speaker, found.content) == ("the newspaper", "the talks have stalled")
    found = only(quotes_of(nlp, '"As you know, nothing is agreed until everything is agreed," she replied.'))
    assert (found.speaker, found.also_by) == ("she", [])


def test_a_verb_after_a_quotation_that_the_parser_joined_to_it(nlp: Language) -> None:
    # ('"…", indicated the head of …': translated copy's comma after the closing mark, the
    # verb read as a conjunct of the quotation's; a relative clause in which the speaker says
    # more is no part of the speaker)
    text = ('Bogotá, Feb 14 (Prensa Latina).- The talks ended on Tuesday.\n\n'
            '"We have decided to extend the ceasefire until August 3", indicated the head of the government '
            'delegation, Vera Grabe, who assured that the decision "opens the door to a new phase" of the dialogues.')
    quotes = quotes_of(nlp, text)
    direct = next(q for q in quotes if q.direct)
    assert (direct.speaker, direct.cue, direct.content) == (
        "the head of the government delegation, Vera Grabe", "indicated",
        "We have decided to extend the ceasefire until August 3")
    assured = next(q for q in quotes if q.cue == "assured")
    assert assured.speaker == "who" and assured.speaker_actor == "Vera Grabe"


def test_an_as_clause_closing_a_sentence_after_a_relative_clause(nlp: Language) -> None:
    # (the source of the whole sentence, as an "according to" there is, unless only the
    # relative clause holds a count)
    found = only(quotes_of(nlp, "Last year the rebels were blamed for at least 14 attacks on the army, in which "
                                "nine soldiers died, as indicated by the Ministry of Defence."))
    assert found.speaker == "the Ministry of Defence"
    assert found.content == ("Last year the rebels were blamed for at least 14 attacks on the army, in which nine "
                             "soldiers died")


def test_a_quotation_after_another_speakers_colon_and_a_second_clause_after_a_statement(nlp: Language) -> None:
    # ('Cruz said as the heckler yelled: "You suck!"': the parser hangs the quotation on the
    # first verb; the colon gives it to the second)
    quotes = quotes_of(nlp, '"There is a young man who is having some problems," Cruz said as the heckler '
                            'yelled: "You suck!"')
    assert [(q.speaker, q.content) for q in quotes] == [
        ("Cruz", "There is a young man who is having some problems"), ("the heckler", "You suck!")]
    # (a second that-clause joined to the cue when the first hangs on "a statement")
    found = only(quotes_of(nlp, "Russia's Defence Ministry said in a statement that 100 servicemen had been "
                                "returned, and that they would receive medical care in Moscow."))
    assert found.content == ("100 servicemen had been returned, and that they would receive medical care in "
                             "Moscow")


def test_a_while_clause_with_no_saying_is_part_of_what_was_said(nlp: Language) -> None:
    found = only(quotes_of(nlp, "The Health Ministry announced that the number of martyrs rose to 28,663, while "
                                "the injured reached 68,395."))
    assert found.content == "the number of martyrs rose to 28,663, while the injured reached 68,395"
    # (one with a speaker of its own saying something is not)
    found = quotes_of(nlp, "Rubio suggested that the plan would fail, while Cruz said that it was a trap.")[0]
    assert (found.speaker, found.content) == ("Rubio", "the plan would fail")


def test_according_to_a_source_with_its_relative_clause_before_the_words(nlp: Language) -> None:
    # (translated copy: "According to the sources, who requested anonymity, …": the relative
    # clause is the source's, however the parser hung it, and the clause after its comma,
    # subject included, is what they said)
    text = ("Khartoum, Mar 2 (SUNA).- The army delegation will travel to Jeddah on Thursday.\n\n"
            "Soldiers inspect a damaged bridge in Omdurman. SUNA/Photo\n\n"
            "According to the sources, who requested anonymity, the army's leadership considers that the draft "
            '"does not meet the minimum demands of our people" and insists on a full withdrawal.')
    according = next(q for q in quotes_of(nlp, text) if q.cue == "According to")
    assert according.speaker == "the sources"
    assert according.content.startswith("the army's leadership considers that the draft")
    found = only(quotes_of(nlp, "According to the sources, who requested anonymity, the proposal does not meet "
                                "the demands."))
    assert (found.speaker, found.content) == ("the sources", "the proposal does not meet the demands")


def test_a_trailing_source_the_parser_read_as_a_noun_with_a_participle(nlp: Language) -> None:
    # (", UN experts estimated in a report": the cue read as a participle describing its
    # source, which the parser hung on the clause before; the clause is what was estimated)
    found = only(quotes_of(nlp, "In Darfur, up to 15,000 people were killed in El Geneina alone last year, UN "
                                "experts estimated in a report seen by Reuters in January."))
    assert (found.speaker, found.cue, found.kind) == ("UN experts", "estimated", "speech")
    assert found.content == "In Darfur, up to 15,000 people were killed in El Geneina alone last year"


def test_a_headlines_trailing_source_after_a_verbless_clause_and_a_topic_label(nlp: Language) -> None:
    text = "Sudan: Millions at risk as famine spreads, UN warns\n\nNearly 18 million people face acute hunger."
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.cue, found.content) == ("UN", "warns", "Millions at risk as famine spreads")


def test_a_quotation_said_to_an_agency_by_a_speaker_after_it(nlp: Language) -> None:
    # (translated order: '"…", stated to Anadolu a Hamas leader': the parser reads the agency as
    # a modifier, or the leader as its apposition, and may tag the verb a participle)
    for text, speaker, relay in (
            (('"We will not accept partial deals that allow the occupation to resume the war", stated to Anadolu '
              'a Hamas leader from Gaza, who requested anonymity.'), "a Hamas leader from Gaza", "Anadolu"),
            ('"We will not accept partial deals", said to Xinhua a Hamas leader.', "a Hamas leader", "Xinhua")):
        found = only(quotes_of(nlp, text))
        assert (found.direct, found.speaker, found.relay) == (True, speaker, relay), text
        assert found.content.startswith("We will not accept partial deals")


def test_a_trailing_cues_clause_stops_before_a_rival_speakers_while(nlp: Language) -> None:
    # ("…, while Hamas assured that …, sources informed Anadolu": Hamas's words are its own; the
    # other outlet's name keeps no full stop)
    quotes = quotes_of(nlp, "The delegation returned without an agreement, while Hamas assured that it will not "
                            "free more captives, Palestinian sources informed Anadolu and as also reported by the "
                            "public channel Kan.")
    sources = next(q for q in quotes if q.cue == "informed")
    assert (sources.content, sources.also_by) == ("The delegation returned without an agreement",
                                                  ["the public channel Kan"])
    assert any(q.speaker == "Hamas" and q.content == "it will not free more captives" for q in quotes)


def test_translated_sources_after_the_verb_picked_from_a_group_or_told_an_agency(nlp: Language) -> None:
    # ('"…", affirmed one of the sources, who added that …': some of a group speak, and the
    # "who" is the one; "…, reported Egyptian official sources to Anadolu": the agency is
    # whom they told, no part of them)
    quotes = quotes_of(nlp, '"The Israeli side has shown flexibility, but Hamas insists on a total withdrawal", '
                            'affirmed one of the sources, who added that the mediators expect an answer soon.')
    assert [(q.speaker, q.direct) for q in quotes] == [("one of the sources", True), ("who", False)]
    assert quotes[1].speaker_actor == "one of the sources"
    found = only(quotes_of(nlp, "Egypt and Qatar presented a new proposal on Monday, reported Egyptian official "
                                "sources to Anadolu."))
    assert (found.speaker, found.relay, found.content) == (
        "Egyptian official sources", "Anadolu", "Egypt and Qatar presented a new proposal on Monday")
    # ("according to the same sources, that asked to remain anonymous": sourcing, not a request;
    # "same" points back, no affiliation)
    found = only(quotes_of(nlp, "The plan foresees the release of women in exchange for 300 prisoners, according "
                                "to the same sources, that asked to remain anonymous."))
    assert (found.speaker, found.source_affiliation) == ("the same sources", None)
    assert found.content == "The plan foresees the release of women in exchange for 300 prisoners"


def test_a_second_that_clause_with_a_verb_of_saying_after_a_clause_hung_on_the_medium(nlp: Language) -> None:
    # ("said in the weekly press briefing that X "…" and that the mediators hope …": the first
    # clause hung on the briefing, the quotation and the second clause on the cue; all said)
    found = quotes_of(nlp, "The Ministry's spokesman, Dr. Majed bin Mohammed Al-Ansari, said in the weekly press "
                           'briefing that the negotiations are ongoing "at the technical level" and that the '
                           "mediators hope to reach a deal before the holy month of Ramadan.")[0]
    assert found.content == ('the negotiations are ongoing "at the technical level" and that the mediators hope '
                             "to reach a deal before the holy month of Ramadan")


def test_a_closing_inverted_cue_after_a_clause_with_a_scare_quote(nlp: Language) -> None:
    # (a quotation inside the clause is no quotation form: "delivered a “final draft” …,
    # informed to Anadolu two Egyptian sources close to the negotiations")
    text = ("Cairo, Mar 17 (SUNA).- The mediators delivered this Sunday to Israel and Hamas a “final draft” of "
            "agreement for a six-week truce, that would include the release of 33 hostages in exchange of around "
            "1,000 Palestinian prisoners, informed to Anadolu two Egyptian sources close to the negotiations.")
    found = only(quotes_of(nlp, text))
    assert (found.speaker, found.cue, found.relay) == (
        "two Egyptian sources close to the negotiations", "informed", "Anadolu")
    assert found.content.startswith("The mediators delivered this Sunday") and found.content.endswith("prisoners")


def test_what_a_participle_cites_is_no_second_content(nlp: Language) -> None:
    # ("vowed to press on, citing what he called …": what is cited is the citing's object, not
    # a clause the vow reports)
    quotes = quotes_of(nlp, 'The prime minister vowed to press on with the offensive, citing what he called '
                            '"absurd demands" by the movement.')
    assert [(q.cue, q.content) for q in quotes if q.cue == "vowed"] == [("vowed", "press on with the offensive")]
    # ("reported citing an unnamed official that …" with no commas: the parser hangs the citing
    # on the cue as its complement and the clause on the official; the official speaks, through
    # the broadcaster)
    found = only(quotes_of(nlp, "The public broadcaster Kan reported citing an unnamed official that the premier "
                                "had ordered the delegation home."))
    assert (found.speaker, found.relay, found.cue) == ("an unnamed official", "The public broadcaster Kan", "reported")
    assert found.content == "the premier had ordered the delegation home"


def test_an_aside_naming_who_saw_the_statement_parts_the_cue_from_its_clause(nlp: Language) -> None:
    # (translated copy: "said in a statement, a copy of which X received, that …"; the parser
    # hangs the that-clause on the aside, or the aside on the speaker)
    for text in (("The spokesman of the civil defence said in a statement, a copy of which the agency received, "
                  "that three rescuers were killed in the strike."),
                 ("The ministry said in a statement, a copy of which was obtained by Anadolu, that the talks "
                  "had failed.\n")):
        found = only(quotes_of(nlp, text))
        assert (found.cue, found.relay) == ("said", "a statement")
        assert found.content in ("three rescuers were killed in the strike", "the talks had failed")
    found = only(quotes_of(nlp, "The spokesman of the civil defence said in a statement, a copy of which the "
                                "agency received, that three rescuers were killed in the strike.\n"))
    assert found.speaker == "The spokesman of the civil defence"
    # ("Between 15 and 20 people were wounded, it said": the parser's "Between" a conjunction;
    # the range is what was said)
    found = only(quotes_of(nlp, "The fighters looted homes. Between 15 and 20 people were wounded, it said."))
    assert found.content == "Between 15 and 20 people were wounded"


def test_a_source_closing_the_sentence_read_as_the_subjects_apposition(nlp: Language) -> None:
    # ("Talks … ended on Tuesday without a breakthrough, a source close to Hamas told AFP": the
    # parser made the sentence the cue's subject, its verb a clause on "truce", the source an
    # apposition; the sentence is what was said)
    found = only(quotes_of(nlp, "Talks in Cairo on a Gaza truce and hostage release ended on Tuesday without a "
                                "breakthrough, a source close to the movement told AFP."))
    assert (found.speaker, found.cue, found.relay) == ("a source close to the movement", "told", "AFP")
    assert found.content == ("Talks in Cairo on a Gaza truce and hostage release ended on Tuesday without a "
                             "breakthrough")


def test_a_to_clause_after_a_phrase_and_a_relative_cues_own_clause(nlp: Language) -> None:
    # ("vowed in a speech on Thursday to escalate the attacks": the parser reads the to-clause
    # as one of purpose after the phrase between; it is what was vowed)
    found = only(quotes_of(nlp, "The movement's leader vowed in a speech on Thursday to escalate the attacks."))
    assert (found.cue, found.content, found.relay) == ("vowed", "escalate the attacks", "a speech")
    # ("…, the latest in a string of attacks the group says are in solidarity with …": the
    # clause is the relative's, not a second content of the sentence's cue)
    quotes = quotes_of(nlp, "The rebels said on Wednesday they had targeted a cargo ship with several missiles, "
                            "the latest in a string of attacks the group says are in solidarity with Gaza.")
    assert [(q.speaker, q.cue, q.content) for q in quotes] == [
        ("The rebels", "said", "they had targeted a cargo ship with several missiles"),
        ("the group", "says", "are in solidarity with Gaza")]


def test_a_quoted_phrase_opening_a_reported_clause_is_part_of_it(nlp: Language) -> None:
    # ('acknowledged "top secret" information has been found …': a quoted phrase, no clause,
    # that the words go on past is no direct quote of its own; a quoted clause still is)
    found = only(quotes_of(nlp, 'The department acknowledged "top secret" information had been found in the '
                                "emails."))
    assert (found.direct, found.content) == (False, 'top secret" information had been found in the emails')
    found = only(quotes_of(nlp, 'The senator said "we will win this state" and left the stage.'))
    assert (found.direct, found.content) == (True, "we will win this state")


def test_a_closing_source_the_parser_read_into_the_clause_before_it(nlp: Language) -> None:
    # ("… sleeping in the open, aid workers said": the parser made "the open, aid workers" one
    # phrase and left the cue with no subject)
    found = only(quotes_of(nlp, "Hundreds of families were sleeping in the open, aid workers said."))
    assert (found.speaker, found.cue, found.content) == (
        "aid workers", "said", "Hundreds of families were sleeping in the open")


def test_an_object_after_a_phrase_of_manner_is_the_cues(nlp: Language) -> None:
    # ("We condemn in the strongest terms the attack carried out …": the parser hung the
    # object on "terms"; "implications a presidency would have" is a relative clause)
    assert stances_of(nlp, "We condemn in the strongest terms the attack carried out yesterday by the "
                           "militia on the convoy.") == [
        ("We", "condemn", "the attack carried out yesterday by the militia on the convoy")]
    assert stances_of(nlp, "Hollande warned of the global implications a Trump presidency would have.") == [
        ("Hollande", "warned of", "the global implications a Trump presidency would have")]


def test_a_translated_closing_cue_with_a_time_or_a_relative_clause(nlp: Language) -> None:
    # (translated copy: "…, indicated on Saturday to AFP a source within the movement"; "…,
    # affirmed the civil defence, which evoked …": the day before the outlet and the
    # speaker's relative clause are no part of the speaker)
    found = only(quotes_of(nlp, "The movement is studying the new proposal, indicated on Saturday to AFP a "
                                "source within the movement, while the strikes continued."))
    assert (found.speaker, found.cue, found.relay, found.content) == (
        "a source within the movement", "indicated", "AFP", "The movement is studying the new proposal")
    quotes = quotes_of(nlp, "Twelve people were killed overnight in Rafah, affirmed the civil defence, which "
                            "evoked dozens of wounded.")
    assert (quotes[0].speaker, quotes[0].cue, quotes[0].content) == (
        "the civil defence", "affirmed", "Twelve people were killed overnight in Rafah")


@pytest.mark.parametrize("text", [
    "Some 1.4 million people are in Rafah, according to the UN, that is to say more than half of them.",
    "Needless to say, the talks failed on Monday.",
])
def test_the_writers_joining_phrases_are_no_one_speaking(nlp: Language, text: str) -> None:
    assert [q.cue for q in quotes_of(nlp, text) if q.cue in ("say", "speak")] == []


def test_a_participle_the_parser_joined_to_a_verb_describes_the_noun_before_it(analyzer: Analyzer) -> None:
    # ("accuses the RSF of violating a ceasefire agreed in May": no stance of "agreed", which
    # the cue model had found with the letter's words for content)
    text = ('The letter, signed by the foreign minister, says the government "remains committed" to a '
            'negotiated end to the war but accuses the RSF of violating a ceasefire agreed in May "more '
            'than 140 times".')
    assert [q.cue for q in analyzer.analyze(text, date="2024-06-02").quotes] == ["says", "accuses"]


def test_a_body_is_its_owners_not_the_groups_it_deals_with(analyzer: Analyzer) -> None:
    # (the prisoners are what the headquarters handles; the respondents of a poll speak)
    (found,) = analyzer.analyze("The sides swapped 95 prisoners each, according to Ukraine's coordination "
                                "headquarters for the treatment of prisoners of war.", date="2024-03-14").quotes
    assert found.speaker_actor == "Ukraine"
    (found,) = analyzer.analyze("Some 20 percent of people in a recent poll said they believe it.",
                                date="2024-03-14").quotes
    assert found.speaker_actor == "people"


def test_a_statement_a_closing_source_reports_ends_where_the_source_begins(analyzer: Analyzer) -> None:
    # ("Egypt has warned that …, a senior Egyptian official told reporters": the warning's
    # words are not the official's telling)
    quotes = analyzer.analyze('Egypt has warned that an assault on Rafah would have "dire consequences", a senior '
                              "Egyptian official told reporters on condition of anonymity.", date="2024-02-11").quotes
    assert [(q.cue, q.content) for q in quotes] == [
        ("told", 'Egypt has warned that an assault on Rafah would have "dire consequences"'),
        ("has warned", 'an assault on Rafah would have "dire consequences"')]


def test_a_headline_verb_the_parser_read_as_a_word_of_a_noun_phrase(nlp: Language) -> None:
    # ("Houthis claim attack on US destroyer in Red Sea": one noun phrase to the parser)
    doc = nlp("Houthis claim attack on US destroyer in Red Sea\n\nThe group said on Tuesday it fired two missiles.")
    first = doc._.quotes[0]
    assert (first.speaker, first.cue, first.content) == ("Houthis", "claim", "attack on US destroyer in Red Sea")


def test_another_source_is_one_more_of_the_same(analyzer: Analyzer) -> None:
    # ("One Israeli official said …, while another said …": another Israeli official)
    quotes = analyzer.analyze("One Israeli official said the cabinet would vote on Sunday, while another said no "
                              "date had been set.", date="2024-02-11").quotes
    assert [(q.speaker, q.source_type, q.source_country, q.speaker_actor) for q in quotes] == [
        ("One Israeli official", "anonymous", "ISR", "Israel"), ("another", "anonymous", "ISR", "Israel")]


def test_this_source_is_the_source_named_before(analyzer: Analyzer) -> None:
    # (translated copy: "…, a source within the movement told AFP. “…,” said this source")
    quotes = analyzer.analyze("The movement is studying a new proposal, a source within the movement told AFP.\n\n"
                              "\"The leadership examines the proposal,\" said this source.", date="2024-02-17").quotes
    assert [(q.speaker, q.source_country) for q in quotes] == [
        ("a source within the movement", None), ("this source", None)]
    quotes = analyzer.analyze("Hamas is studying a new proposal, a source within Hamas told AFP.\n\n"
                              "\"The leadership examines the proposal,\" said this source.", date="2024-02-17").quotes
    assert [(q.speaker_actor, q.source_country) for q in quotes] == [("Hamas", "PSE"), ("Hamas", "PSE")]
