"""The contract, strictly (issue 19; app/routers/strict.py): a query parameter an operation
does not have is a 422 naming it, a body in a media type it does not take a 415 saying what to
send, an Accept it cannot satisfy a 406; and the main lists take ``changed_since``."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import Table, update

from app.db import Database
from app.models import Base
from app.routers.strict import accepts_any
from tests.api.task_helpers import add_task, task_body, tasks_url
from tests.api.test_documents import draft
from tests.api.test_documents import url as documents_url
from tests.api.test_meetings import convene, murl
from tests.api.test_submissions import submit
from tests.api.test_submissions import url as submissions_url
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"


def problem_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


# --- unknown query parameters -------------------------------------------------------------


async def test_an_unknown_query_parameter_is_named_not_ignored(
    client: httpx.AsyncClient, books: World
) -> None:
    await draft(client, books, title="关于印发实施方案的通知")
    await draft(client, books, title="关于召开全体会议的通知")
    refused = await client.get(
        documents_url(books), params={"title": "实施方案"}, headers=books.headers(OFFICE)
    )
    body = problem_of(refused, 422)
    assert body["errors"] == [
        {
            "loc": ["query", "title"],
            "msg": "not a parameter of this operation",
            "type": "unknown_parameter",
        }
    ]
    assert "title" in body["detail"]
    # The parameter that exists still narrows.
    found = await client.get(
        documents_url(books), params={"q": "实施方案"}, headers=books.headers(OFFICE)
    )
    assert found.status_code == 200, found.text
    assert [d["title"] for d in found.json()["items"]] == ["关于印发实施方案的通知"]


async def test_parameters_declared_by_dependencies_are_known(
    client: httpx.AsyncClient, world: World
) -> None:
    """The task list's filters and paging are its dependencies' parameters (task_filter,
    page_request): they are the operation's; a misspelt one is not."""
    await add_task(client, world)
    listed = await client.get(
        tasks_url(world, "city_a"),
        params={"state": "not_started", "limit": 5, "q": "验收", "include_descendants": "false"},
        headers=world.headers(OFFICE),
    )
    assert listed.status_code == 200, listed.text
    refused = await client.get(
        tasks_url(world, "city_a"),
        params={"status": "not_started", "limit": 5, "sort": "deadline"},
        headers=world.headers(OFFICE),
    )
    body = problem_of(refused, 422)
    assert [e["loc"] for e in body["errors"]] == [["query", "status"], ["query", "sort"]]


async def test_a_write_with_an_unknown_parameter_changes_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    refused = await client.post(
        tasks_url(world, "city_a"),
        params={"dry_run": "true"},
        json=task_body(world, "city_a"),
        headers=world.headers(OFFICE),
    )
    assert problem_of(refused, 422)["errors"][0]["loc"] == ["query", "dry_run"]
    listed = await client.get(tasks_url(world, "city_a"), headers=world.headers(OFFICE))
    assert listed.json()["items"] == []


async def test_the_feed_knows_its_own_parameters(client: httpx.AsyncClient, world: World) -> None:
    """The calendar feed authenticates itself: its `access_token` is a parameter, `token` not."""
    headers = world.headers("city_a.leader")
    known = await client.get("/v1/me/meetings.ics", params={"from": "2026-01-01"}, headers=headers)
    assert known.status_code == 200, known.text
    refused = await client.get("/v1/me/meetings.ics", params={"token": "x"}, headers=headers)
    assert problem_of(refused, 422)["errors"][0]["loc"] == ["query", "token"]


async def test_an_anonymous_caller_is_asked_to_sign_in_first(
    client: httpx.AsyncClient, world: World
) -> None:
    refused = await client.get(documents_url(world), params={"title": "x"})
    problem_of(refused, 401)


# --- 415: the body's media type -------------------------------------------------------------


