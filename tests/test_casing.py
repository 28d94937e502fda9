"""Title-case headlines re-parsed in sentence case (casing.py)."""

from __future__ import annotations

from dateline.casing import title_case_lines
from dateline.pipeline import Analyzer

STORY = (
    "Qatar Says Hamas Accepts Framework for Gaza Hostage Deal\n\n"
    "DOHA, March 5 (Reuters) - Hamas has accepted the outline of a deal to free hostages held "
    "in Gaza, Qatar's foreign ministry spokesman Majed Al-Ansari said on Tuesday. Israel has "
    "not yet replied to the mediators, the spokesman added.\n"
)


def _doc(analyzer: Analyzer, text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from dateline.model import Article

    return analyzer.nlp(analyzer.make_doc(Article(id="t", text=text, date=dt.date(2024, 3, 5))))


def test_a_title_case_headline_is_parsed_as_a_sentence(analyzer: Analyzer) -> None:
    doc = _doc(analyzer, STORY)
    line = next(iter(doc.sents))
    says = next(t for t in line if t.text == "Says")
    assert says.pos_ == "VERB" and says.lemma_ == "say" and says.dep_ == "ROOT"
    assert next(t for t in line if t.text == "Accepts").pos_ == "VERB"
    # Its text, offsets and names stay as printed.
    assert doc.text == STORY
    # Names are found in sentence case too: no person "Hamas Accepts Framework".
    found = [(e.text, e.label_) for e in doc.ents if e.end <= line.end]
    assert ("Qatar", "GPE") in found and ("Gaza", "GPE") in found
    assert not [e for e in found if e[1] == "PERSON"], found
    article = analyzer.analyze(STORY, date="2024-03-05")
    headline = [q for q in article.quotes if q.cue_start is not None and q.cue_start < STORY.index("\n")]
    assert [(q.speaker, q.cue) for q in headline][:1] == [("Qatar", "Says")]
    assert headline[0].content.startswith("Hamas Accepts Framework")


def test_only_title_case_lines_are_read_again(analyzer: Analyzer) -> None:
    text = ("Hamas accepts framework for Gaza hostage deal, Qatar says\n\n"
            "NATO, EU AND UN LEADERS MEET\n\n"
            "Envoys from Fiji and Egypt met in Geneva on Monday.\n\n"
            "Hamas has accepted the outline of a deal, Qatar said on Tuesday.\n")
    assert list(title_case_lines(_doc(analyzer, text))) == []
    # A line whose capitals are all names the article writes so is left as it was parsed.
    names = "Benjamin Netanyahu and Joe Biden\n\nBenjamin Netanyahu met Joe Biden on Tuesday.\n"
    casing = analyzer.nlp.get_pipe("casing")
    casing.nlp = None  # (a line re-parsed would need it)
    try:
        assert [line.text for line in title_case_lines(_doc(analyzer, names))] == ["Benjamin Netanyahu and Joe Biden"]
    finally:
        casing.nlp = analyzer.nlp


def test_verbs_the_parser_reads_as_nouns_are_parsed_again(analyzer: Analyzer) -> None:
    text = ("Saudi Arabia hosts talks between Sudan's army and the RSF\n\n"
            "CAIRO (Reuters) - Egypt on Tuesday hosted delegations from Fatah and Hamas in Cairo. The heads of "
            "the two delegations met for three hours, and the US backs the plan.\n")
    doc = _doc(analyzer, text)
    hosts, hosted, heads, backs = (next(t for t in doc if t.text == w) for w in ("hosts", "hosted", "heads", "backs"))
    for verb, subject in ((hosts, "Arabia"), (hosted, "Egypt")):
        assert (verb.pos_, verb.lemma_) == ("VERB", "host")
        assert [c.text for c in verb.children if c.dep_ == "nsubj"] == [subject]
    # (a noun the words before it make one stays a noun; a verb read well is left alone)
    assert heads.pos_ == "NOUN" and backs.pos_ == "VERB"
    assert doc.text == text and [e.text for e in doc.ents if e.label_ == "GPE"][:2] == ["Saudi Arabia", "Sudan"]
    found = analyzer.analyze(text, date="2024-03-05").events
    assert [(e.trigger, [a.name for a in e.actors], [a.name for a in e.targets]) for e in found if e.trigger.startswith("host")] == [
        ("hosts", ["Saudi Arabia"], ["Sudan", "Rapid Support Forces"]), ("hosted", ["Egypt"], ["Fatah", "Hamas"])]
    # (a headline's "to host" is read as a verb already; "the host country" is no meeting)
    found = analyzer.analyze("Qatar to host new round of Gaza talks\n\nDOHA - Qatar, the host country, said talks would "
                             "resume.\n", date="2024-03-05").events
    assert [(e.trigger, e.status, [a.name for a in e.actors]) for e in found if e.trigger == "host"] == [
        ("host", "planned", ["Qatar"])]


def test_a_line_the_parser_cut_before_a_comma_is_parsed_again(analyzer: Analyzer) -> None:
    text = ("Updated: 14:05 GMT\n\nIsrael, Hamas agree to extend truce by two days, Qatar says\n\n"
            "GAZA/DOHA, Nov 27 - Israel and Hamas have agreed to extend their ceasefire.\n")
    doc = _doc(analyzer, text)
    assert not any(s[0].text == "," for s in doc.sents)
    article = analyzer.analyze(text, date="2023-11-27")
    says = next(q for q in article.quotes if q.cue == "says")
    assert (says.speaker, says.content) == ("Qatar", "Israel, Hamas agree to extend truce by two days")
    agree = next(e for e in article.events if e.trigger == "agree")
    assert {a.name for a in agree.actors} == {"Israel", "Hamas"}
