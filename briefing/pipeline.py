"""Chains the stages, reports progress and timings, writes a run's artifacts atomically.

    read → segment → extract (vi) → translate (ko, en) → summarize → check → render

Each stage is a plain function of typed values. Outputs are written to a
temporary folder beside the final one and moved into place only when complete,
so a failed or interrupted run never leaves a half-written run folder, and a
second run never destroys the first one's outputs before its own are ready.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import re
import shutil
import tempfile
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from briefing import __version__, forking, heap, names, rerun, swap
from briefing.config import Settings
from briefing.docstore import locked
from briefing.document import Document, Organisation, Translation, save
from briefing.document import load as load_document
from briefing.errors import BriefingError, InputError, OutputError
from briefing.facts import extract
from briefing.glossary import Glossary, beside, load_glossary, term_hits
from briefing.labels import summary_labels
from briefing.languages import LANGUAGES, SOURCES, targets_of
from briefing.memory import TranslationMemory
from briefing.memory import default_path as default_memory_path
from briefing.modelstore import load_catalog
from briefing.qa import check, counts
from briefing.reading import FORMATS
from briefing.review import review_state
from briefing.segment import load, segment
from briefing.summarize import Summarizer
from briefing.summarize import create as create_summarizer
from briefing.summarize.base import refresh as refresh_summaries
from briefing.swap import restore_set_aside, sha256_file
from briefing.translate import BackendOptions, Translator, plan
from briefing.translate import create as create_translator

DRAFT_HTML = "draft.html"
log = logging.getLogger(__name__)


def brief_file(language: str) -> str:
    """The file name of the brief in `language`."""
    return f"brief.{language}.pdf"


def draft_name(source: str) -> str:
    """`draft.vi-ko-en.pdf`: the direction, the source's column first."""
    return f"draft.{source}-{'-'.join(targets_of(source))}.pdf"


def draft_file(document: Document) -> str:
    """The file name of the document's translators' draft."""
    return draft_name(document.source_language)


# Every file a run writes, whatever its source language.
ARTIFACTS = {
    *(brief_file(lang) for lang in LANGUAGES),
    *(draft_name(source) for source in SOURCES),
    DRAFT_HTML,
    "document.json",
    "manifest.json",
}


class Reporter(Protocol):
    """Where a run reports its progress, stage by stage."""

    def start(self, stage: str, total: int | None = None) -> None:
        """A stage begins, of `total` steps (unknown if None)."""

    def advance(self, amount: int = 1) -> None:
        """`amount` more steps of the stage are done."""

    def finish(self) -> None:
        """The stage is done."""


class SilentReporter:
    """A reporter that shows nothing (the web service and tests)."""

    def start(self, stage: str, total: int | None = None) -> None:
        """Show nothing."""

    def advance(self, amount: int = 1) -> None:
        """Show nothing."""

    def finish(self) -> None:
        """Show nothing."""


@dataclass
class Output:
    """One file a run wrote, with its size and SHA-256."""

    name: str
    path: Path
    bytes: int
    sha256: str


@dataclass
class BriefResult:
    """What a run made: its folder, document, outputs, timings and manifest, and what a
    re-run kept."""

    run_dir: Path
    document: Document
    outputs: list[Output]
    timings: dict[str, float]
    manifest: dict[str, Any] = field(default_factory=dict)
    carried: rerun.Carried | None = None  # what a re-run kept from the reviewed document
    digests: list[Path] = field(default_factory=list)  # digests rebuilt with it (rerender)
    digest_problems: list[str] = field(default_factory=list)  # digests that could not be


def slug_of(path: Path) -> str:
    """`seeds/vn-kr-digital-forum.vi.txt` -> `vn-kr-digital-forum` (and `x.ko.txt` -> `x`)."""
    name = path.name
    for suffix in FORMATS:
        name = name.removesuffix(suffix)
    for language in LANGUAGES:
        name = name.removesuffix(f".{language}")
    ascii_name = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_name = ascii_name.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "article"


