"""The compliance matrix: for one report kind, every unit (or the office) × every period that
begins in a range — on time, late by N working days, missing, or not yet due (E-RPT-2 lists
"各部门月报制度的落实情况" in each quarterly bulletin).

Built for thousands of units (2,000 × 12 answers well within 200 ms, ``make bench``): one
indexed range scan of the submission heads as driver rows, due dates and the status of an empty
cell computed once per period, working days counted in O(1) per late cell, and only submitted
cells held per unit. The answer is written as JSON or CSV text directly — a model per cell
would cost more than everything else together. The rulebook version in force on the range's
last day defines the report kind, as for obligations.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, JurisdictionRef, Permission, allows
from app.domain.calendar import ArrangementCalendar, working_days_between
from app.domain.errors import DomainError
from app.domain.messages import _
from app.domain.reports import Period, ReportKind, Submitter, periods_overlapping
from app.domain.submissions import CellStatus, WorkingDayCounter, cell_status, due_date_after
from app.errors import Conflict
from app.models import ReportSubmission
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import submissions as repo
from app.schemas.periods import period_json
from app.services import rulebooks
from app.services.calendar import calendar_revision, load_calendar
from app.services.common import csv_text, local_today
from app.services.obligations import check_range, report_kind_in

UnitRow = tuple[str | None, str | None, str | None]  # (id, code, name); the office: Nones
# A submitted cell: (status, working days late or None, first submitted on, head id, versions),
# ids and dates as text, ready to be written.
Cell = tuple[str, int | None, str, str, str]

_ON_TIME, _LATE = CellStatus.on_time.value, CellStatus.late.value


@dataclass(frozen=True)
class Matrix:
    jurisdiction_id: uuid.UUID
    report: ReportKind
    as_of: date
    # Each period and its due date (None: in a coming year whose holidays are not published).
    periods: list[tuple[Period, date | None]]
    units: list[UnitRow]
    # What a cell without a submission shows, per period.
    empty: list[CellStatus]
    # The submitted cells of each unit that has any, indexed by period (None: not submitted).
    submitted: dict[str | None, list[Cell | None]]
    # The provisional calendar years the due dates and lateness came from.
    provisional_years: tuple[int, ...] = ()
    # Per period, the working days since the due date of a missing cell (None: not missing).
    # The same for every unit: a missing cell has no day of its own.
    overdue: list[int | None] | None = None

    def working_days_overdue(self, index: int) -> int | None:
        return None if self.overdue is None else self.overdue[index]

    def totals(self) -> list[dict[str, int]]:
        counts = [dict.fromkeys((s.value for s in CellStatus), 0) for __ in self.periods]
        empty = [status.value for status in self.empty]
        for index, status in enumerate(empty):
            counts[index][status] = len(self.units)
        for unit_id, _code, _name in self.units:
            cells = self.submitted.get(unit_id)
            if cells is None:
                continue
            for index, cell in enumerate(cells):
                if cell is not None:
                    counts[index][empty[index]] -= 1
                    counts[index][cell[0]] += 1
        return counts


@dataclass(frozen=True)
class Skipped:
    """A jurisdiction below the one asked whose matrix cannot be built: no rulebook in force
    there, or one that does not define the report kind."""

    jurisdiction_id: uuid.UUID
    reason: str


@dataclass(frozen=True)
class _Plan:
    """A matrix before its rows: the report kind as the jurisdiction's rulebook defines it, its
    periods and their due dates."""

    jurisdiction: JurisdictionRef
    report: ReportKind
    today: date
    calendar: ArrangementCalendar
    periods: list[tuple[Period, date | None]]
    index_of: dict[str, int]
    dues: list[str | None]


async def _plan(
    session: AsyncSession,
    jurisdiction: JurisdictionRef,
    now: datetime,
    report_kind: str,
    start: date,
    end: date,
    *,
    exact: bool,
) -> _Plan:
    found = await rulebooks.in_force(session, jurisdiction.id, end)
    if found is None:
        raise Conflict(
            _(
                "No rulebook is in force here on {end}: there are no report kinds.",
                end=end.isoformat(),
            )
        )
    report = report_kind_in(found.rulebook, report_kind, end, ("query", "report_kind"))
    today = local_today(jurisdiction, now)
    loaded = (await load_calendar(session)).noting()
    calendar = loaded.exact() if exact else loaded
    periods = [
        (period, due_date_after(report, period, calendar, today))
        for period in periods_overlapping(report.period, start, end)
        if period.start >= start
    ]
    return _Plan(
        jurisdiction,
        report,
        today,
        calendar,
        periods,
        {period.start.isoformat(): index for index, (period, __) in enumerate(periods)},
        # ISO dates compare as the dates do: no row's date is parsed unless it is late.
        [due.isoformat() if due else None for __, due in periods],
    )


def _submitted(
    plan: _Plan, rows: Iterable[tuple[str | None, str]]
) -> dict[str | None, list[Cell | None]]:
    """Each unit's submitted cells, judged on time or late (by working days, each in O(1));
    heads of periods not the plan's are left out (several jurisdictions' read together)."""
    submitted: dict[str | None, list[Cell | None]] = {}
    late: list[tuple[list[Cell | None], int, str, str]] = []  # (cells, period index, due, day)
    width = len(plan.periods)
    index_of, dues = plan.index_of, plan.dues
    for unit_id, packed in rows:
        cells: list[Cell | None] = [None] * width
        fields = packed.split(" ")
        for at in range(0, len(fields), 4):
            period_start, first_on, head_id, versions = fields[at : at + 4]
            index = index_of.get(period_start)
            if index is None:
                continue
            cells[index] = (_ON_TIME, None, first_on, head_id, versions)
            due = dues[index]
            if due is not None and first_on > due:
                late.append((cells, index, due, first_on))
        if any(cell is not None for cell in cells):
            submitted[unit_id] = cells
    if late:
        # Working days late, counted over the span the late cells need, each in O(1).
        counter = WorkingDayCounter(
            plan.calendar,
            date.fromisoformat(min(due for _u, _p, due, _d in late)),
            date.fromisoformat(max(day for _u, _p, _d, day in late)),
        )
        for cells, index, due, first_on in late:
            days = counter.late_by(date.fromisoformat(due), date.fromisoformat(first_on))
            _u, _p, _d, head_id, versions = cells[index]  # type: ignore[misc]
            cells[index] = (_LATE, days, first_on, head_id, versions)
    return submitted


def _with_submissions(submitted: dict[str | None, list[Cell | None]]) -> set[str]:
    return {unit for unit in submitted if unit is not None}


def _finish(
    plan: _Plan, submitted: dict[str | None, list[Cell | None]], units: list[UnitRow]
) -> Matrix:
    if plan.report.submitter is Submitter.office:
        units = [(None, None, None)]
    today, calendar, periods = plan.today, plan.calendar, plan.periods
    empty = [cell_status(due, today, None) for __, due in periods]
    # Counted once per period, with the calendar that judged the due dates (its provisional
    # years are noted with the rest).
    overdue = [
        working_days_between(calendar, due, today)
        if status is CellStatus.missing and due is not None
        else None
        for status, (__, due) in zip(empty, periods, strict=True)
    ]
    return Matrix(
        plan.jurisdiction.id,
        plan.report,
        today,
        periods,
        units,
        empty,
        submitted,
        calendar.provisional_consulted,
        overdue,
    )


async def build(
    session: AsyncSession,
    jurisdiction: JurisdictionRef,
    now: datetime,
    report_kind: str,
    start: date,
    end: date,
    *,
    exact: bool = False,
    heads: Iterable[ReportSubmission] | None = None,
) -> Matrix:
    """``exact``: for a matrix that is stored (a bulletin), never from a provisional year (a
    year not published yet is then a 422, calendar-year-unknown). ``heads``: the submission
    heads of the range the caller has read already (at least those of the report kind whose
    period begins in [start, end]), instead of reading them again."""
    check_range(start, end, ("period_from", "period_to"))
    plan = await _plan(session, jurisdiction, now, report_kind, start, end, exact=exact)
    jid, key = jurisdiction.id, plan.report.key
    if heads is None:
        rows = await repo.submitted_cells(session, jid, key, [p.start for p, __ in plan.periods])
    else:
        rows = _packed(heads, key, plan.index_of)
    submitted = _submitted(plan, rows)
    units: list[UnitRow] = []
    if plan.report.submitter is not Submitter.office:
        units = list(await repo.units_for_matrix(session, jid, _with_submissions(submitted)))
    return _finish(plan, submitted, units)


async def build_many(
    session: AsyncSession,
    jurisdictions: Sequence[JurisdictionRef],
    now: datetime,
    report_kind: str,
    start: date,
    end: date,
) -> list[Matrix | Skipped]:
    """The matrices of several jurisdictions (a city and those below it), each by its own
    rulebook in force on ``end``, in as many statements as one: the heads of all in one scan,
    the units of all in one. A jurisdiction whose rulebook does not define the kind (or that
    has none in force) is skipped, with the reason; the first, the one asked, never is: its
    refusal is the answer."""
    check_range(start, end, ("period_from", "period_to"))
    plans: list[_Plan | Skipped] = []
    for n, jurisdiction in enumerate(jurisdictions):
        try:
            plans.append(
                await _plan(session, jurisdiction, now, report_kind, start, end, exact=False)
            )
        except (Conflict, DomainError) as exc:
            if n == 0:
                raise  # the one asked answers as it does alone (409, 422)
            plans.append(Skipped(jurisdiction.id, exc.detail))
    built = [plan for plan in plans if isinstance(plan, _Plan)]
    starts = {period.start for plan in built for period, __ in plan.periods}
    rows = await repo.submitted_cells_in(
        session, [plan.jurisdiction.id for plan in built], report_kind, starts
    )
    by_jurisdiction: dict[uuid.UUID, list[tuple[str | None, str]]] = defaultdict(list)
    for jid, unit_id, packed in rows:
        by_jurisdiction[jid].append((unit_id, packed))
    submitted = {
        plan.jurisdiction.id: _submitted(plan, by_jurisdiction[plan.jurisdiction.id])
        for plan in built
    }
    by_units = [plan for plan in built if plan.report.submitter is not Submitter.office]
    units = await repo.units_for_matrices(
        session,
        [plan.jurisdiction.id for plan in by_units],
        set().union(*(_with_submissions(submitted[p.jurisdiction.id]) for p in by_units)),
    )
    return [
        plan
        if isinstance(plan, Skipped)
        else _finish(
            plan,
            submitted[plan.jurisdiction.id],
            list(units.get(plan.jurisdiction.id, [])),
        )
        for plan in plans
    ]


def _packed(
    heads: Iterable[ReportSubmission], report_kind: str, period_starts: Collection[str]
) -> list[tuple[str | None, str]]:
    """Heads already read, as repo.submitted_cells packs those of ``report_kind`` in the
    periods (ISO period starts)."""
    packed: dict[str | None, list[str]] = defaultdict(list)
    for head in heads:
        start = head.period_start.isoformat()
        if head.report_kind == report_kind and start in period_starts:
            packed[str(head.unit_id) if head.unit_id else None].append(
                f"{start} {head.first_submitted_on.isoformat()} {head.id} {head.latest_version}"
            )
    return [(unit_id, " ".join(cells)) for unit_id, cells in packed.items()]


# --- JSON -----------------------------------------------------------------------------------


_NEEDS_ESCAPING = re.compile(r'["\\\x00-\x1f\u2028\u2029]')


def _text(value: str | None) -> str:
    """A JSON string (or null); most names need no escaping, and json.dumps costs ~5 µs."""
    if value is None:
        return "null"
    if _NEEDS_ESCAPING.search(value):
        return json.dumps(value, ensure_ascii=False)
    return f'"{value}"'


def _overdue_field(days: int | None) -> str:
    return "" if days is None else f',"working_days_overdue":{days}'


def as_json(matrix: Matrix, *, jurisdiction_name: str | None = None) -> bytes:
    empty_cells = [
        f'{{"status":"{status.value}"{_overdue_field(matrix.working_days_overdue(index))}}}'
        for index, status in enumerate(matrix.empty)
    ]
    empty_row = "[" + ",".join(empty_cells) + "]"
    rows = []
    for unit_id, code, name in matrix.units:
        cells = matrix.submitted.get(unit_id)
        if cells is None:
            written = empty_row
        else:
            parts = []
            for index, cell in enumerate(cells):
                if cell is None:
                    parts.append(empty_cells[index])
                    continue
                status, days, first_on, head_id, versions = cell
                late = f',"working_days_late":{days}' if days is not None else ""
                parts.append(
                    f'{{"status":"{status}"{late},"submitted_on":"{first_on}",'
                    f'"submission_id":"{head_id}","versions":{versions}}}'
                )
            written = "[" + ",".join(parts) + "]"
        unit = f'"{unit_id}"' if unit_id else "null"
        rows.append(
            f'{{"unit_id":{unit},"unit_code":{_text(code)},"unit_name":{_text(name)},'
            f'"cells":{written}}}'
        )
    report = matrix.report
    head: dict[str, object] = {"jurisdiction_id": str(matrix.jurisdiction_id)}
    if jurisdiction_name is not None:
        head["jurisdiction_name"] = jurisdiction_name
    head |= {
        "report_kind": report.key,
        "report_name": report.name,
        "rule": report.rule,
        "source": report.source,
        "as_of": matrix.as_of.isoformat(),
        "periods": [
            {**period_json(period), "due_date": due.isoformat() if due else None}
            for period, due in matrix.periods
        ],
    }
    calendar = json.dumps(
        {"provisional_years": list(matrix.provisional_years)}, separators=(",", ":")
    )
    opening = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    totals = json.dumps(matrix.totals(), separators=(",", ":"))
    return f'{opening},"rows":[{",".join(rows)}],"totals":{totals},"calendar":{calendar}}}'.encode()


# --- CSV ------------------------------------------------------------------------------------

CSV_HEADER = (
    "unit_id",
    "unit_code",
    "unit_name",
    "period",
    "period_start",
    "period_end",
    "due_date",
    "status",
    "working_days_late",
    "working_days_overdue",
    "submitted_on",
    "versions",
    "submission_id",
)
_UNITS_PER_CHUNK = 100


def as_json_below(
    own: Matrix, below: Sequence[Matrix | Skipped], names: dict[uuid.UUID, str]
) -> bytes:
    """The matrix asked for, with those of the jurisdictions below it (``descendants``, each
    named) and the ones skipped (``skipped``, each with its reason)."""
    matrices = [m for m in below if isinstance(m, Matrix)]
    skipped = [
        {
            "jurisdiction_id": str(s.jurisdiction_id),
            "jurisdiction_name": names[s.jurisdiction_id],
            "reason": s.reason,
        }
        for s in below
        if isinstance(s, Skipped)
    ]
    parts = b",".join(as_json(m, jurisdiction_name=names[m.jurisdiction_id]) for m in matrices)
    tail = json.dumps(skipped, ensure_ascii=False, separators=(",", ":")).encode()
    return as_json(own)[:-1] + b',"descendants":[' + parts + b'],"skipped":' + tail + b"}"


def as_csv_below(
    matrices: Sequence[Matrix | Skipped], names: dict[uuid.UUID, str]
) -> Iterator[bytes]:
    """Several matrices as one CSV: each line led by its jurisdiction's id and name (the
    skipped ones have no lines)."""
    first = True
    for matrix in matrices:
        if isinstance(matrix, Matrix):
            yield from as_csv(
                matrix,
                jurisdiction=(str(matrix.jurisdiction_id), names[matrix.jurisdiction_id]),
                header=first,
            )
            first = False


def as_csv(
    matrix: Matrix, *, jurisdiction: tuple[str, str] | None = None, header: bool = True
) -> Iterator[bytes]:
    """One line per unit and period, a chunk per hundred units; UTF-8 with a byte-order mark
    so that Excel, which these offices open CSV files with, shows the Chinese names.
    ``jurisdiction``: (id, name) leading each line, under two more columns (several
    jurisdictions in one file); ``header``: the first lines of the file."""
    lead = "" if jurisdiction is None else f"{jurisdiction[0]},{csv_text(jurisdiction[1])},"
    periods = [
        f"{p},{p.start.isoformat()},{p.end.isoformat()},{due.isoformat() if due else ''}"
        for p, due in matrix.periods
    ]
    empty_tails = []
    for index, empty_status in enumerate(matrix.empty):
        overdue = matrix.working_days_overdue(index)
        empty_tails.append(f"{empty_status.value},,{'' if overdue is None else overdue},,,")
    columns = ("jurisdiction_id", "jurisdiction_name", *CSV_HEADER) if jurisdiction else CSV_HEADER
    lines = ["\ufeff" + ",".join(columns)] if header else []
    for count, (unit_id, code, name) in enumerate(matrix.units, start=1):
        unit = f"{lead}{unit_id or ''},{csv_text(code)},{csv_text(name)}"
        cells = matrix.submitted.get(unit_id)
        for index, period in enumerate(periods):
            cell = cells[index] if cells is not None else None
            if cell is None:
                lines.append(f"{unit},{period},{empty_tails[index]}")
                continue
            status, days, first_on, head_id, versions = cell
            late = "" if days is None else days
            lines.append(f"{unit},{period},{status},{late},,{first_on},{versions},{head_id}")
        if count % _UNITS_PER_CHUNK == 0:
            yield ("\r\n".join(lines) + "\r\n").encode()
            lines = []
    if lines:
        yield ("\r\n".join(lines) + "\r\n").encode()


def unit_cells(
    matrix: Matrix,
) -> Iterator[tuple[str | None, str, list[tuple[str, str, int | None]]]]:
    """Each unit's (id, name, [(period label, status, working days late)]): the matrix as a
    bulletin lists it (E-RPT-2: 各部门月报制度的落实情况)."""
    labels = [str(period) for period, __ in matrix.periods]
    empty = [status.value for status in matrix.empty]
    for unit_id, _code, name in matrix.units:
        cells = matrix.submitted.get(unit_id)
        row: list[tuple[str, str, int | None]] = []
        for index, label in enumerate(labels):
            cell = cells[index] if cells is not None else None
            if cell is None:
                row.append((label, empty[index], None))
            else:
                row.append((label, cell[0], cell[1]))
        yield unit_id, name or "领导小组办公室", row


# --- the validator --------------------------------------------------------------------------


async def etag(
    session: AsyncSession,
    jurisdictions: Sequence[JurisdictionRef],
    now: datetime,
    report_kind: str,
    start: date,
    end: date,
    representation: str,
) -> str:
    """A weak validator of the matrices of ``jurisdictions``, read in one cheap statement
    before any is built (repo.compliance_fingerprint): it changes with their rows and their
    ancestors' (rulebooks, names, time zones), their units, the submission heads of the kind
    in the range, each one's today (what is due moves with the day), the calendar, the
    question and the representation (JSON or CSV)."""
    lineage = {ancestor for j in jurisdictions for ancestor in j.lineage}
    fingerprint = await repo.compliance_fingerprint(
        session, lineage, [j.id for j in jurisdictions], report_kind, start, end
    )
    raw = "|".join(
        (
            fingerprint,
            ",".join(f"{j.id}:{local_today(j, now).isoformat()}" for j in jurisdictions),
            await calendar_revision(session),
            report_kind,
            start.isoformat(),
            end.isoformat(),
            representation,
        )
    )
    return 'W/"' + hashlib.sha256(raw.encode()).hexdigest()[:32] + '"'


async def with_descendants(
    session: AsyncSession, actor: Actor, jurisdiction: JurisdictionRef
) -> tuple[list[JurisdictionRef], dict[uuid.UUID, str]]:
    """The jurisdiction asked and those below it whose matrices the caller may read (a city's
    office: its counties; a county's: none above it, ever), nearest first, then by name; and
    every one's name."""
    rows = await jurisdictions_repo.self_and_descendants(session, jurisdiction.id)
    names = {row.id: row.name for row in rows if row.id == jurisdiction.id}
    refs = [jurisdiction]
    below = sorted(
        (row for row in rows if row.id != jurisdiction.id),
        key=lambda row: (len(row.ancestor_ids), row.name, str(row.id)),
    )
    for row in below:
        ref = jurisdictions_repo.to_ref(row)
        if allows(actor, Permission.read_all_submissions, ref):
            refs.append(ref)
            names[row.id] = row.name
    return refs, names


@dataclass(frozen=True)
class Answer:
    """The compliance answer's ETag, known before any matrix is built, and how to build it (a
    match of If-None-Match builds nothing)."""

    etag: str
    build: Callable[[], Awaitable[bytes | Iterator[bytes]]]


async def answer(
    session: AsyncSession,
    actor: Actor,
    jurisdiction: JurisdictionRef,
    now: datetime,
    report_kind: str,
    start: date,
    end: date,
    *,
    include_descendants: bool,
    csv: bool,
) -> Answer:
    """GET …/compliance: the jurisdiction's matrix (as JSON or CSV lines), with those below it
    whose submissions ``actor`` reads when ``include_descendants``."""
    check_range(start, end, ("period_from", "period_to"))
    jurisdictions: list[JurisdictionRef] = [jurisdiction]
    names: dict[uuid.UUID, str] = {}
    if include_descendants:
        jurisdictions, names = await with_descendants(session, actor, jurisdiction)
    representation = ("csv" if csv else "json") + (":below" if include_descendants else "")
    tag = await etag(session, jurisdictions, now, report_kind, start, end, representation)

    async def build_answer() -> bytes | Iterator[bytes]:
        if not include_descendants:
            matrix = await build(session, jurisdiction, now, report_kind, start, end)
            return as_csv(matrix) if csv else as_json(matrix)
        own, *below = await build_many(session, jurisdictions, now, report_kind, start, end)
        assert isinstance(own, Matrix)  # the one asked is never skipped: it raises instead
        return as_csv_below([own, *below], names) if csv else as_json_below(own, below, names)

    return Answer(tag, build_answer)
