"""Paragraph segmentation and classification (dateline.structure)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Article
from dateline.pipeline import Analyzer
from dateline.structure import classify_text, cut_off, segment, split_paragraphs

WIRE = (
    "AMMAN, March 3 (Reuters) - Jordan's foreign minister met his Syrian counterpart on Monday "
    "to discuss the return of refugees, officials said.\n\n"
    "The two ministers agreed to form a joint committee that will meet next month in Damascus.\n\n"
    "Refugee children carry water containers at the Zaatari camp near Mafraq.\n\n"
    "\u201cWe want a dignified and voluntary return,\u201d the Jordanian minister told reporters.\n\n"
    "Banners of missing detainees outside the ministry in Amman.\n\n"
    "(Reporting by Lina Haddad; Editing by Tom Briggs)"
)


@pytest.fixture(scope="module")
def structured() -> Article:
    from dateline.pipeline import load_pipeline

    analyzer = Analyzer(nlp=load_pipeline(layers=["structure"]))
    return analyzer.analyze_article(Article(id="s", text=WIRE, date=dt.date(2025, 3, 4)))


def test_paragraph_offsets_point_into_the_text(structured: Article) -> None:
    assert len(structured.paragraphs) == 6
    for paragraph in structured.paragraphs:
        assert structured.text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip()


def test_kinds(structured: Article) -> None:
    kinds = [p.kind for p in structured.paragraphs]
    assert kinds == ["body", "body", "caption", "body", "caption", "signature"]


def test_caption_reasons(structured: Article) -> None:
    reasons = {p.index: p.reason for p in structured.paragraphs}
    assert reasons[2] == "present-tense scene description"
    assert reasons[4] == "verbless description"


def test_no_sentence_crosses_a_paragraph() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure"])
    text = "Officials met in Doha\n\nThe talks ended without a deal."
    doc = nlp(text)
    starts = [s.start_char for s in doc.sents]
    assert text.index("The talks") in starts


def test_a_post_on_x_ends_its_sentence() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure"])
    text = "\"We will respond,\" the minister wrote on X. Lebanon's prime minister urged restraint."
    doc = nlp(text)
    assert text.index("Lebanon") in [s.start_char for s in doc.sents]
    assert [t.text for t in doc if t.text.startswith("X")] == ["X"] and doc.text == text


def test_a_closing_quotation_mark_ends_its_own_sentence() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure"])
    # (at a paragraph's end the parser would start a sentence with the mark)
    text = ('The spokesman called the plan "beyond preposterous."\n\n'
            'Aid workers said the crossing was closed. Trucks turned back.\n')
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == ['The spokesman called the plan "beyond preposterous."',
                         "Aid workers said the crossing was closed.", "Trucks turned back."]


def test_each_item_of_a_bulleted_list_is_a_sentence_with_its_bullet() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure"])
    text = ("The draft sets out three stages:\n\n- A six-week truce, renewable by consent\n"
            "• The release of 200 detainees held by both sides\n– Safe passage for aid convoys\n")
    assert [s.text.strip() for s in nlp(text).sents] == [
        "The draft sets out three stages:", "- A six-week truce, renewable by consent",
        "• The release of 200 detainees held by both sides", "– Safe passage for aid convoys"]


def test_the_story_after_the_dateline_is_one_sentence_to_its_full_stop() -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=["structure"])
    text = ("Brasilia, Apr 2 (EFE).- Brazil and Vietnam signed this Wednesday a trade agreement, "
            "the ministry reported. \u201cIt is a good day.\u201d Exports will rise, it added.")
    starts = [s.start_char for s in nlp(text).sents]
    lead = text.index("Brazil and")
    # The parser would end a one-word sentence at "Brazil"; the next sentences still start.
    assert lead in starts and not any(lead < s < text.index("\u201cIt") for s in starts)
    assert text.index("Exports") in starts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("EFE", "signature"),
        ("-- Xinhua", "signature"),
        ("(Reporting by Ahmed Saleh in Cairo; Writing by Dan Perry)", "signature"),
        ("By Maria Lopez and Omar Nasser", "signature"),
        ("Editor: Zhang Wei", "signature"),
        ("Reporter: Li Na", "signature"),
        ("Read more: Talks collapse in Doha", "boilerplate"),
        ("Published 2 hours ago", "boilerplate"),
        ("We use cookies to improve your experience. Accept all cookies", "boilerplate"),
        ("Share on Facebook Twitter WhatsApp Email", "boilerplate"),
        ("Facebook | Twitter | Email", "boilerplate"),
        ("This website uses cookies to give you the best experience.", "boilerplate"),
        # (a byline whose names have particles; a page's stamp of its date and update)
        ("By Nidal al-Mughrabi and Maayan Lubell", "signature"),
        ("March 1, 2024 9:14 PM GMT Updated 14 hours ago", "boilerplate"),
        # (a Reuters caption with the licensing link the page appends to it)
        (("A woman mourns at a hospital in Rafah, March 1, 2024. REUTERS/Ibraheem Abu Mustafa "
          "Purchase Licensing Rights, opens new tab"), "caption"),
        # (Anadolu's stamp after its byline's pipe, and its signature under a star)
        ("11.07.2024 - Update : 12.07.2024", "boilerplate"),
        ("*Writing by Ahmed Asmar", "signature"),
        # (a live page's head and its closing note)
        ("Save", "boilerplate"),
        # (BBC's caption lines)
        ("Image caption, The Security Council voted 14-0 in favour, with Russia abstaining", "caption"),
        ("Video PlayerClose", "boilerplate"),
        ("This live page is now closed. You can continue to follow our coverage here.", "boilerplate"),
        # A breadcrumb trail; a comparison in a sentence is no trail.
        ("Home > World > Middle East", "boilerplate"),
        ("News » Africa", "boilerplate"),
        ("Home / News / World", "boilerplate"),
        ("Prices rose > 5 percent.", "body"),
        # News about the platforms, or about cookies, is news.
        ("Google and Facebook have reportedly looked at Twitter and passed.", "body"),
        ("The EU said cookie consent rules would change, and privacy groups welcomed it.", "body"),
        ("Rescuers search the rubble in Antakya. REUTERS/Umit Bektas", "caption"),
        ("A displaced family shelters in a school in Khan Younis. (Photo: Ali Jadallah)", "caption"),
        ("The ministry said the convoy had crossed the border on Sunday.", "body"),
        ("Tents line the beach in Mawasi. (Xinhua/Rizek Abdeljawad)", "caption"),
        # (EFE's photographer in capitals, after the agencies that carried the picture)
        ("Palestinians inspect the damage in Rafah on May 7, 2024. EFE/EPA/HAITHAM IMAD", "caption"),
        # The agency alone after the full date a caption ends with; not after a story's year.
        ("Children queue for bread in Deir al-Balah, Nov 17, 2024. (AFP)", "caption"),
        ("The truce talks resumed in Cairo (AFP)", "body"),
        # A date with a section's or outlet's name beside it is a stamp; a year beside a
        # word that starts like a month is none.
        ("13 October 2025 Peace and Security", "boilerplate"),
        ("Ahram Online , Tuesday 6 May 2025", "boilerplate"),
        ("Declared 2016 Presidential Candidates.", "body"),
        ("Marching 2025 Season Opens", "body"),
        # (a follow button and a stamp of the last update, as Middle East Eye and Arab News set them)
        ("Follow", "boilerplate"),
        ("Last update: 2 hours 13 mins ago", "boilerplate"),
        ("Followers of the cleric rallied.", "body"),
        # (Press TV's stamp with its last update in brackets; brackets in a sentence are none)
        ("Wednesday, 11 June 2025 6:12 PM  [ Last Update: Wednesday, 11 June 2025 6:12 PM ]", "boilerplate"),
        ("The talks [in Cairo] resumed in 2025.", "body"),
        # (a byline that credits the wires too)
        ("By Staff Writer with agencies", "signature"),
        ("By Ahmed Ali, Middle East correspondent, with agencies", "signature"),
        ("By the way, talks resumed with agencies.", "body"),
    ],
)
def test_text_level_classification(text: str, kind: str) -> None:
    assert classify_text(text)[0] == kind


def test_hard_wrapped_lines_stay_one_paragraph() -> None:
    text = (
        "Negotiators from both sides met for a third\n"
        "consecutive day in the Qatari capital, where\n"
        "mediators presented a revised draft.\n"
        "EFE"
    )
    spans = split_paragraphs(text)
    assert len(spans) == 2
    assert text[spans[1][0] : spans[1][1]] == "EFE"
    # A short line that the next continues in lower case is part of the sentence; a short
    # line before a capital is a line of its own (a headline, an agency tag).
    text = "UNRWA said 14 of its staff had\nbeen killed in the past week.\nReuters\nCAIRO, Jan 31 - Talks resumed."
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "UNRWA said 14 of its staff had\nbeen killed in the past week.", "Reuters", "CAIRO, Jan 31 - Talks resumed."]


def test_lede_is_never_a_caption() -> None:
    from dateline.pipeline import load_pipeline

    analyzer = Analyzer(nlp=load_pipeline(layers=["structure"]))
    text = "Protesters block the main road into Tbilisi.\n\nPolice said 40 people were held."
    article = analyzer.analyze_article(Article(id="l", text=text, date=dt.date(2025, 3, 1)))
    assert [p.kind for p in article.paragraphs] == ["body", "body"]


def test_segment_without_parse_is_text_only() -> None:
    paragraphs = segment("Talks resumed.\n\nAFP")
    assert [p.kind for p in paragraphs] == ["body", "signature"]


def test_agency_dated_caption_and_misparsed_news() -> None:
    from dateline.pipeline import load_pipeline

    analyzer = Analyzer(nlp=load_pipeline(layers=["structure"]))
    text = (
        "Mediators met in Doha on Sunday, officials said.\n\n"
        "Firefighters are deployed near a burning depot in Odesa, Ukraine, Tuesday, March 4, 2025.\n\n"
        "The plan, drafted by the three mediators over several weeks in Cairo and Doha, set out a "
        "phased exchange of detainees and a gradual withdrawal of troops from the border towns."
    )
    article = analyzer.analyze_article(Article(id="c", text=text, date=dt.date(2025, 3, 5)))
    assert [p.kind for p in article.paragraphs] == ["body", "caption", "body"]


@pytest.mark.parametrize(
    "news",
    [
        "All of the opposition parties oppose the new border law and have pledged to repeal it.",
        "For now, she puts aside the letters without return addresses.",
        "What is going on in Tbilisi?",
        "The coalition does not expect a vote in Parliament before the summer recess.",
        "The ministry plans to reopen the crossing at Rafah next week.",
        # (an item of a factbox's list is the story's)
        "* Up to 200 trucks of aid, including fuel, to enter Gaza each day.",
    ],
)
def test_present_tense_news_is_no_caption(news: str) -> None:
    from dateline.pipeline import load_pipeline

    analyzer = Analyzer(nlp=load_pipeline(layers=["structure"]))
    text = f"Mediators met in Doha on Sunday, officials said.\n\n{news}\n\nThe talks resume on Monday."
    article = analyzer.analyze_article(Article(id="n", text=text, date=dt.date(2025, 3, 5)))
    assert [p.kind for p in article.paragraphs] == ["body", "body", "body"]


@pytest.mark.parametrize("caption", [
    # (a scene at a town the tagger misreads)
    "Palestinians search the rubble of a house hit by an airstrike in Khan Younis.",
    # (a broadcaster's line over its video)
    "Media caption, Watch: Residents describe the shelling of the market",
])
def test_a_caption_between_paragraphs_of_news(caption: str) -> None:
    from dateline.pipeline import load_pipeline

    analyzer = Analyzer(nlp=load_pipeline(layers=["structure"]))
    text = f"Mediators met in Doha on Sunday, officials said.\n\n{caption}\n\nThe talks resume on Monday."
    article = analyzer.analyze_article(Article(id="k", text=text, date=dt.date(2025, 3, 5)))
    assert [p.kind for p in article.paragraphs] == ["body", "caption", "body"]


def test_captions_spliced_into_a_paragraph_are_cut_out() -> None:
    text = (
        "The council met on Tuesday. Firefighters spray water on a depot in Odesa, March 4, "
        "2025. REUTERS/Nina Lyashonok The mayor said the fire was under control.\n\n"
        "A boy walks past a mural in Nairobi. (Photo: Ali Jadallah)\n\n"
        "Schools reopened. A boy walks past a mural in Nairobi. Classes resume on Monday.\n\n"
        "Officials said the AP/Norc poll showed support at 40 percent."
    )
    found = [(p.kind, p.text) for p in segment(text)]
    assert found == [
        ("body", "The council met on Tuesday."),
        ("caption", "Firefighters spray water on a depot in Odesa, March 4, 2025. REUTERS/Nina Lyashonok"),
        ("body", "The mayor said the fire was under control."),
        ("caption", "A boy walks past a mural in Nairobi. (Photo: Ali Jadallah)"),
        # The same caption again, without its credit, inside a paragraph of the story.
        ("body", "Schools reopened."),
        ("caption", "A boy walks past a mural in Nairobi."),
        ("body", "Classes resume on Monday."),
        # A poll's name is no photo credit.
        ("body", "Officials said the AP/Norc poll showed support at 40 percent."),
    ]
    assert [p.index for p in segment(text)] == list(range(8))
    # (a credit that took the next sentence's first name gives it back)
    text = ("Israeli strikes killed 12 people, medics said. Smoke rises over Gaza, March 3, 2025. "
            "REUTERS/Amir Cohen Israel's military said it targeted militants.")
    assert [(p.kind, p.text) for p in segment(text)] == [
        ("body", "Israeli strikes killed 12 people, medics said."),
        ("caption", "Smoke rises over Gaza, March 3, 2025. REUTERS/Amir Cohen"),
        ("body", "Israel's military said it targeted militants.")]


def test_a_caption_credited_to_the_agency_alone_is_cut_out() -> None:
    text = ("“The gaps are narrowing,” the minister told reporters in Doha. Photo: Children queue "
            "for bread in Deir al-Balah, Nov 17, 2024. (AFP) He added that a deal was near.")
    assert [(p.kind, p.text) for p in segment(text)] == [
        ("body", "“The gaps are narrowing,” the minister told reporters in Doha."),
        ("caption", "Photo: Children queue for bread in Deir al-Balah, Nov 17, 2024. (AFP)"),
        ("body", "He added that a deal was near."),
    ]


def test_a_spliced_caption_is_no_part_of_a_quote() -> None:
    from dateline.pipeline import load_pipeline

    analyzer = Analyzer(nlp=load_pipeline(layers=["structure", "attribution"]))
    text = ("Hamas said on Tuesday it would study the proposal. Palestinians inspect the rubble of "
            "a house in Rafah, March 4, 2025. REUTERS/Mohammed Salem The group will not sign "
            "without guarantees, spokesman Hazem Qassem said.")
    article = analyzer.analyze_article(Article(id="q", text=text, date=dt.date(2025, 3, 5)))
    assert [(q.speaker, q.content) for q in article.quotes] == [
        ("Hamas", "it would study the proposal"),
        ("spokesman Hazem Qassem", "The group will not sign without guarantees")]
    # (nor is its credit an actor, or what "the group" points back to)
    article = Analyzer().analyze(text.replace("spokesman Hazem Qassem said", "an official said"), date="2025-03-05")
    assert [(a.text, a.name) for a in article.actors if a.kind == "organisation"] == [
        ("Hamas", "Hamas"), ("The group", "Hamas")]


def test_a_paragraph_shown_twice_is_news_once() -> None:
    text = ("Hamas said it had received the proposal from the mediators.\n\n"
            "\u201cWe will respond within days,\u201d Hamas official Bassem Naim told Al Jazeera.\n\n"
            "\u201cWe will respond within days,\u201d Hamas official Bassem Naim told Al Jazeera.")
    paragraphs = segment(text)
    assert [(p.kind, p.reason) for p in paragraphs] == [
        ("body", ""), ("body", ""), ("boilerplate", "repeats paragraph 1")]


def test_a_story_that_stops_mid_sentence() -> None:
    from dateline.structure import cut_off

    cut = "Kyiv said it had shot down 25 drones.\n\nThe minister said the pressure on Moscow must continu"
    assert cut_off(segment(cut)) == "the pressure on Moscow must continu"
    whole = "Kyiv said it had shot down 25 drones.\n\nThe minister said the pressure must go on.\n\nEFE"
    assert cut_off(segment(whole)) is None


@pytest.mark.parametrize(("text", "furniture", "story"), [
    # An agency page's header joined to the lede, after the dateline and before it.
    (("BEIJING, March 4 (Xinhua) -- | Xinhua | Updated: 2025-03-04 10:21 | China will send an envoy "
     "to Cairo, the foreign ministry said."), "| Xinhua | Updated: 2025-03-04 10:21 |",
     "China will send an envoy to Cairo, the foreign ministry said."),
    (("Updated: 2025-03-04 10:21 GMT | Anadolu Agency | Turkey will host the next round, the "
     "ministry said."), "Updated: 2025-03-04 10:21 GMT | Anadolu Agency |",
     "Turkey will host the next round, the ministry said."),
    # A credit line and a breadcrumb on their own.
    ("Source: Xinhua | 2025-03-04 10:21:33 | Editor: Huaxia", "Source: Xinhua | 2025-03-04 10:21:33 | Editor: Huaxia", None),
    ("Home | World | Middle East", "Home | World | Middle East", None),
])
def test_page_furniture_between_pipes_is_cut_from_the_story(text: str, furniture: str, story: str | None) -> None:
    paragraphs = segment(text)
    assert [p.text for p in paragraphs if p.kind == "boilerplate"] == [furniture]
    assert all(p.reason == "page furniture between pipes" for p in paragraphs if p.kind == "boilerplate")
    assert story is None or paragraphs[-1].text == story and paragraphs[-1].kind == "body"


def test_pipes_in_a_sentence_are_the_writers() -> None:
    text = "The poll asked voters to pick one: Hassan | Farouk | Neither. Most were undecided."
    assert [(p.kind, p.text) for p in segment(text)] == [("body", text)]


def test_furniture_between_pipes_is_no_part_of_a_quote_and_the_dateline_is_found() -> None:
    from dateline.pipeline import load_pipeline

    analyzer = Analyzer(nlp=load_pipeline(layers=["structure", "attribution"]))
    text = ("BEIJING, March 4 (Xinhua) -- | Xinhua | Updated: 2025-03-04 10:21 | China will send a "
            "special envoy to Cairo next week, the foreign ministry said on Monday.")
    doc = analyzer.nlp(analyzer.make_doc(Article(id="x", text=text, date=dt.date(2025, 3, 5))))
    assert doc._.dateline is not None and doc._.dateline.place == "BEIJING"
    assert [(q.speaker, q.content) for q in doc._.quotes] == [
        ("the foreign ministry", "China will send a special envoy to Cairo next week")]


def test_a_list_of_other_stories_is_page_furniture() -> None:
    text = ("TEL AVIV, May 8 (Reuters) - Israel's cabinet met on Wednesday to weigh the proposal.\n\n"
            "Related coverage\n"
            "- Hamas says it accepts Egypt-Qatar ceasefire proposal (May 6)\n"
            "- Israel's cabinet votes to shut Al Jazeera offices (May 5)\n\n"
            "The talks are expected to resume in Cairo on Thursday.\n")
    kinds = [(p.kind, p.text[:20]) for p in segment(text)]
    assert kinds == [("body", "TEL AVIV, May 8 (Reu"), ("boilerplate", "Related coverage"),
                     ("boilerplate", "- Hamas says it acce"), ("boilerplate", "- Israel's cabinet v"),
                     ("body", "The talks are expect")]


def test_a_list_heading_and_its_markers_in_one_piece_are_page_furniture() -> None:
    # (a live page's widget: its heading and its item count on two lines of one piece)
    text = ("At least 40 people were killed in the strikes, the ministry said.\n\n"
            "Keep reading\nlist of 4 items\n\n"
            "The talks are expected to resume in Cairo on Thursday.\n")
    assert [p.kind for p in segment(text)] == ["body", "boilerplate", "body"]


@pytest.mark.parametrize(("text", "kinds"), [
    (("World | Middle East\n"
     "Hamas says ceasefire talks are at a critical stage as mediators press for deal\n"
     "Published 2 hours ago\n"
     "Share this article: Facebook Twitter WhatsApp\n\n"
     "DOHA, March 5 (Xinhua) -- Hamas said on Tuesday that talks had stalled.\n"),
     ["boilerplate", "body", "boilerplate", "boilerplate", "body"]),
    # a Reuters page: its stamp, byline and reading time
    (("Yemen talks to resume in Muscat - officials\n"
     "MARCH 4, 2025 / 9:41 AM / UPDATED 2 HOURS AGO\n"
     "By Nadia Karim\n"
     "3 Min Read\n"
     "MUSCAT (Reuters) - Talks will resume next week, two officials said.\n"),
     ["body", "boilerplate", "signature", "boilerplate", "body"]),
])
def test_a_headline_does_not_run_on_into_the_page_furniture_under_it(text: str, kinds: list[str]) -> None:
    # one paragraph per line of the head, each of its kind
    assert [(p.kind, p.text) for p in segment(text)] == list(zip(kinds, [line for line in text.splitlines() if line],
                                                                 strict=True))
    # a sentence with a slash and a year is the story's
    assert segment("Talks and/or a truce are planned for 2025.")[0].kind == "body"
    # hard-wrapped prose still reads as one paragraph
    wrapped = ("The ministry said the convoy of 40 trucks had crossed at Rafah on Monday morning and\n"
               "Published figures showed more were waiting.\n")
    assert len(segment(wrapped)) == 1


def test_a_scraped_page_with_one_line_per_paragraph_keeps_captions_lists_and_credits_apart() -> None:
    # (as an extractor prints a page: one paragraph per line, no blank lines between)
    text = ("Skip to main content\n"
            "Accept all\n"
            "KHARTOUM, June 2 (Reuters) - Sudan's army suspended its part in the talks on Thursday, "
            "two sources said.\n"
            "Residents queue for water in Omdurman, Sudan, May 30, 2023. REUTERS/Stringer\n"
            "Three mediators familiar with the talks said the army objected to the monitoring plan.\n"
            "Related coverage\n"
            "Chad says it has taken in 100,000 refugees\n"
            "U.N. envoy warns of famine in Darfur\n"
            "Reporting by Nadia Karim in Cairo; additional reporting by Samir Odeh in Dubai; "
            "Editing by Joan Parks and Lina Abboud\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n")
    paragraphs = segment(text)
    kinds = [next(p.kind for p in paragraphs if p.start <= text.index(line) < p.end)
             for line in text.splitlines()]
    assert kinds == ["boilerplate", "boilerplate", "body", "caption", "body", "boilerplate",
                     "boilerplate", "boilerplate", "signature", "boilerplate"]
    # the photographer's name ends with its line: the sentence after it is the story's
    assert paragraphs[4].text.startswith("Three mediators familiar with the talks said")


def test_an_agency_end_marker_and_a_bracketed_caption_credited_photo_by() -> None:
    text = ("KABUL, June 3 (Xinhua) -- Talks on the border dispute resumed on Monday, officials said.\n\n"
            "(Traders wait at the closed crossing in Torkham, June 2, 2024. Photo by Samir Karimi/Xinhua)\n\n"
            "The two delegations will meet again on Wednesday, the ministry said. Enditem\n")
    assert [(p.kind, p.text) for p in segment(text)][1:] == [
        ("caption", "(Traders wait at the closed crossing in Torkham, June 2, 2024. Photo by Samir Karimi/Xinhua)"),
        ("body", "The two delegations will meet again on Wednesday, the ministry said."),
        ("signature", "Enditem")]
    # "the end" in prose is the story's own
    assert segment("He said it was not the end -- END of story, he added.")[0].kind == "body"
    # the agency's name signing off the last sentence, as EFE copy does
    assert [(p.kind, p.text) for p in segment('The families will march on Tuesday to demand "a deal now". EFE')] == [
        ("body", 'The families will march on Tuesday to demand "a deal now".'), ("signature", "EFE")]
    assert len(segment("He met Joe Biden. Biden")) == 1  # (a name that is no agency stays)
    # a closing square, as Xinhua's pages print it, is no text cut off
    closed = segment("More than 100,000 ethnic Armenians fled the region after the offensive in September 2023. ■")
    assert [p.kind for p in closed] == ["body", "signature"] and cut_off(closed) is None


def test_a_contributor_credit_is_a_signature() -> None:
    assert [p.kind for p in segment(
        "BEIRUT (AP) — Families returned south on Thursday.\n\n"
        "Associated Press writer Nadia Karim in Sidon contributed to this report.\n")] == ["body", "signature"]
    # (and AFP's editors' slug closing the story)
    assert [p.kind for p in segment("Beirut (AFP) – Families returned south.\n\nbur-jd/ser\n")] == ["body", "signature"]
    # (a sentence that says so of something else is the story's)
    assert segment("The donors contributed to this report on the economy.")[0].kind == "body"
    # (AP's shorter credit: the writer, then where from)
    for credit in ("Associated Press writer Sam Mednick contributed from Tel Aviv.",
                   "Associated Press writers Ali Hussein and Jack Jeffery contributed."):
        assert segment(f"JERUSALEM (AP) — The Cabinet approved the deal.\n\n{credit}\n")[-1].kind == "signature"
    assert segment("Two ministers contributed from their own budgets.")[0].kind == "body"


def test_a_guardian_style_page_head_footer_caption_and_pull_quote() -> None:
    text = ("Sudan truce talks: army delays reply, accusing RSF of new attacks\n"
            "RSF denies the charge as shelling kills dozens in El Fasher, medics say\n"
            "Thu 6 Mar 2025 10.42 GMT\n"
            "Sudan's army has delayed its reply to the truce proposal, a spokesman said on Thursday.\n"
            "Families queue for water in Port Sudan. Photograph: Omar Said/EPA\n"
            "A senior RSF adviser said the group was “ready to sign the truce the mediators drafted”.\n"
            "“We are ready to sign the truce the mediators drafted”\n"
            "Explore more on these topics\n"
            "Sudan\n"
            "Africa\n"
            "Reuse this content\n")
    kinds = [(p.kind, p.reason) for p in segment(text)]
    assert kinds == [
        ("body", ""), ("body", ""), ("boilerplate", "date stamp"), ("body", ""), ("caption", "photo credit"),
        ("body", ""), ("boilerplate", "pull quote: repeats words the story quotes"),
        ("boilerplate", "heading of a list of other stories"), ("boilerplate", "list of other stories"),
        ("boilerplate", "list of other stories"), ("boilerplate", "page furniture")]
    # the headline and the standfirst under it are two paragraphs
    assert segment(text)[1].text == "RSF denies the charge as shelling kills dozens in El Fasher, medics say"
    # a quotation of its own, which the story does not repeat, stays
    assert segment("“We will not sign anything that divides Sudan”\n\nThe army said so on Friday.")[0].kind == "body"


def test_a_related_topics_footer_is_a_list() -> None:
    text = ("Families returned south on Thursday, officials said.\n"
            "Related topics\nLebanon\nIsrael\n")
    assert [p.kind for p in segment(text)] == ["body", "boilerplate", "boilerplate", "boilerplate"]


# Pages as extractors print them (one paragraph per line), with what each line is: the first
# words of each paragraph and its kind.
_PAGES = {
    "page head of furniture": (
        ("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.\n"
        "Home > World > Africa\n"
        "Published 2 hours ago\n"
        "Sudan talks stall as army rejects RSF demand\n"
        "Share on Facebook Share on X Copy link\n"
        "PORT SUDAN, February 2. /TASS/. Sudan's army on Thursday rejected a demand by the RSF.\n"),
        ("boilerplate We use cookies | boilerplate Home > World | boilerplate Published 2 | body Sudan talks stall | "
        "boilerplate Share on Facebook | body PORT SUDAN, February")),
    "caption splitting a sentence": (
        ("Gaza, Jan 19 (EFE).- At least 20 Palestinians died this Friday in Israeli bombings against the south "
        "of the Gaza Strip, informed the Ministry of Health of the enclave, controlled by Hamas, while the "
        "negotiations for a new exchange of hostages remain\n"
        "Displaced Palestinians walk along a road in Rafah on January 18, 2024. EFE/Haitham Imad\n"
        "stalled, according to sources close to the mediation.\n"),
        "body Gaza, Jan 19 | caption Displaced Palestinians | body stalled, according"),
    "live page head": (
        ("Israel-Hezbollah ceasefire takes effect in Lebanon\n"
        "Live updates\n"
        "By Al Jazeera Staff\n"
        "Published On 27 Nov 2024\n"
        "Save\n"
        "click here to share on social media\n"
        "This live page is now closed. You can continue to follow our coverage here.\n"
        "A ceasefire between Israel and Hezbollah came into effect at 4am local time.\n"),
        ("body Israel-Hezbollah | boilerplate Live updates | signature By Al Jazeera | boilerplate Published On | "
        "boilerplate Save | boilerplate click here | boilerplate This live page | body A ceasefire")),
    "broadcaster": (
        ("Live\n"
        "Yemen talks: Houthis and government agree to swap 900 detainees\n"
        "The exchange, brokered by the UN and the Red Cross, would be the largest since 2020.\n"
        "5 min\n"
        "Save articles to read later and create your own reading list.\n"
        "share3\n"
        "Yemen's government and the Houthis agreed on Sunday to free about 900 detainees, the UN said.\n"
        "Freed detainees wave from a bus at Sanaa airport, on April 16, 2023 [File: Khaled Abdullah/Reuters]\n"
        "The UN envoy called the deal an important step.\n"
        "Read more\n"
        "Saudi and Houthi delegations hold rare talks in Sanaa\n"
        "The swap is due to take place within a month, a Red Cross official said.\n"
        "Source: Al Jazeera and news agencies\n"),
        ("boilerplate Live | body Yemen talks | body The exchange | boilerplate 5 min | boilerplate Save articles | "
        "boilerplate share3 | body Yemen's government | caption Freed detainees | body The UN envoy | "
        "boilerplate Read more | boilerplate Saudi and Houthi | body The swap | signature Source: Al Jazeera")),
    "agency byline": (
        ("Nadia Karim and Omar Saleh  |12.03.2024 - Update : 13.03.2024\n"
        "Today, 9:05 am\n"
        "Sudan's army rejects truce terms as 'surrender', vows to fight on to 'full victory'\n"
        "Sudan's army on Tuesday rejected the truce terms put forward by the mediators.\n"
        "The agency's website contains only a portion of the news stories offered to subscribers. "
        "Please contact us for subscription options.\n"),
        ("boilerplate Nadia Karim | boilerplate Today, 9:05 | body Sudan's army rejects | body Sudan's army on | "
        "boilerplate The agency's website")),
    "timeline box": (
        ("By Hana Rostami, Gulf correspondent\n"
        "MUSCAT, May 7 (Reuters) - Oman said on Tuesday the talks would resume in a week.\n"
        "Iran said it would send envoys to the Fishing boats moor in Muscat harbour, Oman, May 6, 2024. "
        "REUTERS/Omar Salim next round on Monday.\n"
        "Fishing boats moor in Muscat harbour, Oman, May 6, 2024. REUTERS/Omar Salim\n"
        "Timeline\n"
        "Feb 12, 2024 - Envoys meet in Muscat for first round\n"
        "March 29, 2024 - Talks stall over sanctions relief\n"
        "The United States has not commented on the talks.\n"),
        ("signature By Hana Rostami | body MUSCAT, May 7 | body Iran said it | caption Fishing boats moor | "
        "body next round on | caption Fishing boats moor | boilerplate Timeline | boilerplate Feb 12, 2024 | "
        "boilerplate March 29, 2024 | body The United States")),
    "aggregator": (
        ("UPDATE 3-Oman hosts new round of Yemen talks as truce frays\n"
        "(Adds Houthi statement in paragraphs 5-6)\n"
        "Updated: Mar 4, 2025 at 9:41 a.m. ET\n"
        "FILE PHOTO: Yemeni envoys arrive at Muscat airport, Oman, May 6, 2024. REUTERS/Omar Salim/File Photo\n"
        "MUSCAT, March 4 (Reuters) - Oman hosted a new round of talks on Tuesday, state media reported.\n"
        "Story continues below advertisement\n"
        "Recommended Stories\n"
        "Houthis say talks are a waste of time\n"
        "Continue reading\n"
        "A Houthi official said the group had received no new proposal.\n"),
        ("boilerplate UPDATE 3- | body Oman hosts new | boilerplate (Adds Houthi | boilerplate Updated: Mar 4, | "
        "caption FILE PHOTO: Yemeni | body MUSCAT, March 4 | boilerplate Story continues | "
        "boilerplate Recommended Stories | boilerplate Houthis say talks | boilerplate Continue reading | "
        "body A Houthi official")),
}


@pytest.mark.parametrize("name", list(_PAGES))
def test_each_line_of_a_page_is_what_it_is(name: str) -> None:
    text, expected = _PAGES[name]
    lines = [line.split(" ", 1) for line in expected.split(" | ")]
    paragraphs = segment(text)
    assert [(p.kind, p.text[:len(words)]) for p, (_, words) in zip(paragraphs, lines, strict=False)] \
        == [(kind, words) for kind, words in lines]
    assert len(paragraphs) == len(lines)


def test_lines_like_page_furniture_inside_the_story_are_the_story_s() -> None:
    # a sentence that names its source, a clock or an "Updated" in a sentence
    for text in ("Source: the ministry said the talks had failed.", "Today, 9:05 am was when the talks began.",
                 "Updated figures show the envoys will meet"):
        assert segment(text)[0].kind == "body", text


def test_a_caption_repeated_inside_the_story_is_cut_with_its_credit_and_the_dateline_found() -> None:
    from dateline.datelines import find_story_dateline

    assert segment(_PAGES["timeline box"][0])[3].text.endswith("REUTERS/Omar Salim")
    # the story's own dateline is found past the page's head, not the caption's label
    found = find_story_dateline(_PAGES["aggregator"][0])
    assert found is not None and (found.place, found.day) == ("MUSCAT", 4)




def test_an_entity_ends_at_a_line_break() -> None:
    # (the recogniser runs a headline's last name into a share widget below it)
    text = ("Gaza talks resume in Doha as Netanyahu meets Trump\n\nShare on Facebook | Share on X | Copy link\n\n"
            "Qatar's Foreign Ministry spokesman Majed al-Ansari says the talks are continuing.")
    article = Analyzer().analyze(text, date="2025-07-08")
    assert {a.name: text[a.start:a.end] for a in article.actors}.get("Donald Trump") == "Trump"


def test_a_date_stamp_with_a_reading_time_and_a_donation_appeal_are_furniture() -> None:
    kinds = [p.kind for p in segment("Russia launches record 728 drones overnight\n\nJuly 9, 2025 7:41 AM 3 min read\n\n"
                                     "Russia attacked Ukraine with 728 drones overnight, the Air Force said.\n\n"
                                     "We've been working hard to bring you independent news. Consider supporting "
                                     "the Kyiv Independent.")]
    assert kinds[1] == "boilerplate" and kinds[3] == "boilerplate" and kinds[2] == "body"


def test_a_newsletter_signup_consent_line_is_furniture() -> None:
    kinds = [p.kind for p in segment("The ceasefire took effect at 4 am on Wednesday, the army said.\n\n"
                                     "Subscribe to our newsletter\n\n"
                                     "By clicking subscribe you agree to our privacy policy.\n\n"
                                     "You agree that the talks matter, he told them.")]
    assert kinds == ["body", "boilerplate", "boilerplate", "body"]


def test_an_updated_stamp_with_its_zone_in_brackets_and_a_reading_time_are_furniture() -> None:
    kinds = [p.kind for p in segment("Pakistan, Afghanistan agree to ceasefire\n\n"
                                     "Last Updated: Sun, 19 Oct 2025 08:43 AM (IST)\n\nReading Time: 3 minutes\n\n"
                                     "Follow us on Google News\n\n"
                                     "ISLAMABAD: Pakistan and Afghanistan have agreed to an immediate ceasefire.")]
    assert kinds == ["body", "boilerplate", "boilerplate", "boilerplate", "body"]


def test_a_subhead_in_title_case_inside_a_story_is_a_paragraph_of_its_own() -> None:
    # A live page's entry heading and an article's subhead sit on a line of their own with no
    # full stop, one newline above the prose; the parser would read them into its first sentence.
    text = ("Truce talks stalled again on Tuesday, officials said, after the latest proposal was rejected.\n"
            "Mediators Weigh A New Offer Over The Prisoner Lists\n"
            "Qatari officials said they would present a revised offer to both delegations.\n"
            "The offer covers the names of the prisoners and\n"
            "The Lists Of The Hostages\n")
    spans = [text[s:e] for s, e in split_paragraphs(text)]
    assert spans[1] == "Mediators Weigh A New Offer Over The Prisoner Lists"
    assert spans[2].startswith("Qatari officials said")
    # (a line that only wraps ends on an open word, and its prose goes on: one paragraph)
    assert spans[3] == "The offer covers the names of the prisoners and\nThe Lists Of The Hostages"


def test_a_line_ending_in_a_stop_inside_its_quotation_mark_is_no_headline() -> None:
    from dateline.pipeline import load_pipeline
    from dateline.structure import is_headline

    nlp = load_pipeline(layers=["structure"])
    text = ('Israel strikes Rafah as talks stall\n\n'
            'The next day, her campaign account posted: "Vote early, vote often."\n')
    headline, posted = list(nlp(text).sents)
    assert is_headline(headline) and not is_headline(posted)


def test_a_live_entrys_heading_under_its_stamp_is_no_caption(analyzer: Analyzer) -> None:
    # ("21:40 GMT" on its own line, then "Hamas: no deal without end to war": who says what,
    # not a photo's description)
    article = analyzer.analyze("21:40 GMT\nHamas: no deal without end to war\n\nSenior Hamas official Sami Abu "
                                 "Zuhri told Reuters the group would not release captives.", date="2024-02-14")
    assert [p.kind for p in article.paragraphs] == ["body", "body", "body"]
    assert (article.quotes[0].speaker, article.quotes[0].content) == ("Hamas", "no deal without end to war")

