"""Assessments (C-ASM-1): the assessment rows, the scores and appeals, and the evidence read from
the other records: what the scorecards are computed from (the subjects — the jurisdiction's
member units and the jurisdictions directly below it —, every measure's records, the scores with
their files and the appeals) in one statement (:func:`assessed`), never one per subject or per
measure."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, TypeAdapter
from sqlalchemy import JSON, and_, exists, func, select, text
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.models import Assessment, AssessmentAppeal, AssessmentScore, AssessmentScoreFile

# A timestamp read from JSON (written in the session's time zone), in UTC as the driver gives it.
UtcDateTime = Annotated[datetime, AfterValidator(lambda moment: moment.astimezone(UTC))]


async def get(
    session: AsyncSession, jid: uuid.UUID, year: int, *, for_update: bool = False
) -> Assessment | None:
    statement = select(Assessment).where(Assessment.jurisdiction_id == jid, Assessment.year == year)
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def add(session: AsyncSession, row: Any) -> None:
    session.add(row)
    await session.flush()


@dataclass(frozen=True)
class SubjectRow:
    id: uuid.UUID
    kind: str  # 'unit' | 'county'
    name: str
    code: str
    time_zone: str | None  # a county's own


_SUBJECTS = text(
    """
    SELECT id, 'unit' AS kind, name, code, NULL AS time_zone FROM member_units
     WHERE jurisdiction_id = :jid AND is_active
    UNION ALL
    SELECT id, 'county' AS kind, name, code, time_zone FROM jurisdictions WHERE parent_id = :jid
    ORDER BY kind DESC, code
    """
)


async def subjects(session: AsyncSession, jid: uuid.UUID) -> list[SubjectRow]:
    """The active member units (有关部门) and the jurisdictions directly below (县市（园区）)."""
    rows = await session.execute(_SUBJECTS, {"jid": jid})
    return [SubjectRow(r.id, r.kind, r.name, r.code, r.time_zone) for r in rows]


async def county_offices_below(
    session: AsyncSession, jid: uuid.UUID, candidates: Collection[uuid.UUID]
) -> set[uuid.UUID]:
    """Of ``candidates`` (jurisdictions where the caller holds an office post), those directly
    below ``jid``."""
    if not candidates:
        return set()
    rows = await session.execute(
        text("SELECT id FROM jurisdictions WHERE parent_id = :jid AND id = ANY(:ids)"),
        {"jid": jid, "ids": list(candidates)},
    )
    return {r.id for r in rows}


# --- the evidence --------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskRecord:
    jurisdiction_id: uuid.UUID
    unit_id: uuid.UUID | None  # its lead unit
    id: uuid.UUID
    code: str
    title: str
    created_on: date
    deadline: date
    completed_on: date | None
    cancelled_on: date | None


@dataclass(frozen=True)
class NoticeRecord:
    jurisdiction_id: uuid.UUID
    unit_id: uuid.UUID | None
    id: uuid.UUID
    code: str  # its task's
    text: str
    reply_due_on: date
    replied_on: date | None


@dataclass(frozen=True)
class FindingRecord:
    unit_id: uuid.UUID | None
    county_id: uuid.UUID | None
    id: uuid.UUID
    title: str  # its inspection's
    problem: str
    due_on: date
    rectified_on: date | None


@dataclass(frozen=True)
class InvitationRecord:
    jurisdiction_id: uuid.UUID
    unit_id: uuid.UUID
    id: uuid.UUID  # the meeting's
    title: str
    starts_at: UtcDateTime
    attendance: str | None


@dataclass(frozen=True)
class Records:
    """The records of each measure asked for (empty for a measure not asked for), each list in
    the order its drill-down shows."""

    tasks: list[TaskRecord]
    notices: list[NoticeRecord]
    findings: list[FindingRecord]
    invitations: list[InvitationRecord]


_TASK_RECORDS = TypeAdapter(list[TaskRecord])
_NOTICE_RECORDS = TypeAdapter(list[NoticeRecord])
_FINDING_RECORDS = TypeAdapter(list[FindingRecord])
_INVITATION_RECORDS = TypeAdapter(list[InvitationRecord])


def _parsed(adapter: TypeAdapter[list[Any]], value: Any) -> list[Any]:
    """A JSON array column, decoded by the driver or not."""
    if isinstance(value, str | bytes):
        return adapter.validate_json(value)
    return adapter.validate_python(value)


@dataclass(frozen=True)
class EvidenceSpan:
    """What to read: the records dated in [start, end] (invitations: of meetings starting in
    [low, high)), of the measures wanted."""

    start: date
    end: date
    low: datetime
    high: datetime
    tasks: bool
    notices: bool
    findings: bool
    invitations: bool


# --- scores, files and appeals -------------------------------------------------------------


@dataclass(frozen=True)
class _FileRecord:
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    score_id: uuid.UUID
    position: int
    filename: str
    file_type: str
    media_type: str
    size_bytes: int
    sha256: str
    created_at: UtcDateTime


@dataclass(frozen=True)
class _ScoreRecord:
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    assessment_id: uuid.UUID
    subject_id: uuid.UUID
    indicator_key: str
    score: Decimal
    reason: str
    entered_by: uuid.UUID
    entered_by_name: str
    entered_at: UtcDateTime
    files: list[_FileRecord]


@dataclass(frozen=True)
class _AppealRecord:
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    assessment_id: uuid.UUID
    subject_id: uuid.UUID
    subject_kind: str
    indicator_key: str
    reason: str
    appealed_by: uuid.UUID
    appealed_by_name: str
    appealed_at: UtcDateTime
    outcome: str | None
    decision_reason: str | None
    decided_by: uuid.UUID | None
    decided_by_name: str | None
    decided_at: UtcDateTime | None


_SCORE_RECORDS = TypeAdapter(list[_ScoreRecord])
_APPEAL_RECORDS = TypeAdapter(list[_AppealRecord])


def _columns(record: Any) -> dict[str, Any]:
    """A parsed record's columns, to build the model's row outside the session (a score's
    files are rows of their own)."""
    return {f.name: getattr(record, f.name) for f in fields(record) if f.name != "files"}


@dataclass(frozen=True)
class Stored:
    """An assessment's entered scores, their files and its appeals, as :func:`assessed` reads
    them: rows outside the session (to read, never to change)."""

    scores: list[AssessmentScore]
    files: dict[uuid.UUID, list[AssessmentScoreFile]]  # by score, in order
    appeals: list[AssessmentAppeal]


async def score(
    session: AsyncSession, jid: uuid.UUID, assessment_id: uuid.UUID, subject: uuid.UUID, key: str
) -> AssessmentScore | None:
    result = await session.execute(
        select(AssessmentScore).where(
            AssessmentScore.jurisdiction_id == jid,
            AssessmentScore.assessment_id == assessment_id,
            AssessmentScore.subject_id == subject,
            AssessmentScore.indicator_key == key,
        )
    )
    return result.scalar_one_or_none()


@dataclass(frozen=True)
class ScoreEntry:
    """What entering one subject's score of one indicator depends on."""

    upheld: bool  # an appeal against it was upheld
    score: AssessmentScore | None  # the score entered already (in the session)
    files: list[AssessmentScoreFile]  # its files' descriptions (outside the session)


