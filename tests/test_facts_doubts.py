"""What the readers are unsure of stays out of the briefs; what pages say about themselves
stays out of the article; a name given in two scripts is one person with both forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.bylines import posted_date, take_out
from briefing.facts import extract
from briefing.glossary import Glossary
from briefing.pipeline import apply_glossary
from briefing.render import brief_context, draft_context, render_html
from briefing.segment import load, segment


def _document(tmp_path: Path, text: str, name: str = "a.vi.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(segment(*load(path)))


def _korean_roles(tmp_path: Path, text: str) -> dict[str, str | None]:
    """Each person read in a Korean article, with the role read for them."""
    return {p.name: p.role.get("ko") for p in _document(tmp_path, text, "a.ko.txt").facts.people}


VENUE_ONLY = (
    "Hai bộ trưởng gặp nhau tại Hà Nội\n\n"
    "Ngày 5/3/2026, tại Trung tâm Hội nghị Quốc gia, Bộ trưởng Bộ Công Thương Nguyễn Văn An "
    "đã tiếp Bộ trưởng Thương mại Hàn Quốc Kim Min-su.\n\n"
    "Hai bên thống nhất nâng kim ngạch thương mại lên 150 tỷ USD vào năm 2030.\n"
)


def test_a_venue_is_never_the_event_and_is_shown_to_check(tmp_path: Path) -> None:
    document = _document(tmp_path, VENUE_ONLY)
    facts = document.facts
    assert facts.event.name == {}
    checks = [(c.kind, c.text) for c in facts.to_check]
    assert ("event", "event name: Hội nghị Quốc gia") in checks
    assert facts.to_check[0].evidence.segment_id == "p2s1"
    assert facts.to_check[0].evidence.rule == "vi.event.name-in-lead"
    document.targets = ["ko", "en"]
    brief = render_html("brief.html.j2", brief_context(document, "vi", {}))
    draft = render_html("draft.html.j2", draft_context(document, {}, for_pdf=True))
    assert "Hội nghị Quốc gia" not in brief.replace("Trung tâm Hội nghị Quốc gia", "")
    assert "To check" in draft and "an event noun inside a venue" in draft


def test_every_fact_carries_its_rule_and_evidence(tmp_path: Path) -> None:
    facts = _document(tmp_path, VENUE_ONLY).facts
    person = next(p for p in facts.people if p.name == "Nguyễn Văn An")
    evidence = person.evidence[0]
    assert evidence.rule == "vi.person.position-before" and evidence.segment_id == "p2s1"
    text = segment(*load(tmp_path / "a.vi.txt")).segment("p2s1").text
    assert text[evidence.start : evidence.end] == "Nguyễn Văn An"
    figure = next(f for f in facts.figures if f.value == 150e9)
    assert [e.rule for e in figure.evidence] == ["vi.figure.quantity", "vi.label.raised-to"]
    assert figure.measure == {"vi": "kim ngạch thương mại"}


@pytest.mark.parametrize(
    ("text", "name", "value", "shown"),
    [
        ("Tin ngắn\n\nSáng 3/4, hai bên ký kết. Họ cam kết sẽ đóng góp 40%.\n", "a.vi.txt", 40, "40%"),
        # `이를 15%까지 줄일`: what `이` (this) is was said in words the sentence does not
        # measure; not the subject of the clause before (`사업이 끝나면`)
        ("상수도 사업\n\n사업이 끝나면 이를 15%까지 줄일 계획이에요.\n", "a.ko.txt", 15, "15%"),
        # `con số này` (this number) with no number before says nothing of what
        ("Tin ngắn\n\nNăm nay Ban Tổ chức kỳ vọng con số này vượt 12.000 lượt.\n", "a.vi.txt",
         12000, "12.000"),
    ],
    ids=["no-words", "ko-this-with-nothing-before", "vi-this-number-with-none-before"],
)  # fmt: skip
def test_a_figure_with_no_words_for_what_it_measures_is_not_stated(
    tmp_path: Path, text: str, name: str, value: float, shown: str
) -> None:
    facts = _document(tmp_path, text, name).facts
    assert all(f.value != value for f in facts.figures)
    assert any(c.kind == "figure" and c.text.startswith(shown) for c in facts.to_check)


@pytest.mark.parametrize(
    ("text", "name", "value", "shown"),
    [
        # `… 걸리던 것이 16시간으로 줄었다`: `것` stands for the clause before it; `것 감소`
        # says nothing of what took so long
        ('상수도\n\n처장은 "누수 지점을 찾는 데 평균 9일이 걸리던 것이 16시간으로 줄었다"고 말했다.\n',
         "a.ko.txt", 16, "16시간"),
        # `Mục tiêu là đạt 50%` says whose aim, not what reaches 50%
        ("Tin ngắn\n\nMục tiêu là đạt 50%.\n", "a.vi.txt", 50, "50%"),
    ],
    ids=["ko-bound-noun", "vi-aim-alone"],
)  # fmt: skip
def test_a_hollow_label_is_not_stated(
    tmp_path: Path, text: str, name: str, value: float, shown: str
) -> None:
    facts = _document(tmp_path, text, name).facts
    assert all(f.value != value for f in facts.figures if f.measure)
    assert any(c.text.startswith(shown) for c in facts.to_check)


def test_a_label_with_no_word_is_not_stated(tmp_path: Path) -> None:
    facts = _document(
        tmp_path,
        "Tin ngắn\n\nTheo ông Lee, khoản đầu tư lớn nhất – trị giá 2,5 triệu USD – được rót vào"
        " MediLink.\n",
    ).facts
    figure = next(f for f in facts.figures if f.value == 2.5e6)
    assert figure.measure == {}
    assert any("holds no word" in c.reason for c in facts.to_check)


def test_a_label_that_only_says_who_speaks_is_not_stated(tmp_path: Path) -> None:
    """`Chúng tôi muốn` (we want) says who speaks, not what a target year is for; a longer
    clause after the pronoun says what."""
    facts = _document(
        tmp_path,
        "Tin ngắn\n\nBà Lan cho biết: Chúng tôi muốn đến năm 2036 có 1.000 điều dưỡng. "
        "Chúng tôi sẽ đào tạo 300 kỹ sư bán dẫn đến năm 2030.\n",
    ).facts
    stated = {f.value: f.measure.get("vi", "") for f in facts.figures if f.measure}
    assert 2036 not in stated
    assert any(c.text.startswith("năm 2036") for c in facts.to_check)
    assert stated[1000] == "điều dưỡng"


def test_a_label_that_names_a_person_of_the_article_is_not_stated(tmp_path: Path) -> None:
    """`쩐 반 뚜언 센터장은 … 300개가 넘는 스타트업`: the speaker, a person the article
    names, is no label for the figure in his quote; the figure goes to the translators."""
    facts = _document(
        tmp_path,
        '다낭 스타트업 교류\n\n쩐 반 뚜언(Tran Van Tuan) 센터장은 인터뷰에서 "다낭에서는 해마다 '
        '300개가 넘는 스타트업이 새로 생겨나고 있다"고 말했다.\n',
        name="a.ko.txt",
    ).facts
    assert not [f for f in facts.figures if "뚜언" in f.measure.get("ko", "")]
    assert [c for c in facts.to_check if c.text.startswith("300") and "names a person" in c.reason]


def test_related_links_after_the_article_are_not_the_article() -> None:
    paragraphs, page = take_out(
        [
            "Tiêu đề",
            "Hai bên ký 3 văn kiện.",
            "Xem thêm:",
            "- Việt Nam - Hàn Quốc ký 6 văn kiện hợp tác",
            "Hàn Quốc tạm dừng tuyển tại 12 địa phương",
            "Ông Nam cho biết hai bên sẽ gặp lại vào tháng sau.",
        ]
    )
    assert paragraphs == [
        "Tiêu đề",
        "Hai bên ký 3 văn kiện.",
        "Ông Nam cho biết hai bên sẽ gặp lại vào tháng sau.",
    ]
    assert [c.kind for c in page.changes] == ["related-links"] * 3
    # a list of links numbered a line each: every title is a link, its number no sentence
    paragraphs, page = take_out(
        [
            "제목",
            "본문이다.",
            "▶ 많이 본 뉴스",
            "1. 베트남 증시, 외국인 순매수",
            "2. 은행주 3% 급등",
        ]
    )
    assert paragraphs == ["제목", "본문이다."]


def test_an_interviews_answers_after_a_mark_are_the_article() -> None:
    """`▶` opens a list of links (`▶ 관련기사 제목`) and, in a 일문일답, each answer: an
    answer ends as a sentence and stays, with the question after it."""
    paragraphs, page = take_out(
        [
            "제목",
            "태경모빌리티가 2공장을 준공했다.",
            "-베트남을 택한 이유는.",
            "▶인건비가 중국의 60% 수준이고, 관세 부담도 적다.",
            "-현지 시장 전망은.",
            "▶베트남 자동차 시장은 올해 55만 대 규모로 커질 것으로 본다.",
            "▶ 태경모빌리티, 베트남 박닌에 2공장",
            "▶ 부품업계 '베트남 2차 진출' 본격화",
        ]
    )
    assert paragraphs[2:] == [
        "-베트남을 택한 이유는.",
        "▶인건비가 중국의 60% 수준이고, 관세 부담도 적다.",
        "-현지 시장 전망은.",
        "▶베트남 자동차 시장은 올해 55만 대 규모로 커질 것으로 본다.",
    ]
    assert [c.kind for c in page.changes] == ["related-links"] * 2


def test_a_blogs_section_mark_keeps_the_sentences_under_it() -> None:
    """A blog's `▶ 한국어 말하기 대회` heads a section; the paragraph under it is the
    article (sentences, though its last ends with `ㅠㅠ`), not one more link's title."""
    paragraphs, page = take_out(
        [
            "제목",
            "지난 주말 축제에 다녀왔어요.",
            "▶ 한국어 말하기 대회",
            "다낭외국어대학교 학생들이 대회에 많이 나왔어요. 저도 울컥했어요 ㅠㅠ",
            "▶ 아쉬웠던 점",
            "그늘이 부족해서 더웠어요.",
        ]
    )
    assert "다낭외국어대학교 학생들이 대회에 많이 나왔어요. 저도 울컥했어요 ㅠㅠ" in paragraphs
    assert [c.before for c in page.changes] == ["▶ 한국어 말하기 대회", "▶ 아쉬웠던 점"]


