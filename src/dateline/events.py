"""Events: who did what to whom, when and where, with a truth status and its evidence.

The layer registers the spaCy factory ``dateline_events_v1`` and fills ``doc._.events`` with
:class:`~dateline.model.Event` records. It runs last: it reads the paragraphs, timexes,
actors, places and quotes the earlier layers left on the ``Doc``.

How it works (a dependency-parse coder in the spirit of PETRARCH, with PLOVER types):

1. **Triggers** come from ``data/plover_triggers.csv`` (lemma, part of speech, PLOVER type,
   mode). Verbs match on their lemma, phrasal verbs on lemma plus particle or preposition
   (``give in``, ``call for``), nouns on their lemma (``talks``, ``airstrikes``). Nouns
   marked ``light-verb`` are events only as the object of a light verb (``reached an
   agreement``, ``held discussions``): alone they usually name a document or topic.
   Transfer verbs (``send``, ``deliver``) are AID when what moves is aid; ``opened fire``
   is an assault. Only body paragraphs yield events; captions and agency lines do not.
2. **Participants**: the actors found by the actors layer inside the subject's subtree
   (or a passive ``by`` agent) are the event's actors; inside the object, the dative and
   ``with``/``to``/``against``/``on`` phrases, its targets. A subject-less verb inherits
   the subject of the verb it is coordinated with or controlled by (``Israel agreed to
   withdraw``), or the object for verbs like ``ask``/``urge`` (``urged Hamas to accept``).
   Nouns take possessives, demonyms and ``by``/``from``/``between`` phrases as actors.
3. **Status**: negation gives ``negated``, except that refusing a concession
   (``will not give in``) is itself a REJECT that occurred; modals and conditionals give
   ``hypothetical``; ``will``, ``is to`` and planning verbs (``plan to``, ``it is planned
   that``) give ``planned``; events announced without a date are ``announced``; the
   present tense and ``continue`` give ``ongoing``; the past gives ``occurred``. A date
   after the publication date turns a would-be occurred, ongoing or announced event into
   ``planned``. Reporting verbs (``said``) do not lend their tense to what they report.
4. **When and where**: the date comes from :func:`dateline.time.anchor_event`; an occurred
   or ongoing event with no date of its own inherits the publication date (``inherited``).
   The place is the most specific place in the evidence, else in the sentence.
5. **Source**: an event inside a quote's content is attributed to that quote's speaker.
6. **Evidence** is the trigger's clause without subordinate, coordinated and reporting
   clauses; **confidence** grows with what the clause states (participants, an explicit
   date, a verbal trigger) and drops for nouns that stand alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._data import read_data
from ._extensions import doc_text, earlier
from .actors import ARMED_WORDS, located
from .cameo import cameo_code
from .contexts import CueTable, load_contexts, load_modes
from .cues import supersenses
from .datelines import Dateline
from .model import Actor, Event, EventDate, EventStatus, Place, Quote
from .quantities import load_numbers
from .sources import asks_anonymity, backs
from .structure import LOCATIVE_PREPOSITIONS, entry_day, is_headline, list_lead_in, stamp_end
from .time import anchor_event, in_other_clause
from .time import load_lexicon as load_time_lexicon

__all__ = ["EventCoder", "EventLexicon", "Trigger", "attacks_in_words", "bare_passive", "load_lexicon",
           "past_after_modal"]

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# Dependents that start a clause of their own: they are left out of an event's evidence.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis", "conj", "cc", "relcl", "acl", "punct",
                          "mark", "csubj", "xcomp", "dep", "appos", "intj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
_TARGET_PREPS = frozenset({"with", "to", "against", "on", "at", "toward", "towards", "into"})
# Event types whose "at" names whom they aim at, not where they happen.
_AIMED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION"})
_TARGET_PREPS_PLACED = _TARGET_PREPS - {"at"}
_ACTOR_PREPS_NOUN = frozenset({"by", "from", "of"})
# Verbs by which a subject receives what another does or says ("drew condemnation from",
# "faced criticism from", "received aid from").
RECEIVING_VERBS = frozenset({"draw", "face", "receive", "attract", "earn", "win", "get"})


# Verbs that need an object before their preposition ("accused Israel of …"): found bare
# before it, they are a headline's passive, its auxiliary left out.
_BARE_PASSIVES = frozenset({("accuse", "of"), ("charge", "with"), ("blame", "for"), ("criticize", "for"),
                            ("criticise", "for"), ("condemn", "for"), ("fault", "for"), ("praise", "for"),
                            ("suspect", "of"), ("convict", "of"), ("sentence", "to"), ("fine", "for"),
                            # ("Famine confirmed in El Fasher", "Clashes reported near Tripoli")
                            ("confirm", "in"), ("report", "in"), ("report", "near")})


def says_that(clause: Token) -> bool:
    """Whether ``clause`` opens with the conjunction "that"."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def bare_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive with its auxiliary left out, as headlines leave it
    ("Sudan's RSF accused of killing 200 in villages"): its subject is whom it is done to,
    the doer unnamed. (Not in a relative clause, whose object is its noun: "four tankers it
    accused of shipping Iranian oil".)"""
    doc = verb.doc
    return verb.tag_ in ("VBN", "VBD") and verb.i + 1 < len(doc) and verb.dep_ != "relcl" \
        and (verb.lemma_.lower(), doc[verb.i + 1].lower_) in _BARE_PASSIVES \
        and not any(c.dep_ in ("dobj", "dative", "aux") or c.dep_ == "nsubj" and c.pos_ == "PRON"
                    or c.dep_ == "ccomp" and c.i > verb.i and says_that(c) for c in verb.children) \
        and not any(g.ent_type_ in ("DATE", "TIME") for g in doc[verb.i + 1].children)  # ("reported in May that …")


def past_after_modal(verb: Token) -> bool:
    """Whether ``verb`` is a past verb with no subject joined to the modal verb of a reported
    clause ("said Beirut would not accept any Israeli presence and called on the sponsors
    …"): it cannot share that modal, so it goes with the verb that reports the clause. (Not
    one whose past is its base form: "will win and put forward a nominee".)"""
    head = verb.head
    return verb.dep_ == "conj" and head.dep_ == "ccomp" and verb.tag_ == "VBD" and head.tag_ == "VB" \
        and verb.lower_ != verb.lemma_.lower() \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def misread_main_verb(verb: Token, lexicon: EventLexicon | None = None) -> Token | None:
    """The head of the subject of ``verb`` where the parser read a sentence as one noun
    phrase, its only verb a participle of the subject or of the subject's of-phrase
    ("Families of the hostages protested in Tel Aviv on Saturday": to the parser, hostages
    who were protested). Only verbs no participle of which describes a noun without an
    object (``intransitive_verbs``: not "Palestinians killed in a strike", a headline's
    passive); or a past tense with an object after the comma that closes the subject's
    appositions ("President …, Ahmad al-Sharaa, and the Commander …, Mazloum Abdi, signed on
    Monday an agreement", translated copy). None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    # (the tagger may take it for a participle: VBN)
    finite = verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ == "dobj" for c in verb.children)
    if not finite and any(c.dep_ == "dobj" for c in verb.children):
        return None
    root = verb.sent.root
    head = verb.head
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i or not (
            head == root or head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head == root
            or finite and head.dep_ in ("appos", "conj") and head.head == root):
        return None
    lexicon = lexicon or load_lexicon()
    if not finite and verb.lemma_.lower() not in lexicon.cue("intransitive_verbs") \
            or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[root.left_edge.i:verb.i]):
        return None
    return root


def _received(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is what ``verb`` says its subject receives ("drew criticism")."""
    return noun.dep_ == "dobj" and noun.head == verb and verb.pos_ == "VERB" and verb.lemma_.lower() in RECEIVING_VERBS
_TARGET_PREPS_NOUN = frozenset({"with", "to", "against", "on", "toward", "towards", "for"})
# How many states "the two …", "both …", "the three …" stand for.
_HOW_MANY = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
# Plural nouns that, after "the two" or "both" (or "the three" …), stand for the last states named.
_PAIR_NOUNS = frozenset({"countries", "sides", "nations", "governments", "states", "neighbours",
                         "neighbors", "capitals", "parties", "mediators"})
# Plural nouns that, after "the two" or "both", stand for the last people named ("the two
# ministers also agreed …" after a call between two foreign ministers).
_PEOPLE_NOUNS = frozenset({"ministers", "leaders", "presidents", "men", "women", "envoys", "officials",
                           "counterparts", "heads"})
# Of those, the ones that may stand for parties that are not states ("the two sides" of a
# government and a rebel group).
_SIDE_NOUNS = frozenset({"sides", "parties"})
_PARTY_KINDS = frozenset({"state", "organisation", "group"})
# What joins two parties named together: "Armenia and Azerbaijan", "X and the M23 armed group",
# "Sudan's army and the paramilitary Rapid Support Forces".
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?(?:(?!an?\s)[a-z]+\s+)?")
# What, after two parties named together, makes them the go-betweens ("Saudi and US
# mediators"): not the two sides.
_GO_BETWEENS = re.compile(r"\s+(?:mediators?|brokers?|envoys?|guarantors?)\b", re.IGNORECASE)
_ASIDE_PREPS = frozenset({"by"})
# How far back (characters) states named together are what "the two countries" stands for.
_PAIR_REACH = 600
# Nouns that, after "the", stand for the last organisation named ("the group said").
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "faction", "militia", "guerrilla"})
_PLACE_RANK = {"city": 0, "region": 1, "other": 2, "country": 3}


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger lexicon."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    #: ``light-verb``: a noun that is an event only as the object of a light verb (``reach an
    #: agreement``) or the subject of an onset verb (``the truce took effect``);
    #: ``party-subject``: a verb that is an event only when someone does it (``the envoy
    #: arrived``, not ``supplies arrived``); ``parties-subject``: only when several do it
    #: together (``the two sides will talk again``); ``party-object``: only when done to someone
    #: (``recalled its ambassador``); ``phoned-party``: only when one party calls another
    #: (``called his Indian counterpart``, not ``called Hamas a terrorist group``);
    #: ``force-object``: only when it moves forces (``pull its fighters north of the river``);
    #: ``weapon-object``: only when what it sends is weapons (``launched 810 drones``);
    #: ``ground-object``: only when it takes ground (``retook the town``, not ``captured the
    #: mood``); ``person-object``: only when done to people (``eliminated militants``, not
    #: ``eliminated the threat``); ``no-object``: only without an object (``thousands
    #: demonstrated``, not ``the attacks demonstrate the threat``).
    requires: str | None = None


@dataclass(frozen=True, eq=False)
class EventLexicon:
    """Triggers and the status cues of ``data/event_cues.json`` (hashed by identity)."""

    single: dict[tuple[str, str], Trigger]
    #: Multi-word triggers by their head lemma: ``give in`` under ("give", "VERB").
    multi: dict[tuple[str, str], tuple[Trigger, ...]]
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    light_verb_objects: dict[str, str] = field(default_factory=dict)
    modes: CueTable = field(default_factory=CueTable)
    contexts: CueTable = field(default_factory=CueTable)

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())


@lru_cache(maxsize=4)
def load_lexicon(triggers_path: str | None = None, cues_path: str | None = None,
                 modes_path: str | None = None, contexts_path: str | None = None) -> EventLexicon:
    """Read the trigger table, the status cues and the mode and context cue tables
    (packaged ones unless paths are given)."""
    single: dict[tuple[str, str], Trigger] = {}
    multi: dict[tuple[str, str], list[Trigger]] = {}
    for row in csv.DictReader(io.StringIO(read_data("plover_triggers.csv", triggers_path))):
        lemma = row["lemma"].strip().lower()
        pos = row["pos"].strip().upper()
        trigger = Trigger(lemma, pos, row["type"].strip().upper(), row.get("mode") or None,
                          (row.get("requires") or "").strip() or None)
        words = lemma.split()
        if len(words) == 1:
            single[(lemma, pos)] = trigger
        else:
            # Phrasal verbs hang on their first word, compound nouns on their last.
            head = words[0] if pos == "VERB" else words[-1]
            multi.setdefault((head, pos), []).append(trigger)
    raw = json.loads(read_data("event_cues.json", cues_path))
    cues = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    objects = {str(k): str(v) for k, v in raw.get("light_verb_objects", {}).items()}
    return EventLexicon(single, {k: tuple(v) for k, v in multi.items()}, cues, objects,
                        load_modes(modes_path), load_contexts(contexts_path))


# --- triggers ---------------------------------------------------------------------------

@dataclass
class _Hit:
    token: Token
    trigger: Trigger
    #: The verb that carries tense and subject: the trigger itself, or the light verb.
    verb: Token | None
    #: Extra tokens that belong to the trigger (particle, compound word).
    extra: tuple[Token, ...] = ()
    #: ``verb`` is a verb the nominal trigger is subject or object of, not a light verb.
    carried: bool = False
    #: "only X will allow Y": a demand for X; ``token`` is the "only" subject.
    condition: Token | None = None


def _multi_word(token: Token, pos: str, lexicon: EventLexicon) -> tuple[Trigger, tuple[Token, ...]] | None:
    for trigger in lexicon.multi.get((token.lemma_.lower(), pos), ()):
        words = trigger.lemma.split()
        if pos == "VERB":
            rest = words[1:]
            # A particle or preposition belongs to the verb only right after it (or after
            # its object: "called them off"), not in "called a demonstration for Saturday".
            found = [c for c in token.children if c.lower_ in rest and c.i > token.i and (
                c.dep_ not in ("prep", "prt") or c.dep_ == "prt" or c.i == token.i + 1)]
            if len(found) == len(rest):
                return trigger, tuple(found)
        else:
            before = words[:-1]
            lefts = [c for c in token.lefts if c.dep_ == "compound"]
            if [c.lower_ for c in lefts[-len(before):]] == before:
                return trigger, tuple(lefts[-len(before):])
    return None


