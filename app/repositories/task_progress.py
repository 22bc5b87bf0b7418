"""Queries over a task's progress reports, their evidence files and its comments. A page of
reports is one statement, and the evidence of the whole page another (no query per report)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.domain.tasks import OPEN_STATES
from app.models import MemberUnit, Task, TaskComment, TaskEvidenceFile, TaskProgressReport
from app.pagination import PageRequest, apply_keyset

OPEN_STATE_VALUES = tuple(s.value for s in OPEN_STATES)


async def add(session: AsyncSession, rows: Collection[Any]) -> None:
    session.add_all(rows)
    await session.flush()


async def reports_page(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID, page: PageRequest
) -> list[tuple[TaskProgressReport, str | None]]:
    """Newest first, each report with its unit's name (None for the office's)."""
    statement: Select[Any] = (
        select(TaskProgressReport, MemberUnit.name)  # type: ignore[assignment]
        .outerjoin(MemberUnit, MemberUnit.id == TaskProgressReport.unit_id)
        .where(
            TaskProgressReport.jurisdiction_id == jurisdiction_id,
            TaskProgressReport.task_id == task_id,
        )
    )
    statement = apply_keyset(
        statement, [TaskProgressReport.created_at, TaskProgressReport.id], page, descending=True
    )
    return [(row, name) for row, name in (await session.execute(statement)).all()]


async def evidence_of(
    session: AsyncSession, jurisdiction_id: uuid.UUID, report_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[TaskEvidenceFile]]:
    """Each report's evidence files (metadata only), in order."""
    found: dict[uuid.UUID, list[TaskEvidenceFile]] = defaultdict(list)
    if not report_ids:
        return found
    statement = (
        select(TaskEvidenceFile)
        .where(
            TaskEvidenceFile.jurisdiction_id == jurisdiction_id,
            TaskEvidenceFile.report_id.in_(list(report_ids)),
        )
        .order_by(TaskEvidenceFile.report_id, TaskEvidenceFile.position)
    )
    for row in (await session.execute(statement)).scalars():
        found[row.report_id].append(row)
    return found


async def evidence_file(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    task_id: uuid.UUID,
    report_id: uuid.UUID,
    file_id: uuid.UUID,
) -> TaskEvidenceFile | None:
    """One evidence file of a report of the task, with its bytes."""
    statement = (
        select(TaskEvidenceFile)
        .join(
            TaskProgressReport,
            (TaskProgressReport.jurisdiction_id == TaskEvidenceFile.jurisdiction_id)
            & (TaskProgressReport.id == TaskEvidenceFile.report_id),
        )
        .where(
            TaskEvidenceFile.jurisdiction_id == jurisdiction_id,
            TaskEvidenceFile.id == file_id,
            TaskEvidenceFile.report_id == report_id,
            TaskProgressReport.task_id == task_id,
        )
        .options(undefer(TaskEvidenceFile.content))
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def pending_proposal(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID
) -> TaskProgressReport | None:
    """The completion proposal awaiting the office's review (at most one: a task's pending flag
    refuses further reports while one waits)."""
    statement = (
        select(TaskProgressReport)
        .where(
            TaskProgressReport.jurisdiction_id == jurisdiction_id,
            TaskProgressReport.task_id == task_id,
            TaskProgressReport.proposes_completion.is_(True),
            TaskProgressReport.review_outcome.is_(None),
        )
        .order_by(TaskProgressReport.created_at.desc(), TaskProgressReport.id.desc())
        .limit(1)
        .with_for_update()
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def open_children(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID
) -> list[str]:
    """The codes of the task's sub-tasks still open."""
    statement = (
        select(Task.code)
        .where(
            Task.jurisdiction_id == jurisdiction_id,
            Task.parent_id == task_id,
            Task.state.in_(OPEN_STATE_VALUES),
        )
        .order_by(Task.code)
    )
    return list((await session.execute(statement)).scalars())


async def comments_page(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID, page: PageRequest
) -> list[tuple[TaskComment, str | None]]:
    """Oldest first, each comment with its unit's name (None for the office's)."""
    statement: Select[Any] = (
        select(TaskComment, MemberUnit.name)  # type: ignore[assignment]
        .outerjoin(MemberUnit, MemberUnit.id == TaskComment.unit_id)
        .where(TaskComment.jurisdiction_id == jurisdiction_id, TaskComment.task_id == task_id)
    )
    statement = apply_keyset(statement, [TaskComment.created_at, TaskComment.id], page)
    return [(row, name) for row, name in (await session.execute(statement)).all()]


async def unit_names(
    session: AsyncSession, jurisdiction_id: uuid.UUID, unit_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, str]:
    if not unit_ids:
        return {}
    statement = select(MemberUnit.id, MemberUnit.name).where(
        MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.id.in_(list(unit_ids))
    )
    return {unit: name for unit, name in (await session.execute(statement)).all()}
