"""The `briefing` command. Errors become one line on stderr and a non-zero exit.

One module per group of commands (`briefing.cli.brief`, `.digest`, `.review`, `.web`, `.check`,
`.evals`, `.bench`, `.models`, `.settings`), each with a `register(commands)` that adds its
parsers and returns its handlers; what they share is in `briefing.cli.common`. A new command is
one module, listed in `COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.cli import bench, brief, check, digest, evals, models, review, settings, web
from briefing.cli.bench import cmd_bench
from briefing.cli.brief import cmd_brief
from briefing.cli.check import cmd_check
from briefing.cli.common import Handler, RichReporter, flags_table, outputs_table, run
from briefing.cli.digest import StageProgress, cmd_digest
from briefing.cli.evals import cmd_eval_checks, cmd_eval_digest, cmd_eval_facts, cmd_eval_names
from briefing.cli.models import cmd_models
from briefing.cli.review import cmd_memory, cmd_render, cmd_review, open_memory_for
from briefing.cli.settings import cmd_settings
from briefing.cli.web import cmd_serve, cmd_worker

__all__ = [
    "COMMAND_MODULES",
    "RichReporter",
    "StageProgress",
    "build_parser",
    "cmd_bench",
    "cmd_brief",
    "cmd_check",
    "cmd_digest",
    "cmd_eval_checks",
    "cmd_eval_digest",
    "cmd_eval_facts",
    "cmd_eval_names",
    "cmd_memory",
    "cmd_models",
    "cmd_render",
    "cmd_review",
    "cmd_serve",
    "cmd_settings",
    "cmd_worker",
    "flags_table",
    "main",
    "open_memory_for",
    "outputs_table",
]

# In the order `briefing --help` lists their commands.
COMMAND_MODULES = (settings, brief, digest, review, web, check, evals, bench, models)


def _parser_and_handlers() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The parser of `briefing` and each command's handler by name."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Vietnamese article in; Korean, English and Vietnamese briefs and a "
        "translators' draft out.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--config", type=Path, help="settings file (default: ./briefing.toml)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for module in COMMAND_MODULES:
        handlers.update(module.register(commands))
    _add_log_flags(parser, top=True)
    return parser, handlers


def build_parser() -> argparse.ArgumentParser:
    """The `briefing` command's parser: every sub-command, flag and help text."""
    return _parser_and_handlers()[0]


def _add_log_flags(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """-v/-q on the command and on every subcommand, so they can go before or after it."""
    default: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        help="log what happens on stderr (-vv: and the details); env BRIEFING_LOG_LEVEL",
        **({"default": 0} if top else default),
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="log errors only", **default)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _add_log_flags(sub)


def main(argv: list[str] | None = None) -> int:
    """Run the command in `argv` (the process's arguments if None) and return its exit code;
    a `BriefingError` is printed as one line."""
    parser, handlers = _parser_and_handlers()
    args = parser.parse_args(argv)
    if args.command is None or args.command not in handlers:
        parser.print_help()
        return 2
    return run(handlers[args.command], args)
