from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from app.db import Session
from app.deps import AppSettings, Now, ReadAllSubmissions, ReadJurisdiction, SubmitReports
from app.errors import problem_responses
from app.pagination import ChangedSince, Paging
from app.routers.conditional import file_response
from app.schemas.calendar import CalendarPage
from app.schemas.submissions import (
    ComplianceOut,
    SubmissionCreate,
    SubmissionDetailOut,
    SubmissionOut,
)
from app.services import report_compliance
from app.services import submissions as service

router = APIRouter(prefix="/jurisdictions/{jid}/submissions", tags=["reports"])
compliance_router = APIRouter(prefix="/jurisdictions/{jid}", tags=["reports"])

# Models a route reads by hand (a JSON field inside a multipart form): app.main adds them to the
# OpenAPI components so that the form's description can point at them.
DOCUMENTED_MODELS = (SubmissionCreate,)

SubmissionId = Annotated[uuid.UUID, Path(description="The submission's id.")]

SUBMIT_DESCRIPTION = """
A unit's report of a kind for a period, as `multipart/form-data`:

- `submission`: JSON — `report_kind`, `period` (`2026-10`, `2026-Q3`, `2026`), `unit_id`
  (optional when the caller holds the submitting post for one unit only), and the structured
  content: `progress` (per task: `task`, `percent`, `summary`), `experience`, `problems`,
  `suggestions`, `note` (schema: SubmissionCreate).
- one or more files per part and format, in fields named `<part>.<format>` as the report kind
  lists them (`GET …/rulebook`: `report_kinds.<kind>.parts`). Ezhou's monthly report (E-RPT-1):
  `report.electronic`, `report.scanned`, `progress_table.electronic`, `progress_table.scanned`.
  An electronic copy is PDF, Word or Excel; a scanned copy is PDF, JPEG, PNG or TIFF. The type is
  read from the content, not from the name or the declared type.

Submitted by the post the report kind names for the unit (its liaison officer for E-RPT-1 and
C-RPT-1, its information officer for CO-RPT-1), judged on today's positions: otherwise 403
naming the rule. A missing part is a 422 listing each; a file over the per-file limit or a
request over the upload limit is a 413; a file of another type is a 415 naming it. Submitting
again for the same unit, kind and period adds a version; earlier versions stay readable.
Timeliness is judged on the first version's day in the jurisdiction's time zone; the time of
receipt is the server's.
"""


@router.post(
    "",
    summary="Submit a unit's report for a period, with its files (a resubmission adds a version)",
    description=SUBMIT_DESCRIPTION,
    status_code=status.HTTP_201_CREATED,
    response_model=SubmissionDetailOut,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 415, 422),
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "encoding": {"submission": {"contentType": "application/json"}}
                }
            }
        }
    },
)
async def create_submission(
    request: Request,
    scope: SubmitReports,
    session: Session,
    settings: AppSettings,
    now: Now,
    submission: Annotated[
        str,
        Form(
            media_type="multipart/form-data",
            max_length=1_000_000,
            description="JSON (SubmissionCreate): report_kind, period, unit_id, progress, "
            "experience, problems, suggestions, note.",
            json_schema_extra={
                "contentMediaType": "application/json",
                "contentSchema": {"$ref": "#/components/schemas/SubmissionCreate"},
            },
        ),
    ],
    response: Response,
) -> SubmissionDetailOut:
    data = service.parse_submission(submission)
    uploads = service.uploads_of((await request.form()).multi_items())
    out = await service.submit(
        session,
        scope.actor,
        scope.jurisdiction,
        now,
        data,
        uploads,
        max_file_bytes=settings.upload_max_file_bytes,
    )
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/submissions/{out.id}"
    return out


