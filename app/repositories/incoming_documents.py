from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import IncomingDocument, IncomingDocumentEvent, Jurisdiction, MemberUnit
from app.pagination import PageRequest, apply_keyset
from app.repositories.common import reached_through


class DocumentRow(NamedTuple):
    document: IncomingDocument
    unit_name: str | None
    sender_jurisdiction_name: str | None


_Sender = aliased(Jurisdiction, name="sender_jurisdiction")


def _documents() -> Select[IncomingDocument, str, str]:
    return (
        select(IncomingDocument, MemberUnit.name, _Sender.name)
        .outerjoin(
            MemberUnit,
            (MemberUnit.jurisdiction_id == IncomingDocument.jurisdiction_id)
            & (MemberUnit.id == IncomingDocument.sender_unit_id),
        )
        .outerjoin(_Sender, _Sender.id == IncomingDocument.sender_jurisdiction_id)
    )


async def get(
    session: AsyncSession,
    path_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    document_id: uuid.UUID,
) -> DocumentRow | None:
    """The document reached through ``path_id``: received there, or sent by its office to the
    leading group of ``parent_id``."""
    row = (
        await session.execute(
            _documents().where(
                IncomingDocument.id == document_id,
                reached_through(IncomingDocument, path_id, parent_id),
            )
        )
    ).one_or_none()
    return DocumentRow(*row) if row is not None else None


async def lock(
    session: AsyncSession, jurisdiction_id: uuid.UUID, document_id: uuid.UUID
) -> IncomingDocument | None:
    """The document received by ``jurisdiction_id``, locked until the transaction ends, re-read
    (so that two hand-overs at once are taken one after the other)."""
    result = await session.execute(
        select(IncomingDocument)
        .where(
            IncomingDocument.jurisdiction_id == jurisdiction_id,
            IncomingDocument.id == document_id,
        )
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()


class Filters(NamedTuple):
    state: str | None = None
    purpose: str | None = None
    is_major: bool | None = None
    unit_id: uuid.UUID | None = None


async def list_documents(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    filters: Filters,
    *,
    sender_jurisdiction_id: uuid.UUID | None = None,
    only_units: Collection[uuid.UUID] | None = None,
) -> list[DocumentRow]:
    """Received by ``jurisdiction_id``, newest first. ``sender_jurisdiction_id``: only those that
    county sent; ``only_units``: only those these units sent."""
    statement = cast(
        "Select[Any]", _documents().where(IncomingDocument.jurisdiction_id == jurisdiction_id)
    )
    if sender_jurisdiction_id is not None:
        statement = statement.where(
            IncomingDocument.sender_jurisdiction_id == sender_jurisdiction_id
        )
    if only_units is not None:
        statement = statement.where(IncomingDocument.sender_unit_id.in_(list(only_units)))
    if filters.state is not None:
        statement = statement.where(IncomingDocument.state == filters.state)
    if filters.purpose is not None:
        statement = statement.where(IncomingDocument.purpose == filters.purpose)
    if filters.is_major is not None:
        statement = statement.where(IncomingDocument.is_major.is_(filters.is_major))
    if filters.unit_id is not None:
        statement = statement.where(IncomingDocument.sender_unit_id == filters.unit_id)
    statement = apply_keyset(
        statement, [IncomingDocument.submitted_at, IncomingDocument.id], page, descending=True
    )
    return [DocumentRow(*row) for row in (await session.execute(statement)).all()]


async def add(session: AsyncSession, row: IncomingDocument) -> None:
    session.add(row)
    await session.flush()


async def add_event(session: AsyncSession, row: IncomingDocumentEvent) -> None:
    session.add(row)
    await session.flush()


async def events(
    session: AsyncSession, jurisdiction_id: uuid.UUID, document_id: uuid.UUID
) -> list[IncomingDocumentEvent]:
    result = await session.execute(
        select(IncomingDocumentEvent)
        .where(
            IncomingDocumentEvent.jurisdiction_id == jurisdiction_id,
            IncomingDocumentEvent.document_id == document_id,
        )
        .order_by(IncomingDocumentEvent.position)
    )
    return list(result.scalars())
