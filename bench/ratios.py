"""Gaiban's throughput as a ratio to a plain Starlette + asyncpg app on the same data (issue 15).

Seeds a throwaway database like bench/tasks.py (100,000 tasks across 2,000 units, by COPY, in the
embedded pgserver cluster under .gaiban/test-pg or next to TEST_DATABASE_URL), adds an office
staff account of the jurisdiction, and starts, each as its own process on a loopback port:

- Gaiban as production runs it: ``gaiban serve`` (one uvicorn worker, JSON access log), its
  settings from ``GAIBAN_*`` variables, its signing key created under a data folder of its own;
  the token comes from its ``POST /v1/auth/token`` (password grant of the office account);
- bench/plain_app.py under uvicorn, one worker (its docstring says what it leaves out).

Then, for each request, ``wrk -t2 -c32 -d<N>s`` in A-B-B-A order (Gaiban, plain, plain, Gaiban:
two rounds, each giving a ratio; /healthz one round of half the duration), with the CPU time
each server process spent per request:

    GET one task          target >= 0.30     page of 50 by unit   target >= 0.30
    GET /v1/me            target >= 0.40     /healthz             (no target)
    POST a task (explicit code, unique per request: bench/ratios.lua)   target >= 0.25

and also:
- statements per request: each request sent in-process (httpx's ASGI transport) to an app on an
  engine that counts the statements (``before_cursor_execute``) and, at the driver, the other
  round trips (BEGIN, COMMIT, ROLLBACK, the pool's pre-ping ``;``: asyncpg's query logger); the
  plain app's are counted the same way at the driver;
- cold start: launching ``gaiban serve`` (existing data folder, PostgreSQL running) to its first
  200 on /healthz and on /v1/me, against the plain app's; and ``import app.main`` in a fresh
  interpreter;
- workers: ``gaiban serve --workers N`` with 1 worker against 2 workers, GET one task, in 1-2-2-1
  order.

Prints a table; ``BENCH_JSON=<path>`` writes the same as JSON. Targets are marked OK or MISS and
never fail the run (timings on these shared machines are noisy; compare ratios within a run).
``BENCH_DURATION`` (seconds per wrk run, default 10) or ``BENCH_QUICK=1`` (3 s). Needs ``wrk``
(``apt-get install wrk``). Run with ``make bench`` or ``.venv/bin/python bench/ratios.py``.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import ROOT, run_in_throwaway_database
from tasks import TASKS, TIMED_UNIT, UNITS, seed

BENCH = Path(__file__).resolve().parent
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
DURATION = float(os.environ.get("BENCH_DURATION", "3" if QUICK else "10"))
WARM_UP = 1.0
THREADS, CONNECTIONS = 2, 32
COLD_STARTS = 2
PASSWORD = "correct horse battery"  # noqa: S105 - a throwaway account in a throwaway database
OFFICE = "bench.office"
BIN = Path(sys.executable).parent
LUA = BENCH / "ratios.lua"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Endpoint:
    """One request, as each app spells it; ``body`` (JSON, ``@CODE@`` replaced per request)."""

    key: str
    label: str
    gaiban_path: str
    plain_path: str
    target: float | None
    aim: float | None = None
    method: str = "GET"
    body: str | None = None
    authenticated: bool = True
    # No target: one A-B round of half the duration keeps the whole run near four minutes.
    short: bool = False


@dataclass
class Run:
    """One wrk run against one server."""

    server: str
    rps: float
    requests: int
    errors: int  # non-2xx/3xx answers and socket errors
    error_kinds: dict[str, int]
    p50_ms: float
    p99_ms: float
    cpu_ms_per_request: float | None


@dataclass
class Result:
    endpoint: str
    label: str
    target: float | None
    aim: float | None
    runs: list[Run] = field(default_factory=list)

    def _rps(self, server: str) -> list[float]:
        return [r.rps for r in self.runs if r.server == server]

    @property
    def gaiban(self) -> float:
        return statistics.fmean(self._rps("gaiban"))

    @property
    def plain(self) -> float:
        return statistics.fmean(self._rps("plain"))

    @property
    def ratio(self) -> float:
        return self.gaiban / self.plain

    @property
    def round_ratios(self) -> list[float]:
        """Each A-B (or B-A) pair's ratio, in the order run."""
        return [g / p for g, p in zip(self._rps("gaiban"), self._rps("plain"), strict=True)]

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "OK" if self.ratio >= self.target else "MISS"

    def cpu(self, server: str) -> float | None:
        values = [r.cpu_ms_per_request for r in self.runs if r.server == server]
        known = [v for v in values if v is not None]
        return statistics.fmean(known) if known else None

    def errors(self, server: str) -> int:
        return sum(r.errors for r in self.runs if r.server == server)


