"""Figures in Vietnamese, Korean and English read into values, and written back out.

    vi  50.000 · 1,5 · 86,4 tỷ USD · 1.500 tỷ đồng · 29/10 · năm 2030 · 80%
    ko  5만 · 864억 달러 · 1조 5천억 동 · 10월 29일 · 2030년 · 80%
    en  50,000 · 86.4 billion · $86.4 billion · 29 October · 2030 · 80 per cent

Each figure becomes a Quantity (kind, value, unit); the checks compare the
quantities of a source sentence with those of each translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["number", "percent", "money", "date"]


@dataclass(frozen=True)
class Quantity:
    kind: Kind
    value: float  # dates: month * 100 + day
    unit: str | None = None  # ISO currency for money
    text: str = ""
    start: int = 0  # where it stands in the text

    def same(self, other: Quantity) -> bool:
        # A sum of money whose currency the translation leaves implicit still matches.
        kinds = {self.kind, other.kind}
        if self.kind != other.kind and kinds != {"money", "number"}:
            return False
        if self.unit and other.unit and self.unit != other.unit:
            return False
        return abs(self.value - other.value) <= 1e-9 * max(abs(self.value), 1.0)


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
CURRENCIES = {
    "usd": "USD", "đô la": "USD", "đô la mỹ": "USD", "dollars": "USD", "dollar": "USD",
    "us dollars": "USD", "$": "USD", "달러": "USD", "đồng": "VND", "vnd": "VND", "vnđ": "VND",
    "dong": "VND", "동": "VND", "won": "KRW", "원": "KRW", "krw": "KRW", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "유로": "EUR",
}  # fmt: skip

# ----------------------------------------------------------------------------- Vietnamese

_VI_SCALE = {
    "nghìn tỷ": 1e12,
    "ngàn tỷ": 1e12,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}
_VI_DATE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_VI = re.compile(
    r"(?<![\w.,/])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/])"
    r"(?:\s*(?P<pct>%|phần trăm)"
    r"|(?:\s+(?P<scale>nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)\b)?"
    r"(?:\s*(?P<cur>USD|đô la Mỹ|đô la|đồng|VNĐ|VND|won|euro|EUR)\b)?)",
    re.I,
)


def parse_vi_number(text: str) -> float:
    """'50.000' -> 50000, '1,5' -> 1.5, '86,4' -> 86.4 (Vietnamese separators)."""
    return float(text.replace(".", "").replace(",", "."))


def vi_quantities(text: str) -> list[Quantity]:
    out, dates = _numeric_dates(text)
    for m in _VI.finditer(text):
        if any(a <= m.start() < b for a, b in dates):
            continue
        out.append(_quantity(parse_vi_number(m.group("num")), m, _VI_SCALE))
    return _in_order(out, text)


# ----------------------------------------------------------------------------- Korean

_KO_UNITS = {"조": 1e12, "억": 1e8, "만": 1e4}
_KO_SMALL = {"천": 1e3, "백": 1e2, "십": 1e1}
_KO_DATE = re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_KO = re.compile(
    r"(?<![\w.,])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s*[조억만천백십]+(?:\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[조억만천백십]+)*)?)"
    r"(?:\s*(?P<pct>%|퍼센트)|\s*(?P<cur>달러|원|동|유로))?"
)


def ko_number(text: str) -> float:
    """'1조 5천억' -> 1.5e12, '864억' -> 8.64e10, '5만' -> 5e4, '50,000' -> 5e4."""
    total = 0.0
    group = 0.0
    pending: float | None = None
    for number, unit in re.findall(r"(\d[\d,]*(?:\.\d+)?)?\s*([조억만천백십]?)", text):
        if not number and not unit:
            continue
        value = float(number.replace(",", "")) if number else None
        if unit in _KO_SMALL:
            group += (value if value is not None else 1.0) * _KO_SMALL[unit]
            pending = None
        elif unit in _KO_UNITS:
            group += value if value is not None else (pending or 0.0)
            total += (group or 1.0) * _KO_UNITS[unit]
            group, pending = 0.0, None
        else:
            pending = value
            group += value or 0.0
    return total + group


def _numeric_dates(text: str) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """`29/10` (day/month, the Vietnamese order) in any of the three languages."""
    out, spans = [], []
    for m in _VI_DATE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            out.append(Quantity("date", month * 100 + day, None, m.group(0), m.start()))
            spans.append(m.span())
    return out, spans


def ko_quantities(text: str) -> list[Quantity]:
    out, dates = _numeric_dates(text)
    for m in _KO_DATE.finditer(text):
        month, day = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            out.append(Quantity("date", month * 100 + day, None, m.group(0), m.start()))
            dates.append(m.span())
    for m in _KO.finditer(text):
        if any(a <= m.start() < b for a, b in dates):
            continue
        out.append(_quantity(ko_number(m.group("num")), m, {}))
    return _in_order(out, text)


# ----------------------------------------------------------------------------- English

_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_DATE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")|(" + "|".join(MONTHS)
    + r")\s+(\d{1,2})(?:st|nd|rd|th)?)\b",
    re.I,
)  # fmt: skip
_EN = re.compile(
    r"(?P<dollar>\$\s?)?(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d)"
    r"(?:\s*(?P<pct>%|per ?cent)"
    r"|(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?:\s*(?P<cur>USD|US dollars|dollars|dollar|VND|dong|won|KRW|euros|euro|EUR)\b)?)",
    re.I,
)


def en_quantities(text: str) -> list[Quantity]:
    out, dates = _numeric_dates(text)
    for m in _EN_DATE.finditer(text):
        day = int(m.group(1) or m.group(4))
        month = MONTHS.index((m.group(2) or m.group(3)).lower()) + 1
        if 1 <= day <= 31:
            out.append(Quantity("date", month * 100 + day, None, m.group(0), m.start()))
            dates.append(m.span())
    for m in _EN.finditer(text):
        if any(a <= m.start("num") < b for a, b in dates):
            continue
        quantity = _quantity(float(m.group("num").replace(",", "")), m, _EN_SCALE)
        if m.group("dollar"):
            quantity = Quantity("money", quantity.value, "USD", m.group(0).strip(), m.start())
        out.append(quantity)
    return _in_order(out, text)


# ----------------------------------------------------------------------------- shared


def _quantity(value: float, m: re.Match[str], scales: dict[str, float]) -> Quantity:
    groups = m.groupdict()
    if groups.get("pct"):
        return Quantity("percent", value, None, m.group(0).strip(), m.start())
    scale = groups.get("scale")
    if scale:
        value *= scales[scale.lower()]
    currency = groups.get("cur")
    if currency:
        return Quantity("money", value, CURRENCIES[currency.lower()], m.group(0).strip(), m.start())
    return Quantity("number", value, None, m.group(0).strip(), m.start())


def _in_order(quantities: list[Quantity], text: str) -> list[Quantity]:
    return sorted(quantities, key=lambda q: q.start)


READERS = {"vi": vi_quantities, "ko": ko_quantities, "en": en_quantities}


def quantities(text: str, language: str) -> list[Quantity]:
    return READERS[language](text)


def unmatched(
    source: Iterable[Quantity], target: Iterable[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Source quantities absent from the target, and target quantities absent from the source."""
    remaining = list(target)
    missing = []
    for quantity in source:
        for i, candidate in enumerate(remaining):
            if quantity.same(candidate):
                del remaining[i]
                break
        else:
            missing.append(quantity)
    return missing, remaining


