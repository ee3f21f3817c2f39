"""glibc's heap, handed back what translation freed (a no-op elsewhere).

The translation engine allocates attention caches of many megabytes per decoding step
from two threads at once, and frees them when a batch ends. glibc keeps freed memory for
reuse and gives little of it back: the process's resident memory then stays near its
peak through rendering, when a forked renderer adds its own. `trim` hands the free pages
back once translation is over (unless the `heap` setting, BRIEFING_HEAP, is `default`:
bench comparisons).

Measured and not kept (seed brief, 600M model, 2-vCPU Zen 3, 2026-12-03): one malloc
arena for every thread (`mallopt(M_ARENA_MAX, 1)`) lowered the peak by 50-70 MB but
slowed the rendering that followed from 3.0 s to 4.7 s, as Python then allocates from the
arena the engine's threads left fragmented.
"""

from __future__ import annotations

import ctypes
from contextlib import suppress
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # not glibc
        return None
    return libc


def trim() -> bool:
    """Hand the heap's free pages back to the system; True if any were."""
    libc = _libc()
    return bool(libc and libc.malloc_trim(0))


def status_mb(field: str) -> float:
    """A memory line of /proc/self/status (`VmRSS`, `VmHWM`, …) in MB; 0 where it is missing."""
    with suppress(OSError), open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return 0.0


def resident_mb() -> float:
    """This process's resident memory now (VmRSS), in MB; 0 where /proc is missing."""
    return status_mb("VmRSS")
