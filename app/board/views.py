"""What the progress board shows, gathered from the same services the API answers with.

Each section is read with the caller's own visibility, as the API route of the same data
decides it: the jurisdiction (404 unless the caller reads it), the compliance matrix
(``read_all_submissions``, as GET …/compliance), the tasks (the ledger: a unit's people see
their unit's), meetings and minutes (anyone who reads the jurisdiction), supervision notices (a
unit's people see their unit's). Nothing here reads the database but through a service.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, JurisdictionRef, Permission, allows
from app.domain.meetings import MeetingState
from app.domain.messages import _
from app.domain.reports import PeriodKind, ReportKind
from app.domain.submissions import CellStatus
from app.errors import NotFound, ValidationProblem
from app.pagination import PageRequest
from app.repositories.supervision import NoticeFilter
from app.repositories.tasks import TaskFilter
from app.schemas.jurisdictions import JurisdictionOut
from app.schemas.meetings import MeetingOut
from app.schemas.supervision import SupervisionNoticeOut
from app.schemas.tasks import TaskOut
from app.services import assessments as assessments_service
from app.services import jurisdictions as jurisdictions_service
from app.services import meetings as meetings_service
from app.services import report_compliance
from app.services import rulebooks as rulebooks_service
from app.services import supervision as supervision_service
from app.services import tasks as tasks_service
from app.services.common import jurisdiction_ref, local_today

# What a page lists at most of each section (the API's lists page by 50 too); the board says
# how many more there are where it can count them.
LIST_LIMIT = 50
# The jurisdictions the switcher offers: a city's office sees itself and its counties.
SWITCHER_LIMIT = 200
# Years the heat-map may be asked for: far enough for any record, near enough to be sensible.
FIRST_YEAR, LAST_YEAR = 2000, 2100

NOT_YOURS_TO_READ = "只有办公室、领导小组组长和副组长可以查看各单位报送情况。"

CELL_LABELS = {
    CellStatus.on_time: "按时",
    CellStatus.late: "迟报",
    CellStatus.missing: "未报",
    CellStatus.not_yet_due: "未到期",
}


@dataclass(frozen=True)
class HeatCell:
    period: str  # the period's label, e.g. 2026-11
    status: str  # a CellStatus value
    working_days_late: int | None
    working_days_overdue: int | None

    @property
    def text(self) -> str:
        label = CELL_LABELS[CellStatus(self.status)]
        if self.working_days_late is not None:
            return f"{label} {self.working_days_late}"
        if self.working_days_overdue is not None:
            return f"{label} {self.working_days_overdue}"
        return label

    @property
    def title(self) -> str:
        """The cell's whole meaning, for a hover or a screen reader."""
        label = CELL_LABELS[CellStatus(self.status)]
        if self.working_days_late is not None:
            return f"{self.period}：{label} {self.working_days_late} 个工作日"
        if self.working_days_overdue is not None:
            return f"{self.period}：{label}，已逾期 {self.working_days_overdue} 个工作日"
        return f"{self.period}：{label}"


@dataclass(frozen=True)
class HeatRow:
    unit_id: str | None  # None: the office, for the office's own reports
    unit_name: str
    cells: list[HeatCell]


@dataclass(frozen=True)
class HeatMap:
    report_kind: str
    report_name: str
    rule: str
    source: str
    year: int
    periods: list[str]
    rows: list[HeatRow]
    provisional_years: tuple[int, ...]


@dataclass(frozen=True)
class ReportChoice:
    key: str
    name: str


@dataclass(frozen=True)
class Compliance:
    """The heat-map section: the kinds to choose from and the map, or why there is none."""

    kinds: list[ReportChoice]
    chosen: str | None
    heat_map: HeatMap | None
    # Why there is no map (no rulebook, not allowed …), or what replaced the kind asked for.
    note: str | None


@dataclass(frozen=True)
class Board:
    jurisdiction: JurisdictionOut
    jurisdictions: list[JurisdictionOut]  # the switcher's choices
    today: date
    year: int
    compliance: Compliance
    overdue_tasks: list[TaskOut]
    upcoming_meetings: list[MeetingOut]
    minutes_pending: list[MeetingOut]
    unanswered_notices: list[SupervisionNoticeOut]
    # The year's assessment standings (C-ASM-1) as the caller may see them; None without one.
    standings: list[assessments_service.Standing] | None
    zone: ZoneInfo  # the jurisdiction's, to show meeting times in local time


def bad_query(name: str, message: str) -> ValidationProblem:
    return ValidationProblem(
        _("The board cannot show {name}: {message}", name=name, message=message),
        [{"loc": ["query", name], "msg": message, "type": "value_error"}],
    )


def parse_jurisdiction(raw: str | None) -> uuid.UUID | None:
    if raw is None or raw == "":
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise bad_query("j", _("not a jurisdiction id")) from None


def parse_year(raw: str | None) -> int | None:
    if raw is None or raw == "":
        return None
    if not raw.isascii() or not raw.isdigit() or not FIRST_YEAR <= int(raw) <= LAST_YEAR:
        raise bad_query(
            "year", _("a year from {first} to {last}", first=FIRST_YEAR, last=LAST_YEAR)
        )
    return int(raw)


def parse_report_kind(raw: str | None) -> str | None:
    if raw is None or raw == "":
        return None
    if len(raw) > 64:
        raise bad_query("report_kind", _("at most 64 characters"))
    return raw


async def assessment_standings(
    session: AsyncSession, actor: Actor, jurisdiction: JurisdictionRef, year: int, now: datetime
) -> list[assessments_service.Standing] | None:
    """The assessment standings (考核排名, C-ASM-1) of ``jurisdiction`` for ``year``, as the
    caller may see them (app.services.assessments.standings); None when the year has no
    assessment there."""
    return await assessments_service.standings(session, actor, jurisdiction.id, year, now)


