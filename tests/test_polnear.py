"""PolNeAR brat attributions: reading them and scoring our quotes against them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import InputError
from dateline.model import Quote
from dateline.polnear import annotator_agreement, read_polnear, score_attributions

TEXT = ("The senator said the bill would pass. According to aides, the vote is set for "
        "Friday. “We will win,” the governor told reporters.")


def _span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def _ann(keep: int = 3) -> str:
    lines, events = [], []
    parts = [("The senator", "said", "the bill would pass"),
             ("aides", "According to", "the vote is set for Friday"),
             ("the governor", "told", "“We will win,”")][:keep]
    number = 0
    for index, (source, cue, content) in enumerate(parts, 1):
        refs = []
        for role, needle in (("Source", source), ("Cue", cue), ("Content", content)):
            number += 1
            start, end = _span(needle)
            lines.append(f"T{number}\t{role} {start} {end}\t{needle}")
            refs.append(f"{role}:T{number}")
        events.append(f"E{index}\tAttribution:T{number} " + " ".join(refs))
    return "\n".join(lines + events) + "\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "wire_2016-10-01_vote.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "wire_2016-10-01_vote_ab12.ann").write_text(_ann(), encoding="utf-8")
    # A second annotator of the same text is not read twice.
    (tmp_path / "attributions" / "wire_2016-10-01_vote_cd34.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_read_polnear(corpus: Path) -> None:
    (doc,), rejected = read_polnear(corpus)
    assert rejected == [] and doc.name == "wire_2016-10-01_vote"
    assert len(doc.attributions) == 3 and doc.others == ((),)  # (the second annotator's: none)
    first = doc.attributions[0]
    assert (first.source, first.cue, first.content) == (
        _span("The senator"), _span("said"), _span("the bill would pass"))


def test_discontinuous_spans_and_missing_folders(tmp_path: Path) -> None:
    from dateline.polnear import _parse_ann

    (attribution,) = _parse_ann("T1\tContent 5 10;20 30\tx\nT2\tCue 0 4\ty\nE1\tAttribution:T2 Cue:T2 Content:T1\n")
    assert attribution.content == (5, 30) and attribution.source is None
    with pytest.raises(InputError, match="attributions"):
        read_polnear(tmp_path)


def test_scores_exact_and_overlap(corpus: Path) -> None:
    (doc,), _ = read_polnear(corpus)
    start, end = _span("the bill would pass.")  # content with its full stop: trimmed, exact
    quotes = [Quote(start, end, TEXT[start:end], False, "The senator", *_span("The senator"),
                    "said", *_span("said")),
              # the governor's quote found, its content without the quotation marks
              Quote(*_span("We will win"), "We will win", True, "the governor",
                    *_span("the governor"), "told", *_span("told"))]
    scores = score_attributions([(doc, quotes)]).to_dict()
    assert scores["content exact"]["precision"] == 1.0
    assert scores["content exact"]["recall"] == pytest.approx(2 / 3)
    assert scores["cue exact"]["recall"] == pytest.approx(2 / 3)
    assert scores["attribution exact"]["f1"] == pytest.approx(0.8)


def _locator(text: str) -> Callable[[str], tuple[int, int]]:
    """Offsets of a phrase of ``text``, for writing gold and system spans by their words."""
    return lambda needle: (text.index(needle), text.index(needle) + len(needle))


def test_an_according_to_relay_or_other_source_is_scored_as_polnear_nests_it() -> None:
    from dateline.polnear import Attribution, PolnearDocument

    text = "“We will win,” Walker said, according to an Associated Press account."
    at = _locator(text)

    inner = Attribution(at("Walker"), at("said"), at("“We will win,”"))
    outer = Attribution(at("an Associated Press account"), at("according to"), at("“We will win,” Walker said"))
    doc = PolnearDocument("wire_2016-10-02_walker", text, (inner, outer))
    quote = Quote(*at("We will win"), "We will win", True, "Walker", *at("Walker"), "said", *at("said"),
                  relay="an Associated Press account", relay_start=at("an Associated")[0],
                  relay_end=at("account")[1])
    scores = score_attributions([(doc, [quote])]).to_dict()
    assert scores["cue exact"]["recall"] == 1.0 and scores["source exact"]["recall"] == 1.0
    assert scores["attribution overlap"]["f1"] == 1.0
    # a relay of another kind ("told Efe", "in a statement") is no attribution of its own
    told = Quote(*at("We will win"), "We will win", True, "Walker", *at("Walker"), "said", *at("said"),
                 relay="Press", relay_start=at("Press")[0], relay_end=at("Press")[1])
    assert score_attributions([(doc, [told])]).to_dict()["cue exact"]["system"] == 1
    # another source of the same words ("he told X …, according to two aides": also_by) nests
    # as the relay does
    text = "He told the senator he would step aside, according to two aides."
    at = _locator(text)
    doc = PolnearDocument("wire_2016-10-03_aides", text, (
        Attribution(at("He"), at("told"), at("he would step aside")),
        Attribution(at("two aides"), at("according to"), at("He told the senator he would step aside"))))
    quote = Quote(*at("he would step aside"), "he would step aside", False, "He", *at("He"), "told", *at("told"),
                  relay="the senator", relay_start=at("the senator")[0], relay_end=at("the senator")[1],
                  also_by=["two aides"])
    assert score_attributions([(doc, [quote])]).to_dict()["attribution exact"]["f1"] == 1.0



def test_a_stance_inside_a_statement_is_part_of_it_as_polnear_annotates_it() -> None:
    from dateline.polnear import Attribution, PolnearDocument, in_statement

    text = "Aides said the governor opposes the stadium. The mayor criticized the plan."
    at = _locator(text)
    doc = PolnearDocument("wire_2016-10-04_stadium", text, (
        Attribution(at("Aides"), at("said"), at("the governor opposes the stadium")),
        Attribution(at("The mayor"), at("criticized"), at("the plan"))))
    said = Quote(*at("the governor opposes the stadium"), "the governor opposes the stadium", False,
                 "Aides", *at("Aides"), "said", *at("said"))
    opposes = Quote(*at("the stadium"), "the stadium", False, "the governor", *at("the governor"),
                    "opposes", *at("opposes"), kind="stance")
    criticized = Quote(*at("the plan"), "the plan", False, "The mayor", *at("The mayor"),
                       "criticized", *at("criticized"), kind="stance")
    quotes = [said, opposes, criticized]
    assert [in_statement(q, quotes) for q in quotes] == [False, True, False]
    folded = score_attributions([(doc, quotes)]).to_dict()
    assert folded["cue exact"]["precision"] == 1.0 and folded["cue exact"]["system"] == 2
    apart = score_attributions([(doc, quotes)], nested_stances=True).to_dict()
    assert apart["cue exact"]["system"] == 3 and apart["cue exact"]["precision"] == pytest.approx(2 / 3)
    # a stance on its own, or a statement inside another, is scored as it is
    assert not in_statement(said, [opposes, said]) and not in_statement(criticized, quotes[::-1])


def test_final_colons_are_trimmed_but_a_colon_cue_stays() -> None:
    from dateline.polnear import _trim

    text = "The aide said: no. Poll: yes."
    assert _trim(text, (9, 14)) == (9, 13)  # "said:" is "said"
    assert _trim(text, (23, 24)) == (23, 24)  # a headline's ":" is still a cue


def test_eval_polnear_command(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "polnear", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and data["content overlap"]["gold"] == 3
    assert data["cue overlap"]["recall"] > 0  # "said" and "told" are found



def test_annotators_scored_against_each_other(corpus: Path) -> None:
    # A second annotator who found the first two attributions and missed the governor's.
    (corpus / "attributions" / "wire_2016-10-01_vote_cd34.ann").write_text(_ann(keep=2), encoding="utf-8")
    (doc,), _ = read_polnear(corpus)
    scores = annotator_agreement([doc]).to_dict()
    # Each in turn as the gold: 2 of 3 found one way, 2 of 2 right the other; 4 of 5 both ways.
    assert scores["documents"] == 2
    assert scores["cue overlap"]["precision"] == scores["cue overlap"]["recall"] == pytest.approx(0.8)
    assert scores["attribution exact"]["f1"] == pytest.approx(0.8)
    result = CliRunner().invoke(main, ["eval", "polnear", str(corpus), "--agreement", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source overlap"]["f1"] == pytest.approx(0.8)
    assert "1 texts with several annotators" in result.stderr
