"""Incoming documents through HTTP (呈批/报备, CO-DOC-3): a unit or a county's office sends a
document to the leading group or its office for approval or filing; it goes through the office,
which decides an ordinary one addressed to it or submits it on (呈批); a major matter goes on to
the leader alone. Every hand-over is in the history and the audit trail; refusals name the rule;
wrong states are conflicts; who sees what — a county's document read through its own
jurisdiction, nothing across trees.

World (tests/factories.py): city_a ── county_a1, and city_b; each place's `liaison` is the
liaison officer of its housing unit.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import text

from app.db import Database
from app.domain.organisation import PositionRole
from app.schemas.positions import PositionCreate
from app.schemas.users import UserCreateWithPassword
from app.services import positions, users
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import PINNED_NOW, FixedClock
from tests.factories import PASSWORD, SINCE, World

ARTICLE_TWELVE = "附件2《昌吉州工程建设项目审批制度改革领导小组办公室工作细则》 第十二条"


def url(world: World, place: str, document: str | None = None, act: str | None = None) -> str:
    base = f"/v1/jurisdictions/{world.places[place].id}/incoming-documents"
    if document is not None:
        base += f"/{document}"
    if act is not None:
        base += f"/{act}"
    return base


async def send(
    client: httpx.AsyncClient,
    world: World,
    who: str = "city_a.liaison",
    place: str = "city_a",
    **body: Any,
) -> httpx.Response:
    payload = {
        "title": "关于优化施工许可办理流程的请示",
        "body": "请示如下……",
        "purpose": "approval",
        "addressee": "office",
        **body,
    }
    return await client.post(url(world, place), json=payload, headers=world.headers(who))


async def sent(client: httpx.AsyncClient, world: World, **body: Any) -> str:
    response = await send(client, world, **body)
    assert response.status_code == 201, response.text
    document_id: str = response.json()["id"]
    return document_id


DEFAULTS: dict[str, dict[str, Any]] = {
    "forward": {"note": "呈领导审批"},
    "approve": {"note": "同意"},
    "file": {"note": "已备案"},
    "return": {"reason": "请补充材料"},
}


async def act(
    client: httpx.AsyncClient,
    world: World,
    who: str,
    document: str,
    name: str,
    body: dict[str, Any] | None = None,
    place: str = "city_a",
) -> httpx.Response:
    return await client.post(
        url(world, place, document, name),
        json=DEFAULTS[name] if body is None else body,
        headers=world.headers(who),
    )


async def done(
    client: httpx.AsyncClient, world: World, who: str, document: str, name: str, **kw: Any
) -> dict[str, Any]:
    response = await act(client, world, who, document, name, **kw)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def read(
    client: httpx.AsyncClient, world: World, who: str, document: str, place: str = "city_a"
) -> dict[str, Any]:
    response = await client.get(url(world, place, document), headers=world.headers(who))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def listed(
    client: httpx.AsyncClient, world: World, who: str, place: str = "city_a", **params: Any
) -> list[str]:
    response = await client.get(
        url(world, place), params={"limit": 200, **params}, headers=world.headers(who)
    )
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def history(document: dict[str, Any]) -> list[tuple[int, str, str | None, str, str, str]]:
    return [
        (e["position"], e["act"], e["from_state"], e["to_state"], e["by_name"], e["note"])
        for e in document["history"]
    ]


def refused(response: httpx.Response) -> dict[str, Any]:
    body = problem(response, 403)
    assert body["type"] == "urn:gaiban:problem:governance-refusal"
    assert body["rule"] == "CO-DOC-3"
    assert ARTICLE_TWELVE in body["source"]
    assert "统一由领导小组办公室呈批" in body["source"]
    return body


# --- the whole way ---------------------------------------------------------------------------


async def test_a_unit_sends_for_approval_and_the_office_director_approves_it(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    response = await send(client, world, sender_number="昌州住建〔2026〕12号")
    assert response.status_code == 201, response.text
    created = response.json()
    document = created["id"]
    housing = str(world.places["city_a"].unit_ids["housing"])
    assert created["jurisdiction_id"] == str(world.places["city_a"].id)
    assert (created["sender_unit_id"], created["sender_unit_name"]) == (housing, "住房和城乡建设局")
    assert created["sender_jurisdiction_id"] is None
    assert created["sender_number"] == "昌州住建〔2026〕12号"
    assert created["submitted_by"] == str(world.places["city_a"].user_ids["liaison"])
    assert datetime.fromisoformat(created["submitted_at"]) == PINNED_NOW
    assert (created["state"], created["purpose"], created["addressee"]) == (
        "with_office",
        "approval",
        "office",
    )
    assert (created["is_major"], created["needs_leadership"]) == (False, False)
    assert (created["rule"], created["body"]) == ("CO-DOC-3", "请示如下……")
    assert history(created) == [(1, "submit", None, "with_office", "city-a liaison", "")]
    # The answer is built without reading the new document back: it is what a read answers.
    assert await read(client, world, "city_a.liaison", document) == created

    pinned_clock.at = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    approved = await done(client, world, "city_a.office_director", document, "approve")
    assert approved["state"] == "approved"
    assert approved["state_changed_at"] == "2026-12-02T02:00:00Z"
    seen = await read(client, world, "city_a.liaison", document)
    assert seen == approved
    assert history(seen) == [
        (1, "submit", None, "with_office", "city-a liaison", ""),
        (2, "approve", "with_office", "approved", "city-a office_director", "同意"),
    ]
    assert seen["history"][-1]["at"] == "2026-12-02T02:00:00Z"

    events = await audit_events(client, world, entity_type="incoming_document")
    assert [(e["action"], e["entity_id"]) for e in reversed(events)] == [
        ("incoming_document.submit", document),
        ("incoming_document.approve", document),
    ]
    submit, approve = reversed(events)
    assert submit["before"] is None
    assert submit["after"] == {k: v for k, v in created.items() if k != "history"}
    assert (approve["before"]["state"], approve["after"]["state"]) == ("with_office", "approved")
    assert approve["jurisdiction_id"] == str(world.places["city_a"].id)
    assert approve["actor_id"] == str(world.places["city_a"].user_ids["office_director"])


async def test_a_deputy_director_decides_an_ordinary_document_addressed_to_the_office(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    approval, filing, returned = (
        await sent(client, world),
        await sent(client, world, purpose="filing"),
        await sent(client, world),
    )
    deputy = "city_a.office_deputy_director"
    assert (await done(client, world, deputy, approval, "approve"))["state"] == "approved"
    assert (await done(client, world, deputy, filing, "file"))["state"] == "filed"
    after = await done(client, world, deputy, returned, "return")
    assert after["state"] == "returned"
    assert history(after)[-1][1:] == (
        "return",
        "with_office",
        "returned",
        "city-a office_deputy_director",
        "请补充材料",
    )


async def test_office_staff_submit_on_but_do_not_decide_or_return(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    document = await sent(client, world)
    filing = await sent(client, world, purpose="filing")
    staff = "city_a.office_staff"
    body = refused(await act(client, world, staff, document, "approve"))
    assert "director" in body["detail"]
    refused(await act(client, world, staff, document, "return"))
    refused(await act(client, world, staff, filing, "file"))
    assert (await read(client, world, staff, document))["state"] == "with_office"

    forwarded = await done(client, world, staff, document, "forward")
    assert forwarded["state"] == "with_leader"
    assert history(forwarded)[-1][1:] == (
        "forward",
        "with_office",
        "with_leader",
        "city-a office_staff",
        "呈领导审批",
    )
    # Submitted on, it is the leadership's: the office's director no longer decides it.
    refused(await act(client, world, "city_a.office_director", document, "approve"))
    after = await done(client, world, "city_a.deputy_leader", document, "approve")
    assert [h[1] for h in history(after)] == ["submit", "forward", "approve"]


async def test_a_major_matter_goes_through_the_office_to_the_leader_alone(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    document = await sent(client, world, is_major=True)
    assert (await read(client, world, "city_a.liaison", document))["needs_leadership"] is True
    # The office does not decide it, not even its director; nor does the leader reach past it.
    for who in ("city_a.office_director", "city_a.office_deputy_director", "city_a.leader"):
        body = refused(await act(client, world, who, document, "approve"))
        assert "重大事项报领导小组组长审阅" in body["detail"]
    forwarded = await done(client, world, "city_a.office_staff", document, "forward")
    assert forwarded["state"] == "with_leader"
    # With the leadership: neither a deputy leader nor the office approves or returns it.
    for who in ("city_a.deputy_leader", "city_a.office_director"):
        for name in ("approve", "return"):
            body = refused(await act(client, world, who, document, name))
    assert "leader" in body["detail"]
    problem(await act(client, world, "city_a.liaison", document, "approve"), 403)
    problem(await act(client, world, "city_b.leader", document, "approve"), 404)
    approved = await done(
        client, world, "city_a.leader", document, "approve", body={"note": "同意"}
    )
    assert [h[1:5] for h in history(approved)] == [
        ("submit", None, "with_office", "city-a liaison"),
        ("forward", "with_office", "with_leader", "city-a office_staff"),
        ("approve", "with_leader", "approved", "city-a leader"),
    ]


async def test_the_leader_returns_a_major_matter_submitted_on(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    document = await sent(client, world, is_major=True, purpose="filing")
    await done(client, world, "city_a.office_staff", document, "forward")
    refused(await act(client, world, "city_a.deputy_leader", document, "file"))
    returned = await done(client, world, "city_a.leader", document, "return")
    assert (returned["state"], returned["history"][-1]["note"]) == ("returned", "请补充材料")


@pytest.mark.parametrize(
    ("who", "name", "state"),
    [
        ("city_a.leader", "approve", "approved"),
        ("city_a.deputy_leader", "approve", "approved"),
        ("city_a.deputy_leader", "return", "returned"),
    ],
)
async def test_a_document_addressed_to_the_leading_group_is_submitted_on_and_decided_by_it(
    client: httpx.AsyncClient,
    world: World,
    pinned_clock: FixedClock,
    who: str,
    name: str,
    state: str,
) -> None:
    document = await sent(client, world, addressee="leading_group")
    body = refused(await act(client, world, "city_a.office_director", document, "approve"))
    assert "leading group" in body["detail"]
    await done(client, world, "city_a.office_deputy_director", document, "forward")
    refused(await act(client, world, "city_a.office_director", document, name))
    decided = await done(client, world, who, document, name)
    assert decided["state"] == state
    # Named by display name (issue 19): city_a.leader is "city-a leader".
    assert decided["history"][-1]["by_name"] == who.replace("_a", "-a", 1).replace(".", " ")


async def test_the_office_returns_an_incomplete_document_before_submitting_it_on(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    document = await sent(client, world, is_major=True, addressee="leading_group")
    refused(await act(client, world, "city_a.leader", document, "return"))  # still with the office
    returned = await done(client, world, "city_a.office_director", document, "return")
    assert returned["state"] == "returned"


async def test_a_filing_is_filed_and_never_approved_nor_a_request_filed(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    filing = await sent(client, world, purpose="filing", title="关于某项目备案的报告")
    body = problem(await act(client, world, "city_a.office_director", filing, "approve"), 422)
    assert "filing" in body["detail"]
    request = await sent(client, world)
    body = problem(await act(client, world, "city_a.office_director", request, "file"), 422)
    assert "approval" in body["detail"]
    filed = await done(client, world, "city_a.office_director", filing, "file")
    assert (filed["state"], filed["history"][-1]["note"]) == ("filed", "已备案")
    # A purpose mismatch is a 422 whatever the state, and before whether the caller may.
    problem(await act(client, world, "city_a.office_director", filing, "approve"), 422)
    problem(await act(client, world, "city_a.deputy_leader", request, "file"), 422)
    for document in (filing, request):
        assert len((await read(client, world, "city_a.office_staff", document))["history"]) == (
            2 if document == filing else 1
        )


# Who takes each act, on an ordinary approval request addressed to the office.
WHO = {
    "forward": "city_a.office_staff",
    "approve": "city_a.office_director",
    "file": "city_a.office_director",
    "return": "city_a.office_director",
}
ACTS = ("forward", "approve", "return")
ALLOWED_IN = {
    "with_office": {"forward", "approve", "return"},
    "with_leader": {"approve", "return"},
    "approved": set(),
    "returned": set(),
}
ROUTE_TO = {"with_office": (), "with_leader": ("forward",), "approved": ("approve",)}
ROUTE_TO["returned"] = ("return",)


@pytest.mark.parametrize("state", list(ALLOWED_IN))
async def test_every_act_the_state_does_not_allow_is_a_conflict(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock, state: str
) -> None:
    for name in ACTS:
        if name in ALLOWED_IN[state]:
            continue
        document = await sent(client, world)
        for step in ROUTE_TO[state]:
            await done(client, world, WHO[step], document, step)
        before = await read(client, world, "city_a.office_staff", document)
        assert before["state"] == state
        who = "city_a.leader" if state != "with_office" else WHO[name]
        body = problem(await act(client, world, who, document, name), 409)
        assert body["type"] == "urn:gaiban:problem:state-conflict"
        assert state in body["detail"]
        assert await read(client, world, "city_a.office_staff", document) == before


async def test_a_filed_document_is_final(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    filing = await sent(client, world, purpose="filing")
    await done(client, world, "city_a.office_director", filing, "file")
    for name in ("forward", "file", "return"):
        body = problem(await act(client, world, WHO[name], filing, name), 409)
        assert "filed" in body["detail"]


# --- a county sends upward -------------------------------------------------------------------


async def test_a_county_office_sends_upward_and_follows_it_through_its_own_jurisdiction(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    response = await send(
        client,
        world,
        who="county_a1.office_director",
        place="county_a1",
        to="parent",
        purpose="filing",
        addressee="leading_group",
    )
    assert response.status_code == 201, response.text
    created = response.json()
    document = created["id"]
    assert created["jurisdiction_id"] == str(world.places["city_a"].id)
    assert created["sender_jurisdiction_id"] == str(world.places["county_a1"].id)
    assert created["sender_jurisdiction_name"] == "county_a1"
    assert created["sender_unit_id"] is None
    county = "county_a1.office_staff"
    assert await read(client, world, county, document, "county_a1") == created

    assert await listed(client, world, county, "county_a1", direction="sent") == [document]
    assert await listed(client, world, county, "county_a1") == []  # received by the county: none
    assert document in await listed(client, world, "city_a.office_staff")
    assert await listed(client, world, "city_a.office_staff", direction="sent") == []

    # The county only follows it: the city's leading group handles it.
    for name in ("forward", "file", "return"):
        body = refused(await act(client, world, county, document, name, place="county_a1"))
        assert "leading group above" in body["detail"]
    problem(await act(client, world, "county_a1.leader", document, "file", place="county_a1"), 404)
    await done(client, world, "city_a.office_staff", document, "forward")
    await done(client, world, "city_a.deputy_leader", document, "file")

    seen = await read(client, world, county, document, "county_a1")
    assert seen["state"] == "filed"
    assert [h[1:5] for h in history(seen)] == [
        ("submit", None, "with_office", "county-a1 office_director"),
        ("forward", "with_office", "with_leader", "city-a office_staff"),
        ("file", "with_leader", "filed", "city-a deputy_leader"),
    ]
    assert await read(client, world, "city_a.office_director", document) == seen
    # The city's office also reaches it through the county (it supervises the county).
    assert await read(client, world, "city_a.office_staff", document, "county_a1") == seen
    events = await audit_events(client, world, entity_id=document)
    assert {e["jurisdiction_id"] for e in events} == {str(world.places["city_a"].id)}
    assert sorted(e["action"] for e in events) == [
        "incoming_document.file",
        "incoming_document.forward",
        "incoming_document.submit",
    ]


async def test_only_a_county_office_sends_upward_and_only_where_there_is_one_above(
    client: httpx.AsyncClient, world: World
) -> None:
    refused(await send(client, world, who="county_a1.liaison", place="county_a1", to="parent"))
    refused(await send(client, world, who="county_a1.leader", place="county_a1", to="parent"))
    body = problem(
        await send(client, world, who="city_a.office_director", place="city_a", to="parent"), 422
    )
    assert ["body", "to"] in error_locations(body)
    body = problem(
        await send(
            client,
            world,
            who="county_a1.office_staff",
            place="county_a1",
            to="parent",
            unit_id=str(world.places["county_a1"].unit_ids["housing"]),
        ),
        422,
    )
    assert ["body", "unit_id"] in error_locations(body)


# --- who sees what ---------------------------------------------------------------------------


async def test_a_county_document_is_invisible_outside_its_senders_and_receivers(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    document = await sent(
        client, world, who="county_a1.office_staff", place="county_a1", to="parent"
    )
    for who, place in (
        ("city_b.office_director", "city_b"),  # another tree, through its own path
        ("admin", "city_b"),  # a real document, reached through a jurisdiction that has not it
        ("city_a.liaison", "city_a"),  # a unit of the city: not its document
        ("county_a1.liaison", "county_a1"),  # the county's unit: the office sent it
        ("county_a1.leader", "county_a1"),
        ("county_a1.deputy_leader", "county_a1"),
    ):
        problem(await client.get(url(world, place, document), headers=world.headers(who)), 404)
        for direction in ("sent", "received"):
            assert document not in await listed(client, world, who, place, direction=direction)
    # The county's office through the city's path: it does not see the city at all.
    problem(
        await client.get(
            url(world, "city_a", document), headers=world.headers("county_a1.office_staff")
        ),
        404,
    )


async def test_a_county_does_not_see_the_citys_documents(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    document = await sent(client, world)
    for who in ("county_a1.office_director", "county_a1.leader", "county_a1.client_read"):
        problem(await client.get(url(world, "city_a", document), headers=world.headers(who)), 404)
        problem(
            await client.get(url(world, "county_a1", document), headers=world.headers(who)), 404
        )
        assert await listed(client, world, who, "county_a1") == []
    problem(
        await act(client, world, "county_a1.office_director", document, "forward", place="city_a"),
        404,
    )


async def test_the_sending_units_people_see_their_units_documents_and_no_others(
    client: httpx.AsyncClient, world: World, database: Database, pinned_clock: FixedClock
) -> None:
    place = world.places["city_a"]
    async with database.sessionmaker() as session, session.begin():
        other = await users.create_with_password(
            session,
            UserCreateWithPassword(
                username="city-a.nr_head",
                display_name="自然资源局局长",
                password=SecretStr(PASSWORD),
                jurisdiction_id=place.id,
            ),
        )
        await positions.create(
            session,
            None,
            place.id,
            PositionCreate(
                user_id=other.id,
                role=PositionRole.unit_head,
                unit_id=place.unit_ids["natural_resources"],
                valid_from=SINCE,
            ),
        )
        # A member of the leading group: sees the jurisdiction, not the documents sent to it.
        await positions.create(
            session,
            None,
            place.id,
            PositionCreate(
                user_id=place.user_ids["nobody"], role=PositionRole.member, valid_from=SINCE
            ),
        )
    nr_head = {"Authorization": f"Bearer {world.tokens.issue(f'user:{other.id}')[0]}"}
    housing = await sent(client, world)
    response = await client.post(
        url(world, "city_a"),
        json={"title": "自然资源局报告", "body": "……", "purpose": "filing", "addressee": "office"},
        headers=nr_head,
    )
    assert response.status_code == 201, response.text
    theirs = response.json()["id"]
    assert response.json()["sender_unit_name"] == "自然资源局"

    assert await listed(client, world, "city_a.liaison") == [housing]
    nr_unit = str(place.unit_ids["natural_resources"])
    assert await listed(client, world, "city_a.liaison", unit_id=nr_unit) == []
    response = await client.get(url(world, "city_a"), params={"limit": 200}, headers=nr_head)
    assert [i["id"] for i in response.json()["items"]] == [theirs]
    problem(await client.get(url(world, "city_a", housing), headers=nr_head), 404)
    problem(
        await client.get(url(world, "city_a", theirs), headers=world.headers("city_a.liaison")), 404
    )
    # A unit's people do not handle documents.
    refused(await act(client, world, "city_a.liaison", housing, "forward"))
    # The office, the leadership, read clients and admins see both; a member of the leading
    # group, nothing.
    for who in (
        "city_a.office_staff",
        "city_a.leader",
        "city_a.deputy_leader",
        "city_a.client_read",
        "admin",
    ):
        assert sorted(await listed(client, world, who)) == sorted([housing, theirs]), who
        await read(client, world, who, theirs)
    assert await listed(client, world, "city_a.nobody") == []
    problem(
        await client.get(url(world, "city_a", housing), headers=world.headers("city_a.nobody")),
        404,
    )
    # The city's office reads the city's documents through the county path: not there.
    problem(
        await client.get(
            url(world, "county_a1", housing), headers=world.headers("city_a.office_staff")
        ),
        404,
    )


async def test_lists_filter_by_state_purpose_major_and_unit(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    made = []
    for minute, extra in enumerate(({}, {"is_major": True}, {"purpose": "filing"})):
        pinned_clock.at = datetime(2026, 12, 1, 4, minute, tzinfo=UTC)
        made.append(await sent(client, world, **extra))
    ordinary, major, filing = made
    await done(client, world, "city_a.office_staff", major, "forward")
    office = "city_a.office_staff"
    assert await listed(client, world, office, state="with_leader") == [major]
    assert await listed(client, world, office, state="with_office") == [filing, ordinary]
    assert await listed(client, world, office, purpose="filing") == [filing]
    assert await listed(client, world, office, purpose="approval") == [major, ordinary]
    assert await listed(client, world, office, is_major="true") == [major]
    assert await listed(client, world, office, is_major="false") == [filing, ordinary]
    housing = str(world.places["city_a"].unit_ids["housing"])
    nr = str(world.places["city_a"].unit_ids["natural_resources"])
    assert await listed(client, world, office, unit_id=housing) == [filing, major, ordinary]
    assert await listed(client, world, office, unit_id=nr) == []
    assert await listed(client, world, "city_a.liaison", is_major="true", unit_id=housing) == [
        major
    ]


async def test_lists_page_newest_first_with_a_cursor(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    made = []
    for minute in range(5):
        pinned_clock.at = datetime(2026, 12, 1, 4, minute, tzinfo=UTC)
        made.append(await sent(client, world))
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(
            url(world, "city_a"), params=params, headers=world.headers("city_a.office_staff")
        )
        assert response.status_code == 200, response.text
        seen += [i["id"] for i in response.json()["items"]]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(made))


# --- who sends -------------------------------------------------------------------------------


async def test_only_a_units_post_holders_or_a_county_office_send_co_doc_3(
    client: httpx.AsyncClient, world: World
) -> None:
    for who in ("city_a.leader", "city_a.office_director", "city_a.deputy_leader"):
        refused(await send(client, world, who=who))
    natural_resources = str(world.places["city_a"].unit_ids["natural_resources"])
    refused(await send(client, world, unit_id=natural_resources))
    # Machines and administrators hold no post.
    for who in ("city_a.client_write", "admin"):
        refused(await send(client, world, who=who))
    problem(await send(client, world, who="city_b.liaison"), 404)
    problem(await send(client, world, who="city_a.nobody"), 404)  # holds no post: sees nothing


async def test_someone_holding_posts_for_two_units_names_the_unit(
    client: httpx.AsyncClient, world: World, database: Database, pinned_clock: FixedClock
) -> None:
    place = world.places["city_a"]
    async with database.sessionmaker() as session, session.begin():
        await positions.create(
            session,
            None,
            place.id,
            PositionCreate(
                user_id=place.user_ids["liaison"],
                role=PositionRole.information_officer,
                unit_id=place.unit_ids["natural_resources"],
                valid_from=SINCE,
            ),
        )
    body = problem(await send(client, world), 422)
    assert ["body", "unit_id"] in error_locations(body)
    response = await send(client, world, unit_id=str(place.unit_ids["natural_resources"]))
    assert response.status_code == 201, response.text
    assert response.json()["sender_unit_name"] == "自然资源局"


async def test_a_deactivated_unit_sends_no_document(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    unit = world.places["city_a"].unit_ids["housing"]
    response = await client.patch(
        f"/v1/jurisdictions/{world.places['city_a'].id}/units/{unit}",
        json={"is_active": False},
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    body = problem(await send(client, world), 409)
    assert "no longer a member unit" in body["detail"]
    problem(await send(client, world, unit_id=str(unit)), 409)


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "location"),
    [
        ({"unexpected": 1}, ["body", "unexpected"]),
        ({"title": "x" * 301}, ["body", "title"]),
        ({"title": "   "}, ["body", "title"]),
        ({"body": ""}, ["body", "body"]),
        ({"body": "x" * 20_001}, ["body", "body"]),
        ({"purpose": "review"}, ["body", "purpose"]),
        ({"purpose": None}, ["body", "purpose"]),
        ({"addressee": "leader"}, ["body", "addressee"]),
        ({"is_major": "perhaps"}, ["body", "is_major"]),
        ({"sender_number": ""}, ["body", "sender_number"]),
        ({"sender_number": "号" * 121}, ["body", "sender_number"]),
        ({"to": "child"}, ["body", "to"]),
        ({"unit_id": "not-a-uuid"}, ["body", "unit_id"]),
    ],
)
async def test_a_malformed_document_is_a_validation_problem(
    client: httpx.AsyncClient, world: World, extra: dict[str, Any], location: list[str]
) -> None:
    body = problem(await send(client, world, **extra), 422)
    assert location in error_locations(body)


async def test_a_document_needs_its_purpose_and_addressee(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        url(world, "city_a"),
        json={"title": "t", "body": "b"},
        headers=world.headers("city_a.liaison"),
    )
    locations = error_locations(problem(response, 422))
    assert ["body", "purpose"] in locations
    assert ["body", "addressee"] in locations


async def test_bad_references_bodies_and_characters_are_validation_problems(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    elsewhere = str(world.places["city_b"].unit_ids["housing"])
    body = problem(await send(client, world, unit_id=elsewhere), 422)
    assert ["body", "unit_id"] in error_locations(body)
    problem(await send(client, world, body="请示\x00"), 422)
    document = await sent(client, world)
    for name, payload, location in (
        ("return", {}, ["body", "reason"]),
        ("return", {"reason": "   "}, ["body", "reason"]),
        ("forward", {"note": "x", "to": "leader"}, ["body", "to"]),
        ("approve", {"note": "x" * 2001}, ["body", "note"]),
        ("file", {"note": 3}, ["body", "note"]),
    ):
        who = WHO[name]
        body = problem(await act(client, world, who, document, name, payload), 422)
        assert location in error_locations(body), (name, payload)
    assert (await read(client, world, "city_a.liaison", document))["state"] == "with_office"
    problem(
        await client.get(url(world, "city_a", "not-a-uuid"), headers=world.headers("admin")), 422
    )
    for params in ({"direction": "up"}, {"state": "lost"}, {"purpose": "x"}, {"unit_id": "x"}):
        problem(
            await client.get(url(world, "city_a"), params=params, headers=world.headers("admin")),
            422,
        )
    problem(
        await client.get(url(world, "city_a", str(uuid.uuid4())), headers=world.headers("admin")),
        404,
    )
    problem(await act(client, world, "city_a.office_director", str(uuid.uuid4()), "approve"), 404)


async def test_the_hand_over_history_cannot_be_changed_in_the_database(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock, database: Database
) -> None:
    await sent(client, world)
    for statement in (
        "UPDATE incoming_document_events SET note = 'x'",
        "DELETE FROM incoming_document_events",
    ):
        with pytest.raises(Exception, match="append-only"):
            async with database.engine.begin() as connection:
                await connection.execute(text(statement))
