"""Report obligations: every report due from every unit (or the office) in a date range.

Computed, not stored: for each report kind of the rulebook in force on the range's last day
(``due_to``; a version taking effect inside the range does not change earlier due dates here),
each period whose due date falls in [due_from, due_to], and each active member unit (or the
office, as one row without a unit). Ordered by (due date, report kind, period, unit code) and
paginated in memory with a keyset-style cursor: the groups are few (kinds × periods), the rows
per group are the units, so a page costs O(groups + page), not O(rows).
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.calendar import ArrangementCalendar, CalendarYearUnknown, WorkingDayCalendar
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.reports import (
    DueRule,
    OnNonWorkingDay,
    Period,
    ReportKind,
    Submitter,
    due_date,
    latest_period_end_before_due,
    periods_overlapping,
    raw_due_date,
)
from app.domain.rulebook import Rulebook
from app.errors import Conflict, NotFound, ValidationProblem
from app.pagination import PageRequest, encode_cursor
from app.repositories import units as units_repo
from app.schemas.calendar import CalendarPage
from app.schemas.obligations import ObligationOut
from app.schemas.periods import PeriodOut
from app.services import rulebooks
from app.services.calendar import load_calendar, use_of

MAX_RANGE_DAYS = 366
# A rolled due date lies within this many days of the unrolled one (holiday runs are shorter).
_ROLL_SLACK = timedelta(days=15)

CursorKey = tuple[date, str, date, str]


@dataclass(frozen=True)
class _Group:
    """One report kind's period and its due date: one row per submitter."""

    due: date
    report: ReportKind
    period: Period

    @property
    def key(self) -> tuple[date, str, date]:
        return (self.due, self.report.key, self.period.start)


def check_range(start: date, end: date, names: tuple[str, str] = ("due_from", "due_to")) -> None:
    """[start, end] given as the query parameters ``names``, at most MAX_RANGE_DAYS long."""
    first, last = names
    if end < start:
        raise InvalidInput(
            _("The range ends before it starts."),
            (FieldError(("query", last), _("must not be before {first}", first=first)),),
        )
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise InvalidInput(
            _(
                "The range is longer than {max_range_days} days; ask for it in parts.",
                max_range_days=MAX_RANGE_DAYS,
            ),
            (
                FieldError(
                    ("query", last),
                    _(
                        "at most {max_range_days} days after {first}",
                        max_range_days=MAX_RANGE_DAYS,
                        first=first,
                    ),
                ),
            ),
        )


def report_kind_in(
    rulebook: Rulebook, key: str, on: date, location: tuple[str | int, ...]
) -> ReportKind:
    """The report kind ``key`` of the rulebook in force on ``on`` (a 422 at ``location``
    naming the kinds it does define)."""
    report = rulebook.report_kinds.get(key)
    if report is None:
        known = ", ".join(rulebook.report_kinds) or "none"
        raise InvalidInput(
            _(
                "The rulebook in force on {on} defines no report kind {key!r} (it "
                "defines: {known}).",
                on=on.isoformat(),
                key=key,
                known=known,
            ),
            (FieldError(location, _("not a report kind of the rulebook in force")),),
        )
    return report


def _groups_of(
    report: ReportKind, calendar: WorkingDayCalendar, start: date, end: date
) -> list[_Group]:
    lookback = timedelta(days=latest_period_end_before_due(report))
    groups = []
    forward = (
        report.due.rule is DueRule.working_days_after
        or report.on_non_working_day is not OnNonWorkingDay.previous
    )
    for period in periods_overlapping(report.period, start - lookback, end + 2 * _ROLL_SLACK):
        if report.due.rule is DueRule.working_days_after:
            if period.end >= end:  # due strictly after the period ends
                continue
        else:
            raw = raw_due_date(report, period, calendar)  # no calendar needed for these
            if raw > end + _ROLL_SLACK or raw < start - _ROLL_SLACK:
                continue
        try:
            due = due_date(report, period, calendar)
        except CalendarYearUnknown as exc:
            # A walk that leaves the range's years without reaching a due date in it.
            if (forward and exc.year > end.year) or (not forward and exc.year < start.year):
                continue
            raise
        if start <= due <= end:
            groups.append(_Group(due, report, period))
    return groups


