from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.db import Session
from app.deps import AuditChainScope, OverseeJurisdiction, PlatformAdmin
from app.domain.messages import _
from app.errors import ValidationProblem, problem_responses
from app.pagination import Page, Paging
from app.schemas.audit import AuditEventOut, AuditFilter, ChainHeadOut, VerificationOut
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
    description="Every recorded act in this jurisdiction: who did it (and the machine client "
    "acting for them), what, on which entity, with the values before and after. Filter by "
    "entity, action and time. For the office here or above it and administrators (403 for "
    "others who can see the jurisdiction).",
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
    description="The audit trail across every jurisdiction and the platform's own acts, with "
    "the same filters as a jurisdiction's. Platform administrators only (403).",
    response_model=Page[AuditEventOut],
    responses=problem_responses(401, 403, 422),
)
async def list_audit_events(
    __: PlatformAdmin, session: Session, paging: Paging, filters: Filters
) -> Page[AuditEventOut]:
    items, cursor = await service.list_events(session, paging, None, filters)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/audit-events/verify",
    summary="Verify the audit trail's hash chains (a jurisdiction's office director, or "
    "platform administrators for every chain)",
    description="Walks the jurisdiction's chain (without jurisdiction_id: every chain, platform "
    "administrators only) in order, recomputing each event's hash, and names the first row that "
    "is wrong: changed (hash mismatch), missing (a number skipped, or the tail cut off: the "
    "recorded head lies past the last row), or not following the one before it (prev_hash "
    "mismatch). With expected_seq and expected_hash — a head exported earlier by "
    "GET /v1/audit-events/chain-head and kept elsewhere — it also says whether that row is "
    "still in the chain with that hash (without jurisdiction_id: in the platform's chain), "
    "which a chain cut and rebuilt from there fails.",
    response_model=VerificationOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def verify_audit_chains(
    scope: AuditChainScope,
    session: Session,
    expected_seq: Annotated[
        int | None,
        Query(ge=0, le=2**63 - 1, description="A head kept elsewhere: its number."),
    ] = None,
    expected_hash: Annotated[
        str | None,
        Query(
            pattern="^[0-9a-fA-F]{64}$",
            description="A head kept elsewhere: its hash (64 hex digits).",
        ),
    ] = None,
) -> VerificationOut:
    if (expected_seq is None) != (expected_hash is None):
        missing = "expected_hash" if expected_hash is None else "expected_seq"
        raise ValidationProblem(
            _("Give expected_seq and expected_hash together, or neither."),
            [{"loc": ["query", missing], "msg": _("required with the other"), "type": "missing"}],
        )
    expected = None
    if expected_seq is not None and expected_hash is not None:
        expected = (expected_seq, expected_hash.lower())
    return await service.verify(
        session,
        scope.id if scope else None,
        every_chain=scope is None,
        expected=expected,
    )


@router.get(
    "/audit-events/chain-head",
    summary="The head of a jurisdiction's audit chain, for another system to keep",
    description="The number and hash of the chain's last event (without jurisdiction_id: the "
    "platform's chain, platform administrators only). Kept elsewhere, it lets "
    "GET /v1/audit-events/verify tell a chain rebuilt from nothing from the original.",
    response_model=ChainHeadOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def get_audit_chain_head(scope: AuditChainScope, session: Session) -> ChainHeadOut:
    return await service.chain_head(session, scope.id if scope else None)
