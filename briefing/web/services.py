"""What every route of the web service shares, and the access rules as dependencies.

`Services` holds the store, the queue, the settings and the templates; routes reach it
through `services(request)`. `require_role("organiser")` / `require_role("reviewer")`
are FastAPI dependencies that answer 401 (sign in) or 403 (wrong role); `csrf_checked`
checks the form's token on unsafe methods.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from briefing.config import Settings
from briefing.web.config import WebSettings
from briefing.web.jobs import Queue
from briefing.web.sessions import COOKIE, Sessions, Throttle, User
from briefing.web.store import Brief, Store

MAX_ID = 2**31 - 1  # larger ids exist nowhere: 404, not an overflow


@dataclass
class Services:
    """What the routes share: settings, store, queue, sessions, templates, the sign-in
    throttle and a lock per brief."""

    web: WebSettings
    settings: Settings
    store: Store
    queue: Queue
    sessions: Sessions
    environment: jinja2.Environment
    throttle: Throttle = field(default_factory=Throttle)
    locks: dict[int, threading.Lock] = field(default_factory=dict)

    def lock(self, brief_id: int) -> threading.Lock:
        """The brief's lock (made on first use): one change to its document at a time."""
        return self.locks.setdefault(brief_id, threading.Lock())

    def user(self, request: Request) -> User | None:
        """The signed-in user of the request's session cookie; None if there is none."""
        return self.sessions.user(request.cookies.get(COOKIE, ""))

    def csrf(self, request: Request) -> str:
        """The CSRF token of the request's session (an HMAC of its id); "" when not signed in."""
        user = self.user(request)
        if user is None:
            return ""
        digest = hmac.new(self.web.secret.encode(), f"csrf|{user.sid}".encode(), hashlib.sha256)
        return digest.hexdigest()[:32]

    def page(
        self, request: Request, template: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        """The template rendered with `context`, the user and the CSRF token, as a page."""
        user = self.user(request)
        html = self.environment.get_template(template).render(
            user=user, csrf=self.csrf(request), **context
        )
        return HTMLResponse(html, status_code=status)

    def brief(self, brief_id: int) -> Brief:
        """The brief, or 404 for an id the store cannot hold or does not have."""
        if not 0 < brief_id <= MAX_ID:
            raise HTTPException(404, f"no brief {brief_id}")
        with self.store.open() as session:
            brief = session.get(Brief, brief_id)
        if brief is None:
            raise HTTPException(404, f"no brief {brief_id}")
        return brief

    def document_path(self, brief: Brief) -> Path:
        """The finished brief's document.json; 409 while the brief is not ready."""
        if brief.state not in {"ready", "reviewed"} or not brief.run_dir:
            raise HTTPException(409, "this brief is not ready yet")
        return Path(brief.run_dir) / "document.json"


def services(request: Request) -> Services:
    """A dependency: the app's Services."""
    found: Services = request.app.state.services
    return found


def require_role(role: str = "reviewer") -> Callable[..., User]:
    """A dependency: the signed-in user, who must be an organiser when `role` says so."""

    def dependency(request: Request, found: Services = Depends(services)) -> User:
        user = found.user(request)
        if user is None:
            raise HTTPException(401, "sign in first")
        if role == "organiser" and user.role != "organiser":
            raise HTTPException(403, "only organisers can do this")
        return user

    return dependency


async def read_form(request: Request, limit: int) -> Any:
    """The form (read once, then cached by Starlette), or the app's own error page when a
    part of it is larger than `limit` bytes."""
    from starlette.exceptions import HTTPException as StarletteHTTPException
    from starlette.formparsers import MultiPartException

    try:
        return await request.form(max_part_size=limit + 1024)
    except (MultiPartException, StarletteHTTPException) as exc:
        reason = getattr(exc, "message", None) or getattr(exc, "detail", "")
        raise HTTPException(
            413, f"the form is too large ({reason}); the limit is {limit:,} bytes"
        ) from None


async def csrf_checked(request: Request, found: Services = Depends(services)) -> None:
    """The form's CSRF token (or the X-CSRF-Token header) must be the session's; an
    anonymous request is told to sign in first."""
    if found.user(request) is None:
        raise HTTPException(401, "sign in first")
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await read_form(request, found.web.max_upload_bytes * 8)
        sent = str(form.get("csrf", ""))
    expected = found.csrf(request)
    if not expected or not hmac.compare_digest(sent, expected):
        raise HTTPException(
            403, "the form has expired or did not come from this site; reload the page"
        )
