"""`briefing check`: the QA checks again on a document.json."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.common import Commands, Handler, flags_table


def register(commands: Commands) -> dict[str, Handler]:
    """Add `check` to `commands`; its handler by command name."""
    check = commands.add_parser("check", help="re-run the QA checks on a document.json")
    check.add_argument("document", type=Path, help="out/<run>/document.json")
    check.add_argument(
        "--strict", action="store_true", help="exit 1 when any error-level flag remains"
    )

    return {"check": cmd_check}


def cmd_check(args: argparse.Namespace) -> int:
    """`briefing check`: re-run the QA checks on a document.json and print every flag."""
    from rich.console import Console

    from briefing.document import load
    from briefing.qa import all_flags, check, counts
    from briefing.summarize.base import refresh

    document = check(refresh(load(args.document)))
    console = Console()
    for where, flag in all_flags(document):
        console.print(
            f"{where:14} {flag.language or '-':3} {flag.severity:8} {flag.code:16} {flag.message}",
            markup=False,
            highlight=False,
        )
    found = counts(document)
    console.print(flags_table(document))
    console.print(
        f"{found.get('error', 0)} error, {found.get('warning', 0)} warning, "
        f"{found.get('info', 0)} info in {args.document}"
    )
    return 1 if args.strict and found.get("error", 0) else 0
