"""Logging: the formats, -v/-q, and the web service's records of who did what, with ids
and without article text or secrets."""

from __future__ import annotations

import io
import json
import logging
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from briefing import logs
from briefing.cli import build_parser, main
from briefing.config import Settings
from briefing.web.app import create_app
from briefing.web.config import load_web_settings
from tests.test_web import SEED, create, paste, sign_in, wait


def record(**extra: object) -> logging.LogRecord:
    made = logging.LogRecord(
        "briefing.web.x", logging.INFO, __file__, 1, "signed %s", ("in",), None
    )
    made.__dict__.update(extra)
    return made


def test_json_lines_carry_the_ids() -> None:
    line = logs.JsonFormatter().format(record(event="sign-in", user="Lan", brief=3))
    data = json.loads(line)
    assert data["message"] == "signed in" and data["level"] == "info"
    assert data["logger"] == "briefing.web.x" and re.fullmatch(r"\d{4}-.*Z", data["time"])
    assert (data["event"], data["user"], data["brief"]) == ("sign-in", "Lan", 3)


def test_text_lines_carry_the_ids() -> None:
    line = logs.TextFormatter().format(record(user="Lan Anh", segments=["p1s1", "p2s1"]))
    assert line.endswith('info briefing.web.x: signed in  user="Lan Anh" segments=p1s1,p2s1')


@pytest.mark.parametrize(
    "argv, level",
    [
        (["settings"], logging.WARNING),
        (["-v", "settings"], logging.INFO),
        (["settings", "-vv"], logging.DEBUG),
        (["-q", "settings"], logging.ERROR),
        (["review", "import", "x.xlf", "-v"], logging.INFO),
        (["serve"], logging.INFO),
        (["worker", "-q"], logging.ERROR),
    ],
)
def test_verbose_and_quiet(argv: list[str], level: int) -> None:
    args = build_parser().parse_args(argv)
    assert logs.level_of("auto", args.command, args.verbose, args.quiet) == level


def test_the_setting_chooses_level_and_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_LOG_LEVEL", "debug")
    monkeypatch.setenv("BRIEFING_LOG_FORMAT", "json")
    assert main(["settings", "--markdown"]) == 0
    logger = logging.getLogger("briefing")
    mine = [h for h in logger.handlers if getattr(h, "briefing", False)]
    assert logger.level == logging.DEBUG
    assert len(mine) == 1 and isinstance(mine[0].formatter, logs.JsonFormatter)
    logger.setLevel(logging.NOTSET)


def test_a_verbose_brief_logs_where_it_went(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brief", str(SEED), "--out", str(tmp_path), "--backend", "fake", "-v"]) == 0
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if "brief written" in line)
    assert "briefing.pipeline" in line and str(tmp_path) in line and "run=" in line
    logging.getLogger("briefing").setLevel(logging.NOTSET)


ARTICLE = (
    "Sáng 29/10, Diễn đàn Kinh tế số Việt Nam - Hàn Quốc khai mạc tại Hà Nội. "
    "Hơn 300 doanh nghiệp tham dự diễn đàn."
)


