"""The task breakdown as the office's workbook (任务分解表, E-TSK-1): its columns, how a cell's
value reads and is written, the order of the rows, and what importing a filled-in table does.

An import edits the PLAN — what a task is, its units, dates and texts — keyed by 序号; it never
changes a task's state (progress is reported, completion confirmed and tasks cancelled through
their own routes) and never deletes a task missing from the workbook. So an unchanged export
imports as "all unchanged". A 状态 cell is a check, not an order: it must match the task's state
(blank says nothing), and a new task starts 未开始. Done and cancelled tasks are final: a row
changing one is refused. Every row is judged before anything is written, and every bad cell is
reported.

Pure: cell values (str, int, float, bool, date, datetime or None, as a spreadsheet reader gives
them) in; values, errors and a plan out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from app.domain.errors import InvalidInput
from app.domain.messages import _, reason
from app.domain.tasks import OPEN_STATES, Milestone, SourceKind, TaskState, check_schedule

SHEET_TITLE = "任务分解表"
MAX_ROWS = 5_000

CODE = "序号"
PARENT = "上级序号"
TITLE = "任务名称"
CATEGORY = "类别"
SOURCE_KIND = "来源类型"
SOURCE_TITLE = "来源文件"
SOURCE_REFERENCE = "文号"
LEAD_UNIT = "牵头单位"
COOPERATING_UNITS = "配合单位"
DEADLINE = "完成时限"
MILESTONES = "阶段节点"
MEASURES = "配套管理办法"
STATE = "状态"
PERCENT = "进度(%)"
COMPLETED_ON = "完成日期"
OVERDUE_DAYS = "逾期工作日"

# What the import reads, every one required in the header row (a blank cell is a blank value:
# an empty 配合单位 means no cooperating unit). The read-only columns after them are ignored.
PLAN_COLUMNS = (
    CODE,
    PARENT,
    TITLE,
    CATEGORY,
    SOURCE_KIND,
    SOURCE_TITLE,
    SOURCE_REFERENCE,
    LEAD_UNIT,
    COOPERATING_UNITS,
    DEADLINE,
    MILESTONES,
    MEASURES,
    STATE,
)
LIST_COLUMNS = frozenset({COOPERATING_UNITS, MILESTONES, MEASURES})  # blank: none
READ_ONLY_COLUMNS = (PERCENT, COMPLETED_ON, OVERDUE_DAYS)
COLUMNS = PLAN_COLUMNS + READ_ONLY_COLUMNS

SOURCE_LABELS: Mapping[SourceKind, str] = {
    SourceKind.national_document: "国家文件",
    SourceKind.provincial_document: "省级文件",
    SourceKind.city_document: "市级文件",
    SourceKind.county_document: "县级文件",
    SourceKind.meeting_decision: "会议决定",
    SourceKind.other: "其他",
}
STATE_LABELS: Mapping[TaskState, str] = {
    TaskState.not_started: "未开始",
    TaskState.in_progress: "推进中",
    TaskState.done: "已完成",
    TaskState.cancelled: "已取消",
}
_SOURCE_BY_LABEL = {label: kind for kind, label in SOURCE_LABELS.items()}
_STATE_BY_LABEL = {label: state for state, label in STATE_LABELS.items()}

CellValue = str | int | float | bool | date | None


# --- reading cells ----------------------------------------------------------------------------


def header_text(value: CellValue) -> str:
    """A header cell as matched against the column names: no spaces or line breaks anywhere,
    full-width brackets as ASCII ones (``进度（%）`` is ``进度(%)``)."""
    text = "" if value is None else str(value)
    return "".join(text.split()).replace("（", "(").replace("）", ")")


def text_of(value: CellValue) -> str | None:
    """A cell as text, trimmed; None when blank. Whole numbers read without ``.0`` (a 序号 typed
    as the number 3 is "3"); a date cell reads as ``YYYY-MM-DD``."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    return text.strip() or None


_DATE_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
DATE_HINT = "a date such as 2026-12-31 (or 2026/12/31, 2026年12月31日)"


def date_text(text: str) -> date:
    match = _DATE_TEXT.fullmatch(text.strip())
    if match is None:
        raise ValueError(_("not a date: write {date_hint}", date_hint=DATE_HINT))
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(_("no such day: {day}", day=text.strip())) from None


