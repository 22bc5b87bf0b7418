"""The events that come from time (issue 17), made by app.services.scheduled_events as the worker
calls it (its own session and transaction, a chosen ``now``) and read back through
GET /v1/jurisdictions/{jid}/events: each once, however often and however many at once.

World (tests/factories.py) with the shipped rulebooks (``books``): city_a runs Changji's (the
quarterly written report, C-RPT-1, due 10 working days after the quarter: Q3-2026 on 2026-10-20;
no reminder), inherited by county_a1; city_b runs Ezhou's (the monthly report by the 22nd,
E-RPT-1, with a reminder 3 working days before). Each place has the units housing (whose
liaison officer is ``<place>.liaison``) and natural_resources."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.db import Database
from app.services import scheduled_events
from app.services.scheduled_events import emit_time_driven_events
from tests.api.task_helpers import add_task, task_url
from tests.api.test_briefings import information_officer
from tests.api.test_events import all_events
from tests.api.test_inspections import answer, finding, finding_url, held, plan
from tests.api.test_submissions import at_noon, changji_files, submit
from tests.api.test_supervision import at, reply, supervise
from tests.api.test_task_progress import act as task_act
from tests.conftest import FixedClock
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

REPORT_TYPES = "report.overdue,report.due_soon"


async def run(database: Database, now: datetime) -> int:
    """One call as the worker makes it: its own session, committed."""
    async with database.sessionmaker() as session, session.begin():
        return await emit_time_driven_events(session, now)


async def of_type(
    client: httpx.AsyncClient, world: World, types: str, place: str = "city_a"
) -> list[dict[str, Any]]:
    return await all_events(client, world, place, types=types)


def unit(world: World, place: str, code: str) -> str:
    return str(world.places[place].unit_ids[code])


def keyed(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(type, resource id) of each event, in feed order."""
    return [(e["type"], e["resource_id"]) for e in events]


# --- reports --------------------------------------------------------------------------------


async def test_a_report_not_submitted_by_its_due_date_is_overdue_once_per_unit(
    client: httpx.AsyncClient, books: World, database: Database, pinned_clock: FixedClock
) -> None:
    # Housing's liaison submits Q3 in time (C-RPT-1: due 2026-10-20); natural resources does not.
    pinned_clock.at = at_noon("2026-10-15")
    response = await submit(
        client, books, place="city_a", who="city_a.liaison", report_kind="quarterly_report",
        period="2026-Q3", files=changji_files(),
    )  # fmt: skip
    assert response.status_code == 201, response.text

    # Due today: not overdue yet (the two written are city_b's reminders: Ezhou's October
    # report is due on the 22nd, reminded from the 19th).
    assert await run(database, at_noon("2026-10-20")) == 2
    assert await of_type(client, books, REPORT_TYPES) == []
    # The next day: natural resources' report in city_a, and both units' in county_a1 (whose
    # units submitted nothing; it follows city_a's rulebook).
    assert await run(database, at_noon("2026-10-21")) == 3

    jid = str(books.places["city_a"].id)
    (event,) = await of_type(client, books, REPORT_TYPES)
    natural_resources = unit(books, "city_a", "natural_resources")
    assert event["type"] == "report.overdue"
    assert event["jurisdiction_id"] == jid
    assert event["resource_type"] == "report"
    assert event["resource_id"] == f"quarterly_report:2026-Q3:{natural_resources}"
    assert event["payload"] == {
        "report_kind": "quarterly_report",
        "report_name": "季度书面报告",
        "period": "2026-Q3",
        "unit_id": natural_resources,
        "unit_name": "自然资源局",
        "due_date": "2026-10-20",
        "provisional_calendar": False,
    }
    # Its URL is the list where the unit's report will appear: empty so far.
    answer = await client.get(event["resource_url"], headers=books.headers("city_a.office_staff"))
    assert answer.status_code == 200, answer.text
    assert event["resource_url"].startswith(f"/v1/jurisdictions/{jid}/submissions?")
    assert answer.json()["items"] == []

    county = await of_type(client, books, REPORT_TYPES, "county_a1")
    assert sorted(e["payload"]["unit_id"] for e in county) == sorted(
        [unit(books, "county_a1", "housing"), unit(books, "county_a1", "natural_resources")]
    )
    assert {e["jurisdiction_id"] for e in county} == {str(books.places["county_a1"].id)}
    # Nothing of city_a's in city_b's feed: only its own reminders.
    city_b = await of_type(client, books, REPORT_TYPES, "city_b")
    assert {(e["type"], e["jurisdiction_id"]) for e in city_b} == {
        ("report.due_soon", str(books.places["city_b"].id))
    }


