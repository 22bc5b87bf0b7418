"""The meetings as an iCalendar feed (RFC 5545) through HTTP, parsed back with icalendar: one
VEVENT per meeting, its time in Asia/Shanghai, SEQUENCE raised on each change, STATUS following
the meeting (TENTATIVE while an Ezhou extra joint meeting awaits consent, E-MTG-2; CANCELLED
once cancelled); an access token in the header, a feed token in the header or the query (never an
access token in a URL); one person's meetings; a window."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
import pytest
from icalendar import Calendar, Event

from tests.api.meeting_helpers import (
    SHANGHAI,
    cancel,
    convene,
    meeting_url,
    uid,
)
from tests.api.test_organisation import error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World

PLENARY_TITLE = "2026年第一季度领导小组全体会议"
PLENARY_PLACE = "州政府3楼会议室"


@pytest.fixture(autouse=True)
def _pinned(pinned_clock: FixedClock) -> FixedClock:
    """The clock stands at 2026-12-01 (PINNED_NOW) in every test here."""
    return pinned_clock


def feed_url(world: World, place: str) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/meetings.ics"


async def feed(
    client: httpx.AsyncClient,
    world: World,
    place: str = "city_a",
    who: str | None = None,
    **params: Any,
) -> httpx.Response:
    if "from_" in params:
        params["from"] = params.pop("from_")
    headers = world.headers(who or f"{place}.leader")
    return await client.get(feed_url(world, place), params=params, headers=headers)


def events(response: httpx.Response) -> dict[str, Event]:
    """The VEVENTs of a feed by UID; each UID once."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    found = [e for e in calendar.walk("VEVENT")]
    by_uid = {str(e["UID"]): e for e in found}
    assert len(by_uid) == len(found), "a UID appears twice"
    return by_uid


def event_uid(meeting: dict[str, Any]) -> str:
    return f"{meeting['id']}@gaiban"


async def feed_token(client: httpx.AsyncClient, world: World, who: str) -> str:
    """A calendar-feed token (gbf_…) of person ``who``, for the query."""
    response = await client.post(
        "/v1/me/feed-tokens", json={"label": "日历订阅"}, headers=world.headers(who)
    )
    assert response.status_code == 201, response.text
    token: str = response.json()["token"]
    assert token.startswith("gbf_")
    return token


async def plenary(client: httpx.AsyncClient, world: World) -> dict[str, Any]:
    return await convene(
        client,
        world,
        "city_a",
        "plenary_meeting",
        "2026-03-20T09:30:00+08:00",
        "2026-03-20T11:30:00+08:00",
        title=PLENARY_TITLE,
        where=PLENARY_PLACE,
    )


async def regular(
    client: httpx.AsyncClient, world: World, day: str = "2026-05-12"
) -> dict[str, Any]:
    return await convene(
        client,
        world,
        "city_a",
        "regular_meeting",
        f"{day}T15:00:00+08:00",
        f"{day}T16:30:00+08:00",
        title=f"领导小组办公室例会 {day}",
        where="住建局5楼会议室",
    )


