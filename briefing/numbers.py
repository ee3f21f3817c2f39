"""Figures in Vietnamese, Korean and English read into values, and written back out.

    vi  50.000 · 1,5 · -3,5% · 20 - 30% · 86,4 tỷ USD · 300 đến 500 triệu USD · hai triệu
        29/10 · 29/10/2026 · từ ngày 8 đến ngày 14/11 · 12/2025 · quý III/2026 · năm 2030
    ko  5만 · 약5만 · 만 명 · 백만 달러 · 864억 달러 · 7억 5천만 달러 · 1억 2,345만 6,789
        10월 29일 · 2026년 10월 29일 · 11월 8~14일 · 2025년 12월 · 2026년 3분기 · 2030년
    en  50,000 · 86.4 billion · $1.5bn · 1.5m · five · two million · 20-30%
        29 October 2026 · Oct. 29 · 8-14 November · December 2025 · Q3 2026 · 80 per cent

Each figure becomes a Quantity (kind, value, unit; a range's upper end; a date's,
month's or quarter's year); the checks compare the quantities of a source sentence with
those of each translation. Small number words (`five`, `năm`, `다섯`) are "loose": they
can show that a figure was kept or changed, but are never flagged on their own, since a
translation may write 5 as "five" and "two countries" as "both".

Writing uses babel's CLDR data for separators (`50.000` vi, `50,000` en and ko) and for
long dates; every written figure reads back to the same value (a property test checks
it in all three languages).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date as calendar_date
from typing import Literal

Kind = Literal["number", "percent", "money", "date", "month", "quarter"]


@dataclass(frozen=True)
class Quantity:
    kind: Kind
    value: float  # dates: month * 100 + day; months: the month; quarters: 1-4
    unit: str | None = None  # ISO currency for money; a unit of measure (MW, ha, t) for a number
    text: str = ""
    start: int = 0  # where it stands in the text
    high: float | None = None  # the upper end of a range: 20-30%, 2026–2030
    year: int | None = None  # of a date, month or quarter, when written
    loose: bool = False  # a small number word: never flagged on its own

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def same(self, other: Quantity) -> bool:
        # A sum of money whose currency the translation leaves implicit still matches.
        kinds = {self.kind, other.kind}
        if self.kind != other.kind and kinds != {"money", "number"}:
            return False
        if self.unit and other.unit and self.unit != other.unit:
            return False
        if self.year is not None and other.year is not None and self.year != other.year:
            return False
        return _close(self.value, other.value) and _close(
            self.high if self.high is not None else self.value,
            other.high if other.high is not None else other.value,
        )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
CURRENCIES = {
    "usd": "USD", "đô la": "USD", "đô la mỹ": "USD", "dollars": "USD", "dollar": "USD",
    "us dollars": "USD", "$": "USD", "us$": "USD", "달러": "USD", "đồng": "VND", "vnd": "VND",
    "vnđ": "VND", "dong": "VND", "동": "VND", "won": "KRW", "원": "KRW", "krw": "KRW", "₩": "KRW",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "유로": "EUR",
}  # fmt: skip
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _units() -> dict[str, str]:
    from briefing.data import table

    return table("units")


# Units of measure after a number (briefing/data/units.tsv): "2.400 MW", "12만㎡", "40.000 tấn".
UNITS = _units()
UNIT_FORMS = {written.lower(): unit for written, unit in UNITS.items()}
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# A unit's name where it is no symbol every language writes alike.
UNIT_NAMES = {
    "t": {"vi": "tấn", "ko": "톤", "en": "t"},
    # lengths of time (a figure of kind `period`: "hợp đồng 3 năm", "5년간")
    "year": {"vi": "năm", "ko": "년", "en": "years"},
    "month": {"vi": "tháng", "ko": "개월", "en": "months"},
    "week": {"vi": "tuần", "ko": "주", "en": "weeks"},
    "day": {"vi": "ngày", "ko": "일", "en": "days"},
    "hour": {"vi": "giờ", "ko": "시간", "en": "hours"},
    "minute": {"vi": "phút", "ko": "분", "en": "minutes"},
}
# How each language writes a length of time's unit, to the unit a figure keeps.
DURATION_FORMS = {
    form: unit
    for unit, names in UNIT_NAMES.items()
    if unit != "t"
    for form in (*names.values(), unit, names["en"].rstrip("s"))
}


def duration_words(language: str) -> dict[str, str]:
    """How `language` writes each length of time, to its unit: năm -> year, 개월 -> month."""
    units = set(DURATION_FORMS.values())
    return {names[language]: unit for unit, names in UNIT_NAMES.items() if unit in units}


def unit_name(unit: str, language: str, count: float | None = None) -> str:
    """How `language` writes a unit of measure: `t` is tấn, 톤, t; `year` is năm, 년,
    years (year for one)."""
    name = UNIT_NAMES.get(unit, {}).get(language, unit)
    if language == "en" and count == 1 and unit in DURATION_FORMS:
        return name.removesuffix("s")
    return name


_DASH = r"(?:\s*[-–—~∼]\s*)"


def _valid_day(day: int, month: int, year: int | None = None) -> bool:
    try:
        calendar_date(year or 2024, month, day)  # 2024: a leap year, so 29/2 passes
    except ValueError:
        return False
    return True


def _valid_year(year: int | None) -> bool:
    return year is None or 1900 <= year <= 2200


class _Found:
    """Quantities found in a text, and the spans they cover (later readers skip them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[Quantity] = []
        self.spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in self.spans)

    def add(self, match: re.Match[str], *quantities: Quantity, group: int | str = 0) -> None:
        start, end = match.span(group)
        if not self.free(start, end):
            return
        self.spans.append((start, end))
        text = self.text[start:end].strip()
        for q in quantities:
            self.items.append(replace(q, text=q.text or text, start=start))

    def sorted(self) -> list[Quantity]:
        return sorted(self.items, key=lambda q: q.start)


