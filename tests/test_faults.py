"""Faults (issue 22): a disk that fills while rendering, a process killed while publishing,
a corrupted document.json or memory.sqlite. Each test says what it simulates; in each the
earlier output is byte for byte what it was and the message is one clear line."""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing import docstore
from briefing.cli import main
from briefing.config import Settings
from briefing.document import Translation, load
from briefing.errors import OutputError
from briefing.memory import TranslationMemory, Unit
from briefing.pipeline import ARTIFACTS, BriefResult, run_brief
from briefing.review import export_all
from briefing.summarize import create as create_summarizer
from briefing.translate.fake import FakeTranslator

pytestmark = pytest.mark.pdf
CHILD = Path(__file__).resolve().parent / "publish_child.py"
EDITED = "편집자가 승인한 번역입니다."


def brief(seed: Path, out: Path, memory: str = "none") -> BriefResult:
    fake = FakeTranslator()
    return run_brief(
        seed,
        Settings(out_dir=out, backend="fake", memory=memory),
        translators={"ko": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
    )


def reviewed_run(seed: Path, out: Path, memory: str = "none") -> Path:
    """A run a translator has worked on: an approved edit in document.json and the
    translator's XLIFF files beside it."""
    run_dir = brief(seed, out, memory).run_dir

    def approve(document: Any) -> None:
        document.segments[0].translations["ko"] = Translation(EDITED, "human", "approved")

    docstore.update(run_dir / "document.json", approve)
    export_all(load(run_dir / "document.json"), run_dir)
    return run_dir


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def leftovers(out: Path, run_dir: Path) -> list[str]:
    """What a failed or killed run left in --out besides the run folder."""
    return sorted(p.name for p in out.iterdir() if p != run_dir)


# ----------------------------------------------------------------- a disk that fills up


class FillingDisk:
    """Simulated: every file opened for writing under `folder` counts its bytes, and the
    write that passes `budget` fails with ENOSPC, as a full disk answers."""

    def __init__(self, folder: Path, budget: int, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder, self.budget, self.written = folder.resolve(), budget, 0
        self.failed: list[str] = []
        real_open = io.open

        def filling_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real_open(file, mode, *args, **kwargs)
            writing = any(m in mode for m in "wax+")
            if writing and isinstance(file, str | os.PathLike):
                path = Path(os.fsdecode(file)).resolve()
                if path.is_relative_to(self.folder):
                    return Counted(handle, path, self)
            return handle

        monkeypatch.setattr(builtins, "open", filling_open)
        monkeypatch.setattr(io, "open", filling_open)


class Counted:
    def __init__(self, handle: Any, path: Path, disk: FillingDisk) -> None:
        self._handle, self._path, self._disk = handle, path, disk

    def write(self, data: Any) -> int:
        self._disk.written += len(data)
        if self._disk.written > self._disk.budget:
            self._disk.failed.append(self._path.name)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self._path))
        return int(self._handle.write(data))

    def __enter__(self) -> Counted:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MiB tmpfs (the first run writes about 1 MB): needs the right to mount."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(
            f"cannot mount a tmpfs here ({mounted.stderr.strip() or 'not root'}); "
            "the simulated full disk covers the same code"
        )
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill the file system of `disk` until `leave` bytes are free."""
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    filler = disk / "filler"
    with filler.open("wb") as handle:
        handle.truncate(0)
        remaining = max(0, free - leave)
        while remaining:
            chunk = min(remaining, 1 << 20)
            handle.write(b"\0" * chunk)
            remaining -= chunk
    return filler


def check_full_disk_refusal(exc: OutputError, kept: str) -> None:
    message = str(exc)
    assert "\n" not in message
    assert "the disk is full (no space left on the device)" in message
    assert kept in message and "free some space and run again" in message


def test_a_disk_that_fills_during_rendering_keeps_the_earlier_run_tmpfs(
    small_disk: Path, seed: Path
) -> None:
    """A real full disk (tmpfs of 4 MiB, filled to 300 KB free): the rerun fails while
    writing its PDFs; the reviewed run before it is untouched, nothing is left over, and
    once space is freed the next run succeeds."""
    out = small_disk / "out"
    run_dir = reviewed_run(seed, out)
    before = snapshot(run_dir)
    filler = fill(small_disk, 300_000)
    with pytest.raises(OutputError) as refused:
        brief(seed, out)
    check_full_disk_refusal(refused.value, "the earlier output there is untouched")
    assert snapshot(run_dir) == before
    assert leftovers(out, run_dir) == []
    filler.unlink()
    again = brief(seed, out)
    assert load(again.run_dir / "document.json").segments[0].translations["ko"].text == EDITED


def test_a_disk_that_fills_during_rendering_keeps_the_earlier_run_simulated(
    tmp_path: Path, seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A simulated full disk (the write layer answers ENOSPC after 300 KB, see
    FillingDisk), for machines where a tmpfs cannot be mounted: the same promises."""
    out = tmp_path / "out"
    run_dir = reviewed_run(seed, out)
    before = snapshot(run_dir)
    disk = FillingDisk(out, 300_000, monkeypatch)
    with pytest.raises(OutputError) as refused:
        brief(seed, out)
    assert disk.failed and disk.failed[0].endswith(".pdf")  # it failed while rendering
    check_full_disk_refusal(refused.value, "the earlier output there is untouched")
    monkeypatch.undo()
    assert snapshot(run_dir) == before
    assert leftovers(out, run_dir) == []


