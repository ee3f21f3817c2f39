"""Digests: an organiser ticks finished briefs on the home page and builds one digest of
them (a job, like a brief's); its page shows the progress, its briefs and its files."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import select

from briefing.web.digests import digest_folder, enqueue_digest, unfinished
from briefing.web.routes.briefs import stage_of, without_paths
from briefing.web.services import MAX_ID, Services, csrf_checked, read_form, require_role, services
from briefing.web.sessions import User
from briefing.web.store import Brief, DigestBrief, DigestRow, Job

router = APIRouter()
log = logging.getLogger(__name__)
MAX_BRIEFS = 20  # a digest of more articles is a week's press review, not a day's


def downloads() -> list[str]:
    """The digest's files a user may download, in the page's order: a PDF per language,
    then digest.json."""
    from briefing.digest import DIGEST_JSON, digest_file
    from briefing.languages import LANGUAGES

    return [*(digest_file(language) for language in LANGUAGES), DIGEST_JSON]


# digest.json's own texts (the articles' sentences, names, titles): never cut, whatever
# slashes they hold; every other field is scrubbed of server paths as brief downloads are.
DIGEST_TEXTS = {"title", "title_given", "event", "conflicts", "people", "organisations",
                "figures", "points"}  # fmt: skip


def scrubbed(data: Any) -> Any:
    """digest.json as it is downloaded: each brief's document.json named, not located."""
    if not isinstance(data, dict):
        return without_paths(data)
    return {key: v if key in DIGEST_TEXTS else without_paths(v) for key, v in data.items()}


def digest_of(found: Services, digest_id: int) -> DigestRow:
    """The digest, or 404 for an id the store cannot hold or does not have."""
    if not 0 < digest_id <= MAX_ID:
        raise HTTPException(404, f"no digest {digest_id}")
    with found.store.open() as session:
        digest = session.get(DigestRow, digest_id)
    if digest is None:
        raise HTTPException(404, f"no digest {digest_id}")
    return digest


def briefs_of(found: Services, digest_id: int) -> list[Brief]:
    """The briefs a digest is built from, in its order."""
    with found.store.open() as session:
        return list(
            session.scalars(
                select(Brief)
                .join(DigestBrief, DigestBrief.brief_id == Brief.id)
                .where(DigestBrief.digest_id == digest_id)
                .order_by(DigestBrief.position)
            )
        )


