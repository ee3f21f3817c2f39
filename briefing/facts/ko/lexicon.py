"""The Korean reader's word lists (briefing/data/ko) and its words: eojeol (space-separated
words) with the particles (조사) Kiwi tags taken off."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re

from briefing.data import by_length, word_set, words

SURNAMES_KO = word_set("ko/surnames")
# A Korean personal name: a surname (ko/surnames) and one or two syllables; a two-syllable
# surname (황보) is tried first, so that 황보수진 is not 황 and 보수.
KOREAN_NAME = (
    r"(?:(?:"
    + "|".join(sorted(s for s in SURNAMES_KO if len(s) > 1))
    + r")[가-힣]{1,2}|["
    + "".join(sorted(s for s in SURNAMES_KO if len(s) == 1))
    + r"][가-힣]{1,2})"
)
SURNAMES_VI_HANGUL = words("ko/vietnamese-surnames")
ROLES = words("ko/roles")
PROFESSIONS = words("ko/professions")
ORG_ENDINGS = words("ko/organisation-endings")
COMPANIES = words("ko/companies")
PREFIXES = words("ko/prefixes")
# Korean and Vietnamese cities and provinces, each once
CITY_STEMS = tuple(dict.fromkeys([*words("ko/cities"), *words("ko/vietnamese-cities")]))
CITY_SUFFIXES = words("ko/city-suffixes")
EVENT_NOUNS = words("ko/event-nouns")
NOT_ORGS = word_set("ko/not-organisations")
KOREAN_MINISTRIES = word_set("ko/korean-ministries")
TIME_WORDS = word_set("ko/time-words")
SKIP = word_set("ko/skip-words")
COUNTERS = words("ko/counters")
TIME_UNITS = words("ko/time-units")
GENERIC = word_set("ko/generic-nouns")
HOLLOW = word_set("ko/hollow-labels")
LOCATION = word_set("ko/location-words")
REGION_WORDS = word_set("ko/region-words")
VAGUE_OBJECTS = word_set("ko/vague-objects")
BARE_DEEDS = word_set("ko/bare-deeds")
REACHING = words("ko/reaching-verbs")
UNIT_WORDS = word_set("ko/unit-words")
ADNOMINAL = word_set("ko/adnominals")
ALLOCATING = word_set("ko/allocating-verbs")
NOT_NAMES = word_set("ko/not-names")
NOT_TOPICS = word_set("ko/not-topics")
VENUE_ENDINGS = words("ko/venue-endings")
NOT_ACRONYMS = word_set("acronyms-not-organisations")
GENERIC_ORGS = word_set("ko/generic-organisations")

BOUNDARY = {"은", "는", "이", "가", "을", "를", "에서", "에게", "와", "과", "로", "으로", "에",
            "에는", "에서는", "으로서", "로서", "으로써", "로써", "도", "보다"}  # fmt: skip
SUBJECT = {"은", "는", "이", "가", "께서"}


def alternation(entries: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of `entries`, longest first, each escaped."""
    return "|".join(re.escape(e) for e in by_length(entries))


CITY = "(?:" + alternation(CITY_STEMS) + ")(?:" + alternation(CITY_SUFFIXES) + ")"
ROLE = "(?:" + alternation(ROLES) + ")"

# Particles Kiwi may not tag after a number, a symbol or a Latin letter ("60%가").
_AFTER_SYMBOL = re.compile(
    r"(?<=[0-9%A-Za-z)\]])(은|는|이|가|을|를|의|에|에서|와|과|도|로|으로|까지|부터)$"
)


@lru_cache(maxsize=512)
def _analysis(text: str) -> tuple[tuple[str, str, int, int], ...]:
    from briefing.reading.sentences import kiwi as _kiwi

    return tuple((t.form, t.tag, t.start, t.start + t.len) for t in _kiwi().tokenize(text))


def morphemes(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """Kiwi's morphemes of `text`: (form, tag, start, end)."""
    return _analysis(text)


VERBAL = ("VV", "VA", "VX", "XSV", "XSA")


def split_particle(text: str, start: int, end: int, sentence: str) -> tuple[str, str, bool]:
    """The stem and the particle of the word `sentence[start:end]`, by Kiwi's tags: the
    trailing morphemes tagged J… (a particle) or VCP+E… (the copula: 목표이며); and
    whether the stem is a verb or adjective form (논의하는, 찾은)."""
    core = text.strip("'\"‘’“”,.·")
    if not core:
        return "", "", False
    offset = start + text.find(core)
    core_end = offset + len(core)
    tokens = [t for t in morphemes(sentence) if offset <= t[2] < core_end]
    cut, run = core_end, []
    for _, tag, t_start, _ in reversed(tokens):
        if not (tag.startswith(("J", "E")) or tag == "VCP"):
            break
        run.append(tag)
        if tag.startswith("J") or tag == "VCP":
            cut = t_start  # a verb's endings alone (했다) are no particle
    if cut == core_end:
        match = _AFTER_SYMBOL.search(core)
        if match:
            cut = offset + match.start()
    verbal = any(t[1].startswith(VERBAL) for t in tokens if t[2] < cut)
    if cut <= offset:
        return core, "", verbal
    return sentence[offset:cut].rstrip("'\"’”"), sentence[cut:core_end], verbal


@dataclass
class Word:
    """An eojeol and its stem and particle."""

    text: str
    start: int
    end: int
    stem: str
    josa: str
    verbal: bool = False  # a verb or adjective form: 논의하는, 찾은, 참석했다
    adnominal: bool = False  # it ends in an adnominal ending: 필요한, 열린 (a relative clause)
    adverb: bool = False  # an adverb, determiner or pronoun alone (MAG, MAJ, MM, NP): 또, 이


@lru_cache(maxsize=256)
def words_of(sentence: str) -> tuple[Word, ...]:
    """The sentence's eojeols, each with its stem, particle and Kiwi's reading of it."""
    out = []
    for m in re.finditer(r"\S+", sentence):
        stem, josa, verbal = split_particle(m.group(0), m.start(), m.end(), sentence)
        inside = [t for t in morphemes(sentence) if m.start() <= t[2] < m.end()]
        adnominal = bool(inside) and inside[-1][1] == "ETM"
        # an adverb, a determiner or a pronoun alone ("또", "이 가운데"): no part of a label
        adverb = bool(inside) and all(t[1] in {"MAG", "MAJ", "MM", "NP", "IC"} for t in inside)
        out.append(Word(m.group(0), m.start(), m.end(), stem, josa, verbal, adnominal, adverb))
    return tuple(out)


def strip_josa(word: str) -> tuple[str, str]:
    """'교역액이' -> ('교역액', '이'), by Kiwi; a word with no particle is its own stem."""
    return split_particle(word, 0, len(word), word)[:2]


def is_proper_noun(word: str) -> bool:
    """Kiwi reads the lone word as one proper noun (NNP)."""
    tokens = morphemes(word)
    return len(tokens) == 1 and tokens[0][1] == "NNP"
