from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, ActorKind, Permission, allows, visible_roots
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.organisation import username_in_namespace
from app.domain.positions import PositionLevel
from app.errors import Conflict, Forbidden, InvalidGrant, NotFound
from app.models import User
from app.pagination import PageRequest, next_cursor_for
from app.repositories import feed_tokens as feed_tokens_repo
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import users as repo
from app.repositories.common import add_unique
from app.schemas.users import (
    CredentialsReplaced,
    PasswordChange,
    PasswordSetup,
    PasswordSetupToken,
    UserCreate,
    UserCreated,
    UserCreateWithPassword,
    UserOut,
    UserUpdate,
)
from app.security import (
    NO_PASSWORD,
    hash_password_async,
    hash_password_setup_token,
    new_password_setup_token,
)
from app.services import audit, rulebooks
from app.services import auth as auth_service
from app.services.common import changes_of, jurisdiction_ref


async def _require(
    session: AsyncSession, actor: Actor, jid: uuid.UUID | None, permission: Permission
) -> None:
    """Accounts are managed by their jurisdiction's office; accounts of none, by admins only."""
    if actor.is_platform_admin:
        return
    ref = await jurisdiction_ref(session, jid) if jid else None
    if ref is None or not allows(actor, Permission.read_jurisdiction, ref):
        raise NotFound(_("No such jurisdiction."))
    if not allows(actor, permission, ref):
        raise Forbidden(_("Only the office director or deputy of that jurisdiction may do this."))


async def _insert(
    session: AsyncSession, actor: Actor | None, data: UserCreate, **credentials: Any
) -> User:
    row = await add_unique(
        session,
        User(
            username=data.username,
            display_name=data.display_name,
            jurisdiction_id=data.jurisdiction_id,
            is_platform_admin=data.is_platform_admin,
            **credentials,
        ),
        _("The username {username!r} is taken.", username=data.username),
    )
    await audit.record(
        session,
        actor,
        action="user.create",
        entity_type="user",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        after=UserOut.model_validate(row),
    )
    return row


async def create(
    session: AsyncSession, actor: Actor, data: UserCreate, now: datetime, setup_ttl: timedelta
) -> UserCreated:
    """Create an account for a person, who chooses their own password with the setup token the
    answer carries (no one else ever chooses or learns it)."""
    if data.is_platform_admin and not actor.is_platform_admin:
        raise Forbidden(_("Only a platform administrator may create another."))
    if data.jurisdiction_id is None and not actor.is_platform_admin:
        raise InvalidInput(
            _("give the jurisdiction whose office manages this account"),
            (FieldError(("body", "jurisdiction_id"), _("required")),),
        )
    await _require(session, actor, data.jurisdiction_id, Permission.manage_accounts)
    if data.jurisdiction_id is not None:
        code = await jurisdictions_repo.code_of(session, data.jurisdiction_id)
        if code is None:
            raise InvalidInput(
                _("no such jurisdiction"),
                (FieldError(("body", "jurisdiction_id"), _("no such jurisdiction")),),
            )
        if not actor.is_platform_admin and not username_in_namespace(data.username, code):
            raise InvalidInput(
                _("an office names its accounts {code}.<name>", code=code),
                (FieldError(("body", "username"), _("must begin with '{code}.'", code=code)),),
            )
    token = new_password_setup_token()
    expires_at = now + setup_ttl
    row = await _insert(
        session,
        actor,
        data,
        password_hash=NO_PASSWORD,
        password_setup_hash=hash_password_setup_token(token),
        password_setup_expires_at=expires_at,
        credentials_issued_by_admin=actor.is_platform_admin,
    )
    return UserCreated(
        **UserOut.model_validate(row).model_dump(),
        setup_token=token,
        setup_token_expires_at=expires_at,
    )


