from __future__ import annotations

from pathlib import Path

import pytest

from briefing.document import Document
from briefing.segment import load, segment
from briefing.summarize import create
from briefing.summarize.tokens import content_words
from briefing.translate.fake import FakeTranslator
from briefing.translate.plan import translate as translate_targets
from tests.conftest import reference_table


def seed_document(seed: Path) -> Document:
    article, paragraphs = load(seed)
    document = segment(article, paragraphs)
    fake = FakeTranslator(reference_table())
    for target in ("ko", "en"):
        document = translate_targets(document, [target], fake)
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


def test_seed_key_points_open_with_the_lead_and_stand_alone(seed: Path) -> None:
    document = seed_document(seed)
    summary = create("extractive").summarize(document, 5)["vi"]
    texts = [s.text for s in summary.sentences]
    assert summary.sentences[0].segment_ids == ["p1s1"]
    assert not any(t.startswith(("Chẳng hạn", "Ông đề nghị", "Ngoài ra")) for t in texts)


def test_machine_output_does_not_change_the_choice(seed: Path) -> None:
    """The glossary and the model shape the translations, never the Vietnamese choice."""
    article, paragraphs = load(seed)
    plain = segment(article, paragraphs)
    translated = seed_document(seed)
    other = segment(article, paragraphs)
    for target in ("ko", "en"):
        other = translate_targets(other, [target], FakeTranslator())  # "[ko] …": another model
    chosen = [create("extractive").select(d, 5) for d in (plain, translated, other)]  # type: ignore[attr-defined]
    assert chosen[0] == chosen[1] == chosen[2]


@pytest.mark.parametrize(
    "text, language, alone",
    [
        ("Chẳng hạn, phát triển mô hình ngôn ngữ lớn.", "vi", False),
        ("Ông đề nghị doanh nghiệp Hàn Quốc cùng đầu tư.", "vi", False),
        ("Theo ông, hai nước cần hợp tác.", "vi", False),
        ("Ông Park Yoon Kyu cam kết hợp tác.", "vi", True),
        ("Ngoài ra, Quỹ sẽ hỗ trợ.", "vi", False),
        ("또한 양국은 협력을 강화하기로 했다.", "ko", False),
        ("박윤규 원장은 협력을 약속했다.", "ko", True),
    ],
)
def test_sentences_that_lean_on_the_one_before(text: str, language: str, alone: bool) -> None:
    from briefing.summarize.base import self_contained

    assert self_contained(text, language) is alone
