"""Calendar-feed tokens: long-lived, revocable, shown once, and good for feeds only."""

from __future__ import annotations

import httpx
from icalendar import Calendar

from tests.api.test_organisation import audit_events, problem
from tests.factories import World


async def _create(client: httpx.AsyncClient, world: World, who: str) -> dict[str, str]:
    response = await client.post(
        "/v1/me/feed-tokens", json={"label": "Outlook"}, headers=world.headers(who)
    )
    assert response.status_code == 201, response.text
    created: dict[str, str] = response.json()
    return created


def _feed_url(world: World, place: str) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/meetings.ics"


async def test_a_feed_token_opens_the_feed_in_the_query_and_is_shown_only_once(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await _create(client, world, "city_a.liaison")
    assert created["token"].startswith("gbf_")
    assert created["label"] == "Outlook"

    response = await client.get(
        _feed_url(world, "city_a"), params={"access_token": created["token"]}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    assert Calendar.from_ical(response.content).get("version") == "2.0"
    # As a bearer header too.
    response = await client.get(
        _feed_url(world, "city_a"), headers={"Authorization": f"Bearer {created['token']}"}
    )
    assert response.status_code == 200

    listed = await client.get("/v1/me/feed-tokens", headers=world.headers("city_a.liaison"))
    assert listed.status_code == 200
    (item,) = listed.json()["items"]
    assert item["id"] == created["id"]
    assert "token" not in item
    assert created["token"] not in listed.text


async def test_a_feed_token_reads_only_what_its_person_may_read(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await _create(client, world, "city_b.office_staff")
    response = await client.get(
        _feed_url(world, "city_a"), params={"access_token": created["token"]}
    )
    problem(response, 404)


async def test_a_feed_token_opens_nothing_but_feeds(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await _create(client, world, "city_a.office_director")
    for path in ("/v1/me", f"/v1/jurisdictions/{world.places['city_a'].id}/meetings"):
        response = await client.get(path, headers={"Authorization": f"Bearer {created['token']}"})
        problem(response, 401)
        response = await client.get(path, params={"access_token": created["token"]})
        problem(response, 401)


async def test_a_revoked_or_unknown_feed_token_is_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await _create(client, world, "city_a.liaison")
    headers = world.headers("city_a.liaison")
    revoked = await client.post(f"/v1/me/feed-tokens/{created['id']}/revoke", headers=headers)
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["revoked_at"] is not None
    again = await client.post(f"/v1/me/feed-tokens/{created['id']}/revoke", headers=headers)
    problem(again, 409)

    for token in (created["token"], "gbf_" + "x" * 43):
        response = await client.get(_feed_url(world, "city_a"), params={"access_token": token})
        body = problem(response, 401)
        assert "feed token" in body["detail"]
        assert response.headers["www-authenticate"].startswith("Bearer")


async def test_only_the_owner_sees_and_revokes_a_feed_token(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await _create(client, world, "city_a.liaison")
    other = world.headers("city_a.office_director")
    listed = await client.get("/v1/me/feed-tokens", headers=other)
    assert listed.json()["items"] == []
    response = await client.post(f"/v1/me/feed-tokens/{created['id']}/revoke", headers=other)
    problem(response, 404)
    admin = await client.post(
        f"/v1/me/feed-tokens/{created['id']}/revoke", headers=world.headers("admin")
    )
    problem(admin, 404)


async def test_machine_clients_get_no_feed_tokens(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        "/v1/me/feed-tokens", json={"label": "x"}, headers=world.headers("city_a.client_write")
    )
    problem(response, 403)


async def test_creating_and_revoking_a_feed_token_is_audited(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await _create(client, world, "city_a.office_staff")
    await client.post(
        f"/v1/me/feed-tokens/{created['id']}/revoke", headers=world.headers("city_a.office_staff")
    )
    events = await audit_events(client, world, entity_type="feed_token")
    assert [e["action"] for e in events] == ["feed_token.revoke", "feed_token.create"]
    assert all(created["token"] not in str(e) for e in events)


async def test_a_platform_administrator_gets_no_feed_token_but_reads_feeds_by_access_token(
    client: httpx.AsyncClient, world: World
) -> None:
    """A long-lived token in a calendar program would read every jurisdiction's feeds."""
    response = await client.post(
        "/v1/me/feed-tokens", json={"label": "Outlook"}, headers=world.headers("admin")
    )
    body = problem(response, 403)
    assert "feed token" in body["detail"]
    listed = await client.get("/v1/me/feed-tokens", headers=world.headers("admin"))
    assert listed.json()["items"] == []
    assert await audit_events(client, world, entity_type="feed_token") == []
    # The feed itself, with an access token in the header.
    response = await client.get(_feed_url(world, "city_a"), headers=world.headers("admin"))
    assert response.status_code == 200, response.text
    assert Calendar.from_ical(response.content).get("version") == "2.0"


async def test_an_access_token_in_the_query_is_refused_a_feed_token_there_is_not(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await _create(client, world, "city_a.liaison")
    response = await client.get(
        _feed_url(world, "city_a"), params={"access_token": world.token("city_a.liaison")}
    )
    body = problem(response, 401)
    assert "Authorization header" in body["detail"]
    response = await client.get(
        _feed_url(world, "city_a"), params={"access_token": created["token"]}
    )
    assert response.status_code == 200, response.text
