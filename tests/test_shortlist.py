"""The CTranslate2 shortlist: which pieces it keeps, the vmap.txt it writes, and that
decoding with it produces only those pieces (on the tiny NLLB model)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.errors import ConfigError
from briefing.translate import shortlist
from briefing.translate.ct2 import SIDECAR, CT2Translator, convert, describe_shortlist

KO_EN = shortlist._ranges(["ko", "en"])


@pytest.mark.parametrize(
    "piece, kept",
    [
        ("▁the", True),
        ("데이터", True),
        ("▁㈜", True),
        ("°C", True),
        ("▁—", True),
        ("é", True),  # a single letter: names can still be spelled
        ("▁Ă", True),
        ("▁Müller", False),  # accented words are spelled with single letters
        ("▁các", False),
        ("ư", True),
        ("▁Привет", False),
        ("中国", False),
        ("▁", True),
    ],
)
def test_pieces_kept_for_korean_and_english(piece: str, kept: bool) -> None:
    assert shortlist.written_in(piece, KO_EN) is kept


def test_korean_pieces_only_when_korean_is_a_target() -> None:
    assert not shortlist.written_in("데이터", shortlist._ranges(["en"]))
    assert shortlist.written_in("▁các", shortlist._ranges(["vi"]))


def test_build_keeps_target_scripts_and_drops_padding() -> None:
    vocabulary = ["<s>", "</s>", "kor_Hang", "▁Hà", "▁Nội", "▁Seoul", "서울", "madeupword7", "a b"]
    built = shortlist.build(vocabulary, ["ko", "en"])
    assert built.always == ["<s>", "</s>", "kor_Hang", "▁Seoul", "서울"]
    assert built.vocabulary == 9
    assert built.summary() == "5 of 9 pieces (56%) candidates for ko+en"
    with_vi = shortlist.build(vocabulary, ["vi", "en"])
    assert "▁Hà" in with_vi.always and "▁Nội" in with_vi.always and "서울" not in with_vi.always


def test_vietnamese_letters_are_kept_for_spelling() -> None:
    """A Vietnamese name can be spelled letter by letter in a Korean or English
    translation, without the multi-letter Vietnamese pieces."""
    for letter in ("ư", "▁ơ", "ễ", "Đ", "ạ"):
        assert shortlist.written_in(letter, KO_EN), letter
    assert not shortlist.written_in("▁Nguyễn", KO_EN)


def test_cap_keeps_specials_and_letters_and_takes_the_most_frequent() -> None:
    vocabulary = ["<unk>", "eng_Latn", "▁the", "▁and", "a", "b", "▁of", "▁Nội", "가", "▁semi"]
    built = shortlist.build(vocabulary, ["ko", "en"], size=6)
    # essentials (special, language code, single characters) first, then vocabulary order
    assert built.always == ["<unk>", "eng_Latn", "a", "b", "가", "▁the"]
    assert built.in_script == 9
    assert "the first 6 of 9 written in their scripts" in built.summary()
    tiny_cap = shortlist.build(vocabulary, ["ko", "en"], size=2)
    assert tiny_cap.always == ["<unk>", "eng_Latn", "a", "b", "가"]  # spelling survives
    assert len(shortlist.build(vocabulary, ["ko", "en"], size=None).always) == 9


def test_language_codes_survive_any_cap() -> None:
    """mBART-50 and M2M-100 put their language codes at the end of the vocabulary."""
    vocabulary = ["<s>", "▁the", "▁and", "ko_KR", "en_XX", "__ko__", ">>kor<<", "kor_Hang"]
    built = shortlist.build(vocabulary, ["ko", "en"], size=1)
    assert built.always == ["<s>", "ko_KR", "en_XX", "__ko__", ">>kor<<", "kor_Hang"]


def test_vmap_format(tmp_path: Path) -> None:
    built = shortlist.Shortlist(("ko",), ["<s>", "서울"], 3)
    shortlist.write_vmap(tmp_path / "vmap.txt", built)
    lines = (tmp_path / "vmap.txt").read_text(encoding="utf-8").splitlines()
    assert lines == ["\t<s> 서울"]  # one fixed line: no per-source candidates
    assert not list(tmp_path.glob("*.partial"))


def test_vocabulary_read_from_json_or_text(tmp_path: Path) -> None:
    (tmp_path / "shared_vocabulary.txt").write_text("<s>\n▁a\n", encoding="utf-8")
    assert shortlist.model_vocabulary(tmp_path) == (
        ["<s>", "▁a"],
        tmp_path / "shared_vocabulary.txt",
    )
    (tmp_path / "target_vocabulary.json").write_text('["<s>", "b"]', encoding="utf-8")
    found = shortlist.model_vocabulary(tmp_path)
    assert found is not None and found[0] == ["<s>", "b"]
    assert shortlist.model_vocabulary(tmp_path / "missing") is None


# ----------------------------------------------------------------------------- tiny model


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


def _pieces(translator: CT2Translator, text: str) -> list[str]:
    ids = translator._tokenizer(text, add_special_tokens=False)["input_ids"]
    return list(translator._tokenizer.convert_ids_to_tokens(ids))


SOURCES = [
    "Ngày 29/10, Bộ Khoa học và Công nghệ tổ chức diễn đàn.",
    "Thứ trưởng Nguyễn Chí Dũng phát biểu tại Hà Nội.",
    "Hai bên ký 12 thỏa thuận hợp tác về trí tuệ nhân tạo và bán dẫn.",
]


@pytest.mark.integration
def test_decoding_stays_in_the_shortlist(tiny_nllb: Path, models_dir: Path) -> None:
    """Every output piece is in the list; the same random model without the shortlist
    strays outside it. (The vmap form: the full conversion given as a CTranslate2
    directory, nothing to cut; tests/test_vocab_cut.py has the cut form.)"""
    full = str(convert(str(tiny_nllb), models_dir, "int8"))
    on = CT2Translator(full, models_dir=models_dir, beam_size=2, threads=1)
    off = CT2Translator(
        str(tiny_nllb), models_dir=models_dir, beam_size=2, threads=1, shortlist=False
    )
    on.load()
    assert on.vmap is not None and on.path is not None
    info = json.loads((on.path / shortlist.VMAP_SIDECAR).read_text(encoding="utf-8"))
    first = (on.path / shortlist.VMAP).read_text(encoding="utf-8").split("\n", 1)[0]
    always = set(first.lstrip("\t").split(" "))
    assert len(always) == info["always"] and "kor_Hang" in always and "eng_Latn" in always
    strays = 0
    for target in ("ko", "en"):
        for short, full in zip(
            on.translate(SOURCES, "vi", target), off.translate(SOURCES, "vi", target), strict=True
        ):
            allowed = always
            assert set(_pieces(on, short)) <= allowed, (target, short)
            strays += len(set(_pieces(off, full)) - allowed)
    assert strays > 0
    assert on.signature()["shortlist"] == f"en+ko, {info['always']} pieces, vmap"
    assert off.signature()["shortlist"] == "off"


@pytest.mark.integration
def test_vmap_is_cached_and_rebuilt_when_stale(tiny_nllb: Path, models_dir: Path) -> None:
    path = convert(str(tiny_nllb), models_dir, "int8")
    both = CT2Translator(str(path), models_dir=models_dir)
    both.load()
    vmap = path / shortlist.VMAP
    stamp = vmap.stat().st_mtime_ns
    CT2Translator(str(path), models_dir=models_dir).load()
    assert vmap.stat().st_mtime_ns == stamp
    english = CT2Translator(str(path), models_dir=models_dir, shortlist_languages=["en"])
    english.load()
    assert english.vmap is not None and both.vmap is not None
    assert english.vmap["languages"] == ["en"]
    assert 0 < english.vmap["always"] < both.vmap["always"]
    first = vmap.read_text(encoding="utf-8").split("\n", 1)[0]  # rebuilt for English alone
    assert "▁Seoul" in first.split(" ") or "e" in first.split(" ")
    assert not any("가" <= c <= "힣" for c in first)


@pytest.mark.integration
def test_other_targets_decode_over_the_whole_vocabulary(tiny_nllb: Path, models_dir: Path) -> None:
    full = convert(str(tiny_nllb), models_dir, "int8")  # the vmap form
    translator = CT2Translator(str(full), models_dir=models_dir, beam_size=1, threads=1)
    translator.load()
    seen: list[object] = []
    original = translator._translator.translate_batch

    def spy(source: list[list[str]], **kwargs: object) -> object:
        seen.append(kwargs.get("use_vmap"))
        return original(source, **kwargs)

    translator._translator = type("Spy", (), {"translate_batch": staticmethod(spy)})()
    translator.translate(SOURCES[:1], "vi", "ko")
    translator.translate(SOURCES[:1], "en", "vi")
    assert seen == [True, None]


@pytest.mark.integration
def test_a_users_model_directory_is_not_written(tiny_nllb: Path, models_dir: Path) -> None:
    converted = convert(str(tiny_nllb), models_dir, "int8")
    users = models_dir / "users-ct2"
    shutil.copytree(converted, users)
    for name in (SIDECAR, shortlist.VMAP, shortlist.VMAP_SIDECAR):
        (users / name).unlink(missing_ok=True)
    before = sorted(p.name for p in users.iterdir())
    translator = CT2Translator(str(users), models_dir=models_dir)
    translator.load()
    assert translator.vmap is None and sorted(p.name for p in users.iterdir()) == before
    # A vmap.txt of the user's own is used as it is.
    (users / shortlist.VMAP).write_text("\t<s> </s> kor_Hang ▁\n", encoding="utf-8")
    translator = CT2Translator(str(users), models_dir=models_dir)
    translator.load()
    assert translator.signature()["shortlist"] == "en+ko, the model's vmap.txt"
    assert (users / shortlist.VMAP).read_text(encoding="utf-8") == "\t<s> </s> kor_Hang ▁\n"
    # One with per-source lines would corrupt the forced language codes: not used.
    (users / shortlist.VMAP).write_text("\t<s> </s> kor_Hang ▁\n▁Hà\t▁Hà\n", encoding="utf-8")
    translator = CT2Translator(str(users), models_dir=models_dir)
    translator.load()
    assert translator.signature()["shortlist"] == "off"


ARTICLE_TWO = [
    "TP.HCM, ngày 15/3/2026 – Sáng nay, Hội thảo Hợp tác Bán dẫn Việt Nam – Hàn Quốc 2026 đã diễn ra.",
    "Bà Kim Soo-jin, Tổng Lãnh sự Hàn Quốc tại TP.HCM, phát biểu về đầu tư.",
    "Samsung Electronics, SK hynix và LG Innotek cam kết mở rộng nhà máy ở Bắc Ninh.",
    "Kim ngạch thương mại song phương năm 2025 đạt 86,4 tỷ USD, tăng 7,2%.",
]


@pytest.mark.integration
def test_one_loaded_model_translates_article_after_article(tiny_nllb: Path, tmp_path: Path) -> None:
    """A long-running process (web service, worker) converts the model on first use and
    then translates different articles with it: every hypothesis of every batch starts
    with the language code it was forced to, in any thread."""
    import threading

    # The vmap form, where the stale map struck: the full conversion given as a directory.
    full = convert(str(tiny_nllb), tmp_path / "empty-cache", "int8")
    translator = CT2Translator(str(full), models_dir=tmp_path / "empty-cache", beam_size=2)
    seed = (Path(__file__).parents[1] / "seeds" / "vn-kr-digital-forum.vi.txt").read_text(
        encoding="utf-8"
    )
    articles = [[p for p in seed.split("\n\n") if p.strip()], ARTICLE_TWO, SOURCES]
    outputs: list[list[str]] = []

    def run(texts: list[str]) -> None:
        outputs.append(
            translator.translate_many(texts * 2, ["ko"] * len(texts) + ["en"] * len(texts), "vi")
        )

    for texts in articles:
        worker = threading.Thread(target=run, args=(texts,))
        worker.start()
        worker.join()
    assert [len(o) for o in outputs] == [2 * len(a) for a in articles]
    # And straight from the engine, batch by batch with different sources:
    engine = translator._translator
    wrong = 0
    for texts in articles:
        for start in range(0, len(texts), 2):
            batch = [translator._source_tokens(t, "") for t in texts[start : start + 2]]
            for code in ("kor_Hang", "eng_Latn"):
                results = engine.translate_batch(
                    batch,
                    target_prefix=[[code]] * len(batch),
                    use_vmap=True,
                    beam_size=2,
                    max_decoding_length=6,
                )
                wrong += sum(r.hypotheses[0][0] != code for r in results)
    assert wrong == 0


@pytest.mark.integration
def test_cli_prints_the_shortlist(
    tiny_nllb: Path,
    models_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from briefing.cli import main

    monkeypatch.setenv("BRIEFING_MODELS_DIR", str(models_dir))
    assert main(["models", "shortlist", str(tiny_nllb)]) == 0
    out = capsys.readouterr().out
    assert "candidates for en+ko" in out and "in use: a conversion whose vocabulary is cut" in out
    assert "-vocab-en+ko-" in out
    full = convert(str(tiny_nllb), models_dir, "int8")
    assert main(["models", "shortlist", str(full)]) == 0  # nothing to cut: the vmap
    assert "vmap.txt" in capsys.readouterr().out
    with pytest.raises(ConfigError, match="xx"):
        describe_shortlist(str(tiny_nllb), models_dir, ["xx"])
    assert main(["models", "shortlist", str(tiny_nllb), "--languages", "xx"]) != 0
    assert main(["models", "shortlist", str(tiny_nllb), "--size", "0"]) != 0
    assert "give at least 1 piece" in capsys.readouterr().err
    assert main(["models", "shortlist", str(tiny_nllb), "--size", "800"]) == 0
    assert "800 of 1,803 pieces" in capsys.readouterr().out
