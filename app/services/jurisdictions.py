from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import (
    Actor,
    JurisdictionRef,
    Permission,
    allows,
    visible_exact,
    visible_roots,
)
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.organisation import JurisdictionLevel, check_hierarchy
from app.domain.positions import Capability, PositionLevel
from app.errors import Conflict, NotFound
from app.models import Jurisdiction
from app.pagination import PageRequest, next_cursor_for
from app.repositories import jurisdictions as repo
from app.repositories import positions as positions_repo
from app.schemas.jurisdictions import (
    JurisdictionCreate,
    JurisdictionOut,
    JurisdictionUpdate,
    ParentFactsOut,
    PublicBodyOut,
    PublicContactOut,
    PublicRulebookOut,
)
from app.services import audit, rulebooks
from app.services.common import changes_of, local_today

NO_PARENT = _("This jurisdiction has no parent: none is above it.")


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


async def parent_facts(
    session: AsyncSession, jurisdiction: JurisdictionRef, now: datetime
) -> ParentFactsOut:
    """The public facts of the jurisdiction directly above this one, for whoever reads this
    one (a county's people read their city's): its name and level, the rulebook in force there
    today, the bodies it defines and who leads the office, by display name. Nothing about
    accounts (ids, usernames, e-mail), nor anything of a sibling or of the parent's other
    children."""
    if not jurisdiction.ancestor_ids:
        raise NotFound(NO_PARENT)
    row = await repo.get(session, jurisdiction.ancestor_ids[-1])
    if row is None:  # the foreign key keeps it; a race with nothing to read
        raise NotFound(NO_PARENT)
    today = local_today(row, now)
    found = await rulebooks.in_force(session, row.id, today)
    rulebook: PublicRulebookOut | None = None
    bodies: list[PublicBodyOut] = []
    contacts: list[PublicContactOut] = []
    if found is not None:
        book = found.rulebook
        rulebook = PublicRulebookOut(
            version_id=found.version_id,
            owner_jurisdiction_id=found.owner_jurisdiction_id,
            inherited=found.owner_jurisdiction_id != row.id,
            effective_from=found.effective_from or book.effective_from,
            title=str(book.raw.get("title", "")),
        )
        bodies = [
            PublicBodyOut(key=issuer.key, name=issuer.name, code=issuer.code)
            for issuer in book.issuers.values()
        ]
        leading = [
            key
            for key, post in book.positions.items()
            if post.level is PositionLevel.office
            and Capability.office_leadership in post.capabilities
        ]
        order = {key: n for n, key in enumerate(leading)}
        holders = await positions_repo.holders_on(session, [row.id], today)
        contacts = [
            PublicContactOut(
                role=holder.role,
                title=book.positions[holder.role].title_zh,
                name=holder.display_name,
            )
            for holder in sorted(
                (h for h in holders if h.role in order and h.unit_id is None),
                key=lambda h: (order[h.role], h.display_name),
            )
        ]
    return ParentFactsOut(
        id=row.id,
        code=row.code,
        name=row.name,
        level=JurisdictionLevel(row.level),
        division_code=row.division_code,
        time_zone=row.time_zone,
        as_of=today,
        rulebook=rulebook,
        bodies=bodies,
        contacts=contacts,
    )
