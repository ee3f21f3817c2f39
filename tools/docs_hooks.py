"""MkDocs hooks: the pages that are generated from the code when `make docs` builds the site.

- `settings.md`: the table between its markers is replaced by `briefing settings --markdown`
  (the committed copy is held to the same text by tests/test_config.py);
- `cli.md`: every command, sub-command and flag, read from `briefing.cli.build_parser()`;
- `api.md`: one mkdocstrings block per public module of the package, found on disk.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # build from this checkout, not whatever copy is installed
    sys.path.insert(0, str(ROOT))

SETTINGS_START = "<!-- settings table"
SETTINGS_END = "<!-- end of settings table -->"
CLI_MARK = "<!-- cli reference -->"
API_MARK = "<!-- api reference -->"


def settings_page(markdown: str) -> str:
    """The settings page with its table replaced by the one the settings model prints."""
    from briefing.config import markdown_table

    start = markdown.index("-->\n", markdown.index(SETTINGS_START)) + len("-->\n")
    end = markdown.index(SETTINGS_END)
    return markdown[:start] + markdown_table() + markdown[end:]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _flag(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"`{action.metavar or action.dest}`"
    names = ", ".join(action.option_strings)
    if action.nargs == 0:
        return f"`{names}`"
    metavar = action.metavar or action.dest.upper()
    if isinstance(metavar, tuple):
        metavar = " ".join(metavar)
    return f"`{names} {metavar}`"


def _command(parser: argparse.ArgumentParser, name: str, level: int) -> list[str]:
    formatter = parser._get_formatter()
    lines = [f"{'#' * level} `{name}`", ""]
    if parser.description:
        lines += [parser.description, ""]
    usage = " ".join(parser.format_usage().split()).removeprefix("usage: ")
    lines += ["```", usage, "```", ""]
    subcommands: list[tuple[str, argparse.ArgumentParser]] = []
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            subcommands += list(action.choices.items())
            rows += [(f"`{sub}`", helps.get(sub, "")) for sub in action.choices]
        elif isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
            continue
        else:
            what = formatter._expand_help(action) if action.help else ""
            rows.append((_flag(action), what))
    if rows:
        lines += ["| argument | what |", "|---|---|"]
        lines += [f"| {_cell(flag)} | {_cell(what)} |" for flag, what in rows]
        lines.append("")
    for sub, subparser in subcommands:
        lines += _command(subparser, f"{name} {sub}", min(level + 1, 4))
    return lines


def cli_reference() -> str:
    """Every command of `briefing`, with its usage line and a table of its arguments."""
    from briefing.cli import build_parser

    return "\n".join(_command(build_parser(), "briefing", 2)).rstrip("\n") + "\n"


def public_modules() -> list[str]:
    """Dotted names of the package's modules, private ones (`_name`) and `__main__` left out."""
    names = []
    for path in sorted((ROOT / "briefing").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if any(part.startswith("_") for part in parts) or "migrations" in parts:
            continue
        names.append(".".join(parts))
    return names


def api_reference() -> str:
    """One mkdocstrings block per public module."""
    blocks = [f"::: {name}\n" for name in public_modules()]
    return "\n".join(blocks)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Fill in the generated parts of the settings, CLI and API pages."""
    path = page.file.src_uri
    if path == "settings.md":
        return settings_page(markdown)
    if path == "cli.md":
        return markdown.replace(CLI_MARK, cli_reference())
    if path == "api.md":
        return markdown.replace(API_MARK, api_reference())
    return markdown