# "064-760-2651", "(024) 3825 1234", "0256.3818.886": telephone numbers, no figures.
_PHONE = re.compile(r"(?<![\d.,])(?:\(0\d{1,3}\)\s?|0\d{1,3}[-. ])\d{3,4}[-. ]\d{3,4}(?![\d])")


def _phones(found: _Found) -> None:
    """Telephone numbers take their span, so no reader after this reads a figure in them."""
    for m in _PHONE.finditer(found.text):
        found.add(m)


def _numeric_dates(found: _Found) -> None:
    """`29/10` and `29/10/2026`, day first as Vietnamese writes them, in any language."""
    for m in _VI_DATE.finditer(found.text):
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if _valid_day(day, month, year) and _valid_year(year):
            found.add(m, _date(day, month, year))


def _date(day: int, month: int, year: int | None = None) -> Quantity:
    return Quantity("date", month * 100 + day, year=year)


# ----------------------------------------------------------------------------- Vietnamese

_VI_SCALE = {
    "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6,
    "tỷ": 1e9, "tỉ": 1e9,
}  # fmt: skip
# A number that opens with 0 and another digit is a telephone number or a code, never a
# figure (the (?!0\d) below). 50.000 and 1,5 as Vietnamese writes them; 10.5 and 2.35 (a dot before one or two digits
# cannot group thousands) as some outlets write decimals.
_VI_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
_VI_SCALES = r"nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ"
_VI_CUR = r"USD|đô la Mỹ|đô la|đồng|VNĐ|VND|won|euro|EUR"
_VI_DATE_RANGE = re.compile(
    r"(?<![\d/])(?:ngày\s+)?(\d{1,2})\s*(?:–|-|—|đến|tới|và)\s*(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])"
)
_VI_DATE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
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
    r"(?<![\w.,/])(?P<sign>[-−](?=\d))?(?!0\d)(?P<num>" + _VI_NUM + r")(?![\d/])"
    r"(?:(?P<range>\s*[-–—~]\s*|\s+(?:đến|tới)\s+)(?P<num2>" + _VI_NUM + r")(?![\d/]))?"
    r"(?:\s*(?P<pct>%|phần trăm)"
    r"|(?:\s+(?P<scale>" + _VI_SCALES + r")\b)?"
    r"(?:\s*(?P<cur>" + _VI_CUR + r")\b|\s*(?P<unit>" + _UNIT + r")(?![\w²³]))?)",
    re.I,
)
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
    found = _Found(text)
    _phones(found)
    for m in _VI_DATE_RANGE.finditer(text):
        day1, day2, month = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else None
        if (
            day1 < day2
            and _valid_day(day1, month, year)
            and _valid_day(day2, month, year)
            and _valid_year(year)
        ):
            found.add(m, _date(day1, month, year), _date(day2, month, year))
    for m in _VI_DATE_WORDS.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if _valid_day(day, month, year) and _valid_year(year):
            found.add(m, _date(day, month, year))
    for m in _VI_QUARTER.finditer(text):
        number = m.group(1).upper()
        quarter = ROMAN.get(number) or int(number)
        found.add(m, Quantity("quarter", quarter, year=int(m.group(2)) if m.group(2) else None))
    for m in _VI_MONTH.finditer(text):
        month, year = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        if 1 <= month <= 12 and _valid_year(year):
            found.add(m, Quantity("month", month, year=year))
    for m in _VI_DATES_ACROSS.finditer(text):
        d1, m1, d2, m2 = int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5))
        year = int(m.group(6) or m.group(3)) if (m.group(6) or m.group(3)) else None
        if _valid_day(d1, m1, year) and _valid_day(d2, m2, year) and (m1, d1) < (m2, d2):
            found.add(m, _date(d1, m1, year), _date(d2, m2, year))
    for m in _VI_DOTTED_DATE.finditer(text):
        day, month = int(m.group(2)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else None
        first = int(m.group(1)) if m.group(1) else None
        if _valid_day(day, month, year) and _valid_year(year):
            dates = [_date(day, month, year)]
            if first is not None and first < day:
                dates.insert(0, _date(first, month, year))
            found.add(m, *dates)
    for m in _VI_BARE_MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 12:
            found.add(m, Quantity("month", int(m.group(1))))
    _numeric_dates(found)
    for m in _VI_SIGNED.finditer(text):
        times = _SIGN_SCALE[m.group("scale").lower()] if m.group("scale") else 1.0
        currency = {"$": "USD", "US$": "USD", "€": "EUR", "₩": "KRW"}[m.group("sym").upper()]
        found.add(m, Quantity("money", parse_vi_number(m.group("num")) * times, currency))
    for m in _VI.finditer(text):
        found.add(m, _quantity(m, parse_vi_number, _VI_SCALE))
    for m in _VI_WORD.finditer(text):
        scale = m.group("scale")
        if not scale and not _VI_COUNTED.match(text, m.end()):
            continue
        if m.group("word").lower() == "năm" and not scale:
            continue  # "năm" before a noun is still most often "year"
        value = float(_VI_WORDS[m.group("word").lower()])
        found.add(m, _word_quantity(value, m, _VI_SCALE))
    return found.sorted()


# ----------------------------------------------------------------------------- Korean

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
# "1원전" (nuclear plant No. 1), "원장", "동남아", "동시에": 원 and 동 are no currency
# before the syllables that make them other words; 달러 and 유로 always are.
_KO_AFTER_CURRENCY = r"(?<=달러|유로)|(?<=원)(?![전자장칙인래형회단료로서칙])|(?<=동)(?![남부북서안시의참반일맹포물향])"
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
    r"(?:(?P<range>\s*[~∼-]\s*)(?P<num2>" + _KO_GROUPED + "|" + _KO_NUM + r"))?"
    r"(?:\s*(?P<pct>%|퍼센트)|\s*(?P<cur>달러|원|동|유로)(?:"
    + _KO_AFTER_CURRENCY
    + r")|\s*(?P<unit>"
    + _UNIT
    + r")(?![A-Za-z²³]))?"
)
# A bare unit: "만 명" (10,000 people), "백만 달러" (a million dollars); not "수만 명".
_KO_BARE = re.compile(
    r"(?<![\w\d])(?P<num>[천백십]?[조억만])(?=\s*(?:명|개|곳|건|달러|원|동|유로|대|톤|가구))"
    r"(?:\s*(?P<cur>달러|원|동|유로))?"
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


def ko_quantities(text: str) -> list[Quantity]:
    found = _Found(text)
    _phones(found)
    for m in _KO_DATE_RANGE.finditer(text):
        year = int(m.group(1)) if m.group(1) else None
        month, day1, day2 = int(m.group(2)), int(m.group(3)), int(m.group(4))
        if day1 < day2 and _valid_day(day1, month, year) and _valid_day(day2, month, year):
            found.add(m, _date(day1, month, year), _date(day2, month, year))
    for m in _KO_DATE.finditer(text):
        year = int(m.group(1)) if m.group(1) else None
        month, day = int(m.group(2)), int(m.group(3))
        if _valid_day(day, month, year) and _valid_year(year):
            found.add(m, _date(day, month, year))
    for m in _KO_DOTTED_DATE.finditer(text):  # "2026.9.17" in bylines and captions
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid_day(day, month, year) and _valid_year(year):
            found.add(m, _date(day, month, year))
    for m in _KO_QUARTER.finditer(text):
        found.add(
            m, Quantity("quarter", int(m.group(2)), year=int(m.group(1)) if m.group(1) else None)
        )
    for m in _KO_MONTH.finditer(text):
        month, year = int(m.group(2)), int(m.group(1))
        if 1 <= month <= 12 and _valid_year(year):
            found.add(m, Quantity("month", month, year=year))
    for m in _KO_MONTH_RANGE.finditer(text):
        if 1 <= int(m.group(1)) < int(m.group(2)) <= 12:
            found.add(m, Quantity("month", int(m.group(2)), loose=True))
    for m in _KO_BARE_MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 12:
            found.add(m, Quantity("month", int(m.group(1))))
    _numeric_dates(found)  # 29/10 in a Korean text is still day/month
    for m in _KO.finditer(text):
        found.add(m, _quantity(m, ko_number, {}))
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


# ----------------------------------------------------------------------------- English

_EN_SCALE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
# Month names are matched capitalised only: "may" is a verb, "Jan" is not "jan".
_EN_MONTH = (
    r"(?P<MONTH>(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?"
)
_EN_YEAR = r"(?:,?\s+(?P<YEAR>(?:19|20|21)\d{2})(?!\d))?"


def _month_group(name: str) -> str:
    return _EN_MONTH.replace("MONTH", name)


_DAY = r"(?P<DAY>\d{1,2})(?:st|nd|rd|th)?"


def _day(name: str) -> str:
    return _DAY.replace("DAY", name)


_EN_DATE_RANGE = re.compile(
    r"\b(?:from\s+)?"
    + _day("a1")
    + r"\s*(?:[-–—]|to|and)\s*"
    + _day("b1")
    + r"\s+"
    + _month_group("m1")
    + _EN_YEAR.replace("YEAR", "y1")
    + r"|\b"
    + _month_group("m2")
    + r"\s+"
    + _day("a2")
    + r"\s*(?:[-–—]|to)\s*"
    + _day("b2")
    + r"\b"
    + _EN_YEAR.replace("YEAR", "y2"),
    re.I,
)
_EN_DATE = re.compile(
    r"\b(?:"
    + _day("d1")
    + r"\s+(?:of\s+)?"
    + _month_group("m1")
    + _EN_YEAR.replace("YEAR", "y1")
    + r"|"
    + _month_group("m2")
    + r"\s+"
    + _day("d2")
    + r"(?!\d)"
    + _EN_YEAR.replace("YEAR", "y2")
    + r")(?![\w])",
    re.I,
)
# A month named on its own ("until the end of November"); not May, a modal verb as often.
_EN_BARE_MONTH = re.compile(
    r"(?<![\w-])(?-i:January|February|March|April|June|July|August|September|October|November|"
    r"December)(?!\s*\d)(?![\w-])"
)
_EN_MONTH_YEAR = re.compile(r"\b" + _month_group("m") + r"\s+((?:19|20|21)\d{2})\b", re.I)
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_EN_QUARTER = re.compile(
    r"\bQ([1-4])(?:\s*[/-]?\s*((?:19|20|21)\d{2}))?\b"
    r"|\b(first|second|third|fourth)[- ]quarter(?:\s+(?:of\s+)?((?:19|20|21)\d{2}))?",
    re.I,
)
_EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_CUR = r"USD|US dollars|dollars|dollar|VND|dong|won|KRW|euros|euro|EUR"
_EN_SCALES = r"thousand|million|billion|trillion|bn|mn|trn|tn|[kmb](?![a-z])"
_EN = re.compile(
    r"(?P<dollar>(?:US)?\$\s?|€\s?|₩\s?|(?:USD|VND|KRW|EUR)\s)?(?<![\w.,])(?P<sign>[-−](?=\d))?"
    r"(?P<num>" + _EN_NUM + r")(?![\d,]\d)"
    r"(?:(?P<range>\s*[-–—]\s*|\s+to\s+)(?P<num2>" + _EN_NUM + r")(?![\d,]\d))?"
    r"(?:\s*(?P<pct>%|per ?cent|pct)"
    r"|(?:\s*(?P<scale>" + _EN_SCALES + r")\b)?"
    r"(?:\s*(?P<cur>" + _EN_CUR + r")\b)?)",
    re.I,
)
_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a thousand": 1000,
}  # fmt: skip
_EN_WORD = re.compile(
    r"(?<![\w-])(?P<word>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|a thousand|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?"
    r"(?:\s+(?P<cur>" + _EN_CUR + r"))?(?![\w-])",
    re.I,
)


