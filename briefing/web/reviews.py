"""The review service as the web service runs it: briefing.review.service for
document.json and the translation memory, plus what only the web keeps in its database.

The database holds a row per text and language (`SegmentRow`, with a version each form
carries: a save from a page opened before a colleague's is refused), the history of every
change (`RevisionRow`, with the undo marks that make a second Undo go one change further
back) and whether the brief is reviewed. Every change takes the brief's lock and one
database transaction around the service call, so the row and document.json change
together or not at all. Conflicts are raised as `RowConflict`, a ConflictError that
carries the row as it now is for the conflict page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from briefing.errors import ConflictError, NotFoundError
from briefing.review import service
from briefing.review.service import Imported
from briefing.web.jobs import sync_segments
from briefing.web.services import Services
from briefing.web.store import Brief, RevisionRow, SegmentRow


class RowConflict(ConflictError):
    """The row changed since the page that sent the form was opened; `row` is it now."""

    def __init__(self, message: str, row: SegmentRow) -> None:
        super().__init__(message, current=row.text)
        self.row = row


def memory_of(found: Services) -> Path | None:
    """The web service's translation memory: its setting, none when unset or `none`."""
    choice = found.settings.memory.strip()
    if not choice or choice.lower() == "none":
        return None
    return Path(choice).expanduser()


def revisions_of(brief_id: int, segment_id: str, language: str) -> Any:
    """The query for a text's changes, as the database keeps them."""
    return select(RevisionRow).where(
        RevisionRow.brief_id == brief_id,
        RevisionRow.segment_id == segment_id,
        RevisionRow.language == language,
    )


def rows_of(found: Services, brief_id: int) -> dict[str, dict[str, SegmentRow]]:
    """A brief's rows: text id → language → row."""
    with found.store.open() as session:
        rows = session.scalars(
            select(SegmentRow).where(SegmentRow.brief_id == brief_id).order_by(SegmentRow.position)
        ).all()
    table: dict[str, dict[str, SegmentRow]] = {}
    for row in rows:
        table.setdefault(row.segment_id, {})[row.language] = row
    return table


def reviewed_state(found: Services, brief_id: int) -> None:
    """The brief is `reviewed` when every row is approved, else `ready`."""
    with found.store.session.begin() as session:
        rows = session.scalars(select(SegmentRow).where(SegmentRow.brief_id == brief_id)).all()
        brief = session.get(Brief, brief_id)
        if brief is not None and brief.state in {"ready", "reviewed"}:
            all_approved = bool(rows) and all(r.status == "approved" for r in rows)
            brief.state = "reviewed" if all_approved else "ready"


def _detached(row: SegmentRow) -> SegmentRow:
    return SegmentRow(**{c.key: getattr(row, c.key) for c in SegmentRow.__table__.columns})


def save_change(
    found: Services,
    brief: Brief,
    segment_id: str,
    language: str,
    version: int,
    text: str | None,
    status: str,
    by: str,
    *,
    undoing: bool = False,
) -> SegmentRow:
    """Compare-and-set on the row's version, the change made by the review service (its
    undo when `undoing`: `text` and `status` are then what the undo brings back), both in
    one transaction; returns the row as it now is. A stale version raises RowConflict."""
    path = found.document_path(brief)
    with found.lock(brief.id), found.store.session.begin() as session:
        row = session.get(SegmentRow, (brief.id, segment_id, language))
        if row is None:
            raise NotFoundError(f"no segment {segment_id} in {language}")
        if row.version != version:
            raise RowConflict(
                f"{segment_id} ({language}) changed since the page was opened", _detached(row)
            )
        before_text, before_status = row.text, row.status
        new_text = row.text if text is None else text.strip()
        if new_text == before_text and status == before_status and new_text:
            return _detached(row)
        if undoing:
            saved = service.undo(
                path,
                segment_id,
                language,
                f"web:{by}",
                restore=(new_text, status),  # type: ignore[arg-type]
            )
        else:
            saved = service.save(
                path,
                segment_id,
                language,
                text,
                status,  # type: ignore[arg-type]
                f"web:{by}",
            )
        row.text, row.status, row.origin = saved.text, saved.status, saved.origin
        row.version += 1
        session.add(
            RevisionRow(
                brief_id=brief.id,
                segment_id=segment_id,
                language=language,
                before_text=before_text,
                before_status=before_status,
                after_text=saved.text,
                after_status=saved.status,
                by=by,
            )
        )
        session.flush()
        result = _detached(row)
    service.feed(memory_of(found), saved)  # once the rows are committed, as before
    reviewed_state(found, brief.id)
    return result