async def test_feed_has_one_event_per_meeting_with_its_time_in_shanghai(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await plenary(client, books)
    second = await regular(client, books)
    found = events(await feed(client, books))
    assert set(found) == {event_uid(first), event_uid(second)}

    event = found[event_uid(first)]
    assert str(event["SUMMARY"]) == PLENARY_TITLE
    assert str(event["LOCATION"]) == PLENARY_PLACE
    assert str(event["STATUS"]) == "CONFIRMED"
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert start == datetime(2026, 3, 20, 9, 30, tzinfo=SHANGHAI)
    assert end == datetime(2026, 3, 20, 11, 30, tzinfo=SHANGHAI)
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert start.utcoffset() is not None
    assert start.utcoffset().total_seconds() == 8 * 3600
    assert int(event["SEQUENCE"]) == first["sequence"]


async def test_feed_of_a_jurisdiction_without_meetings_is_an_empty_calendar(
    client: httpx.AsyncClient, books: World
) -> None:
    await plenary(client, books)
    assert events(await feed(client, books, "city_b")) == {}


async def test_a_change_raises_the_events_sequence(client: httpx.AsyncClient, books: World) -> None:
    meeting = await plenary(client, books)
    before = events(await feed(client, books))[event_uid(meeting)]
    response = await client.patch(
        meeting_url(books, "city_a", meeting),
        json={"place": "州政务服务中心2楼会议室", "starts_at": "2026-03-20T10:00:00+08:00"},
        headers=books.headers("city_a.office_staff"),
    )
    assert response.status_code == 200, response.text
    after = events(await feed(client, books))[event_uid(meeting)]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert str(after["LOCATION"]) == "州政务服务中心2楼会议室"
    assert after["DTSTART"].dt == datetime(2026, 3, 20, 10, 0, tzinfo=SHANGHAI)


async def test_a_cancelled_meeting_stays_in_the_feed_as_cancelled(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    before = events(await feed(client, books))[event_uid(meeting)]
    await cancel(client, books, "city_a", meeting)
    after = events(await feed(client, books))[event_uid(meeting)]
    assert str(after["STATUS"]) == "CANCELLED"
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])


async def test_an_ezhou_extra_joint_meeting_awaiting_consent_is_tentative_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    """Proposed by the office director (on his own behalf), who may not consent to it: it waits
    for the leader's or a deputy leader's consent."""
    extra = await convene(
        client,
        books,
        "city_b",
        "joint_meeting",
        "2026-06-18T09:30:00+08:00",
        "2026-06-18T11:30:00+08:00",
        by="office_director",
        is_extra=True,
    )
    assert extra["state"] == "awaiting_consent"
    assert extra["convened_by"] == uid(books, "city_b.office_director")
    event = events(await feed(client, books, "city_b"))[event_uid(extra)]
    assert str(event["STATUS"]) == "TENTATIVE"

    response = await client.post(
        meeting_url(books, "city_b", extra, "/approve"),
        json={},
        headers=books.headers("city_b.deputy_leader"),
    )
    assert response.status_code == 200, response.text
    event = events(await feed(client, books, "city_b"))[event_uid(extra)]
    assert str(event["STATUS"]) == "CONFIRMED"


async def test_an_ezhou_extra_joint_meeting_a_deputy_leader_proposes_is_confirmed_at_once_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    """The deputy leader may consent (E-MTG-2): proposing it, he has; nothing is tentative."""
    extra = await convene(
        client,
        books,
        "city_b",
        "joint_meeting",
        "2026-06-18T09:30:00+08:00",
        "2026-06-18T11:30:00+08:00",
        by="deputy_leader",
        is_extra=True,
    )
    assert extra["state"] == "scheduled"
    assert extra["consented_by"] == uid(books, "city_b.deputy_leader")
    event = events(await feed(client, books, "city_b"))[event_uid(extra)]
    assert str(event["STATUS"]) == "CONFIRMED"


# --- who may read it -------------------------------------------------------------------------


async def test_a_feed_token_may_come_in_the_query(client: httpx.AsyncClient, books: World) -> None:
    meeting = await plenary(client, books)
    token = await feed_token(client, books, "city_a.liaison")
    response = await client.get(feed_url(books, "city_a"), params={"access_token": token})
    assert set(events(response)) == {event_uid(meeting)}


async def test_an_access_token_in_the_query_is_401_it_goes_in_the_header(
    client: httpx.AsyncClient, books: World
) -> None:
    """An access token in a URL lands in proxy and browser logs: only feed tokens go there."""
    meeting = await plenary(client, books)
    access = books.token("city_a.liaison")
    for url in (feed_url(books, "city_a"), "/v1/me/meetings.ics"):
        response = await client.get(url, params={"access_token": access})
        body = problem(response, 401)
        assert "feed token" in body["detail"]
        assert "Authorization header" in body["detail"]
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert access not in response.text
    # The same token in the header reads the feed.
    in_header = await client.get(feed_url(books, "city_a"), headers=books.headers("city_a.liaison"))
    assert set(events(in_header)) == {event_uid(meeting)}


