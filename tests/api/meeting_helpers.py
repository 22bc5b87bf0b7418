"""Helpers for the meeting tests (minutes, compliance, the iCalendar feed): small wrappers around
the meeting routes. The shipped rulebooks come from the ``books`` fixture (tests/conftest.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from tests.factories import World

SHANGHAI = ZoneInfo("Asia/Shanghai")


def today_in_shanghai(now: datetime | None = None) -> date:
    """The local day in Shanghai of ``now`` (the service's pinned clock, say), by default of the
    real time of day."""
    return (now or datetime.now(UTC)).astimezone(SHANGHAI).date()


def uid(world: World, who: str) -> str:
    place, _, name = who.partition(".")
    return str(world.places[place].user_ids[name])


def unit(world: World, place: str, code: str) -> str:
    return str(world.places[place].unit_ids[code])


def meetings_url(world: World, place: str, rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/meetings{rest}"


def meeting_url(world: World, place: str, meeting: dict[str, Any], rest: str = "") -> str:
    return meetings_url(world, place, f"/{meeting['id']}{rest}")


# Who may convene and chair each kind of the shipped rulebooks, without any delegation.
CONVENER = {
    "plenary_meeting": "leader",  # C-MTG-1
    "special_meeting": "deputy_leader",  # C-MTG-2 / E-MTG-4
    "regular_meeting": "office_director",  # CO-MTG-1
    "joint_meeting": "leader",  # E-MTG-1, E-MTG-3
}


async def convene(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    kind: str,
    starts_at: str,
    ends_at: str,
    *,
    title: str | None = None,
    where: str = "市政府3楼会议室",
    by: str | None = None,
    chair: str | None = None,
    status: int = 201,
    **extra: Any,
) -> dict[str, Any]:
    """Convene a meeting of ``kind`` in ``place``; the convener and chair default to the person
    the shipped rulebooks allow without a delegation."""
    role = CONVENER[kind]
    body = {
        "kind": kind,
        "title": title or f"{kind} {starts_at[:10]}",
        "starts_at": starts_at,
        "ends_at": ends_at,
        "place": where,
        "chair_id": uid(world, f"{place}.{chair or role}"),
        **extra,
    }
    response = await client.post(
        meetings_url(world, place), json=body, headers=world.headers(f"{place}.{by or role}")
    )
    assert response.status_code == status, response.text
    result: dict[str, Any] = response.json()
    return result


async def hold(
    client: httpx.AsyncClient, world: World, place: str, meeting: dict[str, Any]
) -> dict[str, Any]:
    """The office records that the meeting took place."""
    response = await client.post(
        meeting_url(world, place, meeting, "/hold"), headers=world.headers(f"{place}.office_staff")
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    assert result["state"] == "held"
    return result


async def cancel(
    client: httpx.AsyncClient, world: World, place: str, meeting: dict[str, Any]
) -> dict[str, Any]:
    response = await client.post(
        meeting_url(world, place, meeting, "/cancel"),
        json={"reason": "议题已在专题会议上研究，取消本次会议"},
        headers=world.headers(f"{place}.office_director"),
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    assert result["state"] == "cancelled"
    return result


def invitee_of(world: World, meeting: dict[str, Any], who: str) -> dict[str, Any]:
    """The invitee row of person ``who`` ('<place>.<role>')."""
    person = uid(world, who)
    for invitee in meeting["invitees"]:
        if invitee["user_id"] == person:
            result: dict[str, Any] = invitee
            return result
    raise AssertionError(f"{who} is not invited to {meeting['id']}")


async def record_attendance(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    meeting: dict[str, Any],
    who: str,
    body: dict[str, Any],
    *,
    status: int = 200,
) -> httpx.Response:
    invitee = invitee_of(world, meeting, who)
    response = await client.patch(
        meeting_url(world, place, meeting, f"/invitees/{invitee['id']}"),
        json=body,
        headers=world.headers(f"{place}.office_staff"),
    )
    assert response.status_code == status, response.text
    return response


async def record_attendances(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    meeting: dict[str, Any],
    records: list[dict[str, Any]],
    *,
    status: int = 200,
) -> httpx.Response:
    """The sign-in sheet: PUT …/attendance with several records at once (the office)."""
    response = await client.put(
        meeting_url(world, place, meeting, "/attendance"),
        json={"records": records},
        headers=world.headers(f"{place}.office_staff"),
    )
    assert response.status_code == status, response.text
    return response


async def attend_all(
    client: httpx.AsyncClient, world: World, place: str, meeting: dict[str, Any]
) -> dict[str, Any]:
    """Record every invitee still ``invited`` as having attended: a person present, a unit
    invited without a person represented by whom it sent. The meeting's detail after it."""
    detail = await client.get(
        meeting_url(world, place, meeting), headers=world.headers(f"{place}.office_staff")
    )
    assert detail.status_code == 200, detail.text
    records = [
        {"invitee_id": i["id"], "attendance": "present"}
        if i["user_id"] is not None
        else {
            "invitee_id": i["id"],
            "attendance": "represented",
            "represented_by_name": "单位派员",
        }
        for i in detail.json()["invitees"]
        if i["attendance"] == "invited"
    ]
    if not records:
        result: dict[str, Any] = detail.json()
        return result
    response = await record_attendances(client, world, place, meeting, records)
    result = response.json()
    assert all(i["attendance"] != "invited" for i in result["invitees"])
    return result