class Timer:
    """Seconds spent per stage: `with timer("translate"):` adds to that stage's time."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = round(
                self.timings.get(stage, 0.0) + time.perf_counter() - started, 3
            )


# ----------------------------------------------------------------------------- stages


def apply_glossary(document: Document, glossary: Glossary) -> Document:
    """Mark glossary terms and person names in every segment; canonical forms for the
    facts (people, organisations, event) where the glossary lists them."""
    facts = document.facts
    source = document.source_language
    unlisted = []
    for person in facts.people:
        term = glossary.lookup(person.name)
        if term is not None:
            person.names = dict(term.forms)
        else:  # the forms the article gives (응우옌 반 토(Nguyễn Văn Thọ)) stay
            person.names = {**dict.fromkeys(LANGUAGES, person.name), **person.names}
            unlisted.append(person.name)
    for seg in document.segments:
        seg.terms = term_hits(seg.text, glossary, unlisted)
    event = facts.event
    for holder in [event.name, *event.organisers]:
        term = glossary.lookup(holder.get(source, ""))
        if term is not None:
            holder.update(term.forms)
    # Organisations the glossary lists, one per canonical form (Bộ KH&CN is the ministry),
    # then those found by the heuristics that no listed one covers.
    found: dict[tuple[str, str], Organisation] = {}
    covered: list[str] = []
    for seg in document.segments:
        for hit in seg.terms:
            if hit.kind == "organisation":
                key = (hit.forms["ko"], hit.forms["en"])
                org = found.setdefault(key, Organisation(name=dict(hit.forms)))
                covered.append(hit.source)
                if seg.id not in org.segment_ids:
                    org.segment_ids.append(seg.id)
    for org in facts.organisations:
        name = org.name[source]
        if glossary.lookup(name) is None and not any(c in name or name in c for c in covered):
            found[(name, name)] = org
    facts.organisations = list(found.values())
    document.glossary = glossary.path
    return document


def summarize(document: Document, summarizer: Summarizer, sentences: int) -> Document:
    """Key points per language; an abstractive summary's are reviewable units of their own."""
    document.summaries = summarizer.summarize(document, sentences)
    for target in document.targets:
        for unit_id, _, text in summary_labels(document, target):
            origin = document.summaries[target].method
            document.labels.setdefault(unit_id, {})[target] = Translation(text, origin, "machine")
    return document


# ----------------------------------------------------------------------------- building


def build_translators(
    settings: Settings, sources: tuple[str, ...] = ("vi",)
) -> dict[tuple[str, str], Translator]:
    """A translator per direction (source, target) of the given source languages; one
    instance per model, shared by every direction it serves (one model loaded once). Its
    shortlist covers every target it serves."""
    catalog = load_catalog(settings.catalog)
    wanted: dict[tuple[str, str], str] = {}
    for source in sources:
        chosen = settings.mt_models(catalog.translate, source)
        for target in targets_of(source):
            model = "fake" if settings.backend == "fake" else chosen.get(target)
            if not model:
                raise InputError(
                    f"no translation model for {source}→{target}; set --mt-model {target}=ID"
                )
            wanted[(source, target)] = model
    shared: dict[str, Translator] = {}
    for model in dict.fromkeys(wanted.values()):
        languages = sorted({t for (_, t), m in wanted.items() if m == model})
        options = BackendOptions(
            model=model,
            models_dir=settings.models_root,
            beam_size=settings.beam_size,
            max_input_tokens=settings.max_input_tokens,
            batch_tokens=settings.batch_tokens,
            compute_type=settings.compute_type,
            shortlist=settings.shortlist == "on",
            shortlist_size=settings.shortlist_size,
            shortlist_languages=tuple(languages),
        )
        shared[model] = create_translator(settings.backend, options)
    return {direction: shared[model] for direction, model in wanted.items()}


def build_summarizer(settings: Settings) -> Summarizer:
    """The summarizer the settings name, with the catalog's model for the abstractive one."""
    if settings.summarizer == "abstractive":
        model = settings.summarizer_model or load_catalog(settings.catalog).summarize["abstractive"]
        return create_summarizer("abstractive", model=model, models_dir=settings.models_root)
    return create_summarizer(settings.summarizer)


def signature(translators: dict[str, Translator], summarizer: Summarizer) -> dict[str, str]:
    """Everything that shapes the output, per target language."""
    sig: dict[str, str] = {"briefing": __version__}
    for target, translator in translators.items():
        for key, value in translator.signature().items():
            name = f"mt.{target}" if key == "model" else key
            sig.setdefault(name, value)
    sig.update(summarizer.signature())
    return sig


def preload(translators: Iterable[Translator]) -> threading.Thread:
    """Load the translators' models in a thread: CTranslate2 loads outside the GIL, so the
    load (1.2 s for the 600M model) overlaps reading the facts (pyvi's 2 s start among
    them). An error is left to the translators' own `load`, which raises it again."""

    def load_all() -> None:
        for translator in dict.fromkeys(translators):
            loader = getattr(translator, "load", None)
            if loader is None:
                continue
            try:
                loader()
            except Exception:  # raised again by the load that needs the model
                return

    thread = threading.Thread(target=load_all, name="preload-models", daemon=True)
    thread.start()
    return thread


