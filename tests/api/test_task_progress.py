"""Progress on tasks through HTTP (E-TSK-1): reports with evidence files by the lead unit and the
office, the completion proposal confirmed (done on the proposal's day) or sent back, the office's
own completion, comments, who may do which, and the summary's on-time counts after it.

World (tests/factories.py): city_a ── county_a1, and city_b; units housing (whose `liaison` holds
a post) and natural_resources (whose liaison the `cooperator` fixture adds). Tasks are led by
housing with natural_resources cooperating unless said otherwise. The clock stands at noon of
Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import event

from app.db import Database
from app.domain.organisation import PositionRole
from app.domain.tasks import TABLE_RULE, TABLE_SOURCE
from app.schemas.positions import PositionCreate
from app.schemas.users import UserCreateWithPassword
from app.services import positions, users
from tests import sample_files
from tests.api.task_helpers import add_task, task_url, tasks_url, unit_id
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.conftest import FixedClock
from tests.factories import PASSWORD, SINCE, World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
LIAISON = "city_a.liaison"  # the housing unit's liaison officer
Headers = dict[str, str]


def at(day: str) -> datetime:
    """Noon in Shanghai on ``day``."""
    return datetime.fromisoformat(f"{day}T04:00:00").replace(tzinfo=UTC)


async def person(
    world: World, database: Database, name: str, units: list[tuple[str, PositionRole]]
) -> tuple[uuid.UUID, Headers]:
    """A person of city_a holding the given unit posts (unit code, role)."""
    place = world.places["city_a"]
    async with database.sessionmaker() as session, session.begin():
        user = await users.create_with_password(
            session,
            UserCreateWithPassword(
                username=f"city-a.{name}",
                display_name=f"city-a {name}",
                password=SecretStr(PASSWORD),
                jurisdiction_id=place.id,
            ),
        )
        for code, role in units:
            await positions.create(
                session,
                None,
                place.id,
                PositionCreate(
                    user_id=user.id, role=role, unit_id=place.unit_ids[code], valid_from=SINCE
                ),
            )
    token = world.tokens.issue(f"user:{user.id}")[0]
    return user.id, {"Authorization": f"Bearer {token}"}


@pytest.fixture
async def cooperator(world: World, database: Database) -> Headers:
    """The natural resources unit's liaison officer in city_a."""
    _, headers = await person(
        world, database, "nr_liaison", [("natural_resources", PositionRole.liaison_officer)]
    )
    return headers


def headers_of(world: World, who: str | Headers) -> Headers:
    return who if isinstance(who, dict) else world.headers(who)


async def report(
    client: httpx.AsyncClient,
    world: World,
    task: dict[str, Any],
    who: str | Headers = LIAISON,
    *,
    text: str = "已完成征求意见稿",
    percent: int = 30,
    proposes: bool | None = None,
    files: list[tuple[str, bytes]] | None = None,
    extra: dict[str, str] | None = None,
) -> httpx.Response:
    data = {"text": text, "percent": str(percent), **(extra or {})}
    if proposes is not None:
        data["proposes_completion"] = "true" if proposes else "false"
    return await client.post(
        task_url(world, task, "/progress"),
        data=data,
        files=[("evidence", (name, content, "application/octet-stream")) for name, content in files]
        if files
        else None,
        headers=headers_of(world, who),
    )


