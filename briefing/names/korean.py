"""Korean names in Latin letters and back.

A Korean name in Hangul is written for Vietnamese and English readers with the surname's
customary spelling (박 Park, 이 Lee, 최 Choi: `data/names/ko-surnames.tsv`) and the given
name in the Revised Romanization (문화관광부 고시 2000-8), its syllables apart and joined by a
hyphen, as the rules for personal names allow (박윤규 → Park Yun-gyu). A Latin name in a
Vietnamese article (`ông Kim Young-soo`) is read back into Hangul for the Korean brief when
each part has exactly one reading (김영수); otherwise None, and the Latin form stays.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

from briefing.data import table, words
from briefing.names.hangul import CHOSEONG, FIRST, JONGSEONG, JUNGSEONG, jamo, syllable

INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".replace("-", "").split(" ")
VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
FINALS = [
    "",
    *[
        "k",
        "k",
        "k",
        "n",
        "n",
        "n",
        "t",
        "l",
        "k",
        "m",
        "l",
        "l",
        "l",
        "p",
        "l",
        "m",
        "p",
        "p",
        "t",
        "t",
        "ng",
        "t",
        "t",
        "k",
        "t",
        "p",
        "t",
    ],
]
# The finals a given name's syllable has in practice; a Latin `k` or `t` is read as these.
NAME_FINALS = ("", "ㄱ", "ㄴ", "ㄹ", "ㅁ", "ㅂ", "ㅇ")


def romanize_syllable(char: str) -> str:
    """The Revised Romanization of one Hangul syllable on its own (규 → gyu)."""
    initial, vowel, final = jamo(char)
    index = CHOSEONG.index(initial), JUNGSEONG.index(vowel), JONGSEONG.index(final)
    return INITIALS[index[0]] + VOWELS[index[1]] + FINALS[index[2]]


@cache
def surnames() -> dict[str, list[str]]:
    """Hangul surname → its customary Latin spellings, the usual one first."""
    return {k: [s.strip() for s in v.split(",")] for k, v in table("names/ko-surnames").items()}


def split_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Korean name in Hangul: a two-syllable surname (남궁, 황보)
    where the name is long enough for one, else the first syllable."""
    name = name.replace(" ", "")
    if not 2 <= len(name) <= 5 or not all(FIRST <= ord(c) <= 0xD7A3 for c in name):
        return None
    if len(name) >= 3 and name[:2] in surnames():
        return name[:2], name[2:]
    if name[0] in surnames():
        return name[0], name[1:]
    return None


def latin(name: str) -> str | None:
    """A Korean person's name in Hangul, in Latin letters: `박윤규` → `Park Yun-gyu`;
    None when it does not start with a known surname."""
    parts = split_name(name)
    if parts is None:
        return None
    surname, given = parts
    romanized = "-".join(romanize_syllable(c) for c in given)
    return f"{surnames()[surname][0]} {romanized.capitalize()}"


# ----------------------------------------------------------------------------- Latin → Hangul


# Customary spellings write ㄱ ㄷ ㅂ ㅈ as k t p ch (Kang 강, Chung-hee 정희) and ㅓ as u
# (Sung 성, Byung 병, Kun 건), so a Revised Romanization syllable with an aspirated initial
# or with u is read only where `ko-given-syllables.tsv` lists it: 김대정 for Kim Dae-jung
# would be a false name.
AMBIGUOUS_INITIALS = {"k", "t", "p", "ch"}
AMBIGUOUS_VOWELS = {"u", "yu", "eu", "ui"}


@cache
def _latin_syllables() -> dict[str, set[str]]:
    """Revised Romanization → the listed name syllables it can only stand for."""
    listed = {c for line in words("names/ko-name-syllables") for c in line.split()}
    out: dict[str, set[str]] = {}
    for i, _ in enumerate(CHOSEONG):
        if INITIALS[i] in AMBIGUOUS_INITIALS:
            continue
        for v, vowel in enumerate(JUNGSEONG):
            if VOWELS[v] in AMBIGUOUS_VOWELS:
                continue
            for final in NAME_FINALS:
                char = syllable(CHOSEONG[i], vowel, final)
                if char not in listed:
                    continue
                spelled = INITIALS[i] + VOWELS[v] + FINALS[JONGSEONG.index(final)]
                out.setdefault(spelled, set()).add(char)
    return out


