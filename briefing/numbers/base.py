"""The contract every language's figures follow, the values they are read into, and what the
three languages share: currencies, units of measure, lengths of time, the checks' matching.

A language (`briefing.numbers.vi`, `.ko`, `.en`) is a `Figures`: it reads a text into
`Quantity` values and writes a value back as that language writes it. Whatever one writes,
the same language reads back to the same value (`tests/test_numbers.py` checks it).

    figures = LANGUAGES["ko"]
    figures.read("864억 달러")            # [Quantity("money", 86.4e9, "USD", ...)]
    figures.money(86.4e9, "USD")          # "864억 달러"
    figures.date(29, 10, 2026)            # "2026년 10월 29일"

Each reader runs its patterns from the most specific (date ranges, dates, quarters, months)
to the least (bare numbers, number words); a span read once is not read again, so "29/10"
is one date and never the numbers 29 and 10.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date as calendar_date
from typing import Literal, Protocol, runtime_checkable

import regex

Kind = Literal["number", "percent", "money", "date", "month", "quarter"]


@dataclass(frozen=True)
class Quantity:
    """A figure read from a text: its kind, value and unit, where it stands, the upper end
    of a range, and the year of a date, month or quarter."""

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
        """Where the figure's text ends in the text it was read from."""
        return self.start + len(self.text)

    def same(self, other: Quantity) -> bool:
        """True when `other` states the same figure, whatever language wrote it."""
        # A sum of money whose currency the translation leaves implicit still matches.
        kinds = {self.kind, other.kind}
        if self.kind != other.kind and kinds != {"money", "number"}:
            return False
        # "60.000 tấn/năm" becomes "연간 6만t": the rate moves into words, the unit stays
        units = {u.removesuffix("/year") for u in (self.unit, other.unit) if u}
        if len(units) > 1:
            return False
        if self.year is not None and other.year is not None and self.year != other.year:
            return False
        return close(self.value, other.value) and close(
            self.high if self.high is not None else self.value,
            other.high if other.high is not None else other.value,
        )


@runtime_checkable
class Figures(Protocol):
    """One language's figures: a reader from text to quantities and a writer back."""

    language: str

    def read(self, text: str) -> list[Quantity]:
        """Every figure of `text`, in the order they stand."""
        ...

    def number(self, value: float) -> str:
        """A plain number as the language writes it; years stay bare."""
        ...

    def percent(self, value: float) -> str:
        """A percentage: the number and a percent sign."""
        ...

    def money(self, value: float, unit: str) -> str:
        """A sum of money in `unit` (an ISO currency), with the language's scale words."""
        ...

    def date(self, day: int | None, month: int, year: int | None, kind: str = "date") -> str:
        """A date, or with `kind` "month" or "quarter" (day None) a month or quarter."""
        ...

    def range(self, low: float, high: float, kind: str = "number", unit: str | None = None) -> str:
        """A range of figures of `kind` ("number", "percent", "money"): 20–30%, 2026–2030;
        `unit` is a sum's currency or a number's unit of measure."""
        ...

    def date_range(
        self, day: int, month: int, end_day: int, end_month: int, year: int | None
    ) -> str:
        """The days from one date to another, the year written once, at the end."""
        ...


