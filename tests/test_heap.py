"""glibc's heap: free pages handed back, resident memory read."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from briefing import heap

glibc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or heap._libc() is None, reason="needs glibc"
)


@glibc
def test_trim_hands_freed_pages_back() -> None:
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    before = heap.resident_mb()
    blocks = [libc.malloc(4000) for _ in range(40_000)]  # 160 MB below the mmap threshold
    for block in blocks:
        ctypes.memset(block, 1, 4000)
    pin = libc.malloc(4000)  # above them on the heap: glibc cannot shrink the heap's top
    for block in blocks:
        libc.free(block)
    held = heap.resident_mb()
    assert held - before > 100  # freed, and still resident
    assert heap.trim()
    assert held - heap.resident_mb() > 100  # handed back
    libc.free(pin)


@pytest.mark.parametrize("setting, trims", [("trim", 1), ("default", 0)])
def test_left_alone_when_asked(
    setting: str, trims: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import SEED
    from tests.test_pipeline import fake_run

    calls: list[int] = []
    monkeypatch.setattr(heap, "trim", lambda: bool(calls.append(1)))
    fake_run(SEED, tmp_path, heap=setting)
    assert len(calls) == trims


def test_resident_memory_is_read() -> None:
    assert heap.resident_mb() > 10 or not sys.platform.startswith("linux")
