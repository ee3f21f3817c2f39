from __future__ import annotations

from pathlib import Path

import pytest

from briefing.document import Segment
from briefing.facts import extract, figures_in, people_in
from briefing.numbers import parse_vi_number
from briefing.segment import load, segment


@pytest.fixture(scope="module")
def seed_facts():  # type: ignore[no-untyped-def]
    from tests.conftest import SEED

    article, paragraphs = load(SEED)
    return extract(segment(article, paragraphs)).facts


@pytest.mark.parametrize(
    "text, value", [("50.000", 50000), ("1,5", 1.5), ("86,4", 86.4), ("1.500", 1500), ("80", 80)]
)
def test_vietnamese_numbers(text: str, value: float) -> None:
    assert parse_vi_number(text) == value


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Có 80% doanh nghiệp dùng AI.", [("percent", 80.0, None)]),
        ("Xuất khẩu đạt 86,4 tỷ USD.", [("money", 86.4e9, "USD")]),
        ("Quỹ dành 1.500 tỷ đồng cho AI.", [("money", 1.5e12, "VND")]),
        ("Đào tạo 50.000 kỹ sư AI.", [("count", 50000.0, None)]),
        ("Mục tiêu đến năm 2030 vào top 3 ASEAN.", [("year", 2030.0, None), ("rank", 3.0, None)]),
        ("Kim ngạch năm 2025 đạt 86,4 tỷ USD.", [("money", 86.4e9, "USD")]),  # 2025 dates it
        ("Tuyển sinh năm học 2026 – 2027.", []),
        ("Trong 9 tháng, nhà cung cấp cấp 1 tăng.", []),
        ("Ngày 29/10, diễn đàn khai mạc.", []),
    ],
)
def test_figures(sentence: str, expected: list[tuple[str, float, str | None]]) -> None:
    found = figures_in(Segment("p1s1", 1, sentence))
    assert [(f.kind, f.value, f.unit) for f in found] == expected


def test_seed_figures_come_with_what_they_measure(seed_facts) -> None:  # type: ignore[no-untyped-def]
    by_text = {f.text: f for f in seed_facts.figures}
    assert by_text["50.000"].measure["vi"] == "chuyên gia kỹ sư"
    assert by_text["80%"].measure["vi"] == "doanh nghiệp"
    assert by_text["top 3"].kind == "rank"
    assert "29/10" not in by_text


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "Theo Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam, hai nước hợp tác.",
            "Choi Young Sam",
            "Đại sứ Hàn Quốc tại Việt Nam",
        ),
        ("Thứ trưởng Bộ KH&CN Hoàng Minh đã thông tin.", "Hoàng Minh", "Thứ trưởng Bộ KH&CN"),
        (
            "Ông Park Yoon Kyu – Giám đốc Cơ quan Xúc tiến Công nghiệp CNTT Quốc gia Hàn Quốc, cam kết.",
            "Park Yoon Kyu",
            "Giám đốc Cơ quan Xúc tiến Công nghiệp CNTT Quốc gia Hàn Quốc",
        ),
        (
            "Ông Hồ Đức Thắng, Viện trưởng Viện Công nghệ số (Bộ KH&CN), cho biết.",
            "Hồ Đức Thắng",
            "Viện trưởng Viện Công nghệ số (Bộ KH&CN)",
        ),
        (
            "Ông Lee Jae-joon, Thị trưởng thành phố Suwon, cho biết hai bên sẽ mở đường bay mới.",
            "Lee Jae-joon",
            "Thị trưởng thành phố Suwon",
        ),
    ],
)
def test_people_with_roles(sentence: str, name: str, role: str) -> None:
    people = people_in(Segment("p1s1", 1, sentence))
    assert [(p.name, p.role.get("vi")) for p in people] == [(name, role)]


def test_seed_people_are_merged_across_mentions(seed_facts) -> None:  # type: ignore[no-untyped-def]
    names = [p.name for p in seed_facts.people]
    assert names == ["Choi Young Sam", "Hoàng Minh", "Hồ Đức Thắng", "Park Yoon Kyu"]
    minh = seed_facts.people[1]
    assert minh.role["vi"] == "Thứ trưởng Bộ KH&CN" and len(minh.segment_ids) == 3


def test_seed_event_states_date_and_organisers_but_no_place(seed_facts) -> None:  # type: ignore[no-untyped-def]
    event = seed_facts.event
    assert (event.date.day, event.date.month, event.date.year) == (29, 10, None)
    assert event.place is None  # the seed names no place: never guessed
    assert [o["vi"] for o in event.organisers] == [
        "Bộ Khoa học và Công nghệ",
        "Bộ Khoa học và Thông tin Hàn Quốc",
    ]
    assert event.name["vi"] == "Diễn đàn số Việt – Hàn"
    assert event.theme["vi"].startswith("Từ AI chuyên biệt theo ngành")


def test_front_matter_place_and_year(tmp_path: Path) -> None:
    article_file = tmp_path / "a.md"
    article_file.write_text(
        "---\ndate: 2026-10-29\nplace: Hà Nội\n---\n\nNgày 29/10, Hội nghị AI khai mạc.\n",
        encoding="utf-8",
    )
    article, paragraphs = load(article_file)
    facts = extract(segment(article, paragraphs)).facts
    assert facts.event.place == {"vi": "Hà Nội"}
    assert facts.event.date is not None and facts.event.date.year == 2026


# ----------------------------------------------------------------------------- issue 10 rules


