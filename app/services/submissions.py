"""Unit submissions: a report of a kind for a period with the files the rule requires (E-RPT-1,
C-RPT-1, CO-RPT-1), in versions, stored in PostgreSQL in the request's one transaction.

Every check is made before anything is written: the report kind and period, who submits (the
rule's post for the unit, 403 naming the rule), the parts (422 naming each missing one), each
file's size (413) and sniffed type (415). A submission is judged on time or late on the
jurisdiction's local day of its first version (app.domain.submissions).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.domain.access import (
    Actor,
    ActorKind,
    JurisdictionRef,
    Permission,
    allows,
    may_read_unit_submissions,
)
from app.domain.calendar import ArrangementCalendar, CalendarYearUnknown, WorkingDayCalendar
from app.domain.errors import FieldError, InvalidInput, RuleViolation
from app.domain.events import EventType
from app.domain.messages import _
from app.domain.positions import PositionLevel
from app.domain.reports import Period, PeriodKind, ReportKind, Submitter
from app.domain.rulebook import RESERVED_POSITION_KEY
from app.domain.submissions import (
    FileType,
    Judgement,
    Timeliness,
    check_file_type,
    check_period_open,
    classify_fields,
    due_date_after,
    judge,
    may_submit,
    parse_period,
)
from app.errors import (
    Conflict,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationProblem,
)
from app.files import clean_filename, sniff
from app.i18n import pydantic_message
from app.models import ReportSubmission, SubmissionFile, SubmissionVersion
from app.pagination import PageRequest, next_cursor_for
from app.repositories import submissions as repo
from app.repositories import units as units_repo
from app.schemas.calendar import CalendarPage
from app.schemas.periods import PeriodOut
from app.schemas.submissions import (
    SubmissionContent,
    SubmissionCreate,
    SubmissionDetailOut,
    SubmissionFileOut,
    SubmissionOut,
    SubmissionVersionOut,
)
from app.services import audit, events, rulebooks
from app.services.calendar import load_calendar, use_of
from app.services.common import local_today, require
from app.services.obligations import report_kind_in

SUBMISSION_FIELD = "submission"


@dataclass(frozen=True)
class Upload:
    """One file of the multipart request, as the client sent it."""

    field: str
    file: UploadFile


def parse_submission(raw: str) -> SubmissionCreate:
    """The JSON ``submission`` field; its errors are located under body.submission."""
    try:
        return SubmissionCreate.model_validate_json(raw)
    except ValidationError as exc:
        errors = [
            {
                "loc": ["body", SUBMISSION_FIELD, *error["loc"]],
                "msg": pydantic_message(error),
                "type": str(error["type"]),
            }
            for error in exc.errors()
        ]
        raise ValidationProblem(
            _("The submission field is not a valid submission (JSON)."), errors
        ) from exc


FILE_PART_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}\.[a-z]+")

# What a text field other than ``submission`` should have been.
NOT_A_FILE = _(
    "a text field, not a file: send each file as a file part (its Content-Disposition "
    "carries a filename), in a field named <part>.<format>"
)
NOT_A_FIELD = _(
    "not a field of a submission: send its content as JSON in the field submission, and "
    "its files as file parts named <part>.<format>"
)


def uploads_of(fields: Iterable[tuple[str, UploadFile | str]]) -> list[Upload]:
    """The files of the multipart form; a text field other than ``submission`` is a 422 saying
    what to send instead (a client that types its file parts as text sends them so: the
    name of a file part then says that a file was expected)."""
    uploads: list[Upload] = []
    unexpected: list[dict[str, Any]] = []
    for name, value in fields:
        if isinstance(value, UploadFile):
            uploads.append(Upload(name, value))
        elif name != SUBMISSION_FIELD:
            msg = NOT_A_FILE if FILE_PART_PATTERN.fullmatch(name) else NOT_A_FIELD
            unexpected.append({"loc": ["body", name], "msg": msg, "type": "extra"})
    if unexpected:
        raise ValidationProblem(
            _(
                "A submission is the field submission (JSON) and files in fields named "
                "<part>.<format>; the request carries other text fields."
            ),
            unexpected,
        )
    return uploads


def period_of(row: ReportSubmission) -> Period:
    kind = PeriodKind(row.period_kind)
    return Period.containing(kind, row.period_start)


def _judged(
    report: ReportKind | None, period: Period, calendar: WorkingDayCalendar, submitted_on: date
) -> tuple[date | None, Judgement | None]:
    """The due date and the judgement of a first submission on ``submitted_on``: a due date in
    a coming year not published yet is certainly later (on time); one in a year an
    administrator has not entered leaves both unknown (None), never a guess."""
    if report is None:
        return None, None
    try:
        due = due_date_after(report, period, calendar, submitted_on)
        if due is None:
            return None, Judgement(Timeliness.on_time, 0)
        return due, judge(calendar, due, submitted_on)
    except CalendarYearUnknown:
        return None, None


def _summary(
    row: ReportSubmission,
    unit_name: str | None,
    report: ReportKind | None,
    calendar: ArrangementCalendar,
) -> SubmissionOut:
    period = period_of(row)
    own = calendar.noting()
    due, judgement = _judged(report, period, own, row.first_submitted_on)
    return SubmissionOut(
        id=row.id,
        jurisdiction_id=row.jurisdiction_id,
        report_kind=row.report_kind,
        report_name=report.name if report else None,
        period=PeriodOut.of(period),
        unit_id=row.unit_id,
        unit_name=unit_name,
        due_date=due,
        first_submitted_at=row.first_submitted_at,
        first_submitted_on=row.first_submitted_on,
        timeliness=judgement.timeliness if judgement else None,
        working_days_late=judgement.working_days_late if judgement else None,
        rule=report.rule if report else None,
        source=report.source if report else None,
        latest_version=row.latest_version,
        latest_submitted_at=row.latest_submitted_at,
        updated_at=row.updated_at,
        calendar=use_of(own),
    )


def _version_out(
    row: SubmissionVersion, files: Sequence[Mapping[str, object]]
) -> SubmissionVersionOut:
    return SubmissionVersionOut(
        id=row.id,
        version=row.version,
        submitted_at=row.submitted_at,
        submitted_on=row.submitted_on,
        submitted_by=row.submitted_by,
        submitted_by_name=row.submitted_by_name,
        submitted_as=row.submitted_as,
        rulebook_version_id=row.rulebook_version_id,
        content=SubmissionContent.model_validate(row.content),
        files=[SubmissionFileOut.model_validate(f) for f in files],
    )


async def _report_kinds(session: AsyncSession, jid: uuid.UUID, on: date) -> dict[str, ReportKind]:
    found = await rulebooks.in_force(session, jid, on)
    return dict(found.rulebook.report_kinds) if found is not None else {}


# --- submitting ------------------------------------------------------------------------------


def _submitting_unit(
    actor: Actor,
    jid: uuid.UUID,
    report: ReportKind,
    unit_id: uuid.UUID | None,
) -> uuid.UUID | None:
    """The unit the report is for: the one named, or the only one the caller holds the
    submitting post for; none for the office's own reports."""
    location = ("body", SUBMISSION_FIELD, "unit_id")
    if report.submitter is Submitter.office:
        if unit_id is not None:
            raise InvalidInput(
                _(
                    "{name} is the office's own report: it is submitted for no unit.",
                    name=report.name,
                ),
                (FieldError(location, _("must be null for a report the office submits")),),
            )
        return None
    if unit_id is not None:
        return unit_id
    units = sorted(
        {
            g.unit_id
            for g in actor.grants
            if g.jurisdiction_id == jid and g.role == report.submitted_by and g.unit_id
        },
        key=str,
    )
    if len(units) > 1:
        raise InvalidInput(
            _(
                "The caller is {submitted_by} of {units_count} units: name the unit.",
                submitted_by=report.submitted_by,
                units_count=len(units),
            ),
            (FieldError(location, _("required: the caller submits for several units")),),
        )
    if not units:
        raise RuleViolation(
            _(
                "{name} is submitted by a unit's {submitted_by}; the caller holds that "
                "post for no unit here ({rule}).",
                name=report.name,
                submitted_by=report.submitted_by,
                rule=report.rule,
            ),
            rule=report.rule,
            source=report.source,
        )
    return units[0]


