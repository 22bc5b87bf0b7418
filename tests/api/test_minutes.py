"""Minutes (会议记录) through HTTP: the office keeps the draft, archiving refuses anything C-MTG-3
(or, where a rulebook names nothing, the basics) requires and the draft lacks, naming every
missing field (every invitee's attendance among them) and minutes of another day than the
meeting's; archived minutes carry the SHA-256 of their canonical JSON and never change — not
through the API, not straight in the database — and corrections are dated addenda.

The service's clock stands at PINNED_NOW (2026-12-01, noon in Shanghai) in every test here, so
"today", an addendum's default date and archived_at all come from one pinned clock."""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.domain.access import Actor, ActorKind, JurisdictionRef
from app.schemas.meetings import AddendumIn
from app.services import minutes as minutes_service
from app.services import rulebooks
from tests.api.meeting_helpers import (
    attend_all,
    convene,
    hold,
    invitee_of,
    meeting_url,
    record_attendance,
    record_attendances,
    today_in_shanghai,
    uid,
    unit,
)
from tests.api.round_trips import round_trips
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import PINNED_NOW, FixedClock
from tests.factories import World, with_if_match

STARTS, ENDS = "2026-03-20T09:30:00+08:00", "2026-03-20T11:30:00+08:00"
C_MTG_3_FIELDS = ["time", "place", "attendees", "chair", "agenda_items", "speeches", "decisions"]
TODAY = today_in_shanghai(PINNED_NOW)  # 2026-12-01
UNRECORDED = "attendance not recorded"


@pytest.fixture(autouse=True)
def _pinned(pinned_clock: FixedClock) -> FixedClock:
    """The clock stands at 2026-12-01 (PINNED_NOW) in every test here."""
    return pinned_clock


def complete_draft(world: World, place: str = "city_a") -> dict[str, Any]:
    """Minutes recording everything C-MTG-3 names (attendees come from attendance)."""
    return {
        "started_at": "2026-03-20T09:35:00+08:00",
        "ended_at": "2026-03-20T11:20:00+08:00",
        "place": "州政府3楼会议室",
        "chair": "州长（组长）",
        "agenda_items": [
            {
                "title": "研究用地预审与选址意见书合并办理",
                "speeches": [
                    {
                        "speaker": "州自然资源局局长",
                        "unit_id": unit(world, place, "natural_resources"),
                        "main_points": "建议将用地预审与选址意见书合并办理",
                    }
                ],
                "decisions": [
                    {
                        "text": "由州自然资源局牵头，5月底前出台合并办理实施细则",
                        "responsible_unit_id": unit(world, place, "natural_resources"),
                        "deadline": "2026-05-31",
                    }
                ],
            }
        ],
    }


async def plenary(client: httpx.AsyncClient, world: World, *, held: bool = True) -> dict[str, Any]:
    """A Changji plenary on 2026-03-20 (leader convenes and chairs, C-MTG-1), held if asked."""
    meeting = await convene(
        client,
        world,
        "city_a",
        "plenary_meeting",
        STARTS,
        ENDS,
        agenda_items=[
            {
                "title": "研究用地预审与选址意见书合并办理",
                "concerned_unit_ids": [unit(world, "city_a", "natural_resources")],
            }
        ],
    )
    if held:
        await hold(client, world, "city_a", meeting)
    return meeting


async def put_minutes(
    client: httpx.AsyncClient,
    world: World,
    meeting: dict[str, Any],
    body: dict[str, Any],
    *,
    place: str = "city_a",
    who: str = "office_staff",
) -> httpx.Response:
    return await with_if_match(
        client,
        "PUT",
        meeting_url(world, place, meeting, "/minutes"),
        json=body,
        headers=world.headers(f"{place}.{who}"),
    )


async def get_minutes(
    client: httpx.AsyncClient, world: World, meeting: dict[str, Any], place: str = "city_a"
) -> httpx.Response:
    return await client.get(
        meeting_url(world, place, meeting, "/minutes"), headers=world.headers(f"{place}.leader")
    )


async def archive(
    client: httpx.AsyncClient, world: World, meeting: dict[str, Any], place: str = "city_a"
) -> httpx.Response:
    return await client.post(
        meeting_url(world, place, meeting, "/minutes/archive"),
        headers=world.headers(f"{place}.office_director"),
    )


async def add_addendum(
    client: httpx.AsyncClient, world: World, meeting: dict[str, Any], body: dict[str, Any]
) -> httpx.Response:
    return await client.post(
        meeting_url(world, "city_a", meeting, "/minutes/addenda"),
        json=body,
        headers=world.headers("city_a.office_staff"),
    )


async def archived_plenary(client: httpx.AsyncClient, world: World) -> dict[str, Any]:
    """A held plenary with everyone's attendance recorded and complete minutes, archived: the
    response."""
    meeting = await plenary(client, world)
    await attend_all(client, world, "city_a", meeting)
    response = await put_minutes(client, world, meeting, complete_draft(world))
    assert response.status_code == 200, response.text
    response = await archive(client, world, meeting)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return {"meeting": meeting, "minutes": result}


def canonical_sha256(record: dict[str, Any]) -> str:
    canonical = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def locations(body: dict[str, Any]) -> set[tuple[str | int, ...]]:
    found = [tuple(loc) for loc in error_locations(body)]
    assert len(found) == len(set(found)), f"a field is named twice: {found}"
    return set(found)


def missing(minutes: dict[str, Any]) -> set[tuple[str | int, ...]]:
    """The `missing` preview of a minutes answer, as locations."""
    found = [tuple(m["loc"]) for m in minutes["missing"]]
    assert len(found) == len(set(found)), f"a field is named twice: {found}"
    return set(found)


def unrecorded(meeting: dict[str, Any], *, but: tuple[int, ...] = ()) -> set[tuple[str | int, ...]]:
    """One missing field per invitee of ``meeting`` (in its order), but those at ``but``."""
    return {
        ("minutes", "attendees", index)
        for index in range(len(meeting["invitees"]))
        if index not in but
    }


def index_of(world: World, meeting: dict[str, Any], who: str) -> int:
    """The position of person ``who`` among the meeting's invitees (and the minutes' attendees)."""
    result: int = meeting["invitees"].index(invitee_of(world, meeting, who))
    return result


def absent_sheet(meeting: dict[str, Any]) -> list[dict[str, Any]]:
    """Every invitee absent, with a reason."""
    return [
        {"invitee_id": i["id"], "attendance": "absent", "absence_reason": "出差"}
        for i in meeting["invitees"]
    ]


# --- the draft ------------------------------------------------------------------------------


async def test_minutes_are_404_before_any_draft(client: httpx.AsyncClient, books: World) -> None:
    meeting = await plenary(client, books)
    problem(await get_minutes(client, books, meeting), 404)


async def test_office_writes_the_draft_while_scheduled_and_again_once_held_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books, held=False)
    response = await put_minutes(client, books, meeting, {"place": "州政府3楼会议室"})
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "draft"
    assert response.json()["draft"]["place"] == "州政府3楼会议室"

    await hold(client, books, "city_a", meeting)
    # Each PUT replaces the whole draft: the place not given again is gone.
    response = await put_minutes(client, books, meeting, {"chair": "州长（组长）"})
    assert response.status_code == 200, response.text
    got = (await get_minutes(client, books, meeting)).json()
    assert got["status"] == "draft"
    assert (got["draft"]["place"], got["draft"]["chair"]) == (None, "州长（组长）")
    assert (got["sha256"], got["archived_record"], got["archived_at"]) == (None, None, None)
    assert got["rule"] == "C-MTG-3"
    assert got["required_fields"] == C_MTG_3_FIELDS


async def test_only_the_office_writes_minutes_a_liaison_officer_gets_403_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    for who in ("liaison", "leader"):
        response = await put_minutes(client, books, meeting, complete_draft(books), who=who)
        problem(response, 403)
    problem(await get_minutes(client, books, meeting), 404)  # nothing was written


