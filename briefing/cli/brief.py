"""`briefing brief`: one article in, its briefs and draft out."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.common import (
    Commands,
    Handler,
    RichReporter,
    add_settings_flags,
    flags_table,
    outputs_table,
)
from briefing.config import load_settings


def register(commands: Commands) -> dict[str, Handler]:
    """Add `brief` to `commands`; its handler by command name."""
    brief = commands.add_parser("brief", help="translate, summarise and render an article")
    brief.add_argument("input", type=Path, help="article: .txt, .md, .html (UTF-8), .docx or .pdf")
    brief.add_argument("--out", dest="out_dir", default=None, help="output folder (default out/)")
    brief.add_argument("--title", help="title of the briefs (default: inferred from the text)")
    brief.add_argument(
        "--fresh",
        action="store_true",
        help="into a folder with a reviewed document: start over instead of keeping its "
        "reviewed texts (the old document is kept as document.previous.json)",
    )
    add_settings_flags(
        brief,
        (
            "source_language",
            "mt_model",
            "backend",
            "compute_type",
            "shortlist",
            "shortlist_size",
            "glossary",
            "reference",
            "english_names",
            "memory",
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

    return {"brief": cmd_brief}


def cmd_brief(args: argparse.Namespace) -> int:
    """`briefing brief`: run the pipeline on one article and print its outputs and flags."""
    from rich.console import Console

    from briefing.pipeline import run_brief
    from briefing.qa import counts

    flags = {
        k: v
        for k, v in vars(args).items()
        if k not in {"command", "input", "title", "config", "fresh", "verbose", "quiet"}
    }
    settings = load_settings(flags, config_file=args.config)
    with RichReporter() as reporter:
        result = run_brief(
            args.input, settings, title=args.title, reporter=reporter, fresh=args.fresh
        )
    console = Console()
    if result.carried is not None:
        console.print(f"[green]{result.carried.summary()}[/]")
        for text in result.carried.changed[:10]:
            console.print(f"  reviewed, but its source changed: {text[:90]}")
    table = outputs_table(result)
    console.print(table)
    if result.document.glossary:
        console.print(f"glossary: {result.document.glossary}")
    for warning in result.document.article.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    console.print(flags_table(result.document))
    found = counts(result.document)
    source = result.document.source_language
    models = ", ".join(f"{source}→{t}: {m}" for t, m in result.document.models.items())
    console.print(
        f"models {models}; {len(result.document.segments)} segments; "
        f"QA flags: {found.get('error', 0)} error, {found.get('warning', 0)} warning; "
        f"{result.timings.get('total', 0):.1f} s"
    )
    return 0