def _facts(text: str, tmp_path: Path, name: str = "a.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article, paragraphs = load(path)
    return extract(segment(article, paragraphs)).facts


def _korean_labels(text: str, tmp_path: Path, name: str = "a.ko.txt") -> dict[str, str]:
    """Each figure's label in the Korean article `text`, by the figure as written."""
    return {f.text: f.measure.get("ko", "") for f in _facts(text, tmp_path, name).figures}


def _roles(text: str, tmp_path: Path, language: str) -> dict[str, str | None]:
    """Each person's role in the article `text` of `language`, by name."""
    people = _facts(text, tmp_path, f"a.{language}.txt").people
    return {p.name: p.role.get(language) for p in people}


@pytest.mark.parametrize(
    "lead, name, date, place",
    [
        (
            "TP.HCM, ngày 15/3/2026 – Sáng nay, Hội thảo Hợp tác Bán dẫn Việt Nam – Hàn Quốc 2026 đã diễn ra tại TP.HCM với 300 đại biểu.",
            "Hội thảo Hợp tác Bán dẫn Việt Nam – Hàn Quốc 2026",
            (15, 3, 2026, None),
            "TP.HCM",
        ),
        (
            "Đà Nẵng, ngày 8/11/2026 – Chiều nay, Lễ ký kết hợp tác được tổ chức tại Trung tâm Hành chính thành phố.",
            "Lễ ký kết hợp tác",
            (8, 11, 2026, None),
            "Trung tâm Hành chính thành phố",
        ),
        (
            "Tuần lễ Văn hóa Hàn Quốc 2026 sẽ diễn ra từ ngày 8 đến ngày 14/11 tại Hoàng thành Thăng Long.",
            "Tuần lễ Văn hóa Hàn Quốc 2026",
            (8, 11, 2026, 14),  # the year from the event's name
            "Hoàng thành Thăng Long",
        ),
        (
            "Sáng 5/6, tại Trường Đại học Ngoại ngữ, Đại sứ quán Hàn Quốc tổ chức Lễ trao học bổng GKS.",
            "Lễ trao học bổng GKS",
            (5, 6, None, None),
            "Trường Đại học Ngoại ngữ",
        ),
    ],
)
def test_event_from_the_lead(
    lead: str, name: str, date: tuple[int, int, int | None, int | None], place: str, tmp_path: Path
) -> None:
    facts = _facts(f"Tiêu đề bài viết\n\n{lead}\n\nĐoạn thứ hai của bài.\n", tmp_path)
    event = facts.event
    assert event.name["vi"] == name
    assert event.date is not None
    assert (event.date.day, event.date.month, event.date.year, event.date.end_day) == date
    assert event.place == {"vi": place}


def test_organisers_with_do_and_brackets(tmp_path: Path) -> None:
    facts = _facts(
        "Hội chợ Hàng Việt Nam khai mạc tại Seoul.\n\n"
        "Hội chợ do Cục Xúc tiến thương mại (Bộ Công Thương) phối hợp với Hiệp hội Nhập khẩu Hàn Quốc (KOIMA) tổ chức.\n",
        tmp_path,
    )
    assert [o["vi"] for o in facts.event.organisers] == [
        "Cục Xúc tiến thương mại",
        "Hiệp hội Nhập khẩu Hàn Quốc (KOIMA)",
    ]


def test_no_date_is_never_invented(tmp_path: Path) -> None:
    facts = _facts("Kim ngạch thương mại tăng mạnh.\n\nNăm 2025 đạt 86,4 tỷ USD.\n", tmp_path)
    assert facts.event.date is None and facts.event.place is None


@pytest.mark.parametrize(
    "sentence, name, title, role",
    [
        (
            "GS.TS Nguyễn Thanh Bình, Phó Chủ tịch UBND TP.HCM, cho biết thêm.",
            "Nguyễn Thanh Bình",
            "GS.TS",
            "Phó Chủ tịch UBND TP.HCM",
        ),
        (
            "Bà Kim Soo-jin, Tổng Lãnh sự Hàn Quốc tại TP.HCM, cho biết.",
            "Kim Soo-jin",
            "",
            "Tổng Lãnh sự Hàn Quốc tại TP.HCM",
        ),
        (
            "TS. Lê Hoàng Nam, Viện trưởng Viện Vi mạch TP.HCM, đề xuất.",
            "Lê Hoàng Nam",
            "TS",  # the final dot is the title's, with or without it
            "Viện trưởng Viện Vi mạch TP.HCM",
        ),
        (
            "Chủ tịch UBND thành phố Đà Nẵng Lương Nguyễn Minh Triết cho biết.",
            "Lương Nguyễn Minh Triết",
            "",
            "Chủ tịch UBND thành phố Đà Nẵng",
        ),
        (
            "Theo Thủ tướng Hàn Quốc Han Duck-soo, hai nước hợp tác.",
            "Han Duck-soo",
            "",
            "Thủ tướng Hàn Quốc",
        ),
        ("NSND Lê Khanh sẽ biểu diễn.", "Lê Khanh", "NSND", ""),
        ("Ca khúc do ca sĩ Kang Min-kyung thể hiện.", "Kang Min-kyung", "", "ca sĩ"),
        (
            "Ông Trần Quốc Khánh, Phó Vụ trưởng Vụ Thị trường châu Á – châu Phi (Bộ Công Thương), cho biết.",
            "Trần Quốc Khánh",
            "",
            "Phó Vụ trưởng Vụ Thị trường châu Á – châu Phi (Bộ Công Thương)",
        ),
    ],
)
def test_people_titles_kept_apart_from_roles(
    sentence: str, name: str, title: str, role: str
) -> None:
    people = people_in(Segment("p1s1", 1, sentence))
    assert [(p.name, p.title, p.role.get("vi", "")) for p in people] == [(name, title, role)]


def test_two_people_in_one_sentence() -> None:
    sentence = "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Hàn Quốc Cho Tae-yul đã ký hiệp định."
    people = people_in(Segment("p1s1", 1, sentence))
    assert [(p.name, p.role["vi"]) for p in people] == [
        ("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao"),
        ("Cho Tae-yul", "Bộ trưởng Ngoại giao Hàn Quốc"),
    ]


@pytest.mark.parametrize(
    "sentence", ["Lễ hội diễn ra tại Hà Nội với nghệ sĩ Hàn Quốc.", "Ông cho biết về Đông Nam Á."]
)
def test_places_are_not_people(sentence: str) -> None:
    assert people_in(Segment("p1s1", 1, sentence)) == []


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("UBND TP.HCM cam kết hỗ trợ.", ["UBND TP.HCM"]),
        (
            "Đại diện Samsung Electronics, SK hynix và LG Innotek có mặt.",
            ["Samsung Electronics", "SK hynix", "LG Innotek"],
        ),
        ("Tập đoàn Lotte và Công ty CJ CGV ký kết.", ["Tập đoàn Lotte", "Công ty CJ CGV"]),
        (
            "Quỹ Đổi mới công nghệ quốc gia (NATIF) sẽ hỗ trợ.",
            ["Quỹ Đổi mới công nghệ quốc gia (NATIF)"],
        ),
        (
            "Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc đồng tổ chức.",
            ["Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc"],
        ),
    ],
)
def test_organisations(sentence: str, names: list[str]) -> None:
    from briefing.facts import organisations_in

    assert organisations_in(Segment("p1s1", 1, sentence)) == names


def test_acronym_and_short_forms_merge(tmp_path: Path) -> None:
    facts = _facts(
        "Quỹ Đổi mới công nghệ quốc gia (NATIF) hỗ trợ 30% kinh phí.\n\n"
        "NATIF cũng cấp voucher. Bộ Khoa học và Công nghệ chủ trì; Bộ KH&CN sẽ báo cáo.\n",
        tmp_path,
    )
    names = [o.name["vi"] for o in facts.organisations]
    assert names == ["Quỹ Đổi mới công nghệ quốc gia (NATIF)", "Bộ Khoa học và Công nghệ"]
    assert facts.organisations[0].segment_ids == ["p1s1", "p2s1"]


def test_a_body_named_with_and_without_its_places_unit_is_one(tmp_path: Path) -> None:
    """`Sở Du lịch TP. Đà Nẵng`, later `Sở Du lịch Đà Nẵng`: one department, named the
    first way; two units (`tỉnh`, `thành phố`) of one place name stay two."""
    facts = _facts(
        "Lễ hội do Sở Du lịch TP. Đà Nẵng phối hợp với KTO tổ chức.\n\n"
        "Sở Du lịch Đà Nẵng cho biết lễ hội thu hút 50.000 lượt khách.\n\n"
        "UBND tỉnh Bắc Ninh và UBND thành phố Bắc Ninh cùng dự.\n",
        tmp_path,
    )
    names = [o.name["vi"] for o in facts.organisations]
    assert "Sở Du lịch TP Đà Nẵng" in names and "Sở Du lịch Đà Nẵng" not in names
    assert {"UBND tỉnh Bắc Ninh", "UBND thành phố Bắc Ninh"} <= set(names)


def test_a_vietnamese_acronym_and_the_short_form_it_makes_merge(tmp_path: Path) -> None:
    """`Bộ Giáo dục và Đào tạo (GDĐT)`, then `Bộ GDĐT`: one ministry; Đ begins an acronym
    too."""
    facts = _facts(
        "Bộ Giáo dục và Đào tạo (GDĐT) phối hợp với NIIED tổ chức lễ trao học bổng.\n\n"
        "Thứ trưởng Bộ GDĐT Trần Thị Ngọc Lan phát biểu.\n",
        tmp_path,
    )
    names = [o.name["vi"] for o in facts.organisations]
    assert "Bộ Giáo dục và Đào tạo (GDĐT)" in names
    assert "Bộ GDĐT" not in names


def test_a_korean_ministry_is_no_short_form_of_a_vietnamese_one(tmp_path: Path) -> None:
    """`교육부` beside `베트남 교육훈련부` and `교육훈련부`: Korea's ministry, its own."""
    facts = _facts(
        "총장 포럼\n\n"
        "대교협과 베트남 교육훈련부가 공동 주최하는 포럼이 부산에서 열린다. 교육부와 한국장학재단이 후원한다.\n\n"
        "응우옌 반 푹 교육훈련부 차관이 대표단을 이끈다.\n",
        tmp_path,
        "a.ko.txt",
    )
    names = [o.name["ko"] for o in facts.organisations]
    assert "교육부" in names and "베트남 교육훈련부" in names


def test_an_office_named_with_its_owners_short_form_then_by_it_is_one(tmp_path: Path) -> None:
    """`한국국제협력단(KOICA) 베트남사무소` and, later, `KOICA 베트남사무소`: one office, named
    the first way."""
    facts = _facts(
        "홍수 경보 사업 서명\n\n"
        "한국국제협력단(KOICA) 베트남사무소는 껀터시 인민위원회와 협의의사록에 서명했다.\n\n"
        "문지현 KOICA 베트남사무소장은 피해를 줄이겠다고 말했다.\n",
        tmp_path,
        "a.ko.txt",
    )
    names = [o.name["ko"] for o in facts.organisations]
    assert "한국국제협력단(KOICA) 베트남사무소" in names
    assert "KOICA 베트남사무소" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # `Sở KH&ĐT` spells `Sở Kế hoạch và Đầu tư`: Đ is the initial of Đầu
        (
            "Theo Sở Kế hoạch và Đầu tư (Sở KH&ĐT) tỉnh Bắc Ninh, vốn tăng.\n\n"
            "Giám đốc Sở KH&ĐT giới thiệu quỹ đất.\n",
            "Sở Kế hoạch và Đầu tư",
        ),
        # `Trường Sơn 51%` in a list is the company whose name ends with it, not a school
        (
            "Công ty CP Năng lượng Trường Sơn ký thỏa thuận với đối tác.\n\n"
            "Cơ cấu sở hữu: Trường Sơn 51% – đối tác 49%.\n",
            "Công ty CP Năng lượng Trường Sơn",
        ),
    ],
)
def test_a_short_form_is_its_long_forms_body(text: str, name: str, tmp_path: Path) -> None:
    facts = _facts(text, tmp_path)
    assert [o.name["vi"] for o in facts.organisations] == [name]


