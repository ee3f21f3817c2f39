"""glibc's heap: free pages handed back, resident memory read."""

from __future__ import annotations

import ctypes
import sys

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


def test_left_alone_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HEAP", "default")
    heap._libc.cache_clear()
    try:
        assert heap.trim() is False
    finally:
        monkeypatch.delenv("BRIEFING_HEAP")
        heap._libc.cache_clear()


def test_resident_memory_is_read() -> None:
    assert heap.resident_mb() > 10 or not sys.platform.startswith("linux")
