"""Throughput and peak memory of dateline's full pipeline against bare spaCy.

Both runs read the same articles (any input dateline reads: folders, files, globs), use the same
spaCy pipeline and batch size, and run in separate child processes so each peak resident
memory figure is its own. The corpus is repeated ``--repeat`` times (as distinct texts) so the
timing is not dominated by start-up; model loading is excluded from the timings.

A third child process splits the time by layer: spaCy's own components run batched as
usual, then each dateline layer runs document by document under its own clock. It does so for
articles as they are and for texts made by joining 4 and 16 articles, so a layer whose cost
grows faster than the text shows up. Each layer's share is its time over the whole pipeline's;
after one warm-up pass, each part's time is its best of ``--passes`` passes.

Usage:
    python benchmarks/bench_pipeline.py samples/corpus [--repeat 5] [--passes 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time


def _load_texts(sources: list[str], repeat: int) -> list[tuple[str, str]]:
    from dateline.errors import Rejection
    from dateline.readers import read_inputs

    articles = [a for a in read_inputs(sources) if not isinstance(a, Rejection)]
    texts = []
    for round_ in range(repeat):
        for article in articles:
            # A trailing marker makes each repeat a distinct text, so no cache can help.
            texts.append((f"{article.text}\n\n(copy {round_})", article.date.isoformat()))
    return texts


def _worker(mode: str, sources: list[str], repeat: int, batch_size: int) -> dict[str, float]:
    import datetime as dt

    texts = _load_texts(sources, repeat)
    words = sum(len(text.split()) for text, _ in texts)
    if mode == "bare":
        import spacy

        from dateline.pipeline import DEFAULT_MODELS

        nlp = spacy.load(DEFAULT_MODELS[0])
        list(nlp.pipe([texts[0][0]]))  # warm up
        start = time.perf_counter()
        for _ in nlp.pipe((t for t, _ in texts), batch_size=batch_size):
            pass
        elapsed = time.perf_counter() - start
    else:
        from dateline.model import Article
        from dateline.pipeline import Analyzer

        analyzer = Analyzer(batch_size=batch_size)
        warm = Article(id="warm", text=texts[0][0], date=dt.date.fromisoformat(texts[0][1]))
        analyzer.analyze_article(warm)
        articles = [
            Article(id=str(i), text=t, date=dt.date.fromisoformat(d)) for i, (t, d) in enumerate(texts)
        ]
        start = time.perf_counter()
        events = 0
        for article in analyzer.analyze_many(articles):
            events += len(article.events)
        elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "articles": len(texts),
        "words": words,
        "seconds": elapsed,
        "articles_per_s": len(texts) / elapsed,
        "words_per_s": words / elapsed,
        "peak_rss_mb": peak_kb / 1024,
    }


def _layers_worker(sources: list[str], batch_size: int, passes: int) -> dict[str, object]:
    import datetime as dt

    from dateline.model import Article
    from dateline.pipeline import LAYERS, Analyzer

    base = _load_texts(sources, 1)
    analyzer = Analyzer(batch_size=batch_size)
    nlp = analyzer.nlp
    ours = [name for name in nlp.pipe_names if name in LAYERS]
    results: dict[str, object] = {}
    for join in (1, 4, 16):
        texts = [("\n\n".join(t for t, _ in base[i:i + join]), base[i][1])
                 for i in range(0, len(base), join)]
        articles = [Article(id=str(i), text=t, date=dt.date.fromisoformat(d))
                    for i, (t, d) in enumerate(texts)]
        seconds: dict[str, float] = {}
        # A first pass warms every lazy load up; each part's time is then its best of
        # ``passes`` (as timeit does: the least disturbed run, not one run's hiccups).
        for pass_ in range(passes + 1):
            docs = [analyzer.make_doc(a) for a in articles]
            start = time.perf_counter()
            with nlp.select_pipes(disable=ours):
                docs = list(nlp.pipe(docs, batch_size=batch_size))
            lap = {"spacy": time.perf_counter() - start}
            for name in ours:
                component = nlp.get_pipe(name)
                start = time.perf_counter()
                docs = [component(doc) for doc in docs]
                lap[name] = time.perf_counter() - start
            if pass_:
                seconds = {name: min(value, seconds.get(name, value)) for name, value in lap.items()}
        total = sum(seconds.values())
        words = sum(len(t.split()) for t, _ in texts)
        results[f"{join}x"] = {
            "texts": len(texts), "words_per_text": words / len(texts), "seconds": seconds,
            "share": {name: value / total for name, value in seconds.items()},
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--passes", type=int, default=3,
                        help="timed passes of the split by layer (after one warm-up); each part's best counts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--worker", choices=["bare", "full", "layers"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker == "layers":
        print(json.dumps(_layers_worker(args.sources, args.batch_size, args.passes)))
        return
    if args.worker:
        print(json.dumps(_worker(args.worker, args.sources, args.repeat, args.batch_size)))
        return
    results = {}
    for mode in ("bare", "full", "layers"):
        out = subprocess.run(
            [sys.executable, __file__, *args.sources, "--repeat", str(args.repeat),
             "--batch-size", str(args.batch_size), "--passes", str(args.passes), "--worker", mode],
            check=True, capture_output=True, text=True,
        ).stdout
        results[mode] = json.loads(out.strip().splitlines()[-1])
    bare, full = results["bare"], results["full"]
    summary = {
        "bare_spacy": bare,
        "dateline": full,
        "throughput_ratio": full["words_per_s"] / bare["words_per_s"],
        "memory_ratio": full["peak_rss_mb"] / bare["peak_rss_mb"],
        "layers": results["layers"],
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"corpus: {bare['articles']} articles, {bare['words']} words "
          f"({args.repeat} repeats), batch size {args.batch_size}")
    print(f"{'':12}{'articles/s':>12}{'words/s':>12}{'peak RSS MB':>14}")
    for name, row in (("bare spaCy", bare), ("dateline", full)):
        print(f"{name:12}{row['articles_per_s']:12.1f}{row['words_per_s']:12.0f}"
              f"{row['peak_rss_mb']:14.0f}")
    print(f"throughput ratio (dateline / bare spaCy): {summary['throughput_ratio']:.2f}")
    print(f"peak memory ratio (dateline / bare spaCy): {summary['memory_ratio']:.2f}")
    print("share of pipeline time by layer (texts of 1, 4 and 16 joined articles):")
    lengths = results["layers"]
    names = list(next(iter(lengths.values()))["share"])
    print(f"{'':14}" + "".join(f"{k + ' (' + str(round(v['words_per_text'])) + 'w)':>16}"
                              for k, v in lengths.items()))
    for name in names:
        print(f"{name:14}" + "".join(f"{v['share'][name] * 100:15.1f}%" for v in lengths.values()))
    # (the attribution issue's budget: what the two layers add to the time of all the rest)
    pair = ("attribution", "quantities")
    added = [sum(v["share"][n] for n in pair) for v in lengths.values()]
    print(f"{' + '.join(pair)} add to the time of the rest: "
          + " / ".join(f"{share / (1 - share) * 100:.1f}%" for share in added))


if __name__ == "__main__":
    main()
