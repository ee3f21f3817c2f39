"""Digests on the web: several finished briefs become one digest, through a job like a
brief's.

A digest's job is a row of the jobs table with `digest_id` set and no brief: it goes
through the same queue (`Queue.submit(0, job_id)`), reports its progress, heartbeat and
attempts the same way, is put back after a restart or a dead worker by the same code
(`Store.recover`, `Store.requeue_worker`), and `briefing.web.running.run` hands it to
`run_digest_job`.
The digest's files are written by the library (`briefing.digest.build_digest`) into
`<data>/digests/<id>/`; a brief re-rendered after a review rebuilds it there
(`pipeline.rerender` → `briefing.digest.refresh_for`).
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from briefing.errors import BriefingError, InputError
from briefing.web.jobs import (
    ARTICLE_TYPES,
    JobContext,
    JobReporter,
    Queue,
    failed,
    queued,
    running_elsewhere,
    worker_name,
)
from briefing.web.store import Brief, DigestBrief, DigestRow, Job, Store, now


def listed(store: Store) -> list[dict[str, Any]]:
    """Every digest for the home page, newest first, with the ids of its briefs."""
    with store.open() as session:
        digests = session.scalars(select(DigestRow).order_by(DigestRow.id.desc())).all()
        members: dict[int, list[int]] = {}
        for digest_id, brief_id in session.execute(
            select(DigestBrief.digest_id, DigestBrief.brief_id).order_by(DigestBrief.position)
        ):
            members.setdefault(digest_id, []).append(brief_id)
    return [{"digest": d, "briefs": members.get(d.id, [])} for d in digests]


FINISHED = {"ready", "reviewed"}  # a brief a digest can read
STAGES = {"load": "read the briefs", "render": "render the digest"}
log = logging.getLogger(__name__)


def digest_folder(data_dir: Path, digest_id: int) -> Path:
    """Where the digest's files go: `<data>/digests/<id>/`."""
    return data_dir / "digests" / str(digest_id)


def unfinished(brief: Brief) -> str:
    """Why a brief cannot go into a digest ("" when it can)."""
    label = f"brief {brief.id} ({brief.title or brief.source_name})"
    if brief.state not in FINISHED:
        return f"{label} is {brief.state}, not finished; a digest reads finished briefs only"
    if not brief.run_dir or not (Path(brief.run_dir) / "document.json").is_file():
        return f"{label} has no document.json any more; run it again before a digest"
    return ""


def article_names(briefs: Sequence[Brief]) -> list[str]:
    """Each brief's article as the digest's sources name it: its file name, prefixed with
    the brief's number where two briefs share one (every pasted article is `pasted.txt`)."""
    names = [source_file(b) for b in briefs]
    return [
        f"{brief.id}-{name}" if names.count(name) > 1 else name
        for brief, name in zip(briefs, names, strict=True)
    ]


def source_file(brief: Brief) -> str:
    """The name of the article file the brief was made from (as its folder holds it)."""
    folder = Path(brief.run_dir).parent
    found = sorted(p.name for p in folder.iterdir() if p.suffix in ARTICLE_TYPES)
    return found[0] if found else brief.source_name


def enqueue_digest(store: Store, queue: Queue, digest_id: int) -> int:
    """A new job for the digest, queued; returns its id."""
    return queued(store, queue, DigestRow, digest_id, "digest_id")


class DigestProgress:
    """`build_digest`'s progress(stage, done, total), written to the job by a JobReporter:
    the digest's page shows its stages and counts as a brief's page shows a brief's."""

    def __init__(self, reporter: JobReporter) -> None:
        self.reporter = reporter
        self.current = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.current:
            if self.current:
                self.reporter.finish()
            self.current = stage
            self.reporter.start(STAGES.get(stage, stage), total)
        self.reporter.advance(done - self.reporter.done)

    def close(self) -> None:
        """Finish the stage in progress, if any."""
        if self.current:
            self.reporter.finish()


def run_digest_job(context: JobContext, job_id: int) -> str:
    """Run one digest's job (idempotent, as a brief's): returns its final state."""
    from briefing.digest import build_digest

    store = context.store
    with store.session.begin() as session:
        job = session.get(Job, job_id)
        digest = session.get(DigestRow, job.digest_id) if job and job.digest_id else None
        if job is None or digest is None:
            return "gone"
        if job.state in {"done", "failed"}:
            return job.state
        if job.state == "running" and running_elsewhere(job.worker):
            return "running"
        job.state, job.worker, job.heartbeat = "running", worker_name(), now()
        job.attempts += 1
        digest.state, digest.error = "running", ""
        attempt, worker = job.attempts, job.worker
        digest_id, folder, title = digest.id, Path(digest.folder), digest.title
        briefs = list(
            session.scalars(
                select(Brief)
                .join(DigestBrief, DigestBrief.brief_id == Brief.id)
                .where(DigestBrief.digest_id == digest_id)
                .order_by(DigestBrief.position)
            )
        )
    ids: dict[str, Any] = {"kind": "digest", "job": job_id, "digest": digest_id}
    log.info(
        "job started", extra={"event": "job.started", **ids, "attempt": attempt, "worker": worker}
    )
    started = time.perf_counter()
    for staging in folder.parent.glob(f".{folder.name}.*.partial"):  # a killed worker's
        shutil.rmtree(staging, ignore_errors=True)
    progress = DigestProgress(JobReporter(store, job_id))
    try:
        problems = [why for why in map(unfinished, briefs) if why]
        if problems:
            raise InputError(problems[0])
        documents = [Path(b.run_dir) / "document.json" for b in briefs]
        result = build_digest(
            documents, folder, title=title or None, progress=progress, names=article_names(briefs)
        )
        progress.close()
    except BriefingError as exc:  # logged first, as a brief's job is (briefing.web.jobs)
        failed(exc, ids, started)
        fail_digest(store, digest_id, job_id, str(exc))
        return "failed"
    except Exception as exc:  # a bug: the job fails with the reason, the worker lives on
        failed(exc, ids, started, bug=True)
        fail_digest(store, digest_id, job_id, f"internal error: {type(exc).__name__}: {exc}")
        return "failed"
    with store.session.begin() as session:
        digest = session.get(DigestRow, digest_id)
        job = session.get(Job, job_id)
        assert digest is not None and job is not None
        digest.state, digest.folder = "ready", str(result.folder)
        job.state, job.finished = "done", now()
    log.info(
        "job done",
        extra={
            "event": "job.done",
            **ids,
            "briefs": [b.id for b in briefs],
            "seconds": round(time.perf_counter() - started, 3),
        },
    )
    return "done"


def fail_digest(store: Store, digest_id: int, job_id: int, reason: str) -> None:
    """The digest and its job failed, with the reason its page shows."""
    with store.session.begin() as session:
        digest = session.get(DigestRow, digest_id)
        job = session.get(Job, job_id)
        if digest is not None:
            digest.state, digest.error = "failed", reason
        if job is not None:
            job.state, job.error, job.finished = "failed", reason, now()
