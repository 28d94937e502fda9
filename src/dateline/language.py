"""Which language an article is written in.

dateline's analysis layers read English (the spaCy pipeline, the cue and event lexicons, the
time grammar). A page in another language would yield nothing useful, or worse, misread
words; so the analyser checks the language of each text and analyses only English, keeping
the others' text and paragraphs with a note saying why.

Most texts are English, and a cheap test says so: English function words ("the", "of",
"said" …, spaCy's English stop words) make up a quarter to a half of English prose and
almost none of other languages'. Only a text that fails it is identified (langdetect, offline,
loaded the first time it is needed), so an English corpus pays nothing for the check.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["ENGLISH", "detect_language", "is_english", "resolve_language"]

ENGLISH = "en"
#: Fewer words than this say too little about a language ("Talks resumed.").
MIN_WORDS = 12
#: Below this share of English function words, a text is identified.
ENGLISH_FUNCTION_SHARE = 0.12
#: Below this probability the identifier is unsure, and the given language stands.
MIN_PROBABILITY = 0.9
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0  # (the same answer every run)
    return factory


def _reads_as_english(words: list[str]) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return sum(w in STOP_WORDS for w in words) >= ENGLISH_FUNCTION_SHARE * len(words)


def detect_language(text: str) -> tuple[str, float] | None:
    """``(ISO 639-1 code, probability)`` of ``text``'s language, or None when the text is too
    short or the identifier unsure: ``detect_language("Los mediadores reanudaron este lunes
    en El Cairo las negociaciones indirectas entre Israel y Hamás.")`` is ``("es", 0.99…)``;
    a text that reads as English is ``("en", 1.0)`` without identifying it further."""
    sample = text[:_SAMPLE_CHARS]  # (the start of a long text tells as much as all of it)
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    if _reads_as_english(words):
        return ENGLISH, 1.0
    from langdetect.lang_detect_exception import LangDetectException

    detector = _identifier().create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):  # (no features to go by)
        return None
    return (str(best.lang), float(best.prob)) if best.prob >= MIN_PROBABILITY else None


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def is_english(lang: str | None) -> bool:
    """True for "en", "en-GB", "EN_us" and for no language given."""
    return not lang or _primary(lang) == ENGLISH


def resolve_language(text: str, given: str | None) -> tuple[str, str | None]:
    """The language to analyse ``text`` as, and a note when it is not the one ``given``.

    The text's own language wins over metadata when the identifier is sure: feeds and pages
    often label everything with the site's default language, and "en" is our default.
    """
    given = given or ENGLISH
    found = detect_language(text)
    if found is None or found[0] == _primary(given):
        return given, None
    code, probability = found
    return code, (f"language: the text reads as {code!r} (language identifier, p={probability:.2f}), "
                  f"not {given!r} as given or assumed")
