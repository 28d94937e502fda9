"""The optional LLM event coder, against a small local fake OpenAI-compatible server."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from dateline.config import load_settings
from dateline.llm import RESPONSE_SCHEMA, LLMError, LLMSettings, parse_answer
from dateline.pipeline import Analyzer

TEXT = ("N'DJAMENA, June 9 - Chadian and Sudanese officials held talks in N'Djamena on Monday "
        "about the border, the foreign ministry said. Chad opened its eastern border to "
        "refugees fleeing the fighting in Darfur on Tuesday.")
DAY = "2025-06-11"

GOOD = {"type": "AID", "status": "occurred", "trigger": "opened",
        "evidence": "Chad opened its eastern border to refugees fleeing the fighting in Darfur",
        "actors": [{"name": "Chad", "country": "TCD"}], "targets": [{"name": "refugees"}]}
INVENTED = {"type": "ASSAULT", "status": "occurred", "trigger": "shelled",
            "evidence": "Sudanese artillery shelled the camp", "actors": [], "targets": []}
INVALID = {"type": "BOMBARD", "status": "occurred", "trigger": "held", "evidence": "held talks"}
DUPLICATE = {"type": "CONSULT", "status": "occurred", "trigger": "talks",
             "evidence": "Chadian and Sudanese officials held talks in N'Djamena on Monday",
             "actors": [{"name": "Chadian officials", "country": "TCD"}], "targets": []}


class _Fake(BaseHTTPRequestHandler):
    answer: str = ""
    status: int = 200
    requests: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        type(self).requests.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                    "body": json.loads(self.rfile.read(length))})
        body = json.dumps({"id": "x", "object": "chat.completion", "choices": [
            {"index": 0, "message": {"role": "assistant", "content": type(self).answer},
             "finish_reason": "stop"}]}).encode()
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    _Fake.answer = json.dumps({"events": [GOOD, INVENTED, INVALID, DUPLICATE]})
    _Fake.status = 200
    _Fake.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


def test_llm_events_are_validated_grounded_and_merged(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_KEY", "sekret")
    embedded = Analyzer().analyze(TEXT, date=DAY).events
    analyzer = Analyzer(llm=LLMSettings(server, "tiny", api_key_env="FAKE_KEY"))
    events = analyzer.analyze(TEXT, date=DAY).events
    request = _Fake.requests[-1]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer sekret"
    body = request["body"]
    assert body["model"] == "tiny"
    assert body["response_format"]["json_schema"]["schema"] == RESPONSE_SCHEMA
    assert body["messages"][-1]["content"] == TEXT and DAY in body["messages"][0]["content"]
    # Union: the embedded events stay; the invented, the invalid and the already-found are
    # not added; the new one is.
    assert [e.evidence for e in events[:len(embedded)]] == [e.evidence for e in embedded]
    added = events[len(embedded):]
    assert [e.type for e in added] == ["AID"]
    aid = added[0]
    assert aid.trigger == "opened" and TEXT[aid.start:aid.end] == aid.evidence
    # Worked out by the embedded coder's code: participants from the actors layer, the
    # date from the clause, the place, the CAMEO code.
    assert [a.country for a in aid.actors] == ["TCD"] and aid.actors[0].text == "Chad"
    assert aid.date is not None and aid.date.value == "2025-06-10"
    assert aid.place is not None and aid.place.name == "Darfur"
    assert "humanitarian" in aid.contexts and aid.cameo == "073"  # refugees


def test_replace_keeps_only_the_models_events(server: str) -> None:
    analyzer = Analyzer(llm=LLMSettings(server, merge="replace"))
    events = analyzer.analyze(TEXT, date=DAY).events
    assert sorted(e.type for e in events) == ["AID", "CONSULT"]


def test_endpoint_failure_keeps_embedded_events(server: str, caplog: pytest.LogCaptureFixture) -> None:
    _Fake.status = 500
    analyzer = Analyzer(llm=LLMSettings(server))
    with caplog.at_level(logging.WARNING, logger="dateline.llm"):
        events = analyzer.analyze(TEXT, date=DAY).events
    assert events == Analyzer().analyze(TEXT, date=DAY).events
    assert "HTTP 500" in caplog.text and "embedded events kept" in caplog.text


def test_answers_that_are_not_json_are_refused() -> None:
    with pytest.raises(LLMError, match="answer is not JSON"):
        parse_answer("Sure! Here are the events: ...")
    with pytest.raises(LLMError, match="no 'events' list"):
        parse_answer('{"items": []}')
    fenced = "```json\n" + json.dumps({"events": [GOOD]}) + "\n```"
    assert [e.type for e in parse_answer(fenced)] == ["AID"]


def test_settings_from_toml_and_off_by_default(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_LLM_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert load_settings().llm is None
    (tmp_path / "dateline.toml").write_text(
        '[llm]\nurl = "http://127.0.0.1:8080/v1"\nmodel = "qwen"\nmerge = "replace"\n',
        encoding="utf-8")
    settings = load_settings().llm
    assert settings == LLMSettings("http://127.0.0.1:8080/v1", "qwen", merge="replace")
