"""The address a request comes from, as the sign-in throttle counts it."""

from __future__ import annotations

from collections.abc import Sequence
from ipaddress import IPv4Network, IPv6Network, ip_address

from starlette.requests import Request

Networks = Sequence[IPv4Network | IPv6Network]

_LONGEST = 64  # an IPv6 address with a zone fits; anything longer is not an address


def _trusted(address: str, proxies: Networks) -> bool:
    try:
        parsed = ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in proxies)


def client_address(request: Request, proxies: Networks) -> str:
    """The peer's address; when the peer is a trusted proxy (GAIBAN_TRUSTED_PROXIES), the
    address it was forwarded for. X-Forwarded-For is read from the right, where each proxy
    appended the address it received from: the first hop that is not a trusted proxy is the
    client. What lies left of it the client wrote itself and is not believed."""
    peer = request.client.host if request.client else ""
    if not _trusted(peer, proxies):
        return peer[:_LONGEST]
    forwarded = ",".join(request.headers.getlist("x-forwarded-for"))
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return hop[:_LONGEST]
    return (hops[0] if hops else peer)[:_LONGEST]