async def test_minutes_of_a_cancelled_meeting_are_409(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books, held=False)
    response = await client.post(
        meeting_url(books, "city_a", meeting, "/cancel"),
        json={"reason": "取消"},
        headers=books.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    problem(await put_minutes(client, books, meeting, complete_draft(books)), 409)


async def test_minutes_ending_before_they_start_are_422(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    draft = complete_draft(books) | {"ended_at": "2026-03-20T09:00:00+08:00"}
    body = problem(await put_minutes(client, books, meeting, draft), 422)
    assert error_locations(body) == [["body", "ended_at"]]


async def test_minutes_text_with_a_nul_character_is_422_not_a_server_error(
    client: httpx.AsyncClient, books: World
) -> None:
    """PostgreSQL text and JSONB cannot hold U+0000: it must be refused as invalid input."""
    meeting = await plenary(client, books)
    draft = complete_draft(books)
    draft["agenda_items"][0]["speeches"][0]["main_points"] = "建议\u0000合并办理"
    problem(await put_minutes(client, books, meeting, draft), 422)
    problem(await get_minutes(client, books, meeting), 404)


async def test_decisions_keep_their_responsible_unit_and_deadline(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    response = await put_minutes(client, books, meeting, complete_draft(books))
    assert response.status_code == 200, response.text
    item = (await get_minutes(client, books, meeting)).json()["draft"]["agenda_items"][0]
    assert item["decisions"] == [
        {
            "text": "由州自然资源局牵头，5月底前出台合并办理实施细则",
            "responsible_unit_id": unit(books, "city_a", "natural_resources"),
            "deadline": "2026-05-31",
        }
    ]
    assert item["speeches"][0]["unit_id"] == unit(books, "city_a", "natural_resources")


async def test_a_decision_unit_of_another_jurisdiction_is_422_naming_its_path(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    draft = complete_draft(books)
    item = draft["agenda_items"][0]
    item["decisions"].append(
        {"text": "另行研究", "responsible_unit_id": unit(books, "city_b", "housing")}
    )
    item["speeches"][0]["unit_id"] = unit(books, "city_b", "natural_resources")
    body = problem(await put_minutes(client, books, meeting, draft), 422)
    assert locations(body) == {
        ("body", "agenda_items", 0, "decisions", 1, "responsible_unit_id"),
        ("body", "agenda_items", 0, "speeches", 0, "unit_id"),
    }
    problem(await get_minutes(client, books, meeting), 404)


# --- archiving ------------------------------------------------------------------------------


async def test_minutes_cannot_be_archived_while_the_meeting_is_scheduled_409(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books, held=False)
    await attend_all(client, books, "city_a", meeting)
    response = await put_minutes(client, books, meeting, complete_draft(books))
    assert response.status_code == 200, response.text
    assert response.json()["missing"] == []
    body = problem(await archive(client, books, meeting), 409)
    assert body["type"] == "urn:gaiban:problem:state-conflict"
    assert (await get_minutes(client, books, meeting)).json()["status"] == "draft"


async def test_empty_plenary_minutes_are_refused_naming_every_missing_field_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    response = await put_minutes(client, books, meeting, {})
    assert response.status_code == 200, response.text
    body = problem(await archive(client, books, meeting), 422)
    assert body["type"] == "urn:gaiban:problem:incomplete-record"
    assert body["rule"] == "C-MTG-3"
    assert "第八条" in body["source"]
    expected = {
        ("minutes", "started_at"),
        ("minutes", "ended_at"),
        ("minutes", "place"),
        ("minutes", "chair"),
        ("minutes", "attendees"),
        ("minutes", "agenda_items"),
    } | unrecorded(meeting)
    assert len(meeting["invitees"]) == 3  # the leader (chair), the deputy, natural_resources
    assert locations(body) == expected
    assert all(e["msg"] for e in body["errors"])
    # PUT and GET preview exactly what archiving refuses.
    assert missing(response.json()) == expected
    got = (await get_minutes(client, books, meeting)).json()
    assert missing(got) == expected
    assert got["status"] == "draft"
    detail = await client.get(
        meeting_url(books, "city_a", meeting), headers=books.headers("city_a.leader")
    )
    assert detail.json()["state"] == "held"


async def test_incomplete_plenary_minutes_name_each_items_missing_speeches_and_decisions_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    # Everyone's absence is recorded, but nobody present or represented: no attendees.
    await record_attendances(client, books, "city_a", meeting, absent_sheet(meeting))
    draft = complete_draft(books)
    draft["chair"] = None
    spoken = draft["agenda_items"][0]
    draft["agenda_items"] = [
        {"title": spoken["title"], "speeches": spoken["speeches"]},
        {"title": "审议任务分解表", "decisions": spoken["decisions"]},
    ]
    response = await put_minutes(client, books, meeting, draft)
    assert response.status_code == 200, response.text
    expected = {
        ("minutes", "chair"),
        ("minutes", "attendees"),
        ("minutes", "agenda_items", 0, "decisions"),
        ("minutes", "agenda_items", 1, "speeches"),
    }
    assert missing(response.json()) == expected
    body = problem(await archive(client, books, meeting), 422)
    assert body["type"] == "urn:gaiban:problem:incomplete-record"
    assert body["rule"] == "C-MTG-3"
    assert locations(body) == expected


async def test_a_represented_attendance_counts_as_attended_an_absent_one_does_not_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    deputy = index_of(books, meeting, "city_a.deputy_leader")
    sheet = [r for n, r in enumerate(absent_sheet(meeting)) if n != deputy]
    await record_attendances(client, books, "city_a", meeting, sheet)
    response = await put_minutes(client, books, meeting, complete_draft(books))
    # Nobody attended, and the deputy's attendance is not recorded yet.
    assert missing(response.json()) == {("minutes", "attendees"), ("minutes", "attendees", deputy)}
    represented = {"attendance": "represented", "represented_by_name": "李四"}
    await record_attendance(client, books, "city_a", meeting, "city_a.deputy_leader", represented)
    assert (await get_minutes(client, books, meeting)).json()["missing"] == []
    response = await archive(client, books, meeting)
    assert response.status_code == 200, response.text


async def test_a_unit_invited_without_a_person_attends_by_representation_under_its_name(
    client: httpx.AsyncClient, books: World
) -> None:
    """natural_resources has nobody in its unit_head position: it is invited as a unit; the
    person it sends is recorded as representing it, and the minutes list the unit."""
    meeting = await plenary(client, books)
    detail = await client.get(
        meeting_url(books, "city_a", meeting), headers=books.headers("city_a.leader")
    )
    natural_resources = unit(books, "city_a", "natural_resources")
    (row,) = [i for i in detail.json()["invitees"] if i["unit_id"] == natural_resources]
    assert row["user_id"] is None
    response = await client.patch(
        meeting_url(books, "city_a", meeting, f"/invitees/{row['id']}"),
        json={"attendance": "represented", "represented_by_name": "王五（规划科科长）"},
        headers=books.headers("city_a.office_staff"),
    )
    assert response.status_code == 200, response.text
    minutes = (await put_minutes(client, books, meeting, complete_draft(books))).json()
    (attendee,) = [a for a in minutes["attendees"] if a["unit_id"] == natural_resources]
    assert attendee["name"] == "自然资源局"
    assert (attendee["user_id"], attendee["attendance"]) == (None, "represented")
    assert attendee["represented_by_name"] == "王五（规划科科长）"
    # The two people invited are still to be recorded; the unit is not.
    unit_index = meeting["invitees"].index(row)
    assert missing(minutes) == unrecorded(meeting, but=(unit_index,))
    # Both absent: the unit's representative is the only attendee, and that is enough.
    sheet = [r for n, r in enumerate(absent_sheet(meeting)) if n != unit_index]
    await record_attendances(client, books, "city_a", meeting, sheet)
    assert (await get_minutes(client, books, meeting)).json()["missing"] == []
    response = await archive(client, books, meeting)
    assert response.status_code == 200, response.text
    assert attendee in response.json()["archived_record"]["attendees"]


async def test_ezhou_joint_meeting_minutes_need_only_time_place_attendees_and_chair(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_b", "joint_meeting", STARTS, ENDS, where="市民中心会议室"
    )
    await hold(client, books, "city_b", meeting)
    assert (await put_minutes(client, books, meeting, {}, place="city_b")).status_code == 200
    body = problem(await archive(client, books, meeting, "city_b"), 422)
    assert body["type"] == "urn:gaiban:problem:incomplete-record"
    assert locations(body) == {
        ("minutes", "started_at"),
        ("minutes", "ended_at"),
        ("minutes", "place"),
        ("minutes", "chair"),
        ("minutes", "attendees"),
    } | unrecorded(meeting)

    await attend_all(client, books, "city_b", meeting)
    basics = {
        "started_at": STARTS,
        "ended_at": ENDS,
        "place": "市民中心会议室",
        "chair": "市长（组长）",
    }
    response = await put_minutes(client, books, meeting, basics, place="city_b")
    assert response.status_code == 200, response.text
    assert response.json()["required_fields"] == ["time", "place", "attendees", "chair"]
    assert response.json()["missing"] == []
    response = await archive(client, books, meeting, "city_b")
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "archived"


async def test_complete_minutes_archive_with_the_sha256_of_their_canonical_json_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    await record_attendance(
        client, books, "city_a", meeting, "city_a.leader", {"attendance": "present"}
    )
    await record_attendance(
        client,
        books,
        "city_a",
        meeting,
        "city_a.deputy_leader",
        {"attendance": "represented", "represented_by_name": "王五", "absence_reason": "出差"},
    )
    await attend_all(client, books, "city_a", meeting)  # natural_resources
    assert (await put_minutes(client, books, meeting, complete_draft(books))).status_code == 200
    response = await archive(client, books, meeting)
    assert response.status_code == 200, response.text
    minutes = response.json()
    assert minutes["status"] == "archived"
    assert minutes["missing"] == []
    # Archived at the service's time of day: the pinned clock.
    assert datetime.fromisoformat(minutes["archived_at"]) == PINNED_NOW
    # The archivist is named by display name, in the answer and in the hashed record.
    assert minutes["archived_by"] == "city-a office_director"

    record = minutes["archived_record"]
    assert minutes["sha256"] == canonical_sha256(record)
    assert record["meeting"]["id"] == meeting["id"]
    assert record["place"] == "州政府3楼会议室"
    assert record["chair"] == "州长（组长）"
    assert record["time"]["started_at"].startswith("2026-03-20T09:35:00")
    assert record["rule"]["rule"] == "C-MTG-3"
    assert record["archived_by"] == "city-a office_director"
    assert datetime.fromisoformat(record["archived_at"]) == PINNED_NOW
    assert record["agenda_items"][0]["decisions"][0]["responsible_unit_id"] == unit(
        books, "city_a", "natural_resources"
    )
    assert record["agenda_items"][0]["decisions"][0]["deadline"] == "2026-05-31"
    # Attendees come from the attendance records, not from the draft.
    attendance = {a["name"]: a for a in record["attendees"]}
    assert attendance["city-a leader"]["attendance"] == "present"
    deputy = attendance["city-a deputy_leader"]
    assert (deputy["attendance"], deputy["represented_by_name"]) == ("represented", "王五")
    assert minutes["attendees"] == record["attendees"]
    # Everyone invited is in the record, none with an unknown attendance.
    assert len(record["attendees"]) == len(meeting["invitees"])
    assert all(a["attendance"] != "invited" for a in record["attendees"])

    detail = await client.get(
        meeting_url(books, "city_a", meeting), headers=books.headers("city_a.leader")
    )
    assert detail.json()["state"] == "minutes_archived"
    got = (await get_minutes(client, books, meeting)).json()
    assert (got["sha256"], got["archived_record"]) == (minutes["sha256"], record)
    events = await audit_events(client, books, action="meeting.minutes.archive")
    assert [e["entity_id"] for e in events] == [meeting["id"]]


async def test_archived_minutes_never_change_through_the_api_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    done = await archived_plenary(client, books)
    meeting, minutes = done["meeting"], done["minutes"]
    problem(await put_minutes(client, books, meeting, complete_draft(books) | {"place": "改"}), 409)
    problem(await archive(client, books, meeting), 409)
    response = await record_attendance(
        client,
        books,
        "city_a",
        meeting,
        "city_a.deputy_leader",
        {"attendance": "present"},
        status=409,
    )
    problem(response, 409)
    sheet = [{"invitee_id": invitee_of(books, meeting, "city_a.deputy_leader")["id"]}]
    sheet[0] |= {"attendance": "absent", "absence_reason": "出差"}
    problem(await record_attendances(client, books, "city_a", meeting, sheet, status=409), 409)
    got = (await get_minutes(client, books, meeting)).json()
    assert (got["sha256"], got["archived_record"]) == (
        minutes["sha256"],
        minutes["archived_record"],
    )
    assert got["draft"]["place"] == "州政府3楼会议室"


async def test_the_database_refuses_to_change_or_delete_archived_minutes_c_mtg_3(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    done = await archived_plenary(client, books)
    meeting = done["meeting"]
    statements = (
        "UPDATE meeting_minutes SET sha256 = repeat('0', 64) WHERE meeting_id = :id",
        "UPDATE meeting_minutes SET draft = '{}'::jsonb WHERE meeting_id = :id",
        "DELETE FROM meeting_minutes WHERE meeting_id = :id",
    )
    for statement in statements:
        with pytest.raises(DBAPIError, match="archived minutes never change"):
            async with database.sessionmaker() as session, session.begin():
                await session.execute(text(statement), {"id": meeting["id"]})
    verified = await client.get(
        meeting_url(books, "city_a", meeting, "/minutes/verify"),
        headers=books.headers("city_a.leader"),
    )
    assert verified.status_code == 200, verified.text
    assert verified.json()["sha256"] == done["minutes"]["sha256"]
    assert verified.json()["intact"] is True


async def test_the_database_keeps_draft_minutes_editable(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """The trigger guards archived rows only: a draft is the office's to rewrite."""
    meeting = await plenary(client, books)
    assert (await put_minutes(client, books, meeting, {"place": "旧址"})).status_code == 200
    async with database.sessionmaker() as session, session.begin():
        await session.execute(
            text(
                "UPDATE meeting_minutes SET draft = jsonb_set(draft, '{place}', '\"新址\"') "
                "WHERE meeting_id = :id"
            ),
            {"id": meeting["id"]},
        )
    assert (await get_minutes(client, books, meeting)).json()["draft"]["place"] == "新址"


# --- the attendance the minutes record (C-MTG-3: 参加人员) -------------------------------------


async def test_archiving_needs_every_invitees_attendance_naming_each_unrecorded_one_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    """An invitee still `invited` is a missing field at ["minutes", "attendees", i], i its place
    among the minutes' attendees, which follow the meeting's invitees."""
    meeting = await plenary(client, books)
    leader = index_of(books, meeting, "city_a.leader")
    await record_attendance(
        client, books, "city_a", meeting, "city_a.leader", {"attendance": "present"}
    )
    response = await put_minutes(client, books, meeting, complete_draft(books))
    assert response.status_code == 200, response.text
    minutes = response.json()
    expected = unrecorded(meeting, but=(leader,))
    assert len(expected) == 2  # the deputy leader and natural_resources
    assert missing(minutes) == expected
    assert all(UNRECORDED in m["msg"] for m in minutes["missing"])
    assert [(a["user_id"], a["unit_id"]) for a in minutes["attendees"]] == [
        (i["user_id"], i["unit_id"]) for i in meeting["invitees"]
    ]
    for _, _, index in expected:
        assert minutes["attendees"][index]["attendance"] == "invited"
    assert missing((await get_minutes(client, books, meeting)).json()) == expected

    body = problem(await archive(client, books, meeting), 422)
    assert body["type"] == "urn:gaiban:problem:incomplete-record"
    assert body["rule"] == "C-MTG-3"
    assert locations(body) == expected
    detail = await client.get(
        meeting_url(books, "city_a", meeting), headers=books.headers("city_a.leader")
    )
    assert detail.json()["state"] == "held"

    # Each attendance recorded drops out of the list; an absence counts as recorded.
    deputy = index_of(books, meeting, "city_a.deputy_leader")
    absent = {"attendance": "absent", "absence_reason": "出差"}
    await record_attendance(client, books, "city_a", meeting, "city_a.deputy_leader", absent)
    got = (await get_minutes(client, books, meeting)).json()
    assert missing(got) == expected - {("minutes", "attendees", deputy)}
    await attend_all(client, books, "city_a", meeting)
    assert (await get_minutes(client, books, meeting)).json()["missing"] == []
    response = await archive(client, books, meeting)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "archived"


async def test_nobody_is_present_or_represented_before_the_meeting_begins_409(
    client: httpx.AsyncClient, books: World
) -> None:
    """At 12:00 on 2026-12-01 (the pinned clock) a meeting at 14:00 has not begun: nobody can
    have attended it yet, while an absence may be excused ahead (请假)."""
    later = await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        "2026-12-01T14:00:00+08:00",
        "2026-12-01T16:00:00+08:00",
    )
    for body in (
        {"attendance": "present"},
        {"attendance": "represented", "represented_by_name": "李四"},
    ):
        response = await record_attendance(
            client, books, "city_a", later, "city_a.deputy_leader", body, status=409
        )
        assert problem(response, 409)["type"] == "urn:gaiban:problem:state-conflict"
    ahead = await record_attendance(
        client,
        books,
        "city_a",
        later,
        "city_a.deputy_leader",
        {"attendance": "absent", "absence_reason": "请假（出差）"},
    )
    assert ahead.json()["attendance"] == "absent"
    assert datetime.fromisoformat(ahead.json()["attendance_recorded_at"]) == PINNED_NOW

    # The sign-in sheet likewise, and all or nothing: the absence in it is not recorded either.
    sheet = [
        {
            "invitee_id": invitee_of(books, later, "city_a.leader")["id"],
            "attendance": "absent",
            "absence_reason": "请假",
        },
        {
            "invitee_id": invitee_of(books, later, "city_a.deputy_leader")["id"],
            "attendance": "present",
        },
    ]
    response = await record_attendances(client, books, "city_a", later, sheet, status=409)
    assert problem(response, 409)["type"] == "urn:gaiban:problem:state-conflict"
    detail = await client.get(
        meeting_url(books, "city_a", later), headers=books.headers("city_a.leader")
    )
    assert invitee_of(books, detail.json(), "city_a.leader")["attendance"] == "invited"
    assert invitee_of(books, detail.json(), "city_a.deputy_leader")["attendance"] == "absent"


async def test_a_meeting_beginning_this_very_moment_takes_attendance(
    client: httpx.AsyncClient, books: World
) -> None:
    now = await convene(
        client,
        books,
        "city_a",
        "plenary_meeting",
        PINNED_NOW.isoformat(),
        "2026-12-01T14:00:00+08:00",
    )
    response = await record_attendance(
        client, books, "city_a", now, "city_a.leader", {"attendance": "present"}
    )
    assert response.json()["attendance"] == "present"


async def test_the_sign_in_sheet_records_every_invitees_attendance_at_once(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    leader, deputy, other = meeting["invitees"]
    assert (leader["user_id"], deputy["user_id"], other["user_id"]) == (
        uid(books, "city_a.leader"),
        uid(books, "city_a.deputy_leader"),
        None,  # natural_resources, invited as a unit
    )
    records = [
        {"invitee_id": leader["id"], "attendance": "present"},
        {"invitee_id": deputy["id"], "attendance": "absent", "absence_reason": "出差"},
        {"invitee_id": other["id"], "attendance": "represented", "represented_by_name": "王五"},
    ]
    detail = (await record_attendances(client, books, "city_a", meeting, records)).json()
    assert detail["id"] == meeting["id"]
    got = {i["id"]: i for i in detail["invitees"]}
    assert got[leader["id"]]["attendance"] == "present"
    assert (got[deputy["id"]]["attendance"], got[deputy["id"]]["absence_reason"]) == (
        "absent",
        "出差",
    )
    assert got[other["id"]]["represented_by_name"] == "王五"
    assert {datetime.fromisoformat(i["attendance_recorded_at"]) for i in got.values()} == {
        PINNED_NOW
    }
    events = await audit_events(client, books, action="meeting.attendance")
    assert len(events) == 3
    assert {e["entity_id"] for e in events} == {meeting["id"]}
    # The minutes see the sheet: nothing is missing.
    response = await put_minutes(client, books, meeting, complete_draft(books))
    assert response.json()["missing"] == []


async def test_a_sheet_naming_someone_not_invited_records_nobody_422(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    elsewhere = await plenary(client, books, held=False)
    records = [
        {"invitee_id": meeting["invitees"][0]["id"], "attendance": "present"},
        {"invitee_id": elsewhere["invitees"][0]["id"], "attendance": "present"},
    ]
    response = await record_attendances(client, books, "city_a", meeting, records, status=422)
    assert error_locations(problem(response, 422)) == [["body", "records", 1, "invitee_id"]]
    detail = await client.get(
        meeting_url(books, "city_a", meeting), headers=books.headers("city_a.leader")
    )
    assert {i["attendance"] for i in detail.json()["invitees"]} == {"invited"}


async def test_a_sheet_names_the_record_that_lacks_an_absence_reason_or_a_representative(
    client: httpx.AsyncClient, books: World
) -> None:
    """A refusal inside the sheet names the record it is in, as a single PATCH names its body."""
    meeting = await plenary(client, books)
    first, second, third = meeting["invitees"]
    records = [
        {"invitee_id": first["id"], "attendance": "present"},
        {"invitee_id": second["id"], "attendance": "absent"},
        {"invitee_id": third["id"], "attendance": "represented"},
    ]
    response = await record_attendances(client, books, "city_a", meeting, records, status=422)
    named = {tuple(loc) for loc in error_locations(problem(response, 422))}
    assert named, "the refusal names no field"
    assert named <= {
        ("body", "records", 1, "absence_reason"),
        ("body", "records", 2, "represented_by_name"),
    }
    detail = await client.get(
        meeting_url(books, "city_a", meeting), headers=books.headers("city_a.leader")
    )
    assert {i["attendance"] for i in detail.json()["invitees"]} == {"invited"}


# --- the minutes' day ----------------------------------------------------------------------


async def test_minutes_of_another_day_than_the_meetings_are_refused_reschedule_first(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)  # 2026-03-20
    await attend_all(client, books, "city_a", meeting)
    draft = complete_draft(books) | {
        "started_at": "2026-03-21T09:35:00+08:00",
        "ended_at": "2026-03-21T11:20:00+08:00",
    }
    response = await put_minutes(client, books, meeting, draft)
    assert response.status_code == 200, response.text
    (entry,) = response.json()["missing"]
    assert entry["loc"] == ["minutes", "started_at"]
    assert "2026-03-20" in entry["msg"]
    assert "reschedule the meeting first" in entry["msg"]
    assert (await get_minutes(client, books, meeting)).json()["missing"] == [entry]
    body = problem(await archive(client, books, meeting), 422)
    assert body["type"] == "urn:gaiban:problem:incomplete-record"
    assert body["rule"] == "C-MTG-3"
    assert error_locations(body) == [["minutes", "started_at"]]


async def test_the_minutes_day_is_the_local_day_in_shanghai_not_the_utc_one(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)  # 2026-03-20 in Shanghai
    await attend_all(client, books, "city_a", meeting)
    # 01:00 on 2026-03-20 in Shanghai, though 2026-03-19 in UTC: the meeting's day.
    early = complete_draft(books) | {
        "started_at": "2026-03-19T17:00:00Z",
        "ended_at": "2026-03-19T18:00:00Z",
    }
    assert (await put_minutes(client, books, meeting, early)).json()["missing"] == []
    # 00:30 on 2026-03-21 in Shanghai, though still 2026-03-20 in UTC: another day.
    late = complete_draft(books) | {
        "started_at": "2026-03-20T16:30:00Z",
        "ended_at": "2026-03-20T17:30:00Z",
    }
    response = await put_minutes(client, books, meeting, late)
    assert missing(response.json()) == {("minutes", "started_at")}


async def test_rescheduling_the_meeting_to_the_minutes_day_lets_them_be_archived(
    client: httpx.AsyncClient, books: World
) -> None:
    """The meeting met a day later than planned: rescheduled before it is recorded as held, it
    is judged for that day and its minutes of that day archive."""
    meeting = await plenary(client, books, held=False)  # planned for 2026-03-20
    draft = complete_draft(books) | {
        "started_at": "2026-03-21T09:35:00+08:00",
        "ended_at": "2026-03-21T11:20:00+08:00",
    }
    minutes = (await put_minutes(client, books, meeting, draft)).json()
    assert ("minutes", "started_at") in missing(minutes)
    response = await client.patch(
        meeting_url(books, "city_a", meeting),
        json={"starts_at": "2026-03-21T09:30:00+08:00", "ends_at": "2026-03-21T11:30:00+08:00"},
        headers=books.headers("city_a.office_staff"),
    )
    assert response.status_code == 200, response.text
    await attend_all(client, books, "city_a", meeting)
    await hold(client, books, "city_a", meeting)
    assert (await get_minutes(client, books, meeting)).json()["missing"] == []
    response = await archive(client, books, meeting)
    assert response.status_code == 200, response.text
    assert response.json()["archived_record"]["time"]["started_at"].startswith("2026-03-21")


# --- addenda and verification ---------------------------------------------------------------


async def test_an_addendum_is_dated_today_in_shanghai_and_listed_with_the_minutes(
    client: httpx.AsyncClient, books: World
) -> None:
    done = await archived_plenary(client, books)
    meeting = done["meeting"]
    correction = "更正：第一项议题明确意见中“6月底前”应为“5月底前”。"
    response = await add_addendum(client, books, meeting, {"text": correction})
    assert response.status_code == 201, response.text
    [addendum] = response.json()["addenda"]
    assert addendum["dated"] == TODAY.isoformat() == "2026-12-01"
    assert addendum["text"] == correction
    assert addendum["recorded_by"] == "city-a office_staff"
    assert len(addendum["sha256"]) == 64
    # The minutes themselves stay as archived.
    assert response.json()["sha256"] == done["minutes"]["sha256"]

    explicit = await add_addendum(
        client, books, meeting, {"text": "补记", "dated": TODAY.isoformat()}
    )
    assert explicit.status_code == 201, explicit.text
    got = (await get_minutes(client, books, meeting)).json()
    assert [a["text"] for a in got["addenda"]] == [correction, "补记"]
    assert got == explicit.json()  # the minutes read with their addenda in one statement
    verified = await client.get(
        meeting_url(books, "city_a", meeting, "/minutes/verify"),
        headers=books.headers("city_a.leader"),
    )
    assert verified.json()["addenda_intact"] is True


async def test_an_addendum_dated_in_the_future_or_before_the_archiving_is_422(
    client: httpx.AsyncClient, books: World
) -> None:
    """Archived today (2026-12-01 by the pinned clock): an addendum is dated today, no other."""
    done = await archived_plenary(client, books)
    meeting = done["meeting"]
    for dated in (TODAY + timedelta(days=1), TODAY - timedelta(days=1)):
        body = problem(
            await add_addendum(
                client, books, meeting, {"text": "更正", "dated": dated.isoformat()}
            ),
            422,
        )
        assert error_locations(body) == [["body", "dated"]]
    assert (await get_minutes(client, books, meeting)).json()["addenda"] == []


async def test_an_addendum_before_the_minutes_are_archived_is_409(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    assert (await put_minutes(client, books, meeting, complete_draft(books))).status_code == 200
    problem(await add_addendum(client, books, meeting, {"text": "更正"}), 409)


async def test_the_database_refuses_to_change_or_delete_an_addendum(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    done = await archived_plenary(client, books)
    meeting = done["meeting"]
    response = await add_addendum(client, books, meeting, {"text": "更正"})
    assert response.status_code == 201, response.text
    statements = (
        "UPDATE meeting_minutes_addenda SET text = '篡改' WHERE meeting_id = :id",
        "DELETE FROM meeting_minutes_addenda WHERE meeting_id = :id",
    )
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            async with database.sessionmaker() as session, session.begin():
                await session.execute(text(statement), {"id": meeting["id"]})
    got = (await get_minutes(client, books, meeting)).json()
    assert [a["text"] for a in got["addenda"]] == ["更正"]


async def test_verify_recomputes_the_hash_of_archived_minutes_and_is_409_before(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    await attend_all(client, books, "city_a", meeting)
    assert (await put_minutes(client, books, meeting, complete_draft(books))).status_code == 200
    verify = meeting_url(books, "city_a", meeting, "/minutes/verify")
    problem(await client.get(verify, headers=books.headers("city_a.leader")), 409)

    archived = await archive(client, books, meeting)
    assert archived.status_code == 200, archived.text
    response = await client.get(verify, headers=books.headers("city_a.leader"))
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["meeting_id"] == meeting["id"]
    assert result["sha256"] == result["recomputed"] == archived.json()["sha256"]
    assert (result["intact"], result["canonical"], result["addenda_intact"]) == (True, True, True)


async def test_minutes_of_another_jurisdictions_meeting_are_404(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    response = await with_if_match(
        client,
        "PUT",
        f"/v1/jurisdictions/{books.places['city_b'].id}/meetings/{meeting['id']}/minutes",
        json={},
        headers=books.headers("city_b.office_staff"),
    )
    problem(response, 404)


async def test_the_judging_version_comes_from_the_lineages_cached_versions_or_by_id(
    books: World, database: Database
) -> None:
    """The version that judged a meeting is found among its jurisdiction's lineage the process
    caches (no round trip when warm, parsed once); one that lineage does not hold (a hierarchy
    changed outside the service) is read by id."""
    city_a, city_b = books.places["city_a"].id, books.places["city_b"].id
    async with asyncio.timeout(10):
        assert await database.caches.listener.wait_live()
    async with database.read_sessionmaker() as session:
        found = await rulebooks.in_force(session, city_a, date(2026, 12, 1))
        assert found is not None
        with round_trips(database) as sent:
            assert await rulebooks.judged_by(session, city_a, found.version_id) is found.rulebook
        assert sent == []
        assert await rulebooks.judged_by(session, city_b, found.version_id) == found.rulebook


async def test_minutes_may_name_any_member_unit_here_invited_or_not_but_none_elsewhere(
    client: httpx.AsyncClient, books: World
) -> None:
    """Units the minutes name are member units here (C-MTG-3): the invited ones are known from
    the invitees, any other is looked up."""
    meeting = await plenary(client, books)
    added = await client.post(
        f"/v1/jurisdictions/{books.places['city_a'].id}/units",
        json={"code": "transport", "name": "交通运输局"},
        headers=books.headers("city_a.office_director"),
    )
    assert added.status_code == 201, added.text
    draft = complete_draft(books)
    speech = draft["agenda_items"][0]["speeches"][0]
    uninvited = put_minutes(client, books, meeting, draft | {"agenda_items": [
        {**draft["agenda_items"][0], "speeches": [{**speech, "unit_id": added.json()["id"]}]}
    ]})  # fmt: skip
    assert (await uninvited).status_code == 200
    elsewhere = unit(books, "city_b", "housing")
    refused = await put_minutes(client, books, meeting, draft | {"agenda_items": [
        {**draft["agenda_items"][0], "speeches": [{**speech, "unit_id": elsewhere}]}
    ]})  # fmt: skip
    assert error_locations(problem(refused, 422)) == [
        ["body", "agenda_items", 0, "speeches", 0, "unit_id"]
    ]


async def test_a_replaced_draft_is_what_the_audit_event_had_before(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    first = await put_minutes(client, books, meeting, complete_draft(books))
    assert first.status_code == 200, first.text
    second = await put_minutes(client, books, meeting, complete_draft(books) | {"place": "改"})
    assert second.status_code == 200, second.text
    assert second.json()["draft"]["place"] == "改"
    events = await audit_events(client, books, action="meeting.minutes.update")
    # Each event's before is the draft the one before it wrote (the first had none).
    by_place = {(e["before"] or {}).get("place"): e["after"]["place"] for e in events}
    assert by_place == {None: complete_draft(books)["place"], "州政府3楼会议室": "改"}


async def test_minutes_archived_naming_a_login_keep_their_hash_and_still_verify(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """Before issue 19 the record and its addenda named their people by login. Nothing rewrote
    them: verification re-hashes the stored text (and each addendum's stored fields), so such a
    record still verifies, beside an addendum recorded since, which names a display name."""
    meeting = await plenary(client, books)
    await attend_all(client, books, "city_a", meeting)
    assert (await put_minutes(client, books, meeting, complete_draft(books))).status_code == 200
    city_a = books.places["city_a"]
    # The acts as the service did them then: an Actor known by its login alone.
    by_login = Actor(
        kind=ActorKind.user,
        id=city_a.user_ids["office_director"],
        name="city-a.office_director",
    )
    async with database.sessionmaker() as session, session.begin():
        where = (session, by_login, JurisdictionRef(city_a.id), uuid.UUID(meeting["id"]))
        await minutes_service.archive_minutes(*where, now=PINNED_NOW)
        await minutes_service.add_addendum(*where, AddendumIn(text="更正（旧）"), now=PINNED_NOW)
    assert (await add_addendum(client, books, meeting, {"text": "更正（新）"})).status_code == 201

    got = (await get_minutes(client, books, meeting)).json()
    assert got["archived_by"] == got["archived_record"]["archived_by"] == "city-a.office_director"
    assert got["sha256"] == canonical_sha256(got["archived_record"])
    assert [a["recorded_by"] for a in got["addenda"]] == [
        "city-a.office_director",
        "city-a office_staff",
    ]
    verified = await client.get(
        meeting_url(books, "city_a", meeting, "/minutes/verify"),
        headers=books.headers("city_a.leader"),
    )
    assert verified.status_code == 200, verified.text
    result = verified.json()
    assert (result["intact"], result["canonical"], result["addenda_intact"]) == (True, True, True)
