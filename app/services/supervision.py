"""Supervision (督办, E-TSK-2), public notices (通报) and accountability (问责, E-TSK-3) on the task
breakdown.

The office supervises an open task's lead unit with a notice and a reply date (by default
DEFAULT_REPLY_WORKING_DAYS working days on); the unit's people reply once. A public notice names
units and cites the tasks and evidence (progress reports, supervision notices) that justify it;
every unit it names answers for a task it cites. An accountability record holds a unit to
account only when its work clearly lags (judge_accountability): a task it leads overdue on the
day of the decision, or a supervision notice of it cited as evidence and left unanswered past its
reply date on that day.

Visibility: supervision notices and accountability records are about one unit: whoever reads the
whole task breakdown sees them all, a unit's people see their unit's. Public notices are internal
notices to every member unit: whoever reads the jurisdiction reads them. None of these records
ever changes once made (database triggers), except a notice's reply, set once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import tasks as domain
from app.domain.access import Actor, JurisdictionRef, may_read_unit_record, unit_records_only
from app.domain.calendar import (
    ArrangementCalendar,
    CalendarYearUnknown,
    add_working_days,
    working_days_between,
)
from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.events import EventType
from app.domain.messages import _
from app.domain.tasks import LinkedTask, NoticeTone, TaskAct, TaskState
from app.errors import NotFound
from app.models import AccountabilityRecord, PublicNotice, SupervisionNotice, Task
from app.pagination import PageRequest, next_cursor_for
from app.repositories import supervision as repo
from app.repositories import tasks as tasks_repo
from app.repositories.supervision import (
    Evidence,
    NoticeFilter,
    NoticeRow,
    PublicNoticeFilter,
    RecordFilter,
)
from app.schemas.calendar import CalendarPage
from app.schemas.supervision import (
    AccountabilityRecordCreate,
    AccountabilityRecordOut,
    PublicNoticeCreate,
    PublicNoticeOut,
    SupervisionNoticeCreate,
    SupervisionNoticeOut,
    SupervisionReply,
    TaskRef,
)
from app.schemas.tasks import UnitRef
from app.services import audit
from app.services import tasks as tasks_service
from app.services.calendar import load_calendar, use_of
from app.services.common import local_today, require
from app.services.events import emit, resource_url

NOTICE_NOT_HERE = _("No such supervision notice in this jurisdiction.")
PUBLIC_NOTICE_NOT_HERE = _("No such public notice in this jurisdiction.")
RECORD_NOT_HERE = _("No such accountability record in this jurisdiction.")


# --- supervision notices ----------------------------------------------------------------------


def notice_out(row: NoticeRow, calendar: ArrangementCalendar, today: date) -> SupervisionNoticeOut:
    n = row.notice
    own = calendar.noting()
    overdue = domain.reply_overdue(n.reply_due_on, n.replied_on, today)
    late = working_days_between(own, n.reply_due_on, n.replied_on or today) if overdue else 0
    return SupervisionNoticeOut(
        id=n.id,
        jurisdiction_id=n.jurisdiction_id,
        task=TaskRef(id=n.task_id, code=row.task_code, title=row.task_title),
        unit=UnitRef(id=n.unit_id, name=row.unit_name),
        text=n.text,
        issued_on=n.issued_on,
        reply_due_on=n.reply_due_on,
        issued_by=n.issued_by,
        issued_by_name=n.issued_by_name,
        created_at=n.created_at,
        answered=n.replied_on is not None,
        reply_text=n.reply_text,
        replied_on=n.replied_on,
        replied_at=n.replied_at,
        replied_by=n.replied_by,
        replied_by_name=n.replied_by_name,
        reply_overdue=overdue,
        reply_overdue_working_days=max(late, 0),
        calendar=use_of(own),
    )


async def _notice_row(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    notice_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> NoticeRow:
    """A notice the caller may read (404 otherwise)."""
    row = await repo.get_notice(session, ref.id, notice_id, for_update=for_update)
    if row is None or not may_read_unit_record(actor, ref, row.notice.unit_id):
        raise NotFound(NOTICE_NOT_HERE)
    return row


_EVENTS = {
    "issue": EventType.supervision_notice_issued,
    "reply": EventType.supervision_notice_answered,
}


async def _audit_notice(
    session: AsyncSession,
    actor: Actor,
    act: str,
    before: SupervisionNoticeOut | None,
    after: SupervisionNoticeOut,
) -> None:
    event_type = _EVENTS.get(act)
    if event_type is not None:
        emit(
            session,
            event_type,
            after.jurisdiction_id,
            "supervision_notice",
            after.id,
            resource_url(after.jurisdiction_id, "supervision-notices", after.id),
            {
                "task": {"id": str(after.task.id), "code": after.task.code},
                "unit": {"id": str(after.unit.id), "name": after.unit.name},
                "issued_on": after.issued_on.isoformat(),
                "reply_due_on": after.reply_due_on.isoformat(),
                "answered": after.answered,
                "replied_on": after.replied_on.isoformat() if after.replied_on else None,
            },
        )
    await audit.record(
        session,
        actor,
        action=f"supervision_notice.{act}",
        entity_type="supervision_notice",
        entity_id=after.id,
        jurisdiction_id=after.jurisdiction_id,
        before=before,
        after=after,
    )


def _default_reply_due(calendar: ArrangementCalendar, today: date) -> date:
    """DEFAULT_REPLY_WORKING_DAYS working days on, on the published calendar only: the date is
    stored and told to the unit, so it is never a provisional guess (then the office gives it)."""
    try:
        return add_working_days(calendar.exact(), today, domain.DEFAULT_REPLY_WORKING_DAYS)
    except CalendarYearUnknown as exc:
        raise InvalidInput(
            _(
                "The default reply date ({default_reply_working_days} working days on) "
                "falls in {year}, whose holiday arrangement is not entered yet: give "
                "reply_due_on.",
                default_reply_working_days=domain.DEFAULT_REPLY_WORKING_DAYS,
                year=exc.year,
            ),
            (
                FieldError(
                    ("body", "reply_due_on"), _("required until {year} is entered", year=exc.year)
                ),
            ),
        ) from exc


async def issue(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    data: SupervisionNoticeCreate,
) -> SupervisionNoticeOut:
    """The office supervises an open task's lead unit (E-TSK-2)."""
    # BEGIN, the task locked with its lead unit's name, the notice (its INSERT returns its
    # created_at), the audit row, COMMIT: the answer is built from what was written.
    found = await tasks_repo.lock_named(session, ref.id, task_id)
    if found is None:
        raise NotFound(tasks_service.NOT_HERE)
    task, lead_name, __ = found
    domain.check_act(
        TaskState(task.state), TaskAct.supervise, completion_pending=task.completion_pending
    )
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    reply_due_on = data.reply_due_on or _default_reply_due(calendar, today)
    domain.check_reply_due(today, reply_due_on)
    notice = SupervisionNotice(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        task_id=task.id,
        unit_id=task.lead_unit_id,
        text=data.text,
        issued_on=today,
        reply_due_on=reply_due_on,
        issued_by=actor.id,
        issued_by_name=actor.display_name,
    )
    session.add(notice)
    await session.flush()
    out = notice_out(NoticeRow(notice, task.code, task.title, lead_name), calendar, today)
    await _audit_notice(session, actor, "issue", None, out)
    return out


