"""The Summarizer contract and registry."""

from __future__ import annotations

import importlib
import re
from typing import Any, Protocol, runtime_checkable

from briefing.document import Document, Summary
from briefing.errors import ConfigError


@runtime_checkable
class Summarizer(Protocol):
    """Picks or writes a document's key points in every language."""

    method: str

    def summarize(self, document: Document, sentences: int) -> dict[str, Summary]:
        """A summary per language of the document, each sentence linked to segment ids."""
        ...

    def signature(self) -> dict[str, str]:
        """What identifies this summarizer in the run's signature."""


SUMMARIZERS = {
    "extractive": "briefing.summarize.extractive:ExtractiveSummarizer",
    "abstractive": "briefing.summarize.abstractive:AbstractiveSummarizer",
}


def create(method: str, **options: Any) -> Summarizer:
    """The summarizer registered as `method`, built with `options`; a `ConfigError` for an
    unknown one."""
    try:
        module_name, _, class_name = SUMMARIZERS[method].partition(":")
    except KeyError:
        raise ConfigError(
            f"unknown summarizer {method!r}; choose one of {', '.join(SUMMARIZERS)}"
        ) from None
    summarizer: Summarizer = getattr(importlib.import_module(module_name), class_name)(**options)
    return summarizer


# Openings that lean on the sentence before: a connective ("Chẳng hạn", "Ngoài ra") or a
# bare pronoun for someone named earlier ("Ông đề nghị", "Theo ông"). Out of context a
# key point that opens this way means nothing, so such sentences are passed over.
LEANING = {
    "vi": re.compile(
        r"^(?:Chẳng hạn|Ví dụ|Ngoài ra|Bên cạnh đó|Theo đó|Do đó|Vì vậy|Vì thế|Tuy nhiên|"
        r"Đồng thời|Trong đó|Cụ thể|Như vậy|Mặt khác|Hơn nữa|Thêm vào đó|Trước đó|Sau đó|"
        r"Qua đó|Từ đó|Nhờ đó|Điều này|Đây là|Đó là|Họ|Theo (?:ông|bà|anh|chị|họ)|"
        r"(?:Ông|Bà|Anh|Chị)(?= [a-zđà-ỹ]))(?![\w])"
    ),
    "ko": re.compile(
        r"^(?:또한|한편|이에|이와 함께|이어|그러나|하지만|따라서|특히|이는|이를|그는|그녀는|"
        r"그러면서|아울러|예를 들어|이번|이 밖에|그 결과)(?![가-힣])"
    ),
    "en": re.compile(r"^(?:Also|However|For example|In addition|He|She|They|This|These)\b"),
}


def self_contained(text: str, language: str) -> bool:
    """False for a sentence that opens by leaning on the one before it."""
    pattern = LEANING.get(language)
    return pattern is None or not pattern.match(text.strip("“\"'( "))


def candidates(document: Document) -> list[str]:
    """Segment ids that may appear in key points: body sentences of four words or more that
    stand on their own, never captions, headings, a table's rows (`구분 | 상담액` …) or the
    line that opens a list (`Kim ngạch … (triệu USD):`), nor a list's lines."""
    from briefing.layout import LIST_LINE, is_table_row

    return [
        s.id
        for s in document.segments
        if s.kind == "body"
        and len(s.text.split()) >= 4
        and not is_table_row(s.text.split("\n", 1)[0])
        and not s.text.rstrip().endswith((":", "："))
        and not LIST_LINE.match(s.text)
        and self_contained(s.text, document.source_language)
    ]


def lead(document: Document) -> str | None:
    """The article's first body sentence: news puts what matters most there."""
    for segment in document.segments:
        if segment.kind == "body":
            return segment.id if segment.id in candidates(document) else None
    return None


def refresh(document: Document) -> Document:
    """Extractive key points are their segments: after a review they read as the reviewed
    segments do (so a brief never shows machine text in its key points once the segments
    are approved, and the summary checks compare like with like)."""
    for language, summary in document.summaries.items():
        if summary.method != "extractive":
            continue
        for sentence in summary.sentences:
            texts = [document.text(document.segment(i), language) for i in sentence.segment_ids]
            sentence.text = " ".join(t for t in texts if t)
    return document
