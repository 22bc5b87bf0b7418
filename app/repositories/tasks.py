"""Queries over the task breakdown. A page of tasks, its units and the per-unit or per-category
summary are each one statement, whatever the page holds (no query per task)."""

from __future__ import annotations

import typing
import uuid
from collections import defaultdict, namedtuple
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

import asyncpg
from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    String,
    Table,
    Uuid,
    and_,
    bindparam,
    cast,
    column,
    delete,
    exists,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    true,
    union_all,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import values as values_clause
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.tasks import OPEN_STATES, CountedCode, TaskState, counted
from app.invalidation import READING_KEY, note_written
from app.models import (
    AccountabilityRecordTask,
    FindingLink,
    MemberUnit,
    PublicNoticeTask,
    SupervisionNotice,
    Task,
    TaskCodeCounter,
    TaskComment,
    TaskCooperatingUnit,
    TaskLedgerRevision,
    TaskProgressReport,
)
from app.pagination import PageRequest, apply_keyset
from app.repositories.common import next_from_counter

OPEN_STATE_VALUES = tuple(s.value for s in OPEN_STATES)


@dataclass(frozen=True)
class TaskFilter:
    """What GET …/tasks narrows by; None leaves a criterion out."""

    unit_id: uuid.UUID | None = None  # leads or cooperates
    lead_unit_id: uuid.UUID | None = None
    state: TaskState | None = None
    overdue: bool | None = None
    overdue_cutoff: date | None = None  # required with ``overdue``
    deadline_from: date | None = None
    deadline_to: date | None = None
    category: str | None = None
    q: str | None = None
    parent_id: uuid.UUID | None = None
    top_level: bool | None = None
    source_meeting_id: uuid.UUID | None = None
    changed_since: datetime | None = None  # updated_at at or after


_T = Task.__table__.c  # table columns: a Core statement stays off the ORM's execution path
_LED = Task.__table__.alias("led")  # made once: an alias proxies each of the table's columns
_COOPERATES = TaskCooperatingUnit.__table__.c


def _in_jurisdictions(
    column: ColumnElement[uuid.UUID], jurisdiction_ids: Collection[uuid.UUID]
) -> ColumnElement[bool]:
    ids = list(jurisdiction_ids)
    return column == ids[0] if len(ids) == 1 else column.in_(ids)


def involving(
    unit_ids: Collection[uuid.UUID], *, within: Collection[uuid.UUID] | None = None
) -> ColumnElement[bool]:
    """Tasks a unit among ``unit_ids`` leads or cooperates on (of the jurisdictions ``within``,
    when given: the narrower, the cheaper).

    A semi-join on the ids the two indexes give (the tasks the units lead, those they cooperate
    on), not ``lead_unit_id IN (…) OR EXISTS (…)``: with the OR the planner walks the whole
    table in deadline order and tests each row, ~90 ms over 100,000 tasks for a unit with 150."""
    if not unit_ids:
        return false()
    units = list(unit_ids)
    lead = select(_LED.c.id).where(_LED.c.lead_unit_id.in_(units))
    cooperates = select(_COOPERATES.task_id).where(_COOPERATES.unit_id.in_(units))
    if within is not None:
        lead = lead.where(_in_jurisdictions(_LED.c.jurisdiction_id, within))
        cooperates = cooperates.where(_in_jurisdictions(_COOPERATES.jurisdiction_id, within))
    return _T.id.in_(union_all(lead, cooperates))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def is_overdue(cutoff: date) -> ColumnElement[bool]:
    return and_(_T.state.in_(OPEN_STATE_VALUES), _T.deadline < cutoff)