async def list_notices(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    f: NoticeFilter,
    paging: PageRequest,
) -> CalendarPage[SupervisionNoticeOut]:
    today = local_today(ref, now)
    rows = await repo.notice_page(session, ref.id, unit_records_only(actor, ref), f, today, paging)
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r.notice.issued_on, r.notice.id))
    calendar = (await load_calendar(session)).noting()
    return CalendarPage[SupervisionNoticeOut](
        items=[notice_out(row, calendar, today) for row in kept],
        next_cursor=cursor,
        limit=paging.limit,
        calendar=use_of(calendar),
    )


async def list_task_notices(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    task_id: uuid.UUID,
    now: datetime,
    f: NoticeFilter,
    paging: PageRequest,
) -> CalendarPage[SupervisionNoticeOut]:
    """The notices on a task the caller sees (404 otherwise); of those, the ones it may read."""
    await tasks_service.visible_task(session, actor, ref, task_id)
    return await list_notices(session, actor, ref, now, replace(f, task_id=task_id), paging)


async def get_notice(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    notice_id: uuid.UUID,
    now: datetime,
) -> SupervisionNoticeOut:
    row = await _notice_row(session, actor, ref, notice_id)
    return notice_out(row, await load_calendar(session), local_today(ref, now))


async def reply(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    notice_id: uuid.UUID,
    now: datetime,
    data: SupervisionReply,
) -> SupervisionNoticeOut:
    """The supervised unit's reply, once (E-TSK-2): by a person holding a post for it."""
    row = await _notice_row(session, actor, ref, notice_id, for_update=True)
    notice = row.notice
    require(domain.judge_reply(notice.unit_id, actor.units_in(ref.id)))
    if notice.replied_on is not None:
        raise StateConflict(
            _(
                "The unit already replied to this notice on {replied_on}: a reply is given once.",
                replied_on=notice.replied_on.isoformat(),
            )
        )
    today = local_today(ref, now)
    calendar = await load_calendar(session)
    before = notice_out(row, calendar, today)
    notice.reply_text = data.text
    notice.replied_at = now
    notice.replied_on = today
    notice.replied_by = actor.id
    notice.replied_by_name = actor.display_name
    await session.flush()
    after = notice_out(row, calendar, today)
    await _audit_notice(session, actor, "reply", before, after)
    return after


