"""Learned cues: a linear model that scores each word as the cue of an attribution.

The attribution layer's rules know the verbs of saying and the forms around them; what they
cannot list is the long tail of words by which news reports a position ("mocked",
"reserved his most eloquent passion for", "tangled with", "the idea of"). :class:`CueModel`
scores every candidate word (main verbs, nouns with a dependent, adjectives after a copula)
from its own lexical and syntactic features, those of its head, its dependents and
neighbours, the kind of word WordNet files it under (its supersenses: a verb of
communication, of cognition, a noun of feeling), and what the rules already found around
it (a rule cue, a speaker, reported content). Words the rules missed
that score at or above the model's threshold become attributions of their own
(``attribution.py``), with the speaker and content the parse gives them.

The model is a logistic regression kept as a table of feature weights
(``data/cue_model.json.gz``); scoring needs nothing but this module. :func:`train_cue_model`
fits one on PolNeAR-style brat annotations (``dateline train cues``); it needs scikit-learn
(``pip install dateline[train]``).
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from .errors import CueModelError, DatelineError

__all__ = ["CueModel", "candidate_tokens", "cue_features", "load_cue_model", "supersenses", "train_cue_model"]

MODEL_FILE = "cue_model.json.gz"
FORMAT_VERSION = 1
# Words that can carry a cue the rules missed; auxiliaries only as main verbs ("is
# responsible for"), nouns only with a dependent that can hold a source or content.
_NOUN_LINKS = frozenset({"prep", "poss", "acl", "ccomp", "relcl"})
_ARGUMENTS = frozenset({"dobj", "prep", "prt", "xcomp", "ccomp", "acomp", "attr", "dative", "oprd"})


def candidate_tokens(doc: Doc) -> list[Token]:
    """The words a cue model scores: verbs (auxiliaries only as main verbs), nouns with a
    dependent that can hold a source or content, adjectives after a copula, and verbs the
    tagger took for a name."""
    if not len(doc):
        return []
    # (read off the doc's arrays: a Token object made for each word was most of the cost)
    strings = doc.vocab.strings
    rows = doc.to_array([POS, DEP, TAG, HEAD])
    pos, dep, tag = rows[:, 0], rows[:, 1], rows[:, 2]
    index = numpy.arange(len(doc))
    heads = rows[:, 3].astype(numpy.int64) + index
    linked = numpy.zeros(len(doc), dtype=bool)
    linked[heads[numpy.isin(dep, [strings[d] for d in _NOUN_LINKS]) & (heads != index)]] = True
    chosen = (numpy.isin(pos, (VERB, AUX)) & ~numpy.isin(dep, [strings["aux"], strings["auxpass"]])) \
        | (pos == NOUN) & linked | (pos == ADJ) & (dep == strings["acomp"]) \
        | (pos == PROPN) & numpy.isin(dep, [strings[d] for d in ("ROOT", "ccomp", "conj")]) & (tag != strings["NNP"])
    # ("is responsible for", "were uneasy about"; a verb the tagger took for a name)
    return [doc[int(i)] for i in numpy.flatnonzero(chosen)]


_WORDNET_POS = {"VERB": "v", "AUX": "v", "NOUN": "n"}


@functools.cache
def supersenses() -> dict[tuple[str, str], tuple[str, ...]]:
    """WordNet's supersenses of a lemma's three most frequent senses, by (lemma, "v" or
    "n"): ``data/supersenses.tsv.gz``, built by ``scripts/wordnet_supersenses.py``."""
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    kinds: dict[str, tuple[str, ...]] = {}  # (few distinct values: one tuple each)
    source = resources.files("dateline").joinpath("data/supersenses.tsv.gz")
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                lemma, pos, names = line.rstrip("\n").split("\t")
                table[(lemma, pos)] = kinds.setdefault(names, tuple(names.split()))
    return table


class Marked(Protocol):
    """What the features read of an attribution found by the rules: a :class:`Quote`, or
    the attribution layer's candidate before it becomes one."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def speaker_start(self) -> int | None: ...
    @property
    def speaker_end(self) -> int | None: ...
    @property
    def cue_start(self) -> int | None: ...
    @property
    def cue_end(self) -> int | None: ...
    @property
    def kind(self) -> str: ...


