"""Attribution: who said what, directly (in quotation marks) or in reported speech.

The layer registers the spaCy factory ``dateline_attribution_v1`` and fills ``doc._.quotes``
with :class:`~dateline.model.Quote` records. It runs after the parser (and after the actors
layer, whose canonical names it borrows for ``speaker_actor``).

How it works:

1. Quotation marks are paired per paragraph from the characters around each mark, not from
   the glyph alone, because machine-translated wire copy often writes a closing mark as an
   opening one (``a “positive” way“, sources said``). A closing mark with no opening mark
   is taken to close a quote that opened at the first quotation mark earlier in its sentence
   (or at the sentence start).
2. Every verb whose lemma is in the cue lexicon (``data/cue_verbs.csv``) and that has a
   subject (or a ``by`` agent, or inherits the subject of the verb it is coordinated with)
   is a candidate. Its clausal complement (``ccomp``; ``xcomp`` for verbs that take a
   to-clause) is the content. The content is *direct* when it begins with a quotation, or
   when it precedes the cue and ends with one (``“...,” he said``); otherwise it is reported
   speech and quotation marks inside it are partial quotes, not separate quotes. Quotations
   next to a cue with no complement (``he said: “...”``) are attributed too. The lexicon
   has verbs of saying and, as PolNeAR annotates them, of finding and believing (``the poll
   shows that``, ``residents fear that``). When the parser makes a long object of a verb of
   saying out of a clause (``says the movement appeals to ...``), that object is the content.
3. ``according to X`` attributes the clause it modifies; a parenthetical cue
   (``The test, officials said, was the biggest yet``) attributes the clause around it, and
   ``<clause>, X informed Y.`` the clause before the comma when the parse gave no complement.
   Reported content must be a clause (have a finite verb).
4. Overlapping candidates are resolved (one quote per content), cues inside another quote's
   content are dropped (speech reported inside speech), and a full-sentence quotation with
   no cue that follows an attributed one continues it.
5. Pronoun speakers (``he added``) resolve to the previous speaker in ``speaker_actor``.
6. Each source is described (``sources.py``): type (person, role, organisation, anonymous),
   count and affiliation of anonymous sources, country, and the outlet or medium the words
   went through ("told Efe", "in a statement").
"""

from __future__ import annotations

import bisect
import csv
import io
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy
from spacy.attrs import DEP, IDX, LOWER, POS
from spacy.language import Language
from spacy.symbols import CCONJ, DET, INTJ, NUM, PART, PRON, PUNCT, SCONJ, SPACE, SYM
from spacy.tokens import Doc, Span, Token

from ._data import read_data
from ._extensions import doc_text, earlier
from .actors import HONORIFIC_GENDERS, first_names_agree, surname_key
from .cues import CueModel, candidate_tokens, cue_features, load_cue_model, supersenses
from .events import (
    RECEIVING_VERBS,
    bare_passive,
    event_type_at,
    is_event_noun,
    misread_main_verb,
    past_after_modal,
    people_referred,
    read_as_noun,
    says_that,
    states_referred,
)
from .events import load_lexicon as load_event_lexicon
from .knowledge import load_knowledge
from .model import Actor, Paragraph, Quote
from .model import overlapping as actors_overlapping  # (the name "overlapping" is a local's)
from .sources import (
    KIN,
    SourceProfile,
    asks_anonymity,
    backs,
    can_speak,
    describe_source,
    is_accordance,
    is_document,
    is_medium,
    is_role_noun,
    is_source_noun,
    names_outlet,
    posted_where,
    relay_of,
    title_holder,
    told_to,
)
from .structure import (
    ANSWER_LABELS,
    MEDIA_LABELS,
    QUESTION_LABELS,
    STAMP,
    entry_day,
    is_agency,
    is_headline,
    is_list_item,
    list_after,
    stamp_end,
)

__all__ = [
    "Attributor",
    "CueLexicon",
    "CueVerb",
    "QuoteSpan",
    "extract_quotes",
    "find_quotations",
    "load_cues",
    "quoted_words",
]

logger = logging.getLogger(__name__)

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

# Double quotation marks whose direction is read from context (MT output mixes them up).
_AMBIGUOUS_MARKS = frozenset('"“”‟″')
_OPEN_ONLY = frozenset("„«")
_CLOSE_ONLY = frozenset("»")
_ALL_MARKS = _AMBIGUOUS_MARKS | _OPEN_ONLY | _CLOSE_ONLY
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_BEFORE_OPEN = frozenset("([{—–―-/")
_AFTER_CLOSE = frozenset(".,;:!?)]}…")
_STRIP = " \t\r\n,;:" + "".join(sorted(_ALL_MARKS)) + _SINGLE_OPEN + _SINGLE_CLOSE
_TRAIL_STRIP = _STRIP + "."
# (object forms too: "According to him, …")
_PRONOUNS = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "him", "them"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "his", "her", "its", "him"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_GENDERS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
_WH_SUBJECTS = frozenset({"WP", "WDT"})
# Between a cue and a quotation that follows it: the cue's own dependents and ':' or ','.
_CUE_TO_QUOTE = re.compile(r"^[^.!?\"“”„«»]{0,80}?[:,]\s*$|^\s*:?\s*$")
_MAX_SPEAKER_TOKENS = 40
# Verbs by which one source gives another's words: "was quoted as saying", "quoting a senior
# official, Al Arabiya reported".
_QUOTING_VERBS = frozenset({"quote", "cite"})
# Conjunctions that open a clause of time, cause or concession, never what was said.
_ADVERBIAL_MARKS = frozenset({"as", "because", "while", "since", "although", "though", "when", "after",
                              "before", "until", "unless", "once"})
# Reported speech is a clause: it has a finite verb (a bare phrase is a parse error).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
_POLLS = frozenset({"poll", "survey"})
# Nouns whose owner is the source of "in <owner's> …": "in his words", "in Cairo's view".
_OWNED_VIEWS = frozenset({"words", "eyes", "view", "opinion", "judgment", "judgement", "estimation"})
# The plainest verbs of saying, which a writer repeats to give one speaker's second point.
_PLAIN_SAYING = frozenset({"say", "tell", "add", "note", "state", "explain", "insist", "argue", "claim",
                           "stress", "acknowledge", "contend", "maintain"})
# Verbs whose to-clause is what was not done: "declined to say when …" says nothing.
_REFUSING = frozenset({"decline", "refuse"})
# Verbs whose object is the one told, not what was told.
_TELLING_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "promise", "convince"})


def _has_finite_verb(tokens: Iterable[Token]) -> bool:
    # A subjunctive ("demands that all citizens engage") has a subject but a bare verb.
    return any(
        t.tag_ in _FINITE_TAGS
        or (t.pos_ in ("VERB", "AUX") and any(c.tag_ == "MD" for c in t.children))
        # A subject makes a predicate, whatever tag it got ("insiders back/RB Clinton").
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in tokens
    )


@dataclass(frozen=True)
class CueVerb:
    """A reporting verb from the lexicon."""

    lemma: str
    #: Particle of a phrasal cue ("out" in "point out"); empty for plain verbs.
    particle: str
    #: Whether the verb introduces reported speech with a (that-)clause.
    that_clause: bool
    #: Whether an infinitive complement counts as content ("vowed to retaliate").
    to_clause: bool
    source: str
    #: Whether, failing a clause, the object is the content: a stance ("criticized the
    #: deal", "called for a ceasefire"), kept as an attribution of kind ``stance``.
    noun_content: bool = False
    #: ``speech`` for verbs of saying; ``stance`` for verbs that take a position ("refused
    #: to", "criticized"), whatever their content.
    kind: str = "speech"
    #: Whether the object is content only with the name it is given ("called him “a
    #: stiff”", not "called a strike"): ``label`` in the ``noun_content`` column.
    needs_label: bool = False
    #: Whether a clause is content only with its "that" ("considered that the offer falls
    #: short", not "considered the request for a week"): ``that`` in the ``that_clause``
    #: column, where ``that_clause`` itself stays false.
    needs_that: bool = False
    #: Whether the object is content only when it is itself a word of saying or belief
    #: from ``cue_nouns.csv`` ("raised concerns", not "raised $16 million"): ``cue noun``.
    needs_cue_noun: bool = False
    #: Whether the object is content only when a document speaks ("polls show Clinton with a
    #: double-digit lead", not "he showed no remorse"): ``document``.
    needs_document: bool = False


@dataclass(frozen=True)
class CueLexicon:
    """Cue verbs indexed by lemma."""

    verbs: dict[str, tuple[CueVerb, ...]]

    def match(self, token: Token) -> tuple[CueVerb, Token | None] | None:
        """The cue entry ``token`` realises and its particle token, or None."""
        entries = self.verbs.get(token.lemma_.lower())
        if not entries and token.pos_ in ("VERB", "AUX"):
            # The lemmatizer's slips ("hoped", "hoping" → "hop"): the surface form's stems.
            entries = next((self.verbs[stem] for stem in _stems(token.lower_) if stem in self.verbs), ())
        if not entries:
            return None
        # Only to the right, and with at most adverbs and pronouns between: "For that reason
        # he called ..." and "called a strike for Monday" have no "call for"; "pointed it
        # out" and "called again for" do.
        doc = token.doc
        particles = {c.lower_: c for c in token.children
                     if c.dep_ in ("prt", "prep") and c.i > token.i
                     and all(t.pos_ in ("ADV", "PRON") or t.dep_ == "prt" for t in doc[token.i + 1:c.i])}
        # ("shot back": the parser often makes the adverb particle an adverbial)
        particles.update({c.lower_: c for c in token.children if c.dep_ == "advmod" and c.i == token.i + 1
                          and c.lower_ not in particles})
        # "made it clear that …": an adjective completing the verb, in whatever role the
        # parser gave it, is the particle of an entry that asks for it
        particles.update({c.lower_: c for c in token.children if c.pos_ == "ADJ" and c.i > token.i
                          and c.dep_ in ("oprd", "acomp", "ccomp")
                          and all(t.pos_ in ("ADV", "PRON") for t in doc[token.i + 1:c.i])})
        # "calling for the successor to be named": the parser made "for" the mark of the clause
        for clause in token.children:
            if clause.dep_ in ("advcl", "ccomp") and clause.i > token.i:
                particles.update({m.lower_: m for m in clause.children if m.dep_ == "mark"
                                  and m.i > token.i and m.lower_ not in particles
                                  and all(t.pos_ == "ADV" for t in doc[token.i + 1:m.i])})
        plain: CueVerb | None = None
        for entry in entries:
            if entry.particle:
                particle = particles.get(entry.particle)
                if particle is not None:
                    return entry, particle
            else:
                plain = entry
        return (plain, None) if plain is not None else None


@dataclass(frozen=True)
class _DocumentLexicon(CueLexicon):
    """The lexicon as one document's extraction reads it: each of its words matched once
    (the steps ask again of the same words; matching anew was a tenth of the layer's time)."""

    doc: Doc | None = None
    matched: dict[int, tuple[CueVerb, Token | None] | None] = field(default_factory=dict)

    def match(self, token: Token) -> tuple[CueVerb, Token | None] | None:
        if token.doc is not self.doc:
            return super().match(token)
        if token.i not in self.matched:
            self.matched[token.i] = super().match(token)
        return self.matched[token.i]


def _stems(word: str) -> list[str]:
    """Possible base forms of an inflected verb: "hoping" → hop, hope."""
    if word.endswith("ing"):
        return [word[:-3], word[:-3] + "e"]
    if word.endswith("ied"):
        return [word[:-3] + "y"]  # ("replied")
    if word.endswith("ed"):
        return [word[:-2], word[:-2] + "e", word[:-1]]
    if word.endswith("es"):
        return [word[:-2], word[:-1]]
    return [word[:-1]] if word.endswith("s") else []


@lru_cache(maxsize=8)
def load_cues(path: str | None = None) -> CueLexicon:
    """Load the cue lexicon from ``path`` or the packaged ``data/cue_verbs.csv``.

    Columns: ``lemma, particle, that_clause, to_clause, noun_content, kind, source`` (yes/no
    flags; ``noun_content`` may also be ``label``, for naming verbs, ``cue noun``, for
    verbs whose object must be a noun of ``cue_nouns.csv``, or ``document``, for verbs of
    findings whose subject must be a poll, record or the like; ``noun_content`` and
    ``kind`` — speech, stance, or none for a word that is never a cue, learned or not — may be left out).
    """
    raw = read_data("cue_verbs.csv", path)
    verbs: dict[str, list[CueVerb]] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        lemma = (row.get("lemma") or "").strip().lower()
        if not lemma or lemma.startswith("#"):
            continue
        noun_content = (row.get("noun_content") or "").strip().lower()
        entry = CueVerb(
            lemma=lemma,
            particle=(row.get("particle") or "").strip().lower(),
            that_clause=(row.get("that_clause") or "").strip().lower() in ("yes", "true", "1"),
            needs_that=(row.get("that_clause") or "").strip().lower() == "that",
            to_clause=(row.get("to_clause") or "").strip().lower() in ("yes", "true", "1"),
            source=(row.get("source") or "").strip(),
            noun_content=noun_content in ("yes", "true", "1", "label", "cue noun", "document"),
            needs_label=noun_content == "label",
            needs_cue_noun=noun_content == "cue noun",
            needs_document=noun_content == "document",
            kind=(row.get("kind") or "speech").strip().lower(),
        )
        verbs.setdefault(lemma, []).append(entry)
    return CueLexicon({k: tuple(v) for k, v in verbs.items()})


@lru_cache(maxsize=8)
def load_cue_words(name: str, path: str | None = None) -> dict[str, tuple[tuple[str, str], ...]]:
    """Nouns or adjectives that attribute (``data/cue_nouns.csv``: ``noun, preposition,
    kind, source``; ``data/cue_adjectives.csv``: ``adjective, …``): word → its
    (preposition, kind) pairs; an empty preposition means the word's that- or to-clause is
    the content ("his claim that …", "her determination to …"), ``that`` a that-clause only
    ("were optimistic that …")."""
    words: dict[str, list[tuple[str, str]]] = {}
    reader = csv.DictReader(io.StringIO(read_data(name, path)))
    key = (reader.fieldnames or ["word"])[0]  # "noun" or "adjective"
    for row in reader:
        word = (row.get(key) or "").strip().lower()
        if word and not word.startswith("#"):
            words.setdefault(word, []).append(((row.get("preposition") or "").strip().lower(),
                                               (row.get("kind") or "speech").strip().lower()))
    return {k: tuple(v) for k, v in words.items()}


@dataclass
class QuoteSpan:
    """A quotation found from its marks: mark positions and the content between them."""

    open: int
    close: int
    start: int
    end: int
    #: True when the opening was inferred for a closing mark that had none.
    repaired: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces, quotation marks and list punctuation."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _TRAIL_STRIP:
        end -= 1
    # A quoted fragment ending the span keeps its closing mark ("the strikes “put it at risk”").
    # (with the full stop inside it: 'warned of “dire consequences.”')
    inner = text[start:end]
    unclosed = inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1 or inner.count("«") > inner.count("»")
    if unclosed and end < len(text) and text[end] in "”\"»":
        end += 1
    elif unclosed and text[end:end + 1] in (".", ",", "!", "?") and text[end + 1:end + 2] in ("”", '"', "»"):
        end += 2
    return start, end


_TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")  # (and ``, TeX's opening mark, in find_quotations)


def _as_double_mark(match: re.Match[str]) -> str:
    """Two apostrophes for a double quotation mark (''On a blackboard ...,'' as some
    newspapers' feeds write it), as one mark and a space, keeping every offset."""
    before = match.string[match.start() - 1] if match.start() else " "
    return ' "' if before.isspace() or before in _BEFORE_OPEN else '" '


def find_quotations(
    text: str, start: int, end: int, sentence_starts: Sequence[int] = ()
) -> list[QuoteSpan]:
    """Pair the quotation marks in ``text[start:end]`` (one paragraph).

    A mark opens when it follows a space (or bracket, dash) and precedes a word, and closes
    when it follows a word and precedes a space or punctuation; otherwise it toggles. A quote
    still open at the end of the paragraph runs to the paragraph end (news style for quotes
    that continue in the next paragraph). ``sentence_starts`` (sorted character offsets) let a
    stray closing mark be repaired within its sentence.
    """
    return _pair_marks(_as_marks(text), start, end, sentence_starts)


def _as_marks(text: str) -> str:
    """``text`` with the two-character marks of some feeds as one mark and a space."""
    if "''" in text:
        text = _TWO_APOSTROPHES.sub(_as_double_mark, text)
    if "``" in text:
        text = text.replace("``", ' "')  # (the opening mark of TeX-style feeds: ``…'')
    return text


def _pair_marks(text: str, start: int, end: int, sentence_starts: Sequence[int]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    strays: list[int] = []
    marks: list[int] = []
    pending: int | None = None
    outer: list[int] = []  # (openings of quotations that hold the pending one)
    pending_single: int | None = None
    for pos in range(start, end):
        char = text[pos]
        if char == _SINGLE_OPEN:
            before = text[pos - 1] if pos > start else " "
            if before.isspace() or before in _BEFORE_OPEN:
                pending_single = pos
            continue
        if char == _SINGLE_CLOSE:
            after = text[pos + 1] if pos + 1 < end else " "
            if pending_single is not None and (after.isspace() or after in _AFTER_CLOSE):
                a, b = _trim(text, pending_single + 1, pos)
                if b > a:
                    spans.append(QuoteSpan(pending_single, pos + 1, a, b))
                pending_single = None
            continue
        if char not in _ALL_MARKS:
            continue
        marks.append(pos)
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        opens = before.isspace() or before in _BEFORE_OPEN
        closes = after.isspace() or after in _AFTER_CLOSE or after in _ALL_MARKS
        if char in _OPEN_ONLY:
            is_open = True
        elif char in _CLOSE_ONLY:
            is_open = False
        elif opens and not closes:
            is_open = True
        elif closes and not opens:
            is_open = False
        else:
            is_open = pending is None
        if is_open:
            if pending is not None and char == text[pending] == "“" and _nested(text, pos, end):
                outer.append(pending)  # (“… calls “hell” than …”: a quotation inside one)
            # Else a second opening while one is pending: the first lost its closing mark.
            pending = pos
        elif pending is not None:
            a, b = _trim(text, pending + 1, pos)
            if b > a:
                spans.append(QuoteSpan(pending, pos + 1, a, b))
            pending = outer.pop() if outer else None
        else:
            strays.append(pos)
    if pending is not None:
        a, b = _trim(text, pending + 1, end)
        if b > a:
            spans.append(QuoteSpan(pending, end, a, b))
    for pos in strays:
        sent_start = start
        if sentence_starts:
            k = bisect.bisect_right(sentence_starts, pos) - 1
            if k >= 0:
                sent_start = max(start, sentence_starts[k])
        earlier = [m for m in marks if sent_start <= m < pos]
        opening = earlier[0] if earlier else sent_start - 1
        a, b = _trim(text, opening + 1, pos)
        if b <= a:
            continue
        # The repaired quote absorbs the quotations it contains.
        spans = [s for s in spans if not (s.open >= opening and s.close <= pos + 1)]
        spans.append(QuoteSpan(max(opening, start), pos + 1, a, b, repaired=True))
    spans.sort(key=lambda s: s.open)
    return spans


def _mark_end(text: str, quotation: QuoteSpan) -> int:
    """Where ``quotation``'s closing mark ends: at its close, or a character later for a ''
    mark (read as one mark and a space)."""
    return quotation.close + 1 if text[quotation.close:quotation.close + 1] == "'" else quotation.close


def _nested(text: str, pos: int, end: int) -> bool:
    """Whether the opening “ at ``pos``, met while another “ is open, starts a quotation
    inside it: the next two curly marks before ``end`` both close (“… “hell” than …”)."""
    following = []
    for char in text[pos + 1:end]:
        if char in "“”":
            following.append(char)
            if len(following) == 2:
                break
    return following == ["”", "”"]


@dataclass
class _Candidate:
    start: int
    end: int
    direct: bool
    speaker: Span | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    rank: int
    speaker_text: str | None = None
    kind: str = "speech"
    also: list[Span] = field(default_factory=list)
    #: The words that give ``also`` ("reported" of "as also reported by"): no cue of their own.
    also_cues: list[int] = field(default_factory=list)
    #: What a relative pronoun speaker stands for ("Mr. Sanders" of "Mr. Sanders, who said").
    antecedent: Span | None = None
    #: Who relayed the words, when the sentence says so otherwise than through the cue
    #: ("Quoting a senior official, Al Arabiya reported …": Al Arabiya).
    relay: Span | None = None
    #: Found by the cue model, and the model's score of the cue (``cues.py``).
    learned: bool = False
    cue_score: float | None = None
    #: A source that frames the statements of its clause (the poll of "In a CNN poll, 31%
    #: said …"), or a view of a phrase ("Trump's attack on Clinton drew criticism"): it
    #: stands beside the attributions inside it, holding none of them as its own.
    frame: bool = False

    @property
    def speaker_start(self) -> int | None:
        return self.speaker.start_char if self.speaker is not None else None

    @property
    def speaker_end(self) -> int | None:
        return _speaker_end(self.speaker) if self.speaker is not None else None


def _token_range(tokens: Iterable[Token]) -> tuple[int, int]:
    indexes = [t.i for t in tokens]
    return min(indexes), max(indexes)


def _anonymity_terms(clause: Token, besides: Token | None = None) -> bool:
    """Whether ``clause`` (but for the clause ``besides`` in it) says why or how its source
    goes unnamed."""
    skipped = range(besides.left_edge.i, besides.right_edge.i + 1) if besides is not None else range(0)
    return asks_anonymity(clause) or any(
        t.lower_ in ("anonymity", "anonymously") or t.lemma_ == "authorize" and any(c.dep_ == "neg" for c in t.children)
        for t in clause.subtree if t.i not in skipped)


def _anonymity_clause(verb: Token) -> bool:
    """Whether ``verb`` is in a relative clause on a source that says why or how it goes
    unnamed ("who declined to be named", "who requested anonymity")."""
    clause = next((t for t in (verb, *list(verb.ancestors)[:2]) if t.dep_ == "relcl"), None)
    return clause is not None and _anonymity_terms(clause)


def _speaker_span(head: Token) -> Span:
    """The noun phrase headed by ``head``; its left modifiers only when the subtree is odd."""
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < head.head.i <= hi:
        # (a subject ends before its verb: "The spokesman … said in a statement, a copy of
        # which Safa received, that …", the aside hung on the spokesman)
        hi = max(t.i for t in head.subtree if t.i < head.head.i)
    for right in head.rights:
        # "The minister, speaking to reporters, said": the speaker ends before the comma.
        # (An apposition or relative clause describes the speaker and stays: "Steven Law, a
        # former aide who ran the fund, said".)
        if right.dep_ in ("acl", "advcl") and doc[right.left_edge.i - 1].text == ",":
            hi = min(hi, right.left_edge.i - 1)
        # (nor the terms of their anonymity, which the source profile records: "The official,
        # who spoke on condition of anonymity because he was not authorized to brief the media,")
        if right.dep_ == "relcl" and doc[right.left_edge.i - 1].text == "," and _anonymity_terms(right):
            hi = min(hi, right.left_edge.i - 1)
        # (nor what it said, hung on it as a relative clause: "learned from a source at the
        # ministry that the talks …"; no relative clause opens with the conjunction "that")
        if (right.dep_ == "relcl" or right.dep_ == "acl" and head.head.lemma_ in _QUOTING_VERBS) and says_that(right):
            hi = min(hi, right.left_edge.i - 1)  # (or on whom it cites: "citing officials that …")
        # (nor where the words were said, hung on the speaker: "Dana Levi, a soldier's mother,
        # in a speech to the crowd, said")
        if right.dep_ == "prep" and doc[right.i - 1].text == "," and any(
                g.dep_ == "pobj" and is_medium(g) for g in right.children):
            hi = min(hi, right.i - 1)
        if right == told_to(head):  # (nor whom the words went to: "said an official to Reuters")
            hi = min(hi, right.i - 1)
    # (also when the parser hung that clause on the phrase's last noun: "Three people familiar
    # with the preparations, who spoke on condition of anonymity …, said")
    hidden = next((t for t in doc[head.i + 1:hi + 1] if t.dep_ == "relcl" and t.head.i != head.i
                   and doc[t.left_edge.i - 1].text == "," and t.right_edge.i >= hi - 1 and _anonymity_terms(t)), None)
    if hidden is not None:
        hi = hidden.left_edge.i - 1
    # (nor a relative clause in which the speaker says something more, hung on the name in
    # apposition: "the head of the delegation, Vera Grabe, who assured that …")
    saying = next((t for t in doc[head.i + 1:hi + 1] if t.dep_ == "relcl" and doc[t.left_edge.i - 1].text == ","
                   and any(c.dep_ == "ccomp" for c in t.children)), None)
    if saying is not None:
        hi = saying.left_edge.i - 2
    # ("Families of the missing miners announced a march …, calling it …", "Families of the
    # hostages protested …, demanding …": a finite verb the parser hung inside the noun
    # phrase ends it, outside a relative clause)
    relative = {t.i for c in head.subtree if c.dep_ == "relcl" for t in c.subtree}
    hi = min([hi] + [t.i - 1 for t in doc[head.i + 1:hi + 1] if t.tag_ in ("VBD", "VBZ", "VBP")
                     and t.dep_ in ("amod", "compound", "nmod") and t.i not in relative
                     or t.dep_ == "acl" and misread_main_verb(t) == head])
    # ("For his part, the spokesman …, Majed al Ansari, assured …": a phrase and its comma
    # before the noun, which the parser gave it with the cue, open the clause, not the speaker)
    lo = max([lo] + [left.right_edge.i + 2 for left in head.lefts if left.dep_ == "prep"
                     and left.right_edge.i + 1 < head.i and doc[left.right_edge.i + 1].text == ","])
    # ("…, a charge UNRWA has repeatedly denied": a relative clause with no "that", whose
    # noun the parser made a compound of its subject's name; the name speaks)
    if head.pos_ == "PROPN":
        lo = max([lo] + [left.i + 1 for left in head.lefts if left.dep_ == "compound" and left.pos_ == "NOUN"
                         and left.lemma_.lower() in load_cue_words("cue_nouns.csv")
                         and (doc[left.i - 1].dep_ == "det" or any(d.dep_ == "det" for d in left.children))])
    if hi - lo + 1 > _MAX_SPEAKER_TOKENS or any(t.dep_ == "ccomp" for t in doc[lo:hi + 1]):
        lo = head.i
        for left in reversed(list(head.lefts)):
            if left.i == lo - 1 or left.right_edge.i == lo - 1:
                lo = left.left_edge.i
        hi = head.i
    # (nor the object of a preposition before it, which the parser hung on the speaker:
    # "Asked whether a deal could come before Ramadan, Qatari spokesman …")
    if lo > 0 and doc[lo - 1].pos_ == "ADP" and not any(c.dep_ in ("pobj", "pcomp") for c in doc[lo - 1].children):
        lo = next((t.i + 1 for t in doc[lo:head.i] if t.text == ","), lo)
    # (a headline's topic label before the speaker: "Sudan: army and RSF agree …")
    colon = next((t.i for t in doc[lo:min(lo + 4, hi)] if t.text == ":"), None)
    if colon is not None and doc[lo].is_sent_start and doc[colon - 1].pos_ == "PROPN":
        lo = colon + 1
    # (a live page's stamp before the entry's speaker: "13:20 GMT - Hamas says …")
    stamped = stamp_end(doc_text(doc), doc[lo].idx)
    if stamped > doc[lo].idx:
        lo = next((t.i for t in doc[lo:hi + 1] if t.idx >= stamped), lo)
    # (nor a timeline entry's date: "Jan. 15, 2025 - Qatar announces …")
    entry = entry_day(doc_text(doc), doc[lo].idx)
    if entry is not None and doc[lo].idx < entry[1] <= doc[head.i].idx \
            and all(t.ent_type_ == "DATE" or t.is_punct for t in doc[lo:head.i] if t.idx + len(t) <= entry[1]):
        lo = next(t.i for t in doc[lo:head.i + 1] if t.idx >= entry[1])
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    # (but an acronym's closing bracket stays: "The UN World Food Programme (WFP)")
    if hi + 1 < len(doc) and doc[hi + 1].text == ")" and "(" in doc[lo : hi + 1].text:
        hi += 1
    return doc[lo : hi + 1]


def _speaker_core(speaker: Span) -> Span:
    """The speaker without its relative clauses: who the source is, not what else the
    clause says ("a diplomat who met Israeli officials" is no Israeli source)."""
    clauses = [c.left_edge.i for c in speaker.root.rights if c.dep_ == "relcl" and c.i < speaker.end]
    end = min(clauses, default=speaker.end)
    while end > speaker.start + 1 and speaker.doc[end - 1].is_punct:
        end -= 1
    return speaker.doc[speaker.start:end] if end > speaker.start else speaker


def _outer_conjunct(verb: Token) -> bool:
    """``demands that the RSF end the siege and calls on …``: a finite verb the parser joined
    to the base verb of a that-clause, which goes with the verb that clause belongs to; and
    ``said Gates was not working for the party and said Manafort was not involved``: a
    second verb of saying with no subject, joined to the first one's clause (but after a verb
    of communication it is that verb's subject's: "said Sokolov expressed support … and
    stressed that …"); and ``urging Israel to show restraint and warning that …``: a
    participle joined to the infinitive of a participle's to-clause goes with that participle;
    and ``wrote that the exchange was a first step but accused Moscow of stalling``: a verb
    of communication whose subject would be the clause's, a thing that says nothing; and
    ``said Beirut would not accept any Israeli presence and called on the sponsors …``: a
    past verb with no subject cannot share the modal of the clause's verb, so it is the
    speaker's."""
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.tag_ == "VB" \
            and verb.head.head.tag_ == "VBG":
        return True
    if verb.dep_ != "conj" or verb.head.dep_ != "ccomp":
        return False
    if past_after_modal(verb):
        return True
    inner = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if inner is not None and inner.pos_ == "NOUN" and not can_speak(inner) and not _holds_views(inner) \
            and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and supersenses().get((verb.lemma_.lower(), "v"), ("",))[0] == "communication":
        return True
    return verb.tag_ == "VBZ" and verb.head.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.head.children) \
        or verb.lemma_ in _PLAIN_SAYING and verb.head.head.lemma_ in _PLAIN_SAYING \
        and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and supersenses().get((verb.head.lemma_.lower(), "v"), ("",))[0] != "communication"


def _comma_subject(verb: Token) -> Token | None:
    """``China will send aid to Nepal, the foreign ministry spokesperson Mao Ning said``: the
    speaker the parser hung on the clause before as an apposition, with the cue made a
    conjunct or an adverbial of that clause's verb (no "and", no "as" between them)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "cc", "mark") and c.i < verb.i for c in verb.children):
        return None
    if verb.dep_ == "acl":
        # (or the cue hangs on that apposition as a clause of its own: "…, an official familiar
        # with the mediation told Reuters", the cue ending the clause, perhaps with whom it
        # was told; not "a host considered one of the most influential": a participle)
        source = verb.head
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i == verb.i + 1
                     and can_speak(c)), None)
        after = (told.right_edge.i if told is not None else verb.i) + 1
        return source if source.dep_ == "appos" and source.i < verb.i and source.left_edge.i > 0 \
            and doc[source.left_edge.i - 1].text == "," and (after >= len(doc) or doc[after].is_punct) else None
    # ("Hamas will send a delegation to talks in Gaza, a source close to the group told Al
    # Jazeera": the cue heads the sentence with the words said its complement, and the
    # speaker hangs on that complement's last noun)
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None) \
        if verb.dep_ == "ROOT" else None
    if said is None and (verb.dep_ not in ("conj", "advcl") or verb.head.i > verb.i
                         or any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)):
        return None
    clause = verb.head if said is None else said
    # (the comma that closes a name in apposition before the cue: "…, the head of the Russian
    # delegation, Vladimir Medinsky, said")
    last = verb.i - 2 if doc[verb.i - 1].text == "," and verb.i >= 2 and doc[verb.i - 2].ent_type_ == "PERSON" \
        else verb.i - 1
    comma = max((t.i for t in doc[clause.i:last] if t.text == ","), default=None)
    node = doc[last]
    if comma is None or node.pos_ not in ("PROPN", "NOUN") or node.i <= comma:
        return None
    while comma < node.head.i < verb.i:
        node = node.head
    if said is not None and node.dep_ != "appos":
        return None
    return node if node.left_edge.i > comma else None


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker after a verb of saying with no subject, in the order translated copy keeps
    ("“…,” assured the spokesman of the ministry, …", "Declared the spokesman …: “…”"): the
    parser reads the speaker as the object, and the words said stand before the verb or after
    a colon."""
    # ("The talks collapsed, as reported the Egyptian television Al Qahera News."; the tagger
    # may take the verb for a participle: "…, as informed the Civil Defense of Gaza.")
    as_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    doc = verb.doc
    fronted = verb.tag_ == "VBN" and _fronted(verb)
    # (or the parser joined the verb to the quotation's own: '"…", indicated the head of …',
    # the tagger may take it for a participle there too: '"…", stated to Anadolu a leader')
    joined = verb.dep_ in ("conj", "dep") and verb.head.i < verb.i
    finite = verb.tag_ in ("VBD", "VBZ") or fronted or (as_clause or joined) and verb.tag_ == "VBN" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    # (a translation's dummy subject: "“…”, it said the source to the channel", "dijo la fuente")
    dummy = _dummy_subject(verb)
    if verb.pos_ != "VERB" or not finite \
            or any(c.dep_ in ("nsubj", "nsubjpass") and c != dummy for c in verb.children):
        return None
    said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    at = verb.i - 1 if dummy is None else dummy.i - 1  # (the last word before the verb and its dummy)
    closing = {doc[at].text, doc[at - 1].text} if at >= 1 else set()
    # (the comma before the closing mark, or after it as Spanish puts it: “…”, dijo)
    before = (any(c.i < verb.i for c in said) or joined and dummy is None) and bool(closing & (_AMBIGUOUS_MARKS | _CLOSE_ONLY | {"'", "’"})) \
        and bool(closing & {",", "?", "!"})
    opening = verb.i == verb.sent.start and any(c.i > verb.i for c in said) \
        and any(t.text == ":" for t in doc[verb.i + 1:max(c.i for c in said)])
    if not (before or opening or as_clause or fronted):
        return None
    # (a medium named by its kind and then its name speaks too: "as reported the Egyptian
    # television Al Qahera News")
    # (or some of them: "affirmed one of the sources")
    found = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and (can_speak(c) or any(
        a.dep_ == "appos" and can_speak(a) for a in c.children) or _some_of(c))), None)
    return found if found is not None or not as_clause else _after_outlet(verb)