@pytest.fixture
def web(tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = load_web_settings(tmp_path / "data", env={})
    app = create_app(settings, Settings(backend="fake", memory=str(tmp_path / "m.sqlite")))
    with TestClient(app) as client:
        yield client, settings


def events(caplog: pytest.LogCaptureFixture, name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if getattr(r, "event", None) == name]


def test_the_web_service_logs_who_did_what(web, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    caplog.set_level(logging.INFO, logger="briefing")
    assert client.post("/login", data={"token": "not-a-token"}).status_code == 401
    token = sign_in(client, settings.organiser_token, "Lan")
    brief_id = paste(client, token, ARTICLE, "Diễn đàn")
    assert wait(client, brief_id)["state"] == "ready"
    page = client.get(f"/briefs/{brief_id}/review").text
    version = int(
        re.search(r'/segments/p1s1/ko".*?name="version" value="(\d+)"', page, re.S).group(1)
    )
    edited = "포럼이 하노이에서 열렸다 (검토자 수정)."
    client.post(
        f"/briefs/{brief_id}/segments/p1s1/ko",
        data={"csrf": token, "text": edited, "version": version},
    )
    client.post(
        f"/briefs/{brief_id}/segments/p1s1/ko/approve",
        data={"csrf": token, "version": version + 1},
    )
    client.post(f"/briefs/{brief_id}/segments/p1s1/ko/undo", data={"csrf": token})
    client.post(
        f"/briefs/{brief_id}/segments/p1s1/ko", data={"csrf": token, "text": "x", "version": 1}
    )  # a stale form: a conflict
    body = client.get(f"/briefs/{brief_id}/xliff/en").text
    body = re.sub(
        r'state="needs-review-translation">[^<]*<',
        'state="final">Reviewed in a CAT tool.<',
        body,
        count=1,
    )
    client.post(
        f"/briefs/{brief_id}/xliff",
        data={"csrf": token},
        files={"file": ("vi-en.xlf", body.encode(), "application/xml")},
    )
    client.post(f"/briefs/{brief_id}/approve/en", data={"csrf": token, "confirm": "yes"})
    client.post("/logout", data={"csrf": token})

    (refused,) = events(caplog, "sign-in.refused")
    assert refused.outcome == "wrong token" and refused.client  # type: ignore[attr-defined]
    (signed,) = events(caplog, "sign-in")
    assert (signed.role, signed.user, signed.outcome) == ("organiser", "Lan", "ok")  # type: ignore[attr-defined]
    (created,) = events(caplog, "brief.created")
    assert (created.brief, created.user) == (brief_id, "Lan") and created.job  # type: ignore[attr-defined]
    (started,) = events(caplog, "job.started")
    (done,) = events(caplog, "job.done")
    assert started.job == done.job == created.job and done.brief == brief_id  # type: ignore[attr-defined]
    assert done.kind == "brief" and done.seconds >= 0 and done.run  # type: ignore[attr-defined]
    for name in ("segment.edited", "segment.approved", "segment.undone", "segment.conflict"):
        (change,) = events(caplog, name)
        assert (change.brief, change.segment, change.language, change.user) == (  # type: ignore[attr-defined]
            brief_id,
            "p1s1",
            "ko",
            "Lan",
        )
    (imported,) = events(caplog, "brief.imported")
    assert imported.brief == brief_id and imported.language == "en"  # type: ignore[attr-defined]
    assert imported.changed == len(imported.segments) == 1  # type: ignore[attr-defined]
    (everything,) = events(caplog, "brief.approved-all")
    assert everything.language == "en" and everything.count == len(everything.segments) > 0  # type: ignore[attr-defined]
    assert "p1s2" in everything.segments  # type: ignore[attr-defined]
    assert events(caplog, "sign-out")

    written = "\n".join(
        form.format(r)
        for r in caplog.records
        if r.name.startswith("briefing")
        for form in (logs.JsonFormatter(), logs.TextFormatter())
    )
    secrets = (settings.organiser_token, settings.reviewer_token, settings.secret, "not-a-token")
    for secret in secrets:
        assert secret not in written
    for text in (ARTICLE[:40], "Hơn 300 doanh nghiệp", edited, "Diễn đàn Kinh tế"):
        assert text not in written


def test_a_failed_job_is_logged_with_its_error(
    web, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    client, settings = web
    caplog.set_level(logging.INFO, logger="briefing")

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the engine fell over")

    monkeypatch.setattr("briefing.pipeline.run_brief", broken)
    brief_id = create(client, sign_in(client, settings.organiser_token))
    assert wait(client, brief_id)["state"] == "failed"
    (failed,) = events(caplog, "job.failed")
    assert failed.levelno == logging.ERROR and failed.brief == brief_id  # type: ignore[attr-defined]
    assert (failed.error, failed.reason) == ("RuntimeError", "the engine fell over")  # type: ignore[attr-defined]
    assert failed.exc_info is not None  # a bug: its traceback goes with it
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JsonFormatter())
    handler.emit(failed)
    assert json.loads(stream.getvalue())["traceback"].startswith("Traceback")
