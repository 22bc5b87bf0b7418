from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Query, Request, Response, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from app.db import Session
from app.deps import AppSettings, Now, ReadAllSubmissions, ReadJurisdiction, SubmitReports
from app.domain.reports import PartFormat
from app.domain.rulebook import KEY_PATTERN
from app.errors import problem_responses
from app.pagination import ChangedSince, Paging
from app.routers.conditional import etag_matches, file_response
from app.routers.date_ranges import PeriodRange
from app.routers.multipart import BINARY
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

# A file part's name: `<part>.<format>`, a part key of the report kind and one of its formats.
FILE_FIELD_PATTERN = (
    f"^({service.SUBMISSION_FIELD}|{KEY_PATTERN.strip('^$')}"
    f"\\.({'|'.join(f.value for f in PartFormat)}))$"
)


def _describe_form(schema: dict[str, Any]) -> None:
    """The form as the contract gives it: the `submission` part is a SubmissionCreate sent as
    JSON (the operation's `encoding` says so, and OpenAPI takes an object part as JSON by
    default), every other part is one or more files named
    `<part>.<format>`. A typed client then builds the JSON part from its model and sends each
    file as a file."""
    properties = schema["properties"]
    properties[service.SUBMISSION_FIELD] = {
        "$ref": "#/components/schemas/SubmissionCreate",
        "description": properties[service.SUBMISSION_FIELD]["description"],
    }
    schema["propertyNames"] = {"pattern": FILE_FIELD_PATTERN}
    schema["additionalProperties"] = {
        "type": "array",
        "items": BINARY,
        "description": "The files of one part in one format, in a field named "
        "`<part>.<format>` (`report.electronic`); several files make one part (scanned pages).",
    }


class SubmissionForm(BaseModel):
    """A report's multipart form: its content as JSON in the field `submission`, and its files
    in fields named `<part>.<format>` as the report kind lists them."""

    model_config = ConfigDict(extra="allow", json_schema_extra=_describe_form)

    submission: str = Field(
        max_length=1_000_000,
        description="JSON (SubmissionCreate): report_kind, period, unit_id, progress, "
        "experience, problems, suggestions, note.",
    )


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
    form: Annotated[SubmissionForm, Form(media_type="multipart/form-data")],
    response: Response,
) -> SubmissionDetailOut:
    data = service.parse_submission(form.submission)
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
    description="For one report kind (of the rulebook in force on `period_to`), every period "
    "that begins in [period_from, period_to] (at most 366 days; `from` and `to` are their "
    "deprecated former names) and every active member unit (and inactive ones "
    "that submitted), or the office for the office's own reports. A cell is `on_time` or "
    "`late` (with `working_days_late`) by the first version's day, `missing` once the due date "
    "has passed without a submission (with `working_days_overdue`, the working days begun "
    "since the due date as of today), and `not_yet_due` until then. With `Accept: text/csv` "
    "the same as CSV (UTF-8 with BOM), one line per unit and period, streamed. The office here "
    "or above (a city asks for its counties'), the leader and deputies, and read clients.\n\n"
    "`include_descendants=true`: in the same answer, the matrix of every jurisdiction below "
    "this one whose submissions the caller reads (a city's office: all its counties; a "
    "county's: none above it), in `descendants`, each named and judged by its own rulebook "
    "(its periods and due dates may differ); one whose rulebook does not define the kind, or "
    "has none in force, is listed in `skipped` with the reason. In CSV each line is led by "
    "`jurisdiction_id` and `jurisdiction_name`. As many statements whatever the number of "
    "counties.\n\n"
    "A weak ETag, computed before the matrix from what it is built of (the submissions, "
    "units, rulebooks, calendar and today); `If-None-Match` with it answers 304 without "
    "building the matrix.",
    response_model=ComplianceOut,
    responses={
        200: {
            "description": "The matrix.",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        },
        304: {"description": "Unchanged since the ETag given in If-None-Match."},
        **problem_responses(401, 403, 404, 409, 422),
    },
)
async def get_report_compliance(
    request: Request,
    scope: ReadAllSubmissions,
    session: Session,
    now: Now,
    report_kind: Annotated[str, Query(min_length=1, max_length=64)],
    periods: PeriodRange,
    include_descendants: Annotated[
        bool,
        Query(
            description="Also the matrices of the jurisdictions below this one (a city's "
            "counties) whose submissions the caller reads, in `descendants`."
        ),
    ] = False,
) -> Response:
    csv = "text/csv" in request.headers.get("accept", "")
    answer = await report_compliance.answer(
        session,
        scope.actor,
        scope.jurisdiction,
        now,
        report_kind,
        periods.start,
        periods.end,
        include_descendants=include_descendants,
        csv=csv,
    )
    headers = {"ETag": answer.etag, "Cache-Control": "private, no-cache", "Vary": "Accept"}
    if etag_matches(request.headers.get("if-none-match"), answer.etag.removeprefix("W/")):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    body = await answer.build()
    if csv:
        assert not isinstance(body, bytes)
        return StreamingResponse(
            body,
            media_type=CSV_MEDIA_TYPE,
            headers={
                **headers,
                "Content-Disposition": f'attachment; filename="compliance-{report_kind}.csv"',
            },
        )
    assert isinstance(body, bytes)
    return Response(content=body, media_type="application/json", headers=headers)
