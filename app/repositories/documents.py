from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, and_, delete, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.domain.recipients import RecipientKeys, RecipientKind
from app.models import (
    Document,
    DocumentAttachment,
    DocumentNumberCounter,
    DocumentRead,
    DocumentRecipient,
    Jurisdiction,
)
from app.pagination import PageRequest, apply_keyset
from app.repositories import recipients as shared
from app.repositories.common import next_from_counter
from app.repositories.recipients import RecipientTables

TABLES = RecipientTables(DocumentRecipient, DocumentRead, "document_id")
ReadRow = shared.ReadRow


async def recipients(
    session: AsyncSession, jurisdiction_id: uuid.UUID, document_id: uuid.UUID
) -> list[DocumentRecipient]:
    return await shared.recipients(session, TABLES, jurisdiction_id, document_id)


async def recipients_matching(
    session: AsyncSession, document_ids: Collection[uuid.UUID], keys: RecipientKeys
) -> list[DocumentRecipient]:
    return await shared.recipients_matching(session, TABLES, document_ids, keys)


async def reads(
    session: AsyncSession, jurisdiction_id: uuid.UUID, document_id: uuid.UUID
) -> list[ReadRow]:
    """Every recorded first read, earliest first."""
    return await shared.reads(session, TABLES, jurisdiction_id, document_id)


