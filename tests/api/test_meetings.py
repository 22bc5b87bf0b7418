"""Meetings through HTTP: convening under the shipped rulebooks (Changji's in city_a and, inherited,
county_a1 — C-ORG-3; Ezhou's in city_b), consent to extra meetings, invitees and attendance, the
state machine, lists and the audit trail. Rule ids from DOMAIN.md.

The service's clock is pinned to 2026-12-01T04:00Z, noon in Shanghai (tests/conftest.py,
PINNED_NOW): meetings that may be held start on 2026-03-20, meetings that have not begun yet on
2026-12-20. Revoking a delegation is judged by the real date (revoked_on is today or later), so the
tests of a revoked entrustment convene a meeting far ahead (2099), revoke it before that day and
move the pinned clock past the meeting.
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from app.db import Database
from app.rulebooks import shipped_document
from tests.api.round_trips import round_trips
from tests.api.test_delegations import entrust, uid
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import PINNED_NOW, FixedClock
from tests.factories import World, with_if_match

PAST = ("2026-03-20T09:30:00+08:00", "2026-03-20T11:30:00+08:00")
FUTURE = ("2026-12-20T09:30:00+08:00", "2026-12-20T11:30:00+08:00")
# Far enough ahead that a delegation can be revoked (by the real date) before the meeting's day.
FAR = ("2099-06-01T09:30:00+08:00", "2099-06-01T11:30:00+08:00")
PINNED = PINNED_NOW.isoformat().replace("+00:00", "Z")  # 2026-12-01T04:00:00Z

C_ART_8 = "第八条"  # C 第八条: plenary and special meetings
CO_ART_6 = "第六条"  # CO 第六条: the office's regular meeting
E_JOINT = "四(一)"  # E §四(一): the joint working meeting
E_SPECIAL = "四(二)"  # E §四(二): the special meeting


# --- helpers ------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _pinned(pinned_clock: FixedClock) -> FixedClock:
    """The clock stands at 2026-12-01 (PINNED_NOW) in every test here."""
    return pinned_clock


def murl(world: World, place: str, rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/meetings{rest}"


def unit(world: World, place: str, code: str) -> str:
    return str(world.places[place].unit_ids[code])


def meeting_body(
    world: World,
    place: str,
    kind: str,
    chair: str,
    *,
    times: tuple[str, str] = PAST,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "title": "2026年第一季度领导小组会议",
        "starts_at": times[0],
        "ends_at": times[1],
        "place": "州政府3楼会议室",
        "chair_id": uid(world, f"{place}.{chair}"),
        **extra,
    }


async def convene(
    client: httpx.AsyncClient,
    world: World,
    by: str,
    kind: str,
    chair: str,
    *,
    times: tuple[str, str] = PAST,
    status: int = 201,
    **extra: Any,
) -> dict[str, Any]:
    """``by`` is '<place>.<who>'; ``chair`` a person of the same place."""
    place = by.partition(".")[0]
    response = await client.post(
        murl(world, place),
        json=meeting_body(world, place, kind, chair, times=times, **extra),
        headers=world.headers(by),
    )
    if status >= 400:
        return problem(response, status)
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def refusal(body: dict[str, Any], rule: str, article: str) -> None:
    """A governance refusal (403) naming ``rule`` and a source citing ``article``."""
    assert body["status"] == 403
    assert body["type"] == "urn:gaiban:problem:governance-refusal"
    assert body["title"] == "Refused by the rules"
    assert body["detail"]
    assert body["rule"] == rule
    assert article in body["source"], body["source"]


def state_conflict(response: httpx.Response) -> dict[str, Any]:
    body = problem(response, 409)
    assert body["type"] == "urn:gaiban:problem:state-conflict"
    assert body["detail"]
    return body


async def act(
    client: httpx.AsyncClient,
    world: World,
    who: str,
    place: str,
    meeting: dict[str, Any],
    action: str,
    body: dict[str, Any] | None = None,
) -> httpx.Response:
    """POST …/meetings/{id}/{action} (approve, cancel, hold); a cancel gives a reason."""
    if body is None:
        body = {"reason": "议题已在专题会议上研究"} if action == "cancel" else {}
    return await client.post(
        murl(world, place, f"/{meeting['id']}/{action}"), json=body, headers=world.headers(who)
    )


async def get_meeting(
    client: httpx.AsyncClient, world: World, place: str, meeting_id: str, who: str = "admin"
) -> dict[str, Any]:
    response = await client.get(murl(world, place, f"/{meeting_id}"), headers=world.headers(who))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def version_in_force(client: httpx.AsyncClient, world: World, place: str) -> str:
    response = await client.get(
        f"/v1/jurisdictions/{world.places[place].id}/rulebook",
        params={"on": "2026-03-20"},
        headers=world.headers("admin"),
    )
    assert response.status_code == 200, response.text
    version: str = response.json()["version_id"]
    return version


async def meeting_audit(
    client: httpx.AsyncClient, world: World, place: str, meeting_id: str, **params: Any
) -> list[dict[str, Any]]:
    response = await client.get(
        f"/v1/jurisdictions/{world.places[place].id}/audit-events",
        params={"entity_type": "meeting", "entity_id": meeting_id, "limit": 200, **params},
        headers=world.headers(f"{place}.office_director"),
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def make_unit_head(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    who: str,
    code: str,
    valid_from: str = "2020-01-01",
) -> None:
    response = await client.post(
        f"/v1/jurisdictions/{world.places[place].id}/positions",
        json={
            "user_id": uid(world, f"{place}.{who}"),
            "role": "unit_head",
            "unit_id": unit(world, place, code),
            "valid_from": valid_from,
        },
        headers=world.headers(f"{place}.office_director"),
    )
    assert response.status_code == 201, response.text


def invitee_of(meeting: dict[str, Any], world: World, who: str) -> dict[str, Any]:
    invitees: list[dict[str, Any]] = meeting["invitees"]
    (found,) = [i for i in invitees if i["user_id"] == uid(world, who)]
    return found


async def revoke(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    delegation: dict[str, Any],
    revoked_on: str,
) -> None:
    """The leader revokes the entrustment from ``revoked_on`` (judged by the real date)."""
    response = await client.post(
        f"/v1/jurisdictions/{world.places[place].id}/delegations/{delegation['id']}/revoke",
        json={"reason": "组长返岗，收回委托", "revoked_on": revoked_on},
        headers=world.headers(f"{place}.leader"),
    )
    assert response.status_code == 200, response.text


async def sign_in(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    meeting: dict[str, Any],
    records: list[dict[str, Any]],
    who: str = "office_staff",
) -> httpx.Response:
    """PUT …/attendance: the sign-in sheet (签到表) at once."""
    return await client.put(
        murl(world, place, f"/{meeting['id']}/attendance"),
        json={"records": records},
        headers=world.headers(f"{place}.{who}"),
    )


async def patch_invitee(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    meeting: dict[str, Any],
    invitee: dict[str, Any],
    body: dict[str, Any],
) -> httpx.Response:
    return await client.patch(
        murl(world, place, f"/{meeting['id']}/invitees/{invitee['id']}"),
        json=body,
        headers=world.headers(f"{place}.office_staff"),
    )


# --- Changji: plenary (C-MTG-1) -----------------------------------------------------------


async def test_changji_leader_convenes_and_chairs_the_plenary_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    assert meeting["state"] == "scheduled"
    assert (meeting["kind"], meeting["kind_name"]) == ("plenary_meeting", "全体会议")
    assert meeting["jurisdiction_id"] == str(books.places["city_a"].id)
    assert meeting["convened_by"] == uid(books, "city_a.leader")
    assert meeting["chair_id"] == uid(books, "city_a.leader")
    assert (meeting["convene_rule"], meeting["chair_rule"]) == ("C-MTG-1", "C-MTG-1")
    assert (meeting["convene_delegation_id"], meeting["chair_delegation_id"]) == (None, None)
    assert meeting["is_extra"] is False
    assert meeting["rulebook_version_id"] == await version_in_force(client, books, "city_a")
    fetched = await get_meeting(client, books, "city_a", meeting["id"], "city_a.liaison")
    assert fetched == meeting


async def test_changji_deputy_without_entrustment_cannot_chair_the_plenary_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client, books, "city_a.leader", "plenary_meeting", "deputy_leader", status=403
    )
    refusal(body, "C-MTG-1", C_ART_8)
    assert "entrusted" in body["detail"]
    listed = await client.get(murl(books, "city_a"), headers=books.headers("admin"))
    assert listed.json()["items"] == []


async def test_changji_deputy_entrusted_by_the_leader_chairs_the_plenary_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "deputy_leader")
    assert meeting["chair_id"] == uid(books, "city_a.deputy_leader")
    assert meeting["chair_rule"] == "C-MTG-1"
    assert meeting["chair_delegation_id"] == delegation["id"]
    assert meeting["convene_delegation_id"] is None  # the leader convenes in their own right
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert fetched["chair_delegation_id"] == delegation["id"]


async def test_changji_deputy_convenes_the_plenary_only_when_entrusted_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client, books, "city_a.deputy_leader", "plenary_meeting", "leader", status=403
    )
    refusal(body, "C-MTG-1", C_ART_8)
    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["convene:plenary_meeting"]
    )
    meeting = await convene(client, books, "city_a.deputy_leader", "plenary_meeting", "leader")
    assert meeting["convened_by"] == uid(books, "city_a.deputy_leader")
    assert meeting["convene_delegation_id"] == delegation["id"]
    assert meeting["chair_delegation_id"] is None


# --- Changji: special meeting (C-MTG-2) and the office's regular meeting (CO-MTG-1) --------


async def test_changji_special_meeting_by_a_deputy_leader_or_the_office_director_c_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    by_deputy = await convene(
        client, books, "city_a.deputy_leader", "special_meeting", "deputy_leader"
    )
    assert (by_deputy["convene_rule"], by_deputy["chair_rule"]) == ("C-MTG-2", "C-MTG-2")
    assert by_deputy["kind_name"] == "专题会议"
    by_director = await convene(
        client, books, "city_a.office_director", "special_meeting", "office_director"
    )
    assert (by_director["convene_rule"], by_director["chair_rule"]) == ("C-MTG-2", "C-MTG-2")
    assert by_director["chair_delegation_id"] is None


async def test_changji_office_staff_may_neither_convene_nor_chair_a_special_meeting_c_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    convening = await convene(
        client, books, "city_a.office_staff", "special_meeting", "office_director", status=403
    )
    refusal(convening, "C-MTG-2", C_ART_8)
    chairing = await convene(
        client, books, "city_a.office_director", "special_meeting", "office_staff", status=403
    )
    refusal(chairing, "C-MTG-2", C_ART_8)
    # Nor is the leader named for special meetings in the Changji rules.
    leader = await convene(
        client, books, "city_a.office_director", "special_meeting", "leader", status=403
    )
    refusal(leader, "C-MTG-2", C_ART_8)


async def test_changji_office_regular_meeting_is_chaired_by_the_office_director_co_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_a.office_director", "regular_meeting", "office_director"
    )
    assert (meeting["convene_rule"], meeting["chair_rule"]) == ("CO-MTG-1", "CO-MTG-1")
    assert meeting["kind_name"] == "领导小组办公室例会"
    assert meeting["state"] == "scheduled"


async def test_changji_deputy_director_chairs_the_regular_meeting_only_if_entrusted_co_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client,
        books,
        "city_a.office_director",
        "regular_meeting",
        "office_deputy_director",
        status=403,
    )
    refusal(body, "CO-MTG-1", CO_ART_6)
    assert "entrusted" in body["detail"]
    # Entrusted by the leader (not the director) counts for nothing here; the rules refuse it.
    await entrust(
        client,
        books,
        "city_a.leader",
        "city_a.office_deputy_director",
        ["chair:regular_meeting"],
        status=403,
    )
    delegation = await entrust(
        client,
        books,
        "city_a.office_director",
        "city_a.office_deputy_director",
        ["chair:regular_meeting"],
    )
    meeting = await convene(
        client, books, "city_a.office_director", "regular_meeting", "office_deputy_director"
    )
    assert meeting["chair_rule"] == "CO-MTG-1"
    assert meeting["chair_delegation_id"] == delegation["id"]


async def test_changji_leader_proposing_an_extra_plenary_consents_by_proposing_it_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", is_extra=True
    )
    assert (meeting["is_extra"], meeting["state"]) == (True, "scheduled")
    assert meeting["consented_by"] == uid(books, "city_a.leader")
    assert (meeting["consent_rule"], meeting["consented_at"]) == ("C-MTG-1", PINNED)
    assert meeting["consent_delegation_id"] is None
    assert meeting["convene_rule"] == "C-MTG-1"
    assert await get_meeting(client, books, "city_a", meeting["id"]) == meeting
    # Consented already: there is nothing left to approve.
    state_conflict(await act(client, books, "city_a.deputy_leader", "city_a", meeting, "approve"))


async def test_changji_deputy_without_entrustment_proposes_an_extra_plenary_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    """特殊情况下组长、副组长可提议召开: a deputy needs no entrustment to propose an extra plenary
    (he does to convene a regular one), but the plenary is 组长（或组长委托的副组长）主持召开:
    it waits for the leader's consent, which an unentrusted deputy cannot give."""
    meeting = await convene(
        client, books, "city_a.deputy_leader", "plenary_meeting", "leader", is_extra=True
    )
    assert meeting["state"] == "awaiting_consent"
    assert meeting["convened_by"] == uid(books, "city_a.deputy_leader")
    assert (meeting["convene_rule"], meeting["convene_delegation_id"]) == ("C-MTG-1", None)
    assert (meeting["consented_by"], meeting["consent_rule"]) == (None, None)
    refused = await act(client, books, "city_a.deputy_leader", "city_a", meeting, "approve")
    refusal(problem(refused, 403), "C-MTG-1", C_ART_8)
    response = await act(client, books, "city_a.leader", "city_a", meeting, "approve")
    assert response.status_code == 200, response.text
    approved = response.json()
    assert (approved["state"], approved["consent_rule"]) == ("scheduled", "C-MTG-1")
    assert approved["consented_by"] == uid(books, "city_a.leader")
    assert approved["consented_at"] == PINNED
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert fetched == approved
    # The chair is still judged: an unentrusted deputy does not chair it.
    body = await convene(
        client,
        books,
        "city_a.deputy_leader",
        "plenary_meeting",
        "deputy_leader",
        is_extra=True,
        status=403,
    )
    refusal(body, "C-MTG-1", C_ART_8)


