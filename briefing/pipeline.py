"""Chains the stages, reports progress and timings, writes a run's artifacts atomically.

    read → segment → extract (vi) → translate (ko, en) → summarize → check → render

Each stage is a plain function of typed values. Outputs are written to a
temporary folder beside the final one and moved into place only when complete,
so a failed or interrupted run never leaves a half-written run folder, and a
second run never destroys the first one's outputs before its own are ready.
"""

from __future__ import annotations

import hashlib
import json
import platform
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from briefing import TARGET_LANGUAGES, __version__
from briefing.config import Settings
from briefing.document import Document, Translation, dumps
from briefing.errors import InputError
from briefing.extract import extract
from briefing.modelstore import load_catalog
from briefing.qa import check, counts
from briefing.segment import load, segment
from briefing.summarize import Summarizer
from briefing.summarize import create as create_summarizer
from briefing.translate import Translator
from briefing.translate import create as create_translator

BRIEF_FILES = {"vi": "brief.vi.pdf", "ko": "brief.ko.pdf", "en": "brief.en.pdf"}
DRAFT_PDF = "draft.vi-ko-en.pdf"
DRAFT_HTML = "draft.html"


class Reporter(Protocol):
    def start(self, stage: str, total: int | None = None) -> None: ...
    def advance(self, amount: int = 1) -> None: ...
    def finish(self) -> None: ...


class SilentReporter:
    def start(self, stage: str, total: int | None = None) -> None:
        pass

    def advance(self, amount: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass


@dataclass
class Output:
    name: str
    path: Path
    bytes: int
    sha256: str


@dataclass
class BriefResult:
    run_dir: Path
    document: Document
    outputs: list[Output]
    timings: dict[str, float]
    manifest: dict[str, Any] = field(default_factory=dict)


def slug_of(path: Path) -> str:
    """`seeds/vn-kr-digital-forum.vi.txt` -> `vn-kr-digital-forum`."""
    name = path.name
    for suffix in (".txt", ".md", ".markdown", ".html", ".htm"):
        name = name.removesuffix(suffix)
    name = name.removesuffix(".vi")
    ascii_name = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_name = ascii_name.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "article"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Timer:
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


def labels_to_translate(document: Document) -> list[dict[str, str]]:
    """Every short Vietnamese label of the facts and title: translated with the text."""
    facts = document.facts
    event = facts.event
    holders: list[dict[str, str]] = [document.title, event.name, event.theme]
    holders += event.organisers
    if event.place:
        holders.append(event.place)
    holders += [p.role for p in facts.people]
    holders += [o.name for o in facts.organisations]
    holders += [f.measure for f in facts.figures]
    return [h for h in holders if h.get(document.source_language)]


def translate(
    document: Document,
    target: str,
    translator: Translator,
    progress: Callable[[int], None] | None = None,
) -> Document:
    """Fill `target` translations of every segment and every fact label."""
    source = document.source_language
    labels = labels_to_translate(document)
    texts = [s.text for s in document.segments] + [h[source] for h in labels]
    unique = list(dict.fromkeys(texts))
    translated = dict(
        zip(unique, translator.translate(unique, source, target, progress), strict=True)
    )
    origin = f"mt:{translator.model}"
    for seg in document.segments:
        seg.translations[target] = Translation(translated[seg.text], origin, "machine")
    for holder in labels:
        holder[target] = translated[holder[source]]
    if target not in document.targets:
        document.targets.append(target)
    document.models[target] = translator.model
    return document


def summarize(document: Document, summarizer: Summarizer, sentences: int) -> Document:
    document.summaries = summarizer.summarize(document, sentences)
    return document


# ----------------------------------------------------------------------------- building


def build_translators(settings: Settings) -> dict[str, Translator]:
    catalog = load_catalog(settings.catalog)
    chosen = settings.mt_models(catalog.translate)
    shared: dict[str, Translator] = {}
    translators = {}
    for target in TARGET_LANGUAGES:
        model = chosen.get(target)
        if not model:
            raise InputError(f"no translation model for vi→{target}; set --mt-model {target}=ID")
        if model not in shared:
            shared[model] = create_translator(
                settings.backend,
                model=model,
                models_dir=settings.models_root,
                beam_size=settings.beam_size,
                max_input_tokens=settings.max_input_tokens,
                batch_tokens=settings.batch_tokens,
            )
        translators[target] = shared[model]
    return translators


def build_summarizer(settings: Settings) -> Summarizer:
    if settings.summarizer == "abstractive":
        model = settings.summarizer_model or load_catalog(settings.catalog).summarize["abstractive"]
        return create_summarizer("abstractive", model=model, models_dir=settings.models_root)
    return create_summarizer(settings.summarizer)


def signature(translators: dict[str, Translator], summarizer: Summarizer) -> dict[str, str]:
    sig: dict[str, str] = {"briefing": __version__}
    for target, translator in translators.items():
        for key, value in translator.signature().items():
            name = f"mt.{target}" if key == "model" else key
            sig.setdefault(name, value)
    sig.update(summarizer.signature())
    return sig


# ----------------------------------------------------------------------------- rendering


def render_all(
    document: Document, sig: dict[str, str], run_dir: Path, reporter: Reporter
) -> list[str]:
    """Write the five rendered files into `run_dir`; returns URLs refused while rendering."""
    from briefing import render

    refused: list[str] = []
    reporter.start("render", total=len(BRIEF_FILES) + 2)
    for lang, name in BRIEF_FILES.items():
        context = render.brief_context(document, lang, sig)
        render.preflight(context, name)
        refused += render.write_pdf(render.render_html("brief.html.j2", context), run_dir / name)
        reporter.advance()
    draft = render.draft_context(document, sig, for_pdf=True)
    render.preflight(draft, DRAFT_PDF)
    refused += render.write_pdf(render.render_html("draft.html.j2", draft), run_dir / DRAFT_PDF)
    reporter.advance()
    html = render.render_html("draft.html.j2", render.draft_context(document, sig, for_pdf=False))
    (run_dir / DRAFT_HTML).write_text(html, encoding="utf-8")
    reporter.advance()
    reporter.finish()
    return refused


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version()}
    for package in ("weasyprint", "jinja2", "transformers", "torch", "ctranslate2", "kiwipiepy"):
        with suppress(PackageNotFoundError):
            found[package] = version(package)
    return found


