"""`gaiban serve` without DATABASE_URL starts the embedded PostgreSQL under GAIBAN_DATA_DIR, and a
clean shutdown (SIGTERM, SIGINT) stops it again, unless another process still uses it.

pgserver counts the cluster's users in ``pg/.handle_pids.json`` and the last one to exit stops
it (app/embedded_pg.py). A user that died without exiting is no user: it must not keep the
cluster running for good.

A postmaster that died (SIGKILL) leaves lock files naming its pid, which PostgreSQL and
pgserver take for a running server while the pid names a process: its own unreaped corpse for
a while, or another program's after a restart. Starting again waits for the corpse to go, and
removes lock files that name another program. (tests/integration/test_crash_recovery.py
kills the service and its PostgreSQL for real.)
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from app import embedded_pg
from app.settings import PROJECT_ROOT
from tests.integration.test_serve_workers import (
    _alive,
    _free_port,
    _gaiban,
    _request,
)

# Start-up here includes making the cluster (initdb): seconds, more on a busy machine.
STARTUP_SECONDS = 90.0


def _environment(data_dir: Path) -> dict[str, str]:
    """No database URL of any kind: the service starts its embedded PostgreSQL."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("GAIBAN_")}
    for name in ("DATABASE_URL", "TEST_DATABASE_URL"):
        env.pop(name, None)
    env.update(GAIBAN_DATA_DIR=str(data_dir), GAIBAN_LOG_LEVEL="INFO")
    # This checkout's app, whichever one the console script was installed from.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(PROJECT_ROOT), env.get("PYTHONPATH"))))
    return env


def postmaster_pid(data_dir: Path) -> int:
    return int((data_dir / "pg" / "postmaster.pid").read_text().splitlines()[0])


def start_serving(
    data_dir: Path,
    log: Path,
    *,
    workers: int = 1,
    port: int | None = None,
    options: tuple[str, ...] = (),
) -> tuple[subprocess.Popen[bytes], int]:
    """`gaiban serve` on the embedded PostgreSQL, in a session (process group) of its own, once
    /healthz answers 200: the process and its port (a free one unless given)."""
    port = port or _free_port()
    command = ["serve", "--workers", str(workers), "--host", "127.0.0.1", "--port", str(port)]
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603 - our own console script
            [*_gaiban(), *command, *options],
            env=_environment(data_dir),
            cwd=PROJECT_ROOT,
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
    except BaseException:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
        raise
    return server, port


def _serve_then_stop(data_dir: Path, log: Path, *, workers: int, stop: signal.Signals) -> int:
    """Serve until /healthz answers, send ``stop``, wait for the exit; the postmaster's pid."""
    server, _ = start_serving(data_dir, log, workers=workers)
    try:
        postmaster = postmaster_pid(data_dir)
        assert _alive(postmaster)
    finally:
        server.send_signal(stop)
        try:
            returncode = server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
            raise
    assert returncode == 0, log.read_text()
    return postmaster


def _stopped(postmaster: int, data_dir: Path) -> bool:
    return not _alive(postmaster) and not (data_dir / "pg" / "postmaster.pid").exists()


def _set_users(data_dir: Path, pids: list[int]) -> None:
    (data_dir / "pg" / ".handle_pids.json").write_text(json.dumps(pids))


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """The service's data folder; a postmaster a failed test left running there is stopped.

    Not under pytest's tmp_path: run as root, the cluster belongs to a `pgserver` user, and
    any pytest session starting meanwhile makes /tmp/pytest-of-root private to root again."""
    data = Path(tempfile.mkdtemp(prefix="gaiban-serve-")) / "data"
    try:
        yield data
    finally:
        with contextlib.suppress(OSError, ValueError, IndexError):
            postmaster = postmaster_pid(data)
            if _alive(postmaster):
                os.kill(postmaster, signal.SIGTERM)  # a "smart" shutdown, as pg_ctl stop's
                deadline = time.monotonic() + 30
                while _alive(postmaster) and time.monotonic() < deadline:
                    time.sleep(0.1)
        shutil.rmtree(data.parent, ignore_errors=True)


@pytest.mark.parametrize(
    ("workers", "stop"),
    [(1, signal.SIGTERM), (1, signal.SIGINT), (2, signal.SIGTERM)],
    ids=["one-worker-SIGTERM", "one-worker-SIGINT", "two-workers-SIGTERM"],
)
def test_a_clean_shutdown_stops_the_embedded_postgresql_it_started(
    data_dir: Path, tmp_path: Path, workers: int, stop: signal.Signals
) -> None:
    postmaster = _serve_then_stop(data_dir, tmp_path / "serve.log", workers=workers, stop=stop)
    assert _stopped(postmaster, data_dir), (tmp_path / "serve.log").read_text()


