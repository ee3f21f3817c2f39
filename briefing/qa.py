"""Cross-language checks: each finding is a Flag on the segment (or summary sentence)
it concerns, with a severity. Checks read only the Document, so `briefing check`
can re-run them on a reviewed document.json.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing import meaning
from briefing.document import Document, Flag, Segment, Summary
from briefing.glossary import fold
from briefing.numbers import Quantity, quantities, unmatched, year_dropped

# Characters of translation per character of source outside which a translation is
# suspicious (models/corpus.tsv, vi→ko 0.45–0.6, vi→en 1.0–1.2; the Korean answer-key
# articles' hand translations, ko→vi about 2.1, ko→en about 2.3).
LENGTH_RATIO = {
    ("vi", "ko"): (0.2, 1.5),
    ("vi", "en"): (0.5, 2.5),
    ("ko", "vi"): (0.8, 5.0),
    ("ko", "en"): (0.8, 5.5),
}
NUMERIC = {"number", "money"}
_LATIN = re.compile(r"[A-Za-zÀ-ỹ]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f]")


def repeated_ngram(text: str, n: int = 3, times: int = 3) -> str | None:
    """The looping output NLLB-family models are known for."""
    words = text.split()
    grams = Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    for gram, count in grams.most_common(1):
        if count >= times:
            return " ".join(gram)
    match = re.search(r"(.{4,}?)\1{3,}", text)  # repeats without spaces (common in Korean)
    return match.group(1) if match else None


def _contains(text: str, form: str, language: str) -> bool:
    if language == "en":
        return fold(form) in fold(text)
    return form in text


def present(text: str, source: str, form: str, target: str, origin: str, kind: str) -> bool:
    """Whether a translation writes a locked form: the forum glossary's exactly; a shipped
    (reference or transcribed) one, or an accepted equivalent of it."""
    if _contains(text, form, target):
        return True
    from briefing.names import minister_of, written_as

    if origin == "glossary":  # exactly, or the ministry inside its minister's title
        minister = minister_of(form)
        return minister is not None and _contains(text, minister, target)
    return written_as(text, source, form, target, kind)


def figure_flags(source: list[Quantity], text: str, target: str) -> list[Flag]:
    """Figures of the source missing from a translation, changed in it, or added by it.
    Small number words (`five`, `năm`) count as the figure they write, but are never
    flagged on their own: a translation may write "both" for "hai"."""
    found = quantities(text, target)
    missing, extra = unmatched(source, found)
    flags = []
    for quantity in missing:
        changed = next(
            (q for q in extra if {q.kind, quantity.kind} <= NUMERIC or q.kind == quantity.kind),
            None,
        )
        if changed is not None:
            extra.remove(changed)
            flags.append(
                Flag(
                    "figure-changed",
                    "error",
                    f"figure {quantity.text} ({_value(quantity)}) became {changed.text} "
                    f"({_value(changed)})",
                    target,
                )
            )
        elif not quantity.loose:
            flags.append(
                Flag("figure-missing", "error", f"figure {quantity.text} is missing", target)
            )
    for quantity in year_dropped(source, found):
        flags.append(
            Flag(
                "figure-year",
                "warning",
                f"{quantity.text}: the translation leaves out the year {quantity.year}",
                target,
            )
        )
    repeated = Counter(q.text for q in extra if not q.loose)
    for text, times in repeated.items():
        count = f" ({times}×)" if times > 1 else ""
        flags.append(Flag("figure-extra", "warning", f"{text}{count} is not in the source", target))
    return flags


def _value(quantity: Quantity) -> str:
    value = f"{quantity.value:g}"
    return f"{value}, {quantity.year}" if quantity.year is not None else value


def meaning_flags(
    source: str, text: str, source_language: str, target: str, locked: list[str]
) -> list[Flag]:
    """Negation, roles and untranslated clauses (briefing.meaning)."""
    return [
        *meaning.polarity_flags(source, text, source_language, target),
        *meaning.role_flags(source, text, source_language, target),
        *meaning.untranslated_flags(text, source_language, target, locked),
    ]


def check_segment(segment: Segment, target: str, source_language: str = "vi") -> list[Flag]:
    """The flags on one segment's translation into `target`: empty, untranslated, length,
    repetition, figures, glossary terms and meaning."""
    translation = segment.translations.get(target)
    text = translation.text.strip() if translation else ""
    if not text:
        return [Flag("empty", "error", f"no {target} translation", target)]
    flags = []
    if fold(text) == fold(segment.text):
        flags.append(Flag("untranslated", "error", "translation equals the source", target))
    elif target == "ko":
        latin, hangul = len(_LATIN.findall(text)), len(_HANGUL.findall(text))
        if latin > 2 * max(hangul, 1):
            flags.append(
                Flag(
                    "untranslated", "warning", "Korean translation is mostly Latin letters", target
                )
            )
    elif target in {"vi", "en"}:
        latin, hangul = len(_LATIN.findall(text)), len(_HANGUL.findall(text))
        if hangul > latin:
            name = {"vi": "Vietnamese", "en": "English"}[target]
            flags.append(
                Flag("untranslated", "warning", f"{name} translation is mostly Hangul", target)
            )
    low, high = LENGTH_RATIO.get((source_language, target), (0.2, 5.0))
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
    flags += figure_flags(quantities(segment.text, source_language), text, target)
    flags += meaning_flags(
        segment.text,
        text,
        source_language,
        target,
        [f for hit in segment.terms for f in (hit.forms[target], hit.source)],
    )
    reinserted = set(translation.reinserted) if translation else set()
    for hit in segment.terms:
        form = hit.forms[target]
        if not hit.listed and target in {"vi", "en"} and _HANGUL.search(form):
            continue  # a name no rule writes in Latin letters (쩐티호아): "to check", not enforced
        if not present(text, hit.source, form, target, hit.origin, hit.kind):
            what = "glossary term" if hit.listed else "name"
            flags.append(
                Flag("term-missing", "error", f"{what} “{hit.source}” should read “{form}”", target)
            )
        elif form in reinserted:
            flags.append(
                Flag(
                    "term-reinserted",
                    "warning",
                    f"the model dropped “{form}”; it was put back: check the sentence",
                    target,
                )
            )
    return flags


def check_summary(summary: Summary, document: Document) -> None:
    """A summary sentence may state only figures and names its linked segments state."""
    language = summary.language
    names = {
        hit.forms[language]
        for seg in document.segments
        for hit in seg.terms
        if hit.kind == "person"
    }
    for sentence in summary.sentences:
        linked = " ".join(
            document.text(document.segment(i), language) for i in sentence.segment_ids
        )
        sentence.flags = []
        missing, _ = unmatched(quantities(sentence.text, language), quantities(linked, language))
        for quantity in missing:
            sentence.flags.append(
                Flag(
                    "summary-figure",
                    "error",
                    f"states {quantity.text}, which its segments do not",
                    language,
                )
            )
        for name in sorted(names):
            if _contains(sentence.text, name, language) and not _contains(linked, name, language):
                sentence.flags.append(
                    Flag(
                        "summary-name", "error", f"names {name}, whom its segments do not", language
                    )
                )


# Letters only Vietnamese writes (with their tones): one in an English or Korean label is
# Vietnamese left untranslated, whatever the label's length.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u1ea0-\u1ef9]|[àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")


def locked_forms(document: Document) -> dict[str, dict[str, str]]:
    """Source form → the forms every translation must use: the glossary, reference and
    transcribed forms the segments were given."""
    return {
        hit.source: hit.forms
        for segment in document.segments
        for hit in segment.terms
        if hit.listed
    }


def locked_origins(document: Document) -> dict[str, tuple[str, str]]:
    """Source form → (origin, kind) of each locked form: a shipped form is matched loosely."""
    return {
        hit.source: (hit.origin, hit.kind)
        for segment in document.segments
        for hit in segment.terms
        if hit.listed
    }


def check_label(
    source: str,
    text: str,
    target: str,
    source_language: str,
    locked: dict[str, dict[str, str]],
    origins: dict[str, tuple[str, str]] | None = None,
    composed: bool = False,
) -> list[Flag]:
    """A label checked like a segment, without a length floor: figures, locked forms, and
    the target's script once the locked forms (names, acronyms) are set aside."""
    text = text.strip()
    if not text:
        return [Flag("empty", "error", f"no {target} text", target)]
    flags = figure_flags(quantities(source, source_language), text, target)
    rest = text
    if source in locked:  # the whole label is a locked form: that form, not its parts
        locked = {source: locked[source]}
    elif composed:  # written by the tables from the same forms (Thứ trưởng Bộ Tài chính)
        locked = {}
    for form_source, forms in sorted(locked.items(), key=lambda kv: -len(kv[0])):
        if not re.search(r"(?<!\w)" + re.escape(form_source) + r"(?!\w)", source):
            continue
        form = forms.get(target, "")
        origin, kind = (origins or {}).get(form_source, ("glossary", ""))
        if form and not present(text, form_source, form, target, origin, kind):
            flags.append(
                Flag("term-missing", "error", f"“{form_source}” should read “{form}”", target)
            )
        rest = rest.replace(form, " ")
    flags += meaning_flags(
        source,
        text,
        source_language,
        target,
        [f for forms in locked.values() for f in forms.values()],
    )
    rest = re.sub(r"\b[A-Z0-9&][A-Z0-9&.\-]*\b", " ", rest)  # acronyms, codes: any script
    if target == "ko" and _LATIN.search(rest) and not _HANGUL.search(rest):
        flags.append(
            Flag(
                "untranslated",
                "error",
                "the Korean text has no Hangul outside its locked names and terms",
                target,
            )
        )
    elif target in {"vi", "en"} and _HANGUL.search(rest):
        name = {"vi": "Vietnamese", "en": "English"}[target]
        flags.append(Flag("wrong-script", "error", f"the {name} text has Hangul", target))
    elif target in {"en", "ko"} and source_language == "vi" and _VIETNAMESE.search(rest):
        flags.append(Flag("untranslated", "error", "Vietnamese left in the text", target))
    return flags


