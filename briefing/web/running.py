"""Running a queued job, whichever kind: a brief's (briefing.web.jobs.run_job) or a
digest's (briefing.web.digests.run_digest_job, a job row with `digest_id` set and brief id
0). Both queues run jobs through `run`: `LocalQueue` here, a thread of the web process
(tests, the load test), and the Celery task in briefing.web.tasks. It sits above jobs and
digests so that neither imports the other back.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from briefing.web.digests import run_digest_job
from briefing.web.jobs import JobContext, run_job
from briefing.web.store import Job


def run(context: JobContext, brief_id: int, job_id: int) -> str:
    """Run one queued job (idempotent); returns its final state."""
    with context.store.open() as session:
        queued = session.get(Job, job_id)
        digest_id = queued.digest_id if queued is not None else None
    if digest_id is not None:
        return run_digest_job(context, job_id)
    return run_job(context, brief_id, job_id)


class LocalQueue:
    """Jobs in a thread of this process, one at a time (tests, the load test)."""

    durable = False

    def __init__(self, context: JobContext) -> None:
        self.context = context
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="brief")
        self.futures: list[Future[str]] = []

    def submit(self, brief_id: int, job_id: int) -> None:
        """Run the job in this process's job thread, after those before it."""
        self.futures.append(self.executor.submit(run, self.context, brief_id, job_id))

    def shutdown(self) -> None:
        """Stop taking jobs; the queued ones are dropped (the store puts them back)."""
        self.executor.shutdown(wait=False, cancel_futures=True)