class Writing:
    """What the three writers share: a percentage is the number and a sign, a range its two
    ends joined by a dash, and a range of dates (19–21/9/2026, 30 September – 2 October
    2026) as Vietnamese and English write them. A language overrides what it writes apart."""

    language: str

    def number(self, value: float) -> str:
        """A plain number as the language writes it."""
        raise NotImplementedError

    def money(self, value: float, unit: str) -> str:
        """A sum of money in `unit` as the language writes it."""
        raise NotImplementedError

    def date(self, day: int | None, month: int, year: int | None, kind: str = "date") -> str:
        """A date, month or quarter as the language writes it."""
        raise NotImplementedError

    def percent(self, value: float) -> str:
        """-3.5 -> '-3,5%' (vi), '-3.5%' (ko, en)."""
        return self.number(value) + "%"

    def range(self, low: float, high: float, kind: str = "number", unit: str | None = None) -> str:
        """20–30%, 2026–2030, 2.400–3.000 MW, '300 triệu USD – 500 triệu USD': a sum is
        written whole at both ends, since its scale word may differ between them."""
        if kind == "percent":
            return f"{self.number(low)}–{self.percent(high)}"
        if kind == "money" and unit:
            return f"{self.money(low, unit)} – {self.money(high, unit)}"
        text = f"{self.number(low)}–{self.number(high)}"
        return f"{text} {unit_name(unit, self.language, high)}" if unit else text

    def date_range(
        self, day: int, month: int, end_day: int, end_month: int, year: int | None
    ) -> str:
        """19–21/9/2026, 19–21 September 2026; across months 30/9 – 2/10/2026."""
        last = self.date(end_day, end_month, year)
        if end_month == month:
            return f"{day}–{last}"
        return f"{self.date(day, month, None)} – {last}"


def close(a: float, b: float) -> bool:
    """True when two values are the same figure up to floating-point noise."""
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
    "yen": "JPY", "yên": "JPY", "yên nhật": "JPY", "jpy": "JPY", "엔": "JPY",
}  # fmt: skip
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
ROMAN_OF = {quarter: roman for roman, quarter in ROMAN.items()}


def _units() -> dict[str, str]:
    from briefing.data import table

    return table("units")


# Units of measure after a number (briefing/data/units.tsv): "2.400 MW", "12만㎡", "40.000 tấn".
UNITS = _units()
UNIT_FORMS = {written.lower(): unit for written, unit in UNITS.items()}
# "평" (a Korean area, 3.3058 m²) is a unit, not the first syllable of 평가, 평균, 평화 …
_NOT_UNITS = {
    "평": "(?!가|균|화|양|야|택|생|창|일|년|소|상|등|판|범|안|면|시)",
    # "21세", not 세계, 세대, 세금, 세액 …
    "세": "(?!계|대|기|금|액|율|입|수|출|법|제|포|무|관|종|부|션|미|트|칙|월|상|력|균|일)",
}
UNIT_PATTERN = "|".join(
    re.escape(u) + _NOT_UNITS.get(u, "") for u in sorted(UNITS, key=len, reverse=True)
)
# A unit's name where it is no symbol every language writes alike.
UNIT_NAMES = {
    "t": {"vi": "tấn", "ko": "톤", "en": "t"},
    "평": {"vi": "pyeong", "ko": "평", "en": "pyeong"},
    # a capacity a year: "60.000 tấn/năm"
    "t/year": {"vi": "tấn/năm", "ko": "톤/년", "en": "t/year"},
    "t/day": {"vi": "tấn/ngày", "ko": "톤/일", "en": "t/day"},
    "TEU/year": {"vi": "TEU/năm", "ko": "TEU/년", "en": "TEU/year"},
    # so many times another figure: "gấp 1,5 lần", "1.5배"
    "lần": {"vi": "lần", "ko": "배", "en": "times"},
    "배": {"vi": "lần", "ko": "배", "en": "times"},
    # a difference of percentages: "1,5 điểm phần trăm", "14%포인트", "3%p"
    "pp": {"vi": "điểm phần trăm", "ko": "%포인트", "en": "percentage points"},
    # lengths of time (a figure of kind `period`: "hợp đồng 3 năm", "5년간")
    "year": {"vi": "năm", "ko": "년", "en": "years"},
    "month": {"vi": "tháng", "ko": "개월", "en": "months"},
    "week": {"vi": "tuần", "ko": "주", "en": "weeks"},
    "day": {"vi": "ngày", "ko": "일", "en": "days"},
    "hour": {"vi": "giờ", "ko": "시간", "en": "hours"},
    "minute": {"vi": "phút", "ko": "분", "en": "minutes"},
    "night": {"vi": "đêm", "ko": "박", "en": "nights"},  # a stay: "lưu trú 3,5 đêm", "3박"
    "age": {"vi": "tuổi", "ko": "세", "en": "years old"},  # "18 đến 39 tuổi", "21세"
}
# How each language writes a length of time's unit, to the unit a figure keeps.
_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "night")
DURATION_FORMS = {
    form: unit
    for unit in _DURATION_UNITS
    for form in (*UNIT_NAMES[unit].values(), unit, UNIT_NAMES[unit]["en"].rstrip("s"))
}

