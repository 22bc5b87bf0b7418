from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import exists, select
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


async def any_in(session: AsyncSession, jurisdiction_id: uuid.UUID) -> bool:
    statement = select(exists().where(Publication.jurisdiction_id == jurisdiction_id))
    return bool((await session.execute(statement)).scalar_one())
