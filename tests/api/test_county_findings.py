"""Findings for a county (督导检查, CO-SUP-1) through HTTP: the city's office records a finding
whose responsible party is a county its inspection inspected; the county's office reads it and
answers it through the county's own jurisdiction (as it reads the major matters it sent up); the
city's office accepts the answer or sends it back. Who reads it, at either path; what is refused
through the county's path; overdue, the events and the regular evaluation.

World (tests/factories.py): city_a ── county_a1, and city_b; a test may add county_a2 under
city_a. The clock stands at noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
from datetime import date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.db import Database
from app.domain.inspections import SOURCE
from app.domain.organisation import JurisdictionLevel
from app.schemas.jurisdictions import JurisdictionCreate
from app.services import jurisdictions
from tests import sample_files
from tests.api.task_helpers import add_task, unit_id
from tests.api.test_events import all_events
from tests.api.test_inspections import LIAISON, OFFICE, finding, held, plan, url
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.api.test_scheduled_events import of_type, run
from tests.api.test_supervision import at
from tests.conftest import FixedClock
from tests.factories import Place, World, _populate

pytestmark = pytest.mark.usefixtures("pinned_clock")

COUNTY_OFFICE = "county_a1.office_staff"


def county(world: World, place: str = "county_a1") -> str:
    return str(world.places[place].id)


def county_finding_url(
    world: World, f: dict[str, Any], rest: str = "", place: str = "county_a1"
) -> str:
    """The finding reached through the county's own path."""
    return url(world, f"/{f['inspection_id']}/findings/{f['id']}{rest}", place=place)


def city_finding_url(world: World, f: dict[str, Any], rest: str = "") -> str:
    return url(world, f"/{f['inspection_id']}/findings/{f['id']}{rest}")


FINDING_BODY = {
    "problem": "县级审批系统未接入州级平台。",
    "cause": "接口改造未排期。",
    "handling": "限期完成接口改造并联调。",
    "rectify_within_working_days": 5,
}


async def record(
    client: httpx.AsyncClient,
    world: World,
    inspection: dict[str, Any],
    place: str = "county_a1",
    **fields: Any,
) -> httpx.Response:
    return await client.post(
        url(world, f"/{inspection['id']}/findings"),
        json={**FINDING_BODY, "county_id": county(world, place), **fields},
        headers=world.headers(OFFICE),
    )


async def county_finding(
    client: httpx.AsyncClient, world: World, inspection: dict[str, Any], place: str = "county_a1"
) -> dict[str, Any]:
    response = await record(client, world, inspection, place)
    assert response.status_code == 201, response.text
    out: dict[str, Any] = response.json()
    return out


async def answer(
    client: httpx.AsyncClient,
    world: World,
    f: dict[str, Any],
    who: str = COUNTY_OFFICE,
    files: list[tuple[str, bytes]] | None = None,
    through: str = "county_a1",
) -> httpx.Response:
    target = city_finding_url(world, f) if through == "city_a" else county_finding_url(world, f)
    return await client.post(
        f"{target}/answers",
        data={"text": "已完成接口改造并上线。"},
        files=[("evidence", (n, c, "application/octet-stream")) for n, c in files or []] or None,
        headers=world.headers(who),
    )


async def held_inspection(
    client: httpx.AsyncClient, world: World, counties: tuple[str, ...] = ("county_a1",)
) -> dict[str, Any]:
    """A held inspection of the housing unit and the counties."""
    inspection = await plan(client, world, county_ids=[county(world, c) for c in counties])
    await held(client, world, inspection)
    return inspection


async def second_county(world: World, database: Database) -> None:
    """county_a2, a second county under city_a, with its office, leadership, units and clients."""
    async with database.sessionmaker() as session, session.begin():
        created = await jurisdictions.create(
            session,
            None,
            JurisdictionCreate(
                code="county-a2",
                name="county_a2",
                level=JurisdictionLevel.county,
                parent_id=world.places["city_a"].id,
            ),
        )
        place = Place(id=created.id, code="county-a2")
        await _populate(session, place)
    world.places["county_a2"] = place


def ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


# --- recording ------------------------------------------------------------------------------------


