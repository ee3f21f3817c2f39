"""Reviewers: the side-by-side page (paged and filtered), edits, approvals and undo with a
version check, approve-all, re-rendering, XLIFF out and in. Everything slow (WeasyPrint,
document.json under its lock, the database) runs in a thread pool, never on the event
loop, so one reviewer's long action never freezes another's page."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from briefing.document import load
from briefing.errors import BriefingError
from briefing.labels import labels_of
from briefing.review import service
from briefing.web import reviews
from briefing.web.errors import status_of
from briefing.web.reviews import RowConflict, rows_of
from briefing.web.services import Services, csrf_checked, require_role, services
from briefing.web.sessions import User
from briefing.web.store import Brief

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


def review_entries(
    found: Services, brief: Brief, status: str, flag: str, page: int
) -> dict[str, Any]:
    """The review page's rows (segments, then the labels a brief shows), filtered and paged."""
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
    """The side-by-side review page."""
    brief = found.brief(brief_id)
    context = await run_in_threadpool(review_entries, found, brief, status, flag, page)
    return found.page(request, "review.html.j2", brief=brief, **context)


def conflict_page(
    request: Request, found: Services, brief: Brief, mine: str, conflict: RowConflict
) -> Response:
    """Both texts side by side, nothing overwritten: the reviewer chooses."""
    return found.page(
        request,
        "conflict.html.j2",
        status=status_of(conflict),
        brief=brief,
        mine=mine,
        row=conflict.row,
    )


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
    """Save a reviewer's text; a form from before a colleague's save gets the conflict page."""
    brief = found.brief(brief_id)
    try:
        await run_in_threadpool(
            reviews.save_change,
            found,
            brief,
            segment_id,
            language,
            version,
            text,
            "edited",
            user.name,
        )
    except RowConflict as conflict:
        audit(
            "edit refused: changed since the page was opened",
            "segment.conflict",
            user,
            brief_id,
            language,
            segment=segment_id,
            version=version,
        )
        return conflict_page(request, found, brief, text, conflict)
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
    """Approve a text as the reviewer saw it; a stale form gets the conflict page."""
    brief = found.brief(brief_id)
    try:
        await run_in_threadpool(
            reviews.save_change,
            found,
            brief,
            segment_id,
            language,
            version,
            None,
            "approved",
            user.name,
        )
    except RowConflict as conflict:  # "your text" is the one the reviewer saw and meant to approve
        audit(
            "approval refused: changed since the page was opened",
            "segment.conflict",
            user,
            brief_id,
            language,
            segment=segment_id,
            version=version,
        )
        return conflict_page(request, found, brief, seen or conflict.row.text, conflict)
    audit("text approved", "segment.approved", user, brief_id, language, segment=segment_id)
    return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)


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
    """Undo a text's last change, unless a colleague changed it since the page was opened."""
    brief = found.brief(brief_id)
    try:
        await run_in_threadpool(
            reviews.undo, found, brief, segment_id, language, version, user.name
        )
    except RowConflict as conflict:
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
        wanted = await run_in_threadpool(
            reviews.undo_target, found, brief, segment_id, language, seen
        )
        return found.page(
            request,
            "undo_conflict.html.j2",
            status=status_of(conflict),
            brief=brief,
            row=conflict.row,
            seen=seen,
            wanted=wanted,
        )
    audit("change undone", "segment.undone", user, brief_id, language, segment=segment_id)
    return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)


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
        count = await run_in_threadpool(reviews.unapproved_count, found, brief_id, language)
        return found.page(
            request, "approve_all.html.j2", brief=brief, language=language, count=count
        )
    approved = await run_in_threadpool(
        reviews.approve_everything, found, brief, language, user.name
    )
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
    """A text's changes, oldest first, as JSON."""
    found.brief(brief_id)  # 404 for an id that no brief has (or that no column can hold)
    return JSONResponse(reviews.history(found, brief_id, segment_id, language))


@router.post("/briefs/{brief_id}/render", dependencies=[Depends(csrf_checked)])
async def rerender_brief(
    brief_id: int, user: User = Depends(require_role()), found: Services = Depends(services)
) -> Response:
    """Render the brief's PDFs again from its reviewed document.json."""
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
        raise
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
    """The brief's XLIFF file for `language`, as a download."""
    brief = found.brief(brief_id)
    body, name = await run_in_threadpool(service.export, found.document_path(brief), language)
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
    """Apply an uploaded XLIFF file to the brief."""
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
    try:
        imported = await run_in_threadpool(
            reviews.import_upload, found, brief, data, upload.filename, user.name
        )
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
        raise
    result = imported.result
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
