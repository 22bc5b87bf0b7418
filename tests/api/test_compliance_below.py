"""The compliance matrix of a city with its counties' in one call (include_descendants), and its
ETag: computed before the matrix, 304 without building it."""

from __future__ import annotations

import asyncio
import csv
from datetime import timedelta
from typing import Any

import httpx
import pytest

from app.db import Database
from app.models import RulebookVersion
from app.rulebooks import shipped_document
from app.schemas.submissions import ComplianceOut
from tests.api.round_trips import round_trips
from tests.api.test_organisation import problem
from tests.api.test_submissions import changji_files, compliance_url, submit
from tests.conftest import FixedClock
from tests.factories import SINCE, World

CHANGJI_2026 = {
    "report_kind": "quarterly_report",
    "period_from": "2026-01-01",
    "period_to": "2026-12-31",
}
BELOW = {**CHANGJI_2026, "include_descendants": "true"}


async def _county(client: httpx.AsyncClient, world: World, code: str, parent: str) -> str:
    created = await client.post(
        "/v1/jurisdictions",
        json={
            "code": code,
            "name": f"{code} 县",
            "level": "county",
            "parent_id": str(world.places[parent].id),
        },
        headers=world.headers("admin"),
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def _submit_q3(client: httpx.AsyncClient, world: World, place: str) -> None:
    response = await submit(
        client,
        world,
        place=place,
        who=f"{place}.liaison",
        report_kind="quarterly_report",
        period="2026-Q3",
        files=changji_files(),
    )
    assert response.status_code == 201, response.text


async def _get(
    client: httpx.AsyncClient,
    world: World,
    who: str,
    params: dict[str, str],
    place: str = "city_a",
    **headers: str,
) -> httpx.Response:
    return await client.get(
        compliance_url(world, place), params=params, headers={**world.headers(who), **headers}
    )


async def test_a_city_office_reads_its_own_and_every_countys_matrix_in_one_call(
    client: httpx.AsyncClient, books: World, database: Database, pinned_clock: FixedClock
) -> None:
    await _submit_q3(client, books, "county_a1")
    second = await _county(client, books, "county-a2", "city_a")
    # A county with a rulebook of its own that does not define the kind (Ezhou's): skipped.
    third = await _county(client, books, "county-a3", "city_a")
    async with database.sessionmaker() as session, session.begin():
        session.add(
            RulebookVersion(
                jurisdiction_id=third,
                effective_from=SINCE,
                document=shipped_document("ezhou"),
                published_by="test",
            )
        )
    elsewhere = await _county(client, books, "county-b1", "city_b")

    response = await _get(client, books, "city_a.office_staff", BELOW)
    assert response.status_code == 200, response.text
    body = response.json()
    ComplianceOut.model_validate(body)
    assert body["jurisdiction_id"] == str(books.places["city_a"].id)
    assert "jurisdiction_name" not in body
    below = {d["jurisdiction_id"]: d for d in body["descendants"]}
    assert set(below) == {str(books.places["county_a1"].id), second}  # not county_b1
    assert elsewhere not in response.text
    county = below[str(books.places["county_a1"].id)]
    assert county["jurisdiction_name"] == "county_a1"
    rows = {r["unit_code"]: r["cells"] for r in county["rows"]}
    assert [c["status"] for c in rows["housing"]][2] == "late"  # Q3 due 20 October
    assert [c["status"] for c in rows["natural_resources"]][:3] == ["missing"] * 3
    assert below[second]["rows"] == []  # no units there yet
    assert body["skipped"] == [
        {
            "jurisdiction_id": third,
            "jurisdiction_name": "county-a3 县",
            "reason": body["skipped"][0]["reason"],
        }
    ]
    assert "quarterly_report" in body["skipped"][0]["reason"]
    # Each county's matrix is the one it answers alone.
    alone = await _get(client, books, "city_a.office_staff", CHANGJI_2026, place="county_a1")
    assert {k: v for k, v in county.items() if k != "jurisdiction_name"} == alone.json()
    # Without the parameter, the answer is as it was: no descendants, no skipped.
    plain = await _get(client, books, "city_a.office_staff", CHANGJI_2026)
    assert "descendants" not in plain.json()
    assert "skipped" not in plain.json()
    assert {k: v for k, v in body.items() if k not in ("descendants", "skipped")} == plain.json()

    # As CSV: each line led by its jurisdiction, one header, no line of the skipped county.
    response = await _get(client, books, "city_a.client_read", BELOW, Accept="text/csv")
    assert response.status_code == 200, response.text
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffjurisdiction_id,jurisdiction_name,unit_id,")
    assert text.count("\ufeff") == 1
    lines = list(csv.DictReader(text.removeprefix("\ufeff").splitlines()))
    assert {line["jurisdiction_name"] for line in lines} == {"city_a", "county_a1"}
    assert len(lines) == 2 * 4 + 2 * 4  # two units × four quarters, here and in county_a1


async def test_who_sees_what_below(
    client: httpx.AsyncClient, books: World, pinned_clock: FixedClock
) -> None:
    # The city's leader reads the city's submissions, not the counties': none below.
    response = await _get(client, books, "city_a.leader", BELOW)
    assert response.status_code == 200, response.text
    assert response.json()["descendants"] == []
    assert response.json()["skipped"] == []
    # A county includes nothing above it, nor a sibling: only what is below it (nothing).
    await _county(client, books, "county-a2", "city_a")
    response = await _get(client, books, "county_a1.office_director", BELOW, place="county_a1")
    assert response.status_code == 200, response.text
    assert response.json()["jurisdiction_id"] == str(books.places["county_a1"].id)
    assert response.json()["descendants"] == []
    assert str(books.places["city_a"].id) not in response.text
    # The city's matrix is no county's to read, with or without its descendants.
    problem(await _get(client, books, "county_a1.office_director", BELOW), 404)
    # Nor anyone's who may not read all submissions, nor another city's.
    problem(await _get(client, books, "city_a.liaison", BELOW), 403)
    problem(await _get(client, books, "city_b.office_director", BELOW), 404)
    # The one asked answers its own refusals: a kind its rulebook does not define.
    response = await _get(client, books, "city_b.office_director", BELOW, place="city_b")
    problem(response, 422)
    response = await _get(
        client, books, "city_a.office_staff", {**BELOW, "include_descendants": "maybe"}
    )
    problem(response, 422)


@pytest.mark.parametrize("params", [CHANGJI_2026, BELOW], ids=["alone", "below"])
async def test_the_etag_answers_304_until_something_the_matrix_is_built_of_changes(
    client: httpx.AsyncClient,
    books: World,
    pinned_clock: FixedClock,
    params: dict[str, str],
) -> None:
    who = "city_a.office_staff"
    first = await _get(client, books, who, params)
    etag = first.headers["etag"]
    assert etag.startswith('W/"')
    assert first.headers["cache-control"] == "private, no-cache"
    same = await _get(client, books, who, params, **{"If-None-Match": etag})
    assert same.status_code == 304
    assert same.content == b""
    assert same.headers["etag"] == etag
    # A strong-looking copy of the tag matches too (If-None-Match compares weakly).
    same = await _get(client, books, who, params, **{"If-None-Match": etag.removeprefix("W/")})
    assert same.status_code == 304
    # CSV is another representation, with another tag.
    as_csv = await _get(client, books, who, params, Accept="text/csv")
    assert as_csv.status_code == 200
    assert as_csv.headers["etag"] != etag
    assert as_csv.headers["vary"] == "Accept"

    async def changed(previous: str) -> str:
        answer = await _get(client, books, who, params, **{"If-None-Match": previous})
        assert answer.status_code == 200, answer.text
        assert answer.headers["etag"] != previous
        tag: str = answer.headers["etag"]
        return tag

    # A submission here (or, below, in a county) changes it.
    await _submit_q3(client, books, "city_a")
    etag = await changed(etag)
    if "include_descendants" in params:
        await _submit_q3(client, books, "county_a1")
        etag = await changed(etag)
    # A resubmission (a new version of the same head).
    response = await submit(
        client,
        books,
        place="city_a",
        who="city_a.liaison",
        report_kind="quarterly_report",
        period="2026-Q3",
        files=changji_files(),
        note="更正",
    )
    assert response.status_code == 201, response.text
    etag = await changed(etag)
    # A unit renamed.
    unit = books.places["city_a"].unit_ids["natural_resources"]
    renamed = await client.patch(
        f"/v1/jurisdictions/{books.places['city_a'].id}/units/{unit}",
        json={"name": "自然资源和规划局"},
        headers={**books.headers("city_a.office_director"), "If-Match": "*"},
    )
    assert renamed.status_code == 200, renamed.text
    etag = await changed(etag)
    # The day: what is not yet due becomes missing.
    pinned_clock.at += timedelta(days=1)
    etag = await changed(etag)
    # Another question, another tag; an unchanged one stays 304.
    other = await _get(client, books, who, {**params, "period_from": "2026-04-01"})
    assert other.headers["etag"] != etag
    assert (await _get(client, books, who, params, **{"If-None-Match": etag})).status_code == 304


async def _count_below(client: httpx.AsyncClient, world: World, database: Database) -> int:
    async def ask() -> httpx.Response:
        return await _get(client, world, "city_a.office_staff", BELOW)

    assert (await ask()).status_code == 200  # the process caches filled, as in steady state
    await database.caches.listener.caught_up()
    with round_trips(database) as sent:
        answer = await ask()
    assert answer.status_code == 200, answer.text
    return len(sent)


async def test_the_statements_do_not_grow_with_the_number_of_counties(
    client: httpx.AsyncClient, books: World, database: Database, pinned_clock: FixedClock
) -> None:
    async with asyncio.timeout(10):
        assert await database.caches.listener.wait_live()
    await _submit_q3(client, books, "county_a1")
    one = await _count_below(client, books, database)
    for n in range(2, 6):
        await _county(client, books, f"county-a{n}", "city_a")
    body: dict[str, Any] = (await _get(client, books, "city_a.office_staff", BELOW)).json()
    assert len(body["descendants"]) == 5
    assert await _count_below(client, books, database) == one