def _en_word_value(word: str) -> float:
    word = word.lower()
    if "-" in word:
        tens, ones = word.split("-")
        return float(_EN_WORDS[tens] + _EN_WORDS[ones])
    return float(_EN_WORDS[word])


def _en_month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(name[:3]))


def en_quantities(text: str) -> list[Quantity]:
    found = _Found(text)
    _phones(found)
    for m in _EN_DATE_RANGE.finditer(text):
        n = "1" if m.group("m1") else "2"
        day1, day2 = int(m.group("a" + n)), int(m.group("b" + n))
        month, year_text = _en_month(m.group("m" + n)), m.group("y" + n)
        year = int(year_text) if year_text else None
        if day1 < day2 and _valid_day(day1, month, year) and _valid_day(day2, month, year):
            found.add(m, _date(day1, month, year), _date(day2, month, year))
    for m in _EN_DATE.finditer(text):
        n = "1" if m.group("m1") else "2"
        day, month, year_text = int(m.group("d" + n)), _en_month(m.group("m" + n)), m.group("y" + n)
        year = int(year_text) if year_text else None
        if _valid_day(day, month, year):
            found.add(m, _date(day, month, year))
    for m in _EN_QUARTER.finditer(text):
        quarter = int(m.group(1)) if m.group(1) else _EN_ORDINALS[m.group(3).lower()]
        year_text = m.group(2) or m.group(4)
        found.add(m, Quantity("quarter", quarter, year=int(year_text) if year_text else None))
    for m in _EN_MONTH_YEAR.finditer(text):
        found.add(m, Quantity("month", _en_month(m.group("m")), year=int(m.group(2))))
    for m in _EN_BARE_MONTH.finditer(text):
        found.add(m, Quantity("month", _en_month(m.group(0))))
    _numeric_dates(found)  # 29/10/2026 kept as written in a translation
    for m in _EN.finditer(text):
        quantity = _quantity(m, lambda s: float(s.replace(",", "")), _EN_SCALE)
        prefix = m.group("dollar")
        if prefix:
            code = prefix.strip().upper().replace("US$", "$")
            currency = {"$": "USD", "€": "EUR", "₩": "KRW"}.get(code, code)
            quantity = replace(quantity, kind="money", unit=currency)
        found.add(m, quantity)
    for m in _EN_WORD.finditer(text):
        value = _en_word_value(m.group("word"))
        found.add(m, _word_quantity(value, m, _EN_SCALE))
    return found.sorted()


