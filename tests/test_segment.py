from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from briefing.facts import extract
from briefing.reading.html import parse as parse_html
from briefing.reading.md import parse as parse_markdown
from briefing.reading.normalise import normalise_text
from briefing.reading.titles import infer_title
from briefing.reading.txt import parse as parse_text
from briefing.segment import load, segment, split_credit, split_sentences


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Một câu. Hai câu.", ["Một câu.", "Hai câu."]),
        (
            "Ngày 29/10, diễn đàn khai mạc. Sau đó họp.",
            ["Ngày 29/10, diễn đàn khai mạc.", "Sau đó họp."],
        ),
        ("Có 50.000 kỹ sư AI. Con số lớn.", ["Có 50.000 kỹ sư AI.", "Con số lớn."]),
        (
            "Thứ trưởng Bộ KH&CN phát biểu. Ông nói thêm.",
            ["Thứ trưởng Bộ KH&CN phát biểu.", "Ông nói thêm."],
        ),
        ("Hội nghị tại TP.HCM thành công. Tốt.", ["Hội nghị tại TP.HCM thành công.", "Tốt."]),
        ("GS.TS Nguyễn Văn A phát biểu. Rất hay.", ["GS.TS Nguyễn Văn A phát biểu.", "Rất hay."]),
        (
            "Theo TS. Trần Bình, AI quan trọng. Đúng vậy.",
            ["Theo TS. Trần Bình, AI quan trọng.", "Đúng vậy."],
        ),
        ("Tỷ lệ là 1,5 lần. Tăng mạnh!", ["Tỷ lệ là 1,5 lần.", "Tăng mạnh!"]),
        ("Ông Nguyễn V. An đến. Họp xong.", ["Ông Nguyễn V. An đến.", "Họp xong."]),
        ("“Thị trường là cái nôi.” Ông nhấn mạnh.", ["“Thị trường là cái nôi.”", "Ông nhấn mạnh."]),
        ("Có đúng không? Có.", ["Có đúng không?", "Có."]),
        ("Không có dấu chấm cuối", ["Không có dấu chấm cuối"]),
        (
            "Năm 2045 đạt mục tiêu. 2 trung tâm được xây.",
            ["Năm 2045 đạt mục tiêu.", "2 trung tâm được xây."],
        ),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_a_numbered_list_is_an_item_a_line_and_its_numbers_are_no_figures(tmp_path: Path) -> None:
    """`1. …` over `2. …`: each item a paragraph of its own, never split after its number
    (it used to end the sentence before: `… có đủ sức khỏe 2.`), its number no figure; an
    item's figures are read and a numbered section title stays a heading."""
    assert split_sentences("Điều kiện:\n1. Độ tuổi từ 18 đến 39\n2. Chưa từng bị trục xuất") == [
        "Điều kiện:",
        "1. Độ tuổi từ 18 đến 39",
        "2. Chưa từng bị trục xuất",
    ]
    path = tmp_path / "a.vi.txt"
    path.write_text(
        "Tiêu đề\n\n"
        "Điều kiện đăng ký:\n1. Có đủ sức khỏe\n2. Không bị cấm xuất cảnh\n"
        "3. Đạt tỷ lệ nội địa hóa tối thiểu 40% ở giai đoạn 2\n",
        encoding="utf-8",
    )
    document = extract(segment(*load(path)))
    assert [s.text for s in document.segments][1:] == [
        "Điều kiện đăng ký:",
        "1. Có đủ sức khỏe",
        "2. Không bị cấm xuất cảnh",
        "3. Đạt tỷ lệ nội địa hóa tối thiểu 40% ở giai đoạn 2",
    ]
    assert document.segments[-1].kind == "body"
    assert [(f.text, f.measure["vi"]) for f in document.facts.figures] == [
        ("40%", "Đạt tỷ lệ nội địa hóa")
    ]
    assert not [c for c in document.facts.to_check if c.text[:1] in "123"]


def test_nfd_becomes_nfc_and_is_recorded() -> None:
    decomposed = unicodedata.normalize("NFD", "Việt Nam đặt mục tiêu")
    text, changes = normalise_text(decomposed)
    assert text == "Việt Nam đặt mục tiêu"
    assert [c.kind for c in changes] == ["unicode-nfc"]