def test_a_disk_that_fills_during_a_rerender_keeps_the_earlier_files(
    tmp_path: Path, seed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefing render` on a simulated full disk (ENOSPC after 300 KB): exit 4, one line
    on stderr, every file of the run as it was and no staging folder left in it."""
    run_dir = reviewed_run(seed, tmp_path / "out")
    before = snapshot(run_dir)
    disk = FillingDisk(run_dir, 300_000, monkeypatch)
    code = main(["render", str(run_dir / "document.json")])
    monkeypatch.undo()
    assert disk.failed
    assert code == 4
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and error.startswith("briefing: error: ")
    assert "the disk is full" in error and "the earlier files there are untouched" in error
    assert snapshot(run_dir) == before
    assert sorted(p.name for p in run_dir.iterdir() if p.is_dir()) == []


def test_a_disk_that_fills_during_an_import_keeps_document_json(
    tmp_path: Path, seed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefing review import` when the disk is full (simulated: ENOSPC on the first byte
    written): exit 4, one line, document.json as it was, no half-written staging file."""
    run_dir = reviewed_run(seed, tmp_path / "out")
    xliff = run_dir / "vi-en.xlf"
    xliff.write_text(
        xliff.read_text(encoding="utf-8").replace(
            'state="needs-review-translation"', 'state="final"'
        ),
        encoding="utf-8",
    )
    before = snapshot(run_dir)
    FillingDisk(run_dir, 0, monkeypatch)
    code = main(["review", "import", str(xliff), "--memory", "none"])
    monkeypatch.undo()
    assert code == 4
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "the disk is full" in error
    assert "document.json is as it was" in error
    assert snapshot(run_dir) == before


# ----------------------------------------------------------------- killed while publishing


def killed_at(seed: Path, out: Path, step: str, mode: str) -> None:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(seed), str(out), step, mode],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "PYTHONPATH": str(CHILD.parent.parent)},
    )
    assert done.returncode == -signal.SIGKILL, (
        f"the child was not killed at {step} (exit {done.returncode}): {done.stderr[-2000:]}"
    )


def complete(run_dir: Path, xliff: dict[str, bytes]) -> None:
    """A whole run with the translator's work in it."""
    names = {p.name for p in run_dir.iterdir()}
    assert {"document.json", "manifest.json", "draft.html", "brief.ko.pdf"} <= names
    assert names >= set(xliff)
    for name, data in xliff.items():
        assert (run_dir / name).read_bytes() == data
    for pdf in run_dir.glob("*.pdf"):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert load(run_dir / "document.json").segments[0].translations["ko"].text == EDITED


@pytest.mark.parametrize(
    "step, mode",
    [
        ("start", "swap"),
        ("copied", "swap"),
        ("in-place", "swap"),
        ("set-aside", "renames"),
        ("in-place", "renames"),
    ],
)
def test_a_process_killed_while_publishing_loses_no_earlier_output(
    tmp_path: Path, seed: Path, step: str, mode: str
) -> None:
    """A real `run_brief` in a subprocess, killed with SIGKILL at `step` of the publish
    step (tests/publish_child.py). With the folders swapped in one step (`swap`, Linux),
    the run folder right after the kill is the earlier run byte for byte, or the new one
    whole with the translator's files. With two renames (`renames`, where renameat2 is
    missing), a kill between them leaves the earlier run set aside, and the next run puts
    it back before it reads it: nothing reviewed is lost."""
    out = tmp_path / "out"
    run_dir = reviewed_run(seed, out)
    before = snapshot(run_dir)
    xliff = {name: data for name, data in before.items() if name not in ARTIFACTS}
    assert xliff  # the translator's files, which are not the run's own artifacts
    killed_at(seed, out, step, mode)
    if step in {"start", "copied"}:
        assert snapshot(run_dir) == before
    elif step == "set-aside":
        assert not run_dir.exists()  # set aside: the next run puts it back
        again = brief(seed, out)
        assert again.run_dir == run_dir
        complete(run_dir, xliff)
    else:
        complete(run_dir, xliff)
    assert not list(out.glob(f".{run_dir.name}.old-*")) or step == "in-place"


# ----------------------------------------------------------------- corrupted files


def corruptions(data: bytes) -> dict[str, bytes]:
    half = len(data) // 2
    return {
        "truncated": data[:half],
        "zeroed": data[:half] + b"\0" * 4096 + data[half + 4096 :],
        "garbage": bytes((i * 131 + 7) % 256 for i in range(len(data))),
        "empty": b"",
    }


@pytest.mark.parametrize("kind", ["truncated", "zeroed", "garbage", "empty", "not-a-document"])
def test_a_corrupted_document_json_gives_one_line_and_loses_nothing(
    tmp_path: Path, seed: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """document.json damaged on disk (cut short, zeroed in the middle, overwritten, empty,
    valid JSON of another shape): `briefing render`, `briefing review import` and a rerun
    into the folder each refuse it in one line, and every file stays as it was."""
    run_dir = reviewed_run(seed, tmp_path / "out")
    path = run_dir / "document.json"
    damaged = (
        b'{"schema_version": 1, "segments": "none"}'
        if kind == "not-a-document"
        else corruptions(path.read_bytes())[kind]
    )
    path.write_bytes(damaged)
    before = snapshot(run_dir)
    commands = [
        ["render", str(path)],
        ["review", "import", str(run_dir / "vi-ko.xlf"), "--memory", "none"],
        [
            "brief",
            str(seed),
            "--out",
            str(tmp_path / "out"),
            "--backend",
            "fake",
            "--memory",
            "none",
        ],
    ]
    for command in commands:
        code = main(command)
        error = capsys.readouterr().err.strip().splitlines()[-1]  # after the progress lines
        assert code == 2, (command[0], error)
        assert error.startswith("briefing: error: "), error
        assert "document.json" in error and "internal error" not in error
        assert snapshot(run_dir) == before, command[0]
    assert leftovers(tmp_path / "out", run_dir) == []


def memory_with_entries(path: Path) -> None:
    with TranslationMemory(path) as memory:
        memory.add(
            [
                Unit(
                    "vi",
                    "ko",
                    f"Câu số {n} về hợp tác số giữa hai nước.",
                    f"양국 디지털 협력 문장 {n}.",
                )
                for n in range(400)
            ]
        )
        memory._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_memory(path: Path, kind: str) -> None:
    data = path.read_bytes()
    if kind == "header":
        data = b"this is not SQLite" + data[18:]
    elif kind == "truncated":
        data = data[: len(data) // 2 + 100]
    else:  # the pages after the first: the schema reads, the table does not
        data = data[:4096] + bytes((i * 37 + 11) % 256 for i in range(len(data) - 4096))
    path.write_bytes(data)


@pytest.mark.parametrize("kind", ["header", "truncated", "pages"])
def test_a_corrupted_memory_sqlite_gives_one_line_and_loses_nothing(
    tmp_path: Path, seed: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """memory.sqlite damaged on disk (its header overwritten, cut in half, its pages
    overwritten): a run that uses it, `briefing memory export` and `briefing memory import`
    each refuse it in one line naming the file; the memory file and the earlier run are
    byte for byte as they were."""
    memory = tmp_path / "state" / "memory.sqlite"
    memory.parent.mkdir()
    memory_with_entries(memory)
    out = tmp_path / "out"
    run_dir = reviewed_run(seed, out, memory="none")
    damage_memory(memory, kind)
    before_memory = memory.read_bytes()
    before_run = snapshot(run_dir)
    tmx = tmp_path / "memory.tmx"
    shutil.copy(
        Path(__file__).resolve().parent.parent / "fuzz" / "corpus" / "tmx" / "memory.tmx", tmx
    )
    commands = [
        ["brief", str(seed), "--out", str(out), "--backend", "fake", "--memory", str(memory)],
        ["memory", "export", str(tmp_path / "export.tmx"), "--memory", str(memory)],
        ["memory", "import", str(tmx), "--memory", str(memory)],
    ]
    for command in commands:
        code = main(command)
        error = capsys.readouterr().err.strip().splitlines()[-1]  # after the progress lines
        assert code == 2, (command[:2], error)
        assert error.startswith("briefing: error: "), error
        assert str(memory) in error and "internal error" not in error
        assert memory.read_bytes() == before_memory, command[:2]
        assert snapshot(run_dir) == before_run, command[:2]
    assert not (tmp_path / "export.tmx").exists()
    assert leftovers(out, run_dir) == []
    with pytest.raises(sqlite3.DatabaseError):  # it really is damaged
        sqlite3.connect(memory).execute("SELECT count(*) FROM units").fetchone()
