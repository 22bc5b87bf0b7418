from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status

from app.db import Session
from app.deps import ManageTasks, Now, ReadJurisdiction, ReportTaskProgress
from app.domain.messages import _
from app.domain.tasks import ACCOUNTABILITY_RULE, SUPERVISION_RULE, NoticeTone
from app.errors import ValidationProblem, problem_responses
from app.pagination import Page, Paging
from app.repositories.supervision import NoticeFilter, PublicNoticeFilter, RecordFilter
from app.schemas.calendar import CalendarPage
from app.schemas.supervision import (
    AccountabilityRecordCreate,
    AccountabilityRecordOut,
    PublicNoticeCreate,
    PublicNoticeOut,
    SupervisionNoticeCreate,
    SupervisionNoticeOut,
    SupervisionReply,
)
from app.services import supervision as service

TaskId = Annotated[uuid.UUID, Path(description="The task's id.")]
NoticeId = Annotated[uuid.UUID, Path(description="The notice's id.")]
RecordId = Annotated[uuid.UUID, Path(description="The accountability record's id.")]

OFFICE_ONLY = "The office here (or its write client, or an admin) writes it."
UNIT_VISIBILITY = (
    "The office of this jurisdiction or one above it, the leader and deputy leaders, read "
    "clients and admins see every one; a person holding a post for a member unit sees its "
    "unit's only (others are answered 404, or left out of lists)."
)
OVERDUE = (
    "`reply_overdue`: the notice is unanswered and today (in the jurisdiction's time zone) is "
    "after `reply_due_on`, or it was answered after `reply_due_on` — a late reply stays overdue. "
    "`reply_overdue_working_days` counts the mainland-China working days begun since the reply "
    "date, up to today while unanswered or up to the reply day when answered late."
)
NEVER_CHANGED = "Once made it never changes and is never deleted (a database trigger)."


