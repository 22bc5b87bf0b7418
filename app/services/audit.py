"""The append-only audit trail, written in the same transaction as the change it records."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor
from app.domain.audit_chain import ChainWalk, holds, judge
from app.models import AuditEvent
from app.pagination import PageRequest, next_cursor_for
from app.repositories import audit as audit_repo
from app.request_context import current_request_id
from app.schemas.audit import (
    AuditEventOut,
    AuditFilter,
    ChainBreakOut,
    ChainHeadOut,
    ChainOut,
    ExpectedHeadOut,
    VerificationOut,
)


def snapshot(model: BaseModel | None) -> dict[str, Any] | None:
    """The model as recorded: without the figures judged on the day (overdue, lateness), which
    follow from the calendar and may come from a provisional year; the trail keeps facts."""
    if model is None:
        return None
    derived: frozenset[str] = getattr(type(model), "judged_on_the_day", frozenset())
    return model.model_dump(mode="json", exclude=set(derived) or None)


def event(
    actor: Actor | None,
    *,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | str,
    jurisdiction_id: uuid.UUID | None,
    before: BaseModel | None = None,
    after: BaseModel | None = None,
    delegation_id: uuid.UUID | None = None,
    system_name: str = "system",
) -> AuditEvent:
    """One change as the trail records it. ``actor`` None means the system itself (CLI, demo
    loader), named ``system_name`` (e.g. ``cli:<operator>``)."""
    return AuditEvent(
        jurisdiction_id=jurisdiction_id,
        actor_kind=actor.kind.value if actor else "system",
        actor_id=actor.id if actor else None,
        actor_name=actor.name if actor else system_name,
        delegation_id=delegation_id,
        acting_client_id=actor.acting_client_id if actor else None,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=snapshot(before),
        after=snapshot(after),
        request_id=current_request_id() if current_request_id() != "-" else None,
    )


async def record(
    session: AsyncSession,
    actor: Actor | None,
    *,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | str,
    jurisdiction_id: uuid.UUID | None,
    before: BaseModel | None = None,
    after: BaseModel | None = None,
    delegation_id: uuid.UUID | None = None,
    system_name: str = "system",
) -> None:
    """Record one change (``event`` says what each argument is)."""
    await audit_repo.add(
        session,
        event(
            actor,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            jurisdiction_id=jurisdiction_id,
            before=before,
            after=after,
            delegation_id=delegation_id,
            system_name=system_name,
        ),
    )


async def record_all(session: AsyncSession, events: list[AuditEvent]) -> None:
    """Record many changes made together (a workbook import), in one statement."""
    await audit_repo.add(session, *events)


async def list_events(
    session: AsyncSession,
    page: PageRequest,
    jurisdiction_id: uuid.UUID | None,
    filters: AuditFilter,
) -> tuple[list[AuditEventOut], str | None]:
    """Newest first; ``jurisdiction_id`` None means the whole trail (platform administrators)."""
    rows = await audit_repo.list_events(
        session,
        page,
        jurisdiction_id=jurisdiction_id,
        entity_type=filters.entity_type,
        entity_id=filters.entity_id,
        action=filters.action,
        since=filters.since,
        until=filters.until,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.id])
    return [AuditEventOut.model_validate(r) for r in kept], cursor


async def verify(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID | None,
    *,
    every_chain: bool,
    expected: tuple[int, str] | None,
) -> VerificationOut:
    """Walk one chain (``jurisdiction_id``; None: the platform's) or every chain, and judge
    each; ``expected`` (seq, hash) is a head kept elsewhere, looked for in the one chain (the
    platform's when every chain is walked)."""
    walks = await audit_repo.walk_chains(session, jurisdiction_id, every_chain=every_chain)
    if not every_chain and not walks:  # nothing written there yet: an empty chain holds
        walks = [ChainWalk.empty(jurisdiction_id)]
    chains = []
    for walk in walks:
        verdict = judge(walk)
        broken = verdict.first_broken
        chains.append(
            ChainOut(
                jurisdiction_id=verdict.jurisdiction_id,
                length=verdict.length,
                head_seq=verdict.head_seq,
                head_hash=verdict.head_hash,
                first_broken=None
                if broken is None
                else ChainBreakOut(seq=broken.seq, id=broken.id, reason=broken.reason.value),
            )
        )
    kept = None
    if expected is not None:
        seq, hash_ = expected
        found = await audit_repo.row_hash_at(session, jurisdiction_id, seq) if seq else None
        kept = ExpectedHeadOut(
            jurisdiction_id=jurisdiction_id, seq=seq, hash=hash_, holds=holds(seq, hash_, found)
        )
    verified = all(c.first_broken is None for c in chains) and (kept is None or kept.holds)
    return VerificationOut(verified=verified, chains=chains, expected=kept)


async def chain_head(session: AsyncSession, jurisdiction_id: uuid.UUID | None) -> ChainHeadOut:
    seq, hash_, at = await audit_repo.chain_head(session, jurisdiction_id)
    return ChainHeadOut(jurisdiction_id=jurisdiction_id, seq=seq, hash=hash_, at=at)
