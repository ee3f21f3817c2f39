"""Word lists and tables a linguist edits without touching code.

A list is a UTF-8 text file, one entry per line; `#` starts a comment and blank lines are
skipped; an entry keeps its inner spaces (`Thứ trưởng`, `Công ty TNHH`). A table (`.tsv`)
has two tab-separated columns: an entry and what it stands for. Each file says in its
header what it lists, what reads it and where its entries come from.

    vi/…   read by the Vietnamese fact reader (briefing.facts.vi)
    ko/…   read by the Korean fact reader (briefing.facts.ko)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    path = DATA / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            out.append(entry)
    return out


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of list `name` (`vi/surnames`), in the file's order, without repeats."""
    return tuple(dict.fromkeys(_lines(f"{name}.txt")))


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of the list `name`, as a set."""
    return frozenset(words(name))


@cache
def table(name: str) -> dict[str, str]:
    """The rows of table `name` (`vi/long-forms`): first column -> second column."""
    out = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


def by_length(entries: tuple[str, ...] | frozenset[str]) -> list[str]:
    """Longest first: what an alternation needs so `Phó Chủ tịch` wins over `Chủ tịch`."""
    return sorted(set(entries), key=lambda e: (-len(e), e))
