"""TimeML and MEANTIME readers, the TimeML writer and the TempEval-3 Task A scorer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import InputError
from dateline.model import Timex
from dateline.timeml import (
    TimeMLDocument,
    read_corpus,
    read_meantime,
    read_tml,
    score_timexes,
    split_of,
    timeml_extent,
    write_tml,
)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>WIRE20250311.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-11" temporalFunction="false" functionInDocument="CREATION_TIME">20250311</TIMEX3></DCT>
<TEXT>
Port workers in Rotterdam <EVENT eid="e1" class="OCCURRENCE">walked</EVENT> out <TIMEX3 tid="t1" type="DATE" value="2025-03-10">on Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>, &amp; talks resume <TIMEX3 tid="t3" type="DATE" value="2025-03">this month</TIMEX3>.
</TEXT>
</TimeML>
"""

MEANTIME = """<?xml version="1.0" ?><Document doc_id="555" doc_name="555_Dockers_strike" lang="en">
<token number="0" sentence="0" t_id="1">Dockers</token>
<token number="1" sentence="0" t_id="2">strike</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">11</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2025</token>
<token number="6" sentence="2" t_id="7">Workers</token>
<token number="7" sentence="2" t_id="8">struck</token>
<token number="8" sentence="2" t_id="9">yesterday</token>
<token number="9" sentence="2" t_id="10">.</token>
<token number="10" sentence="3" t_id="11">Talks</token>
<token number="11" sentence="3" t_id="12">resume</token>
<token number="12" sentence="3" t_id="13">tomorrow</token>
<token number="13" sentence="3" t_id="14">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2025-03-11" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2025-03-10" functionInDocument="NONE"><token_anchor t_id="9"/></TIMEX3>
<EVENT_MENTION m_id="3" pred="strike"><token_anchor t_id="8"/></EVENT_MENTION>
</Markables>
</Document>
"""


def _t(start: int, end: int, type_: str = "DATE", value: str = "X") -> Timex:
    return Timex(start, end, "", type_, value)  # type: ignore[arg-type]


def test_read_tml(tmp_path: Path) -> None:
    path = tmp_path / "wire.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.doc_id == "WIRE20250311.0001"
    assert doc.dct == dt.date(2025, 3, 11)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("on Monday", "DATE", "2025-03-10"), ("two days", "DURATION", "P2D"),
        ("this month", "DATE", "2025-03")]
    for timex in doc.timexes:
        assert doc.text[timex.start:timex.end] == timex.text
    assert "walked out" in doc.text and "& talks" in doc.text


def test_write_then_read_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "wire.tml"
    source.write_text(TML, encoding="utf-8")
    doc = read_tml(source)
    out = tmp_path / "out.tml"
    write_tml(doc, doc.timexes, out)
    again = read_tml(out)
    assert again.text == doc.text and again.dct == doc.dct
    assert [(t.start, t.end, t.type, t.value) for t in again.timexes] == [
        (t.start, t.end, t.type, t.value) for t in doc.timexes]


def test_read_meantime_leaves_out_the_creation_date_line(tmp_path: Path) -> None:
    path = tmp_path / "555.xml"
    path.write_text(MEANTIME, encoding="utf-8")
    doc = read_meantime(path)
    assert doc.dct == dt.date(2025, 3, 11)
    assert "2025" not in doc.text
    assert [(t.text, t.value) for t in doc.timexes] == [("yesterday", "2025-03-10")]
    # Only the sentences with annotations are in scope: "tomorrow" is past the last one.
    tomorrow = doc.text.index("tomorrow")
    assert doc.in_scope([_t(tomorrow, tomorrow + 8)]) == []
    yesterday = doc.timexes[0]
    assert doc.in_scope([yesterday]) == [yesterday]


def test_bad_files_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "good.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>cut", encoding="utf-8")
    (tmp_path / "nodct.tml").write_text("<TimeML><TEXT>text</TEXT></TimeML>", encoding="utf-8")
    (tmp_path / "._good.tml").write_bytes(b"\x00\x05\x16\x07")  # macOS resource fork
    docs, rejected = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["WIRE20250311.0001"]
    reasons = {Path(r.origin).name: r.reason for r in rejected}
    assert set(reasons) == {"broken.tml", "nodct.tml"}
    assert "XML" in reasons["broken.tml"] and "DCT" in reasons["nodct.tml"]
    with pytest.raises(InputError, match="not a directory"):
        read_corpus(tmp_path / "good.tml")


