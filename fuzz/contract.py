"""What every fuzz target asserts about a reader of outside input.

Every outcome is a result or the project's own error (`briefing.errors.BriefingError`)
whose message is one line meant for a person; any other exception escapes to the fuzzer
as a crash. A refused import leaves the file it would have changed byte for byte as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefing.errors import BriefingError

T = TypeVar("T")


class ContractBroken(AssertionError):
    """A reader answered in a way the contract forbids (not a crash of the reader itself)."""


def one_line(exc: BriefingError) -> None:
    """The error is what the CLI prints: one non-empty line, no traceback."""
    message = str(exc)
    if not message.strip():
        raise ContractBroken(f"{type(exc).__name__} with an empty message")
    if "\n" in message or "\r" in message:
        raise ContractBroken(f"{type(exc).__name__} message is not one line: {message!r}")
    if "Traceback (most recent call last)" in message:
        raise ContractBroken(f"{type(exc).__name__} message carries a traceback")


def outcome(call: Callable[[], T]) -> T | BriefingError:
    """`call()`'s result, or the BriefingError it raised (checked to be one line)."""
    try:
        return call()
    except BriefingError as exc:
        one_line(exc)
        return exc


def unchanged(path: Path, before: bytes, what: str) -> None:
    """A refused change left `path` as it was."""
    if path.read_bytes() != before:
        raise ContractBroken(f"{what} was refused but {path.name} changed")
