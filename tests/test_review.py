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
    segments = [s.id for s in run.document.segments]
    assert [u.get("id") for u in units][: len(segments)] == segments
    labels = [u.get("id") for u in units][len(segments) :]  # then what else a brief shows
    assert labels[:3] == ["title", "event.name", "event.theme"]
    assert "fact.figure.1" in labels and "fact.person.1.role" in labels
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
    from briefing.labels import labels_of

    assert len(units) == len(run.document.segments) + len(labels_of(run.document))
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


def reviewed_text(document, unit_id: str, target: str, text: str) -> str:  # type: ignore[no-untyped-def]
    """What a translator would approve for a label: its locked forms and figures, in the
    target's own words (the fake translator's `[ko] …` is Vietnamese, not Korean)."""
    from briefing.labels import find
    from briefing.qa import locked_forms

    label = find(document, unit_id)
    if label is None:
        return text or "—"
    source = label.source(document)
    locked = locked_forms(document)
    if source in locked:
        return locked[source][target]
    forms = [
        f[target]
        for s, f in locked.items()
        if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", source)
    ]
    numbers = re.findall(r"\d[\d.,]*", source)
    return " ".join([*forms, *numbers, "검토" if target == "ko" else "reviewed"])


def test_fully_approved_brief_has_no_mark(run) -> None:  # type: ignore[no-untyped-def]
    document_path = run.run_dir / "document.json"
    for path in export_all(run.document, run.run_dir):
        target_language = path.stem.rsplit("-", 1)[1]
        tree = etree.parse(str(path))
        document = load(document_path)
        for unit in tree.iter(f"{{{NS}}}trans-unit"):
            target = unit.find(f"{{{NS}}}target")
            target.set("state", "final")
            target.text = reviewed_text(document, unit.get("id"), target_language, target.text)
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        import_xliff(document, path)
        save(document, document_path)
    result = rerender(document_path)
    assert load(document_path).label_flags == {}
    assert result.manifest["review"]["reviewed"] is True
    for lang, mark in (("ko", "기계 번역, 검토 전"), ("en", "not yet reviewed")):
        assert all(mark not in page for page in pdf_pages(run.run_dir / f"brief.{lang}.pdf"))


def test_approved_labels_in_the_wrong_script_keep_the_mark(run) -> None:  # type: ignore[no-untyped-def]
    """The vi-ko targets pasted into vi-en.xlf and approved: every text approved, but the
    English brief is not reviewed English, and `check` says why."""
    from briefing.qa import all_flags, check

    document_path = run.run_dir / "document.json"
    document = load(document_path)
    paths = {p.stem.rsplit("-", 1)[1]: p for p in export_all(document, run.run_dir)}
    korean = {
        unit.get("id"): reviewed_text(document, unit.get("id"), "ko", "")
        for unit in etree.parse(str(paths["ko"])).iter(f"{{{NS}}}trans-unit")
    }
    tree = etree.parse(str(paths["en"]))
    for unit in tree.iter(f"{{{NS}}}trans-unit"):
        target = unit.find(f"{{{NS}}}target")
        target.set("state", "final")
        target.text = korean.get(unit.get("id"), target.text)
    tree.write(str(paths["en"]), xml_declaration=True, encoding="UTF-8")
    import_xliff(document, paths["en"])
    check(document)
    wrong = [
        f for where, f in all_flags(document) if not where.startswith("p") and f.language == "en"
    ]
    assert wrong and {f.code for f in wrong} >= {"wrong-script"}
    save(document, document_path)
    assert rerender(document_path).manifest["review"]["reviewed"] is False


