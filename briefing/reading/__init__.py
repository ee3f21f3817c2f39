"""Reading an article from the file it comes in.

One module per format, each a function `read(data, where) -> RawArticle` (see `base`):

    .txt            txt    plain text, optional front matter
    .md .markdown   md     Markdown (markdown-it-py), optional front matter
    .html .htm      html   bare HTML and news pages saved from a browser (trafilatura)
    .docx           docx   Word press releases (python-docx)
    .pdf            pdf    PDF press releases with a text layer (pdfminer.six)

`load` checks the file, hands it to its format's reader (imported only when used),
normalises the text (`normalise`), takes out what is about the page rather than the
article (`briefing.bylines`), detects the language and settles the title (`titles`).
Splitting into sentences is `sentences`.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from pathlib import Path

import regex as re

from briefing.bylines import take_out
from briefing.document import Article
from briefing.errors import InputError
from briefing.reading.base import RawArticle
from briefing.reading.normalise import normalise_paragraphs, normalise_text
from briefing.reading.titles import infer_title

# suffix -> format name, as recorded in Article.format
FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
READERS = {
    "text": "briefing.reading.txt:read",
    "markdown": "briefing.reading.md:read",
    "html": "briefing.reading.html:read",
    "docx": "briefing.reading.docx:read",
    "pdf": "briefing.reading.pdf:read",
}
# A Word or PDF file carries fonts, images and layout: it may be this many times the
# article size limit; the text read from it is held to the limit itself.
CONTAINER_FACTOR = 20
ACCEPTED = ", ".join(FORMATS)
_WORDS = re.compile(r"[\p{L}\p{N}]")


def reader(fmt: str) -> Callable[[bytes, str], RawArticle]:
    """The `read` function of a format's module."""
    module, _, name = READERS[fmt].partition(":")
    read: Callable[[bytes, str], RawArticle] = getattr(importlib.import_module(module), name)
    return read


def read_article(path: Path, *, max_bytes: int = 1_000_000, title: str | None = None) -> Article:
    """Read and check `path`; see `load` for the article with its paragraphs."""
    return load(path, max_bytes=max_bytes, title=title)[0]


def load(
    path: Path, *, max_bytes: int = 1_000_000, title: str | None = None, language: str = "auto"
) -> tuple[Article, list[str]]:
    """The article and its normalised paragraphs; its language detected (or `language`
    forced), an article in a language briefing does not read refused by name."""
    from briefing.languages import source_language

    _check_path(path)
    fmt = _format(path)
    binary = fmt in ("docx", "pdf")
    data = _read_bytes(path, max_bytes * CONTAINER_FACTOR if binary else max_bytes)
    raw = reader(fmt)(data, str(path))
    if binary:
        size = sum(len(p.encode("utf-8")) + 2 for p in raw.paragraphs)
        if size > max_bytes:
            raise InputError(
                f"{path}: its text is {size:,} bytes, over the {max_bytes:,}-byte limit; "
                "split the article or raise BRIEFING_MAX_INPUT_BYTES"
            )
    paragraphs, changes = normalise_paragraphs(raw.paragraphs)
    paragraphs, page = take_out(paragraphs)
    changes = raw.changes + changes + page.changes
    if not any(_WORDS.search(p) for p in paragraphs):
        raise InputError(f"{path}: no article text found; the file has markup or metadata only")
    detected = source_language("\n".join(paragraphs), language, where=str(path))
    meta = raw.metadata
    inferred = False
    if title:
        final_title = normalise_text(title)[0]
    elif meta.get("title"):
        final_title = normalise_text(meta["title"])[0]
    else:
        final_title = infer_title(paragraphs, detected)
        inferred = True
    article = Article(
        title=final_title,
        title_inferred=inferred,
        path=str(path),
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        date=meta.get("date"),
        place=meta.get("place"),
        source=meta.get("source") or page.source,
        url=meta.get("url"),
        changes=changes,
        language=detected,
        posted=meta.get("posted") or page.posted,
        dateline=page.city,
    )
    return article, paragraphs


def _format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is not None:
        return fmt
    if path.suffix.lower() in (".doc", ".rtf", ".odt", ".hwp", ".hwpx"):
        hint = "save it as .docx (Word: File › Save as › Word Document)"
    elif path.suffix.lower() in (".mhtml", ".mht", ".webarchive"):
        hint = "save the page as HTML (Save as › Web page, HTML only, or complete)"
    else:
        hint = "save the article in one of those formats"
    kind = f"{path.suffix} files" if path.suffix else "a file without an extension"
    raise InputError(f"{path}: briefing cannot read {kind}; it reads {ACCEPTED}: {hint}")


def _check_path(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file; give the path of a {ACCEPTED} article")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give the path of one article file")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit; "
            "split the article or raise BRIEFING_MAX_INPUT_BYTES"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: is empty; it needs the article text")
    return data
