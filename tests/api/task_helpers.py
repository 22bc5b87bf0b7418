"""Helpers for the task-breakdown tests: small wrappers around the task routes.

World (tests/factories.py): city_a ── county_a1, and city_b; each place has the units `housing`
(whose `liaison` holds a post) and `natural_resources`. The pinned clock (tests/conftest.py)
stands at noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

from typing import Any

import httpx

from tests.factories import World


def tasks_url(world: World, place: str = "city_a", rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/tasks{rest}"


def task_url(world: World, task: dict[str, Any], rest: str = "", place: str = "city_a") -> str:
    return tasks_url(world, place, f"/{task['id']}{rest}")


def unit_id(world: World, place: str, code: str) -> str:
    return str(world.places[place].unit_ids[code])


def task_body(world: World, place: str = "city_a", **fields: Any) -> dict[str, Any]:
    """A valid task led by the housing unit with natural resources cooperating, due at the end
    of 2026; ``fields`` override."""
    return {
        "title": "推行联合验收，出台联合验收实施细则",
        "category": "审批流程改革",
        "source": {
            "kind": "national_document",
            "title": "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》",
            "reference": "国办发〔2019〕11号",
        },
        "lead_unit_id": unit_id(world, place, "housing"),
        "cooperating_unit_ids": [unit_id(world, place, "natural_resources")],
        "deadline": "2026-12-31",
        **fields,
    }


async def add_task(
    client: httpx.AsyncClient,
    world: World,
    place: str = "city_a",
    who: str = "office_staff",
    **fields: Any,
) -> dict[str, Any]:
    response = await client.post(
        tasks_url(world, place),
        json=task_body(world, place, **fields),
        headers=world.headers(f"{place}.{who}"),
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def list_tasks(
    client: httpx.AsyncClient, world: World, who: str, place: str = "city_a", **params: Any
) -> list[dict[str, Any]]:
    """Every task the caller sees (all pages)."""
    found: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = await client.get(
            tasks_url(world, place), params=query, headers=world.headers(who)
        )
        assert response.status_code == 200, response.text
        page = response.json()
        found.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return found
