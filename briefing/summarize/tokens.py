"""Language-aware content words: Vietnamese word segmentation (pyvi), Korean
morphemes (kiwipiepy), English words. Loaded lazily, once per process."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefing.reading.sentences import kiwi

VI_STOPWORDS = set(
    [
        "và",
        "của",
        "là",
        "có",
        "các",
        "những",
        "được",
        "cho",
        "với",
        "trong",
        "để",
        "đã",
        "sẽ",
        "này",
        "đó",
        "một",
        "không",
        "cũng",
        "như",
        "tại",
        "theo",
        "từ",
        "về",
        "khi",
        "thì",
        "mà",
        "do",
        "nên",
        "vào",
        "ra",
        "lên",
        "đến",
        "người",
        "việc",
        "sự",
        "rằng",
        "hơn",
        "rất",
        "cùng",
        "nhiều",
    ]
)
EN_STOPWORDS = set(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "will",
        "would",
        "should",
        "can",
        "could",
        "has",
        "have",
        "had",
        "not",
        "no",
        "but",
        "also",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "us",
        "you",
        "your",
        "than",
        "then",
        "so",
        "such",
        "into",
        "about",
        "over",
        "more",
        "most",
    ]
)
_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _pyvi() -> Any:
    from pyvi import ViTokenizer

    return ViTokenizer


def content_words(text: str, language: str) -> list[str]:
    """The content words of `text`, lower case: Kiwi's nouns, verbs and adjectives for
    Korean, pyvi's words for Vietnamese, words for English; stop words left out."""
    if not text.strip():
        return []
    if language == "ko":
        keep = ("NN", "NR", "SL", "SN", "SH", "VV", "VA", "XR")
        return [
            t.form.lower()
            for t in kiwi().tokenize(text)
            if t.tag.startswith(keep) and t.form.strip()
        ]
    if language == "vi":
        words = _pyvi().tokenize(text).split()
        out = []
        for word in words:
            lowered = word.lower()
            if _WORD.search(lowered) and lowered not in VI_STOPWORDS:
                out.append(lowered)
        return out
    return [w for w in _WORD.findall(text.lower()) if w not in EN_STOPWORDS]
