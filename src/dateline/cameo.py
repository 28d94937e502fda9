"""CAMEO codes for PLOVER events, through the PLOVER project's CAMEO cross-walk.

Users of GDELT-style data think in CAMEO codes ("046" engage in negotiation). The cross-walk
(``CAMEO2PLOVER-2021.txt``, PLOVER manual draft 0.8) maps each CAMEO code to a PLOVER type,
mode and contexts; :func:`cameo_code` reads it backwards. The packaged
``data/cameo_plover.csv`` is that table read by :func:`read_crosswalk`; pass another
cross-walk to :func:`load_crosswalk` to use a newer one.

Of the codes of the event's type, the one chosen has (in this order) the event's mode (an
event with no mode prefers codes with none), the most of the event's contexts, a CAMEO root
(three digits ending in 0, the code for the whole family), then the shortest, then the
lowest code.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ._data import read_data
from .errors import InputError

__all__ = ["CameoRow", "cameo_code", "load_crosswalk", "read_crosswalk"]

_LINE = re.compile(r"^(?P<code>\d{2,4})\s*:\s*(?P<body>[^#]*?)\s*(?:#\s*(?P<label>.*))?$")


@dataclass(frozen=True)
class CameoRow:
    """One CAMEO code and the PLOVER type, mode and contexts it converts to."""

    code: str
    type: str
    mode: str
    contexts: tuple[str, ...]
    label: str


def read_crosswalk(path: str | Path) -> list[CameoRow]:
    """Read PLOVER's CAMEO-to-PLOVER text table (``code: TYPE, mode, contexts # label``).

    Two-digit family headers (``04: CONSULT``) and comments are skipped; a line that names
    a code but not a type is an :class:`~dateline.errors.InputError` naming file and line.
    """
    rows: list[CameoRow] = []
    text = Path(path).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        match = _LINE.match(line.strip())
        if match is None or len(match["code"]) == 2:
            continue
        parts = [p.strip() for p in match["body"].split(",")]
        if not parts or not parts[0].isalpha():
            raise InputError(f"CAMEO code {match['code']} has no PLOVER type", origin=str(path),
                             line=lineno)
        mode = parts[1] if len(parts) > 1 else ""
        contexts = tuple(c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";")
                         if c.strip())
        rows.append(CameoRow(match["code"], parts[0].upper(), mode, contexts,
                             (match["label"] or "").strip()))
    return rows


def write_crosswalk(rows: Iterable[CameoRow], path: str | Path) -> None:
    """Write ``rows`` as the packaged CSV (``code,type,mode,contexts,label``)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "type", "mode", "contexts", "label"])
        for row in rows:
            writer.writerow([row.code, row.type, row.mode, ";".join(row.contexts), row.label])


@lru_cache(maxsize=4)
def load_crosswalk(path: str | None = None) -> tuple[CameoRow, ...]:
    """The packaged cross-walk, or ``path``: PLOVER's ``.txt`` table or our CSV."""
    if path is not None and not path.endswith(".csv"):
        return tuple(read_crosswalk(path))
    reader = csv.DictReader(io.StringIO(read_data("cameo_plover.csv", path)))
    return tuple(CameoRow(r["code"], r["type"], r["mode"],
                          tuple(c for c in r["contexts"].split(";") if c), r["label"])
                 for r in reader)


def cameo_code(type: str, mode: str | None = None, contexts: Sequence[str] = (),
               crosswalk: Sequence[CameoRow] | None = None) -> str | None:
    """The CAMEO code that best stands for a PLOVER event; None for a type it lacks.

    >>> cameo_code("CONSULT", "phone")
    '041'
    >>> cameo_code("AID", None, ["humanitarian"])
    '073'
    """
    rows = [r for r in (crosswalk or load_crosswalk()) if r.type == type.upper()]
    if not rows:
        return None
    wanted = set(contexts)

    def rank(row: CameoRow) -> tuple[int, int, int, int, str]:
        root = len(row.code) == 3 and row.code.endswith("0")
        return (-(row.mode == (mode or "")), -len(wanted & set(row.contexts)),
                -root, len(row.code), row.code)

    return min(rows, key=rank).code
