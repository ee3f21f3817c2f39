"""PDF press releases with a text layer (`.pdf`), read with pdfminer.six's layout
analysis: text boxes in reading order (a two-column page column by column), a paragraph
that runs on into the next column or page joined again, page numbers and running
headers dropped.

The headline is the first page's text in the largest type, when it is clearly larger
than the body; smaller lines above it are the letterhead (issuing body, release date). A
scanned PDF (pages that are images, no text layer) and one whose fonts map no glyph to
Unicode are refused, naming why: the text would have to be recognised first.
"""

from __future__ import annotations

import io
import logging
from collections import Counter
from dataclasses import dataclass

import regex as re

from briefing.document import Change
from briefing.errors import InputError
from briefing.reading.base import RawArticle, paragraphs_of
from briefing.reading.press import LABEL, letterhead

MAX_PAGES = 60
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:Trang|Page|페이지)?\s*\d{1,3}(?:\s*(?:/|of|trên)\s*\d{1,3})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?…:;。\"”’)\]]$")
_CID = re.compile(r"\(cid:\d+\)")


@dataclass
class _Box:
    page: int
    x0: float
    x1: float
    y0: float  # bottom, in PDF points from the page's foot
    y1: float  # top
    size: float  # the type size most of its characters are set in
    lines: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def read(data: bytes, where: str) -> RawArticle:
    """A PDF's article text, headline, source and release date."""
    boxes, images = _boxes(data, where)
    text = "".join(box.text for box in boxes)
    if len(re.sub(r"\s", "", text)) < 20:
        if images:
            raise InputError(
                f"{where}: is a scanned PDF (its pages are images, with no text layer); run "
                "OCR on it first (for example `ocrmypdf in.pdf out.pdf`) or give the text as .docx or .txt"
            )
        raise InputError(f"{where}: has no text; give the press release as .docx or .txt")
    if len(_CID.findall(text)) > max(5, len(text) // 200):
        raise InputError(
            f"{where}: its fonts do not say which characters they draw, so no text can be "
            "read from it; export the PDF again with text (or run OCR on it), or give it as .docx"
        )
    changes: list[Change] = []
    boxes = _without_furniture(boxes, changes)
    metadata: dict[str, str] = {}
    boxes = _headline(boxes, metadata, changes)
    blocks: list[list[str]] = []
    previous: _Box | None = None
    for box in boxes:
        if LABEL.match(box.text):
            changes.append(Change("letterhead", box.text, ""))
            continue
        moved = previous is not None and (box.page != previous.page or box.y1 > previous.y0)
        if (
            blocks
            and previous is not None
            and moved
            and abs(box.size - previous.size) < 0.5
            and not _ENDS_SENTENCE.search(previous.lines[-1])
        ):
            blocks[-1] += box.lines  # a paragraph that runs on into the next column or page
        else:
            blocks.append(list(box.lines))
        previous = box
    return RawArticle(paragraphs=paragraphs_of(blocks), metadata=metadata, changes=changes)


def _boxes(data: bytes, where: str) -> tuple[list[_Box], int]:
    """The text boxes of every page in pdfminer's reading order, and how many images."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTFigure, LTImage, LTTextContainer
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    # pdfminer logs what it works around (a damaged stream, a missing font width) as
    # warnings: the reader's answer is the text or one refusal, not a log on stderr.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    boxes: list[_Box] = []
    images = 0
    try:
        pages = extract_pages(io.BytesIO(data), laparams=LAParams(), maxpages=MAX_PAGES)
        for number, page in enumerate(pages, start=1):
            found: list[_Box] = []
            for element in page:
                if isinstance(element, (LTImage, LTFigure)):
                    images += 1
                if not isinstance(element, LTTextContainer):
                    continue
                lines = [" ".join(line.get_text().split()) for line in element]
                lines = [line for line in lines if line]
                sizes = Counter(
                    round(char.size, 1)
                    for line in element
                    for char in line
                    if isinstance(char, LTChar)
                )
                if lines:
                    size = sizes.most_common(1)[0][0] if sizes else 0.0
                    found.append(
                        _Box(number, element.x0, element.x1, element.y0, element.y1, size, lines)
                    )
            boxes += _reading_order(found, (page.x0 + page.x1) / 2)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(
            f"{where}: is password-protected; save a copy without the password and give that"
        ) from None
    except RecursionError:
        raise InputError(
            f"{where}: nests its objects too deeply to be read; export it again as PDF, or "
            "give the press release as .docx or .txt"
        ) from None
    except Exception as exc:  # pdfminer meeting damage it cannot read: syntax, streams, fonts
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError(
            f"{where}: is not a PDF that can be read ({reason}); export it again as PDF, or "
            "give the press release as .docx or .txt"
        ) from None
    return boxes, images


def _reading_order(boxes: list[_Box], middle: float) -> list[_Box]:
    """A page's boxes as read: down the left column, then down the right one, band by band
    between the boxes that span the page (a headline, a full-width paragraph)."""
    wide = sorted(
        (b for b in boxes if b.x0 < middle - 5 and b.x1 > middle + 5), key=lambda b: -b.y1
    )
    bands: list[list[_Box]] = [[] for _ in range(len(wide) + 1)]
    for box in boxes:
        if box in wide:
            continue
        above = sum(1 for w in wide if w.y1 >= box.y1)  # how many spanning boxes stand above it
        bands[above].append(box)
    ordered: list[_Box] = []
    for number, band in enumerate(bands):
        if number:
            ordered.append(wide[number - 1])
        ordered += sorted(band, key=lambda b: (b.x0 >= middle, -b.y1))
    return ordered


def _without_furniture(boxes: list[_Box], changes: list[Change]) -> list[_Box]:
    """Boxes without page numbers and without running headers or footers (the same short
    text on more than one page)."""
    pages = Counter(box.text for box in boxes if len(box.text) < 120)
    repeated = (
        {text for text, count in pages.items() if count > 1}
        if max((box.page for box in boxes), default=1) > 1
        else set()
    )
    kept = []
    for box in boxes:
        if _PAGE_NUMBER.match(box.text):
            continue
        if box.text in repeated:
            changes.append(Change("running-header", box.text, ""))
            continue
        kept.append(box)
    return kept


def _headline(boxes: list[_Box], metadata: dict[str, str], changes: list[Change]) -> list[_Box]:
    """The first page's largest type, when clearly larger than the body, is the headline;
    what stands above it in smaller type is the letterhead."""
    first = [box for box in boxes if box.page == 1]
    if not first:
        return boxes
    weights: Counter[float] = Counter()
    for box in boxes:
        weights[box.size] += len(box.text)
    body = weights.most_common(1)[0][0]
    top = max(first, key=lambda box: box.size)
    if top.size < body * 1.2 or len(top.text) > 250:
        return boxes
    parts = [box for box in first if box.size == top.size and abs(box.y1 - top.y1) < 4 * top.size]
    metadata["title"] = " ".join(box.text for box in parts)
    above = [box for box in first if box.y0 > top.y1 and box not in parts]
    letterhead([line for box in above for line in box.lines], metadata)
    for box in above:
        changes.append(Change("letterhead", box.text, ""))
    return [box for box in boxes if box not in parts and box not in above]
