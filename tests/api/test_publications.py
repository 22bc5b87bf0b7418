"""Public disclosure through HTTP (E-PUB-1 Ezhou §二(六), C-PUB-1 Changji 第十二条): the office
publishes measures (issued documents), progress snapshots and results, withdraws them with a
reason; the public reads what is published without a token — and nothing else.

World (tests/factories.py): city_a (Changji's rulebook) ── county_a1, and city_b (Ezhou's). Both
rulebooks let the office's director and deputy director (office_leadership) publish.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any
from xml.etree import ElementTree as ET

import httpx
import pytest
from fastapi.routing import iter_route_contexts
from sqlalchemy import text

from app.db import Database
from app.main import create_app
from app.security import TokenService
from app.settings import Settings
from tests import sample_files
from tests.api.meeting_helpers import convene
from tests.api.task_helpers import add_task
from tests.api.test_documents import draft, sign
from tests.api.test_documents import url as documents_url
from tests.api.test_organisation import audit_events, problem
from tests.api.test_submissions import at_noon, submit
from tests.conftest import ENGLISH, FixedClock
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

ATOM = "{http://www.w3.org/2005/Atom}"


def url(world: World, place: str = "city_b", rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/publications{rest}"


def public_url(world: World, place: str = "city_b", rest: str = "") -> str:
    return f"/v1/public/jurisdictions/{world.places[place].id}{rest}"


async def publish(
    client: httpx.AsyncClient,
    world: World,
    body: dict[str, Any],
    *,
    place: str = "city_b",
    who: str | None = None,
    status: int = 201,
) -> dict[str, Any]:
    response = await client.post(
        url(world, place),
        json=body,
        headers=world.headers(who or f"{place}.office_director"),
    )
    assert response.status_code == status, response.text
    out: dict[str, Any] = response.json()
    return out


async def issued_document(
    client: httpx.AsyncClient,
    world: World,
    place: str = "city_b",
    *,
    files: tuple[tuple[str, bytes], ...] = (),
    **body: Any,
) -> dict[str, Any]:
    """A document of ``place``'s office with its attachments, signed by its director."""
    document = await draft(client, world, place, **body)
    for name, content in files:
        added = await client.post(
            documents_url(world, place, f"/{document['id']}/attachments"),
            files={"file": (name, content, "application/octet-stream")},
            headers=world.headers(f"{place}.office_staff"),
        )
        assert added.status_code == 201, added.text
    response = await sign(client, world, document, f"{place}.office_director")
    assert response.status_code == 200, response.text
    out: dict[str, Any] = response.json()
    return out


async def withdraw(
    client: httpx.AsyncClient,
    world: World,
    item: dict[str, Any],
    reason: str,
    *,
    place: str = "city_b",
    who: str | None = None,
) -> httpx.Response:
    return await client.post(
        url(world, place, f"/{item['id']}/withdrawal"),
        json={"reason": reason},
        headers=world.headers(who or f"{place}.office_director"),
    )


# --- publishing and withdrawing ----------------------------------------------------------------


