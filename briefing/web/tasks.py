"""Celery: the project's tasks and the worker that runs them.

One task, `briefing.make_brief(brief_id, job_id)`, acknowledged late and rejected back to
the queue when its worker is lost, so a task whose worker dies is delivered again and
finished by another (RabbitMQ at once, Redis after the visibility timeout). `briefing
worker` watches its job processes (Celery workers with the solo pool, one brief at a time
each), each of which builds its translators and loads their models once and runs any
number of articles with them; one that dies is replaced and its job put back at once.

Brokers: `BRIEFING_BROKER` (`redis://…`, `amqp://…`), else kombu's SQLAlchemy transport
on a SQLite file in the data folder (`sqla+sqlite:///DATA/queue.sqlite`), which needs no
server. On that transport a task whose worker was killed is not delivered again; the web
service's own job table puts it back (`Store.recover`, `Store.requeue_stale`).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from celery import Celery

from briefing.web.jobs import JobContext, worker_name
from briefing.web.running import run

app = Celery("briefing")
SETTLE_S = 5.0  # after a job process dies, queued jobs are sent again now and this much later
RESTORE_EVERY_S = 10  # Redis: the longest wait between two looks for tasks of dead workers
_context: Any = None
log = logging.getLogger(__name__)


def transport_options(broker: str, visibility_timeout: int) -> dict[str, int]:
    """Kombu's options for `broker`. On Redis, a task taken by a worker that died (never
    acknowledged) is handed out again once it is `visibility_timeout` seconds old, by
    whichever worker next looks for such tasks. Kombu's own pace is a look every 10 s of
    which only every tenth reads Redis (`unacked_restore_throttle`): a lost task waited up
    to 100 s past its timeout (with a 10 s timeout, measured: back 103 s after the kill,
    not 10 to 20). Here every look reads Redis, one small query, at most every 10 s and
    twice per timeout when it is short. Other transports take none of these: RabbitMQ
    hands a lost task back when its worker's connection closes, and the SQLAlchemy one
    passes its options to create_engine."""
    if not broker.startswith("redis"):
        return {}
    return {
        "visibility_timeout": visibility_timeout,
        "unacked_restore_interval": max(1, min(RESTORE_EVERY_S, visibility_timeout // 2)),
        "unacked_restore_throttle": 1,
    }


def configure(broker: str, visibility_timeout: int = 3600, queue: str = "briefs") -> Celery:
    """The Celery app on `broker`: tasks acknowledged late, one at a time per worker."""
    app.conf.update(
        broker_url=broker,
        broker_connection_retry_on_startup=True,
        broker_transport_options=transport_options(broker, visibility_timeout),
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
        from briefing.config import load_settings
        from briefing.web.config import web_settings
        from briefing.web.store import Store

        settings = load_settings({})  # BRIEFING_DATA_DIR: set by the process that started it
        web = web_settings(settings)
        if not settings.memory:
            settings = settings.model_copy(update={"memory": str(web.data_dir / "memory.sqlite")})
        _context = JobContext(
            Store(web.database_url),
            settings.model_copy(update={"out_dir": web.briefs_dir}),
            web.briefs_dir,
        )
    return _context


@app.task(name="briefing.make_brief", acks_late=True, reject_on_worker_lost=True)
def make_brief(brief_id: int, job_id: int) -> str:
    """Run one queued job (a brief's or a digest's) in this worker's JobContext."""
    return run(context(), brief_id, job_id)


class CeleryQueue:
    """Jobs as Celery tasks; `briefing worker` processes run them. It lives beside the
    task it sends, so that briefing.web.jobs (what a job does) never imports this module
    (how jobs travel): the two do not import each other."""

    durable = True

    def __init__(self, broker: str, visibility_timeout: int, queue: str = "briefs") -> None:
        self.queue = queue
        self.app = configure(broker, visibility_timeout, queue)

    def submit(self, brief_id: int, job_id: int) -> None:
        """Send the job to the broker, on this queue."""
        make_brief.apply_async((brief_id, job_id), queue=self.queue)

    def shutdown(self) -> None:
        """Nothing to stop: the workers are other processes."""


