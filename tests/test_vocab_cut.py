"""The shortlist as a conversion cut to its pieces (on the tiny NLLB model): it decodes
exactly as the vmap over the full conversion, its target vocabulary is the shortlist,
other targets fall back to the full model, and a stale cut is rebuilt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.translate import shortlist
from briefing.translate.ct2 import SIDECAR, CT2Translator, convert, convert_cut

pytestmark = pytest.mark.integration

SOURCES = [
    "Ngày 29/10, Bộ Khoa học và Công nghệ tổ chức diễn đàn.",
    "Thứ trưởng Nguyễn Chí Dũng phát biểu tại Hà Nội.",
    "Hai bên ký 12 thỏa thuận hợp tác về trí tuệ nhân tạo và bán dẫn.",
    "Kim ngạch thương mại song phương năm 2025 đạt 86,4 tỷ USD, tăng 7,2%.",
    "Samsung Electronics, SK hynix và LG Innotek cam kết mở rộng nhà máy ở Bắc Ninh.",
    "Xin chào.",
]


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


def _vocabulary(path: Path, stem: str) -> list[str]:
    return list(json.loads((path / f"{stem}.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("beam", [1, 2])
def test_cut_model_decodes_exactly_as_the_vmap(
    tiny_nllb: Path, models_dir: Path, beam: int
) -> None:
    cut = CT2Translator(str(tiny_nllb), models_dir=models_dir, beam_size=beam, threads=1)
    # The full conversion given as a CTranslate2 directory: nothing to cut, so a vmap.
    full = convert(str(tiny_nllb), models_dir, "int8")
    vmap = CT2Translator(str(full), models_dir=models_dir, beam_size=beam, threads=1)
    off = CT2Translator(
        str(tiny_nllb), models_dir=models_dir, beam_size=beam, threads=1, shortlist=False
    )
    cut.load()
    vmap.load()
    assert cut.vmap is not None and cut.vmap["form"] == "cut"
    assert vmap.vmap is not None and vmap.vmap["form"] == "vmap"
    assert cut.path != vmap.path and cut.vmap["always"] == vmap.vmap["always"]
    differs = 0
    for target in ("ko", "en"):
        by_cut = cut.translate(SOURCES, "vi", target)
        assert by_cut == vmap.translate(SOURCES, "vi", target), target
        assert all(by_cut)
        differs += by_cut != off.translate(SOURCES, "vi", target)
        # Korean and English in the same batches, as `brief` sends them:
        mixed = [target, "en" if target == "ko" else "ko"] * 3
        assert cut.translate_many(SOURCES, mixed, "vi") == vmap.translate_many(SOURCES, mixed, "vi")
    assert differs  # the shortlist changes what the random model writes: a real comparison
    assert cut._full is None  # ko and en never load the full model
    assert cut.signature()["shortlist"] == (
        f"en+ko, {cut.vmap['always']} pieces, vocabulary cut at conversion"
    )
    assert vmap.signature()["shortlist"] == f"en+ko, {vmap.vmap['always']} pieces, vmap"


def test_cut_target_vocabulary_is_the_shortlist(tiny_nllb: Path, models_dir: Path) -> None:
    full = convert(str(tiny_nllb), models_dir, "int8")
    cut = convert_cut(str(tiny_nllb), models_dir, ["ko", "en"])
    assert cut is not None and cut.parent == models_dir / "ct2"
    whole = _vocabulary(full, "shared_vocabulary")
    target = _vocabulary(cut, "target_vocabulary")
    expected = shortlist.build(whole, ["en", "ko"]).always
    assert set(target) == set(expected) and len(target) == len(expected) < len(whole)
    # In the full vocabulary's order: the order a vmap's candidates are scored in.
    assert target == [piece for piece in whole if piece in set(expected)]
    assert _vocabulary(cut, "source_vocabulary") == whole  # the source side stays whole
    config = json.loads((cut / "config.json").read_text(encoding="utf-8"))
    for token in ("kor_Hang", "eng_Latn", "<unk>", "<s>", "</s>", config["decoder_start_token"]):
        assert token in target, token
    assert not any(shortlist.PADDING.fullmatch(piece) for piece in target)
    assert not any("à" in piece and len(piece) > 2 for piece in target)  # no Vietnamese words
    info = json.loads((cut / SIDECAR).read_text(encoding="utf-8"))["cut"]
    assert info["always"] == len(target) and info["languages"] == ["en", "ko"]
    # Output strings map back to the tokenizer's ids: every piece the cut model writes is
    # one of the shortlist's, and none is unknown to the tokenizer.
    translator = CT2Translator(str(tiny_nllb), models_dir=models_dir, beam_size=2, threads=1)
    translator.load()
    results = translator._translator.translate_batch(
        [translator._source_tokens(text, "") for text in SOURCES],
        target_prefix=[["kor_Hang"]] * len(SOURCES),
        beam_size=2,
        max_decoding_length=12,
    )
    for result in results:
        tokens = result.hypotheses[0]
        assert tokens[0] == "kor_Hang" and set(tokens) <= set(target)
        ids = translator._tokenizer.convert_tokens_to_ids(tokens)
        assert None not in ids and ids == [whole.index(t) for t in tokens]
    assert translator._tokenizer.convert_ids_to_tokens(
        translator._tokenizer.convert_tokens_to_ids(["kor_Hang"])
    ) == ["kor_Hang"]


def test_other_targets_fall_back_to_the_full_model(tiny_nllb: Path, models_dir: Path) -> None:
    translator = CT2Translator(str(tiny_nllb), models_dir=models_dir, beam_size=2, threads=1)
    off = CT2Translator(
        str(tiny_nllb), models_dir=models_dir, beam_size=2, threads=1, shortlist=False
    )
    translator.load()
    assert translator.vmap is not None and translator.vmap["form"] == "cut"
    assert translator._full is None
    vietnamese = translator.translate(SOURCES[:3], "en", "vi")
    assert translator._full is not None  # loaded on first need, then kept
    assert all(vietnamese) and vietnamese == off.translate(SOURCES[:3], "en", "vi")
    # Vietnamese pieces the cut vocabulary does not hold (whole words, not letters):
    cut_vocabulary = set(_vocabulary(translator.path, "target_vocabulary"))
    written = {
        piece
        for text in vietnamese
        for piece in off._tokenizer.convert_ids_to_tokens(
            off._tokenizer(text, add_special_tokens=False)["input_ids"]
        )
    }
    assert written - cut_vocabulary
    # A batch mixing Korean and Vietnamese decodes on the full model too.
    mixed = translator.translate_many(SOURCES[:2], ["ko", "vi"], "en")
    assert mixed == off.translate_many(SOURCES[:2], ["ko", "vi"], "en")


def test_stale_cut_is_rebuilt(tiny_nllb: Path, tmp_path: Path) -> None:
    source = tmp_path / "nllb"
    shutil.copytree(tiny_nllb, source)
    models_dir = tmp_path / "models"
    cut = convert_cut(str(source), models_dir, ["ko", "en"], 1000)
    assert cut is not None and (cut / "model.bin").is_file()
    stamp = (cut / "model.bin").stat().st_mtime_ns
    assert convert_cut(str(source), models_dir, ["en", "ko"], 1000) == cut  # cached
    assert (cut / "model.bin").stat().st_mtime_ns == stamp
    # Another size or other languages: another folder, this one untouched.
    smaller = convert_cut(str(source), models_dir, ["ko", "en"], 800)
    english = convert_cut(str(source), models_dir, ["en"], 1000)
    assert smaller is not None and english is not None and len({cut, smaller, english}) == 3
    smaller_vocabulary = _vocabulary(smaller, "target_vocabulary")
    assert len(smaller_vocabulary) < len(_vocabulary(cut, "target_vocabulary"))
    assert (cut / "model.bin").stat().st_mtime_ns == stamp
    # The checkpoint changes (a rebuilt model): the same folder is converted again.
    config = source / "config.json"
    config.write_text(config.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert convert_cut(str(source), models_dir, ["ko", "en"], 1000) == cut
    rebuilt = (cut / "model.bin").stat().st_mtime_ns
    assert rebuilt != stamp
    # A cut made under another rule (or format version) is stale too.
    sidecar = cut / SIDECAR
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    info["cut"]["key"]["rule"] = shortlist.RULE - 1
    sidecar.write_text(json.dumps(info), encoding="utf-8")
    assert convert_cut(str(source), models_dir, ["ko", "en"], 1000) == cut
    assert (cut / "model.bin").stat().st_mtime_ns != rebuilt
    assert not list((models_dir / "ct2").glob("*.partial"))
    # The translator loads the rebuilt one and says so.
    translator = CT2Translator(str(source), models_dir=models_dir, shortlist_size=1000)
    translator.load()
    assert translator.path == cut and "vocabulary cut" in translator.shortlist_label()


def test_avx512_asked_for_only_where_the_cpu_has_it_and_the_user_chose_nothing() -> None:
    from briefing.translate.ct2 import AVX512_FLAGS, prefer_avx512

    environ: dict[str, str] = {}
    assert prefer_avx512(environ, AVX512_FLAGS | {"avx512_vnni", "amx_int8"})
    assert environ == {"CT2_FORCE_CPU_ISA": "AVX512"}
    environ = {}
    assert not prefer_avx512(environ, frozenset({"avx2", "fma", "avx512f"}))  # no BW/DQ/VL
    assert environ == {}
    environ = {"CT2_FORCE_CPU_ISA": "AVX2"}  # the user's choice stays
    assert not prefer_avx512(environ, AVX512_FLAGS)
    assert environ == {"CT2_FORCE_CPU_ISA": "AVX2"}


def test_loading_sets_the_isa_for_ctranslate2(
    tiny_nllb: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from briefing.translate import ct2

    monkeypatch.delenv("CT2_FORCE_CPU_ISA", raising=False)
    monkeypatch.setattr(ct2, "cpu_flags", lambda: ct2.AVX512_FLAGS)
    CT2Translator(str(tiny_nllb), models_dir=models_dir, threads=1).load()
    assert os.environ.get("CT2_FORCE_CPU_ISA") == "AVX512"
    monkeypatch.setattr(ct2, "cpu_flags", lambda: frozenset({"avx2"}))
    monkeypatch.delenv("CT2_FORCE_CPU_ISA")
    CT2Translator(str(tiny_nllb), models_dir=models_dir, threads=1).load()
    assert "CT2_FORCE_CPU_ISA" not in os.environ


def test_a_failed_cut_falls_back_to_the_vmap(
    tiny_nllb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.translate import ct2

    def refuse(spec: object, keep: object) -> dict[str, object]:
        raise ValueError("no decoder embeddings here")

    monkeypatch.setattr(ct2, "cut_spec", refuse)
    logged: list[str] = []
    translator = CT2Translator(
        str(tiny_nllb), models_dir=tmp_path, beam_size=1, threads=1, log=logged.append
    )
    assert translator.translate(SOURCES[:2], "vi", "ko")[0]
    assert translator.vmap is not None and translator.vmap["form"] == "vmap"
    assert any("decoding over a vmap instead" in line for line in logged)
    assert not list((tmp_path / "ct2").glob("*-vocab-*"))  # nothing half-written left
