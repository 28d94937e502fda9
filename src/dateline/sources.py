"""Who a source is: its type, how many, whose, and through whom the words reached us.

The attribution layer finds the speaker of each quote; this module describes it, as a reader
of wire copy weighs it:

* ``type``: ``person`` (a named person: "Israeli Prime Minister Benjamin Netanyahu"),
  ``role`` (an office or official role with no name: "the presidential department", "a
  ministry spokesman"), ``organisation`` (a state, group or body speaking as such: "Hamas",
  "Qatar"), or ``anonymous`` (unnamed people: "two Egyptian security sources", "officials",
  "the protesters", "one of the sources" — some of a group take the group's profile); a
  pronoun ("he added") takes the type of the speaker it stands for;
* ``count``: how many anonymous sources ("two ... sources" → 2, "a diplomat" → 1, plain
  "sources" → none given);
* ``country`` (ISO alpha-3, from the actors layer; a country word before the head first:
  "the Israeli Embassy in Moscow" is Israel's) and ``affiliation``: the words that say whom
  the source belongs to ("Egyptian security sources" → EGY, ``security``; "negotiating
  sources" → ``negotiating``; none for an organisation, whose name says it);
* ``relay``: the outlet or medium the words went through ("told Efe" → ``Efe``, "said in a
  statement" → ``a statement``, "on television").

Word lists live in ``data/source_words.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ._data import read_data
from ._extensions import doc_text
from .knowledge import load_knowledge
from .model import Actor, mentioned_before, overlapping
from .quantities import load_numbers, numbered_name, parse_number
from .structure import is_agency

__all__ = ["SourceProfile", "describe_source", "relay_of"]


@dataclass(frozen=True)
class SourceProfile:
    type: str | None = None
    count: int | None = None
    country: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class _Words:
    anonymous: frozenset[str]
    roles: frozenset[str]
    media: frozenset[str]
    relay_verbs: frozenset[str]
    ranks: frozenset[str]
    documents: frozenset[str]
    anonymity_requests: frozenset[str]
    anonymity_verbs: frozenset[str]
    accordance: frozenset[str]
    outlets: frozenset[str]
    relational: frozenset[str]


# The participles that make a name the backer of what follows ("Rwanda-backed", "a
# U.S.-brokered deal"): who backs a thing is none of the parties its phrase names.
_BACKING = frozenset({"backed", "brokered", "based", "funded", "sponsored", "supported", "mediated", "allied",
                      "aligned", "friendly", "armed", "trained", "hosted"})
_BACKER = re.compile(r"-(\w+)\b")


def backs(text: str, end: int) -> bool:
    """Whether the name ending at character ``end`` backs what follows ("Rwanda-backed")."""
    match = _BACKER.match(text, end)
    return match is not None and match.group(1).lower() in _BACKING


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = json.loads(read_data("source_words.json"))
    return _Words(*(frozenset(w.lower() for w in data[k]) for k in (
        "anonymous_nouns", "role_nouns", "medium_nouns", "relay_verbs", "rank_words",
        "document_nouns", "anonymity_requests", "anonymity_verbs", "accordance_nouns", "outlet_nouns",
        "relational_roles")))


def asks_anonymity(verb: Token) -> bool:
    """Does ``verb`` ask for the source's own anonymity ("requested anonymity", "asked for
    anonymity", "asked not to be named")? That is sourcing, not a request or a stance."""
    words = _words()
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in words.anonymity_requests \
                or child.dep_ == "prep" and child.lower_ == "for" and any(
                    o.lemma_.lower() in words.anonymity_requests for o in child.children):
            return True
        if child.dep_ == "xcomp" and child.lemma_.lower() in words.anonymity_verbs and any(
                c.dep_ in ("neg", "auxpass") for c in child.children):
            return True
        # ("asked to remain anonymous", "requested to stay unnamed")
        if child.dep_ == "xcomp" and child.lemma_.lower() in ("remain", "stay", "be") and any(
                c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in _UNNAMED for c in child.children):
            return True
    return False


