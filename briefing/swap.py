"""Swapping two folders in one step, so that a run folder is never missing.

On Linux `renameat2(…, RENAME_EXCHANGE)` exchanges two paths atomically: a process killed
at any instant leaves the published folder holding either the previous run or the new
one, complete. Where the platform or the file system cannot (macOS, some network file
systems), `exchange` says so and the caller falls back to two renames.
"""

from __future__ import annotations

import ctypes
import errno
import glob
import hashlib
import os
import shutil
import sys
import time
from collections.abc import Collection
from pathlib import Path

from briefing.errors import InputError

AT_FDCWD = -100
RENAME_EXCHANGE = 2
UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV}


def exchange(first: Path, second: Path) -> bool:
    """Swap `first` and `second` (both must exist); False where that cannot be done in
    one step here, and nothing was changed."""
    if sys.platform != "linux":
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # a C library without renameat2 (glibc < 2.28, musl)
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes.append(ctypes.c_uint)
    done = renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def publish(staging: Path, final: Path, artifacts: Collection[str] = frozenset()) -> None:
    """Put a complete run folder in place of the previous run in one step. Files that are
    not the run's own `artifacts` (a translator's XLIFF files) are copied over first. Killed
    at any point, `final` holds the previous run or this one, whole: the folders are
    swapped by `briefing.swap.exchange`; where that cannot be done, the previous run is
    set aside for an instant, and a run killed in that instant has it put back by the
    next (`restore_set_aside`)."""
    if final.exists() and not final.is_dir():
        raise InputError(f"{final} exists and is not a folder; move it or choose another --out")
    restore_set_aside(final)
    if not final.exists():
        staging.rename(final)
        return
    for entry in final.iterdir():
        if entry.name not in artifacts and not (staging / entry.name).exists():
            if entry.is_dir() and not entry.is_symlink():
                shutil.copytree(entry, staging / entry.name, symlinks=True)
            else:
                shutil.copy2(entry, staging / entry.name, follow_symlinks=False)
    if exchange(staging, final):  # `staging` now holds the previous run
        shutil.rmtree(staging, ignore_errors=True)
        return
    old = final.with_name(f"{SET_ASIDE.format(name=final.name)}{int(time.time() * 1000)}")
    final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


SET_ASIDE = ".{name}.old-"


def restore_set_aside(final: Path) -> None:
    """A run killed between setting the previous run aside and putting its own in place
    left the previous one as `.<name>.old-<ms>` and no `final`: it goes back."""
    if final.exists():
        return
    prefix = SET_ASIDE.format(name=final.name)
    aside = sorted(
        (p for p in final.parent.glob(f"{glob.escape(prefix)}*") if p.is_dir()),
        key=lambda p: p.name,
    )
    if aside:
        aside[-1].rename(final)
