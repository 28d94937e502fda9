"""Write tables in the formats the ecosystem reads: aligned text, CSV, JSON Lines, JSON, Parquet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, TextIO

import pandas as pd

__all__ = ["FORMATS", "Format", "write_frame"]

Format = Literal["table", "csv", "nl", "json", "parquet"]
FORMATS: tuple[str, ...] = ("table", "csv", "nl", "json", "parquet")


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    # Round-trip through pandas' JSON writer so NaN becomes null and numpy types become plain.
    result: list[dict[str, object]] = json.loads(frame.to_json(orient="records", force_ascii=False))
    return result


def write_frame(
    frame: pd.DataFrame,
    fmt: Format,
    stream: TextIO | None = None,
    path: str | Path | None = None,
    max_width: int = 60,
) -> None:
    """Write ``frame`` as ``fmt`` to ``stream`` (text formats) or ``path`` (required for Parquet)."""
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet is a binary format: give a file path")
        frame.to_parquet(path, index=False)
        return
    if path is not None:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            write_frame(frame, fmt, handle, max_width=max_width)
        return
    if stream is None:
        raise ValueError("give a stream or a path")
    if fmt == "csv":
        frame.to_csv(stream, index=False)
    elif fmt == "nl":
        for record in _records(frame):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "json":
        stream.write(json.dumps(_records(frame), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "table":
        if frame.empty:
            stream.write("(no rows)\n")
            return
        shown = frame.copy()
        for column in shown.columns:
            if shown[column].dtype == object:
                shown[column] = shown[column].map(
                    lambda v: v if not isinstance(v, str) or len(v) <= max_width
                    else v[: max_width - 1] + "…"
                )
        stream.write(shown.to_string(index=False, na_rep="") + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
