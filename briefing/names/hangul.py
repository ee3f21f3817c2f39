"""Hangul from Latin letters and back: the syllable arithmetic both directions share, and
Vietnamese → Hangul by the Korean standard (국립국어원 외래어 표기법, 베트남어 표기, 2004).

A Vietnamese syllable is split into its initial consonant, its vowels and its final
consonant (tones do not count: Korean has no letters for them); each part is looked up in
the tables under `briefing/data/names/` and the Korean syllables are built from the jamo:
the first vowel takes the initial, every further vowel stands on ㅇ, the final goes under
the last one. Names are written without spaces, as Korean media print them (팜민찐).

    >>> vietnamese("Phạm Minh Chính")
    '팜민찐'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from briefing.data import table, word_set, words

CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONGSEONG = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
FIRST, LAST = 0xAC00, 0xD7A3

# The marks of the five tones; the marks of vowel quality (ă â ê ô ơ ư) stay.
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
VOWEL_LETTERS = set("aăâeêioôơuưy")
# After nh the vowel is palatalised: nha 냐, nhâ 녀, nhu 뉴 (the standard's `nh` row).
PALATAL = dict(zip("ㅏㅐㅓㅔㅗㅜㅡ", "ㅑㅒㅕㅖㅛㅠㅠ", strict=True))


def syllable(initial: str, vowel: str, final: str = "") -> str:
    """One Hangul syllable from compatibility jamo (`ㄱ`, `ㅏ`, `ㄴ` → 간)."""
    code = (CHOSEONG.index(initial) * 21 + JUNGSEONG.index(vowel)) * 28
    return chr(FIRST + code + JONGSEONG.index(final))


def jamo(char: str) -> tuple[str, str, str]:
    """The initial, vowel and final (`""` for none) of a Hangul syllable."""
    code = ord(char) - FIRST
    if not 0 <= code <= LAST - FIRST:
        raise ValueError(f"{char!r} is not a Hangul syllable")
    return CHOSEONG[code // 588], JUNGSEONG[code // 28 % 21], JONGSEONG[code % 28]


def is_hangul(text: str) -> bool:
    """Whether `text` has a Hangul syllable."""
    return any(FIRST <= ord(c) <= LAST for c in text)


def toneless(text: str) -> str:
    """Lower case, NFC, tone marks removed: `Nguyễn` → `nguyên`."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))


def plain(text: str) -> str:
    """Latin letters without any diacritic (`Nguyễn Thị Hà` → `Nguyen Thi Ha`), as the
    English-language Vietnamese press writes names."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not _mark(c)))


def _mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


@cache
def _tables() -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]], dict[str, str]]:
    by_length = lambda rows: sorted(rows, key=lambda kv: -len(kv[0]))  # noqa: E731
    initials = by_length(table("names/vi-initials").items())
    vowels = by_length((k, v.split()) for k, v in table("names/vi-vowels").items())
    return initials, vowels, table("names/vi-finals")


def _split(word: str) -> tuple[str, str, str] | None:
    """(initial, vowels, final) of one toneless syllable, or None if it is not one."""
    initials, _, finals = _tables()
    initial = next((i for i, _ in initials if word.startswith(i)), "")
    rest = word[len(initial) :]
    if initial == "gi" and not any(c in VOWEL_LETTERS for c in rest):
        rest = "i" + rest  # gì, gìn: the i of gi is the vowel
    if initial == "qu" and not rest:
        return None
    vowels = ""
    while rest and rest[0] in VOWEL_LETTERS:
        vowels, rest = vowels + rest[0], rest[1:]
    if vowels not in word_set("names/vi-vowel-clusters") or (rest and rest not in finals):
        return None
    return initial, vowels, rest


def _units(vowels: str) -> list[str] | None:
    _, table_rows, _ = _tables()
    units: list[str] = []
    while vowels:
        match = next(((k, v) for k, v in table_rows if vowels.startswith(k)), None)
        if match is None:
            return None
        units += match[1]
        vowels = vowels[len(match[0]) :]
    return units


def vietnamese_syllable(word: str) -> str | None:
    """Hangul for one Vietnamese syllable (`Chính` → 찐), or None if it is not one."""
    parts = _split(toneless(word))
    if parts is None:
        return None
    initial, vowels, final = parts
    units = _units(vowels)
    if units is None:
        return None
    initials, _, finals = _tables()
    consonant = dict(initials)[initial] if initial else "ㅇ"
    prefix = ""
    if consonant == "응":  # ng, ngh: 응 on its own, the vowel on ㅇ (Ngô 응오)
        prefix, consonant = "응", "ㅇ"
    if initial == "qu":
        if units[0] == "ㅏ":
            units[0] = "ㅘ"  # Quảng 꽝
        else:
            units.insert(0, "ㅜ")  # Quốc 꾸옥
    if initial == "nh":
        units[0] = PALATAL.get(units[0], units[0])
    if final in {"nh", "ch"} and units[-1] == "ㅏ":
        units.append("ㅣ")  # Thành 타인, Thạch 타익
    out = [prefix]
    for number, unit in enumerate(units):
        first = consonant if number == 0 else "ㅇ"
        last = finals.get(final, "") if number == len(units) - 1 else ""
        out.append(syllable(first, unit, last))
    return "".join(out)


WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def vietnamese(name: str, place: bool = False) -> str | None:
    """Hangul for a Vietnamese name or place by the standard, without spaces (`Bắc Ninh` →
    박닌); None when a word in it is not a Vietnamese syllable (an acronym, a foreign
    word), so the caller keeps the Latin form rather than print a guess. In a place
    (`place`) an l after a vowel is ㄹㄹ (Đà Lạt 달랏, Gia Lai 잘라이: the standard's rule
    4); in a person's name it is not, the standard reading each syllable of a name apart."""
    words = WORD.findall(name)
    if not words or WORD.sub("", name).strip(" -–'’."):
        return None
    out: list[str] = []
    for word in words:
        if word.isupper() and len(word) > 1 and not _split(toneless(word)):
            return None
        hangul = vietnamese_syllable(word)
        if hangul is None:
            return None
        if place and out and toneless(word).startswith("l") and not jamo(out[-1][-1])[2]:
            initial, vowel, _ = jamo(out[-1][-1])
            out[-1] = out[-1][:-1] + syllable(initial, vowel, "ㄹ")
        out.append(hangul)
    return "".join(out)