async def test_calling_again_and_later_in_the_window_writes_nothing_more(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    # Both units of city_a and of county_a1 overdue, both of city_b reminded.
    assert await run(database, at_noon("2026-10-21")) == 6
    before = keyed(await of_type(client, books, REPORT_TYPES))
    assert len(before) == 2
    assert await run(database, at_noon("2026-10-21")) == 0
    assert await run(database, at_noon("2026-10-22")) == 0
    await run(database, at_noon("2026-10-30"))  # city_b's October reports fall overdue
    assert keyed(await of_type(client, books, REPORT_TYPES)) == before


async def test_a_late_submission_before_it_was_seen_is_not_announced_as_overdue(
    client: httpx.AsyncClient, books: World, database: Database, pinned_clock: FixedClock
) -> None:
    """The scheduler was stopped over the due date; the report came late meanwhile: its own
    submission.received says late, and no report.overdue follows it."""
    pinned_clock.at = at_noon("2026-10-23")
    response = await submit(
        client, books, place="city_a", who="city_a.liaison", report_kind="quarterly_report",
        period="2026-Q3", files=changji_files(),
    )  # fmt: skip
    assert response.status_code == 201, response.text
    await run(database, at_noon("2026-10-24"))
    events = await of_type(client, books, REPORT_TYPES)
    assert [e["payload"]["unit_id"] for e in events] == [unit(books, "city_a", "natural_resources")]


async def test_the_look_back_is_bounded_a_first_start_does_not_announce_old_reports(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    # Q3-2026 fell overdue on 2026-10-21: eleven days on, it is older than the window.
    await run(database, at_noon("2026-11-01"))
    assert await of_type(client, books, "report.overdue") == []


async def test_the_reminder_setting_drives_report_due_soon(
    client: httpx.AsyncClient, books: World, database: Database, pinned_clock: FixedClock
) -> None:
    """Ezhou's monthly report for November is due on Sunday 2026-11-22; its reminder, 3 working
    days before, comes on Wednesday the 18th. Changji's report kinds set none: city_a gets no
    reminder. A unit that submitted before the reminder is not reminded."""
    pinned_clock.at = at_noon("2026-11-16")
    assert (await submit(client, books, period="2026-11")).status_code == 201  # city_b housing

    assert await run(database, at_noon("2026-11-17")) == 0
    assert await run(database, at_noon("2026-11-18")) == 1
    (event,) = await of_type(client, books, REPORT_TYPES, "city_b")
    assert event["type"] == "report.due_soon"
    assert event["payload"]["unit_id"] == unit(books, "city_b", "natural_resources")
    assert (event["payload"]["period"], event["payload"]["due_date"]) == ("2026-11", "2026-11-22")
    assert event["payload"]["reminder_working_days_before"] == 3
    assert await of_type(client, books, "report.due_soon", "city_a") == []

    # Once the due date has passed, it is overdue (once), and reminded no more.
    assert await run(database, at_noon("2026-11-22")) == 0
    assert await run(database, at_noon("2026-11-23")) == 1
    events = await of_type(client, books, REPORT_TYPES, "city_b")
    assert [e["type"] for e in events] == ["report.due_soon", "report.overdue"]


async def test_a_reminder_whose_due_date_has_passed_is_not_sent(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    # Started on 2026-11-23 only: November's reminder (the 18th) is in the window, but the
    # report is overdue by then: the overdue event alone.
    await run(database, at_noon("2026-11-23"))
    events = await of_type(client, books, REPORT_TYPES, "city_b")
    assert {e["type"] for e in events} == {"report.overdue"}
    assert len(events) == 2


async def test_the_year_boundary_uses_the_provisional_calendar_and_says_so(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """Changji's Q4-2026 report is due 10 working days after 2026-12-31, counted in 2027, which
    only the provisional calendar knows (no make-up workdays): 2027-01-15, a Friday. Overdue
    the next day; the event says its due date came from a provisional year. (December's work
    information, due 2027-01-05, falls overdue on the 6th: that one needed nothing of 2027
    but that the 5th is a Tuesday, a working day.)"""

    def quarterly(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [e for e in events if e["payload"]["report_kind"] == "quarterly_report"]

    await run(database, at_noon("2027-01-15"))
    assert quarterly(await of_type(client, books, "report.overdue")) == []
    await run(database, at_noon("2027-01-16"))
    events = quarterly(await of_type(client, books, "report.overdue"))
    assert len(events) == 2
    assert {(e["payload"]["period"], e["payload"]["due_date"]) for e in events} == {
        ("2026-Q4", "2027-01-15")
    }
    assert all(e["payload"]["provisional_calendar"] is True for e in events)


async def test_a_call_writes_at_most_its_batch_and_the_next_call_the_rest(
    client: httpx.AsyncClient, books: World, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On 2026-10-21 six events are due (four overdue in city_a and county_a1, two reminders
    in city_b): with a batch of four, two calls write them all, each once."""
    monkeypatch.setattr(scheduled_events, "MAX_EVENTS_PER_CALL", 4)
    now = at_noon("2026-10-21")
    assert [await run(database, now) for _ in range(3)] == [4, 2, 0]
    places = ("city_a", "county_a1", "city_b")
    found = [keyed(await of_type(client, books, REPORT_TYPES, place)) for place in places]
    assert [len(events) for events in found] == [2, 2, 2]
    assert len({key for events in found for key in events}) == 6


# --- exactly once, under concurrency ----------------------------------------------------------


async def test_workers_racing_write_each_event_once(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    task = await add_task(client, books, deadline="2026-12-04")  # a Friday
    await supervise(client, books, task, reply_due_on="2026-12-04")
    # Monday 2026-12-07: the task and the notice are overdue; Ezhou's December reminder is not
    # due yet (the 17th), Changji's November information (due Monday the 7th) not overdue.
    now = at_noon("2026-12-07")
    written = await asyncio.gather(*(run(database, now) for _ in range(4)))
    assert sum(written) == 2
    assert await run(database, now) == 0
    events = await all_events(client, books, "city_a")
    overdue = [
        e for e in events if e["type"] in ("task.overdue", "supervision_notice.reply_overdue")
    ]
    assert sorted(e["type"] for e in overdue) == [
        "supervision_notice.reply_overdue",
        "task.overdue",
    ]
    # Each is numbered (the commit-order trigger ran on the scheduler's rows too).
    async with database.engine.connect() as connection:
        unnumbered = await connection.scalar(text("SELECT count(*) FROM events WHERE seq IS NULL"))
    assert unnumbered == 0


@pytest.mark.parametrize("first_commits", [True, False], ids=["commits", "rolls back"])
async def test_a_worker_racing_past_the_check_waits_for_the_other_and_skips_or_takes_over(
    client: httpx.AsyncClient, books: World, database: Database, first_commits: bool
) -> None:
    """Both workers look before either commits, so both find the events unwritten and both
    insert: the second waits on the first's uncommitted rows (the unique dedupe key), then
    skips them when the first commits, or writes them itself when the first rolls back."""
    task = await add_task(client, books, deadline="2026-12-04")
    await supervise(client, books, task, reply_due_on="2026-12-04")
    now = at_noon("2026-12-07")
    async with database.sessionmaker() as first, database.sessionmaker() as second:
        await first.begin()
        assert await emit_time_driven_events(first, now) == 2

        async def other() -> int:
            async with second.begin():
                return await emit_time_driven_events(second, now)

        racing = asyncio.create_task(other())
        await asyncio.sleep(0.5)
        assert not racing.done()  # waiting on the first's rows
        if first_commits:
            await first.commit()
        else:
            await first.rollback()
        assert await racing == (0 if first_commits else 2)
    events = await all_events(client, books, "city_a")
    assert sorted(e["type"] for e in events if e["type"].endswith("overdue")) == [
        "supervision_notice.reply_overdue",
        "task.overdue",
    ]


# --- tasks and supervision notices ----------------------------------------------------------


async def test_a_task_is_overdue_once_a_working_day_has_begun_after_its_deadline(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    late = await add_task(client, books, deadline="2026-12-04")  # a Friday
    done = await add_task(client, books, deadline="2026-12-04", title="已办结的任务")
    later = await add_task(client, books, deadline="2026-12-31", title="年底完成的任务")
    completed = await task_act(client, books, done, "/complete", {"note": "已办结"})
    assert completed.status_code == 200, completed.text

    assert await run(database, at_noon("2026-12-05")) == 0  # Saturday: no working day yet
    assert await run(database, at_noon("2026-12-07")) == 1
    (event,) = await of_type(client, books, "task.overdue")
    jid = str(books.places["city_a"].id)
    assert (event["resource_type"], event["resource_id"]) == ("task", late["id"])
    assert event["resource_url"] == task_url(books, late)
    assert event["jurisdiction_id"] == jid
    payload = event["payload"]
    assert (payload["code"], payload["state"], payload["deadline"]) == (
        late["code"],
        "not_started",
        "2026-12-04",
    )
    assert payload["lead_unit"] == {
        "id": unit(books, "city_a", "housing"),
        "name": "住房和城乡建设局",
    }
    assert payload["overdue_since"] == "2026-12-07"
    assert (payload["completed_on"], payload["completed_on_time"]) == (None, None)
    assert (
        await client.get(event["resource_url"], headers=books.headers("city_a.office_staff"))
    ).status_code == 200

    # 2026-12-31 is a Thursday; 2027-01-01 New Year's Day and the weekend follow: the task
    # that was due on the last day of 2026 is overdue from Monday 2027-01-04.
    assert await run(database, at_noon("2027-01-03")) == 0
    assert await run(database, at_noon("2027-01-04")) == 1
    overdue = await of_type(client, books, "task.overdue")
    assert [e["resource_id"] for e in overdue] == [late["id"], later["id"]]
    assert overdue[1]["payload"]["overdue_since"] == "2027-01-04"


async def test_a_deadline_moved_and_passed_again_is_a_new_occasion(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    task = await add_task(client, books, deadline="2026-12-04")
    assert await run(database, at_noon("2026-12-07")) == 1
    headers = books.headers("city_a.office_staff")
    etag = (await client.get(task_url(books, task), headers=headers)).headers.get("ETag")
    moved = await client.patch(
        task_url(books, task),
        json={"deadline": "2026-12-11"},
        headers={**headers, **({"If-Match": etag} if etag else {})},
    )
    assert moved.status_code == 200, moved.text
    await run(database, at_noon("2026-12-08"))  # no longer overdue
    assert len(await of_type(client, books, "task.overdue")) == 1
    await run(database, at_noon("2026-12-14"))
    deadlines = [e["payload"]["deadline"] for e in await of_type(client, books, "task.overdue")]
    assert deadlines == ["2026-12-04", "2026-12-11"]


async def test_an_unanswered_notice_is_overdue_the_day_after_its_reply_date(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    task = await add_task(client, books, deadline="2027-03-31")
    unanswered = await supervise(client, books, task, reply_due_on="2026-12-04")
    answered = await supervise(client, books, task, reply_due_on="2026-12-04")
    assert (await reply(client, books, answered)).status_code == 200

    assert await run(database, at_noon("2026-12-04")) == 0
    assert await run(database, at_noon("2026-12-05")) == 1  # a Saturday: calendar days
    (event,) = await of_type(client, books, "supervision_notice.reply_overdue")
    assert (event["resource_type"], event["resource_id"]) == (
        "supervision_notice",
        unanswered["id"],
    )
    assert event["payload"] == {
        "task": {"id": task["id"], "code": task["code"]},
        "unit": {"id": unit(books, "city_a", "housing"), "name": "住房和城乡建设局"},
        "issued_on": "2026-12-01",
        "reply_due_on": "2026-12-04",
        "answered": False,
        "replied_on": None,
    }
    notice = await client.get(event["resource_url"], headers=books.headers("city_a.office_staff"))
    assert notice.status_code == 200, notice.text


# --- inspections' findings --------------------------------------------------------------------


async def test_an_unrectified_finding_is_overdue_once_a_working_day_has_begun_after_its_deadline(
    client: httpx.AsyncClient, books: World, database: Database, pinned_clock: FixedClock
) -> None:
    """CO-SUP-1: overdue rectifications are computed as overdue tasks are. Five working days
    from Tuesday 2026-12-01: due Tuesday 12-08, overdue from Wednesday 12-09. An answer awaiting
    review does not stop it; one the office accepted in time does, and so does one accepted late
    before the scheduler looked (finding.accepted told it)."""
    inspection = await plan(client, books)
    await held(client, books, inspection)
    still_open = await finding(client, books, inspection)
    answered = await finding(client, books, inspection, "natural_resources")
    in_time = await finding(client, books, inspection)
    accepted_late = await finding(client, books, inspection, days=3)  # due Friday 12-04
    assert (await answer(client, books, in_time)).status_code == 201
    office = books.headers("city_a.office_staff")
    accepted = await client.post(finding_url(books, in_time, "/accept"), headers=office)
    assert accepted.status_code == 200, accepted.text
    at(pinned_clock, "2026-12-07")  # the Monday after accepted_late's Friday: before a look
    assert (await answer(client, books, accepted_late)).status_code == 201
    accepted = await client.post(finding_url(books, accepted_late, "/accept"), headers=office)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["rectified_late"] is True
    liaison = await information_officer(client, books, "natural_resources")
    assert (await answer(client, books, answered, who=liaison)).status_code == 201

    await run(database, at_noon("2026-12-08"))
    assert await of_type(client, books, "finding.overdue") == []  # due today
    await run(database, at_noon("2026-12-09"))
    assert await run(database, at_noon("2026-12-09")) == 0
    await run(database, at_noon("2026-12-14"))
    events = await of_type(client, books, "finding.overdue")  # each once
    assert sorted(e["resource_id"] for e in events) == sorted([still_open["id"], answered["id"]])
    (event,) = [e for e in events if e["resource_id"] == still_open["id"]]
    assert (event["resource_type"], event["resource_url"]) == (
        "inspection_finding",
        finding_url(books, still_open),
    )
    assert event["payload"] == {
        "inspection_id": inspection["id"],
        "unit": {"id": unit(books, "city_a", "housing"), "name": "住房和城乡建设局"},
        "county": None,
        "state": "open",
        "due_on": "2026-12-08",
        "rectified_on": None,
        "overdue_since": "2026-12-09",
    }
    (other,) = [e for e in events if e["resource_id"] == answered["id"]]
    assert other["payload"]["state"] == "answered"
    at(pinned_clock, "2026-12-09")  # the finding says so too, on the day
    followed = await client.get(event["resource_url"], headers=office)
    assert (followed.json()["overdue"], followed.json()["overdue_working_days"]) == (True, 1)
