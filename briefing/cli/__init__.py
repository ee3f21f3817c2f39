"""The `briefing` command. Errors become one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.config import SETTINGS, from_environment, load_settings
from briefing.errors import BriefingError, ConfigError
from briefing.translate.base import DEFAULT_BATCH_TOKENS


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
    """The `briefing` command's parser: every sub-command, flag and help text."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Vietnamese article in; Korean, English and Vietnamese briefs and a "
        "translators' draft out.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--config", type=Path, help="settings file (default: ./briefing.toml)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    shown = commands.add_parser(
        "settings",
        help="every setting: variable, type, default, and the value here with where it came from",
    )
    shown.add_argument(
        "--markdown",
        action="store_true",
        help="the table of docs/settings.md (defaults, no values)",
    )

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
    _add_settings_flags(
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
    _add_settings_flags(
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

    serve = commands.add_parser("serve", help="the web page for organisers and translators")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default loopback only)"
    )
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--data-dir", type=Path, default=None, help="database and briefs (default data/)"
    )
    serve.add_argument(
        "--no-worker",
        action="store_true",
        help="start no worker beside the server (workers run elsewhere: briefing worker)",
    )
    serve.add_argument(
        "--workers", type=int, default=1, help="briefs the embedded worker runs at once"
    )
    serve.add_argument(
        "--behind-tls", action="store_true", help="cookies only over HTTPS (a TLS proxy in front)"
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default=None,
        metavar="ADDRESSES",
        help="proxies whose X-Forwarded-For/-Proto/-Host are believed, comma separated "
        "(addresses or networks; env BRIEFING_FORWARDED_ALLOW_IPS; default none)",
    )

    worker = commands.add_parser(
        "worker", help="a Celery worker that runs briefs (models loaded once per process)"
    )
    worker.add_argument(
        "--data-dir", type=Path, default=None, help="the data folder the web service uses"
    )
    worker.add_argument("--concurrency", type=int, default=1, help="briefs run at once")

    check = commands.add_parser("check", help="re-run the QA checks on a document.json")
    check.add_argument("document", type=Path, help="out/<run>/document.json")
    check.add_argument(
        "--strict", action="store_true", help="exit 1 when any error-level flag remains"
    )

    checks_eval = commands.add_parser(
        "eval-checks",
        help="meaning-changing alterations the checks catch, and flags on correct translations",
    )
    checks_eval.add_argument(
        "file",
        type=Path,
        nargs="?",
        default=None,
        help="default: tests/data/checks/alterations.tsv",
    )
    checks_eval.add_argument("--misses", action="store_true", help="list misses and false flags")

    digest_eval = commands.add_parser(
        "eval-digest",
        help="precision and recall of a digest's merged people, organisations, figures and "
        "conflicts against answer keys",
    )
    digest_eval.add_argument(
        "directory",
        type=Path,
        nargs="?",
        default=None,
        help="default: the held-out set tests/data/digest (where present) and the dev set "
        "tests/data/digest-dev; one folder per event: its articles and key.json",
    )
    digest_eval.add_argument("--misses", action="store_true", help="list misses and extras")

    names_eval = commands.add_parser(
        "eval-names",
        help="names across scripts against answer keys of what publications print",
    )
    names_eval.add_argument(
        "directory",
        type=Path,
        nargs="?",
        default=None,
        help="default: tests/data/names (vi-hangul.tsv, ko-latin.tsv, articles/)",
    )
    names_eval.add_argument("--misses", action="store_true", help="list every miss")

    evaluate = commands.add_parser(
        "eval-facts", help="precision and recall of the facts against hand-made answer keys"
    )
    evaluate.add_argument(
        "directory",
        type=Path,
        nargs="?",
        default=None,
        help="default: the tuned set (tests/data/facts) and the frozen sets "
        "(tests/data/frozen, tests/data/frozen-2, tests/data/frozen-3)",
    )
    evaluate.add_argument(
        "--misses", action="store_true", help="also list each miss and each extra"
    )
    evaluate.add_argument(
        "--rules",
        action="store_true",
        help="also print, per rule, how many facts it stated and how many were right",
    )

    bench = commands.add_parser(
        "bench", help="speed and memory of each backend on a 600M-size model (make bench)"
    )
    bench.add_argument("--tiny", action="store_true", help="use the tiny model (a quick check)")
    bench.add_argument("--runs", type=int, default=3, help="runs per figure (medians)")
    bench.add_argument("--subset", type=int, default=8, help="sentences for the backend ratio")
    bench.add_argument("--beam", type=int, default=2, help="the default beam, besides beam 1")
    bench.add_argument(
        "--batch-tokens", type=int, default=DEFAULT_BATCH_TOKENS, help="source tokens per batch"
    )
    bench.add_argument(
        "--beams",
        default="",
        metavar="B,...",
        help="more beams for the backend rows and ratios (beam 1 and --beam always run)",
    )
    bench.add_argument(
        "--compare",
        default="",
        metavar="BEAM:BATCH,...",
        help="with --brief-only: the whole brief for each beam and batch budget "
        "(e.g. 2:512,2:768,4:384), taking turns run by run",
    )
    bench.add_argument(
        "--replicas",
        type=int,
        default=None,
        help="with --brief-only: CTranslate2 batches decoded at once (default one per core)",
    )
    bench.add_argument("--out", type=Path, default=Path("bench/results.json"))
    bench.add_argument(
        "--brief-only",
        action="store_true",
        help="only the whole seed brief (CTranslate2 int8, default beam), --runs times",
    )
    bench.add_argument(
        "--web-load",
        type=int,
        metavar="N",
        help="instead: submit N briefs at once to the web service (tiny model) and time them",
    )

    models = commands.add_parser("models", help="list the default models, or download one")
    models_commands = models.add_subparsers(dest="models_command", metavar="ACTION")
    models_commands.add_parser("list", help="the catalog: default model per direction, licences")
    pull = models_commands.add_parser("pull", help="download a hub model into models/hf/")
    pull.add_argument("model", help="hub id, e.g. facebook/nllb-200-distilled-600M")
    convert = models_commands.add_parser(
        "convert", help="convert a transformers model to CTranslate2 (models/ct2/, cached)"
    )
    convert.add_argument("model", help="hub id or directory of a transformers checkpoint")
    convert.add_argument(
        "--quantization", default="int8", choices=("int8", "int8_float32", "float32")
    )
    convert.add_argument("--force", action="store_true", help="convert again even if cached")
    shortlist = models_commands.add_parser(
        "shortlist",
        help="how many vocabulary pieces CTranslate2 decodes over for the target languages",
    )
    shortlist.add_argument(
        "model", help="hub id or directory (converted to CTranslate2 if need be)"
    )
    shortlist.add_argument(
        "--languages", default="ko,en", help="target languages, comma-separated (default ko,en)"
    )
    shortlist.add_argument(
        "--size", type=int, default=None, help="most pieces (default: the shortlist_size setting)"
    )
    _add_log_flags(parser, top=True)
    return parser


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


