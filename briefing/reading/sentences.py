"""Splitting a paragraph into sentences: Vietnamese (and Latin-script text) by rule, never
inside abbreviations, initials or dotted numbers; Korean with Kiwi's sentence splitter.

The Kiwi instance lives here; other stages that analyse Korean (content words for
summaries, the Korean fact readers) share it through `kiwi()`.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import Any

import regex as re

from briefing.data import words


@cache
def kiwi() -> Any:
    """The process's one Kiwi analyser, loaded on first use."""
    from kiwipiepy import Kiwi

    # Without the typo and multi-word dictionaries Kiwi starts in 1.3 s instead of 3.1 s
    # (measured here); splitting sentences and finding content words do not need them.
    return Kiwi(load_typo_dict=False, load_multi_dict=False)


# Abbreviations that end with a dot and do not end a sentence (lower-cased): these, and
# every title the Vietnamese reader knows before a name (data/vi/titles.txt: BSCKII., GS.TS.)
ABBREVIATIONS = {
    "tp", "th.s", "ông", "bà", "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc",
    "e.g", "i.e", "tr", "q", "p", "h", "tt", "nxb", "jr", "sr", "co", "inc", "ltd", "corp", "cn",
} | {
    title.lower()
    for title in words("vi/titles")
    # academic titles take a dot (GS., BSCKII.); honours (NSND, NGƯT) are written without
    if " " not in title and not re.fullmatch(r"N[SGN](?:ND|ƯT)", title)
}  # fmt: skip
_SENTENCE_END = re.compile(
    # a capital (\p{Lu}: "[A-ZĐÀ-Ỹ]" also holds đ, ô, ư …), a digit, or Hangul after it
    r"([.!?…]+)([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[]?[\p{Lu}0-9\u1100-\uffdc])"
)
# Sentence punctuation followed by a space or the end: a text without any is unpunctuated.
SENTENCE_MARKS = re.compile(r"[.!?…。](?:\s|$)")


# A line break before a list's item ("…sức khỏe\n2. Chưa từng …", "\n- 수출 …"): the item
# starts a sentence of its own, whether or not the line before ends with punctuation
_ITEM_LINE = re.compile(r"\n(?=[ \t]*(?:\d{1,2}[.)][ \t]|[-–•▲△□○◦ㅇ*+][ \t]))")
# A list item's number alone ("2."): no sentence ends after it
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}")


def split_sentences(paragraph: str, language: str = "vi") -> list[str]:
    """Split a paragraph at sentence ends, never inside abbreviations or dotted numbers,
    and before each item of a list written one per line; Korean with Kiwi's sentence
    splitter (`split_into_sents`)."""
    lines = _ITEM_LINE.split(paragraph)
    if len(lines) > 1:
        return [s for line in lines for s in split_sentences(line, language)]
    if language == "ko":
        return _korean_sentences(paragraph)
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end(2)
        before = paragraph[start : match.start(1)]
        last_word = before.rsplit(None, 1)[-1] if before.split() else ""
        word = last_word.lstrip("(\"'“‘").lower()
        if match.group(1) == "." and not match.group(2):
            if _ITEM_NUMBER.fullmatch(before):  # "2. Chưa từng …": the item's number
                continue
            if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
                continue
            if len(word) == 1 and word.isalpha():  # an initial: "Nguyễn V. An"
                continue
        sentences.append(paragraph[start:end].strip())
        start = match.end(3)
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


# A bracket Kiwi leaves at a sentence's end that opens the next word: "…있다. (주)원곡푸드"
_LEFT_BEHIND = re.compile(r"(?<=[.!?…][\"'”’]?\s*)(?:\([^()\s]{1,3}\)|㈜)$")


def _korean_sentences(paragraph: str) -> list[str]:
    """Kiwi's sentences (`split_into_sents`), each with a company's legal mark that it left
    at the end of the sentence before (`있다. (주)` + `원곡푸드 대표 …`) given back."""
    spans = [[s.start, s.end] for s in kiwi().split_into_sents(paragraph)]
    for this, following in pairwise(spans):
        mark = _LEFT_BEHIND.search(paragraph[this[0] : this[1]])
        if mark and this[1] == following[0] and not paragraph[following[0]].isspace():
            this[1] -= len(mark.group(0))
            following[0] = this[1]
    return [text for start, end in spans if (text := paragraph[start:end].strip())]
