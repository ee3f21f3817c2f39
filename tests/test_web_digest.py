"""Digests on the web: finished briefs ticked on the home page become one digest through a
job; its page, its downloads, its refusals, its failures, and its rebuild after a review."""

from __future__ import annotations

import hashlib
import io
import json
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from briefing.config import Settings
from briefing.web.app import create_app
from briefing.web.config import load_web_settings
from tests.test_web import csrf, paste, sign_in, wait
from tests.test_web_ii import IDS, any_store  # noqa: F401  (a fixture: SQLite and PostgreSQL)

DEV = Path(__file__).parent / "data" / "digest-dev" / "trade-forum"
VI_1 = (DEV / "01-baochinhphu.vi.txt").read_text(encoding="utf-8")
VI_2 = (DEV / "02-vnexpress.vi.txt").read_text(encoding="utf-8")
KO_3 = (DEV / "03-yonhap.ko.txt").read_text(encoding="utf-8")
FILES = {"digest.vi.pdf", "digest.ko.pdf", "digest.en.pdf", "digest.json"}


@pytest.fixture
def web(tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = load_web_settings(tmp_path / "data", env={})
    app = create_app(settings, Settings(backend="fake", memory=str(tmp_path / "m.sqlite")))
    with TestClient(app) as client:
        yield client, settings


@pytest.fixture
def finished(web):  # type: ignore[no-untyped-def]
    """Two finished briefs of one event, both pasted (so both from a `pasted.txt`), and
    the organiser's CSRF token."""
    client, _ = web
    token = sign_in(client, web[1].organiser_token)
    ids = [paste(client, token, VI_1, ""), paste(client, token, KO_3, "")]
    for brief_id in ids:
        assert wait(client, brief_id)["state"] == "ready"
    return ids, token


def build(client: TestClient, token: str, ids: list[int], title: str = "") -> int:
    response = client.post(
        "/digests",
        data={"csrf": token, "brief": [str(i) for i in ids], "title": title},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def wait_digest(client: TestClient, digest_id: int, timeout: float = 120) -> dict:  # type: ignore[type-arg]
    deadline = time.time() + timeout
    while time.time() < deadline:
        status = client.get(f"/digests/{digest_id}/status").json()
        if status["state"] in {"ready", "failed"}:
            return status
        time.sleep(0.2)
    raise AssertionError("the digest's job did not finish")


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages
    )


def test_two_finished_briefs_become_a_digest(web, finished) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    ids, token = finished
    home = client.get("/").text
    for brief_id in ids:
        assert f'name="brief" value="{brief_id}"' in home  # a checkbox per finished brief
    assert "Build digest" in home
    digest_id = build(client, token, ids[::-1], title="Diễn đàn thương mại Việt – Hàn")
    status = wait_digest(client, digest_id)
    assert status["state"] == "ready", status
    assert set(status["files"]) == FILES
    assert status["stages"] == ["read the briefs", "render the digest"]
    assert status["done"] == status["total"] == 3  # the last stage: one PDF per language
    assert [b["id"] for b in status["briefs"]] == ids  # oldest brief first, as ticked or not
    assert status["title"] == "Diễn đàn thương mại Việt – Hàn"
    page = client.get(f"/digests/{digest_id}").text
    for brief_id in ids:
        assert f'href="/briefs/{brief_id}"' in page
    for name in FILES:
        assert f'href="/digests/{digest_id}/files/{name}"' in page
        response = client.get(f"/digests/{digest_id}/files/{name}")
        assert response.status_code == 200, name
        assert response.headers["content-disposition"].startswith("attachment"), name
    korean = pdf_text(client.get(f"/digests/{digest_id}/files/digest.ko.pdf").content)
    assert "응우옌 홍 지엔" in korean  # the minister, from both articles, in Hangul
    data = client.get(f"/digests/{digest_id}/files/digest.json").json()
    assert data["kind"] == "digest" and len(data["inputs"]) == 2
    # Both briefs were pasted: their articles are told apart by the brief's number.
    assert [i["article"] for i in data["inputs"]] == [f"{i}-pasted.txt" for i in ids]
    raw = client.get(f"/digests/{digest_id}/files/digest.json").text
    assert str(settings.data_dir) not in raw and "/briefs/" not in raw  # no server paths
    assert {i["document"] for i in data["inputs"]} == {"document.json"}
    home = client.get("/").text
    assert f'href="/digests/{digest_id}"' in home and "Diễn đàn thương mại" in home
    # Stored: the briefs it is built from and its folder.
    from briefing.web.store import DigestBrief, DigestRow

    store = client.app.state.store  # type: ignore[attr-defined]
    with store.open() as session:
        row = session.get(DigestRow, digest_id)
        members = session.query(DigestBrief).filter_by(digest_id=digest_id).all()
    assert Path(row.folder) == settings.data_dir / "digests" / str(digest_id)
    assert sorted(m.brief_id for m in members) == sorted(ids)


@pytest.mark.parametrize(
    "ticked, message",
    [
        ([], "tick two finished briefs or more to build a digest (none ticked)"),
        (["first"], "tick two finished briefs or more to build a digest (one ticked)"),
        (["first", "first"], "(one ticked)"),
        (["first", "abc"], "'abc' is not a brief&#39;s number"),
        (["first", "-1"], "'-1' is not a brief&#39;s number"),
    ],
)
def test_fewer_than_two_briefs_are_refused_with_a_message(  # type: ignore[no-untyped-def]
    web, finished, ticked: list[str], message: str
) -> None:
    client, _ = web
    ids, token = finished
    values = [str(ids[0]) if t == "first" else t for t in ticked]
    response = client.post(
        "/digests",
        data={"csrf": token, "brief": values},
        headers={"accept": "text/html"},
        follow_redirects=False,
    )
    assert response.status_code == 400
    assert message.replace("&#39;", "'") in response.text.replace("&#39;", "'")
    assert "Traceback" not in response.text
    assert "No digests yet." in client.get("/").text


def test_a_brief_not_finished_is_refused(web, finished, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client, _ = web
    ids, token = finished
    # A third brief whose job fails: it is listed, but it gets no checkbox and is refused.
    from briefing.errors import ModelUnavailable

    def broken(*args: object, **kwargs: object) -> object:
        raise ModelUnavailable("model x is not on disk")

    monkeypatch.setattr("briefing.pipeline.run_brief", broken)
    failed_id = paste(client, token, VI_2, "")
    assert wait(client, failed_id)["state"] == "failed"
    assert f'name="brief" value="{failed_id}"' not in client.get("/").text
    response = client.post(
        "/digests",
        data={"csrf": token, "brief": [str(ids[0]), str(failed_id)]},
        headers={"accept": "text/html"},
    )
    assert response.status_code == 409
    assert f"brief {failed_id} (pasted.txt) is failed, not finished" in response.text
    missing = client.post("/digests", data={"csrf": token, "brief": [str(ids[0]), "999"]})
    assert missing.status_code == 404 and "no brief 999" in missing.text
    assert "No digests yet." in client.get("/").text


def test_only_organisers_build_digests(web, finished) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    ids, token = finished
    form = {"csrf": token, "brief": [str(i) for i in ids]}
    anonymous = TestClient(client.app)
    assert anonymous.post("/digests", data=form).status_code == 401
    assert anonymous.get("/digests/1/status").status_code == 401
    reviewer = TestClient(client.app)
    rtoken = sign_in(reviewer, settings.reviewer_token, "Minh")
    refused = reviewer.post("/digests", data={**form, "csrf": rtoken})
    assert refused.status_code == 403 and "only organisers" in refused.text
    assert 'action="/digests"' not in reviewer.get("/").text  # no form for a reviewer
    assert client.post("/digests", data={**form, "csrf": "forged"}).status_code == 403
    assert "No digests yet." in client.get("/").text
    # A reviewer reads a digest an organiser built, and downloads its files.
    digest_id = build(client, token, ids)
    assert wait_digest(client, digest_id)["state"] == "ready"
    assert reviewer.get(f"/digests/{digest_id}/files/digest.en.pdf").content.startswith(b"%PDF")
    assert reviewer.post(f"/digests/{digest_id}/retry", data={"csrf": rtoken}).status_code == 403


def test_a_failing_build_shows_the_reason_and_can_be_retried(  # type: ignore[no-untyped-def]
    web, finished, monkeypatch
) -> None:
    client, _ = web
    ids, token = finished
    from briefing.errors import RenderError

    def broken(*args: object, **kwargs: object) -> object:
        raise RenderError("the digest's fonts lack a glyph for ☃; add it to the fonts")

    monkeypatch.setattr("briefing.digest.build_digest", broken)
    digest_id = build(client, token, ids)
    status = wait_digest(client, digest_id)
    assert status["state"] == "failed" and "lack a glyph for ☃" in status["error"]
    assert status["files"] == []
    page = client.get(f"/digests/{digest_id}").text
    assert "state-failed" in page and "lack a glyph for ☃" in page and ">Retry<" in page
    assert "lack a glyph" in client.get("/").text
    # A bug is a failed job with its reason, not a dead worker.
    monkeypatch.setattr("briefing.digest.build_digest", lambda *a, **k: 1 / 0)
    client.post(f"/digests/{digest_id}/retry", data={"csrf": token}, follow_redirects=False)
    status = wait_digest(client, digest_id)
    assert status["state"] == "failed"
    assert status["error"] == "internal error: ZeroDivisionError: division by zero"
    monkeypatch.undo()
    response = client.post(
        f"/digests/{digest_id}/retry", data={"csrf": token}, follow_redirects=False
    )
    assert response.status_code == 303
    assert wait_digest(client, digest_id)["state"] == "ready"
    again = client.post(f"/digests/{digest_id}/retry", data={"csrf": token})
    assert again.status_code == 409 and "only a failed digest" in again.text


def test_downloads_are_limited_to_the_digests_files(web, finished) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    ids, token = finished
    digest_id = build(client, token, ids)
    wait_digest(client, digest_id)
    (settings.data_dir / "digests" / "secret.txt").write_text("organiser_token", encoding="utf-8")
    for name in (
        "../secret.txt",
        "..%2Fsecret.txt",
        "%2e%2e%2f..%2fsecrets.json",
        "digests.json",
        "digest.fr.pdf",
    ):
        response = client.get(f"/digests/{digest_id}/files/{name}")
        assert response.status_code == 404, name
        assert b"organiser_token" not in response.content
    for path in ("/digests/999", "/digests/abc", f"/digests/{2**31}", "/digests/-1/status"):
        assert client.get(path).status_code == 404, path
    assert client.get("/digests/999/files/digest.json").status_code == 404


def test_a_rerendered_brief_rebuilds_its_digests(web, finished) -> None:  # type: ignore[no-untyped-def]
    client, _ = web
    ids, token = finished
    digest_id = build(client, token, ids)
    before = wait_digest(client, digest_id)
    first = client.get(f"/digests/{digest_id}/files/digest.json").json()
    page = client.get(f"/briefs/{ids[0]}/review").text
    version = re.search(r'/segments/p1s1/ko".*?name="version" value="(\d+)"', page, re.S)
    assert version
    edited = "하노이에서 열린 포럼의 검토된 첫 문장."
    response = client.post(
        f"/briefs/{ids[0]}/segments/p1s1/ko",
        data={"csrf": token, "text": edited, "version": version.group(1)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    time.sleep(1.1)  # digest.json's build time is to the second
    rendered = client.post(f"/briefs/{ids[0]}/render", data={"csrf": token})
    assert rendered.status_code == 200
    after = client.get(f"/digests/{digest_id}/status").json()
    assert after["built"] > before["built"]  # the page shows the rebuilt files
    second = client.get(f"/digests/{digest_id}/files/digest.json").json()
    from briefing.web.store import Brief

    with client.app.state.store.open() as session:  # type: ignore[attr-defined]
        run = Path(session.get(Brief, ids[0]).run_dir)
    current = hashlib.sha256((run / "document.json").read_bytes()).hexdigest()
    assert first["inputs"][0]["document_sha256"] != current
    assert second["inputs"][0]["document_sha256"] == current
    assert json.dumps(second["inputs"][1]) == json.dumps(first["inputs"][1])


def test_a_digest_job_a_restart_interrupted_is_resumed_or_failed(tmp_path: Path) -> None:
    """A digest's job is recovered as a brief's: running when the server stopped, it goes
    back to the queue and finishes after the restart; stopped too often, it fails with why."""
    from sqlalchemy import select

    from briefing.web.store import DigestRow, Job

    web = load_web_settings(tmp_path / "data", env={})

    def start() -> TestClient:
        return TestClient(create_app(web, Settings(backend="fake", memory=str(tmp_path / "m"))))

    def interrupt(client: TestClient, digest_id: int, attempts: int) -> None:
        with client.app.state.store.session.begin() as session:  # type: ignore[attr-defined]
            job = session.scalars(select(Job).where(Job.digest_id == digest_id)).one()
            job.state, job.worker, job.attempts = "running", "gone-host:1", attempts
            session.get(DigestRow, digest_id).state = "running"

    with start() as client:
        token = sign_in(client, web.organiser_token)
        ids = [paste(client, token, VI_1, ""), paste(client, token, KO_3, "")]
        for brief_id in ids:
            wait(client, brief_id)
        digest_id = build(client, token, ids)
        assert wait_digest(client, digest_id)["state"] == "ready"
        interrupt(client, digest_id, attempts=1)
    with start() as client:
        assert client.app.state.recovered == 1  # type: ignore[attr-defined]
        sign_in(client, web.organiser_token)
        assert wait_digest(client, digest_id)["state"] == "ready"
        interrupt(client, digest_id, attempts=3)
    with start() as client:
        assert client.app.state.recovered == 0  # type: ignore[attr-defined]
        sign_in(client, web.organiser_token)
        status = client.get(f"/digests/{digest_id}/status").json()
        assert status["state"] == "failed"
        assert status["error"] == "the job stopped 3 times with its worker; retry it"


DIGEST_ROUTES = [
    ("GET", "/digests/{id}"),
    ("GET", "/digests/{id}/status"),
    ("GET", "/digests/{id}/files/digest.json"),
    ("POST", "/digests/{id}/retry"),
]


def test_digests_on_sqlite_and_postgresql(any_store: TestClient) -> None:  # noqa: F811
    """The store's digest tables and the jobs that now have a brief or a digest, migrated
    and used on both databases; every digest route answers 404 for an id it cannot hold."""
    client = any_store
    token = csrf(client)
    wrong = []
    for method, route in DIGEST_ROUTES:
        for digest_id in IDS:
            path = route.format(id=digest_id)
            if method == "GET":
                response = client.get(path, headers={"accept": "application/json"})
            else:
                response = client.post(path, data={"csrf": token})
            if response.status_code != 404:
                wrong.append(f"{method} {path}: {response.status_code}")
    assert wrong == []
    ids = [paste(client, token, VI_1, ""), paste(client, token, KO_3, "")]
    for brief_id in ids:
        assert wait(client, brief_id)["state"] == "ready"
    digest_id = build(client, token, ids)
    status = wait_digest(client, digest_id)
    assert status["state"] == "ready" and len(status["files"]) == 4, status
    assert f'href="/digests/{digest_id}"' in client.get("/").text


@pytest.mark.integration
def test_a_digest_through_briefing_serve_and_its_celery_worker(
    tmp_path: Path, tiny_nllb: Path
) -> None:
    """The digest's job goes through the same Celery queue as a brief's: `briefing serve`
    (its SQLite broker and the worker it starts) builds it on the tiny model."""
    from tests.test_queue import Service

    service = Service(tmp_path, tiny_nllb)
    try:
        service.serve()
        ids = [
            service.submit(DEV / "01-baochinhphu.vi.txt"),
            service.submit(DEV / "03-yonhap.ko.txt"),
        ]
        assert service.wait_ready(ids) == ["ready", "ready"], service.errors(ids)
        client = service.client
        assert client is not None
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)
        assert token
        response = client.post(
            "/digests", data={"csrf": token.group(1), "brief": [str(i) for i in ids]}
        )
        assert response.status_code == 303, response.text
        digest_id = int(response.headers["location"].rsplit("/", 1)[1])
        deadline = time.time() + 120
        status = client.get(f"/digests/{digest_id}/status").json()
        while status["state"] not in {"ready", "failed"} and time.time() < deadline:
            time.sleep(0.5)
            status = client.get(f"/digests/{digest_id}/status").json()
        assert status["state"] == "ready", status
        assert client.get(f"/digests/{digest_id}/files/digest.vi.pdf").content.startswith(b"%PDF")
    finally:
        service.stop()
