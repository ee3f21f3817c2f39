"""Facts of an article, read by its source language's extractor (see briefing.languages)."""

from __future__ import annotations

import importlib

from briefing.document import Document
from briefing.languages import SOURCES


def extract(document: Document) -> Document:
    """The event, people, organisations and figures the source states."""
    module = importlib.import_module(SOURCES[document.source_language].facts)
    result: Document = module.extract(document)
    return result