async def test_changji_only_the_leader_or_a_deputy_proposes_an_extra_plenary_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    """第八条: 特殊情况下组长、副组长可视工作需要提议召开 — the office director proposes none;
    the office enters a deputy's proposal by naming him; it waits for the leader."""
    body = await convene(
        client,
        books,
        "city_a.office_director",
        "plenary_meeting",
        "leader",
        is_extra=True,
        status=403,
    )
    refusal(body, "C-MTG-1", C_ART_8)
    assert "propose" in body["detail"]
    meeting = await convene(
        client,
        books,
        "city_a.office_staff",
        "plenary_meeting",
        "leader",
        is_extra=True,
        convener_id=uid(books, "city_a.deputy_leader"),
    )
    assert (meeting["state"], meeting["convene_rule"]) == ("awaiting_consent", "C-MTG-1")
    assert meeting["convened_by"] == uid(books, "city_a.deputy_leader")
    # The leader proposing it has consented by proposing it.
    by_leader = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", is_extra=True
    )
    assert (by_leader["state"], by_leader["consent_rule"]) == ("scheduled", "C-MTG-1")
    assert by_leader["consented_by"] == uid(books, "city_a.leader")
    assert by_leader["consented_at"] == PINNED


async def test_changji_a_regular_plenary_is_still_convened_by_the_convene_rule_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    """Only an extra plenary is proposed: the office director convenes no regular one."""
    body = await convene(
        client, books, "city_a.office_director", "plenary_meeting", "leader", status=403
    )
    refusal(body, "C-MTG-1", C_ART_8)


async def test_changji_extra_special_meeting_needs_no_consent_c_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_a.deputy_leader", "special_meeting", "deputy_leader", is_extra=True
    )
    assert (meeting["is_extra"], meeting["state"]) == (True, "scheduled")


# --- Ezhou: joint meeting (E-MTG-2, E-MTG-3) and special meeting (E-MTG-4) ----------------


async def test_ezhou_joint_meeting_is_chaired_by_any_deputy_leader_without_delegation_e_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_b.leader", "joint_meeting", "deputy_leader")
    assert (meeting["kind_name"], meeting["state"]) == ("联席工作会议", "scheduled")
    assert meeting["chair_rule"] == "E-MTG-3"
    assert meeting["chair_delegation_id"] is None
    assert meeting["rulebook_version_id"] == await version_in_force(client, books, "city_b")
    body = await convene(
        client, books, "city_b.leader", "joint_meeting", "office_director", status=403
    )
    refusal(body, "E-MTG-3", E_JOINT)


async def test_ezhou_office_director_proposes_an_extra_joint_meeting_the_leader_consents_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_b.office_director", "joint_meeting", "deputy_leader", is_extra=True
    )
    assert meeting["is_extra"] is True
    assert meeting["state"] == "awaiting_consent"
    assert meeting["convened_by"] == uid(books, "city_b.office_director")
    # The office director may not convene a joint meeting (E-MTG-1): the proposal stands on
    # the consent rule, not on the convene rule.
    assert (meeting["convene_rule"], meeting["convene_delegation_id"]) == ("E-MTG-2", None)
    assert (meeting["consented_by"], meeting["consented_at"]) == (None, None)

    response = await act(client, books, "city_b.leader", "city_b", meeting, "approve")
    assert response.status_code == 200, response.text
    approved = response.json()
    assert approved["state"] == "scheduled"
    assert approved["consented_by"] == uid(books, "city_b.leader")
    assert approved["consent_rule"] == "E-MTG-2"
    assert approved["consented_at"] == PINNED
    assert approved["consent_delegation_id"] is None
    assert approved["sequence"] > meeting["sequence"]
    fetched = await get_meeting(client, books, "city_b", meeting["id"])
    assert fetched["state"] == "scheduled"


async def test_ezhou_a_deputy_proposing_an_extra_joint_meeting_schedules_it_at_once_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_b.deputy_leader", "joint_meeting", "deputy_leader", is_extra=True
    )
    assert (meeting["is_extra"], meeting["state"]) == (True, "scheduled")
    assert meeting["convened_by"] == uid(books, "city_b.deputy_leader")
    assert meeting["consented_by"] == uid(books, "city_b.deputy_leader")
    assert (meeting["convene_rule"], meeting["consent_rule"]) == ("E-MTG-2", "E-MTG-2")
    assert meeting["consented_at"] == PINNED
    assert meeting["consent_delegation_id"] is None
    state_conflict(await act(client, books, "city_b.leader", "city_b", meeting, "approve"))
    fetched = await get_meeting(client, books, "city_b", meeting["id"])
    assert (fetched["consented_by"], fetched["sequence"]) == (
        uid(books, "city_b.deputy_leader"),
        meeting["sequence"],
    )
    # So does the leader's.
    by_leader = await convene(
        client, books, "city_b.leader", "joint_meeting", "leader", is_extra=True
    )
    assert (by_leader["state"], by_leader["consented_by"]) == (
        "scheduled",
        uid(books, "city_b.leader"),
    )


async def test_ezhou_extra_joint_meeting_consent_of_a_deputy_counts_office_staffs_not_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_b.office_staff", "joint_meeting", "leader", is_extra=True
    )
    assert meeting["state"] == "awaiting_consent"
    refused = await act(client, books, "city_b.office_staff", "city_b", meeting, "approve")
    refusal(problem(refused, 403), "E-MTG-2", E_JOINT)
    still = await get_meeting(client, books, "city_b", meeting["id"])
    assert (still["state"], still["consented_by"]) == ("awaiting_consent", None)

    response = await act(client, books, "city_b.deputy_leader", "city_b", meeting, "approve")
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "scheduled"
    assert response.json()["consented_by"] == uid(books, "city_b.deputy_leader")