@pytest.mark.parametrize(
    "raw, expected, kind",
    [
        ("trung tâm dữ liệu Al, dữ liệu", "trung tâm dữ liệu AI, dữ liệu", "glyph"),
        ("Ðại sứ", "Đại sứ", "lookalike"),
        ("hoà bình và thuý", "hòa bình và thúy", "tone-placement"),
        ("Việt\u00a0Nam", "Việt Nam", "whitespace"),
        ("Trí\u200btuệ", "Trítuệ", "invisible"),
        ("Park Yoon Kyu - Giám đốc", "Park Yoon Kyu – Giám đốc", "dash"),
        ("Chủ đề 'Từ AI dọc đến AI bao trùm”", "Chủ đề “Từ AI dọc đến AI bao trùm”", "quotes"),
    ],
)
def test_glyph_confusions_are_fixed_and_recorded(raw: str, expected: str, kind: str) -> None:
    text, changes = normalise_text(raw)
    assert text == expected
    assert kind in {c.kind for c in changes}


def test_al_before_a_name_is_kept() -> None:
    assert normalise_text("Al Gore phát biểu")[0] == "Al Gore phát biểu"


def test_caption_credit_is_split_off() -> None:
    assert split_credit("Thứ trưởng phát biểu. Ảnh: Hải Danh") == (
        "Thứ trưởng phát biểu.",
        "Hải Danh",
    )
    assert split_credit("Không phải chú thích.") == ("Không phải chú thích.", None)


def test_seed_segments_have_stable_ids_and_captions(seed: Path) -> None:
    article, paragraphs = load(seed)
    document = segment(article, paragraphs)
    ids = [s.id for s in document.segments]
    assert ids[:5] == ["p1s1", "p2s1", "p3s1", "p4s1", "p4s2"]
    assert len(ids) == len(set(ids))
    captions = [p for p in document.paragraphs if p.kind == "caption"]
    assert [p.credit for p in captions] == ["Hải Danh", "Du Lam"]
    assert all("Ảnh:" not in s.text for s in document.segments)
    assert article.title == "Diễn đàn số Việt – Hàn" and article.title_inferred
    assert "AI" in document.segment("p3s1").text and " Al" not in document.segment("p3s1").text


def test_front_matter_sets_title_and_metadata() -> None:
    raw = parse_text(
        "---\ntitle: Hội thảo AI\ndate: 2026-10-29\nplace: Hà Nội\n---\n\nNội dung bài.\n"
    )
    assert raw.metadata == {"title": "Hội thảo AI", "date": "2026-10-29", "place": "Hà Nội"}
    assert raw.paragraphs == ["Nội dung bài."]


def test_markdown_heading_links_and_images() -> None:
    raw = parse_markdown("# Tiêu đề\n\nXem [bài](http://x) ![ảnh](file:///etc/passwd) **đậm**.")
    assert raw.metadata["title"] == "Tiêu đề"
    assert raw.paragraphs == ["Xem bài  đậm."]


def test_html_keeps_article_text_only() -> None:
    raw = parse_html(
        "<html><head><title>T</title><script>alert('x')</script><style>p{}</style></head>"
        "<body><nav>Menu</nav><article><h1>Hội nghị số</h1><p>Đoạn một.</p>"
        "<img src='file:///etc/passwd'><p>Đoạn <b>hai</b>.</p></article><footer>F</footer></body></html>"
    )
    assert raw.metadata["title"] == "Hội nghị số"
    assert raw.paragraphs == ["Đoạn một.", "Đoạn hai."]


def test_title_is_inferred_from_event_or_first_words() -> None:
    assert infer_title(["Ngày 1/2, Hội nghị Đầu tư Việt – Hàn diễn ra tại Hà Nội."]) == (
        "Hội nghị Đầu tư Việt – Hàn"
    )
    long = "Các doanh nghiệp " + "rất " * 30 + "vui."
    assert infer_title([long]).endswith("…")
    # a one-sentence question is a headline; a paragraph of two sentences is not
    asked = "Hội thảo nhân lực bán dẫn Việt – Hàn: con số 12.000 kỹ sư nói lên điều gì?"
    assert infer_title([asked, "Hôm qua mình dự hội thảo."]) == asked
    two = "Hội thảo đã diễn ra. Con số 12.000 kỹ sư nói lên điều gì?"
    assert infer_title([two, "Hôm qua mình dự hội thảo."]) != two


