"""Actors: who is who, resolved from the text and an offline knowledge base.

Finds mentions of states and their institutions ("Egyptian, Qatari and American
delegations", "the Israeli side", "the Mossad"), people with their roles and countries taken
from titles and appositions ("Israeli Prime Minister Benjamin Netanyahu", "the president of
Egypt, Abdel Fattah al Sisi"), organisations (UN agencies, armed groups, media such as Efe),
and collective civilian actors ("Palestinians", "Israeli hostages"). Later mentions of a
person by surname resolve to the same person. Knowledge comes from
:mod:`dateline.knowledge`; no person is ever looked up in a list of names.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ._data import event_cue
from ._extensions import doc_text, earlier
from .cues import supersenses
from .knowledge import Entry, Knowledge, load_knowledge
from .model import Actor, ActorList
from .places import PLACE_PREPOSITIONS, Gazetteer, load_gazetteer
from .quantities import load_numbers
from .sources import is_posted, is_posted_title, names_medium
from .structure import (
    ANSWER_LABELS,
    LOCATIVE_PREPOSITIONS,
    QUESTION_LABELS,
    TIME_ZONES,
    cut_off,
    photo_credits,
)

__all__ = ["ActorRecognizer", "find_actors"]

logger = logging.getLogger(__name__)

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)

_PRIORITY = {"ethnic": 4, "person": 3, "entry": 2, "org": 2, "office": 1, "institution": 1,
             "group": 1, "demonym": 0}


_Adder = Callable[[int, int, str, str, "str | None", "str | None", str], None]


@dataclass
class _Candidate:
    start: int
    end: int
    actor: Actor
    source: str


@dataclass(frozen=True, eq=False)
class _Patterns:
    title: re.Pattern[str]
    before: re.Pattern[str]
    apposition_before: re.Pattern[str]
    apposition_after: re.Pattern[str]
    office: re.Pattern[str]
    back_reference: re.Pattern[str]
    #: Every word of every title ("Defense" of "defense minister" is no given name).
    title_words: frozenset[str]


def _alternation(words: list[str]) -> str:
    # (either apostrophe: "prime minister’s office" as pages print it)
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


# An office's portfolio after its title: "of State", "for Foreign Affairs", "of the Interior".
_PORTFOLIO = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}"


@lru_cache(maxsize=8)
def _patterns(kb: Knowledge) -> _Patterns:
    titles = [t for t in kb.titles if not t.endswith(".")]
    # Titles in any case ("President", "president"); names and demonyms only capitalised: an
    # IGNORECASE name pattern would read "Yeltsin on Saturday hosted Japanese" as one name.
    title = rf"(?i:{_alternation(titles)})"
    demonym = rf"(?:{_alternation(list(kb.demonyms))})"
    name = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
    # "Lebanon's new President", "the former prime minister", "Senior Hamas official" (not an
    # owner named "Senior Hamas")
    standing = r"(?:(?i:new|former|ousted|acting|interim|outgoing|incoming|then|late|senior|top|veteran|prominent)\s+)?"
    # An office and whose it is: "Egyptian president", "Qatar's prime minister", "director of
    # the CIA", "a spokesman for the TPLF" (the two appositions share it).
    office = (rf"(?:(?P<dem>{demonym})\s+|(?P<owner>{name})(?:'s|’s)\s+)?"
              # ("the Commander of the Syrian Democratic Forces (SDF), Mazloum Abdi")
              rf"(?P<title>{title})(?:\s+(?P<prep>of|for)\s+(?:the\s+)?(?P<where>{name})(?:\s*\([A-Z][\w.-]{{1,10}}\))?)?")
    return _Patterns(
        title=re.compile(rf"\b{title}\b"),
        # "Israeli Prime Minister", "Hamas leader", "Egypt's President", "U.S. Secretary of State"
        before=re.compile(
            # ("Acting Thai Prime Minister", "Thai Acting Prime Minister"; with its portfolio:
            # "Qatar's Minister of State", "Britain's Secretary of State for Defence")
            rf"{standing}(?:(?P<dem>{demonym})\s+|(?P<owner>{name})(?:'s|’s)?\s+)?{standing}"
            rf"(?P<title>(?:{title})(?:\s+(?:{title}))*)(?:\s+(?:of|for)\s+{_PORTFOLIO}){{0,2}}\s+$"),
        # "the president of Egypt, " / "the Egyptian president, " / "Qatar's prime minister, "
        apposition_before=re.compile(rf"(?:[Tt]he\s+)?{office},\s*$"),
        # ", the Egyptian president" / ", director of the CIA" / ", Qatar's prime minister"
        apposition_after=re.compile(rf"^,\s*(?:(?i:the|a|an)\s+)?{office}"),
        # "the prime minister" (no name after it), "the informants", "these sources"
        back_reference=re.compile(
            rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]he same)\s+(?:(?:(?P<demonym>{demonym})\s+)?(?P<title>{title})"
            rf"(?![ \t]+(?:of\b|[A-Z]))"
            rf"|(?:informants|sources|informant|source)"
            # ("the group", "the Islamist movement", "the militia": the body named before)
            rf"|(?P<body>(?:(?:militant|armed|Islamist|Islamic|Palestinian|Lebanese|Yemeni|Iraqi|"
            rf"Syrian|rebel|paramilitary|Shiite|Shia|Sunni|jihadist|extremist|political)\s+)?"
            rf"(?:group|movement|militia|faction|organi[sz]ation))(?![ \t]+of\b))\b"),
        office=re.compile(
            rf"\b(?:the\s+)?(?P<office>{_alternation(list(kb.office_nouns))})\b", re.IGNORECASE),
        title_words=frozenset(w.lower().rstrip(".") for t in kb.titles for w in t.split()),
    )


class ActorRecognizer:
    """spaCy component: sets ``doc._.actors``."""

    def __init__(self, nlp: Language, kb: Knowledge, gazetteer: Gazetteer | None = None) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.patterns = _patterns(kb)
        # Names a misspelling can be matched to: states and demonyms ("Quatar", "Afganistan").
        self.spellings = sorted({a for a, e in kb.entries.items() if e.kind == "state"}
                                | set(kb.demonyms))
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, words in (("ENTRY", kb.entries), ("DEM", kb.demonyms),
                             ("DEMPL", kb.plural_demonyms)):
            self.matcher.add(label, [nlp.make_doc(word) for word in words])

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = ActorList(find_actors(doc, self))
        return doc

    # -- helpers -----------------------------------------------------------------------------
    def resolve_where(self, text: str | None) -> tuple[str | None, str | None]:
        """(country, sector) for "Egypt", "the CIA", "Qatar" in "director of the CIA"."""
        if not text:
            return None, None
        text = re.sub(r"^the\s+|['’]s$", "", text.strip(), flags=re.IGNORECASE)
        entry = self.kb.entries.get(text)
        if entry is not None:
            return entry.country, entry.sector if entry.kind != "state" or entry.sector != "government" else None
        country = self.kb.country_of(text)
        if country is None and " " in text:
            # ("spokesman of the Qatari Foreign Ministry": the body is its demonym's)
            country = self.kb.demonyms.get(text.split()[0])
        return country, None

    def misspelt(self, text: str) -> str | None:
        """The state name or demonym ``text`` misspells, if it is that close: "Quatar" is
        Qatar, "Ethopia" Ethiopia; "Austria" is not Australia, nor "Niger" Nigeria."""
        if len(text) < 5 or not text[0].isupper():
            return None
        found = process.extractOne(text, self.spellings, scorer=fuzz.ratio, score_cutoff=90)
        return found[0] if found else None

    def country_name(self, code: str | None) -> str | None:
        return self.kb.country_names.get(code) if code else None

    def dateline_country(self, place: str) -> str | None:
        """The country of a dateline's city ("ALGIERS", "GAZA CITY"), when the gazetteer knows it."""
        name = place.title() if place.isupper() else place
        return self.kb.capitals.get(name) or self._country_of_place(name)

    def _country_of_place(self, name: str, named: set[str] | None = None) -> str | None:
        """A state from the knowledge base, else the gazetteer's best place of that name (in
        a country ``named`` when one is: "Tripoli" beside "Lebanese" is not Libya's capital)."""
        code = self.kb.country_of(name)
        if code or self.gazetteer is None:
            return code
        best = self.gazetteer.pick(name, named or ())
        return best.country if best is not None else None

    def place_country(self, token: Token) -> str | None:
        """The country of the place ``token`` names: a country or demonym from the knowledge
        base, else a town or region of the gazetteer when the tagger took it for a place
        ("demonstrators in Baghdad", "rebels in Darfur"). Of homonyms, the most populous wins,
        with the weight the places layer gives a country its sentence names ("militias in
        Tripoli" beside "Lebanese" are Lebanon's)."""
        text = _entity_text(token)
        if token.ent_type_ not in ("GPE", "LOC"):
            return self.kb.country_of(text)
        return self._country_of_place(text, _sentence_countries(token.sent, self.kb, besides=token))


