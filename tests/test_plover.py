"""PLOVER gold standard records: reading them, and actor country and sector accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import InputError
from dateline.plover import country_of_code, read_gold_records, score_actors, sector_of_code

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
