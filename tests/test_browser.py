"""The web page driven in Debian's Chromium through Playwright, with the tiny model.

Screenshots go to $SCREENSHOTS_DIR (make screenshots: docs/screenshots/), else to a
temporary folder.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.config import Settings
from briefing.web.app import create_app
from briefing.web.config import WebSettings, load_web_settings

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "vn-kr-digital-forum.vi.txt"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, tiny_nllb_path: Path
) -> Iterator[tuple[str, WebSettings]]:
    import uvicorn

    data = tmp_path_factory.mktemp("data")
    web = load_web_settings(data, env={})
    settings = Settings(
        mt_model=str(tiny_nllb_path), memory=str(data / "memory.sqlite"), beam_size=1
    )
    app = create_app(web, settings)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", web
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def tiny_nllb_path() -> Path:
    from tests.conftest import TINY_NLLB

    if not (TINY_NLLB / "config.json").is_file():
        pytest.fail("models/tiny/nllb is missing: run `make tiny-models`")
    return TINY_NLLB


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def signed_in(browser, base: str, token: str, name: str):  # type: ignore[no-untyped-def]
    # bypass_csp: Playwright evaluates its waits as strings, which the CSP (rightly) forbids.
    context = browser.new_context(
        viewport={"width": 1400, "height": 900}, locale="en-GB", bypass_csp=True
    )
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=token]", token)
    page.fill("input[name=name]", name)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(f"{base}/")
    return context, page


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages
    )


@pytest.fixture(scope="module")
def ready_brief(server, browser, shots: Path) -> str:  # type: ignore[no-untyped-def]
    """Upload the seed as an organiser, watch the progress, return the brief's URL."""
    base, web = server
    context, page = signed_in(browser, base, web.organiser_token, "Organiser")
    page.set_input_files("input[name=file]", str(SEED))
    page.set_input_files(
        "input[name=glossary]", str(SEED.with_name("vn-kr-digital-forum.glossary.csv"))
    )
    page.fill("input[name=title]", "Diễn đàn số Việt – Hàn 2026")
    page.screenshot(path=str(shots / "upload.png"), full_page=True)
    page.click("button:has-text('Create the briefs')")
    page.wait_for_url(f"{base}/briefs/*")
    page.wait_for_selector("#state")
    page.wait_for_function(
        "document.getElementById('stage').textContent.startsWith('translate')"
        " || ['ready', 'failed'].includes(document.getElementById('state').textContent)",
        timeout=120_000,
    )
    page.screenshot(path=str(shots / "progress.png"), full_page=True)
    if page.inner_text("#state") not in {"ready", "failed"}:
        # The server goes away for a moment: the page says so, then resumes by itself.
        page.route("**/status", lambda route: route.abort())
        page.wait_for_selector("#offline", state="visible", timeout=15_000)
        page.unroute("**/status")
    page.wait_for_function(
        "['ready', 'failed'].includes(document.getElementById('state').textContent)",
        timeout=180_000,
    )
    assert page.inner_text("#state") == "ready", page.inner_text("#error")
    url = page.url
    context.close()
    return url


def test_upload_watch_and_download(server, browser, ready_brief: str) -> None:  # type: ignore[no-untyped-def]
    base, web = server
    context, page = signed_in(browser, base, web.organiser_token, "Organiser")
    page.goto(ready_brief)
    page.wait_for_selector("a[href$='brief.ko.pdf']")
    with page.expect_download() as download_info:
        page.click("a[href$='brief.ko.pdf']")
    path = download_info.value.path()
    text = pdf_text(Path(path).read_bytes())
    assert "주요 내용" in text and "최영삼" in text
    context.close()


def test_edit_approve_rerender(server, browser, ready_brief: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    base, web = server
    context, page = signed_in(browser, base, web.reviewer_token, "Minh")
    page.goto(ready_brief + "/review")
    assert page.locator("text=New brief").count() == 0
    cell = page.locator("textarea[data-segment=p1s1][data-language=ko]")
    cell.fill("10월 29일 한-베트남 디지털 포럼이 하노이에서 열렸다.")
    cell.locator("xpath=..").locator("button[name=save]").click()
    page.wait_for_url("**/review*")
    row = page.locator("tr#p1s1")
    row.locator("form[action$='/p1s1/ko/approve'] button").click()
    page.wait_for_url("**/review*")
    assert "approved" in page.locator("tr#p1s1").inner_text()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "review.png"), full_page=False)
    page.click("#rerender")
    page.wait_for_url(ready_brief + "?rendered=*")
    assert "re-rendered at" in page.inner_text("#rendered")
    response = context.request.get(ready_brief + "/files/brief.ko.pdf")
    assert "한-베트남 디지털 포럼이 하노이에서 열렸다" in pdf_text(response.body())
    context.close()