async def test_ezhou_office_records_the_leaders_consent_by_naming_him_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_b.office_director", "joint_meeting", "leader", is_extra=True
    )
    # Naming the office staff themselves does not make them a consenter.
    refused = await act(
        client,
        books,
        "city_b.office_staff",
        "city_b",
        meeting,
        "approve",
        {"consenter_id": uid(books, "city_b.office_staff")},
    )
    refusal(problem(refused, 403), "E-MTG-2", E_JOINT)
    response = await act(
        client,
        books,
        "city_b.office_staff",
        "city_b",
        meeting,
        "approve",
        {"consenter_id": uid(books, "city_b.deputy_leader")},
    )
    assert response.status_code == 200, response.text
    assert response.json()["consented_by"] == uid(books, "city_b.deputy_leader")


async def test_ezhou_office_enters_a_deputys_proposal_which_is_his_consent_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    """The proposer named by the office is judged: a deputy's proposal consents at once."""
    meeting = await convene(
        client,
        books,
        "city_b.office_staff",
        "joint_meeting",
        "leader",
        is_extra=True,
        convener_id=uid(books, "city_b.deputy_leader"),
    )
    assert meeting["state"] == "scheduled"
    assert meeting["convened_by"] == uid(books, "city_b.deputy_leader")
    assert meeting["consented_by"] == uid(books, "city_b.deputy_leader")


async def test_ezhou_special_meeting_by_a_deputy_leader_or_the_office_director_e_mtg_4(
    client: httpx.AsyncClient, books: World
) -> None:
    by_deputy = await convene(
        client, books, "city_b.deputy_leader", "special_meeting", "office_director"
    )
    assert (by_deputy["convene_rule"], by_deputy["chair_rule"]) == ("E-MTG-4", "E-MTG-4")
    by_director = await convene(
        client, books, "city_b.office_director", "special_meeting", "deputy_leader"
    )
    assert (by_director["convene_rule"], by_director["chair_rule"]) == ("E-MTG-4", "E-MTG-4")
    convening = await convene(
        client, books, "city_b.office_staff", "special_meeting", "deputy_leader", status=403
    )
    refusal(convening, "E-MTG-4", E_SPECIAL)
    chairing = await convene(
        client, books, "city_b.deputy_leader", "special_meeting", "office_staff", status=403
    )
    refusal(chairing, "E-MTG-4", E_SPECIAL)


async def test_ezhou_defines_no_plenary_meeting_422_naming_kind(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(client, books, "city_b.leader", "plenary_meeting", "leader", status=422)
    assert error_locations(body) == [["body", "kind"]]
    assert "plenary_meeting" in body["detail"]


# --- the county inherits Changji's rules (C-ORG-3) ----------------------------------------


async def test_county_convenes_under_its_prefectures_rules_c_org_3(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "county_a1.leader", "plenary_meeting", "leader")
    assert meeting["jurisdiction_id"] == str(books.places["county_a1"].id)
    assert meeting["chair_rule"] == "C-MTG-1"
    assert meeting["rulebook_version_id"] == await version_in_force(client, books, "city_a")

    body = await convene(
        client, books, "county_a1.leader", "plenary_meeting", "deputy_leader", status=403
    )
    refusal(body, "C-MTG-1", C_ART_8)
    # The prefecture leader's entrustment is not the county leader's.
    await entrust(client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"])
    await convene(client, books, "county_a1.leader", "plenary_meeting", "deputy_leader", status=403)
    delegation = await entrust(
        client, books, "county_a1.leader", "county_a1.deputy_leader", ["chair:plenary_meeting"]
    )
    entrusted = await convene(client, books, "county_a1.leader", "plenary_meeting", "deputy_leader")
    assert entrusted["chair_delegation_id"] == delegation["id"]
    # Ezhou's kinds are not the county's.
    body = await convene(client, books, "county_a1.leader", "joint_meeting", "leader", status=422)
    assert error_locations(body) == [["body", "kind"]]


# --- convening on someone's behalf, and the body --------------------------------------------


async def test_office_staff_convenes_on_the_leaders_behalf(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client,
        books,
        "city_a.office_staff",
        "plenary_meeting",
        "leader",
        convener_id=uid(books, "city_a.leader"),
    )
    assert meeting["convened_by"] == uid(books, "city_a.leader")
    assert meeting["convene_rule"] == "C-MTG-1"
    (event,) = await meeting_audit(client, books, "city_a", meeting["id"])
    assert event["actor_id"] == uid(books, "city_a.office_staff")  # who entered it


async def test_a_convener_of_another_jurisdiction_is_422(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client,
        books,
        "city_a.office_staff",
        "plenary_meeting",
        "leader",
        convener_id=uid(books, "city_b.leader"),
        status=422,
    )
    assert error_locations(body) == [["body", "convener_id"]]


async def test_a_write_client_must_name_the_consenter_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_b.office_director", "joint_meeting", "leader", is_extra=True
    )
    assert meeting["state"] == "awaiting_consent"
    nameless = await act(client, books, "city_b.client_write", "city_b", meeting, "approve")
    assert error_locations(problem(nameless, 422)) == [["body", "consenter_id"]]
    named = await act(
        client,
        books,
        "city_b.client_write",
        "city_b",
        meeting,
        "approve",
        {"consenter_id": uid(books, "city_b.leader")},
    )
    assert named.status_code == 200, named.text
    assert named.json()["consented_by"] == uid(books, "city_b.leader")


async def test_a_liaison_officer_cannot_convene_on_someone_elses_behalf(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client,
        books,
        "city_a.liaison",
        "plenary_meeting",
        "leader",
        convener_id=uid(books, "city_a.leader"),
        status=403,
    )
    assert body["type"] == "urn:gaiban:problem:forbidden"
    assert "rule" not in body
    # In their own name the rules refuse them.
    own = await convene(client, books, "city_a.liaison", "plenary_meeting", "leader", status=403)
    refusal(own, "C-MTG-1", C_ART_8)


async def test_a_write_client_must_name_the_convener(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client, books, "city_a.client_write", "plenary_meeting", "leader", status=422
    )
    assert error_locations(body) == [["body", "convener_id"]]
    meeting = await convene(
        client,
        books,
        "city_a.client_write",
        "plenary_meeting",
        "leader",
        convener_id=uid(books, "city_a.leader"),
    )
    assert meeting["convened_by"] == uid(books, "city_a.leader")
    # The convener named is judged like anyone: office staff convene no plenary.
    refused = await convene(
        client,
        books,
        "city_a.client_write",
        "plenary_meeting",
        "leader",
        convener_id=uid(books, "city_a.office_staff"),
        status=403,
    )
    refusal(refused, "C-MTG-1", C_ART_8)
    read_only = await convene(
        client,
        books,
        "city_a.client_read",
        "plenary_meeting",
        "leader",
        convener_id=uid(books, "city_a.leader"),
        status=403,
    )
    assert "rule" not in read_only


async def test_unknown_meeting_kind_is_422_naming_body_kind(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(client, books, "city_a.leader", "joint_meeting", "leader", status=422)
    assert error_locations(body) == [["body", "kind"]]
    assert "plenary_meeting" in body["detail"]  # it lists the kinds the rulebook defines


async def test_a_chair_of_another_jurisdiction_is_422(
    client: httpx.AsyncClient, books: World
) -> None:
    body_json = meeting_body(books, "city_a", "plenary_meeting", "leader")
    body_json["chair_id"] = uid(books, "city_b.leader")
    response = await client.post(
        murl(books, "city_a"), json=body_json, headers=books.headers("city_a.leader")
    )
    foreign = problem(response, 422)
    assert error_locations(foreign) == [["body", "chair_id"]]
    body_json["chair_id"] = str(uuid.uuid4())
    unknown = problem(
        await client.post(
            murl(books, "city_a"), json=body_json, headers=books.headers("city_a.leader")
        ),
        422,
    )
    assert foreign["detail"] == unknown["detail"]  # nothing tells the other account exists


async def test_convening_reads_the_posts_once_and_the_chairs_entrustment_once_c_mtg_1(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """The deputy chairs the plenary as the leader entrusted (C-MTG-1): one read of the day's
    posts answers the account checks, the judging and the invitees; the delegations to the
    chair are read once (to the leader, who convenes on his own post, never); the answer is
    built from the rows written, not read back."""
    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    with round_trips(database) as sent:
        meeting = await convene(
            client, books, "city_a.leader", "plenary_meeting", "deputy_leader", times=FUTURE
        )
    assert meeting["chair_delegation_id"] == delegation["id"]

    def selecting(table: str) -> list[str]:
        """The statements selecting rows of ``table`` itself."""
        return [s for s in sent if s.startswith(f"SELECT {table}.")]

    roster = [s for s in sent if "member_unit_id" in s]
    assert len(roster) == 1
    assert [s for s in sent if "member_units" in s] == roster
    assert [s for s in sent if "FROM positions" in s and "users.username" not in s] == roster
    assert len(selecting("delegations")) == 1
    assert [s for s in selecting("users") if "password_hash" in s] == []  # no account look-up
    assert selecting("meetings") == selecting("meeting_invitees") == []
    assert await get_meeting(client, books, "city_a", meeting["id"]) == meeting


async def test_a_chair_here_without_a_post_that_day_is_refused_by_the_rules_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    """An account of this jurisdiction is no 422 for holding no post on the day: the rules
    refuse it (403), naming the rule."""
    body = await convene(client, books, "city_a.leader", "plenary_meeting", "nobody", status=403)
    refusal(body, "C-MTG-1", C_ART_8)


async def test_an_agenda_unit_of_another_jurisdiction_is_422_naming_its_path(
    client: httpx.AsyncClient, books: World
) -> None:
    agenda = [
        {"title": "研究审批流程再造", "presenting_unit_id": unit(books, "city_a", "housing")},
        {
            "title": "用地预审与选址意见书合并办理",
            "presenting_unit_id": unit(books, "city_b", "housing"),
            "concerned_unit_ids": [
                unit(books, "city_a", "natural_resources"),
                unit(books, "county_a1", "natural_resources"),
            ],
        },
    ]
    body = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        agenda_items=agenda,
        status=422,
    )
    assert error_locations(body) == [
        ["body", "agenda_items", 1, "presenting_unit_id"],
        ["body", "agenda_items", 1, "concerned_unit_ids", 1],
    ]


async def test_a_meeting_ending_before_it_starts_is_422(
    client: httpx.AsyncClient, books: World
) -> None:
    for ends in ("2026-03-20T09:00:00+08:00", PAST[0]):
        body = await convene(
            client,
            books,
            "city_a.leader",
            "plenary_meeting",
            "leader",
            times=(PAST[0], ends),
            status=422,
        )
        assert error_locations(body) == [["body", "ends_at"]], ends


async def test_a_day_without_a_rulebook_in_force_is_409(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        times=("2019-06-01T09:30:00+08:00", "2019-06-01T11:30:00+08:00"),
        status=409,
    )
    assert "2019-06-01" in body["detail"]


async def test_the_day_judged_is_the_local_day(client: httpx.AsyncClient, books: World) -> None:
    # 2020-01-01 00:30 in Shanghai is still 2019-12-31 in UTC: the rulebook is in force.
    meeting = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        times=("2019-12-31T16:30:00Z", "2019-12-31T18:30:00Z"),
    )
    assert meeting["state"] == "scheduled"
    # 2019-12-31 23:30 in Shanghai is 2020-01-01 in UTC… and 2019-12-31 here: none in force.
    await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        times=("2019-12-31T23:30:00+08:00", "2020-01-01T01:30:00+08:00"),
        status=409,
    )


