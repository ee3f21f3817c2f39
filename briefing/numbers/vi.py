"""Figures as Vietnamese writes them, read into quantities and written back.

    50.000 · 1,5 · -3,5% · 20 - 30% · 86,4 tỷ USD · 300 đến 500 triệu USD · hai triệu
    29/10 · 29/10/2026 · ngày 29 tháng 10 năm 2026 · từ ngày 8 đến ngày 14/11 · 12/2025
    tháng 12/2025 · quý III/2026 · năm 2030 · €3m · US$1,5 tỷ

Thousands are grouped with dots and decimals follow a comma (CLDR's `vi`); a dot before one
or two digits is read as a decimal point too, as some outlets write it. Money is written
with the largest of `tỷ` and `triệu` that keeps the figure exact: "1.500 tỷ đồng".
"""

from __future__ import annotations

import re

from briefing.numbers.base import (
    ROMAN,
    ROMAN_OF,
    UNIT_PATTERN,
    Quantity,
    Reading,
    Writing,
    date_of,
    decimal,
    figure_of,
    is_year,
    read_numeric_dates,
    read_phones,
    scaled_money,
    valid_day,
    valid_year,
    word_figure,
)

_VI_SCALE = {
    "triệu tỷ": 1e15, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn": 1e3, "ngàn": 1e3,
    "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
}  # fmt: skip
# A number that opens with 0 and another digit is a telephone number or a code, never a
# figure (the (?!0\d) below). 50.000 and 1,5 as Vietnamese writes them; 10.5 and 2.35 (a dot before one or two digits
# cannot group thousands) as some outlets write decimals.
_VI_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
_VI_SCALES = "|".join(sorted(_VI_SCALE, key=len, reverse=True))  # the longest first
_VI_CUR = r"USD|đô la Mỹ|đô la|đồng|VNĐ|VND|won|euro|EUR|yên Nhật|yên|JPY"
_VI_DATE_RANGE = re.compile(
    r"(?<![\d/])(?:ngày\s+)?(\d{1,2})\s*(?:–|-|—|đến|tới|và)\s*(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])"
)
_VI_DATE_WORDS = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?", re.IGNORECASE
)
_VI_MONTH = re.compile(
    r"(?:tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4}))|(?<![\d/.,])(\d{1,2})/(\d{4})(?![\d/])",
    re.IGNORECASE,
)
# "trong tháng 10": a month, not the number 10 ("tháng 10/2026" is read above).
_VI_BARE_MONTH = re.compile(
    r"(?<!\w)tháng\s+(\d{1,2})(?!\d|[/.,]\d|\s*(?:năm\s+)?\d{4})", re.IGNORECASE
)
# "ngày 8.4", "ngày 8.4.2027", "ngày 17-6": dates with dots or hyphens, as some outlets write.
_VI_DOTTED_DATE = re.compile(
    r"(?<!\w)ngày\s+(?:(\d{1,2})\s*(?:và|đến|–|-)\s*)?(\d{1,2})[.-](\d{1,2})(?:[.-](\d{4}))?(?![\d.-]\d)",
    re.IGNORECASE,
)
# "từ ngày 22-3 đến 9-4-2027": a range of dates across months, with dots or hyphens
_VI_DATES_ACROSS = re.compile(
    r"(?<!\w)ngày\s+(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?\s+(?:đến|tới)\s+(?:ngày\s+)?"
    r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?(?![\d])",
    re.IGNORECASE,
)
_VI_QUARTER = re.compile(
    r"quý\s+(IV|I{1,3}|[1-4])(?![\w])(?:\s*(?:/|năm)\s*(\d{4}))?", re.IGNORECASE
)
_VI = re.compile(
    # not the front of a number cut at its separator ("3,2/4" is no 3)
    r"(?<![\w.,/])(?P<sign>[-−](?=\d))?(?!0\d)(?P<num>" + _VI_NUM + r")(?![\d/])(?![.,]\d)"
    r"(?:(?P<range>\s*[-–—~]\s*|\s+(?:đến|tới)\s+)(?P<sign2>[-−](?=\d))?(?P<num2>"
    + _VI_NUM
    + r")(?![\d/]))?"
    r"(?:\s*(?P<pct>%|phần trăm)"
    r"|(?:\s+(?P<scale>" + _VI_SCALES + r")\b)?"
    r"(?:\s*(?P<cur>" + _VI_CUR + r")\b|\s*(?P<unit>" + UNIT_PATTERN + r")(?![\w²³])"
    # "40.000 m³/ngày đêm", "7 m/s": a unit for a length of time, the rate's; "55 tấn/ha": a
    # yield per area
    r"(?:\s?/\s?(?P<per>ngày đêm|ngày|năm|tháng|tuần|giờ|giây|h|s|ha|m²|m2|km²|km2)(?![\w/²]))?)?)",
    re.I,
)
# "3,2/4", "8,5/10": a score with a decimal comma, out of a whole number
_VI_SCORE = re.compile(r"(?<![\w.,/])(?P<num>\d{1,2},\d{1,2})/\d{1,3}(?![\d/.,])")
# "€3m", "US$1,5 tỷ", "$200.000": a sum after its currency's sign, as some outlets write
_VI_SIGNED = re.compile(
    r"(?<![\w])(?P<sym>US\$|\$|€|₩)\s?(?P<num>" + _VI_NUM + r")(?![\d/])"
    r"(?:\s*(?P<scale>nghìn tỷ|triệu|tỷ|tỉ|nghìn|ngàn|bn|m|k)(?![\w]))?",
    re.I,
)
_SIGN_SCALE = {**_VI_SCALE, "bn": 1e9, "m": 1e6, "k": 1e3}
_VI_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
_VI_WORD = re.compile(
    r"(?<!\w)(?P<word>một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)"
    r"(?:\s+(?P<scale>" + _VI_SCALES + r"))?(?:\s*(?P<cur>" + _VI_CUR + r"))?(?!\w)",
    re.IGNORECASE,
)
# Small words that are numbers only before a counted noun: "năm" is also "year",
# "một" also "a", "ba" also "father". A figure needs a scale word or one of these.
_VI_COUNTED = re.compile(
    r"\s+(?:người|nước|quốc gia|trụ cột|lĩnh vực|dự án|thỏa thuận|văn kiện|biên bản|"
    r"doanh nghiệp|trường|ngày|tháng|lần|bên|nhóm|nội dung|mục tiêu|giải pháp)\b",
    re.IGNORECASE,
)


