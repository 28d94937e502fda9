"""Lines the small parser misreads, parsed again as the sentences they are.

English headlines are often set in title case ("Hamas Rejects Israeli Truce Offer", "Howard
Dean Tells Democratic Convention"). spaCy's small English pipeline reads every capitalised
word there as a name: the verb becomes a proper noun, and the attribution and events layers
find no cue and no event in the line that sums the story up. This component (``dateline_casing_v1``,
run after spaCy's own components) finds such lines, writes each in sentence case, keeping
capitals on words the article writes with a capital mid-sentence elsewhere, on the names of
people, places and peoples the recogniser found, and on acronyms, and runs the pipeline's tagger, parser, lemmatizer and recogniser over that. The line's
tags, lemmas, dependency tree and named entities then replace those of the title-case parse
(where the recogniser takes "Hamas Accepts Framework" for a person); its text and offsets
stay as they were.

It then mends a few verbs news uses all the time that the small parser reads as nouns
(:data:`STAND_INS`): "hosts" in "Qatar hosts talks on Gaza truce" (a noun compound, "hosts
talks"), "hosted" after a day ("Egypt on Tuesday hosted delegations …", a participle of the
noun after it), "backs" in "US backs truce plan", "heads" in "Netanyahu heads to Washington".
Their sentence is parsed again with a verb of the same form the parser reads well in the
word's place ("receives", "received", "supports", "goes"); when that verb comes out with a
subject, the sentence takes that parse, the word keeping its own lemma.

Last, a line the parser cut after its first word, the next sentence opening with a comma
("Israel" | ", Hamas agree to extend truce by two days, Qatar says", as it may read a
headline after a page's stamp), is parsed again on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from ._extensions import doc_text

__all__ = ["STAND_INS", "TitleCaseParser", "title_case_lines"]

# spaCy components that tag, parse, lemmatise or find names (what a sentence-case line goes through).
_SYNTAX = frozenset({"tok2vec", "tagger", "morphologizer", "parser", "senter", "attribute_ruler",
                     "lemmatizer", "trainable_lemmatizer", "ner"})
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
# Words title case may leave in lower case: articles, conjunctions, short prepositions.
_MINOR = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
                    "in", "of", "off", "on", "out", "per", "to", "up", "via", "vs", "from", "into",
                    "onto", "over", "with", "than", "amid", "upon"})
# A line longer than this is no headline.
_MAX_TOKENS = 30
#: Verbs the small parser reads as nouns, each with a verb of the same form it reads well
#: and the word's own lemma.
STAND_INS: dict[str, tuple[str, str]] = {
    "hosts": ("receives", "host"), "hosted": ("received", "host"),
    "backs": ("supports", "back"), "heads": ("goes", "head"),
}
# What, before a word, makes it a noun whatever the parser says ("the heads of state").
_NOUN_MARKS = frozenset({"det", "poss", "nummod", "amod"})


def title_case_lines(doc: Doc) -> Iterator[Span]:
    """The lines of ``doc`` set in title case: every word after the first capitalised but the
    short words title case leaves alone ("of", "to", "from"), and at least two words of four
    letters or more ("Hamas Rejects Israeli Truce Offer"; not "Envoys from Fiji and Egypt met
    in Geneva", nor a line in capitals)."""
    text, start = doc_text(doc), 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = doc.char_span(start, end, alignment_mode="contract") if end > start else None
        if line is not None and 3 <= len(line) <= _MAX_TOKENS:
            words = [t for t in line[1:] if t.is_alpha]
            if sum(t.is_title and len(t) >= 4 for t in words) >= 2 \
                    and all(t.is_title or t.lower_ in _MINOR for t in words):
                yield line
        start = end + 1


# Entity labels the recogniser gives names reliably, title case or not.
_NAMES = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def _proper(doc: Doc, lines: list[Span]) -> set[str]:
    """Words the article writes with a capital where no sentence or title-case line starts,
    and the words of the names of people, places and peoples."""
    inside = {i for line in lines for i in range(line.start, line.end)}
    # (the recogniser takes most capitalised runs of a title-case line for names: only the body's count)
    named = {t.text for e in doc.ents if e.label_ in _NAMES and e.start not in inside for t in e}
    return named | {t.text for t in doc if t.is_title and not t.is_sent_start and t.i not in inside
                    and (t.i == 0 or doc[t.i - 1].text not in (".", ":", "\n", "\n\n", "“", '"'))}


class TitleCaseParser:
    """Re-parses the title-case lines of a parsed Doc in sentence case (see the module)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        lines = list(title_case_lines(doc))
        if lines:
            self._recase(doc, lines)
        self._stand_in(doc)
        self._rejoin(doc)
        return doc

    def _parse(self, line: Span, words: list[str]) -> Doc:
        """``words`` in place of ``line``'s, tagged, parsed, lemmatised and recognised."""
        parsed = Doc(line.doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in line])
        for name, step in self.nlp.pipeline:
            if name in _SYNTAX:
                parsed = step(parsed)
        return parsed

    def _recase(self, doc: Doc, lines: list[Span]) -> None:
        proper = _proper(doc, lines)
        array: Any = doc.to_array(_ATTRS)  # (uint64 rows; the stubs say float)
        redone: list[Span] = []
        names: list[Span] = []
        for line in lines:
            words = [t.text if k == 0 or not t.is_title or t.text in proper else t.text.lower()
                     for k, t in enumerate(line)]
            if words == [t.text for t in line]:
                continue  # (every capital is a name's)
            cased = self._parse(line, words)
            array[line.start:line.end] = cased.to_array(_ATTRS)
            redone.append(line)
            names.extend(Span(doc, line.start + e.start, line.start + e.end, e.label_) for e in cased.ents)
        if redone:
            doc.from_array(_ATTRS, array)
            kept = [e for e in doc.ents if not any(e.start < r.end and r.start < e.end for r in redone)]
            doc.ents = sorted(kept + names, key=lambda e: e.start)

    def _stand_in(self, doc: Doc) -> None:
        """The sentences of :data:`STAND_INS`'s verbs read as nouns, parsed again with the
        stand-in verb (see the module)."""
        # (the words found on the doc's array: a Token made for each word of every text costs)
        found = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), [doc.vocab.strings.add(w) for w in STAND_INS]))
        misread = [t for t in (doc[int(i)] for i in found) if t.i > t.sent.start and t.i + 1 < t.sent.end
                   and not (t.pos_ == "VERB" and t.dep_ not in ("compound", "amod")
                            and any(c.dep_ == "nsubj" for c in t.children))
                   and not any(c.dep_ in _NOUN_MARKS for c in t.lefts)]
        if not misread:
            return
        array: Any = doc.to_array(_ATTRS)
        lemmas: dict[int, str] = {}
        for sent in dict.fromkeys(t.sent for t in misread):
            words = [STAND_INS[t.lower_][0] if t in misread else t.text for t in sent]
            parsed = self._parse(sent, words)
            if all(parsed[t.i - sent.start].pos_ == "VERB" and any(
                    c.dep_ == "nsubj" for c in parsed[t.i - sent.start].children) for t in misread if t in sent):
                array[sent.start:sent.end] = parsed.to_array(_ATTRS)
                lemmas.update((t.i, STAND_INS[t.lower_][1]) for t in misread if t in sent)
        if lemmas:
            ents = doc.ents  # (the names stay the recogniser's: one verb changed)
            doc.from_array(_ATTRS, array)
            for i, lemma in lemmas.items():
                doc[i].lemma_ = lemma
            doc.ents = ents

    def _rejoin(self, doc: Doc) -> None:
        """A line the parser cut after its first words, its next sentence opening with a
        comma ("Israel" | ", Hamas agree to extend truce by two days, Qatar says"), parsed
        again on its own: no sentence begins with a comma."""
        # (found on the doc's arrays: most texts have no such sentence)
        words = doc.to_array([SENT_START, ORTH])
        marks = [doc.vocab.strings.add(w) for w in (",", ";")]
        cut = [int(i) for i in numpy.flatnonzero((words[:, 0] == 1) & numpy.isin(words[:, 1], marks)) if i > 0]
        if not cut:
            return
        array: Any = doc.to_array(_ATTRS)
        redone = False
        for i in cut:
            before, after = doc[i - 1].sent, doc[i].sent
            line = doc[before.start:after.end]
            if "\n" in line.text.strip() or len(line) > _MAX_TOKENS * 2:
                continue  # (one line only: a paragraph's break is a sentence's end)
            parsed = self._parse(line, [t.text for t in line])
            if sum(1 for t in parsed if t.dep_ == "ROOT") == 1:
                array[line.start:line.end] = parsed.to_array(_ATTRS)
                redone = True
        if redone:
            ents = doc.ents
            doc.from_array(_ATTRS, array)
            doc.ents = ents


@Language.factory("dateline_casing_v1")
def make_casing(nlp: Language, name: str) -> TitleCaseParser:
    """Title-case lines re-parsed in sentence case (``dateline.casing``)."""
    return TitleCaseParser(nlp)
