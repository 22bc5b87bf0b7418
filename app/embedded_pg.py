"""The embedded PostgreSQL (pgserver) used when no DATABASE_URL is set.

pgserver runs a real PostgreSQL 16 from a wheel under a data folder, listening on a Unix socket
only, so a newcomer needs nothing installed and nothing listens on the network.
"""

from __future__ import annotations

import json
import logging
import re
import time
import warnings
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_SAFE_DB_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# How long a postmaster that died may stay unreaped (a zombie) before starting gives up.
REAPING_SECONDS = 30.0


class EmbeddedPostgresStuck(RuntimeError):
    """The cluster's last postmaster died, and its process is still not gone."""


def start_embedded_postgres(pgdata: Path) -> Any:
    """Start (or attach to) the cluster in ``pgdata``; it stops when its last user exits.

    pgserver counts its users in ``pgdata/.handle_pids.json``: each process adds its pid, and
    the last one to exit (normally: an exit handler) stops the server. A user that died
    without exiting (SIGKILL, out of memory, a crash) is dropped from that list here, or no
    one would ever be the last, and the server would run on for good."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI) and falls back to /tmp.
        warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
        from pgserver import postgres_server  # lazily: only the embedded path needs it

    # pgserver logs every step of starting a cluster at INFO; only its problems matter here.
    logging.getLogger("pgserver").setLevel(max(logging.WARNING, logging.getLogger().level))

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # One starter at a time: run as root, pgserver first creates a `pgserver` system user, and two
    # processes starting at once on a fresh machine (xdist workers) race to `useradd` it, the
    # loser failing with "user already exists".
    with (pgdata.parent / f"{pgdata.name}.start.lock").open("w") as lock:
        _lock_exclusively(lock)
        _forget_dead_users(pgdata, postgres_server.PostgresServer._lock)
        _clear_dead_postmaster(pgdata)
        return postgres_server.get_server(pgdata, cleanup_mode="stop")


def _clear_dead_postmaster(pgdata: Path) -> None:
    """After a crash (the postmaster killed: SIGKILL, the out-of-memory killer), make the
    lock files it left, which name its pid, no obstacle to starting the cluster again.

    - Its pid still names a process until whoever adopted it reaps it: a zombie, for a moment
      under a diligent init, for seconds under a lazy one (this machine's), for good under
      one that never reaps. pgserver takes any process with that pid for a running server
      (and hands out the socket no one listens on), and PostgreSQL refuses to start while the
      pid names a process. Wait for it to go.
    - Its pid may name another program by now (after a reboot or a container's restart,
      pids start again from 1). PostgreSQL refuses to start then too; the files are stale
      for sure: remove them.

    Whatever else the crash left (backends still attached to the old shared memory),
    PostgreSQL checks itself as it starts, by the shared memory's key, not the lock file."""
    lock_file = pgdata / "postmaster.pid"
    try:
        lines = lock_file.read_text().splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return  # none (a clean stop), or unreadable: PostgreSQL judges it as it starts
    deadline = time.monotonic() + REAPING_SECONDS
    while (state := _process_state(pid, pgdata)) == "dead, not reaped":
        if time.monotonic() > deadline:
            raise EmbeddedPostgresStuck(
                f"the embedded PostgreSQL's postmaster (pid {pid}) died and has not been "
                f"reaped in {REAPING_SECONDS:.0f} s: PostgreSQL cannot start on {pgdata} while "
                f"the pid in its postmaster.pid names a process. Its parent (normally pid 1) "
                f"must reap it; restart the machine or container if it never does."
            )
        time.sleep(0.05)
    if state != "another program":
        return  # gone (PostgreSQL overwrites its files) or running (pgserver attaches to it)
    logger.warning(
        "the embedded PostgreSQL's postmaster.pid names pid %s, now another program's: "
        "removing the stale lock files",
        pid,
    )
    socket_dir = Path(lines[4]) if len(lines) > 4 and lines[4] else pgdata
    port = lines[3] if len(lines) > 3 and lines[3].isdigit() else "5432"
    socket_lock = socket_dir / f".s.PGSQL.{port}.lock"
    try:
        if int(socket_lock.read_text().splitlines()[0]) == pid:
            socket_lock.unlink()
    except (OSError, ValueError, IndexError):
        pass  # none, or someone else's: PostgreSQL judges it
    lock_file.unlink(missing_ok=True)


def _process_state(pid: int, pgdata: Path) -> str:
    """What ``pid``, a postmaster of ``pgdata`` once, is now."""
    import psutil

    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return "dead, not reaped"
        if str(pgdata.resolve()) in process.cmdline():  # `postgres -D <pgdata> …`, as pgserver
            return "running"  # starts it
        return "another program"
    except psutil.ZombieProcess:  # died meanwhile
        return "dead, not reaped"
    except psutil.NoSuchProcess:
        return "gone"
    except psutil.AccessDenied:  # cannot tell: a process there all the same
        return "running"


def _forget_dead_users(pgdata: Path, pgserver_lock: Any) -> None:
    """Drop the pids of processes no longer alive from pgserver's list of the cluster's users,
    under the (inter-process) lock pgserver takes to change that list."""
    handles = pgdata / ".handle_pids.json"
    if not handles.exists():
        return
    with pgserver_lock:
        pids = json.loads(handles.read_text() or "[]")
        alive = [pid for pid in pids if _alive(pid)]
        if alive != pids:
            gone = sorted(set(pids) - set(alive))
            logger.info("forgetting the embedded PostgreSQL's users that are gone: %s", gone)
            handles.write_text(json.dumps(alive))


def _alive(pid: int) -> bool:
    import psutil  # pgserver's own dependency

    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.AccessDenied:  # another user's process: there, whatever it is
        return True
    except psutil.Error:  # no such process
        return False


def _lock_exclusively(file: Any) -> None:
    """An advisory lock on ``file``, released when it is closed (POSIX only; elsewhere none is
    needed: pgserver creates no system user there)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return
    fcntl.flock(file.fileno(), fcntl.LOCK_EX)


def ensure_database(server: Any, name: str) -> None:
    if not _SAFE_DB_NAME.match(name):
        raise ValueError(f"unsafe database name {name!r}")
    query = f"SELECT 'present' FROM pg_database WHERE datname = '{name}';"  # noqa: S608 - checked
    found = server.psql(query)
    if "present" not in found:
        server.psql(f'CREATE DATABASE "{name}";')
        logger.info("created database %s in the embedded PostgreSQL", name)


def embedded_database_url(server: Any, name: str) -> str:
    socket_dir = server.get_postmaster_info().socket_dir
    return f"postgresql+asyncpg://postgres@/{name}?host={socket_dir}"


def embedded_url_for(data_dir: Path, database_name: str) -> str:
    """Start the embedded server under ``data_dir/pg``; return an asyncpg URL to the database."""
    server = start_embedded_postgres(data_dir / "pg")
    ensure_database(server, database_name)
    return embedded_database_url(server, database_name)