def _start_logging(args: argparse.Namespace) -> None:
    """Logging as the log_level and log_format settings and -v/-q say. A bad setting is
    left to the command that reads it, which names it in its error."""
    from briefing import logs

    try:
        settings = load_settings({}, config_file=args.config)
        level, form = settings.log_level, settings.log_format
    except ConfigError:
        level, form = "auto", "text"
    logs.configure(logs.level_of(level, args.command, args.verbose, args.quiet), form)


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


def cmd_eval_digest(args: argparse.Namespace) -> int:
    """`briefing eval-digest`: score digests against the held-out and dev answer keys."""
    from datetime import date

    from briefing.digest.score import evaluate, table
    from briefing.paths import CHECKOUT

    data = CHECKOUT / "tests" / "data"
    if args.directory:
        sets = [("", args.directory)]
    else:  # the held-out set where it is checked out, then the dev set (a ceiling)
        sets = [
            ("Blind set: events keyed blind; scored on arrival, then its misses read (a development figure now)", data / "digest"),
            ("Dev set: events written with the code (a ceiling, not a measure)", data / "digest-dev"),
        ]  # fmt: skip
        if not sets[0][1].is_dir():
            print(f"(no held-out set in {sets[0][1]}: only the dev set is scored)\n")
            sets = sets[1:]
    for number, (heading, folder) in enumerate(sets):
        if not folder.is_dir():
            raise BriefingError(
                f"{folder}: no such folder of events (<event>/NN-outlet.vi.txt … and key.json)"
            )
        results = evaluate(folder)
        if heading:
            print(("\n" if number else "") + heading)
        print(
            f"digest against {len(results)} event key(s) in {folder}, articles briefed with "
            f"the fake translator ({date.today().isoformat()})\n"
        )
        print(table(results))
        if args.misses:
            for scores in results.values():
                for kind, score in scores.items():
                    for miss in score.misses:
                        print(f"miss  {kind:13} {miss}")
                    for extra in score.extras:
                        print(f"extra {kind:13} {extra}")
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    """`briefing models`: list the catalog's models, pull one, convert one to CTranslate2, or
    describe a shortlist."""
    from briefing.modelstore import download, load_catalog, local_name

    settings = load_settings({}, config_file=args.config)
    catalog = load_catalog(settings.catalog)
    if args.models_command == "convert":
        from briefing.translate.ct2 import convert

        path = convert(
            args.model, settings.models_root, args.quantization, force=args.force, log=print
        )
        print(f"{args.model} → {path}")
        return 0
    if args.models_command == "shortlist":
        from briefing.translate.ct2 import describe_shortlist

        languages = [part.strip() for part in args.languages.split(",") if part.strip()]
        size = settings.shortlist_size if args.size is None else args.size
        print(describe_shortlist(args.model, settings.models_root, languages, size, log=print))
        return 0
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
        licence = catalog.licence(model) or "?"
        print(f"{pair:12} {model}  licence {licence}  {entry.get('size', '')}")
    return 0


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


