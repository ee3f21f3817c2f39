"""The reference glossary and the table of titles and positions, shipped as data.

`data/reference/vietnam.csv` and `korea.csv` give the official forms of both countries'
ministries, agencies, provinces and cities, big groups, universities and missions in
Vietnamese, Korean and English, each row with the source of its forms; `titles.csv` the
academic titles and common positions. A forum's own glossary overrides them; what they
give is marked `reference` in the draft, the XLIFF notes and the OmegaT glossary, and is
never approved until a translator approves it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache

from briefing.data import DATA
from briefing.glossary import Term

# Kinds of rows that name a place; every other kind names an institution.
PLACES = {"province", "city", "country"}
# Kinds of Vietnamese institutions a Korean reader needs the country for (베트남 과학기술부).
NATIONAL = {"ministry", "agency", "body"}
FILES = ("vietnam", "korea", "countries")


@dataclass(frozen=True)
class Row:
    """One entry of the reference glossary: its forms in each language, kind, source and
    country file."""

    vi: tuple[str, ...]  # canonical first, then the further forms that match
    ko: tuple[str, ...]
    en: str
    kind: str
    source: str
    country: str  # the file: vietnam, korea or countries


def _cells(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@cache
def rows(name: str) -> tuple[Row, ...]:
    """The rows of `data/reference/<name>.csv`."""
    text = (DATA / "reference" / f"{name}.csv").read_text(encoding="utf-8")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        vi, ko, en = _cells(row["vi"]), _cells(row["ko"]), row["en"].strip()
        if vi and ko and en:
            out.append(Row(vi, ko, en, row["kind"].strip(), row["source"].strip(), name))
    return tuple(out)


def korean_forms(row: Row) -> tuple[str, ...]:
    """The Korean forms of a row: a Vietnamese ministry with its country first (베트남
    과학기술부), a Vietnamese province with 성 and a city with 시 as Korean writes them in
    running text (박닌성, 다낭시), then the bare forms."""
    if row.country != "vietnam":
        return row.ko
    first = row.ko[0]
    if row.kind in NATIONAL and not first.startswith("베트남"):
        return (f"베트남 {first}", *row.ko)
    if row.kind == "province" and not first.endswith("성"):
        return (*row.ko, f"{first}성")
    if row.kind == "city" and not first.endswith("시"):
        return (*row.ko, f"{first}시")
    return row.ko


def english_form(row: Row) -> str:
    """The English form: a ministry, agency or state body with its country (Ministry of
    Foreign Affairs of Korea), since both countries have one of each name."""
    country = {"vietnam": "Viet Nam", "korea": "Korea"}.get(row.country, "")
    if row.kind in NATIONAL and not re.search(r"Viet ?nam|Korea", row.en, re.I):
        return f"{row.en} of {country}"
    return row.en


def _brand(form: str) -> bool:
    """A bare brand (`Lotte`, `Samsung`): one capitalised Latin word that also names
    hotels, stores and subsidiaries, so it is not read as the group."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", form))


@cache
def terms() -> tuple[Term, ...]:
    """Every reference row as a glossary term (origin `reference`): a place is written in
    Korean in its shortest form (서울, not 서울특별시); a bare brand is not matched. Countries
    are not terms: the model knows Việt Nam and Hàn Quốc, which stand in nearly every
    sentence, and a placeholder for each would crowd the model's input (they still give an
    event's place and a role's institution its forms)."""
    out = []
    # "문화체육관광부" alone in Korean is Korea's ministry: a Vietnamese ministry of the same
    # Korean name is matched only with its country (베트남 문화체육관광부); "정부" stays both
    korean = {form for row in rows("korea") for form in row.ko}
    for name in FILES:
        if name == "countries":
            continue
        for row in rows(name):
            ko = korean_forms(row)
            if row.country == "vietnam" and row.kind == "ministry":
                ko = (ko[0], *(form for form in ko[1:] if form not in korean))
            kind = "place" if row.kind in PLACES else "organisation"
            note = f"reference: {row.kind}; {row.source}"
            if kind == "place" and row.country == "korea":
                ko = tuple(sorted(ko, key=len))
            brand = kind != "place"
            variants = tuple(v for v in row.vi if not (brand and _brand(v)))
            if variants:
                forms = {"vi": variants[0], "ko": ko[0], "en": english_form(row)}
                out.append(Term(forms, variants, kind, note, 0, "reference", ko[1:]))
    return tuple(out)


@cache
def places() -> dict[str, Row]:
    """Place rows by each of their Vietnamese and Korean forms."""
    out: dict[str, Row] = {}
    for name in FILES:
        for row in rows(name):
            if row.kind in PLACES:
                for form in (*row.vi, *korean_forms(row)):
                    out.setdefault(form, row)
    return out
