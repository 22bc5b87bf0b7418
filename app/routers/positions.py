from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session
from app.deps import ManageOrganisation, ReadJurisdiction
from app.domain.rulebook import KEY_PATTERN
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.positions import PositionCreate, PositionOut, PositionUpdate
from app.services import positions as service

router = APIRouter(prefix="/jurisdictions/{jid}/positions", tags=["positions"])

PositionId = Annotated[uuid.UUID, Path(description="The position's id.")]


@router.get(
    "",
    summary="List who holds which position",
    description="Who holds which post, for which unit, from when to when: filter by the post's "
    "key, unit, person and a date on which it is held. Anyone holding a post in the "
    "jurisdiction, its office or an office above it, its read clients and administrators; 404 "
    "for anyone else.",
    response_model=Page[PositionOut],
    responses=problem_responses(401, 404, 422),
)
async def list_positions(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    role: Annotated[
        str | None,
        Query(pattern=KEY_PATTERN, max_length=64, description="Only positions with this key."),
    ] = None,
    unit_id: Annotated[uuid.UUID | None, Query()] = None,
    user_id: Annotated[uuid.UUID | None, Query()] = None,
    in_force_on: Annotated[
        date | None, Query(description="Only positions held on this date.")
    ] = None,
) -> Page[PositionOut]:
    items, cursor = await service.list_positions(
        session,
        scope.id,
        paging,
        role=role,
        unit_id=unit_id,
        user_id=user_id,
        in_force_on=in_force_on,
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Assign a position to a person",
    description=(
        "The rulebook in force on valid_from (the jurisdiction's own or inherited, C-ORG-3; "
        "before any, the default catalogue) must define the role: it gives the position's level "
        "(unit_id required for a member-unit position, null otherwise) and its limits on holders "
        "in the whole jurisdiction or in one member unit (409 naming the rule when exceeded). A "
        "later version the tenure reaches may not define the role at another level (422). "
        "Assigning a position with capabilities, or whose holders sign documents, needs the "
        "office director or deputy (or an administrator)."
    ),
    status_code=status.HTTP_201_CREATED,
    response_model=PositionOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_position(
    scope: ManageOrganisation,
    session: Session,
    body: PositionCreate,
    response: Response,
) -> PositionOut:
    out = await service.create(session, scope.actor, scope.id, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/positions/{out.id}"
    return out


@router.get(
    "/{position_id}",
    summary="Get a position",
    description="One post: its key, level, unit, holder, title and tenure. Anyone holding a "
    "post in the jurisdiction, its office or an office above it, its read clients and "
    "administrators; 404 for anyone else.",
    response_model=PositionOut,
    responses=problem_responses(401, 404),
)
async def get_position(
    scope: ReadJurisdiction, session: Session, position_id: PositionId
) -> PositionOut:
    return await service.get(session, scope.id, position_id)


@router.patch(
    "/{position_id}",
    summary="Change a position's title or tenure (end it by setting valid_to)",
    description=(
        "A tenure that grows is judged as an assignment is, by the rulebook in force on its "
        "first day; one that only shrinks (a post ended) always may."
    ),
    response_model=PositionOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_position(
    scope: ManageOrganisation, session: Session, position_id: PositionId, body: PositionUpdate
) -> PositionOut:
    return await service.update(session, scope.actor, scope.id, position_id, body)
