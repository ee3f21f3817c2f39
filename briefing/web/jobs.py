"""Jobs: what a brief's job does, and the queues that run it.

A job is identified by (brief id, job id); everything else it needs is in the brief's
folder under the data directory (the uploaded article, `options.json`, a glossary), so a
worker on another machine that shares the data folder can run it. `run_job` is
idempotent: a job already done is skipped, and outputs are published atomically, so a
job delivered twice (its first worker died) finishes once more with the same result.

Two queues run jobs:
- `CeleryQueue` (briefing.web.tasks; what `briefing serve` uses): a Celery task, acknowledged late, in a
  broker in the data folder (SQLite, nothing to install) or Redis / RabbitMQ; workers are
  `briefing worker` processes, each loading its models once;
- `LocalQueue` (briefing.web.running): a thread of the web process itself, for tests and
  the load test.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select

from briefing.config import Settings
from briefing.document import Document
from briefing.errors import BriefingError
from briefing.labels import labels_of
from briefing.translate import Translator
from briefing.web.store import Brief, Job, SegmentRow, Store, now

# The article files a brief is made from (briefing.reading reads each).
ARTICLE_TYPES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}
# A Word or PDF press release carries fonts and layout: it may be this many times the limit.
CONTAINER_TYPES = {".docx", ".pdf"}
log = logging.getLogger(__name__)


def worker_name(pid: int | None = None) -> str:
    """host:pid of a process that runs jobs (this one by default), as the job table keeps it."""
    return f"{socket.gethostname()}:{os.getpid() if pid is None else pid}"


def running_elsewhere(worker: str) -> bool:
    """Whether `worker` (host:pid) is another live process of this machine: a job it holds
    is being run, and a second delivery of the same task must not run it beside it."""
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:  # a killed process whose parent died too may linger as a zombie nobody reaps
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in {"Z", "X"}


class JobReporter:
    """The pipeline's Reporter, writing the stage, its progress and a heartbeat to the job."""

    def __init__(self, store: Store, job_id: int) -> None:
        self.store, self.job_id = store, job_id
        self.stage, self.done, self.total = "", 0, 0
        self.finished: list[str] = []

    def _write(self) -> None:
        with self.store.session.begin() as session:
            job = session.get(Job, self.job_id)
            if job is not None:
                job.stage, job.done, job.total = self.stage, self.done, self.total
                job.stages = "\n".join(self.finished)
                job.heartbeat = now()

    def start(self, stage: str, total: int | None = None) -> None:
        """A stage begins, of `total` steps (0 if unknown): written to the job."""
        self.stage, self.done, self.total = stage, 0, total or 0
        self._write()

    def advance(self, amount: int = 1) -> None:
        """`amount` more steps of the stage are done: written to the job."""
        self.done += amount
        self._write()

    def finish(self) -> None:
        """The stage is done: added to the job's finished stages."""
        self.finished.append(self.stage)
        self._write()


def sync_segments(store: Store, brief_id: int, document: Document) -> None:
    """Mirror document.json's translations (segments and the labels a brief shows) into
    the segments table; a row that changes gets a new version, so a reviewer's form
    opened before the change meets a conflict."""
    with store.session.begin() as session:
        existing = {
            (r.segment_id, r.language): r
            for r in session.scalars(select(SegmentRow).where(SegmentRow.brief_id == brief_id))
        }
        wanted = set()
        texts = [(segment.id, segment.text, segment.translations) for segment in document.segments]
        texts += [
            (label.id, label.source(document), document.labels.get(label.id, {}))
            for label in labels_of(document)
        ]
        for position, (segment_id, source, translations) in enumerate(texts):
            for language, translation in translations.items():
                wanted.add((segment_id, language))
                row = existing.get((segment_id, language))
                if row is None:
                    session.add(
                        SegmentRow(
                            brief_id=brief_id,
                            segment_id=segment_id,
                            language=language,
                            position=position,
                            source=source,
                            text=translation.text,
                            status=translation.status,
                            origin=translation.origin,
                            version=1,
                        )
                    )
                elif (row.text, row.status, row.source) != (
                    translation.text,
                    translation.status,
                    source,
                ):
                    row.text, row.status, row.origin = (
                        translation.text,
                        translation.status,
                        translation.origin,
                    )
                    row.source, row.position, row.version = source, position, row.version + 1
        for key, row in existing.items():
            if key not in wanted:
                session.delete(row)


@dataclass
class JobContext:
    """What a process that runs jobs holds for its life: the store, the settings, and the
    translators, built (and their models loaded) once."""

    store: Store
    settings: Settings
    briefs_dir: Path
    _translators: dict[tuple[str, str], Translator] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def translators(self) -> dict[tuple[str, str], Translator]:
        """Every direction the service reads (vi→ko, vi→en, ko→vi, ko→en), models loaded
        once for the life of the process and shared by every job."""
        from briefing.languages import SOURCES
        from briefing.pipeline import build_translators

        with self._lock:
            if self._translators is None:
                self._translators = build_translators(self.settings, tuple(SOURCES))
            return self._translators

    def load_models(self) -> None:
        """Build the translators and load their models now, not at the first job (a worker
        does it before it takes jobs)."""
        for translator in {id(t): t for t in self.translators().values()}.values():
            load = getattr(translator, "load", None)
            if callable(load):
                load()