def test_a_latin_name_in_brackets_is_the_same_body(tmp_path: Path) -> None:
    """`Tập đoàn Dược phẩm Hanul (Hanul Pharmaceutical, Hàn Quốc)` names one body twice;
    `Cục Xúc tiến thương mại (Bộ Công Thương)` names a department and its ministry."""
    facts = _facts(
        "Tập đoàn Dược phẩm Hanul (Hanul Pharmaceutical, Hàn Quốc) khởi công nhà máy.\n\n"
        "Trong đó, Hanul Pharmaceutical nắm giữ 51% vốn điều lệ.\n\n"
        "Cục Xúc tiến thương mại (Bộ Công Thương) cho biết Bộ Công Thương sẽ hỗ trợ.\n",
        tmp_path,
    )
    names = [o.name["vi"] for o in facts.organisations]
    assert "Hanul Pharmaceutical" not in names
    assert "Tập đoàn Dược phẩm Hanul" in names and "Bộ Công Thương" in names
    hanul = next(o for o in facts.organisations if o.name["vi"] == "Tập đoàn Dược phẩm Hanul")
    assert hanul.segment_ids == ["p1s1", "p2s1"]


def test_a_registered_english_name_in_brackets_is_the_same_company(tmp_path: Path) -> None:
    """`Công ty CP Thiết bị Y tế Trường An (TAMED JSC)`: a name with its legal form in
    brackets is the company's registered English name, though it shares no word; a Latin
    name its legal form closes is a company (`Sungjin Medical Co., Ltd.`)."""
    facts = _facts(
        "Công ty CP Thiết bị Y tế Trường An (TAMED JSC) là đơn vị trúng thầu.\n\n"
        "Hai máy do hãng Sungjin Medical Co., Ltd. sản xuất.\n",
        tmp_path,
    )
    names = [o.name["vi"] for o in facts.organisations]
    assert names == ["Công ty CP Thiết bị Y tế Trường An", "Sungjin Medical Co., Ltd."]


@pytest.mark.parametrize(
    "sentence, text, label",
    [
        (
            "Thành phố dành 1.500 tỷ đồng cho chương trình đào tạo kỹ sư bán dẫn.",
            "1.500 tỷ đồng",
            "chương trình đào tạo kỹ sư bán dẫn",
        ),
        (
            "Kim ngạch thương mại song phương năm 2025 đạt 86,4 tỷ USD, tăng 7,2% so với năm trước.",
            "86,4 tỷ USD",
            "Kim ngạch thương mại song phương năm 2025",
        ),
        (
            "Kim ngạch thương mại song phương năm 2025 đạt 86,4 tỷ USD, tăng 7,2% so với năm trước.",
            "7,2%",
            "mức tăng của Kim ngạch thương mại song phương năm 2025 (so với năm trước)",
        ),
        ("Chương trình đào tạo 5.000 kỹ sư bán dẫn.", "5.000", "đào tạo kỹ sư bán dẫn"),
        (
            "Hai bên ký 12 biên bản ghi nhớ với tổng vốn đăng ký 2,3 tỷ USD.",
            "2,3 tỷ USD",
            "tổng vốn đăng ký của biên bản ghi nhớ",
        ),
        ("Trong đó vốn Hàn Quốc chiếm khoảng 40%.", "40%", "vốn Hàn Quốc"),
        ("Số lưu học sinh Việt Nam đã vượt 43.000 người.", "43.000", "Số lưu học sinh Việt Nam"),
        (
            "Chương trình đào tạo giai đoạn 2026–2030.",
            "2026–2030",
            "Chương trình đào tạo giai đoạn",
        ),
        # `có` ties a value to its owner; a hedge before it is not part of the owner
        (
            "Dự án có tổng vốn đầu tư dự kiến 300 triệu USD.",
            "300 triệu USD",
            "tổng vốn đầu tư của Dự án",
        ),
        ("Nhà máy dự kiến có vốn đầu tư 300 triệu USD.", "300 triệu USD", "vốn đầu tư của Nhà máy"),
        ("Khu công nghiệp có diện tích 450 ha.", "450 ha", "diện tích của Khu công nghiệp"),
        (
            "KEPCO hiện vận hành 2 nhà máy điện tại Việt Nam với tổng công suất 2.400 MW.",
            "2.400 MW",
            "tổng công suất của 2 nhà máy điện tại Việt Nam",
        ),
        (
            "Theo ông, năm 2025 kim ngạch xuất khẩu nông sản sang Hàn Quốc đạt 2,1 tỷ USD.",
            "2,1 tỷ USD",
            "kim ngạch xuất khẩu nông sản sang Hàn Quốc năm 2025",
        ),
        ("Các bên đã trao 5 giấy chứng nhận đầu tư.", "5", "trao giấy chứng nhận đầu tư"),
        # the noun after sau ends a clause inside the subject: no label, not "sự kiện"
        (
            "Ông Kim kỳ vọng giá trị các hợp đồng được ký sau sự kiện có thể đạt 55 triệu USD.",
            "55 triệu USD",
            None,
        ),
        # pyvi's giảm_phát (deflation) + thải is giảm + phát thải (emissions)
        ("Nhà máy sẽ giúp giảm phát thải khoảng 210.000 tấn CO2.", "210.000 tấn", "phát thải CO2"),
        ("Quỹ bảo lãnh 40% dư nợ gốc nhằm giảm chi phí vốn.", "40%", "dư nợ gốc"),
        (
            "Nhà máy dự kiến vận hành thương mại vào năm 2028.",
            "năm 2028",
            "Nhà máy vận hành thương mại",
        ),
        (
            "Tỷ lệ điện tái tạo của các nhà máy sẽ tăng từ 8% lên khoảng 35%.",
            "35%",
            "Tỷ lệ điện tái tạo của các nhà máy",
        ),
        ("Lương là 1.500 USD, trong khi ở Hàn Quốc là khoảng 4.800 USD.", "4.800 USD", None),
        ("Doanh nghiệp ở Hàn Quốc đạt 5 triệu USD.", "5 triệu USD", "Doanh nghiệp ở Hàn Quốc"),
    ],
)
def test_labels_name_what_a_figure_measures(sentence: str, text: str, label: str) -> None:
    figures = {f.text: f for f in figures_in(Segment("p1s1", 1, sentence))}
    assert figures[text].measure.get("vi") == label


def test_a_range_is_one_period() -> None:
    (figure,) = figures_in(Segment("p1s1", 1, "Kế hoạch giai đoạn 2026–2030 được duyệt."))
    assert (figure.kind, figure.value, figure.high) == ("period", 2026, 2030)


def test_headline_is_the_whole_title(tmp_path: Path) -> None:
    headline = "Hội thảo Hợp tác Bán dẫn Việt Nam – Hàn Quốc 2026: Hướng tới chuỗi cung ứng bền vững và nguồn nhân lực chất lượng cao"
    path = tmp_path / "a.txt"
    path.write_text(
        f"{headline}\n\nTP.HCM, ngày 15/3/2026 – Hội thảo đã diễn ra.\n", encoding="utf-8"
    )
    article, paragraphs = load(path)
    document = segment(article, paragraphs)
    assert article.title == headline and "…" not in article.title
    assert document.segments[0].kind == "heading"


def test_unpunctuated_article_is_cut_and_warned(tmp_path: Path) -> None:
    line = "hợp tác giữa hai nước trong lĩnh vực công nghệ số và trí tuệ nhân tạo được đẩy mạnh "
    path = tmp_path / "a.txt"
    path.write_text("Tiêu đề\n\n" + line * 300, encoding="utf-8")  # 27 KB, one block, no full stop
    article, paragraphs = load(path)
    document = segment(article, paragraphs)
    assert max(len(s.text) for s in document.segments) <= 1000
    assert len(document.segments) > 20
    assert article.warnings and "punctuation" in article.warnings[0]


def test_place_after_the_event_name_and_a_mixed_case_acronym(tmp_path: Path) -> None:
    facts = _facts(
        "Tiêu đề\n\nNgày 26/11, UBND TP Cần Thơ phối hợp với Hiệp hội Doanh nghiệp Hàn Quốc "
        "tại Việt Nam (KoCham) tổ chức Hội nghị xúc tiến đầu tư Cần Thơ – Hàn Quốc năm 2026 "
        "tại Trung tâm Hội nghị thành phố.\n",
        tmp_path,
    )
    assert facts.event.place == {"vi": "Trung tâm Hội nghị thành phố"}
    assert [o["vi"] for o in facts.event.organisers] == [
        "UBND TP Cần Thơ",
        "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham)",
    ]


