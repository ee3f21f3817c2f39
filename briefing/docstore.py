"""One writer at a time for a run's document.json.

Every change (a CLI import, a render, a web edit, a job) takes a lock that works across
processes (`filelock`, a `.document.json.lock` file beside it), reads the file again
under the lock, applies its change and writes atomically. Two imports at once both
land; neither reads a document the other is about to replace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from filelock import FileLock, Timeout

from briefing.document import Document, load, save
from briefing.errors import DocumentError, OutputError

T = TypeVar("T")
WAIT_S = 120.0  # a render of a long brief holds the lock for seconds, not minutes


def lock_path(path: Path) -> Path:
    """The lock file beside `path` that writers of that document take."""
    return path.with_name(f".{path.name}.lock")


@contextmanager
def locked(path: Path, timeout: float = WAIT_S) -> Iterator[None]:
    """Hold the document's lock (re-entrant within a process)."""
    lock = FileLock(str(lock_path(path)), timeout=timeout)
    try:
        with lock:
            yield
    except Timeout:
        raise DocumentError(
            f"{path}: another briefing process has held it for {timeout:.0f} s; "
            "wait for it to finish and try again"
        ) from None


def update(path: Path, change: Callable[[Document], T], *, write: bool = True) -> T:
    """Read `path` under its lock, apply `change`, write the result atomically (unless
    `change` raised, or `write` is False); returns what `change` returned."""
    with locked(path):
        document = load(path)
        result = change(document)
        if write:
            written(document, path)
        return result


def written(document: Document, path: Path) -> None:
    """Save `document` to `path` atomically; a failed write is an OutputError and leaves
    the file as it was. The caller holds the lock."""
    try:
        save(document, path)
    except OSError as exc:
        raise OutputError.writing(path, exc, f"{path.name} is as it was") from None