def _phoned(verb: Token, objects: list[Token], lexicon: EventLexicon) -> bool:
    """Whether ``verb`` ("called", "telephoned") is a call to a party: "called his Indian
    counterpart at 3:35 pm", "Biden called Netanyahu on Sunday"; not "called Hamas a
    terrorist group", "called them on it", "called the leaders to the stage", "calling out
    Clinton", "calling the Security Council to assume its responsibilities" (a call on it,
    in translated copy; a pronoun is too often no party called)."""
    if len(objects) != 1 or objects[0].pos_ == "PRON" or not _is_party(objects[0], lexicon) \
            or any(t.is_quote for t in objects[0].subtree) or any(
            c.dep_ in ("prt", "oprd", "ccomp", "xcomp", "attr") or c.dep_ == "prep" and c.lower_ in ("to", "on", "into", "out", "off")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children):
        return False
    after = objects[0].right_edge.i + 1
    # (a name after the one called names them: 'called the senator "the next Washington"')
    return after >= len(verb.doc) or verb.doc[after].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM") \
        and not verb.doc[after].is_quote


# A bare weekday, as a timex's text.
_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
# Stretches of time a fighting noun's "of" can fill ("years of fighting", "a cycle of violence").
_STRETCHES = frozenset({"year", "month", "week", "day", "decade", "cycle", "round", "wave"})


def _stopped_fighting(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether ``noun`` is fighting that the verb it hangs on stops ("stop all firing", "the
    shelling was halted"): a ceasefire, no assault."""
    trigger = lexicon.single.get((noun.lower_, "NOUN")) or lexicon.single.get((noun.lemma_.lower(), "NOUN"))
    phrase = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _STRETCHES:
        phrase = noun.head.head  # ("end years of fighting")
    return phrase.dep_ in ("dobj", "xcomp", "nsubjpass") and (noun.pos_ == "NOUN" or noun.tag_ == "VBG") \
        and trigger is not None \
        and trigger.type == "ASSAULT" and phrase.head.lemma_.lower() in lexicon.cue("stopping_verbs") \
        and not (noun.lemma_.lower() == "strike" and _labour_strike(noun, noun, lexicon))  # ("ending a weeks-long strike")


def _is_light_verb(verb: Token, lexicon: EventLexicon) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lexicon.cue("light_verbs")


def _is_party(token: Token, lexicon: EventLexicon) -> bool:
    """Does the phrase headed by ``token`` name someone who can meet, travel or be received?
    Only the head, its compounds, appositions and conjuncts count: ``a proposal from Hamas``
    is no party."""
    parties = lexicon.cue("party_nouns")
    words = [token, *token.conjuncts]
    words += [c for w in list(words) for c in w.children if c.dep_ in ("compound", "appos", "amod")]
    return any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.lemma_.lower() in parties
               or t.tag_ == "PRP" for t in words)


def _armed(subject: Token | None, objects: list[Token], lexicon: EventLexicon) -> bool:
    """Whether a blow is an armed one: struck by a weapon or a force ("RSF drones", "Israeli
    warplanes", "troops"), or by a party at ground or targets ("hit Hezbollah positions")."""
    if subject is None:
        return False
    arms = lexicon.cue("weapon_nouns") | lexicon.cue("force_nouns") | lexicon.cue("armed_subjects")
    if any(w.lemma_.lower() in arms for w in (subject, *subject.conjuncts)):
        return True
    return _is_party(subject, lexicon) and any(
        _is_ground(o, lexicon, vessels=False) or o.lemma_.lower() == "target" for o in objects)


def _threatens(verb: Token, objects: list[Token], lexicon: EventLexicon) -> bool:
    """Whether a warning is a threat: one given to a party ("warned Hamas"), against something
    ("warned against sending troops"), of what will be done ("warned of retaliation"), or that
    someone will act or pay, or what a provocation would bring ("warned that it would
    retaliate", "… that Hamas would pay a heavy price", "… that any violation would be met
    with force"); not a forecast ("warned that the talks could collapse", "warned of famine")."""
    if any(_is_party(o, lexicon) for o in objects) or any(
            c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return True
    if any(w.lemma_.lower() in lexicon.cue("reprisal_nouns") for w in _prep_objects(verb, frozenset({"of"}))):
        return True
    return any(c.dep_ == "ccomp" and any(a.lower_ in ("will", "would", "'ll") for a in c.children if a.dep_ == "aux")
               and any(s.dep_ in ("nsubj", "nsubjpass") and (
                   _is_party(s, lexicon) or s.lemma_.lower() in lexicon.cue("provocation_nouns")) for s in c.children)
               for c in verb.children)  # (or what a provocation would bring: "that any violation would put … at risk")


def _captive(token: Token, lexicon: EventLexicon) -> bool:
    """Whether ``token`` heads people who can be taken captive: a person named, someone in
    custody, a suspect or a fighter ("the suspect", "two soldiers", "a Hamas commander"; not
    "the Senate", "the hearts of moderates")."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in lexicon.cue("custody_nouns") \
        or token.lemma_.lower() in _CAPTIVES


# People, besides parties and those in custody, whom a capture makes captives.
_CAPTIVES = frozenset({"suspect", "soldier", "fighter", "militant", "gunman", "commander", "officer",
                       "civilian", "man", "woman", "child", "people", "member", "journalist", "worker",
                       "terrorist", "insurgent", "rebel", "jihadist", "operative", "attacker", "assailant",
                       "cell", "squad"})


def _is_event_noun(token: Token, lexicon: EventLexicon) -> bool:
    return _noun_type(token, lexicon) is not None


def _noun_type(token: Token, lexicon: EventLexicon) -> str | None:
    """The event type of ``token`` as a noun of the trigger table ("talks": CONSULT), or None."""
    trigger = lexicon.single.get((token.lemma_.lower(), "NOUN")) or lexicon.single.get((token.lower_, "NOUN"))
    return trigger.type if trigger is not None else None


def is_event_noun(token: Token) -> bool:
    """Whether ``token`` is a noun of the trigger table ("treaty", "sanctions", "talks")."""
    return _is_event_noun(token, load_lexicon())


def _verb_hit(token: Token, lexicon: EventLexicon) -> _Hit | None:
    lemma = token.lemma_.lower()
    if _stopped_fighting(token, lexicon):
        return None  # ("would stop all firing": the gerund stopped, no assault)
    found = _multi_word(token, "VERB", lexicon)
    if found is not None:
        if found[0].type in _HANDING_OVER and _moves_words(token, lexicon):
            return None  # ("handed over a memorandum setting out its conditions")
        # (a headline's "hands over bodies of four hostages": the particle read as a preposition)
        moved = [w for c in [*(c for c in token.children if c.dep_ in ("dobj", "nsubjpass")),
                             *_prep_objects(token, frozenset({"over"}))]
                 for w in _with_of(c)]
        if found[0].type == "RETREAT" and any(w.lemma_.lower() in lexicon.cue("custody_nouns") for w in moved):
            # ("the remains of 28 hostages would be handed over": people or remains handed over
            # are a concession, ground handed over a withdrawal)
            return _Hit(token, Trigger(found[0].lemma, "VERB", "CONCEDE"), token, found[1])
        return _Hit(token, found[0], token, found[1])
    if lemma in lexicon.cue("transfer_verbs"):
        # What moves is the object ("sent aid"), or the subject of a verb of motion ("aid
        # trucks entered Gaza"), never what a subject "reaches" ("trade could reach $15bn").
        roles = ("nsubj", "nsubjpass") if lemma in lexicon.cue("motion_verbs") else ("dobj", "nsubjpass")
        moved = [c for c in token.children if c.dep_ in roles]
        if any(_is_aid(c, lexicon) for c in moved):
            return _Hit(token, Trigger(lemma, "VERB", "AID"), token)
    if lemma in lexicon.cue("withholding_verbs") and any(
            _is_aid(o, lexicon, compounds=False)  # (the noun itself: "cutting loan rates" is no sanction)
            for o in token.children if o.dep_ in ("dobj", "nsubjpass")):
        # ("cut off the supply of electricity to Gaza", "halting the entry of all goods": aid
        # or supplies withheld are a sanction)
        particles = tuple(c for c in token.children if c.dep_ == "prt")
        return _Hit(token, Trigger(" ".join([lemma, *(p.lower_ for p in particles)]), "VERB", "SANCTION"),
                    token, particles)
    stopped = tuple(w for c in token.children for w in _with_of(c)
                    if _stopped_fighting(w, lexicon)) if lemma in lexicon.cue("stopping_verbs") else ()
    if stopped:
        return _Hit(token, Trigger(lemma, "VERB", "CONCEDE", "ceasefire"), token, stopped)  # ("agreed to stop all firing")
    control = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "control" and any(
        _is_ground(w, lexicon) for w in _prep_objects(c, frozenset({"of"})))), None) \
        if lemma in _TAKING_CONTROL else None
    if control is not None:
        # ("regained control of the Halfaya bridge", "took control of the town": ground taken)
        return _Hit(token, Trigger(f"{lemma} control", "VERB", "ASSAULT"), token, (control,))
    trigger = lexicon.single.get((lemma, "VERB"))
    if trigger is None or lemma in lexicon.cue("reporting_lemmas"):
        return None
    if trigger.type == "AID" and lemma in lexicon.cue("transfer_verbs"):
        return None  # "delivered a final draft": what moves is no aid
    if token.tag_ in ("VBN", "VBG") and token.dep_ in ("amod", "nsubj", "dobj", "pobj",
                                                      "compound", "npadvmod") \
            or token.tag_ == "VBN" and token.dep_ == "acl" and not list(token.children) \
            or token.tag_ in ("VBN", "VBD") and token.dep_ in ("acl", "advcl", "ccomp") and token.i > 0 \
            and token.nbor(-1).pos_ == "NOUN" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") or c.i > token.i for c in token.children):
        # "the kidnapped", "negotiating sources", "during the 180 days agreed" (read as a
        # clause of its own): a description, not a report
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # (what a passive says was received is its subject: "no guarantees had been received")
    received = objects + [c for c in token.children if c.dep_ == "nsubjpass"]
    if lemma in lexicon.cue("needs_actor_object") and received and not any(
            _is_party(o, lexicon) or _noun_type(w, lexicon) == "CONSULT" for o in received for w in _with_of(o)):
        # "received a proposal" is not a meeting, nor "received broad support" ("hosted a
        # fourth round of talks" is)
        return None
    if trigger.requires == "party-object" and not any(_is_party(o, lexicon) for o in objects):
        return None  # "recalled its ambassador", not "recalled summer visits" or "recalled that …"
    if trigger.requires == "phoned-party" and not _phoned(token, objects, lexicon):
        return None
    if trigger.type == "CONSULT" and any(c.lemma_.lower() in lexicon.cue("requirement_nouns")
                                         for c in token.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
        return None  # ("conditions not met", "met the deadline": no meeting)
    if trigger.requires == "threat" and not _threatens(token, objects, lexicon):
        return None  # "warned Hamas", "warned that it would retaliate"; not "warned that gaps remained"
    if trigger.requires == "no-object" and objects:
        return None  # ("thousands demonstrated outside parliament", not "the attacks demonstrate the threat")
    if trigger.requires == "force-object" and not any(o.lemma_.lower() in lexicon.cue("force_nouns") for o in objects):
        return None  # "pulled its fighters north of the river", not "pulled Israel into a war"
    if trigger.requires == "armed-subject" and not _armed(_subject(token, lexicon), objects, lexicon):
        return None  # "drones hit a fuel depot", "Israel hit Hezbollah positions"; not "sanctions hit the economy"
    if trigger.requires == "weapon-object" and not any(
            w.lemma_.lower() in lexicon.cue("weapon_nouns") for o in objects for w in (o, *o.conjuncts)):
        return None  # "launched 810 drones and 13 missiles", not "launched an inquiry"
    taken = (*objects, *(c for c in token.children if c.dep_ == "nsubjpass"))
    if trigger.requires == "ground-object" and not any(_is_ground(o, lexicon) for o in taken):
        if lemma == "capture" and any(_captive(o, lexicon) for o in taken):
            # ("Police captured the suspect", "captured two soldiers": an arrest or an abduction)
            return _Hit(token, Trigger(lemma, "VERB", "COERCE"), token)
        return None  # "retook the town", "the base was overrun", not "captured the mood"
    if trigger.type == "COERCE" and lemma == "seize" and any(_is_ground(o, lexicon, vessels=False) for o in taken):
        return _Hit(token, Trigger(lemma, "VERB", "ASSAULT"), token)  # ("seized El Fasher", as "captured"; a tanker seized is coerced)
    if trigger.requires == "person-object" and not any(_captive(o, lexicon) for o in taken):
        return None  # ("its troops 'eliminated' militants"; not "eliminated the threat")
    if trigger.type in _HANDING_OVER and _moves_words(token, lexicon):
        return None  # "released a statement", "shared his views": published, nothing handed over
    if trigger.requires in ("party-subject", "parties-subject"):
        subject = _subject(token, lexicon)
        # (parties counted are parties: "the two sides", "both commanders")
        counted = subject is not None and subject.tag_ in ("NNS", "NNPS") and any(
            c.lower_ in _HOW_MANY for c in subject.children if c.dep_ in ("nummod", "det", "predet"))
        if subject is None or not (_is_party(subject, lexicon) or counted):
            return None  # "supplies arrived" is no visit
        if trigger.requires == "parties-subject" and not counted and (
                not (subject.conjuncts or subject.tag_ == "NNS" and subject.lemma_.lower() in lexicon.cue("party_nouns"))
                or any(c.dep_ == "prep" and c.lower_ == "about" for c in token.children)):
            # ("the two commanders will talk again", "Putin and Trump talked for two hours", not
            # "the minister talked about it", "we talk a lot", "John and Brian were talking about why …")
            return None
    if trigger.type in ("REQUEST", "REJECT") and asks_anonymity(token):
        # ("who asked not to be named", "requested anonymity", "declining to be named":
        # sourcing, not a request or a refusal)
        return None
    if lemma == "ask" and token.tag_ == "VBN" and token.dep_ == "advcl" \
            and not any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
        return None  # ("Asked whether he expected a deal, he said …": a reporter's question)
    if trigger.type in ("ASSAULT", "COERCE"):
        subject = _subject(token, lexicon)
        hazards = lexicon.cue("natural_hazards")
        # (every subject the parser gives: "The magnitude 6.1 earthquake" can be two)
        subjects = [c for c in subject.head.children if c.dep_ == "nsubj"] or [subject] \
            if subject is not None else []
        if any(w.lemma_.lower() in hazards for s in subjects for w in (
                s, *(c for c in s.children if c.dep_ in ("appos", "compound")))):
            return None  # "an earthquake struck ..., killing 27": deaths, but no one attacked
        if attacks_in_words(token, lexicon, subject):
            trigger = Trigger(lemma, "VERB", "ACCUSE")  # "attacked the plan": criticism, no assault
    return _Hit(token, trigger, token)


# Types whose verbs hand something over ("released the prisoners", "shared intelligence",
# "provided aid"): none when what they hand over is words.
_HANDING_OVER = frozenset({"CONCEDE", "COOPERATE", "AID", "RETREAT"})


def _moves_words(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether what ``verb`` hands over (its object, its subject in the passive, or the noun
    its participle describes) is something said, written or shown (``non_event_objects``:
    "released a statement", "the footage was released", "a statement released by …")."""
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not moved and verb.dep_ == "acl" and verb.tag_ == "VBN":
        moved = [verb.head]  # ("a statement released by the Egyptian presidency")
    said = lexicon.cue("non_event_objects")
    return bool(moved) and all(m.lemma_.lower() in said or m.lower_ in said for m in moved)


def attacks_in_words(word: Token, lexicon: EventLexicon, subject: Token | None = None) -> bool:
    """Whether an attack (the verb or the noun) is made in words: on something said or
    thought ("attacked the plan", "an attack on his remarks"); in a speech, an interview or
    a statement; called so ("a scathing attack"); glossed or done by saying ("…, calling them
    reckless", "by reminding voters that …"); blaming a reason ("attacked the senator for
    his comments"); by words ("ads that attack Trump"); or by one named person on another
    ("Bush attacked Trump", "Ruiz launched an attack on Reyes"). "Gunmen attacked a police
    station" stays an assault. Only the words of ``verbal_attack_words`` (event_cues.json)
    can be, except a verb whose complement is a clause, which says something whatever the
    verb ("“…,” she shot back"). ``subject`` defaults to the verb's own, or the noun's owner
    or the subject of the verb it is the object of."""
    children = list(word.children)
    if word.pos_ != "NOUN" and any(
            c.dep_ == "ccomp" and c.lemma_.lower() not in lexicon.cue("reporting_lemmas")
            and (c.i < word.i or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
            and getattr(lexicon.single.get((c.lemma_.lower(), "VERB")), "type", None) != "ASSAULT"
            for c in children):
        # a clause says what: "“…,” Bennett shot back", "hit back that the claim was false"
        # (not the report hung on it: "fighters overran a base, officials said, …", nor a
        # clause the parser hung on it: "killing 17 soldiers with dozens feared captured",
        # "the occupiers attacked the region with drones, two civilians were injured")
        return True
    if not {word.lemma_.lower(), word.lower_} & lexicon.cue("verbal_attack_words"):
        return False
    if word.pos_ == "NOUN":
        objects = [p for c in children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for p in c.children if p.dep_ == "pobj"]
        subject = subject or next((c for c in children if c.dep_ == "poss"), None)
        if any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.cue("verbal_attack_modifiers") for c in children):
            return True
        if subject is None and word.dep_ == "dobj":
            # ("Trump unleashed an attack on Carson": who launches it makes it)
            subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    else:
        objects = [c for c in children if c.dep_ == "dobj"]
        subject = subject or next((c for c in children if c.dep_ == "nsubj"), None)
    said = lexicon.cue("verbal_attack_objects")
    if any(o.lemma_.lower() in said for o in objects):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            p.dep_ == "pobj" and p.lemma_.lower() in lexicon.cue("speech_occasions") for p in c.children)
           for c in children):
        return True
    # (what was said comes with it: "launched an attack on the spy chiefs, calling them …",
    # "attacked Fiorina by reminding voters that …")
    clause = word.head if word.pos_ == "NOUN" else word
    glosses = lexicon.cue("verbal_attack_glosses") | lexicon.cue("reporting_lemmas")
    if any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in glosses
           for c in clause.children) or any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.lemma_.lower() in glosses
                                                          for g in c.children) for c in clause.children):
        return True
    # "attacked the senator for his comments", "attacked rivals for accepting donations": a
    # reason blamed, which weapons do not give
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pcomp" or g.tag_ == "VBG" or g.lemma_.lower() in said | lexicon.cue("speech_occasions")
            for g in c.children) for c in children):
        return True
    # "ads that attack Trump", "the ad attacks the senator": words do the attacking
    base = word
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head  # ("ads that promote Cruz and attack Trump")
    speaker = subject or next((c for c in base.children if c.dep_ == "nsubj"), None)
    if base.dep_ == "relcl" and (speaker is None or speaker.tag_ in ("WDT", "WP")):
        speaker = base.head  # ("ads that attack Trump": what "that" stands for)
    if speaker is not None and speaker.lemma_.lower() in lexicon.cue("speech_occasions"):
        return True
    return subject is not None and subject.ent_type_ == "PERSON" \
        and any(o.ent_type_ == "PERSON" for o in objects)