def date_of(value: CellValue) -> date:
    """A date cell, or a text cell holding a date; a bare number is refused (a serial number or
    a year typed alone is not a day anyone meant)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date_text(value)
    raise ValueError(_("not a date: write {date_hint}", date_hint=DATE_HINT))


def source_kind_of(text: str) -> SourceKind:
    try:
        return _SOURCE_BY_LABEL[text]
    except KeyError:
        raise ValueError(
            _("unknown source type: one of {labels}", labels="、".join(SOURCE_LABELS.values()))
        ) from None


def state_of(text: str) -> TaskState:
    try:
        return _STATE_BY_LABEL[text]
    except KeyError:
        raise ValueError(
            _("unknown state: one of {labels}", labels="、".join(STATE_LABELS.values()))
        ) from None


_NAME_SEPARATORS = re.compile(r"[、，,；;\n\r]+")


def unit_names(text: str) -> list[str]:
    """Cooperating units as written: separated by 、 (or commas, semicolons, line breaks)."""
    return [name.strip() for name in _NAME_SEPARATORS.split(text) if name.strip()]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# The day, then a space, a colon or (after 日) nothing, then the title.
_MILESTONE_LINE = re.compile(
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?)(?:\s+|\s*[:：]\s*|(?<=日))(.+)"
)


def milestone_lines(text: str) -> list[Milestone]:
    """阶段节点: one per line, ``YYYY-MM-DD 标题``."""
    found: list[Milestone] = []
    for number, line in enumerate(_lines(text), start=1):
        match = _MILESTONE_LINE.fullmatch(line)
        if match is None:
            raise ValueError(
                _("line {number}: write each milestone as '2026-06-30 标题'", number=number)
            )
        try:
            day = date_text(match.group(1))
        except ValueError as exc:
            raise ValueError(_("line {number}: {exc}", number=number, exc=reason(exc))) from None
        found.append(Milestone(day, match.group(2).strip()))
    return found


@dataclass(frozen=True)
class Measure:
    """A supporting measure (配套管理办法): its title, and once issued, the document and day."""

    title: str
    document_reference: str | None = None
    issued_on: date | None = None


_BAR = re.compile(r"[|｜]")


def measure_lines(text: str) -> list[Measure]:
    """配套管理办法: one per line, the title, optionally `` | 文号 | YYYY-MM-DD``."""
    found: list[Measure] = []
    for number, line in enumerate(_lines(text), start=1):
        parts = [part.strip() for part in _BAR.split(line)]
        if len(parts) > 3:
            raise ValueError(_("line {number}: at most '标题 | 文号 | 2026-06-30'", number=number))
        title, reference, issued = (*parts, "", "")[:3]
        if not title:
            raise ValueError(_("line {number}: the measure's title comes first", number=number))
        try:
            day = date_text(issued) if issued else None
        except ValueError as exc:
            raise ValueError(_("line {number}: {exc}", number=number, exc=reason(exc))) from None
        found.append(Measure(title, reference or None, day))
    return found


# --- writing cells ----------------------------------------------------------------------------


def milestones_text(milestones: Iterable[Milestone]) -> str:
    return "\n".join(f"{m.due_on.isoformat()} {m.title}" for m in milestones)


def measures_text(measures: Iterable[Measure]) -> str:
    lines = []
    for m in measures:
        if m.issued_on is not None:
            lines.append(f"{m.title} | {m.document_reference or ''} | {m.issued_on.isoformat()}")
        elif m.document_reference is not None:
            lines.append(f"{m.title} | {m.document_reference}")
        else:
            lines.append(m.title)
    return "\n".join(lines)


def unit_names_text(names: Iterable[str]) -> str:
    return "、".join(names)


_RUNS = re.compile(r"(\d+)")


def natural_key(code: str) -> tuple[tuple[int, int, str], ...]:
    """序号 in the order people count: ``2`` before ``10``, ``3.2`` before ``3.10``."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in _RUNS.split(code) if part
    )