def _composed(document: Document, label_id: str, target: str) -> bool:
    state = document.labels.get(label_id, {}).get(target)
    return state is not None and state.origin in {"reference", "transcription"}


def check_labels(document: Document) -> None:
    """Every label text a brief shows (title, event, roles, figure labels, organisations),
    each target language, into `document.label_flags`."""
    from briefing.labels import labels_of

    locked = locked_forms(document)
    origins = locked_origins(document)
    document.label_flags = {}
    for label in labels_of(document):
        source = label.source(document)
        found = [
            flag
            for target in document.targets
            if target in label.holder
            for flag in check_label(
                source,
                label.holder[target],
                target,
                document.source_language,
                locked,
                origins,
                composed=_composed(document, label.id, target),
            )
        ]
        if found:
            document.label_flags[label.id] = found


def check(document: Document) -> Document:
    """Flag every segment, summary and label of the document, in place; returns it."""
    for segment in document.segments:
        segment.flags = [
            flag
            for target in document.targets
            for flag in check_segment(segment, target, document.source_language)
        ]
        unlisted = sorted({hit.source for hit in segment.terms if not hit.listed})
        for name in unlisted:
            segment.flags.append(
                Flag(
                    "name-unlisted",
                    "warning",
                    f"{name} has no glossary entry: kept in Latin letters",
                )
            )
    for summary in document.summaries.values():
        check_summary(summary, document)
    check_labels(document)
    return document


def all_flags(document: Document) -> list[tuple[str, Flag]]:
    """(where, flag) for every segment and summary flag."""
    found = [(segment.id, flag) for segment in document.segments for flag in segment.flags]
    found += [
        (label_id, flag) for label_id, flags in document.label_flags.items() for flag in flags
    ]
    for language, summary in document.summaries.items():
        for number, sentence in enumerate(summary.sentences, start=1):
            found += [(f"summary.{language}.{number}", flag) for flag in sentence.flags]
    return found


def counts(document: Document) -> Counter[str]:
    """How many flags of each severity the document has."""
    return Counter(flag.severity for _, flag in all_flags(document))