# Words that point back to sources named before ("the same sources", "the aforementioned
# officials"): no affiliation of theirs.
_BACK_REFERENCES = frozenset({"same", "other", "such", "aforementioned", "former", "latter", "above", "said"})


# Prepositions that say whom an office serves ("a spokesman for Mr. Clinton", "an adviser to
# Zelensky"), unlike "of" in a title ("Minister of Foreign Affairs").
_SERVING = frozenset({"for", "to", "with", "by", "from"})


# Gulf agencies' honorifics before a title ("HE Prime Minister …": His Excellency).
_HONORIFICS = frozenset({"HE", "H.E.", "HH", "H.H.", "HRH", "H.R.H."})


# What a source asks to remain.
_UNNAMED = frozenset({"anonymous", "unnamed", "unidentified", "nameless", "incognito"})


def is_document(token: Token) -> bool:
    """Whether ``token`` heads a document or view a clause can be "in" and so attributed
    to ("in the latest CNN poll", "in Forbes' words")."""
    return token.lower_ in _words().documents


def is_accordance(token: Token) -> bool:
    """Whether ``token`` heads what something goes by, not who says it: "according to plan",
    "according to the rules", "according to their instinctive preference"."""
    return token.lemma_.lower() in _words().accordance or token.lower_ in _words().accordance


def is_medium(token: Token) -> bool:
    """Whether ``token`` is a medium words go through ("a statement", "a letter")."""
    return token.lemma_.lower() in _words().media or token.lower_ in _words().media


def names_medium(text: str) -> bool:
    """Whether ``text`` is the name of a medium words go through ("Telegram", "Facebook")."""
    return text.lower() in _words().media


def names_outlet(words: Sequence[Token]) -> bool:
    """Whether ``words`` open with an outlet named by its kind and then its name ("the
    newspaper Haaretz", "the Qatari channel Al Jazeera"), not unnamed ("local media")."""
    kinds = [t for t in words if t.pos_ == "NOUN" and t.lower_ in _words().outlets and t.lower_ not in _UNNAMED_OUTLETS]
    return bool(kinds) and any(t.pos_ == "PROPN" and t.i > kinds[0].i for t in words)


def can_speak(token: Token) -> bool:
    """Whether ``token`` heads a phrase that can be a source: a name, an official role, or
    a noun of sources or documents ("a senior official", "the ministry", "Reuters"), not
    "security concerns" nor a people ("Americans")."""
    if token.ent_type_ == "NORP":
        return False  # ("citing the many Americans who gave up looking": evidence, not a source)
    return token.ent_type_ in ("PERSON", "ORG", "GPE") or token.pos_ == "PROPN" \
        or is_source_noun(token) or is_role_noun(token)


def title_holder(title: Token) -> tuple[Token, ...]:
    """The name a second title joined to ``title`` ends with, where both are one person's:
    "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar" (the parser joins the
    name, with its title, to the first title); empty otherwise."""
    if not is_role_noun(title) or title.tag_ not in ("NN", "NNP"):
        return ()  # (not "Democratic leaders, and in particular Senate Minority Leader Harry Reid")
    return tuple(c for c in title.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                 and any(t.dep_ == "compound" and is_role_noun(t) for t in c.lefts))


def is_role_noun(token: Token) -> bool:
    """Whether ``token`` names an office or its holder ("minister", "spokesman", "ministry")."""
    return token.lemma_.lower() in _words().roles or token.lower_ in _words().roles


def is_source_noun(token: Token) -> bool:
    """Whether ``token`` names sources by what they are ("officials", "historians") or a
    document that speaks ("poll", "report")."""
    words = _words()
    return token.lower_ in words.anonymous or token.lower_ in words.documents


# Words that pick some of a group: "one of the sources", "two of the mediators".
_PARTITIVES = frozenset({"one", "some", "several", "many", "most", "each", "none", "both", "all"})


