"""Major-matter reports through HTTP (CO-RPT-2, CO-DOC-3): a unit or a county's office sends,
the office consolidates and forwards (呈报) or returns, the leader reviews (审阅), the sender sees
the state and every hand-over; wrong-state acts, refusals naming the rule, and who sees what —
a county's matter read through its own jurisdiction, nothing across trees.

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

CHANGJI_OFFICE_RULES = "附件2《昌吉州工程建设项目审批制度改革领导小组办公室工作细则》"


def url(world: World, place: str, matter: str | None = None, act: str | None = None) -> str:
    base = f"/v1/jurisdictions/{world.places[place].id}/major-matters"
    if matter is not None:
        base += f"/{matter}"
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
    payload = {"title": "园区并联审批系统对接延期", "body": "请示如下……", **body}
    return await client.post(url(world, place), json=payload, headers=world.headers(who))


async def sent(client: httpx.AsyncClient, world: World, **body: Any) -> str:
    response = await send(client, world, **body)
    assert response.status_code == 201, response.text
    matter_id: str = response.json()["id"]
    return matter_id


async def act(
    client: httpx.AsyncClient,
    world: World,
    who: str,
    matter: str,
    name: str,
    body: dict[str, Any] | None = None,
    place: str = "city_a",
) -> httpx.Response:
    defaults = {
        "forward": {"note": "呈组长审阅"},
        "review": {"comment": "同意，请办公室督办"},
        "return": {"reason": "请补充情况说明"},
        "resubmit": {"body": "补充后的请示……"},
    }
    return await client.post(
        url(world, place, matter, name),
        json=defaults[name] if body is None else body,
        headers=world.headers(who),
    )


async def read(
    client: httpx.AsyncClient, world: World, who: str, matter: str, place: str = "city_a"
) -> dict[str, Any]:
    response = await client.get(url(world, place, matter), headers=world.headers(who))
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


def history(matter: dict[str, Any]) -> list[tuple[str, str | None, str, str, str]]:
    return [
        (e["act"], e["from_state"], e["to_state"], e["by_name"], e["note"])
        for e in matter["history"]
    ]


def refused(response: httpx.Response, rule: str) -> dict[str, Any]:
    body = problem(response, 403)
    assert body["rule"] == rule
    assert CHANGJI_OFFICE_RULES in body["source"]
    return body


# --- the whole way ---------------------------------------------------------------------------


async def test_a_unit_sends_the_office_forwards_the_leader_reviews_and_the_sender_follows_it(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    response = await send(client, world, urgency="urgent")
    assert response.status_code == 201, response.text
    created = response.json()
    matter = created["id"]
    housing = str(world.places["city_a"].unit_ids["housing"])
    assert created["jurisdiction_id"] == str(world.places["city_a"].id)
    assert (created["sender_unit_id"], created["sender_unit_name"]) == (housing, "住房和城乡建设局")
    assert created["sender_jurisdiction_id"] is None
    assert created["submitted_by"] == str(world.places["city_a"].user_ids["liaison"])
    assert datetime.fromisoformat(created["submitted_at"]) == PINNED_NOW
    assert (created["state"], created["urgency"], created["rule"]) == (
        "submitted",
        "urgent",
        "CO-RPT-2",
    )
    assert history(created) == [("submit", None, "submitted", "city-a liaison", "")]
    # The answer is built without reading the new matter back: it is what a read answers, and
    # what the audit trail keeps.
    assert await read(client, world, "city_a.liaison", matter) == created
    (submitted,) = await audit_events(client, world, entity_id=matter)
    assert submitted["after"] == {k: v for k, v in created.items() if k != "history"}

    pinned_clock.at = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    response = await act(client, world, "city_a.office_staff", matter, "forward")
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "forwarded"
    seen = await read(client, world, "city_a.liaison", matter)
    assert seen["state"] == "forwarded"
    assert history(seen)[-1] == (
        "forward",
        "submitted",
        "forwarded",
        "city-a office_staff",
        "呈组长审阅",
    )
    assert seen["history"][-1]["at"] == "2026-12-02T02:00:00Z"
    assert seen["consolidation_id"] is not None

    # With the leader for review: the leader and the deputies see it in their list.
    assert matter in await listed(client, world, "city_a.leader", state="forwarded")
    assert matter in await listed(client, world, "city_a.deputy_leader", urgency="urgent")
    assert matter not in await listed(client, world, "city_a.leader", state="submitted")

    response = await act(client, world, "city_a.leader", matter, "review")
    assert response.status_code == 200, response.text
    seen = await read(client, world, "city_a.liaison", matter)
    assert seen["state"] == "reviewed"
    assert [h[:4] for h in history(seen)] == [
        ("submit", None, "submitted", "city-a liaison"),
        ("forward", "submitted", "forwarded", "city-a office_staff"),
        ("review", "forwarded", "reviewed", "city-a leader"),
    ]
    assert seen["history"][-1]["note"] == "同意，请办公室督办"

    events = await audit_events(client, world, entity_type="major_matter", entity_id=matter)
    assert sorted(e["action"] for e in events) == [
        "major_matter.forward",
        "major_matter.review",
        "major_matter.submit",
    ]
    review = next(e for e in events if e["action"] == "major_matter.review")
    assert (review["before"]["state"], review["after"]["state"]) == ("forwarded", "reviewed")
    assert review["jurisdiction_id"] == str(world.places["city_a"].id)


async def test_the_office_consolidates_several_matters_into_one_forwarding(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    first, second, third = [await sent(client, world, title=f"事项{n}") for n in range(3)]
    response = await act(
        client,
        world,
        "city_a.office_director",
        first,
        "forward",
        {"note": "汇总呈报", "consolidated_with": [second, third]},
    )
    assert response.status_code == 200, response.text
    batch = response.json()["consolidation_id"]
    for matter in (first, second, third):
        seen = await read(client, world, "city_a.liaison", matter)
        assert (seen["state"], seen["consolidation_id"]) == ("forwarded", batch)
        assert seen["history"][-1]["note"] == "汇总呈报"
        assert seen["history"][-1]["consolidation_id"] == batch
    response = await act(client, world, "city_a.leader", second, "review")
    assert response.json()["history"][-1]["consolidation_id"] is None
    together = await listed(client, world, "city_a.leader", consolidation_id=batch)
    assert sorted(together) == sorted([first, second, third])
    events = await audit_events(client, world, action="major_matter.forward")
    assert sorted(e["entity_id"] for e in events) == sorted([first, second, third])


async def test_a_consolidation_is_refused_whole_when_one_matter_does_not_fit(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    first, second = await sent(client, world), await sent(client, world)
    forwarded = await sent(client, world)
    assert (await act(client, world, "city_a.office_staff", forwarded, "forward")).is_success
    elsewhere = await sent(client, world, who="city_b.liaison", place="city_b")

    office = "city_a.office_staff"
    for others, status, where in (
        ([forwarded], 409, None),
        ([second, elsewhere], 422, ["body", "consolidated_with", 1]),
        ([str(uuid.uuid4())], 422, ["body", "consolidated_with", 0]),
        ([first], 422, ["body", "consolidated_with", 0]),
        ([second, second], 422, ["body", "consolidated_with", 1]),
    ):
        response = await act(client, world, office, first, "forward", {"consolidated_with": others})
        body = problem(response, status)
        if where:
            assert where in error_locations(body), body
        else:
            assert forwarded in body["detail"]
    # Nothing moved.
    for matter in (first, second):
        assert (await read(client, world, "city_a.liaison", matter))["state"] == "submitted"
    assert (await read(client, world, "city_b.liaison", elsewhere, "city_b"))["state"] == (
        "submitted"
    )


async def test_the_office_returns_a_matter_and_the_unit_sends_it_again_amended(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    matter = await sent(client, world)
    response = await act(client, world, "city_a.office_deputy_director", matter, "return")
    assert response.status_code == 200, response.text
    seen = await read(client, world, "city_a.liaison", matter)
    assert seen["state"] == "returned"
    assert seen["history"][-1]["note"] == "请补充情况说明"

    response = await act(
        client,
        world,
        "city_a.liaison",
        matter,
        "resubmit",
        {"body": "补充后的请示", "title": "补充后的标题", "note": "已补充"},
    )
    assert response.status_code == 200, response.text
    seen = response.json()
    assert (seen["state"], seen["body"], seen["title"], seen["urgency"]) == (
        "submitted",
        "补充后的请示",
        "补充后的标题",
        "normal",
    )
    assert [h[:3] for h in history(seen)] == [
        ("submit", None, "submitted"),
        ("return", "submitted", "returned"),
        ("resubmit", "returned", "submitted"),
    ]
    # And on its way again.
    assert (await act(client, world, "city_a.office_staff", matter, "forward")).is_success
    assert (await act(client, world, "city_a.leader", matter, "review")).is_success


ACTS = ("forward", "review", "return", "resubmit")
ALLOWED_IN = {
    "submitted": {"forward", "return"},
    "forwarded": {"review"},
    "reviewed": set(),
    "returned": {"resubmit"},
}
WHO = {
    "forward": "city_a.office_staff",
    "review": "city_a.leader",
    "return": "city_a.office_staff",
    "resubmit": "city_a.liaison",
}
ROUTE_TO = {  # the acts that bring a new matter to each state
    "submitted": (),
    "forwarded": ("forward",),
    "reviewed": ("forward", "review"),
    "returned": ("return",),
}


@pytest.mark.parametrize("state", list(ALLOWED_IN))
async def test_every_act_the_state_does_not_allow_is_a_conflict(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock, state: str
) -> None:
    for name in ACTS:
        if name in ALLOWED_IN[state]:
            continue
        matter = await sent(client, world)
        for step in ROUTE_TO[state]:
            assert (await act(client, world, WHO[step], matter, step)).is_success
        before = await read(client, world, "city_a.office_staff", matter)
        assert before["state"] == state
        body = problem(await act(client, world, WHO[name], matter, name), 409)
        assert body["type"] == "urn:gaiban:problem:state-conflict"
        assert state in body["detail"]
        assert await read(client, world, "city_a.office_staff", matter) == before


# --- a county reports upward -------------------------------------------------------------------


async def test_a_county_office_reports_upward_and_follows_it_through_its_own_jurisdiction(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    response = await send(
        client, world, who="county_a1.office_director", place="county_a1", to="parent"
    )
    assert response.status_code == 201, response.text
    created = response.json()
    matter = created["id"]
    assert created["jurisdiction_id"] == str(world.places["city_a"].id)
    assert created["sender_jurisdiction_id"] == str(world.places["county_a1"].id)
    assert created["sender_jurisdiction_name"] == "county_a1"
    assert created["sender_unit_id"] is None
    county = "county_a1.office_staff"
    assert await read(client, world, county, matter, "county_a1") == created

    assert await listed(client, world, county, "county_a1", direction="sent") == [matter]
    assert await listed(client, world, county, "county_a1") == []  # received by the county: none
    assert matter in await listed(client, world, "city_a.office_staff")

    assert (await act(client, world, "city_a.office_staff", matter, "forward")).is_success
    assert (await act(client, world, "city_a.leader", matter, "review")).is_success

    seen = await read(client, world, county, matter, "county_a1")
    assert seen["state"] == "reviewed"
    assert [h[:4] for h in history(seen)] == [
        ("submit", None, "submitted", "county-a1 office_director"),
        ("forward", "submitted", "forwarded", "city-a office_staff"),
        ("review", "forwarded", "reviewed", "city-a leader"),
    ]
    assert await read(client, world, "city_a.office_director", matter) == seen
    # The city's office also reaches it through the county (it supervises the county).
    assert (await read(client, world, "city_a.office_staff", matter, "county_a1")) == seen


async def test_a_county_matter_is_invisible_outside_its_senders_and_receivers(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    matter = await sent(client, world, who="county_a1.office_staff", place="county_a1", to="parent")
    for who, place in (
        ("city_b.office_director", "city_b"),  # another tree, through its own path
        ("city_b.leader", "city_b"),
        ("admin", "city_b"),  # a real matter, reached through a jurisdiction that has not it
        ("city_a.liaison", "city_a"),  # a unit of the city: not its matter
        ("county_a1.liaison", "county_a1"),  # the county's unit: the office sent it
        ("county_a1.leader", "county_a1"),
        ("county_a1.deputy_leader", "county_a1"),
        ("city_a.office_staff", "county_a1"),  # reachable, but
    ):
        response = await client.get(url(world, place, matter), headers=world.headers(who))
        if (who, place) == ("city_a.office_staff", "county_a1"):
            assert response.status_code == 200
            continue
        problem(response, 404)
        response = await client.get(
            url(world, place), params={"direction": "sent"}, headers=world.headers(who)
        )
        # Each of them reads its own jurisdiction: an answer, without the county's matter.
        assert response.status_code == 200, (who, place)
        assert matter not in [i["id"] for i in response.json()["items"]], (who, place)
    # The county's office through the city's path: it does not see the city at all.
    problem(
        await client.get(
            url(world, "city_a", matter), headers=world.headers("county_a1.office_staff")
        ),
        404,
    )


async def test_a_county_office_only_follows_what_it_sent_it_does_not_handle_it(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    matter = await sent(client, world, who="county_a1.office_staff", place="county_a1", to="parent")
    county = "county_a1.office_director"
    refused(await act(client, world, county, matter, "forward", place="county_a1"), "CO-RPT-2")
    refused(await act(client, world, county, matter, "return", place="county_a1"), "CO-RPT-2")
    problem(await act(client, world, "county_a1.leader", matter, "review", place="county_a1"), 404)
    # Returned, the county's office sends it again through its own path; the city's cannot.
    assert (await act(client, world, "city_a.office_staff", matter, "return")).is_success
    refused(await act(client, world, "city_a.office_staff", matter, "resubmit"), "CO-RPT-2")
    response = await act(client, world, county, matter, "resubmit", place="county_a1")
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "submitted"


async def test_a_jurisdiction_without_one_above_cannot_send_upward(
    client: httpx.AsyncClient, world: World
) -> None:
    body = problem(
        await send(client, world, who="city_a.office_director", place="city_a", to="parent"), 422
    )
    assert ["body", "to"] in error_locations(body)


# --- refusals --------------------------------------------------------------------------------


async def test_only_the_leader_reviews_not_a_deputy_nor_the_office_co_doc_3(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    matter = await sent(client, world)
    assert (await act(client, world, "city_a.office_staff", matter, "forward")).is_success
    for who in (
        "city_a.deputy_leader",
        "city_a.office_staff",
        "city_a.office_director",
        "city_a.liaison",
    ):
        body = refused(await act(client, world, who, matter, "review"), "CO-DOC-3")
        assert "第十二条" in body["source"]
    # Another city's leader does not see the city.
    problem(await act(client, world, "city_b.leader", matter, "review"), 404)
    assert (await read(client, world, "city_a.liaison", matter))["state"] == "forwarded"


async def test_a_units_people_neither_forward_nor_return_co_rpt_2(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    matter = await sent(client, world)
    for name in ("forward", "return"):
        for who in ("city_a.liaison", "city_a.leader", "city_a.client_write", "admin"):
            body = refused(await act(client, world, who, matter, name), "CO-RPT-2")
            assert "第十一条" in body["source"]


async def test_only_a_units_post_holders_or_a_county_office_send_co_rpt_2(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    for who in ("city_a.leader", "city_a.office_director", "city_a.deputy_leader"):
        refused(await send(client, world, who=who), "CO-RPT-2")
    # A person holding a post for one unit does not send for another.
    natural_resources = str(world.places["city_a"].unit_ids["natural_resources"])
    refused(await send(client, world, unit_id=natural_resources), "CO-RPT-2")
    # Machines and administrators hold no post.
    for who in ("city_a.client_write", "admin"):
        refused(await send(client, world, who=who), "CO-RPT-2")
    # A county's liaison sends to the county's own leading group, not upward.
    refused(
        await send(client, world, who="county_a1.liaison", place="county_a1", to="parent"),
        "CO-RPT-2",
    )
    problem(await send(client, world, who="city_b.liaison"), 404)


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


async def test_the_sending_units_people_see_their_units_matters_and_no_others(
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
    nr_head = {"Authorization": f"Bearer {world.tokens.issue(f'user:{other.id}')[0]}"}
    housing = await sent(client, world)
    response = await client.post(
        url(world, "city_a"), json={"title": "自然资源局事项", "body": "……"}, headers=nr_head
    )
    assert response.status_code == 201, response.text
    theirs = response.json()["id"]

    assert await listed(client, world, "city_a.liaison") == [housing]
    response = await client.get(url(world, "city_a"), params={"limit": 200}, headers=nr_head)
    assert [i["id"] for i in response.json()["items"]] == [theirs]
    problem(await client.get(url(world, "city_a", housing), headers=nr_head), 404)
    problem(
        await client.get(url(world, "city_a", theirs), headers=world.headers("city_a.liaison")), 404
    )
    # The office, the leadership and read clients see both; someone without a post, nothing.
    for who in ("city_a.office_staff", "city_a.deputy_leader", "city_a.client_read", "admin"):
        assert sorted(await listed(client, world, who)) == sorted([housing, theirs]), who
    assert (
        sorted(await listed(client, world, "city_a.office_staff", "city_a", direction="sent")) == []
    )
    assert await listed(client, world, "county_a1.office_director", "county_a1") == []


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


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "location"),
    [
        ({"unexpected": 1}, ["body", "unexpected"]),
        ({"title": "x" * 201}, ["body", "title"]),
        ({"title": "   "}, ["body", "title"]),
        ({"body": "x" * 20_001}, ["body", "body"]),
        ({"urgency": "very"}, ["body", "urgency"]),
        ({"to": "child"}, ["body", "to"]),
        ({"unit_id": "not-a-uuid"}, ["body", "unit_id"]),
    ],
)
async def test_a_malformed_matter_is_a_validation_problem(
    client: httpx.AsyncClient, world: World, extra: dict[str, Any], location: list[str]
) -> None:
    body = problem(await send(client, world, **extra), 422)
    assert location in error_locations(body)


async def test_bad_references_and_characters_are_validation_problems(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    elsewhere = str(world.places["city_b"].unit_ids["housing"])
    body = problem(await send(client, world, unit_id=elsewhere), 422)
    assert ["body", "unit_id"] in error_locations(body)
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
    problem(await send(client, world, body="请示\x00"), 422)
    matter = await sent(client, world)
    for name, payload in (
        ("forward", {"note": "x", "cc": "leader"}),
        ("review", {"comment": ""}),
        ("return", {}),
        ("resubmit", {"title": "no body"}),
        ("forward", {"consolidated_with": ["x"]}),
    ):
        who = WHO[name]
        problem(await act(client, world, who, matter, name, payload), 422)
    problem(
        await client.get(url(world, "city_a", "not-a-uuid"), headers=world.headers("admin")), 422
    )
    problem(
        await client.get(
            url(world, "city_a"), params={"direction": "up"}, headers=world.headers("admin")
        ),
        422,
    )
    problem(
        await client.get(url(world, "city_a", str(uuid.uuid4())), headers=world.headers("admin")),
        404,
    )


async def test_an_amended_matter_keeps_its_first_text_in_the_audit_trail(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    matter = await sent(client, world)
    assert (await act(client, world, "city_a.office_staff", matter, "return")).is_success
    response = await act(client, world, "city_a.liaison", matter, "resubmit", {"body": "修改后"})
    assert response.status_code == 200, response.text
    events = {e["action"]: e for e in await audit_events(client, world, entity_id=matter)}
    assert events["major_matter.submit"]["after"]["body"] == "请示如下……"
    resubmitted = events["major_matter.resubmit"]
    assert (resubmitted["before"]["body"], resubmitted["after"]["body"]) == ("请示如下……", "修改后")


@pytest.mark.parametrize("field", ["title", "urgency"])
async def test_a_null_in_a_resubmission_is_a_422(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock, field: str
) -> None:
    matter = await sent(client, world)
    assert (await act(client, world, "city_a.office_staff", matter, "return")).is_success
    response = await act(
        client, world, "city_a.liaison", matter, "resubmit", {"body": "修改后", field: None}
    )
    assert error_locations(problem(response, 422)) == [["body", field]]
    assert (await read(client, world, "city_a.liaison", matter))["state"] == "returned"


async def test_a_deactivated_unit_sends_no_matter_even_when_the_unit_is_left_out(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    unit = world.places["city_a"].unit_ids["housing"]
    response = await client.patch(
        f"/v1/jurisdictions/{world.places['city_a'].id}/units/{unit}",
        json={"is_active": False},
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    problem(await send(client, world), 409)  # the unit inferred from the liaison's post
    problem(await send(client, world, unit_id=str(unit)), 409)


async def test_the_hand_over_history_cannot_be_changed_in_the_database(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock, database: Database
) -> None:
    await sent(client, world)
    for statement in (
        "UPDATE major_matter_events SET note = 'x'",
        "DELETE FROM major_matter_events",
    ):
        with pytest.raises(Exception, match="major_matter_events is append-only"):
            async with database.engine.begin() as connection:
                await connection.execute(text(statement))
