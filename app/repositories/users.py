from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.domain.access import Actor, ActorKind, Grant
from app.domain.positions import DEFAULT_POSITIONS, PositionLevel, definition_from_entry
from app.models import FeedToken, Jurisdiction, Position, RulebookVersion, User
from app.pagination import PageRequest, apply_keyset


async def get(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def get_by_username(session: AsyncSession, username: str) -> User | None:
    result = await session.execute(select(User).where(User.username == username))
    return result.scalar_one_or_none()


def _today_in(zone_column: InstrumentedAttribute[str]) -> ColumnElement[Any]:
    """Today's date in a jurisdiction's own time zone, computed by PostgreSQL."""
    return func.date(func.timezone(zone_column, func.now()))


def rulebook_definition_in_force(
    jurisdiction: type[Jurisdiction] | Any, role: Any, day: ColumnElement[Any]
) -> Any:
    """A lateral subquery: the rulebook version in force on ``day`` in ``jurisdiction``'s
    lineage (its own latest by then, else the nearest ancestor's, as
    app.domain.rulebook.version_in_force), with its definition of ``role`` (null when it does
    not define it) and its schema version. No row: no rulebook is in force there yet."""
    lineage = func.array_append(jurisdiction.ancestor_ids, jurisdiction.id)
    return (
        select(
            RulebookVersion.document["positions"][role].label("definition"),
            RulebookVersion.document["schema_version"].astext.label("schema_version"),
        )
        .where(
            RulebookVersion.jurisdiction_id == func.any(lineage),
            RulebookVersion.effective_from <= day,
        )
        .order_by(
            func.array_position(lineage, RulebookVersion.jurisdiction_id).desc(),
            RulebookVersion.effective_from.desc(),
        )
        .limit(1)
        .lateral("book")
    )


def grant_from_row(
    jurisdiction_id: uuid.UUID,
    role: str,
    unit_id: uuid.UUID | None,
    level: str,
    definition: Any,
    schema_version: str | None,
) -> Grant:
    """The grant of a post, given what the rulebook in force says of its key (no rulebook in
    force, or one of schema version 1: the default catalogue)."""
    # JSON's 1 and 1.0 are the same version (the parser takes either).
    if schema_version is None or float(schema_version) == 1:
        found = DEFAULT_POSITIONS.get(role)
    else:
        found = definition_from_entry(role, definition) if definition is not None else None
    if found is not None and found.level.value != level:
        found = None  # a key's level never changes; should it, the stored level governs
    return Grant.of(jurisdiction_id, found, unit_id, role=role, level=PositionLevel(level))


async def load_actor(session: AsyncSession, user_id: uuid.UUID) -> Actor | None:
    """The active user with the positions in force today (in each jurisdiction's zone) and
    what the rulebook in force today says of each, in one statement: the user joined to its
    positions (one row, with nulls, when it holds none)."""
    today = _today_in(Jurisdiction.time_zone)
    book = rulebook_definition_in_force(Jurisdiction, Position.role, today)
    held = (
        select(
            Position.user_id,
            Position.jurisdiction_id,
            Position.role,
            Position.unit_id,
            Position.level,
            book.c.definition,
            book.c.schema_version,
        )
        .join(Jurisdiction, Jurisdiction.id == Position.jurisdiction_id)
        .outerjoin(book, literal_column("true"))
        .where(
            Position.user_id == user_id,
            Position.valid_from <= today,
            (Position.valid_to.is_(None)) | (Position.valid_to >= today),
        )
        .subquery()
    )
    rows = (
        await session.execute(
            select(
                User.username,
                User.display_name,
                User.is_active,
                User.is_platform_admin,
                User.jurisdiction_id,
                User.token_generation,
                held.c.jurisdiction_id.label("grant_jurisdiction_id"),
                held.c.role,
                held.c.unit_id,
                held.c.level,
                held.c.definition,
                held.c.schema_version,
            )
            .outerjoin(held, held.c.user_id == User.id)
            .where(User.id == user_id)
        )
    ).all()
    if not rows or not rows[0].is_active:
        return None
    user = rows[0]
    return Actor(
        kind=ActorKind.user,
        id=user_id,
        name=user.username,
        display_name=user.display_name,
        is_platform_admin=user.is_platform_admin,
        grants=frozenset(
            grant_from_row(
                row.grant_jurisdiction_id,
                row.role,
                row.unit_id,
                row.level,
                row.definition,
                row.schema_version,
            )
            for row in rows
            if row.role is not None
        ),
        home_jurisdiction_id=user.jurisdiction_id,
        token_generation=user.token_generation,
    )


async def list_users(
    session: AsyncSession,
    visible_jurisdictions: Select[Any] | None,
    page: PageRequest,
    *,
    jurisdiction_id: uuid.UUID | None,
    active: bool | None,
    query: str | None,
) -> list[User]:
    statement = select(User)
    if visible_jurisdictions is not None:
        statement = statement.where(User.jurisdiction_id.in_(visible_jurisdictions))
    if jurisdiction_id is not None:
        statement = statement.where(User.jurisdiction_id == jurisdiction_id)
    if active is not None:
        statement = statement.where(User.is_active.is_(active))
    if query:
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(
            User.username.ilike(pattern, escape="\\")
            | User.display_name.ilike(pattern, escape="\\")
        )
    statement = apply_keyset(statement, [User.username], page)
    return list((await session.execute(statement)).scalars())


async def add(session: AsyncSession, row: User) -> User:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def count_platform_admins(session: AsyncSession) -> int:
    result = await session.execute(
        select(func.count(literal_column("*"))).select_from(User).where(User.is_platform_admin)
    )
    return int(result.scalar_one())


class PostHeld(NamedTuple):
    jurisdiction_id: uuid.UUID
    role: str
    level: PositionLevel


async def posts_not_ended(session: AsyncSession, user_id: uuid.UUID) -> list[PostHeld]:
    """Every post the person holds or will hold, in any jurisdiction, with its key and level
    (one per jurisdiction, key and level; a post that ended yesterday in some zone still
    counts: erring towards the stricter answer)."""
    rows = await session.execute(
        select(Position.jurisdiction_id, Position.role, Position.level)
        .distinct()
        .where(
            Position.user_id == user_id,
            (Position.valid_to.is_(None)) | (Position.valid_to >= func.current_date() - 1),
        )
    )
    return [PostHeld(row.jurisdiction_id, row.role, PositionLevel(row.level)) for row in rows]


async def holder_of_setup_token(
    session: AsyncSession, token_hash: str, now: datetime
) -> uuid.UUID | None:
    """The active account whose unexpired setup token has this hash."""
    return (
        await session.execute(
            select(User.id).where(
                User.password_setup_hash == token_hash,
                User.password_setup_expires_at > now,
                User.is_active,
            )
        )
    ).scalar_one_or_none()


async def replace_credentials(
    session: AsyncSession,
    user_id: uuid.UUID | None,
    *,
    password_hash: str,
    setup_hash: str | None = None,
    setup_expires_at: datetime | None = None,
    is_active: bool | None = None,
    issued_by_admin: bool | None = None,
    where_setup_hash: str | None = None,
    now: datetime | None = None,
) -> tuple[User, int] | None:
    """Give the account a new password hash (or none: ``NO_PASSWORD``) and setup token, revoke
    every access token (a new token generation) and feed token it has, in one statement;
    answer the account as changed and how many feed tokens were revoked.

    With ``user_id`` None, the account is the one whose unexpired setup token has the hash
    ``where_setup_hash`` (at ``now``), and nothing is changed when there is none: the token is
    used up."""
    if user_id is not None:
        condition = User.id == user_id
    else:
        assert where_setup_hash is not None
        assert now is not None
        condition = and_(
            User.password_setup_hash == where_setup_hash,
            User.password_setup_expires_at > now,
            User.is_active,
        )
    target = select(User.id).where(condition).scalar_subquery()
    revoked = (
        update(FeedToken)
        .where(FeedToken.user_id == target, FeedToken.revoked_at.is_(None))
        .values(revoked_at=func.now())
        .returning(FeedToken.id)
        .cte("revoked")
    )
    values: dict[str, Any] = {
        "password_hash": password_hash,
        "password_setup_hash": setup_hash,
        "password_setup_expires_at": setup_expires_at,
        "token_generation": User.token_generation + 1,
    }
    if is_active is not None:
        values["is_active"] = is_active
    if issued_by_admin is not None:
        values["credentials_issued_by_admin"] = issued_by_admin
    statement = (
        update(User)
        .where(condition)
        .values(values)
        .returning(
            User,
            select(func.count(literal_column("*"))).select_from(revoked).scalar_subquery(),
        )
        .execution_options(synchronize_session=False)
    )
    row = (await session.execute(statement)).one_or_none()
    if row is None:
        return None
    return row[0], int(row[1])
