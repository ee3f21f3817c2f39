"""The review service: every change a reviewer makes to a run, whoever asks for it.

The CLI (`briefing review import`) and the web service (save, approve, undo, approve
all, XLIFF upload) call these functions with plain values: the run's document.json, the
text's id (`p3s2`, `title`, `fact.figure.3`), the language, the reviewer's name as the
revisions keep it, and, where the caller shows a text before it is changed, the revision
it saw. Each function takes the document's cross-process lock, reads it again, changes
it, writes it atomically, and then feeds the translation memory with the segments it
approved, once per approved text: the memory is fed here (`feed`, `remember`) and
nowhere else. A caller with records of its own to commit first (the web's database)
passes no memory and calls `feed` with the outcome once they are committed.

What cannot be done raises the project's own errors (briefing.errors): `NotFoundError`
for a text or language the document does not have, `ConflictError` when the text
changed since the caller saw it (nothing is written), `ReviewError` for a change that
cannot be made (an empty translation), `InputError` for a file that cannot be imported.
The web turns them into HTTP statuses in one place (briefing.web.errors); the CLI into
a line and an exit code. Nothing here knows about HTTP or the web's database.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from briefing import docstore
from briefing.document import Document, Revision, Status, Translation, load
from briefing.errors import BriefingError, ConflictError, NotFoundError, ReviewError
from briefing.labels import Label, find, labels_of, set_text
from briefing.review.xliff import ImportResult, import_xliff

MemoryPairs = list[tuple[str, str, str]]  # (source, translation, the translation's origin)


def memory_at(choice: str) -> Path | None:
    """Where the translation memory is for a setting's value: `none` turns it off, an
    empty value means the default file, anything else is a path."""
    from briefing.memory import default_path

    choice = choice.strip()
    if choice.lower() == "none":
        return None
    return Path(choice).expanduser() if choice else default_path()


def remember(memory: Path | None, source_language: str, target: str, pairs: MemoryPairs) -> int:
    """Approved segments, as (source, translation, origin) triples, join the translation
    memory at `memory` in one transaction (nothing when it is None): origin `human` only
    where a person wrote the text (briefing.memory.origin_of). Returns how many it was
    given."""
    if memory is None or not pairs:
        return 0
    from briefing.memory import TranslationMemory, Unit, origin_of

    with TranslationMemory(memory) as store:
        store.add([Unit(source_language, target, s, t, origin_of(o)) for s, t, o in pairs])
    return len(pairs)


@dataclass(frozen=True)
class Saved:
    """A text after `save` or `undo`."""

    unit_id: str
    language: str
    source_language: str
    text: str
    status: Status
    origin: str
    revision: int  # how many revisions the text has now: what a later `expected` names
    changed: bool  # False: it already was so, nothing was written
    pairs: MemoryPairs = field(default_factory=list)  # what it gives the translation memory
    remembered: int = 0  # entries given to the translation memory


@dataclass(frozen=True)
class Approved:
    """What `approve_all` approved."""

    language: str
    source_language: str
    ids: list[str] = field(default_factory=list)  # in document order, segments then labels
    pairs: MemoryPairs = field(default_factory=list)  # what it gives the translation memory
    remembered: int = 0


@dataclass(frozen=True)
class Imported:
    """What `import_file` did: the unit-by-unit result and the document as written."""

    result: ImportResult
    document: Document
    pairs: MemoryPairs = field(default_factory=list)  # what it gives the translation memory
    remembered: int = 0  # approved segments given to the translation memory

    @property
    def source_language(self) -> str:
        """The document's source language (the pair is source→result.target)."""
        return self.document.source_language

    @property
    def language(self) -> str:
        """The language the file translated into."""
        return self.result.target


Outcome = TypeVar("Outcome", Saved, Approved, Imported)


def feed(memory: Path | None, outcome: Outcome) -> Outcome:
    """Give the translation memory at `memory` what a save, an approve-all or an import
    approved (each approved segment once; labels are not sentences), and say how many.
    The functions below feed it themselves when given `memory`; a caller that must first
    commit its own records (the web's database) passes no memory and feeds afterwards."""
    given = remember(memory, outcome.source_language, outcome.language, outcome.pairs)
    return replace(outcome, remembered=given)


