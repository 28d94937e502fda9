"""Docs that are tested: the CLI reference is current and every public name is documented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import dateline
from dateline.pipeline import LAYERS, factory_name

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def test_readme_starts_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text().splitlines()[:6]
    commands = [line.split("#")[0].strip() for line in head if line.startswith("make ")]
    assert commands == ["make run", "make test"]


def test_cli_reference_is_current() -> None:
    spec = importlib.util.spec_from_file_location("gen_cli", DOCS / "gen_cli.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "cli.md").read_text() == module.render(), "run `make docs`"


def test_public_api_is_documented() -> None:
    text = (DOCS / "api.md").read_text() + (DOCS / "model.md").read_text()
    for name in dateline.__all__:
        if name.startswith("__"):
            continue
        assert f"`{name}" in text or f"dateline.{name}" in text, f"{name} is not in docs/"


def test_every_layer_is_documented() -> None:
    text = (DOCS / "pipeline.md").read_text()
    for layer in LAYERS:
        assert factory_name(layer) in text
        assert f"{layer}.py" in text