def for_source(
    translators: dict[tuple[str, str], Translator] | dict[str, Translator], source: str
) -> dict[str, Translator]:
    """target -> translator for `source`, from a table by direction (or by target)."""
    out: dict[str, Translator] = {}
    for key, translator in translators.items():
        if isinstance(key, tuple):
            if key[0] == source:
                out[key[1]] = translator
        else:
            out[key] = translator
    missing = [t for t in targets_of(source) if t not in out]
    if missing:
        raise InputError(f"no translator for {source}→{', '.join(missing)}")
    return {t: out[t] for t in targets_of(source)}


# ----------------------------------------------------------------------------- rendering


def prewarm_rendering() -> threading.Thread | None:
    """Import WeasyPrint (0.4-0.7 s here) and render a few lines (the first document's set-up,
    0.3 s) in a thread while the model translates: the engine decodes outside the GIL, so
    this costs the decoding little and the render step no longer pays it. Rendering waits
    for the thread (`render_all`), so two documents are never laid out at once; two runs in
    one process (web jobs) take turns at `render.LAYOUT`, and a warm-up skips while another
    run lays out. (The
    no_prewarm setting turns it off for bench comparisons.)"""

    def warm() -> None:
        with suppress(Exception):  # a broken install is reported where the PDFs are written
            import uharfbuzz  # noqa: F401  (draft.html's embedded fonts)

            from briefing import render

            render.warm_up()

    from briefing import render

    render.settle_warm_up()  # a failed run's warm-up, still running: never two at once
    thread = threading.Thread(target=warm, name="prewarm-render", daemon=True)
    thread.start()
    render.warming(thread)
    return thread


@dataclass
class RenderJob:
    """One output to render: its name, the function that writes it and a guess of its cost."""

    name: str
    write: Callable[[], list[str]]  # writes the file; returns the URLs refused on the way
    cost: int  # a guess of its layout time (characters of HTML), to share out the work


@dataclass
class Rendered:
    """What rendering reports: URLs refused and the memory it used."""

    refused: list[str]
    helper_private_mb: float | None = None  # memory of the forked renderer, if one ran
    resident_mb: float = 0.0  # this process's resident memory when rendering began