def test_a_venue_keeps_the_city_of_the_agency_dateline(tmp_path: Path) -> None:
    """Issue 19: the dateline's city, taken out of the text, is kept beside a venue that
    names no place; a venue that names one keeps its own."""
    from briefing.facts import extract
    from briefing.segment import load, segment

    cases = {
        "a.vi.txt": "Hội thảo bán dẫn Việt – Hàn\n\nSeoul (TTXVN) – Ngày 5/3, tại Khách sạn Lotte,"
        " Bộ Khoa học và Công nghệ tổ chức Hội thảo bán dẫn Việt – Hàn.\n",
        "b.ko.txt": "한-베 물류 포럼 개최\n\n(부산=연합뉴스) 김민수 기자 = 부산시는 5일 웨스틴조선호텔에서"
        " '한-베 물류 포럼'을 개최했다.\n",
        "c.ko.txt": "한-베 포럼 개최\n\n(서울=연합뉴스) 김민수 기자 = 과기정통부는 5일 하노이 롯데호텔에서"
        " '한-베 디지털 포럼'을 개최했다.\n",
        "d.ko.txt": "한-베 포럼 개최\n\n(서울=연합뉴스) 김민수 기자 = 과기정통부는 5일 베트남 하노이에서"
        " '한-베 디지털 포럼'을 열었다. 포럼은 롯데호텔에서 개최됐다.\n",
    }
    places = {}
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        article, paragraphs = load(path)
        event = extract(segment(article, paragraphs)).facts.event
        places[name] = next(iter((event.place or {}).values()), "")
    assert places == {
        "a.vi.txt": "Khách sạn Lotte, Seoul",
        "b.ko.txt": "부산 웨스틴조선호텔",
        "c.ko.txt": "하노이 롯데호텔",
        "d.ko.txt": "베트남 하노이 롯데호텔",  # the lead's city, not Seoul, the desk's
    }


@pytest.mark.parametrize(
    ("name", "names", "meant"),
    [
        ("Dongsan Group", ["Tập đoàn Dongsan", "Dongsan Group"], "Tập đoàn Dongsan"),
        (
            "Quỹ Saebit",
            ["Quỹ Văn hóa Hàn – Việt Saebit", "Quỹ Saebit"],
            "Quỹ Văn hóa Hàn – Việt Saebit",
        ),
        (
            "Seojin Textile",
            ["Seojin Textile Co., Ltd.", "Seojin Textile"],
            "Seojin Textile Co., Ltd.",
        ),
        # two longer names end alike: which one is meant is not known
        ("Quỹ Saebit", ["Quỹ Văn hóa Saebit", "Quỹ Học bổng Saebit", "Quỹ Saebit"], "Quỹ Saebit"),
        ("Lotte Group", ["Tập đoàn Dongsan", "Lotte Group"], "Lotte Group"),
        # the name without its legal form
        (
            "Ngân hàng Hanbit Việt Nam",
            ["Ngân hàng TNHH MTV Hanbit Việt Nam", "Ngân hàng Hanbit Việt Nam"],
            "Ngân hàng TNHH MTV Hanbit Việt Nam",
        ),
    ],
)
def test_one_vietnamese_organisation_by_its_forms(name: str, names: list[str], meant: str) -> None:
    from briefing.facts.vi.organisations import canonical

    assert canonical(name, names) == meant


def test_a_consortium_is_its_members_names_not_a_pair_of_countries(tmp_path: Path) -> None:
    text = (
        "Liên danh Hàn – Việt trúng dự án điện rác tại Cần Thơ\n\n"
        "Nhà đầu tư trúng thầu là Liên danh Hanul Eco Energy – Mekong Green, gồm hai công ty.\n"
    )
    names = [o.name["vi"] for o in _facts(text, tmp_path, "a.vi.txt").organisations]
    assert "Liên danh Hanul Eco Energy – Mekong Green" in names
    assert not any(n.startswith("Liên danh Hàn") for n in names)


def test_a_broadcast_report_says_what_was_held(tmp_path: Path) -> None:
    """A TV script's anchor speaks first; the reporter's words (`Phóng viên: Lễ khánh thành
    … được tổ chức sáng 28/11 tại …`) name the event and where it was held."""
    text = (
        "Nghệ An khánh thành trung tâm đào tạo\n\nThời sự tối | 19:42 | 28/11/2026\n\n"
        "(NTV) – Kính thưa quý vị, thiếu thợ sửa chữa ô tô là bài toán chung. Nhiều gara "
        "không tìm được người. Sáng nay, một trung tâm đào tạo đã đi vào hoạt động.\n\n"
        "Phóng viên: Lễ khánh thành Trung tâm đào tạo kỹ thuật viên ô tô Việt – Hàn được tổ "
        "chức sáng 28/11 tại Trường Cao đẳng Công nghệ Hồng Lam (phường Trường Vinh, tỉnh "
        "Nghệ An).\n"
    )
    event = _facts(text, tmp_path, "a.vi.txt").event
    assert event.name == {"vi": "Lễ khánh thành Trung tâm đào tạo kỹ thuật viên ô tô Việt – Hàn"}
    assert event.place == {
        "vi": "Trường Cao đẳng Công nghệ Hồng Lam (phường Trường Vinh, tỉnh Nghệ An)"
    }


def test_a_label_stays_in_its_list_item(tmp_path: Path) -> None:
    """`• … chiếm 37,5%` then `• Thời gian thực hiện: 3 năm`: the next item's words are no
    label of this one's figure; they are the label of the next item's own length of time."""
    text = (
        "Thông cáo\n\nKết quả chính của chương trình:\n\n"
        "• 9 đề tài thuộc lĩnh vực trí tuệ nhân tạo, chiếm 37,5%\n"
        "• Thời gian thực hiện: 3 năm\n"
    )
    facts = _facts(text, tmp_path, "a.vi.txt")
    labels = {f.text: f.measure.get("vi", "") for f in facts.figures}
    assert labels["3 năm"] == "Thời gian thực hiện"
    assert not any("Thời gian" in label for text, label in labels.items() if text != "3 năm")
    share = next(f for f in facts.figures if f.text == "37,5%")
    assert share.measure["vi"] == "đề tài thuộc lĩnh vực trí tuệ nhân tạo"  # its own item's


def test_two_figures_of_one_value_are_two_facts_unless_said_again(tmp_path: Path) -> None:
    """One value in two sentences is one figure when its labels say the same thing (or one is
    a fact box's line), two when they share only a word (`새우`)."""
    text = (
        "제목\n\n"
        "까마우성은 베트남 새우 생산량의 약 40%를 차지하는 최대 산지다.\n\n"
        '대표는 "현재 40% 안팎인 현지 양식장 새우 생존율을 75%까지 끌어올리겠다"고 말했다.\n\n'
        "올해 수출액은 230만 달러로 늘었다.\n\n"
        "- 수출액: 230만 달러\n"
    )
    facts = _facts(text, tmp_path, "a.ko.txt")
    forty = sorted(f.measure.get("ko", "") for f in facts.figures if f.value == 40)
    assert forty == ["베트남 새우 생산량 중 까마우성", "현지 양식장 새우 생존율"]
    assert [f.value for f in facts.figures].count(2_300_000) == 1


def test_a_subtitle_sums_up_the_body_in_other_words(tmp_path: Path) -> None:
    """A subtitle's line under the headline states a body figure again in few words: one
    figure; a count of another thing (`가구`, `대`) in a press release's `□` paragraph is
    not a subtitle's."""
    text = (
        "관세청, 베트남과 전자통관 협력\n\n"
        "보도자료\n\n"
        "- 베트남 전자통관 현대화 사업에 4천500만 달러 규모 협력 추진 – 양돈 농가에 바이오가스"
        " 설비 보급, 원격 계측기 4천200여 대 설치 – 제7차 한-베트남 관세청장회의 개최\n\n"
        "□ 전체 사업 규모는 약 4천500만 달러이며, 국내 기업이 참여한다.\n\n"
        "□ 사업은 양돈 농가 4천200여 가구에 바이오가스 설비를 보급한다.\n"
    )
    facts = _facts(text, tmp_path, "a.ko.txt")
    sums = [f for f in facts.figures if f.value == 45_000_000]
    assert [f.measure.get("ko") for f in sums] == ["전체 사업 규모"]
    assert len([f for f in facts.figures if f.value == 4200]) == 2  # 가구, 대


def test_a_features_scene_comes_before_what_was_held(tmp_path: Path) -> None:
    """A feature opens on a scene; the event, its dates, place and organisers come in a later
    paragraph (`Đó là đêm khai mạc …, diễn ra từ ngày … tại …`)."""
    text = (
        "Rộn ràng Tuần lễ Văn hóa Hàn Quốc bên bờ biển Đà Nẵng\n\n"
        "Tối nay, khu vực quảng trường ven biển chật kín người. Tiếng trống hòa cùng mùi bánh "
        "gạo cay. Không khí chẳng khác gì một góc phố Seoul. Nhiều gia đình đến từ sớm.\n\n"
        "Đó là đêm khai mạc Tuần lễ Văn hóa Hàn Quốc tại Đà Nẵng 2026, diễn ra từ ngày 27/11 "
        "đến 1/12/2026 tại Công viên Biển Đông, phường Sơn Trà. Sự kiện do Sở Văn hóa, Thể thao "
        "và Du lịch thành phố Đà Nẵng phối hợp với Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng tổ "
        "chức.\n"
    )
    event = _facts(text, tmp_path, "a.vi.txt").event
    assert event is not None and event.date is not None
    assert event.name["vi"] == "Tuần lễ Văn hóa Hàn Quốc tại Đà Nẵng 2026"
    assert (event.date.day, event.date.month, event.date.year) == (27, 11, 2026)
    assert (event.date.end_day, event.date.end_month) == (1, 12)
    assert event.place == {"vi": "Công viên Biển Đông"}
    assert [o["vi"] for o in event.organisers] == [
        "Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng",
        "Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng",
    ]


