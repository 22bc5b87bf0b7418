"""The baseline of issue 15: a plain Starlette + asyncpg app on Gaiban's own tables.

It serves the four requests bench/ratios.py measures, on the same PostgreSQL as Gaiban, with the
same answers' shapes where it matters (a task with its lead unit's name and its cooperating units,
a page ``{items, next_cursor, limit}``), each in one statement (two for the write):

- ``GET /v1/jurisdictions/{jid}/tasks/{task_id}``: one task, its lead unit's name and its
  cooperating units (id, name), in their order.
- ``GET /v1/jurisdictions/{jid}/tasks?unit_id=…&limit=…[&cursor=<deadline>,<id>]``: a page of the
  tasks a unit leads or cooperates on, keyset-ordered by (deadline, id), as Gaiban's list query
  does it (a semi-join on the ids the two indexes give, app/repositories/tasks.py ``involving``).
- ``POST /v1/jurisdictions/{jid}/tasks``: a task with an explicit code, and its cooperating
  units, in one transaction (one INSERT, one executemany); 201 with its id, 409 on a taken code.
- ``GET /v1/users/{user_id}/me``: the user's row and the positions in force today (Gaiban's
  ``/v1/me`` reads the caller from the token instead).
- ``GET /healthz``.

What Gaiban does and this app does not, so what the ratio prices:
- authentication: no bearer token is verified, no actor (user and positions) is loaded;
- authorisation and visibility: every task of the jurisdiction is served to anyone, no role is
  checked before a write, no 404 hides another jurisdiction's task;
- the working-day calendar and the jurisdiction's time zone: ``overdue`` is "open and the
  deadline is before today (server's date)", there is no ``overdue_working_days``;
- validation: the body is read with ``json.loads`` and its fields used as they are (no lengths,
  no pattern for the code, no check that units are active, no milestones/measures rules);
- the answer to a write is the new task's id and code, not the task read back with its names;
- audit (no audit row), ETag / If-None-Match, problem+json errors, request ids and access logs.

Run by bench/ratios.py with ``uvicorn --factory plain_app:create_app --app-dir bench``; the
database comes from ``PLAIN_DATABASE_URL`` (a libpq or postgresql+asyncpg URL) and the author of
the tasks it creates from ``PLAIN_ACTOR_ID``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

OPEN_STATES = ("not_started", "in_progress")
PAGE_MAX = 200
NO_ACTOR = str(uuid.UUID(int=0))

_TASK_COLUMNS = """
    t.id, t.jurisdiction_id, t.parent_id, t.code, t.title, t.category, t.source_kind,
    t.source_title, t.source_reference, t.source_meeting_id, t.source_agenda_index,
    t.source_decision_index, t.lead_unit_id, lead.name AS lead_unit_name, t.deadline,
    t.milestones, t.measures, t.state, t.percent, t.last_reported_on, t.completion_pending,
    t.created_on, t.started_on, t.completed_on, t.cancelled_on, t.cancel_reason, t.created_at,
    t.updated_at,
    COALESCE((
        SELECT json_agg(json_build_object('id', c.unit_id, 'name', u.name) ORDER BY c.position)
        FROM task_cooperating_units c JOIN member_units u ON u.id = c.unit_id
        WHERE c.task_id = t.id
    ), '[]'::json) AS cooperating_units
"""

ONE_TASK = f"""
SELECT {_TASK_COLUMNS}
FROM tasks t JOIN member_units lead ON lead.id = t.lead_unit_id
WHERE t.jurisdiction_id = $1 AND t.id = $2
"""  # noqa: S608 - constant text

PAGE_BY_UNIT = f"""
SELECT {_TASK_COLUMNS}
FROM tasks t JOIN member_units lead ON lead.id = t.lead_unit_id
WHERE t.jurisdiction_id = $1
  AND t.id IN (
      SELECT l.id FROM tasks l WHERE l.lead_unit_id = $2 AND l.jurisdiction_id = $1
      UNION ALL
      SELECT c.task_id FROM task_cooperating_units c
      WHERE c.unit_id = $2 AND c.jurisdiction_id = $1
  )
  AND ($3::date IS NULL OR (t.deadline, t.id) > ($3::date, $4::uuid))
