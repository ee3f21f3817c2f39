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
    assert format_money(1.5e12, "VND", "vi") == "1.500 tỷ đồng"
    assert quantities(format_korean(1_500_000_000_000), "ko")[0].value == 1.5e12


# ----------------------------------------------------------------------------- the cases of issue 10


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # (kind, value, unit, high, year) of each quantity, in order
        ("ngày 29/10/2026", "vi", [("date", 1029, None, None, 2026)]),
        ("quý III/2026", "vi", [("quarter", 3, None, None, 2026)]),
        ("12/2025", "vi", [("month", 12, None, None, 2025)]),
        ("tháng 12/2025", "vi", [("month", 12, None, None, 2025)]),
        ("giảm -3,5%", "vi", [("percent", -3.5, None, None, None)]),
        ("20 - 30%", "vi", [("percent", 20, None, 30, None)]),
        ("hai triệu người", "vi", [("number", 2e6, None, None, None)]),
        ("từ 300 đến 500 triệu USD", "vi", [("money", 3e8, "USD", 5e8, None)]),
        ("giai đoạn 2026–2030", "vi", [("number", 2026, None, 2030, None)]),
        (
            "từ ngày 8 đến ngày 14/11",
            "vi",
            [("date", 1108, None, None, None), ("date", 1114, None, None, None)],
        ),
        ("ngày 29 tháng 10 năm 2026", "vi", [("date", 1029, None, None, 2026)]),
        ("약5만 명", "ko", [("number", 5e4, None, None, None)]),
        ("2026년 10월 29일", "ko", [("date", 1029, None, None, 2026)]),
        ("2026년 3분기", "ko", [("quarter", 3, None, None, 2026)]),
        ("3분기", "ko", [("quarter", 3, None, None, None)]),
        ("만 명", "ko", [("number", 1e4, None, None, None)]),
        ("백만 달러", "ko", [("money", 1e6, "USD", None, None)]),
        ("7억 5천만 달러", "ko", [("money", 7.5e8, "USD", None, None)]),
        ("총 1,200만 달러", "ko", [("money", 1.2e7, "USD", None, None)]),
        ("1억 2,345만 6,789", "ko", [("number", 123456789, None, None, None)]),
        ("11월 8~14일", "ko", [("date", 1108, None, None, None), ("date", 1114, None, None, None)]),
        ("2025년 12월", "ko", [("month", 12, None, None, 2025)]),
        ("$1.5bn", "en", [("money", 1.5e9, "USD", None, None)]),
        ("1.5m", "en", [("number", 1.5e6, None, None, None)]),
        ("Oct. 29", "en", [("date", 1029, None, None, None)]),
        ("29 October 2026", "en", [("date", 1029, None, None, 2026)]),
        ("October 29, 2026", "en", [("date", 1029, None, None, 2026)]),
        (
            "8-14 November",
            "en",
            [("date", 1108, None, None, None), ("date", 1114, None, None, None)],
        ),
        ("Q3 2026", "en", [("quarter", 3, None, None, 2026)]),
        ("the third quarter of 2026", "en", [("quarter", 3, None, None, 2026)]),
        ("December 2025", "en", [("month", 12, None, None, 2025)]),
        ("two million people", "en", [("number", 2e6, None, None, None)]),
        ("20-30%", "en", [("percent", 20, None, 30, None)]),
        ("we may 2030", "en", [("number", 2030, None, None, None)]),  # "may" is a verb
        ("한국과 베트남", "ko", []),  # 한 of 한국 is no number
    ],
)
def test_reads_dates_ranges_and_scales(
    text: str,
    language: str,
    expected: list[tuple[str, float, str | None, float | None, int | None]],
) -> None:
    found = [(q.kind, q.value, q.unit, q.high, q.year) for q in quantities(text, language)]
    assert found == [
        (k, pytest.approx(v), u, None if h is None else pytest.approx(h), y)
        for k, v, u, h, y in expected
    ]


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("five years ago", "en", 5),
        ("five pillars", "en", 5),
        ("năm lĩnh vực", "vi", None),
        ("ba trụ cột", "vi", 3),
        ("다섯 개 기둥", "ko", 5),
        ("twenty-five delegates", "en", 25),
    ],
)
def test_small_number_words_are_loose(text: str, language: str, value: float | None) -> None:
    found = quantities(text, language)
    if value is None:  # "năm" before a noun stays "year": no figure
        assert found == []
    else:
        assert [(q.value, q.loose) for q in found] == [(value, True)]


