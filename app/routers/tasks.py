from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from app.db import Session
from app.deps import ManageTasks, Now, ReadJurisdiction
from app.domain.messages import _
from app.domain.tasks import TaskState
from app.errors import ValidationProblem, problem_responses
from app.pagination import ChangedSince, Paging
from app.repositories.tasks import TaskFilter
from app.routers.conditional import etag_matches
from app.schemas.calendar import CalendarPage
from app.schemas.tasks import (
    TaskCancel,
    TaskCreate,
    TaskFromDecision,
    TaskOut,
    TaskSummaryOut,
    TaskUpdate,
)
from app.services import tasks as service

router = APIRouter(prefix="/jurisdictions/{jid}/tasks", tags=["tasks"])

TaskId = Annotated[uuid.UUID, Path(description="The task's id.")]
CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"

VISIBILITY = (
    "The office of this jurisdiction or one above it, the leader and deputy leaders, read "
    "clients and admins see every task; anyone else holding a post here sees the tasks their "
    "unit leads or cooperates on."
)
OVERDUE = (
    "A task is overdue when it is still open (not started or in progress) and a working day "
    "(mainland-China calendar, with holidays and make-up workdays) has begun since its "
    "deadline; `overdue_working_days` counts them, as of today in the jurisdiction's time zone. "
    "A year with no published holiday arrangement yet is counted on the provisional calendar "
    "and the answer says so (`calendar.provisional_years`, header `Gaiban-Calendar-Provisional`; "
    "the header only, for CSV)."
)
CONDITIONAL = (
    "Answers carry an ETag that changes with any change to the tasks, with the day, with the "
    "calendar (a year entered) and with the "
    "query: a poller sending it back in If-None-Match gets 304 without the table being read."
)
OFFICE_ONLY = "The office here (or its write client, or an admin) keeps the table."
OPEN_ONLY = "Done and cancelled tasks are final (409)."


async def task_filter(
    unit_id: Annotated[
        uuid.UUID | None, Query(description="Tasks this unit leads or cooperates on.")
    ] = None,
    lead_unit_id: Annotated[uuid.UUID | None, Query(description="Tasks this unit leads.")] = None,
    state: Annotated[TaskState | None, Query(description="Only in this state.")] = None,
    overdue: Annotated[
        bool | None, Query(description="Only overdue (true) or not (false).")
    ] = None,
    deadline_from: Annotated[date | None, Query(description="Deadline on or after.")] = None,
    deadline_to: Annotated[date | None, Query(description="Deadline on or before.")] = None,
    category: Annotated[
        str | None, Query(min_length=1, max_length=100, description="Exactly this category.")
    ] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=100, description="Words in title or code.")
    ] = None,
    parent_id: Annotated[uuid.UUID | None, Query(description="Sub-tasks of this task.")] = None,
    top_level: Annotated[
        bool | None, Query(description="Only tasks (true) or only sub-tasks (false).")
    ] = None,
    meeting_id: Annotated[
        uuid.UUID | None, Query(description="Tasks made from this meeting's decisions.")
    ] = None,
) -> TaskFilter:
    if deadline_from and deadline_to and deadline_from > deadline_to:
        raise ValidationProblem(
            _("deadline_from is after deadline_to."),
            [
                {
                    "loc": ["query", "deadline_from"],
                    "msg": _("after deadline_to"),
                    "type": "value_error",
                }
            ],
        )
    return TaskFilter(
        unit_id=unit_id,
        lead_unit_id=lead_unit_id,
        state=state,
        overdue=overdue,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        category=category,
        q=q,
        parent_id=parent_id,
        top_level=top_level,
        source_meeting_id=meeting_id,
    )


Filter = Annotated[TaskFilter, Depends(task_filter)]
IncludeDescendants = Annotated[
    bool,
    Query(
        description="Also the tasks of the jurisdictions below this one (a city's counties) "
        "whose whole table the caller sees."
    ),
]