def workbook_order(rows: Sequence[tuple[str, str | None]]) -> list[int]:
    """The places of ``(code, parent code)`` rows in the table's order: each task by 序号, each
    followed by its sub-tasks; a sub-task whose task is not among the rows takes its own place
    by its 序号."""
    present = {code for code, __ in rows}

    def key(index: int) -> tuple[object, ...]:
        code, parent = rows[index]
        if parent is not None and parent in present:
            return (natural_key(parent), 1, natural_key(code))
        return (natural_key(code), 0, ())

    return sorted(range(len(rows)), key=key)


# --- planning an import -----------------------------------------------------------------------


@dataclass(frozen=True)
class UnitInfo:
    """A member unit here, found by its name."""

    id: UUID
    active: bool


@dataclass(frozen=True)
class RowValues:
    """One workbook row whose cells all read; units still by name."""

    row: int
    code: str
    parent_code: str | None
    title: str
    category: str
    source_kind: SourceKind
    source_title: str | None
    source_reference: str | None
    lead_unit: str
    cooperating_units: tuple[str, ...]
    deadline: date
    milestones: tuple[Milestone, ...]
    measures: tuple[Measure, ...]
    state: TaskState | None


@dataclass(frozen=True)
class RowStub:
    """A row some cell of which did not read (already reported). What did read is still
    judged: its 序号 and 上级序号 count for duplicates and as a parent other rows may name, its
    units are looked up, its milestones held against its deadline."""

    row: int
    code: str | None
    parent_code: str | None
    lead_unit: str | None = None
    cooperating_units: tuple[str, ...] = ()
    deadline: date | None = None
    milestones: tuple[Milestone, ...] = ()


@dataclass(frozen=True)
class ExistingTask:
    """A task of the table as it stands."""

    id: UUID
    code: str
    parent_code: str | None
    title: str
    category: str
    source_kind: SourceKind
    source_title: str | None
    source_reference: str | None
    lead_unit_id: UUID
    cooperating_unit_ids: tuple[UUID, ...]
    deadline: date
    milestones: tuple[Milestone, ...]
    measures: tuple[Measure, ...]
    state: TaskState
    from_meeting: bool


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str


@dataclass(frozen=True)
class Step:
    """A row to write: a new task (``existing`` None) or the changes to one (``changed``: the
    columns that differ)."""

    values: RowValues
    lead_unit_id: UUID
    cooperating_unit_ids: tuple[UUID, ...]
    existing: ExistingTask | None
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    rows: int
    steps: tuple[Step, ...]  # in the order they can be written
    unchanged: tuple[str, ...]
    errors: tuple[RowError, ...]

    @property
    def created(self) -> list[str]:
        return [s.values.code for s in self.steps if s.existing is None]

    @property
    def updated(self) -> list[str]:
        return [s.values.code for s in self.steps if s.existing is not None]


def _label(state: TaskState) -> str:
    return STATE_LABELS[state]


def _shown(name: str) -> str:
    """A name as quoted in a message: cut at 50 characters."""
    return name if len(name) <= 50 else name[:50] + "…"


def _differences(
    row: RowValues, lead: UUID | None, cooperating: tuple[UUID, ...], task: ExistingTask
) -> tuple[str, ...]:
    pairs: list[tuple[str, object, object]] = [
        (PARENT, row.parent_code, task.parent_code),
        (TITLE, row.title, task.title),
        (CATEGORY, row.category, task.category),
        (SOURCE_KIND, row.source_kind, task.source_kind),
        (SOURCE_TITLE, row.source_title, task.source_title),
        (SOURCE_REFERENCE, row.source_reference, task.source_reference),
        (LEAD_UNIT, lead, task.lead_unit_id),
        (COOPERATING_UNITS, cooperating, task.cooperating_unit_ids),
        (DEADLINE, row.deadline, task.deadline),
        (MILESTONES, row.milestones, task.milestones),
        (MEASURES, row.measures, task.measures),
    ]
    return tuple(column for column, given, held in pairs if given != held)


