"""Logging: the standard library's, set up once per process, on stderr.

Each module logs to its own `logging.getLogger("briefing.<module>")`. A record says what
happened in its message and carries the ids it is about as `extra` fields (`event`,
`user`, `brief`, `job`, `segments`, …): the text format appends them as key=value, the
JSON format (the log_format setting, BRIEFING_LOG_FORMAT=json, for servers) writes one
object per line with them as keys. Records carry ids, counts, durations and error
classes, never an article's text, a translation, a token or a password.

`configure` is called at the edge (the CLI's `main`, a job process); a library user who
never calls it gets no output from here, as the standard library intends.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any, TextIO

ROOT = "briefing"
LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}
SERVICES = {"serve", "worker"}  # commands whose records are an operator's log: info by default
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


def fields_of(record: logging.LogRecord) -> dict[str, Any]:
    """The `extra` fields a record was logged with."""
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD}


def _stamp(record: logging.LogRecord) -> str:
    seconds = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
    return f"{seconds}.{int(record.msecs):03d}Z"


class TextFormatter(logging.Formatter):
    """`2026-12-04T10:00:00.000Z info briefing.web.auth: signed in  role=organiser …`"""

    def format(self, record: logging.LogRecord) -> str:
        """One line: time, level, logger, message and the record's ids, then any traceback."""
        extra = " ".join(f"{k}={_plain(v)}" for k, v in fields_of(record).items())
        line = f"{_stamp(record)} {record.levelname.lower()} {record.name}: {record.getMessage()}"
        if extra:
            line += f"  {extra}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, then the record's fields."""

    def format(self, record: logging.LogRecord) -> str:
        """One JSON object: time, level, logger, message, the record's ids and any traceback."""
        data: dict[str, Any] = {
            "time": _stamp(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update(fields_of(record))
        if record.exc_info:
            data["traceback"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple, set)):
        return ",".join(str(v) for v in value)
    text = str(value)
    return json.dumps(text, ensure_ascii=False) if (" " in text or not text) else text


def level_of(name: str, command: str | None = None, verbose: int = 0, quiet: bool = False) -> int:
    """The level from the log_level setting and -v (info), -vv (debug) or -q (error)."""
    if quiet:
        return logging.ERROR
    if verbose:
        return logging.DEBUG if verbose > 1 else logging.INFO
    if name == "auto":
        return logging.INFO if command in SERVICES else logging.WARNING
    return LEVELS[name]


def level_name() -> str:
    """The package's level now, as the log_level setting names it (for child processes)."""
    level = logging.getLogger(ROOT).getEffectiveLevel()
    return next((name for name, value in LEVELS.items() if value == level), "warning")


class _Stderr(logging.StreamHandler):
    """A handler on whatever sys.stderr is when a record is written (a test's capture, a
    redirected stream), not on the one it was when logging was set up."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def configure(level: int, form: str = "text", stream: TextIO | None = None) -> logging.Handler:
    """Records of `level` and above from the package's loggers go to `stream` (stderr) as
    text or JSON; called again, it replaces its handler instead of adding one."""
    logger = logging.getLogger(ROOT)
    for old in list(logger.handlers):
        if getattr(old, "briefing", False):
            logger.removeHandler(old)
    handler: logging.Handler = logging.StreamHandler(stream) if stream else _Stderr()
    setattr(handler, "briefing", True)  # noqa: B010  (marks the handler this function owns)
    handler.setFormatter(JsonFormatter() if form == "json" else TextFormatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler
