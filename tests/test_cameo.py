"""PLOVER modes and contexts of events, and their CAMEO codes through the cross-walk."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.cameo import cameo_code, load_crosswalk, read_crosswalk
from dateline.errors import InputError
from dateline.model import Event
from dateline.pipeline import Analyzer, load_pipeline

DAY = "2025-06-11"

# Lines in the layout of PLOVER's CAMEO2PLOVER text table (codes and types are CAMEO's and
# PLOVER's; the table is ours).
CROSSWALK = """\
# a comment line
04: CONSULT
040: CONSULT, ,  # Consult
041: CONSULT, phone,   # Discuss by telephone
044: CONSULT, third-party,   # Meet at a third location
07: AID
070: AID,   ,  # Provide aid
073: AID,   ,   humanitarian # Provide humanitarian aid
09: ACCUSE
090: ACCUSE, investigate,  # Investigate
110: ACCUSE, disapprove,    # Disapprove
112: ACCUSE, disapprove,    # Accuse
1121: ACCUSE, allege, crime; corruption # Accuse of crime, corruption
"""


def test_crosswalk_is_read_and_ranked(tmp_path: Path) -> None:
    path = tmp_path / "walk.txt"
    path.write_text(CROSSWALK, encoding="utf-8")
    rows = read_crosswalk(path)
    assert [r.code for r in rows] == ["040", "041", "044", "070", "073", "090", "110", "112", "1121"]
    assert rows[-1].contexts == ("crime", "corruption") and rows[-1].mode == "allege"
    assert cameo_code("CONSULT", None, crosswalk=rows) == "040"
    assert cameo_code("CONSULT", "phone", crosswalk=rows) == "041"
    assert cameo_code("AID", None, ["humanitarian"], crosswalk=rows) == "073"
    assert cameo_code("AID", None, ["military"], crosswalk=rows) == "070"
    assert cameo_code("ACCUSE", "disapprove", crosswalk=rows) == "110"  # the family's root
    assert cameo_code("ACCUSE", "allege", ["corruption"], crosswalk=rows) == "1121"
    assert cameo_code("PROTEST", crosswalk=rows) is None
    # A path ending in .txt is read in PLOVER's layout.
    assert [r.code for r in load_crosswalk(str(path))] == [r.code for r in rows]


def test_crosswalk_line_without_type_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("04: CONSULT\n040: , phone # no type\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.txt:2: CAMEO code 040 has no PLOVER type"):
        read_crosswalk(path)


def test_packaged_crosswalk_covers_every_plover_type() -> None:
    rows = load_crosswalk()
    assert len(rows) > 250
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert {r.type for r in rows} == types
    assert all(cameo_code(t) is not None for t in types)
    assert cameo_code("RETREAT", "release") == "0841"


def _one(analyzer: Analyzer, text: str, type_: str) -> Event:
    found = [e for e in analyzer.analyze(text, date=DAY).events if e.type == type_]
    assert len(found) == 1, found
    return found[0]


def test_modes_contexts_and_cameo_on_events(analyzer: Analyzer) -> None:
    call = _one(analyzer, "The Turkish president spoke by phone with his Russian counterpart on "
                          "Monday about a ceasefire in the Black Sea, his office said.", "CONSULT")
    assert call.mode == "phone" and "ceasefire" in call.contexts and call.cameo == "041"
    strike = _one(analyzer, "Sudanese army warplanes bombed a market in Nyala on Tuesday.",
                  "ASSAULT")
    assert strike.mode == "aerial" and "military" in strike.contexts
    talks = _one(analyzer, "Ethiopian and Eritrean negotiators met in Nairobi on Tuesday to "
                           "discuss the release of prisoners.", "CONSULT")
    # Neither side's country: a meeting at a third location.
    assert talks.mode == "third-party" and talks.cameo == "044"
    assert "hostages_prisoners" in talks.contexts
    blame = _one(analyzer, "The Malian junta criticised the regional bloc on Friday.", "ACCUSE")
    assert blame.mode == "disapprove" and blame.cameo == "110"  # the table's default mode


def test_user_mode_and_context_tables_change_results(tmp_path: Path) -> None:
    modes = tmp_path / "modes.csv"
    modes.write_text("type,mode,cue,source\nCONSULT,multilateral,ministers,test\n", encoding="utf-8")
    contexts = tmp_path / "contexts.csv"
    contexts.write_text("context,cue,source\nwater,dam,test\n", encoding="utf-8")
    nlp = load_pipeline()
    nlp.replace_pipe("events", "dateline_events_v1",
                     config={"modes_path": str(modes), "contexts_path": str(contexts)})
    article = Analyzer(nlp=nlp).analyze(
        "Foreign ministers met in Addis Ababa on Monday over the Nile dam.", date=DAY)
    meeting = next(e for e in article.events if e.type == "CONSULT")
    assert meeting.mode == "multilateral" and meeting.contexts == ["water"]
