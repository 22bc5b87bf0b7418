"""GET /v1/me/meetings: one's own meetings as JSON, through HTTP. The list is the person's .ics
feed (GET /v1/me/meetings.ics) as JSON: the same meetings (chaired or invited to, in every
jurisdiction), the same window and `from`/`to`; people only; never another person's."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.api.meeting_helpers import convene, meeting_url, uid
from tests.api.test_meetings_feed import event_uid, events, plenary, regular
from tests.api.test_organisation import error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World

URL = "/v1/me/meetings"


@pytest.fixture(autouse=True)
def _pinned(pinned_clock: FixedClock) -> FixedClock:
    """The clock stands at 2026-12-01 (PINNED_NOW) in every test here."""
    return pinned_clock


async def my_meetings(
    client: httpx.AsyncClient, world: World, who: str, **params: Any
) -> list[dict[str, Any]]:
    if "from_" in params:
        params["from"] = params.pop("from_")
    response = await client.get(URL, params=params, headers=world.headers(who))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def my_feed_uids(
    client: httpx.AsyncClient, world: World, who: str, **params: Any
) -> set[str]:
    if "from_" in params:
        params["from"] = params.pop("from_")
    response = await client.get("/v1/me/meetings.ics", params=params, headers=world.headers(who))
    return set(events(response))


async def test_the_list_is_the_meetings_of_my_ics_feed(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await plenary(client, books)  # the leader chairs, the deputy leader is invited
    second = await regular(client, books)  # the office director chairs
    response = await client.post(
        meeting_url(books, "city_a", second, "/invitees"),
        json={"user_id": uid(books, "city_a.liaison")},
        headers=books.headers("city_a.office_staff"),
    )
    assert response.status_code == 201, response.text

    for who, expected in [
        ("city_a.leader", [first]),
        ("city_a.deputy_leader", [first]),
        ("city_a.office_director", [second]),
        ("city_a.liaison", [second]),
    ]:
        items = await my_meetings(client, books, who)
        assert [m["id"] for m in items] == [m["id"] for m in expected], who
        assert {event_uid(m) for m in items} == await my_feed_uids(client, books, who), who

    item = (await my_meetings(client, books, "city_a.leader"))[0]
    assert item["jurisdiction_id"] == str(books.places["city_a"].id)
    assert item["kind"] == "plenary_meeting"
    assert item["kind_name"] == first["kind_name"]
    assert (item["title"], item["place"], item["state"]) == (
        first["title"],
        first["place"],
        first["state"],
    )
    assert (item["starts_at"], item["ends_at"]) == (first["starts_at"], first["ends_at"])


async def test_a_person_without_meetings_gets_an_empty_list(
    client: httpx.AsyncClient, books: World
) -> None:
    await plenary(client, books)
    assert await my_meetings(client, books, "city_a.nobody") == []


async def test_another_persons_or_jurisdictions_meetings_never_appear(
    client: httpx.AsyncClient, books: World
) -> None:
    await plenary(client, books)
    await regular(client, books)
    assert await my_meetings(client, books, "city_b.leader") == []
    leader_ids = {m["id"] for m in await my_meetings(client, books, "city_a.leader")}
    director_ids = {m["id"] for m in await my_meetings(client, books, "city_a.office_director")}
    assert leader_ids
    assert director_ids
    assert not leader_ids & director_ids


async def test_from_and_to_restrict_the_window_as_in_the_feed(
    client: httpx.AsyncClient, books: World
) -> None:
    who = "city_a.office_director"  # chairs the regular meetings
    may = await regular(client, books, "2026-05-12")
    june = await regular(client, books, "2026-06-09")
    far = await regular(client, books, "2029-03-20")  # beyond the default two years ahead

    async def ids(**params: Any) -> list[str]:
        items = await my_meetings(client, books, who, **params)
        assert {event_uid(m) for m in items} == await my_feed_uids(client, books, who, **params)
        return [m["id"] for m in items]

    assert await ids() == [may["id"], june["id"]]
    assert await ids(from_="2026-05-01", to="2026-05-31") == [may["id"]]
    assert await ids(from_="2026-06-01") == [june["id"]]
    assert await ids(from_="2029-01-01") == [far["id"]]
    assert await ids(to="2026-05-12") == [may["id"]]


async def test_from_after_to_is_422(client: httpx.AsyncClient, books: World) -> None:
    response = await client.get(
        URL,
        params={"from": "2026-06-01", "to": "2026-05-01"},
        headers=books.headers("city_a.leader"),
    )
    assert error_locations(problem(response, 422)) == [["query", "to"]]


async def test_an_unknown_query_parameter_is_422(client: httpx.AsyncClient, books: World) -> None:
    response = await client.get(
        URL, params={"user_id": uid(books, "city_a.leader")}, headers=books.headers("city_a.leader")
    )
    problem(response, 422)


async def test_a_machine_client_gets_403_and_no_token_401(
    client: httpx.AsyncClient, books: World
) -> None:
    problem(await client.get(URL, headers=books.headers("city_a.client_read")), 403)
    problem(await client.get(URL), 401)


async def test_an_unchanged_list_answers_304_to_its_etag(
    client: httpx.AsyncClient, books: World
) -> None:
    await plenary(client, books)
    headers = books.headers("city_a.leader")
    first = await client.get(URL, headers=headers)
    etag = first.headers["etag"]
    unchanged = await client.get(URL, headers={**headers, "If-None-Match": etag})
    assert unchanged.status_code == 304
    await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-09-20T09:30:00+08:00",
        "2026-09-20T11:30:00+08:00",
    )
    changed = await client.get(URL, headers={**headers, "If-None-Match": etag})
    assert changed.status_code == 200
    assert len(changed.json()["items"]) == 2


async def test_each_meeting_carries_my_invitation_as_the_meeting_lists_it(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await plenary(client, books)  # the deputy leader is invited as a member
    detail = await client.get(
        meeting_url(books, "city_a", first), headers=books.headers("city_a.office_staff")
    )
    assert detail.status_code == 200, detail.text
    deputy = uid(books, "city_a.deputy_leader")
    (invitee,) = [i for i in detail.json()["invitees"] if i["user_id"] == deputy]

    (item,) = await my_meetings(client, books, "city_a.deputy_leader")
    assert item["invitation"] == {
        "basis": invitee["basis"],
        "attendance": invitee["attendance"],
    }