def test_title_override(seed: Path) -> None:
    article, _ = load(seed, title="Bản tin riêng")
    assert article.title == "Bản tin riêng" and not article.title_inferred


def test_a_flattened_table_is_one_segment_with_its_rows_on_lines(tmp_path: Path) -> None:
    """A press release's table (cells between `|`) keeps its rows on lines of their own in
    one body segment, its caption and source lines apart: a figure's column is read from
    the first row (briefing.facts.base.table_column)."""
    from briefing.facts import extract

    path = tmp_path / "table.ko.txt"
    path.write_text(
        "박람회 성과 발표\n\n"
        "KOTRA는 박람회에서 수출 상담이 크게 늘었다고 밝혔다.\n\n"
        "<주요 성과>\n"
        "구분 | 참가기업 | 바이어 | 상담액\n"
        "2026년 | 132개사 | 870개사 | 8,350만 달러\n"
        "※ 자료: KOTRA\n",
        encoding="utf-8",
    )
    document = segment(*load(path))
    texts = [(s.kind, s.text) for s in document.segments]
    assert (
        "body",
        "구분 | 참가기업 | 바이어 | 상담액\n2026년 | 132개사 | 870개사 | 8,350만 달러",
    ) in texts
    assert ("heading", "<주요 성과>") in texts and ("heading", "※ 자료: KOTRA") in texts
    labels = {f.text: f.measure.get("ko") for f in extract(document).facts.figures}
    assert labels["870"] == "바이어" and labels["8,350만 달러"] == "상담액"
    from briefing.summarize.base import candidates

    table = next(s.id for s in document.segments if "|" in s.text)
    assert table not in candidates(document)  # rows of cells are no key point


def test_a_table_that_sums_up_the_text_states_no_figure_twice(tmp_path: Path) -> None:
    from briefing.facts import extract

    path = tmp_path / "sums.ko.txt"
    path.write_text(
        "박람회 성과\n\n"
        "이번 박람회에는 국내 중소기업 132개사가 참가했다.\n\n"
        "구분 | 참가기업 | 바이어\n2026년 | 132개사 | 870개사\n",
        encoding="utf-8",
    )
    figures = extract(segment(*load(path))).facts.figures
    assert sorted(f.value for f in figures) == [132, 870]


def test_labelled_fields_are_read_as_text_not_headings(tmp_path: Path) -> None:
    """`▲ 총사업비: 1,850만 달러(약 255억 원)` is a field of a notice whose figures the brief
    reads; a short line with no label is still a heading."""
    path = tmp_path / "a.ko.txt"
    path.write_text(
        "KOICA, 후에 홍수 경보 사업 착수\n\n"
        "KOICA는 8일 후에시에서 착수보고회를 열었다.\n\n"
        "▲ 사업 기간: 2027~2031년(5년)\n"
        "▲ 총사업비: 1,850만 달러(약 255억 원)\n"
        "▲ 수혜 인구: 약 64만 명\n\n"
        "사업 개요\n\n"
        "KOICA는 경보 시점을 앞당긴다.\n",
        encoding="utf-8",
    )
    document = segment(*load(path))
    kinds = {s.text: s.kind for s in document.segments}
    assert kinds["▲ 총사업비: 1,850만 달러(약 255억 원)"] == "body"
    assert kinds["▲ 수혜 인구: 약 64만 명"] == "body"
    assert kinds["사업 개요"] == "heading"


