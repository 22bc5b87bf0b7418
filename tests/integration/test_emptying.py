"""What each test leaves is emptied as TRUNCATE … RESTART IDENTITY would (tests/conftest.py):
every table, the records whose triggers refuse DELETE included, and the sequences restarted."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text

from app.db import Database
from tests.api.task_helpers import add_task, task_url
from tests.conftest import TABLES_SQL, _empty
from tests.factories import World


@pytest.mark.usefixtures("pinned_clock")
async def test_emptying_leaves_every_table_empty_and_the_sequences_at_their_start(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    # Rows in many tables: the world, audit events, a task, its cooperating unit, the ledger
    # revision (written by a trigger), a cancelled task (final) and its audit.
    task = await add_task(client, world)
    response = await client.post(
        task_url(world, task, "/cancel"),
        json={"reason": "并入其他任务"},
        headers=world.headers("city_a.office_staff"),
    )
    assert response.status_code == 200, response.text

    async def filled() -> dict[str, int]:
        async with database.engine.connect() as connection:
            tables = list((await connection.execute(text(TABLES_SQL))).scalars())
            counts = {}
            for table in tables:  # names from pg_tables, quoted by format('%I')
                count = f"SELECT count(*) FROM {table}"  # noqa: S608
                counts[table] = (await connection.execute(text(count))).scalar_one()
        return {table: n for table, n in counts.items() if n}

    before = await filled()
    for table in (
        "users",
        "member_units",
        "audit_events",
        "audit_chain_heads",
        "tasks",
        "task_ledger_revisions",
    ):
        assert before.get(table, 0) > 0, table

    await _empty(database)

    assert await filled() == {}
    async with database.engine.connect() as connection:
        first = (await connection.execute(text("SELECT nextval('audit_events_id_seq')"))).scalar()
    assert first == 1