def parse_vi_number(text: str) -> float:
    """'50.000' -> 50000, '1,5' -> 1.5, '86,4' -> 86.4 (Vietnamese separators); '10.5' ->
    10.5 (a dot before one or two digits is a decimal point)."""
    if re.fullmatch(r"\d+\.\d{1,2}", text):
        return float(text)
    return float(text.replace(".", "").replace(",", "."))


def vi_quantities(text: str) -> list[Quantity]:
    """Every figure of a Vietnamese text: dates and periods first, then sums, numbers and
    number words before a counted noun ("ba trụ cột"), in the order they stand."""
    found = Reading(text)
    read_phones(found)
    for m in _VI_DATE_RANGE.finditer(text):
        day1, day2, month = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else None
        if (
            day1 < day2
            and valid_day(day1, month, year)
            and valid_day(day2, month, year)
            and valid_year(year)
        ):
            found.add(m, date_of(day1, month, year), date_of(day2, month, year))
    for m in _VI_DATE_WORDS.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if valid_day(day, month, year) and valid_year(year):
            found.add(m, date_of(day, month, year))
    for m in _VI_QUARTER.finditer(text):
        number = m.group(1).upper()
        quarter = ROMAN.get(number) or int(number)
        found.add(m, Quantity("quarter", quarter, year=int(m.group(2)) if m.group(2) else None))
    for m in _VI_MONTH.finditer(text):
        month, year = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        if 1 <= month <= 12 and valid_year(year):
            found.add(m, Quantity("month", month, year=year))
    for m in _VI_DATES_ACROSS.finditer(text):
        d1, m1, d2, m2 = int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5))
        year = int(m.group(6) or m.group(3)) if (m.group(6) or m.group(3)) else None
        if valid_day(d1, m1, year) and valid_day(d2, m2, year) and (m1, d1) < (m2, d2):
            found.add(m, date_of(d1, m1, year), date_of(d2, m2, year))
    for m in _VI_DOTTED_DATE.finditer(text):
        day, month = int(m.group(2)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else None
        first = int(m.group(1)) if m.group(1) else None
        if valid_day(day, month, year) and valid_year(year):
            dates = [date_of(day, month, year)]
            if first is not None and first < day:
                dates.insert(0, date_of(first, month, year))
            found.add(m, *dates)
    for m in _VI_BARE_MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 12:
            found.add(m, Quantity("month", int(m.group(1))))
    read_numeric_dates(found)
    for m in _VI_SIGNED.finditer(text):
        times = _SIGN_SCALE[m.group("scale").lower()] if m.group("scale") else 1.0
        currency = {"$": "USD", "US$": "USD", "€": "EUR", "₩": "KRW"}[m.group("sym").upper()]
        found.add(m, Quantity("money", parse_vi_number(m.group("num")) * times, currency))
    for m in _VI_SCORE.finditer(text):  # "điểm trung bình từ 3,2/4": a score out of 4
        found.add(m, Quantity("number", parse_vi_number(m.group("num"))), group="num")
    for m in _VI.finditer(text):
        found.add(m, figure_of(m, parse_vi_number, _VI_SCALE))
    for m in _VI_WORD.finditer(text):
        scale = m.group("scale")
        if not scale and not _VI_COUNTED.match(text, m.end()):
            continue
        if m.group("word").lower() == "năm" and not scale:
            continue  # "năm" before a noun is still most often "year"
        value = float(_VI_WORDS[m.group("word").lower()])
        found.add(m, word_figure(value, m, _VI_SCALE))
    return found.sorted()


# ----------------------------------------------------------------------------- writing

CURRENCY_NAMES = {"USD": "USD", "VND": "đồng", "KRW": "won", "EUR": "euro", "JPY": "yên"}
# 1.500 tỷ đồng, as the press writes it: no scale word above tỷ.
MONEY_SCALES = (("tỷ", 1e9), ("triệu", 1e6))


class Vietnamese(Writing):
    """Vietnamese figures: `vi_quantities` reads them; the methods write them."""

    language = "vi"

    def read(self, text: str) -> list[Quantity]:
        """Every figure of a Vietnamese text, in the order they stand."""
        return vi_quantities(text)

    def number(self, value: float) -> str:
        """50000 -> '50.000', 1.5 -> '1,5', up to three decimals; a year stays bare (2030)."""
        if is_year(value):
            return str(int(value))
        return decimal(value, "vi")

    def money(self, value: float, unit: str) -> str:
        """86.4e9 USD -> '86,4 tỷ USD', 1.5e12 VND -> '1.500 tỷ đồng'."""
        return scaled_money(value, CURRENCY_NAMES.get(unit, unit), MONEY_SCALES, self.number)

    def date(self, day: int | None, month: int, year: int | None, kind: str = "date") -> str:
        """29/10/2026, 29/10, tháng 12/2025, tháng 12, quý III/2026, quý III."""
        if kind == "quarter":
            text = f"quý {ROMAN_OF[month]}"
        else:
            text = f"{day}/{month}" if day else f"tháng {month}"
        return f"{text}/{year}" if year else text


FIGURES = Vietnamese()
