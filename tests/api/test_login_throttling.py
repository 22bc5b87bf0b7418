"""Login throttling over HTTP (issue 16, app/domain/login_throttle.py): failed sign-ins lock
their account (or client) and, past a higher allowance, their address; while locked, the token
endpoint answers 429 with Retry-After before it looks at the password, even a right one. The
state is in PostgreSQL: committed although the failed sign-in answers an error, and seen by
every process. The service's clock is pinned, and moved on to wait out a lock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from ipaddress import ip_network
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI

import app.security as security
from app.db import Database
from app.main import create_app
from app.security import TokenService
from app.settings import Settings
from tests.api.round_trips import round_trips
from tests.conftest import ENGLISH, FixedClock, _asyncpg_dsn
from tests.factories import PASSWORD, World

TOKEN_URL = "/v1/auth/token"
PROBLEM = "application/problem+json"
PERSON = "city-a.office_director"
SECOND = timedelta(seconds=1)

pytestmark = pytest.mark.usefixtures("pinned_clock")


async def sign_in(
    client: httpx.AsyncClient, username: str = PERSON, password: str = PASSWORD
) -> httpx.Response:
    return await client.post(
        TOKEN_URL, data={"grant_type": "password", "username": username, "password": password}
    )


async def client_sign_in(client: httpx.AsyncClient, client_id: str, secret: str) -> httpx.Response:
    return await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )


def assert_throttled(response: httpx.Response, retry_after: int, what: str) -> dict[str, Any]:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.headers["retry-after"] == str(retry_after)
    body: dict[str, Any] = response.json()
    assert body["type"] == "urn:gaiban:problem:too-many-requests"
    assert body["error"] == "slow_down"
    assert what in body["detail"]
    assert f"try again in {retry_after} s" in body["detail"]
    return body


async def fail(client: httpx.AsyncClient, times: int, username: str = PERSON) -> None:
    for _ in range(times):
        refused = await sign_in(client, username, "wrong horse")
        assert refused.status_code == 400, refused.text
        assert refused.json()["error"] == "invalid_grant"


@pytest.fixture
def counted_verifications(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password the service verifies (so that a test sees whether one was hashed)."""
    seen: list[str] = []
    verify = security.verify_password

    def counting(password_hash: str | None, password: str) -> bool:
        seen.append(password)
        return verify(password_hash, password)

    monkeypatch.setattr(security, "verify_password", counting)
    return seen


async def test_six_wrong_passwords_lock_the_account_and_a_right_one_is_refused_meanwhile(
    client: httpx.AsyncClient,
    world: World,
    pinned_clock: FixedClock,
    counted_verifications: list[str],
) -> None:
    await fail(client, 5)  # five free failures: nothing said about a lock
    sixth = await sign_in(client, password="wrong horse")
    assert sixth.status_code == 400
    assert "refused until 2026-12-01T04:00:01Z (1 s)" in sixth.json()["detail"]

    verified = len(counted_verifications)
    body = assert_throttled(await sign_in(client), 1, "for this account")
    assert "at 2026-12-01T04:00:01Z" in body["detail"]
    assert len(counted_verifications) == verified, "a locked sign-in must not hash the password"

    # Waited out, the right password works, and forgets the account's failures.
    pinned_clock.at += SECOND
    assert (await sign_in(client)).status_code == 200
    await fail(client, 5)
    assert (await sign_in(client)).status_code == 200