# ----------------------------------------------------------------------------- Hangul → Vietnamese


# Spellings Hangul writes alike: ch and tr are both ㅉ, d and gi both ㅈ, a final i and y
# both 이 (Sĩ, Sỹ). A listed syllable stands for its twins too, so that 쭝 is not read as
# Trung alone because Chung happens not to be listed.
I_Y = str.maketrans("iíìỉĩịIÍÌỈĨỊ", "yýỳỷỹỵYÝỲỶỸỴ")
Y_I = str.maketrans("yýỳỷỹỵYÝỲỶỸỴ", "iíìỉĩịIÍÌỈĨỊ")


def twins(word: str) -> set[str]:
    """The spellings Hangul cannot tell from `word` (`Trung` → {Trung, Chung})."""
    out = {word}
    for a, b in (("Ch", "Tr"), ("Tr", "Ch"), ("D", "Gi"), ("Gi", "D")):
        if word.startswith(a) and word[len(a) : len(a) + 1].islower():
            out.add(b + word[len(a) :])
    # i and y after a lone h, k, l, m, s, t: both spellings are in use (Lí, Lý; Sĩ, Sỹ).
    if len(word) == 2 and toneless(word[0]) in set("hklmst") and toneless(word[1]) in "iy":
        out |= {w[:-1] + w[-1].translate(I_Y if toneless(w[-1]) == "i" else Y_I) for w in set(out)}
    return out


@cache
def _name_syllables(kind: str) -> dict[str, set[str]]:
    """Hangul → the Vietnamese syllables of `kind` (`vi/surnames`, `names/vi-name-syllables`)
    written so, with their twins."""
    out: dict[str, set[str]] = {}
    for word in words(kind):
        hangul = vietnamese_syllable(word)
        if hangul:
            spelled = unicodedata.normalize("NFC", word)
            out.setdefault(hangul, set()).update(twins(spelled))
    return out


def _parses(text: str, first: bool) -> list[list[str]]:
    """Every way `text` (Hangul, no spaces) splits into a surname (where `first`) and then
    listed given-name syllables."""
    if not text:
        return [[]]
    kind = "vi/surnames" if first else "names/vi-name-syllables"
    found: list[list[str]] = []
    for cut in range(1, min(len(text), 3) + 1):
        for word in _name_syllables(kind).get(text[:cut], ()):
            found += [[word, *rest] for rest in _parses(text[cut:], False)]
    return found


def reads_as_vietnamese(text: str) -> bool:
    """Hangul with no spaces (`팜티투짱`) that splits into a Vietnamese surname and one or
    more listed given-name syllables."""
    return any(len(parse) >= 2 for parse in _parses(text.strip(), True))


def vietnamese_latin(name: str, tones: bool = True) -> str | None:
    """A Vietnamese name written in Hangul, back in Latin letters (`팜민찐` → `Phạm Minh
    Chính`), when the surname list and the given-name syllables read it exactly one way:
    the surname first, one syllable a part where the Hangul has spaces (응우옌 반 토), the
    fewest syllables where it has none (응우옌 is Nguyễn, not Ưng Uyên). With `tones` off
    the reading need only be unique without diacritics (타인: Thanh or Thành, both Thanh),
    as the English brief writes it. None where it is not: the caller shows it for checking."""
    parts = name.split()
    readings: list[list[str]] = [[]]
    for number, part in enumerate(parts):
        found = _parses(part, number == 0)
        if len(parts) > 1:
            found = [f for f in found if len(f) == 1]
        shortest = min((len(f) for f in found), default=0)
        found = [f for f in found if len(f) == shortest]
        readings = [r + f for r in readings for f in found]
        if not readings:
            return None
    written = {" ".join(r) if tones else plain(" ".join(r)) for r in readings}
    return written.pop() if len(written) == 1 and parts else None
