"""The Summarizer contract and registry."""

from __future__ import annotations

import importlib
from typing import Any, Protocol, runtime_checkable

from briefing.document import Document, Summary
from briefing.errors import ConfigError


@runtime_checkable
class Summarizer(Protocol):
    method: str

    def summarize(self, document: Document, sentences: int) -> dict[str, Summary]:
        """A summary per language of the document, each sentence linked to segment ids."""
        ...

    def signature(self) -> dict[str, str]: ...


SUMMARIZERS = {
    "extractive": "briefing.summarize.extractive:ExtractiveSummarizer",
    "abstractive": "briefing.summarize.abstractive:AbstractiveSummarizer",
}


def create(method: str, **options: Any) -> Summarizer:
    try:
        module_name, _, class_name = SUMMARIZERS[method].partition(":")
    except KeyError:
        raise ConfigError(
            f"unknown summarizer {method!r}; choose one of {', '.join(SUMMARIZERS)}"
        ) from None
    summarizer: Summarizer = getattr(importlib.import_module(module_name), class_name)(**options)
    return summarizer


def candidates(document: Document) -> list[str]:
    """Segment ids that may appear in key points: body sentences, never captions or headings."""
    return [s.id for s in document.segments if s.kind == "body" and len(s.text.split()) >= 4]