async def create_with_password(
    session: AsyncSession,
    data: UserCreateWithPassword,
    *,
    password_hash: str | None = None,
) -> UserOut:
    """Create an account as the system (the operator's ``gaiban create-admin``, demo data).
    ``password_hash``, when given, is a hash of ``data.password`` made already (by
    ``app.security.hash_password``): the demo loader hashes its one password once for all its
    accounts instead of once per account."""
    if data.jurisdiction_id and await jurisdiction_ref(session, data.jurisdiction_id) is None:
        raise InvalidInput(
            _("no such jurisdiction"),
            (FieldError(("body", "jurisdiction_id"), _("no such jurisdiction")),),
        )
    row = await _insert(
        session,
        None,
        data,
        password_hash=password_hash or await hash_password_async(data.password.get_secret_value()),
    )
    return UserOut.model_validate(row)


async def _visible_row(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> User:
    row = await repo.get(session, user_id)
    if row is None:
        raise NotFound(_("No such user."))
    if actor.is_platform_admin or row.id == actor.id:
        return row
    ref = await jurisdiction_ref(session, row.jurisdiction_id) if row.jurisdiction_id else None
    if ref is None or not allows(actor, Permission.oversee, ref):
        raise NotFound(_("No such user."))
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


async def _managed_row(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> User:
    """The account, if the caller may change it: an administrator any; an office director or
    deputy those its jurisdiction manages, administrators' excepted. Not visible: 404."""
    row = await _visible_row(session, actor, user_id)
    if not actor.is_platform_admin:
        # The account is visible (its jurisdiction's office or above, or the caller's own), so
        # a refusal from here on is 403, never 404.
        if row.jurisdiction_id is None or row.is_platform_admin:
            # Else an office director could take over an administrator's account.
            raise Forbidden(_("Only a platform administrator may change this account."))
        ref = await jurisdiction_ref(session, row.jurisdiction_id)
        assert ref is not None
        if not allows(actor, Permission.manage_accounts, ref):
            raise Forbidden(
                _("Only the office director or deputy of its jurisdiction may do this.")
            )
    return row


async def update(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, data: UserUpdate
) -> UserOut:
    row = await _managed_row(session, actor, user_id)
    before = UserOut.model_validate(row)
    changes = changes_of(data, not_null=("display_name", "is_active"))
    if changes.get("is_active") is False and row.id == actor.id:
        raise Conflict(_("You cannot disable your own account."))
    if "is_active" in changes and changes["is_active"] != row.is_active:
        # Disabling revokes every token; re-enabling does not bring the old ones back.
        row.token_generation = User.token_generation + 1
        if changes["is_active"] is False:
            await feed_tokens_repo.revoke_all_of(session, row.id)
            # Nor may a setup token handed out before set a password once it is re-enabled.
            row.password_setup_hash = None
            row.password_setup_expires_at = None
    for field, value in changes.items():
        setattr(row, field, value)
    await session.flush()
    await session.refresh(row)
    after = UserOut.model_validate(row)
    await audit.record(
        session,
        actor,
        action="user.update",
        entity_type="user",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=after,
    )
    return after


async def _record_credentials(
    session: AsyncSession,
    actor: Actor,
    action: str,
    before: UserOut,
    changed: tuple[User, int],
    *,
    setup_expires_at: datetime | None = None,
) -> None:
    """The trail's event of a password change or reset (repo.replace_credentials' outcome)."""
    account, feed_tokens_revoked = changed
    await audit.record(
        session,
        actor,
        action=action,
        entity_type="user",
        entity_id=account.id,
        jurisdiction_id=account.jurisdiction_id,
        before=before,
        after=CredentialsReplaced(
            **UserOut.model_validate(account).model_dump(),
            feed_tokens_revoked=feed_tokens_revoked,
            setup_token_expires_at=setup_expires_at,
        ),
    )


async def _posts_reset_by_administrators_only(
    session: AsyncSession, user_id: uuid.UUID, now: datetime
) -> frozenset[str]:
    """The keys of the posts the person holds or will hold whose holders only a platform
    administrator resets, judged by the default catalogue and every published version of the
    post's jurisdiction's lineage, past and future (app.domain.holdings.duties_of): a post any
    of them makes sensitive stays so, whatever version is published next. The stored level
    alone makes a leading-group post one. The versions come from the process's cache: no round
    trip per post when warm."""
    found: set[str] = set()
    for post in await repo.posts_not_ended(session, user_id):
        if post.level is PositionLevel.leading_group:
            found.add(post.role)
            continue
        duties = await rulebooks.duties_of(session, post.jurisdiction_id, post.role)
        if duties.reset_by_administrators_only:
            found.add(post.role)
    return frozenset(found)


async def reset_password(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, now: datetime, setup_ttl: timedelta
) -> PasswordSetupToken:
    """Take the account's password away and give a one-time setup token for its person: the
    resetter never holds a usable password. Every access and feed token of the account stops
    working. Accounts holding leading-group or office-leadership posts are reset only by a
    platform administrator."""
    row = await _managed_row(session, actor, user_id)
    if row.id == actor.id:
        raise Conflict(_("Change your own password with PUT /v1/me/password."))
    if not actor.is_platform_admin:
        held = await _posts_reset_by_administrators_only(session, row.id, now)
        if held:
            raise Forbidden(
                _(
                    "Only a platform administrator resets the password of an account holding a "
                    "leading-group or office-leadership post ({posts}).",
                    posts=", ".join(sorted(held)),
                )
            )
    before = UserOut.model_validate(row)
    token = new_password_setup_token()
    expires_at = now + setup_ttl
    changed = await repo.replace_credentials(
        session,
        row.id,
        password_hash=NO_PASSWORD,
        setup_hash=hash_password_setup_token(token),
        setup_expires_at=expires_at,
        issued_by_admin=actor.is_platform_admin,
    )
    assert changed is not None  # users are never deleted
    await _record_credentials(
        session, actor, "user.password_reset", before, changed, setup_expires_at=expires_at
    )
    return PasswordSetupToken(user_id=row.id, setup_token=token, setup_token_expires_at=expires_at)


async def change_own_password(
    session: AsyncSession,
    actor: Actor,
    data: PasswordChange,
    *,
    throttle_session: AsyncSession,
    address: str,
    now: datetime,
) -> None:
    """A person changes their own password, given the current one (checked under the sign-in
    throttle: app.services.auth.check_own_password). Every token they hold, the one of this
    request included, stops working."""
    if actor.kind is not ActorKind.user:
        raise Forbidden(_("A machine client has no password; rotate its secret instead."))
    row = await repo.get(session, actor.id)
    assert row is not None  # the caller's own account, found by get_actor
    await auth_service.check_own_password(
        throttle_session,
        row.username,
        row.password_hash,
        data.current_password.get_secret_value(),
        address=address,
        now=now,
    )
    new_password = data.new_password.get_secret_value()
    if new_password.lower() == row.username.lower():
        raise InvalidInput(
            _("the password must not be the username"),
            (FieldError(("body", "new_password"), _("is the username")),),
        )
    before = UserOut.model_validate(row)
    changed = await repo.replace_credentials(
        session, row.id, password_hash=await hash_password_async(new_password)
    )
    assert changed is not None
    await _record_credentials(session, actor, "user.password_change", before, changed)


_SETUP_REFUSED = _(
    "The setup token is unknown, used or expired: ask the account's office (or a platform "
    "administrator) for a new one."
)


async def set_up_password(session: AsyncSession, data: PasswordSetup, now: datetime) -> None:
    """The person chooses their password with the setup token a reset or a new account gave;
    the token is then used up."""
    token_hash = hash_password_setup_token(data.setup_token.get_secret_value())
    # Looked up before the new password is hashed: a flood of made-up tokens at this public
    # route costs a look-up each, not an argon2 hash.
    if await repo.holder_of_setup_token(session, token_hash, now) is None:
        raise InvalidGrant(_SETUP_REFUSED)
    new_password = data.new_password.get_secret_value()
    changed = await repo.replace_credentials(
        session,
        None,
        password_hash=await hash_password_async(new_password),
        where_setup_hash=token_hash,
        now=now,
    )
    if changed is None:  # used up meanwhile by a concurrent request
        raise InvalidGrant(_SETUP_REFUSED)
    account, __ = changed
    person = Actor(
        kind=ActorKind.user, id=account.id, name=account.username, display_name=account.display_name
    )
    await audit.record(
        session,
        person,
        action="user.password_setup",
        entity_type="user",
        entity_id=account.id,
        jurisdiction_id=account.jurisdiction_id,
        after=UserOut.model_validate(account),
    )
