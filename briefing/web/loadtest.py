"""Load test of the web service: N briefs submitted at once, on loopback, tiny model.

All must finish and none may be lost; prints the throughput. Part of `make bench`.
"""

from __future__ import annotations

import re
import socket
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from briefing.paths import CHECKOUT

SEED = CHECKOUT / "seeds" / "vn-kr-digital-forum.vi.txt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(count: int = 20, model: str | None = None, timeout_s: float = 900) -> dict[str, Any]:
    import httpx
    import uvicorn

    from briefing.config import Settings
    from briefing.web.app import create_app
    from briefing.web.config import load_web_settings

    model = model or str(CHECKOUT / "models" / "tiny" / "nllb")
    with tempfile.TemporaryDirectory() as data:
        web = load_web_settings(Path(data), env={})
        settings = Settings(mt_model=model, memory=str(Path(data) / "memory.sqlite"))
        app = create_app(web, settings)
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as client:
                client.post("/login", data={"token": web.organiser_token, "name": "load"})
                match = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)
                assert match, "no CSRF token"
                csrf = match.group(1)
                article = SEED.read_bytes()

                def submit(n: int) -> int:
                    response = client.post(
                        "/briefs",
                        data={"csrf": csrf, "title": f"Load test {n}"},
                        files={"file": (f"article-{n}.vi.txt", article, "text/plain")},
                    )
                    response.raise_for_status()
                    return int(str(response.url).rstrip("/").rsplit("/", 1)[1])

                started = time.perf_counter()
                with ThreadPoolExecutor(max_workers=count) as pool:
                    ids = list(pool.map(submit, range(count)))
                submitted = time.perf_counter() - started
                finished: dict[int, float] = {}
                states: dict[int, str] = {}
                deadline = started + timeout_s
                while len(finished) < count and time.perf_counter() < deadline:
                    for brief_id in ids:
                        if brief_id in finished:
                            continue
                        state = client.get(f"/briefs/{brief_id}/status").json()["state"]
                        if state in {"ready", "failed"}:
                            finished[brief_id] = time.perf_counter() - started
                            states[brief_id] = state
                    time.sleep(0.2)
                listed = client.get("/").text
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    wall = max(finished.values()) if finished else float("nan")
    return {
        "submitted": count,
        "distinct_ids": len(set(ids)),
        "ready": sum(1 for s in states.values() if s == "ready"),
        "failed": sum(1 for s in states.values() if s == "failed"),
        "lost": count - len(finished),
        "listed": sum(1 for brief_id in ids if f'href="/briefs/{brief_id}"' in listed),
        "submit_s": round(submitted, 2),
        "wall_s": round(wall, 2),
        "median_latency_s": round(statistics.median(finished.values()), 2) if finished else None,
        "briefs_per_minute": round(60 * len(finished) / wall, 1) if finished else 0.0,
    }
