"""Reading articles from the files they really come in (briefing.reading): saved news
pages, Word and PDF press releases, beside the text formats read before; and the proof
that the old inputs read exactly as they did before the reader became a package."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.reading import load
from briefing.reading.front_matter import split_front_matter
from briefing.reading.md import parse as parse_markdown
from briefing.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "reading"
FONTS = ROOT / "templates" / "fonts"

VI_HEADLINE = "Diễn đàn số Việt – Hàn 2026 thúc đẩy hợp tác AI"
VI_BODY = [
    "Ngày 29/10, tại Hà Nội, Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học và Thông tin "
    "Hàn Quốc phối hợp tổ chức Diễn đàn số Việt – Hàn lần thứ ba với sự tham gia của hơn 300 đại biểu.",
    "Phát biểu khai mạc, Thứ trưởng Nguyễn Văn An cho biết kim ngạch thương mại song phương năm "
    "2025 đạt 87 tỷ USD, trong đó hợp tác số là động lực tăng trưởng mới của hai nền kinh tế.",
    "Theo Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam, hai nước đã xây dựng nền tảng hợp tác "
    "vững chắc và đã đến lúc mở rộng sang trí tuệ nhân tạo, bán dẫn và trung tâm dữ liệu.",
    "Hai bên đã ký 12 biên bản ghi nhớ hợp tác giữa các doanh nghiệp, viện nghiên cứu và trường "
    "đại học, tập trung vào đào tạo 10.000 kỹ sư AI đến năm 2030.",
    "Diễn đàn năm sau dự kiến được tổ chức tại Seoul vào tháng 10/2027, với trọng tâm là chuyển "
    "đổi số trong sản xuất và dịch vụ công.",
]
KO_HEADLINE = "한-베 디지털 포럼 하노이서 개최… AI 협력 확대"
KO_BODY = [
    "과학기술정보통신부는 10월 29일 베트남 하노이에서 베트남 과학기술부와 함께 제3차 한-베 "
    "디지털 포럼을 열었다고 밝혔다.",
    "이번 포럼에는 양국 정부와 기업, 연구기관 관계자 300여 명이 참석해 인공지능과 반도체, "
    "데이터센터 분야의 협력 방안을 논의했다.",
    "양국은 인공지능 인재 1만 명 양성을 위한 업무협약 12건을 체결했으며 2030년까지 공동 "
    "연구센터 세 곳을 세우기로 했다.",
    "최영삼 주베트남 대사는 양국 디지털 협력이 새로운 단계에 들어섰다고 말했다.",
    "다음 포럼은 2027년 10월 서울에서 열릴 예정이다.",
]


# ------------------------------------------------------------------ the old inputs, unchanged


def _expectations() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(
        (DATA / "before-the-package.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize("name", sorted(_expectations()))
def test_old_inputs_read_as_before(name: str) -> None:
    """What segment.py gave for these files before the reader became a package (recorded
    from it): the same title, metadata, normalisation log, segments and credits."""
    expected = _expectations()[name]
    article, paragraphs = load(ROOT / name)
    document = segment(article, paragraphs)
    got = {
        "title": article.title,
        "title_inferred": article.title_inferred,
        "date": article.date,
        "place": article.place,
        "source": article.source,
        "posted": article.posted,
        "dateline": article.dateline,
        "changes": [[c.kind, c.before, c.after, c.count] for c in article.changes],
        "segments": [[s.id, s.kind, s.text] for s in document.segments],
        "credits": [p.credit for p in document.paragraphs if p.credit],
    }
    assert got == expected


# ------------------------------------------------------------------ saved news pages


def test_saved_vietnamese_page_gives_the_article_without_the_page() -> None:
    article, paragraphs = load(DATA / "saved-page.vi.html")
    assert article.title == "Diễn đàn số Việt – Hàn 2026: hợp tác AI bao trùm"
    assert not article.title_inferred
    assert article.posted == "2026-10-29"  # article:published_time
    assert article.source == "Báo Tin tức Kinh tế, Minh Thu"  # og:site_name, author
    assert article.url and article.url.endswith("-20261029.htm")
    assert article.format == "html" and article.language == "vi"
    # the lead (outside the page's article-body container) first, then the body in order
    assert paragraphs[0].startswith("Ngày 29/10, tại Hà Nội")
    assert paragraphs[1].startswith("Phát biểu khai mạc")
    assert paragraphs[-1] == "Diễn đàn năm sau dự kiến tổ chức tại Seoul vào tháng 10/2027."
    text = "\n".join(paragraphs)
    for boilerplate in (
        "Thời sự",  # the menu
        "Quảng cáo",
        "Mua căn hộ",  # an advertisement inside the article
        "ưu đãi đặc biệt",  # an advertisement's text marked `ad-lead`: no lead
        "Tin liên quan",
        "Samsung mở trung tâm",  # a related link
        "Bình luận",
        "Bài viết rất hay",  # a comment
        "Đọc nhiều nhất",
        "Giấy phép",  # the footer
        "gtag",
    ):
        assert boilerplate not in text


def test_saved_korean_page_gives_the_article_and_its_dateline() -> None:
    article, paragraphs = load(DATA / "saved-page.ko.html")
    assert article.title == "한-베 디지털 포럼 하노이서 개최…AI 인재 1만명 양성 협력"
    assert article.posted == "2026-10-29"
    assert article.source and article.source.startswith("한국경제신문")
    assert article.dateline == "하노이"  # "(하노이=연합뉴스) 이상원 특파원 =" taken out of the lead
    assert article.language == "ko"
    assert paragraphs[0].startswith("과학기술정보통신부는 29일")
    assert paragraphs[-1] == "다음 포럼은 2027년 10월 서울에서 열릴 예정이다."
    text = "\n".join(paragraphs)
    for boilerplate in (
        "로그인",
        "광고",
        "관련기사",
        "댓글",
        "좋은 소식이네요",
        "많이 본 뉴스",
        "무단전재",
    ):
        assert boilerplate not in text


def test_a_page_in_its_declared_legacy_encoding_is_read(tmp_path: Path) -> None:
    page = tmp_path / "old.html"
    page.write_bytes(
        '<html><head><meta charset="euc-kr"><title>포럼</title></head><body><article>'
        "<p>과학기술정보통신부는 29일 하노이에서 한-베 디지털 포럼을 열었다.</p>"
        "</article></body></html>".encode("euc-kr")
    )
    _, paragraphs = load(page)
    assert paragraphs == ["과학기술정보통신부는 29일 하노이에서 한-베 디지털 포럼을 열었다."]


# ------------------------------------------------------------------ Word press releases


def _docx_vi(path: Path) -> Path:
    import docx

    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG BỘ"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 45/TB-BKHCN"
    header.cell(1, 1).text = "Hà Nội, ngày 29 tháng 10 năm 2026"
    document.add_paragraph().add_run("THÔNG CÁO BÁO CHÍ").bold = True
    document.add_heading(VI_HEADLINE, level=1)
    for paragraph in VI_BODY:
        document.add_paragraph(paragraph)
    contact = document.add_table(rows=2, cols=2)
    contact.cell(0, 0).text = "Liên hệ"
    contact.cell(0, 1).text = "Văn phòng Bộ, Điện thoại: 024 3943 9731"
    contact.cell(1, 0).text = "Email"
    contact.cell(1, 1).text = "vanphong@most.gov.vn"
    document.save(str(path))
    return path


def _docx_ko(path: Path) -> Path:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    header = document.add_table(rows=1, cols=3)
    header.cell(0, 0).text = "보도자료"
    header.cell(0, 1).text = "과학기술정보통신부"
    header.cell(0, 2).text = "보도시점 2026. 10. 29.(목) 14:00"
    run = document.add_paragraph().add_run(KO_HEADLINE)
    run.bold = True
    run.font.size = Pt(18)
    for paragraph in KO_BODY:
        document.add_paragraph(paragraph)
    contact = document.add_table(rows=1, cols=3)
    contact.cell(0, 0).text = "담당 부서"
    contact.cell(0, 1).text = "국제협력관 디지털협력과"
    contact.cell(0, 2).text = "과장 홍길동 (044-202-6000)"
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    "make, headline, body, source, language",
    [
        (_docx_vi, VI_HEADLINE, VI_BODY, "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "vi"),
        (_docx_ko, KO_HEADLINE, KO_BODY, "과학기술정보통신부", "ko"),
    ],
)
def test_word_press_release(
    make: Callable[[Path], Path],
    headline: str,
    body: list[str],
    source: str,
    language: str,
    tmp_path: Path,
) -> None:
    article, paragraphs = load(make(tmp_path / f"release.{language}.docx"))
    assert article.title == headline and not article.title_inferred
    assert paragraphs == body  # the letterhead, the label and the contact table left out
    assert article.source == source
    assert article.posted == "2026-10-29"
    assert article.format == "docx" and article.language == language
    kinds = {c.kind for c in article.changes}
    assert {"letterhead", "contact"} <= kinds


def test_a_word_table_in_the_body_is_read_by_rows(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Kim ngạch thương mại Việt – Hàn tăng mạnh trong hai năm qua.")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Năm", "Kim ngạch"), ("2025", "87 tỷ USD"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    path = tmp_path / "table.docx"
    document.save(str(path))
    _, paragraphs = load(path)
    assert paragraphs[1:] == ["Năm | Kim ngạch", "2025 | 87 tỷ USD"]


# ------------------------------------------------------------------ PDF press releases


def _two_column_pdf(path: Path, org: str, headline: str, body: list[str]) -> Path:
    import weasyprint

    regular = (FONTS / "NotoSansKR-subset-Regular.otf").as_uri()
    bold = (FONTS / "NotoSansKR-subset-Bold.otf").as_uri()
    css = f"""
    @font-face {{ font-family: Body; src: url("{regular}"); font-weight: 400; }}
    @font-face {{ font-family: Body; src: url("{bold}"); font-weight: 700; }}
    @page {{ size: A4; margin: 2cm; @bottom-center {{ content: counter(page); font: 9pt Body; }} }}
    body {{ font-family: Body; font-size: 10.5pt; line-height: 1.45; }}
    w {{ white-space: nowrap; }}
    .org {{ font-size: 9pt; }} h1 {{ font-size: 20pt; }}
    .columns {{ columns: 2; column-gap: 1cm; }}
    p {{ margin: 0 0 0.8em; text-align: justify; }}
    """
    # Korean press releases (HWP, Word) wrap lines between words, not inside them, which
    # WeasyPrint does not do for Hangul (no `word-break: keep-all`): each word is kept whole.
    paragraphs = "".join(
        "<p>" + " ".join(f"<w>{word}</w>" for word in p.split()) + "</p>" for p in body
    )
    html = (
        f"<html><head><style>{css}</style></head><body><div class='org'>{org}</div>"
        f"<h1>{headline}</h1><div class='columns'>{paragraphs}</div></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(str(path))
    return path


@pytest.mark.parametrize(
    "org, headline, body, source, language",
    [
        ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", VI_HEADLINE, VI_BODY, "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "vi"),
        ("과학기술정보통신부", KO_HEADLINE, KO_BODY, "과학기술정보통신부", "ko"),
    ],
)
def test_two_column_pdf_press_release(
    org: str, headline: str, body: list[str], source: str, language: str, tmp_path: Path
) -> None:
    path = _two_column_pdf(tmp_path / f"release.{language}.pdf", org, headline, body)
    article, paragraphs = load(path)
    assert article.title == headline and not article.title_inferred
    # column 1 before column 2; a paragraph broken across the columns is whole again
    assert paragraphs == body
    assert article.source == source
    assert article.format == "pdf" and article.language == language


def test_a_paragraph_runs_on_across_columns_and_pages(tmp_path: Path) -> None:
    body = [f"Đoạn {number}: {text}" for number in range(1, 5) for text in VI_BODY]
    path = _two_column_pdf(tmp_path / "long.pdf", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", VI_HEADLINE, body)
    _, paragraphs = load(path)
    assert paragraphs == body  # two pages, page numbers dropped


def test_a_scanned_pdf_is_refused_naming_why(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (1240, 1754), "white")
    ImageDraw.Draw(page).text((100, 100), "Dien dan so Viet - Han 2026", fill="black")
    path = tmp_path / "scan.pdf"
    page.save(path, "PDF", resolution=150)
    with pytest.raises(InputError) as refused:
        load(path)
    message = str(refused.value)
    assert "scanned PDF" in message and "no text layer" in message and "OCR" in message
    assert "\n" not in message and str(path) in message


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("broken.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", "PDF"),
        ("not-a-pdf.pdf", b"Ngay 29/10 hoi nghi", "PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a Word .docx file"),
        ("text.docx", "Ngày 29/10, hội nghị.".encode(), "not a Word .docx file"),
    ],
)
def test_broken_press_release_files_are_one_clear_line(
    name: str, data: bytes, expected: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as refused:
        load(path)
    message = str(refused.value)
    assert expected in message and "\n" not in message and str(path) in message


def test_a_docx_of_an_unknown_zip_version_is_one_clear_line(tmp_path: Path) -> None:
    """The smoke fuzz of article-docx: a central directory claiming zip version 8.4 made
    zipfile raise NotImplementedError."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buffer.getvalue())
    directory = data.index(b"PK\x01\x02")
    data[directory + 6 : directory + 8] = (84).to_bytes(2, "little")
    path = tmp_path / "future.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"not a Word \.docx file"):
        load(path)


