from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import JSON, Select, Table, func, insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.invalidation import note_written
from app.models import MemberUnit, ReportSubmission, SubmissionFile, SubmissionVersion
from app.pagination import PageRequest, apply_keyset

_VERSIONS = cast(Table, SubmissionVersion.__table__)
_FILES = cast(Table, SubmissionFile.__table__)


async def next_version(
    session: AsyncSession,
    *,
    jurisdiction_id: uuid.UUID,
    report_kind: str,
    period_kind: str,
    period_start: date,
    period_label: str,
    unit_id: uuid.UUID | None,
    now: datetime,
    today: date,
) -> ReportSubmission:
    """The head of this unit's report for the period, as it stands with the version being added
    (its ``latest_version`` is that version's number).

    One statement, atomic under concurrency: the first submission inserts the head (version 1),
    any later one raises its counter by one and locks the row until the transaction ends, so two
    resubmissions never get the same number and a failed one leaves no gap. RETURNING brings the
    whole row back: nothing to read again for the answer."""
    values = pg_insert(ReportSubmission).values(
        jurisdiction_id=jurisdiction_id,
        report_kind=report_kind,
        period_kind=period_kind,
        period_start=period_start,
        period_label=period_label,
        unit_id=unit_id,
        first_submitted_at=now,
        first_submitted_on=today,
        latest_version=1,
        latest_submitted_at=now,
    )
    statement = values.on_conflict_do_update(
        constraint="uq_report_submissions_slot",
        set_={
            "latest_version": ReportSubmission.latest_version + 1,
            "latest_submitted_at": values.excluded.latest_submitted_at,
            "updated_at": func.now(),
        },
    ).returning(ReportSubmission)
    result = await session.execute(statement, execution_options={"populate_existing": True})
    head: ReportSubmission = result.scalar_one()
    return head


class VersionWithFiles(NamedTuple):
    version: SubmissionVersion
    # The files' descriptions (SubmissionFileOut's fields, no content), by position.
    files: list[dict[str, Any]]


_FILE_DESCRIPTION = (
    SubmissionFile.id,
    SubmissionFile.field,
    SubmissionFile.part_key,
    SubmissionFile.format,
    SubmissionFile.filename,
    SubmissionFile.file_type,
    SubmissionFile.media_type,
    SubmissionFile.size_bytes,
    SubmissionFile.sha256,
)


def _versions_with_files(
    jurisdiction_id: uuid.UUID, submission_id: uuid.UUID
) -> Select[SubmissionVersion, Any]:
    """A submission's versions, oldest first, each with its files' descriptions aggregated
    into one JSON array (a join would send each version's content once per file)."""
    described = func.json_build_object(
        *(part for column in _FILE_DESCRIPTION for part in (column.key, column))
    )
    files = (
        select(func.json_agg(aggregate_order_by(described, SubmissionFile.position), type_=JSON))
        .where(
            SubmissionFile.jurisdiction_id == SubmissionVersion.jurisdiction_id,
            SubmissionFile.version_id == SubmissionVersion.id,
        )
        .scalar_subquery()
    )
    return (
        select(SubmissionVersion, files)
        .where(
            SubmissionVersion.jurisdiction_id == jurisdiction_id,
            SubmissionVersion.submission_id == submission_id,
        )
        .order_by(SubmissionVersion.version)
    )


def _with_files(rows: Iterable[Any]) -> list[VersionWithFiles]:
    return [VersionWithFiles(version, files or []) for version, files in rows]


async def versions_with_files(
    session: AsyncSession, jurisdiction_id: uuid.UUID, submission_id: uuid.UUID
) -> list[VersionWithFiles]:
    """Every version of a submission with its files' descriptions, in one statement."""
    result = await session.execute(_versions_with_files(jurisdiction_id, submission_id))
    return _with_files(result.all())


_VERSION_COLUMNS = frozenset(
    attribute.key for attribute in sa_inspect(SubmissionVersion).column_attrs
)


async def add_version(
    session: AsyncSession, version: SubmissionVersion, files: Sequence[dict[str, object]]
) -> list[VersionWithFiles]:
    """Insert ``version`` (a row not added to the session, its id set) and its ``files`` in one
    statement, which answers with the submission's earlier versions and their files (a
    statement's snapshot holds none of the rows it inserts; ``version <`` says so anyway).

    The head row was locked by ``next_version`` in this transaction: every earlier version is
    committed and seen here, and no later one can be added before this transaction ends."""
    values = {
        key: value for key, value in sa_inspect(version).dict.items() if key in _VERSION_COLUMNS
    }
    writes = [insert(_VERSIONS).values(values).cte("new_version")]
    if files:
        writes.append(insert(_FILES).values(list(files)).cte("new_files"))
    statement = (
        _versions_with_files(version.jurisdiction_id, version.submission_id)
        .where(SubmissionVersion.version < version.version)
        .add_cte(*writes)
    )
    result = await session.execute(statement)
    note_written(session, "submission_versions", "submission_files")
    return _with_files(result.all())