def test_rerender_loads_no_model(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Re-rendering builds no translator and no summarizer: the factories the pipeline
    builds them with are made to fail (and shown to be the ones a brief calls), and the
    re-render still writes every output from document.json."""
    from briefing.errors import BriefingError
    from briefing.pipeline import build_summarizer, build_translators

    created: list[str] = []

    def forbidden(*args: object, **kwargs: object) -> None:
        created.append(str(args[:1]))
        raise BriefingError("a model was created")

    monkeypatch.setattr("briefing.pipeline.create_translator", forbidden)
    monkeypatch.setattr("briefing.pipeline.create_summarizer", forbidden)
    settings = Settings(backend="fake", summarizer="extractive")
    for build in (lambda: build_translators(settings, ("vi",)), lambda: build_summarizer(settings)):
        with pytest.raises(BriefingError, match="a model was created"):
            build()  # the patch is where a brief makes its models
    created.clear()
    result = rerender(run.run_dir / "document.json")
    assert created == []
    assert {o.name for o in result.outputs} >= {"brief.ko.pdf", "brief.en.pdf", "document.json"}


@pytest.mark.parametrize(
    "mutate, message",
    [
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
        (  # an external DTD, no entity used: refused all the same
            lambda x: x.replace(
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<?xml version="1.0"?><!DOCTYPE xliff SYSTEM "http://example.org/xliff.dtd">',
            ),
            "DTD",
        ),
        (lambda x: x.replace("</body>", "<!--" + "x" * 20_000_000 + "--></body>"), "over the"),
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


@pytest.mark.parametrize(
    "mutate, unit, reason",
    [
        (lambda x: x.replace('id="p2s1"', 'id="p99s1"'), "p99s1", "not a segment or label"),
        (
            lambda x: x.replace("<source>Theo Đại sứ", "<source>Nay theo Đại sứ"),
            "p2s1",
            "the source drifted",
        ),
    ],
)
def test_a_bad_unit_is_refused_alone(run, mutate, unit: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    ko = export_all(run.document, run.run_dir)[0]
    text = mutate(ko.read_text())
    text = text.replace("[ko] Ngày 29/10", "10월 29일에")  # another unit, edited
    ko.write_text(text, encoding="utf-8")
    document = load(run.run_dir / "document.json")
    result = import_xliff(document, ko)
    assert [(r.id, reason in r.reason) for r in result.refused] == [(unit, True)]
    assert result.changed == ["p1s1"]


def _set_targets(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{NS}}}trans-unit"):
        change(unit, unit.find(f"{{{NS}}}target"))
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_units_without_a_target_are_skipped_not_emptied(run) -> None:  # type: ignore[no-untyped-def]
    ko = export_all(run.document, run.run_dir)[0]
    _set_targets(ko, lambda unit, target: unit.remove(target))
    document = load(run.run_dir / "document.json")
    before = [s.translations["ko"].text for s in document.segments]
    result = import_xliff(document, ko)
    assert result.changed == [] and len(result.skipped) >= len(document.segments)
    assert [s.translations["ko"].text for s in document.segments] == before


def test_an_emptied_target_needs_its_state(run) -> None:  # type: ignore[no-untyped-def]
    ko = export_all(run.document, run.run_dir)[0]

    def empty(unit, target) -> None:  # type: ignore[no-untyped-def]
        if unit.get("id") in {"p1s1", "p2s1"}:
            target.text = ""
            target.set("state", "x-emptied" if unit.get("id") == "p2s1" else "translated")

    _set_targets(ko, empty)
    document = load(run.run_dir / "document.json")
    result = import_xliff(document, ko)
    assert [r.id for r in result.skipped][:1] == ["p1s1"] and result.changed == ["p2s1"]
    assert document.segment("p2s1").translations["ko"].text == ""


def test_a_stale_export_cannot_revert_a_review(run) -> None:  # type: ignore[no-untyped-def]
    """The machine-translation export made before review, imported after it: every
    reviewed unit is a conflict, refused; with --force it goes through."""
    document_path = run.run_dir / "document.json"
    stale = export_all(run.document, run.run_dir)[0].read_text()
    reviewed = export_all(run.document, run.run_dir)[0]
    _set_targets(
        reviewed,
        lambda unit, target: (
            setattr(target, "text", "검토한 번역입니다 " + unit.get("id")),
            target.set("state", "final"),
        ),
    )
    document = load(document_path)
    first = import_xliff(document, reviewed)
    assert first.refused == [] and len(first.approved) == len(first.changed)
    save(document, document_path)
    (run.run_dir / "stale.xlf").write_text(stale, encoding="utf-8")
    document = load(document_path)
    again = import_xliff(document, run.run_dir / "stale.xlf")
    assert again.changed == [] and len(again.refused) == len(first.changed)
    assert all("conflict" in r.reason for r in again.refused)
    forced = import_xliff(document, run.run_dir / "stale.xlf", force=True)
    # --force overrides conflicts, never the script check (the fake "[ko] …" is no Korean)
    assert forced.changed and not any("conflict" in r.reason for r in forced.refused)
    assert len(forced.changed) + len(forced.refused) == len(first.changed)


def test_a_target_in_the_wrong_script_is_refused(run) -> None:  # type: ignore[no-untyped-def]
    ko = export_all(run.document, run.run_dir)[0]
    _set_targets(
        ko,
        lambda unit, target: (
            setattr(target, "text", "This is an English sentence, not Korean."),
            target.set("state", "final"),
        ),
    )
    document = load(run.run_dir / "document.json")
    result = import_xliff(document, ko)
    assert result.changed == [] and result.refused
    assert all("not written in Hangul" in r.reason for r in result.refused)


@pytest.mark.parametrize("mark", ["approved", "signed-off", "final"])
def test_approval_from_other_tools(run, mark: str) -> None:  # type: ignore[no-untyped-def]
    ko = export_all(run.document, run.run_dir)[0]

    def approve(unit, target) -> None:  # type: ignore[no-untyped-def]
        if unit.get("id") == "p2s1":
            if mark == "approved":  # translate-toolkit's way: XLIFF 1.2's approved="yes"
                unit.set("approved", "yes")
                target.set("state", "translated")
            else:
                target.set("state", mark)

    _set_targets(ko, approve)
    document = load(run.run_dir / "document.json")
    result = import_xliff(document, ko)
    assert result.approved == ["p2s1"]
    assert document.segment("p2s1").translations["ko"].status == "approved"


def correct(source: str, terms: list, language: str) -> str:  # type: ignore[type-arg]
    """A stand-in for a translator's correct translation: a sentence in the target's
    script that keeps the source's figures, the glossary's forms, its positions and its
    negations."""
    from briefing import numbers

    parts = []
    for q in numbers.quantities(source, "vi"):
        if q.kind in {"date", "month", "quarter"}:
            day = int(q.value) % 100 if q.kind == "date" else None
            month = int(q.value) // 100 if q.kind == "date" else int(q.value)
            parts.append(numbers.format_date(day, month, q.year, language, q.kind))
        elif q.kind == "money" and q.unit:
            parts.append(numbers.format_money(q.value, q.unit, language))
        elif q.kind == "percent":
            parts.append(numbers.format_percent(q.value, language))
        elif not q.loose:
            parts.append(numbers.format_number(q.value, language))
    parts += [hit.forms[language] for hit in terms]
    from briefing import meaning

    for forms in meaning.positions_in(source, "vi"):  # unless a glossary form names it
        if not any(option in part for option in forms[language] for part in parts):
            parts.append(forms[language][0])
    parts += ["하지 않" if language == "ko" else "not"] * meaning.negations(source, "vi")
    opening = "검토를 마친 한국어 번역문입니다" if language == "ko" else "Reviewed translation"
    return f"{opening}: " + ", ".join(parts)


def test_a_full_review_reaches_everything_the_briefs_show(run, capsys) -> None:  # type: ignore[no-untyped-def]
    """Approve correct translations of every unit of both files: the key points, title,
    labels and roles of the briefs are the reviewed text, no page carries the machine
    mark, and `check --strict` passes."""
    from types import SimpleNamespace

    from briefing.cli import main
    from briefing.qa import locked_forms

    document_path = run.run_dir / "document.json"
    terms = {s.id: s.terms for s in run.document.segments}
    locked = locked_forms(run.document)

    def label_terms(source: str) -> list:  # type: ignore[type-arg]
        """A label keeps the locked forms its source names, like a segment."""
        if source in locked:
            return [SimpleNamespace(forms=locked[source])]
        return [
            SimpleNamespace(forms=forms)
            for text, forms in locked.items()
            if re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", source)
        ]

    for path in export_all(run.document, run.run_dir):
        language = path.stem.split("-")[1]

        def translate(unit, target, language: str = language) -> None:  # type: ignore[no-untyped-def]
            source = unit.find(f"{{{NS}}}source").text or ""
            found = terms.get(unit.get("id")) or label_terms(source)
            target.text = correct(source, found, language)
            target.set("state", "final")

        _set_targets(path, translate)
        assert main(["review", "import", str(path)]) == 0, capsys.readouterr().err
    document = load(document_path)
    assert all(t.status == "approved" for s in document.segments for t in s.translations.values())
    assert all(
        t.status == "approved" for states in document.labels.values() for t in states.values()
    )
    result = rerender(document_path)
    assert result.manifest["review"]["reviewed"] is True
    rendered = load(document_path)
    for point in rendered.summaries["ko"].sentences:
        assert point.text.startswith("검토를 마친 한국어 번역문입니다")
    assert rendered.title["ko"].startswith("검토를 마친")
    assert all(
        f.measure["ko"].startswith("검토를 마친") for f in rendered.facts.figures if f.measure
    )
    assert all(p.role["ko"].startswith("검토를 마친") for p in rendered.facts.people if p.role)
    pages = pdf_pages(run.run_dir / "brief.ko.pdf")
    assert all("기계 번역, 검토 전" not in page for page in pages)
    capsys.readouterr()
    assert main(["check", str(document_path), "--strict"]) == 0, capsys.readouterr().out


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
        for unit in tree.iter(f"{{{NS}}}trans-unit"):
            target = unit.find(f"{{{NS}}}target")
            opening = "검토를 마친 한국어 번역문입니다" if name == "vi-ko.xlf" else "Reviewed"
            target.text = f"{opening} {unit.get('id')} (duyệt)"
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


# ----------------------------------------------------------------------------- one writer at a time


def _import_in_process(path: str, barrier) -> None:  # type: ignore[no-untyped-def]
    import os

    from briefing.cli import main

    barrier.wait()
    code = main(["review", "import", path, "--reviewer", Path(path).stem])
    os._exit(code)  # a forked child: no pytest teardown


def test_concurrent_imports_both_land_every_time(run) -> None:  # type: ignore[no-untyped-def]
    """`review import vi-ko.xlf` and `… vi-en.xlf` at the same moment, twenty times: each
    time both files' edits are in document.json."""
    import multiprocessing

    document_path = run.run_dir / "document.json"
    pristine = document_path.read_bytes()
    context = multiprocessing.get_context("fork")
    for trial in range(20):
        document_path.write_bytes(pristine)
        paths = export_all(load(document_path), run.run_dir)
        for path in paths:
            language = path.stem.split("-")[1]
            opening = "검토를 마친 한국어 번역문입니다" if language == "ko" else "Reviewed"
            _set_targets(
                path,
                lambda unit, target, o=opening, n=trial: setattr(
                    target, "text", f"{o} {unit.get('id')} #{n}"
                ),
            )
        barrier = context.Barrier(2)
        workers = [
            context.Process(target=_import_in_process, args=(str(p), barrier)) for p in paths
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
        assert [w.exitcode for w in workers] == [0, 0]
        document = load(document_path)
        for segment in document.segments:
            for language in ("ko", "en"):
                translation = segment.translations[language]
                assert translation.text.endswith(f"{segment.id} #{trial}"), (trial, language)
                assert translation.revisions[-1].changed_by == f"vi-{language}"


# ----------------------------------------------------------------------------- OmegaT


def test_omegat_round_trip(run) -> None:  # type: ignore[no-untyped-def]
    """Debian's OmegaT 3.6, headless: an exported project with a memory of known
    translations in tm/auto/ is translated for every unit, and the import brings every
    one of them back, approved."""
    import shutil
    import subprocess

    from briefing.config import from_environment
    from briefing.review.omegat import export_projects, write_matches

    if shutil.which("omegat") is None:
        if from_environment("require_tools"):
            pytest.fail("omegat is not installed (make test installs Debian's omegat)")
        pytest.skip("omegat is not installed: make test installs it")
    document_path = run.run_dir / "document.json"
    projects = export_projects(load(document_path), run.run_dir / "omegat")
    assert [p.name for p in projects] == ["vi-ko", "vi-en"]
    project = projects[0]
    assert (project / "omegat.project").is_file() and (project / "tm" / "machine.tmx").is_file()
    assert "Choi Young Sam\t최영삼" in (project / "glossary" / "glossary.txt").read_text()
    source = etree.parse(str(project / "source" / "vi-ko.xlf"))
    units = list(source.iter(f"{{{NS}}}trans-unit"))
    for unit in units:  # OmegaT 3.6 translates the target's text: it must be the Vietnamese
        assert unit.find(f"{{{NS}}}target").text == unit.find(f"{{{NS}}}source").text
    known = {unit.get("id"): f"검토를 마친 한국어 번역문입니다 {unit.get('id')}" for unit in units}
    pairs = {unit.find(f"{{{NS}}}source").text: known[unit.get("id")] for unit in units}
    write_matches(project / "tm" / "auto" / "known.tmx", list(pairs.items()), "vi", "ko")
    done = subprocess.run(
        ["omegat", "--mode=console-translate", str(project)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    import tempfile

    from briefing.cli import main

    before = set(Path(tempfile.gettempdir()).glob("omegat-*.xlf"))
    from collections import Counter

    from briefing.labels import labels_of

    earlier = load(document_path)
    sources = Counter(
        [s.text for s in earlier.segments] + [x.source(earlier) for x in labels_of(earlier)]
    )
    approved_before = {  # approved label texts whose source another unit shares
        x.id: earlier.labels[x.id]["ko"].text
        for x in labels_of(earlier)
        if sources[x.source(earlier)] > 1
        and "ko" in earlier.labels.get(x.id, {})
        and earlier.labels[x.id]["ko"].status == "approved"
    }
    assert approved_before
    # Units that share a source get OmegaT's one translation; where the document holds an
    # approved text for one (the glossary's form of an organiser that is also an
    # organisation), that unit is refused, not overwritten: exit 1, the rest applied.
    assert main(["review", "import", str(project), "--document", str(document_path)]) == 1
    assert set(Path(tempfile.gettempdir()).glob("omegat-*.xlf")) == before  # no copy left
    document = load(document_path)
    for label_id, text in approved_before.items():
        assert document.labels[label_id]["ko"].text == text
    by_source = {text: translation for text, translation in pairs.items()}
    for segment in document.segments:
        ko = segment.translations["ko"]
        assert (ko.text, ko.status, ko.origin) == (by_source[segment.text], "approved", "human")
    for label_id, states in document.labels.items():
        if "ko" in states:
            assert states["ko"].status == "approved", label_id


def test_the_memory_is_honest_about_who_wrote_a_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Approving machine output unchanged is `mt-approved` in document.json, the memory and
    TMX; a changed text is `human`; an emptied unit never becomes a memory entry."""
    from briefing.cli import main

    document_path = run.run_dir / "document.json"
    (ko,) = [p for p in export_all(run.document, run.run_dir) if p.name.endswith("-ko.xlf")]
    edit(ko, {"p1s1": (None, "final"), "p2s1": ("최영삼 대사는 협력 확대를 강조했다.", "final")})
    memory_path = tmp_path / "honest.sqlite"
    assert main(["review", "import", str(ko), "--memory", str(memory_path)]) == 0
    document = load(document_path)
    assert document.segment("p1s1").translations["ko"].origin == "mt-approved"
    assert document.segment("p2s1").translations["ko"].origin == "human"
    with TranslationMemory(memory_path) as memory:
        origins = {u.source[:20]: u.origin for u in memory.units()}
        assert sorted(origins.values()) == ["human", "mt-approved"]
        memory.export_tmx(tmp_path / "honest.tmx")
        memory.add([Unit("vi", "ko", "Câu bị xoá.", "", "human")])
        assert memory.exact("Câu bị xoá.", "vi", "ko") is None and len(memory.units()) == 2
    tmx = (tmp_path / "honest.tmx").read_text(encoding="utf-8")
    assert '<prop type="x-origin">mt-approved</prop>' in tmx


def test_a_memory_entry_in_the_wrong_script_is_never_offered(tmp_path: Path) -> None:
    """OmegaT's pseudo-translation put Vietnamese text in as Korean: such an entry is
    neither an exact match nor a suggestion."""
    sentence = "Hai nước đã xây dựng nền tảng hợp tác vững chắc trong nhiều lĩnh vực."
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add([Unit("vi", "ko", sentence, sentence, "tmx")])
        assert memory.exact(sentence, "vi", "ko") is None
        assert memory.fuzzy(sentence.replace("Hai", "Hai quốc gia"), "vi", "ko") == []


def test_a_declared_encoding_the_bytes_are_not_in_is_refused(run) -> None:  # type: ignore[no-untyped-def]
    (ko,) = [p for p in export_all(run.document, run.run_dir) if p.name.endswith("-ko.xlf")]
    edit(ko, {"p2s1": ("최영삼 대사는 협력 확대를 강조했다.", "final")})
    text = ko.read_text(encoding="utf-8")
    for declared, message in (("ISO-8859-1", "bytes are UTF-8"), ("UTF-P", "not an encoding")):
        ko.write_text(
            re.sub(r"encoding=['\"][^'\"]+['\"]", f'encoding="{declared}"', text, count=1), "utf-8"
        )
        with pytest.raises(InputError, match=message):
            import_xliff(load(run.run_dir / "document.json"), ko)


def test_invisible_and_control_characters_are_removed_and_recorded(run) -> None:  # type: ignore[no-untyped-def]
    (ko,) = [p for p in export_all(run.document, run.run_dir) if p.name.endswith("-ko.xlf")]
    hidden = "최영삼 대사는\u202e 협력\u200b 확대를\u0080 강조했다.\u007f"
    edit(ko, {"p2s1": (hidden, "final")})
    document = load(run.run_dir / "document.json")
    result = import_xliff(document, ko)
    assert document.segment("p2s1").translations["ko"].text == "최영삼 대사는 협력 확대를 강조했다."
    assert "p2s1" in result.cleaned and "U+202E" in result.cleaned


def test_tmx_with_srclang_all_and_a_pseudo_translation(tmp_path: Path) -> None:
    path = tmp_path / "all.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="*all*" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body>'
        '<tu><tuv xml:lang="vi"><seg>Xin chào các bạn.</seg></tuv>'
        '<tuv xml:lang="ko"><seg>여러분 안녕하세요.</seg></tuv></tu>'
        '<tu><tuv xml:lang="vi"><seg>Hai nước đã xây dựng nền tảng hợp tác.</seg></tuv>'
        '<tuv xml:lang="ko"><seg>Hai nước đã xây dựng nền tảng hợp tác.</seg></tuv></tu>'
        "</body></tmx>",
        encoding="utf-8",
    )
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        assert memory.import_tmx(path) == 2  # vi→ko and ko→vi of the first; not the copy
        assert memory.skipped == 2
        assert memory.exact("Xin chào các bạn.", "vi", "ko") == "여러분 안녕하세요."
        assert memory.exact("여러분 안녕하세요.", "ko", "vi") == "Xin chào các bạn."


def test_omegat_merged_units_and_identity_translations(run) -> None:  # type: ignore[no-untyped-def]
    """What OmegaT writes for units with one source (`ASEAN`, a figure label and an
    organisation): one translation for all; it must not replace the organisation's approved
    glossary form unnoticed. An identity translation in English (ASEAN → ASEAN) is a
    translation, not an untranslated unit."""
    from briefing.cli import main
    from briefing.labels import find
    from briefing.review.omegat import export_projects, translated_file

    document_path = run.run_dir / "document.json"
    projects = {p.name: p for p in export_projects(load(document_path), run.run_dir / "omegat")}
    for name, text in (("vi-ko", "아세안 내 순위"), ("vi-en", "ASEAN")):
        project = projects[name]
        (source,) = (project / "source").glob("*.xlf")
        tree = etree.parse(str(source))
        for unit in tree.iter(f"{{{NS}}}trans-unit"):
            if unit.find(f"{{{NS}}}source").text == "ASEAN":
                unit.find(f"{{{NS}}}target").text = text  # as OmegaT writes its one translation
        (project / "target").mkdir(exist_ok=True)
        tree.write(str(project / "target" / source.name), xml_declaration=True, encoding="UTF-8")
    assert main(["review", "import", str(projects["vi-ko"]), "--document", str(document_path)]) == 1
    document = load(document_path)
    organisation = next(
        k
        for k, v in document.labels.items()
        if k.startswith("fact.organisation") and v["ko"].text == "아세안"
    )
    assert document.labels[organisation]["ko"].status == "approved"  # not replaced
    figure = next(
        k
        for k in document.labels
        if k.startswith("fact.figure") and find(document, k).source(document) == "ASEAN"
    )
    assert document.labels[figure]["ko"].text == "아세안 내 순위"
    path = translated_file(projects["vi-en"])
    try:
        text = path.read_text(encoding="utf-8")
    finally:
        path.unlink()
    assert text.count('<target state="final">ASEAN</target>') == 2


def test_an_import_with_the_memory_turned_off_applies_and_succeeds(run) -> None:  # type: ignore[no-untyped-def]
    from briefing.cli import main

    (ko,) = [p for p in export_all(run.document, run.run_dir) if p.name.endswith("-ko.xlf")]
    edit(ko, {"p2s1": ("최영삼 대사는 협력 확대를 강조했다.", "final")})
    assert main(["review", "import", str(ko), "--memory", "none"]) == 0
    document = load(run.run_dir / "document.json")
    assert document.segment("p2s1").translations["ko"].status == "approved"
