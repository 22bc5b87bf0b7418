"""Issue 14: from 1 January 2027, before anyone enters 2027's holiday arrangement, task lists and
summaries, obligations and the compliance matrix answer 200 on the provisional calendar and say
so (body and header); once the year is entered they answer exact figures with no flag, and a
poller's ETag changes with it. The calendar's status warns ahead from 1 November."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import httpx
import pytest

from app.services import calendar as calendar_service
from tests.api.task_helpers import add_task, tasks_url
from tests.api.test_rulebooks import book, publish
from tests.api.test_submissions import compliance_url
from tests.conftest import FixedClock
from tests.factories import World, with_if_match

OFFICE = "city_a.office_staff"
HEADER = "gaiban-calendar-provisional"
# 2027 as a notice could set it: New Year's Day off, Saturday 2 January worked.
NOTICE_2027 = {
    "holidays": [{"date": "2027-01-01", "name": "元旦"}],
    "makeup_workdays": [{"date": "2027-01-02", "name": "元旦"}],
    "source": "国务院办公厅关于2027年部分节假日安排的通知",
}


async def answers(client: httpx.AsyncClient, world: World) -> dict[str, httpx.Response]:
    """The task list (JSON and CSV), summary, obligations and compliance matrix, today."""
    headers = world.headers(OFFICE)
    compliance = {
        "report_kind": "quarterly_report",
        "period_from": "2026-01-01",
        "period_to": "2026-12-31",
    }
    obligations = f"/v1/jurisdictions/{world.places['city_a'].id}/obligations"
    got = {
        "list": await client.get(tasks_url(world), headers=headers),
        "csv": await client.get(tasks_url(world), headers={**headers, "Accept": "text/csv"}),
        "summary": await client.get(tasks_url(world, rest="/summary"), headers=headers),
        "obligations": await client.get(
            obligations, params={"due_from": "2027-01-01", "due_to": "2027-01-31"}, headers=headers
        ),
        "compliance": await client.get(
            compliance_url(world, "city_a"), params=compliance, headers=headers
        ),
    }
    for name, response in got.items():
        assert response.status_code == 200, (name, response.text)
    return got


async def test_lists_summaries_obligations_and_compliance_answer_in_2027_flagged_until_entered(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    await publish(client, world, "city_a", book("changji"))
    task = await add_task(client, world, deadline="2026-12-31")  # a Thursday
    pinned_clock.at = datetime(2027, 1, 4, 4, 0, tzinfo=UTC)  # Monday 4 January, noon

    provisional = await answers(client, world)
    for name, response in provisional.items():
        assert response.headers.get(HEADER) == "2027", name
    for name in ("list", "summary", "obligations", "compliance"):
        assert provisional[name].json()["calendar"] == {"provisional_years": [2027]}, name
    (item,) = provisional["list"].json()["items"]
    # (12-31, 01-04]: the 1st off, the 2nd and 3rd a weekend, the 4th worked
    assert (item["id"], item["overdue_working_days"]) == (task["id"], 1)
    assert item["calendar"] == {"provisional_years": [2027]}
    assert provisional["summary"].json()["totals"]["overdue"] == 1
    etag = provisional["list"].headers["etag"]
    unchanged = await client.get(
        tasks_url(world), headers={**world.headers(OFFICE), "If-None-Match": etag}
    )
    assert unchanged.status_code == 304

    entered = await client.put(
        "/v1/calendar/years/2027", json=NOTICE_2027, headers=world.headers("admin")
    )
    assert entered.status_code == 200, entered.text

    exact = await answers(client, world)
    for name, response in exact.items():
        assert HEADER not in response.headers, name
    for name in ("list", "summary", "obligations", "compliance"):
        assert exact[name].json()["calendar"] == {"provisional_years": []}, name
    (item,) = exact["list"].json()["items"]
    assert item["overdue_working_days"] == 2  # Saturday the 2nd is worked after all
    assert item["calendar"] == {"provisional_years": []}
    # the ETag moved with the calendar: the poller's copy is stale
    assert exact["list"].headers["etag"] != etag
    stale = await client.get(
        tasks_url(world), headers={**world.headers(OFFICE), "If-None-Match": etag}
    )
    assert stale.status_code == 200


async def test_one_task_and_a_task_in_a_published_year_say_what_they_used(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    late = await add_task(client, world, deadline="2026-12-31")
    future = await add_task(client, world, deadline="2027-06-30")
    pinned_clock.at = datetime(2027, 1, 4, 4, 0, tzinfo=UTC)
    one = await client.get(f"{tasks_url(world)}/{late['id']}", headers=world.headers(OFFICE))
    assert one.json()["calendar"] == {"provisional_years": [2027]}
    assert one.headers[HEADER] == "2027"
    not_due = await client.get(f"{tasks_url(world)}/{future['id']}", headers=world.headers(OFFICE))
    # not overdue: no working day was counted, so nothing provisional was used
    assert not_due.json()["calendar"] == {"provisional_years": []}
    assert HEADER not in not_due.headers


async def test_the_status_names_known_years_and_warns_from_1_november(
    client: httpx.AsyncClient,
    world: World,
    pinned_clock: FixedClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    pinned_clock.at = datetime(2026, 10, 31, 4, 0, tzinfo=UTC)
    october = await client.get("/v1/calendar/status", headers=world.headers(OFFICE))
    assert october.status_code == 200, october.text
    body = october.json()
    assert body["warnings"] == []
    assert body["provisional_years_in_use"] == [2027]
    assert (body["library_first_year"], body["library_last_year"]) == (2004, 2026)
    assert {y["year"]: y["source"] for y in body["years"]}[2026] == "library"

    pinned_clock.at = datetime(2026, 11, 1, 4, 0, tzinfo=UTC)
    calendar_service._warned.clear()  # each warning is logged once a day per process
    with caplog.at_level(logging.WARNING, logger="gaiban.calendar"):
        november = (await client.get("/v1/calendar/status", headers=world.headers(OFFICE))).json()
    (warning,) = november["warnings"]
    assert "2027" in warning
    assert "not entered" in warning
    assert any("2027" in record.getMessage() for record in caplog.records)
    assert (await client.get("/readyz")).status_code == 200

    await client.put("/v1/calendar/years/2027", json=NOTICE_2027, headers=world.headers("admin"))
    entered = (await client.get("/v1/calendar/status", headers=world.headers(OFFICE))).json()
    assert entered["warnings"] == []
    assert entered["provisional_years_in_use"] == []
    assert {y["year"]: y["source"] for y in entered["years"]}[2027] == "entered"

    pinned_clock.at = datetime(2028, 1, 3, 4, 0, tzinfo=UTC)
    late = (await client.get("/v1/calendar/status", headers=world.headers(OFFICE))).json()
    assert late["provisional_years_in_use"] == [2028, 2029]
    assert any("2028's holiday arrangement is not entered" in w for w in late["warnings"])


async def test_the_status_past_the_provisional_years_says_answers_are_refused(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """2100 is the last year the provisional calendar covers and the last one that can be
    entered: in November 2100 the status neither calls 2101 provisional nor offers to enter it."""
    pinned_clock.at = datetime(2100, 11, 2, 4, 0, tzinfo=UTC)
    body = (await client.get("/v1/calendar/status", headers=world.headers(OFFICE))).json()
    assert body["provisional_years_in_use"] == [2100]
    this_year, next_year = body["warnings"]
    assert "provisional calendar" in this_year
    assert "PUT /v1/calendar/years/2100" in this_year
    assert "refused (422 calendar-year-unknown)" in next_year
    assert "2101" in next_year
    assert "PUT /v1/calendar/years/2101" not in next_year

    pinned_clock.at = datetime(2003, 11, 2, 4, 0, tzinfo=UTC)
    before = (await client.get("/v1/calendar/status", headers=world.headers(OFFICE))).json()
    assert before["provisional_years_in_use"] == []
    assert "refused (422 calendar-year-unknown)" in before["warnings"][0]


async def test_the_audit_trail_keeps_no_figure_judged_on_a_provisional_day(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    """Overdue days follow from the calendar and change when 2027 is entered: the answer says
    them, the trail's before/after keep only the task's own facts."""
    task = await add_task(client, world, deadline="2026-12-31")
    pinned_clock.at = datetime(2027, 1, 4, 4, 0, tzinfo=UTC)
    renamed = await with_if_match(
        client,
        "PATCH",
        f"{tasks_url(world)}/{task['id']}",
        json={"title": "改名"},
        headers=world.headers(OFFICE),
    )
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["overdue_working_days"] == 1
    assert renamed.json()["calendar"] == {"provisional_years": [2027]}
    events = await client.get(
        "/v1/audit-events", params={"action": "task.update"}, headers=world.headers("admin")
    )
    (event,) = [e for e in events.json()["items"] if e["entity_id"] == task["id"]]
    assert event["after"]["title"] == "改名"
    assert event["before"]["deadline"] == "2026-12-31"
    for snapshot in (event["before"], event["after"]):
        assert not {"overdue", "overdue_working_days", "calendar"} & set(snapshot)