# Offices held in another country, named with "to" it.
_POSTED = frozenset({"ambassador", "envoy", "representative", "consul", "delegate", "emissary", "diplomat",
                     "delegation"})


def is_posted(token: Token) -> bool:
    """Whether ``token`` names an office held in another country, which "to" names
    ("ambassador to Yemen", "the UN envoy to Sudan")."""
    return is_posted_title(token.lemma_) or is_posted_title(token.text)


def is_posted_title(word: str) -> bool:
    """:func:`is_posted` for a title's word ("envoy")."""
    return word.lower() in _POSTED


def posted_where(root: Token) -> list[tuple[int, int]]:
    """Character spans of the phrases naming where the office ``root`` names is held, which
    are not whose it is: "the UN envoy to Yemen", "the special envoy for Yemen", "diplomats
    in Doha", "the ambassador at the embassy in Cairo"."""
    if not is_posted(root):
        return []
    return [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in root.children
            if p.dep_ == "prep" and p.i > root.i and (p.lower_ in ("to", "in", "at") or p.lower_ == "for" and any(
                # ("for" a country, not for whom: "a representative for Mr. Pinchuk")
                g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in p.children))]


def describe_source(speaker: Span, actors: Sequence[Actor]) -> SourceProfile:
    """Type, count, country and affiliation of the source named by ``speaker``."""
    root = speaker.root
    group = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None) \
        if root.like_num or root.lower_ in _PARTITIVES else None
    if group is not None:
        # "one of the sources": the group's profile, with the number picked from it.
        doc = speaker.doc
        whole = describe_source(doc[group.left_edge.i:group.right_edge.i + 1], actors) \
            if group.pos_ != "PRON" else SourceProfile("anonymous")
        value = parse_number([root.text])
        kind = whole.type if whole.type in ("anonymous", "person", "role") else "anonymous"
        return SourceProfile(kind, int(value) if value is not None and kind == "anonymous" else None,
                             whole.country, whole.affiliation)
    profile = _describe(speaker, actors)
    joined = [c for c in root.children if c.dep_ == "conj" and c.i < speaker.end]
    if profile.type == "anonymous" and profile.count is not None and joined:
        # ("Two Hamas officials and an Egyptian source": three unnamed sources, each counted)
        doc = speaker.doc
        counts = [describe_source(doc[c.left_edge.i:min(c.right_edge.i + 1, speaker.end)], actors) for c in joined]
        if all(p.type == "anonymous" and p.count is not None for p in counts):
            first = _describe(doc[speaker.start:min((c.left_edge.i for c in joined), default=speaker.end)], actors)
            profile = replace(profile, count=(first.count or 0) + sum(p.count or 0 for p in counts))
    return profile


# Outlet nouns that name a person or unnamed outlets, not one outlet: "a correspondent",
# "local media", "the press" (the others, "the public broadcaster", are an organisation).
_UNNAMED_OUTLETS = frozenset({"correspondent", "media", "press"})


#: People who speak for themselves about someone they are kin or close to ("her uncle
#: said"), unlike a spokesman or a lawyer, who speak for the one they serve.
KIN = frozenset({"uncle", "aunt", "brother", "sister", "mother", "father", "son", "daughter", "wife",
                 "husband", "cousin", "nephew", "niece", "relative", "grandmother", "grandfather",
                 "grandson", "granddaughter", "parent", "widow", "neighbour", "neighbor", "friend",
                 "classmate", "colleague", "fiancée", "fiance", "fiancé", "sibling"})


# One of several sources, named by what sets it apart ("The other said", "One said").
_ONE_OF = frozenset({"other", "another", "one"})
# Common nouns of places: "officials in the Hamas-run territory" are where, not whose.
_PLACE_NOUNS = frozenset({"territory", "enclave", "strip", "region", "area", "city", "town", "village",
                          "country", "province", "district", "capital"})


