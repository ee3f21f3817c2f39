"""Issue 23 (web service II), one test per numbered case (case 1, the queue, is in
test_queue.py: it needs real processes): a stale undo, approve-all and the memory, server
paths, bold Hangul in draft.html, the sign-in throttle, huge ids, posts through a proxy."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from briefing.config import Settings
from briefing.memory import TranslationMemory
from briefing.web.app import create_app
from briefing.web.config import load_web_settings
from tests.test_web import SEED, create, csrf, sign_in, wait

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def web(tmp_path: Path) -> Iterator[tuple[TestClient, object]]:
    settings = load_web_settings(tmp_path / "data", env={})
    app = create_app(settings, Settings(backend="fake", memory=str(tmp_path / "m.sqlite")))
    with TestClient(app) as client:
        yield client, settings


def version_of(page: str, segment: str, language: str) -> int:
    found = re.search(
        rf'/segments/{segment}/{language}".*?name="version" value="(\d+)"', page, re.S
    )
    assert found, f"no form for {segment}/{language}"
    return int(found.group(1))


def document_of(client: TestClient, brief_id: int) -> dict:  # type: ignore[type-arg]
    response = client.get(f"/briefs/{brief_id}/files/document.json")
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


# ------------------------------------------- 1. the queue (the kill is in test_queue.py)


def test_a_brief_no_worker_takes_says_it_waits_for_one() -> None:
    from datetime import timedelta

    from briefing.web.routes.briefs import stage_of
    from briefing.web.store import Job, now

    fresh = Job(brief_id=1, state="queued", stage="", created=now())
    assert stage_of(fresh) == ""
    stuck = Job(brief_id=1, state="queued", stage="", created=now() - timedelta(minutes=5))
    assert "waiting for a worker since" in stage_of(stuck)
    running = Job(brief_id=1, state="running", stage="translate", created=stuck.created)
    assert stage_of(running) == "translate"


# --------------------------------------------------------------------- 2. a stale undo


def test_a_stale_undo_offers_the_earlier_text_never_a_placeholder(web) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    token = sign_in(client, settings.organiser_token)
    brief_id = create(client, token)
    wait(client, brief_id)
    machine = next(s for s in document_of(client, brief_id)["segments"] if s["id"] == "p4s1")
    machine_text = machine["translations"]["ko"]["text"]
    page = client.get(f"/briefs/{brief_id}/review").text
    client.post(
        f"/briefs/{brief_id}/segments/p4s1/ko",
        data={
            "csrf": token,
            "text": "검토자 A의 첫 번역.",
            "version": version_of(page, "p4s1", "ko"),
        },
    )
    seen_page = client.get(f"/briefs/{brief_id}/review").text  # reviewer A opens the page
    seen_version = version_of(seen_page, "p4s1", "ko")
    client.post(  # reviewer B saves p4s1
        f"/briefs/{brief_id}/segments/p4s1/ko",
        data={"csrf": token, "text": "검토자 B의 번역.", "version": seen_version},
    )
    undo = client.post(  # A clicks Undo on the page opened before B's save
        f"/briefs/{brief_id}/segments/p4s1/ko/undo",
        data={"csrf": token, "version": seen_version, "seen": "검토자 A의 첫 번역."},
        follow_redirects=False,
    )
    assert undo.status_code == 409
    assert "(undo of the text you saw)" not in undo.text
    assert "검토자 B의 번역." in undo.text  # the colleague's text, shown
    offered = re.search(r'<textarea name="text">([^<]*)</textarea>', undo.text)
    assert offered and offered.group(1) == machine_text  # the text the Undo meant to restore
    assert "Keep the saved text" in undo.text
    # Choosing the earlier text stores that text, not a placeholder.
    version = int(re.search(r'name="version" value="(\d+)"', undo.text).group(1))  # type: ignore[union-attr]
    client.post(
        f"/briefs/{brief_id}/segments/p4s1/ko",
        data={"csrf": token, "text": offered.group(1), "version": version},
    )
    after = next(s for s in document_of(client, brief_id)["segments"] if s["id"] == "p4s1")
    assert after["translations"]["ko"]["text"] == machine_text


def test_a_stale_undo_with_nothing_earlier_offers_only_the_saved_text(web) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    token = sign_in(client, settings.organiser_token)
    brief_id = create(client, token)
    wait(client, brief_id)
    page = client.get(f"/briefs/{brief_id}/review").text  # A opens the page
    version = version_of(page, "p4s1", "ko")
    client.post(  # B saves p4s1
        f"/briefs/{brief_id}/segments/p4s1/ko",
        data={"csrf": token, "text": "검토자 B의 번역.", "version": version},
    )
    undo = client.post(
        f"/briefs/{brief_id}/segments/p4s1/ko/undo",
        data={"csrf": token, "version": version},
        follow_redirects=False,
    )
    assert undo.status_code == 409 and "검토자 B의 번역." in undo.text
    assert "(undo of the text you saw)" not in undo.text
    assert "<textarea" not in undo.text  # nothing to save over the colleague's text


# ------------------------------------------------------- 3. approve-all and the memory


def test_approve_all_asks_first_and_comes_back_from_memory_as_suggestions(
    web, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    token = sign_in(client, settings.organiser_token)
    brief_id = create(client, token)
    wait(client, brief_id)
    asked = client.post(
        f"/briefs/{brief_id}/approve/ko", data={"csrf": token}, follow_redirects=False
    )
    assert asked.status_code == 200 and "Approve every ko text?" in asked.text
    assert 'name="confirm" value="yes"' in asked.text
    statuses = {
        s["translations"]["ko"]["status"] for s in document_of(client, brief_id)["segments"]
    }
    assert "approved" not in statuses  # nothing approved before the confirmation
    done = client.post(
        f"/briefs/{brief_id}/approve/ko",
        data={"csrf": token, "confirm": "yes"},
        follow_redirects=False,
    )
    assert done.status_code == 303
    segments = document_of(client, brief_id)["segments"]
    assert {s["translations"]["ko"]["status"] for s in segments} == {"approved"}
    assert {s["translations"]["ko"]["origin"] for s in segments} == {"mt-approved"}
    review = client.get(f"/briefs/{brief_id}/review").text
    assert "approved · mt-approved" in review and "approved · mt:" not in review
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        assert {u.origin for u in memory.units() if u.target_lang == "ko"} == {"mt-approved"}
    # The next brief of the same article: suggestions from memory, never approved ones.
    again = create(client, token)
    wait(client, again)
    segments = document_of(client, again)["segments"]
    kept = [s for s in segments if s["translations"]["ko"]["status"] == "approved"]
    assert kept == []
    assert all(s["translations"]["ko"]["origin"].startswith("mt:") for s in segments)
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        # The fake translator's "[ko] …" output is not Hangul: the memory offers only the
        # entries in the target's script (the caption, here).
        offered = [s for s in segments if memory.exact(s["text"], "vi", "ko") is not None]
    assert offered
    for segment in offered:
        assert segment["suggestions"]["ko"][0]["score"] == 1.0, segment["id"]


# ------------------------------------------------------------------ 4. server paths


def test_models_are_named_by_id_or_folder_and_downloads_carry_no_server_path(
    tmp_path: Path,
) -> None:
    from briefing.pipeline import run_brief
    from briefing.review import export_xliff
    from briefing.translate.fake import FakeTranslator

    model = "/srv/briefing/models/tiny/nllb"  # a local model, as MT_MODEL names it
    fake = FakeTranslator(model=model)
    settings = Settings(backend="fake", out_dir=tmp_path / "out", memory="none")
    result = run_brief(SEED, settings, translators={("vi", "ko"): fake, ("vi", "en"): fake})
    document = result.document
    origins = {t.origin for s in document.segments for t in s.translations.values()}
    assert origins == {"mt:nllb"}
    assert set(document.models.values()) == {"nllb"}
    assert result.manifest["signature"]["mt.ko"] == "nllb"
    for text in (
        (result.run_dir / "draft.html").read_text(encoding="utf-8"),
        (result.run_dir / "manifest.json").read_text(encoding="utf-8"),
        (result.run_dir / "document.json").read_text(encoding="utf-8"),
        export_xliff(document, "ko"),
    ):
        assert "/srv/" not in text


def test_json_downloads_carry_no_server_path(web) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    token = sign_in(client, settings.organiser_token)
    brief_id = create(client, token)
    wait(client, brief_id)
    for name in ("document.json", "manifest.json"):
        response = client.get(f"/briefs/{brief_id}/files/{name}")
        assert response.status_code == 200
        assert str(settings.data_dir) not in response.text, name
        assert "attachment" in response.headers["content-disposition"]
    document = client.get(f"/briefs/{brief_id}/files/document.json").json()
    assert document["article"]["path"] == "seed-vi.txt"  # the file's name stays
    assert document["segments"][0]["id"] == "p1s1"  # and the rest is the document as it is


def test_long_unbroken_text_wraps_inside_its_column(web) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    token = sign_in(client, settings.organiser_token)
    brief_id = create(client, token)
    wait(client, brief_id)
    draft = client.get(f"/briefs/{brief_id}/files/draft.html").text
    assert re.search(r"table\.draft td[^{]*\{[^}]*overflow-wrap: anywhere", draft)
    assert re.search(r"table\.locked td[^{]*\{[^}]*overflow-wrap: anywhere", draft)


# ------------------------------------------------------------- 5. bold Hangul in draft


def test_draft_html_embeds_every_weight_it_uses(web) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    token = sign_in(client, settings.organiser_token)
    brief_id = create(client, token)
    wait(client, brief_id)
    draft = client.get(f"/briefs/{brief_id}/files/draft.html").text
    assert 'url("fonts/' not in draft  # nothing that only loads beside the templates
    faces = re.findall(r"@font-face \{([^}]*)\}", draft)
    sans = [f for f in faces if '"Briefing Sans"' in f]
    assert {re.search(r"font-weight: (\d+)", f).group(1) for f in sans} == {"400", "700"}  # type: ignore[union-attr]
    assert all('src: url("data:font/' in f for f in faces)


# ------------------------------------------------------------------ 6. the throttle


def test_a_right_token_is_never_refused_for_someone_elses_wrong_ones(web) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    for _ in range(5):
        assert client.post("/login", data={"token": "wrong"}).status_code == 401
    assert client.post("/login", data={"token": "wrong"}).status_code == 429
    right = client.post("/login", data={"token": settings.organiser_token}, follow_redirects=False)
    assert right.status_code == 303


def test_the_throttle_counts_per_address_a_configured_proxy_reports(tmp_path: Path) -> None:
    web = replace(load_web_settings(tmp_path / "data", env={}), forwarded_allow_ips="testclient")
    with TestClient(create_app(web, Settings(backend="fake", memory="none"))) as client:
        attacker = {"x-forwarded-for": "203.0.113.7"}
        for _ in range(5):
            assert client.post("/login", data={"token": "x"}, headers=attacker).status_code == 401
        assert client.post("/login", data={"token": "x"}, headers=attacker).status_code == 429
        other = {"x-forwarded-for": "203.0.113.8"}
        assert client.post("/login", data={"token": "x"}, headers=other).status_code == 401


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[object]:
    """`briefing serve --no-worker` as a process (uvicorn as it runs in production)."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*extra: str) -> tuple[str, dict[str, str]]:
        data, port = tmp_path / f"data{len(started)}", free_port()
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "briefing.cli",
                "serve",
                "--no-worker",
                "--data-dir",
                str(data),
                "--port",
                str(port),
                *extra,
            ],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        started.append(process)
        deadline = time.time() + 60
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.time() < deadline, "briefing serve did not start"
            time.sleep(0.2)
        tokens = json.loads((data / "secrets.json").read_text())
        return f"http://127.0.0.1:{port}", tokens

    yield start
    for process in started:
        process.terminate()
        process.wait(20)


