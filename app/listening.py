"""A listening socket per worker, for `gaiban serve --workers N`.

uvicorn's workers share the one socket its supervisor binds, and a worker woken by a waiting
connection accepts every connection waiting (asyncio takes up to the backlog at a time). A
client that opens its pool of keep-alive connections at once — a load generator, an
integrator's HTTP pool — can so land entirely on one worker, leaving the other idle for the
pool's lifetime (bench/ratios.py's census: 0.98 + 0.00 of a core).

Here each worker listens on a socket of its own, bound with SO_REUSEPORT, and the kernel
spreads new connections over them. The supervisor still passes one socket to each worker it
starts (or restarts); that socket is a ``ReusePortSocket``, which is pickled to the worker not as
the parent's socket but as its address: the worker binds a fresh socket there while it is
unpickled. The parent's own socket is only bound, never listened on, so no connection is queued
on it. Standard library only: the worker imports this before the app.
"""

from __future__ import annotations

import socket
from multiprocessing.reduction import register
from typing import Any


class ReusePortSocket(socket.socket):
    """An address for workers to listen on, each on a socket of its own (SO_REUSEPORT)."""


def _reuse_port(family: int, host: str, port: int) -> socket.socket:
    # IPPROTO_TCP named, as uvicorn does: asyncio sets TCP_NODELAY on the connections accepted
    # only when their socket says so, and without it each answer waited ~40 ms for an ACK
    # (Nagle's algorithm against delayed ACKs): 727 requests a second instead of 7,000.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def reuse_port_address(host: str, port: int) -> ReusePortSocket:
    """Bound here (a taken address fails at once, in the parent), listened on only by the
    fresh sockets the workers bind to the same address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = ReusePortSocket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _reduce(sock: ReusePortSocket) -> tuple[Any, tuple[int, str, int]]:
    host, port = sock.getsockname()[:2]
    return _reuse_port, (sock.family, host, port)


register(ReusePortSocket, _reduce)