def _noun_hit(token: Token, lexicon: EventLexicon) -> _Hit | None:
    if token.ent_type_ in ("DATE", "TIME") or token.pos_ == "PROPN" and token.is_title \
            and token.ent_type_:
        return None  # "March 4" is no march
    lemma = token.lemma_.lower()
    # "a new round of negotiations": the container stands in the clause for the event.
    phrase = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in lexicon.cue("event_containers"):
        phrase = token.head.head
    head = phrase.head
    if _stopped_fighting(token, lexicon):
        return None  # (the stopping verb codes the ceasefire)
    if phrase.dep_ == "dobj" and lemma in lexicon.light_verb_objects:
        return _Hit(token, Trigger(lemma, "NOUN", lexicon.light_verb_objects[lemma]), head)
    light = phrase.dep_ in ("dobj", "nsubjpass") and _is_light_verb(head, lexicon)
    onset = phrase.dep_ == "nsubj" and head.lemma_.lower() in lexicon.cue("onset_verbs")
    found = _multi_word(token, "NOUN", lexicon)
    extra: tuple[Token, ...] = ()
    trigger: Trigger | None
    if found is not None:
        trigger, extra = found
    else:
        # (the form as written first: "dialogues" are talks, a "dialogue" needs a verb to be held)
        trigger = lexicon.single.get((token.lower_, "NOUN")) or lexicon.single.get((lemma, "NOUN"))
    if trigger is None:
        return None
    if trigger.requires == "ground-object" and not any(_is_ground(o, lexicon) for o in _prep_objects(token, frozenset({"of"}))):
        return None  # ("the capture of Pokrovsk", not "the capture of the moment")
    if trigger.requires == "seated":
        # ("return to the negotiating table", "sat at the negotiating table": the verb's
        # subject negotiates; not "walked away from" it)
        verb = phrase.head.head
        if phrase.dep_ != "pobj" or phrase.head.lower_ not in ("to", "at", "around") or verb.pos_ not in ("VERB", "AUX"):
            return None
        return _Hit(token, trigger, verb, extra)
    if lemma == "strike" and _labour_strike(token, phrase, lexicon):
        trigger = Trigger(trigger.lemma, "NOUN", "PROTEST", "strike")
    if trigger.type == "ASSAULT" and attacks_in_words(token, lexicon):
        trigger = Trigger(trigger.lemma, "NOUN", "ACCUSE")  # "a scathing attack on the plan"
    if phrase.dep_ in ("attr", "nsubj") and head.lemma_ == "be" \
            and any(c.dep_ == "expl" for c in head.children):
        return _Hit(token, trigger, head, extra)  # "there was discussion about ...": it took place
    # "announced a ceasefire", "called a strike": announced, so an event all the same.
    announced = phrase.dep_ == "dobj" and head.lemma_.lower() in lexicon.cue("announcing_lemmas")
    # "drew criticism from the UN": received, so done by whoever it comes from
    received = _received(phrase, head)
    # (a term in a list of them, "- The release of 400 detainees", stands without a verb)
    if trigger.requires == "light-verb" and not (light or onset or announced or received) \
            and not (phrase.dep_ == "ROOT" and _listed_term(token, lexicon)):
        return None
    if received:
        return _Hit(token, trigger, head, extra, carried=True)
    if light:
        return _Hit(token, trigger, head, extra)
    carrier = _carrier(phrase, lexicon)
    if carrier is None and _is_bare_reference(token, lexicon):
        return None
    return _Hit(token, trigger, carrier, extra, carried=carrier is not None)


def _is_bare_reference(noun: Token, lexicon: EventLexicon) -> bool:
    """``the talks``: a definite mention of an event told elsewhere, with nothing new."""
    children = list(noun.children)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "that", "those", "its", "their")
                   for c in children)
    said = any(c.dep_ in ("prep", "amod", "acl", "relcl", "nummod", "npadvmod") for c in children)
    return definite and not said


def _only_condition(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The subject of "only a change in Hamas's demands will allow talks to advance": the
    speaker demands it. None when ``verb`` is no such verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.cue("condition_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and any(
        o.lower_ == "only" for o in c.children if o.dep_ in ("advmod", "amod", "preconj"))), None)


def _find_triggers(sent: Span, lexicon: EventLexicon) -> Iterator[_Hit]:
    for token in sent:
        hit = _hit(token, lexicon)
        if hit is not None:
            yield hit


def read_as_noun(token: Token) -> bool:
    """Whether ``token`` is a verb in -s the tagger read as a plural noun at the root of its
    sentence, its subject before it ("UN chief calls for immediate ceasefire", a headline)."""
    return token.dep_ == "ROOT" and token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s") \
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) \
        and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children)


def _hit(token: Token, lexicon: EventLexicon) -> _Hit | None:
    """The event ``token`` triggers, if any."""
    condition = _only_condition(token, lexicon)
    if condition is not None:
        return _Hit(token, Trigger(token.lemma_.lower(), "VERB", "REQUEST", "change"), token,
                    condition=condition)
    if token.pos_ == "VERB" or read_as_noun(token):
        return _verb_hit(token, lexicon)
    if token.pos_ in ("NOUN", "PROPN"):
        return _noun_hit(token, lexicon)
    if token.pos_ == "ADJ":
        return _adjective_hit(token, lexicon)
    return None


def event_type_at(token: Token, lexicon: EventLexicon | None = None) -> str | None:
    """The PLOVER type of the event the events layer codes at ``token``: as its trigger,
    or as the verb that carries a noun trigger ("imposed sanctions": SANCTION at
    "imposed"). None when it codes none there ("recalled that …", "released a statement")."""
    lexicon = lexicon or load_lexicon()
    hit = _hit(token, lexicon)
    if hit is not None:
        return hit.trigger.type
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            carried = _noun_hit(child, lexicon)
            if carried is not None and carried.verb is not None and carried.verb.i == token.i:
                return carried.trigger.type
    return None


