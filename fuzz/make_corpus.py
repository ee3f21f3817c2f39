"""Builds the seed corpora under fuzz/corpus/ from the project's own files: run once when
a reader's format changes (`python -m fuzz.make_corpus`), then commit what it wrote.

The document target and the XLIFF target need a real document.json: a short Vietnamese
article is run through the pipeline with the fake translator, so the seeds are small.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
SHORT_ARTICLE = """---
title: Diễn đàn số Việt – Hàn
date: 2026-10-29
place: Hà Nội
---

Ngày 29/10, Bộ Khoa học và Công nghệ và Bộ Khoa học và Thông tin Hàn Quốc phối hợp tổ chức Diễn đàn số Việt – Hàn.

Theo Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam, hai nước đã xây dựng nền tảng hợp tác vững chắc. Kim ngạch thương mại đạt 80 tỷ USD năm 2025.
"""


def small_documents() -> dict[str, dict[str, object]]:
    """Two short documents that load: one segment translated and approved; and one with a
    figure, a person, a summary and a reviewed label."""
    article = {"title": "Diễn đàn", "title_inferred": False, "path": "a.txt", "format": "text"}
    article["sha256"] = "0" * 64
    approved = {"text": "두 나라가 협력한다.", "origin": "human", "status": "approved"}
    segment = {"id": "p1s1", "paragraph": 1, "text": "Hai nước hợp tác.", "kind": "body"}
    minimal = {
        "schema_version": 1,
        "id": "d1",
        "article": article,
        "paragraphs": [{"number": 1, "kind": "body", "segment_ids": ["p1s1"]}],
        "segments": [{**segment, "translations": {"ko": approved}}],
        "targets": ["ko"],
    }
    evidence = [{"rule": "vi.figure.money", "segment_id": "p1s1", "start": 0, "end": 5}]
    facts = {
        "figures": [
            {"segment_id": "p1s1", "text": "80 tỷ USD", "value": 8e10, "kind": "money",
             "unit": "USD", "measure": {"vi": "kim ngạch", "ko": "교역액"}, "evidence": evidence}
        ],
        "people": [{"name": "Choi Young Sam", "role": {"vi": "Đại sứ", "ko": "대사"},
                    "segment_ids": ["p1s1"]}],
    }  # fmt: skip
    labelled = {
        **minimal,
        "facts": facts,
        "summaries": {
            "ko": {"language": "ko", "method": "extractive",
                   "sentences": [{"text": "두 나라가 협력한다.", "segment_ids": ["p1s1"]}]}
        },
        "labels": {"fact.figure.1": {"ko": {"text": "교역액", "origin": "human", "status": "edited"}}},
    }  # fmt: skip
    return {"minimal.json": minimal, "labelled.json": labelled}


def write(target: str, name: str, data: bytes | str) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)


def main() -> None:
    from briefing.config import Settings
    from briefing.memory import TranslationMemory, Unit
    from briefing.pipeline import run_brief
    from briefing.review import export_xliff
    from briefing.summarize import create as create_summarizer
    from briefing.translate.fake import FakeTranslator

    seed = (ROOT / "seeds" / "vn-kr-digital-forum.vi.txt").read_text(encoding="utf-8")
    korean = (ROOT / "tests" / "data" / "facts" / "ko-01-msit-forum.ko.txt").read_text("utf-8")
    mixed = (ROOT / "tests" / "data" / "articles" / "vi-quoting-ko.vi.txt").read_text("utf-8")
    paragraphs = seed.split("\n\n")
    write("article-txt", "seed-head.txt", "\n\n".join(paragraphs[:3]) + "\n")
    write("article-txt", "korean.txt", "\n\n".join(korean.split("\n\n")[:3]) + "\n")
    write("article-txt", "vi-quoting-ko.txt", mixed)
    write("article-txt", "compat.txt", "Giá đất 3㎡ tăng ①② ㈜삼성 ∼ 10㎞ 韓-越.\n")
    write("article-md", "front-matter.md", SHORT_ARTICLE)
    write(
        "article-md",
        "markup.md",
        "# Diễn đàn số\n\n**Ngày 29/10**, [Bộ KH&CN](https://example.org) tổ chức:\n\n"
        "- hội thảo *AI*\n- triển lãm\n\n> Trích dẫn của ông Choi.\n\n![ảnh](a.png)\n",
    )
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs[:3])
    write(
        "article-html",
        "page.html",
        "<!doctype html><html><head><title>Diễn đàn số</title><style>p{}</style></head>"
        f"<body><nav>Trang chủ</nav><article><h1>Diễn đàn số Việt – Hàn</h1>\n{body}"
        "<script>var x = 1;</script></article></body></html>\n",
    )
    write(
        "article-html",
        "entities.html",
        "<html><body><div>Ngày 29/10 &amp; 30/10, Bộ KH&amp;CN tổ chức hội thảo.<br>"
        "Hai nước hợp tác&nbsp;AI.</div><table><tr><td>80 tỷ USD</td></tr></table></body></html>\n",
    )
    saved = ROOT / "tests" / "data" / "reading" / "saved-page.vi.html"
    write("article-html", "saved-page.html", saved.read_bytes())
    # A Word and a two-column PDF press release, made as tests/test_reading.py makes them.
    from tests.test_reading import VI_BODY, VI_HEADLINE, _docx_ko, _two_column_pdf

    with tempfile.TemporaryDirectory() as scratch:
        docx = _docx_ko(Path(scratch) / "release.docx")
        write("article-docx", "press-release.ko.docx", docx.read_bytes())
        pdf = Path(scratch) / "release.pdf"
        _two_column_pdf(pdf, "BỘ KHOA HỌC VÀ CÔNG NGHỆ", VI_HEADLINE, VI_BODY[:3])
        write("article-pdf", "two-columns.vi.pdf", pdf.read_bytes())
    glossary = (ROOT / "seeds" / "vn-kr-digital-forum.glossary.csv").read_text(encoding="utf-8")
    write("glossary-csv", "seed.csv", "\n".join(glossary.splitlines()[:6]) + "\n")
    write(
        "glossary-csv",
        "variants.csv",
        'vi,ko,en,kind,note\n"Bộ KH&CN|Bộ Khoa học",과학기술부,MOST,organisation,"a, b"\n',
    )
    write(
        "glossary-tbx",
        "tbx2.tbx",
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">'
        "<text><body><termEntry id='1'><descrip type='subjectField'>organisation</descrip>"
        '<langSet xml:lang="vi"><tig><term>Bộ Khoa học và Công nghệ</term></tig>'
        "<tig><term>Bộ KH&amp;CN</term></tig></langSet>"
        '<langSet xml:lang="ko"><tig><term>과학기술부</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Ministry of Science and Technology</term></tig>'
        "</langSet><note>abbreviated</note></termEntry></body></text></martif>\n",
    )
    write(
        "glossary-tbx",
        "tbx3.tbx",
        '<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic">'
        "<text><body><conceptEntry id='c1'>"
        '<langSec xml:lang="vi"><termSec><term>Đại sứ</term></termSec></langSec>'
        '<langSec xml:lang="ko"><termSec><term>대사</term></termSec></langSec>'
        '<langSec xml:lang="en"><termSec><term>ambassador</term></termSec></langSec>'
        "</conceptEntry></body></text></tbx>\n",
    )

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        article = folder / "forum.vi.md"
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        fake = FakeTranslator()
        result = run_brief(
            article,
            Settings(out_dir=folder / "out", backend="fake", memory="none", glossary="none"),
            translators={"ko": fake, "en": fake},
            summarizer=create_summarizer("extractive"),
        )
        document_json = (result.run_dir / "document.json").read_bytes()
        fixtures = Path(__file__).resolve().parent / "fixtures"
        fixtures.mkdir(exist_ok=True)
        (fixtures / "document.json").write_bytes(document_json)
        write("document", "document.json", document_json)
        for name, small in small_documents().items():  # mutations of these stay JSON more often
            write("document", name, json.dumps(small, ensure_ascii=False, indent=1) + "\n")
        for target in result.document.targets:
            write("xliff", f"vi-{target}.xlf", export_xliff(result.document, target))
        memory = TranslationMemory(folder / "memory.sqlite")
        memory.add(
            [
                Unit("vi", "ko", "Hai nước hợp tác.", "두 나라가 협력한다."),
                Unit("vi", "en", "Hai nước hợp tác.", "The two countries cooperate."),
                Unit("ko", "vi", "두 나라가 협력한다.", "Hai nước hợp tác.", "mt-approved"),
            ]
        )
        memory.export_tmx(folder / "memory.tmx")
        memory.close()
        write("tmx", "memory.tmx", (folder / "memory.tmx").read_bytes())
    write(
        "tmx",
        "all.tmx",
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="*all*"/>'
        '<body><tu><tuv xml:lang="vi-VN"><seg>Đại sứ Hàn Quốc</seg></tuv>'
        '<tuv lang="ko"><seg>주베트남 <bpt i="1">&lt;b&gt;</bpt>한국 대사<ept i="1">&lt;/b&gt;</ept></seg></tuv>'
        "</tu></body></tmx>\n",
    )
    for name in ("front-matter.md",):
        write("web-upload", "0" + name, b"\x00" + (CORPUS / "article-md" / name).read_bytes())
    write(
        "web-upload", "1page.html", b"\x02" + (CORPUS / "article-html" / "page.html").read_bytes()
    )
    write(
        "web-upload", "2seed.txt", b"\x01" + (CORPUS / "article-txt" / "seed-head.txt").read_bytes()
    )
    write("web-upload", "3vi-ko.xlf", b"\x03" + (CORPUS / "xliff" / "vi-ko.xlf").read_bytes())


if __name__ == "__main__":
    main()