async def test_each_further_failure_doubles_the_lock(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    await fail(client, 6)
    for retry_after in (1, 2, 4, 8):
        assert_throttled(await sign_in(client), retry_after, "for this account")
        pinned_clock.at += timedelta(seconds=retry_after) - timedelta(milliseconds=200)
        assert_throttled(await sign_in(client), 1, "for this account")  # 0.2 s left: 1 s
        pinned_clock.at += timedelta(milliseconds=200)
        await fail(client, 1)
    assert_throttled(await sign_in(client), 16, "for this account")


async def test_a_refusal_while_locked_is_not_counted(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    await fail(client, 6)
    for _ in range(20):
        assert_throttled(await sign_in(client, password="wrong horse"), 1, "for this account")
    pinned_clock.at += SECOND
    await fail(client, 1)  # the 7th failure: 2 s, not more
    assert_throttled(await sign_in(client), 2, "for this account")


async def test_failures_are_forgotten_when_the_run_s_day_is_over(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    await fail(client, 5)
    pinned_clock.at += timedelta(days=1)
    await fail(client, 5)  # a new run: five free again
    assert (await sign_in(client)).status_code == 200


async def test_an_unknown_username_is_throttled_as_an_account_is(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """Throttling must not tell which accounts exist: the same answers, failure by failure."""
    answers: dict[str, list[tuple[int, str | None, str]]] = {}
    for username in (PERSON, "nobody.at.all"):
        answers[username] = []
        for _ in range(8):
            response = await sign_in(client, username, "wrong horse")
            answers[username].append(
                (
                    response.status_code,
                    response.headers.get("retry-after"),
                    response.json()["detail"],
                )
            )
    assert answers[PERSON] == answers["nobody.at.all"]
    assert [status for status, _, _ in answers[PERSON]] == [400] * 6 + [429] * 2


async def test_the_username_is_throttled_however_it_is_typed(
    client: httpx.AsyncClient, world: World
) -> None:
    await fail(client, 3, PERSON.upper())
    await fail(client, 3, f"  {PERSON} ")
    assert_throttled(await sign_in(client), 1, "for this account")


async def test_an_address_is_locked_after_fifty_failures_across_accounts(
    app: FastAPI, client: httpx.AsyncClient, world: World
) -> None:
    for n in range(50):  # one failure each: no account is locked
        await fail(client, 1, f"guess{n}")
    await fail(client, 1, "guess50")  # the 51st from this address: locks the address for 1 s
    assert_throttled(await sign_in(client), 1, "from this network address")
    # Someone behind another address is not affected.
    elsewhere = httpx.ASGITransport(app=app, client=("203.0.113.9", 4711))
    async with httpx.AsyncClient(
        headers=ENGLISH, transport=elsewhere, base_url="http://testserver"
    ) as other:
        assert (await sign_in(other)).status_code == 200


async def test_fewer_failures_from_one_address_lock_nobody_else(
    client: httpx.AsyncClient, world: World
) -> None:
    """A shared office address: one person's many mistakes lock their account, not the office."""
    await fail(client, 6, "city-a.leader")
    for _ in range(30):
        assert (await sign_in(client, "city-a.leader")).status_code == 429
    assert (await sign_in(client)).status_code == 200


async def test_client_credentials_are_throttled_per_client(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    secret = world.places["city_a"].client_secrets["client_read"]
    for _ in range(6):
        refused = await client_sign_in(client, "city-a-client_read", "gbs_wrong")
        assert refused.status_code == 401
        assert refused.json()["error"] == "invalid_client"
    assert_throttled(
        await client_sign_in(client, "city-a-client_read", secret), 1, "for this client"
    )
    # Another client is not locked.
    other = world.places["city_a"].client_secrets["client_write"]
    assert (await client_sign_in(client, "city-a-client_write", other)).status_code == 200
    pinned_clock.at += SECOND
    assert (await client_sign_in(client, "city-a-client_read", secret)).status_code == 200


async def test_a_failure_is_committed_although_the_sign_in_answers_an_error(
    client: httpx.AsyncClient, world: World, database_url: str
) -> None:
    """Read from another connection: the request's own rollback must not undo the count."""
    await fail(client, 2)
    connection = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        rows = await connection.fetch("SELECT key, failures FROM login_failures ORDER BY key")
    finally:
        await connection.close()
    assert [(row["key"], row["failures"]) for row in rows] == [
        ("ip:127.0.0.1", 2),
        (f"user:{PERSON}", 2),
    ]


@pytest.fixture
async def second_process(
    settings: Settings, database_url: str, token_service: TokenService, pinned_clock: FixedClock
) -> AsyncIterator[httpx.AsyncClient]:
    """Another instance of the service (as another worker process would be), with its own
    engine on the same database."""
    database = Database(database_url, pool_size=2)
    other = create_app(settings, database=database, token_service=token_service, clock=pinned_clock)
    transport = httpx.ASGITransport(app=other)
    try:
        async with httpx.AsyncClient(
            headers=ENGLISH, transport=transport, base_url="http://testserver"
        ) as client:
            yield client
    finally:
        await database.dispose()


async def test_every_process_sees_the_lock(
    client: httpx.AsyncClient, world: World, second_process: httpx.AsyncClient
) -> None:
    await fail(client, 3)
    await fail(second_process, 3)  # six in all, counted in one place
    assert_throttled(await sign_in(second_process), 1, "for this account")
    assert_throttled(await sign_in(client), 1, "for this account")


@pytest.fixture
def behind_a_proxy(settings: Settings, database: Database, token_service: TokenService) -> FastAPI:
    trusting = settings.model_copy(update={"trusted_proxies": [ip_network("127.0.0.0/8")]})
    return create_app(trusting, database=database, token_service=token_service)


async def test_behind_a_trusted_proxy_the_forwarded_address_counts(
    app: FastAPI,
    behind_a_proxy: FastAPI,
    client: httpx.AsyncClient,
    world: World,
    pinned_clock: FixedClock,
) -> None:
    behind_a_proxy.state.clock = pinned_clock
    transport = httpx.ASGITransport(app=behind_a_proxy)
    async with httpx.AsyncClient(
        headers=ENGLISH, transport=transport, base_url="http://testserver"
    ) as proxied:
        for n in range(51):
            refused = await proxied.post(
                TOKEN_URL,
                data={"grant_type": "password", "username": f"guess{n}", "password": "x"},
                # What the client wrote itself (left) is not believed; the proxy's entry is.
                headers={"X-Forwarded-For": f"10.0.0.{n}, 198.51.100.7"},
            )
            assert refused.status_code == 400
        right = {"grant_type": "password", "username": PERSON, "password": PASSWORD}
        locked = await proxied.post(
            TOKEN_URL, data=right, headers={"X-Forwarded-For": "198.51.100.7"}
        )
        assert_throttled(locked, 1, "from this network address")
        other = await proxied.post(
            TOKEN_URL, data=right, headers={"X-Forwarded-For": "198.51.100.8"}
        )
        assert other.status_code == 200, other.text
    # Without a trusted proxy, X-Forwarded-For is the client's own say and is ignored.
    for n in range(51):
        refused = await client.post(
            TOKEN_URL,
            data={"grant_type": "password", "username": f"guess{n}", "password": "x"},
            headers={"X-Forwarded-For": f"10.0.0.{n}"},
        )
        assert refused.status_code == 400
    forged = await client.post(
        TOKEN_URL,
        data={"grant_type": "password", "username": PERSON, "password": PASSWORD},
        headers={"X-Forwarded-For": "192.0.2.1"},
    )
    assert_throttled(forged, 1, "from this network address")


async def test_a_spent_run_is_deleted_by_a_later_failure(
    client: httpx.AsyncClient, world: World, database: Database, pinned_clock: FixedClock
) -> None:
    await fail(client, 1, "long.ago")
    pinned_clock.at += timedelta(days=1, minutes=15, seconds=1)
    await fail(client, 1, "today")
    async with database.engine.connect() as connection:
        keys = (await connection.exec_driver_sql("SELECT key FROM login_failures")).scalars()
        assert sorted(keys) == ["ip:127.0.0.1", "user:today"]


async def test_throttling_costs_no_round_trip_on_a_right_sign_in_and_one_on_a_wrong_one(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """The throttle's state is read with the account, in the one statement that looks it up;
    a failure is counted under both keys in one more. No BEGIN or COMMIT: each statement
    commits on its own (the route's session is a read's)."""
    assert (await sign_in(client)).status_code == 200  # warm: the prepared statements
    with round_trips(database) as right:
        assert (await sign_in(client)).status_code == 200
    assert len(right) == 1, right
    with round_trips(database) as wrong:
        assert (await sign_in(client, password="wrong horse")).status_code == 400
    assert len(wrong) == 2, wrong
    await fail(client, 5)
    with round_trips(database) as locked:
        assert (await sign_in(client)).status_code == 429
    assert len(locked) == 1, locked