async def test_naive_times_are_read_in_asia_shanghai(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        times=("2026-03-20T09:30:00", "2026-03-20T11:30:00"),
    )
    assert datetime.fromisoformat(meeting["starts_at"]) == datetime(2026, 3, 20, 1, 30, tzinfo=UTC)
    assert datetime.fromisoformat(meeting["ends_at"]) == datetime(2026, 3, 20, 3, 30, tzinfo=UTC)
    assert meeting["starts_at"] == "2026-03-20T01:30:00Z"


# --- invitees and attendance --------------------------------------------------------------


async def test_changji_plenary_invites_members_and_heads_of_units_concerned_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    await make_unit_head(client, books, "city_a", "nobody", "housing")
    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    agenda = [
        {
            "title": "研究部署下一阶段改革工作",
            "presenting_unit_id": unit(books, "city_a", "housing"),
            "concerned_unit_ids": [
                unit(books, "city_a", "natural_resources"),
                unit(books, "city_a", "housing"),
            ],
        }
    ]
    meeting = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "deputy_leader",
        agenda_items=agenda,
    )
    assert meeting["chair_delegation_id"] == delegation["id"]
    got = [(i["user_id"], i["unit_id"], i["basis"]) for i in meeting["invitees"]]
    assert got == [
        (uid(books, "city_a.deputy_leader"), None, "chair"),
        (uid(books, "city_a.leader"), None, "all_members"),
        (uid(books, "city_a.nobody"), unit(books, "city_a", "housing"), "units_concerned"),
        (None, unit(books, "city_a", "natural_resources"), "units_concerned"),
    ]
    head = invitee_of(meeting, books, "city_a.nobody")
    assert head["display_name"] == "city-a nobody"
    assert all(i["attendance"] == "invited" for i in meeting["invitees"])
    assert all(i["meeting_id"] == meeting["id"] for i in meeting["invitees"])
    # The answer is built from the rows written, names included: a read gives the same.
    assert await get_meeting(client, books, "city_a", meeting["id"]) == meeting


async def test_changji_plenary_without_agenda_units_invites_only_the_leading_group_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    await make_unit_head(client, books, "city_a", "nobody", "housing")
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    got = [(i["user_id"], i["basis"]) for i in meeting["invitees"]]
    assert got == [
        (uid(books, "city_a.leader"), "chair"),
        (uid(books, "city_a.deputy_leader"), "all_members"),
    ]


async def test_ezhou_joint_meeting_invites_the_principal_heads_of_every_unit_e_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    await make_unit_head(client, books, "city_b", "nobody", "natural_resources")
    meeting = await convene(client, books, "city_b.leader", "joint_meeting", "deputy_leader")
    got = [(i["user_id"], i["unit_id"], i["basis"]) for i in meeting["invitees"]]
    assert got == [
        (uid(books, "city_b.deputy_leader"), None, "chair"),
        (None, unit(books, "city_b", "housing"), "unit_principal_heads"),
        (
            uid(books, "city_b.nobody"),
            unit(books, "city_b", "natural_resources"),
            "unit_principal_heads",
        ),
    ]
    assert await get_meeting(client, books, "city_b", meeting["id"]) == meeting


async def test_office_adds_an_invitee_once(client: httpx.AsyncClient, books: World) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    url = murl(books, "city_a", f"/{meeting['id']}/invitees")
    body = {"user_id": uid(books, "city_a.liaison"), "unit_id": unit(books, "city_a", "housing")}
    response = await client.post(url, json=body, headers=books.headers("city_a.office_staff"))
    assert response.status_code == 201, response.text
    added = response.json()
    assert (added["user_id"], added["unit_id"], added["basis"]) == (
        body["user_id"],
        body["unit_id"],
        "office",
    )
    assert added["display_name"] == "city-a liaison"
    assert added["attendance"] == "invited"

    again = await client.post(url, json=body, headers=books.headers("city_a.office_director"))
    problem(again, 409)
    chair = await client.post(
        url,
        json={"user_id": uid(books, "city_a.leader")},
        headers=books.headers("city_a.office_staff"),
    )
    problem(chair, 409)  # the chair is invited already
    foreign = await client.post(
        url,
        json={"user_id": uid(books, "city_b.leader")},
        headers=books.headers("city_a.office_staff"),
    )
    assert error_locations(problem(foreign, 422)) == [["body", "user_id"]]
    not_office = await client.post(
        url,
        json={"user_id": uid(books, "city_a.nobody")},
        headers=books.headers("city_a.deputy_leader"),
    )
    problem(not_office, 403)

    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert [i["user_id"] for i in fetched["invitees"]] == [
        uid(books, "city_a.leader"),
        uid(books, "city_a.deputy_leader"),
        uid(books, "city_a.liaison"),
    ]


