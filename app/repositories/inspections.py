"""Queries over inspections (督导检查), their findings, answers and evidence. A page of any of them,
with the names it shows, is a fixed number of statements however many rows it holds."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Uuid, and_, any_, cast, exists, false, literal, or_, select
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app.domain.inspections import FindingState, InspectionState
from app.models import (
    FindingAnswer,
    FindingEvidenceFile,
    Inspection,
    InspectionFinding,
    Jurisdiction,
    MemberUnit,
)
from app.pagination import PageRequest, apply_keyset


@dataclass(frozen=True)
class InspectionFilter:
    """What GET …/inspections narrows by; None leaves a criterion out."""

    state: InspectionState | None = None
    unit_id: uuid.UUID | None = None  # inspected, or responsible for a finding
    county_id: uuid.UUID | None = None
    date_from: date | None = None  # the inspection's days overlap [date_from, date_to]
    date_to: date | None = None


@dataclass(frozen=True)
class FindingFilter:
    unit_id: uuid.UUID | None = None
    state: FindingState | None = None
    overdue: bool | None = None


def _uuid_array(ids: Collection[uuid.UUID]) -> Any:
    return cast(array([literal(i, Uuid) for i in ids]), ARRAY(Uuid))


def _concerns_units(units: Collection[uuid.UUID]) -> ColumnElement[bool]:
    """An inspection of one of ``units``, or with a finding one of them answers for."""
    if not units:
        return false()
    i, f = Inspection, InspectionFinding
    return or_(
        i.unit_ids.overlap(_uuid_array(units)),
        exists().where(
            f.jurisdiction_id == i.jurisdiction_id,
            f.inspection_id == i.id,
            f.unit_id.in_(list(units)),
        ),
    )


def _inspection_clauses(
    jurisdiction_id: uuid.UUID,
    only_units: Collection[uuid.UUID] | None,
    f: InspectionFilter,
) -> list[ColumnElement[bool]]:
    i = Inspection
    clauses: list[ColumnElement[bool]] = [i.jurisdiction_id == jurisdiction_id]
    if only_units is not None:
        clauses.append(_concerns_units(only_units))
    if f.state is not None:
        clauses.append(i.state == f.state.value)
    if f.unit_id is not None:
        if only_units is None or f.unit_id in only_units:
            clauses.append(_concerns_units([f.unit_id]))
        else:
            # Whether another unit has a finding is not the caller's to learn: by scope only.
            clauses.append(Inspection.unit_ids.overlap(_uuid_array([f.unit_id])))
    if f.county_id is not None:
        clauses.append(literal(f.county_id, Uuid) == any_(i.county_ids))
    if f.date_from is not None:
        clauses.append(i.ends_on >= f.date_from)
    if f.date_to is not None:
        clauses.append(i.starts_on <= f.date_to)
    return clauses


async def inspection_page(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    only_units: Collection[uuid.UUID] | None,
    f: InspectionFilter,
    paging: PageRequest,
) -> list[Inspection]:
    """Latest first (first day, then id)."""
    statement = apply_keyset(
        select(Inspection).where(*_inspection_clauses(jurisdiction_id, only_units, f)),
        [Inspection.starts_on, Inspection.id],
        paging,
        descending=True,
    )
    return list((await session.execute(statement)).scalars())


async def inspections_in(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    only_units: Collection[uuid.UUID] | None,
    f: InspectionFilter,
) -> list[Inspection]:
    """Every inspection that fits, in order (the evaluation: a period, not a page)."""
    statement = (
        select(Inspection)
        .where(*_inspection_clauses(jurisdiction_id, only_units, f))
        .order_by(Inspection.starts_on, Inspection.id)
    )
    return list((await session.execute(statement)).scalars())


async def get_inspection(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    inspection_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Inspection | None:
    statement = select(Inspection).where(
        Inspection.jurisdiction_id == jurisdiction_id, Inspection.id == inspection_id
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def scope_names(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    units: Collection[uuid.UUID],
    counties: Collection[uuid.UUID],
) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]]:
    """Those of ``units`` that are member units here and of ``counties`` that are jurisdictions
    directly below, with their names (one statement)."""
    if not units and not counties:
        return {}, {}
    unit_q = select(MemberUnit.id, MemberUnit.name, False).where(  # type: ignore[call-overload]
        MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.id.in_(list(units))
    )
    county_q = select(Jurisdiction.id, Jurisdiction.name, True).where(  # type: ignore[call-overload]
        Jurisdiction.parent_id == jurisdiction_id, Jurisdiction.id.in_(list(counties))
    )
    unit_names: dict[uuid.UUID, str] = {}
    county_names: dict[uuid.UUID, str] = {}
    for id_, name, is_county in (await session.execute(unit_q.union_all(county_q))).all():
        (county_names if is_county else unit_names)[id_] = name
    return unit_names, county_names


# --- findings -----------------------------------------------------------------------------------


def overdue_on(cutoff: date) -> ColumnElement[bool]:
    """app.domain.inspections.overdue_working_days > 0, in SQL (``cutoff``: the last working
    day on or before the day, app.domain.tasks.overdue_cutoff)."""
    f = InspectionFinding
    return and_(f.rectified_on.is_(None), f.due_on < cutoff)


async def findings(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    inspection_ids: Collection[uuid.UUID],
    only_units: Collection[uuid.UUID] | None,
    f: FindingFilter,
    cutoff: date,
) -> list[tuple[InspectionFinding, str]]:
    """The findings of the inspections (oldest first), each with its unit's name."""
    if not inspection_ids:
        return []
    i = InspectionFinding
    clauses: list[ColumnElement[bool]] = [
        i.jurisdiction_id == jurisdiction_id,
        i.inspection_id.in_(list(inspection_ids)),
    ]
    if only_units is not None:
        clauses.append(i.unit_id.in_(list(only_units)) if only_units else false())
    if f.unit_id is not None:
        clauses.append(i.unit_id == f.unit_id)
    if f.state is not None:
        clauses.append(i.state == f.state.value)
    if f.overdue is not None:
        overdue = overdue_on(cutoff)
        clauses.append(overdue if f.overdue else ~overdue)
    statement = (
        select(i, MemberUnit.name)
        .join(MemberUnit, MemberUnit.id == i.unit_id)
        .where(*clauses)
        .order_by(i.inspection_id, i.created_at, i.id)
    )
    return [(row, name) for row, name in (await session.execute(statement)).all()]


