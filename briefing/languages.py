"""The languages briefing reads and writes: one table, and source-language detection.

A source language is a row of `SOURCES`: what it is translated into, how its sentences
are split, where its facts are read. Adding a third source language adds a row (and its
splitter and fact reader), not a branch in the stages.

Detection: the letters decide first (Hangul is Korean; Latin with Vietnamese tone marks
and letters is Vietnamese), since a Vietnamese article quoting a Korean sentence is still
Vietnamese; py3langid (its model ships in its wheel) names anything else, so an English,
Japanese or Chinese article is refused with the language it is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.errors import InputError

LANGUAGES = ("vi", "ko", "en")


@dataclass(frozen=True)
class SourceLanguage:
    """A language articles may be written in: its targets and the package that reads its
    facts."""

    code: str
    name: str
    targets: tuple[str, ...]
    facts: str  # package whose READER reads the facts


SOURCES: dict[str, SourceLanguage] = {
    "vi": SourceLanguage("vi", "Vietnamese", ("ko", "en"), "briefing.facts.vi"),
    "ko": SourceLanguage("ko", "Korean", ("vi", "en"), "briefing.facts.ko"),
}

NAMES = {
    "vi": "Vietnamese", "ko": "Korean", "en": "English", "ja": "Japanese", "zh": "Chinese",
    "fr": "French", "de": "German", "es": "Spanish", "ru": "Russian", "th": "Thai",
    "id": "Indonesian", "ms": "Malay", "lo": "Lao", "km": "Khmer", "tl": "Tagalog",
    "it": "Italian", "pt": "Portuguese", "ar": "Arabic", "hi": "Hindi",
}  # fmt: skip

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-zÀ-ỹ]")
# Letters only Vietnamese writes among the Latin-script languages briefing meets.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảãấầẩẫậắằẳẵặẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]")


@dataclass(frozen=True)
class Detection:
    """The language detected for a text, the share of letters that decided, and how."""

    language: str  # ISO 639-1
    share: float  # of the letters, in the script that decided
    how: str  # "script" or "py3langid"


def detect(text: str) -> Detection:
    """The main language of `text`."""
    hangul = len(_HANGUL.findall(text))
    kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    vietnamese = len(_VIETNAMESE.findall(text))
    letters = max(hangul + kana + han + latin, 1)
    if hangul / letters >= 0.5:
        return Detection("ko", hangul / letters, "script")
    if latin / letters >= 0.5 and vietnamese / max(latin, 1) >= 0.04:
        return Detection("vi", latin / letters, "script")
    import py3langid

    code, _ = py3langid.classify(text)
    return Detection(str(code), 1.0, "py3langid")


def segment_language(text: str, default: str) -> str:
    """The language a sentence of an article is written in, by its letters: a Korean
    sentence quoted in a Vietnamese article is Korean. Short or unclear text keeps
    `default` (the article's language)."""
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    if hangul + latin < 12:
        return default
    if hangul / (hangul + latin) >= 0.6:
        return "ko"
    if latin / (hangul + latin) >= 0.8 and len(_VIETNAMESE.findall(text)) / max(latin, 1) >= 0.04:
        return "vi"
    return default


def source_language(text: str, forced: str = "auto", where: str = "the article") -> str:
    """The language briefing reads `text` as: the forced one, else the detected one; a
    language briefing does not read is refused with its name."""
    if forced != "auto":
        if forced not in SOURCES:
            raise InputError(f"--source-language {forced}: briefing reads {readable()} (or auto)")
        return forced
    found = detect(text)
    if found.language not in SOURCES:
        name = NAMES.get(found.language, found.language)
        raise InputError(
            f"{where} looks {name} ({found.language}); briefing reads {readable()} articles "
            "(pass --source-language vi|ko if the detection is wrong)"
        )
    return found.language


def readable() -> str:
    """The source languages in words, for messages: "Vietnamese (vi) and Korean (ko)"."""
    return " and ".join(f"{SOURCES[c].name} ({c})" for c in SOURCES)


def targets_of(source: str) -> tuple[str, ...]:
    """The languages an article in `source` is translated into."""
    return SOURCES[source].targets
