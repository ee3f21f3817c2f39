"""`briefing settings`: every setting, its value here and where it came from."""

from __future__ import annotations

import argparse

from briefing.cli.common import Commands, Handler


def register(commands: Commands) -> dict[str, Handler]:
    """Add `settings` to `commands`; its handler by command name."""
    shown = commands.add_parser(
        "settings",
        help="every setting: variable, type, default, and the value here with where it came from",
    )
    shown.add_argument(
        "--markdown",
        action="store_true",
        help="the table of docs/settings.md (defaults, no values)",
    )

    return {"settings": cmd_settings}


def cmd_settings(args: argparse.Namespace) -> int:
    """`briefing settings`: every setting with its value here, or the Markdown table."""
    import shutil

    from briefing.config import load, markdown_table, text_table

    if args.markdown:
        print(markdown_table(), end="")
        return 0
    width = min(shutil.get_terminal_size((100, 24)).columns, 120) - 4
    print(text_table(load({}, config_file=args.config), width), end="")
    return 0
