"""The client address the login throttle counts under: the peer's, or, behind a trusted proxy,
the first address from the right of X-Forwarded-For that is not a trusted proxy's."""

from __future__ import annotations

from ipaddress import ip_network

import pytest
from starlette.requests import Request

from app.client_address import client_address

PROXIES = [ip_network("10.0.0.0/24"), ip_network("fd00::/8")]


def request(peer: str, *forwarded: str) -> Request:
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "client": (peer, 4711), "headers": headers})


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        ("203.0.113.9", (), "203.0.113.9"),
        # Not a trusted proxy: its X-Forwarded-For is the client's own say.
        ("203.0.113.9", ("198.51.100.1",), "203.0.113.9"),
        ("10.0.0.5", ("198.51.100.1",), "198.51.100.1"),
        # What the client wrote (left) is passed over for what the proxies appended (right).
        ("10.0.0.5", ("1.2.3.4, 198.51.100.1",), "198.51.100.1"),
        ("10.0.0.5", ("1.2.3.4, 198.51.100.1, 10.0.0.7",), "198.51.100.1"),
        ("10.0.0.5", ("1.2.3.4", "198.51.100.1"), "198.51.100.1"),  # several headers
        ("fd00::1", ("2001:db8::7",), "2001:db8::7"),
        ("10.0.0.5", ("10.0.0.6",), "10.0.0.6"),  # only proxies: the farthest
        ("10.0.0.5", (), "10.0.0.5"),
        ("10.0.0.5", ("not-an-address",), "not-an-address"),
    ],
)
def test_the_client_address(peer: str, forwarded: tuple[str, ...], expected: str) -> None:
    assert client_address(request(peer, *forwarded), PROXIES) == expected


def test_without_trusted_proxies_the_peer_counts() -> None:
    assert client_address(request("10.0.0.5", "198.51.100.1"), []) == "10.0.0.5"


def test_a_request_without_a_peer() -> None:
    assert client_address(Request({"type": "http", "headers": []}), PROXIES) == ""
