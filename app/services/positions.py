from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, allows, permission_to_assign
from app.domain.holdings import Duties, Terms, VersionSpan, check_tenure, terms_on
from app.domain.messages import _
from app.domain.organisation import Tenure, check_position_unit
from app.domain.positions import PositionDefinition, PositionLevel
from app.domain.rulebook import check_holders
from app.errors import Conflict, Forbidden, NotFound
from app.models import Position
from app.pagination import PageRequest, next_cursor_for
from app.repositories import positions as repo
from app.request_context import note_resource_version
from app.schemas.positions import PositionCreate, PositionOut, PositionUpdate
from app.services import audit, rulebooks
from app.services.common import (
    changes_of,
    jurisdiction_ref,
    require_account_here,
    require_units_here,
)


async def _terms(
    session: AsyncSession, jid: uuid.UUID, role: str, first_day: date
) -> tuple[Terms, list[VersionSpan]]:
    """The terms of a tenure starting on ``first_day`` (the rulebook in force that day in the
    jurisdiction's lineage, or the default catalogue before any) and the versions in force from
    then on (from the process's cache when warm: no statement)."""
    spans = await rulebooks.spans_from(session, jid, first_day)
    return terms_on(role, first_day, spans), spans


async def _require_assign(
    session: AsyncSession, actor: Actor | None, jid: uuid.UUID, duties: Duties, key: str
) -> None:
    """A sensitive post (one any version gives capabilities or governance acts; an undefined
    key counts as one) is assigned only by those who manage accounts."""
    if actor is None:
        return  # the system (CLI, demo loader)
    permission = permission_to_assign(duties.sensitive)
    ref = await jurisdiction_ref(session, jid)
    if ref is None or not allows(actor, permission, ref):
        raise Forbidden(
            _(
                "A {key} post confers powers: only those who manage this "
                "jurisdiction's accounts (its office director or a deputy director, in "
                "the default catalogue) assign or change it.",
                key=key,
            )
        )


async def _check_holders(
    session: AsyncSession,
    jid: uuid.UUID,
    definition: PositionDefinition,
    unit_id: uuid.UUID | None,
    user_id: uuid.UUID,
    tenure: Tenure,
    *,
    position_id: uuid.UUID | None = None,
) -> None:
    """The rulebook in force on the tenure's first day may limit how many hold the position at
    once, in the whole jurisdiction (``max_holders``, C-ORG-1 one leader) or in one member unit
    (``max_holders_per_unit``, CO-ORG-1 one liaison officer)."""
    total = definition.max_holders is not None
    per_unit = definition.max_holders_per_unit is not None and unit_id is not None
    if not (total or per_unit):
        return
    # A total limit counts every unit's holders: one lock and one read for all of them.
    scope = None if total else unit_id
    await repo.lock_role(session, jid, definition.key, scope)
    others = await repo.other_holders_tenures(
        session,
        jid,
        definition.key,
        scope,
        tenure,
        user_id=user_id,
        exclude_position_id=position_id,
    )
    for counted, applies in ((False, total), (True, per_unit)):
        if not applies:
            continue
        tenures = [t for unit, t in others if not counted or unit == unit_id]
        decision = check_holders(definition, tenure, tenures, per_unit=counted)
        if not decision.allowed:
            raise Conflict(
                _(
                    "The rulebook allows {reason} ({rule}).",
                    reason=decision.reason,
                    rule=decision.rule,
                ),
                rule=decision.rule,
                source=decision.source,
            )


