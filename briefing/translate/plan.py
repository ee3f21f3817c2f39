"""Translation planning: which texts go to which target, and how they come back.

For each target: the segments the model must fill (not those the translation memory
or a translator already gave), the labels a brief shows (title, roles, what figures
measure …), glossary terms and names protected as placeholders and put back in their
canonical form, each distinct text sent once, and several targets sent in one call to a
backend that can batch them together (CTranslate2's `translate_many`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.document import Document, Localized, Segment, Suggestion, TermHit, Translation
from briefing.glossary import Glossary, protect, restore, term_hits
from briefing.labels import labels_of, mark_glossary_forms, record_translations
from briefing.memory import TranslationMemory
from briefing.translate.base import Translator, model_label

PLACEHOLDER_ONLY = re.compile(r"\s*XQ\d+\s*[.,;:]?\s*")


@dataclass
class Job:
    """One text to translate: its source, the protected hits, the placeholder form."""

    text: str
    hits: list[TermHit]
    protected: str


@dataclass
class TargetPlan:
    """What the model translates into one target: the segments and labels left to fill,
    and their jobs."""

    target: str
    segments: list[Segment]  # segments the model fills, in order
    labels: list[Localized]  # label holders the model fills, in order
    jobs: list[Job] = field(default_factory=list)  # the segments' jobs, then the labels'

    @property
    def to_model(self) -> list[str]:
        """The distinct protected texts the model must translate (a text that is one
        glossary term needs none)."""
        texts = dict.fromkeys(job.protected for job in self.jobs)
        return [t for t in texts if not PLACEHOLDER_ONLY.fullmatch(t)]


def to_translate(document: Document, target: str) -> list[Segment]:
    """Segments the model must translate: those without a translation from memory or a
    translator."""
    return [
        s
        for s in document.segments
        if not (t := s.translations.get(target)) or t.origin not in {"tm", "human"}
    ]


def unlisted_names(document: Document, glossary: Glossary | None) -> list[str]:
    """The people whose names the glossary does not list."""
    if glossary is None:
        return []
    return [p.name for p in document.facts.people if not glossary.lookup(p.name)]


def plan(document: Document, target: str, glossary: Glossary | None) -> TargetPlan:
    """The segments and labels of `document` to translate into `target`, each protected
    against the glossary."""
    source = document.source_language
    unlisted = unlisted_names(document, glossary)
    labels = [label.holder for label in labels_of(document) if target not in label.holder]
    result = TargetPlan(target, to_translate(document, target), labels)
    pairs = [(s.text, s.terms) for s in result.segments]
    for holder in labels:
        hits = term_hits(holder[source], glossary, unlisted) if glossary else []
        pairs.append((holder[source], hits))
    result.jobs = [Job(text, hits, protect(text, hits)) for text, hits in pairs]
    return result


def recall(document: Document, target: str, memory: TranslationMemory) -> Document:
    """Approved translations from memory for exact matches; suggestions for close ones, and
    for exact ones that are machine output approved as it was (`mt-approved`): the model
    translates those again and the reviewer sees the memory's text beside it."""
    source = document.source_language
    for seg in document.segments:
        exact = memory.exact_unit(seg.text, source, target)
        if exact is not None and exact[1] != "mt-approved":
            seg.translations[target] = Translation(exact[0], "tm", "approved")
            continue
        suggestions = memory.fuzzy(seg.text, source, target)
        if exact is not None:
            suggestions = [Suggestion(exact[0], 1.0, seg.text), *suggestions]
        if suggestions:
            seg.suggestions[target] = suggestions
    return document


def translate(
    document: Document,
    targets: list[str],
    translator: Translator,
    progress: Callable[[int], None] | None = None,
    glossary: Glossary | None = None,
) -> Document:
    """Fill every target's translations of the segments not taken from memory and of
    every label. A backend with `translate_many` (CTranslate2) gets every target's texts
    in one call, so the targets share batches; others are called once per target."""
    source = document.source_language
    mark_glossary_forms(document, targets)
    plans = {target: plan(document, target, glossary) for target in targets}
    many = getattr(translator, "translate_many", None)
    outputs: dict[str, dict[str, str]] = {}
    if callable(many) and len(targets) > 1:
        texts = [text for target in targets for text in plans[target].to_model]
        languages = [target for target in targets for _ in plans[target].to_model]
        translated = many(texts, languages, source, progress) if texts else []
        for target, text, output in zip(languages, texts, translated, strict=True):
            outputs.setdefault(target, {})[text] = output
    else:
        for target in targets:
            unique = plans[target].to_model
            translated = translator.translate(unique, source, target, progress) if unique else []
            outputs[target] = dict(zip(unique, translated, strict=True))
    origin = f"mt:{model_label(translator.model)}"
    for target, target_plan in plans.items():
        results = []
        for job in target_plan.jobs:
            raw = outputs.get(target, {}).get(job.protected, job.protected)
            results.append(restore(raw, job.text, job.hits, target) if job.hits else (raw, []))
        count = len(target_plan.segments)
        for seg, (text, reinserted) in zip(target_plan.segments, results[:count], strict=True):
            seg.translations[target] = Translation(text, origin, "machine", reinserted)
        for holder, (text, _) in zip(target_plan.labels, results[count:], strict=True):
            holder[target] = text
        if target not in document.targets:
            document.targets.append(target)
        document.models[target] = model_label(translator.model)
    record_translations(document, origin, targets)
    return document
