"""Reviewers: the side-by-side page (paged and filtered), edits, approvals and undo with a
version check, approve-all, re-rendering, XLIFF out and in. Everything slow (WeasyPrint,
document.json under its lock, the database) runs in a thread pool, never on the event
loop, so one reviewer's long action never freezes another's page."""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.datastructures import UploadFile

from briefing import docstore
from briefing.document import Revision, Translation, load
from briefing.errors import BriefingError
from briefing.labels import find as find_label
from briefing.labels import labels_of
from briefing.labels import set_text as set_label
from briefing.memory import TranslationMemory, origin_of
from briefing.memory import Unit as MemoryUnit
from briefing.qa import check
from briefing.summarize.base import refresh as refresh_summaries
from briefing.web.jobs import sync_segments
from briefing.web.services import Services, csrf_checked, require_role, services
from briefing.web.sessions import User
from briefing.web.store import Brief, RevisionRow, SegmentRow, now

router = APIRouter()
log = logging.getLogger(__name__)
NAMES = {"vi": "Tiếng Việt", "ko": "한국어", "en": "English"}
PAGE_SIZE = 40


def audit(message: str, event: str, user: User, brief_id: int, language: str, **ids: Any) -> None:
    """One record of a reviewer's change: who, which brief and language, which texts (ids
    only: never the text)."""
    log.info(
        message,
        extra={
            "event": event,
            "role": user.role,
            "user": user.name,
            "brief": brief_id,
            "language": language,
            **ids,
        },
    )


def revisions_of(brief_id: int, segment_id: str, language: str) -> Any:
    return select(RevisionRow).where(
        RevisionRow.brief_id == brief_id,
        RevisionRow.segment_id == segment_id,
        RevisionRow.language == language,
    )


def rows_of(found: Services, brief_id: int) -> dict[str, dict[str, SegmentRow]]:
    with found.store.open() as session:
        rows = session.scalars(
            select(SegmentRow).where(SegmentRow.brief_id == brief_id).order_by(SegmentRow.position)
        ).all()
    table: dict[str, dict[str, SegmentRow]] = {}
    for row in rows:
        table.setdefault(row.segment_id, {})[row.language] = row
    return table


def update_document(found: Services, brief: Brief, change: Callable[[Any], None]) -> None:
    def apply(document: Any) -> None:
        change(document)
        check(refresh_summaries(document))  # the flags follow the reviewed text

    docstore.update(found.document_path(brief), apply)


def remember(
    found: Services, source_language: str, language: str, pairs: list[tuple[str, str, str]]
) -> None:
    """Approved segments, as (source, translation, origin) triples, join the translation
    memory in one transaction, as a CLI import's do: origin `human` only where a person
    wrote the text (briefing.memory.origin_of)."""
    choice = found.settings.memory.strip()
    if not pairs or not choice or choice.lower() == "none":
        return
    with TranslationMemory(Path(choice).expanduser()) as memory:
        memory.add([MemoryUnit(source_language, language, s, t, origin_of(o)) for s, t, o in pairs])


def reviewed_state(found: Services, brief_id: int) -> None:
    with found.store.session.begin() as session:
        rows = session.scalars(select(SegmentRow).where(SegmentRow.brief_id == brief_id)).all()
        brief = session.get(Brief, brief_id)
        if brief is not None and brief.state in {"ready", "reviewed"}:
            all_approved = bool(rows) and all(r.status == "approved" for r in rows)
            brief.state = "reviewed" if all_approved else "ready"


