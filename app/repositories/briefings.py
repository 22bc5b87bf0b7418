from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, Text, column, delete, exists, func, literal, select, tuple_
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.domain.recipients import RecipientKeys
from app.models import (
    Briefing,
    BriefingIssueCounter,
    BriefingRead,
    BriefingRecipient,
    Jurisdiction,
    MemberUnit,
    ReportSubmission,
    SubmissionFile,
    SubmissionVersion,
)
from app.pagination import PageRequest, apply_keyset
from app.repositories import recipients as shared
from app.repositories.common import next_from_counter
from app.repositories.recipients import RecipientTables

TABLES = RecipientTables(BriefingRecipient, BriefingRead, "briefing_id")
ReadRow = shared.ReadRow


async def recipients(
    session: AsyncSession, jurisdiction_id: uuid.UUID, briefing_id: uuid.UUID
) -> list[BriefingRecipient]:
    return await shared.recipients(session, TABLES, jurisdiction_id, briefing_id)


async def recipients_matching(
    session: AsyncSession, briefing_ids: Collection[uuid.UUID], keys: RecipientKeys
) -> list[BriefingRecipient]:
    return await shared.recipients_matching(session, TABLES, briefing_ids, keys)


async def reads(
    session: AsyncSession, jurisdiction_id: uuid.UUID, briefing_id: uuid.UUID
) -> list[ReadRow]:
    """Every recorded first read, earliest first."""
    return await shared.reads(session, TABLES, jurisdiction_id, briefing_id)