def _labour_strike(token: Token, phrase: Token, lexicon: EventLexicon) -> bool:
    """A strike that is a walkout, not an attack: "a general strike", "workers staged a
    strike", "went on strike"."""
    words = lexicon.cue("labour_strike_words")
    modifiers = [c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    # (or who strikes, after "by": "a weeks-long strike by 39,000 workers")
    modifiers += [o.lemma_.lower() for o in _prep_objects(token, frozenset({"by"}))]
    if any(m in words for m in modifiers) or token.head.lower_ == "on" and token.dep_ == "pobj":
        return True
    verb = phrase.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.pos_ in ("VERB", "AUX") else []
    return any(w.lemma_.lower() in words for s in subjects for w in s.subtree)


def _adjective_hit(token: Token, lexicon: EventLexicon) -> _Hit | None:
    """"X is willing to provide", "ready to contribute": a stated willingness (AGREE in the
    codebook), when the adjective complements a copula and governs what X would do."""
    trigger = lexicon.single.get((token.lemma_.lower(), "ADJ")) or lexicon.single.get((token.lower_, "ADJ"))
    head = token.head
    done = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if trigger is None or token.dep_ != "acomp" or head.pos_ not in ("AUX", "VERB") or done is None:
        return None
    if trigger.type == "AGREE" and event_type_at(done, lexicon) in lexicon.cue("coercive_types"):
        # ("ready to impose sanctions", "prepared to resume strikes": a threat, not a willingness
        # to cooperate)
        trigger = Trigger(trigger.lemma, "ADJ", "THREATEN")
    return _Hit(token, trigger, head)


def _carrier(noun: Token, lexicon: EventLexicon) -> Token | None:
    """The verb a nominal event is subject or object of (``talks continue``), when the verb
    is neither an event of its own, a copula nor a reporting verb: it lends the noun tense
    and parties."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if noun.dep_ == "dobj" and lemma not in lexicon.cue("announcing_lemmas") \
            | lexicon.cue("planning_lemmas") | lexicon.cue("continuing_lemmas") \
            | lexicon.cue("onset_verbs"):
        return None  # "journalists covering the talks" report no talks
    trigger = lexicon.single.get((lemma, "VERB"))
    if trigger is not None and not (trigger.requires and _verb_hit(head, lexicon) is None) \
            or lemma in lexicon.cue("copulas"):
        return None  # (but a verb that is no event here carries it: "is calling a meeting")
    if lemma in lexicon.cue("reporting_lemmas") and lemma not in lexicon.cue("announcing_lemmas"):
        return None
    return head


def _is_aid(token: Token, lexicon: EventLexicon, compounds: bool = True) -> bool:
    """``aid``, ``relief supplies`` (unless ``compounds`` is off), ``two consignments of
    medicines``."""
    aid = lexicon.cue("aid_objects")
    words = [token, *(c for c in token.children if c.dep_ == "compound" and compounds),
             *_prep_objects(token, frozenset({"of"}))]
    return any(w.lemma_.lower() in aid or w.lower_ in aid for w in words)


def _how_many(noun: Token) -> int:
    """How many "the two", "both" or "the three" before ``noun`` count (0 for none)."""
    return max((_HOW_MANY.get(c.lower_, 0) for c in noun.children if c.dep_ in ("det", "nummod")), default=0)


def states_referred(noun: Token, before: Iterable[Actor]) -> list[Actor] | None:
    """The states "the two countries", "both sides" or "the three mediators" stand for: the
    last that many states named ``before`` it (in text order); None when ``noun`` is no such
    phrase or fewer states were named."""
    wanted = _how_many(noun)
    # ("the sides had also agreed": the two parties last named together, and only they)
    bare = not wanted and noun.lower_ in _SIDE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    wanted = 2 if bare else wanted
    if not wanted or noun.lower_ not in _PAIR_NOUNS:
        return None
    # (not where something happened nor who brokered it: "after ten days of talks in South
    # Africa", "talks mediated by Qatar and Turkey"; the two sides are the parties)
    before = [a for a in before if not located(noun.doc, a.start, _ASIDE_PREPS)]
    if wanted == 2:
        # ("The Democratic Republic of Congo and the M23 armed group signed …; the two sides
        # agreed": the parties last named together, an armed group among them; "Ukraine and
        # Russia swapped prisoners … taken to Belarus … brokered between the two countries":
        # the states named together, not the last two named, when named a few sentences back)
        sides = noun.lower_ in _SIDE_NOUNS
        kinds = _PARTY_KINDS if sides else frozenset({"state"})
        text = doc_text(noun.doc)
        paired = next(([a, b] for a, b in zip(before[-2::-1], before[::-1])
                       if a.kind in kinds and b.kind in kinds and a.name != b.name
                       and (sides or noun.idx - b.end <= _PAIR_REACH) and _JOINED.fullmatch(text, a.end, b.start)
                       and not (sides and _GO_BETWEENS.match(text, b.end))), None)
        if paired is not None or bare:
            return paired
    # ("the three countries" after a joint statement of Qatar, Egypt and the United States)
    states: list[Actor] = []
    for actor in reversed(before):
        if actor.kind == "state" and actor.country and actor.country not in {a.country for a in states}:
            states.append(actor)
        if len(states) == wanted:
            return states[::-1]
    return None


def people_referred(noun: Token, before: Iterable[Actor]) -> list[Actor] | None:
    """The people "the two ministers" or "both leaders" stand for: the last that many people
    named ``before`` it; None when ``noun`` is no such phrase or fewer were named."""
    wanted = _how_many(noun)
    # (named before: "the two ministers", "both leaders"; not "Two officials said", others)
    definite = any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in noun.children)
    named = [a for a in before if a.kind == "person"] if wanted and definite and noun.lower_ in _PEOPLE_NOUNS else []
    # (those whose title the noun names first: "the two ministers" after a call between two
    # foreign ministers that their spokesman reports)
    titled = [a for a in named if a.role and noun.lemma_.lower() in a.role.lower()]
    for group in (titled, named):
        people: list[Actor] = []
        for actor in reversed(group):
            if actor.name not in {a.name for a in people}:
                people.append(actor)
            if len(people) == wanted:
                return people[::-1]
    return None


# --- participants ---------------------------------------------------------------------------

class _Mentions:
    """The actors layer's mentions, looked up by token subtrees."""

    def __init__(self, actors: Iterable[Actor], titles: frozenset[str] = frozenset(),
                 quotes: Iterable[Quote] = ()) -> None:
        self.actors = sorted(actors, key=lambda a: a.start)
        self.titles = titles
        self.starts = [a.start for a in self.actors]
        self.quotations = sorted((q for q in quotes if q.direct and q.speaker_start is not None), key=lambda q: q.start)
        self.quotation_starts = [q.start for q in self.quotations]

    def first_person(self, pronoun: Token) -> list[Actor]:
        """Who "we" or "I" inside a quotation is: its speaker; for "we", the body the
        speaker's words name ("Hamas official Basem Naim": Hamas), else the speaker."""
        # (the quotation that opens last before the pronoun: quotations do not overlap)
        k = bisect_right(self.quotation_starts, pronoun.idx) - 1
        quote = self.quotations[k] if k >= 0 and pronoun.idx < self.quotations[k].end else None
        if quote is None or quote.speaker_start is None or quote.speaker_end is None:
            return []
        named = self.within(quote.speaker_start, quote.speaker_end)
        bodies = [a for a in named if a.kind in ("organisation", "state", "group") and a.sector != "media"]
        if pronoun.lower_ in ("we", "us") and bodies:
            return bodies[:1]
        speaker = pronoun.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        states = states_referred(speaker.root, self.before(quote.speaker_start)) \
            if pronoun.lower_ in ("we", "us") and speaker is not None and not named else None
        if states:
            return states  # ("“We urge …,” the three mediators said": all three)
        people = [a for a in named if a.kind == "person"]
        if not people and quote.speaker_actor:  # ("…,” he said": the person he stands for)
            people = [a for a in self.before(quote.speaker_start) if a.name == quote.speaker_actor][-1:]
        return people[:1] or bodies[:1]

    def within(self, start: int, end: int) -> list[Actor]:
        low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
        # (or most of it: a long name the parse cut, "the Organization for Security and
        # Co-operation | in Europe")
        return [a for a in self.actors[low:high] if a.end <= end or 2 * (a.end - end) < a.end - a.start]

    def before(self, offset: int) -> list[Actor]:
        """Actors that end before ``offset``, in text order."""
        return [a for a in self.actors[:bisect_left(self.starts, offset)] if a.end <= offset]

    def antecedent(self, pronoun: Token) -> list[Actor]:
        """The person a he/she stands for: the last person named as a subject before it,
        else the last person named. A title with a country counts ("the Kenyan president");
        in "X, with whom he agreed", X is not "he"."""
        doc = pronoun.doc
        clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
        other = (clause.head.left_edge.idx, clause.idx) if clause is not None else (0, 0)
        people = [a for a in self.before(pronoun.idx)
                  if (a.kind == "person" or a.kind == "state"
                      and a.text.split()[-1].lower() in self.titles)
                  and not other[0] <= a.start < other[1]]
        for actor in reversed(people):
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.dep_ == "appos":
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass"):
                return [actor]
        return people[-1:]

    def plural_antecedent(self, pronoun: Token) -> list[Actor]:
        """What ``they`` stands for: the first group, organisation or state named earlier in
        its sentence (the sentence's topic: "Relatives of the hostages announced protests
        ..., as they denounced"), else the subject of the sentence before."""
        sent = pronoun.sent
        kinds = ("group", "organisation", "state")
        here = [a for a in self.within(sent.start_char, pronoun.idx)
                if a.kind in kinds and a.sector != "media"]
        if here:
            return here[:1]
        if sent.start == 0:
            return []
        before = pronoun.doc[sent.start - 1].sent
        return [a for a in self.within(before.start_char, before.end_char)
                if a.kind in kinds and a.sector != "media" and self._is_subject(pronoun.doc, a)][:1]

    def anaphor(self, token: Token) -> list[Actor] | None:
        """What ``it``, ``the group`` or ``the two countries`` stands for, when it is a bare
        reference; None when ``token`` is no such reference."""
        lower = token.lower_
        if lower == "it" and token.dep_ in ("nsubj", "nsubjpass"):
            speaker = self.reporting_body(token)
            if speaker:
                return speaker
            before = self.before(token.idx)
            near = [a for a in before if a.kind in ("state", "organisation", "group")
                    and token.idx - a.end < 400 and a.sector != "media"]
            subjects = [a for a in near if self._is_subject(token.doc, a)]
            return (subjects or near)[-1:]
        if token.tag_ == "NNS" and lower in _FORCE_NOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            # ("The Israeli military said its troops killed three militants", "The army said
            # soldiers shot two gunmen": the speaker's own forces; bare, only an army's)
            owners = {c.lower_ for c in token.children if c.dep_ == "poss"}
            modified = any(c.dep_ in ("det", "compound", "amod", "nummod") for c in token.children)
            speaker = self.reporting_body(token) if owners & {"its", "their", "our"} or not (owners or modified) else []
            if speaker and (owners or all(a.sector == "military" for a in speaker)):
                return speaker
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod")}
        if token.pos_ != "NOUN" or not determiners & {"the", "both", "two"}:
            return None
        before = self.before(token.idx)
        if lower in _PAIR_NOUNS:
            return states_referred(token, before)
        if lower in _PEOPLE_NOUNS:
            return people_referred(token, before)
        if token.lemma_.lower() in _GROUP_NOUNS and "the" in determiners and not \
                self.within(token.left_edge.idx, token.idx + len(token)):
            groups = [a for a in before if a.kind in ("organisation", "group")
                      and a.sector not in ("media", "civilians")]
            # An organisation first: "the Islamist group" is Hamas, not the "opposition
            # leaders" named after it.
            organisations = [a for a in groups if a.kind == "organisation"]
            # ("the guerrilla", "the militia": an armed one, not the office named after it)
            armed = [a for a in groups if a.sector in ("rebel", "military")] \
                if token.lemma_.lower() in ("guerrilla", "militia") or any(
                    c.dep_ == "amod" and c.lower_ in ARMED_WORDS for c in token.children) else []
            return (armed or organisations or groups)[-1:] or None
        return None

    def reporting_body(self, pronoun: Token) -> list[Actor]:
        """The body whose words a subject ``it`` stands in: in "Ukraine's air force said it
        had shot down 385 of them" the air force, not the state named last before."""
        clause = pronoun.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.i > clause.i or supersenses().get(
                (verb.lemma_.lower(), "v"), ("",))[0] != "communication":
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return []
        named = [a for a in self.within(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
                 if a.kind in ("state", "organisation", "group") and a.sector != "media"]
        # (the one the subject's head names: "Ukraine's air force", the force; else the one
        # nearest before it: "Yemen's Houthi movement", the Houthis)
        return sorted(named, key=lambda a: (not a.start <= subject.idx < a.end,
                                            subject.idx - a.end if a.end <= subject.idx else len(subject.doc)))[:1]

    @staticmethod
    def _is_subject(doc: Doc, actor: Actor) -> bool:
        # (a verb's: in "held the government responsible" the government is an object, read
        # as the subject of a small clause)
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") \
            and span.root.head.pos_ in ("VERB", "AUX")

    def in_subtree(self, token: Token) -> list[Actor]:
        """Actors named in ``token``'s phrase, leaving out its relative and other clauses;
        a bare he/she stands for the last person named before it."""
        if token.lower_ in ("he", "she", "him", "her") and token.tag_ == "PRP":
            return self.antecedent(token)
        if token.lower_ in ("they", "them") and token.tag_ == "PRP":
            return self.plural_antecedent(token)
        if token.lower_ in ("we", "us", "i", "me") and token.tag_ == "PRP":
            return self.first_person(token)
        if token.tag_ in ("WP", "WDT") and token.lower_ in ("whom", "who", "which"):
            # "the director of the CIA and the prime minister of Qatar, with whom he agreed":
            # the relative pronoun stands for the phrase its clause hangs on.
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if clause is None:
                return []
            head = clause.head
            while head.dep_ in ("conj", "appos") and head.head != head:
                head = head.head
            return self.in_subtree(head)
        anaphor = self.anaphor(token)
        if anaphor is not None:
            return anaphor
        found = self.within(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        starts = [t.idx for t in token.subtree] if found else []
        if found and len(starts) != token.right_edge.i - token.left_edge.i + 1:
            # (a phrase the parser crossed with another: "signed a framework agreement …, Qatari
            # mediators said, the latest step …" hangs the step on the agreement; the
            # mediators are none of its words)
            found = [a for a in found if any(a.start <= i < a.end for i in starts)]
        skipped: list[tuple[int, int]] = []
        strays = stray_appositions(token)
        for sub in token.subtree:
            if sub.dep_ in ("relcl", "acl", "advcl", "ccomp") and sub != token or sub in strays:
                skipped.append((sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge)))
            if sub.dep_ == "prep" and sub.head.dep_ == "appos" and sub.head != token:
                # "the United States, the main channel with Israel": a description, and
                # Israel no party to it.
                skipped.append((sub.idx, sub.right_edge.idx + len(sub.right_edge)))
        # "Families of the hostages", "rebels in the Ivory Coast": when the phrase's head is
        # itself an actor, those it is "of" or "in" are not parties too ("the delegations of
        # Egypt" has no actor head: Egypt is).
        # (through a count: "Hundreds of relatives of the hostages" are the relatives')
        head = token
        counts = load_numbers().vague
        while head.pos_ == "NUM" or (head.lower_,) in counts:
            counted = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), None)
            if counted is None:
                break
            head = counted
        head_actor = any(a.start <= head.idx < a.end for a in found)
        if _an_act(head):
            # ("Israeli strikes in Lebanon", "clashes near Goma in eastern Congo": where an act
            # or a happening took place names no one who did it)
            skipped += [(c.idx, c.right_edge.idx + len(c.right_edge)) for c in head.children
                        if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS and any(
                            p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)]
            # (a name's, not "its participation in talks with Israel")
        if head_actor:
            for child in head.children:
                end = child.right_edge.idx + len(child.right_edge)
                # (but "Delegations from Russia and Ukraine", read as the first's: both sides)
                several = child.lower_ in ("of", "from") and len(
                    {a.country or a.name for a in found if child.idx <= a.start and a.end <= end}) > 1
                if child.dep_ == "prep" and child.lower_ in ("of", "in", "from", "throughout", "across") and not several:
                    skipped.append((child.idx, end))
        found = [a for a in found if not any(s <= a.start and a.end <= e for s, e in skipped)]
        for sub in token.subtree:
            if sub.lower_ != "it" and not any(s <= sub.idx < e for s, e in skipped):
                found += self.anaphor(sub) or []
        # "the president of Kenya, William Ruto": one participant, the person; "the
        # Palestinian group Hamas": the group, its demonym only says whose it is.
        people = {a.country for a in found if a.kind == "person" and a.country}
        bodies = [a for a in found if a.kind == "organisation" and a.country]
        return [a for a in found if not (a.kind == "state" and (
            a.country in people or any(_whose(token.doc, a, b) for b in bodies)))]


