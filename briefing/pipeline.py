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
import os
import platform
import re
import shutil
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from briefing import TARGET_LANGUAGES, __version__
from briefing.config import Settings
from briefing.docstore import locked
from briefing.document import Document, Organisation, Segment, TermHit, Translation, save
from briefing.document import load as load_document
from briefing.errors import InputError
from briefing.extract import extract
from briefing.glossary import Glossary, beside, load_glossary, protect, restore, term_hits
from briefing.labels import mark_glossary_forms, record_translations, summary_labels
from briefing.memory import TranslationMemory
from briefing.memory import default_path as default_memory_path
from briefing.modelstore import load_catalog
from briefing.qa import check, counts
from briefing.review import review_state
from briefing.segment import load, segment
from briefing.summarize import Summarizer
from briefing.summarize import create as create_summarizer
from briefing.summarize.base import refresh as refresh_summaries
from briefing.translate import Translator
from briefing.translate import create as create_translator

PLACEHOLDER_ONLY = re.compile(r"\s*XQ\d+\s*[.,;:]?\s*")
BRIEF_FILES = {"vi": "brief.vi.pdf", "ko": "brief.ko.pdf", "en": "brief.en.pdf"}
DRAFT_PDF = "draft.vi-ko-en.pdf"
DRAFT_HTML = "draft.html"
ARTIFACTS = {*BRIEF_FILES.values(), DRAFT_PDF, DRAFT_HTML, "document.json", "manifest.json"}


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


def apply_glossary(document: Document, glossary: Glossary) -> Document:
    """Mark glossary terms and person names in every segment; canonical forms for the
    facts (people, organisations, event) where the glossary lists them."""
    facts = document.facts
    unlisted = []
    for person in facts.people:
        term = glossary.lookup(person.name)
        if term is not None:
            person.names = dict(term.forms)
        else:
            person.names = {lang: person.name for lang in ("vi", *TARGET_LANGUAGES)}
            unlisted.append(person.name)
    for seg in document.segments:
        seg.terms = term_hits(seg.text, glossary, unlisted)
    event = facts.event
    for holder in [event.name, *event.organisers]:
        term = glossary.lookup(holder.get("vi", ""))
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
        vi = org.name["vi"]
        if glossary.lookup(vi) is None and not any(c in vi or vi in c for c in covered):
            found[(vi, vi)] = org
    facts.organisations = list(found.values())
    document.glossary = glossary.path
    return document


def to_translate(document: Document, target: str) -> list[Segment]:
    """Segments the model must translate: those without a translation from memory."""
    return [
        s
        for s in document.segments
        if not (t := s.translations.get(target)) or t.origin not in {"tm", "human"}
    ]


def translation_jobs(
    document: Document, target: str, glossary: Glossary | None
) -> tuple[
    list[Segment], list[dict[str, str]], list[tuple[str, list[TermHit]]], list[str], list[str]
]:
    """Segments and labels to fill, (text, hits) per job, the protected texts, and the
    distinct texts the model must translate (a text that is one glossary term needs none)."""
    source = document.source_language
    unlisted = [p.name for p in document.facts.people if glossary and not glossary.lookup(p.name)]
    segments = to_translate(document, target)
    labels = [h for h in labels_to_translate(document) if target not in h]
    jobs: list[tuple[str, list[TermHit]]] = [(s.text, s.terms) for s in segments]
    for holder in labels:
        hits = term_hits(holder[source], glossary, unlisted) if glossary else []
        jobs.append((holder[source], hits))
    protected = [protect(text, hits) for text, hits in jobs]
    unique = [p for p in dict.fromkeys(protected) if not PLACEHOLDER_ONLY.fullmatch(p)]
    return segments, labels, jobs, protected, unique


def recall(document: Document, target: str, memory: TranslationMemory) -> Document:
    """Approved translations from memory for exact matches; suggestions for close ones."""
    source = document.source_language
    for seg in document.segments:
        exact = memory.exact(seg.text, source, target)
        if exact is not None:
            seg.translations[target] = Translation(exact, "tm", "approved")
        else:
            suggestions = memory.fuzzy(seg.text, source, target)
            if suggestions:
                seg.suggestions[target] = suggestions
    return document


def translate(
    document: Document,
    target: str,
    translator: Translator,
    progress: Callable[[int], None] | None = None,
    glossary: Glossary | None = None,
) -> Document:
    """Fill `target` translations of every segment not taken from memory and of every
    fact label. Glossary terms and names marked on the segments go through as
    placeholders and come back canonical."""
    return translate_together(document, [target], translator, progress, glossary)


def translate_together(
    document: Document,
    targets: list[str],
    translator: Translator,
    progress: Callable[[int], None] | None = None,
    glossary: Glossary | None = None,
) -> Document:
    """`translate` for several targets with one translator. A backend with
    `translate_many` (CTranslate2) gets every target's texts in one call, so Korean and
    English share batches; others are called once per target."""
    source = document.source_language
    plans = {target: translation_jobs(document, target, glossary) for target in targets}
    many = getattr(translator, "translate_many", None)
    outputs: dict[str, dict[str, str]] = {}
    if callable(many) and len(targets) > 1:
        texts = [text for target in targets for text in plans[target][4]]
        languages = [target for target in targets for _ in plans[target][4]]
        translated = many(texts, languages, source, progress) if texts else []
        for target, text, output in zip(languages, texts, translated, strict=True):
            outputs.setdefault(target, {})[text] = output
    else:
        for target in targets:
            unique = plans[target][4]
            translated = translator.translate(unique, source, target, progress) if unique else []
            outputs[target] = dict(zip(unique, translated, strict=True))
    origin = f"mt:{translator.model}"
    mark_glossary_forms(document, targets)
    for target in targets:
        segments, labels, jobs, protected, _ = plans[target]
        results = []
        for (text, hits), key in zip(jobs, protected, strict=True):
            raw = outputs.get(target, {}).get(key, key)  # one glossary term needs no model
            results.append(restore(raw, text, hits, target) if hits else (raw, []))
        for seg, (text, reinserted) in zip(segments, results, strict=False):
            seg.translations[target] = Translation(text, origin, "machine", reinserted)
        for holder, (text, _) in zip(labels, results[len(segments) :], strict=True):
            holder[target] = text
        if target not in document.targets:
            document.targets.append(target)
        document.models[target] = translator.model
    record_translations(document, origin, targets)
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


