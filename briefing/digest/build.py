"""A digest from finished runs: their document.json files in, a digest folder out.

    documents ──load──▶ Items ──merge──▶ facts once, with sources; conflicts
              ──points──▶ key points per language ──render──▶ digest.<lang>.pdf, digest.json

The folder is written whole beside its final place and swapped in (briefing.swap), as a
brief is. Each run the digest reads gets a back-link (`digests.json` in the run folder), so
that re-rendering a reviewed article rebuilds the digests that use it (`refresh_for`).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from briefing.digest.merge import Item, merge
from briefing.digest.model import DIGEST_JSON, Digest, Input, digest_file
from briefing.digest.model import load as load_digest
from briefing.digest.model import save as save_digest
from briefing.digest.points import key_points
from briefing.document import Document
from briefing.document import load as load_document
from briefing.errors import DocumentError, InputError, OutputError
from briefing.languages import LANGUAGES

# Called as progress(stage, done, total): "load" per document, "render" per PDF.
Progress = Callable[[str, int, int], None]
LINKS = "digests.json"  # in a run folder: the digest folders that read its document


ARTIFACTS = {DIGEST_JSON, *(digest_file(lang) for lang in LANGUAGES)}


@dataclass
class DigestResult:
    """What `build_digest` made: the folder, the digest and the files written, with warnings."""

    folder: Path
    digest: Digest
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


def outlet_of(document: Document) -> str:
    """The outlet an article names (front matter `source:`, a page's site name), else the
    name its file gives after the number: `01-baochinhphu.vi.txt` → `baochinhphu`."""
    if document.article.source:
        return document.article.source
    stem = Path(document.article.path).name.split(".")[0]
    return re.sub(r"^\d+[-_ ]*", "", stem) or stem


def input_of(document: Document, path: Path | None) -> Input:
    """The digest's record of one article: file, outlet, date, language, hashes and which
    languages are reviewed."""
    from briefing.labels import unreviewed
    from briefing.swap import sha256_file

    reviewed = {lang: not unreviewed(document, lang) for lang in document.languages()}
    return Input(
        article=Path(document.article.path).name,
        outlet=outlet_of(document),
        date=document.article.date or document.article.posted,
        language=document.source_language,
        title=document.article.title,
        document=str(path.resolve()) if path is not None else "",
        sha256=document.article.sha256,
        document_sha256=sha256_file(path) if path is not None else "",
        reviewed=reviewed,
    )


def assemble(items: list[Item], title: str | None = None) -> Digest:
    """The digest of `items` (two or more articles), in memory."""
    if len(items) < 2:
        raise InputError(
            "a digest needs two articles or more; for one article run `briefing brief FILE`"
        )
    names = [item.article for item in items]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise InputError(
            f"two articles share the file name {twice[0]}; rename one so that the digest's "
            "sources can tell them apart"
        )
    merged = merge(items)
    event_name = merged.event.name
    titles = {
        lang: title or event_name.get(lang) or items[0].document.title.get(lang, "")
        for lang in LANGUAGES
    }
    return Digest(
        title=titles,
        title_given=title or "",
        inputs=[item.input for item in items],
        event=merged.event,
        conflicts=merged.conflicts,
        people=merged.people,
        organisations=merged.organisations,
        figures=merged.figures,
        points=key_points(items, merged),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def load_items(
    documents: Sequence[Path],
    progress: Progress = _no_progress,
    names: Sequence[str] | None = None,
) -> list[Item]:
    """Read each run's document.json (a run folder stands for its document) and return the
    digest's items; a run given twice is an `InputError`. `names`: what to call each
    article in the digest's sources instead of its file name (the web service's briefs of
    pasted text all come from a `pasted.txt`)."""
    if names is not None and len(names) != len(documents):
        raise InputError(f"{len(names)} names for {len(documents)} articles; give one each")
    items = []
    seen: set[Path] = set()
    for number, path in enumerate(documents, 1):
        path = Path(path)
        if path.is_dir():
            path = path / "document.json"
        if path.resolve() in seen:
            raise InputError(f"{path}: given twice; give each article's run once")
        seen.add(path.resolve())
        document = load_document(path)
        record = input_of(document, path)
        if names is not None:
            record = dataclasses.replace(record, article=names[number - 1])
        items.append(Item(record, document))
        progress("load", number, len(documents))
    return items


def build_digest(
    documents: Sequence[Path],
    folder: Path,
    *,
    title: str | None = None,
    progress: Progress | None = None,
    names: Sequence[str] | None = None,
) -> DigestResult:
    """The digest of the runs whose document.json files are given, written to `folder`
    (created, or replaced whole if it holds a digest already). For a job: `progress` is
    called as (stage, done, total). `names`: the articles' names in the digest's sources,
    one per document, where their file names would not tell them apart (else refused)."""
    progress = progress or _no_progress
    folder = Path(folder)
    _check_folder(folder)
    items = load_items(documents, progress, names)
    digest = assemble(items, title)
    warnings = _write(digest, folder, progress)
    _link(items, folder)
    outputs = [folder / name for name in sorted(ARTIFACTS) if (folder / name).is_file()]
    return DigestResult(folder, digest, outputs, warnings)


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} exists and is not a folder; choose another digest folder")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / DIGEST_JSON).is_file():
        raise InputError(
            f"{folder} holds files but no digest; choose another folder (--name) so that "
            "nothing in it is replaced"
        )


def _write(digest: Digest, folder: Path, progress: Progress) -> list[str]:
    from briefing.digest.view import render_all
    from briefing.swap import publish

    parent = folder.parent
    created = [p for p in (parent, *parent.parents) if not p.exists()]
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".partial", dir=parent))
    except OSError as exc:
        raise OutputError.writing(parent, exc, "nothing in it was changed") from None
    try:
        warnings = render_all(digest, staging, progress)
        save_digest(digest, staging / DIGEST_JSON)
        staging.chmod(0o755)
        publish(staging, folder, ARTIFACTS)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        for made in created:
            if made.is_dir() and not any(made.iterdir()):
                made.rmdir()
        if isinstance(exc, OSError):
            raise OutputError.writing(
                folder, exc, "the earlier digest there is untouched"
            ) from None
        raise
    return warnings


# ----------------------------------------------------------------------------- review


def _read_links(run: Path) -> list[str]:
    try:
        data = json.loads((run / LINKS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    folders = data.get("digests") if isinstance(data, dict) else None
    return [f for f in folders if isinstance(f, str)] if isinstance(folders, list) else []


def _write_links(run: Path, folders: list[str]) -> None:
    path = run / LINKS
    staging = path.with_name(f".{LINKS}.{os.getpid()}.tmp")
    try:
        staging.write_text(json.dumps({"digests": folders}, indent=2) + "\n", encoding="utf-8")
        os.replace(staging, path)
    except OSError:  # a read-only run folder: its digests are not refreshed, nothing is lost
        staging.unlink(missing_ok=True)


def _link(items: list[Item], folder: Path) -> None:
    target = str(folder.resolve())
    for item in items:
        if not item.input.document:
            continue
        run = Path(item.input.document).parent
        links = _read_links(run)
        if target not in links:
            _write_links(run, [*links, target])


def digests_of(document_path: Path) -> list[Path]:
    """The digest folders that read `document_path` (stale back-links left out)."""
    document_path = document_path.resolve()
    out = []
    for folder in _read_links(document_path.parent):
        try:
            digest = load_digest(Path(folder) / DIGEST_JSON)
        except DocumentError:
            continue
        if any(Path(i.document) == document_path for i in digest.inputs):
            out.append(Path(folder))
    return out


def rebuild(folder: Path, progress: Progress | None = None) -> DigestResult:
    """Build a digest again from its articles' documents as they are now (after a review)."""
    digest = load_digest(folder / DIGEST_JSON)
    documents = [Path(i.document) for i in digest.inputs]
    missing = [str(p) for p in documents if not p.is_file()]
    if missing:
        raise InputError(
            f"{folder}: the run {missing[0]} it was built from is gone; build the digest "
            "again with `briefing digest`"
        )
    names = [i.article for i in digest.inputs]  # as it was built, web names included
    return build_digest(
        documents, folder, title=digest.title_given or None, progress=progress, names=names
    )


def refresh_for(document_path: Path) -> tuple[list[DigestResult], list[str]]:
    """Rebuild every digest that reads `document_path`; (rebuilt, problems in words)."""
    rebuilt, problems = [], []
    for folder in digests_of(document_path):
        try:
            rebuilt.append(rebuild(folder))
        except (InputError, DocumentError, OutputError) as exc:
            problems.append(f"digest {folder} not rebuilt: {exc}")
    return rebuilt, problems