def review_entries(
    found: Services, brief: Brief, status: str, flag: str, page: int
) -> dict[str, Any]:
    document = load(found.document_path(brief))
    table = rows_of(found, brief.id)
    entries: list[dict[str, Any]] = [
        {
            "id": x.id,
            "kind": x.kind,
            "source": x.text,
            "flags": x.flags,
            "suggestions": x.suggestions,
        }
        for x in document.segments
    ]
    entries += [  # the short texts a brief shows: title, roles, what figures measure …
        {
            "id": x.id,
            "kind": f"shown: {x.kind}",
            "source": x.source(document),
            "flags": document.label_flags.get(x.id, []),
            "suggestions": {},
        }
        for x in labels_of(document)
    ]
    if status:
        entries = [
            e for e in entries if any(r.status == status for r in table.get(e["id"], {}).values())
        ]
    if flag:
        entries = [
            e for e in entries if any(f.severity == flag or f.code == flag for f in e["flags"])
        ]
    pages = max(1, -(-len(entries) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    return {
        "document": document,
        "entries": entries[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
        "total": len(entries),
        "rows": table,
        "targets": document.targets,
        "page": page,
        "pages": pages,
        "status_filter": status,
        "flag_filter": flag,
        "names": NAMES,
    }


@router.get("/briefs/{brief_id}/review", response_class=HTMLResponse)
async def review_page(
    request: Request,
    brief_id: int,
    status: str = "",
    flag: str = "",
    page: int = 1,
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    brief = found.brief(brief_id)
    context = await run_in_threadpool(review_entries, found, brief, status, flag, page)
    return found.page(request, "review.html.j2", brief=brief, **context)


def save_change(
    found: Services,
    brief: Brief,
    segment_id: str,
    language: str,
    version: int,
    text: str | None,
    status: str,
    by: str,
) -> tuple[bool, SegmentRow]:
    """Compare-and-set on the row's version; mirror into document.json. Returns
    (saved, the row as it now is)."""
    source_language = {"value": "vi"}
    with found.lock(brief.id), found.store.session.begin() as session:
        row = session.get(SegmentRow, (brief.id, segment_id, language))
        if row is None:
            raise HTTPException(404, f"no segment {segment_id} in {language}")
        if row.version != version:
            return False, row
        before_text, before_status = row.text, row.status
        new_text = row.text if text is None else text.strip()
        if not new_text:
            raise HTTPException(400, "a translation cannot be empty")
        if new_text == before_text and status == before_status:
            return True, row
        row.text, row.status, row.version = new_text, status, row.version + 1
        if new_text != before_text:
            row.origin = "human"
        elif status == "approved" and row.origin.startswith("mt"):
            row.origin = "mt-approved"  # machine output approved as it was
        session.add(
            RevisionRow(
                brief_id=brief.id,
                segment_id=segment_id,
                language=language,
                before_text=before_text,
                before_status=before_status,
                after_text=new_text,
                after_status=status,
                by=by,
            )
        )
        stamp = now().isoformat(timespec="seconds")

        def change(document: Any) -> None:
            source_language["value"] = document.source_language
            label = None
            if any(s.id == segment_id for s in document.segments):
                current = document.segment(segment_id).translations[language]
            else:
                label = find_label(document, segment_id)
                if label is None:
                    raise HTTPException(404, f"no text {segment_id} in this brief")
                current = document.labels.get(segment_id, {}).get(language) or Translation(
                    label.holder.get(language, ""), "mt", "machine"
                )
            updated = Translation(
                new_text,
                row.origin,
                status,  # type: ignore[arg-type]
                current.reinserted if new_text == current.text else [],
                [
                    *current.revisions,
                    Revision(current.text, current.status, current.origin, stamp, f"web:{by}"),
                ],
            )
            if label is None:
                document.segment(segment_id).translations[language] = updated
            else:
                set_label(document, label, language, updated)

        update_document(found, brief, change)
        session.flush()
        saved = SegmentRow(**{c.key: getattr(row, c.key) for c in SegmentRow.__table__.columns})
    if status == "approved" and re.fullmatch(r"p\d+s\d+", segment_id):
        remember(
            found, source_language["value"], language, [(saved.source, saved.text, saved.origin)]
        )
    reviewed_state(found, brief.id)
    return True, saved


def conflict_page(
    request: Request, found: Services, brief: Brief, mine: str, row: SegmentRow
) -> Response:
    return found.page(request, "conflict.html.j2", status=409, brief=brief, mine=mine, row=row)


@router.post(
    "/briefs/{brief_id}/segments/{segment_id}/{language}", dependencies=[Depends(csrf_checked)]
)
async def edit_segment(
    request: Request,
    brief_id: int,
    segment_id: str,
    language: str,
    text: str = Form(...),
    version: int = Form(...),
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    brief = found.brief(brief_id)
    saved, row = await run_in_threadpool(
        save_change, found, brief, segment_id, language, version, text, "edited", user.name
    )
    if not saved:
        audit(
            "edit refused: changed since the page was opened",
            "segment.conflict",
            user,
            brief_id,
            language,
            segment=segment_id,
            version=version,
        )
        return conflict_page(request, found, brief, text, row)
    audit("text edited", "segment.edited", user, brief_id, language, segment=segment_id)
    return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)


@router.post(
    "/briefs/{brief_id}/segments/{segment_id}/{language}/approve",
    dependencies=[Depends(csrf_checked)],
)
async def approve_segment(
    request: Request,
    brief_id: int,
    segment_id: str,
    language: str,
    version: int = Form(...),
    seen: str = Form(""),
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    brief = found.brief(brief_id)
    saved, row = await run_in_threadpool(
        save_change, found, brief, segment_id, language, version, None, "approved", user.name
    )
    if not saved:  # "your text" is the one the reviewer saw and meant to approve
        audit(
            "approval refused: changed since the page was opened",
            "segment.conflict",
            user,
            brief_id,
            language,
            segment=segment_id,
            version=version,
        )
        return conflict_page(request, found, brief, seen or row.text, row)
    audit("text approved", "segment.approved", user, brief_id, language, segment=segment_id)
    return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)


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
) -> SegmentRow | None:
    """Undo the last change; returns the row when it changed since the page was opened."""
    with found.store.open() as session:
        current = session.get(SegmentRow, (brief.id, segment_id, language))
        last = session.scalars(
            revisions_of(brief.id, segment_id, language)
            .where(RevisionRow.undone.is_(False))
            .order_by(RevisionRow.id.desc())
        ).first()
    if current is None or last is None:
        raise HTTPException(409, "nothing to undo")
    if version is not None and current.version != version:
        return current  # someone changed it since this page was opened: undoing would revert them
    saved, row = save_change(
        found,
        brief,
        segment_id,
        language,
        current.version,
        last.before_text,
        last.before_status,
        by,
    )
    if not saved:
        return row
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
    return None


@router.post(
    "/briefs/{brief_id}/segments/{segment_id}/{language}/undo",
    dependencies=[Depends(csrf_checked)],
)
async def undo_segment(
    request: Request,
    brief_id: int,
    segment_id: str,
    language: str,
    version: int | None = Form(None),
    seen: str = Form(""),
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    brief = found.brief(brief_id)
    changed = await run_in_threadpool(undo, found, brief, segment_id, language, version, user.name)
    if changed is not None:
        audit(
            "undo refused: changed since the page was opened",
            "segment.conflict",
            user,
            brief_id,
            language,
            segment=segment_id,
            version=version,
        )
        # Both versions and a real choice: the text the Undo meant to bring back (never a
        # placeholder), or the colleague's saved text.
        wanted = await run_in_threadpool(undo_target, found, brief, segment_id, language, seen)
        return found.page(
            request,
            "undo_conflict.html.j2",
            status=409,
            brief=brief,
            row=changed,
            seen=seen,
            wanted=wanted,
        )
    audit("change undone", "segment.undone", user, brief_id, language, segment=segment_id)
    return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)


def approve_everything(found: Services, brief: Brief, language: str, by: str) -> list[str]:
    """Every unapproved text of `language` approved in one transaction and one write of
    document.json (a 160-segment brief in a second, not one write per row); returns the
    ids of the texts it approved."""
    stamp = now().isoformat(timespec="seconds")
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
        approved_segments: list[tuple[str, str, str]] = []
        source_language = {"value": "vi"}

        def change(document: Any) -> None:
            source_language["value"] = document.source_language
            for segment in document.segments:
                current = segment.translations.get(language)
                if segment.id in approved and current is not None:
                    current.revisions.append(
                        Revision(current.text, current.status, current.origin, stamp, f"web:{by}")
                    )
                    current.status = "approved"
                    if current.origin.startswith("mt"):
                        current.origin = "mt-approved"
                    approved_segments.append((segment.text, current.text, current.origin))
            for label in labels_of(document):
                current = document.labels.get(label.id, {}).get(language)
                if label.id in approved and current is not None:
                    current.revisions.append(
                        Revision(current.text, current.status, current.origin, stamp, f"web:{by}")
                    )
                    current.status = "approved"
                    if current.origin.startswith("mt"):
                        current.origin = "mt-approved"

        if rows:
            update_document(found, brief, change)
    remember(found, source_language["value"], language, approved_segments)
    reviewed_state(found, brief.id)
    return sorted(approved, key=lambda segment_id: [int(n) for n in re.findall(r"\d+", segment_id)])


def unapproved_count(found: Services, brief_id: int, language: str) -> int:
    with found.store.open() as session:
        rows = session.scalars(
            select(SegmentRow).where(
                SegmentRow.brief_id == brief_id,
                SegmentRow.language == language,
                SegmentRow.status != "approved",
            )
        ).all()
    return len(rows)


@router.post("/briefs/{brief_id}/approve/{language}", dependencies=[Depends(csrf_checked)])
async def approve_all(
    request: Request,
    brief_id: int,
    language: str,
    confirm: str = Form(""),
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    """Approve every text of `language`, after a confirmation page that says how many
    machine texts that approves unread."""
    brief = found.brief(brief_id)
    if confirm != "yes":
        count = await run_in_threadpool(unapproved_count, found, brief_id, language)
        return found.page(
            request, "approve_all.html.j2", brief=brief, language=language, count=count
        )
    approved = await run_in_threadpool(approve_everything, found, brief, language, user.name)
    audit(
        "every text approved",
        "brief.approved-all",
        user,
        brief_id,
        language,
        count=len(approved),
        segments=approved,
    )
    return RedirectResponse(f"/briefs/{brief_id}/review", status_code=303)


@router.get("/briefs/{brief_id}/revisions/{segment_id}/{language}")
async def revisions(
    brief_id: int,
    segment_id: str,
    language: str,
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    found.brief(brief_id)  # 404 for an id that no brief has (or that no column can hold)
    with found.store.open() as session:
        rows = session.scalars(
            revisions_of(brief_id, segment_id, language).order_by(RevisionRow.id)
        ).all()
    return JSONResponse(
        [
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
    )


@router.post("/briefs/{brief_id}/render", dependencies=[Depends(csrf_checked)])
async def rerender_brief(
    brief_id: int, user: User = Depends(require_role()), found: Services = Depends(services)
) -> Response:
    from briefing.pipeline import rerender

    brief = found.brief(brief_id)

    def render() -> None:
        with found.lock(brief_id):
            rerender(found.document_path(brief), processes=found.settings.render_processes)

    try:
        await run_in_threadpool(render)
    except BriefingError as exc:
        log.warning(
            "re-render failed",
            extra={
                "event": "brief.render-failed",
                "user": user.name,
                "brief": brief_id,
                "error": type(exc).__name__,
            },
        )
        raise HTTPException(400, str(exc)) from None
    log.info(
        "brief re-rendered",
        extra={"event": "brief.rendered", "role": user.role, "user": user.name, "brief": brief_id},
    )
    finished = datetime.now(UTC).strftime("%H:%M:%S UTC")
    return RedirectResponse(f"/briefs/{brief_id}?rendered={finished}", status_code=303)


@router.get("/briefs/{brief_id}/xliff/{language}")
async def export_xliff(
    brief_id: int,
    language: str,
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    from briefing.review import export_xliff as export

    brief = found.brief(brief_id)

    def build() -> tuple[str, str]:
        document = load(found.document_path(brief))
        return export(document, language), f"{document.source_language}-{language}.xlf"

    try:
        body, name = await run_in_threadpool(build)
    except BriefingError as exc:
        raise HTTPException(404, str(exc)) from None
    return Response(
        body,
        media_type="application/x-xliff+xml",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@router.post("/briefs/{brief_id}/xliff", dependencies=[Depends(csrf_checked)])
async def import_xliff(
    request: Request,
    brief_id: int,
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    from briefing.review import import_xliff as apply

    brief = found.brief(brief_id)
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise HTTPException(400, "choose an .xlf file")
    if Path(upload.filename).suffix.lower() not in {".xlf", ".xliff"}:
        raise HTTPException(415, "upload an .xlf file exported from this page or the CLI")
    data = await upload.read(found.web.max_upload_bytes * 8 + 1)
    if len(data) > found.web.max_upload_bytes * 8:
        raise HTTPException(413, "the XLIFF file is too large")
    path = found.document_path(brief)
    filename = upload.filename

    def run() -> Any:
        with found.lock(brief_id):
            incoming = path.parent / f".incoming-{os.getpid()}-{threading.get_ident()}.xlf"
            incoming.write_bytes(data)

            def change(document: Any) -> tuple[Any, Any]:
                return apply(document, incoming, f"web:{user.name}"), document

            try:
                result, document = docstore.update(path, change)
            except BriefingError as exc:
                log.warning(
                    "XLIFF import refused",
                    extra={
                        "event": "brief.import-refused",
                        "role": user.role,
                        "user": user.name,
                        "brief": brief_id,
                        "error": type(exc).__name__,
                    },
                )
                raise HTTPException(400, str(exc).replace(str(incoming), filename)) from None
            finally:
                incoming.unlink(missing_ok=True)
            if result.changed:
                sync_segments(found.store, brief_id, document)
                approved = set(result.approved)
                pairs = [
                    (
                        x.text,
                        x.translations[result.target].text,
                        x.translations[result.target].origin,
                    )
                    for x in document.segments
                    if x.id in approved
                ]
                remember(found, document.source_language, result.target, pairs)
        reviewed_state(found, brief_id)
        return result

    result = await run_in_threadpool(run)
    audit(
        "XLIFF file imported",
        "brief.imported",
        user,
        brief_id,
        result.target,
        changed=len(result.changed),
        approved=len(result.approved),
        skipped=len(result.skipped),
        refused=len(result.refused),
        segments=result.changed,
    )
    return RedirectResponse(f"/briefs/{brief_id}/review", status_code=303)
