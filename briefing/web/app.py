"""The FastAPI application: pages rendered on the server with the project's Jinja2 templates
(templates/web/), a little plain JavaScript for live progress, routes by concern in
`briefing.web.routes` (sign-in, briefs, review) with the access rules as dependencies.

Access: an organiser token (create, review, everything) and a reviewer token (review,
re-render, download; cannot create briefs), exchanged for a session at /login. Every
form carries a CSRF token bound to the session, unsafe requests from another origin are
refused, pages cannot be framed, uploads are size-limited and type-checked, downloads
are limited to a brief's own artifacts.

Jobs go to a queue: Celery when `briefing serve` runs it (see briefing.web.tasks), or a
thread of this process (tests). On start, jobs a stop interrupted are put back in the
queue: nobody has to press Retry.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from briefing.config import Settings, load_settings
from briefing.errors import BriefingError
from briefing.fonts import FONT_FILES
from briefing.paths import templates_dir
from briefing.web.config import WebSettings
from briefing.web.errors import status_of
from briefing.web.jobs import JobContext, Queue
from briefing.web.routes import auth, briefs, digests, review
from briefing.web.running import LocalQueue
from briefing.web.services import Services
from briefing.web.sessions import Sessions
from briefing.web.store import Store

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
        "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
        "font-src 'self'; img-src 'self' data:"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


DEFAULT_PORTS = {"http": 80, "https": 443}


def site_of(url: str, scheme: str = "") -> tuple[str, int]:
    """(host, port) of an address, the port filled in from the scheme when it is not
    written: `https://a.example` and `a.example:443` are the same site."""
    parts = urlsplit(url if "//" in url else f"//{url}")
    try:
        port = parts.port
    except ValueError:
        port = None
    return (parts.hostname or "").lower(), port or DEFAULT_PORTS.get(parts.scheme or scheme, 0)


class Guard(BaseHTTPMiddleware):
    """Security headers on every answer; an unsafe request from another site refused.

    "Another site" is another host or port. The scheme is not compared: a TLS proxy that
    does not pass X-Forwarded-Proto makes an https form look like it was posted over http
    to the same host, which is no other site."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """The refusal for an unsafe request from another site; otherwise the answer, with
        the security headers it does not set itself."""
        if request.method in UNSAFE:
            origin = request.headers.get("origin") or request.headers.get("referer")
            if origin:
                sent = urlsplit(origin)
                scheme = sent.scheme or request.url.scheme
                here = site_of(request.headers.get("host", request.url.netloc), scheme)
                if site_of(origin) != here:
                    return refused(request, origin, here)
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def refused(request: Request, origin: str, here: tuple[str, int]) -> Response:
    """The refusal of a post from another site: the app's page for a browser (which says
    what a proxy must pass when that is the likely cause), JSON for a program."""
    sent = urlsplit(origin)
    message = "refused: this form was sent from another site"
    if sent.hostname and sent.hostname.lower() != here[0] and internal(here[0]):
        message += (
            f" ({sent.scheme}://{sent.netloc}, while this server was reached as "
            f"{here[0]}:{here[1]}). Behind a proxy, the proxy must pass the Host header the "
            "browser sent (or X-Forwarded-Host, from an address in --forwarded-allow-ips)"
        )
    if "text/html" in request.headers.get("accept", "") or "application/json" not in (
        request.headers.get("accept", "")
    ):
        found: Services = request.app.state.services
        page = found.page(request, "error.html.j2", status=403, message=message)
        for name, value in SECURITY_HEADERS.items():
            page.headers.setdefault(name, value)
        return page
    return JSONResponse({"error": message}, status_code=403)


def internal(host: str) -> bool:
    """Whether a server was reached by an address a browser would not show (an IP
    address, localhost): the sign of a proxy that did not pass the Host header on."""
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host in {"localhost", ""}
    return True


class ForwardedHeaders(ProxyHeadersMiddleware):
    """uvicorn's proxy headers (X-Forwarded-For, X-Forwarded-Proto), plus X-Forwarded-Host,
    believed only from the configured proxies."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        client = scope.get("client")
        if scope["type"] == "http" and client and client[0] in self.trusted_hosts:
            headers = scope["headers"]
            forwarded = [v for k, v in headers if k == b"x-forwarded-host"]
            if forwarded:
                host = forwarded[-1].split(b",")[-1].strip()
                scope = dict(scope)
                scope["headers"] = [(k, v) for k, v in headers if k != b"host"] + [(b"host", host)]
        await super().__call__(scope, receive, send)


def create_app(
    web: WebSettings,
    settings: Settings | None = None,
    queue: Queue | None = None,
    *,
    celery: bool = False,
) -> FastAPI:
    """The application. `celery=True` (what `briefing serve` does) sends jobs to the
    Celery broker of `web`; otherwise they run in a thread of this process."""
    settings = settings or load_settings({})
    if not settings.memory:  # the service keeps its translation memory with its data
        settings = settings.model_copy(update={"memory": str(web.data_dir / "memory.sqlite")})
    settings = settings.model_copy(update={"out_dir": web.briefs_dir})
    store = Store(web.database_url)
    if queue is None:
        if celery or web.broker:
            from briefing.web.tasks import CeleryQueue  # imports Celery: only when it is used

            queue = CeleryQueue(web.broker_url, web.visibility_timeout, web.queue_name)
        else:
            queue = LocalQueue(JobContext(store, settings, web.briefs_dir))
    resumed = store.recover(requeue_queued=not queue.durable)
    for brief_id, job_id in resumed:
        queue.submit(brief_id, job_id)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir() / "web"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    found = Services(
        web=web,
        settings=settings,
        store=store,
        queue=queue,
        sessions=Sessions(store, web.secret, web.session_hours),
        environment=environment,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        queue.shutdown()

    app = FastAPI(
        title="briefing", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.services, app.state.store, app.state.recovered = found, store, len(resumed)
    app.add_middleware(Guard)
    if web.forwarded_allow_ips:  # outermost: the guard and the throttle see the real client
        app.add_middleware(ForwardedHeaders, trusted_hosts=web.forwarded_allow_ips)
    app.include_router(auth.router)
    app.include_router(briefs.router)
    app.include_router(review.router)
    app.include_router(digests.router)

    @app.get("/fonts/{name}")
    async def font(name: str) -> Response:
        """The bundled font, so every page shows Hangul and Vietnamese on any machine."""
        if name not in FONT_FILES:
            raise HTTPException(404, "no such font")
        return FileResponse(
            templates_dir() / "fonts" / name,
            media_type="font/otf",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 401 and "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/login", status_code=303)
        wants_json = "application/json" in request.headers.get("accept", "")
        if wants_json or request.url.path.endswith("/status"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return found.page(request, "error.html.j2", status=exc.status_code, message=exc.detail)

    @app.exception_handler(BriefingError)
    async def briefing_error(request: Request, exc: BriefingError) -> Response:
        """The project's errors, answered as HTTP errors (briefing.web.errors)."""
        return await http_error(request, HTTPException(status_of(exc), str(exc)))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()[:3]
        )
        if "/briefs/" in request.url.path and any(
            e["loc"][:2] == ("path", "brief_id") for e in exc.errors()
        ):
            return await http_error(request, HTTPException(404, "no such brief"))
        if any(e["loc"][:2] == ("path", "digest_id") for e in exc.errors()):
            return await http_error(request, HTTPException(404, "no such digest"))
        return await http_error(
            request, HTTPException(400, f"the request is not valid ({problems})")
        )

    return app
