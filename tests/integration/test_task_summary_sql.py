"""The summary's SQL counts what the domain's definition counts (app.domain.tasks.tally): a table
of random tasks — started, completed on time or late, cancelled, created on various days —
summarised through the API on several days, per unit and per category, against the domain
tallying the same rows one by one."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import httpx
import pytest

from app.db import Database
from app.domain.calendar import merged
from app.domain.tasks import TaskDays, TaskState, overdue_cutoff, tally
from app.models import Task
from app.repositories.calendar import library_arrangements
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

START = date(2026, 6, 1)


def random_days(rng: random.Random) -> TaskDays:
    created = START + timedelta(days=rng.randrange(120))
    deadline = created + timedelta(days=rng.randrange(-10, 120))
    started = created + timedelta(days=rng.randrange(60)) if rng.random() < 0.7 else None
    completed = cancelled = None
    if started is not None and rng.random() < 0.5:
        completed = started + timedelta(days=rng.randrange(90))
    elif rng.random() < 0.15:
        cancelled = created + timedelta(days=rng.randrange(90))
    return TaskDays(created, deadline, started, completed, cancelled)


def state_today(days: TaskDays) -> TaskState:
    if days.cancelled_on:
        return TaskState.cancelled
    if days.completed_on:
        return TaskState.done
    return TaskState.in_progress if days.started_on else TaskState.not_started


async def test_the_summary_sql_agrees_with_the_domain_tally(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    rng = random.Random(7)
    place = world.places["city_a"]
    units = [place.unit_ids["housing"], place.unit_ids["natural_resources"]]
    categories = ["验收", "审查", "评估"]
    rows: list[tuple[TaskDays, object, str]] = []
    async with database.sessionmaker() as session, session.begin():
        for n in range(150):
            days = random_days(rng)
            unit, category = rng.choice(units), rng.choice(categories)
            rows.append((days, unit, category))
            state = state_today(days)
            session.add(
                Task(
                    jurisdiction_id=place.id,
                    code=str(n + 1),
                    title=f"任务{n}",
                    category=category,
                    source_kind="other",
                    lead_unit_id=unit,
                    deadline=days.deadline,
                    state=state.value,
                    created_on=days.created_on,
                    started_on=days.started_on,
                    completed_on=days.completed_on,
                    cancelled_on=days.cancelled_on,
                    cancel_reason="x" if days.cancelled_on else None,
                    created_by=place.user_ids["office_staff"],
                    created_by_name="test",
                )
            )
    calendar = merged(library_arrangements())
    for day in (START, date(2026, 8, 15), date(2026, 10, 8), date(2026, 11, 29)):
        cutoff = overdue_cutoff(calendar, day)
        for by, key_of in (("unit", lambda r: r[1]), ("category", lambda r: r[2])):
            response = await client.get(
                f"/v1/jurisdictions/{place.id}/tasks/summary",
                params={"by": by, "as_of": day.isoformat()},
                headers=world.headers("city_a.office_staff"),
            )
            assert response.status_code == 200, response.text
            got = {
                str(g["unit_id"] if by == "unit" else g["category"]): g
                for g in response.json()["groups"]
            }
            grouped: dict[str, list[TaskDays]] = defaultdict(list)
            for row in rows:
                if row[0].created_on <= day:
                    grouped[str(key_of(row))].append(row[0])
            assert set(got) == set(grouped), (day, by)
            for key, tasks in grouped.items():
                expected = tally(tasks, day, cutoff)
                fields = ("total", "not_started", "in_progress", "done", "cancelled")
                fields += ("overdue", "due", "done_on_time", "done_late")
                assert {f: got[key][f] for f in fields} == {
                    f: getattr(expected, f) for f in fields
                }, (day, by, key)
                assert got[key]["on_time_rate"] == expected.on_time_rate
