"""Login throttling: how long sign-ins under a key are refused after failed ones (issue 16).

A key is an account (``user:<username>``), a machine client (``client:<client_id>``) or the
address a sign-in comes from (``ip:<address>``). Each sign-in is checked against its account's
(or client's) key and its address's key; each failure counts under both.

Failures come in runs. A run starts with a failure and lasts its policy's ``window``; a failure
after the window starts a new run, counted from one again. Within a run the first
``free_failures`` cost nothing; each failure past them locks the key, from that failure on, for
``first_lock``, doubled with each further failure, at most ``longest_lock``. While a key is
locked a sign-in under it is refused before its password is looked at (even a right one), and
the refusal is not counted: waiting out the lock is enough. A successful sign-in forgets its
account's failures, not its address's.

An account's run lasts a day, so a guesser gets five free guesses a day and then one per lock;
its owner, who types more slowly than a second, barely notices the first few locks, and is
told when to try again. An address gets fifty failures in fifteen minutes before its first lock,
so that one person's mistakes do not lock out a whole office behind one NAT address.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class KeyKind(StrEnum):
    account = "account"
    client = "client"
    address = "address"


@dataclass(frozen=True)
class ThrottlePolicy:
    free_failures: int
    first_lock: timedelta
    longest_lock: timedelta
    window: timedelta


ACCOUNT_POLICY = ThrottlePolicy(
    free_failures=5,
    first_lock=timedelta(seconds=1),
    longest_lock=timedelta(minutes=15),
    window=timedelta(days=1),
)
ADDRESS_POLICY = ThrottlePolicy(
    free_failures=50,
    first_lock=timedelta(seconds=1),
    longest_lock=timedelta(minutes=15),
    window=timedelta(minutes=15),
)
POLICIES = {
    KeyKind.account: ACCOUNT_POLICY,
    KeyKind.client: ACCOUNT_POLICY,
    KeyKind.address: ADDRESS_POLICY,
}
_PREFIXES = {KeyKind.account: "user:", KeyKind.client: "client:", KeyKind.address: "ip:"}


@dataclass(frozen=True)
class FailureRun:
    """A key's current run of failures, as stored."""

    key: str
    failures: int
    first_failed_at: datetime
    last_failed_at: datetime
    ends_at: datetime  # the run's window: a failure from then on starts a new run


@dataclass(frozen=True)
class Lock:
    """Sign-ins under ``key`` are refused until ``until``."""

    key: str
    kind: KeyKind
    until: datetime

    def retry_after_seconds(self, now: datetime) -> int:
        """Whole seconds to wait, rounded up (HTTP's Retry-After), at least one."""
        return max(1, math.ceil((self.until - now).total_seconds()))


def account_key(username: str) -> str:
    """The key of an account by the username typed, found however it was cased or spaced, as
    the account itself is. Unknown usernames have keys too: throttling behaves the same for
    them, so it does not tell which accounts exist."""
    return _PREFIXES[KeyKind.account] + username.strip().lower()


def client_key(client_id: str) -> str:
    return _PREFIXES[KeyKind.client] + client_id


def address_key(address: str) -> str:
    """An IPv4 address is its own key; an IPv6 address counts with its /64 network, which one
    subscriber usually holds whole (else each of its addresses would get its own allowance)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return _PREFIXES[KeyKind.address] + address  # not an IP (a test client, a socket path)
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:  # ::ffff:a.b.c.d is the IPv4 address a.b.c.d
            return _PREFIXES[KeyKind.address] + str(parsed.ipv4_mapped)
        network = ipaddress.IPv6Network((int(parsed) >> 64 << 64, 64))
        return _PREFIXES[KeyKind.address] + str(network)
    return _PREFIXES[KeyKind.address] + str(parsed)


def kind_of(key: str) -> KeyKind:
    for kind, prefix in _PREFIXES.items():
        if key.startswith(prefix):
            return kind
    raise ValueError(f"not a throttling key: {key!r}")


def lock_length(failures: int, policy: ThrottlePolicy) -> timedelta:
    """How long the ``failures``-th failure of a run locks its key: nothing for the free ones,
    then ``first_lock``, doubled with each failure, at most ``longest_lock``."""
    past_free = failures - policy.free_failures
    if past_free <= 0:
        return timedelta(0)
    longest = policy.longest_lock / policy.first_lock
    # Capped before raising 2 to it: a run of millions of failures must not overflow.
    factor = min(2.0 ** min(past_free - 1, 64), longest)
    return policy.first_lock * factor


def locked_until(run: FailureRun) -> datetime | None:
    """When the lock of the run's last failure ends; None when it locked nothing."""
    length = lock_length(run.failures, POLICIES[kind_of(run.key)])
    return run.last_failed_at + length if length else None


def lock_in_force(runs: list[FailureRun], now: datetime) -> Lock | None:
    """The lock that refuses a sign-in now, of the runs of its keys: the one that ends last."""
    locks = []
    for run in runs:
        until = locked_until(run)
        if until is not None and until > now:
            locks.append(Lock(run.key, kind_of(run.key), until))
    return max(locks, key=lambda lock: lock.until, default=None)


def after_failure(run: FailureRun | None, key: str, now: datetime) -> FailureRun:
    """The key's run once a failure at ``now`` is counted. The database counts with the same
    rule in one statement (app/repositories/login_failures.py); this is its reference."""
    if run is None or now >= run.ends_at:
        window = POLICIES[kind_of(key)].window
        return FailureRun(key, 1, now, now, now + window)
    return FailureRun(key, run.failures + 1, run.first_failed_at, now, run.ends_at)


# A run's lock ends before its window's end plus the longest lock (its last failure comes before
# its window ends): a run older than that refuses nothing and counts nothing, and may go.
FORGOTTEN_AFTER = max(policy.longest_lock for policy in POLICIES.values())


def forgotten_before(now: datetime) -> datetime:
    """Runs whose window ended before this are spent: nothing remembers them."""
    return now - FORGOTTEN_AFTER