def test_article_sentences_that_look_like_page_furniture_stay() -> None:
    kept = [
        "Tiêu đề",
        "Điện thoại và linh kiện vẫn là nhóm hàng xuất khẩu lớn nhất, đạt 20 tỷ USD.",
        "Ngày 22/5/2026, Hội nghị khai mạc tại Hà Nội.",
        "문의가 이어지자 시는 설명회를 열었다.",
    ]
    paragraphs, page = take_out([*kept, "담당부서: 관광진흥과 (☎ 064-760-2651)"])
    assert paragraphs == kept and [c.kind for c in page.changes] == ["byline"]


def test_a_korean_sentence_in_a_vietnamese_article_is_read_but_not_stated(tmp_path: Path) -> None:
    facts = _document(
        tmp_path,
        "Hợp tác đầu tư\n\nSáng 3/4, Diễn đàn Đầu tư Việt – Hàn khai mạc tại Hà Nội.\n\n"
        "한국 측은 1억5천만 달러를 신규 공장에 투자하기로 했다고 밝혔다.\n",
    ).facts
    assert all(f.value != 1 and f.value != 1.5e8 for f in facts.figures)
    reasons = {c.reason for c in facts.to_check if c.kind == "figure"}
    assert reasons == {"read in a Korean sentence of the article"}


def test_a_korean_amount_inside_a_vietnamese_sentence_keeps_its_value(tmp_path: Path) -> None:
    facts = _document(
        tmp_path, "Đầu tư\n\nNgày 3/4, phía Hàn Quốc cam kết đầu tư 1억5천만 달러 vào nhà máy.\n"
    ).facts
    assert [(f.value, f.unit) for f in facts.figures] == [(1.5e8, "USD")]


