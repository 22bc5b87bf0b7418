"""The task breakdown through HTTP (E-TSK-1, C-TSK-1): keeping the table, sub-tasks, decisions
made tasks, who sees which task, overdue in working days, filters and keyset pages, the summary
for a date, CSV, and ETag/304 for pollers.

World (tests/factories.py): city_a ── county_a1, and city_b; units housing (the liaison's) and
natural_resources. The clock stands at noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from tests.api.task_helpers import add_task, list_tasks, task_url, tasks_url, unit_id
from tests.api.test_minutes import archived_plenary
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import FixedClock
from tests.factories import World, with_if_match

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"


def codes(items: list[dict[str, Any]]) -> list[str]:
    return sorted(item["code"] for item in items)


# --- keeping the table ----------------------------------------------------------------------


async def test_office_adds_a_task_with_units_milestones_and_measures(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(
        client,
        world,
        milestones=[{"due_on": "2026-10-31", "title": "完成征求意见稿"}],
        measures=[{"title": "《联合验收实施细则》"}],
    )
    assert task["code"] == "1"
    assert task["state"] == "not_started"
    assert task["lead_unit"] == {
        "id": unit_id(world, "city_a", "housing"),
        "name": "住房和城乡建设局",
    }
    assert [u["name"] for u in task["cooperating_units"]] == ["自然资源局"]
    assert task["milestones"] == [{"due_on": "2026-10-31", "title": "完成征求意见稿"}]
    assert task["measures"] == [
        {"title": "《联合验收实施细则》", "document_reference": None, "issued_on": None}
    ]
    assert task["source"]["reference"] == "国办发〔2019〕11号"
    assert task["created_on"] == "2026-12-01"
    events = await audit_events(client, world, action="task.create")
    assert [e["entity_id"] for e in events] == [task["id"]]


async def test_codes_are_numbered_for_tasks_and_their_sub_tasks(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await add_task(client, world)
    second = await add_task(client, world)
    sub = await add_task(client, world, parent_id=first["id"])
    sub2 = await add_task(client, world, parent_id=first["id"])
    named = await add_task(client, world, code="7")
    after = await add_task(client, world)
    assert [first["code"], second["code"], sub["code"], sub2["code"]] == ["1", "2", "1.1", "1.2"]
    assert (named["code"], after["code"]) == ("7", "8")
    response = await client.post(
        tasks_url(world),
        json={**_body(world), "code": "7"},
        headers=world.headers(OFFICE),
    )
    assert "code" in problem(response, 409)["detail"]


def _body(world: World, **fields: Any) -> dict[str, Any]:
    from tests.api.task_helpers import task_body

    return task_body(world, "city_a", **fields)


async def test_tasks_nest_one_level(client: httpx.AsyncClient, world: World) -> None:
    top = await add_task(client, world)
    sub = await add_task(client, world, parent_id=top["id"])
    response = await client.post(
        tasks_url(world), json=_body(world, parent_id=sub["id"]), headers=world.headers(OFFICE)
    )
    assert error_locations(problem(response, 422)) == [["body", "parent_id"]]
    # Nor can a task with sub-tasks become one.
    other = await add_task(client, world)
    response = await with_if_match(
        client,
        "PATCH",
        task_url(world, top),
        json={"parent_id": other["id"]},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "parent_id"]]
    # A sub-task becomes a task of its own with parent_id null.
    response = await with_if_match(
        client,
        "PATCH",
        task_url(world, sub),
        json={"parent_id": None},
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text
    assert response.json()["parent_id"] is None


async def test_bad_units_and_milestones_are_named(client: httpx.AsyncClient, world: World) -> None:
    housing = unit_id(world, "city_a", "housing")
    foreign = unit_id(world, "city_b", "housing")
    response = await client.post(
        tasks_url(world),
        json=_body(
            world,
            lead_unit_id=foreign,
            cooperating_unit_ids=[housing, housing],
            deadline="2026-12-31",
            milestones=[
                {"due_on": "2027-01-31", "title": "晚于时限"},
                {"due_on": "2026-06-30", "title": "早于上一节点"},
            ],
        ),
        headers=world.headers(OFFICE),
    )
    body = problem(response, 422)
    assert error_locations(body) == [
        ["body", "lead_unit_id"],
        ["body", "cooperating_unit_ids", 1],
    ]
    response = await client.post(
        tasks_url(world),
        json=_body(
            world,
            milestones=[
                {"due_on": "2027-01-31", "title": "晚于时限"},
                {"due_on": "2026-06-30", "title": "早于上一节点"},
            ],
        ),
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [
        ["body", "milestones", 0, "due_on"],
        ["body", "milestones", 1, "due_on"],
    ]
    response = await client.post(
        tasks_url(world),
        json=_body(world, cooperating_unit_ids=[unit_id(world, "city_a", "housing")]),
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "cooperating_unit_ids", 0]]


async def test_a_meeting_decision_source_is_only_made_from_the_decision(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        tasks_url(world),
        json=_body(world, source={"kind": "meeting_decision"}),
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "source", "kind"]]


async def test_patch_changes_what_is_given_and_refuses_explicit_nulls(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    natural = unit_id(world, "city_a", "natural_resources")
    response = await with_if_match(
        client,
        "PATCH",
        task_url(world, task),
        json={
            "title": "推行联合验收",
            "lead_unit_id": natural,
            "cooperating_unit_ids": [],
            "deadline": "2027-03-31",
            "source": {"reference": None},
        },
        headers=world.headers(OFFICE),
    )
    assert response.status_code == 200, response.text
    changed = response.json()
    assert (changed["title"], changed["lead_unit"]["id"], changed["deadline"]) == (
        "推行联合验收",
        natural,
        "2027-03-31",
    )
    assert changed["cooperating_units"] == []
    assert changed["source"]["reference"] is None
    # Only the parts of the source given change.
    assert (changed["source"]["kind"], changed["source"]["title"]) == (
        task["source"]["kind"],
        task["source"]["title"],
    )
    assert changed["category"] == task["category"]
    response = await with_if_match(
        client,
        "PATCH",
        task_url(world, task),
        json={"deadline": None},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "deadline"]]
    events = await audit_events(client, world, action="task.update")
    assert len(events) == 1
    assert events[0]["before"]["title"] == task["title"]
    assert events[0]["after"]["title"] == "推行联合验收"


async def test_the_flat_source_fields_of_before_are_still_taken_deprecated_never_beside_source(
    client: httpx.AsyncClient, world: World
) -> None:
    """`source` is the task's source on input as on output; the flat `source_kind`,
    `source_title` and `source_reference` that tasks took before issue 19 still work in its
    place (marked deprecated in the contract), on create and on PATCH, but not beside it."""
    flat = {
        "source_kind": "city_document",
        "source_title": "《鄂州市工程建设项目审批制度改革实施方案》",
        "source_reference": "鄂州政办发〔2019〕20号",
    }
    body = {k: v for k, v in _body(world).items() if k != "source"}
    response = await client.post(
        tasks_url(world), json={**body, **flat}, headers=world.headers(OFFICE)
    )
    assert response.status_code == 201, response.text
    task = response.json()
    assert task["source"] == {
        "kind": "city_document",
        "title": "《鄂州市工程建设项目审批制度改革实施方案》",
        "reference": "鄂州政办发〔2019〕20号",
        "meeting_id": None,
        "agenda_index": None,
        "decision_index": None,
    }
    both = await client.post(
        tasks_url(world),
        json={**_body(world), "source_kind": "other"},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(both, 422)) == [["body"]]
    changed = await with_if_match(
        client,
        "PATCH",
        task_url(world, task),
        json={"source_title": None},
        headers=world.headers(OFFICE),
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["source"] == {**task["source"], "title": None}
    for nulled, location in (
        ({"source": None}, ["body", "source"]),
        ({"source": {"kind": None}}, ["body", "source", "kind"]),
        ({"source_kind": None}, ["body", "source", "kind"]),
    ):
        response = await with_if_match(
            client, "PATCH", task_url(world, task), json=nulled, headers=world.headers(OFFICE)
        )
        assert error_locations(problem(response, 422)) == [location], nulled
    contract = (await client.get("/openapi.json")).json()["components"]["schemas"]
    for model in ("TaskCreate", "TaskUpdate"):
        properties = contract[model]["properties"]
        assert not properties["source"].get("deprecated")
        assert all(properties[name]["deprecated"] for name in flat), model
    assert "source" in contract["TaskCreate"]["required"]


async def test_cancelled_tasks_are_final_and_parents_wait_for_their_sub_tasks(
    client: httpx.AsyncClient, world: World
) -> None:
    top = await add_task(client, world)
    sub = await add_task(client, world, parent_id=top["id"])
    response = await client.post(
        task_url(world, top, "/cancel"), json={"reason": "调整"}, headers=world.headers(OFFICE)
    )
    assert "1.1" in problem(response, 409)["detail"]
    response = await client.post(
        task_url(world, sub, "/cancel"), json={"reason": "调整"}, headers=world.headers(OFFICE)
    )
    assert response.status_code == 200, response.text
    cancelled = response.json()
    assert (cancelled["state"], cancelled["cancelled_on"], cancelled["cancel_reason"]) == (
        "cancelled",
        "2026-12-01",
        "调整",
    )
    for response in (
        await with_if_match(
            client,
            "PATCH",
            task_url(world, sub),
            json={"title": "x"},
            headers=world.headers(OFFICE),
        ),
        await client.post(
            task_url(world, sub, "/cancel"), json={"reason": "x"}, headers=world.headers(OFFICE)
        ),
        await with_if_match(client, "DELETE", task_url(world, sub), headers=world.headers(OFFICE)),
    ):
        problem(response, 409)
    # A cancelled sub-task is still a sub-task: the parent keeps it, so it is not deleted.
    problem(
        await with_if_match(client, "DELETE", task_url(world, top), headers=world.headers(OFFICE)),
        409,
    )


async def test_a_task_entered_by_mistake_is_deleted(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    response = await with_if_match(
        client, "DELETE", task_url(world, task), headers=world.headers(OFFICE)
    )
    assert response.status_code == 204
    problem(await client.get(task_url(world, task), headers=world.headers(OFFICE)), 404)
    assert [e["entity_id"] for e in await audit_events(client, world, action="task.delete")] == [
        task["id"]
    ]


# --- who may ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("city_a.office_staff", 201),
        ("city_a.office_director", 201),
        ("city_a.client_write", 201),
        ("admin", 201),
        ("city_a.leader", 403),
        ("city_a.liaison", 403),
        ("city_a.client_read", 403),
        ("county_a1.office_director", 404),
        ("city_a.nobody", 404),
        ("city_b.office_staff", 404),
    ],
)
async def test_only_the_office_here_keeps_the_table(
    client: httpx.AsyncClient, world: World, who: str, status: int
) -> None:
    response = await client.post(tasks_url(world), json=_body(world), headers=world.headers(who))
    assert response.status_code == status, response.text


async def test_the_city_office_reads_but_does_not_keep_a_county_table(
    client: httpx.AsyncClient, world: World
) -> None:
    county_task = await add_task(client, world, "county_a1")
    response = await client.get(
        task_url(world, county_task, place="county_a1"), headers=world.headers(OFFICE)
    )
    assert response.status_code == 200, response.text
    response = await with_if_match(
        client,
        "PATCH",
        task_url(world, county_task, place="county_a1"),
        json={"title": "x"},
        headers=world.headers(OFFICE),
    )
    problem(response, 403)
    # Reached through the city, the county's task is not the city's.
    problem(await client.get(task_url(world, county_task), headers=world.headers(OFFICE)), 404)


async def test_a_unit_sees_the_tasks_it_leads_or_cooperates_on_only(
    client: httpx.AsyncClient, world: World
) -> None:
    housing = unit_id(world, "city_a", "housing")
    natural = unit_id(world, "city_a", "natural_resources")
    leads = await add_task(client, world, title="牵头")
    cooperates = await add_task(
        client, world, title="配合", lead_unit_id=natural, cooperating_unit_ids=[housing]
    )
    elsewhere = await add_task(
        client, world, title="无关", lead_unit_id=natural, cooperating_unit_ids=[]
    )
    seen = await list_tasks(client, world, "city_a.liaison")
    assert codes(seen) == sorted([leads["code"], cooperates["code"]])
    problem(
        await client.get(task_url(world, elsewhere), headers=world.headers("city_a.liaison")), 404
    )
    response = await client.get(
        task_url(world, cooperates), headers=world.headers("city_a.liaison")
    )
    assert response.status_code == 200
    # The leadership, read clients and the city office see the whole table.
    for who in ("city_a.leader", "city_a.client_read", OFFICE):
        assert len(await list_tasks(client, world, who)) == 3, who
    # A county's office sees nothing of the city's.
    response = await client.get(tasks_url(world), headers=world.headers("county_a1.office_staff"))
    problem(response, 404)


async def test_a_city_lists_its_counties_tasks_with_include_descendants(
    client: httpx.AsyncClient, world: World
) -> None:
    city = await add_task(client, world)
    county = await add_task(client, world, "county_a1")
    await add_task(client, world, "city_b")
    own = await list_tasks(client, world, OFFICE)
    both = await list_tasks(client, world, OFFICE, include_descendants="true")
    assert [t["id"] for t in own] == [city["id"]]
    assert sorted(t["id"] for t in both) == sorted([city["id"], county["id"]])
    assert {t["jurisdiction_id"] for t in both} == {
        str(world.places["city_a"].id),
        str(world.places["county_a1"].id),
    }
    # The city's leader sees the city's table, not the county's (the county has its own).
    leader = await list_tasks(client, world, "city_a.leader", include_descendants="true")
    assert [t["id"] for t in leader] == [city["id"]]
    # And a county office asking for descendants gets its own only.
    county_view = await list_tasks(
        client, world, "county_a1.office_staff", "county_a1", include_descendants="true"
    )
    assert [t["id"] for t in county_view] == [county["id"]]


# --- overdue in working days ----------------------------------------------------------------


async def test_overdue_counts_the_working_days_since_the_deadline(
    client: httpx.AsyncClient, world: World
) -> None:
    # Tuesday 2026-12-01: since Friday 11-27 two working days have begun (Mon 30, Tue 1).
    friday = await add_task(client, world, deadline="2026-11-27")
    monday = await add_task(client, world, deadline="2026-11-30")
    today = await add_task(client, world, deadline="2026-12-01")
    got = {t["id"]: t for t in await list_tasks(client, world, OFFICE)}
    assert (got[friday["id"]]["overdue"], got[friday["id"]]["overdue_working_days"]) == (True, 2)
    assert (got[monday["id"]]["overdue"], got[monday["id"]]["overdue_working_days"]) == (True, 1)
    assert (got[today["id"]]["overdue"], got[today["id"]]["overdue_working_days"]) == (False, 0)
    overdue = await list_tasks(client, world, OFFICE, overdue="true")
    assert sorted(t["id"] for t in overdue) == sorted([friday["id"], monday["id"]])
    assert [t["id"] for t in await list_tasks(client, world, OFFICE, overdue="false")] == [
        today["id"]
    ]


async def test_a_task_due_on_friday_is_not_overdue_over_the_weekend(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    pinned_clock.at = datetime(2026, 11, 28, 4, 0, tzinfo=UTC)  # Saturday noon in Shanghai
    task = await add_task(client, world, deadline="2026-11-27")
    assert (task["overdue"], task["overdue_working_days"]) == (False, 0)
    assert await list_tasks(client, world, OFFICE, overdue="true") == []
    pinned_clock.at = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Monday 09:00
    response = await client.get(task_url(world, task), headers=world.headers(OFFICE))
    assert (response.json()["overdue"], response.json()["overdue_working_days"]) == (True, 1)


async def test_overdue_skips_the_national_day_holiday(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    # 2026: 1–7 October off, Saturday 10 October worked (the make-up workday, 调休).
    pinned_clock.at = datetime(2026, 10, 12, 4, 0, tzinfo=UTC)  # Monday 12 October
    task = await add_task(client, world, deadline="2026-09-30")
    calendar = await client.get("/v1/calendar/days/2026-10-10", headers=world.headers(OFFICE))
    worked_saturday = calendar.json()["is_working_day"]
    # Working days in (09-30, 10-12]: 8, 9, (10 if worked), 12.
    assert task["overdue_working_days"] == (4 if worked_saturday else 3)


# --- filters and pages ------------------------------------------------------------------------


async def test_filters_narrow_the_table(client: httpx.AsyncClient, world: World) -> None:
    housing = unit_id(world, "city_a", "housing")
    natural = unit_id(world, "city_a", "natural_resources")
    a = await add_task(client, world, title="联合验收", category="验收", deadline="2026-11-20")
    b = await add_task(
        client,
        world,
        title="多图联审",
        category="审查",
        lead_unit_id=natural,
        cooperating_unit_ids=[housing],
        deadline="2027-02-28",
    )
    c = await add_task(
        client,
        world,
        title="区域评估",
        category="审查",
        lead_unit_id=natural,
        cooperating_unit_ids=[],
        deadline="2027-06-30",
    )
    sub = await add_task(client, world, title="联合测绘", parent_id=a["id"], deadline="2026-11-20")
    await client.post(
        task_url(world, c, "/cancel"), json={"reason": "调整"}, headers=world.headers(OFFICE)
    )

    async def ids(**params: Any) -> list[str]:
        return sorted(t["id"] for t in await list_tasks(client, world, OFFICE, **params))

    assert await ids(unit_id=housing) == sorted([a["id"], b["id"], sub["id"]])
    assert await ids(lead_unit_id=natural) == sorted([b["id"], c["id"]])
    assert await ids(state="cancelled") == [c["id"]]
    assert await ids(category="审查") == sorted([b["id"], c["id"]])
    assert await ids(deadline_from="2027-01-01", deadline_to="2027-03-31") == [b["id"]]
    assert await ids(q="联合") == sorted([a["id"], sub["id"]])
    assert await ids(q="1.1") == [sub["id"]]
    assert await ids(top_level="true") == sorted([a["id"], b["id"], c["id"]])
    assert await ids(parent_id=a["id"]) == [sub["id"]]
    assert await ids(overdue="true", unit_id=housing) == sorted([a["id"], sub["id"]])
    assert await ids(q="100%_") == []
    response = await client.get(
        tasks_url(world),
        params={"deadline_from": "2027-01-01", "deadline_to": "2026-01-01"},
        headers=world.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["query", "deadline_from"]]


async def test_pages_follow_the_deadline_without_gaps_or_repeats(
    client: httpx.AsyncClient, world: World
) -> None:
    made = [await add_task(client, world, deadline=f"2027-0{1 + i % 3}-1{i % 2}") for i in range(7)]
    pages: list[list[dict[str, Any]]] = []
    cursor = None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        response = await client.get(tasks_url(world), params=params, headers=world.headers(OFFICE))
        page = response.json()
        pages.append(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [len(p) for p in pages] == [3, 3, 1]
    served = [t for p in pages for t in p]
    assert sorted(t["id"] for t in served) == sorted(t["id"] for t in made)
    assert [(t["deadline"], t["id"]) for t in served] == sorted(
        (t["deadline"], t["id"]) for t in served
    )
    response = await client.get(
        tasks_url(world), params={"cursor": "bm90LWEtY3Vyc29y"}, headers=world.headers(OFFICE)
    )
    assert error_locations(problem(response, 422)) == [["query", "cursor"]]


# --- CSV, summary -----------------------------------------------------------------------------


def parse_csv(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))


async def test_the_table_as_csv(client: httpx.AsyncClient, world: World) -> None:
    late = await add_task(client, world, deadline="2026-11-27", title='含"引号",逗号')
    await add_task(client, world, deadline="2027-01-31")
    response = await client.get(
        tasks_url(world),
        params={"overdue": "true"},
        headers={**world.headers(OFFICE), "Accept": "text/csv"},
    )
    rows = parse_csv(response)
    assert [(r["id"], r["title"], r["overdue_working_days"]) for r in rows] == [
        (late["id"], '含"引号",逗号', "2")
    ]
    assert rows[0]["lead_unit"] == "住房和城乡建设局"
    assert rows[0]["cooperating_units"] == "自然资源局"
    assert rows[0]["completed_on_time"] == ""


async def test_csv_text_that_looks_like_a_formula_is_written_as_text(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world, title="=1+1", category="@SUM(A1)")
    response = await client.get(
        tasks_url(world), headers={**world.headers(OFFICE), "Accept": "text/csv"}
    )
    (row,) = parse_csv(response)
    assert (row["title"], row["category"], row["percent"]) == ("'=1+1", "'@SUM(A1)", "0")


async def test_the_summary_counts_per_unit_and_category_for_a_date(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    natural = unit_id(world, "city_a", "natural_resources")
    pinned_clock.at = datetime(2026, 11, 2, 4, 0, tzinfo=UTC)
    early = await add_task(client, world, deadline="2026-11-20", category="验收")
    pinned_clock.at = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
    await add_task(client, world, deadline="2026-12-31", category="验收")
    gone = await add_task(
        client, world, lead_unit_id=natural, cooperating_unit_ids=[], category="审查"
    )
    await client.post(
        task_url(world, gone, "/cancel"), json={"reason": "调整"}, headers=world.headers(OFFICE)
    )

    async def summary(**params: Any) -> dict[str, Any]:
        response = await client.get(
            tasks_url(world, rest="/summary"), params=params, headers=world.headers(OFFICE)
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    by_unit = await summary()
    assert by_unit["as_of"] == "2026-12-01"
    groups = {g["unit_name"]: g for g in by_unit["groups"]}
    assert groups["住房和城乡建设局"] | {} == {
        **groups["住房和城乡建设局"],
        "total": 2,
        "not_started": 2,
        "overdue": 1,
        "due": 1,
        "done_on_time": 0,
        "on_time_rate": 0.0,
    }
    assert (groups["自然资源局"]["cancelled"], groups["自然资源局"]["due"]) == (1, 0)
    assert groups["自然资源局"]["on_time_rate"] is None
    assert by_unit["totals"]["total"] == 3
    by_category = await summary(by="category")
    assert {g["category"]: g["total"] for g in by_category["groups"]} == {"审查": 1, "验收": 2}
    # As of 2026-11-15 only the early task existed, not yet due, not yet overdue.
    then = await summary(as_of="2026-11-15")
    assert [(g["unit_id"], g["total"], g["overdue"]) for g in then["groups"]] == [
        (early["lead_unit"]["id"], 1, 0)
    ]
    response = await client.get(
        tasks_url(world, rest="/summary"),
        params={"by": "category"},
        headers={**world.headers(OFFICE), "Accept": "text/csv"},
    )
    rows = parse_csv(response)
    assert {r["category"]: r["total"] for r in rows} == {"审查": "1", "验收": "2"}
    # A unit's liaison summarises its own unit's tasks only.
    response = await client.get(
        tasks_url(world, rest="/summary"), headers=world.headers("city_a.liaison")
    )
    assert [g["unit_name"] for g in response.json()["groups"]] == ["住房和城乡建设局"]


async def test_the_summary_sums_and_maxes_each_units_overdue_working_days(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    natural = unit_id(world, "city_a", "natural_resources")
    pinned_clock.at = datetime(2026, 9, 1, 4, 0, tzinfo=UTC)
    for deadline in ("2026-09-30", "2026-11-20", "2026-11-28"):
        await add_task(client, world, deadline=deadline)
    await add_task(client, world, deadline="2026-12-31")  # not yet due: not counted
    await add_task(
        client, world, deadline="2026-12-31", lead_unit_id=natural, cooperating_unit_ids=[]
    )
    pinned_clock.at = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)  # Tuesday 1 December

    response = await client.get(tasks_url(world, rest="/summary"), headers=world.headers(OFFICE))
    assert response.status_code == 200, response.text
    groups = {g["unit_name"]: g for g in response.json()["groups"]}
    # Working days begun since each deadline, to Tuesday 1 December: from Saturday 28
    # November, 30 November and 1 December (2); from Friday 20 November, 23–27 and 30
    # November, 1 December (7); from Wednesday 30 September, 1–7 October is National Day, then
    # 8–9 October and the make-up Saturday 10 October (3), 12 October – 20 November six whole
    # weeks (30), then those 7: 40. Sum 49, max 40.
    housing = groups["住房和城乡建设局"]
    assert (housing["overdue"], housing["overdue_working_days_sum"]) == (3, 49)
    assert housing["overdue_working_days_max"] == 40
    natural_group = groups["自然资源局"]
    assert (
        natural_group["overdue_working_days_sum"],
        natural_group["overdue_working_days_max"],
    ) == (
        0,
        0,
    )
    # The same as each task's own overdue_working_days.
    listed = await client.get(tasks_url(world), headers=world.headers(OFFICE))
    own = sorted(t["overdue_working_days"] for t in listed.json()["items"])
    assert own == [0, 0, 2, 7, 40]
    as_csv = await client.get(
        tasks_url(world, rest="/summary"),
        headers={**world.headers(OFFICE), "Accept": "text/csv"},
    )
    line = next(r for r in parse_csv(as_csv) if r["unit_name"] == "住房和城乡建设局")
    assert (line["overdue_working_days_sum"], line["overdue_working_days_max"]) == ("49", "40")


# --- ETag, 304 --------------------------------------------------------------------------------


async def test_pollers_get_304_until_something_changes(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    task = await add_task(client, world)
    headers = world.headers("city_a.client_read")
    first = await client.get(tasks_url(world), headers=headers)
    etag = first.headers["etag"]
    again = await client.get(tasks_url(world), headers={**headers, "If-None-Match": etag})
    assert again.status_code == 304
    assert again.headers["etag"] == etag
    assert again.content == b""
    # Another query or representation is another answer.
    other = await client.get(
        tasks_url(world), params={"state": "done"}, headers={**headers, "If-None-Match": etag}
    )
    assert other.status_code == 200
    as_csv = await client.get(
        tasks_url(world), headers={**headers, "If-None-Match": etag, "Accept": "text/csv"}
    )
    assert as_csv.status_code == 200
    # A change anywhere in the table gives a new tag.
    await with_if_match(
        client, "PATCH", task_url(world, task), json={"title": "新"}, headers=world.headers(OFFICE)
    )
    changed = await client.get(tasks_url(world), headers={**headers, "If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    # So does the next day: overdue moves with it.
    etag = changed.headers["etag"]
    pinned_clock.at = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)
    tomorrow = await client.get(tasks_url(world), headers={**headers, "If-None-Match": etag})
    assert tomorrow.status_code == 200
    # The summary has its own tag, and its own 304.
    summary = await client.get(tasks_url(world, rest="/summary"), headers=headers)
    tag = summary.headers["etag"]
    again = await client.get(
        tasks_url(world, rest="/summary"), headers={**headers, "If-None-Match": tag}
    )
    assert again.status_code == 304


async def test_a_change_in_another_jurisdiction_leaves_the_tag_alone(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world)
    headers = world.headers(OFFICE)
    etag = (await client.get(tasks_url(world), headers=headers)).headers["etag"]
    await add_task(client, world, "city_b")
    again = await client.get(tasks_url(world), headers={**headers, "If-None-Match": etag})
    assert again.status_code == 304
    # …unless the caller asked for the counties too and a county changed.
    subtree = await client.get(
        tasks_url(world), params={"include_descendants": "true"}, headers=headers
    )
    tag = subtree.headers["etag"]
    await add_task(client, world, "county_a1")
    after = await client.get(
        tasks_url(world),
        params={"include_descendants": "true"},
        headers={**headers, "If-None-Match": tag},
    )
    assert after.status_code == 200
    assert len(after.json()["items"]) == 2


# --- decisions become tasks -------------------------------------------------------------------


async def test_a_decision_of_archived_minutes_becomes_a_task_once(
    client: httpx.AsyncClient, books: World
) -> None:
    archived = await archived_plenary(client, books)
    meeting = archived["meeting"]
    body = {"meeting_id": meeting["id"], "agenda_index": 0, "decision_index": 0, "category": "用地"}
    response = await client.post(
        tasks_url(books, rest="/from-decision"), json=body, headers=books.headers(OFFICE)
    )
    assert response.status_code == 201, response.text
    task = response.json()
    assert task["title"] == "由州自然资源局牵头，5月底前出台合并办理实施细则"
    assert task["lead_unit"]["id"] == unit_id(books, "city_a", "natural_resources")
    assert task["deadline"] == "2026-05-31"
    assert task["source"] == {
        "kind": "meeting_decision",
        "title": meeting["title"],
        "reference": None,
        "meeting_id": meeting["id"],
        "agenda_index": 0,
        "decision_index": 0,
    }
    assert task["overdue"] is True
    again = await client.post(
        tasks_url(books, rest="/from-decision"), json=body, headers=books.headers(OFFICE)
    )
    assert task["code"] in problem(again, 409)["detail"]
    found = await list_tasks(client, books, OFFICE, meeting_id=meeting["id"])
    assert [t["id"] for t in found] == [task["id"]]
    response = await client.post(
        tasks_url(books, rest="/from-decision"),
        json={**body, "decision_index": 3},
        headers=books.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "decision_index"]]
    # The task keeps its source.
    response = await with_if_match(
        client,
        "PATCH",
        task_url(books, task),
        json={"source": {"kind": "city_document"}},
        headers=books.headers(OFFICE),
    )
    assert error_locations(problem(response, 422)) == [["body", "source", "kind"]]


async def test_a_decision_is_not_a_task_before_the_minutes_are_archived(
    client: httpx.AsyncClient, books: World
) -> None:
    from tests.api.test_minutes import complete_draft, plenary, put_minutes

    meeting = await plenary(client, books)
    await put_minutes(client, books, meeting, complete_draft(books))
    body = {"meeting_id": meeting["id"], "agenda_index": 0, "decision_index": 0, "category": "x"}
    response = await client.post(
        tasks_url(books, rest="/from-decision"), json=body, headers=books.headers(OFFICE)
    )
    problem(response, 409)
    # A meeting of another jurisdiction is no meeting here.
    response = await client.post(
        tasks_url(books, "city_b", "/from-decision"),
        json=body,
        headers=books.headers("city_b.office_staff"),
    )
    assert error_locations(problem(response, 422)) == [["body", "meeting_id"]]
