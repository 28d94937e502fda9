"""End to end through the CLI: ingest, events, timeline, show, eval; idempotency; bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from dateline.cli import main

TALKS = """ date 2025-03-05 DOHA, March 5 - Qatari and Egyptian mediators met Sudanese army envoys in Doha on Tuesday to discuss a ceasefire in Khartoum, two diplomatic sources told Reuters.

The envoys rejected a proposal for a monitoring mission, the sources said.

A second round of talks will take place next week in Jeddah, according to a Saudi official.

Displaced families wait for food at a camp near Port Sudan.

Reuters
"""

CLASH = """date 2025-03-10 Israeli troops killed at least 12 people in an airstrike on a school in Gaza City on Sunday, the Gaza health ministry said.

Hamas condemned the attack and accused Israel of targeting civilians.

AFP
"""

STRIKE = {
    "date": "2025-03-12",
    "url": "https://news.example.org/2025/03/12/port-strike",
    "title": "Dockers strike in Marseille",
    "source": "Example Wire",
    "text": "French dock workers went on strike in Marseille on Wednesday to protest against "
    "pension cuts, the CGT union said.\n\nThe government will meet union leaders on Friday.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "talks.txt").write_text(TALKS, encoding="utf-8")
    (folder / "clash.txt").write_text(CLASH, encoding="utf-8")
    (folder / "more.jsonl").write_text(json.dumps(STRIKE) + "\n", encoding="utf-8")
    return folder


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "select name from sqlite_master where type='table' and name not like '%fts%' "
            "and name not like 'sqlite_%'")]
        return {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}


def test_ingest_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "3 read, 3 stored" in first.output
    before = _counts(db)
    assert before["articles"] == 3
    assert before["events"] > 0
    second = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 stored, 3 already stored" in second.output
    assert _counts(db) == before


def test_reanalyse_replaces_what_an_older_analysis_stored(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    fresh = _counts(db)
    # As an older dateline would have left it: no quotes, and a stray event.
    with sqlite3.connect(db) as conn:
        conn.execute("delete from quotes")
        conn.execute("update articles set ingested_at = 'old'")
    again = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert "0 stored, 3 already stored" in again.output
    assert _counts(db)["quotes"] == 0
    redone = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "--reanalyse"])
    assert redone.exit_code == 0, redone.output
    assert "0 stored, 3 analysed again, 0 already stored" in redone.output
    assert _counts(db) == fresh  # everything back, nothing doubled
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles where ingested_at = 'old'").fetchone() == (0,)


def test_events_filters_and_formats(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    out = runner.invoke(main, ["events", "--db", str(db), "--nl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert {r["type"] for r in rows} >= {"CONSULT", "ASSAULT"}
    assault = runner.invoke(main, ["events", "--db", str(db), "--type", "ASSAULT", "--nl"])
    types = {json.loads(line)["type"] for line in assault.output.splitlines()}
    assert types == {"ASSAULT"}
    since = runner.invoke(main, ["events", "--db", str(db), "--since", "2025-03-09", "--nl"])
    dates = [json.loads(line)["date"] for line in since.output.splitlines()]
    assert dates and all(d >= "2025-03-09" for d in dates)
    planned = runner.invoke(main, ["events", "--db", str(db), "--status", "planned", "--csv"])
    assert planned.exit_code == 0
    assert "planned" in planned.output and "occurred" not in planned.output
    parquet = tmp_path / "e.parquet"
    result = runner.invoke(main, ["events", "--db", str(db), "--parquet", str(parquet)])
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet(parquet)) == len(rows)
    text = runner.invoke(main, ["events", "--db", str(db), "--text", "dock", "--nl"])
    assert text.output.strip(), "full-text search found nothing"
    assert all("Marseille" in json.loads(line)["title"] for line in text.output.splitlines())


def test_timeline_outputs(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    md, html = tmp_path / "t.md", tmp_path / "t.html"
    result = runner.invoke(
        main, ["timeline", "--db", str(db), "--markdown", str(md), "--html", str(html)]
    )
    assert result.exit_code == 0, result.output
    assert "2025-03-04" in result.output  # "on Tuesday" before a Wednesday dateline
    days = [line for line in result.output.splitlines() if line[:4] == "2025"]
    assert days == sorted(days)
    assert md.read_text().startswith("# Timeline")
    assert "## 2025-03-04" in md.read_text()
    page = html.read_text()
    assert "<!doctype html>" in page and 'datetime="2025-03-04"' in page


def test_show_marks_items(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        article_id = conn.execute(
            "select id from articles where text like 'DOHA%'").fetchone()[0]
    result = runner.invoke(main, ["show", article_id[:8], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "|DATE 2025-03-04]" in result.output or "|TIME 2025-03-04" in result.output
    assert "(caption) Displaced" in result.output
    assert "(signature) Reuters" in result.output
    as_json = runner.invoke(main, ["show", article_id, "--db", str(db), "--json"])
    assert json.loads(as_json.output)["id"] == article_id
    missing = runner.invoke(main, ["show", "nope", "--db", str(db)])
    assert missing.exit_code != 0 and "nope" in missing.output


def test_bad_inputs_are_reported_and_good_ones_stored(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (corpus / "latin1.txt").write_bytes("date 2025-03-01 Caf\xe9 talks".encode("latin-1"))
    (corpus / "future.txt").write_text("date 2091-01-01 Talks will resume.", encoding="utf-8")
    (corpus / "impossible.txt").write_text("date 2025-02-30 Talks resumed.", encoding="utf-8")
    (corpus / "undated.txt").write_text("Talks resumed in Cairo.", encoding="utf-8")
    (corpus / "broken.jsonl").write_text(
        json.dumps({"date": "2025-03-02", "text": "Envoys met in Muscat on Sunday."})
        + "\n{not json\n", encoding="utf-8")
    (corpus / "page.html").write_text("<html><body><nav>Home</nav></body></html>")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 1
    out = result.output
    for name in ("empty.txt", "binary.txt", "latin1.txt", "future.txt", "impossible.txt",
                 "undated.txt", "broken.jsonl:2", "page.html"):
        assert name in out, f"no message for {name}:\n{out}"
    assert _counts(db)["articles"] == 4  # three good files and the good JSON line


def test_date_option_dates_undated_input(tmp_path: Path) -> None:
    story = tmp_path / "undated.txt"
    story.write_text("Envoys met in Muscat on Sunday to discuss a prisoner swap.")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(
        main, ["ingest", str(story), "--db", str(db), "--date", "2025-03-04"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("select date, date_source from articles").fetchone() == (
            "2025-03-04", "option")


def test_stdin_input(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    result = CliRunner().invoke(
        main, ["ingest", "-", "--db", str(db)], input=TALKS)
    assert result.exit_code == 0, result.output
    assert _counts(db)["articles"] == 1


def test_eval_prints_layer_scores(tmp_path: Path) -> None:
    text = "Turkish and Iraqi officials met in Ankara on Monday, the ministry said."
    gold = {
        "id": "g1", "date": "2025-03-05", "text": text,
        "timexes": [{"text": "on Monday", "type": "DATE", "value": "2025-03-03"}],
        "events": [{"type": ["CONSULT"], "evidence": "Turkish and Iraqi officials met in Ankara",
                    "actors": [["TUR"], ["IRQ"]], "targets": [], "date": "2025-03-03",
                    "place": "Ankara", "status": "occurred"}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 0, result.output
    assert "timex" in result.output and "event" in result.output
    scores = json.loads(CliRunner().invoke(main, ["eval", str(path), "--json"]).output)
    assert scores


def test_every_command_help_has_a_runnable_example() -> None:
    runner = CliRunner()
    import click

    ctx = click.Context(main)
    commands = [([name], main.get_command(ctx, name)) for name in main.list_commands(ctx)]
    for words, command in commands:
        assert command is not None
        if isinstance(command, click.Group):  # "dateline eval gold", "dateline eval timeml"
            commands += [([*words, sub], command.get_command(ctx, sub))
                         for sub in command.list_commands(ctx)]
        name = " ".join(words)
        result = runner.invoke(main, [*words, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, f"dateline {name} --help has no example"
        assert "dateline " + words[0] in result.output.split("Example:")[1]
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"dateline {name} {param.opts[0]} has no help"


def test_missing_model_is_a_one_line_error(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text("date 2025-03-01 Talks resumed.")
    result = CliRunner().invoke(
        main, ["ingest", str(story), "--db", str(tmp_path / "d.db"), "--model", "xx_no_such_model"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "E001" in lines[0] and "xx_no_such_model" in lines[0]
