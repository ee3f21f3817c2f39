"""The figure normaliser in the three languages, and the figure check built on it."""

from __future__ import annotations

import pytest

from briefing.numbers import format_korean, format_money, format_number, quantities, unmatched
from briefing.qa import figure_flags


@pytest.mark.parametrize(
    "text, language, kind, value, unit",
    [
        ("50.000", "vi", "number", 50000, None),
        ("1,5", "vi", "number", 1.5, None),
        ("86,4 tỷ USD", "vi", "money", 86.4e9, "USD"),
        ("1.500 tỷ đồng", "vi", "money", 1.5e12, "VND"),
        ("29/10", "vi", "date", 1029, None),
        ("năm 2030", "vi", "number", 2030, None),
        ("80%", "vi", "percent", 80, None),
        ("5만", "ko", "number", 50000, None),
        ("864억 달러", "ko", "money", 86.4e9, "USD"),
        ("1조 5천억 동", "ko", "money", 1.5e12, "VND"),
        ("10월 29일", "ko", "date", 1029, None),
        ("2030년", "ko", "number", 2030, None),
        ("50,000명", "ko", "number", 50000, None),
        ("50,000", "en", "number", 50000, None),
        ("86.4 billion", "en", "number", 86.4e9, None),
        ("$86.4 billion", "en", "money", 86.4e9, "USD"),
        ("29 October", "en", "date", 1029, None),
        ("October 29", "en", "date", 1029, None),
        ("80 per cent", "en", "percent", 80, None),
        ("1.5 trillion dong", "en", "money", 1.5e12, "VND"),
    ],
)
def test_reads_figures(text: str, language: str, kind: str, value: float, unit: str | None) -> None:
    (quantity,) = quantities(text, language)
    assert (quantity.kind, quantity.value, quantity.unit) == (kind, pytest.approx(value), unit)


@pytest.mark.parametrize(
    "source, target, language",
    [
        ("Đào tạo 50.000 kỹ sư AI.", "AI 엔지니어 5만 명을 양성한다.", "ko"),
        ("Đào tạo 50.000 kỹ sư AI.", "Train 50,000 AI engineers.", "en"),
        ("Xuất khẩu đạt 86,4 tỷ USD.", "수출이 864억 달러에 달했다.", "ko"),
        ("Xuất khẩu đạt 86,4 tỷ USD.", "Exports reached 86.4 billion.", "en"),
        ("Quỹ có 1.500 tỷ đồng.", "기금은 1조 5천억 동이다.", "ko"),
        ("Ngày 29/10, diễn đàn khai mạc.", "10월 29일 포럼이 개막했다.", "ko"),
        ("Ngày 29/10, diễn đàn khai mạc.", "The forum opened on 29 October.", "en"),
        ("Mục tiêu đến năm 2030 đạt 80%.", "2030년까지 80%를 목표로 한다.", "ko"),
        ("Tỷ lệ tăng 1,5 lần.", "The rate rose 1.5 times.", "en"),
    ],
)
def test_correct_pairs_raise_no_flag(source: str, target: str, language: str) -> None:
    assert figure_flags(quantities(source, "vi"), target, language) == []


@pytest.mark.parametrize(
    "source, target, language, code",
    [
        ("Đào tạo 50.000 kỹ sư AI.", "AI 엔지니어 4만 명을 양성한다.", "ko", "figure-changed"),
        ("Đào tạo 50.000 kỹ sư AI.", "Train 5,000 AI engineers.", "en", "figure-changed"),
        ("Xuất khẩu đạt 86,4 tỷ USD.", "수출이 86억 달러에 달했다.", "ko", "figure-changed"),
        ("Ngày 29/10, diễn đàn khai mạc.", "10월 28일 포럼이 개막했다.", "ko", "figure-changed"),
        ("Ngày 29/10, diễn đàn khai mạc.", "The forum opened.", "en", "figure-missing"),
        ("Đạt 80% doanh nghiệp.", "Reached 90% of businesses.", "en", "figure-changed"),
        ("Đạt 80% doanh nghiệp.", "기업 80%와 3곳", "ko", "figure-extra"),
    ],
)
def test_wrong_pairs_are_flagged(source: str, target: str, language: str, code: str) -> None:
    flags = figure_flags(quantities(source, "vi"), target, language)
    assert code in {f.code for f in flags}
    assert all(f.language == language for f in flags)


def test_unmatched_keeps_multiplicity() -> None:
    missing, extra = unmatched(quantities("10 và 10", "vi"), quantities("10", "en"))
    assert [q.value for q in missing] == [10] and extra == []


@pytest.mark.parametrize(
    "value, language, text",
    [
        (50000, "en", "50,000"),
        (50000, "vi", "50.000"),
        (50000, "ko", "5만"),
        (86_400_000_000, "ko", "864억"),
        (1.5, "vi", "1,5"),
        (1.5, "en", "1.5"),
        (2030, "ko", "2030"),
    ],
)
def test_writes_figures_the_way_each_language_does(value: float, language: str, text: str) -> None:
    assert format_number(value, language) == text


def test_money_and_korean_grouping() -> None:
    assert format_korean(1_500_000_000_000) == "1조 5,000억"
    assert format_money(86.4e9, "USD", "en") == "86.4 billion USD"
    assert format_money(86.4e9, "USD", "ko") == "864억 달러"
    assert format_money(1.5e12, "VND", "vi") == "1,5 nghìn tỷ đồng"
    assert quantities(format_korean(1_500_000_000_000), "ko")[0].value == 1.5e12
