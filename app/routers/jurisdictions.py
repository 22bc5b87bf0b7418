from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.db import Session
from app.deps import CurrentActor, ManageOrganisation, Now, PlatformAdmin, ReadJurisdiction
from app.domain.organisation import JurisdictionLevel
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.jurisdictions import (
    JurisdictionCreate,
    JurisdictionOut,
    JurisdictionUpdate,
    ParentFactsOut,
)
from app.services import jurisdictions as service

router = APIRouter(prefix="/jurisdictions", tags=["jurisdictions"])


@router.get(
    "",
    summary="List the jurisdictions the caller can see",
    description="The jurisdictions the caller holds a post in, those under an office it belongs "
    "to, those of its client, or all for an administrator; filter by parent and level.",
    response_model=Page[JurisdictionOut],
    responses=problem_responses(401, 422),
)
async def list_jurisdictions(
    actor: CurrentActor,
    session: Session,
    paging: Paging,
    parent_id: Annotated[uuid.UUID | None, Query()] = None,
    level: Annotated[JurisdictionLevel | None, Query()] = None,
) -> Page[JurisdictionOut]:
    items, cursor = await service.list_visible(
        session, actor, paging, parent_id=parent_id, level=level
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Create a jurisdiction (platform administrators)",
    description="A city or prefecture, or a county, district or park under one (`parent_id`), "
    "with its division code. Its rulebook is its parent's until it publishes its own. Platform "
    "administrators only (403); 409 when the code is taken.",
    status_code=status.HTTP_201_CREATED,
    response_model=JurisdictionOut,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_jurisdiction(
    actor: PlatformAdmin,
    session: Session,
    body: JurisdictionCreate,
    response: Response,
) -> JurisdictionOut:
    out = await service.create(session, actor, body)
    response.headers["Location"] = f"/v1/jurisdictions/{out.id}"
    return out


@router.get(
    "/{jid}",
    summary="Get a jurisdiction",
    description="Its name, level, division code and parent. Anyone holding a post in the "
    "jurisdiction, its office or an office above it, its read clients and administrators; 404 "
    "for anyone else.",
    response_model=JurisdictionOut,
    responses=problem_responses(401, 404),
)
async def get_jurisdiction(scope: ReadJurisdiction, session: Session) -> JurisdictionOut:
    return await service.get_visible(session, scope.actor, scope.id)


@router.patch(
    "/{jid}",
    summary="Rename a jurisdiction or set its division code (its office)",
    description="Its office, a write client bound to it or an administrator (403 otherwise). "
    "Send the ETag in If-Match to be sure nobody changed it since you read it.",
    response_model=JurisdictionOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def update_jurisdiction(
    scope: ManageOrganisation, session: Session, body: JurisdictionUpdate
) -> JurisdictionOut:
    return await service.update(session, scope.actor, scope.id, body)


@router.get(
    "/{jid}/parent",
    summary="The public facts of the jurisdiction above this one: name, rulebook, office",
    description="For whoever reads this jurisdiction (a county's people read their city's or "
    "prefecture's): the parent's name, level and division code; the rulebook version in force "
    "there today (id, effective_from, title); the bodies it defines (leading group, office: "
    "name and document code); and who leads its office today (the posts with "
    "`office_leadership`: title and the holder's display name, no account). Only the "
    "jurisdiction directly above: a sibling's or another city's facts are not reached this "
    "way (404, as reading them is). 404 for a jurisdiction with no parent.",
    response_model=ParentFactsOut,
    responses=problem_responses(401, 404),
)
async def get_jurisdiction_parent(
    scope: ReadJurisdiction, session: Session, now: Now
) -> ParentFactsOut:
    return await service.parent_facts(session, scope.jurisdiction, now)