def test_a_forged_x_forwarded_for_does_not_bypass_the_throttle(serve) -> None:  # type: ignore[no-untyped-def]
    base, tokens = serve()
    with httpx.Client(base_url=base) as client:
        answers = [
            client.post(
                "/login", data={"token": "wrong"}, headers={"x-forwarded-for": f"198.51.100.{i}"}
            ).status_code
            for i in range(20)
        ]
        assert answers[:5] == [401] * 5 and set(answers[5:]) == {429}
        right = client.post("/login", data={"token": tokens["organiser_token"]})
        assert right.status_code == 303


# ------------------------------------------------------------------------ 7. huge ids

ROUTES = [
    ("GET", "/briefs/{id}"),
    ("GET", "/briefs/{id}/status"),
    ("GET", "/briefs/{id}/review"),
    ("GET", "/briefs/{id}/files/draft.html"),
    ("GET", "/briefs/{id}/xliff/ko"),
    ("GET", "/briefs/{id}/revisions/p1s1/ko"),
    ("POST", "/briefs/{id}/retry"),
    ("POST", "/briefs/{id}/render"),
    ("POST", "/briefs/{id}/approve/ko"),
    ("POST", "/briefs/{id}/segments/p1s1/ko"),
    ("POST", "/briefs/{id}/segments/p1s1/ko/approve"),
    ("POST", "/briefs/{id}/segments/p1s1/ko/undo"),
    ("POST", "/briefs/{id}/xliff"),
]
IDS = [2**31, 2**63, 2**64, -1, "abc", 424242]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    env: dict[str, str] = {}
    if request.param == "postgresql":
        from tests.test_queue import POSTGRES, need

        need(5432, "PostgreSQL")
        import psycopg

        name = f"briefing_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
        with psycopg.connect("host=127.0.0.1 user=root dbname=test", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = f"{POSTGRES}/{name}"
    settings = load_web_settings(tmp_path / "data", env=env)
    app = create_app(settings, Settings(backend="fake", memory="none"))
    with TestClient(app) as client:
        sign_in(client, settings.organiser_token)
        yield client
    app.state.store.engine.dispose()
    if request.param == "postgresql":
        with psycopg.connect("host=127.0.0.1 user=root dbname=test", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_every_route_answers_404_for_an_id_it_cannot_hold_or_does_not_have(
    any_store: TestClient,
) -> None:
    client = any_store
    token = csrf(client)
    wrong = []
    for method, route in ROUTES:
        for brief_id in IDS:
            path = route.format(id=brief_id)
            if method == "GET":
                response = client.get(path, headers={"accept": "application/json"})
            else:
                response = client.post(
                    path,
                    data={"csrf": token, "version": "1", "text": "x"},
                    headers={"accept": "application/json"},
                )
            if response.status_code != 404:
                wrong.append(f"{method} {path}: {response.status_code}")
    assert wrong == []


# ----------------------------------------------------------------- 8. behind a proxy


@pytest.mark.parametrize(
    "headers",
    [
        {"host": "briefs.example.org:443", "x-forwarded-proto": "https"},  # Host with :443
        {"host": "briefs.example.org"},  # no X-Forwarded-Proto
        {"host": "briefs.example.org:443"},  # neither
    ],
)
def test_posts_through_a_tls_proxy_are_accepted(web, headers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    token = sign_in(client, settings.organiser_token)
    response = client.post(
        "/briefs",
        data={"csrf": token, "text": "Hội thảo Việt – Hàn diễn ra tại Hà Nội ngày 5/6/2026."},
        headers={"origin": "https://briefs.example.org", **headers},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def test_a_proxy_that_drops_host_gets_a_page_that_says_so(tmp_path: Path) -> None:
    web = replace(load_web_settings(tmp_path / "data", env={}), forwarded_allow_ips="testclient")
    with TestClient(create_app(web, Settings(backend="fake", memory="none"))) as client:
        token = sign_in(client, web.organiser_token)
        form = {"csrf": token, "text": "Hội thảo Việt – Hàn diễn ra tại Hà Nội ngày 5/6/2026."}
        dropped = client.post(
            "/briefs",
            data=form,
            headers={"origin": "https://briefs.example.org", "host": "127.0.0.1:8000"},
        )
        assert dropped.status_code == 403
        assert dropped.headers["content-type"].startswith("text/html")
        assert "must pass the Host header" in dropped.text
        forwarded = client.post(  # the proxy passes X-Forwarded-Host instead
            "/briefs",
            data=form,
            headers={
                "origin": "https://briefs.example.org",
                "host": "127.0.0.1:8000",
                "x-forwarded-host": "briefs.example.org",
                "x-forwarded-proto": "https",
            },
            follow_redirects=False,
        )
        assert forwarded.status_code == 303, forwarded.text
        assert (
            client.post(
                "/briefs", data=form, headers={"origin": "https://evil.example"}
            ).status_code
            == 403
        )


def test_a_post_through_a_proxy_to_briefing_serve(serve) -> None:  # type: ignore[no-untyped-def]
    """uvicorn behind a TLS proxy on this machine, trusted with --forwarded-allow-ips: the
    proxy passes Host, X-Forwarded-Proto and X-Forwarded-For, as docs/web.md says."""
    base, tokens = serve("--forwarded-allow-ips", "127.0.0.1", "--behind-tls")
    proxy = {
        "host": "briefs.example.org",
        "x-forwarded-proto": "https",
        "x-forwarded-for": "203.0.113.20",
    }
    with httpx.Client(base_url=base) as client:
        signed = client.post("/login", data={"token": tokens["organiser_token"]}, headers=proxy)
        assert signed.status_code == 303 and "secure" in signed.headers["set-cookie"].lower()
        cookie = signed.headers["set-cookie"].split(";", 1)[0]
        page = client.get("/", headers={**proxy, "cookie": cookie}).text
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token
        posted = client.post(
            "/briefs",
            data={"csrf": token.group(1), "text": "Hội thảo Việt – Hàn diễn ra tại Hà Nội."},
            headers={**proxy, "cookie": cookie, "origin": "https://briefs.example.org"},
        )
        assert posted.status_code == 303, posted.text
        assert posted.headers["location"].startswith("/briefs/")
        # The proxy reports each client's address: one client's wrong tokens lock out
        # that client only.
        for _ in range(5):
            client.post(
                "/login", data={"token": "x"}, headers={**proxy, "x-forwarded-for": "203.0.113.66"}
            )
        locked = client.post(
            "/login", data={"token": "x"}, headers={**proxy, "x-forwarded-for": "203.0.113.66"}
        )
        assert locked.status_code == 429
        assert client.post("/login", data={"token": "x"}, headers=proxy).status_code == 401


def test_long_unbroken_text_wraps_in_the_draft_pdf(tmp_path: Path) -> None:
    """A model's runaway output with no space stays in its column of the draft PDF: it is
    broken over lines (one unbroken line would run over the next columns)."""
    import io

    from pypdf import PdfReader

    from briefing import docstore
    from briefing.pipeline import rerender, run_brief

    settings = Settings(backend="fake", out_dir=tmp_path / "out", memory="none")
    result = run_brief(SEED, settings)
    runaway = "Z" * 400

    def change(document) -> None:  # type: ignore[no-untyped-def]
        document.segments[0].translations["en"].text = runaway

    docstore.update(result.run_dir / "document.json", change)
    rerender(result.run_dir / "document.json")
    (pdf,) = result.run_dir.glob("draft.*.pdf")
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    runs = re.findall(r"Z+", "\n".join(page.extract_text() or "" for page in pages))
    assert sum(len(r) for r in runs) >= 390  # all of it is there
    assert max(len(r) for r in runs) < 120  # and broken over lines inside its column


def test_downloads_cut_server_paths_but_never_the_articles_text() -> None:
    """The path scrubbing of the JSON downloads leaves the article's and translators' text
    alone: a sentence may hold slashes (`/srv/x` quoted, `m³/ngày`)."""
    from briefing.web.routes.briefs import without_paths

    document = {
        "article": {"path": "/srv/briefing/data/uploads/a.vi.txt"},
        "models": {"ko": "mt:/srv/briefing/models/nllb"},
        "segments": [{"id": "p1s1", "text": "Tệp /srv/data/x.csv và 12.000 m³/ngày đêm."}],
    }
    cleaned = without_paths(document)
    assert cleaned["article"]["path"] == "a.vi.txt"
    assert cleaned["models"]["ko"] == "mt:nllb"
    assert cleaned["segments"] == document["segments"]
