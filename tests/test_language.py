"""Language identification: only English is analysed; other texts are kept with a note."""

from __future__ import annotations

from pathlib import Path

from dateline.ingest import ingest
from dateline.language import detect_language, is_english, resolve_language
from dateline.pipeline import Analyzer
from dateline.store import Store

SPANISH = (
    "El Cairo, 3 mar (EFE).- Los mediadores egipcios y cataríes reanudaron este lunes en El "
    "Cairo las negociaciones indirectas entre Israel y Hamás para una tregua en Gaza, según "
    "dijeron a EFE dos fuentes de seguridad egipcias.\n\n"
    "\u201cEl ambiente es serio y ambas partes saben que el tiempo se acaba\u201d, dijo una de "
    "las fuentes, que pidió el anonimato. Al menos 35 de los rehenes estarían muertos.\n\n"
    "Según las fuentes, los mediadores esperan una respuesta de Hamás en los próximos días."
)
GERMAN = ("Die Gespräche in Kairo wurden am Montag fortgesetzt, wie zwei ägyptische "
          "Sicherheitsquellen mitteilten. Die Vermittler hoffen auf eine Einigung vor dem Fest.")
ENGLISH = ("Mediators resumed indirect talks in Cairo on Monday, two Egyptian security sources "
           "said, adding that the Israeli delegation would return on Thursday.")


def test_detect_language() -> None:
    assert detect_language(SPANISH)[0] == "es"  # type: ignore[index]
    assert detect_language(GERMAN)[0] == "de"  # type: ignore[index]
    assert detect_language(ENGLISH)[0] == "en"  # type: ignore[index]
    # Too short to tell: no guess.
    assert detect_language("Talks resumed.") is None


def test_the_texts_own_language_wins_over_metadata() -> None:
    assert resolve_language(ENGLISH, "en-GB") == ("en-GB", None)
    assert resolve_language(SPANISH, "es-ES") == ("es-ES", None)
    lang, note = resolve_language(SPANISH, None)
    assert lang == "es" and note is not None and "'es'" in note and "'en'" in note
    lang, note = resolve_language(ENGLISH, "fr")
    assert lang == "en" and note is not None and "not 'fr'" in note
    assert is_english("EN_us") and is_english(None) and not is_english("es")


def test_a_text_in_another_language_keeps_its_paragraphs_only(analyzer: Analyzer) -> None:
    article = analyzer.analyze(SPANISH, date="2025-03-03")
    assert article.lang == "es"
    # (kinds as the text gives them: the English parse made a caption of the third)
    assert [p.kind for p in article.paragraphs] == ["body", "body", "body"]
    assert not (article.events or article.quotes or article.quantities or article.timexes or article.actors)
    assert any("not analysed" in note for note in article.notes)
    # Analysed again, it is noted once.
    again = analyzer.analyze_article(article)
    assert again.notes == article.notes
    english = analyzer.analyze(ENGLISH, date="2025-03-03")
    assert english.lang == "en" and english.quotes and not english.notes


def test_ingest_counts_texts_not_in_english(tmp_path: Path, analyzer: Analyzer) -> None:
    (tmp_path / "es.txt").write_text(f"date 2025-03-03 {SPANISH}", encoding="utf-8")
    (tmp_path / "en.txt").write_text(f"date 2025-03-03 {ENGLISH}", encoding="utf-8")
    with Store(tmp_path / "d.db") as store:
        report = ingest([tmp_path], store, analyzer, progress=False)
        assert (report.stored, report.not_english) == (2, 1)
        assert "1 not in English" in report.summary()
        stored = {store.get_article(i).lang: store.get_article(i) for i in store.articles()["id"]}
    assert set(stored) == {"en", "es"} and stored["es"].text.startswith("El Cairo")
    assert stored["es"].notes and not stored["es"].events