# --- processes ----------------------------------------------------------------------------------


def require_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk is None:
        print(
            "bench/ratios.py needs wrk, the HTTP load generator: install it with "
            "`apt-get install wrk` (Debian, Ubuntu) and run again.",
            file=sys.stderr,
        )
        raise SystemExit(2)
    return wrk


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


class Server:
    """A server process on a loopback port; its output goes to a log file."""

    def __init__(
        self, name: str, argv: list[str], env: dict[str, str], port: int, logs: Path
    ) -> None:
        self.name, self.argv, self.env, self.port = name, argv, env, port
        self.log_path = logs / f"{name}-{port}.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.launched = 0.0

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.launched = time.perf_counter()
            self.process = subprocess.Popen(  # noqa: S603 - our own argv
                self.argv,
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_for(
        self, path: str, headers: dict[str, str] | None = None, timeout: float = 60.0
    ) -> float:
        """Seconds from launch to the first 200 on ``path``."""
        assert self.process is not None
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited; see {self.log_path}")
            try:
                status, _ = get(self.port, path, headers)
            except OSError:
                status = 0
            if status == 200:
                return time.perf_counter() - self.launched
            time.sleep(0.005)
        raise RuntimeError(f"{self.name} did not answer 200 on {path}; see {self.log_path}")

    def pids(self) -> list[int]:
        """The process and its children (uvicorn's workers)."""
        assert self.process is not None
        found = [self.process.pid]
        try:
            for task in Path(f"/proc/{self.process.pid}/task").iterdir():
                found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            pass
        return found

    def cpu_seconds(self) -> float | None:
        by_process = self.cpu_seconds_by_process()
        return None if by_process is None else sum(by_process.values())

    def cpu_seconds_by_process(self) -> dict[int, float] | None:
        found = {}
        try:
            for pid in self.pids():
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                found[pid] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
        except (OSError, IndexError, ValueError):
            return None
        return found

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextmanager
def running(servers: list[Server]) -> Iterator[list[Server]]:
    try:
        for server in servers:
            server.start()
        yield servers
    finally:
        for server in servers:
            server.stop()


def gaiban_env(url: str, data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GAIBAN_")}
    env.update(
        DATABASE_URL=url,
        GAIBAN_DATABASE_URL=url,
        GAIBAN_DATA_DIR=str(data_dir),
        GAIBAN_HOST="127.0.0.1",
        GAIBAN_PORT=str(port),
        GAIBAN_PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
        GAIBAN_ACCESS_TOKEN_TTL_SECONDS="3600",  # noqa: S106 - seconds, not a secret
    )
    return env


def gaiban_serve(url: str, data_dir: Path, logs: Path) -> Server:
    port = free_port()
    argv = [str(BIN / "gaiban"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return Server("gaiban", argv, gaiban_env(url, data_dir, port), port, logs)


def gaiban_workers(url: str, data_dir: Path, logs: Path, workers: int) -> Server:
    port = free_port()
    argv = [str(BIN / "gaiban"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    argv += ["--workers", str(workers)]
    return Server(f"gaiban-{workers}w", argv, gaiban_env(url, data_dir, port), port, logs)


def plain_server(url: str, actor_id: uuid.UUID, logs: Path) -> Server:
    port = free_port()
    argv = [
        str(BIN / "uvicorn"),
        "--factory",
        "plain_app:create_app",
        "--app-dir",
        str(BENCH),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
    ]
    env = {**os.environ, "PLAIN_DATABASE_URL": url, "PLAIN_ACTOR_ID": str(actor_id)}
    return Server("plain", argv, env, port, logs)


# --- wrk ----------------------------------------------------------------------------------------


def wrk(
    binary: str,
    server: Server,
    path: str,
    endpoint: Endpoint,
    token: str | None,
    seconds: float,
    prefix: str,
) -> Run:
    argv = [
        binary,
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "30s",
        "-s",
        str(LUA),
        f"http://127.0.0.1:{server.port}{path}",
        "--",
        endpoint.method,
        token if endpoint.authenticated and token else "-",
        endpoint.body or "-",
        prefix,
    ]
    cpu_before = server.cpu_seconds()
    finished = subprocess.run(argv, capture_output=True, text=True, check=True)  # noqa: S603
    cpu_after = server.cpu_seconds()
    line = next(x for x in finished.stdout.splitlines() if x.startswith("{"))
    figures = json.loads(line)
    requests = int(figures["requests"])
    kinds = {k: int(figures[k]) for k in ("connect", "read", "write", "status", "timeout")}
    cpu = None
    if cpu_before is not None and cpu_after is not None and requests:
        cpu = (cpu_after - cpu_before) * 1000 / requests
    return Run(
        server=server.name.split("-")[0] if server.name.startswith("gaiban") else server.name,
        rps=requests / (figures["duration_us"] / 1e6),
        requests=requests,
        errors=sum(kinds.values()),
        error_kinds={k: v for k, v in kinds.items() if v},
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        cpu_ms_per_request=cpu,
    )


# --- statements per request -----------------------------------------------------------------------


@dataclass
class Trips:
    statements: list[str] = field(default_factory=list)  # SQLAlchemy cursor executes
    other: list[str] = field(default_factory=list)  # simple queries seen by asyncpg

    def clear(self) -> None:
        self.statements.clear()
        self.other.clear()

    def summary(self) -> dict[str, Any]:
        kinds: dict[str, int] = {}
        sent = set(self.statements)  # an executemany is seen by both
        other = [query for query in self.other if query not in sent]
        # A statement Gaiban sends through the driver itself (GET one task) is seen only here.
        direct = [query for query in other if _kind(query) in ("SELECT", "WITH")]
        for query in other:
            if query not in direct:
                kinds[_kind(query)] = kinds.get(_kind(query), 0) + 1
        statements = [*self.statements, *direct]
        return {
            "statements": len(statements),
            "round_trips": len(self.statements) + len(other),
            "other": kinds,
            "sql": [" ".join(s.split())[:160] for s in statements],
        }


def _kind(query: str) -> str:
    return query.strip().rstrip(";").split(None, 1)[0].upper() if query.strip(" ;") else ";"


def _logger(trips: Trips, *, all_queries: bool) -> Callable[[Any], None]:
    """An asyncpg query logger: the queries it sees through ``execute``/``fetch`` (Gaiban's
    statements go through prepared statements it does not log; BEGIN, COMMIT, ROLLBACK and the
    pre-ping's ``;`` it does)."""

    def log(record: Any) -> None:
        (trips.statements if all_queries else trips.other).append(record.query)

    return log


async def _settle() -> None:
    for _ in range(3):  # asyncpg calls its query loggers with call_soon
        await asyncio.sleep(0)


async def count_gaiban(
    url: str, data_dir: Path, calls: list[tuple[str, str, str, str | None]]
) -> dict[str, dict[str, Any]]:
    """Each call's statements and round trips, the third time it is sent (the first two warm the
    caches); ``calls`` are (key, method, path, body)."""
    import httpx
    from sqlalchemy import event

    from app.db import Database
    from app.main import create_app
    from app.settings import Settings

    trips = Trips()
    database = Database(url, pool_size=2)
    engine = database.engine.sync_engine

    @event.listens_for(engine, "before_cursor_execute")
    def statement(conn: Any, cursor: Any, sql: str, *_: Any) -> None:
        trips.statements.append(sql)

    @event.listens_for(engine, "connect")
    def connected(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection._connection.add_query_logger(_logger(trips, all_queries=False))

    settings = Settings(database_url=url, data_dir=data_dir, access_token_ttl_seconds=3600)
    app = create_app(settings, database=database)
    counts: dict[str, dict[str, Any]] = {}
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
    ):
        token = await mint_token(client)
        headers = {"Authorization": f"Bearer {token}"}
        for key, method, path, body in calls:
            for attempt in range(3):
                trips.clear()
                content = None if body is None else body.replace("@CODE@", f"s{key}{attempt}")
                response = await client.request(
                    method,
                    path,
                    headers={**headers, "Content-Type": "application/json"},
                    content=content,
                )
                await _settle()
                assert response.status_code < 300, (path, response.status_code, response.text)
            counts[key] = trips.summary()
    await database.dispose()
    return counts


async def count_plain(
    url: str, actor_id: uuid.UUID, calls: list[tuple[str, str, str, str | None]]
) -> dict[str, dict[str, Any]]:
    import httpx
    from plain_app import create_app

    trips = Trips()

    async def on_connect(connection: Any) -> None:
        connection.add_query_logger(_logger(trips, all_queries=True))

    app = create_app(url, actor_id=actor_id, on_connect=on_connect, pool_size=2)
    counts: dict[str, dict[str, Any]] = {}
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
    ):
        for key, method, path, body in calls:
            for attempt in range(3):
                trips.clear()
                content = None if body is None else body.replace("@CODE@", f"p{key}{attempt}")
                response = await client.request(method, path, content=content)
                await _settle()
                assert response.status_code < 300, (path, response.status_code, response.text)
            counts[key] = {**trips.summary(), "round_trips": len(trips.statements)}
    return counts


# --- setting up -----------------------------------------------------------------------------------


async def mint_token(client: Any) -> str:
    response = await client.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": OFFICE, "password": PASSWORD},
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


async def add_office_account(url: str, jid: uuid.UUID) -> uuid.UUID:
    """An office staff member (办公室工作人员) of the jurisdiction: sees and keeps every task."""
    from pydantic import SecretStr

    from app.db import Database
    from app.domain.organisation import PositionRole
    from app.schemas.positions import PositionCreate
    from app.schemas.users import UserCreateWithPassword
    from app.services import positions, users

    database = Database(url, pool_size=1)
    async with database.sessionmaker() as session, session.begin():
        office = await users.create_with_password(
            session,
            UserCreateWithPassword(
                username=OFFICE,
                display_name="bench office",
                password=SecretStr(PASSWORD),
                jurisdiction_id=jid,
            ),
        )
        await positions.create(
            session,
            None,
            jid,
            PositionCreate(
                user_id=office.id, role=PositionRole.office_staff, valid_from=date(2020, 1, 1)
            ),
        )
    await database.dispose()
    office_id: uuid.UUID = office.id
    return office_id


async def some_task(url: str, jid: uuid.UUID) -> uuid.UUID:
    """An open, overdue task (its answer counts working days) with cooperating units."""
    import asyncpg

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        task_id: uuid.UUID = await connection.fetchval(
            "SELECT id FROM tasks WHERE jurisdiction_id = $1 AND state = 'in_progress' "
            "AND deadline < DATE '2026-11-01' ORDER BY id LIMIT 1",
            jid,
        )
    finally:
        await connection.close()
    return task_id


def import_time() -> float:
    """Seconds to ``import app.main`` in a fresh interpreter (the better of two)."""
    code = "import time; t = time.perf_counter(); import app.main; print(time.perf_counter() - t)"
    times = [
        float(
            subprocess.run(  # noqa: S603
                [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(2)
    ]
    return min(times)


def cold_starts(
    url: str, data_dir: Path, logs: Path, actor_id: uuid.UUID, token: str, me: str
) -> dict[str, float]:
    """Launch to first 200, median over COLD_STARTS launches of each, alternating."""
    auth = {"Authorization": f"Bearer {token}"}
    gaiban_health, gaiban_auth, plain_health, plain_me = [], [], [], []
    for _ in range(COLD_STARTS):
        gaiban = gaiban_serve(url, data_dir, logs)
        with running([gaiban]):
            gaiban_health.append(gaiban.wait_for("/healthz"))
            gaiban_auth.append(gaiban.wait_for("/v1/me", auth))
        plain = plain_server(url, actor_id, logs)
        with running([plain]):
            plain_health.append(plain.wait_for("/healthz"))
            plain_me.append(plain.wait_for(me))
    return {
        "gaiban_healthz_s": statistics.median(gaiban_health),
        "gaiban_me_s": statistics.median(gaiban_auth),
        "plain_healthz_s": statistics.median(plain_health),
        "plain_me_s": statistics.median(plain_me),
        "import_app_main_s": import_time(),
    }


# --- the run ---------------------------------------------------------------------------------


def endpoints(jid: uuid.UUID, task_id: uuid.UUID, unit: uuid.UUID, office_id: uuid.UUID,
              lead: uuid.UUID, others: list[uuid.UUID]) -> list[Endpoint]:  # fmt: skip
    tasks = f"/v1/jurisdictions/{jid}/tasks"
    body = json.dumps(
        {
            "code": "@CODE@",
            "title": "基准任务：推进工程建设项目审批制度改革措施落地",
            "category": "审批流程优化",
            "source": {"kind": "city_document"},
            "lead_unit_id": str(lead),
            "cooperating_unit_ids": [str(u) for u in others],
            "deadline": (date.today() + timedelta(days=180)).isoformat(),
        },
        ensure_ascii=False,
    )
    page = f"{tasks}?unit_id={unit}&limit=50"
    return [
        Endpoint("task", "GET one task", f"{tasks}/{task_id}", f"{tasks}/{task_id}", 0.3, 0.5),
        Endpoint("page", "page of 50 by unit", page, page, 0.3, 0.5),
        Endpoint("me", "GET /v1/me", "/v1/me", f"/v1/users/{office_id}/me", 0.4),
        Endpoint(
            "healthz", "/healthz", "/healthz", "/healthz", None, authenticated=False, short=True
        ),
        # Last: every POST adds a task (to units other than the page's).
        Endpoint("post", "POST a task", tasks, tasks, 0.25, 0.4, method="POST", body=body),
    ]


def measure(
    binary: str, gaiban: Server, plain: Server, points: list[Endpoint], token: str
) -> list[Result]:
    results = []
    for n, point in enumerate(points):
        result = Result(point.key, point.label, point.target, point.aim)

        def go(
            server: Server, seconds: float, tag: str, point: Endpoint = point, n: int = n
        ) -> Run:
            path = point.gaiban_path if server is gaiban else point.plain_path
            return wrk(binary, server, path, point, token, seconds, f"{tag}{n}")

        go(gaiban, WARM_UP, "wg")
        go(plain, WARM_UP, "wp")
        order = (("a", gaiban), ("b", plain), ("c", plain), ("d", gaiban))
        for tag, server in order[:2] if point.short else order:
            run = go(server, DURATION / 2 if point.short else DURATION, tag)
            result.runs.append(run)
            print(
                f"  {point.label:<20} {server.name:<7} {run.rps:9,.0f} req/s  "
                f"p50 {run.p50_ms:6.1f} ms  errors {run.errors}",
                flush=True,
            )
        results.append(result)
    return results


def _postgres_cpu_seconds() -> float:
    """CPU time of every PostgreSQL process on the machine (the bench's server among them)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if "(postgres)" in text:
            fields = text.rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / CLOCK_TICKS


def _census(server: Server) -> dict[str, float]:
    """CPU seconds so far of Gaiban (its workers included), PostgreSQL and the bench's children
    (wrk), with the wall clock: taken around a run, they say how busy each kept the cores."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert server.process is not None
    by_process = server.cpu_seconds_by_process() or {}
    workers = {pid: cpu for pid, cpu in by_process.items() if pid != server.process.pid}
    return {
        "gaiban": sum(by_process.values()),
        # The busiest worker: one uvicorn worker may accept every connection wrk opens.
        **{f"worker {n}": cpu for n, (_, cpu) in enumerate(sorted(workers.items()), 1)},
        "postgres": _postgres_cpu_seconds(),
        "wrk": children.ru_utime + children.ru_stime,
        "wall": time.perf_counter(),
    }


def measure_workers(
    binary: str, one: Server, two: Server, point: Endpoint, token: str
) -> dict[str, Any]:
    seconds = max(1.0, DURATION / 2)
    figures: dict[str, list[float]] = {"1": [], "2": []}
    busy: dict[str, list[dict[str, float]]] = {"1": [], "2": []}
    for tag, server in (("x", one), ("y", two)):
        wrk(binary, server, point.gaiban_path, point, token, WARM_UP, tag)
    for tag, workers, server in (
        ("e", "1", one),
        ("f", "2", two),
        ("g", "2", two),
        ("h", "1", one),
    ):
        before = _census(server)
        run = wrk(binary, server, point.gaiban_path, point, token, seconds, tag)
        after = _census(server)
        wall = after["wall"] - before["wall"]
        cores = {k: (after[k] - before[k]) / wall for k in ("gaiban", "postgres", "wrk")}
        each = [(after[k] - before.get(k, 0.0)) / wall for k in after if k.startswith("worker ")]
        each = each or [cores["gaiban"]]  # one worker: uvicorn serves in the process itself
        figures[workers].append(run.rps)
        busy[workers].append(cores)
        print(
            f"  GET one task, {workers} worker(s): {run.rps:9,.0f} req/s  errors {run.errors}  "
            f"cores busy: Gaiban {cores['gaiban']:.2f} (workers "
            + " + ".join(f"{c:.2f}" for c in each)
            + f"), PostgreSQL {cores['postgres']:.2f}, wrk {cores['wrk']:.2f} "
            f"(of {os.cpu_count()})"
        )
    one_rps, two_rps = statistics.fmean(figures["1"]), statistics.fmean(figures["2"])
    return {
        "one_worker_rps": one_rps,
        "two_workers_rps": two_rps,
        "ratio": two_rps / one_rps,
        "target": 1.5,
        "verdict": "OK" if two_rps / one_rps >= 1.5 else "MISS",
        "how": "gaiban serve --workers N",
        # Mean cores kept busy by each during the runs of 1 and of 2 workers.
        "cores_busy": {
            workers: {k: statistics.fmean(c[k] for c in runs) for k in runs[0]}
            for workers, runs in busy.items()
        },
        "cores": os.cpu_count(),
    }


def _fmt(value: float | None, spec: str) -> str:
    return "–" if value is None else format(value, spec)


def report(
    results: list[Result],
    counts: dict[str, dict[str, Any]],
    plain_counts: dict[str, dict[str, Any]],
    cold: dict[str, float],
    workers: dict[str, Any],
) -> str:
    lines = [
        f"Gaiban against plain Starlette + asyncpg: {TASKS:,} tasks, {UNITS:,} units, "
        f"1 uvicorn worker each, wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION:g}s, "
        "A-B-B-A (two rounds; /healthz one A-B round of half that)",
        "",
        "| request | Gaiban req/s | plain req/s | ratio (rounds) | target | | "
        "CPU ms/request G / P | statements G | round trips G / P | errors G / P |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        rounds = ", ".join(f"{x:.3f}" for x in r.round_ratios)
        target = "" if r.target is None else f"≥ {r.target:.2f}"
        c, p = counts.get(r.endpoint, {}), plain_counts.get(r.endpoint, {})
        lines.append(
            f"| {r.label} | {r.gaiban:,.0f} | {r.plain:,.0f} | **{r.ratio:.3f}** ({rounds}) | "
            f"{target} | {r.verdict} | {_fmt(r.cpu('gaiban'), '.2f')} / "
            f"{_fmt(r.cpu('plain'), '.2f')} | {c.get('statements', '–')} | "
            f"{c.get('round_trips', '–')} / {p.get('round_trips', '–')} | "
            f"{r.errors('gaiban')} / {r.errors('plain')} |"
        )
    lines += ["", "Round trips besides statements (Gaiban):"]
    for key, c in counts.items():
        lines.append(f"  {key}: {c['statements']} statements + {c['other']}")
    lines += [
        "",
        f"Cold start, launch to first 200 (median of {COLD_STARTS}): gaiban serve /healthz "
        f"{cold['gaiban_healthz_s']:.2f} s, /v1/me {cold['gaiban_me_s']:.2f} s (target < 1.5 s: "
        f"{'OK' if cold['gaiban_me_s'] < 1.5 else 'MISS'}); plain /healthz "
        f"{cold['plain_healthz_s']:.2f} s, user {cold['plain_me_s']:.2f} s; "
        f"import app.main {cold['import_app_main_s']:.2f} s",
        f"Workers (GET one task, {workers['how']}): 1 worker {workers['one_worker_rps']:,.0f} "
        f"req/s, 2 workers {workers['two_workers_rps']:,.0f} req/s, ratio "
        f"{workers['ratio']:.2f} (target ≥ 1.5: {workers['verdict']}); cores busy (of "
        f"{workers['cores']}), Gaiban / PostgreSQL / wrk: 1 worker "
        + " / ".join(f"{v:.2f}" for v in workers["cores_busy"]["1"].values())
        + ", 2 workers "
        + " / ".join(f"{v:.2f}" for v in workers["cores_busy"]["2"].values()),
    ]
    return "\n".join(lines)


async def _prepare(url: str) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID], uuid.UUID]:
    _, _, jid, unit_ids = await seed(url)
    office_id = await add_office_account(url, jid)
    return jid, office_id, unit_ids, await some_task(url, jid)


def run(url: str) -> None:
    binary = require_wrk()
    jid, office_id, unit_ids, task_id = asyncio.run(_prepare(url))
    unit = unit_ids[TIMED_UNIT]
    points = endpoints(jid, task_id, unit, office_id, unit_ids[1], unit_ids[2:4])
    work = Path(tempfile.mkdtemp(prefix="gaiban-ratios-"))
    data_dir, logs = work / "data", work / "logs"
    data_dir.mkdir()
    logs.mkdir()
    print(f"servers' logs under {logs}", flush=True)
    gaiban, plain = gaiban_serve(url, data_dir, logs), plain_server(url, office_id, logs)
    with running([gaiban, plain]):
        gaiban.wait_for("/healthz")
        plain.wait_for("/healthz")
        token = asyncio.run(_token(gaiban.port))
        status, _ = get(gaiban.port, "/v1/me", {"Authorization": f"Bearer {token}"})
        assert status == 200, status
        results = measure(binary, gaiban, plain, points, token)
    calls = [(p.key, p.method, p.gaiban_path, p.body) for p in points]
    plain_calls = [(p.key, p.method, p.plain_path, p.body) for p in points]
    counts = asyncio.run(count_gaiban(url, data_dir, calls))
    plain_counts = asyncio.run(count_plain(url, office_id, plain_calls))
    one, two = (gaiban_workers(url, data_dir, logs, n) for n in (1, 2))
    with running([one, two]):
        one.wait_for("/healthz")
        two.wait_for("/healthz")
        workers = measure_workers(binary, one, two, points[0], token)
    me = next(p for p in points if p.key == "me")
    cold = cold_starts(url, data_dir, logs, office_id, token, me.plain_path)
    table = report(results, counts, plain_counts, cold, workers)
    print("\n" + table)
    if target := os.environ.get("BENCH_JSON"):
        Path(target).write_text(
            json.dumps(
                {
                    "setup": {
                        "tasks": TASKS,
                        "units": UNITS,
                        "wrk": f"-t{THREADS} -c{CONNECTIONS} -d{DURATION:g}s",
                        "order": "A-B-B-A (gaiban, plain, plain, gaiban)",
                    },
                    "results": [
                        {
                            **{k: v for k, v in asdict(r).items() if k != "runs"},
                            "gaiban_rps": r.gaiban,
                            "plain_rps": r.plain,
                            "ratio": r.ratio,
                            "round_ratios": r.round_ratios,
                            "verdict": r.verdict,
                            "runs": [asdict(x) for x in r.runs],
                        }
                        for r in results
                    ],
                    "statements": {"gaiban": counts, "plain": plain_counts},
                    "cold_start": cold,
                    "workers": workers,
                    "table": table,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        print(f"written to {target}")
    if any(r.errors("gaiban") or r.errors("plain") for r in results):
        print(f"some requests failed: the servers' logs stay under {logs}")
    else:
        shutil.rmtree(work, ignore_errors=True)


async def _token(port: int) -> str:
    import httpx

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        return await mint_token(client)


def main() -> None:
    require_wrk()

    async def in_database(url: str) -> None:
        await asyncio.to_thread(run, url)

    run_in_throwaway_database(in_database)


if __name__ == "__main__":
    main()
