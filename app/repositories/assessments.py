"""Assessments (C-ASM-1): the assessment rows, the scores and appeals, and the evidence read from
the other records, each measure in one statement for every subject of the assessment (the
jurisdiction's member units and the jurisdictions directly below it), never one per subject."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.models import Assessment, AssessmentAppeal, AssessmentScore, AssessmentScoreFile


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

_TASKS = text(
    """
    SELECT jurisdiction_id, lead_unit_id AS unit_id, id, code, title, created_on, deadline,
           completed_on, cancelled_on
      FROM tasks
     WHERE jurisdiction_id = ANY(:jids) AND deadline BETWEEN :start AND :end
     ORDER BY deadline, code
    """
)
_NOTICES = text(
    """
    SELECT n.jurisdiction_id, n.unit_id, n.id, t.code, n.text, n.reply_due_on, n.replied_on
      FROM supervision_notices AS n
      JOIN tasks AS t ON t.jurisdiction_id = n.jurisdiction_id AND t.id = n.task_id
     WHERE n.jurisdiction_id = ANY(:jids) AND n.reply_due_on BETWEEN :start AND :end
     ORDER BY n.reply_due_on, n.id
    """
)
# A finding for a member unit here, or one the office here recorded for a county below (kept
# with its inspection, here).
_FINDINGS = text(
    """
    SELECT f.unit_id, f.county_id, f.id, i.title, f.problem, f.due_on, f.rectified_on
      FROM inspection_findings AS f
      JOIN inspections AS i ON i.jurisdiction_id = f.jurisdiction_id AND i.id = f.inspection_id
     WHERE f.jurisdiction_id = :jid AND f.due_on BETWEEN :start AND :end
     ORDER BY f.due_on, f.id
    """
)
# Invitations of a unit's head (主要负责同志, or the head of a unit the agenda concerns) to the
# meetings held in the span.
_ATTENDANCE = text(
    """
    SELECT m.jurisdiction_id, i.unit_id, m.id, m.title, m.starts_at, i.attendance
      FROM meeting_invitees AS i
      JOIN meetings AS m ON m.jurisdiction_id = i.jurisdiction_id AND m.id = i.meeting_id
     WHERE i.jurisdiction_id = ANY(:jids) AND i.unit_id IS NOT NULL
       AND i.basis IN ('unit_principal_heads', 'units_concerned')
       AND m.state IN ('held', 'minutes_archived')
       AND m.starts_at >= :start AND m.starts_at < :end
     ORDER BY m.starts_at, m.id
    """
)


async def tasks(
    session: AsyncSession, jids: Sequence[uuid.UUID], start: date, end: date
) -> Sequence[Any]:
    return (await session.execute(_TASKS, {"jids": list(jids), "start": start, "end": end})).all()


async def notices(
    session: AsyncSession, jids: Sequence[uuid.UUID], start: date, end: date
) -> Sequence[Any]:
    params = {"jids": list(jids), "start": start, "end": end}
    return (await session.execute(_NOTICES, params)).all()


async def findings(session: AsyncSession, jid: uuid.UUID, start: date, end: date) -> Sequence[Any]:
    return (await session.execute(_FINDINGS, {"jid": jid, "start": start, "end": end})).all()


async def attendance(
    session: AsyncSession, jids: Sequence[uuid.UUID], start: datetime, end: datetime
) -> Sequence[Any]:
    params = {"jids": list(jids), "start": start, "end": end}
    return (await session.execute(_ATTENDANCE, params)).all()


# --- scores, files and appeals -------------------------------------------------------------


async def scores(
    session: AsyncSession, jid: uuid.UUID, assessment_id: uuid.UUID
) -> list[AssessmentScore]:
    result = await session.execute(
        select(AssessmentScore).where(
            AssessmentScore.jurisdiction_id == jid, AssessmentScore.assessment_id == assessment_id
        )
    )
    return list(result.scalars())


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


async def appeals(
    session: AsyncSession,
    jid: uuid.UUID,
    assessment_id: uuid.UUID,
    subject: uuid.UUID | None = None,
) -> list[AssessmentAppeal]:
    statement = select(AssessmentAppeal).where(
        AssessmentAppeal.jurisdiction_id == jid, AssessmentAppeal.assessment_id == assessment_id
    )
    if subject is not None:
        statement = statement.where(AssessmentAppeal.subject_id == subject)
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