@dataclass
class _Marks:
    """Per token: 1 where the rules' quotes put a cue, a speaker or content, and the kind
    of the quote whose cue it is."""

    cue: list[int]
    source: list[int]
    content: list[int]
    kind: list[str]


def _marks(doc: Doc, quotes: Sequence[Marked]) -> _Marks:
    n = len(doc)
    marks = _Marks([0] * n, [0] * n, [0] * n, [""] * n)
    for quote in quotes:
        for start, end, row in ((quote.cue_start, quote.cue_end, marks.cue),
                                (quote.speaker_start, quote.speaker_end, marks.source),
                                (quote.start, quote.end, marks.content)):
            if start is None or end is None:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():
                row[i] = 1
                if row is marks.cue:
                    marks.kind[i] = quote.kind
    return marks


# The neighbours a word's features read, with their features' prefixes ("w-2=", "p+1=" …).
_NEIGHBOURS = tuple((k, f"w{k:+d}=", f"p{k:+d}=", f"rc{k:+d}=") for k in (-2, -1, 1, 2))


def cue_features(doc: Doc, quotes: Sequence[Marked], tokens: Iterable[Token] | None = None,
                 quoted: Sequence[bool] | None = None) -> list[list[str]]:
    """The features of each of ``tokens`` (by default :func:`candidate_tokens`), given the
    quotes the rules found in ``doc`` and, per token, whether it stands inside quotation
    marks."""
    marks = _marks(doc, quotes)
    n = len(doc)
    # (each word's attributes read once off the doc's arrays, not from Token objects made
    # again for each candidate and neighbour that asks)
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD]) if n else numpy.zeros((0, 7), dtype=numpy.uint64)
    lower, lemmas, pos, tag, dep, ent = ([strings[v] for v in rows[:, k].tolist()] for k in range(6))
    lemmas = [lemma.lower() for lemma in lemmas]
    heads = (rows[:, 6].astype(numpy.int64) + numpy.arange(n)).tolist()
    out: list[list[str]] = []
    for token in candidate_tokens(doc) if tokens is None else tokens:
        i = token.i
        lemma, h, d, p = lemmas[i], heads[i], dep[i], pos[i]
        hl = lemmas[h]
        features = [
            "w=" + lower[i], "l=" + lemma, "p=" + p, "t=" + tag[i], "d=" + d,
            "hl=" + hl, "hp=" + pos[h], "hd=" + dep[h], f"l|d={lemma}|{d}",
            f"l|hl={lemma}|{hl}", f"p|d|hp={p}|{d}|{pos[h]}",
            f"rc={marks.cue[i]}", f"rs={marks.source[i]}", f"rn={marks.content[i]}",
            "rk=" + marks.kind[i], f"iq={int(bool(quoted[i])) if quoted is not None else 0}",
            "e=" + ent[i], f"hrc={marks.cue[h]}",
        ]
        if marks.cue[i]:
            features.append("rc|l=" + lemma)
        children = [c.i for c in token.children]
        deps = sorted({dep[c] for c in children})
        features.extend("cd=" + c for c in deps)
        features.extend(f"l|cd={lemma}|{c}" for c in deps)
        features.append("cds=" + "+".join(deps))
        features.append(f"d|hd={d}|{dep[h]}")
        features.append("suf=" + lemma[-3:])
        for c in children:
            cd = dep[c]
            if cd in ("nsubj", "nsubjpass"):
                kind = ent[c] or pos[c]
                features.append("subj_e=" + kind)
                features.append("subj_l=" + lemmas[c])
                features.append(f"subj_rs={marks.source[c]}")
                features.append(f"l|subj_e={lemma}|{kind}")
            if marks.content[c]:
                features.append("crn=1")
            if cd in _ARGUMENTS:
                features.append(f"{cd}_l={lemmas[c]}")
                features.append(f"l|{cd}_l={lemma}|{lemmas[c]}")
        for k, w, p_, rc in _NEIGHBOURS:
            j = i + k
            if 0 <= j < n:
                features.extend((w + lower[j], p_ + pos[j], rc + str(marks.cue[j])))
        # (what kind of verb or noun it is, so that one unseen in training is scored like
        # those of its kind: "rebuked" like "criticized", both verb.communication)
        kinds = supersenses().get((lemma, _WORDNET_POS.get(p, "")), ())
        features.append("ss1=" + (kinds[0] if kinds else "none"))
        features.extend("ss=" + kind for kind in kinds)
        form, tense = token.morph.get("VerbForm", []), token.morph.get("Tense", [])
        if form:
            features.append("vf=" + form[0])
        if tense:
            features.append("tense=" + tense[0])
        out.append(features)
    return out