def _where(
    jurisdiction_ids: Collection[uuid.UUID],
    only_units: Collection[uuid.UUID] | None,
    f: TaskFilter,
) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [_in_jurisdictions(_T.jurisdiction_id, jurisdiction_ids)]
    if only_units is not None:
        clauses.append(involving(only_units, within=jurisdiction_ids))
    if f.unit_id is not None:
        clauses.append(involving([f.unit_id], within=jurisdiction_ids))
    if f.lead_unit_id is not None:
        clauses.append(_T.lead_unit_id == f.lead_unit_id)
    if f.state is not None:
        clauses.append(_T.state == f.state.value)
    if f.overdue is not None:
        assert f.overdue_cutoff is not None
        overdue = is_overdue(f.overdue_cutoff)
        clauses.append(overdue if f.overdue else ~overdue)
    if f.deadline_from is not None:
        clauses.append(_T.deadline >= f.deadline_from)
    if f.deadline_to is not None:
        clauses.append(_T.deadline <= f.deadline_to)
    if f.category is not None:
        clauses.append(_T.category == f.category)
    if f.q is not None:
        pattern = f"%{_escape_like(f.q)}%"
        clauses.append(or_(_T.title.ilike(pattern), _T.code.ilike(pattern)))
    if f.parent_id is not None:
        clauses.append(_T.parent_id == f.parent_id)
    if f.top_level is not None:
        clauses.append(_T.parent_id.is_(None) if f.top_level else _T.parent_id.is_not(None))
    if f.source_meeting_id is not None:
        clauses.append(_T.source_meeting_id == f.source_meeting_id)
    if f.changed_since is not None:
        clauses.append(_T.updated_at >= f.changed_since)
    return clauses


# --- tasks as answered: one statement each, in Core ------------------------------------------
# A task with its lead unit's name and its cooperating units (ids and names, in their order), as
# rows whose fields are named like Task's attributes (services/tasks.py task_out reads either).
# Core rows, not ORM instances: nothing to identity-map or track on a read, and the statement is
# built once, so a request neither builds nor hashes it again (its cache key is memoised).

_TASKS = typing.cast(Table, Task.__table__)
_LEAD = MemberUnit.__table__.alias("lead")
_UNITS = MemberUnit.__table__
_COOPERATING = TaskCooperatingUnit.__table__
_COOPERATION = (
    select(
        func.array_agg(aggregate_order_by(_COOPERATING.c.unit_id, _COOPERATING.c.position)).label(
            "cooperating_ids"
        ),
        func.array_agg(aggregate_order_by(_UNITS.c.name, _COOPERATING.c.position)).label(
            "cooperating_names"
        ),
    )
    .select_from(_COOPERATING.join(_UNITS, _UNITS.c.id == _COOPERATING.c.unit_id))
    .where(_COOPERATING.c.task_id == _TASKS.c.id)
    .lateral("cooperation")
)
NAMED_TASKS: Select[Any] = select(
    _TASKS,
    _LEAD.c.name.label("lead_unit_name"),
    _COOPERATION.c.cooperating_ids,
    _COOPERATION.c.cooperating_names,
).select_from(_TASKS.join(_LEAD, _LEAD.c.id == _TASKS.c.lead_unit_id).join(_COOPERATION, true()))
_ONE_NAMED_TASK = NAMED_TASKS.where(
    _TASKS.c.jurisdiction_id == bindparam("jurisdiction_id", type_=Uuid),
    _TASKS.c.id == bindparam("task_id", type_=Uuid),
)


# GET one task, the read integrators poll most, goes to the driver itself on the read's
# connection: SQLAlchemy's execution of this one cached statement cost ~80 µs of CPU a request
# more (~8 % of the request), measured in-process. SQLAlchemy compiles it once, for asyncpg;
# the driver's codecs, which SQLAlchemy sets up on each connection, decode the same values
# (tests/api/test_task_round_trips.py compares the two rows).
NamedTaskRecord = namedtuple(  # type: ignore[misc]
    "NamedTaskRecord", list(_ONE_NAMED_TASK.selected_columns.keys())
)
_driver_sql: dict[str, tuple[str, tuple[str, ...]]] = {}  # by dialect name: SQL, parameter order