async def test_a_json_body_in_another_media_type_is_415_saying_what_to_send(
    client: httpx.AsyncClient, world: World
) -> None:
    payload = json.dumps(task_body(world, "city_a"), ensure_ascii=False).encode()
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = world.headers(OFFICE)
        if content_type is not None:
            headers["Content-Type"] = content_type
        refused = await client.post(tasks_url(world, "city_a"), content=payload, headers=headers)
        body = problem_of(refused, 415)
        assert "Content-Type: application/json" in body["detail"], body
        assert body["accepted"] == ["application/json"]
    # JSON under its own name, or a +json type, is taken.
    taken = await client.post(
        tasks_url(world, "city_a"),
        content=payload,
        headers={**world.headers(OFFICE), "Content-Type": "application/json; charset=utf-8"},
    )
    assert taken.status_code == 201, taken.text


async def test_a_file_upload_must_be_multipart(client: httpx.AsyncClient, books: World) -> None:
    refused = await client.post(
        submissions_url(books, "city_b"),
        json={"report_kind": "monthly_report", "period": "2026-10"},
        headers=books.headers("city_b.liaison"),
    )
    assert "multipart/form-data" in problem_of(refused, 415)["detail"]


async def test_the_media_type_is_judged_after_who_may_post_there(
    client: httpx.AsyncClient, books: World
) -> None:
    """Another jurisdiction's caller learns nothing of it: 404, as for a well-formed request."""
    refused = await client.post(
        submissions_url(books, "city_a"),
        json={"report_kind": "monthly_report", "period": "2026-10"},
        headers=books.headers("city_b.liaison"),
    )
    problem_of(refused, 404)


async def test_the_token_endpoint_takes_a_form(client: httpx.AsyncClient, world: World) -> None:
    refused = await client.post(
        "/v1/auth/token", json={"grant_type": "password", "username": "a", "password": "b"}
    )
    body = problem_of(refused, 415)
    assert body["accepted"] == ["application/x-www-form-urlencoded", "multipart/form-data"]


async def test_a_post_without_a_body_needs_no_content_type(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await draft(client, books)
    signed = await client.post(
        documents_url(books, rest=f"/{document['id']}/sign"),
        headers=books.headers("city_a.office_director"),
    )
    assert signed.status_code != 415, signed.text


# --- 406: what the caller accepts -----------------------------------------------------------


async def test_an_accept_the_operation_cannot_satisfy_is_406(
    client: httpx.AsyncClient, world: World
) -> None:
    for accept in ("text/csv", "text/html", "application/json;q=0, text/csv"):
        refused = await client.get(
            documents_url(world), headers={**world.headers(OFFICE), "Accept": accept}
        )
        body = problem_of(refused, 406)
        assert body["available"] == ["application/json"]
    for accept in ("*/*", "application/*", "text/html, application/json;q=0.5", ""):
        served = await client.get(
            documents_url(world), headers={**world.headers(OFFICE), "Accept": accept}
        )
        assert served.status_code == 200, (accept, served.text)


async def test_csv_is_still_served_where_it_is_offered(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world)
    csv = await client.get(
        tasks_url(world, "city_a"), headers={**world.headers(OFFICE), "Accept": "text/csv"}
    )
    assert csv.status_code == 200, csv.text
    assert csv.headers["content-type"].startswith("text/csv")
    refused = await client.get(
        tasks_url(world, "city_a"), headers={**world.headers(OFFICE), "Accept": "image/png"}
    )
    assert set(problem_of(refused, 406)["available"]) == {"application/json", "text/csv"}
    workbook = await client.get(
        tasks_url(world, "city_a", "/export.xlsx"),
        headers={**world.headers(OFFICE), "Accept": "application/json"},
    )
    problem_of(workbook, 406)


@pytest.mark.parametrize(
    ("accept", "produces", "served"),
    [
        ("application/json", ("application/json",), True),
        ("Application/JSON; charset=utf-8", ("application/json",), True),
        ("text/*", ("application/json", "text/csv"), True),
        ("text/*;q=0, application/xml", ("application/json", "text/csv"), False),
        ("*/*;q=0.1", ("text/calendar",), True),
        ("*/*;q=0", ("text/calendar",), False),
        ("application/problem+json", ("application/json",), False),
        ("text/csv;q=bad", ("text/csv; charset=utf-8",), True),
    ],
)
def test_accept_matching(accept: str, produces: tuple[str, ...], served: bool) -> None:
    assert accepts_any(accept, produces) is served


# --- changed_since ------------------------------------------------------------------------


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


async def _backdate(database: Database, table: str, row_id: str) -> None:
    rows = table_named(table)
    async with database.sessionmaker() as session:
        await session.execute(
            update(rows)
            .where(rows.c.id == uuid.UUID(row_id))
            .values(updated_at=datetime(2020, 1, 1, tzinfo=UTC))
        )
        await session.commit()


async def _changed_since(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], since: str
) -> list[str]:
    response = await client.get(url, params={"changed_since": since}, headers=headers)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert all("updated_at" in item for item in items)
    return sorted(item["id"] for item in items)


