"""Storage: articles and their analysis in SQLite (default) or PostgreSQL, via SQLAlchemy Core.

The SQLite file is ready for datasette as it is: dates are ISO 8601 text with a precision
column, foreign keys are real and enforced, ``articles_fts`` is an FTS5 index over article
title and text kept in sync by triggers, and places carry ``latitude``/``longitude``.

Each article is written with all its analysis rows in one transaction, so an interrupted
run keeps every article it committed and never half an article; writing an article whose
id is already stored writes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Sequence
from importlib.metadata import version as _package_version
from pathlib import Path
from typing import Any, Self

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .errors import SchemaVersionError, StorageError
from .model import (
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

__all__ = ["SCHEMA_VERSION", "Store"]

logger = logging.getLogger(__name__)

#: Version of the schema this code writes. Bump it and add a migration to change the schema.
SCHEMA_VERSION = 4

metadata = sa.MetaData()


def _fk() -> sa.ForeignKey:
    return sa.ForeignKey("articles.id", ondelete="CASCADE")


def _span_columns() -> list[sa.Column[Any]]:
    return [sa.Column("start_char", sa.Integer, nullable=False),
            sa.Column("end_char", sa.Integer, nullable=False)]


meta_table = sa.Table(
    "dateline_meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
articles_table = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("date", sa.String(10), nullable=False, index=True),
    sa.Column("date_precision", sa.String(10), nullable=False, server_default="day"),
    sa.Column("date_source", sa.String(20), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("lang", sa.String(16)),
    sa.Column("origin", sa.Text),
    sa.Column("notes", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)
paragraphs_table = sa.Table(
    "paragraphs", metadata,
    sa.Column("article_id", sa.String(64), _fk(), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    *_span_columns(),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text),
)
timexes_table = sa.Table(
    "timexes", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), _fk(), nullable=False, index=True),
    *_span_columns(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(10), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("precision", sa.String(10)),
    sa.Column("earliest", sa.String(10)),
    sa.Column("latest", sa.String(10)),
)
actors_table = sa.Table(
    "actors", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), _fk(), nullable=False, index=True),
    *_span_columns(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("sector", sa.Text),
    sa.Column("role", sa.Text),
)
places_table = sa.Table(
    "places", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), _fk(), nullable=False, index=True),
    *_span_columns(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("gazetteer_id", sa.Text),
    sa.Column("feature", sa.String(16)),
)
events_table = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), _fk(), nullable=False, index=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("type", sa.String(16), nullable=False, index=True),
    sa.Column("mode", sa.Text),
    sa.Column("contexts", sa.Text),
    sa.Column("cameo", sa.String(8), index=True),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("date", sa.String(32), index=True),
    sa.Column("date_precision", sa.String(10)),
    sa.Column("date_earliest", sa.String(10)),
    sa.Column("date_latest", sa.String(10)),
    sa.Column("date_inherited", sa.Boolean),
    sa.Column("date_text", sa.Text),
    sa.Column("place_name", sa.Text),
    sa.Column("place_text", sa.Text),
    sa.Column("place_start", sa.Integer),
    sa.Column("place_end", sa.Integer),
    sa.Column("place_country", sa.String(3)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("place_gazetteer_id", sa.Text),
    sa.Column("place_feature", sa.String(16)),
    sa.Column("attribution", sa.Text),
    *_span_columns(),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("trigger", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    sa.Column("sentence_start", sa.Integer),
    sa.Column("sentence_end", sa.Integer),
    sa.Column("reported_in", sa.Text),
    sa.Column("author_only", sa.Boolean),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.UniqueConstraint("article_id", "seq"),
)
participants_table = sa.Table(
    "event_participants", metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("role", sa.String(8), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    *_span_columns(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("country", sa.String(3)),
    sa.Column("sector", sa.Text),
    sa.Column("actor_role", sa.Text),
)
quotes_table = sa.Table(
    "quotes", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), _fk(), nullable=False, index=True),
    *_span_columns(),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("direct", sa.Boolean, nullable=False),
    sa.Column("speaker", sa.Text),
    sa.Column("speaker_start", sa.Integer),
    sa.Column("speaker_end", sa.Integer),
    sa.Column("cue", sa.Text),
    sa.Column("cue_start", sa.Integer),
    sa.Column("cue_end", sa.Integer),
    sa.Column("speaker_actor", sa.Text),
    sa.Column("source_type", sa.String(16)),
    sa.Column("source_count", sa.Integer),
    sa.Column("source_country", sa.String(3)),
    sa.Column("source_affiliation", sa.Text),
    sa.Column("relay", sa.Text),
    sa.Column("relay_start", sa.Integer),
    sa.Column("relay_end", sa.Integer),
    sa.Column("kind", sa.String(8)),
    sa.Column("also_by", sa.Text),
    sa.Column("learned", sa.Boolean),
    sa.Column("cue_score", sa.Float),
)
quantities_table = sa.Table(
    "quantities", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), _fk(), nullable=False, index=True),
    *_span_columns(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("bound", sa.String(8), nullable=False),
    sa.Column("unit", sa.Text),
    sa.Column("kind", sa.String(16)),
    sa.Column("part_of", sa.Integer),
    sa.Column("upper", sa.Float),
)
rejections_table = sa.Table(
    "rejections", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("line", sa.Integer),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("rejected_at", sa.String(32), nullable=False),
)

_SQLITE_FTS = [
    (
        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
        "title, text, content='articles', content_rowid='rowid')"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN "
        "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
        "VALUES ('delete', old.rowid, old.title, old.text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
        "VALUES ('delete', old.rowid, old.title, old.text); "
        "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
    ),
]
_POSTGRES_FTS = [
    (
        "CREATE INDEX IF NOT EXISTS articles_fts_idx ON articles USING GIN "
        "(to_tsvector('english', coalesce(title, '') || ' ' || text))"
    ),
]


def _create_v1(conn: Connection) -> None:
    metadata.create_all(conn)
    statements = _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRES_FTS
    for statement in statements:
        conn.exec_driver_sql(statement)


_V2_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    # PLOVER contexts (";"-separated), CAMEO code, the whole sentence, the quotes that
    # report the event (";"-separated positions among the article's quotes), author-only.
    "events": (("contexts", "TEXT"), ("cameo", "VARCHAR(8)"), ("sentence_start", "INTEGER"),
               ("sentence_end", "INTEGER"), ("reported_in", "TEXT"), ("author_only", "BOOLEAN")),
    # Who the source is and what relayed the words.
    "quotes": (("source_type", "VARCHAR(16)"), ("source_count", "INTEGER"),
               ("source_country", "VARCHAR(3)"), ("source_affiliation", "TEXT"),
               ("relay", "TEXT"), ("relay_start", "INTEGER"), ("relay_end", "INTEGER"),
               ("kind", "VARCHAR(8)")),
    # What a number is (count, money, percent, ...) and the count it is part of.
    "quantities": (("kind", "VARCHAR(16)"), ("part_of", "INTEGER")),
}


def _add_columns(conn: Connection, columns: dict[str, tuple[tuple[str, str], ...]]) -> None:
    """Add the ``columns`` a table lacks (a database created at a later version has them)."""
    inspector = sa.inspect(conn)
    for table, wanted in columns.items():
        present = {c["name"] for c in inspector.get_columns(table)}
        for column, kind in wanted:
            if column not in present:
                conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _add_columns_v2(conn: Connection) -> None:
    """Version 2: event codes and links, source profiles, quantity kinds and relations.
    Databases created at version 2 already have the columns (version 1 builds the current
    tables), so only missing ones are added."""
    _add_columns(conn, _V2_COLUMNS)
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_events_cameo ON events (cameo)")


def _add_columns_v3(conn: Connection) -> None:
    """Version 3: the upper end of a range of numbers, the other sources of a quote."""
    _add_columns(conn, {"quantities": (("upper", "FLOAT"),), "quotes": (("also_by", "TEXT"),)})


def _add_columns_v4(conn: Connection) -> None:
    """Version 4: whether the learned cue model found a quote, and its score of the cue."""
    _add_columns(conn, {"quotes": (("learned", "BOOLEAN"), ("cue_score", "FLOAT"))})


#: Ordered schema migrations: MIGRATIONS[n] brings a database from version n-1 to n.
#: Version 1 creates the schema (as the tables are now); later versions alter older
#: databases in place. To change the schema, add the next function here and bump
#: SCHEMA_VERSION (see docs/storage.md).
MIGRATIONS: dict[int, Any] = {1: _create_v1, 2: _add_columns_v2, 3: _add_columns_v3,
                              4: _add_columns_v4}


def _url(db: str | Path) -> str:
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text:
        return text
    return f"sqlite:///{text}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class Store:
    """A dateline database; a context manager. Queries return pandas DataFrames.

    >>> with Store("dateline.db") as store:        # doctest: +SKIP
    ...     store.events(type="CONSULT", since="2025-03-01")
    """

    def __init__(self, db: str | Path = "dateline.db") -> None:
        self.url = _url(db)
        try:
            self.engine: Engine = sa.create_engine(self.url, future=True)
        except (sa.exc.ArgumentError, ImportError) as error:
            raise StorageError(f"cannot open database {db}: {error}") from error
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            self.upgrade()
        except sa.exc.OperationalError as error:
            raise StorageError(f"cannot open database {db}: {error.orig}") from error

    # -- lifecycle -----------------------------------------------------------------------
    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the database (0 for an empty database)."""
        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table("dateline_meta"):
                return 0
            value = conn.execute(
                sa.select(meta_table.c.value).where(meta_table.c.key == "schema_version")
            ).scalar()
            return int(value) if value is not None else 0

    def upgrade(self) -> int:
        """Create or migrate the schema to :data:`SCHEMA_VERSION`; returns the version."""
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database schema version {current} is newer than this dateline supports "
                f"({SCHEMA_VERSION}); upgrade dateline"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.engine.begin() as conn:
                MIGRATIONS[version](conn)
                for key, value in (("schema_version", str(version)), ("written_by", _package_version("dateline"))):
                    conn.execute(sa.delete(meta_table).where(meta_table.c.key == key))
                    conn.execute(sa.insert(meta_table).values(key=key, value=value))
            logger.info("database schema at version %d", version)
        return SCHEMA_VERSION

    # -- writing -------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(articles_table.c.id).where(articles_table.c.id.in_(wanted))
            )
            return {row[0] for row in rows}

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored."""
        return bool(self.known_ids([article_id]))

    def save_article(self, article: Article, replace: bool = False) -> bool:
        """Store an article with all its analysis in one transaction.

        Returns False, writing nothing, when the id is already stored, unless ``replace``:
        then the stored article and everything extracted from it are replaced by this one in
        the same transaction (a failure leaves the old analysis in place).
        """
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(
                    sa.select(articles_table.c.id).where(articles_table.c.id == article.id)
                ).first()
                if exists and not replace:
                    return False
                if exists:
                    conn.execute(sa.delete(articles_table).where(articles_table.c.id == article.id))
                self._insert(conn, article)
        except sa.exc.IntegrityError:
            # Another writer stored the same article between our check and insert.
            if self.has_article(article.id):
                return False
            raise
        return True

    def save_articles(self, articles: Iterable[Article]) -> int:
        """Store each article in its own transaction; returns how many were new."""
        return sum(1 for article in articles if self.save_article(article))

    def record_rejection(self, origin: str, line: int | None, reason: str) -> None:
        """Remember an input that was refused (once per origin, line and reason)."""
        with self.engine.begin() as conn:
            table = rejections_table
            line_match = table.c.line.is_(None) if line is None else table.c.line == line
            exists = conn.execute(
                sa.select(table.c.id).where(
                    table.c.origin == origin, line_match, table.c.reason == reason
                )
            ).first()
            if not exists:
                conn.execute(sa.insert(table).values(
                    origin=origin, line=line, reason=reason, rejected_at=_now()))

    def delete_article(self, article_id: str) -> bool:
        """Delete an article and (by cascade) everything extracted from it."""
        with self.engine.begin() as conn:
            result = conn.execute(sa.delete(articles_table).where(articles_table.c.id == article_id))
            return bool(result.rowcount)

    def _insert(self, conn: Connection, article: Article) -> None:
        aid = article.id
        conn.execute(sa.insert(articles_table).values(
            id=aid, date=article.date.isoformat(), date_precision="day",
            date_source=article.date_source, title=article.title, url=article.url,
            source=article.source, lang=article.lang, origin=article.origin,
            notes=json.dumps(article.notes, ensure_ascii=False), text=article.text,
            ingested_at=_now(),
        ))
        rows: list[tuple[sa.Table, list[dict[str, Any]]]] = [
            (paragraphs_table, [
                {"article_id": aid, "idx": p.index, "start_char": p.start, "end_char": p.end,
                 "kind": p.kind, "reason": p.reason} for p in article.paragraphs]),
            (timexes_table, [
                {"article_id": aid, "start_char": t.start, "end_char": t.end, "text": t.text,
                 "type": t.type, "value": t.value, "precision": t.precision,
                 "earliest": _iso(t.earliest), "latest": _iso(t.latest)}
                for t in article.timexes]),
            (actors_table, [
                {"article_id": aid, **_actor_row(a)} for a in article.actors]),
            (places_table, [
                {"article_id": aid, "start_char": p.start, "end_char": p.end, "text": p.text,
                 "name": p.name, "country": p.country, "latitude": p.latitude,
                 "longitude": p.longitude, "gazetteer_id": p.gazetteer_id, "feature": p.feature}
                for p in article.places]),
            (quotes_table, [
                {"article_id": aid, "start_char": q.start, "end_char": q.end,
                 "content": q.content, "direct": q.direct, "speaker": q.speaker,
                 "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
                 "cue_start": q.cue_start, "cue_end": q.cue_end,
                 "speaker_actor": q.speaker_actor, "source_type": q.source_type,
                 "source_count": q.source_count, "source_country": q.source_country,
                 "source_affiliation": q.source_affiliation, "relay": q.relay,
                 "relay_start": q.relay_start, "relay_end": q.relay_end, "kind": q.kind,
                 "also_by": ";".join(q.also_by) or None, "learned": q.learned,
                 "cue_score": q.cue_score}
                for q in article.quotes]),
            (quantities_table, [
                {"article_id": aid, "start_char": q.start, "end_char": q.end, "text": q.text,
                 "value": q.value, "bound": q.bound, "unit": q.unit, "kind": q.kind,
                 "part_of": q.part_of, "upper": q.upper}
                for q in article.quantities]),
        ]
        for table, values in rows:
            if values:
                conn.execute(sa.insert(table), values)
        for seq, event in enumerate(article.events):
            event_id = conn.execute(
                sa.insert(events_table).values(**_event_row(aid, seq, event))
                .returning(events_table.c.id)
            ).scalar_one()
            participants = [
                {"event_id": event_id, "role": role, "position": position,
                 **{("actor_role" if k == "role" else k): v for k, v in _actor_row(a).items()}}
                for role, group in (("actor", event.actors), ("target", event.targets))
                for position, a in enumerate(group)
            ]
            if participants:
                conn.execute(sa.insert(participants_table), participants)

    # -- reading -------------------------------------------------------------------------
    def _frame(self, query: sa.Select[Any]) -> pd.DataFrame:
        with self.engine.connect() as conn:
            result = conn.execute(query)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def articles(self, limit: int | None = None) -> pd.DataFrame:
        """Stored articles (without their text), newest first."""
        a = articles_table
        query = sa.select(a.c.id, a.c.date, a.c.date_source, a.c.title, a.c.url, a.c.source,
                          a.c.lang, a.c.origin, a.c.ingested_at,
                          sa.func.length(a.c.text).label("chars")).order_by(a.c.date.desc(), a.c.id)
        if limit:
            query = query.limit(limit)
        return self._frame(query)

    def _fts_ids(self, text: str) -> sa.ColumnElement[bool]:
        a = articles_table
        if self.dialect == "sqlite":
            # Quote every word so user input cannot be read as FTS5 syntax.
            terms = " ".join('"' + w.replace('"', '""') + '"' for w in text.split())
            matches = sa.text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q")
            return sa.literal_column("articles.rowid").in_(
                matches.bindparams(q=terms).columns(sa.column("rowid"))
            )
        vector = sa.func.to_tsvector(
            "english", sa.func.coalesce(a.c.title, "") + " " + a.c.text)
        return vector.op("@@")(sa.func.plainto_tsquery("english", text))

    def events(
        self,
        actor: str | None = None,
        type: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        text: str | None = None,
        article_id: str | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Events with their participants, place and article, filtered.

        ``actor`` matches a participant's name (substring, any case) or country code;
        ``since``/``until`` compare ISO dates (undated events are left out of a range);
        ``text`` is a full-text search over article text, or a substring of the evidence.
        """
        e, a, p = events_table, articles_table, participants_table

        def names(role: str) -> sa.ScalarSelect[Any]:
            label = sa.case(
                (p.c.country.is_not(None), p.c.name + " (" + p.c.country + ")"), else_=p.c.name)
            agg = (sa.func.group_concat(label, "; ") if self.dialect == "sqlite"
                   else sa.func.string_agg(label, sa.literal_column("'; '")))
            return (sa.select(agg).where(p.c.event_id == e.c.id, p.c.role == role)
                    .scalar_subquery())

        query = (
            sa.select(
                e.c.id.label("event_id"), e.c.article_id, e.c.date, e.c.date_precision,
                e.c.date_inherited, e.c.type, e.c.mode, e.c.contexts, e.c.cameo, e.c.status,
                names("actor").label("actors"), names("target").label("targets"),
                e.c.place_name, e.c.place_country, e.c.latitude, e.c.longitude,
                e.c.attribution, e.c.evidence, e.c.trigger, e.c.confidence,
                a.c.date.label("article_date"), a.c.title, a.c.url, a.c.source,
            )
            .join(a, a.c.id == e.c.article_id)
            .order_by(sa.func.coalesce(e.c.date, a.c.date), e.c.article_id, e.c.seq)
        )
        if actor:
            needle = f"%{actor.lower()}%"
            query = query.where(
                sa.select(p.c.event_id).where(
                    p.c.event_id == e.c.id,
                    sa.or_(sa.func.lower(p.c.name).like(needle),
                           sa.func.upper(sa.func.coalesce(p.c.country, "")) == actor.upper()),
                ).exists()
            )
        for column, wanted in ((e.c.type, type), (e.c.status, status)):
            if wanted:
                values = [wanted] if isinstance(wanted, str) else list(wanted)
                query = query.where(column.in_([v for v in values]))
        if since:
            query = query.where(e.c.date.is_not(None), sa.func.substr(e.c.date, 1, 10) >= str(since))
        if until:
            # A value such as 2025-03 sorts before 2025-03-31, so compare its first day.
            query = query.where(e.c.date.is_not(None), sa.func.substr(e.c.date, 1, 10) <= str(until))
        if text:
            query = query.where(sa.or_(
                self._fts_ids(text),
                sa.func.lower(e.c.evidence).like(f"%{text.lower()}%"),
            ))
        if article_id:
            query = query.where(e.c.article_id == article_id)
        if limit:
            query = query.limit(limit)
        return self._frame(query)

    def _article_rows(self, table: sa.Table, article_id: str | None) -> pd.DataFrame:
        query = sa.select(table)
        if article_id:
            query = query.where(table.c.article_id == article_id)
        return self._frame(query)

    def timexes(self, article_id: str | None = None) -> pd.DataFrame:
        """Temporal expressions, optionally of one article."""
        return self._article_rows(timexes_table, article_id)

    def quotes(self, article_id: str | None = None) -> pd.DataFrame:
        """Quotes, optionally of one article."""
        return self._article_rows(quotes_table, article_id)

    def quantities(self, article_id: str | None = None) -> pd.DataFrame:
        """Quantities, optionally of one article."""
        return self._article_rows(quantities_table, article_id)

    def rejections(self) -> pd.DataFrame:
        """Inputs refused by earlier ingest runs, with their reasons."""
        return self._frame(sa.select(rejections_table).order_by(rejections_table.c.id))

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as conn:
            return {
                table.name: int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
                for table in metadata.sorted_tables if table is not meta_table
            }

    def resolve_id(self, prefix: str) -> str:
        """The full id of the one stored article whose id starts with ``prefix``."""
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(
                sa.select(articles_table.c.id).where(articles_table.c.id.like(f"{prefix}%")).limit(2))]
        if len(ids) != 1:
            raise KeyError(f"no article with id {prefix!r}" if not ids
                           else f"id prefix {prefix!r} is ambiguous")
        return str(ids[0])

    def get_article(self, article_id: str) -> Article:
        """Rebuild a stored Article with all its analysis (``article_id`` may be a prefix)."""
        aid = self.resolve_id(article_id)
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles_table).where(articles_table.c.id == aid)).mappings().one()

            def rows(table: sa.Table, order: Any) -> list[Any]:
                return list(conn.execute(
                    sa.select(table).where(table.c.article_id == aid).order_by(order)).mappings())

            paragraphs = [Paragraph(r["idx"], r["start_char"], r["end_char"], r["kind"],
                                    row["text"][r["start_char"]:r["end_char"]], r["reason"] or "")
                          for r in rows(paragraphs_table, paragraphs_table.c.idx)]
            timexes = [Timex(r["start_char"], r["end_char"], r["text"], r["type"], r["value"],
                             r["precision"] or "none", _day(r["earliest"]), _day(r["latest"]))
                       for r in rows(timexes_table, timexes_table.c.id)]
            actors = [_actor(r) for r in rows(actors_table, actors_table.c.id)]
            places = [Place(r["start_char"], r["end_char"], r["text"], r["name"], r["country"],
                            r["latitude"], r["longitude"], r["gazetteer_id"], r["feature"] or "other")
                      for r in rows(places_table, places_table.c.id)]
            quotes = [Quote(r["start_char"], r["end_char"], r["content"], bool(r["direct"]),
                            r["speaker"], r["speaker_start"], r["speaker_end"], r["cue"],
                            r["cue_start"], r["cue_end"], r["speaker_actor"], r["source_type"],
                            r["source_count"], r["source_country"], r["source_affiliation"],
                            r["relay"], r["relay_start"], r["relay_end"], r["kind"] or "speech",
                            [s for s in (r["also_by"] or "").split(";") if s],
                            bool(r["learned"]), r["cue_score"])
                      for r in rows(quotes_table, quotes_table.c.id)]
            quantities = [Quantity(r["start_char"], r["end_char"], r["text"], r["value"],
                                   r["bound"], r["unit"], r["kind"] or "count", r["part_of"],
                                   r["upper"])
                          for r in rows(quantities_table, quantities_table.c.id)]
            events = []
            for r in rows(events_table, events_table.c.seq):
                parts = list(conn.execute(
                    sa.select(participants_table).where(participants_table.c.event_id == r["id"])
                    .order_by(participants_table.c.role, participants_table.c.position)).mappings())
                events.append(_event(r, parts))
        return Article(
            id=aid, text=row["text"], date=dt.date.fromisoformat(row["date"]),
            date_source=row["date_source"], title=row["title"], url=row["url"],
            source=row["source"], lang=row["lang"] or "en", origin=row["origin"],
            notes=json.loads(row["notes"] or "[]"), paragraphs=paragraphs, timexes=timexes,
            actors=actors, places=places, events=events, quotes=quotes, quantities=quantities,
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _actor_row(actor: Actor) -> dict[str, Any]:
    return {"start_char": actor.start, "end_char": actor.end, "text": actor.text,
            "name": actor.name, "kind": actor.kind, "country": actor.country,
            "sector": actor.sector, "role": actor.role}


def _actor(r: Any, role_key: str = "role") -> Actor:
    return Actor(r["start_char"], r["end_char"], r["text"], r["name"], r["kind"], r["country"],
                 r["sector"], r[role_key])


def _event_row(article_id: str, seq: int, event: Event) -> dict[str, Any]:
    date, place = event.date, event.place
    return {
        "article_id": article_id, "seq": seq, "type": event.type, "mode": event.mode,
        "contexts": ";".join(event.contexts) or None, "cameo": event.cameo,
        "status": event.status,
        "date": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_earliest": _iso(date.earliest) if date else None,
        "date_latest": _iso(date.latest) if date else None,
        "date_inherited": date.inherited if date else None,
        "date_text": date.source_text if date else None,
        "place_name": place.name if place else None,
        "place_text": place.text if place else None,
        "place_start": place.start if place else None,
        "place_end": place.end if place else None,
        "place_country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "place_gazetteer_id": place.gazetteer_id if place else None,
        "place_feature": place.feature if place else None,
        "attribution": event.attribution, "start_char": event.start, "end_char": event.end,
        "evidence": event.evidence, "trigger": event.trigger,
        "trigger_start": event.trigger_start, "trigger_end": event.trigger_end,
        "sentence_start": event.sentence_start, "sentence_end": event.sentence_end,
        "reported_in": ";".join(map(str, event.reported_in)) or None,
        "author_only": event.author_only,
        "confidence": event.confidence,
    }


def _event(r: Any, parts: list[Any]) -> Event:
    date = None
    if r["date"] is not None:
        date = EventDate(r["date"], r["date_precision"] or "none", _day(r["date_earliest"]),
                         _day(r["date_latest"]), bool(r["date_inherited"]), r["date_text"])
    place = None
    if r["place_name"] is not None:
        place = Place(r["place_start"] or 0, r["place_end"] or 0, r["place_text"] or "",
                      r["place_name"], r["place_country"], r["latitude"], r["longitude"],
                      r["place_gazetteer_id"], r["place_feature"] or "other")
    return Event(
        start=r["start_char"], end=r["end_char"], evidence=r["evidence"], trigger=r["trigger"],
        trigger_start=r["trigger_start"], trigger_end=r["trigger_end"], type=r["type"],
        status=r["status"],
        actors=[_actor(p, "actor_role") for p in parts if p["role"] == "actor"],
        targets=[_actor(p, "actor_role") for p in parts if p["role"] == "target"],
        date=date, place=place, attribution=r["attribution"], confidence=r["confidence"],
        mode=r["mode"], contexts=[c for c in (r["contexts"] or "").split(";") if c],
        cameo=r["cameo"], sentence_start=r["sentence_start"], sentence_end=r["sentence_end"],
        reported_in=[int(k) for k in (r["reported_in"] or "").split(";") if k],
        author_only=bool(r["author_only"]) if r["author_only"] is not None else not r["attribution"],
    )