# ----------------------------------------------------------------------------- shared


def _quantity(m: re.Match[str], read: Callable[[str], float], scales: dict[str, float]) -> Quantity:
    """A figure from a reader's match: number, optional range end, %, scale, currency."""
    groups = m.groupdict()
    value = read(m.group("num"))
    high = read(groups["num2"]) if groups.get("num2") else None
    if groups.get("sign"):
        value = -value
    if high is not None and high < value:
        # "2026-30" is not a range here; "10-5" neither: read only the first number.
        high = None
    if groups.get("pct"):
        return Quantity("percent", value, high=high)
    scale = groups.get("scale")
    if scale:
        factor = scales[scale.lower()]
        value *= factor
        high = high * factor if high is not None else None
    currency = groups.get("cur")
    if currency:
        return Quantity("money", value, CURRENCIES[currency.lower()], high=high)
    unit = groups.get("unit")
    return Quantity("number", value, UNIT_FORMS[unit.lower()] if unit else None, high=high)


def _word_quantity(value: float, m: re.Match[str], scales: dict[str, float]) -> Quantity:
    scale = m.group("scale")
    currency = m.group("cur")
    if scale:
        value *= scales[scale.lower()]
    if currency:
        return Quantity("money", value, CURRENCIES[currency.lower()])
    return Quantity("number", value, loose=not scale)