def _an_act(noun: Token) -> bool:
    """Whether ``noun`` names an act or a happening ("strikes", "clashes", "an explosion"),
    as WordNet files its commonest sense, not people or a thing."""
    # (a gerund the tagger took for a verb too: "Fighting in northern Syria killed five soldiers")
    return (noun.pos_ == "NOUN" or noun.tag_ == "VBG" and noun.dep_ in ("nsubj", "nsubjpass", "csubj")) and any(
        supersenses().get((word, "n"), ("",))[0] in ("act", "event") for word in (noun.lemma_.lower(), noun.lower_))


def _aimed_at(subject: Token) -> list[Token]:
    """Whom an act that is a clause's subject was aimed at: "Russian attacks on Ukraine
    killed three people", "strikes against Hezbollah"."""
    if not _an_act(subject):
        return []
    return [p for c in subject.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for p in c.children if p.dep_ == "pobj"]


def _headline_subject(verb: Token) -> Token | None:
    """The party of a headline's "X to do Y" that the parser made the root, with ``verb``
    hung on it as a clause ("Trump to meet Putin in Alaska", "EU to impose new sanctions on
    Russia", "Ukraine, Russia to swap prisoners"): the headline's future, not an aim."""
    if verb.dep_ not in ("acl", "advcl", "relcl") or verb.head.i > verb.i or verb.i < 2 \
            or verb.doc[verb.i - 1].tag_ != "TO" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    sent = verb.sent
    if verb.head != sent.root or not is_headline(sent):
        return None
    # (the words before "to" name a party and no verb: "Trump" may be tagged one; "Talks to
    # agree on a ceasefire stall" names none, and the agreement is the talks' aim)
    before = verb.doc[sent.start:verb.i - 1]
    named = all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "CCONJ", "PART", "NUM")
                or t.i == sent.start and t.is_title for t in before)
    party = any(before.start_char <= a.start and a.end <= before.end_char for a in earlier(verb.doc, "actors") or ())
    return verb.head if named and party and len(before) <= 6 else None


def _subject(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The token whose subtree names who does ``verb``, following coordination and control."""
    headline = _headline_subject(verb)
    if headline is not None:
        return headline
    seen = 0
    while verb is not None and seen < 6:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not subjects and verb.tag_ == "VBG" and verb.dep_ == "pcomp":
            # ("conditioned on the RSF withdrawing": the gerund's subject, which the parser
            # hangs on it as a compound)
            subjects = [c for c in verb.children if c.dep_ in ("compound", "poss") and c.i < verb.i]
        if subjects:
            return subjects[0]
        agents = _agents(verb)
        if agents:
            return agents[0]
        if verb.dep_ == "xcomp":
            head = verb.head
            # (or whom a "call on" names: "calling on partners to impose sanctions")
            objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i] \
                + [o for o in _prep_objects(head, frozenset({"on", "upon"})) if o.i < verb.i]
            if objects and head.lemma_.lower() in lexicon.cue("object_control"):
                return objects[0]
            raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None and not any(c.dep_ == "auxpass" for c in verb.children):
                # ("Israel is expected to release 600 prisoners", "is set to meet": the one
                # expected acts; "prisoners are expected to be freed" are freed)
                return raised
            verb = head
        elif past_after_modal(verb):
            verb = verb.head.head  # ("said Beirut would not accept … and called on …": the speaker)
        elif verb.dep_ == "acomp" and verb.head.pos_ in ("AUX", "VERB"):
            verb = verb.head  # ("Netanyahu is due to meet Trump": the subject of "is")
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.dep_ == "acomp":
            # ("the army and the RSF are close to agreeing", "we remain committed to welcoming":
            # the subject of "are"; not "are mad at Sanders for agreeing")
            verb = verb.head.head
        elif verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "nsubjpass" for c in verb.children):
            verb = verb.head  # (not a passive's, whose subject is its own: "… and it was agreed")
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "nsubjpass" for c in verb.children):
            # ("Hamas left without signing", "After meeting Blinken, Netanyahu said"; but "Egypt
            # thanked Qatar for hosting the talks", "criticized Trump for not releasing …":
            # the one thanked or criticized)
            objects = [c for c in verb.head.head.children if c.dep_ == "dobj"] \
                if verb.head.lower_ == "for" else []
            if objects:
                return objects[0]
            verb = verb.head.head
        else:
            return None
    return None


def _parenthetical(verb: Token | None) -> Token | None:
    """In "..., considering the lack of cooperation a death sentence, as they denounced", the
    accusation's content is the clause the "as" clause hangs on: that clause's head."""
    if verb is None or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return None
    return verb.head


def _is_ground(noun: Token, lexicon: EventLexicon, vessels: bool = True) -> bool:
    """Whether ``noun`` is ground or (with ``vessels``) a vessel that can be taken: a place
    the recogniser names, or a city it calls a person or a body that the gazetteer curates or
    counts 100,000 people in ("seized Goma and Bukavu"), a word of ``ground_nouns`` or
    ``vessel_nouns``, a ship's name ("the Magic Seas"; not "Hillary", "Latinos")."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("GPE", "LOC", "FAC") or lemma in lexicon.cue("ground_nouns") \
        or noun.ent_type_ in ("PERSON", "ORG") and noun.pos_ == "PROPN" and _a_city(noun) \
        or vessels and (lemma in lexicon.cue("vessel_nouns") or noun.pos_ == "PROPN" and noun.ent_type_ in (
            "", "PRODUCT", "WORK_OF_ART") and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


# What a war's toll is told of: the war as a whole, not one of its battles.
_WHOLE_WARS = frozenset({"war", "conflict"})


# Verbs whose subject comes between the parties it names with "between".
_GOING_BETWEEN = frozenset({"mediate", "broker", "arbitrate", "facilitate", "intervene"})


# What a threatened party will do: bear the consequence ("Hamas would pay a heavy price").
_PAYING = frozenset({"pay", "face", "regret", "suffer"})


# The forces a body that speaks has in the field ("its troops", "soldiers").
_FORCE_NOUNS = frozenset({"troops", "forces", "soldiers"})


def _no_one(subject: Token) -> bool:
    """Whether ``subject`` says no one did it: "nobody", "none of the sides", "no one",
    "neither side", "no party"."""
    return subject.lower_ in ("nobody", "none", "neither", "nothing") \
        or subject.lower_ == "one" and subject.i > 0 and subject.nbor(-1).lower_ == "no" \
        or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in subject.children)


def _a_city(noun: Token) -> bool:
    """Whether the name ``noun`` heads is a city the gazetteer curates or counts 100,000
    people in (a taking verb's object: "seized Goma"), and no one's surname in the text
    ("Jesse Jackson" … "captured Jackson")."""
    from .places import load_gazetteer  # (loaded by the places layer already)

    name = next((e.text for e in noun.doc.ents if e.start <= noun.i < e.end), noun.text)
    if any(e.label_ == "PERSON" and len(e) > 1 and e.text.endswith(" " + name) for e in noun.doc.ents):
        return False
    return any(r.curated or r.population >= 100_000 for r in load_gazetteer().candidates(name))


# Verbs whose "control of" some ground is taking it.
_TAKING_CONTROL = frozenset({"take", "regain", "seize", "gain", "wrest", "assume", "retake", "grab"})


def _with_of(noun: Token) -> tuple[Token, ...]:
    """``noun`` and what its "of" names ("the remains of 28 hostages", "years of fighting")."""
    return (noun, *_prep_objects(noun, frozenset({"of"})))


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _agents(verb: Token) -> list[Token]:
    """Who a passive verb or participle says did it: the objects of its "by" agent."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _speaker(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The subject of the reporting verb whose complement ``verb`` is."""
    while verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
        verb = verb.head
        if verb.lemma_.lower() in lexicon.cue("reporting_lemmas"):
            return _subject(verb, lexicon)
    return None


def _comma_apart(first: Token, second: Token) -> bool:
    """Whether the phrases of ``first`` and ``second`` stand side by side with a comma between."""
    comma = second.left_edge.i - 1  # (the comma may hang on the first: its phrase's last word)
    return comma > 0 and first.doc[comma].text == "," and first.right_edge.i in (comma - 1, comma)


def _participants(hit: _Hit, mentions: _Mentions, lexicon: EventLexicon) -> tuple[list[Actor], list[Actor]]:
    token, verb = hit.token, hit.verb
    heads = {w for w in (token, verb) if w is not None}  # whose adjuncts are the event's
    if hit.condition is not None:
        speaker = _speaker(token, lexicon)
        demanders = _unique(mentions.in_subtree(speaker)) if speaker is not None else []
        names = {a.name for a in demanders}
        return demanders, [a for a in _unique(mentions.in_subtree(hit.condition))
                           if a.name not in names]
    actors: list[Actor] = []
    targets: list[Actor] = []
    if verb is not None:
        subject = _subject(verb, lexicon)
        # "Israel's raid drew condemnation from France", "Israel faced criticism from Egypt":
        # what the subject receives is done by whoever it comes from, and is aimed at the
        # subject; and no one in it is the target of the subject's own event
        received = _received(token, verb)
        receiving = verb.lemma_.lower() in RECEIVING_VERBS and not received
        if subject is not None and subject != token:
            # (When the event noun is itself the subject, its own phrases say who is who.)
            # (nor does the subject a passive infinitive takes from the verb above: "33
            # captives are to be released", "prisoners are expected to be freed")
            if received or subject.head == verb and bare_passive(verb) \
                    or subject.head != verb and subject.head.dep_ != "agent" \
                    and any(c.dep_ == "auxpass" for c in verb.children):
                targets += mentions.in_subtree(subject)
            else:
                aimed = [a for p in _aimed_at(subject) for a in mentions.in_subtree(p)]
                actors += [a for a in mentions.in_subtree(subject) if a not in aimed]
                # ("An attack carried out by Hamas killed 12 soldiers": who carried it out)
                actors += [a for p in _done_by(subject)[0] for a in mentions.in_subtree(p)]
                targets += aimed
                # (a headline's parties joined by a comma: "Iran, US to hold talks", the first
                # left hanging by the parser)
                # (or both made subjects: "Ukraine, Russia swap 246 prisoners each"; or the
                # first made the object of the verb before: "Trump announces Israel, Iran agree …")
                doc = subject.doc
                # (a party's phrase may be more than its name: "Congo, M23 rebels sign …")
                actors += [a for c in (subject.head.children if is_headline(subject.sent) else ())
                           if c.dep_ in ("dep", "npadvmod", "nsubj") and c != subject
                           and (c.pos_ == "PROPN" or c.dep_ == "nsubj" and c.i > subject.i)
                           and _comma_apart(min(c, subject, key=lambda t: t.i), max(c, subject, key=lambda t: t.i))
                           for a in mentions.in_subtree(c)]
                before = doc[subject.i - 2] if subject.i >= 2 and doc[subject.i - 1].text == "," else None
                if before is not None and before.dep_ == "dobj" and before.pos_ == "PROPN" \
                        and before.head.i < before.i and is_headline(subject.sent):
                    actors += [a for a in mentions.in_subtree(before) if a.kind in ("state", "organisation")]
        if received:
            actors += [a for obj in _prep_objects(verb, frozenset({"from"})) for a in mentions.in_subtree(obj)]
        misread = misread_main_verb(verb, lexicon) if subject is None else None
        if misread is not None:
            actors += mentions.in_subtree(misread)  # ("Families of the hostages protested": the families)
        if hit.trigger.type == "ASSAULT" and not actors and any(c.dep_ == "auxpass" for c in verb.children):
            actors += _attackers(verb, mentions, lexicon)
        # (not the "it" of "it was agreed … that …", which stands for the clause)
        passive = [c for c in verb.children if c.dep_ == "nsubjpass" and not (
            c.lower_ == "it" and any(g.dep_ == "ccomp" for g in verb.children))]
        if not passive and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children) \
                and any(c.dep_ == "agent" for c in verb.children):
            # ("Six hostages are expected to be freed by Hamas": the hostages, whom the verb
            # above has for its subject, are freed; Hamas frees them)
            passive = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        # ("it was agreed between them", "a deal signed between Israel and Egypt": the parties;
        # not "among", which picks some of the object: "release 33 hostages, among them …")
        # (but those a mediator comes between are its targets: "Qatar to mediate between Congo and M23")
        between = [a for obj in _prep_objects(verb, frozenset({"between"})) for a in mentions.in_subtree(obj)]
        if verb.lemma_.lower() in _GOING_BETWEEN:
            targets += between
        else:
            actors += between
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child != token and not receiving:
                targets += mentions.in_subtree(child)
                # ("shot down a drone belonging to the SAF": whose the thing struck was; "condemned
                # the attack carried out by Israeli forces": who did what is condemned)
                targets += [a for o in _owners(child) + _done_by(child)[0] for a in mentions.in_subtree(o)]
        # ("fired at", "lashed out at" aim at someone; "signed at the White House", "met at his
        # residence" happen somewhere)
        preps = _TARGET_PREPS if hit.trigger.type in _AIMED_TYPES else _TARGET_PREPS_PLACED
        for obj in _prep_objects(verb, preps) + passive:
            if obj != token:
                targets += mentions.in_subtree(obj)
        for stray in stray_appositions(subject) if subject is not None else ():
            targets += mentions.in_subtree(stray)  # (the object's, between dashes)
        if hit.trigger.type == "THREATEN" and verb == token and hit.trigger.requires == "threat" and not targets:
            # (whom a warning says will pay: "Trump warned that Hamas would pay a heavy price";
            # not the one who warns, "Iran warned that it would retaliate")
            targets += [a for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in _PAYING
                        for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON" for a in mentions.in_subtree(s)]
        if hit.trigger.type in ("SANCTION", "AID"):
            # (whom what is sent or withheld was for: "cut off the supply of electricity to
            # Gaza", "froze funding for the agency")
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                targets += [a for p in _prep_objects(obj, frozenset({"to", "for"})) for a in mentions.in_subtree(p)]
        content = _parenthetical(verb) if verb == token else None
        for obj in (c for c in content.children if c.dep_ == "dobj") if content is not None else ():
            targets += mentions.in_subtree(obj)
    if verb is None:
        # "Relatives of those kidnapped announced protests" parsed as one noun phrase, the
        # finite verb as a modifier of the noun: the words before that verb are the subject.
        finite = [c for c in token.children if c.dep_ == "amod" and c.tag_ == "VBD"]
        if finite:
            actors += mentions.within(token.sent.start_char, finite[0].idx)
            heads.add(token.sent.root)  # its adjuncts hang on the misparsed phrase's head
    if verb != token:
        # A nominal trigger: its own possessive, demonym, compound and by/from/between phrases.
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child not in hit.extra:
                actors += mentions.in_subtree(child)
        # ("the killing of Hezbollah leader Hassan Nasrallah", "the release of the hostages":
        # the "of" of a noun of harm or custody names whom it befell)
        befell = token.lemma_.lower() in lexicon.cue("patient_of_nouns")
        for obj in _prep_objects(token, _ACTOR_PREPS_NOUN - {"of"} if befell else _ACTOR_PREPS_NOUN):
            actors += mentions.in_subtree(obj)
        for obj in _prep_objects(token, frozenset({"of"})) if befell else ():
            targets += mentions.in_subtree(obj)
        for obj in _prep_objects(token, frozenset({"between", "among"})):
            actors += mentions.in_subtree(obj)
        for obj in _prep_objects(token, _TARGET_PREPS_NOUN):
            targets += mentions.in_subtree(obj)
        # ("an attack launched by the RSF on El Fasher": who launched it, at whom)
        doers, aims = _done_by(token)
        actors += [a for p in doers for a in mentions.in_subtree(p)]
        targets += [a for p in aims for a in mentions.in_subtree(p)]
    if hit.trigger.type == "PROTEST":
        # A protest outside a ministry or an embassy is aimed at whoever it houses.
        for prep in (c for w in heads for c in w.children
                     if c.dep_ == "prep" and c.lower_ in ("outside", "in", "at", "before")):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                site: Token | None = pobj
                if prep.lower_ == "in":  # only "in front of"
                    site = next((g for o in pobj.children if o.lower_ == "of" and pobj.lower_ == "front"
                                 for g in o.children if g.dep_ == "pobj"), None)
                if site is not None:
                    targets += [a for a in mentions.in_subtree(site) if a.kind == "organisation"]
    # "meetings with Hamas, in which Egypt and Qatar will participate": those who take part.
    for sub in (verb if verb is not None else token).subtree:
        if sub.dep_ == "relcl" and sub.lemma_.lower() in lexicon.cue("participation_verbs") \
                and any(w.tag_ in ("WDT", "WP") for w in sub.subtree if w.i < sub.i):
            for subject in (c for c in sub.children if c.dep_ == "nsubj"):
                actors += mentions.in_subtree(subject)
    if hit.trigger.type == "THREATEN" and not targets:
        # ("threatened to impose sanctions on Khartoum", "ready to resume strikes on Rafah": the
        # threat is aimed at whom what is threatened would be)
        for done in (c for w in heads for c in w.children if c.dep_ == "xcomp"):
            for obj in [c for c in done.children if c.dep_ == "dobj"] + _prep_objects(done, _TARGET_PREPS):
                targets += mentions.in_subtree(obj)
    actors = _unique(actors)
    names = {a.name for a in actors}
    return actors, [a for a in _unique(targets) if a.name not in names]


def _done_by(noun: Token) -> tuple[list[Token], list[Token]]:
    """Who did what ``noun`` names, by a participle of doing with an agent ("an attack
    launched by the RSF", "carried out by Hamas"), and at whom ("… on El Fasher"); not who
    brokered, backed or rejected it ("a deal brokered by Qatar", "a plan rejected by Israel")."""
    acts = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DOING]
    doers = [p for c in acts for p in _agents(c)]
    return doers, [p for c in acts if doers for p in _prep_objects(c, frozenset({"on", "against"}))]


