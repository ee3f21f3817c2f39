"""Cross-language checks: each finding is a Flag on the segment it concerns."""

from __future__ import annotations

import re
from collections import Counter

from briefing.document import Document, Figure, Flag, Segment
from briefing.extract import figures_in

# Characters of translation per character of Vietnamese source, outside which a
# translation is suspicious (measured on models/corpus.tsv: ko 0.45-0.6, en 1.0-1.2).
LENGTH_RATIO = {"ko": (0.2, 1.5), "en": (0.5, 2.5)}
_LATIN = re.compile(r"[A-Za-zÀ-ỹ]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f]")


def figure_forms(figure: Figure, language: str) -> set[str]:
    """Ways the figure's number may be written in `language` (digits only, no units)."""
    value = figure.value
    forms = {figure.text.removeprefix("top ").rstrip("%").strip()}
    if value == int(value):
        n = int(value)
        forms |= {str(n), f"{n:,}", f"{n:,}".replace(",", ".")}
        if language == "ko" and n >= 10_000 and n % 10_000 == 0:
            forms.add(f"{n // 10_000:,}만")
        if language == "en" and n >= 1_000_000 and n % 100_000 == 0:
            forms.add(f"{n / 1_000_000:g} million")
        if n >= 1_000_000_000:
            forms.add(f"{n / 1_000_000_000:g}")
    else:
        forms |= {f"{value:g}", f"{value:g}".replace(".", ",")}
    return {f for f in forms if f}


def repeated_ngram(text: str, n: int = 3, times: int = 3) -> str | None:
    words = text.split()
    grams = Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    for gram, count in grams.most_common(1):
        if count >= times:
            return " ".join(gram)
    # Looping output without spaces between repeats (common in Korean): a repeated substring.
    match = re.search(r"(.{4,}?)\1{3,}", text)
    return match.group(1) if match else None


def check_segment(segment: Segment, target: str, figures: list[Figure]) -> list[Flag]:
    translation = segment.translations.get(target)
    text = translation.text.strip() if translation else ""
    if not text:
        return [Flag("empty", "error", f"no {target} translation", target)]
    flags = []
    if text == segment.text.strip():
        flags.append(Flag("untranslated", "error", "translation equals the source", target))
    elif target == "ko":
        latin, hangul = len(_LATIN.findall(text)), len(_HANGUL.findall(text))
        if latin > 2 * max(hangul, 1):
            flags.append(
                Flag(
                    "untranslated", "warning", "Korean translation is mostly Latin letters", target
                )
            )
    low, high = LENGTH_RATIO.get(target, (0.2, 3.0))
    ratio = len(text) / max(len(segment.text), 1)
    if not low <= ratio <= high and len(segment.text) > 20:
        flags.append(
            Flag(
                "length-ratio",
                "warning",
                f"translation is {ratio:.2f}× the source length (usual {low}–{high})",
                target,
            )
        )
    loop = repeated_ngram(text)
    if loop:
        flags.append(Flag("repetition", "warning", f"repeated output: “{loop}”", target))
    compact = text.replace(" ", "")
    for figure in figures:
        forms = figure_forms(figure, target)
        if not any(form in text or form.replace(" ", "") in compact for form in forms):
            flags.append(Flag("figure-missing", "error", f"figure {figure.text} not found", target))
    return flags


def check(document: Document) -> Document:
    by_segment = {segment.id: figures_in(segment) for segment in document.segments}
    for segment in document.segments:
        segment.flags = [
            flag
            for target in document.targets
            for flag in check_segment(segment, target, by_segment[segment.id])
        ]
    return document


def counts(document: Document) -> Counter[str]:
    return Counter(flag.severity for segment in document.segments for flag in segment.flags)