async def test_the_header_wins_over_the_query(client: httpx.AsyncClient, books: World) -> None:
    meeting = await plenary(client, books)
    elsewhere = await feed_token(client, books, "city_b.leader")
    for query in (elsewhere, "gbf_" + "x" * 43):
        response = await client.get(
            feed_url(books, "city_a"),
            params={"access_token": query},
            headers=books.headers("city_a.leader"),
        )
        assert set(events(response)) == {event_uid(meeting)}


async def test_without_a_token_the_feed_is_401_with_a_challenge(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await client.get(feed_url(books, "city_a"))
    problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_a_bad_token_is_401(client: httpx.AsyncClient, books: World) -> None:
    header, payload, signature = books.token("city_a.leader").split(".")
    flipped = signature[:10] + ("B" if signature[10] == "A" else "A") + signature[11:]
    for bad in ("not-a-token", f"{header}.{payload}.{flipped}", "gbf_" + "x" * 43):
        response = await client.get(feed_url(books, "city_a"), params={"access_token": bad})
        problem(response, 401)
        assert "invalid_token" in response.headers["www-authenticate"]
    for bad in ("not-a-token", f"{header}.{payload}.{flipped}"):
        response = await client.get(
            feed_url(books, "city_a"), headers={"Authorization": f"Bearer {bad}"}
        )
        problem(response, 401)
        assert "invalid_token" in response.headers["www-authenticate"]


async def test_a_caller_of_another_jurisdiction_gets_404(
    client: httpx.AsyncClient, books: World
) -> None:
    await plenary(client, books)
    problem(await feed(client, books, "city_a", who="city_b.leader"), 404)
    token = await feed_token(client, books, "city_b.office_director")
    response = await client.get(feed_url(books, "city_a"), params={"access_token": token})
    problem(response, 404)


# --- filters ---------------------------------------------------------------------------------


async def test_user_id_gives_only_the_meetings_that_person_chairs_or_is_invited_to(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await plenary(client, books)  # the leader chairs; members (the deputy) invited
    second = await regular(client, books)  # the office director chairs
    response = await client.post(
        meeting_url(books, "city_a", second, "/invitees"),
        json={"user_id": uid(books, "city_a.liaison")},
        headers=books.headers("city_a.office_staff"),
    )
    assert response.status_code == 201, response.text

    def mine(who: str) -> dict[str, Any]:
        return {"user_id": uid(books, who)}

    assert set(events(await feed(client, books, **mine("city_a.leader")))) == {event_uid(first)}
    assert set(events(await feed(client, books, **mine("city_a.deputy_leader")))) == {
        event_uid(first)
    }
    assert set(events(await feed(client, books, **mine("city_a.office_director")))) == {
        event_uid(second)
    }
    assert set(events(await feed(client, books, **mine("city_a.liaison")))) == {event_uid(second)}
    assert events(await feed(client, books, **mine("city_a.nobody"))) == {}


async def test_from_and_to_restrict_the_window_by_local_day(
    client: httpx.AsyncClient, books: World
) -> None:
    march = await plenary(client, books)
    may = await regular(client, books, "2026-05-12")
    # 23:30 in Shanghai is still 2026-05-31 locally (15:30 UTC).
    late = await convene(
        client,
        books,
        "city_a",
        "regular_meeting",
        "2026-05-31T23:30:00+08:00",
        "2026-06-01T00:30:00+08:00",
    )
    window = await feed(client, books, from_="2026-05-01", to="2026-05-31")
    assert set(events(window)) == {event_uid(may), event_uid(late)}
    assert set(events(await feed(client, books, to="2026-03-20"))) == {event_uid(march)}
    assert set(events(await feed(client, books, from_="2026-06-01"))) == set()
    assert set(events(await feed(client, books, from_="2026-03-21", to="2026-05-12"))) == {
        event_uid(may)
    }


async def test_from_alone_or_to_alone_reaches_beyond_the_default_window(
    client: httpx.AsyncClient, books: World
) -> None:
    """The default window (a year back, two years ahead) fills in only the bound not given:
    asking from a day beyond it, or up to a day before it, is a window like any other."""
    far = await regular(client, books, "2029-03-20")
    old = await regular(client, books, "2025-03-18")
    assert set(events(await feed(client, books))) == set()
    assert set(events(await feed(client, books, from_="2029-01-01"))) == {event_uid(far)}
    assert set(events(await feed(client, books, to="2025-06-30"))) == {event_uid(old)}


async def test_from_after_to_is_422(client: httpx.AsyncClient, books: World) -> None:
    body = problem(await feed(client, books, from_="2026-06-01", to="2026-05-01"), 422)
    assert error_locations(body) == [["query", "to"]]


async def test_an_unchanged_feed_answers_304_to_its_etag_and_a_change_gives_a_new_one(
    client: httpx.AsyncClient, books: World
) -> None:
    await regular(client, books)
    first = await feed(client, books)
    etag = first.headers["etag"]
    assert etag.startswith('"')
    assert "private" in first.headers["cache-control"]
    url, headers = feed_url(books, "city_a"), books.headers("city_a.leader")
    unchanged = await client.get(url, headers={**headers, "If-None-Match": etag})
    assert unchanged.status_code == 304
    assert unchanged.content == b""
    listed = await client.get(url, headers={**headers, "If-None-Match": f'"x", W/{etag}'})
    assert listed.status_code == 304

    await regular(client, books, "2026-06-09")
    changed = await client.get(url, headers={**headers, "If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert len(events(changed)) == 2


async def test_my_feed_lists_the_meetings_i_chair_or_am_invited_to_and_no_others(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await plenary(client, books)  # the leader chairs, the deputy leader is invited
    await regular(client, books)  # the office director chairs
    token = await client.post(
        "/v1/me/feed-tokens", json={"label": "手机日历"}, headers=books.headers("city_a.leader")
    )
    subscription = {"access_token": token.json()["token"]}
    mine = await client.get("/v1/me/meetings.ics", params=subscription)
    assert set(events(mine)) == {event_uid(first)}
    calendar = Calendar.from_ical(mine.content)
    assert "city-a leader" in str(calendar["X-WR-CALNAME"])

    deputy = await client.get("/v1/me/meetings.ics", headers=books.headers("city_a.deputy_leader"))
    assert set(events(deputy)) == {event_uid(first)}
    elsewhere = await client.get("/v1/me/meetings.ics", headers=books.headers("city_b.leader"))
    assert events(elsewhere) == {}


async def test_my_feed_is_for_people_and_needs_a_token(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await client.get("/v1/me/meetings.ics", headers=books.headers("city_a.client_read"))
    problem(response, 403)
    response = await client.get("/v1/me/meetings.ics")
    problem(response, 401)
    response = await client.get("/v1/me/meetings.ics", params={"access_token": "gbf_nothing"})
    problem(response, 401)
    # An access token in the query is refused; a client has no feed token to put there.
    response = await client.get(
        "/v1/me/meetings.ics", params={"access_token": books.token("city_a.client_read")}
    )
    problem(response, 401)


async def test_a_feed_over_its_cap_keeps_the_meetings_nearest_now(
    client: httpx.AsyncClient, books: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cap (2,000 events) is far above any office's meetings; if reached, the most distant
    meetings are dropped, never the coming ones."""
    monkeypatch.setattr("app.services.meeting_feeds.FEED_MAX_EVENTS", 2)
    past = await regular(client, books, "2026-03-20")
    soon = await regular(client, books, "2026-12-05")
    later = await regular(client, books, "2027-06-01")
    kept = events(await feed(client, books))
    assert set(kept) == {event_uid(soon), event_uid(later)}
    assert event_uid(past) not in kept
