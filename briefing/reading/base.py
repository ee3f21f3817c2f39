"""What every format's reader gives back, and the helpers the text formats share.

A reader is a function `read(data, where) -> RawArticle`: the file's bytes in, the
article's paragraphs (raw text, not yet normalised) and what the file says about itself
out. `where` names the file in error messages. A reader raises `InputError` for a file
it cannot use, with what to do about it; any other exception is a bug.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex as re

from briefing.bylines import is_page_line
from briefing.document import Change
from briefing.errors import InputError
from briefing.layout import (
    BULLETED,
    FIELD_LINE,
    ITEM_NUMBER,
    LABELLED_FIELD,
    LIST_LINE,
    MARKED_ITEM,
    is_table_row,
)
from briefing.reading.sentences import SENTENCE_MARKS

# The metadata a reader may fill; any other key is ignored.
METADATA_KEYS = (
    "title",  # the headline, when the file marks one (front matter, <h1>, a Title style)
    "date",  # the event's date as the author wrote it (front matter)
    "place",  # the event's place (front matter)
    "source",  # the outlet, agency or ministry that published it
    "url",  # where the page was published
    "posted",  # ISO date the page or press release was published
)


@dataclass
class RawArticle:
    """The article as read: paragraphs of raw text and what the file says about itself."""

    paragraphs: list[str]
    metadata: dict[str, str] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)  # what the reader left out


def decode(where: str, data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); UTF-16, binary or other encodings refused by name."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 16
        and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4)
    ):
        raise InputError(
            f"{where}: is UTF-16 text; re-save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8)"
        )
    if b"\x00" in head:
        raise InputError(f"{where}: looks like a binary file, not text; save the article as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: is not UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8"
        ) from None
    check_text(where, text)
    return text


def check_text(where: str, text: str) -> None:
    """Refuse text that is mostly control characters (a binary file) or only whitespace."""
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(f"{where}: looks like a binary file, not text; save the article as UTF-8")
    if not text.strip():
        raise InputError(f"{where}: has only whitespace; it needs the article text")


def table_paragraphs(lines: list[str]) -> list[str]:
    """A block that holds a flattened table: each run of rows one paragraph, its rows kept
    on lines of their own (a figure's column is read from the first row); the lines around
    it (`<주요 성과>`, `※ 자료: …`) paragraphs of their own."""
    out: list[str] = []
    rows: list[str] = []
    for line in lines:
        if is_table_row(line):
            rows.append(line)
            continue
        if rows:
            out.append("\n".join(rows))
            rows = []
        out.append(line)
    if rows:
        out.append("\n".join(rows))
    return out


def _heading_over_text(lines: list[str]) -> bool:
    """A block's first line is a heading of the text under it: short (under half the next
    line), no sentence's end, and the next line opens a sentence (a capital, Hangul, a
    digit) and ends one. A paragraph typed with hard line breaks has a full first line."""
    if len(lines) < 2:
        return False
    first, second = lines[0], lines[1]
    return (
        len(first) <= 60
        and len(first) * 2 <= len(second)
        and not re.search(r"[.!?…:;,\-–—]$", first)
        and bool(re.match(r"[\p{Lu}\p{Lo}\d\"“'‘(\[]", second))
        and bool(re.search(r"[.!?…][\"”'’)]*$", lines[-1]))
        and not is_page_line(first)
        and not LIST_LINE.match(first)
    )


def _tabbed(line: str) -> str:
    """A line pasted from a table with tabs between its cells: three cells or more as a
    flattened row (`a | b | c`), two as a labelled field (`a: b`)."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) >= 3:
        return " | ".join(cells)
    if len(cells) == 2 and not cells[0].endswith((":", "：")):
        return f"{cells[0]}: {cells[1]}"
    return " ".join(cells)


# A table cell that is a figure alone: "39,8%", "1.250", "86 tỷ USD", "3억 달러"
_FIGURE_CELL = re.compile(r"[~≈약]?\s*[-+]?\d[\d.,]*\s*(?:%|\S{1,8}(?:\s\S{1,8})?)?")


def _one_cell_a_line(lines: list[str]) -> list[str] | None:
    """A table pasted one cell a line (`Chỉ tiêu`, `Khảo sát 2026`, `Khảo sát 2027` over
    `Mở rộng đầu tư`, `39,8%`, `46,2%` …), a caption maybe above it: its lines before the
    headings, then its rows flattened (`a | b | c`); None when the block is no such table.
    Every row after the headings must be a cell of words and one figure a heading."""
    figure = [bool(_FIGURE_CELL.fullmatch(line)) for line in lines]
    if sum(figure) < 4 or figure[0]:
        return None
    first = figure.index(True)  # the first row's first figure
    for caption in (0, 1):
        heads = lines[caption : first - 1]
        width = len(heads)
        rest = lines[first - 1 :]
        if width < 3 or len(rest) % width:
            continue
        rows = [rest[i : i + width] for i in range(0, len(rest), width)]
        if all(
            not _FIGURE_CELL.fullmatch(row[0]) and all(_FIGURE_CELL.fullmatch(c) for c in row[1:])
            for row in rows
        ):
            table = "\n".join(" | ".join(row) for row in [heads, *rows])
            return [*lines[:caption], table]
    return None