def test_stamps_and_bylines_are_taken_out_and_date_the_lead(tmp_path: Path) -> None:
    assert posted_date("Thứ Sáu, 14/03/2025 | 11:05") == "2025-03-14"
    assert posted_date("2026-09-17 14:20 송고") == "2026-09-17"
    assert posted_date("Baodautu.vn - Đầu tư - Thứ Sáu, 27/11/2026 17:45") == "2026-11-27"
    assert posted_date("Ngày 22/5/2026, Hội nghị khai mạc tại Hà Nội.") is None
    # a press release's header, with its sender and number
    header = "[보도자료] 한국상수도기술공사 홍보실 | 2026-11-20 | 자료번호 2026-241"
    assert posted_date(header) == "2026-11-20"
    # a release's header without brackets, its fields between bars
    assert (
        posted_date("보도자료 | 배포일시: 2026. 5. 21.(목) | 담당부서: 국제협력과") == "2026-05-21"
    )
    assert (
        posted_date("[보도자료] 부산시는 2026-11-20 하이퐁시와 협약을 맺고 물류센터를 짓기로 했다")
        is None
    )
    closing, _ = take_out(
        ["Tiêu đề", "Ngày 3/4, hội nghị khai mạc.", "Hồng Nhung - Trung tâm Thông tin"]
    )
    assert closing == ["Tiêu đề", "Ngày 3/4, hội nghị khai mạc."]
    closing, _ = take_out(
        ["Tiêu đề", "Ngày 3/4, hội nghị khai mạc.", "Thu Hà (Trung tâm Thông tin tỉnh)"]
    )
    assert closing == ["Tiêu đề", "Ngày 3/4, hội nghị khai mạc."]  # the unit in brackets
    kept, _ = take_out(
        ["Tiêu đề", "Lê Văn Nam - Trung tâm Thông tin tỉnh cho biết dự án mới.", "Hết."]
    )
    assert len(kept) == 3
    assert posted_date("MBC 뉴스데스크 | 입력 2026-12-04 20:25 | 정다은 기자") == "2026-12-04"
    # a page's path, its writer, the day it was posted and its views, apart by bars
    university = "HOME > 대학소식 > 대학뉴스 | 작성자 홍보팀 | 등록일 2026-11-24 | 조회수 412"
    assert posted_date(university) == "2026-11-24"
    # a section and the date with its time, two fields
    assert posted_date("Kinh tế Trung du | 11/12/2026 08:15") == "2026-12-11"
    # the writer, then the time and "ngày" before the date
    assert posted_date("Thanh Tùng | 09:15 ngày 02/12/2026") == "2026-12-02"
    # the paper, then "updated at" with the time before the date
    assert posted_date("Báo Lâm Đồng – Cập nhật lúc 08:05, 06/12/2026") == "2026-12-06"
    # a programme's fields with the day it aired; a date and time, then the section; a
    # portal, its section and the date, apart by dashes
    aired = "Chương trình: Thời sự tối | Phát sóng: 26/11/2026 | Thời lượng: 2 phút 40 giây"
    assert posted_date(aired) == "2026-11-26"
    assert posted_date("10/06/2027 - 17:32 | Năng lượng tái tạo") == "2027-06-10"
    portal = "Cổng Thông tin điện tử tỉnh Thái Nguyên – Tin hoạt động – 15/09/2026 16:20"
    assert posted_date(portal) == "2026-09-15"
    assert posted_date("Hội nghị diễn ra ngày 15/09/2026 tại Hà Nội – hai bên ký kết.") is None
    blog = "Ghi chép Kỹ thuật của Tùng · Đăng ngày 22/10/2026 · Chuyên mục: Công nghệ, Nghề nghiệp"
    assert posted_date(blog) == "2026-10-22"
    # a notice's line of the event's time is the event's, not the page's
    assert posted_date("- Thời gian: 8h30 – 17h00, ngày 26–27/11/2026") is None
    assert posted_date("▲일시: 2026년 11월 20일(금) 14:00") is None
    assert posted_date("Hội nghị | Ngày 11/12/2026 các doanh nghiệp ký kết hợp đồng") is None
    assert posted_date("정다은 기자는 2026-12-04 현장에서 부상자 이송 과정을 지켜봤습니다") is None
    paragraphs, page = take_out(
        [
            "Tiêu đề",
            "18/06/2026 17:32",
            "Seoul (TTXVN) - Ngày 18/6, Hội nghị Xúc tiến đầu tư khai mạc.",
        ]
    )
    assert paragraphs == ["Tiêu đề", "Ngày 18/6, Hội nghị Xúc tiến đầu tư khai mạc."]
    assert (page.posted, page.city, page.source) == ("2026-06-18", "Seoul", "TTXVN")
    assert [c.kind for c in page.changes] == ["stamp", "byline"]
    document = _document(
        tmp_path,
        "부산시, 베트남 다낭시와 협약\n\n2026-09-17 14:20 송고\n\n"
        "(부산=연합뉴스) 박성민 기자 = 부산시는 17일 벡스코에서 '한-베 항만 협력 포럼'을 열었다.\n\n"
        "박형준 부산시장은 협력을 강조했다.\n",
        "b.ko.txt",
    )
    assert document.segments[1].text.startswith("부산시는 17일")
    assert all("기자" not in p.name for p in document.facts.people)
    date = document.facts.event.date
    assert (date.year, date.month, date.day) == (2026, 9, 17)
    assert document.facts.event.place == {"ko": "부산 벡스코"}


def test_a_name_in_two_scripts_is_one_person_shown_in_each_briefs_script(tmp_path: Path) -> None:
    document = _document(
        tmp_path,
        "베트남 차관 방한\n\n응우옌 반 토(Nguyễn Văn Thọ) 베트남 재무부 차관은 12일 서울에서 "
        "'한-베 금융 포럼'에 참석했다.\n\n응우옌 반 토 차관은 협력을 강조했다.\n",
        "c.ko.txt",
    )
    (person,) = document.facts.people
    assert person.names["vi"] == "Nguyễn Văn Thọ" and person.role["ko"] == "베트남 재무부 차관"
    document.targets = ["vi", "en"]
    apply_glossary(document, Glossary(source="ko"))
    assert brief_context(document, "vi", {}).people[0].name == "Nguyễn Văn Thọ"
    assert brief_context(document, "ko", {}).people[0].name == "응우옌 반 토"


def test_a_posting_stamp_with_hyphens_or_dots_dates_the_page() -> None:
    """`Thứ Sáu, 15-05-2026, 17:05` (Nhân Dân) and `15.05.2026 08:00` are stamps like
    `14/03/2025 | 11:05`: the lead's `Sáng 15/5` gets its year from them."""
    from briefing.bylines import posted_date

    assert posted_date("Thứ Sáu, 15-05-2026, 17:05") == "2026-05-15"
    assert posted_date("15.05.2026 08:00") == "2026-05-15"
    assert posted_date("Thứ Sáu, 14/03/2025 | 11:05") == "2025-03-14"
    assert posted_date("15-05/2026") is None  # two different separators: no date


def test_a_photo_credit_with_the_agency_address_dates_the_page() -> None:
    caption = "국기원 시범단이 공연을 하고 있다. (사진=국기원 제공) 2026.10.06. photo@newsis.com"
    _, page = take_out(["대회 개최", "국기원은 오는 9일 대회를 연다.", caption])
    assert page.posted == "2026-10-06"
    _, page = take_out(
        ["대회 개최", "국기원은 오는 9일 대회를 연다.", "문의 photo@newsis.com 2026.10.06 참조"]
    )
    assert page.posted is None


