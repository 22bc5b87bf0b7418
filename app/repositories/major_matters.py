from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import Jurisdiction, MajorMatter, MajorMatterEvent, MemberUnit
from app.pagination import PageRequest, apply_keyset
from app.repositories.common import reached_through


class MatterRow(NamedTuple):
    matter: MajorMatter
    unit_name: str | None
    sender_jurisdiction_name: str | None


_Sender = aliased(Jurisdiction, name="sender_jurisdiction")


def _matters() -> Select[MajorMatter, str, str]:
    return (
        select(MajorMatter, MemberUnit.name, _Sender.name)
        .outerjoin(
            MemberUnit,
            (MemberUnit.jurisdiction_id == MajorMatter.jurisdiction_id)
            & (MemberUnit.id == MajorMatter.sender_unit_id),
        )
        .outerjoin(_Sender, _Sender.id == MajorMatter.sender_jurisdiction_id)
    )


async def get(
    session: AsyncSession, path_id: uuid.UUID, parent_id: uuid.UUID | None, matter_id: uuid.UUID
) -> MatterRow | None:
    row = (
        await session.execute(
            _matters().where(
                MajorMatter.id == matter_id, reached_through(MajorMatter, path_id, parent_id)
            )
        )
    ).one_or_none()
    return MatterRow(*row) if row is not None else None


async def lock(
    session: AsyncSession, jurisdiction_id: uuid.UUID, matter_ids: Collection[uuid.UUID]
) -> list[MajorMatter]:
    """The matters received by ``jurisdiction_id`` among ``matter_ids``, locked until the
    transaction ends (in id order, so that two consolidations never deadlock), re-read."""
    result = await session.execute(
        select(MajorMatter)
        .where(
            MajorMatter.jurisdiction_id == jurisdiction_id,
            MajorMatter.id.in_(list(matter_ids)),
        )
        .order_by(MajorMatter.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return list(result.scalars())


class Filters(NamedTuple):
    state: str | None = None
    urgency: str | None = None
    consolidation_id: uuid.UUID | None = None


async def list_matters(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    filters: Filters,
    *,
    sender_jurisdiction_id: uuid.UUID | None = None,
    only_units: Collection[uuid.UUID] | None = None,
) -> list[MatterRow]:
    """Newest first. ``sender_jurisdiction_id``: only those that county sent; ``only_units``:
    only those these units sent."""
    statement = cast(
        "Select[Any]", _matters().where(MajorMatter.jurisdiction_id == jurisdiction_id)
    )
    if sender_jurisdiction_id is not None:
        statement = statement.where(MajorMatter.sender_jurisdiction_id == sender_jurisdiction_id)
    if only_units is not None:
        statement = statement.where(MajorMatter.sender_unit_id.in_(list(only_units)))
    if filters.state is not None:
        statement = statement.where(MajorMatter.state == filters.state)
    if filters.urgency is not None:
        statement = statement.where(MajorMatter.urgency == filters.urgency)
    if filters.consolidation_id is not None:
        statement = statement.where(MajorMatter.consolidation_id == filters.consolidation_id)
    statement = apply_keyset(
        statement, [MajorMatter.submitted_at, MajorMatter.id], page, descending=True
    )
    return [MatterRow(*row) for row in (await session.execute(statement)).all()]


async def add(session: AsyncSession, row: MajorMatter) -> MajorMatter:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def add_events(session: AsyncSession, rows: Sequence[MajorMatterEvent]) -> None:
    session.add_all(rows)
    await session.flush()


async def events(
    session: AsyncSession, jurisdiction_id: uuid.UUID, matter_id: uuid.UUID
) -> list[MajorMatterEvent]:
    result = await session.execute(
        select(MajorMatterEvent)
        .where(
            MajorMatterEvent.jurisdiction_id == jurisdiction_id,
            MajorMatterEvent.matter_id == matter_id,
        )
        .order_by(MajorMatterEvent.position)
    )
    return list(result.scalars())
