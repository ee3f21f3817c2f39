"""Sessions: a signed, timed cookie (itsdangerous) that names a server-side session.

Each sign-in makes a new session id; the cookie carries it signed with the service's
secret and a timestamp, and is refused once older than the session's hours; the
sessions table lets Sign out revoke it for good. Wrong tokens are throttled per client.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import timedelta

from itsdangerous import BadSignature, URLSafeTimedSerializer

from briefing.web.store import SessionRow, Store, now

COOKIE = "briefing_session"
ROLES = ("organiser", "reviewer")


@dataclass(frozen=True)
class User:
    """A signed-in user: role (organiser or reviewer), name and session id."""

    role: str
    name: str
    sid: str

    def __getitem__(self, key: str) -> str:  # templates and handlers read user["name"]
        return str(getattr(self, key))


class Sessions:
    """Server-side sessions in the store, named by signed, timed cookies."""

    def __init__(self, store: Store, secret: str, hours: float) -> None:
        self.store = store
        self.hours = hours
        self.serializer = URLSafeTimedSerializer(secret, salt="briefing-session")

    def create(self, role: str, name: str) -> str:
        """A new session; returns the cookie value."""
        sid = secrets.token_urlsafe(24)
        with self.store.session.begin() as session:
            session.add(
                SessionRow(
                    id=sid, role=role, name=name, expires=now() + timedelta(hours=self.hours)
                )
            )
        return self.serializer.dumps({"sid": sid})

    def user(self, cookie: str) -> User | None:
        """The user of the cookie's session; None for no cookie, a forged or too old one, or a
        session revoked, expired or unknown."""
        if not cookie:
            return None
        try:
            data = self.serializer.loads(cookie, max_age=int(self.hours * 3600))
        except BadSignature:  # forged, tampered with, or expired
            return None
        sid = data.get("sid") if isinstance(data, dict) else None
        if not isinstance(sid, str):
            return None
        with self.store.open() as session:
            row = session.get(SessionRow, sid)
        if row is None or row.revoked or row.expires < now() or row.role not in ROLES:
            return None
        return User(row.role, row.name, sid)

    def revoke(self, sid: str) -> None:
        """Revoke the session for good (signing out)."""
        with self.store.session.begin() as session:
            row = session.get(SessionRow, sid)
            if row is not None:
                row.revoked = True


class Throttle:
    """At most `limit` wrong tokens per client in `window` seconds."""

    def __init__(self, limit: int = 5, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self.failures: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def wait_s(self, client: str) -> float:
        """Seconds the client must wait before trying again (0: it may try now)."""
        with self.lock:
            times = self.failures.get(client, deque())
            cutoff = time.monotonic() - self.window
            while times and times[0] < cutoff:
                times.popleft()
            if len(times) < self.limit:
                return 0.0
            return times[0] + self.window - time.monotonic()

    def failed(self, client: str) -> None:
        """Count a wrong token from the client, now."""
        with self.lock:
            self.failures.setdefault(client, deque()).append(time.monotonic())