async def _read_files(
    report: ReportKind, uploads: Sequence[Upload], max_file_bytes: int
) -> list[tuple[Upload, bytes, FileType]]:
    slots = classify_fields(report, (u.field for u in uploads))
    too_large = [u for u in uploads if u.file.size is not None and u.file.size > max_file_bytes]
    if too_large:
        names = ", ".join(
            f"{u.field} ({clean_filename(u.file.filename, u.field)})" for u in too_large
        )
        raise PayloadTooLarge(
            _(
                "Each file may hold at most {max_file_bytes} bytes; too large: {names}.",
                max_file_bytes=max_file_bytes,
                names=names,
            )
        )
    read: list[tuple[Upload, bytes, FileType]] = []
    refused: list[dict[str, object]] = []
    empty: list[FieldError] = []
    for index, upload in enumerate(uploads):
        await upload.file.seek(0)
        content = await upload.file.read()
        if len(content) > max_file_bytes:  # a part whose size the parser did not record
            raise PayloadTooLarge(
                _(
                    "Each file may hold at most {max_file_bytes} bytes.",
                    max_file_bytes=max_file_bytes,
                )
            )
        if not content:
            empty.append(FieldError(("body", upload.field), _("the file is empty")))
            continue
        found = sniff(content)
        why = check_file_type(slots[upload.field], found)
        if why is not None or found is None:
            refused.append(
                {
                    "loc": ["body", upload.field, index],
                    "msg": _(
                        "{name}: {why}",
                        name=clean_filename(upload.file.filename, upload.field),
                        why=why,
                    ),
                    "type": "unsupported_media_type",
                }
            )
            continue
        read.append((upload, content, found))
    if empty:
        raise InvalidInput(_("Empty files cannot stand for a report part."), tuple(empty))
    if refused:
        raise UnsupportedMediaType(
            _(
                "Only PDF, Word, Excel and image files are accepted, as each part's "
                "format allows ({refused_count} refused).",
                refused_count=len(refused),
            ),
            refused,
        )
    return read


