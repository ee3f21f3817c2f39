"""Celery: the project's tasks and the worker that runs them.

One task, `briefing.make_brief(brief_id, job_id)`, acknowledged late and rejected back to
the queue when its worker is lost, so a task whose worker dies is delivered again and
finished by another (RabbitMQ at once, Redis after the visibility timeout). Each worker
process builds its translators and loads their models once (`worker_process_init`) and
runs any number of articles with them.

Brokers: `BRIEFING_BROKER` (`redis://…`, `amqp://…`), else kombu's SQLAlchemy transport
on a SQLite file in the data folder (`sqla+sqlite:///DATA/queue.sqlite`), which needs no
server. On that transport a task whose worker was killed is not delivered again; the web
service's own job table puts it back (`Store.recover`, `Store.requeue_stale`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from celery import Celery
from celery.signals import worker_process_init

app = Celery("briefing")
_context: Any = None


def configure(broker: str, visibility_timeout: int = 3600, queue: str = "briefs") -> Celery:
    app.conf.update(
        broker_url=broker,
        broker_connection_retry_on_startup=True,
        # Redis returns an unacknowledged task after this; the SQLAlchemy transport hands its
        # options to create_engine, which takes none of these.
        broker_transport_options=(
            {"visibility_timeout": visibility_timeout} if broker.startswith("redis") else {}
        ),
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        task_default_queue=queue,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app


def context() -> Any:
    """This process's JobContext: the data folder's store, settings and translators."""
    global _context
    if _context is None:
        from dataclasses import replace

        from briefing.config import load_settings
        from briefing.web.config import load_web_settings
        from briefing.web.jobs import JobContext
        from briefing.web.store import Store

        web = load_web_settings(Path(os.environ["BRIEFING_DATA_DIR"]))
        settings = load_settings({})
        if not settings.memory:
            settings = replace(settings, memory=str(web.data_dir / "memory.sqlite"))
        _context = JobContext(
            Store(web.database_url), replace(settings, out_dir=web.briefs_dir), web.briefs_dir
        )
    return _context


@worker_process_init.connect
def _load_models(**_: Any) -> None:
    """Each worker process builds its translators and loads their models once."""
    context().load_models()


@app.task(name="briefing.make_brief", acks_late=True, reject_on_worker_lost=True)
def make_brief(brief_id: int, job_id: int) -> str:
    from briefing.web.jobs import run_job

    return run_job(context(), brief_id, job_id)


def run_worker(data_dir: Path, concurrency: int = 1, name: str | None = None) -> None:
    """`briefing worker`: a Celery worker (prefork, one process per concurrent brief)."""
    from briefing.web.config import load_web_settings

    os.environ["BRIEFING_DATA_DIR"] = str(data_dir.resolve())
    web = load_web_settings(data_dir)
    configure(web.broker_url, web.visibility_timeout, web.queue_name)
    argv = [
        "worker",
        "--pool=prefork",
        f"--concurrency={concurrency}",
        f"--queues={web.queue_name}",
        "--loglevel=WARNING",
        "--without-gossip",
        "--without-mingle",
        f"--hostname={name or 'briefing'}@%h-{os.getpid()}",
    ]
    app.worker_main(argv)


def embedded_worker(data_dir: Path, concurrency: int = 1) -> Any:
    """The worker `briefing serve` starts beside itself: a child process that dies with
    the server (PR_SET_PDEATHSIG), so a kill -9 of the server leaves no orphan running
    jobs the restarted server would not know about."""
    import subprocess

    def die_with_parent() -> None:
        try:
            import ctypes
            import signal

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass

    command = [
        sys.executable,
        "-m",
        "briefing.cli",
        "worker",
        "--data-dir",
        str(data_dir),
        "--concurrency",
        str(concurrency),
    ]
    return subprocess.Popen(command, preexec_fn=die_with_parent)
