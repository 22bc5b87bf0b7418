"""The events outbox and its feed (issue 17): each event written with its change, read back
through GET /v1/jurisdictions/{jid}/events in a stable order, with a cursor, filters, the
jurisdictions below, visibility, and the long poll.

World (tests/factories.py) with the shipped rulebooks (``books``); the clock stands at noon of
Tuesday 2026-12-01 in Shanghai (``pinned_clock``)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.api.meeting_helpers import convene, meeting_url
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"


def events_url(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/events"


async def feed(
    client: httpx.AsyncClient,
    world: World,
    place: str = "city_a",
    who: str = OFFICE,
    status: int = 200,
    **params: Any,
) -> dict[str, Any]:
    answer = await client.get(events_url(world, place), params=params, headers=world.headers(who))
    assert answer.status_code == status, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def all_events(
    client: httpx.AsyncClient, world: World, place: str = "city_a", **params: Any
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = (await feed(client, world, place, limit=200, **params))["items"]
    return items


async def only(
    client: httpx.AsyncClient, world: World, type_: str, place: str = "city_a"
) -> dict[str, Any]:
    """The one event of ``type_`` in the place's feed."""
    found = [e for e in await all_events(client, world, place) if e["type"] == type_]
    assert len(found) == 1, found
    return found[0]


async def plenary(client: httpx.AsyncClient, world: World, day: int = 20) -> dict[str, Any]:
    return await convene(
        client, world, "city_a", "plenary_meeting", f"2026-12-{day}T09:00:00+08:00",
        f"2026-12-{day}T11:00:00+08:00", title=f"全体会议{day}",
    )  # fmt: skip


# --- the feed itself -----------------------------------------------------------------------------


async def test_a_convened_meeting_is_in_the_feed_with_its_payload(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    event = await only(client, books, "meeting.convened")
    jid = str(books.places["city_a"].id)
    assert event["jurisdiction_id"] == jid
    assert event["resource_type"] == "meeting"
    assert event["resource_id"] == meeting["id"]
    assert event["resource_url"] == f"/v1/jurisdictions/{jid}/meetings/{meeting['id']}"
    assert event["payload"]["title"] == "全体会议20"
    assert event["payload"]["kind"] == "plenary_meeting"
    assert event["payload"]["state"] == meeting["state"]
    assert event["payload"]["is_extra"] is False
    # The resource it points to is there.
    answer = await client.get(event["resource_url"], headers=books.headers(OFFICE))
    assert answer.status_code == 200


async def test_the_feed_pages_with_its_cursor_without_gaps_or_repeats(
    client: httpx.AsyncClient, books: World
) -> None:
    for day in range(10, 17):
        await plenary(client, books, day)
    seen: list[int] = []
    cursor = None
    for _ in range(10):
        params: dict[str, Any] = {"limit": 3}
        if cursor is not None:
            params["after"] = cursor
        page = await feed(client, books, **params)
        assert page["next_cursor"]
        if not page["items"]:
            break
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
    everything = [e["id"] for e in await all_events(client, books)]
    assert len(everything) == 7
    assert seen == everything
    # The last cursor stands where the feed ends: nothing after it, and it is given back.
    tail = await feed(client, books, after=cursor)
    assert tail == {"items": [], "next_cursor": cursor, "limit": 50}


async def test_a_bad_cursor_or_type_is_a_422(client: httpx.AsyncClient, books: World) -> None:
    await feed(client, books, after="not a cursor", status=422)
    await feed(client, books, types="meeting.convened,meeting.exploded", status=422)
    await feed(client, books, wait=31, status=422)


async def test_types_filter_the_feed(client: httpx.AsyncClient, books: World) -> None:
    meeting = await plenary(client, books)
    cancelled = await client.post(
        meeting_url(books, "city_a", meeting, "/cancel"),
        json={"reason": "改期"},
        headers=books.headers("city_a.leader"),
    )
    assert cancelled.status_code == 200, cancelled.text
    types = [e["type"] for e in await all_events(client, books)]
    assert types == ["meeting.convened", "meeting.cancelled"]
    kept = await all_events(client, books, types="meeting.cancelled")
    assert [e["type"] for e in kept] == ["meeting.cancelled"]
    both = await all_events(client, books, types="meeting.cancelled,meeting.convened")
    assert len(both) == 2