@pytest.mark.parametrize(
    "name, hint",
    [("release.doc", "save it as .docx"), ("page.mhtml", "save the page as HTML"), ("notes", "")],
)
def test_an_unknown_format_is_refused_with_the_accepted_ones(
    name: str, hint: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_text("Ngày 29/10, hội nghị khai mạc.", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load(path)
    message = str(refused.value)
    assert ".txt, .md, .markdown, .html, .htm, .docx, .pdf" in message and hint in message


# ------------------------------------------------------------------ text formats


@pytest.mark.parametrize(
    "text, metadata",
    [
        (
            "---\ntitle: Hội thảo AI\ndate: 2026-10-29\n---\nx",
            {"title": "Hội thảo AI", "date": "2026-10-29"},
        ),
        # YAML quoting; every value stays the text written (no dates, numbers or booleans)
        ("---\ntitle: '\"AI\" là gì'\nplace: yes\n---\nx", {"title": '"AI" là gì', "place": "yes"}),
        # not YAML (a colon in a plain value): read line by line
        (
            '---\ntitle: Hội thảo: AI\nsource: "Báo X"\n---\nx',
            {"title": "Hội thảo: AI", "source": "Báo X"},
        ),
        ("---\ntitle: no closing line\nx", {}),
        ("text\n---\ntitle: not at the top\n---\n", {}),
    ],
)
def test_front_matter(text: str, metadata: dict[str, str]) -> None:
    assert split_front_matter(text)[0] == metadata


def test_markdown_lists_quotes_and_raw_html() -> None:
    raw = parse_markdown(
        "# Tiêu đề\n\nMở đầu.\n\n- một\n- hai\n\n1. ba\n\n2. bốn\n\n> Trích *dẫn*.\n\n"
        "<div>Khối <b>HTML</b><script>x()</script></div>\n\n<!-- ghi chú -->\n\nKết `mã` &amp; hết."
    )
    assert raw.metadata == {"title": "Tiêu đề"}
    assert raw.paragraphs == [
        "Mở đầu.",
        "một hai",  # a tight list is one block, as its lines were in a text file
        "ba",  # a loose list: one paragraph per item
        "bốn",
        "Trích dẫn.",
        "Khối HTML",
        "Kết mã & hết.",
    ]


def test_a_heading_line_over_its_text_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    """`Về Hanul Pharmaceutical` over `Hanul Pharmaceutical là …` in one block is the
    section's heading, not the first words of its sentence; a broadcast's speaker line
    (`[인터뷰] 강태욱 / …`) over the quote stays who speaks, no photo credit; a paragraph
    typed with hard line breaks stays one."""
    path = tmp_path / "release.vi.txt"
    path.write_text(
        "Khởi công nhà máy thuốc tiêm\n\n"
        "Hai bên khởi công nhà máy tại Hưng Yên vào ngày 20/10/2026.\n\n"
        "Về Hanul Pharmaceutical\n"
        "Hanul Pharmaceutical là tập đoàn dược phẩm có trụ sở tại Seoul, Hàn Quốc.\n\n"
        "Nhà máy có công suất 60 triệu đơn vị mỗi năm, phục vụ thị trường trong nước\n"
        "và xuất khẩu sang các nước ASEAN trong giai đoạn 2027-2030.\n",
        encoding="utf-8",
    )
    _, paragraphs = load(path)
    assert paragraphs[2:] == [
        "Về Hanul Pharmaceutical",
        "Hanul Pharmaceutical là tập đoàn dược phẩm có trụ sở tại Seoul, Hàn Quốc.",
        "Nhà máy có công suất 60 triệu đơn vị mỗi năm, phục vụ thị trường trong nước "
        "và xuất khẩu sang các nước ASEAN trong giai đoạn 2027-2030.",
    ]
    broadcast = tmp_path / "news.ko.txt"
    broadcast.write_text(
        "울산 조선소 인력 양성\n\n"
        "하띤성에 훈련센터가 문을 열었습니다.\n\n"
        "[인터뷰] 강태욱 / 현성중공업 생산지원담당 상무\n"
        "“한국에 오기 전에 이미 우리 현장 기준으로 훈련이 돼 있으니까, 입국하고 나서 바로 "
        "배치할 수 있습니다.”\n",
        encoding="utf-8",
    )
    article, paragraphs = load(broadcast)
    document = segment(article, paragraphs)
    speaker = next(s for s in document.segments if "강태욱" in s.text)
    assert speaker.text == "[인터뷰] 강태욱 / 현성중공업 생산지원담당 상무"
    assert speaker.kind != "caption"


def test_labelled_fields_typed_as_one_block_stay_apart() -> None:
    """A notice's `- Thời gian: …` over `- Địa điểm: …` are two fields, not one sentence
    (joined, the place ran on after the date); bulleted lines without labels still join."""
    from briefing.reading.base import paragraphs_of

    fields = ["- Thời gian: 8h30 – 17h00, ngày 26–27/11/2026", "- Địa điểm: SECC, TP. Hồ Chí Minh"]
    assert paragraphs_of([fields]) == fields
    wrapped = ["- Doanh nghiệp hai nước ký 46 biên bản", "- và cam kết mở rộng hợp tác."]
    assert paragraphs_of([wrapped]) == [" ".join(wrapped)]


def test_fields_typed_without_bullets_stay_apart() -> None:
    """`Tổng công suất: 1.500 MW` over `Tổng vốn đầu tư dự kiến: 4,2 tỷ USD`: fields with no
    bullet are a line each too (joined, each figure took the next field's name as its
    label); a paragraph typed with hard line breaks still joins."""
    from briefing.reading.base import paragraphs_of

    fields = ["Tổng công suất: 1.500 MW", "Tổng vốn đầu tư dự kiến: 4,2 tỷ USD", "주최: 코트라"]
    assert paragraphs_of([fields]) == fields
    typed = [
        "Theo ông Nam, tỉnh đã cấp phép cho",
        "12 dự án: ba dự án điện gió và chín dự án khác.",
    ]
    assert paragraphs_of([typed]) == [" ".join(typed)]


def test_a_marked_sub_point_after_a_sentence_is_a_paragraph_of_its_own() -> None:
    """A press release's `□ … 후원한다.` over `○ 벡스코는 … 맡는다.`: the sub-point is its own
    paragraph (joined, the ○ ended the sentence before it and the hosts' sentence ran on);
    a line that goes on after an unfinished one still joins."""
    from briefing.reading.base import paragraphs_of

    points = [
        "□ 이번 교역전은 부산광역시가 주최하고 벡스코가 주관한다.",
        "○ 벡스코는 전시장 운영을 맡는다.",
    ]
    assert paragraphs_of([points]) == points
    wrapped = ["□ 이번 교역전은 부산광역시가 주최하고", "- 벡스코가 주관한다."]
    assert paragraphs_of([wrapped]) == [" ".join(wrapped)]


def test_a_table_pasted_one_cell_a_line_is_read_by_rows() -> None:
    """A web table copied one cell a line (`Chỉ tiêu`, `Khảo sát 2026`, `Khảo sát 2027`, then
    `Mở rộng đầu tư`, `39,8%`, `46,2%`) is a table again, its caption a paragraph of its own;
    lines that do not fall into rows of a heading and figures are left as they were."""
    from briefing.reading.base import paragraphs_of

    caption = "Kế hoạch kinh doanh (% số doanh nghiệp trả lời)"
    cells = ["Chỉ tiêu", "Khảo sát 2026", "Khảo sát 2027"]
    rows = ["Mở rộng đầu tư", "39,8%", "46,2%", "Giữ nguyên quy mô", "51,5%", "47,1%"]
    assert paragraphs_of([[caption, *cells, *rows]]) == [
        caption,
        "Chỉ tiêu | Khảo sát 2026 | Khảo sát 2027\n"
        "Mở rộng đầu tư | 39,8% | 46,2%\nGiữ nguyên quy mô | 51,5% | 47,1%",
    ]
    uneven = [*cells, *rows[:-1]]  # a cell short: no table
    assert "|" not in "".join(paragraphs_of([uneven]))