# --- what notices and records cite --------------------------------------------------------------


def _references(
    field: str, ids: Sequence[uuid.UUID], known: Iterable[uuid.UUID], unknown: str
) -> list[FieldError]:
    """A 422 error for each of ``ids`` named twice or not among ``known``."""
    known = set(known)
    errors: list[FieldError] = []
    seen: set[uuid.UUID] = set()
    for index, value in enumerate(ids):
        if value in seen:
            errors.append(FieldError(("body", field, index), _("named twice")))
        elif value not in known:
            errors.append(FieldError(("body", field, index), unknown))
        seen.add(value)
    return errors


def _of_cited_tasks(
    field: str,
    ids: Sequence[uuid.UUID],
    found: Mapping[uuid.UUID, Evidence],
    cited: set[uuid.UUID],
    what: str,
) -> list[FieldError]:
    mine = [i for i, e in found.items() if e.task_id in cited]
    return _references(field, ids, mine, _("not {what} of a task cited here", what=what))


async def _cited(
    session: AsyncSession,
    jid: uuid.UUID,
    task_ids: Sequence[uuid.UUID],
    report_ids: Sequence[uuid.UUID],
    supervision_ids: Sequence[uuid.UUID],
) -> tuple[dict[uuid.UUID, Task], dict[uuid.UUID, Evidence], list[FieldError]]:
    """The tasks cited (tasks here, each once) and the supervision notices cited as evidence;
    each piece of evidence must be a record of a task cited. With a 422 error for each that
    does not fit."""
    tasks = await repo.tasks_here(session, jid, set(task_ids))
    errors = _references("task_ids", task_ids, tasks, _("not a task of this jurisdiction"))
    reports = await repo.report_evidence(session, jid, set(report_ids))
    notices = await repo.supervision_evidence(session, jid, set(supervision_ids))
    errors += _of_cited_tasks(
        "evidence_report_ids", report_ids, reports, set(tasks), _("a progress report")
    )
    errors += _of_cited_tasks(
        "evidence_supervision_ids", supervision_ids, notices, set(tasks), _("a supervision notice")
    )
    return tasks, notices, errors


async def _linked(session: AsyncSession, tasks: Iterable[Task]) -> list[LinkedTask]:
    rows = list(tasks)
    cooperating = await tasks_repo.cooperating(session, [t.id for t in rows])
    return [
        LinkedTask(
            id=t.id,
            lead_unit_id=t.lead_unit_id,
            cooperating_unit_ids=frozenset(u for u, __ in cooperating.get(t.id, [])),
            days=tasks_service.days_of(t),
        )
        for t in rows
    ]


def _not_after_today(field: str, day: date, today: date) -> list[FieldError]:
    return [FieldError(("body", field), _("after today"))] if day > today else []


def _task_refs(items: Sequence[repo.Cited]) -> list[TaskRef]:
    return [TaskRef(id=i, code=code, title=title) for i, code, title in items]


