"""Load tests of the web service, part of `make bench`.

- `run(n, workers)`: `briefing serve` as organisers run it (Celery, the embedded SQLite
  broker, `--workers` worker processes), the tiny model, N briefs submitted at once on
  loopback; all must finish and none may be lost; prints the throughput.
- `status_latency()`: another user's `/status` polled while a re-render of a long brief
  (160 segments) and an approve-all of it run: p50, p95 and max latency.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
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


def _sign_in(client: Any, data: Path) -> str:
    tokens = json.loads((data / "secrets.json").read_text(encoding="utf-8"))
    client.post("/login", data={"token": tokens["organiser_token"], "name": "load"})
    match = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)
    assert match, "no CSRF token"
    return match.group(1)


def run(
    count: int = 20, model: str | None = None, workers: int = 1, timeout_s: float = 900
) -> dict[str, Any]:
    """N briefs at once through `briefing serve --workers W` (separate processes)."""
    import httpx

    model = model or str(CHECKOUT / "models" / "tiny" / "nllb")
    with tempfile.TemporaryDirectory() as root:
        data = Path(root) / "data"
        port = _free_port()
        env = {
            **os.environ,
            "MT_MODEL": model,
            "BRIEFING_MODELS_DIR": str(CHECKOUT / "models"),
            "HF_HUB_OFFLINE": "1",
            "PYTHONPATH": str(CHECKOUT),
        }
        log_path = Path(root) / "serve.log"  # its tail comes back when a brief fails
        with log_path.open("wb") as log:
            server = subprocess.Popen(
                [sys.executable, "-m", "briefing.cli", "serve", "--data-dir", str(data),
                 "--port", str(port), "--workers", str(workers)],
                env=env, stdout=log, stderr=log, start_new_session=True,
            )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.time() + 60
            while True:
                try:
                    httpx.get(base + "/login", timeout=1)
                    break
                except httpx.HTTPError:
                    if time.time() > deadline or server.poll() is not None:
                        raise RuntimeError("briefing serve did not start") from None
                    time.sleep(0.2)
            with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as client:
                csrf = _sign_in(client, data)
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
                errors: dict[int, str] = {}
                deadline_s = started + timeout_s
                while len(finished) < count and time.perf_counter() < deadline_s:
                    for brief_id in ids:
                        if brief_id in finished:
                            continue
                        status = client.get(f"/briefs/{brief_id}/status").json()
                        state = status["state"]
                        if state in {"ready", "failed"}:
                            finished[brief_id] = time.perf_counter() - started
                            states[brief_id] = state
                        if state == "failed":
                            errors[brief_id] = status.get("error") or "(no reason given)"
                    time.sleep(0.2)
                listed = client.get("/").text
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(30)
        printed = log_path.read_text(encoding="utf-8", errors="replace")
    wall = max(finished.values()) if finished else float("nan")
    return {
        "workers": workers,
        "submitted": count,
        "distinct_ids": len(set(ids)),
        "ready": sum(1 for s in states.values() if s == "ready"),
        "failed": sum(1 for s in states.values() if s == "failed"),
        "lost": count - len(finished),
        "errors": sorted(set(errors.values())),  # why the failed ones failed, each once
        "log_tail": printed[-3000:] if errors or len(finished) < count else "",
        "listed": sum(1 for brief_id in ids if f'href="/briefs/{brief_id}"' in listed),
        "submit_s": round(submitted, 2),
        "wall_s": round(wall, 2),
        "median_latency_s": round(statistics.median(finished.values()), 2) if finished else None,
        "briefs_per_minute": round(60 * len(finished) / wall, 1) if finished else 0.0,
    }


def long_article(segments: int = 160) -> str:
    """An article of `segments` segments or more, built from the seed's paragraphs."""
    from briefing.segment import load, segment

    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.vi.txt"
        number = 0
        while True:
            paragraph = paragraphs[number % len(paragraphs)]
            out.append(paragraph.replace("Việt Nam", f"Việt Nam ({number})", 1))
            number += 1
            if number % 10 == 0 or number > 400:
                path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
                if len(segment(*load(path)).segments) >= segments or number > 400:
                    return path.read_text(encoding="utf-8")


def status_latency(segments: int = 160, polls_s: float = 0.05) -> dict[str, Any]:
    """/status latency of another user while one reviewer re-renders a long brief and
    approves all of it (fake translations: the brief's length is what matters)."""
    import httpx
    import uvicorn

    from briefing.config import Settings
    from briefing.web.app import create_app
    from briefing.web.config import load_web_settings

    with tempfile.TemporaryDirectory() as root:
        data = Path(root) / "data"
        web = load_web_settings(data, env={})
        app = create_app(web, Settings(backend="fake", memory="none", glossary="none"))
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
            with httpx.Client(base_url=base, timeout=300, follow_redirects=True) as client:
                csrf = _sign_in(client, data)
                response = client.post(
                    "/briefs",
                    data={"csrf": csrf},
                    files={"file": ("long.vi.txt", long_article(segments).encode(), "text/plain")},
                )
                brief_id = int(str(response.url).rstrip("/").rsplit("/", 1)[1])
                while client.get(f"/briefs/{brief_id}/status").json()["state"] not in {
                    "ready",
                    "failed",
                }:
                    time.sleep(0.2)
                document = json.loads(client.get(f"/briefs/{brief_id}/files/document.json").text)
                count = len(document["segments"])
                latencies: list[float] = []
                done = threading.Event()

                def watch() -> None:
                    with httpx.Client(base_url=base, timeout=300) as other:
                        _sign_in(other, data)
                        while not done.is_set():
                            started = time.perf_counter()
                            other.get(f"/briefs/{brief_id}/status")
                            latencies.append(time.perf_counter() - started)
                            time.sleep(polls_s)

                watcher = threading.Thread(target=watch)
                watcher.start()
                time.sleep(0.5)
                started = time.perf_counter()
                client.post(f"/briefs/{brief_id}/render", data={"csrf": csrf})
                render_s = time.perf_counter() - started
                started = time.perf_counter()
                client.post(f"/briefs/{brief_id}/approve/ko", data={"csrf": csrf, "confirm": "yes"})
                approve_s = time.perf_counter() - started
                done.set()
                watcher.join()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    ordered = sorted(latencies)
    return {
        "segments": count,
        "render_s": round(render_s, 2),
        "approve_all_s": round(approve_s, 2),
        "status_requests": len(ordered),
        "p50_ms": round(1000 * statistics.median(ordered), 1),
        "p95_ms": round(1000 * ordered[int(0.95 * (len(ordered) - 1))], 1),
        "max_ms": round(1000 * ordered[-1], 1),
    }