def render_jobs(document: Document, sig: dict[str, str], run_dir: Path) -> list[RenderJob]:
    """The five rendered files as jobs, every context built and checked against the fonts
    first (a missing glyph is reported before anything is written)."""
    from briefing import render

    jobs: list[RenderJob] = []
    warnings = document.article.warnings  # a character no font draws: said, not fatal

    def warn(missing: list[str], where: str) -> None:
        message = render.missing_warning(missing, where)
        if message not in warnings:
            warnings.append(message)

    for lang in document.languages():
        name = brief_file(lang)
        context = render.brief_context(document, lang, sig)
        missing = render.preflight(context, name)
        html = render.replace_missing(render.render_html("brief.html.j2", context), missing)
        if missing:
            warn(missing, name)
        jobs.append(RenderJob(name, partial(render.write_pdf, html, run_dir / name), len(html)))
    draft = render.draft_context(document, sig, for_pdf=True)
    draft_pdf = draft_file(document)
    missing = render.preflight(draft, draft_pdf)
    html = render.replace_missing(render.render_html("draft.html.j2", draft), missing)
    if missing:
        warn(missing, draft_pdf)
    jobs.append(
        RenderJob(draft_pdf, partial(render.write_pdf, html, run_dir / draft_pdf), len(html))
    )

    def write_html() -> list[str]:
        page = render.draft_context(document, sig, for_pdf=False)
        (run_dir / DRAFT_HTML).write_text(render.render_html("draft.html.j2", page), "utf-8")
        return []

    # draft.html's cost is its font subset, about half the draft PDF's layout here.
    jobs.append(RenderJob(DRAFT_HTML, write_html, len(html) // 2))
    return jobs


def share_out(jobs: list[RenderJob]) -> tuple[list[RenderJob], list[RenderJob]]:
    """Two lists of about equal cost, largest jobs first: (for a helper, for here)."""
    bins: tuple[list[RenderJob], list[RenderJob]] = ([], [])
    for job in sorted(jobs, key=lambda j: -j.cost):
        lighter = min(bins, key=lambda b: sum(j.cost for j in b))
        lighter.append(job)
    return bins


def render_all(
    document: Document,
    sig: dict[str, str],
    run_dir: Path,
    reporter: Reporter,
    warming: threading.Thread | None = None,
    processes: int = 1,
) -> Rendered:
    """Write the five rendered files into `run_dir`. When asked for and the platform can
    fork (`processes` 2: the render_processes setting, briefing/forking.py), a copy of this process lays
    out about half of them on the other core; if it fails, its files are rendered here. `warming`: the prewarm thread, waited for
    first, so the copy inherits a warm WeasyPrint."""
    from briefing import render

    if warming is not None:
        warming.join()  # before the lock: the warm-up takes it too
    with render.LAYOUT:  # another run's PDFs (a web job beside this one) wait: one at a time
        return _render_all(document, sig, run_dir, reporter, processes)


def _render_all(
    document: Document, sig: dict[str, str], run_dir: Path, reporter: Reporter, processes: int
) -> Rendered:
    jobs = render_jobs(document, sig, run_dir)
    resident = heap.resident_mb()
    reporter.start("render", total=len(jobs))
    there, here = share_out(jobs) if forking.available(processes) else ([], jobs)
    waiter = (
        forking.start(lambda: {"refused": [u for j in there for u in j.write()]}) if there else None
    )
    if waiter is None:
        there, here = [], jobs
    refused: list[str] = []
    for job in here:
        refused += job.write()
        reporter.advance()
    helper_mb = None
    if waiter is not None:
        result = waiter()
        if result is None:  # the helper failed: its files are rendered here, errors and all
            for job in there:
                refused += job.write()
                reporter.advance()
        else:
            refused += result["refused"]
            helper_mb = result.get("private_mb")
            reporter.advance(len(there))
    reporter.finish()
    return Rendered(refused, helper_mb, round(resident, 1))


def versions() -> dict[str, str]:
    """Python's version and those of the libraries that shape the output."""
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version()}
    for package in ("weasyprint", "jinja2", "transformers", "torch", "ctranslate2", "kiwipiepy"):
        with suppress(PackageNotFoundError):
            found[package] = version(package)
    return found


def publish(staging: Path, final: Path) -> None:
    """Put a complete run folder in place of the previous run in one step
    (`briefing.swap.publish`), keeping what is not the run's own."""
    swap.publish(staging, final, ARTIFACTS)


def open_memory(settings: Settings) -> TranslationMemory | None:
    """The translation memory the settings name, or None when it is off."""
    path = memory_path(settings)
    return None if path is None else TranslationMemory(path)


def memory_path(settings: Settings) -> Path | None:
    """The translation memory's file: the setting, the default, or None when it is off."""
    choice = settings.memory.strip()
    if choice.lower() == "none":
        return None
    return Path(choice).expanduser() if choice else default_memory_path()


def forget_empty_memory(path: Path) -> None:
    """Remove a translation memory file, if it holds nothing."""
    try:
        with TranslationMemory(path) as memory:
            if memory.units():
                return
    except BriefingError:
        return
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def find_glossary(input_path: Path, settings: Settings, source: str = "vi") -> Glossary | None:
    """--glossary FILE; else a glossary beside the article; `none` turns it off. It is
    matched in the source language's column (the `ko` column for a Korean article)."""
    choice = settings.glossary.strip()
    if choice.lower() == "none":
        return None
    path = Path(choice) if choice else beside(input_path)
    return load_glossary(path).for_source(source) if path else None


def translate_all(
    document: Document,
    translators: dict[str, Translator],
    glossary: Glossary | None,
    memory: TranslationMemory | None,
    reporter: Reporter,
    timer: Timer,
) -> Document:
    """Every target, from memory where it has the sentence, else with its translator;
    targets that share a translator are translated together (one model, one load)."""
    source = document.source_language
    groups: dict[int, list[str]] = {}
    for target in targets_of(source):
        groups.setdefault(id(translators[target]), []).append(target)
    for targets in groups.values():
        translator = translators[targets[0]]
        label = f"{source}→" + "+".join(targets)
        load_model = getattr(translator, "load", None)
        if callable(load_model):
            reporter.start(f"load model for {label}", total=1)
            with timer(f"load {'+'.join(targets)}"):
                load_model()
            reporter.advance()
            reporter.finish()
        if memory is not None:
            for target in targets:
                document = plan.recall(document, target, memory)
        total = sum(len(plan.plan(document, t, glossary).to_model) for t in targets)
        reporter.start(f"translate {label}", total=total)
        with timer(f"translate {'+'.join(targets)}"):
            document = plan.translate(document, targets, translator, reporter.advance, glossary)
        reporter.finish()
    return document


def run_brief(
    input_path: Path,
    settings: Settings,
    *,
    title: str | None = None,
    translators: dict[tuple[str, str], Translator] | dict[str, Translator] | None = None,
    summarizer: Summarizer | None = None,
    reporter: Reporter | None = None,
    fresh: bool = False,
) -> BriefResult:
    """The whole job. Into a folder that holds a reviewed document, every reviewed text
    whose source is unchanged is kept (see briefing.rerun); `fresh` starts over."""
    reporter = reporter or SilentReporter()
    timer = Timer()
    started = time.perf_counter()
    earlier = settings.out_dir / slug_of(input_path) / "document.json"
    restore_set_aside(earlier.parent)  # a run killed while publishing set it aside
    old = None if fresh else rerun.previous(earlier.parent)  # unreadable: refused before work

    reporter.start("read", total=1)
    with timer("read"):
        article, paragraphs = load(
            input_path,
            max_bytes=settings.max_input_bytes,
            title=title,
            language=settings.source_language,
        )
        document = segment(article, paragraphs)
        source = document.source_language
        translators = for_source(translators or build_translators(settings, (source,)), source)
        loading = preload(translators.values())  # the models load while the facts are read
        document.title = {source: article.title}
        document = extract(document)
        document.id = uuid.uuid4().hex
        shipped = settings.reference == "on"
        glossary = names.lock(
            document,
            find_glossary(input_path, settings, source),
            english=settings.english_names,
            shipped=shipped,
        )
        if glossary is not None:
            document = apply_glossary(document, glossary)
            names.record(document, glossary, shipped=shipped, english=settings.english_names)
    reporter.advance()
    reporter.finish()

    warming = None if settings.no_prewarm else prewarm_rendering()
    summarizer = summarizer or build_summarizer(settings)
    memory_file = memory_path(settings)
    new_memory = memory_file is not None and not memory_file.exists()
    memory = open_memory(settings)
    loading.join()  # a failed load is raised again by the translators' own load
    try:
        document = translate_all(document, translators, glossary, memory, reporter, timer)
    except BaseException:
        if memory is not None and new_memory and memory_file is not None:
            memory.close()  # a run that failed leaves no memory it created, empty
            memory = None
            forget_empty_memory(memory_file)
        raise
    finally:
        if memory is not None:
            memory.close()
    if settings.heap == "trim":
        heap.trim()  # the engine's freed caches go back before a renderer is forked
    carried = None
    if old is not None:
        carried = rerun.carry_over(old, document, str(earlier))
    elif fresh and earlier.is_file():
        carried = rerun.Carried(str(earlier), fresh=True)

    reporter.start("summarize and check", total=1)
    with timer("summarize"):
        document = summarize(document, summarizer, settings.summary_sentences)
        document = check(document)
    reporter.advance()
    reporter.finish()

    sig = signature(translators, summarizer)
    manifest = {
        "briefing": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "source_language": source,
        "input": {
            "path": str(input_path),
            "sha256": document.article.sha256,
            "bytes": input_path.stat().st_size,
        },
        "models": {t: tr.signature() for t, tr in translators.items()},
        "summarizer": summarizer.signature(),
        "signature": sig,
        "versions": versions(),
        "normalisation": [c.__dict__ for c in document.article.changes],
        "warnings": list(document.article.warnings),
    }
    if carried is not None:
        manifest["carried"] = carried.summary()
    out_root = settings.out_dir
    slug = slug_of(input_path)
    created = [p for p in (out_root, *out_root.parents) if not p.exists()]
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_root}: cannot create the output folder ({exc.strerror})") from None
    final = out_root / slug
    had_output = final.is_dir()
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{slug}.", suffix=".partial", dir=out_root))
    except OSError as exc:
        raise OutputError.writing(out_root, exc, "nothing in it was changed") from None
    try:
        outputs = write_outputs(
            document,
            manifest,
            staging,
            reporter,
            timer,
            started,
            warming,
            settings.render_processes,
        )
        if carried is not None and carried.fresh:  # the reviewed document is never deleted
            shutil.copy2(earlier, staging / rerun.free_name(final, "document.previous.json"))
        staging.chmod(0o755)  # mkdtemp makes it private; a run folder is for sharing
        publish(staging, final)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in created:  # a failed run leaves nothing in --out
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        if isinstance(exc, OSError):  # a full disk, a folder that turned read-only
            kept = (
                "the earlier output there is untouched"
                if had_output
                else "nothing is left half-written"
            )
            raise OutputError.writing(final, exc, kept) from None
        raise
    outputs = [Output(o.name, final / o.name, o.bytes, o.sha256) for o in outputs]
    log.info(
        "brief written to %s",
        final,
        extra={
            "event": "brief.written",
            "run": document.id,
            "source_language": source,
            "segments": len(document.segments),
            "seconds": timer.timings.get("total"),
        },
    )
    log.debug(
        "timings", extra={"event": "brief.timings", "run": document.id, "timings": timer.timings}
    )
    return BriefResult(final, document, outputs, timer.timings, manifest, carried)


