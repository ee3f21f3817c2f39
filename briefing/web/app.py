"""The FastAPI application: pages rendered on the server with the project's Jinja2
templates (templates/web/), a little plain JavaScript for live progress.

Access: an organiser token (create, review, everything) and a reviewer token
(review, re-render, download; cannot create briefs), exchanged for a signed cookie
at /login. Anonymous visitors see nothing but the sign-in page. Every form carries
a CSRF token bound to the session; uploads are size-limited and type-checked;
downloads are limited to a brief's own artifacts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import shutil
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.datastructures import UploadFile

from briefing import LANGUAGES, docstore
from briefing.config import Settings, load_settings
from briefing.document import Revision, Translation, load
from briefing.errors import BriefingError
from briefing.labels import find as find_label
from briefing.labels import labels_of
from briefing.languages import SOURCES, targets_of
from briefing.labels import set_text as set_label
from briefing.memory import TranslationMemory
from briefing.memory import Unit as MemoryUnit
from briefing.paths import templates_dir
from briefing.pipeline import ARTIFACTS
from briefing.qa import check
from briefing.summarize.base import refresh as refresh_summaries
from briefing.web.config import WebSettings
from briefing.web.jobs import Runner, sync_segments
from briefing.web.store import Brief, Job, RevisionRow, SegmentRow, Store, now

COOKIE = "briefing_session"
ARTICLE_TYPES = {".txt", ".md", ".html", ".htm"}
DOWNLOADS = ARTIFACTS | {f"{s}-{t}.xlf" for s in SOURCES for t in targets_of(s)}
ROLES = ("organiser", "reviewer")


class Forbidden(Exception):
    pass


def create_app(web: WebSettings, settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings({})
    store = Store(web.database_url)
    recovered = store.recover()
    if not settings.memory:  # the service keeps its translation memory with its data
        settings = replace(settings, memory=str(web.data_dir / "memory.sqlite"))
    runner = Runner(store, replace(settings, out_dir=web.briefs_dir), web.briefs_dir)
    locks: dict[int, threading.Lock] = {}
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir() / "web"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        runner.shutdown()

    app = FastAPI(
        title="briefing", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.store, app.state.runner, app.state.recovered = store, runner, recovered

    # ------------------------------------------------------------------ sessions

    def sign(value: str) -> str:
        return hmac.new(web.secret.encode(), value.encode(), hashlib.sha256).hexdigest()

    def make_cookie(role: str, name: str) -> str:
        payload = base64.urlsafe_b64encode(
            json.dumps({"role": role, "name": name}).encode()
        ).decode()
        return f"{payload}.{sign(payload)}"

    def session_of(request: Request) -> dict[str, str] | None:
        cookie = request.cookies.get(COOKIE, "")
        payload, _, signature = cookie.partition(".")
        if not payload or not hmac.compare_digest(sign(payload), signature):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(payload.encode()))
        except ValueError:
            return None
        return data if isinstance(data, dict) and data.get("role") in ROLES else None

    def csrf_of(request: Request) -> str:
        return sign("csrf|" + request.cookies.get(COOKIE, ""))[:32]

    def need(request: Request, role: str = "reviewer") -> dict[str, str]:
        user = session_of(request)
        if user is None:
            raise HTTPException(401, "sign in first")
        if role == "organiser" and user["role"] != "organiser":
            raise HTTPException(403, "only organisers can do this")
        return user

    async def check_csrf(request: Request) -> None:
        sent = request.headers.get("x-csrf-token")
        if sent is None:
            form = await request.form()
            sent = str(form.get("csrf", ""))
        if not hmac.compare_digest(sent, csrf_of(request)):
            raise HTTPException(
                403, "the form has expired or did not come from this site; reload the page"
            )

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        user = session_of(request)
        html = environment.get_template(template).render(
            user=user, csrf=csrf_of(request) if user else "", **context
        )
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 401 and "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/login", status_code=303)
        if "application/json" in request.headers.get("accept", "") or request.url.path.endswith(
            "/status"
        ):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html.j2", status=exc.status_code, message=exc.detail)

    # ------------------------------------------------------------------ helpers

    def brief_or_404(brief_id: int) -> Brief:
        with store.open() as session:
            brief = session.get(Brief, brief_id)
        if brief is None:
            raise HTTPException(404, f"no brief {brief_id}")
        return brief

    def revisions_of(brief_id: int, segment_id: str, language: str) -> Any:
        return select(RevisionRow).where(
            RevisionRow.brief_id == brief_id,
            RevisionRow.segment_id == segment_id,
            RevisionRow.language == language,
        )

    def lock(brief_id: int) -> threading.Lock:
        return locks.setdefault(brief_id, threading.Lock())

    def document_path(brief: Brief) -> Path:
        if brief.state not in {"ready", "reviewed"} or not brief.run_dir:
            raise HTTPException(409, "this brief is not ready yet")
        return Path(brief.run_dir) / "document.json"

    def update_document(brief: Brief, change: Callable[[Any], None]) -> None:
        def apply(document: Any) -> None:
            change(document)
            check(refresh_summaries(document))  # the flags follow the reviewed text

        docstore.update(document_path(brief), apply)

    def remember(source: str, language: str, text: str, source_language: str) -> None:
        """An approved segment joins the translation memory, as a CLI import does."""
        choice = settings.memory.strip()
        if choice.lower() == "none":
            return
        with TranslationMemory(Path(choice).expanduser()) as memory:
            memory.add([MemoryUnit(source_language, language, source, text, "human")])

    def reviewed_state(brief_id: int) -> None:
        with store.session.begin() as session:
            rows = session.scalars(select(SegmentRow).where(SegmentRow.brief_id == brief_id)).all()
            brief = session.get(Brief, brief_id)
            if brief is not None and brief.state in {"ready", "reviewed"}:
                all_approved = bool(rows) and all(r.status == "approved" for r in rows)
                brief.state = "reviewed" if all_approved else "ready"

    # ------------------------------------------------------------------ sign-in

    @app.get("/login", response_class=HTMLResponse)
    async def login_page(request: Request, token: str = "", name: str = "") -> Response:
        if token:
            return sign_in(token, name)
        return page(request, "login.html.j2", message="")

    @app.post("/login")
    async def login(request: Request, token: str = Form(""), name: str = Form("")) -> Response:
        return sign_in(token, name) if token else page(request, "login.html.j2", 400, message="")

    def sign_in(token: str, name: str) -> Response:
        role = None
        if hmac.compare_digest(token, web.organiser_token):
            role = "organiser"
        elif hmac.compare_digest(token, web.reviewer_token):
            role = "reviewer"
        if role is None:
            html = environment.get_template("login.html.j2").render(
                user=None, csrf="", message="That token is not valid."
            )
            return HTMLResponse(html, status_code=401)
        response = RedirectResponse("/", status_code=303)
        clean = re.sub(r"[^\w .-]", "", name)[:60] or role
        response.set_cookie(COOKIE, make_cookie(role, clean), httponly=True, samesite="strict")
        return response

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        need(request)
        await check_csrf(request)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    # ------------------------------------------------------------------ organisers

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> Response:
        if session_of(request) is None:
            return RedirectResponse("/login", status_code=303)
        with store.open() as session:
            briefs = session.scalars(select(Brief).order_by(Brief.id.desc())).all()
        return page(request, "index.html.j2", briefs=briefs, limit=web.max_upload_bytes)

    @app.post("/briefs")
    async def create_brief(request: Request) -> Response:
        need(request, "organiser")
        await check_csrf(request)
        form = await request.form()
        text = str(form.get("text") or "")
        upload = form.get("file")
        glossary = form.get("glossary")
        title = str(form.get("title") or "").strip()[:300]
        if isinstance(upload, UploadFile) and upload.filename:
            name = Path(upload.filename).name
            suffix = Path(name).suffix.lower()
            if suffix not in ARTICLE_TYPES:
                raise HTTPException(415, f"{name}: upload a .txt, .md or .html article")
            data = await upload.read(web.max_upload_bytes + 1)
        elif text.strip():
            name, suffix, data = "pasted.txt", ".txt", text.encode("utf-8")
        else:
            raise HTTPException(400, "paste the article or choose a file")
        if len(data) > web.max_upload_bytes:
            raise HTTPException(413, f"the article is over the {web.max_upload_bytes:,}-byte limit")
        glossary_data = b""
        if isinstance(glossary, UploadFile) and glossary.filename:
            if Path(glossary.filename).suffix.lower() not in {".csv", ".tbx"}:
                raise HTTPException(415, "the glossary must be a .csv or .tbx file")
            glossary_data = await glossary.read(web.max_upload_bytes + 1)
            if len(glossary_data) > web.max_upload_bytes:
                raise HTTPException(413, "the glossary is over the size limit")
        with store.session.begin() as session:
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
            glossary_path = folder / f"glossary{Path(str(glossary.filename)).suffix.lower()}"  # type: ignore[union-attr]
            glossary_path.write_bytes(glossary_data)
            options["glossary"] = glossary_path
        else:
            options["glossary"] = "none" if settings.glossary == "" else settings.glossary
        # Reading errors are the user's to fix: refuse now, with the reason, not in a job.
        try:
            from briefing.segment import load as read_article

            read_article(source, max_bytes=web.max_upload_bytes, title=title or None)
        except BriefingError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            with store.session.begin() as session:
                session.delete(session.get(Brief, brief_id))
            raise HTTPException(400, str(exc).replace(str(source), name)) from None
        (folder / "options.json").write_text(
            json.dumps({k: str(v) for k, v in options.items()}), encoding="utf-8"
        )
        runner.submit(brief_id, source, options)
        return RedirectResponse(f"/briefs/{brief_id}", status_code=303)

    @app.post("/briefs/{brief_id}/retry")
    async def retry(request: Request, brief_id: int) -> Response:
        need(request, "organiser")
        await check_csrf(request)
        brief = brief_or_404(brief_id)
        if brief.state != "failed":
            raise HTTPException(409, "only a failed brief can be retried")
        folder = web.briefs_dir / str(brief_id)
        sources = (
            [p for p in folder.iterdir() if p.suffix in ARTICLE_TYPES] if folder.is_dir() else []
        )
        if not sources:
            raise HTTPException(410, "the uploaded article is gone; create the brief again")
        options = json.loads((folder / "options.json").read_text(encoding="utf-8"))
        if options.get("glossary") not in {None, "", "none"}:
            options["glossary"] = Path(options["glossary"])
        with store.session.begin() as session:
            stored = session.get(Brief, brief_id)
            assert stored is not None
            stored.state, stored.error = "queued", ""
        runner.submit(brief_id, sources[0], options)
        return RedirectResponse(f"/briefs/{brief_id}", status_code=303)

    def status_of(brief_id: int) -> dict[str, Any]:
        brief = brief_or_404(brief_id)
        with store.open() as session:
            job = session.scalars(
                select(Job).where(Job.brief_id == brief_id).order_by(Job.id.desc())
            ).first()
        files = []
        if brief.run_dir:
            files = sorted(p.name for p in Path(brief.run_dir).iterdir() if p.name in DOWNLOADS)
        return {
            "id": brief.id,
            "title": brief.title,
            "state": brief.state,
            "error": brief.error,
            "stage": job.stage if job else "",
            "done": job.done if job else 0,
            "total": job.total if job else 0,
            "stages": [s for s in (job.stages if job else "").split("\n") if s],
            "files": files,
        }

    @app.get("/briefs/{brief_id}", response_class=HTMLResponse)
    async def brief_page(request: Request, brief_id: int) -> Response:
        need(request)
        return page(request, "brief.html.j2", status_data=status_of(brief_id))

    @app.get("/briefs/{brief_id}/status")
    async def brief_status(request: Request, brief_id: int) -> Response:
        need(request)
        return JSONResponse(status_of(brief_id))

    @app.get("/briefs/{brief_id}/files/{name}")
    async def download(request: Request, brief_id: int, name: str) -> Response:
        need(request)
        brief = brief_or_404(brief_id)
        if name not in DOWNLOADS or not brief.run_dir:
            raise HTTPException(404, "no such file")
        root = Path(brief.run_dir).resolve()
        path = (root / name).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            raise HTTPException(404, "no such file")
        return FileResponse(path, filename=name)

    # ------------------------------------------------------------------ translators

    def rows_of(brief_id: int) -> dict[str, dict[str, SegmentRow]]:
        with store.open() as session:
            rows = session.scalars(
                select(SegmentRow)
                .where(SegmentRow.brief_id == brief_id)
                .order_by(SegmentRow.position)
            ).all()
        table: dict[str, dict[str, SegmentRow]] = {}
        for row in rows:
            table.setdefault(row.segment_id, {})[row.language] = row
        return table

    @app.get("/briefs/{brief_id}/review", response_class=HTMLResponse)
    async def review_page(request: Request, brief_id: int) -> Response:
        need(request)
        brief = brief_or_404(brief_id)
        document = load(document_path(brief))
        table = rows_of(brief_id)
        entries = [
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
                "flags": [],
                "suggestions": {},
            }
            for x in labels_of(document)
        ]
        return page(
            request,
            "review.html.j2",
            brief=brief,
            document=document,
            entries=entries,
            names={"vi": "Tiếng Việt", "ko": "한국어", "en": "English"},
            rows=table,
            targets=document.targets,
            languages=LANGUAGES,
        )

    def save_change(
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
        with lock(brief.id), store.session.begin() as session:
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

            source_language = {"value": "vi"}

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

            update_document(brief, change)
            session.flush()
            saved = SegmentRow(**{c.key: getattr(row, c.key) for c in SegmentRow.__table__.columns})
        if status == "approved" and re.fullmatch(r"p\d+s\d+", segment_id):
            remember(saved.source, language, saved.text, source_language["value"])
        reviewed_state(brief.id)
        return True, saved

    def conflict_page(request: Request, brief: Brief, mine: str, row: SegmentRow) -> Response:
        return page(request, "conflict.html.j2", status=409, brief=brief, mine=mine, row=row)

    @app.post("/briefs/{brief_id}/segments/{segment_id}/{language}")
    async def edit_segment(
        request: Request,
        brief_id: int,
        segment_id: str,
        language: str,
        text: str = Form(...),
        version: int = Form(...),
    ) -> Response:
        user = need(request)
        await check_csrf(request)
        brief = brief_or_404(brief_id)
        saved, row = save_change(brief, segment_id, language, version, text, "edited", user["name"])
        if not saved:
            return conflict_page(request, brief, text, row)
        return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)

    @app.post("/briefs/{brief_id}/segments/{segment_id}/{language}/approve")
    async def approve_segment(
        request: Request,
        brief_id: int,
        segment_id: str,
        language: str,
        version: int = Form(...),
        seen: str = Form(""),
    ) -> Response:
        user = need(request)
        await check_csrf(request)
        brief = brief_or_404(brief_id)
        saved, row = save_change(
            brief, segment_id, language, version, None, "approved", user["name"]
        )
        if not saved:  # "your text" is the one the reviewer saw and meant to approve
            return conflict_page(request, brief, seen or row.text, row)
        return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)

    @app.post("/briefs/{brief_id}/segments/{segment_id}/{language}/undo")
    async def undo_segment(
        request: Request,
        brief_id: int,
        segment_id: str,
        language: str,
        version: int | None = Form(None),
    ) -> Response:
        user = need(request)
        await check_csrf(request)
        brief = brief_or_404(brief_id)
        with store.open() as session:
            current = session.get(SegmentRow, (brief_id, segment_id, language))
        if current is not None and version is not None and current.version != version:
            # someone changed it since this page was opened: undoing now would revert them
            return conflict_page(request, brief, "(undo of the text you saw)", current)
        with store.open() as session:
            last = session.scalars(
                revisions_of(brief_id, segment_id, language)
                .where(RevisionRow.undone.is_(False))
                .order_by(RevisionRow.id.desc())
            ).first()
            row = session.get(SegmentRow, (brief_id, segment_id, language))
        if last is None or row is None:
            raise HTTPException(409, "nothing to undo")
        saved, _ = save_change(
            brief,
            segment_id,
            language,
            row.version,
            last.before_text,
            last.before_status,
            user["name"],
        )
        if saved:
            # The undone change and the undo itself leave the undo history, so a second
            # undo goes one change further back instead of redoing this one.
            with store.session.begin() as session:
                newest = session.scalars(
                    revisions_of(brief_id, segment_id, language).order_by(RevisionRow.id.desc())
                ).first()
                for revision_id in {last.id, newest.id if newest else last.id}:
                    stored = session.get(RevisionRow, revision_id)
                    assert stored is not None
                    stored.undone = True
        return RedirectResponse(f"/briefs/{brief_id}/review#{segment_id}", status_code=303)

    @app.post("/briefs/{brief_id}/approve/{language}")
    async def approve_all(request: Request, brief_id: int, language: str) -> Response:
        user = need(request)
        await check_csrf(request)
        brief = brief_or_404(brief_id)
        for segment_id, by_language in rows_of(brief_id).items():
            row = by_language.get(language)
            if row is not None and row.status != "approved":
                save_change(
                    brief, segment_id, language, row.version, None, "approved", user["name"]
                )
        return RedirectResponse(f"/briefs/{brief_id}/review", status_code=303)

    @app.get("/briefs/{brief_id}/revisions/{segment_id}/{language}")
    async def revisions(
        request: Request, brief_id: int, segment_id: str, language: str
    ) -> Response:
        need(request)
        with store.open() as session:
            found = session.scalars(
                revisions_of(brief_id, segment_id, language).order_by(RevisionRow.id)
            ).all()
        return JSONResponse(
            [
                {
                    "by": r.by,
                    "at": r.at.isoformat(timespec="seconds"),
                    "before": r.before_text,
                    "after": r.after_text,
                    "status": r.after_status,
                    "undone": r.undone,
                }
                for r in found
            ]
        )

    @app.post("/briefs/{brief_id}/render")
    async def rerender_brief(request: Request, brief_id: int) -> Response:
        need(request)
        await check_csrf(request)
        brief = brief_or_404(brief_id)
        from briefing.pipeline import rerender

        with lock(brief_id):
            try:
                rerender(document_path(brief))
            except BriefingError as exc:
                raise HTTPException(400, str(exc)) from None
        return RedirectResponse(f"/briefs/{brief_id}", status_code=303)

    @app.get("/briefs/{brief_id}/xliff/{language}")
    async def export_xliff(request: Request, brief_id: int, language: str) -> Response:
        need(request)
        from briefing.review import export_xliff as export

        brief = brief_or_404(brief_id)
        document = load(document_path(brief))
        try:
            body = export(document, language)
        except BriefingError as exc:
            raise HTTPException(404, str(exc)) from None
        name = f"{document.source_language}-{language}.xlf"
        return Response(
            body,
            media_type="application/x-xliff+xml",
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )

    @app.post("/briefs/{brief_id}/xliff")
    async def import_xliff(request: Request, brief_id: int) -> Response:
        user = need(request)
        await check_csrf(request)
        from briefing.review import import_xliff as apply

        brief = brief_or_404(brief_id)
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise HTTPException(400, "choose an .xlf file")
        if Path(upload.filename).suffix.lower() not in {".xlf", ".xliff"}:
            raise HTTPException(415, "upload an .xlf file exported from this page or the CLI")
        data = await upload.read(web.max_upload_bytes * 4 + 1)
        if len(data) > web.max_upload_bytes * 4:
            raise HTTPException(413, "the XLIFF file is too large")
        path = document_path(brief)
        with lock(brief_id):
            incoming = path.parent / f".incoming-{os.getpid()}-{threading.get_ident()}.xlf"
            incoming.write_bytes(data)

            def change(document: Any) -> tuple[Any, Any]:
                return apply(document, incoming, f"web:{user['name']}"), document

            try:
                result, document = docstore.update(path, change)
            except BriefingError as exc:
                raise HTTPException(400, str(exc).replace(str(incoming), upload.filename)) from None
            finally:
                incoming.unlink(missing_ok=True)
            if result.changed:
                sync_segments(store, brief_id, document)
                for unit_id in result.approved:
                    segment = next((x for x in document.segments if x.id == unit_id), None)
                    if segment is not None:
                        remember(
                            segment.text,
                            result.target,
                            segment.translations[result.target].text,
                            document.source_language,
                        )
        reviewed_state(brief_id)
        return RedirectResponse(f"/briefs/{brief_id}/review", status_code=303)

    return app
