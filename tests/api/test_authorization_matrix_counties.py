"""The route matrix of tests/api/test_authorization_matrix.py for the callers of county_a1 and
city_b: the same oracle and checks, in a module of its own so that a second test process runs
it beside the first."""

from __future__ import annotations

import httpx
import pytest

from app.db import Database
from tests.api.test_authorization_matrix import CALLER_PLACES_HERE, PLACES, check_every_route
from tests.factories import World

pytestmark = pytest.mark.heavy(seconds=85)

CALLER_PLACES = tuple(p for p in (*PLACES, "admin") if p not in CALLER_PLACES_HERE)


@pytest.mark.parametrize("caller_place", CALLER_PLACES)
async def test_every_route_with_an_id_answers_each_caller_as_the_rules_say(
    client: httpx.AsyncClient, world: World, database: Database, caller_place: str
) -> None:
    await check_every_route(client, world, database, caller_place)
