"""The CTranslate2 backend on the tiny NLLB model converted here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.errors import ConfigError
from briefing.translate.ct2 import SIDECAR, CT2Translator, convert
from briefing.translate.hf import TransformersTranslator

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


def test_conversion_is_cached_and_reused(tiny_nllb: Path, models_dir: Path) -> None:
    first = convert(str(tiny_nllb), models_dir, "int8")
    assert (first / "model.bin").is_file() and (first / "tokenizer.json").is_file()
    info = json.loads((first / SIDECAR).read_text())
    assert info["quantization"] == "int8" and info["model_type"] == "m2m_100"
    stamp = (first / "model.bin").stat().st_mtime_ns
    again = convert(str(tiny_nllb), models_dir, "int8")
    assert again == first and (again / "model.bin").stat().st_mtime_ns == stamp
    assert first.parent == models_dir / "ct2"


def test_converted_directory_is_used_as_is(tiny_nllb: Path, models_dir: Path) -> None:
    converted = convert(str(tiny_nllb), models_dir, "int8")
    assert convert(str(converted), models_dir, "int8") == converted


def test_same_outputs_as_transformers_greedy(tiny_nllb: Path, models_dir: Path) -> None:
    texts = ["Xin chào các bạn.", "", "Ngày 29/10, Bộ Khoa học và Công nghệ tổ chức diễn đàn."]
    # One thread: one batch, as the transformers backend makes (a batch's longest source
    # sets the output room, which a random model always fills); the whole vocabulary, as
    # transformers decodes over.
    ct2 = CT2Translator(
        str(tiny_nllb),
        models_dir=models_dir,
        beam_size=1,
        compute_type="float32",
        threads=1,
        shortlist=False,
    )
    hf = TransformersTranslator(str(tiny_nllb), models_dir=models_dir, beam_size=1)
    for target in ("ko", "en"):
        assert ct2.translate(texts, "vi", target) == hf.translate(texts, "vi", target)
    assert ct2.family == "nllb"


def test_int8_splits_long_sentences_and_keeps_empty_ones(tiny_nllb: Path, models_dir: Path) -> None:
    translator = CT2Translator(str(tiny_nllb), models_dir=models_dir, beam_size=1)
    long = " ".join(["hạ tầng số"] * 300)
    assert translator.count_tokens(long) > translator.limit
    pieces: list[str] = []
    original = translator._translator.translate_batch
    tokenizer = translator._tokenizer

    def spy(source: list[list[str]], **kwargs: object) -> object:
        assert all(len(tokens) <= translator.limit + 2 for tokens in source)
        for tokens in source:
            ids = tokenizer.convert_tokens_to_ids(tokens)
            pieces.append(tokenizer.decode(ids, skip_special_tokens=True))
        return original(source, **kwargs)

    translator._translator = type("Spy", (), {"translate_batch": staticmethod(spy)})()
    out = translator.translate([long, ""], "vi", "en")
    assert len(pieces) > 1  # split, and nothing of it left out:
    assert sorted(" ".join(pieces).split()) == sorted(long.split())
    assert out[0] and out[1] == ""


def test_forced_decode_length(tiny_nllb: Path, models_dir: Path) -> None:
    translator = CT2Translator(
        str(tiny_nllb), models_dir=models_dir, beam_size=1, decode_length=lambda n: 7
    )
    (out,) = translator.translate(["Xin chào các bạn."], "vi", "ko")
    ids = translator._tokenizer(out, add_special_tokens=False)["input_ids"]
    assert 1 <= len(ids) <= 7


def test_bad_compute_type() -> None:
    with pytest.raises(ConfigError, match="compute type 'int4'"):
        CT2Translator("models/tiny/nllb", compute_type="int4")


def test_cli_convert(tiny_nllb: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    from briefing.cli import main

    os.environ["BRIEFING_MODELS_DIR"] = str(tmp_path)
    try:
        assert main(["models", "convert", str(tiny_nllb)]) == 0
    finally:
        del os.environ["BRIEFING_MODELS_DIR"]
    out = capsys.readouterr().out
    assert "converting" in out and str(tmp_path / "ct2") in out


def test_korean_and_english_share_batches(tiny_nllb: Path, models_dir: Path) -> None:
    translator = CT2Translator(
        str(tiny_nllb), models_dir=models_dir, beam_size=1, compute_type="float32", threads=1
    )
    texts = ["Xin chào các bạn.", "Ngày 29/10, Bộ Khoa học và Công nghệ tổ chức diễn đàn."]
    calls: list[list[list[str]] | None] = []
    translator.load()
    original = translator._translator.translate_batch

    def spy(
        source: list[list[str]], target_prefix: list[list[str]] | None = None, **kwargs: object
    ) -> object:
        calls.append(target_prefix)
        return original(source, target_prefix=target_prefix, **kwargs)

    translator._translator = type("Spy", (), {"translate_batch": staticmethod(spy)})()
    together = translator.translate_many(texts * 2, ["ko", "ko", "en", "en"], "vi")
    assert len(calls) == 1 and sorted(p[0] for p in calls[0]) == [
        "eng_Latn",
        "eng_Latn",
        "kor_Hang",
        "kor_Hang",
    ]
    assert together[:2] == translator.translate(texts, "vi", "ko")
    assert together[2:] == translator.translate(texts, "vi", "en")


def test_nllb_tokens_without_transformers_match_transformers(tiny_nllb: Path) -> None:
    """The CTranslate2 path tokenises NLLB without transformers (and torch): the same
    tokens and the same decoded text, in the three languages."""
    from transformers import AutoTokenizer

    from briefing.translate.fast_tokens import NllbTokens, is_nllb

    assert is_nllb(tiny_nllb)
    ours, theirs = NllbTokens(tiny_nllb), AutoTokenizer.from_pretrained(tiny_nllb)
    texts = {
        "vie_Latn": "Ngày 29/10, Bộ Khoa học và Công nghệ tổ chức Diễn đàn số Việt – Hàn.",
        "kor_Hang": "과학기술정보통신부는 11월 5일 하노이에서 포럼을 개최했다.",
        "eng_Latn": "The Ministry held the Vietnam–Korea Digital Forum on 29 October.",
    }
    for code, text in texts.items():
        ours.src_lang = theirs.src_lang = code
        ids = ours(text)["input_ids"]
        assert ids == theirs(text)["input_ids"]
        assert ours(text, add_special_tokens=False) == {
            "input_ids": theirs(text, add_special_tokens=False)["input_ids"]
        }
        tokens = ours.convert_ids_to_tokens(ids)
        assert tokens == theirs.convert_ids_to_tokens(ids) and tokens[0] == code
        assert ours.decode(ids, skip_special_tokens=True) == theirs.decode(
            ids, skip_special_tokens=True
        )


def test_the_ct2_path_imports_no_torch(tiny_nllb: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from briefing.translate.ct2 import CT2Translator; "
        f"t = CT2Translator({str(tiny_nllb)!r}, models_dir=Path({str(tmp_path)!r})); "
        "t.translate_many(['Xin chào.'] * 2, ['ko', 'en'], 'vi'); "
        "assert 'torch' not in sys.modules, 'torch was imported'"
    )
    # Converted once beforehand (conversion needs torch): the full model and the cut one.
    subprocess.run([sys.executable, "-c", "from briefing.translate.ct2 import convert, convert_cut; "
                    "from pathlib import Path; "
                    f"convert({str(tiny_nllb)!r}, Path({str(tmp_path)!r})); "
                    f"convert_cut({str(tiny_nllb)!r}, Path({str(tmp_path)!r}), ['ko', 'en'])"],
                   check=True)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-1500:]


def test_a_model_asked_for_from_several_threads_loads_once(
    tiny_nllb: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The render prewarm, a web job and a translation can reach `load` at once."""
    import threading
    import time

    translator = CT2Translator(model=str(tiny_nllb), models_dir=models_dir)
    real = CT2Translator._load
    calls: list[int] = []

    def slow_load(self: CT2Translator) -> None:
        calls.append(threading.get_ident())
        time.sleep(0.2)  # long enough for every thread to arrive while it loads
        real(self)

    monkeypatch.setattr(CT2Translator, "_load", slow_load)
    threads = [threading.Thread(target=translator.load) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert translator.loaded
    assert translator.translate(["Xin chào."], "vi", "ko")[0] != ""
