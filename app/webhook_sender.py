"""Sending one webhook delivery: sign it (Standard Webhooks), check where it would go, POST it.

The receiver's name is resolved here and every address it resolves to is judged before any
connection (app/domain/webhooks.py refused_address): a name that points at the loopback, a
private network or a cloud metadata service is refused, and the connection then goes to the
address judged, not to a second resolution (which DNS rebinding could answer differently).
TLS still verifies the certificate against the name (SNI). Redirects are not followed, and the
environment's proxy settings are not used (a proxy would connect where it likes).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from standardwebhooks.webhooks import Webhook

from app.domain.messages import _
from app.domain.webhooks import (
    ATTEMPT_TIMEOUT_SECONDS,
    check_endpoint,
    ip_literal,
    refused_address,
    succeeded,
)
from app.schemas.webhooks import WebhookPayload

USER_AGENT = "Gaiban-Webhooks/1"


@dataclass(frozen=True)
class AttemptResult:
    ok: bool
    status_code: int | None
    error: str | None


class AddressRefused(Exception):
    pass


def payload_bytes(event: dict[str, Any]) -> bytes:
    """The delivery's body: the event as the feed serves it, under type and timestamp."""
    payload = WebhookPayload.model_validate(
        {"type": event["type"], "timestamp": event["occurred_at"], "data": event}
    )
    return payload.model_dump_json().encode()


def signed_headers(secret: str, delivery_id: str, body: bytes, now: datetime) -> dict[str, str]:
    return {
        "webhook-id": delivery_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(secret).sign(delivery_id, now, body),
    }


async def resolve_allowed(host: str, port: int, *, allow_private: bool) -> str:
    """An address of ``host`` a delivery may connect to, as an IP literal; AddressRefused when
    any address the name resolves to is refused (a name that also points inside is not trusted
    at all). The message names the kind of address, not the address: a subscriber learns
    nothing of the internal network's names."""
    literal = ip_literal(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except OSError as exc:
            raise AddressRefused(_("cannot resolve {host}", host=host)) from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise AddressRefused(_("{host} resolves to no address", host=host))
    if not allow_private:
        for address in addresses:
            reason = refused_address(address)
            if reason is not None:
                where = _("is") if literal is not None else _("resolves to")
                raise AddressRefused(
                    _("{host} {where} {reason}: refused", host=host, where=where, reason=reason)
                )
    # Connected to as judged: an IP literal, never a name to be resolved again.
    return str(ipaddress.ip_address(addresses[0]))


@dataclass(frozen=True)
class Destination:
    """Where a delivery goes: the URL as given, its host as one A-label (IDNA 2008, httpx's
    spelling: for the resolver, SNI and Host alike), and the address judged."""

    url: httpx.URL
    host: str
    address: str


async def destination(url: str, *, allow_http: bool, allow_private: bool) -> Destination:
    """The URL checked (scheme, host, no credentials) and its host resolved and judged;
    AddressRefused says why not."""
    endpoint = check_endpoint(url, allow_http=allow_http)
    if endpoint.problem is not None or endpoint.port is None:
        raise AddressRefused(endpoint.problem or _("the URL is refused"))
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise AddressRefused(_("not a URL ({exc})", exc=exc)) from exc
    host = parsed.raw_host.decode("ascii")
    address = await resolve_allowed(host, endpoint.port, allow_private=allow_private)
    return Destination(parsed, host, address)


class Sender:
    """Posts deliveries; one per worker process, closed with it."""

    def __init__(self, *, allow_http: bool, allow_private: bool) -> None:
        self.allow_http = allow_http
        self.allow_private = allow_private
        self._clients: dict[str, httpx.AsyncClient] = {}

    def _client(self, host: str) -> httpx.AsyncClient:
        """The host's own connection pool (a connection is made for the host's name: SNI), kept
        for the worker's life: hosts are as many as the subscriptions' at most."""
        client = self._clients.get(host)
        if client is None:
            client = httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,
                timeout=httpx.Timeout(ATTEMPT_TIMEOUT_SECONDS, connect=5.0),
                limits=httpx.Limits(max_connections=8, max_keepalive_connections=4),
                headers={"user-agent": USER_AGENT},
            )
            self._clients[host] = client
        return client

    async def send(
        self, url: str, secret: str, delivery_id: str, event: dict[str, Any]
    ) -> AttemptResult:
        """One attempt, its name's resolution included, within ATTEMPT_TIMEOUT_SECONDS (well
        inside the worker's lease)."""
        try:
            async with asyncio.timeout(ATTEMPT_TIMEOUT_SECONDS):
                return await self._send(url, secret, delivery_id, event)
        except TimeoutError:
            return AttemptResult(False, None, f"no answer within {ATTEMPT_TIMEOUT_SECONDS:g} s")

    async def _send(
        self, url: str, secret: str, delivery_id: str, event: dict[str, Any]
    ) -> AttemptResult:
        try:
            where = await destination(
                url, allow_http=self.allow_http, allow_private=self.allow_private
            )
        except AddressRefused as exc:
            return AttemptResult(False, None, f"refused: {exc}")
        original, host = where.url, where.host
        body = payload_bytes(event)
        headers = {
            **signed_headers(secret, delivery_id, body, datetime.now(UTC)),
            "content-type": "application/json",
            "host": original.netloc.decode("ascii"),
        }
        extensions = {"sni_hostname": host} if original.scheme == "https" else {}
        client = self._client(host)
        try:
            request = client.build_request(
                "POST",
                original.copy_with(host=where.address),
                content=body,
                headers=headers,
                extensions=extensions,
            )
            # The answer's body is not read: a receiver cannot make us hold megabytes.
            response = await client.send(request, stream=True)
            await response.aclose()
        except httpx.HTTPError as exc:
            return AttemptResult(False, None, f"{type(exc).__name__}: {exc}"[:500])
        if succeeded(response.status_code):
            return AttemptResult(True, response.status_code, None)
        if response.is_redirect:
            error = f"answered {response.status_code} (a redirect, not followed)"
        else:
            error = f"answered {response.status_code}"
        return AttemptResult(False, response.status_code, error)

    async def close(self) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()
