"""Learned cues: features, training, the model file, and what the attribution layer does with it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.attribution import extract_quotes
from dateline.cli import main
from dateline.cues import CueModel, candidate_tokens, cue_features, load_cue_model, train_cue_model
from dateline.errors import CueModelError
from dateline.pipeline import Analyzer
from dateline.polnear import in_fold


def _parse(analyzer: Analyzer, text: str):  # type: ignore[no-untyped-def]
    return analyzer.nlp(analyzer.make_doc(_article(text)))


def _article(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from dateline.model import Article

    return Article(id="t", text=text, date=dt.date(2025, 3, 4))


def test_candidates_are_main_verbs_and_nouns_with_dependents(analyzer: Analyzer) -> None:
    doc = _parse(analyzer, "The mayor has mocked the criticism of the budget.")
    words = [t.text for t in candidate_tokens(doc)]
    assert "mocked" in words and "criticism" in words
    assert "has" not in words and "budget" not in words  # (an auxiliary; a bare noun)


def test_features_read_the_word_its_head_and_the_rules(analyzer: Analyzer) -> None:
    doc = _parse(analyzer, "The minister said on Tuesday that the border would reopen.")
    tokens = candidate_tokens(doc)
    features = dict(zip([t.text for t in tokens], cue_features(doc, doc._.quotes, tokens), strict=True))
    said = features["said"]
    assert {"l=say", "p=VERB", "rc=1", "rk=speech", "cd=ccomp", "subj_l=minister"} <= set(said)
    assert "rc=0" in features["reopen"] and "rn=1" in features["reopen"]  # (what was said)


def test_features_read_what_kind_of_word_wordnet_files_it_under(analyzer: Analyzer) -> None:
    doc = _parse(analyzer, "The envoy rebuked the mediators and voiced his frustration with the delay.")
    tokens = candidate_tokens(doc)
    features = dict(zip([t.text for t in tokens], cue_features(doc, doc._.quotes, tokens), strict=True))
    assert "ss1=communication" in features["rebuked"]  # (a verb of saying, whatever its lemma)
    assert "ss1=feeling" in features["frustration"]
    assert "ss1=communication" in features["voiced"]
    # (a word WordNet does not know, or an adjective, has none)
    doc = _parse(analyzer, "The senator was uneasy about the deal.")
    assert "ss1=none" in cue_features(doc, doc._.quotes, [doc[3]])[0]


def test_a_trained_model_scores_what_it_was_shown() -> None:
    cue, other = ["l=mock", "cd=dobj", "subj_e=PERSON"], ["l=budget", "p=NOUN"]
    examples = [([cue, other, ["l=plan", "p=NOUN"]], [1, 0, 0]) for _ in range(20)]
    model = train_cue_model(examples, min_count=2)
    assert model.score(cue) > model.threshold > model.score(other)
    assert model.meta["words"] == 60 and model.meta["cue_words"] == 20


def test_training_needs_both_kinds_of_words() -> None:
    with pytest.raises(Exception, match="both inside and outside"):
        train_cue_model([([["l=say"]], [1])])


def test_a_model_survives_saving_and_loading(tmp_path: Path) -> None:
    model = CueModel({"l=mock": 2.5, "p=NOUN": -1.0}, -0.5, 0.6, 0.1, {"data": "ours"})
    path = tmp_path / "m.json.gz"
    model.save(path)
    again = load_cue_model(path)
    assert again == model
    assert again.score(["l=mock"]) == pytest.approx(1 / (1 + 2.718281828 ** -2.0), rel=1e-6)


def test_a_bad_model_file_is_named_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "bad.json.gz"
    path.write_bytes(b"not gzip")
    with pytest.raises(CueModelError, match=r"E006.*bad\.json\.gz"):
        load_cue_model(path)
    other = tmp_path / "v9.json.gz"
    other.write_bytes(gzip.compress(json.dumps({"format": 9, "weights": {}, "bias": 0}).encode()))
    with pytest.raises(CueModelError, match="format 9"):
        load_cue_model(other)


def test_the_packaged_model_was_trained_on_polnear() -> None:
    model = load_cue_model()
    assert model.meta.get("data") == "polnear" and model.meta.get("held_out") is None
    assert len(model.weights) > 10_000


def test_a_learned_cue_is_a_stance_with_speaker_and_content(analyzer: Analyzer) -> None:
    text = "Senator Ruiz tangled with the governor over funding for rural clinics."
    doc = _parse(analyzer, text)
    assert not extract_quotes(doc, model=None)  # ("tangle" is in no lexicon of ours)
    [quote] = extract_quotes(doc, model=load_cue_model())
    assert (quote.cue, quote.speaker, quote.kind) == ("tangled with", "Senator Ruiz", "stance")
    assert quote.content == "the governor over funding for rural clinics"
    assert quote.learned and quote.cue_score is not None and quote.cue_score >= load_cue_model().threshold
    # The rules' quotes carry the model's score of their cue too.
    [said] = extract_quotes(_parse(analyzer, "The minister said the border would reopen."), model=load_cue_model())
    assert not said.learned and said.cue_score is not None and said.cue_score > 0.5


def test_learned_cues_leave_the_rules_decisions_alone(analyzer: Analyzer) -> None:
    # An intention is the events layer's, asking for anonymity is sourcing, a hedge has no
    # source, and a noun the lexicon knows is no one's stance without an owner.
    for text in ("The delegation plans to return to Cairo on Sunday.",
                 "The bridge is certain to reopen next year.",
                 "The governor has the backing of most unions."):
        assert [q for q in analyzer.analyze(text, date="2025-03-04").quotes if q.kind == "stance"] == [], text
    text = "Two officials, who asked not to be named, told Reuters that the talks had stalled."
    assert [q.cue for q in analyzer.analyze(text, date="2025-03-04").quotes] == ["told"]


def test_words_the_rules_read_in_some_forms_are_the_models_where_the_rules_found_nothing(analyzer: Analyzer) -> None:
    # "show" is a cue for the rules only when a document shows; "consider" only with a
    # that-clause: the model reads the other forms in their sentence.
    text = ("Both Washington and Moscow have shown an inclination to lower the temperature of the dispute. "
            "The prime minister considers himself a mediator even though his army is deployed along the border.")
    found = {q.cue: q for q in analyzer.analyze(text, date="2025-03-04").quotes}
    assert found["have shown"].speaker == "Both Washington and Moscow" and found["have shown"].learned
    assert found["have shown"].content.startswith("an inclination to lower")
    assert found["considers"].speaker == "The prime minister" and found["considers"].content == "himself a mediator"
    # a noun of the lexicon is held by whoever puts it into words
    warning = analyzer.analyze("The ministry issued a warning against travel to the border area.",
                               date="2025-03-04").quotes
    assert [(q.speaker, q.cue, q.content) for q in warning] == [("The ministry", "warning", "travel to the border area")]
    # ... but a hedge stays the writer's, and a medium is how words went out, not a stance
    text = "Hamas appeared to accept the outline. Ziad al-Masri said in a statement that the group would return."
    quotes = analyzer.analyze(text, date="2025-03-04").quotes
    assert [(q.cue, q.kind) for q in quotes] == [("appeared", "evidential"), ("said", "speech")]


def test_learned_cues_can_be_turned_off(analyzer: Analyzer) -> None:
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline(layers=("structure", "actors", "attribution"))
    assert nlp.get_pipe("attribution").model is not None
    off = Analyzer(nlp=nlp)
    off.nlp.get_pipe("attribution").model = None
    text = "Senator Ruiz tangled with the governor over funding for rural clinics."
    assert off.analyze(text, date="2025-03-04").quotes == []
    assert [q.cue for q in analyzer.analyze(text, date="2025-03-04").quotes] == ["tangled with"]


def test_folds_are_stable_and_partition_the_texts() -> None:
    names = [f"text-{k}" for k in range(200)]
    first = [n for n in names if in_fold(n, 1, 2)]
    second = [n for n in names if in_fold(n, 2, 2)]
    assert sorted(first + second) == sorted(names) and 60 < len(first) < 140
    assert first == [n for n in names if in_fold(n, 1, 2)]


def _brat(folder: Path, texts: dict[str, tuple[str, list[tuple[str, str, str]]]]) -> None:
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for name, (text, parts) in texts.items():
        (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        lines, events, number = [], [], 0
        for index, triple in enumerate(parts, 1):
            refs = []
            for role, needle in zip(("Source", "Cue", "Content"), triple, strict=True):
                number += 1
                start = text.index(needle)
                lines.append(f"T{number}\t{role} {start} {start + len(needle)}\t{needle}")
                refs.append(f"{role}:T{number}")
            events.append(f"E{index}\tAttribution:T{number} " + " ".join(refs))
        (folder / "attributions" / f"{name}_ab12.ann").write_text("\n".join(lines + events) + "\n")


def test_train_cues_writes_a_model_the_evaluation_reads(tmp_path: Path) -> None:
    stories = {
        f"story{k}": (
            (f"The mayor of Town {k} tangled with the council over the plan to sell the park. "
             "Residents said the vote was rushed. The council met on Monday."),
            [(f"The mayor of Town {k}", "tangled with", "the council over the plan to sell the park"),
             ("Residents", "said", "the vote was rushed")])
        for k in range(6)
    }
    _brat(tmp_path / "brat", stories)
    out = tmp_path / "model.json.gz"
    result = CliRunner().invoke(main, ["train", "cues", str(tmp_path / "brat"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    model = load_cue_model(out)
    assert model.meta["texts"] == 6 and model.meta["cue_words"] >= 12
    scored = CliRunner().invoke(main, ["eval", "polnear", str(tmp_path / "brat"), "--cue-model", str(out),
                                       "--json"])
    assert scored.exit_code == 0, scored.output
    figures = json.loads(scored.output)
    assert figures["cue overlap"]["recall"] == 1.0  # ("tangled" learned, "said" a rule's)
    strict = CliRunner().invoke(main, ["eval", "polnear", str(tmp_path / "brat"), "--cue-model", str(out),
                                       "--no-nested-stances", "--json"])
    assert strict.exit_code == 0 and json.loads(strict.output)["cue overlap"]["recall"] == 1.0, strict.output


def test_a_fold_must_be_k_of_n(tmp_path: Path) -> None:
    _brat(tmp_path / "brat", {"one": ("Aides said the vote was set.", [("Aides", "said", "the vote was set")])})
    result = CliRunner().invoke(main, ["eval", "polnear", str(tmp_path / "brat"), "--fold", "3/2"])
    assert result.exit_code != 0 and "is not K/N" in result.output


def test_the_veto_drops_only_stances_the_model_finds_unlike_any_cue(analyzer: Analyzer) -> None:
    text = ("The Arab League criticized the blockade of Gaza on Monday. The minister said that the "
            "opposition had rejected the budget.")
    doc = _parse(analyzer, text)
    sure_of_nothing = CueModel({}, -10.0, threshold=0.99, veto=0.5)  # (every word scores ~0)
    kept = [(q.kind, q.cue) for q in extract_quotes(doc, model=sure_of_nothing)]
    # The stance on its own goes; the statement stays, and so does the stance inside it.
    assert kept == [("speech", "said"), ("stance", "had rejected")]
    assert ("stance", "criticized") in [(q.kind, q.cue) for q in extract_quotes(doc, model=None)]
    # Without nested stances (PolNeAR's way), the veto reaches inside statements too.
    assert [(q.kind, q.cue) for q in extract_quotes(doc, model=sure_of_nothing, nested_stances=False)] == [
        ("speech", "said")]
    analyzer.nlp.get_pipe("attribution").nested_stances = False
    try:
        assert [q.cue for q in analyzer.analyze("Officials said that the mayor opposes the new stadium.",
                                                date="2025-03-04").quotes] == ["said"]
    finally:
        analyzer.nlp.get_pipe("attribution").nested_stances = True


def test_the_writers_aside_is_no_learned_attribution(analyzer: Analyzer) -> None:
    for text in ("It is worth noting that the talks resumed on Monday.",
                 "It should be noted that the talks resumed on Monday.",
                 "It is worth mentioning that the first phase lasted 42 days.",
                 "That said, the first phase lasted 42 days.",
                 "Having said that, the first phase lasted 42 days."):
        assert extract_quotes(_parse(analyzer, text), model=load_cue_model()) == [], text


def test_an_action_the_events_layer_codes_is_no_learned_attribution(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)  # (every word scores ~1)
    doc = _parse(analyzer, "The Treasury imposed sanctions on two shipping firms, and the envoy "
                           "tangled with the minister over the port.")
    cues = [q.cue for q in extract_quotes(doc, model=takes_everything) if q.learned]
    assert "tangled with" in cues and not any(c.startswith("imposed") for c in cues)


def test_a_party_s_spoken_move_is_the_model_s_to_judge(analyzer: Analyzer) -> None:
    # Rejecting, warning, backing, accusing are said before they are done: the events layer
    # codes them and the cue model may take them for a stance too. Releasing, meeting and
    # shelling are done, never said.
    takes_everything = CueModel({}, 10.0)
    doc = _parse(analyzer, "The army released twelve detainees and the envoy met the minister in Cairo. "
                           "Hamas rebuffed the offer of a six-week pause. Artillery shelled the camp. "
                           "Militants attacked an army checkpoint. The senator attacked the plan.")
    cues = [q.cue for q in extract_quotes(doc, model=takes_everything) if q.learned]
    assert "rebuffed" in cues and "attacked" in cues  # (the plan, not the checkpoint)
    assert len([c for c in cues if c.startswith("attacked")]) == 1
    assert not any(c.startswith(("released", "met", "shelled")) for c in cues), cues
    text = "Two Republican senators have rebuffed pressure from the White House to back the measure."
    [quote] = analyzer.analyze(text, date="2025-03-04").quotes
    assert (quote.speaker, quote.cue, quote.kind, quote.learned) == (
        "Two Republican senators", "have rebuffed", "stance", True)
    assert quote.content.startswith("pressure from the White House")


def test_words_the_events_layer_codes_no_action_at_are_the_model_s(analyzer: Analyzer) -> None:
    # Remembering, publishing words and retorting are no actions; signing a treaty is one,
    # and an attack launched on a person in words is said.
    takes_everything = CueModel({}, 10.0)
    doc = _parse(analyzer, "The envoy recalled summer visits to the Red Sea coast. "
                           "The army released footage of the strike. "
                           "The two countries signed a border treaty last week. "
                           "Turkey recalled its ambassador to Vienna. "
                           "Senator Ana Ruiz unleashed a harsh attack on Governor Tom Reyes.")
    cues = [q.cue for q in extract_quotes(doc, model=takes_everything)]
    assert "released" in cues and "unleashed" in cues, cues
    assert cues.count("recalled") == 1  # (the visits, not the ambassador)
    assert not any(c.startswith("signed") for c in cues), cues


def test_putting_out_a_statement_is_the_relay_of_what_it_says(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    for text, cue in (("Hamas released a statement saying it would not accept the proposal.", "saying"),
                      ("Qatar put out a statement on Tuesday calling for calm in Gaza.", "calling for")):
        found = [q for q in extract_quotes(_parse(analyzer, text), model=takes_everything)
                 if not q.cue or not q.cue.startswith(("proposal", "calm"))]
        assert [(q.cue, q.relay) for q in found if q.speaker in ("Hamas", "Qatar")] == [(cue, "a statement")], found


def test_according_to_is_the_rules_alone(analyzer: Analyzer) -> None:
    # Hung on a statement it relays ("…,” he told advisers, according to his aide), it is no
    # learned stance of its own.
    takes_everything = CueModel({}, 10.0)
    text = "“We can beat her,” he told advisers afterward, according to Uzi Arad, his former aide."
    cues = [q.cue for q in extract_quotes(_parse(analyzer, text), model=takes_everything)]
    assert "according to" not in cues and "according" not in cues, cues


def test_the_writers_own_view_is_no_learned_attribution(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    for text in ("It remains unclear whether the talks will resume next week.",
                 "It was unclear whether the crossing would open on Sunday."):
        cues = [q.cue for q in extract_quotes(_parse(analyzer, text), model=takes_everything)]
        assert not any(c.startswith(("remains", "was", "unclear")) for c in cues), (text, cues)
    doc = _parse(analyzer, "The aides were uneasy about the new schedule of rallies.")
    assert [q.speaker for q in extract_quotes(doc, model=takes_everything)][:1] == ["The aides"]


def test_what_a_stance_is_about_is_no_stance_of_its_own(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    text = "The Israeli Embassy in Moscow declined to comment on the meeting."
    found = [(q.cue, q.content) for q in extract_quotes(_parse(analyzer, text), model=takes_everything)]
    assert found == [("declined", "comment on the meeting")], found


def test_a_model_refitted_in_place_is_read_anew(tmp_path: Path) -> None:
    import os

    path = tmp_path / "m.json.gz"
    CueModel({"l=tangle": 1.0}, 0.0).save(path)
    assert load_cue_model(path).weights == {"l=tangle": 1.0}
    CueModel({"l=tangle": 3.0}, 0.0).save(path)
    os.utime(path, (1, 1))  # (a new modification time, whatever the clock's resolution)
    assert load_cue_model(path).weights == {"l=tangle": 3.0}


def test_the_model_reads_the_rules_marks_where_their_quotes_will_stand(
        analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    # The learned pass reads the rules' attributions before they become quotes; their cue,
    # speaker and content marks must be those of the finished quotes, or the features differ
    # from the ones the model was trained on. (A speaker that loses the sentence's full stop.)
    from dateline import attribution
    from dateline.cues import _marks

    doc = _parse(analyzer, "AMMAN, March 3 (Reuters) - Talks on the corridor resumed, two officials said. "
                           "The first convoy would leave on Friday, as reported by the broadcaster Kan.\n\n"
                           "The minister mocked the proposal, saying it “ignores the facts on the ground”.")
    seen: list[object] = []
    real = attribution.cue_features

    def recording(doc_, quotes, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(list(quotes))
        return real(doc_, quotes, *args, **kwargs)

    monkeypatch.setattr(attribution, "cue_features", recording)
    extract_quotes(doc, model=load_cue_model())
    rules = extract_quotes(doc, model=None)
    assert len(seen) == 1 and len(seen[0]) == len(rules) >= 3  # type: ignore[arg-type]
    assert _marks(doc, seen[0]) == _marks(doc, rules)  # type: ignore[arg-type]
    assert any(q.speaker == "the broadcaster Kan" for q in rules)


def test_a_second_source_s_verb_is_no_learned_stance(analyzer: Analyzer) -> None:
    # "as also stated by X" gives X as another source of the same words, nothing more.
    takes_everything = CueModel({}, 10.0)
    text = ("The strike hit a school in Rafah, witnesses told the agency and as also stated by local "
            "radio, close to the army.")
    found = [(q.speaker, q.cue, q.also_by) for q in extract_quotes(_parse(analyzer, text), model=takes_everything)
             if q.speaker is not None and "radio" in q.speaker or q.cue == "told"]
    assert found == [("witnesses", "told", ["local radio"])], found


def test_the_medium_of_a_learned_cue_is_its_relay_not_its_content(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    for text, speaker, cue, content, relay in (
            ("The minister lashed out in an interview at the new border plan.", "The minister", "lashed out",
             "the new border plan", "an interview"),
            ("“This is a disgrace,” the union fumed in a statement.", "the union", "fumed", "This is a disgrace",
             "a statement")):
        found = [(q.speaker, q.cue, q.content, q.relay) for q in extract_quotes(_parse(analyzer, text), model=takes_everything)
                 if q.speaker == speaker]
        assert found == [(speaker, cue, content, relay)], found
    found = [q.content for q in extract_quotes(_parse(analyzer, "The union fumed in a statement."), model=takes_everything)]
    assert "in a statement" not in found and "a statement" not in found, found


def test_a_name_a_person_is_known_by_is_no_learned_stance(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    text = "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, rejected the offer."
    cues = [q.cue for q in extract_quotes(_parse(analyzer, text), model=takes_everything)]
    assert not any(c and c.startswith("known") for c in cues), cues


def test_a_question_put_is_no_stance_of_the_one_asked(analyzer: Analyzer) -> None:
    text = ("Axios reported that the White House had paused some intelligence sharing. Asked about "
            "the report, a White House spokesperson declined to comment.")
    asked = [q for q in analyzer.analyze(text, date="2025-03-08").quotes if q.cue and q.cue.startswith("Asked")]
    # Whoever asked is unnamed; what was asked about is no medium ("the report").
    assert [(q.kind, q.speaker, q.content) for q in asked] == [("question", None, "the report")]


def test_a_participle_set_off_by_commas_is_no_learned_stance(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    text = ("The plan, agreed on Monday by envoys from Oman and Jordan with Yemeni officials, "
            "provides for a ten-day truce, according to two diplomats.")
    cues = [q.cue for q in extract_quotes(_parse(analyzer, text), model=takes_everything)]
    assert not any(c and c.startswith("agreed") for c in cues), cues


def test_the_terms_a_source_spoke_on_are_no_learned_stance(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    text = ("A U.S. official, speaking on condition of anonymity because he was not authorized to "
            "brief the media, said Washington would host a new round within weeks. Another, who "
            "requested anonymity, confirmed it.")
    cues = [q.cue for q in extract_quotes(_parse(analyzer, text), model=takes_everything)]
    assert not any(c and c.split()[0] in ("speaking", "requested") for c in cues), cues
    assert "said" in cues


def test_a_learned_cue_in_a_relative_clause_is_about_the_noun_it_describes(analyzer: Analyzer) -> None:
    takes_everything = CueModel({}, 10.0)
    text = "The envoy told reporters the draft text, which Egypt circulated on Monday, had been accepted by both sides."
    found = extract_quotes(_parse(analyzer, text), model=takes_everything)
    assert [(q.speaker, q.content) for q in found if q.cue == "circulated"] == [("Egypt", "the draft text")]
    text = "Mr. Trump faces allegations that he assaulted Ivana Trump, which he denied."
    found = extract_quotes(_parse(analyzer, text), model=takes_everything)
    assert [q.content for q in found if q.cue == "denied"] in ([], ["allegations that he assaulted Ivana Trump"])


def test_a_learned_verb_of_saying_reports_words_and_a_headline_label_is_no_stance(analyzer: Analyzer) -> None:
    # (a verb of saying inside another's words, which the rules leave to the model, reports
    # words: a speech, not a stance)
    text = ('The RSF, for its part, said it was committed to the talks "as long as they lead to a comprehensive '
            'solution", spokesman Omar Hamdan told Sky News Arabia.')
    said = next(q for q in analyzer.analyze(text, date="2024-02-14").quotes if q.learned)
    assert (said.speaker, said.cue, said.kind) == ("The RSF", "said", "speech")
    # (one "position" is a view, not a place: what the interest is in)
    text = "Zakharova noted that more than 30 countries had expressed interest in the Russian position."
    interest = next(q for q in analyzer.analyze(text, date="2024-02-14").quotes if q.learned)
    assert (interest.speaker, interest.content) == ("more than 30 countries", "the Russian position")
    # (an explainer's headline is the page's label, no one's stance; a passive one naming whom
    # it is done to keeps its stance: test_attribution.py)
    text = "Gaza truce talks: what we know so far\n\nHamas negotiators left Cairo on Wednesday, two sources said."
    assert [q.cue for q in analyzer.analyze(text, date="2024-02-14").quotes] == ["said"]


def test_a_learned_stance_keeps_a_subject_the_parser_made_passive_and_drops_an_although_report(
        analyzer: Analyzer) -> None:
    text = ("The Israeli Government, for its part, has not yet commented on the results of the meeting, although "
            "local media reported that Netanyahu ordered the delegation home.")
    quotes = analyzer.analyze(text, date="2024-02-13").quotes
    commented = next(q for q in quotes if q.learned)
    assert (commented.speaker, commented.content) == ("The Israeli Government", "the results of the meeting")
    assert any(q.speaker == "local media" and q.cue == "reported" for q in quotes)


def test_a_learned_trailing_verb_of_saying_is_speech(analyzer: Analyzer) -> None:
    # (the parser hung "told" inside the clause it reports: the model finds it, and a verb of
    # saying whose words close before it reports them; "has agreed to withdraw" stays a stance)
    text = ("Cairo (AFP) – Israel has agreed to withdraw its forces from the Philadelphi corridor in two stages, "
            "an Egyptian official and a Hamas source told AFP on Tuesday.")
    quotes = analyzer.analyze(text, date="2025-04-08").quotes
    told = next(q for q in quotes if q.cue == "told")
    assert (told.kind, told.relay) == ("speech", "AFP")
    assert all(q.kind == "stance" for q in quotes if q.cue == "has agreed")
