"""The audit trail's hash chains (issue 16): every event a link of its jurisdiction's chain,
GET /v1/audit-events/verify naming the first row changed, removed or cut off behind the
database's back, the head exported for another system to keep, TRUNCATE refused."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.models import AuditEvent
from app.repositories import audit as audit_repo
from tests.api.test_organisation import jurisdiction_url, problem
from tests.conftest import _asyncpg_dsn
from tests.factories import World

VERIFY = "/v1/audit-events/verify"
HEAD = "/v1/audit-events/chain-head"
GENESIS = "0" * 64


async def chain_events(client: httpx.AsyncClient, world: World, place: str) -> list[dict[str, Any]]:
    """The place's events in chain order (its audit list, read as an administrator)."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 200, **({"cursor": cursor} if cursor else {})}
        response = await client.get(
            jurisdiction_url(world, place) + "/audit-events",
            params=params,
            headers=world.headers("admin"),
        )
        assert response.status_code == 200, response.text
        items.extend(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return sorted(items, key=lambda e: e["chain_seq"])


async def verify(
    client: httpx.AsyncClient, world: World, place: str | None, who: str = "admin", **params: Any
) -> dict[str, Any]:
    if place is not None:
        params["jurisdiction_id"] = str(world.places[place].id)
    response = await client.get(VERIFY, params=params, headers=world.headers(who))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def add_units(client: httpx.AsyncClient, world: World, count: int, prefix: str = "u") -> None:
    for n in range(count):
        created = await client.post(
            jurisdiction_url(world, "city_a") + "/units",
            json={"code": f"{prefix}{n}", "name": f"单位{prefix}{n}", "kind": "department"},
            headers=world.headers("city_a.office_staff"),
        )
        assert created.status_code == 201, created.text


async def tamper(database: Database, statement: str, **params: Any) -> None:
    """What a superuser can do behind the service's back: triggers off, then any change."""
    async with database.engine.begin() as connection:
        await connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        await connection.execute(text(statement), params)


def _jsonb_text(value: Any) -> str:
    """PostgreSQL's jsonb text form: ", " and ": " between items, object keys shortest first
    and then by their bytes, only '"', '\\' and control characters escaped."""
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))
        return "{" + ", ".join(f"{_jsonb_text(k)}: {_jsonb_text(value[k])}" for k in keys) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_jsonb_text(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def recomputed_hash(event: dict[str, Any]) -> str:
    """An event's row_hash computed outside the database, from its JSON, as README's "Audit
    trail" describes it: what another system checking the trail would do."""
    occurred = datetime.fromisoformat(event["occurred_at"]).astimezone(UTC)
    content = [
        event["prev_hash"],
        event["chain_seq"],
        event["id"],
        event["jurisdiction_id"],
        occurred.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        event["actor_kind"],
        event["actor_id"],
        event["actor_name"],
        event["delegation_id"],
        event["action"],
        event["entity_type"],
        event["entity_id"],
        event["before"],
        event["after"],
        event["request_id"],
    ]
    if event["acting_client_id"] is not None:  # only then: older events keep their hashes
        content.append(event["acting_client_id"])
    return hashlib.sha256(_jsonb_text(content).encode()).hexdigest()


# --- a chain that holds ------------------------------------------------------------------------


async def test_writes_make_a_chain_that_verifies(client: httpx.AsyncClient, world: World) -> None:
    await add_units(client, world, 3)
    events = await chain_events(client, world, "city_a")
    assert [e["chain_seq"] for e in events] == list(range(1, len(events) + 1))
    assert events[0]["prev_hash"] == GENESIS
    for previous, event in itertools.pairwise(events):
        assert event["prev_hash"] == previous["row_hash"]
    # The documented canonical content, recomputed here, gives each stored hash.
    assert [recomputed_hash(e) for e in events] == [e["row_hash"] for e in events]

    body = await verify(client, world, "city_a", who="city_a.office_director")
    assert body == {
        "verified": True,
        "chains": [
            {
                "jurisdiction_id": str(world.places["city_a"].id),
                "length": len(events),
                "head_seq": len(events),
                "head_hash": events[-1]["row_hash"],
                "first_broken": None,
            }
        ],
        "expected": None,
    }

    head = await client.get(
        HEAD,
        params={"jurisdiction_id": str(world.places["city_a"].id)},
        headers=world.headers("city_a.office_director"),
    )
    assert head.status_code == 200, head.text
    assert {k: v for k, v in head.json().items() if k != "at"} == {
        "jurisdiction_id": str(world.places["city_a"].id),
        "seq": len(events),
        "hash": events[-1]["row_hash"],
    }


async def test_an_administrator_verifies_every_chain(
    client: httpx.AsyncClient, world: World
) -> None:
    body = await verify(client, world, None)
    assert body["verified"] is True
    chains = {c["jurisdiction_id"]: c for c in body["chains"]}
    # The platform's chain (the administrator's account) and one per jurisdiction.
    assert set(chains) == {None} | {str(p.id) for p in world.places.values()}
    assert all(c["first_broken"] is None and c["length"] == c["head_seq"] for c in chains.values())

    platform = await client.get(HEAD, headers=world.headers("admin"))
    assert platform.status_code == 200
    assert (platform.json()["seq"], platform.json()["hash"]) == (
        chains[None]["head_seq"],
        chains[None]["head_hash"],
    )


async def test_events_inserted_in_one_statement_are_chained_in_their_order(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    city = world.places["city_b"].id
    before = len(await chain_events(client, world, "city_b"))
    rows = [
        AuditEvent(
            jurisdiction_id=city,
            actor_kind="system",
            actor_name="test",
            action="test.batch",
            entity_type="test",
            entity_id=str(n),
        )
        for n in range(5)
    ]
    async with database.sessionmaker() as session, session.begin():
        await audit_repo.add(session, *rows)  # an executemany: the workbook import's way
        await session.execute(
            text(
                "INSERT INTO audit_events "
                "(jurisdiction_id, actor_kind, actor_name, action, entity_type, entity_id) "
                "VALUES (:city, 'system', 'test', 'test.values', 'test', '0'), "
                "(:city, 'system', 'test', 'test.values', 'test', '1'), "
                "(:city, 'system', 'test', 'test.values', 'test', '2'), "
                "(:city, 'system', 'test', 'test.values', 'test', '3')"
            ),
            {"city": city},
        )
    events = (await chain_events(client, world, "city_b"))[before:]
    assert [(e["action"], e["entity_id"]) for e in events] == [
        *(("test.batch", str(n)) for n in range(5)),
        *(("test.values", str(n)) for n in range(4)),
    ]
    assert [e["chain_seq"] for e in events] == list(range(before + 1, before + 10))
    assert (await verify(client, world, "city_b"))["verified"] is True


async def test_concurrent_writes_to_one_jurisdiction_leave_one_unforked_chain(
    client: httpx.AsyncClient, world: World
) -> None:
    # Through the API, other locks may already order these requests; the test below holds
    # transactions open on purpose, so that only the chain's head orders them.
    async def create(n: int) -> int:
        response = await client.post(
            jurisdiction_url(world, "city_a") + "/units",
            json={"code": f"c{n}", "name": f"并发单位{n}", "kind": "department"},
            headers=world.headers("city_a.office_staff"),
        )
        return response.status_code

    assert await asyncio.gather(*(create(n) for n in range(20))) == [201] * 20
    events = await chain_events(client, world, "city_a")
    created = [e for e in events if e["action"] == "unit.create"]
    assert sum(e["after"]["name"].startswith("并发单位") for e in created) == 20
    assert [e["chain_seq"] for e in events] == list(range(1, len(events) + 1))
    body = await verify(client, world, "city_a")
    assert body["verified"] is True
    assert body["chains"][0]["length"] == body["chains"][0]["head_seq"] == len(events)


async def test_transactions_appending_to_one_chain_at_once_take_turns(
    client: httpx.AsyncClient, world: World, database_url: str
) -> None:
    """Each holds its transaction open after its audit insert: the next one's insert waits
    for the head until that commits, instead of taking the same number (a fork)."""
    city = world.places["city_b"].id
    before = len(await chain_events(client, world, "city_b"))

    async def append(n: int) -> None:
        connection = await asyncpg.connect(_asyncpg_dsn(database_url))
        try:
            async with connection.transaction():
                await connection.execute(
                    "INSERT INTO audit_events "
                    "(jurisdiction_id, actor_kind, actor_name, action, entity_type, entity_id) "
                    "VALUES ($1, 'system', 'test', 'test.concurrent', 'test', $2)",
                    city,
                    str(n),
                )
                await asyncio.sleep(0.05)
        finally:
            await connection.close()

    await asyncio.gather(*(append(n) for n in range(8)))
    events = await chain_events(client, world, "city_b")
    assert [e["chain_seq"] for e in events] == list(range(1, before + 9))
    assert (await verify(client, world, "city_b"))["verified"] is True


# --- tampering ------------------------------------------------------------------------------


async def test_a_changed_row_is_named(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await add_units(client, world, 2)
    events = await chain_events(client, world, "city_a")
    changed = events[len(events) // 2]
    await tamper(
        database,
        "UPDATE audit_events SET after = jsonb_set(after, '{name}', '\"改过\"') WHERE id = :id",
        id=changed["id"],
    )
    body = await verify(client, world, "city_a")
    assert body["verified"] is False
    assert body["chains"][0]["first_broken"] == {
        "seq": changed["chain_seq"],
        "id": changed["id"],
        "reason": "hash mismatch",
    }


async def test_a_row_whose_hash_was_recomputed_breaks_the_next_link(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await add_units(client, world, 2)
    events = await chain_events(client, world, "city_a")
    changed, following = events[-3], events[-2]
    # The change is made to look right: the row's own hash recomputed by the same function.
    await tamper(
        database,
        "UPDATE audit_events SET actor_name = 'someone else' WHERE id = :id",
        id=changed["id"],
    )
    await tamper(
        database,
        "UPDATE audit_events AS e SET row_hash = gaiban_audit_row_hash(e) WHERE id = :id",
        id=changed["id"],
    )
    body = await verify(client, world, "city_a")
    assert body["chains"][0]["first_broken"] == {
        "seq": following["chain_seq"],
        "id": following["id"],
        "reason": "prev_hash mismatch",
    }


async def test_a_deleted_row_is_named_missing(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await add_units(client, world, 2)
    events = await chain_events(client, world, "city_a")
    deleted = events[3]
    await tamper(database, "DELETE FROM audit_events WHERE id = :id", id=deleted["id"])
    body = await verify(client, world, "city_a")
    assert body["verified"] is False
    assert body["chains"][0]["first_broken"] == {
        "seq": deleted["chain_seq"],
        "id": None,
        "reason": "missing row",
    }
    assert body["chains"][0]["length"] == len(events) - 1


async def test_a_deleted_tail_is_named_missing(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await add_units(client, world, 2)
    events = await chain_events(client, world, "city_a")
    for event in events[-2:]:
        await tamper(database, "DELETE FROM audit_events WHERE id = :id", id=event["id"])
    body = await verify(client, world, "city_a")
    assert body["verified"] is False
    (chain,) = body["chains"]
    assert chain["first_broken"] == {"seq": len(events) - 1, "id": None, "reason": "missing row"}
    assert (chain["length"], chain["head_seq"]) == (len(events) - 2, len(events))
    # The other chains are untouched.
    every = await verify(client, world, None)
    broken = {c["jurisdiction_id"] for c in every["chains"] if c["first_broken"]}
    assert broken == {str(world.places["city_a"].id)}


async def test_a_head_moved_back_with_the_tail_is_a_head_mismatch_or_caught_by_a_kept_head(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    city = world.places["city_a"].id
    await add_units(client, world, 1)
    kept = (
        await client.get(
            HEAD, params={"jurisdiction_id": str(city)}, headers=world.headers("admin")
        )
    ).json()
    events = await chain_events(client, world, "city_a")
    assert kept["seq"] == len(events)
    params = {"expected_seq": kept["seq"], "expected_hash": kept["hash"].upper()}
    body = await verify(client, world, "city_a", **params)
    assert body["verified"] is True
    assert body["expected"] == {
        "jurisdiction_id": str(city),
        "seq": kept["seq"],
        "hash": kept["hash"],
        "holds": True,
    }

    # A tail deleted and the head moved back to the row before it: the chain holds in itself,
    # a head with a wrong hash does not; the kept head catches the first.
    last = events[-1]
    await tamper(database, "DELETE FROM audit_events WHERE id = :id", id=last["id"])
    await tamper(
        database,
        "UPDATE audit_chain_heads SET seq = seq - 1, hash = :hash WHERE chain_key = :city",
        hash=last["prev_hash"],
        city=city,
    )
    body = await verify(client, world, "city_a")
    assert body["verified"] is True
    body = await verify(client, world, "city_a", **params)
    assert body["verified"] is False
    assert body["expected"]["holds"] is False

    await tamper(
        database,
        "UPDATE audit_chain_heads SET hash = :hash WHERE chain_key = :city",
        hash=GENESIS,
        city=city,
    )
    body = await verify(client, world, "city_a")
    assert body["chains"][0]["first_broken"] == {
        "seq": last["chain_seq"] - 1,
        "id": events[-2]["id"],
        "reason": "head mismatch",
    }


async def test_a_chain_truncated_and_rebuilt_fails_against_a_kept_head(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    city = world.places["city_a"].id
    await add_units(client, world, 2)
    kept = (
        await client.get(
            HEAD, params={"jurisdiction_id": str(city)}, headers=world.headers("admin")
        )
    ).json()
    # Every row and the head removed, then as many events written again: a chain that holds
    # in itself, of the same length.
    await tamper(database, "DELETE FROM audit_events WHERE jurisdiction_id = :city", city=city)
    await tamper(database, "DELETE FROM audit_chain_heads WHERE chain_key = :city", city=city)
    await add_units(client, world, kept["seq"], prefix="again")
    params = {"expected_seq": kept["seq"], "expected_hash": kept["hash"]}
    body = await verify(client, world, "city_a", **params)
    assert body["chains"][0]["first_broken"] is None
    assert body["chains"][0]["head_seq"] == kept["seq"]
    assert body["expected"]["holds"] is False
    assert body["verified"] is False


async def test_truncate_is_refused_even_to_a_superuser(database: Database, world: World) -> None:
    for table in ("audit_events", "audit_chain_heads"):
        with pytest.raises(DBAPIError, match="append-only"):
            async with database.engine.begin() as connection:
                await connection.exec_driver_sql(f"TRUNCATE {table} CASCADE")
    async with database.engine.connect() as connection:
        count = (await connection.exec_driver_sql("SELECT count(*) FROM audit_events")).scalar()
    assert count


# --- who may -----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [VERIFY, HEAD])
async def test_only_the_office_director_or_an_administrator_verifies(
    client: httpx.AsyncClient, world: World, url: str
) -> None:
    city_a = {"jurisdiction_id": str(world.places["city_a"].id)}
    county = {"jurisdiction_id": str(world.places["county_a1"].id)}

    async def status(who: str, params: dict[str, str]) -> int:
        return (await client.get(url, params=params, headers=world.headers(who))).status_code

    assert await status("city_a.office_director", city_a) == 200
    assert await status("county_a1.office_director", county) == 200
    assert await status("admin", city_a) == 200
    problem(
        await client.get(url, params=city_a, headers=world.headers("city_b.office_director")), 404
    )
    problem(await client.get(url, params=city_a, headers=world.headers("city_a.liaison")), 403)
    problem(await client.get(url, params=city_a, headers=world.headers("city_a.office_staff")), 403)
    problem(await client.get(url, params=city_a, headers=world.headers("city_a.client_read")), 403)
    # The city's director sees the county, but its trail is the county director's to verify.
    problem(
        await client.get(url, params=county, headers=world.headers("city_a.office_director")), 403
    )
    # No jurisdiction: the platform's chain or every chain, for administrators only.
    problem(await client.get(url, headers=world.headers("city_a.office_director")), 403)
    problem(
        await client.get(
            url, params={"jurisdiction_id": str(uuid.uuid4())}, headers=world.headers("admin")
        ),
        404,
    )
    problem(await client.get(url, params=city_a), 401)


async def test_an_expected_head_needs_both_its_number_and_its_hash(
    client: httpx.AsyncClient, world: World
) -> None:
    h = world.headers("admin")
    for params in (
        {"expected_seq": 3},
        {"expected_hash": "a" * 64},
        {"expected_seq": 3, "expected_hash": "xyz"},
        {"expected_seq": -1, "expected_hash": "a" * 64},
        {"jurisdiction_id": "not-a-uuid"},
    ):
        problem(await client.get(VERIFY, params=params, headers=h), 422)
    # Number 0 is the head of an empty chain: every chain holds it.
    body = await verify(client, world, "city_b", expected_seq=0, expected_hash=GENESIS)
    assert body["expected"]["holds"] is True
    body = await verify(client, world, "city_b", expected_seq=10**6, expected_hash=GENESIS)
    assert body["expected"]["holds"] is False
