"""Markdown articles (`.md`): optional front matter (python-frontmatter), then CommonMark
read by markdown-it-py. The first `#` heading is the title unless the front matter gives
one; emphasis, links and code keep their text; images, raw HTML tags and comments are
dropped.

A tight list (items without blank lines between them) is one paragraph, as a block of
lines in a text file is; the items of a loose list are paragraphs of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.reading.base import RawArticle, decode, paragraphs_of
from briefing.reading.front_matter import split_front_matter


def read(data: bytes, where: str) -> RawArticle:
    """A UTF-8 Markdown file's paragraphs, front matter and title."""
    return parse(decode(where, data))


def parse(text: str) -> RawArticle:
    """Markdown (with optional front matter) into paragraphs and metadata."""
    metadata, body = split_front_matter(text)
    parser = MarkdownIt("commonmark")
    # Nothing is fetched or linked: every link's text is read, whatever its scheme.
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    tokens = parser.parse(body.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[list[str]] = []
    block: list[str] = []  # the lines of the tight list being read
    in_title = False
    lists = 0  # how deep in lists the token is
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1" and "title" not in metadata:
            in_title = True
        elif token.type == "inline" and in_title:
            metadata["title"] = _inline(token.children or []).replace("\n", " ").strip()
            in_title = False
        elif token.type == "inline":
            lines = _inline(token.children or []).split("\n")
            opened = tokens[index - 1] if index else None
            if block or (opened and opened.type == "paragraph_open" and opened.hidden):
                block += lines
            else:
                blocks.append(lines)
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.split("\n"))
        elif token.type == "html_block":
            blocks.append(_html_text(token.content).split("\n"))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
            if not lists and block:
                blocks.append(block)
                block = []
    if block:
        blocks.append(block)
    return RawArticle(paragraphs=paragraphs_of(blocks), metadata=metadata)


def _inline(children: Sequence[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def _html_text(content: str) -> str:
    """The text of a raw HTML block, its tags, comments, scripts and styles dropped."""
    from lxml import etree, html

    try:
        fragment = html.fragment_fromstring(content, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in list(fragment.iter(etree.Comment, "script", "style")):
        element.drop_tree()
    return str(fragment.text_content())