class _Judge:
    """The checks of one import, over the workbook and the table as it stands."""

    def __init__(
        self,
        rows: Sequence[RowValues | RowStub],
        existing: Mapping[str, ExistingTask],
        units: Mapping[str, UnitInfo],
        today: date,
    ) -> None:
        self.existing = existing
        self.units = units
        self.today = today
        self.errors: list[RowError] = []
        self.first_row: dict[str, int] = {}
        self.kept: list[RowValues] = []
        for item in rows:
            if item.code is None:
                continue
            if item.code in self.first_row:
                self.error(
                    item.row,
                    CODE,
                    _(
                        "序号 {code} is also in row {first_row}",
                        code=item.code,
                        first_row=self.first_row[item.code],
                    ),
                )
                continue
            self.first_row[item.code] = item.row
            if isinstance(item, RowValues):
                self.kept.append(item)
        # Each task's parent once the import is written: the workbook's word where it has the
        # row (a stub whose 上级序号 did not read keeps the table's), else the table's.
        self.parents: dict[str, str | None] = {code: t.parent_code for code, t in existing.items()}
        for item in rows:
            if item.code is not None and self.first_row.get(item.code) == item.row:
                if isinstance(item, RowValues) or item.parent_code is not None:
                    self.parents[item.code] = item.parent_code
                else:
                    self.parents.setdefault(item.code, None)
        self.children: dict[str, list[str]] = {}
        for code, parent in self.parents.items():
            if parent is not None:
                self.children.setdefault(parent, []).append(code)

    def error(self, row: int, column: str, message: str) -> None:
        self.errors.append(RowError(row, column, message))

    def units_of(self, row: RowValues | RowStub) -> tuple[UUID | None, tuple[UUID, ...]]:
        """The row's units by name (errors for unknown, repeated or lead-again names; those
        left out)."""
        lead = None if row.lead_unit is None else self.units.get(row.lead_unit)
        if lead is None and row.lead_unit is not None:
            self.error(
                row.row,
                LEAD_UNIT,
                _("no member unit here is named {shown}", shown=_shown(row.lead_unit)),
            )
        cooperating: list[UUID] = []
        seen: set[str] = set()
        for name in row.cooperating_units:
            unit = self.units.get(name)
            if name == row.lead_unit:
                self.error(
                    row.row,
                    COOPERATING_UNITS,
                    _("{shown} leads: it is not also cooperating", shown=_shown(name)),
                )
            elif name in seen:
                self.error(
                    row.row, COOPERATING_UNITS, _("{shown} is named twice", shown=_shown(name))
                )
            elif unit is None:
                self.error(
                    row.row,
                    COOPERATING_UNITS,
                    _("no member unit here is named {shown}", shown=_shown(name)),
                )
            else:
                cooperating.append(unit.id)
            seen.add(name)
        return (lead.id if lead else None), tuple(cooperating)

    def active_units(self, row: RowValues) -> None:
        """Units that take a task, new or newly given, are active members (as for a PATCH)."""
        for column, name in [
            (LEAD_UNIT, row.lead_unit),
            *((COOPERATING_UNITS, n) for n in row.cooperating_units),
        ]:
            unit = self.units.get(name)
            if unit is not None and not unit.active:
                self.error(row.row, column, _("{name} is no longer a member unit", name=name))

    def nesting(self, row: RowValues, task: ExistingTask | None) -> None:
        """Tasks nest one level; a sub-task's task is here or in the workbook, and open when the
        sub-task is new or moves under it."""
        parent = row.parent_code
        if parent is None:
            return
        if parent == row.code:
            self.error(row.row, PARENT, _("a task is not its own sub-task"))
            return
        if parent not in self.parents:
            self.error(
                row.row,
                PARENT,
                _("no task numbered {parent} here or in the workbook", parent=parent),
            )
            return
        grandparent = self.parents[parent]
        if grandparent is not None:
            self.error(
                row.row,
                PARENT,
                _(
                    "{parent} is itself a sub-task (of {grandparent}): tasks nest one level",
                    parent=parent,
                    grandparent=grandparent,
                ),
            )
        held = self.existing.get(parent)
        moves = task is None or task.parent_code != parent
        if moves and held is not None and held.state not in OPEN_STATES:
            self.error(
                row.row,
                PARENT,
                _(
                    "task {parent} is {label}: it takes no sub-tasks",
                    parent=parent,
                    label=_label(held.state),
                ),
            )
        children = self.children.get(row.code, [])
        if children:
            listed = ", ".join(sorted(children, key=natural_key))
            self.error(
                row.row,
                PARENT,
                _(
                    "{code} has sub-tasks of its own ({listed}): tasks nest one level",
                    code=row.code,
                    listed=listed,
                ),
            )

    def schedule(self, row: RowValues | RowStub) -> None:
        if row.deadline is None:
            return
        try:
            check_schedule(row.deadline, row.milestones, self.today)
        except InvalidInput as exc:
            for problem in exc.errors:
                place = problem.location[2] if len(problem.location) > 2 else 0
                line = place + 1 if isinstance(place, int) else 1
                self.error(
                    row.row,
                    MILESTONES,
                    _("line {line}: {message}", line=line, message=problem.message),
                )

    def judge(self, row: RowValues) -> Step | None:
        """The row's step, or None (its errors recorded) when it cannot be written — or needs
        no writing (then it is unchanged)."""
        task = self.existing.get(row.code)
        before = len(self.errors)
        lead, cooperating = self.units_of(row)
        self.nesting(row, task)
        if task is None:
            if row.state not in (None, TaskState.not_started):
                self.error(
                    row.row,
                    STATE,
                    _(
                        "a new task starts 未开始: the import sets no state (progress, completion "
                        "and cancellation have their own routes)"
                    ),
                )
            if row.source_kind is SourceKind.meeting_decision:
                self.error(
                    row.row,
                    SOURCE_KIND,
                    _(
                        "a task from a meeting decision is made from the decision itself (POST "
                        "…/tasks/from-decision), not imported"
                    ),
                )
            self.active_units(row)
            self.schedule(row)
            if len(self.errors) > before or lead is None:
                return None
            return Step(row, lead, cooperating, None)
        if row.state is not None and row.state is not task.state:
            self.error(
                row.row,
                STATE,
                _(
                    "the task is {label} here: the import never changes a task's state "
                    "(progress, completion and cancellation have their own routes)",
                    label=_label(task.state),
                ),
            )
        changed = _differences(row, lead, cooperating, task)
        if changed and task.state not in OPEN_STATES:
            for column in changed:
                self.error(
                    row.row,
                    column,
                    _(
                        "the task is {label}: it is final and no longer changed",
                        label=_label(task.state),
                    ),
                )
            return None
        if SOURCE_KIND in changed:
            if row.source_kind is SourceKind.meeting_decision:
                self.error(
                    row.row,
                    SOURCE_KIND,
                    _("only a task made from a meeting decision has that source"),
                )
            elif task.from_meeting:
                self.error(
                    row.row, SOURCE_KIND, _("a task made from a meeting decision keeps that source")
                )
        if LEAD_UNIT in changed or COOPERATING_UNITS in changed:
            self.active_units(row)
        if DEADLINE in changed or MILESTONES in changed:
            self.schedule(row)
        if len(self.errors) > before or lead is None or not changed:
            return None
        return Step(row, lead, cooperating, task, changed)