def undo_target(found: Services, brief: Brief, segment_id: str, language: str, seen: str) -> str:
    """The text an Undo pressed on a page that showed `seen` meant to bring back: what the
    change that produced `seen` replaced ("" when no such change is on record)."""
    with found.store.open() as session:
        history = session.scalars(
            revisions_of(brief.id, segment_id, language)
            .where(RevisionRow.undone.is_(False))
            .order_by(RevisionRow.id.desc())
        ).all()
    return next((r.before_text for r in history if r.after_text == seen), "")


def undo(
    found: Services, brief: Brief, segment_id: str, language: str, version: int | None, by: str
) -> None:
    """Undo the last change not yet undone. A row changed since the page was opened raises
    RowConflict (undoing would revert a colleague); no change on record, ConflictError."""
    with found.store.open() as session:
        current = session.get(SegmentRow, (brief.id, segment_id, language))
        last = session.scalars(
            revisions_of(brief.id, segment_id, language)
            .where(RevisionRow.undone.is_(False))
            .order_by(RevisionRow.id.desc())
        ).first()
    if current is None or last is None:
        raise ConflictError("nothing to undo")
    if version is not None and current.version != version:
        raise RowConflict(f"{segment_id} ({language}) changed since the page was opened", current)
    save_change(
        found,
        brief,
        segment_id,
        language,
        current.version,
        last.before_text,
        last.before_status,
        by,
        undoing=True,
    )
    # The undone change and the undo itself leave the undo history, so a second undo goes
    # one change further back instead of redoing this one.
    with found.store.session.begin() as session:
        newest = session.scalars(
            revisions_of(brief.id, segment_id, language).order_by(RevisionRow.id.desc())
        ).first()
        for revision_id in {last.id, newest.id if newest else last.id}:
            stored = session.get(RevisionRow, revision_id)
            assert stored is not None
            stored.undone = True


def approve_everything(found: Services, brief: Brief, language: str, by: str) -> list[str]:
    """Every unapproved text of `language` approved in one transaction and one write of
    document.json (a 160-segment brief in a second, not one write per row); returns the
    ids of the texts it approved."""
    path = found.document_path(brief)
    with found.lock(brief.id), found.store.session.begin() as session:
        rows = session.scalars(
            select(SegmentRow).where(
                SegmentRow.brief_id == brief.id,
                SegmentRow.language == language,
                SegmentRow.status != "approved",
            )
        ).all()
        for row in rows:
            session.add(
                RevisionRow(
                    brief_id=brief.id,
                    segment_id=row.segment_id,
                    language=language,
                    before_text=row.text,
                    before_status=row.status,
                    after_text=row.text,
                    after_status="approved",
                    by=by,
                )
            )
            row.status, row.version = "approved", row.version + 1
            if row.origin.startswith("mt"):
                row.origin = "mt-approved"  # machine output approved as it was, not a person's
        approved = {row.segment_id for row in rows}
        done = service.approve_all(path, language, f"web:{by}", only=approved) if rows else None
    if done is not None:  # the memory once the rows are committed, as for a save
        service.feed(memory_of(found), done)
    reviewed_state(found, brief.id)
    return service.in_order(approved)


def unapproved_count(found: Services, brief_id: int, language: str) -> int:
    """How many texts of `language` approve-all would approve."""
    with found.store.open() as session:
        rows = session.scalars(
            select(SegmentRow).where(
                SegmentRow.brief_id == brief_id,
                SegmentRow.language == language,
                SegmentRow.status != "approved",
            )
        ).all()
    return len(rows)


def import_upload(found: Services, brief: Brief, data: bytes, filename: str, by: str) -> Imported:
    """An uploaded XLIFF file applied by the review service; the rows follow the document."""
    path = found.document_path(brief)
    with found.lock(brief.id):
        imported = service.import_bytes(path, data, filename, f"web:{by}")
        if imported.result.changed:  # the rows follow the document, then the memory is fed
            sync_segments(found.store, brief.id, imported.document)
            imported = service.feed(memory_of(found), imported)
    reviewed_state(found, brief.id)
    return imported


def history(found: Services, brief_id: int, segment_id: str, language: str) -> list[dict[str, Any]]:
    """A text's changes, oldest first, as the revisions page answers them."""
    with found.store.open() as session:
        rows = session.scalars(
            revisions_of(brief_id, segment_id, language).order_by(RevisionRow.id)
        ).all()
    return [
        {
            "by": r.by,
            "at": r.at.isoformat(timespec="seconds") + "Z",
            "before": r.before_text,
            "after": r.after_text,
            "status": r.after_status,
            "undone": r.undone,
        }
        for r in rows
    ]
