"""The meeting record stays true to itself (a second review's findings, each a test): recorded
attendance is never undone, nobody invited disappears after the meeting, a meeting with people
in the room does not move into the future, a consent lapses when it no longer holds on a new day,
and a meeting whose kind the rulebook dropped cannot be held. The clock stands at 2026-12-01."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.api.test_delegations import uid
from tests.api.test_meetings import (
    FUTURE,
    PAST,
    act,
    convene,
    get_meeting,
    invitee_of,
    murl,
    state_conflict,
)
from tests.api.test_organisation import error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World, with_if_match


@pytest.fixture(autouse=True)
def _pinned(pinned_clock: FixedClock) -> FixedClock:
    return pinned_clock


def invitee_url(world: World, meeting: dict[str, Any], invitee: dict[str, Any]) -> str:
    return murl(world, "city_a", f"/{meeting['id']}/invitees/{invitee['id']}")


async def test_recorded_attendance_is_never_set_back_to_invited(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")
    office = books.headers("city_a.office_staff")
    absent = {"attendance": "absent", "absence_reason": "出差"}
    assert (
        await client.patch(invitee_url(books, meeting, deputy), json=absent, headers=office)
    ).is_success
    undone = await client.patch(
        invitee_url(books, meeting, deputy), json={"attendance": "invited"}, headers=office
    )
    assert ["body", "attendance"] in error_locations(problem(undone, 422))
    sheet = await client.put(
        murl(books, "city_a", f"/{meeting['id']}/attendance"),
        json={"records": [{"invitee_id": deputy["id"], "attendance": "invited"}]},
        headers=office,
    )
    assert ["body", "records", 0, "attendance"] in error_locations(problem(sheet, 422))
    kept = invitee_of(
        await get_meeting(client, books, "city_a", meeting["id"]), books, "city_a.deputy_leader"
    )
    assert (kept["attendance"], kept["absence_reason"]) == ("absent", "出差")


async def test_after_the_meeting_nobody_invited_is_removed_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    held = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
    assert held.status_code == 200, held.text
    deputy = invitee_of(held.json(), books, "city_a.deputy_leader")
    assert deputy["attendance"] == "invited"
    removed = await client.delete(
        invitee_url(books, meeting, deputy), headers=books.headers("city_a.office_staff")
    )
    assert "absent" in state_conflict(removed)["detail"]
    after = await get_meeting(client, books, "city_a", meeting["id"])
    assert invitee_of(after, books, "city_a.deputy_leader")["id"] == deputy["id"]


async def test_a_meeting_with_people_recorded_present_does_not_move_into_the_future(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    leader = invitee_of(meeting, books, "city_a.leader")
    office = books.headers("city_a.office_staff")
    present = await client.patch(
        invitee_url(books, meeting, leader), json={"attendance": "present"}, headers=office
    )
    assert present.status_code == 200, present.text
    moved = await client.patch(
        murl(books, "city_a", f"/{meeting['id']}"),
        json={"starts_at": FUTURE[0], "ends_at": FUTURE[1]},
        headers=office,
    )
    state_conflict(moved)
    # Another past day is a correction, and allowed.
    corrected = await client.patch(
        murl(books, "city_a", f"/{meeting['id']}"),
        json={"starts_at": "2026-03-19T09:30:00+08:00", "ends_at": "2026-03-19T11:30:00+08:00"},
        headers=office,
    )
    assert corrected.status_code == 200, corrected.text


async def test_an_empty_change_changes_nothing_no_sequence_no_audit(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    response = await client.patch(
        murl(books, "city_a", f"/{meeting['id']}"), json={}, headers=books.headers("city_a.leader")
    )
    assert response.status_code == 200, response.text
    assert response.json()["sequence"] == meeting["sequence"]
    assert response.json()["updated_at"] == meeting["updated_at"]


async def test_a_consent_that_no_longer_holds_on_the_new_day_lapses_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    """The office director proposes an extra joint meeting, the leader consents; the leader's
    tenure then ends before the day the meeting moves to: it waits for a consent again."""
    days = ("2026-12-05T09:30:00+08:00", "2026-12-05T11:30:00+08:00")
    meeting = await convene(
        client,
        books,
        "city_b.office_director",
        "joint_meeting",
        "deputy_leader",
        is_extra=True,
        times=days,
    )
    assert meeting["state"] == "awaiting_consent"
    approved = await act(client, books, "city_b.leader", "city_b", meeting, "approve")
    assert approved.json()["state"] == "scheduled"
    positions = await client.get(
        f"/v1/jurisdictions/{books.places['city_b'].id}/positions",
        params={"role": "leader"},
        headers=books.headers("admin"),
    )
    (leader_position,) = positions.json()["items"]
    ended = await client.patch(
        f"/v1/jurisdictions/{books.places['city_b'].id}/positions/{leader_position['id']}",
        json={"valid_to": "2026-12-10"},
        headers=books.headers("admin"),
    )
    assert ended.status_code == 200, ended.text
    moved = await client.patch(
        f"/v1/jurisdictions/{books.places['city_b'].id}/meetings/{meeting['id']}",
        json={"starts_at": "2026-12-20T09:30:00+08:00", "ends_at": "2026-12-20T11:30:00+08:00"},
        headers=books.headers("city_b.office_director"),
    )
    assert moved.status_code == 200, moved.text
    lapsed = moved.json()
    assert lapsed["state"] == "awaiting_consent"
    assert (lapsed["consented_by"], lapsed["consent_rule"]) == (None, None)
    again = await act(client, books, "city_b.deputy_leader", "city_b", lapsed, "approve")
    assert again.json()["state"] == "scheduled"


async def test_someone_holding_no_position_proposes_no_extra_meeting_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client,
        books,
        "city_b.office_staff",
        "joint_meeting",
        "deputy_leader",
        is_extra=True,
        convener_id=uid(books, "city_b.nobody"),
        status=403,
    )
    assert body["rule"] == "E-MTG-2"
    assert "position" in body["detail"]


async def test_a_meeting_whose_kind_the_rulebook_dropped_cannot_be_held(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader", times=PAST)
    document = (
        await client.get(
            f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook",
            headers=books.headers("admin"),
        )
    ).json()["document"]
    document["effective_from"] = "2026-01-01"
    del document["meeting_kinds"]["plenary_meeting"]
    published = await with_if_match(
        client,
        "PUT",
        f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook",
        json=document,
        headers=books.headers("admin"),
    )
    assert published.status_code == 201, published.text
    held = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
    body = problem(held, 409)
    assert "plenary_meeting" in body["detail"]
    assert "errors" not in body


async def test_a_year_end_meeting_held_too_early_is_shown_outside_the_window_e_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    june = ("2026-06-18T09:30:00+08:00", "2026-06-18T11:30:00+08:00")
    meeting = await convene(client, books, "city_b.leader", "joint_meeting", "leader", times=june)
    held = await act(client, books, "city_b.office_staff", "city_b", meeting, "hold")
    assert held.status_code == 200, held.text
    response = await client.get(
        f"/v1/jurisdictions/{books.places['city_b'].id}/meetings/compliance",
        params={"year": 2026},
        headers=books.headers("city_b.leader"),
    )
    (year,) = response.json()["items"]
    assert (year["status"], year["meeting_ids"]) == ("not_yet_due", [])
    assert year["outside_window_meeting_ids"] == [meeting["id"]]


async def test_a_cancellation_records_on_whose_decision_it_was_made(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await convene(client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE)
    by_leader = await act(client, books, "city_a.leader", "city_a", first, "cancel")
    assert by_leader.json()["cancelled_by"] == uid(books, "city_a.leader")

    second = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE
    )
    reason = "组长电话通知取消"
    by_office = await act(
        client,
        books,
        "city_a.office_staff",
        "city_a",
        second,
        "cancel",
        {"reason": reason, "decided_by": uid(books, "city_a.leader")},
    )
    assert by_office.status_code == 200, by_office.text
    assert by_office.json()["cancelled_by"] == uid(books, "city_a.leader")

    third = await convene(client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE)
    client_write = await act(
        client, books, "city_a.client_write", "city_a", third, "cancel", {"reason": reason}
    )
    assert ["body", "decided_by"] in error_locations(problem(client_write, 422))
    foreign = await act(
        client,
        books,
        "city_a.office_staff",
        "city_a",
        third,
        "cancel",
        {"reason": reason, "decided_by": uid(books, "city_b.leader")},
    )
    assert ["body", "decided_by"] in error_locations(problem(foreign, 422))
    assert (await get_meeting(client, books, "city_a", third["id"]))["state"] == "scheduled"