def test_two_reviewers_conflict(server, browser, ready_brief: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    base, web = server
    first_context, first = signed_in(browser, base, web.reviewer_token, "An")
    second_context, second = signed_in(browser, base, web.reviewer_token, "Binh")
    for page in (first, second):
        page.goto(ready_brief + "/review")
    selector = "textarea[data-segment=p2s1][data-language=en]"
    first.fill(selector, "An's wording of the ambassador's remarks.")
    first.locator(selector).locator("xpath=..").locator("button[name=save]").click()
    first.wait_for_url("**/review*")
    second.fill(selector, "Binh's wording of the ambassador's remarks.")
    second.locator(selector).locator("xpath=..").locator("button[name=save]").click()
    second.wait_for_selector("text=Someone else saved this segment first")
    assert "Binh's wording" in second.inner_text("#mine")
    assert "An's wording" in second.inner_text("#theirs")
    second.screenshot(path=str(shots / "conflict.png"), full_page=False)
    document = first_context.request.get(ready_brief + "/files/document.json").json()
    p2 = next(s for s in document["segments"] if s["id"] == "p2s1")
    assert p2["translations"]["en"]["text"] == "An's wording of the ambassador's remarks."
    first_context.close()
    second_context.close()


def test_hangul_shows_without_system_fonts(server, browser, ready_brief: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    """The pages carry the bundled font: the "Briefing Sans" face the page declares is
    loaded from the service for Hangul and Vietnamese text, so they render on a machine
    with no CJK font at all (whether this one has one or not: the check is on the face the
    page loaded, not on what the system could fall back to)."""
    base, web = server
    context, page = signed_in(browser, base, web.reviewer_token, "Hoa")
    page.goto(ready_brief + "/review")
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate(
        """async () => {
            await document.fonts.load('16px "Briefing Sans"', '한국어 Tiếng Việt');
            return document.fonts.check('16px "Briefing Sans"', '한국어 Tiếng Việt');
        }"""
    )
    assert loaded is True
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Briefing Sans"')
    page.screenshot(path=str(shots / "review-hangul.png"), full_page=False)
    context.close()


def test_a_stale_undo_shows_both_texts_and_keeps_the_colleagues(  # type: ignore[no-untyped-def]
    server, browser, ready_brief: str, shots: Path
) -> None:
    """Reviewer A saves p3s1, B saves over it, then A presses Undo on the page opened
    before B's save: a conflict page with B's text and the text A's Undo meant to bring
    back (the machine's), never a placeholder; keeping the saved text changes nothing."""
    base, web = server
    first_context, first = signed_in(browser, base, web.reviewer_token, "An")
    second_context, second = signed_in(browser, base, web.reviewer_token, "Binh")
    document = first_context.request.get(ready_brief + "/files/document.json").json()
    machine = next(s for s in document["segments"] if s["id"] == "p3s1")
    machine_text = machine["translations"]["ko"]["text"]
    selector = "textarea[data-segment=p3s1][data-language=ko]"
    first.goto(ready_brief + "/review")
    first.fill(selector, "안의 첫 번역입니다.")
    first.locator(selector).locator("xpath=..").locator("button[name=save]").click()
    first.wait_for_url("**/review*")
    second.goto(ready_brief + "/review")
    second.fill(selector, "빈의 새 번역입니다.")
    second.locator(selector).locator("xpath=..").locator("button[name=save]").click()
    second.wait_for_url("**/review*")
    first.locator("tr#p3s1 form[action$='/p3s1/ko/undo'] button").click()
    first.wait_for_selector("text=Someone else changed this segment after you opened it")
    assert first.inner_text("#theirs") == "빈의 새 번역입니다."
    assert first.inner_text("#seen") == "안의 첫 번역입니다."
    assert first.input_value("textarea[name=text]") == machine_text
    assert "undo of the text you saw" not in first.content()
    first.screenshot(path=str(shots / "undo-conflict.png"), full_page=False)
    first.click("#keep")
    first.wait_for_url("**/review*")
    document = first_context.request.get(ready_brief + "/files/document.json").json()
    p3 = next(s for s in document["segments"] if s["id"] == "p3s1")
    assert p3["translations"]["ko"]["text"] == "빈의 새 번역입니다."
    first_context.close()
    second_context.close()


def test_bold_hangul_in_draft_html_opened_from_disk(  # type: ignore[no-untyped-def]
    server, browser, ready_brief: str, shots: Path, tmp_path: Path
) -> None:
    """draft.html as a translator opens it: downloaded, from disk, on a machine without CJK
    fonts. The bold "한국어" header is drawn with the page's own bold face (a font the page
    brought, not a fallback that shows boxes), and a long unbroken text wraps in its cell."""
    base, web = server
    context, page = signed_in(browser, base, web.reviewer_token, "Hoa")
    draft = tmp_path / "draft.html"
    draft.write_bytes(context.request.get(ready_brief + "/files/draft.html").body())
    page.goto(draft.as_uri())
    faces = page.evaluate(
        """async () => {
            await document.fonts.ready;
            await document.fonts.load('700 16px "Briefing Sans"', '한국어');
            return [...document.fonts].map(f => [f.family, f.weight, f.status]);
        }"""
    )
    sans = {(weight, status) for family, weight, status in faces if "Briefing Sans" in family}
    assert ("700", "loaded") in sans and ("400", "loaded") in sans, faces
    header = page.locator("th", has_text="한국어").first
    assert int(header.evaluate("e => getComputedStyle(e).fontWeight")) >= 700
    session = context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelectorAll", {"nodeId": root, "selector": "th"})["nodeIds"]
    used = []
    for node_id in node:
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node_id})["fonts"]
        text = session.send("DOM.getOuterHTML", {"nodeId": node_id})["outerHTML"]
        if "한국어" in text:
            used += fonts
    assert used, "no header with 한국어"
    assert all(f["isCustomFont"] for f in used), used  # every glyph from the page's fonts
    wraps = page.evaluate(
        """() => {
            const cell = document.querySelector('table.draft tbody td[lang]');
            cell.textContent = 'mt:' + 'x'.repeat(400);
            return [cell.scrollWidth, cell.clientWidth];
        }"""
    )
    assert wraps[0] <= wraps[1] + 1, wraps
    page.screenshot(path=str(shots / "draft-bold-hangul.png"), full_page=False)
    context.close()


