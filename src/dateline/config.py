"""Settings: where the database is and which spaCy pipeline to use.

Resolved in this order, first found wins: an explicit argument (CLI option), an environment
variable (``DATELINE_DB``, ``DATELINE_MODEL``), a ``dateline.toml`` file in the working
directory (``[dateline]`` table with ``db`` and ``model`` keys), then the defaults.

The optional LLM event coder is set in the same file's ``[llm]`` table (``url``, ``model``,
``api_key_env``, ``timeout``, ``merge``) or with ``DATELINE_LLM_URL``/``DATELINE_LLM_MODEL``;
it stays off while no URL is set.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_DB", "Settings", "load_settings"]

DEFAULT_DB = "dateline.db"
CONFIG_FILE = "dateline.toml"


@dataclass(frozen=True)
class Settings:
    """Resolved settings; ``model`` None means the first installed default pipeline."""

    db: str = DEFAULT_DB
    model: str | None = None
    #: Settings of the optional LLM event coder (``llm.LLMSettings``); None when off.
    llm: Any = None


def load_settings(
    db: str | None = None, model: str | None = None, config: str | Path | None = None,
    llm_url: str | None = None, llm_model: str | None = None,
) -> Settings:
    """Resolve settings from arguments, environment, ``dateline.toml`` and defaults."""
    table: dict[str, object] = {}
    llm_table: dict[str, object] = {}
    path = Path(config) if config else Path(CONFIG_FILE)
    if path.is_file():
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
        section = raw.get("dateline", {})
        if isinstance(section, dict):
            table = section
        llm_section = raw.get("llm", {})
        if isinstance(llm_section, dict):
            llm_table = llm_section
    elif config:
        raise FileNotFoundError(f"config file {path} does not exist")

    def pick(arg: str | None, env: str, key: str) -> str | None:
        if arg:
            return arg
        if os.environ.get(env):
            return os.environ[env]
        value = table.get(key)
        return str(value) if value else None

    url = llm_url or os.environ.get("DATELINE_LLM_URL") or llm_table.get("url")
    llm = None
    if url:
        from .llm import LLMSettings  # late: only when the LLM coder is wanted

        options: dict[str, Any] = {k: v for k, v in llm_table.items()
                                   if k in ("api_key_env", "timeout", "merge", "temperature")}
        name = llm_model or os.environ.get("DATELINE_LLM_MODEL") or llm_table.get("model")
        llm = LLMSettings(str(url), str(name or "default"), **options)
    return Settings(
        db=pick(db, "DATELINE_DB", "db") or DEFAULT_DB,
        model=pick(model, "DATELINE_MODEL", "model"),
        llm=llm,
    )
