"""Supervision (督办, E-TSK-2), public notices (通报) and accountability (问责, E-TSK-3) through
HTTP: issuing with a reply date in working days, the unit's one reply, who sees which notice,
unanswered and overdue, what a public notice may name and cite, when a unit may be held
accountable, and a city reading its county's records without writing them.

World (tests/factories.py): city_a ── county_a1, and city_b; units housing (the liaison's) and
natural_resources. The clock stands at noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

from app.db import Database
from app.domain.tasks import ACCOUNTABILITY_SOURCE, SUPERVISION_SOURCE
from app.models import TaskProgressReport
from tests.api.task_helpers import add_task, task_url, unit_id
from tests.api.test_briefings import information_officer
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World, with_if_match

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
LIAISON = "city_a.liaison"  # holds a post for city_a's housing unit


def jurisdiction(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}"


def notices_url(world: World, place: str = "city_a", rest: str = "") -> str:
    return f"{jurisdiction(world, place)}/supervision-notices{rest}"


def public_url(world: World, place: str = "city_a", rest: str = "") -> str:
    return f"{jurisdiction(world, place)}/public-notices{rest}"


def records_url(world: World, place: str = "city_a", rest: str = "") -> str:
    return f"{jurisdiction(world, place)}/accountability-records{rest}"


def at(clock: FixedClock, day: str) -> None:
    """Noon of ``day`` in Shanghai."""
    clock.at = datetime.fromisoformat(f"{day}T04:00:00+00:00")


async def supervise(
    client: httpx.AsyncClient,
    world: World,
    task: dict[str, Any],
    place: str = "city_a",
    who: str = OFFICE,
    **fields: Any,
) -> dict[str, Any]:
    response = await client.post(
        task_url(world, task, "/supervision-notices", place=place),
        json={"text": "请于期限内书面报告进展。", **fields},
        headers=world.headers(who),
    )
    assert response.status_code == 201, response.text
    notice: dict[str, Any] = response.json()
    return notice


async def reply(
    client: httpx.AsyncClient, world: World, notice: dict[str, Any], who: str = LIAISON
) -> httpx.Response:
    return await client.post(
        notices_url(world, rest=f"/{notice['id']}/reply"),
        json={"text": "已完成征求意见稿。"},
        headers=world.headers(who),
    )


async def listed(
    client: httpx.AsyncClient, world: World, url: str, who: str, **params: Any
) -> list[dict[str, Any]]:
    """The whole list, on one page (the tests make far fewer rows than the page limit)."""
    response = await client.get(url, params={"limit": 200, **params}, headers=world.headers(who))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["next_cursor"] is None
    items: list[dict[str, Any]] = body["items"]
    return items


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


async def progress_report(database: Database, world: World, task: dict[str, Any]) -> str:
    """A progress report on ``task``, straight into the database (reporting is another part's)."""
    async with database.sessionmaker() as session, session.begin():
        row = TaskProgressReport(
            jurisdiction_id=uuid.UUID(task["jurisdiction_id"]),
            task_id=uuid.UUID(task["id"]),
            unit_id=uuid.UUID(task["lead_unit"]["id"]),
            reported_on=date(2026, 12, 1),
            created_at=datetime.now(UTC),
            author_id=world.places["city_a"].user_ids["liaison"],
            author_name="联络员",
            text="已起草",
            percent=30,
            proposes_completion=False,
        )
        session.add(row)
        await session.flush()
        return str(row.id)


# --- supervision notices ------------------------------------------------------------------------


async def test_office_supervises_the_lead_unit_with_a_reply_date_in_working_days(
    client: httpx.AsyncClient, world: World
) -> None:
    """E-TSK-2. From Tuesday 2026-12-01, five working days cross a weekend: Tuesday 12-08."""
    task = await add_task(client, world)
    notice = await supervise(client, world, task)
    assert notice["task"] == {"id": task["id"], "code": task["code"], "title": task["title"]}
    assert notice["unit"] == {"id": unit_id(world, "city_a", "housing"), "name": "住房和城乡建设局"}
    assert (notice["issued_on"], notice["reply_due_on"]) == ("2026-12-01", "2026-12-08")
    assert (notice["answered"], notice["reply_overdue"], notice["reply_text"]) == (
        False,
        False,
        None,
    )
    assert notice["reply_overdue_working_days"] == 0
    events = await audit_events(client, world, action="supervision_notice.issue")
    assert [(e["entity_type"], e["entity_id"]) for e in events] == [
        ("supervision_notice", notice["id"])
    ]
    assert events[0]["after"]["reply_due_on"] == "2026-12-08"
    # A date given is kept; today is the earliest.
    same_day = await supervise(client, world, task, reply_due_on="2026-12-01")
    assert same_day["reply_due_on"] == "2026-12-01"
    # A supervised task has a history: it is cancelled, not deleted.
    problem(
        await with_if_match(client, "DELETE", task_url(world, task), headers=world.headers(OFFICE)),
        409,
    )
    response = await client.post(
        task_url(world, task, "/supervision-notices"),
        json={"text": "请报告", "reply_due_on": "2026-11-30"},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "reply_due_on"]]
    response = await client.post(
        task_url(world, task, "/supervision-notices"),
        json={"text": ""},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "text"]]