def build_translators(settings: Settings) -> dict[str, Translator]:
    catalog = load_catalog(settings.catalog)
    chosen = settings.mt_models(catalog.translate)
    shared: dict[str, Translator] = {}
    translators = {}
    for target in TARGET_LANGUAGES:
        model = "fake" if settings.backend == "fake" else chosen.get(target)
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
                compute_type=settings.compute_type,
                shortlist=settings.shortlist == "on",
                shortlist_size=settings.shortlist_size,
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
    """Move a complete run folder into place; the previous run is removed only after.
    Files that are not the run's own artifacts (a translator's XLIFF files) are kept."""
    if final.exists() and not final.is_dir():
        raise InputError(f"{final} exists and is not a folder; move it or choose another --out")
    old = None
    if final.exists():
        for entry in final.iterdir():
            if entry.name not in ARTIFACTS and not (staging / entry.name).exists():
                shutil.move(str(entry), staging / entry.name)
        old = final.with_name(f".{final.name}.old-{int(time.time() * 1000)}")
        final.rename(old)
    staging.rename(final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def open_memory(settings: Settings) -> TranslationMemory | None:
    choice = settings.memory.strip()
    if choice.lower() == "none":
        return None
    return TranslationMemory(Path(choice).expanduser() if choice else default_memory_path())


def find_glossary(input_path: Path, settings: Settings) -> Glossary | None:
    """--glossary FILE; else a glossary beside the article; `none` turns it off."""
    choice = settings.glossary.strip()
    if choice.lower() == "none":
        return None
    path = Path(choice) if choice else beside(input_path)
    return load_glossary(path) if path else None


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
    groups: dict[int, list[str]] = {}
    for target in TARGET_LANGUAGES:
        groups.setdefault(id(translators[target]), []).append(target)
    for targets in groups.values():
        translator = translators[targets[0]]
        label = "+".join(targets)
        load_model = getattr(translator, "load", None)
        if callable(load_model):
            reporter.start(f"load model for vi→{label}", total=1)
            with timer(f"load {label}"):
                load_model()
            reporter.advance()
            reporter.finish()
        if memory is not None:
            for target in targets:
                document = recall(document, target, memory)
        total = sum(len(translation_jobs(document, t, glossary)[4]) for t in targets)
        reporter.start(f"translate vi→{label}", total=total)
        with timer(f"translate {label}"):
            document = translate_together(document, targets, translator, reporter.advance, glossary)
        reporter.finish()
    return document


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
        document.id = uuid.uuid4().hex
        glossary = find_glossary(input_path, settings)
        if glossary is not None:
            document = apply_glossary(document, glossary)
    reporter.advance()
    reporter.finish()

    translators = translators or build_translators(settings)
    summarizer = summarizer or build_summarizer(settings)
    memory = open_memory(settings)
    try:
        document = translate_all(document, translators, glossary, memory, reporter, timer)
    finally:
        if memory is not None:
            memory.close()

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
    out_root = settings.out_dir
    slug = slug_of(input_path)
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_root}: cannot create the output folder ({exc.strerror})") from None
    staging = Path(tempfile.mkdtemp(prefix=f".{slug}.", suffix=".partial", dir=out_root))
    final = out_root / slug
    try:
        outputs = write_outputs(document, manifest, staging, reporter, timer, started)
        staging.chmod(0o755)  # mkdtemp makes it private; a run folder is for sharing
        publish(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    outputs = [Output(o.name, final / o.name, o.bytes, o.sha256) for o in outputs]
    return BriefResult(final, document, outputs, timer.timings, manifest)


def write_outputs(
    document: Document,
    manifest: dict[str, Any],
    folder: Path,
    reporter: Reporter,
    timer: Timer,
    started: float,
) -> list[Output]:
    """Render the PDFs and the draft, then write document.json and manifest.json."""
    with timer("render"):
        refused = render_all(document, manifest["signature"], folder, reporter)
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
            "qa": dict(counts(document)),
            "review": review_state(document),
            "refused_urls": refused,
            "outputs": {o.name: {"sha256": o.sha256, "bytes": o.bytes} for o in outputs},
        }
    )
    path = folder / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [*outputs, Output(path.name, path, path.stat().st_size, sha256_file(path))]


def rerender(document_path: Path, reporter: Reporter | None = None) -> BriefResult:
    """Rebuild the PDFs and the draft from a (reviewed) document.json, loading no model.
    Each file is replaced only once all of them are ready; other files stay."""
    with locked(document_path):
        return _rerender(document_path, reporter)


def _rerender(document_path: Path, reporter: Reporter | None) -> BriefResult:
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
    staging = Path(tempfile.mkdtemp(prefix=".render.", suffix=".partial", dir=run_dir))
    try:
        outputs = write_outputs(document, manifest, staging, reporter, timer, started)
        for output in outputs:
            os.replace(output.path, run_dir / output.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    outputs = [Output(o.name, run_dir / o.name, o.bytes, o.sha256) for o in outputs]
    return BriefResult(run_dir, document, outputs, timer.timings, manifest)