async def submit(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    now: datetime,
    data: SubmissionCreate,
    uploads: Sequence[Upload],
    *,
    max_file_bytes: int,
) -> SubmissionDetailOut:
    jid = jurisdiction_ref.id
    today = local_today(jurisdiction_ref, now)
    found = await rulebooks.in_force(session, jid, today)
    if found is None:
        raise Conflict(
            _(
                "No rulebook is in force here on {today}: there are no report kinds to submit.",
                today=today.isoformat(),
            )
        )
    report = report_kind_in(
        found.rulebook, data.report_kind, today, ("body", SUBMISSION_FIELD, "report_kind")
    )
    period_location = ("body", SUBMISSION_FIELD, "period")
    period = parse_period(report.period, data.period, period_location)
    check_period_open(period, today, period_location)

    unit_id = _submitting_unit(actor, jid, report, data.unit_id)
    unit_name = None
    if unit_id is not None:
        unit = await units_repo.get(session, jid, unit_id)
        if unit is None:
            raise InvalidInput(
                _("no such member unit in this jurisdiction"),
                (FieldError(("body", SUBMISSION_FIELD, "unit_id"), _("not a member unit here")),),
            )
        if not unit.is_active:
            raise Conflict(
                _("{name} is no longer a member unit: it submits no reports.", name=unit.name)
            )
        unit_name = unit.name
    keys_for_unit = frozenset(
        g.role for g in actor.grants if g.jurisdiction_id == jid and g.unit_id == unit_id
    )
    office = actor.kind is ActorKind.user and PositionLevel.office in actor.levels_in(jid)
    decision = may_submit(report, keys_for_unit if unit_id else frozenset(), office)
    require(decision)

    files = await _read_files(report, uploads, max_file_bytes)
    calendar = await load_calendar(session)
    # Stored with the version "as judged when submitted": never from a provisional year (null,
    # as for a year not known, until the answers compute it again once the year is entered).
    due, _state = _judged(report, period, calendar.exact(), today)

    head = await repo.next_version(
        session,
        jurisdiction_id=jid,
        report_kind=report.key,
        period_kind=period.kind.value,
        period_start=period.start,
        period_label=str(period),
        unit_id=unit_id,
        now=now,
        today=today,
    )
    content = SubmissionContent.model_validate(
        data.model_dump(include=set(SubmissionContent.model_fields))
    )
    version = SubmissionVersion(
        id=uuid.uuid4(),
        jurisdiction_id=jid,
        submission_id=head.id,
        version=head.latest_version,
        submitted_at=now,
        submitted_on=today,
        submitted_by=actor.id,
        submitted_by_name=actor.display_name,
        submitted_as=(report.submitted_by if unit_id is not None else RESERVED_POSITION_KEY),
        rulebook_version_id=found.version_id,
        due_date=due,
        content=content.model_dump(mode="json"),
    )
    file_rows: list[dict[str, object]] = []
    for upload, data_bytes, file_type in files:
        slot = upload.field.split(".", 1)
        file_rows.append(
            {
                "id": uuid.uuid4(),
                "jurisdiction_id": jid,
                "version_id": version.id,
                "field": upload.field,
                "part_key": slot[0],
                "format": slot[1],
                "position": len(file_rows) + 1,
                "filename": clean_filename(upload.file.filename, upload.field),
                "file_type": file_type.value,
                "media_type": file_type.media_type,
                "size_bytes": len(data_bytes),
                "sha256": hashlib.sha256(data_bytes).hexdigest(),
                "content": data_bytes,
            }
        )
    # The answer is built from what was written: the head as the upsert returned it, the new
    # version and files as sent, the earlier versions as the insert's statement read them.
    earlier = await repo.add_version(session, version, file_rows)
    detail = _detail(
        head,
        unit_name,
        report,
        calendar,
        [*earlier, repo.VersionWithFiles(version, file_rows)],
    )
    events.emit(
        session,
        EventType.submission_received,
        jid,
        "submission",
        head.id,
        events.resource_url(jid, "submissions", head.id),
        {
            "report_kind": detail.report_kind,
            "period": detail.period.label,
            "unit_id": str(detail.unit_id) if detail.unit_id else None,
            "unit_name": detail.unit_name,
            "version": detail.latest_version,
            "due_date": detail.due_date.isoformat() if detail.due_date else None,
            "timeliness": detail.timeliness.value if detail.timeliness else None,
            "on_time": detail.timeliness == Timeliness.on_time if detail.timeliness else None,
            "working_days_late": detail.working_days_late,
        },
    )
    await audit.record(
        session,
        actor,
        action="submission.submit" if head.latest_version == 1 else "submission.resubmit",
        entity_type="submission",
        entity_id=head.id,
        jurisdiction_id=jid,
        after=SubmissionOut.model_validate(detail.model_dump(exclude={"versions"})),
    )
    return detail


