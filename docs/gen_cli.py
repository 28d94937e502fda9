"""Generate docs/cli.md from the click commands' own help (run: make docs)."""

from __future__ import annotations

from typing import Any

import click

from dateline.cli import main


def render() -> str:
    # A fixed width, so the reference does not depend on the terminal that generated it.
    # The command's own settings (``-h``) apply as they do when the CLI runs.
    settings = {**main.context_settings, "terminal_width": 88, "max_content_width": 88}
    ctx = click.Context(main, info_name="dateline", **settings)
    parts = ["# CLI reference", "", "Generated from the commands' help by `make docs`; do not edit.", ""]
    parts += ["```", main.get_help(ctx), "```", ""]
    parts += _commands(main, ctx, "dateline", settings)
    return "\n".join(parts)


def _commands(group: click.Group, ctx: click.Context, prefix: str, settings: dict[str, Any]) -> list[str]:
    parts: list[str] = []
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        assert command is not None
        sub = click.Context(command, info_name=name, parent=ctx, **settings)
        parts += [f"## {prefix} {name}", "", "```", command.get_help(sub), "```", ""]
        if isinstance(command, click.Group):
            parts += _commands(command, sub, f"{prefix} {name}", settings)
    return parts


if __name__ == "__main__":
    print(render(), end="")