def _range(name_from: str, name_to: str, start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise ValidationProblem(
            _("{name_from} is after {name_to}.", name_from=name_from, name_to=name_to),
            [
                {
                    "loc": ["query", name_from],
                    "msg": _("after {name_to}", name_to=name_to),
                    "type": "value_error",
                }
            ],
        )


IssuedFrom = Annotated[date | None, Query(description="Issued on or after this day.")]
IssuedTo = Annotated[date | None, Query(description="Issued on or before this day.")]


# --- supervision notices (督办, E-TSK-2) ------------------------------------------------------


async def task_notice_filter(
    unit_id: Annotated[uuid.UUID | None, Query(description="To this unit.")] = None,
    unanswered: Annotated[
        bool | None, Query(description="Only unanswered (true) or answered (false) ones.")
    ] = None,
    overdue: Annotated[
        bool | None,
        Query(
            description="Only those whose reply is overdue (true: unanswered past the reply "
            "date as of today, or answered after it) or not (false: unanswered with the reply "
            "date today or later, or answered by it)."
        ),
    ] = None,
    issued_from: IssuedFrom = None,
    issued_to: IssuedTo = None,
) -> NoticeFilter:
    _range("issued_from", "issued_to", issued_from, issued_to)
    return NoticeFilter(
        unit_id=unit_id,
        unanswered=unanswered,
        overdue=overdue,
        issued_from=issued_from,
        issued_to=issued_to,
    )


TaskNoticeQuery = Annotated[NoticeFilter, Depends(task_notice_filter)]


async def notice_filter(
    f: TaskNoticeQuery,
    task_id: Annotated[uuid.UUID | None, Query(description="On this task.")] = None,
) -> NoticeFilter:
    return replace(f, task_id=task_id)


NoticeQuery = Annotated[NoticeFilter, Depends(notice_filter)]

ISSUE_DESCRIPTION = (
    "E-TSK-2: the office supervises units against the table's deadlines. "
    f"{OFFICE_ONLY} The notice goes to the task's lead unit as it stands today. It is "
    "issued today (in the jurisdiction's time zone); `reply_due_on` defaults to 5 working "
    "days after today (mainland-China calendar) and is not before today (422). A done or "
    f"cancelled task is no longer supervised (409). {NEVER_CHANGED} Only the unit's reply "
    "is added, once."
)

task_router = APIRouter(
    prefix="/jurisdictions/{jid}/tasks/{task_id}/supervision-notices", tags=["supervision"]
)
notices_router = APIRouter(prefix="/jurisdictions/{jid}/supervision-notices", tags=["supervision"])


@task_router.post(
    "",
    summary="Supervise an open task's lead unit (督办), with a reply date",
    description=ISSUE_DESCRIPTION,
    status_code=status.HTTP_201_CREATED,
    response_model=SupervisionNoticeOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_supervision_notice(
    scope: ManageTasks,
    session: Session,
    now: Now,
    task_id: TaskId,
    body: SupervisionNoticeCreate,
    response: Response,
) -> SupervisionNoticeOut:
    out = await service.issue(session, scope.actor, scope.jurisdiction, task_id, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/supervision-notices/{out.id}"
    return out


@task_router.get(
    "",
    summary="The supervision notices on one task",
    description="404 when the caller does not see the task (as GET …/tasks/{task_id}); of its "
    f"notices, those the caller may read: {UNIT_VISIBILITY} Newest first, keyset-paged, with the "
    f"same filters as the jurisdiction's list. {OVERDUE}",
    response_model=CalendarPage[SupervisionNoticeOut],
    responses=problem_responses(401, 404, 422),
)
async def list_task_supervision_notices(
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    paging: Paging,
    task_id: TaskId,
    f: TaskNoticeQuery,
) -> CalendarPage[SupervisionNoticeOut]:
    return await service.list_task_notices(
        session, scope.actor, scope.jurisdiction, task_id, now, f, paging
    )


@notices_router.get(
    "",
    summary="Supervision notices: filter by unit, task, unanswered, overdue, day of issue",
    description=f"{UNIT_VISIBILITY} Newest first (day of issue, then id), keyset-paged "
    f"(`next_cursor`). {OVERDUE}",
    response_model=CalendarPage[SupervisionNoticeOut],
    responses=problem_responses(401, 404, 422),
)
async def list_supervision_notices(
    scope: ReadJurisdiction, session: Session, now: Now, paging: Paging, f: NoticeQuery
) -> CalendarPage[SupervisionNoticeOut]:
    return await service.list_notices(session, scope.actor, scope.jurisdiction, now, f, paging)


@notices_router.get(
    "/{notice_id}",
    summary="One supervision notice, with the unit's reply",
    description=f"{UNIT_VISIBILITY} {OVERDUE}",
    response_model=SupervisionNoticeOut,
    responses=problem_responses(401, 404),
)
async def get_supervision_notice(
    scope: ReadJurisdiction, session: Session, now: Now, notice_id: NoticeId
) -> SupervisionNoticeOut:
    return await service.get_notice(session, scope.actor, scope.jurisdiction, notice_id, now)


@notices_router.post(
    "/{notice_id}/reply",
    summary="Reply to a supervision notice, once (the supervised unit)",
    description=f"The reply is the unit's ({SUPERVISION_RULE}): a person holding a post for the "
    "notice's unit (its head, liaison or information officer) replies; anyone else who sees the "
    f"notice — the office, the leadership — is refused with a 403 naming {SUPERVISION_RULE}; "
    "someone who does not see it gets 404. A second reply is a 409. The reply is dated today "
    "(in the jurisdiction's time zone); one after the reply date is recorded and counted late.",
    response_model=SupervisionNoticeOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_supervision_reply(
    scope: ReportTaskProgress,
    session: Session,
    now: Now,
    notice_id: NoticeId,
    body: SupervisionReply,
) -> SupervisionNoticeOut:
    return await service.reply(session, scope.actor, scope.jurisdiction, notice_id, now, body)


# --- public notices (通报, E-TSK-3) ------------------------------------------------------------

public_router = APIRouter(prefix="/jurisdictions/{jid}/public-notices", tags=["public-notices"])

PUBLIC_VISIBILITY = (
    "A public notice (通报) is the leading group's internal notice to every member unit, so "
    "whoever reads this jurisdiction reads it (it is not published outside: E-PUB-1)."
)


async def public_notice_filter(
    unit_id: Annotated[uuid.UUID | None, Query(description="Naming this unit.")] = None,
    task_id: Annotated[uuid.UUID | None, Query(description="Citing this task.")] = None,
    tone: Annotated[NoticeTone | None, Query(description="Criticism or commendation.")] = None,
    issued_from: IssuedFrom = None,
    issued_to: IssuedTo = None,
) -> PublicNoticeFilter:
    _range("issued_from", "issued_to", issued_from, issued_to)
    return PublicNoticeFilter(
        unit_id=unit_id, task_id=task_id, tone=tone, issued_from=issued_from, issued_to=issued_to
    )


@public_router.post(
    "",
    summary="Issue a public notice (通报) naming units, citing tasks and evidence",
    description=f"E-TSK-3: units that fail their duties are notified (通报); good work may be "
    f"commended. {OFFICE_ONLY} Each unit named is a member unit here that leads or cooperates on "
    "a task cited; the tasks are this jurisdiction's; the evidence — progress reports and "
    "supervision notices — belongs to the tasks cited. Each one that does not fit is named in a "
    f"422, as is an `issued_on` after today. {NEVER_CHANGED}",
    status_code=status.HTTP_201_CREATED,
    response_model=PublicNoticeOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def create_public_notice(
    scope: ManageTasks,
    session: Session,
    now: Now,
    body: PublicNoticeCreate,
    response: Response,
) -> PublicNoticeOut:
    out = await service.create_public_notice(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/public-notices/{out.id}"
    return out


@public_router.get(
    "",
    summary="Public notices: filter by unit named, task cited, tone, day of issue",
    description=f"{PUBLIC_VISIBILITY} Newest first (day of issue, then id), keyset-paged.",
    response_model=Page[PublicNoticeOut],
    responses=problem_responses(401, 404, 422),
)
async def list_public_notices(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    f: Annotated[PublicNoticeFilter, Depends(public_notice_filter)],
) -> Page[PublicNoticeOut]:
    items, cursor = await service.list_public_notices(session, scope.jurisdiction, f, paging)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@public_router.get(
    "/{notice_id}",
    summary="One public notice with the units it names and the tasks it cites",
    description=PUBLIC_VISIBILITY,
    response_model=PublicNoticeOut,
    responses=problem_responses(401, 404),
)
async def get_public_notice(
    scope: ReadJurisdiction, session: Session, notice_id: NoticeId
) -> PublicNoticeOut:
    return await service.get_public_notice(session, scope.jurisdiction, notice_id)


# --- accountability records (问责, E-TSK-3) --------------------------------------------------

accountability_router = APIRouter(
    prefix="/jurisdictions/{jid}/accountability-records", tags=["accountability"]
)


async def record_filter(
    unit_id: Annotated[uuid.UUID | None, Query(description="Of this unit.")] = None,
    task_id: Annotated[uuid.UUID | None, Query(description="Concerning this task.")] = None,
    decided_from: Annotated[date | None, Query(description="Decided on or after.")] = None,
    decided_to: Annotated[date | None, Query(description="Decided on or before.")] = None,
) -> RecordFilter:
    _range("decided_from", "decided_to", decided_from, decided_to)
    return RecordFilter(
        unit_id=unit_id, task_id=task_id, decided_from=decided_from, decided_to=decided_to
    )


@accountability_router.post(
    "",
    summary="Record accountability (问责) for a unit whose work clearly lags",
    description=f"{ACCOUNTABILITY_RULE}: units whose work clearly lags (工作明显滞后) are held "
    f"accountable. {OFFICE_ONLY} The record states the measure (约谈, 通报批评, 责令整改 …), "
    "the reason, whose decision it is and the day (not after today, default today), and cites "
    "tasks of this jurisdiction, perhaps the public notice here that named the unit, and evidence "
    "belonging to the tasks cited (422 naming each that does not fit). It is refused with a 403 "
    f"naming {ACCOUNTABILITY_RULE} and its source unless, on the day of the decision, a task "
    "cited that the unit leads was overdue (open, a working day begun since its deadline), or a "
    "supervision notice to the unit cited as evidence stood unanswered past its reply date. The "
    f"rule and source are kept on the record. {NEVER_CHANGED}",
    status_code=status.HTTP_201_CREATED,
    response_model=AccountabilityRecordOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def create_accountability_record(
    scope: ManageTasks,
    session: Session,
    now: Now,
    body: AccountabilityRecordCreate,
    response: Response,
) -> AccountabilityRecordOut:
    out = await service.create_record(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/accountability-records/{out.id}"
    return out


@accountability_router.get(
    "",
    summary="Accountability records: filter by unit, task, day of decision",
    description=f"{UNIT_VISIBILITY} Newest first (day of decision, then id), keyset-paged.",
    response_model=Page[AccountabilityRecordOut],
    responses=problem_responses(401, 404, 422),
)
async def list_accountability_records(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    f: Annotated[RecordFilter, Depends(record_filter)],
) -> Page[AccountabilityRecordOut]:
    items, cursor = await service.list_records(session, scope.actor, scope.jurisdiction, f, paging)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@accountability_router.get(
    "/{record_id}",
    summary="One accountability record, with the rule it was judged by",
    description=UNIT_VISIBILITY,
    response_model=AccountabilityRecordOut,
    responses=problem_responses(401, 404),
)
async def get_accountability_record(
    scope: ReadJurisdiction, session: Session, record_id: RecordId
) -> AccountabilityRecordOut:
    return await service.get_record(session, scope.actor, scope.jurisdiction, record_id)


router = APIRouter()
for part in (task_router, notices_router, public_router, accountability_router):
    router.include_router(part)