# A line that opens with a list's mark ("○ 벡스코는 …", "- Ban Tổ chức …"), and a line that
# ends a sentence ("… 후원한다.", "… 후원했다"): a new item starts after it
_MARKED_LINE = re.compile(r"[□■○◦▲△◆●•ㅇ*+–-]\s")
_ENDS_SENTENCE = re.compile(r"(?:[.!?…]|다)[\"'”’)\]]*$")


def _marked_runs(lines: list[str]) -> list[list[str]]:
    """A block's lines in runs, a new run at each line that opens with a list's mark after
    a line that ends a sentence (one run when there is none)."""
    runs: list[list[str]] = []
    for line in lines:
        if not runs or (_MARKED_LINE.match(line) and _ENDS_SENTENCE.search(runs[-1][-1])):
            runs.append([line])
        else:
            runs[-1].append(line)
    return runs


def paragraphs_of(blocks: Iterable[list[str]]) -> list[str]:
    """Blocks of lines (a paragraph as typed, with its line breaks) into paragraphs: a
    block's lines are joined, except the rows of a table (`table_paragraphs`), in a long
    block with no sentence punctuation (its line breaks are all it has), in a list of
    figures (`Thủy sản: 1.120` over `Rau quả: 610`) and in a block
    holding a posting stamp or contact line (`충청남도 보도자료\\n배포일시: …`: the stamp is
    a line of its own)."""
    paragraphs: list[str] = []
    for block in blocks:
        lines = [line.strip() for line in block if line.strip()]
        tabbed = sum("\t" in line for line in lines) >= 2
        # "면적 | 3,194㎢" over "인구 | 약 460만 명": fields typed with a bar between name and
        # value, two cells a line, read as the tabbed ones are
        if sum(line.count("|") == 1 for line in lines) >= 2 and all(
            line.count("|") <= 1 for line in lines
        ):
            lines = [line.replace("|", "\t") for line in lines]
            tabbed = True
        if tabbed:
            # "STT\tMặt hàng\tKim ngạch (triệu USD)": a table pasted with tabs between cells;
            # a row of two cells ("부지 면적\t약 420ha") is a field and its value, a line each
            lines = [_tabbed(line) for line in lines]
        if sum(is_table_row(line) for line in lines) >= 2:
            paragraphs += table_paragraphs(lines)
            continue
        cells = _one_cell_a_line(lines) if len(lines) >= 6 else None
        if cells:  # "Chỉ tiêu" over "Khảo sát 2026" … over "Mở rộng đầu tư" over "39,8%" …
            paragraphs += cells
            continue
        if _heading_over_text(lines):  # "Về Hanul Pharmaceutical" over its section's text
            paragraphs.append(lines[0])
            lines = lines[1:]
        # "□ … 후원한다." over "○ 벡스코는 … 맡는다.": a point, then its sub-point, each run
        # read as a block of its own
        runs = _marked_runs(lines)
        if len(runs) > 1:
            paragraphs += paragraphs_of(runs)
            continue
        joined = " ".join(lines)
        unpunctuated = len(joined) > 1000 and not SENTENCE_MARKS.search(joined)
        listed = sum(bool(LIST_LINE.match(line)) for line in lines) >= 2
        # "- Thời gian: …" over "- Địa điểm: …": labelled fields typed as one block
        # a list's items, a line each ("- 작년 … 9.6% 증가" over "- 베트남은 … 4위 시장"); a
        # line that goes on in lower case ("- và cam kết …") is the one before it, wrapped
        # "1. Độ tuổi …" over "2. Chưa từng …": a numbered list is a list all the same
        items = [
            MARKED_ITEM.sub("- ", ITEM_NUMBER.sub("- ", line, count=1), count=1) for line in lines
        ]
        items = [line for line in items if BULLETED.match(line)]
        bulleted = (
            all(LABELLED_FIELD.match(line) for line in lines)
            # "Tổng công suất: 1.500 MW" over "Tổng vốn đầu tư dự kiến: 4,2 tỷ USD": fields
            # typed without bullets, a line each
            or all(FIELD_LINE.match(line) for line in lines)
        ) or (
            len(items) >= 2
            and all(re.match(r"\S\s*[\p{Lu}\p{Lo}\d\"“'‘(\[]", line) for line in items)
        )
        if len(lines) > 1 and (
            unpunctuated
            or listed
            or bulleted
            or tabbed
            or any(is_page_line(line) for line in lines)
        ):  # "Thủy sản: 1.120" over "Rau quả: 610": each line says what its figure is
            paragraphs += lines
        elif joined:
            paragraphs.append(joined)
    return paragraphs
