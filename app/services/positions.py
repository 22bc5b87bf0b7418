from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, allows, permission_to_assign
from app.domain.organisation import (
    POSTS_RESET_BY_ADMINISTRATORS_ONLY,
    PositionRole,
    Tenure,
    check_position_unit,
)
from app.domain.positions import DEFAULT_POSITIONS
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

# Until assignment reads the rulebook's own definitions: who signs in the default catalogue.
DEFAULT_SIGNING_KEYS = ("leader", "deputy_leader", "office_director", "office_deputy_director")


async def _require_assign(
    session: AsyncSession, actor: Actor | None, jid: uuid.UUID, role: PositionRole
) -> None:
    if actor is None:
        return  # the system (CLI, demo loader)
    permission = permission_to_assign(DEFAULT_POSITIONS[role], DEFAULT_SIGNING_KEYS)
    ref = await jurisdiction_ref(session, jid)
    if ref is None or not allows(actor, permission, ref):
        raise Forbidden(
            f"Only this jurisdiction's office director or deputy may assign or change a {role}."
        )


async def _check_holders(
    session: AsyncSession,
    jid: uuid.UUID,
    role: PositionRole,
    unit_id: uuid.UUID | None,
    user_id: uuid.UUID,
    tenure: Tenure,
    *,
    position_id: uuid.UUID | None = None,
) -> None:
    """The rulebook in force on the tenure's first day may limit how many hold ``role`` at once
    (per member unit for unit roles): C-ORG-1 one leader, CO-ORG-1 one liaison officer."""
    found = await rulebooks.in_force(session, jid, tenure.valid_from)
    rule = found.rulebook.positions.get(role) if found else None
    if rule is None:
        return
    limit = rule.max_holders_per_unit if unit_id is not None else rule.max_holders
    if limit is None:
        return
    await repo.lock_role(session, jid, role.value, unit_id)
    others = await repo.other_holders_tenures(
        session,
        jid,
        role.value,
        unit_id,
        tenure,
        user_id=user_id,
        exclude_position_id=position_id,
    )
    decision = check_holders(rule, tenure, others, per_unit=unit_id is not None)
    if not decision.allowed:
        raise Conflict(
            f"The rulebook allows {decision.reason} ({decision.rule}).",
            rule=decision.rule,
            source=decision.source,
        )


async def create(
    session: AsyncSession, actor: Actor | None, jid: uuid.UUID, data: PositionCreate
) -> PositionOut:
    await _require_assign(session, actor, jid, data.role)
    tenure = Tenure(data.valid_from, data.valid_to)
    check_position_unit(data.role, DEFAULT_POSITIONS[data.role].level, data.unit_id is not None)
    account = await require_account_here(session, jid, data.user_id, ("body", "user_id"))
    if (
        data.role in POSTS_RESET_BY_ADMINISTRATORS_ONLY
        and actor is not None
        and not account.credentials_issued_by_admin
    ):
        # Whoever held the setup token an office issued could have chosen the password (or
        # still can): the office could then act as the leader appointed, whoever appoints.
        raise Forbidden(
            f"This account's password was set up with a token an office issued: before it holds "
            f"a {data.role} post, a platform administrator resets it "
            f"(POST /v1/users/{data.user_id}/password-reset), so that only its person knows "
            "the password."
        )
    if data.unit_id is not None:
        await require_units_here(session, jid, [(("body", "unit_id"), data.unit_id)])
    await _check_holders(session, jid, data.role, data.unit_id, data.user_id, tenure)
    row = await repo.add(
        session,
        Position(
            jurisdiction_id=jid,
            user_id=data.user_id,
            role=data.role.value,
            level=DEFAULT_POSITIONS[data.role].level.value,
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
        raise NotFound("No such position in this jurisdiction.")
    note_resource_version(row.row_version)
    return PositionOut.model_validate(row)


async def list_positions(
    session: AsyncSession,
    jid: uuid.UUID,
    page: PageRequest,
    *,
    role: PositionRole | None,
    unit_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
    in_force_on: date | None,
) -> tuple[list[PositionOut], str | None]:
    rows = await repo.list_positions(
        session,
        jid,
        page,
        role=role.value if role else None,
        unit_id=unit_id,
        user_id=user_id,
        in_force_on=in_force_on,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.created_at, r.id])
    return [PositionOut.model_validate(r) for r in kept], cursor


async def update(
    session: AsyncSession,
    actor: Actor,
    jid: uuid.UUID,
    position_id: uuid.UUID,
    data: PositionUpdate,
) -> PositionOut:
    row = await repo.get(session, jid, position_id)
    if row is None:
        raise NotFound("No such position in this jurisdiction.")
    await _require_assign(session, actor, jid, PositionRole(row.role))
    before = PositionOut.model_validate(row)
    changes = changes_of(data, not_null=("valid_from",))
    tenure = Tenure(
        changes.get("valid_from", row.valid_from), changes.get("valid_to", row.valid_to)
    )
    if tenure != Tenure(row.valid_from, row.valid_to):
        await _check_holders(
            session,
            jid,
            PositionRole(row.role),
            row.unit_id,
            row.user_id,
            tenure,
            position_id=row.id,
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