async def test_a_measure_shows_the_issued_documents_number_title_date_and_chosen_files_e_pub_1(
    client: httpx.AsyncClient, books: World
) -> None:
    document = await issued_document(
        client,
        books,
        title="关于印发工程建设项目审批制度改革实施方案的通知",
        body="一、总体要求……",
        files=(("实施方案.pdf", sample_files.pdf()), ("内部分工表.docx", sample_files.docx())),
    )
    attachments = (
        await client.get(
            documents_url(books, "city_b", f"/{document['id']}"),
            headers=books.headers("city_b.office_director"),
        )
    ).json()["attachments"]
    chosen = next(a for a in attachments if a["filename"] == "实施方案.pdf")
    item = await publish(
        client,
        books,
        {"kind": "measure", "document_id": document["id"], "attachment_ids": [chosen["id"]]},
    )
    assert (item["kind"], item["state"], item["rule"]) == ("measure", "published", "E-PUB-1")
    assert "二(六)" in item["source"]
    assert item["document"] == {
        "number": document["number"],
        "title": "关于印发工程建设项目审批制度改革实施方案的通知",
        "issued_on": document["signature"]["signed_on"],
        "issuer_name": document["issuer_name"],
    }
    assert item["text"] == "一、总体要求……"
    assert [f["filename"] for f in item["files"]] == ["实施方案.pdf"]

    public = await client.get(public_url(books, rest=f"/publications/{item['id']}"))
    assert public.status_code == 200, public.text
    assert public.json()["document"]["number"] == document["number"]
    assert "published_by_name" not in public.json()
    file = await client.get(
        public_url(books, rest=f"/publications/{item['id']}/files/{chosen['id']}")
    )
    assert file.status_code == 404  # the public file is the copy, by its own id
    file = await client.get(
        public_url(books, rest=f"/publications/{item['id']}/files/{item['files'][0]['id']}")
    )
    assert file.status_code == 200
    assert file.content == sample_files.pdf()
    assert file.headers["etag"] == f'"{chosen["sha256"]}"'

    # Without its text: number, title and date only.
    bare = await publish(
        client, books, {"kind": "measure", "document_id": document["id"], "include_text": False}
    )
    assert (bare["text"], bare["files"]) == (None, [])


async def test_a_draft_a_void_document_or_an_internal_bulletin_is_never_published_e_pub_1(
    client: httpx.AsyncClient, books: World
) -> None:
    unsigned = await draft(client, books, "city_b")
    refused = problem(
        await client.post(
            url(books),
            json={"kind": "measure", "document_id": unsigned["id"]},
            headers=books.headers("city_b.office_director"),
        ),
        403,
    )
    assert refused["rule"] == "E-PUB-1"
    assert "draft" in refused["detail"]

    bulletin = await client.post(
        f"/v1/jurisdictions/{books.places['city_b'].id}/bulletins",
        json={"period": "2026-Q4"},
        headers=books.headers("city_b.office_staff"),
    )
    assert bulletin.status_code == 201, bulletin.text
    refused = problem(
        await client.post(
            url(books),
            json={"kind": "measure", "document_id": bulletin.json()["id"]},
            headers=books.headers("city_b.office_director"),
        ),
        403,
    )
    assert refused["rule"] == "E-PUB-1"
    assert "internal bulletin" in refused["detail"]

    unknown = await client.post(
        url(books),
        json={"kind": "measure", "document_id": "00000000-0000-4000-8000-000000000000"},
        headers=books.headers("city_b.office_director"),
    )
    assert problem(unknown, 422)["errors"][0]["loc"] == ["body", "document_id"]
    listed = await client.get(url(books), headers=books.headers("city_b.office_director"))
    assert listed.json()["items"] == []


async def test_only_the_posts_the_rulebook_names_publish(
    client: httpx.AsyncClient, books: World
) -> None:
    body = {"kind": "result", "title": "审批时限压减至90个工作日", "text": "……"}
    # Office staff hold an office post without office_leadership: the rule refuses (E-PUB-1).
    staff = problem(
        await client.post(url(books), json=body, headers=books.headers("city_b.office_staff")),
        403,
    )
    assert staff["rule"] == "E-PUB-1"
    # A member unit's people and the leader are not the office: 403; machines neither.
    for who in ("city_b.liaison", "city_b.leader", "city_b.client_write"):
        problem(await client.post(url(books), json=body, headers=books.headers(who)), 403)
    # A county's office does not publish for its prefecture: the city is not its to see.
    problem(
        await client.post(
            url(books, "city_a"), json=body, headers=books.headers("county_a1.office_director")
        ),
        404,
    )
    # The city's office does not publish for its county either (it sees it, does not change it).
    problem(
        await client.post(
            url(books, "county_a1"), json=body, headers=books.headers("city_a.office_director")
        ),
        403,
    )
    # Changji's rule, cited as C-PUB-1, for the deputy director (office_leadership).
    item = await publish(client, books, body, place="city_a", who="city_a.office_deputy_director")
    assert (item["rule"], item["published_by_name"]) == ("C-PUB-1", "city-a office_deputy_director")
    # The county runs its prefecture's rulebook (C-ORG-3): its own director publishes for it.
    county = await publish(client, books, body, place="county_a1", who="county_a1.office_director")
    assert county["rule"] == "C-PUB-1"