def test_a_korean_event_told_late_or_yesterday(tmp_path: Path) -> None:
    """A blog's greeting first, then the event in the 해요체 (`… 착수식'이 열렸어요`); a
    broadcast's `어제` is the day before the page's date."""
    blog = (
        "후에에 스마트 상수도가 온다\n\n"
        "2026년 11월 19일 | 카테고리: 개발협력 현장 | 조회 386\n\n"
        "안녕하세요! 오늘은 베트남 중부의 고도 후에에서 반가운 소식을 전해 드리려고 해요. "
        "흐엉강을 따라 왕궁이 늘어선 이 도시에서 새 사업이 첫발을 뗐거든요.\n\n"
        "지난 11월 17일, 후에시 인민위원회 대회의실에서 '후에 스마트 상수도 개선사업 "
        "착수식'이 열렸어요.\n"
    )
    event = _facts(blog, tmp_path, "blog.ko.txt").event
    assert event is not None and event.date is not None
    assert event.name == {"ko": "후에 스마트 상수도 개선사업 착수식"}
    assert (event.date.day, event.date.month) == (17, 11)
    assert event.place == {"ko": "후에시 인민위원회 대회의실"}
    news = (
        "부산항-하이퐁항 손잡았다\n\n"
        "KBS부산 뉴스9 | 2026.11.27.(금) 21:07 | 정민호 기자\n\n"
        "부산항만공사와 베트남 하이퐁 항만청이 어제 부산항만공사 본사 대회의실에서 "
        "'부산항-하이퐁항 물류협력 업무협약 체결식'을 열었습니다.\n"
    )
    event = _facts(news, tmp_path, "news.ko.txt").event
    assert event is not None and event.date is not None
    assert (event.date.year, event.date.month, event.date.day) == (2026, 11, 26)
    assert event.place == {"ko": "부산항만공사 본사 대회의실"}


def test_a_korean_release_day_is_not_the_events(tmp_path: Path) -> None:
    """`…체결했다고 4일 밝혔다` dates the news; the signing was `3일` (`체결식은 3일 …
    열렸으며`)."""
    release = (
        "세림바이오, 베트남 메디코 사이공과 합작법인 설립\n\n"
        "보도일시: 2026년 11월 4일(수) 배포 즉시\n\n"
        "세림바이오는 베트남 의약품 유통기업 메디코 사이공과 합작법인을 설립하는 계약을 "
        "체결했다고 4일 밝혔다.\n\n"
        "계약 체결식은 3일 서울 강서구 마곡동 세림바이오 본사에서 열렸으며, 양사 대표가 "
        "참석했다.\n"
    )
    event = _facts(release, tmp_path, "release.ko.txt").event
    assert event is not None and event.date is not None
    assert (event.date.year, event.date.month, event.date.day) == (2026, 11, 3)


def test_times_of_day_and_years_of_study_are_no_figures(tmp_path: Path) -> None:
    """`Đăng lúc 21:40`, `từ 16h00 đến 22h00` tell the time, `sinh viên năm 3` a student's
    year; `lưu trú trung bình 3,5 đêm` is a length of stay."""
    text = (
        "Tuần lễ Văn hóa Hàn Quốc\n\n"
        "Đà Nẵng Hôm Nay – Đăng lúc 21:40, 27/11/2026\n\n"
        "Khu gian hàng mở cửa từ 16h00 đến 22h00 mỗi ngày. Em Lò Thị Mai, sinh viên năm 3 "
        "ngành Ngôn ngữ Hàn Quốc, chia sẻ niềm vui. Thời gian lưu trú trung bình 3,5 đêm.\n\n"
        "Loa phát định kỳ lúc 5h, 11h và 17h hằng ngày. Đường dây nóng: 1577-0071.\n"
    )
    figures = _facts(text, tmp_path, "a.vi.txt").figures
    assert [(f.value, f.unit) for f in figures] == [(3.5, "night")]


def test_a_troupe_whose_name_opens_like_a_person_is_no_person(tmp_path: Path) -> None:
    """`Đoàn` is a surname and a troupe's kind: `các diễn viên Đoàn Ca múa nhạc Sông Hậu`
    names the troupe, not a performer called Đoàn Ca."""
    text = (
        "Tuần lễ Văn hóa Hàn Quốc tại Cần Thơ\n\n"
        "NSƯT Trần Ngọc Lan cùng các diễn viên Đoàn Ca múa nhạc Sông Hậu trình diễn tiết mục "
        "mở màn.\n"
    )
    facts = _facts(text, tmp_path, "a.vi.txt")
    assert [p.name for p in facts.people] == ["Trần Ngọc Lan"]
    assert {"vi": "Đoàn Ca múa nhạc Sông Hậu"} in [o.name for o in facts.organisations]


def test_a_name_inside_a_body_whose_first_words_were_its_role_is_no_person(
    tmp_path: Path,
) -> None:
    """`Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Đà Nẵng`: `Hàn` is a surname, but `Hàn Dân
    Quốc` sits inside the consulate's name, its "role" the name's first words; a body read
    on into a name after it (`Bộ Công Thương Nguyễn Văn An`) keeps its person."""
    text = (
        "Khai mạc lễ hội\n\n"
        "UBND thành phố Đà Nẵng phối hợp với Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Đà Nẵng "
        "khai mạc lễ hội. Thứ trưởng Bộ Công Thương Nguyễn Văn An dự lễ.\n"
    )
    facts = _facts(text, tmp_path, "a.vi.txt")
    assert [p.name for p in facts.people] == ["Nguyễn Văn An"]
    names = [o.name["vi"] for o in facts.organisations]
    assert "Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Đà Nẵng" in names
    assert "Bộ Công Thương" in names


def test_a_short_form_in_brackets_with_the_same_head_word_is_the_same_body(
    tmp_path: Path,
) -> None:
    """`Ban Quản lý dự án … thành phố Hà Nội (Ban QLDA Giao thông Hà Nội)`: a short form in
    Vietnamese letters, sharing the head word and holding an abbreviation, names the body
    before it, as a Latin one does."""
    text = (
        "Ký hợp đồng\n\n"
        "Ngày 1/12, Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội "
        "(Ban QLDA Giao thông Hà Nội) đã tổ chức lễ ký kết. Ông Phạm Văn Hiếu, Giám đốc Ban "
        "QLDA Giao thông Hà Nội, phát biểu.\n"
    )
    names = [o.name["vi"] for o in _facts(text, tmp_path, "a.vi.txt").organisations]
    assert names == ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội"]


def test_a_korean_event_s_last_day_said_after_where_or_as_days_in_its_sentence(
    tmp_path: Path,
) -> None:
    """`오는 10일까지 대구와 구미에서 이어진다`: the last day, where between it and the verb;
    `1일 … 개막해 2일 … 이틀간 이어졌다`: two days from the first, in the date's sentence."""
    week = (
        "문화주간 개막\n\n"
        "'대구 베트남 문화주간'이 12월 5일 대구 엑스코에서 개막했다.\n\n"
        "문화주간은 오는 10일까지 대구와 구미에서 이어진다.\n"
    )
    date = _facts(week, tmp_path, "week.ko.txt").event.date
    assert date is not None and (date.day, date.end_day, date.end_month) == (5, 10, 12)
    seminar = (
        "세미나 개막\n\n"
        "'조선해양 산업협력 세미나'가 12월 1일 창원컨벤션센터에서 개막해 2일 거제로 자리를 "
        "옮겨 이틀간 이어졌다.\n"
    )
    date = _facts(seminar, tmp_path, "seminar.ko.txt").event.date
    assert date is not None and (date.day, date.end_day, date.end_month) == (1, 2, 12)
    # "3일 사흘간의 일정을 마치고 폐막했다": the day it closed, after three days
    fair = (
        "박람회 폐막\n\n'2026 호찌민 K-소비재 박람회'가 12월 3일 사흘간의 일정을 마치고 폐막했다.\n"
    )
    date = _facts(fair, tmp_path, "fair.ko.txt").event.date
    assert date is not None and (date.day, date.end_day, date.end_month) == (1, 3, 12)
    # "포럼은 내일까지 이어지며": opened today, it lasts until the day after the one posted
    forum = (
        "포럼 개막\n\n입력 : 2026-11-20 15:42\n\n'대학총장 포럼'이 오늘 대구 엑스코에서 "
        "개막했다.\n\n한국 대학 38곳이 참석했다.\n\n포럼은 내일까지 이어진다.\n"
    )
    date = _facts(forum, tmp_path, "forum.ko.txt").event.date
    assert date is not None and (date.day, date.end_day, date.end_month) == (20, 21, 11)


