"""What the command modules share: the progress bars, the settings flags, the tables of
outputs and QA flags, and the one-line errors and exit codes of every command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeAlias

from briefing.config import SETTINGS, from_environment, load_settings
from briefing.errors import BriefingError, ConfigError

Handler: TypeAlias = Callable[[argparse.Namespace], int]
"""A command's function: its parsed arguments in, its exit code out."""
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""The sub-parsers of `briefing`, where each command module adds its commands."""


class RichReporter:
    """A progress bar per stage, drawn on stderr."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = Console(stderr=True)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<22}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.task: Any = None

    def __enter__(self) -> RichReporter:
        self.progress.start()
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is not None:  # the error line stands alone: drop the unfinished stage
            for task in list(self.progress.tasks):
                if not task.finished:
                    self.progress.remove_task(task.id)
        self.progress.stop()

    def start(self, stage: str, total: int | None = None) -> None:
        """Show a progress bar for `stage`, of `total` steps (unknown if None)."""
        self.task = self.progress.add_task(stage, total=total)

    def advance(self, amount: int = 1) -> None:
        """Move the current bar on by `amount` steps."""
        if self.task is not None and amount:
            self.progress.advance(self.task, amount)

    def finish(self) -> None:
        """Fill the current bar to its total and close it."""
        if self.task is not None:
            task = self.progress.tasks[-1]
            if task.total is not None:
                self.progress.update(self.task, completed=task.total)
        self.task = None


def add_settings_flags(parser: argparse.ArgumentParser, names: tuple[str, ...]) -> None:
    """A flag on `parser` for each setting in `names` (--name-with-dashes), with no default of its
    own: unset, the environment, the settings file or the default decides."""
    for spec in SETTINGS:
        if spec.name not in names:
            continue
        flag = "--" + spec.name.replace("_", "-")
        extra: dict[str, Any] = {"choices": spec.choices} if spec.choices else {}
        parser.add_argument(
            flag,
            dest=spec.name,
            default=None,
            type=spec.kind if spec.kind is not Path else str,
            help=f"{spec.help} (env {spec.env})",
            **extra,
        )


def flags_table(document: Any, limit: int | None = None) -> Any:
    """Flags grouped by code: how many, in which languages, an example."""
    from rich.table import Table

    from briefing.qa import all_flags

    groups: dict[tuple[str, str], list[tuple[str, Any]]] = {}
    for where, flag in all_flags(document):
        groups.setdefault((flag.severity, flag.code), []).append((where, flag))
    table = Table(title="QA flags", title_justify="left")
    for column in ("severity", "check", "count", "languages", "first", "message"):
        table.add_column(column)
    order = {"error": 0, "warning": 1, "info": 2}
    rows = sorted(groups.items(), key=lambda item: (order[item[0][0]], item[0][1]))
    for (severity, code), found in rows[:limit]:
        where, first = found[0]
        languages = ",".join(sorted({f.language or "-" for _, f in found}))
        style = "red" if severity == "error" else "yellow" if severity == "warning" else ""
        table.add_row(
            f"[{style}]{severity}[/]" if style else severity,
            code,
            str(len(found)),
            languages,
            where,
            first.message,
        )
    return table


def outputs_table(result: Any) -> Any:
    """A table of a run's outputs: name, size and the start of the SHA-256."""
    from rich.table import Table

    table = Table(title=f"{result.run_dir}", title_justify="left")
    table.add_column("output")
    table.add_column("bytes", justify="right")
    table.add_column("sha256")
    for output in result.outputs:
        table.add_row(output.name, f"{output.bytes:,}", output.sha256[:16])
    return table


def start_logging(args: argparse.Namespace) -> None:
    """Logging as the log_level and log_format settings and -v/-q say. A bad setting is
    left to the command that reads it, which names it in its error."""
    from briefing import logs

    try:
        settings = load_settings({}, config_file=args.config)
        level, form = settings.log_level, settings.log_format
    except ConfigError:
        level, form = "auto", "text"
    logs.configure(logs.level_of(level, args.command, args.verbose, args.quiet), form)


def _debug() -> bool:
    try:
        return bool(from_environment("debug"))
    except ConfigError:
        return False


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Start logging and run the command's `handler`: a `BriefingError` becomes one line on
    stderr and its exit code, an interruption 130, a bug one line and 70."""
    try:
        start_logging(args)
        return handler(args)
    except BriefingError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefing: interrupted; nothing was published", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `briefing eval-facts | head`: the reader left, no error of ours
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: one line, the traceback only on request
        if _debug():
            raise
        print(
            f"briefing: internal error: {type(exc).__name__}: {exc} "
            "(a bug; rerun with BRIEFING_DEBUG=1 for the traceback and report it)",
            file=sys.stderr,
        )
        return 70
