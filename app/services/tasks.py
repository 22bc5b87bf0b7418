"""The task breakdown (任务分解表, E-TSK-1, C-TSK-1): the office keeps the tasks — source, lead and
cooperating units, deadline and milestones, supporting measures — and their state; a decision of
archived minutes becomes a task in one call. Lists filter and page by keyset, summaries count per
lead unit or category for any day, both also as CSV, and both carry an ETag built from the
ledger's revision so a poller's unchanged answer costs one small query.

Visibility: the office here or above (a city sees its counties'), the leadership, read clients
and admins see every task; a unit's people see the tasks their unit leads or cooperates on.
"""

from __future__ import annotations

import hashlib
import operator
import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import tasks as domain
from app.domain.access import Actor, JurisdictionRef, Permission, allows
from app.domain.calendar import ArrangementCalendar, working_days_between
from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.events import EventType
from app.domain.messages import _
from app.domain.tasks import Milestone, SourceKind, TaskAct, TaskDays, TaskState
from app.errors import Conflict, NotFound
from app.models import AuditEvent, Task
from app.pagination import PageRequest, next_cursor_for
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import meetings as meetings_repo
from app.repositories import tasks as repo
from app.repositories.common import UNIQUE_VIOLATION
from app.repositories.tasks import SummaryRow, TaskFilter
from app.request_context import note_resource_version
from app.schemas.calendar import CalendarPage
from app.schemas.tasks import (
    MeasureIn,
    MilestoneIn,
    TaskCancel,
    TaskCreate,
    TaskFromDecision,
    TaskOut,
    TaskSummaryOut,
    TaskUpdate,
)
from app.services import audit
from app.services.calendar import calendar_revision, load_calendar, use_of
from app.services.common import changes_of, csv_text, load_jurisdiction, local_today
from app.services.events import emit, resource_url
from app.services.minutes import draft_of

NOT_HERE = _("No such task in this jurisdiction.")
CODE_TAKEN = _("Another task here already has this code (序号).")
DECISION_TAKEN = _("This decision is already a task.")


# --- views ------------------------------------------------------------------------------------


def days_of(row: Task | Row[Any]) -> TaskDays:
    return TaskDays(
        created_on=row.created_on,
        deadline=row.deadline,
        started_on=row.started_on,
        completed_on=row.completed_on,
        cancelled_on=row.cancelled_on,
    )


_TASK_FIELDS = tuple(attribute.key for attribute in sa_inspect(Task).column_attrs)


def task_out(
    row: Task | Row[Any],
    lead_name: str,
    cooperating: Sequence[tuple[uuid.UUID, str]],
    calendar: ArrangementCalendar,
    today: date,
) -> TaskOut:
    # A Core row's fields as one dict (a row's attributes are read through its mapping, one by
    # one, several times dearer than a dict's); an ORM row's, attribute by attribute.
    data = (
        row._asdict()
        if isinstance(row, Row | repo.NamedTaskRecord)
        else {f: getattr(row, f) for f in _TASK_FIELDS}
    )
    days = days_of(row)
    own = calendar.noting()  # this task's own record of provisional years
    late = domain.overdue_working_days(own, days, today) if days.deadline < today else 0
    # One validation of plain data: pydantic builds the nested parts in one pass (~30 % less
    # than building each part as a model first; a page makes 50 of these). The fields TaskOut
    # has not (who created it, the source's parts) are ignored.
    data["source"] = {
        "kind": data["source_kind"],
        "title": data["source_title"],
        "reference": data["source_reference"],
        "meeting_id": data["source_meeting_id"],
        "agenda_index": data["source_agenda_index"],
        "decision_index": data["source_decision_index"],
    }
    data["lead_unit"] = {"id": data["lead_unit_id"], "name": lead_name}
    data["cooperating_units"] = [{"id": unit, "name": name} for unit, name in cooperating]
    data["overdue"] = late > 0
    data["overdue_working_days"] = late
    data["calendar"] = use_of(own)
    data["completed_on_time"] = domain.on_time(days)
    return TaskOut.model_validate(data)


