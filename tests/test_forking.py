"""Rendering shared with a forked copy of the process: the same files as rendering alone,
and a helper that fails costs nothing but time."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest

from briefing import forking
from briefing.pipeline import RenderJob, SilentReporter, render_all, share_out
from tests.test_pipeline import fake_run, pdf_text

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux fork")


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.conftest import SEED

    return fake_run(SEED, tmp_path_factory.mktemp("out"))


def test_start_returns_the_childs_result() -> None:
    parent = os.getpid()
    waiter = forking.start(lambda: {"pid": os.getpid()})
    assert waiter is not None
    result = waiter()
    assert result is not None and result["pid"] != parent and result["private_mb"] >= 0


@pytest.mark.parametrize(
    "work",
    [
        lambda: {"x": 1 / 0},  # an exception
        lambda: os.kill(os.getpid(), signal.SIGKILL) or {},  # killed
        lambda: {"not json": object()},  # a result that cannot be sent
    ],
)
def test_a_failed_child_gives_none(work) -> None:  # type: ignore[no-untyped-def]
    waiter = forking.start(work)
    assert waiter is not None and waiter() is None


def test_turned_off_by_setting() -> None:
    assert forking.available(2) and not forking.available(1)


@pytest.mark.parametrize(
    "costs",
    [[10, 1, 1, 1, 1], [5, 4, 3, 3, 2], [1, 1], [7]],
)
def test_share_out_balances_and_keeps_every_job(costs: list[int]) -> None:
    jobs = [RenderJob(f"job{i}", lambda: [], cost) for i, cost in enumerate(costs)]
    there, here = share_out(jobs)
    assert sorted(j.name for j in there + here) == sorted(j.name for j in jobs)
    heavier, lighter = sorted((sum(j.cost for j in b) for b in (there, here)), reverse=True)
    assert heavier - lighter <= max(costs)  # never more apart than one job
    assert max(jobs, key=lambda j: j.cost) in there  # the largest goes to the helper


def _texts(folder: Path) -> dict[str, str]:
    out = {pdf.name: pdf_text(pdf) for pdf in sorted(folder.glob("*.pdf"))}
    out["draft.html"] = (folder / "draft.html").read_text(encoding="utf-8")
    return out


def test_rendered_with_a_helper_as_alone(seed_run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sig = {"briefing": "test"}
    together, alone = tmp_path / "together", tmp_path / "alone"
    together.mkdir(), alone.mkdir()
    helped = render_all(seed_run.document, sig, together, SilentReporter(), processes=2)
    assert helped.helper_private_mb is not None
    single = render_all(seed_run.document, sig, alone, SilentReporter())
    assert single.helper_private_mb is None
    assert sorted(p.name for p in together.iterdir()) == sorted(p.name for p in alone.iterdir())
    assert len(list(together.glob("*.pdf"))) == 4
    assert _texts(together) == _texts(alone)


def test_helper_that_fails_is_replaced_here(
    seed_run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from briefing import render

    parent = os.getpid()
    real = render.write_pdf

    def only_here(html: str, target: Path) -> list[str]:
        if os.getpid() != parent:
            raise OSError("the helper's disk is full")
        return real(html, target)

    monkeypatch.setattr(render, "write_pdf", only_here)
    rendered = render_all(
        seed_run.document, {"briefing": "test"}, tmp_path, SilentReporter(), processes=2
    )
    assert rendered.helper_private_mb is None  # the helper failed ...
    assert len(list(tmp_path.glob("*.pdf"))) == 4  # ... and its files were rendered here
    assert (tmp_path / "draft.html").is_file()


def test_one_process_by_default(tmp_path: Path) -> None:
    from tests.conftest import SEED

    manifest = json.loads((fake_run(SEED, tmp_path).run_dir / "manifest.json").read_text())
    assert manifest["render"] == {
        "processes": 1,
        "helper_private_mb": None,
        "resident_mb_at_render": manifest["render"]["resident_mb_at_render"],
    }
