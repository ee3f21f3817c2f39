"""End to end with the in-package fake translator: known Korean text in, found in the PDF out."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing import document as document_io
from briefing.config import Settings
from briefing.pipeline import run_brief, sha256_file, slug_of
from briefing.render import preflight, write_pdf
from briefing.summarize import create as create_summarizer
from briefing.translate.fake import FakeTranslator
from tests.conftest import reference_table

pytestmark = pytest.mark.pdf

ARTIFACTS = {
    "brief.ko.pdf",
    "brief.en.pdf",
    "brief.vi.pdf",
    "draft.vi-ko-en.pdf",
    "draft.html",
    "document.json",
    "manifest.json",
}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, has an embedded font program) for every font the PDF uses."""
    fonts = []
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor").get_object()
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.append((str(font["/BaseFont"]), embedded))
    return fonts


def fake_run(source: Path, out: Path, table: dict | None = None, heap: str = "trim", **kwargs):  # type: ignore[no-untyped-def]
    fake = FakeTranslator(reference_table() if table is None else table)
    # The table's keys are the plain source sentences: nothing locked, nothing protected.
    settings = Settings(
        out_dir=out,
        backend="fake",
        glossary="none",
        reference="off",
        memory=str(out / "memory.sqlite"),
        heap=heap,
    )
    return run_brief(
        source,
        settings,
        translators={"ko": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
        **kwargs,
    )


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.conftest import SEED

    return fake_run(SEED, tmp_path_factory.mktemp("out"))


def test_all_seven_artifacts(seed_run) -> None:  # type: ignore[no-untyped-def]
    assert seed_run.run_dir.name == "vn-kr-digital-forum"
    assert {p.name for p in seed_run.run_dir.iterdir()} == ARTIFACTS
    assert not [p for p in seed_run.run_dir.parent.iterdir() if p.name.startswith(".")]


def test_korean_brief_has_korean_headings_and_known_text(seed_run) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(seed_run.run_dir / "brief.ko.pdf")
    for heading in (
        "한국 대표단 브리핑",
        "행사 개요",
        "주요 내용",
        "주요 수치",
        "주요 인물",
        "부록: 전문",
    ):
        assert heading in text
    assert "한-베트남 디지털 포럼을 공동 개최했다" in text.replace("\n", " ")
    assert "10월 29일" in text
    assert "5만" in text  # 50.000 written the Korean way


def test_vietnamese_brief_keeps_diacritics_and_captions(seed_run) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(seed_run.run_dir / "brief.vi.pdf")
    assert "Thứ trưởng Bộ KH&CN Hoàng Minh" in text.replace("\n", " ")
    assert "Nội dung chính" in text and "Số liệu chính" in text
    assert "Ảnh: Hải Danh" in text


def test_english_brief_formats_figures_and_dates(seed_run) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(seed_run.run_dir / "brief.en.pdf")
    assert "29 October" in text and "50,000" in text and "Key figures" in text


def test_no_place_is_invented(seed_run) -> None:  # type: ignore[no-untyped-def]
    for lang, label in (("en", "Place"), ("ko", "장소"), ("vi", "Địa điểm")):
        assert label not in pdf_text(seed_run.run_dir / f"brief.{lang}.pdf")


@pytest.mark.parametrize(
    "name", ["brief.ko.pdf", "brief.en.pdf", "brief.vi.pdf", "draft.vi-ko-en.pdf"]
)
def test_pdfs_embed_fonts_carry_metadata_and_stay_small(seed_run, name: str) -> None:  # type: ignore[no-untyped-def]
    path = seed_run.run_dir / name
    fonts = embedded_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts)
    assert path.stat().st_size < 1_000_000
    metadata = PdfReader(path).metadata
    manifest = json.loads((seed_run.run_dir / "manifest.json").read_text())
    signature = "|".join(f"{k}:{v}" for k, v in manifest["signature"].items())
    assert metadata["/Subject"] == signature
    assert metadata["/briefingsignature"] == signature
    titles = {
        "brief.vi.pdf": "Diễn đàn số Việt – Hàn",
        "draft.vi-ko-en.pdf": "Diễn đàn số Việt – Hàn",
    }
    expected_title = titles.get(name) or seed_run.document.title[name.split(".")[1]]
    assert metadata["/Title"] == expected_title
    lang = name.split(".")[1] if name.startswith("brief") else "en"
    assert metadata["/briefinglanguage"] == lang
    assert PdfReader(path).trailer["/Root"]["/Lang"] == lang