# What a rate's unit is per, as writers shorten it: "m/s", "km/h", "m³/ngày đêm" (a full day)
PER_FORMS = {"s": "s", "giây": "s", "h": "hour", "ngày đêm": "day"}


def duration_words(language: str) -> dict[str, str]:
    """How `language` writes each length of time, to its unit: năm -> year, 개월 -> month."""
    units = set(DURATION_FORMS.values())
    return {names[language]: unit for unit, names in UNIT_NAMES.items() if unit in units}


def unit_name(unit: str, language: str, count: float | None = None) -> str:
    """How `language` writes a unit of measure: `t` is tấn, 톤, t; `year` is năm, 년,
    years (year for one)."""
    if "/" in unit and unit not in UNIT_NAMES:  # "m³/day": each part, what it is per singular
        whole, _, per = unit.partition("/")
        per_name = UNIT_NAMES.get(per, {}).get(language, per)
        if language == "en" and per in DURATION_FORMS:
            per_name = per_name.removesuffix("s")
        return f"{unit_name(whole, language)}/{per_name}"
    name = UNIT_NAMES.get(unit, {}).get(language, unit)
    if language == "en" and count == 1 and unit in DURATION_FORMS:
        return name.removesuffix("s")
    return name


# ----------------------------------------------------------------------------- reading


def valid_day(day: int, month: int, year: int | None = None) -> bool:
    """True for a day that exists in its month (29/2 without a year passes)."""
    try:
        calendar_date(year or 2024, month, day)  # 2024: a leap year, so 29/2 passes
    except ValueError:
        return False
    return True


def valid_year(year: int | None) -> bool:
    """True for no year, or a year a news article can mean (1900-2200)."""
    return year is None or 1900 <= year <= 2200


