from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.db import Session
from app.deps import OverseeJurisdiction, PlatformAdmin
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.audit import AuditEventOut, AuditFilter
from app.schemas.base import Instant
from app.services import audit as service

router = APIRouter(tags=["audit"])


async def audit_filter(
    entity_type: Annotated[str | None, Query(max_length=64, examples=["unit"])] = None,
    entity_id: Annotated[str | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=64, examples=["unit.create"])] = None,
    since: Annotated[Instant | None, Query(description="From this instant (inclusive).")] = None,
    until: Annotated[Instant | None, Query(description="Before this instant.")] = None,
) -> AuditFilter:
    return AuditFilter(
        entity_type=entity_type, entity_id=entity_id, action=action, since=since, until=until
    )


Filters = Annotated[AuditFilter, Depends(audit_filter)]


@router.get(
    "/jurisdictions/{jid}/audit-events",
    summary="A jurisdiction's audit trail, newest first (its office and the offices above)",
    response_model=Page[AuditEventOut],
    responses=problem_responses(401, 403, 404, 422),
)
async def list_jurisdiction_audit_events(
    scope: OverseeJurisdiction, session: Session, paging: Paging, filters: Filters
) -> Page[AuditEventOut]:
    items, cursor = await service.list_events(session, paging, scope.id, filters)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/audit-events",
    summary="The whole audit trail, newest first (platform administrators)",
    response_model=Page[AuditEventOut],
    responses=problem_responses(401, 403, 422),
)
async def list_audit_events(
    _: PlatformAdmin, session: Session, paging: Paging, filters: Filters
) -> Page[AuditEventOut]:
    items, cursor = await service.list_events(session, paging, None, filters)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)