def plan_import(
    rows: Sequence[RowValues | RowStub],
    existing: Mapping[str, ExistingTask],
    units: Mapping[str, UnitInfo],
    today: date,
) -> ImportPlan:
    """What importing ``rows`` (in workbook order) into the table ``existing`` (by 序号) does,
    with ``units`` the member units here by name; every error found, each at its cell.

    The steps come in an order in which each can be written on its own: tasks that stay or
    become top-level tasks first, then new top-level tasks, then tasks moving under another
    (those that had no sub-tasks first), then new sub-tasks."""
    judge = _Judge(rows, existing, units, today)
    steps: list[Step] = []
    unchanged: list[str] = []
    for stub in rows:
        if isinstance(stub, RowStub):
            judge.units_of(stub)
            judge.schedule(stub)
    for row in judge.kept:
        before = len(judge.errors)
        step = judge.judge(row)
        if step is not None:
            steps.append(step)
        elif len(judge.errors) == before:
            unchanged.append(row.code)
    had_children = {t.parent_code for t in existing.values() if t.parent_code is not None}

    def order(step: Step) -> tuple[int, int, int]:
        moves = step.existing is not None and PARENT in step.changed
        if step.existing is None:
            group = 1 if step.values.parent_code is None else 3
        else:
            group = 2 if moves and step.values.parent_code is not None else 0
        return (group, int(step.values.code in had_children), step.values.row)

    return ImportPlan(
        rows=len(rows),
        steps=tuple(sorted(steps, key=order)),
        unchanged=tuple(unchanged),
        errors=tuple(judge.errors),
    )