def _current(document: Document, unit_id: str, language: str) -> tuple[Translation, Label | None]:
    """The translation of a segment or label as it now is, and the label (None for a
    segment). A label the reviewers never touched has its brief's text as machine text."""
    segment = next((s for s in document.segments if s.id == unit_id), None)
    if segment is not None:
        translation = segment.translations.get(language)
        if translation is None:
            raise NotFoundError(f"no {language} translation of {unit_id} in this brief")
        return translation, None
    label = find(document, unit_id)
    if label is None:
        raise NotFoundError(f"no text {unit_id} in this brief")
    current = document.labels.get(unit_id, {}).get(language) or Translation(
        label.holder.get(language, ""), "mt", "machine"
    )
    return current, label


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _refresh(document: Document) -> None:
    """The key points and QA flags follow the reviewed text."""
    from briefing.qa import check
    from briefing.summarize.base import refresh

    check(refresh(document))


def revision(document_path: Path, unit_id: str, language: str) -> int:
    """The revision a caller sees of a text: how many changes it has had. Passed back as
    `expected`, it makes a save fail when someone changed the text in between."""
    translation, _ = _current(load(document_path), unit_id, language)
    return len(translation.revisions)


def save(
    document_path: Path,
    unit_id: str,
    language: str,
    text: str | None,
    status: Status,
    by: str,
    *,
    expected: int | None = None,
    memory: Path | None = None,
) -> Saved:
    """Set a text (None: keep it as it is) and its status, keeping what it was as a
    revision by `by`. With `expected`, a text whose revision is no longer that one is
    refused with ConflictError and nothing is written. An approved segment joins the
    translation memory at `memory`."""
    with docstore.locked(document_path):
        document = load(document_path)
        current, label = _current(document, unit_id, language)
        if expected is not None and len(current.revisions) != expected:
            raise ConflictError(
                f"{unit_id} ({language}) changed since it was shown (revision "
                f"{len(current.revisions)}, not {expected}); reload it and redo the change",
                current=current.text,
            )
        new_text = current.text if text is None else text.strip()
        if not new_text:
            raise ReviewError("a translation cannot be empty")
        if new_text == current.text and status == current.status:
            return Saved(
                unit_id,
                language,
                document.source_language,
                current.text,
                current.status,
                current.origin,
                len(current.revisions),
                changed=False,
            )
        origin = current.origin
        if new_text != current.text:
            origin = "human"
        elif status == "approved" and origin.startswith("mt"):
            origin = "mt-approved"  # machine output approved as it was
        updated = Translation(
            new_text,
            origin,
            status,
            current.reinserted if new_text == current.text else [],
            [
                *current.revisions,
                Revision(current.text, current.status, current.origin, _stamp(), by),
            ],
        )
        if label is None:
            document.segment(unit_id).translations[language] = updated
        else:
            set_text(document, label, language, updated)
        _refresh(document)
        docstore.written(document, document_path)
        source = document.segment(unit_id).text if label is None else ""
    pairs = [(source, new_text, origin)] if status == "approved" and label is None else []
    saved = Saved(
        unit_id,
        language,
        document.source_language,
        new_text,
        status,
        origin,
        len(updated.revisions),
        changed=True,
        pairs=pairs,
    )
    return feed(memory, saved)


def undo(
    document_path: Path,
    unit_id: str,
    language: str,
    by: str,
    *,
    restore: tuple[str, Status] | None = None,
    expected: int | None = None,
    memory: Path | None = None,
) -> Saved:
    """Bring back what a text was before its last change (or `restore`, the text and
    status a caller that keeps its own undo history chose), as a new change by `by`. A
    text with no change on record raises ConflictError ("nothing to undo")."""
    if restore is None:
        current, _ = _current(load(document_path), unit_id, language)
        if not current.revisions:
            raise ConflictError("nothing to undo")
        last = current.revisions[-1]
        restore = (last.text, last.status)
        if expected is None:  # the revision read here is the one being undone
            expected = len(current.revisions)
    text, status = restore
    return save(
        document_path, unit_id, language, text, status, by, expected=expected, memory=memory
    )