def test_number_words_keep_and_change_figures() -> None:
    source = quantities("Thông tin về 5 trụ cột hành động.", "vi")
    assert figure_flags(source, "He spoke on the five pillars of action.", "en") == []
    changed = figure_flags(source, "He spoke on the six pillars of action.", "en")
    assert [f.code for f in changed] == ["figure-changed"]
    # A word the source does not need is no error, and no "extra" either.
    assert (
        figure_flags(quantities("Hai nước hợp tác.", "vi"), "Both countries work together.", "en")
        == []
    )
    assert figure_flags(quantities("Hợp tác.", "vi"), "One of the partners works.", "en") == []


def test_years_of_dates_are_compared() -> None:
    source = quantities("Diễn đàn ngày 29/10/2026.", "vi")
    assert figure_flags(source, "The forum on 29 October 2026.", "en") == []
    wrong = figure_flags(source, "The forum on 29 October 2025.", "en")
    assert [(f.code, f.severity) for f in wrong] == [("figure-changed", "error")]
    assert [f.code for f in figure_flags(source, "2025년 10월 29일 포럼", "ko")] == [
        "figure-changed"
    ]
    dropped = figure_flags(source, "The forum on 29 October.", "en")
    assert [(f.code, f.severity) for f in dropped] == [("figure-year", "warning")]
    assert quantities("29/10/2025", "vi")[0].same(quantities("29/10/2026", "vi")[0]) is False


def test_billions_and_ranges_across_languages() -> None:
    assert figure_flags(quantities("Vốn 1,5 tỷ USD.", "vi"), "Capital of $1.5bn.", "en") == []
    assert figure_flags(quantities("Giai đoạn 2026–2030.", "vi"), "From 2026 to 2030.", "en") == []
    assert figure_flags(quantities("Tăng 20 - 30%.", "vi"), "20~30% 증가", "ko") == []
    assert figure_flags(quantities("Từ 300 đến 500 triệu USD.", "vi"), "3억~5억 달러", "ko") == []
    sign = figure_flags(quantities("Giảm -3,5%.", "vi"), "A change of 3.5%.", "en")
    assert [f.code for f in sign] == ["figure-changed"]


@pytest.mark.parametrize("text", ["45/50", "2026-13-45", "31/2", "0/5", "2026-02-30"])
def test_impossible_dates_are_no_dates(text: str) -> None:
    from briefing.facts.vi.event import parse_date

    assert parse_date(text) is None


def test_korean_formatter_reads_back() -> None:
    assert format_korean(123456789) == "1억 2,345만 6,789"
    assert quantities(format_korean(123456789), "ko")[0].value == 123456789


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(
    value=st.one_of(
        st.integers(min_value=0, max_value=10**15),
        st.decimals(min_value=0, max_value=10**9, places=2).map(float),
    ),
    language=st.sampled_from(["vi", "ko", "en"]),
)
def test_formatter_output_reads_back_to_the_same_value(value: float, language: str) -> None:
    text = format_number(value, language)
    (quantity,) = quantities(text, language)
    assert quantity.value == pytest.approx(value, rel=1e-12), text


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(min_value=1, max_value=10**13, places=1).map(float),
    unit=st.sampled_from(["USD", "VND", "KRW", "EUR"]),
    language=st.sampled_from(["vi", "ko", "en"]),
)
def test_money_output_reads_back(value: float, unit: str, language: str) -> None:
    text = format_money(value, unit, language)
    (quantity,) = quantities(text, language)
    assert (quantity.kind, quantity.unit) == ("money", unit), text
    assert quantity.value == pytest.approx(value, rel=1e-9), text


def test_a_length_of_time_is_written_in_each_language() -> None:
    from briefing.numbers import DURATION_FORMS, unit_name

    assert [unit_name("year", lang, 3) for lang in ("vi", "ko", "en")] == ["năm", "년", "years"]
    assert unit_name("month", "en", 1) == "month"
    assert unit_name("MW", "en", 1) == "MW"
    assert DURATION_FORMS["개월"] == DURATION_FORMS["tháng"] == "month"


def test_a_sum_after_its_currency_sign_in_vietnamese_text() -> None:
    from briefing.numbers import vi_quantities

    found = [(q.value, q.unit) for q in vi_quantities("vốn €3m và US$1,5 tỷ, thêm $200.000")]
    assert found == [(3e6, "EUR"), (1.5e9, "USD"), (2e5, "USD")]