async def test_withdrawal_keeps_the_reason_internally_and_the_public_gets_410(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    item = await publish(
        client, books, {"kind": "result", "title": "并联审批全面推行", "text": "全面推行并联审批。"}
    )
    public_item = public_url(books, rest=f"/publications/{item['id']}")
    assert (await client.get(public_item)).status_code == 200

    # Office staff may not withdraw (E-PUB-1); a reason is required.
    problem(await withdraw(client, books, item, "误发", who="city_b.office_staff"), 403)
    empty = await client.post(
        url(books, rest=f"/{item['id']}/withdrawal"),
        json={},
        headers=books.headers("city_b.office_director"),
    )
    problem(empty, 422)

    response = await withdraw(client, books, item, "数据口径有误，待核实后重新发布")
    assert response.status_code == 200, response.text
    withdrawn = response.json()
    assert withdrawn["state"] == "withdrawn"
    assert withdrawn["withdrawal"]["reason"] == "数据口径有误，待核实后重新发布"
    assert withdrawn["withdrawal"]["withdrawn_by"] == str(
        books.places["city_b"].user_ids["office_director"]
    )
    problem(await withdraw(client, books, item, "again"), 409)

    gone = problem(await client.get(public_item), 410)
    assert "数据口径" not in json.dumps(gone, ensure_ascii=False)
    listed = await client.get(public_url(books, rest="/publications"))
    assert listed.json()["items"] == []
    internal = await client.get(url(books), headers=books.headers("city_b.office_director"))
    assert [i["state"] for i in internal.json()["items"]] == ["withdrawn"]
    actions = [e["action"] for e in await audit_events(client, books, entity_type="publication")]
    assert sorted(actions) == ["publication.publish", "publication.withdraw"]


async def test_a_result_takes_files_the_public_downloads(
    client: httpx.AsyncClient, books: World
) -> None:
    result = await publish(client, books, {"kind": "result", "title": "成效", "text": "……"})
    files_url = url(books, rest=f"/{result['id']}/files")
    added = await client.post(
        files_url,
        files={"file": ("成效图.jpg", sample_files.jpeg(), "application/octet-stream")},
        headers=books.headers("city_b.office_director"),
    )
    assert added.status_code == 201, added.text
    (file,) = added.json()["files"]
    assert (file["filename"], file["media_type"]) == ("成效图.jpg", "image/jpeg")
    public = await client.get(added.headers["location"])
    assert public.status_code == 200
    assert public.content == sample_files.jpeg()
    assert public.headers["content-type"] == "image/jpeg"
    item = await client.get(public_url(books, rest=f"/publications/{result['id']}"))
    assert [f["id"] for f in item.json()["files"]] == [file["id"]]

    # Not a file of these kinds; staff may not (E-PUB-1); a script is not a file to publish.
    problem(
        await client.post(
            files_url,
            files={"file": ("x.sh", b"#!/bin/sh\n", "application/pdf")},
            headers=books.headers("city_b.office_director"),
        ),
        415,
    )
    staff = await client.post(
        files_url,
        files={"file": ("a.pdf", sample_files.pdf(), "application/pdf")},
        headers=books.headers("city_b.office_staff"),
    )
    assert problem(staff, 403)["rule"] == "E-PUB-1"
    progress = await publish(client, books, {"kind": "progress"})
    problem(
        await client.post(
            url(books, rest=f"/{progress['id']}/files"),
            files={"file": ("a.pdf", sample_files.pdf(), "application/pdf")},
            headers=books.headers("city_b.office_director"),
        ),
        409,
    )
    assert (await withdraw(client, books, result, "撤回")).status_code == 200
    problem(
        await client.post(
            files_url,
            files={"file": ("a.pdf", sample_files.pdf(), "application/pdf")},
            headers=books.headers("city_b.office_director"),
        ),
        409,
    )
    problem(await client.get(added.headers["location"]), 410)


async def test_publishing_with_an_idempotency_key_publishes_once(
    client: httpx.AsyncClient, books: World
) -> None:
    headers = {**books.headers("city_b.office_director"), "Idempotency-Key": "publish-result-1"}
    body = {"kind": "result", "title": "一次公开", "text": "……"}
    first = await client.post(url(books), json=body, headers=headers)
    again = await client.post(url(books), json=body, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    listed = await client.get(public_url(books, rest="/publications"))
    assert [i["id"] for i in listed.json()["items"]] == [first.json()["id"]]


async def test_what_was_published_cannot_be_changed_in_the_database(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    result = await publish(client, books, {"kind": "result", "title": "成效", "text": "原文"})
    added = await client.post(
        url(books, rest=f"/{result['id']}/files"),
        files={"file": ("a.pdf", sample_files.pdf(), "application/pdf")},
        headers=books.headers("city_b.office_director"),
    )
    assert added.status_code == 201, added.text
    await withdraw(client, books, result, "撤回")
    for statement in (
        "UPDATE publications SET content = jsonb_set(content, '{text}', '\"改写\"')",
        "UPDATE publications SET state = 'published', withdrawn_at = NULL, withdrawn_by = NULL,"
        " withdrawn_by_name = NULL, withdrawal_reason = NULL",
        "DELETE FROM publications",
        "UPDATE publication_files SET filename = 'x.pdf'",
        "DELETE FROM publication_files",
    ):
        with pytest.raises(Exception, match="fixed"):
            async with database.engine.begin() as connection:
                await connection.execute(text(statement))


async def test_who_reads_the_internal_list(client: httpx.AsyncClient, books: World) -> None:
    await publish(client, books, {"kind": "result", "title": "成效", "text": "……"})
    for who, status in (
        ("city_b.office_staff", 200),
        ("city_b.leader", 200),
        ("city_b.client_read", 200),
        ("city_b.liaison", 403),
        ("city_a.office_director", 404),
    ):
        response = await client.get(url(books), headers=books.headers(who))
        assert response.status_code == status, (who, response.text)


async def test_a_progress_snapshot_is_computed_once_and_kept_frozen(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # A task overdue on the day (due 20 November), and November's monthly report on time.
    await add_task(client, books, "city_b", deadline="2026-11-20")
    today = pinned_clock.at
    pinned_clock.at = at_noon("2026-11-10")
    response = await submit(client, books, period="2026-11")
    assert response.status_code == 201, response.text
    pinned_clock.at = today

    item = await publish(client, books, {"kind": "progress"})  # as of today, 1 December
    progress = item["progress"]
    assert item["title"] == "改革进度（截至2026-12-01）"
    assert progress["as_of"] == "2026-12-01"
    assert (progress["tasks"]["total"], progress["tasks"]["overdue"]) == (1, 1)
    assert [u["unit_name"] for u in progress["units"]] == ["住房和城乡建设局"]
    assert "unit_id" not in progress["units"][0]
    monthly = next(r for r in progress["reports"] if r["report_kind"] == "monthly_report")
    assert monthly["on_time"] == 1
    assert monthly["missing"] > 0  # the other unit, and the months before
    assert monthly["timeliness_rate"] is not None
    assert 0 < monthly["timeliness_rate"] < 1

    # A later task changes nothing published.
    await add_task(client, books, "city_b", title="压减审批时限", deadline="2027-06-30")
    again = await client.get(public_url(books, rest=f"/publications/{item['id']}"))
    assert again.json()["progress"]["tasks"]["total"] == 1

    future = await client.post(
        url(books),
        json={"kind": "progress", "as_of": "2026-12-02"},
        headers=books.headers("city_b.office_director"),
    )
    problem(future, 422)


# --- the public routes ------------------------------------------------------------------------

MARKERS = {
    "bulletin": "MARKBULLETIN内部通报标记",
    "minutes": "MARKMINUTES会议纪要标记",
    "draft": "MARKDRAFT草稿标记",
    "draft_body": "MARKDRAFTBODY草稿正文标记",
    "submission": "MARKSUBMISSION报送材料标记",
    "staff": "MARKSTAFF王某某",
    "phone": "13912345678",
    "reason": "MARKREASON撤回理由标记",
    "withdrawn": "MARKWITHDRAWN已撤回事项标记",
    "unchosen": "MARKUNCHOSEN未选附件",
    "recipient": "MARKRECIPIENT主送标记",
}


def public_routes(app: Any) -> list[tuple[str, set[str]]]:
    """Every (path, methods) under /v1/public, as the app routes them."""
    return [
        (context.path, set(context.methods or ()))
        for context in iter_route_contexts(app.routes)
        if (context.path or "").startswith("/v1/public")
    ]


async def _seed_secrets(
    client: httpx.AsyncClient, books: World, database: Database, clock: FixedClock
) -> dict[str, Any]:
    """Internal records of every kind, each carrying a marker, beside what is published."""
    place = books.places["city_b"]
    async with database.sessionmaker() as session, session.begin():
        await session.execute(
            text("UPDATE users SET display_name = :name WHERE id = :id"),
            {
                "name": f"{MARKERS['staff']} {MARKERS['phone']}",
                "id": place.user_ids["office_director"],
            },
        )
        await session.execute(
            text("UPDATE member_units SET name = name WHERE id = :id"),
            {"id": place.unit_ids["housing"]},
        )
    database.caches.changed()
    # A submission, and the internal bulletin assembled from it.
    response = await submit(
        client, books, period="2026-10", experience=MARKERS["submission"], problems=MARKERS["phone"]
    )
    assert response.status_code == 201, response.text
    bulletin = await client.post(
        f"/v1/jurisdictions/{place.id}/bulletins",
        json={"period": "2026-Q4", "title": MARKERS["bulletin"]},
        headers=books.headers("city_b.office_staff"),
    )
    assert bulletin.status_code == 201, bulletin.text
    # Minutes of a meeting (a draft is enough: it is internal either way).
    meeting = await convene(
        client,
        books,
        "city_b",
        "joint_meeting",
        "2026-12-10T09:00:00+08:00",
        "2026-12-10T11:00:00+08:00",
        title=MARKERS["minutes"],
    )
    minutes = await client.put(
        f"/v1/jurisdictions/{place.id}/meetings/{meeting['id']}/minutes",
        json={"place": MARKERS["minutes"]},
        headers={
            **books.headers("city_b.office_staff"),
            "If-Match": (
                await client.get(
                    f"/v1/jurisdictions/{place.id}/meetings/{meeting['id']}",
                    headers=books.headers("city_b.office_staff"),
                )
            ).headers["etag"],
        },
    )
    assert minutes.status_code == 200, minutes.text
    # A draft document.
    await draft(client, books, "city_b", title=MARKERS["draft"], body=MARKERS["draft_body"])
    # An issued document published without its unchosen attachment (nor its recipients' names).
    document = await issued_document(
        client,
        books,
        title="关于推行告知承诺制的通知",
        body="各成员单位：推行告知承诺制。",
        files=(
            ("公开附件.pdf", sample_files.pdf()),
            (f"{MARKERS['unchosen']}.docx", sample_files.docx()),
        ),
    )
    attachments = (
        await client.get(
            documents_url(books, "city_b", f"/{document['id']}"),
            headers=books.headers("city_b.office_staff"),
        )
    ).json()["attachments"]
    measure = await publish(
        client,
        books,
        {
            "kind": "measure",
            "document_id": document["id"],
            "attachment_ids": [a["id"] for a in attachments if a["filename"] == "公开附件.pdf"],
        },
    )
    clock.at += timedelta(minutes=10)
    progress = await publish(client, books, {"kind": "progress"})
    clock.at += timedelta(minutes=10)
    result = await publish(
        client, books, {"kind": "result", "title": "企业开办时间压缩", "text": "压缩至1个工作日。"}
    )
    clock.at += timedelta(minutes=10)
    withdrawn = await publish(
        client,
        books,
        {"kind": "result", "title": MARKERS["withdrawn"], "text": MARKERS["withdrawn"]},
    )
    response = await withdraw(client, books, withdrawn, MARKERS["reason"])
    assert response.status_code == 200, response.text
    return {"measure": measure, "progress": progress, "result": result, "withdrawn": withdrawn}


def _fill(path: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


async def test_every_public_route_serves_nothing_that_is_not_published_e_pub_1(
    app: Any,
    client: httpx.AsyncClient,
    books: World,
    database: Database,
    pinned_clock: FixedClock,
) -> None:
    """Walks every route under /v1/public (found from the app, so a new one is covered) with
    every item and file id there is, and scans each body for the internal records' markers."""
    items = await _seed_secrets(client, books, database, pinned_clock)
    routes = public_routes(app)
    assert len(routes) >= 6
    jid = str(books.places["city_b"].id)
    files = [(item["id"], file["id"]) for item in items.values() for file in item["files"]] + [
        (items["withdrawn"]["id"], "00000000-0000-4000-8000-000000000000")
    ]
    bodies: list[tuple[str, bytes]] = []
    for path_format, methods in routes:
        assert methods == {"GET"}, path_format  # the public reads, never writes
        params = set(re.findall(r"\{(\w+)\}", path_format))
        if "file_id" in params:
            fills = [{"jid": jid, "publication_id": p, "file_id": f} for p, f in files]
        elif "publication_id" in params:
            fills = [{"jid": jid, "publication_id": i["id"]} for i in items.values()]
        else:
            fills = [{"jid": jid}]
        for values in fills:
            path = _fill(path_format, values)
            response = await client.get(path)
            assert response.status_code in (200, 404, 410), (path, response.text)
            assert response.status_code != 401
            bodies.append((path, response.content))
    served = {path for path, __ in bodies}
    assert any(path.endswith("/feed.atom") for path in served)
    for path, body in bodies:
        decoded = body.decode("utf-8", errors="replace")
        for name, marker in MARKERS.items():
            assert marker not in decoded, (name, path)
    # The markers are real: the office's own list shows the withdrawal's reason and who
    # published, which the public routes never do.
    internal = await client.get(url(books), headers=books.headers("city_b.office_staff"))
    assert MARKERS["reason"] in internal.text
    assert MARKERS["staff"] in internal.text
    # The published items are there: the scan read real answers, not errors.
    listed = await client.get(public_url(books, rest="/publications"))
    titles = [i["title"] for i in listed.json()["items"]]
    assert titles == ["企业开办时间压缩", items["progress"]["title"], "关于推行告知承诺制的通知"]


async def test_public_answers_are_cached_with_a_strong_etag_and_304(
    client: httpx.AsyncClient, books: World
) -> None:
    await publish(client, books, {"kind": "result", "title": "成效一", "text": "……"})
    for rest in ("", "/publications", "/feed.atom", "/feed.json"):
        first = await client.get(public_url(books, rest=rest))
        assert first.status_code == 200, first.text
        etag = first.headers["etag"]
        assert not etag.startswith("W/")
        assert first.headers["cache-control"] == "public, max-age=300"
        again = await client.get(public_url(books, rest=rest), headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["etag"] == etag
    # A new item changes the list's tag.
    before = (await client.get(public_url(books, rest="/publications"))).headers["etag"]
    await publish(client, books, {"kind": "result", "title": "成效二", "text": "……"})
    after = await client.get(
        public_url(books, rest="/publications"), headers={"If-None-Match": before}
    )
    assert after.status_code == 200


async def test_public_routes_need_no_token_and_are_strict(
    client: httpx.AsyncClient, books: World
) -> None:
    name = await client.get(public_url(books))
    assert name.status_code == 200
    assert name.json()["name"] == "city_b"
    assert set(name.json()) == {"id", "name", "feeds"}
    problem(await client.get(public_url(books, rest="/publications?title=x")), 422)
    problem(await client.get("/v1/public/jurisdictions/00000000-0000-4000-8000-000000000000"), 404)
    problem(
        await client.get(
            public_url(books, rest="/publications/00000000-0000-4000-8000-000000000000")
        ),
        404,
    )


async def test_the_feeds_list_published_items_newest_first_without_withdrawn_ones(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    first = await publish(
        client, books, {"kind": "result", "title": "第一项 <成效> & 更多", "text": "甲"}
    )
    pinned_clock.at += timedelta(hours=1)
    second = await publish(client, books, {"kind": "progress"})
    pinned_clock.at += timedelta(hours=1)
    gone = await publish(client, books, {"kind": "result", "title": "将撤回", "text": "乙"})
    assert (await withdraw(client, books, gone, "重复发布")).status_code == 200

    atom = await client.get(public_url(books, rest="/feed.atom"))
    assert atom.status_code == 200, atom.text
    assert atom.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(atom.content)  # noqa: S314 - our own answer
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == "city_b工程建设项目审批制度改革信息公开"
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        f"urn:uuid:{second['id']}",
        f"urn:uuid:{first['id']}",
    ]
    assert entries[1].findtext(f"{ATOM}title") == "第一项 <成效> & 更多"
    link = entries[1].find(f"{ATOM}link")
    assert link is not None
    assert link.get("href", "").endswith(
        f"/v1/public/jurisdictions/{books.places['city_b'].id}/publications/{first['id']}"
    )
    assert "任务" in (entries[0].findtext(f"{ATOM}content") or "")

    feed = await client.get(public_url(books, rest="/feed.json"))
    assert feed.headers["content-type"].startswith("application/feed+json")
    document = json.loads(feed.content)
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["id"] for i in document["items"]] == [second["id"], first["id"]]
    assert document["items"][1]["content_text"] == "甲"
    assert document["items"][1]["tags"] == ["取得成效"]


async def test_public_routes_are_rate_limited_per_address(
    settings: Settings, database: Database, token_service: TokenService, books: World
) -> None:
    limited = create_app(
        settings.model_copy(
            update={"public_rate_limit_requests": 3, "public_rate_limit_window_seconds": 60}
        ),
        database=database,
        token_service=token_service,
    )
    transport = httpx.ASGITransport(app=limited, client=("203.0.113.7", 1234))
    other = httpx.ASGITransport(app=limited, client=("203.0.113.8", 1234))
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://t", headers=ENGLISH) as one,
        httpx.AsyncClient(transport=other, base_url="http://t", headers=ENGLISH) as two,
    ):
        for __ in range(3):
            assert (await one.get(public_url(books, rest="/publications"))).status_code == 200
        refused = await one.get(public_url(books, rest="/feed.json"))
        body = problem(refused, 429)
        assert body["type"] == "urn:gaiban:problem:too-many-requests"
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        # Another address is counted on its own; the authenticated routes are not limited.
        assert (await two.get(public_url(books))).status_code == 200
        me = await one.get("/v1/me", headers=books.headers("city_b.office_staff"))
        assert me.status_code == 200


async def test_any_sites_script_reads_the_public_routes_and_only_them(
    settings: Settings, database: Database, token_service: TokenService, books: World
) -> None:
    """A portal's page on any site may fetch what is published (Access-Control-Allow-Origin: *,
    never with credentials), even where the CORS allow-list names other sites for the API; the
    API's routes stay as that list says."""
    with_cors = create_app(
        settings.model_copy(update={"cors_origins": ["https://approvals.example"]}),
        database=database,
        token_service=token_service,
    )
    transport = httpx.ASGITransport(app=with_cors)
    origin = {"Origin": "https://portal.example", **ENGLISH}
    async with httpx.AsyncClient(transport=transport, base_url="http://t", headers=origin) as c:
        for rest in ("", "/publications", "/feed.atom", "/feed.json"):
            answer = await c.get(public_url(books, rest=rest))
            assert answer.status_code == 200, (rest, answer.text)
            assert answer.headers["access-control-allow-origin"] == "*", rest
            assert "access-control-allow-credentials" not in answer.headers
        internal = await c.get(url(books), headers=books.headers("city_b.office_director"))
        assert internal.status_code == 200
        assert "access-control-allow-origin" not in internal.headers
