"""Safe retries: ``Idempotency-Key`` on POSTs (app/idempotency.py), through the HTTP API against
PostgreSQL: a replay answers the first answer again and writes nothing; another request under
the same key is 422; a key whose first request is still running is 409 at once; only answers
that committed are kept; keys are the caller's own, and expire."""

from __future__ import annotations

import asyncio
import json
import uuid

import asyncpg
import httpx
import pytest
from sqlalchemy import text

from app.db import Database
from app.idempotency import LOCK_NAMESPACE
from tests.api.round_trips import round_trips
from tests.api.test_submissions import ezhou_files
from tests.conftest import _asyncpg_dsn
from tests.factories import World

OFFICE = "city_a.office_director"
# A key claimed by a request whose transaction is open: its advisory lock is held (in this
# test database, in the keys' namespace: app/idempotency.py).
CLAIMED = """
SELECT count(*) FROM pg_locks
WHERE locktype = 'advisory' AND granted AND classid = $1::bigint::oid AND objsubid = 2
    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
"""


def units_url(world: World) -> str:
    return f"/v1/jurisdictions/{world.places['city_a'].id}/units"


def keyed(world: World, who: str, key: str) -> dict[str, str]:
    return {**world.headers(who), "Idempotency-Key": key}


async def unit_codes(client: httpx.AsyncClient, world: World) -> list[str]:
    listed = await client.get(units_url(world), headers=world.headers(OFFICE))
    assert listed.status_code == 200, listed.text
    return sorted(unit["code"] for unit in listed.json()["items"])


async def kept_keys(database: Database) -> int:
    async with database.engine.connect() as connection:
        count = (await connection.execute(text("SELECT count(*) FROM idempotency_keys"))).scalar()
    return int(count or 0)