def test_an_event_that_lasts_until_a_later_day_gets_its_last_day(tmp_path: Path) -> None:
    event = _document(
        tmp_path,
        "Tuần lễ văn hóa Hàn Quốc\n\n14/11/2026 07:45 GMT+7\n\n"
        "TTO - Tối 13-11, Tuần lễ Văn hóa Hàn Quốc khai mạc tại Công viên Biển Đông "
        "(TP Đà Nẵng) và kéo dài đến hết ngày 17-11.\n",
    ).facts.event
    assert event.date is not None
    assert (event.date.year, event.date.month, event.date.day) == (2026, 11, 13)
    assert (event.date.end_month, event.date.end_day) == (11, 17)
    assert event.place == {"vi": "Công viên Biển Đông (TP Đà Nẵng)"}


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # the span said in another sentence, from the day the broadcast aired
        (
            "의료 박람회 개막\n\n입력 2026.12.02 (21:37)\n\n하노이에서 오늘 의료 박람회가 "
            "개막했습니다.\n\n보건복지부가 오늘부터 사흘 동안 여는 박람회에는 병원 48곳이 "
            "참가했습니다.\n",
            (12, 4),
        ),
        # the last day, then how long: "9일까지 이틀간 열리는"
        (
            "항만 포럼 개막\n\n입력 2027.07.08\n\nBPA는 8일 부산 벡스코에서 개막한 '2027 부산-다낭 항만 포럼'에서 "
            "협약을 체결했다. 9일까지 이틀간 열리는 포럼은 부산시가 주최한다.\n",
            (7, 9),
        ),
        # "17일부터 오늘까지 사흘 동안"
        (
            "페스티벌 폐막\n\n입력 2027.09.19 (21:37)\n\n한국문화원이 연 'K-컬처 페스티벌 "
            "2027'에는 17일부터 오늘까지 사흘 동안 12만 명이 다녀갔습니다.\n",
            (9, 19),
        ),
        # late in the article, when the event is what lasts
        (
            "전시회 개막\n\n입력 2026.11.03\n\n"
            + "호찌민에서 오늘 한국 우수상품 전시회가 열렸습니다.\n\n"
            + "".join(f"바이어 {n}명이 왔습니다.\n\n" for n in range(12))
            + "이번 전시회는 5일까지 이어집니다.\n",
            (11, 5),
        ),
    ],
)
def test_a_korean_event_gets_its_last_day_from_a_span_or_an_until(
    tmp_path: Path, text: str, last: tuple[int, int]
) -> None:
    event = _document(tmp_path, text).facts.event
    assert event.date is not None
    assert (event.date.end_month, event.date.end_day) == last


def test_a_deadline_late_in_a_korean_article_is_no_last_day(tmp_path: Path) -> None:
    event = _document(
        tmp_path,
        "포럼 개최\n\n입력 2026.11.03\n\nKOTRA는 3일 하노이에서 포럼을 열었다.\n\n"
        + "".join(f"기업 {n}곳이 참가했다.\n\n" for n in range(9))
        + "참가 신청은 20일까지 진행된다.\n",
    ).facts.event
    assert event.date is not None and event.date.day == 3
    assert event.date.end_day is None


def test_a_wire_dateline_is_taken_out_and_dates_the_page() -> None:
    paragraphs, page = take_out(
        [
            "청수엔텍, 정수장 준공",
            "서울--(뉴스와이어) 2026년 12월 03일 -- 청수엔텍의 정수장 준공식이 지난 1일 개최됐다.",
        ]
    )
    assert paragraphs[1] == "청수엔텍의 정수장 준공식이 지난 1일 개최됐다."
    assert (page.posted, page.city, page.source) == ("2026-12-03", "서울", "뉴스와이어")


def test_a_sites_tag_before_the_lead_is_taken_out_and_a_place_in_brackets_stays() -> None:
    paragraphs, page = take_out(
        ["Tiêu đề", "(Congthuong.vn) Diễn đàn diễn ra ngày 15/4.", "(Hà Nội) Hai bên ký."]
    )
    assert paragraphs[1:] == ["Diễn đàn diễn ra ngày 15/4.", "(Hà Nội) Hai bên ký."]
    assert page.source == "Congthuong.vn"
    # a provincial paper's code in capitals ("(CMO)") is its tag too; an acronym that opens
    # a sentence in brackets is no tag when no capital follows
    paragraphs, page = take_out(["Tiêu đề", "(CMO) Chiều 25/2, hai bên ký biên bản ghi nhớ."])
    assert (paragraphs[1], page.source) == ("Chiều 25/2, hai bên ký biên bản ghi nhớ.", "CMO")
    paragraphs, _ = take_out(["Tiêu đề", "(MOU) được ký chiều 25/2."])
    assert paragraphs[1] == "(MOU) được ký chiều 25/2."


def test_a_releases_place_and_date_line_dates_the_page() -> None:
    """`Tây Ninh, ngày 9 tháng 9 năm 2027` under `THÔNG CÁO BÁO CHÍ` is the release's date
    (what `hôm nay` in its lead means); a sentence that holds such a date is no stamp."""
    paragraphs, page = take_out(
        [
            "Tiêu đề",
            "THÔNG CÁO BÁO CHÍ",
            "Tây Ninh, ngày 9 tháng 9 năm 2027",
            "Hôm nay, hai bên ký.",
        ]
    )
    assert page.posted == "2027-09-09" and "Tây Ninh" not in " ".join(paragraphs)
    _, page = take_out(["Tiêu đề", "Hội nghị diễn ra ngày 9 tháng 9 năm 2027 tại Hà Nội."])
    assert page.posted is None
    # the line that opens a release's lead keeps its lead: the article's first paragraph
    lead = "Đà Nẵng, ngày 19 tháng 11 năm 2026 – Quỹ Hanbit tổ chức Lễ trao học bổng."
    paragraphs, page = take_out(["Tiêu đề", lead, "Năm nay, Quỹ trao 150 suất."])
    assert paragraphs[1] == lead and page.posted is None


def test_a_match_score_is_no_figure(tmp_path: Path) -> None:
    facts = _document(
        tmp_path, "Giao hữu\n\nNgày 29/11/2026, đội Việt Nam thắng 3-2 trước 5.000 khán giả.\n"
    ).facts
    assert [f.value for f in facts.figures] == [5000.0]


def test_an_organiser_no_organisation_rule_reads_is_an_organisation(tmp_path: Path) -> None:
    """A co-host read only by the event's rules (a company's name with no ending) is listed
    among the organisations; a short form of a listed body is not listed again."""
    document = _document(
        tmp_path,
        "베트남 정수장 준공\n\n"
        "하이즈엉성 정수장 준공식이 지난 1일 현장에서 열렸다.\n\n"
        "이날 준공식은 하이즈엉성 인민위원회와 한빛엔텍이 공동 주최했다.\n",
        "a.ko.txt",
    )
    organisers = [o["ko"] for o in document.facts.event.organisers]
    names = [o.name["ko"] for o in document.facts.organisations]
    assert organisers == ["하이즈엉성 인민위원회", "한빛엔텍"]
    assert "한빛엔텍" in names and names.count("하이즈엉성 인민위원회") == 1
    listed = next(o for o in document.facts.organisations if o.name["ko"] == "한빛엔텍")
    assert listed.evidence and listed.evidence[0].rule == "ko.event.organisers"


