"""Word press releases (`.docx`), read with python-docx: the body's paragraphs and tables
in the order they stand.

A press release is laid out with tables. One above the text is its letterhead (the
ministry's or agency's name, the document number, the release date; in Vietnam the
national motto too): it is not article text, but it names the source and the date. A
table of contacts (담당 부서, Liên hệ, telephone, e-mail) is left out. Any other table is
read row by row, its cells joined with ` | `.

The headline is the first paragraph styled Title or Heading 1, else a first paragraph set
all in bold; a label such as `THÔNG CÁO BÁO CHÍ` or `보도자료` is not it.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import regex as re

from briefing.document import Change
from briefing.errors import InputError
from briefing.reading.base import RawArticle, paragraphs_of
from briefing.reading.press import CONTACT, LABEL, letterhead

# All the parts of a .docx unpacked: far above any press release, far below a zip bomb.
MAX_UNPACKED_BYTES = 200_000_000
_TITLE_STYLES = re.compile(r"^(?:Title|Heading 1|제목|Tiêu đề)", re.IGNORECASE)


def read(data: bytes, where: str) -> RawArticle:
    """A Word file's article text, headline, source and release date."""
    document = _open(data, where)
    try:
        return _walk(document)
    except Exception as exc:  # python-docx meeting a part it cannot read, at any depth
        raise InputError(f"{where}: {_broken(exc)}") from None


def _broken(exc: Exception) -> str:
    reason = " ".join(str(exc).split())[:120] or type(exc).__name__
    return (
        f"is not a Word document that can be read ({reason}); open it in Word or "
        "LibreOffice and save it again as .docx"
    )


def _walk(document: Any) -> RawArticle:
    from docx.table import Table

    blocks: list[list[str]] = []
    metadata: dict[str, str] = {}
    changes: list[Change] = []
    started = False  # a paragraph of text has been read: tables are no longer letterhead
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = _rows(item)
            text = " ".join(cell for row in rows for cell in row)
            if not text.strip():
                continue
            if not started:
                letterhead(
                    [ln for row in rows for cell in row for ln in cell.split("\n")], metadata
                )
                changes.append(Change("letterhead", _flat(rows), ""))
            elif CONTACT.search(text):
                changes.append(Change("contact", _flat(rows), ""))
            else:
                blocks += [[" | ".join(c.replace("\n", " ") for c in row)] for row in rows]
            continue
        text = item.text.strip()
        if not text:
            continue
        if LABEL.match(text) and "title" not in metadata:
            changes.append(Change("letterhead", text, ""))
            continue
        if "title" not in metadata and not blocks and _is_title(item):
            metadata["title"] = " ".join(text.split())
            started = True
            continue
        started = True
        blocks.append(item.text.split("\n"))
    return RawArticle(paragraphs=paragraphs_of(blocks), metadata=metadata, changes=changes)


def _open(data: bytes, where: str) -> Any:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError):
        raise InputError(
            f"{where}: is not a Word .docx file (not a zip package); open it in Word or "
            "LibreOffice and save it as .docx"
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            f"{where}: unpacks to {unpacked:,} bytes, over {MAX_UNPACKED_BYTES:,}; save the "
            "press release without its embedded media, or as .txt"
        )
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # a damaged package: zip, XML or OPC errors of every kind
        raise InputError(f"{where}: {_broken(exc)}") from None


def _rows(table: Any) -> list[list[str]]:
    """A table's rows as lists of cell texts; a merged cell counted once."""
    rows = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            if cell.text.strip():
                cells.append(cell.text.strip())
        if cells:
            rows.append(cells)
    return rows


def _flat(rows: list[list[str]]) -> str:
    return " | ".join(" ".join(cell.split()) for row in rows for cell in row)


def _is_title(paragraph: Any) -> bool:
    """Styled Title or Heading 1, or a short paragraph all in bold without a final stop."""
    style = paragraph.style.name if paragraph.style is not None else ""
    if _TITLE_STYLES.match(style or ""):
        return True
    text = paragraph.text.strip()
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(
        run.bold or (run.bold is None and paragraph.style is not None and paragraph.style.font.bold)
        for run in runs
    )
    return bold and len(text) <= 250 and not re.search(r"[.!?…;:]$", text)
