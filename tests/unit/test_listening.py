"""`gaiban serve --workers N`: each worker listens on a socket of its own (app/listening.py)."""

from __future__ import annotations

import socket
from multiprocessing.reduction import ForkingPickler

from app.listening import ReusePortSocket, reuse_port_address


def test_a_worker_gets_a_fresh_socket_on_the_same_address_not_the_parents() -> None:
    with reuse_port_address("127.0.0.1", 0) as address:
        assert isinstance(address, ReusePortSocket)
        # What uvicorn's supervisor sends each worker it starts, as multiprocessing pickles it.
        first = ForkingPickler.loads(ForkingPickler.dumps([address]))[0]
        second = ForkingPickler.loads(ForkingPickler.dumps([address]))[0]
        with first, second:
            assert type(first) is socket.socket
            assert len({address.fileno(), first.fileno(), second.fileno()}) == 3
            assert first.getsockname() == second.getsockname() == address.getsockname()
            for sock in (first, second):
                assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) == 1
                # asyncio sets TCP_NODELAY on accepted connections only for IPPROTO_TCP
                # sockets: without it each answer waited ~40 ms for an ACK.
                assert sock.proto == socket.IPPROTO_TCP
                sock.listen(8)  # both listen at once: the kernel spreads connections over them


def test_the_parent_never_listens_so_no_connection_waits_on_its_socket() -> None:
    with reuse_port_address("127.0.0.1", 0) as address:
        assert address.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) == 0
        with socket.socket() as client:
            client.settimeout(2)
            refused = client.connect_ex(address.getsockname())
        assert refused != 0  # bound only: nothing listens, nothing is queued
