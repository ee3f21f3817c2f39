"""Organisers: the list of briefs, a new brief, its progress, its files, a retry."""

from __future__ import annotations

import json
import logging
import re
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.datastructures import UploadFile

from briefing.errors import BriefingError
from briefing.languages import SOURCES, targets_of
from briefing.pipeline import ARTIFACTS
from briefing.web.digests import listed
from briefing.web.jobs import ARTICLE_TYPES, CONTAINER_TYPES, enqueue
from briefing.web.services import Services, csrf_checked, read_form, require_role, services
from briefing.web.sessions import User
from briefing.web.store import Brief, Job, now

router = APIRouter()
log = logging.getLogger(__name__)
DOWNLOADS = ARTIFACTS | {f"{s}-{t}.xlf" for s in SOURCES for t in targets_of(s)}


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, found: Services = Depends(services)) -> Response:
    """The home page: every brief and digest, newest first, and the form for a new brief;
    the sign-in page for someone not signed in."""
    if found.user(request) is None:
        return RedirectResponse("/login", status_code=303)
    with found.store.open() as session:
        briefs = session.scalars(select(Brief).order_by(Brief.id.desc())).all()
    return found.page(
        request,
        "index.html.j2",
        briefs=briefs,
        digests=listed(found.store),
        limit=found.web.max_upload_bytes,
    )


def upload_limit(limit: int, suffix: str) -> int:
    """The most bytes an uploaded article may have: a Word or PDF file (fonts, layout) may be
    `CONTAINER_FACTOR` times the text limit; the text read from it is held to the limit."""
    from briefing.reading import CONTAINER_FACTOR

    return limit * CONTAINER_FACTOR if suffix in CONTAINER_TYPES else limit


@router.post("/briefs", dependencies=[Depends(csrf_checked)])
async def create_brief(
    request: Request,
    user: User = Depends(require_role("organiser")),
    found: Services = Depends(services),
) -> Response:
    """A new brief from an uploaded or pasted article (and a glossary, if given): checked for
    size and type, read once to refuse what cannot be read, then queued; goes to its page."""
    web, settings = found.web, found.settings
    form = await read_form(
        request, upload_limit(web.max_upload_bytes, ".pdf") + web.max_upload_bytes * 8
    )
    text = str(form.get("text") or "")
    if len(text.encode("utf-8")) > web.max_upload_bytes:
        raise HTTPException(
            413, f"the pasted article is over the {web.max_upload_bytes:,}-byte limit"
        )
    upload = form.get("file")
    glossary = form.get("glossary")
    title = str(form.get("title") or "").strip()[:300]
    if isinstance(upload, UploadFile) and upload.filename:
        name = Path(upload.filename).name
        suffix = Path(name).suffix.lower()
        if suffix not in ARTICLE_TYPES:
            raise HTTPException(415, f"{name}: upload a .txt, .md, .html, .docx or .pdf article")
        data = await upload.read(upload_limit(web.max_upload_bytes, suffix) + 1)
    elif text.strip():
        name, suffix, data = "pasted.txt", ".txt", text.encode("utf-8")
    else:
        raise HTTPException(400, "paste the article or choose a file")
    limit = upload_limit(web.max_upload_bytes, suffix)
    if len(data) > limit:
        raise HTTPException(413, f"the article is over the {limit:,}-byte limit")
    glossary_data = b""
    if isinstance(glossary, UploadFile) and glossary.filename:
        if Path(glossary.filename).suffix.lower() not in {".csv", ".tbx"}:
            raise HTTPException(415, "the glossary must be a .csv or .tbx file")
        glossary_data = await glossary.read(web.max_upload_bytes + 1)
        if len(glossary_data) > web.max_upload_bytes:
            raise HTTPException(413, "the glossary is over the size limit")
    with found.store.session.begin() as session:
        brief = Brief(title=title, source_name=name, state="queued")
        session.add(brief)
        session.flush()
        brief_id = brief.id
    folder = web.briefs_dir / str(brief_id)
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^a-z0-9-]+", "-", Path(name).stem.lower()).strip("-") or "article"
    source = folder / f"{stem}{suffix}"
    source.write_bytes(data)
    options: dict[str, Any] = {"title": title}
    if glossary_data:
        assert isinstance(glossary, UploadFile)
        glossary_path = folder / f"glossary{Path(str(glossary.filename)).suffix.lower()}"
        glossary_path.write_bytes(glossary_data)
        options["glossary"] = str(glossary_path)
    else:
        options["glossary"] = "none" if settings.glossary == "" else settings.glossary
    # Reading errors are the user's to fix: refuse now, with the reason, not in a job.
    try:
        from briefing.segment import load as read_article

        await run_in_threadpool(
            read_article, source, max_bytes=web.max_upload_bytes, title=title or None
        )
    except BriefingError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        with found.store.session.begin() as session:
            session.delete(session.get(Brief, brief_id))
        raise HTTPException(400, str(exc).replace(str(source), name)) from None
    (folder / "options.json").write_text(json.dumps(options), encoding="utf-8")
    job_id = enqueue(found.store, found.queue, brief_id)
    log.info(
        "new brief queued",
        extra={
            "event": "brief.created",
            "role": user.role,
            "user": user.name,
            "brief": brief_id,
            "job": job_id,
            "bytes": len(data),
            "glossary": bool(glossary_data),
        },
    )
    return RedirectResponse(f"/briefs/{brief_id}", status_code=303)


