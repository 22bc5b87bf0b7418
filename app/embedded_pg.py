"""The embedded PostgreSQL (pgserver) used when no DATABASE_URL is set.

pgserver runs a real PostgreSQL 16 from a wheel under a data folder, listening on a Unix socket
only, so a newcomer needs nothing installed and nothing listens on the network.
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_SAFE_DB_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


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
        return postgres_server.get_server(pgdata, cleanup_mode="stop")


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