def cmd_serve(args: argparse.Namespace) -> int:
    """`briefing serve`: the web service, printing its sign-in links, with a worker beside it
    that is started again if it dies."""
    import threading
    import time

    import uvicorn

    from briefing.web.app import create_app
    from briefing.web.config import web_settings
    from briefing.web.tasks import embedded_worker

    flags = {
        "data_dir": args.data_dir,
        "secure_cookies": True if args.behind_tls else None,
        "forwarded_allow_ips": args.forwarded_allow_ips,
    }
    settings = load_settings(flags, config_file=args.config)
    web = web_settings(settings)
    app = create_app(web, settings, celery=True)
    base = f"http://{args.host}:{args.port}"
    broker = "in the data folder (SQLite)" if not web.broker else web.broker.split("@")[-1]
    print(f"briefing on {base}  (data in {web.data_dir}; jobs through {broker})")
    print(f"  organisers sign in at {base}/login?token={web.organiser_token}")
    print(f"  reviewers sign in at  {base}/login?token={web.reviewer_token}")
    if web.forwarded_allow_ips:
        print(f"  proxy headers believed from {web.forwarded_allow_ips}")
    if app.state.recovered:
        print(f"  {app.state.recovered} job(s) a stop interrupted are back in the queue")
    worker = None
    if not args.no_worker:
        worker = embedded_worker(web.data_dir, args.workers)
        store = app.state.store
        queue = app.state.services.queue

        def watch() -> None:  # a worker that dies is started again; its job goes back
            nonlocal worker
            while True:
                time.sleep(2)
                if worker is not None and worker.poll() is not None:
                    worker = embedded_worker(web.data_dir, args.workers)
                    for brief_id, job_id in store.requeue_stale(0):
                        queue.submit(brief_id, job_id)

        threading.Thread(target=watch, daemon=True).start()
        print(f"  a worker runs beside the server (pid {worker.pid}, {args.workers} at once)")
    try:
        # The app reads proxy headers itself, from the configured proxies only: uvicorn's
        # own default would believe any X-Forwarded-For sent from 127.0.0.1.
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", proxy_headers=False)
    finally:
        if worker is not None and worker.poll() is None:
            worker.terminate()
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """`briefing worker`: a Celery worker that runs the web service's briefs."""
    from briefing.web.config import web_settings
    from briefing.web.tasks import run_worker

    web = web_settings(load_settings({"data_dir": args.data_dir}, config_file=args.config))
    broker = "the data folder's SQLite queue" if not web.broker else web.broker.split("@")[-1]
    print(f"briefing worker: data in {web.data_dir}, jobs from {broker}", file=sys.stderr)
    run_worker(web.data_dir, args.concurrency)
    return 0


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