def approve_all(
    document_path: Path,
    language: str,
    by: str,
    *,
    only: Iterable[str] | None = None,
    memory: Path | None = None,
) -> Approved:
    """Approve every unapproved text of `language` (segments and the labels reviewers
    have a text for), or only those of `only`, in one write of document.json. Machine
    output approved as it was becomes `mt-approved`, never a person's text. The approved
    segments join the translation memory at `memory`."""
    wanted = None if only is None else set(only)
    stamp = _stamp()
    pairs: MemoryPairs = []
    ids: list[str] = []
    with docstore.locked(document_path):
        document = load(document_path)
        if language not in document.languages():
            raise NotFoundError(f"this brief has no {language} text")
        states: list[tuple[str, Translation | None, str | None]] = [
            (s.id, s.translations.get(language), s.text) for s in document.segments
        ]
        states += [
            (x.id, document.labels.get(x.id, {}).get(language), None) for x in labels_of(document)
        ]
        for unit_id, current, source in states:
            if current is None or current.status == "approved":
                continue
            if wanted is not None and unit_id not in wanted:
                continue
            current.revisions.append(
                Revision(current.text, current.status, current.origin, stamp, by)
            )
            current.status = "approved"
            if current.origin.startswith("mt"):
                current.origin = "mt-approved"
            ids.append(unit_id)
            if source is not None:
                pairs.append((source, current.text, current.origin))
        if ids:
            _refresh(document)
            docstore.written(document, document_path)
    return feed(memory, Approved(language, document.source_language, ids, pairs))


def document_beside(file: Path) -> Path:
    """The document.json a translator's file belongs to when none is named: beside an
    XLIFF file, two folders up from an OmegaT project (OUT/omegat/vi-ko)."""
    return file.parent.parent / "document.json" if file.is_dir() else file.parent / "document.json"


def import_file(
    document_path: Path,
    file: Path,
    by: str | None = None,
    *,
    force: bool = False,
    memory: Path | None = None,
    shown_as: str | None = None,
) -> Imported:
    """Apply a translator's XLIFF file, or what OmegaT wrote in a project folder
    briefing exported, to the document (see briefing.review.xliff.import_xliff: units
    with a drifted source, in the wrong script or in conflict are refused one by one);
    the segments it approved join the translation memory at `memory`. `shown_as` names
    the file in error messages instead of its path (an upload saved under another name)."""
    source = file
    temporary: Path | None = None
    if file.is_dir():  # an OmegaT project: what OmegaT wrote to target/
        from briefing.review.omegat import translated_file

        source = temporary = translated_file(file)

    def apply(document: Document) -> tuple[ImportResult, Document]:
        return import_xliff(document, source, by, force=force), document

    try:
        result, document = docstore.update(document_path, apply)
    except BriefingError as exc:
        if shown_as is not None:
            exc.args = (str(exc).replace(str(file), shown_as),)
        raise
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    approved = set(result.approved)
    pairs = [
        (s.text, s.translations[result.target].text, s.translations[result.target].origin)
        for s in document.segments
        if s.id in approved
    ]  # labels are not sentences: no memory entries
    return feed(memory, Imported(result, document, pairs))


def import_bytes(
    document_path: Path,
    data: bytes,
    filename: str,
    by: str | None = None,
    *,
    force: bool = False,
    memory: Path | None = None,
) -> Imported:
    """`import_file` for a file that came as bytes (an upload): kept beside the document
    while it is read, then removed; messages name it `filename`."""
    with tempfile.NamedTemporaryFile(
        dir=document_path.parent, prefix=".incoming-", suffix=".xlf", delete=False
    ) as stream:
        stream.write(data)
        incoming = Path(stream.name)
    try:
        return import_file(
            document_path, incoming, by, force=force, memory=memory, shown_as=filename
        )
    finally:
        incoming.unlink(missing_ok=True)


def export(document_path: Path, language: str) -> tuple[str, str]:
    """One XLIFF file of the document for `language`: (its text, its file name)."""
    from briefing.review.xliff import export_xliff, xliff_name

    document = load(document_path)
    if language not in document.targets:
        raise NotFoundError(f"the document has no {language} translation to export")
    return export_xliff(document, language), xliff_name(document, language)


def in_order(ids: Iterable[str]) -> list[str]:
    """Segment and label ids in reading order of their numbers (p2s1 before p10s1)."""
    return sorted(ids, key=lambda unit_id: [int(n) for n in re.findall(r"\d+", unit_id)])