def _describe(speaker: Span, actors: Sequence[Actor]) -> SourceProfile:
    words = _words()
    root = speaker.root
    inside = overlapping(actors, speaker.start_char, speaker.end_char)
    # A country word in the phrase says whose it is before any actor it names ("The Israeli
    # Prime Minister's Office" is Israel's, whoever "Prime Minister" resolved to).
    # (but "The Israeli Embassy in Moscow" is Israel's: a country named after the head is where)
    at_root = [a for a in inside if a.start <= root.idx < a.end]
    named_country = next((code for t in speaker if t.i < root.i and t.ent_type_ in ("NORP", "GPE")
                          and not backs(doc_text(t.doc), t.idx + len(t.text))  # (not "The Rwanda-backed group")
                          for code in [load_knowledge().country_of(t.text)] if code), None)
    # (whom a body serves is not whose it is: "the UN agency for Palestinian refugees")
    # (but a spokesman or an official "for" a body is its own: "a spokesman for the Israeli military")
    served = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in root.children
              if p.dep_ == "prep" and p.lower_ == "for"] \
        if not ({root.lower_, root.lemma_.lower()} & (words.roles | words.anonymous)) else []
    # (nor where an international body's officer serves: "the U.N. humanitarian coordinator
    # for Sudan")
    # (nor where an envoy is sent: "the Kingdom's ambassador to Yemen" is not Yemen's)
    served += posted_where(root)
    if any(a.sector == "igo" for a in inside):
        served += [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in speaker if p.dep_ == "prep"
                   and p.lower_ == "for" and any(g.ent_type_ in ("GPE", "NORP") for g in p.subtree)]
        # ("X, the head of the UN agency for Palestinian refugees": whom it serves, at any depth)
    country = next((a.country for a in inside if a.country and a.kind == "state" and a.end <= root.idx),
                   None) or named_country or next((a.country for a in at_root + inside if a.country and not any(
                       s <= a.start and a.end <= e for s, e in served)), None)
    # (a surname alone is the person named in full earlier: "Sokolov" after "Andrei Sokolov")
    surname = next((a for a in mentioned_before(actors, speaker.start_char) if a.kind == "person"
                    and a.end <= speaker.start_char
                    and a.text.lower().endswith(speaker[-1].lower_)), None) \
        if len(speaker) <= 3 and all(t.pos_ == "PROPN" or t.is_punct for t in speaker) else None
    # The head names a person, or its apposition does ("the committee's president, Marcelo
    # Rivas"), or a title comes before a name ("spokesman Karim Salem"); "the Prime Minister's
    # Office" is an office, whoever its minister is.
    heads = [root] + [c for c in root.children if c.dep_ == "appos"] + [
        # (the parser hangs "…, Majed Al-Ansari" on the last noun: a person after a body is
        # the one the phrase names, "The spokesman of the Qatari Foreign Ministry, Majed Al-Ansari")
        # (a body the recogniser missed and the actors layer knows: "the chief negotiator of the ELN, Pablo Beltrán")
        c for t in speaker if t.i != root.i and (t.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or any(
            a.kind in ("organisation", "state") and a.start <= t.idx < a.end for a in inside))
        for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"] + list(title_holder(root)) + [
        # (a name the parser hung elsewhere than on the title before it: "head of the Russian
        # delegation Vladimir Medinsky" in "…, head of … Medinsky told reporters")
        t for t in speaker if t.i != root.i and t.ent_type_ == "PERSON" and t.dep_ != "compound"
        and not speaker.start <= t.head.i < speaker.end]
    named = any(a.kind == "person" and a.start <= h.idx < a.end for a in inside for h in heads) \
        or any(h.ent_type_ == "PERSON" for h in heads) and not any(a.kind in ("state", "organisation") for a in at_root) \
        or surname is not None \
        or root.pos_ == "PROPN" and root.lower_ not in words.roles and not any(
            # (not a body's: "the 15-member Council")
            a.kind in ("state", "organisation") for a in at_root) and any(
            # (the compound title before a name: "Hamas official Bassem Naim")
            (t.lower_ in words.roles or t.lower_ in words.anonymous) and t.dep_ == "compound"
            and t.i < root.i for t in speaker) \
        or root.pos_ == "PROPN" and not root.ent_type_ and any(
            # ("Atiya Abdallah, secretary of the doctors' union": a name the recogniser
            # missed, with a person's title in apposition)
            c.dep_ == "appos" and c.lemma_.lower() in words.roles for c in root.children) \
        or root.lower_ in words.roles and any(
            # ("Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman
            # Al-Thani": titles the parser heads the phrase with, then the name that closes it)
            # (not one a preposition names, "A spokesman for Netanyahu", nor one set off by a
            # comma, who may be the title's holder: "A spokesman for the minister, Yossi Cohen")
            a.kind == "person" and a.start > speaker.start_char and a.end >= speaker.end_char - 1
            and not any(t.idx < a.start and (t.text == "," or t.lower_ in _SERVING) for t in speaker) for a in inside)
    if surname is not None:
        country = country or surname.country
    head = root.lemma_.lower()
    kind: str | None
    # ("the public broadcaster Kan", "the newspaper Haaretz": a name the recogniser took for a
    # person's, which the outlet before it says is a medium's)
    outlet = root.pos_ == "PROPN" and any(t.i < root.i and t.pos_ == "NOUN" and t.lower_ in words.outlets
                                          and t.head.i >= root.i for t in speaker) \
        or root.tag_ == "NN" and root.lower_ in words.outlets and root.lower_ not in _UNNAMED_OUTLETS
    if outlet:
        kind = "organisation"
    elif named:
        kind = "person"
    elif head in KIN or root.lower_ in _ONE_OF and len(speaker) <= 2:
        # ("her uncle", "Hind's mother": someone unnamed, not the one named; "The other
        # said", after "one of the sources")
        kind = "anonymous"
    elif root.lower_ in words.anonymous or head in words.anonymous:
        kind = "anonymous"
    elif (root.lower_ in words.roles or head in words.roles) and not any(
            a.kind == "organisation" and a.sector == "igo" for a in at_root):
        # (an international body whose name is an office is that body: "the UN Office for the
        # Coordination of Humanitarian Affairs (OCHA)"; a state's ministry stays an office)
        kind = "role"
    elif at_root:
        # (a social group is unnamed people: "the protesters", "relatives of the hostages")
        kind = "anonymous" if any(a.kind == "group" for a in at_root) else "organisation"
    elif root.pos_ == "NOUN" and root.lower_ not in words.media and root.lower_ not in words.documents \
            and (root.tag_ == "NNS" or any(
            c.dep_ in ("det", "nummod") and (c.like_num and not numbered_name(c, load_numbers()) or c.lower_ in ("a", "an", "one"))
            for c in root.lefts)):
        kind = "anonymous"  # "one Tajik serviceman", "tens of thousands of Israelis"
    elif inside or root.text.capitalize() in load_knowledge().organisation_words and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.lefts):
        kind = "organisation"  # (a name the recogniser missed: "The Emergency Lawyers group")
    else:
        kind = "anonymous" if root.tag_ in ("NNS", "NNPS") else None
    count: int | None = None
    affiliation: list[str] = []
    for child in root.lefts:
        if (child.dep_ == "nummod" or child.like_num) and not _is_year(child) and not numbered_name(child, load_numbers()):
            value = parse_number([t.text for t in child.subtree])
            count = int(value) if value is not None else None
        elif child.dep_ == "det" and child.lower_ in ("a", "an", "one"):
            count = 1
        elif child.dep_ in ("amod", "compound") and child.pos_ not in ("PROPN", "ADV") \
                and child.lower_ not in _BACKING \
                and child.ent_type_ not in ("NORP", "GPE") and not child.like_num \
                and child.lower_ not in words.ranks and child.lower_ not in _BACK_REFERENCES \
                and child.text not in _HONORIFICS \
                and load_knowledge().country_of(child.text) is None:
            # ("A dozen aid workers": the parser hangs the number on the next word)
            counted = [t for t in child.subtree if t.i < child.i and parse_number([t.text]) is not None
                       and t.nbor().lower_ not in ("-", "%", "percent")]  # (not "A three-judge panel", "A 54% majority")
            count = int(parse_number([counted[0].text]) or 0) if counted else count
            # (a demonym the recogniser took into an organisation is whose, not an
            # affiliation: "The Egyptian Government")
            affiliation.append(_words_of(t for t in child.subtree if t.ent_type_ not in (
                "NORP", "GPE") and t.lower_ not in words.ranks and t.tag_ != "POS" and t not in counted
                and speaker.start <= t.i < speaker.end))  # "foreign ministry" (not words the span left out)
    if kind == "anonymous" and count is None and (root.tag_ in ("NN", "NNP") or root.lower_ in _ONE_OF):
        count = 1
    for right in root.rights if kind in ("anonymous", "role") else ():
        # "sources close to the talks", "officials in the ministry": whose they are.
        # ("officials in Cairo": a place is the country's business, not an affiliation)
        objects = [g for g in right.children if g.dep_ == "pobj"]
        if right.dep_ in ("prep", "amod") and right.lower_ in ("from", "in", "at", "close", "of", "with") \
                and right.right_edge.i - right.i < 8 \
                and not (right.lower_ == "of" and (parse_number([root.text]) is not None
                                                   or (root.lower_,) in load_numbers().vague)) \
                and not (objects and all(o.ent_type_ in ("GPE", "LOC") or right.lower_ == "in"
                                         and o.lemma_.lower() in _PLACE_NOUNS for o in objects)):
            # (not a relative clause on its noun: "close to the negotiations, who requested
            # anonymity" says how the source spoke, not whose it is)
            # (but a lone participle is the noun's own: "families of those detained")
            clauses = {t.i for c in right.subtree if c.dep_ in ("relcl", "acl") and c.i > right.i
                       and c.n_lefts + c.n_rights for t in c.subtree}
            # (nor words past the phrase that a misparse hung on it: "Representatives of the
            # relatives of those kidnapped announced protests")
            kept = [t for t in right.subtree if t.i not in clauses and t.i < speaker.end]
            if right.lower_ == "of" and not any(t.dep_ in ("prep", "acl", "relcl") or t.pos_ in ("VERB", "AUX")
                                                for t in kept[1:]):
                # ("members of the GOP": the GOP; "a source of the Egyptian security", translated
                # copy: its security, the country being Egypt)
                kept = [t for t in kept[1:] if t.dep_ != "det" and t.tag_ != "POS"]
                generic = [t for t in kept if t.ent_type_ not in ("NORP", "GPE")
                           and load_knowledge().country_of(t.text) is None]
                kept = generic if generic and all(t.is_lower for t in generic) else kept
            phrase = _words_of(kept).rstrip(" ,")
            if phrase:
                affiliation.append(phrase)
    # (and how many holders of an office a plural counts: "Two far-right ministers" → 2)
    numbered = kind == "anonymous" or kind == "role" and root.tag_ == "NNS"
    return SourceProfile(kind, count if numbered else None, country,
                         " ".join(affiliation) if affiliation and kind != "organisation" else None)


