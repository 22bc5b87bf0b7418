from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.models import Publication, PublicationFile
from app.pagination import PageRequest, apply_keyset

PUBLISHED = "published"


async def add(
    session: AsyncSession, row: Publication, files: Sequence[PublicationFile] = ()
) -> Publication:
    session.add(row)
    await session.flush()
    for position, file in enumerate(files, start=1):
        file.jurisdiction_id = row.jurisdiction_id
        file.publication_id = row.id
        file.position = position
        session.add(file)
    if files:
        await session.flush()
    return row


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    publication_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Publication | None:
    statement = select(Publication).where(
        Publication.jurisdiction_id == jurisdiction_id, Publication.id == publication_id
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def list_publications(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    only_published: bool,
    kind: str | None = None,
) -> list[Publication]:
    """Newest first."""
    statement = select(Publication).where(Publication.jurisdiction_id == jurisdiction_id)
    if only_published:
        statement = statement.where(Publication.state == PUBLISHED)
    if kind is not None:
        statement = statement.where(Publication.kind == kind)
    statement = apply_keyset(
        statement, [Publication.published_at, Publication.id], page, descending=True
    )
    return list((await session.execute(statement)).scalars())


async def files_of(
    session: AsyncSession, jurisdiction_id: uuid.UUID, publication_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[PublicationFile]]:
    """The files of each item (without their bytes), in their order: one statement."""
    found: dict[uuid.UUID, list[PublicationFile]] = {pid: [] for pid in publication_ids}
    if not publication_ids:
        return found
    rows = await session.execute(
        select(PublicationFile)
        .where(
            PublicationFile.jurisdiction_id == jurisdiction_id,
            PublicationFile.publication_id.in_(publication_ids),
        )
        .order_by(PublicationFile.publication_id, PublicationFile.position)
    )
    for file in rows.scalars():
        found[file.publication_id].append(file)
    return found


async def file(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    publication_id: uuid.UUID,
    file_id: uuid.UUID,
) -> PublicationFile | None:
    return (
        await session.execute(
            select(PublicationFile)
            .options(undefer(PublicationFile.content))
            .where(
                PublicationFile.jurisdiction_id == jurisdiction_id,
                PublicationFile.publication_id == publication_id,
                PublicationFile.id == file_id,
            )
        )
    ).scalar_one_or_none()