def publish(staging: Path, final: Path) -> None:
    """Move a complete run folder into place; the previous run is removed only after."""
    if final.exists() and not final.is_dir():
        raise InputError(f"{final} exists and is not a folder; move it or choose another --out")
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old-{int(time.time() * 1000)}")
        final.rename(old)
    staging.rename(final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def run_brief(
    input_path: Path,
    settings: Settings,
    *,
    title: str | None = None,
    translators: dict[str, Translator] | None = None,
    summarizer: Summarizer | None = None,
    reporter: Reporter | None = None,
) -> BriefResult:
    reporter = reporter or SilentReporter()
    timer = Timer()
    started = time.perf_counter()

    reporter.start("read", total=1)
    with timer("read"):
        article, paragraphs = load(input_path, max_bytes=settings.max_input_bytes, title=title)
        document = segment(article, paragraphs)
        document.title = {document.source_language: article.title}
        document = extract(document)
    reporter.advance()
    reporter.finish()

    translators = translators or build_translators(settings)
    summarizer = summarizer or build_summarizer(settings)
    for target in TARGET_LANGUAGES:
        translator = translators[target]
        load_model = getattr(translator, "load", None)
        if callable(load_model):
            reporter.start(f"load model for vi→{target}", total=1)
            with timer(f"load {target}"):
                load_model()
            reporter.advance()
            reporter.finish()
        total = len(
            {s.text for s in document.segments}
            | set(h[document.source_language] for h in labels_to_translate(document))
        )
        reporter.start(f"translate vi→{target}", total=total)
        with timer(f"translate {target}"):
            document = translate(document, target, translator, reporter.advance)
        reporter.finish()

    reporter.start("summarize", total=1)
    with timer("summarize"):
        document = summarize(document, summarizer, settings.summary_sentences)
        document = check(document)
    reporter.advance()
    reporter.finish()

    sig = signature(translators, summarizer)
    out_root = settings.out_dir
    slug = slug_of(input_path)
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_root}: cannot create the output folder ({exc.strerror})") from None
    staging = Path(tempfile.mkdtemp(prefix=f".{slug}.", suffix=".partial", dir=out_root))
    try:
        with timer("render"):
            refused = render_all(document, sig, staging, reporter)
        (staging / "document.json").write_text(dumps(document), encoding="utf-8")
        timer.timings["total"] = round(time.perf_counter() - started, 3)
        outputs = [
            Output(p.name, p, p.stat().st_size, sha256_file(p)) for p in sorted(staging.iterdir())
        ]
        manifest = {
            "briefing": __version__,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "input": {
                "path": str(input_path),
                "sha256": document.article.sha256,
                "bytes": input_path.stat().st_size,
            },
            "models": {t: tr.signature() for t, tr in translators.items()},
            "summarizer": summarizer.signature(),
            "signature": sig,
            "versions": versions(),
            "timings_s": timer.timings,
            "qa": dict(counts(document)),
            "normalisation": [c.__dict__ for c in document.article.changes],
            "refused_urls": refused,
            "outputs": {o.name: {"sha256": o.sha256, "bytes": o.bytes} for o in outputs},
        }
        manifest_path = staging / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        final = out_root / slug
        staging.chmod(0o755)  # mkdtemp makes it private; a run folder is for sharing
        publish(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    outputs = [Output(o.name, final / o.name, o.bytes, o.sha256) for o in outputs]
    manifest_file = final / "manifest.json"
    outputs.append(
        Output(
            "manifest.json", manifest_file, manifest_file.stat().st_size, sha256_file(manifest_file)
        )
    )
    return BriefResult(final, document, outputs, timer.timings, manifest)