def _first_conjunct(token: Token) -> Token:
    """The first of the coordinated words ``token`` belongs to ("Qatar" for "Egypt" in
    "Qatar and Egypt"), which carries the coordination's relation."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _head_noun(token: Token) -> Token | None:
    """The noun a demonym modifies, through coordination ("Egyptian, Qatari and US delegations")."""
    current = _first_conjunct(token)
    if current.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod") and current.head.pos_ in (
        "NOUN", "PROPN"
    ):
        return current.head
    return None


def _compound_head(head: Token) -> str:
    """The head noun with its compound modifiers: "security sources", "air force"."""
    parts = [t.lower_ for t in head.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    return " ".join([*parts, head.lower_])


_NAME_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.IGNORECASE)


def first_names_agree(name: str, other: str) -> bool:
    """Whether ``name`` can be the person ``other`` names: a surname alone, or the same first
    name or initial ("J. Kirby" and "John Kirby"; not "Atiya Abdallah" and "Nabil Abdallah")."""
    titles = load_knowledge().titles

    def given(words: list[str]) -> list[str]:  # (without titles: "Dr.", "President", "Sheikh")
        k = 0
        while k < len(words) - 1 and (words[k].lower().rstrip(".") in titles or words[k].lower() in titles
                                      or len(words[k]) > 2 and words[k].endswith(".")):
            k += 1
        return words[k:]

    mine, theirs = given(name.split()), given(other.split())
    if len(mine) < 2 or len(theirs) < 2 or mine[0].lower() in _NAME_PARTICLES:
        return True  # (a surname alone, or with its particle: "Al Thani", "bin Salman")
    a, b = mine[0].rstrip(".").lower(), theirs[0].rstrip(".").lower()
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _spelt_otherwise(name: str, kb: Knowledge) -> Entry | None:
    """The known person ``name`` gives another spelling of the first name of, a letter apart
    as transliterations are ("Sergey Lavrov" is Sergei Lavrov, "Dmitri Peskov" Dmitry Peskov;
    not "Ivan Lavrov"), or None."""
    words = name.split()
    entry = kb.entries.get(words[-1]) if len(words) == 2 else None
    if entry is None or entry.kind != "person" or len(entry.name.split()) != 2:
        return None
    given = entry.name.split()[0]
    return entry if given[0] == words[0][0] and len(given) > 3 \
        and Levenshtein.distance(given.lower(), words[0].lower()) == 1 else None


def surname_key(name: str) -> str:
    """How a surname is looked up: "Khalid al-Mansouri", "Al-Mansouri" and "Mansouri" are one
    person (case and the Arabic article aside); "Joseph F. Dunford Jr." is a Dunford, not a Jr."""
    words = [w.rstrip(",") for w in name.split()]
    while len(words) > 1 and _NAME_SUFFIX.match(words[-1]):
        words.pop()
    return re.sub(r"^(?:al|el|ad|ar|as|an)-|['’]s?$", "", words[-1].lower())  # (and "Trump's")


#: Honorifics that say whether a person is a man or a woman ("Ms. Yellen"), without their dot.
HONORIFIC_GENDERS = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}
# Words before a name that are no part of it ("Mr Phumtham", "Dr. Tedros").
_HONORIFICS = frozenset(HONORIFIC_GENDERS) | {"dr", "sir", "dame"}


# Lower-case particles of Arabic and other names that the recogniser may leave out of a name
# it cuts short ("Abdel Fattah" of "Abdel Fattah el-Sisi").
_NAME_PARTICLES = frozenset({"el", "al", "bin", "ibn", "bint", "abu", "de", "del", "van", "von", "da", "di", "du"})


def _name_particles(ent: Span) -> Span:
    """``ent`` with a particle and the capitalised name after it, where the recogniser
    stopped before them ("Abdel Fattah" + "el-Sisi", "Mohammed" + "bin Salman")."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end].idx == doc[end - 1].idx + len(doc[end - 1]) + 1:
        after = end + 2 if doc[end + 1].text in ("-", "‑") and end + 2 < len(doc) else end + 1
        if after < len(doc) and doc[after].is_title and doc[after].pos_ == "PROPN" \
                and doc[after].idx <= doc[after - 1].idx + len(doc[after - 1]) + 1:
            return doc[ent.start:after + 1]
    return ent


def _given_name(ent: Span, kb: Knowledge) -> Span:
    """``ent`` with the given name the recogniser left out between it and a title
    ("Defense Minister" + "Rustem" + "Umerov"): a capitalised word the parser hung on the
    name, itself no title nor a word WordNet knows as a noun, right after a title (not "Sen."
    nor "Justice" of "Chief Justice John Roberts", "Counsel" of "General Counsel James Baker")."""
    doc = ent.doc
    if ent.start < 2:
        return ent
    word, before = doc[ent.start - 1], doc[ent.start - 2]
    given = word.pos_ == "PROPN" and word.dep_ == "compound" and ent.start <= word.head.i < ent.end \
        and word.is_title and word.is_alpha and not word.ent_type_ and word.lower_ not in _patterns(kb).title_words \
        and _title_word(before, kb) and (word.lower_, "n") not in supersenses()
    return doc[ent.start - 1:ent.end] if given else ent


def _title_word(token: Token, kb: Knowledge) -> bool:
    """Whether ``token`` is a word of a title ("Minister", "Sheikh", "Sen.")."""
    return token.lower_.rstrip(".") in _patterns(kb).title_words


def _untitled(ent: Span, kb: Knowledge) -> Span:
    """A person's name the recogniser took with the titles before it, without them, when the
    knowledge base knows the rest ("Emir Sheikh Tamim bin Hamad Al Thani"): the titles are
    then read as the name's context, as they are when left out."""
    if ent.text in kb.entries:
        return ent
    k = 0
    while k < min(3, len(ent) - 1) and _title_word(ent[k], kb):
        k += 1
        known = kb.entries.get(ent[k:].text)
        if known is not None and known.kind == "person":
            return ent[k:]
    return ent


def _by_given_name(word: str, people: dict[str, Actor]) -> Actor | None:
    """The one person named before whose name begins with ``word``, where no one's ends with
    it: "Mr Anwar" after "Anwar Ibrahim", "Hun" after "Hun Manet" (Malay, Thai and Khmer
    names, Chinese and Korean ones, are short for their first word)."""
    key = surname_key(word)
    if key in people:
        return None
    found = {a.name: a for a in people.values()
             if len(a.name.split()) > 1 and surname_key(a.name.split()[0]) == key}
    return next(iter(found.values())) if len(found) == 1 else None


def _untagged_surnames(doc: Doc, people: dict[str, Actor], add: Callable[..., None]) -> None:
    """A surname the recogniser left untagged after the full name ("Lubinets added …", read
    as a plural noun), or took for an organisation, is the person named in full before; not
    after another capitalised word, which makes it another name ("Olena Lubinets"), unless
    that word is a title ("Mr.")."""
    titles = load_knowledge().titles
    surnames = {surname_key(a.name): a for a in people.values() if len(a.name.split()) > 1}
    # (a surname the recogniser took for an organisation is one too: "sources close to Green")
    tagged = {t.i for e in doc.ents if e.label_ != "ORG" or len(e) > 1 for t in e}
    for token in doc:
        # (a name heads its phrase: not "Green energy" after "Mark Green")
        known = (surnames.get(surname_key(token.text))
                 or (_by_given_name(token.text, people) if token.pos_ == "PROPN" else None)) \
            if token.is_title and len(token) > 2 and token.i not in tagged and not token.is_stop \
            and token.dep_ not in ("amod", "compound", "advmod", "det", "nummod") else None
        if known is None or known.end > token.idx:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        bare = before.text.rstrip(".").lower() if before is not None else ""
        if before is not None and before.is_title and before.text not in titles \
                and bare not in titles and bare not in _HONORIFICS or after is not None and after.is_title and after.pos_ == "PROPN":
            continue
        add(token.idx, token.idx + len(token), known.name, "person", known.country, known.sector, "person",
            known.role)


# What a weapon's name can stand before (with the events layer's weapon nouns).
_WEAPON_HEADS = frozenset({"tank", "jet", "aircraft", "helicopter", "warship", "submarine", "system"})


def _names_a_weapon(doc: Doc, candidate: _Candidate) -> bool:
    """Whether a name the knowledge base does not know is a weapon's, before the noun of what
    it is: "Iskander-M ballistic missiles", "Qassam rockets", "Merkava tanks"."""
    if candidate.source not in ("org", "person"):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = span.root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # ("Iskander-M ballistic missiles": through the noun's other words)
    lemma = head.lemma_.lower()
    return head.i > span.root.i and (lemma in _WEAPON_HEADS or lemma in event_cue("weapon_nouns"))


# Verbs whose object, in conflict news, is ground: a name the recogniser took for a person's
# there is the town the gazetteer knows.
_TAKING_VERBS = frozenset({"seize", "capture", "recapture", "retake", "overrun", "storm", "besiege", "shell",
                           "encircle", "surround", "enter"})
# People a city must have for the recogniser's "person" after "in" or "from" to be the city.
_BIG_CITY = 50_000


# The words a place's name follows with "of" ("the town of Bara").
_SETTLEMENTS = frozenset({"village", "villages", "town", "towns", "city", "hamlet", "settlement", "district",
                          "province", "region", "camp", "port", "neighbourhood", "neighborhood", "suburb"})


def _portfolio(ent: Span, kb: Knowledge) -> bool:
    """Whether ``ent`` is the portfolio of a title before a name ("Minister of State Mohammed
    Al-Khulaifi", "Secretary of State for Defence John Healey"), no body of its own."""
    doc = ent.doc

    def portfolio_word(t: Token) -> bool:
        return t.lower_ in ("of", "for", "the") or t.is_title and t.lower_ not in kb.titles and t.ent_type_ != "PERSON"

    k = ent.start - 1  # (back to the title: "Secretary of State for Defence")
    while k > 0 and ent.start - k < 6 and portfolio_word(doc[k]):
        k -= 1
    if k < 0 or k + 1 >= ent.start or doc[k].lower_ not in kb.titles or doc[k + 1].lower_ not in ("of", "for"):
        return False
    j = ent.end  # (on to the name, past the rest of the portfolio)
    while j < len(doc) and j - ent.end < 6 and portfolio_word(doc[j]):
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "PERSON"


