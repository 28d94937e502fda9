"""Quality gate: the pipeline scored on the project's hand-checked gold (tests/gold/dev.jsonl).

Each metric has a pinned floor a little under the score measured when it was set. Raising a
floor is a one-line change; lowering one needs an explicit, reviewed edit with the reason in
the commit message. Measure with: ``dateline eval tests/gold/dev.jsonl``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate import Report, evaluate
from dateline.pipeline import Analyzer

GOLD = Path(__file__).parent / "gold" / "dev.jsonl"

#: F1 floors for detection metrics, accuracy floors for attribute metrics.
#: Measured on 2026-11-25 (6 articles): caption 1.00, timex strict 0.98, value 0.98, event 0.82,
#: actor 0.75, target 0.51, date 0.88, place 0.70, status 0.93, quote 0.93, speaker 0.96,
#: cue 0.98, quantity 0.90, value 1.00, bound 1.00.
FLOORS: dict[str, float] = {
    "caption": 0.95,
    "timex.strict": 0.95,
    "timex.relaxed": 0.95,
    "timex.type": 0.95,
    "timex.value": 0.95,
    "event": 0.75,
    "event.actor": 0.79,
    "event.target": 0.45,
    "event.date": 0.95,
    "event.place": 0.78,
    "event.status": 0.85,
    "quote": 0.92,
    "quote.speaker": 0.95,
    "quote.cue": 0.96,
    "quote.direct": 0.96,
    "quantity": 0.95,
    "quantity.value": 0.95,
    "quantity.bound": 0.95,
}


@pytest.fixture(scope="module")
def report(analyzer: Analyzer) -> Report:
    return evaluate(GOLD, analyzer)


def _value(report: Report, name: str) -> float | None:
    if name in report.scores:
        return report.scores[name].f1
    return report.accuracies[name].accuracy


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_layer_meets_its_floor(report: Report, metric: str) -> None:
    assert metric in report.order, f"the gold no longer scores {metric}"
    value = _value(report, metric)
    assert value is not None, f"{metric}: nothing to score"
    assert value >= FLOORS[metric], (
        f"{metric} fell to {value:.3f}, below its floor {FLOORS[metric]:.2f}\n{report.to_table()}")


def test_every_scored_metric_has_a_floor(report: Report) -> None:
    assert set(report.order) <= set(FLOORS), set(report.order) - set(FLOORS)
