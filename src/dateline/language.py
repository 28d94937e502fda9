"""Which language an article is written in.

dateline's analysis layers read English (the spaCy pipeline, the cue and event lexicons, the
time grammar). A page in another language would yield nothing useful, or worse, misread
words; so the analyser identifies the language of each text (py3langid, offline) and analyses
only English, keeping the others' text and paragraphs with a note saying why.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["ENGLISH", "detect_language", "is_english", "resolve_language"]

ENGLISH = "en"
#: Fewer letters than this say too little about a language ("Talks resumed.").
MIN_LETTERS = 60
#: Below this probability the identifier is unsure, and the given language stands.
MIN_PROBABILITY = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float] | None:
    """``(ISO 639-1 code, probability)`` of ``text``'s language, or None when the text is too
    short or the identifier unsure: ``detect_language("Los mediadores reanudaron este lunes
    en El Cairo las negociaciones indirectas.")`` is ``("es", 0.99…)``."""
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(text)
    return (str(code), float(probability)) if probability >= MIN_PROBABILITY else None


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
