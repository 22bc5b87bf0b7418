"""Webhook subscriptions through the API (issue 17): who manages them, the secret shown once,
the URLs refused before any delivery (SSRF), switching off and on. The deliveries themselves:
tests/api/test_webhook_deliveries.py."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.factories import World

DIRECTOR = "city_a.office_director"
PUBLIC_URL = "https://93.184.215.14/hooks/gaiban"


def subscriptions_url(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/webhook-subscriptions"


async def subscribe(
    client: httpx.AsyncClient,
    world: World,
    who: str = DIRECTOR,
    place: str = "city_a",
    status: int = 201,
    **fields: Any,
) -> dict[str, Any]:
    body = {"url": PUBLIC_URL, "event_types": ["task.created"], **fields}
    answer = await client.post(
        subscriptions_url(world, place), json=body, headers=world.headers(who)
    )
    assert answer.status_code == status, answer.text
    created: dict[str, Any] = answer.json()
    return created


async def test_the_office_director_subscribes_and_sees_the_secret_once(
    client: httpx.AsyncClient, world: World
) -> None:
    answer = await client.post(
        subscriptions_url(world),
        json={
            "url": PUBLIC_URL,
            "event_types": ["task.created", "task.completed", "task.created"],
            "description": "城市审批管理系统",
        },
        headers=world.headers(DIRECTOR),
    )
    assert answer.status_code == 201, answer.text
    created = answer.json()
    assert created["secret"].startswith("whsec_")
    assert created["event_types"] == ["task.created", "task.completed"]
    assert created["is_active"] is True
    location = answer.headers["location"]
    assert location == f"{subscriptions_url(world)}/{created['id']}"

    read = await client.get(location, headers=world.headers(DIRECTOR))
    assert read.status_code == 200
    assert "secret" not in read.json()
    assert created["secret"] not in read.text
    listed = await client.get(subscriptions_url(world), headers=world.headers(DIRECTOR))
    assert [s["id"] for s in listed.json()["items"]] == [created["id"]]
    assert created["secret"] not in listed.text
    trail = await client.get(
        "/v1/audit-events",
        params={"entity_type": "webhook_subscription"},
        headers=world.headers("admin"),
    )
    assert [e["action"] for e in trail.json()["items"]] == ["webhook_subscription.create"]
    assert created["secret"] not in trail.text


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("city_a.office_staff", 403),
        ("city_a.office_deputy_director", 403),
        ("city_a.leader", 403),
        ("city_a.liaison", 403),
        ("city_a.client_write", 403),
        ("city_b.office_director", 404),
        ("county_a1.office_director", 404),
    ],
)
async def test_only_the_office_director_or_an_administrator_manages_subscriptions(
    client: httpx.AsyncClient, world: World, who: str, status: int
) -> None:
    existing = await subscribe(client, world)
    await subscribe(client, world, who=who, status=status)
    one = f"{subscriptions_url(world)}/{existing['id']}"
    headers = world.headers(who)
    assert (await client.get(subscriptions_url(world), headers=headers)).status_code == status
    assert (await client.get(one, headers=headers)).status_code == status
    changed = await client.patch(one, json={"is_active": False}, headers=headers)
    assert changed.status_code == status
    assert (await client.delete(one, headers=headers)).status_code == status
    redelivery = await client.post(one + "/deliveries/redelivery", headers=headers)
    assert redelivery.status_code == status
    still = await client.get(one, headers=world.headers(DIRECTOR))
    assert still.json()["is_active"] is True


async def test_an_administrator_subscribes_for_any_jurisdiction(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await subscribe(client, world, who="admin", place="city_b")
    assert created["jurisdiction_id"] == str(world.places["city_b"].id)


async def test_another_jurisdictions_subscription_is_not_found(
    client: httpx.AsyncClient, world: World
) -> None:
    theirs = await subscribe(client, world, who="city_b.office_director", place="city_b")
    answer = await client.get(
        f"{subscriptions_url(world)}/{theirs['id']}", headers=world.headers(DIRECTOR)
    )
    assert answer.status_code == 404


async def test_the_jurisdictions_below_are_chosen_at_subscription_and_never_widened_later(
    client: httpx.AsyncClient, world: World
) -> None:
    """A city's and a county's director include the jurisdictions below (they read their
    events); a subscription cannot be widened to them afterwards (422: not a field of a
    change), and a county director cannot subscribe at the city above (404, as elsewhere)."""
    city = await subscribe(client, world, include_descendants=True)
    assert city["include_descendants"] is True
    county = await subscribe(
        client, world, who="county_a1.office_director", place="county_a1", include_descendants=True
    )
    assert county["include_descendants"] is True
    narrow = await subscribe(client, world)
    widened = await client.patch(
        f"{subscriptions_url(world)}/{narrow['id']}",
        json={"include_descendants": True},
        headers=world.headers(DIRECTOR),
    )
    assert widened.status_code == 422, widened.text
    read = await client.get(
        f"{subscriptions_url(world)}/{narrow['id']}", headers=world.headers(DIRECTOR)
    )
    assert read.json()["include_descendants"] is False
    await subscribe(client, world, who="county_a1.office_director", status=404)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://93.184.215.14/hook", "https"),
        ("ftp://93.184.215.14/hook", "https"),
        ("https://127.0.0.1/hook", "loopback"),
        ("https://127.8.9.10:8443/hook", "loopback"),
        ("https://[::1]/hook", "loopback"),
        ("https://localhost/hook", "loopback"),
        ("https://[::ffff:127.0.0.1]/hook", "loopback"),
        ("https://169.254.169.254/latest/meta-data/", "link-local"),
        ("https://[fe80::1]/hook", "link-local"),
        ("https://10.1.2.3/hook", "private"),
        ("https://172.16.0.1/hook", "private"),
        ("https://192.168.1.1/hook", "private"),
        ("https://100.64.0.1/hook", "private"),
        ("https://[fd00:ec2::254]/hook", "private"),
        ("https://[64:ff9b::a9fe:a9fe]/hook", "link-local"),
        ("https://0.0.0.0/hook", "unicast"),
        ("https://224.0.0.1/hook", "unicast"),
        ("https://user:secret@93.184.215.14/hook", "password"),
        ("https:///hook", "host"),
        ("https://93.184.215.14/hook#frag", "fragment"),
        ("https://93.184.215.14:99999/hook", "URL"),
        # A name that begins like an address: judged as a name, never as 1.2.3.4.
        ("https://1.2.3.4%.attacker.example/hook", "%"),
        ("https://[2002:7f00:1::1]/hook", "loopback"),
    ],
)
async def test_urls_that_would_reach_inside_are_refused(
    client: httpx.AsyncClient, world: World, url: str, why: str
) -> None:
    answer = await client.post(
        subscriptions_url(world),
        json={"url": url, "event_types": ["task.created"]},
        headers=world.headers(DIRECTOR),
    )
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert why in problem["detail"]
    assert problem["errors"][0]["loc"] == ["body", "url"]
    listed = await client.get(subscriptions_url(world), headers=world.headers(DIRECTOR))
    assert listed.json()["items"] == []


async def test_a_changed_url_is_checked_as_a_new_one(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await subscribe(client, world)
    one = f"{subscriptions_url(world)}/{created['id']}"
    refused = await client.patch(
        one, json={"url": "https://169.254.169.254/"}, headers=world.headers(DIRECTOR)
    )
    assert refused.status_code == 422
    assert (await client.get(one, headers=world.headers(DIRECTOR))).json()["url"] == PUBLIC_URL


async def test_unknown_event_types_and_empty_lists_are_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    await subscribe(client, world, event_types=["task.exploded"], status=422)
    await subscribe(client, world, event_types=[], status=422)
    created = await subscribe(client, world)
    answer = await client.patch(
        f"{subscriptions_url(world)}/{created['id']}",
        json={"event_types": None},
        headers=world.headers(DIRECTOR),
    )
    assert answer.status_code == 422


async def test_switching_off_and_on_is_recorded_and_deleting_removes_it(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await subscribe(client, world)
    one = f"{subscriptions_url(world)}/{created['id']}"
    off = await client.patch(one, json={"is_active": False}, headers=world.headers(DIRECTOR))
    assert off.status_code == 200, off.text
    assert off.json()["is_active"] is False
    assert off.json()["disabled_at"] is not None
    assert "switched off by" in off.json()["disabled_reason"]
    refused = await client.post(one + "/deliveries/redelivery", headers=world.headers(DIRECTOR))
    assert refused.status_code == 409
    on = await client.patch(one, json={"is_active": True}, headers=world.headers(DIRECTOR))
    assert on.json()["is_active"] is True
    assert on.json()["disabled_at"] is None
    assert on.json()["disabled_reason"] is None
    gone = await client.delete(one, headers=world.headers(DIRECTOR))
    assert gone.status_code == 204
    assert (await client.get(one, headers=world.headers(DIRECTOR))).status_code == 404
    trail = await client.get(
        "/v1/audit-events",
        params={"entity_type": "webhook_subscription", "entity_id": created["id"]},
        headers=world.headers("admin"),
    )
    actions = sorted(e["action"] for e in trail.json()["items"])
    assert actions == [
        "webhook_subscription.create",
        "webhook_subscription.delete",
        "webhook_subscription.update",
        "webhook_subscription.update",
    ]


async def test_the_secret_is_never_kept_for_an_idempotent_replay(
    client: httpx.AsyncClient, world: World
) -> None:
    answer = await client.post(
        subscriptions_url(world),
        json={"url": PUBLIC_URL, "event_types": ["task.created"]},
        headers={**world.headers(DIRECTOR), "Idempotency-Key": "hook-1"},
    )
    assert answer.status_code == 400, answer.text


async def test_a_redelivery_of_an_unknown_delivery_is_not_found(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await subscribe(client, world)
    answer = await client.post(
        f"{subscriptions_url(world)}/{created['id']}/deliveries/"
        "00000000-0000-4000-8000-000000000000/redelivery",
        headers=world.headers(DIRECTOR),
    )
    assert answer.status_code == 404