def _decode(cursor: str) -> CursorKey:
    try:
        raw = json.loads(base64.urlsafe_b64decode((cursor + "=" * (-len(cursor) % 4)).encode()))
        if not isinstance(raw, list) or len(raw) != 4:
            raise ValueError(_("wrong shape"))
        due, kind, period_start, code = raw
        if not isinstance(kind, str) or not isinstance(code, str):
            raise ValueError(_("wrong types"))
        return (date.fromisoformat(due), kind, date.fromisoformat(period_start), code)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise ValidationProblem(
            _("The cursor is not valid for this list; start again without it."),
            [{"loc": ["query", "cursor"], "msg": _("invalid cursor"), "type": "value_error"}],
        ) from exc


def _out(group: _Group, unit: tuple[uuid.UUID, str, str] | None) -> ObligationOut:
    return ObligationOut(
        report_kind=group.report.key,
        report_name=group.report.name,
        period=PeriodOut.of(group.period),
        due_date=group.due,
        unit_id=unit[0] if unit else None,
        unit_name=unit[2] if unit else None,
        submitted_by=group.report.submitted_by,
        rule=group.report.rule,
        source=group.report.source,
    )


async def list_obligations(
    session: AsyncSession,
    jid: uuid.UUID,
    start: date,
    end: date,
    page: PageRequest,
    *,
    unit_id: uuid.UUID | None = None,
    report_kind: str | None = None,
) -> CalendarPage[ObligationOut]:
    check_range(start, end)
    after = _decode(page.cursor) if page.cursor is not None else None
    book = await rulebooks.in_force(session, jid, end)
    if book is None:
        raise Conflict(
            _(
                "No rulebook is in force here on {end}, neither the jurisdiction's own "
                "nor one above it: there are no report kinds to compute obligations "
                "from.",
                end=end.isoformat(),
            )
        )
    kinds = dict(book.rulebook.report_kinds)
    if report_kind is not None:
        kinds = {
            report_kind: report_kind_in(book.rulebook, report_kind, end, ("query", "report_kind"))
        }

    if unit_id is not None:
        unit = await units_repo.get(session, jid, unit_id)
        if unit is None:
            raise NotFound(_("No such member unit in this jurisdiction."))
        units = [(unit.id, unit.code, unit.name)] if unit.is_active else []
    else:
        units = await units_repo.active_summaries(session, jid)
    unit_codes = [code for _, code, _ in units]
    unit_rows: list[tuple[uuid.UUID, str, str] | None] = list(units)
    office_rows: list[tuple[uuid.UUID, str, str] | None] = [None] if unit_id is None else []

    calendar = (await load_calendar(session)).noting()
    calendar.day(start)  # the range's own years must be known (CalendarYearUnknown → 422)
    calendar.day(end)
    groups = [g for report in kinds.values() for g in _groups_of(report, calendar, start, end)]
    groups.sort(key=lambda g: g.key)

    items: list[ObligationOut] = []
    last: CursorKey | None = None
    for group in groups:
        if group.report.submitter is Submitter.office:
            rows, codes = office_rows, [""]
        else:
            rows, codes = unit_rows, unit_codes
        first = 0
        if after is not None:
            if group.key < after[:3]:
                continue
            if group.key == after[:3]:
                first = bisect_right(codes, after[3])
        for index in range(first, len(rows)):
            if len(items) == page.limit:
                assert last is not None
                return _page(items, encode_cursor(list(last)), page, calendar)
            items.append(_out(group, rows[index]))
            last = (*group.key, codes[index])
    return _page(items, None, page, calendar)


def _page(
    items: list[ObligationOut],
    cursor: str | None,
    page: PageRequest,
    calendar: ArrangementCalendar,
) -> CalendarPage[ObligationOut]:
    return CalendarPage[ObligationOut](
        items=items, next_cursor=cursor, limit=page.limit, calendar=use_of(calendar)
    )
