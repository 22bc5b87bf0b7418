"""Queries for the task workbook: the table as an import sees it, the member units by name, the
codes of tasks named by id. Each is one statement (two for the table), whatever its size."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.task_workbook import ExistingTask, Measure, UnitInfo
from app.domain.tasks import Milestone, SourceKind, TaskState
from app.models import MemberUnit, Task, TaskCooperatingUnit


async def units_by_name(session: AsyncSession, jurisdiction_id: uuid.UUID) -> dict[str, UnitInfo]:
    """Every member unit here, active or not, by its name (unique in a jurisdiction)."""
    statement = select(MemberUnit.name, MemberUnit.id, MemberUnit.is_active).where(
        MemberUnit.jurisdiction_id == jurisdiction_id
    )
    return {
        name: UnitInfo(unit_id, active)
        for name, unit_id, active in (await session.execute(statement)).all()
    }


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


@dataclass(frozen=True)
class Table:
    """The tasks here by 序号: as the domain judges them, and as rows to change."""

    existing: dict[str, ExistingTask]
    rows: dict[str, Task]


async def table(session: AsyncSession, jurisdiction_id: uuid.UUID, *, lock: bool) -> Table:
    """Every task here with its units and its parent's 序号; ``lock``: every one locked for
    the import's changes, so none moves between judging the workbook and writing it."""
    statement = select(Task).where(Task.jurisdiction_id == jurisdiction_id)
    if lock:
        statement = statement.with_for_update()
    rows = list((await session.execute(statement)).scalars().all())
    cooperating: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    units = (
        select(TaskCooperatingUnit.task_id, TaskCooperatingUnit.unit_id)
        .where(TaskCooperatingUnit.jurisdiction_id == jurisdiction_id)
        .order_by(TaskCooperatingUnit.task_id, TaskCooperatingUnit.position)
    )
    for task_id, unit_id in (await session.execute(units)).all():
        cooperating[task_id].append(unit_id)
    codes = {row.id: row.code for row in rows}
    existing = {
        row.code: ExistingTask(
            id=row.id,
            code=row.code,
            parent_code=codes[row.parent_id] if row.parent_id is not None else None,
            title=row.title,
            category=row.category,
            source_kind=SourceKind(row.source_kind),
            source_title=row.source_title,
            source_reference=row.source_reference,
            lead_unit_id=row.lead_unit_id,
            cooperating_unit_ids=tuple(cooperating.get(row.id, ())),
            deadline=row.deadline,
            milestones=tuple(
                Milestone(date.fromisoformat(m["due_on"]), m["title"]) for m in row.milestones
            ),
            measures=tuple(
                Measure(m["title"], m.get("document_reference"), _day(m.get("issued_on")))
                for m in row.measures
            ),
            state=TaskState(row.state),
            from_meeting=row.source_meeting_id is not None,
        )
        for row in rows
    }
    return Table(existing, {row.code: row for row in rows})


async def replace_cooperating(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    units: Mapping[uuid.UUID, Sequence[uuid.UUID]],
    *,
    new_tasks: Collection[uuid.UUID] = (),
) -> None:
    """Each task's cooperating units replaced at once (two statements, whatever their number;
    one when all are ``new_tasks``, which have none to remove)."""
    if not units:
        return
    replaced = [task_id for task_id in units if task_id not in new_tasks]
    if replaced:
        await session.execute(
            delete(TaskCooperatingUnit).where(
                TaskCooperatingUnit.jurisdiction_id == jurisdiction_id,
                TaskCooperatingUnit.task_id.in_(replaced),
            )
        )
    session.add_all(
        TaskCooperatingUnit(
            jurisdiction_id=jurisdiction_id, task_id=task_id, unit_id=unit, position=index
        )
        for task_id, listed in units.items()
        for index, unit in enumerate(listed, start=1)
    )
    await session.flush()


async def update_tasks(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    changes: Sequence[tuple[uuid.UUID, Mapping[str, Any]]],
) -> None:
    """Each task's changed columns written, an UPDATE per set of columns changed (an
    executemany), not one per task: the ORM would write each row on its own to bring its
    updated_at back, which the caller reads afresh anyway (``with_lead_names``)."""
    groups: defaultdict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for task_id, values in changes:
        columns = tuple(sorted(values))
        groups[columns].append({"task_id": task_id, **{f"new_{k}": v for k, v in values.items()}})
    table = cast(SqlTable, Task.__table__)
    tasks = table.c
    for columns, rows in groups.items():
        statement = (
            update(table)
            .where(tasks.jurisdiction_id == jurisdiction_id, tasks.id == bindparam("task_id"))
            .values(
                {
                    **{c: bindparam(f"new_{c}", type_=tasks[c].type) for c in columns},
                    "updated_at": func.now(),
                }
            )
        )
        await session.execute(statement, rows)


async def with_lead_names(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, tuple[Task, str]]:
    """These tasks read afresh (what the database set on writing them too), each with its lead
    unit's name."""
    if not task_ids:
        return {}
    statement = (
        select(Task, MemberUnit.name)
        .join(MemberUnit, MemberUnit.id == Task.lead_unit_id)
        .where(Task.jurisdiction_id == jurisdiction_id, Task.id.in_(list(task_ids)))
        .execution_options(populate_existing=True)
    )
    return {task.id: (task, name) for task, name in (await session.execute(statement)).all()}


async def codes(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, str]:
    if not task_ids:
        return {}
    statement = select(Task.id, Task.code).where(
        Task.jurisdiction_id == jurisdiction_id, Task.id.in_(list(task_ids))
    )
    return {task_id: code for task_id, code in (await session.execute(statement)).all()}