_FILE_DESCRIPTION = (
    AssessmentScoreFile.id,
    AssessmentScoreFile.jurisdiction_id,
    AssessmentScoreFile.score_id,
    AssessmentScoreFile.position,
    AssessmentScoreFile.filename,
    AssessmentScoreFile.file_type,
    AssessmentScoreFile.media_type,
    AssessmentScoreFile.size_bytes,
    AssessmentScoreFile.sha256,
    AssessmentScoreFile.created_at,
)
_FILE_RECORDS = TypeAdapter(list[_FileRecord])


async def score_entry(
    session: AsyncSession, jid: uuid.UUID, assessment_id: uuid.UUID, subject: uuid.UUID, key: str
) -> ScoreEntry:
    """In one statement: whether an appeal against the item was upheld, and the score entered
    with its files' descriptions (aggregated: a join would repeat the score per file)."""
    upheld = (
        exists()
        .where(
            AssessmentAppeal.jurisdiction_id == jid,
            AssessmentAppeal.assessment_id == assessment_id,
            AssessmentAppeal.subject_id == subject,
            AssessmentAppeal.indicator_key == key,
            AssessmentAppeal.outcome == "upheld",
        )
        .label("upheld")
    )
    described = func.json_build_object(
        *(part for column in _FILE_DESCRIPTION for part in (column.key, column))
    )
    files = (
        select(
            func.json_agg(aggregate_order_by(described, AssessmentScoreFile.position), type_=JSON)
        )
        .where(
            AssessmentScoreFile.jurisdiction_id == AssessmentScore.jurisdiction_id,
            AssessmentScoreFile.score_id == AssessmentScore.id,
        )
        .scalar_subquery()
    )
    entry = select(upheld).subquery("entry")
    statement = (
        select(entry.c.upheld, AssessmentScore, files)
        .select_from(entry)
        .outerjoin(
            AssessmentScore,
            and_(
                AssessmentScore.jurisdiction_id == jid,
                AssessmentScore.assessment_id == assessment_id,
                AssessmentScore.subject_id == subject,
                AssessmentScore.indicator_key == key,
            ),
        )
    )
    found_upheld, stored, described_files = (await session.execute(statement)).one()
    return ScoreEntry(
        bool(found_upheld),
        stored,
        [AssessmentScoreFile(**_columns(f)) for f in _parsed(_FILE_RECORDS, described_files or [])],
    )