async def test_the_same_key_and_request_replays_the_first_answer_and_creates_one_unit(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    before = await unit_codes(client, world)
    key = str(uuid.uuid4())
    body = {"code": "development", "name": "发展和改革委员会"}

    first = await client.post(units_url(world), json=body, headers=keyed(world, OFFICE, key))
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers
    again = await client.post(units_url(world), json=body, headers=keyed(world, OFFICE, key))

    assert again.status_code == 201, again.text
    assert again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.headers.get("location") == first.headers.get("location")
    assert again.headers.get("etag") == first.headers.get("etag")
    assert await unit_codes(client, world) == sorted([*before, "development"])
    assert await kept_keys(database) == 1


async def test_the_same_key_with_another_body_is_422_and_creates_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    key = "retry-1"
    first = await client.post(
        units_url(world), json={"code": "a1", "name": "甲局"}, headers=keyed(world, OFFICE, key)
    )
    assert first.status_code == 201, first.text

    other = await client.post(
        units_url(world), json={"code": "b2", "name": "乙局"}, headers=keyed(world, OFFICE, key)
    )

    assert other.status_code == 422, other.text
    assert other.json()["type"].endswith("idempotency-key-reused")
    assert "b2" not in await unit_codes(client, world)


async def test_the_same_key_on_another_path_is_422(client: httpx.AsyncClient, world: World) -> None:
    key = "retry-path"
    first = await client.post(
        units_url(world), json={"code": "a1", "name": "甲局"}, headers=keyed(world, OFFICE, key)
    )
    assert first.status_code == 201, first.text
    other_path = f"/v1/jurisdictions/{world.places['city_a'].id}/delegations"
    other = await client.post(other_path, json={}, headers=keyed(world, OFFICE, key))
    assert other.status_code == 422, other.text
    assert other.json()["type"].endswith("idempotency-key-reused")


async def test_a_key_is_the_callers_own(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    key = "shared-key"
    mine = await client.post(
        units_url(world), json={"code": "a1", "name": "甲局"}, headers=keyed(world, OFFICE, key)
    )
    theirs = await client.post(
        units_url(world), json={"code": "b2", "name": "乙局"}, headers=keyed(world, "admin", key)
    )

    assert (mine.status_code, theirs.status_code) == (201, 201), theirs.text
    assert "idempotent-replayed" not in theirs.headers
    assert {"a1", "b2"} <= set(await unit_codes(client, world))
    assert await kept_keys(database) == 2


async def test_a_failed_request_keeps_nothing_and_its_corrected_retry_succeeds(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    key = "fix-and-retry"
    invalid = await client.post(
        units_url(world), json={"code": "a1"}, headers=keyed(world, OFFICE, key)
    )
    assert invalid.status_code == 422, invalid.text
    taken = await client.post(
        units_url(world),
        json={"code": "housing", "name": "住建局"},  # the world's unit: 409
        headers=keyed(world, OFFICE, key),
    )
    assert taken.status_code == 409, taken.text
    assert await kept_keys(database) == 0

    corrected = await client.post(
        units_url(world), json={"code": "a1", "name": "甲局"}, headers=keyed(world, OFFICE, key)
    )

    assert corrected.status_code == 201, corrected.text
    assert "idempotent-replayed" not in corrected.headers
    assert await kept_keys(database) == 1


async def test_an_expired_key_can_be_used_again(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    key = "yesterday"
    first = await client.post(
        units_url(world), json={"code": "a1", "name": "甲局"}, headers=keyed(world, OFFICE, key)
    )
    assert first.status_code == 201, first.text
    async with database.engine.begin() as connection:
        kept_for = (
            await connection.execute(
                text("SELECT expires_at - created_at FROM idempotency_keys WHERE key = :key"),
                {"key": key},
            )
        ).scalar_one()
        assert kept_for.total_seconds() >= 24 * 3600
        await connection.execute(
            text("UPDATE idempotency_keys SET expires_at = now() - interval '1 second'")
        )

    reused = await client.post(
        units_url(world), json={"code": "b2", "name": "乙局"}, headers=keyed(world, OFFICE, key)
    )

    assert reused.status_code == 201, reused.text
    assert "idempotent-replayed" not in reused.headers
    assert {"a1", "b2"} <= set(await unit_codes(client, world))
    assert await kept_keys(database) == 1


async def test_a_key_whose_first_request_is_still_running_is_409_at_once(
    client: httpx.AsyncClient, world: World, database_url: str
) -> None:
    """The first request is held inside its transaction (another connection locks the units'
    table against writes): a second one with its key is answered 409 without waiting, and once
    the first is answered a third one gets its answer again."""
    key = "in-flight"
    body = {"code": "a1", "name": "甲局"}
    blocker = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        holding = blocker.transaction()
        await holding.start()
        await blocker.execute("LOCK TABLE member_units IN EXCLUSIVE MODE")
        first = asyncio.create_task(
            client.post(units_url(world), json=body, headers=keyed(world, OFFICE, key))
        )
        async with asyncio.timeout(10):
            while not await blocker.fetchval(CLAIMED, LOCK_NAMESPACE):  # noqa: ASYNC110 - polling the server
                await asyncio.sleep(0.01)
        async with asyncio.timeout(5):  # answered at once, not after the first one
            second = await client.post(
                units_url(world), json=body, headers=keyed(world, OFFICE, key)
            )
        assert second.status_code == 409, second.text
        assert second.json()["type"].endswith("idempotency-key-in-use")
        assert second.headers["retry-after"] == "1"
        assert not first.done()
        await holding.rollback()
    finally:
        await blocker.close()
    answered = await first
    assert answered.status_code == 201, answered.text

    third = await client.post(units_url(world), json=body, headers=keyed(world, OFFICE, key))
    assert third.status_code == 201
    assert third.headers["idempotent-replayed"] == "true"
    assert third.content == answered.content


async def test_two_requests_at_once_with_one_key_create_one_unit(
    client: httpx.AsyncClient, world: World
) -> None:
    body = {"code": "a1", "name": "甲局"}
    headers = keyed(world, OFFICE, "together")
    answers = await asyncio.gather(
        *(client.post(units_url(world), json=body, headers=headers) for _ in range(2))
    )

    statuses = sorted(answer.status_code for answer in answers)
    assert statuses in ([201, 201], [201, 409]), [a.text for a in answers]
    if statuses == [201, 201]:  # the second came after the first was answered: its replay
        assert sum(a.headers.get("idempotent-replayed") == "true" for a in answers) == 1
    assert (await unit_codes(client, world)).count("a1") == 1


@pytest.mark.parametrize("key", ["", '""', "x" * 256, "tab\there"])
async def test_a_malformed_key_is_400(client: httpx.AsyncClient, world: World, key: str) -> None:
    answer = await client.post(
        units_url(world), json={"code": "a1", "name": "甲局"}, headers=keyed(world, OFFICE, key)
    )
    assert answer.status_code == 400, answer.text
    assert answer.json()["type"].endswith("invalid-idempotency-key")
    assert "a1" not in await unit_codes(client, world)


async def test_a_key_in_double_quotes_is_the_same_key(
    client: httpx.AsyncClient, world: World
) -> None:
    body = {"code": "a1", "name": "甲局"}
    first = await client.post(units_url(world), json=body, headers=keyed(world, OFFICE, "k-1"))
    quoted = await client.post(units_url(world), json=body, headers=keyed(world, OFFICE, '"k-1"'))
    assert first.status_code == quoted.status_code == 201
    assert quoted.headers["idempotent-replayed"] == "true"


async def test_an_answer_carrying_a_secret_refuses_a_key(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    url = "/v1/me/feed-tokens"
    refused = await client.post(
        url, json={"label": "Outlook"}, headers=keyed(world, "city_a.leader", "feed-1")
    )
    assert refused.status_code == 400, refused.text
    assert "secret" in refused.json()["detail"]
    listed = await client.get(url, headers=world.headers("city_a.leader"))
    assert listed.json()["items"] == []
    assert await kept_keys(database) == 0

    created = await client.post(
        url, json={"label": "Outlook"}, headers=world.headers("city_a.leader")
    )
    assert created.status_code == 201, created.text


async def test_without_a_key_nothing_is_kept_and_every_post_acts(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    for code in ("a1", "a2"):
        answer = await client.post(
            units_url(world),
            json={"code": code, "name": f"局{code}"},
            headers=world.headers(OFFICE),
        )
        assert answer.status_code == 201, answer.text
        assert "idempotent-replayed" not in answer.headers
    assert await kept_keys(database) == 0


async def test_a_key_costs_at_most_two_statements_and_no_key_costs_none(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    async def post(n: int, headers: dict[str, str]) -> list[str]:
        await client.get("/v1/me", headers=world.headers(OFFICE))  # the caller cached
        with round_trips(database) as sent:
            answer = await client.post(
                units_url(world), json={"code": f"u{n}", "name": f"第{n}局"}, headers=headers
            )
        assert answer.status_code == 201, answer.text
        return sent

    await post(0, world.headers(OFFICE))
    plain = await post(1, world.headers(OFFICE))
    with_key = await post(2, keyed(world, OFFICE, "counted"))
    replay = await post(2, keyed(world, OFFICE, "counted"))

    assert not any("idempotency_keys" in statement for statement in plain)
    assert len(with_key) <= len(plain) + 2, "\n".join(with_key)
    assert len(replay) <= 4, "\n".join(replay)  # BEGIN, the caller's look-up at most, claim, COMMIT


@pytest.mark.usefixtures("pinned_clock")
async def test_a_multipart_upload_is_hashed_as_read_and_replayed(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """The form with its files is parsed by the route, not read as bytes: its body is hashed as
    it streams in (app/middleware.py). The same encoded request again is a replay; another
    file under the same key is 422."""
    url = f"/v1/jurisdictions/{books.places['city_b'].id}/submissions"
    headers = keyed(books, "city_b.liaison", "upload-1")
    data = {"submission": json.dumps({"report_kind": "monthly_report", "period": "2026-10"})}
    upload = client.build_request("POST", url, data=data, files=ezhou_files(), headers=headers)
    upload.read()  # the encoded body, its boundary included, sent twice

    first = await client.send(upload)
    assert first.status_code == 201, first.text
    again = await client.send(
        client.build_request("POST", url, content=upload.content, headers=upload.headers)
    )
    assert again.status_code == 201, again.text
    assert again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content

    other = await client.post(  # the same boundary, so that only the body differs
        url,
        data=data,
        files=ezhou_files(report_scanned=("other.pdf", b"%PDF-1.4 other")),
        headers={**headers, "Content-Type": upload.headers["Content-Type"]},
    )
    assert other.status_code == 422, other.text
    assert other.json()["type"].endswith("idempotency-key-reused")
    listed = await client.get(url, headers=books.headers("city_b.liaison"))
    assert len(listed.json()["items"]) == 1
