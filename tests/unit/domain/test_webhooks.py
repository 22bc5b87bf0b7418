"""The webhook rules (app/domain/webhooks.py): where a delivery may go, the retry schedule, when
a subscription is switched off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.webhooks import (
    DEFAULT_RETRY_SCHEDULE,
    after_failure,
    check_endpoint,
    disables_subscription,
    refused_address,
    succeeded,
)


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("93.184.215.14", None),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", None),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 form of 169.254.169.254
        ("10.0.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.0.1", "private"),
        ("100.64.0.1", "private"),  # carrier-grade NAT
        ("fd00:ec2::254", "private"),  # AWS's IPv6 metadata service
        ("0.0.0.0", "unicast"),  # noqa: S104 - an address judged, not bound
        ("::", "unicast"),
        ("224.0.0.251", "unicast"),
        ("240.0.0.1", "unicast"),
        ("2002:7f00:1::1", "loopback"),  # 6to4 carrying 127.0.0.1
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "private"),  # Teredo, client 192.0.2.45
        ("fec0::1", "private"),  # site-local
        ("192.0.0.192", "private"),  # IETF protocol assignments
        ("168.63.129.16", "private"),  # Azure's platform address
    ],
)
def test_addresses_a_delivery_may_not_reach(address: str, refused: str | None) -> None:
    reason = refused_address(address)
    if refused is None:
        assert reason is None
    else:
        assert reason is not None
        assert refused in reason


@pytest.mark.parametrize(
    ("url", "allow_http", "problem"),
    [
        ("https://hooks.example.gov.cn/a", False, None),
        ("http://hooks.example.gov.cn/a", False, "https"),
        ("http://hooks.example.gov.cn/a", True, None),
        ("ftp://hooks.example.gov.cn/a", True, "https"),
        ("https://u:p@hooks.example.gov.cn/a", False, "password"),
        ("https://hooks.example.gov.cn/a#x", False, "fragment"),
        ("https:///a", False, "host"),
        ("https://hooks.example.gov.cn:70000/a", False, "not a URL"),
        ("https://1.2.3.4%.attacker.example/a", False, "%"),
        ("https://[fe80::1%25eth0]/a", False, "%"),
    ],
)
def test_endpoint_urls(url: str, allow_http: bool, problem: str | None) -> None:
    checked = check_endpoint(url, allow_http=allow_http)
    if problem is None:
        assert checked.problem is None
        assert checked.host == "hooks.example.gov.cn"
    else:
        assert checked.problem is not None
        assert problem in checked.problem


def test_default_ports() -> None:
    assert check_endpoint("https://h.example/a", allow_http=False).port == 443
    assert check_endpoint("http://h.example/a", allow_http=True).port == 80
    assert check_endpoint("https://h.example:8443/a", allow_http=False).port == 8443


def test_the_schedule_is_followed_then_the_delivery_dies() -> None:
    schedule = (5.0, 30.0, 120.0)
    assert after_failure(1, schedule).retry_in == timedelta(seconds=5)
    assert after_failure(3, schedule).retry_in == timedelta(seconds=120)
    assert after_failure(4, schedule).retry_in is None
    assert after_failure(1, ()).retry_in is None
    # The default: eight retries after the first try, ~17 hours in all.
    total = sum(DEFAULT_RETRY_SCHEDULE)
    assert len(DEFAULT_RETRY_SCHEDULE) == 8
    assert timedelta(hours=16) < timedelta(seconds=total) < timedelta(hours=18)


@pytest.mark.parametrize(
    ("status", "ok"),
    [(200, True), (204, True), (299, True), (301, False), (302, False), (400, False), (500, False)],
)
def test_only_2xx_acknowledges(status: int, ok: bool) -> None:
    assert succeeded(status) is ok


def test_a_subscription_is_switched_off_only_when_nothing_succeeded_since_the_delivery_failed() -> (
    None
):
    t = datetime(2026, 12, 31, 23, 0, tzinfo=UTC)
    later = t + timedelta(hours=1)
    # Failing since before this delivery first failed: the endpoint failed all along.
    assert disables_subscription(failing_since=t, delivery_first_failed_at=t)
    assert disables_subscription(failing_since=t, delivery_first_failed_at=later)
    # A success came after this delivery first failed: the run of failures began later.
    assert not disables_subscription(failing_since=later, delivery_first_failed_at=t)
    assert not disables_subscription(failing_since=None, delivery_first_failed_at=t)
