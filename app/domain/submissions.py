"""Unit submissions against the report rules (E-RPT-1, C-RPT-1, CO-RPT-1): which periods a report
may be submitted for, who submits it, which files it must carry, and whether it came on time.

Timeliness is judged on the jurisdiction's local day of the **first** complete submission for a
(report kind, period, unit): a later version corrects the report but does not make an on-time
report late, nor a late one on time. Due on a day means due by the end of that day.

"Late by N working days" counts the working days after the due date up to the day the office
could first act on the report: a report that arrives on a Saturday after a Friday due date is
late by 1 (Monday), not by 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.calendar import CalendarYearUnknown, WorkingDayCalendar
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.reports import (
    DueRule,
    OnNonWorkingDay,
    PartFormat,
    Period,
    PeriodKind,
    ReportKind,
    Submitter,
    due_date,
)
from app.domain.rulebook import Decision


class Timeliness(StrEnum):
    on_time = "on_time"
    late = "late"


class CellStatus(StrEnum):
    """One unit's report for one period, as the compliance matrix shows it."""

    on_time = "on_time"
    late = "late"
    missing = "missing"  # due date passed, nothing submitted
    not_yet_due = "not_yet_due"  # nothing submitted, due date today or later


class FileType(StrEnum):
    """The file formats a report part may be sent as (sniffed from the content, never trusted
    from the client's declared type or the file name alone)."""

    pdf = "pdf"
    doc = "doc"
    docx = "docx"
    xls = "xls"
    xlsx = "xlsx"
    jpeg = "jpeg"
    png = "png"
    tiff = "tiff"

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self]


MEDIA_TYPES: Mapping[FileType, str] = {
    FileType.pdf: "application/pdf",
    FileType.doc: "application/msword",
    FileType.docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileType.xls: "application/vnd.ms-excel",
    FileType.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileType.jpeg: "image/jpeg",
    FileType.png: "image/png",
    FileType.tiff: "image/tiff",
}

# An electronic version (电子版) is the editable document or a PDF of it; a scanned copy (扫描件)
# is a PDF or an image of the stamped paper.
ACCEPTED_TYPES: Mapping[PartFormat, frozenset[FileType]] = {
    PartFormat.electronic: frozenset(
        {FileType.pdf, FileType.doc, FileType.docx, FileType.xls, FileType.xlsx}
    ),
    PartFormat.scanned: frozenset({FileType.pdf, FileType.jpeg, FileType.png, FileType.tiff}),
}


def file_field(part_key: str, file_format: PartFormat) -> str:
    """The multipart field a part's file travels in: ``report.electronic``."""
    return f"{part_key}.{file_format.value}"


def expected_fields(report: ReportKind) -> tuple[str, ...]:
    return tuple(
        file_field(part.key, file_format) for part in report.parts for file_format in part.formats
    )


@dataclass(frozen=True)
class FileSlot:
    part_key: str
    format: PartFormat


def classify_fields(report: ReportKind, fields: Iterable[str]) -> dict[str, FileSlot]:
    """Map each multipart file field to the part and format it carries; a field that names no
    part of the report kind, or a missing one, is refused with every bad field listed."""
    slots = {
        file_field(part.key, file_format): FileSlot(part.key, file_format)
        for part in report.parts
        for file_format in part.formats
    }
    given = list(fields)
    errors = [
        FieldError(
            ("body", name),
            _("not a part of this report kind; expected one of: {slots}", slots=", ".join(slots)),
        )
        for name in dict.fromkeys(given)
        if name not in slots
    ]
    missing = [name for name in slots if name not in given]
    errors.extend(
        FieldError(
            ("body", name), _("required: {describe}", describe=_describe(report, slots[name]))
        )
        for name in missing
    )
    if errors:
        what = (
            _("missing {fields}", fields=", ".join(missing))
            if missing
            else _("unexpected file fields")
        )
        raise InvalidInput(
            _(
                "The {name} ({key}) submission is incomplete or malformed: {what}. "
                "Each of {slots} is required ({rule}).",
                name=report.name,
                key=report.key,
                what=what,
                slots=", ".join(slots),
                rule=report.rule,
            ),
            tuple(errors),
        )
    return {name: slots[name] for name in given}


def _describe(report: ReportKind, slot: FileSlot) -> str:
    part = next(p for p in report.parts if p.key == slot.part_key)
    label = {PartFormat.electronic: "电子版", PartFormat.scanned: "扫描件"}[slot.format]
    return f"{part.name}（{label}）"


def check_file_type(slot: FileSlot, found: FileType | None) -> str | None:
    """None when ``found`` may be sent as ``slot``'s format, else why not."""
    accepted = ACCEPTED_TYPES[slot.format]
    if found in accepted:
        return None
    allowed = ", ".join(sorted(t.value for t in accepted))
    what = (
        _("a {kind} file", kind=found.value)
        if found
        else _("not a recognised PDF, Word, Excel or image file")
    )
    return _(
        "{what}; a {format} copy must be one of: {allowed}",
        what=what,
        format=slot.format.value,
        allowed=allowed,
    )


_PERIOD_PATTERNS: Mapping[PeriodKind, re.Pattern[str]] = {
    PeriodKind.month: re.compile(r"^(\d{4})-(\d{2})$"),
    PeriodKind.quarter: re.compile(r"^(\d{4})-Q([1-4])$"),
    PeriodKind.year: re.compile(r"^(\d{4})$"),
}
_PERIOD_EXAMPLES = {
    PeriodKind.month: "2026-10",
    PeriodKind.quarter: "2026-Q3",
    PeriodKind.year: "2026",
}