def test_a_broadcast_report_after_its_cue_line_names_the_event(tmp_path: Path) -> None:
    """The cue `◀ 리포트 ▶` on a line of its own (read as a heading) still opens the report,
    whose sentences say what happened; the stamp with `입력` dates the page."""
    document = _document(
        tmp_path,
        "양국 의료진 첫 합동훈련\n\n"
        "KBS 뉴스 | 입력 2026-12-04 20:25 | 김하늘 기자\n\n"
        "◀ 앵커 ▶\n\n"
        "한국과 베트남 의료진이 처음으로 합동훈련을 했습니다.\n\n"
        "김하늘 기자가 보도합니다.\n\n"
        "◀ 리포트 ▶\n\n"
        "해안가로 구조대가 달려갑니다.\n\n"
        "'2026 한-베 합동 재난훈련'이 지난 2일 베트남 후에 해안 훈련장에서 진행됐습니다.\n",
        "a.ko.txt",
    )
    event = document.facts.event
    assert event.name == {"ko": "2026 한-베 합동 재난훈련"}
    assert event.date is not None and (event.date.year, event.date.month, event.date.day) == (
        2026,
        12,
        2,
    )


HOLLOW = (
    "남해시, 베트남 관광 홍보\n\n"
    "올해 들어서만 46% 증가했다. "
    "대성은행은 1천200억 원을 베트남 법인에 출자한다. "
    "현지 매출은 80억 원을 넘었고 직항 노선은 주 14회 운항한다. "
    "배 대표는 지난해 50억원을 벌었다. "
    "신규 공장은 하노이 북동쪽 30㎞ 지점에 들어선다. "
    "시범단지는 하이퐁 남부 120ha에 조성된다. "
    "이후 9년간은 혜택을 부여한다. "
    "복수학위 과정은 현재 27개로, 2030년까지 50개로 확대하기로 했다.\n"
)


def test_a_label_that_says_nothing_of_what_it_measures_is_left_to_the_translators(
    tmp_path: Path,
) -> None:
    """A figure stays in the brief, but a label that is only who acts or a change with
    nothing that changes is not stated: the translators see it with the reason."""
    facts = _document(tmp_path, HOLLOW, "a.ko.txt").facts
    labels = {f.text: f.measure.get("ko", "") for f in facts.figures}
    assert labels["80억 원"] == "현지 매출"  # what passes the sum (ko.label.reached)
    assert labels["46%"] == "" and labels["1천200억 원"] == ""
    checks = {c.text: c.reason for c in facts.to_check if c.kind == "figure"}
    assert "how it changed" in checks["46% — 증가"]
    assert "names who acts" in checks["1천200억 원 — 대성은행"]
    assert "names a person" in checks["50억원 — 배 대표"] and labels["50억원"] == ""
    assert "only says where" in checks["30km — 하노이 북동쪽"] and labels["30km"] == ""
    # a place and a word of which part of it (남부, 시내, 지역) say where too
    assert "only says where" in checks["120ha — 하이퐁 남부"] and labels["120ha"] == ""
    # a kind of thing and what is done with it (혜택 부여, 방안 추진) say nothing either
    assert "a kind of thing" in checks["9년간 — 혜택 부여"] and labels["9년간"] == ""
    # a year and only what is to happen (확대, 전망) say when, not what
    assert "not to what" in checks["2030년까지 — 확대"] and labels["2030년까지"] == ""
    hollow = next(f for f in facts.figures if f.text == "46%")
    assert [e.rule for e in hollow.evidence] == ["ko.figure.quantity"]
    document = extract(segment(*load(tmp_path / "a.ko.txt")))
    document.targets = ["vi", "en"]
    brief = render_html("brief.html.j2", brief_context(document, "ko", {}))
    assert "대성은행" not in brief.split("1천200억")[1][:200] and "46%" in brief


def test_a_label_that_is_only_total_or_current_is_not_stated(tmp_path: Path) -> None:
    """`총`, `현행`, `기존`: a word that says a figure is a total or the present one, not
    what it measures."""
    facts = _document(
        tmp_path,
        "관세 철폐\n\n베트남은 자동차부품의 관세를 현행 5~10%에서 0%로 철폐하기로 했다.\n\n"
        "- 노후 관로 교체(총 64km): 1,000만 달러\n",
        "a.ko.txt",
    ).facts
    labels = {f.text: f.measure.get("ko", "") for f in facts.figures}
    assert labels["5~10%"] != "현행" and labels["64km"] != "총"
    checks = [c.text for c in facts.to_check if c.kind == "figure"]
    assert "5~10% — 현행 (이전)" in checks
    assert labels["64km"] == "노후 관로 교체"  # the noun before its bracket (ko.label.bracketed)


def test_a_label_of_bodies_names_or_of_a_named_person_is_left_to_the_translators(
    tmp_path: Path,
) -> None:
    """`51% — 세진테크 민팟테크놀로지` names the two partners, not what is 51%; `500명 — … 윤지호
    소장님` names who spoke. (`지분은 세진테크가 51%`: the share the topic names, whose.)"""
    text = (
        "세진테크, 민팟테크놀로지와 합작법인 설립\n\n"
        "입력 2026-11-28 10:00\n\n"
        "㈜세진테크는 베트남 민팟테크놀로지(Minh Phat Technology JSC)와 합작법인을 세운다. 지분은 "
        "세진테크가 51%, 민팟테크놀로지가 49%를 보유한다.\n\n"
        '한국산업인력공단 호찌민 사무소의 윤지호 소장님은 "최소 500명 이상 채용이 '
        '성사되길 기대한다"고 말했다.\n'
    )
    facts = _document(tmp_path, text, "a.ko.txt").facts
    labels = {f.text: f.measure.get("ko", "") for f in facts.figures}
    checks = {c.text: c.reason for c in facts.to_check if c.kind == "figure"}
    assert labels["51%"] == "지분 (세진테크)"
    from briefing.document import Figure
    from briefing.facts.ko.figures import hollow_label

    partners = Figure("p1s1", "51%", 51, "percent", measure={"ko": "세진테크 민팟테크놀로지"})
    assert "only names bodies" in hollow_label(partners, facts.organisations)
    assert [label for text, label in labels.items() if text.startswith("500")] == [""]
    assert any("names a person" in why for what, why in checks.items() if what.startswith("500"))


def test_a_korean_label_of_whose_aim_only_is_left_to_the_translators() -> None:
    """`40% — 베트남 정부 목표`, `15% — 사업의 목표`: whose aim, not what is aimed at; a label
    that names what is aimed at (`교역 규모 목표`) stays."""
    from briefing.document import Evidence, Figure
    from briefing.facts.ko.figures import hollow_label

    def aim(label: str) -> str:
        return hollow_label(Figure("p1s1", "40%", 40, "percent", measure={"ko": label}), [])

    assert "whose aim" in aim("베트남 정부 목표")
    assert "whose aim" in aim("사업의 목표")
    assert aim("교역 규모 목표") == ""

    def change(label: str) -> str:
        figure = Figure("p1s1", "7%", 7, "percent", measure={"ko": label})
        figure.evidence = [
            Evidence("ko.figure.quantity", "p1s1"),
            Evidence("ko.label.change-of", "p1s1"),
        ]
        return hollow_label(figure, [])

    # who changed it, not what changed (`베트남 정부 인상`); `양국 교역액 증가` says what
    assert "who changed it" in change("베트남 정부 인상")
    assert change("양국 교역액 증가") == ""
    # a rate named last is itself what is measured, whoever sets it
    assert change("베트남 정부 경제성장률") == ""
    # another figure's multiple as the label (`2016년(2,600달러)의 2배`)
    assert "another figure" in aim("2배")
    # what a sum is per says no more of what it is: `월 (1인당)` is still a time alone
    assert "only says where, when or whose" in aim("월 (1인당)")
    assert aim("장학금 (1인당)") == ""


