"""Bad input never gives a 500: every route, called by an administrator with malformed path
values, query values and bodies, answers a 4xx problem (or succeeds)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from tests.factories import World

PATH_VALUES = ["x", "0", "-1", "9999-12-31", "0001-01-01", "99999999999999999999", "%00", "é"]
QUERY_VALUES = [
    *("", "x", "-1", "0", "99999999999999999999", "9999-12-31", "0001-01-01", "true"),
    "x\x00y",  # PostgreSQL stores no NUL
]
BODIES: list[Any] = [None, {}, [], "x", 0, {"x": 1}, {"name": None}, {"name": "x" * 5000}]


def _routes(app: FastAPI) -> list[tuple[str, str, APIRoute]]:
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            for method in sorted(context.methods or ()):
                found.append((method, context.path or "", route))
    return found


def _query_names(route: APIRoute) -> list[str]:
    return [p.alias for p in route.dependant.query_params] + [
        p.alias for dep in route.dependant.dependencies for p in dep.query_params
    ]


# The sweep is long: reads run here, writes in tests/api/test_no_server_errors_on_writes.py,
# so that the two test processes (xdist, one module each) share it.
READS = frozenset({"GET", "HEAD", "OPTIONS"})


async def test_malformed_input_never_gets_a_server_error(
    client: httpx.AsyncClient, app: FastAPI, world: World
) -> None:
    await sweep(client, app, world, lambda method: method in READS)


async def sweep(
    client: httpx.AsyncClient, app: FastAPI, world: World, methods: Callable[[str], bool]
) -> None:
    headers = world.headers("admin")
    real_jid = str(world.places["city_a"].id)
    server_errors: list[str] = []
    calls = 0
    for method, template, route in _routes(app):
        if not methods(method):
            continue
        paths = {re.sub(r"\{[^}/]+\}", value, template) for value in PATH_VALUES}
        # The real jurisdiction with garbage in the other path values reaches deeper code.
        paths |= {
            re.sub(r"\{[^}/]+\}", value, template.replace("{jid}", real_jid))
            for value in PATH_VALUES
        }
        for path in sorted(paths):
            bodies = BODIES if method in ("POST", "PUT", "PATCH") else [None]
            for body in bodies:
                response = await client.request(method, path, json=body, headers=headers)
                calls += 1
                if response.status_code >= 500:
                    server_errors.append(f"{method} {path} body={body!r}: {response.text[:200]}")
        concrete = template.replace("{jid}", real_jid)
        concrete = re.sub(r"\{[^}/]+\}", "00000000-0000-0000-0000-000000000000", concrete)
        for name, value in itertools.product(_query_names(route), QUERY_VALUES):
            response = await client.request(method, concrete, params={name: value}, headers=headers)
            calls += 1
            if response.status_code >= 500:
                server_errors.append(f"{method} {concrete}?{name}={value!r}: {response.text[:200]}")
    assert calls > 200, "the routes were not found"
    assert not server_errors, "\n".join(server_errors)