# Words that pick some of a group of sources ("one of the sources", "several of them").
_SOME = frozenset({"one", "some", "several", "many", "most", "both", "each", "all", "none"})


def _some_of(noun: Token) -> bool:
    """Whether ``noun`` picks some of the sources its of-phrase names ("one of the sources",
    "two of the officials")."""
    return (noun.like_num or noun.lower_ in _SOME) and any(
        g.dep_ == "pobj" and can_speak(g) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children)


def _fronted(verb: Token) -> bool:
    """Whether the participle ``verb`` opens its sentence with its auxiliary, after the
    dateline if any, and a that-clause after it ("Has affirmed the Minister of Foreign
    Affairs, Ahmed Attaf, …, that Algeria supports …", translated copy's order)."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i and says_that(c)
               for c in verb.children):
        return False
    dateline = earlier(verb.doc, "dateline")
    lead = [t for t in verb.doc[verb.sent.start:verb.i] if dateline is None or t.idx >= dateline.end]
    return bool(lead) and all(t.head == verb and t.dep_ == "aux" for t in lead)


def _after_outlet(verb: Token) -> Token | None:
    """The speaker after the outlet in translated copy's "as pointed out to Efe a diplomatic
    source", which the parser reads as an infinitive ("to Efe") with an object: the head of
    the noun phrase the article after the outlet opens."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].dep_ == "prt":
        k += 1
    if k + 2 >= len(doc) or doc[k].lower_ != "to" or not doc[k + 1].is_title:
        return None
    k += 1
    while k < len(doc) and doc[k].is_title and doc[k].lower_ not in ("the", "a", "an"):
        k += 1  # (the outlet's name: "Efe", "Al Qahera News")
    if k >= len(doc) or doc[k].lower_ not in ("the", "a", "an"):
        return None
    head = doc[k].head
    return head if head.i > k and head.pos_ in ("NOUN", "PROPN") and can_speak(head) else None


def _dummy_subject(verb: Token) -> Token | None:
    """The "it" right before ``verb`` that translated copy gives a verb whose speaker follows
    it ("“…”, it said the source to the channel"), when a speaker follows as its object."""
    doc = verb.doc
    it = doc[verb.i - 1] if verb.i >= 1 else None
    if it is None or it.lower_ != "it" or it.dep_ != "nsubj" or it.head != verb:
        return None
    return it if any(c.dep_ == "dobj" and c.i == verb.i + 2 and c.pos_ == "NOUN" and can_speak(c)
                     for c in verb.children) else None


# Bodies a text names again by what they are: "…, informed the group in a communiqué".
# (by lemma: "announced the parties in a joint statement")
_BODY_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "party", "side", "delegation",
                         "alliance", "coalition", "faction", "defence", "defense"})  # (the civil defence)


def _closing_inverted(ctx: _Context, verb: Token) -> _Candidate | None:
    """"<clause>, reported the office of the prime minister in a communiqué.": translated copy
    closes a sentence with the verb of saying before its speaker, which the parser misreads
    (the clause's last noun as the subject, the speaker as the object). The words after the
    comma and the verb, up to a medium, name the speaker; the clause before it is what was
    said."""
    doc = ctx.doc
    # (the cheap tests first: this runs for every verb of saying)
    if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    sent = verb.sent
    if verb.i - 2 < sent.start:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (a subject that swallowed the clause's own subject and verb is none: "The Islamist
    # movement Hamas communicated … , informed the group in a communiqué")
    swallowed = subject is not None and any(
        c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.tag_ not in ("WP", "WDT") for g in c.children)
        for c in subject.subtree)
    if subject is not None and (can_speak(subject) or subject.pos_ == "PRON") and not swallowed:
        return None  # ("“…,” Ramos, 58, said on Monday": a speaker before the verb)
    if any(not ctx.text[q.close:verb.idx].strip(" ,\n'\"”’") for q in ctx.quotes_in(sent.start_char, verb.idx)):
        return None  # (a quotation right before the verb is the quotation forms'; a scare quote inside the clause is not)
    after = [t for t in doc[verb.i + 1:sent.end] if not t.is_space]
    # (up to a clause the writer joins after a comma: "…, informed the group in a brief
    # communiqué, while Israel assured that …"; or a citation: "…, reported Axios, citing
    # two US officials")
    # (or a relative clause on the speaker: "…, affirmed the civil defence, which evoked …")
    cut = next((k for k, t in enumerate(after) if t.text == "," and k + 1 < len(after)
                and (after[k + 1].dep_ in ("mark", "cc") or after[k + 1].lemma_ in _QUOTING_VERBS
                     or after[k + 1].tag_ in ("WDT", "WP"))), len(after))
    citing = after[cut + 1] if cut + 1 < len(after) and after[cut + 1].lemma_ in _QUOTING_VERBS else None
    after = after[:cut]
    while after and after[-1].is_punct:
        after.pop()
    while after and (when := _when_phrase(after[0], verb)) is not None:
        # (a time first: "…, indicated on Saturday to AFP a source within the movement")
        after = [t for t in after if t.i > when.right_edge.i]
    # (the outlet told before the speaker: "…, informed to EFE a source close to the talks")
    told = next((c for c in after[0].children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) \
        if after and after[0].lower_ == "to" and after[0].head == verb else None
    if told is not None:
        after = [t for t in after if t.i > told.right_edge.i]
    elif verb.tag_ == "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # (a participle is a cue here only before the outlet it went to)
    # (a participle describing the speaker is the speaker's: "informed the Ministry of Health
    # of the enclave, controlled by Hamas, while …")
    if not after or after[0].lower_ in ("that", "to", "by", "as", "on", "in") or after[0].pos_ in ("PRON", "ADP", "SCONJ") \
            or any(t.pos_ in ("VERB", "AUX") and not (t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") or t.tag_ == "VBN"
                                                      and (any(c.dep_ == "agent" for c in t.children)
                                                           # ("in a joint statement read at the ceremony")
                                                           or is_medium(t.doc[t.i - 1])))
                   or ctx.quote_at(t.idx) is not None for t in after):
        return None
    end = next((k for k, t in enumerate(after) if _medium_of(t) is not None), len(after))
    # (or the outlet told after the speaker: "…, reported Egyptian official sources to Efe")
    heard = next(((k, o) for k, t in enumerate(after[:end]) if k > 0 and t.lower_ == "to" and t.head == verb
                  for o in t.children if o.dep_ == "pobj" and (is_agency(o.text) or o.ent_type_ == "ORG")), None) \
        if told is None else None
    if heard is not None:
        end, told = heard
    # (a name the tagger took for an adverb speaks too: "reported Axios")
    if end == 0 or not any(t.pos_ in ("NOUN", "PROPN") and (can_speak(t) or t.lemma_.lower() in _BODY_NOUNS)
                           or t.is_title and t.tag_ == "RB" and not t.is_stop for t in after[:end]):
        return None
    # ("…, told AFP": the one told follows the verb, unless a medium says who wrote, or a
    # body of the story, no outlet, does: "…, informed the Ministry of Health of the enclave")
    # (nor an outlet named by its kind and its name, as translation words "informó el diario
    # X": "…, informed the newspaper The Times of Israel")
    if verb.lemma_ in _TELLING_VERBS and end == len(after) and told is None and not (
            verb.lemma_ == "inform" and (_body_first(after[:3]) or names_outlet(after[:4]))):
        return None
    lo = sent.start
    while lo < verb.i and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    if not _has_finite_verb(doc[lo:verb.i - 1]):
        return None
    start, finish = _trim(ctx.text, *ctx.char_range(lo, verb.i - 2))
    speaker = doc[after[0].i:after[end - 1].i + 1]
    cue_end = verb.idx + len(verb.text)
    found = _Candidate(start, finish, False, speaker, verb.text, verb.idx, cue_end, 0)
    if end < len(after):
        medium = after[end]
        found.relay = doc[medium.i + 1:medium.right_edge.i + 1]
    elif told is not None:
        found.relay = doc[told.left_edge.i:told.right_edge.i + 1]
    cited = next((o for o in citing.children if o.dep_ == "dobj" and _cited_source(o)), None) \
        if citing is not None else None
    if cited is not None and found.relay is None:
        found.speaker, found.relay = _speaker_span(cited), speaker  # (the officials, through Axios)
    return found if finish > start else None


def _when_phrase(word: Token, verb: Token) -> Token | None:
    """The head of the phrase of time hung on ``verb`` that ``word`` opens ("on Saturday",
    "yesterday", "this Wednesday"), or None."""
    phrase = word if word.head == verb else word.head if word.head.head == verb and word.head.i > word.i else None
    if phrase is None:
        return None
    if phrase.dep_ == "prep":
        timed = any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in phrase.children)
    else:
        timed = phrase.dep_ in ("npadvmod", "advmod") and phrase.ent_type_ in ("DATE", "TIME")
    return phrase if timed else None


def _body_first(words: Sequence[Token]) -> bool:
    """Whether ``words`` name a body of the story that is no outlet (by the actors layer,
    else by the recogniser): who informed, not who was told."""
    if not words:
        return False
    actors = earlier(words[0].doc, "actors")
    if actors is None:
        entries = load_knowledge().entries  # (an outlet the knowledge base knows: "told AFP")
        return any(t.ent_type_ in ("ORG", "GPE") and t.ent_iob_ == "B"
                   and getattr(entries.get(t.text), "sector", None) != "media" for t in words)
    return any(a.kind in ("organisation", "state") and a.sector != "media"
               for a in actors_overlapping(actors, words[0].idx, words[-1].idx + len(words[-1])))


def _inverted_after_quotation(ctx: _Context) -> list[_Candidate]:
    """"“…,” assured in declarations to the public radio Kan the minister of Defense, Israel
    Katz, who …": translated copy puts the medium between the verb and the speaker, and the
    parser loses both. After a quotation that ends in a comma, a verb of saying, a phrase of
    a medium, and then a noun phrase that can speak: the speaker, up to a relative clause."""
    doc, found = ctx.doc, []
    for quotation in ctx.quotes:
        inner = ctx.text[quotation.start:quotation.close].rstrip(" \"”'’")
        if not inner.endswith(","):
            continue
        mark = doc.char_span(quotation.close, quotation.close + 1, alignment_mode="expand")
        nxt = next((t for t in doc[mark.end:mark.end + 4] if not t.is_space and not t.is_punct), None) \
            if mark is not None else None
        # (the tagger may take the verb for a participle)
        match = ctx.lexicon.match(nxt) if nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBN") else None
        if nxt is None or match is None or match[0].kind != "speech" or nxt.i + 1 >= len(doc):
            continue
        if doc[nxt.i + 1].lower_ not in ("in", "to", "during", "through"):
            plain = _written_by(ctx, quotation, nxt)
            found.extend([plain] if plain is not None else [])
            continue
        sent_end = nxt.sent.end
        # (the medium's phrase ends where a noun phrase starts with no preposition before it)
        start = next((t.i for t in doc[nxt.i + 2:sent_end] if t.lower_ in ("the", "a", "an")
                      and doc[t.i - 1].pos_ in ("NOUN", "PROPN")), None)
        if start is None:
            continue
        medium = doc[nxt.i + 1:start]
        if not any(is_medium(t) for t in medium):
            continue
        end = start
        while end + 1 < sent_end and not (doc[end + 1].text in (".", ";") or doc[end + 1].text == ","
                                          and end + 2 < sent_end and doc[end + 2].tag_ in _WH_SUBJECTS) \
                and doc[end + 1].pos_ not in ("VERB", "AUX"):
            end += 1
        speaker = doc[start:end + 1]
        while len(speaker) > 1 and speaker[-1].is_punct:
            speaker = speaker[:-1]
        if not any(can_speak(t) for t in speaker):
            continue
        lo, hi = _trim(ctx.text, quotation.start, quotation.end)
        cand = _Candidate(lo, hi, True, speaker, nxt.text, nxt.idx, nxt.idx + len(nxt.text), 0)
        cand.relay = doc[medium.start + 1:medium.end] if len(medium) > 1 else None
        found.append(cand)
    return found


def _written_by(ctx: _Context, quotation: QuoteSpan, verb: Token) -> _Candidate | None:
    """“…,” indicated the text.": after a quotation, a verb of saying and a short noun
    phrase closing the sentence, which the parser took for its object: the speaker, a text
    or a body included ("the communiqué", "the group", "the head of state")."""
    doc = ctx.doc
    if any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return None  # (the parser saw the inversion: the verb's own reading)
    tokens = [t for t in doc[verb.i + 1:verb.sent.end] if not t.is_space]
    # (up to a relative clause of its own: "indicated the text, which added that …")
    comma = next((k for k, t in enumerate(tokens) if t.text == "," and k + 1 < len(tokens)
                  and tokens[k + 1].tag_ in _WH_SUBJECTS), len(tokens))
    tokens = tokens[:comma]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens or len(tokens) > 8 or tokens[0].pos_ not in ("DET", "PROPN") \
            or any(t.pos_ in ("VERB", "AUX", "ADP", "PRON") and t.lower_ != "of" or t.text == "," for t in tokens) \
            or not any(t.pos_ in ("NOUN", "PROPN") and (can_speak(t) or is_medium(t) or t.lemma_.lower() in _BODY_NOUNS
                                                        or t.lower_ == "text") for t in tokens):
        return None
    lo, hi = _trim(ctx.text, quotation.start, quotation.end)
    return _Candidate(lo, hi, True, doc[tokens[0].i:tokens[-1].i + 1], verb.text, verb.idx,
                      verb.idx + len(verb.text), 0)


def _of_whom(noun: Token, personal: bool = False) -> Token:
    """The one a relative clause is about: ``noun``, or the source its "of" names when the
    parser hung the clause on words no one can be ("in the words of its spokesman Hazem
    Qasem, who warned …"); for a "who" (``personal``), the people a place's phrase follows
    ("medics at the Kuwaiti hospital, who said …")."""
    if can_speak(noun) and not is_document(noun) or _some_of(noun):
        return noun  # (and "one of the sources, who added …": the one)
    if personal and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and not _is_people(noun) \
            and supersenses().get((noun.lemma_.lower(), "n"), ("group",))[0] != "group" and _is_people(noun.head.head):
        return noun.head.head
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and can_speak(g) and not is_document(g)), noun)


def _is_people(noun: Token) -> bool:
    """Whether ``noun`` can name people: a person's or a people's name, a source, or a noun
    one of whose first WordNet senses is a person ("medic": a plant first)."""
    return noun.ent_type_ in ("PERSON", "NORP") or can_speak(noun) \
        or "person" in supersenses().get((noun.lemma_.lower(), "n"), ())


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The speaker head of ``verb``: its subject, its ``by`` agent, or an inherited subject."""
    # Of two subjects the parser gives one verb ("…esteem Sen. John McCain,” Trump said"),
    # the one right before the verb.
    # (a passive's subject with no passive auxiliary is the parser's slip for the subject:
    # "The Israeli Government, for its part, has not yet commented on …")
    slipped = not any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "aux" for c in verb.children)
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" or slipped and c.dep_ == "nsubjpass"),
                      key=lambda c: (c.i > verb.i, -c.i if c.i < verb.i else c.i))
    # ("“Cruz,” Beck joked": the parser can make the name right before the verb a compound
    # of it, and give the verb another clause's subject)
    subjects = [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                and c.i == verb.i - 1] + subjects
    if subjects and bare_passive(verb):
        return None  # ("Sudan's RSF accused of killing 200": the RSF is the accused)
    if subjects and subjects[0] == _dummy_subject(verb):
        return _inverted_subject(verb) or subjects[0]
    for child in subjects[:1]:
        if child.tag_ in _WH_SUBJECTS and verb.dep_ == "relcl":
            return _of_whom(verb.head, personal=child.lower_ == "who")
        return child
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    for child in verb.children:
        # (an agent only of a passive: "said by telephone" is no one)
        if child.dep_ == "agent" and verb.tag_ == "VBN":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        # ("it was learned from a source at the ministry that …": the impersonal passive of
        # translated copy, its source after "from")
        source = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == verb.i + 1
                       for g in c.children if g.dep_ == "pobj" and can_speak(g) and g.ent_type_ != "GPE"),
                      None)
        if source is not None:
            return source
    if depth == 0 and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 \
            and verb.doc[verb.i - 1].text == ",":
        # "Bennett denied the notion that a shake-up is coming, explaining that …", "said the
        # talks had stalled, adding that …" with the participle hung on the reported clause:
        # the speaker is the subject of the verb that clause belongs to.
        # (also out of a subordinate clause the parser hung it on: "Blinken arrived in Israel …
        # since the war began, seeking to use …": Blinken seeks, not the war)
        head = verb.head
        while (head.dep_ in ("ccomp", "acl", "dobj", "pobj", "prep")
               or head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children)) and head.head.i != head.i:
            head = head.head
        owner = next((c for c in head.children if c.dep_ == "nsubj"), None) or _inverted_subject(head) \
            if head.i != verb.head.i and head.i < verb.i and head.pos_ in ("VERB", "AUX") else None
        if owner is not None:
            return owner  # (or the speaker after the verb: "Has affirmed the minister … that …, calling …")
    if depth < 3 and _outer_conjunct(verb):
        return _subject(verb.head.head, depth + 1)
    hung = _hung_speaker(verb)
    if hung is not None:
        return hung
    if verb.dep_ in ("advcl", "conj") and verb.head.tag_ == "VBN":
        # "He was questioned after the debate, asserting …": the one questioned asserts (but
        # "Trump is expected to unveil …" is no statement of Trump's).
        passive_subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:
            return passive_subject
    comma_subject = _comma_subject(verb) if depth == 0 else None
    if comma_subject is not None:
        return comma_subject
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "... said X, adding that ..." and "said A and stated B" share the subject (not a
        # passive clause's, which has a subject of its own: "… since the deal was announced")
        return _subject(verb.head, depth + 1)
    if depth < 3 and verb.dep_ == "conj" and verb.head.dep_ in ("oprd", "acomp", "dobj") \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        # 'called it "shameful" and called on leaders …': the second verb hung on the first's
        # complement shares its subject.
        return _subject(verb.head.head, depth + 1)
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        owner = verb.head.head
        quoted = next((c for c in owner.children if c.dep_ == "nsubjpass"), None) \
            if owner.tag_ == "VBN" and verb.head.lower_ == "as" else None
        if quoted is None and verb.head.lower_ == "as" and owner.lemma_ in _QUOTING_VERBS:
            quoted = next((c for c in owner.children if c.dep_ == "dobj"), None)  # "X quoted Y as saying"
        # "was quoted as saying …": the one quoted says it (whoever quoted them)
        return quoted if quoted is not None else _subject(owner, depth + 1)  # "began by saying he would ...
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and (
            verb.head.pos_ == "PROPN" or verb.head.pos_ == "NOUN" and any(c.dep_ == "ccomp" for c in verb.children)) \
            and not any(c.dep_ == "agent" for c in verb.children):
        # "“…” Murphy, the head of the PAC, tweeted on Friday": the parser made the name the
        # root and the verb a participle of it (a noun too, when a clause follows: "Palestinian
        # sources informed to Efe that …", translated)
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        clause_subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) \
            if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX") else None
        # "Black Lives Matter issued a statement saying …", "protesters interrupted her
        # speech, shouting …": the one who issued, or did, it speaks.
        if clause_subject is not None and (is_medium(noun) or verb.doc[verb.i - 1].text == ","):
            return clause_subject
        return noun  # "Republicans supporting the deal": the noun takes the stance
    if depth == 0 and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return _misplaced_subject(verb)
    return None


def _conjunct_subject(verb: Token) -> Token | None:
    """``said …, and one in four said …``: the second speaker the parser made a conjunct of
    a word in the first statement, right before a verb left without a subject."""
    doc = verb.doc
    if verb.i < 2 or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    conjunct = doc[verb.i - 1]
    while conjunct.dep_ != "conj" and conjunct.head.i < verb.i and conjunct.head != conjunct \
            and conjunct.head.right_edge.i == verb.i - 1:
        conjunct = conjunct.head
    if conjunct.dep_ == "conj" and conjunct.pos_ in ("NOUN", "PROPN", "NUM") \
            and conjunct.right_edge.i == verb.i - 1 and doc[conjunct.left_edge.i - 1].dep_ == "cc":
        return conjunct
    return None


def _hung_speaker(verb: Token) -> Token | None:
    """``…, the Integrated Food Security Phase Classification (IPC) said on Monday``, which
    the parser reads as an apposition of the noun before the comma, the cue a conjunct of
    the clause's verb with no "and": the apposition is the speaker."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i < 3 or any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return None
    k = verb.i - 1
    while k > 0 and doc[k].text in (")", "]"):
        k -= 1
    head = doc[k]
    while head.dep_ in ("compound", "amod", "det", "poss") and head.head.i > head.i:
        head = head.head
    while head.dep_ == "appos" and head.head.i < head.i and doc[head.left_edge.i - 1].text != ",":
        head = head.head  # ("…, the … Classification (IPC)": the acronym's apposition is the name's)
    return head if head.dep_ == "appos" and head.head.i < head.i and doc[head.left_edge.i - 1].text == "," \
        and head.head.i < head.left_edge.i and head.pos_ in ("NOUN", "PROPN") else None


def _misplaced_subject(verb: Token) -> Token | None:
    """The speaker of a finite cue verb the parser left without a subject."""
    doc = verb.doc
    conjunct = _conjunct_subject(verb)
    if conjunct is not None:
        return conjunct
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.tag_ == "''":
        # "“…,” said Ben Carson, asked about …": the name after the cue was made the subject
        # of a clause the cue heads.
        after = next((t for t in doc[verb.i + 1 : min(verb.i + 8, len(doc))] if t.dep_ == "nsubj"
                      and t.head.head == verb and t.head.i > t.i), None)
        if after is not None:
            return after
    if before is not None and before.pos_ == "PROPN" and before.dep_ in (
            "pobj", "dobj", "compound", "appos") and before.ent_type_ in ("PERSON", "ORG"):
        # "In an interview with the Washington Post Trump said that …": the parser hung the
        # name on the phrase before it; a name right before the verb is it.
        return before
    for clause in verb.children:
        # "Mr. Slinker, whose start-up … uses big data …, said": the relative clause was
        # read as the verb's complement, and its subject, cut off by a comma, is the speaker.
        if clause.dep_ in ("ccomp", "advcl") and clause.i < verb.i:
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN") \
                    and any(t.text == "," for t in doc[subject.i:clause.i]):
                return subject
    if before is not None and before.text == "," and verb.i > 1:
        # "Senator Harry Reid, the minority leader, said": the phrase the apposition ends.
        head = doc[verb.i - 2]
        # (up through "the club's president and general manager"; not up to "in Lagos"
        # that the parser hung the name on)
        while head.dep_ in ("appos", "conj") and head.head.i < head.i and head.head.dep_ != "pobj":
            head = head.head
        if head.i != verb.i - 2 and head.pos_ == "PROPN":
            return head
        if head.i != verb.i - 2 and head.pos_ == "NOUN" and doc[verb.i - 2].pos_ == "PROPN":
            return head  # "her senior policy adviser, Jake Sullivan, said" 
    return None


class _Context:
    """Per-document lookups shared by the extraction steps."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan], lexicon: CueLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.text = doc_text(doc)
        self.quotes = quotes
        self.opens = [q.open for q in quotes]

    def quote_at(self, pos: int) -> QuoteSpan | None:
        """The quotation whose marks enclose character ``pos``."""
        k = bisect.bisect_right(self.opens, pos) - 1
        # Quotations do not overlap except single marks nested in double ones.
        for q in self.quotes[max(0, k - 2) : k + 1]:
            if q.open < pos < q.close:
                return q
        return None

    def char_range(self, lo: int, hi: int) -> tuple[int, int]:
        return self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi].text)

    def quotes_in(self, start: int, end: int) -> list[QuoteSpan]:
        return [q for q in self.quotes if q.end > start and q.start < end]


def _direct_from_complement(
    ctx: _Context, start: int, end: int, before_cue: bool
) -> QuoteSpan | None:
    """The quotation a complement ``[start, end)`` consists of, or None for reported speech."""
    for q in ctx.quotes_in(start - 2, end + 2):
        # (a quotation opening it, unless a quoted phrase, no clause, that the words go on
        # past: 'intended the audience to “recognize” Trump in that passage', 'acknowledged
        # "top secret" information has been found')
        opens = start - 2 <= q.open <= start or q.start <= start < q.end
        if opens and (q.close >= end - 2 or q.end - max(q.start, start) >= 0.6 * (end - start)
                      or _has_finite_verb(ctx.doc.char_span(q.start, q.end, alignment_mode="expand") or ())):
            return q
        # (not when words precede the quotation: "said that the strikes “put the talks at
        # risk”" and 'Egypt called on “all parties to …”, the ministry said' report a clause
        # with a quoted fragment)
        led = any(c.isalpha() for c in ctx.text[start:q.open])
        # (a quotation rebuilt around a stray closing mark is what the cue reports, as the
        # translation meant it: '… in a “constructive” spirit“, two diplomats told the agency')
        if before_cue and q.close >= end and q.close <= end + 2 and q.start < end \
                and (q.repaired or not led):
            return q
        covered = min(q.end, end) - max(q.start, start)
        if covered >= 0.6 * (end - start) and not led:
            return q
    return None


def _spoken(ctx: _Context, start: int, end: int, speaker: Span, cue: tuple[str, int, int],
            rank: int) -> _Candidate:
    """The quote over ``[start, end)``: the quotation it consists of (direct), else the
    reported words themselves."""
    quote = _direct_from_complement(ctx, start, end, before_cue=False)
    if quote is not None:
        return _Candidate(quote.start, quote.end, True, speaker, *cue, rank)
    return _Candidate(start, end, False, speaker, *cue, rank)


def _complement_candidates(
    ctx: _Context, verb: Token, entry: CueVerb, speaker: Span, cue: tuple[str, int, int], rank: int
) -> list[_Candidate]:
    deps = {"ccomp", "parataxis"} if entry.that_clause else set()
    if entry.to_clause:
        deps.add("xcomp")
    if not entry.that_clause:
        # Verbs that only introduce quotations still accept a quoted complement.
        deps.add("ccomp")
    found: list[_Candidate] = []
    split = _split_subject(verb)
    for comp in _complements(verb):
        if split is not None and comp == split[0]:
            continue  # (the subject's words, read with the clause after them)
        # "saying in his statement only that he was …": a that-clause read as an adverbial
        that_clause = comp.dep_ in ("advcl", "relcl", "acl") and (entry.that_clause or entry.needs_that) \
            and comp.i > verb.i and (says_that(comp) or comp.head.head == verb and comp.left_edge.lower_ == "that")
        # ("which they say left a vacuum": a finite clause the parser made an xcomp)
        finite = comp.dep_ == "xcomp" and entry.that_clause and (comp.tag_ in ("VBD", "VBZ", "VBP") or (
            comp.tag_ == "VBN" and verb.dep_ == "relcl" and not any(c.dep_.startswith("aux") for c in comp.children)))
        if comp.dep_ not in deps and not that_clause and not finite or _participle_misread(verb, comp):
            continue
        if comp.dep_ == "xcomp" and comp.lemma_ in _QUOTING_VERBS \
                and any(o.dep_ == "dobj" and _cited_source(o) for o in comp.children):
            continue  # ("reported citing officials that …": whom it heard, not what it said)
        mark = comp.left_edge if comp.left_edge.dep_ == "mark" else next((c for c in comp.children if c.dep_ == "mark"), None)
        if mark is not None and mark.lower_ in _ADVERBIAL_MARKS and mark.i <= comp.left_edge.i + 3 \
                and comp.i > verb.i and not says_that(comp):
            # ("Famine confirmed in El Fasher as aid access remains blocked", "…, officials said
            # Wednesday, a day after Israel shattered the ceasefire": when, not what)
            continue
        if comp.i < verb.i and ctx.quote_at(comp.idx) is None and is_headline(verb.sent) and any(
                c.dep_ == "ccomp" and c.i > verb.i and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                for c in verb.children):
            continue  # (a headline's "RSF accepts truce proposal, army says conditions not met": it says what follows)
        if comp.dep_ == "ccomp" and comp.i > verb.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "that" and c.i == comp.left_edge.i
                and c.nbor().pos_ in ("AUX", "VERB") for c in comp.children) \
                and any(c.dep_ in ("xcomp", "dobj") and c.i < comp.i for c in verb.children):
            continue  # ("agreed to create a corridor that will be developed by …": a relative clause on a noun)
        if ctx.lexicon.match(comp) is not None and _conjunct_subject(comp) is not None:
            continue  # ("said …, and one in four said …": the second cue speaks for itself)
        if comp.i > verb.i and any(
                t.dep_ == "advcl" and verb.i < t.i < comp.left_edge.i and t.right_edge.i + 1 < comp.left_edge.i
                and ctx.doc[t.right_edge.i + 1].text == ":" and ctx.lexicon.match(t) is not None
                and any(c.dep_ == "nsubj" for c in t.children) for t in verb.children):
            continue  # ("Cruz said as the heckler yelled: “You suck!”": the heckler's words)
        if comp.dep_ == "parataxis" and comp.i > verb.i and (said := ctx.lexicon.match(comp)) is not None \
                and said[0].kind == "speech" and any(c.dep_ == "nsubj" for c in comp.children):
            continue  # ("X and Y agreed to extend the mission, the AU said, amid …": who reports it)
        if comp.i < verb.i and ctx.lexicon.match(comp) is not None \
                and any(c.dep_ == "nsubj" for c in comp.children) and (
                    comp.dep_ == "parataxis" or any(t.text == ";" for t in ctx.doc[comp.right_edge.i:verb.i])
                    or _introduces_quotation(ctx, comp, verb)):
            # "“…,” Trump said, after Ms. Quick said …", "Israel says …; Hamas says …",
            # 'Feinstein said "I don't know …," she said': the first cue is its own
            continue
        if comp.i < verb.i and comp.right_edge.i + 1 < verb.i and ctx.doc[comp.right_edge.i + 1].text == ":" \
                and ctx.quote_at(comp.idx) is None:
            continue  # ("Gaza war live: Mediators say …": the words before a colon label the line)
        if comp.i < verb.i and ctx.quote_at(comp.idx) is None and comp.left_edge.tag_ == "VBG" \
                and comp.left_edge.dep_ == "advcl" and comp.left_edge.i == verb.sent.start \
                and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            # ("Speaking hours after Blinken met him, Netanyahu said total victory was …": the
            # parser hung the opening participle's clause on the cue; what was said follows it)
            continue
        if comp.i > verb.i and any(c.dep_ == "cc" and verb.i < c.i < comp.i for c in verb.children) \
                and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
            # "Teams cannot reach the villages, officials said, and 200 families are sheltering
            # in schools": the clause joined after the cue is the writer's own addition
            continue
        lo, hi = _token_range(comp.subtree)
        doc = ctx.doc
        if split is not None and comp == split[1]:
            lo = split[0].left_edge.i + 1  # (after the "that" read as the subject)
        hi = _clause_end(ctx, comp, lo, hi)
        lo = _past_relativizer(comp, verb, speaker, lo)
        if speaker.start <= hi and lo <= speaker.end - 1:
            # A complement that swallows the speaker is a parse error.
            continue
        while lo < hi and (doc[lo].dep_ == "mark" and doc[lo].head == comp and not doc[lo + 1].like_num
                           # (not a number's "Between" the parser took for a conjunction)
                           or doc[lo].is_punct
                           or doc[lo].dep_ == "advmod" and doc[lo + 1].lower_ == "that"
                           # ("warned that famine is imminent", the tagger's "that" a determiner)
                           or doc[lo].lower_ == "that" and doc[lo].dep_ == "det" and lo == verb.i + 1
                           and doc[lo].head.dep_ == "nsubj" and doc[lo].head.head == comp
                           # (a complementizer by its tag the parser gave another role: "said on
                           # Sunday that talks were “moving …”", its "that" the subject; not
                           # "makes that clear", nor a quotation's own first word)
                           or doc[lo].lower_ == "that" and doc[lo].tag_ == "IN" and hi - lo >= 3
                           and ctx.quote_at(doc[lo].idx) is None and doc[lo - 1].text not in _ALL_MARKS
                           # (or a relative pronoun by its tag before the clause's own subject:
                           # "said in remarks broadcast on television that Tehran would not …")
                           or doc[lo].lower_ == "that" and doc[lo].tag_ == "WDT" and doc[lo].dep_ != "nsubj"
                           and ctx.quote_at(doc[lo].idx) is None
                           and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > lo for c in comp.children)):
            lo += 1  # (and "only" in "said only that …")
        # ("said, as Reuters reported, that …": another source of the words; "said in a
        # statement, a copy of which X received, that …", the aside read as the clause's subject)
        aside = _as_aside(comp, lo, ctx.lexicon) or next(
            (c for c in comp.children if c.left_edge.i == lo and c.dep_ in ("nsubj", "nsubjpass") and _names_a_copy(c)
             and c.right_edge.i + 1 < hi and doc[c.right_edge.i + 1].text == ","), None)
        if aside is not None:
            lo = aside.right_edge.i + 1
            while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "mark" and doc[lo].head == comp):
                lo += 1
        subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and doc[lo].dep_ == "prep" and doc[lo].head == comp \
                and doc[lo].right_edge.i < subject.left_edge.i \
                and all(t.ent_type_ in ("DATE", "TIME") for t in doc[lo].subtree if not t.is_stop):
            # "said on Thursday it was suspending …": the day is the saying's
            lo = subject.left_edge.i
        if comp.dep_ == "xcomp" and doc[lo].lower_ == "to":
            lo = _addressee_before(verb, comp, lo + 1)
        lo = _stray_subject(verb, comp, lo)
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        if end <= start:
            continue
        quote = _direct_from_complement(ctx, start, end, before_cue=comp.i < verb.i)
        if quote is not None:
            found.append(_Candidate(quote.start, quote.end, True, speaker, *cue, rank))
        elif found and not found[-1].direct and comp.dep_ == "ccomp" and comp.pos_ in ("VERB", "AUX") \
                and found[-1].end <= start \
                and not ctx.text[found[-1].end:start].strip(" ,") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
            # ("says 30,000 have been killed, …, and 1.7 million people, or three quarters of the
            # population, have been displaced": the parser left the second verb's subject in the
            # first clause; one clause said, not a subjectless second one)
            found[-1].end = end
        elif (entry.that_clause or (entry.to_clause and comp.dep_ == "xcomp") or entry.needs_that and says_that(comp)) and (
            # (a to-clause may be one word: "declined to comment")
            sum(1 for t in doc[lo : hi + 1] if not t.is_punct) >= (1 if comp.dep_ == "xcomp" else 2)
            and (comp.dep_ == "xcomp" or _has_finite_verb(doc[lo : hi + 1])
                 # "shows that several students dressed up …": "that" makes it a clause
                 or says_that(comp)
                 or _headline_clause(verb, comp))
        ):
            found.append(_Candidate(start, end, False, speaker, *cue, rank))
    if not found and entry.that_clause:
        found += _medium_clause(ctx, verb, speaker, cue, rank)
    if not found and entry.that_clause:
        found += _misparsed_clause(ctx, verb, speaker, cue, rank)
    if not found and entry.that_clause:
        found += _raised_clause(ctx, verb, speaker, cue, rank)
    for comp in verb.children:
        # (a verb of saying in it is said too when "that" opens it: "and that the mediators hope …")
        if comp.dep_ == "conj" and comp.i > verb.i and found and not found[-1].direct and says_that(comp) \
                and (ctx.lexicon.match(comp) is None or comp.left_edge.lower_ == "that") \
                and found[-1].end <= comp.left_edge.idx:
            # ("told our correspondent that the gaps had narrowed but that two issues remain",
            # "said in a statement that 100 servicemen had returned, and that they would …":
            # a second that-clause the parser joined to the cue is said too; not after a
            # quotation that opens the first, which is the direct quote)
            found[-1].end = max(found[-1].end, _trim(ctx.text, *ctx.char_range(comp.left_edge.i, comp.right_edge.i))[1])
    return found


def _said_aside(ctx: _Context, words: Iterable[Token], lo: int, hi: int) -> Token | None:
    """The clause among ``words``, after a comma inside tokens ``lo``..``hi``, in which
    another speaker says something, given as the occasion ("…, after Biden said
    Washington would stop …") or as another source of the same words ("…, as pointed out
    to Efe a diplomatic source", "…, as reported by the negotiator"): no part of what was said."""
    doc = ctx.doc
    return next((c for c in words if c.dep_ == "advcl" and lo < c.left_edge.i <= hi
                 and doc[c.left_edge.i - 1].text == "," and any(
                     m.dep_ == "mark" and m.lower_ in ("after", "as", "since", "when", "although", "though")
                     for m in c.children)
                 # (or a passive's agent: "…, as reported by the negotiator through his account")
                 and (any(n.dep_ in ("nsubj", "agent") for n in c.children) or _inverted_subject(c) is not None)
                 and (said := ctx.lexicon.match(c)) is not None and said[0].kind == "speech"), None)


def _stray_phrase(verb: Token, comp: Token, lo: int) -> Token | None:
    """The phrase of the cue's right before ``comp``, a clause with no subject of its own
    that starts at ``lo``: its subject the parser hung on the cue ("said between 1,000 and
    1,200 prisoners could be freed"), or the noun a participle describes ("said in an interview
    with CNN aired Monday")."""
    if comp.dep_ != "ccomp" or comp.i < verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children) \
            or not any(c.dep_ in ("aux", "auxpass") for c in comp.children) and comp.tag_ not in _FINITE_TAGS:
        return None
    stray = next((c for c in verb.children if c.dep_ in ("prep", "dobj", "npadvmod") and verb.i < c.i < comp.i
                  and c.right_edge.i + 1 == lo and any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in c.subtree)), None)
    return None if stray is None or any(t.is_punct for t in verb.doc[verb.i + 1:lo]) else stray


