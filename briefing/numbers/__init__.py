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

One module per language (`vi`, `ko`, `en`), each a `Figures` (the contract in `base`):
a reader and the writers back. The functions here take the language as an argument and
hand over to its module. Writing uses babel's CLDR data for separators (`50.000` vi,
`50,000` en and ko) and for long dates; every written figure reads back to the same value
(property tests check it in all three languages).
"""

from __future__ import annotations

from briefing.numbers import en, ko, vi
from briefing.numbers.base import (
    CURRENCIES,
    DURATION_FORMS,
    MONTHS,
    PER_FORMS,
    ROMAN,
    UNIT_FORMS,
    UNIT_NAMES,
    UNITS,
    Figures,
    Kind,
    Quantity,
    duration_words,
    endpoints,
    unit_name,
    unmatched,
    year_dropped,
)
from briefing.numbers.en import en_quantities
from briefing.numbers.ko import format_korean, ko_number, ko_quantities
from briefing.numbers.vi import parse_vi_number, vi_quantities

__all__ = [
    "CURRENCIES",
    "DURATION_FORMS",
    "LANGUAGES",
    "MONTHS",
    "PER_FORMS",
    "READERS",
    "ROMAN",
    "UNITS",
    "UNIT_FORMS",
    "UNIT_NAMES",
    "Figures",
    "Kind",
    "Quantity",
    "duration_words",
    "en_quantities",
    "endpoints",
    "figures",
    "format_date",
    "format_date_range",
    "format_korean",
    "format_money",
    "format_number",
    "format_percent",
    "format_range",
    "ko_number",
    "ko_quantities",
    "parse_vi_number",
    "quantities",
    "unit_name",
    "unmatched",
    "vi_quantities",
    "year_dropped",
]

LANGUAGES: dict[str, Figures] = {"vi": vi.FIGURES, "ko": ko.FIGURES, "en": en.FIGURES}
READERS = {"vi": vi_quantities, "ko": ko_quantities, "en": en_quantities}


def figures(language: str) -> Figures:
    """The figures of `language` (vi, ko or en): its reader and writers."""
    return LANGUAGES[language]


def quantities(text: str, language: str) -> list[Quantity]:
    """Every figure of `text`, written in `language`, in the order they stand."""
    return READERS[language](text)


def format_number(value: float, language: str) -> str:
    """50000 -> '50.000' (vi), '50,000' (en), '5만' (ko); years stay bare. Separators
    are CLDR's for the language (babel); up to three decimals are kept."""
    return LANGUAGES[language].number(value)


def format_percent(value: float, language: str) -> str:
    """A percentage as `language` writes it: '3,5%' (vi), '3.5%' (ko, en)."""
    return LANGUAGES[language].percent(value)


def format_money(value: float, unit: str, language: str) -> str:
    """A sum in `unit` (an ISO currency) as `language` writes it: '86,4 tỷ USD',
    '864억 달러', '86.4 billion USD'."""
    return LANGUAGES[language].money(value, unit)


def format_date(
    day: int | None, month: int, year: int | None, language: str, kind: str = "date"
) -> str:
    """A date, month or quarter as each language writes it: 29/10/2026, 2026년 10월 29일,
    29 October 2026 (babel's month names for English)."""
    return LANGUAGES[language].date(day, month, year, kind)


def format_range(
    low: float, high: float, language: str, kind: str = "number", unit: str | None = None
) -> str:
    """A range of figures as `language` writes it: 20–30%, 2026–2030, '3억 달러 – 5억 달러'
    (`kind` "number", "percent" or "money"; `unit` a currency or a unit of measure)."""
    return LANGUAGES[language].range(low, high, kind, unit)


def format_date_range(
    day: int, month: int, end_day: int, end_month: int, year: int | None, language: str
) -> str:
    """The days from one date to another as `language` writes them: 19–21/9/2026,
    2026년 9월 19~21일, 30 September – 2 October 2026."""
    return LANGUAGES[language].date_range(day, month, end_day, end_month, year)
