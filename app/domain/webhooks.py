"""Webhook rules (issue 17): where a delivery may go, when it is tried again, when a
subscription that keeps failing is switched off. Pure: addresses and times come in.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from app.domain.messages import _

# Seconds to wait after each failed attempt before the next one: Standard Webhooks' suggested
# schedule, shortened at the start (a receiver restarting is back within seconds) and capped
# at hours. Eight retries after the first try; the delivery is dead when the last one fails,
# about 17 hours after the event.
DEFAULT_RETRY_SCHEDULE: tuple[float, ...] = (5, 30, 120, 600, 1800, 3600, 3 * 3600, 12 * 3600)

# A delivery's attempt is answered within this long or counts as failed.
ATTEMPT_TIMEOUT_SECONDS = 10.0
# What the receiver answers is kept for the deliveries list, cut to this many characters.
KEPT_RESPONSE_CHARS = 500

# Networks no delivery may reach beside those ipaddress calls private, loopback, link-local,
# site-local, multicast, reserved or unspecified: shared address space (carrier-grade NAT), the
# IETF's protocol assignments, Azure's platform address (its metadata and DNS), and the forms
# of IPv6 that carry an IPv4 address (mapped, NAT64, 6to4, Teredo), judged as that address.
_REFUSED_NETWORKS = (
    ipaddress.ip_network("100.64.0.0/10"),
    ipaddress.ip_network("192.0.0.0/24"),
    ipaddress.ip_network("168.63.129.16/32"),
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class DeliveryStatus(StrEnum):
    pending = "pending"
    delivered = "delivered"
    dead = "dead"


def refused_address(address: str) -> str | None:
    """Why a delivery may not connect to ``address`` (an IP literal), or None when it may.
    Cloud metadata services (169.254.169.254, fd00:ec2::254) are link-local or private."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id is not None:
            return _("a scoped (link-local) address")
        teredo = ip.teredo
        embedded = (
            ip.ipv4_mapped
            or ip.sixtofour
            or (teredo[1] if teredo else None)
            or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
        )
        if embedded is not None:
            return refused_address(str(embedded))
        if ip.is_site_local:
            return _("a private address")
    if ip.is_loopback:
        return _("a loopback address")
    if ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return _("not a unicast public address")
    if ip.is_link_local:
        return _("a link-local address (cloud metadata services live there)")
    if ip.is_private or any(ip in network for network in _REFUSED_NETWORKS):
        return _("a private address")
    return None


@dataclass(frozen=True)
class EndpointCheck:
    """A subscription URL's scheme and host, or why it is refused."""

    host: str | None
    port: int | None
    problem: str | None


def check_endpoint(url: str, *, allow_http: bool) -> EndpointCheck:
    """An https URL with a host, no user name or password, no fragment (http only when the
    deployment allows it, for development)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return EndpointCheck(None, None, _("not a URL ({exc})", exc=exc))
    schemes = ("https", "http") if allow_http else ("https",)
    if parts.scheme not in schemes:
        return EndpointCheck(
            None,
            None,
            _("the URL must be https")
            if allow_http
            else _("the URL must be https (http is allowed only where the deployment allows it)"),
        )
    if not parts.hostname:
        return EndpointCheck(None, None, _("the URL has no host"))
    if "%" in parts.hostname:
        # A zone id (fe80::1%eth0) names a link-local address; in a name it is no name at all,
        # and a resolver might be asked what the check never judged.
        return EndpointCheck(None, None, _("the URL's host must not carry a '%'"))
    if parts.username is not None or parts.password is not None:
        return EndpointCheck(None, None, _("the URL must not carry a user name or password"))
    if parts.fragment:
        return EndpointCheck(None, None, _("the URL must not carry a fragment"))
    default_port = 443 if parts.scheme == "https" else 80
    return EndpointCheck(parts.hostname, port or default_port, None)


def ip_literal(host: str) -> str | None:
    """The host as the address it names (normalised), or None when it is a name."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


@dataclass(frozen=True)
class AttemptOutcome:
    """What to do with a delivery after a failed attempt: try again after ``retry_in``, or give
    up (``retry_in`` None: the delivery is dead)."""

    retry_in: timedelta | None


def after_failure(attempts_made: int, schedule: tuple[float, ...]) -> AttemptOutcome:
    """``attempts_made`` counts the attempt that just failed (1 after the first)."""
    if attempts_made > len(schedule):
        return AttemptOutcome(None)
    return AttemptOutcome(timedelta(seconds=schedule[attempts_made - 1]))


def succeeded(status_code: int) -> bool:
    """Any 2xx is an acknowledgement; a redirect is not followed and counts as a failure."""
    return 200 <= status_code < 300


def disables_subscription(
    *, failing_since: datetime | None, delivery_first_failed_at: datetime | None
) -> bool:
    """Whether a delivery that just died (failed every attempt of the schedule) switches its
    subscription off: when none of the subscription's deliveries succeeded since this one first
    failed (``failing_since``, the start of the current run of failures, is no later). Its
    endpoint has then been failing for the schedule's whole length (hours), not for a moment."""
    if failing_since is None or delivery_first_failed_at is None:
        return False
    return failing_since <= delivery_first_failed_at
