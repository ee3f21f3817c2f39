"""The translators' round trip: XLIFF export → edit → import → render, and the memory."""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from briefing.config import Settings
from briefing.document import load, save
from briefing.errors import InputError
from briefing.memory import TranslationMemory, Unit
from briefing.pipeline import rerender, run_brief
from briefing.review import export_all, import_xliff
from briefing.summarize import create as create_summarizer
from briefing.translate.fake import FakeTranslator

SCHEMAS = Path(__file__).resolve().parent / "schemas"
NS = "urn:oasis:names:tc:xliff:document:1.2"

pytestmark = pytest.mark.pdf


def brief(seed: Path, out: Path, memory: Path, translator: FakeTranslator | None = None):  # type: ignore[no-untyped-def]
    fake = translator or FakeTranslator()
    return run_brief(
        seed,
        Settings(out_dir=out, backend="fake", memory=str(memory)),
        translators={"ko": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
    )


@pytest.fixture
def run(tmp_path: Path, seed: Path):  # type: ignore[no-untyped-def]
    return brief(seed, tmp_path / "out", tmp_path / "memory.sqlite")


def edit(path: Path, changes: dict[str, tuple[str | None, str]]) -> None:
    """A translator's edit: new target text (None keeps it) and state, per unit id."""
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{NS}}}trans-unit"):
        if unit.get("id") in changes:
            text, state = changes[unit.get("id")]
            target = unit.find(f"{{{NS}}}target")
            if text is not None:
                target.text = text
            target.set("state", state)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def pdf_pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_export_validates_against_the_strict_schema(run) -> None:  # type: ignore[no-untyped-def]
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff-core-1.2-strict.xsd")))
    paths = export_all(run.document, run.run_dir)
    assert [p.name for p in paths] == ["vi-ko.xlf", "vi-en.xlf"]
    for path in paths:
        document = etree.parse(str(path))
        assert schema.validate(document), schema.error_log
    units = etree.parse(str(paths[0])).findall(f".//{{{NS}}}trans-unit")
    assert [u.get("id") for u in units] == [s.id for s in run.document.segments]
    text = paths[0].read_text()
    assert 'state="needs-review-translation"' in text
    assert '<note from="glossary">Choi Young Sam = 최영삼</note>' in text
    assert '<note from="summary">in the key points</note>' in text
    assert 'context-type="x-paragraph"' in text


def test_export_parses_with_translate_toolkit(run) -> None:  # type: ignore[no-untyped-def]
    from translate.storage import factory

    (path,) = [p for p in export_all(run.document, run.run_dir) if p.name == "vi-ko.xlf"]
    store = factory.getobject(str(path))
    units = [u for u in store.units if u.source]
    assert len(units) == len(run.document.segments)
    assert units[1].getid().endswith("p2s1")
    assert "최영삼" in units[1].target