def _owners(thing: Token) -> list[Token]:
    """Whose ``thing`` is, by a participle after it: "a drone belonging to the SAF", "a
    tanker owned by an Iranian firm", "a vessel operated by the Houthis"."""
    return [p for clause in thing.children if clause.dep_ == "acl" and clause.lemma_.lower() in ("belong", "own", "operate")
            for p in (_prep_objects(clause, frozenset({"to"})) if clause.lemma_.lower() == "belong"
                      else _agents(clause) + _prep_objects(clause, frozenset({"by"})))]


# Participles by whose agent an act was done: "launched", "carried out", "staged by".
_DOING = frozenset({"launch", "carry", "conduct", "stage", "mount", "perpetrate", "commit", "fire", "execute"})


def stray_appositions(subject: Token) -> list[Token]:
    """Appositions the parser hung on a subject from past its verb: in "Fletcher called on
    the warring parties – the SAF and the RSF – to allow …" the parties named between the
    dashes, which are the object's, not Fletcher's."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i < subject.i:
        return []
    return [c for c in subject.children if c.dep_ == "appos" and c.i > verb.i]


def _attackers(verb: Token, mentions: _Mentions, lexicon: EventLexicon) -> list[Actor]:
    """Who did the harm a passive ``verb`` tells of, by the attack it happened in: "were
    killed in Russian shelling of Kherson" (Russia), and "killed in Pakistani shelling",
    which the parser reads as "in Pakistani" and a participle."""
    found: list[Actor] = []
    for obj in _prep_objects(verb, frozenset({"in", "by"})):
        if obj.ent_type_ == "NORP" and obj.pos_ == "PROPN" and not list(obj.children):
            found += mentions.in_subtree(obj)
        elif _is_event_noun(obj, lexicon) and event_type_at(obj, lexicon) == "ASSAULT":
            found += [a for c in obj.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                      for a in mentions.in_subtree(c)]
    return found


def _whose(doc: Doc, state: Actor, body: Actor) -> bool:
    """Whether ``state`` is only the demonym of the phrase that names ``body``: "the
    Palestinian group Hamas" (not "Palestinian officials and Hamas")."""
    if state.country != body.country:
        return False
    word = doc.char_span(state.start, state.end)
    if word is None or len(word) != 1 or word[0].dep_ != "amod":
        return False
    phrase = word[0].head
    return phrase.left_edge.idx <= body.start and body.end <= phrase.right_edge.idx + len(phrase.right_edge)


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out: list[Actor] = []
    for actor in actors:
        if actor.name not in seen:
            seen.add(actor.name)
            out.append(actor)
    return out


# --- status ---------------------------------------------------------------------------------

# Verbs whose object a participle after it says something of ("could see all hostages released"),
# rather than describes ("free prisoners convicted of killing").
_SMALL_CLAUSE_VERBS = frozenset({"see", "want", "get", "have", "keep", "leave", "find", "need", "like"})


def _chain(token: Token) -> Iterator[Token]:
    """The trigger and the words above it up to the clause that reports it."""
    current = token
    for _ in range(8):
        yield current
        if (current.dep_ in ("xcomp", "ccomp", "csubj", "csubjpass", "dobj", "nsubj", "nsubjpass",
                             "pobj", "pcomp", "prep", "conj", "acomp", "attr", "compound")
                # (and the participle of a small clause: "could see all hostages released")
                or current.dep_ == "acl" and current.tag_ == "VBN" and current.head.dep_ == "dobj"
                and current.head.head.lemma_.lower() in _SMALL_CLAUSE_VERBS) \
                and current.head != current:
            current = current.head
        else:
            return


def _absorbed(hit: _Hit, lexicon: EventLexicon) -> bool:
    """Is the event only the content of a demand, refusal, threat or accusation above it
    (``urged Hamas to release``, ``accused Hamas of refusing to negotiate``)? Those code once."""
    start = hit.verb if hit.verb is not None and not hit.carried else hit.token
    if _result_of_charge(start, lexicon):
        return True
    for below, word in itertools.pairwise(_chain(start)):
        if _only_condition(word, lexicon) is not None:
            return True  # what "only X will allow" is the demand's aim
        if word.pos_ == "ADJ" and (word.lower_, "ADJ") in lexicon.single:
            return True  # "willing to provide": the willingness is the event
        if word.pos_ == "VERB":
            trigger = lexicon.single.get((word.lemma_.lower(), "VERB"))
            if trigger is not None and trigger.type in lexicon.cue("absorbing_types") \
                    and not (below.dep_ == "conj" and below.pos_ == "VERB"):
                # (a verb joined to the refusal is an act of its own: "Hamas rejected the
                # proposal and attacked an army post"; "urged Hamas to release … and disarm"
                # reaches "urged" from the release it is joined to)
                return True
            if word.lemma_.lower() in lexicon.cue("reporting_lemmas"):
                return False
    return False


def _result_of_charge(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether ``verb`` is a participle the parser hung on an accusation that it ends
    ("accused the army of shelling Nyala, killing 14 civilians": the killing is the
    shelling's, part of the charge, not the accuser's act)."""
    head = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i and head.pos_ == "VERB"):
        return False
    trigger = lexicon.single.get((head.lemma_.lower(), "VERB"))
    return trigger is not None and trigger.type in lexicon.cue("absorbing_types") and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < verb.i and any(g.dep_ == "pcomp" for g in c.children)
        for c in head.children)


def _is_goal(hit: _Hit) -> bool:
    """Is the event only the aim of something else: an infinitive of purpose ("a process to
    agree on a ceasefire", "vital to get Israel and Hamas to accept the terms")? The aim is
    part of the event or state it hangs on, not a report of its own."""
    verb = hit.verb if hit.verb is not None and not hit.carried else None
    if verb is None and hit.token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and \
            hit.token.head.pos_ == "VERB":
        verb = hit.token.head  # "to secure a truce agreement": the noun's verb
    for _ in range(4):
        if verb is None or verb.pos_ != "VERB" or _headline_subject(verb) is not None:
            return False  # (not a headline's "Trump to meet Putin": what is to come)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "at" and verb.head.head.lemma_ == "aim":
            return True  # ("talks aimed at reaching a truce": what they aim at)
        infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        if infinitive and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                verb.dep_ in ("acl", "advcl") or verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ"
                # (but "is due to meet Trump on Tuesday" is the meeting planned, not an aim)
                and verb.head.lower_ not in ("due", "poised", "slated", "set")
                # ("there is still work to reach an agreement": the parser hangs the aim of the
                # noun on "is")
                or verb.dep_ == "xcomp" and any(c.dep_ == "expl" for c in verb.head.children)):
            return True  # ("vital to get ...": the aim of a judgment)
        if verb.dep_ not in ("xcomp", "ccomp") or \
                verb.head.lemma_.lower() not in ("get", "help", "allow", "enable", "make"):
            return False
        verb = verb.head
    return False


def _is_finite(verb: Token) -> bool:
    # (an infinitive's passive is none: "are to be released")
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or bool(auxes) and not any(c.lower_ == "to" for c in auxes)


def _status(hit: _Hit, lexicon: EventLexicon) -> tuple[EventStatus, str | None]:
    """The event's status, and a replacement type when a refusal makes it a REJECT."""
    if hit.condition is not None:
        # The demand is made when it is said: the reporting verb's tense, not "will allow".
        said = hit.token.head if hit.token.dep_ == "ccomp" else hit.token
        return _tense_status(said, lexicon), None
    anchor = hit.verb if hit.verb is not None and not hit.carried else hit.token
    for child in hit.token.children:
        if child.dep_ in ("amod", "det") and child.lower_ in lexicon.cue("hypothetical_words"):
            return "hypothetical", None
        if child.dep_ in ("amod", "compound") and child.lower_ in lexicon.cue("planned_modifiers"):
            return "planned", None
        if child.dep_ == "det" and child.lower_ == "no":
            return "negated", None
    reporting = lexicon.cue("reporting_lemmas")
    infinitive = False
    first = True
    adjunct = False  # reached through a prepositional adjunct ("expected due to objections")
    chain = list(_chain(anchor))
    for k, verb in enumerate(chain):
        lemma = verb.lemma_.lower()
        if adjunct and verb.pos_ == "VERB" and lemma in lexicon.cue("planning_lemmas"):
            lemma = ""  # the objections are the cause of an expectation, not what is expected
        adjunct = verb.dep_ == "prep"
        if not first and (verb.lower_ in ("close", "closer", "near", "nearer") and verb.pos_ in ("ADJ", "ADV")
                          or lemma in ("verge", "brink", "cusp") or lemma == "near" and verb.pos_ == "VERB"):
            return "hypothetical", None  # ("are close to agreeing a truce", "on the verge of a deal", "nearing a deal")
        if not first and lemma in reporting and verb.pos_ == "VERB" \
                and lemma not in lexicon.cue("announcing_lemmas") and not (k >= 2 and chain[k - 2].dep_ == "acl"):
            # the reporting clause: its tense is the report's, not the event's (but "could see
            # all hostages released" sees no report)
            break
        children = list(verb.children)
        words = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass", "neg")}
        conditions = [c for c in children if c.dep_ == "mark"]
        # (the event's own verb: the first, or the one that carries a noun, "US to resume talks")
        own = first or not any(v.pos_ in ("VERB", "AUX") for v in chain[:k])
        # (a threat's or demand's condition is that of what it threatens or asks, the parser
        # hanging it on either: "has threatened to quit the government if it goes ahead")
        conditional = not (first and hit.trigger.type in lexicon.cue("absorbing_types")
                           and any(c.dep_ == "xcomp" for c in children))
        conditions += [m for c in children if c.dep_ == "advcl" and conditional for m in c.children if m.dep_ == "mark"]
        if verb.dep_ == "conj":  # "if Israel stopped its strikes and committed to the draft"
            conditions += [m for m in verb.head.children if m.dep_ == "mark" and m.i < verb.head.i]
        if any(c.lower_ in lexicon.cue("conditional_marks") for c in conditions):
            return "hypothetical", None  # "if ...", in the clause or in a condition it carries
        if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in children) and (any(
                w.tag_ in ("VBP", "VBZ") for w in [verb, *(c for c in children if c.dep_ in ("aux", "auxpass"))])
                or verb.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                                                for a in verb.head.children)):
            # (what must happen first, in the present for a time to come, or after a "will" or
            # "would": "no deal until the hostages are freed", "nothing is agreed until
            # everything is agreed", "would not end the war until Hamas was disarmed"; not
            # "fought until the army withdrew")
            return "hypothetical", None
        if verb.dep_ == "prep" and verb.lower_ in ("on", "upon") \
                and verb.head.lemma_.lower() in lexicon.cue("condition_heads"):
            return "hypothetical", None  # ("a ceasefire conditioned on the RSF withdrawing")
        if first and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "without":
            return "negated", None  # ("without compromising on its sovereignty", "without a deal")
        if own and any(c.dep_ in ("nsubj", "nsubjpass") and _no_one(c) for c in children):
            return "negated", None  # ("nobody agrees on the road", "neither side attacked")
        if any(c.dep_ == "neg" for c in children):
            if words & lexicon.cue("future_aux") and hit.trigger.type in ("CONCEDE", "AGREE", "RETREAT") \
                    and not any(c.dep_ == "auxpass" for c in children):
                # "will not give in": the refusal is the event (but "an agreement will not be
                # reached overnight" is a forecast, no one's refusal)
                return "occurred", "REJECT"
            return "negated", None
        if not first and lemma in lexicon.cue("refusal_lemmas"):
            return "negated", None
        if words & lexicon.cue("modal_hypothetical"):
            # "would" in reported speech is the future seen from the past: a plan.
            if "would" in words and _reported(verb, lexicon):
                return "planned", None
            return "hypothetical", None
        if words & lexicon.cue("future_aux") or _going_to(verb):
            return "planned", None
        if verb.tag_ == "VB" and verb.dep_ == "ccomp" and not words \
                and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in children):
            return "hypothetical", None  # a demand's subjunctive: "among them that Ukraine withdraw its troops"
        if hit.token.head == verb and hit.token.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ == "due" and any(x.dep_ == "xcomp" for x in c.children) for c in children):
            return "planned", None  # ("Negotiations … are due to start by the 16th day": to come)
        if not first and (lemma in lexicon.cue("planning_lemmas") or verb.lower_ == "due") \
                and (verb.lower_ != "due" or any(c.dep_ == "xcomp" for c in children)):
            # ("due to meet" is a plan; "due to objections" a cause)
            return "planned", None
        if not first and (verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP", "VBD") and any(
                c.dep_ == "xcomp" for c in children) or verb.lemma_ in ("have", "need") and verb.tag_ in ("VBZ", "VBP")
                and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in children)):
            # "is to meet", "The agreement still has to be signed and ratified", "needs to be signed"
            return "planned", None
        if not first and lemma in lexicon.cue("object_control") and any(c.dep_ == "xcomp" for c in children) \
                and event_type_at(verb, lexicon) == "REQUEST":
            return "hypothetical", None  # ("called on partners to impose sanctions": asked for, not announced)
        if not first and lemma in lexicon.cue("announcing_lemmas"):
            return "announced", None
        if "to" in words:
            infinitive = True
            if own and (verb.dep_ == "pcomp" and verb.head.lower_ == "with" or is_headline(verb.sent)) \
                    and (any(c.dep_ in ("nsubj", "nsubjpass") for c in children) or _headline_subject(verb) is not None):
                # ("with hostages to be freed within days": what the deal is to bring; a
                # headline's "Iran, US to hold fifth round of talks": its future)
                return "planned", None
        if verb.pos_ in ("VERB", "AUX") and _is_finite(verb):
            return _governed(verb, lexicon) or _tense_status(verb, lexicon), None
        first = False
    if not infinitive and _listed_term(hit.token, lexicon):
        return "planned", None
    return ("hypothetical" if infinitive else "occurred"), None


