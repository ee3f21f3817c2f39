"""The `briefing` command. Errors become one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.config import SETTINGS, load_settings
from briefing.errors import BriefingError


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
        self.task = self.progress.add_task(stage, total=total)

    def advance(self, amount: int = 1) -> None:
        if self.task is not None and amount:
            self.progress.advance(self.task, amount)

    def finish(self) -> None:
        if self.task is not None:
            task = self.progress.tasks[-1]
            if task.total is not None:
                self.progress.update(self.task, completed=task.total)
        self.task = None


def _add_settings_flags(parser: argparse.ArgumentParser, names: tuple[str, ...]) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Vietnamese article in; Korean, English and Vietnamese briefs and a "
        "translators' draft out.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--config", type=Path, help="settings file (default: ./briefing.toml)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    brief = commands.add_parser("brief", help="translate, summarise and render an article")
    brief.add_argument("input", type=Path, help="article: .txt, .md or .html (UTF-8)")
    brief.add_argument("--out", dest="out_dir", default=None, help="output folder (default out/)")
    brief.add_argument("--title", help="title of the briefs (default: inferred from the text)")
    _add_settings_flags(
        brief,
        (
            "mt_model",
            "backend",
            "beam_size",
            "max_input_tokens",
            "batch_tokens",
            "summary_sentences",
            "summarizer",
            "summarizer_model",
            "max_input_bytes",
            "models_dir",
        ),
    )

    models = commands.add_parser("models", help="list the default models, or download one")
    models_commands = models.add_subparsers(dest="models_command", metavar="ACTION")
    models_commands.add_parser("list", help="the catalog: default model per direction, licences")
    pull = models_commands.add_parser("pull", help="download a hub model into models/hf/")
    pull.add_argument("model", help="hub id, e.g. facebook/nllb-200-distilled-600M")
    return parser


def cmd_brief(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from briefing.pipeline import run_brief
    from briefing.qa import counts

    flags = {
        k: v for k, v in vars(args).items() if k not in {"command", "input", "title", "config"}
    }
    settings = load_settings(flags, config_file=args.config)
    with RichReporter() as reporter:
        result = run_brief(args.input, settings, title=args.title, reporter=reporter)
    console = Console()
    table = Table(title=f"{result.run_dir}", title_justify="left")
    table.add_column("output")
    table.add_column("bytes", justify="right")
    table.add_column("sha256")
    for output in result.outputs:
        table.add_row(output.name, f"{output.bytes:,}", output.sha256[:16])
    console.print(table)
    found = counts(result.document)
    models = ", ".join(f"vi→{t}: {m}" for t, m in result.document.models.items())
    console.print(
        f"models {models}; {len(result.document.segments)} segments; "
        f"QA flags: {found.get('error', 0)} error, {found.get('warning', 0)} warning; "
        f"{result.timings.get('total', 0):.1f} s"
    )
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    from briefing.modelstore import download, load_catalog, local_name

    settings = load_settings({}, config_file=args.config)
    catalog = load_catalog(settings.catalog)
    if args.models_command == "pull":
        target = settings.models_root / "hf" / local_name(args.model)
        if target.exists():
            print(f"{args.model} is already in {target}")
            return 0
        try:
            path = download(args.model, target)
        except BriefingError:
            raise
        except Exception as exc:
            raise BriefingError(f"could not download {args.model}: {exc}") from None
        print(f"downloaded {args.model} to {path}")
        return 0
    for pair, model in {**catalog.translate, **catalog.summarize}.items():
        entry = catalog.models.get(model, {})
        print(f"{pair:12} {model}  licence {entry.get('licence', '?')}  {entry.get('size', '')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "brief":
            return cmd_brief(args)
        if args.command == "models":
            return cmd_models(args)
    except BriefingError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefing: interrupted; nothing was published", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line, the traceback only on request
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(
            f"briefing: internal error: {type(exc).__name__}: {exc} "
            "(a bug; rerun with BRIEFING_DEBUG=1 for the traceback and report it)",
            file=sys.stderr,
        )
        return 70
    parser.print_help()
    return 2