def test_a_place_or_a_general_word_alone_is_no_label(tmp_path: Path) -> None:
    text = (
        "Tin ngắn\n\nTheo khảo sát, Việt Nam đạt 58,3% về thanh toán số. "
        "Năm nay có 7.000 người. Tổng vốn đầu tư là 20 triệu USD. "
        "Việc đánh giá nhà cung cấp thường mất 3-5 năm. "
        "Sở còn mở lớp tiếng Hàn miễn phí 3 tháng cho người đăng ký dự thi.\n"
    )
    facts = _document(tmp_path, text).facts
    labels = {f.text: f.measure.get("vi", "") for f in facts.figures}
    assert labels["58,3%"] == "" and labels["7.000"] == ""
    assert labels["20 triệu USD"] == "Tổng vốn đầu tư"
    reasons = {c.text: c.reason for c in facts.to_check if c.kind == "figure"}
    assert "only says where" in reasons["58,3% — Việt Nam"]
    assert "too general" in reasons["7.000 — người"]
    assert labels["3-5 năm"] == "" and "bare verb" in reasons["3-5 năm — mất"]
    # how it is given (miễn phí), with whom or for whom: not what lasts that long
    assert labels["3 tháng"] == "" and "how or with whom" in reasons["3 tháng — miễn phí"]


def test_a_bare_position_takes_the_body_named_right_before_the_person(tmp_path: Path) -> None:
    """`탄롱테크의 응우옌반남(…) 부사장`: the company, read elsewhere in the article, is part of
    the role; a body the article never names as an organisation is not guessed."""
    text = (
        "공급 협약 체결\n\n"
        "한울소재는 현지 부품업체 탄롱테크와 공급 협약을 맺었다. "
        '탄롱테크의 응우옌반남(Nguyen Van Nam) 부사장은 "품질을 높이겠다"고 말했다. '
        "베트남 산업무역부 호앙민뚜언(Hoang Minh Tuan) 국장도 참석했다. "
        "현장의 레반꽝(Le Van Quang) 부장은 설명했다.\n"
    )
    text += (
        "베트남 물류기업 사오비엣로지스틱스(Sao Việt Logistics)는 협약을 맺었다. "
        "사오비엣로지스틱스(Sao Việt Logistics)의 팜 꾸옥 바오(Phạm Quốc Bảo) 대표는 말했다.\n"
    )
    people = _korean_roles(tmp_path, text)
    # the body's Latin name in brackets stands between it and the person
    assert people["팜 꾸옥 바오"] == "사오비엣로지스틱스 대표"
    assert people["응우옌반남"] == "탄롱테크 부사장"
    assert people["호앙민뚜언"] == "베트남 산업무역부 국장"
    assert people["레반꽝"] == "부장"  # "현장의": no organisation


def test_a_body_named_again_without_its_country_or_in_short_owns_the_position(
    tmp_path: Path,
) -> None:
    """`베트남 농업환경부 수리국` named first, then `농업환경부 수리국 당꾸옥빈(…) 부국장`; a
    university named in full, then `껀터대 농업대학 응오탄떤(…) 교수`; a unit the sentence's
    rule put into the role already is not put in again."""
    text = (
        "물관리 사업 착수\n\n"
        "KOICA와 한국농어촌공사(KRC) 해외사업본부, 베트남 농업환경부 수리국, "
        "껀터대학교(CTU) 농업대학이 협약을 맺었다. "
        "베트남 측에서는 농업환경부 수리국 당꾸옥빈(Dang Quoc Vinh) 부국장이 참석했다. "
        "껀터대 농업대학 응오탄떤(Ngo Thanh Tan) 교수는 모델을 설명했다. "
        'KRC 해외사업본부 이성호 본부장은 "기술을 나누겠다"고 말했다.\n'
    )
    people = _korean_roles(tmp_path, text)
    assert people["당꾸옥빈"] == "농업환경부 수리국 부국장"
    assert people["응오탄떤"] == "껀터대 농업대학 교수"
    assert people["이성호"] == "KRC 해외사업본부 본부장"


def test_a_company_or_province_right_before_a_name_owns_the_position(tmp_path: Path) -> None:
    """In a list of guests, `에이스셀 박태수 부사장` and `경남도 정현아 경제통상국장`: the
    word before the name (a name Kiwi does not know, a province) is whose post it is;
    `이날 …` and `현지 …` are common words, no body; `㈜비엣런을 이끄는 … 대표` leads it."""
    text = (
        "공장 준공\n\n"
        "준공식에는 고객사인 에이스셀 박태수 부사장, 경남도 정현아 경제통상국장 등 "
        "200여 명이 참석했다. 이날 김민수 대표는 설명했다. "
        "현지 최영호 대표도 참석했다. "
        "하노이의 스타트업 ㈜비엣런을 이끄는 팜 꾸옥 바오 대표는 말했다.\n"
    )
    people = _korean_roles(tmp_path, text)
    assert people["박태수"] == "에이스셀 부사장"
    assert people["정현아"] == "경남도 경제통상국장"
    assert people["김민수"] == "대표" and people["최영호"] == "대표"
    assert people["팜 꾸옥 바오"].endswith("비엣런 대표")


def test_a_body_read_as_a_person_is_none_or_gives_way_to_the_name_after_it(
    tmp_path: Path,
) -> None:
    """`국토부 2차관` names no person; in `여경협 정미경 회장` the short form defined before is
    the body and 정미경 the person."""
    text = (
        "여성기업인 포럼 열려\n\n"
        "국토교통부(국토부)와 한국여성경제인협회(여경협)가 포럼을 공동 주최했다. "
        "국토부 2차관은 축사를 했다. "
        "여경협 정미경 회장은 협력 데스크를 열겠다고 말했다.\n"
    )
    people = _korean_roles(tmp_path, text)
    assert "국토부" not in people and "여경협" not in people
    assert people.get("정미경") == "여경협 회장"


def test_a_place_on_the_organisers_grounds_takes_its_name(tmp_path: Path) -> None:
    """`교내 국제관` is the hall on the organiser's campus: the brief names the school."""
    text = (
        "장학금 수여식\n\n"
        "달구벌국제대학교는 8일 교내 국제관에서 '베트남 유학생 장학금 수여식'을 열고 "
        "유학생 40명에게 장학금을 전달했다고 밝혔다.\n"
    )
    event = _document(tmp_path, text, "a.ko.txt").facts.event
    assert event.name == {"ko": "베트남 유학생 장학금 수여식"}
    assert event.place == {"ko": "달구벌국제대학교 국제관"}