# ----------------------------------------------------------------------------- writing


def format_number(value: float, language: str) -> str:
    """50000 -> '50.000' (vi), '50,000' (en), '5만' (ko); years stay bare."""
    if value == int(value):
        n = int(value)
        if 1900 <= n <= 2100:
            return str(n)
        if language == "ko" and n >= 10_000:
            return format_korean(n)
        grouped = f"{n:,}"
        return grouped.replace(",", ".") if language == "vi" else grouped
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "vi":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def format_korean(n: int) -> str:
    """Korean groups by 10^4: 50000 -> '5만', 86400000000 -> '864억', 1.5e12 -> '1조 5,000억'."""
    parts = []
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        if n >= size:
            parts.append(f"{n // size:,}{unit}")
            n %= size
    if n:
        parts.append(f"{n:,}")
    return " ".join(parts)


def format_money(value: float, unit: str, language: str) -> str:
    names = {
        "ko": {"USD": "달러", "VND": "동", "KRW": "원", "EUR": "유로"},
        "en": {"USD": "USD", "VND": "VND", "KRW": "KRW", "EUR": "EUR"},
        "vi": {"USD": "USD", "VND": "đồng", "KRW": "won", "EUR": "euro"},
    }[language]
    name = names.get(unit, unit)
    if language == "en":
        for word, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
            if value >= size:
                return f"{format_number(value / size, 'en')} {word} {name}"
    if language == "vi":
        for word, size in (("nghìn tỷ", 1e12), ("tỷ", 1e9), ("triệu", 1e6)):
            if value >= size:
                return f"{format_number(value / size, 'vi')} {word} {name}"
    return f"{format_number(value, language)} {name}"