def _stray_subject(verb: Token, comp: Token, lo: int) -> int:
    """Where a clause with no subject of its own starts: at the count the parser hung on
    the cue, whose clause would start at "could" in "said between 1,000 and 1,200 prisoners
    could be freed", or at the object it read for the subject."""
    stray = _stray_phrase(verb, comp, lo)
    # (an object read for the subject too: "trying to show Bernie Sanders isn't the only one")
    return stray.left_edge.i if stray is not None and (stray.dep_ == "dobj" or any(
        t.like_num for t in stray.subtree)) else lo


def _participle_misread(verb: Token, comp: Token) -> bool:
    """Whether ``comp``, a bare past form after a phrase of the cue with no number, is a
    participle of that phrase's noun the parser read as a clause ("said in an interview with
    CNN aired Monday": what was aired, not what was said)."""
    stray = _stray_phrase(verb, comp, comp.left_edge.i)
    return stray is not None and stray.dep_ == "prep" and comp.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in comp.children) and not any(t.like_num for t in stray.subtree)


def _headline_clause(verb: Token, comp: Token) -> bool:
    """Whether ``comp`` is what a headline says was said, its verb dropped as headlines drop
    it ("Qatar says Gaza talks at 'delicate stage'"): a noun with a predicate of its own after
    a verb of saying, in a headline (:func:`~dateline.structure.is_headline`, after a live
    page's stamp or not: "11:50 GMT - Qatar says talks 'serious and constructive'")."""
    return comp.i > verb.i and comp.pos_ in ("NOUN", "PROPN") and is_headline(verb.sent) \
        and any(c.dep_ in ("prep", "amod", "acomp", "advmod") and c.i > comp.i for c in comp.children)


def _split_subject(verb: Token) -> tuple[Token, Token] | None:
    """Two complements the parser made of one clause whose subject it read as a verb: "said
    that talks on a truce and the release of hostages had reached …" ("that" the subject of
    "talks", "release … had reached" a second clause): the first, and the clause it opens."""
    after = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(after) < 2:
        return None
    first, second = after[0], after[1]
    that = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if that is None or that.lower_ != "that" or that.i != first.left_edge.i or first.tag_ != "VBZ" \
            or first.right_edge.i + 1 != second.left_edge.i:
        return None
    # (a plural noun the tagger took for a verb: "talks", "plans"; not "that's really important")
    plural = first.lower_.endswith("s") and len(first.text) > 3 \
        and bool(supersenses().get((first.lower_[:-1], "n")) or supersenses().get((first.lemma_.lower(), "n")))
    return (first, second) if plural else None


def _complements(verb: Token) -> list[Token]:
    """The words hung on ``verb``, and the clause the parser hung on its "citing X" instead
    ("Channel 12 reported, citing a senior official, that the cabinet will meet …")."""
    children = list(verb.children)
    aside = _copy_aside(verb)
    if aside is not None:  # ("said in a statement, a copy of which Safa received, that …")
        return [c for c in children if c != aside[0]] + [aside[1]]
    if any(c.dep_ == "ccomp" for c in children):
        return children
    # ("told CNN in an interview aired on Wednesday that …": the clause the parser hung on
    # the participle describing the medium)
    objects = [o for p in children if p.dep_ == "prep" and p.i > verb.i for o in p.children if o.dep_ == "pobj"]
    aired = [a for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    # ("it was learned from a source at the ministry that the talks …": a that-clause with
    # its own subject, which the parser hung on the phrase after the verb as a relative)
    hung = [r for o in objects for r in o.subtree if r.dep_ == "relcl" and says_that(r)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in r.children)]
    # ("told the agency Efe that talks failed": a that-clause with its own subject, which
    # the parser hung on the listener as a relative with "that" its object)
    told = [r for o in children if o.dep_ in ("dobj", "dative") and verb.lemma_ in ("tell", "inform")
            for r in _that_clauses_on(o)]
    citing = [c for c in children if c.dep_ in ("advcl", "xcomp") and c.lemma_ in _QUOTING_VERBS]
    # (not what is cited itself: "vowed to press on, citing what he called …"; but "reported
    # citing officials that the cabinet will meet", the clause hung on the officials)
    return children + told + [g for c in citing for g in c.children if g.dep_ == "ccomp" and g.left_edge.i > c.i + 1
                              and g.left_edge.tag_ not in ("WP", "WDT", "WRB")] + [
        r for c in citing for o in c.children if o.dep_ == "dobj" for r in _that_clauses_on(o)] + [
        g for a in aired for g in a.children if g.dep_ == "ccomp" and g.i > a.i and says_that(g)] + hung



def _addressee_before(verb: Token, clause: Token, lo: int) -> int:
    """Where the words of a to-clause start (``lo``, after its "to"), with whom it is
    addressed to when that stands right before the "to" ("urged both sides to return to
    talks", "called on Israel to withdraw", "told him to resign": PolNeAR marks them so, and
    the call is to them)."""
    doc = verb.doc
    whom = next((o for c in verb.children if verb.i < c.i < clause.i for o in (
        [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") else [])), None)
    return whom.left_edge.i if whom is not None and whom.right_edge.i + 2 == lo \
        and doc[lo - 1].lower_ == "to" else lo


def _copy_aside(verb: Token) -> tuple[Token, Token] | None:
    """(the aside, the clause after it) where an aside with "of which" between commas parts
    ``verb`` from its that-clause ("said in a statement, a copy of which Safa received, that
    …", translated copy's way of naming who saw the statement), which the parser hangs on the
    aside, or on the speaker before the verb."""
    doc = verb.doc
    if "of which" not in doc_text(doc)[verb.idx:verb.sent.end_char]:
        return None  # (most sentences: no word walked)
    for aside in doc[verb.i + 1:verb.sent.end]:
        if aside.head.i > verb.i or aside.dep_ not in ("dobj", "ccomp", "npadvmod", "appos") \
                or "," not in (doc[aside.left_edge.i].text, doc[aside.left_edge.i - 1].text) \
                or not _names_a_copy(aside):
            continue
        return next(((aside, t) for t in aside.subtree if t.i > aside.i and says_that(t)
                     and doc[t.left_edge.i - 1].text == ","), None)
    return None


def _names_a_copy(aside: Token) -> bool:
    """Whether the phrase ``aside`` heads has a relative "of which" ("a copy of which …")."""
    return any(t.lower_ == "which" and t.head.lower_ == "of" for t in aside.subtree)


def _that_clauses_on(noun: Token) -> list[Token]:
    """The that-clauses with their own subject that the parser hung on ``noun`` as relatives
    ("told the agency Efe that talks failed": "that" no relative pronoun but a conjunction)."""
    return [r for r in noun.children if r.dep_ in ("relcl", "acl") and r.left_edge.lower_ == "that"
            and r.left_edge.dep_ != "nsubj"
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > r.left_edge.i for c in r.children)]


def _introduces_quotation(ctx: _Context, comp: Token, verb: Token) -> bool:
    """Whether the verb of saying ``comp`` opens a quotation of its own before ``verb``
    ('Feinstein said "I don't know …," she said'), not a quoted word it takes as object
    ('expressed "deep regret"')."""
    match = ctx.lexicon.match(comp)
    return match is not None and match[0].kind == "speech" and any(
        re.fullmatch(r"\s*[:,]?\s*", ctx.text[comp.idx + len(comp.text):q.open])
        for q in ctx.quotes_in(comp.idx, verb.idx) if q.open > comp.idx)


def _adjective_clause(ctx: _Context, verb: Token, adjective: Token, speaker: Span,
                      cue: tuple[str, int, int], rank: int) -> list[_Candidate]:
    """The that-clause of "made (it) clear that …", hung on the verb or on the adjective."""
    doc = ctx.doc
    for comp in sorted((c for c in (*adjective.children, *verb.children)
                        if c.dep_ in ("advcl", "ccomp") and c.i > adjective.i), key=lambda c: c.i):
        lo, hi = _token_range(comp.subtree)
        while lo < hi and (doc[lo].dep_ == "mark" or doc[lo].is_punct):
            lo += 1
        start, end = _trim(ctx.text, *ctx.char_range(lo, _clause_end(ctx, comp, lo, hi)))
        if end > start and _has_finite_verb(doc[lo:hi + 1]):
            return [_spoken(ctx, start, end, speaker, cue, rank)]
    return []


def _raised_clause(
    ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int], rank: int
) -> list[_Candidate]:
    """``after Trump told The Washington Post he was “not quite there yet”``, parsed with the
    cue inside the clause it introduces: the clause whose subject follows the addressee and
    whose verb the parser made the cue's head."""
    doc = ctx.doc
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if addressee is None or addressee.right_edge.i + 1 >= verb.sent.end:
        return []
    subject = doc[addressee.right_edge.i + 1]
    clause = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or clause.i < subject.i \
            or verb not in clause.subtree:
        return []
    hi = min(clause.right_edge.i, verb.sent.end - 1)
    start, end = _trim(ctx.text, *ctx.char_range(subject.left_edge.i, hi))
    if end <= start:
        return []
    return [_spoken(ctx, start, end, speaker, cue, rank)]


# Nouns the writer sums up a statement with, in apposition after it.
_CLAIM_NOUNS = frozenset({"claim", "allegation", "assertion", "accusation", "charge", "contention", "version"})
# What a source leaves unsaid, in the writer's "…, without giving further details".
_WITHHOLDING = frozenset({"provide", "give", "elaborate", "specify", "offer", "say", "name", "identify",
                          "disclose", "reveal", "explain", "comment", "mention", "cite", "detail", "share"})


def _clause_end(ctx: _Context, comp: Token, lo: int, hi: int) -> int:
    """Where the content ``[lo, hi]`` headed by ``comp`` ends: before a clause with a
    speaker of its own, and before final punctuation and a dangling conjunction."""
    doc = ctx.doc
    for clause in comp.children:
        if clause.dep_ == "conj" and says_that(clause):
            continue  # ("assured that … and that the operation will continue": said, both)
        # "suggested that …, while Cruz said that …": a contrasting clause with a speaker
        # of its own is no part of what was suggested.
        # (but one with no saying is part of what was said: "the number of martyrs rose to
        # 28,663, while the injured reached 68,395")
        if clause.i > comp.i and _says_otherwise(ctx, clause):
            hi = min(hi, clause.left_edge.i - 1)
        # "said she would win, and Trump says …": a coordinated cue with a subject of
        # its own is a statement of its own.
        # (not a verb that reports only a quotation: "said Israel's goals had not changed and
        # it would continue operating in Gaza" is one statement)
        said = ctx.lexicon.match(clause) if clause.dep_ == "conj" and clause.i > comp.i else None
        if said is not None and (said[0].that_clause or said[0].kind != "speech") \
                and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children):
            hi = min(hi, clause.left_edge.i - 1)
        if clause.dep_ == "conj" and clause.i > comp.i and _outer_conjunct(clause):
            hi = min(hi, clause.left_edge.i - 1)
        # "…, adding that …" hung on the reported clause is a statement of its own
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > comp.i \
                and doc[clause.left_edge.i - 1].text == "," and ctx.lexicon.match(clause) is not None:
            hi = min(hi, clause.left_edge.i - 1)
    # "said Israel would stand alone, after Biden said Washington would stop …": what another
    # speaker said, which the writer gives as the occasion, is no part of it; nor is another
    # source of the same words ("…, as pointed out to Efe a diplomatic source").
    occasion = _said_aside(ctx, comp.subtree, lo, hi)
    if occasion is not None:
        hi = min(hi, occasion.left_edge.i - 1)
    according = _trailing_report(comp)
    if according is not None and lo < according.i <= hi:
        hi = according.i - 1  # (", according to X" reports the saying, not what was said)
    # (nor the figure an "according to" after the words gives the source of: "vowed to
    # continue the war, which has killed more than 40,000 people, according to …")
    figure = _figure_start(doc[hi + 2]) if hi + 2 < len(doc) and doc[hi + 1].text == "," \
        and doc[hi + 2].lower_ == "according" else None
    if figure is not None and lo < figure <= hi:
        hi = figure - 1
    # (nor does "…, without providing further details": the writer's word on the saying)
    held_back = next((t for t in doc[lo + 1:hi + 1] if t.lower_ == "without" and doc[t.i - 1].text == ","
                      and t.right_edge.i >= hi and any(c.tag_ == "VBG" and c.lemma_ in _WITHHOLDING
                                                       for c in t.children)), None)
    if held_back is not None:
        hi = held_back.i - 1
    # (nor the writer's word on the claim, set after it: "claimed it had killed a commander, a
    # claim Hamas did not confirm"; the parser may make the claim the clause's subject)
    comment = next((t for t in doc[lo + 1:hi + 1] if t.lemma_.lower() in _CLAIM_NOUNS
                    and (t.dep_ == "appos" and t.right_edge.i >= hi
                         or t.dep_ == "nsubj" and t.head.dep_ == "relcl" and t.head.right_edge.i >= hi)
                    and doc[t.left_edge.i - 1].text == ","
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)), None)
    if comment is not None:
        hi = comment.left_edge.i - 1
    following = doc[hi + 1] if hi + 1 < len(doc) else None
    subject = _conjunct_subject(following) \
        if following is not None and ctx.lexicon.match(following) is not None else None
    if subject is not None and lo < subject.left_edge.i <= hi:
        hi = subject.left_edge.i - 1  # (and one in four said …: a statement of its own)
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    return hi


def _medium_clause(
    ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int], rank: int
) -> list[_Candidate]:
    """``said in a report that exports fell`` parsed with the that-clause hung on the
    report, ``is telling customers at a breakfast spot that “I need you”`` with it hung on
    the spot: a that-clause under the phrases after the verb is still what was said."""
    doc = ctx.doc
    # (and "wrote on X, formerly Twitter, that …": the clause hung on the aside)
    queue = [c for c in verb.children if c.dep_ in ("prep", "dobj", "dative", "npadvmod") and c.i > verb.i]
    while queue:
        node = queue.pop(0)
        for clause in node.children:
            # (a "that" tagged a relative pronoun is the clause's mark still when the clause
            # misses no object: "in a press conference that Cairo will not allow the
            # collapse", not "in a statement that the group published")
            whole = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and any(
                c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd") for c in clause.children)
            if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" and (c.tag_ == "IN" or whole) for c in clause.children):
                lo, hi = _token_range(clause.subtree)
                hi = _clause_end(ctx, clause, lo, hi)
                while doc[lo].dep_ == "mark" and lo < hi:
                    lo += 1
                start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
                if end > start:
                    return [_spoken(ctx, start, end, speaker, cue, rank)]
        # (down through phrases, never into another verb's clause)
        queue += [c for c in node.children if c.dep_ in ("prep", "pobj", "appos", "dobj", "compound")]
    return []


def _past_relativizer(comp: Token, verb: Token, speaker: Span, lo: int) -> int:
    """Where ``comp``'s content starts when its subtree begins with the relative pronoun of a
    clause the speaker is inside ("which an inquiry said was careless", "detainees that
    the rebels ask the army to free"): its first word after the verb."""
    doc = comp.doc
    if comp.i > verb.i and lo < speaker.start and all(
            t.tag_ in _WH_SUBJECTS or t.lower_ == "that" for t in doc[lo:speaker.start]):
        return min(t.i for t in comp.subtree if t.i > verb.i)
    return lo


def _stance(ctx: _Context, verb: Token, entry: CueVerb, particle: Token | None, speaker: Span,
            cue: tuple[str, int, int]) -> list[_Candidate]:
    """A stance taken on something named, not a statement: "criticized the deal", "called
    for a ceasefire", "refused to meet". The object (of the particle, for phrasal cues) or
    the to-clause is the content; it ranks below any statement over the same words."""
    doc = ctx.doc
    labels = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    # "called the senator “the next Washington”": a quoted apposition of the object
    labels += [a for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
               for a in c.children if a.dep_ == "appos" and a.i > c.i
               and ctx.quote_at(a.idx) is not None and a.left_edge.i > 0
               and a.doc[a.left_edge.i - 1].text in ("“", '"', "''", "``")]
    # ("called what she witnessed ''terrible''": the parser hangs the name on the clause)
    labels += [g for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
               and any(w.tag_ in ("WP", "WDT") for w in c.children)
               for g in c.children if g.dep_ == "oprd" and ctx.quote_at(g.idx) is not None]
    # "characterized him as a person of …", "referred to him as a “reformer”", "accused it
    # of militarizing the sea", "criticized the cabinet for the delays": the phrase after the
    # object says what it is held to be or to have done.
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i] + (
        [c for c in particle.children if c.dep_ == "pobj"] if particle is not None else [])
    held_to_be = ("as",) if entry.needs_label else ("as", "of", "for")  # ("called a strike for Monday")
    if entry.needs_cue_noun:
        # ("raised concerns about …", not "raised their hands for the job")
        objects = [o for o in objects if o.lemma_.lower() in load_cue_words("cue_nouns.csv")]
    # (the parser may hang "as …" on the object: "sees the proposal as a non-starter")
    # ("estimated the crowd at more than 100,000": the figure it is put at)
    as_labels = [c for h in [verb, *objects] for c in h.children if c.dep_ == "prep"
                 and (c.lower_ in held_to_be or c.lower_ == "at" and h.i == verb.i and any(
                     g.dep_ == "pobj" and (g.like_num or g.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"))
                     for g in c.children))
                 and any(g.dep_ in ("pobj", "pcomp", "amod", "acomp") for g in c.children)
                 and (h.i == verb.i or c.lower_ == "as") and any(o.i < c.i for o in objects)] \
        if objects else []
    if objects and not as_labels:
        # ("see the elections held Sunday as a test", "see Trump as most likely to deliver":
        # the parser hangs "as" inside the object or on a clause of its own, under the verb)
        first = min(o.i for o in objects)
        loose = next((t for t in doc[first + 1:min(verb.sent.end, first + 16)] if t.lower_ == "as"
                      and t.dep_ in ("prep", "advmod", "mark") and _under(t, verb)
                      and not (t.dep_ != "prep" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children))),
                     None)  # ("saw the ministers as they left": a time)
        if loose is not None:
            as_labels = [loose if loose.dep_ == "prep" else loose.head]
    if as_labels:
        lo, hi = min(o.left_edge.i for o in objects), max(c.right_edge.i for c in as_labels)
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        if end > start and not (speaker.start <= hi and lo <= speaker.end - 1):
            return [_Candidate(start, end, False, speaker, *cue, 4, kind="stance")]
    if particle is None and labels:
        # "calling him “a total stiff”", "called what she saw “terrible”": what is named and
        # the name it gets, a pronoun included.
        named = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp") and c.i > verb.i]
        # (up to the label's own end: in 'called it "shameful" and called on leaders to …'
        # the parser hung the second clause on the label)
        # (but "called the order “grave and sinister”" keeps both words of the name)
        ends = [min([c.right_edge.i] + [k.i - 1 for k in c.children if k.dep_ in ("cc", "conj")
                                         and k.i > c.i and any(v.dep_ == "conj" and v.pos_ in ("VERB", "AUX")
                                                               for v in c.children)]) for c in labels]
        lo, hi = min(c.left_edge.i for c in named), max(ends)
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        if end > start and not (speaker.start <= hi and lo <= speaker.end - 1):
            return [_Candidate(start, end, False, speaker, *cue, 4, kind="stance")]
    if entry.needs_label:
        # (no name given, no stance: "called a strike")
        return _quoted_name(ctx, verb, speaker, cue)
    if entry.needs_document:
        return _finding(ctx, verb, speaker, cue)
    if particle is not None:
        # "called on the mayor to restart the patrols": the to-clause, not the addressee
        # (the parser may read the to-clause as an adverbial: "calls on both sides to let …")
        objects = [c for c in verb.children if c.i > particle.i and (c.dep_ == "xcomp" or c.dep_ == "advcl"
                   and particle.lower_ in ("on", "upon")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))] + [
            c for c in particle.children if c.dep_ in ("pobj", "pcomp")] + (
            [particle.head] if particle.dep_ == "mark" else [])
    else:
        # "asked Israel to release the prisoners": the to-clause, not the addressee.
        objects = sorted((c for c in verb.children if c.dep_ in ("dobj", "xcomp")),
                         key=lambda c: c.dep_ != "xcomp") or [
            # ("condemned, in the strongest terms, the massacre …": an object after a phrase
            # set off by commas, which the parser left unattached)
            c for c in verb.children if c.dep_ == "dep" and c.pos_ == "NOUN" and c.i > verb.i
            and doc[c.left_edge.i - 1].text == ","]
    for obj in objects:
        if obj.pos_ == "PRON" or obj.tag_ == "DT" and obj.n_lefts + obj.n_rights == 0:
            continue  # "described that", "criticized it": the content is elsewhere
        if verb.lemma_ == "claim" and obj.lemma_.lower() == "life":
            continue  # ("the bombings claimed at least 217 lives": a toll, not a claim)
        if entry.needs_cue_noun and obj.lemma_.lower() not in load_cue_words("cue_nouns.csv"):
            continue
        lo, hi = _token_range(obj.subtree)
        lo = _past_relativizer(obj, verb, speaker, lo)
        if particle is not None and lo <= particle.i:
            lo = particle.i + 1  # (the clause whose mark the particle is)
        if speaker.start <= hi and lo <= speaker.end - 1:
            continue
        if obj.dep_ in ("xcomp", "advcl") and doc[lo].lower_ == "to":
            lo = _addressee_before(verb, obj, lo + 1)
        # ("confirmed the extension in a statement": the parser hung the medium on the object;
        # it is how the stance went out, not what it is about)
        through = next((c for c in obj.children if c.i > obj.i and c.right_edge.i == hi
                        and (m := _medium_of(c)) is not None
                        # ("blamed the attack on an anti-Islamic video": what it is blamed on)
                        and (c.lower_ != "on" or m.pos_ == "PROPN" or m.lower_ in _BROADCASTS)), None)
        medium = _medium_of(through) if through is not None else None
        if through is not None:
            hi = through.i - 1
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        if end > start:
            return [_Candidate(start, end, False, speaker, *cue, 4, kind="stance",
                               relay=doc[medium.left_edge.i:medium.i + 1] if medium is not None else None)]
    return []


# Media words go "on" ("on television"); "on a video" is more often what a thing is blamed on.
_BROADCASTS = frozenset({"television", "tv", "radio", "air", "channel", "account", "broadcast", "website"})


def _quoted_name(ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int]) -> list[_Candidate]:
    """"called Merkel “the Chancellor of the Free World”", "calls the issue “a priority”":
    the parser seldom gives a quoted name its role; a short phrase and then a quotation that
    closes in the sentence are what is named and its name."""
    doc, sent = ctx.doc, verb.sent
    for k in range(verb.i + 2, min(verb.i + 14, sent.end)):
        quotation = ctx.quote_at(doc[k].idx)
        if quotation is None:
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ";", ":", "(") or doc[k].is_sent_start:
                return []  # ("called the meeting to order and said “…”")
            continue
        if quotation.close > sent.end_char or quotation.start <= verb.idx:
            return []
        start, end = _trim(ctx.text, doc[verb.i + 1].idx, quotation.end)
        if end > start and not (speaker.start_char < end and start < speaker.end_char):
            return [_Candidate(start, end, False, speaker, *cue, 4, kind="stance")]
        return []
    return []


def _under(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs under ``verb`` through phrases and modifiers only, not
    through a clause of its own ("asked voters to reject it and characterized it as …")."""
    for head in token.ancestors:
        if head.i == verb.i:
            return True
        if head.dep_ in ("conj", "ccomp", "xcomp", "parataxis", "relcl", "csubj"):
            return False
    return False


def _passive_object(ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int]) -> list[_Candidate]:
    """"The blockade was condemned by the Arab League", "Trump has been criticized by his
    rivals for skipping the state": the passive's subject is what the agent takes a position
    on, with what it is held to be or to have done."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        # "a truce plan backed by Washington", "the proposal, rejected by Hamas, …": the noun
        # the participle describes, up to it.
        lo, hi = verb.head.left_edge.i, verb.left_edge.i - 1
        while hi > lo and ctx.doc[hi].is_punct:
            hi -= 1
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        return [_Candidate(start, end, False, speaker, *cue, 4)] if end > start else []
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in _WH_SUBJECTS:
        return []  # ("it was criticized": the content is elsewhere)
    lo, hi = _token_range(subject.subtree)
    held = max((c.right_edge.i for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("as", "for") and c.i > verb.i), default=hi)
    if not (speaker.start <= held and lo < speaker.end):
        hi = held  # (not when the agent comes between: the content is one span)
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    if end <= start or speaker.start <= hi and lo < speaker.end:
        return []
    return [_Candidate(start, end, False, speaker, *cue, 4)]


def _finding(ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int]) -> list[_Candidate]:
    """What a document shows when it is no clause: "polls show Clinton with a double-digit
    lead", "court filings showing him owing $2 million" — the object and what the verb
    says of it after it."""
    shower = verb.head if speaker.root.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else speaker.root
    if not is_document(shower):
        return []  # ("he showed no remorse"; but "polls that show him leading")
    # (a name the parser took for a clause: "a poll shows Trump at the top with 36 percent")
    objects = [c for c in verb.children if c.i > verb.i and (c.dep_ == "dobj" or c.dep_ == "ccomp" and c.pos_ in (
        "PROPN", "NOUN", "PRON") and not any(g.dep_ in ("nsubj", "aux") for g in c.children))]
    if not objects:
        return []
    lo = objects[0].left_edge.i
    # (What is said of the object may hang on the verb: "data showing him owing $2 million",
    # or be read as a second object: "showing him leading Cruz".)
    said_of = objects[1:] + [c for c in verb.children if c.i > lo and c.dep_ in ("prep", "advcl", "oprd")]
    if objects[0].pos_ == "PRON" and not said_of:
        return []  # ("polls show it")
    hi = max(c.right_edge.i for c in objects + said_of)
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    return [_Candidate(start, end, False, speaker, *cue, 1)] if end > start else []


def _misparsed_clause(
    ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int], rank: int
) -> list[_Candidate]:
    """``says the movement appeals to ...`` parsed as "says [the ... appeals]": a long object
    of a verb of saying that is no addressee is the clause the parser failed to see."""
    doc = ctx.doc
    # (only for verbs that are first of all of saying or thinking, as WordNet files them: "find
    # a way around the rule that bars her", "added 271,000 jobs last month" have real objects)
    kinds = supersenses().get((verb.lemma_.lower(), "v"))
    says_first = not kinds or kinds[0] in ("communication", "cognition")
    for obj in verb.children:
        lo, hi = _token_range(obj.subtree)
        # "say taxing consumption encourages savings": a gerund subject read as the verb's
        # complement, the clause's verb hung under it.
        gerund = obj.dep_ == "xcomp" and obj.tag_ == "VBG" and obj.i == lo \
            and _has_finite_verb(doc[obj.i + 1 : hi + 1])
        long_object = obj.dep_ == "dobj" and obj.pos_ != "PRON" and says_first \
            and obj.ent_type_ not in ("PERSON", "ORG", "NORP") \
            and sum(1 for t in doc[lo : hi + 1] if not t.is_punct) >= 6
        # "said it had targeted militants" read as "said [it had targeted] militants": an
        # object opening with a subject pronoun and an auxiliary is a clause.
        pronoun_clause = obj.dep_ == "dobj" and lo == verb.i + 1 and hi > lo + 1 \
            and doc[lo].lower_ in _SUBJECT_PRONOUNS and doc[lo + 1].tag_ in _FINITE_TAGS
        if not (gerund or long_object or pronoun_clause) or obj.i < verb.i \
                or speaker.start <= hi and lo <= speaker.end - 1:
            continue
        # "told the minister the people share his sorrow" read as "the minister [whom] the
        # people share": the addressee is no part of what was told
        if long_object and verb.lemma_ in _TELLING_VERBS:
            clause = next((c for c in obj.children if c.dep_ == "relcl"
                           and any(g.dep_ == "nsubj" and g.tag_ not in _WH_SUBJECTS and g.lower_ != "that"
                                   for g in c.children)
                           and doc[c.left_edge.i - 1].i == obj.i), None)
            if clause is not None:
                lo = clause.left_edge.i
                if doc[lo].lower_ == "that" and doc[lo].tag_ in ("WDT", "IN") and lo < hi:
                    lo += 1  # ("told a briefing that the envoy would travel": the clause's "that")
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        if end > start:
            return [_Candidate(start, end, False, speaker, *cue, rank)]
    return []


def _adjacent_candidates(
    ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int], rank: int
) -> list[_Candidate]:
    """Quotations right before ``“...,” X said`` or right after ``X said: “...”`` the cue."""
    doc = ctx.doc
    found: list[_Candidate] = []
    sent = verb.sent
    region_start = min(speaker.start, verb.i)
    region_end = max(speaker.end - 1, verb.i)
    # ('“…,” X was quoted as saying', '“…,” RIA quoted X as saying': the quoting verb and
    # whoever quotes are of the cue's clause)
    quoting = verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ in _QUOTING_VERBS
    if quoting:
        owner = verb.head.head
        region_start = min([region_start, owner.i] + [c.left_edge.i for c in owner.children if c.dep_ == "nsubj"])
    first = doc[region_start].idx
    # "Mr. Hedge said “…”, referring to the resorts": the quotation before belongs to the
    # verb this one hangs on.
    ancestors = {a.i for a in verb.ancestors}
    owned = not quoting and any(t.i in ancestors and not speaker.start <= t.i < speaker.end
                                for t in doc[region_start:verb.i])
    for q in ([] if owned else ctx.quotes):
        close = _mark_end(ctx.text, q)
        if q.close <= first and close >= sent.start_char - 1:
            between = ctx.text[q.close : first].replace("'", "")  # (of a '' mark)
            lead = ctx.text[sent.start_char : q.open].rstrip(" \n'")  # ('' marks too)
            # "In an interview on “Face the Nation,” X said": a title, not a quotation.
            opens_clause = q.open < sent.start_char or not lead or lead[-1] in ',:;—–―-(“"'
            # ('“It's a trap.” Critics called it …': a quotation closed by a full stop ended its
            # sentence; the next one's cue is not its)
            ended = ctx.text[q.start:q.close].rstrip(" '\"”’").endswith(".")
            if between.strip(" ,\n") == "" and opens_clause and not ended:
                found.append(_Candidate(q.start, q.end, True, speaker, *cue, rank))
    last = doc[region_end]
    after_cue = last.idx + len(last.text)
    # (a quoted infinitive is the verb's own complement, not what it says, unless the verb
    # reports instructions: 'the operation will continue "to exert military pressure"')
    entry = ctx.lexicon.match(verb)
    infinitive = entry is not None and not entry[0].to_clause
    for q in ctx.quotes:
        if after_cue <= q.open < sent.end_char + 2:
            between = ctx.text[after_cue : q.open].rstrip("'")  # (the first mark of a '')
            if infinitive and not between.strip(" '") and ctx.text[q.start:q.start + 3].lower() == "to ":
                break
            # (a participle of the cue's own may come between: 'Beck joked, again using a
            # Southern accent, “Amen, brother!”')
            if _CUE_TO_QUOTE.match(between) and not any(
                t.pos_ in ("VERB", "AUX") and t != verb and t.lemma_ != "quote"  # ("and I quote,")
                and not (t.tag_ in ("VBG", "VBN") and t.head == verb and t.dep_ in ("advcl", "xcomp"))
                for t in doc.char_span(after_cue, q.open, alignment_mode="expand") or ()
            ):
                found.append(_Candidate(q.start, q.end, True, speaker, *cue, rank))
            break
    return found