def test_round_trip_edit_import_render(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ko = export_all(run.document, run.run_dir)[0]
    edit(
        ko,
        {
            "p1s1": ("10월 29일 양국 과학기술부가 한-베트남 디지털 포럼을 열었다.", "translated"),
            "p2s1": ("최영삼 주베트남 한국대사는 협력 확대를 강조했다.", "final"),
        },
    )
    document_path = run.run_dir / "document.json"
    document = load(document_path)
    result = import_xliff(document, ko)
    assert sorted(result.changed) == ["p1s1", "p2s1"] and result.approved == ["p2s1"]
    p1 = document.segment("p1s1").translations["ko"]
    p2 = document.segment("p2s1").translations["ko"]
    assert (p1.status, p1.origin) == ("edited", "human")
    assert (p2.status, p2.origin) == ("approved", "human")
    assert p1.revisions[-1].status == "machine" and p1.revisions[-1].text.startswith("[ko]")
    save(document, document_path)

    again = load(document_path)
    assert import_xliff(again, ko).changed == []  # a second import is a no-op

    rendered = rerender(document_path)
    pages = pdf_pages(run.run_dir / "brief.ko.pdf")
    assert any("한-베트남 디지털 포럼을 열었다" in page for page in pages)
    assert all("기계 번역, 검토 전" in page for page in pages)  # the rest is unreviewed
    review = rendered.manifest["review"]
    assert review["ko"] == {"machine": len(document.segments) - 2, "edited": 1, "approved": 1}
    assert review["revisions"] == 2 and review["reviewed"] is False


def test_fully_approved_brief_has_no_mark(run) -> None:  # type: ignore[no-untyped-def]
    document_path = run.run_dir / "document.json"
    for path in export_all(run.document, run.run_dir):
        tree = etree.parse(str(path))
        for target in tree.iter(f"{{{NS}}}target"):
            target.set("state", "final")
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        document = load(document_path)
        import_xliff(document, path)
        save(document, document_path)
    result = rerender(document_path)
    assert result.manifest["review"]["reviewed"] is True
    for lang, mark in (("ko", "기계 번역, 검토 전"), ("en", "not yet reviewed")):
        assert all(mark not in page for page in pdf_pages(run.run_dir / f"brief.{lang}.pdf"))


def test_rerender_loads_no_model(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model was created")

    monkeypatch.setattr("briefing.pipeline.create_translator", forbidden)
    monkeypatch.setattr("briefing.pipeline.create_summarizer", forbidden)
    rerender(run.run_dir / "document.json")


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda x: x.replace('id="p2s1"', 'id="p99s1"'), "trans-unit 'p99s1' is not a segment"),
        (
            lambda x: x.replace("<source>Theo", "<source>Nay theo"),
            "the source drifted",
        ),
        (
            lambda x: x.replace('target-language="ko"', 'target-language="ja"'),
            "language pair vi→ja",
        ),
        (
            lambda x: re.sub(r"briefing-document:\w+", "briefing-document:0000", x),
            "another document",
        ),
        (lambda x: x.replace("</xliff>", ""), "not well-formed XML"),
        (
            lambda x: x.replace(
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
            ).replace("<source>Theo", "<source>&b;Theo"),
            "refused",
        ),
        (
            lambda x: x.replace(
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
            ).replace("<source>Theo", "<source>&e;Theo"),
            "refused",
        ),
    ],
)
def test_refusals_name_the_problem_and_change_nothing(run, mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    ko = export_all(run.document, run.run_dir)[0]
    ko.write_text(mutate(ko.read_text()), encoding="utf-8")
    document_path = run.run_dir / "document.json"
    before = document_path.read_bytes()
    document = load(document_path)
    with pytest.raises(InputError, match=message):
        import_xliff(document, ko)
    assert document_path.read_bytes() == before
    assert load(document_path) == document


def test_cli_round_trip_and_memory_reuse(
    tmp_path: Path, seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    out = tmp_path / "out"
    assert main(["brief", str(seed), "--out", str(out), "--backend", "fake"]) == 0
    run_dir = out / "vn-kr-digital-forum"
    assert main(["review", "export", str(run_dir / "document.json")]) == 0
    for name in ("vi-ko.xlf", "vi-en.xlf"):
        path = run_dir / name
        tree = etree.parse(str(path))
        for target in tree.iter(f"{{{NS}}}target"):
            target.text = (target.text or "").replace("[ko] ", "").replace("[en] ", "") + " (duyệt)"
            target.set("state", "final")
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        assert main(["review", "import", str(path)]) == 0
    assert main(["render", str(run_dir / "document.json")]) == 0
    capsys.readouterr()

    # A second run of the same article: every segment comes from the memory.
    fake = FakeTranslator()
    from briefing.memory import default_path

    result = brief(seed, tmp_path / "second", default_path(), fake)
    segment_texts = {s.text for s in result.document.segments}
    sent = [text for text in fake.seen if text in segment_texts]
    assert sent == []
    for segment in result.document.segments:
        ko = segment.translations["ko"]
        assert (ko.origin, ko.status) == ("tm", "approved") and ko.text.endswith("(duyệt)")
    # and the XLIFF files beside the first run survive a re-run of it
    assert main(["brief", str(seed), "--out", str(out), "--backend", "fake"]) == 0
    assert (run_dir / "vi-ko.xlf").is_file()


def test_fuzzy_suggestions_reach_the_draft(tmp_path: Path, seed: Path) -> None:
    memory_path = tmp_path / "memory.sqlite"
    with TranslationMemory(memory_path) as memory:
        memory.add(
            [
                Unit(
                    "vi",
                    "ko",
                    "Theo Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam, hai quốc gia đã xây dựng nền tảng hợp tác vững chắc trong nhiều lĩnh vực và đã đến lúc mở rộng sang kỹ thuật số.",
                    "최영삼 대사는 양국이 탄탄한 협력 기반을 쌓았다고 말했다.",
                )
            ]
        )
    result = brief(seed, tmp_path / "out", memory_path)
    suggestions = result.document.segment("p2s1").suggestions["ko"]
    assert suggestions and suggestions[0].score >= 0.75
    html = (result.run_dir / "draft.html").read_text()
    assert "TM " in html and "탄탄한 협력 기반을 쌓았다고" in html


def test_tmx_round_trip(tmp_path: Path) -> None:
    units = [
        Unit("vi", "ko", "Xin chào.", "안녕하세요.", "human"),
        Unit("vi", "en", "Xin chào.", "Hello & welcome <b>.", "human"),
        Unit("vi", "ko", "Cảm ơn.", "감사합니다.", "tmx"),
    ]
    with TranslationMemory(tmp_path / "a.sqlite") as first:
        first.add(units)
        assert first.export_tmx(tmp_path / "m.tmx") == 3
        before = first.units()
    with TranslationMemory(tmp_path / "b.sqlite") as second:
        assert second.import_tmx(tmp_path / "m.tmx") == 3
        assert second.units() == before


def test_bad_tmx(tmp_path: Path) -> None:
    path = tmp_path / "bad.tmx"
    path.write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x "y">]><tmx>&x;</tmx>')
    with TranslationMemory(tmp_path / "m.sqlite") as memory, pytest.raises(InputError, match="TMX"):
        memory.import_tmx(path)


def test_concurrent_writers_do_not_corrupt_the_memory(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    TranslationMemory(path).close()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            with TranslationMemory(path) as memory:
                for i in range(40):
                    memory.add([Unit("vi", "ko", f"câu {n}-{i}", f"문장 {n}-{i}")])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM units").fetchone() == (160,)