async def _outs(
    session: AsyncSession,
    rows: Sequence[tuple[Task, str]],
    today: date,
    calendar: ArrangementCalendar | None = None,
) -> list[TaskOut]:
    if calendar is None:
        calendar = await load_calendar(session)
    cooperating = await repo.cooperating(session, [task.id for task, __ in rows])
    return [
        task_out(task, name, cooperating.get(task.id, []), calendar, today) for task, name in rows
    ]


async def outs(
    session: AsyncSession, rows: Sequence[tuple[Task, str]], today: date
) -> list[TaskOut]:
    """Tasks (each with its lead unit's name) as answered, their units read in one query."""
    return await _outs(session, rows, today)


async def full(session: AsyncSession, row: Task, today: date) -> TaskOut:
    """One task as answered, with its units' names (after a write: read back fresh)."""
    await session.flush()
    await session.refresh(row)
    return (await _outs(session, [(row, await repo.unit_name(session, row.lead_unit_id))], today))[
        0
    ]


async def _audit(
    session: AsyncSession,
    actor: Actor,
    act: str,
    row: Task,
    *,
    before: TaskOut | None,
    after: TaskOut | None,
) -> None:
    await audit.record_all(session, [change_event(actor, act, row, before=before, after=after)])


def emit_task(session: AsyncSession, type: EventType, task: TaskOut) -> None:
    """An event about the task, for the outbox (before its audit record)."""
    emit(
        session,
        type,
        task.jurisdiction_id,
        "task",
        task.id,
        resource_url(task.jurisdiction_id, "tasks", task.id),
        {
            "code": task.code,
            "title": task.title,
            "state": task.state.value,
            "lead_unit": {"id": str(task.lead_unit.id), "name": task.lead_unit.name},
            "deadline": task.deadline.isoformat(),
            "percent": task.percent,
            "completed_on": task.completed_on.isoformat() if task.completed_on else None,
            "completed_on_time": task.completed_on_time,
        },
    )


async def _audit_new(session: AsyncSession, actor: Actor, act: str, out: TaskOut) -> None:
    emit_task(session, EventType.task_created, out)
    await audit.record_all(session, [change_event(actor, act, out, before=None, after=out)])


def change_event(
    actor: Actor,
    act: str,
    row: Task | TaskOut,
    *,
    before: TaskOut | None,
    after: TaskOut | None,
) -> AuditEvent:
    """A change to a task (``task.<act>``) for the trail: the workbook records those it makes
    at once together (``audit.record_all``)."""
    return audit.event(
        actor,
        action=f"task.{act}",
        entity_type="task",
        entity_id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        before=before,
        after=after,
    )


# --- who sees what ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ledger:
    """The tasks a caller reaches through one jurisdiction's path: the jurisdictions whose whole
    table they see, or (``only_units``) their own units' tasks here; and the day it is judged on."""

    jurisdiction_ids: tuple[uuid.UUID, ...]
    only_units: frozenset[uuid.UUID] | None
    today: date
    revision: int
    calendar_revision: str

    def etag(self, *parts: str) -> str:
        """A weak validator for an answer built from this ledger: it changes with any write,
        with the day (overdue moves with it), with the calendar (a year entered turns
        provisional figures exact), with what the caller sees and with ``parts`` (the query and
        the representation)."""
        units = ",".join(sorted(map(str, self.only_units))) if self.only_units is not None else "*"
        ids = ",".join(map(str, self.jurisdiction_ids))
        raw = "|".join(
            (
                str(self.revision),
                self.today.isoformat(),
                self.calendar_revision,
                ids,
                units,
                *parts,
            )
        )
        return 'W/"' + hashlib.sha256(raw.encode()).hexdigest()[:32] + '"'


async def ledger(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    *,
    include_descendants: bool = False,
) -> Ledger:
    today = local_today(ref, now)
    only_units: frozenset[uuid.UUID] | None = None
    ids = [ref.id]
    if allows(actor, Permission.read_all_tasks, ref):
        if include_descendants:
            ids += [
                row.id
                for row in await jurisdictions_repo.descendants(session, ref.id)
                if allows(actor, Permission.read_all_tasks, jurisdictions_repo.to_ref(row))
            ]
    else:
        only_units = actor.units_in(ref.id)
    return Ledger(
        tuple(ids),
        only_units,
        today,
        await repo.revision(session, ids),
        await calendar_revision(session),
    )


