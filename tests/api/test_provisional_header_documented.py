"""Issue 19: the contract declares the Gaiban-Calendar-Provisional header on every answer that
sends it. In January 2027, before 2027's holiday arrangement is entered, the answers computed
from working days send it (issue 14); each one's documented response names it, and an answer
that uses no working day neither sends nor declares it."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import httpx

from tests.api.task_helpers import add_task, task_url, tasks_url
from tests.api.test_provisional_calendar import HEADER, OFFICE, answers
from tests.api.test_rulebooks import book, publish
from tests.api.test_task_progress import report
from tests.conftest import FixedClock
from tests.factories import World


def documented(schema: dict[str, Any], method: str, path: str, status: int) -> dict[str, Any]:
    """The documented response of the operation a request's path and method reach."""
    for template, item in schema["paths"].items():
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", template)
        if re.fullmatch(pattern, path) and method.lower() in item:
            response: dict[str, Any] = item[method.lower()]["responses"][str(status)]
            return response
    raise AssertionError(f"no documented operation for {method} {path}")


def declares(schema: dict[str, Any], response: httpx.Response) -> bool:
    answer = documented(
        schema, response.request.method, response.request.url.path, response.status_code
    )
    return "Gaiban-Calendar-Provisional" in answer.get("headers", {})


async def test_every_answer_that_sends_the_provisional_header_declares_it(
    client: httpx.AsyncClient, world: World, pinned_clock: FixedClock
) -> None:
    await publish(client, world, "city_a", book("changji"))
    task = await add_task(client, world, deadline="2026-12-31")
    pinned_clock.at = datetime(2027, 1, 4, 4, 0, tzinfo=UTC)  # Monday 4 January 2027, noon
    schema = (await client.get("/openapi.json")).json()
    headers = world.headers(OFFICE)

    sent = list((await answers(client, world)).values())
    sent.append(await client.get(task_url(world, task), headers=headers))
    sent.append(await client.get(tasks_url(world, rest="/export.xlsx"), headers=headers))
    progress = await report(client, world, task)
    assert progress.status_code == 201, progress.text
    sent.append(progress)
    for response in sent:
        assert response.status_code in (200, 201), response.text
        assert response.headers.get(HEADER) == "2027", response.request.url
        assert declares(schema, response), response.request.url

    units_url = f"/v1/jurisdictions/{world.places['city_a'].id}/units"
    units = await client.get(units_url, headers=headers)
    assert units.status_code == 200, units.text
    assert HEADER not in units.headers
    assert not declares(schema, units)
