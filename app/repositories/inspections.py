"""Queries over inspections (督导检查), their findings, answers and evidence. A page of any of them,
with the names it shows, is a fixed number of statements however many rows it holds."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    FromClause,
    ScalarSelect,
    Uuid,
    and_,
    any_,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by, array, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, undefer

from app.domain.inspections import FindingLinkKind, FindingState, InspectionState
from app.models import (
    FindingAnswer,
    FindingEvidenceFile,
    FindingLink,
    Inspection,
    InspectionFinding,
    Jurisdiction,
    MemberUnit,
    PublicNotice,
    SupervisionNotice,
    Task,
    TaskCooperatingUnit,
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
    county_id: uuid.UUID | None = None
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
    of_county: uuid.UUID | None = None,
) -> list[ColumnElement[bool]]:
    i = Inspection
    clauses: list[ColumnElement[bool]] = [i.jurisdiction_id == jurisdiction_id]
    if of_county is not None:  # read through the county: those whose scope names it
        clauses.append(literal(of_county, Uuid) == any_(i.county_ids))
    if only_units is not None:
        clauses.append(_concerns_units(only_units))
    if f.state is not None:
        clauses.append(i.state == f.state.value)
    if f.unit_id is not None:
        # Only a caller who reads that unit's findings may learn whether it has one: the
        # office here (no unit or county restriction) or the unit's own people. Anyone else —
        # another unit, a county reading from below — filters by scope only.
        reads_its_findings = (
            f.unit_id in only_units if only_units is not None else of_county is None
        )
        if reads_its_findings:
            clauses.append(_concerns_units([f.unit_id]))
        else:
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
    of_county: uuid.UUID | None = None,
) -> list[Inspection]:
    """Latest first (first day, then id); with ``of_county``, only those inspecting it."""
    statement = apply_keyset(
        select(Inspection).where(*_inspection_clauses(jurisdiction_id, only_units, f, of_county)),
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
    parent: uuid.UUID | None = None,
    for_update: bool = False,
) -> Inspection | None:
    """The inspection of ``jurisdiction_id``, or — with ``parent``, the jurisdiction directly
    above — the parent's inspection whose scope names ``jurisdiction_id`` (read through it)."""
    reached = Inspection.jurisdiction_id == jurisdiction_id
    if parent is not None:
        reached = or_(
            reached,
            and_(
                Inspection.jurisdiction_id == parent,
                literal(jurisdiction_id, Uuid) == any_(Inspection.county_ids),
            ),
        )
    statement = select(Inspection).where(reached, Inspection.id == inspection_id)
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


@dataclass(frozen=True)
class ListedFinding:
    """A finding with its responsible unit's or county's name and its links in force."""

    finding: InspectionFinding
    responsible_name: str
    links: list[LinkRow]


# A finding's responsible county (a jurisdiction directly below), beside its own jurisdiction.
_COUNTY = aliased(Jurisdiction, name="responsible_county")


def _with_responsible_name(statement: Any) -> Any:
    """``statement`` (selecting from inspection_findings) joined to the responsible member unit
    or county, the one its row names (read by ``_responsible_name``)."""
    i = InspectionFinding
    return statement.outerjoin(
        MemberUnit,
        and_(MemberUnit.jurisdiction_id == i.jurisdiction_id, MemberUnit.id == i.unit_id),
    ).outerjoin(_COUNTY, _COUNTY.id == i.county_id)


def _responsible_name() -> ColumnElement[str]:
    return func.coalesce(MemberUnit.name, _COUNTY.name)


def _finding_clauses(
    jurisdiction_id: uuid.UUID,
    only_units: Collection[uuid.UUID] | None,
    of_county: uuid.UUID | None,
    f: FindingFilter,
    cutoff: date,
) -> list[ColumnElement[bool]]:
    """Findings of ``jurisdiction_id``'s inspections that fit: those of ``only_units`` (None:
    every party's), of ``of_county`` (read through that county), and the filter."""
    i = InspectionFinding
    clauses: list[ColumnElement[bool]] = [i.jurisdiction_id == jurisdiction_id]
    if only_units is not None:
        clauses.append(i.unit_id.in_(list(only_units)) if only_units else false())
    if of_county is not None:
        clauses.append(i.county_id == of_county)
    if f.unit_id is not None:
        clauses.append(i.unit_id == f.unit_id)
    if f.county_id is not None:
        clauses.append(i.county_id == f.county_id)
    if f.state is not None:
        clauses.append(i.state == f.state.value)
    if f.overdue is not None:
        overdue = overdue_on(cutoff)
        clauses.append(overdue if f.overdue else ~overdue)
    return clauses