def require_visible(actor: Actor, ref: JurisdictionRef, units: Collection[uuid.UUID]) -> None:
    """404 unless the caller sees the whole table here or holds a post for one of ``units``
    (the task's lead and cooperating units)."""
    if not allows(actor, Permission.read_all_tasks, ref) and actor.units_in(ref.id).isdisjoint(
        units
    ):
        raise NotFound(NOT_HERE)


async def _visible(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, task_id: uuid.UUID
) -> Task:
    row = await repo.get(session, ref.id, task_id)
    if row is None:
        raise NotFound(NOT_HERE)
    if not allows(actor, Permission.read_all_tasks, ref):
        cooperating = (await repo.cooperating(session, [row.id]))[row.id]
        require_visible(actor, ref, {row.lead_unit_id, *(unit for unit, __ in cooperating)})
    return row


async def get(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, task_id: uuid.UUID, now: datetime
) -> TaskOut:
    # One statement: the task with its lead unit's name and its cooperating units, which also
    # decide whether a unit's person may see it (as _visible does for the other routes). Read
    # as it is: no flush or refresh (``full``), which only a write needs.
    row = await repo.read_named_committed(session, ref.id, task_id)
    if row is None:
        raise NotFound(NOT_HERE)
    cooperating = repo.cooperating_of(row)
    require_visible(actor, ref, {row.lead_unit_id, *(unit for unit, __ in cooperating)})
    note_resource_version(row.row_version)  # its ETag's, read here (app/routers/conditional.py)
    calendar = await load_calendar(session)
    return task_out(row, row.lead_unit_name, cooperating, calendar, local_today(ref, now))


async def visible_task(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, task_id: uuid.UUID
) -> Task:
    """A task the caller may read (404 otherwise): for progress, comments and supervision."""
    return await _visible(session, actor, ref, task_id)


# --- lists, summaries, CSV ----------------------------------------------------------------------


def with_cutoff(f: TaskFilter, calendar: ArrangementCalendar, today: date) -> TaskFilter:
    if f.overdue is None:
        return f
    return TaskFilter(**{**f.__dict__, "overdue_cutoff": domain.overdue_cutoff(calendar, today)})


async def list_page(
    session: AsyncSession, scope: Ledger, f: TaskFilter, paging: PageRequest
) -> CalendarPage[TaskOut]:
    calendar = (await load_calendar(session)).noting()
    f = with_cutoff(f, calendar, scope.today)
    rows = await repo.page(session, scope.jurisdiction_ids, scope.only_units, f, paging)
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r.deadline, r.id))
    items = [
        task_out(row, row.lead_unit_name, repo.cooperating_of(row), calendar, scope.today)
        for row in kept
    ]
    return CalendarPage[TaskOut](
        items=items, next_cursor=cursor, limit=paging.limit, calendar=use_of(calendar)
    )


CSV_COLUMNS = (
    "id",
    "jurisdiction_id",
    "code",
    "parent_id",
    "title",
    "category",
    "source_kind",
    "source_reference",
    "lead_unit_id",
    "lead_unit",
    "cooperating_units",
    "deadline",
    "state",
    "percent",
    "completion_pending",
    "overdue_working_days",
    "started_on",
    "completed_on",
    "completed_on_time",
    "cancelled_on",
)


def _csv_line(values: Sequence[object]) -> str:
    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return str(value).lower()
        if isinstance(value, int | float):
            return str(value)  # a number, even a negative one, is no formula
        return csv_text(str(value))

    return ",".join(text(v) for v in values) + "\r\n"


async def list_all(session: AsyncSession, scope: Ledger, f: TaskFilter) -> list[TaskOut]:
    """Every matching task, deadline order (for the CSV and the workbook)."""
    calendar = await load_calendar(session)
    f = with_cutoff(f, calendar, scope.today)
    rows = await repo.all_matching(session, scope.jurisdiction_ids, scope.only_units, f)
    return await _outs(session, rows, scope.today, calendar)


