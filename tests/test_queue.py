"""Jobs that survive restarts and workers that die, through real processes: `briefing
serve` with its embedded SQLite broker, and `briefing serve --no-worker` with `briefing
worker` processes on Redis and on RabbitMQ, the web store on PostgreSQL. All on the tiny
model, from an empty model cache.

The services (PostgreSQL, Redis, RabbitMQ on 127.0.0.1) run on the development and CI
machines; elsewhere these tests say so and are skipped, unless BRIEFING_REQUIRE_TOOLS is
set (CI sets it): then a missing service fails them.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "facts").glob("vi-0*.vi.txt"))
REDIS = "redis://127.0.0.1:6379"
AMQP = "amqp://guest:guest@127.0.0.1:5672//"
POSTGRES = "postgresql+psycopg://root@127.0.0.1:5432"

pytestmark = pytest.mark.integration


def reachable(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def need(port: int, what: str) -> None:
    if reachable(port):
        return
    from briefing.config import from_environment

    if from_environment("require_tools"):
        pytest.fail(f"{what} is not running on 127.0.0.1:{port}")
    pytest.skip(f"{what} is not running on 127.0.0.1:{port}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Service:
    """A data folder, its environment, and the processes started on it."""

    def __init__(self, root: Path, tiny: Path, **env: str) -> None:
        self.data = root / "data"
        self.env = {
            **os.environ,
            "MT_MODEL": str(tiny),
            "BRIEFING_MODELS_DIR": str(root / "models"),  # an empty model cache
            "BRIEFING_BEAM_SIZE": "1",
            "HF_HUB_OFFLINE": "1",
            "PYTHONPATH": str(ROOT),
            **env,
        }
        self.port = free_port()
        self.log = root / "service.log"  # what the processes print: shown when a brief fails
        self.processes: list[subprocess.Popen[bytes]] = []
        self.client: httpx.Client | None = None

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "briefing.cli", *args],
                env=self.env,
                stdout=log,
                stderr=log,
                start_new_session=True,  # its own process group: a kill takes its children too
            )
        self.processes.append(process)
        return process

    def serve(self, *extra: str) -> subprocess.Popen[bytes]:
        process = self.start(
            "serve", "--data-dir", str(self.data), "--port", str(self.port), *extra
        )
        deadline = time.time() + 60
        while not reachable(self.port):
            assert process.poll() is None, "briefing serve stopped"
            assert time.time() < deadline, "briefing serve did not start"
            time.sleep(0.2)
        tokens = json.loads((self.data / "secrets.json").read_text())
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=30)
        self.client.post("/login", data={"token": tokens["organiser_token"]})
        return process

    def submit(self, article: Path) -> int:
        assert self.client is not None
        page = self.client.get("/").text
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token
        response = self.client.post(
            "/briefs",
            data={"csrf": token.group(1)},
            files={"file": (article.name, article.read_bytes(), "text/plain")},
        )
        assert response.status_code == 303, response.text
        return int(response.headers["location"].rsplit("/", 1)[1])

    def states(self, ids: list[int]) -> list[str]:
        assert self.client is not None
        return [self.client.get(f"/briefs/{i}/status").json()["state"] for i in ids]

    def errors(self, ids: list[int]) -> str:
        """Why each brief failed and the end of what the processes printed: the message of
        a failed assert."""
        assert self.client is not None
        reasons = [self.client.get(f"/briefs/{i}/status").json()["error"] for i in ids]
        printed = (
            self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        )
        return f"errors: {reasons}\nlog (end):\n{printed[-3000:]}"

    def wait_ready(self, ids: list[int], timeout: float = 240) -> list[str]:
        deadline = time.time() + timeout
        states = self.states(ids)
        while time.time() < deadline and not all(s in {"ready", "failed"} for s in states):
            time.sleep(0.5)
            states = self.states(ids)
        return states

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)


@pytest.fixture
def service(tmp_path: Path, tiny_nllb: Path) -> Iterator[Service]:
    found = Service(tmp_path, tiny_nllb)
    yield found
    found.stop()


def jobs(database_url: str) -> list[tuple[int, int, str, str, int]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, brief_id, state, worker, attempts FROM jobs ORDER BY id")
        ).all()
    engine.dispose()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_embedded_server_killed_with_four_briefs_queued_loses_nothing(service: Service) -> None:
    """`briefing serve` with no broker configured: a SQLite queue in the data folder and one
    worker it starts itself. One worker translates two different articles in a row from an
    empty model cache; then a kill -9 of the server with four briefs queued, a restart, and
    all four are ready with no Retry."""
    service.serve()
    first = [
        service.submit(ARTICLES[0]),
        service.submit(ROOT / "seeds" / "vn-kr-digital-forum.vi.txt"),
    ]
    assert service.wait_ready(first) == ["ready", "ready"]
    queued = [service.submit(article) for article in ARTICLES[1:5]]
    server = service.processes[0]
    service.kill(server)
    time.sleep(1)
    alive = subprocess.run(
        ["pgrep", "-f", f"worker --data-dir {service.data}"], capture_output=True
    )
    assert alive.stdout == b"", "the embedded worker outlived its server"
    service.serve()
    assert service.wait_ready(queued) == ["ready"] * 4
    assert not list(service.data.glob("briefs/*/.*.partial"))


def children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(line) for line in found.stdout.split()]


def test_a_job_process_killed_while_idle_does_not_stall_the_queue(service: Service) -> None:
    """Issue 23, case 1: `briefing serve` on the tiny model, a brief finishes, the job
    process under `briefing worker` is killed -9 while idle (as the out-of-memory killer
    would), and the next brief is ready without anyone restarting anything."""
    server = service.serve()
    first = service.submit(ARTICLES[0])
    assert service.wait_ready([first]) == ["ready"]
    (worker,) = children(server.pid)  # `briefing worker`, started by the server
    victims = children(worker)
    assert victims, "the worker has no job process"
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    second = service.submit(ARTICLES[1])
    assert service.wait_ready([second], timeout=120) == ["ready"]


@pytest.mark.parametrize("kind", ["redis", "rabbitmq"])
def test_a_job_process_killed_while_idle_on_a_broker(
    kind: str, tmp_path: Path, tiny_nllb: Path
) -> None:
    """The same on Redis and RabbitMQ, with `briefing worker` started on its own."""
    broker = broker_case(kind)
    service = Service(
        tmp_path, tiny_nllb, BRIEFING_BROKER=broker, BRIEFING_QUEUE=f"briefs-{uuid.uuid4().hex[:8]}"
    )
    try:
        service.serve("--no-worker")
        worker = service.start("worker", "--data-dir", str(service.data))
        first = service.submit(ARTICLES[0])
        assert service.wait_ready([first]) == ["ready"]
        victims = children(worker.pid)
        assert victims, "the worker has no job process"
        for pid in victims:
            os.kill(pid, signal.SIGKILL)
        second = service.submit(ARTICLES[1])
        assert service.wait_ready([second], timeout=120) == ["ready"]
    finally:
        service.stop()


def broker_case(kind: str) -> str:
    if kind == "redis":
        need(6379, "Redis")
        return f"{REDIS}/{uuid.uuid4().int % 15 + 1}"
    need(5672, "RabbitMQ")
    return AMQP


@pytest.fixture
def postgres() -> Iterator[str]:
    """A database of its own on the machine's PostgreSQL, dropped afterwards."""
    need(5432, "PostgreSQL")
    import psycopg

    name = f"briefing_{uuid.uuid4().hex[:12]}"
    with psycopg.connect("host=127.0.0.1 user=root dbname=test", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{POSTGRES}/{name}"
    with psycopg.connect("host=127.0.0.1 user=root dbname=test", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.parametrize("kind", ["redis", "rabbitmq"])
def test_two_workers_one_killed_mid_job(
    kind: str, tmp_path: Path, tiny_nllb: Path, postgres: str
) -> None:
    """`serve --no-worker` and two `briefing worker` processes sharing the data folder, the
    broker and the PostgreSQL store; one worker is killed -9 while it runs a brief: every
    brief ends ready within a minute, the interrupted one run again by the other worker (on
    Redis after a visibility timeout of 10 s and the other worker's next look)."""
    broker = broker_case(kind)
    service = Service(
        tmp_path,
        tiny_nllb,
        BRIEFING_BROKER=broker,
        DATABASE_URL=postgres,
        BRIEFING_QUEUE=f"briefs-{uuid.uuid4().hex[:8]}",
        BRIEFING_VISIBILITY_TIMEOUT="10",  # Redis hands an unacknowledged task back after it
    )
    try:
        service.serve("--no-worker")
        workers = [service.start("worker", "--data-dir", str(service.data)) for _ in range(2)]
        ids = [service.submit(article) for article in ARTICLES[:4]]
        deadline = time.time() + 120
        victim = None
        while victim is None and time.time() < deadline:
            for _, _, state, worker, _ in jobs(postgres):
                if state == "running" and worker:
                    pid = int(worker.rsplit(":", 1)[1])
                    group = os.getpgid(pid)
                    victim = next(w for w in workers if w.pid == group)
                    break
            time.sleep(0.05)
        assert victim is not None, "no job was seen running"
        service.kill(victim)
        killed = time.time()
        assert service.wait_ready(ids) == ["ready"] * 4
        # Redis hands the lost task back soon after its visibility timeout: at kombu's own
        # pace (a look every 100 s) all were ready 108 s after the kill, at the product's 17 s
        assert time.time() - killed < 60
        attempts = {brief: tries for _, brief, _, _, tries in jobs(postgres)}
        assert max(attempts.values()) >= 2  # the interrupted brief ran a second time
        # and the staging folder the killed worker left is gone
        assert not list(service.data.glob("briefs/*/.*.partial"))
    finally:
        service.stop()


def test_redis_workers_look_for_lost_tasks_at_the_pace_of_the_timeout() -> None:
    """On Redis every look of a worker for tasks whose worker died reads Redis (kombu reads
    on one look in ten, every 100 s), at most every 10 s and twice per visibility timeout
    when it is short; the kombu in use knows these options. Other brokers take none."""
    from kombu.transport.redis import Channel

    from briefing.web.tasks import transport_options

    short = transport_options(f"{REDIS}/3", 10)
    assert short == {
        "visibility_timeout": 10,
        "unacked_restore_interval": 5,
        "unacked_restore_throttle": 1,
    }
    assert set(short) <= set(Channel.from_transport_options)  # kombu ignores unknown ones
    assert transport_options(f"{REDIS}/3", 3600)["unacked_restore_interval"] == 10
    assert transport_options("rediss://queue.example:6380/0", 1)["unacked_restore_interval"] == 1
    assert transport_options(AMQP, 10) == {}
    assert transport_options("sqla+sqlite:///data/queue.sqlite", 10) == {}


def test_web_store_on_postgresql(postgres: str, tmp_path: Path) -> None:
    """The store's migrations and its tables on PostgreSQL, through the web app."""
    from fastapi.testclient import TestClient

    from briefing.config import Settings
    from briefing.web.app import create_app
    from briefing.web.config import load_web_settings

    web = load_web_settings(tmp_path / "data", env={"DATABASE_URL": postgres})
    app = create_app(web, Settings(backend="fake", memory="none"))
    with TestClient(app) as client:
        client.post("/login", data={"token": web.organiser_token})
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)
        assert token
        response = client.post(
            "/briefs",
            data={"csrf": token.group(1)},
            files={"file": ("a.vi.txt", ARTICLES[0].read_bytes(), "text/plain")},
            follow_redirects=False,
        )
        brief_id = int(response.headers["location"].rsplit("/", 1)[1])
        deadline = time.time() + 60
        while client.get(f"/briefs/{brief_id}/status").json()["state"] != "ready":
            assert time.time() < deadline
            time.sleep(0.2)
        page = client.get(f"/briefs/{brief_id}/review").text
        assert "fact.figure.1" in page  # label rows (ids of up to 64 characters) on PostgreSQL
    assert jobs(postgres)[0][2] == "done"