def job_files(briefs_dir: Path, brief_id: int) -> tuple[Path, dict[str, Any]]:
    """The uploaded article and the job's options, from the brief's folder."""
    folder = briefs_dir / str(brief_id)
    sources = [p for p in folder.iterdir() if p.suffix in ARTICLE_TYPES] if folder.is_dir() else []
    if not sources:
        raise BriefingError("the uploaded article is gone; create the brief again")
    options: dict[str, Any] = {}
    options_file = folder / "options.json"
    if options_file.is_file():
        options = json.loads(options_file.read_text(encoding="utf-8"))
    return sorted(sources)[0], options


def run_job(context: JobContext, brief_id: int, job_id: int) -> str:
    """Run one brief's job (idempotent); returns its final state. A queue runs any job,
    a digest's too, through briefing.web.running.run."""
    from briefing.pipeline import run_brief

    store = context.store
    with store.session.begin() as session:
        job = session.get(Job, job_id)
        brief = session.get(Brief, brief_id)
        if job is None or brief is None:
            return "gone"
        if job.state in {"done", "failed"}:
            return job.state  # delivered again after it finished: nothing to do
        if job.state == "running" and running_elsewhere(job.worker):
            return "running"  # delivered twice (put back and redelivered): one run is enough
        job.state, job.worker, job.heartbeat = "running", worker_name(), now()
        job.attempts += 1
        brief.state, brief.error = "running", ""
        attempt, worker = job.attempts, job.worker
    ids = {"kind": "brief", "job": job_id, "brief": brief_id}
    log.info(
        "job started", extra={"event": "job.started", **ids, "attempt": attempt, "worker": worker}
    )
    started = time.perf_counter()
    reporter = JobReporter(store, job_id)
    out_dir = context.briefs_dir / str(brief_id)
    for staging in out_dir.glob(".*.partial"):  # left by a worker killed mid-job
        shutil.rmtree(staging, ignore_errors=True)
    try:
        source, options = job_files(context.briefs_dir, brief_id)
        settings = context.settings.model_copy(update={"out_dir": out_dir})
        if options.get("glossary"):
            settings = settings.model_copy(update={"glossary": str(options["glossary"])})
        result = run_brief(
            source,
            settings,
            title=options.get("title") or None,
            translators=context.translators(),
            reporter=reporter,
        )
    # the failure is logged before the brief shows as failed: whoever sees the state (the
    # page, a test) finds its record
    except BriefingError as exc:
        failed(exc, ids, started)
        fail(store, brief_id, job_id, str(exc))
        return "failed"
    except Exception as exc:  # a bug: the job fails with the reason, the worker lives on
        failed(exc, ids, started, bug=True)
        fail(store, brief_id, job_id, f"internal error: {type(exc).__name__}: {exc}")
        return "failed"
    sync_segments(store, brief_id, result.document)
    with store.session.begin() as session:
        brief = session.get(Brief, brief_id)
        job = session.get(Job, job_id)
        assert brief is not None and job is not None
        document = result.document
        brief.state, brief.run_dir = "ready", str(result.run_dir)
        brief.title = document.title.get(document.source_language, brief.title)
        job.state, job.finished = "done", now()
    log.info(
        "job done",
        extra={
            "event": "job.done",
            **ids,
            "run": result.document.id,
            "segments": len(result.document.segments),
            "seconds": round(time.perf_counter() - started, 3),
        },
    )
    return "done"


def failed(exc: Exception, ids: dict[str, Any], started: float, bug: bool = False) -> None:
    """The record of a failed job: its ids, how long it ran, the error's class and message
    (a bug's with its traceback)."""
    log.log(
        logging.ERROR if bug else logging.WARNING,
        "job failed",
        exc_info=exc if bug else None,
        extra={
            "event": "job.failed",
            **ids,
            "seconds": round(time.perf_counter() - started, 3),
            "error": type(exc).__name__,
            "reason": str(exc)[:500],
        },
    )


def fail(store: Store, brief_id: int, job_id: int, reason: str) -> None:
    """Mark the brief and its job failed, with the reason."""
    with store.session.begin() as session:
        brief = session.get(Brief, brief_id)
        job = session.get(Job, job_id)
        if brief is not None:
            brief.state, brief.error = "failed", reason
        if job is not None:
            job.state, job.error, job.finished = "failed", reason, now()


class Queue(Protocol):
    """Where jobs are sent to be run: CeleryQueue (briefing.web.tasks) or LocalQueue
    (briefing.web.running)."""

    durable: bool  # whether queued jobs survive a restart of the web process

    def submit(self, brief_id: int, job_id: int) -> None:
        """Send the job to be run (`brief_id` 0 for a digest's job)."""
        ...

    def shutdown(self) -> None:
        """Stop taking jobs, when the web process stops."""
        ...


def enqueue(store: Store, queue: Queue, brief_id: int) -> int:
    """A new job for the brief, queued; returns its id."""
    return queued(store, queue, Brief, brief_id, "brief_id")


def queued(store: Store, queue: Queue, kind: type[Any], row_id: int, column: str) -> int:
    """A new job for the row `row_id` of `kind` (a brief, a digest) set in the job's
    `column`, the row marked queued, the job sent (`brief_id` 0 for a digest's); its id."""
    with store.session.begin() as session:
        job = Job(state="queued", **{column: row_id})
        session.add(job)
        row = session.get(kind, row_id)
        if row is not None:
            row.state, row.error = "queued", ""
        session.flush()
        job_id = job.id
    queue.submit(row_id if column == "brief_id" else 0, job_id)
    return job_id
