"""Every error the tool raises on purpose.

    BriefingError
    ├── InputError          the article (or another input file) cannot be used
    │   ├── NotFoundError   a brief, text or language asked for is not there
    │   └── ReviewError     a reviewer's change cannot be made as asked (an empty text)
    │       └── ConflictError   the text changed since the reviewer saw it; nothing written
    ├── ConfigError         a flag, variable or catalog entry is wrong
    ├── ModelUnavailable    a model is neither on disk nor downloadable
    ├── ModelError          a model loaded but cannot do the job asked of it
    ├── FontCoverageError   text to render has characters no bundled font covers
    ├── RenderError         HTML or PDF rendering failed
    ├── OutputError         an output could not be written (a full disk, a read-only folder)
    └── DocumentError       a document.json that cannot be read or is of a newer schema

Each message says what went wrong and what to do next. Only the CLI turns them
into a line on stderr and an exit code; only `briefing.web.errors` turns them into HTTP
statuses.
"""

from __future__ import annotations

import errno
from pathlib import Path


class BriefingError(Exception):
    """Base class: the message is meant for the user, in one line."""

    exit_code = 1


class InputError(BriefingError):
    """The article, glossary or another input file cannot be read as given (exit 2)."""

    exit_code = 2


class NotFoundError(InputError):
    """A brief, a segment or label, or a language that the document does not have."""


class ReviewError(InputError):
    """A reviewer's change that cannot be made as asked: an empty translation, say."""


class ConflictError(ReviewError):
    """The text changed since the reviewer (or the file) saw it, or there is nothing to
    undo: nothing was written. `current` is the text as it now is, where there is one."""

    def __init__(self, message: str, current: str | None = None) -> None:
        super().__init__(message)
        self.current = current


class ConfigError(BriefingError):
    """A setting or option has a value it does not accept (exit 2)."""

    exit_code = 2


class ModelUnavailable(BriefingError):
    """A model is neither on disk nor reachable on the hub (exit 3)."""

    exit_code = 3


class ModelError(BriefingError):
    """A model is there but cannot be loaded or run (exit 3)."""

    exit_code = 3


class FontCoverageError(BriefingError):
    """Characters to be rendered that no bundled font draws (exit 4)."""

    exit_code = 4

    def __init__(self, missing: list[str], where: str = "") -> None:
        self.missing = missing
        listed = " ".join(f"{c!r} (U+{ord(c):04X})" for c in missing[:40])
        more = f" and {len(missing) - 40} more" if len(missing) > 40 else ""
        place = f" in {where}" if where else ""
        super().__init__(
            f"no bundled font has a glyph for {len(missing)} character(s){place}: {listed}{more}; "
            "fix the text or add a font that covers them to templates/fonts/"
        )


class RenderError(BriefingError):
    """A template or PDF could not be rendered (exit 4)."""

    exit_code = 4


class OutputError(BriefingError):
    """The outputs could not be written: full disk, read-only folder, no permission (exit 4)."""

    exit_code = 4

    @classmethod
    def writing(cls, where: Path, exc: OSError, kept: str) -> OutputError:
        """`exc`, met while writing into `where`, in words; `kept` says what is untouched."""
        if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
            reason, fix = "the disk is full (no space left on the device)", "free some space"
        elif exc.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
            reason, fix = f"the folder cannot be written ({exc.strerror})", "choose another --out"
        else:
            reason, fix = exc.strerror or str(exc), "check the folder"
        return cls(f"{where}: could not write the outputs: {reason}; {kept}; {fix} and run again")


class DocumentError(BriefingError):
    """A document.json that cannot be read: missing, damaged, or of another schema (exit 2)."""

    exit_code = 2
