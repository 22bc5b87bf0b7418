from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Request, Response, status
from pydantic import StringConstraints

from app.db import Session
from app.deps import AppSettings, ManageTasks, Now, ReadJurisdiction, ReportTaskProgress
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.routers.conditional import file_response
from app.routers.multipart import UploadedFile
from app.schemas.task_progress import (
    MAX_EVIDENCE_FILES,
    MAX_PROGRESS_TEXT,
    CommentCreate,
    CommentOut,
    CompletionConfirm,
    CompletionSendBack,
    ProgressReportOut,
    TaskComplete,
)
from app.schemas.tasks import TaskOut
from app.services import task_progress as service

router = APIRouter(prefix="/jurisdictions/{jid}/tasks/{task_id}", tags=["tasks"])

TaskId = Annotated[uuid.UUID, Path(description="The task's id.")]
ReportId = Annotated[uuid.UUID, Path(description="The progress report's id.")]
FileId = Annotated[uuid.UUID, Path(description="The evidence file's id.")]
ProgressText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PROGRESS_TEXT)
]

READERS = (
    "For whoever may read the task: the office of this jurisdiction or one above it, the "
    "leader and deputy leaders, read clients and admins, and the people of the units that lead "
    "or cooperate on it; 404 to anyone else."
)
OFFICE = "The office here (its people, its write client, an admin) does this."
WRITERS = (
    "Written by the task's lead unit (a person holding a post for it: the report is the unit's) "
    "or the office (the report names no unit). A cooperating unit's person, or anyone else who "
    "sees the task, gets 403 naming E-TSK-1; whoever does not see it, 404."
)

REPORT_DESCRIPTION = f"""
A progress report (进展情况) as `multipart/form-data`: `text` (1–{MAX_PROGRESS_TEXT} characters),
`percent` (0–100, the task's progress now), `proposes_completion` (default false) and
0–{MAX_EVIDENCE_FILES} evidence files (佐证材料) in fields named `evidence`: PDF, Word, Excel
or images, the type read from the content, never from the name or the declared type (415
naming each other file; 422 for an empty one; 413 above the per-file or request limit). Any
other field is a 422.

{WRITERS}

The first report starts a task not started (`started_on` is the day). A report proposing
completion says the task is 100 percent done (422 otherwise) and leaves the task awaiting the
office's review (`completion_pending`): no further progress is reported until the office
confirms or sends it back (409). Only the lead unit proposes completion: the office completes a
task itself (POST …/complete; 422 here). Done and cancelled tasks take no reports (409); a task
with open sub-tasks is not proposed complete (409).
"""


@router.post(
    "/progress",
    summary="Report progress on a task, with evidence files; perhaps propose it complete",
    description=REPORT_DESCRIPTION,
    status_code=status.HTTP_201_CREATED,
    response_model=ProgressReportOut,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 415, 422),
)
async def add_task_progress_report(
    response: Response,
    request: Request,
    scope: ReportTaskProgress,
    session: Session,
    settings: AppSettings,
    now: Now,
    task_id: TaskId,
    text: Annotated[ProgressText, Form(description="What was done, what remains.")],
    percent: Annotated[int, Form(ge=0, le=100, description="Progress now, 0–100.")],
    proposes_completion: Annotated[
        bool, Form(description="The task is complete: the office is asked to confirm it.")
    ] = False,
    evidence: Annotated[
        list[UploadedFile] | None,
        File(description=f"Evidence files (佐证材料), at most {MAX_EVIDENCE_FILES}."),
    ] = None,
) -> ProgressReportOut:
    service.check_form_fields(name for name, _ in (await request.form()).multi_items())
    out = await service.report(
        session,
        scope.actor,
        scope.jurisdiction,
        task_id,
        now,
        service.ProgressIn(text=text, percent=percent, proposes_completion=proposes_completion),
        evidence or [],
        max_file_bytes=settings.upload_max_file_bytes,
    )
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/tasks/{task_id}/progress"
    return out


