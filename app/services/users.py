from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, Permission, allows, visible_roots
from app.domain.errors import FieldError, InvalidInput
from app.errors import Conflict, Forbidden, NotFound
from app.models import User
from app.pagination import PageRequest, next_cursor_for
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import users as repo
from app.repositories.common import add_unique
from app.schemas.users import UserCreate, UserOut, UserUpdate
from app.security import hash_password_async
from app.services import audit
from app.services.common import changes_of, jurisdiction_ref


async def _require(
    session: AsyncSession, actor: Actor, jid: uuid.UUID | None, permission: Permission
) -> None:
    """Accounts are managed by their jurisdiction's office; accounts of none, by admins only."""
    if actor.is_platform_admin:
        return
    ref = await jurisdiction_ref(session, jid) if jid else None
    if ref is None or not allows(actor, Permission.read_jurisdiction, ref):
        raise NotFound("No such jurisdiction.")
    if not allows(actor, permission, ref):
        raise Forbidden("Only the office director or deputy of that jurisdiction may do this.")


async def create(
    session: AsyncSession,
    actor: Actor | None,
    data: UserCreate,
    *,
    password_hash: str | None = None,
) -> UserOut:
    """Create an account. ``password_hash``, when given, is a hash of ``data.password`` made
    already (by ``app.security.hash_password``): the demo loader hashes its one password once
    for all its accounts instead of once per account."""
    if actor is not None:
        if data.is_platform_admin and not actor.is_platform_admin:
            raise Forbidden("Only a platform administrator may create another.")
        if data.jurisdiction_id is None and not actor.is_platform_admin:
            raise InvalidInput(
                "give the jurisdiction whose office manages this account",
                (FieldError(("body", "jurisdiction_id"), "required"),),
            )
        await _require(session, actor, data.jurisdiction_id, Permission.manage_accounts)
    if data.jurisdiction_id and await jurisdiction_ref(session, data.jurisdiction_id) is None:
        raise InvalidInput(
            "no such jurisdiction",
            (FieldError(("body", "jurisdiction_id"), "no such jurisdiction"),),
        )
    if password_hash is None:
        password_hash = await hash_password_async(data.password.get_secret_value())
    row = await add_unique(
        session,
        User(
            username=data.username,
            display_name=data.display_name,
            password_hash=password_hash,
            jurisdiction_id=data.jurisdiction_id,
            is_platform_admin=data.is_platform_admin,
        ),
        f"The username {data.username!r} is taken.",
    )
    out = UserOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="user.create",
        entity_type="user",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        after=out,
    )
    return out


async def _visible_row(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> User:
    row = await repo.get(session, user_id)
    if row is None:
        raise NotFound("No such user.")
    if actor.is_platform_admin or row.id == actor.id:
        return row
    ref = await jurisdiction_ref(session, row.jurisdiction_id) if row.jurisdiction_id else None
    if ref is None or not allows(actor, Permission.oversee, ref):
        raise NotFound("No such user.")
    return row


async def get(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> UserOut:
    return UserOut.model_validate(await _visible_row(session, actor, user_id))


async def list_users(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    jurisdiction_id: uuid.UUID | None,
    active: bool | None,
    query: str | None,
) -> tuple[list[UserOut], str | None]:
    see_all, roots = visible_roots(actor, Permission.oversee)
    visible = None if see_all else jurisdictions_repo.visible_ids_subquery(False, roots)
    rows = await repo.list_users(
        session, visible, page, jurisdiction_id=jurisdiction_id, active=active, query=query
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.username])
    return [UserOut.model_validate(r) for r in kept], cursor


async def update(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, data: UserUpdate
) -> UserOut:
    row = await _visible_row(session, actor, user_id)
    if not actor.is_platform_admin:
        # The account is visible (its jurisdiction's office or above, or the caller's own), so
        # a refusal from here on is 403, never 404.
        if row.jurisdiction_id is None or row.is_platform_admin:
            # Else an office director could reset an administrator's password and take over.
            raise Forbidden("Only a platform administrator may change this account.")
        ref = await jurisdiction_ref(session, row.jurisdiction_id)
        assert ref is not None
        if not allows(actor, Permission.manage_accounts, ref):
            raise Forbidden("Only the office director or deputy of its jurisdiction may do this.")
    before = UserOut.model_validate(row)
    changes = changes_of(data, not_null=("display_name", "is_active", "password"))
    if "password" in changes:
        assert data.password is not None
        row.password_hash = await hash_password_async(data.password.get_secret_value())
        del changes["password"]
    if changes.get("is_active") is False and row.id == actor.id:
        raise Conflict("You cannot disable your own account.")
    for field, value in changes.items():
        setattr(row, field, value)
    await session.flush()
    await session.refresh(row)
    after = UserOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="user.password_reset"
        if data.password is not None and not changes
        else "user.update",
        entity_type="user",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=after,
    )
    return after
