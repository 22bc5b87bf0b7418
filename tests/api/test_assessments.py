"""The annual performance assessment (绩效考核, C-ASM-1) through HTTP against PostgreSQL: the
office prepares the year's assessment, the scorecards are computed from the records with their
drill-down (recomputed here by hand from the rows they list and from rows this test wrote), as of
any day so far; manual scores, appeals and decisions; the director finalises and nothing changes
after; who sees and does what; the table as xlsx and CSV.

World (tests/factories.py): city_a ── county_a1, and city_b; units housing (the liaison's) and
natural_resources. Changji's rulebook (assessment defined for 2025–2027) in city_a and, inherited,
county_a1; Ezhou's (no assessment) in city_b. The clock stands at noon of Tuesday 2026-12-01."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.domain.assessments import RULE
from app.models import Inspection, InspectionFinding, SupervisionNotice, Task
from tests import sample_files
from tests.api.test_organisation import audit_events, problem
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
DIRECTOR = "city_a.office_director"
LIAISON = "city_a.liaison"  # holds a post for city_a's housing unit
YEAR = 2026
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def url(world: World, rest: str = "", place: str = "city_a", year: int = YEAR) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/assessments/{year}{rest}"


def unit(world: World, code: str, place: str = "city_a") -> uuid.UUID:
    return world.places[place].unit_ids[code]


def county(world: World) -> uuid.UUID:
    return world.places["county_a1"].id


# --- the records, written straight into the database (days in the past, as they happened) ----


class Seeded:
    """The ids of the records this test wrote, per subject and measure."""

    def __init__(self) -> None:
        self.rows: dict[tuple[uuid.UUID, str], dict[str, str]] = {}

    def add(self, subject: uuid.UUID, measure: str, record: uuid.UUID, outcome: str) -> None:
        self.rows.setdefault((subject, measure), {})[str(record)] = outcome


def _task(
    world: World,
    place: str,
    lead: str,
    code: str,
    deadline: date,
    completed_on: date | None = None,
) -> Task:
    p = world.places[place]
    return Task(
        id=uuid.uuid4(),
        jurisdiction_id=p.id,
        code=code,
        title=f"改革任务{code}",
        category="审批流程改革",
        source_kind="city_document",
        lead_unit_id=p.unit_ids[lead],
        deadline=deadline,
        state="done" if completed_on else "in_progress",
        percent=100 if completed_on else 50,
        created_on=date(2026, 1, 5),
        started_on=date(2026, 1, 5),
        completed_on=completed_on,
        created_by=p.user_ids["office_staff"],
        created_by_name="办公室",
    )


async def seed(world: World, database: Database) -> Seeded:
    """city_a's housing unit: tasks met, late, missed and not yet due; a notice answered in time
    and one unanswered past its date; a finding unrectified past its deadline. natural_resources:
    one task met. county_a1: a task of its own met, and a finding for the county (recorded by
    city_a's office) rectified in time."""
    seeded = Seeded()
    housing, natural, c = unit(world, "housing"), unit(world, "natural_resources"), county(world)
    city, office = world.places["city_a"], world.places["city_a"].user_ids["office_staff"]
    met = _task(world, "city_a", "housing", "1", date(2026, 3, 31), date(2026, 3, 30))
    late = _task(world, "city_a", "housing", "2", date(2026, 6, 30), date(2026, 7, 3))
    missed = _task(world, "city_a", "housing", "3", date(2026, 11, 27))
    not_due = _task(world, "city_a", "housing", "4", date(2026, 12, 31))
    other = _task(world, "city_a", "natural_resources", "5", date(2026, 5, 29), date(2026, 5, 20))
    own = _task(world, "county_a1", "housing", "1", date(2026, 4, 30), date(2026, 4, 29))
    notices = [
        SupervisionNotice(
            id=uuid.uuid4(),
            jurisdiction_id=city.id,
            task_id=met.id,
            unit_id=housing,
            text="请按期报送进展。",
            issued_on=date(2026, 2, 2),
            reply_due_on=date(2026, 2, 6),
            issued_by=office,
            issued_by_name="办公室",
            reply_text="已报送。",
            replied_at=datetime(2026, 2, 5, 2, 0).astimezone(),
            replied_on=date(2026, 2, 5),
            replied_by=office,
            replied_by_name="联络员",
        ),
        SupervisionNotice(
            id=uuid.uuid4(),
            jurisdiction_id=city.id,
            task_id=missed.id,
            unit_id=housing,
            text="任务逾期，请说明原因。",
            issued_on=date(2026, 10, 9),
            reply_due_on=date(2026, 10, 16),
            issued_by=office,
            issued_by_name="办公室",
        ),
    ]
    inspection = Inspection(
        id=uuid.uuid4(),
        jurisdiction_id=city.id,
        title="2026年第三季度督导检查",
        starts_on=date(2026, 9, 1),
        ends_on=date(2026, 9, 1),
        unit_ids=[housing],
        county_ids=[c],
        inspectors=["张三"],
        state="held",
        held_on=date(2026, 9, 1),
        held_by=office,
        held_by_name="办公室",
        created_by=office,
        created_by_name="办公室",
    )
    findings = [
        InspectionFinding(
            id=uuid.uuid4(),
            jurisdiction_id=city.id,
            inspection_id=inspection.id,
            unit_id=housing,
            problem="联合验收平台未对接。",
            cause="方案未定。",
            handling="限期对接。",
            recorded_on=date(2026, 9, 1),
            working_days=5,
            due_on=date(2026, 9, 8),
            state="open",
            created_by=office,
            created_by_name="办公室",
        ),
        InspectionFinding(
            id=uuid.uuid4(),
            jurisdiction_id=city.id,
            inspection_id=inspection.id,
            county_id=c,
            problem="县级审批时限超标。",
            cause="人手不足。",
            handling="压缩时限。",
            recorded_on=date(2026, 9, 1),
            working_days=20,
            due_on=date(2026, 9, 29),
            state="accepted",
            rectified_on=date(2026, 9, 25),
            created_by=office,
            created_by_name="办公室",
        ),
    ]
    async with database.sessionmaker() as session, session.begin():
        session.add_all([met, late, missed, not_due, other, own])
        await session.flush()
        session.add_all(notices)
        session.add(inspection)
        await session.flush()
        session.add_all(findings)
    seeded.add(housing, "tasks_on_time", met.id, "met")
    seeded.add(housing, "tasks_on_time", late.id, "late")
    seeded.add(housing, "tasks_on_time", missed.id, "missed")
    seeded.add(natural, "tasks_on_time", other.id, "met")
    seeded.add(c, "tasks_on_time", own.id, "met")
    seeded.add(housing, "supervision_replies_in_time", notices[0].id, "met")
    seeded.add(housing, "supervision_replies_in_time", notices[1].id, "missed")
    seeded.add(housing, "findings_rectified_in_time", findings[0].id, "missed")
    seeded.add(c, "findings_rectified_in_time", findings[1].id, "met")
    return seeded


async def prepare(client: httpx.AsyncClient, world: World, place: str = "city_a") -> dict[str, Any]:
    who = f"{place}.office_staff"
    response = await client.put(url(world, place=place), json={}, headers=world.headers(who))
    assert response.status_code == 201, response.text
    out: dict[str, Any] = response.json()
    return out


async def score(
    client: httpx.AsyncClient,
    world: World,
    subject: uuid.UUID,
    key: str = "innovation",
    value: float = 12,
    who: str = OFFICE,
) -> httpx.Response:
    return await client.put(
        url(world, f"/scorecards/{subject}/indicators/{key}"),
        json={"score": value, "reason": "改革创新工作较好，有可推广经验。"},
        headers=world.headers(who),
    )


async def card(
    client: httpx.AsyncClient, world: World, subject: uuid.UUID, who: str = OFFICE, **params: Any
) -> dict[str, Any]:
    response = await client.get(
        url(world, f"/scorecards/{subject}"), params=params, headers=world.headers(who)
    )
    assert response.status_code == 200, response.text
    out: dict[str, Any] = response.json()
    return out


def recompute(scorecard: dict[str, Any], grades: list[dict[str, Any]]) -> None:
    """Every figure of the card again, by hand, from the rows it lists."""
    total = 0.0
    for indicator in scorecard["indicators"]:
        if indicator["measure"] == "manual":
            assert indicator["evidence"] == []
        else:
            rows = indicator["evidence"]
            met = sum(1 for r in rows if r["outcome"] == "met")
            assert indicator["counted"] == len(rows)
            assert indicator["met"] == met
            assert indicator["late"] == sum(1 for r in rows if r["outcome"] == "late")
            assert indicator["missed"] == sum(1 for r in rows if r["outcome"] == "missed")
            assert indicator["working_days_late"] == sum(r["working_days_late"] for r in rows)
            expected = indicator["weight"] * (met / len(rows) if rows else 1)
            assert indicator["computed_score"] == round(expected, 2)
            if not indicator["adjusted"]:
                assert indicator["score"] == round(expected, 2)
        total += indicator["score"] or 0
    assert scorecard["total"] == round(total, 2)
    earned = [g["name"] for g in grades if scorecard["total"] >= g["min"]]
    assert scorecard["grade"] == earned[0]


def by_measure(scorecard: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["measure"]: i for i in scorecard["indicators"]}


# --- the computation -------------------------------------------------------------------------


async def test_a_scorecard_is_recomputed_by_hand_from_the_rows_it_lists_c_asm_1(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    seeded = await seed(world, database)
    prepared = await prepare(client, world)
    assert (prepared["state"], prepared["rule"], prepared["as_of"]) == (
        "preparing",
        RULE,
        "2026-12-01",
    )
    # Preparing again changes nothing.
    again = await client.put(url(world), json={}, headers=world.headers(OFFICE))
    assert again.status_code == 200, again.text
    assert (await score(client, world, unit(world, "housing"))).status_code == 200

    housing = await card(client, world, unit(world, "housing"))
    recompute(housing, prepared["grades"])
    measures = by_measure(housing)
    # The rows are exactly the records this test wrote (the task not yet due is none of them).
    for measure in ("tasks_on_time", "supervision_replies_in_time", "findings_rectified_in_time"):
        listed = {r["record_id"]: r["outcome"] for r in measures[measure]["evidence"]}
        assert listed == seeded.rows[(unit(world, "housing"), measure)], measure
    # By hand: tasks 30 × 1/3, notices 10 × 1/2, findings 0, no meeting (full 10), reports: the
    # three quarters due so far missing (Q4 is due in January), innovation 12 as entered.
    assert measures["tasks_on_time"]["score"] == 10.0
    assert measures["supervision_replies_in_time"]["score"] == 5.0
    assert measures["findings_rectified_in_time"]["score"] == 0.0
    assert (
        measures["principal_attendance"]["rate"],
        measures["principal_attendance"]["score"],
    ) == (
        None,
        10.0,
    )
    reports = measures["report_timeliness"]["evidence"]
    assert [r["label"] for r in reports] == [f"2026-Q{n} 季度书面汇报" for n in (1, 2, 3)] or [
        r["label"].split(" ")[0] for r in reports
    ] == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert {r["outcome"] for r in reports} == {"missed"}
    assert measures["manual"]["score"] == 12.0
    assert housing["total"] == 0 + 10 + 5 + 0 + 10 + 12
    assert housing["grade"] == "不合格"
    # The late task: completed Friday 2026-07-03, due Tuesday 06-30: three working days.
    late = next(r for r in measures["tasks_on_time"]["evidence"] if r["outcome"] == "late")
    assert (late["due_on"], late["done_on"], late["working_days_late"]) == (
        "2026-06-30",
        "2026-07-03",
        3,
    )


async def test_as_of_counts_the_records_as_they_stood_that_day(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    await seed(world, database)
    prepared = await prepare(client, world)
    housing = await card(client, world, unit(world, "housing"), as_of="2026-07-01")
    assert housing["indicators"][0]["evidence"] is not None
    tasks = by_measure(housing)["tasks_on_time"]
    # On 07-01 the task due 06-30 was still open (completed 07-03): missed by one working day;
    # the task due 11-27 was not due yet.
    outcomes = sorted(
        (r["due_on"], r["outcome"], r["working_days_late"]) for r in tasks["evidence"]
    )
    assert outcomes == [("2026-03-31", "met", 0), ("2026-06-30", "missed", 1)]
    recompute(housing, prepared["grades"])
    # Only Q1's report was due by then (C-RPT-1: 10 working days after the quarter).
    reports = by_measure(housing)["report_timeliness"]["evidence"]
    assert [r["label"].split(" ")[0] for r in reports] == ["2026-Q1"]
    # A notice answered before its reply date counts from the day it was answered: on 02-05,
    # answered that day and due 02-06, it is met; the one due in October is no record yet.
    early = await card(client, world, unit(world, "housing"), as_of="2026-02-05")
    notices = by_measure(early)["supervision_replies_in_time"]["evidence"]
    assert [(r["due_on"], r["done_on"], r["outcome"]) for r in notices] == [
        ("2026-02-06", "2026-02-05", "met")
    ]
    for bad in ("2025-12-31", "2026-12-02"):
        response = await client.get(
            url(world, f"/scorecards/{unit(world, 'housing')}"),
            params={"as_of": bad},
            headers=world.headers(OFFICE),
        )
        problem(response, 422)


async def test_a_countys_card_draws_on_its_own_records_and_the_findings_for_it(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    seeded = await seed(world, database)
    prepared = await prepare(client, world)
    c = county(world)
    county_card = await card(client, world, c)
    assert (county_card["kind"], county_card["name"]) == ("county", "county_a1")
    measures = by_measure(county_card)
    for measure in ("tasks_on_time", "findings_rectified_in_time"):
        listed = {r["record_id"]: r["outcome"] for r in measures[measure]["evidence"]}
        assert listed == seeded.rows[(c, measure)], measure
    # Its two units' quarterly reports, three quarters each, all missing.
    assert measures["report_timeliness"]["counted"] == 6
    assert not county_card["complete"]  # its innovation score is not entered
    recompute(county_card, prepared["grades"])
    listing = await client.get(url(world, "/scorecards"), headers=world.headers(OFFICE))
    assert listing.status_code == 200, listing.text
    items = listing.json()["items"]
    assert [(i["kind"], i["name"]) for i in items][-1] == ("county", "county_a1")
    assert {i["kind"] for i in items} == {"unit", "county"}
    assert all(i["appeals"] is None for i in items)
    assert all(ind["evidence"] is None for i in items for ind in i["indicators"])
    # The county office's appeal is listed for it; the unit's liaison does not see it.
    appealed = await client.post(
        url(world, f"/scorecards/{c}/indicators/innovation/appeals"),
        json={"reason": "请复核"},
        headers=world.headers("county_a1.office_director"),
    )
    assert appealed.status_code == 201, appealed.text
    mine = await client.get(url(world, "/appeals"), headers=world.headers("county_a1.office_staff"))
    assert [a["subject_id"] for a in mine.json()["items"]] == [str(c)]
    theirs = await client.get(url(world, "/appeals"), headers=world.headers(LIAISON))
    assert theirs.json()["items"] == []
    # Units rank among units, the county among counties.
    assert next(i for i in items if i["kind"] == "county")["rank"] == 1


async def test_the_scorecards_take_a_few_statements_not_one_per_subject(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    from tests.api.round_trips import round_trips

    world = books
    await seed(world, database)
    await prepare(client, world)
    await client.get(url(world, "/scorecards"), headers=world.headers(OFFICE))  # warm caches
    with round_trips(database) as sent:
        response = await client.get(url(world, "/scorecards"), headers=world.headers(OFFICE))
    assert response.status_code == 200, response.text
    # Whatever the number of units and counties: the caller, the assessment, the definition,
    # one statement for the subjects, the records of every measure, the scores with their files
    # and the appeals, the calendar, and the reports' matrices (their rulebooks, heads, units).
    assert len(sent) <= 11, "\n".join(sent)


# --- who sees what, who does what --------------------------------------------------------------


async def test_a_unit_sees_its_own_card_only(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    await seed(world, database)
    await prepare(client, world)
    listing = await client.get(url(world, "/scorecards"), headers=world.headers(LIAISON))
    assert [i["subject_id"] for i in listing.json()["items"]] == [str(unit(world, "housing"))]
    await card(client, world, unit(world, "housing"), who=LIAISON)
    other = await client.get(
        url(world, f"/scorecards/{unit(world, 'natural_resources')}"),
        headers=world.headers(LIAISON),
    )
    problem(other, 404)
    standings = (await client.get(url(world), headers=world.headers(LIAISON))).json()["standings"]
    assert [s["subject_id"] for s in standings] == [str(unit(world, "housing"))]
    # The unit enters no score.
    problem(await score(client, world, unit(world, "housing"), who=LIAISON), 403)
    # Someone without a post: no such jurisdiction.
    problem(await client.get(url(world), headers=world.headers("city_a.nobody")), 404)


async def test_a_county_reads_and_appeals_its_own_card_and_touches_nothing_else(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    await seed(world, database)
    await prepare(client, world)
    county_office = "county_a1.office_staff"
    mine = await card(client, world, county(world), who=county_office)
    assert mine["kind"] == "county"
    listing = await client.get(url(world, "/scorecards"), headers=world.headers(county_office))
    assert [i["subject_id"] for i in listing.json()["items"]] == [str(county(world))]
    problem(
        await client.get(
            url(world, f"/scorecards/{unit(world, 'housing')}"),
            headers=world.headers(county_office),
        ),
        404,
    )
    # The county cannot score, prepare or finalise the city's assessment.
    problem(await score(client, world, county(world), who=county_office), 404)
    problem(await client.put(url(world), json={}, headers=world.headers(county_office)), 404)
    problem(
        await client.post(url(world, "/finalisation"), headers=world.headers(county_office)), 404
    )
    appealed = await client.post(
        url(world, f"/scorecards/{county(world)}/indicators/tasks_on_time/appeals"),
        json={"reason": "我县任务均已按期完成。"},
        headers=world.headers(county_office),
    )
    assert appealed.status_code == 201, appealed.text
    assert appealed.json()["subject_kind"] == "county"
    # Another city's people see nothing.
    problem(await client.get(url(world), headers=world.headers("city_b.office_staff")), 404)


async def test_a_city_reads_its_countys_assessment(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    await prepare(client, world, place="county_a1")
    read = await client.get(url(world, place="county_a1"), headers=world.headers(OFFICE))
    assert read.status_code == 200, read.text
    assert {s["subject_id"] for s in read.json()["standings"]} == {
        str(unit(world, "housing", "county_a1")),
        str(unit(world, "natural_resources", "county_a1")),
    }
    # …but does not change it.
    response = await client.put(
        url(
            world,
            f"/scorecards/{unit(world, 'housing', 'county_a1')}/indicators/innovation",
            place="county_a1",
        ),
        json={"score": 10, "reason": "x"},
        headers=world.headers(OFFICE),
    )
    problem(response, 403)


async def test_no_assessment_without_a_definition_or_before_its_year(
    client: httpx.AsyncClient, books: World
) -> None:
    world = books
    problem(await client.get(url(world), headers=world.headers(OFFICE)), 404)
    response = await client.put(
        url(world, place="city_b"), json={}, headers=world.headers("city_b.office_staff")
    )
    body = problem(response, 409)
    assert "defines no assessment" in body["detail"]
    future = await client.put(url(world, year=2027), json={}, headers=world.headers(OFFICE))
    problem(future, 422)


# --- scores, appeals, finalisation -------------------------------------------------------------


async def test_appeals_decisions_and_finalisation_c_asm_1(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    await seed(world, database)
    await prepare(client, world)
    housing = unit(world, "housing")
    # A computed indicator's score is not the office's to enter before an upheld appeal.
    problem(await score(client, world, housing, "tasks_on_time", 25), 409)
    # Out of range for a manual one.
    problem(await score(client, world, housing, "innovation", 16), 422)
    # Only the unit appeals its card: the office is refused by the rule.
    refused = await client.post(
        url(world, f"/scorecards/{housing}/indicators/tasks_on_time/appeals"),
        json={"reason": "x"},
        headers=world.headers(OFFICE),
    )
    assert problem(refused, 403)["rule"] == RULE
    appealed = await client.post(
        url(world, f"/scorecards/{housing}/indicators/tasks_on_time/appeals"),
        json={"reason": "任务3逾期系上级政策调整所致。"},
        headers=world.headers(LIAISON),
    )
    assert appealed.status_code == 201, appealed.text
    appeal = appealed.json()
    assert (await client.get(url(world), headers=world.headers(OFFICE))).json()[
        "appeals_pending"
    ] == 1
    listed = await client.get(
        url(world, "/appeals"), params={"pending": "true"}, headers=world.headers(OFFICE)
    )
    assert [a["id"] for a in listed.json()["items"]] == [appeal["id"]]
    others = await client.get(url(world, "/appeals"), headers=world.headers("city_a.client_read"))
    assert [a["id"] for a in others.json()["items"]] == [appeal["id"]]
    # Finalising with an undecided appeal: 409; by someone not the director: 403.
    problem(await client.post(url(world, "/finalisation"), headers=world.headers(OFFICE)), 403)
    problem(
        await client.post(
            url(world, "/finalisation"), headers=world.headers("city_a.office_deputy_director")
        ),
        403,
    )
    pending = problem(
        await client.post(url(world, "/finalisation"), headers=world.headers(DIRECTOR)), 409
    )
    assert "appeal" in pending["detail"]
    decided = await client.post(
        url(world, f"/appeals/{appeal['id']}/decision"),
        json={"outcome": "upheld", "reason": "经核实，情况属实。"},
        headers=world.headers(OFFICE),
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["outcome"] == "upheld"
    # The appeal's own address (its 201's Location) reads the decision, to the appellant too.
    read = await client.get(url(world, f"/appeals/{appeal['id']}"), headers=world.headers(LIAISON))
    assert read.status_code == 200, read.text
    assert (read.json()["outcome"], read.json()["decision_reason"]) == (
        "upheld",
        "经核实，情况属实。",
    )
    # The card shows the appeal as the appeals' list does, every field (its times too), though
    # it reads it together with the scores and their files.
    listed = await client.get(url(world, "/appeals"), headers=world.headers(OFFICE))
    assert (
        (await card(client, world, housing))["appeals"]
        == listed.json()["items"]
        == [decided.json()]
    )
    again = await client.post(
        url(world, f"/appeals/{appeal['id']}/decision"),
        json={"outcome": "rejected", "reason": "x"},
        headers=world.headers(OFFICE),
    )
    problem(again, 409)
    # Upheld: the office now enters the item's score, which replaces the computed one.
    assert (await score(client, world, housing, "tasks_on_time", 25)).status_code == 200
    adjusted = by_measure(await card(client, world, housing))["tasks_on_time"]
    assert (adjusted["score"], adjusted["computed_score"], adjusted["adjusted"]) == (25, 10, True)
    # Manual scores missing (the other unit's, the county's): 409 naming them.
    missing = problem(
        await client.post(url(world, "/finalisation"), headers=world.headers(DIRECTOR)), 409
    )
    assert "manual score" in missing["detail"]
    assert "自然资源局: 改革创新与工作实效（办公室评分）" in missing["detail"]
    assert "county_a1: 改革创新与工作实效（办公室评分）" in missing["detail"]
    for subject in (housing, unit(world, "natural_resources"), county(world)):
        assert (await score(client, world, subject)).status_code == 200
    evidence = await client.post(
        url(world, f"/scorecards/{housing}/indicators/innovation/evidence"),
        files=[("evidence", ("经验材料.pdf", sample_files.pdf(), "application/pdf"))],
        headers=world.headers(OFFICE),
    )
    assert evidence.status_code == 201, evidence.text
    before = await card(client, world, housing)
    final = await client.post(url(world, "/finalisation"), headers=world.headers(DIRECTOR))
    assert final.status_code == 200, final.text
    assert (final.json()["state"], final.json()["finalised_by_name"]) == (
        "final",
        "city-a office_director",
    )
    # Frozen: a task completed since does not move the card.
    async with database.sessionmaker() as session, session.begin():
        session.add(_task(world, "city_a", "housing", "9", date(2026, 11, 2), date(2026, 11, 2)))
    after = await card(client, world, housing)
    assert after == before
    # Every write after: 409, naming C-ASM-1.
    for response in (
        await score(client, world, housing),
        await client.put(url(world), json={}, headers=world.headers(OFFICE)),
        await client.post(
            url(world, f"/scorecards/{housing}/indicators/innovation/appeals"),
            json={"reason": "x"},
            headers=world.headers(LIAISON),
        ),
        await client.post(
            url(world, f"/appeals/{appeal['id']}/decision"),
            json={"outcome": "rejected", "reason": "x"},
            headers=world.headers(OFFICE),
        ),
        await client.post(url(world, "/finalisation"), headers=world.headers(DIRECTOR)),
    ):
        assert problem(response, 409)["rule"] == RULE
    # And in the database: what gets past the service is refused there too.
    for statement in (
        "UPDATE assessments SET state = 'preparing'",
        "DELETE FROM assessments",
        "UPDATE assessment_scores SET score = 0",
        "DELETE FROM assessment_appeals",
        "UPDATE assessment_score_files SET filename = 'x.pdf'",
        "DELETE FROM assessment_score_files",
    ):
        with pytest.raises(DBAPIError, match="a final assessment never changes"):
            async with database.engine.begin() as connection:
                await connection.execute(text(statement))
    actions = {e["action"] for e in await audit_events(client, world)}
    assert {
        "assessment.prepare",
        "assessment.score",
        "assessment.appeal",
        "assessment.appeal_decision",
        "assessment.finalise",
    } <= actions
    feed = await client.get(
        f"/v1/jurisdictions/{world.places['city_a'].id}/events",
        params={"types": "assessment.finalised"},
        headers=world.headers(OFFICE),
    )
    assert feed.status_code == 200, feed.text
    [event] = feed.json()["items"]
    assert event["resource_url"] == url(world)
    assert event["payload"] == {"year": 2026, "state": "final", "finalised_on": "2026-12-01"}


async def test_a_score_carries_evidence_files(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    world = books
    await prepare(client, world)
    housing = unit(world, "housing")
    path = url(world, f"/scorecards/{housing}/indicators/innovation/evidence")
    files = [("evidence", ("经验材料.pdf", sample_files.pdf("经验"), "application/pdf"))]
    problem(await client.post(path, files=files, headers=world.headers(OFFICE)), 409)
    assert (await score(client, world, housing)).status_code == 200
    added = await client.post(path, files=files, headers=world.headers(OFFICE))
    assert added.status_code == 201, added.text
    (stored,) = added.json()["files"]
    shown = by_measure(await card(client, world, housing, who=LIAISON))["manual"]["files"]
    assert shown == [stored]
    # Entered again: the score keeps its files.
    again = await score(client, world, housing)
    assert again.status_code == 200, again.text
    assert again.json()["files"] == [stored]
    download = await client.get(f"{path}/{stored['id']}", headers=world.headers(LIAISON))
    assert download.status_code == 200
    assert download.content == sample_files.pdf("经验")


# --- the table ---------------------------------------------------------------------------------


async def test_the_table_as_xlsx_and_csv(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    from openpyxl import load_workbook

    world = books
    await seed(world, database)
    await prepare(client, world)
    await score(client, world, unit(world, "housing"), value=15)
    cards = (await client.get(url(world, "/scorecards"), headers=world.headers(OFFICE))).json()
    by_name = {c["name"]: c for c in cards["items"]}

    response = await client.get(
        url(world, "/table"), headers={**world.headers(OFFICE), "Accept": XLSX}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    sheet = load_workbook(io.BytesIO(response.content))["考核结果"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert str(rows[0][0]).startswith("2026年度绩效考核结果")
    header = rows[1]
    assert header[:2] == ["考核对象", "类别"]
    assert header[-3:] == ["总分", "等次", "名次"]
    assert len(header) == 2 + 6 + 3
    lines = {r[0]: r for r in rows[2:]}
    assert set(lines) == set(by_name)
    for name, line in lines.items():
        expected = by_name[name]
        assert line[-3:] == [expected["total"], expected["grade"], expected["rank"]]
        assert line[2:-3] == [i["score"] for i in expected["indicators"]]
    # The units come first, each kind by rank.
    assert [r[1] for r in rows[2:]] == ["成员单位", "成员单位", "县市（园区）"]

    response = await client.get(
        url(world, "/table"), headers={**world.headers(OFFICE), "Accept": "text/csv"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    parsed = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert parsed[0] == header
    housing_line = next(r for r in parsed[1:] if r[0] == "住房和城乡建设局")
    assert float(housing_line[-3]) == by_name["住房和城乡建设局"]["total"]
    assert housing_line[-2] == by_name["住房和城乡建设局"]["grade"]
    # A unit's table holds its own line only.
    mine = await client.get(
        url(world, "/table"), headers={**world.headers(LIAISON), "Accept": "text/csv"}
    )
    assert [r[0] for r in csv.reader(io.StringIO(mine.content.decode("utf-8-sig")))][1:] == [
        "住房和城乡建设局"
    ]


async def test_the_board_reads_the_standings_the_caller_may_see(
    books: World, database: Database, client: httpx.AsyncClient
) -> None:
    from app.domain.access import Actor
    from app.repositories.users import load_actor as loaded

    async def load_actor(session: Any, user_id: uuid.UUID) -> Actor:
        actor = await loaded(session, user_id)
        assert actor is not None
        return actor

    from app.services import assessments

    world = books
    async with database.sessionmaker() as session:
        assert (
            await assessments.standings(
                session,
                await load_actor(session, world.places["city_a"].user_ids["office_staff"]),
                world.places["city_a"].id,
                YEAR,
            )
            is None
        )
    await prepare(client, world)
    async with database.sessionmaker() as session:
        office = await load_actor(session, world.places["city_a"].user_ids["office_staff"])
        liaison = await load_actor(session, world.places["city_a"].user_ids["liaison"])
        every = await assessments.standings(session, office, world.places["city_a"].id, YEAR)
        own = await assessments.standings(session, liaison, world.places["city_a"].id, YEAR)
    assert every is not None
    assert own is not None
    assert {(s.subject_name, s.kind) for s in every} == {
        ("住房和城乡建设局", "unit"),
        ("自然资源局", "unit"),
        ("county_a1", "county"),
    }
    assert [s.subject_name for s in own] == ["住房和城乡建设局"]


async def test_a_units_head_attending_in_person_counts_for_principal_attendance(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """Held meetings the unit's head was invited to (主要负责同志): present is met; absent or
    represented is missed; attendance not recorded, or a meeting not held, is no record."""
    from sqlalchemy import select

    from app.models import Meeting, MeetingInvitee, RulebookVersion

    world = books
    city = world.places["city_a"]
    housing = unit(world, "housing")
    async with database.sessionmaker() as session, session.begin():
        version = (
            await session.execute(
                select(RulebookVersion.id).where(RulebookVersion.jurisdiction_id == city.id)
            )
        ).scalar_one()
        meetings = []
        for n, (state, attendance) in enumerate(
            (
                ("held", "present"),
                ("minutes_archived", "absent"),
                ("held", "represented"),
                ("held", "invited"),  # not recorded: no record either way
                ("cancelled", "invited"),  # not held
            )
        ):
            starts = datetime(2026, 3 + n, 10, 2, 0).astimezone()
            meeting = Meeting(
                id=uuid.uuid4(),
                jurisdiction_id=city.id,
                kind="plenary_meeting",
                kind_name="全体会议",
                minutes_required=True,
                title=f"全体会议{n}",
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                place="会议室",
                is_extra=False,
                state=state,
                agenda=[],
                rulebook_version_id=version,
                convened_by=city.user_ids["leader"],
                convene_rule="C-MTG-1",
                chair_id=city.user_ids["leader"],
                chair_rule="C-MTG-1",
                cancelled_at=starts if state == "cancelled" else None,
                cancellation_reason="改期" if state == "cancelled" else None,
            )
            meetings.append(meeting)
            session.add(meeting)
            await session.flush()
            session.add(
                MeetingInvitee(
                    jurisdiction_id=city.id,
                    meeting_id=meeting.id,
                    position=1,
                    unit_id=housing,
                    basis="unit_principal_heads",
                    attendance=attendance,
                    absence_reason="出差" if attendance == "absent" else None,
                    represented_by_name="副局长" if attendance == "represented" else None,
                )
            )
    prepared = await prepare(client, world)
    housing_card = await card(client, world, housing)
    attendance = by_measure(housing_card)["principal_attendance"]
    assert sorted((r["record_id"].split(":")[0], r["outcome"]) for r in attendance["evidence"]) == (
        sorted(
            [
                (str(meetings[0].id), "met"),
                (str(meetings[1].id), "missed"),
                (str(meetings[2].id), "missed"),
            ]
        )
    )
    assert attendance["score"] == round(10 * 1 / 3, 2)
    recompute(housing_card, prepared["grades"])


async def test_a_score_is_changed_only_by_whoever_read_the_assessment_as_it_is(
    client: httpx.AsyncClient, books: World
) -> None:
    """If-Match on the assessment's version, which its scores and appeals move too."""
    world = books
    await prepare(client, world)
    read = await client.get(url(world), headers=world.headers(OFFICE))
    etag = read.headers["etag"]
    housing = unit(world, "housing")
    path = url(world, f"/scorecards/{housing}/indicators/innovation")
    body = {"score": 10, "reason": "较好"}
    first = await client.put(path, json=body, headers={**world.headers(OFFICE), "If-Match": etag})
    assert first.status_code == 200, first.text
    stale = await client.put(path, json=body, headers={**world.headers(OFFICE), "If-Match": etag})
    problem(stale, 412)
    assert (await client.get(url(world), headers=world.headers(OFFICE))).headers["etag"] != etag


async def test_an_appeal_sent_twice_with_its_idempotency_key_is_made_once(
    client: httpx.AsyncClient, books: World
) -> None:
    world = books
    await prepare(client, world)
    path = url(world, f"/scorecards/{unit(world, 'housing')}/indicators/tasks_on_time/appeals")
    headers = {**world.headers(LIAISON), "Idempotency-Key": "appeal-1"}
    first = await client.post(path, json={"reason": "请复核"}, headers=headers)
    again = await client.post(path, json={"reason": "请复核"}, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    listed = await client.get(url(world, "/appeals"), headers=world.headers(OFFICE))
    assert len(listed.json()["items"]) == 1