@router.post("/briefs/{brief_id}/retry", dependencies=[Depends(csrf_checked)])
async def retry(
    brief_id: int,
    user: User = Depends(require_role("organiser")),
    found: Services = Depends(services),
) -> Response:
    """Queue a failed brief again (409 for one that has not failed); goes to its page."""
    brief = found.brief(brief_id)
    if brief.state != "failed":
        raise HTTPException(409, "only a failed brief can be retried")
    folder = found.web.briefs_dir / str(brief_id)
    if not folder.is_dir() or not any(p.suffix in ARTICLE_TYPES for p in folder.iterdir()):
        raise HTTPException(410, "the uploaded article is gone; create the brief again")
    job_id = enqueue(found.store, found.queue, brief_id)
    log.info(
        "failed brief queued again",
        extra={
            "event": "brief.retried",
            "role": user.role,
            "user": user.name,
            "brief": brief_id,
            "job": job_id,
        },
    )
    return RedirectResponse(f"/briefs/{brief_id}", status_code=303)


WAITING_S = 120  # a brief queued this long with no worker on it gets a word of why


def stage_of(job: Job | None) -> str:
    """The job's stage; for one that no worker has taken for a while, that it waits."""
    if job is None:
        return ""
    if job.state == "queued" and job.created < now() - timedelta(seconds=WAITING_S):
        since = job.created.strftime("%H:%M UTC")
        return (
            f"{job.stage + '; ' if job.stage else ''}waiting for a worker since {since}: "
            "no worker has taken it yet (is a `briefing worker` running, or busy?)"
        )
    return job.stage


def status_of(found: Services, brief_id: int) -> dict[str, Any]:
    """What the brief's page and its live progress show: its state, error, the latest job's
    stage and counts, and the files there are to download."""
    brief = found.brief(brief_id)
    with found.store.open() as session:
        job = session.scalars(
            select(Job).where(Job.brief_id == brief_id).order_by(Job.id.desc())
        ).first()
    files = []
    if brief.run_dir and Path(brief.run_dir).is_dir():
        files = sorted(p.name for p in Path(brief.run_dir).iterdir() if p.name in DOWNLOADS)
    return {
        "id": brief.id,
        "title": brief.title,
        "state": brief.state,
        "error": brief.error,
        "stage": stage_of(job),
        "done": job.done if job else 0,
        "total": job.total if job else 0,
        "stages": [s for s in (job.stages if job else "").split("\n") if s],
        "files": files,
        "updated": brief.updated.isoformat(timespec="seconds") + "Z" if brief.updated else "",
    }


@router.get("/briefs/{brief_id}", response_class=HTMLResponse)
async def brief_page(
    request: Request,
    brief_id: int,
    rendered: str = "",
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    """The brief's page: its progress, files and language pairs."""
    status = await run_in_threadpool(status_of, found, brief_id)
    targets: list[str] = []
    for source in SOURCES:
        if any(f.startswith(f"draft.{source}-") for f in status["files"]):
            targets = [f"{source}-{t}" for t in targets_of(source)]
    return found.page(
        request, "brief.html.j2", status_data=status, rendered=rendered, pairs=targets
    )


@router.get("/briefs/{brief_id}/status")
async def brief_status(
    brief_id: int, user: User = Depends(require_role()), found: Services = Depends(services)
) -> Response:
    """The brief's state and progress as JSON, for its page's live progress."""
    return JSONResponse(await run_in_threadpool(status_of, found, brief_id))


@router.get("/briefs/{brief_id}/files/{name}")
async def download(
    brief_id: int,
    name: str,
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    """One of the brief's own files (404 for any other); document.json and manifest.json
    with the server's paths cut (`without_paths`)."""
    brief = found.brief(brief_id)
    if name not in DOWNLOADS or not brief.run_dir:
        raise HTTPException(404, "no such file")
    root = Path(brief.run_dir).resolve()
    path = (root / name).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise HTTPException(404, "no such file")
    if name in {"document.json", "manifest.json"}:  # they name files on the server
        data = await run_in_threadpool(path.read_text, encoding="utf-8")
        body = json.dumps(without_paths(json.loads(data)), ensure_ascii=False, indent=2)
        return Response(
            body,
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )
    return FileResponse(path, filename=name)


SERVER_PATH = re.compile(r"(?<![\w./])/(?:[^/\s\"'<>]+/)+[^/\s\"'<>]*")


# Keys whose values are the article's and the translators' own text: never cut, whatever
# slashes they hold (a date, a unit, a quoted path in a sentence).
_TEXT_KEYS = {"segments", "paragraphs", "summaries", "facts", "labels", "label_flags", "title",
              "changes", "warnings"}  # fmt: skip


def without_paths(value: Any) -> Any:
    """A download's JSON with every server path (the data folder, a model's folder, also
    inside a text such as `mt:/…/models/tiny/nllb`) cut to the file's or folder's name:
    what a person needs to know, not where it lies here. Web addresses are left alone, and
    so is the article's and the translators' text (`_TEXT_KEYS`)."""
    if isinstance(value, dict):
        return {
            key: item if key in _TEXT_KEYS else without_paths(item) for key, item in value.items()
        }
    if isinstance(value, list):
        return [without_paths(item) for item in value]
    if isinstance(value, str) and "/" in value:
        return SERVER_PATH.sub(lambda m: Path(m.group(0)).name or m.group(0), value)
    return value
