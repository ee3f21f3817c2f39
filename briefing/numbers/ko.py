"""Figures as Korean writes them, read into quantities and written back.

    5만 · 약5만 · 만 명 · 백만 달러 · 864억 달러 · 7억 5천만 달러 · 1억 2,345만 6,789 · -3.5%
    10월 29일 · 2026년 10월 29일 · 11월 8~14일 · 2025년 12월 · 2026년 3분기 · 2030년

Korean groups large numbers by ten thousands (만 10^4, 억 10^8, 조 10^12), with 천, 백 and 십
inside a group; the digits between units keep CLDR's commas: "1조 5,000억". Money takes no
scale word beyond these units: "864억 달러".
"""

from __future__ import annotations

import re

from briefing.numbers.base import (
    CURRENCIES,
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
    valid_day,
    valid_year,
)

_KO_UNITS = {"조": 1e12, "억": 1e8, "만": 1e4}
_KO_SMALL = {"천": 1e3, "백": 1e2, "십": 1e1}
_KO_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_KO_GROUPED = (
    r"(?:" + _KO_NUM + r"\s*[조억만천백십]+|[천백십]+[조억만]+)"
    r"(?:\s*(?:" + _KO_NUM + r")?\s*[조억만천백십]+)*"
    # the last group in digits: "2천500", "1만2,000", and as the business press writes it,
    # "1만2000", "3만5000"
    r"(?:\s?(?:\d{1,3}(?:,\d{3})?|\d{4})(?![\d,.]|\s*[조억만천백십%]))?"
)
# The currencies Korean text writes after a sum: dollar, won, đồng, euro, yen
_KO_CUR = r"달러|원|동|유로|엔"
# "1원전" (nuclear plant No. 1), "원장", "동남아", "동시에": 원 and 동 are no currency
# before the syllables that make them other words (엔 of 엔진, 엔지니어, 엔터); 달러 and 유로
# always are. "원인" alone is a cause; "620억 원인데", "원인 셈": the copula after 원 leaves it one.
_KO_AFTER_CURRENCY = r"(?<=달러|유로)|(?<=엔)(?![진지터트])|(?<=원)(?![전자장칙래형회단료로서칙])(?!인(?:[^데\s,.]|$))|(?<=동)(?![남부북서안시의참반일맹포물향])"
_KO_DATE_RANGE = re.compile(
    r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일?\s*(?:[~∼-]|부터)\s*(\d{1,2})\s*일(?:까지)?"
)
_KO_DATE = re.compile(r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_KO_MONTH = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)")
# "1~9월": a period of months (the first nine months), loose like a duration: never
# flagged on its own, since "chín tháng đầu năm" writes it as a count.
_KO_MONTH_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*[~∼\-]\s*(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)")
# "6월 이전에": a month on its own, as Vietnamese "tháng 6" and English "June" write it.
_KO_BARE_MONTH = re.compile(r"(?<![\d~∼\-])(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)")
_KO_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?![\d])")
_KO_QUARTER = re.compile(r"(?:(\d{4})\s*년\s*)?(?:제\s*)?([1-4])\s*분기")
_KO = re.compile(
    r"(?<![\d.,A-Za-z])(?P<sign>[-−](?=\d))?(?!0\d)(?P<num>" + _KO_GROUPED + "|" + _KO_NUM + r")"
    r"(?:(?P<range>\s*[~∼\-–—]\s*)(?P<sign2>[-−](?=\d))?(?P<num2>"
    + _KO_GROUPED
    + "|"
    + _KO_NUM
    + r"))?"
    # "14%포인트", "3%p": a difference of percentages, a unit of its own
    r"(?:\s*(?P<pct>%(?!\s*(?:포인트|p(?![A-Za-z])))|퍼센트(?!\s*포인트))|\s*(?P<cur>"
    + _KO_CUR
    + r")(?:"
    + _KO_AFTER_CURRENCY
    + r")|\s*(?P<unit>"
    + UNIT_PATTERN
    + r")(?![A-Za-z²³]))?"
)
# A bare unit: "만 명" (10,000 people), "백만 달러" (a million dollars); not "수만 명", nor
# a word that opens like one ("조동현" is a name, "조건" a condition: no bare 조 is read).
_KO_BARE = re.compile(
    # "(억 달러)", "(단위: 만 달러)": a unit that a table's column or caption declares
    r"(?<![\w\d(:：])(?<![:：] )(?P<num>[천백십]?[억만])"
    r"(?=\s*(?:명|개|곳|건|" + _KO_CUR + r"|대|톤|가구)"
    r"(?:[은는이가을를의에도와과로]|에서|으로|에게)?(?![가-힣]))"
    r"(?:\s*(?P<cur>" + _KO_CUR + r"))?"
)
_KO_WORDS = {
    "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5,
    "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
_KO_WORD = re.compile(
    r"(?<![\w])(?P<word>다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|한|두|세|네|열)"
    r"(?=\s*(?:개|명|곳|가지|건|차례|번|개국|나라|기둥|분야|축|사람)(?![가-힣]{2}))"
)


def ko_number(text: str) -> float:
    """'1조 5천억' -> 1.5e12, '864억' -> 8.64e10, '5만' -> 5e4, '50,000' -> 5e4,
    '1억 2,345만 6,789' -> 123456789, '백만' -> 1e6."""
    total = 0.0
    group = 0.0
    for number, unit in re.findall(r"(\d[\d,]*(?:\.\d+)?)?\s*([조억만천백십]?)", text):
        if not number and not unit:
            continue
        value = float(number.replace(",", "")) if number else None
        if unit in _KO_SMALL:
            group += (value if value is not None else 1.0) * _KO_SMALL[unit]
        elif unit in _KO_UNITS:
            if value is not None:
                group += value
            total += (group or 1.0) * _KO_UNITS[unit]
            group = 0.0
        else:
            group += value or 0.0
    return total + group


# A sum after its currency's sign, as a Korean text quotes an English source: "US$450
# million", "$12.5 billion", "€3m"
_KO_SIGNED = re.compile(
    r"(?<![\w$])(?P<sym>US\$|\$|€)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|trillion|bn|m)(?![A-Za-z]))?",
    re.IGNORECASE,
)
_SIGNED_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def ko_quantities(text: str) -> list[Quantity]:
    """Every figure of a Korean text: dates and periods first, then numbers with their
    만/억/조 groups, bare units ("만 명") and native number words before a counter."""
    found = Reading(text)
    read_phones(found)
    for m in _KO_DATE_RANGE.finditer(text):
        year = int(m.group(1)) if m.group(1) else None
        month, day1, day2 = int(m.group(2)), int(m.group(3)), int(m.group(4))
        if day1 < day2 and valid_day(day1, month, year) and valid_day(day2, month, year):
            found.add(m, date_of(day1, month, year), date_of(day2, month, year))
    for m in _KO_DATE.finditer(text):
        year = int(m.group(1)) if m.group(1) else None
        month, day = int(m.group(2)), int(m.group(3))
        if valid_day(day, month, year) and valid_year(year):
            found.add(m, date_of(day, month, year))
    for m in _KO_DOTTED_DATE.finditer(text):  # "2026.9.17" in bylines and captions
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if valid_day(day, month, year) and valid_year(year):
            found.add(m, date_of(day, month, year))
    for m in _KO_QUARTER.finditer(text):
        found.add(
            m, Quantity("quarter", int(m.group(2)), year=int(m.group(1)) if m.group(1) else None)
        )
    for m in _KO_MONTH.finditer(text):
        month, year = int(m.group(2)), int(m.group(1))
        if 1 <= month <= 12 and valid_year(year):
            found.add(m, Quantity("month", month, year=year))
    for m in _KO_MONTH_RANGE.finditer(text):
        if 1 <= int(m.group(1)) < int(m.group(2)) <= 12:
            found.add(m, Quantity("month", int(m.group(2)), loose=True))
    for m in _KO_BARE_MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 12:
            found.add(m, Quantity("month", int(m.group(1))))
    read_numeric_dates(found)  # 29/10 in a Korean text is still day/month
    for m in _KO_SIGNED.finditer(text):  # "US$450 million": a sum quoted from English
        scale = _SIGNED_SCALE[m.group("scale").lower()] if m.group("scale") else 1.0
        currency = {"$": "USD", "US$": "USD", "€": "EUR"}[m.group("sym").upper()]
        value = float(m.group("num").replace(",", "")) * scale
        found.add(m, Quantity("money", value, currency))
    for m in _KO.finditer(text):
        found.add(m, figure_of(m, ko_number, {}))
    for m in _KO_BARE.finditer(text):
        currency = m.group("cur")
        value = ko_number(m.group("num"))
        if currency:
            found.add(m, Quantity("money", value, CURRENCIES[currency]))
        else:
            found.add(m, Quantity("number", value), group="num")
    for m in _KO_WORD.finditer(text):
        found.add(m, Quantity("number", float(_KO_WORDS[m.group("word")]), loose=True))
    return found.sorted()


# ----------------------------------------------------------------------------- writing

CURRENCY_NAMES = {"USD": "달러", "VND": "동", "KRW": "원", "EUR": "유로", "JPY": "엔"}


def format_korean(n: int) -> str:
    """Korean groups by 10^4: 50000 -> '5만', 86400000000 -> '864억', 1.5e12 -> '1조 5,000억',
    123456789 -> '1억 2,345만 6,789' (which `ko_number` reads back as 123456789)."""
    parts = []
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        if n >= size:
            parts.append(f"{n // size:,}{unit}")
            n %= size
    if n or not parts:
        parts.append(f"{n:,}")
    return " ".join(parts)


class Korean(Writing):
    """Korean figures: `ko_quantities` reads them; the methods write them."""

    language = "ko"

    def read(self, text: str) -> list[Quantity]:
        """Every figure of a Korean text, in the order they stand."""
        return ko_quantities(text)

    def number(self, value: float) -> str:
        """50000 -> '5만', 86400000000 -> '864억', 1.5 -> '1.5'; a year stays bare (2030).
        Whole numbers from 10,000 up take 만/억/조; the rest CLDR's separators."""
        if is_year(value):
            return str(int(value))
        if value == int(value) and abs(value) >= 10_000:
            n = int(value)
            return ("-" if n < 0 else "") + format_korean(abs(n))
        return decimal(value, "ko")

    def percent(self, value: float) -> str:
        """-3.5 -> '-3.5%'; from 10,000 up in digits ('10,100%'), since a percentage is
        not grouped by 만 ('1만 100%' reads as 10,000 and 100%)."""
        if abs(value) >= 10_000:
            return decimal(value, "ko") + "%"
        return self.number(value) + "%"

    def money(self, value: float, unit: str) -> str:
        """86.4e9 USD -> '864억 달러', 1.5e12 VND -> '1조 5,000억 동'."""
        return f"{self.number(value)} {CURRENCY_NAMES.get(unit, unit)}"

    def date(self, day: int | None, month: int, year: int | None, kind: str = "date") -> str:
        """2026년 10월 29일, 10월 29일, 2025년 12월, 12월, 2026년 3분기, 3분기."""
        if kind == "quarter":
            text = f"{month}분기"
        else:
            text = f"{month}월 {day}일" if day else f"{month}월"
        return f"{year}년 {text}" if year else text

    def date_range(
        self, day: int, month: int, end_day: int, end_month: int, year: int | None
    ) -> str:
        """2026년 9월 19~21일; across months 9월 30일 ~ 2026년 10월 2일."""
        if end_month == month:
            text = f"{month}월 {day}~{end_day}일"
            return f"{year}년 {text}" if year else text
        return f"{self.date(day, month, None)} ~ {self.date(end_day, end_month, year)}"


FIGURES = Korean()