def test_scorer_counts_like_tempeval3() -> None:
    gold = [_t(0, 10, "DATE", "2025-03-10"), _t(20, 30, "DURATION", "P2D"),
            _t(40, 50, "DATE", "2025-03")]
    system = [_t(0, 10, "DATE", "2025-03-10"),      # strict, right value
              _t(22, 30, "DATE", "P2D"),            # relaxed only, wrong type
              _t(60, 65, "TIME", "2025-03-11T10")]  # spurious
    scores = score_timexes([(gold, system)])
    sp, sr, sf = scores.strict
    assert (sp, sr, sf) == (pytest.approx(1 / 3), pytest.approx(1 / 3), pytest.approx(1 / 3))
    rp, rr, rf = scores.relaxed
    assert (rp, rr) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert rf == pytest.approx(2 / 3)
    # Two relaxed pairs: type right once, value right twice.
    assert scores.type_f1 == pytest.approx(0.5 * 2 / 3)
    assert scores.value_f1 == pytest.approx(1.0 * 2 / 3)
    assert "strict" in scores.to_table()
    assert json.loads(json.dumps(scores.to_dict()))["relaxed"]["f1"] == pytest.approx(2 / 3)


def test_empty_sides_score_zero_not_crash() -> None:
    scores = score_timexes([([], [])])
    assert scores.strict == (0.0, 0.0, 0.0) and scores.value_f1 == 0.0


def test_split_is_fixed_and_about_one_in_five() -> None:
    ids = [f"doc{i}" for i in range(500)]
    report = [i for i in ids if split_of(i) == "report"]
    assert 70 < len(report) < 130
    assert report == [i for i in ids if split_of(i) == "report"]


def test_cli_scores_a_system_dir_and_tags_gold_itself(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "wire.tml").write_text(TML, encoding="utf-8")
    system_dir = tmp_path / "system"
    system_dir.mkdir()
    doc = read_tml(gold_dir / "wire.tml")
    write_tml(doc, doc.timexes[:2], system_dir / "wire.tml")
    runner = CliRunner()
    result = runner.invoke(main, ["eval", "timeml", str(gold_dir), str(system_dir), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["strict"]["precision"] == 1.0
    assert figures["strict"]["recall"] == pytest.approx(2 / 3)
    written = tmp_path / "ours"
    tagged = runner.invoke(main, ["eval", "timeml", str(gold_dir), "--write", str(written)])
    assert tagged.exit_code == 0, tagged.output
    assert "relaxed" in tagged.output
    ours = read_tml(written / "wire.tml")
    assert ours.text == doc.text
    # TimeML extents: the preposition of "on Monday" stays outside the tag.
    assert {t.text for t in ours.timexes} >= {"Monday", "two days"}


@pytest.mark.parametrize(("text", "ours", "type_", "value", "timeml", "timeml_value"), [
    ("Sales rose on Friday.", "on Friday", "DATE", "1989-10-27", "Friday", "1989-10-27"),
    ("Profit fell in the nine months to June.", "nine months", "DURATION", "P9M",
     "the nine months", "P9M"),
    ("Profit fell in the third quarter.", "third quarter", "DATE", "1989-Q3",
     "the third quarter", "1989-Q3"),
    ("Its third-quarter loss widened.", "third-quarter", "DATE", "1989-Q3",
     "third-quarter", "1989-Q3"),
    ("The two-week crisis ended.", "two-week", "DURATION", "P2W", "two-week", "P2W"),
    ("It grew in 1988.", "1988", "DATE", "1988", "1988", "1988"),
    # A shifted duration: TimeML tags the duration and leaves the signal out.
    ("Three days later, the talks resumed.", "Three days later", "DATE", "1989-10-30",
     "Three days", "P3D"),
    ("It closed a month after the merger.", "a month after", "DATE", "1989-11",
     "a month", "P1M"),
    # "ago" and "earlier" stay in: "a year earlier" is a date.
    ("Sales were lower a year earlier.", "a year earlier", "DATE", "1988", "a year earlier", "1988"),
])
def test_timeml_extent(text: str, ours: str, type_: str, value: str, timeml: str,
                       timeml_value: str) -> None:
    start = text.index(ours)
    timex = Timex(start, start + len(ours), ours, type_, value)  # type: ignore[arg-type]
    converted = timeml_extent(timex, text)
    assert converted.text == timeml == text[converted.start:converted.end]
    assert converted.value == timeml_value


def test_document_model_defaults() -> None:
    doc = TimeMLDocument("d", dt.date(2025, 1, 1), "text")
    assert doc.in_scope([_t(0, 4)]) == [_t(0, 4)]
