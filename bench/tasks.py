"""Benchmark the task breakdown: 100,000 tasks across 2,000 member units.

Seeds one jurisdiction with 2,000 active member units and 100,000 tasks in a throwaway database
(the embedded pgserver cluster under .gaiban/test-pg, or next to TEST_DATABASE_URL), by COPY
through asyncpg (the bulk does not go through the API): each unit leads 50 tasks, every task has
1–3 other cooperating units, one task in ten is a sub-task; deadlines spread over 2025–2027; a
mix of states whose days satisfy the table's checks (about 20% not started, 35% in progress, 40%
done, 5% cancelled). Then VACUUM ANALYZE (as autovacuum would after such an insert), and times
through httpx's ASGI transport, as a platform administrator, with the app's clock pinned to
2026-12-01 12:00 in Shanghai:

(a) a page of 50 of the tasks a unit leads or cooperates on (``unit_id``),
(b) a page of 50 of the tasks a unit leads (``lead_unit_id``),
(c) the per-unit summary (2,000 groups), (d) the per-category summary,
(e) the first page of 50 sent back with its ETag in If-None-Match (304),
(f) a page of 50 of its own unit's tasks for the unit's liaison officer (who sees no others).

After a warm-up, RUNS runs of each: median and 95th percentile in milliseconds; (a) and (c)
must answer in under LIMIT_MS (issue 7). Exits non-zero when one does not. Run with
``make bench`` or ``.venv/bin/python bench/tasks.py`` (``BENCH_PROFILE=c`` profiles case (c)).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import create_admin, run_in_throwaway_database, token_service

UNITS = 2000
TASKS = 100_000
RUNS = int(os.environ.get("BENCH_RUNS", "50"))
LIMIT_MS = 100.0
TIMED_UNIT = UNITS // 3  # the unit whose pages are timed
NOW = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)  # 2026-12-01 12:00 in Shanghai
TODAY = date(2026, 12, 1)
FIRST_DEADLINE, LAST_DEADLINE = date(2025, 1, 1), date(2027, 12, 31)
CATEGORIES = (
    "审批流程优化",
    "审批事项清理",
    "信息系统建设",
    "监管方式创新",
    "配套制度建设",
    "中介服务规范",
    "联合审图验收",
    "区域评估",
)
SOURCES = ("national_document", "provincial_document", "city_document", "county_document", "other")
TASK_COLUMNS = (
    "id",
    "jurisdiction_id",
    "parent_id",
    "code",
    "title",
    "category",
    "source_kind",
    "source_title",
    "source_reference",
    "lead_unit_id",
    "deadline",
    "milestones",
    "measures",
    "state",
    "percent",
    "last_reported_on",
    "completion_pending",
    "created_on",
    "started_on",
    "completed_on",
    "cancelled_on",
    "cancel_reason",
    "created_by",
    "created_by_name",
)


@dataclass(frozen=True)
class Case:
    """One timed request: GET …/tasks<rest>?<params>, as the administrator unless ``headers``
    say otherwise; ``check`` looks at the answer (untimed) and describes it; a ``required`` case
    must answer in under LIMIT_MS."""

    label: str
    rest: str
    params: dict[str, Any]
    check: Callable[[Any], str]
    required: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class FixedClock:
    """The app's clock (``app.deps.Clock``), pinned so that the figures do not depend on today."""

    def now(self) -> datetime:
        return NOW


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _task(
    rng: random.Random,
    n: int,
    code: str,
    parent_id: uuid.UUID | None,
    jurisdiction_id: uuid.UUID,
    lead: uuid.UUID,
    admin_id: uuid.UUID,
) -> tuple[Any, ...]:
    """One task row whose state and days satisfy the table's checks."""
    deadline = _day_between(rng, FIRST_DEADLINE, LAST_DEADLINE)
    created_on = min(deadline - timedelta(days=rng.randint(30, 540)), TODAY)
    roll = rng.random()
    started_on = completed_on = cancelled_on = last_reported_on = None
    cancel_reason = None
    percent, pending = 0, False
    if roll < 0.20 or created_on >= TODAY:
        state = "not_started"
    elif roll < 0.55:
        state = "in_progress"
        started_on = _day_between(rng, created_on, TODAY)
        last_reported_on = _day_between(rng, started_on, TODAY)
        percent = rng.randint(5, 95)
        pending = rng.random() < 0.05
    elif roll < 0.95:
        state = "done"
        started_on = _day_between(rng, created_on, TODAY)
        # Most are done by the deadline; some late.
        latest = min(TODAY, deadline + timedelta(days=rng.choice((0, 0, 0, 30))))
        completed_on = _day_between(rng, started_on, max(started_on, latest))
        last_reported_on, percent = completed_on, 100
    else:
        state = "cancelled"
        cancelled_on = _day_between(rng, created_on, TODAY)
        cancel_reason = "机构调整，任务并入其他事项"
    milestones = json.dumps(
        [{"due_on": (deadline - timedelta(days=30)).isoformat(), "title": "完成方案起草"}]
        if deadline - timedelta(days=30) >= created_on
        else [],
        ensure_ascii=False,
    )
    measures = json.dumps(
        [{"title": "配套管理办法", "document_reference": None, "issued_on": None}]
        if n % 4 == 0
        else [],
        ensure_ascii=False,
    )
    return (
        uuid.UUID(int=rng.getrandbits(128), version=4),
        jurisdiction_id,
        parent_id,
        code,
        f"任务{code}：推进工程建设项目审批制度改革第{n % 97 + 1}项措施落地",
        CATEGORIES[n % len(CATEGORIES)],
        SOURCES[n % len(SOURCES)],
        "关于深化工程建设项目审批制度改革的实施意见",
        f"鄂政办发〔2025〕{n % 60 + 1}号",
        lead,
        deadline,
        milestones,
        measures,
        state,
        percent,
        last_reported_on,
        pending,
        created_on,
        started_on,
        completed_on,
        cancelled_on,
        cancel_reason,
        admin_id,
        "bench",
    )