def _trailing_clause(ctx: _Context, verb: Token, speaker: Span) -> tuple[int, int] | None:
    """``<clause>, X informed Y.``: the clause before the comma when the parse gave no ccomp."""
    doc = ctx.doc
    sent = verb.sent
    if verb.i < speaker.start or speaker.start - 1 <= sent.start:
        return None
    # (or before the title that runs up to the name: "…, head of the Russian delegation
    # Vladimir Medinsky told reporters")
    comma = doc[speaker.start - 1] if doc[speaker.start - 1].text == "," else _title_comma(doc, speaker.start)
    if comma is None or comma.i <= sent.start:
        return None
    if any(
        t.dep_ in ("ccomp", "dobj") and t.i > verb.i and t.pos_ == "VERB" for t in verb.children
    ):
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        # "said that …, but that if …, he should have informed Congress": a subordinate verb
        # is inside the clause before it, not the cue of that clause.
        return None
    if sum(1 for t in doc[sent.start : comma.i] if not t.is_punct) < 4:
        return None
    opening = sent.start
    while opening < comma.i and (doc[opening].dep_ == "cc" or doc[opening].is_punct):
        opening += 1  # ("And, while Trump boasts …, a trio of PACs reported …")
    # (nor is a headline's topic label what was said: "Sudan: Millions at risk …, UN warns")
    headline = is_headline(sent)
    label = next((t for t in doc[opening:min(opening + 4, comma.i)] if t.text == ":"), None) if headline else None
    opening = label.i + 1 if label is not None and label.i + 1 < comma.i else opening
    if any(t.head == verb and t.dep_ in ("advcl", "prep", "advmod", "npadvmod") and t.left_edge.i == opening
           for t in doc[sent.start : comma.i]) \
            or doc[opening].lower_ == "according":
        # ("According to what a leader told Efe, the movement will respond": an adverbial,
        # wherever the parser hung it, "According to the sources, who asked …,"; but
        # "Russia is ready …, but only if the West lifts …, Lavrov told reporters": a condition
        # of what was told, which the parser hung on the cue)
        return None
    # ("The first convoy … crossed into Gaza on Sunday, the Red Crescent said": the tagger
    # took the clause's verb for a participle of its subject, which it gave the cue too)
    misread = any(c.dep_ == "nsubj" and c.i < comma.i and any(
        a.dep_ == "acl" and a.tag_ in ("VBN", "VBD") and a.i < comma.i for a in c.children) for c in verb.children)
    if not _has_finite_verb(doc[sent.start : comma.i]) and not misread and not headline:
        return None  # (a headline's may have none: "Millions at risk as famine spreads, UN warns")
    # (nor a contrasting clause in which another speaker says something: "The delegation
    # returned without an agreement, while Hamas assured that …, sources informed Efe")
    rival = next((t for t in doc[opening:comma.i] if _says_otherwise(ctx, t)), None)
    end = doc[rival.left_edge.i - 1].idx if rival is not None and rival.left_edge.i - 1 > opening else comma.idx
    return _trim(ctx.text, doc[opening].idx if label is not None else sent.start_char, end)


def _says_otherwise(ctx: _Context, clause: Token) -> bool:
    """Whether ``clause`` is a contrasting clause with a speaker of its own saying something
    ("…, while Cruz said that …"): no part of what another cue reports."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children) and ctx.lexicon.match(clause) is not None


def _anaphoric(ctx: _Context, verb: Token) -> tuple[int, int] | None:
    """``This was stated by the ministry's spokesman``: "this" is the sentence before, which
    is what was stated (a form of translated wire copy)."""
    doc = ctx.doc
    if not any(c.dep_ == "nsubjpass" and c.lower_ in ("this", "that") and c.i < verb.i for c in verb.children) \
            or not any(c.dep_ == "agent" for c in verb.children) or verb.sent.start == 0:
        return None
    before = doc[verb.sent.start - 1].sent
    if sum(1 for t in before if t.is_alpha) < 4 or not _has_finite_verb(before):
        return None
    return _trim(ctx.text, before.start_char, before.end_char)


def _block_after_colon(ctx: _Context, verb: Token, last: Token, speaker: Span, cue: tuple[str, int, int],
                       rank: int) -> list[_Candidate]:
    """``Hewitt writes:`` ending its paragraph: the next paragraph is what was written, a
    block quotation the page set apart without marks."""
    doc = ctx.doc
    colon = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if colon is None or colon.text != ":":
        return []
    following = next((p for p in (doc._.paragraphs or []) if p.start > colon.idx), None)
    gap = ctx.text[colon.idx + 1:following.start] if following is not None else ""
    if following is None or following.kind != "body" or gap.strip() or "\n" not in gap:
        return []
    start, end = _trim(ctx.text, following.start, following.end)
    return [_Candidate(start, end, True, speaker, *cue, rank)] if end > start else []


def _pro_form(ctx: _Context, verb: Token) -> tuple[int, int] | None:
    """The word standing for an earlier statement, which is what was said: "after half said
    so", "64 percent who say the same of Sanders"."""
    doc = ctx.doc
    for word in verb.children:
        if word.i == verb.i + 1 and word.dep_ == "advmod" and word.lower_ == "so":
            hi = word.i
        elif word.i > verb.i and word.dep_ == "dobj" and word.lower_ == "same":
            hi = word.right_edge.i
            after = doc[hi + 1] if hi + 1 < len(doc) else None
            if after is not None and after.lower_ == "of" and after.head in (verb, word):
                hi = after.right_edge.i  # ("the same of Sanders")
        else:
            continue
        return _trim(ctx.text, *ctx.char_range(word.left_edge.i, hi))
    return None


def _parenthetical(
    ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int], rank: int
) -> list[_Candidate]:
    """``Acts of protest, X said, are acts of patriotism``: the clause around the cue.

    The content is the whole clause, parenthetical included, since a content is one span.
    """
    head = verb.head
    sent = verb.sent
    lo, hi = _token_range(head.subtree)
    lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
    # "The truce starts on Sunday, sources said, as did Al Jazeera": nothing of the clause
    # follows the cue but another source.
    after = [t for t in head.subtree if t.i > verb.right_edge.i and not (t.is_punct or t.is_space)
             and not any(t.i in range(c.left_edge.i, c.right_edge.i + 1)
                         for c in head.children if c.dep_ == "advcl" and c.lemma_ == "do")]
    # "Rescue teams cannot reach the villages, officials said, and 200 families are sheltering
    # in schools": a clause joined after the cue is the writer's own addition.
    joined = after and after[0].dep_ == "cc" and after[0].head.i == head.i
    # So is what the wire adds after the cue of the moment it came in: "Strikes killed five
    # people, the ministry said, as mediators pressed both sides …", "…, amid fears of …"
    # (not "as long as", "as soon as": a condition of what was said).
    joined = joined or bool(after) and (
        after[0].dep_ == "mark" and after[0].lower_ == "as" and after[0].head.dep_ == "advcl"
        and after[0].head.head.i == head.i and after[0].nbor(1).lower_ not in ("long", "soon", "well", "much", "far")
        or after[0].dep_ == "prep" and after[0].lower_ in ("amid", "amidst") and after[0].head.i == head.i
        # ("Strikes killed 11 people, the ministry said, a day after Hezbollah fired rockets":
        # when the wire dates the news by another, not what the ministry said)
        or any(c.dep_ == "advcl" and c.left_edge.i == after[0].i and any(
            m.dep_ == "mark" and m.lower_ in ("after", "before", "since") for m in c.children)
            and any(n.dep_ == "npadvmod" and n.i < c.i for n in c.children) for c in head.children))
    if speaker.start > lo and head.i < verb.i and (not after or joined):
        hi = speaker.start - 1
    if not lo < speaker.start and head.i > verb.i and verb.right_edge.i < head.i \
            and head.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD"):
        # "a decision they say allowed terror to spread": what follows, its subject the
        # noun the relative hangs on (the tagger often reads the verb as a participle).
        lo = verb.right_edge.i + 1
    elif not lo < speaker.start or not _has_finite_verb([head]):
        return []
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    return [_spoken(ctx, start, end, speaker, cue, rank)] if end > start else []


def _finite(verb: Token) -> bool:
    """Whether ``verb`` is finite, through its auxiliary too ("the talks will resume")."""
    return _has_finite_verb([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))])


def _finite_above(verb: Token) -> Token:
    """``verb``, or the finite verb whose sentence a participle or infinitive ``verb`` is
    part of ("presented a proposal to extend the truce", "plummeted, wiping out $136
    billion"), also where the parser hung it on the subject or object."""
    while not _finite(verb) and verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("advcl", "acl", "xcomp", "relcl") \
            and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "dobj", "nsubjpass") and verb.head.i != verb.i:
            verb = verb.head
    return verb


def _as_clause(
    ctx: _Context, verb: Token, speaker: Span, cue: tuple[str, int, int], rank: int
) -> list[_Candidate]:
    """``As one adviser pointed out, Hawaii rarely gets two hurricanes``: the clause the
    "as" clause hangs on, without it."""
    head = verb.head
    sent = verb.sent
    inverted = _inverted_subject(verb)  # ("as reported the Egyptian television": the speaker)
    if any(c.dep_ in ("dobj", "ccomp") and c != inverted for c in verb.children):
        return []  # ("as she has maintained her status": a time, not a source; its words are its own)
    # ("… announced a march, calling the ruling a “betrayal”, as they put it in a
    # communiqué", "presented a proposal to extend the truce, as confirmed to Efe by a
    # source": the words came for the sentence the participle or infinitive belongs to)
    citing = _relative_citation(verb) == head  # ("…, as reported by Kan, that cited a source")
    head = _finite_above(head)
    if head.dep_ == "relcl" and not citing \
            and all(t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1:sent.end]) \
            and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," and not _counts_alone(head):
        # ("was blamed for 14 attacks on the army, in which nine soldiers died, as indicated by
        # the ministry": closing the sentence, the source of all of it, as an "according to" is)
        while head.dep_ in ("relcl", "pobj", "prep", "dobj", "appos", "conj") and head.head.i != head.i:
            head = head.head
        head = _finite_above(head)
    if not _finite(head):
        return []
    # ("Qatar informed that X, as pointed out to Efe a source": another source of X; so is
    # one the parser hung on X, "said, as Reuters reported, that X")
    for owner in (head, head.head) if head.dep_ == "ccomp" else (head,):
        said = ctx.lexicon.match(owner)
        if said is not None and said[0].kind == "speech" and verb in _corroborating_clauses(owner, ctx.lexicon):
            return []
    own_lo, own_hi = _token_range(verb.subtree)
    # (a conjunction before the "as" clause, "But as X noted, …", is no part of the content)
    # (nor is the full stop after an "as" clause that ends the sentence)
    # (nor the "that" of a clause another cue reports too: "informed that X, as pointed out to
    # Efe a source": X)
    tokens = [t for t in head.subtree if not own_lo <= t.i <= own_hi and sent.start <= t.i < sent.end
              and not t.is_punct and not t.is_space and not (t.i < own_lo and t.dep_ == "cc")
              and not (t.dep_ == "mark" and t.lower_ == "that" and t.head == head and t.i == head.left_edge.i)]
    if citing:  # (the parser made the citing clause the root: the words are those before)
        tokens = [t for t in tokens if t.i < own_lo]
    if not tokens:
        return []
    # (an "as" clause inside its head's words stays inside the content, as a parenthetical
    # cue does: "Hawaii, as one adviser pointed out, rarely gets two hurricanes")
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    return [_Candidate(start, end, False, speaker, *cue, rank)] if end > start else []


# Hedges that attribute without a source: "is expected to", "seems to", "reportedly".
_EVIDENTIAL_WORDS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared",
                               "expected", "reportedly", "allegedly", "purportedly",
                               "supposedly"})


# Passives of belief and report whose holder the text leaves unnamed: "is believed to hold",
# "are widely seen as strongholds", "is said to be", "is considered a threat".
_PASSIVE_BELIEFS = frozenset({"expect", "believe", "think", "say", "report", "see", "view", "regard",
                              "consider", "rumor", "rumour", "estimate", "presume", "suspect"})


def _passive_belief(token: Token) -> bool:
    """``is expected to pass``, ``is believed to be dead``, ``are widely seen as …``: a passive
    of belief or report with no agent and a complement saying what is held."""
    return token.tag_ == "VBN" and token.lemma_.lower() in _PASSIVE_BELIEFS \
        and any(c.dep_ == "auxpass" for c in token.children) \
        and not any(c.dep_ == "agent" for c in token.children) \
        and any(c.dep_ in ("xcomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as" for c in token.children)


def _evidential(ctx: _Context, token: Token) -> list[_Candidate]:
    """``The House is expected to pass the bill``, ``Trump seemed to appreciate it``,
    ``Google has reportedly looked at Twitter``: the author attributes the content to no
    one; the clause, cue included, is the content (kind ``evidential``, no source)."""
    if token.pos_ == "ADV":
        clause, cue_tokens = token.head, [token]
        if clause.pos_ not in ("VERB", "AUX"):
            return []
    elif token.lemma_ in ("seem", "appear") and token.pos_ in ("VERB", "AUX"):
        that = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if that is not None and that.i > token.i:  # "it seems (that) the public ..."
            lo, hi = _token_range(that.subtree)
            start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
            cue = ctx.text[token.idx:token.idx + len(token.text)]
            return [_Candidate(start, end, False, None, cue, token.idx, token.idx + len(token.text),
                               5, kind="evidential")] if end > start else []
        if not any(c.dep_ in ("xcomp", "acomp", "attr", "oprd") for c in token.children):
            return []  # "appeared in court"
        clause, cue_tokens = token, [token]
    elif _passive_belief(token):
        clause = token
        cue_tokens = [c for c in token.children if c.dep_ == "auxpass"] + [token]
    else:
        return []
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    # The subject to the end of the clause's own words ("… and passed" is another clause).
    after = [c.right_edge.i for c in clause.children
             if c.i > clause.i and c.dep_ not in ("punct", "cc", "conj")]
    lo = max(subject.left_edge.i, clause.sent.start)
    hi = min(max(after, default=clause.i), clause.sent.end - 1)
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    first, last = min(cue_tokens, key=lambda t: t.i), max(cue_tokens, key=lambda t: t.i)
    cue_start, cue_end = first.idx, last.idx + len(last.text)
    if end <= start or not start <= cue_start < end:
        return []
    return [_Candidate(start, end, False, None, ctx.text[cue_start:cue_end], cue_start, cue_end,
                       5, kind="evidential")]


def _word_content(ctx: _Context, word: Token, preposition: str) -> tuple[int, int, Token] | None:
    """The content a cue noun or adjective governs (first and last token) and the cue's
    last token: the object of ``preposition`` ("criticism of the deal"), or with no
    preposition a that- or to-clause ("claim that …", "eager to …"), or with ``that`` a
    that-clause only ("optimistic that …")."""
    doc = ctx.doc
    if preposition and preposition != "that":
        prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == preposition), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) \
            if prep is not None else None
        if obj is None or prep is None:
            return None
        lo, hi = _token_range(obj.subtree)
        return lo, hi, prep
    for clause in word.children:
        if clause.dep_ not in ("acl", "ccomp", "xcomp") or clause.i < word.i:
            continue
        lead = [c for c in clause.children if c.i < clause.i and (
            c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to")]
        lo, hi = _token_range(clause.subtree)
        hi = _clause_end(ctx, clause, lo, hi)
        if preposition == "that" and any(t.lower_ == "to" for t in lead):
            continue  # a that-clause only
        if lead:
            lo = max(lo, max(t.i for t in lead) + 1)
        elif clause.dep_ != "ccomp" or not _has_finite_verb([clause]):
            continue  # ("were certain they would win" has no "that")
        if sum(not t.is_punct for t in doc[lo:hi + 1]) < 3:
            return None  # "the claim that he made": a relative clause
        return lo, hi, word
    return None


def _nominal(ctx: _Context, noun: Token, entries: tuple[tuple[str, str], ...]) -> list[_Candidate]:
    """``Trump's claim that people would learn nothing``, ``his determination to act
    alone``, ``support for Sanders among white voters``: the noun is the cue, its clause or
    object the content, its owner ("Trump's", "his") or ``by``/``from`` phrase the source."""
    received = _received_view(ctx, noun)
    if received is not None:
        return [received]
    for preposition, kind in entries:
        found = _word_content(ctx, noun, preposition)
        if found is None:
            continue
        lo, hi, cue_last = found
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
             for g in c.children if g.dep_ == "pobj"), None)
        cue_first = noun
        voicing = _voicing_verb(noun) if owner is None else None
        if voicing is not None:
            # "Christie repeated accusations that …", "she has no plans to …": the one who
            # voices or holds it, with the verb in the cue.
            # (through "with" the cue is the noun alone: "is making its biggest ad buy to
            # date, with plans to …")
            owner, cue_first = _subject(voicing), voicing if noun.head.i == voicing.i else noun
            if owner is None or owner.tag_ in _WH_SUBJECTS or owner.dep_ == "expl":
                owner, cue_first = None, noun
        speaker = _possessor(owner) if owner is not None else None
        if speaker is None and preposition and preposition != "that":
            continue  # "support for NATO", "questions about X": a position, but no one's
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        cue_start, cue_end = cue_first.idx, cue_last.idx + len(cue_last.text)
        if end > start and (speaker is None or len(speaker)):
            return [_Candidate(start, end, False, speaker, ctx.text[cue_start:cue_end], cue_start,
                               cue_end, 4, kind=kind)]
    return []


# Verbs whose subject draws the view they take from others ("drew criticism from", "faced
# condemnation", "sparked outrage among"): the subject is what the view is of.
_DRAWING_VERBS = RECEIVING_VERBS | {"spark", "provoke", "prompt", "trigger"}
# Nouns of judgment such a verb draws ("911 calls" or "38 percent support" are no view).
_JUDGMENTS = frozenset({"criticism", "condemnation", "praise", "rebuke", "backlash", "outrage", "scorn",
                        "censure", "denunciation", "acclaim", "opposition"})


def _received_view(ctx: _Context, noun: Token) -> _Candidate | None:
    """``The proposal has drawn harsh criticism from Republicans``: those it comes from
    (``from``, ``among``) hold the view, the subject is what it is of, and the verb with the
    noun is the cue, as PolNeAR marks it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _DRAWING_VERBS \
            or noun.lemma_.lower() not in _JUDGMENTS or any(c.dep_ in ("poss", "nummod") for c in noun.children):
        return None  # ("drew his criticism": his own)
    subject = _subject(verb)
    if subject is None or subject.tag_ in _WH_SUBJECTS:
        return None
    # (what the view says, when a that-clause gives it: "faced criticism from rivals that the
    # tenor of his campaign …"; else the subject it is of)
    said = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                 and says_that(c)), None)
    content = ctx.doc[said.left_edge.i + 1:said.right_edge.i + 1] if said is not None else _speaker_span(subject)
    holders = [g for w in (noun, verb) for c in w.children if c.dep_ == "prep" and c.lower_ in ("from", "among")
               and c.i > noun.i for g in c.children if g.dep_ == "pobj"]
    speaker = _speaker_span(holders[0]) if holders else None
    start, end = _trim(ctx.text, *ctx.char_range(content.start, content.end - 1))
    first = _cue_first(verb)
    cue_end = noun.idx + len(noun.text)
    if end <= start or said is None and first.idx < end:
        return None
    # (a view of a phrase, not of what is said in it: "Trump's attack on Clinton drew
    # criticism" keeps Trump's own stance)
    return _Candidate(start, end, False, speaker, ctx.text[first.idx:cue_end], first.idx, cue_end, 4,
                      kind="stance", frame=said is None)


# Verbs whose subject voices or holds the noun they take ("repeated accusations that …",
# "gave assurances that …", "has no plans to …", "entered the debate with an argument that …"),
# unlike those that receive or answer it ("drew complaints that …", "denied the notion that …").
_VOICING_VERBS = frozenset({"repeat", "reiterate", "renew", "give", "make", "offer", "voice", "air",
                            "express", "issue", "level", "have", "share", "enter", "present"})


def _voicing_verb(noun: Token) -> Token | None:
    """The verb of :data:`_VOICING_VERBS` that ``noun`` is the object of (directly or
    through "with"), if any."""
    head = noun.head
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for c in noun.children):
        return None  # ("had the backing of many Democrats": theirs)
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep":
        noun, head = head, head.head
    if noun.dep_ in ("dobj", "prep") and head.pos_ in ("VERB", "AUX") and head.i < noun.i \
            and head.lemma_.lower() in _VOICING_VERBS:
        return head
    return None


def _adjectival(ctx: _Context, adjective: Token, entries: tuple[tuple[str, str], ...]) -> list[_Candidate]:
    """``The senator's advisers were optimistic that he would win``, ``I am glad to see
    it``, ``voters sick of the status quo``: the copula and adjective are the cue, the
    subject the source."""
    verb = adjective.head
    subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.tag_ in _WH_SUBJECTS:
        return []
    speaker = _speaker_span(subject)
    for preposition, kind in entries:
        found = _word_content(ctx, adjective, preposition)
        if found is None:
            continue
        lo, hi, cue_last = found
        start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
        first = min(verb, adjective, key=lambda t: t.i)
        cue_start, cue_end = first.idx, cue_last.idx + len(cue_last.text)
        if end > start and not (speaker.start <= hi and lo < speaker.end):
            return [_Candidate(start, end, False, speaker, ctx.text[cue_start:cue_end], cue_start,
                               cue_end, 4, kind=kind)]
    return []


def _according_to(ctx: _Context, token: Token) -> _Candidate | None:
    """``according to X, <content>`` / ``<content>, according to X``; on a statement with
    its own speaker ("The minister said …, according to a statement from his office") it is
    that statement's relay (:func:`_according_relay`), not a source of its own."""
    doc = ctx.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    figure = _figure_before(token)
    source = _according_object(to)
    if figure is not None and source is not None:
        # ("X said on Wednesday, after a war that has killed more than 46,000 people,
        # according to Gaza health authorities": the toll's source, not the statement's relay)
        told = next((c for c in figure.children if c.dep_ == "pobj"), figure)  # (not its "after")
        start, end = _trim(ctx.text, *ctx.char_range(told.left_edge.i, told.right_edge.i))
        cue_end = to.idx + len(to.text)
        return _Candidate(start, end, False, _speaker_span(source), ctx.text[token.idx:cue_end], token.idx,
                          cue_end, 1) if end > start else None
    back = _points_back(token) if source is not None and not is_accordance(source) else None
    if back is not None and source is not None:
        # ("… says it raised $21 million in January. That's according to fundraising reports
        # …": the source of the sentence before, which "That" stands for; a frame, around
        # whatever statement that sentence reports)
        start, end = _trim(ctx.text, back.start_char, back.end_char)
        cue_end = to.idx + len(to.text)
        return _Candidate(start, end, False, _speaker_span(source), ctx.text[token.idx:cue_end], token.idx,
                          cue_end, 1, frame=True) if end > start else None
    if _said_by_someone(ctx, token.head) \
            or token.head.dep_ == "ccomp" and _trailing_report(token.head) == token \
            and _said_by_someone(ctx, token.head.head):
        return None
    # ("according to what a Hamas leader told Efe": the one who told it, through Efe)
    clause = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ in ("VBD", "VBZ", "VBP")
                   and ctx.lexicon.match(c) is not None), None) if source is None else None
    if source is None and clause is None:
        # ("according to show insiders": a noun the tagger took for a verb, with its object)
        source = next((o for c in to.children if c.dep_ == "pcomp" and c.tag_ in ("VB", "VBP")
                       and c.i == to.i + 1 for o in c.children if o.dep_ == "dobj" and can_speak(o)), None)
    if clause is not None:
        # ("according to explained a government spokesman", translated "según explicó": the
        # speaker after the verb, read as its object)
        source = next((c for c in clause.children if c.dep_ == "nsubj"), None) or next(
            (c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i and can_speak(c)), None)
    if source is None or is_accordance(source):
        return None  # ("pull the lever according to their instinctive preference")
    found = _prepositional(ctx, token, to, source, rank=1)
    if found is not None and clause is not None:
        found.relay = found.relay or relay_of(clause, spoken=True)
    if found is not None:
        _also_according(ctx, found)
    # "According to Israeli media, citing unnamed officials, the cabinet approved …": the
    # officials speak, through the media
    citing, cited = next(((c, o) for c, o in _citations(token.head) if c.i > to.i
                          and c.idx <= (found.start if found is not None else -1)), (None, None))
    if found is not None and citing is not None and cited is not None and found.relay is None:
        found.relay, found.speaker = found.speaker, _speaker_span(cited)
        found.start = max(found.start, _trim(ctx.text, citing.right_edge.idx + len(citing.right_edge), found.end)[0])
    return found


def _points_back(according: Token) -> Span | None:
    """The sentence before "That's according to …" (or "This is …"), whose words the
    demonstrative stands for; None when ``according`` opens no such sentence."""
    doc = according.doc
    verb = according if any(c.lemma_ == "be" and c.i < according.i for c in according.children) \
        else according.head if according.head.lemma_ == "be" and according.dep_ == "prep" else None
    if verb is None or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") and c.i == verb.sent.start
                               and c.i < according.i for c in verb.children):
        return None
    k = verb.sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k].sent if k >= 0 else None


def _also_according(ctx: _Context, found: _Candidate) -> None:
    """"According to two people briefed on the talks, as well as a diplomat in the region,
    the plan …": the diplomat is another source of the same words, not part of them."""
    doc = ctx.doc
    first = doc.char_span(found.start, found.end, alignment_mode="expand")
    if first is None or [t.lower_ for t in first[:3]] != ["as", "well", "as"]:
        return
    comma = next((t for t in first[3:15] if t.text == ","), None)
    if comma is None or comma.i - first.start < 4:
        return
    found.also = [*found.also, doc[first.start + 3:comma.i]]
    found.start = _trim(ctx.text, comma.idx + 1, found.end)[0]


