from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import ConfigError, ModelUnavailable
from briefing.modelstore import resolve
from briefing.translate import LANGUAGE_CODES, create
from briefing.translate.base import (
    batch_budget,
    batches_by_length,
    language_code,
    pieces_for,
    split_long,
    spread,
)
from briefing.translate.fake import FakeTranslator


def words(text: str) -> int:
    return len(text.split())


def test_long_sentence_is_split_at_clauses_and_nothing_is_lost() -> None:
    text = "Việt Nam đầu tư hạ tầng số, đào tạo kỹ sư AI; doanh nghiệp cùng phát triển, " * 12
    pieces = split_long(text.strip(), words, 20)
    assert len(pieces) > 1
    assert all(words(p) <= 20 for p in pieces)
    assert " ".join(pieces).split() == text.split()
    assert pieces[0].endswith((",", ";"))  # cut at a clause boundary, not mid-clause


def test_3000_characters_without_punctuation_are_kept_whole() -> None:
    text = " ".join(["hạtầng"] * 430)[:3000]
    pieces = split_long(text, words, 50)
    assert all(words(p) <= 50 for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


def test_unbreakable_run_is_cut_by_size() -> None:
    pieces = split_long("x" * 500, len, 100)
    assert "".join(pieces) == "x" * 500 and max(map(len, pieces)) <= 100


def test_batches_are_sorted_and_within_the_token_budget() -> None:
    texts = ["một " * n for n in (30, 2, 10, 2, 25, 7)]
    pieces = pieces_for(texts, words, 100)
    batches = list(batches_by_length(pieces, batch_tokens=40))
    lengths = [p.tokens for batch in batches for p in batch]
    assert lengths == sorted(lengths)
    assert all(max(p.tokens for p in b) * len(b) <= 40 or len(b) == 1 for b in batches)
    assert sorted(p.index for b in batches for p in b) == list(range(6))


def test_wider_beams_take_fewer_sentences_per_batch(tiny_nllb: Path) -> None:
    """The budget holds hypotheses, not sentences: beam 4 batches half the tokens of
    beam 2, so both keep as many hypotheses (and attention caches) in flight."""
    assert [batch_budget(768, beam) for beam in (1, 2, 4, 8)] == [768, 768, 384, 192]
    texts = ["một " * n for n in (30, 2, 10, 2, 25, 7, 12, 18)]
    pieces = pieces_for(texts, words, 100)
    at = {beam: list(batches_by_length(pieces, batch_budget(60, beam))) for beam in (2, 4)}
    assert len(at[4]) > len(at[2])
    for beam, batches in at.items():
        hypotheses = [max(p.tokens for p in b) * len(b) * beam for b in batches if len(b) > 1]
        assert max(hypotheses) <= 120
    translator = create("ct2", model=str(tiny_nllb), beam_size=4, batch_tokens=768)
    assert translator.batch_tokens == 384


@pytest.mark.parametrize(
    "family, language, code",
    [
        ("nllb", "vi", "vie_Latn"),
        ("nllb", "ko", "kor_Hang"),
        ("nllb", "en", "eng_Latn"),
        ("m2m100", "ko", "ko"),
        ("mbart50", "vi", "vi_VN"),
        ("marian", "ko", ">>kor<<"),
    ],
)
def test_language_code_table(family: str, language: str, code: str) -> None:
    assert language_code(family, language) == code


def test_every_family_covers_the_three_languages() -> None:
    assert all(set(codes) == {"vi", "ko", "en"} for codes in LANGUAGE_CODES.values())


def test_fake_translator_uses_its_table_and_counts_calls() -> None:
    fake = FakeTranslator({"ko": {"Xin chào.": "안녕하세요."}})
    assert fake.translate(["Xin chào.", "Cảm ơn."], "vi", "ko") == ["안녕하세요.", "[ko] Cảm ơn."]
    assert fake.calls == [("vi", "ko", 2)]


def test_registry_refuses_unknown_backends() -> None:
    with pytest.raises(ConfigError, match="unknown translation backend 'nope'"):
        create("nope", model="x")


def test_missing_directory_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="make tiny-models"):
        resolve("models/tiny/absent", tmp_path)


def test_offline_hub_model_error_names_model_places_and_command(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable) as caught:
        resolve("facebook/nllb-200-distilled-600M", tmp_path)
    message = str(caught.value)
    assert "facebook/nllb-200-distilled-600M" in message
    assert str(tmp_path / "hf" / "facebook--nllb-200-distilled-600M") in message
    assert "Hugging Face cache" in message
    assert "briefing models pull facebook/nllb-200-distilled-600M" in message


def test_directory_without_config_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match=r"no config\.json"):
        resolve(str(tmp_path), tmp_path)


@pytest.mark.parametrize(
    "sizes, workers, expected",
    [([8], 2, [4, 4]), ([5, 1], 2, [5, 1]), ([1], 4, [1]), ([6], 3, [3, 1, 2])],
)
def test_spread_gives_every_worker_a_batch(
    sizes: list[int], workers: int, expected: list[int]
) -> None:
    from briefing.translate.base import Piece

    batches = [[Piece(i, "x", 1) for i in range(n)] for n in sizes]
    spread_out = spread(batches, workers)
    assert sorted(len(b) for b in spread_out) == sorted(expected)
    assert sum(len(b) for b in spread_out) == sum(sizes)