def _rows(
    rng: random.Random,
    jurisdiction_id: uuid.UUID,
    unit_ids: list[uuid.UUID],
    admin_id: uuid.UUID,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The tasks (parents before their sub-tasks) and their cooperating units: lead units in
    turn (each unit leads TASKS / UNITS), one task in ten a sub-task of an open top-level one
    (parents come first, and sub-tasks have none of their own)."""
    tasks: list[tuple[Any, ...]] = []
    cooperating: list[tuple[Any, ...]] = []
    top_level = 0
    open_parents: list[tuple[uuid.UUID, str, int]] = []  # id, code, children so far
    for n in range(TASKS):
        lead = unit_ids[n % UNITS]
        if n % 10 == 9 and open_parents:
            index = rng.randrange(len(open_parents))
            parent_id, parent_code, children = open_parents[index]
            open_parents[index] = (parent_id, parent_code, children + 1)
            row = _task(
                rng, n, f"{parent_code}.{children + 1}", parent_id, jurisdiction_id, lead, admin_id
            )
        else:
            top_level += 1
            row = _task(rng, n, str(top_level), None, jurisdiction_id, lead, admin_id)
            if row[TASK_COLUMNS.index("state")] in ("not_started", "in_progress"):
                open_parents.append((row[0], str(top_level), 0))
        tasks.append(row)
        others = rng.sample(unit_ids, 4)
        chosen = [u for u in others if u != lead][: rng.randint(1, 3)]
        cooperating.extend(
            (jurisdiction_id, row[0], unit, position) for position, unit in enumerate(chosen, 1)
        )
    return tasks, cooperating


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def seed(url: str) -> tuple[Any, Any, uuid.UUID, list[uuid.UUID]]:
    """The jurisdiction, its admin, units and a unit's liaison officer, and the tasks; returns
    (admin, liaison, jid, units)."""
    import asyncpg
    from pydantic import SecretStr
    from sqlalchemy import insert

    from app.db import Database
    from app.domain.organisation import JurisdictionLevel, PositionRole
    from app.models import MemberUnit
    from app.schemas.jurisdictions import JurisdictionCreate
    from app.schemas.positions import PositionCreate
    from app.schemas.users import UserCreateWithPassword
    from app.services import jurisdictions, positions, users

    rng = random.Random(2026)
    database = Database(url, pool_size=1)
    async with database.sessionmaker() as session, session.begin():
        admin = await create_admin(session)
        place = await jurisdictions.create(
            session,
            None,
            JurisdictionCreate(code="bench", name="bench", level=JurisdictionLevel.city),
        )
        unit_ids = [uuid.UUID(int=rng.getrandbits(128), version=4) for _ in range(UNITS)]
        await session.execute(
            insert(MemberUnit),
            [
                {
                    "id": unit_id,
                    "jurisdiction_id": place.id,
                    "code": f"unit_{n:05d}",
                    "name": f"成员单位{n:04d}",
                    "kind": "department",
                }
                for n, unit_id in enumerate(unit_ids)
            ],
        )
        # The liaison officer (联络员) of the unit the pages are timed for: sees its tasks only.
        liaison = await users.create_with_password(
            session,
            UserCreateWithPassword(
                username="bench.liaison",
                display_name="bench liaison",
                password=SecretStr("correct horse battery"),
                jurisdiction_id=place.id,
            ),
        )
        await positions.create(
            session,
            None,
            place.id,
            PositionCreate(
                user_id=liaison.id,
                role=PositionRole.liaison_officer,
                unit_id=unit_ids[TIMED_UNIT],
                valid_from=date(2020, 1, 1),
            ),
        )
    await database.dispose()
    tasks, cooperating = _rows(rng, place.id, unit_ids, admin.id)
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        began = time.perf_counter()
        async with connection.transaction():
            await connection.copy_records_to_table("tasks", records=tasks, columns=TASK_COLUMNS)
            await connection.copy_records_to_table(
                "task_cooperating_units",
                records=cooperating,
                columns=("jurisdiction_id", "task_id", "unit_id", "position"),
            )
        # What autovacuum does after a bulk insert (PostgreSQL 13+ vacuums on inserts too): the
        # statistics, and the visibility map that lets the summary count from its index alone.
        await connection.execute("VACUUM ANALYZE")
        print(
            f"seeded {len(tasks):,} tasks and {len(cooperating):,} cooperating units by COPY "
            f"in {time.perf_counter() - began:.1f} s"
        )
    finally:
        await connection.close()
    return admin, liaison, place.id, unit_ids


async def _run(url: str) -> None:
    import httpx

    from app.db import Database
    from app.main import create_app
    from app.settings import Settings

    admin, liaison, jid, unit_ids = await seed(url)
    database = Database(url, pool_size=5)
    tokens = token_service()
    settings = Settings(database_url=url, jwt_issuer="b", jwt_audience="b")
    app = create_app(settings, database=database, token_service=tokens, clock=FixedClock())
    headers = {"Authorization": f"Bearer {tokens.issue(f'user:{admin.id}')[0]}"}
    as_liaison = {"Authorization": f"Bearer {tokens.issue(f'user:{liaison.id}')[0]}"}
    path = f"/v1/jurisdictions/{jid}/tasks"
    unit = unit_ids[TIMED_UNIT]
    print(
        f"{UNITS:,} units, {TASKS:,} tasks, as of {TODAY}; a unit leads {TASKS // UNITS} and "
        f"cooperates on about {2 * TASKS // UNITS}"
    )
    transport = httpx.ASGITransport(app=app)
    failed = False
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
    ):
        first = await client.get(path, params={"limit": 50}, headers=headers)
        assert first.status_code == 200, first.text
        etag = first.headers["etag"]

        def page_of(expected: int) -> Callable[[httpx.Response], str]:
            def check(response: httpx.Response) -> str:
                assert response.status_code == 200, response.text
                items = response.json()["items"]
                assert len(items) == expected, len(items)
                return f"{len(items)} tasks"

            return check

        def involving_unit(response: httpx.Response) -> str:
            shape = page_of(50)(response)
            for item in response.json()["items"]:
                units = {item["lead_unit"]["id"], *(u["id"] for u in item["cooperating_units"])}
                assert str(unit) in units, item["code"]
            return shape

        def groups(expected: int) -> Callable[[httpx.Response], str]:
            def check(response: httpx.Response) -> str:
                assert response.status_code == 200, response.text
                body = response.json()
                assert len(body["groups"]) == expected, len(body["groups"])
                assert body["totals"]["total"] > 0.9 * TASKS, body["totals"]
                return f"{len(body['groups'])} groups"

            return check

        def not_modified(response: httpx.Response) -> str:
            assert response.status_code == 304, response.status_code
            return "304"

        cases = (
            Case("(a) unit_id page", "", {"unit_id": str(unit), "limit": 50}, involving_unit, True),
            Case(
                "(b) lead_unit_id page", "", {"lead_unit_id": str(unit), "limit": 50}, page_of(50)
            ),
            Case("(c) summary by unit", "/summary", {"by": "unit"}, groups(UNITS), True),
            Case(
                "(d) summary by category", "/summary", {"by": "category"}, groups(len(CATEGORIES))
            ),
            Case(
                "(e) If-None-Match page",
                "",
                {"limit": 50},
                not_modified,
                headers={"If-None-Match": etag},
            ),
            Case(
                "(f) the unit's liaison's own page",
                "",
                {"limit": 50},
                involving_unit,
                headers=as_liaison,
            ),
        )
        if os.environ.get("BENCH_PROFILE"):
            import cProfile
            import pstats

            case = next(c for c in cases if c.label.startswith(os.environ["BENCH_PROFILE"]))
            await client.get(
                path + case.rest, params=case.params, headers={**headers, **case.headers}
            )
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(10):
                await client.get(
                    path + case.rest, params=case.params, headers={**headers, **case.headers}
                )
            profiler.disable()
            pstats.Stats(profiler).sort_stats(
                os.environ.get("BENCH_PROFILE_SORT", "cumtime")
            ).print_stats(40)
            return
        for case in cases:
            timings = []
            for run in range(RUNS + 3):
                began = time.perf_counter()
                response = await client.get(
                    path + case.rest, params=case.params, headers={**headers, **case.headers}
                )
                _ = response.content
                elapsed = (time.perf_counter() - began) * 1000
                shape = case.check(response)  # checked untimed
                if run >= 3:  # the first three warm up
                    timings.append(elapsed)
            median, p95 = statistics.median(timings), _percentile(timings, 0.95)
            verdict = ""
            if case.required:
                passed = median < LIMIT_MS and p95 < LIMIT_MS
                failed = failed or not passed
                verdict = f"  {'PASS' if passed else 'FAIL'} (< {LIMIT_MS:.0f} ms)"
            print(
                f"{case.label}: {shape}, {len(response.content):,} bytes, median {median:.1f} ms, "
                f"p95 {p95:.1f} ms over {RUNS} runs (min {min(timings):.1f}, "
                f"max {max(timings):.1f}){verdict}"
            )
    await database.dispose()
    if failed:
        raise SystemExit(1)


def main() -> None:
    run_in_throwaway_database(_run)


if __name__ == "__main__":
    main()