# --- public notices ---------------------------------------------------------------------------


async def _public_outs(
    session: AsyncSession, rows: Sequence[PublicNotice]
) -> list[PublicNoticeOut]:
    ids = [row.id for row in rows]
    units = await repo.public_notice_units(session, ids)
    tasks = await repo.public_notice_tasks(session, ids)
    return [
        PublicNoticeOut(
            id=row.id,
            jurisdiction_id=row.jurisdiction_id,
            title=row.title,
            body=row.body,
            tone=NoticeTone(row.tone),
            issued_on=row.issued_on,
            document_reference=row.document_reference,
            units=[UnitRef(id=u, name=name) for u, name in units.get(row.id, [])],
            tasks=_task_refs(tasks.get(row.id, [])),
            evidence_report_ids=list(row.evidence_report_ids),
            evidence_supervision_ids=list(row.evidence_supervision_ids),
            created_at=row.created_at,
            created_by=row.created_by,
            created_by_name=row.created_by_name,
        )
        for row in rows
    ]


async def create_public_notice(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    data: PublicNoticeCreate,
) -> PublicNoticeOut:
    """A public notice (通报, E-TSK-3) naming units answerable for the tasks it cites."""
    today = local_today(ref, now)
    issued_on = data.issued_on or today
    errors = _not_after_today("issued_on", issued_on, today)
    units = await repo.unit_names(session, ref.id, set(data.unit_ids))
    unit_errors = _references(
        "unit_ids", data.unit_ids, units, _("not a member unit of this jurisdiction")
    )
    tasks, _notices, cited_errors = await _cited(
        session, ref.id, data.task_ids, data.evidence_report_ids, data.evidence_supervision_ids
    )
    errors += unit_errors + cited_errors
    if not unit_errors and len(tasks) == len(set(data.task_ids)):
        try:
            domain.check_named_units(data.unit_ids, await _linked(session, tasks.values()))
        except InvalidInput as exc:
            errors += exc.errors
    if errors:
        raise InvalidInput(
            _("The notice does not fit the units, tasks and evidence it names."), tuple(errors)
        )
    row = PublicNotice(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        title=data.title,
        body=data.body,
        tone=data.tone.value,
        issued_on=issued_on,
        document_reference=data.document_reference,
        evidence_report_ids=list(data.evidence_report_ids),
        evidence_supervision_ids=list(data.evidence_supervision_ids),
        created_by=actor.id,
        created_by_name=actor.display_name,
    )
    await repo.add_public_notice(session, row, data.unit_ids, data.task_ids)
    await session.refresh(row)
    (out,) = await _public_outs(session, [row])
    await audit.record(
        session,
        actor,
        action="public_notice.issue",
        entity_type="public_notice",
        entity_id=row.id,
        jurisdiction_id=ref.id,
        after=out,
    )
    return out


async def list_public_notices(
    session: AsyncSession, ref: JurisdictionRef, f: PublicNoticeFilter, paging: PageRequest
) -> tuple[list[PublicNoticeOut], str | None]:
    rows = await repo.public_notice_page(session, ref.id, f, paging)
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r.issued_on, r.id))
    return await _public_outs(session, kept), cursor


async def get_public_notice(
    session: AsyncSession, ref: JurisdictionRef, notice_id: uuid.UUID
) -> PublicNoticeOut:
    row = await repo.get_public_notice(session, ref.id, notice_id)
    if row is None:
        raise NotFound(PUBLIC_NOTICE_NOT_HERE)
    (out,) = await _public_outs(session, [row])
    return out


# --- accountability records -------------------------------------------------------------------


async def _record_outs(
    session: AsyncSession, rows: Sequence[tuple[AccountabilityRecord, str]]
) -> list[AccountabilityRecordOut]:
    tasks = await repo.record_tasks(session, [row.id for row, __ in rows])
    return [
        AccountabilityRecordOut(
            id=row.id,
            jurisdiction_id=row.jurisdiction_id,
            unit=UnitRef(id=row.unit_id, name=name),
            measure=row.measure,
            reason=row.reason,
            decided_by=row.decided_by,
            decided_on=row.decided_on,
            tasks=_task_refs(tasks.get(row.id, [])),
            public_notice_id=row.public_notice_id,
            evidence_report_ids=list(row.evidence_report_ids),
            evidence_supervision_ids=list(row.evidence_supervision_ids),
            rule=row.rule,
            source=row.source,
            created_at=row.created_at,
            created_by=row.created_by,
            created_by_name=row.created_by_name,
        )
        for row, name in rows
    ]


