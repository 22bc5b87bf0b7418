"""`gaiban serve --workers 2`: migrations run once, in the serving parent, before the workers
start; both workers answer /healthz and authenticated requests on the same database; SIGINT
stops the parent and its workers.

Which process served a request is read from the access log: every JSON log line carries the
``pid`` of the process that wrote it.
"""

from __future__ import annotations

import gc
import http.client
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from app.migrations import upgrade
from app.serving import create_served_app
from app.settings import PROJECT_ROOT, get_settings
from tests.integration.pg import fresh_database

ADMIN = "workers.admin"
ADMIN_PASSWORD = "a long operator passphrase for workers"
STARTUP_SECONDS = 20.0


def _gaiban() -> list[str]:
    script = Path(sys.executable).parent / "gaiban"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]


def _environment(database_url: str, data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GAIBAN_")}
    env.pop("TEST_DATABASE_URL", None)
    env.update(DATABASE_URL=database_url, GAIBAN_DATA_DIR=str(data_dir), GAIBAN_LOG_LEVEL="INFO")
    # This checkout's app, whichever checkout the console script was installed from.
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    return env


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _request(
    port: int,
    method: str,
    path: str,
    body: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _burst_of_connections(port: int, count: int) -> set[int]:
    """``count`` connections opened together, then one request on each: the statuses."""
    connected = threading.Barrier(count)

    def one(_: int) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.connect()
            connected.wait(timeout=10)
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            response.read()
            return response.status
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return set(pool.map(one, range(count)))


def _log_lines(path: Path) -> list[dict[str, Any]]:
    lines = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("{"):
            try:
                lines.append(json.loads(raw))
            except ValueError:
                continue
    return lines


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by whoever adopted it) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture
def database_with_admin(tmp_path: Path) -> Iterator[str]:
    with fresh_database("workers") as url:
        upgrade(url)
        created = subprocess.run(  # noqa: S603 - our own console script
            [*_gaiban(), "create-admin", "--username", ADMIN],
            input=ADMIN_PASSWORD + "\n",
            env=_environment(url, tmp_path / "data"),
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert created.returncode == 0, created.stderr
        yield url


def test_serve_with_two_workers_answers_from_both_and_stops_cleanly(
    database_with_admin: str, tmp_path: Path
) -> None:
    port = _free_port()
    log = tmp_path / "serve.log"
    serve = ["serve", "--migrate", "--workers", "2", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603 - our own console script
            [*_gaiban(), *serve],
            env=_environment(database_with_admin, tmp_path / "data"),
            cwd=tmp_path,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        status = 0
        while status != 200:
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"no 200 on /healthz: {log.read_text()}"
            try:
                status, _ = _request(port, "GET", "/healthz")
            except OSError:
                time.sleep(0.05)

        form = urllib.parse.urlencode(
            {"grant_type": "password", "username": ADMIN, "password": ADMIN_PASSWORD}
        )
        status, body = _request(
            port,
            "POST",
            "/v1/auth/token",
            form,
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert status == 200, body
        bearer = {"Authorization": f"Bearer {json.loads(body)['access_token']}"}

        # Concurrent requests on fresh connections until both workers have answered some (the
        # kernel hands each accepted connection to one of them).
        def me(_: int) -> int:
            return _request(port, "GET", "/v1/me", headers=bearer)[0]

        served_by: set[int] = set()
        with ThreadPoolExecutor(max_workers=8) as pool:
            while len(served_by) < 2 and time.monotonic() < deadline + 10:
                assert set(pool.map(me, range(32))) == {200}
                served_by = {
                    line["pid"]
                    for line in _log_lines(log)
                    if line.get("logger") == "gaiban.access"
                    and line.get("path") == "/v1/me"
                    and line.get("status") == 200
                }
        assert len(served_by) == 2, f"/v1/me answered by {served_by} only"
        assert server.pid not in served_by  # the parent supervises; the workers serve

        # A pool of keep-alive connections opened at once (as wrk or an integrator's HTTP
        # client opens it) is spread over both workers: each listens on a socket of its own
        # (app/listening.py). On one shared socket, the worker that woke first accepted them
        # all, and the other idled for as long as the pool lived.
        seen = len(_log_lines(log))
        assert _burst_of_connections(port, 32) == {200}
        burst_served_by = {
            line["pid"]
            for line in _log_lines(log)[seen:]
            if line.get("logger") == "gaiban.access" and line.get("path") == "/healthz"
        }
        assert burst_served_by == served_by, burst_served_by
    finally:
        server.send_signal(signal.SIGINT)
        try:
            returncode = server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
            raise

    lines = _log_lines(log)
    assert returncode == 0, log.read_text()
    for pid in served_by:
        assert not _alive(pid), f"worker {pid} outlived the server"
    # Migrations ran once, in the parent, before any worker started.
    migrations = [line for line in lines if line.get("logger") == "alembic.runtime.migration"]
    assert migrations, log.read_text()
    assert {line["pid"] for line in migrations} == {server.pid}
    assert sum(line["message"].startswith("Context impl") for line in migrations) == 1


async def test_the_served_app_pauses_the_collector_for_start_up_only(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("GAIBAN_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        app = create_served_app()
        assert not gc.isenabled()  # paused while the app is built
        async with app.router.lifespan_context(app):
            assert gc.isenabled()  # back on once start-up is done (settle_heap)
    finally:
        gc.enable()
        gc.unfreeze()
        get_settings.cache_clear()
        root.handlers[:], root.level = handlers, level