class Reading:
    """Quantities found in a text, and the spans they cover (later readers skip them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[Quantity] = []
        self.spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        """True when no figure read so far covers any of `start`..`end`."""
        return not any(a < end and start < b for a, b in self.spans)

    def add(self, match: re.Match[str], *quantities: Quantity, group: int | str = 0) -> None:
        """Keep `quantities`, read from `match` (or its `group`), unless its span is taken."""
        start, end = match.span(group)
        if not self.free(start, end):
            return
        self.spans.append((start, end))
        text = self.text[start:end].strip()
        for q in quantities:
            self.items.append(replace(q, text=q.text or text, start=start))

    def sorted(self) -> list[Quantity]:
        """The quantities in the order they stand in the text."""
        return sorted(self.items, key=lambda q: q.start)


# "064-760-2651", "(024) 3825 1234", "0256.3818.886": telephone numbers, no figures.
_PHONE = re.compile(r"(?<![\d.,])(?:\(0\d{1,3}\)\s?|0\d{1,3}[-. ])\d{3,4}[-. ]\d{3,4}(?![\d])")
# Four digits, a hyphen, four more: a range ("1990-2020", "1500-2000 USD") ends higher than it
# starts; a service number ("1577-0071", "1900-1234") need not.
_FOUR_FOUR = re.compile(r"(?<![\d.,])(\d{4})-(\d{4})(?!\d|[.,]\d)")
# "29/10" and "29/10/2026": day first, as Vietnamese writes it.
NUMERIC_DATE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")


# "Mã số dự án: 2131 4468 27", "기사번호 20261130-0412": a code in groups of digits (three
# groups or more, or a long one joined by a hyphen), no figure
_CODE = regex.compile(
    r"(?<![\d.,])(?:\d{3,}(?:\s\d{2,}){2,}|\d{6,}-\d{3,})(?!\d|[.,]\d)"
    r"|(?<=(?:[Mm]ã số|[Mm]ã dự án|[Ss]ố hiệu|기사번호|등록번호)[^\d\n:：]{0,20}[:：]\s*)\d[\d\s-]*\d"
)


def read_phones(found: Reading) -> None:
    """Telephone numbers and codes take their span, so no reader after this reads a figure
    in them."""
    for m in _PHONE.finditer(found.text):
        found.add(m)
    for m in _FOUR_FOUR.finditer(found.text):
        if int(m.group(2)) <= int(m.group(1)):
            found.add(m)
    for m in _CODE.finditer(found.text):
        found.add(m)


def read_numeric_dates(found: Reading) -> None:
    """`29/10` and `29/10/2026`, day first as Vietnamese writes them, in any language."""
    for m in NUMERIC_DATE.finditer(found.text):
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if valid_day(day, month, year) and valid_year(year):
            found.add(m, date_of(day, month, year))


def date_of(day: int, month: int, year: int | None = None) -> Quantity:
    """A date as a quantity: its value is month * 100 + day."""
    return Quantity("date", month * 100 + day, year=year)


def figure_of(m: re.Match[str], read: Callable[[str], float], scales: dict[str, float]) -> Quantity:
    """A figure from a reader's match: sign, number, optional range end, %, scale, currency
    or unit (the groups `sign`, `num`, `sign2`, `num2`, `pct`, `scale`, `cur`, `unit`)."""
    groups = m.groupdict()
    value = read(m.group("num"))
    high = read(groups["num2"]) if groups.get("num2") else None
    if groups.get("sign"):
        value = -value
    if high is not None and groups.get("sign2"):
        high = -high  # "-3,5–-1,2%": a range below zero
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
    if unit and groups.get("per"):  # "40.000 m³/ngày đêm": m³/day
        per = groups["per"].lower()
        per = PER_FORMS.get(per) or DURATION_FORMS.get(per) or UNIT_FORMS.get(per, per)
        return Quantity("number", value, f"{UNIT_FORMS[unit.lower()]}/{per}", high=high)
    return Quantity("number", value, UNIT_FORMS[unit.lower()] if unit else None, high=high)


def word_figure(value: float, m: re.Match[str], scales: dict[str, float]) -> Quantity:
    """A number word's figure ("hai triệu", "two million dollars"); without a scale word it
    is loose (never flagged on its own)."""
    scale = m.group("scale")
    currency = m.group("cur")
    if scale:
        value *= scales[scale.lower()]
    if currency:
        return Quantity("money", value, CURRENCIES[currency.lower()])
    return Quantity("number", value, loose=not scale)


# ----------------------------------------------------------------------------- matching


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
        if any(q.kind == quantity.kind and close(q.value, quantity.value) for q in bare):
            dropped.append(quantity)
    return dropped


# ----------------------------------------------------------------------------- writing


def is_year(value: float) -> bool:
    """True for a whole number a reader takes for a year (1900-2100): it is written bare,
    without thousands separators or Korean grouping."""
    return value == int(value) and 1900 <= int(value) <= 2100


def decimal(value: float, language: str) -> str:
    """`value` with CLDR's separators for `language` (babel) and up to three decimals."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="#,##0.###", locale=language))


def scaled_money(
    value: float,
    name: str,
    scales: tuple[tuple[str, float], ...],
    number: Callable[[float], str],
) -> str:
    """A sum written with the largest scale word three decimals can carry exactly ("86,4 tỷ
    USD", not "1 triệu" for 1,000,000.1), else in full; `name` is the currency's word."""
    for word, size in scales:
        scaled = value / size
        # Only floating-point noise may be rounded away: 999,999,999 is no "1.000 triệu".
        if abs(value) >= size and abs(round(scaled, 3) - scaled) <= 1e-12 * abs(scaled):
            return f"{number(scaled)} {word} {name}"
    return f"{number(value)} {name}"