def _listed(rows: Sequence[Any]) -> list[ListedFinding]:
    return [ListedFinding(row, name, _links(links)) for row, name, links in rows]


async def findings(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    inspection_ids: Collection[uuid.UUID],
    only_units: Collection[uuid.UUID] | None,
    f: FindingFilter,
    cutoff: date,
    of_county: uuid.UUID | None = None,
) -> list[ListedFinding]:
    """The findings of the inspections (oldest first), each with its responsible party's name
    and its links in force (all of them: whom they are shown to is the service's to judge)."""
    if not inspection_ids:
        return []
    i = InspectionFinding
    statement = (
        _with_responsible_name(select(i, _responsible_name(), _links_of_finding()))
        .where(
            i.inspection_id.in_(list(inspection_ids)),
            *_finding_clauses(jurisdiction_id, only_units, of_county, f, cutoff),
        )
        .order_by(i.inspection_id, i.created_at, i.id)
    )
    return _listed((await session.execute(statement)).all())


async def finding_page(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    only_units: Collection[uuid.UUID] | None,
    f: FindingFilter,
    cutoff: date,
    paging: PageRequest,
    of_county: uuid.UUID | None = None,
) -> list[ListedFinding]:
    """A page of the findings of every inspection of ``jurisdiction_id`` that fit, the earliest
    deadline first (then id)."""
    i = InspectionFinding
    statement = apply_keyset(
        _with_responsible_name(select(i, _responsible_name(), _links_of_finding())).where(
            *_finding_clauses(jurisdiction_id, only_units, of_county, f, cutoff)
        ),
        [i.due_on, i.id],
        paging,
    )
    return _listed((await session.execute(statement)).all())


@dataclass(frozen=True)
class FindingRow:
    """A finding with its responsible unit's or county's name, its answers (oldest first) and
    their evidence, and its links in force (oldest first)."""

    finding: InspectionFinding
    responsible_name: str
    answers: list[FindingAnswer]
    files: dict[uuid.UUID, list[FindingEvidenceFile]]
    links: list[LinkRow]


