"""Run a piece of work in a forked copy of this process, next to the work done here.

Rendering is most of what is left after translation, and WeasyPrint lays a document out
in Python, one core at a time. A fork inherits everything the process has already
imported and warmed (WeasyPrint, Fontconfig, Pango; no start-up, no second import), so
one PDF can be laid out on the second core while this process does the others.

The child runs the work, writes its JSON result to a pipe and leaves with `os._exit`
(no atexit handlers, no flush of buffers it shares with the parent). Whatever goes wrong
in the child (an exception, a signal, a platform without `fork`) comes back to the
caller as `None`, and the caller does the work itself: a failure is then reported
exactly as it would be without the fork, and nothing is lost.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from typing import Any

Waiter = Callable[[], dict[str, Any] | None]


def available(processes: int = 2) -> bool:
    """Linux with fork, and asked for (`processes` 2: the render_processes setting,
    BRIEFING_RENDER_PROCESSES). Off by default: in one CI run a forked child crashed
    (SIGSEGV inside cffi's C parser, a fork of a threaded process); the parent then
    rendered its files, but a fork is not yet safe enough to be the default."""
    return processes == 2 and sys.platform == "linux" and hasattr(os, "fork")


def private_mb() -> float:
    """Memory this process holds that is not shared with its parent (Private_* of
    /proc/self/smaps_rollup): what a forked child really adds to the machine."""
    total = 0
    with suppress(OSError), open("/proc/self/smaps_rollup", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(("Private_Clean:", "Private_Dirty:")):
                total += int(line.split()[1])
    return round(total / 1024, 1)


def start(work: Callable[[], dict[str, Any]]) -> Waiter | None:
    """Fork a child that runs `work`; returns what waits for the child and gives its
    result (with `private_mb` added), or None if no child could be started. The waiter
    returns None when the child failed in any way."""
    if not available():
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: never returns
        status = 1
        try:
            os.close(read_end)
            result = {**work(), "private_mb": private_mb()}
            with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
                pipe.write(json.dumps(result))
            status = 0
        except BaseException:
            pass
        finally:
            os._exit(status)
    os.close(write_end)

    def wait() -> dict[str, Any] | None:
        try:
            with os.fdopen(read_end, encoding="utf-8") as pipe:
                data = pipe.read()
        finally:
            _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            return None
        try:
            result: dict[str, Any] = json.loads(data)
        except json.JSONDecodeError:
            return None
        return result

    return wait