def built(folder: str) -> tuple[str, str]:
    """(title in English, when it was built) from the digest's digest.json, if there is one."""
    from briefing.digest import DIGEST_JSON

    try:
        data = json.loads((Path(folder) / DIGEST_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "", ""
    title = data.get("title") if isinstance(data, dict) else None
    english = str(title.get("en") or "") if isinstance(title, dict) else ""
    return english, str(data.get("created") or "")


def status_of(found: Services, digest_id: int) -> dict[str, Any]:
    """What the digest's page and its live progress show."""
    digest = digest_of(found, digest_id)
    with found.store.open() as session:
        job = session.scalars(
            select(Job).where(Job.digest_id == digest_id).order_by(Job.id.desc())
        ).first()
    files: list[str] = []
    folder = Path(digest.folder) if digest.folder else None
    if digest.state == "ready" and folder is not None and folder.is_dir():
        files = [name for name in downloads() if (folder / name).is_file()]
    title, created = built(digest.folder) if files else ("", "")
    briefs = briefs_of(found, digest_id)
    return {
        "id": digest.id,
        "title": digest.title or title or f"Digest {digest.id}",
        "state": digest.state,
        "error": digest.error,
        "stage": stage_of(job),
        "done": job.done if job else 0,
        "total": job.total if job else 0,
        "stages": [s for s in (job.stages if job else "").split("\n") if s],
        "files": files,
        "built": created,
        "briefs": [
            {"id": b.id, "title": b.title or b.source_name, "state": b.state} for b in briefs
        ],
        "updated": digest.updated.isoformat(timespec="seconds") + "Z" if digest.updated else "",
    }


def ticked(form: Any) -> list[int]:
    """The brief ids ticked on the form, each once, oldest brief first: the digest numbers
    its articles in the order they were briefed, however the page lists them."""
    ids: list[int] = []
    for value in form.getlist("brief"):
        text = str(value).strip()
        if not text.isdigit() or not 0 < int(text) <= MAX_ID:
            raise HTTPException(400, f"{text[:40]!r} is not a brief's number")
        if int(text) not in ids:
            ids.append(int(text))
    return sorted(ids)


@router.post("/digests", dependencies=[Depends(csrf_checked)])
async def create_digest(
    request: Request,
    user: User = Depends(require_role("organiser")),
    found: Services = Depends(services),
) -> Response:
    """Build a digest of the ticked briefs (two or more, every one finished), as a job."""
    form = await read_form(request, found.web.max_upload_bytes)
    ids = ticked(form)
    if len(ids) < 2:
        raise HTTPException(
            400,
            "tick two finished briefs or more to build a digest "
            f"({'none' if not ids else 'one'} ticked)",
        )
    if len(ids) > MAX_BRIEFS:
        raise HTTPException(400, f"a digest takes at most {MAX_BRIEFS} briefs ({len(ids)} ticked)")
    briefs = [found.brief(brief_id) for brief_id in ids]
    problems = await run_in_threadpool(lambda: [why for why in map(unfinished, briefs) if why])
    if problems:
        raise HTTPException(409, problems[0])
    title = " ".join(str(form.get("title") or "").split())[:300]
    with found.store.session.begin() as session:
        digest = DigestRow(title=title, state="queued")
        session.add(digest)
        session.flush()
        digest.folder = str(digest_folder(found.web.data_dir, digest.id))
        for position, brief_id in enumerate(ids):
            session.add(DigestBrief(digest_id=digest.id, brief_id=brief_id, position=position))
        digest_id = digest.id
    job_id = enqueue_digest(found.store, found.queue, digest_id)
    log.info(
        "new digest queued",
        extra={
            "event": "digest.created",
            "role": user.role,
            "user": user.name,
            "digest": digest_id,
            "briefs": ids,
            "job": job_id,
        },
    )
    return RedirectResponse(f"/digests/{digest_id}", status_code=303)


@router.post("/digests/{digest_id}/retry", dependencies=[Depends(csrf_checked)])
async def retry_digest(
    digest_id: int,
    user: User = Depends(require_role("organiser")),
    found: Services = Depends(services),
) -> Response:
    """Queue a failed digest again (its briefs are checked again by the job)."""
    digest = digest_of(found, digest_id)
    if digest.state != "failed":
        raise HTTPException(409, "only a failed digest can be retried")
    job_id = enqueue_digest(found.store, found.queue, digest_id)
    log.info(
        "failed digest queued again",
        extra={
            "event": "digest.retried",
            "role": user.role,
            "user": user.name,
            "digest": digest_id,
            "job": job_id,
        },
    )
    return RedirectResponse(f"/digests/{digest_id}", status_code=303)


@router.get("/digests/{digest_id}", response_class=HTMLResponse)
async def digest_page(
    request: Request,
    digest_id: int,
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    """The digest: its title, its briefs, its state and progress, its files once done."""
    status = await run_in_threadpool(status_of, found, digest_id)
    return found.page(request, "digest.html.j2", status_data=status)


@router.get("/digests/{digest_id}/status")
async def digest_status(
    digest_id: int, user: User = Depends(require_role()), found: Services = Depends(services)
) -> Response:
    """The digest's state and progress as JSON, for its page's live progress."""
    return JSONResponse(await run_in_threadpool(status_of, found, digest_id))


@router.get("/digests/{digest_id}/files/{name}")
async def download_digest(
    digest_id: int,
    name: str,
    user: User = Depends(require_role()),
    found: Services = Depends(services),
) -> Response:
    """One of the digest's files; digest.json with the server's paths cut to file names."""
    digest = digest_of(found, digest_id)
    if name not in downloads() or not digest.folder:
        raise HTTPException(404, "no such file")
    root = Path(digest.folder).resolve()
    path = (root / name).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise HTTPException(404, "no such file")
    if name.endswith(".json"):  # it names each brief's document.json on the server
        data = await run_in_threadpool(path.read_text, encoding="utf-8")
        body = json.dumps(scrubbed(json.loads(data)), ensure_ascii=False, indent=2)
        return Response(
            body,
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )
    return FileResponse(path, filename=name)