def _ahead(date: EventDate | None, dct: dt.date | None) -> EventDate | None:
    """A term's weekday lies ahead: "- A six-week ceasefire starting on Sunday" in a deal's
    terms is the coming Sunday, which the time layer, seeing no tense in the item, read as the
    last one."""
    if date is None or dct is None or date.precision != "day" or date.earliest is None \
            or date.earliest >= dct or not any(w in (date.source_text or "").lower().split()
                                               for w in load_time_lexicon().weekdays):
        return date
    day = date.earliest + dt.timedelta(days=7)
    return replace(date, value=day.isoformat(), earliest=day, latest=day)


def _listed_term(token: Token, lexicon: EventLexicon) -> bool:
    """Whether ``token``, in no clause that says when, is an item of a bulleted list that
    its lead-in calls terms ("Here are the main terms of the draft:" then "- The
    withdrawal of RSF fighters from homes"): what a deal or a proposal would do."""
    lead_in = list_lead_in(token.sent)
    return lead_in is not None and any(t.lemma_.lower() in lexicon.cue("term_words") for t in lead_in)


def _governed(verb: Token, lexicon: EventLexicon) -> EventStatus | None:
    """``it is planned that the meetings continue``: a finite clause whose status is set by
    the planning or announcing verb it complements; not one in the past, which states what
    happened (``announced that both sides had accepted a deal``)."""
    if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    while verb.dep_ in ("ccomp", "xcomp", "csubj", "csubjpass") and verb.head != verb:
        verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma in lexicon.cue("reporting_lemmas") and lemma not in lexicon.cue("announcing_lemmas"):
            return None
        if lemma in lexicon.cue("planning_lemmas"):
            return "planned"
        if lemma in lexicon.cue("announcing_lemmas"):
            return "announced"
    return None