def _misread_place(ent: Span, words: set[str], rec: ActorRecognizer, curated: bool = False) -> bool:
    """Whether an organisation or a person the recogniser found is a town the gazetteer
    knows (for a person, one of the curated places of conflict news: "Clinton" is a town
    too; a capital is one), after a preposition of place and with no word of a body's name or
    a title ("an attack on the city of El Fasher", tagged ORG; "Israel's attack on Rafah",
    "a source in Kyiv's headquarters", tagged PERSON)."""
    doc, kb = ent.doc, rec.kb
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _SETTLEMENTS:
        return True  # ("the village of Novopavlivka": the text says what it is, known or not)
    # (or what troops take: "M23, which seized Goma in January")
    # (the parser may join a second town to a date: "seized Goma in January and Bukavu in February")
    verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    taken = ent.root.dep_ in ("dobj", "conj") and verb is not None and verb.lemma_.lower() in _TAKING_VERBS
    # (a curated place naming the thing after it: "withdrawal from the Netzarim axis")
    naming = ent.root.dep_ == "compound" and ent.start >= 2 and doc[ent.start - 1].lower_ == "the" \
        and doc[ent.start - 2].lower_ in PLACE_PREPOSITIONS
    if naming and rec.gazetteer is not None:
        return any(r.curated for r in rec.gazetteer.candidates(ent.text))
    if rec.gazetteer is None or ent.start == 0 or doc[ent.start - 1].lower_ not in PLACE_PREPOSITIONS and not taken \
            or words & (kb.media_words | set(kb.organisation_words)) \
            or any(w.lower() in kb.institutions or w.lower() in kb.titles for w in words):
        return False
    # (for a person, also a city too big to be a surname's town, "the withdrawal from Kherson",
    # unless the text names someone with it: "Jesse Jackson" … "from Jackson")
    named = any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in doc.ents)
    return ent.text in kb.capitals or any(r.curated or not curated or r.population >= _BIG_CITY and not named
                                          for r in rec.gazetteer.candidates(ent.text))


def _capital_misread(ent: Span, kb: Knowledge) -> bool:
    """Whether a one-word name the recogniser took for a person's is a capital qualifying a
    noun ("the Kyiv regime", "Kyiv's coordination headquarters"), joined to another capital
    ("Baku and Yerevan"), or standing for its state in a story that names that state ("Kiev
    has not disclosed …" in a story on Ukraine): a state's or a place, no one's name."""
    word = ent.root
    return len(ent) == 1 and word.text in kb.capitals and (
        _qualifies_noun(word) or word.dep_ == "conj" and _first_conjunct(word).text in kb.capitals
        or _state_named(ent.doc, kb.capitals[word.text], kb) and not any(
            e.label_ == "PERSON" and len(e) > 1 and word.text in (e[0].text, e[-1].text) for e in ent.doc.ents))


def _state_named(doc: Doc, code: str, kb: Knowledge) -> bool:
    """Whether ``doc`` names the state ``code`` by its name or a demonym."""
    return any(e.label_ in ("GPE", "NORP") and (kb.country_of(e.text) or kb.demonyms.get(e.text)) == code
               for e in doc.ents)


def _qualifies_noun(word: Token) -> bool:
    return word.dep_ in ("compound", "poss") and word.head.pos_ == "NOUN"


def _region_of(token: Token, rec: ActorRecognizer) -> str | None:
    """The country of a region of conflict news the word names ("Tigray", "Darfur"; the
    gazetteer's curated regions), or None."""
    if rec.gazetteer is None or not token.is_title or token.text in rec.kb.entries:
        return None
    return next((r.country for r in rec.gazetteer.candidates(token.text)
                 if r.curated and r.feature == "region" and r.country), None)


def _misread_people(doc: Doc, kb: Knowledge) -> list[Span]:
    """Names the recogniser took for organisations or places, as it does with names it has not
    seen ("Ukrainian Ombudsman Dmitry Lubinets", "commissioner Dmytro Lubinets", "Ambassador to
    Israel Mike Huckabee", "Hamas official Bassem Naim"): two or three capitalised words after
    a title, inside the entity or right before it (or after the country the title names; a
    place's, with a title in apposition after it), none of them a word of an organisation's
    name. (A rank before a name is read as a title too: "Lieutenant Colonel
    Nadav Shoshani", a work of art to the recogniser.)"""
    found: list[Span] = []
    for ent in doc.ents:
        # (and places no state is: "Hamas official Bassem Naim", "Bassem Naim, a Hamas
        # official", a place to the recogniser)
        place = ent.label_ == "GPE" and kb.country_of(ent.text) is None
        if ent.label_ not in ("ORG", "WORK_OF_ART", "PRODUCT") and not place or ent.text in kb.entries:
            continue
        titles = [t.i for t in ent if t.lower_ in kb.titles]
        if titles and not place:
            name = doc[titles[-1] + 1:ent.end]
        elif ent.start > 0 and doc[ent.start - 1].lower_ in kb.titles or place and any(
                c.dep_ == "appos" and c.lower_ in kb.titles and c.i > ent.end for c in ent.root.children):
            name = ent
        elif ent[0].text in kb.entries and any(t.lower_ in kb.titles for t in doc[max(0, ent.start - 3):ent.start]):
            name = ent[1:]  # ("Ambassador to Israel Mike Huckabee": the post's country, then the name)
        else:
            continue
        if _looks_like_a_name(name, kb):
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    for ent in doc.ents:
        # ("the head of the Kharkiv Regional Military Administration Oleh Syniehubov": an
        # untagged name right after the body whose office the title before it is)
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
                or doc[ent.start - 2].lower_ not in kb.titles:
            continue
        words = 0
        while ent.end + words < len(doc) and words < 3 and doc[ent.end + words].pos_ == "PROPN" \
                and doc[ent.end + words].is_title and not doc[ent.end + words].ent_type_:
            words += 1
        if words >= 2 and _looks_like_a_name(doc[ent.end:ent.end + words], kb):
            found.append(Span(doc, ent.end, ent.end + words, label="PERSON"))
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_:
            continue
        # ("The chief negotiator of the Government, Otty Patiño, said": a name the recogniser
        # missed, set off by commas after a title; or before one: "Bassem Naim, a Hamas
        # official, told AFP")
        after_title = token.dep_ == "appos" and token.head.lower_ in kb.titles and doc[token.left_edge.i - 1].text == ","
        before_title = token.i + 1 < len(doc) and doc[token.i + 1].text == "," and any(
            c.dep_ == "appos" and c.lower_ in kb.titles and c.i > token.i for c in token.children)
        if after_title or before_title:
            name = doc[token.left_edge.i:token.i + 1]
            if _looks_like_a_name(name, kb):
                found.append(Span(doc, name.start, name.end, label="PERSON"))
    return found


def _looks_like_a_name(name: Span, kb: Knowledge) -> bool:
    """Two or three capitalised words, none of them a word of a body's name, a title, a
    state or a demonym."""
    return 2 <= len(name) <= 3 and all(
        t.is_alpha and t.is_title and t.text not in kb.organisation_words
        and t.lower_ not in kb.institutions and t.lower_ not in kb.titles
        and t.text not in kb.entries and t.text not in kb.demonyms for t in name)


def _person_context(rec: ActorRecognizer, doc: Doc, ent: Span) -> tuple[int, str | None, str | None, str | None]:
    """(start, role, country, sector) from titles and appositions around a PERSON mention."""
    sentence = ent.sent
    before = doc_text(doc)[sentence.start_char:ent.start_char]
    after = doc_text(doc)[ent.end_char:sentence.end_char]
    p = rec.patterns
    match = p.before.search(before[-90:])
    start = ent.start_char
    role = country = sector = None
    if match:
        start = ent.start_char - (len(before[-90:]) - match.start())
        role = match.group("title")
        owner = match.group("owner")
        if owner and (owner.lower() in rec.kb.titles or f"{owner} {role}".lower() in rec.kb.titles):
            # "Prime Minister": the "owner" was the first word of the title.
            role, owner = f"{owner} {role}", None
        elif owner and " " in owner and f"{owner.split()[-1]} {role}".lower() in rec.kb.titles:
            # "Qatar's Prime Minister": the owner's last word begins the title.
            *rest, first = owner.split()
            role, owner = f"{first} {role}", " ".join(rest)
        if match.group("dem"):
            country = rec.kb.demonyms.get(match.group("dem")) or rec.kb.country_of(match.group("dem"))
        elif owner:
            country, sector = rec.resolve_where(owner)
    else:
        for found in (p.apposition_before.search(before[-120:]), p.apposition_after.match(after)):
            if not found:
                continue
            role = found.group("title")
            if found.group("dem"):
                country = rec.kb.demonyms.get(found.group("dem"))
            elif found.group("owner"):
                country, sector = rec.resolve_where(found.group("owner"))
            # (not where an envoy is sent: "the UN special envoy for Yemen, Hans Grundberg")
            if found.group("where") and country is None and not (
                    found.group("prep") == "for" and is_posted_title(role.split()[-1])
                    and rec.kb.country_of(found.group("where")) is not None):
                country, sector = rec.resolve_where(found.group("where"))
            break
    if role and country is None:
        # "Israeli government spokesman Eitan Levran": the state named before the office
        # the title belongs to.
        first = doc.char_span(start, ent.end_char, alignment_mode="expand")
        i = first.start - 1 if first is not None else -1
        while i >= sentence.start and first is not None and first.start - i <= 3 \
                and doc[i].dep_ in ("compound", "amod", "nmod"):
            code = rec.kb.country_of(doc[i].text)
            if code is not None:
                start, country = doc[i].idx, code
                break
            i -= 1
    if role:
        role = " ".join(role.lower().split())
        last = role.split()[-1] if role.split()[-1] in rec.kb.titles else role
        sector = sector or rec.kb.titles.get(role) or rec.kb.titles.get(last) or None
    return start, role, country, sector