def test_an_organiser_named_by_its_short_form_is_shown_by_its_full_name(tmp_path: Path) -> None:
    text = (
        "해수부, 새우양식 단지 준공\n\n"
        "해양수산부는 1일 베트남 칸호아성에서 스마트 양식 단지 준공식을 열었다. "
        "준공식은 해수부와 칸호아성 인민위원회가 공동 주최했다.\n"
    )
    organisers = [o["ko"] for o in _document(tmp_path, text, "a.ko.txt").facts.event.organisers]
    assert organisers == ["해양수산부", "칸호아성 인민위원회"]


def test_a_precise_sum_stated_twice_is_one_figure(tmp_path: Path) -> None:
    """A press release's summary line and its body give the same 8,350만 달러 with other
    words: one figure; two round sums of the same amount may be two."""
    text = (
        "박람회 성과\n\n"
        "KOTRA는 호찌민 박람회에서 상담액 8,350만 달러를 달성했다고 밝혔다.\n\n"
        "이번 박람회는 모두 8,350만 달러 규모의 수출 상담 실적을 거뒀다. "
        "정부는 100억 원을 지원하고 기업들은 100억 원을 투자한다.\n"
    )
    values = [f.value for f in _document(tmp_path, text, "a.ko.txt").facts.figures]
    assert values.count(83_500_000) == 1
    assert values.count(10_000_000_000) == 2


def test_a_headlines_figure_is_the_bodys_and_its_break_ends_a_label(tmp_path: Path) -> None:
    """A summary line's `230만 달러…향후 1천150만 달러` gives no label across its break and
    none that is another figure; the body says what each sum is, so each is stated once,
    with the body's label, and not sent to the translators."""
    text = (
        "경기도, 호찌민 수출상담회서 성과\n\n"
        "- 도내 중소기업 20개사, 현지 바이어 120개사와 상담 312건\n"
        "- 현장 230만 달러…향후 1천150만 달러 규모 계약 추진\n"
        "- 화장품·식품 분야 상담 집중, 전년 대비 상담액 18% 증가\n\n"
        "현장에서 230만 달러 규모의 수출 계약이 체결됐다. "
        "앞으로 1천150만 달러 규모의 추가 계약이 추진될 것으로 기대된다.\n"
    )
    facts = _document(tmp_path, text, "a.ko.txt").facts
    sums = {f.value: f.measure.get("ko", "") for f in facts.figures}
    assert [f.value for f in facts.figures].count(2_300_000) == 1
    assert sums[2_300_000] == "수출 계약"
    assert "계약" in sums[11_500_000]
    assert not [c for c in facts.to_check if "230만" in c.text or "1천150만" in c.text]


def test_a_figure_said_again_in_a_fact_box_keeps_the_labels_time(tmp_path: Path) -> None:
    """`tổng kim ngạch xuất nhập khẩu Việt Nam – Hàn Quốc 10 tháng đạt 71,4 tỷ USD` then a
    fact box's `• Xuất nhập khẩu: 71,4 tỷ USD`: the months the first label says are when,
    not another figure, so its fuller label stays."""
    text = (
        "Thương mại Việt – Hàn\n\n"
        "Tổng kim ngạch xuất nhập khẩu Việt Nam – Hàn Quốc 10 tháng đạt 71,4 tỷ USD.\n\n"
        "• Xuất nhập khẩu: 71,4 tỷ USD\n"
    )
    facts = _document(tmp_path, text).facts
    sums = [f.measure.get("vi", "") for f in facts.figures if f.value == 71.4e9]
    assert sums == ["Tổng kim ngạch xuất nhập khẩu Việt Nam – Hàn Quốc 10 tháng"]


def test_a_vietnamese_label_is_not_cut_mid_phrase_nor_a_level_or_a_speaker(
    tmp_path: Path,
) -> None:
    """A label's dangling last word (để, trong) is taken off; a level alone (mức, trung
    bình) is no label, nor the speaker before `có 75.000 người đang học …`, whom the count
    is of; `14 tỉnh` counts provinces."""
    text = (
        "Tin ngắn\n\nNgân hàng trao tặng 200 triệu đồng cho Quỹ Bảo trợ trẻ em tỉnh Thái "
        "Nguyên để hỗ trợ xây dựng 2 điểm trường. "
        "Hội nghị có đại diện 150 doanh nghiệp trong và ngoài tỉnh. "
        "Theo báo cáo, con số này thấp hơn mức 27% của năm 2023. "
        "Giám đốc Trung tâm Văn hóa Hàn Quốc tại Việt Nam Jung Hae-sook cho biết hiện có "
        "khoảng 75.000 người đang học tiếng Hàn tại Việt Nam. "
        "Các giáo viên đến từ 14 tỉnh, thành phố.\n"
    )
    facts = _document(tmp_path, text).facts
    labels = {f.text: f.measure.get("vi", "") for f in facts.figures}
    assert labels["200 triệu đồng"].startswith("trao tặng cho Quỹ Bảo trợ trẻ em")
    assert labels["200 triệu đồng"].split()[-1] not in {"để", "cho", "trong"}
    assert labels["150"] == "doanh nghiệp trong và ngoài tỉnh"  # whole, not cut at trong
    assert labels["27%"] == ""
    # after "… cho biết hiện có": the people who do, not the speaker
    assert labels["75.000"] == "người đang học tiếng Hàn tại Việt Nam"
    assert labels["14"] == "tỉnh, thành phố"
    reasons = {c.text: c.reason for c in facts.to_check if c.kind == "figure"}
    assert "too general" in reasons["27% — mức"]


def test_a_price_per_unit_says_what_it_is_per(tmp_path: Path) -> None:
    """`145 USD/m²` is a rent per square metre, not 145 dollars: the label says so."""
    text = (
        "Tin ngắn\n\nTỉnh giữ giá thuê đất hạ tầng bình quân ở mức khoảng 145 USD/m². "
        "Thu nhập bình quân của lao động là 2.100 USD/người/tháng.\n"
    )
    labels = {f.value: f.measure.get("vi", "") for f in _document(tmp_path, text).facts.figures}
    assert labels[145].endswith("giá thuê đất hạ tầng bình quân (mỗi m²)")
    assert labels[2100].endswith("(mỗi người mỗi tháng)")


