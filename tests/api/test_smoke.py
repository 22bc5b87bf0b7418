from __future__ import annotations

import httpx

from app.migrations import head_revision
from tests.factories import World


async def test_healthz_answers_without_a_token(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response.headers["x-request-id"]


async def test_readyz_answers_ready_without_naming_the_schema_revision(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready"}
    assert head_revision() not in response.text


async def test_office_director_sees_own_units(client: httpx.AsyncClient, world: World) -> None:
    place = world.places["city_a"]
    response = await client.get(
        f"/v1/jurisdictions/{place.id}/units", headers=world.headers("city_a.office_director")
    )
    assert response.status_code == 200, response.text
    codes = [u["code"] for u in response.json()["items"]]
    assert codes == ["housing", "natural_resources"]
