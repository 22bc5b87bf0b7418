"""No query per task (issue 7): the statements a task list, a summary or one task issues do not
grow with the tasks, their cooperating units or their groups.

Each request is counted on the app's engine (SQLAlchemy's ``before_cursor_execute``) with a few
tasks and then with many — a full page of 50 and more, led by six units, each with one to three
cooperating units, some sub-tasks, most of them overdue — and must issue the same number of
statements, no more than a small bound: a query added per row, per unit or per group fails here.

World (tests/factories.py): city_a with units housing (the liaison's) and natural_resources; four
more units are added here. The clock stands at noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from app.db import Database
from app.domain.organisation import UnitKind
from app.schemas.units import UnitCreate
from app.services import units
from tests.api.task_helpers import add_task, task_url, tasks_url, unit_id
from tests.conftest import FixedClock
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
LIAISON = "city_a.liaison"  # sees the tasks housing leads or cooperates on
FEW, MANY = 3, 60
PAGE = 50
# What a request issues today: the caller (user, posts), the jurisdiction, the ledger revision
# (lists and summaries), the holiday calendar, then the rows: one page (and one statement for
# every cooperating unit on it) or one summary statement; one task is read, read back, named and
# its cooperating units listed (once more to check that a unit's person may see it). A statement
# more per request is a decision: raise these with the reason.
LIST_AT_MOST = 8
SUMMARY_AT_MOST = 7
ONE_TASK_AT_MOST = 10
EXTRA_UNITS = ("development_reform", "ecology", "market", "administrative_approval")


@contextmanager
def counted(database: Database) -> Iterator[list[str]]:
    """The statements sent on the app's engine while the block runs."""
    statements: list[str] = []

    def count(
        connection: Any,
        cursor: Any,
        statement: str,
        parameters: Any,
        context: Any,
        executemany: bool,
    ) -> None:
        statements.append(statement)

    engine = database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


async def _more_units(database: Database, world: World) -> list[str]:
    place = world.places["city_a"]
    async with database.sessionmaker() as session, session.begin():
        for n, code in enumerate(EXTRA_UNITS):
            unit = await units.create(
                session,
                None,
                place.id,
                UnitCreate(code=code, name=f"第{n + 1}成员单位", kind=UnitKind.department),
            )
            place.unit_ids[code] = unit.id
    return [
        unit_id(world, "city_a", code) for code in ("housing", "natural_resources", *EXTRA_UNITS)
    ]


async def _add_tasks(client: httpx.AsyncClient, world: World, units: list[str], n: int) -> None:
    """Tasks up to ``n`` in all, led by the units in turn, with one to three cooperating units
    (housing always among the leads or cooperators), one in five a sub-task of the first;
    deadlines through December 2026."""
    first: dict[str, Any] | None = None
    for i in range(n):
        lead = units[i % len(units)]
        others = [u for u in units if u != lead]
        cooperating = others[i % 3 : i % 3 + 1 + i % 3]
        if units[0] not in (lead, *cooperating):
            cooperating = [*cooperating[:2], units[0]]
        deadline = date(2026, 12, 2) + timedelta(days=i % 29)
        task = await add_task(
            client,
            world,
            title=f"任务{i}",
            lead_unit_id=lead,
            cooperating_unit_ids=cooperating,
            deadline=deadline.isoformat(),
            parent_id=first["id"] if first is not None and i % 5 == 4 else None,
        )
        first = first or task