async def list_csv(session: AsyncSession, scope: Ledger, f: TaskFilter) -> Iterator[str]:
    """Every matching task as CSV lines (UTF-8 with BOM for Excel), deadline order."""
    outs = await list_all(session, scope, f)

    def lines() -> Iterator[str]:
        yield "\ufeff" + _csv_line(CSV_COLUMNS)
        for t in outs:
            yield _csv_line(
                (
                    t.id,
                    t.jurisdiction_id,
                    t.code,
                    t.parent_id,
                    t.title,
                    t.category,
                    t.source.kind.value,
                    t.source.reference,
                    t.lead_unit.id,
                    t.lead_unit.name,
                    "、".join(u.name for u in t.cooperating_units),
                    t.deadline,
                    t.state.value,
                    t.percent,
                    t.completion_pending,
                    t.overdue_working_days,
                    t.started_on,
                    t.completed_on,
                    t.completed_on_time,
                    t.cancelled_on,
                )
            )

    return lines()


def _rate(counts: dict[str, int]) -> float | None:
    due, on_time = counts["due"], counts["done_on_time"]
    return None if due == 0 else round(on_time / due, 4)


def _overdue_days(
    calendar: ArrangementCalendar, deadlines: Sequence[date], day: date
) -> dict[str, int]:
    """The sum and the maximum of the overdue working days of a group's overdue tasks, each
    counted as a single task's ``overdue_working_days`` (all are open on ``day``)."""
    days = [working_days_between(calendar, deadline, day) for deadline in deadlines]
    return {
        "overdue_working_days_sum": sum(days),
        "overdue_working_days_max": max(days, default=0),
    }


async def summary(
    session: AsyncSession,
    scope: Ledger,
    f: TaskFilter,
    *,
    by: str,
    as_of: date | None,
) -> TaskSummaryOut:
    day = as_of or scope.today
    calendar = (await load_calendar(session)).noting()
    cutoff = domain.overdue_cutoff(calendar, day)
    f = TaskFilter(**{**f.__dict__, "overdue": None})
    rows: list[SummaryRow] = await repo.summary(
        session, scope.jurisdiction_ids, scope.only_units, f, by=by, day=day, cutoff=cutoff
    )
    counted = operator.itemgetter(*repo.TALLY_NAMES)
    sums = [sum(column) for column in zip(*(counted(r.counts) for r in rows), strict=True)]
    totals = dict(zip(repo.TALLY_NAMES, sums or [0] * len(repo.TALLY_NAMES), strict=True))
    # Validated as one document: a model per group costs twice as much for 2,000 units.
    return TaskSummaryOut.model_validate(
        {
            "as_of": day,
            "group_by": by,
            "groups": [
                {
                    **r.counts,
                    "on_time_rate": _rate(r.counts),
                    "unit_id": r.key if by == "unit" else None,
                    "unit_name": r.unit_name,
                    "category": r.key if by == "category" else None,
                    **_overdue_days(calendar, r.overdue_deadlines, day),
                }
                for r in rows
            ],
            "totals": {**totals, "on_time_rate": _rate(totals)},
            "calendar": use_of(calendar),
        }
    )


SUMMARY_COLUMNS = (
    "as_of",
    "unit_id",
    "unit_name",
    "category",
    *repo.TALLY_NAMES,
    "on_time_rate",
    "overdue_working_days_sum",
    "overdue_working_days_max",
)


def summary_csv(out: TaskSummaryOut) -> Iterator[str]:
    yield "\ufeff" + _csv_line(SUMMARY_COLUMNS)
    for g in out.groups:
        yield _csv_line(
            (
                out.as_of,
                g.unit_id,
                g.unit_name,
                g.category,
                *(getattr(g, name) for name in repo.TALLY_NAMES),
                g.on_time_rate,
                g.overdue_working_days_sum,
                g.overdue_working_days_max,
            )
        )


# --- keeping the table ------------------------------------------------------------------------


