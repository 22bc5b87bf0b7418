"""The quarterly internal bulletin through HTTP (E-RPT-2): assembled from the quarter's monthly
reports with each unit's monthly-report compliance, edited by the office, published once by its
director, never changed after; internal, seen by the jurisdiction's people once published.

city_b runs Ezhou's rulebook (bulletin kind internal_bulletin, quarterly, from monthly_report);
city_a Changji's, which defines no bulletin.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.db import Database
from app.rulebooks import shipped_document
from tests.api.test_organisation import error_locations, problem
from tests.api.test_submissions import at_noon, second_liaison, submit
from tests.conftest import FixedClock
from tests.factories import World, with_if_match


def url(world: World, place: str = "city_b") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/bulletins"


async def _third_quarter(client: httpx.AsyncClient, world: World, clock: FixedClock) -> None:
    """Housing reports July on time and August late (due Saturday 22nd, sent Tuesday 25th: 2
    working days), nothing for September; natural resources only September, with problems."""
    other = await second_liaison(client, world)
    reports: list[tuple[str, str, str, dict[str, Any]]] = [
        (
            "city_b.liaison",
            "2026-07",
            "2026-07-20",
            {
                "progress": [{"task": "推行告知承诺制", "percent": 40, "summary": "已起草"}],
                "experience": "容缺受理",
            },
        ),
        (
            "city_b.liaison",
            "2026-08",
            "2026-08-25",
            {"progress": [{"task": "推行告知承诺制", "percent": 70, "summary": "已印发"}]},
        ),
        (other, "2026-09", "2026-09-18", {"problems": "数据共享不畅", "suggestions": "建立接口"}),
    ]
    for who, period, day, content in reports:
        clock.at = at_noon(day)
        response = await submit(client, world, who=who, period=period, **content)
        assert response.status_code == 201, response.text
    clock.at = at_noon("2026-10-10")


async def test_a_draft_assembles_the_sections_e_rpt_2_names(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    await _third_quarter(client, books, pinned_clock)
    response = await client.post(
        url(books), json={"period": "2026-Q3"}, headers=books.headers("city_b.office_staff")
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["state"], body["kind"], body["rule"]) == ("draft", "internal_bulletin", "E-RPT-2")
    assert body["title"] == "2026-Q3内部情况通报"
    # The bulletin's period in the one shape of every answer; the content, a stored and editable
    # document, names the periods in it by their labels.
    assert body["period"] == {
        "kind": "quarter",
        "year": 2026,
        "index": 3,
        "label": "2026-Q3",
        "start": "2026-07-01",
        "end": "2026-09-30",
    }
    content = body["content"]
    tasks = [(t["unit_name"], t["period"], t["items"][0]["percent"]) for t in content["tasks"]]
    assert tasks == [("住房和城乡建设局", "2026-07", 40), ("住房和城乡建设局", "2026-08", 70)]
    assert [(e["unit_name"], e["text"]) for e in content["experience"]] == [
        ("住房和城乡建设局", "容缺受理")
    ]
    (problems,) = content["problems_and_suggestions"]
    assert (problems["unit_name"], problems["problems"], problems["suggestions"]) == (
        "自然资源局",
        "数据共享不畅",
        "建立接口",
    )
    compliance = content["compliance"]
    assert compliance["report_kind"] == "monthly_report"
    assert compliance["periods"] == ["2026-07", "2026-08", "2026-09"]
    units = {u["unit_name"]: u for u in compliance["units"]}
    assert [(c["status"], c["working_days_late"]) for c in units["住房和城乡建设局"]["cells"]] == [
        ("on_time", None),
        ("late", 2),
        ("missing", None),
    ]
    assert (units["自然资源局"]["on_time"], units["自然资源局"]["missing"]) == (1, 2)
    # The heads read with the sections give the matrix the compliance route reads on its own.
    matrix = await client.get(
        f"/v1/jurisdictions/{books.places['city_b'].id}/compliance",
        params={
            "report_kind": "monthly_report",
            "period_from": "2026-07-01",
            "period_to": "2026-09-30",
        },
        headers=books.headers("city_b.office_staff"),
    )
    assert [
        (u["unit_name"], [(c["status"], c["working_days_late"]) for c in u["cells"]])
        for u in compliance["units"]
    ] == [
        (r["unit_name"], [(c["status"], c.get("working_days_late")) for c in r["cells"]])
        for r in matrix.json()["rows"]
    ]


async def test_the_office_edits_publishes_and_then_the_bulletin_never_changes(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock, database: Database
) -> None:
    await _third_quarter(client, books, pinned_clock)
    staff = books.headers("city_b.office_staff")
    draft = (await client.post(url(books), json={"period": "2026-Q3"}, headers=staff)).json()
    one = f"{url(books)}/{draft['id']}"
    edited = await with_if_match(
        client,
        "PATCH",
        one,
        json={"analysis": "三季度总体平稳。", "title": "2026年第三季度内部情况通报"},
        headers=staff,
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["content"]["analysis"] == "三季度总体平稳。"
    assert edited.json()["content"]["compliance"] == draft["content"]["compliance"]
    problem(
        await with_if_match(client, "PATCH", one, json={"compliance": None}, headers=staff), 422
    )
    problem(await with_if_match(client, "PATCH", one, json={"analysis": None}, headers=staff), 422)

    problem(await client.post(f"{one}/publish", headers=staff), 403)  # staff draft, not issue
    published = await client.post(f"{one}/publish", headers=books.headers("city_b.office_director"))
    assert published.status_code == 200, published.text
    assert published.json()["state"] == "published"
    assert published.json()["published_at"] == "2026-10-10T04:00:00Z"

    problem(await with_if_match(client, "PATCH", one, json={"analysis": "改"}, headers=staff), 409)
    problem(await with_if_match(client, "DELETE", one, headers=staff), 409)
    problem(
        await client.post(f"{one}/publish", headers=books.headers("city_b.office_director")), 409
    )
    again = await client.post(url(books), json={"period": "2026-Q3"}, headers=staff)
    assert (
        f"already a published 内部情况通报 for 2026-Q3 ({draft['id']})"
        in problem(again, 409)["detail"]
    )
    with pytest.raises(Exception, match="published bulletin never changes"):
        async with database.engine.begin() as connection:
            await connection.execute(text("UPDATE bulletins SET title = 'x'"))

    events = await client.get(
        f"/v1/jurisdictions/{books.places['city_b'].id}/audit-events",
        params={"entity_id": draft["id"]},
        headers=books.headers("city_b.office_director"),
    )
    actions = sorted(e["action"] for e in events.json()["items"])
    assert actions == ["bulletin.draft", "bulletin.edit", "bulletin.publish"]


async def test_a_draft_is_discarded_and_assembled_again_with_newer_submissions(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    staff = books.headers("city_b.office_staff")
    pinned_clock.at = at_noon("2026-10-10")
    first = (await client.post(url(books), json={"period": "2026-Q3"}, headers=staff)).json()
    assert first["content"]["tasks"] == []
    response = await with_if_match(client, "DELETE", f"{url(books)}/{first['id']}", headers=staff)
    assert response.status_code == 204
    problem(await client.get(f"{url(books)}/{first['id']}", headers=staff), 404)
    assert (await submit(client, books, period="2026-09", experience="新经验")).status_code == 201
    again = (await client.post(url(books), json={"period": "2026-Q3"}, headers=staff)).json()
    assert [e["text"] for e in again["content"]["experience"]] == ["新经验"]


async def test_drafts_are_the_offices_and_published_bulletins_the_jurisdictions(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    pinned_clock.at = at_noon("2026-10-10")
    draft = (
        await client.post(
            url(books), json={"period": "2026-Q3"}, headers=books.headers("city_b.office_staff")
        )
    ).json()
    one = f"{url(books)}/{draft['id']}"

    async def seen_by(who: str) -> tuple[int, list[str]]:
        listed = await client.get(url(books), headers=books.headers(who))
        ids = [b["id"] for b in listed.json().get("items", [])]
        return (await client.get(one, headers=books.headers(who))).status_code, ids

    assert await seen_by("city_b.office_deputy_director") == (200, [draft["id"]])
    assert await seen_by("city_b.liaison") == (404, [])
    assert await seen_by("city_b.leader") == (404, [])
    await client.post(f"{one}/publish", headers=books.headers("city_b.office_deputy_director"))
    for who in ("city_b.liaison", "city_b.leader", "city_b.client_read"):
        assert await seen_by(who) == (200, [draft["id"]]), who
    problem(await client.get(one, headers=books.headers("city_a.office_director")), 404)
    anonymous = await client.get(one)
    assert anonymous.status_code == 401


def test_no_public_route_serves_a_bulletin(app: Any) -> None:
    """E-RPT-2's bulletin is internal: every route that serves one is under a jurisdiction
    and needs a bearer token (tests/api/test_auth.py proves that of every protected route)."""
    import fastapi.routing

    paths = [getattr(r, "path", "") for r in fastapi.routing.iter_route_contexts(app.routes)]
    serving = [p for p in paths if "bulletin" in p]
    assert serving, "no bulletin routes found"
    assert all(p.startswith("/v1/jurisdictions/{jid}/bulletins") for p in serving), serving
    assert not any(p.startswith("/v1/public") for p in paths if "bulletin" in p)


@pytest.mark.parametrize(
    ("who", "status"),
    [("city_b.liaison", 403), ("city_b.leader", 403), ("city_b.client_read", 403)],
)
async def test_only_the_office_drafts_a_bulletin(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock, who: str, status: int
) -> None:
    problem(
        await client.post(url(books), json={"period": "2026-Q3"}, headers=books.headers(who)),
        status,
    )


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ({"period": "2026-10"}, ["body", "period"]),  # a month, not a quarter
        ({"period": "2027-Q1"}, ["body", "period"]),  # not begun
        ({"period": "2026-Q3", "kind": "weekly_digest"}, ["body", "kind"]),
        ({"period": "2026-Q3", "colour": "red"}, ["body", "colour"]),
    ],
)
async def test_a_bad_draft_request_is_a_422_naming_the_field(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    body: dict[str, Any],
    location: list[str],
) -> None:
    response = await client.post(
        url(books), json=body, headers=books.headers("city_b.office_staff")
    )
    assert location in error_locations(problem(response, 422))


async def test_a_rulebook_without_a_bulletin_kind_has_no_bulletin(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    response = await client.post(
        url(books, "city_a"),
        json={"period": "2026-Q3"},
        headers=books.headers("city_a.office_staff"),
    )
    assert "bulletin" in problem(response, 409)["detail"]


async def test_a_rulebook_whose_bulletin_names_an_undefined_report_kind_is_refused(
    client: httpx.AsyncClient, books: World
) -> None:
    document = shipped_document("ezhou")
    document["effective_from"] = "2027-01-01"
    document["bulletin_kinds"]["internal_bulletin"]["sources"] = ["monthly_report", "weekly"]
    document["bulletin_kinds"]["internal_bulletin"]["compliance_of"] = "yearly"
    response = await client.put(
        f"/v1/jurisdictions/{books.places['city_b'].id}/rulebook",
        json=document,
        headers=books.headers("city_b.office_director"),
    )
    assert sorted(error_locations(problem(response, 422))) == [
        ["body", "bulletin_kinds", "internal_bulletin", "compliance_of"],
        ["body", "bulletin_kinds", "internal_bulletin", "sources", 1],
    ]