@dataclass(frozen=True)
class CueModel:
    """Feature weights of a logistic regression that scores a word as a cue."""

    weights: dict[str, float]
    bias: float
    #: Words scoring at or above it are cues.
    threshold: float = 0.5
    #: A rule's cue whose words all score below it is dropped (0: the rules' cues all stay).
    veto: float = 0.0
    #: Where the model came from (data, date, figures), as its trainer recorded it.
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, features: Sequence[str]) -> float:
        """The probability that a word with ``features`` is a cue."""
        z = self.bias + sum(filter(None, map(self.weights.get, features)))  # (unknown: None)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT_VERSION, "bias": self.bias, "threshold": self.threshold,
                "veto": self.veto, "meta": self.meta, "weights": self.weights}

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model as gzipped JSON (what :func:`load_cue_model` reads)."""
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            json.dump(self.to_json(), handle, sort_keys=True, separators=(",", ":"))


# Models read so far, by path and modification time (a model refitted in place is read anew).
_loaded: dict[tuple[str, float], CueModel] = {}


def load_cue_model(path: str | os.PathLike[str] | None = None) -> CueModel:
    """The packaged cue model, or the one saved at ``path`` (gzipped JSON)."""
    key = os.fspath(path) if path is not None else ""
    try:
        stamp = os.stat(key).st_mtime if key else 0.0
    except OSError:
        stamp = -1.0  # (missing: reading it below says so)
    if (key, stamp) in _loaded:
        return _loaded[(key, stamp)]
    try:
        source = resources.files("dateline").joinpath(f"data/{MODEL_FILE}") if path is None else Path(path)
        raw = source.read_bytes()
        data = json.loads(gzip.decompress(raw))
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT_VERSION}")
        model = CueModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                         float(data.get("threshold", 0.5)), float(data.get("veto", 0.0)),
                         dict(data.get("meta") or {}))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CueModelError(f"cannot read the cue model {key or MODEL_FILE}: {error}") from error
    _loaded[(key, stamp)] = model
    return model


def train_cue_model(
    examples: Iterable[tuple[list[list[str]], list[int]]],
    *,
    c: float = 0.5,
    min_count: int = 2,
    threshold: float = 0.4,
    veto: float = 0.15,
    meta: dict[str, Any] | None = None,
) -> CueModel:
    """Fit a cue model on ``examples``: per document, the features of its candidate words
    (:func:`cue_features`) and 1 where the word is part of a gold cue, else 0. Features seen
    fewer than ``min_count`` times are dropped; ``c`` is the inverse regularisation. The
    defaults are those chosen on PolNeAR's dev split (docs/evaluation.md)."""
    try:
        import numpy as np
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise DatelineError("training a cue model needs scikit-learn: pip install 'dateline[train]'") from error
    rows: list[list[str]] = []
    labels: list[int] = []
    for features, gold in examples:
        rows.extend(features)
        labels.extend(gold)
    if not rows or len(set(labels)) < 2:
        raise DatelineError("training a cue model needs words both inside and outside gold cues")
    counts = Counter(f for row in rows for f in set(row))
    vocabulary = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    indptr, indices = [0], []
    for row in rows:
        indices.extend(sorted({vocabulary[f] for f in row if f in vocabulary}))
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocabulary)))
    fitted = LogisticRegression(C=c, solver="liblinear", max_iter=500).fit(matrix, np.array(labels))
    coefficients = fitted.coef_[0]
    weights = {f: round(float(coefficients[k]), 4) for f, k in vocabulary.items()
               if abs(coefficients[k]) >= 1e-3}
    info = {"words": len(rows), "cue_words": int(sum(labels)), "features": len(weights), "c": c,
            "trained": dt.date.today().isoformat(), **(meta or {})}
    return CueModel(weights, round(float(fitted.intercept_[0]), 4), threshold, veto, info)
