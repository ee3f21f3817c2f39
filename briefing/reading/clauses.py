"""Cutting text that is too long for one segment or one model input at its clause
boundaries, strongest first, else between words; nothing dropped."""

from __future__ import annotations

import re
from collections.abc import Callable

# Clause boundaries, strongest first: a long sentence is cut at the last one
# that keeps the piece under the limit.
_BOUNDARIES = (
    re.compile(r"(?<=[;:])\s+"),
    re.compile(r"(?<=[,–—])\s+"),
    re.compile(r"\s+(?=(?:và|nhưng|nên|vì|để|do|mà|hoặc|hay|còn|thì|song|đồng thời)\s)"),
    re.compile(r"\s+"),
)


def split_long(text: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` tokens at the strongest boundary.

    Nothing is dropped: joining the pieces with single spaces gives the text back
    (up to whitespace). A single word longer than the limit is cut by characters.
    """
    if count(text) <= limit:
        return [text]
    for boundary in _BOUNDARIES:
        parts = [p for p in boundary.split(text) if p]
        if len(parts) < 2:
            continue
        pieces: list[str] = []
        current = ""
        for part in parts:
            candidate = f"{current} {part}" if current else part
            if current and count(candidate) > limit:
                pieces.append(current)
                current = part
            else:
                current = candidate
        pieces.append(current)
        if len(pieces) > 1:
            return [q for p in pieces for q in split_long(p, count, limit)]
    # One unbreakable run of characters: cut it by size.
    size = max(1, len(text) * limit // max(count(text), 1))
    return [text[i : i + size] for i in range(0, len(text), size)]