async def get_finding(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    inspection_id: uuid.UUID,
    finding_id: uuid.UUID,
    *,
    parent: uuid.UUID | None = None,
    for_update: bool = False,
) -> FindingRow | None:
    """The finding of ``jurisdiction_id``'s inspection — or, with ``parent`` (the jurisdiction
    directly above), the parent's finding for ``jurisdiction_id`` as a county, read through it —
    with its answers and their evidence (metadata only) and its links, in one statement; with
    ``for_update`` the finding is locked (its answers change only under that lock; its links do
    not need it: see add_link)."""
    i, a, e = InspectionFinding, FindingAnswer, FindingEvidenceFile
    reached = i.jurisdiction_id == jurisdiction_id
    if parent is not None:
        reached = or_(reached, and_(i.jurisdiction_id == parent, i.county_id == jurisdiction_id))
    statement = (
        _with_responsible_name(select(i, _responsible_name(), a, e, _links_of_finding()))
        .outerjoin(a, and_(a.jurisdiction_id == i.jurisdiction_id, a.finding_id == i.id))
        .outerjoin(e, and_(e.jurisdiction_id == a.jurisdiction_id, e.answer_id == a.id))
        .where(reached, i.inspection_id == inspection_id, i.id == finding_id)
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
    for _, _, answer, file, _ in rows:
        if answer is not None and (not answers or answers[-1] is not answer):
            answers.append(answer)
        if file is not None:
            files[file.answer_id].append(file)
    return FindingRow(rows[0][0], rows[0][1], answers, files, _links(rows[0][4]))


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


# --- links: what a finding led to -----------------------------------------------------------


@dataclass(frozen=True)
class LinkTarget:
    """A supervision notice, public notice or task a finding may name, with what its label and
    its readers are made of: the task's code and title (a notice's: its task's), the day a
    notice was issued, a public notice's title; the units whose people read it (a task's lead
    and cooperating units, a supervision notice's unit; none for a public notice)."""

    kind: FindingLinkKind
    id: uuid.UUID
    task_code: str | None
    task_title: str | None
    issued_on: date | None
    title: str | None
    unit_ids: frozenset[uuid.UUID]


@dataclass(frozen=True)
class LinkRow:
    """A link in force: its target and who made it, when."""

    id: uuid.UUID
    target: LinkTarget
    linked_on: date
    created_at: datetime
    created_by: uuid.UUID
    created_by_name: str


# The column of a link that names its target, by kind.
TARGET_COLUMNS = {
    FindingLinkKind.supervision_notice: "supervision_notice_id",
    FindingLinkKind.public_notice: "public_notice_id",
    FindingLinkKind.task: "task_id",
}


def _target_parts(link: FromClause) -> tuple[FromClause, dict[str, ColumnElement[Any]]]:
    """``link`` (a selectable with jurisdiction_id and the three target columns) joined to its
    target, and the target's parts by name (NULL where it names none, or none that exists)."""
    task = Task.__table__.alias("link_task")
    notice = SupervisionNotice.__table__.alias("link_notice")
    notice_task = Task.__table__.alias("link_notice_task")
    public = PublicNotice.__table__.alias("link_public_notice")
    cooperating = (
        select(func.array_agg(TaskCooperatingUnit.unit_id))
        .where(
            TaskCooperatingUnit.jurisdiction_id == task.c.jurisdiction_id,
            TaskCooperatingUnit.task_id == task.c.id,
        )
        .scalar_subquery()
    )
    joined = (
        link.outerjoin(
            task,
            and_(task.c.jurisdiction_id == link.c.jurisdiction_id, task.c.id == link.c.task_id),
        )
        .outerjoin(
            notice,
            and_(
                notice.c.jurisdiction_id == link.c.jurisdiction_id,
                notice.c.id == link.c.supervision_notice_id,
            ),
        )
        .outerjoin(
            notice_task,
            and_(
                notice_task.c.jurisdiction_id == notice.c.jurisdiction_id,
                notice_task.c.id == notice.c.task_id,
            ),
        )
        .outerjoin(
            public,
            and_(
                public.c.jurisdiction_id == link.c.jurisdiction_id,
                public.c.id == link.c.public_notice_id,
            ),
        )
    )
    parts: dict[str, ColumnElement[Any]] = {
        "target_id": func.coalesce(task.c.id, notice.c.id, public.c.id),
        "task_code": func.coalesce(task.c.code, notice_task.c.code),
        "task_title": func.coalesce(task.c.title, notice_task.c.title),
        "issued_on": func.coalesce(notice.c.issued_on, public.c.issued_on),
        "title": public.c.title,
        "unit_ids": case(
            (task.c.id.is_not(None), func.array_prepend(task.c.lead_unit_id, cooperating)),
            (notice.c.id.is_not(None), array([notice.c.unit_id])),
        ),
    }
    return joined, parts


def _target(kind: str, parts: dict[str, Any]) -> LinkTarget:
    return LinkTarget(
        kind=FindingLinkKind(kind),
        id=uuid.UUID(str(parts["target_id"])),
        task_code=parts["task_code"],
        task_title=parts["task_title"],
        issued_on=date.fromisoformat(str(parts["issued_on"])) if parts["issued_on"] else None,
        title=parts["title"],
        unit_ids=frozenset(uuid.UUID(str(u)) for u in parts["unit_ids"] or () if u),
    )


def _links_of_finding() -> ScalarSelect[Any]:
    """The links in force of the statement's finding, oldest first, with their targets' parts,
    as one JSON array (a join would repeat the finding's answers and files once per link)."""
    link = FindingLink.__table__.alias("link")
    joined, parts = _target_parts(link)
    described = func.json_build_object(
        "id",
        link.c.id,
        "kind",
        link.c.kind,
        "linked_on",
        link.c.linked_on,
        "created_at",
        link.c.created_at,
        "created_by",
        link.c.created_by,
        "created_by_name",
        link.c.created_by_name,
        *(part for name, column in parts.items() for part in (name, column)),
    )
    return (
        select(
            func.coalesce(
                func.json_agg(aggregate_order_by(described, link.c.created_at, link.c.id)),
                cast(literal("[]"), JSON),
                type_=JSON,
            )
        )
        .select_from(joined)
        .where(
            link.c.jurisdiction_id == InspectionFinding.jurisdiction_id,
            link.c.finding_id == InspectionFinding.id,
            link.c.removed_at.is_(None),
        )
        .scalar_subquery()
    )


def _links(described: list[dict[str, Any]] | None) -> list[LinkRow]:
    return [
        LinkRow(
            id=uuid.UUID(item["id"]),
            target=_target(item["kind"], item),
            linked_on=date.fromisoformat(item["linked_on"]),
            created_at=datetime.fromisoformat(item["created_at"]),
            created_by=uuid.UUID(item["created_by"]),
            created_by_name=item["created_by_name"],
        )
        for item in described or ()
    ]


TARGET_TABLES: dict[FindingLinkKind, type[SupervisionNotice | PublicNotice | Task]] = {
    FindingLinkKind.supervision_notice: SupervisionNotice,
    FindingLinkKind.public_notice: PublicNotice,
    FindingLinkKind.task: Task,
}


async def link_target(
    session: AsyncSession, jurisdiction_id: uuid.UUID, kind: FindingLinkKind, target_id: uuid.UUID
) -> LinkTarget | None:
    """The supervision notice, public notice or task ``target_id`` of this jurisdiction, with
    its parts (None when there is no such one here): the links' own join, on one named row.

    In the same statement the target is locked FOR KEY SHARE until the link commits: a task
    deleted meanwhile is either gone first (None: 422) or waits for the link and then sees it
    (409), never a foreign-key violation at commit."""
    table = TARGET_TABLES[kind]
    locked = (
        select(table.id)
        .where(table.jurisdiction_id == jurisdiction_id, table.id == target_id)
        .with_for_update(key_share=True)
        .cte("locked_target")
    )
    named = {column: literal(None, Uuid) for column in TARGET_COLUMNS.values()}
    named[TARGET_COLUMNS[kind]] = literal(target_id, Uuid)
    candidate = select(
        literal(jurisdiction_id, Uuid).label("jurisdiction_id"),
        *(value.label(column) for column, value in named.items()),
    ).subquery("link")
    joined, parts = _target_parts(candidate)
    statement = (
        select(*(column.label(name) for name, column in parts.items()))
        .select_from(joined)
        .where(parts["target_id"].is_not(None), exists(select(locked.c.id)))
    )
    found = (await session.execute(statement)).mappings().one_or_none()
    return _target(kind.value, dict(found)) if found is not None else None


async def add_link(session: AsyncSession, row: FindingLink) -> datetime | None:
    """Insert the link unless the finding already names its target in force (perhaps by a
    writer that committed since the finding was read: the partial unique index decides, with no
    lock on the finding); its ``created_at``, or None when it was named already."""
    column = TARGET_COLUMNS[FindingLinkKind(row.kind)]
    values = {
        c.key: getattr(row, c.key)
        for c in FindingLink.__table__.columns
        if c.key not in ("created_at", "removed_at", "removed_by", "removed_by_name")
    }
    statement = (
        insert(FindingLink)
        .values(values)
        .on_conflict_do_nothing(
            index_elements=["finding_id", column], index_where=FindingLink.removed_at.is_(None)
        )
        .returning(FindingLink.created_at)
    )
    created: datetime | None = (await session.execute(statement)).scalar_one_or_none()
    return created


class LinkRemoval(Enum):
    removed = "removed"  # now
    already = "already"  # before
    not_found = "not_found"  # the finding has no such link


async def remove_link(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    finding_id: uuid.UUID,
    link_id: uuid.UUID,
    *,
    at: datetime,
    by: uuid.UUID,
    by_name: str,
) -> LinkRemoval:
    """Set the link's removal, unless it was removed before (one statement; two when the link
    was not in force, to tell a removed one from none)."""
    link = FindingLink
    where = (
        link.jurisdiction_id == jurisdiction_id,
        link.finding_id == finding_id,
        link.id == link_id,
    )
    removed = await session.execute(
        update(link)
        .where(*where, link.removed_at.is_(None))
        .values(removed_at=at, removed_by=by, removed_by_name=by_name)
        .returning(link.id)
    )
    if removed.first() is not None:
        return LinkRemoval.removed
    existing = await session.execute(select(link.id).where(*where))
    return LinkRemoval.already if existing.first() is not None else LinkRemoval.not_found


async def add(session: AsyncSession, rows: Collection[Any]) -> None:
    session.add_all(rows)
    await session.flush()