def die_with_parent() -> None:
    """In a child, before exec: the kernel kills it when its parent dies (PR_SET_PDEATHSIG)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
    except OSError:
        pass


def job_process(data_dir: Path, name: str, queue: str) -> None:
    """One job process: a Celery worker with the solo pool (the task runs in this process,
    models loaded once before the first), so nothing is shared with a sibling that could
    be left locked when one dies. Celery's prefork pool was: a pool process killed while
    idle (as the out-of-memory killer would) held the pool's queue semaphore, and every
    later brief waited on it for good."""
    os.environ["BRIEFING_DATA_DIR"] = str(data_dir.resolve())
    from briefing import logs
    from briefing.config import load_settings
    from briefing.web.config import web_settings

    settings = load_settings({})
    logs.configure(logs.level_of(settings.log_level, "worker"), settings.log_format)
    web = web_settings(settings)
    configure(web.broker_url, web.visibility_timeout, web.queue_name)
    context().load_models()
    app.worker_main(
        [
            "worker",
            "--pool=solo",
            f"--queues={queue}",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            f"--hostname={name}",
        ]
    )


def run_worker(data_dir: Path, concurrency: int = 1, name: str | None = None) -> None:
    """`briefing worker`: `concurrency` job processes, watched. One that dies (killed while
    idle or mid-brief) is started again at once, and the job it was running goes back to
    the queue with the reason on the brief's page, on every broker (the embedded SQLite
    transport never delivers such a task again; Redis would only after its visibility
    timeout)."""
    import signal
    import subprocess
    import time

    from briefing import logs
    from briefing.web.config import load_web_settings
    from briefing.web.store import Store

    os.environ["BRIEFING_DATA_DIR"] = str(data_dir.resolve())
    os.environ["BRIEFING_LOG_LEVEL"] = logs.level_name()  # job processes log as this one
    web = load_web_settings(data_dir)
    store = Store(web.database_url)
    queue = CeleryQueue(web.broker_url, web.visibility_timeout, web.queue_name)
    label = name or "briefing"

    def start(slot: int) -> subprocess.Popen[bytes]:
        command = [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from briefing.web.tasks import job_process;"
            " job_process(Path(sys.argv[1]), sys.argv[2], sys.argv[3])",
            str(data_dir),
            f"{label}{slot}@%h-{os.getpid()}",
            web.queue_name,
        ]
        return subprocess.Popen(command, preexec_fn=die_with_parent)

    processes = {slot: start(slot) for slot in range(max(1, concurrency))}
    stopping = False

    def stop(signum: int, _: Any) -> None:
        nonlocal stopping
        stopping = True
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    sweeps: list[float] = []  # when to send the queued jobs again
    while not stopping:
        time.sleep(0.5)
        for slot, process in list(processes.items()):
            code = process.poll()
            if code is None or stopping:
                continue
            dead = worker_name(process.pid)
            requeued = store.requeue_worker(dead)
            log.warning(
                "job process %s stopped (%s); starting another",
                process.pid,
                code,
                extra={
                    "event": "worker.process-died",
                    "worker": dead,
                    "exit_code": code,
                    "requeued_jobs": [job_id for _, job_id in requeued],
                },
            )
            for brief_id, job_id in requeued:
                queue.submit(brief_id, job_id)
            processes[slot] = start(slot)
            # A task handed to the dying process (Redis pops it for a blocked consumer
            # before it notices the connection is gone) is lost to the broker: send every
            # queued job again, now and once more when the death has settled. A job
            # delivered twice runs once: the second delivery finds it done or running.
            sweeps += [time.monotonic(), time.monotonic() + SETTLE_S]
        if sweeps and sweeps[0] <= time.monotonic():
            sweeps.pop(0)
            for brief_id, job_id in store.queued():
                queue.submit(brief_id, job_id)
    for process in processes.values():
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def embedded_worker(data_dir: Path, concurrency: int = 1) -> Any:
    """The worker `briefing serve` starts beside itself: a child process that dies with
    the server (PR_SET_PDEATHSIG), so a kill -9 of the server leaves no orphan running
    jobs the restarted server would not know about."""
    import subprocess

    from briefing import logs

    os.environ["BRIEFING_LOG_LEVEL"] = logs.level_name()  # -v or -q of serve: its worker's too
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
