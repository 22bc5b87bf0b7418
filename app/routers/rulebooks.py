from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Response, status
from fastapi.responses import JSONResponse

from app.db import Session
from app.deps import CurrentActor, Now, OverseeJurisdiction, PublishRulebook, ReadJurisdiction
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.rulebooks.schema import MEDIA_TYPE, rulebook_schema
from app.schemas.rulebooks import (
    HoldingsCheckOut,
    RulebookInForceOut,
    RulebookVersionOut,
    RulebookVersionSummary,
)
from app.services import holdings
from app.services import rulebooks as service

router = APIRouter(prefix="/jurisdictions/{jid}/rulebook", tags=["rulebooks"])
schema_router = APIRouter(tags=["rulebooks"])

VersionId = Annotated[uuid.UUID, Path(description="The rulebook version's id.")]
RulebookDocument = Annotated[
    dict[str, Any],
    Body(
        title="RulebookDocument",
        description=(
            "A rulebook document as described by GET /v1/rulebook-schema "
            "(openapi/rulebook.schema.json); effective_from inside it dates the version."
        ),
    ),
]


class SchemaJSONResponse(JSONResponse):
    media_type = MEDIA_TYPE


@router.get(
    "",
    summary="The rulebook in force on a date: the jurisdiction's own, or its parent's",
    description="The rulebook version in force on the date (default today): the jurisdiction's "
    "own, or else the one it inherits from its parent, with where it comes from. Anyone holding "
    "a post in the jurisdiction, its office or an office above it, its read clients and "
    "administrators; 404 for anyone else.",
    response_model=RulebookInForceOut,
    responses=problem_responses(401, 404, 422),
)
async def get_rulebook(
    scope: ReadJurisdiction,
    session: Session,
    on: Annotated[
        date | None,
        Query(description="The date judged; default today in the jurisdiction's time zone."),
    ] = None,
) -> RulebookInForceOut:
    return await service.get_in_force(session, scope.id, on)


@router.put(
    "",
    summary="Publish a new version of the rulebook (the jurisdiction's office director)",
    description="Publishes a rulebook document (schema: GET /v1/rulebook-schema) taking effect "
    "on its `effective_from`; earlier versions stay, and each act is judged by the version in "
    "force on its date. The jurisdiction's office director or an administrator (403); 409 when "
    "a version already takes effect that day; If-Match required (428), the rulebook's ETag from "
    "GET.",
    status_code=status.HTTP_201_CREATED,
    response_model=RulebookVersionOut,
    responses=problem_responses(401, 403, 404, 409, 413, 422),
)
async def create_rulebook_version(
    scope: PublishRulebook, session: Session, body: RulebookDocument, response: Response
) -> RulebookVersionOut:
    out = await service.publish(session, scope.actor, scope.id, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/rulebook/versions/{out.id}"
    return out


@router.get(
    "/versions",
    summary="The jurisdiction's own rulebook versions, oldest first",
    description="The versions the jurisdiction published itself (not its parent's), oldest "
    "first, without their documents. Anyone holding a post in the jurisdiction, its office or "
    "an office above it, its read clients and administrators; 404 for anyone else.",
    response_model=Page[RulebookVersionSummary],
    responses=problem_responses(401, 404, 422),
)
async def list_rulebook_versions(
    scope: ReadJurisdiction, session: Session, paging: Paging
) -> Page[RulebookVersionSummary]:
    items, cursor = await service.list_versions(session, scope.id, paging)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/versions/{version_id}",
    summary="One rulebook version with its document",
    description="One published version with its whole document and who published it. Anyone "
    "holding a post in the jurisdiction, its office or an office above it, its read clients and "
    "administrators; 404 for anyone else.",
    response_model=RulebookVersionOut,
    responses=problem_responses(401, 404),
)
async def get_rulebook_version(
    scope: ReadJurisdiction, session: Session, version_id: VersionId
) -> RulebookVersionOut:
    return await service.get_version(session, scope.id, version_id)


@router.get(
    "/check-holdings",
    summary="Check who holds which position against the rulebook in force, and each later version",
    description=(
        "The positions of the jurisdiction not ended before `on`, against the rulebook version "
        "in force that day (its own or inherited, C-ORG-3) and each later version their tenures "
        "reach. A version never rewrites history (past acts stay judged by the version of their "
        "day), so what it changes for current holders is reported here: `undefined` (it does "
        "not define the position's key), `level_mismatch` (it defines it at another level), "
        "`over_limit` (more hold it at once than `max_holders` or `max_holders_per_unit` "
        "allows: the peak and its first day). Each names the version and, where the definition "
        "cites one, its rule and source. For the office of the jurisdiction or one above it."
    ),
    response_model=HoldingsCheckOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def check_holdings(
    scope: OverseeJurisdiction,
    session: Session,
    now: Now,
    on: Annotated[
        date | None,
        Query(description="The first day judged; default today in the jurisdiction's time zone."),
    ] = None,
) -> HoldingsCheckOut:
    return await holdings.check_holdings(session, scope.jurisdiction, on, now)


@schema_router.get(
    "/rulebook-schema",
    summary="The JSON Schema (draft 2020-12) of a rulebook document",
    description="What PUT …/rulebook takes: meeting kinds, positions, who convenes, chairs and "
    "signs, report kinds and their due rules. For any signed-in caller.",
    response_class=SchemaJSONResponse,
    responses={
        200: {
            "description": "The schema (also committed as openapi/rulebook.schema.json).",
            "content": {MEDIA_TYPE: {"schema": {"type": "object"}}},
        },
        **problem_responses(401),
    },
)
async def get_rulebook_schema(_: CurrentActor) -> SchemaJSONResponse:
    return SchemaJSONResponse(rulebook_schema())