def _wants_csv(request: Request) -> bool:
    return "text/csv" in request.headers.get("accept", "")


def _not_modified(request: Request, etag: str) -> Response | None:
    # etag_matches compares weakly: the W/ prefix is not part of the opaque tag.
    if etag_matches(request.headers.get("if-none-match"), etag.removeprefix("W/")):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=_cache(etag))
    return None


def _cache(etag: str) -> dict[str, str]:
    return {"ETag": etag, "Cache-Control": "private, no-cache", "Vary": "Accept"}


CSV_OR_JSON = {"content": {"text/csv": {"schema": {"type": "string"}}}}


@router.get(
    "",
    summary="The task breakdown: filter by unit, state, overdue, deadline, category, text",
    description=f"{VISIBILITY} Ordered by deadline, then id; keyset-paged (`next_cursor`). "
    f"{OVERDUE} With `Accept: text/csv`, every matching task as CSV (UTF-8 with BOM), not "
    f"paged. {CONDITIONAL}",
    response_model=CalendarPage[TaskOut],
    responses={
        200: {"description": "A page of tasks (or all of them as CSV).", **CSV_OR_JSON},
        304: {"description": "Unchanged since the ETag given in If-None-Match."},
        **problem_responses(401, 404, 422),
    },
)
async def list_tasks(
    request: Request,
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    paging: Paging,
    f: Filter,
    include_descendants: IncludeDescendants = False,
    changed_since: ChangedSince = None,
) -> Response:
    f = replace(f, changed_since=changed_since)
    ledger = await service.ledger(
        session, scope.actor, scope.jurisdiction, now, include_descendants=include_descendants
    )
    representation = "csv" if _wants_csv(request) else "json"
    etag = ledger.etag(representation, str(request.url.query))
    if (unchanged := _not_modified(request, etag)) is not None:
        return unchanged
    if representation == "csv":
        lines = await service.list_csv(session, ledger, f)
        return StreamingResponse(
            lines,
            media_type=CSV_MEDIA_TYPE,
            headers={**_cache(etag), "Content-Disposition": 'attachment; filename="tasks.csv"'},
        )
    page = await service.list_page(session, ledger, f, paging)
    return Response(
        content=page.model_dump_json(), media_type="application/json", headers=_cache(etag)
    )


@router.get(
    "/summary",
    summary="Progress summary per lead unit or per category, for a date",
    description=f"{VISIBILITY} For each lead unit (`by=unit`) or category (`by=category`): "
    "the tasks that existed on `as_of` (default today) counted by their state on that day, "
    "those overdue that day, those due (deadline on or before it, not cancelled), done on time "
    "and late, the on-time completion rate (done on time / due), and the sum and maximum of "
    "the overdue tasks' `overdue_working_days` (`overdue_working_days_sum`, "
    "`overdue_working_days_max`). A task's state on a past "
    "day follows from the days it was started (first progress), completed and cancelled. The "
    f"list's filters apply (`overdue` excepted). {OVERDUE} With `Accept: text/csv`, one line "
    f"per group. {CONDITIONAL}",
    response_model=TaskSummaryOut,
    responses={
        200: {"description": "The summary.", **CSV_OR_JSON},
        304: {"description": "Unchanged since the ETag given in If-None-Match."},
        **problem_responses(401, 404, 422),
    },
)
async def get_task_summary(
    request: Request,
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    f: Filter,
    by: Annotated[Literal["unit", "category"], Query(description="Group by.")] = "unit",
    as_of: Annotated[date | None, Query(description="The day (default today).")] = None,
    include_descendants: IncludeDescendants = False,
) -> Response:
    ledger = await service.ledger(
        session, scope.actor, scope.jurisdiction, now, include_descendants=include_descendants
    )
    representation = "csv" if _wants_csv(request) else "json"
    etag = ledger.etag("summary", representation, str(request.url.query))
    if (unchanged := _not_modified(request, etag)) is not None:
        return unchanged
    out = await service.summary(session, ledger, f, by=by, as_of=as_of)
    if representation == "csv":
        return StreamingResponse(
            service.summary_csv(out),
            media_type=CSV_MEDIA_TYPE,
            headers={
                **_cache(etag),
                "Content-Disposition": f'attachment; filename="task-summary-{by}.csv"',
            },
        )
    return Response(
        content=out.model_dump_json(), media_type="application/json", headers=_cache(etag)
    )