def test_a_user_that_died_does_not_keep_it_running_but_a_live_one_does(
    data_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "serve.log"
    _serve_then_stop(data_dir, log, workers=1, stop=signal.SIGTERM)  # makes the cluster

    # A former user killed without exiting (SIGKILL, out of memory) left its pid in the list.
    dead = subprocess.Popen(["true"])  # noqa: S607 - a process to outlive
    dead.wait()
    _set_users(data_dir, [dead.pid])
    postmaster = _serve_then_stop(data_dir, log, workers=1, stop=signal.SIGTERM)
    assert _stopped(postmaster, data_dir), log.read_text()

    # Another process still using the cluster keeps it running after the service stops.
    other_user = subprocess.Popen(["sleep", "60"])  # noqa: S607
    try:
        _set_users(data_dir, [other_user.pid])
        postmaster = _serve_then_stop(data_dir, log, workers=1, stop=signal.SIGTERM)
        assert _alive(postmaster), "the cluster stopped under another process using it"
        assert json.loads((data_dir / "pg" / ".handle_pids.json").read_text()) == [other_user.pid]
    finally:
        other_user.kill()
        other_user.wait()


def _lock_files_naming(pgdata: Path, pid: int) -> tuple[Path, Path]:
    """postmaster.pid and the socket's lock file of a postmaster ``pid`` once was."""
    pgdata.mkdir(parents=True)
    postmaster = pgdata / "postmaster.pid"
    lines = [str(pid), str(pgdata), "1796575413", "5432", str(pgdata), "", "2147022  9", "ready"]
    postmaster.write_text("\n".join(lines) + "\n")
    socket_lock = pgdata / ".s.PGSQL.5432.lock"
    socket_lock.write_text("\n".join([str(pid), str(pgdata), "1796575413", "5432", str(pgdata)]))
    return postmaster, socket_lock


def _zombie() -> subprocess.Popen[bytes]:
    """A child that has exited and that this process has not reaped (yet)."""
    child = subprocess.Popen(["true"])  # noqa: S607 - a process to outlive
    while psutil.Process(child.pid).status() != psutil.STATUS_ZOMBIE:
        time.sleep(0.01)
    return child


def test_starting_waits_for_a_dead_postmaster_to_be_reaped(tmp_path: Path) -> None:
    corpse = _zombie()
    postmaster, socket_lock = _lock_files_naming(tmp_path / "pg", corpse.pid)
    reaper = threading.Timer(0.3, corpse.wait)  # its parent (here: this process) reaps it
    started = time.monotonic()
    reaper.start()
    embedded_pg._clear_dead_postmaster(tmp_path / "pg")
    assert time.monotonic() - started >= 0.3
    assert not psutil.pid_exists(corpse.pid)
    # Gone: PostgreSQL overwrites the lock files of a pid that names no process.
    assert postmaster.exists()
    assert socket_lock.exists()


def test_a_dead_postmaster_never_reaped_is_an_error_that_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedded_pg, "REAPING_SECONDS", 0.2)
    corpse = _zombie()
    try:
        _lock_files_naming(tmp_path / "pg", corpse.pid)
        with pytest.raises(embedded_pg.EmbeddedPostgresStuck, match=f"pid {corpse.pid}"):
            embedded_pg._clear_dead_postmaster(tmp_path / "pg")
    finally:
        corpse.wait()


def test_lock_files_naming_another_program_are_removed_and_a_running_postmasters_kept(
    tmp_path: Path,
) -> None:
    # After a restart, the dead postmaster's pid names another program.
    other = subprocess.Popen(["sleep", "60"])  # noqa: S607
    try:
        postmaster, socket_lock = _lock_files_naming(tmp_path / "pg", other.pid)
        embedded_pg._clear_dead_postmaster(tmp_path / "pg")
        assert not postmaster.exists()
        assert not socket_lock.exists()
    finally:
        other.kill()
        other.wait()

    # A process started on this data folder (`postgres -D <pgdata>`): the server, running.
    running = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", "import time; time.sleep(60)", str((tmp_path / "data").resolve())]
    )
    try:
        postmaster, socket_lock = _lock_files_naming(tmp_path / "data", running.pid)
        embedded_pg._clear_dead_postmaster(tmp_path / "data")
        assert postmaster.exists()
        assert socket_lock.exists()
    finally:
        running.kill()
        running.wait()


def test_serve_with_its_worker_stops_the_worker_before_the_embedded_postgresql(
    data_dir: Path, tmp_path: Path
) -> None:
    """`gaiban serve --worker` (what `make run` runs) starts `gaiban worker` beside it on the
    same database; a stop signal to the server alone ends both, and then the cluster."""
    log = tmp_path / "serve.log"
    server, _ = start_serving(data_dir, log, options=("--migrate", "--worker"))
    try:
        postmaster = postmaster_pid(data_dir)
        deadline = time.monotonic() + STARTUP_SECONDS
        while '"worker started' not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
    finally:
        server.send_signal(signal.SIGTERM)  # the server only, not its process group
        try:
            returncode = server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
            raise
    assert returncode == 0, log.read_text()
    assert '"worker stopped"' in log.read_text()
    assert _stopped(postmaster, data_dir), log.read_text()