ORDER BY t.deadline, t.id
LIMIT $5
"""  # noqa: S608 - constant text

INSERT_TASK = """
INSERT INTO tasks (
    id, jurisdiction_id, parent_id, code, title, category, source_kind, source_title,
    source_reference, lead_unit_id, deadline, milestones, measures, state, percent, created_on,
    created_by, created_by_name
) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'not_started', 0,
          CURRENT_DATE, $14, $15)
"""

INSERT_COOPERATING = """
INSERT INTO task_cooperating_units (jurisdiction_id, task_id, unit_id, position)
VALUES ($1, $2, $3, $4)
"""

ME = """
SELECT u.id, u.display_name, u.is_platform_admin, u.jurisdiction_id,
       COALESCE((
           SELECT json_agg(json_build_object(
               'jurisdiction_id', p.jurisdiction_id, 'role', p.role, 'unit_id', p.unit_id)
               ORDER BY p.jurisdiction_id, p.role, p.unit_id)
           FROM positions p
           WHERE p.user_id = u.id AND p.valid_from <= CURRENT_DATE
             AND (p.valid_to IS NULL OR p.valid_to >= CURRENT_DATE)
       ), '[]'::json) AS positions
FROM users u WHERE u.id = $1 AND u.is_active
"""


def _json(value: Any, status: int = 200) -> Response:
    body = json.dumps(value, default=str, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status, media_type="application/json")


def _not_found() -> Response:
    return _json({"detail": "not found"}, 404)


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _task(row: asyncpg.Record, today: date) -> dict[str, Any]:
    overdue = row["state"] in OPEN_STATES and row["deadline"] < today
    return {
        "id": row["id"],
        "jurisdiction_id": row["jurisdiction_id"],
        "parent_id": row["parent_id"],
        "code": row["code"],
        "title": row["title"],
        "category": row["category"],
        "source": {
            "kind": row["source_kind"],
            "title": row["source_title"],
            "reference": row["source_reference"],
            "meeting_id": row["source_meeting_id"],
            "agenda_index": row["source_agenda_index"],
            "decision_index": row["source_decision_index"],
        },
        "lead_unit": {"id": row["lead_unit_id"], "name": row["lead_unit_name"]},
        "cooperating_units": row["cooperating_units"],
        "deadline": row["deadline"],
        "milestones": row["milestones"],
        "measures": row["measures"],
        "state": row["state"],
        "percent": row["percent"],
        "last_reported_on": row["last_reported_on"],
        "completion_pending": row["completion_pending"],
        "overdue": overdue,
        "created_on": row["created_on"],
        "started_on": row["started_on"],
        "completed_on": row["completed_on"],
        "cancelled_on": row["cancelled_on"],
        "cancel_reason": row["cancel_reason"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def _pool(request: Request) -> asyncpg.Pool:
    pool: asyncpg.Pool = request.app.state.pool
    return pool


async def get_task(request: Request) -> Response:
    jid, task_id = _uuid(request.path_params["jid"]), _uuid(request.path_params["task_id"])
    if jid is None or task_id is None:
        return _not_found()
    row = await _pool(request).fetchrow(ONE_TASK, jid, task_id)
    return _not_found() if row is None else _json(_task(row, date.today()))


async def list_tasks(request: Request) -> Response:
    jid, unit = _uuid(request.path_params["jid"]), _uuid(request.query_params.get("unit_id", ""))
    if jid is None or unit is None:
        return _json({"detail": "jid and unit_id are required"}, 422)
    limit = min(int(request.query_params.get("limit", "50")), PAGE_MAX)
    after_deadline: date | None = None
    after_id: uuid.UUID | None = None
    if cursor := request.query_params.get("cursor"):
        day, _, last = cursor.partition(",")
        after_deadline, after_id = date.fromisoformat(day), uuid.UUID(last)
    rows = await _pool(request).fetch(PAGE_BY_UNIT, jid, unit, after_deadline, after_id, limit + 1)
    today = date.today()
    items = [_task(row, today) for row in rows[:limit]]
    more = len(rows) > limit
    next_cursor = f"{rows[limit - 1]['deadline']},{rows[limit - 1]['id']}" if more else None
    return _json({"items": items, "next_cursor": next_cursor, "limit": limit})


async def create_task(request: Request) -> Response:
    jid = _uuid(request.path_params["jid"])
    if jid is None:
        return _not_found()
    body = json.loads(await request.body())
    task_id = uuid.uuid4()
    cooperating = [uuid.UUID(unit) for unit in body.get("cooperating_unit_ids", [])]
    parent = body.get("parent_id")
    async with _pool(request).acquire() as connection, connection.transaction():
        try:
            await connection.execute(
                INSERT_TASK,
                task_id,
                jid,
                uuid.UUID(parent) if parent else None,
                body["code"],
                body["title"],
                body["category"],
                body["source"]["kind"],
                body["source"].get("title"),
                body["source"].get("reference"),
                uuid.UUID(body["lead_unit_id"]),
                date.fromisoformat(body["deadline"]),
                body.get("milestones", []),
                body.get("measures", []),
                request.app.state.actor_id,
                "plain",
            )
        except asyncpg.UniqueViolationError:
            return _json({"detail": "code taken"}, 409)
        if cooperating:
            await connection.executemany(
                INSERT_COOPERATING,
                [(jid, task_id, unit, n) for n, unit in enumerate(cooperating, start=1)],
            )
    return _json({"id": task_id, "code": body["code"]}, 201)


async def get_me(request: Request) -> Response:
    user_id = _uuid(request.path_params["user_id"])
    row = None if user_id is None else await _pool(request).fetchrow(ME, user_id)
    if row is None:
        return _not_found()
    return _json(
        {
            "kind": "user",
            "id": row["id"],
            "name": row["display_name"],
            "is_platform_admin": row["is_platform_admin"],
            "home_jurisdiction_id": row["jurisdiction_id"],
            "positions": row["positions"],
            "scopes": [],
        }
    )


async def healthz(request: Request) -> Response:
    return _json({"status": "ok"})


async def _json_codecs(connection: asyncpg.Connection) -> None:
    for name in ("json", "jsonb"):
        await connection.set_type_codec(
            name, encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
        )


def _dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


def create_app(
    url: str | None = None,
    *,
    actor_id: uuid.UUID | None = None,
    on_connect: Callable[[asyncpg.Connection], Awaitable[None]] | None = None,
    pool_size: int = 10,
) -> Starlette:
    """The app; ``on_connect`` runs on each new connection (the statement counter uses it)."""
    dsn = _dsn(url or os.environ["PLAIN_DATABASE_URL"])

    async def init(connection: asyncpg.Connection) -> None:
        await _json_codecs(connection)
        if on_connect is not None:
            await on_connect(connection)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.pool = await asyncpg.create_pool(
            dsn, min_size=1, max_size=pool_size, init=init, server_settings={"timezone": "UTC"}
        )
        try:
            yield
        finally:
            await app.state.pool.close()

    app = Starlette(
        routes=[
            Route("/healthz", healthz),
            Route("/v1/users/{user_id}/me", get_me),
            Route("/v1/jurisdictions/{jid}/tasks", list_tasks),
            Route("/v1/jurisdictions/{jid}/tasks", create_task, methods=["POST"]),
            Route("/v1/jurisdictions/{jid}/tasks/{task_id}", get_task),
        ],
        lifespan=lifespan,
    )
    app.state.actor_id = actor_id or uuid.UUID(
        os.environ.get("PLAIN_ACTOR_ID", str(uuid.UUID(int=0)))
    )
    return app