READERS = {"vi": vi_quantities, "ko": ko_quantities, "en": en_quantities}


def quantities(text: str, language: str) -> list[Quantity]:
    return READERS[language](text)


def endpoints(quantity: Quantity) -> list[Quantity]:
    """A range as its two ends (2026–2030 as 2026 and 2030); anything else as itself."""
    if quantity.high is None:
        return [quantity]
    return [replace(quantity, high=None), replace(quantity, value=quantity.high, high=None)]


def unmatched(
    source: Iterable[Quantity], target: Iterable[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Source quantities absent from the target, and target quantities absent from the
    source. A range matches a range or its two ends written apart."""
    remaining = [q for t in target for q in endpoints(t)]
    missing = []
    for quantity in (q for s in source for q in endpoints(s)):
        for i, candidate in enumerate(remaining):
            if quantity.same(candidate):
                del remaining[i]
                break
        else:
            missing.append(quantity)
    return missing, remaining


def year_dropped(source: Iterable[Quantity], target: Iterable[Quantity]) -> list[Quantity]:
    """Dates, months and quarters of the source whose year the translation leaves out."""
    bare = [q for q in target if q.kind in {"date", "month", "quarter"} and q.year is None]
    dropped = []
    for quantity in source:
        if quantity.year is None or quantity.kind not in {"date", "month", "quarter"}:
            continue
        if any(q.kind == quantity.kind and _close(q.value, quantity.value) for q in bare):
            dropped.append(quantity)
    return dropped


# ----------------------------------------------------------------------------- writing


def _decimal(value: float, language: str) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="#,##0.###", locale=language))


def format_number(value: float, language: str) -> str:
    """50000 -> '50.000' (vi), '50,000' (en), '5만' (ko); years stay bare. Separators
    are CLDR's for the language (babel); up to three decimals are kept."""
    if value == int(value):
        n = int(value)
        if 1900 <= n <= 2100:
            return str(n)
        if language == "ko" and abs(n) >= 10_000:
            return ("-" if n < 0 else "") + format_korean(abs(n))
    return _decimal(value, language)


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


def format_percent(value: float, language: str) -> str:
    return format_number(value, language) + "%"


def format_money(value: float, unit: str, language: str) -> str:
    names = {
        "ko": {"USD": "달러", "VND": "동", "KRW": "원", "EUR": "유로"},
        "en": {"USD": "USD", "VND": "VND", "KRW": "KRW", "EUR": "EUR"},
        "vi": {"USD": "USD", "VND": "đồng", "KRW": "won", "EUR": "euro"},
    }[language]
    name = names.get(unit, unit)
    scales = {
        "en": (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)),
        "vi": (("tỷ", 1e9), ("triệu", 1e6)),  # 1.500 tỷ đồng, as the press writes it
    }.get(language, ())
    for word, size in scales:
        scaled = value / size
        # A scale word only where three decimals say it all: 86,4 tỷ, not 1 triệu for 1,000,000.1.
        if abs(value) >= size and abs(round(scaled, 3) - scaled) <= 1e-9 * abs(scaled):
            return f"{format_number(scaled, language)} {word} {name}"
    return f"{format_number(value, language)} {name}"


def format_date(
    day: int | None, month: int, year: int | None, language: str, kind: str = "date"
) -> str:
    """A date, month or quarter as each language writes it: 29/10/2026, 2026년 10월 29일,
    29 October 2026 (babel's month names for English)."""
    if kind == "quarter":
        roman = {1: "I", 2: "II", 3: "III", 4: "IV"}[month]
        text = {"vi": f"quý {roman}", "ko": f"{month}분기", "en": f"Q{month}"}[language]
        if year is None:
            return text
        return {"vi": f"{text}/{year}", "ko": f"{year}년 {text}", "en": f"{text} {year}"}[language]
    if language == "vi":
        core = f"{day}/{month}" if day else f"tháng {month}"
        return f"{core}/{year}" if year and day else (f"{core}/{year}" if year else core)
    if language == "ko":
        core = f"{month}월 {day}일" if day else f"{month}월"
        return f"{year}년 {core}" if year else core
    from babel.dates import format_date as babel_date

    probe = calendar_date(year or 2024, month, day or 1)
    pattern = ("d MMMM" if day else "MMMM") + (" y" if year else "")
    return str(babel_date(probe, pattern, locale="en"))