def test_an_age_is_a_figure_and_a_generation_is_none(tmp_path: Path) -> None:
    """`평균 연령 33세의 젊은 시장`: an age, labelled by the noun before it (not the adjective
    after it); `다문화 가정 2세`: the second generation, no age."""
    text = (
        "문화 축제\n\n"
        "베트남은 인구 1억 명, 평균 연령 33세의 젊은 시장이다. 다문화 가정 2세인 박하늘 씨가 "
        "통역을 맡았다.\n"
    )
    figures = _facts(text, tmp_path, "a.ko.txt").figures
    ages = [(f.value, f.unit, f.measure.get("ko")) for f in figures if f.unit == "age"]
    assert ages == [(33, "age", "평균 연령")]


def test_a_hotel_s_stars_are_no_figure(tmp_path: Path) -> None:
    """`khách sạn 5 sao`: a rating; the `5 biên bản ghi nhớ` after it is the figure."""
    text = "Đoàn công tác\n\nĐoàn lưu trú tại khách sạn 5 sao và ký 5 biên bản ghi nhớ hợp tác.\n"
    figures = _facts(text, tmp_path, "a.vi.txt").figures
    assert [(f.value, f.measure.get("vi")) for f in figures] == [(5, "ký biên bản ghi nhớ hợp tác")]


def test_a_korean_count_of_a_size_is_labelled_by_what_has_that_size(tmp_path: Path) -> None:
    """`55만 대 규모로 커질`: the topic that grows to that size; `80여 명 규모의 경제사절단`: what
    is that size. `규모` alone says nothing."""
    text = (
        "시장 전망\n\n"
        "베트남 자동차 시장은 올해 55만 대 규모로 커질 것으로 본다. 대한상의는 80여 명 규모의 "
        "경제사절단을 꾸렸다.\n"
    )
    labels = [f.measure.get("ko") for f in _facts(text, tmp_path, "a.ko.txt").figures]
    assert labels == ["베트남 자동차 시장", "경제사절단"]


def test_a_korean_venue_after_a_latin_bracket(tmp_path: Path) -> None:
    """`하롱국제종합병원(Bệnh viện … Hạ Long) 본관 강당에서`: the place is the hospital's hall, not
    the bracket's last word `Long)`; `황보수진` has a two-syllable surname, and `황보 과장`
    later is the same person, not one called 황보."""
    news = (
        "한결대병원, 베트남에 원격협진센터 개소\n\n"
        "입력 2026-12-01 09:00\n\n"
        "한결대학교병원은 지난달 28일 베트남 꽝닌성 하롱국제종합병원(Bệnh viện Đa khoa Quốc tế "
        "Hạ Long) 본관 강당에서 원격협진센터 개소식을 열었다.\n\n"
        '황보수진 한결대학교병원 국제진료센터장은 "협진을 늘리겠다"고 말했다. 황보 센터장은 '
        "내년에 의료진 10명을 파견한다고 밝혔다.\n"
    )
    facts = _facts(news, tmp_path, "news.ko.txt")
    assert facts.event.place == {"ko": "하롱국제종합병원 본관 강당"}
    assert [p.name for p in facts.people] == ["황보수진"]


def test_a_branch_named_again_by_its_last_word_is_the_same_body() -> None:
    """`호찌민지부는` after `한국무역협회(KITA) 호찌민지부` is that branch; with two bodies that
    end so, the short form stays as it is."""
    from briefing.facts.ko.organisations import canonical

    names = ["한국무역협회(KITA) 호찌민지부", "호찌민지부"]
    assert canonical("호찌민지부", names) == "한국무역협회(KITA) 호찌민지부"
    two = ["KOTRA 하노이 사무소", "KOICA 하노이 사무소", "사무소"]
    assert canonical("사무소", two) == "사무소"


def test_a_department_named_again_alone_is_the_one_under_its_body() -> None:
    """`외국인투자청` after `베트남 재무부 외국인투자청(FIA)` is that department; a body under a
    place (`베트남 하이퐁시 하이퐁항만공사`) is not folded into the place's longer name."""
    from briefing.facts.ko.organisations import canonical

    names = ["베트남 재무부 외국인투자청(FIA)", "외국인투자청"]
    assert canonical("외국인투자청", names) == "베트남 재무부 외국인투자청(FIA)"
    placed = ["베트남 하이퐁시 하이퐁항만공사", "하이퐁항만공사"]
    assert canonical("하이퐁항만공사", placed) == "하이퐁항만공사"


def test_a_korean_persons_unit_before_the_name_is_in_the_role(tmp_path: Path) -> None:
    """`인사팀 김하린 과장님`: the team is part of the position; `삼성과 김민수 대표` is a list
    (과, a particle), no unit."""
    text = (
        "채용박람회 다녀왔어요\n\n"
        "인사팀 김하린 과장님 말로는 직원을 더 뽑는대요. 행사에는 삼성과 김민수 대표가 왔어요.\n"
    )
    roles = _roles(text, tmp_path, "ko")
    assert roles["김하린"] == "인사팀 과장"
    assert roles["김민수"] == "대표"


def test_a_korean_unit_already_in_the_role_is_not_added_again(tmp_path: Path) -> None:
    """`국어국문학과 김소연 교수`: the sentence's rule reads the department into the role;
    the article-wide pass must not put it there twice (was `국어국문학과 국어국문학과 교수`)."""
    text = "연수 소식\n\n연수 강사로 참여한 국어국문학과 김소연 교수는 자료를 소개했다.\n"
    roles = _roles(text, tmp_path, "ko")
    assert roles["김소연"] == "국어국문학과 교수"


def test_a_caption_listing_the_next_people_gives_no_role(tmp_path: Path) -> None:
    """`Từ trái qua: NSND Lê Thu Cúc, Tham tán Park So-yeon và …`: what follows the comma
    is the next person, with her post; the body's role for Lê Thu Cúc is hers. A role cut
    before another's name at `và` keeps what comes before it."""
    text = (
        "Lễ hội văn hóa Hàn Quốc tại Huế\n\n"
        "Từ trái qua: NSND Lê Thu Cúc, Tham tán Park So-yeon và Phó Chủ tịch UBND thành phố "
        "Trương Công Nhật tại lễ khai mạc.\n\n"
        "Mở màn, NSND Lê Thu Cúc, Giám đốc Nhà hát Nghệ thuật truyền thống Cung đình Huế, "
        "cùng các nghệ sĩ biểu diễn. Bà Park So-yeon, Tham tán Văn hóa Đại sứ quán Hàn Quốc, "
        "phát biểu. Ông Trương Công Nhật, Phó Chủ tịch UBND thành phố Huế, dự lễ.\n"
    )
    roles = _roles(text, tmp_path, "vi")
    assert roles["Lê Thu Cúc"] == "Giám đốc Nhà hát Nghệ thuật truyền thống Cung đình Huế"
    assert roles["Park So-yeon"] == "Tham tán Văn hóa Đại sứ quán Hàn Quốc"


def test_a_korean_post_of_one_word_takes_its_full_form_from_the_headline(tmp_path: Path) -> None:
    """`부티투옛(Vu Thi Tuyet) 상무참사관` in the body, the post in full after the name in the
    headline (`[인터뷰] 부티투옛 주한 베트남대사관 상무참사관 "…"`): the post in full; a post
    the article never writes longer stays as it is."""
    text = (
        '[인터뷰] 부티투옛 주한 베트남대사관 상무참사관 "지금이 진출 적기"\n\n'
        "행사를 앞두고 부티투옛(Vu Thi Tuyet) 상무참사관을 대사관에서 만났다. "
        "응오히엡(Ngo Hiep) 대사도 참석한다.\n"
    )
    roles = _roles(text, tmp_path, "ko")
    assert roles["부티투옛"] == "주한 베트남대사관 상무참사관"
    assert roles["응오히엡"] == "대사"


def test_a_korean_sum_with_its_equivalent_in_brackets_is_labelled_after_them(
    tmp_path: Path,
) -> None:
    """`1조2천억 동(약 4,600만 달러)의 피해`: the damage, for both sums; a field's marks are no
    part of its label (`▲ 총사업비: …`: 총사업비)."""
    text = (
        "후에 홍수 경보 사업\n\n"
        "후에시는 2025년 홍수로만 1조2천억 동(약 4,600만 달러)의 피해를 입었다.\n\n"
        "▲ 사업 기간: 2027~2031년(5년)\n"
        "▲ 총사업비: 1,850만 달러(약 255억 원)\n"
    )
    labels = {f.text: f.measure.get("ko") for f in _facts(text, tmp_path, "a.ko.txt").figures}
    assert labels["1조2천억 동"] == "피해" and labels["4,600만 달러"] == "피해"
    assert labels["1,850만 달러"] == "총사업비" and labels["2027~2031년"] == "사업 기간"


