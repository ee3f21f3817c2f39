"""The Vietnamese reader's word lists (briefing/data/vi) and the patterns built from them.

Letters are matched by their Unicode class (`\\p{Lu}`, `\\p{Ll}`, the `regex` package):
a range like `[A-ZĐÀ-Ỹ]` also holds lower-case ô, ư, ở, đ, ủ, which ran names into the
verbs after them ("Trần Văn Nam ủng").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex as re

from briefing.data import by_length, word_set, words

SURNAMES_VI = word_set("vi/surnames")
SURNAMES_KO = word_set("vi/korean-surnames")
SURNAMES = SURNAMES_VI | SURNAMES_KO
POSITIONS = words("vi/positions")
PROFESSIONS = words("vi/professions")
TITLES = words("vi/titles")
HONORIFICS = word_set("vi/honorifics")
PLACES = words("vi/places")
ORG_HEADS = words("vi/organisation-heads")
COMPANIES = words("vi/companies")
EVENT_NOUNS = words("vi/event-nouns")
VENUE_WORDS = words("vi/venue-words")
COMPANY_WORDS = words("vi/company-words")
GENERIC_ORGANISATIONS = word_set("vi/generic-organisations")
MEASURE_VERBS = word_set("vi/measure-verbs")
NOMINAL_VERBS = word_set("vi/nominal-verbs")
ALLOCATING = word_set("vi/allocating-verbs")
VALUE_NOUNS = word_set("vi/value-nouns")
MEASURE_NOUNS = word_set("vi/measure-nouns")
SIZE_NOUNS = word_set("vi/size-nouns")
CLAUSE_STOPS = word_set("vi/clause-stops")
ADVERBS = word_set("vi/adverbs")
UNITS = word_set("vi/units")
UNIT_WORDS = word_set("vi/unit-words")
TIME_NOUNS = word_set("vi/time-nouns")
APPROXIMATE = word_set("vi/approximators")
GENERIC_NOUNS = word_set("vi/generic-nouns")
HOLLOW_LABELS = word_set("vi/hollow-labels")
LABEL_CUT_ENDINGS = word_set("vi/label-cut-endings")
SPEECH_VERBS = word_set("vi/speech-verbs")
ROLE_STOP = word_set("vi/role-stops")
ORG_STOP = word_set("vi/organisation-stops")

UPPER = r"\p{Lu}"
LOWER = r"\p{Ll}"
# A word of a name: a capital, then small letters; an inner hyphen (Jae-won, Soo-jin).
NAME_WORD = re.compile(r"\p{Lu}\p{Ll}*(?:-[\p{L}]+)?$")


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of `entries`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in by_length(tuple(entries)))


def _any_case_after_first(entry: str) -> str:
    """`Tổng Giám đốc` as the press writes it, `Tổng giám đốc` too: the first letter as
    listed, the rest in any case (one-word positions stay exact: "trưởng" is also growth)."""
    if " " not in entry:
        return re.escape(entry)
    return re.escape(entry[0]) + "(?i:" + re.escape(entry[1:]) + ")"


# "Phó" before any position: "Phó Tổng Lãnh sự", "Phó Trưởng đại diện".
POSITION_RE = re.compile(
    r"(?<![\w.])((?:Phó\s+)?(?:"
    + "|".join(_any_case_after_first(p) for p in by_length(POSITIONS))
    + r"))(?![\w])"
)
# "ca sĩ Mỹ Tâm", and at a sentence's start "Ca sĩ Mỹ Tâm"
PROFESSION_RE = re.compile(
    r"(?<![\w])("
    # "nữ diễn viên Song Ha-neul": a woman's or a man's profession, the word part of it
    + r"(?:(?:[Nn]ữ|nam)\s)?(?:"
    + alternation([*PROFESSIONS, *(p[:1].upper() + p[1:] for p in PROFESSIONS if p[:1].islower())])
    + r"))(?![\w])"
)
# A title with or without its final dot: "GS.TS Nguyễn …", "GS.TS. Nguyễn …", "TS. Lê …".
TITLE_RE = re.compile(
    r"(?<![\w.])(" + alternation(TITLES) + r")\.?\)?(?=\s|$)"
)  # "(NSƯT) Lê …" too
HONORIFIC_RE = re.compile(r"(?<![\w])(" + alternation(HONORIFICS) + r")(?=\s)")
PLACE_RE = re.compile(r"(?<![\w])(" + alternation(PLACES) + r")(?![\w])")
EVENT_VERBS = r"(?:diễn ra|được tổ chức|tổ chức|khai mạc|khai trương|kéo dài|bế mạc)"
# The head of an organisation's name, before a capitalised word or a lower-case unit of
# government: "Bộ Công Thương", "Ủy ban nhân dân tỉnh …".
ORG_START = re.compile(
    r"(?<![\w])("
    + alternation(ORG_HEADS)
    + r")(?= (?:\p{Lu}|và \p{Lu}|nhân dân|thành phố|tỉnh|quận|huyện|thị xã|TNHH|người \p{Lu}))"
)
VENUE_BEFORE = re.compile(r"(?i:" + alternation(VENUE_WORDS) + r")\s+$")
