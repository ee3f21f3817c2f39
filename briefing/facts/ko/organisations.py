"""Organisations in Korean text: ministries, agencies and institutes by their endings
(…부, …청, …진흥원, …공사, …재단, …대사관, …대학교), city governments that act (`부산시는 …
개최했다`), companies by name, and acronyms in brackets."""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from briefing.document import Organisation, Segment
from briefing.facts.base import Found, bare, rule
from briefing.facts.ko.lexicon import (
    CITY,
    COMPANIES,
    NOT_ORGS,
    ORG_ENDINGS,
    PREFIXES,
    ROLE,
    ROLES,
    alternation,
)

COMPANY_RE = re.compile(
    r"(?<![가-힣A-Za-z])(" + alternation(COMPANIES) + r")(?=[은는이가을를의와과도에\s,.(]|$)"
)
ORG_WORD = re.compile(
    r"(?<![가-힣A-Za-z])(?:(?P<prefix>" + "|".join(PREFIXES) + r")\s)?"
    r"(?P<name>[가-힣A-Za-z]{2,}?(?:" + "|".join(ORG_ENDINGS) + r"))"
    r"(?P<acronym>\([A-Z][A-Z0-9&]{1,9}\))?"
    r"(?=[은는이가을를의와과도에\s,.)]|에서|$)"
)
CITY_ORG = re.compile(
    r"(?<![가-힣A-Za-z])(?P<name>" + CITY + r")"
    r"(?=(?:은|는|이|가|와|과|의|도)(?:\s|$|,)|\s+(?:" + ROLE + r"|인민위원장|인민위원회|당서기))"
)
# Prefixes written together with the name they belong to (대한상공회의소, 국립국제교육원).
_JOINED_PREFIXES = {"대한", "국립"}


def _found(name: str, start: int, end: int) -> Found:
    return Found(Organisation(name={"ko": name}), start, end)


@rule(
    "ko.organisation.ending",
    "organisation",
    ("정보통신산업진흥원(NIPA)과 과학기술정보통신부가 공동 주최했다.",
     ["정보통신산업진흥원(NIPA)", "과학기술정보통신부"]),
    ("주베트남 한국대사관은 행사를 후원했다.", "주베트남 한국대사관"),
    ("정부는 일부 계획을 바꿨다.", None),
)  # fmt: skip
def ending(segment: Segment) -> Iterator[Found]:
    """A word that ends like an organisation (ko/organisation-endings: …부, …진흥원,
    …대사관), with the prefix that belongs to it and an acronym in brackets."""
    text = segment.text
    for m in ORG_WORD.finditer(text):
        name = m.group("name")
        syllables = len(re.sub(r"[^가-힣]", "", name))
        end = next(e for e in ORG_ENDINGS if name.endswith(e))
        if name in NOT_ORGS or name in ROLES or name.endswith(ROLES[:3]):
            continue
        if end in {"부", "청", "처"} and syllables < 3:
            continue
        if end in {"대학", "공사", "은행", "그룹"} and syllables < 4 and name not in COMPANIES:
            continue
        if re.search(ROLE + r"$", name) and not name.endswith(("총영사관", "대사관", "영사관")):
            continue
        prefix = m.group("prefix") or ""
        full = (f"{prefix} " if prefix else "") + name + (m.group("acronym") or "")
        if prefix in _JOINED_PREFIXES:
            full = full.replace(" ", "", 1)
        yield _found(full, m.start("prefix") if prefix else m.start("name"), m.end())


@rule(
    "ko.organisation.city-government",
    "organisation",
    ("부산시는 다낭시와 협약을 맺었다.", ["부산시", "다낭시"]),
    ("부산시에서 열린 행사", None),
)
def city_government(segment: Segment) -> Iterator[Found]:
    """A city or province that acts (`부산시는 … 개최했다`, `다낭시 인민위원장`): a
    particle of a subject, object or partner, or a title after it; `부산시에서` is a place."""
    for m in CITY_ORG.finditer(segment.text):
        yield _found(m.group("name"), m.start(), m.end())


@rule(
    "ko.organisation.company-name",
    "organisation",
    ("삼성전자는 하노이에 연구개발센터를 열었다.", "삼성전자"),
)
def company_name(segment: Segment) -> Iterator[Found]:
    """A company or agency by name (ko/companies), with an acronym in brackets."""
    text = segment.text
    for m in COMPANY_RE.finditer(text):
        acronym = re.match(r"\(([A-Z][A-Z0-9&]{1,9})\)", text[m.end() :])
        yield _found(m.group(1) + (f"({acronym.group(1)})" if acronym else ""), m.start(), m.end())


def abbreviates(short: str, long: str) -> bool:
    """'과기정통부' abbreviates '과학기술정보통신부': shorter, the same first and last
    syllable, and its syllables in the long name's order."""
    if not (2 < len(short) < len(long)) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    position = 0
    for syllable in short:
        position = long.find(syllable, position)
        if position < 0:
            return False
        position += 1
    return True


def canonical(name: str, names: list[str]) -> str:
    """ "과기정통부" is "과학기술정보통신부" when both appear."""
    target = name
    for other in names:
        if other != name and abbreviates(bare(name), bare(other)):
            target = other
    return target
