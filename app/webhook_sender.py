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
import socket
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from standardwebhooks.webhooks import Webhook

from app.domain.webhooks import (
    ATTEMPT_TIMEOUT_SECONDS,
    check_endpoint,
    is_ip_literal,
    refused_address,
    succeeded,
)
from app.schemas.webhooks import WebhookPayload

USER_AGENT = "Gaiban-Webhooks/1"
# Receivers' connection pools kept open at once (one per host name).
_MAX_CLIENTS = 64


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
    """An address of ``host`` a delivery may connect to; AddressRefused when any address the
    name resolves to is refused (a name that also points inside is not trusted at all)."""
    if is_ip_literal(host):
        addresses = [host]
    else:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except OSError as exc:
            raise AddressRefused(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise AddressRefused(f"{host} resolves to no address")
    if not allow_private:
        for address in addresses:
            reason = refused_address(address)
            if reason is not None:
                raise AddressRefused(f"{host} resolves to {address}, {reason}: refused")
    return addresses[0]


class Sender:
    """Posts deliveries; one per worker process, closed with it."""

    def __init__(self, *, allow_http: bool, allow_private: bool) -> None:
        self.allow_http = allow_http
        self.allow_private = allow_private
        self._clients: OrderedDict[str, httpx.AsyncClient] = OrderedDict()

    def _client(self, host: str) -> httpx.AsyncClient:
        client = self._clients.pop(host, None)
        if client is None:
            client = httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,
                timeout=httpx.Timeout(ATTEMPT_TIMEOUT_SECONDS, connect=5.0),
                limits=httpx.Limits(max_connections=8, max_keepalive_connections=4),
                headers={"user-agent": USER_AGENT},
            )
            while len(self._clients) >= _MAX_CLIENTS:
                _, oldest = self._clients.popitem(last=False)
                asyncio.get_running_loop().create_task(oldest.aclose())
        self._clients[host] = client
        return client

    async def send(
        self, url: str, secret: str, delivery_id: str, event: dict[str, Any]
    ) -> AttemptResult:
        endpoint = check_endpoint(url, allow_http=self.allow_http)
        if endpoint.problem is not None or endpoint.host is None or endpoint.port is None:
            return AttemptResult(False, None, f"refused: {endpoint.problem}")
        try:
            address = await resolve_allowed(
                endpoint.host, endpoint.port, allow_private=self.allow_private
            )
        except AddressRefused as exc:
            return AttemptResult(False, None, str(exc))
        body = payload_bytes(event)
        original = httpx.URL(url)
        headers = {
            **signed_headers(secret, delivery_id, body, datetime.now(UTC)),
            "content-type": "application/json",
            "host": original.netloc.decode("ascii"),
        }
        extensions = {"sni_hostname": endpoint.host} if original.scheme == "https" else {}
        client = self._client(endpoint.host)
        try:
            async with asyncio.timeout(ATTEMPT_TIMEOUT_SECONDS):
                request = client.build_request(
                    "POST",
                    original.copy_with(host=address),
                    content=body,
                    headers=headers,
                    extensions=extensions,
                )
                # The answer's body is not read: a receiver cannot make us hold megabytes.
                response = await client.send(request, stream=True)
                await response.aclose()
        except TimeoutError:
            return AttemptResult(False, None, f"no answer within {ATTEMPT_TIMEOUT_SECONDS:g} s")
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
        clients, self._clients = list(self._clients.values()), OrderedDict()
        for client in clients:
            await client.aclose()