class HeadRow(NamedTuple):
    head: ReportSubmission
    unit_name: str | None


def _heads() -> Select[ReportSubmission, str]:
    return select(ReportSubmission, MemberUnit.name).outerjoin(
        MemberUnit,
        (MemberUnit.jurisdiction_id == ReportSubmission.jurisdiction_id)
        & (MemberUnit.id == ReportSubmission.unit_id),
    )


async def get(
    session: AsyncSession, jurisdiction_id: uuid.UUID, submission_id: uuid.UUID
) -> HeadRow | None:
    row = (
        await session.execute(
            _heads().where(
                ReportSubmission.jurisdiction_id == jurisdiction_id,
                ReportSubmission.id == submission_id,
            )
        )
    ).one_or_none()
    return HeadRow(*row) if row is not None else None


async def list_heads(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    report_kind: str | None,
    period_start: date | None,
    unit_id: uuid.UUID | None,
    only_units: Collection[uuid.UUID] | None,
    changed_since: datetime | None = None,
) -> list[HeadRow]:
    """Newest period first, then by unit. ``only_units``: restrict to these units (a unit's own
    people), never the office's own reports."""
    statement = cast(
        "Select[Any]", _heads().where(ReportSubmission.jurisdiction_id == jurisdiction_id)
    )
    if report_kind is not None:
        statement = statement.where(ReportSubmission.report_kind == report_kind)
    if period_start is not None:
        statement = statement.where(ReportSubmission.period_start == period_start)
    if unit_id is not None:
        statement = statement.where(ReportSubmission.unit_id == unit_id)
    if only_units is not None:
        statement = statement.where(ReportSubmission.unit_id.in_(list(only_units)))
    if changed_since is not None:
        statement = statement.where(ReportSubmission.updated_at >= changed_since)
    statement = apply_keyset(
        statement,
        [ReportSubmission.period_start, ReportSubmission.id],
        page,
        descending=True,
    )
    return [HeadRow(*row) for row in (await session.execute(statement)).all()]


async def file_with_content(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    submission_id: uuid.UUID,
    version: int,
    file_id: uuid.UUID,
) -> SubmissionFile | None:
    result = await session.execute(
        select(SubmissionFile)
        .join(
            SubmissionVersion,
            (SubmissionVersion.jurisdiction_id == SubmissionFile.jurisdiction_id)
            & (SubmissionVersion.id == SubmissionFile.version_id),
        )
        .where(
            SubmissionFile.jurisdiction_id == jurisdiction_id,
            SubmissionFile.id == file_id,
            SubmissionVersion.submission_id == submission_id,
            SubmissionVersion.version == version,
        )
        .options(undefer(SubmissionFile.content))
    )
    return result.scalar_one_or_none()