def write_outputs(
    document: Document,
    manifest: dict[str, Any],
    folder: Path,
    reporter: Reporter,
    timer: Timer,
    started: float,
    warming: threading.Thread | None = None,
    processes: int = 1,
) -> list[Output]:
    """Render the PDFs and the draft, then write document.json and manifest.json."""
    with timer("render"):
        rendered = render_all(document, manifest["signature"], folder, reporter, warming, processes)
    save(document, folder / "document.json")
    timer.timings["total"] = round(time.perf_counter() - started, 3)
    outputs = [
        Output(p.name, p, p.stat().st_size, sha256_file(p))
        for p in sorted(folder.iterdir())
        if p.name in ARTIFACTS
    ]
    manifest.update(
        {
            "timings_s": timer.timings,
            "warnings": list(document.article.warnings),
            "qa": dict(counts(document)),
            "review": review_state(document),
            "refused_urls": rendered.refused,
            "render": {
                "processes": 1 if rendered.helper_private_mb is None else 2,
                "helper_private_mb": rendered.helper_private_mb,
                "resident_mb_at_render": rendered.resident_mb,
            },
            "outputs": {o.name: {"sha256": o.sha256, "bytes": o.bytes} for o in outputs},
        }
    )
    path = folder / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [*outputs, Output(path.name, path, path.stat().st_size, sha256_file(path))]


