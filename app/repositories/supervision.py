"""Queries over supervision notices (督办), public notices (通报) and accountability records
(问责). A page of any of them, with the names it shows, is a fixed number of statements, however
many rows it holds (no query per row)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.tasks import NoticeTone
from app.models import (
    AccountabilityRecord,
    AccountabilityRecordTask,
    MemberUnit,
    PublicNotice,
    PublicNoticeTask,
    PublicNoticeUnit,
    SupervisionNotice,
    Task,
    TaskProgressReport,
)
from app.pagination import PageRequest, apply_keyset

# --- supervision notices ----------------------------------------------------------------------


@dataclass(frozen=True)
class NoticeRow:
    """A supervision notice with what its answer shows of the task and the unit."""

    notice: SupervisionNotice
    task_code: str
    task_title: str
    unit_name: str


@dataclass(frozen=True)
class NoticeFilter:
    """What GET …/supervision-notices narrows by; None leaves a criterion out."""

    unit_id: uuid.UUID | None = None
    task_id: uuid.UUID | None = None
    unanswered: bool | None = None
    overdue: bool | None = None
    issued_from: date | None = None
    issued_to: date | None = None


def reply_overdue_on(day: date) -> ColumnElement[bool]:
    """app.domain.tasks.reply_overdue, in SQL."""
    n = SupervisionNotice
    return or_(
        and_(n.replied_on.is_(None), n.reply_due_on < day),
        and_(n.replied_on.is_not(None), n.replied_on > n.reply_due_on),
    )


def _only_units(column: Any, only_units: Collection[uuid.UUID] | None) -> list[ColumnElement[bool]]:
    if only_units is None:
        return []
    return [column.in_(list(only_units)) if only_units else false()]


def _notices() -> Select[Any]:
    statement: Select[Any] = (
        select(SupervisionNotice, Task.code, Task.title, MemberUnit.name)  # type: ignore[assignment]
        .join(
            Task,
            and_(
                Task.jurisdiction_id == SupervisionNotice.jurisdiction_id,
                Task.id == SupervisionNotice.task_id,
            ),
        )
        .join(MemberUnit, MemberUnit.id == SupervisionNotice.unit_id)
    )
    return statement


def _notice_rows(result: Sequence[Any]) -> list[NoticeRow]:
    return [NoticeRow(n, code, title, name) for n, code, title, name in result]


async def notice_page(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    only_units: Collection[uuid.UUID] | None,
    f: NoticeFilter,
    today: date,
    paging: PageRequest,
) -> list[NoticeRow]:
    """Newest first (day of issue, then id), with ``only_units``' notices when given."""
    n = SupervisionNotice
    clauses: list[ColumnElement[bool]] = [
        n.jurisdiction_id == jurisdiction_id,
        *_only_units(n.unit_id, only_units),
    ]
    if f.unit_id is not None:
        clauses.append(n.unit_id == f.unit_id)
    if f.task_id is not None:
        clauses.append(n.task_id == f.task_id)
    if f.unanswered is not None:
        clauses.append(n.replied_on.is_(None) if f.unanswered else n.replied_on.is_not(None))
    if f.overdue is not None:
        overdue = reply_overdue_on(today)
        clauses.append(overdue if f.overdue else ~overdue)
    if f.issued_from is not None:
        clauses.append(n.issued_on >= f.issued_from)
    if f.issued_to is not None:
        clauses.append(n.issued_on <= f.issued_to)
    statement = apply_keyset(
        _notices().where(*clauses), [n.issued_on, n.id], paging, descending=True
    )
    return _notice_rows((await session.execute(statement)).all())