def _is_year(token: Token) -> bool:
    """Whether a number is a year ("The 2024 response plan"), no count of sources."""
    return token.ent_type_ == "DATE" or len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def _words_of(tokens: Iterable[Token]) -> str:
    """The words as written ("far-right", "Israel's"), lower-cased."""
    return "".join(t.text_with_ws for t in tokens).strip().lower()


def told_to(speaker: Token) -> Token | None:
    """The "to" of a speaker named after the verb that says whom the words went to ("said a
    senior official to the Kan public broadcaster", "to Reuters"), not whom the speaker
    serves ("said a senior adviser to the president")."""
    words = _words()
    # (the subject after the verb, or the speaker the parser read as its object: "“…”, it said
    # the source to the channel")
    if speaker.dep_ not in ("nsubj", "dobj") or speaker.i < speaker.head.i or speaker.lemma_.lower() in words.relational:
        return None
    for prep in speaker.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) \
            if prep.dep_ == "prep" and prep.lower_ == "to" else None
        if obj is not None and (obj.lower_ in words.outlets or obj.lemma_.lower() in words.outlets
                                or is_medium(obj) or obj.ent_type_ == "ORG"):
            return prep
    return None


# Where on a platform words are put: "on his Telegram channel", "on her X account".
_PLATFORM_PLACES = frozenset({"channel", "account", "page", "feed", "profile"})