def cmd_eval_facts(args: argparse.Namespace) -> int:
    """`briefing eval-facts`: precision and recall of the facts on each keyed set."""
    from datetime import date

    from briefing.evaluate import evaluate, rule_table, table
    from briefing.paths import CHECKOUT

    data = CHECKOUT / "tests" / "data"
    sets = (
        [("", args.directory)]
        if args.directory
        else [
            ("Tuned set: the articles the rules were written against (a ceiling)", data / "facts"),
            ("Frozen set: articles keyed before the rules that read them (never tuned to)", data / "frozen"),
            ("Second frozen set: written later, before this session's rules (never tuned to)", data / "frozen-2"),
            ("Third frozen set: its held-out half, written blind before the rules that read it (never tuned to)", data / "frozen-3"),
        ]
    )  # fmt: skip
    for number, (heading, directory) in enumerate(sets):
        if not directory.is_dir():
            raise BriefingError(f"{directory}: no such folder of articles and answer keys")
        results = evaluate(directory)
        if not results:
            raise BriefingError(f"{directory}: no NAME.<lang>.txt article with a NAME.key.json key")
        count = sum(1 for _ in directory.glob("*.key.json"))
        if heading:
            print(("\n" if number else "") + heading)
        print(f"facts against {count} answer keys in {directory} ({date.today().isoformat()})\n")
        print(table(results))
        if args.rules and (args.directory or number == 0):
            print("\n" + rule_table(results))
        if args.misses and (args.directory or number == 0):  # the frozen set's misses: ask for them
            for language, scores in results.items():
                for kind, score in scores.items():
                    for miss in score.misses:
                        print(f"miss  {language} {kind:13} {miss}")
                    for extra in score.extras:
                        print(f"extra {language} {kind:13} {extra}")
    return 0


def cmd_eval_checks(args: argparse.Namespace) -> int:
    """`briefing eval-checks`: the alterations the checks catch, and their false flags."""
    from datetime import date

    from briefing.checks_eval import evaluate, table
    from briefing.paths import CHECKOUT

    path = args.file or CHECKOUT / "tests" / "data" / "checks" / "alterations.tsv"
    if not path.is_file():
        raise BriefingError(f"{path}: no alteration set; see tests/data/checks/README.md")
    glossary = CHECKOUT / "seeds" / "vn-kr-digital-forum.glossary.csv"
    scores = evaluate(path, glossary if glossary.is_file() else None)
    print(f"checks against the alterations in {path} ({date.today().isoformat()})\n")
    print(table(scores.values()))
    if args.misses:
        for score in scores.values():
            for miss in score.misses:
                print(f"miss  {score.kind}: {miss}")
            for false in score.false:
                print(f"false {score.kind}: {false}")
    return 0