async def _active_units(
    session: AsyncSession, jid: uuid.UUID, lead: uuid.UUID, cooperating: Sequence[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """The lead and cooperating units are active member units here, each once (422 naming each
    one that is not); their names, for the answer."""
    found = {row.id: row for row in await repo.units_named(session, jid, {lead, *cooperating})}
    errors: list[FieldError] = []

    def check(location: tuple[str | int, ...], unit: uuid.UUID) -> None:
        row = found.get(unit)
        if row is None:
            errors.append(FieldError(location, _("not a member unit of this jurisdiction")))
        elif not row.is_active:
            errors.append(
                FieldError(location, _("{name} is no longer a member unit", name=row.name))
            )

    check(("body", "lead_unit_id"), lead)
    seen: set[uuid.UUID] = set()
    for index, unit in enumerate(cooperating):
        location = ("body", "cooperating_unit_ids", index)
        if unit == lead:
            errors.append(FieldError(location, _("the lead unit is not also a cooperating unit")))
        elif unit in seen:
            errors.append(FieldError(location, _("named twice")))
        else:
            check(location, unit)
        seen.add(unit)
    if errors:
        raise InvalidInput(_("Some units cannot take this task."), tuple(errors))
    return {unit: row.name for unit, row in found.items()}


def _milestones(items: Sequence[MilestoneIn]) -> list[Milestone]:
    return [Milestone(m.due_on, m.title) for m in items]


def _json_milestones(items: Sequence[MilestoneIn]) -> list[dict[str, str]]:
    return [{"due_on": m.due_on.isoformat(), "title": m.title} for m in items]


def _json_measures(items: Sequence[MeasureIn]) -> list[dict[str, str | None]]:
    return [
        {
            "title": m.title,
            "document_reference": m.document_reference,
            "issued_on": m.issued_on.isoformat() if m.issued_on else None,
        }
        for m in items
    ]


async def _parent(
    session: AsyncSession, jid: uuid.UUID, parent_id: uuid.UUID | None, *, child: Task | None
) -> Task | None:
    """The parent named: an open top-level task here; the child must not have sub-tasks."""
    if parent_id is None:
        return None
    parent = await repo.get(session, jid, parent_id)
    if parent is None:
        raise InvalidInput(
            _("No such task in this jurisdiction."),
            (FieldError(("body", "parent_id"), _("not a task of this jurisdiction")),),
        )
    if child is not None and parent.id == child.id:
        raise InvalidInput(
            _("A task is not its own sub-task."),
            (FieldError(("body", "parent_id"), _("the task itself")),),
        )
    has_children = child is not None and await repo.child_count(session, jid, child.id) > 0
    domain.check_nesting(parent.parent_id is not None, has_children)
    if TaskState(parent.state) not in domain.OPEN_STATES:
        raise StateConflict(
            _("The parent task is {state}: it takes no new sub-tasks.", state=parent.state)
        )
    return parent


@dataclass(frozen=True)
class NewTask:
    """What a task is made of, however it arrives (a request, a decision, a workbook row)."""

    code: str | None
    parent_id: uuid.UUID | None
    title: str
    category: str
    source_kind: SourceKind
    source_title: str | None
    source_reference: str | None
    lead_unit_id: uuid.UUID
    cooperating_unit_ids: Sequence[uuid.UUID]
    deadline: date
    milestones: Sequence[MilestoneIn]
    measures: Sequence[MeasureIn]
    source_meeting_id: uuid.UUID | None = None
    source_agenda_index: int | None = None
    source_decision_index: int | None = None


# A number given by the counter is taken only when a code was stored past it without passing
# the counters (rows written directly); the counter then catches up with the table, once.
CODE_ATTEMPTS = 3


async def add_task(
    session: AsyncSession, actor: Actor, jid: uuid.UUID, today: date, new: NewTask
) -> TaskOut:
    """Validate and insert one task with its cooperating units, and answer it (no audit).

    Without a code, it takes the next number of the top level or of its parent's sub-tasks
    from a counter row (``repo.take_code_number``); a code given explicitly raises that
    counter to its number, so the next one given follows it."""
    parent = await _parent(session, jid, new.parent_id, child=None)
    names = await _active_units(session, jid, new.lead_unit_id, new.cooperating_unit_ids)
    domain.check_schedule(new.deadline, _milestones(new.milestones), today)
    if new.code is not None:
        row = new_row(actor, jid, today, new, new.code)
        if not await _insert(session, row, new, domain.counted(new.code)):
            raise Conflict(CODE_TAKEN)
    else:
        parent_id, parent_code = (parent.id, parent.code) if parent else (None, None)
        for __ in range(CODE_ATTEMPTS):
            number = await repo.take_code_number(session, jid, parent_id)
            row = new_row(actor, jid, today, new, domain.code_for(parent_code, number))
            if await _insert(session, row, new, None):
                break
            await repo.catch_up_code_number(session, jid, parent_id, parent_code)
        else:
            raise Conflict(CODE_TAKEN)
    return task_out(
        row,
        names[row.lead_unit_id],
        [(unit, names[unit]) for unit in new.cooperating_unit_ids],
        await load_calendar(session),
        today,
    )


async def _insert(
    session: AsyncSession, row: Task, new: NewTask, advance: domain.CountedCode | None
) -> bool:
    try:
        return await repo.insert_task(session, row, new.cooperating_unit_ids, advance)
    except IntegrityError as exc:  # a concurrent twin of the same decision
        if getattr(exc.orig, "sqlstate", None) == UNIQUE_VIOLATION:
            raise Conflict(DECISION_TAKEN) from exc
        raise


def new_row(actor: Actor, jid: uuid.UUID, today: date, new: NewTask, code: str) -> Task:
    """The row of a new task, not started, once ``new`` has passed add_task's checks (or the
    workbook import's, which judge whole tables at once)."""
    return Task(
        id=uuid.uuid4(),
        jurisdiction_id=jid,
        parent_id=new.parent_id,
        code=code,
        title=new.title,
        category=new.category,
        source_kind=new.source_kind.value,
        source_title=new.source_title,
        source_reference=new.source_reference,
        source_meeting_id=new.source_meeting_id,
        source_agenda_index=new.source_agenda_index,
        source_decision_index=new.source_decision_index,
        lead_unit_id=new.lead_unit_id,
        deadline=new.deadline,
        milestones=_json_milestones(new.milestones),
        measures=_json_measures(new.measures),
        state=TaskState.not_started.value,
        percent=0,
        completion_pending=False,
        created_on=today,
        created_by=actor.id,
        created_by_name=actor.display_name,
    )


async def create(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, now: datetime, data: TaskCreate
) -> TaskOut:
    if data.source.kind is SourceKind.meeting_decision:
        raise InvalidInput(
            _("A task from a meeting decision is made from the decision itself."),
            (
                FieldError(
                    ("body", "source", "kind"),
                    _("use POST …/tasks/from-decision for a meeting decision"),
                ),
            ),
        )
    today = local_today(ref, now)
    out = await add_task(
        session,
        actor,
        ref.id,
        today,
        NewTask(
            code=data.code,
            parent_id=data.parent_id,
            title=data.title,
            category=data.category,
            source_kind=data.source.kind,
            source_title=data.source.title,
            source_reference=data.source.reference,
            lead_unit_id=data.lead_unit_id,
            cooperating_unit_ids=data.cooperating_unit_ids,
            deadline=data.deadline,
            milestones=data.milestones,
            measures=data.measures,
        ),
    )
    await _audit_new(session, actor, "create", out)
    return out


async def create_from_decision(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    data: TaskFromDecision,
) -> TaskOut:
    """A decision (明确意见) of this jurisdiction's archived minutes, made a task once."""
    meeting = await meetings_repo.get(session, ref.id, data.meeting_id)
    minutes = await meetings_repo.get_minutes(session, ref.id, data.meeting_id)
    if meeting is None:
        raise InvalidInput(
            _("No such meeting in this jurisdiction."),
            (FieldError(("body", "meeting_id"), _("not a meeting of this jurisdiction")),),
        )
    if minutes is None or minutes.archived_at is None:
        raise StateConflict(
            _(
                "The meeting's minutes are not archived: a decision becomes a task "
                "once the minutes recording it are archived."
            )
        )
    draft = draft_of(minutes.draft)
    if data.agenda_index >= len(draft.agenda_items):
        raise InvalidInput(
            _("The minutes have no such agenda item."),
            (
                FieldError(
                    ("body", "agenda_index"),
                    _(
                        "{agenda_items_count} agenda item(s)",
                        agenda_items_count=len(draft.agenda_items),
                    ),
                ),
            ),
        )
    decisions = draft.agenda_items[data.agenda_index].decisions
    if data.decision_index >= len(decisions):
        raise InvalidInput(
            _("The agenda item has no such decision."),
            (
                FieldError(
                    ("body", "decision_index"),
                    _("{decisions_count} decision(s)", decisions_count=len(decisions)),
                ),
            ),
        )
    decision = decisions[data.decision_index]
    existing = await repo.decision_task(
        session, data.meeting_id, data.agenda_index, data.decision_index
    )
    if existing is not None:
        raise Conflict(
            _("This decision is already task {code} ({id}).", code=existing.code, id=existing.id)
        )
    lead = data.lead_unit_id or decision.responsible_unit_id
    deadline = data.deadline or decision.deadline
    if lead is None or deadline is None:
        raise InvalidInput(
            _("The decision leaves the task incomplete."),
            tuple(
                FieldError(("body", name), _("the decision names none: give it here"))
                for name, value in (("lead_unit_id", lead), ("deadline", deadline))
                if value is None
            ),
        )
    today = local_today(ref, now)
    out = await add_task(
        session,
        actor,
        ref.id,
        today,
        NewTask(
            code=data.code,
            parent_id=data.parent_id,
            title=data.title or decision.text[:500],
            category=data.category,
            source_kind=SourceKind.meeting_decision,
            source_title=meeting.title,
            source_reference=None,
            lead_unit_id=lead,
            cooperating_unit_ids=data.cooperating_unit_ids,
            deadline=deadline,
            milestones=data.milestones,
            measures=data.measures,
            source_meeting_id=meeting.id,
            source_agenda_index=data.agenda_index,
            source_decision_index=data.decision_index,
        ),
    )
    await _audit_new(session, actor, "create_from_decision", out)
    return out


async def locked(
    session: AsyncSession, ref: JurisdictionRef, task_id: uuid.UUID, act: TaskAct
) -> Task:
    """The task, locked for the change, if ``act`` fits its state (404, 409 otherwise)."""
    row = await repo.get(session, ref.id, task_id, for_update=True)
    if row is None:
        raise NotFound(NOT_HERE)
    domain.check_act(TaskState(row.state), act, completion_pending=row.completion_pending)
    return row


NOT_NULL = tuple(name for name in TaskUpdate.model_fields if name != "parent_id")
# The parts of a source a PATCH may clear (null), by the column each is kept in.
OPTIONAL_SOURCE = {"title": "source_title", "reference": "source_reference"}


async def update(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    data: TaskUpdate,
) -> TaskOut:
    # The row just read (and locked) is answered as it is: no refresh, no second read.
    found = await repo.lock_named(session, ref.id, task_id)
    if found is None:
        raise NotFound(NOT_HERE)
    row, lead_name, units = found
    domain.check_act(TaskState(row.state), TaskAct.edit, completion_pending=row.completion_pending)
    changes = changes_of(data, not_null=NOT_NULL)
    source = changes.get("source") or {}
    if "kind" in source and source["kind"] is None:
        raise InvalidInput(
            _("these fields cannot be null: {fields}", fields="source.kind"),
            (FieldError(("body", "source", "kind"), _("cannot be null")),),
        )
    source_kind = data.source.kind if data.source is not None else None
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    before = task_out(row, lead_name, units, calendar, today)
    names = {row.lead_unit_id: lead_name, **dict(units)}
    if "parent_id" in changes and data.parent_id != row.parent_id:
        await _parent(session, ref.id, data.parent_id, child=row)
        row.parent_id = data.parent_id
    if source_kind is SourceKind.meeting_decision and row.source_meeting_id is None:
        raise InvalidInput(
            _("Only a task made from a meeting decision has that source."),
            (FieldError(("body", "source", "kind"), _("use POST …/tasks/from-decision")),),
        )
    if (
        row.source_meeting_id is not None
        and "kind" in source
        and source_kind is not SourceKind.meeting_decision
    ):
        raise InvalidInput(
            _("A task made from a meeting decision keeps that source."),
            (FieldError(("body", "source", "kind"), _("fixed: made from a meeting decision")),),
        )
    lead = data.lead_unit_id or row.lead_unit_id
    if data.lead_unit_id is not None or data.cooperating_unit_ids is not None:
        cooperating = (
            data.cooperating_unit_ids
            if data.cooperating_unit_ids is not None
            else [u.id for u in before.cooperating_units]
        )
        names = await _active_units(session, ref.id, lead, cooperating)
        row.lead_unit_id = lead
        await repo.replace_cooperating(session, ref.id, row.id, cooperating)
        units = [(unit, names[unit]) for unit in cooperating]
    deadline = data.deadline or row.deadline
    milestones = (
        data.milestones
        if data.milestones is not None
        else [MilestoneIn.model_validate(m) for m in row.milestones]
    )
    domain.check_schedule(deadline, _milestones(milestones), row.created_on)
    row.deadline = deadline
    row.milestones = _json_milestones(milestones)
    if data.measures is not None:
        row.measures = _json_measures(data.measures)
    for name in ("code", "title", "category"):
        if name in changes:
            setattr(row, name, changes[name])
    if source_kind is not None:
        row.source_kind = source_kind.value
    for part, column in OPTIONAL_SOURCE.items():
        if part in source:
            setattr(row, column, source[part])
    if "code" in changes:
        try:
            async with session.begin_nested():
                await session.flush()
        except IntegrityError as exc:  # the only unique column a PATCH changes is the code
            if getattr(exc.orig, "sqlstate", None) == UNIQUE_VIOLATION:
                raise Conflict(CODE_TAKEN) from exc
            raise
        await repo.advance_code_numbers(session, ref.id, [row.code])  # the next follows it
    else:
        await session.flush()  # updated_at comes back with the UPDATE (eager_defaults)
    after = task_out(row, names[row.lead_unit_id], units, calendar, today)
    await _audit(session, actor, "update", row, before=before, after=after)
    return after


async def cancel(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    data: TaskCancel,
) -> TaskOut:
    row = await locked(session, ref, task_id, TaskAct.cancel)
    today = local_today(await load_jurisdiction(session, ref.id), now)
    open_children = [
        child.code
        for child in (
            await session.execute(
                select(Task).where(Task.jurisdiction_id == ref.id, Task.parent_id == row.id)
            )
        ).scalars()
        if TaskState(child.state) in domain.OPEN_STATES
    ]
    if open_children:
        raise StateConflict(
            _(
                "The task has open sub-tasks ({codes}): complete or cancel them first.",
                codes=", ".join(sorted(open_children)),
            )
        )
    before = await full(session, row, today)
    row.state = TaskState.cancelled.value
    row.cancelled_on = today
    row.cancel_reason = data.reason
    row.completion_pending = False
    after = await full(session, row, today)
    await _audit(session, actor, "cancel", row, before=before, after=after)
    return after


async def delete(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, task_id: uuid.UUID, now: datetime
) -> None:
    """A task entered by mistake, with nothing recorded on it yet, and no sub-tasks."""
    row = await locked(session, ref, task_id, TaskAct.delete)
    if TaskState(row.state) not in domain.OPEN_STATES:
        raise StateConflict(_("The task is {state}: it stays in the table.", state=row.state))
    if await repo.child_count(session, ref.id, row.id) or await repo.has_history(session, row.id):
        raise StateConflict(
            _(
                "Progress, comments, sub-tasks, notices or inspection findings are "
                "recorded on this task: it is cancelled (POST …/cancel), not deleted."
            )
        )
    today = local_today(await load_jurisdiction(session, ref.id), now)
    before = await full(session, row, today)
    await repo.replace_cooperating(session, ref.id, row.id, [])
    await session.delete(row)
    await session.flush()
    await _audit(session, actor, "delete", row, before=before, after=None)
