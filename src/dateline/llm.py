"""An optional second event coder that asks a language model, off by default.

Any OpenAI-compatible chat endpoint will do (llama.cpp's ``llama-server``, vLLM, Ollama, a
hosted API): the article goes out with the PLOVER types and statuses, and the answer must
follow :data:`RESPONSE_SCHEMA` (sent as ``response_format`` with ``type: json_schema``, which
these servers use to constrain decoding). Nothing the model says is trusted as it is:

- each event is validated on its own against the schema (one bad item is logged and
  dropped, not the article);
- its ``evidence`` must be found in the article (exactly, else ignoring case and spacing)
  and its ``trigger`` inside the evidence, or the event is dropped;
- participants are matched to the actors layer's mentions in the evidence (by name, text
  or country); a name the text does not hold is kept only with a valid country code;
- date, place, source, mode, contexts and CAMEO code are then worked out by the same code
  as the embedded coder's (:meth:`dateline.events.EventCoder.complete`).

``merge="union"`` (the default) keeps every embedded event and adds the model's events
that no embedded event of the same type already covers; ``merge="replace"`` keeps only
the model's. When the endpoint fails the embedded events stay and a warning is logged.

Enable it with ``dateline ingest --llm-url http://127.0.0.1:8080/v1 --llm-model NAME``,
the ``[llm]`` table of ``dateline.toml``, or ``load_pipeline(llm=LLMSettings(...))``.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import pycountry
from pydantic import BaseModel, Field, ValidationError
from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span

from ._extensions import doc_text, earlier
from .errors import DatelineError
from .events import EventCoder, load_lexicon
from .model import EVENT_STATUSES, Actor, Event, Place, Quote

__all__ = ["RESPONSE_SCHEMA", "LLMError", "LLMEvent", "LLMExtractor", "LLMSettings"]

logger = logging.getLogger(__name__)

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class LLMError(DatelineError):
    """The language-model endpoint could not be reached or gave no usable answer."""

    code = "E005"


class LLMParticipant(BaseModel):
    """Who takes part, as the model names them."""

    name: str = Field(min_length=1, description="as the article names them, e.g. 'Egyptian delegation'")
    country: str | None = Field(default=None, pattern="^[A-Z]{3}$",
                                description="ISO 3166-1 alpha-3 code, when the actor has one")


class LLMEvent(BaseModel):
    """One event in the model's answer."""

    type: Literal[PLOVER_TYPES]  # type: ignore[valid-type]
    status: Literal[EVENT_STATUSES]  # type: ignore[valid-type]
    trigger: str = Field(min_length=1, description="the word(s) that report the event, copied")
    evidence: str = Field(min_length=1, description="the clause that reports it, copied exactly")
    actors: list[LLMParticipant] = Field(default_factory=list)
    targets: list[LLMParticipant] = Field(default_factory=list)
    mode: str | None = None


class LLMAnswer(BaseModel):
    events: list[LLMEvent]


#: The JSON schema the answer must follow.
RESPONSE_SCHEMA: dict[str, Any] = LLMAnswer.model_json_schema()

_PROMPT = """You code news events in the PLOVER ontology. Types: {types}.
Statuses: occurred, ongoing, planned, announced, hypothetical, negated (a negated or
hypothetical event is never 'occurred'). The article was published on {date}.
For every event the article reports, give its type, status, the trigger word(s) and the
clause that reports it, both copied exactly from the article, its actors (who does it) and
targets (to whom), each with an ISO 3166-1 alpha-3 country code when it has one.
Leave out photo captions. Answer with JSON only."""


@dataclass(frozen=True)
class LLMSettings:
    """Where the endpoint is and how to talk to it."""

    #: Base URL of the OpenAI-compatible API, e.g. ``http://127.0.0.1:8080/v1``.
    url: str
    model: str = "default"
    #: Name of the environment variable holding the API key (none for local servers).
    api_key_env: str | None = None
    timeout: float = 120.0
    merge: Literal["union", "replace"] = "union"
    temperature: float = 0.0