def cmd_eval_names(args: argparse.Namespace) -> int:
    """`briefing eval-names`: names across scripts against their answer keys."""
    from datetime import date

    from briefing.names.scores import score_articles, score_tables, table
    from briefing.paths import CHECKOUT

    folder = args.directory or CHECKOUT / "tests" / "data" / "names"
    for needed in ("vi-hangul.tsv", "ko-latin.tsv", "articles"):
        if not (folder / needed).exists():
            raise BriefingError(f"{folder}: no {needed}; see tests/data/names/README.md")
    rates = score_tables(folder) + score_articles(folder / "articles")
    print(f"names against the answer keys in {folder} ({date.today().isoformat()})\n")
    print(table(rates))
    if args.misses:
        for rate in rates:
            for miss in rate.misses:
                print(f"miss  {rate.name}: {miss}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """`briefing bench`: speed and memory of each backend, or the web load test."""
    from briefing.bench import bench, table

    if args.web_load:
        from briefing.web import loadtest

        failures = 0
        for workers in (1, 2):
            result = loadtest.run(args.web_load, workers=workers)
            failures += result["lost"] + result["failed"]
            print(
                f"web load test, {workers} worker process(es): {result['submitted']} briefs "
                f"submitted at once in {result['submit_s']} s; {result['ready']} ready, "
                f"{result['failed']} failed, {result['lost']} lost, {result['listed']} listed; "
                f"all done in {result['wall_s']} s ({result['briefs_per_minute']} briefs/min, "
                f"median latency {result['median_latency_s']} s)"
            )
        latency = loadtest.status_latency()
        print(
            f"/status of another user while a {latency['segments']}-segment brief re-renders "
            f"({latency['render_s']} s) and is approved all at once ({latency['approve_all_s']} s): "
            f"p50 {latency['p50_ms']} ms, p95 {latency['p95_ms']} ms, max {latency['max_ms']} ms "
            f"over {latency['status_requests']} requests"
        )
        return 0 if failures == 0 else 1
    settings = load_settings({}, config_file=args.config)
    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    if args.brief_only:
        from briefing.bench import brief_runs, build_bench_model

        root = settings.models_root
        model = str(root / "tiny" / "nllb") if args.tiny else str(build_bench_model(root, log))
        size = 0
        if not args.tiny:  # as `brief` decodes: over a shortlist of the default size
            from briefing.bench import simulated_shortlist

            path, size = simulated_shortlist(model, root, settings.shortlist_size)
            model = str(path)
        if args.compare:
            from briefing.bench import compare_briefs
            from briefing.translate.base import batch_budget

            try:
                configs = [
                    (int(beam), int(batch))
                    for beam, batch in (c.split(":") for c in args.compare.split(","))
                ]
            except ValueError:
                raise ConfigError(
                    f"--compare {args.compare!r}: give BEAM:BATCH pairs, e.g. 2:512,4:384"
                ) from None
            rows = compare_briefs(model, root, configs, args.runs, log, size, args.replicas)
            print(
                "| beam | --batch-tokens (per batch) | whole brief (median) | runs | "
                "translation | five outputs | peak RSS |"
            )
            print("|---|---|---|---|---|---|---|")
            for row in rows:
                print(
                    f"| {row['beam']} | {row['batch_tokens']} "
                    f"({batch_budget(row['batch_tokens'], row['beam'])}) | {row['wall_s']:.2f} s | "
                    f"{', '.join(f'{w:.1f}' for w in row['walls'])} | {row['translate_s']:.2f} s | "
                    f"{row['render_s']:.2f} s | {row['peak_rss_mb']:,.0f} MB |"
                )
            return 0
        brief = brief_runs(
            model,
            root,
            args.beam,
            args.runs,
            log,
            shortlist=size,
            batch_tokens=args.batch_tokens,
            replicas=args.replicas,
        )
        for one in brief["runs"]:
            print(
                f"whole brief: {one['wall_s']} s, peak RSS {one['peak_rss_mb']} MB, {one['timings_s']}"
            )
        print(f"median {brief['wall_s']} s wall; peak RSS {brief['peak_rss_mb']} MB")
        return 0
    try:
        beams = tuple(int(b) for b in args.beams.split(",") if b.strip())
    except ValueError:
        raise ConfigError(f"--beams {args.beams!r}: give beam widths, e.g. 1,2,4") from None
    results = bench(
        tiny=args.tiny,
        runs=args.runs,
        subset=args.subset,
        beam=args.beam,
        batch_tokens=args.batch_tokens,
        models_dir=settings.models_root,
        out=args.out,
        log=log,
        beams=beams,
    )
    print(table(results))
    print(f"\nwritten to {args.out}")
    return 0


def _debug() -> bool:
    try:
        return bool(from_environment("debug"))
    except ConfigError:
        return False


def main(argv: list[str] | None = None) -> int:
    """Run the command in `argv` (the process's arguments if None) and return its exit code;
    a `BriefingError` is printed as one line."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        _start_logging(args)
        if args.command == "settings":
            return cmd_settings(args)
        if args.command == "brief":
            return cmd_brief(args)
        if args.command == "models":
            return cmd_models(args)
        if args.command == "review":
            return cmd_review(args)
        if args.command == "memory":
            return cmd_memory(args)
        if args.command == "render":
            return cmd_render(args)
        if args.command == "serve":
            return cmd_serve(args)
        if args.command == "worker":
            return cmd_worker(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "bench":
            return cmd_bench(args)
        if args.command == "eval-facts":
            return cmd_eval_facts(args)
        if args.command == "digest":
            return cmd_digest(args)
        if args.command == "eval-digest":
            return cmd_eval_digest(args)
        if args.command == "eval-names":
            return cmd_eval_names(args)
        if args.command == "eval-checks":
            return cmd_eval_checks(args)
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
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
