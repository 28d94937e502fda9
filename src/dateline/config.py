"""Settings: where the database is and which spaCy pipeline to use.

Resolved in this order, first found wins: an explicit argument (CLI option), an environment
variable (``DATELINE_DB``, ``DATELINE_MODEL``), a ``dateline.toml`` file in the working
directory (``[dateline]`` table with ``db`` and ``model`` keys), then the defaults.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_DB", "Settings", "load_settings"]

DEFAULT_DB = "dateline.db"
CONFIG_FILE = "dateline.toml"


@dataclass(frozen=True)
class Settings:
    """Resolved settings; ``model`` None means the first installed default pipeline."""

    db: str = DEFAULT_DB
    model: str | None = None


def load_settings(
    db: str | None = None, model: str | None = None, config: str | Path | None = None
) -> Settings:
    """Resolve settings from arguments, environment, ``dateline.toml`` and defaults."""
    table: dict[str, object] = {}
    path = Path(config) if config else Path(CONFIG_FILE)
    if path.is_file():
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
        section = raw.get("dateline", {})
        if isinstance(section, dict):
            table = section
    elif config:
        raise FileNotFoundError(f"config file {path} does not exist")

    def pick(arg: str | None, env: str, key: str) -> str | None:
        if arg:
            return arg
        if os.environ.get(env):
            return os.environ[env]
        value = table.get(key)
        return str(value) if value else None

    return Settings(
        db=pick(db, "DATELINE_DB", "db") or DEFAULT_DB,
        model=pick(model, "DATELINE_MODEL", "model"),
    )