@dataclass(frozen=True)
class FindingRow:
    """A finding with its unit's name, its answers (oldest first) and their evidence."""

    finding: InspectionFinding
    unit_name: str
    answers: list[FindingAnswer]
    files: dict[uuid.UUID, list[FindingEvidenceFile]]


async def get_finding(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> FindingRow | None:
    """The finding with its answers and their evidence (metadata only), in one statement; with
    ``for_update`` the finding is locked (its answers change only under that lock)."""
    i, a, e = InspectionFinding, FindingAnswer, FindingEvidenceFile
    statement = (
        select(i, MemberUnit.name, a, e)
        .join(MemberUnit, MemberUnit.id == i.unit_id)
        .outerjoin(a, and_(a.jurisdiction_id == i.jurisdiction_id, a.finding_id == i.id))
        .outerjoin(e, and_(e.jurisdiction_id == a.jurisdiction_id, e.answer_id == a.id))
        .where(
            i.jurisdiction_id == jurisdiction_id,
            i.inspection_id == inspection_id,
            i.id == finding_id,
        )
        .order_by(a.created_at, a.id, e.position)
    )
    if for_update:
        statement = statement.with_for_update(of=i)
    found = _finding_row((await session.execute(statement)).all())
    if for_update and found is not None and not _consistent(found):
        # The lock was waited for: under READ COMMITTED the finding was read again as the other
        # writer committed it, but its answers as they were when the statement began. Now that
        # the lock is held, read them again (and only then: no statement more otherwise).
        fresh = statement.execution_options(populate_existing=True)
        found = _finding_row((await session.execute(fresh)).all())
    return found


def _finding_row(rows: Sequence[Any]) -> FindingRow | None:
    if not rows:
        return None
    answers: list[FindingAnswer] = []
    files: dict[uuid.UUID, list[FindingEvidenceFile]] = defaultdict(list)
    for _, _, answer, file in rows:
        if answer is not None and (not answers or answers[-1] is not answer):
            answers.append(answer)
        if file is not None:
            files[file.answer_id].append(file)
    return FindingRow(rows[0][0], rows[0][1], answers, files)


def _consistent(found: FindingRow) -> bool:
    """A finding's state and its answers agree: one answer awaits review exactly when it is
    answered."""
    pending = sum(1 for answer in found.answers if answer.review_outcome is None)
    return pending == (1 if found.finding.state == FindingState.answered.value else 0)


async def answers_of(
    session: AsyncSession, jurisdiction_id: uuid.UUID, finding_ids: Collection[uuid.UUID]
) -> tuple[dict[uuid.UUID, list[FindingAnswer]], dict[uuid.UUID, list[FindingEvidenceFile]]]:
    """Each finding's answers (oldest first) and each answer's evidence (metadata only): one
    statement, whatever the number of findings."""
    answers: dict[uuid.UUID, list[FindingAnswer]] = defaultdict(list)
    files: dict[uuid.UUID, list[FindingEvidenceFile]] = defaultdict(list)
    if not finding_ids:
        return answers, files
    a, e = FindingAnswer, FindingEvidenceFile
    statement = (
        select(a, e)
        .outerjoin(e, and_(e.jurisdiction_id == a.jurisdiction_id, e.answer_id == a.id))
        .where(a.jurisdiction_id == jurisdiction_id, a.finding_id.in_(list(finding_ids)))
        .order_by(a.finding_id, a.created_at, a.id, e.position)
    )
    for answer, file in (await session.execute(statement)).all():
        if not answers[answer.finding_id] or answers[answer.finding_id][-1] is not answer:
            answers[answer.finding_id].append(answer)
        if file is not None:
            files[answer.id].append(file)
    return answers, files


async def evidence_file(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    finding_id: uuid.UUID,
    answer_id: uuid.UUID,
    file_id: uuid.UUID,
) -> FindingEvidenceFile | None:
    """One evidence file of an answer to the finding, with its bytes."""
    e, a = FindingEvidenceFile, FindingAnswer
    statement = (
        select(e)
        .join(a, and_(a.jurisdiction_id == e.jurisdiction_id, a.id == e.answer_id))
        .where(
            e.jurisdiction_id == jurisdiction_id,
            e.id == file_id,
            e.answer_id == answer_id,
            a.finding_id == finding_id,
        )
        .options(undefer(e.content))
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def add(session: AsyncSession, rows: Collection[Any]) -> None:
    session.add_all(rows)
    await session.flush()
