from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session, reads_only
from app.deps import Entrust, ReadJurisdiction
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.delegations import (
    ActCheck,
    DecisionOut,
    DelegationCreate,
    DelegationOut,
    DelegationRevoke,
)
from app.services import delegations as service

router = APIRouter(prefix="/jurisdictions/{jid}/delegations", tags=["delegations"])
check_router = APIRouter(prefix="/jurisdictions/{jid}/rulebook", tags=["rulebooks"])

DelegationId = Annotated[uuid.UUID, Path(description="The delegation's id.")]


@router.get(
    "",
    summary="List delegations (委托), oldest first",
    description="The jurisdiction's entrustments, oldest first: who entrusted which acts to "
    "whom, from when to when, and why. `active_on` keeps those that count on a date. Anyone "
    "holding a post in the jurisdiction, its office or an office above it, its read clients and "
    "administrators; 404 for anyone else.",
    response_model=Page[DelegationOut],
    responses=problem_responses(401, 404, 422),
)
async def list_delegations(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    from_user_id: Annotated[uuid.UUID | None, Query()] = None,
    to_user_id: Annotated[uuid.UUID | None, Query()] = None,
    active_on: Annotated[
        date | None, Query(description="Only delegations that count on this date.")
    ] = None,
    include_revoked: Annotated[
        bool, Query(description="Also list delegations whose revocation is recorded.")
    ] = False,
) -> Page[DelegationOut]:
    items, cursor = await service.list_delegations(
        session,
        scope.id,
        paging,
        from_user_id=from_user_id,
        to_user_id=to_user_id,
        active_on=active_on,
        include_revoked=include_revoked,
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Entrust acts of one's position to someone (only where the rulebook allows it)",
    description="The delegator must hold, on valid_from, the position the rule names as the one "
    "who entrusts (e.g. the leader for `chair:plenary_meeting` in Changji, C-MTG-1), and the "
    "delegate the position the rule lets act when entrusted. A refusal is a 403 naming the rule; "
    "with no rulebook in force on valid_from the answer is 409.",
    status_code=status.HTTP_201_CREATED,
    response_model=DelegationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_delegation(
    scope: Entrust,
    session: Session,
    body: DelegationCreate,
    response: Response,
) -> DelegationOut:
    out = await service.create(session, scope.actor, scope.id, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/delegations/{out.id}"
    return out


@router.get(
    "/{delegation_id}",
    summary="Get a delegation",
    description="One entrustment with its scopes, validity and, when revoked, when and by whom. "
    "Anyone holding a post in the jurisdiction, its office or an office above it, its read "
    "clients and administrators; 404 for anyone else.",
    response_model=DelegationOut,
    responses=problem_responses(401, 404),
)
async def get_delegation(
    scope: ReadJurisdiction, session: Session, delegation_id: DelegationId
) -> DelegationOut:
    return await service.get(session, scope.id, delegation_id)


@router.post(
    "/{delegation_id}/revoke",
    summary="Revoke a delegation (by its delegator, the office director or an administrator)",
    description="Delegations are never deleted. From revoked_on on, the delegation no longer "
    "counts; revoking twice is 409.",
    response_model=DelegationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def revoke_delegation(
    scope: ReadJurisdiction, session: Session, delegation_id: DelegationId, body: DelegationRevoke
) -> DelegationOut:
    return await service.revoke(session, scope.actor, scope.id, delegation_id, body)


@check_router.post(
    "/check",
    summary="Dry run: may this person do this act on this date, and under which rule?",
    description="Answers 200 whether allowed or not (a refusal names the rule and source; an "
    "act allowed by entrustment names the delegation). 409 when no rulebook is in force in the "
    "jurisdiction on that date.",
    response_model=DecisionOut,
    responses=problem_responses(401, 404, 409, 422),
)
@reads_only
async def check_act(scope: ReadJurisdiction, session: Session, body: ActCheck) -> DecisionOut:
    decision = await service.decide_act(
        session, scope.id, body.act, body.subject, body.person_id, body.on
    )
    return DecisionOut(
        allowed=decision.allowed,
        rule=decision.rule,
        source=decision.source,
        reason=decision.reason,
        delegation_id=decision.delegation_id,
    )
