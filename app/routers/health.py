from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.domain.messages import _
from app.errors import ServiceUnavailable, problem_responses
from app.migrations import head_revision
from app.schemas.auth import Health, Readiness

router = APIRouter(tags=["operations"])
logger = logging.getLogger("gaiban.readiness")


@router.get(
    "/healthz",
    summary="Liveness: the process answers",
    description="Answers 200 while the process runs, without touching the database: for the "
    "platform's liveness probe. Public.",
    response_model=Health,
)
async def get_health() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    summary="Readiness: the database answers and its schema is at the migrations' head",
    description="200 when the database answers and its schema is at the migrations' head; 503 "
    "(with Retry-After) otherwise, e.g. before `gaiban migrate`. For the platform's readiness "
    "probe. Public.",
    response_model=Readiness,
    responses=problem_responses(503),
)
async def get_readiness(request: Request) -> Readiness:
    database = request.app.state.database
    expected = head_revision()  # read from the scripts on the first call, then cached
    try:
        async with database.engine.connect() as connection:
            revision = (
                await connection.execute(text("SELECT version_num FROM alembic_version"))
            ).scalar_one_or_none()
    except (SQLAlchemyError, OSError) as exc:
        raise ServiceUnavailable(_("The database does not answer or has no schema yet.")) from exc
    if revision != expected:
        # The revisions are for the operator's log only: the answer is public.
        logger.warning(
            "the database schema is at %s, not at the migrations' head %s", revision, expected
        )
        raise ServiceUnavailable(
            _("The database schema is not at the migrations' head: run 'gaiban migrate'.")
        )
    return Readiness(status="ready")
