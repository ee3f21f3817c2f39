"""People in Korean text: a name, then the organisation and the position (`박윤규
정보통신산업진흥원(NIPA) 원장은`, `최영삼 주베트남 한국대사는`), or a profession before it
(`가수 이지은은`). Korean names are a surname and one or two syllables; Vietnamese names
in Hangul start with a Vietnamese surname (`응우옌 마인 흥`, `팜민찐`)."""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from briefing.document import Person, Segment
from briefing.facts.base import Found, rule
from briefing.facts.ko.lexicon import (
    CITY,
    PREFIXES,
    PROFESSIONS,
    ROLE,
    SURNAMES_KO,
    SURNAMES_VI_HANGUL,
    alternation,
    is_proper_noun,
)

_NAME_KO = r"(?:[" + "".join(sorted(SURNAMES_KO)) + r"][가-힣]{1,2})"
_NAME_VI = (
    r"(?:(?:" + alternation(SURNAMES_VI_HANGUL) + r")"
    r"(?: (?!" + "|".join(PREFIXES) + r")(?!" + CITY + r"(?![가-힣]))[가-힣]{1,3}){1,3})"
)
_PARTICLE_AFTER = r"(?=은|는|이|가|과|와|의|을|를|도|께서|에게|,|\s|$)"
PERSON_ROLE_AFTER = re.compile(
    r"(?<![가-힣])(?P<name>" + _NAME_VI + "|" + _NAME_KO + r")\s+"
    r"(?P<role>(?:[^\s,.'\"“”‘’]+\s+){0,4}?[^\s,.'\"“”‘’]*?" + ROLE + r")" + _PARTICLE_AFTER
)
PERSON_PROFESSION = re.compile(
    r"(?P<role>" + "|".join(PROFESSIONS) + r")\s+(?P<name>" + _NAME_KO + r")" + _PARTICLE_AFTER
)


@rule(
    "ko.person.role-after",
    "person",
    ("박윤규 정보통신산업진흥원(NIPA) 원장은 협력을 강조했다.", "박윤규 | 정보통신산업진흥원(NIPA) 원장"),
    ("최영삼 주베트남 한국대사는 축사를 했다.", "최영삼 | 주베트남 한국대사"),
    ("응우옌 마인 흥 베트남 정보통신부 장관이 참석했다.", "응우옌 마인 흥 | 베트남 정보통신부 장관"),
    ("소비재 시장은 커지고 있다.", None),
)  # fmt: skip
def role_after(segment: Segment) -> Iterator[Found]:
    """A name, then up to five words of organisation and a position (ko/roles)."""
    text = segment.text
    for m in PERSON_ROLE_AFTER.finditer(text):
        name, role = m.group("name"), m.group("role")
        if role == "시장" and not is_proper_noun(name):
            continue  # "소비재 시장은": the market; "박형준 시장은": the mayor
        yield Found(Person(name=name, role={"ko": role}), m.start("name"), m.end("name"))


@rule(
    "ko.person.profession-before",
    "person",
    ("가수 이지은은 공연을 펼쳤다.", "이지은 | 가수"),
)
def profession_before(segment: Segment) -> Iterator[Found]:
    """A profession, then the name: `가수 이지은은`."""
    for m in PERSON_PROFESSION.finditer(segment.text):
        yield Found(
            Person(name=m.group("name"), role={"ko": m.group("role")}),
            m.start("name"),
            m.end("name"),
        )