async def record_reads(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Insert each (recipient, person) read unless one is there: the first read is kept."""
    await shared.record_reads(session, TABLES, rows)


async def first_reads_of(
    session: AsyncSession, user_id: uuid.UUID, document_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, datetime]:
    """The person's first read of each (as any recipient)."""
    return await shared.first_reads_of(session, TABLES, user_id, document_ids)


async def add(session: AsyncSession, row: Document) -> Document:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    document_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Document | None:
    statement = select(Document).where(
        Document.jurisdiction_id == jurisdiction_id, Document.id == document_id
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def latest_signed(session: AsyncSession, jurisdiction_id: uuid.UUID) -> Document | None:
    """The jurisdiction's most recently signed (issued, not void) document."""
    return (
        await session.execute(
            select(Document)
            .where(Document.jurisdiction_id == jurisdiction_id, Document.state == "signed")
            .order_by(Document.signed_at.desc(), Document.id.desc())
            .limit(1)
        )
    ).scalar_one_or_none()


async def get_any(session: AsyncSession, document_id: uuid.UUID) -> Document | None:
    return await session.get(Document, document_id)


async def attachment_of_any(
    session: AsyncSession, document_id: uuid.UUID, attachment_id: uuid.UUID
) -> tuple[Document, DocumentAttachment] | None:
    """An attachment with its bytes and its document, in whatever jurisdiction: one statement,
    for a recipient's download through /v1/me (the tenant key is the document's own)."""
    found = (
        await session.execute(
            select(Document, DocumentAttachment)
            .join(
                DocumentAttachment,
                and_(
                    DocumentAttachment.jurisdiction_id == Document.jurisdiction_id,
                    DocumentAttachment.document_id == Document.id,
                ),
            )
            .where(Document.id == document_id, DocumentAttachment.id == attachment_id)
            .options(undefer(DocumentAttachment.content))
        )
    ).one_or_none()
    return (found[0], found[1]) if found is not None else None


async def remove(session: AsyncSession, row: Document) -> None:
    await session.delete(row)
    await session.flush()


async def next_sequence(
    session: AsyncSession, jurisdiction_id: uuid.UUID, issuer_code: str, year: int
) -> int:
    """The next sequence of the issuer's year: one statement that inserts the year's counter or
    raises it by one, and keeps the row locked until the transaction ends. A signing that fails
    later rolls the counter back with it, so numbers have no gaps; concurrent signings wait for
    each other on the row, so none repeats (a sequence would leave gaps)."""
    return await next_from_counter(
        session,
        DocumentNumberCounter.last_sequence,
        jurisdiction_id=jurisdiction_id,
        issuer_code=issuer_code,
        year=year,
    )


class RecipientFilter(NamedTuple):
    kind: RecipientKind
    id: uuid.UUID | None


async def list_documents(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    issuer: str | None,
    year: int | None,
    states: Collection[str] | None,
    recipient: RecipientFilter | None,
    number: tuple[str, int, int] | None,
    text: str | None,
    only_for: RecipientKeys | None,
    changed_since: datetime | None = None,
) -> list[Document]:
    """Newest first. ``only_for``: only documents with a recipient these keys are one of."""
    statement = select(Document).where(Document.jurisdiction_id == jurisdiction_id)
    if issuer is not None:
        statement = statement.where(Document.issuer == issuer)
    if year is not None:
        statement = statement.where(Document.number_year == year)
    if states is not None:
        statement = statement.where(Document.state.in_(list(states)))
    if number is not None:
        code, number_year, sequence = number
        statement = statement.where(
            Document.issuer_code == code,
            Document.number_year == number_year,
            Document.number_sequence == sequence,
        )
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(Document.title.ilike(f"%{escaped}%", escape="\\"))
    if recipient is not None:
        clause = DocumentRecipient.kind == recipient.kind.value
        if recipient.kind is RecipientKind.member_unit:
            clause = and_(clause, DocumentRecipient.unit_id == recipient.id)
        elif recipient.kind is RecipientKind.county_office:
            clause = and_(clause, DocumentRecipient.recipient_jurisdiction_id == recipient.id)
        statement = statement.where(
            exists().where(DocumentRecipient.document_id == Document.id, clause)
        )
    if only_for is not None:
        statement = statement.where(
            exists().where(
                DocumentRecipient.document_id == Document.id, shared.matches(TABLES, only_for)
            )
        )
    if changed_since is not None:
        statement = statement.where(Document.updated_at >= changed_since)
    statement = apply_keyset(statement, [Document.created_at, Document.id], page, descending=True)
    return list((await session.execute(statement)).scalars())


# --- recipients and reads ---------------------------------------------------------------------


async def replace_recipients(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    document_id: uuid.UUID,
    rows: Sequence[DocumentRecipient],
) -> None:
    await session.execute(
        delete(DocumentRecipient).where(
            DocumentRecipient.jurisdiction_id == jurisdiction_id,
            DocumentRecipient.document_id == document_id,
        )
    )
    await add_recipients(session, rows)


async def add_recipients(session: AsyncSession, rows: Sequence[DocumentRecipient]) -> None:
    """The recipients of a document that has none yet (a new draft): no delete before."""
    session.add_all(rows)
    await session.flush()


async def inbox(
    session: AsyncSession,
    keys: RecipientKeys,
    user_id: uuid.UUID,
    page: PageRequest,
    *,
    unread: bool | None,
) -> list[tuple[Document, str]]:
    """Issued documents (signed or void) the person is a recipient of, newest signed first,
    with the issuing jurisdiction's name."""
    statement = cast(
        "Select[Any]",
        select(Document, Jurisdiction.name)
        .join(Jurisdiction, Jurisdiction.id == Document.jurisdiction_id)
        .where(
            Document.state != "draft",
            Document.id.in_(
                select(DocumentRecipient.document_id).where(shared.matches(TABLES, keys))
            ),
        ),
    )
    if unread is not None:
        has_read = exists().where(
            DocumentRead.document_id == Document.id, DocumentRead.user_id == user_id
        )
        statement = statement.where(~has_read if unread else has_read)
    statement = apply_keyset(statement, [Document.signed_at, Document.id], page, descending=True)
    return [(row[0], row[1]) for row in (await session.execute(statement)).all()]


# --- attachments ------------------------------------------------------------------------------


async def attachments(
    session: AsyncSession, jurisdiction_id: uuid.UUID, document_id: uuid.UUID
) -> list[DocumentAttachment]:
    """The document's attachments in order, without their content."""
    result = await session.execute(
        select(DocumentAttachment)
        .where(
            DocumentAttachment.jurisdiction_id == jurisdiction_id,
            DocumentAttachment.document_id == document_id,
        )
        .order_by(DocumentAttachment.position)
    )
    return list(result.scalars())


async def attachment(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    document_id: uuid.UUID,
    attachment_id: uuid.UUID,
    *,
    with_content: bool = False,
) -> DocumentAttachment | None:
    statement = select(DocumentAttachment).where(
        DocumentAttachment.jurisdiction_id == jurisdiction_id,
        DocumentAttachment.document_id == document_id,
        DocumentAttachment.id == attachment_id,
    )
    if with_content:
        statement = statement.options(undefer(DocumentAttachment.content))
    return (await session.execute(statement)).scalar_one_or_none()


async def next_attachment_position(
    session: AsyncSession, jurisdiction_id: uuid.UUID, document_id: uuid.UUID
) -> int:
    result = await session.execute(
        select(func.coalesce(func.max(DocumentAttachment.position), 0) + 1).where(
            DocumentAttachment.jurisdiction_id == jurisdiction_id,
            DocumentAttachment.document_id == document_id,
        )
    )
    position: int = result.scalar_one()
    return position


async def add_attachment(session: AsyncSession, row: DocumentAttachment) -> None:
    session.add(row)
    await session.flush()


async def remove_attachment(session: AsyncSession, row: DocumentAttachment) -> None:
    await session.delete(row)
    await session.flush()
