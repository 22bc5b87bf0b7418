"""The process caches (app/invalidation.py): the caller, the jurisdiction in the path and the
entered holiday years are read once, not on every request, and never outlive a change: a change
made through this process is seen by the very next request, one committed by another process as
soon as its notification arrives, and without a listening connection nothing is cached."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import date

import asyncpg
import httpx
import pytest

from app.db import Database
from app.domain.positions import DEFAULT_POSITIONS, Capability
from app.rulebooks import shipped_document
from app.services import rulebooks
from tests.api.round_trips import round_trips
from tests.conftest import _asyncpg_dsn
from tests.factories import World


def jurisdiction_url(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}"


@pytest.fixture
async def listening(database: Database) -> Database:
    async with asyncio.timeout(10):
        assert await database.caches.listener.wait_live()
        # The world's own inserts notified too: hear them now, not in the middle of the test.
        await database.caches.listener.caught_up()
    return database


async def _elsewhere(database_url: str, sql: str, *args: object) -> None:
    """A change committed by another process: its own connection, not the app's pool."""
    connection = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        await connection.execute(sql, *args)
    finally:
        await connection.close()


async def _eventually(check: Callable[[], Awaitable[bool]], seconds: float = 10.0) -> None:
    """Poll ``check`` until it holds: the notification comes when the server sends it."""
    async with asyncio.timeout(seconds):
        while not await check():  # noqa: ASYNC110 - polling the API, not waiting on an event
            await asyncio.sleep(0.01)


