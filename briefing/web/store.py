"""Storage of the web service: briefs, jobs, segments and revisions, through SQLAlchemy.

SQLite by default; DATABASE_URL selects any database SQLAlchemy supports. The
schema is created and upgraded by Alembic migrations (briefing/web/migrations)
at start-up. document.json in each brief's folder stays the source of truth for
rendering; the segments table mirrors it for reviewing, with a version per row so
two reviewers never silently overwrite each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

MAX_ATTEMPTS = 3  # a job that takes its worker down this often is failed, not retried forever


def now() -> datetime:
    """The time now in UTC, without a time zone, as the store keeps times."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """The base of the store's tables."""


class Brief(Base):
    """A brief: the article it is made from, its state and error, its run folder."""

    __tablename__ = "briefs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    source_name: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(
        String(20), default="queued"
    )  # queued running failed ready reviewed
    error: Mapped[str] = mapped_column(Text, default="")
    run_dir: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)


class DigestRow(Base):
    """A digest of several finished briefs (briefing.web.digests): its files in `folder`."""

    __tablename__ = "digests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")  # as the organiser gave it
    state: Mapped[str] = mapped_column(String(20), default="queued")  # queued running failed ready
    error: Mapped[str] = mapped_column(Text, default="")
    folder: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)


class DigestBrief(Base):
    """One brief a digest is built from, in the digest's order."""

    __tablename__ = "digest_briefs"
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id"), primary_key=True)
    brief_id: Mapped[int] = mapped_column(ForeignKey("briefs.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class Job(Base):
    """A brief's job, or a digest's (`digest_id` set, no brief): one queue for both."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brief_id: Mapped[int | None] = mapped_column(ForeignKey("briefs.id"), index=True)
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("digests.id"), index=True)
    state: Mapped[str] = mapped_column(String(20), default="queued")  # queued running failed done
    stage: Mapped[str] = mapped_column(String(100), default="")
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    stages: Mapped[str] = mapped_column(Text, default="")  # finished stages, one per line
    error: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=now)
    finished: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    worker: Mapped[str] = mapped_column(String(200), default="")  # host:pid running it
    heartbeat: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class SegmentRow(Base):
    """One translation of a segment or label, mirrored from document.json for reviewing,
    with a version that goes up on each change."""

    __tablename__ = "segments"
    brief_id: Mapped[int] = mapped_column(ForeignKey("briefs.id"), primary_key=True)
    segment_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)


class SessionRow(Base):
    """A signed-in browser: its cookie carries the id (signed, timed); signing out revokes it."""

    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    created: Mapped[datetime] = mapped_column(DateTime, default=now)
    expires: Mapped[datetime] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class RevisionRow(Base):
    """A reviewer's change to a translation: before and after, by whom, when, and whether
    it was undone."""

    __tablename__ = "revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brief_id: Mapped[int] = mapped_column(ForeignKey("briefs.id"), index=True)
    segment_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    before_text: Mapped[str] = mapped_column(Text)
    before_status: Mapped[str] = mapped_column(String(20))
    after_text: Mapped[str] = mapped_column(Text)
    after_status: Mapped[str] = mapped_column(String(20))
    by: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, default=now)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


def make_engine(url: str) -> Engine:
    """The engine for `url`; SQLite usable from every thread, with WAL, a 30 s busy timeout
    and foreign keys on."""
    engine = create_engine(
        url, connect_args={"check_same_thread": False} if url.startswith("sqlite") else {}
    )
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record):  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Store:
    """The web service's database at `url`, migrated to the newest schema when made;
    `session` makes its sessions."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        migrate(self.engine)
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    def recover(self, requeue_queued: bool) -> list[tuple[int, int]]:
        """After a restart: jobs that were running (their worker stopped with the server)
        go back to the queue, up to MAX_ATTEMPTS; queued ones too when the queue did not
        survive (`requeue_queued`). Returns (brief id, job id) of every job to submit."""
        states = ["running", "queued"] if requeue_queued else ["running"]
        with self.session.begin() as session:
            stale = session.scalars(select(Job).where(Job.state.in_(states))).all()
            resumed = _requeue(session, stale, "resumed after a restart", clear_error=True)
        return resumed

    def requeue_stale(self, older_than_s: float) -> list[tuple[int, int]]:
        """Running jobs whose worker has not been heard of for `older_than_s` seconds (it
        died): back to the queue, as after a restart."""
        limit = now() - timedelta(seconds=older_than_s)
        resumed = []
        with self.session.begin() as session:
            stale = session.scalars(
                select(Job).where(Job.state == "running", Job.heartbeat < limit)
            ).all()
            for job in stale:
                job.state, job.worker, job.stage = "queued", "", "resumed: its worker stopped"
                brief = owner_of(session, job)
                if brief is not None:
                    brief.state = "queued"
                resumed.append((job.brief_id or 0, job.id))
        return resumed

    def requeue_worker(self, worker: str) -> list[tuple[int, int]]:
        """Jobs that the process `worker` (host:pid) was running when it died: back to the
        queue, up to MAX_ATTEMPTS, with the reason on the brief's page."""
        with self.session.begin() as session:
            stale = session.scalars(
                select(Job).where(Job.state == "running", Job.worker == worker)
            ).all()
            stale_stage = "resumed: the process running it stopped (out of memory?)"
            resumed = _requeue(session, stale, stale_stage, clear_error=False)
        return resumed

    def queued(self) -> list[tuple[int, int]]:
        """(brief id, job id) of every job waiting for a worker."""
        with self.open() as session:
            rows = session.execute(select(Job.brief_id, Job.id).where(Job.state == "queued"))
            return [(brief_id or 0, job_id) for brief_id, job_id in rows]

    def open(self) -> Session:
        """A new session, for reading (writes use `session.begin()`)."""
        return self.session()


def owner_of(session: Session, job: Job) -> Brief | DigestRow | None:
    """What the job makes: its brief, or its digest; both show its state and error."""
    if job.digest_id is not None:
        return session.get(DigestRow, job.digest_id)
    return session.get(Brief, job.brief_id) if job.brief_id is not None else None


def _requeue(
    session: Session, jobs: Sequence[Job], stage: str, *, clear_error: bool
) -> list[tuple[int, int]]:
    """Jobs whose worker stopped: back to the queue with `stage` as the reason, or failed
    once they have stopped MAX_ATTEMPTS times. Returns (brief id, job id) to submit again
    (brief id 0 for a digest's job: `running.run` finds its digest from the job)."""
    resumed = []
    for job in jobs:
        brief = owner_of(session, job)
        if job.attempts >= MAX_ATTEMPTS:
            reason = f"the job stopped {job.attempts} times with its worker; retry it"
            job.state, job.error, job.finished = "failed", reason, now()
            if brief is not None:
                brief.state, brief.error = "failed", reason
            continue
        job.state, job.worker, job.stage = "queued", "", stage
        if brief is not None:
            brief.state = "queued"
            if clear_error:
                brief.error = ""
        resumed.append((job.brief_id or 0, job.id))
    return resumed
