"""Normalising an article's text: Unicode NFC, odd spaces and invisible characters,
glyph confusions of Vietnamese press text, and compatibility characters written by their
plain forms. Every change is returned so the normalisation log misses nothing.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex as re

from briefing.document import Change

# Letters that look like Vietnamese ones but are not: they break search, glossary
# matching and fonts. Latin Eth (Ð, Icelandic) for Đ is the classic one.
_LOOKALIKES = {
    "\u00d0": "\u0110",  # Ð -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ -> Đ
}
_INVISIBLE = {"\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": ""}
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Every space separator but the plain space (no-break, thin, ideographic, …), and tabs.
_SPACES = re.compile(r"[[\p{Zs}\t]--\x20]", re.V1)
# Old-style tone placement (hoà, thuý) -> the style Vietnamese press and
# dictionaries use today (hòa, thúy), only at the end of a syllable.
_TONE_MOVES = {}
for _plain, _marks in (("a", "àáảãạ"), ("e", "èéẻẽẹ"), ("y", "ỳýỷỹỵ")):
    _first = {"a": "o", "e": "o", "y": "u"}[_plain]
    _first_marked = {"o": "òóỏõọ", "u": "ùúủũụ"}[_first]
    for _m, _fm in zip(_marks, _first_marked, strict=True):
        _TONE_MOVES[_first + _m] = _fm + _plain
        _TONE_MOVES[(_first + _m).capitalize()] = _fm.upper() + _plain
_TONE_RE = re.compile(
    r"(?<![qQ])(" + "|".join(map(re.escape, _TONE_MOVES)) + r")(?![\wạ-ỹ])", re.UNICODE
)
# "Al" (lower-case L) typed for "AI": not a Vietnamese word; kept before a
# capitalised word, where it can be a name (Al Gore).
_AL_FOR_AI = re.compile(r"\bAl\b(?!\s+\p{Lu}\p{Ll})")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_QUOTE_PAIRS = re.compile(r"(^|[\s(])['\"‘]([^'\"‘’“”]{2,}?)[”\"’]")


def normalise_text(text: str) -> tuple[str, list[Change]]:
    """NFC, whitespace and glyph confusions; returns the text and what changed."""
    changes: list[Change] = []

    def apply(kind: str, pattern: re.Pattern[str], repl: str, text: str) -> str:
        found: Counter[tuple[str, str]] = Counter(
            (m.group(0), m.expand(repl)) for m in pattern.finditer(text)
        )
        for (before, after), count in found.items():
            changes.append(Change(kind, before, after, count))
        return pattern.sub(repl, text) if found else text

    controls = _CONTROLS.findall(text)
    if controls:  # C0 controls break XML (XLIFF) and PDFs: never part of an article
        changes.append(Change("control", "C0 control characters", "", len(controls)))
        text = _CONTROLS.sub("", text)
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        decomposed = sum(1 for c in text if unicodedata.combining(c))
        changes.append(Change("unicode-nfc", "decomposed characters", "composed", decomposed))
    text = nfc
    for bad, good in {**_LOOKALIKES, **_INVISIBLE}.items():
        if bad in text:
            kind = "lookalike" if bad in _LOOKALIKES else "invisible"
            changes.append(Change(kind, bad, good, text.count(bad)))
            text = text.replace(bad, good)
    spaces = len(_SPACES.findall(text))
    if spaces:
        changes.append(Change("whitespace", "non-breaking or wide space", " ", spaces))
        text = _SPACES.sub(" ", text)
    collapsed = re.sub(r" {2,}", " ", text).strip()
    if collapsed != text:
        changes.append(Change("whitespace", "repeated or edge spaces", " ", 1))
        text = collapsed
    text = apply("glyph", _AL_FOR_AI, "AI", text)
    found = Counter(m.group(1) for m in _TONE_RE.finditer(text))
    if found:
        text = _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(1)], text)
        for before, count in found.items():
            changes.append(Change("tone-placement", before, _TONE_MOVES[before], count))
    text = apply("dash", _SPACED_HYPHEN, " – ", text)
    text = apply("quotes", _QUOTE_PAIRS, r"\1“\2”", text)
    text = _compatibility(text, changes)
    return text, changes


# Blocks whose characters are written by their Unicode compatibility mapping (NFKC) when
# an article is read: ① → 1, ㈜ → (주), ㎞ → km, ㎡ → m², ™ → TM, Ⅻ → XII, Ａ → A. The
# model and the figure reader know the plain forms; the meaning survives.
COMPATIBILITY_BLOCKS = (
    (0x2100, 0x214F),  # letterlike symbols
    (0x2150, 0x218F),  # number forms
    (0x2460, 0x24FF),  # enclosed alphanumerics
    (0x3200, 0x32FF),  # enclosed CJK letters and months
    (0x3300, 0x33FF),  # CJK compatibility (units)
    (0xFF01, 0xFF5E),  # full-width ASCII
)
_SUPERSCRIPT = {"2": "²", "3": "³"}


def plain_form(char: str) -> str:
    """The character as an article is read when it lies in a compatibility block (㈜ →
    (주), ㎡ → m²), else itself: what a key written from the raw text is compared as."""
    code = ord(char)
    if not any(start <= code <= end for start, end in COMPATIBILITY_BLOCKS):
        return char
    mapped = unicodedata.normalize("NFKC", char)
    name = unicodedata.name(char, "")
    if mapped[-1:] in _SUPERSCRIPT and ("SQUARED" in name or "CUBED" in name):
        mapped = mapped[:-1] + _SUPERSCRIPT[mapped[-1]]
    return mapped


def _compatibility(text: str, changes: list[Change]) -> str:
    """Characters of the compatibility blocks, and any other no bundled font draws, written
    by their NFKC mapping where it exists (and, outside those blocks, where the fonts draw
    it); a squared or cubed unit keeps its superscript (㎡ → m²). What has no mapping is
    left to the renderer's fallback font."""
    from briefing.fonts import covered_characters

    covered = covered_characters()
    found: Counter[tuple[str, str]] = Counter()
    out = []
    for char in text:
        code = ord(char)
        listed = any(start <= code <= end for start, end in COMPATIBILITY_BLOCKS)
        if char.isspace() or (code in covered and not listed):
            out.append(char)
            continue
        mapped = unicodedata.normalize("NFKC", char)
        name = unicodedata.name(char, "")
        if mapped[-1:] in _SUPERSCRIPT and ("SQUARED" in name or "CUBED" in name):
            mapped = mapped[:-1] + _SUPERSCRIPT[mapped[-1]]
        if mapped != char and all(ord(c) in covered for c in mapped):
            found[(char, mapped)] += 1
            out.append(mapped)
        else:
            out.append(char)
    for (before, after), count in found.items():
        changes.append(Change("compatibility", before, after, count))
    return "".join(out) if found else text


def normalise_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[Change]]:
    """Normalise each paragraph, dropping those left empty; returns them and the changes,
    each counted once."""
    merged: dict[tuple[str, str, str], Change] = {}
    out = []
    for paragraph in paragraphs:
        text, changes = normalise_text(paragraph)
        if text:
            out.append(text)
        for change in changes:
            key = (change.kind, change.before, change.after)
            if key in merged:
                merged[key].count += change.count
            else:
                merged[key] = change
    return out, list(merged.values())
