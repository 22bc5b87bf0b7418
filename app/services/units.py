from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor
from app.domain.messages import _
from app.domain.organisation import UnitKind
from app.errors import Conflict, NotFound
from app.models import MemberUnit
from app.pagination import PageRequest, next_cursor_for
from app.repositories import units as repo
from app.request_context import note_resource_version
from app.schemas.units import UnitCreate, UnitOut, UnitUpdate
from app.services import audit
from app.services.common import changes_of


async def create(
    session: AsyncSession, actor: Actor | None, jid: uuid.UUID, data: UnitCreate
) -> UnitOut:
    row = MemberUnit(jurisdiction_id=jid, code=data.code, name=data.name, kind=data.kind.value)
    try:
        async with session.begin_nested():
            row = await repo.add(session, row)
    except IntegrityError as exc:
        raise Conflict(
            _(
                "This jurisdiction already has a unit with code {code!r} or name {name!r}.",
                code=data.code,
                name=data.name,
            )
        ) from exc
    out = UnitOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="unit.create",
        entity_type="unit",
        entity_id=row.id,
        jurisdiction_id=jid,
        after=out,
    )
    return out


async def get(session: AsyncSession, jid: uuid.UUID, unit_id: uuid.UUID) -> UnitOut:
    row = await repo.get(session, jid, unit_id)
    if row is None:
        raise NotFound(_("No such member unit in this jurisdiction."))
    note_resource_version(row.row_version)
    return UnitOut.model_validate(row)


async def list_units(
    session: AsyncSession,
    jid: uuid.UUID,
    page: PageRequest,
    *,
    kind: UnitKind | None,
    active: bool | None,
) -> tuple[list[UnitOut], str | None]:
    rows = await repo.list_units(
        session, jid, page, kind=kind.value if kind else None, active=active
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.code])
    return [UnitOut.model_validate(r) for r in kept], cursor


async def update(
    session: AsyncSession, actor: Actor, jid: uuid.UUID, unit_id: uuid.UUID, data: UnitUpdate
) -> UnitOut:
    row = await repo.get(session, jid, unit_id)
    if row is None:
        raise NotFound(_("No such member unit in this jurisdiction."))
    before = UnitOut.model_validate(row)
    for field, value in changes_of(data, not_null=("name", "kind", "is_active")).items():
        setattr(row, field, value.value if isinstance(value, UnitKind) else value)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise Conflict(_("Another unit of this jurisdiction already has that name.")) from exc
    await session.refresh(row)
    after = UnitOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="unit.update",
        entity_type="unit",
        entity_id=row.id,
        jurisdiction_id=jid,
        before=before,
        after=after,
    )
    return after