def rerender(
    document_path: Path, reporter: Reporter | None = None, *, processes: int = 1
) -> BriefResult:
    """Rebuild the PDFs and the draft from a (reviewed) document.json, loading no model.
    Each file is replaced only once all of them are ready; other files stay. Then every
    digest that reads the run is rebuilt (a digest that cannot be is said, not fatal).
    `processes`: the render_processes setting."""
    restore_set_aside(document_path.parent)
    with locked(document_path):
        result = _rerender(document_path, reporter, processes)
    # The digests that read this run show its reviewed texts too (briefing.digest).
    from briefing.digest import refresh_for

    rebuilt, problems = refresh_for(document_path)
    result.digests = [r.folder for r in rebuilt]
    result.digest_problems = problems
    return result


def _rerender(document_path: Path, reporter: Reporter | None, processes: int = 1) -> BriefResult:
    reporter = reporter or SilentReporter()
    timer = Timer()
    started = time.perf_counter()
    document = check(refresh_summaries(load_document(document_path)))
    run_dir = document_path.parent
    manifest_path = run_dir / "manifest.json"
    manifest: dict[str, Any] = {}
    if manifest_path.is_file():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            manifest = {}
    manifest.setdefault(
        "signature", {"briefing": __version__, "models": ",".join(document.models.values())}
    )
    manifest["rendered"] = datetime.now(UTC).isoformat(timespec="seconds")
    kept = "the earlier files there are untouched"
    try:
        staging = Path(tempfile.mkdtemp(prefix=".render.", suffix=".partial", dir=run_dir))
    except OSError as exc:
        raise OutputError.writing(run_dir, exc, kept) from None
    try:
        outputs = write_outputs(
            document, manifest, staging, reporter, timer, started, processes=processes
        )
        for output in outputs:
            os.replace(output.path, run_dir / output.name)
    except OSError as exc:  # a full disk: nothing was replaced yet (os.replace needs no space)
        raise OutputError.writing(run_dir, exc, kept) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    outputs = [Output(o.name, run_dir / o.name, o.bytes, o.sha256) for o in outputs]
    return BriefResult(run_dir, document, outputs, timer.timings, manifest)