class LLMExtractor:
    """The ``dateline_llm_events_v1`` component: runs after ``events``."""

    def __init__(self, settings: LLMSettings, coder: EventCoder,
                 client: httpx.Client | None = None) -> None:
        if settings.merge not in ("union", "replace"):
            raise ValueError(f"merge must be 'union' or 'replace', not {settings.merge!r}")
        self.settings = settings
        self.coder = coder
        key = os.environ.get(settings.api_key_env, "") if settings.api_key_env else ""
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.client = client or httpx.Client(timeout=settings.timeout, headers=headers)

    def __call__(self, doc: Doc) -> Doc:
        embedded: list[Event] = list(doc._.events or [])
        try:
            answer = self.ask(doc_text(doc), doc._.dct.isoformat() if doc._.dct else "unknown")
        except LLMError as error:
            logger.warning("LLM coder skipped, embedded events kept: %s", error)
            return doc
        found = [e for e in (self.to_event(doc, item) for item in answer) if e is not None]
        if self.settings.merge == "replace":
            doc._.events = found
        else:
            doc._.events = embedded + [e for e in found if not any(_same(e, o) for o in embedded)]
        return doc

    # -- talking to the endpoint -------------------------------------------------------
    def ask(self, text: str, date: str) -> list[LLMEvent]:
        """The model's events for ``text``, each validated; raises :class:`LLMError`."""
        url = self.settings.url.rstrip("/") + "/chat/completions"
        payload = {
            "model": self.settings.model,
            "temperature": self.settings.temperature,
            "messages": [
                {"role": "system", "content": _PROMPT.format(types=", ".join(PLOVER_TYPES), date=date)},
                {"role": "user", "content": text},
            ],
            "response_format": {"type": "json_schema", "json_schema": {
                "name": "plover_events", "strict": True, "schema": RESPONSE_SCHEMA}},
        }
        try:
            response = self.client.post(url, json=payload)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
        except httpx.HTTPStatusError as error:
            raise LLMError(f"{url}: HTTP {error.response.status_code}: "
                           f"{error.response.text[:200]}") from error
        except httpx.HTTPError as error:
            raise LLMError(f"{url}: {error}") from error
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise LLMError(f"{url}: not an OpenAI-style chat completion ({error!r})") from error
        return parse_answer(content, origin=url)

    # -- grounding an answer in the article --------------------------------------------
    def to_event(self, doc: Doc, item: LLMEvent) -> Event | None:
        span = _find(doc, item.evidence)
        if span is None:
            logger.info("LLM event dropped: evidence not in the article: %r", item.evidence[:80])
            return None
        triggers = _find(doc, item.trigger, within=span)
        if triggers is None:
            logger.info("LLM event dropped: trigger %r not in its evidence", item.trigger)
            return None
        sent = span[0].sent
        mentions = [a for a in earlier(doc, "actors") or []
                    if span.start_char <= a.start and a.end <= span.end_char]
        actors = _ground(item.actors, mentions, span)
        targets = [a for a in _ground(item.targets, mentions, span)
                   if a.name not in {b.name for b in actors}]
        verbs = [t for t in triggers if t.pos_ in ("VERB", "AUX")]
        places: list[Place] = list(earlier(doc, "places") or [])
        quotes: list[Quote] = list(earlier(doc, "quotes") or [])
        event = self.coder.complete(doc, sent, span, list(triggers), triggers.root,
                                    verbs[0] if verbs else None, item.type, item.status,
                                    actors, targets, item.mode, places, quotes, None)
        return event


def parse_answer(content: str, origin: str = "<answer>") -> list[LLMEvent]:
    """Validate a model's JSON answer item by item; bad items are logged and dropped."""
    text = content.strip()
    fenced = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.DOTALL)
    if fenced:
        text = fenced.group(1)  # some servers wrap JSON in a Markdown fence despite the schema
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LLMError(f"{origin}: answer is not JSON: {error}") from error
    items = data.get("events") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise LLMError(f"{origin}: answer has no 'events' list")
    events: list[LLMEvent] = []
    for n, item in enumerate(items):
        try:
            events.append(LLMEvent.model_validate(item))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            logger.warning("%s: events[%d].%s: %s; item dropped", origin, n, where, first["msg"])
    return events


def _find(doc: Doc, needle: str, within: Span | None = None) -> Span | None:
    """The tokens covering ``needle`` in the article (or in ``within``): exactly, else
    ignoring case and runs of spaces."""
    text = doc_text(doc)
    lo, hi = (within.start_char, within.end_char) if within is not None else (0, len(text))
    at = text.find(needle, lo, hi)
    length = len(needle)
    if at < 0:
        words = [re.escape(w) for w in needle.split()]
        if not words:
            return None
        match = re.compile(r"\s+".join(words), re.IGNORECASE).search(text, lo, hi)
        if match is None:
            return None
        at, length = match.start(), match.end() - match.start()
    return doc.char_span(at, at + length, alignment_mode="expand")


def _ground(people: list[LLMParticipant], mentions: list[Actor], span: Span) -> list[Actor]:
    out: list[Actor] = []
    for person in people:
        name = person.name.lower()
        match = next((a for a in mentions
                      if name in (a.name.lower(), a.text.lower())
                      or fuzz.token_set_ratio(name, a.text.lower()) >= 90
                      or fuzz.token_set_ratio(name, a.name.lower()) >= 90), None)
        if match is None and person.country:
            match = next((a for a in mentions if a.country == person.country), None)
        if match is None and person.country and pycountry.countries.get(alpha_3=person.country):
            # Not a mention the actors layer found: keep the model's name, placed at the
            # evidence so offsets stay inside the article.
            match = Actor(span.start_char, span.start_char, "", person.name, "group", person.country)
        if match is None:
            logger.info("LLM participant %r not found in the evidence; left out", person.name)
            continue
        if match.name not in {a.name for a in out}:
            out.append(match)
    return out


def _same(a: Event, b: Event) -> bool:
    return a.type == b.type and a.start < b.end and b.start < a.end


@Language.factory(
    "dateline_llm_events_v1",
    default_config={"url": None, "model": "default", "api_key_env": None, "timeout": 120.0,
                    "merge": "union", "temperature": 0.0},
    requires=["doc._.events"],
)
def make_llm_events(nlp: Language, name: str, url: str | None, model: str,
                    api_key_env: str | None, timeout: float, merge: str,
                    temperature: float) -> LLMExtractor:
    """Events from an OpenAI-compatible endpoint, validated and merged with the embedded ones."""
    if not url:
        raise ValueError("dateline_llm_events_v1 needs the endpoint's url "
                         "(e.g. http://127.0.0.1:8080/v1)")
    settings = LLMSettings(url, model, api_key_env, timeout, merge, temperature)  # type: ignore[arg-type]
    return LLMExtractor(settings, EventCoder(load_lexicon()))