# --- reading ---------------------------------------------------------------------------------


async def get_submission(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    submission_id: uuid.UUID,
    now: datetime,
) -> SubmissionDetailOut:
    jid = jurisdiction_ref.id
    found = await repo.get(session, jid, submission_id)
    if found is None or not may_read_unit_submissions(actor, jurisdiction_ref, found.head.unit_id):
        raise NotFound(_("No such submission in this jurisdiction."))
    kinds = await _report_kinds(session, jid, local_today(jurisdiction_ref, now))
    calendar = await load_calendar(session)
    versions = await repo.versions_with_files(session, jid, submission_id)
    return _detail(
        found.head, found.unit_name, kinds.get(found.head.report_kind), calendar, versions
    )


def _detail(
    head: ReportSubmission,
    unit_name: str | None,
    report: ReportKind | None,
    calendar: ArrangementCalendar,
    versions: Sequence[repo.VersionWithFiles],
) -> SubmissionDetailOut:
    summary = _summary(head, unit_name, report, calendar)
    return SubmissionDetailOut(
        **summary.model_dump(),
        versions=[_version_out(v.version, v.files) for v in versions],
    )


async def list_submissions(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    page: PageRequest,
    now: datetime,
    *,
    report_kind: str | None,
    period: str | None,
    unit_id: uuid.UUID | None,
    changed_since: datetime | None = None,
) -> CalendarPage[SubmissionOut]:
    """The caller's view: everything for the office, leadership and read clients; a unit's own
    people see their units' (an empty page, not a refusal, for anyone else holding a post)."""
    jid = jurisdiction_ref.id
    kinds = await _report_kinds(session, jid, local_today(jurisdiction_ref, now))
    period_start = None
    if period is not None:
        if report_kind is None or report_kind not in kinds:
            raise InvalidInput(
                _(
                    "A period is read by its report kind's period: give a report_kind the "
                    "rulebook in force defines."
                ),
                (FieldError(("query", "report_kind"), _("required with period")),),
            )
        period_start = parse_period(kinds[report_kind].period, period, ("query", "period")).start
    only_units = None
    if not allows(actor, Permission.read_all_submissions, jurisdiction_ref):
        only_units = actor.units_in(jid)
    rows = await repo.list_heads(
        session,
        jid,
        page,
        report_kind=report_kind,
        period_start=period_start,
        unit_id=unit_id,
        only_units=only_units,
        changed_since=changed_since,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.head.period_start, r.head.id])
    calendar = (await load_calendar(session)).noting()
    items = [_summary(r.head, r.unit_name, kinds.get(r.head.report_kind), calendar) for r in kept]
    return CalendarPage[SubmissionOut](
        items=items, next_cursor=cursor, limit=page.limit, calendar=use_of(calendar)
    )


async def get_file(
    session: AsyncSession,
    actor: Actor,
    jurisdiction_ref: JurisdictionRef,
    submission_id: uuid.UUID,
    version: int,
    file_id: uuid.UUID,
) -> SubmissionFile:
    found = await repo.get(session, jurisdiction_ref.id, submission_id)
    if found is None or not may_read_unit_submissions(actor, jurisdiction_ref, found.head.unit_id):
        raise NotFound(_("No such submission in this jurisdiction."))
    file = await repo.file_with_content(
        session, jurisdiction_ref.id, submission_id, version, file_id
    )
    if file is None:
        raise NotFound(_("No such file in this version of the submission."))
    return file
