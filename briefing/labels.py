"""The short texts a brief shows besides the segments, as reviewable units.

The title, the event's name, theme and place, each organiser, what each figure
measures, each person's role, each organisation's name and (for an abstractive
summary) each key point are translated by the model with the segments. Each has a
stable id (`title`, `event.theme`, `fact.figure.3`, `fact.person.2.role`, …) so that a
translator reviews it like a segment (XLIFF, OmegaT, the web page), and a brief is
marked reviewed only when every text on it is.

The text of a label lives where the brief reads it (the facts); its review state,
origin and revisions live in `Document.labels[id][language]`, a Translation like a
segment's.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.document import Document, Localized, Translation


@dataclass
class Label:
    """A short text a brief shows beside the segments (title, theme, role, what a figure
    measures), held in the facts' own dict."""

    id: str
    holder: Localized  # {"vi": …, "ko": …, "en": …}: the facts' own dict, changed in place
    kind: str  # title, event, figure, role, organisation, summary

    def source(self, document: Document) -> str:
        """The label's text in the document's source language."""
        return self.holder.get(document.source_language, "")


def labels_of(document: Document) -> list[Label]:
    """Every label a brief shows, with its stable id, in the order of the brief."""
    facts = document.facts
    event = facts.event
    found = [Label("title", document.title, "title")]
    found.append(Label("event.name", event.name, "event"))
    found.append(Label("event.theme", event.theme, "event"))
    if event.place:
        found.append(Label("event.place", event.place, "event"))
    found += [Label(f"event.organiser.{i}", o, "event") for i, o in enumerate(event.organisers, 1)]
    found += [
        Label(f"fact.figure.{i}", f.measure, "figure") for i, f in enumerate(facts.figures, 1)
    ]
    found += [Label(f"fact.person.{i}.role", p.role, "role") for i, p in enumerate(facts.people, 1)]
    found += [
        Label(f"fact.organisation.{i}", o.name, "organisation")
        for i, o in enumerate(facts.organisations, 1)
    ]
    return [label for label in found if label.holder.get(document.source_language)]


def summary_labels(document: Document, target: str) -> list[tuple[str, str, str]]:
    """(id, source, text) of an abstractive summary's key points in `target`: their
    source is the linked segments' source text. Extractive key points are the segments'
    own translations and need no review of their own."""
    summary = document.summaries.get(target)
    if summary is None or summary.method == "extractive":
        return []
    out = []
    for number, sentence in enumerate(summary.sentences, 1):
        source = " ".join(document.segment(i).text for i in sentence.segment_ids)
        out.append((f"summary.{number}", source, sentence.text))
    return out


def record_translations(document: Document, origin: str, targets: list[str]) -> None:
    """After translation: a review state for every label text. A text the glossary set
    before translation is canonical (origin `glossary`, approved); one the model wrote
    is machine output."""
    for label in labels_of(document):
        states = document.labels.setdefault(label.id, {})
        for target in targets:
            text = label.holder.get(target)
            if text is None or target in states:
                continue
            states[target] = Translation(text, origin, "machine")


def mark_glossary_forms(document: Document, targets: list[str]) -> None:
    """Before translation: label texts the forum's glossary already gives are approved as
    they are (those from shipped data already have their state: origin reference)."""
    for label in labels_of(document):
        for target in targets:
            text = label.holder.get(target)
            if text and target not in document.labels.get(label.id, {}):
                document.labels.setdefault(label.id, {})[target] = Translation(
                    text, "glossary", "approved"
                )


def find(document: Document, label_id: str) -> Label | None:
    """The document's label with id `label_id`, or None."""
    return next((label for label in labels_of(document) if label.id == label_id), None)


def set_text(document: Document, label: Label, language: str, translation: Translation) -> None:
    """A reviewed label: its text where the brief reads it, its state beside it."""
    label.holder[language] = translation.text
    document.labels.setdefault(label.id, {})[language] = translation


def unreviewed(document: Document, language: str) -> bool:
    """Whether anything the `language` brief shows is not approved yet, or a label of it
    fails a check (an approved English label in Korean is not reviewed English)."""
    if language == document.source_language:
        return False
    for flags in document.label_flags.values():
        if any(f.severity == "error" and f.language == language for f in flags):
            return True
    for segment in document.segments:
        translation = segment.translations.get(language)
        if translation is not None and translation.status != "approved":
            return True
    for label in labels_of(document):
        state = document.labels.get(label.id, {}).get(language)
        if state is not None and state.status != "approved":
            return True
    return any(
        label_id.startswith("summary.")
        and language in states
        and states[language].status != "approved"
        for label_id, states in document.labels.items()
    )
