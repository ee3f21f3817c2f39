"""Sign-in with an organiser or reviewer token, sessions, sign-out."""

from __future__ import annotations

import hmac
import logging
import re

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from briefing.web.services import Services, csrf_checked, require_role, services
from briefing.web.sessions import COOKIE, User

router = APIRouter()
log = logging.getLogger(__name__)


def client_of(request: Request) -> str:
    """The client's address: the connecting one, or the one a configured proxy reports
    (`--forwarded-allow-ips`); a header from anyone else changes nothing."""
    return request.client.host if request.client else "unknown"


def sign_in(request: Request, found: Services, token: str, name: str) -> Response:
    """A new session for the right token (organiser or reviewer), its cookie set on the way
    home; a wrong one is answered 401 on the sign-in page, or 429 once too many came."""
    role = None
    if hmac.compare_digest(token, found.web.organiser_token):
        role = "organiser"
    elif hmac.compare_digest(token, found.web.reviewer_token):
        role = "reviewer"
    if role is None:
        # Wrong tokens are throttled per client address; a right one is never refused for
        # someone else's failures from the same address (an office behind one NAT).
        client = client_of(request)
        wait = found.throttle.wait_s(client)
        if wait > 0:
            log.warning(
                "sign-in refused: too many wrong tokens",
                extra={"event": "sign-in.throttled", "client": client, "outcome": "throttled"},
            )
            return found.page(
                request,
                "login.html.j2",
                429,
                message=f"Too many wrong tokens from this address; try again in {wait:.0f} s.",
            )
        found.throttle.failed(client)
        log.warning(
            "sign-in refused: wrong token",
            extra={"event": "sign-in.refused", "client": client, "outcome": "wrong token"},
        )
        return found.page(request, "login.html.j2", 401, message="That token is not valid.")
    response = RedirectResponse("/", status_code=303)
    clean = re.sub(r"[^\w .-]", "", name)[:60] or role
    log.info(
        "signed in",
        extra={
            "event": "sign-in",
            "role": role,
            "user": clean,
            "client": client_of(request),
            "outcome": "ok",
        },
    )
    response.set_cookie(
        COOKIE,
        found.sessions.create(role, clean),
        max_age=int(found.web.session_hours * 3600),
        httponly=True,
        samesite="strict",
        secure=found.web.secure_cookies,
    )
    return response


@router.get("/login", response_class=HTMLResponse)
async def login_page(
    request: Request, token: str = "", name: str = "", found: Services = Depends(services)
) -> Response:
    """The sign-in page; with `token` in the address, the sign-in itself."""
    if token:
        return sign_in(request, found, token, name)
    return found.page(request, "login.html.j2", message="")


@router.post("/login")
async def login(
    request: Request,
    token: str = Form(""),
    name: str = Form(""),
    found: Services = Depends(services),
) -> Response:
    """Sign in with the form's token; none given: the sign-in page again, 400."""
    if not token:
        return found.page(request, "login.html.j2", 400, message="")
    return sign_in(request, found, token, name)


@router.post("/logout", dependencies=[Depends(csrf_checked)])
async def logout(
    user: User = Depends(require_role()), found: Services = Depends(services)
) -> Response:
    """Revoke the session, clear its cookie and go to the sign-in page."""
    found.sessions.revoke(user.sid)  # the cookie is worthless from now on, wherever it is
    log.info("signed out", extra={"event": "sign-out", "role": user.role, "user": user.name})
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response