async def _notice_fits(
    session: AsyncSession, jid: uuid.UUID, notice_id: uuid.UUID | None, unit: uuid.UUID | None
) -> list[FieldError]:
    """The public notice a record follows is one here that named the unit."""
    if notice_id is None:
        return []
    location = ("body", "public_notice_id")
    if await repo.get_public_notice(session, jid, notice_id) is None:
        return [FieldError(location, _("not a public notice of this jurisdiction"))]
    if unit is not None and not await repo.names_unit(session, notice_id, unit):
        return [FieldError(location, _("the notice does not name this unit"))]
    return []


async def create_record(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    now: datetime,
    data: AccountabilityRecordCreate,
) -> AccountabilityRecordOut:
    """Accountability (问责) for a unit whose work clearly lags (E-TSK-3), judged on the day of
    the decision from the tasks and supervision notices cited."""
    today = local_today(ref, now)
    decided_on = data.decided_on or today
    errors = _not_after_today("decided_on", decided_on, today)
    units = await repo.unit_names(session, ref.id, {data.unit_id})
    if data.unit_id not in units:
        errors.append(FieldError(("body", "unit_id"), _("not a member unit of this jurisdiction")))
    tasks, notices, cited_errors = await _cited(
        session, ref.id, data.task_ids, data.evidence_report_ids, data.evidence_supervision_ids
    )
    errors += cited_errors
    errors += await _notice_fits(
        session, ref.id, data.public_notice_id, data.unit_id if data.unit_id in units else None
    )
    if errors:
        raise InvalidInput(
            _("The record does not fit the unit, tasks and evidence it names."), tuple(errors)
        )
    unanswered = sum(
        1
        for e in notices.values()
        if e.unit_id == data.unit_id
        and e.reply_due_on is not None
        and domain.unanswered_past_due(e.reply_due_on, e.replied_on, decided_on)
    )
    # The record is kept: judged on the published calendar only (a year not entered: 422).
    cutoff = domain.overdue_cutoff((await load_calendar(session)).exact(), decided_on)
    decision = domain.judge_accountability(
        data.unit_id, await _linked(session, tasks.values()), unanswered, decided_on, cutoff
    )
    require(decision)
    row = AccountabilityRecord(
        id=uuid.uuid4(),
        jurisdiction_id=ref.id,
        unit_id=data.unit_id,
        decided_on=decided_on,
        measure=data.measure,
        reason=data.reason,
        decided_by=data.decided_by,
        public_notice_id=data.public_notice_id,
        evidence_report_ids=list(data.evidence_report_ids),
        evidence_supervision_ids=list(data.evidence_supervision_ids),
        rule=decision.rule,
        source=decision.source,
        created_by=actor.id,
        created_by_name=actor.display_name,
    )
    await repo.add_record(session, row, data.task_ids)
    await session.refresh(row)
    (out,) = await _record_outs(session, [(row, units[data.unit_id])])
    await audit.record(
        session,
        actor,
        action="accountability_record.create",
        entity_type="accountability_record",
        entity_id=row.id,
        jurisdiction_id=ref.id,
        after=out,
    )
    return out


async def list_records(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    f: RecordFilter,
    paging: PageRequest,
) -> tuple[list[AccountabilityRecordOut], str | None]:
    rows = await repo.record_page(session, ref.id, unit_records_only(actor, ref), f, paging)
    kept, cursor = next_cursor_for(rows, paging, lambda r: (r[0].decided_on, r[0].id))
    return await _record_outs(session, kept), cursor


async def get_record(
    session: AsyncSession, actor: Actor, ref: JurisdictionRef, record_id: uuid.UUID
) -> AccountabilityRecordOut:
    found = await repo.get_record(session, ref.id, record_id)
    if found is None or not may_read_unit_record(actor, ref, found[0].unit_id):
        raise NotFound(RECORD_NOT_HERE)
    (out,) = await _record_outs(session, [found])
    return out
