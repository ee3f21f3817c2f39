"""`briefing digest`: several articles about one event, one digest."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.common import Commands, Handler, RichReporter, add_settings_flags
from briefing.config import load_settings


def register(commands: Commands) -> dict[str, Handler]:
    """Add `digest` to `commands`; its handler by command name."""
    digest = commands.add_parser(
        "digest",
        help="several articles about one event → one digest (facts merged with sources, "
        "disagreements listed)",
    )
    digest.add_argument(
        "input", type=Path, nargs="+", help="two or more articles (.txt, .md, .html), vi or ko"
    )
    digest.add_argument(
        "--out",
        dest="out_dir",
        default=None,
        help="output folder (default out/): the articles' runs and the digest folder go in it",
    )
    digest.add_argument("--title", help="title of the digest (default: the event's name)")
    digest.add_argument(
        "--name", help="the digest folder's name (default: digest-<the event's name>)"
    )
    add_settings_flags(
        digest,
        (
            "source_language",
            "mt_model",
            "backend",
            "compute_type",
            "glossary",
            "reference",
            "english_names",
            "memory",
            "beam_size",
            "summary_sentences",
            "summarizer",
            "summarizer_model",
            "max_input_bytes",
            "models_dir",
        ),
    )

    return {"digest": cmd_digest}


class StageProgress:
    """A digest's progress(stage, done, total) drawn as the CLI's progress bars."""

    def __init__(self, reporter: RichReporter) -> None:
        self.reporter = reporter
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            if self.stage:
                self.reporter.finish()
            self.reporter.start(f"digest: {stage}", total=total)
            self.stage = stage
        self.reporter.advance()


def cmd_digest(args: argparse.Namespace) -> int:
    """`briefing digest`: brief each article, then merge their documents into one digest."""
    from rich.console import Console

    from briefing.digest import assemble, build_digest
    from briefing.digest.articles import brief_articles, check_articles, folder_name
    from briefing.digest.build import load_items

    flags = {
        k: v
        for k, v in vars(args).items()
        if k not in {"command", "input", "title", "config", "name", "verbose", "quiet"}
    }
    settings = load_settings(flags, config_file=args.config)
    check_articles(args.input, settings)  # refused before any progress is drawn
    with RichReporter() as reporter:
        documents, reused = brief_articles(args.input, settings, reporter)
        event = ""
        if not args.name and not args.title:
            preview = assemble(load_items(documents), None)
            event = preview.event.name.get("vi") or next(iter(preview.title.values()), "")
        folder = settings.out_dir / folder_name(args.name, args.title, event)
        progress = StageProgress(reporter)
        result = build_digest(documents, folder, title=args.title, progress=progress)
        if progress.stage:
            reporter.finish()
    console = Console()
    for path in reused:
        console.print(f"reused the finished run {path.parent} (same article)")
    digest = result.digest
    console.print(
        f"digest of {len(digest.inputs)} articles: {len(digest.people)} people, "
        f"{len(digest.organisations)} organisations, {len(digest.figures)} figures, "
        f"{len(digest.conflicts)} disagreement(s)"
    )
    for conflict in digest.conflicts:
        values = " / ".join(
            f"{v.written} ({', '.join(s.article for s in v.sources)})" for v in conflict.values
        )
        about = conflict.about.get("en") or conflict.concept
        console.print(f"  [yellow]{conflict.kind}[/] {about}: {values}", soft_wrap=True)
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    for output in result.outputs:
        console.print(f"wrote {output}", soft_wrap=True)
    return 0