def test_a_list_item_that_states_figures_is_text_not_a_heading(tmp_path: Path) -> None:
    """`- 작년 대베트남 농식품 수출은 7억 8천만 달러, 전년 대비 9.6% 증가`: a blog's note, with
    no sentence end, whose figures the brief reads; a numbered section title and a subhead
    marked ◆ stay headings."""
    path = tmp_path / "a.ko.txt"
    path.write_text(
        "웨비나 후기\n\n"
        "지난 목요일에 웨비나를 들었어요.\n\n"
        "1. 시장 현황\n\n"
        "- 작년 대베트남 농식품 수출은 7억 8천만 달러, 전년 대비 9.6% 증가\n\n"
        "◆ 블루윙항공, 무안~나트랑 주 4회 운항\n\n"
        "저비용항공사가 노선을 띄웠다.\n",
        encoding="utf-8",
    )
    document = segment(*load(path))
    kinds = {s.text: s.kind for s in document.segments}
    assert kinds["- 작년 대베트남 농식품 수출은 7억 8천만 달러, 전년 대비 9.6% 증가"] == "body"
    assert kinds["1. 시장 현황"] == "heading"
    assert kinds["◆ 블루윙항공, 무안~나트랑 주 4회 운항"] == "heading"


def test_a_list_marked_with_triangles_is_an_item_a_line_with_its_figures(tmp_path: Path) -> None:
    """`▲반도체 112억 달러(+21.4%)` over `▲석유제품 …`: a report's list, each item a line
    of text (not one heading of all), each signed change the change of the sum before it."""
    path = tmp_path / "a.ko.txt"
    path.write_text(
        "수출 동향\n\n품목별 수출은 다음과 같다.\n\n"
        "▲반도체 112억 달러(+21.4%)\n▲석유제품 17억 달러(-0.9%)\n",
        encoding="utf-8",
    )
    document = extract(segment(*load(path)))
    assert [(s.text, s.kind) for s in document.segments][2:] == [
        ("▲반도체 112억 달러(+21.4%)", "body"),
        ("▲석유제품 17억 달러(-0.9%)", "body"),
    ]
    assert [(f.text, f.measure["ko"]) for f in document.facts.figures] == [
        ("112억 달러", "반도체"),
        ("21.4%", "반도체 증감률"),
        ("17억 달러", "석유제품"),
        ("-0.9%", "석유제품 증감률"),
    ]


def test_fields_typed_with_a_bar_are_fields(tmp_path: Path) -> None:
    """`면적 | 3,194㎢` over `인구 | 약 460만 명`: two cells a line are a field and its value,
    each figure labelled by its own field's name (not the next line's)."""
    path = tmp_path / "a.ko.txt"
    path.write_text(
        "하이퐁 개황\n\n하이퐁시는 북부의 항구 도시다.\n\n■ 하이퐁시 개황\n면적 | 3,194㎢\n인구 | 약 460만 명\n",
        encoding="utf-8",
    )
    document = extract(segment(*load(path)))
    assert {f.text: f.measure["ko"] for f in document.facts.figures} == {
        "3,194km²": "면적",
        "460만": "인구",
    }


def test_a_table_pasted_with_tabs_keeps_its_rows(tmp_path: Path) -> None:
    """Rows of three cells or more between tabs are a table's rows (`a | b | c`); rows of two
    cells are a field and its value (`부지 면적: 약 420ha`), each a line the brief reads."""
    path = tmp_path / "a.vi.txt"
    path.write_text(
        "Xuất khẩu sang Hàn Quốc\n\n"
        "Kim ngạch tăng mạnh trong quý I.\n\n"
        "STT\tMặt hàng\tKim ngạch (triệu USD)\n"
        "1\tĐiện thoại và linh kiện\t1.284\n"
        "2\tHàng dệt may\t842\n\n"
        "Diện tích\tkhoảng 420 ha\n"
        "Tổng vốn\t9,2 triệu USD\n",
        encoding="utf-8",
    )
    document = segment(*load(path))
    texts = [s.text for s in document.segments]
    assert (
        "STT | Mặt hàng | Kim ngạch (triệu USD)\n1 | Điện thoại và linh kiện | 1.284\n2 | Hàng dệt may | 842"
        in texts
    )
    assert "Diện tích: khoảng 420 ha" in texts


def test_a_pages_row_of_counters_is_page_chrome() -> None:
    """`Lượt thích: 86 | Bình luận (0) | Chia sẻ` is about the page: no figure of the article."""
    from briefing.bylines import is_page_line

    assert is_page_line("Lượt thích: 86 | Bình luận (0) | Chia sẻ")
    assert not is_page_line("Kim ngạch | 1.284 | 12,3%")
