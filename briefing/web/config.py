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

    @property
    def briefs_dir(self) -> Path:
        return self.data_dir / "briefs"


def load_web_settings(
    data_dir: Path | None = None, env: dict[str, str] | None = None
) -> WebSettings:
    """DATABASE_URL and the access tokens from the environment; tokens not given are
    made once and kept in <data_dir>/secrets.json (readable by the owner only)."""
    env = dict(os.environ) if env is None else env
    data_dir = (data_dir or Path(env.get("BRIEFING_DATA_DIR", "data"))).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    stored_path = data_dir / "secrets.json"
    stored: dict[str, str] = {}
    if stored_path.is_file():
        stored = json.loads(stored_path.read_text(encoding="utf-8"))
    for key in ("organiser_token", "reviewer_token", "secret"):
        stored.setdefault(key, secrets.token_urlsafe(24))
    stored_path.write_text(json.dumps(stored, indent=2), encoding="utf-8")
    stored_path.chmod(0o600)
    return WebSettings(
        data_dir=data_dir,
        database_url=env.get("DATABASE_URL") or f"sqlite:///{data_dir / 'briefing.sqlite'}",
        organiser_token=env.get("BRIEFING_ORGANISER_TOKEN") or stored["organiser_token"],
        reviewer_token=env.get("BRIEFING_REVIEWER_TOKEN") or stored["reviewer_token"],
        secret=env.get("BRIEFING_SECRET") or stored["secret"],
        max_upload_bytes=int(env.get("BRIEFING_MAX_UPLOAD_BYTES") or 1_000_000),
    )