def find_actors(doc: Doc, rec: ActorRecognizer) -> list[Actor]:
    """Actor mentions of ``doc``, one per span, in text order."""
    kb = rec.kb
    candidates: list[_Candidate] = []

    def add(start: int, end: int, name: str, kind: str, country: str | None, sector: str | None,
            source: str, role: str | None = None) -> None:
        text = doc_text(doc)[start:end]
        candidates.append(_Candidate(start, end, Actor(start, end, text, name, kind,  # type: ignore[arg-type]
                                                       country, sector, role), source))

    matches = [Span(doc, s, e, label=label) for label, s, e in rec.matcher(doc)]
    for span in filter_spans(matches):
        label = span.label_
        if label == "ENTRY":
            entry = kb.entries[span.text]
            if entry.kind == "person" and span[0].ent_type_ == "PERSON":
                continue  # (read with the person's title and apposition below)
            owned = _institution_of(span, kb) if entry.kind == "state" else None
            if entry.kind == "state" and owned is None:
                # "U.S. soldier", "Ivory Coast rebels": the state with the noun it qualifies.
                _qualified(doc, span, rec, add, entry.country, entry.name, entry.sector, "entry")
            else:
                add(span.start_char, span.end_char, entry.name, entry.kind, entry.country,
                    owned or entry.sector, "entry")
        elif label == "DEMPL":
            code = kb.plural_demonyms[span.text]
            add(span.start_char, span.end_char, span.text, "group", code, "civilians", "group")
        else:
            _demonym(doc, span, rec, add)

    # People: titles and appositions give role and country; surnames corefer.
    people: dict[str, Actor] = {}
    misread = _misread_people(doc, kb)
    reached = 0  # (the token a name read so far ends at)
    for ent in sorted([e for e in doc.ents if e.label_ == "PERSON"] + misread, key=lambda e: e.start):
        if len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].lower_ in ("'s", "’s")):
            ent = ent[:-1]  # (the recogniser may take the possessive in: "Donald Trump's")
        if len(ent) > 1 and ent[0].lower_ in ("the", "'s", "’s"):
            # (no person's name has it: "the Tigray People's Liberation Front" is a body;
            # "Here’s Clinton" is Clinton)
            ent = ent[1:]
        while len(ent) > 1 and ent[0].is_punct:
            ent = ent[1:]  # (nor a dash: "three hostages - Ofer Kalderon, …")
        ent = _untitled(ent, kb)
        if ent.end < len(doc) and doc[ent.end].ent_iob_ == "B" and doc[ent.end].ent_type_ == "PERSON" \
                and all(_title_word(t, kb) for t in ent):
            continue  # (titles the recogniser took for a name of their own: "Emir Sheikh" | "Tamim bin Hamad")
        if ent.start < reached:
            continue  # (the rest of a name the particles below took in: "… Abdulrahman" + "Al Thani")
        ent = _given_name(_name_particles(ent), kb)
        reached = ent.end
        text = ent.text.strip()
        known = people.get(text)
        if known is None:
            # (a surname alone is the person named before; "Atiya Abdallah" is not "Nabil Abdallah")
            namesake = people.get(surname_key(text))
            known = namesake if namesake is not None and first_names_agree(text, namesake.name) \
                else _by_given_name(text, people) if len(ent) == 1 else None
        glued = _GLUED.fullmatch(text)
        known_person = kb.entries.get(text) or _spelt_otherwise(text, kb)
        if known_person is not None and known_person.kind != "person" or text in kb.demonyms or text in kb.plural_demonyms \
                or text in QUESTION_LABELS or text in ANSWER_LABELS \
                or (glued is not None and glued.group(1) in kb.entries) \
                or known is None and known_person is None and _misread_place(ent, set(text.split()), rec, curated=True) \
                or _capital_misread(ent, kb) or len(ent) == 1 and _qualifies_noun(ent.root) \
                and _region_of(ent.root, rec) is not None:
            continue  # "Tajik servicemen": a demonym the tagger took for a name; "Hezbollahin"; "an attack on Rafah"
        last = candidates[-1] if candidates and candidates[-1].source == "person" else None
        if last is not None and doc_text(doc)[last.end:ent.start_char] == " " and known is None:
            # The tagger cut one name in two ("Mohammed bin Abdulrahman" + "Al Thani").
            whole = f"{last.actor.name} {text}"
            merged = replace(last.actor, end=ent.end_char, name=whole,
                             text=doc_text(doc)[last.start:ent.end_char])
            candidates[-1] = _Candidate(last.start, ent.end_char, merged, "person")
            people[whole] = people[text] = merged
            continue
        kind_noun = doc[ent.start - 1] if ent.start > 0 and known_person is None else None
        if kind_noun is not None and kind_noun.tag_ == "NN" and kind_noun.lower_ in _FIRM_NOUNS:
            # ("British maritime security firm Ambrey", "the charity Anera": a body the recogniser
            # took for a person, named after the noun saying what it is; its country a word before)
            country = next((code for t in doc[max(ent.sent.start, ent.start - 5):ent.start - 1]
                            for code in [kb.demonyms.get(t.text) or kb.country_of(t.text)] if code), None)
            add(ent.start_char, ent.end_char, text, "organisation", country, _FIRM_NOUNS[kind_noun.lower_], "org")
            continue
        start, role, country, sector = _person_context(rec, doc, ent)
        if known_person is not None:
            # A person the knowledge base knows: their own name and country, whatever the
            # title says or leaves out ("Prime Minister Benjamin Netanyahu" under CAIRO)
            text, country = known_person.name, known_person.country or country
            sector = sector or known_person.sector
        if known is not None and (role is None or country is None):
            # A later mention: same person, with what the first mention said about them.
            add(start, ent.end_char, known.name, "person", known.country or country,
                known.sector or sector, "person", known.role or role)
            continue
        actor = Actor(start, ent.end_char, doc_text(doc)[start:ent.end_char], text, "person",
                      country, sector, role)
        people[text] = actor
        if len(text.split()) > 1:
            people.setdefault(surname_key(text), actor)
        candidates.append(_Candidate(start, ent.end_char, actor, "person"))

    _untagged_surnames(doc, people, add)

    # Machine translation sometimes glues a function word to a name ("the Islamist group
    # Hezbollahin which ..." for "Hezbollah, in which"): a known name plus such a word is that name.
    for ent in doc.ents:
        glued = _GLUED.fullmatch(ent.text)
        if glued is None or ent.text in kb.entries or glued.group(1) not in kb.entries:
            continue
        glued_entry = kb.entries[glued.group(1)]
        add(ent.start_char, ent.start_char + len(glued.group(1)), glued_entry.name, glued_entry.kind,
            glued_entry.country, glued_entry.sector, "entry")

    # Misspelt states and demonyms, as wire copy and translations have them.
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG") or len(ent) != 1 or ent.text in kb.entries \
                or ent.text in kb.demonyms or ent.text in kb.plural_demonyms or ent.text in kb.capitals:
            continue
        meant = rec.misspelt(ent.text)
        if meant is not None:
            state = kb.country_of(meant)
            add(ent.start_char, ent.end_char, rec.country_name(state) or meant, "state", state,
                "government" if meant in kb.entries else None, "entry")

    # A capital as the subject of a clause stands for its government ("Tokyo agreed",
    # "Amman hosted the talks"), and so does one a party deals "with" ("in contact with
    # Doha and Washington"); "talks in Amman" leave it a place. (One the recogniser took for
    # a person's name is no place either: "accused Kiev of dragging its feet".)
    for ent in doc.ents:
        as_name = ent.label_ != "GPE" and _capital_misread(ent, kb) and ent.root.dep_ != "conj"
        capital_of = kb.capitals.get(ent.text) if ent.label_ == "GPE" or as_name else None
        if capital_of and ent.text not in kb.entries and (
                _first_conjunct(ent.root).dep_ in ("nsubj", "nsubjpass") or _dealt_with(ent.root)
                or as_name and ent.root.dep_ in ("dobj", "dative")):
            add(ent.start_char, ent.end_char, kb.country_names.get(capital_of, ent.text), "state",
                capital_of, "government", "entry")
        elif capital_of and ent.text not in kb.entries and ent.root.dep_ in ("compound", "poss") \
                and ent.root.head.pos_ == "NOUN" and any(
                    w in kb.institutions or w in kb.titles or w in kb.groups
                    for w in (ent.root.head.lower_, _compound_head(ent.root.head))):
            # "the Khartoum government", "Cairo's security chief": the state's.
            _qualified(doc, ent, rec, add, capital_of,
                       kb.country_names.get(capital_of, ent.text), "government", "institution")

    for token in doc:
        # A region's fighters, forces or leaders are a group of their own, not the state's
        # ("the Tigray forces", "Darfur rebels").
        region = _region_of(token, rec) if token.dep_ == "compound" and token.head.pos_ == "NOUN" else None
        head = token.head
        sector = (_group_sector(kb, head) or ("rebel" if kb.institutions.get(head.lower_) == "military" else None)) \
            if region else None
        if sector:
            add(token.idx, head.idx + len(head.text), f"{token.text} {head.lower_}", "group", region, sector, "group")
        # (and a capital joined to a capital subject that the recogniser missed: "Moscow and
        # Kyiv have not held talks")
        joined = kb.capitals.get(token.text) if token.dep_ == "conj" and token.ent_type_ in ("", "PERSON") else None
        if joined and _first_conjunct(token).dep_ in ("nsubj", "nsubjpass") and _first_conjunct(token).text in kb.capitals:
            add(token.idx, token.idx + len(token.text), kb.country_names.get(joined, token.text), "state",
                joined, "government", "entry")
        # (and a capital subject the recogniser missed altogether, in a story that names its
        # state: "Kyiv says Moscow made unacceptable demands")
        missed = kb.capitals.get(token.text) if token.dep_ == "nsubj" and not token.ent_type_ \
            and token.pos_ == "PROPN" and token.text not in kb.entries else None
        if missed and _state_named(doc, missed, kb):
            add(token.idx, token.idx + len(token.text), kb.country_names.get(missed, token.text), "state",
                missed, "government", "entry")

    # Organisations the knowledge base does not know: media by their name, others as is.
    as_people = {(e.start, e.end) for e in misread}
    for ent in doc.ents:
        bare = re.sub(r"^(?:[Tt]he|an?)\s+", "", ent.text)  # (nor "a": "a White House readout")
        glued = _GLUED.fullmatch(bare)
        if ent.label_ != "ORG" or ent.text in kb.entries or bare in kb.entries or (ent.start, ent.end) in as_people \
                or bare in TIME_ZONES \
                or any(s > ent.start and e == ent.end for s, e in as_people) \
                or bare in kb.demonyms or (glued is not None and glued.group(1) in kb.entries) \
                or re.sub(r"['’]s$", "", bare) in kb.entries or re.sub(r"\s+[a-z]+$", "", bare) in kb.entries:
            # "The United Nations", "Nepal's", "The Kataib Hezbollah militia": the knowledge
            # base's entry covers it (and a time zone is none: "at 4am local time (02:00 GMT)")
            continue
        if _portfolio(ent, kb) or bare.lower() in kb.office_nouns or bare.lower() in kb.titles or (
                f"{bare.lower()}'s office" in kb.office_nouns and re.match(r"['’]s\s+office\b", doc_text(doc)[ent.end_char:])):
            # (an office's words, "Russia's Defence Ministry", "PM's office": its state's, below;
            # and a title's, "Iran's supreme leader")
            continue
        # "the Ministry of Mines in La Paz": the ministry, not where it stands.
        bare = re.sub(r"\s+(?:in|at)(?:\s+[A-Z].*)?$", "", bare) if " of " in bare or \
            bare.split()[0] in ("Ministry", "Embassy", "Consulate") else bare
        # (nor a function word the recogniser took along: "the ministry on Monday")
        bare = re.sub(r"\s+(?:on|in|at|of|for|to|by|and|the)$", "", bare)
        words = set(bare.split())
        if _misread_place(ent, words, rec):
            continue
        start = ent.start_char + ent.text.index(bare)
        end = start + len(bare)
        name = doc_text(doc)[start:end]
        # ("the Council" after "the UN Security Council", "the Commission" after "the European
        # Commission": the body named before, by its last word)
        same = max((c.actor for c in candidates if c.end <= start and c.actor.kind == "organisation"
                     and c.actor.name.rsplit(" ", 1)[-1] == bare != c.actor.name),
                    key=lambda a: a.end, default=None) if " " not in bare and not (
            ent.start > 0 and doc[ent.start - 1].lower_ == "of") else None  # (not "Secretary of State")
        if same is not None:
            add(start, end, same.name, same.kind, same.country, same.sector, "org")
        elif words & kb.media_words:
            add(start, end, name, "organisation", None, "media", "org")
        else:
            country, sector = _organisation_owner(doc_text(doc), start, bare, rec)
            add(start, end, name, "organisation", country, sector, "org")

    # Offices named without their country ("the presidential department"): the country of the
    # last government actor named before them in their paragraph (one from an earlier
    # paragraph is often another state's: "US officials said …" then "The prime minister's
    # office said …" in a JERUSALEM story; there the dateline's host country is meant).
    office_countries: dict[str, str] = {}  # (each office's country where the text gave it)
    for match in rec.patterns.office.finditer(doc_text(doc)):
        office = match.group("office").lower().replace("’", "'")
        paragraph = doc_text(doc).rfind("\n", 0, match.start()) + 1
        previous = [c.actor for c in candidates if paragraph <= c.start and c.end <= match.start() and c.actor.country
                    and c.actor.sector in ("government", None) and c.actor.kind in ("state", "person")]
        # (a state that acts before one that is only where things happen: "Israel will keep
        # troops inside southern Lebanon, a military spokesman said" is Israel's spokesman)
        acting = [a for a in previous if not located(doc, a.start)]
        nearest = max(acting or previous, key=lambda a: a.end) if previous else None
        country = nearest.country if nearest is not None else None
        if acting and nearest is not None and kb.office_nouns[office] == "military" \
                and office_countries.get(office, country) != country and not _subject_at(doc, nearest.start):
            # ("The Lebanese army is to deploy …" then "Mikati called on Israel to abide by
            # it. The army said …": the army named before with its country, not a state the
            # paragraph names as someone's object; a government is more often the one its
            # paragraph is about)
            country = office_countries[office]
        # ("The army-led government": the government of the army named there)
        led = _LED_BY.search(doc_text(doc), max(0, match.start("office") - 20), match.start("office"))
        leader = next((c.actor.country for c in candidates if c.actor.country and c.end == led.start()), None) \
            if led is not None else None
        if office in kb.local_offices:
            country = None  # (Gaza's civil defence is no office of the Israel named before it)
        # ("the Israeli prime minister's office", "Egypt's presidency": the state named with it;
        # "Gaza's civil defence agency": the place)
        bodies = _phrase_bodies(doc, match.start("office"), match.end("office"), candidates)
        if bodies and not any(a.kind == "state" and a.country for a in bodies):
            continue  # ("delegations from Fatah and Hamas": those bodies', named there)
        if kb.office_nouns[office] != "government" and any(
                c.actor.kind == "organisation" and doc_text(doc)[c.start:c.end] in kb.entries
                and _OWNED.fullmatch(doc_text(doc), c.end, match.start("office")) for c in candidates):
            # ("Hamas's military wing", "the Hezbollah military": a group the knowledge base
            # knows holds it, no state; but "the Taliban government" governs one)
            continue
        country = _country_word_before(doc_text(doc), match.start("office"), kb) \
            or _place_before(doc_text(doc), match.start("office"), rec) \
            or _place_after(doc_text(doc), match.end("office"), rec) \
            or _territory_before(doc, match.start("office"), rec) \
            or leader or country or office_countries.get(office) \
            or next((a.country for a in bodies if a.kind == "state" and a.country), None)
        # ("the Presidency" after "the Presidency of the State of Palestine"; "Military
        # commanders from Ethiopia's government": the state the phrase says they are from)
        if country:
            office_countries[office] = country
        start, end = match.span("office")
        add(start, end, kb.country_names.get(country or "", office) if country else office,
            "state", country, kb.office_nouns[office], "office")

    # Ethnic and religious communities ("Yoruba leaders", "Hutu rebels", "ethnic Albanians
    # in southern Serbia"): of the group's countries, the one its sentence names, else the
    # first. A word that is also a demonym ("Albanian police") stays the state's unless
    # "ethnic" or the sentence says otherwise.
    for token in doc:
        countries = kb.ethnic.get(token.text)
        if not countries or token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and \
                token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
            continue  # "Karen Bass" is a person; "Bosnian Serbs" tagged as one is not
        marked = token.i > 0 and doc[token.i - 1].lower_ == "ethnic"
        head = token.head
        # "Kurds in Syria": the country of their own "in/of/from" phrase comes first.
        own = {rec.place_country(obj) for word in (token, head)
               for prep in word.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from")
               for obj in prep.children if obj.dep_ == "pobj"}
        named = _sentence_countries(token.sent, kb, besides=token)
        before = doc[token.i - 1] if token.i > 0 else None
        prefix = kb.demonyms.get(before.text) if before is not None and before.dep_ in (
            "amod", "compound") else None  # "Iraqi Kurds", "Bosnian Serbs"
        in_context = [c for c in countries if c == prefix] + \
            [c for c in countries if c in own] + [c for c in countries if c in named]
        institution = head.pos_ == "NOUN" and head.i > token.i and (
            _compound_head(head) in kb.institutions or head.lower_ in kb.institutions)
        if (token.text in kb.demonyms or token.text in kb.plural_demonyms) and not marked \
                and (institution or not (in_context and in_context[0] != countries[0])):
            continue  # "Serb forces" are the state's wherever the sentence is
        country = in_context[0] if in_context else countries[0]
        first = doc[token.i - 1] if marked else token
        if prefix is not None and before is not None:
            first = before
        if token.dep_ in ("amod", "compound", "nmod") and head.pos_ == "NOUN" and head.i > token.i:
            nouns = [head.lower_, head.lower_.removesuffix("s"),
                     *(c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod"))]
            sector = next((kb.groups[w] for w in nouns if w in kb.groups), None) \
                or kb.institutions.get(head.lower_) or "civilians"
            add(first.idx, head.idx + len(head.text), f"{token.text} {head.lower_}", "group",
                country, sector, "ethnic")
        else:
            add(first.idx, token.idx + len(token.text), token.text, "group", country, "civilians",
                "ethnic")

    # Collective actors named by a plural noun ("protesters", "relatives of the hostages").
    # "Rebels in the Ivory Coast", "security forces in Guinea": the country they are in.
    for token in doc:
        phrase = _compound_head(token)
        # (a compound the list lacks is its head's: "health authorities", "health officials")
        phrase = phrase if phrase in kb.institutions else token.lower_
        if token.tag_ not in ("NNS", "NNPS") or not (token.lower_ in kb.groups or phrase in kb.institutions):
            continue
        # (diplomats and envoys are where they are posted, not whose: "diplomats in Doha")
        places = ("from",) if is_posted(token) else ("in", "from", "throughout", "across")
        where = next((code for prep in token.children
                      if prep.dep_ == "prep" and prep.lower_ in places
                      for obj in prep.children if obj.dep_ == "pobj"
                      for code in [rec.place_country(obj)] if code), None) or next(
            # (or a town or territory before them: "Gaza health authorities", "the Rafah
            # authorities"; a state named there is the demonym's business)
            (code for left in token.lefts if left.dep_ == "compound"
             for place in left.subtree if place.ent_type_ in ("GPE", "LOC") and place.dep_ == "compound"
             and kb.country_of(place.text) is None
             for code in [rec.place_country(place)] if code), None)
        if token.lower_ in kb.groups:
            if any(c.dep_ in ("compound", "amod", "nmod") and c.i == token.i - 1
                   and getattr(kb.entries.get(c.text), "kind", None) == "organisation" for c in token.lefts):
                continue  # ("M23 rebels", "Hamas fighters": the group the name names)
            add(token.idx, token.idx + len(token.text), token.lower_, "group", where,
                kb.groups[token.lower_], "group")
        elif where is not None:
            first = min([token, *(c for c in token.lefts if c.dep_ == "compound")], key=lambda t: t.i)
            add(first.idx, token.idx + len(token.text), rec.country_name(where) or where, "state",
                where, kb.institutions[phrase], "institution")

    paragraphs = earlier(doc, "paragraphs")
    furniture = [(p.start, p.end) for p in (paragraphs or [])
                 if p.kind in ("signature", "boilerplate")]
    # (a caption's photo credit names the agency and the photographer: "REUTERS/Mohammed Salem")
    captions = [(p.start, p.end) for p in (paragraphs or []) if p.kind == "caption"]
    furniture += [span for s, e in captions for span in photo_credits(doc_text(doc), s, e)]
    # Agency lines and page furniture name no actor of the story, nor does a weapon's name
    # ("three Iskander-M ballistic missiles", "Qassam rockets", "Merkava tanks").
    candidates = [c for c in candidates if not any(s <= c.start < e for s, e in furniture)
                  and not _names_a_weapon(doc, c)]
    body = [p for p in paragraphs or [] if p.kind == "body"]
    if body and cut_off(body) is not None:
        # A story cut off mid-word ("… talks with the ambassador of Qat"): its last word may
        # be a piece of a name, no actor, unless the knowledge base knows it whole.
        def fragment(word: str) -> bool:
            return " " not in word and word not in kb.entries and kb.country_of(word) is None

        candidates = [c for c in candidates if not (c.end >= body[-1].end and fragment(c.actor.text.strip()))]
    dateline = earlier(doc, "dateline")
    if dateline is not None:
        # "DOHA, March 5 (Reuters) -": a place and an agency, not actors of the story (a
        # headline above it names them: "Qatar says Gaza talks at 'delicate stage'").
        candidates = [c for c in candidates if not dateline.start <= c.start < dateline.end]
        host = rec.dateline_country(dateline.place)
        if host is not None:
            # (in text order, each seeing those before it as settled: "Taliban government
            # spokesman" is the spokesman of the government the Taliban's name made Afghan)
            for k in sorted(range(len(candidates)), key=lambda k: candidates[k].start):
                candidates[k] = _hosted(candidates[k], host, rec, doc, candidates)
    return _corefer(doc_text(doc), _acronyms(doc_text(doc), _select(candidates), kb), rec, captions)


# A name and the acronym a text gives it: "the Sudanese Armed Forces (SAF)", "the UN Office
# for the Coordination of Humanitarian Affairs (OCHA)".
_DEFINED_ACRONYM = re.compile(
    r"(?P<long>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|the|and|on|de|du|des|al|el))*?)"
    r"\s*\((?P<short>[A-Z][A-Za-z]?[A-Z]{1,6})\)")


def _acronyms(text: str, actors: list[Actor], kb: Knowledge) -> list[Actor]:
    """Read each name a text defines an acronym for ("the Sudanese Armed Forces (SAF)") as
    one actor: the acronym's own entry when it is one the knowledge base knows ("… (OCHA)"),
    else the actor the name ends with; the acronym, there and after, is that actor too."""
    found = list(actors)
    for match in _DEFINED_ACRONYM.finditer(text):
        long_start, long_end = match.span("long")
        if match.group("long").startswith("The "):
            long_start += 4  # (the article is no part of the name)
        short, (short_start, short_end) = match.group("short"), match.span("short")
        # (the acronym's letters are the name's initials, in order: not "President Ruto (ODM)")
        letters = iter(_initials(match.group("long")))
        if not all(any(c == i for i in letters) for c in short.upper()):
            continue
        own = next((a for a in found if a.start == short_start and a.end == short_end
                    and a.kind != "person" and short in kb.entries), None)
        inside = [a for a in found if long_start <= a.start and a.end <= long_end]
        last = max(inside, key=lambda a: a.end) if inside else None
        meant = own or (last if last is not None and last.end == long_end and last.kind != "person" else None)
        if meant is None:
            continue
        if own is not None:
            # (the name is the entry's, whatever the recogniser made of its words)
            found = [a for a in found if a not in inside]
            found.append(replace(own, start=long_start, end=long_end, text=text[long_start:long_end]))
        mentions = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(short)}\b", text[short_start:])]
        for start, end in ((short_start + s, short_start + e) for s, e in mentions):
            found = [a for a in found if not (a.start < end and start < a.end)]
            found.append(replace(meant, start=start, end=end, text=short))
    # An acronym no one defined, of a body named in full before: "the Saudi Press Agency
    # reported … SPA said" (not one the knowledge base knows, nor over another actor).
    found.sort(key=lambda a: a.start)
    bodies = [(a, _initials(a.name)) for a in found if a.kind == "organisation"]
    for match in _BARE_ACRONYM.finditer(text):
        short = match.group()
        start, end = match.span()
        if short in kb.entries or any(a.start < end and start < a.end and a.name != short for a in found):
            continue
        named = next((a for a, letters in reversed(bodies) if a.end <= start and letters == short), None)
        if named is not None:
            found = [a for a in found if not (a.start < end and start < a.end)]
            found.append(replace(named, start=start, end=end, text=short))
    return sorted(found, key=lambda a: a.start)


_BARE_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words ("Saudi Press Agency": "SPA")."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))


def _hosted(candidate: _Candidate, host: str, rec: ActorRecognizer, doc: Doc,
            others: Sequence[_Candidate] = ()) -> _Candidate:
    """A government title with no country in a datelined story is the host country's, as
    wire style writes it ("ALGIERS - President Bouteflika", "the presidency said"); a
    foreign office-holder there is named with a country ("U.S. President"), and a body's
    own one with its pronoun ("its spokesman Hazem Qasem": see :func:`_corefer`) or the
    body's word ("Qatar's Foreign Ministry said … ministry spokesman Majed al-Ansari": the
    ministry named before, whatever the dateline); a body named right before it ("Taliban
    government spokesman"), or the side a person leads ("The Afghan side was led by Defence
    Minister …"), says whose it is."""
    actor, text = candidate.actor, doc_text(doc)
    if actor.country is not None or actor.sector != "government" or not (
            candidate.source == "office" or candidate.source == "person" and actor.role) \
            or _POSSESSIVE_BEFORE.search(text, max(0, candidate.start - 12), candidate.start):
        return candidate
    if actor.kind == "person":
        # ("Israeli Prime Minister Benjamin Netanyahu" anywhere in the story: the same person
        # with a bare title in a CAIRO story is still Israel's)
        key = surname_key(actor.name.split()[-1])
        same = next((o.actor.country for o in others if o.actor.kind == "person" and o.actor.country
                     and surname_key(o.actor.name.split()[-1]) == key
                     and first_names_agree(actor.name, o.actor.name)), None)
        if same is not None:
            return replace(candidate, actor=replace(actor, country=same))
    body = _BODY_WORD_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
    named = next((o.actor for o in reversed(others) if body is not None and o.end <= candidate.start
                  and o.actor.country and body.group(1).lower() in text[o.start:o.end].lower()), None)
    if named is not None:
        return replace(candidate, actor=replace(actor, country=named.country))
    # ("The army-led government" in a JEDDAH story on Sudan: the government of the army the
    # story named, Sudan's, not the host's)
    led = _LED_BY.search(text, max(0, candidate.start - 20), candidate.start)
    leader = next((o.actor for o in others if o.actor.country and led is not None and o.end == led.start()), None)
    # ("Taliban government spokesman", "the Hamas government": the body's)
    owner = next((o.actor for o in others if o.actor.country and o.actor.kind in ("organisation", "person")
                  and o.end < candidate.start and text[o.end:candidate.start] == " "), None)
    country = leader.country if leader is not None and leader.country \
        else owner.country if owner is not None and owner.country else _side_led(doc, candidate, others) or host
    name = actor.name if actor.kind == "person" else rec.country_name(country) or actor.name
    return replace(candidate, actor=replace(actor, country=country, name=name))


def _side_led(doc: Doc, candidate: _Candidate, others: Sequence[_Candidate]) -> str | None:
    """The country of the side or delegation a person is said to lead ("The Afghan side was
    led by …", "a delegation headed by …")."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    agent = span.root.head if span is not None and span.root.dep_ == "pobj" else None
    if agent is None or agent.lower_ != "by" or agent.head.lemma_ not in ("lead", "head"):
        return None
    verb = agent.head
    side = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if side is None:
        return None
    lo, hi = side.left_edge.idx, side.right_edge.idx + len(side.right_edge)
    return next((o.actor.country for o in others if o.actor.kind == "state" and o.actor.country
                 and lo <= o.start and o.end <= hi), None)


# What joins a body to the office it leads: "the army-led government".
_LED_BY = re.compile(r"-(?:led|run|controlled|dominated)\s+\Z")
# The body a title names before it, lower-case as a title's word: "ministry spokesman".
_BODY_WORD_BEFORE = re.compile(r"\b(ministry|presidency|army|military|government|office|embassy)\s+\Z",
                               re.IGNORECASE)


# Offices "the diplomat" points back to ("Deputy Foreign Minister Mikhail Bogdanov … According
# to the diplomat, …").
_DIPLOMATIC = ("foreign minister", "ambassador", "envoy", "secretary of state", "diplomat", "consul")

_BODY_REACH = 1000  # characters back to the organisation "the group" stands for
# Bodies of a state or the press, which "the group" or "the movement" never stands for.
_NO_GROUP = frozenset({"media", "government", "military", "police", "intelligence", "legislature"})


# "its spokesman", "their leader": an office of the body named before.
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+\Z", re.IGNORECASE)


#: Words that make "the group" an armed one ("the paramilitary group").
ARMED_WORDS = frozenset({"paramilitary", "armed", "rebel", "militant", "insurgent", "jihadist", "separatist"})


def _corefer(text: str, actors: list[Actor], rec: ActorRecognizer,
             captions: Sequence[tuple[int, int]] = ()) -> list[Actor]:
    """Add later mentions that name no one but point back: "the prime minister" is the last
    prime minister named before it; "the informants" and "the sources" are the last sources;
    "the group", "the movement", "the militia" the last organisation (never one named in a
    caption, the page's and not the story's). A person whose title is "its" or "their" ("its
    spokesman Hazem Qasem") holds it in that organisation."""
    added: list[Actor] = []
    replaced: list[Actor] = []  # (the state a demonym named in a back reference: "the Turkish minister")
    armed_before = False  # (whether the last "the group" the text pointed back with was an armed one)
    for match in rec.patterns.back_reference.finditer(text):
        start, end = match.span()
        inside = [a for a in actors if a.start < end and start < a.end]
        demonym = match.group("demonym")
        if inside and not (demonym and all(start <= a.start and a.end <= end and a.kind == "state" for a in inside)):
            continue
        if match.group("body") and re.match(r"[ \t]+[A-Z]", text[end:end + 2]):
            continue  # ("the Islamist group Hamas": the group is named, not pointed back to)
        before = [a for a in actors if a.end <= start and not any(s <= a.start < e for s, e in captions)]
        title = match.group("title")
        if title:
            title = " ".join(title.lower().split())
            country = rec.kb.demonyms.get(demonym) if demonym else None
            antecedent = next((a for a in reversed(before) if a.kind == "person" and a.role
                               and (a.role == title or a.role.endswith(" " + title)
                                    or title == "diplomat" and a.role.endswith(_DIPLOMATIC))
                               and (country is None or a.country == country)), None)
            if antecedent is None and inside:
                continue  # ("the Turkish minister" with no Turkish minister named: Turkey's, as found)
            replaced += inside
        elif match.group("body"):
            # (a group or movement is no intergovernmental body; nothing far back is meant;
            # "Hamas leader Ismail Haniyeh" names Hamas too)
            # (nor a state's own body: "the Islamist movement" after "the Egyptian Foreign
            # Ministry" and "Hamas" is Hamas)
            igo = not match.group("body").lower().startswith("organi")
            bodies = [b for a in reversed(before) for b in [_body_of(a, rec)]
                      if b is not None and b.sector not in _NO_GROUP and not (igo and b.sector == "igo")
                      and not names_medium(b.name)  # ("In a post on Telegram, the group said")
                      and start - a.end <= _BODY_REACH]
            # ("the paramilitary group": an armed one, the RSF, not the Quad named after it)
            # (and "the group" again, after one that was an armed group: "the Houthis … the
            # group says …. U.S. Central Command said …. The group's leader …")
            armed = set(match.group(0).lower().split()) & ARMED_WORDS or armed_before
            antecedent = next((b for b in bodies if b.sector in ("rebel", "military")), None) if armed else None
            antecedent = antecedent or next(iter(bodies), None)
            armed_before = antecedent is not None and antecedent.sector in ("rebel", "military")
        else:
            antecedent = next((a for a in reversed(before)
                               if re.search(r"\bsources?$", a.text, re.IGNORECASE)), None)
        if antecedent is not None:
            added.append(replace(antecedent, start=start, end=end, text=match.group(0)))
    gone = {id(a) for a in replaced}
    found = sorted([a for a in actors if id(a) not in gone] + added, key=lambda a: a.start)
    for k, actor in enumerate(found):
        if actor.kind == "person" and actor.role and actor.country is None \
                and _POSSESSIVE_BEFORE.search(text, max(0, actor.start - 12), actor.start):
            body = next((b for a in reversed(found[:k]) for b in [_body_of(a, rec)]
                         if b is not None and b.sector != "media" and actor.start - a.end <= _BODY_REACH), None)
            if body is not None:
                # (and the later mentions of the same person, which the host country took)
                found[k:] = [replace(a, country=body.country, sector=body.sector)
                             if a.kind == "person" and a.name == actor.name else a for a in found[k:]]
    return found


def _subject_at(doc: Doc, start: int) -> bool:
    """Whether the words at ``start`` are a clause's subject (or a subject's conjunct)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and _first_conjunct(span.root).dep_ in ("nsubj", "nsubjpass")


def _body_of(actor: Actor, rec: ActorRecognizer) -> Actor | None:
    """The organisation ``actor`` is, or the one a person's title names ("Hamas leader
    Ismail Haniyeh", "Hezbollah spokesman …"), as "the group" after it would mean."""
    if actor.kind == "organisation":
        return actor
    if actor.kind != "person" or not actor.role:
        return None
    owner = actor.text[:actor.text.lower().find(actor.role)].strip() if actor.role in actor.text.lower() else ""
    entry = rec.kb.entries.get(owner) if owner else None
    if entry is None or entry.kind != "organisation":
        return None
    return Actor(actor.start, actor.start + len(owner), owner, entry.name, "organisation", entry.country, entry.sector)


def located(doc: Doc, start: int, also: frozenset[str] = frozenset()) -> bool:
    """Whether the name starting at character ``start`` is where something is ("inside
    southern Lebanon"), not who does it; or the object of one of ``also`` ("mediated by
    Qatar")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    token = span[0] if span else None
    while token is not None and token.dep_ in ("compound", "amod") and token.head.i > token.i:
        token = token.head
    while token is not None and token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # ("by Qatar and Turkey": Turkey as Qatar)
    # (the "by" of a passive's agent: "mediated by Qatar", not "stand by Syria")
    return token is not None and token.dep_ == "pobj" and (
        token.head.lower_ in LOCATIVE_PREPOSITIONS or token.head.lower_ in also and token.head.dep_ == "agent")


def _dealt_with(token: Token) -> bool:
    """Whether ``token`` is the object of "with", "between" or "against" (or joined to one)."""
    token = _first_conjunct(token)
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "between", "against")


def _sentence_countries(sent: Span, kb: Knowledge, besides: Token | None = None) -> set[str]:
    """Countries a sentence names, by name or demonym (leaving out the entity ``besides``
    is part of)."""
    found: set[str] = set()
    for ent in sent.ents:
        if besides is not None and ent.start <= besides.i < ent.end:
            continue
        if ent.label_ in ("GPE", "NORP", "LOC"):
            text = re.sub(r"^(?:the\s+)?(?:(?:south|north|east|west)(?:ern)?|central)\s+", "",
                          ent.text, flags=re.IGNORECASE)
            code = kb.country_of(text) or kb.demonyms.get(text) or kb.capitals.get(text)
            if code:
                found.add(code)
    return found


def _entity_text(token: Token) -> str:
    """The words of the name ``token`` heads: "Ivory Coast" for "Coast", without "the"."""
    words = [t for t in token.subtree if t.dep_ in ("compound", "amod") or t.i == token.i]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i) if t.lower_ != "the")


def _institution_of(span: Span, kb: Knowledge) -> str | None:
    """The sector of the institution a state is "of": "the intelligence services of Qatar and
    Egypt" are intelligence, "the army of Sudan" military."""
    token = _first_conjunct(span.root)
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    owner = token.head.head
    if owner.pos_ not in ("NOUN", "PROPN"):
        return None
    return kb.institutions.get(_compound_head(owner)) or kb.institutions.get(owner.lower_)


def _organisation_owner(text: str, start: int, name: str,
                        rec: ActorRecognizer) -> tuple[str | None, str | None]:
    """(country, sector) of an organisation the knowledge base does not know, from its name
    ("Latvian Constitutional Court", "Montenegro Assembly", "Baghdad University", "U.N. war
    crimes court") or an owner before it ("Ivory Coast's Supreme Court")."""
    kb = rec.kb
    words = name.split()
    sector = kb.institutions.get(words[-1].lower()) or next(
        (kb.organisation_words[w] for w in reversed(words) if w in kb.organisation_words), None) \
        or kb.institutions.get(name.split(" of ")[0].split()[-1].lower())  # ("Ministry of Health")
    owner = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)['’]s\s+$", text[max(0, start - 40):start])
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        entry = kb.entries.get(head)
        if entry is not None and len(words) > size and (entry.kind == "state" or entry.sector == "igo"):
            return entry.country, sector or ("igo" if entry.sector == "igo" else None)
        code = kb.demonyms.get(head) or kb.capitals.get(head)
        if code is None and size == 1 and sector == "government":
            code = rec.dateline_country(head)  # ("Gaza Health Ministry": a ministry of the place)
        if code and len(words) > size:
            return code, sector
    if owner:
        # ("Gaza's health ministry": a territory's ministry, as for "Gaza Health Ministry")
        return rec.resolve_where(owner.group(1))[0] or (
            rec.dateline_country(owner.group(1)) if sector == "government" else None), sector
    # ("the Civil Defense of Gaza", "the Ministry of Health of Sudan": the place it is of)
    of_place = re.search(r"\bof\s+((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)$", name)
    if of_place is not None and len(words) > 2:
        place = re.sub(r"^the\s+", "", of_place.group(1))
        code = rec.resolve_where(place)[0] or rec.dateline_country(place)
        if code:
            return code, sector
    # ("Egyptian Foreign Ministry" with the tagger's entity starting at "Foreign"; "the
    # Ministry of Foreign Affairs of the Republic of Iraq", the state a name of its own)
    return _country_word_before(text, start, kb) or (
        _place_after(text, start + len(name), rec) if sector == "government" else None), sector


def _country_word_before(text: str, start: int, kb: Knowledge) -> str | None:
    """The country of the demonym or state name (possessive or not) right before ``start``:
    "Egyptian Foreign Ministry", "Israel's presidency"."""
    before = re.search(r"([A-Z][\w.-]*)(?:['’]s)?\s+$", text[max(0, start - 30):start])
    return (kb.demonyms.get(before.group(1)) or kb.country_of(before.group(1))) if before else None


# Nouns that say what kind of body the name after them is ("security firm Ambrey"), with its sector.
# (not "operator" nor "carrier": "drone operator Ali Hassan" is a person, "carrier Gerald R. Ford" a ship)
_FIRM_NOUNS = {**dict.fromkeys(("firm", "company", "contractor", "manufacturer", "bank", "airline", "insurer",
                                "startup", "shipowner", "consultancy"), "business"),
               **dict.fromkeys(("charity", "organisation", "organization", "ngo"), "ngo"),
               **dict.fromkeys(("broadcaster", "newspaper", "daily", "outlet", "website", "tabloid"), "media")}

# An owner's possessive or nothing between an organisation and an office it holds.
_OWNED = re.compile(r"(?:['’]s?)?\s+")

# ("Gaza's civil defence agency", "the Gaza health ministry", "the Gaza-based health ministry")
_PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:['’]s)?\s+$")


def _place_before(text: str, start: int, rec: ActorRecognizer) -> str | None:
    """The country of the place whose office it is: "Gaza's civil defence agency"."""
    found = _PLACE_BEFORE.search(text[max(0, start - 40):start])
    place = re.sub(r"^The\s+|['’]s$|-based$", "", found.group("place")) if found else ""
    known = rec.kb.entries.get(place)  # ("Hamas government": the group's, not a village's of that name)
    return known.country if known is not None and known.country \
        else rec.dateline_country(place) or rec.resolve_where(place)[0] if place else None


_PLACE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+-(?:run|controlled|held)\s+)?"
                          r"(?P<place>[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,2})")


_RULED_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?P<ruler>[A-Z][\w.'’]*)-(?:run|controlled|held)\s+"
                          r"(?:territory|territories|enclave|strip|areas?|regions?|city|town)\b")


def _phrase_bodies(doc: Doc, start: int, end: int, candidates: Sequence[_Candidate]) -> list[Actor]:
    """The states and organisations named in a ``from``/``of`` phrase of the noun an office
    word qualifies ("Military commanders from Ethiopia's government", "delegations from Fatah
    and Hamas")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    head = span.root.head if span.root.dep_ in ("amod", "compound") and span.root.head.pos_ == "NOUN" else span.root
    return [c.actor for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
            for c in candidates if prep.idx <= c.start and c.end <= prep.right_edge.idx + len(prep.right_edge)
            and c.actor.kind in ("state", "organisation")]


def _place_after(text: str, end: int, rec: ActorRecognizer) -> str | None:
    """The country of the place an office is said to be in, or of the state it is named
    after: "the health ministry in Hamas-run Gaza", "the foreign ministry in Cairo", "the
    Presidency of the State of Palestine"."""
    ruled = _RULED_AFTER.match(text, end)
    if ruled is not None:
        # ("the health ministry in the Hamas-run territory": the country of whoever runs it)
        return rec.resolve_where(ruled.group("ruler"))[0] or rec.kb.demonyms.get(ruled.group("ruler"))
    found = _PLACE_AFTER.match(text, end)
    if found is None:
        return None
    place = found.group("place")
    # (the sentence's full stop is no part of it: "the health ministry in Hamas-run Gaza.")
    for name in dict.fromkeys((place, place.rstrip("."), place.rsplit(" of ", 1)[-1].removeprefix("the "))):
        code = rec.dateline_country(name) or rec.resolve_where(name)[0]
        if code:
            return code
    return None


_TERRITORY = re.compile(r"\b(?:territory|enclave|strip)['’]s\s+$", re.IGNORECASE)


def _territory_before(doc: Doc, start: int, rec: ActorRecognizer) -> str | None:
    """The country of "the territory's health ministry": the place last named before it."""
    if not _TERRITORY.search(doc_text(doc)[max(0, start - 20):start]):
        return None
    places = [e for e in doc.ents if e.label_ in ("GPE", "LOC") and e.end_char <= start]
    for place in reversed(places):
        code = rec.dateline_country(place.text) or rec.resolve_where(place.text)[0]
        if code:
            return code
    return None


_GLUED = re.compile(r"([A-Z][\w.-]{2,}?)(in|on|at|and|of|to|for|the|with|from)")


def _demonym(doc: Doc, span: Span, rec: ActorRecognizer, add: _Adder) -> None:
    code = rec.kb.demonyms[span.text]
    _qualified(doc, span, rec, add, code, rec.country_name(code) or span.text, None, "demonym")


def _qualified(doc: Doc, span: Span, rec: ActorRecognizer, add: _Adder, code: str | None,
               name: str, sector: str | None, source: str) -> None:
    """A state named by a demonym or its name, with the noun it qualifies: "Ugandan rebels"
    (a group), "Egyptian troops", "U.S. soldier" (the state in that sector), "British
    minister" (an unnamed office-holder); alone, just the state in ``sector``."""
    kb = rec.kb
    head = _head_noun(span[-1])
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.pos_ == "NOUN" and (head is None or head.i > following.i) \
            and (_group_sector(kb, following) or following.lower_ in kb.institutions):
        head = following  # "Ugandan rebels" even when the parser hangs "Ugandan" elsewhere
    if head is None:
        add(span.start_char, span.end_char, name, "state", code, sector, source)
        return
    if head.lower_ in load_numbers().currency_words:
        return  # "2 million U.S. dollars": a currency, not an actor
    phrase = _compound_head(head)
    coordinated = span[-1].dep_ == "conj" or any(c.dep_ == "conj" for c in span[-1].children) \
        or any(t.pos_ == "CCONJ" or t.text == "," for t in doc[span.end:head.i])
    end = span.end_char if coordinated else head.idx + len(head.text)
    group_sector = _group_sector(kb, head)
    if group_sector is not None:
        # "Palestinian prisoner", "Saudi businessman", "Iraqi towns": people of the state.
        add(span.start_char, end, f"{span.text} {head.lower_}", "group", code, group_sector, "group")
    elif phrase in kb.institutions or head.lower_ in kb.institutions:
        add(span.start_char, end, name, "state", code,
            kb.institutions.get(phrase) or kb.institutions[head.lower_], "institution")
    elif _title_sector(kb, phrase, head) is not None:
        # "British minister", "Argentine judge", "Afghan rebel leaders": an unnamed office-holder
        # of the state, in the title's sector (or the sector of a group word before it).
        add(span.start_char, end, name, "state", code, _title_sector(kb, phrase, head), "institution")
    else:
        add(span.start_char, span.end_char, name, "state", code, sector, source)


def _group_sector(kb: Knowledge, token: Token) -> str | None:
    """The sector of a group noun in either number: "prisoner" as "prisoners"; a title
    ("judge") stays an office."""
    lemma = token.lemma_.lower()
    keys = [token.lower_, _compound_head(token)]
    if token.lower_ not in kb.titles:
        keys += [lemma, lemma + "s"]
    for key in keys:
        if key in kb.groups:
            return kb.groups[key]
    return None


def _title_sector(kb: Knowledge, phrase: str, head: Token) -> str | None:
    for word in head.lefts:
        if word.dep_ in ("compound", "amod") and _group_sector(kb, word):
            return _group_sector(kb, word)  # "refugee camp", "rebel leaders"
    singular = head.lower_.removesuffix("s")
    for key in (phrase, head.lower_, singular):
        if kb.titles.get(key):
            return kb.titles[key]
    return None




def _select(candidates: list[_Candidate]) -> list[Actor]:
    """Keep one actor per stretch of text: higher priority, then longer, wins."""
    ordered = sorted(candidates, key=lambda c: (-_PRIORITY[c.source], -(c.end - c.start), c.start))
    kept: list[_Candidate] = []
    for candidate in ordered:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    kept.sort(key=lambda c: c.start)
    return [replace(c.actor) for c in kept]


@Language.factory("dateline_actors_v1", default_config={"extra_files": []})
def make_actors(nlp: Language, name: str, extra_files: list[str]) -> ActorRecognizer:
    """Actor mentions resolved to canonical actors with country, kind and sector."""
    # The gazetteer is the places layer's (one cached copy per process): it gives the country
    # of towns that locate a group ("protesters in Mosul").
    return ActorRecognizer(nlp, load_knowledge(tuple(extra_files)), load_gazetteer())
