"""The real loading, tokenising and generating code on the tiny models."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.document import Document, Segment
from briefing.segment import load, segment
from briefing.summarize.abstractive import AbstractiveSummarizer
from briefing.translate.hf import TransformersTranslator

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def translator() -> TransformersTranslator:
    from tests.conftest import TINY_NLLB

    if not (TINY_NLLB / "config.json").is_file():
        pytest.fail("models/tiny/nllb is missing: run `make tiny-models`")
    t = TransformersTranslator(str(TINY_NLLB), beam_size=1)
    t.load()
    return t


@pytest.mark.parametrize(
    "text",
    [
        "Thứ trưởng Bộ KH&CN Hoàng Minh nhấn mạnh 50.000 kỹ sư AI.",
        "최영삼 주베트남 한국대사는 양국이 협력 기반을 쌓아 왔다.",
        "Viet Nam aims to be in the top 3 of ASEAN by 2030.",
    ],
)
def test_tokenizer_round_trips(translator: TransformersTranslator, text: str) -> None:
    tokenizer = translator._tokenizer
    ids = tokenizer(text)["input_ids"]
    assert tokenizer.unk_token_id not in ids
    assert tokenizer.decode(ids, skip_special_tokens=True) == text


def test_language_codes_are_single_tokens(translator: TransformersTranslator) -> None:
    tokenizer = translator._tokenizer
    for code in ("vie_Latn", "kor_Hang", "eng_Latn"):
        assert tokenizer.convert_tokens_to_ids(code) != tokenizer.unk_token_id
    assert translator.family == "nllb"


def test_translates_every_sentence(translator: TransformersTranslator) -> None:
    texts = ["Xin chào.", "", "Việt Nam đặt mục tiêu đến năm 2030."]
    out = translator.translate(texts, "vi", "ko")
    assert len(out) == 3 and out[1] == "" and out[0] and out[2]


def test_long_sentence_is_translated_in_pieces_not_truncated(
    translator: TransformersTranslator,
) -> None:
    long = " ".join(["hạ tầng số"] * 300)  # about 3,000 characters, no punctuation
    assert translator.count_tokens(long) > translator.limit
    pieces: list[str] = []
    original = translator._model.generate

    def spy(**kwargs: object) -> object:
        pieces.extend(
            translator._tokenizer.batch_decode(kwargs["input_ids"], skip_special_tokens=True)
        )
        return original(**kwargs)

    translator._model.generate = spy
    try:
        out = translator.translate([long], "vi", "en")
    finally:
        translator._model.generate = original
    assert len(pieces) > 1  # split into pieces, and every word of it translated:
    assert sorted(" ".join(pieces).split()) == sorted(long.split())
    assert out[0]


def test_abstractive_summarizer_links_sentences_to_segments(seed: Path, tiny_mt5: Path) -> None:
    article, paragraphs = load(seed)
    document: Document = segment(article, paragraphs)
    summarizer = AbstractiveSummarizer(str(tiny_mt5), beam_size=1, max_summary_tokens=24)
    summaries = summarizer.summarize(document, 3)
    vi = summaries["vi"]
    assert vi.method.startswith("abstractive")
    assert 1 <= len(vi.sentences) <= 3
    ids = {s.id for s in document.segments if isinstance(s, Segment)}
    assert all(set(s.segment_ids) <= ids and s.segment_ids for s in vi.sentences)