def test_a_school_after_its_units_comma_is_whose_unit_not_another_organiser(
    tmp_path: Path,
) -> None:
    """`Khoa X, Trường Y phối hợp với Viện Z, Trường W tổ chức`: the organisers are the
    faculty and the institute; each school after its comma says whose unit it is. The
    institute's name keeps `Hàn Quốc học` (Korean studies) whole."""
    text = (
        "Hội thảo Hàn Quốc học\n\n"
        "Hai ngày 15-16/01/2027, Khoa Ngôn ngữ và Văn hóa Hàn Quốc, Trường Đại học Ngoại ngữ - "
        "Đại học Quốc gia Hà Nội phối hợp với Viện Nghiên cứu Hàn Quốc học, Trường Đại học "
        "Ngoại ngữ Hàn Quốc (HUFS) tổ chức Hội thảo quốc tế về Hàn Quốc học.\n"
    )
    facts = _facts(text, tmp_path, "a.vi.txt")
    assert [o["vi"] for o in facts.event.organisers] == [
        "Khoa Ngôn ngữ và Văn hóa Hàn Quốc",
        "Viện Nghiên cứu Hàn Quốc học",
    ]
    names = {o.name["vi"] for o in facts.organisations}
    assert "Trường Đại học Ngoại ngữ Hàn Quốc (HUFS)" in names


def test_one_agencys_forms_in_the_reference_glossary_are_one_organisation(
    tmp_path: Path,
) -> None:
    """`한국국제협력단, 코이카` and `KOICA` are one agency (the reference glossary lists the
    three forms); Korea's `국방부` and `베트남 국방부` stay two bodies (the bare form names
    a ministry of each country)."""
    text = (
        "메콩델타 물관리 시설 준공\n\n"
        "한국국제협력단, 코이카가 지원한 물관리 시설이 완공돼 어제 준공식이 열렸습니다.\n\n"
        "어제(20일) 토이라이사에서 열린 메콩델타 물관리 사업 준공식은 코이카와 농업환경부가 "
        "공동 주최했습니다.\n\n"
        "KOICA는 2030년까지 사업을 넓힙니다. 국방부와 베트남 국방부 관계자도 참석했습니다.\n"
    )
    facts = _facts(text, tmp_path, "a.ko.txt")
    names = [o.name["ko"] for o in facts.organisations]
    assert "한국국제협력단" in names
    assert not {"코이카", "KOICA"} & set(names)
    assert {"국방부", "베트남 국방부"} <= set(names)
    # the lead names no event (`어제 준공식`): the later sentence that does gives it
    assert facts.event.name == {"ko": "메콩델타 물관리 사업 준공식"}
    assert facts.event.place == {"ko": "토이라이사"}
    assert facts.event.organisers[0] == {"ko": "한국국제협력단"}


def test_a_korean_city_or_province_by_its_short_name_is_the_full_one() -> None:
    """`부산시` where the article names `부산광역시`, `경북도` where it names `경상북도`: one
    body; without the full name the short one stays."""
    from briefing.facts.ko.organisations import canonical

    assert canonical("부산시", ["부산시", "부산광역시"]) == "부산광역시"
    assert canonical("경북도", ["경북도", "경상북도"]) == "경상북도"
    assert canonical("부산시", ["부산시", "해양수산부"]) == "부산시"


def test_a_person_read_again_with_a_position_keeps_the_position(tmp_path: Path) -> None:
    """`[인터뷰] 보꽝민(Võ Quang Minh)/껀터대학교 환경자원학부 교수 : "…"`: the rule of names in
    two scripts reads the person first, with no position; the caption's rule reads the same
    name with one, and that reading stands."""
    text = (
        "메콩델타 수문 준공\n\n"
        '[인터뷰] 보꽝민(Võ Quang Minh)/껀터대학교 환경자원학부 교수 : "시설이 더 필요합니다."\n'
    )
    people = {p.name: p for p in _facts(text, tmp_path, "a.ko.txt").people}
    assert people["보꽝민"].role == {"ko": "껀터대학교 환경자원학부 교수"}
    assert people["보꽝민"].names.get("vi") == "Võ Quang Minh"


def test_a_korean_company_named_with_and_without_its_legal_mark_is_one() -> None:
    """`한결식품` where the article names `(주)한결식품`: one company; two marked companies
    that strip to the same name leave it alone."""
    from briefing.facts.ko.organisations import canonical

    assert canonical("한결식품", ["(주)한결식품", "한결식품"]) == "(주)한결식품"
    assert canonical("한결식품", ["한결식품㈜", "한결식품"]) == "한결식품㈜"
    assert canonical("한결식품", ["한결식품", "대성정밀"]) == "한결식품"


def test_a_numbered_meeting_holds_nothing(tmp_path: Path) -> None:
    """A release's summary line `- 제13차 한-베트남 산업협력위원회 개최, …` names the meeting
    held; the meeting is not its own organiser, the ministries that held it are."""
    text = (
        "한-베 산업협력위원회 개최\n\n"
        "- 제13차 한-베트남 산업협력위원회 개최, 핵심광물 협력 등 12개 의제 논의\n\n"
        "산업통상부는 3월 24일 서울 롯데호텔에서 베트남 공상부(MOIT)와 「제13차 한-베트남 "
        "산업협력위원회」를 개최했다고 밝혔다.\n"
    )
    facts = _facts(text, tmp_path, "a.ko.txt")
    organisers = [o["ko"] for o in facts.event.organisers]
    assert organisers == ["산업통상부", "베트남 공상부(MOIT)"]


def test_a_table_columns_unit_in_its_heading_scales_its_cells(tmp_path: Path) -> None:
    """`금액(억 달러)` over `수출 | 612`: 612억 달러, a sum; the unit in the heading's brackets
    is no figure of its own; the rate's column stays a percent."""
    text = (
        "한-베 교역 동향\n\n"
        "산업통상부는 양국 교역 동향을 발표했다.\n\n"
        "구분 | 금액(억 달러) | 증감률(%)\n"
        "수출 | 612 | 6.9\n"
        "수입 | 280 | 8.6\n"
    )
    figures = {f.text: f for f in _facts(text, tmp_path, "a.ko.txt").figures}
    assert figures["612"].value == 612e8 and figures["612"].unit == "USD"
    assert figures["6.9"].kind == "percent"
    assert not any(f.text.startswith("억") for f in figures.values())


def test_a_universitys_short_name_before_a_post_is_no_person(tmp_path: Path) -> None:
    """`김태윤 박사(한밭대 신소재공학과 교수)` where the article names 국립한밭대학교: 한밭대 is
    the university, not a person whose post is 신소재공학과 교수."""
    text = (
        "공동연구센터 개소\n\n"
        "국립한밭대학교는 하노이에서 공동연구센터를 열었다.\n\n"
        "공동센터장은 김태윤 박사(한밭대 신소재공학과 교수)가 맡는다.\n"
    )
    names = [p.name for p in _facts(text, tmp_path, "a.ko.txt").people]
    assert "한밭대" not in names
    assert "김태윤" in names


def test_a_run_said_respectively_keeps_its_labels_when_no_list_is_found() -> None:
    """`lần lượt` over figures each with its own noun, or with no list before it: the labels
    the other rules gave stay (the run is not paired with a list that is not there)."""
    sentence = (
        "Hàn Quốc có 1.742 dự án với tổng vốn đăng ký 29,8 tỷ USD, chiếm lần lượt 38,5% số dự án "
        "và 51,2% tổng vốn FDI trên địa bàn."
    )
    figures = {f.text: f.measure.get("vi", "") for f in figures_in(Segment("p1s1", 1, sentence))}
    assert "dự án" in figures["38,5%"] and "tổng vốn" in figures["51,2%"]
    sentence = "Doanh thu năm nay lần lượt đạt 12% và 15% ở hai quý đầu."
    labels = [f.measure for f in figures_in(Segment("p1s1", 1, sentence))]
    assert all("(" not in m.get("vi", "") for m in labels)  # no list item was made up


def test_a_korean_release_names_its_event_after_its_figures(tmp_path: Path) -> None:
    """A press release that opens with ten sentences of figures, then `농식품부와 aT는 12월
    11일부터 … '2026 K-푸드 페어 호찌민'을 연다`: the event is read there; a side event said
    with 도 (`'현지화 세미나'도 열렸다`) is none."""
    figures = "".join(f"○ {n}월 수출액은 {n}천만 달러였다.\n\n" for n in range(1, 11))
    text = (
        "K-푸드 수출 역대 최대\n\n"
        + figures
        + "○ 이날 오후에는 '현지화 세미나'도 열렸다.\n\n"
        + "○ 농식품부와 aT는 12월 11일부터 13일까지 호찌민 사이공전시컨벤션센터(SECC)에서 "
        "'2026 K-푸드 페어 호찌민'을 연다.\n"
    )
    event = _facts(text, tmp_path, "release.ko.txt").event
    assert event.name.get("ko") == "2026 K-푸드 페어 호찌민"
    assert event.date is not None and (event.date.day, event.date.end_day) == (11, 13)


