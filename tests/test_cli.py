"""The `briefing` command as a user runs it: exit codes, one-line errors, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    env.pop("MT_MODEL", None)
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=600,
    )


def bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_text("  \n\t\n  ")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp / "latin1.txt").write_bytes("Vi\xe9t Nam".encode("latin-1"))
    (tmp / "big.txt").write_text("Một câu dài. " * 100_000)
    (tmp / "a-folder").mkdir()
    (tmp / "markup.html").write_text("<html><script>x()</script></html>")
    (tmp / "notes.rtf").write_text("{\\rtf1 Ngày 29/10, hội nghị khai mạc.}")
    return {
        "missing": (tmp / "nope.txt", "no such file"),
        "directory": (tmp / "a-folder", "is a directory"),
        "empty": (tmp / "empty.txt", "is empty"),
        "whitespace": (tmp / "blank.txt", "is empty"),
        "binary": (tmp / "binary.txt", "binary"),
        "not utf-8": (tmp / "latin1.txt", "is not UTF-8"),
        "too large": (tmp / "big.txt", "limit"),
        "markup only": (tmp / "markup.html", "no article text"),
        "unknown format": (
            tmp / "notes.rtf",
            "it reads .txt, .md, .markdown, .html, .htm, .docx, .pdf",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "directory",
        "empty",
        "whitespace",
        "binary",
        "not utf-8",
        "too large",
        "markup only",
        "unknown format",
    ],
)
def test_bad_input_is_one_clear_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = bad_inputs(tmp_path)[case]
    out = tmp_path / "out"
    code = main(["brief", str(path), "--out", str(out), "--backend", "fake"])
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert err.startswith("briefing: error: ") and "\n" not in err
    assert str(path) in err and expected in err
    assert "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_configurable_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ngày 29/10, Hội nghị AI khai mạc tại Hà Nội. " * 10)
    code = main(
        [
            "brief",
            str(article),
            "--out",
            str(tmp_path),
            "--backend",
            "fake",
            "--max-input-bytes",
            "100",
        ]
    )
    assert code == 2 and "100-byte limit" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_brief_reads_a_press_release(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefing brief` takes Word and PDF press releases (issue 25)."""
    from tests.test_reading import VI_BODY, VI_HEADLINE, _docx_vi, _two_column_pdf

    release = tmp_path / f"thong-cao.vi{suffix}"
    if suffix == ".docx":
        _docx_vi(release)
    else:
        _two_column_pdf(release, "BỘ KHOA HỌC VÀ CÔNG NGHỆ", VI_HEADLINE, VI_BODY)
    code = main(["brief", str(release), "--out", str(tmp_path / "out"), "--backend", "fake"])
    assert code == 0, capsys.readouterr().err
    document = json.loads((tmp_path / "out" / "thong-cao" / "document.json").read_text())
    assert document["article"]["format"] == suffix[1:]
    assert document["article"]["title"] == VI_HEADLINE
    assert document["segments"][0]["text"].startswith("Ngày 29/10, tại Hà Nội")


def test_fake_backend_run_and_output_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: Path
) -> None:
    code = main(
        [
            "brief",
            str(seed),
            "--out",
            str(tmp_path),
            "--backend",
            "fake",
            "--summary-sentences",
            "2",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "brief.ko.pdf" in captured.out and "manifest.json" in captured.out
    assert "briefing.pipeline" not in captured.err  # no log lines without -v
    assert (tmp_path / "vn-kr-digital-forum" / "draft.html").is_file()


def test_bad_setting_value(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: Path) -> None:
    code = main(
        ["brief", str(seed), "--out", str(tmp_path), "--backend", "fake"],
    )
    assert code == 0
    capsys.readouterr()
    os.environ["BRIEFING_BEAM_SIZE"] = "many"
    try:
        code = main(["brief", str(seed), "--out", str(tmp_path), "--backend", "fake"])
    finally:
        del os.environ["BRIEFING_BEAM_SIZE"]
    assert code == 2
    assert "BRIEFING_BEAM_SIZE" in capsys.readouterr().err


@pytest.mark.integration
def test_default_model_offline_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli(
        "brief",
        "seeds/vn-kr-digital-forum.vi.txt",
        "--out",
        str(tmp_path),
        "--models-dir",
        str(tmp_path / "m"),
    )
    assert result.returncode == 3
    err = result.stderr.strip().splitlines()[-1]
    assert "facebook/nllb-200-distilled-600M" in err
    assert "Hugging Face cache" in err and "briefing models pull" in err
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "vn-kr-digital-forum").exists()


@pytest.mark.integration
def test_tiny_model_end_to_end_from_another_directory(tmp_path: Path, tiny_nllb: Path) -> None:
    seed = ROOT / "seeds" / "vn-kr-digital-forum.vi.txt"
    result = run_cli(
        "brief", str(seed), "--mt-model", str(tiny_nllb), "--out", "runs", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    run = tmp_path / "runs" / "vn-kr-digital-forum"
    assert {p.name for p in run.iterdir()} == {
        "brief.ko.pdf", "brief.en.pdf", "brief.vi.pdf", "draft.vi-ko-en.pdf",
        "draft.html", "document.json", "manifest.json",
    }  # fmt: skip
    import json

    manifest = json.loads((run / "manifest.json").read_text())
    # named by its folder: the server's path stays out of what is handed on (issue 23)
    assert manifest["models"]["ko"]["model"] == tiny_nllb.name
    assert str(tiny_nllb.parent) not in (run / "manifest.json").read_text()
    assert manifest["models"]["ko"]["backend"] == "ct2"
    assert manifest["models"]["ko"]["compute_type"] == "int8"
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(run / "brief.ko.pdf").pages)
    assert "주요 내용" in text and "행사 개요" in text


def test_importing_the_cli_loads_no_model_library() -> None:
    code = (
        "import sys, briefing.cli; "
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules and 'weasyprint' not in sys.modules"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr


def test_models_list_shows_defaults_and_licences(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "vi-ko" in out and "facebook/nllb-200-distilled-600M" in out and "CC-BY-NC-4.0" in out