def _reported(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether ``verb`` is in a clause that reports, or that an agreement sets out ("it was
    agreed that both sides would stop"): its "would" is the future seen from then."""
    for word in list(_chain(verb))[1:]:
        lemma = word.lemma_.lower()
        agreed = lexicon.single.get((lemma, "VERB"))
        if lemma in lexicon.cue("reporting_lemmas") or agreed is not None and agreed.type == "AGREE":
            return True
    return False


def _going_to(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lower_ == "going" and any(
        c.lemma_ == "be" for c in verb.head.children)


# Verbs of going on that, in a timeline's present, tell a start: "fighting resumes".
_STARTS = frozenset({"begin", "start", "resume"})


def _historical_present(verb: Token | None, date: EventDate | None, dct: dt.date | None, sent: Span,
                        lexicon: EventLexicon) -> bool:
    """Whether a verb in the simple present, in a timeline's entry (a paragraph that opens
    with the day it tells, then a dash or a colon), tells what happened that day, before
    the publication date: "Nov. 24, 2023 - A seven-day truce begins. Hamas frees 105
    hostages" (a start, a collapse, a resumption too; not what goes on, "continues")."""
    if verb is None or date is None or dct is None or date.latest is None or date.precision != "day" \
            or date.source_text is None or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or verb.lemma_.lower() in lexicon.cue("continuing_lemmas") and verb.lemma_.lower() not in _STARTS \
            or is_headline(sent) or date.latest >= dct:
        return False
    paragraph = next((p for p in earlier(sent.doc, "paragraphs") or [] if p.start <= sent.start_char < p.end), None)
    entry = entry_day(doc_text(sent.doc), paragraph.start) if paragraph is not None else None
    return entry is not None and entry[0].strip() == date.source_text.strip()


def _tense_status(verb: Token, lexicon: EventLexicon) -> EventStatus:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "ongoing"
    if verb.lemma_.lower() in lexicon.cue("continuing_lemmas") and tags & {"VBZ", "VBP"}:
        return "ongoing"
    if tags & {"VBD"} or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)):
        return "occurred"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        # (but a headline's present tells what happened: "Russia, Ukraine swap 175 POWs")
        return "occurred" if is_headline(verb.sent) else "ongoing"
    return "occurred"


# --- evidence ------------------------------------------------------------------------------

def _evidence(hit: _Hit, sent: Span, absorbing: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Token range (start, end) of the clause that reports the event; with what is asked,
    refused or threatened when the event is of one of the ``absorbing`` types ("Egypt urged
    Israel to halt the offensive", not "Egypt urged Israel")."""
    core = hit.verb if hit.verb is not None else hit.token
    tokens = [core, hit.token, *hit.extra]
    for child in core.children:
        if child.dep_ in _CLAUSE_DEPS and child not in hit.extra and child != hit.token \
                and not (child.dep_ == "xcomp" and hit.trigger.type in absorbing) \
                or child.lower_ == "according":
            continue
        tokens += [child.left_edge, child.right_edge]
    if core != hit.token:
        tokens += [hit.token.left_edge, hit.token.right_edge]
    subject = misread_main_verb(core)
    if subject is not None:
        tokens.append(subject.left_edge)  # (its subject, which the parser put above it)
    content = _parenthetical(core) if core == hit.token else None
    if content is not None:
        tokens += [content, *(c for c in content.children if c.dep_ in ("dobj", "prep"))]
        tokens = [t for c in tokens for t in (c, c.left_edge, c.right_edge)
                  if c == content or c.head == content or c in (core, hit.token)]
    start = max(min(t.i for t in tokens), sent.start)
    end = min(max(t.i for t in tokens) + 1, sent.end)
    # (nor the line breaks a sentence without a stop runs into: a headline's; but a closing
    # quotation mark stays with its opening one: "at 'critical stage'")
    doc = sent.doc
    while end - 1 > start and (doc[end - 1].is_space or doc[end - 1].is_punct
                               and not _closes(doc[start:end - 1].text, doc[end - 1].text)):
        end -= 1
    stamped = stamp_end(doc_text(doc), doc[start].idx)
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space or doc[start].idx < stamped):
        start += 1
    return start, end


def _closes(text: str, mark: str) -> bool:
    """Whether ``mark`` closes a quotation ``text`` opens."""
    if mark == "”":
        return "“" in text
    if mark == '"':
        return text.count('"') % 2 == 1
    if mark in ("'", "’"):
        return re.search(r"(?:^|\s)[‘']\w", text) is not None
    return False


# --- the component --------------------------------------------------------------------------

class EventCoder:
    """The ``dateline_events_v1`` component."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = list(self.code(doc))
        return doc

    def code(self, doc: Doc) -> Iterator[Event]:
        actors: list[Actor] = list(earlier(doc, "actors") or [])
        places: list[Place] = list(earlier(doc, "places") or [])
        quotes: list[Quote] = list(earlier(doc, "quotes") or [])
        # (who backs a group or brokers a deal is none of its parties: "The Rwanda-backed
        # group", "a U.S.-brokered peace agreement")
        text = doc_text(doc)
        mentions = _Mentions([a for a in actors if not backs(text, a.end)], self.lexicon.cue("person_titles"), quotes)
        body = _body_ranges(doc)
        dateline = earlier(doc, "dateline")
        where = _dateline_place(dateline, places)
        locations = _locations(doc, places, actors, self.lexicon.cue("topic_nouns"))
        starts = [p.start for p in earlier(doc, "paragraphs") or []]
        # The last place an event named, and its paragraph, for strikes and raids apart from
        # talks and statements: "Israeli strikes continued" after "a delegation back to
        # Cairo" did not happen in Cairo.
        last: dict[bool, tuple[Place, int]] = {}
        told: list[Event] = []
        paragraph = -1
        for sent in doc.sents:
            if not any(s <= sent.start_char < e for s, e in body):
                continue
            paragraph, entered = max(bisect_right(starts, sent.start_char) - 1, 0), paragraph
            if paragraph != entered and starts and stamp_end(text, starts[paragraph]) > starts[paragraph]:
                last = {}  # (a live page's new entry: its events are not where the last one's were)
            # An event that names no place happens in the city where the story's last event
            # did, when that was in this paragraph or the one before; else in the dateline's.
            fallback = {kind: last[kind][0] if kind in last and paragraph - last[kind][1] <= 1
                        else where for kind in (True, False)}
            hits = [h for h in _find_triggers(sent, self.lexicon)
                    if not _absorbed(h, self.lexicon) and not _is_goal(h)]
            for hit in _dedupe(hits):
                event = self._event(doc, sent, hit, mentions, locations, quotes, dateline, fallback)
                if event is None or _restates(hit, event, told):
                    continue
                event = _during(hit, event, told, self.lexicon)
                told.append(event)
                kind = event.type in _MATERIAL_CONFLICT
                if event.place is not None and event.place is not fallback[kind] and (
                        event.place.feature == "city" or kind and event.place.feature == "region"):
                    last[kind] = (event.place, paragraph)  # (fighting is in regions too)
                yield event

    def _event(self, doc: Doc, sent: Span, hit: _Hit, mentions: _Mentions,
               places: list[Place], quotes: list[Quote], dateline: Dateline | None,
               fallback: dict[bool, Place | None]) -> Event | None:
        actors, targets = _participants(hit, mentions, self.lexicon)
        if not actors:
            # (the attribution layer's speaker of the same words, where the parse gave the verb
            # no subject: "The chief negotiator, Otty Patiño, assured … and asked the guerrilla …")
            speakers = [doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand") for q in quotes
                        if q.cue_start is not None and q.cue_end is not None and q.cue_start <= hit.token.idx < q.cue_end
                        and q.speaker_start is not None and q.speaker_end is not None]
            names = {a.name for a in targets}
            actors = [a for a in _unique(mentions.in_subtree(speakers[0].root)) if a.name not in names] \
                if speakers and speakers[0] is not None else []
        after = doc[hit.token.i + 1:hit.token.i + 4]
        if hit.verb is None and not actors and not targets and not any(
                c.dep_ == "prep" and c.lower_ != "of" or c.ent_type_ in ("DATE", "TIME", "GPE")
                for c in hit.token.subtree if c != hit.token) \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in after) \
                and not _listed_term(hit.token, self.lexicon):
            return None  # a bare "talks" or "new negotiations": a mention, not a report (but a term of a deal is one)
        status, retype = _status(hit, self.lexicon)
        start, end = _evidence(hit, sent)
        if dateline is not None and doc[start].idx < dateline.end <= doc[end - 1].idx:
            start = next(t.i for t in doc[start:end] if t.idx >= dateline.end)
        # (the words give what is asked, refused or threatened; its date and place, a
        # deadline's, "to halt the offensive by Friday", are not the asking's)
        absorbing = self.lexicon.cue("absorbing_types")
        wide = _evidence(hit, sent, absorbing)[1] if hit.trigger.type in absorbing else end
        type_ = retype or hit.trigger.type
        verb = hit.verb if hit.verb is not None and not hit.carried else None
        mode = hit.trigger.mode if hit.trigger.mode and type_ == hit.trigger.type else None
        where = fallback[type_ in _MATERIAL_CONFLICT]
        # (a whole war's toll is in no one city: "The war … has killed tens of thousands"; the
        # subject looked up only when there is a city to inherit)
        subject = _subject(verb, self.lexicon) if where is not None and verb is not None else None
        if subject is not None and subject.lemma_.lower() in _WHOLE_WARS:
            where = None
        event = self.complete(doc, sent, doc[start:end], [hit.token, *hit.extra],
                              hit.verb if hit.verb is not None else hit.token, verb,
                              type_, status, actors, targets, mode, places, quotes, where)
        if wide > end:
            event = replace(event, end=doc[wide - 1].idx + len(doc[wide - 1]), evidence=doc[start:wide].text)
        if status == "planned" and _listed_term(hit.token, self.lexicon):
            event = replace(event, date=_ahead(event.date, doc._.dct))
        return replace(event, confidence=_confidence(hit, actors, targets, event.date))

    def complete(self, doc: Doc, sent: Span, span: Span, triggers: list[Token], core: Token,
                 verb: Token | None, type_: str, status: EventStatus, actors: list[Actor],
                 targets: list[Actor], mode: str | None, places: list[Place],
                 quotes: list[Quote], where: Place | None) -> Event:
        """An event from what a coder found (trigger words, the clause's ``core`` word and
        finite ``verb``, evidence ``span``, type, status, participants): date, place,
        source, mode, contexts and CAMEO code are worked out here, the same way for every
        coder (the embedded one and the optional LLM one in ``llm.py``)."""
        trigger_tokens = sorted(triggers, key=lambda t: t.i)
        t_start = trigger_tokens[0].idx
        t_end = trigger_tokens[-1].idx + len(trigger_tokens[-1])
        date = anchor_event(doc, span.start_char, span.end_char)
        dct = doc._.dct
        # The event's own date: in its clause, or in its sentence when the parse gave the
        # trigger no verb to hang a clause on ("those kidnapped announced protests this
        # Thursday" parsed as one noun phrase).
        stated = date is not None and not date.inherited and date.source_text is not None \
            and (date.source_text in span.text or core == trigger_tokens[0] and core.pos_ != "VERB")
        # A future date in the clause makes a plan of what the tense does not say is past.
        past = verb is not None and verb.tag_ in ("VBD", "VBN")
        if stated and date is not None and dct is not None and date.earliest is not None \
                and date.earliest > dct and status in ("occurred", "ongoing", "announced") \
                and not past:
            status = "planned"
        if status == "announced" and date is not None and not date.inherited \
                and dct is not None and date.earliest is not None and date.earliest >= dct:
            status = "planned"  # "called a protest for Saturday"
        if stated and status == "planned" and date is not None and dct is not None and date.precision == "day" \
                and date.earliest is not None and date.earliest < dct and _WEEKDAY.fullmatch(date.source_text or ""):
            # (a plan's bare weekday is the one to come: a headline's "Iran, US to hold talks in
            # Rome on Friday", which the time layer, finding no future tense, put in the past)
            day = date.earliest + dt.timedelta(days=7)
            date = replace(date, value=day.isoformat(), earliest=day, latest=day)
        # (the verb a trigger noun is subject of tells its tense too: "a truce begins")
        if status == "ongoing" and _historical_present(core if core.pos_ == "VERB" else verb, date, dct, sent,
                                                       self.lexicon):
            status = "occurred"
        if date is None and dct is not None and status in ("occurred", "ongoing"):
            date = EventDate(dct.isoformat(), "day", dct, dct, inherited=True)
        place = _prefer(_place(places, span, sent), where)
        if place is not None and place.country:
            # Civilians with no nationality named act where they are: "relatives of the
            # hostages protested in Tel Aviv" are Israelis. (Not targets: hostages held in
            # Gaza are not Gazans.)
            actors = [replace(a, country=place.country)
                      if a.kind == "group" and a.country is None and a.sector == "civilians" else a
                      for a in actors]
            # So do ministries named without their state ("the Ministry of Defense in Tel Aviv").
            targets = [replace(a, country=place.country)
                       if a.kind == "organisation" and a.country is None and a.sector is None
                       and a.name.lower().startswith("ministry") else a for a in targets]
        # The sources that report it: every quote whose content holds the trigger ("officials
        # told Reuters, as also reported by state television" are two). The speaker named is
        # the resolved one ("he added" → the ministry named before).
        reported_in = [k for k, q in enumerate(quotes)
                       if q.start <= t_start < q.end and q.kind == "speech"]
        if status in ("occurred", "ongoing", "planned", "announced") and (sent.text.rstrip().endswith("?") or any(
                q.kind == "question" and q.start <= t_start < q.end for q in quotes)):
            status = "hypothetical"  # (a question asks whether, it tells nothing: "Where do the talks stand?")
        attribution = next((q.source for q in (quotes[k] for k in reported_in) if q.source), None)
        found_mode, contexts = _codes(core, type_, sent, self.lexicon)
        mode = mode or found_mode
        countries = {a.country for a in actors + targets if a.country}
        if type_ == "CONSULT" and mode is None and len(countries) >= 2 and place is not None \
                and span.start_char <= place.start < span.end_char \
                and place.country and place.country not in countries:
            mode = "third-party"  # Israel and Hamas negotiating in Cairo
        return Event(
            start=span.start_char,
            end=span.end_char,
            evidence=span.text,
            trigger=doc_text(doc)[t_start:t_end],
            trigger_start=t_start,
            trigger_end=t_end,
            type=type_,
            status=status,
            actors=actors,
            targets=targets,
            date=date,
            place=place,
            attribution=attribution,
            mode=mode,
            contexts=contexts,
            cameo=cameo_code(type_, mode, contexts),
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            reported_in=reported_in,
            author_only=not reported_in,
        )


_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "across", "into",
                       "around", "toward", "towards", "throughout", "within", "of", "on"})


def _locations(doc: Doc, places: list[Place], actors: list[Actor],
               topics: frozenset[str] = frozenset()) -> list[Place]:
    """Places that can locate an event: not a state named as a party ("the delegations of
    Egypt", "Egypt said"), unless a locative preposition governs it ("talks in Egypt"), nor
    the topic of a noun it qualifies ("a Gaza truce plan")."""
    as_actor = {(a.start, a.end) for a in actors if a.kind == "state"}
    kept = []
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        head = span.root.head if span is not None else None
        if head is not None and head.lower_ in _TOPICAL and head.head.pos_ in ("NOUN", "PROPN"):
            continue  # "a ceasefire agreement for Gaza", "the war over Kashmir": a topic
        if span is not None and _qualifies_topic(span.root, topics):
            continue
        located = head is not None and head.lower_ in _LOCATIVE and head.head.lower_ not in _PARTY_NOUNS \
            and not _sent_from(head)
        # ("southern Israel" is a place of its own, a region, and so no party's span)
        if (place.start, place.end) in as_actor and not located:
            continue
        kept.append(place)
    return kept


_TOPICAL = frozenset({"for", "about", "over", "against", "regarding", "concerning"})


def _sent_from(prep: Token) -> bool:
    """Whether ``prep`` is a "from" that names who a thing comes from, not where: "a delegation
    from Egypt", "drew condemnation from France" (a word of communication the verb takes)."""
    if prep.lower_ != "from":
        return False
    head = prep.head
    return head.pos_ in ("NOUN", "PROPN") or head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and "communication" in supersenses().get((c.lemma_.lower(), "n"), ())
        for c in head.children)


def _qualifies_topic(token: Token, topics: frozenset[str]) -> bool:
    """Whether ``token`` modifies, through compounds, a noun it is the topic of ("Gaza" in
    "a Gaza truce plan"; not "Rafah" in "the Rafah crossing")."""
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in topics:
            return True
    return False


# Nouns whose "of X" names a party, not a place: "the delegations of Egypt".
_PARTY_NOUNS = frozenset({"delegations", "delegation", "government", "governments", "leaders",
                          "leader", "president", "ministers", "minister", "representatives",
                          "envoys", "intelligence", "services", "army", "forces", "people"})


# PLOVER's material-conflict types: they happen where the fighting is, not where talks are.
_MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def _dateline_place(dateline: Dateline | None, places: list[Place]) -> Place | None:
    """The place of a wire dateline (``KATHMANDU, March 4 (Xinhua) --``): where the story
    was filed, the fallback for events that name no place of their own."""
    if dateline is None:
        return None
    return next((p for p in places if p.start == dateline.start), None)


def _body_ranges(doc: Doc) -> list[tuple[int, int]]:
    paragraphs = earlier(doc, "paragraphs")
    if not paragraphs:
        return [(0, len(doc_text(doc)))]
    return [(p.start, p.end) for p in paragraphs if p.kind == "body"]


def _place(places: list[Place], span: Span, sent: Span) -> Place | None:
    for whole, (lo, hi) in enumerate(((span.start_char, span.end_char), (sent.start_char, sent.end_char))):
        inside = [p for p in places if p.start >= lo and p.end <= hi]
        if whole:
            inside = [p for p in inside if not _in_other_clause(p, span, sent)]
        if inside:
            return min(inside, key=lambda p: (_PLACE_RANK.get(p.feature, 2), p.start))
    return None


_SUBORDINATE = frozenset({"advcl", "acl", "relcl", "ccomp", "xcomp", "pcomp", "conj"})


def _in_other_clause(place: Place, span: Span, sent: Span) -> bool:
    """Whether ``place`` sits in a clause of the sentence that does not hold the event
    ("approved the agreement, clearing the way for a truce in Gaza": Gaza is the truce's)."""
    return in_other_clause(sent.doc, place.start, place.end, span, _SUBORDINATE)


def _prefer(stated: Place | None, dateline: Place | None) -> Place | None:
    """The place the clause names; the dateline city when the clause names only its country."""
    if stated is None or stated.feature == "country" and dateline is not None \
            and dateline.country == stated.country:
        return dateline
    return stated


def _codes(core: Token, type_: str, sent: Span, lexicon: EventLexicon) -> tuple[str | None, list[str]]:
    """The event's PLOVER mode and contexts, from the words of its clause (the trigger's
    verb with all it governs: "talks ... to secure a truce" are about a ceasefire)."""
    start = max(core.left_edge.i, sent.start)
    end = min(core.right_edge.i + 1, sent.end)
    # (not a verb joined to it, an event of its own: "killed about 1,200 people and 251 were
    # kidnapped" is no abduction)
    joined = {t.i for c in core.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    tokens = [t for t in sent.doc[start:end] if t.i not in joined]
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    text = "".join(t.text_with_ws for t in tokens)
    modes = lexicon.modes.labels(type_, words, text)
    return (modes[0] if modes else None), lexicon.contexts.labels("", words, text)


def _during(hit: _Hit, event: Event, told: list[Event], lexicon: EventLexicon) -> Event:
    """"During the session, the proposals were discussed": an event that states no date of
    its own but happens during a meeting the article told takes that meeting's date."""
    if event.date is not None and not event.date.inherited:
        return event
    core = hit.verb if hit.verb is not None else hit.token
    for prep in core.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "at", "in"):
            continue
        for noun in prep.children:
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this")
                           for c in noun.children)
            lemma = noun.lemma_.lower()
            meeting = lemma in lexicon.cue("session_nouns") or \
                getattr(lexicon.single.get((lemma, "NOUN")), "type", None) == "CONSULT"
            if noun.dep_ == "pobj" and definite and meeting:
                dated = [e.date for e in told if e.type == "CONSULT" and e.date is not None
                         and not e.date.inherited]
                if dated:
                    return replace(event, date=replace(dated[-1], inherited=True))
    return event


def _restates(hit: _Hit, event: Event, told: list[Event]) -> bool:
    """Is the event a definite mention of one the article already told ("the talks achieved
    progress", "the meeting held on Tuesday is vital" after "they met on Tuesday")? Such a
    mention says something about that event, not that another one took place: it names no
    participants, is past or present, and its own date (if any) is the told event's."""
    if hit.token.pos_ not in ("NOUN", "PROPN") or event.actors or event.targets \
            or event.status not in ("occurred", "ongoing"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in hit.token.children):
        return False
    own = event.date.value if event.date is not None and not event.date.inherited else None
    return any(e.type == event.type and e.status in ("occurred", "ongoing")
               and (own is None or e.date is not None and e.date.value == own) for e in told)


def _confidence(hit: _Hit, actors: list[Actor], targets: list[Actor], date: EventDate | None) -> float:
    score = 0.4
    score += 0.15 if hit.verb == hit.token else 0.05
    score += 0.15 if actors else 0.0
    score += 0.1 if targets else 0.0
    score += 0.1 if date is not None and not date.inherited else 0.0
    if hit.verb is None and not actors:
        score -= 0.1
    return round(min(max(score, 0.05), 0.95), 2)


def _dedupe(hits: list[_Hit]) -> list[_Hit]:
    """One event per trigger word, and none for a noun that restates the event of the verb
    it depends on (``met ..., talks that were fruitful``)."""
    kept: list[_Hit] = []
    seen: set[int] = set()
    for hit in hits:
        if hit.token.i in seen:
            continue
        if any(other.verb == other.token and other.trigger.type == hit.trigger.type
               and hit.token.head == other.token and (
                   hit.verb != hit.token or hit.token.dep_ in ("advcl", "xcomp"))
               for other in hits):
            continue  # "attacked ..., killing 1,200", "met to discuss": one event
        seen.add(hit.token.i)
        kept.append(hit)
    return kept


@Language.factory("dateline_events_v1",
                  default_config={"triggers_path": None, "cues_path": None,
                                  "modes_path": None, "contexts_path": None})
def make_events(nlp: Language, name: str, triggers_path: str | None, cues_path: str | None,
                modes_path: str | None, contexts_path: str | None) -> EventCoder:
    """PLOVER events with mode, contexts, CAMEO code, participants, status, date, place,
    source and evidence."""
    return EventCoder(load_lexicon(triggers_path, cues_path, modes_path, contexts_path))