async def record_reads(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Insert each (recipient, person) read unless one is there: the first read is kept."""
    await shared.record_reads(session, TABLES, rows)


async def first_reads_of(
    session: AsyncSession, user_id: uuid.UUID, briefing_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, datetime]:
    """The person's first read of each (as any recipient)."""
    return await shared.first_reads_of(session, TABLES, user_id, briefing_ids)


async def add(session: AsyncSession, row: Briefing) -> Briefing:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    briefing_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Briefing | None:
    """``for_update``: lock the row until the transaction ends (an edit and a send of the same
    draft never interleave)."""
    statement = select(Briefing).where(
        Briefing.jurisdiction_id == jurisdiction_id, Briefing.id == briefing_id
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def get_any(session: AsyncSession, briefing_id: uuid.UUID) -> Briefing | None:
    """A briefing wherever it is: for its recipients, who read across jurisdictions (the
    caller's recipient rows decide whether they see it)."""
    return await session.get(Briefing, briefing_id)


async def remove(session: AsyncSession, row: Briefing) -> None:
    await session.execute(
        delete(Briefing).where(
            Briefing.jurisdiction_id == row.jurisdiction_id, Briefing.id == row.id
        )
    )


async def list_briefings(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    state: str | None,
    year: int | None,
) -> list[Briefing]:
    """Newest first (by when the draft was made)."""
    statement: Select[Any] = select(Briefing).where(Briefing.jurisdiction_id == jurisdiction_id)
    if state is not None:
        statement = statement.where(Briefing.state == state)
    if year is not None:
        statement = statement.where(Briefing.issue_year == year)
    statement = apply_keyset(statement, [Briefing.created_at, Briefing.id], page, descending=True)
    return list((await session.execute(statement)).scalars())


async def next_issue_number(session: AsyncSession, jurisdiction_id: uuid.UUID, year: int) -> int:
    """The next issue number of the year: one statement that inserts the year's counter or raises
    it by one and keeps the row locked until the transaction ends, so numbers never repeat and a
    failed send leaves no gap (a sequence would)."""
    return await next_from_counter(
        session, BriefingIssueCounter.last_number, jurisdiction_id=jurisdiction_id, year=year
    )


async def add_recipients(session: AsyncSession, rows: Sequence[BriefingRecipient]) -> None:
    session.add_all(rows)
    await session.flush()


async def inbox(
    session: AsyncSession,
    keys: RecipientKeys,
    user_id: uuid.UUID,
    page: PageRequest,
    *,
    unread: bool | None,
) -> list[tuple[Briefing, str]]:
    """Sent briefings the person is a recipient of, newest sent first, with the sender's name."""
    statement = cast(
        "Select[Any]",
        select(Briefing, Jurisdiction.name)
        .join(Jurisdiction, Jurisdiction.id == Briefing.jurisdiction_id)
        .where(
            Briefing.state == "sent",
            Briefing.id.in_(
                select(BriefingRecipient.briefing_id).where(shared.matches(TABLES, keys))
            ),
        ),
    )
    if unread is not None:
        has_read = exists().where(
            BriefingRead.briefing_id == Briefing.id, BriefingRead.user_id == user_id
        )
        statement = statement.where(~has_read if unread else has_read)
    statement = apply_keyset(statement, [Briefing.sent_at, Briefing.id], page, descending=True)
    return [(row[0], row[1]) for row in (await session.execute(statement)).all()]


# --- the submissions a draft is compiled from ----------------------------------------------


class SourceRow(NamedTuple):
    submission_id: uuid.UUID
    unit_id: uuid.UUID | None
    unit_name: str | None
    latest_version: int
    # The latest version's content, when asked for (None otherwise).
    latest_content: dict[str, Any] | None = None


def _sources(*, with_content: bool) -> Select[Any]:
    """The submissions with their units' names and, ``with_content``, their latest version's
    content, in the same statement (so one snapshot: never a version newer than the count)."""
    statement = select(
        ReportSubmission.id,
        ReportSubmission.unit_id,
        MemberUnit.name,
        ReportSubmission.latest_version,
    ).outerjoin(
        MemberUnit,
        (MemberUnit.jurisdiction_id == ReportSubmission.jurisdiction_id)
        & (MemberUnit.id == ReportSubmission.unit_id),
    )
    if with_content:
        statement = statement.add_columns(SubmissionVersion.content).outerjoin(
            SubmissionVersion,
            (SubmissionVersion.jurisdiction_id == ReportSubmission.jurisdiction_id)
            & (SubmissionVersion.submission_id == ReportSubmission.id)
            & (SubmissionVersion.version == ReportSubmission.latest_version),
        )
    return cast("Select[Any]", statement)


async def sources_by_ids(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    ids: Collection[uuid.UUID],
    *,
    with_content: bool = False,
) -> dict[uuid.UUID, SourceRow]:
    if not ids:
        return {}
    result = await session.execute(
        _sources(with_content=with_content).where(
            ReportSubmission.jurisdiction_id == jurisdiction_id,
            ReportSubmission.id.in_(list(ids)),
        )
    )
    return {row[0]: SourceRow(*row) for row in result.all()}


async def sources_for_period(
    session: AsyncSession, jurisdiction_id: uuid.UUID, report_kind: str, period_start: date
) -> list[SourceRow]:
    """Every unit's submission of the kind for the period (the office's own last), by unit
    code, with its latest version's content."""
    result = await session.execute(
        _sources(with_content=True)
        .where(
            ReportSubmission.jurisdiction_id == jurisdiction_id,
            ReportSubmission.report_kind == report_kind,
            ReportSubmission.period_start == period_start,
        )
        .order_by(MemberUnit.code.nulls_last(), ReportSubmission.id)
    )
    return [SourceRow(*row) for row in result.all()]


async def active_units(session: AsyncSession, jurisdiction_id: uuid.UUID) -> list[MemberUnit]:
    result = await session.execute(
        select(MemberUnit)
        .where(MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.is_active.is_(True))
        .order_by(MemberUnit.code)
    )
    return list(result.scalars())


async def children(session: AsyncSession, jurisdiction_id: uuid.UUID) -> list[Jurisdiction]:
    result = await session.execute(
        select(Jurisdiction)
        .where(Jurisdiction.parent_id == jurisdiction_id)
        .order_by(Jurisdiction.code)
    )
    return list(result.scalars())


# --- the files of the submission versions a sent briefing's items are drawn from -------------

# (submission id, version): an item drawn from a submission names both.
VersionKey = tuple[uuid.UUID, int]


class ItemFileRow(NamedTuple):
    submission_id: uuid.UUID
    version: int
    file: SubmissionFile  # its content not loaded


def _of_versions(jurisdiction_id: uuid.UUID, versions: Collection[VersionKey]) -> Select[Any]:
    statement = (
        select(SubmissionVersion.submission_id, SubmissionVersion.version, SubmissionFile)
        .join(
            SubmissionVersion,
            (SubmissionVersion.jurisdiction_id == SubmissionFile.jurisdiction_id)
            & (SubmissionVersion.id == SubmissionFile.version_id),
        )
        .where(
            SubmissionFile.jurisdiction_id == jurisdiction_id,
            tuple_(SubmissionVersion.submission_id, SubmissionVersion.version).in_(list(versions)),
        )
    )
    return cast("Select[Any]", statement)


async def files_of_versions(
    session: AsyncSession, jurisdiction_id: uuid.UUID, versions: Collection[VersionKey]
) -> list[ItemFileRow]:
    """The files of these versions (without their bytes), in the order they were sent."""
    if not versions:
        return []
    result = await session.execute(
        _of_versions(jurisdiction_id, versions).order_by(
            SubmissionVersion.submission_id, SubmissionVersion.version, SubmissionFile.position
        )
    )
    return [ItemFileRow(*row) for row in result.all()]


async def item_file(
    session: AsyncSession, briefing_id: uuid.UUID, file_id: uuid.UUID
) -> tuple[Briefing, SubmissionFile] | None:
    """The briefing wherever it is, with one file and its bytes, if the file is one of a
    submission version an item of the briefing is drawn from (None otherwise): one
    statement, the items' (submission id, version) pairs read from the briefing's own row."""
    item = func.jsonb_array_elements(Briefing.items).table_valued(column("value", JSONB))
    drawn = (
        select(literal(1))
        .select_from(item)
        .where(
            item.c.value["submission_id"].astext == sql_cast(SubmissionVersion.submission_id, Text),
            item.c.value["submission_version"].astext == sql_cast(SubmissionVersion.version, Text),
        )
    )
    result = await session.execute(
        select(Briefing, SubmissionFile)
        .join(SubmissionFile, SubmissionFile.jurisdiction_id == Briefing.jurisdiction_id)
        .join(
            SubmissionVersion,
            (SubmissionVersion.jurisdiction_id == SubmissionFile.jurisdiction_id)
            & (SubmissionVersion.id == SubmissionFile.version_id),
        )
        .where(Briefing.id == briefing_id, SubmissionFile.id == file_id, drawn.exists())
        .options(undefer(SubmissionFile.content))
    )
    row = result.one_or_none()
    return None if row is None else (row[0], row[1])