def test_a_name_in_two_scripts_is_not_read_again_with_a_body_s_first_word(tmp_path: Path) -> None:
    """`팜 꾸옥 바오(Phạm Quốc Bảo) 메디코 사이공 회장`, then a caption's `팜 꾸옥 바오 메디코
    사이공 회장이`: one person, no `팜 꾸옥 바오 메디코`; the body's word goes to the role."""
    text = (
        "합작법인 설립\n\n"
        "세림바이오는 팜 꾸옥 바오(Phạm Quốc Bảo) 메디코 사이공 회장과 계약을 맺었다.\n\n"
        "정우석 세림바이오 대표이사(왼쪽)와 팜 꾸옥 바오 메디코 사이공 회장이 서명했다.\n"
    )
    people = _facts(text, tmp_path, "a.ko.txt").people
    assert [p.name for p in people if p.name.startswith("팜")] == ["팜 꾸옥 바오"]


def test_a_year_before_a_figure_is_stated_only_when_the_figure_is_aimed_at_or_foreseen(
    tmp_path: Path,
) -> None:
    """`2030년 3조 원 규모에 이를 것`: the year the figure is foreseen for, labelled by it; a
    past year's figure (`2015년 376억 달러에서 2025년 868억 달러로 늘었다`) states no year."""
    text = (
        '커피 시장 전망\n\n서 대표는 "국내 스페셜티 커피 시장은 2030년 3조 원 규모에 이를 것"이라고 '
        "말했다.\n\n양국 교역액은 2015년 376억 달러에서 2025년 868억 달러로 늘었다.\n"
    )
    figures = _facts(text, tmp_path, "a.ko.txt").figures
    years = {f.text: f.measure.get("ko") for f in figures if f.kind == "year"}
    assert years == {"2030년": "국내 스페셜티 커피 시장 전망 연도"}


def test_a_figure_said_as_an_aim_says_so_and_a_result_against_an_aim_does_not(
    tmp_path: Path,
) -> None:
    """`베트남 관광객 10만 명 유치 목표`: the label says it is an aim; `12억 달러로 목표를
    넘었다`, `목표 대비 120%`: results measured against an aim, no aims."""
    text = (
        "관광 로드쇼\n\n- 올해 베트남 관광객 10만 명 유치 목표\n\n"
        "올해 수출액은 12억 달러로 목표를 넘었다. 상담액은 3천만 달러로 목표 대비 120%를 기록했다.\n"
    )
    labels = _korean_labels(text, tmp_path)
    assert labels["10만"] == "베트남 관광객 유치 목표"
    assert not any(labels[t].endswith("목표") for t in ("12억 달러", "3천만 달러", "120%"))


def test_a_run_said_respectively_pairs_with_the_figures_of_the_sentence_before(
    tmp_path: Path,
) -> None:
    """`라면이 …, 음료(…), 과자류(…), 딸기(…)가 뒤를 이었다.` then `전년 대비 증가율은 각각 24.6%,
    9.8%, 13.1%, 41.5%로`: each rate is of the item in its place in the sentence before."""
    text = (
        "K-푸드 수출\n\n품목별로는 라면이 1억 2,300만 달러로 가장 많았고 음료(6,800만 달러), "
        "과자류(5,400만 달러), 딸기(2,100만 달러)가 뒤를 이었다. 전년 대비 증가율은 각각 24.6%, "
        "9.8%, 13.1%, 41.5%로 늘었다.\n"
    )
    labels = _korean_labels(text, tmp_path)
    assert labels["9.8%"] == "음료 전년 대비 증가율"
    assert labels["41.5%"] == "딸기 전년 대비 증가율"


# What a sentence points back to in the sentence before (ko.respectively's hooks): each case
# is an article where the sentence before says it, the labels expected, and an article where
# it does not, with the figure that must then stay unlabelled (to check).
_POINTING_BACK = [
    pytest.param(
        "박닌성은 지역총생산(GRDP)이 약 8,100달러에 이른다. 이는 베트남 평균(4,700달러)의 1.7배 수준이다.",
        {"1.7배": "지역총생산(GRDP) (베트남 평균 대비)"},
        "박닌성은 인구가 180만 명이다. 이는 베트남 평균(4,700달러)의 1.7배 수준이다.",
        "1.7배",
        id="a multiple of a bracketed figure: the figure before in its unit",
    ),
    pytest.param(
        "이 가운데 베트남 현지 기업 비중은 42%로 높아졌다. "
        "한성은 2028년까지 이 비중을 50%로 끌어올린다는 계획이다.",
        {"50%": "베트남 현지 기업 비중", "2028년까지": "베트남 현지 기업 비중 상향"},
        "공장은 크다. 한성은 2028년까지 이 비중을 50%로 끌어올린다는 계획이다.",
        "50%",
        id="이 비중: the share the sentence before labelled",
    ),
    pytest.param(
        "베트남 3개 도시를 잇는 직항편은 주 24회 운항한다. "
        "비엣스카이는 연말까지 이를 주 40회로 늘리겠다는 계획을 밝혔다.",
        {"40": "직항편"},
        "날씨가 좋다. 비엣스카이는 연말까지 이를 주 40회로 늘리겠다는 계획을 밝혔다.",
        "40",
        id="이를: the figure of its kind before, never the words before 이를",
    ),
    pytest.param(
        "은행이 올해 누적 순이익 1,870억 원을 기록했다. "
        "전년 같은 기간보다 14.2% 늘어난 규모로, 해외 순이익의 41%에 해당한다.",
        {"14.2%": "누적 순이익 증가 (전년 같은 기간 대비)"},
        "은행은 크다. 전년 같은 기간보다 14.2% 늘어난 규모다.",
        "14.2%",
        id="a change a sentence opens with: of the sum before",
    ),
]


@pytest.mark.parametrize(("said", "expected", "unsaid", "figure"), _POINTING_BACK)
def test_a_sentence_takes_what_it_points_back_to_from_the_sentence_before(
    tmp_path: Path, said: str, expected: dict[str, str], unsaid: str, figure: str
) -> None:
    labels = _korean_labels(f"기사\n\n{said}\n", tmp_path)
    assert {text: labels.get(text) for text in expected} == expected
    labels = _korean_labels(f"기사\n\n{unsaid}\n", tmp_path, "b.ko.txt")
    assert labels.get(figure, "") == ""


def test_a_length_takes_no_body_or_general_word_as_what_lasts(tmp_path: Path) -> None:
    """`3년간 11억 달러가 투입됐다`: the length is of the sum's deed; `한울에프앤비는 향후
    3년간 매년 1,500톤을 …`, where the sum's label is who buys, gives the length none."""
    text = "공장\n\n제2공장에는 2024년부터 3년간 11억 달러가 투입됐다.\n"
    labels = _korean_labels(text, tmp_path)
    assert labels["3년간"] == "제2공장 투입 기간"
    text = "커피\n\n한울에프앤비는 향후 3년간 매년 1,500톤을 사들인다.\n"
    labels = _korean_labels(text, tmp_path, "b.ko.txt")
    assert labels.get("3년간", "") == ""


def test_an_acronym_given_last_in_a_names_brackets_is_that_bodys(tmp_path: Path) -> None:
    """`NEV` after `누리전자 베트남 법인(Nuri Electronics Vietnam, NEV)` is the subsidiary, not
    another organisation."""
    text = (
        "누리전자 공장 준공\n\n공장 운영은 누리전자 베트남 법인(Nuri Electronics Vietnam, NEV)이"
        " 맡는다.\n\n이에 따라 NEV의 전체 임직원은 8,000명으로 늘어난다.\n"
    )
    facts = _facts(text, tmp_path, "a.ko.txt")
    names = [o.name["ko"] for o in facts.organisations]
    assert "NEV" not in names
    assert "누리전자 베트남 법인" in names


def test_a_firm_after_its_legal_form_is_no_person(tmp_path: Path) -> None:
    # "회계법인 한결의 김민수 회계사": Kiwi reads 한결의 as a word; the firm is 회계법인 한결…,
    # the person 김민수, whose post names the firm
    text = "세미나\n\n회계법인 한결의 김민수 회계사가 세무 제도를 발표했다.\n"
    assert _roles(text, tmp_path, "ko") == {"김민수": "한결의 회계사"}


def test_a_name_with_its_own_acronym_is_no_short_form_of_another() -> None:
    """`베트남상공연합회(VCCI)` beside `베트남한국상공인연합회` is a body of its own, though its
    syllables come in the other's order; `과기정통부` is still `과학기술정보통신부`."""
    from briefing.facts.ko.organisations import canonical

    names = ["베트남상공연합회(VCCI)", "베트남한국상공인연합회"]
    assert canonical("베트남상공연합회(VCCI)", names) == "베트남상공연합회(VCCI)"
    assert canonical("과기정통부", ["과학기술정보통신부", "과기정통부"]) == "과학기술정보통신부"