def test_a_list_or_a_table_takes_the_unit_its_caption_gives(tmp_path: Path) -> None:
    """`Thủy sản: 1.120` under `(triệu USD):` is 1,12 billion dollars of seafood, each
    line its own label (not the next line's name); a table's cells under `(단위: 억 달러,
    %)` are sums, its rate column percentages; a page's view counter is no figure."""
    vi = (
        "Nông sản sang Hàn Quốc\n\n"
        "Kim ngạch xuất khẩu một số nông sản sang Hàn Quốc năm 2026 (triệu USD):\n"
        "Thủy sản: 1.120\nRau quả: 610\nCà phê: 285\n\n"
        "Lượt xem: 356\n"
    )
    figures = {f.measure.get("vi"): f for f in _document(tmp_path, vi).facts.figures}
    assert (figures["Thủy sản"].value, figures["Thủy sản"].unit) == (1.12e9, "USD")
    assert figures["Rau quả"].value == 6.1e8 and figures["Cà phê"].kind == "money"
    assert not [f for f in figures.values() if f.value == 356]
    ko = (
        "한-베 교역\n\n양국은 교역 확대에 합의했다.\n\n"
        "< 한-베트남 교역 실적 > (단위: 억 달러, %)\n\n"
        "구분 | 2026년 | 증감률\n수출 | 601 | 4.8\n수입 | 279 | 7.3\n"
    )
    cells = {
        f.measure.get("ko"): (f.value, f.kind, f.unit)
        for f in _document(tmp_path, ko, "a.ko.txt").facts.figures
    }
    assert cells["수출 2026년"] == (6.01e10, "money", "USD")
    assert cells["수입 증감률"] == (7.3, "percent", None)


@pytest.mark.parametrize(
    ("text", "name", "value", "label"),
    [
        (
            "[인터뷰] 재단 이사장\n\n― 올해 장학생은 몇 명인가.\n\n"
            '"150명이다. 초등학생부터 대학생까지 장학금을 지급했고, 신청자도 많았다."\n',
            "a.ko.txt",
            150,
            "장학생",
        ),
        (
            "[인터뷰] 법인장\n\n◇ 윤소라 > 어제 해안도로가 개통했습니다. 도로 길이가 얼마나 됩니까?\n\n"
            "◆ 정대현 > 24.6km입니다. 왕복 6차로이고, 교량 구간도 깁니다.\n",
            "a.ko.txt",
            24.6,
            "도로 길이",
        ),
        (
            "Phỏng vấn\n\nPV: Tổng số tiền Quỹ đã giải ngân tại Việt Nam là bao nhiêu?\n\n"
            "Bà Park Soo-min: Khoảng 31 triệu USD, phần lớn cho y tế.\n",
            "a.vi.txt",
            31e6,
            "Tổng số tiền Quỹ đã giải ngân tại Việt Nam",
        ),
        (
            "Phỏng vấn\n\n- Doanh thu xuất khẩu của studio năm nay là bao nhiêu?\n\n"
            "- Khoảng 14 triệu USD, tăng so với năm ngoái nhờ các hợp đồng mới.\n",
            "a.vi.txt",
            14e6,
            "Doanh thu xuất khẩu của studio năm nay",
        ),
    ],
)
def test_an_answer_that_opens_with_its_figure_is_labelled_by_the_question(
    tmp_path: Path, text: str, name: str, value: float, label: str
) -> None:
    facts = _document(tmp_path, text, name).facts
    [figure] = [f for f in facts.figures if f.value == value]
    assert next(iter(figure.measure.values())) == label
    assert figure.evidence[-1].rule.endswith(".label.question")


def test_an_adverb_or_another_figure_alone_is_no_korean_label(tmp_path: Path) -> None:
    """`실제로는 105만 원`: how it is said; `(연 9,500달러)의 40%`: another figure; both go to the
    translators, the sums stay in the brief."""
    text = (
        "하노이 상품전 후기\n\n"
        "참가비 350만 원 중 70%를 협회에서 지원받아서 실제로는 105만 원만 냈어요.\n\n"
        "현지 등록금은 연 3,800달러로 한국 캠퍼스(연 9,500달러)의 40% 수준이다.\n"
    )
    facts = _document(tmp_path, text, "a.ko.txt").facts
    checks = {c.text: c.reason for c in facts.to_check if c.kind == "figure"}
    labels = {f.text: f.measure.get("ko", "") for f in facts.figures}
    assert "only an adverb" in checks["105만 원 — 실제로"] and labels["105만 원"] == ""
    assert "another figure" in checks["9,500달러 — 40%"] and labels["9,500달러"] == ""


def test_how_often_a_figure_changes_says_no_more_of_what_changes(tmp_path: Path) -> None:
    """`연평균 11% 성장` keeps its yearly rate in the label where the subject is said; a
    label that is only a rate (`연평균 성장`, `연간`) goes to the translators."""
    facts = _document(
        tmp_path,
        "제목\n\n화장품 수입시장은 연평균 11% 성장했다.\n\n연평균 12% 성장했다.\n",
        "a.ko.txt",
    ).facts
    labels = {f.text: next(iter(f.measure.values()), "") for f in facts.figures}
    assert labels["11%"] == "화장품 수입시장 연평균 성장"
    checks = {c.text: c.reason for c in facts.to_check}
    assert "says how it changed" in checks["12% — 연평균 성장"]


def test_a_korean_company_with_its_latin_form_is_one_body_and_one_organiser(
    tmp_path: Path,
) -> None:
    """`㈜누리에코텍(Nuri Ecotech Co., Ltd.)` then `누리에코텍`: one organisation, and one
    organiser however the lead names it."""
    facts = _document(
        tmp_path,
        "제목\n\n폐배터리 재활용 기업 ㈜누리에코텍(Nuri Ecotech Co., Ltd.)은 26일 흥옌성에서 "
        "'배터리 재활용 공장 준공식'을 열었다.\n\n준공식에는 서정호 누리에코텍 대표이사가 참석했다.\n",
        "a.ko.txt",
    ).facts
    names = [o.name["ko"] for o in facts.organisations]
    assert sum("누리에코텍" in n for n in names) == 1, names
    assert len(facts.event.organisers) == 1, facts.event.organisers


def test_the_people_a_press_releases_contact_lines_name_are_people(tmp_path: Path) -> None:
    """`문의: … 최유나 매니저 (02-…)` is taken out of the text but names a person of the
    release; a contact line's cells (`경제실 국제통상과 / 담당자: …`) are no one's role, but
    the department the line names opens the post (as in `ko.person.contact-line`)."""
    document = _document(
        tmp_path,
        "제목\n\n세진테크는 27일 양해각서를 체결했다고 밝혔다.\n\n"
        "담당부서: 경제실 국제통상과 / 담당자: 홍지민 주무관 (031-8008-4417)\n\n"
        "문의: ㈜세진테크 홍보팀 최유나 매니저 / 02-6123-4567\n",
        "a.ko.txt",
    )
    people = {p.name: p for p in document.facts.people}
    assert set(people) == {"홍지민", "최유나"}
    assert people["홍지민"].role == {"ko": "국제통상과 주무관"}
    assert people["홍지민"].segment_ids == []
    assert all("문의" not in s.text for s in document.segments)  # still out of the text
