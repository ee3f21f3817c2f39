"""HTML articles and news pages saved from a browser (`.html`, `.htm`), read by
trafilatura: the article's text without the page's menus, advertisements, related links,
share buttons and comments; its headline, publication date, author and site name from the
page's metadata (Open Graph, `article:published_time`, `author`, JSON-LD).

Two things trafilatura leaves to us. A news page's lead (`sapo`, `summary`, `description`)
often stands outside the container trafilatura takes for the article body: it is put back
in front. And a bare page (a few paragraphs, no boilerplate) is read whole: the sizes
below which trafilatura falls back to rougher extractors are set to their minimum.
"""

from __future__ import annotations

import codecs
from functools import cache
from typing import Any

import regex as re

from briefing.errors import InputError
from briefing.reading.base import RawArticle, check_text, decode

# Elements that hold a news page's lead, by a word of their class or id (`detail-sapo`,
# `article_lead`, `summary`), and the page parts a lead never stands in.
_LEAD = re.compile(
    r"(?:^|[\s_-])(?:sapo|lead|summary|description|excerpt|standfirst|chapeau|intro|"
    r"sub[-_]?title|요약|부제)(?:$|[\s_-])",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|banner|related|comments?|reply|sidebar|menu|nav\w*|"
    r"footer|widget|popup|modal|promo\w*)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_ISO_DATE = re.compile(r"\A(?:19|20)\d{2}-\d{2}-\d{2}\Z")


def read(data: bytes, where: str) -> RawArticle:
    """A page's article text, headline and metadata."""
    return parse(_decode(where, data))


def parse(text: str) -> RawArticle:
    """HTML into the article's paragraphs and what the page says about itself."""
    import trafilatura
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,  # a short article is kept whole
        fast=True,  # trafilatura's own extractor only: the same page always reads the same
        prune_xpath="//nav",  # a menu is never the article, even where nothing else is left
        config=_config(),
    )
    if not isinstance(document, Document) or document.body is None:
        return RawArticle(paragraphs=[])
    paragraphs = [p for element in document.body for p in _paragraphs(element)]
    lead = _lead(text, paragraphs)
    if lead:
        paragraphs.insert(0, lead)
    metadata: dict[str, str] = {}
    title = _clean(document.title or "")
    if title:
        metadata["title"] = title
        if paragraphs and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
    if document.date and _ISO_DATE.match(document.date):
        metadata["posted"] = document.date
    source = ", ".join(_clean(s) for s in (document.sitename, document.author) if s)
    if source:
        metadata["source"] = source
    if document.url:
        metadata["url"] = document.url
    return RawArticle(paragraphs=paragraphs, metadata=metadata)


@cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    for key in (
        "MIN_EXTRACTED_SIZE",
        "MIN_OUTPUT_SIZE",
        "MIN_EXTRACTED_COMM_SIZE",
        "MIN_OUTPUT_COMM_SIZE",
    ):
        config["DEFAULT"][key] = "1"
    # The date is the page's own (its metadata), never one guessed from the text.
    config["DEFAULT"]["EXTENSIVE_DATE_SEARCH"] = "off"
    return config


def _clean(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(element: Any) -> list[str]:
    """The paragraphs of one element of trafilatura's output: a block's text, a new
    paragraph at each line break (`<br>`), each list item and table cell apart."""
    if element.tag in ("list", "table", "row", "quote", "div") and len(element):
        found = [_clean(element.text or "")] if _clean(element.text or "") else []
        for child in element:
            found += _paragraphs(child)
            if child.tail and _clean(child.tail):
                found.append(_clean(child.tail))
        return found
    pieces = [element.text or ""]
    for child in element.iter():
        if child is element:
            continue
        if child.tag == "lb":
            pieces.append("\n")
        else:
            pieces.append(child.text or "")
        pieces.append(child.tail or "")
    return [_clean(line) for line in "".join(pieces).split("\n") if _clean(line)]


def _lead(page: str, paragraphs: list[str]) -> str | None:
    """A lead paragraph outside what trafilatura kept: the first element marked as one
    (`<p class="sapo">`, `<h2 class="summary">`) that is a sentence or more, not already
    in the text, not inside a menu, advertisement, sidebar or comment, and standing
    before the text trafilatura kept."""
    from lxml import etree, html

    try:
        tree = html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    kept = " ".join(paragraphs)
    full = _clean(tree.text_content())
    first = full.find(paragraphs[0][:60]) if paragraphs else len(full)
    for element in tree.iter("p", "h2", "div", "span"):
        if not _LEAD.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        outside = any(
            _ASIDE.search(f"{parent.get('class', '')} {parent.get('id', '')}")
            or parent.tag in ("nav", "aside", "footer", "form")
            for parent in element.iterancestors()
        )
        text = _clean(element.text_content())
        if outside or len(text) < 40 or text in kept or text[:60] in kept:
            continue
        if 0 <= full.find(text) < max(first, 0) or first < 0:
            return text
    return None


def _decode(where: str, data: bytes) -> str:
    """UTF-8, or the encoding the page declares (`<meta charset="euc-kr">`): pages saved
    from older Korean and Vietnamese sites keep theirs."""
    try:
        return decode(where, data)
    except InputError as refused:
        declared = _CHARSET.search(data[:4096])
        if not declared or "not UTF-8" not in str(refused):
            raise
        name = declared.group(1).decode("ascii")
        try:
            codecs.lookup(name)
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            raise refused from None
        check_text(where, text)
        return text
