"""Who a source is: its type, how many, whose, and through whom the words reached us.

The attribution layer finds the speaker of each quote; this module describes it, as a reader
of wire copy weighs it:

* ``type``: ``person`` (a named person: "Israeli Prime Minister Benjamin Netanyahu"),
  ``role`` (an office or official role with no name: "the presidential department", "a
  ministry spokesman"), ``organisation`` (a state, group or body speaking as such: "Hamas",
  "Qatar"), or ``anonymous`` (unnamed people: "two Egyptian security sources", "officials");
  a pronoun ("he added") takes the type of the speaker it stands for;
* ``count``: how many anonymous sources ("two ... sources" → 2, "a diplomat" → 1, plain
  "sources" → none given);
* ``country`` (ISO alpha-3, from the actors layer) and ``affiliation``: the words that say
  whom the source belongs to ("Egyptian security sources" → EGY, ``security``;
  "negotiating sources" → ``negotiating``);
* ``relay``: the outlet or medium the words went through ("told Efe" → ``Efe``, "said in a
  statement" → ``a statement``, "on television").

Word lists live in ``data/source_words.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ._data import read_data
from .model import Actor
from .quantities import parse_number

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


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = json.loads(read_data("source_words.json"))
    return _Words(*(frozenset(w.lower() for w in data[k]) for k in (
        "anonymous_nouns", "role_nouns", "medium_nouns", "relay_verbs", "rank_words",
        "document_nouns", "anonymity_requests", "anonymity_verbs")))


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
    return False


def is_document(token: Token) -> bool:
    """Whether ``token`` heads a document or view a clause can be "in" and so attributed
    to ("in the latest CNN poll", "in Forbes' words")."""
    return token.lower_ in _words().documents


def is_medium(token: Token) -> bool:
    """Whether ``token`` is a medium words go through ("a statement", "a letter")."""
    return token.lemma_.lower() in _words().media or token.lower_ in _words().media


def is_source_noun(token: Token) -> bool:
    """Whether ``token`` names sources by what they are ("officials", "historians") or a
    document that speaks ("poll", "report")."""
    words = _words()
    return token.lower_ in words.anonymous or token.lower_ in words.documents


def describe_source(speaker: Span, actors: Sequence[Actor]) -> SourceProfile:
    """Type, count, country and affiliation of the source named by ``speaker``."""
    words = _words()
    root = speaker.root
    inside = [a for a in actors if a.start < speaker.end_char and a.end > speaker.start_char]
    country = next((a.country for a in inside if a.country), None)
    named = any(a.kind == "person" for a in inside) or any(
        t.ent_type_ == "PERSON" for t in speaker)
    head = root.lemma_.lower()
    kind: str | None
    if named:
        kind = "person"
    elif root.lower_ in words.anonymous or head in words.anonymous:
        kind = "anonymous"
    elif root.lower_ in words.roles or head in words.roles:
        kind = "role"
    elif inside:
        kind = "organisation"
    else:
        kind = "anonymous" if root.tag_ in ("NNS", "NNPS") else None
    count: int | None = None
    affiliation: list[str] = []
    for child in root.lefts:
        if child.dep_ == "nummod" or child.like_num:
            value = parse_number([t.text for t in child.subtree])
            count = int(value) if value is not None else None
        elif child.dep_ == "det" and child.lower_ in ("a", "an", "one"):
            count = 1
        elif child.dep_ in ("amod", "compound") and child.pos_ != "PROPN" \
                and child.ent_type_ not in ("NORP", "GPE") and not child.like_num \
                and child.lower_ not in words.ranks:
            affiliation.append(" ".join(t.lower_ for t in child.subtree if t.ent_type_ not in (
                "NORP", "GPE") and t.lower_ not in words.ranks))  # "foreign ministry"
    if kind == "anonymous" and count is None and root.tag_ in ("NN", "NNP"):
        count = 1
    for right in root.rights:
        # "sources close to the talks", "officials in the ministry": whose they are.
        # ("officials in Cairo": a place is the country's business, not an affiliation)
        objects = [g for g in right.children if g.dep_ == "pobj"]
        if right.dep_ in ("prep", "amod") and right.lower_ in ("from", "in", "at", "close", "of", "with") \
                and right.right_edge.i - right.i < 8 \
                and not (objects and all(o.ent_type_ in ("GPE", "LOC") for o in objects)):
            affiliation.append(" ".join(t.text for t in right.subtree))
    return SourceProfile(kind, count if kind == "anonymous" else None, country,
                         " ".join(affiliation) or None)


def relay_of(cue: Token) -> Span | None:
    """The outlet or medium a statement went through, from its cue verb: the listener of
    "told Efe", or "in a statement", "on television", "to reporters"."""
    words = _words()
    doc = cue.doc
    if cue.dep_ == "acl" and is_medium(cue.head):
        return doc[cue.head.left_edge.i:cue.head.i + 1]  # "issued a statement saying …"
    if cue.lemma_.lower() in words.relay_verbs:
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN") \
                    and child.tag_ != "PRP":
                return doc[child.left_edge.i:child.right_edge.i + 1] if child.right_edge.i - \
                    child.left_edge.i < 6 else doc[child.i:child.i + 1]
    for child in cue.children:
        if child.dep_ != "prep" or child.lower_ not in ("in", "on", "to", "via", "during", "through"):
            continue
        for obj in (c for c in child.children if c.dep_ == "pobj"):
            phrase = doc[obj.left_edge.i:obj.i + 1]
            outlet = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "on")
                           and obj.right_edge.i - obj.left_edge.i < 8
                           and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)), None)
            if outlet is not None:
                phrase = doc[obj.left_edge.i:obj.right_edge.i + 1]  # "an interview with CNN"
            if obj.lemma_.lower() in words.media or phrase.text.lower().split(" ", 1)[-1] in words.media \
                    or child.lower_ == "to" and obj.lower_ in ("reporters", "journalists", "the press"):
                return phrase
    return None
