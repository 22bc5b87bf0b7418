from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session
from app.deps import ManageOrganisation, ReadJurisdiction
from app.domain.organisation import UnitKind
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.units import UnitCreate, UnitOut, UnitUpdate
from app.services import units as service

router = APIRouter(prefix="/jurisdictions/{jid}/units", tags=["member units"])

UnitId = Annotated[uuid.UUID, Path(description="The member unit's id.")]


@router.get(
    "",
    summary="List a jurisdiction's member units",
    description="The jurisdiction's member units by code; filter by kind and by active. Anyone "
    "holding a post in the jurisdiction, its office or an office above it, its read clients and "
    "administrators; 404 for anyone else.",
    response_model=Page[UnitOut],
    responses=problem_responses(401, 404, 422),
)
async def list_units(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    kind: Annotated[UnitKind | None, Query()] = None,
    active: Annotated[bool | None, Query()] = None,
) -> Page[UnitOut]:
    items, cursor = await service.list_units(session, scope.id, paging, kind=kind, active=active)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Add a member unit",
    description="A department, district government, park committee, enterprise or other member "
    "unit of the leading group. The office, its write client or an administrator (403); 409 "
    "when its code or name is taken here.",
    status_code=status.HTTP_201_CREATED,
    response_model=UnitOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_unit(
    scope: ManageOrganisation, session: Session, body: UnitCreate, response: Response
) -> UnitOut:
    out = await service.create(session, scope.actor, scope.id, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/units/{out.id}"
    return out


@router.get(
    "/{unit_id}",
    summary="Get a member unit",
    description="One member unit: code, name, kind and whether it is active. Anyone holding a "
    "post in the jurisdiction, its office or an office above it, its read clients and "
    "administrators; 404 for anyone else.",
    response_model=UnitOut,
    responses=problem_responses(401, 404),
)
async def get_unit(scope: ReadJurisdiction, session: Session, unit_id: UnitId) -> UnitOut:
    return await service.get(session, scope.id, unit_id)


@router.patch(
    "/{unit_id}",
    summary="Rename, re-classify or deactivate a member unit",
    description="Changes the name or kind, or deactivates the unit (it keeps its history; "
    "reactivate it the same way). The office, its write client or an administrator (403); 409 "
    "when another unit here has the name.",
    response_model=UnitOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_unit(
    scope: ManageOrganisation, session: Session, unit_id: UnitId, body: UnitUpdate
) -> UnitOut:
    return await service.update(session, scope.actor, scope.id, unit_id, body)