@router.get(
    "",
    summary="List submissions: every unit's for the office, one's own unit's for a unit",
    description="Newest period first. The office (here or above), the leader and deputy "
    "leaders and read clients see every unit's; a unit's head, liaison and information officer "
    "see their unit's; anyone else here gets an empty list. `period` needs `report_kind`.",
    response_model=CalendarPage[SubmissionOut],
    responses=problem_responses(401, 404, 422),
)
async def list_submissions(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    now: Now,
    report_kind: Annotated[str | None, Query(max_length=64)] = None,
    period: Annotated[
        str | None, Query(max_length=16, description="`2026-10`, `2026-Q3` or `2026`.")
    ] = None,
    unit_id: Annotated[uuid.UUID | None, Query(description="Only this unit's.")] = None,
    changed_since: ChangedSince = None,
) -> CalendarPage[SubmissionOut]:
    return await service.list_submissions(
        session,
        scope.actor,
        scope.jurisdiction,
        paging,
        now,
        report_kind=report_kind,
        period=period,
        unit_id=unit_id,
        changed_since=changed_since,
    )


@router.get(
    "/{submission_id}",
    summary="One submission with all its versions and their files' descriptions",
    description="Every version of a unit's report for a period, oldest first, with the "
    "structured content and the descriptions of its files (name, type, size, SHA-256), and when "
    "it was due and whether it came on time. The office, the leadership and read clients see "
    "every unit's; a unit's people see their unit's (404 otherwise).",
    response_model=SubmissionDetailOut,
    responses=problem_responses(401, 404),
)
async def get_submission(
    scope: ReadJurisdiction, session: Session, now: Now, submission_id: SubmissionId
) -> SubmissionDetailOut:
    return await service.get_submission(
        session, scope.actor, scope.jurisdiction, submission_id, now
    )


@router.get(
    "/{submission_id}/versions/{version}/files/{file_id}",
    summary="Download one file of a version of a submission",
    description="The stored bytes, with the sniffed media type, the SHA-256 as ETag "
    "(If-None-Match gives 304) and the original file name in Content-Disposition.",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": {"application/octet-stream": {}}},
        304: {"description": "Unchanged: the ETag matches."},
        **problem_responses(401, 404, 422),
    },
)
async def get_submission_file(
    request: Request,
    scope: ReadJurisdiction,
    session: Session,
    submission_id: SubmissionId,
    version: Annotated[int, Path(ge=1, le=1_000_000, description="The version's number.")],
    file_id: Annotated[uuid.UUID, Path(description="The file's id.")],
) -> Response:
    file = await service.get_file(
        session, scope.actor, scope.jurisdiction, submission_id, version, file_id
    )
    return file_response(request, file.sha256, file.filename, file.media_type, file.content)


CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"


@compliance_router.get(
    "/compliance",
    summary="Report compliance: each unit × period on time, late, missing or not yet due",
    description="For one report kind (of the rulebook in force on `to`), every period that "
    "begins in [from, to] (at most 366 days) and every active member unit (and inactive ones "
    "that submitted), or the office for the office's own reports. A cell is `on_time` or "
    "`late` (with `working_days_late`) by the first version's day, `missing` once the due date "
    "has passed without a submission (with `working_days_overdue`, the working days begun "
    "since the due date as of today), and `not_yet_due` until then. With `Accept: text/csv` "
    "the same as CSV (UTF-8 with BOM), one line per unit and period, streamed. The office here "
    "or above (a city asks for its counties'), the leader and deputies, and read clients.",
    response_model=ComplianceOut,
    responses={
        200: {
            "description": "The matrix.",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        },
        **problem_responses(401, 403, 404, 409, 422),
    },
)
async def get_report_compliance(
    request: Request,
    scope: ReadAllSubmissions,
    session: Session,
    now: Now,
    report_kind: Annotated[str, Query(min_length=1, max_length=64)],
    from_: Annotated[date, Query(alias="from", description="Periods beginning on or after.")],
    to: Annotated[date, Query(description="Periods beginning on or before.")],
) -> Response:
    matrix = await report_compliance.build(session, scope.jurisdiction, now, report_kind, from_, to)
    if "text/csv" in request.headers.get("accept", ""):
        return StreamingResponse(
            report_compliance.as_csv(matrix),
            media_type=CSV_MEDIA_TYPE,
            headers={"Content-Disposition": f'attachment; filename="compliance-{report_kind}.csv"'},
        )
    return Response(content=report_compliance.as_json(matrix), media_type="application/json")
