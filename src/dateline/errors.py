"""Exceptions with numbered, searchable codes.

Each error says what went wrong and what to do. Codes are stable: ``E001`` will always
mean a missing spaCy pipeline, so a user can search for it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CueModelError",
    "DatelineError",
    "InputError",
    "ModelNotFoundError",
    "Rejection",
    "SchemaVersionError",
    "StorageError",
]


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ModelNotFoundError(DatelineError):
    """The spaCy pipeline named in the options or config is not installed."""

    code = "E001"


class CueModelError(DatelineError):
    """A cue model file (``cues.py``) that cannot be read: missing, not gzipped JSON, or
    of another format version. Retrain it with ``dateline train cues`` or point
    ``cue_model_path`` at a good one."""

    code = "E006"


class InputError(DatelineError):
    """An input could not be read as an article (empty, binary, undated, malformed ...)."""

    code = "E002"

    def __init__(self, message: str, *, origin: str | None = None, line: int | None = None) -> None:
        self.origin = origin
        self.line = line
        self.reason = message
        where = origin or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class StorageError(DatelineError):
    """The database could not be opened or written."""

    code = "E003"


class SchemaVersionError(StorageError):
    """The database was written by a newer dateline, or needs an upgrade that cannot run."""

    code = "E004"


@dataclass(frozen=True)
class Rejection:
    """An input (or one line of it) that was not ingested, and why."""

    origin: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.reason}"

    @classmethod
    def from_error(cls, error: InputError) -> Rejection:
        return cls(origin=error.origin or "<input>", reason=error.reason, line=error.line)