async def test_a_finding_names_exactly_one_responsible_party_a_county_of_its_scope(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    inspection = await held_inspection(client, world)
    housing = unit_id(world, "city_a", "housing")
    for fields, locations, message in (
        ({"unit_id": housing}, [["body", "county_id"]], "unit_id is given too: name one of them"),
        (
            {"county_id": None},
            [["body", "unit_id"], ["body", "county_id"]],
            "one of unit_id and county_id is required",
        ),
        (
            {"county_id": county(world, "city_b")},  # another tree's, in no scope
            [["body", "county_id"]],
            "not a county this inspection inspects",
        ),
    ):
        body = problem(await record(client, world, inspection, **fields), 422)
        assert error_locations(body) == locations, fields
        assert body["errors"][0]["msg"] == message, fields
    # A county of the city, but not in this inspection's scope.
    units_only = await plan(client, world, county_ids=[])
    await held(client, world, units_only)
    body = problem(await record(client, world, units_only), 422)
    assert error_locations(body) == [["body", "county_id"]]

    # A scope that names what is no county below (written straight into the database: the API
    # refuses to plan it): in scope, and still refused.
    from app.models import Inspection

    city_a, city_b = world.places["city_a"], world.places["city_b"]
    odd = uuid.uuid4()
    async with database.sessionmaker() as session, session.begin():
        row = Inspection(
            id=odd,
            jurisdiction_id=city_a.id,
            title="矩阵",
            starts_on=date(2026, 12, 1),
            ends_on=date(2026, 12, 1),
            unit_ids=[],
            county_ids=[city_b.id],
            inspectors=["张三"],
            state="held",
            held_on=date(2026, 12, 1),
            held_by=city_a.user_ids["office_staff"],
            held_by_name="x",
            created_by=city_a.user_ids["office_staff"],
            created_by_name="x",
        )
        session.add(row)
    body = problem(await record(client, world, {"id": str(odd)}, "city_b"), 422)
    assert error_locations(body) == [["body", "county_id"]]
    assert body["errors"][0]["msg"] == "not a jurisdiction directly below this one"

    made = await county_finding(client, world, inspection)
    assert made["unit"] is None
    assert made["county"] == {"id": county(world), "name": "county_a1"}
    assert (made["due_on"], made["state"]) == ("2026-12-08", "open")


async def test_the_database_keeps_one_responsible_party(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    from sqlalchemy import text

    inspection = await held_inspection(client, world)
    made = await county_finding(client, world, inspection)
    async with database.sessionmaker() as session:
        with pytest.raises(Exception, match="one_responsible"):
            async with session.begin():
                await session.execute(
                    text("UPDATE inspection_findings SET unit_id = :unit WHERE id = :id"),
                    {"unit": world.places["city_a"].unit_ids["housing"], "id": made["id"]},
                )
        with pytest.raises(Exception, match="one_responsible"):
            async with session.begin():
                await session.execute(
                    text("UPDATE inspection_findings SET county_id = NULL WHERE id = :id"),
                    {"id": made["id"]},
                )


# --- answering and reviewing ----------------------------------------------------------------------


async def test_the_countys_office_answers_through_its_own_path_and_the_city_reviews(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """CO-SUP-1: the county's office answers with evidence; the inspecting office sends the
    answer back, the county answers again (another office post), the office accepts."""
    inspection = await held_inspection(client, world)
    f = await county_finding(client, world, inspection)

    # Nobody answers at the city's path: those who see it there are refused (the rule's 403),
    # the others are told it does not exist.
    for who in (OFFICE, "city_a.leader", "admin"):
        body = problem(await answer(client, world, f, who=who, through="city_a"), 403)
        assert (body["rule"], body["source"]) == ("CO-SUP-1", SOURCE), who
    problem(await answer(client, world, f, who=LIAISON, through="city_a"), 404)
    problem(await answer(client, world, f, who=COUNTY_OFFICE, through="city_a"), 404)
    # Through the county: its office only; its write client and an admin see it but do not
    # answer; its leadership and units do not see it.
    for who in ("county_a1.client_write", "admin"):
        body = problem(await answer(client, world, f, who=who), 403)
        assert body["rule"] == "CO-SUP-1", who
    for who in ("county_a1.leader", "county_a1.liaison", "county_a1.nobody"):
        problem(await answer(client, world, f, who=who), 404)

    response = await answer(client, world, f, files=[("整改报告.pdf", sample_files.pdf())])
    assert response.status_code == 201, response.text
    assert response.headers["location"] == county_finding_url(world, f)
    answered = response.json()
    assert (answered["state"], answered["jurisdiction_id"]) == (
        "answered",
        str(world.places["city_a"].id),
    )
    (first,) = answered["answers"]
    assert (first["unit"], first["county"]) == (None, {"id": county(world), "name": "county_a1"})
    assert first["author_name"] == "county-a1 office_staff"
    problem(await answer(client, world, f), 409)  # awaits review
    evidence = f"/answers/{first['id']}/evidence/{first['evidence'][0]['id']}"
    for target, who in (
        (county_finding_url(world, f, evidence), COUNTY_OFFICE),
        (city_finding_url(world, f, evidence), OFFICE),
    ):
        got = await client.get(target, headers=world.headers(who))
        assert got.status_code == 200, (who, got.text)
        assert got.content == sample_files.pdf()
    problem(
        await client.get(city_finding_url(world, f, evidence), headers=world.headers(LIAISON)), 404
    )

    # The review is the inspecting office's, at its own path.
    for act, body_ in (("/accept", {}), ("/send-back", {"reason": "x"})):
        refused = await client.post(
            county_finding_url(world, f, act), json=body_, headers=world.headers(COUNTY_OFFICE)
        )
        assert problem(refused, 403)["rule"] == "CO-SUP-1", act
    response = await client.post(
        city_finding_url(world, f, "/send-back"),
        json={"reason": "联调记录缺失。"},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "open"
    at(pinned_clock, "2026-12-10")
    again = await answer(client, world, f, who="county_a1.office_director")
    assert again.status_code == 201, again.text
    at(pinned_clock, "2026-12-11")
    response = await client.post(
        city_finding_url(world, f, "/accept"), headers=world.headers(OFFICE)
    )
    assert response.status_code == 200, response.text
    accepted = response.json()
    assert (accepted["state"], accepted["rectified_on"], accepted["rectified_late"]) == (
        "accepted",
        "2026-12-10",
        True,
    )
    seen = await client.get(county_finding_url(world, f), headers=world.headers(COUNTY_OFFICE))
    assert [a["review"]["outcome"] for a in seen.json()["answers"]] == ["sent_back", "accepted"]

    # The events, in the inspecting jurisdiction's feed, name the county; each url is the
    # finding's at the inspecting path.
    feed = [e for e in await all_events(client, world) if e["resource_id"] == f["id"]]
    assert [e["type"] for e in feed] == [
        "finding.recorded",
        "finding.answered",
        "finding.sent_back",
        "finding.answered",
        "finding.accepted",
    ]
    for event in feed:
        assert event["resource_url"] == city_finding_url(world, f)
        assert event["payload"]["unit"] is None
        assert event["payload"]["county"] == {"id": county(world), "name": "county_a1"}
    # The trail is the inspecting jurisdiction's, the county's answers included.
    trail = await audit_events(client, world, entity_id=f["id"])
    assert {e["jurisdiction_id"] for e in trail} == {str(world.places["city_a"].id)}
    assert sorted(e["action"] for e in trail) == sorted(
        [
            "finding.record",
            "finding.answer",
            "finding.send_back",
            "finding.answer",
            "finding.accept",
        ]
    )


async def test_through_the_countys_path_nobody_plans_records_or_links(
    client: httpx.AsyncClient, world: World
) -> None:
    """The county's office (and its write client, an admin) reach the inspection there but do
    not change it: 403 naming CO-SUP-1."""
    planned = await plan(client, world)
    inspection = await held_inspection(client, world)
    f = await county_finding(client, world, inspection)
    task = await add_task(client, world)
    linked = await client.post(
        city_finding_url(world, f, "/links"),
        json={"kind": "task", "target_id": task["id"]},
        headers=world.headers(OFFICE),
    )
    assert linked.status_code == 201, linked.text
    link_id = linked.json()["links"][0]["id"]
    through = "county_a1"
    for who in (COUNTY_OFFICE, "county_a1.client_write", "admin"):
        for method, target, body in (
            ("PATCH", url(world, f"/{planned['id']}", through), {"plan": "x"}),
            ("POST", url(world, f"/{planned['id']}/held", through), {"summary": "x"}),
            ("POST", url(world, f"/{inspection['id']}/findings", through), FINDING_BODY),
            (
                "POST",
                county_finding_url(world, f, "/links"),
                {"kind": "task", "target_id": task["id"]},
            ),
            ("DELETE", county_finding_url(world, f, f"/links/{link_id}"), None),
        ):
            headers = {**world.headers(who), "If-Match": "*"}
            response = await client.request(method, target, json=body, headers=headers)
            assert problem(response, 403)["rule"] == "CO-SUP-1", (who, method, target)
    # Unchanged: the link is in force, the plan as it was.
    got = await client.get(city_finding_url(world, f), headers=world.headers(OFFICE))
    assert [item["id"] for item in got.json()["links"]] == [link_id]


# --- who reads it ---------------------------------------------------------------------------------


async def test_a_countys_finding_is_read_by_its_office_and_the_office_above_only(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """At the inspecting path as the whole task breakdown is (never by a unit's people); through
    the county's path by its office, the office above, read clients of the county or above and
    admins. Another county of the same city, inspected too, sees the inspection through its own
    path but not this county's finding."""
    await second_county(world, database)
    inspection = await held_inspection(client, world, ("county_a1", "county_a2"))
    mine = await county_finding(client, world, inspection)
    theirs = await county_finding(client, world, inspection, "county_a2")
    housing = await finding(client, world, inspection, "housing")

    for who, status in (
        (OFFICE, 200),
        ("city_a.leader", 200),
        ("city_a.client_read", 200),
        ("admin", 200),
        (LIAISON, 404),
        ("city_a.nobody", 404),
        (COUNTY_OFFICE, 404),
        ("county_a1.client_read", 404),
        ("city_b.office_staff", 404),
    ):
        response = await client.get(city_finding_url(world, mine), headers=world.headers(who))
        assert response.status_code == status, (who, response.text)
    for who, status in (
        (COUNTY_OFFICE, 200),
        ("county_a1.office_director", 200),
        ("county_a1.client_read", 200),
        (OFFICE, 200),  # the office above
        ("city_a.client_read", 200),
        ("admin", 200),
        ("county_a1.leader", 404),
        ("county_a1.liaison", 404),
        ("county_a1.nobody", 404),
        ("county_a2.office_staff", 404),
        ("city_a.leader", 404),
        (LIAISON, 404),
        ("city_b.office_staff", 404),
    ):
        response = await client.get(county_finding_url(world, mine), headers=world.headers(who))
        assert response.status_code == status, (who, response.text)
    # Through the other county's path it is not there, even for the office above.
    for who in ("county_a2.office_staff", OFFICE):
        response = await client.get(
            county_finding_url(world, mine, place="county_a2"), headers=world.headers(who)
        )
        problem(response, 404)

    # The inspection, through each county: seen; its findings there: that county's only.
    for place, finding_id in (("county_a1", mine["id"]), ("county_a2", theirs["id"])):
        who = f"{place}.office_staff"
        got = await client.get(
            url(world, f"/{inspection['id']}", place), headers=world.headers(who)
        )
        assert got.status_code == 200, got.text
        assert got.json()["jurisdiction_id"] == str(world.places["city_a"].id)
        assert {c["name"] for c in got.json()["counties"]} == {"county_a1", "county_a2"}
        listed = await client.get(
            url(world, f"/{inspection['id']}/findings", place), headers=world.headers(who)
        )
        assert ids(listed) == [finding_id], place
        for other in ("county_a1.leader", "county_a1.liaison"):
            problem(
                await client.get(
                    url(world, f"/{inspection['id']}", "county_a1"), headers=world.headers(other)
                ),
                404,
            )
    # At the city: the whole list for the office; the unit's people see their unit's only.
    listing = url(world, f"/{inspection['id']}/findings")
    assert set(ids(await client.get(listing, headers=world.headers(OFFICE)))) == {
        mine["id"],
        theirs["id"],
        housing["id"],
    }
    assert ids(await client.get(listing, headers=world.headers(LIAISON))) == [housing["id"]]
    by_county = await client.get(
        listing, params={"county_id": county(world)}, headers=world.headers(OFFICE)
    )
    assert ids(by_county) == [mine["id"]]


async def test_the_county_lists_what_the_office_above_inspected_and_found_for_it(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """`by=parent` at the county's path: its to-do list (findings, earliest deadline first)
    and the inspections of it; for those who read them, an empty page for the others."""
    planned = await plan(client, world, title="下一次检查")  # names county_a1, not held
    inspection = await held_inspection(client, world)
    later = await county_finding(client, world, inspection)
    at(pinned_clock, "2026-12-02")
    response = await record(client, world, inspection, rectify_within_working_days=2)
    sooner = response.json()  # due Friday 12-04, before the first's Tuesday 12-08
    await finding(client, world, inspection, "housing")
    units_only = await plan(client, world, county_ids=[], title="只查部门")
    county_path = url(world, "/findings", "county_a1")
    county_inspections = url(world, place="county_a1")

    for who in (COUNTY_OFFICE, "county_a1.client_read", OFFICE, "admin"):
        found = await client.get(county_path, params={"by": "parent"}, headers=world.headers(who))
        assert ids(found) == [sooner["id"], later["id"]], who
        listed = await client.get(
            county_inspections, params={"by": "parent"}, headers=world.headers(who)
        )
        assert set(ids(listed)) == {planned["id"], inspection["id"]}, who
        assert units_only["id"] not in ids(listed)
    for who in ("county_a1.leader", "county_a1.liaison"):
        empty = await client.get(county_path, params={"by": "parent"}, headers=world.headers(who))
        assert ids(empty) == [], who
        empty = await client.get(
            county_inspections, params={"by": "parent"}, headers=world.headers(who)
        )
        assert ids(empty) == [], who
    # The county's own inspections (none): by=here, the default.
    assert ids(await client.get(county_path, headers=world.headers(COUNTY_OFFICE))) == []
    assert ids(await client.get(county_inspections, headers=world.headers(COUNTY_OFFICE))) == []
    # The top has no office above: an empty page.
    top = await client.get(
        url(world, "/findings"), params={"by": "parent"}, headers=world.headers(OFFICE)
    )
    assert ids(top) == []
    # Filters and paging.
    answered = await answer(client, world, later)
    assert answered.status_code == 201, answered.text
    for params, expected in (
        ({"state": "answered"}, [later["id"]]),
        ({"state": "open"}, [sooner["id"]]),
    ):
        got = await client.get(
            county_path, params={"by": "parent", **params}, headers=world.headers(COUNTY_OFFICE)
        )
        assert ids(got) == expected, params
    first = await client.get(
        county_path, params={"by": "parent", "limit": 1}, headers=world.headers(COUNTY_OFFICE)
    )
    assert ids(first) == [sooner["id"]]
    second = await client.get(
        county_path,
        params={"by": "parent", "limit": 1, "cursor": first.json()["next_cursor"]},
        headers=world.headers(COUNTY_OFFICE),
    )
    assert ids(second) == [later["id"]]
    # At the city: every finding of its inspections, the earliest deadline first; a unit's
    # people theirs only.
    everything = await client.get(url(world, "/findings"), headers=world.headers(OFFICE))
    assert ids(everything)[:2] == [sooner["id"], later["id"]]
    assert len(ids(everything)) == 3
    unit_view = await client.get(url(world, "/findings"), headers=world.headers(LIAISON))
    assert [f["unit"]["name"] for f in unit_view.json()["items"]] == ["住房和城乡建设局"]


async def test_links_are_shown_to_whoever_reads_the_inspecting_jurisdiction(
    client: httpx.AsyncClient, world: World
) -> None:
    """A county's finding linked to a task of the city: the city's office sees the link at
    either path; the county's office, which reads none of the city's records, sees none."""
    inspection = await held_inspection(client, world)
    f = await county_finding(client, world, inspection)
    task = await add_task(client, world)
    response = await client.post(
        city_finding_url(world, f, "/links"),
        json={"kind": "task", "target_id": task["id"]},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 201, response.text
    for who, path, count in (
        (OFFICE, city_finding_url(world, f), 1),
        (OFFICE, county_finding_url(world, f), 1),
        ("city_a.client_read", county_finding_url(world, f), 1),
        (COUNTY_OFFICE, county_finding_url(world, f), 0),
        ("county_a1.client_read", county_finding_url(world, f), 0),
    ):
        got = await client.get(path, headers=world.headers(who))
        assert len(got.json()["links"]) == count, (who, path)
    answered = await answer(client, world, f)
    assert answered.json()["links"] == []  # the county's answer shows it none either
    (trail,) = await audit_events(client, world, action="finding.answer")
    assert len(trail["after"]["links"]) == 1  # while the trail keeps them all


# --- overdue, the scheduler, the evaluation -------------------------------------------------------


async def test_a_countys_finding_falls_overdue_and_is_evaluated_with_the_others(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    inspection = await held_inspection(client, world)
    f = await county_finding(client, world, inspection)
    housing = await finding(client, world, inspection, "housing")
    at(pinned_clock, "2026-12-14")
    overdue = {"overdue": "true"}
    listing = url(world, f"/{inspection['id']}/findings")
    got = await client.get(listing, params=overdue, headers=world.headers(OFFICE))
    assert {(item["id"], item["overdue_working_days"]) for item in got.json()["items"]} == {
        (f["id"], 4),
        (housing["id"], 4),
    }
    mine = await client.get(
        url(world, "/findings", "county_a1"),
        params={"by": "parent", **overdue},
        headers=world.headers(COUNTY_OFFICE),
    )
    assert ids(mine) == [f["id"]]

    period = {"from": "2026-12-01", "to": "2026-12-31"}
    evaluation = url(world, "/evaluation")
    body = (await client.get(evaluation, params=period, headers=world.headers(OFFICE))).json()
    assert (body["totals"]["findings"], body["totals"]["overdue"]) == (2, 2)
    (item,) = body["inspections"]
    assert [(x["unit"], x["county"]) for x in item["findings"]] == [
        (None, {"id": county(world), "name": "county_a1"}),
        ({"id": unit_id(world, "city_a", "housing"), "name": "住房和城乡建设局"}, None),
    ]
    liaison = await client.get(evaluation, params=period, headers=world.headers(LIAISON))
    assert [x["id"] for x in liaison.json()["inspections"][0]["findings"]] == [housing["id"]]
    response = await client.get(
        evaluation, params=period, headers={**world.headers(OFFICE), "Accept": "text/csv"}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][10] == "责任单位"
    assert [(r[10], r[13], r[15]) for r in rows[1:]] == [
        ("county_a1", "open", "4"),
        ("住房和城乡建设局", "open", "4"),
    ]
    response = await client.get(
        evaluation,
        params=period,
        headers={
            **world.headers(OFFICE),
            "Accept": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        },
    )
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(response.content))["定期评估"]
    assert [row[10].value for row in sheet.iter_rows(min_row=2)] == [
        "county_a1",
        "住房和城乡建设局",
    ]


async def test_the_scheduler_announces_a_countys_overdue_finding_once_naming_the_county(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """finding.overdue, in the inspecting jurisdiction's feed, as the finding's other events."""
    inspection = await held_inspection(client, books)
    f = await county_finding(client, books, inspection)
    await run(database, datetime.fromisoformat("2026-12-09T04:00:00+00:00"))
    assert await run(database, datetime.fromisoformat("2026-12-09T04:00:00+00:00")) == 0
    (event,) = await of_type(client, books, "finding.overdue")
    assert (event["resource_id"], event["resource_url"]) == (f["id"], city_finding_url(books, f))
    assert event["payload"] == {
        "inspection_id": inspection["id"],
        "unit": None,
        "county": {"id": county(books), "name": "county_a1"},
        "state": "open",
        "due_on": "2026-12-08",
        "rectified_on": None,
        "overdue_since": "2026-12-09",
    }
    assert await of_type(client, books, "finding.overdue", place="county_a1") == []
    followed = await client.get(event["resource_url"], headers=books.headers(OFFICE))
    assert followed.json()["id"] == f["id"]
    assert uuid.UUID(followed.json()["county"]["id"]) == books.places["county_a1"].id


# --- after review: no learning by filter, no 500 in a race, tenancy kept by the database -------


async def test_a_county_cannot_learn_of_a_city_units_finding_by_filtering(
    client: httpx.AsyncClient, world: World
) -> None:
    # An inspection of housing and county_a1; a finding for natural resources, outside the
    # scope. Through its own path, the county reads no unit's findings: filtering by that unit
    # matches by scope only, so the finding's existence does not leak.
    inspection = await held_inspection(client, world)
    await finding(client, world, inspection, "natural_resources")
    natural = unit_id(world, "city_a", "natural_resources")
    for who in (COUNTY_OFFICE, "county_a1.client_read"):
        got = await client.get(
            url(world, "", "county_a1"),
            params={"by": "parent", "unit_id": natural},
            headers=world.headers(who),
        )
        assert got.status_code == 200, got.text
        assert ids(got) == [], who
    # The office that reads every finding does learn it.
    got = await client.get(url(world), params={"unit_id": natural}, headers=world.headers(OFFICE))
    assert ids(got) == [inspection["id"]]


async def test_linking_a_task_deleted_meanwhile_is_refused_not_a_server_error(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    inspection = await plan(client, world)
    await held(client, world, inspection)
    found = await finding(client, world, inspection, "housing")
    task = await add_task(client, world)
    async with database.sessionmaker() as other, other.begin():
        # What DELETE …/tasks/{id} does once it found no link, not yet committed.
        await other.execute(
            text("DELETE FROM task_cooperating_units WHERE task_id = :t"), {"t": task["id"]}
        )
        await other.execute(text("DELETE FROM tasks WHERE id = :t"), {"t": task["id"]})
        racing = asyncio.create_task(
            client.post(
                url(world, f"/{inspection['id']}/findings/{found['id']}/links"),
                json={"kind": "task", "target_id": task["id"]},
                headers=world.headers(OFFICE),
            )
        )
        await asyncio.sleep(0.5)
        assert not racing.done()  # the link waits for the delete
    body = problem(await racing, 422)
    assert error_locations(body) == [["body", "target_id"]]


_COPY_OF_FINDING = (
    "INSERT INTO inspection_findings (id, jurisdiction_id, inspection_id, county_id, problem, "
    "cause, handling, recorded_on, working_days, due_on, created_by, created_by_name) "
    "SELECT :id, jurisdiction_id, inspection_id, :county, problem, cause, handling, recorded_on, "
    "working_days, due_on, created_by, created_by_name FROM inspection_findings WHERE id = :f"
)
_ANSWER = (
    "INSERT INTO inspection_finding_answers (id, jurisdiction_id, finding_id, {party}, text, "
    "answered_on, author_id, author_name) VALUES (:id, :j, :f, :party, 't', '2026-12-01', "
    ":party, 'x')"
)


async def test_the_database_keeps_a_findings_party_in_its_tenancy(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    inspection = await held_inspection(client, world)
    of_county = await county_finding(client, world, inspection)
    of_unit = await finding(client, world, inspection, "housing")
    city_a = world.places["city_a"]
    housing = unit_id(world, "city_a", "housing")
    natural = unit_id(world, "city_a", "natural_resources")
    by_county, by_unit = _ANSWER.format(party="county_id"), _ANSWER.format(party="unit_id")
    cases = [
        # A finding names a jurisdiction directly below its own: not another city's, not itself.
        (_COPY_OF_FINDING, {"county": world.places["city_b"].id, "f": of_county["id"]}, False),
        (_COPY_OF_FINDING, {"county": city_a.id, "f": of_county["id"]}, False),
        (_COPY_OF_FINDING, {"county": world.places["county_a1"].id, "f": of_county["id"]}, True),
        # An answer is for its finding's own unit or county.
        (by_county, {"f": of_county["id"], "party": county(world)}, True),
        (by_unit, {"f": of_county["id"], "party": housing}, False),
        (by_unit, {"f": of_unit["id"], "party": housing}, True),
        (by_unit, {"f": of_unit["id"], "party": natural}, False),
    ]
    for statement, params, accepted in cases:
        async with database.sessionmaker() as session, session.begin():
            try:
                async with session.begin_nested():
                    await session.execute(
                        text(statement), {"id": uuid.uuid4(), "j": city_a.id, **params}
                    )
                inserted = True
            except IntegrityError:
                inserted = False
            await session.rollback()
        assert inserted == accepted, (statement[:40], params)
