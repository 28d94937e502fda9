"""PLOVER gold standard records: reading them, and actor country and sector accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import InputError
from dateline.plover import (
    country_of_code,
    label_of,
    read_gold_records,
    read_relations,
    relation_split,
    score_actors,
    score_relations,
    sector_of_code,
)

RECORDS = [
    {"id": "DOC-0001", "event": "DOCUMENT", "eventText": "documentation, no sentence"},
    {"id": "T-AGREE-0001", "date": "2019-05-02", "event": "AGREE",
     "text": "Kenyan President William Ruto and Ugandan rebels agreed on a truce on Tuesday.",
     "source": [{"actorText": "Kenyan President William Ruto", "code": "KEN", "sector": "GOV"}],
     "target": [{"actorText": "Ugandan rebels", "code": "UGA", "sector": "REBxyz"}]},
    {"id": "T-CONSULT-0002", "date": "2019-05-03", "event": "CONSULT",
     "text": "The United Nations sent envoys to Tokyo for talks with Japanese officials.",
     "source": [{"actorText": "United Nations", "code": "IGO", "sector": "***"}],
     "target": [{"actorText": "Japanese officials", "code": "JAP", "sector": "GOV"}]},
    {"id": "T-ASSAULT-0003", "event": "ASSAULT",
     "text": "Gunmen shelled a village near the border.",
     "source": [{"actorText": "Unidentified attackers", "code": "", "sector": "UAF"}]},
]


def _write(tmp_path: Path, records: object) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_codes_map_to_iso_and_our_sectors() -> None:
    assert country_of_code("JAP") == "JPN"
    assert country_of_code("egy") == "EGY"
    assert country_of_code("IGO") == "IGO"
    assert sector_of_code("GOV") == "government"
    assert sector_of_code("CVLalb") == "civilians"  # an ethnic suffix is ignored
    assert sector_of_code("***") is None and sector_of_code(None) is None


def test_read_gold_records_locates_actors_and_reports_the_rest(tmp_path: Path) -> None:
    records, rejected = read_gold_records(_write(tmp_path, RECORDS))
    assert [r.id for r in records] == ["T-AGREE-0001", "T-CONSULT-0002"]
    first = records[0]
    ruto, rebels = first.actors
    assert first.text[ruto.start:ruto.end] == "Kenyan President William Ruto"
    assert (rebels.code, rebels.sector, rebels.raw_sector) == ("UGA", "rebel", "REBxyz")
    assert records[1].actors[1].code == "JPN"
    reasons = [str(r) for r in rejected]
    assert any("documentation" in r for r in reasons)
    assert any("T-ASSAULT-0003" in r and "no actor text" in r for r in reasons)


def test_unreadable_records_are_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="bad.json"):
        read_gold_records(path)
    with pytest.raises(InputError, match="JSON array"):
        read_gold_records(_write(tmp_path, {"id": "x"}))


def test_score_actors_country_and_sector(tmp_path: Path) -> None:
    records, _ = read_gold_records(_write(tmp_path, RECORDS))
    scores = score_actors(records)
    assert (scores.records, scores.gold, scores.found) == (2, 4, 4)
    # Kenya from the title's demonym, Uganda from "Ugandan rebels", IGO for the UN body,
    # Japan for "Japanese officials".
    assert scores.country_correct == scores.country_gold == 4
    # Sectors: government (title), rebel (group), government (officials); "***" is unscored.
    assert scores.sector_gold == 3
    assert scores.sector_correct == 3
    assert scores.to_dict()["country"]["accuracy"] == 1.0


def test_eval_actors_command(tmp_path: Path) -> None:
    path = _write(tmp_path, RECORDS)
    result = CliRunner().invoke(main, ["eval", "actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["country"]["gold"] == 4 and data["sector"]["gold"] == 3
    table = CliRunner().invoke(main, ["eval", "actors", str(path)])
    assert "country accuracy: 100.0% (4/4)" in table.output


RELATIONS = (
    "\tsentence_id\tsentence\tmarked_sentence\tgold_root\n"
    "0\t101\tx\t<s>Egypt</s> hosted talks with <t>Qatar</t> in Cairo on Monday.\tCONSULT\n"
    "1\t102\tx\t<s>Israeli jets</s> bombed <t>Hamas</t> positions in Gaza on Sunday.\tASSAULT\n"
    "2\t103\tx\t<s>Hamas</s> rejected <t>Israel</t>'s demands on Tuesday.\tREJECT\n"
    "3\t104\tx\t<s>The rebels</s> withdrew from <t>the town</t> on Friday.\tYIELD\n"
    "4\t105\tx\tNo marks in this sentence.\tAGREE\n"
)


def _write_relations(tmp_path: Path) -> Path:
    path = tmp_path / "plv.tsv"
    path.write_text(RELATIONS, encoding="utf-8")
    return path


def test_read_relations_unmarks_and_locates_the_pair(tmp_path: Path) -> None:
    items, rejected = read_relations(_write_relations(tmp_path))
    assert [i.id for i in items] == ["101", "102", "103", "104"]
    first = items[0]
    assert first.text == "Egypt hosted talks with Qatar in Cairo on Monday."
    assert first.text[slice(*first.source)] == "Egypt" and first.text[slice(*first.target)] == "Qatar"
    assert [(r.line, "no <s>" in r.reason) for r in rejected] == [(6, True)]
    assert {relation_split(i.id) for i in items} <= {"dev", "report"}


def test_label_of_maps_our_types_to_older_roots() -> None:
    assert label_of("RETREAT", ["YIELD", "AGREE"]) == "YIELD"
    assert label_of("CONCEDE", ["YIELD"]) == "YIELD"
    assert label_of("RETREAT", ["RETREAT", "YIELD"]) == "RETREAT"  # a set with the new roots
    assert label_of("AGREE", ["YIELD"]) == "AGREE"


def test_score_relations_and_the_command(tmp_path: Path) -> None:
    items, _ = read_relations(_write_relations(tmp_path))
    scores = score_relations(items)
    assert scores.total == 4
    assert scores.confusion[("CONSULT", "CONSULT")] == 1
    assert scores.confusion[("ASSAULT", "ASSAULT")] == 1
    assert scores.confusion[("REJECT", "REJECT")] == 1
    assert scores.confusion[("YIELD", "YIELD")] == 1  # "withdrew" is RETREAT, scored as YIELD
    assert scores.accuracy == 1.0 and scores.macro_f1 == 1.0
    result = CliRunner().invoke(main, ["eval", "plv", str(tmp_path / "plv.tsv"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accuracy"] == 1.0
