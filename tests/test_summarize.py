from __future__ import annotations

from pathlib import Path

import pytest

from briefing.document import Document
from briefing.pipeline import translate
from briefing.segment import load, segment
from briefing.summarize import create
from briefing.summarize.tokens import content_words
from briefing.translate.fake import FakeTranslator
from tests.conftest import reference_table


def seed_document(seed: Path) -> Document:
    article, paragraphs = load(seed)
    document = segment(article, paragraphs)
    fake = FakeTranslator(reference_table())
    for target in ("ko", "en"):
        document = translate(document, target, fake)
    return document


@pytest.mark.parametrize("sentences", [1, 3, 5])
def test_same_points_in_every_language(seed: Path, sentences: int) -> None:
    document = seed_document(seed)
    summaries = create("extractive").summarize(document, sentences)
    assert set(summaries) == {"vi", "ko", "en"}
    linked = [[s.segment_ids for s in summaries[lang].sentences] for lang in ("vi", "ko", "en")]
    assert linked[0] == linked[1] == linked[2]
    assert len(linked[0]) == sentences
    for lang in ("ko", "en"):
        for sentence in summaries[lang].sentences:
            (seg_id,) = sentence.segment_ids
            assert sentence.text == document.segment(seg_id).translations[lang].text


def test_captions_never_become_key_points(seed: Path) -> None:
    document = seed_document(seed)
    summary = create("extractive").summarize(document, 25)["vi"]
    kinds = {document.segment(i).kind for s in summary.sentences for i in s.segment_ids}
    assert kinds == {"body"}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Trung tâm dữ liệu AI của Việt Nam", "vi", "trung_tâm"),
        ("한국 과학기술정보통신부가 포럼을 개최했다", "ko", "포럼"),
        ("The Ministry organised the forum", "en", "forum"),
    ],
)
def test_language_aware_tokens(text: str, language: str, expected: str) -> None:
    tokens = content_words(text, language)
    assert expected in tokens
    assert "của" not in tokens and "the" not in tokens
