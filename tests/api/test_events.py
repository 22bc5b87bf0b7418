"""The events outbox and its feed (issue 17): each event written with its change, read back
through GET /v1/jurisdictions/{jid}/events in a stable order, with a cursor, filters, the
jurisdictions below, visibility, and the long poll.

World (tests/factories.py) with the shipped rulebooks (``books``); the clock stands at noon of
Tuesday 2026-12-01 in Shanghai (``pinned_clock``)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.db import Database
from app.domain.events import EventType
from app.rulebooks import shipped_document
from app.services import audit, events
from tests.api.meeting_helpers import convene, meeting_url
from tests.api.task_helpers import add_task
from tests.api.test_briefings import create as create_briefing
from tests.api.test_briefings import send as send_briefing
from tests.api.test_documents import signed
from tests.api.test_incoming_documents import act as incoming_act
from tests.api.test_incoming_documents import sent as send_incoming
from tests.api.test_major_matters import act as matter_act
from tests.api.test_major_matters import sent as send_matter
from tests.api.test_minutes import archived_plenary
from tests.api.test_minutes import plenary as minutes_plenary
from tests.api.test_publications import publish as publish_item
from tests.api.test_publications import withdraw as withdraw_item
from tests.api.test_submissions import ezhou_files
from tests.api.test_supervision import reply, supervise
from tests.api.test_task_progress import act as task_act
from tests.api.test_task_progress import report as progress_report
from tests.factories import World, with_if_match

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
    """Every event of the place's feed, as its office staff reads it."""
    who = f"{place}.office_staff"
    items: list[dict[str, Any]] = (await feed(client, world, place, who, limit=200, **params))[
        "items"
    ]
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


# --- each type, through the action that makes it ------------------------------------------------


