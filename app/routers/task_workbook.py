"""The task breakdown as an Excel workbook: export and import (with a dry run).

Included before app.routers.tasks: its ``/{task_id}`` would otherwise take ``export.xlsx`` for
a task id (and answer 422)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, Request, Response, status

from app.db import Session
from app.deps import AppSettings, ManageTasks, Now, ReadJurisdiction
from app.domain import task_workbook as book
from app.errors import problem_responses
from app.files import content_disposition
from app.routers.conditional import etag_matches
from app.routers.multipart import UploadedFile
from app.routers.tasks import VISIBILITY, Filter
from app.schemas.task_workbook import TaskImportReport
from app.services import task_workbook as service
from app.services import tasks as tasks_service

router = APIRouter(prefix="/jurisdictions/{jid}/tasks", tags=["tasks"])

COLUMNS = "、".join(book.COLUMNS)
IMPORT_RULES = (
    "Rows are matched by 序号: an existing code updates that task where the row differs, a new "
    "code adds a task (a sub-task names its task's 序号 in 上级序号: a task in the workbook or "
    "here, itself a top-level task). The import edits the plan only — texts, units, dates, "
    "milestones, measures, nesting — and never a task's state: a 状态 cell must match the "
    "task's state (blank says nothing) and a new task is 未开始; done and cancelled tasks are "
    "final, so a row changing one is an error, an identical row is unchanged. Tasks missing "
    "from the workbook stay as they are. Every row is judged before anything is written: "
    "unknown or former member units (matched by exact name), bad or missing dates, missing "
    "title, category, source type or lead unit, unknown labels, duplicate or malformed 序号, "
    "unknown parents or deeper nesting, milestones after the deadline or out of order, texts "
    "over the task's limits. A task from a meeting decision is made from the decision, not "
    "imported."
)


@router.get(
    "/export.xlsx",
    summary="The task breakdown as an Excel workbook (任务分解表)",
    description=f"{VISIBILITY} One sheet 任务分解表, the header in row 1, one task a row: each "
    "task by 序号 (2 before 10), followed by its sub-tasks. Columns: "
    f"{COLUMNS}. 完成时限 and 完成日期 are date cells; 配合单位 are joined by 、; 阶段节点 one "
    "per line `YYYY-MM-DD 标题`; 配套管理办法 one per line, the title optionally followed by "
    "` | 文号 | YYYY-MM-DD`. The last three columns are for reading: an import ignores them. "
    "The list's filters apply. The ETag changes with any change to the tasks, with the day and "
    "the query: If-None-Match gives 304.",
    response_class=Response,
    responses={
        200: {
            "description": "The workbook.",
            # The workbook's bytes: a typed client answers them as a file, not as text.
            "content": {
                service.XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}
            },
        },
        304: {"description": "Unchanged since the ETag given in If-None-Match."},
        **problem_responses(401, 404, 422),
    },
)
async def get_task_workbook(
    request: Request, scope: ReadJurisdiction, session: Session, now: Now, f: Filter
) -> Response:
    ledger = await tasks_service.ledger(session, scope.actor, scope.jurisdiction, now)
    etag = ledger.etag("xlsx", str(request.url.query))
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if etag_matches(request.headers.get("if-none-match"), etag.removeprefix("W/")):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    content, filename = await service.export(session, ledger, scope.jurisdiction, f)
    return Response(
        content=content,
        media_type=service.XLSX_MEDIA_TYPE,
        headers={**headers, "Content-Disposition": content_disposition(filename)},
    )


@router.post(
    "/import",
    summary="Import a filled-in task breakdown workbook, or try it (dry run)",
    description="The office here (or its write client, or an admin). One .xlsx file in the "
    "multipart field `file`, laid out as the export (sheet 任务分解表 or the first sheet; the "
    "header row among the first ten, columns in any order, matched by header text, extra "
    "columns ignored; every editable column is required: 422 naming those missing). At most "
    f"5,000 rows (422 beyond). {IMPORT_RULES}\n\n"
    "With `dry_run=true` nothing is written and the answer is the report: counts, the codes "
    "that would be created and updated, and every error with its row (as Excel numbers it), "
    "column (header text), value as given and message. Without it, a workbook with errors is "
    "a 422 whose `errors` locate each bad cell (`body`, `file`, row, column) and whose `report` "
    "is that same report — nothing written; a clean one is written in one transaction (each "
    "task's own create and update audit events, and one `task.import`). 415 when the file is "
    "not an .xlsx workbook by its content (whatever its name); 422 when it cannot be read.",
    response_model=TaskImportReport,
    responses=problem_responses(401, 403, 404, 409, 413, 415, 422),
)
async def import_task_workbook(
    scope: ManageTasks,
    session: Session,
    settings: AppSettings,
    now: Now,
    file: Annotated[UploadedFile, File(description="The workbook (.xlsx).")],
    dry_run: Annotated[
        bool, Query(description="Judge the workbook and report, writing nothing.")
    ] = False,
) -> TaskImportReport:
    return await service.import_workbook(
        session,
        scope.actor,
        scope.jurisdiction,
        now,
        file,
        dry_run=dry_run,
        max_file_bytes=settings.upload_max_file_bytes,
    )