async def get_notice(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    notice_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> NoticeRow | None:
    statement = _notices().where(
        SupervisionNotice.jurisdiction_id == jurisdiction_id, SupervisionNotice.id == notice_id
    )
    if for_update:
        statement = statement.with_for_update(of=SupervisionNotice)
    rows = _notice_rows((await session.execute(statement)).all())
    return rows[0] if rows else None


@dataclass(frozen=True)
class Evidence:
    """A record cited as evidence: the task it is on, and (for a notice) its unit and reply."""

    task_id: uuid.UUID
    unit_id: uuid.UUID | None = None
    reply_due_on: date | None = None
    replied_on: date | None = None


async def supervision_evidence(
    session: AsyncSession, jurisdiction_id: uuid.UUID, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Evidence]:
    """Those of ``ids`` that are supervision notices here."""
    if not ids:
        return {}
    n = SupervisionNotice
    statement = select(n.id, n.task_id, n.unit_id, n.reply_due_on, n.replied_on).where(
        n.jurisdiction_id == jurisdiction_id, n.id.in_(list(ids))
    )
    return {
        row.id: Evidence(row.task_id, row.unit_id, row.reply_due_on, row.replied_on)
        for row in (await session.execute(statement)).all()
    }


async def report_evidence(
    session: AsyncSession, jurisdiction_id: uuid.UUID, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Evidence]:
    """Those of ``ids`` that are progress reports here."""
    if not ids:
        return {}
    r = TaskProgressReport
    statement = select(r.id, r.task_id).where(
        r.jurisdiction_id == jurisdiction_id, r.id.in_(list(ids))
    )
    return {row.id: Evidence(row.task_id) for row in (await session.execute(statement)).all()}


async def tasks_here(
    session: AsyncSession, jurisdiction_id: uuid.UUID, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Task]:
    """Those of ``ids`` that are tasks here."""
    if not ids:
        return {}
    statement = select(Task).where(Task.jurisdiction_id == jurisdiction_id, Task.id.in_(list(ids)))
    return {row.id: row for row in (await session.execute(statement)).scalars()}


async def unit_names(
    session: AsyncSession, jurisdiction_id: uuid.UUID, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """Those of ``ids`` that are member units here, with their names."""
    if not ids:
        return {}
    statement = select(MemberUnit.id, MemberUnit.name).where(
        MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.id.in_(list(ids))
    )
    return {row.id: row.name for row in (await session.execute(statement)).all()}


# --- public notices ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicNoticeFilter:
    unit_id: uuid.UUID | None = None  # names this unit
    task_id: uuid.UUID | None = None  # cites this task
    tone: NoticeTone | None = None
    issued_from: date | None = None
    issued_to: date | None = None


async def add_public_notice(
    session: AsyncSession,
    row: PublicNotice,
    unit_ids: Sequence[uuid.UUID],
    task_ids: Sequence[uuid.UUID],
) -> None:
    session.add(row)
    await session.flush()
    session.add_all(
        PublicNoticeUnit(
            jurisdiction_id=row.jurisdiction_id, notice_id=row.id, unit_id=unit, position=index
        )
        for index, unit in enumerate(unit_ids, start=1)
    )
    session.add_all(
        PublicNoticeTask(
            jurisdiction_id=row.jurisdiction_id, notice_id=row.id, task_id=task, position=index
        )
        for index, task in enumerate(task_ids, start=1)
    )
    await session.flush()


async def public_notice_page(
    session: AsyncSession, jurisdiction_id: uuid.UUID, f: PublicNoticeFilter, paging: PageRequest
) -> list[PublicNotice]:
    p = PublicNotice
    clauses: list[ColumnElement[bool]] = [p.jurisdiction_id == jurisdiction_id]
    if f.unit_id is not None:
        clauses.append(
            exists().where(
                PublicNoticeUnit.notice_id == p.id, PublicNoticeUnit.unit_id == f.unit_id
            )
        )
    if f.task_id is not None:
        clauses.append(
            exists().where(
                PublicNoticeTask.notice_id == p.id, PublicNoticeTask.task_id == f.task_id
            )
        )
    if f.tone is not None:
        clauses.append(p.tone == f.tone.value)
    if f.issued_from is not None:
        clauses.append(p.issued_on >= f.issued_from)
    if f.issued_to is not None:
        clauses.append(p.issued_on <= f.issued_to)
    statement = apply_keyset(
        select(p).where(*clauses), [p.issued_on, p.id], paging, descending=True
    )
    return list((await session.execute(statement)).scalars())


async def get_public_notice(
    session: AsyncSession, jurisdiction_id: uuid.UUID, notice_id: uuid.UUID
) -> PublicNotice | None:
    statement = select(PublicNotice).where(
        PublicNotice.jurisdiction_id == jurisdiction_id, PublicNotice.id == notice_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


Named = tuple[uuid.UUID, str]  # (id, name) of a unit
Cited = tuple[uuid.UUID, str, str]  # (id, code, title) of a task


async def public_notice_units(
    session: AsyncSession, notice_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[Named]]:
    """Each notice's named units, in the order given."""
    found: dict[uuid.UUID, list[Named]] = defaultdict(list)
    if not notice_ids:
        return found
    statement = (
        select(PublicNoticeUnit.notice_id, MemberUnit.id, MemberUnit.name)
        .join(MemberUnit, MemberUnit.id == PublicNoticeUnit.unit_id)
        .where(PublicNoticeUnit.notice_id.in_(list(notice_ids)))
        .order_by(PublicNoticeUnit.notice_id, PublicNoticeUnit.position)
    )
    for notice_id, unit_id, name in (await session.execute(statement)).all():
        found[notice_id].append((unit_id, name))
    return found


async def public_notice_tasks(
    session: AsyncSession, notice_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[Cited]]:
    """Each notice's cited tasks, in the order given."""
    found: dict[uuid.UUID, list[Cited]] = defaultdict(list)
    if not notice_ids:
        return found
    statement = (
        select(PublicNoticeTask.notice_id, Task.id, Task.code, Task.title)
        .join(Task, Task.id == PublicNoticeTask.task_id)
        .where(PublicNoticeTask.notice_id.in_(list(notice_ids)))
        .order_by(PublicNoticeTask.notice_id, PublicNoticeTask.position)
    )
    for notice_id, task_id, code, title in (await session.execute(statement)).all():
        found[notice_id].append((task_id, code, title))
    return found


async def names_unit(session: AsyncSession, notice_id: uuid.UUID, unit_id: uuid.UUID) -> bool:
    statement = select(
        exists().where(PublicNoticeUnit.notice_id == notice_id, PublicNoticeUnit.unit_id == unit_id)
    )
    return bool((await session.execute(statement)).scalar_one())


# --- accountability records -------------------------------------------------------------------


@dataclass(frozen=True)
class RecordFilter:
    unit_id: uuid.UUID | None = None
    task_id: uuid.UUID | None = None  # concerns this task
    decided_from: date | None = None
    decided_to: date | None = None


async def add_record(
    session: AsyncSession, row: AccountabilityRecord, task_ids: Sequence[uuid.UUID]
) -> None:
    session.add(row)
    await session.flush()
    session.add_all(
        AccountabilityRecordTask(
            jurisdiction_id=row.jurisdiction_id, record_id=row.id, task_id=task, position=index
        )
        for index, task in enumerate(task_ids, start=1)
    )
    await session.flush()


def _records() -> Select[Any]:
    statement: Select[Any] = select(  # type: ignore[assignment]
        AccountabilityRecord, MemberUnit.name
    ).join(MemberUnit, MemberUnit.id == AccountabilityRecord.unit_id)
    return statement


async def record_page(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    only_units: Collection[uuid.UUID] | None,
    f: RecordFilter,
    paging: PageRequest,
) -> list[tuple[AccountabilityRecord, str]]:
    """Newest first (day of decision, then id), each with its unit's name."""
    a = AccountabilityRecord
    clauses: list[ColumnElement[bool]] = [
        a.jurisdiction_id == jurisdiction_id,
        *_only_units(a.unit_id, only_units),
    ]
    if f.unit_id is not None:
        clauses.append(a.unit_id == f.unit_id)
    if f.task_id is not None:
        clauses.append(
            exists().where(
                AccountabilityRecordTask.record_id == a.id,
                AccountabilityRecordTask.task_id == f.task_id,
            )
        )
    if f.decided_from is not None:
        clauses.append(a.decided_on >= f.decided_from)
    if f.decided_to is not None:
        clauses.append(a.decided_on <= f.decided_to)
    statement = apply_keyset(
        _records().where(*clauses), [a.decided_on, a.id], paging, descending=True
    )
    return [(row, name) for row, name in (await session.execute(statement)).all()]


async def get_record(
    session: AsyncSession, jurisdiction_id: uuid.UUID, record_id: uuid.UUID
) -> tuple[AccountabilityRecord, str] | None:
    statement = _records().where(
        AccountabilityRecord.jurisdiction_id == jurisdiction_id,
        AccountabilityRecord.id == record_id,
    )
    found = (await session.execute(statement)).first()
    return None if found is None else (found[0], found[1])


async def record_tasks(
    session: AsyncSession, record_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[Cited]]:
    """Each record's tasks, in the order given."""
    found: dict[uuid.UUID, list[Cited]] = defaultdict(list)
    if not record_ids:
        return found
    statement = (
        select(AccountabilityRecordTask.record_id, Task.id, Task.code, Task.title)
        .join(Task, Task.id == AccountabilityRecordTask.task_id)
        .where(AccountabilityRecordTask.record_id.in_(list(record_ids)))
        .order_by(AccountabilityRecordTask.record_id, AccountabilityRecordTask.position)
    )
    for record_id, task_id, code, title in (await session.execute(statement)).all():
        found[record_id].append((task_id, code, title))
    return found
