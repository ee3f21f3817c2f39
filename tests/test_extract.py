from __future__ import annotations

from pathlib import Path

import pytest

from briefing.document import Segment
from briefing.extract import extract, figures_in, people_in
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
        ("Ngày 29/10, diễn đàn khai mạc.", []),
    ],
)
def test_figures(sentence: str, expected: list[tuple[str, float, str | None]]) -> None:
    found = figures_in(Segment("p1s1", 1, sentence))
    assert [(f.kind, f.value, f.unit) for f in found] == expected


def test_seed_figures_come_with_what_they_measure(seed_facts) -> None:  # type: ignore[no-untyped-def]
    by_text = {f.text: f for f in seed_facts.figures}
    assert by_text["50.000"].measure["vi"] == "chuyên gia kỹ sư AI"
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