def _according_child(verb: Token) -> Token | None:
    """The "according" of an "according to X" hung on ``verb``."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None)


def _in_document(ctx: _Context, token: Token, lexicon: CueLexicon) -> _Candidate | None:
    """``In a Des Moines Register poll, Cruz had a 10-point lead``, ``<content> in the
    latest CNN poll``, ``in Forbes' words``: the poll, study or words are the source."""
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    # ("trails Clinton in the polls", "in several surveys": a standing, not a source; but "in
    # his words", "in Washington's eyes")
    doc = ctx.doc
    # (but "In exit polls, voters …" opening its sentence is a source)
    opening = token.i == token.sent.start and token.right_edge.i + 1 < len(doc) and doc[token.right_edge.i + 1].text == ","
    if source is None or source.tag_ == "NNS" and source.lower_ not in ("words", "eyes") \
            and not (opening and source.lemma_.lower() in _POLLS) or not is_document(source):
        return None
    poll = source.lemma_.lower() in _POLLS
    # ("took 6 percent of the vote in a Post-ABC poll": a poll closing its sentence, hung on a noun)
    # (and "…, in Bolton's view.")
    closing = (poll or source.lower_ in _OWNED_VIEWS) and token.head.pos_ in ("NOUN", "PROPN") and token.i > token.head.i \
        and all(t.is_punct or t.is_space for t in doc[token.right_edge.i + 1:token.sent.end])
    # ("In a CNN poll, 31% said they …": the poll frames what its respondents said)
    verbal = token.head.pos_ in ("VERB", "AUX")
    said = verbal and lexicon.match(token.head) is not None
    framing = poll and opening and verbal
    if not verbal and not closing and not (poll and opening) or said and not framing:
        return None  # "said in a report": the report relays what the subject said
    found = _prepositional(ctx, token, token, source, rank=3)
    if found is not None and framing and said:
        found.frame = True
    owner = next((c for c in source.children if c.dep_ == "poss"), None) or next(
        (g for c in source.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if found is not None and owner is not None and source.lower_ in _OWNED_VIEWS:
        # ("In Washington's eyes, …", "in his words", "in the view of the mediators": whose
        # eyes, words or view they are speaks, and the cue runs to the noun that says so)
        found.speaker = _possessor(owner)
        cue_end = source.idx + len(source.text)
        found.cue, found.cue_start, found.cue_end = ctx.text[token.idx:cue_end], token.idx, cue_end
    return found


def _said_by_someone(ctx: _Context, verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying with its own subject and something said: a
    clause or a quotation in its sentence (not "added content to the chains")."""
    match = ctx.lexicon.match(verb)
    return match is not None and match[0].kind == "speech" and ctx.quote_at(verb.idx) is None \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and (any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
             or bool(ctx.quotes_in(verb.sent.start_char, verb.sent.end_char)))


def _trailing_report(comp: Token) -> Token | None:
    """The phrase closing the clause ``comp`` that reports the saying, not what was said
    (the parser hangs it on the reported clause): "Egypt warned that an operation would
    threaten the treaty, according to two officials"; "Most said they distrust Congress in a
    Gallup poll (this month)"."""
    doc = comp.doc

    def end(token: Token) -> int:  # (the last word, a day after it aside)
        return max((t.i for t in token.subtree if not t.is_punct and t.ent_type_ not in ("DATE", "TIME")),
                   default=token.i)

    # (the cheap tests first: where the phrase ends is read only of one that could report)
    return next((c for c in comp.subtree if c.dep_ == "prep" and c.i > comp.i
                 and (c.lower_ == "according" and doc[c.i - 1].text == "," or c.lower_ == "in" and any(
                     # (one poll: "his rise in the polls" is a standing)
                     g.dep_ == "pobj" and g.lower_ in _POLLS and g.tag_ == "NN" for g in c.children)
                     or doc[c.i - 1].text == "," and _spoken_for(c) is not None)
                 and end(c) == end(comp)), None)


def _spoken_for(prep: Token) -> Token | None:
    """Who ``prep`` says spoke for the subject, in "…, in the words of its spokesman Hazem
    Qasem" (translated wire copy's "en palabras de")."""
    return next((o for w in prep.children if prep.lower_ == "in" and w.dep_ == "pobj" and w.lower_ == "words"
                 for of in w.children if of.dep_ == "prep" and of.lower_ == "of"
                 for o in of.children if o.dep_ == "pobj"), None)


def _figure_before(according: Token) -> Token | None:
    """The phrase of a figure right before ``according``, both hung on one verb and set off
    by commas ("said on Wednesday, after a war that has killed more than 46,000 people,
    according to …"): what the "according to" gives the source of."""
    doc, head = according.doc, according.head
    if according.i < 2 or doc[according.i - 1].text != ",":
        return None
    phrase = next((c for c in head.children if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < according.i
                   and c.right_edge.i == according.i - 2 and doc[c.left_edge.i - 1].text == ","
                   and any(t.like_num and t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN") for t in c.subtree)),
                  None)
    if phrase is not None:
        return phrase
    # ("Netanyahu vowed to continue the war, which has killed more than 40,000 Palestinians,
    # according to …": a relative clause closing the clause, with a count of its own; its noun)
    clause = doc[according.i - 2]
    while clause.dep_ != "relcl" and clause.head.i < clause.i < according.i and clause.head.i >= head.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != according.i - 2 or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head if _counts_alone(clause) else None


def _is_count(t: Token) -> bool:
    """A number on a noun, or one standing for it ("has left some 150,000 dead")."""
    return t.like_num and t.ent_type_ not in ("DATE", "TIME") and (
        t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN")
        or t.ent_type_ == "CARDINAL" and t.dep_ in ("dobj", "nsubj", "nsubjpass"))


def _counts_alone(clause: Token) -> bool:
    """Whether the relative clause ``clause`` holds a count and its sentence none before it:
    the figure a source closing the sentence gives ("…, which has killed more than 40,000
    Palestinians, according to …"); with one before ("More than 48,000 have been killed
    since …, when the attack left some 1,200 dead, according to …") it gives both."""
    doc = clause.doc
    return any(_is_count(t) for t in clause.subtree) \
        and not any(_is_count(t) for t in doc[clause.sent.start:clause.left_edge.i])


def _figure_start(according: Token) -> int | None:
    """Where the figure ``according`` gives the source of starts (:func:`_figure_before`):
    its phrase, or the relative clause on its noun."""
    figure = _figure_before(according)
    if figure is None:
        return None
    clause = next((c for c in figure.children if c.dep_ == "relcl" and c.right_edge.i == according.i - 2), None)
    return (clause or figure).left_edge.i


def _according_relay(verb: Token) -> Span | None:
    """The source an "according to" on the cue ``verb`` (or closing its clause) gives: the
    statement's relay (not a figure's source: :func:`_figure_before`)."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" and _figure_before(c) is None] + [
        a for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
        for a in [_trailing_report(c)] if a is not None]
    spoken = _spoken_relay(verb, preps)
    if spoken is not None:
        return spoken
    return next((verb.doc[g.left_edge.i:g.right_edge.i + 1] for c in preps
                 for to in (c.children if c.lower_ == "according" else [c]) if to.lower_ in ("to", "in")
                 for g in [_according_object(to)] if g is not None), None)


def _according_object(to: Token) -> Token | None:
    """Whom the "to" of "according to" names: its object, or the agent of "according to what
    was reported by the state newspaper Al Ahram"."""
    return next((c for c in to.children if c.dep_ == "pobj"), None) or next(
        (g for c in to.children if c.dep_ == "pcomp" and c.tag_ == "VBN"
         for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def _spoken_relay(verb: Token, reports: list[Token] | None = None) -> Span | None:
    """Who spoke for the subject of ``verb``, by "…, in the words of X" closing its clause
    (of the phrases ``reports`` that close it, when already found)."""
    if reports is None:
        reports = [a for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   for a in [_trailing_report(c)] if a is not None]
    spoken = next((o for c in reports for o in [_spoken_for(c)] if o is not None), None)
    return _speaker_core(_speaker_span(spoken)) if spoken is not None else None


def _citations(verb: Token) -> list[tuple[Token, Token]]:
    """The "citing X" and "quoting X" clauses hung on ``verb`` whose X speaks, with X; also
    those of :func:`_leading_citations` and :func:`_relative_citation`."""
    relative = _relative_citation(verb)
    return [(c, o) for c in [*(c for c in verb.children if c.dep_ in ("advcl", "xcomp")), *_leading_citations(verb),
                             *([relative] if relative is not None else [])]
            if c.lemma_ in _QUOTING_VERBS for o in c.children if o.dep_ == "dobj" and _cited_source(o)]


def _relative_citation(verb: Token) -> Token | None:
    """The "which cited X" of the one who reported with ``verb`` ("…, reported Kan, which
    cited an official source"; translated copy's "…, as reported by Kan, that cited an official
    source", which the parser makes the root, with the report its adverbial)."""
    reporter = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
        or next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and can_speak(c)), None)
    own = next((c for c in reporter.children if c.dep_ == "relcl" and c.lemma_ in _QUOTING_VERBS), None) \
        if reporter is not None else None
    if own is not None:
        return own
    head = verb.head
    relative = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") and c.i < head.i for c in head.children)
    return head if verb.dep_ == "advcl" and head.lemma_ in _QUOTING_VERBS and head.i > verb.i and relative else None


def _leading_citations(verb: Token) -> list[Token]:
    """The "citing X" the parser hung on the clause ``verb`` reports instead of on ``verb``,
    between the two ("Channel 12 reported, citing a senior official, that the cabinet will
    meet"; "said, citing low growth, that taxes would rise")."""
    return [c for clause in verb.children if clause.dep_ == "ccomp" and clause.i > verb.i
            for c in clause.children if c.dep_ == "advcl" and c.lemma_ in _QUOTING_VERBS
            and verb.i < c.left_edge.i and c.i < clause.i]


def _possessor(owner: Token) -> Span:
    """The phrase of an owner, without its "'s" ("Trump's": Trump)."""
    speaker = _speaker_span(owner)
    return speaker[:-1] if len(speaker) > 1 and speaker[-1].tag_ == "POS" else speaker


def _cited_source(token: Token) -> bool:
    """Whether what is cited speaks ("citing two officials", "citing state media"), rather
    than being evidence the citer gives ("citing data from the State Department", "citing a
    2001 memorandum": the citer still speaks)."""
    return can_speak(token) and not is_document(token)


# How an outlet came by a document it reports: "a report seen by Reuters", "emails obtained
# by the AP", "a letter reviewed by The Times".
_SEEING_VERBS = frozenset({"see", "obtain", "review", "read", "examine", "acquire"})


def _relayed(speaker: Span) -> tuple[Span, Span | None]:
    """A speaker phrase that names its relay too, split into (speaker, relay): "Egyptian
    security sources cited by state media" (the sources speak, state media relay them),
    "the newspaper Haaretz, which cites sources familiar with the talks" (the sources speak,
    through Haaretz)."""
    doc = speaker.doc
    for clause in speaker:
        # ("a confidential U.N. report seen by Reuters": the report speaks, through Reuters)
        seen = clause.lemma_ in _SEEING_VERBS and (is_document(clause.head) or is_medium(clause.head))
        if clause.lemma_ not in _QUOTING_VERBS and not seen or clause.head.i >= clause.i \
                or clause.head.i < speaker.start:
            continue
        before = doc[speaker.start:clause.left_edge.i]
        while len(before) > 1 and before[-1].is_punct:
            before = before[:-1]
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = next((g for a in clause.children if a.dep_ == "agent"
                          for g in a.children if g.dep_ == "pobj"), None)
            if agent is not None:
                # (the outlet's name, not what the text says of it: "estimates cited by the
                # Mediazona outlet, which could not be independently verified")
                end = min([agent.right_edge.i] + [c.left_edge.i - 1 for c in agent.rights
                                                  if c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text == ","])
                while end > agent.i and doc[end].is_punct:
                    end -= 1
                return before, doc[agent.left_edge.i:end + 1]
        if clause.dep_ == "relcl":
            cited = next((o for o in clause.children if o.dep_ == "dobj" and _cited_source(o)), None)
            if cited is not None:
                return doc[cited.left_edge.i:cited.right_edge.i + 1], before
    return speaker, None


def _prepositional(ctx: _Context, token: Token, to: Token, source: Token,
                   rank: int) -> _Candidate | None:
    """The content of a source given by a phrase from ``token`` to the preposition ``to``
    governing ``source``: the clause the phrase hangs on, on the side of its verb."""
    doc = ctx.doc
    speaker, relay = _relayed(_speaker_span(source))
    phrase_lo = token.i
    phrase_hi = max(token.right_edge.i, to.right_edge.i, speaker.end - 1)
    head = token.head
    subject = _apposed_subject(source, head)
    if subject is not None:
        # ("According to the Turkish minister, a “fair peace” is possible …": the parser made
        # the clause's subject the source's apposition; the source ends at the comma)
        comma = subject.left_edge.i - 1
        speaker = doc[speaker.start:comma] if speaker.start < comma else speaker
        phrase_hi = comma
    if phrase_lo <= head.i <= phrase_hi or head.pos_ not in ("VERB", "AUX"):
        head = token.sent.root
    resumes: int | None = None  # (where the clause resumes after a relative clause's comma)
    relative = doc[phrase_hi + 2] if phrase_hi + 2 < token.sent.end and doc[phrase_hi + 1].text == "," else None
    if relative is not None and relative.lower_ in ("who", "that", "which") and relative.dep_ in ("nsubj", "nsubjpass"):
        # ("According to the sources, who requested anonymity, the leadership considers …",
        # "According to the source, that asked the anonymity, the mediators have proposed …",
        # translated copy: the source's relative clause, up to its comma, is part of the
        # phrase, whatever the parser made of it, even the clause the phrase hangs on)
        closing = next((t.i for t in doc[relative.i + 1:token.sent.end] if t.text == ","), None)
        phrase_hi = closing - 1 if closing is not None else relative.head.right_edge.i
        resumes = closing + 1 if closing is not None else None
        if head == relative.head:
            # (the clause after it, which the parser made the relative's head or conjunct)
            head = head.head if head.head.i > phrase_hi else next(
                (c for c in head.children if c.dep_ == "conj" and c.i > phrase_hi), head)
    if head.i > phrase_hi and head.dep_ == "advcl" and head.head.i < phrase_lo and doc[phrase_lo - 1].text == "," \
            and any(c.dep_ == "nsubj" and c.i > phrase_hi for c in head.children) \
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in head.children):
        # ("Some 2,000 trucks are waiting at the crossing, according to the Red Crescent,
        # roughly 600 of them loaded with food": the parser hung the phrase on the absolute
        # clause after it; it reports the sentence's clause)
        head = head.head
    if head.i > phrase_hi and head.dep_ == "conj" and head.head.i < phrase_lo and _between_conjuncts(doc, speaker.end - 1):
        # ("Thousands have been killed this year, according to the UN, and around 7 million
        # are displaced, the IOM says": the phrase closes the first conjunct, its source's)
        head = head.head
    if head.i < phrase_lo and head.tag_ == "VBG" and head.dep_ == "advcl":
        # ("The Dow plummeted, wiping out $136 billion, according to Bloomberg": the
        # sentence the participle closes)
        head = _finite_above(head)
    sent = token.sent
    if head.i < phrase_lo and head.dep_ == "conj" and doc[phrase_lo - 1].text == "," \
            and (head.tag_ in ("VBN", "VBG") or head.tag_ == "VBD" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children)) \
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            and (all(t.is_punct or t.is_space for t in doc[phrase_hi + 1:sent.end]) or phrase_hi + 2 < sent.end
                 and doc[phrase_hi + 1].text == "," and doc[phrase_hi + 2].tag_ == "VBG"
                 and doc[phrase_hi + 2].dep_ == "advcl"):
        # ("… 34,700 have been killed and 78,000 others wounded, according to the health
        # authorities": closing the sentence after a comma, or before a participle's clause
        # only, it reports all of a clause whose last conjunct shares the first one's
        # auxiliary, not only the conjunct the parser hung it on; "…, and 12 people were
        # injured, according to …" is a clause of its own)
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
    if head.i < phrase_lo and head.dep_ == "conj" and head.head.i < head.i and any(
            c.dep_ == "nsubj" and _set_off_participle(head.head, c) for c in head.head.children):
        # ("The proposal, agreed on Sunday by …, provides for a pause, according to X": the
        # parser made the participle the sentence's verb; X reports all of it)
        head = head.head
    span = _content_side(head, phrase_lo, phrase_hi)
    if span is not None and resumes is not None and resumes < span[0] <= resumes + 8:
        span = (resumes, span[1])  # (the clause's subject, which the parser gave the relative clause)
    if (span is None or not _has_finite_verb(doc[span[0]:span[1] + 1])) and head != sent.root:
        # (a phrase the parser hung on a participle, "leads Sanders by 271 pledged delegates
        # according to a count by The AP": the sentence's)
        root_span = _content_side(sent.root, phrase_lo, phrase_hi)
        if root_span is not None and _has_finite_verb(doc[root_span[0]:root_span[1] + 1]):
            head, span = sent.root, root_span
    if span is None and token == sent.root:
        # ("According to a Pew study, eligible voters who are Hispanic skew younger": a verb
        # the tagger missed leaves "according" the root, with the clause hung on it; the
        # phrase ends with its source, the rest of the sentence is the content)
        phrase_hi = max(to.right_edge.i, speaker.end - 1)
        span = (phrase_hi + 1, sent.end - 1) if phrase_lo == sent.start else (sent.start, phrase_lo - 1)
        span = span if span[1] - span[0] >= 2 else None
    if span is None:
        return None
    lo, hi = span
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    if end <= start:
        return None
    cue_end = to.idx + len(to.text)
    cue = (ctx.text[token.idx : cue_end], token.idx, cue_end)
    quote = _direct_from_complement(ctx, start, end, before_cue=head.i < phrase_lo)
    if quote is not None:
        return _Candidate(quote.start, quote.end, True, speaker, *cue, rank=rank, relay=relay)
    if not _has_finite_verb(doc[lo : hi + 1]):
        return None
    return _Candidate(start, end, False, speaker, *cue, rank=rank, relay=relay)


def _apposed_subject(source: Token, verb: Token) -> Token | None:
    """The apposition the parser gave ``source`` that is the subject ``verb`` lacks: after a
    comma, and ending before the verb."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i < source.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    doc = source.doc
    return next((a for a in source.children if a.dep_ == "appos" and a.i > source.i
                 and doc[a.left_edge.i - 1].text == "," and a.right_edge.i < verb.i), None)


def _content_side(head: Token, phrase_lo: int, phrase_hi: int) -> tuple[int, int] | None:
    """The words of ``head``'s clause in its sentence on its side of the phrase from
    ``phrase_lo`` to ``phrase_hi`` that gives the source (None: too short, or no side)."""
    sent = head.sent
    doc = head.doc
    lo, hi = _token_range(head.subtree)
    lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
    if head.i > phrase_hi and lo < phrase_lo - 1 and doc[phrase_lo - 1].text == "," \
            and phrase_hi + 1 < len(doc) and doc[phrase_hi + 1].text == ",":
        # ("The deal's first phase, according to two officials, includes …": set off by
        # commas inside the clause, the phrase reports all of it, one span with it inside)
        return (lo, hi) if hi - lo >= 2 else None
    if head.i > phrase_hi:
        lo = max(lo, phrase_hi + 1)
    elif head.i < phrase_lo:
        hi = min(hi, phrase_lo - 1)
    else:
        return None
    return (lo, hi) if hi - lo >= 2 else None


def _across_semicolon(text: str, cand: _Candidate) -> bool:
    """Whether a semicolon parts reported words from their cue: in "Iran fires missiles at
    Israel; Netanyahu vows response" the first clause is no one's vow."""
    if cand.direct or cand.cue_start is None or cand.cue_end is None:
        return False
    between = text[cand.end:cand.cue_start] if cand.end <= cand.cue_start else text[cand.cue_end:cand.start]
    return ";" in between


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    shorter = min(a.end - a.start, b.end - b.start)
    common = min(a.end, b.end) - max(a.start, b.start)
    return shorter > 0 and common >= 0.5 * shorter


# What a source stands near, not for.
_NEAR_WORDS = frozenset({"close", "near", "familiar", "briefed", "loyal", "opposed", "critical", "around"})


def _actor_for(span: Span | None, actors: Sequence[Actor] | None) -> str | None:
    if span is None or not actors:
        return None
    start, end = span.start_char, span.end_char
    head = span.root.idx
    overlapping = actors_overlapping(actors, start, end)
    root = span.root
    titled = root.lower_ in load_knowledge().titles
    body = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None) if titled else None
    closing = next((a for a in overlapping if a.kind == "person" and a.start > body.idx
                    and a.end >= _speaker_end(span)), None) if body is not None else None
    if closing is not None and not any(a.start <= head < a.end for a in overlapping):
        # ("the Secretary General of the PLO Executive Committee Hussein al-Sheikh": the
        # title, its body, then the person who holds it, in translated copy's order)
        return closing.name
    if root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON") and not titled \
            and not any(a.start <= head < a.end for a in overlapping) \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.children):
        # ("Atiya Abdallah, secretary of the doctors' union": a name the recogniser missed is
        # still who speaks, not the union)
        first = min([root.i] + [c.i for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
        return span.doc[first:root.i + 1].text
    if not overlapping:
        return None
    # Prefer a person at the phrase's head ("Eleni Markou" over "Greek" in "Greek Prime
    # Minister Eleni Markou"), then a person named in apposition, wherever the parser hung it
    # ("The spokesman of the Qatari Foreign Ministry, Majed Al-Ansari"; an office at the head
    # yields to them: "The White House national security spokesman, John Kirby"), then any
    # actor at the head, then one in apposition ("The United Nations agency for Palestinian
    # refugees (UNRWA)"), then the longest.
    named = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in span if c.dep_ == "appos"]
    # (or holding a second title: "Deputy Prime Minister and Foreign Minister Ishaq Dar")
    holders = title_holder(root)
    named += [(c.left_edge.idx, c.idx + len(c)) for c in holders]
    appositive = [a for a in overlapping if any(s <= a.start and a.end <= e for s, e in named)]
    # (a person the source is close to is not the source: "sources close to Green", "people
    # familiar with Katz's thinking"; one it speaks for is: "a spokesman for Netanyahu")
    near = [t.right_edge.idx + len(t.right_edge) for t in root.rights if t.lower_ in _NEAR_WORDS]
    overlapping = [a for a in overlapping if not (a.kind == "person" and any(
        root.idx < a.start < e for e in near))]
    # (nor the one whose kin speaks: "her uncle", "Hind's mother")
    overlapping = [a for a in overlapping if not (root.lemma_.lower() in KIN and any(
        c.dep_ == "poss" and a.start <= c.idx < a.end for c in root.children))]
    # (nor is where an envoy is posted: "The UN envoy to Yemen"; nor a place or party in a
    # relative clause on the source: "The group, which has seized Goma and Bukavu, …")
    posted = posted_where(root) + [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                                   for c in root.rights if c.dep_ == "relcl"]
    text = doc_text(span.doc)
    overlapping = [a for a in overlapping if not any(s <= a.start < e for s, e in posted)
                   and not backs(text, a.end)]  # (nor a backer: "The Rwanda-backed group")
    if near and root.lower_ in ("people", "person", "persons", "individuals"):
        # ("two people familiar with the matter": insiders, not the public "people" names)
        overlapping = [a for a in overlapping if not (a.kind == "group" and a.start <= head < a.end)]
    if not overlapping:
        return None
    # (of coordinated speakers the first: "The State of Qatar, the Arab Republic of Egypt and
    # the United States of America affirmed …" is Qatar's statement first, not the longest
    # name's; the parser makes the second of such a list an apposition of the first)
    joined = min((c.left_edge.idx for c in root.children if c.i > root.i and c not in holders and (c.dep_ in ("conj", "cc") or (
        c.dep_ == "appos" and any(g.dep_ in ("conj", "cc") for g in c.children)))), default=end)
    # (a group named deeper after the head is what the body deals with, not whose it is:
    # "Ukraine's coordination headquarters for the treatment of prisoners of war" is Ukraine's;
    # but "20 percent of people in a poll" are people)
    members = [g.idx for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    overlapping.sort(key=lambda a: (not (a.kind == "person" and a.start <= head < a.end), not (
        a.kind == "person" and a in appositive), not (a.start <= head < a.end), a.start >= joined,
        a not in appositive, a.kind == "group" and a.start > head and not any(a.start <= m < a.end for m in members),
        -(a.end - a.start)))
    return overlapping[0].name


def _body_ranges(doc: Doc) -> list[tuple[int, int]]:
    paragraphs: list[Paragraph] | None = doc._.paragraphs
    if paragraphs is None:
        return [(0, len(doc_text(doc)))]
    return [(p.start, p.end) for p in paragraphs if p.kind == "body"]


def _verb_candidates(ctx: _Context, token: Token, lexicon: CueLexicon) -> list[_Candidate]:
    """What the cue verb ``token`` attributes, and to whom."""
    doc = ctx.doc
    match = lexicon.match(token)
    if match is None or asks_anonymity(token) or _connective(token):
        return []  # ("who asked not to be named": sourcing, not a stance)
    if token.dep_ in ("advcl", "xcomp") and token.head.dep_ in ("advcl", "relcl", "acl") \
            and _anonymity_terms(token.head, besides=token):
        # ("speaking on condition of anonymity to discuss private talks", "who was not
        # authorized to discuss …": what the source spoke unnamed to do; not "as confirmed …
        # by a source …, who requested anonymity", whose terms are the source's)
        return []
    entry, particle = match
    if entry.kind == "none":
        return []  # (a word the lexicon lists as no cue: "plans to visit" is an intention)
    if token.dep_ == "pcomp" and token.head.lower_ == "without" \
            or token.dep_ == "xcomp" and token.head.lemma_.lower() in _REFUSING:
        # ("reported, without citing sources, …", "left without saying a word"; "declined to
        # say when they would meet": nothing said, the refusal is the stance)
        return []
    if token.lemma_ in _QUOTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pcomp" and lexicon.match(g) is not None for g in c.children) for c in token.children):
        return []  # ("X was cited by Anadolu as saying …": the saying's cue, not a stance of Anadolu's)
    if token.lemma_ in _QUOTING_VERBS and (
            token.dep_ in ("advcl", "relcl", "xcomp") and (lexicon.match(token.head) is not None or token.dep_ == "relcl"
                                                  or _according_child(token.head) is not None
                                                  # ("reported, citing X, that …": hung on the clause)
                                                  or token.head.dep_ == "ccomp" and token.i < token.head.i
                                                  and lexicon.match(token.head.head) is not None)
            and any(o.dep_ == "dobj" and _cited_source(o) for o in token.children)
            or token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children)
            or any(c.dep_ == "advcl" and _relative_citation(c) == token for c in token.children)):
        # ("Citing sources close to the talks, Channel 12 said", "sources cited by state
        # media", "as reported by Kan, that cited a source": sourcing, not a stance; "X said,
        # citing low growth" is X's stance)
        return []
    if entry.kind == "speech" and entry.that_clause:
        closing = _closing_inverted(ctx, token)
        if closing is not None:
            return [closing]
    subject = _subject(token)
    quotation = ctx.quote_at(subject.idx) if subject is not None else None
    if quotation is not None:
        # "“Meh,” wrote a supporter who …": the parser made a quoted word a subject too.
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i > token.i
                        and ctx.quote_at(c.idx) is None), None)
        if subject is None and quotation.close <= token.idx:
            # "“…,” Mr. Daniloff, now 81 and retired in Cambridge, said": the parser gave the
            # name to another verb and the cue the quotation's subject; the first subject
            # between the quotation and the cue is the speaker.
            subject = next((t for t in doc[token.sent.start:token.i] if t.idx >= quotation.close
                            and t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN")), None)
    if subject is not None and token.dep_ == "relcl" and subject.lemma_.lower() in _CLAIM_NOUNS:
        # ("…, a claim Ukraine's military did not confirm": the parser made the clause's
        # subject the claim's apposition)
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), subject)
    if subject is not None and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") for c in subject.children):
        # "Hundreds of activists protested outside …, and organizers said": a clause read as
        # the first subject's modifier; the speaker is the conjunct right before the cue.
        subject = max((c for c in subject.children if c.dep_ == "conj" and c.i < token.i
                       and c.i >= 2 and doc[c.i - 2].text == "," and doc[c.i - 1].dep_ == "cc"),
                      key=lambda c: c.i, default=subject)
    if subject is None or subject.lower_ == "that" and subject.i == token.i - 1 \
            and token.i + 1 < len(doc) and doc[token.i + 1].text == ",":
        return []  # ("That said, …" is "nevertheless")
    if _set_off_participle(token, subject):
        return []
    speaker, carrier = _relayed(_speaker_span(subject))
    before = [q for q in ctx.quotes_in(speaker.start_char, subject.idx) if q.close < subject.idx]
    if before:
        # (a name the parser made the root of its sentence spans the quotation before it)
        after = next((t for t in doc[speaker.start:subject.i + 1] if t.idx > max(q.close for q in before)), subject)
        speaker = doc[after.i:speaker.end]
    if speaker.start <= token.i < speaker.end:
        # "Republicans supporting the deal", "sources, who said …": the words before the cue
        speaker = _speaker_core(speaker)
        speaker = doc[speaker.start:min(speaker.end, token.i)]
        if not len(speaker):
            return []
    # The cue is the verb with the auxiliaries and adverbs right before it ("has
    # said", "also discussed", "would have described"), and its particle.
    # ("was quoted as saying": the cue begins with the passive that reports the saying)
    verb = token.head.head if token.dep_ == "pcomp" and token.head.lower_ == "as" \
        and token.head.head.tag_ == "VBN" and token.head.head.lemma_ in _QUOTING_VERBS else token
    first = _cue_first(verb)
    last_cue = particle if particle is not None else token
    cue = (ctx.text[first.idx:last_cue.idx + len(last_cue.text)], first.idx,
           last_cue.idx + len(last_cue.text))
    # "The agency quoted the minister as saying …": the minister speaks, through the agency,
    # and the cue is "quoted" (the words up to "saying" name the minister).
    quoter = _active_quoter(token)
    if quoter is not None:
        owner = token.head.head
        cue = (owner.text, owner.idx, owner.idx + len(owner.text))
    passive = any(c.dep_ == "agent" for c in token.children) and subject.head.dep_ == "agent"
    rank = 2 if passive else 0
    found_here = _complement_candidates(ctx, token, entry, speaker, cue, rank) \
        if particle is None or particle.pos_ != "ADJ" else _adjective_clause(ctx, token, particle, speaker, cue, rank)
    if not found_here:
        # (Not when the verb has a clause of its own: in "“…,” X wrote, adding that …" the
        # quotation is what was written, the clause what was added.)
        found_here = _adjacent_candidates(ctx, token, speaker, cue, rank)
    if not found_here and entry.that_clause:
        found_here.extend(_block_after_colon(ctx, token, last_cue, speaker, cue, rank))
    if not found_here and entry.that_clause and token.dep_ == "parataxis":
        found_here.extend(_parenthetical(ctx, token, speaker, cue, rank))
    if not found_here and entry.that_clause and token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        found_here.extend(_as_clause(ctx, token, speaker, cue, rank))
    if not found_here and entry.that_clause:
        clause = _trailing_clause(ctx, token, speaker) or _pro_form(ctx, token) or _anaphoric(ctx, token)
        if clause is not None:
            found_here.append(_Candidate(clause[0], clause[1], False, speaker, *cue, rank))
    if not found_here and entry.noun_content and passive \
            and not (entry.needs_cue_noun or entry.needs_label or entry.needs_document):
        found_here.extend(_passive_object(ctx, token, speaker, cue))
    if not found_here and entry.noun_content:
        found_here.extend(_stance(ctx, token, entry, particle, speaker, cue))
    if entry.kind == "stance":
        for found in found_here:
            found.kind, found.rank = "stance", max(found.rank, 4)
    corroborating = _corroborating_clauses(token, lexicon) if found_here else []
    also = _corroborators(corroborating)
    # ("rules that promise cleaner air": a "that" is read as part of the clause, PolNeAR's way
    # too, and the antecedent speaks)
    pronoun = next((c for c in token.children if c.dep_ == "nsubj" and c.tag_ in _WH_SUBJECTS
                    and c.lower_ != "that"), None) if token.dep_ == "relcl" else None
    if pronoun is not None and subject.i != _of_whom(token.head, personal=pronoun.lower_ == "who").i:
        pronoun = None
    # "Quoting a senior official, Al Arabiya reported …": the official speaks, through Al Arabiya.
    quoted = next((o for _, o in _citations(token)), None)
    leading = _leading_citations(token)
    # (most texts have no "in the words of": no clause is walked for it)
    according = _according_relay(token) if _said_by_someone(ctx, token) \
        else _spoken_relay(token) if "words of" in ctx.text else None
    # ("Asked whether the talks had collapsed, Nofal said …": the question is someone
    # else's — whoever asked it — not the answerer's)
    unasked = token.lemma_ == "ask" and token.tag_ == "VBN" and token.dep_ == "advcl" \
        and not any(c.dep_ == "agent" for c in token.children)
    # ("officials told Reuters that …, according to Al Arabiya": Reuters heard them; the
    # other outlet gives the same words too)
    told = relay_of(token, spoken=True) if according is not None and carrier is None and quoter is None else None
    for found in found_here:
        found.also, found.also_cues = also, [c.i for c in corroborating]
        if told is not None and according is not None and found.relay is None:
            # (an "according to" inside the quotation is what was said, not a second outlet)
            inside = found.start <= according.start_char < found.end
            found.relay, found.also = told, also if inside else [*also, according]
        found.relay = found.relay or according or carrier or quoter
        if unasked:
            found.speaker, found.kind = None, "question"
            # (up to the comma that closes it: the parser may hang its last word on the
            # answerer, "… before Ramadan, Qatari spokesman …")
            rest = [t for t in doc[token.i:token.sent.end] if t.idx >= found.end][:4]
            comma = next((t for t in rest if t.text == ","), None)
            if comma is not None and all(t.pos_ in ("PROPN", "NOUN", "NUM") for t in rest[:rest.index(comma)]):
                found.end = _trim(ctx.text, found.start, comma.idx)[1]
            continue
        for citing in leading:
            if found.start <= citing.idx:
                # ("reported, citing X, that …": the clause begins after the citation, its
                # comma and its "that")
                begins = next((t for t in doc[citing.right_edge.i + 1:citing.sent.end]
                               if not (t.is_punct or t.dep_ == "mark")), None)
                if begins is not None and begins.idx < found.end:
                    found.start = begins.idx
        if quoted is not None and found.kind == "speech" and found.speaker == speaker:
            found.speaker, found.relay = _speaker_span(quoted), speaker
            continue
        if pronoun is not None and found.speaker == speaker:
            # "Mr. Sanders, who said …": the text names the source "who", resolved like "he".
            found.speaker, found.antecedent = doc[pronoun.i:pronoun.i + 1], speaker
    return found_here


def _set_off_participle(verb: Token, subject: Token | None = None) -> bool:
    """Whether the parser read a participle set off by commas as the verb of the sentence:
    "The proposal, agreed on Sunday by the intelligence chiefs, provides …" (the proposal
    says nothing; those who agreed it are the agent; but "“…,” Ms. Adeyemi, now 67, said by
    telephone" is hers). ``subject`` is the verb's (found when not given)."""
    if not any(c.dep_ == "agent" for c in verb.children) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = subject if subject is not None else _subject(verb)
    return subject is not None and subject.dep_ == "nsubj" and subject.i < verb.i and not _holds_views(subject) \
        and any(t.text == "," for t in verb.doc[subject.i + 1:verb.i])


def _active_quoter(verb: Token) -> Span | None:
    """Who quotes the speaker of ``verb`` in "Al Arabiya quoted the minister as saying …"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_ not in _QUOTING_VERBS:
        return None
    owner = verb.head.head
    subject = next((c for c in owner.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "dobj" for c in owner.children):
        return None
    return _speaker_span(subject)


def _corroborators(clauses: list[Token]) -> list[Span]:
    """The other sources that the ``clauses`` of :func:`_corroborating_clauses` give for
    what a cue reports: "… told Reuters and as also reported by state television", "a view
    also expressed by the ministry", "…, as did the army"."""
    found: list[Span] = []
    for clause in clauses:
        source = next((g for c in clause.children if c.dep_ == "agent" for g in c.children
                       if g.dep_ == "pobj"), None) if clause.lemma_ != "do" else next(
            (c for c in clause.children if c.dep_ == "nsubj"), None)
        source = source or _inverted_subject(clause) or _as_reporter(clause)
        if source is not None:
            span = _speaker_core(_speaker_span(source))
            comma = next((t.i for t in span if t.text == "," and t.i > source.i), span.end)
            found.append(span.doc[span.start:comma])  # (not "…, close to the Jordanian palace")
    return found


def _as_reporter(clause: Token) -> Token | None:
    """The subject of an "as" clause of saying that has no words of its own to say ("As TASS
    reported earlier", "as Reuters reported"): whoever reports the sentence's statement too;
    None when it says something ("as she has maintained her status") or has no named subject."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
        return None
    # (not a pronoun: "As you know, …", "As they say in the brochures, …" are turns of phrase)
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _set_off(clause: Token) -> bool:
    """Whether ``clause`` stands apart from its sentence: opening it or after a comma, and
    closing it or before a comma ("As TASS reported, …", "…, as Reuters reported."; not
    "Cruz said as the heckler yelled: …", a time, nor a clause with words of its own)."""
    doc, lo, hi = clause.doc, clause.left_edge.i, clause.right_edge.i
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    before = lo == clause.sent.start or doc[lo - 1].text == ","
    after = doc[hi + 1:clause.sent.end]
    return before and (not len(after) or after[0].text in (",", ".") or all(t.is_punct or t.is_space for t in after)
                       and not any(t.text in (":", "\"", "“") for t in after))


def _as_aside(comp: Token, lo: int, lexicon: CueLexicon) -> Token | None:
    """The "as" clause of saying, set off by commas, that opens the words ``comp`` heads at
    token ``lo`` ("said, as Reuters reported, that 12 people had died"; not "as the ties
    deepen, …", a time)."""
    doc = comp.doc
    aside = next((c for c in comp.children if c.dep_ == "advcl" and c.left_edge.i == lo and c.i < comp.i
                  and doc[lo].lower_ == "as" and doc[lo].head == c), None)
    end = aside.right_edge.i if aside is not None else 0
    if aside is None or doc[end].text != "," and (end + 1 >= len(doc) or doc[end + 1].text != ","):
        return None
    said = lexicon.match(aside)
    return aside if said is not None and said[0].kind == "speech" and _as_reporter(aside) is not None else None


def _corroborating_clauses(verb: Token, lexicon: CueLexicon) -> list[Token]:
    """The clauses of :func:`_corroborators`: a participle of saying with a ``by`` agent,
    coordinated with the cue or describing its object, and "as did X" after the cue."""
    def said_by(token: Token) -> bool:
        return token.tag_ == "VBN" and lexicon.match(token) is not None \
            and any(c.dep_ == "agent" for c in token.children)

    def also(token: Token) -> bool:
        return any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise") for c in token.children)

    def as_said(token: Token) -> bool:  # (translated copy's "…, as pointed out to Efe a source")
        # (or a source of its own before or after the cue: "As TASS reported earlier, the
        # ministry said that …", "The ministry said, as Reuters reported, that …")
        return token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in token.children) \
            and (said := lexicon.match(token)) is not None and said[0].kind == "speech" \
            and (_inverted_subject(token) is not None and token.i > verb.i
                 or _as_reporter(token) is not None and _set_off(token))

    found = [c for c in verb.children if c.dep_ in ("conj", "advcl") and said_by(c) or as_said(c)]
    # (an "as" clause set off inside the words the parser hung on their verb: "said, as Reuters
    # reported, that …", "said 12 people had died, as Reuters reported")
    found += [c for comp in verb.children if comp.dep_ == "ccomp" and comp.i > verb.i for c in comp.children
              if as_said(c) and _as_reporter(c) is not None and (
                  _as_aside(comp, c.left_edge.i, lexicon) == c or c.i > comp.i and verb.doc[c.left_edge.i - 1].text == ",")]
    # (what describes the object says so too only when it says "also": "a view also expressed
    # by the ministry", not "rejected the amendments proposed by Hamas")
    found += [a for c in verb.children if c.dep_ in ("dobj", "appos", "npadvmod") and c.i > verb.i
              for a in c.children if a.dep_ == "acl" and said_by(a) and also(a)]
    # "…, sources said, as did Al Jazeera": the "as" clause may hang on the cue's head
    for owner in (verb, verb.head) if verb.dep_ == "parataxis" else (verb,):
        found += [c for c in owner.children if c.dep_ == "advcl" and c.lemma_ == "do"
                  and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]
    return found


_IRREGULAR_PASTS = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def _inverted_cue(ctx: _Context, token: Token) -> list[_Candidate]:
    """``Replied State Department spokesman Richard Boucher, “…”``: a verb of saying opening
    its sentence before its speaker, which the tagger read as the first word of the name."""
    doc = ctx.doc
    lemma = _IRREGULAR_PASTS.get(token.lower_) or next(
        (stem for stem in _stems(token.lower_) if stem in ctx.lexicon.verbs), None)
    if lemma is None or not any(e.kind == "speech" for e in ctx.lexicon.verbs.get(lemma, ())):
        return []
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i == token.i:
        return []
    end = head.idx + len(head.text)
    quote = next((q for q in ctx.quotes if q.open >= end
                  and re.fullmatch(r"\s*[,:]\s*", ctx.text[end:q.open])), None)
    if quote is None:
        return []
    return [_Candidate(quote.start, quote.end, True, doc[token.i + 1:head.i + 1], token.text, token.idx,
                       token.idx + len(token.text), 0)]


def _misread_cue_verb(token: Token, lexicon: CueLexicon) -> bool:
    """``…, O'Keefe notes.``: a cue verb the tagger read as a plural noun at the root, with the
    name made its compound and the statement its complement; or with its subject before it
    (``UN chief calls for immediate ceasefire``, :func:`~dateline.events.read_as_noun`)."""
    return token.dep_ == "ROOT" and token.tag_ in ("NNS", "NNPS") and token.i > 0 \
        and lexicon.match(token) is not None \
        and (any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)
             and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1 for c in token.children)
             or read_as_noun(token))