async def test_a_warm_caller_and_jurisdiction_cost_no_round_trip(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    headers = world.headers("city_a.office_director")
    assert (await client.get("/v1/me", headers=headers)).status_code == 200
    assert (await client.get(jurisdiction_url(world), headers=headers)).status_code == 200
    with round_trips(listening) as sent:
        me = await client.get("/v1/me", headers=headers)
    assert me.status_code == 200
    assert sent == []
    with round_trips(listening) as sent:
        units = await client.get(jurisdiction_url(world) + "/units", headers=headers)
    assert units.status_code == 200
    assert len(sent) == 1, sent  # the units themselves


async def test_without_a_listening_connection_nothing_is_cached(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    await listening.caches.listener.stop()
    try:
        headers = world.headers("city_a.office_director")
        for _ in range(2):
            with round_trips(listening) as sent:
                assert (await client.get("/v1/me", headers=headers)).status_code == 200
            assert len(sent) == 1  # the caller, every time
        assert len(listening.caches.actors) == 0
    finally:
        async with asyncio.timeout(10):  # later tests in this process count on the caches
            await listening.caches.listener.wait_live()


async def test_a_tenure_ended_through_this_process_is_seen_by_the_next_request(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    leader = world.headers("city_a.leader")
    assert (await client.get(jurisdiction_url(world), headers=leader)).status_code == 200
    director = world.headers("city_a.office_director")
    base = jurisdiction_url(world) + "/positions"
    listed = await client.get(base, params={"role": "leader"}, headers=director)
    (position,) = listed.json()["items"]
    ended = await client.patch(
        f"{base}/{position['id']}", json={"valid_to": "2021-06-30"}, headers=director
    )
    assert ended.status_code == 200, ended.text
    # No pause for the notification: this process dropped its caches when the change committed.
    assert (await client.get(jurisdiction_url(world), headers=leader)).status_code == 404
    assert (await client.get("/v1/me", headers=leader)).json()["positions"] == []


def _deputy_reads_less(effective_from: str) -> dict[str, object]:
    """Changji's rulebook stating the nine positions, but with a deputy leader who no longer
    reads everything (no ``reads_all``)."""
    positions: dict[str, object] = {}
    for key, definition in DEFAULT_POSITIONS.items():
        capabilities = set(definition.capabilities)
        if key == "deputy_leader":
            capabilities.discard(Capability.reads_all)
        entry: dict[str, object] = {
            "title_zh": definition.title_zh,
            "level": definition.level.value,
            "capabilities": sorted(capabilities),
        }
        if definition.counts_as_member:
            entry["counts_as_member"] = True
        positions[key] = entry
    return {
        **shipped_document("changji"),
        "schema_version": 2,
        "effective_from": effective_from,
        "positions": positions,
    }


async def test_a_capability_a_published_version_takes_away_is_gone_at_the_next_request(
    client: httpx.AsyncClient, books: World, listening: Database
) -> None:
    """The cached caller holds what the rulebook in force gives each post: a version published
    in this process, in force already, that takes the deputy leader's reading of everything
    away refuses the deputy's very next request — not once the cache entry ages (ACTOR_TTL).
    Published here through the service, which writes rulebook_versions only (PUT …/rulebook
    also bumps the jurisdiction's row version, which would drop the caller anyway)."""
    deputy = books.headers("city_a.deputy_leader")
    events = jurisdiction_url(books) + "/events"
    assert (await client.get(events, headers=deputy)).status_code == 200
    with round_trips(listening) as sent:
        assert (await client.get("/v1/me", headers=deputy)).status_code == 200
    assert sent == []  # the deputy is cached
    async with listening.sessionmaker() as session, session.begin():
        await rulebooks.publish(
            session, None, books.places["city_a"].id, _deputy_reads_less("2021-01-01")
        )
    # No pause for the notification, nor for ACTOR_TTL.
    refused = await client.get(events, headers=deputy)
    assert refused.status_code == 403, refused.text
    (post,) = (await client.get("/v1/me", headers=deputy)).json()["positions"]
    assert (post["role"], post["level"], post["title_zh"], post["defined"]) == (
        "deputy_leader",
        "leading_group",
        "副组长",
        True,
    )


async def test_a_change_of_rulebook_versions_drops_the_cached_callers(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    """Whatever else a publication touches (its insert also moves the jurisdiction's row
    version, whose notification comes when it comes), the change of rulebook_versions itself,
    committed here or notified from elsewhere, drops the callers."""
    assert (await client.get("/v1/me", headers=world.headers("city_a.leader"))).status_code == 200
    assert len(listening.caches.actors) >= 1
    listening.caches.changed("rulebook_versions")
    assert len(listening.caches.actors) == 0


async def test_an_account_disabled_by_another_process_is_refused_once_notified(
    client: httpx.AsyncClient, world: World, listening: Database, database_url: str
) -> None:
    headers = world.headers("city_a.leader")
    assert (await client.get("/v1/me", headers=headers)).status_code == 200
    assert len(listening.caches.actors) >= 1
    user_id = world.places["city_a"].user_ids["leader"]
    await _elsewhere(database_url, "UPDATE users SET is_active = false WHERE id = $1", user_id)

    async def refused() -> bool:
        return (await client.get("/v1/me", headers=headers)).status_code == 401

    await _eventually(refused)


async def test_a_holiday_year_entered_by_another_process_is_used_once_notified(
    client: httpx.AsyncClient, world: World, listening: Database, database_url: str
) -> None:
    """2030 is provisional until entered; an entry making 2030-10-08 a working day reaches this
    process through the notification."""
    headers = world.headers("admin")
    day = "/v1/calendar/days/2030-10-08"
    before = await client.get(day, headers=headers)
    assert before.status_code == 200, before.text
    assert before.json()["calendar"]["provisional_years"] == [2030]
    await _elsewhere(
        database_url,
        "INSERT INTO calendar_years (year, holidays, makeup_workdays, source) VALUES "
        """(2030, '[{"date": "2030-10-01", "name": "国庆节"}]', '[]', '国办发明电〔2029〕1号')""",
    )

    async def entered() -> bool:
        answer = (await client.get(day, headers=headers)).json()
        return answer["calendar"]["provisional_years"] == [] and answer["is_working_day"]

    await _eventually(entered)


async def test_a_write_keeps_what_it_did_not_touch_cached(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    """Creating a unit writes member_units and the audit trail: the caller's cache entry stays;
    renaming the jurisdiction drops the jurisdictions and the callers (posts reach it)."""
    headers = world.headers("city_a.office_director")
    assert (await client.get("/v1/me", headers=headers)).status_code == 200
    created = await client.post(
        jurisdiction_url(world) + "/units", json={"code": "kept", "name": "缓存局"}, headers=headers
    )
    assert created.status_code == 201, created.text
    with round_trips(listening) as sent:
        assert (await client.get("/v1/me", headers=headers)).status_code == 200
    assert sent == []
    renamed = await client.patch(
        jurisdiction_url(world), json={"name": "改名州"}, headers=world.headers("admin")
    )
    assert renamed.status_code == 200, renamed.text
    with round_trips(listening) as sent:
        assert (await client.get("/v1/me", headers=headers)).status_code == 200
    assert len(sent) == 1


async def test_a_write_fills_the_caches_with_what_it_read_before_writing(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    """A client that only writes (no read in between) pays for the caller and the jurisdiction
    once: the write's first lookups read what is committed, as a read would, and fill them."""
    headers = world.headers("city_a.office_director")
    unit = {"code": "first", "name": "第一局"}
    created = await client.post(jurisdiction_url(world) + "/units", json=unit, headers=headers)
    assert created.status_code == 201, created.text
    with round_trips(listening) as sent:
        created = await client.post(
            jurisdiction_url(world) + "/units",
            json={"code": "second", "name": "第二局"},
            headers=headers,
        )
    assert created.status_code == 201, created.text
    touched = " ".join(sent)
    assert "FROM users" not in touched, sent
    assert "FROM jurisdictions" not in touched, sent


async def test_a_session_that_has_written_fills_no_cache(world: World, listening: Database) -> None:
    """What a write transaction reads after writing may include its own uncommitted rows, which
    a rollback would undo: the caches keep nothing it looks up then."""
    from app.invalidation import through_cache
    from app.models import MemberUnit
    from app.repositories import users as users_repo

    user_id = world.places["city_a"].user_ids["office_director"]
    key = ("user", user_id)
    async with listening.sessionmaker() as session:
        unit = MemberUnit(
            jurisdiction_id=world.places["city_a"].id, code="x", name="未提交", kind="other"
        )
        session.add(unit)
        await session.flush()

        async def load() -> object:
            return await users_repo.load_actor(session, user_id)

        assert await through_cache(session, lambda c: c.actors, key, load) is not None
        await session.rollback()
    assert listening.caches.actors.get(key) is None
    async with listening.sessionmaker() as session:
        assert await through_cache(session, lambda c: c.actors, key, load) is not None
    assert listening.caches.actors.get(key) is not None


async def test_a_savepoint_does_not_make_a_session_forget_what_it_wrote(
    world: World, listening: Database
) -> None:
    """SQLAlchemy dispatches after_commit when a savepoint is released, and after_rollback when
    one is rolled back: neither ends the transaction, whose writes stay uncommitted (found in
    review: the note of what it wrote was dropped, and the caches would then take its rows)."""
    from app.invalidation import has_writes
    from app.models import MemberUnit

    async with listening.sessionmaker() as session:
        unit = MemberUnit(
            jurisdiction_id=world.places["city_a"].id, code="y", name="未提交", kind="other"
        )
        session.add(unit)
        await session.flush()
        async with session.begin_nested():
            pass
        assert has_writes(session)
        savepoint = await session.begin_nested()
        await savepoint.rollback()
        assert has_writes(session)
        await session.rollback()
        assert not has_writes(session)


async def test_a_rulebook_version_published_by_another_process_is_in_force_once_notified(
    books: World, listening: Database, database_url: str
) -> None:
    """The versions of a lineage are read once; a version published elsewhere (here, a copy
    taking effect on 2029-01-01) governs from its day on in this process once notified."""
    jid = books.places["city_a"].id

    async def in_force(on: date) -> uuid.UUID:
        async with listening.read_sessionmaker() as session:
            found = await rulebooks.in_force(session, jid, on)
        assert found is not None
        return found.version_id

    shipped = await in_force(date(2030, 1, 1))
    with round_trips(listening) as sent:
        assert await in_force(date(2030, 1, 1)) == shipped
    assert sent == []
    await _elsewhere(
        database_url,
        "INSERT INTO rulebook_versions (id, jurisdiction_id, effective_from, document, "
        "published_by) SELECT gen_random_uuid(), jurisdiction_id, DATE '2029-01-01', "
        """jsonb_set(document, '{effective_from}', '"2029-01-01"'), 'elsewhere' """
        "FROM rulebook_versions WHERE id = $1",
        shipped,
    )

    async def published() -> bool:
        return await in_force(date(2030, 1, 1)) != shipped

    await _eventually(published)
    assert await in_force(date(2028, 12, 31)) == shipped


async def test_a_transaction_that_published_a_version_sees_it_before_it_commits(
    books: World, listening: Database
) -> None:
    """The cache serves only what is committed: the publishing transaction itself reads its
    own new version from the database."""
    jid = books.places["city_a"].id
    async with listening.read_sessionmaker() as session:
        shipped = await rulebooks.get_in_force(session, jid, date(2030, 1, 1))
        # Warm: the lineage's versions are cached now.
        assert await rulebooks.in_force(session, jid, date(2030, 1, 1)) is not None
    async with listening.sessionmaker() as session:
        document = {**shipped.document, "effective_from": "2029-01-01"}
        published = await rulebooks.publish(session, None, jid, document)
        found = await rulebooks.in_force(session, jid, date(2030, 1, 1))
        assert found is not None
        assert found.version_id == published.id
        await session.rollback()
    async with listening.read_sessionmaker() as session:
        found = await rulebooks.in_force(session, jid, date(2030, 1, 1))
    assert found is not None
    assert found.version_id == shipped.version_id