async def create(
    session: AsyncSession, actor: Actor | None, jid: uuid.UUID, data: PositionCreate
) -> PositionOut:
    terms, spans = await _terms(session, jid, data.role, data.valid_from)
    duties = await rulebooks.duties_of(session, jid, data.role)
    await _require_assign(session, actor, jid, duties, data.role)
    tenure = Tenure(data.valid_from, data.valid_to)
    definition = check_tenure(terms, tenure, spans)
    check_position_unit(data.role, definition.level, data.unit_id is not None)
    account = await require_account_here(session, jid, data.user_id, ("body", "user_id"))
    if (
        duties.reset_by_administrators_only
        and actor is not None
        and not account.credentials_issued_by_admin
    ):
        # Whoever held the setup token an office issued could have chosen the password (or
        # still can): the office could then act as the leader appointed, whoever appoints.
        raise Forbidden(
            _(
                "This account's password was set up with a token an office issued: "
                "before it holds a {role} post, a platform administrator resets it "
                "(POST /v1/users/{user_id}/password-reset), so that only its person "
                "knows the password.",
                role=data.role,
                user_id=data.user_id,
            )
        )
    if data.unit_id is not None:
        await require_units_here(session, jid, [(("body", "unit_id"), data.unit_id)])
    await _check_holders(session, jid, definition, data.unit_id, data.user_id, tenure)
    row = await repo.add(
        session,
        Position(
            jurisdiction_id=jid,
            user_id=data.user_id,
            role=data.role,
            level=definition.level.value,
            unit_id=data.unit_id,
            title=data.title,
            valid_from=data.valid_from,
            valid_to=data.valid_to,
        ),
    )
    out = PositionOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="position.create",
        entity_type="position",
        entity_id=row.id,
        jurisdiction_id=jid,
        after=out,
    )
    return out


async def get(session: AsyncSession, jid: uuid.UUID, position_id: uuid.UUID) -> PositionOut:
    row = await repo.get(session, jid, position_id)
    if row is None:
        raise NotFound(_("No such position in this jurisdiction."))
    note_resource_version(row.row_version)
    return PositionOut.model_validate(row)


async def list_positions(
    session: AsyncSession,
    jid: uuid.UUID,
    page: PageRequest,
    *,
    role: str | None,
    unit_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
    in_force_on: date | None,
) -> tuple[list[PositionOut], str | None]:
    rows = await repo.list_positions(
        session,
        jid,
        page,
        role=role,
        unit_id=unit_id,
        user_id=user_id,
        in_force_on=in_force_on,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.created_at, r.id])
    return [PositionOut.model_validate(r) for r in kept], cursor


def _within(inner: Tenure, outer: Tenure) -> bool:
    return outer.valid_from <= inner.valid_from and (
        outer.valid_to is None or (inner.valid_to is not None and inner.valid_to <= outer.valid_to)
    )


async def update(
    session: AsyncSession,
    actor: Actor,
    jid: uuid.UUID,
    position_id: uuid.UUID,
    data: PositionUpdate,
) -> PositionOut:
    row = await repo.get(session, jid, position_id)
    if row is None:
        raise NotFound(_("No such position in this jurisdiction."))
    terms, spans = await _terms(session, jid, row.role, row.valid_from)
    await _require_assign(
        session, actor, jid, await rulebooks.duties_of(session, jid, row.role), row.role
    )
    before = PositionOut.model_validate(row)
    changes = changes_of(data, not_null=("valid_from",))
    tenure = Tenure(
        changes.get("valid_from", row.valid_from), changes.get("valid_to", row.valid_to)
    )
    held = Tenure(row.valid_from, row.valid_to)
    # A tenure only shortened (a post ended) adds no day to judge: always allowed, so that a
    # post the rulebook no longer fits can be ended.
    if not _within(tenure, held):
        if tenure.valid_from != held.valid_from:
            # Judged by the rulebook of its new first day, whose terms may be stricter.
            terms, spans = await _terms(session, jid, row.role, tenure.valid_from)
        definition = check_tenure(
            terms,
            tenure,
            spans,
            held_level=PositionLevel(row.level),
            key_path=("body", "valid_from"),
        )
        await _check_holders(
            session, jid, definition, row.unit_id, row.user_id, tenure, position_id=row.id
        )
    for field, value in changes.items():
        setattr(row, field, value)
    await session.flush()
    await session.refresh(row)
    after = PositionOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="position.update",
        entity_type="position",
        entity_id=row.id,
        jurisdiction_id=jid,
        before=before,
        after=after,
    )
    return after