def test_draft_rows_have_every_segment(seed_run) -> None:  # type: ignore[no-untyped-def]
    html = (seed_run.run_dir / "draft.html").read_text()
    for seg in seed_run.document.segments:
        assert f'id="{seg.id}"' in html
    assert "최영삼 주베트남 한국대사는" in html


def test_document_json_round_trips_and_manifest_checksums_match(seed_run) -> None:  # type: ignore[no-untyped-def]
    loaded = document_io.load(seed_run.run_dir / "document.json")
    assert loaded == seed_run.document
    assert loaded.segments[0].translations["ko"].origin == "mt:fake"
    manifest = json.loads((seed_run.run_dir / "manifest.json").read_text())
    for name, entry in manifest["outputs"].items():
        assert sha256_file(seed_run.run_dir / name) == entry["sha256"]
    assert manifest["input"]["sha256"] == seed_run.document.article.sha256
    assert {"read", "translate ko+en", "render"} <= set(manifest["timings_s"])


def test_hostile_html_is_rendered_safely(tmp_path: Path) -> None:
    article = tmp_path / "hostile.html"
    article.write_text(
        "<html><body><article><h1>Hội nghị AI</h1>"
        "<script>document.write('SCRIPTTEXT')</script>"
        "<p>Đoạn có {{ 7*7 }} và <b>chữ đậm</b>.</p>"
        '<img src="file:///etc/passwd"><img src="http://127.0.0.1:9/x.png">'
        "<p>Đoạn thứ hai &lt;img src=&quot;file:///etc/passwd&quot;&gt; vẫn là chữ.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = fake_run(article, tmp_path / "out", table={})
    for name in ("brief.vi.pdf", "brief.ko.pdf"):
        text = pdf_text(result.run_dir / name)
        assert "{{ 7*7 }}" in text and "49" not in text
        assert "SCRIPTTEXT" not in text
    html = (result.run_dir / "draft.html").read_text()
    assert "SCRIPTTEXT" not in html and "<img" not in html
    assert "&lt;img" in html  # the article's literal markup is shown as text
    manifest = json.loads((result.run_dir / "manifest.json").read_text())
    assert manifest["refused_urls"] == []  # nothing from the article reached the fetcher


def test_url_fetcher_refuses_files_and_network(tmp_path: Path) -> None:
    html = (
        '<html><body><img src="file:///etc/passwd"><img src="http://127.0.0.1:9/x.png">'
        '<link rel="stylesheet" href="file:///etc/hostname"><p>x</p></body></html>'
    )
    refused = write_pdf(html, tmp_path / "x.pdf")
    assert set(refused) == {
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.png",
        "file:///etc/hostname",
    }


def test_preflight_lists_characters_without_glyphs(seed_run) -> None:  # type: ignore[no-untyped-def]
    from briefing import render

    context = render.brief_context(seed_run.document, "ko", {"briefing": "test"})
    context.key_points = ["Emoji 😀 and Thai ภาษา"]
    missing = preflight(context, "brief.ko.pdf")
    assert "😀" in missing and "ภ" in missing
    html = render.replace_missing("<p>😀 ภาษา</p>", missing)
    assert "😀" not in html and render.REPLACEMENT in html
    assert "U+1F600" in render.missing_warning(missing, "brief.ko.pdf")


PRESS_CHARACTERS = "韓-越 정상회담 ∼ ① ㈜삼성 ㎡ ㎞ ㎏ ☎ 02-123-4567 中 美 日 北 與 野"


def test_press_characters_go_through_every_output(tmp_path: Path) -> None:
    """Yonhap's range sign, circled numbers, ㈜, units and Hanja in a Korean article: every
    output is written, compatibility characters mapped by NFKC and logged, Hanja kept."""
    from briefing.fonts import covered_characters

    article = tmp_path / "press.ko.txt"
    article.write_text(
        "韓-越 경제협력 포럼 개최\n\n"
        f"한국과 베트남은 10월 21일 서울에서 포럼을 열었다. {PRESS_CHARACTERS}. "
        "면적은 5,000㎡이며 거리는 12㎞, 무게는 3㎏이다. ㈜한화가 참석했다.\n",
        encoding="utf-8",
    )
    fake = FakeTranslator()
    result = run_brief(
        article,
        Settings(out_dir=tmp_path / "out", backend="fake", memory="none"),
        translators={"vi": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
    )
    assert {p.name for p in result.run_dir.iterdir()} >= {
        "brief.ko.pdf",
        "brief.vi.pdf",
        "draft.html",
    }
    changes = {
        (c.before, c.after) for c in result.document.article.changes if c.kind == "compatibility"
    }
    assert {("㈜", "(주)"), ("㎞", "km"), ("㎡", "m²"), ("①", "1")} <= changes
    text = " ".join(s.text for s in result.document.segments)
    assert "韓" in text and "∼" in text  # Hanja stay Hanja; ∼ is drawn by the fallback font
    assert not [w for w in result.document.article.warnings if "no bundled font" in w]
    covered = covered_characters()
    assert all(ord(c) in covered for c in "韓越中美日北與野∼①☎")


def test_failed_rerun_keeps_the_first_outputs(seed_run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SEED

    before = {p.name: sha256_file(p) for p in seed_run.run_dir.iterdir()}

    def broken(*args: object, **kwargs: object) -> list[str]:
        raise RuntimeError("disk full")

    monkeypatch.setattr("briefing.pipeline.render_all", broken)
    with pytest.raises(RuntimeError):
        fake_run(SEED, seed_run.run_dir.parent)
    after = {p.name: sha256_file(p) for p in seed_run.run_dir.iterdir()}
    assert after == before
    assert not [p for p in seed_run.run_dir.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    "name, slug",
    [
        ("vn-kr-digital-forum.vi.txt", "vn-kr-digital-forum"),
        ("Diễn đàn số.md", "dien-dan-so"),
        ("article.html", "article"),
        ("thong-cao.vi.docx", "thong-cao"),
        ("release.ko.pdf", "release"),
    ],
)
def test_slug(name: str, slug: str) -> None:
    assert slug_of(Path(name)) == slug


def test_every_code_point_of_the_press_blocks_goes_through_a_brief(tmp_path: Path) -> None:
    """The KS X 1001 Hanja, every Vietnamese letter and every code point of Hangul
    Compatibility Jamo, Enclosed CJK, CJK Compatibility, Letterlike, Number Forms, Arrows and
    Mathematical Operators, in a Korean article: all five outputs are written; what no font
    draws is shown as □ and named in a warning, never Hanja or a Vietnamese letter."""
    import unicodedata

    blocks = [(0x3130, 0x318F), (0x3200, 0x32FF), (0x3300, 0x33FF), (0x2100, 0x214F),
              (0x2150, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF)]  # fmt: skip
    symbols = [
        chr(p) for a, b in blocks for p in range(a, b + 1) if unicodedata.category(chr(p)) != "Cn"
    ]
    hanja = []
    for lead in range(0xCA, 0xFE):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                hanja.append(bytes([lead, trail]).decode("euc-kr"))
    assert len(hanja) == 4888
    vietnamese = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    vietnamese += vietnamese.upper()
    lines = ["韓越 포럼 기사", ""]
    for chunk in range(0, len(hanja), 400):
        lines.append("한자 " + "".join(hanja[chunk : chunk + 400]) + " 입니다.")
    for chunk in range(0, len(symbols), 200):
        lines.append("기호 " + " ".join(symbols[chunk : chunk + 200]) + " 입니다.")
    lines.append("베트남어 글자 " + " ".join(vietnamese) + " 입니다.")
    article = tmp_path / "blocks.ko.txt"
    article.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    fake = FakeTranslator()
    result = run_brief(
        article,
        Settings(
            out_dir=tmp_path / "out",
            backend="fake",
            memory="none",
            max_input_bytes=2_000_000,
            source_language="ko",  # mostly Hanja: the detector would say Chinese
        ),
        translators={"vi": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
    )
    names = {p.name for p in result.run_dir.iterdir()}
    assert {"brief.ko.pdf", "brief.vi.pdf", "brief.en.pdf", "draft.html"} <= names
    import re

    warnings = " ".join(w for w in result.document.article.warnings if "no bundled font" in w)
    replaced = set(re.findall(r"(\S) \(U\+[0-9A-F]{4,5}\)", warnings))
    assert not replaced & set(hanja) and not replaced & set(vietnamese)
    assert len(replaced) < 0.05 * len(symbols)  # the fonts draw almost every symbol


class _Loading(FakeTranslator):
    """The fake, with a model that takes a while to load and says where it was loaded."""

    def __init__(self) -> None:
        super().__init__(reference_table())
        self.loaded_in: list[str] = []
        self.translated_after_load = False

    def load(self) -> None:
        import threading
        import time

        if not self.loaded_in:
            time.sleep(0.2)
            self.loaded_in.append(threading.current_thread().name)

    def translate(self, texts, source, target, progress=None):  # type: ignore[no-untyped-def]
        self.translated_after_load = bool(self.loaded_in)
        return super().translate(texts, source, target, progress)


def test_the_models_load_while_the_facts_are_read(tmp_path: Path) -> None:
    """The translators' models load in a thread started once the source language is known,
    and translation waits for the load."""
    from tests.conftest import SEED

    slow = _Loading()
    settings = Settings(
        out_dir=tmp_path, backend="fake", glossary="none", reference="off", memory="none"
    )
    run_brief(
        SEED,
        settings,
        translators={"ko": slow, "en": slow},
        summarizer=create_summarizer("extractive"),
    )
    assert slow.loaded_in == ["preload-models"]
    assert slow.translated_after_load


def test_draft_html_embeds_subsets_that_draw_every_character_it_shows(seed_run) -> None:  # type: ignore[no-untyped-def]
    """Each face draft.html embeds is cut to the page's characters: every character of the
    page that the bundled font draws is in the subset, nothing else of the 11,000 Hangul is,
    and the data: URL names the font type its bytes are (a browser refuses a mislabelled one
    on some machines)."""
    import base64
    import io
    import re
    from html.parser import HTMLParser

    from fontTools.ttLib import TTFont

    from briefing import render
    from briefing.paths import templates_dir

    html = (seed_run.run_dir / "draft.html").read_text(encoding="utf-8")

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.shown: set[int] = set()
            self.in_style = False

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.in_style = tag == "style"

        def handle_endtag(self, tag: str) -> None:
            self.in_style = False

        def handle_data(self, data: str) -> None:
            if not self.in_style:
                self.shown |= {ord(c) for c in data}

    reader = Text()
    reader.feed(html)
    shown = reader.shown
    faces = re.findall(r'@font-face \{[^}]*src: url\("data:(font/\w+);base64,([^"]+)"\)', html)
    sources = re.findall(r'url\("?fonts/([^")]+)"?\)', render.stylesheet())
    assert len(faces) == len(sources) >= 3
    hangul_shown = {c for c in shown if 0xAC00 <= c <= 0xD7A3}
    assert len(hangul_shown) > 100
    for (mime, data), source in zip(faces, sources, strict=True):
        raw = base64.b64decode(data)
        assert mime == ("font/otf" if raw[:4] == b"OTTO" else "font/ttf")
        subset = set(TTFont(io.BytesIO(raw)).getBestCmap())
        full = set(TTFont(templates_dir() / "fonts" / source).getBestCmap())
        assert shown & full <= subset  # nothing the page shows left out
        if 0xAC00 in full:  # a Hangul face: only the syllables the page uses
            assert subset & set(range(0xAC00, 0xD7A4)) == hangul_shown & full


def test_no_document_is_laid_out_while_a_prewarm_thread_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that failed before rendering leaves its prewarm thread running; the next PDF
    waits for it (Pango and Fontconfig are not safe across threads: laid out side by side,
    they crash the process)."""
    import threading
    import time

    import weasyprint

    from briefing import render

    done: list[str] = []
    laid_out: list[list[str]] = []

    def slow_warm_up() -> None:
        time.sleep(0.5)
        done.append("warmed")

    real_html = weasyprint.HTML

    def html(*args: object, **kwargs: object) -> object:
        laid_out.append(list(done))  # what had finished when the layout began
        return real_html(*args, **kwargs)

    monkeypatch.setattr(weasyprint, "HTML", html)
    thread = threading.Thread(target=slow_warm_up)
    thread.start()
    render.warming(thread)
    write_pdf("<p>Diễn đàn</p>", tmp_path / "a.pdf")
    assert laid_out == [["warmed"]] and (tmp_path / "a.pdf").stat().st_size > 0


def test_two_runs_in_one_process_never_lay_out_at_once(tmp_path: Path) -> None:
    """Two web jobs run side by side in one process: while one lays out its PDFs (it holds
    `render.LAYOUT`), the other's PDF waits, and the other's warm-up skips rather than lay out
    beside it (a segmentation fault in weasyprint.text.fonts, seen in the suite)."""
    import threading

    from briefing import render

    holding, release = threading.Event(), threading.Event()

    def other_run() -> None:
        with render.LAYOUT:
            holding.set()
            release.wait(60)

    other = threading.Thread(target=other_run)
    other.start()
    assert holding.wait(30)
    warm = threading.Thread(target=render.warm_up)
    warm.start()
    warm.join(60)
    assert not warm.is_alive()  # it skipped: it never waited for the other run
    writer = threading.Thread(target=write_pdf, args=("<p>Diễn đàn</p>", tmp_path / "a.pdf"))
    writer.start()
    writer.join(1.0)
    assert writer.is_alive() and not (tmp_path / "a.pdf").exists()  # it waits its turn
    release.set()
    other.join(60)
    writer.join(120)
    assert not writer.is_alive() and (tmp_path / "a.pdf").stat().st_size > 0


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("□ 부산광역시는 교역전을 개최한다.", "부산광역시는 교역전을 개최한다."),
        ("○ 벡스코는 전시장 운영을 맡는다.", "벡스코는 전시장 운영을 맡는다."),
        ("- Tổng vốn đầu tư 1,2 tỷ USD.", "Tổng vốn đầu tư 1,2 tỷ USD."),
        ("-5% là mức giảm của năm ngoái.", "-5% là mức giảm của năm ngoái."),
        ("Hội thảo diễn ra tại Hà Nội.", "Hội thảo diễn ra tại Hà Nội."),
    ],
)
def test_a_key_point_is_shown_without_the_sources_list_mark(said: str, shown: str) -> None:
    """The brief's bullet is the mark: `□ 부산광역시는 …` shows as `부산광역시는 …`; a sign is
    no mark."""
    from briefing.render import point_text

    assert point_text(said) == shown