@router.post(
    "",
    summary="Add a task (or a sub-task) to the breakdown",
    description=f"{OFFICE_ONLY} The lead and cooperating units are active member units here "
    "(422 naming each one that is not); milestones fall on or before the deadline, in order; a "
    "sub-task's parent is a top-level open task here (tasks nest one level). A code already "
    "used here is a 409.",
    status_code=status.HTTP_201_CREATED,
    response_model=TaskOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_task(
    scope: ManageTasks, session: Session, now: Now, body: TaskCreate, response: Response
) -> TaskOut:
    out = await service.create(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/tasks/{out.id}"
    return out


@router.post(
    "/from-decision",
    summary="Make a decision of archived minutes a task, in one call",
    description=f"{OFFICE_ONLY} The decision is named by meeting, agenda item and place (from "
    "0) in the archived minutes of a meeting here; its text, responsible unit and deadline are "
    "the task's defaults (422 when the decision names no unit or deadline and the body gives "
    "none). Each decision becomes a task once (409, naming the task). 409 when the minutes are "
    "not archived.",
    status_code=status.HTTP_201_CREATED,
    response_model=TaskOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_task_from_decision(
    scope: ManageTasks,
    session: Session,
    now: Now,
    body: TaskFromDecision,
    response: Response,
) -> TaskOut:
    out = await service.create_from_decision(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/tasks/{out.id}"
    return out


@router.get(
    "/{task_id}",
    summary="One task: source, units, deadline and milestones, measures, state, overdue",
    description=f"{VISIBILITY} 404 to anyone else. {OVERDUE}",
    response_model=TaskOut,
    responses=problem_responses(401, 404),
)
async def get_task(scope: ReadJurisdiction, session: Session, now: Now, task_id: TaskId) -> TaskOut:
    return await service.get(session, scope.actor, scope.jurisdiction, task_id, now)


@router.patch(
    "/{task_id}",
    summary="Change an open task: fields left out stay, lists given are replaced",
    description=f"{OFFICE_ONLY} {OPEN_ONLY} The same checks as adding one; an explicit null "
    "is a 422 except for `parent_id` (a sub-task becomes a task) and the source's title and "
    "reference.",
    response_model=TaskOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_task(
    scope: ManageTasks, session: Session, now: Now, task_id: TaskId, body: TaskUpdate
) -> TaskOut:
    return await service.update(session, scope.actor, scope.jurisdiction, task_id, now, body)


@router.post(
    "/{task_id}/cancel",
    summary="Cancel an open task, with the reason",
    description=f"{OFFICE_ONLY} {OPEN_ONLY} A task with open sub-tasks is cancelled after "
    "them (409). A cancelled task stays in the table, counted as cancelled.",
    response_model=TaskOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def cancel_task(
    scope: ManageTasks, session: Session, now: Now, task_id: TaskId, body: TaskCancel
) -> TaskOut:
    return await service.cancel(session, scope.actor, scope.jurisdiction, task_id, now, body)


@router.delete(
    "/{task_id}",
    summary="Delete a task entered by mistake",
    description=f"{OFFICE_ONLY} Only an open task with nothing recorded on it (no progress, "
    "comments, supervision or notices) and no sub-tasks; otherwise 409: cancel it instead.",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
)
async def delete_task(scope: ManageTasks, session: Session, now: Now, task_id: TaskId) -> Response:
    await service.delete(session, scope.actor, scope.jurisdiction, task_id, now)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