def test_digest_of_two_ticked_briefs(server, browser, ready_brief: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    """An organiser ticks two finished briefs on the home page (the seed and a pasted Korean
    article), builds their digest, watches it finish on its page and downloads its files;
    one ticked brief is refused with a message."""
    base, web = server
    context, page = signed_in(browser, base, web.organiser_token, "Organiser")
    korean = ROOT / "tests" / "data" / "digest-dev" / "trade-forum" / "03-yonhap.ko.txt"
    page.fill("textarea[name=text]", korean.read_text(encoding="utf-8"))
    page.click("button:has-text('Create the briefs')")
    page.wait_for_url(f"{base}/briefs/*")
    second = page.url
    page.wait_for_function(
        "['ready', 'failed'].includes(document.getElementById('state').textContent)",
        timeout=180_000,
    )
    assert page.inner_text("#state") == "ready", page.inner_text("#error")
    ids = [ready_brief.rsplit("/", 1)[1], second.rsplit("/", 1)[1]]
    page.goto(f"{base}/")
    page.check(f"#briefs input[name=brief][value='{ids[0]}']")
    page.click("#build-digest")
    assert "tick two finished briefs or more" in page.inner_text("main")
    page.goto(f"{base}/")
    for brief_id in ids:
        page.check(f"#briefs input[name=brief][value='{brief_id}']")
    page.fill("#new-digest input[name=title]", "Forums of the week: digital and trade")
    page.screenshot(path=str(shots / "digest-tick.png"), full_page=True)
    page.click("#build-digest")
    page.wait_for_url(f"{base}/digests/*")
    page.wait_for_function(
        "['ready', 'failed'].includes(document.getElementById('state').textContent)",
        timeout=180_000,
    )
    page.wait_for_selector("#files a")
    assert page.inner_text("#state") == "ready", page.inner_text("#error")
    assert page.inner_text("#title") == "Forums of the week: digital and trade"
    briefs = page.eval_on_selector_all("#digest-briefs a", "as => as.map(a => a.pathname)")
    assert briefs == [f"/briefs/{i}" for i in ids]
    links = page.eval_on_selector_all("#files a", "as => as.map(a => a.href)")
    names = [link.rsplit("/", 1)[1] for link in links]
    assert names == ["digest.vi.pdf", "digest.ko.pdf", "digest.en.pdf", "digest.json"]
    page.screenshot(path=str(shots / "digest.png"), full_page=True)
    with page.expect_download() as download_info:
        page.click("#files a[href$='digest.ko.pdf']")
    text = pdf_text(Path(download_info.value.path()).read_bytes())
    assert "최영삼" in text  # the seed's person, in the forum glossary's Hangul
    data = context.request.get(next(link for link in links if link.endswith(".json"))).json()
    assert data["kind"] == "digest" and len(data["inputs"]) == 2
    assert {i["document"] for i in data["inputs"]} == {"document.json"}  # no server paths
    page.goto(f"{base}/")
    assert "Forums of the week" in page.inner_text("#digests")
    context.close()