async def test_meeting_rescheduled_held_and_consent_given(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    moved = await client.patch(
        meeting_url(books, "city_a", meeting),
        json={"starts_at": "2026-12-21T09:00:00+08:00", "ends_at": "2026-12-21T11:00:00+08:00"},
        headers=books.headers("city_a.leader"),
    )
    assert moved.status_code == 200, moved.text
    event = await only(client, books, "meeting.rescheduled")
    assert event["payload"]["starts_at"] == "2026-12-21T01:00:00+00:00"
    assert event["payload"]["previous_starts_at"] == "2026-12-20T01:00:00+00:00"
    # A change that keeps the time is no rescheduling.
    retitled = await client.patch(
        meeting_url(books, "city_a", meeting),
        json={"title": "全体会议（调整议程）"},
        headers=books.headers("city_a.leader"),
    )
    assert retitled.status_code == 200, retitled.text
    await only(client, books, "meeting.rescheduled")

    past = await minutes_plenary(client, books, held=True)
    held = await only(client, books, "meeting.held")
    assert (held["resource_id"], held["payload"]["state"]) == (past["id"], "held")

    extra = await convene(
        client, books, "city_b", "joint_meeting", "2026-12-18T09:30:00+08:00",
        "2026-12-18T11:30:00+08:00", by="office_director", is_extra=True,
    )  # fmt: skip
    assert extra["state"] == "awaiting_consent"
    approved = await client.post(
        meeting_url(books, "city_b", extra, "/approve"),
        json={},
        headers=books.headers("city_b.deputy_leader"),
    )
    assert approved.status_code == 200, approved.text
    consent = await only(client, books, "meeting.consent_given", "city_b")
    assert consent["resource_id"] == extra["id"]
    assert consent["payload"]["state"] == approved.json()["state"]
    convened = await only(client, books, "meeting.convened", "city_b")
    assert convened["payload"]["state"] == "awaiting_consent"


async def test_minutes_archived(client: httpx.AsyncClient, books: World) -> None:
    archived = await archived_plenary(client, books)
    event = await only(client, books, "minutes.archived")
    meeting_id = archived["meeting"]["id"]
    assert event["resource_type"] == "minutes"
    assert event["resource_url"].endswith(f"/meetings/{meeting_id}/minutes")
    assert event["payload"]["meeting_id"] == meeting_id
    assert event["payload"]["sha256"] == archived["minutes"]["sha256"]


async def test_submission_received_with_its_timeliness(
    client: httpx.AsyncClient, books: World
) -> None:
    answer = await client.post(
        f"/v1/jurisdictions/{books.places['city_b'].id}/submissions",
        data={"submission": json.dumps({"report_kind": "monthly_report", "period": "2026-10"})},
        files=ezhou_files(),
        headers=books.headers("city_b.liaison"),
    )
    assert answer.status_code == 201, answer.text
    submission = answer.json()
    event = await only(client, books, "submission.received", "city_b")
    payload = event["payload"]
    assert event["resource_id"] == submission["id"]
    assert (payload["report_kind"], payload["period"]) == ("monthly_report", "2026-10")
    assert payload["timeliness"] == submission["timeliness"] == "late"
    assert payload["on_time"] is False
    assert payload["working_days_late"] == submission["working_days_late"] > 0
    assert payload["unit_name"] == submission["unit_name"]


async def test_document_signed_and_voided(client: httpx.AsyncClient, books: World) -> None:
    document = await signed(client, books, "city_a.office_director")
    event = await only(client, books, "document.signed")
    assert event["resource_id"] == document["id"]
    assert event["payload"]["number"] == document["number"]
    assert event["payload"]["state"] == "signed"
    voided = await client.post(
        f"/v1/jurisdictions/{books.places['city_a'].id}/documents/{document['id']}/void",
        json={"reason": "内容有误，另行发文"},
        headers=books.headers("city_a.office_director"),
    )
    assert voided.status_code == 200, voided.text
    event = await only(client, books, "document.voided")
    assert (event["payload"]["state"], event["payload"]["number"]) == ("void", document["number"])


async def test_briefing_sent(client: httpx.AsyncClient, books: World) -> None:
    draft = await create_briefing(client, books, {"title": "工作信息", "body": "本月工作……"})
    sent = await send_briefing(client, books, draft["id"])
    event = await only(client, books, "briefing.sent")
    assert event["resource_id"] == draft["id"]
    assert event["payload"]["title"] == "工作信息"
    assert (event["payload"]["issue_year"], event["payload"]["issue_number"]) == (2026, 1)
    assert event["payload"]["recipients"] == len(sent["recipients"])


async def test_major_matter_forwarded_and_decided(client: httpx.AsyncClient, books: World) -> None:
    matter = await send_matter(client, books)
    await only_none(client, books, "major_matter.forwarded")  # sending alone is no event
    forwarded = await matter_act(client, books, "city_a.office_staff", matter, "forward")
    assert forwarded.status_code == 200, forwarded.text
    event = await only(client, books, "major_matter.forwarded")
    assert (event["resource_id"], event["payload"]["state"]) == (matter, "forwarded")
    reviewed = await matter_act(client, books, "city_a.leader", matter, "review")
    assert reviewed.status_code == 200, reviewed.text
    event = await only(client, books, "major_matter.decided")
    assert (event["payload"]["state"], event["payload"]["act"]) == (
        reviewed.json()["state"],
        "review",
    )


async def test_incoming_document_forwarded_and_decided(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await send_incoming(client, books, addressee="leading_group")
    forwarded = await incoming_act(client, books, "city_a.office_staff", document, "forward")
    assert forwarded.status_code == 200, forwarded.text
    event = await only(client, books, "incoming_document.forwarded")
    assert (event["resource_id"], event["payload"]["state"]) == (document, "with_leader")
    approved = await incoming_act(client, books, "city_a.leader", document, "approve")
    assert approved.status_code == 200, approved.text
    event = await only(client, books, "incoming_document.decided")
    assert (event["payload"]["state"], event["payload"]["act"]) == ("approved", "approve")


async def test_task_created_completion_proposed_and_completed(
    client: httpx.AsyncClient, books: World
) -> None:
    task = await add_task(client, books)
    event = await only(client, books, "task.created")
    assert event["resource_url"].endswith(f"/tasks/{task['id']}")
    assert (event["payload"]["code"], event["payload"]["title"]) == (task["code"], task["title"])
    assert event["payload"]["lead_unit"]["id"] == task["lead_unit"]["id"]

    proposal = await progress_report(client, books, task, percent=100, proposes=True)
    assert proposal.status_code == 201, proposal.text
    event = await only(client, books, "task.completion_proposed")
    assert event["payload"]["percent"] == 100
    confirmed = await task_act(client, books, task, "/completion/confirm", {})
    assert confirmed.status_code == 200, confirmed.text
    event = await only(client, books, "task.completed")
    assert (event["payload"]["state"], event["payload"]["completed_on"]) == ("done", "2026-12-01")

    other = await add_task(client, books, title="另一项任务")
    completed = await task_act(client, books, other, "/complete", {"note": "已办结"})
    assert completed.status_code == 200, completed.text
    done = [e for e in await all_events(client, books) if e["type"] == "task.completed"]
    assert [e["resource_id"] for e in done] == [task["id"], other["id"]]


async def test_supervision_notice_issued_and_answered(
    client: httpx.AsyncClient, books: World
) -> None:
    task = await add_task(client, books)
    notice = await supervise(client, books, task)
    event = await only(client, books, "supervision_notice.issued")
    assert event["resource_url"].endswith(f"/supervision-notices/{notice['id']}")
    assert event["payload"]["task"] == {"id": task["id"], "code": task["code"]}
    assert event["payload"]["answered"] is False
    replied = await reply(client, books, notice)
    assert replied.status_code == 200, replied.text
    event = await only(client, books, "supervision_notice.answered")
    assert (event["payload"]["answered"], event["payload"]["replied_on"]) == (True, "2026-12-01")


async def test_rulebook_version_published(client: httpx.AsyncClient, books: World) -> None:
    published = await with_if_match(
        client,
        "PUT",
        f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook",
        json={**shipped_document("changji"), "effective_from": "2027-01-01"},
        headers=books.headers("city_a.office_director"),
    )
    assert published.status_code == 201, published.text
    event = await only(client, books, "rulebook.version_published")
    assert event["resource_id"] == published.json()["id"]
    assert event["payload"]["effective_from"] == "2027-01-01"
    answer = await client.get(event["resource_url"], headers=books.headers("admin"))
    assert answer.status_code == 200, answer.text


async def test_publication_published_and_withdrawn(client: httpx.AsyncClient, books: World) -> None:
    item = await publish_item(client, books, {"kind": "result", "title": "成效", "text": "正文"})
    event = await only(client, books, "publication.published", place="city_b")
    assert event["resource_url"].endswith(f"/publications/{item['id']}")
    assert event["payload"] == {
        "kind": "result",
        "title": "成效",
        "state": "published",
        "public_url": item["public_url"],
    }
    withdrawn = await withdraw_item(client, books, item, "误发")
    assert withdrawn.status_code == 200, withdrawn.text
    event = await only(client, books, "publication.withdrawn", place="city_b")
    # The reason stays with the item, for those who may read it.
    assert event["payload"]["state"] == "withdrawn"
    assert "误发" not in json.dumps(event, ensure_ascii=False)


async def test_a_refused_change_leaves_no_event(client: httpx.AsyncClient, books: World) -> None:
    """The event is written in the change's transaction: no change, no event."""
    document = await signed(client, books, "city_a.office_director")
    again = await client.post(
        f"/v1/jurisdictions/{books.places['city_a'].id}/documents/{document['id']}/sign",
        headers=books.headers("city_a.office_director"),
    )
    assert again.status_code == 409
    await only(client, books, "document.signed")


async def only_none(client: httpx.AsyncClient, world: World, type_: str) -> None:
    assert [e for e in await all_events(client, world) if e["type"] == type_] == []


# --- who reads the feed, and the jurisdictions below ---------------------------------------------


async def test_who_reads_a_jurisdictions_feed(client: httpx.AsyncClient, books: World) -> None:
    await plenary(client, books)
    for who in (
        "city_a.office_staff",
        "city_a.office_director",
        "city_a.leader",
        "city_a.deputy_leader",
        "city_a.client_read",
        "admin",
    ):
        assert len((await feed(client, books, who=who))["items"]) == 1, who
    # The office and read client above read a county's feed.
    for who in ("city_a.office_staff", "city_a.client_read"):
        await feed(client, books, "county_a1", who=who)
    # Another city's office, and a county's, do not see city_a at all: 404.
    await feed(client, books, who="city_b.office_staff", status=404)
    await feed(client, books, who="county_a1.office_staff", status=404)
    await feed(client, books, who="city_b.client_read", status=404)
    # Unit-level people and accounts without a post here see the jurisdiction, not its feed.
    for who in ("city_a.liaison", "city_a.nobody"):
        status = 403 if who == "city_a.liaison" else 404
        await feed(client, books, who=who, status=status)
    # The leadership of city_a's leading group does not lead the county's: 404 there.
    await feed(client, books, "county_a1", who="city_a.leader", status=404)


async def test_a_city_office_includes_its_counties_events(
    client: httpx.AsyncClient, books: World
) -> None:
    city_task = await add_task(client, books)
    county_task = await add_task(client, books, place="county_a1")
    await add_task(client, books, place="city_b")

    own = [e["resource_id"] for e in await all_events(client, books)]
    assert own == [city_task["id"]]
    both = await all_events(client, books, include_descendants="true")
    assert [e["resource_id"] for e in both] == [city_task["id"], county_task["id"]]
    assert both[1]["jurisdiction_id"] == str(books.places["county_a1"].id)
    client_read = await feed(client, books, who="city_a.client_read", include_descendants="true")
    assert len(client_read["items"]) == 2
    # The county's own feed has its own events only; the city's leader does not see below.
    county = await all_events(client, books, "county_a1", include_descendants="true")
    assert [e["resource_id"] for e in county] == [county_task["id"]]
    await feed(client, books, who="city_a.leader", include_descendants="true", status=403)
    assert len((await feed(client, books, who="city_a.leader"))["items"]) == 1


# --- the order under concurrent commits ---------------------------------------------------------


async def test_an_event_committed_late_is_not_skipped_by_a_cursor(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """A transaction inserts its event first (the lower id) but commits after a later one has
    committed and been read past: the feed still serves it, after the cursor."""
    jid = books.places["city_a"].id
    async with database.sessionmaker() as session, session.begin():
        early_id = (
            await session.execute(
                text(
                    "INSERT INTO events (jurisdiction_id, type, resource_type, resource_id, "
                    "resource_url, payload) VALUES (:jid, 'task.created', 'task', 'early', "
                    "'/early', '{}') RETURNING id"
                ),
                {"jid": jid},
            )
        ).scalar_one()
        # Meanwhile another change commits its event, and a reader goes past it.
        meeting = await plenary(client, books)
        page = await feed(client, books)
        assert [e["resource_id"] for e in page["items"]] == [meeting["id"]]
        assert page["items"][0]["id"] > early_id
        cursor = page["next_cursor"]
    # The early transaction has committed now: it comes after the cursor.
    after = await feed(client, books, after=cursor)
    assert [(e["id"], e["resource_id"]) for e in after["items"]] == [(early_id, "early")]
    assert (await feed(client, books, after=after["next_cursor"]))["items"] == []


# --- the long poll ----------------------------------------------------------------------------


async def test_a_long_poll_answers_as_soon_as_an_event_is_committed(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    async with asyncio.timeout(10):
        assert await database.caches.listener.wait_live()
    start = (await feed(client, books))["next_cursor"]
    began = time.monotonic()
    waiting = asyncio.create_task(
        client.get(
            events_url(books),
            params={"after": start, "wait": 10},
            headers=books.headers(OFFICE),
        )
    )
    await asyncio.sleep(0.3)
    assert not waiting.done()
    # While it waits, the request holds no database connection.
    assert database.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    meeting = await plenary(client, books)
    answer = await waiting
    assert time.monotonic() - began < 5
    assert answer.status_code == 200, answer.text
    assert [e["resource_id"] for e in answer.json()["items"]] == [meeting["id"]]


async def test_a_long_poll_answers_empty_when_nothing_happens(
    client: httpx.AsyncClient, books: World
) -> None:
    await plenary(client, books)
    cursor = (await feed(client, books))["next_cursor"]
    began = time.monotonic()
    answer = await feed(client, books, after=cursor, wait=1)
    assert 0.9 <= time.monotonic() - began < 4
    assert answer["items"] == []
    assert answer["next_cursor"] == cursor


async def test_a_long_poll_is_not_woken_for_good_by_another_jurisdictions_event(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    async with asyncio.timeout(10):
        assert await database.caches.listener.wait_live()
    waiting = asyncio.create_task(
        client.get(events_url(books), params={"wait": 10}, headers=books.headers(OFFICE))
    )
    await asyncio.sleep(0.3)
    await add_task(client, books, place="city_b")
    await asyncio.sleep(1.2)
    assert not waiting.done()
    task = await add_task(client, books)
    answer = await waiting
    assert [e["resource_id"] for e in answer.json()["items"]] == [task["id"]]


async def test_an_event_staged_after_its_audit_row_is_still_written_at_commit(
    books: World, database: Database
) -> None:
    """emit() before the audit record rides in its INSERT; one staged later is written at
    commit by itself (one statement more), never lost; a rolled-back one never is."""
    jid = books.places["city_a"].id
    async with database.sessionmaker() as session, session.begin():
        await audit.record(
            session, None, action="x.y", entity_type="x", entity_id="1", jurisdiction_id=jid
        )
        events.emit(session, EventType.task_created, jid, "task", "late", "/late", {"n": 1})
    async with database.sessionmaker() as session:
        await session.execute(text("SELECT 1"))
        events.emit(session, EventType.task_created, jid, "task", "undone", "/undone")
        await session.rollback()
        await session.commit()
    async with database.sessionmaker() as session:
        rows = (await session.execute(text("SELECT resource_id, payload, seq FROM events"))).all()
    assert [(r.resource_id, r.payload) for r in rows] == [("late", {"n": 1})]
    assert rows[0].seq is not None