async def _visible_jurisdictions(session: AsyncSession, actor: Actor) -> list[JurisdictionOut]:
    found, __ = await jurisdictions_service.list_visible(
        session,
        actor,
        PageRequest(limit=SWITCHER_LIMIT, cursor=None),
        parent_id=None,
        level=None,
    )
    # The caller's own first, then those above before those below, each by name.
    return sorted(found, key=lambda j: (j.id != actor.home_jurisdiction_id, j.code))


def _default_kind(kinds: Mapping[str, ReportKind]) -> str | None:
    """The rulebook's first monthly report kind, else its first."""
    for key, kind in kinds.items():
        if kind.period is PeriodKind.month:
            return key
    return next(iter(kinds), None)


def heat_map_of(matrix: report_compliance.Matrix, year: int) -> HeatMap:
    """The matrix as cells, read as the API's JSON writes it (report_compliance.as_json)."""
    labels = [str(period) for period, __ in matrix.periods]
    rows: list[HeatRow] = []
    for unit_id, _code, name in matrix.units:
        submitted = matrix.submitted.get(unit_id)
        cells: list[HeatCell] = []
        for index, label in enumerate(labels):
            cell = submitted[index] if submitted is not None else None
            if cell is None:
                cells.append(
                    HeatCell(
                        label,
                        matrix.empty[index].value,
                        None,
                        matrix.working_days_overdue(index),
                    )
                )
            else:
                cells.append(HeatCell(label, cell[0], cell[1], None))
        rows.append(HeatRow(unit_id, name or "领导小组办公室", cells))
    report = matrix.report
    return HeatMap(
        report.key,
        report.name,
        report.rule,
        report.source,
        year,
        labels,
        rows,
        matrix.provisional_years,
    )


async def _compliance(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    year: int,
    report_kind: str | None,
) -> Compliance:
    start, end = date(year, 1, 1), date(year, 12, 31)
    found = await rulebooks_service.in_force(session, ref.id, end)
    if found is None:
        return Compliance([], None, None, "本辖区在该年度没有生效的规则手册，没有报送要求。")
    kinds = found.rulebook.report_kinds
    choices = [ReportChoice(key, kind.name) for key, kind in kinds.items()]
    # A kind this jurisdiction's rulebook does not define (the switcher's form carries the kind
    # chosen in another jurisdiction, whose rulebook may differ): its default instead, said so.
    replaced = report_kind is not None and report_kind not in kinds
    chosen = _default_kind(kinds) if report_kind is None or replaced else report_kind
    if chosen is None:
        return Compliance(choices, None, None, "规则手册没有规定报送事项。")
    if not allows(actor, Permission.read_all_submissions, ref):
        return Compliance(choices, chosen, None, NOT_YOURS_TO_READ)
    matrix = await report_compliance.build(session, ref, now, chosen, start, end)
    note = f"本辖区的规则手册没有报送事项 {report_kind}，显示的是 {kinds[chosen].name}。"
    return Compliance(choices, chosen, heat_map_of(matrix, year), note if replaced else None)


async def overdue_tasks(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, now: datetime
) -> list[TaskOut]:
    """The overdue tasks the caller sees here, worst first: most overdue working days, then the
    earlier deadline, then the code."""
    ledger = await tasks_service.ledger(session, actor, ref, now)
    found = await tasks_service.list_all(session, ledger, TaskFilter(overdue=True))
    return sorted(found, key=lambda t: (-t.overdue_working_days, t.deadline, t.code))


async def build_board(
    session: AsyncSession,
    actor: Actor,
    now: datetime,
    *,
    jurisdiction_id: uuid.UUID | None,
    year: int | None,
    report_kind: str | None,
) -> Board:
    """The board of the jurisdiction asked (the caller's own by default)."""
    visible = await _visible_jurisdictions(session, actor)
    if not visible:
        raise NotFound(_("You see no jurisdiction: there is no board to show."))
    jid = jurisdiction_id or actor.home_jurisdiction_id or visible[0].id
    shown = next((j for j in visible if j.id == jid), None)
    ref = await jurisdiction_ref(session, jid)
    if shown is None or ref is None or not allows(actor, Permission.read_jurisdiction, ref):
        raise NotFound(_("No such jurisdiction."))
    today = local_today(ref, now)
    year = year or today.year
    compliance = await _compliance(session, actor, ref, now, year, report_kind)
    tasks = await overdue_tasks(session, actor, ref, now)
    page = PageRequest(limit=LIST_LIMIT, cursor=None)
    upcoming, __ = await meetings_service.list_meetings(
        session, ref.id, page, kind=None, state=None, from_=today, to=None
    )
    upcoming = [
        m for m in upcoming if m.state in (MeetingState.scheduled, MeetingState.awaiting_consent)
    ]
    pending, __ = await meetings_service.list_meetings(
        session, ref.id, page, kind=None, state=None, from_=None, to=None, minutes_pending=True
    )
    notices = await supervision_service.list_notices(
        session, actor, ref, now, NoticeFilter(unanswered=True), page
    )
    return Board(
        jurisdiction=shown,
        jurisdictions=visible,
        today=today,
        year=year,
        compliance=compliance,
        overdue_tasks=tasks,
        upcoming_meetings=upcoming,
        minutes_pending=pending,
        unanswered_notices=notices.items,
        standings=await assessment_standings(session, actor, ref, year, now),
        zone=ZoneInfo(ref.time_zone),
    )
