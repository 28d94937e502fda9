"""Ingestion: read inputs, analyse the new articles, store each in its own transaction.

Idempotent: an article whose id is already stored is skipped before analysis, so running the
same command twice changes nothing. Transactional: each article is written with all its
analysis in one transaction, so an interrupted run keeps every article it committed and a
rerun picks up where it stopped.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Rejection
from .model import Article

if TYPE_CHECKING:
    from .pipeline import Analyzer
    from .store import Store

__all__ = ["IngestReport", "ingest"]

logger = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What one ingest run did."""

    #: Articles read from the inputs (accepted by the readers).
    read: int = 0
    #: Articles analysed and stored by this run.
    stored: int = 0
    #: Articles skipped because they were already stored (or repeated within the run).
    skipped: int = 0
    #: Articles already stored that were analysed again and replaced (``reanalyse``).
    replaced: int = 0
    #: Articles stored (or replaced) whose text is not English: kept, not analysed.
    not_english: int = 0
    #: Inputs (or lines) refused, with their reasons.
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was rejected."""
        return not self.rejected

    def summary(self) -> str:
        """One line for people, e.g. ``24 read, 20 stored, 4 already stored, 1 rejected``."""
        replaced = f"{self.replaced} analysed again, " if self.replaced else ""
        foreign = f" ({self.not_english} not in English: text kept, not analysed)" if self.not_english else ""
        return (
            f"{self.read} read, {self.stored} stored{foreign}, {replaced}{self.skipped} already stored, "
            f"{len(self.rejected)} rejected"
        )


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyse_batch(analyzer: Analyzer, batch: list[Article]) -> Iterator[Article | Rejection]:
    """Analyse a batch; if it fails, retry one by one so one bad article cannot sink the rest."""
    try:
        yield from list(analyzer.analyze_many(batch))
        return
    except Exception:  # noqa: BLE001 - isolate the failing article below
        logger.warning("batch analysis failed; retrying %d articles one by one", len(batch))
    for article in batch:
        try:
            yield analyzer.analyze_article(article)
        except Exception as error:  # noqa: BLE001 - reported as a rejection, batch goes on
            yield Rejection(article.origin or article.id, f"analysis failed: {error!r}")


def ingest(
    sources: Iterable[str | Path],
    store: Store,
    analyzer: Analyzer | None = None,
    *,
    default_date: dt.date | None = None,
    max_bytes: int | None = None,
    batch_size: int = 16,
    progress: bool | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
    reanalyse: bool = False,
) -> IngestReport:
    """Read ``sources`` (files, folders, globs, ``-`` for stdin), analyse and store new articles.

    ``default_date`` is the publication date for inputs that carry none. ``progress`` shows a
    progress bar on stderr; by default only when stderr is a terminal. ``on_rejection`` is
    called for each refused input as soon as it is found. ``reanalyse`` analyses articles
    already stored again and replaces their analysis, each in one transaction (after
    upgrading dateline or changing its data files); by default they are skipped.
    """
    from .language import is_english
    from .pipeline import Analyzer
    from .readers import read_inputs

    analyzer = analyzer or Analyzer()
    report = IngestReport()
    seen: set[str] = set()
    show = sys.stderr.isatty() if progress is None else progress

    def reject(rejection: Rejection) -> None:
        report.rejected.append(rejection)
        store.record_rejection(rejection.origin, rejection.line, rejection.reason)
        if on_rejection:
            on_rejection(rejection)

    def fresh_articles() -> Iterator[Article]:
        kwargs: dict[str, object] = {"default_date": default_date}
        if max_bytes is not None:
            kwargs["max_bytes"] = max_bytes
        for item in read_inputs(sources, **kwargs):  # type: ignore[arg-type]
            if isinstance(item, Rejection):
                reject(item)
                continue
            report.read += 1
            if item.id in seen:
                report.skipped += 1
                continue
            seen.add(item.id)
            yield item

    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(desc="ingest", unit=" articles", file=sys.stderr)
    try:
        for batch in _batches(fresh_articles(), batch_size):
            known = store.known_ids(a.id for a in batch)
            todo = batch if reanalyse else [a for a in batch if a.id not in known]
            report.skipped += len(batch) - len(todo)
            for result in _analyse_batch(analyzer, todo):
                if isinstance(result, Rejection):
                    reject(result)
                elif not store.save_article(result, replace=reanalyse):
                    report.skipped += 1
                else:
                    if result.id in known:
                        report.replaced += 1
                    else:
                        report.stored += 1
                    report.not_english += not is_english(result.lang)
            if bar is not None:
                bar.update(len(batch))
    finally:
        if bar is not None:
            bar.close()
    return report
