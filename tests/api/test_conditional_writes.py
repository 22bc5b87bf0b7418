"""ETags, If-None-Match and If-Match (issue 17, safe retries; app/routers/conditional.py).

For each resource changed by PATCH, PUT or DELETE: a GET's ETag comes back in If-None-Match as
304; a stale If-Match is 412 and changes nothing; a missing one is 428 on what several people
edit (drafts, tasks, the rulebook) and allowed elsewhere; the right one changes it and answers
the new ETag, which the next change can send. Two changes racing with the same ETag: one wins,
the other is 412.

World with the shipped rulebooks (``books``); the clock at noon of 2026-12-01 in Shanghai."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.rulebooks import shipped_document
from tests.api.meeting_helpers import convene
from tests.api.task_helpers import add_task, task_url
from tests.api.test_documents import draft
from tests.api.test_minutes import complete_draft, plenary, put_minutes
from tests.factories import World, with_if_match

pytestmark = pytest.mark.usefixtures("pinned_clock")

Setup = Callable[[httpx.AsyncClient, World], Awaitable[str]]
Body = Callable[[World, int], dict[str, Any] | None]


def _jurisdiction(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}"


async def _task(client: httpx.AsyncClient, world: World) -> str:
    return task_url(world, await add_task(client, world))


async def _document(client: httpx.AsyncClient, world: World) -> str:
    return f"{_jurisdiction(world)}/documents/{(await draft(client, world))['id']}"


async def _created(
    client: httpx.AsyncClient, world: World, path: str, body: dict[str, Any], who: str
) -> str:
    response = await client.post(path, json=body, headers=world.headers(who))
    assert response.status_code == 201, response.text
    return f"{path}/{response.json()['id']}"


async def _briefing(client: httpx.AsyncClient, world: World) -> str:
    body = {"title": "11月工作信息", "body": "本月工作信息如下。"}
    return await _created(
        client, world, f"{_jurisdiction(world)}/briefings", body, "city_a.office_staff"
    )


async def _bulletin(client: httpx.AsyncClient, world: World) -> str:
    path = f"{_jurisdiction(world, 'city_b')}/bulletins"
    return await _created(client, world, path, {"period": "2026-Q1"}, "city_b.office_staff")


async def _minutes(client: httpx.AsyncClient, world: World) -> str:
    meeting = await plenary(client, world)
    assert (await put_minutes(client, world, meeting, complete_draft(world))).status_code == 200
    return f"{_jurisdiction(world)}/meetings/{meeting['id']}/minutes"


async def _rulebook(client: httpx.AsyncClient, world: World) -> str:
    return f"{_jurisdiction(world)}/rulebook"


async def _meeting(client: httpx.AsyncClient, world: World) -> str:
    meeting = await convene(
        client,
        world,
        "city_a",
        "plenary_meeting",
        "2026-12-20T09:00:00+08:00",
        "2026-12-20T11:00:00+08:00",
    )
    return f"{_jurisdiction(world)}/meetings/{meeting['id']}"


async def _unit(client: httpx.AsyncClient, world: World) -> str:
    return f"{_jurisdiction(world)}/units/{world.places['city_a'].unit_ids['housing']}"


async def _jurisdiction_url(client: httpx.AsyncClient, world: World) -> str:
    return _jurisdiction(world)


async def _user(client: httpx.AsyncClient, world: World) -> str:
    return f"/v1/users/{world.places['city_a'].user_ids['office_staff']}"


async def _webhook(client: httpx.AsyncClient, world: World) -> str:
    body = {"url": "https://93.184.215.14/hooks", "event_types": ["task.created"]}
    path = f"{_jurisdiction(world)}/webhook-subscriptions"
    return await _created(client, world, path, body, "city_a.office_director")


@dataclass(frozen=True)
class Write:
    name: str
    method: str
    setup: Setup
    who: str
    shared: bool  # several people edit it: If-Match required
    body: Body = lambda world, n: None
    status: int = 200
    # A change by someone else that makes an ETag read before it stale (DELETE: a PATCH).
    other_change: tuple[str, Body] | None = None


def _title(world: World, n: int) -> dict[str, Any]:
    return {"title": f"改过的标题{n}"}


WRITES = [
    Write("task", "PATCH", _task, "city_a.office_staff", True, _title),
    Write(
        "task", "DELETE", _task, "city_a.office_staff", True, status=204,
        other_change=("PATCH", _title),
    ),
    Write("document", "PATCH", _document, "city_a.office_staff", True, _title),
    Write(
        "document", "DELETE", _document, "city_a.office_staff", True, status=204,
        other_change=("PATCH", _title),
    ),
    Write("briefing", "PATCH", _briefing, "city_a.office_staff", True, _title),
    Write(
        "briefing", "DELETE", _briefing, "city_a.office_staff", True, status=204,
        other_change=("PATCH", _title),
    ),
    Write(
        "bulletin", "PATCH", _bulletin, "city_b.office_staff", True,
        lambda world, n: {"analysis": f"分析{n}"},
    ),
    Write(
        "bulletin", "DELETE", _bulletin, "city_b.office_staff", True, status=204,
        other_change=("PATCH", lambda world, n: {"analysis": f"分析{n}"}),
    ),
    Write(
        "minutes", "PUT", _minutes, "city_a.office_staff", True,
        lambda world, n: {**complete_draft(world), "place": f"州政府{n + 3}楼会议室"},
    ),
    Write(
        "rulebook", "PUT", _rulebook, "city_a.office_director", True,
        lambda world, n: {**shipped_document("changji"), "effective_from": f"2027-0{n + 1}-01"},
        status=201,
    ),
    Write(
        "meeting", "PATCH", _meeting, "city_a.office_staff", False,
        lambda world, n: {"place": f"市政府{n + 3}楼会议室"},
    ),
    Write(
        "unit", "PATCH", _unit, "city_a.office_director", False,
        lambda world, n: {"name": f"住房和城乡建设局{n}"},
    ),
    Write(
        "jurisdiction", "PATCH", _jurisdiction_url, "admin", False,
        lambda world, n: {"name": f"昌吉州{n}"},
    ),
    Write(
        "user", "PATCH", _user, "city_a.office_director", False,
        lambda world, n: {"display_name": f"办公室工作人员{n}"},
    ),
    Write(
        "webhook subscription", "PATCH", _webhook, "city_a.office_director", False,
        lambda world, n: {"description": f"审批系统{n}"},
    ),
    Write(
        "webhook subscription", "DELETE", _webhook, "city_a.office_director", False,
        status=204, other_change=("PATCH", lambda world, n: {"description": f"审批系统{n}"}),
    ),
]  # fmt: skip
IDS = [f"{write.method} {write.name}" for write in WRITES]


async def _read(client: httpx.AsyncClient, world: World, url: str, who: str) -> httpx.Response:
    response = await client.get(url, headers=world.headers(who))
    assert response.status_code == 200, response.text
    assert response.headers["etag"].startswith('"'), response.headers["etag"]
    return response


async def _send(
    client: httpx.AsyncClient,
    world: World,
    write: Write,
    url: str,
    n: int,
    if_match: str | None,
    method: str | None = None,
    body: Body | None = None,
) -> httpx.Response:
    headers = world.headers(write.who)
    if if_match is not None:
        headers = {**headers, "If-Match": if_match}
    return await client.request(
        method or write.method, url, json=(body or write.body)(world, n), headers=headers
    )


def _version(etag: str) -> str:
    return etag.strip('"').partition(".")[0]


@pytest.mark.parametrize("write", WRITES, ids=IDS)
async def test_a_get_answers_304_to_its_own_etag(
    client: httpx.AsyncClient, books: World, write: Write
) -> None:
    url = await write.setup(client, books)
    etag = (await _read(client, books, url, write.who)).headers["etag"]
    headers = {**books.headers(write.who), "If-None-Match": f'W/"x", {etag}'}
    unchanged = await client.get(url, headers=headers)
    assert unchanged.status_code == 304
    assert unchanged.headers["etag"] == etag
    assert unchanged.content == b""
    other = await client.get(url, headers={**headers, "If-None-Match": '"0.other"'})
    assert other.status_code == 200


@pytest.mark.parametrize("write", WRITES, ids=IDS)
async def test_a_stale_if_match_is_412_and_changes_nothing(
    client: httpx.AsyncClient, books: World, write: Write
) -> None:
    url = await write.setup(client, books)
    stale = (await _read(client, books, url, write.who)).headers["etag"]
    method, body = write.other_change or (write.method, write.body)
    changed = await _send(client, books, write, url, 0, stale, method, body)
    assert changed.status_code in (200, 201), changed.text
    before = (await _read(client, books, url, write.who)).json()
    refused = await _send(client, books, write, url, 1, stale)
    assert refused.status_code == 412, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert "GET it again" in refused.json()["detail"]
    assert (await _read(client, books, url, write.who)).json() == before
    # A weak tag never matches: If-Match compares strongly (RFC 9110 §13.1.1).
    current = (await _read(client, books, url, write.who)).headers["etag"]
    assert (await _send(client, books, write, url, 1, f"W/{current}")).status_code == 412


@pytest.mark.parametrize("write", WRITES, ids=IDS)
async def test_without_if_match_a_shared_draft_is_428_and_anything_else_changes(
    client: httpx.AsyncClient, books: World, write: Write
) -> None:
    url = await write.setup(client, books)
    before = (await _read(client, books, url, write.who)).json()
    response = await _send(client, books, write, url, 0, None)
    if write.shared:
        problem = response.json()
        assert response.status_code == 428, response.text
        assert problem["type"] == "urn:gaiban:problem:precondition-required"
        assert "send its ETag in If-Match" in problem["detail"]
        assert (await _read(client, books, url, write.who)).json() == before
    else:
        assert response.status_code == write.status, response.text


@pytest.mark.parametrize("write", WRITES, ids=IDS)
async def test_the_right_if_match_changes_it_and_answers_the_next_etag(
    client: httpx.AsyncClient, books: World, write: Write
) -> None:
    url = await write.setup(client, books)
    etag = (await _read(client, books, url, write.who)).headers["etag"]
    response = await _send(client, books, write, url, 0, etag)
    assert response.status_code == write.status, response.text
    if write.method == "DELETE":
        assert (await client.get(url, headers=books.headers(write.who))).status_code == 404
        return
    answered = response.headers["etag"]
    assert _version(answered) != _version(etag)
    # The answer's ETag is the resource's as now stored: the next change can send it.
    read = (await _read(client, books, url, write.who)).headers["etag"]
    assert _version(read) == _version(answered)
    again = await _send(client, books, write, url, 1, answered)
    assert again.status_code == write.status, again.text
    # And `*` matches it whatever its version.
    assert (await _send(client, books, write, url, 2, "*")).status_code == write.status


async def test_two_changes_racing_with_one_etag_one_wins_the_other_is_412(
    client: httpx.AsyncClient, books: World
) -> None:
    """The version is read with the row locked: the second change waits for the first, then
    finds the version it names gone. Never two 2xx."""
    for round_ in range(5):
        url = await _task(client, books)
        etag = (await _read(client, books, url, "city_a.office_staff")).headers["etag"]
        headers = {**books.headers("city_a.office_staff"), "If-Match": etag}
        answers = await asyncio.gather(
            *(
                client.patch(url, json={"title": f"第{round_}轮{n}"}, headers=headers)
                for n in range(2)
            )
        )
        assert sorted(a.status_code for a in answers) == [200, 412], [a.text for a in answers]
        winner = next(a for a in answers if a.status_code == 200)
        stored = (await _read(client, books, url, "city_a.office_staff")).json()
        assert stored["title"] == winner.json()["title"]


async def test_a_child_row_changed_moves_the_parents_etag(
    client: httpx.AsyncClient, books: World
) -> None:
    """A document's ETag covers its attachments: one removed by someone else makes it stale."""
    url = await _document(client, books)
    staff = books.headers("city_a.office_staff")
    attached = await client.post(
        f"{url}/attachments",
        files={"file": ("附件.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")},
        headers=staff,
    )
    assert attached.status_code == 201, attached.text
    etag = (await _read(client, books, url, "city_a.office_staff")).headers["etag"]
    removed = await with_if_match(
        client, "DELETE", f"{url}/attachments/{attached.json()['id']}", read_url=url, headers=staff
    )
    assert removed.status_code == 204, removed.text
    after = (await _read(client, books, url, "city_a.office_staff")).headers["etag"]
    assert _version(after) != _version(etag)
    stale = await client.patch(url, json={"title": "改"}, headers={**staff, "If-Match": etag})
    assert stale.status_code == 412