def _rehang_quoted_as(doc: Doc, lower: numpy.ndarray) -> None:
    """"…, Foreign Minister Abbas Araqchi was quoted by state news agency IRNA as saying": the
    parser may hang "as saying" on the agency's name; it is the quoting verb's, and is made so.
    (``lower``: the doc's LOWER array, so that "as" is found without a Token made per word.)"""
    for i in numpy.flatnonzero(lower == doc.vocab.strings["as"]).tolist():
        token = doc[i]
        if token.dep_ == "prep" and token.head.pos_ != "VERB" \
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children):
            owner = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if owner is not None and owner.tag_ == "VBN" and owner.lemma_ in _QUOTING_VERBS \
                    and any(c.dep_ == "agent" and c.i < token.i for c in owner.children):
                token.head = owner


def _rehang_outlet_read_as_verb(doc: Doc, lexicon: _DocumentLexicon, lower: numpy.ndarray) -> None:
    """Translated copy's "confirmed to Efe the understanding" ("confirmó a Efe el
    entendimiento"): the parser reads "to Efe" as an infinitive, or hangs the cue's object
    on the agency; the agency is whom the words went to, and the rest is the cue's again."""
    for i in numpy.flatnonzero(lower == doc.vocab.strings["to"]).tolist():
        if i + 1 >= len(doc) or not is_agency(doc[i + 1].text):
            continue
        to, outlet = doc[i], doc[i + 1]
        speaker = outlet.head
        if outlet.dep_ in ("nmod", "compound", "amod") and speaker.dep_ == "pobj" and speaker.head == to \
                and speaker.i > outlet.i and lexicon.match(to.head) is not None and to.head.i < i:
            # ('“…”, stated to Efe a Hamas leader': the agency read as a modifier of the
            # speaker after it, the speaker as the object of "to": the speaker is the cue's
            # inverted subject, the agency whom it spoke to)
            outlet.head, outlet.dep_, outlet.pos_, outlet.tag_ = to, "pobj", "PROPN", "NNP"
            speaker.head, speaker.dep_ = to.head, "dobj"
            continue
        read_as_verb = outlet.tag_ == "VB" and to.head == outlet
        # (or it reads the agency right and hangs the object on it: "confirmed to Anadolu the
        # agreement"; or the speaker, in apposition: "said to Efe a Hamas leader")
        cue = outlet.head if read_as_verb else to.head if outlet.head == to else outlet
        hung = [c for c in outlet.children if c.i > outlet.i and (
            c.dep_ == "dobj" or c.dep_ == "appos" and c.left_edge.i == outlet.i + 1)]
        if cue.i > i or lexicon.match(cue) is None or not read_as_verb and not hung:
            continue
        for child in list(outlet.children):
            if child.i > outlet.i:
                child.head = cue
                child.dep_ = "dobj" if child in hung else child.dep_
        to.head, to.dep_ = cue, "prep"
        outlet.head, outlet.dep_, outlet.pos_, outlet.tag_ = to, "pobj", "PROPN", "NNP"


def _rehang_trailing_cue_read_as_participle(doc: Doc, lexicon: _DocumentLexicon) -> None:
    """"Up to 15,000 people were killed in El Geneina, UN experts estimated in a report": the
    parser reads the source closing the sentence as a noun phrase hung on its verb and the cue
    as a participle describing it; the cue is the sentence's verb, the source its subject and
    the clause before the comma what it says."""
    # (only the participles hung on nouns, read off the doc's arrays: one Token object a word
    # was a cost on every text)
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["acl"]).tolist():
        verb = doc[i]
        if verb.tag_ not in ("VBN", "VBD") or any(
                c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass", "dobj", "ccomp") for c in verb.children):
            continue
        noun, said = verb.head, lexicon.match(verb)
        first = next((t for t in noun.subtree if not t.is_punct), noun)
        if said is None or said[0].kind != "speech" or not said[0].that_clause or noun.i > verb.i \
                or noun.dep_ not in ("npadvmod", "appos", "dobj", "attr", "oprd") or first.i < 1 \
                or doc[first.i - 1].text != "," or not all(
                    t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1:verb.sent.end]):
            continue
        if not (_is_people(noun) or noun.ent_type_ in ("ORG", "GPE")):
            continue  # ("…, a claim repeated on Tuesday": no one)
        # (hung on the verb or on a noun of its clause: "people …, UN experts estimated")
        main = noun.sent.root
        if main.i > noun.left_edge.i or main.pos_ not in ("VERB", "AUX") or main not in noun.ancestors:
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        main.head, main.dep_ = verb, "ccomp"
        noun.head, noun.dep_ = verb, "nsubj"
        for child in list(main.children):
            if child.i > noun.i or child.is_punct and child.i == first.i - 1:
                child.head = verb  # (the comma before the source and the stop: the cue's)


def _rehang_closing_source_read_as_apposition(doc: Doc, lexicon: _DocumentLexicon) -> None:
    """"Talks in Cairo on a truce ended on Tuesday without a breakthrough, a source close to
    Hamas told AFP": the parser reads the sentence before the comma as the cue's subject, its
    verb a clause describing one of its nouns, and the source as the subject's apposition; the
    clause is what was said, the source the cue's subject."""
    # (only the appositions, read off the doc's arrays)
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["appos"]).tolist():
        source = doc[i]
        subject, verb = source.head, source.head.head
        comma = source.left_edge.i - 1
        if subject.dep_ != "nsubj" or not subject.i < comma < source.i < verb.i or doc[comma].text != "," \
                or not all(t.dep_ == "advmod" for t in doc[source.right_edge.i + 1:verb.i]):
            continue
        said = lexicon.match(verb)
        if said is None or said[0].kind != "speech" or not said[0].that_clause or not _is_people(source):
            continue
        # (a finite verb, no relative's, describing a noun of the subject: the sentence's own)
        main = next((t for t in doc[subject.i + 1:comma] if t.dep_ in ("acl", "relcl")
                     and t.tag_ in ("VBD", "VBZ", "VBP") and not any(
                         c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in t.subtree if c.i < t.i)), None)
        if main is None or main.head.i < subject.i:
            continue
        main.head, main.dep_ = verb, "ccomp"  # (first: the subject is still above it)
        subject.head = main
        source.head, source.dep_ = verb, "nsubj"
        doc[comma].head = verb


def _rehang_closing_source_read_into_the_clause(doc: Doc, lexicon: _DocumentLexicon) -> None:
    """"Hundreds of families were sleeping in the open, aid workers said.": the parser may read
    the source after the comma as part of a phrase of the clause before it ("the open, aid
    workers") and leave the cue with no subject; the words after the comma are the cue's
    subject, and the phrase before it ends at the comma."""
    # (the roots, read off the doc's arrays: a Span made per sentence was a cost on long texts)
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["ROOT"]).tolist():
        verb = doc[i]
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        children = list(verb.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) \
                or not any(c.dep_ == "ccomp" and c.i < i for c in children):
            continue
        said = lexicon.match(verb)
        if said is None or said[0].kind != "speech" or not said[0].that_clause:
            continue
        sent = verb.sent
        comma = next((t.i for t in reversed(doc[sent.start:verb.i]) if t.text == ","), None)
        if comma is None or not 0 < verb.i - comma - 1 <= 6:
            continue
        phrase = doc[comma + 1:verb.i]
        heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
        if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX", "PUNCT", "PRON") for t in phrase):
            continue
        source = heads[0]
        if source.pos_ not in ("NOUN", "PROPN") or source.head.i > comma or not _is_people(source) \
                or verb not in source.ancestors:
            continue
        # (the words before the comma the parser gave the source: the last of them heads them)
        before = [t for t in source.children if t.i < comma and not t.is_punct]
        if before:
            last = before[-1]
            last.head, last.dep_ = source.head, source.dep_
            for child in list(source.children):
                if child.i < comma and child != last:
                    child.head = last
        source.head, source.dep_ = verb, "nsubj"
        doc[comma].head = verb


def _rehang_infinitive_read_as_adverbial(doc: Doc, lexicon: _DocumentLexicon) -> None:
    """"vowed in a speech on Thursday to escalate the attacks": after a phrase between, the
    parser reads a cue's to-clause as one of purpose; a verb that takes one (``to_clause``)
    and has none is given it back."""
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["advcl"]).tolist():
        clause = doc[i]
        verb = clause.head
        if clause.tag_ != "VB" or clause.i < verb.i or clause.left_edge.tag_ != "TO" \
                or clause.left_edge.head != clause or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        said = lexicon.match(verb)
        if said is not None and said[0].to_clause:
            clause.dep_ = "xcomp"


def _rehang_clause_of_a_relative_cue(doc: Doc, lexicon: _DocumentLexicon) -> None:
    """"…, the latest in a string of attacks the group says are in solidarity with …": the
    parser gives the clause the relative's verb of saying reports ("[attacks] are in
    solidarity") to the sentence's cue, with the phrase set off before it as its subject; the
    clause is the relative's, the phrase the writer's aside after the cue's words."""
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["relcl"]).tolist():
        relative = doc[i]
        after = relative.right_edge.i + 1
        if after >= len(doc) or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in relative.children):
            continue
        clause = doc[after]
        said = lexicon.match(relative)
        if clause.dep_ != "ccomp" or clause.head.i > relative.i or clause.pos_ not in ("VERB", "AUX") \
                or said is None or said[0].kind != "speech":
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < relative.i
                        and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)
        if subject is None or relative not in subject.subtree:
            continue
        # (the phrase first, so that no word is its own ancestor; on the cue, after its words)
        subject.head, subject.dep_ = clause.head, "npadvmod"
        clause.head = relative


def _rehang_headline_verb_read_as_compound(doc: Doc, lexicon: _DocumentLexicon) -> None:
    """"Houthis claim attack on US destroyer in Red Sea": a headline's verb of saying, between
    its subject and its object, that the parser read as a word of one long noun phrase; the
    words before it are its subject, the phrase after its object."""
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["compound"]).tolist():
        if not i:
            continue  # (no subject before it)
        verb, subject = doc[i], doc[i - 1]
        noun = verb.head
        if verb.tag_ not in ("VBP", "VBZ") or noun.i <= i or subject.head != noun or subject.left_edge.i != verb.sent.start \
                or any(c.i < subject.i for c in noun.children) \
                or lexicon.match(verb) is None or not is_headline(verb.sent):
            continue
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        subject.head, subject.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"


def _rehang_participle_read_as_conjunct(doc: Doc) -> None:
    """"… accuses the RSF of violating a ceasefire agreed in May": a participle right after a
    noun, with no conjunction, auxiliary or subject of its own, that the parser joined to a
    verb before it describes the noun."""
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["conj"]).tolist():
        verb = doc[i]
        noun = doc[i - 1] if i else verb
        if verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i >= i \
                or verb.head.i >= noun.i or noun not in verb.head.subtree \
                or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "cc") for c in verb.children):
            continue
        verb.head, verb.dep_ = noun, "acl"


def _rehang_object_after_manner(doc: Doc) -> None:
    """"We condemn in the strongest terms the attack carried out yesterday by …": after a
    phrase of manner, the parser may read the verb's object, when a participle describes it,
    as the subject of a clause hung on the phrase's noun; a noun phrase opening right after
    that noun ("terms the attack") is the verb's object, and the clause describes it."""
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["pobj"]).tolist():
        noun = doc[i]
        verb = noun.head.head
        if i + 1 >= len(doc) or doc[i + 1].tag_ not in ("DT", "PRP$") or noun.head.dep_ != "prep" \
                or verb.pos_ != "VERB" or verb.i > i or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
            continue
        head = doc[i + 1]
        while head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            head = head.head  # (the determiner, its adjectives, up to the noun)
        clause = head.head
        # (a passive participle with the noun for subject; "implications a presidency would
        # have", "figures her campaign released" are relative clauses of the noun's own)
        if head.pos_ not in ("NOUN", "PROPN") or noun not in head.ancestors or clause == noun \
                or clause.tag_ != "VBN" or head.dep_ not in ("nsubj", "nsubjpass") \
                or any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
                or not any(c.dep_ == "agent" for c in clause.children):
            continue
        head.head, head.dep_ = verb, "dobj"
        clause.head, clause.dep_ = head, "acl"


def extract_quotes(doc: Doc, lexicon: CueLexicon | None = None, model: CueModel | None = None,
                   nested_stances: bool = True) -> list[Quote]:
    """Find the direct and reported quotes of a parsed ``doc``; with a cue ``model``, also
    the attributions whose cue the rules missed and the model finds (``cues.py``). Without
    ``nested_stances``, the model's veto drops a rule's stance inside a statement too (as
    PolNeAR annotates: "she said she [supports] the bill" is one attribution there)."""
    lexicon = _DocumentLexicon((lexicon or load_cues()).verbs, doc)
    nouns = load_cue_words("cue_nouns.csv")
    adjectives = load_cue_words("cue_adjectives.csv")
    if not doc.has_annotation("DEP"):
        logger.warning("attribution needs a dependency parse; no quotes extracted")
        return []
    lower = doc.to_array(LOWER)  # (read once for both mends of the parse)
    _rehang_quoted_as(doc, lower)
    _rehang_outlet_read_as_verb(doc, lexicon, lower)
    _rehang_trailing_cue_read_as_participle(doc, lexicon)
    _rehang_closing_source_read_as_apposition(doc, lexicon)
    _rehang_closing_source_read_into_the_clause(doc, lexicon)
    _rehang_infinitive_read_as_adverbial(doc, lexicon)
    _rehang_clause_of_a_relative_cue(doc, lexicon)
    _rehang_object_after_manner(doc)
    _rehang_participle_read_as_conjunct(doc)
    _rehang_headline_verb_read_as_compound(doc, lexicon)
    body = _body_ranges(doc)
    ctx = _Context(doc, _quotations(doc, body), lexicon)
    body_starts = [b[0] for b in body]

    def in_body(pos: int) -> int | None:
        k = bisect.bisect_right(body_starts, pos) - 1
        return k if k >= 0 and pos < body[k][1] else None

    candidates: list[_Candidate] = []
    # (the words no branch below reads, passed over from the doc's arrays: a Token object, a
    # body and a quotation lookup for each was a tenth of the layer's time)
    skip = numpy.isin(doc.to_array(POS), _NEVER_CUES).tolist() if len(doc) else []
    for token in doc:
        if skip[token.i] and token.lower_ != "according" or in_body(token.idx) is None:
            continue
        quotation = ctx.quote_at(token.idx)
        # Words in scare quotes are still the narrator's: 'Thirty percent "strongly agree"
        # that …' (a short quotation whose verb has its subject outside it).
        quoted = quotation is not None and not (
            quotation.end - quotation.start < 30 and token.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and not quotation.open < c.idx < quotation.close
                for c in token.children))
        if token.lower_ == "according":
            found = _according_to(ctx, token)  # (inside a quotation too: a source quoting one)
            candidates.extend([found] if found is not None else [])
        elif quoted:
            continue
        elif (token.lower_ in _EVIDENTIAL_WORDS or _passive_belief(token)) and not (
                token.lemma_ == "expect" and any(c.dep_ == "nsubj" for c in token.children)):
            # ("Mr. Deese expected that …" is his belief, not a hedge)
            candidates.extend(_evidential(ctx, token))
        elif token.lower_ == "in":
            found = _in_document(ctx, token, lexicon)
            candidates.extend([found] if found is not None else [])
        elif _misread_cue_verb(token, lexicon):
            candidates.extend(_verb_candidates(ctx, token, lexicon))
        elif token.pos_ == "PROPN" and token.dep_ == "compound" and token.i == token.sent.start:
            candidates.extend(_inverted_cue(ctx, token))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
            candidates.extend(_nominal(ctx, token, nouns[token.lemma_.lower()]) if not _armed(token) else [])
        elif token.pos_ in ("ADJ", "VERB") and token.dep_ == "acomp" and token.lower_ in adjectives:
            candidates.extend(_adjectival(ctx, token, adjectives[token.lower_]))
        elif token.pos_ in ("VERB", "AUX") and not (token.tag_ == "VBN" and token.dep_ == "amod"):
            candidates.extend(_verb_candidates(ctx, token, lexicon))

    # (the line forms read the whole text; a caption or a credit line, "Photo: …", says nothing)
    candidates.extend(c for c in (*_headline_quotes(ctx), *_embedded_posts(ctx), *_signed_quotations(ctx),
                                  *_credited_quotations(ctx), *_inverted_after_quotation(ctx),
                                  *_interview_turns(ctx), *_headline_credits(ctx), *_colon_quotations(ctx))
                      if in_body(c.start) is not None)
    _split_at_sources(ctx, candidates)
    _titles_before_speakers(ctx, candidates)
    kept = _resolve([c for c in candidates if not _across_semicolon(ctx.text, c)])
    for cand in kept:  # (a live page's "12:40 GMT - " says when it was posted, not what was said)
        cand.start = min(max(cand.start, stamp_end(ctx.text, cand.start)), cand.end)
    kept = _continuations(ctx, _listed(ctx, _resumed(ctx, kept)), body)
    if model is not None:
        kept = _learned(ctx, kept, model, in_body, nested_stances)
        _titles_before_speakers(ctx, [c for c in kept if c.learned])  # (the rules' were read above)
    _part_closing_sources(ctx, kept)
    return _finish(doc, kept)


def _part_closing_sources(ctx: _Context, kept: list[_Candidate]) -> None:
    """"Egypt has warned that an assault would have “dire consequences”, a senior Egyptian
    official told reporters": the words of the statement a closing source reports end where
    that source begins; the parse may run them on over it."""
    # (the closing statements: their words, then their speaker, then their cue)
    closing = [(o, o.speaker.start_char, o.cue_start) for o in kept if o.kind == "speech" and o.speaker is not None
               and o.cue_start is not None and o.end <= o.speaker.start_char < o.cue_start]
    for inner in kept if closing else ():
        if inner.cue_start is None or inner.cue_start > inner.start:
            continue
        for outer, begins, cue in closing:
            # (the closing statement holds the inner cue and ends before its own speaker)
            if outer is inner or not outer.start <= inner.cue_start < outer.end <= begins < cue \
                    or not inner.cue_start < inner.start < begins < inner.end \
                    or not ctx.text[inner.start:begins].rstrip().endswith(",") \
                    or any(mark in ctx.text[outer.cue_end or begins:inner.end].rstrip(" .”\"") for mark in ",;.:"):
                continue  # (a source in the middle is an aside: "…, the polls tell us, a lot of …")
            start, end = _trim(ctx.text, inner.start, begins)
            if end > start:
                inner.end = end


# Parts of speech no cue, evidential word, "in" or "according" is (the loop's branches read
# verbs, nouns, names, adjectives, adverbs and prepositions).
_NEVER_CUES = [DET, PUNCT, SPACE, CCONJ, SCONJ, NUM, SYM, PART, PRON, INTJ]


# (A transcript printed as one long quotation opens each turn with a quotation mark:
# '"PENCE: Well, look, …'.)
# A single quotation mark, not an apostrophe: at a word's edge ("'Crooked' Hillary").
_SINGLE_MARK = re.compile(r"(?:^|(?<=\s))['‘]|['’](?=\s|$)")
# (A live page stamps its entries: "13:50 GMT - Israeli official: 'We are not there yet'".)
_HEADLINE = re.compile(rf"^(?:{STAMP})?"
                       r"[\"“]?(?P<source>[A-Z][^:\n]{1,80}?):(?:\s+|(?=[\"“]))(?P<content>[^\n]{8,})$",
                       re.MULTILINE)
# An embedded post as pages print it: "<text> — Name (@handle) Month day, year".
# Anchored at a line start: unanchored, the lazy content made it the layer's slowest step.
# (A page's own markup may wrap it: "<tweet id=… author=…>text — Name (@handle) …</tweet>".)
_POST = re.compile(r"^(?:<[^>\n]*>)?(?P<content>[^\n<>]{8,}?)\s+[—–―]\s+(?P<source>[A-Z][^\n(@<]{1,60}?)"
                   r"\s+\(@\w+\)", re.MULTILINE)

# A quotation signed with a dash, as quote collections and reader comments print them:
# "“…” ― Veronica Cruz", "“…” — Ana Ruiz, Tucson": a line that is the quotation, a name of
# up to four words and perhaps a short place or title after a comma.
# (pages pad the dash and the name with no-break spaces: "”\u00a0― Ana Ruiz\u00a0")
_SIGNED = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*(?P<source>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
                     r"[ \t\u00a0]*(?:$|,[^\n,;]{0,40}$)", re.MULTILINE)


def _quotations(doc: Doc, body: list[tuple[int, int]]) -> list[QuoteSpan]:
    """The quotations of the body's paragraphs."""
    # (the whole text's marks made one once, not once per paragraph: that was quadratic)
    text = _as_marks(doc_text(doc))
    sentence_starts = [s.start_char for s in doc.sents]
    return [q for start, end in body for q in _pair_marks(text, start, end, sentence_starts)]


def quoted_words(doc: Doc) -> list[bool]:
    """Per token of a parsed ``doc``, whether it stands inside a quotation."""
    return _quoted(_Context(doc, _quotations(doc, _body_ranges(doc)), CueLexicon({})))


def _quoted(ctx: _Context) -> list[bool]:
    starts = ctx.doc.to_array(IDX).tolist()  # (not a Token object made per word)
    flags = [False] * len(starts)
    for q in ctx.quotes:  # (the words between its marks, found by bisection)
        for i in range(bisect.bisect_right(starts, q.open), bisect.bisect_left(starts, q.close)):
            flags[i] = True
    return flags


def _learned(ctx: _Context, kept: list[_Candidate], model: CueModel,
             in_body: Callable[[int], int | None], nested_stances: bool = True) -> list[_Candidate]:
    """The rules' attributions and those of the words ``model`` scores as cues that no rule
    found, each with the speaker and content its parse gives (a stance, ranked below the
    rules': a word of the long tail takes a position more often than it reports words)."""
    doc = ctx.doc
    _after_dateline(doc, kept)  # (the spans the rules' quotes will have: the model's features)
    tokens = [t for t in candidate_tokens(doc) if in_body(t.idx) is not None]
    if not tokens:
        return kept
    scores = {t.i: model.score(f) for t, f in zip(tokens, cue_features(doc, kept, tokens, _quoted(ctx)), strict=True)}
    covered: set[int] = set()
    vetoed: set[int] = set()
    for k, cand in enumerate(kept):
        cue = doc.char_span(cand.cue_start, cand.cue_end, alignment_mode="expand") \
            if cand.cue_start is not None and cand.cue_end is not None else None
        words = range(cue.start, cue.end) if cue is not None else range(0)
        covered.update(words)
        covered.update(cand.also_cues)  # ("as also reported by X": X is another source, no stance)
        # (nor the medium the words went through: "said in a televised speech that …")
        relay = cand.relay or (relay_of(cue.root, spoken=True) if cue is not None and len(cue) and cand.kind == "speech" else None)
        covered.update(range(relay.start, relay.end) if relay is not None else ())
        scored = [scores[i] for i in words if i in scores]
        cand.cue_score = round(max(scored), 3) if scored else None
        if scored and max(scored) < model.veto and cand.kind in ("stance", "evidential") \
                and not (nested_stances and any(o.kind == "speech" and o.start <= (cand.cue_start or -1) < o.end
                                                for o in kept)):
            # (a rule's stance the model finds most unlike the cues it learned; not one inside
            # a statement, where PolNeAR seldom marks one but a reader wants it: "Israel has
            # offered to release 700 prisoners", "its demand for a written guarantee")
            vetoed.add(k)
    kept = [c for k, c in enumerate(kept) if k not in vetoed]
    found: list[_Candidate] = []
    cue_starts = {c.cue_start for c in kept}
    for token in tokens:
        if token.i in covered or scores[token.i] < model.threshold or _restricted(ctx, token) \
                or any(a.lower_ == "according" for a in token.ancestors):
            # ("According to what a senior official told Efe, …": the source of the
            # "according to", not a statement of its own)
            continue
        if token.pos_ in ("VERB", "AUX", "PROPN") and (_issues_statement(ctx, token, kept) or _writers_own(token)):
            continue
        if token.lemma_ in ("know", "name", "identify") and token.tag_ == "VBN" \
                and any(c.lower_ == "as" for c in token.children):
            continue  # ("Dagalo, known as Hemedti", "He is named as Sgt. Yosef Levi": a name, no one's view)
        if token.pos_ == "VERB" and (_set_off_participle(token) or _reported_where(ctx, token)
                                     # ("A U.S. official, speaking on condition of anonymity
                                     # because he was not authorised to …, said": sourcing)
                                     or token.lemma_ in ("speak", "talk") and _anonymity_terms(token)
                                     # ("A source …, who declined to be named, said")
                                     or _anonymity_clause(token)):
            continue
        if any(k.kind == "stance" and _heads_content(ctx, token, k) for k in kept):
            # ("declined to comment on the meeting": what was declined, no stance of its own;
            # a stance inside a statement is one: "officials said Hamas agreed to drop …")
            continue
        if token.pos_ in ("VERB", "AUX", "PROPN"):
            new = _learned_verb(ctx, token)
        elif token.pos_ == "ADJ":  # ("the senator was uneasy about …": the copula's subject)
            subject = _subject(token.head)
            if subject is None or _writers_own(token.head) or not _holds_views(subject):
                continue
            new = _learned_content(ctx, token, _speaker_span(subject), token)
        else:
            new = _learned_noun(ctx, token)
            if token.lemma_.lower() in load_cue_words("cue_nouns.csv") and not any(c.speaker for c in new):
                continue  # (a noun the rules know is no one's stance without its holder: "has the backing of")
        new = new or _learned_sentence(ctx, token)
        if new and is_headline(token.sent) and any(
                c.speaker.root.lower_ in ("we", "i", "us") or not _holds_views(c.speaker.root)
                if c.speaker is not None else token.pos_ == "NOUN" for c in new):
            # (a headline's "Gaza truce talks: what we know so far": the page's, no one's
            # stance; but "RSF accused of killing …" is one, its accuser unnamed)
            continue
        for cand in new:
            cand.learned, cand.cue_score = True, round(scores[token.i], 3)
        for cand in new:
            if cand.cue_start is not None and cand.cue_start not in cue_starts:
                if not _across_semicolon(ctx.text, cand):
                    found.append(cand)
                cue_starts.add(cand.cue_start)
    return sorted(kept + found, key=lambda c: c.start)


def _reported_where(ctx: _Context, verb: Token) -> bool:
    """A headline's passive verb of saying before where ("Famine confirmed in El Fasher",
    "Clashes reported near Tripoli"): news reported, no one's stance."""
    said = ctx.lexicon.match(verb)
    return said is not None and said[0].kind == "speech" and bare_passive(verb) \
        and not any(c.dep_ == "auxpass" for c in verb.children)


def _holds_views(subject: Token) -> bool:
    """Whether ``subject`` can be sure, wary or glad of something: a person, a people, a
    body, a source or a pronoun for one ("voters were wary of …"), not a thing ("the
    bridge is certain to reopen": a forecast, no one's stance)."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in ("it", "this", "that", "which", "what", "there")
    return subject.ent_type_ in ("ORG", "GPE") or _is_people(subject) \
        or "group" in supersenses().get((subject.lemma_.lower(), "n"), ())


def _heads_content(ctx: _Context, token: Token, cand: _Candidate) -> bool:
    """Whether ``token`` is the head of ``cand``'s content (the verb of "comment on the
    meeting" in "declined to comment on the meeting")."""
    if not cand.start <= token.idx < cand.end:
        return False
    span = ctx.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and span.root.i == token.i


def _writers_own(verb: Token) -> bool:
    """Whether ``verb`` (a copula or a verb like "remains") says something of a clause with
    no one holding it: "It is unclear whether …", "It remains unclear whether …", "What is
    clear is …" are the writer's own view, no source's."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl", "csubj")), None)
    if subject is None:
        return False
    return subject.dep_ == "csubj" or subject.lower_ in ("it", "what") and any(
        c.dep_ == "acomp" for c in verb.children) and any(
        c.dep_ == "ccomp" for w in (verb, *verb.children) for c in w.children)


def _issues_statement(ctx: _Context, verb: Token, kept: list[_Candidate]) -> bool:
    """Whether ``verb`` puts out a statement, a video or a letter whose words a rule already
    reports ("Hamas released a statement saying it would not accept …"): that is how the
    words came out, the statement's relay, not a stance of its own. Sets the relay."""
    doc = ctx.doc
    medium = next((c for c in verb.children if c.dep_ == "dobj" and is_medium(c)), None)
    if medium is None:
        return False
    lo, hi = doc[medium.left_edge.i].idx, doc[medium.right_edge.i].idx + len(doc[medium.right_edge.i].text)
    # (what it says hangs on the statement, or on the verb: "put out a statement on Tuesday
    # calling for calm")
    glosses = {c.idx for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > medium.i}
    carried = [k for k in kept if k.cue_start is not None and (lo <= k.cue_start < hi or k.cue_start in glosses)
               and k.kind in ("speech", "stance")]
    for cand in carried:
        cand.relay = cand.relay or doc[medium.left_edge.i:medium.i + 1]
    return bool(carried)


def _restricted(ctx: _Context, token: Token) -> bool:
    """Whether ``token``'s word is never a cue of the model's own: hedges (the writer's, not
    their subject's stance: "Hamas appeared to accept"), "according to" (a source or
    a relay, never a stance of its own), words the lexicon lists as no cue, a medium ("a
    statement": how words went out, which the rules give the words they carry), asking
    for anonymity, quoting and citing (sourcing or a stance, by the sentence), the writer's
    asides ("it is worth noting that"), the events layer's triggers of actions ("called a
    strike" names nothing, "has the backing of" is no one's stance, "released the hostages"
    is done, not said), "who asked not to be named" (sourcing).

    The words the rules read only in some forms (the lexicons' nouns and
    adjectives, verbs with a condition: "called" with a name given, "raised" with a cue
    noun, "show" with a document) are the model's where the rules found nothing: the
    parse the rules need is often wrong ("the cartel, which he called “a cartel …”",
    "expressed deep concern about the policy", "does not consider Hamas a terrorist
    organisation"), and the model, scoring the word in its sentence, still finds them."""
    match = ctx.lexicon.match(token)
    return token.lower_ in _EVIDENTIAL_WORDS or _passive_belief(token) or token.lower_ == "according" \
        or _event_trigger(token) or asks_anonymity(token) \
        or token.lemma_ in _QUOTING_VERBS or _writers_aside(token) \
        or token.pos_ == "NOUN" and is_medium(token) \
        or match is not None and match[0].kind == "none" or _sourcing_participle(token)


def _sourcing_participle(token: Token) -> bool:
    """Whether ``token`` tells who holds a document, no one's stance: "a draft seen by
    Reuters", "a letter obtained by AFP", "documents reviewed by The Times"."""
    return token.tag_ == "VBN" and token.dep_ in ("acl", "relcl") and token.lemma_ in _SOURCING_VERBS \
        and any(c.dep_ == "agent" for c in token.children)


# Verbs of coming to hold a document.
_SOURCING_VERBS = frozenset({"see", "obtain", "review", "examine", "read", "access", "acquire", "view"})


def _connective(token: Token) -> bool:
    """Whether ``token`` is the verb of a phrase that joins the writer's words: "that is to
    say", "needless to say", "suffice it to say", "so to speak"."""
    before = tuple(t.lower_ for t in token.doc[max(0, token.i - 3):token.i])
    return token.lemma_ in ("say", "speak") and (before[-3:] in _CONNECTIVES or before[-2:] in _CONNECTIVES)


# The words before "say" or "speak" in the writer's joining phrases.
_CONNECTIVES = frozenset({("that", "is", "to"), ("needless", "to"), ("suffice", "it", "to"), ("so", "to")})


def _writers_aside(token: Token) -> bool:
    """Whether ``token`` is the writer drawing attention or turning, no source speaking: "it
    is worth noting that …", "it should be noted that …" (translated wire copy's "cabe
    señalar"), "That said, …", "Having said that, …", "that is to say", "needless to say",
    "so to speak"."""
    doc = token.doc
    if _connective(token):
        return True
    if token.lemma_ == "say":
        that = [c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in ("that", "this")]
        end = max([token.i, *that]) + 1
        if that and end < len(doc) and doc[end].text == ",":
            return True
    return token.head.lower_ == "worth" or any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children) \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