async def test_removing_the_chair_is_409_and_someone_else_is_204(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    h = books.headers("city_a.office_staff")
    chair = invitee_of(meeting, books, "city_a.leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")

    state_conflict(
        await client.delete(
            murl(books, "city_a", f"/{meeting['id']}/invitees/{chair['id']}"), headers=h
        )
    )
    removed = await client.delete(
        murl(books, "city_a", f"/{meeting['id']}/invitees/{deputy['id']}"), headers=h
    )
    assert removed.status_code == 204, removed.text
    assert removed.content == b""
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert [i["id"] for i in fetched["invitees"]] == [chair["id"]]
    problem(
        await client.delete(
            murl(books, "city_a", f"/{meeting['id']}/invitees/{deputy['id']}"), headers=h
        ),
        404,
    )


async def test_attendance_present_absent_with_reason_represented_with_name(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    h = books.headers("city_a.office_staff")
    chair = invitee_of(meeting, books, "city_a.leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")

    def url(invitee: dict[str, Any]) -> str:
        return murl(books, "city_a", f"/{meeting['id']}/invitees/{invitee['id']}")

    present = await client.patch(url(chair), json={"attendance": "present"}, headers=h)
    assert present.status_code == 200, present.text
    assert present.json()["attendance"] == "present"
    assert present.json()["attendance_recorded_at"] is not None

    no_reason = await client.patch(url(deputy), json={"attendance": "absent"}, headers=h)
    assert error_locations(problem(no_reason, 422)) == [["body", "absence_reason"]]
    absent = await client.patch(
        url(deputy), json={"attendance": "absent", "absence_reason": "外出学习"}, headers=h
    )
    assert absent.status_code == 200, absent.text
    assert (absent.json()["attendance"], absent.json()["absence_reason"]) == ("absent", "外出学习")

    no_name = await client.patch(url(deputy), json={"attendance": "represented"}, headers=h)
    assert error_locations(problem(no_name, 422)) == [["body", "represented_by_name"]]
    represented = await client.patch(
        url(deputy),
        json={"attendance": "represented", "represented_by_name": "张副局长"},
        headers=h,
    )
    assert represented.status_code == 200, represented.text
    assert represented.json()["attendance"] == "represented"
    assert represented.json()["represented_by_name"] == "张副局长"

    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert [i["attendance"] for i in fetched["invitees"]] == ["present", "represented"]
    # Attendance is the office's to record.
    refused = await client.patch(
        url(chair), json={"attendance": "present"}, headers=books.headers("city_a.leader")
    )
    problem(refused, 403)


async def test_invitees_come_from_the_positions_held_on_the_meetings_day(
    client: httpx.AsyncClient, books: World
) -> None:
    await make_unit_head(client, books, "city_b", "nobody", "housing", valid_from="2026-06-01")
    before = await convene(client, books, "city_b.leader", "joint_meeting", "leader")
    assert [(i["user_id"], i["unit_id"]) for i in before["invitees"][1:]] == [
        (None, unit(books, "city_b", "housing")),
        (None, unit(books, "city_b", "natural_resources")),
    ]
    after = await convene(client, books, "city_b.leader", "joint_meeting", "leader", times=FUTURE)
    assert [(i["user_id"], i["unit_id"]) for i in after["invitees"][1:]] == [
        (uid(books, "city_b.nobody"), unit(books, "city_b", "housing")),
        (None, unit(books, "city_b", "natural_resources")),
    ]


async def test_a_chair_change_drops_the_former_chairs_invitation_and_invites_the_new_one(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_a.office_director", "special_meeting", "office_director"
    )
    assert [(i["user_id"], i["basis"]) for i in meeting["invitees"]] == [
        (uid(books, "city_a.office_director"), "chair")
    ]
    url = murl(books, "city_a", f"/{meeting['id']}")
    h = books.headers("city_a.office_director")
    agenda = [{"title": "并联审批", "concerned_unit_ids": [unit(books, "city_a", "housing")]}]
    response = await client.patch(
        url,
        json={"chair_id": uid(books, "city_a.deputy_leader"), "agenda_items": agenda},
        headers=h,
    )
    assert response.status_code == 200, response.text
    changed = response.json()
    assert changed["chair_id"] == uid(books, "city_a.deputy_leader")
    assert changed["agenda_items"] == [
        {
            "title": "并联审批",
            "presenting_unit_id": None,
            "concerned_unit_ids": [unit(books, "city_a", "housing")],
        }
    ]
    # The former chair was invited only as chair, with nothing recorded: no longer invited.
    assert [(i["user_id"], i["unit_id"], i["basis"]) for i in changed["invitees"]] == [
        (uid(books, "city_a.deputy_leader"), None, "chair"),
        (None, unit(books, "city_a", "housing"), "units_concerned"),
    ]
    new_chair = invitee_of(changed, books, "city_a.deputy_leader")
    state_conflict(await client.delete(f"{url}/invitees/{new_chair['id']}", headers=h))
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert fetched["invitees"] == changed["invitees"]
    # The dropped invitation is in the audit trail like any removal.
    events = await audit_events(client, books, entity_id=meeting["id"])
    (removal,) = [e for e in events if e["action"] == "meeting.invitee.remove"]
    assert removal["before"]["user_id"] == uid(books, "city_a.office_director")
    assert removal["after"] is None


async def test_a_former_chair_whose_attendance_is_recorded_stays_invited(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client,
        books,
        "city_a.office_director",
        "special_meeting",
        "office_director",
        times=FUTURE,
    )
    url = murl(books, "city_a", f"/{meeting['id']}")
    h = books.headers("city_a.office_director")
    former = invitee_of(meeting, books, "city_a.office_director")
    excused = await client.patch(
        f"{url}/invitees/{former['id']}",
        json={"attendance": "absent", "absence_reason": "赴自治区参加培训"},
        headers=books.headers("city_a.office_staff"),
    )
    assert excused.status_code == 200, excused.text
    response = await client.patch(
        url, json={"chair_id": uid(books, "city_a.deputy_leader")}, headers=h
    )
    assert response.status_code == 200, response.text
    got = [(i["user_id"], i["basis"], i["attendance"]) for i in response.json()["invitees"]]
    assert got == [
        (uid(books, "city_a.office_director"), "chair", "absent"),
        (uid(books, "city_a.deputy_leader"), "chair", "invited"),
    ]
    state_conflict(await client.delete(f"{url}/invitees/{former['id']}", headers=h))


async def test_a_former_chair_who_is_a_member_stays_invited_as_a_member_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    await entrust(client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"])
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    response = await client.patch(
        murl(books, "city_a", f"/{meeting['id']}"),
        json={"chair_id": uid(books, "city_a.deputy_leader")},
        headers=books.headers("city_a.leader"),
    )
    assert response.status_code == 200, response.text
    invitees = response.json()["invitees"]
    assert {i["user_id"] for i in invitees} == {
        uid(books, "city_a.leader"),
        uid(books, "city_a.deputy_leader"),
    }
    assert len(invitees) == 2
    assert invitee_of(response.json(), books, "city_a.leader")["basis"] == "all_members"


async def test_invitees_and_attendance_are_refused_in_states_that_do_not_allow_them(
    client: httpx.AsyncClient, books: World
) -> None:
    pending = await convene(
        client, books, "city_b.office_director", "joint_meeting", "leader", is_extra=True
    )
    assert pending["state"] == "awaiting_consent"
    h = books.headers("city_b.office_staff")
    chair = pending["invitees"][0]
    pending_url = murl(books, "city_b", f"/{pending['id']}")
    # Awaiting consent, nothing has been attended yet.
    state_conflict(
        await client.patch(
            f"{pending_url}/invitees/{chair['id']}", json={"attendance": "present"}, headers=h
        )
    )
    response = await act(client, books, "city_b.office_director", "city_b", pending, "cancel")
    assert response.status_code == 200, response.text
    state_conflict(
        await client.post(
            f"{pending_url}/invitees", json={"user_id": uid(books, "city_b.liaison")}, headers=h
        )
    )
    other = pending["invitees"][1]
    state_conflict(await client.delete(f"{pending_url}/invitees/{other['id']}", headers=h))
    state_conflict(
        await client.patch(
            f"{pending_url}/invitees/{chair['id']}", json={"attendance": "present"}, headers=h
        )
    )


async def test_nobody_is_present_or_represented_before_the_meeting_begins(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    meeting = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE
    )
    chair = invitee_of(meeting, books, "city_a.leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")
    state_conflict(
        await patch_invitee(client, books, "city_a", meeting, chair, {"attendance": "present"})
    )
    state_conflict(
        await patch_invitee(
            client,
            books,
            "city_a",
            meeting,
            deputy,
            {"attendance": "represented", "represented_by_name": "张副局长"},
        )
    )
    # An absence is excused ahead (请假), with its reason.
    no_reason = await patch_invitee(
        client, books, "city_a", meeting, deputy, {"attendance": "absent"}
    )
    assert error_locations(problem(no_reason, 422)) == [["body", "absence_reason"]]
    excused = await patch_invitee(
        client,
        books,
        "city_a",
        meeting,
        deputy,
        {"attendance": "absent", "absence_reason": "赴自治区参加培训"},
    )
    assert excused.status_code == 200, excused.text
    assert excused.json()["attendance"] == "absent"
    assert excused.json()["attendance_recorded_at"] == PINNED
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert [i["attendance"] for i in fetched["invitees"]] == ["invited", "absent"]

    # Once it has begun, the chair is present.
    pinned_clock.at = datetime(2026, 12, 20, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    present = await patch_invitee(
        client, books, "city_a", meeting, chair, {"attendance": "present"}
    )
    assert present.status_code == 200, present.text
    assert present.json()["attendance"] == "present"


async def test_an_invitee_whose_attendance_is_recorded_cannot_be_removed(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")
    recorded = await patch_invitee(
        client,
        books,
        "city_a",
        meeting,
        deputy,
        {"attendance": "absent", "absence_reason": "外出学习"},
    )
    assert recorded.status_code == 200, recorded.text
    url = murl(books, "city_a", f"/{meeting['id']}/invitees/{deputy['id']}")
    body = state_conflict(await client.delete(url, headers=books.headers("city_a.office_staff")))
    assert "absent" in body["detail"]
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert deputy["id"] in [i["id"] for i in fetched["invitees"]]
    events = await meeting_audit(
        client, books, "city_a", meeting["id"], action="meeting.invitee.remove"
    )
    assert events == []


# --- the sign-in sheet (PUT …/attendance) ---------------------------------------------------


async def test_the_office_records_the_whole_sign_in_sheet_at_once(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        agenda_items=[
            {"title": "并联审批", "concerned_unit_ids": [unit(books, "city_a", "housing")]}
        ],
    )
    chair = invitee_of(meeting, books, "city_a.leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")
    (housing,) = [i for i in meeting["invitees"] if i["user_id"] is None]
    response = await sign_in(
        client,
        books,
        "city_a",
        meeting,
        [
            {"invitee_id": chair["id"], "attendance": "present"},
            {"invitee_id": deputy["id"], "attendance": "absent", "absence_reason": "外出学习"},
            {
                "invitee_id": housing["id"],
                "attendance": "represented",
                "represented_by_name": "张副局长",
                "represented_by_user_id": uid(books, "city_a.nobody"),
            },
        ],
    )
    assert response.status_code == 200, response.text
    detail = response.json()
    assert detail["id"] == meeting["id"]
    assert detail["state"] == "scheduled"
    got = [
        (
            i["id"],
            i["attendance"],
            i["absence_reason"],
            i["represented_by_name"],
            i["represented_by_user_id"],
        )
        for i in detail["invitees"]
    ]
    assert got == [
        (chair["id"], "present", None, None, None),
        (deputy["id"], "absent", "外出学习", None, None),
        (housing["id"], "represented", None, "张副局长", uid(books, "city_a.nobody")),
    ]
    assert {i["attendance_recorded_at"] for i in detail["invitees"]} == {PINNED}
    assert invitee_of(detail, books, "city_a.leader")["display_name"] == "city-a leader"
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert fetched["invitees"] == detail["invitees"]

    # Each record is audited as one attendance event.
    events = await meeting_audit(
        client, books, "city_a", meeting["id"], action="meeting.attendance"
    )
    assert len(events) == 3
    assert {e["actor_id"] for e in events} == {uid(books, "city_a.office_staff")}
    assert {e["after"]["id"]: e["after"]["attendance"] for e in events} == {
        chair["id"]: "present",
        deputy["id"]: "absent",
        housing["id"]: "represented",
    }
    assert {e["before"]["attendance"] for e in events} == {"invited"}


async def test_a_sheet_naming_an_unknown_invitee_is_422_and_records_nothing(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    other = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    chair = invitee_of(meeting, books, "city_a.leader")
    elsewhere = invitee_of(other, books, "city_a.deputy_leader")  # another meeting's invitee
    response = await sign_in(
        client,
        books,
        "city_a",
        meeting,
        [
            {"invitee_id": chair["id"], "attendance": "present"},
            {"invitee_id": elsewhere["id"], "attendance": "present"},
            {"invitee_id": str(uuid.uuid4()), "attendance": "present"},
        ],
    )
    assert error_locations(problem(response, 422)) == [
        ["body", "records", 1, "invitee_id"],
        ["body", "records", 2, "invitee_id"],
    ]
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert {i["attendance"] for i in fetched["invitees"]} == {"invited"}
    assert (
        await meeting_audit(client, books, "city_a", meeting["id"], action="meeting.attendance")
        == []
    )


async def test_a_sheets_refused_record_is_named_by_its_index_in_the_sheet(
    client: httpx.AsyncClient, books: World
) -> None:
    """A refused record is located in the sheet, as an unknown invitee is."""
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    chair = invitee_of(meeting, books, "city_a.leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")
    no_reason = await sign_in(
        client,
        books,
        "city_a",
        meeting,
        [
            {"invitee_id": chair["id"], "attendance": "present"},
            {"invitee_id": deputy["id"], "attendance": "absent"},
        ],
    )
    assert error_locations(problem(no_reason, 422)) == [["body", "records", 1, "absence_reason"]]
    # All or none: the chair's valid record in the refused sheet is not kept either.
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert {i["attendance"] for i in fetched["invitees"]} == {"invited"}
    assert (
        await meeting_audit(client, books, "city_a", meeting["id"], action="meeting.attendance")
        == []
    )
    no_name = await sign_in(
        client,
        books,
        "city_a",
        meeting,
        [{"invitee_id": deputy["id"], "attendance": "represented"}],
    )
    assert error_locations(problem(no_name, 422)) == [["body", "records", 0, "represented_by_name"]]
    foreign = await sign_in(
        client,
        books,
        "city_a",
        meeting,
        [
            {"invitee_id": chair["id"], "attendance": "present"},
            {
                "invitee_id": deputy["id"],
                "attendance": "represented",
                "represented_by_name": "某某",
                "represented_by_user_id": uid(books, "city_b.leader"),
            },
        ],
    )
    assert error_locations(problem(foreign, 422)) == [
        ["body", "records", 1, "represented_by_user_id"]
    ]


async def test_a_sheet_before_the_meeting_begins_records_only_absences(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE
    )
    chair = invitee_of(meeting, books, "city_a.leader")
    deputy = invitee_of(meeting, books, "city_a.deputy_leader")
    early = await sign_in(
        client,
        books,
        "city_a",
        meeting,
        [
            {"invitee_id": deputy["id"], "attendance": "absent", "absence_reason": "外出学习"},
            {"invitee_id": chair["id"], "attendance": "present"},
        ],
    )
    state_conflict(early)
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert {i["attendance"] for i in fetched["invitees"]} == {"invited"}
    ahead = await sign_in(
        client,
        books,
        "city_a",
        meeting,
        [{"invitee_id": deputy["id"], "attendance": "absent", "absence_reason": "外出学习"}],
    )
    assert ahead.status_code == 200, ahead.text
    assert [i["attendance"] for i in ahead.json()["invitees"]] == ["invited", "absent"]


async def test_the_sign_in_sheet_is_the_offices_a_liaison_officer_gets_403(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    records = [
        {"invitee_id": invitee_of(meeting, books, "city_a.leader")["id"], "attendance": "present"}
    ]
    for who in ("liaison", "leader", "client_read"):
        response = await sign_in(client, books, "city_a", meeting, records, who=who)
        assert problem(response, 403)["type"] == "urn:gaiban:problem:forbidden", who
    other_office = await client.put(
        murl(books, "city_a", f"/{meeting['id']}/attendance"),
        json={"records": records},
        headers=books.headers("city_b.office_staff"),
    )
    problem(other_office, 404)
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert {i["attendance"] for i in fetched["invitees"]} == {"invited"}
    by_client = await sign_in(client, books, "city_a", meeting, records, who="client_write")
    assert by_client.status_code == 200, by_client.text


async def test_an_empty_sheet_is_422_and_a_cancelled_meetings_sheet_is_409(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    empty = await sign_in(client, books, "city_a", meeting, [])
    assert error_locations(problem(empty, 422)) == [["body", "records"]]
    response = await act(client, books, "city_a.leader", "city_a", meeting, "cancel")
    assert response.status_code == 200, response.text
    records = [
        {"invitee_id": invitee_of(meeting, books, "city_a.leader")["id"], "attendance": "present"}
    ]
    state_conflict(await sign_in(client, books, "city_a", meeting, records))


# --- states -------------------------------------------------------------------------------


async def test_the_office_records_a_past_meeting_as_held_and_then_only_corrects_its_record(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    not_office = await act(client, books, "city_a.leader", "city_a", meeting, "hold")
    problem(not_office, 403)
    response = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
    assert response.status_code == 200, response.text
    held = response.json()
    assert held["state"] == "held"
    assert held["held_recorded_at"] is not None
    assert held["sequence"] > meeting["sequence"]

    state_conflict(await act(client, books, "city_a.office_staff", "city_a", meeting, "hold"))
    state_conflict(await act(client, books, "city_a.leader", "city_a", meeting, "cancel"))
    # Until its minutes are archived, the record of a held meeting can be corrected (the day
    # it really met, judged again), but it never moves into the future.
    url = murl(books, "city_a", f"/{meeting['id']}")
    headers = books.headers("city_a.office_staff")
    corrected = await client.patch(
        url,
        json={"starts_at": "2026-03-21T09:30:00+08:00", "ends_at": "2026-03-21T11:30:00+08:00"},
        headers=headers,
    )
    assert corrected.status_code == 200, corrected.text
    assert (corrected.json()["state"], corrected.json()["starts_at"]) == (
        "held",
        "2026-03-21T01:30:00Z",
    )
    state_conflict(
        await client.patch(
            url,
            json={"starts_at": "2026-12-21T09:30:00+08:00", "ends_at": "2026-12-21T11:30:00+08:00"},
            headers=headers,
        )
    )
    assert (await get_meeting(client, books, "city_a", meeting["id"]))["state"] == "held"


async def test_a_meeting_starting_in_the_future_cannot_be_held_yet(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    meeting = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE
    )
    body = problem(await act(client, books, "city_a.office_staff", "city_a", meeting, "hold"), 409)
    assert "2026-12-20" in body["detail"]
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert (fetched["state"], fetched["held_recorded_at"]) == ("scheduled", None)
    # Once it begins (09:30 in Shanghai), it may be recorded as held.
    pinned_clock.at = datetime(2026, 12, 20, 1, 30, tzinfo=UTC)
    held = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
    assert held.status_code == 200, held.text
    assert held.json()["held_recorded_at"] == "2026-12-20T01:30:00Z"


async def test_cancelling_a_scheduled_meeting_and_then_holding_it_is_409(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    response = await act(
        client, books, "city_a.leader", "city_a", meeting, "cancel", {"reason": "议题已另行研究"}
    )
    assert response.status_code == 200, response.text
    cancelled = response.json()
    assert cancelled["state"] == "cancelled"
    assert cancelled["cancellation_reason"] == "议题已另行研究"
    assert cancelled["cancelled_at"] is not None
    assert cancelled["sequence"] > meeting["sequence"]

    state_conflict(await act(client, books, "city_a.office_staff", "city_a", meeting, "hold"))
    state_conflict(await act(client, books, "city_a.office_staff", "city_a", meeting, "cancel"))
    state_conflict(
        await client.patch(
            murl(books, "city_a", f"/{meeting['id']}"),
            json={"place": "州政府5楼会议室"},
            headers=books.headers("city_a.office_staff"),
        )
    )


async def test_cancel_needs_a_reason(client: httpx.AsyncClient, books: World) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    for body in ({}, {"reason": "   "}):
        response = await act(client, books, "city_a.leader", "city_a", meeting, "cancel", body)
        assert ["body", "reason"] in error_locations(problem(response, 422))
    assert (await get_meeting(client, books, "city_a", meeting["id"]))["state"] == "scheduled"


async def test_the_convener_withdraws_an_extra_meeting_awaiting_consent_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(
        client, books, "city_b.office_director", "joint_meeting", "deputy_leader", is_extra=True
    )
    assert meeting["state"] == "awaiting_consent"
    # Not consented to, it cannot have been held.
    state_conflict(await act(client, books, "city_b.office_staff", "city_b", meeting, "hold"))
    response = await act(client, books, "city_b.office_director", "city_b", meeting, "cancel")
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "cancelled"
    assert response.json()["consented_by"] is None
    state_conflict(await act(client, books, "city_b.leader", "city_b", meeting, "approve"))


async def test_approving_a_meeting_that_needs_no_consent_is_409(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_b.leader", "joint_meeting", "leader")
    assert meeting["state"] == "scheduled"
    state_conflict(await act(client, books, "city_b.leader", "city_b", meeting, "approve"))
    fetched = await get_meeting(client, books, "city_b", meeting["id"])
    assert (fetched["consented_by"], fetched["sequence"]) == (None, meeting["sequence"])


async def test_cancel_is_for_the_convener_and_the_office_not_another_position_holder(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await convene(
        client,
        books,
        "city_a.office_staff",
        "plenary_meeting",
        "leader",
        convener_id=uid(books, "city_a.leader"),
    )
    for who in ("city_a.deputy_leader", "city_a.liaison"):
        refused = await act(client, books, who, "city_a", first, "cancel")
        assert problem(refused, 403)["type"] == "urn:gaiban:problem:forbidden", who
    assert (await get_meeting(client, books, "city_a", first["id"]))["state"] == "scheduled"
    by_convener = await act(client, books, "city_a.leader", "city_a", first, "cancel")
    assert by_convener.status_code == 200, by_convener.text

    second = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    by_office = await act(
        client, books, "city_a.office_deputy_director", "city_a", second, "cancel"
    )
    assert by_office.status_code == 200, by_office.text
    assert by_office.json()["state"] == "cancelled"


async def test_reschedule_rejudges_a_new_chair_and_raises_sequence_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    url = murl(books, "city_a", f"/{meeting['id']}")
    h = books.headers("city_a.leader")

    refused = await client.patch(
        url, json={"chair_id": uid(books, "city_a.deputy_leader")}, headers=h
    )
    refusal(problem(refused, 403), "C-MTG-1", C_ART_8)
    unchanged = await get_meeting(client, books, "city_a", meeting["id"])
    assert (unchanged["chair_id"], unchanged["sequence"]) == (
        meeting["chair_id"],
        meeting["sequence"],
    )

    moved = await client.patch(
        url,
        json={"starts_at": "2026-03-27T15:00:00+08:00", "ends_at": "2026-03-27T17:00:00+08:00"},
        headers=h,
    )
    assert moved.status_code == 200, moved.text
    assert datetime.fromisoformat(moved.json()["starts_at"]) == datetime(
        2026, 3, 27, 7, 0, tzinfo=UTC
    )
    assert moved.json()["sequence"] > meeting["sequence"]

    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    rechaired = await client.patch(
        url, json={"chair_id": uid(books, "city_a.deputy_leader")}, headers=h
    )
    assert rechaired.status_code == 200, rechaired.text
    assert rechaired.json()["chair_id"] == uid(books, "city_a.deputy_leader")
    assert rechaired.json()["chair_delegation_id"] == delegation["id"]
    assert rechaired.json()["sequence"] > moved.json()["sequence"]


async def test_moving_to_a_day_the_chairs_entrustment_has_ended_is_refused_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    await entrust(
        client,
        books,
        "city_a.leader",
        "city_a.deputy_leader",
        ["chair:plenary_meeting"],
        valid_to="2026-06-30",
    )
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "deputy_leader")
    url = murl(books, "city_a", f"/{meeting['id']}")
    h = books.headers("city_a.office_staff")
    later = {"starts_at": "2026-09-01T09:30:00+08:00", "ends_at": "2026-09-01T11:30:00+08:00"}
    refusal(problem(await client.patch(url, json=later, headers=h), 403), "C-MTG-1", C_ART_8)
    same_day = await client.patch(
        url, json={"ends_at": "2026-03-20T12:00:00+08:00", "place": "州政务服务中心"}, headers=h
    )
    assert same_day.status_code == 200, same_day.text
    assert same_day.json()["chair_delegation_id"] == meeting["chair_delegation_id"]
    assert same_day.json()["place"] == "州政务服务中心"


async def test_reschedule_to_a_day_without_a_rulebook_is_409_and_ends_before_start_422(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    url = murl(books, "city_a", f"/{meeting['id']}")
    h = books.headers("city_a.office_staff")
    problem(
        await client.patch(
            url,
            json={"starts_at": "2019-06-01T09:30:00+08:00", "ends_at": "2019-06-01T11:30:00+08:00"},
            headers=h,
        ),
        409,
    )
    early = await client.patch(url, json={"ends_at": "2026-03-20T08:00:00+08:00"}, headers=h)
    assert error_locations(problem(early, 422)) == [["body", "ends_at"]]
    nulls = await client.patch(url, json={"title": None}, headers=h)
    assert error_locations(problem(nulls, 422)) == [["body", "title"]]
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert (fetched["starts_at"], fetched["sequence"]) == (
        meeting["starts_at"],
        meeting["sequence"],
    )


async def test_patch_by_another_position_holder_is_403(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    response = await client.patch(
        murl(books, "city_a", f"/{meeting['id']}"),
        json={"title": "改个标题"},
        headers=books.headers("city_a.deputy_leader"),
    )
    problem(response, 403)
    assert (await get_meeting(client, books, "city_a", meeting["id"]))["title"] == meeting["title"]


async def test_hold_is_refused_when_the_chairs_entrustment_was_revoked_before_the_day_c_mtg_1(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    meeting = await convene(
        client, books, "city_a.leader", "plenary_meeting", "deputy_leader", times=FAR
    )
    assert meeting["chair_delegation_id"] == delegation["id"]
    await revoke(client, books, "city_a", delegation, "2099-05-01")
    pinned_clock.at = datetime(2099, 6, 1, 4, 0, tzinfo=UTC)  # the meeting has taken place
    refused = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
    body = problem(refused, 403)
    refusal(body, "C-MTG-1", C_ART_8)
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert (fetched["state"], fetched["held_recorded_at"]) == ("scheduled", None)
    assert fetched["sequence"] == meeting["sequence"]
    # The office changes the chair to the leader; then it is held.
    rechaired = await client.patch(
        murl(books, "city_a", f"/{meeting['id']}"),
        json={"chair_id": uid(books, "city_a.leader")},
        headers=books.headers("city_a.office_staff"),
    )
    assert rechaired.status_code == 200, rechaired.text
    assert rechaired.json()["chair_delegation_id"] is None
    held = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
    assert held.status_code == 200, held.text
    assert held.json()["held_recorded_at"] == "2099-06-01T04:00:00Z"


async def test_hold_keeps_an_entrustment_revoked_only_after_the_meetings_day_c_mtg_1(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    meeting = await convene(
        client, books, "city_a.leader", "plenary_meeting", "deputy_leader", times=FAR
    )
    await revoke(client, books, "city_a", delegation, "2099-06-02")
    pinned_clock.at = datetime(2099, 6, 5, 4, 0, tzinfo=UTC)  # recorded after the revocation
    held = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
    assert held.status_code == 200, held.text
    assert held.json()["state"] == "held"
    assert held.json()["chair_delegation_id"] == delegation["id"]


async def test_patch_rejudges_the_chair_even_on_the_same_day_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    delegation = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    meeting = await convene(
        client, books, "city_a.leader", "plenary_meeting", "deputy_leader", times=FAR
    )
    await revoke(client, books, "city_a", delegation, "2099-05-01")
    url = murl(books, "city_a", f"/{meeting['id']}")
    h = books.headers("city_a.office_staff")
    refused = await client.patch(url, json={"title": "2099年第二季度全体会议"}, headers=h)
    refusal(problem(refused, 403), "C-MTG-1", C_ART_8)
    fetched = await get_meeting(client, books, "city_a", meeting["id"])
    assert (fetched["title"], fetched["sequence"]) == (meeting["title"], meeting["sequence"])
    # Moved before the revocation takes effect, the entrustment still holds.
    earlier = {"starts_at": "2099-04-30T09:30:00+08:00", "ends_at": "2099-04-30T11:30:00+08:00"}
    moved = await client.patch(url, json=earlier, headers=h)
    assert moved.status_code == 200, moved.text
    assert moved.json()["chair_delegation_id"] == delegation["id"]


async def test_moving_the_day_rejudges_the_convener_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    delegation = await entrust(
        client,
        books,
        "city_a.leader",
        "city_a.deputy_leader",
        ["convene:plenary_meeting"],
        valid_to="2026-06-30",
    )
    meeting = await convene(client, books, "city_a.deputy_leader", "plenary_meeting", "leader")
    assert meeting["convene_delegation_id"] == delegation["id"]
    url = murl(books, "city_a", f"/{meeting['id']}")
    h = books.headers("city_a.office_staff")
    later = {"starts_at": "2026-09-01T09:30:00+08:00", "ends_at": "2026-09-01T11:30:00+08:00"}
    refusal(problem(await client.patch(url, json=later, headers=h), 403), "C-MTG-1", C_ART_8)
    # On the same day the convener is not judged again.
    same_day = await client.patch(url, json={"place": "州政务服务中心"}, headers=h)
    assert same_day.status_code == 200, same_day.text
    assert same_day.json()["convene_delegation_id"] == delegation["id"]
    within = {"starts_at": "2026-06-30T09:30:00+08:00", "ends_at": "2026-06-30T11:30:00+08:00"}
    moved = await client.patch(url, json=within, headers=h)
    assert moved.status_code == 200, moved.text
    assert moved.json()["convene_delegation_id"] == delegation["id"]


async def test_moving_an_extra_meeting_keeps_the_consent_it_stands_on_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    """The office director proposed it and may convene no joint meeting (E-MTG-1); moved to
    another day, the proposal still stands on the consent given."""
    meeting = await convene(
        client, books, "city_b.office_director", "joint_meeting", "leader", is_extra=True
    )
    response = await act(client, books, "city_b.deputy_leader", "city_b", meeting, "approve")
    assert response.status_code == 200, response.text
    moved = await client.patch(
        murl(books, "city_b", f"/{meeting['id']}"),
        json={"starts_at": "2026-04-10T09:30:00+08:00", "ends_at": "2026-04-10T11:30:00+08:00"},
        headers=books.headers("city_b.office_director"),
    )
    assert moved.status_code == 200, moved.text
    body = moved.json()
    assert (body["state"], body["convene_rule"]) == ("scheduled", "E-MTG-2")
    assert body["consented_by"] == uid(books, "city_b.deputy_leader")


async def test_moving_to_a_day_of_a_later_rulebook_refreshes_the_kind_name_c_org_3(
    client: httpx.AsyncClient, books: World
) -> None:
    document = copy.deepcopy(shipped_document("changji"))
    document["effective_from"] = "2026-12-15"
    document["meeting_kinds"]["plenary_meeting"]["name"] = "领导小组全体会议"
    published = await with_if_match(
        client,
        "PUT",
        f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook",
        json=document,
        headers=books.headers("admin"),
    )
    assert published.status_code == 201, published.text
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    assert meeting["kind_name"] == "全体会议"
    url = murl(books, "city_a", f"/{meeting['id']}")
    moved = await client.patch(
        url,
        json={"starts_at": FUTURE[0], "ends_at": FUTURE[1]},
        headers=books.headers("city_a.leader"),
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["kind_name"] == "领导小组全体会议"
    assert moved.json()["rulebook_version_id"] == published.json()["id"]
    assert moved.json()["minutes_required"] is True
    back = await client.patch(
        url, json={"starts_at": PAST[0], "ends_at": PAST[1]}, headers=books.headers("city_a.leader")
    )
    assert back.status_code == 200, back.text
    assert back.json()["kind_name"] == "全体会议"
    assert back.json()["rulebook_version_id"] == meeting["rulebook_version_id"]


# --- lists and visibility -----------------------------------------------------------------


async def test_list_filters_by_kind_state_and_local_days_and_pages(
    client: httpx.AsyncClient, books: World
) -> None:
    # 07:30 in Shanghai on 2026-03-20 is still 2026-03-19 in UTC.
    early = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        times=("2026-03-20T07:30:00+08:00", "2026-03-20T08:30:00+08:00"),
    )
    special = await convene(
        client,
        books,
        "city_a.office_director",
        "special_meeting",
        "office_director",
        times=("2026-04-10T09:30:00+08:00", "2026-04-10T11:30:00+08:00"),
    )
    future = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE
    )
    response = await act(client, books, "city_a.office_staff", "city_a", special, "cancel")
    assert response.status_code == 200

    async def ids(**params: Any) -> list[str]:
        response = await client.get(
            murl(books, "city_a"), params=params, headers=books.headers("city_a.liaison")
        )
        assert response.status_code == 200, response.text
        return [m["id"] for m in response.json()["items"]]

    assert await ids() == [early["id"], special["id"], future["id"]]
    assert await ids(kind="plenary_meeting") == [early["id"], future["id"]]
    assert await ids(state="cancelled") == [special["id"]]
    assert await ids(state="scheduled", kind="special_meeting") == []
    assert await ids(**{"from": "2026-03-20", "to": "2026-03-20"}) == [early["id"]]
    assert await ids(to="2026-03-19") == []
    assert await ids(**{"from": "2026-03-21"}) == [special["id"], future["id"]]
    assert await ids(**{"from": "2026-04-10", "to": "2026-12-20"}) == [special["id"], future["id"]]

    bad = await client.get(
        murl(books, "city_a"),
        params={"from": "2026-04-01", "to": "2026-03-01"},
        headers=books.headers("city_a.liaison"),
    )
    assert error_locations(problem(bad, 422)) == [["query", "to"]]
    unknown_state = await client.get(
        murl(books, "city_a"), params={"state": "held_maybe"}, headers=books.headers("admin")
    )
    assert ["query", "state"] in error_locations(problem(unknown_state, 422))

    pages: list[str] = []
    cursor: str | None = None
    for _ in range(5):
        params: dict[str, Any] = {"limit": 1, **({"cursor": cursor} if cursor else {})}
        response = await client.get(
            murl(books, "city_a"), params=params, headers=books.headers("city_a.office_staff")
        )
        page = response.json()
        assert page["limit"] == 1
        assert len(page["items"]) == 1
        pages.append(page["items"][0]["id"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == [early["id"], special["id"], future["id"]]


async def test_minutes_required_comes_from_the_meeting_kind_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    plenary = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    special = await convene(
        client, books, "city_a.deputy_leader", "special_meeting", "deputy_leader"
    )
    regular = await convene(
        client, books, "city_a.office_director", "regular_meeting", "office_director"
    )
    joint = await convene(client, books, "city_b.leader", "joint_meeting", "leader")
    assert (plenary["minutes_required"], special["minutes_required"]) == (True, True)
    assert (regular["minutes_required"], joint["minutes_required"]) == (False, False)
    fetched = await get_meeting(client, books, "city_a", plenary["id"])
    assert fetched["minutes_required"] is True
    listed = await client.get(murl(books, "city_b"), headers=books.headers("city_b.liaison"))
    assert [m["minutes_required"] for m in listed.json()["items"]] == [False]


async def _archive_minutes(
    client: httpx.AsyncClient, world: World, meeting: dict[str, Any]
) -> None:
    """Record everyone present and archive complete minutes of a held Changji plenary."""
    detail = await get_meeting(client, world, "city_a", meeting["id"])
    records = [{"invitee_id": i["id"], "attendance": "present"} for i in detail["invitees"]]
    response = await sign_in(client, world, "city_a", meeting, records)
    assert response.status_code == 200, response.text
    draft = {
        "started_at": "2026-03-20T09:35:00+08:00",
        "ended_at": "2026-03-20T11:20:00+08:00",
        "place": "州政府3楼会议室",
        "chair": "州长（组长）",
        "agenda_items": [
            {
                "title": "研究部署下一阶段改革工作",
                "speeches": [{"speaker": "州住房和城乡建设局局长", "main_points": "汇报进展"}],
                "decisions": [{"text": "按计划推进"}],
            }
        ],
    }
    url = murl(world, "city_a", f"/{meeting['id']}/minutes")
    response = await with_if_match(
        client, "PUT", url, json=draft, headers=world.headers("city_a.office_staff")
    )
    assert response.status_code == 200, response.text
    response = await client.post(f"{url}/archive", headers=world.headers("city_a.office_director"))
    assert response.status_code == 200, response.text


async def test_list_filters_meetings_whose_minutes_are_pending_c_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    async def held(by: str, kind: str, chair: str, day: str) -> dict[str, Any]:
        meeting = await convene(
            client,
            books,
            by,
            kind,
            chair,
            times=(f"{day}T09:30:00+08:00", f"{day}T11:30:00+08:00"),
        )
        response = await act(client, books, "city_a.office_staff", "city_a", meeting, "hold")
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    pending = await held("city_a.leader", "plenary_meeting", "leader", "2026-03-20")
    archived = await held("city_a.leader", "plenary_meeting", "leader", "2026-03-20")
    await _archive_minutes(client, books, archived)
    special = await held("city_a.deputy_leader", "special_meeting", "deputy_leader", "2026-04-10")
    regular = await held(
        "city_a.office_director", "regular_meeting", "office_director", "2026-05-08"
    )
    scheduled = await convene(
        client, books, "city_a.leader", "plenary_meeting", "leader", times=FUTURE
    )
    proposed = await convene(
        client,
        books,
        "city_a.deputy_leader",
        "plenary_meeting",
        "leader",
        is_extra=True,
        times=FUTURE,
    )
    cancelled = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    response = await act(client, books, "city_a.leader", "city_a", cancelled, "cancel")
    assert response.status_code == 200, response.text

    async def ids(**params: Any) -> set[str]:
        response = await client.get(
            murl(books, "city_a"),
            params={"limit": 100, **params},
            headers=books.headers("city_a.office_staff"),
        )
        assert response.status_code == 200, response.text
        return {m["id"] for m in response.json()["items"]}

    everything = {
        m["id"] for m in (pending, archived, special, regular, scheduled, proposed, cancelled)
    }
    assert await ids() == everything
    assert await ids(minutes_pending="true") == {pending["id"], special["id"]}
    assert await ids(minutes_pending="false") == everything - {pending["id"], special["id"]}
    assert await ids(minutes_pending="true", kind="plenary_meeting") == {pending["id"]}
    assert await ids(minutes_pending="true", **{"from": "2026-04-01"}) == {special["id"]}
    assert await ids(minutes_pending="false", state="held") == {regular["id"]}
    bad = await client.get(
        murl(books, "city_a"),
        params={"minutes_pending": "perhaps"},
        headers=books.headers("city_a.office_staff"),
    )
    assert ["query", "minutes_pending"] in error_locations(problem(bad, 422))
    # A meeting kind whose rules require no minutes is never pending (Ezhou's joint meeting).
    joint = await convene(client, books, "city_b.leader", "joint_meeting", "leader")
    response = await act(client, books, "city_b.office_staff", "city_b", joint, "hold")
    assert response.status_code == 200, response.text
    pending_b = await client.get(
        murl(books, "city_b"),
        params={"minutes_pending": "true"},
        headers=books.headers("city_b.office_staff"),
    )
    assert pending_b.json()["items"] == []


async def test_another_jurisdictions_meeting_is_404(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    # Asked through another jurisdiction, even by someone who may read both.
    problem(
        await client.get(
            murl(books, "city_b", f"/{meeting['id']}"), headers=books.headers("admin")
        ),
        404,
    )
    h = books.headers("city_b.office_director")
    problem(await client.get(murl(books, "city_a", f"/{meeting['id']}"), headers=h), 404)
    problem(await client.get(murl(books, "city_a"), headers=h), 404)
    problem(await act(client, books, "city_b.office_director", "city_b", meeting, "hold"), 404)
    problem(await act(client, books, "city_b.office_director", "city_a", meeting, "cancel"), 404)
    problem(
        await client.get(murl(books, "city_a", f"/{uuid.uuid4()}"), headers=books.headers("admin")),
        404,
    )


async def test_a_county_cannot_see_the_citys_meetings_but_the_city_office_reads_the_countys(
    client: httpx.AsyncClient, books: World
) -> None:
    city = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    county = await convene(client, books, "county_a1.leader", "plenary_meeting", "leader")
    county_office = books.headers("county_a1.office_director")
    problem(await client.get(murl(books, "city_a"), headers=county_office), 404)
    problem(await client.get(murl(books, "city_a", f"/{city['id']}"), headers=county_office), 404)

    city_office = books.headers("city_a.office_staff")
    listed = await client.get(murl(books, "county_a1"), headers=city_office)
    assert listed.status_code == 200, listed.text
    assert [m["id"] for m in listed.json()["items"]] == [county["id"]]
    fetched = await get_meeting(client, books, "county_a1", county["id"], "city_a.office_staff")
    assert fetched["id"] == county["id"]
    # Reading is not running: the city office does not act in the county's meetings.
    problem(await act(client, books, "city_a.office_staff", "county_a1", county, "hold"), 403)


# --- audit --------------------------------------------------------------------------------


async def test_convening_and_approving_are_audited(client: httpx.AsyncClient, books: World) -> None:
    meeting = await convene(
        client, books, "city_b.office_director", "joint_meeting", "deputy_leader", is_extra=True
    )
    response = await act(client, books, "city_b.leader", "city_b", meeting, "approve")
    assert response.status_code == 200, response.text

    events = await meeting_audit(client, books, "city_b", meeting["id"])
    assert [e["action"] for e in events] == ["meeting.approve", "meeting.convene"]
    approve, convening = events
    assert convening["actor_id"] == uid(books, "city_b.office_director")
    assert convening["jurisdiction_id"] == str(books.places["city_b"].id)
    assert convening["before"] is None
    assert convening["after"]["state"] == "awaiting_consent"
    assert convening["delegation_id"] is None
    assert approve["actor_id"] == uid(books, "city_b.leader")
    assert approve["before"]["state"] == "awaiting_consent"
    assert approve["after"]["state"] == "scheduled"
    assert approve["after"]["consented_by"] == uid(books, "city_b.leader")
    only = await meeting_audit(client, books, "city_b", meeting["id"], action="meeting.approve")
    assert [e["id"] for e in only] == [approve["id"]]


async def test_an_entrusted_convening_carries_its_delegation_in_the_audit_event_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    delegation = await entrust(
        client,
        books,
        "city_a.leader",
        "city_a.deputy_leader",
        ["convene:plenary_meeting", "chair:plenary_meeting"],
    )
    meeting = await convene(
        client, books, "city_a.deputy_leader", "plenary_meeting", "deputy_leader"
    )
    assert meeting["convene_delegation_id"] == delegation["id"]
    assert meeting["chair_delegation_id"] == delegation["id"]
    (event,) = await meeting_audit(client, books, "city_a", meeting["id"], action="meeting.convene")
    assert event["delegation_id"] == delegation["id"]
    assert event["actor_id"] == uid(books, "city_a.deputy_leader")
    assert event["after"]["convene_delegation_id"] == delegation["id"]

    # Convened in one's own right, the event names no delegation.
    own = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    (plain,) = await meeting_audit(client, books, "city_a", own["id"], action="meeting.convene")
    assert plain["delegation_id"] is None
