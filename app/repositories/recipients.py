"""The recipient and read tables of what the office sends (briefings, documents): the same
queries over each pair of tables, named once here."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.recipients import RecipientKeys, RecipientKind
from app.models import User


@dataclass(frozen=True)
class RecipientTables:
    """A recipient table and its read table, both keyed by ``parent`` (the sent thing's id)."""

    recipient: type[Any]
    read: type[Any]
    parent: str

    @property
    def recipient_parent(self) -> Any:
        return getattr(self.recipient, self.parent)

    @property
    def read_parent(self) -> Any:
        return getattr(self.read, self.parent)


def matches(tables: RecipientTables, keys: RecipientKeys) -> Any:
    """The recipient rows a person with these keys is one of."""
    r = tables.recipient
    clauses = []
    if keys.leading_groups:
        clauses.append(
            and_(
                r.kind == RecipientKind.leading_group.value,
                r.recipient_jurisdiction_id.in_(list(keys.leading_groups)),
            )
        )
    if keys.units:
        clauses.append(
            and_(r.kind == RecipientKind.member_unit.value, r.unit_id.in_(list(keys.units)))
        )
    if keys.county_offices:
        clauses.append(
            and_(
                r.kind == RecipientKind.county_office.value,
                r.recipient_jurisdiction_id.in_(list(keys.county_offices)),
            )
        )
    return or_(*clauses) if clauses else false()


async def recipients(
    session: AsyncSession, tables: RecipientTables, jurisdiction_id: uuid.UUID, parent: uuid.UUID
) -> list[Any]:
    r = tables.recipient
    result = await session.execute(
        select(r)
        .where(r.jurisdiction_id == jurisdiction_id, tables.recipient_parent == parent)
        .order_by(r.position)
    )
    return list(result.scalars())


async def recipients_matching(
    session: AsyncSession,
    tables: RecipientTables,
    parents: Collection[uuid.UUID],
    keys: RecipientKeys,
) -> list[Any]:
    """The rows, of these sent things, a person with these keys is one of."""
    if not parents:
        return []
    result = await session.execute(
        select(tables.recipient)
        .where(tables.recipient_parent.in_(list(parents)), matches(tables, keys))
        .order_by(tables.recipient_parent, tables.recipient.position)
    )
    return list(result.scalars())


class ReadRow(NamedTuple):
    recipient_id: uuid.UUID
    user_id: uuid.UUID
    display_name: str
    first_read_at: datetime


async def reads(
    session: AsyncSession, tables: RecipientTables, jurisdiction_id: uuid.UUID, parent: uuid.UUID
) -> list[ReadRow]:
    """Every recorded first read of the sent thing, earliest first, with the readers' names."""
    read = tables.read
    result = await session.execute(
        select(read.recipient_id, read.user_id, User.display_name, read.first_read_at)
        .join(User, User.id == read.user_id)
        .where(read.jurisdiction_id == jurisdiction_id, tables.read_parent == parent)
        .order_by(read.first_read_at, read.id)
    )
    return [ReadRow(*row) for row in result.all()]


async def record_reads(
    session: AsyncSession, tables: RecipientTables, rows: Sequence[dict[str, Any]]
) -> None:
    """Insert each (recipient, person) read unless one is there: the first read is kept."""
    if rows:
        await session.execute(
            pg_insert(tables.read)
            .values(list(rows))
            .on_conflict_do_nothing(index_elements=["recipient_id", "user_id"])
        )


async def first_reads_of(
    session: AsyncSession,
    tables: RecipientTables,
    user_id: uuid.UUID,
    parents: Collection[uuid.UUID],
) -> dict[uuid.UUID, datetime]:
    """The person's first read of each of these sent things (as any recipient)."""
    if not parents:
        return {}
    read = tables.read
    result = await session.execute(
        select(tables.read_parent, func.min(read.first_read_at))
        .where(read.user_id == user_id, tables.read_parent.in_(list(parents)))
        .group_by(tables.read_parent)
    )
    return {parent: at for parent, at in result.all()}
