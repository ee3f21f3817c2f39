"""`briefing digest ARTICLE...`: each article briefed as `briefing brief` does, a finished
run reused where its document was made from the same file (by the article's sha256), then
the digest of their documents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from briefing.config import Settings
from briefing.document import load as load_document
from briefing.errors import BriefingError, InputError
from briefing.pipeline import Reporter, run_brief, sha256_file, slug_of

MAX_SLUG = 60


def _reusable(run: Path, sha256: str) -> bool:
    """Whether `run` holds a finished brief of the file whose hash is `sha256`."""
    path = run / "document.json"
    if not path.is_file():
        return False
    try:
        document = load_document(path)
    except BriefingError:
        return False  # an unreadable run is briefed again (run_brief says why, if it must)
    return document.article.sha256 == sha256


def check_articles(paths: Sequence[Path], settings: Settings) -> list[str]:
    """The articles' languages; refused, in one line each, what cannot make a digest: one
    article, a missing file, one in a language briefing does not read, the same file
    twice, two files that would share a run folder. Nothing is briefed before all pass."""
    from briefing.segment import load

    if len(paths) < 2:
        raise InputError(
            "a digest needs two articles or more about one event; for one article run "
            "`briefing brief FILE`"
        )
    seen: dict[str, Path] = {}
    slugs: dict[str, Path] = {}
    languages = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file; give the path of a .txt, .md or .html article")
        if path.is_dir():
            raise InputError(f"{path}: is a directory; give the path of one article file")
        digest = sha256_file(path)
        if digest in seen:
            raise InputError(f"{path}: the same article as {seen[digest]}; give each article once")
        seen[digest] = path
        slug = slug_of(path)
        if slug in slugs:
            raise InputError(
                f"{path} and {slugs[slug]} would share the run folder {slug}/; rename one"
            )
        slugs[slug] = path
        article, _ = load(
            path, max_bytes=settings.max_input_bytes, language=settings.source_language
        )
        languages.append(article.language)
    return languages


def brief_articles(
    paths: Sequence[Path], settings: Settings, reporter: Reporter | None = None
) -> tuple[list[Path], list[Path]]:
    """The document.json of each article: (documents, those reused as they were)."""
    languages = check_articles(paths, settings)
    documents: list[Path] = []
    reused: list[Path] = []
    translators = None
    for path in paths:
        run = settings.out_dir / slug_of(path)
        if _reusable(run, sha256_file(path)):
            documents.append(run / "document.json")
            reused.append(run / "document.json")
            continue
        if translators is None:  # one model load for every article to brief
            from briefing.pipeline import build_translators

            translators = build_translators(settings, tuple(dict.fromkeys(languages)))
        result = run_brief(path, settings, translators=translators, reporter=reporter)
        documents.append(result.run_dir / "document.json")
    return documents, reused


def folder_name(name: str | None, title: str | None, event: str) -> str:
    """`--name`, else `digest-<slug of the title or the event's name>`."""
    if name:
        if not re.fullmatch(r"[\w.\-]+", name) or name in {".", ".."}:
            raise InputError(f"--name {name!r}: use letters, digits, dots and hyphens only")
        return name
    slug = slug_of(Path(f"{title or event or 'digest'}.txt"))[:MAX_SLUG].strip("-")
    return f"digest-{slug}" if slug and slug != "digest" else "digest"