# Event types whose triggers are words a party says or writes ("attacked the plan",
# "urged restraint", "rejected the offer", "warned against"): a stance as well as an event,
# so the cue model decides on them as on any other word.
_SPOKEN_EVENTS = frozenset({"ACCUSE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})


def _event_trigger(token: Token) -> bool:
    """Whether the events layer codes an action at ``token``, as its trigger or as the verb
    of one ("imposed sanctions", "met the envoy", "released hostages"): an action is an event
    of its own, not an attribution. Triggers of the spoken types (``_SPOKEN_EVENTS``) are
    not actions here, nor words it codes no event at ("recalled that …", "released a
    statement", "“…,” she shot back")."""
    found = event_type_at(token)
    # (a verb whose object names an event does it, of whatever type: "signed a treaty",
    # "approved a ceasefire agreement"; unless the event is made in words: "unleashed a
    # harsh attack on Carson")
    return found is not None and (found not in _SPOKEN_EVENTS or any(
        c.dep_ == "dobj" and is_event_noun(c) and event_type_at(c) != "ACCUSE" for c in token.children))


def _armed(noun: Token) -> bool:
    """Whether a noun of attack is an armed one the events layer codes: on a place or a day
    ("Israel's attack on Rafah", "the attack by Hamas on Oct. 7"), or by a state or a body
    on no person ("attacks by the army on the camps"); not "Trump's attack on Clinton" nor
    "his attacks on Islam", positions taken, whatever the recogniser made of the names."""
    if noun.lemma_.lower() not in load_event_lexicon().cue("verbal_attack_words") or event_type_at(noun) != "ASSAULT":
        return False
    doc = noun.doc
    actors, places = earlier(doc, "actors") or [], earlier(doc, "places") or []
    targets = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for g in c.children if g.dep_ == "pobj"]
    if any(g.ent_type_ in ("DATE", "TIME") or any(p.start <= g.idx < p.end for p in places) for g in targets):
        return True
    owners = [c for c in noun.children if c.dep_ == "poss"] + [
        g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    named = [a for o in owners for a in actors_overlapping(actors, o.idx, o.idx + len(o))]
    hit = [a for g in targets for a in actors_overlapping(actors, g.idx, g.idx + len(g))]
    return bool(named) and all(a.kind != "person" for a in named) and all(a.kind != "person" for a in hit)


def _learned_verb(ctx: _Context, token: Token) -> list[_Candidate]:
    """A verb the model takes for a cue, read as a stance verb of the lexicon would be;
    failing that, its subject (or the noun it describes: "super PACs supporting Kasich")
    speaks and the phrases hung on it after it are the content."""
    entry = CueVerb(token.lemma_.lower(), "", True, True, "model", noun_content=True, kind="stance")
    found = _verb_candidates(ctx, token, CueLexicon({entry.lemma: (entry,)}))
    if not found and token.lemma_ == "ask" and token.tag_ == "VBN" and token.dep_ == "advcl":
        # ("Asked about the report, a spokesperson declined to comment": a question put by
        # someone unnamed, about what follows it; the one asked does not ask)
        found = _learned_content(ctx, token, None, token)
        for cand in found:
            cand.kind = "question"
    if not found:
        doc, subject = ctx.doc, _subject(token)
        speaker: Span | None = None
        if subject is not None:
            speaker = _speaker_span(subject)
        elif token.dep_ in ("acl", "relcl", "amod") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            speaker = _speaker_span(token.head)
        if speaker is not None and speaker.start <= token.i < speaker.end:
            speaker = doc[speaker.start:token.i]
        found = _learned_content(ctx, token, speaker if speaker is not None and len(speaker) else None, token)
    # (a verb of saying the rules left to the model, inside another's words, reports words:
    # "The RSF said it was committed …, spokesman X told Al Arabiya")
    said = ctx.lexicon.match(token)
    # (a clause with its subject: not "has agreed to withdraw", nor the trailing cue the parser
    # hung on it, "…, a Hamas source told AFP")
    reports = said is not None and said[0].kind == "speech" and any(
        c.dep_ == "agent" or c.dep_ == "ccomp" and c.i > token.i and ctx.lexicon.match(c) is None
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in token.children)
    for cand in found:
        _take_particles(ctx, token, cand)
        # (or what it says closes before it: "Israel has agreed to withdraw …, an Egyptian
        # official and a Hamas source told AFP", the cue the parser hung inside the clause)
        if cand.kind == "stance" and (reports or said is not None and said[0].kind == "speech"
                                      and cand.cue_start is not None and cand.end <= cand.cue_start):
            cand.kind = "speech"
    return found


def _take_particles(ctx: _Context, verb: Token, cand: _Candidate) -> None:
    """"tangled with the governor", "lashed out at the plan": the particles and preposition
    right after a learned verb that open its content belong to the cue."""
    doc, last = ctx.doc, verb
    while last.i + 1 < len(doc) and doc[last.i + 1].head.i == verb.i and doc[last.i + 1].dep_ in ("prt", "prep") \
            and _medium_of(doc[last.i + 1]) is None and not _where_or_when(doc[last.i + 1]) and cand.cue_end == last.idx + len(last.text) and doc[last.i + 1].idx <= cand.start:
        last = doc[last.i + 1]
        cand.cue_end = last.idx + len(last.text)
        cand.cue = ctx.text[cand.cue_start:cand.cue_end] if cand.cue_start is not None else cand.cue
    end = cand.cue_end
    if last.i > verb.i and end is not None and cand.start < end:
        cand.start = _trim(ctx.text, end, cand.end)[0]


# Prepositions that say where, and when, something was said or held ("lashed out at
# Turkey", "agreed on Syria": at and on a place are what the view is of).
_PLACE_PREPS = frozenset({"in", "near", "throughout", "inside", "outside"})
_TIME_PREPS = frozenset({"in", "at", "on", "during", "throughout"})


def _where_or_when(prep: Token) -> bool:
    """Whether ``prep`` only says where or when (a place or a time is its object: "agreed in
    the same city", "agreed on Saturday"), not what the view is of ("agreed on a declaration")."""
    if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS | _TIME_PREPS:
        return False
    # (one "position" is a view, "interest in the Russian position"; positions are held
    # ground, "fired on army positions")
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    kinds = [o.ent_type_ if o.ent_type_ else supersenses().get((o.lemma_.lower(), "n"), ("",))[0]
             if o.pos_ == "NOUN" and o.lower_ != "position" else "" for o in objects]
    return bool(objects) and all(
        kind in ("GPE", "LOC", "FAC", "location") and prep.lower_ in _PLACE_PREPS
        or kind in ("DATE", "TIME", "time") and prep.lower_ in _TIME_PREPS for kind in kinds)


# Where a word sits inside a phrase that names one thing.
_PHRASE_INNER = frozenset({"pobj", "prep", "dobj", "acl", "compound", "appos", "poss", "nmod", "amod"})


def _learned_sentence(ctx: _Context, token: Token) -> list[_Candidate]:
    """A learned cue whose parse gives no content ("That attitude, many argue, could …",
    "“…,” Trump said."): the longer stretch of its sentence on either side of the cue and
    its subject is the content, the subject the speaker; in a relative clause, the phrase
    the clause describes is."""
    doc, sent = ctx.doc, token.sent
    subject = _subject(token)
    speaker = _speaker_span(subject) if subject is not None and subject.sent == sent else None
    if token.dep_ == "relcl":
        # (what it says is the noun it describes, not the sentence that noun is part of:
        # "the draft, which Egypt circulated on Monday, had been accepted"; up to the whole
        # phrase the parser hung it inside: "allegations that he assaulted Ivana Trump, which
        # he denied" denies the allegations, not Ivana Trump)
        noun = token.head
        while noun.dep_ in _PHRASE_INNER and not (noun.head.pos_ in ("VERB", "AUX") and noun.head.dep_ not in ("acl", "relcl")):
            noun = noun.head
        lo, hi = noun.left_edge.i, token.left_edge.i - 1
        if speaker is not None and speaker.start <= hi and lo < speaker.end or hi - lo < 1:
            return []
    else:
        # (the "as" that opens the cue's clause is the cue's, not the content's: "…, as they
        # put it in a communiqué")
        held = [token.i] + ([speaker.start, speaker.end - 1] if speaker is not None else []) \
            + [c.right_edge.i for c in token.children if c.i > token.i and _medium_of(c) is not None] \
            + [c.i for c in token.children if c.dep_ == "mark" and c.i < token.i]
        sides = [(sent.start, min(held) - 1), (max(held) + 1, sent.end - 1)]
        lo, hi = max(sides, key=lambda side: sum(not doc[i].is_punct for i in range(side[0], side[1] + 1)))
        if hi < lo or sum(not doc[i].is_punct for i in range(lo, hi + 1)) < 3:
            return []
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    cue_end = token.idx + len(token.text)
    return [_Candidate(start, end, False, speaker, token.text, token.idx, cue_end, 5, kind="stance")] \
        if end > start else []


# What a medium is "in": words come "in a statement", "on television", "via Telegram" (but a
# question "about the report" is about it).
_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "via", "through", "during", "at", "over", "by"})


def _medium_of(prep: Token) -> Token | None:
    """The medium ``prep`` names, if it names one ("in a statement", "in an interview")."""
    return next((g for g in prep.children if g.dep_ == "pobj" and is_medium(g)), None) \
        if prep.dep_ == "prep" and prep.lower_ in _MEDIUM_PREPOSITIONS else None


def _learned_noun(ctx: _Context, noun: Token) -> list[_Candidate]:
    """A noun the model takes for a cue ("criticism of the plan", "Trump's desire to …"):
    its owner speaks, or the subject of a verb that puts it into words ("voiced concern
    about …"); its phrase or clause is the content."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    speaker = _possessor(owner) if owner is not None else None
    if owner is None and noun.dep_ == "dobj" and supersenses().get((noun.head.lemma_.lower(), "v"), ("",))[0] == "communication":
        subject = _subject(noun.head)
        speaker = _speaker_span(subject) if subject is not None else None
    return _learned_content(ctx, noun, speaker if speaker is not None and len(speaker) else None, noun)


def _cue_first(verb: Token) -> Token:
    """The first word of the cue a verb heads: the auxiliaries and adverbs right before it
    ("has said", "also discussed", "would have described", "has so far refused"), and for an
    adjective the copula before it ("were coy about")."""
    if verb.dep_ == "acomp" and verb.i > 0 and verb.head.i == verb.i - 1:
        verb = verb.head
    first = verb
    while first.i > 0 and first.nbor(-1).head == verb and first.nbor(-1).dep_ in (
            "aux", "auxpass", "neg", "advmod") and first.nbor(-1).lower_ != "to" \
            and first.nbor(-1).tag_ != "WRB":  # ("when asked": the cue is "asked")
        first = first.nbor(-1).left_edge  # (with its own modifiers: "has so far refused")
    return first


def _learned_content(ctx: _Context, token: Token, speaker: Span | None, cue_token: Token) -> list[_Candidate]:
    """What follows a learned cue: the phrases and clauses hung on it after it; of a passive
    with none, its subject ("since the deal was announced": the deal)."""
    parts: list[Token] = []
    for child in token.children:
        if child.i < token.i or child.dep_ not in (
                "dobj", "prep", "xcomp", "ccomp", "acomp", "attr", "oprd", "acl", "relcl", "advcl") \
                or _where_or_when(child):
            continue
        medium = _medium_of(child)
        # (the medium is how the words went out, not what they say: "fumed in a statement";
        # what the parser hangs on it is: "lashed out in an interview at the plan")
        parts.extend([g for g in medium.children if g.i > medium.i and g.dep_ in ("prep", "acl", "relcl")]
                     if medium is not None else [child])
    parts = parts or [c for c in token.children if c.dep_ == "nsubjpass" and c.i < token.i and c.pos_ != "PRON"]
    if not parts:
        return []
    lo, hi = min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts)
    if speaker is not None and speaker.start <= hi and lo < speaker.end:
        return []
    if ctx.doc[lo].dep_ in ("prep", "aux", "mark") and lo < hi:
        lo += 1  # ("criticism of the plan": the plan)
    aside = _said_aside(ctx, ctx.doc[lo:hi + 1], lo, hi)
    hi = aside.left_edge.i - 1 if aside is not None else hi
    start, end = _trim(ctx.text, *ctx.char_range(lo, hi))
    cue_end = cue_token.idx + len(cue_token.text)
    # (with its auxiliaries, as the rules' cues: "has gone after", "were coy about")
    first = _cue_first(cue_token) if cue_token.pos_ in ("VERB", "AUX", "ADJ") else cue_token
    if speaker is not None and speaker.start <= first.i < speaker.end:
        first = cue_token
    if end <= start:
        return []
    return [_Candidate(start, end, False, speaker, ctx.text[first.idx:cue_end], first.idx,
                       cue_end, 5, kind="stance")]


def _headline_quotes(ctx: _Context) -> list[_Candidate]:
    """"Paul Ryan: FBI Decision 'Defies Explanation'": a line that gives a person or body
    and, after a colon, what they said (headlines and summaries put attributions so), and
    the turns of a transcript ("BLITZER: Why now?"), whose speakers are in capitals."""
    found: list[_Candidate] = []
    matches = list(_HEADLINE.finditer(ctx.text))
    if not matches:
        return found
    labels = Counter(m.group("source").split()[-1] for m in matches if m.group("source").isupper())
    people = {t.lower_ for e in ctx.doc.ents if e.label_ == "PERSON" for t in e}
    # ("Sanders: …" over a story on Bernie Sanders: the recogniser misses a bare surname in
    # a headline, but the body names the whole person or body)
    named = {tuple(t.lower_ for t in e[k:]) for e in ctx.doc.ents if e.label_ in ("PERSON", "ORG")
             for k in range(len(e))}
    for match in matches:
        start, end = _trim(ctx.text, *match.span("content"))
        direct = ctx.text[match.start("content")] in _AMBIGUOUS_MARKS | _OPEN_ONLY
        opened, closed = match.start("content"), match.end("content")
        while closed > opened and ctx.text[closed - 1] in " \t.!?":
            closed -= 1
        if closed - opened > 2 and ctx.text[opened] in "'‘" and ctx.text[closed - 1] in "'’" \
                and not _SINGLE_MARK.search(ctx.text, opened + 1, closed - 1):
            # (a headline's single marks: 'We are not there yet', ‘I Think She Will.’)
            (start, end), direct = _trim(ctx.text, opened + 1, closed - 1), True
        # "Rep. Ann Cole (D-Ore.)": the name is the source, without its party and state;
        # "Gillibrand on Clinton's Speeches: ‘I Think She Will’": the name before "on".
        bare = re.sub(r"\s*\([^)]*\)$", "", match.group("source"))
        topic = re.match(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?=\s+on\s)", bare) if direct else None
        bare = topic.group(0) if topic else bare
        source = ctx.doc.char_span(match.start("source"), match.start("source") + len(bare),
                                   alignment_mode="expand")
        if source is None or len(source) > 8 or source.text in _TURN_LABELS:
            continue  # (a transcript's "QUESTION:" is the interviewer's: _interview_turns)
        cue = (":", match.end("source"), match.end("source") + 1)
        said = ctx.lexicon.match(source[0])
        if len(source) > 1 and source[0].tag_ in ("VBD", "VBN") and said is not None and said[0].kind == "speech":
            # ("Stated Stone: “…”", translated or old-fashioned order: the verb, then who)
            cue = (source[0].text, source[0].idx, source[0].idx + len(source[0].text))
            source = source[1:]
        known = tuple(t.lower_ for t in source) in named  # (the tagger's verb "Gillibrand" is her)
        if any(t.pos_ in ("VERB", "AUX") for t in source) and not (topic and known) \
                or source.text.lower() in MEDIA_LABELS:
            continue  # ("Photo: Palestinians inspect the rubble …" labels what is shown)
        if source.text.isupper():
            # A speaker's turn when the label recurs, names a person the page names, or is
            # a full name in a page of turns; "CAIRO: ..." (a dateline) and "UPDATE: ..." are
            # none of these.
            words = source.text.split()
            transcript = any(n > 1 for n in labels.values())
            if labels[words[-1]] < 2 and words[-1].lower() not in people \
                    and not (transcript and len(words) > 1):
                continue
        elif sum(len(e) for e in source.ents if e.label_ in ("PERSON", "ORG", "NORP")) * 2 < len(
                [t for t in source if not t.is_punct]) and not (
                    len(source) <= 2 and is_source_noun(source[-1])
                    # (one source qualified, "Israeli official:"; not a credit line's "Source:")
                    and (source[-1].tag_ == "NNS" or is_document(source[-1]) or len(source) == 2)) \
                and not known \
                and not (direct and len(source) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in source)) \
                and not (len(source) <= 4 and is_role_noun(source[-1])
                         and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in source)):
            # (but "Netanyahu's office:", "Qatari foreign ministry:" are bodies that speak)
            # "Note: ..." is no one; "Rep. Ann Cole (D-Ore.)" is her; "Poll: …" a poll; a
            # name the recogniser missed before a quotation is whoever it names
            continue
        if " | " in match.group("content"):
            continue  # "Source: Xinhua | 2025-03-09 | Editor: …" is the page's credit line
        if not (source.text.isupper() or direct or _states(ctx, *match.span("content"))
                or match.group(0)[:1].isdigit()):
            # ("Kasich: Now or never." heads a section on him; "Sanders: Endorsements prove …"
            # is his; a live page's stamped entry says its source's words, verbless or not:
            # "12:15 GMT - Netanyahu's office: No agreement yet")
            continue
        if end > start:
            found.append(_Candidate(start, end, direct, source, *cue, 3))
    return found


# An interview printed as questions and answers: "Q: What did you find?" / "A: My parents
# were gone." (also "Question:" and "Answer:", a briefing's "QUESTION:"; "Q." is left alone:
# the tokenizer keeps it one word with its full stop, as in initials).
_TURN = re.compile(r"^(?P<source>Q|A|Question|Answer|QUESTION|ANSWER)[ \t]*(?P<mark>:)[ \t]+(?P<content>\S[^\n]*)$",
                   re.MULTILINE)
# A transcript's turn by a speaker named in capitals ("MR PIGOTT: Good afternoon.").
_CAPITAL_TURN = re.compile(r"^(?P<source>[A-Z][A-Z.'’ -]{1,40}):[ \t]+\S", re.MULTILINE)

_TURN_LABELS = QUESTION_LABELS | ANSWER_LABELS


def _interviewee(actors: Sequence[Actor] | None, before: int) -> Actor | None:
    """The person an interview printed as questions and answers is with: the first the page
    names before the answer at ``before``."""
    return min((a for a in actors or () if a.kind == "person" and a.end <= before), key=lambda a: a.start, default=None)


def _turn_speaker(label: Span, actors: Sequence[Actor]) -> tuple[str, Actor | None] | None:
    """The person a transcript's turn names in capitals ("MR PIGOTT:", "SECRETARY RUBIO:",
    "BLITZER:"), by name and as the page names them: the one it names with that surname,
    else, after an honorific or a title, the surname alone (no actor of the page). None for a
    label that names no one."""
    words = label.text.replace(".", "").split()
    key = surname_key(words[-1])
    person = next((a for a in actors if a.kind == "person" and surname_key(a.name) == key), None)
    if person is not None:
        return person.name, person
    titled = len(words) > 1 and (words[0].lower() in HONORIFIC_GENDERS or words[0].lower() == "dr"
                                 or words[0].lower() in load_knowledge().titles)
    return (words[-1].title(), None) if titled else None


def _interview_turns(ctx: _Context) -> list[_Candidate]:
    """The turns of an interview printed as questions and answers, where the page has both:
    each answer is the interviewee's words, each question one put by the interviewer, the
    letter that opens the line being the source, as the page gives it."""
    turns = list(_TURN.finditer(ctx.text)) if "Q" in ctx.text else []
    if not any(m.group("source")[0] == "Q" for m in turns):
        return []
    # (the answers a briefing's transcript gives under its speakers' names: "MR PIGOTT: …")
    if not any(m.group("source")[0] == "A" for m in turns) \
            and not any(m.group("source") not in _TURN_LABELS for m in _CAPITAL_TURN.finditer(ctx.text)):
        return []
    found: list[_Candidate] = []
    for match in turns:
        source = ctx.doc.char_span(*match.span("source"), alignment_mode="expand")
        start, end = _trim(ctx.text, *match.span("content"))
        if source is None or end <= start:
            continue
        mark = match.start("mark")
        found.append(_Candidate(start, end, True, source, ":", mark, mark + 1, 3,
                                kind="question" if match.group("source")[0] == "Q" else "speech"))
    return found


# A headline that names its source after a colon, as wire headlines do: "Gaza truce talks
# to resume in Doha next week: sources", "… - report".
# (after a topic label, perhaps: "Sudan: army and RSF agree to talks in Jeddah - officials")
_CREDITED_HEADLINE = re.compile(rf"^(?:{STAMP}|[A-Z][^\n:]{{0,30}}:[ \t]+)?"
                                r"(?P<content>[^\n:]{12,}?)(?P<mark>:|[ \t][-–—])[ \t]+(?P<source>[^\n:.]{2,40})$",
                                re.MULTILINE)


_PAGE_SECTIONS = frozenset({"results", "result", "updates", "update", "live", "analysis", "explainer", "opinion",
                            "timeline", "recap", "highlights", "transcript", "review", "editorial", "factbox",
                            "podcast", "newsletter", "briefing", "latest"})


def _headline_credits(ctx: _Context) -> list[_Candidate]:
    """A line of its own (a headline: no full stop) that states something and then names,
    after a colon or a dash, the few words of its source: "…: sources", "…: Egyptian
    officials", "… - report"."""
    found: list[_Candidate] = []
    for match in _CREDITED_HEADLINE.finditer(ctx.text) if ":" in ctx.text or " -" in ctx.text else ():
        source = ctx.doc.char_span(*match.span("source"), alignment_mode="expand")
        # (no verb, and no number but a channel's: "Channel 12", not "2 hours ago")
        if source is None or len(source) > 4 or any(
                t.pos_ in ("VERB", "AUX") or t.like_num and not (t.i > source.start and t.nbor(-1).pos_ == "PROPN")
                for t in source):
            continue
        if any(t.lower_ in MEDIA_LABELS or t.lower_ in _PAGE_SECTIONS for t in source):
            continue  # ("…: Full Results", "…: live updates" label the page)
        numbered = source[-1].like_num  # ("Channel 12", "Kan 11": a broadcaster)
        head = source[-2] if numbered else source[-1]
        if not (is_source_noun(head) or head.ent_type_ in ("ORG", "PERSON") and len(source) <= 3
                or numbered and head.pos_ == "PROPN"):
            continue
        start, end = _trim(ctx.text, *match.span("content"))
        if end > start and _states(ctx, start, end):
            mark = match.start("mark") + (1 if match.group("mark")[0] in " \t" else 0)
            found.append(_Candidate(start, end, False, source, ctx.text[mark], mark, mark + 1, 3))
    return found


def _colon_quotations(ctx: _Context) -> list[_Candidate]:
    """A quotation introduced by a colon after the one who speaks, inside a sentence: "…
    doesn't surprise Republican pollster Daron Shaw: “…”", "Here's Clinton in December 1992:
    “…”", "From the report: “…”" (a name, a body or a document; not "one message for Trump:
    “…”", whose Trump is spoken to)."""
    doc, found = ctx.doc, []
    for quotation in ctx.quotes:
        colon = ctx.text.rfind(":", max(0, quotation.open - 3), quotation.open)
        if colon < 1 or ctx.text[colon + 1:quotation.open].strip():
            continue
        mark = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if mark is None or mark.start == 0 or doc[mark.start].is_sent_start:
            continue
        last = doc[mark.start - 1]
        # (past a date after the name: "Clinton in December 1992")
        while last.i > 0 and (last.ent_type_ == "DATE" or last.dep_ == "prep"):
            last = doc[last.i - 1]
        if not (last.ent_type_ in ("PERSON", "ORG") and last.pos_ == "PROPN" or is_document(last)) \
                or last.dep_ == "pobj" and last.head.lower_ not in ("from", "by") or last.dep_ == "poss":
            continue
        speaker = _speaker_span(last)
        speaker = doc[speaker.start:min(speaker.end, mark.start)]
        start, end = _trim(ctx.text, quotation.start, quotation.end)
        if len(speaker) and end > start:
            found.append(_Candidate(start, end, True, speaker, ":", colon, colon + 1, 5))
    return found