def parse_period(kind: PeriodKind, text: str, location: tuple[str | int, ...]) -> Period:
    """``2026-10`` (a month), ``2026-Q3`` (a quarter) or ``2026`` (a year), as the kind wants."""
    match = _PERIOD_PATTERNS[kind].fullmatch(text)
    index = int(match.group(2)) if match and kind is not PeriodKind.year else 1
    if match is None or not 1 <= index <= kind.per_year or int(match.group(1)) < 1900:
        raise InvalidInput(
            _(
                "{text!r} is not a {value}: write it like {period_examples}.",
                text=text,
                value=kind.value,
                period_examples=_PERIOD_EXAMPLES[kind],
            ),
            (
                FieldError(
                    location,
                    _(
                        "a {value} such as {period_examples}",
                        value=kind.value,
                        period_examples=_PERIOD_EXAMPLES[kind],
                    ),
                ),
            ),
        )
    return Period(kind, int(match.group(1)), index)


def check_period_open(period: Period, today: date, location: tuple[str | int, ...]) -> None:
    """A report is submitted once its period has begun (a monthly report is due within the month
    under E-RPT-1), never for a period still ahead."""
    if period.start > today:
        raise InvalidInput(
            _(
                "The period {period} has not begun yet (it starts on {start}).",
                period=period,
                start=period.start.isoformat(),
            ),
            (FieldError(location, _("a period that has begun")),),
        )


def may_submit(report: ReportKind, keys_for_unit: frozenset[str], office: bool) -> Decision:
    """The rule's submitting post of the unit (``submitted_by``, a key of the rulebook: its
    liaison officer for E-RPT-1 and C-RPT-1, its information officer for CO-RPT-1), among the
    keys of the posts the caller holds for that unit; or, for reports the office submits, a
    caller holding an office post here (``office``)."""
    if report.submitter is Submitter.office:
        allowed = office
        who = _("this jurisdiction's office")
    else:
        allowed = report.submitted_by in keys_for_unit
        who = _("the unit's {role}", role=report.submitted_by)
    reason = (
        _("{name} is submitted by {who} ({rule}).", name=report.name, who=who, rule=report.rule)
        if allowed
        else _(
            "{name} is submitted by {who}; the caller does not hold that post for it ({rule}).",
            name=report.name,
            who=who,
            rule=report.rule,
        )
    )
    return Decision(allowed, report.rule, report.source, reason)


def next_working_day_on_or_after(calendar: WorkingDayCalendar, day: date) -> date:
    current = day
    while not calendar.day(current).is_working_day:
        current += timedelta(days=1)
    return current


@dataclass(frozen=True)
class Judgement:
    timeliness: Timeliness
    working_days_late: int


def judge(calendar: WorkingDayCalendar, due: date, submitted_on: date) -> Judgement:
    """On time when submitted on or before the due day; otherwise late by the working days after
    the due date up to the first working day on or after the submission day."""
    if submitted_on <= due:
        return Judgement(Timeliness.on_time, 0)
    counter = WorkingDayCounter(calendar, due, submitted_on)
    return Judgement(Timeliness.late, counter.late_by(due, submitted_on))


class WorkingDayCounter:
    """Working days counted in O(1) per question over a span of days known in advance (the
    compliance matrix asks thousands of questions over one range)."""

    def __init__(self, calendar: WorkingDayCalendar, first: date, last: date) -> None:
        # Reaching the first working day on or after ``last`` may run past it (a holiday run).
        end = next_working_day_on_or_after(calendar, last)
        self._first = first
        self._cumulative: list[int] = []
        total = 0
        day = first
        while day <= end:
            if calendar.day(day).is_working_day:
                total += 1
            self._cumulative.append(total)
            day += timedelta(days=1)

    def _through(self, day: date) -> int:
        """Working days in [first, day]."""
        offset = (day - self._first).days
        if not 0 <= offset < len(self._cumulative):
            raise ValueError(f"{day} is outside the counted span")
        return self._cumulative[offset]

    def late_by(self, due: date, submitted_on: date) -> int:
        """Working days in (due, first working day on or after submitted_on]."""
        if submitted_on <= due:
            return 0
        # The first working day on or after s is the (count through s-1) + 1-th one.
        return self._through(submitted_on - timedelta(days=1)) + 1 - self._through(due)


def due_date_after(
    report: ReportKind, period: Period, calendar: WorkingDayCalendar, day: date
) -> date | None:
    """The due date, or None when it falls in a year after ``day`` whose holiday arrangement is
    not published yet: then it certainly lies after ``day`` (late in the year the State Council
    has not yet published the next one, and Q4's report is due in January). Any other unknown
    year raises CalendarYearUnknown."""
    try:
        return due_date(report, period, calendar)
    except CalendarYearUnknown as exc:
        # Only a date reached walking forward is certainly in or after the unknown year.
        forward = (
            report.due.rule is DueRule.working_days_after
            or report.on_non_working_day is not OnNonWorkingDay.previous
        )
        if forward and exc.year > day.year:
            return None
        raise


def cell_status(due: date | None, today: date, first_submitted_on: date | None) -> CellStatus:
    """``due`` None: not known yet, and after today (due_date_after)."""
    if first_submitted_on is None:
        return CellStatus.not_yet_due if due is None or today <= due else CellStatus.missing
    return CellStatus.on_time if due is None or first_submitted_on <= due else CellStatus.late
