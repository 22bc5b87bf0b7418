"""Inspections (督导检查, CO-SUP-1) through HTTP: planning, amending while planned, recording as
held; findings with a rectification deadline in working days; the responsible unit's answer with
evidence files; the office accepting it or sending it back; overdue rectifications; who sees and
does what; the regular evaluation (定期评估) as JSON, CSV and xlsx.

World (tests/factories.py): city_a ── county_a1, and city_b; units housing (the liaison's) and
natural_resources. The clock stands at noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import httpx
import pytest

from app.db import Database
from app.domain.inspections import SOURCE
from tests import sample_files
from tests.api.task_helpers import add_task, unit_id
from tests.api.test_briefings import information_officer
from tests.api.test_events import all_events
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.api.test_supervision import at, supervise
from tests.conftest import FixedClock
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
LIAISON = "city_a.liaison"  # holds a post for city_a's housing unit


def url(world: World, rest: str = "", place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/inspections{rest}"


async def plan(
    client: httpx.AsyncClient, world: World, who: str = OFFICE, **fields: Any
) -> dict[str, Any]:
    body = {
        "title": "2026年第四季度改革督导检查",
        "starts_on": "2026-12-01",
        "ends_on": "2026-12-02",
        "unit_ids": [unit_id(world, "city_a", "housing")],
        "county_ids": [str(world.places["county_a1"].id)],
        "inspectors": ["张三", "李四"],
        **fields,
    }
    response = await client.post(url(world), json=body, headers=world.headers(who))
    assert response.status_code == 201, response.text
    out: dict[str, Any] = response.json()
    assert response.headers["location"] == url(world, f"/{out['id']}")
    return out


async def held(client: httpx.AsyncClient, world: World, inspection: dict[str, Any]) -> None:
    response = await client.post(
        url(world, f"/{inspection['id']}/held"),
        json={"summary": "检查了住建局和县工改办。"},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text


async def finding(
    client: httpx.AsyncClient,
    world: World,
    inspection: dict[str, Any],
    unit: str = "housing",
    days: int = 5,
) -> dict[str, Any]:
    response = await client.post(
        url(world, f"/{inspection['id']}/findings"),
        json={
            "problem": "联合验收平台未与审批管理系统对接。",
            "cause": "技术方案未定。",
            "handling": "限期完成对接。",
            "unit_id": unit_id(world, "city_a", unit),
            "rectify_within_working_days": days,
        },
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 201, response.text
    out: dict[str, Any] = response.json()
    return out


def finding_url(world: World, f: dict[str, Any], rest: str = "") -> str:
    return url(world, f"/{f['inspection_id']}/findings/{f['id']}{rest}")


async def answer(
    client: httpx.AsyncClient,
    world: World,
    f: dict[str, Any],
    who: str = LIAISON,
    files: list[tuple[str, bytes]] | None = None,
) -> httpx.Response:
    return await client.post(
        finding_url(world, f, "/answers"),
        data={"text": "已完成平台对接并上线。"},
        files=[("evidence", (n, c, "application/octet-stream")) for n, c in files or []] or None,
        headers=world.headers(who),
    )


async def held_with_findings(
    client: httpx.AsyncClient, world: World
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    inspection = await plan(
        client,
        world,
        unit_ids=[
            unit_id(world, "city_a", "housing"),
            unit_id(world, "city_a", "natural_resources"),
        ],
    )
    await held(client, world, inspection)
    return (
        inspection,
        await finding(client, world, inspection, "housing"),
        await finding(client, world, inspection, "natural_resources"),
    )


# --- inspections ----------------------------------------------------------------------------------


async def test_the_office_plans_amends_and_records_an_inspection_as_held(
    client: httpx.AsyncClient, world: World
) -> None:
    inspection = await plan(client, world)
    assert inspection["state"] == "planned"
    assert inspection["units"] == [
        {"id": unit_id(world, "city_a", "housing"), "name": "住房和城乡建设局"}
    ]
    assert inspection["counties"] == [
        {"id": str(world.places["county_a1"].id), "name": "county_a1"}
    ]
    assert (inspection["starts_on"], inspection["ends_on"]) == ("2026-12-01", "2026-12-02")
    one_day = await plan(client, world, ends_on=None, county_ids=[])
    assert one_day["ends_on"] == "2026-12-01"
    county = str(world.places["county_a1"].id)
    for params, expected in (
        ({"county_id": county}, [inspection["id"]]),
        ({"from": "2026-12-02", "to": "2026-12-31"}, [inspection["id"]]),
        ({"state": "planned"}, sorted([inspection["id"], one_day["id"]])),
        ({"state": "held"}, []),
    ):
        listed = await client.get(url(world), params=params, headers=world.headers(OFFICE))
        assert sorted(i["id"] for i in listed.json()["items"]) == expected, params

    response = await client.patch(
        url(world, f"/{inspection['id']}"),
        json={"inspectors": ["王五"], "ends_on": "2026-12-03"},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text
    assert (response.json()["inspectors"], response.json()["ends_on"]) == (["王五"], "2026-12-03")
    response = await client.patch(
        url(world, f"/{inspection['id']}"), json={"title": None}, headers=world.headers(OFFICE)
    )
    assert error_locations(problem(response, 422)) == [["body", "title"]]

    # Findings wait until it is held; then the plan is a record.
    response = await client.post(
        url(world, f"/{inspection['id']}/findings"),
        json={
            "problem": "问题",
            "cause": "原因",
            "handling": "处理",
            "unit_id": unit_id(world, "city_a", "housing"),
            "rectify_within_working_days": 5,
        },
        headers=world.headers(OFFICE),
    )
    problem(response, 409)
    response = await client.post(
        url(world, f"/{inspection['id']}/held"),
        json={"summary": "s", "held_on": "2026-12-02"},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "held_on"]]  # after today
    await held(client, world, inspection)
    got = (
        await client.get(url(world, f"/{inspection['id']}"), headers=world.headers(OFFICE))
    ).json()
    assert (got["state"], got["held_on"], got["held_by_name"]) == (
        "held",
        "2026-12-01",
        "city-a office_staff",
    )
    problem(
        await client.patch(
            url(world, f"/{inspection['id']}"), json={"plan": "x"}, headers=world.headers(OFFICE)
        ),
        409,
    )
    problem(
        await client.post(
            url(world, f"/{inspection['id']}/held"),
            json={"summary": "s"},
            headers=world.headers(OFFICE),
        ),
        409,
    )
    actions = [e["action"] for e in await audit_events(client, world, entity_type="inspection")]
    assert sorted(actions) == sorted(
        ["inspection.plan", "inspection.plan", "inspection.amend", "inspection.hold"]
    )
    events = [e for e in await all_events(client, world) if e["type"] == "inspection.held"]
    assert [(e["resource_id"], e["resource_url"]) for e in events] == [
        (inspection["id"], url(world, f"/{inspection['id']}"))
    ]


async def test_a_plan_names_its_scope_here_once(client: httpx.AsyncClient, world: World) -> None:
    housing = unit_id(world, "city_a", "housing")
    for fields, locations in (
        ({"unit_ids": [], "county_ids": []}, [["body", "unit_ids"]]),
        (
            {"unit_ids": [housing, housing, unit_id(world, "city_b", "housing")], "county_ids": []},
            [["body", "unit_ids", 1], ["body", "unit_ids", 2]],
        ),
        ({"county_ids": [str(world.places["city_b"].id)]}, [["body", "county_ids", 0]]),
        ({"ends_on": "2026-11-30"}, [["body", "ends_on"]]),
        ({"inspectors": []}, [["body", "inspectors"]]),
    ):
        body = {
            "title": "检查",
            "starts_on": "2026-12-01",
            "unit_ids": [housing],
            "inspectors": ["张三"],
            **fields,
        }
        response = await client.post(url(world), json=body, headers=world.headers(OFFICE))
        assert error_locations(problem(response, 422)) == locations, fields


async def test_only_the_office_here_plans_and_records(
    client: httpx.AsyncClient, world: World
) -> None:
    inspection = await plan(client, world)
    body = {"title": "t", "starts_on": "2026-12-01", "unit_ids": [], "inspectors": ["x"]}
    for who in (LIAISON, "city_a.leader", "city_a.client_read"):
        problem(await client.post(url(world), json=body, headers=world.headers(who)), 403)
        problem(
            await client.post(
                url(world, f"/{inspection['id']}/held"),
                json={"summary": "s"},
                headers=world.headers(who),
            ),
            403,
        )
    # Another city's office does not see it: 404, as if it did not exist, by either path.
    problem(
        await client.get(
            url(world, f"/{inspection['id']}"), headers=world.headers("city_b.office_staff")
        ),
        404,
    )
    other_city = url(world, f"/{inspection['id']}", place="city_b")
    problem(await client.get(other_city, headers=world.headers("city_b.office_staff")), 404)
    problem(
        await client.patch(
            url(world, f"/{inspection['id']}"),
            json={"plan": "x"},
            headers=world.headers("city_b.office_staff"),
        ),
        404,
    )
    # The city's office reads its county's inspections; the county's office not the city's.
    county = await client.post(
        url(world, place="county_a1"),
        json={**body, "unit_ids": [unit_id(world, "county_a1", "housing")]},
        headers=world.headers("county_a1.office_staff"),
    )
    assert county.status_code == 201, county.text
    read = await client.get(
        url(world, f"/{county.json()['id']}", place="county_a1"), headers=world.headers(OFFICE)
    )
    assert read.status_code == 200, read.text
    problem(
        await client.post(
            url(world, f"/{county.json()['id']}/held", place="county_a1"),
            json={"summary": "s"},
            headers=world.headers(OFFICE),
        ),
        403,
    )
    problem(
        await client.get(
            url(world, f"/{inspection['id']}"), headers=world.headers("county_a1.office_staff")
        ),
        404,
    )


# --- findings, answers, reviews ---------------------------------------------------------------


async def test_a_finding_is_answered_by_its_unit_with_evidence_and_reviewed_by_the_office(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """CO-SUP-1. Five working days from Tuesday 2026-12-01 cross a weekend: Tuesday 12-08."""
    inspection, housing, _ = await held_with_findings(client, world)
    assert (housing["recorded_on"], housing["due_on"], housing["state"]) == (
        "2026-12-01",
        "2026-12-08",
        "open",
    )
    assert (housing["overdue"], housing["overdue_working_days"]) == (False, 0)

    # The office, the leadership and other units do not answer for the unit.
    natural = await information_officer(client, world, "natural_resources")
    for who in (OFFICE, "city_a.leader"):
        body = problem(await answer(client, world, housing, who=who), 403)
        assert (body["rule"], body["source"]) == ("CO-SUP-1", SOURCE), who
    problem(await answer(client, world, housing, who=natural), 404)
    problem(
        await client.post(
            finding_url(world, housing, "/accept"), json={}, headers=world.headers(OFFICE)
        ),
        409,
    )

    response = await answer(client, world, housing, files=[("整改报告.pdf", sample_files.pdf())])
    assert response.status_code == 201, response.text
    answered = response.json()
    assert answered["state"] == "answered"
    (first,) = answered["answers"]
    assert first["answered_on"] == "2026-12-01"
    assert [(f["filename"], f["file_type"]) for f in first["evidence"]] == [("整改报告.pdf", "pdf")]
    problem(await answer(client, world, housing), 409)  # awaits review
    evidence = await client.get(
        finding_url(
            world, housing, f"/answers/{first['id']}/evidence/{first['evidence'][0]['id']}"
        ),
        headers=world.headers("city_a.leader"),
    )
    assert evidence.status_code == 200
    assert evidence.content == sample_files.pdf()
    problem(
        await client.get(
            finding_url(
                world, housing, f"/answers/{first['id']}/evidence/{first['evidence'][0]['id']}"
            ),
            headers=world.headers(natural),
        ),
        404,
    )

    # Sent back: open again; answered again on Thursday 12-10, two days late; accepted Friday.
    response = await client.post(
        finding_url(world, housing, "/send-back"),
        json={"reason": "佐证材料不全。"},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "open"
    assert response.json()["answers"][0]["review"]["outcome"] == "sent_back"
    at(pinned_clock, "2026-12-10")
    back = await client.get(finding_url(world, housing), headers=world.headers(LIAISON))
    assert (back.json()["overdue"], back.json()["overdue_working_days"]) == (True, 2)
    assert (await answer(client, world, housing)).status_code == 201
    at(pinned_clock, "2026-12-11")
    response = await client.post(
        finding_url(world, housing, "/accept"), json={"note": "同意"}, headers=world.headers(OFFICE)
    )
    assert response.status_code == 200, response.text
    accepted = response.json()
    assert (accepted["state"], accepted["rectified_on"], accepted["rectified_late"]) == (
        "accepted",
        "2026-12-10",
        True,
    )
    assert (accepted["overdue"], accepted["overdue_working_days"]) == (False, 0)
    assert [a["review"]["outcome"] for a in accepted["answers"]] == ["sent_back", "accepted"]
    problem(await answer(client, world, housing), 409)
    feed = await all_events(client, world)
    types = [e["type"] for e in feed]
    assert types.count("finding.answered") == 2
    assert types.count("finding.recorded") == 2  # both findings of the inspection
    (sent_back_event,) = [e for e in feed if e["type"] == "finding.sent_back"]
    assert sent_back_event["payload"]["state"] == "open"
    (accepted_event,) = [e for e in feed if e["type"] == "finding.accepted"]
    assert accepted_event["resource_url"] == finding_url(world, housing)
    followed = await client.get(accepted_event["resource_url"], headers=world.headers(OFFICE))
    assert followed.json()["state"] == "accepted"
    actions = [
        e["action"] for e in await audit_events(client, world, entity_type="inspection_finding")
    ]
    assert sorted(actions) == sorted(
        ["finding.record"] * 2
        + ["finding.answer", "finding.send_back", "finding.answer", "finding.accept"]
    )
    assert inspection["id"] == accepted["inspection_id"]


async def test_a_unit_sees_its_own_findings_only(client: httpx.AsyncClient, world: World) -> None:
    inspection, housing, natural_finding = await held_with_findings(client, world)
    natural = await information_officer(client, world, "natural_resources")
    listing = url(world, f"/{inspection['id']}/findings")
    for who, expected in (
        (OFFICE, {housing["id"], natural_finding["id"]}),
        ("city_a.leader", {housing["id"], natural_finding["id"]}),
        ("city_a.client_read", {housing["id"], natural_finding["id"]}),
        (LIAISON, {housing["id"]}),
        (natural, {natural_finding["id"]}),
    ):
        response = await client.get(listing, headers=world.headers(who))
        assert response.status_code == 200, (who, response.text)
        assert {f["id"] for f in response.json()["items"]} == expected, who
    problem(
        await client.get(finding_url(world, natural_finding), headers=world.headers(LIAISON)), 404
    )
    problem(await client.get(finding_url(world, housing), headers=world.headers(natural)), 404)
    # An inspection of other units with no finding of the liaison's unit is not the liaison's.
    other = await plan(client, world, unit_ids=[unit_id(world, "city_a", "natural_resources")])
    problem(await client.get(url(world, f"/{other['id']}"), headers=world.headers(LIAISON)), 404)
    listed = await client.get(url(world), headers=world.headers(LIAISON))
    assert [i["id"] for i in listed.json()["items"]] == [inspection["id"]]
    everything = await client.get(url(world), headers=world.headers(OFFICE))
    assert {i["id"] for i in everything.json()["items"]} == {inspection["id"], other["id"]}
    # Another city's office does not see it.
    problem(await client.get(listing, headers=world.headers("city_b.office_staff")), 404)


async def test_a_unit_cannot_learn_of_another_units_finding_by_filtering(
    client: httpx.AsyncClient, world: World
) -> None:
    """An inspection of the housing unit with a finding for natural resources, which was not in
    its scope: the housing liaison sees the inspection, but filtering it by natural resources
    must not tell the liaison that unit has a finding there."""
    natural = unit_id(world, "city_a", "natural_resources")
    with_finding = await plan(client, world)  # the housing unit's scope
    await held(client, world, with_finding)
    await finding(client, world, with_finding, "natural_resources")
    without = await plan(client, world, title="另一次检查")
    by_natural = await client.get(
        url(world), params={"unit_id": natural}, headers=world.headers(LIAISON)
    )
    assert by_natural.status_code == 200, by_natural.text
    assert by_natural.json()["items"] == []
    office = await client.get(
        url(world), params={"unit_id": natural}, headers=world.headers(OFFICE)
    )
    assert [i["id"] for i in office.json()["items"]] == [with_finding["id"]]
    mine = await client.get(
        url(world),
        params={"unit_id": unit_id(world, "city_a", "housing")},
        headers=world.headers(LIAISON),
    )
    assert {i["id"] for i in mine.json()["items"]} == {with_finding["id"], without["id"]}


async def test_overdue_findings_are_counted_in_working_days_and_filtered(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """Due Tuesday 12-08: not overdue that day; on Monday 12-14 four working days have begun
    (12-09, 12-10, 12-11, 12-14): the weekend is not counted."""
    inspection, housing, natural = await held_with_findings(client, world)
    listing = url(world, f"/{inspection['id']}/findings")
    at(pinned_clock, "2026-12-08")
    response = await client.get(listing, params={"overdue": "true"}, headers=world.headers(OFFICE))
    assert response.json()["items"] == []
    assert (await answer(client, world, housing)).status_code == 201
    at(pinned_clock, "2026-12-14")
    response = await client.get(listing, params={"overdue": "true"}, headers=world.headers(OFFICE))
    items = response.json()["items"]
    # Answered but not accepted is still unrectified: both are overdue.
    assert {(f["id"], f["overdue_working_days"]) for f in items} == {
        (housing["id"], 4),
        (natural["id"], 4),
    }
    # A bare POST accepts: the note is optional, and so is the body.
    response = await client.post(
        finding_url(world, housing, "/accept"), headers=world.headers(OFFICE)
    )
    assert response.status_code == 200, response.text
    assert response.json()["rectified_late"] is False  # answered on 12-08, the deadline
    response = await client.get(listing, params={"overdue": "true"}, headers=world.headers(OFFICE))
    assert [f["id"] for f in response.json()["items"]] == [natural["id"]]
    response = await client.get(listing, params={"overdue": "false"}, headers=world.headers(OFFICE))
    assert [f["id"] for f in response.json()["items"]] == [housing["id"]]
    response = await client.get(
        listing, params={"state": "accepted"}, headers=world.headers(OFFICE)
    )
    assert [f["id"] for f in response.json()["items"]] == [housing["id"]]


async def test_the_evaluation_lists_the_period_as_json_csv_and_xlsx(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    inspection, housing, natural = await held_with_findings(client, world)
    later = await plan(client, world, starts_on="2027-01-05", ends_on="2027-01-06")
    at(pinned_clock, "2026-12-14")
    evaluation = url(world, "/evaluation")
    period = {"from": "2026-12-01", "to": "2026-12-31"}
    response = await client.get(evaluation, params=period, headers=world.headers(OFFICE))
    assert response.status_code == 200, response.text
    body = response.json()
    assert [i["inspection"]["id"] for i in body["inspections"]] == [inspection["id"]]
    assert body["totals"] == {
        "inspections": 1,
        "planned": 0,
        "held": 1,
        "findings": 2,
        "open": 2,
        "answered": 0,
        "accepted": 0,
        "overdue": 2,
        "rectified_late": 0,
    }
    whole = await client.get(
        evaluation, params={"from": "2026-01-01", "to": "2027-12-31"}, headers=world.headers(OFFICE)
    )
    assert [i["inspection"]["id"] for i in whole.json()["inspections"]] == [
        inspection["id"],
        later["id"],
    ]
    mine = await client.get(evaluation, params=period, headers=world.headers(LIAISON))
    assert [f["id"] for f in mine.json()["inspections"][0]["findings"]] == [housing["id"]]

    response = await client.get(
        evaluation, params=period, headers={**world.headers(OFFICE), "Accept": "text/csv"}
    )
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "检查名称"
    assert [(r[10], r[13], r[15]) for r in rows[1:]] == [
        ("住房和城乡建设局", "open", "4"),
        ("自然资源局", "open", "4"),
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
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[1][10] == "住房和城乡建设局"
    assert len(values) == 3
    response = await client.get(
        evaluation, params={"from": "2026-12-31", "to": "2026-12-01"}, headers=world.headers(OFFICE)
    )
    assert error_locations(problem(response, 422)) == [["query", "from"]]
    problem(await client.get(evaluation, headers=world.headers(OFFICE)), 422)
    assert natural["unit"]["name"] == "自然资源局"


async def test_evidence_is_read_as_progress_reports_evidence_is(
    client: httpx.AsyncClient, world: World
) -> None:
    _, housing, _ = await held_with_findings(client, world)
    refused = await answer(
        client, world, housing, files=[("ok.pdf", sample_files.pdf()), ("伪装.pdf", b"#!/bin/sh\n")]
    )
    assert error_locations(problem(refused, 415)) == [["body", "evidence", 1]]
    empty = await answer(client, world, housing, files=[("空.pdf", b"")])
    assert error_locations(problem(empty, 422)) == [["body", "evidence", 0]]
    extra = await client.post(
        finding_url(world, housing, "/answers"),
        data={"text": "已整改", "percent": "100"},
        headers=world.headers(LIAISON),
    )
    assert error_locations(problem(extra, 422)) == [["body", "percent"]]
    # Nothing refused was kept: the finding still awaits its first answer.
    got = await client.get(finding_url(world, housing), headers=world.headers(OFFICE))
    assert (got.json()["state"], got.json()["answers"]) == ("open", [])


async def test_a_review_that_waited_for_an_answer_sees_that_answer(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """The finding is locked and read with its answers in one statement; a review that waited
    for the lock while an answer was being committed reads the finding as committed but, in that
    statement, the answers as they were: it reads them again rather than answer a false 409."""
    import asyncio
    import uuid as uuid_module

    from sqlalchemy import text

    from app.models import FindingAnswer
    from app.repositories import inspections as repo

    inspection = await plan(client, world)
    await held(client, world, inspection)
    f = await finding(client, world, inspection)
    place = world.places["city_a"]
    ids = (place.id, uuid_module.UUID(inspection["id"]), uuid_module.UUID(f["id"]))
    async with database.sessionmaker() as answering, answering.begin():
        # The unit's answer, in a transaction still open: it holds the finding's lock.
        await answering.execute(
            text("SELECT 1 FROM inspection_findings WHERE id = :id FOR UPDATE"), {"id": ids[2]}
        )
        answering.add(
            FindingAnswer(
                jurisdiction_id=place.id,
                finding_id=ids[2],
                unit_id=place.unit_ids["housing"],
                text="已整改。",
                answered_on=date(2026, 12, 1),
                author_id=place.user_ids["liaison"],
                author_name="liaison",
            )
        )
        await answering.execute(
            text("UPDATE inspection_findings SET state = 'answered' WHERE id = :id"),
            {"id": ids[2]},
        )
        await answering.flush()

        async def review() -> repo.FindingRow | None:
            async with database.sessionmaker() as reviewing, reviewing.begin():
                return await repo.get_finding(reviewing, *ids, for_update=True)

        waiting = asyncio.create_task(review())
        await asyncio.sleep(0.3)  # the review is waiting for the lock
        assert not waiting.done()
    found = await waiting
    assert found is not None
    assert found.finding.state == "answered"
    assert [a.text for a in found.answers] == ["已整改。"]


# --- what a finding led to: supervision notices, public notices, tasks (CO-SUP-1) --------------


def links_url(world: World, f: dict[str, Any], rest: str = "") -> str:
    return finding_url(world, f, f"/links{rest}")


async def link(
    client: httpx.AsyncClient,
    world: World,
    f: dict[str, Any],
    kind: str,
    target: str,
    who: str = OFFICE,
) -> httpx.Response:
    return await client.post(
        links_url(world, f), json={"kind": kind, "target_id": target}, headers=world.headers(who)
    )


async def public_notice(
    client: httpx.AsyncClient, world: World, task: dict[str, Any]
) -> dict[str, Any]:
    response = await client.post(
        f"/v1/jurisdictions/{world.places['city_a'].id}/public-notices",
        json={
            "title": "关于督导检查发现问题整改情况的通报",
            "body": "联合验收平台未按期对接。",
            "tone": "criticism",
            "unit_ids": [unit_id(world, "city_a", "housing")],
            "task_ids": [task["id"]],
        },
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 201, response.text
    made: dict[str, Any] = response.json()
    return made


def linked(out: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(item["kind"], item["target_id"], item["label"]) for item in out["links"]]


async def test_a_finding_leads_to_supervision_notices_public_notices_and_tasks(
    client: httpx.AsyncClient, world: World
) -> None:
    """CO-SUP-1: the office links a finding to what it led to; each link is shown to whoever
    reads both the finding and its target; linking twice links once; a link removed is gone
    from the finding, removing it again changes nothing."""
    _, housing, _ = await held_with_findings(client, world)
    natural = unit_id(world, "city_a", "natural_resources")
    # Led by housing, natural resources cooperating; and one of natural resources' alone.
    task = await add_task(client, world, title="建设联合验收平台")
    other_task = await add_task(
        client, world, title="完善多规合一平台", lead_unit_id=natural, cooperating_unit_ids=[]
    )
    notice = await supervise(client, world, task)  # to housing, the lead unit
    other_notice = await supervise(client, world, other_task)  # to natural resources
    public = await public_notice(client, world, task)
    jid = world.places["city_a"].id

    for kind, target in (
        ("task", task),
        ("supervision_notice", notice),
        ("public_notice", public),
        ("task", other_task),
        ("supervision_notice", other_notice),
    ):
        response = await link(client, world, housing, kind, target["id"])
        assert response.status_code == 201, (kind, response.text)
        assert response.headers["location"] == finding_url(world, housing)
    out = response.json()
    assert linked(out) == [
        ("task", task["id"], f"{task['code']} 建设联合验收平台"),
        ("supervision_notice", notice["id"], f"{task['code']} 建设联合验收平台 (2026-12-01)"),
        ("public_notice", public["id"], "关于督导检查发现问题整改情况的通报"),
        ("task", other_task["id"], f"{other_task['code']} 完善多规合一平台"),
        (
            "supervision_notice",
            other_notice["id"],
            f"{other_task['code']} 完善多规合一平台 (2026-12-01)",
        ),
    ]
    first = out["links"][0]
    assert first["url"] == f"/v1/jurisdictions/{jid}/tasks/{task['id']}"
    assert (first["linked_on"], first["linked_by_name"]) == ("2026-12-01", "city-a office_staff")
    assert out["links"][2]["url"] == f"/v1/jurisdictions/{jid}/public-notices/{public['id']}"
    for item in out["links"]:  # each link's url is the target, read by the office
        target = await client.get(item["url"], headers=world.headers(OFFICE))
        assert target.json()["id"] == item["target_id"], item

    # Linked already: 200, nothing new.
    again = await link(client, world, housing, "task", task["id"])
    assert again.status_code == 200, again.text
    assert linked(again.json()) == linked(out)

    # The housing liaison reads its unit's task and notice and the public notice, not natural
    # resources' task nor the notice to that unit.
    mine = await client.get(finding_url(world, housing), headers=world.headers(LIAISON))
    assert [item["target_id"] for item in mine.json()["links"]] == [
        task["id"],
        notice["id"],
        public["id"],
    ]
    listed = await client.get(
        url(world, f"/{housing['inspection_id']}/findings"), headers=world.headers(LIAISON)
    )
    assert listed.json()["items"][0]["links"] == mine.json()["links"]
    for who in ("city_a.leader", "city_a.client_read"):
        seen = await client.get(finding_url(world, housing), headers=world.headers(who))
        assert linked(seen.json()) == linked(out), who
    # The unit's answer shows it what it may read, while the trail keeps every link.
    answered = await answer(client, world, housing)
    assert answered.status_code == 201, answered.text
    assert answered.json()["links"] == mine.json()["links"]
    (answer_event,) = await audit_events(client, world, action="finding.answer")
    assert len(answer_event["after"]["links"]) == 5

    # Removed: gone from the finding; removing again changes nothing; linked again: a new link.
    removed_id = out["links"][3]["id"]
    response = await client.delete(
        links_url(world, housing, f"/{removed_id}"), headers=world.headers(OFFICE)
    )
    assert response.status_code == 204, response.text
    got = await client.get(finding_url(world, housing), headers=world.headers(OFFICE))
    assert [item["id"] for item in got.json()["links"]] == [
        item["id"] for item in out["links"] if item["id"] != removed_id
    ]
    response = await client.delete(
        links_url(world, housing, f"/{removed_id}"), headers=world.headers(OFFICE)
    )
    assert response.status_code == 204, response.text
    problem(
        await client.delete(
            links_url(world, housing, f"/{housing['id']}"), headers=world.headers(OFFICE)
        ),
        404,
    )
    relinked = await link(client, world, housing, "task", other_task["id"])
    assert relinked.status_code == 201, relinked.text
    assert relinked.json()["links"][-1]["id"] not in (removed_id, *[i["id"] for i in out["links"]])

    actions = [
        e["action"]
        for e in await audit_events(client, world, entity_type="inspection_finding")
        if e["entity_id"] == housing["id"]
    ]
    assert sorted(actions) == sorted(
        ["finding.record", "finding.answer", "finding.unlink"] + ["finding.link"] * 6
    )
    (unlinked,) = await audit_events(client, world, action="finding.unlink")
    assert len(unlinked["before"]["links"]) - len(unlinked["after"]["links"]) == 1

    # The regular evaluation says what each finding led to.
    response = await client.get(
        url(world, "/evaluation"),
        params={"from": "2026-12-01", "to": "2026-12-31"},
        headers={**world.headers(LIAISON), "Accept": "text/csv"},
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][-1] == "后续处理"
    assert rows[1][-1] == "；".join(item["label"] for item in mine.json()["links"])


async def test_a_link_names_a_notice_or_task_of_this_jurisdiction_and_is_the_offices(
    client: httpx.AsyncClient, world: World
) -> None:
    _, housing, _ = await held_with_findings(client, world)
    task = await add_task(client, world)
    foreign = await add_task(client, world, place="city_b")
    for kind, target in (
        ("task", foreign["id"]),  # another jurisdiction's
        ("public_notice", task["id"]),  # a task's id is no public notice's
        ("supervision_notice", housing["id"]),  # nothing of that kind
    ):
        response = await link(client, world, housing, kind, target)
        assert error_locations(problem(response, 422)) == [["body", "target_id"]], kind
    response = await link(client, world, housing, "bulletin", task["id"])
    assert error_locations(problem(response, 422)) == [["body", "kind"]]

    for who in (LIAISON, "city_a.leader", "city_a.client_read"):
        problem(await link(client, world, housing, "task", task["id"], who=who), 403)
    problem(await link(client, world, housing, "task", task["id"], who="city_b.office_staff"), 404)
    made = await link(client, world, housing, "task", task["id"])
    assert made.status_code == 201, made.text
    link_id = made.json()["links"][0]["id"]
    for who in (LIAISON, "city_a.leader"):
        problem(
            await client.delete(
                links_url(world, housing, f"/{link_id}"), headers=world.headers(who)
            ),
            403,
        )
    problem(
        await client.delete(
            links_url(world, housing, f"/{link_id}"), headers=world.headers("city_b.office_staff")
        ),
        404,
    )
    # Through another finding, the link is none of its own.
    other = await finding(client, world, {"id": housing["inspection_id"]})
    problem(
        await client.delete(links_url(world, other, f"/{link_id}"), headers=world.headers(OFFICE)),
        404,
    )
    # A task a finding led to stays in the table: cancelled, never deleted.
    response = await client.delete(
        f"/v1/jurisdictions/{world.places['city_a'].id}/tasks/{task['id']}",
        headers={**world.headers(OFFICE), "If-Match": "*"},
    )
    assert "inspection findings" in problem(response, 409)["detail"]


async def test_a_finding_names_an_active_member_unit(
    client: httpx.AsyncClient, world: World
) -> None:
    """A unit deactivated has left the leading group: no new finding is given to it."""
    inspection = await plan(client, world)
    await held(client, world, inspection)
    natural = unit_id(world, "city_a", "natural_resources")
    response = await client.patch(
        f"/v1/jurisdictions/{world.places['city_a'].id}/units/{natural}",
        json={"is_active": False},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text
    body = {
        "problem": "问题",
        "cause": "原因",
        "handling": "处理",
        "rectify_within_working_days": 5,
    }
    for unit, message in (
        (natural, "自然资源局 is no longer a member unit"),
        (unit_id(world, "city_b", "housing"), "not a member unit of this jurisdiction"),
    ):
        response = await client.post(
            url(world, f"/{inspection['id']}/findings"),
            json={**body, "unit_id": unit},
            headers=world.headers(OFFICE),
        )
        found = problem(response, 422)
        assert error_locations(found) == [["body", "unit_id"]]
        assert found["errors"][0]["msg"] == message
    assert (await finding(client, world, inspection, "housing"))["state"] == "open"


async def test_two_offices_linking_one_target_at_once_link_it_once(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """The finding is not locked to link it: a link committed by another since the finding was
    read is found by the partial unique index (ON CONFLICT DO NOTHING, after waiting for the
    other's commit), and the request answers the finding read again, linked once (200)."""
    import asyncio
    import uuid as uuid_module

    from app.models import FindingLink

    _, housing, _ = await held_with_findings(client, world)
    task = await add_task(client, world)
    place = world.places["city_a"]
    async with database.sessionmaker() as other, other.begin():
        other.add(
            FindingLink(
                jurisdiction_id=place.id,
                finding_id=uuid_module.UUID(housing["id"]),
                kind="task",
                task_id=uuid_module.UUID(task["id"]),
                linked_on=date(2026, 12, 1),
                created_by=place.user_ids["office_director"],
                created_by_name="city-a.office_director",
            )
        )
        await other.flush()
        # Read before the other's commit, the finding has no link: the request inserts, and
        # waits on the other's uncommitted row.
        racing = asyncio.create_task(link(client, world, housing, "task", task["id"]))
        await asyncio.sleep(0.5)
        assert not racing.done()
    response = await racing
    assert response.status_code == 200, response.text
    assert [(item["target_id"], item["linked_by_name"]) for item in response.json()["links"]] == [
        (task["id"], "city-a.office_director")
    ]
    assert await audit_events(client, world, action="finding.link") == []


async def test_the_database_keeps_a_link_as_made_and_its_removal_once(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    from sqlalchemy import text

    _, housing, _ = await held_with_findings(client, world)
    task = await add_task(client, world)
    made = await link(client, world, housing, "task", task["id"])
    link_id = made.json()["links"][0]["id"]
    removed = await client.delete(
        links_url(world, housing, f"/{link_id}"), headers=world.headers(OFFICE)
    )
    assert removed.status_code == 204, removed.text
    async with database.sessionmaker() as session:
        for statement, refusal in (
            ("UPDATE inspection_finding_links SET linked_on = '2026-01-01'", "not rewritten"),
            ("UPDATE inspection_finding_links SET removed_by_name = 'x'", "set once"),
            ("DELETE FROM inspection_finding_links", "never deleted"),
        ):
            with pytest.raises(Exception, match=refusal):
                async with session.begin():
                    await session.execute(text(f"{statement} WHERE id = :id"), {"id": link_id})