def _states(ctx: _Context, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` reads as a statement, not a label: a finite
    verb, or six words or more ("Voters in Ohio sour on the trade deal"; "A closing surge"
    and "Now or never" are labels)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)
                                 or sum(t.is_alpha for t in span) >= 6)


def _embedded_posts(ctx: _Context) -> list[_Candidate]:
    """A social-media post quoted in a page: the author after the dash is the source."""
    found: list[_Candidate] = []
    if "(@" not in ctx.text:
        return found
    for match in _POST.finditer(ctx.text):
        source = ctx.doc.char_span(*match.span("source"), alignment_mode="expand")
        if source is None:
            continue
        start, end = _trim(ctx.text, *match.span("content"))
        dash = match.end("content") + ctx.text[match.end("content"):match.start("source")].index(
            next(c for c in ctx.text[match.end("content"):match.start("source")] if c in "—–―"))
        if end > start:
            found.append(_Candidate(start, end, True, source, ctx.text[dash], dash, dash + 1, 3))
    return found


def _signed_quotations(ctx: _Context) -> list[_Candidate]:
    """A quotation followed by a dash and a name (quote collections, reader comments): the
    name is the source."""
    found: list[_Candidate] = []
    for quotation in ctx.quotes:
        if quotation.open > 0 and ctx.text[quotation.open - 1] != "\n":
            continue  # (a line of its own: "He called it “a disgrace” — Netanyahu, for his part, …")
        after = _mark_end(ctx.text, quotation)  # (right after the mark: "”― Ana Ruiz")
        match = _SIGNED.match(ctx.text, after)
        if match is None:
            continue
        name_start, name_end = match.span("source")
        if re.search(r"\w{3}\.$", match.group("source")):
            name_end -= 1  # ("― Carla Sanchez." ends a sentence; "― Ana B." keeps her initial)
        source = ctx.doc.char_span(name_start, name_end, alignment_mode="contract") \
            or ctx.doc.char_span(*match.span("source"), alignment_mode="expand")
        start, end = _trim(ctx.text, quotation.start, quotation.end)
        if source is not None and end > start:
            dash = after + len(match.group(0)) - len(match.group(0).lstrip(" \t\u00a0"))
            found.append(_Candidate(start, end, True, source, ctx.text[dash], dash, dash + 1, 3))
    return found


# A quotation credited after a dash, as digests print them: "IOWA POLLS NOT WRONG, JUST TOO
# EARLY - Mark Blumenthal and Jon Cohen: “…”", "… - More from Jones: “…”".
_CREDITED = re.compile(r"[ \t][-–—―][ \t]+(?:More[ \t]+from[ \t]+|From[ \t]+)?"
                       r"(?P<source>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&)){0,6})[ \t]*:[ \t]*$")


def _credited_quotations(ctx: _Context) -> list[_Candidate]:
    """A quotation after "<heading> - <name>:" on its line: the name is the source."""
    found: list[_Candidate] = []
    for quotation in ctx.quotes:
        line = ctx.text.rfind("\n", 0, quotation.open) + 1
        match = _CREDITED.search(ctx.text, line, quotation.open)
        if match is None or match.group("source").split()[-1] in ("and", "&"):
            continue
        source = ctx.doc.char_span(*match.span("source"), alignment_mode="expand")
        start, end = _trim(ctx.text, quotation.start, quotation.end)
        if source is not None and end > start:
            colon = ctx.text.rindex(":", match.start(), match.end())
            found.append(_Candidate(start, end, True, source, ":", colon, colon + 1, 3))
    return found


def _reports(outer: _Candidate, inner: _Candidate) -> bool:
    """``outer``'s content holds ``inner``'s cue, and not the other way round."""
    return inner.cue_start is not None and outer.start <= inner.cue_start < outer.end and not (
        outer.cue_start is not None and inner.start <= outer.cue_start < inner.end)


def _between_conjuncts(doc: Doc, phrase_hi: int) -> bool:
    """Whether the phrase ending at token ``phrase_hi`` is followed by a comma and a
    conjunction that opens another clause: ", and around 7 million are displaced"."""
    return phrase_hi + 3 < len(doc) and doc[phrase_hi + 1].text == "," \
        and doc[phrase_hi + 2].lower_ in ("and", "but", "while")


def _titles_before_speakers(ctx: _Context, candidates: list[_Candidate]) -> None:
    """"…, head of the Russian delegation Vladimir Medinsky told reporters", "…, the head of
    the delegation, Vladimir Medinsky, said": the parser hangs the title before the name on
    the clause said, and the content ran on into it. The title is the speaker's."""
    doc = ctx.doc
    for cand in candidates:
        speaker = cand.speaker
        if cand.direct:
            continue
        if speaker is not None and len(speaker) and cand.start < speaker.start_char and cand.end <= speaker.start_char:
            comma = _title_comma(doc, speaker.start)
            if comma is not None and cand.start < comma.idx <= cand.end + 2:
                cand.end = _trim(ctx.text, cand.start, min(cand.end, comma.idx))[1]
                cand.speaker = doc[comma.i + 1:speaker.end]
            continue
        # (and another's content that ran on into the title: "…have agreed to exchange
        # prisoners, head of the Russian delegation Vladimir Medinsky told …")
        after = doc.char_span(cand.end, cand.end + 2, alignment_mode="expand")
        name = next((t for t in after if t.ent_iob_ == "B" and t.ent_type_ == "PERSON"), None) if after is not None else None
        comma = _title_comma(doc, name.i) if name is not None else None
        if comma is not None and cand.start < comma.idx < cand.end:
            cand.end = _trim(ctx.text, cand.start, comma.idx)[1]


def _title_comma(doc: Doc, start: int) -> Token | None:
    """The comma before a title that runs up to the name at ``start`` ("…, head of the
    Russian delegation Vladimir Medinsky", "…, a spokesman for the ministry, Ahmed Fahmy"):
    a phrase of a dozen words at most, with no verb, headed by an office."""
    if doc[start].ent_type_ != "PERSON":
        return None
    comma = next((t for t in reversed(doc[max(0, start - 12):start - 2]) if t.text == ","), None)
    if comma is None:
        return None
    title = doc[comma.i + 1:start]
    while len(title) and title[-1].is_punct:
        title = title[:-1]
    heads = [t for t in title if not title.start <= t.head.i < title.end]
    if len(heads) != 1 or not is_role_noun(heads[0]) or heads[0].pos_ != "NOUN" \
            or any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in title):
        return None
    return comma


def _split_at_sources(ctx: _Context, candidates: list[_Candidate]) -> None:
    """A statement whose content holds an "according to" that closes its first conjunct
    reports the conjuncts after it only: in "Thousands have been killed, according to the UN,
    and 7 million are displaced, the IOM says", the IOM says the second."""
    doc = ctx.doc
    closing = []
    for cand in candidates:
        if cand.speaker is not None and (cand.cue or "").lower() == "according to" \
                and cand.end <= cand.speaker.start_char and _between_conjuncts(doc, cand.speaker.end - 1):
            closing.append((cand.start, doc[cand.speaker.end + 1].idx + len(doc[cand.speaker.end + 1])))
    for start, after in closing:
        for cand in candidates:
            if cand.start <= start < after < cand.end and (cand.cue_start is None or cand.cue_start >= cand.end):
                cand.start = _trim(ctx.text, after, cand.end)[0]


def _staggered(a: _Candidate, b: _Candidate) -> bool:
    """Whether the contents of ``a`` and ``b`` only share words where one ends and the other
    begins ("urged both sides to end a war" and "a war that has left 150,000 dead, according
    to …"): two statements, not one found twice."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return first.start < second.start and first.end < second.end and not any(
        c.cue_start is None or o.start <= c.cue_start < o.end for c, o in ((a, b), (b, a)))


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """One quote per content; no quote whose cue sits inside another quote's content."""
    ordered = sorted(candidates, key=lambda c: (c.rank, not c.direct, c.start))
    kept: list[_Candidate] = []
    for cand in ordered:
        rivals = [k for k in kept if k.start < cand.end and cand.start < k.end and _overlaps(cand, k) and (
            k.kind == cand.kind and not (cand.frame or k.frame or _staggered(cand, k)) or k.cue_start == cand.cue_start)]
        # (a stance inside a statement overlaps it and is kept)
        if rivals and all(_reports(cand, k) for k in rivals):
            # "X said, a majority have come to believe “…”": the quote whose content holds
            # the other's cue is the outer one, whichever was found surer.
            kept = [k for k in kept if k not in rivals]
        elif rivals:
            continue
        kept.append(cand)
    # Speech reported inside speech is the outer speaker's ("…,” he added, quoting X), but a
    # stance inside a statement is one of its own, and a stance contains nothing.
    # A hedge inside a statement is the speaker's ("officials said it was still expected to
    # pass"), already reported with it.
    nested = [
        c
        for c in kept
        if c.cue_start is not None and c.kind in ("speech", "evidential")
        and any(o is not c and o.kind == "speech" and not o.frame and o.start <= c.cue_start < o.end for o in kept)
    ]
    return sorted((c for c in kept if c not in nested), key=lambda c: c.start)


# What may stand between a quotation's cue and its second half: "…," he said on Tuesday, "…".
_RESUMING = re.compile(r"[^\n.!?\"“”]{0,40},\s*")


def _resumed(ctx: _Context, kept: list[_Candidate]) -> list[_Candidate]:
    """A quotation its cue breaks goes on after it: in '"We are ready," the minister said,
    "to talk to anyone."' the content runs from the first half to the second, one span
    with the cue inside (as PolNeAR marks it; as a parenthetical cue's clause is one)."""
    quotes = sorted(ctx.quotes, key=lambda q: q.open)
    opens = [q.open for q in quotes]
    merged: set[tuple[int, int]] = set()
    for cand in kept:
        if not cand.direct or cand.cue_start is None or cand.cue_end is None or cand.cue_start < cand.end:
            continue
        tail = max(cand.cue_end, cand.speaker_end or 0)
        k = bisect.bisect_left(opens, tail)
        if k == len(quotes) or not _RESUMING.fullmatch(ctx.text, tail, quotes[k].open):
            continue
        second = quotes[k]
        if any(o is not cand and o.start <= second.start < o.end and o.cue_start != cand.cue_start for o in kept):
            continue  # (another's words)
        if any(t.pos_ == "VERB" and t.dep_ != "amod" for t in ctx.doc.char_span(tail, second.open, alignment_mode="expand") or ()):
            # ('…," Sanders said, suggesting a few questions, including, "…"': a cue of its own;
            # not '…," he said in a televised address, "…"', a participle describing the medium)
            continue
        merged.add((second.start, cand.cue_start))
        cand.end = max(cand.end, second.end)
    # (the second half the cue's rule took as a statement of its own: ', "and we will …"')
    return [c for c in kept if (c.start, c.cue_start) not in merged] if merged else kept


def _listed(ctx: _Context, kept: list[_Candidate]) -> list[_Candidate]:
    """A statement that ends its paragraph with a colon before a bulleted list ("Here are
    the main terms, according to officials:", "The draft provides for:") says the list:
    its content runs on to the list's last item."""
    if not any(is_list_item(p.text) for p in ctx.doc._.paragraphs or () if p.kind == "body"):
        return kept
    for cand in kept:
        at = cand.cue_start if cand.cue_start is not None else cand.start
        cue = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
        if cue is None or not len(cue):
            continue
        lead_in = cue[0].sent
        # (the statement of the colon's sentence)
        items = list_after(lead_in) if lead_in.start_char <= cand.start and cand.end <= lead_in.end_char else []
        if items:
            cand.end = max(cand.end, _trim(ctx.text, items[0].start_char, items[-1].end_char)[1])
    return kept


def _continuations(
    ctx: _Context, kept: list[_Candidate], body: list[tuple[int, int]]
) -> list[_Candidate]:
    """Attribute unclaimed full-sentence quotations to the speaker of the quote before them,
    or, when left open at a paragraph's end, to the speaker of the one that goes on."""
    if not kept:
        return kept
    doc = ctx.doc
    claimed = [(c.start, c.end) for c in kept]
    sentence_starts = [s.start_char for s in doc.sents]
    para_starts = [b[0] for b in body]
    result = list(kept)
    for q in ctx.quotes:
        if any(s <= q.start < e or q.start <= s < q.end for s, e in claimed):
            continue
        # A sentence starts at the mark or at its words (the parser may leave the mark in
        # the sentence before; an opening '' mark is its second apostrophe).
        k = bisect.bisect_right(sentence_starts, q.start) - 1
        at_start = k >= 0 and sentence_starts[k] >= q.open - 1
        # (a closing mark with no opening one goes on with a quotation the paragraph before
        # left open, when the writer dropped the new paragraph's mark: '“We expect an answer.'
        # then 'If there is none, we will reconsider.”')
        resumed = q.repaired and any(p.close <= q.open and not ctx.text[p.close:q.open].strip()
                                     and ctx.text[p.close - 1:p.close] not in _ALL_MARKS for p in ctx.quotes)
        if q.repaired and not resumed or not at_start and ctx.text[q.open - 1 : q.open] != "\n":
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len([t for t in span if t.is_alpha]) < 3:  # ("It's a trap.")
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        para_q = bisect.bisect_right(para_starts, q.open) - 1
        if ctx.text[q.close - 1 : q.close] not in _ALL_MARKS and para_q + 1 < len(para_starts):
            # A quotation left open at its paragraph's end goes on in the next one, which
            # opens with a mark again (news style); that one's speaker says both.
            nxt_start = para_starts[para_q + 1]
            following = next((c for c in kept if c.direct and c.speaker is not None
                              and nxt_start <= c.start < (body[para_q + 1][1])
                              and not ctx.text[nxt_start:c.start].strip(" '\"“‘")), None)
            if following is not None:
                result.append(_Candidate(q.start, q.end, True, following.speaker, None, None, None, 3))
                continue
        previous = [c for c in result if c.direct and c.end <= q.open and c.speaker is not None]
        if not previous:
            continue
        last = max(previous, key=lambda c: c.end)
        para_last = bisect.bisect_right(para_starts, last.start) - 1
        if para_q - para_last > 1:
            continue
        result.append(_Candidate(q.start, q.end, True, last.speaker, None, None, None, 3))
    return sorted(result, key=lambda c: c.start)


_BODIES = ("organisation", "state", "group")


def _genders(doc: Doc, actors: Sequence[Actor]) -> dict[str, str]:
    """Whether each person named is a man or a woman ("m", "f"), where the text says so: by
    an honorific ("Ms. Yellen"), or by the pronoun that is the subject of what the person, as
    subject, says or thinks ("Trump said he would …"), with no other person named between and
    every such pronoun agreeing."""
    people = sorted((a for a in actors if a.kind == "person"), key=lambda a: a.start)
    starts = [a.start for a in people]
    said: dict[str, set[str]] = {}
    marked: dict[str, str] = {}
    for k, person in enumerate(people):
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None:
            continue
        title = doc[span.start - 1].lower_ if span.start > 0 else ""
        if title.removesuffix(".") in HONORIFIC_GENDERS:
            marked.setdefault(person.name, HONORIFIC_GENDERS[title.removesuffix(".")])
            continue
        if span.root.dep_ != "nsubj":
            continue
        limit = starts[k + 1] if k + 1 < len(starts) else len(doc_text(doc))
        verb = span.root.head
        # (after the verb: a quotation before it has its own people, "“He is …,” Clinton said of Trump")
        pronoun = next((t for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for t in c.children
                        if t.dep_ == "nsubj" and t.lower_ in ("he", "she") and verb.i < t.i and t.idx < limit), None)
        if pronoun is not None:
            said.setdefault(person.name, set()).add(_GENDERS[pronoun.lower_])
    found = {name: genders.pop() for name, genders in said.items() if len(genders) == 1}
    found.update(marked)
    return found


def _named_before(pronoun: Span, actors: Sequence[Actor] | None, kinds: Sequence[str],
                  sentences: int = 1, subject_first: bool = False,
                  genders: dict[str, str] | None = None) -> Actor | None:
    """The last actor of ``kinds`` named before ``pronoun`` in its sentence (or in the
    ``sentences`` - 1 before it); with ``subject_first``, the last one named as a clause's
    subject, where one is ("Former Rep. Chris Shays was pro John Kasich …, he said": Shays);
    with ``genders`` (by name), none known to be of another gender than the pronoun's."""
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(sentences - 1):
        start = doc[start - 1].sent.start if start > 0 else start
    first = doc[start].idx
    gender = _GENDERS.get(pronoun.text.lower())
    singular = pronoun.text.lower() in ("it", "its")
    named = sorted((a for a in actors or () if a.kind in kinds and first <= a.start and a.end <= pronoun.start_char
                    and (genders is None or genders.get(a.name, gender) == gender)
                    # ("Between 15 and 20 people were wounded, it said": no "it" is people)
                    and not (singular and a.kind == "group" and _plural_at(doc, a))), key=lambda a: a.start)
    heads = {a.start: span.root for a in named
             if (span := doc.char_span(a.start, a.end, alignment_mode="expand")) is not None} if subject_first else {}
    subjects = [a for a in named if a.start in heads and heads[a.start].dep_ in ("nsubj", "nsubjpass")]
    # (a main clause's subject before one of a clause of time or a relative clause: "… while
    # the governor was in the race")
    main = [a for a in subjects if not any(t.dep_ in ("advcl", "relcl", "acl")
                                           for t in (heads[a.start].head, *heads[a.start].head.ancestors))]
    chosen = main or subjects or named
    return chosen[-1] if chosen else None


def _plural_at(doc: Doc, actor: Actor) -> bool:
    """Whether the words naming ``actor`` are headed by a plural noun ("people", "residents")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


def _subjects_above(pronoun: Span) -> Iterator[tuple[Token, Token]]:
    """The clauses above ``pronoun``'s, nearest first, that have a subject other than it:
    (their verb, its subject)."""
    for verb in pronoun.root.head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not pronoun.start <= subject.i < pronoun.end:
            yield verb, subject


def _body_above(pronoun: Span, actors: Sequence[Actor] | None) -> Actor | None:
    """The body that is the subject of the nearest clause above ``pronoun``'s, if that
    subject is one."""
    # (a relative clause's "which" stands for its noun, no subject above; "held the
    # government responsible": the object of a verb, read as a small clause's subject)
    subject = next((s for verb, s in _subjects_above(pronoun)
                    if s.tag_ not in _WH_SUBJECTS and verb.pos_ in ("VERB", "AUX")), None)
    if subject is None:
        return None
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    bodies = [a for a in actors_overlapping(actors or [], lo, hi) if a.kind in _BODIES]
    # (the body the subject's head names: "Israel's Ministry of Justice … it said" is the ministry)
    return next((a for a in bodies if a.start <= subject.idx < a.end), bodies[0] if bodies else None)


def _subject_above(pronoun: Span, actors: Sequence[Actor] | None) -> Span | None:
    """The subject of the nearest clause above ``pronoun``'s in its sentence, when it agrees
    with the pronoun: a person for "he" or "she" (the name, where it is given in apposition:
    "The president of Kenya, William Ruto, received the envoy, with whom he agreed
    …"), a plural for "they" ("Relatives of the hostages announced a march, as they said in a
    statement")."""
    lower = pronoun.text.lower()
    plural = lower in ("they", "their", "them")
    if not plural and lower not in ("he", "she", "his", "her"):
        return None
    doc = pronoun.doc
    for _, subject in _subjects_above(pronoun):
        if plural:
            return _speaker_span(subject) if subject.tag_ in ("NNS", "NNPS") else None
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        person = next((a for a in actors or () if a.kind == "person" and lo <= a.start and a.end <= hi), None)
        return doc.char_span(person.start, person.end, alignment_mode="expand") if person is not None else None
    return None


def _person_before(pronoun: Span, actors: Sequence[Actor] | None) -> Span | None:
    """The person named right before a relative pronoun and its comma ("Israel Katz, who")."""
    doc = pronoun.doc
    if pronoun.start < 2 or doc[pronoun.start - 1].text != ",":
        return None
    comma = doc[pronoun.start - 1].idx
    person = next((a for a in actors or () if a.kind == "person" and comma - 1 <= a.end <= comma), None)
    return doc.char_span(person.start, person.end, alignment_mode="expand") if person is not None else None


def _role_subject_before(pronoun: Span) -> Span | None:
    """The subject of the sentence before ``pronoun``'s, when it is one office holder ("The
    minister", "Israel's defence minister"), as "he" after it means."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if start == 0:
        return None
    before = doc[start - 1].sent
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"
                    and t.head == before.root and is_role_noun(t)), None)
    return _speaker_span(subject) if subject is not None else None


_Mention = tuple[Span, "str | None", SourceProfile]


def _name_of(token: Token) -> str:
    """The name ``token`` is part of ("Nabil Abdallah" for "Abdallah"), or its own text."""
    if token.ent_iob_ not in ("B", "I"):
        return token.text
    doc, start, end = token.doc, token.i, token.i + 1
    # (the entity's own words, by their IOB marks: rebuilding doc.ents for each asked word
    # was a tenth of the layer's time on long texts)
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _whose(word: Token, root: Token) -> bool:
    """Whether ``word`` names whose the phrase under ``root`` is, or whom it stands near
    ("Netanyahu" in "Benjamin Netanyahu's office", "Clinton" in "Melanne Verveer, a close
    friend of Mrs. Clinton's", in "Clinton supporters", "Obama" in "John Podesta, whom Mr.
    Obama recruited"), not who it is: only a name's own words and its appositions are."""
    while word.i != root.i and word.head.i != word.i:
        if word.dep_ not in _NAME_LINKS or word.dep_ == "compound" and word.head.pos_ == "NOUN":
            return True
        word = word.head
    return False


# How the words of one name, or a name and its apposition, hang together.
_NAME_LINKS = frozenset({"compound", "flat", "appos"})


def _earlier_mention(core: Span, history: Sequence[_Mention], resolved: str | None = None) -> _Mention | None:
    """The source a speaker names again, most recent first: "The official said …" after "an
    Israeli official said …" (not a Hamas official named before), "the ministry" after "the
    Russian Foreign Ministry", "Al-Mansouri" after "Khalid al-Mansouri", "this source" after
    "a source within the movement"."""
    words = [t for t in core if not t.is_punct]
    if not words:
        return None
    if all(t.pos_ == "PROPN" for t in words) and len(words) <= 3:
        key = surname_key(words[-1].text)
        # (a name's last word, or a person's: not "China" in "Li Wen, China's envoy")
        # ("Atiya Abdallah" is not the "Nabil Abdallah" named before)
        return next((m for m in reversed(history) if len(m[0]) > len(core) and any(
            # (the key is in the word's lower case before it is worked out: cheap on long texts)
            t.pos_ == "PROPN" and key in t.lower_ and surname_key(t.text) == key
            and t.dep_ != "conj"  # (not "Israel and Hamas")
            and (t.ent_type_ == "PERSON" or t.i == m[0].end - 1 or t.i == m[0].root.i)
            and not _whose(t, m[0].root)  # ("Netanyahu" is not "Netanyahu's office")
            and first_names_agree(core.text, _name_of(t)) for t in m[0])), None)
    if words[0].lower_ not in ("the", "this", "that", "these", "those") or core.root.pos_ != "NOUN":
        return None
    lemma = core.root.lemma_.lower()
    # (the country its own words give, not the one an actor lookup guessed)
    country = describe_source(core, []).country or next(
        (code for t in core if t.ent_type_ in ("NORP", "GPE") for code in [load_knowledge().country_of(t.text)] if code),
        None)  # (a country word anywhere in it: "the spokesman of the Qatari ministry")
    plural = core.root.tag_ in ("NNS", "NNPS")  # ("the two ministers" are not "the minister")
    same = next((m for m in reversed(history) if m[0].root.lemma_.lower() == lemma
                 and (m[0].root.tag_ in ("NNS", "NNPS")) == plural
                 and not (country and m[2].country and country != m[2].country)), None) \
        if not any(t.pos_ == "PROPN" for t in words) else None
    # "Kremlin spokesman Dmitry Peskov told reporters … “…,” the Kremlin official noted": the
    # person of that country who spoke last (the bodies that spoke since aside)
    last = next((m for m in reversed(history) if m[2].type != "organisation"), None)
    country = country or resolved  # (or its actors': "the Kremlin official")
    if same is None and lemma == "official" and core.root.tag_ == "NN" and country and last is not None \
            and last[2].type == "person" and last[2].country == country:
        return last
    if same is None and core.root.tag_ == "NN" and last is not None and last[2].type == "person" \
            and not any(t.pos_ == "PROPN" for t in words) \
            and not (country and last[2].country and country != last[2].country) \
            and (lemma in _ANY_OFFICE or lemma in _TITLE_WORDS and any(t.lemma_.lower() == lemma for t in last[0])
                 or core.text.lower().endswith("head of state") and any(t.lower_ in _HEADS_OF_STATE for t in last[0])):
        # "Deputy Foreign Minister Mikhail Bogdanov told TASS …. “…,” the diplomat said": the
        # person named last, by a word for any office or by a word of their title ("the head
        # of state" after "President Volodymyr Zelensky")
        return last
    return same


# Words that stand for the person named last whatever their title ("the diplomat"), and
# words that do when that person's title has them ("the minister" after "Foreign Minister X").
_ANY_OFFICE = frozenset({"diplomat", "politician"})
_HEADS_OF_STATE = frozenset({"president", "king", "queen", "emir", "sultan", "monarch"})
_TITLE_WORDS = frozenset({"minister", "envoy", "spokesman", "spokeswoman", "spokesperson", "negotiator",
                          "mediator", "ambassador", "senator", "governor", "president", "premier", "chancellor"})


def _whole_name(speaker: Span, actors: Sequence[Actor], cand: _Candidate) -> Span:
    """``speaker`` with the rest of an actor's name it cuts in two ("the Hostages and Missing
    Families Forum", which the parser split at its "and"): a few name words before it, not
    "But", "As", a dash or a headline's "Donald Trump Praises", nor words of what was said."""
    doc = speaker.doc
    cut = next((a for a in actors_overlapping(actors, speaker.start_char, speaker.start_char + 1)
                if a.start < speaker.start_char and a.end <= speaker.end_char
                and not (cand.start < a.end and a.start < cand.end)), None)
    whole = doc.char_span(cut.start, speaker.end_char, alignment_mode="expand") if cut is not None else None
    if whole is None or whole.start >= speaker.start:
        return speaker
    added = doc[whole.start:speaker.start]
    name = len(added) <= 3 and added[0].pos_ == "PROPN" and not added[0].is_stop and all(
        t.pos_ == "PROPN" or t.lower_ in ("and", "of", "the", "'s", "’s", "'", "’") for t in added[1:])
    return whole if name else speaker


def _speaker_end(speaker: Span) -> int:
    """Where the speaker's words end: before a sentence's full stop the tokenizer left on its
    last name ("as reported by the public broadcaster Kan."), not an abbreviation's ("U.S.")."""
    last = speaker[-1]
    # (the sentence may go on in the whitespace of a paragraph break)
    if speaker.text.endswith(".") and all(t.is_space for t in last.doc[last.i + 1:last.sent.end]) \
            and len(last) > 2 and not last.text[:-1].isupper():
        return speaker.end_char - 1
    return speaker.end_char


def _after_dateline(doc: Doc, kept: list[_Candidate]) -> None:
    """Start what was said after the story's dateline ("CAIRO, March 5 (Reuters) -" is not
    part of it)."""
    dateline = earlier(doc, "dateline")
    for cand in kept if dateline is not None else ():
        if cand.start < dateline.end < cand.end:
            cand.start = dateline.end


def _owner_named_before(core: Span, actors: Sequence[Actor] | None,
                        genders: dict[str, str] | None = None) -> Actor | None:
    """Whom the possessive pronoun of a speaker stands for ("His office", "their lawyers"):
    the last person ("his", "her") or body ("its", "their") named in the sentence or the one
    before."""
    mine = next((c for c in core.root.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if mine is None:
        return None
    # (a group is people: "their", not "its")
    kinds = ("person",) if mine.lower_ in ("his", "her") else ("organisation", "state") \
        if mine.lower_ == "its" else _BODIES
    pronoun = core.doc[mine.i:mine.i + 1]
    # (in its own sentence, a person who is a clause's subject before one named after:
    # "Netanyahu is due to meet Trump in Washington on Tuesday, his office said" is
    # Netanyahu's office; a subject of the sentence before is often someone else's)
    found = _named_before(pronoun, actors, kinds, subject_first=True, genders=genders) \
        if mine.lower_ in ("his", "her") else None
    return found or _named_before(pronoun, actors, kinds, sentences=2, genders=genders)


def _issuer_of(core: Span, issuer: tuple[str, SourceProfile] | None,
               body: tuple[str, SourceProfile] | None) -> tuple[str, SourceProfile] | None:
    """Who the text a speaker names again was put out by: whoever last put out a statement
    ("the text", "the communiqué"), else, for "the statement", the body that spoke last."""
    if not _names_the_text(core):
        return None
    return issuer or (body if core.root.lemma_.lower() in ("statement", "communiqué", "communique") else None)


def _names_the_text(core: Span) -> bool:
    """Whether a speaker is a statement named again ("the text", "the communiqué", "the
    note"), which speaks for whoever issued it."""
    return len(core) <= 3 and core[0].lower_ in ("the", "this", "that") \
        and (is_medium(core.root) or core.root.lower_ == "text")


# Offices that speak as bodies ("the ministry said"), not as the people who hold them.
_OFFICES = frozenset({"ministry", "office", "department", "presidency", "government", "cabinet", "council",
                      "embassy", "agency", "secretariat", "administration", "committee", "commission",
                      "directorate", "authority", "army", "military", "police", "court", "parliament"})


def _actor_profile(doc: Doc, actor: Actor | None, actors: Sequence[Actor] | None,
                   fallback: Span | None = None) -> SourceProfile:
    """The source profile of the words that name ``actor`` (else of ``fallback``; a person
    when neither is there)."""
    named = (doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor is not None else None) or fallback
    return describe_source(named, actors or []) if named is not None else SourceProfile("person")


def _finish(doc: Doc, kept: list[_Candidate]) -> list[Quote]:
    """Build Quote records, resolving pronoun speakers to the previous named speaker."""
    actors: list[Actor] | None = earlier(doc, "actors")
    last_named: tuple[str, bool] | None = None  # (name, plural)
    last_profile = SourceProfile()
    last_person: tuple[str, SourceProfile] | None = None  # the last named who can be "he"
    reporting = False  # (whether the last named speaker is an outlet reporting: "…, Ukrinform reports")
    last_office = False  # (whether it is a body or an office, never a "he": "the ministry said")
    # (who is a man or a woman, read only where a "he" or "she" speaks)
    # (and where "his" or "her" says whose a speaker is: "her campaign said")
    genders = _genders(doc, actors or []) if any(
        c.speaker is not None and (c.speaker.text.lower() in _GENDERS or c.speaker[0].lower_ in ("his", "her"))
        for c in kept) else {}
    last_content = (0, 0)  # what the last named speaker said
    history: list[_Mention] = []  # the named speakers so far
    last_issuer: tuple[str, SourceProfile] | None = None  # who last put out a statement
    last_body: tuple[str, SourceProfile] | None = None  # ... or last spoke as a body
    _after_dateline(doc, kept)
    # (in the order the speakers are named, which is how a reader resolves "he" and "they":
    # "…, as they said in a statement" comes after the body its content names)
    def named_at(k: int) -> int:
        speaker = kept[k].speaker
        return kept[k].start if speaker is None else speaker.start_char

    order = sorted(range(len(kept)), key=named_at)
    made: dict[int, Quote] = {}
    for k in order:
        cand = kept[k]
        speaker = cand.speaker
        speaker_actor = _actor_for(speaker, actors)
        profile = SourceProfile()
        if cand.antecedent is not None:
            core = _speaker_core(cand.antecedent)
            # ("…, the minister of Defense, Israel Katz, who specified …": the parser may hang
            # the clause on another noun; the person named right before "who" is who)
            named = _person_before(speaker, actors) if speaker is not None and not any(
                a.kind == "person" and a.start < core.end_char and core.start_char < a.end for a in actors or ()) else None
            if named is not None:
                core = named
            if (issuer := _issuer_of(core, last_issuer, last_body)) is not None:
                # ("…,” indicated the text, which added that …": the text's issuer)
                speaker_actor, profile = _actor_for(core, actors) or issuer[0], issuer[1]
            else:
                speaker_actor = _actor_for(core, actors) or core.text
                profile = last_profile = describe_source(core, actors or [])
                last_named = (speaker_actor, core.root.tag_ in ("NNS", "NNPS") and profile.type != "person")
            last_content = (cand.start, cand.end)
        elif speaker is not None and cand.cue == ":" and speaker.text in ANSWER_LABELS \
                and (interviewee := _interviewee(actors, speaker.start_char)) is not None:
            # ("A: We are still in the middle of the process": the answer is the words of the
            # person the page says it interviewed, the first it names)
            speaker_actor = interviewee.name
            profile = _actor_profile(doc, interviewee, actors, speaker)
        elif speaker is not None and cand.kind == "question" and speaker.text in _TURN_LABELS:
            speaker_actor = None  # (an interviewer's question: no one the page names)
        elif speaker is not None and cand.cue == ":" and speaker.text.isupper() \
                and (turn := _turn_speaker(speaker, actors or [])) is not None:
            # ("MR PIGOTT: Not yet.": Tommy Pigott, as the page describes him)
            speaker_actor, person = turn
            profile = _actor_profile(doc, person, actors)
        elif speaker is not None:
            lower = speaker.text.lower()
            if lower in _PRONOUNS:
                # ("The Presidency held the government responsible for the escalation, which it
                # said will …": the body that is the subject above, else the last one named)
                body = (_body_above(speaker, actors) or _named_before(speaker, actors, _BODIES)) \
                    if lower in ("it", "its") else None
                if body is None and lower in ("it", "its") and (last_named is None or last_named[1]):
                    body = _named_before(speaker, actors, _BODIES, sentences=2)  # (the one before)
                # ("Ruto received the envoy, with whom he agreed to …": the subject of a
                # clause above the pronoun's, before any earlier speaker)
                above = _subject_above(speaker, actors) if body is None else None
                if body is None and above is None and (last_named is None or last_named[1]
                                                       or reporting and last_person is None) \
                        and lower in ("he", "she", "his", "her"):
                    # "Spokesman Ali Rahimi spoke on Monday. He said …": no speaker before (or
                    # only a plural one: "rights groups warned …. Suu Kyi has faced criticism
                    # …. She has assumed …"; or only an outlet reporting, never a "he": "…,
                    # Ukrinform reports. “…,” he wrote"), the person named last.
                    body = _named_before(speaker, actors, ("person",), sentences=2, subject_first=True)
                if body is not None:
                    # "the State Department sanctioned tankers that it said had …": a body
                    # named earlier in the sentence, not the last speaker.
                    speaker_actor = speaker_actor or body.name
                    profile = _actor_profile(doc, body, actors, speaker)
                    if body.kind == "person" and lower in _PERSONAL_PRONOUNS:
                        # (and the next "she" is her too: "She has assumed a new role …. “…,” she said")
                        last_named, last_profile, last_person = (speaker_actor, False), profile, (speaker_actor, profile)
                elif above is not None:
                    speaker_actor = speaker_actor or _actor_for(above, actors) or above.text
                    profile = describe_source(above, actors or [])
                elif lower in _PERSONAL_PRONOUNS and last_profile.type == "organisation" and last_person is not None:
                    # ("Peskov said Moscow welcomed …. He noted …": a body is never "he")
                    speaker_actor, profile = speaker_actor or last_person[0], last_person[1]
                elif lower in ("he", "she") and last_office and (person := _named_before(
                        speaker, actors, ("person",), sentences=2, subject_first=True, genders=genders)) is not None:
                    # ("Abdelatty stressed …, the ministry said in a statement. He also called
                    # on …": an office is no "he" either; the person it reported on is)
                    speaker_actor = speaker_actor or person.name
                    profile = _actor_profile(doc, person, actors)
                elif last_named is not None and (
                    not last_named[1] if lower in _SINGULAR_PRONOUNS
                    # ("A lawyer for two of them said they denied …": in one speaker's words,
                    # "they" is someone else)
                    else last_named[1] or not last_content[0] <= speaker.start_char < last_content[1]
                ):
                    speaker_actor = speaker_actor or last_named[0]
                    profile = last_profile  # "he added": the speaker before
                elif lower in ("he", "she") and (role := _role_subject_before(speaker)) is not None:
                    # "The minister was blunt. “…,” he told the Knesset": no one named, the
                    # office holder the sentence before is about
                    speaker_actor = speaker_actor or _actor_for(role, actors) or role.text
                    profile = last_profile = describe_source(role, actors or [])
                    last_named = (speaker_actor, False)
                elif lower in ("he", "she") and cand.kind == "speech" and last_named is not None \
                        and last_profile.type in ("anonymous", "role") and not any(
                            a.kind == "person" and a.start < speaker.start_char for a in actors or ()):
                    # ("The sources pointed out … She added that …", "The ministry said … She
                    # added": translated prose whose pronoun kept the Arabic noun's gender; no
                    # one else it can be)
                    speaker_actor, profile = speaker_actor or last_named[0], last_profile
                if speaker_actor and lower in _GENDERS and genders.get(speaker_actor, _GENDERS[lower]) != _GENDERS[lower]:
                    # (a man is no "she", whomever the rules above found: someone the text has
                    # not named as a speaker)
                    speaker_actor, profile = None, SourceProfile()
            elif (issuer := _issuer_of(_speaker_core(speaker), last_issuer, last_body)) is not None:
                # ("…, informed the group in a communiqué. “…,” indicated the text": the text
                # speaks for whoever issued it)
                speaker_actor, profile = speaker_actor or issuer[0], issuer[1]
            else:
                core = _speaker_core(speaker)
                profile = describe_source(core, actors or [])
                if core.root.lower_ in ("another", "other", "second") and len(core) <= 2 and history \
                        and history[-1][2].type == "anonymous":
                    # ("One Israeli official said …, while another said …": another of the same)
                    speaker_actor, profile = speaker_actor or history[-1][1], history[-1][2]
                again = _earlier_mention(core, history, profile.country)
                if again is not None and not (profile.country and not again[2].country and core.root.pos_ == "NOUN"):
                    # (but not a headline's bare "army" for "the Sudanese army" the story names)
                    speaker_actor, profile = again[1] or speaker_actor, again[2]
                # (but "her uncle" speaks for himself)
                owner = _owner_named_before(core, actors, genders) \
                    if speaker_actor is None and core.root.lemma_.lower() not in KIN else None
                named_before = [a for a in actors or () if a.end <= core.start_char]
                states = states_referred(core.root, named_before) if speaker_actor is None and owner is None else None
                # (the bare group the noun makes, "leaders", is no one in particular)
                people = people_referred(core.root, named_before) if speaker_actor in (None, core.root.lower_) \
                    and owner is None and not states else None
                if states:
                    # ("The three countries said in a joint statement": the states named last,
                    # the first of them as for "Qatar, Egypt and the United States said")
                    speaker_actor = states[0].name
                    profile = SourceProfile("organisation", None, states[0].country)
                elif people:
                    # ("The two leaders said": the people named last, the first of them, as for
                    # "Sisi and King Abdullah said")
                    speaker_actor = people[0].name
                    profile = replace(profile, country=profile.country or people[0].country)
                if owner is not None:
                    # ("His office declined to comment", "its spokesman said": whose they are)
                    speaker_actor = owner.name
                    profile = replace(profile, country=profile.country or owner.country)
                history.append((core, speaker_actor, profile))
                # (a person is one, whatever the tagger made of a name in -s: "Guterres", NNPS)
                last_named = (speaker_actor or speaker.text,
                              speaker.root.tag_ in ("NNS", "NNPS") and profile.type != "person")
                last_profile = profile
                last_content = (cand.start, cand.end)
                last_office = core.root.lemma_.lower() in _OFFICES and core.root.pos_ == "NOUN"
                reporting = profile.type == "organisation" and (cand.cue or "").lower().startswith("report")
                if profile.type != "organisation" and not last_named[1] and not is_medium(core.root):
                    # (a statement is no "he": "according to a joint statement")
                    last_person = (last_named[0], profile)
        cue_span = doc.char_span(cand.cue_start, cand.cue_end, alignment_mode="expand") \
            if cand.cue_start is not None and cand.cue_end is not None else None
        # (the verb of "has said in a statement", not its auxiliary)
        relay = cand.relay or (relay_of(cue_span.root, spoken=cand.kind == "speech")
                               if cue_span is not None and len(cue_span) else None)
        broken = cand.cue_start is not None and cand.cue_end is not None and cand.start <= cand.cue_start < cand.end \
            and relay is not None and 0 <= relay.start_char - cand.cue_end <= 40
        if relay is not None and (speaker is not None and relay.start_char == speaker.start_char
                                  or relay.start_char < cand.end and cand.start < relay.end_char and not broken):
            relay = None  # "According to the statement": the statement is the source; and
            # what was said is no relay ("said it had targeted militants", misparsed); but a
            # quotation its cue breaks holds the cue and its relay ('“…,” X told the Times, “…”')
        if speaker_actor is not None and relay is not None and is_medium(relay.root):
            last_issuer = last_body = (speaker_actor, profile)
        elif speaker_actor is not None and profile.type in ("organisation", "role") and cand.kind == "speech":
            # (what a body or an office says or reports is a statement it put out: "…, the Air
            # Force reported. …, according to the statement.")
            last_body = (speaker_actor, profile)
        if relay is not None and speaker is not None and relay.start < speaker.start < relay.end:
            # (nor the speaker the parser hung on it: "In an op-ed published in The Washington
            # Post, Jordan's King Abdullah wrote", the king an apposition of the paper)
            relay = doc[relay.start:speaker.start]
        while relay is not None and len(relay) > 1 and (relay[-1].text in (",", ";", ":", ".") or relay[-1].is_space):
            relay = relay[:-1]  # (not the comma the parser hung on it: "In remarks broadcast by Al-Manar, …")
        if relay is not None and relay.text.count('"') % 2 and relay.end < len(doc) and doc[relay.end].text == '"':
            relay = doc[relay.start:relay.end + 1]  # (its closing mark: 'a post on the platform "X"')
        if speaker is not None and actors:
            speaker = _whole_name(speaker, actors, cand)
        speaker_end = _speaker_end(speaker) if speaker is not None else None
        made[k] = Quote(
            start=cand.start,
            end=cand.end,
            content=doc_text(doc)[cand.start : cand.end],
            direct=cand.direct,
            speaker=doc_text(doc)[speaker.start_char:speaker_end] if speaker is not None else None,
            speaker_start=speaker.start_char if speaker is not None else None,
            speaker_end=speaker_end,
            cue=cand.cue,
            cue_start=cand.cue_start,
            cue_end=cand.cue_end,
            speaker_actor=speaker_actor,
            source_type=profile.type,
            source_count=profile.count,
            source_country=profile.country,
            source_affiliation=profile.affiliation,
            relay=relay.text if relay is not None else None,
            relay_start=relay.start_char if relay is not None else None,
            relay_end=relay.end_char if relay is not None else None,
            kind=cand.kind,
            also_by=[doc_text(doc)[s.start_char:_speaker_end(s)] for s in cand.also],
            learned=cand.learned,
            cue_score=cand.cue_score,
        )
    return [made[k] for k in range(len(kept))]


class Attributor:
    """spaCy component that sets ``doc._.quotes``."""

    def __init__(self, lexicon: CueLexicon, model: CueModel | None = None, nested_stances: bool = True) -> None:
        self.lexicon = lexicon
        self.model = model
        self.nested_stances = nested_stances
        if model is not None:
            supersenses()  # (read with the model, not on the first article)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, self.lexicon, self.model, self.nested_stances)
        return doc


@Language.factory("dateline_attribution_v1",
                  default_config={"cues_path": None, "learned_cues": True, "cue_model_path": None,
                                  "nested_stances": True})
def make_attribution(nlp: Language, name: str, cues_path: str | None, learned_cues: bool,
                     cue_model_path: str | None, nested_stances: bool) -> Attributor:
    """Find direct and reported quotes with their speaker and cue; with ``learned_cues``,
    also the attributions of words the cue model (``cues.py``; the packaged one, or the
    one at ``cue_model_path``) scores as cues. ``nested_stances`` keeps every stance a
    statement reports ("officials said Israel has offered to release 700 prisoners"); off,
    the model's veto drops those unlike the cues it learned, as it drops the others."""
    return Attributor(load_cues(cues_path), load_cue_model(cue_model_path) if learned_cues else None,
                      nested_stances)
