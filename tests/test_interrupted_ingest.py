"""A large ingest killed with SIGKILL and run again loses nothing and duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

CAPITALS = [
    ("Jordanian", "Amman"), ("Egyptian", "Cairo"), ("Qatari", "Doha"), ("Turkish", "Ankara"),
    ("Omani", "Muscat"), ("Kenyan", "Nairobi"), ("Saudi", "Riyadh"), ("French", "Paris"),
]


def _articles(n: int) -> list[dict[str, str]]:
    rows = []
    for i in range(n):
        demonym, city = CAPITALS[i % len(CAPITALS)]
        day = 1 + i % 27
        rows.append({
            "id": f"bulk-{i:04d}",
            "date": f"2025-02-{day:02d}",
            "text": (
                f"{demonym} officials met a United Nations envoy in {city} on Monday to discuss "
                f"aid convoy number {i}, the foreign ministry said.\n\n"
                f"The envoy will return next week, according to two diplomats."
            ),
        })
    return rows


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=10) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_rerun(tmp_path: Path) -> None:
    total = 160
    source = tmp_path / "bulk.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in _articles(total)))
    db = tmp_path / "bulk.db"
    command = [sys.executable, "-m", "dateline.cli", "ingest", str(source), "--db", str(db),
               "--batch-size", "2", "--silent"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if _count(db, "select count(*) from articles") >= 10:
            break
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be interrupted"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored = _count(db, "select count(*) from articles")
    assert 0 < stored < total
    # Nothing half-written: every stored article has its paragraphs and events.
    assert _count(db, "select count(*) from articles a where not exists "
                      "(select 1 from paragraphs p where p.article_id = a.id)") == 0
    assert _count(db, "select count(*) from articles a where not exists "
                      "(select 1 from events e where e.article_id = a.id)") == 0
    events_per_article = _count(db, "select count(*) from events") / stored

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert _count(db, "select count(*) from articles") == total
    assert _count(db, "select count(distinct id) from articles") == total
    assert _count(db, "select count(*) from events") == round(events_per_article * total)
