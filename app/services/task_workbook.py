"""The task breakdown as an Excel workbook (任务分解表, E-TSK-1): the table exported in the
office's layout, and a filled-in table imported — with a dry run that reports every bad cell
and writes nothing.

The rules of an import (the plan only, never a state; every row judged before anything is
written) are app/domain/task_workbook.py's, over the table as it stands, locked for the
import. The new tasks are made by the task service's own ``new_row``, and every task written is
audited as one created or updated by hand is (``task.create``, ``task.update``), plus one
``task.import`` summing the workbook up. The whole plan is written in a handful of statements,
not a round of checks and writes per row: a full table of 5,000 rows imports in seconds.

openpyxl reads and writes the files (pure Python, already the project's dependency for Excel,
streaming in both directions: read-only and write-only modes). It parses and builds whole files
in memory and on the CPU, so both run in a worker thread, off the event loop.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fastapi import UploadFile
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from app.domain import task_workbook as book
from app.domain.access import Actor, JurisdictionRef
from app.domain.errors import FieldError, InvalidInput
from app.domain.events import EventType
from app.domain.submissions import FileType
from app.domain.task_workbook import CellValue, ImportPlan, RowError, RowStub, RowValues, Step
from app.domain.tasks import Milestone
from app.errors import Conflict, PayloadTooLarge, UnsupportedMediaType, ValidationProblem
from app.files import clean_filename, sniff
from app.models import AuditEvent, Task
from app.repositories import task_workbook as repo
from app.repositories import tasks as tasks_repo
from app.repositories.common import UNIQUE_VIOLATION
from app.repositories.tasks import TaskFilter
from app.schemas.task_workbook import (
    CELL_TYPES,
    TaskImportError,
    TaskImportRecord,
    TaskImportReport,
)
from app.schemas.tasks import MeasureIn, MilestoneIn, TaskOut
from app.services import audit
from app.services import tasks as tasks_service
from app.services.common import load_jurisdiction, local_today

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell
from app.domain.messages import Text, _, reason
from app.i18n import localize, pydantic_message
from app.services.tasks import NewTask

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_REPORTED_ERRORS = 1_000
VALUE_CHARS = 100
HEADER_SEARCH_ROWS = 10  # the header row may sit under a title row or two
MAX_COLUMNS = 100


# --- export -----------------------------------------------------------------------------------


def _cells(task: TaskOut, parent_code: str | None) -> list[CellValue]:
    """One task as a row, in book.COLUMNS order; blank cells None."""
    return [
        task.code,
        parent_code,
        task.title,
        task.category,
        book.SOURCE_LABELS[task.source.kind],
        task.source.title,
        task.source.reference,
        task.lead_unit.name,
        book.unit_names_text(u.name for u in task.cooperating_units) or None,
        task.deadline,
        book.milestones_text(Milestone(m.due_on, m.title) for m in task.milestones) or None,
        book.measures_text(
            book.Measure(m.title, m.document_reference, m.issued_on) for m in task.measures
        )
        or None,
        book.STATE_LABELS[task.state],
        task.percent,
        task.completed_on,
        task.overdue_working_days,
    ]


async def export(
    session: AsyncSession, scope: tasks_service.Ledger, ref: JurisdictionRef, f: TaskFilter
) -> tuple[bytes, str]:
    """The tasks the caller sees here (the list's filters apply) as the workbook, and its file
    name: each task by 序号, followed by its sub-tasks."""
    tasks = await tasks_service.list_all(session, scope, f)
    codes = {t.id: t.code for t in tasks}
    missing = {t.parent_id for t in tasks if t.parent_id is not None} - codes.keys()
    codes |= await repo.codes(session, ref.id, missing)
    parents = [codes.get(t.parent_id) if t.parent_id is not None else None for t in tasks]
    order = book.workbook_order([(t.code, p) for t, p in zip(tasks, parents, strict=True)])
    rows = [_cells(tasks[i], parents[i]) for i in order]
    content = await run_in_threadpool(write_workbook, rows)
    jurisdiction = await load_jurisdiction(session, ref.id)
    return content, f"{jurisdiction.name}{book.SHEET_TITLE}-{scope.today.isoformat()}.xlsx"


WIDTHS = {
    book.CODE: 8,
    book.PARENT: 8,
    book.TITLE: 40,
    book.CATEGORY: 14,
    book.SOURCE_KIND: 10,
    book.SOURCE_TITLE: 30,
    book.SOURCE_REFERENCE: 20,
    book.LEAD_UNIT: 18,
    book.COOPERATING_UNITS: 24,
    book.DEADLINE: 12,
    book.MILESTONES: 32,
    book.MEASURES: 36,
    book.STATE: 8,
    book.PERCENT: 8,
    book.COMPLETED_ON: 12,
    book.OVERDUE_DAYS: 10,
}
TEXT_COLUMNS = frozenset({book.CODE, book.PARENT})  # 序号 stays text: 3.10 is not 3.1
DATE_COLUMNS = frozenset({book.DEADLINE, book.COMPLETED_ON})
WRAPPED = frozenset(
    {book.TITLE, book.SOURCE_TITLE, book.COOPERATING_UNITS, book.MILESTONES, book.MEASURES}
)


def write_workbook(rows: Sequence[Sequence[CellValue]]) -> bytes:
    """The workbook: one sheet, the header in row 1 (bold, frozen, filtered), one task a row;
    dates are date cells, 来源类型 and 状态 offer their labels in a drop-down."""
    # Lazily: openpyxl takes ~60 ms to import and only the workbook routes use it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(book.SHEET_TITLE)
    last_row = len(rows) + 1
    for index, column in enumerate(book.COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS[column]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(book.COLUMNS))}{last_row}"
    for column, labels in (
        (book.SOURCE_KIND, book.SOURCE_LABELS.values()),
        (book.STATE, book.STATE_LABELS.values()),
    ):
        letter = get_column_letter(book.COLUMNS.index(column) + 1)
        choice = DataValidation(type="list", formula1='"' + ",".join(labels) + '"')
        choice.add(f"{letter}2:{letter}{max(last_row, 2)}")
        sheet.data_validations.append(choice)

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top, wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)

    def header(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill, cell.alignment = bold, fill, centred
        return cell

    def data(column: str, value: CellValue) -> WriteOnlyCell:
        if isinstance(value, str):  # a control character is no text a worksheet can hold
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell = WriteOnlyCell(sheet, value=value)
        if cell.data_type == "f":  # a title typed "=…" is text, never a formula Excel runs
            cell.data_type = "s"
        cell.alignment = wrapped if column in WRAPPED else top
        if column in DATE_COLUMNS:
            cell.number_format = "yyyy-mm-dd"
        elif column in TEXT_COLUMNS:
            cell.number_format = "@"
        return cell

    sheet.append([header(text) for text in book.COLUMNS])
    for row in rows:
        sheet.append([data(column, value) for column, value in zip(book.COLUMNS, row, strict=True)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- reading a workbook -----------------------------------------------------------------------


@dataclass(frozen=True)
class SheetRow:
    number: int  # as Excel shows it
    cells: Mapping[str, CellValue]  # by column header


def _unreadable(reason: str) -> ValidationProblem:
    return ValidationProblem(
        _("The workbook cannot be read: {reason}.", reason=reason),
        [{"loc": ["body", "file"], "msg": reason, "type": "value_error"}],
    )


def _plain(value: Any) -> CellValue:
    """What a cell holds, as the domain reads it (a time or a duration as its text)."""
    if value is None or isinstance(value, str | int | float | bool | date):
        return value
    return str(value)


def _header(values: Sequence[Any]) -> dict[str, int] | None:
    """The columns a header row names (by position), or None when the row is no header."""
    texts = [book.header_text(_plain(v)) for v in values]
    if book.CODE not in texts:
        return None
    twice = sorted({t for t in texts if t in book.PLAN_COLUMNS and texts.count(t) > 1})
    if twice:
        raise ValidationProblem(
            _("The header row names a column twice: {columns}.", columns="、".join(twice)),
            [
                {"loc": ["body", "file", name], "msg": _("named twice"), "type": "value_error"}
                for name in twice
            ],
        )
    return {text: index for index, text in enumerate(texts) if text in book.COLUMNS}


def _missing(columns: Mapping[str, int]) -> ValidationProblem:
    missing = [name for name in book.PLAN_COLUMNS if name not in columns]
    return ValidationProblem(
        _("The header row lacks columns: {columns}.", columns="、".join(missing)),
        [
            {"loc": ["body", "file", name], "msg": _("no such column"), "type": "missing"}
            for name in missing
        ],
    )


def _data_rows(rows: Iterable[Sequence[Any]]) -> list[SheetRow]:
    columns: dict[str, int] | None = None
    found: list[SheetRow] = []
    for number, values in enumerate(rows, start=1):
        if columns is None:
            columns = _header(values)
            if columns is not None and any(c not in columns for c in book.PLAN_COLUMNS):
                raise _missing(columns)
            if columns is None and number >= HEADER_SEARCH_ROWS:
                break
            continue
        cells = {
            name: _plain(values[index]) if index < len(values) else None
            for name, index in columns.items()
        }
        if all(book.text_of(cells[name]) is None for name in book.PLAN_COLUMNS):
            continue
        found.append(SheetRow(number, cells))
        if len(found) > book.MAX_ROWS:
            raise ValidationProblem(
                _(
                    "The workbook holds more than {max_rows} rows: import it in parts.",
                    max_rows=book.MAX_ROWS,
                ),
                [{"loc": ["body", "file"], "msg": _("too many rows"), "type": "value_error"}],
            )
    if columns is None:
        raise _missing({})
    return found


def read_workbook(content: bytes) -> list[SheetRow]:
    """The data rows of the sheet 任务分解表 (or the first sheet): the header row is the first
    of the first ten that has a 序号 cell; blank rows are skipped."""
    from openpyxl import load_workbook  # lazily: ~60 ms to import, only the workbook routes use it

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl answers a damaged file with many kinds of error
        raise _unreadable(_("not a workbook Excel can open")) from exc
    try:
        names = workbook.sheetnames
        sheet = workbook[book.SHEET_TITLE] if book.SHEET_TITLE in names else workbook.worksheets[0]
        return _data_rows(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True))
    except ValidationProblem:
        raise
    except Exception as exc:
        raise _unreadable(_("a sheet is damaged")) from exc
    finally:
        workbook.close()


# --- import -----------------------------------------------------------------------------------

_FAILED = object()


def _as_text(__: CellValue, text: str) -> Any:
    return text


def _as_date(value: CellValue, __: str) -> Any:
    return book.date_of(value)


def _as_milestones(__: CellValue, text: str) -> Any:
    return [{"due_on": m.due_on, "title": m.title} for m in book.milestone_lines(text)]


def _as_measures(__: CellValue, text: str) -> Any:
    return [
        {"title": m.title, "document_reference": m.document_reference, "issued_on": m.issued_on}
        for m in book.measure_lines(text)
    ]


READERS: dict[str, Callable[[CellValue, str], Any]] = {
    book.CODE: _as_text,
    book.PARENT: _as_text,
    book.TITLE: _as_text,
    book.CATEGORY: _as_text,
    book.SOURCE_KIND: lambda __, text: book.source_kind_of(text),
    book.SOURCE_TITLE: _as_text,
    book.SOURCE_REFERENCE: _as_text,
    book.LEAD_UNIT: _as_text,
    book.COOPERATING_UNITS: lambda __, text: book.unit_names(text),
    book.DEADLINE: _as_date,
    book.MILESTONES: _as_milestones,
    book.MEASURES: _as_measures,
    book.STATE: lambda __, text: book.state_of(text),
}
REQUIRED = frozenset(
    {book.CODE, book.TITLE, book.CATEGORY, book.SOURCE_KIND, book.LEAD_UNIT, book.DEADLINE}
)
PATTERN_HINT = _("letters, digits, dots and dashes, starting with a letter or digit (3, 3.2)")


def _message(error: Mapping[str, Any]) -> str:
    """A cell's error, in the request's language (the dry run's report shows it as it is)."""
    message: Any = error["msg"]
    if error["type"] == "string_pattern_mismatch":
        message = PATTERN_HINT
    elif not isinstance(message, Text):  # pydantic's
        message = pydantic_message(dict(error)).removeprefix("Value error, ")
    place = error["loc"][0] if error["loc"] else None
    if isinstance(place, int):
        message = _("line {line}: {message}", line=place + 1, message=message)
    return localize(message)


def _read_row(row: SheetRow) -> tuple[RowValues | RowStub, list[RowError]]:
    """One row's cells read and held to the task's limits: every bad cell an error."""
    errors: list[RowError] = []
    values: dict[str, Any] = {}
    for column, read in READERS.items():
        raw = row.cells.get(column)
        text = book.text_of(raw)
        if text is None:
            if column in REQUIRED:
                errors.append(RowError(row.number, column, _("required")))
                values[column] = _FAILED
            else:
                values[column] = [] if column in book.LIST_COLUMNS else None
            continue
        try:
            value = read(raw, text)
            if column in CELL_TYPES:
                value = CELL_TYPES[column].validate_python(value)
        except ValueError as exc:  # pydantic's ValidationError is one
            problems = (
                exc.errors()
                if isinstance(exc, ValidationError)
                else [{"msg": reason(exc), "type": "value_error", "loc": ()}]
            )
            errors.extend(RowError(row.number, column, _message(p)) for p in problems)
            value = _FAILED
        values[column] = value

    def ok(column: str) -> Any:
        value = values[column]
        return None if value is _FAILED else value

    milestones = tuple(Milestone(m.due_on, m.title) for m in ok(book.MILESTONES) or ())
    if errors:
        return (
            RowStub(
                row=row.number,
                code=ok(book.CODE),
                parent_code=ok(book.PARENT),
                lead_unit=ok(book.LEAD_UNIT),
                cooperating_units=tuple(ok(book.COOPERATING_UNITS) or ()),
                deadline=ok(book.DEADLINE),
                milestones=milestones,
            ),
            errors,
        )
    return (
        RowValues(
            row=row.number,
            code=values[book.CODE],
            parent_code=values[book.PARENT],
            title=values[book.TITLE],
            category=values[book.CATEGORY],
            source_kind=values[book.SOURCE_KIND],
            source_title=values[book.SOURCE_TITLE],
            source_reference=values[book.SOURCE_REFERENCE],
            lead_unit=values[book.LEAD_UNIT],
            cooperating_units=tuple(values[book.COOPERATING_UNITS]),
            deadline=values[book.DEADLINE],
            milestones=milestones,
            measures=tuple(
                book.Measure(m.title, m.document_reference, m.issued_on)
                for m in values[book.MEASURES]
            ),
            state=values[book.STATE],
        ),
        [],
    )


def _shown(value: CellValue) -> str | None:
    text = book.text_of(value)
    if text is None or len(text) <= VALUE_CHARS:
        return text
    return text[:VALUE_CHARS] + "…"


class ImportRefused(ValidationProblem):
    """A real import of a workbook with errors: nothing written, every error reported — as
    field errors (``loc``: body, file, row, column) and in the report a dry run gives."""

    def __init__(self, report: TaskImportReport) -> None:
        super().__init__(
            _(
                "The workbook has {count} error(s): nothing was imported.",
                count=report.error_count,
            ),
            [
                {
                    "loc": ["body", "file", e.row, e.column],
                    "msg": e.message,
                    "type": "value_error",
                }
                for e in report.errors
            ],
        )
        self.extensions["report"] = report.model_dump(mode="json")


async def _content(upload: UploadFile, max_file_bytes: int) -> bytes:
    content = await upload.read(max_file_bytes + 1)
    if len(content) > max_file_bytes:
        raise PayloadTooLarge(
            _("A workbook may hold at most {max_file_bytes} bytes.", max_file_bytes=max_file_bytes)
        )
    if not content:
        raise InvalidInput(
            _("An empty file is no workbook."),
            (FieldError(("body", "file"), _("the file is empty")),),
        )
    found = sniff(content)
    if found is not FileType.xlsx:
        name = clean_filename(upload.filename, "workbook")
        raise UnsupportedMediaType(
            _("Only an Excel workbook (.xlsx) is imported (save it as .xlsx).")
            if found is FileType.xls
            else _("Only an Excel workbook (.xlsx) is imported."),
            [
                {
                    "loc": ["body", "file"],
                    "msg": _("{name}: not an .xlsx workbook", name=name),
                    "type": "type",
                }
            ],
        )
    return content


def _report(plan: ImportPlan, errors: list[TaskImportError], *, dry_run: bool) -> TaskImportReport:
    return TaskImportReport(
        dry_run=dry_run,
        rows=plan.rows,
        created=len(plan.created),
        updated=len(plan.updated),
        unchanged=len(plan.unchanged),
        created_codes=plan.created,
        updated_codes=plan.updated,
        error_count=len(errors),
        errors=errors[:MAX_REPORTED_ERRORS],
    )


def _milestones(items: Iterable[Milestone]) -> list[MilestoneIn]:
    return [MilestoneIn(due_on=m.due_on, title=m.title) for m in items]


def _measures(items: Iterable[book.Measure]) -> list[MeasureIn]:
    return [
        MeasureIn(title=m.title, document_reference=m.document_reference, issued_on=m.issued_on)
        for m in items
    ]


def _new_task(step: Step, ids: Mapping[str, uuid.UUID]) -> NewTask:
    """The task a row describes, whole."""
    row = step.values
    return NewTask(
        code=row.code,
        parent_id=ids[row.parent_code] if row.parent_code is not None else None,
        title=row.title,
        category=row.category,
        source_kind=row.source_kind,
        source_title=row.source_title,
        source_reference=row.source_reference,
        lead_unit_id=step.lead_unit_id,
        cooperating_unit_ids=step.cooperating_unit_ids,
        deadline=row.deadline,
        milestones=_milestones(row.milestones),
        measures=_measures(row.measures),
    )


# The task's columns each workbook column sets (配合单位 are rows of their own).
ATTRIBUTES = {
    book.PARENT: "parent_id",
    book.TITLE: "title",
    book.CATEGORY: "category",
    book.SOURCE_KIND: "source_kind",
    book.SOURCE_TITLE: "source_title",
    book.SOURCE_REFERENCE: "source_reference",
    book.LEAD_UNIT: "lead_unit_id",
    book.DEADLINE: "deadline",
    book.MILESTONES: "milestones",
    book.MEASURES: "measures",
}


async def _write(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    today: date,
    plan: ImportPlan,
    table: repo.Table,
) -> list[AuditEvent]:
    """The plan written at once: the rows judged by the plan (against the table locked for
    it) are made and changed as the task service makes them (``new_row``), in a few
    statements whatever their number. Returns the trail's events, a task created or updated
    each, for the caller to record with the import's own in one statement."""
    ids = {code: task.id for code, task in table.existing.items()}
    created: list[Task] = []
    changed: list[tuple[Task, Step]] = []
    cooperating: dict[uuid.UUID, Sequence[uuid.UUID]] = {}
    for step in plan.steps:
        if step.existing is None:
            row = tasks_service.new_row(
                actor, ref.id, today, _new_task(step, ids), step.values.code
            )
            ids[row.code] = row.id
            created.append(row)
            cooperating[row.id] = step.cooperating_unit_ids
        else:
            changed.append((table.rows[step.values.code], step))
    held = await repo.with_lead_names(session, ref.id, [row.id for row, __ in changed])
    before = await tasks_service.outs(session, [held[row.id] for row, __ in changed], today)
    session.add_all(created)  # tasks before their sub-tasks: the plan's order
    try:
        await session.flush()
    except IntegrityError as exc:  # a task added meanwhile took a code the workbook adds
        if getattr(exc.orig, "sqlstate", None) == UNIQUE_VIOLATION:
            raise Conflict(tasks_service.CODE_TAKEN) from exc
        raise
    # The codes given here keep the counters ahead: the next task added by itself follows them.
    await tasks_repo.advance_code_numbers(session, ref.id, [row.code for row in created])
    # Then the changes (a task may move under one just made).
    updates = []
    for row, step in changed:
        fresh = tasks_service.new_row(actor, ref.id, today, _new_task(step, ids), row.code)
        values = {
            ATTRIBUTES[column]: getattr(fresh, ATTRIBUTES[column])
            for column in step.changed
            if column in ATTRIBUTES
        }
        if values:
            updates.append((row.id, values))
        if {book.LEAD_UNIT, book.COOPERATING_UNITS} & set(step.changed):
            cooperating[row.id] = step.cooperating_unit_ids
    await repo.update_tasks(session, ref.id, updates)
    await repo.replace_cooperating(
        session, ref.id, cooperating, new_tasks={row.id for row in created}
    )
    written = await repo.with_lead_names(
        session, ref.id, [row.id for row in created] + [row.id for row, __ in changed]
    )
    made = await tasks_service.outs(session, [written[row.id] for row in created], today)
    after = await tasks_service.outs(session, [written[row.id] for row, __ in changed], today)
    for out in made:
        tasks_service.emit_task(session, EventType.task_created, out)
    return [
        *(
            tasks_service.change_event(actor, "create", row, before=None, after=out)
            for row, out in zip(created, made, strict=True)
        ),
        *(
            tasks_service.change_event(actor, "update", row, before=old, after=new)
            for (row, __), old, new in zip(changed, before, after, strict=True)
        ),
    ]


async def import_workbook(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    upload: UploadFile,
    *,
    dry_run: bool,
    max_file_bytes: int,
) -> TaskImportReport:
    """Judge every row of the workbook against the table here; unless ``dry_run``, and only
    when no row has an error, write the new and changed tasks in one go."""
    content = await _content(upload, max_file_bytes)
    sheet = await run_in_threadpool(read_workbook, content)
    read = [_read_row(row) for row in sheet]
    cells = {row.number: row.cells for row in sheet}
    today = local_today(ref, now)
    table = await repo.table(session, ref.id, lock=not dry_run)
    plan = book.plan_import(
        [values for values, __ in read],
        table.existing,
        await repo.units_by_name(session, ref.id),
        today,
    )
    found = [*(e for __, errors in read for e in errors), *plan.errors]
    found.sort(key=lambda e: (e.row, book.COLUMNS.index(e.column)))
    errors = [
        TaskImportError(
            row=e.row,
            column=e.column,
            value=_shown(cells[e.row].get(e.column)),
            message=localize(e.message),
        )
        for e in found
    ]
    report = _report(plan, errors, dry_run=dry_run)
    if dry_run:
        return report
    if errors:
        raise ImportRefused(report)
    changes = await _write(session, actor, ref, today, plan, table)
    imported = audit.event(
        actor,
        action="task.import",
        entity_type="task_table",
        entity_id=ref.id,
        jurisdiction_id=ref.id,
        after=TaskImportRecord(
            filename=clean_filename(upload.filename, "workbook.xlsx"),
            sha256=hashlib.sha256(content).hexdigest(),
            rows=plan.rows,
            created_codes=plan.created,
            updated_codes=plan.updated,
            unchanged=len(plan.unchanged),
        ),
    )
    await audit.record_all(session, [*changes, imported])
    return report