async def _statements(
    client: httpx.AsyncClient,
    database: Database,
    world: World,
    url: str,
    who: str,
    **params: Any,
) -> tuple[int, httpx.Response]:
    """How many statements one GET issues, and its answer, in the steady state: after the
    same request once, so that the process caches (the caller, the jurisdiction, the entered
    holiday years; app/invalidation.py) hold what they would hold."""
    headers = world.headers(who)
    await client.get(url, params=params, headers=headers)
    with counted(database) as statements:
        response = await client.get(url, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return len(statements), response


@pytest.fixture
async def unit_ids(database: Database, world: World) -> list[str]:
    """city_a's six units, housing first."""
    return await _more_units(database, world)


async def test_a_list_page_issues_as_many_statements_for_sixty_tasks_as_for_three(
    client: httpx.AsyncClient,
    world: World,
    database: Database,
    unit_ids: list[str],
    pinned_clock: FixedClock,
) -> None:
    housing = unit_ids[0]
    url = tasks_url(world)
    cases: list[tuple[str, dict[str, Any]]] = [
        (OFFICE, {}),
        (OFFICE, {"unit_id": housing}),
        (OFFICE, {"lead_unit_id": housing}),
        (OFFICE, {"overdue": "true"}),
        (LIAISON, {}),
    ]

    async def measure() -> list[tuple[int, int]]:
        found = []
        for who, params in cases:
            count, response = await _statements(
                client, database, world, url, who, limit=PAGE, **params
            )
            found.append((count, len(response.json()["items"])))
        return found

    await _add_tasks(client, world, unit_ids, FEW)
    pinned_clock.at = datetime(2026, 12, 31, 4, 0, tzinfo=UTC)  # most deadlines have passed
    few = await measure()
    pinned_clock.at = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
    await _add_tasks(client, world, unit_ids, MANY - FEW)
    pinned_clock.at = datetime(2026, 12, 31, 4, 0, tzinfo=UTC)
    many = await measure()

    # The pages did fill: a full page of 50 for the office, every housing task for the liaison.
    assert [items for _, items in few] == [FEW, FEW, 1, FEW, FEW]
    assert many[0][1] == PAGE
    assert all(items > FEW for _, items in many)
    assert [count for count, _ in many] == [count for count, _ in few]
    assert max(count for count, _ in many) <= LIST_AT_MOST

    # The next page too: the cursor adds no statement.
    first = (await client.get(url, params={"limit": PAGE}, headers=world.headers(OFFICE))).json()
    count, response = await _statements(
        client, database, world, url, OFFICE, limit=PAGE, cursor=first["next_cursor"]
    )
    assert len(response.json()["items"]) == MANY - PAGE
    assert count == few[0][0]


async def test_a_summary_issues_as_many_statements_for_six_units_as_for_three(
    client: httpx.AsyncClient, world: World, database: Database, unit_ids: list[str]
) -> None:
    url = tasks_url(world, rest="/summary")

    async def measure() -> list[tuple[int, int]]:
        found = []
        for who, by in ((OFFICE, "unit"), (OFFICE, "category"), (LIAISON, "unit")):
            count, response = await _statements(client, database, world, url, who, by=by)
            found.append((count, len(response.json()["groups"])))
        return found

    await _add_tasks(client, world, unit_ids, FEW)
    few = await measure()
    await _add_tasks(client, world, unit_ids, MANY - FEW)
    many = await measure()

    assert [groups for _, groups in few] == [FEW, 1, FEW]
    assert [groups for _, groups in many] == [len(unit_ids), 1, len(unit_ids)]
    assert [count for count, _ in many] == [count for count, _ in few]
    assert max(count for count, _ in many) <= SUMMARY_AT_MOST


async def test_one_task_issues_as_many_statements_with_three_cooperating_units_as_with_one(
    client: httpx.AsyncClient, world: World, database: Database, unit_ids: list[str]
) -> None:
    housing, natural, *others = unit_ids
    lone = await add_task(client, world, lead_unit_id=housing, cooperating_unit_ids=[natural])
    crowded = await add_task(
        client, world, lead_unit_id=others[0], cooperating_unit_ids=[housing, *others[1:3]]
    )
    counts = {}
    for who in (OFFICE, LIAISON):
        for task in (lone, crowded):
            count, response = await _statements(client, database, world, task_url(world, task), who)
            assert response.json()["id"] == task["id"]
            counts[who, task["id"]] = count
    assert len(crowded["cooperating_units"]) == 3
    assert counts[OFFICE, lone["id"]] == counts[OFFICE, crowded["id"]]
    assert counts[LIAISON, lone["id"]] == counts[LIAISON, crowded["id"]]
    assert max(counts.values()) <= ONE_TASK_AT_MOST
