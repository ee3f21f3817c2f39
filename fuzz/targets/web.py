"""The web service's upload paths through FastAPI's test client: a new brief's article
(.md, .txt, .html) and a translator's XLIFF file for a ready brief. The first byte of an
input picks the path, the rest is the file. Every answer is a page (a redirect or a
refusal with its reason, never a 500), and a refused XLIFF leaves document.json as it was.
"""

from __future__ import annotations

import re
import shutil
from typing import Any

from briefing.config import Settings
from fuzz.contract import ContractBroken, unchanged
from fuzz.targets.scratch import FIXTURES, Scratch

PATHS = (".md", ".txt", ".html", ".xlf")
REFUSALS = {400, 409, 413, 415}


class NoQueue:
    """Jobs are recorded in the store and never run: the target is the upload."""

    durable = True

    def submit(self, brief_id: int, job_id: int) -> None:
        pass

    def shutdown(self) -> None:
        pass


class Upload(Scratch):
    def __init__(self) -> None:
        super().__init__()
        from fastapi.testclient import TestClient

        from briefing.web.app import create_app
        from briefing.web.config import load_web_settings
        from briefing.web.store import Brief

        self.web = load_web_settings(self.folder / "data", env={})
        app = create_app(
            self.web,
            Settings(backend="fake", memory=str(self.folder / "memory.sqlite")),
            NoQueue(),
        )
        # An exception the app does not turn into a page reaches the fuzzer as a crash.
        self.client = TestClient(app, raise_server_exceptions=True)
        self.client.__enter__()
        self.post("/login", data={"token": self.web.organiser_token, "name": "Fuzz"})
        page = self.client.get("/").text
        match = re.search(r'name="csrf" value="([^"]+)"', page)
        if match is None:
            raise RuntimeError("no CSRF token on the start page")
        self.csrf = match.group(1)
        run_dir = self.folder / "run"
        run_dir.mkdir()
        self.document = run_dir / "document.json"
        shutil.copy(FIXTURES / "document.json", self.document)
        self.original = self.document.read_bytes()
        with app.state.store.session.begin() as session:
            brief = Brief(title="fuzz", source_name="forum.vi.md", state="ready")
            brief.run_dir = str(run_dir)
            session.add(brief)
            session.flush()
            self.ready = brief.id

    def __call__(self, data: bytes) -> None:
        if not data:
            return
        suffix, body = PATHS[data[0] % len(PATHS)], data[1:]
        if suffix == ".xlf":
            response = self.post(
                f"/briefs/{self.ready}/xliff",
                data={"csrf": self.csrf},
                files={"file": ("vi-ko.xlf", body, "application/xml")},
                follow_redirects=False,
            )
            self._answer(response)
            if response.status_code in REFUSALS:
                unchanged(self.document, self.original, "the uploaded XLIFF file")
            else:
                self.document.write_bytes(self.original)
            return
        response = self.post(
            "/briefs",
            data={"csrf": self.csrf, "title": ""},
            files={"file": (f"article{suffix}", body, "text/plain")},
            follow_redirects=False,
        )
        self._answer(response)
        if response.status_code == 303:
            brief_id = response.headers["location"].rsplit("/", 1)[1]
            shutil.rmtree(self.web.briefs_dir / brief_id, ignore_errors=True)

    def post(self, url: str, **kwargs: Any) -> Any:
        return self.client.post(url, **kwargs)

    def _answer(self, response: Any) -> None:
        if response.status_code == 303:
            return
        if response.status_code not in REFUSALS:
            raise ContractBroken(
                f"the upload got HTTP {response.status_code}: {response.text[:300]}"
            )
        if "Traceback" in response.text:
            raise ContractBroken("a refusal page shows a traceback")

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        super().close()