async def _driver_connection(session: AsyncSession) -> Any:
    """The asyncpg connection under the session's, in its transaction: for reads of tens of
    thousands of rows where SQLAlchemy's row processing would cost more than the query."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return raw.driver_connection


async def submitted_cells(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    report_kind: str,
    period_starts: Collection[date],
) -> list[tuple[str | None, str]]:
    """Per unit that submitted in the periods (None: the office), its heads packed in one text:
    "<period start> <first submitted on> <head id> <versions>" joined by spaces, ISO dates (they
    compare as the dates do). What the compliance matrix needs from one scan of the slot index,
    in a tenth of the rows and with no per-row conversion in Python."""
    if not period_starts:
        return []
    driver = await _driver_connection(session)
    rows: list[tuple[str | None, str]] = await driver.fetch(
        "SELECT unit_id::text, string_agg(concat_ws(' ', period_start, first_submitted_on, id, "
        "latest_version), ' ') FROM report_submissions "
        "WHERE jurisdiction_id = $1 AND report_kind = $2 AND period_start = ANY($3::date[]) "
        "GROUP BY unit_id",
        jurisdiction_id,
        report_kind,
        list(period_starts),
    )
    return rows  # asyncpg's records unpack like these tuples


async def units_for_matrix(
    session: AsyncSession, jurisdiction_id: uuid.UUID, with_submissions: Collection[str]
) -> list[tuple[str, str, str]]:
    """(id as text, code, name) of the active units, and of inactive ones among
    ``with_submissions``, by code."""
    driver = await _driver_connection(session)
    rows = await driver.fetch(
        "SELECT id::text, code, name FROM member_units WHERE jurisdiction_id = $1 "
        "AND (is_active OR id::text = ANY($2::text[])) ORDER BY code",
        jurisdiction_id,
        list(with_submissions),
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def submitted_cells_in(
    session: AsyncSession,
    jurisdiction_ids: Collection[uuid.UUID],
    report_kind: str,
    period_starts: Collection[date],
) -> list[tuple[uuid.UUID, str | None, str]]:
    """submitted_cells for several jurisdictions in one statement: (jurisdiction id, unit id,
    packed heads) — the periods the union of theirs (each keeps its own)."""
    if not period_starts or not jurisdiction_ids:
        return []
    driver = await _driver_connection(session)
    rows: list[tuple[uuid.UUID, str | None, str]] = await driver.fetch(
        "SELECT jurisdiction_id, unit_id::text, string_agg(concat_ws(' ', period_start, "
        "first_submitted_on, id, latest_version), ' ') FROM report_submissions "
        "WHERE jurisdiction_id = ANY($1::uuid[]) AND report_kind = $2 "
        "AND period_start = ANY($3::date[]) GROUP BY jurisdiction_id, unit_id",
        list(jurisdiction_ids),
        report_kind,
        list(period_starts),
    )
    return rows


async def units_for_matrices(
    session: AsyncSession,
    jurisdiction_ids: Collection[uuid.UUID],
    with_submissions: Collection[str],
) -> dict[uuid.UUID, list[tuple[str, str, str]]]:
    """units_for_matrix for several jurisdictions in one statement, by jurisdiction."""
    found: dict[uuid.UUID, list[tuple[str, str, str]]] = {jid: [] for jid in jurisdiction_ids}
    if not jurisdiction_ids:
        return found
    driver = await _driver_connection(session)
    rows = await driver.fetch(
        "SELECT jurisdiction_id, id::text, code, name FROM member_units "
        "WHERE jurisdiction_id = ANY($1::uuid[]) "
        "AND (is_active OR id::text = ANY($2::text[])) ORDER BY code",
        list(jurisdiction_ids),
        list(with_submissions),
    )
    for row in rows:
        found[row[0]].append((row[1], row[2], row[3]))
    return found


async def compliance_fingerprint(
    session: AsyncSession,
    lineage_ids: Collection[uuid.UUID],
    jurisdiction_ids: Collection[uuid.UUID],
    report_kind: str,
    first: date,
    last: date,
) -> str:
    """What the compliance matrices of ``jurisdiction_ids`` are built from, in one cheap
    statement: the versions of the jurisdictions and their ancestors (``lineage_ids``: a row
    moves with its rulebook versions, name and time zone, and a rulebook may be inherited), the
    count and newest version of their member units, and the count, versions and latest change
    of their submission heads of the kind in the range. Any change to what the matrices read
    changes it (a delete lowers a count; an insert or update carries a newer transaction id or
    time)."""
    driver = await _driver_connection(session)
    row = await driver.fetchrow(
        "SELECT (SELECT string_agg(id::text || ':' || row_version::text, ',' ORDER BY id) "
        "FROM jurisdictions WHERE id = ANY($1::uuid[])), "
        "(SELECT count(*)::text || ':' || coalesce(max(row_version), 0)::text "
        "FROM member_units WHERE jurisdiction_id = ANY($2::uuid[])), "
        "(SELECT count(*)::text || ':' || coalesce(sum(latest_version), 0)::text || ':' || "
        "coalesce(max(updated_at)::text, '') FROM report_submissions "
        "WHERE jurisdiction_id = ANY($2::uuid[]) AND report_kind = $3 "
        "AND period_start BETWEEN $4 AND $5)",
        list(lineage_ids),
        list(jurisdiction_ids),
        report_kind,
        first,
        last,
    )
    return "|".join(str(value) for value in row)


class LatestVersion(NamedTuple):
    head: ReportSubmission
    version: SubmissionVersion
    unit_name: str | None


async def latest_versions_in(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    report_kinds: Collection[str],
    first: date,
    last: date,
) -> list[LatestVersion]:
    """The latest version of every submission of these kinds whose period starts in
    [first, last], by unit code (the office's own last), then period and kind."""
    statement = (
        select(ReportSubmission, SubmissionVersion, MemberUnit.name)
        .join(
            SubmissionVersion,
            (SubmissionVersion.jurisdiction_id == ReportSubmission.jurisdiction_id)
            & (SubmissionVersion.submission_id == ReportSubmission.id)
            & (SubmissionVersion.version == ReportSubmission.latest_version),
        )
        .outerjoin(
            MemberUnit,
            (MemberUnit.jurisdiction_id == ReportSubmission.jurisdiction_id)
            & (MemberUnit.id == ReportSubmission.unit_id),
        )
        .where(
            ReportSubmission.jurisdiction_id == jurisdiction_id,
            ReportSubmission.report_kind.in_(list(report_kinds)),
            ReportSubmission.period_start >= first,
            ReportSubmission.period_start <= last,
        )
        .order_by(
            MemberUnit.code.asc().nulls_last(),
            ReportSubmission.period_start,
            ReportSubmission.report_kind,
        )
    )
    return [LatestVersion(*row) for row in (await session.execute(statement)).all()]


async def any_in(session: AsyncSession, jurisdiction_id: uuid.UUID) -> bool:
    found = await session.execute(
        select(ReportSubmission.id)
        .where(ReportSubmission.jurisdiction_id == jurisdiction_id)
        .limit(1)
    )
    return found.first() is not None
