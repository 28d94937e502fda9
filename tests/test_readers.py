"""Reading inputs: every format, every source kind, every class of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from dateline.errors import InputError, Rejection
from dateline.model import Article
from dateline.pipeline import Analyzer
from dateline.readers import coerce_date, make_article_id, read_inputs, reconcile_dateline

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
NOW = dt.datetime(2025, 4, 30, tzinfo=dt.UTC)


def _read(*sources: str | Path, **kwargs: object) -> list[Article | Rejection]:
    kwargs.setdefault("now", NOW)
    return list(read_inputs(sources, **kwargs))  # type: ignore[arg-type]


def _only_article(items: list[Article | Rejection]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_marker_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n  date 2025-03-05 Mediators met in Doha.\r\n\r\nTalks go on.\n\nAFP\n")
    article = _only_article(_read(path))
    assert article.text == "Mediators met in Doha.\n\nTalks go on.\n\nAFP"
    assert (article.date, article.date_source, article.origin) == (
        dt.date(2025, 3, 5), "marker", str(path))


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2025-03-05 Envoys met.".encode())
    assert _only_article(_read(path)).text == "Envoys met."


def test_dateline_disagreeing_with_marker(tmp_path: Path) -> None:
    filed = tmp_path / "filed.txt"
    filed.write_text("date 2025-02-02 CAIRO, Jan 31 (Reuters) - Talks resumed on Tuesday.")
    article = _only_article(_read(filed))
    assert (article.date, article.date_source) == (dt.date(2025, 1, 31), "text")
    assert "trusted the dateline" in article.notes[0]
    # A page republished or crawled weeks later: the story's own day is still the dateline's.
    later = tmp_path / "later.txt"
    later.write_text("date 2025-03-04 GAZA, 14 February (EFE).- Talks resumed on Tuesday.")
    article = _only_article(_read(later))
    assert (article.date, article.date_source) == (dt.date(2025, 2, 14), "text")
    assert "18 day(s) before" in article.notes[0] and "republished" in article.notes[0]
    # A page dated the day before its dateline, as another time zone dates it.
    ahead = tmp_path / "ahead.txt"
    ahead.write_text("date 2025-03-04 TOKYO, March 5 (Kyodo) - Talks resumed.")
    article = _only_article(_read(ahead))
    assert (article.date, article.date_source) == (dt.date(2025, 3, 5), "text")
    assert "the day after" in article.notes[0]
    # More than a month off (or days ahead), a dateline without a year is not placed.
    for marker, line in (("2025-03-20", "GAZA, 14 January (EFE).- Talks resumed."),
                         ("2025-03-20", "GAZA, 25 March (EFE).- Talks resumed.")):
        far = tmp_path / "far.txt"
        far.write_text(f"date {marker} {line}")
        article = _only_article(_read(far))
        assert (article.date, article.date_source) == (dt.date(2025, 3, 20), "marker")
        assert "kept the given date" in article.notes[0]


def test_a_text_cut_off_mid_sentence_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_text("date 2025-03-05 Kyiv said it had shot down 25 drones overnight.\n\n"
                    "The minister said the pressure on Moscow must continu")
    article = _only_article(_read(path))
    assert article.text.endswith("must continu")
    assert article.notes == [("the text stops mid-sentence ('…the pressure on Moscow must continu'): "
                              "it may have been cut off; read as it is")]


def test_dateline_under_a_page_head_of_furniture(tmp_path: Path) -> None:
    # A cookie banner, a breadcrumb trail, a stamp and a share widget above the headline are
    # no lines of the story's head: the dateline under them is still the story's.
    page = tmp_path / "page.txt"
    page.write_text(
        "date 2024-02-03 We use cookies to improve your experience. By continuing to browse, "
        "you agree to our use of cookies.\nHome > World > Africa\nPublished 2 hours ago\n"
        "Khartoum talks stall as army rejects RSF demand\nShare on Facebook Share on X Copy link\n"
        "KHARTOUM, February 2. /TASS/. Sudan's army on Thursday rejected a demand by the RSF.")
    article = _only_article(_read(page))
    assert (article.date, article.date_source) == (dt.date(2024, 2, 2), "text")
    assert "'KHARTOUM, February 2. /TASS/.' is 1 day(s) before" in article.notes[0]


def test_a_caption_splitting_a_sentence_is_noted(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "date 2024-01-20 Gaza, Jan 19 (EFE).- The negotiations for a new exchange of hostages remain\n"
        "Displaced Palestinians walk along a road in Rafah on January 18, 2024. EFE/Haitham Imad\n"
        "stalled, according to sources close to the mediation.")
    article = _only_article(_read(page))
    assert article.date == dt.date(2024, 1, 19)
    assert article.notes[1] == ("a photo caption ('Displaced Palestinians walk along a road…') interrupts "
                                "a sentence ('…change of hostages remain' / 'stalled, according to sou…'): "
                                "read on either side of it")


def test_reconcile_crosses_the_new_year() -> None:
    day, source, _ = reconcile_dateline("KYIV, Dec 31 (Reuters) - ...", dt.date(2025, 1, 1))
    assert (day, source) == (dt.date(2024, 12, 31), "text")


def test_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    rows = [
        {"date": "2025-03-02T09:15:00+03:00", "text": "Envoys met in Muscat.", "url":
         "https://x.example/a?utm_source=feed", "title": "Muscat", "source": "X", "lang": "en"},
        {"date": "2025-03-03", "text": "Talks ended.", "id": "own-id"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    first, second = _read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.date, first.date_source, first.title, first.origin) == (
        dt.date(2025, 3, 2), "json", "Muscat", f"{path}:1")
    assert first.id == make_article_id("https://x.example/a", "anything")
    assert second.id == "own-id"


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"date": "2025-03-02", "text": "A."}, {"text": "B."}]))
    items = _read(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Rejection) and "no publication date" in items[1].reason


def test_html_page() -> None:
    article = _only_article(_read(FIXTURES / "page.html"))
    assert article.date_source == "html-metadata"
    assert article.date == dt.date(2025, 3, 11)
    assert article.title and "Muscat" in article.title
    assert "Omani mediators" in article.text
    assert "cookies" not in article.text and "Share on" not in article.text
    assert "\n\n" in article.text


def test_feed_entries() -> None:
    items = _read(FIXTURES / "feed.xml")
    article, rejection = items
    assert isinstance(article, Article) and isinstance(rejection, Rejection)
    assert (article.date, article.date_source, article.source) == (
        dt.date(2025, 3, 9), "feed", "Example Wire - Middle East")
    assert article.text.split("\n\n")[1] == "The agency plans two more convoys this month."
    assert "entry 2" in rejection.reason and "no publication date" in rejection.reason
    dated = _read(FIXTURES / "feed.xml", default_date=dt.date(2025, 3, 10))
    assert all(isinstance(i, Article) for i in dated)


def test_folder_glob_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("date 2025-03-02 B.")
    (tmp_path / "a.txt").write_text("date 2025-03-01 A.")
    (tmp_path / ".hidden.txt").write_text("date 2025-03-01 hidden")
    (tmp_path / "notes.md").write_text("not an input")
    texts = [i.text for i in _read(tmp_path) if isinstance(i, Article)]
    assert texts == ["A.", "B."]
    assert [i.text for i in _read(str(tmp_path / "*.txt")) if isinstance(i, Article)] == ["A."]
    piped = _read("-", stdin=io.StringIO("date 2025-03-03 From a pipe."))
    assert _only_article(piped).origin == "<stdin>"
    missing = _read(tmp_path / "nope-*.txt")
    assert isinstance(missing[0], Rejection) and "no such file" in missing[0].reason


def test_default_date_only_for_undated(tmp_path: Path) -> None:
    undated = tmp_path / "u.txt"
    undated.write_text("Talks resumed.")
    dated = tmp_path / "d.txt"
    dated.write_text("date 2025-03-01 Talks resumed again.")
    items = _read(undated, dated, default_date=dt.date(2025, 3, 9))
    assert [(i.date, i.date_source) for i in items if isinstance(i, Article)] == [
        (dt.date(2025, 3, 9), "option"), (dt.date(2025, 3, 1), "marker")]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "date 2025-03-01 Caf\xe9".encode("latin-1"), "invalid UTF-8 at byte 19"),
        ("future.txt", b"date 2031-01-01 Talks.", "after the ingest time"),
        ("old.txt", b"date 1850-01-01 Talks.", "before 1900"),
        ("impossible.txt", b"date 2025-02-30 Talks.", "not a valid ISO 8601 date"),
        ("undated.txt", b"Talks resumed.", "no publication date"),
        ("menu.html", b"<html><body><nav>Home | World</nav></body></html>", "no article text"),
    ],
)
def test_bad_inputs(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("date 2025-03-01 Envoys met in Doha.")
    items = _read(path, good)
    rejection, article = items
    assert isinstance(rejection, Rejection), items
    assert reason in rejection.reason and rejection.origin == str(path)
    assert isinstance(article, Article)


def test_malformed_json_lines_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"date": "2025-03-01", "text": "Good one."}\n'
        b'{"date": "2025-03-01", "text": "broken"\n'
        b'{"date": "2025-13-01", "text": "Bad month."}\n'
        b'{"date": "2025-03-01"}\n'
        b'["not", "an", "object"]\n'
        b'{"date": "2025-03-01", "text": "caf\xe9"}\n'
        b'{"date": "2025-03-02", "text": "Good two."}\n'
    )
    items = _read(path)
    assert [i.text for i in items if isinstance(i, Article)] == ["Good one.", "Good two."]
    rejected = {i.line: i.reason for i in items if isinstance(i, Rejection)}
    assert set(rejected) == {2, 3, 4, 5, 6}
    assert "invalid JSON" in rejected[2]
    assert "2025-13-01" in rejected[3]
    assert "missing 'text'" in rejected[4]
    assert "invalid UTF-8" in rejected[6]


def test_large_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("w") as handle:
        handle.write("date 2025-03-01 ")
        handle.write(("Talks continued late into the night. " * 1000 + "\n\n") * 1450)
    assert big.stat().st_size > 50 * 1024 * 1024
    items = _read(big)
    assert isinstance(items[0], Rejection) and "larger than the 20 MB limit" in items[0].reason
    # A 50 MB JSON Lines file is streamed: every line is its own article.
    lines = tmp_path / "big.jsonl"
    row = json.dumps({"date": "2025-03-01", "text": "Envoys met. " * 4000}) + "\n"
    with lines.open("w") as handle:
        for _ in range(1150):
            handle.write(row)
    assert lines.stat().st_size > 50 * 1024 * 1024
    count = sum(1 for i in read_inputs([lines], now=NOW) if isinstance(i, Article))
    assert count == 1150


def test_coerce_date() -> None:
    assert coerce_date("2025-03-05T23:10:00Z") == dt.date(2025, 3, 5)
    assert coerce_date(dt.datetime(2025, 3, 5, 8)) == dt.date(2025, 3, 5)
    with pytest.raises(InputError, match="2025-02-30"):
        coerce_date("2025-02-30")


def test_article_ids() -> None:
    a = make_article_id("HTTPS://Example.org/story/?utm_medium=x#top", "t")
    assert a == make_article_id("https://example.org/story", "other text")
    assert make_article_id(None, "Talks  resumed\nin Doha.") == make_article_id(
        None, "talks resumed in doha.")
    assert make_article_id(None, "Talks resumed.") != make_article_id(None, "Talks ended.")


def test_a_page_with_no_marker_is_dated_by_its_own_head(tmp_path: Path) -> None:
    # The "Published" stamp under the headline is the page's own date; the "Updated" one
    # and --date are not what it was published on; the dateline then says when it was filed.
    page = tmp_path / "swap.txt"
    page.write_text(
        "Kenya and Somalia free detained fishermen\nUpdated 3 hours ago\n"
        "Published: 12 March 2025 16:05 | Updated 3 hours ago\nShare on Facebook Share on X Copy link\n\n"
        "NAIROBI, March 11 (AFP) - Kenya and Somalia freed 14 fishermen each on Tuesday.")
    article = _only_article(_read(page, default_date=dt.date(2025, 4, 1)))
    assert (article.date, article.date_source) == (dt.date(2025, 3, 11), "text")
    assert "'Published: 12 March 2025 16:05" in article.notes[0] and "NAIROBI, March 11" in article.notes[1]
    # a dateline with its year dates a page with no stamp; a date in the story does not
    page.write_text("NAIROBI, March 11, 2025 (AFP) - Kenya and Somalia freed 14 fishermen each.")
    assert _only_article(_read(page)).date == dt.date(2025, 3, 11)
    page.write_text("Kenya and Somalia freed 14 fishermen.\n\nThe last swap was on March 3, 2025.")
    rejected = _read(page)
    assert isinstance(rejected[0], Rejection) and "no publication date" in rejected[0].reason


def test_a_dateline_months_before_the_page_is_trusted_when_its_lede_names_its_weekday() -> None:
    # (February 28, 2024 was a Wednesday; a page crawled in April)
    day, source, note = reconcile_dateline(
        "CAIRO, Feb 28 (Reuters) - Hamas said on Wednesday it would study the proposal.", dt.date(2024, 4, 20))
    assert (day, source) == (dt.date(2024, 2, 28), "text") and "'on Wednesday' is that day's weekday" in (note or "")
    # another weekday, or one past the first sentence, proves nothing
    for text in ("CAIRO, Feb 28 (Reuters) - Hamas said on Thursday it would study the proposal.",
                 "CAIRO, Feb 28 (Reuters) - Hamas said it would study it. On Wednesday it met."):
        assert reconcile_dateline(text, dt.date(2024, 4, 20))[:2] == (dt.date(2024, 4, 20), None)


def test_the_dateline_is_found_under_a_page_head_of_many_lines(tmp_path: Path, analyzer: Analyzer) -> None:
    # A cookie banner, a kicker, the headline, two stamps, a byline and a share widget stand
    # above the story: only the kicker and the headline count as its head's lines.
    page = tmp_path / "border.txt"
    page.write_text(
        "date 2025-02-18\nWe use cookies to improve your experience. Accept all | Manage preferences\n\n"
        "Middle East\n\nIsrael to keep troops at five points in south Lebanon\n\nPublished 2 hours ago\n\n"
        "Updated 37 minutes ago\n\nBy Staff Writer\n\nShare on Facebook Share on X Copy link\n\n"
        "JERUSALEM, Feb 17 — Israel will keep troops at five hilltops inside southern Lebanon after the "
        "withdrawal deadline, a military spokesman said on Monday.\n")
    article = _only_article(_read(page))
    assert (article.date, article.date_source) == (dt.date(2025, 2, 17), "text")
    said = next(q for q in analyzer.analyze_article(article).quotes if q.cue == "said")
    # (what the spokesman said starts after the dateline; a spokesman with no country of his
    # own is the acting state's, not that of the place named in what he said)
    assert said.content.startswith("Israel will keep troops")
    assert said.source_country == "ISR"


LATE = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("stamp", "lede", "now", "expected", "why"),
    [
        # (12 February 2025 was a Wednesday, 2 December 2025 a Tuesday)
        ("Date: 12/02/2025", "on Wednesday", LATE,
         dt.date(2025, 2, 12), "the story's 'on Wednesday' is 2025-02-12's weekday"),
        ("Date: 12/02/2025", "on Tuesday", LATE, dt.date(2025, 12, 2), "'on Tuesday' is 2025-12-02's"),
        # (a page is not dated after the day it is read)
        ("12/02/2025", "on Friday", dt.datetime(2025, 3, 1, tzinfo=dt.UTC), dt.date(2025, 2, 12),
         "could also be 2025-12-02, after today"),
        # (with dots, day first: the countries that write dates so all put the day first)
        ("12.02.2025", "on Tuesday", LATE, dt.date(2025, 2, 12), "read day first"),
        ("Date: 25/02/2025", "on Friday", LATE, dt.date(2025, 2, 25), None),
    ],
)
def test_a_date_in_figures_is_read_day_or_month_first_by_what_settles_it(
        tmp_path: Path, stamp: str, lede: str, now: dt.datetime, expected: dt.date, why: str | None) -> None:
    page = tmp_path / "figures.txt"
    page.write_text(f"{stamp}\n\nGaza truce talks resume in Cairo\n\nEgyptian mediators met a Hamas delegation "
                    f"in Cairo {lede} to discuss a new proposal for a truce in Gaza, officials said.\n")
    article = _only_article(_read(page, now=now))
    assert (article.date, article.date_source) == (expected, "text")
    assert why is None or why in article.notes[0], article.notes


def test_a_date_in_figures_nothing_settles_is_named_in_the_rejection(tmp_path: Path) -> None:
    page = tmp_path / "figures.txt"
    page.write_text("Date: 12/02/2025\n\nEgyptian mediators met a Hamas delegation in Cairo to discuss a new "
                    "proposal for a truce in Gaza, officials said.\n")
    rejected = _read(page, now=LATE)
    assert isinstance(rejected[0], Rejection)
    assert "'12/02/2025' (12 February 2025 or 2 December 2025) could be either" in rejected[0].reason


def test_a_dateline_without_a_year_is_named_in_the_rejection(tmp_path: Path) -> None:
    path = tmp_path / "drc.txt"
    path.write_text("DR Congo and M23 rebels sign framework in Doha\n\nKINSHASA/DOHA, Nov 15 (Reuters) - The "
                    "government and the M23 rebel group signed a framework agreement on Saturday.\n")
    (rejection,) = _read(path)
    assert isinstance(rejection, Rejection)
    assert "no publication date" in rejection.reason and "'KINSHASA/DOHA, Nov 15" in rejection.reason
    assert "names no year" in rejection.reason


def test_a_french_pages_publication_stamp_dates_it(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Gaza: le Hamas dit avoir accepté une proposition de trêve\n\nPublié le 18/03/2025 à 21h10\n\n"
                    "LE CAIRE (AFP) - Le mouvement islamiste palestinien Hamas a accepté lundi une nouvelle "
                    "proposition de cessez-le-feu à Gaza, a indiqué à l'AFP un responsable du mouvement.\n",
                    encoding="utf-8")
    (article,) = _read(path)
    assert isinstance(article, Article) and article.date == dt.date(2025, 3, 18)
    assert any("Publié le 18/03/2025" in note for note in article.notes)


def test_a_publication_stamp_with_its_time_dates_the_page_and_a_writer_line_is_a_byline(tmp_path: Path) -> None:
    path = tmp_path / "border.txt"
    path.write_text("Two neighbours agree to a border truce after talks in Putrajaya\nPublished: 28 Jul 2025 at 19:42\n"
                    "WRITER: Online Reporters\n\nPUTRAJAYA, Malaysia — The two governments agreed on Monday to an "
                    "immediate ceasefire, the host's prime minister said after the talks.\n", encoding="utf-8")
    (article,) = _read(path, now=LATE)
    assert isinstance(article, Article) and article.date == dt.date(2025, 7, 28)
    assert any("Published: 28 Jul 2025 at 19:42" in note for note in article.notes)
    from dateline.structure import segment

    kinds = {p.text.strip(): p.kind for p in segment(article.text)}
    assert kinds["WRITER: Online Reporters"] == "signature"


def test_an_agencys_place_and_day_in_figures_date_the_page_by_the_ledes_weekday(tmp_path: Path) -> None:
    path = tmp_path / "sana.txt"
    path.write_text("President signs agreement with SDF commander to integrate its institutions into the state\n"
                    "Damascus, SANA- 10/03/2025\n\nThe president and the commander of the Syrian Democratic Forces "
                    "signed on Monday an agreement to integrate all civil and military institutions in the "
                    "northeast.\n", encoding="utf-8")
    (article,) = _read(path, now=LATE)
    # (10 March 2025 was a Monday, 3 October 2025 a Friday; the long headline is no lede)
    assert isinstance(article, Article) and article.date == dt.date(2025, 3, 10)
    assert "'Damascus, SANA- 10/03/2025'" in article.notes[0] and "'on Monday'" in article.notes[0]


@pytest.mark.parametrize(("stamp", "day"), [
    ("First published on Sun 19 Oct 2025 08.43 BST", dt.date(2025, 10, 19)),
    ("2025/10/19 08:43", dt.date(2025, 10, 19)),
    ("Updated: 20 Oct 2025, 14:21 GMT+3", dt.date(2025, 10, 20)),
    ("Oct. 19, 2025 at 8:43 a.m. EDT", dt.date(2025, 10, 19)),
    ("Sunday 19 October 2025 at 08:43", dt.date(2025, 10, 19)),
    # (a section's or an outlet's name beside the date, as UN News and Al-Ahram set them)
    ("19 October 2025 Peace and Security", dt.date(2025, 10, 19)),
    ("Ahram Online , Sunday 19 Oct 2025", dt.date(2025, 10, 19)),
    # (a stamp of the last update, when nothing better dates the page)
    ("Last update: 20 October 2025 09:10", dt.date(2025, 10, 20)),
    # (a Reuters stamp extracted without its markup: the year, the time and the update run together)
    ("October 19, 20254:21 PM GMT+1Updated 2 hours ago", dt.date(2025, 10, 19)),
])
def test_more_house_styles_of_a_date_stamp_date_the_page(tmp_path: Path, stamp: str, day: dt.date) -> None:
    path = tmp_path / "stamp.txt"
    path.write_text(f"Mediators push for Gaza truce as talks resume\n{stamp}\n\nEgyptian and Qatari mediators met "
                    "Hamas officials in Cairo on Monday to discuss a new truce proposal, officials said.\n",
                    encoding="utf-8")
    (article,) = _read(path, now=LATE)
    assert isinstance(article, Article) and article.date == day, article


def test_a_name_beside_a_date_is_a_stamp_only_when_it_is_a_full_date_and_a_short_name(tmp_path: Path) -> None:
    path = tmp_path / "stamp.txt"
    for line in ("Peace and Security 2025", "October 2025 Peace Talks Resume In Cairo Under Egyptian Auspices"):
        path.write_text(f"Mediators push for Gaza truce as talks resume\n{line}\n\nEgyptian and Qatari mediators "
                        "met Hamas officials in Cairo on Monday, officials said.\n", encoding="utf-8")
        (rejected,) = _read(path, now=LATE)
        assert isinstance(rejected, Rejection) and "no publication date" in rejected.reason, line


def test_a_feed_entry_without_a_date_is_dated_by_its_text_or_told_why_not(tmp_path: Path) -> None:
    feed = tmp_path / "desk.xml"
    feed.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title>"
        "<item><title>Talks resume</title><description><![CDATA[<p>Published March 3, 2025</p><p>Mediators met "
        "Hamas negotiators in Cairo on Monday, officials said.</p>]]></description></item>"
        "<item><title>Rally held</title><pubDate>soon</pubDate><description>Thousands rallied in Tel Aviv "
        "on Saturday night, organisers said.</description></item></channel></rss>", encoding="utf-8")
    article, rejection = _read(feed)
    assert isinstance(article, Article) and (article.date, article.date_source) == (dt.date(2025, 3, 3), "text")
    assert isinstance(rejection, Rejection) and rejection.origin.endswith("#entry2")
    assert "entry 2 ('Rally held')" in rejection.reason and "its date 'soon' cannot be read" in rejection.reason


def test_a_documents_title_that_ends_on_its_date_dates_the_page(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text("Department Press Briefing – March 4, 2025\n\nWASHINGTON, March 4\n\n"
                    "MS LAINE: Good afternoon. The Secretary will travel to Amman on Thursday to meet the Jordanian "
                    "foreign minister and discuss the next phase of the truce.\n", encoding="utf-8")
    (article,) = _read(path, now=LATE)
    assert isinstance(article, Article) and article.date == dt.date(2025, 3, 4)
    assert "'March 4, 2025'" in article.notes[0]
    # A date the title names as its subject, not set off as the document's own, dates nothing.
    path.write_text("The ceasefire of January 19, 2025 is holding\n\nMediators met in Cairo on Monday to discuss "
                    "the second phase of the truce, officials said.\n", encoding="utf-8")
    (rejected,) = _read(path, now=LATE)
    assert isinstance(rejected, Rejection) and "no publication date" in rejected.reason


def test_a_date_written_with_dots_reads_day_first(tmp_path: Path) -> None:
    path = tmp_path / "ukrinform.txt"
    path.write_text("Enemy attacked Kharkiv region with drones overnight, two people injured\n06.11.2025 09:12\n\n"
                    "During the night, the Russian forces attacked the Kharkiv region with attack drones, two "
                    "civilians were injured, the regional governor said.\n", encoding="utf-8")
    (article,) = _read(path, now=LATE)
    assert isinstance(article, Article) and article.date == dt.date(2025, 11, 6)
    assert "read day first" in article.notes[0]
    # (with slashes, either way stays possible, and nothing settles it here)
    path.write_text(path.read_text(encoding="utf-8").replace("06.11.2025", "06/11/2025"), encoding="utf-8")
    (rejected,) = _read(path, now=LATE)
    assert isinstance(rejected, Rejection) and "could be either" in rejected.reason