async def reported(
    client: httpx.AsyncClient, world: World, task: dict[str, Any], *args: Any, **kwargs: Any
) -> dict[str, Any]:
    response = await report(client, world, task, *args, **kwargs)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def get_task(client: httpx.AsyncClient, world: World, task: dict[str, Any]) -> dict[str, Any]:
    response = await client.get(task_url(world, task), headers=world.headers(OFFICE))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def reports_of(
    client: httpx.AsyncClient, world: World, task: dict[str, Any], who: str | Headers = OFFICE
) -> list[dict[str, Any]]:
    response = await client.get(
        task_url(world, task, "/progress"), params={"limit": 100}, headers=headers_of(world, who)
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def act(
    client: httpx.AsyncClient,
    world: World,
    task: dict[str, Any],
    rest: str,
    body: dict[str, Any],
    who: str | Headers = "city_a.office_director",
) -> httpx.Response:
    return await client.post(task_url(world, task, rest), json=body, headers=headers_of(world, who))


async def comment(
    client: httpx.AsyncClient,
    world: World,
    task: dict[str, Any],
    who: str | Headers,
    **body: Any,
) -> httpx.Response:
    return await client.post(
        task_url(world, task, "/comments"),
        json={"text": "材料清单已提供", **body},
        headers=headers_of(world, who),
    )


# --- reports and the task's state ---------------------------------------------------------------


async def test_first_report_starts_the_task_and_is_the_lead_units(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    task = await add_task(client, world)
    assert (task["state"], task["started_on"]) == ("not_started", None)
    first = await reported(client, world, task, text="  已完成征求意见稿  ", percent=30)
    assert first["unit"] == {"id": unit_id(world, "city_a", "housing"), "name": "住房和城乡建设局"}
    assert first["text"] == "已完成征求意见稿"
    assert (first["reported_on"], first["percent"]) == ("2026-12-01", 30)
    assert (first["proposes_completion"], first["review"], first["evidence"]) == (False, None, [])
    assert first["author_id"] == str(world.places["city_a"].user_ids["liaison"])
    now = await get_task(client, world, task)
    assert (now["state"], now["started_on"], now["percent"]) == ("in_progress", "2026-12-01", 30)
    assert now["last_reported_on"] == "2026-12-01"

    pinned_clock.at = at("2026-12-03")
    await reported(client, world, task, percent=60)
    now = await get_task(client, world, task)
    assert (now["started_on"], now["percent"], now["last_reported_on"]) == (
        "2026-12-01",
        60,
        "2026-12-03",
    )
    events = await audit_events(client, world, action="task.progress")
    assert [e["entity_id"] for e in events] == [task["id"], task["id"]]
    newest = events[0]
    assert newest["before"]["task"]["percent"] == 30
    assert newest["after"]["task"]["percent"] == 60
    assert newest["after"]["report"]["reported_on"] == "2026-12-03"


async def test_the_office_reports_for_no_unit(client: httpx.AsyncClient, world: World) -> None:
    task = await add_task(client, world)
    for who in (OFFICE, "city_a.client_write", "admin"):
        body = await reported(client, world, task, who, percent=10)
        assert body["unit"] is None, who
    assert len(await reports_of(client, world, task)) == 3


async def test_bad_reports_are_named(client: httpx.AsyncClient, world: World) -> None:
    task = await add_task(client, world)
    for fields, where in (
        ({"text": "   "}, ["body", "text"]),
        ({"text": "x" * 20_001}, ["body", "text"]),
        ({"percent": 101}, ["body", "percent"]),
        ({"percent": -1}, ["body", "percent"]),
        ({"percent": 90, "proposes": True}, ["body", "percent"]),
        ({"extra": {"file": "x"}}, ["body", "file"]),
    ):
        response = await report(client, world, task, **fields)
        assert error_locations(problem(response, 422)) == [where], fields
    missing = await client.post(
        task_url(world, task, "/progress"), data={"percent": "5"}, headers=world.headers(LIAISON)
    )
    assert ["body", "text"] in error_locations(problem(missing, 422))
    # Nothing was recorded, and the task did not start.
    assert await reports_of(client, world, task) == []
    assert (await get_task(client, world, task))["state"] == "not_started"


async def test_reports_are_listed_newest_first_by_keyset(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    for percent in (10, 20, 30):
        await reported(client, world, task, percent=percent)
    url = task_url(world, task, "/progress")
    first = await client.get(url, params={"limit": 2}, headers=world.headers(LIAISON))
    page = first.json()
    assert [r["percent"] for r in page["items"]] == [30, 20]
    second = await client.get(
        url, params={"limit": 2, "cursor": page["next_cursor"]}, headers=world.headers(LIAISON)
    )
    assert [r["percent"] for r in second.json()["items"]] == [10]
    assert second.json()["next_cursor"] is None


@contextmanager
def counting_statements(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", count)


async def test_a_page_of_reports_costs_the_same_statements_however_many_it_holds(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """One statement for the page, one for its evidence: no query per report."""
    task = await add_task(client, world)
    url = task_url(world, task, "/progress")
    await reported(client, world, task, files=[("a.pdf", sample_files.pdf())])
    # Each count after the same request once: the process caches (the caller, the jurisdiction)
    # then hold what they hold in the steady state.
    await client.get(url, headers=world.headers(LIAISON))
    with counting_statements(database) as one:
        assert len((await client.get(url, headers=world.headers(LIAISON))).json()["items"]) == 1
    for _ in range(4):
        await reported(client, world, task, files=[("a.pdf", sample_files.pdf())] * 2)
    await client.get(url, headers=world.headers(LIAISON))
    with counting_statements(database) as five:
        assert len((await client.get(url, headers=world.headers(LIAISON))).json()["items"]) == 5
    assert one, "no statement was counted"
    assert len(five) == len(one)


# --- the completion proposal ------------------------------------------------------------------


async def test_of_two_proposals_at_once_one_is_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    answers = await asyncio.gather(
        *(report(client, world, task, percent=100, proposes=True) for _ in range(2))
    )
    assert sorted(a.status_code for a in answers) == [201, 409]
    assert len(await reports_of(client, world, task)) == 1
    reviews = await asyncio.gather(
        act(client, world, task, "/completion/confirm", {}),
        act(client, world, task, "/completion/send-back", {"reason": "材料不全"}),
    )
    assert sorted(r.status_code for r in reviews) == [200, 409]


async def test_a_proposal_awaits_the_office_and_holds_further_reports(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    proposal = await reported(client, world, task, percent=100, proposes=True)
    assert (proposal["proposes_completion"], proposal["review"]) == (True, None)
    now = await get_task(client, world, task)
    assert (now["state"], now["completion_pending"], now["percent"]) == ("in_progress", True, 100)
    assert now["started_on"] == "2026-12-01"  # a proposal is a first report too
    for who, proposes in ((LIAISON, False), (LIAISON, True), (OFFICE, False)):
        again = await report(client, world, task, who, percent=100, proposes=proposes)
        assert "awaits" in problem(again, 409)["detail"]
    events = await audit_events(client, world, action="task.propose_completion")
    assert [e["after"]["report"]["id"] for e in events] == [proposal["id"]]
    assert events[0]["after"]["task"]["completion_pending"] is True


async def test_only_the_lead_unit_proposes_completion(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    response = await report(client, world, task, OFFICE, percent=100, proposes=True)
    body = problem(response, 422)
    assert error_locations(body) == [["body", "proposes_completion"]]
    assert "/complete" in body["detail"]


async def test_confirmation_dates_completion_to_the_proposal(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    task = await add_task(client, world, deadline="2026-12-10")
    proposal = await reported(client, world, task, percent=100, proposes=True)
    # The office confirms it weeks later, after the deadline: the work was done by then.
    pinned_clock.at = at("2026-12-28")
    response = await act(client, world, task, "/completion/confirm", {"note": "已核实"})
    assert response.status_code == 200, response.text
    done = response.json()
    assert (done["state"], done["completed_on"], done["completed_on_time"]) == (
        "done",
        "2026-12-01",
        True,
    )
    assert (done["percent"], done["completion_pending"], done["overdue"]) == (100, False, False)
    (listed,) = await reports_of(client, world, task)
    assert listed["id"] == proposal["id"]
    review = listed["review"]
    director = str(world.places["city_a"].user_ids["office_director"])
    assert (review["outcome"], review["by"], review["note"]) == ("confirmed", director, "已核实")
    assert review["at"].startswith("2026-12-28")
    # Done is final: no more reports, reviews or completion.
    problem(await report(client, world, task), 409)
    problem(await act(client, world, task, "/completion/confirm", {}), 409)
    problem(await act(client, world, task, "/completion/send-back", {"reason": "x"}), 409)
    problem(await act(client, world, task, "/complete", {"note": "x"}), 409)
    events = await audit_events(client, world, action="task.confirm_completion")
    assert [e["entity_id"] for e in events] == [task["id"]]
    assert events[0]["before"]["report"]["review"] is None
    assert events[0]["after"]["report"]["review"]["outcome"] == "confirmed"
    assert events[0]["after"]["task"]["state"] == "done"


async def test_a_proposal_made_after_the_deadline_is_completed_late(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    task = await add_task(client, world, deadline="2026-12-15")
    pinned_clock.at = at("2026-12-20")
    await reported(client, world, task, percent=100, proposes=True)
    confirmed = await act(client, world, task, "/completion/confirm", {})
    assert confirmed.status_code == 200, confirmed.text
    assert (confirmed.json()["completed_on"], confirmed.json()["completed_on_time"]) == (
        "2026-12-20",
        False,
    )


async def test_nothing_to_review_is_a_conflict(client: httpx.AsyncClient, world: World) -> None:
    task = await add_task(client, world)
    await reported(client, world, task, percent=50)
    problem(await act(client, world, task, "/completion/confirm", {}), 409)
    problem(await act(client, world, task, "/completion/send-back", {"reason": "x"}), 409)


async def test_a_sent_back_proposal_leaves_the_task_in_progress_for_another(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    first = await reported(client, world, task, percent=100, proposes=True)
    no_reason = await act(client, world, task, "/completion/send-back", {})
    assert error_locations(problem(no_reason, 422)) == [["body", "reason"]]
    response = await act(
        client, world, task, "/completion/send-back", {"reason": "佐证材料不全，请补充印发文件"}
    )
    assert response.status_code == 200, response.text
    back = response.json()
    assert (back["state"], back["completion_pending"], back["completed_on"]) == (
        "in_progress",
        False,
        None,
    )
    (listed,) = await reports_of(client, world, task)
    assert (listed["review"]["outcome"], listed["review"]["note"]) == (
        "sent_back",
        "佐证材料不全，请补充印发文件",
    )
    # The unit reports again and proposes anew; the office confirms this one.
    await reported(client, world, task, percent=95)
    second = await reported(client, world, task, percent=100, proposes=True)
    assert (await get_task(client, world, task))["completion_pending"] is True
    confirmed = await act(client, world, task, "/completion/confirm", {})
    assert confirmed.json()["state"] == "done"
    reviews = {r["id"]: r["review"] for r in await reports_of(client, world, task)}
    assert reviews[first["id"]]["outcome"] == "sent_back"
    assert reviews[second["id"]]["outcome"] == "confirmed"
    events = await audit_events(client, world, action="task.send_back_completion")
    assert events[0]["after"]["report"]["review"]["note"] == "佐证材料不全，请补充印发文件"


async def test_only_the_office_reviews_a_proposal(
    client: httpx.AsyncClient, world: World, cooperator: Headers
) -> None:
    task = await add_task(client, world)
    await reported(client, world, task, percent=100, proposes=True)
    for who in (LIAISON, cooperator, "city_a.leader", "city_a.client_read"):
        problem(await act(client, world, task, "/completion/confirm", {}, who), 403)
    problem(await act(client, world, task, "/completion/confirm", {}, "city_a.nobody"), 404)
    problem(await act(client, world, task, "/completion/confirm", {}, "city_b.office_staff"), 404)
    for who in ("city_a.client_write", "admin"):
        other = await add_task(client, world)
        await reported(client, world, other, percent=100, proposes=True)
        response = await act(client, world, other, "/completion/confirm", {}, who)
        assert response.status_code == 200, (who, response.text)


async def test_sub_tasks_are_closed_before_their_task_is_complete(
    client: httpx.AsyncClient, world: World
) -> None:
    parent = await add_task(client, world)
    child = await add_task(client, world, parent_id=parent["id"])
    proposal = await report(client, world, parent, percent=100, proposes=True)
    assert child["code"] in problem(proposal, 409)["detail"]
    problem(await act(client, world, parent, "/complete", {"note": "x"}), 409)
    await act(client, world, child, "/complete", {"note": "子任务完成"})
    done = await act(client, world, parent, "/complete", {"note": "全部完成"})
    assert done.json()["state"] == "done"


# --- the office's own completion ----------------------------------------------------------------


async def test_the_office_completes_a_task_itself_on_the_record(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    no_note = await act(client, world, task, "/complete", {}, OFFICE)
    assert error_locations(problem(no_note, 422)) == [["body", "note"]]
    problem(await act(client, world, task, "/complete", {"note": "x"}, LIAISON), 403)
    response = await act(client, world, task, "/complete", {"note": "实施细则已印发"}, OFFICE)
    assert response.status_code == 200, response.text
    done = response.json()
    assert (done["state"], done["completed_on"], done["started_on"], done["percent"]) == (
        "done",
        "2026-12-01",
        "2026-12-01",
        100,
    )
    assert done["completed_on_time"] is True
    (record,) = await reports_of(client, world, task)
    staff = str(world.places["city_a"].user_ids["office_staff"])
    assert (record["unit"], record["text"], record["percent"]) == (None, "实施细则已印发", 100)
    assert (record["proposes_completion"], record["author_id"]) == (True, staff)
    assert (record["review"]["outcome"], record["review"]["by"]) == ("confirmed", staff)
    problem(await act(client, world, task, "/complete", {"note": "again"}, OFFICE), 409)
    events = await audit_events(client, world, action="task.complete")
    assert events[0]["after"]["report"]["id"] == record["id"]


async def test_a_pending_proposal_is_confirmed_not_overridden(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    await reported(client, world, task, percent=100, proposes=True)
    body = problem(await act(client, world, task, "/complete", {"note": "x"}, OFFICE), 409)
    assert "confirm" in body["detail"]
    cancelled = await act(client, world, task, "/cancel", {"reason": "政策调整"}, OFFICE)
    assert cancelled.status_code == 200, cancelled.text
    problem(await act(client, world, task, "/complete", {"note": "x"}, OFFICE), 409)


# --- evidence files -------------------------------------------------------------------------------


async def test_evidence_files_are_kept_with_the_report_and_downloaded(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    body = await reported(
        client,
        world,
        task,
        files=[("印发通知.pdf", sample_files.pdf()), ("实施细则.docx", sample_files.docx())],
    )
    pdf, docx = body["evidence"]
    assert (pdf["filename"], pdf["file_type"], pdf["media_type"]) == (
        "印发通知.pdf",
        "pdf",
        "application/pdf",
    )
    assert (pdf["position"], docx["position"], docx["file_type"]) == (1, 2, "docx")
    assert pdf["size_bytes"] == len(sample_files.pdf())
    assert pdf["sha256"] == hashlib.sha256(sample_files.pdf()).hexdigest()
    (listed,) = await reports_of(client, world, task, LIAISON)
    assert listed["evidence"] == body["evidence"]

    url = task_url(world, task, f"/progress/{body['id']}/evidence/{docx['id']}")
    download = await client.get(url, headers=world.headers(LIAISON))
    assert download.status_code == 200
    assert download.content == sample_files.docx()
    assert download.headers["etag"] == f'"{docx["sha256"]}"'
    assert "filename*=UTF-8''" in download.headers["content-disposition"]
    again = await client.get(
        url, headers={**world.headers("city_a.leader"), "If-None-Match": download.headers["etag"]}
    )
    assert again.status_code == 304
    # A file of another report, or a report of another task, is no file of this one.
    other = await add_task(client, world)
    other_report = await reported(client, world, other, files=[("x.pdf", sample_files.pdf())])
    other_file = other_report["evidence"][0]["id"]
    for rest in (
        f"/progress/{body['id']}/evidence/{other_file}",
        f"/progress/{other_report['id']}/evidence/{other_file}",
        f"/progress/{body['id']}/evidence/{uuid.uuid4()}",
    ):
        problem(await client.get(task_url(world, task, rest), headers=world.headers(OFFICE)), 404)
    problem(await client.get(url, headers=world.headers("city_b.office_staff")), 404)


async def test_evidence_of_the_wrong_kind_is_refused_and_nothing_is_kept(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    disguised = await report(
        client, world, task, files=[("ok.pdf", sample_files.pdf()), ("伪装.pdf", b"#!/bin/sh\n")]
    )
    body = problem(disguised, 415)
    assert error_locations(body) == [["body", "evidence", 1]]
    assert "伪装.pdf" in body["errors"][0]["msg"]
    empty = await report(client, world, task, files=[("空.pdf", b"")])
    assert error_locations(problem(empty, 422)) == [["body", "evidence", 0]]
    many = await report(
        client, world, task, files=[(f"{n}.pdf", sample_files.pdf()) for n in range(11)]
    )
    assert error_locations(problem(many, 422)) == [["body", "evidence"]]
    # The per-file limit (256 KiB in the tests) is a 413.
    big = await report(client, world, task, files=[("big.pdf", sample_files.pdf("x" * 300_000))])
    problem(big, 413)
    assert await reports_of(client, world, task) == []
    assert (await get_task(client, world, task))["state"] == "not_started"


async def test_evidence_may_exceed_the_ordinary_request_limit(
    client: httpx.AsyncClient, world: World
) -> None:
    """The route is an upload route: a body over the ordinary 64 KiB limit is accepted."""
    task = await add_task(client, world)
    scan = sample_files.pdf("x" * 150_000)
    body = await reported(client, world, task, files=[("scan.pdf", scan)])
    assert body["evidence"][0]["size_bytes"] > 150_000


# --- who reports (E-TSK-1) --------------------------------------------------------------------


async def test_who_reports_progress(
    client: httpx.AsyncClient, world: World, cooperator: Headers
) -> None:
    task = await add_task(client, world)
    for who in (LIAISON, OFFICE, "city_a.office_director", "city_a.client_write", "admin"):
        assert (await report(client, world, task, who)).status_code == 201, who
    # A cooperating unit sees the task but does not report on it; nor does the leadership.
    for who in (cooperator, "city_a.leader", "city_a.deputy_leader"):
        body = problem(await report(client, world, task, who), 403)
        assert (body["rule"], body["source"]) == (TABLE_RULE, TABLE_SOURCE)
    assert "cooperating" in problem(await report(client, world, task, cooperator), 403)["detail"]
    problem(await report(client, world, task, "city_a.client_read"), 403)
    for who in ("city_a.nobody", "city_b.liaison", "city_b.office_staff", "county_a1.liaison"):
        problem(await report(client, world, task, who), 404)
    # A unit with no part in a task does not see it.
    alone = await add_task(client, world, cooperating_unit_ids=[])
    problem(await report(client, world, alone, cooperator), 404)
    # The city's office above a county reads the county's tasks but reports on none there.
    county_task = await add_task(client, world, "county_a1")
    problem(await report(client, world, county_task, OFFICE, percent=5), 404)
    county_progress = task_url(world, county_task, "/progress", place="county_a1")
    response = await client.post(
        county_progress, data={"text": "x", "percent": "5"}, headers=world.headers(OFFICE)
    )
    problem(response, 403)


async def test_who_reads_progress(
    client: httpx.AsyncClient, world: World, cooperator: Headers
) -> None:
    task = await add_task(client, world)
    body = await reported(client, world, task, files=[("a.pdf", sample_files.pdf())])
    file_url = task_url(world, task, f"/progress/{body['id']}/evidence/{body['evidence'][0]['id']}")
    for who in (cooperator, LIAISON, "city_a.leader", "city_a.client_read", "county_a1.liaison"):
        headers = headers_of(world, who)
        listing = await client.get(task_url(world, task, "/progress"), headers=headers)
        download = await client.get(file_url, headers=headers)
        expected = 404 if who == "county_a1.liaison" else 200
        assert (listing.status_code, download.status_code) == (expected, expected), who
    alone = await add_task(client, world, cooperating_unit_ids=[])
    problem(await client.get(task_url(world, alone, "/progress"), headers=cooperator), 404)


# --- comments -----------------------------------------------------------------------------------


async def test_units_on_a_task_and_the_office_comment(
    client: httpx.AsyncClient, world: World, cooperator: Headers
) -> None:
    task = await add_task(client, world)
    made = []
    for who, unit in (
        (cooperator, "natural_resources"),
        (LIAISON, "housing"),
        (OFFICE, None),
        ("city_a.client_write", None),
        ("admin", None),
    ):
        response = await comment(client, world, task, who)
        assert response.status_code == 201, response.text
        body = response.json()
        assert (body["unit"] or {}).get("id") == (unit and unit_id(world, "city_a", unit)), who
        made.append(body["id"])
    assert (await comment(client, world, task, LIAISON, text="  ")).status_code == 422
    url = task_url(world, task, "/comments")
    first = await client.get(url, params={"limit": 3}, headers=cooperator)
    assert first.status_code == 200, first.text
    rest = await client.get(
        url, params={"limit": 3, "cursor": first.json()["next_cursor"]}, headers=cooperator
    )
    assert [c["id"] for c in first.json()["items"] + rest.json()["items"]] == made
    assert rest.json()["next_cursor"] is None
    assert first.json()["items"][0]["unit"]["name"] == "自然资源局"
    events = await audit_events(client, world, action="task.comment")
    assert sorted(e["entity_id"] for e in events) == sorted(made)
    # A task commented on is part of the record: cancelled, not deleted.
    problem(await client.delete(task_url(world, task), headers=world.headers(OFFICE)), 409)


async def test_who_may_not_comment_is_told_why(
    client: httpx.AsyncClient, world: World, cooperator: Headers
) -> None:
    task = await add_task(client, world)
    for who in ("city_a.leader", "city_a.deputy_leader"):
        assert "units" in problem(await comment(client, world, task, who), 403)["detail"]
    problem(await comment(client, world, task, "city_a.client_read"), 403)
    for who in ("city_a.nobody", "city_b.office_staff"):
        problem(await comment(client, world, task, who), 404)
    alone = await add_task(client, world, cooperating_unit_ids=[])
    problem(await comment(client, world, alone, cooperator), 404)
    # A unit on the task the caller holds no post for; a unit not on the task at all.
    housing = unit_id(world, "city_a", "housing")
    problem(await comment(client, world, task, cooperator, unit_id=housing), 403)
    foreign = unit_id(world, "city_b", "housing")
    response = await comment(client, world, task, cooperator, unit_id=foreign)
    assert error_locations(problem(response, 422)) == [["body", "unit_id"]]
    # A unit's person is no office: an explicit null is refused.
    problem(await comment(client, world, task, LIAISON, unit_id=None), 403)


async def test_a_person_of_two_units_on_a_task_names_the_unit(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    _, both = await person(
        world,
        database,
        "two_hats",
        [
            ("housing", PositionRole.unit_head),
            ("natural_resources", PositionRole.information_officer),
        ],
    )
    task = await add_task(client, world)
    response = await comment(client, world, task, both)
    assert error_locations(problem(response, 422)) == [["body", "unit_id"]]
    nr = unit_id(world, "city_a", "natural_resources")
    named = await comment(client, world, task, both, unit_id=nr)
    assert named.json()["unit"]["id"] == nr
    # On a task only one of the two units is on, that one is inferred.
    alone = await add_task(client, world, cooperating_unit_ids=[])
    inferred = await comment(client, world, alone, both)
    assert inferred.json()["unit"]["id"] == unit_id(world, "city_a", "housing")


async def test_closed_tasks_still_take_comments(client: httpx.AsyncClient, world: World) -> None:
    task = await add_task(client, world)
    await act(client, world, task, "/cancel", {"reason": "政策调整"}, OFFICE)
    response = await comment(client, world, task, LIAISON, text="已知悉")
    assert response.status_code == 201, response.text
    problem(await report(client, world, task), 409)


# --- the summary after completion -------------------------------------------------------------


async def test_the_summary_counts_confirmed_tasks_on_time_and_late(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    on_time = await add_task(client, world, deadline="2026-12-10")
    late = await add_task(client, world, deadline="2026-12-15")
    await add_task(client, world, deadline="2026-12-20")  # never reported
    await reported(client, world, on_time, percent=100, proposes=True)
    pinned_clock.at = at("2026-12-18")
    await reported(client, world, late, percent=100, proposes=True)
    pinned_clock.at = at("2026-12-28")
    for task in (on_time, late):
        confirmed = await act(client, world, task, "/completion/confirm", {})
        assert confirmed.status_code == 200, confirmed.text

    async def totals(**params: str) -> dict[str, Any]:
        response = await client.get(
            tasks_url(world, rest="/summary"), params=params, headers=world.headers(OFFICE)
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()["totals"]
        return body

    now = await totals()
    assert (now["done"], now["not_started"], now["due"]) == (2, 1, 3)
    assert (now["done_on_time"], now["done_late"], now["on_time_rate"]) == (1, 1, round(1 / 3, 4))
    # Looking back: on 5 December the first was already done (on its proposal's day), the second
    # not yet started (its first report came on the 18th); nothing was due.
    then = await totals(as_of="2026-12-05")
    assert (then["done"], then["in_progress"], then["not_started"], then["due"]) == (1, 0, 2, 0)
    assert (then["done_on_time"], then["done_late"]) == (0, 0)  # nothing due yet