async def _check_changed_since(
    client: httpx.AsyncClient,
    database: Database,
    table: str,
    url: str,
    headers: dict[str, str],
    old: str,
    new: str,
) -> None:
    await _backdate(database, table, old)
    assert await _changed_since(client, url, headers, "2025-01-01T00:00:00+08:00") == [new]
    assert await _changed_since(client, url, headers, "2019-12-31T00:00:00Z") == sorted([old, new])
    # A moment without its offset names no instant.
    naive = await client.get(url, params={"changed_since": "2025-01-01T00:00:00"}, headers=headers)
    assert problem_of(naive, 422)["errors"][0]["loc"] == ["query", "changed_since"]


async def test_tasks_changed_since(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    old = await add_task(client, world, title="旧任务")
    new = await add_task(client, world, title="新任务")
    await _check_changed_since(
        client,
        database,
        "tasks",
        tasks_url(world, "city_a"),
        world.headers(OFFICE),
        old["id"],
        new["id"],
    )


async def test_documents_changed_since(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    old = await draft(client, books)
    new = await draft(client, books)
    await _check_changed_since(
        client,
        database,
        "documents",
        documents_url(books),
        books.headers(OFFICE),
        old["id"],
        new["id"],
    )


async def test_meetings_changed_since(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    old = await convene(client, books, "city_a.leader", "plenary_meeting", "leader")
    new = await convene(
        client,
        books,
        "city_a.leader",
        "plenary_meeting",
        "leader",
        times=("2026-04-20T09:30:00+08:00", "2026-04-20T11:30:00+08:00"),
    )
    await _check_changed_since(
        client,
        database,
        "meetings",
        murl(books, "city_a"),
        books.headers(OFFICE),
        old["id"],
        new["id"],
    )


async def test_submissions_changed_since(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    old = await submit(client, books, period="2026-09")
    assert old.status_code == 201, old.text
    new = await submit(client, books, period="2026-10")
    assert new.status_code == 201, new.text
    await _check_changed_since(
        client,
        database,
        "report_submissions",
        submissions_url(books, "city_b"),
        books.headers("city_b.office_staff"),
        old.json()["id"],
        new.json()["id"],
    )


# --- the contract documents it --------------------------------------------------------------


def test_the_openapi_document_names_406_415_and_422_where_they_happen(app: FastAPI) -> None:
    operations = {
        operation["operationId"]: operation["responses"]
        for item in app.openapi()["paths"].values()
        for operation in item.values()
    }
    assert {"406", "422"} <= set(operations["list_documents"])
    assert "415" not in operations["list_documents"]
    assert {"406", "415", "422"} <= set(operations["create_task"])
    assert "406" not in operations["get_document_attachment"]  # a file is any media type
