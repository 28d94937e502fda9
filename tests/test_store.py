"""Storage on SQLite and PostgreSQL: round trip, idempotency, transactions, FTS, filters."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from dateline.errors import SchemaVersionError
from dateline.model import (
    Actor,
    Article,
    Event,
    EventDate,
    Paragraph,
    Place,
    Quantity,
    Quote,
    Timex,
)
from dateline.store import SCHEMA_VERSION, Store

PG_URL = os.environ.get("DATELINE_TEST_PG", "postgresql://127.0.0.1:5432/test")


def _pg_schema_url() -> Iterator[str]:
    """A fresh PostgreSQL schema per test; unreachable server fails under CI, skips elsewhere."""
    base = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://"))
    schema = f"dateline_test_{uuid.uuid4().hex[:10]}"
    try:
        with base.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    except sa.exc.OperationalError as error:
        message = f"PostgreSQL at {PG_URL} is unreachable: {error.orig}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with base.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        base.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        with Store(tmp_path / "t.db") as opened:
            yield opened
        return
    for url in _pg_schema_url():
        with Store(url) as opened:
            yield opened


def _article(article_id: str = "a1", text: str | None = None) -> Article:
    text = text or (
        "Jordan and Iraq signed a water deal in Amman on Monday, officials said. "
        "At least 40 engineers will work on it.\n\nAFP"
    )
    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    jordan = Actor(*span("Jordan"), "Jordan", "Jordan", "state", "JOR", "government")
    iraq = Actor(*span("Iraq"), "Iraq", "Iraq", "state", "IRQ", "government")
    amman = Place(*span("Amman"), "Amman", "Amman", "JOR", 31.95, 35.93, "geonames:250441", "city")
    monday = dt.date(2025, 3, 3)
    body_end = text.find("\n\n") if "\n\n" in text else len(text)
    sign = text.rfind("AFP") if text.endswith("AFP") else len(text)
    return Article(
        id=article_id, text=text, date=dt.date(2025, 3, 5), date_source="marker",
        title="Water deal", url=f"https://example.org/{article_id}", source="Example",
        origin="x.txt", notes=["kept the marker date"],
        paragraphs=[Paragraph(0, 0, body_end, "body", text[:body_end]),
                    Paragraph(1, sign, len(text), "signature", text[sign:], "agency signature")],
        timexes=[Timex(*span("on Monday"), "on Monday", "DATE", "2025-03-03", "day", monday, monday)]
        if "on Monday" in text else [],
        actors=[jordan, iraq], places=[amman],
        events=[Event(0, 56, text[:56], "signed", 16, 22, "AGREE", "occurred", [jordan], [iraq],
                      EventDate("2025-03-03", "day", monday, monday, False, "on Monday"), amman,
                      "officials", 0.8, None, ["economic"], "0311", 0, 72)],
        quotes=[Quote(0, 56, text[:56], False, "officials", 58, 67, "said", 68, 72, None)],
        quantities=[Quantity(*span("At least 40 engineers"), "At least 40 engineers", 40, "min",
                             "engineers")] if "At least 40" in text else [],
    )


def test_round_trip(store: Store) -> None:
    article = _article()
    assert store.save_article(article) is True
    assert store.get_article("a1") == article
    assert store.get_article("a") == article  # unique prefix


def test_saving_twice_changes_nothing(store: Store) -> None:
    assert store.save_article(_article())
    before = store.counts()
    assert store.save_article(_article()) is False
    assert store.counts() == before
    assert store.known_ids(["a1", "zz"]) == {"a1"}


def test_failed_write_leaves_nothing(store: Store) -> None:
    broken = _article("bad")
    broken.events[0].type = None  # type: ignore[assignment]  # NOT NULL violation mid-article
    with pytest.raises(sa.exc.IntegrityError):
        store.save_article(broken)
    assert not store.has_article("bad")
    assert sum(store.counts().values()) == 0


def test_delete_cascades(store: Store) -> None:
    store.save_article(_article())
    assert store.delete_article("a1")
    assert all(count == 0 for count in store.counts().values())


def test_event_filters(store: Store) -> None:
    store.save_article(_article())
    other = _article("a2", "Jordan and Iraq police dispersed a protest in Basra on the Amman road. " * 2)
    other.events[0].type = "COERCE"
    other.events[0].date = None
    store.save_article(other)
    assert set(store.events()["type"]) == {"AGREE", "COERCE"}
    assert list(store.events(type="AGREE")["type"]) == ["AGREE"]
    assert list(store.events(actor="irq")["type"]) == ["AGREE", "COERCE"]
    assert len(store.events(actor="jord")) == 2
    assert list(store.events(since="2025-03-01")["article_id"]) == ["a1"]
    assert store.events(until="2025-03-02").empty
    assert list(store.events(status=["occurred"])["article_id"]) == ["a1", "a2"]
    row = store.events(article_id="a1").iloc[0]
    assert row["actors"] == "Jordan (JOR)" and row["targets"] == "Iraq (IRQ)"
    assert (row["latitude"], row["longitude"]) == (31.95, 35.93)


def test_full_text_search(store: Store) -> None:
    store.save_article(_article())
    store.save_article(_article("a2", "Jordan and Iraq police dispersed a protest in Basra on the Amman road. " * 2))
    assert list(store.events(text="Basra")["article_id"]) == ["a2"]
    assert list(store.events(text='engineers "work')["article_id"]) == ["a1"]  # quotes are safe
    assert store.events(text="volcano").empty


def test_rejections_are_recorded_once(store: Store) -> None:
    store.record_rejection("bad.jsonl", 3, "invalid JSON")
    store.record_rejection("bad.jsonl", 3, "invalid JSON")
    store.record_rejection("empty.txt", None, "empty file")
    assert len(store.rejections()) == 2


def test_schema_version_recorded_and_newer_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        conn.execute("update dateline_meta set value = '99' where key = 'schema_version'")
    with pytest.raises(SchemaVersionError, match="E004"):
        Store(path)


#: The columns schema versions 3 and 4 added.
_V3_COLUMNS: dict[str, tuple[str, ...]] = {"quantities": ("upper",), "quotes": ("also_by",)}
_V4_COLUMNS: dict[str, tuple[str, ...]] = {"quotes": ("learned", "cue_score")}


def _as_version(path: Path, version: int, columns: dict[str, tuple[str, ...]],
                indexes: tuple[str, ...] = ()) -> None:
    """Turn a current SQLite database into one as ``version`` wrote it: without the
    ``columns`` (and ``indexes``) later versions added."""
    with sqlite3.connect(path) as conn:
        for index in indexes:
            conn.execute(f"drop index {index}")
        for table, names in columns.items():
            for column in names:
                conn.execute(f"alter table {table} drop column {column}")
        conn.execute(f"update dateline_meta set value = '{version}' where key = 'schema_version'")


def test_version_1_database_is_upgraded_in_place(tmp_path: Path) -> None:
    # A database as version 1 wrote it: events without contexts and CAMEO code.
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.save_article(_article())
    _as_version(path, 1, {
        "events": ("cameo", "contexts", "sentence_start", "sentence_end", "reported_in",
                   "author_only"),
        "quotes": ("source_type", "source_count", "source_country", "source_affiliation",
                   "relay", "relay_start", "relay_end", *_V3_COLUMNS["quotes"], *_V4_COLUMNS["quotes"]),
        "quantities": ("kind", "part_of", *_V3_COLUMNS["quantities"]),
    }, indexes=("ix_events_cameo",))
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 4
        old = store.get_article("a1")
        assert old is not None and old.events[0].contexts == [] and old.events[0].cameo is None
        assert old.quantities[0].kind == "count" and old.quotes[0].source_type is None
        store.save_article(_article("a2"))
        frame = store.events(article_id="a2")
        assert list(frame["cameo"]) == ["0311"] and list(frame["contexts"]) == ["economic"]


def test_version_2_database_gains_range_ends_and_other_sources(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with Store(path) as store:
        store.save_article(_article())
    _as_version(path, 2, {"quantities": _V3_COLUMNS["quantities"],
                          "quotes": _V3_COLUMNS["quotes"] + _V4_COLUMNS["quotes"]})
    with Store(path) as store:
        assert store.schema_version == 4
        old = store.get_article("a1")
        assert old is not None and old.quantities[0].upper is None and old.quotes[0].also_by == []
        article = _article("a2")
        article.quantities[0].upper = 60.0
        article.quotes[0].also_by = ["Al Qahera News television", "Reuters"]
        store.save_article(article)
        again = store.get_article("a2")
        assert again is not None and again.quantities[0].upper == 60.0
        assert again.quotes[0].also_by == ["Al Qahera News television", "Reuters"]
        assert list(store.quantities(article_id="a2")["upper"]) == [60.0]


def test_sqlite_file_is_datasette_ready(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    with Store(path) as store:
        store.save_article(_article())
    with sqlite3.connect(path) as conn:
        fks = conn.execute("pragma foreign_key_list(events)").fetchall()
        assert any(fk[2] == "articles" for fk in fks)
        columns = {r[1] for r in conn.execute("pragma table_info(places)")}
        assert {"latitude", "longitude"} <= columns
        assert conn.execute(
            "select count(*) from articles_fts where articles_fts match 'Amman'").fetchone()[0] == 1
        assert conn.execute("select date, date_precision from articles").fetchone() == (
            "2025-03-05", "day")


def test_replacing_an_article_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save_article(_article())
    assert store.save_article(_article()) is False  # stored already: nothing written
    newer = _article()
    newer.quotes[0].also_by = ["state television"]
    assert store.save_article(newer, replace=True) is True
    saved = store.get_article("a1")
    assert saved is not None and saved.quotes[0].also_by == ["state television"]
    assert len(store.events(article_id="a1")) == len(newer.events)

    def broken(self: Store, conn: object, article: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_insert", broken)
    with pytest.raises(RuntimeError):
        store.save_article(_article(), replace=True)
    monkeypatch.undo()
    kept = store.get_article("a1")  # the failed replacement left the last analysis
    assert kept is not None and kept.quotes[0].also_by == ["state television"]


def test_version_3_database_gains_learned_quotes_and_cue_scores(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    with Store(path) as store:
        store.save_article(_article())
    _as_version(path, 3, _V4_COLUMNS)
    with Store(path) as store:
        assert store.schema_version == 4
        old = store.get_article("a1")
        assert old is not None and old.quotes[0].learned is False and old.quotes[0].cue_score is None
        article = _article("a2")
        article.quotes[0].learned, article.quotes[0].cue_score = True, 0.73
        store.save_article(article)
        again = store.get_article("a2")
        assert again is not None and (again.quotes[0].learned, again.quotes[0].cue_score) == (True, 0.73)
