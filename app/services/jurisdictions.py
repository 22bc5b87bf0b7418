from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, Permission, allows, visible_exact, visible_roots
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.organisation import JurisdictionLevel, check_hierarchy
from app.errors import Conflict, NotFound
from app.models import Jurisdiction
from app.pagination import PageRequest, next_cursor_for
from app.repositories import jurisdictions as repo
from app.schemas.jurisdictions import JurisdictionCreate, JurisdictionOut, JurisdictionUpdate
from app.services import audit
from app.services.common import changes_of


async def create(
    session: AsyncSession, actor: Actor | None, data: JurisdictionCreate
) -> JurisdictionOut:
    try:
        ZoneInfo(data.time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            _("unknown time zone {time_zone!r}", time_zone=data.time_zone),
            (FieldError(("body", "time_zone"), _("not an IANA time zone")),),
        ) from exc
    parent = await repo.get(session, data.parent_id) if data.parent_id else None
    if data.parent_id is not None and parent is None:
        raise InvalidInput(
            _("the parent jurisdiction does not exist"),
            (FieldError(("body", "parent_id"), _("no such jurisdiction")),),
        )
    check_hierarchy(data.level, JurisdictionLevel(parent.level) if parent else None)
    if await repo.get_by_code(session, data.code) is not None:
        raise Conflict(_("A jurisdiction with code {code!r} already exists.", code=data.code))
    row = Jurisdiction(
        code=data.code,
        name=data.name,
        level=data.level.value,
        parent_id=data.parent_id,
        ancestor_ids=[*parent.ancestor_ids, parent.id] if parent else [],
        division_code=data.division_code,
        time_zone=data.time_zone,
    )
    try:
        row = await repo.add(session, row)
    except IntegrityError as exc:
        raise Conflict(_("The jurisdiction conflicts with an existing one.")) from exc
    out = JurisdictionOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="jurisdiction.create",
        entity_type="jurisdiction",
        entity_id=row.id,
        jurisdiction_id=row.id,
        after=out,
    )
    return out


async def get_visible(session: AsyncSession, actor: Actor, jid: uuid.UUID) -> JurisdictionOut:
    row = await repo.get(session, jid)
    if row is None or not allows(actor, Permission.read_jurisdiction, repo.to_ref(row)):
        raise NotFound(_("No such jurisdiction."))
    return JurisdictionOut.model_validate(row)


async def list_visible(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    parent_id: uuid.UUID | None,
    level: JurisdictionLevel | None,
) -> tuple[list[JurisdictionOut], str | None]:
    see_all, roots = visible_roots(actor, Permission.read_jurisdiction)
    clause = repo.visibility_clause(
        see_all, roots, visible_exact(actor, Permission.read_jurisdiction)
    )
    rows = await repo.list_visible(
        session, clause, page, parent_id=parent_id, level=level.value if level else None
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.code])
    return [JurisdictionOut.model_validate(r) for r in kept], cursor


async def update(
    session: AsyncSession, actor: Actor, jid: uuid.UUID, data: JurisdictionUpdate
) -> JurisdictionOut:
    row = await repo.get(session, jid)
    if row is None:
        raise NotFound(_("No such jurisdiction."))
    before = JurisdictionOut.model_validate(row)
    changes = changes_of(data, not_null=("name",))
    for field, value in changes.items():
        setattr(row, field, value)
    await session.flush()
    await session.refresh(row)
    after = JurisdictionOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="jurisdiction.update",
        entity_type="jurisdiction",
        entity_id=row.id,
        jurisdiction_id=row.id,
        before=before,
        after=after,
    )
    return after