@router.get(
    "/progress",
    summary="A task's progress reports, newest first, with their evidence and reviews",
    description=f"{READERS} Each report with its evidence files' metadata (download each by "
    "its id) and, for a completion proposal, the office's review. Keyset-paged (`next_cursor`).",
    response_model=Page[ProgressReportOut],
    responses=problem_responses(401, 404, 422),
)
async def list_task_progress_reports(
    scope: ReadJurisdiction, session: Session, paging: Paging, task_id: TaskId
) -> Page[ProgressReportOut]:
    items, cursor = await service.list_reports(
        session, scope.actor, scope.jurisdiction, task_id, paging
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/progress/{report_id}/evidence/{file_id}",
    summary="Download an evidence file of a progress report",
    description=f"{READERS} The stored bytes with the sniffed media type, the SHA-256 as ETag "
    "(If-None-Match gives 304) and the file name in Content-Disposition.",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": {"application/octet-stream": {}}},
        304: {"description": "Unchanged: the ETag matches."},
        **problem_responses(401, 404),
    },
)
async def get_task_evidence_file(
    request: Request,
    scope: ReadJurisdiction,
    session: Session,
    task_id: TaskId,
    report_id: ReportId,
    file_id: FileId,
) -> Response:
    found = await service.evidence_file(
        session, scope.actor, scope.jurisdiction, task_id, report_id, file_id
    )
    return file_response(request, found.sha256, found.filename, found.media_type, found.content)


@router.post(
    "/completion/confirm",
    summary="Confirm the lead unit's completion proposal: the task is done",
    description=f"{OFFICE} The task is done on the day the proposal was reported (so it is on "
    "time or late by that day, however long the review took), at 100 percent; the proposal "
    "records the review (confirmed, by whom, when, the note). 409 when no proposal awaits "
    "review, when the task is closed, or when it has open sub-tasks.",
    response_model=TaskOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def approve_task_completion(
    scope: ManageTasks, session: Session, now: Now, task_id: TaskId, body: CompletionConfirm
) -> TaskOut:
    return await service.confirm(session, scope.actor, scope.jurisdiction, task_id, now, body)


@router.post(
    "/completion/send-back",
    summary="Send the lead unit's completion proposal back, with the reason",
    description=f"{OFFICE} The task stays in progress and takes reports again (a new proposal "
    "among them); the proposal records the review (sent back, by whom, when, the reason). 409 "
    "when no proposal awaits review or the task is closed.",
    response_model=TaskOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def return_task_completion(
    scope: ManageTasks, session: Session, now: Now, task_id: TaskId, body: CompletionSendBack
) -> TaskOut:
    return await service.send_back(session, scope.actor, scope.jurisdiction, task_id, now, body)


@router.post(
    "/complete",
    summary="Mark an open task done (the office itself), with a note",
    description=f"{OFFICE} The task is done today at 100 percent, recorded in its history as "
    "the office's progress report (the note as its text, proposing completion, confirmed at "
    "once by the same person). 409 for a done or cancelled task, for one with open sub-tasks, "
    "and while the lead unit's proposal awaits review (confirm that instead: the task is then "
    "done on the day the unit reported).",
    response_model=TaskOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_task_completion(
    scope: ManageTasks, session: Session, now: Now, task_id: TaskId, body: TaskComplete
) -> TaskOut:
    return await service.complete(session, scope.actor, scope.jurisdiction, task_id, now, body)


@router.post(
    "/comments",
    summary="Comment on a task, for one of its units or as the office",
    description="The people of the lead and cooperating units comment for their unit "
    "(`unit_id`, inferred when the caller holds posts for one unit on the task; 422 when "
    "several, or for a unit not on the task; 403 for a unit the caller holds no post for); the "
    "office (its people, its write client, an admin) comments with no unit. Anyone else who "
    "sees the task (the leadership, another unit) gets 403; whoever does not see it, 404. "
    "Comments are remarks, not changes: done and cancelled tasks take them too. A comment is "
    "never changed or deleted.",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def add_task_comment(
    scope: ReportTaskProgress,
    session: Session,
    task_id: TaskId,
    body: CommentCreate,
    response: Response,
) -> CommentOut:
    out = await service.add_comment(session, scope.actor, scope.jurisdiction, task_id, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/tasks/{task_id}/comments"
    return out


@router.get(
    "/comments",
    summary="A task's comments, oldest first",
    description=f"{READERS} Keyset-paged (`next_cursor`).",
    response_model=Page[CommentOut],
    responses=problem_responses(401, 404, 422),
)
async def list_task_comments(
    scope: ReadJurisdiction, session: Session, paging: Paging, task_id: TaskId
) -> Page[CommentOut]:
    items, cursor = await service.list_comments(
        session, scope.actor, scope.jurisdiction, task_id, paging
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)