async def test_the_notice_goes_to_the_lead_unit_of_the_day(
    client: httpx.AsyncClient, world: World
) -> None:
    natural = unit_id(world, "city_a", "natural_resources")
    task = await add_task(client, world)
    before = await supervise(client, world, task)
    response = await with_if_match(
        client,
        "PATCH",
        task_url(world, task),
        json={"lead_unit_id": natural, "cooperating_unit_ids": []},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text
    after = await supervise(client, world, task)
    assert (before["unit"]["id"], after["unit"]["id"]) == (
        unit_id(world, "city_a", "housing"),
        natural,
    )


async def test_only_the_office_supervises_and_only_open_tasks(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    for who in (LIAISON, "city_a.leader", "city_a.client_read"):
        response = await client.post(
            task_url(world, task, "/supervision-notices"),
            json={"text": "请报告"},
            headers=world.headers(who),
        )
        problem(response, 403)
    response = await client.post(
        task_url(world, task, "/cancel"), json={"reason": "调整"}, headers=world.headers(OFFICE)
    )
    assert response.status_code == 200, response.text
    response = await client.post(
        task_url(world, task, "/supervision-notices"),
        json={"text": "请报告"},
        headers=world.headers(OFFICE),
    )
    assert "cancelled" in problem(response, 409)["detail"]
    response = await client.post(
        jurisdiction(world) + f"/tasks/{uuid.uuid4()}/supervision-notices",
        json={"text": "请报告"},
        headers=world.headers(OFFICE),
    )
    problem(response, 404)


async def test_the_unit_replies_once(client: httpx.AsyncClient, world: World) -> None:
    notice = await supervise(client, world, await add_task(client, world))
    response = await reply(client, world, notice)
    assert response.status_code == 200, response.text
    answered = response.json()
    assert answered["answered"] is True
    assert (answered["reply_text"], answered["replied_on"]) == ("已完成征求意见稿。", "2026-12-01")
    assert answered["replied_by"] == str(world.places["city_a"].user_ids["liaison"])
    assert answered["reply_overdue"] is False
    second = problem(await reply(client, world, notice), 409)
    assert "2026-12-01" in second["detail"]
    events = await audit_events(client, world, action="supervision_notice.reply")
    assert len(events) == 1
    assert events[0]["before"]["answered"] is False
    assert events[0]["after"]["reply_text"] == "已完成征求意见稿。"
    response = await client.get(
        notices_url(world, rest=f"/{notice['id']}"), headers=world.headers(OFFICE)
    )
    assert response.json()["reply_text"] == "已完成征求意见稿。"


async def test_the_reply_is_the_units_not_the_offices_nor_the_leaders(
    client: httpx.AsyncClient, world: World
) -> None:
    """E-TSK-2: those who see the notice but do not speak for the unit are refused by the rule;
    those who do not see it are told it does not exist."""
    notice = await supervise(client, world, await add_task(client, world))
    for who in (OFFICE, "city_a.office_director", "city_a.leader", "admin"):
        body = problem(await reply(client, world, notice, who), 403)
        assert (body["rule"], body["source"]) == ("E-TSK-2", SUPERVISION_SOURCE), who
    # The cooperating unit's people see the task but not the notice to the lead unit.
    natural = await information_officer(client, world, "natural_resources")
    problem(await reply(client, world, notice, natural), 404)
    problem(await reply(client, world, notice, "city_a.nobody"), 404)
    problem(await reply(client, world, notice, "city_b.liaison"), 404)
    # No reply was recorded by any of them.
    response = await reply(client, world, notice)
    assert response.status_code == 200, response.text


async def test_unanswered_and_overdue_filters(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    task = await add_task(client, world)
    answered = await supervise(client, world, task)  # due 12-08
    late = await supervise(client, world, task, reply_due_on="2026-12-02")
    assert (await reply(client, world, answered)).status_code == 200
    url = notices_url(world)
    assert ids(await listed(client, world, url, OFFICE, unanswered=True)) == [late["id"]]
    assert ids(await listed(client, world, url, OFFICE, unanswered=False)) == [answered["id"]]
    assert ids(await listed(client, world, url, OFFICE, overdue=True)) == []
    # Friday 12-04: the reply due Wednesday 12-02 is overdue by two working days (Thu, Fri).
    at(pinned_clock, "2026-12-04")
    assert ids(await listed(client, world, url, OFFICE, overdue=True)) == [late["id"]]
    assert ids(await listed(client, world, url, OFFICE, overdue=False)) == [answered["id"]]
    (item,) = await listed(client, world, url, OFFICE, overdue=True)
    assert (item["reply_overdue"], item["reply_overdue_working_days"]) == (True, 2)
    # Answered on Monday 12-07, late: it stays overdue, by the working days until the reply.
    at(pinned_clock, "2026-12-07")
    response = await reply(client, world, late)
    assert response.status_code == 200, response.text
    assert (response.json()["reply_overdue"], response.json()["reply_overdue_working_days"]) == (
        True,
        3,
    )
    at(pinned_clock, "2026-12-20")
    assert ids(await listed(client, world, url, OFFICE, overdue=True)) == [late["id"]]
    assert ids(await listed(client, world, url, OFFICE, unanswered=True)) == []
    # Newest first, by day of issue.
    newest = await supervise(client, world, task)
    assert ids(await listed(client, world, url, OFFICE))[0] == newest["id"]
    assert ids(await listed(client, world, url, OFFICE, issued_from="2026-12-02")) == [newest["id"]]
    assert ids(await listed(client, world, url, OFFICE, issued_to="2026-12-01")) == sorted(
        [answered["id"], late["id"]], reverse=True
    )
    response = await client.get(
        url,
        params={"issued_from": "2026-12-05", "issued_to": "2026-12-01"},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["query", "issued_from"]]


async def test_pages_follow_the_cursor(client: httpx.AsyncClient, world: World) -> None:
    task = await add_task(client, world)
    made = {(await supervise(client, world, task))["id"] for _ in range(3)}
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        response = await client.get(
            notices_url(world), params=params, headers=world.headers(OFFICE)
        )
        assert response.status_code == 200, response.text
        seen += ids(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(made)
    assert len(seen) == 3


async def test_a_units_people_see_only_their_units_notices(
    client: httpx.AsyncClient, world: World
) -> None:
    natural_unit = unit_id(world, "city_a", "natural_resources")
    housing_task = await add_task(client, world)  # natural resources cooperates
    natural_task = await add_task(client, world, lead_unit_id=natural_unit, cooperating_unit_ids=[])
    to_housing = await supervise(client, world, housing_task)
    to_natural = await supervise(client, world, natural_task)
    natural = await information_officer(client, world, "natural_resources")
    url = notices_url(world)
    for who in (OFFICE, "city_a.leader", "city_a.client_read", "city_a.office_director"):
        assert set(ids(await listed(client, world, url, who))) == {
            to_housing["id"],
            to_natural["id"],
        }
    assert ids(await listed(client, world, url, LIAISON)) == [to_housing["id"]]
    assert ids(await listed(client, world, url, natural)) == [to_natural["id"]]
    assert ids(await listed(client, world, url, "city_a.deputy_leader", unit_id=natural_unit)) == [
        to_natural["id"]
    ]
    for who, hidden in ((LIAISON, to_natural), (natural, to_housing)):
        problem(
            await client.get(
                notices_url(world, rest=f"/{hidden['id']}"), headers=world.headers(who)
            ),
            404,
        )
    response = await client.get(
        notices_url(world, rest=f"/{to_housing['id']}"), headers=world.headers(LIAISON)
    )
    assert response.status_code == 200, response.text
    # A task's notices: the cooperating unit sees the task, and none of the lead unit's notices.
    task_notices = task_url(world, housing_task, "/supervision-notices")
    assert await listed(client, world, task_notices, natural) == []
    assert ids(await listed(client, world, task_notices, LIAISON)) == [to_housing["id"]]
    assert ids(await listed(client, world, task_notices, OFFICE)) == [to_housing["id"]]
    # The housing unit does not see the natural-resources task at all.
    response = await client.get(
        task_url(world, natural_task, "/supervision-notices"), headers=world.headers(LIAISON)
    )
    problem(response, 404)
    # Someone holding no post here does not see the jurisdiction.
    problem(await client.get(url, headers=world.headers("city_a.nobody")), 404)


# --- public notices -----------------------------------------------------------------------------


async def test_office_issues_a_public_notice_that_every_member_unit_reads(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    natural_unit = unit_id(world, "city_a", "natural_resources")
    housing_unit = unit_id(world, "city_a", "housing")
    task = await add_task(client, world, deadline="2026-11-20")
    notice = await supervise(client, world, task)
    report = await progress_report(database, world, task)
    body = {
        "title": "关于改革任务推进滞后情况的通报",
        "body": "联合验收实施细则逾期未出台。",
        "tone": "criticism",
        "document_reference": "工改办〔2026〕5号",
        "unit_ids": [housing_unit, natural_unit],  # the lead and the cooperating unit
        "task_ids": [task["id"]],
        "evidence_report_ids": [report],
        "evidence_supervision_ids": [notice["id"]],
    }
    response = await client.post(public_url(world), json=body, headers=world.headers(OFFICE))
    assert response.status_code == 201, response.text
    made = response.json()
    assert [u["id"] for u in made["units"]] == [housing_unit, natural_unit]
    assert made["tasks"] == [{"id": task["id"], "code": task["code"], "title": task["title"]}]
    assert (made["issued_on"], made["tone"]) == ("2026-12-01", "criticism")
    assert (made["evidence_report_ids"], made["evidence_supervision_ids"]) == (
        [report],
        [notice["id"]],
    )
    events = await audit_events(client, world, action="public_notice.issue")
    assert [e["entity_id"] for e in events] == [made["id"]]
    # An internal notice to every member unit: whoever reads the jurisdiction reads it.
    natural = await information_officer(client, world, "natural_resources")
    for who in (LIAISON, natural, "city_a.leader", "city_a.client_read"):
        response = await client.get(
            public_url(world, rest=f"/{made['id']}"), headers=world.headers(who)
        )
        assert response.json() == made, who
        assert ids(await listed(client, world, public_url(world), who)) == [made["id"]]
    assert ids(await listed(client, world, public_url(world), OFFICE, unit_id=natural_unit)) == [
        made["id"]
    ]
    assert ids(await listed(client, world, public_url(world), OFFICE, task_id=task["id"])) == [
        made["id"]
    ]
    assert await listed(client, world, public_url(world), OFFICE, tone="commendation") == []
    assert await listed(client, world, public_url(world), OFFICE, issued_from="2026-12-02") == []
    # Only the office writes one; none is changed or deleted.
    for who in (LIAISON, "city_a.leader"):
        response = await client.post(public_url(world), json=body, headers=world.headers(who))
        problem(response, 403)
    for method in ("PATCH", "DELETE"):
        response = await client.request(
            method, public_url(world, rest=f"/{made['id']}"), headers=world.headers(OFFICE)
        )
        assert response.status_code == 405
    problem(
        await client.get(public_url(world, rest=f"/{uuid.uuid4()}"), headers=world.headers(OFFICE)),
        404,
    )


async def test_a_public_notice_names_answerable_units_and_cites_its_own_evidence(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    natural_unit = unit_id(world, "city_a", "natural_resources")
    housing_unit = unit_id(world, "city_a", "housing")
    task = await add_task(client, world, cooperating_unit_ids=[])  # housing alone
    other = await add_task(client, world)
    foreign = await add_task(client, world, "city_b")
    other_notice = await supervise(client, world, other)
    other_report = await progress_report(database, world, other)
    base = {"title": "通报", "body": "正文", "tone": "criticism", "task_ids": [task["id"]]}

    async def refused(**fields: Any) -> list[list[str | int]]:
        response = await client.post(
            public_url(world), json={**base, **fields}, headers=world.headers(OFFICE)
        )
        return error_locations(problem(response, 422))

    # The natural-resources unit neither leads nor cooperates on the task cited.
    assert await refused(unit_ids=[housing_unit, natural_unit]) == [["body", "unit_ids", 1]]
    assert await refused(unit_ids=[housing_unit, housing_unit]) == [["body", "unit_ids", 1]]
    assert await refused(unit_ids=[unit_id(world, "city_b", "housing")]) == [
        ["body", "unit_ids", 0]
    ]
    assert await refused(unit_ids=[housing_unit], task_ids=[foreign["id"], task["id"]]) == [
        ["body", "task_ids", 0]
    ]
    assert await refused(
        unit_ids=[housing_unit],
        evidence_report_ids=[other_report],
        evidence_supervision_ids=[other_notice["id"], str(uuid.uuid4())],
    ) == [
        ["body", "evidence_report_ids", 0],
        ["body", "evidence_supervision_ids", 0],
        ["body", "evidence_supervision_ids", 1],
    ]
    assert await refused(unit_ids=[housing_unit], issued_on="2026-12-02") == [["body", "issued_on"]]
    assert await refused(unit_ids=[]) == [["body", "unit_ids"]]
    # Citing the other task too makes the same notice fit; a past day is kept.
    response = await client.post(
        public_url(world),
        json={
            **base,
            "tone": "commendation",
            "issued_on": "2026-11-30",
            "unit_ids": [housing_unit, natural_unit],
            "task_ids": [task["id"], other["id"]],
            "evidence_report_ids": [other_report],
            "evidence_supervision_ids": [other_notice["id"]],
        },
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 201, response.text
    assert response.json()["issued_on"] == "2026-11-30"
    assert await audit_events(client, world, action="public_notice.issue") != []


# --- accountability -----------------------------------------------------------------------------


def record_body(world: World, task: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "unit_id": unit_id(world, "city_a", "housing"),
        "measure": "约谈",
        "reason": "联合验收实施细则逾期未出台。",
        "decided_by": "领导小组第3次全体会议",
        "task_ids": [task["id"]],
        **fields,
    }


async def hold_accountable(
    client: httpx.AsyncClient, world: World, body: dict[str, Any], place: str = "city_a"
) -> httpx.Response:
    return await client.post(
        records_url(world, place), json=body, headers=world.headers(f"{place}.office_staff")
    )


async def test_a_unit_leading_an_overdue_task_is_held_accountable(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """E-TSK-3: the task led by the unit was due Friday 2026-11-20 and is still open."""
    task = await add_task(client, world, deadline="2026-11-20")
    report = await progress_report(database, world, task)
    response = await hold_accountable(
        client, world, record_body(world, task, evidence_report_ids=[report])
    )
    assert response.status_code == 201, response.text
    record = response.json()
    assert (record["rule"], record["source"]) == ("E-TSK-3", ACCOUNTABILITY_SOURCE)
    assert record["unit"] == {"id": unit_id(world, "city_a", "housing"), "name": "住房和城乡建设局"}
    assert (record["measure"], record["decided_by"], record["decided_on"]) == (
        "约谈",
        "领导小组第3次全体会议",
        "2026-12-01",
    )
    assert record["tasks"] == [{"id": task["id"], "code": task["code"], "title": task["title"]}]
    assert record["evidence_report_ids"] == [report]
    events = await audit_events(client, world, action="accountability_record.create")
    assert [(e["entity_type"], e["entity_id"]) for e in events] == [
        ("accountability_record", record["id"])
    ]
    assert events[0]["after"]["rule"] == "E-TSK-3"
    # Judged on the day of the decision: before the deadline, the same task did not lag.
    response = await hold_accountable(
        client, world, record_body(world, task, decided_on="2026-11-20")
    )
    assert problem(response, 403)["rule"] == "E-TSK-3"


async def test_a_unit_on_time_is_not_held_accountable(
    client: httpx.AsyncClient, world: World
) -> None:
    """E-TSK-3 refuses: the unit's task is not yet due; nor does the cooperating unit of an
    overdue task lag by it (the lead unit answers for it)."""
    on_time = await add_task(client, world, deadline="2026-12-31")
    response = await hold_accountable(client, world, record_body(world, on_time))
    body = problem(response, 403)
    assert (body["rule"], body["source"]) == ("E-TSK-3", ACCOUNTABILITY_SOURCE)
    late = await add_task(client, world, deadline="2026-11-20")
    natural_unit = unit_id(world, "city_a", "natural_resources")
    response = await hold_accountable(client, world, record_body(world, late, unit_id=natural_unit))
    assert problem(response, 403)["rule"] == "E-TSK-3"
    assert await listed(client, world, records_url(world), OFFICE) == []
    assert await audit_events(client, world, action="accountability_record.create") == []


async def test_a_notice_left_unanswered_past_its_reply_date_makes_a_unit_accountable(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """E-TSK-3 through E-TSK-2: the task is not overdue, but the unit left the supervision
    notice cited as evidence unanswered past its reply date on the day of the decision."""
    task = await add_task(client, world, deadline="2026-12-31")
    notice = await supervise(client, world, task, reply_due_on="2026-12-02")
    cited = record_body(world, task, evidence_supervision_ids=[notice["id"]])
    # On the reply date itself it is not yet overdue.
    at(pinned_clock, "2026-12-02")
    assert problem(await hold_accountable(client, world, cited), 403)["rule"] == "E-TSK-3"
    at(pinned_clock, "2026-12-03")
    # Not cited as evidence, it does not count.
    assert problem(await hold_accountable(client, world, record_body(world, task)), 403)
    response = await hold_accountable(client, world, cited)
    assert response.status_code == 201, response.text
    assert response.json()["evidence_supervision_ids"] == [notice["id"]]
    # Answered late on 12-04: a decision dated 12-03 still stands on it; one dated 12-04 not.
    at(pinned_clock, "2026-12-04")
    assert (await reply(client, world, notice)).status_code == 200
    response = await hold_accountable(client, world, {**cited, "decided_on": "2026-12-03"})
    assert response.status_code == 201, response.text
    assert problem(await hold_accountable(client, world, cited), 403)["rule"] == "E-TSK-3"


async def test_an_accountability_record_must_fit_what_it_cites(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    task = await add_task(client, world, deadline="2026-11-20")
    other = await add_task(client, world)
    foreign = await add_task(client, world, "city_b")
    other_report = await progress_report(database, world, other)
    response = await client.post(
        public_url(world),
        json={
            "title": "表扬",
            "body": "正文",
            "tone": "commendation",
            "unit_ids": [unit_id(world, "city_a", "natural_resources")],
            "task_ids": [task["id"]],
        },
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 201, response.text
    natural_notice = response.json()["id"]

    async def refused(**fields: Any) -> list[list[str | int]]:
        response = await hold_accountable(client, world, record_body(world, task, **fields))
        return error_locations(problem(response, 422))

    assert await refused(unit_id=unit_id(world, "city_b", "housing")) == [["body", "unit_id"]]
    assert await refused(task_ids=[task["id"], foreign["id"]]) == [["body", "task_ids", 1]]
    assert await refused(task_ids=[task["id"], task["id"]]) == [["body", "task_ids", 1]]
    assert await refused(evidence_report_ids=[other_report]) == [["body", "evidence_report_ids", 0]]
    assert await refused(decided_on="2026-12-02") == [["body", "decided_on"]]
    assert await refused(public_notice_id=str(uuid.uuid4())) == [["body", "public_notice_id"]]
    # The notice named the natural-resources unit, not the housing unit.
    assert await refused(public_notice_id=natural_notice) == [["body", "public_notice_id"]]
    assert await refused(task_ids=[]) == [["body", "task_ids"]]
    for who in (LIAISON, "city_a.leader", "city_a.client_read"):
        response = await client.post(
            records_url(world), json=record_body(world, task), headers=world.headers(who)
        )
        problem(response, 403)


async def test_accountability_records_are_seen_by_the_office_leadership_and_the_unit(
    client: httpx.AsyncClient, world: World
) -> None:
    natural_unit = unit_id(world, "city_a", "natural_resources")
    housing_task = await add_task(client, world, deadline="2026-11-20")
    natural_task = await add_task(
        client, world, deadline="2026-11-20", lead_unit_id=natural_unit, cooperating_unit_ids=[]
    )
    response = await hold_accountable(client, world, record_body(world, housing_task))
    housing_record = response.json()
    response = await hold_accountable(
        client, world, record_body(world, natural_task, unit_id=natural_unit, measure="通报批评")
    )
    natural_record = response.json()
    natural = await information_officer(client, world, "natural_resources")
    url = records_url(world)
    for who in (OFFICE, "city_a.leader", "city_a.client_read", "admin"):
        assert set(ids(await listed(client, world, url, who))) == {
            housing_record["id"],
            natural_record["id"],
        }
    assert ids(await listed(client, world, url, LIAISON)) == [housing_record["id"]]
    assert ids(await listed(client, world, url, natural)) == [natural_record["id"]]
    assert ids(await listed(client, world, url, OFFICE, unit_id=natural_unit)) == [
        natural_record["id"]
    ]
    assert ids(await listed(client, world, url, OFFICE, task_id=housing_task["id"])) == [
        housing_record["id"]
    ]
    assert await listed(client, world, url, OFFICE, decided_to="2026-11-30") == []
    for who, hidden, shown in (
        (LIAISON, natural_record, housing_record),
        (natural, housing_record, natural_record),
    ):
        response = await client.get(
            records_url(world, rest=f"/{hidden['id']}"), headers=world.headers(who)
        )
        problem(response, 404)
        response = await client.get(
            records_url(world, rest=f"/{shown['id']}"), headers=world.headers(who)
        )
        assert response.json() == shown
    problem(await client.get(url, headers=world.headers("city_a.nobody")), 404)


# --- a city and its county ----------------------------------------------------------------------


async def test_a_city_reads_its_countys_records_through_the_county_and_writes_none(
    client: httpx.AsyncClient, world: World
) -> None:
    county = "county_a1"
    county_office = f"{county}.office_staff"
    task = await add_task(client, world, county, deadline="2026-11-20")
    notice = await supervise(client, world, task, county, county_office)
    housing = unit_id(world, county, "housing")
    response = await client.post(
        public_url(world, county),
        json={
            "title": "通报",
            "body": "正文",
            "tone": "criticism",
            "unit_ids": [housing],
            "task_ids": [task["id"]],
        },
        headers=world.headers(county_office),
    )
    assert response.status_code == 201, response.text
    public = response.json()
    response = await hold_accountable(
        client, world, {**record_body(world, task), "unit_id": housing}, county
    )
    assert response.status_code == 201, response.text
    record = response.json()
    city_office = "city_a.office_director"
    for url, made in (
        (notices_url(world, county), notice),
        (public_url(world, county), public),
        (records_url(world, county), record),
    ):
        assert ids(await listed(client, world, url, city_office)) == [made["id"]]
        response = await client.get(f"{url}/{made['id']}", headers=world.headers(city_office))
        assert response.status_code == 200, response.text
        # Not through the city's own path, and never from the other city.
        city_path = url.replace(str(world.places[county].id), str(world.places["city_a"].id))
        problem(
            await client.get(f"{city_path}/{made['id']}", headers=world.headers(city_office)), 404
        )
        problem(
            await client.get(
                f"{url}/{made['id']}", headers=world.headers("city_b.office_director")
            ),
            404,
        )
        # The city's own lists hold none of the county's records.
        assert await listed(client, world, city_path, city_office) == []
    # The city's office writes nothing in the county: no notice, no reply, no record.
    response = await client.post(
        task_url(world, task, "/supervision-notices", place=county),
        json={"text": "请报告"},
        headers=world.headers(city_office),
    )
    problem(response, 403)
    response = await client.post(
        notices_url(world, county, f"/{notice['id']}/reply"),
        json={"text": "答复"},
        headers=world.headers(city_office),
    )
    problem(response, 403)
    response = await client.post(
        records_url(world, county),
        json={**record_body(world, task), "unit_id": housing},
        headers=world.headers(city_office),
    )
    problem(response, 403)
    # The county's unit replies through its own jurisdiction.
    response = await client.post(
        notices_url(world, county, f"/{notice['id']}/reply"),
        json={"text": "答复"},
        headers=world.headers(f"{county}.liaison"),
    )
    assert response.status_code == 200, response.text
