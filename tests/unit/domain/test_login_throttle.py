"""Login throttling's policy (app/domain/login_throttle.py): free failures, then locks that
double up to a cap; runs of failures that end with their window; the keys failures count under."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.login_throttle import (
    ACCOUNT_POLICY,
    ADDRESS_POLICY,
    FailureRun,
    KeyKind,
    Lock,
    account_key,
    address_key,
    after_failure,
    client_key,
    forgotten_before,
    lock_in_force,
    lock_length,
    locked_until,
)

T0 = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [
        (1, 0),
        (5, 0),  # five free failures
        (6, 1),
        (7, 2),
        (8, 4),
        (10, 16),
        (15, 512),
        (16, 900),  # capped at 15 minutes
        (1_000_000, 900),
    ],
)
def test_an_account_has_five_free_failures_then_locks_that_double_up_to_15_minutes(
    failures: int, seconds: int
) -> None:
    assert lock_length(failures, ACCOUNT_POLICY) == timedelta(seconds=seconds)


@pytest.mark.parametrize(("failures", "seconds"), [(50, 0), (51, 1), (52, 2), (70, 900)])
def test_an_address_has_fifty_free_failures(failures: int, seconds: int) -> None:
    assert lock_length(failures, ADDRESS_POLICY) == timedelta(seconds=seconds)


@given(st.integers(min_value=1, max_value=10_000))
def test_a_further_failure_never_shortens_the_lock(failures: int) -> None:
    for policy in (ACCOUNT_POLICY, ADDRESS_POLICY):
        shorter, longer = lock_length(failures, policy), lock_length(failures + 1, policy)
        assert shorter <= longer <= policy.longest_lock


def _run(key: str, failures: int, last: datetime = T0) -> FailureRun:
    return FailureRun(key, failures, T0, last, T0 + timedelta(days=1))


def test_the_lock_runs_from_the_last_failure() -> None:
    run = _run("user:ada", 7, last=T0 + 10 * SECOND)
    assert locked_until(run) == T0 + 12 * SECOND
    assert locked_until(_run("user:ada", 5)) is None


def test_the_lock_in_force_is_the_one_that_ends_last() -> None:
    runs = [_run("user:ada", 6), _run("ip:10.0.0.1", 52)]  # 1 s and 2 s
    assert lock_in_force(runs, T0) == Lock("ip:10.0.0.1", KeyKind.address, T0 + 2 * SECOND)
    assert lock_in_force(runs, T0 + 1.5 * SECOND) == Lock(
        "ip:10.0.0.1", KeyKind.address, T0 + 2 * SECOND
    )
    assert lock_in_force(runs, T0 + 2 * SECOND) is None  # a lock ends at its end
    assert lock_in_force([], T0) is None


@pytest.mark.parametrize(
    ("remaining", "seconds"),
    [(timedelta(milliseconds=1), 1), (SECOND, 1), (timedelta(seconds=1.2), 2), (900 * SECOND, 900)],
)
def test_retry_after_is_in_whole_seconds_rounded_up(remaining: timedelta, seconds: int) -> None:
    assert Lock("user:ada", KeyKind.account, T0 + remaining).retry_after_seconds(T0) == seconds


def test_a_failure_starts_a_run_or_adds_to_it_until_its_window_ends() -> None:
    first = after_failure(None, "user:ada", T0)
    assert first == FailureRun("user:ada", 1, T0, T0, T0 + ACCOUNT_POLICY.window)
    second = after_failure(first, "user:ada", T0 + SECOND)
    assert second == FailureRun("user:ada", 2, T0, T0 + SECOND, T0 + ACCOUNT_POLICY.window)
    later = T0 + ACCOUNT_POLICY.window
    assert after_failure(second, "user:ada", later) == FailureRun(
        "user:ada", 1, later, later, later + ACCOUNT_POLICY.window
    )


def test_an_address_run_lasts_fifteen_minutes() -> None:
    run = after_failure(None, "ip:10.0.0.1", T0)
    assert run.ends_at == T0 + timedelta(minutes=15)


@given(st.integers(min_value=1, max_value=100), st.integers(min_value=0, max_value=10**7))
def test_a_spent_run_locks_nothing(failures: int, seconds_before_last: int) -> None:
    """What forgotten_before lets go refuses nothing: the lock of a run whose window ended
    before it has ended too (its last failure came within its window)."""
    for key in ("user:ada", "ip:10.0.0.1"):
        policy = ACCOUNT_POLICY if key.startswith("user:") else ADDRESS_POLICY
        ends_at = T0 + policy.window
        last = ends_at - timedelta(seconds=seconds_before_last) - timedelta(microseconds=1)
        run = FailureRun(key, failures, min(T0, last), last, ends_at)
        now = ends_at + policy.longest_lock
        assert run.ends_at <= forgotten_before(now)
        assert lock_in_force([run], now) is None


def test_keys() -> None:
    assert account_key("  City-A.Office_Director ") == "user:city-a.office_director"
    assert client_key("city-a-client_read") == "client:city-a-client_read"
    assert address_key("10.1.2.3") == "ip:10.1.2.3"
    assert address_key("::ffff:10.1.2.3") == "ip:10.1.2.3"
    # One allowance for a subscriber's whole IPv6 /64, not one per address.
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::9")
    assert address_key("2001:db8:1:2:aaaa::1") == "ip:2001:db8:1:2::/64"
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("testclient") == "ip:testclient"