async def appeals(
    session: AsyncSession, jid: uuid.UUID, assessment_id: uuid.UUID
) -> list[AssessmentAppeal]:
    statement = select(AssessmentAppeal).where(
        AssessmentAppeal.jurisdiction_id == jid, AssessmentAppeal.assessment_id == assessment_id
    )
    result = await session.execute(
        statement.order_by(AssessmentAppeal.appealed_at, AssessmentAppeal.id)
    )
    return list(result.scalars())


async def appeal(
    session: AsyncSession, jid: uuid.UUID, assessment_id: uuid.UUID, appeal_id: uuid.UUID
) -> AssessmentAppeal | None:
    result = await session.execute(
        select(AssessmentAppeal)
        .where(
            AssessmentAppeal.jurisdiction_id == jid,
            AssessmentAppeal.assessment_id == assessment_id,
            AssessmentAppeal.id == appeal_id,
        )
        .with_for_update()
    )
    return result.scalar_one_or_none()


async def files_of(
    session: AsyncSession, jid: uuid.UUID, score_ids: Collection[uuid.UUID]
) -> list[AssessmentScoreFile]:
    """The files' descriptions (their content is deferred)."""
    if not score_ids:
        return []
    result = await session.execute(
        select(AssessmentScoreFile)
        .where(
            AssessmentScoreFile.jurisdiction_id == jid,
            AssessmentScoreFile.score_id.in_(list(score_ids)),
        )
        .order_by(AssessmentScoreFile.score_id, AssessmentScoreFile.position)
    )
    return list(result.scalars())


async def file(
    session: AsyncSession, jid: uuid.UUID, score_id: uuid.UUID, file_id: uuid.UUID
) -> AssessmentScoreFile | None:
    result = await session.execute(
        select(AssessmentScoreFile)
        .options(undefer(AssessmentScoreFile.content))
        .where(
            AssessmentScoreFile.jurisdiction_id == jid,
            AssessmentScoreFile.score_id == score_id,
            AssessmentScoreFile.id == file_id,
        )
    )
    return result.scalar_one_or_none()


# --- all of it at once ---------------------------------------------------------------------

