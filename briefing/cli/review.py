"""The reviewed translations: `briefing review` (XLIFF and OmegaT out and in), `briefing memory`
(TMX in and out of the translation memory) and `briefing render` (the outputs again from a
reviewed document)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing.cli.common import Commands, Handler, RichReporter, outputs_table
from briefing.config import load_settings
from briefing.errors import BriefingError


def register(commands: Commands) -> dict[str, Handler]:
    """Add `review`, `memory` and `render` to `commands`; their handlers by command name."""
    review = commands.add_parser("review", help="XLIFF round trip with translators' CAT tools")
    review_commands = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    export = review_commands.add_parser("export", help="one XLIFF 1.2 file per target language")
    export.add_argument("document", type=Path, help="out/<run>/document.json")
    export.add_argument("--out", type=Path, help="folder for the .xlf files (default: the run's)")
    export.add_argument(
        "--omegat",
        action="store_true",
        help="one ready OmegaT project per target (OUT/vi-ko/, OUT/vi-en/; default OUT: omegat/)",
    )
    imported = review_commands.add_parser("import", help="apply a translator's XLIFF file")
    imported.add_argument(
        "file", type=Path, help="an exported .xlf file, edited, or an OmegaT project folder"
    )
    imported.add_argument("--document", type=Path, help="document.json (default: beside the file)")
    imported.add_argument(
        "--force", action="store_true", help="apply units that conflict with newer changes"
    )
    imported.add_argument("--memory", help="translation memory SQLite file (env BRIEFING_MEMORY)")
    imported.add_argument("--reviewer", help="name kept with each revision (default: the file)")

    memory = commands.add_parser("memory", help="the translation memory: TMX in and out")
    memory_commands = memory.add_subparsers(dest="memory_command", metavar="ACTION", required=True)
    for action, text in (("import", "add a TMX 1.4b file"), ("export", "write a TMX 1.4b file")):
        sub = memory_commands.add_parser(action, help=text)
        sub.add_argument("file", type=Path)
        sub.add_argument("--memory", help="SQLite file (env BRIEFING_MEMORY)")

    render = commands.add_parser(
        "render", help="rebuild the PDFs and draft from a reviewed document.json (no model)"
    )
    render.add_argument("document", type=Path, help="out/<run>/document.json")

    return {"review": cmd_review, "memory": cmd_memory, "render": cmd_render}


def open_memory_for(args: argparse.Namespace) -> Any:
    """The translation memory the command's settings name; an error when it is off."""
    from briefing.memory import TranslationMemory, default_path

    settings = load_settings({"memory": getattr(args, "memory", None)}, config_file=args.config)
    if settings.memory.lower() == "none":
        raise BriefingError("the translation memory is turned off (BRIEFING_MEMORY=none)")
    return TranslationMemory(
        Path(settings.memory).expanduser() if settings.memory else default_path()
    )


def cmd_review(args: argparse.Namespace) -> int:
    """`briefing review`: export XLIFF files (or OmegaT projects), or import a reviewed one."""
    from briefing.document import load
    from briefing.review import export_all, service

    if args.review_command == "export":
        document = load(args.document)
        if args.omegat:
            from briefing.review.omegat import export_projects

            for path in export_projects(document, args.out or args.document.parent / "omegat"):
                print(f"wrote OmegaT project {path}")
            return 0
        for path in export_all(document, args.out or args.document.parent):
            print(f"wrote {path}")
        return 0
    document_path = args.document or service.document_beside(args.file)
    settings = load_settings({"memory": getattr(args, "memory", None)}, config_file=args.config)
    imported = service.import_file(
        document_path,
        args.file,
        args.reviewer,
        force=args.force,
        memory=service.memory_at(settings.memory),
    )
    result = imported.result
    pair = f"{imported.source_language}→{result.target}"
    for refusal in result.refused:
        print(f"{args.file}: refused {refusal.id}: {refusal.reason}", file=sys.stderr)
    if result.skipped:
        print(
            f"{args.file}: skipped {len(result.skipped)} unit(s) with no target "
            f"({', '.join(r.id for r in result.skipped[:8])}{' …' if len(result.skipped) > 8 else ''})"
        )
    if result.cleaned:
        print(f"{args.file}: removed invisible or control characters from {result.cleaned}")
    if not result.changed:
        print(f"{args.file}: nothing new for {pair}; {document_path} unchanged")
    else:
        print(
            f"{args.file}: {len(result.changed)} unit(s) updated in {document_path} "
            f"({len(result.approved)} approved, {imported.remembered} added to the translation "
            "memory); "
            f"run `briefing render {document_path}` for new PDFs"
        )
    if result.refused:
        print(
            f"{args.file}: {len(result.refused)} unit(s) refused (listed above); "
            "the others were applied",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_memory(args: argparse.Namespace) -> int:
    """`briefing memory`: import a TMX file into the translation memory, or export it."""
    with open_memory_for(args) as memory:
        if args.memory_command == "import":
            count = memory.import_tmx(args.file)
            print(f"read {count} translation(s) from {args.file} into {memory.path}")
            if memory.skipped:
                print(
                    f"left out {memory.skipped} translation(s) that are empty or not in their "
                    "language's script (a pseudo-translation, a copied source)"
                )
        else:
            count = memory.export_tmx(args.file)
            print(f"wrote {count} translation(s) from {memory.path} to {args.file}")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    """`briefing render`: rebuild the PDFs and draft from a reviewed document.json."""
    from rich.console import Console

    from briefing.pipeline import rerender

    processes = load_settings({}, config_file=args.config).render_processes
    with RichReporter() as reporter:
        result = rerender(args.document, reporter, processes=processes)
    console = Console()
    console.print(outputs_table(result))
    review = result.manifest.get("review", {})
    console.print(f"review state: {review}")
    for folder in result.digests:
        console.print(f"rebuilt the digest {folder}", soft_wrap=True)
    for problem in result.digest_problems:
        console.print(f"[yellow]warning:[/] {problem}", soft_wrap=True)
    return 0
