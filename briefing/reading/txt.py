"""Plain text articles (`.txt`): optional front matter, then paragraphs separated by
blank lines."""

from __future__ import annotations

import regex as re

from briefing.reading.base import RawArticle, decode, paragraphs_of
from briefing.reading.front_matter import split_front_matter


def read(data: bytes, where: str) -> RawArticle:
    """A UTF-8 text file's paragraphs and front matter."""
    return parse(decode(where, data))


def parse(text: str) -> RawArticle:
    """Text (with optional front matter) into paragraphs: blocks between blank lines."""
    metadata, body = split_front_matter(text)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [block.split("\n") for block in re.split(r"\n[ \t]*\n", body)]
    return RawArticle(paragraphs=paragraphs_of(blocks), metadata=metadata)
