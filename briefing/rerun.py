"""A second `brief` into a reviewed folder keeps the translators' work.

Before the new run folder replaces the old one, the reviewed document there is read and
everything a person did to it is carried into the new document wherever its source text
is unchanged: approved and edited segment translations (matched by source text, so a
paragraph inserted above does not lose the ones below), reviewed label texts (matched by
id, else by kind and source text), their revisions, and the document id, so XLIFF files
exported from the earlier run still import. What was reviewed but whose source changed is
counted and named, not kept. `--fresh` starts over; the old document is then kept beside
the new one as `document.previous.json`, never deleted.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from briefing.document import Document, DocumentError, Segment, Translation
from briefing.document import load as load_document
from briefing.errors import InputError
from briefing.labels import Label, labels_of


@dataclass
class Carried:
    """What a re-run kept from the reviewed document it replaced."""

    previous: str  # the document.json it read
    document_id: str = ""
    segments: int = 0  # reviewed segment translations kept
    labels: int = 0  # reviewed label texts kept
    revisions: int = 0  # revisions carried with them
    changed: list[str] = field(default_factory=list)  # reviewed sources no longer in the article
    fresh: bool = False  # --fresh: nothing kept, the old document saved beside the new one

    def summary(self) -> str:
        """One line saying what the re-run kept, or that --fresh started over."""
        if self.fresh:
            return (
                f"--fresh: started over; the reviewed document it replaced is kept as "
                f"document.previous.json ({self.previous})"
            )
        kept = (
            f"kept from the reviewed run: {self.segments} segment translation(s), "
            f"{self.labels} label(s), {self.revisions} revision(s); document id {self.document_id}"
        )
        if self.changed:
            kept += f"; {len(self.changed)} reviewed text(s) whose source changed were not kept"
        return kept


def free_name(folder: Path, name: str) -> str:
    """`name`, or `stem-2.json`, `stem-3.json` … where the folder already holds it."""
    stem, _, suffix = name.rpartition(".")
    number = 1
    candidate = name
    while (folder / candidate).exists():
        number += 1
        candidate = f"{stem}-{number}.{suffix}"
    return candidate


def reviewed(translation: Translation) -> bool:
    """A person's work: edited or approved, not a form the forum's glossary set."""
    return translation.status != "machine" and translation.origin != "glossary"


def previous(run_dir: Path) -> Document | None:
    """The reviewed document of an earlier run in `run_dir`, if there is one."""
    path = run_dir / "document.json"
    if not path.is_file():
        return None
    try:
        return load_document(path)
    except DocumentError as exc:
        raise InputError(
            f"{path}: an earlier run's document cannot be read ({exc}); move it away, or run "
            "with --fresh to start over (it is then kept as document.previous.json)"
        ) from None


def carry_over(old: Document, new: Document, path: str = "") -> Carried:
    """Copy every reviewed text of `old` whose source is unchanged into `new` (in place)."""
    carried = Carried(path, old.id)
    new.id = old.id
    by_text: dict[str, list[Segment]] = {}
    for segment in old.segments:
        if any(reviewed(t) for t in segment.translations.values()):
            by_text.setdefault(segment.text, []).append(segment)
    used: set[str] = set()
    for segment in new.segments:
        candidates = [s for s in by_text.get(segment.text, []) if s.id not in used]
        if not candidates:
            continue
        match = next((s for s in candidates if s.id == segment.id), candidates[0])
        used.add(match.id)
        for language, translation in match.translations.items():
            if reviewed(translation) and language in new.languages():
                segment.translations[language] = copy.deepcopy(translation)
                carried.segments += 1
                carried.revisions += len(translation.revisions)
    carried.changed += [s.text for texts in by_text.values() for s in texts if s.id not in used]
    _carry_labels(old, new, carried)
    return carried


def _carry_labels(old: Document, new: Document, carried: Carried) -> None:
    old_labels = {label.id: label for label in labels_of(old)}
    by_source = {(label.kind, label.source(old)): label for label in labels_of(old)}
    matched: set[str] = set()
    for label in labels_of(new):
        source = label.source(new)
        before: Label | None = old_labels.get(label.id)
        if before is None or before.source(old) != source:
            before = by_source.get((label.kind, source))
        if before is None:
            continue
        states = old.labels.get(before.id, {})
        for language, state in states.items():
            if not reviewed(state) or language == new.source_language:
                continue
            label.holder[language] = state.text
            new.labels.setdefault(label.id, {})[language] = copy.deepcopy(state)
            carried.labels += 1
            carried.revisions += len(state.revisions)
            matched.add(before.id)
    for label_id, states in old.labels.items():
        if label_id.startswith("summary.") or label_id in matched:
            continue
        if any(reviewed(s) for s in states.values()):
            gone = old_labels.get(label_id)
            carried.changed.append(gone.source(old) if gone else label_id)
