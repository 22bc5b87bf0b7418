from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from app.db import Session
from app.deps import OverseeJurisdiction, PlatformAdmin
from app.errors import problem_responses
from app.pagination import Page, Paging, next_cursor_for
from app.repositories import audit as repo
from app.schemas.audit import AuditEventOut

router = APIRouter(tags=["audit"])

EntityType = Annotated[str | None, Query(max_length=64, examples=["unit"])]
EntityId = Annotated[str | None, Query(max_length=64)]
Action = Annotated[str | None, Query(max_length=64, examples=["unit.create"])]
Since = Annotated[datetime | None, Query(description="From this instant (inclusive).")]
Until = Annotated[datetime | None, Query(description="Before this instant.")]


@router.get(
    "/jurisdictions/{jid}/audit-events",
    summary="A jurisdiction's audit trail, newest first (its office and the offices above)",
    response_model=Page[AuditEventOut],
    responses=problem_responses(401, 403, 404, 422),
)
async def list_jurisdiction_audit_events(
    scope: OverseeJurisdiction,
    session: Session,
    paging: Paging,
    entity_type: EntityType = None,
    entity_id: EntityId = None,
    action: Action = None,
    since: Since = None,
    until: Until = None,
) -> Page[AuditEventOut]:
    rows = await repo.list_events(
        session,
        paging,
        jurisdiction_id=scope.id,
        entity_type=entity_type,
        entity_id=entity_id,
        action=action,
        since=since,
        until=until,
    )
    kept, cursor = next_cursor_for(rows, paging, lambda r: [r.id])
    items = [AuditEventOut.model_validate(r) for r in kept]
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/audit-events",
    summary="The whole audit trail, newest first (platform administrators)",
    response_model=Page[AuditEventOut],
    responses=problem_responses(401, 403, 422),
)
async def list_audit_events(
    _: PlatformAdmin,
    session: Session,
    paging: Paging,
    entity_type: EntityType = None,
    entity_id: EntityId = None,
    action: Action = None,
    since: Since = None,
    until: Until = None,
) -> Page[AuditEventOut]:
    rows = await repo.list_events(
        session,
        paging,
        jurisdiction_id=None,
        entity_type=entity_type,
        entity_id=entity_id,
        action=action,
        since=since,
        until=until,
    )
    kept, cursor = next_cursor_for(rows, paging, lambda r: [r.id])
    items = [AuditEventOut.model_validate(r) for r in kept]
    return Page(items=items, next_cursor=cursor, limit=paging.limit)