async def test_a_stale_if_match_on_what_the_caller_cannot_see_is_404_not_412(
    client: httpx.AsyncClient, books: World
) -> None:
    """The refusal comes after the handler's own: no hint that the resource exists."""
    url = await _task(client, books)
    other = url.replace(str(books.places["city_a"].id), str(books.places["city_b"].id))
    headers = {**books.headers("city_b.office_staff"), "If-Match": '"1.x"'}
    assert (await client.patch(other, json={"title": "改"}, headers=headers)).status_code == 404


async def test_if_none_match_star_creates_the_minutes_only_when_there_are_none(
    client: httpx.AsyncClient, books: World
) -> None:
    meeting = await plenary(client, books)
    url = f"{_jurisdiction(books)}/meetings/{meeting['id']}/minutes"
    headers = {**books.headers("city_a.office_staff"), "If-None-Match": "*"}
    created = await client.put(url, json=complete_draft(books), headers=headers)
    assert created.status_code == 200, created.text
    assert created.headers["etag"]
    again = await client.put(url, json=complete_draft(books), headers=headers)
    assert again.status_code == 412, again.text


async def test_the_contract_documents_if_match_412_and_428(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    patch = schema["paths"]["/v1/jurisdictions/{jid}/tasks/{task_id}"]["patch"]
    assert {"$ref": "#/components/parameters/IfMatch"} in patch["parameters"]
    assert {"412", "428"} <= set(patch["responses"])
    assert "ETag" in patch["responses"]["200"]["headers"]
    unit = schema["paths"]["/v1/jurisdictions/{jid}/units/{unit_id}"]
    assert "412" in unit["patch"]["responses"]
    assert "428" not in unit["patch"]["responses"]
    assert "304" in unit["get"]["responses"]
    assert "ETag" in unit["get"]["responses"]["200"]["headers"]


async def test_the_worker_advancing_a_subscription_leaves_its_etag_alone(
    client: httpx.AsyncClient, books: World, database: Any
) -> None:
    """The fan-out moves last_seq on every new event; no caller sees it, so a caller's If-Match
    is not made stale by the traffic (migration b3d5f7a9c1e4: the version follows the shown
    columns only)."""
    from app.repositories import webhooks as webhooks_repo

    url = await _webhook(client, books)
    who = books.headers("city_a.office_director")
    before = (await client.get(url, headers=who)).headers["etag"]
    await add_task(client, books)
    async with database.engine.begin() as connection:
        assert await webhooks_repo.fan_out(connection) == 1
    assert (await client.get(url, headers=who)).headers["etag"] == before
    changed = await client.patch(
        url, json={"description": "审批系统"}, headers={**who, "If-Match": before}
    )
    assert changed.status_code == 200, changed.text


NOTED = [w for w in WRITES if w.method == "PATCH" and w.name != "jurisdiction" and w.name != "user"]


@pytest.mark.parametrize("write", NOTED, ids=[w.name for w in NOTED])
async def test_a_version_read_with_the_resource_is_the_stored_one(
    client: httpx.AsyncClient, books: World, database: Any, write: Write
) -> None:
    """The GETs whose own query reads the version (VERSION_NOTED_BY_ITS_QUERY) tag their answer
    with the version stored, as a separate read would: their ETag works in If-Match."""
    from app.routers.conditional import RESOURCES, VERSION_NOTED_BY_ITS_QUERY

    assert set(RESOURCES) >= VERSION_NOTED_BY_ITS_QUERY
    url = await write.setup(client, books)
    etag = (await _read(client, books, url, write.who)).headers["etag"]
    table = {"task": "tasks", "document": "documents", "briefing": "briefings",
             "bulletin": "bulletins", "meeting": "meetings", "unit": "member_units",
             "webhook subscription": "webhook_subscriptions"}[write.name]  # fmt: skip
    async with database.engine.connect() as connection:
        stored = (
            await connection.execute(
                text(f"SELECT row_version FROM {table} WHERE id = :id"),  # noqa: S608 - ours
                {"id": url.rsplit("/", 1)[1]},
            )
        ).scalar_one()
    assert _version(etag) == str(stored)
    changed = await _send(client, books, write, url, 1, etag)
    assert changed.status_code == write.status, changed.text