def _compiled_for(dialect: Any) -> tuple[str, tuple[str, ...]]:
    found = _driver_sql.get(dialect.name)
    if found is None:
        compiled = _ONE_NAMED_TASK.compile(dialect=dialect)
        found = _driver_sql[dialect.name] = (str(compiled), tuple(compiled.positiontup or ()))
    return found


async def read_named_committed(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID
) -> Any | None:
    """What ``read_named`` reads, for a read's session only (autocommit: no transaction to
    join, nothing pending to flush): a ``NamedTaskRecord`` (``_asdict``, attributes)."""
    if not session.info.get(READING_KEY):
        return await read_named(session, jurisdiction_id, task_id)
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None
    sql, order = _compiled_for(connection.dialect)
    values = {"jurisdiction_id": jurisdiction_id, "task_id": task_id}
    try:
        record = await driver.fetchrow(sql, *(values[name] for name in order))
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
        # As SQLAlchemy would report it, so that the request's session answers it as any
        # other database failure (a lost connection: 503 with Retry-After, never a 500).
        lost = driver.is_closed()
        raise OperationalError(sql, values, exc, connection_invalidated=lost) from exc
    return None if record is None else NamedTaskRecord(*record.values())


def cooperating_of(row: Row[Any]) -> list[tuple[uuid.UUID, str]]:
    """A named task row's cooperating units (id, name), in their order."""
    return list(zip(row.cooperating_ids or (), row.cooperating_names or (), strict=True))


async def read_named(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID
) -> Row[Any] | None:
    """One task as answered (a row of NAMED_TASKS), or None: one statement."""
    params = {"jurisdiction_id": jurisdiction_id, "task_id": task_id}
    found: Row[Any] | None = (await session.execute(_ONE_NAMED_TASK, params)).one_or_none()
    return found


_UNITS_NAMED: Select[Any] = select(_UNITS.c.id, _UNITS.c.name, _UNITS.c.is_active).where(
    _UNITS.c.jurisdiction_id == bindparam("jurisdiction_id", type_=Uuid),
    _UNITS.c.id == func.any(bindparam("unit_ids", type_=ARRAY(Uuid))),
)


async def units_named(
    session: AsyncSession, jurisdiction_id: uuid.UUID, unit_ids: Collection[uuid.UUID]
) -> list[Row[Any]]:
    """The member units of this jurisdiction among ``unit_ids`` (id, name, is_active): one
    statement, the same text whatever their number."""
    params = {"jurisdiction_id": jurisdiction_id, "unit_ids": list(unit_ids)}
    return list((await session.execute(_UNITS_NAMED, params)).all())


async def page(
    session: AsyncSession,
    jurisdiction_ids: Collection[uuid.UUID],
    only_units: Collection[uuid.UUID] | None,
    f: TaskFilter,
    page: PageRequest,
) -> list[Row[Any]]:
    """One page in deadline order, as answered (rows of NAMED_TASKS): one statement."""
    statement = NAMED_TASKS.where(*_where(jurisdiction_ids, only_units, f))
    statement = apply_keyset(statement, [_T.deadline, _T.id], page)
    return list((await session.execute(statement)).all())


async def all_matching(
    session: AsyncSession,
    jurisdiction_ids: Collection[uuid.UUID],
    only_units: Collection[uuid.UUID] | None,
    f: TaskFilter,
) -> list[tuple[Task, str]]:
    """Every task matching, in deadline order (for CSV and workbook exports)."""
    statement = (
        select(Task, MemberUnit.name)
        .join(MemberUnit, MemberUnit.id == Task.lead_unit_id)
        .where(*_where(jurisdiction_ids, only_units, f))
        .order_by(Task.deadline, Task.id)
    )
    return [(task, name) for task, name in (await session.execute(statement)).all()]


