"""Tests for the scorer (dateline.evaluate) with hand-built gold and system articles."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import InputError
from dateline.evaluate import (
    GoldArticle,
    Report,
    date_within,
    evaluate,
    load_gold,
    score,
    speaker_matches,
)
from dateline.model import (
    Actor,
    Article,
    Event,
    EventDate,
    Paragraph,
    Place,
    Quantity,
    Quote,
    Timex,
)

DOCS = Path(__file__).resolve().parents[1] / "docs" / "evaluation.md"

# An invented wire story used by most tests.
STORY = (
    "Kenyan and Ethiopian officials resumed talks on Monday in Nairobi over the disputed "
    "water deal, a government spokesman said.\n\n"
    "\u201cWe expect an agreement within days,\u201d Foreign Minister Amina Odhiambo told "
    "reporters after the session on Monday.\n\n"
    "At least 40 people were killed in clashes near the border last week, police said.\n\n"
    "A boy walks past a mural in Nairobi.\n\n"
    "Reuters"
)
DATE = "2025-03-05"


def write_gold(tmp_path: Path, *records: dict[str, Any] | str) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def gold_one(tmp_path: Path, **layers: Any) -> GoldArticle:
    record: dict[str, Any] = {"id": "a1", "date": DATE, "text": STORY, **layers}
    (gold,) = load_gold(write_gold(tmp_path, record))
    return gold


def span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def system(**layers: Any) -> Article:
    return Article(id="a1", text=STORY, date=dt.date.fromisoformat(DATE), **layers)


def timex(needle: str, value: str, type_: str = "DATE", occurrence: int = 1) -> Timex:
    start, end = span(STORY, needle, occurrence)
    return Timex(start, end, needle, type_, value)  # type: ignore[arg-type]


def actor(name: str, country: str | None = None) -> Actor:
    return Actor(0, 0, name, name=name, kind="state" if country else "person", country=country)


def event(needle: str, type_: str, **kw: Any) -> Event:
    start, end = span(STORY, needle)
    kw.setdefault("status", "occurred")
    return Event(start, end, needle, needle, start, end, type=type_, **kw)


def quote(needle: str, **kw: Any) -> Quote:
    start, end = span(STORY, needle)
    kw.setdefault("direct", True)
    return Quote(start, end, needle, **kw)


def quantity(needle: str, value: float, bound: str = "exact") -> Quantity:
    start, end = span(STORY, needle)
    return Quantity(start, end, needle, value, bound)  # type: ignore[arg-type]


def paragraph(index: int, needle: str, kind: str) -> Paragraph:
    start, end = span(STORY, needle)
    return Paragraph(index, start, end, kind, needle)  # type: ignore[arg-type]


def perfect(gold: GoldArticle) -> Article:
    """A system article that reproduces the gold exactly."""
    return Article(
        id=gold.id,
        text=gold.text,
        date=gold.date,
        paragraphs=[
            Paragraph(i, c.start, c.end, "caption", c.text)
            for i, c in enumerate(gold.captions or ())
        ],
        timexes=[
            Timex(t.start, t.end, t.text, t.type, t.value)  # type: ignore[arg-type]
            for t in gold.timexes or ()
        ],
        events=[
            Event(
                e.start,
                e.end,
                e.evidence,
                e.evidence,
                e.start,
                e.end,
                type=e.types[-1],
                status=e.status or "occurred",  # type: ignore[arg-type]
                actors=[actor(ids[-1]) for ids in e.actors or ()],
                targets=[actor(ids[0]) for ids in e.targets or ()],
                date=EventDate(e.date, "day") if e.date else None,
                place=Place(0, 0, e.place[0], name=e.place[0]) if e.place else None,
            )
            for e in gold.events or ()
        ],
        quotes=[
            Quote(
                q.start,
                q.end,
                q.content,
                bool(q.direct),
                speaker=(q.speaker or ("x",))[0],
                cue=q.cue,
            )
            for q in gold.quotes or ()
        ],
        quantities=[
            Quantity(q.start, q.end, q.text, q.value or 0.0, q.bound or "exact")  # type: ignore[arg-type]
            for q in gold.quantities or ()
        ],
    )


FULL_GOLD: dict[str, Any] = {
    "captions": ["A boy walks past a mural in Nairobi.", "Reuters"],
    "timexes": [
        {"text": "on Monday", "type": "DATE", "value": "2025-03-03"},
        {"text": "on Monday", "occurrence": 2, "type": "DATE", "value": "2025-03-03"},
        {"text": "last week", "type": "DATE", "value": "2025-W09"},
    ],
    "events": [
        {
            "type": ["CONSULT"],
            "evidence": "Kenyan and Ethiopian officials resumed talks on Monday",
            "actors": [["KEN"], ["ETH", "Ethiopia"]],
            "targets": [["ETH"]],
            "date": "2025-03-03",
            "place": "Nairobi",
            "status": "occurred",
        },
        {
            "type": ["ASSAULT", "FIGHT"],
            "evidence": "At least 40 people were killed in clashes near the border",
            "actors": [],
            "targets": [["civilians", "people"]],
            "date": "2025-W09",
            "place": ["border", "geonames:1"],
            "status": "occurred",
        },
    ],
    "quotes": [
        {
            "speaker": ["Foreign Minister Amina Odhiambo", "Amina Odhiambo"],
            "cue": "told",
            "direct": True,
            "content": "We expect an agreement within days,",
        },
        {
            "speaker": ["police"],
            "cue": "said",
            "direct": False,
            "content": "At least 40 people were killed in clashes near the border last week",
        },
    ],
    "quantities": [{"text": "At least 40", "value": 40, "bound": "min", "unit": "people"}],
}


# --------------------------------------------------------------------------------------
# load_gold


def test_load_gold_locates_occurrences(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, timexes=FULL_GOLD["timexes"])
    assert gold.timexes is not None
    first, second, _ = gold.timexes
    assert (first.start, first.end) == span(STORY, "on Monday", 1)
    assert (second.start, second.end) == span(STORY, "on Monday", 2)
    assert second.start > first.start
    assert STORY[second.start : second.end] == "on Monday"


def test_timex_occurrences_skip_those_inside_a_longer_annotated_timex(tmp_path: Path) -> None:
    # TIMEX3s never nest: "on Tuesday" (occurrence 1) is the standalone one, not the one
    # inside the annotated "on Tuesday night".
    text = "The envoys left on Tuesday night. The meeting held on Tuesday was vital."
    record = {"id": "a1", "date": DATE, "text": text, "timexes": [
        {"text": "on Tuesday night", "type": "TIME", "value": "2024-02-13TNI"},
        {"text": "on Tuesday", "occurrence": 1, "type": "DATE", "value": "2024-02-13"}]}
    (gold,) = load_gold(write_gold(tmp_path, record))
    assert gold.timexes is not None
    night, day = gold.timexes
    assert (night.start, day.start) == (text.index("on Tuesday night"), text.rindex("on Tuesday"))
    # Events and quotes, which may overlap one another, count every occurrence.
    (gold,) = load_gold(write_gold(tmp_path, {"id": "a1", "date": DATE, "text": text, "events": [
        {"evidence": "on Tuesday", "type": ["CONSULT"]}]}))
    assert gold.events is not None and gold.events[0].start == text.index("on Tuesday")


def test_load_gold_absent_layer_is_none_and_empty_list_is_annotated(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, timexes=[], comment="unknown keys are ignored")
    assert gold.timexes == ()
    assert gold.captions is None and gold.events is None
    assert gold.quotes is None and gold.quantities is None
    assert gold.date == dt.date(2025, 3, 5)


def test_load_gold_reads_all_fields(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, **FULL_GOLD)
    assert gold.events is not None and gold.quotes is not None and gold.quantities is not None
    consult, assault = gold.events
    assert consult.types == ("CONSULT",) and consult.actors == (("KEN",), ("ETH", "Ethiopia"))
    assert consult.place == ("Nairobi",) and consult.date == "2025-03-03"
    assert assault.actors == () and assault.place == ("border", "geonames:1")
    assert gold.quotes[0].direct is True and gold.quotes[1].speaker == ("police",)
    assert gold.quantities[0].value == 40.0 and gold.quantities[0].bound == "min"


def test_load_gold_bad_json_names_file_and_line(tmp_path: Path) -> None:
    path = write_gold(
        tmp_path, {"id": "a1", "date": DATE, "text": STORY}, "", '{"id": "a2", "date"'
    )
    with pytest.raises(InputError) as info:
        load_gold(path)
    message = str(info.value)
    assert f"{path}:3" in message and "not valid JSON" in message
    assert info.value.line == 3


def test_load_gold_missing_string_names_field(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "date": DATE,
        "text": STORY,
        "timexes": [{"text": "on Monday", "occurrence": 3, "type": "DATE", "value": "X"}],
    }
    path = write_gold(tmp_path, record)
    with pytest.raises(
        InputError,
        match=r"gold\.jsonl:1: timexes\[0\]\.text: 'on Monday' "
        r"\(occurrence 3\) not found",
    ):
        load_gold(path)


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        ({"date": "5 March 2025"}, "date: '5 March 2025' is not an ISO 8601 date"),
        ({"text": None}, "text: expected a string"),
        (
            {"events": [{"type": ["CONSULT"], "evidence": "resumed talks", "status": "done"}]},
            "events[0].status: 'done' is not one of",
        ),
        ({"events": [{"type": [], "evidence": "resumed talks"}]}, "events[0].type: empty list"),
        ({"quotes": [{"content": "We expect", "direct": "yes"}]}, "quotes[0].direct"),
        ({"timexes": [{"text": "on Monday", "type": "DAY", "value": "X"}]}, "timexes[0].type"),
        (
            {"timexes": [{"text": "on Monday", "occurrence": 0, "type": "DATE", "value": "X"}]},
            "timexes[0].occurrence",
        ),
        ({"quantities": [{"text": "At least 40", "value": "forty"}]}, "quantities[0].value"),
        ({"quantities": {"text": "At least 40"}}, "quantities: expected a list"),
        ({"captions": ["A girl walks past a mural"]}, "captions[0]: 'A girl"),
    ],
)
def test_load_gold_rejects_invalid_fields(
    tmp_path: Path, extra: dict[str, Any], fragment: str
) -> None:
    record = {"id": "a1", "date": DATE, "text": STORY, **extra}
    with pytest.raises(InputError, match=re.escape(fragment)) as info:
        load_gold(write_gold(tmp_path, record))
    assert info.value.line == 1


def test_load_gold_rejects_duplicate_ids_and_non_objects(tmp_path: Path) -> None:
    record = {"id": "a1", "date": DATE, "text": STORY}
    with pytest.raises(InputError, match="already used on line 1"):
        load_gold(write_gold(tmp_path, record, record))
    with pytest.raises(InputError, match="expected a JSON object"):
        load_gold(write_gold(tmp_path, "[1, 2]"))
    with pytest.raises(InputError, match="cannot read gold file"):
        load_gold(tmp_path / "missing.jsonl")


# --------------------------------------------------------------------------------------
# score: timexes and greedy matching


def test_timex_strict_and_relaxed(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, timexes=FULL_GOLD["timexes"])
    sys_article = system(
        timexes=[
            timex("on Monday", "2025-03-03"),  # exact span, right value
            timex("Monday", "2025-03-10", occurrence=2),  # inside gold span, wrong value
            timex("week", "P1W", "DURATION"),  # inside "last week", wrong type and value
            timex("days", "P1D", "DURATION"),  # not in the gold
        ]
    )
    report = score([gold], [sys_article])
    strict, relaxed = report.scores["timex.strict"], report.scores["timex.relaxed"]
    assert (strict.tp, strict.system, strict.gold) == (1, 4, 3)
    assert (relaxed.tp, relaxed.system, relaxed.gold) == (3, 4, 3)
    assert relaxed.precision == pytest.approx(0.75) and relaxed.recall == pytest.approx(1.0)
    assert report.scores["timex.type"].tp == 2  # DATE, DATE; DURATION vs DATE is wrong
    value = report.scores["timex.value"]
    assert (value.tp, value.system, value.gold) == (1, 4, 3)
    assert value.precision == pytest.approx(0.25) and value.recall == pytest.approx(1 / 3)


def test_greedy_matching_is_one_to_one_in_text_order(tmp_path: Path) -> None:
    gold = gold_one(
        tmp_path,
        timexes=[
            {"text": "talks on", "type": "DATE", "value": "X"},
            {"text": "Monday in", "type": "DATE", "value": "2025-03-03"},
        ],
    )
    # One system span overlaps both gold spans: it matches only the first in text order.
    report = score([gold], [system(timexes=[timex("on Monday", "2025-03-03")])])
    relaxed = report.scores["timex.relaxed"]
    assert (relaxed.tp, relaxed.system, relaxed.gold) == (1, 1, 2)
    assert report.scores["timex.value"].tp == 0  # paired with the first gold ("X")

    # Two system spans for one gold span: the earlier one matches, the other is a false positive.
    gold2 = gold_one(
        tmp_path, timexes=[{"text": "on Monday", "type": "DATE", "value": "2025-03-03"}]
    )
    sys2 = system(timexes=[timex("Monday", "2025-03-03"), timex("on", "2025-03-03")])
    relaxed2 = score([gold2], [sys2]).scores["timex.relaxed"]
    assert (relaxed2.tp, relaxed2.system, relaxed2.gold) == (1, 2, 1)


def test_empty_gold_list_counts_system_items_but_absent_list_does_not(tmp_path: Path) -> None:
    annotated_empty = gold_one(tmp_path, timexes=[])
    sys_article = system(timexes=[timex("on Monday", "2025-03-03")], quotes=[quote("We expect")])
    report = score([annotated_empty], [sys_article])
    strict = report.scores["timex.strict"]
    assert (strict.tp, strict.system, strict.gold) == (0, 1, 0)
    assert strict.precision == 0.0 and strict.recall == 0.0 and strict.f1 == 0.0
    # Quotes are not annotated: not scored and not printed.
    assert "quote" not in report.scores and "quote" not in report.to_table()


def test_layer_scored_only_on_articles_that_annotate_it(tmp_path: Path) -> None:
    records: list[dict[str, Any]] = [
        {
            "id": "a1",
            "date": DATE,
            "text": STORY,
            "timexes": [{"text": "last week", "type": "DATE", "value": "2025-W09"}],
        },
        {"id": "a2", "date": DATE, "text": STORY},
    ]
    gold = load_gold(write_gold(tmp_path, *records))
    sys_articles = [
        Article(
            id=i, text=STORY, date=dt.date(2025, 3, 5), timexes=[timex("last week", "2025-W09")]
        )
        for i in ("a1", "a2")
    ]
    strict = score(gold, sys_articles).scores["timex.strict"]
    assert (strict.tp, strict.system, strict.gold) == (1, 1, 1)  # a2's timex is ignored


# --------------------------------------------------------------------------------------
# captions


def test_captions_paragraph_precision_and_recall(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, captions=["A boy walks past a mural in Nairobi.", "Reuters"])
    para = STORY.split("\n\n")
    sys_article = system(
        paragraphs=[
            paragraph(0, para[0], "body"),
            paragraph(1, para[1], "boilerplate"),  # a false positive
            paragraph(2, para[2], "body"),
            paragraph(3, para[3], "caption"),  # contains the first gold caption
            paragraph(4, para[4], "body"),  # the signature is missed
        ]
    )
    caption = score([gold], [sys_article]).scores["caption"]
    assert (caption.tp, caption.system, caption.gold) == (1, 2, 2)
    assert caption.precision == pytest.approx(0.5) and caption.recall == pytest.approx(0.5)


def test_caption_paragraph_is_matched_once(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, captions=["A boy walks past a mural in Nairobi.", "Reuters"])
    start = STORY.index("A boy walks")
    merged = Paragraph(0, start, len(STORY), "caption", STORY[start:])
    part = Paragraph(1, start, start + 10, "caption", STORY[start : start + 10])
    caption = score([gold], [system(paragraphs=[merged, part])]).scores["caption"]
    # The merged paragraph contains both captions but matches one; the fragment contains none.
    assert (caption.tp, caption.system, caption.gold) == (1, 2, 2)


# --------------------------------------------------------------------------------------
# events


def test_event_detection_needs_overlap_and_an_acceptable_type(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, events=FULL_GOLD["events"])
    sys_article = system(
        events=[
            event("officials resumed talks", "CONSULT"),
            event("people were killed", "FIGHT"),  # second acceptable type
            event("police said", "ASSAULT"),  # overlaps nothing
            event("resumed talks on Monday", "MEET"),  # overlaps but a wrong type
        ]
    )
    detected = score([gold], [sys_article]).scores["event"]
    assert (detected.tp, detected.system, detected.gold) == (2, 4, 2)


def test_older_plover_names_in_the_gold_accept_the_current_ones(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, events=[{"type": ["DEMAND"], "evidence": "officials resumed talks"},
                                      {"type": "YIELD", "evidence": "people were killed"}])
    assert gold.events is not None
    assert gold.events[0].types == ("DEMAND", "REQUEST")
    assert set(gold.events[1].types) == {"YIELD", "CONCEDE", "RETREAT"}
    sys_article = system(events=[event("officials resumed talks", "REQUEST"),
                                 event("people were killed", "RETREAT")])
    detected = score([gold], [sys_article]).scores["event"]
    assert (detected.tp, detected.system, detected.gold) == (2, 2, 2)


def test_event_participants_one_to_one_by_code_or_name(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, events=FULL_GOLD["events"][:1])
    sys_event = event(
        "resumed talks",
        "CONSULT",
        actors=[actor("Kenya", "KEN"), actor("Kenyan government", "KEN"), actor("ethiopia")],
        targets=[actor("Abiy Ahmed", "ETH"), actor("Somalia", "SOM")],
    )
    report = score([gold], [system(events=[sys_event])])
    actors, targets = report.scores["event.actor"], report.scores["event.target"]
    # KEN matches the first Kenyan actor only; "ethiopia" matches ETH by name, case-insensitively.
    assert (actors.tp, actors.system, actors.gold) == (2, 3, 2)
    assert (targets.tp, targets.system, targets.gold) == (1, 2, 1)


def test_event_attributes_date_place_status(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, events=FULL_GOLD["events"])
    sys_article = system(
        events=[
            event(
                "officials resumed talks",
                "CONSULT",
                status="ongoing",
                date=EventDate("2025-W10", "week"),  # less precise than the gold day
                place=Place(0, 0, "NAIROBI", name="NAIROBI"),
            ),
            event(
                "people were killed",
                "ASSAULT",
                status="occurred",
                date=EventDate("2025-02-26", "day"),  # a day inside gold 2025-W09
                place=Place(0, 0, "Moyale", name="Moyale", gazetteer_id="GEONAMES:1"),
            ),
        ]
    )
    report = score([gold], [sys_article])
    assert (report.accuracies["event.date"].correct, report.accuracies["event.date"].total) == (
        1,
        2,
    )
    assert report.accuracies["event.place"].accuracy == 1.0  # name; gazetteer id
    assert report.accuracies["event.status"].accuracy == 0.5


def test_event_attributes_absent_from_gold_are_skipped(tmp_path: Path) -> None:
    bare = [{"type": ["CONSULT"], "evidence": "officials resumed talks"}]
    gold = gold_one(tmp_path, events=bare)
    sys_event = event(
        "resumed talks",
        "CONSULT",
        actors=[actor("Kenya", "KEN")],
        date=EventDate("2025-03-03", "day"),
    )
    report = score([gold], [system(events=[sys_event])])
    assert report.scores["event"].f1 == 1.0
    actor_score = report.scores["event.actor"]
    assert (actor_score.tp, actor_score.system, actor_score.gold) == (0, 0, 0)
    assert actor_score.f1 is None
    assert report.accuracies["event.date"].total == 0
    assert report.accuracies["event.date"].accuracy is None
    assert "n/a" in report.to_table()


@pytest.mark.parametrize(
    ("system_value", "gold_value", "expected"),
    [
        ("2024-02-14", "2024-02-14", True),
        ("2024-02-14", "2024-02", True),
        ("2024-02-14", "2024-W07", True),  # Mon 12 - Sun 18 February 2024
        ("2024-02-19", "2024-W07", False),
        ("2024-02-17", "2024-W07-WE", True),
        ("2024-02-16", "2024-W07-WE", False),
        ("2024-W07", "2024-02", True),
        ("2024-W05", "2024-02", False),  # 29 January - 4 February straddles the month
        ("2024-02", "2024-02-14", False),  # less precise than gold
        ("2024-02-13TNI", "2024-02-13", True),
        ("2024-02-13T21:30", "2024-02-13T21", True),
        ("2024-02-13TNI", "2024-02-13T21", False),
        ("2024-05-02", "2024-Q2", True),
        ("2024-07-02", "2024-H1", False),
        ("2024", "202", True),
        ("1999", "202", False),
        ("1987-06", "19", True),
        ("2024-02-14", "2024-XX-14", False),
        ("PAST_REF", "past_ref", True),
        ("2024-02-10", "PAST_REF", False),
        ("2024-13", "2024-Q4", False),  # not a month: no calendar containment
        (None, "2024-02", False),
        ("", "2024-02", False),
    ],
)
def test_date_within(system_value: str | None, gold_value: str, expected: bool) -> None:
    assert date_within(system_value, gold_value) is expected


# --------------------------------------------------------------------------------------
# quotes


def test_quote_overlap_threshold_is_half_of_the_shorter(tmp_path: Path) -> None:
    # Gold content: 6 word tokens "We expect an agreement within days".
    gold = gold_one(tmp_path, quotes=[{"content": "We expect an agreement within days"}])
    half = quote("agreement within days,\u201d Foreign Minister Amina")  # 3 of 6 shared; 6 tokens
    assert score([gold], [system(quotes=[half])]).scores["quote"].tp == 1
    less = quote("within days,\u201d Foreign Minister Amina Odhiambo")  # 2 shared of 6
    assert score([gold], [system(quotes=[less])]).scores["quote"].tp == 0
    # A short system span inside a long gold span: shorter is the system one, fully shared.
    short = quote("agreement")
    assert score([gold], [system(quotes=[short])]).scores["quote"].tp == 1
    # Quotation marks and commas are not tokens: no shared word, no match.
    marks = quote(",\u201d")
    assert score([gold], [system(quotes=[marks])]).scores["quote"].tp == 0


def test_quote_attributes(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, quotes=FULL_GOLD["quotes"])
    sys_article = system(
        quotes=[
            quote(
                "We expect an agreement within days",
                speaker="Odhiambo",
                speaker_actor="Amina Odhiambo",
                cue="Told",
                direct=True,
            ),
            quote(
                "At least 40 people were killed",
                speaker="the police chief",
                cue="stated",
                direct=True,
            ),
        ]
    )
    report = score([gold], [sys_article])
    assert report.scores["quote"].tp == 2
    # "Odhiambo" is contained in an acceptable name; "the police chief" contains "police".
    assert report.accuracies["quote.speaker"].accuracy == 1.0
    assert report.accuracies["quote.cue"].correct == 1  # "Told" == "told"; "stated" != "said"
    assert report.accuracies["quote.direct"].correct == 1


def test_speaker_matching_is_case_insensitive_on_whole_words() -> None:
    acceptable = ["the presidential office", "he"]
    assert speaker_matches("The Presidential Office", acceptable)
    assert speaker_matches("presidential office", acceptable)  # contained
    assert speaker_matches("a spokesman for the presidential office", acceptable)  # contains
    assert not speaker_matches("the", ["he"])
    assert not speaker_matches("office staff", acceptable)
    assert not speaker_matches(None, acceptable)
    assert not speaker_matches("  ", acceptable)


def test_quote_speaker_actor_is_a_fallback(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, quotes=FULL_GOLD["quotes"][:1])
    sys_quote = quote(
        "We expect an agreement within days", speaker="the minister", speaker_actor="Amina Odhiambo"
    )
    assert score([gold], [system(quotes=[sys_quote])]).accuracies["quote.speaker"].correct == 1
    no_speaker = quote("We expect an agreement within days")
    assert score([gold], [system(quotes=[no_speaker])]).accuracies["quote.speaker"].correct == 0


# --------------------------------------------------------------------------------------
# quantities


def test_quantities(tmp_path: Path) -> None:
    gold = gold_one(
        tmp_path,
        quantities=[
            {"text": "At least 40", "value": 40, "bound": "min"},
            {"text": "days", "value": 2},
        ],
    )
    sys_article = system(quantities=[quantity("40 people", 40.0, "exact"), quantity("Monday", 1.0)])
    report = score([gold], [sys_article])
    detected = report.scores["quantity"]
    assert (detected.tp, detected.system, detected.gold) == (1, 2, 2)
    assert report.accuracies["quantity.value"].accuracy == 1.0
    assert report.accuracies["quantity.bound"].accuracy == 0.0


def test_money_counts_only_where_the_gold_marks_it(tmp_path: Path) -> None:
    # (the gold counts counts; some golds count dollars too: an amount of money scores where
    # the gold marks one and is no false positive where it does not)
    def money(needle: str) -> Quantity:
        start, end = span(STORY, needle)
        return Quantity(start, end, needle, 40.0, "min", kind="money")

    marked = gold_one(tmp_path, quantities=[{"text": "At least 40", "value": 40, "bound": "min"}])
    detected = score([marked], [system(quantities=[money("At least 40")])]).scores["quantity"]
    assert (detected.tp, detected.system, detected.gold) == (1, 1, 1)
    unmarked = gold_one(tmp_path, quantities=[{"text": "days", "value": 2}])
    detected = score([unmarked], [system(quantities=[money("At least 40")])]).scores["quantity"]
    assert (detected.tp, detected.system, detected.gold) == (0, 0, 1)


# --------------------------------------------------------------------------------------
# pairing, perfect system, report


def test_perfect_system_scores_one_everywhere(tmp_path: Path) -> None:
    second = (
        "Ghana's parliament approved a budget of about 3 billion cedis on Thursday, "
        "lawmakers said.\n\nAFP"
    )
    records = [
        {"id": "a1", "date": DATE, "text": STORY, **FULL_GOLD},
        {
            "id": "a2",
            "date": "2025-03-07",
            "text": second,
            "captions": ["AFP"],
            "timexes": [{"text": "on Thursday", "type": "DATE", "value": "2025-03-06"}],
            "events": [
                {
                    "type": ["APPROVE"],
                    "evidence": "parliament approved a budget",
                    "actors": [["GHA", "Parliament of Ghana"]],
                    "targets": [],
                    "date": "2025-03-06",
                    "status": "occurred",
                }
            ],
            "quotes": [],
            "quantities": [{"text": "about 3 billion", "value": 3e9, "bound": "approx"}],
        },
    ]
    gold = load_gold(write_gold(tmp_path, *records))
    report = score(gold, [perfect(g) for g in gold])
    assert report.order == [
        "caption",
        "timex.strict",
        "timex.relaxed",
        "timex.type",
        "timex.value",
        "event",
        "event.actor",
        "event.target",
        "event.date",
        "event.place",
        "event.status",
        "quote",
        "quote.speaker",
        "quote.cue",
        "quote.direct",
        "quantity",
        "quantity.value",
        "quantity.bound",
    ]
    for s in report.scores.values():
        assert (s.name, s.precision, s.recall, s.f1) == (s.name, 1.0, 1.0, 1.0)
        assert s.gold > 0
    for a in report.accuracies.values():
        assert (a.name, a.accuracy) == (a.name, 1.0)
    # Matching by position when ids differ gives the same result.
    renamed = [perfect(g) for g in gold]
    for i, article in enumerate(renamed):
        article.id = f"other-{i}"
    assert score(gold, renamed).to_dict() == report.to_dict()


def test_pairing_errors(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path, {"id": "a1", "date": DATE, "text": STORY, "timexes": []}))
    with pytest.raises(ValueError, match="cannot be paired"):
        score(gold, [])
    with pytest.raises(ValueError, match="different texts"):
        score(gold, [Article(id="a1", text=STORY + " ", date=dt.date(2025, 3, 5))])


def test_report_table_and_json(tmp_path: Path) -> None:
    gold = gold_one(tmp_path, timexes=FULL_GOLD["timexes"], quantities=FULL_GOLD["quantities"])
    report = score([gold], [system(timexes=[timex("on Monday", "2025-03-03")])])
    table = report.to_table()
    lines = table.splitlines()
    assert lines[0] == "articles: 1"
    assert lines[1].split() == ["metric", "P", "R", "F1", "acc", "counts"]
    assert [line.split()[0] for line in lines[2:]] == [
        "timex.strict",
        "timex.relaxed",
        "timex.type",
        "timex.value",
        "quantity",
        "quantity.value",
        "quantity.bound",
    ]
    assert lines[2].split() == ["timex.strict", "1.000", "0.333", "0.500", "1/1/3"]
    assert lines[7].split() == ["quantity.value", "n/a", "0/0"]
    # Columns are aligned: every P value ends at the same column as the header's "P".
    p_end = lines[1].index(" P ") + 2
    assert all(line[p_end - 5 : p_end] in ("1.000", "0.000", "     ") for line in lines[2:])
    assert "event" not in table and "caption" not in table
    data = json.loads(report.to_json())
    assert data == report.to_dict()
    assert data["metrics"]["timex.strict"] == {
        "precision": 1.0,
        "recall": pytest.approx(1 / 3),
        "f1": pytest.approx(0.5),
        "tp": 1,
        "system": 1,
        "gold": 3,
    }
    assert data["metrics"]["quantity.value"] == {"accuracy": None, "correct": 0, "total": 0}


# --------------------------------------------------------------------------------------
# evaluate


class EchoGold:
    """A fake analyzer that returns the gold annotation of each text it is given."""

    def __init__(self, gold: list[GoldArticle]) -> None:
        self.by_text = {g.text: g for g in gold}
        self.seen: list[Article] = []

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.seen.append(article)
            yield perfect(self.by_text[article.text])


def test_evaluate_runs_the_analyzer_on_gold_texts_and_dates(tmp_path: Path) -> None:
    path = write_gold(tmp_path, {"id": "a1", "date": DATE, "text": STORY, **FULL_GOLD})
    fake = EchoGold(load_gold(path))
    report = evaluate(path, analyzer=fake)
    (seen,) = fake.seen
    assert (seen.id, seen.date, seen.date_source, seen.text) == (
        "a1",
        dt.date(2025, 3, 5),
        "json",
        STORY,
    )
    assert report.scores["event"].f1 == 1.0


def test_evaluate_with_a_real_analyzer_without_layers(tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    from dateline.pipeline import Analyzer

    path = write_gold(
        tmp_path, {"id": "a1", "date": DATE, "text": STORY, "timexes": FULL_GOLD["timexes"]}
    )
    report = evaluate(path, analyzer=Analyzer(nlp=spacy.blank("en")))
    relaxed = report.scores["timex.relaxed"]
    assert (relaxed.tp, relaxed.system, relaxed.gold) == (0, 0, 3)
    assert relaxed.recall == 0.0 and isinstance(report, Report)


# --------------------------------------------------------------------------------------
# the worked example in docs/evaluation.md stays true


def _block(markdown: str, lang: str) -> str:
    """The first ``lang`` code block of the worked-example section."""
    assert "## Worked example" in markdown
    section = markdown.split("## Worked example", 1)[1]
    match = re.search(rf"```{lang}\n(.*?)```", section, re.DOTALL)
    assert match, f"no {lang} block in {DOCS}"
    return match.group(1)


def test_docs_worked_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    markdown = DOCS.read_text(encoding="utf-8")
    record = json.loads(_block(markdown, "json"))
    (tmp_path / "example.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with redirect_stdout(out):
        exec(compile(_block(markdown, "python"), str(DOCS), "exec"), {})  # noqa: S102 - our own docs
    assert out.getvalue().strip() == _block(markdown, "text").strip()
