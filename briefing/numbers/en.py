"""Figures as English writes them, read into quantities and written back.

    50,000 · 86.4 billion · $1.5bn · 1.5m · -3.5% · 20-30% · 80 per cent · five · two million
    29 October 2026 · October 29, 2026 · Oct. 29 · 8-14 November · December 2025 · Q3 2026

Month names are read capitalised only ("may" is a verb). Long dates are written with CLDR's
month names (babel): "29 October 2026".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as calendar_date

from briefing.numbers.base import (
    MONTHS,
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
    word_figure,
)

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
_EN_CUR = r"USD|US dollars|dollars|dollar|VND|dong|won|KRW|euros|euro|EUR|yen|JPY"
_EN_SCALES = r"thousand|million|billion|trillion|bn|mn|trn|tn|[kmb](?![a-z])"
_EN = re.compile(
    r"(?P<dollar>(?:US)?\$\s?|€\s?|₩\s?|(?:USD|VND|KRW|EUR)\s)?(?<![\w.,])(?P<sign>[-−](?=\d))?"
    r"(?P<num>" + _EN_NUM + r")(?![\d,]\d)"
    r"(?:(?P<range>\s*[-–—]\s*|\s+to\s+)(?P<sign2>[-−](?=\d))?(?P<num2>"
    + _EN_NUM
    + r")(?![\d,]\d))?"
    r"(?:\s*(?P<pct>(?:%|per ?cent|pct)(?!age point))"
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
    """Every figure of an English text: dates and periods first, then numbers with their
    scale words and currencies, and number words ("five", "two million")."""
    found = Reading(text)
    read_phones(found)
    for m in _EN_DATE_RANGE.finditer(text):
        n = "1" if m.group("m1") else "2"
        day1, day2 = int(m.group("a" + n)), int(m.group("b" + n))
        month, year_text = _en_month(m.group("m" + n)), m.group("y" + n)
        year = int(year_text) if year_text else None
        if day1 < day2 and valid_day(day1, month, year) and valid_day(day2, month, year):
            found.add(m, date_of(day1, month, year), date_of(day2, month, year))
    for m in _EN_DATE.finditer(text):
        n = "1" if m.group("m1") else "2"
        day, month, year_text = int(m.group("d" + n)), _en_month(m.group("m" + n)), m.group("y" + n)
        year = int(year_text) if year_text else None
        if valid_day(day, month, year):
            found.add(m, date_of(day, month, year))
    for m in _EN_QUARTER.finditer(text):
        quarter = int(m.group(1)) if m.group(1) else _EN_ORDINALS[m.group(3).lower()]
        year_text = m.group(2) or m.group(4)
        found.add(m, Quantity("quarter", quarter, year=int(year_text) if year_text else None))
    for m in _EN_MONTH_YEAR.finditer(text):
        found.add(m, Quantity("month", _en_month(m.group("m")), year=int(m.group(2))))
    for m in _EN_BARE_MONTH.finditer(text):
        found.add(m, Quantity("month", _en_month(m.group(0))))
    read_numeric_dates(found)  # 29/10/2026 kept as written in a translation
    for m in _EN.finditer(text):
        quantity = figure_of(m, lambda s: float(s.replace(",", "")), _EN_SCALE)
        prefix = m.group("dollar")
        if prefix:
            code = prefix.strip().upper().replace("US$", "$")
            currency = {"$": "USD", "€": "EUR", "₩": "KRW"}.get(code, code)
            quantity = replace(quantity, kind="money", unit=currency)
        found.add(m, quantity)
    for m in _EN_WORD.finditer(text):
        value = _en_word_value(m.group("word"))
        found.add(m, word_figure(value, m, _EN_SCALE))
    return found.sorted()


# ----------------------------------------------------------------------------- writing

MONEY_SCALES = (("trillion", 1e12), ("billion", 1e9), ("million", 1e6))


class English(Writing):
    """English figures: `en_quantities` reads them; the methods write them."""

    language = "en"

    def read(self, text: str) -> list[Quantity]:
        """Every figure of an English text, in the order they stand."""
        return en_quantities(text)

    def number(self, value: float) -> str:
        """50000 -> '50,000', 1.5 -> '1.5', up to three decimals; a year stays bare (2030)."""
        if is_year(value):
            return str(int(value))
        return decimal(value, "en")

    def money(self, value: float, unit: str) -> str:
        """86.4e9 USD -> '86.4 billion USD': the ISO code after the figure."""
        return scaled_money(value, unit, MONEY_SCALES, self.number)

    def date(self, day: int | None, month: int, year: int | None, kind: str = "date") -> str:
        """29 October 2026, 29 October, December 2025, December, Q3 2026, Q3."""
        if kind == "quarter":
            return f"Q{month} {year}" if year else f"Q{month}"
        from babel.dates import format_date as babel_date

        probe = calendar_date(year or 2024, month, day or 1)
        pattern = ("d MMMM" if day else "MMMM") + (" y" if year else "")
        return str(babel_date(probe, pattern, locale="en"))


FIGURES = English()