async def cooperating(
    session: AsyncSession, task_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    """Each task's cooperating units (id, name), in the order given."""
    found: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    if not task_ids:
        return found
    statement = (
        select(TaskCooperatingUnit.task_id, MemberUnit.id, MemberUnit.name)
        .join(MemberUnit, MemberUnit.id == TaskCooperatingUnit.unit_id)
        .where(TaskCooperatingUnit.task_id.in_(list(task_ids)))
        .order_by(TaskCooperatingUnit.task_id, TaskCooperatingUnit.position)
    )
    for task_id, unit_id, name in (await session.execute(statement)).all():
        found[task_id].append((unit_id, name))
    return found


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    task_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Task | None:
    statement = select(Task).where(Task.jurisdiction_id == jurisdiction_id, Task.id == task_id)
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


# The task locked, then read with its units' names by gaiban_locked_task (migration
# 5c9d3e7a2b18): one round trip, each part with a snapshot of its own.
_LOCKED_NAMES = (
    column("lead_name", String),
    column("cooperating_ids", ARRAY(Uuid)),
    column("cooperating_names", ARRAY(String)),
)
_LOCKED_TASK = (
    select(Task, *_LOCKED_NAMES)
    .from_statement(
        text(
            "SELECT "
            + ", ".join(f"(locked.task).{c.name}" for c in _TASKS.columns)
            + ", locked.lead_name, locked.cooperating_ids, locked.cooperating_names "
            "FROM gaiban_locked_task(:jurisdiction_id, :task_id) AS locked"
        ).columns(*_TASKS.columns, *_LOCKED_NAMES)
    )
    .execution_options(populate_existing=True)
)


async def lock_named(
    session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID
) -> tuple[Task, str, list[tuple[uuid.UUID, str]]] | None:
    """The task locked for a change, with its lead unit's name and its cooperating units (id,
    name) in order, read once the lock is held. Not one plain statement: under READ COMMITTED
    a statement that waited for the row lock rechecks the locked row only, and what it joined
    (the lead unit, the cooperating units another change has just replaced) it reads as of its
    own start. The database function takes the lock, then reads, each in a statement (and a
    snapshot) of its own: what the change that held the lock committed, in one round trip."""
    found = (
        await session.execute(
            _LOCKED_TASK, {"jurisdiction_id": jurisdiction_id, "task_id": task_id}
        )
    ).one_or_none()
    if found is None:
        return None
    task, lead_name, ids, names = found
    return task, lead_name, list(zip(ids or (), names or (), strict=True))


async def get_by_code(session: AsyncSession, jurisdiction_id: uuid.UUID, code: str) -> Task | None:
    statement = select(Task).where(Task.jurisdiction_id == jurisdiction_id, Task.code == code)
    return (await session.execute(statement)).scalar_one_or_none()


async def unit_name(session: AsyncSession, unit_id: uuid.UUID) -> str:
    return (
        await session.execute(select(MemberUnit.name).where(MemberUnit.id == unit_id))
    ).scalar_one()


async def replace_cooperating(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    task_id: uuid.UUID,
    units: Sequence[uuid.UUID],
) -> None:
    await session.execute(delete(TaskCooperatingUnit).where(TaskCooperatingUnit.task_id == task_id))
    session.add_all(
        TaskCooperatingUnit(
            jurisdiction_id=jurisdiction_id, task_id=task_id, unit_id=unit, position=index
        )
        for index, unit in enumerate(units, start=1)
    )
    await session.flush()


async def child_count(session: AsyncSession, jurisdiction_id: uuid.UUID, task_id: uuid.UUID) -> int:
    statement = select(func.count()).where(
        Task.jurisdiction_id == jurisdiction_id, Task.parent_id == task_id
    )
    return (await session.execute(statement)).scalar_one()


# --- codes (序号) -------------------------------------------------------------------------------


def _advance(statement: Any) -> Any:
    """An upsert of a counter that keeps it at or past the number inserted."""
    return statement.on_conflict_do_update(
        index_elements=["jurisdiction_id", "parent_id"],
        set_={"last": func.greatest(TaskCodeCounter.last, statement.excluded.last)},
    )


async def take_code_number(
    session: AsyncSession, jurisdiction_id: uuid.UUID, parent_id: uuid.UUID | None
) -> int:
    """The next number of the top level (``parent_id`` None) or of a task's sub-tasks: one
    statement that inserts the counter or raises it by one and keeps the row locked until the
    transaction ends. Concurrent creates wait for each other on the row, so none takes the
    same number; a create that fails gives its number back (the raise is rolled back)."""
    return await next_from_counter(
        session, TaskCodeCounter.last, jurisdiction_id=jurisdiction_id, parent_id=parent_id
    )


async def catch_up_code_number(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    parent_code: str | None,
) -> None:
    """Raise a counter to the greatest number stored among its codes (whole numbers, or
    ``<parent_code>.<n>``): for codes that reached the table without passing the counters
    (rows written directly, a parent's code changed to one whose family already existed).
    Only after a number given turned out taken; never on the ordinary path."""
    if parent_code is None:
        number: ColumnElement[str] = Task.code.expression
        family = Task.code.regexp_match("^[0-9]{1,6}$")
    else:
        number = func.substr(Task.code, len(parent_code) + 2)
        family = and_(
            Task.code.startswith(parent_code + ".", autoescape=True),
            number.regexp_match("^[0-9]{1,6}$"),
        )
    statement = pg_insert(TaskCodeCounter).from_select(
        ["jurisdiction_id", "parent_id", "last"],
        select(
            literal(jurisdiction_id, Uuid),
            literal(parent_id, Uuid),
            func.coalesce(func.max(cast(number, Integer)), 0),
        ).where(Task.jurisdiction_id == jurisdiction_id, family),
    )
    await session.execute(_advance(statement))


async def advance_code_numbers(
    session: AsyncSession, jurisdiction_id: uuid.UUID, codes: Iterable[str]
) -> None:
    """Keep the counters ahead of codes stored explicitly (the workbook's, a PATCH's): each
    counter is raised to the greatest number among ``codes`` it counts (GREATEST), in at most
    two statements. A ``p.n`` counts for the top-level task coded ``p`` (stored already)."""
    top: int | None = None
    families: dict[str, int] = {}
    for code in codes:
        found = counted(code)
        if found is None:
            continue
        if found.parent_code is None:
            top = max(top or 0, found.number)
        else:
            families[found.parent_code] = max(families.get(found.parent_code, 0), found.number)
    if top is not None:
        values = pg_insert(TaskCodeCounter).values(
            jurisdiction_id=jurisdiction_id, parent_id=None, last=top
        )
        await session.execute(_advance(values))
    if families:
        given = values_clause(
            column("prefix", String), column("number", Integer), name="given"
        ).data(sorted(families.items()))
        parents = (
            select(Task.jurisdiction_id, Task.id, given.c.number)
            .join(given, given.c.prefix == Task.code)
            .where(Task.jurisdiction_id == jurisdiction_id, Task.parent_id.is_(None))
        )
        statement = pg_insert(TaskCodeCounter).from_select(
            ["jurisdiction_id", "parent_id", "last"], parents
        )
        await session.execute(_advance(statement))


_TASK_COLUMNS = frozenset(attribute.key for attribute in sa_inspect(Task).column_attrs)
_COUNTERS = typing.cast(Table, TaskCodeCounter.__table__)


def _insert_statement(
    columns: tuple[str, ...], with_units: bool, advance: Literal["top", "sub"] | None
) -> Any:
    """The statement insert_task sends for a row with ``columns`` set, with or without
    cooperating units, advancing no counter, the top level's or a parent's: every value a bind
    parameter, the units an array (unnest … WITH ORDINALITY gives their positions)."""
    task = (
        pg_insert(_TASKS)
        .values({name: bindparam(name, type_=_TASKS.c[name].type) for name in columns})
        .on_conflict_do_nothing(index_elements=["jurisdiction_id", "code"])
        .returning(_T.jurisdiction_id, _T.id, _T.created_at, _T.updated_at)
        .cte("new_task")
    )
    writes: list[Any] = []
    if with_units:
        units = (
            func.unnest(bindparam("unit_ids", type_=ARRAY(Uuid)))
            .table_valued("unit_id", with_ordinality="position")
            .render_derived(name="units")
        )
        writes.append(
            insert(typing.cast(Table, TaskCooperatingUnit.__table__))
            .from_select(
                ["jurisdiction_id", "task_id", "unit_id", "position"],
                select(
                    task.c.jurisdiction_id, task.c.id, units.c.unit_id, units.c.position
                ).select_from(task.join(units, true())),  # the one new task with each unit
            )
            .cte("new_cooperating")
        )
    if advance is not None:
        number = bindparam("advance_number", type_=Integer)
        if advance == "top":
            counter: Select[Any] = select(task.c.jurisdiction_id, literal(None, Uuid), number)
        else:
            parent = _TASKS.alias("parent")
            counter = select(parent.c.jurisdiction_id, parent.c.id, number).join(
                task,
                and_(
                    parent.c.jurisdiction_id == task.c.jurisdiction_id,
                    parent.c.code == bindparam("advance_parent_code", type_=String),
                    parent.c.parent_id.is_(None),
                ),
            )
        upsert = pg_insert(_COUNTERS).from_select(["jurisdiction_id", "parent_id", "last"], counter)
        writes.append(
            upsert.on_conflict_do_update(
                index_elements=["jurisdiction_id", "parent_id"],
                set_={"last": func.greatest(_COUNTERS.c.last, upsert.excluded.last)},
            ).cte("advanced_counter")
        )
    return select(task.c.created_at, task.c.updated_at).add_cte(*writes)


# Built once per shape (a handful: the columns a new row sets do not vary), so that a create
# neither builds the statement nor generates its cache key again.
_INSERT_STATEMENTS: dict[tuple[tuple[str, ...], bool, str | None], Any] = {}


async def insert_task(
    session: AsyncSession,
    row: Task,
    cooperating: Sequence[uuid.UUID],
    advance: CountedCode | None,
) -> bool:
    """Insert a new task (``row``, not added to the session), its cooperating units and, for
    a code given explicitly, the counter it ``advance``s, in one statement. False when another
    task here has the code (nothing is written, the transaction goes on). The row gets its
    server-set times; the rest of it is what was sent."""
    values = {key: value for key, value in sa_inspect(row).dict.items() if key in _TASK_COLUMNS}
    columns = tuple(sorted(values))
    kind: Literal["top", "sub"] | None = None
    if advance is not None:
        kind = "top" if advance.parent_code is None else "sub"
        values["advance_number"] = advance.number
        values["advance_parent_code"] = advance.parent_code
    shape = (columns, bool(cooperating), kind)
    statement = _INSERT_STATEMENTS.get(shape)
    if statement is None:
        statement = _INSERT_STATEMENTS[shape] = _insert_statement(*shape)
    if cooperating:
        values["unit_ids"] = list(cooperating)
    inserted = (await session.execute(statement, values)).one_or_none()
    note_written(session, "tasks", "task_cooperating_units", "task_code_counters")
    if inserted is None:
        return False
    row.created_at, row.updated_at = inserted
    return True


async def has_history(session: AsyncSession, task_id: uuid.UUID) -> bool:
    """Whether anything was recorded on the task (then it is cancelled, never deleted)."""
    tables: list[Any] = [
        TaskProgressReport,
        TaskComment,
        SupervisionNotice,
        PublicNoticeTask,
        AccountabilityRecordTask,
        FindingLink,  # an inspection's finding that led to it (removed links too: kept)
    ]
    statement = select(or_(*(exists().where(table.task_id == task_id) for table in tables)))
    return bool((await session.execute(statement)).scalar_one())


async def decision_task(
    session: AsyncSession, meeting_id: uuid.UUID, agenda_index: int, decision_index: int
) -> Task | None:
    statement = select(Task).where(
        Task.source_meeting_id == meeting_id,
        Task.source_agenda_index == agenda_index,
        Task.source_decision_index == decision_index,
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def revision(session: AsyncSession, jurisdiction_ids: Collection[uuid.UUID]) -> int:
    """The ledger revision of these jurisdictions together: it grows with every change."""
    statement = select(func.coalesce(func.sum(TaskLedgerRevision.revision), 0)).where(
        TaskLedgerRevision.jurisdiction_id.in_(list(jurisdiction_ids))
    )
    return int((await session.execute(statement)).scalar_one())


# --- summary ----------------------------------------------------------------------------------


class SummaryRow(NamedTuple):  # a tuple: 2,000 of them are made per summary
    key: Any  # a unit id or a category
    unit_name: str | None
    counts: dict[str, int]
    # The deadlines of the group's overdue tasks (once per task): their working days overdue
    # are counted in Python, with the calendar, from the same statement.
    overdue_deadlines: list[date]


def _on_or_before(column: Any, day: date) -> ColumnElement[bool]:
    return and_(column.is_not(None), column <= day)


def _tally_columns(day: date, cutoff: date) -> list[Any]:
    """app.domain.tasks.tally, in SQL: each task's state on ``day`` from its days."""
    cancelled = _on_or_before(Task.cancelled_on, day)
    done = and_(~cancelled, _on_or_before(Task.completed_on, day))
    started = and_(~cancelled, ~done, _on_or_before(Task.started_on, day))
    open_then = and_(~cancelled, ~done)
    due = and_(~cancelled, Task.deadline <= day)
    overdue = and_(open_then, Task.deadline < cutoff)
    counts: dict[str, ColumnElement[bool] | None] = {
        "total": None,  # the statement keeps only tasks created by the day
        "not_started": and_(open_then, ~started),
        "in_progress": started,
        "done": done,
        "cancelled": cancelled,
        "overdue": overdue,
        "due": due,
        "done_on_time": and_(due, done, Task.completed_on <= Task.deadline),
        "done_late": and_(done, Task.completed_on > Task.deadline),
    }
    return [
        *(
            (func.count() if condition is None else func.count().filter(condition)).label(name)
            for name, condition in counts.items()
        ),
        func.array_agg(Task.deadline).filter(overdue).label("overdue_deadlines"),
    ]


TALLY_NAMES = (
    "total",
    "not_started",
    "in_progress",
    "done",
    "cancelled",
    "overdue",
    "due",
    "done_on_time",
    "done_late",
)


async def summary(
    session: AsyncSession,
    jurisdiction_ids: Collection[uuid.UUID],
    only_units: Collection[uuid.UUID] | None,
    f: TaskFilter,
    *,
    by: str,
    day: date,
    cutoff: date,
) -> list[SummaryRow]:
    """Counts per lead unit (``by`` unit) or per category, in one statement."""
    where = [*_where(jurisdiction_ids, only_units, f), Task.created_on <= day]
    columns = _tally_columns(day, cutoff)
    if by == "unit":
        grouped = (
            select(Task.lead_unit_id.label("key"), *columns)
            .where(*where)
            .group_by(Task.lead_unit_id)
            .subquery()
        )
        statement: Select[Any] = (
            select(grouped, MemberUnit.name)
            .join(MemberUnit, MemberUnit.id == grouped.c.key)
            .order_by(MemberUnit.name, grouped.c.key)
        )
    else:
        statement = (
            select(Task.category.label("key"), *columns)
            .where(*where)
            .group_by(Task.category)
            .order_by(Task.category)
        )
    rows = (await session.execute(statement)).all()
    last = len(TALLY_NAMES) + 1
    return [
        SummaryRow(
            key=row[0],
            unit_name=row[last + 1] if by == "unit" else None,
            counts=dict(zip(TALLY_NAMES, row[1:last], strict=True)),
            overdue_deadlines=row[last] or [],
        )
        for row in rows
    ]


async def any_in(session: AsyncSession, jurisdiction_id: uuid.UUID) -> bool:
    statement = select(exists().where(Task.jurisdiction_id == jurisdiction_id))
    return bool((await session.execute(statement)).scalar_one())