# What a scorecard is computed from, in one statement, each part a JSON array column: the
# subjects (as _SUBJECTS); each measure's records, read only when wanted (want_…), of this
# jurisdiction and the counties for tasks, notices and invitations; the findings for a member
# unit here, or recorded by the office here for a county below (kept with its inspection, here);
# the invitations of a unit's head (主要负责同志, or the head of a unit the agenda concerns) to
# the meetings held in the span; the scores with their files' descriptions (never their
# content), and the appeals oldest first.
_ASSESSED = text(
    """
    WITH assessed AS (
      SELECT CAST(:jid AS uuid) AS id
      UNION ALL
      SELECT id FROM jurisdictions WHERE parent_id = :jid
    )
    SELECT
      (SELECT coalesce(json_agg(r ORDER BY r.kind DESC, r.code), '[]')
         FROM (SELECT id, 'unit' AS kind, name, code, NULL::text AS time_zone
                 FROM member_units
                WHERE jurisdiction_id = :jid AND is_active
               UNION ALL
               SELECT id, 'county' AS kind, name, code, time_zone
                 FROM jurisdictions
                WHERE parent_id = :jid) AS r) AS subjects,
      (SELECT coalesce(json_agg(r ORDER BY r.deadline, r.code), '[]')
         FROM (SELECT jurisdiction_id, lead_unit_id AS unit_id, id, code, title, created_on,
                      deadline, completed_on, cancelled_on
                 FROM tasks
                WHERE :want_tasks AND jurisdiction_id IN (SELECT id FROM assessed)
                  AND deadline BETWEEN :start AND :end) AS r) AS tasks,
      (SELECT coalesce(json_agg(r ORDER BY r.reply_due_on, r.id), '[]')
         FROM (SELECT n.jurisdiction_id, n.unit_id, n.id, t.code, n.text, n.reply_due_on,
                      n.replied_on
                 FROM supervision_notices AS n
                 JOIN tasks AS t ON t.jurisdiction_id = n.jurisdiction_id AND t.id = n.task_id
                WHERE :want_notices AND n.jurisdiction_id IN (SELECT id FROM assessed)
                  AND n.reply_due_on BETWEEN :start AND :end) AS r) AS notices,
      (SELECT coalesce(json_agg(r ORDER BY r.due_on, r.id), '[]')
         FROM (SELECT f.unit_id, f.county_id, f.id, i.title, f.problem, f.due_on, f.rectified_on
                 FROM inspection_findings AS f
                 JOIN inspections AS i
                   ON i.jurisdiction_id = f.jurisdiction_id AND i.id = f.inspection_id
                WHERE :want_findings AND f.jurisdiction_id = :jid
                  AND f.due_on BETWEEN :start AND :end) AS r) AS findings,
      (SELECT coalesce(json_agg(r ORDER BY r.starts_at, r.id), '[]')
         FROM (SELECT m.jurisdiction_id, i.unit_id, m.id, m.title, m.starts_at, i.attendance
                 FROM meeting_invitees AS i
                 JOIN meetings AS m ON m.jurisdiction_id = i.jurisdiction_id AND m.id = i.meeting_id
                WHERE :want_invitations AND i.jurisdiction_id IN (SELECT id FROM assessed)
                  AND i.unit_id IS NOT NULL
                  AND i.basis IN ('unit_principal_heads', 'units_concerned')
                  AND m.state IN ('held', 'minutes_archived')
                  AND m.starts_at >= :low AND m.starts_at < :high) AS r) AS invitations,
      (SELECT coalesce(json_agg(r), '[]')
         FROM (SELECT s.id, s.jurisdiction_id, s.assessment_id, s.subject_id, s.indicator_key,
                      s.score, s.reason, s.entered_by, s.entered_by_name, s.entered_at,
                      (SELECT coalesce(json_agg(f ORDER BY f.position), '[]')
                         FROM (SELECT id, jurisdiction_id, score_id, position, filename,
                                      file_type, media_type, size_bytes, sha256, created_at
                                 FROM assessment_score_files
                                WHERE jurisdiction_id = s.jurisdiction_id
                                  AND score_id = s.id) AS f) AS files
                 FROM assessment_scores AS s
                WHERE s.jurisdiction_id = :jid AND s.assessment_id = :aid) AS r) AS scores,
      (SELECT coalesce(json_agg(a ORDER BY a.appealed_at, a.id), '[]')
         FROM assessment_appeals AS a
        WHERE a.jurisdiction_id = :jid AND a.assessment_id = :aid) AS appeals
    """
)
_SUBJECT_ROWS = TypeAdapter(list[SubjectRow])


@dataclass(frozen=True)
class Assessed:
    """Everything an assessment's scorecards are computed from but the reports (their
    compliance matrices: app.services.report_compliance)."""

    subjects: list[SubjectRow]  # as subjects()
    records: Records
    stored: Stored


async def assessed(
    session: AsyncSession, jid: uuid.UUID, assessment_id: uuid.UUID, span: EvidenceSpan
) -> Assessed:
    """The subjects, every measure's records and the stored scores, files and appeals, in one
    statement whatever the number of subjects and measures."""
    row = (
        await session.execute(
            _ASSESSED,
            {
                "jid": jid,
                "aid": assessment_id,
                "start": span.start,
                "end": span.end,
                "low": span.low,
                "high": span.high,
                "want_tasks": span.tasks,
                "want_notices": span.notices,
                "want_findings": span.findings,
                "want_invitations": span.invitations,
            },
        )
    ).one()
    scores = _parsed(_SCORE_RECORDS, row.scores)
    return Assessed(
        _parsed(_SUBJECT_ROWS, row.subjects),
        Records(
            _parsed(_TASK_RECORDS, row.tasks),
            _parsed(_NOTICE_RECORDS, row.notices),
            _parsed(_FINDING_RECORDS, row.findings),
            _parsed(_INVITATION_RECORDS, row.invitations),
        ),
        Stored(
            [AssessmentScore(**_columns(s)) for s in scores],
            {
                s.id: [AssessmentScoreFile(**_columns(f)) for f in s.files]
                for s in scores
                if s.files
            },
            [AssessmentAppeal(**_columns(a)) for a in _parsed(_APPEAL_RECORDS, row.appeals)],
        ),
    )
