"""Titles and positions in three languages, from one table (`data/reference/titles.csv`).

An academic or honorific title (GS.TS, PGS., NSND) is looked up whole. A role is read as a
position the table lists and the institution after it (Vietnamese: `Thứ trưởng Bộ Công
Thương`) or before it (Korean: `산업통상자원부 차관`); the institution must be one the
forum's glossary or the reference glossary gives, or a province or city. Then the role is
written in each language's own order: `산업무역부 차관`, `Deputy Minister of Industry and
Trade`, `Thứ trưởng Bộ Công Thương`. A role the table cannot read whole is left to the
model: a half-read role is worse than a machine-translated one.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache

from briefing.data import DATA
from briefing.glossary import Glossary, fold
from briefing.languages import LANGUAGES
from briefing.names import reference


@dataclass(frozen=True)
class Entry:
    """A title or position in three languages, with the forms that match in each source."""

    forms: dict[str, str]  # canonical form per language
    matches: dict[str, tuple[str, ...]]  # the forms that match, per source language
    kind: str  # title or position
    source: str


@cache
def entries() -> tuple[Entry, ...]:
    """Every entry of the titles table (data/reference/titles.csv) with all three languages."""
    text = (DATA / "reference" / "titles.csv").read_text(encoding="utf-8")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        cells = {lang: reference._cells(row[lang]) for lang in LANGUAGES}
        if all(cells.values()):
            forms = {lang: cells[lang][0] for lang in LANGUAGES}
            out.append(Entry(forms, cells, row["kind"].strip(), row["source"].strip()))
    return tuple(out)


def _key(text: str) -> str:
    """Matching key of a title: case and a final dot do not count (GS.TS. = GS.TS)."""
    return fold(text).rstrip(".").replace(". ", ".")


@cache
def _index(kind: str, language: str) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for entry in entries():
        if entry.kind == kind:
            for form in entry.matches[language]:
                out.setdefault(_key(form), entry)
    return out


def title_forms(title: str, source: str) -> dict[str, str] | None:
    """An academic or honorific title in the three languages (`GS.TS` → 교수·박사, Prof. Dr.)."""
    entry = _index("title", source).get(_key(title))
    return dict(entry.forms) if entry else None


# ----------------------------------------------------------------------------- roles


@dataclass(frozen=True)
class Institution:
    """An institution as a position's holder names it: its forms and how the position
    reads with it."""

    forms: dict[str, str]
    ministry: bool = False  # an English form "Ministry of X": the position reads "Minister of X"
    place: str = ""  # province or city: the position takes the place's name
    department: bool = False  # a province's department (Sở Tài chính tỉnh Bắc Ninh): 재무국


def _institution(text: str, source: str, glossary: Glossary) -> Institution | None:
    text = text.strip(" ,")
    if not text:
        return None
    if source == "vi":
        department = _department(text, glossary)
        if department is not None:
            return department
        committee = re.match(r"(?i)(?:UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố|TP\.?)\s+(.+)", text)
        if committee:
            return _committee(committee.group(2))
        bare = re.sub(r"(?i)^(tỉnh|thành phố|tp\.?)\s+", "", text)
        row = reference.places().get(bare)
        if row is not None:
            return _place(row)
    else:
        row = reference.places().get(text)
        if row is not None:
            return _place(row)
    term = glossary.lookup(text)
    if term is not None and term.kind not in {"person", "place"}:
        en = term.forms["en"]
        return Institution(dict(term.forms), en.startswith("Ministry of "))
    return None


def _place(row: reference.Row) -> Institution:
    ko = reference.korean_forms(row)
    korean = next((k for k in ko if k.endswith(("성", "시", "도"))), ko[0])
    lead = "tỉnh" if row.kind == "province" else "thành phố"
    vi = row.vi[0] if row.vi[0].lower().startswith(lead) else f"{lead} {row.vi[0]}"
    return Institution({"vi": vi, "ko": korean, "en": row.en}, place=row.kind)


def _department(text: str, glossary: Glossary) -> Institution | None:
    """A province's or city's department, named like the ministry it answers to (Sở Tài
    chính tỉnh Bắc Ninh ↔ Bộ Tài chính): 박닌성 재무(국), Bac Ninh Department of Finance."""
    m = re.match(r"(?i)(?:Sở\s+)?(.+?)\s+(?:tỉnh|thành phố|TP\.?)\s+(.+)$", text)
    if m is None:
        return None
    ministry = glossary.lookup(f"Bộ {m.group(1)}")
    row = reference.places().get(m.group(2).strip())
    if ministry is None or row is None or row.country != "vietnam":
        return None
    field_ko = ministry.forms["ko"].removeprefix("베트남 ")
    field_en = ministry.forms["en"].removesuffix(" of Viet Nam")
    if not field_ko.endswith("부") or not field_en.startswith("Ministry of "):
        return None
    place = _place(row)
    return Institution(
        {
            "vi": f"Sở {m.group(1)} {place.forms['vi']}",
            "ko": f"{place.forms['ko']} {field_ko[:-1]}",
            "en": f"{row.en} Department of {field_en.removeprefix('Ministry of ')}",
        },
        department=True,
    )


def _committee(place: str) -> Institution | None:
    row = reference.places().get(place.strip())
    if row is None or row.country != "vietnam":
        return None
    forms = _place(row).forms
    whose = f"{row.en} Provincial" if row.kind == "province" else row.en
    vi = f"UBND {forms['vi']}"
    return Institution(
        {"vi": vi, "ko": f"{forms['ko']} 인민위원회", "en": f"{whose} People's Committee"}
    )


def _english(position: str, institution: Institution) -> str:
    name = institution.forms["en"]
    if institution.ministry:  # Deputy Minister of Science and Technology of Viet Nam
        return f"{position} of {name.removeprefix('Ministry of ')}"
    if institution.place:
        for committee in ("the Provincial ", "the Municipal "):
            if committee in position:  # Secretary of the Bac Ninh Provincial Party Committee
                return position.replace(committee, f"the {name} {committee[4:]}")
        if "the People's Committee" in position:
            whose = f"{name} Provincial" if institution.place == "province" else name
            return position.replace("the People's", f"the {whose} People's")
        province = institution.place == "province" and not name.endswith("Province")
        return f"{position}, {name}{' Province' if province else ''}"
    return f"{position}, {name}"


def _compose(position: Entry, institution: Institution | None) -> dict[str, str]:
    if institution is None:
        return dict(position.forms)
    pos, inst = position.forms, institution.forms
    if institution.department:  # 박닌성 재무국장; Director of the Bac Ninh Department of Finance
        ko = {"국장": f"{inst['ko']}국장"}.get(pos["ko"], f"{inst['ko']}국 {pos['ko']}")
        lead = pos["en"].removesuffix(" of Department").removesuffix(" of the Department")
        return {
            "vi": f"{pos['vi'].removesuffix(' Sở')} {inst['vi']}",
            "ko": ko,
            "en": f"{lead} of the {inst['en']}",
        }
    ko = pos["ko"]
    korean = f"{inst['ko']} {ko}"
    if institution.place:  # 성 당서기 after 박닌성: 박닌성 당서기; 경기도 + 도지사: 경기도지사
        ko = ko.removeprefix("성 ").removeprefix("시 ")
        joined = ko[:1] == inst["ko"][-1:] and ko[:1] in {"도", "시"}
        korean = inst["ko"] + ko[1:] if joined else f"{inst['ko']} {ko}"
    return {
        "vi": f"{pos['vi']} {inst['vi']}",
        "ko": korean,
        "en": _english(pos["en"], institution),
    }


def role_forms(role: str, source: str, glossary: Glossary) -> dict[str, str] | None:
    """A role in the three languages where the table reads it whole; else None. Several
    roles in one (`Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh`) are read one by one,
    a bare position taking the place the next one names."""
    role = " ".join(role.split()).strip(" ,")
    parts = [p for p in re.split(r",\s*| kiêm | 겸 ", role) if p.strip()]
    if not parts:
        return None
    read = [_read(part, source, glossary) for part in parts]
    if any(r is None for r in read):
        return None
    found = [r for r in read if r is not None]
    out = []
    for number, (position, institution) in enumerate(found):
        if institution is None:
            later = [i for _, i in found[number + 1 :] if i is not None and i.place]
            institution = later[0] if later and _takes_place(position) else None
        out.append(_compose(position, institution))
    joiner = {"vi": ", ", "ko": ", ", "en": "; "}
    return {lang: joiner[lang].join(o[lang] for o in out) for lang in joiner}


def _takes_place(position: Entry) -> bool:
    """A position of a province's or city's own bodies (Bí thư Tỉnh ủy, Chủ tịch UBND)."""
    return any(w in position.forms["en"] for w in ("Provincial", "Municipal", "People's"))


def _read(role: str, source: str, glossary: Glossary) -> tuple[Entry, Institution | None] | None:
    """(position, institution or None) of one role, or None where it is not read whole."""
    positions = _index("position", source)
    whole = positions.get(_key(role))
    if whole is not None:
        return whole, None
    key = fold(role)
    for form in sorted(positions, key=len, reverse=True):
        if source == "vi" and key.startswith(form + " "):
            found = _institution(role[len(form) :], source, glossary)
            if found is not None:
                return positions[form], found
        if source == "ko" and key.endswith(form) and len(key) > len(form):
            found = _institution(role[: -len(form)], source, glossary)  # 경기도 지사, 경기도지사
            if found is not None:
                return positions[form], found
    return None


def institution_forms(name: str, source: str, glossary: Glossary) -> dict[str, str] | None:
    """An organisation the glossaries do not list but the table composes: the People's
    Committee of a province or city (`UBND tỉnh Bắc Ninh` → 박닌성 인민위원회)."""
    if source != "vi":
        return None
    found = _institution(name, source, glossary)
    if found is not None and found.department:
        return {**found.forms, "ko": found.forms["ko"] + "국"}
    if found is None or not found.forms["ko"].endswith("인민위원회"):
        return None
    return dict(found.forms)


def position(role: str, source: str) -> Entry | None:
    """The position a role names, wherever the institution is not read: the longest listed
    position a Vietnamese role starts with (`Thứ trưởng Bộ …`) or a Korean one ends with
    (`… 장관`); None where it names none. A digest compares two articles' roles of one
    person by it, across languages."""
    positions = _index("position", source)
    key = fold(" ".join(role.split()).strip(" ,"))
    whole = positions.get(_key(role))
    if whole is not None:
        return whole
    for form in sorted(positions, key=len, reverse=True):
        if source == "vi" and key.startswith(form + " "):
            return positions[form]
        if source == "ko" and key.endswith(form) and len(key) > len(form):
            return positions[form]
    return None
