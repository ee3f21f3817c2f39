"""The web service: `briefing serve` and `briefing worker`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.common import Commands, Handler
from briefing.config import load_settings


def register(commands: Commands) -> dict[str, Handler]:
    """Add `serve` and `worker` to `commands`; their handlers by command name."""
    serve = commands.add_parser("serve", help="the web page for organisers and translators")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default loopback only)"
    )
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--data-dir", type=Path, default=None, help="database and briefs (default data/)"
    )
    serve.add_argument(
        "--no-worker",
        action="store_true",
        help="start no worker beside the server (workers run elsewhere: briefing worker)",
    )
    serve.add_argument(
        "--workers", type=int, default=1, help="briefs the embedded worker runs at once"
    )
    serve.add_argument(
        "--behind-tls", action="store_true", help="cookies only over HTTPS (a TLS proxy in front)"
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default=None,
        metavar="ADDRESSES",
        help="proxies whose X-Forwarded-For/-Proto/-Host are believed, comma separated "
        "(addresses or networks; env BRIEFING_FORWARDED_ALLOW_IPS; default none)",
    )

    worker = commands.add_parser(
        "worker", help="a Celery worker that runs briefs (models loaded once per process)"
    )
    worker.add_argument(
        "--data-dir", type=Path, default=None, help="the data folder the web service uses"
    )
    worker.add_argument("--concurrency", type=int, default=1, help="briefs run at once")

    return {"serve": cmd_serve, "worker": cmd_worker}


def cmd_serve(args: argparse.Namespace) -> int:
    """`briefing serve`: the web service, printing its sign-in links, with a worker beside it
    that is started again if it dies."""
    import threading
    import time

    import uvicorn

    from briefing.web.app import create_app
    from briefing.web.config import web_settings
    from briefing.web.tasks import embedded_worker

    flags = {
        "data_dir": args.data_dir,
        "secure_cookies": True if args.behind_tls else None,
        "forwarded_allow_ips": args.forwarded_allow_ips,
    }
    settings = load_settings(flags, config_file=args.config)
    web = web_settings(settings)
    app = create_app(web, settings, celery=True)
    base = f"http://{args.host}:{args.port}"
    broker = "in the data folder (SQLite)" if not web.broker else web.broker.split("@")[-1]
    print(f"briefing on {base}  (data in {web.data_dir}; jobs through {broker})")
    print(f"  organisers sign in at {base}/login?token={web.organiser_token}")
    print(f"  reviewers sign in at  {base}/login?token={web.reviewer_token}")
    if web.forwarded_allow_ips:
        print(f"  proxy headers believed from {web.forwarded_allow_ips}")
    if app.state.recovered:
        print(f"  {app.state.recovered} job(s) a stop interrupted are back in the queue")
    worker = None
    if not args.no_worker:
        worker = embedded_worker(web.data_dir, args.workers)
        store = app.state.store
        queue = app.state.services.queue

        def watch() -> None:  # a worker that dies is started again; its job goes back
            nonlocal worker
            while True:
                time.sleep(2)
                if worker is not None and worker.poll() is not None:
                    worker = embedded_worker(web.data_dir, args.workers)
                    for brief_id, job_id in store.requeue_stale(0):
                        queue.submit(brief_id, job_id)

        threading.Thread(target=watch, daemon=True).start()
        print(f"  a worker runs beside the server (pid {worker.pid}, {args.workers} at once)")
    try:
        # The app reads proxy headers itself, from the configured proxies only: uvicorn's
        # own default would believe any X-Forwarded-For sent from 127.0.0.1.
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", proxy_headers=False)
    finally:
        if worker is not None and worker.poll() is None:
            worker.terminate()
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """`briefing worker`: a Celery worker that runs the web service's briefs."""
    from briefing.web.config import web_settings
    from briefing.web.tasks import run_worker

    web = web_settings(load_settings({"data_dir": args.data_dir}, config_file=args.config))
    broker = "the data folder's SQLite queue" if not web.broker else web.broker.split("@")[-1]
    print(f"briefing worker: data in {web.data_dir}, jobs from {broker}", file=sys.stderr)
    run_worker(web.data_dir, args.concurrency)
    return 0