# Participles that say how words went out ("remarks broadcast on state television").
_AIRING = frozenset({"broadcast", "air", "televise", "carry", "publish", "post"})


def _with_stray_name(cue: Token, end: int) -> int:
    """Where a relay's phrase ending at token ``end`` ends with the outlet's name that the
    parser hung on the cue after it ("told the agency Efe", "a statement carried by state
    news agency WAM")."""
    doc = cue.doc
    while end + 1 < len(doc) and doc[end + 1].head.i == cue.i and (doc[end + 1].pos_ == "PROPN"
                                                                   or is_agency(doc[end + 1].text)) \
            and doc[end + 1].dep_ in ("dobj", "dative", "npadvmod", "appos", "nmod"):
        end = doc[end + 1].right_edge.i
    return end


def _medium_phrase(noun: Token, phrase: Span) -> bool:
    """Whether ``noun``, or its ``phrase`` (past a first word: "the social network", "a news
    conference"), names a medium."""
    media = _words().media
    text = phrase.text.lower()
    return noun.lemma_.lower() in media or noun.lower_ in media or text in media or text.split(" ", 1)[-1] in media


def relay_of(cue: Token, spoken: bool = False) -> Span | None:
    """The outlet or medium a statement went through, from its cue verb: the listener of
    "told Efe", or "in a statement", "on television", "to reporters"; of words ``spoken``
    (a cue of speech), also whoever is named after "to" ("complained to CBS's Charlie Rose")."""
    words = _words()
    doc = cue.doc
    # "was quoted by Reuters as saying", "Peskov, quoted by the state news agency RIA
    # Novosti, said …", "Quoted by MENA, the minister said …": who quoted them
    quoted = [cue] if cue.tag_ == "VBN" and cue.lemma_ in ("quote", "cite") else [
        a for c in cue.children if c.dep_ == "nsubj" for a in c.children
        if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_ in ("quote", "cite")] + [
        a for a in cue.children if a.dep_ == "advcl" and a.tag_ == "VBN" and a.lemma_ in ("quote", "cite")]
    # (the parser may hang the "by RIA" of "was quoted as saying by RIA" on the saying)
    saying = [g for q in quoted for c in q.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ == "pcomp"]
    agent = next((g for q in quoted + saying for c in q.children
                  if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and q in saying
                  for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return doc[agent.left_edge.i:agent.right_edge.i + 1]
    if cue.dep_ == "acl" and is_medium(cue.head):
        return doc[cue.head.left_edge.i:cue.head.i + 1]  # "issued a statement saying …"
    listener = next((to for c in cue.children for to in [told_to(c)] if to is not None), None)
    if listener is not None:  # "“…,” said a senior official to the Kan public broadcaster"
        return doc[listener.i + 1:listener.right_edge.i + 1]
    relaying = cue.lemma_.lower() in words.relay_verbs
    if relaying:
        for child in cue.children:
            # (not a phrase after a comma: "said on Monday, the first direct contact in ten
            # months" describes the news, whom it went to is no part of it)
            # (nor what was said after whom it went to: "confirmed to Efe the understanding")
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN") \
                    and child.tag_ != "PRP" and not any(t.text == "," for t in doc[cue.i + 1:child.left_edge.i]) \
                    and not any(c.dep_ == "prep" and c.lower_ == "to" and c.i < child.i for c in cue.children):
                # (a long phrase up to its head: "the foreign minister", not the clause the
                # parser may have hung on it)
                end = child.right_edge.i if child.right_edge.i - child.left_edge.i < 6 else child.i
                # (with the name the parser made a second object: "told the agency Efe")
                return doc[child.left_edge.i:_with_stray_name(cue, end) + 1]
    # (also through a participle of speaking: "Speaking at a press conference in Doha, X said";
    # or one on the speaker: "An Israeli official, who spoke to AFP on condition of anonymity,
    # said", "A diplomat, speaking to Reuters, said")
    speaking = [g for c in cue.children if c.dep_ == "advcl" and c.lemma_ in ("speak", "talk")
                for g in c.children]
    # (whom a clause on the speaker says they spoke to is an outlet only if it is one, not an
    # audience: "Clinton, who was speaking to the US Conference of Mayors, …")
    heard = {g.i for s in cue.children if s.dep_ == "nsubj" for c in s.children
             if c.dep_ in ("relcl", "acl") and c.lemma_ in ("speak", "talk") for g in c.children}
    for child in [*cue.children, *speaking, *(doc[i] for i in sorted(heard))]:
        if child.dep_ != "prep" or child.lower_ not in ("in", "on", "to", "via", "during", "through", "at"):
            continue
        for obj in (c for c in child.children if c.dep_ == "pobj"):
            # (with the outlet's name in apposition: "to the newspaper Al-Quds")
            named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                          and c.left_edge.i == obj.i + 1), None)
            phrase = doc[obj.left_edge.i:(named.right_edge.i if named is not None else obj.i) + 1]
            medium = _medium_phrase(obj, phrase) \
                or obj.text == "X" and child.lower_ == "on" \
                or obj.lower_ in _PLATFORM_PLACES and any(
                    c.dep_ == "compound" and (c.lower_ in words.media or c.text == "X") for c in obj.children) \
                or obj.lower_ in _PLATFORM_PLACES and any(  # ("his account on the social network X")
                    c.dep_ == "prep" and c.lower_ == "on" and _medium_phrase(m, doc[m.left_edge.i:m.i + 1])
                    for c in obj.children for m in c.children if m.dep_ == "pobj")
            # ("news conference"; "wrote on X"; "on his Telegram channel")
            outlet = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "to")
                           and obj.right_edge.i - obj.left_edge.i < 8
                           and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)), None)
            carried = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                            and (any(g.dep_ == "agent" for g in c.children) or c.lemma_ in _AIRING)), None)
            if outlet is not None:
                phrase = doc[obj.left_edge.i:obj.right_edge.i + 1]  # "an interview with CNN"
            elif carried is not None:
                # "remarks carried by the official news agency" (but not the clause that may
                # hang on the noun after it), with the outlet's name the parser hung on the
                # verb ("a statement carried by state news agency WAM")
                phrase = doc[obj.left_edge.i:_with_stray_name(cue, carried.right_edge.i) + 1]
            if medium or child.lower_ == "to" and (
                    obj.lower_ in ("reporters", "journalists", "the press")
                    # ("explained to Efe", a name however the tagger took it; but "offered aid
                    # to Sudan" went to no one as words)
                    or (spoken or relaying or child.head.lemma_ in ("speak", "talk")) and child.i not in heard
                    and (obj.ent_type_ == "ORG" or obj.pos_ == "PROPN" or obj.text[:1].isupper())
                    or is_agency(phrase.text) or obj.lower_ in words.outlets):
                return phrase
    return None
