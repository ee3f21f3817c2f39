"""Settings of the web service, read once at start-up."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WebSettings:
    data_dir: Path
    database_url: str
    organiser_token: str
    reviewer_token: str
    secret: str
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
        return f"sqla+sqlite:///{self.data_dir / 'queue.sqlite'}"

    @property
    def broker_url(self) -> str:
        return self.broker or self.embedded_broker

    @property
    def briefs_dir(self) -> Path:
        return self.data_dir / "briefs"


def load_web_settings(
    data_dir: Path | None = None, env: dict[str, str] | None = None
) -> WebSettings:
    """DATABASE_URL, BRIEFING_BROKER, BRIEFING_FORWARDED_ALLOW_IPS and the access tokens
    from the environment; tokens
    not given are made once and kept in <data_dir>/secrets.json (readable by the owner
    only), so every process sharing the data folder (web, workers) agrees on them."""
    env = dict(os.environ) if env is None else env
    data_dir = (data_dir or Path(env.get("BRIEFING_DATA_DIR", "data"))).resolve()
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
    return WebSettings(
        data_dir=data_dir,
        database_url=env.get("DATABASE_URL") or f"sqlite:///{data_dir / 'briefing.sqlite'}",
        organiser_token=env.get("BRIEFING_ORGANISER_TOKEN") or stored["organiser_token"],
        reviewer_token=env.get("BRIEFING_REVIEWER_TOKEN") or stored["reviewer_token"],
        secret=env.get("BRIEFING_SECRET") or stored["secret"],
        max_upload_bytes=int(env.get("BRIEFING_MAX_UPLOAD_BYTES") or 1_000_000),
        broker=env.get("BRIEFING_BROKER", ""),
        visibility_timeout=int(env.get("BRIEFING_VISIBILITY_TIMEOUT") or 3600),
        secure_cookies=env.get("BRIEFING_SECURE_COOKIES", "").lower() in {"1", "true", "yes", "on"},
        session_hours=float(env.get("BRIEFING_SESSION_HOURS") or 12),
        queue_name=env.get("BRIEFING_QUEUE") or "briefs",
        forwarded_allow_ips=env.get("BRIEFING_FORWARDED_ALLOW_IPS", "").strip(),
    )
