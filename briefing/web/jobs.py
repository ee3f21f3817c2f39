"""Background jobs: one worker thread runs briefs one at a time with models loaded once.

On two cores one brief at a time is the fastest order; the translators are kept
for the life of the process, so only the first job pays for loading the model.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from briefing.config import Settings
from briefing.document import Document
from briefing.errors import BriefingError
from briefing.labels import labels_of
from briefing.translate import Translator
from briefing.web.store import Brief, Job, SegmentRow, Store, now


class JobReporter:
    """The pipeline's Reporter, writing the stage and its progress to the job row."""

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

    def start(self, stage: str, total: int | None = None) -> None:
        self.stage, self.done, self.total = stage, 0, total or 0
        self._write()

    def advance(self, amount: int = 1) -> None:
        self.done += amount
        self._write()

    def finish(self) -> None:
        self.finished.append(self.stage)
        self._write()


def sync_segments(store: Store, brief_id: int, document: Document) -> None:
    """Mirror document.json's translations into the segments table; a row that changes
    gets a new version, so a reviewer's form opened before the change meets a conflict."""
    with store.session.begin() as session:
        existing = {
            (r.segment_id, r.language): r
            for r in session.scalars(select(SegmentRow).where(SegmentRow.brief_id == brief_id))
        }
        wanted = set()
        texts = [(segment.id, segment.text, segment.translations) for segment in document.segments]
        texts += [  # the labels a brief shows are reviewed like segments
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


class Runner:
    def __init__(self, store: Store, settings: Settings, briefs_dir: Path) -> None:
        self.store = store
        self.settings = settings
        self.briefs_dir = briefs_dir
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="brief")
        self._translators: dict[tuple[str, str], Translator] | None = None
        self._lock = threading.Lock()

    def translators(self) -> dict[tuple[str, str], Translator]:
        """Every direction the service reads (vi→ko, vi→en, ko→vi, ko→en), models loaded
        once for the life of the process and shared by every job."""
        from briefing.languages import SOURCES
        from briefing.pipeline import build_translators

        with self._lock:
            if self._translators is None:
                self._translators = build_translators(self.settings, tuple(SOURCES))
            return self._translators

    def submit(self, brief_id: int, source: Path, options: dict[str, Any]) -> Future[None]:
        with self.store.session.begin() as session:
            session.add(Job(brief_id=brief_id, state="queued"))
        return self.executor.submit(self._run, brief_id, source, options)

    def _run(self, brief_id: int, source: Path, options: dict[str, Any]) -> None:
        from briefing.pipeline import run_brief

        with self.store.session.begin() as session:
            job = session.scalars(
                select(Job).where(Job.brief_id == brief_id).order_by(Job.id.desc())
            ).first()
            brief = session.get(Brief, brief_id)
            assert job is not None and brief is not None
            job_id = job.id
            job.state, brief.state, brief.error = "running", "running", ""
        reporter = JobReporter(self.store, job_id)
        try:
            settings = replace(self.settings, out_dir=self.briefs_dir / str(brief_id))
            if options.get("glossary"):
                settings = replace(settings, glossary=str(options["glossary"]))
            result = run_brief(
                source,
                settings,
                title=options.get("title") or None,
                translators=self.translators(),
                reporter=reporter,
            )
        except BriefingError as exc:
            self._fail(brief_id, job_id, str(exc))
            return
        except Exception as exc:  # a bug: the job fails with the reason, the server lives on
            self._fail(brief_id, job_id, f"internal error: {type(exc).__name__}: {exc}")
            return
        sync_segments(self.store, brief_id, result.document)
        with self.store.session.begin() as session:
            brief = session.get(Brief, brief_id)
            job = session.get(Job, job_id)
            assert brief is not None and job is not None
            brief.state, brief.run_dir = "ready", str(result.run_dir)
            document = result.document
            brief.title = document.title.get(document.source_language, brief.title)
            job.state, job.finished = "done", now()

    def _fail(self, brief_id: int, job_id: int, reason: str) -> None:
        with self.store.session.begin() as session:
            brief = session.get(Brief, brief_id)
            job = session.get(Job, job_id)
            if brief is not None:
                brief.state, brief.error = "failed", reason
            if job is not None:
                job.state, job.error, job.finished = "failed", reason, now()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
