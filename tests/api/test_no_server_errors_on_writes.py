"""Bad input never gives a 500, for the routes that change things (POST, PUT, PATCH, DELETE):
the sweep of tests/api/test_no_server_errors.py, in a module of its own so that a second test
process runs it beside the first."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from tests.api.test_no_server_errors import READS, sweep
from tests.factories import World


async def test_malformed_input_to_a_write_never_gets_a_server_error(
    client: httpx.AsyncClient, app: FastAPI, world: World
) -> None:
    await sweep(client, app, world, lambda method: method not in READS)
