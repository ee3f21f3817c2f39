"""The web service's settings, resolved once at start-up from the one settings table
(briefing.config): the data folder made absolute, the store's URL and the access tokens
filled in."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefing.config import Settings, load_settings


@dataclass(frozen=True)
class WebSettings:
    """The web service's settings (`web_settings` resolves them): data folder, store, access
    tokens, broker, limits, cookies and trusted proxies."""

    data_dir: Path
    database_url: str
    organiser_token: str = field(repr=False)
    reviewer_token: str = field(repr=False)
    secret: str = field(repr=False)
    max_upload_bytes: int = 1_000_000
    broker: str = ""  # Celery broker; empty: SQLite in the data folder
    visibility_timeout: int = 3600  # Redis: seconds before an unacknowledged task returns
    secure_cookies: bool = False  # behind TLS: cookies only over HTTPS
    session_hours: float = 12.0  # a sign-in lasts this long
    queue_name: str = "briefs"  # the Celery queue the web service and its workers share
    # Proxies whose X-Forwarded-For/-Proto/-Host are believed (addresses or networks, comma
    # separated, "*" for any); empty: none, the connecting address is the client's.
    forwarded_allow_ips: str = ""

    @property
    def embedded_broker(self) -> str:
        """The Celery broker used when none is set: SQLite at <data_dir>/queue.sqlite."""
        return f"sqla+sqlite:///{self.data_dir / 'queue.sqlite'}"

    @property
    def broker_url(self) -> str:
        """The Celery broker to use: the one set, else the embedded one."""
        return self.broker or self.embedded_broker

    @property
    def briefs_dir(self) -> Path:
        """Where the briefs' files go: <data_dir>/briefs."""
        return self.data_dir / "briefs"


def load_web_settings(
    data_dir: Path | None = None, env: Mapping[str, str] | None = None
) -> WebSettings:
    """The web settings from the environment (`env`, else the process's) and
    ./briefing.toml; `data_dir` beats BRIEFING_DATA_DIR."""
    return web_settings(load_settings({"data_dir": data_dir}, env=env))


def web_settings(settings: Settings) -> WebSettings:
    """`settings` resolved for the web service. Tokens not given are made once and kept
    in <data_dir>/secrets.json (readable by the owner only), so every process sharing the
    data folder (web, workers) agrees on them."""
    data_dir = settings.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    stored_path = data_dir / "secrets.json"
    fresh = {
        key: secrets.token_urlsafe(24) for key in ("organiser_token", "reviewer_token", "secret")
    }
    try:  # the first process to start writes them; every other reads the same ones
        descriptor = os.open(stored_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(fresh, handle, indent=2)
    except FileExistsError:
        pass
    stored: dict[str, str] = {}
    for _ in range(50):  # another process may be writing it this instant
        try:
            stored = json.loads(stored_path.read_text(encoding="utf-8"))
            break
        except json.JSONDecodeError:
            import time

            time.sleep(0.05)
    missing = {k: v for k, v in fresh.items() if k not in stored}
    if missing:
        stored.update(missing)
        stored_path.write_text(json.dumps(stored, indent=2), encoding="utf-8")
        stored_path.chmod(0o600)
    given = {
        key: value.get_secret_value() if value is not None else ""
        for key, value in (
            ("organiser_token", settings.organiser_token),
            ("reviewer_token", settings.reviewer_token),
            ("secret", settings.secret),
        )
    }
    return WebSettings(
        data_dir=data_dir,
        database_url=settings.database_url or f"sqlite:///{data_dir / 'briefing.sqlite'}",
        organiser_token=given["organiser_token"] or stored["organiser_token"],
        reviewer_token=given["reviewer_token"] or stored["reviewer_token"],
        secret=given["secret"] or stored["secret"],
        max_upload_bytes=settings.max_upload_bytes,
        broker=settings.broker,
        visibility_timeout=settings.visibility_timeout,
        secure_cookies=settings.secure_cookies,
        session_hours=settings.session_hours,
        queue_name=settings.queue_name,
        forwarded_allow_ips=settings.forwarded_allow_ips.strip(),
    )
