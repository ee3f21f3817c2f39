"""Facts of an article: the event, people, organisations and figures its source states.

One interface for every source language (`base.Reader`); each language's reader is a
package of named rules with their examples (`vi/`, `ko/`), its word lists data files
(`briefing/data`). See `base` for the contract.
"""

from __future__ import annotations

import importlib

from briefing.document import Document, Figure, Organisation, Person, Segment
from briefing.facts.base import RULES, Reader, exclusive, read, run
from briefing.languages import SOURCES

__all__ = ["RULES", "extract", "figures_in", "organisations_in", "people_in", "reader_of"]


def reader_of(language: str) -> Reader:
    """The fact reader of a source language (see briefing.languages)."""
    reader: Reader = importlib.import_module(SOURCES[language].facts).READER
    return reader


def extract(document: Document) -> Document:
    """The event, people, organisations and figures the source states; what the reader is
    unsure of in `facts.to_check`."""
    return read(document, reader_of(document.source_language), reader_of)


def people_in(segment: Segment, language: str = "vi") -> list[Person]:
    """The people the reader's rules read in one segment, doubts left out."""
    found = exclusive(run(reader_of(language).people, segment))
    return [f.fact for f in found if not f.doubt and isinstance(f.fact, Person)]


def organisations_in(segment: Segment, language: str = "vi") -> list[str]:
    """The organisations the reader's rules read in one segment, as written."""
    found = exclusive(run(reader_of(language).organisations, segment))
    return [
        next(iter(f.fact.name.values()))
        for f in sorted(found, key=lambda f: f.start)
        if not f.doubt and isinstance(f.fact, Organisation)
    ]


def figures_in(segment: Segment, language: str = "vi") -> list[Figure]:
    """The figures the reader's rules read in one segment, doubts included."""
    return [
        f.fact for f in run([reader_of(language).figures], segment) if isinstance(f.fact, Figure)
    ]
