"""Every 201 says where what it made can be read: a relative ``Location`` that answers 200 to
the same caller (issue 17). The writes are the round-trip budget cases' (one per feature)."""

from __future__ import annotations

import httpx
import pytest

from app.db import Database
from tests.api.test_round_trip_budgets import CASES, SETUP, Case, Setting, _nothing, _send
from tests.factories import World

CREATES = [case for case in CASES if case.status == 201]


def test_the_cases_cover_most_creating_routes() -> None:
    assert len(CREATES) >= 15


@pytest.mark.parametrize("case", CREATES, ids=[case.id for case in CREATES])
async def test_a_201_locates_what_it_made(
    client: httpx.AsyncClient, books: World, database: Database, case: Case
) -> None:
    s = Setting(client, books, database)
    await SETUP.get(case.feature, _nothing)(s)
    answer = await _send(s, case, 0)
    assert answer.status_code == 201, answer.text
    location = answer.headers.get("location")
    assert location, f"{case.method} {case.id}: no Location"
    assert location.startswith("/v1/"), location  # relative: never built from Host
    read = await client.get(location, headers=books.headers(case.who))
    if read.status_code == 403:  # some creators may not read back (a write client): try admin
        read = await client.get(location, headers=books.headers("admin"))
    assert read.status_code == 200, (location, read.text)
    body = answer.json()
    json_read = read.headers.get("content-type", "").startswith("application/json")
    if "id" in body and json_read and isinstance(read.json(), dict) and "id" in read.json():
        assert read.json()["id"] == body["id"], location