def _readings(part: str) -> set[str]:
    """Every way a Latin given-name part (`gyu`, `Yungyu`) reads as Hangul syllables."""
    part = part.lower()
    customary = table("names/ko-given-syllables").get(part)
    if customary:  # Kyu is 규 in a name, not 큐
        return {customary}
    spellings = _latin_syllables()
    found: set[str] = set()
    for cut in range(1, len(part) + 1):
        head, tail = part[:cut], part[cut:]
        for char in spellings.get(head, ()):
            if not tail:
                found.add(char)
            else:
                found |= {char + rest for rest in _readings(tail)}
    return found


def _fewest(readings: set[str]) -> set[str]:
    """The readings with the fewest syllables: `soo` is 수, not 소오."""
    shortest = min((len(r) for r in readings), default=0)
    return {r for r in readings if len(r) == shortest}


@cache
def _surname_readings() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for hangul, spellings in surnames().items():
        for spelled in spellings:
            out.setdefault(spelled.lower(), set()).add(hangul)
    return out


def hangul(name: str) -> str | None:
    """A Korean name in Latin letters, in Hangul (`Kim Young-soo` → `김영수`), when the
    surname and every given-name part have exactly one reading; else None."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if len(words) < 2 or not all(w.isalpha() and w.isascii() for w in words):
        return None
    family = _surname_readings().get(words[0].lower(), set())
    given = [_fewest(_readings(w)) for w in words[1:]]
    if len(words) > 2:  # Young-soo, Young Sam: one syllable a part
        given = [{g for g in readings if len(g) == 1} for readings in given]
    if len(family) != 1 or any(len(g) != 1 for g in given):
        return None
    whole = {"".join(p) for p in product(family, *given)}
    return whole.pop() if len(whole) == 1 else None


# ----------------------------------------------------------------------------- equivalence

# How customary spellings differ from the Revised Romanization, syllable by syllable (the
# McCune–Reischauer habits people keep in passports: Kim Dae-jung, Park Chung-hee, Lee
# Jung-hoon). Used only to accept a spelling a translator wrote, never to write one.
_INITIAL_VARIANTS = {"g": ("k",), "d": ("t",), "b": ("p",), "j": ("ch",), "r": ("l",), "s": ("sh",)}
_VOWEL_VARIANTS = {
    "eo": ("u", "o"),
    "eu": ("u",),
    "u": ("oo",),
    "i": ("ee",),
    "ae": ("ai", "e"),
    "ui": ("ee", "eui", "i"),
    "yeo": ("yu", "yo"),
    "oe": ("oi",),
    "wo": ("o",),
}


def _spellings(char: str) -> set[str]:
    """Every customary spelling of one Hangul syllable (the RR one included)."""
    initial, vowel, final = jamo(char)
    index = CHOSEONG.index(initial), JUNGSEONG.index(vowel), JONGSEONG.index(final)
    first, middle, last = INITIALS[index[0]], VOWELS[index[1]], FINALS[index[2]]
    out = set()
    for i in (first, *_INITIAL_VARIANTS.get(first, ())):
        for v in (middle, *_VOWEL_VARIANTS.get(middle, ())):
            out.add(i + v + last)
    out |= {k for k, v in table("names/ko-given-syllables").items() if v == char}
    return out


def could_be(latin: str, name: str) -> bool:
    """Whether a Latin spelling (`Lee Jung-hoon`, `Yoon Suk Ho`) may stand for the Hangul
    name `name` (이정훈, 윤석호) by any customary spelling: to accept what a translator wrote."""
    parts = split_name(name)
    words = [w.lower() for w in re.split(r"[\s\-]+", latin.strip()) if w]
    if parts is None or len(words) < 2:
        return False
    surname, given = parts
    if words[0] not in {s.lower() for s in surnames()[surname]}:
        return False
    written = "".join(words[1:])
    options = [""]
    for char in given:
        options = [o + s for o in options for s in _spellings(char)]
    return written in options
