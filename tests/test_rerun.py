"""A second `brief` into a reviewed folder keeps the translators' work (issue 21, part 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from briefing.config import Settings
from briefing.document import load, save
from briefing.errors import InputError
from briefing.pipeline import run_brief
from briefing.review import export_all, import_xliff
from briefing.summarize import create as create_summarizer
from briefing.translate.fake import FakeTranslator

NS = "urn:oasis:names:tc:xliff:document:1.2"

pytestmark = pytest.mark.pdf


def brief(article: Path, out: Path, fresh: bool = False):  # type: ignore[no-untyped-def]
    fake = FakeTranslator()
    return run_brief(
        article,
        Settings(out_dir=out, backend="fake", memory="none"),  # no memory to hide a loss
        translators={"ko": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
        fresh=fresh,
    )


def review(run_dir: Path, language: str, changes: dict[str, str]) -> Path:
    """A translator approves `changes` (unit id → text) in an exported XLIFF file."""
    document = load(run_dir / "document.json")
    (path,) = [p for p in export_all(document, run_dir) if p.name.endswith(f"-{language}.xlf")]
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{NS}}}trans-unit"):
        if unit.get("id") in changes:
            target = unit.find(f"{{{NS}}}target")
            target.text = changes[unit.get("id")]
            target.set("state", "final")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    import_xliff(document, path)
    save(document, run_dir / "document.json")
    return path


@pytest.fixture
def reviewed_run(tmp_path: Path, seed: Path):  # type: ignore[no-untyped-def]
    article = tmp_path / seed.name
    article.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "vn-kr-digital-forum.glossary.csv").write_text(
        (seed.parent / "vn-kr-digital-forum.glossary.csv").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    first = brief(article, tmp_path / "out")
    role = next(label for label in first.document.labels if label.endswith(".role"))
    path = review(
        first.run_dir,
        "ko",
        {
            "p2s1": "최영삼 대사는 협력 확대를 강조했다.",
            "title": "한-베 디지털 포럼",
            role: "검토된 직위",
        },
    )
    return article, first, path, role


def test_a_rerun_keeps_every_reviewed_text_and_the_document_id(
    reviewed_run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    article, first, path, role = reviewed_run
    before = load(first.run_dir / "document.json")
    second = brief(article, tmp_path / "out")
    after = load(second.run_dir / "document.json")
    assert after.id == before.id
    kept = after.segment("p2s1").translations["ko"]
    assert (kept.text, kept.status, kept.origin) == (
        "최영삼 대사는 협력 확대를 강조했다.",
        "approved",
        "human",
    )
    assert kept.revisions == before.segment("p2s1").translations["ko"].revisions
    assert after.labels["title"]["ko"].text == "한-베 디지털 포럼"
    assert after.title["ko"] == "한-베 디지털 포럼"
    assert after.labels[role]["ko"].status == "approved"
    assert second.carried is not None and second.carried.segments == 1
    assert second.carried.labels == 2 and second.carried.revisions >= 3
    assert (
        "kept from the reviewed run"
        in json.loads((second.run_dir / "manifest.json").read_text())["carried"]
    )
    # The translator's file from the first run still imports (nothing left to change).
    assert import_xliff(after, path).changed == []


def test_a_changed_source_sentence_is_not_kept_and_is_named(reviewed_run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article, first, _, _ = reviewed_run
    text = article.read_text(encoding="utf-8")
    sentence = load(first.run_dir / "document.json").segment("p2s1").text
    article.write_text(
        text.replace(sentence, sentence.replace("Choi Young Sam", "ông Choi")), "utf-8"
    )
    second = brief(article, tmp_path / "out")
    assert second.carried is not None and second.carried.segments == 0
    assert any("Choi" in changed for changed in second.carried.changed)
    assert all(
        t.status == "machine" for s in second.document.segments for t in s.translations.values()
    )


def test_an_inserted_paragraph_does_not_lose_the_reviews_below_it(
    reviewed_run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    article, first, _, _ = reviewed_run
    sentence = load(first.run_dir / "document.json").segment("p2s1").text
    lines = article.read_text(encoding="utf-8").split("\n\n")
    lines.insert(1, "Một đoạn mới được thêm vào đầu bài.")
    article.write_text("\n\n".join(lines), encoding="utf-8")
    second = brief(article, tmp_path / "out")
    (moved,) = [s for s in second.document.segments if s.text == sentence]
    assert moved.id != "p2s1" and moved.translations["ko"].status == "approved"


def test_fresh_starts_over_and_keeps_the_old_document_beside(reviewed_run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article, first, _, _ = reviewed_run
    before = load(first.run_dir / "document.json")
    second = brief(article, tmp_path / "out", fresh=True)
    assert second.carried is not None and second.carried.fresh
    assert second.document.id != before.id
    assert second.document.segment("p2s1").translations["ko"].status == "machine"
    kept = load(second.run_dir / "document.previous.json")
    assert kept.segment("p2s1").translations["ko"].status == "approved"


def test_an_unreadable_earlier_document_is_refused_before_any_work(
    tmp_path: Path, seed: Path
) -> None:
    run_dir = tmp_path / "out" / "vn-kr-digital-forum"
    run_dir.mkdir(parents=True)
    (run_dir / "document.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="--fresh"):
        brief(seed, tmp_path / "out")
    assert (run_dir / "document.json").read_text(encoding="utf-8") == "{not json"
