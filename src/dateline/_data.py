"""Read the knowledge files shipped in ``dateline/data`` (or a user's replacement)."""

from __future__ import annotations

from importlib import resources

__all__ = ["read_data"]


def read_data(name: str, path: str | None = None) -> str:
    """The text of ``path`` when given, else of the packaged ``data/<name>``."""
    if path is None:
        return resources.files("dateline").joinpath(f"data/{name}").read_text("utf-8")
    with open(path, encoding="utf-8") as handle:
        return handle.read()
