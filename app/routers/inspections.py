from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Annotated

from fastapi import (
    APIRouter,
    Depends,
    File,
    Form,
    Path,
    Query,
    Request,
    Response,
    status,
)
from pydantic import StringConstraints

from app.db import Session
from app.deps import AppSettings, ManageTasks, Now, ReadJurisdiction, ReportTaskProgress
from app.domain.inspections import RULE, FindingReviewOutcome, FindingState, InspectionState
from app.domain.messages import _
from app.errors import ValidationProblem, problem_responses
from app.pagination import Page, Paging
from app.repositories.inspections import FindingFilter, InspectionFilter
from app.routers.conditional import file_response
from app.routers.multipart import UploadedFile
from app.schemas.calendar import CalendarPage
from app.schemas.inspections import (
    MAX_ANSWER_TEXT,
    EvaluationOut,
    FindingCreate,
    FindingLinkCreate,
    FindingOut,
    FindingReview,
    FindingSendBack,
    InspectionCreate,
    InspectionHeld,
    InspectionOut,
    InspectionPatch,
)
from app.schemas.task_progress import MAX_EVIDENCE_FILES
from app.services import inspections as service
from app.services import task_progress
from app.services.common import csv_document, xlsx_document

router = APIRouter(prefix="/jurisdictions/{jid}/inspections", tags=["inspections"])

InspectionId = Annotated[uuid.UUID, Path(description="The inspection's id.")]
FindingId = Annotated[uuid.UUID, Path(description="The finding's id.")]
AnswerId = Annotated[uuid.UUID, Path(description="The answer's id.")]
FileId = Annotated[uuid.UUID, Path(description="The evidence file's id.")]
LinkId = Annotated[uuid.UUID, Path(description="The link's id.")]
AnswerText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_ANSWER_TEXT)
]

OFFICE = (
    f"{RULE}: the office plans and records inspections (督导检查). The office here (its people, "
    "its write client, an admin) does this; others who read the jurisdiction get 403. Reached "
    "through an inspected county's path (an inspection of the office above), it is refused "
    f"there with a 403 naming {RULE}: the county reads and answers; the inspecting office acts "
    "at its own path."
)
VISIBILITY = (
    "The office of this jurisdiction or one above it, the leader and deputy leaders, read "
    "clients and admins see every inspection and finding; a person holding a post for a member "
    "unit sees the inspections of its unit (in their scope, or with a finding it answers for) and "
    "its unit's findings only — never a county's (others are answered 404, or left out of "
    "lists). Through a county's own path (`/jurisdictions/{county}/inspections/…`) the "
    "inspections of the office directly above whose scope names the county, and their findings "
    "for the county, are seen by the county's office, the office above, read clients of the "
    "county or above and admins; by no one else, another county's office included (404)."
)
BY = (
    "`here` (default): this office's inspections. `parent`: those of the office directly above "
    "of this jurisdiction (a county) — the view of the county's office, which answers their "
    "findings for the county here; for whoever reads them (the county's office, the office above, "
    "read clients of the county or above, admins), anyone else an empty page."
)
OVERDUE = (
    "`overdue`: the finding is not rectified (no answer accepted) and a mainland-China working "
    "day has begun since `due_on`, as for tasks; `overdue_working_days` counts them. A finding "
    "is rectified on the day of the answer the office accepted (`rectified_late` when after "
    "`due_on`)."
)
CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _range(start: date | None, end: date | None, names: tuple[str, str]) -> None:
    if start and end and start > end:
        raise ValidationProblem(
            _("{names} is after {names2}.", names=names[0], names2=names[1]),
            [
                {
                    "loc": ["query", names[0]],
                    "msg": _("after {names}", names=names[1]),
                    "type": "value_error",
                }
            ],
        )


async def inspection_filter(
    state: Annotated[InspectionState | None, Query(description="Planned or held.")] = None,
    unit_id: Annotated[
        uuid.UUID | None,
        Query(description="Inspecting this unit, or with a finding it answers for."),
    ] = None,
    county_id: Annotated[uuid.UUID | None, Query(description="Inspecting this county.")] = None,
    date_from: Annotated[
        date | None, Query(alias="from", description="Its days end on or after this day.")
    ] = None,
    date_to: Annotated[
        date | None, Query(alias="to", description="Its days start on or before this day.")
    ] = None,
) -> InspectionFilter:
    _range(date_from, date_to, ("from", "to"))
    return InspectionFilter(
        state=state, unit_id=unit_id, county_id=county_id, date_from=date_from, date_to=date_to
    )


async def finding_filter(
    unit_id: Annotated[uuid.UUID | None, Query(description="Of this responsible unit.")] = None,
    county_id: Annotated[uuid.UUID | None, Query(description="Of this responsible county.")] = None,
    state: Annotated[FindingState | None, Query(description="Open, answered or accepted.")] = None,
    overdue: Annotated[
        bool | None, Query(description="Only overdue (true) or not overdue (false) ones.")
    ] = None,
) -> FindingFilter:
    return FindingFilter(unit_id=unit_id, county_id=county_id, state=state, overdue=overdue)


# --- every finding (before /{inspection_id}, which would take its name) ------------------------


@router.get(
    "/findings",
    summary="Findings of every inspection, the earliest deadline first (by=parent: a county's)",
    description="`by=here` (default): the findings of this office's inspections that the "
    "caller may read. `by=parent`: the findings the office directly above recorded for this "
    "jurisdiction as a county — what its office answers, through this jurisdiction's path "
    "(`POST …/inspections/{inspection_id}/findings/{finding_id}/answers` here) — for the "
    "county's office, the office above, read clients of the county or above and admins; anyone "
    f"else gets an empty page. {VISIBILITY} Filters: `unit_id`, `county_id`, `state`, "
    f"`overdue`. Earliest `due_on` first (then id), keyset-paged (`next_cursor`). {OVERDUE}",
    response_model=CalendarPage[FindingOut],
    responses=problem_responses(401, 404, 422),
)
async def list_findings(
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    paging: Paging,
    f: Annotated[FindingFilter, Depends(finding_filter)],
    by: Annotated[service.InspectedBy, Query(description="Whose inspections' findings.")] = "here",
) -> CalendarPage[FindingOut]:
    return await service.list_all_findings(
        session, scope.actor, scope.jurisdiction, now, by, f, paging
    )


# --- the regular evaluation (before /{inspection_id}, which would take its name) ---------------


def _wants(request: Request, media: str) -> bool:
    return media in request.headers.get("accept", "")


def _lines(out: EvaluationOut) -> list[Sequence[str]]:
    return [service.EVALUATION_COLUMNS, *service.evaluation_rows(out)]


@router.get(
    "/evaluation",
    summary="The regular evaluation (定期评估): every inspection and finding of a period",
    description=f"{RULE}: regular evaluation of the reform's progress. Every inspection whose "
    "days meet the period `from`–`to` (both required, inclusive), oldest first, with its "
    "findings and their status today and the totals. "
    f"{VISIBILITY} {OVERDUE} With `Accept: text/csv`, one line per finding (an inspection "
    "without findings on a line of its own), UTF-8 with BOM; with `Accept: "
    f"{XLSX_MEDIA_TYPE}`, the same as an Excel workbook (sheet 定期评估).",
    response_model=EvaluationOut,
    responses={
        200: {
            "description": "The evaluation (JSON, CSV or xlsx).",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
            },
        },
        **problem_responses(401, 404, 422),
    },
)
async def get_inspection_evaluation(
    request: Request,
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    period_from: Annotated[date, Query(alias="from", description="The period's first day.")],
    period_to: Annotated[date, Query(alias="to", description="The period's last day.")],
) -> Response:
    _range(period_from, period_to, ("from", "to"))
    out = await service.evaluation(
        session, scope.actor, scope.jurisdiction, now, period_from, period_to
    )
    name = f"inspections-{period_from.isoformat()}-{period_to.isoformat()}"
    if _wants(request, XLSX_MEDIA_TYPE):
        return Response(
            content=xlsx_document("定期评估", _lines(out)),
            media_type=XLSX_MEDIA_TYPE,
            headers={
                "Content-Disposition": f'attachment; filename="{name}.xlsx"',
                "Vary": "Accept",
            },
        )
    if _wants(request, "text/csv"):
        return Response(
            content=csv_document(_lines(out)),
            media_type=CSV_MEDIA_TYPE,
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"', "Vary": "Accept"},
        )
    return Response(
        content=out.model_dump_json(), media_type="application/json", headers={"Vary": "Accept"}
    )


# --- inspections --------------------------------------------------------------------------------


@router.post(
    "",
    summary="Plan an inspection (督导检查) of member units and counties",
    description=f"{OFFICE} The inspection has a day or a range of days (`ends_on` not before "
    "`starts_on`), a scope — member units of this jurisdiction and/or counties directly below "
    "it, at least one, each once (422 naming each that is not) — and its inspectors. It is "
    "planned until recorded as held.",
    status_code=status.HTTP_201_CREATED,
    response_model=InspectionOut,
    responses=problem_responses(401, 403, 404, 422),
)
async def create_inspection(
    scope: ManageTasks, session: Session, body: InspectionCreate, response: Response
) -> InspectionOut:
    out = await service.create(session, scope.actor, scope.jurisdiction, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/inspections/{out.id}"
    return out


@router.get(
    "",
    summary="Inspections: this office's, or (by=parent) the office above's of this county",
    description=f"{VISIBILITY} `by`: {BY} Latest first (first day, then id), keyset-paged "
    "(`next_cursor`).",
    response_model=Page[InspectionOut],
    responses=problem_responses(401, 404, 422),
)
async def list_inspections(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    f: Annotated[InspectionFilter, Depends(inspection_filter)],
    by: Annotated[service.InspectedBy, Query(description="Whose inspections.")] = "here",
) -> Page[InspectionOut]:
    items, cursor = await service.list_inspections(
        session, scope.actor, scope.jurisdiction, f, paging, by
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/{inspection_id}",
    summary="One inspection: its days, scope, inspectors and state",
    description=VISIBILITY,
    response_model=InspectionOut,
    responses=problem_responses(401, 404),
)
async def get_inspection(
    scope: ReadJurisdiction, session: Session, inspection_id: InspectionId
) -> InspectionOut:
    return await service.get_inspection(session, scope.actor, scope.jurisdiction, inspection_id)


@router.patch(
    "/{inspection_id}",
    summary="Change a planned inspection's days, scope, inspectors or plan",
    description=f"{OFFICE} Only while planned: a held inspection is a record (409). Fields left "
    "out stay; null is refused (422). Moving `starts_on` past the old `ends_on` without giving "
    "`ends_on` makes it a one-day inspection. Not versioned: the last change wins.",
    response_model=InspectionOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_inspection(
    scope: ManageTasks, session: Session, inspection_id: InspectionId, body: InspectionPatch
) -> InspectionOut:
    return await service.amend(session, scope.actor, scope.jurisdiction, inspection_id, body)


@router.post(
    "/{inspection_id}/held",
    summary="Record a planned inspection as held, with its summary",
    description=f"{OFFICE} `held_on` (default today, in the jurisdiction's time zone) is not "
    "before `starts_on` nor after today (422). Once held its findings are recorded; a second "
    "record is a 409. Emits `inspection.held`.",
    response_model=InspectionOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def record_inspection_held(
    scope: ManageTasks,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    body: InspectionHeld,
) -> InspectionOut:
    return await service.hold(session, scope.actor, scope.jurisdiction, inspection_id, now, body)


# --- findings -----------------------------------------------------------------------------------


@router.post(
    "/{inspection_id}/findings",
    summary="Record a finding: problem, cause, handling, responsible unit or county, deadline",
    description=f"{OFFICE} Findings are recorded once the inspection is held (409 before). The "
    "responsible party is exactly one of `unit_id` — an active member unit here — and "
    "`county_id` — one of the inspection's `county_ids`, whose office answers through the "
    "county's own path; 422 naming the field otherwise. The deadline `due_on` is "
    "`rectify_within_working_days` mainland-China working days after today, on the published "
    "holiday arrangement (422 when it falls in a year not entered yet).",
    status_code=status.HTTP_201_CREATED,
    response_model=FindingOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_inspection_finding(
    scope: ManageTasks,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    body: FindingCreate,
    response: Response,
) -> FindingOut:
    out = await service.add_finding(
        session, scope.actor, scope.jurisdiction, inspection_id, now, body
    )
    response.headers["Location"] = (
        f"/v1/jurisdictions/{scope.id}/inspections/{inspection_id}/findings/{out.id}"
    )
    return out


@router.get(
    "/{inspection_id}/findings",
    summary="An inspection's findings, with answers and their reviews",
    description=f"404 when the caller does not see the inspection; of its findings, those the "
    "caller may read — through a county's path, those for the county. "
    f"{VISIBILITY} All of them (not paged), oldest first. {OVERDUE}",
    response_model=CalendarPage[FindingOut],
    responses=problem_responses(401, 404, 422),
)
async def list_inspection_findings(
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    f: Annotated[FindingFilter, Depends(finding_filter)],
) -> CalendarPage[FindingOut]:
    return await service.list_findings(
        session, scope.actor, scope.jurisdiction, inspection_id, now, f
    )


@router.get(
    "/{inspection_id}/findings/{finding_id}",
    summary="One finding, with the unit's answers and the office's reviews",
    description=f"{VISIBILITY} {OVERDUE}",
    response_model=FindingOut,
    responses=problem_responses(401, 404),
)
async def get_inspection_finding(
    scope: ReadJurisdiction,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    finding_id: FindingId,
) -> FindingOut:
    return await service.get_finding(
        session, scope.actor, scope.jurisdiction, inspection_id, finding_id, now
    )


@router.post(
    "/{inspection_id}/findings/{finding_id}/answers",
    summary="Answer a finding with the rectification and evidence files (the unit or county)",
    description=f"As `multipart/form-data`: `text` (1–{MAX_ANSWER_TEXT} characters) and "
    f"0–{MAX_EVIDENCE_FILES} evidence files in fields named `evidence`, read as progress "
    "reports' are (PDF, Word, Excel or images by their content: 415 naming each other file; 422 "
    "for an empty one; 413 above the limits). Any other field is a 422. "
    f"{RULE}: the answer is the responsible unit's: a person holding a post for it answers. A "
    "county's finding (`county` set) is answered by the county's office — a person holding an "
    "office post of the county — through the county's own path, "
    "`/jurisdictions/{county}/inspections/{inspection_id}/findings/{finding_id}/answers`; at the "
    "inspecting jurisdiction's path nobody answers it. Anyone else who sees the finding is "
    f"refused with a 403 naming {RULE}; someone who does not see it gets 404. An answer awaiting "
    "review, or an accepted finding, takes none (409). "
    "Dated today; read with the finding (`Location`). Emits `finding.answered`.",
    status_code=status.HTTP_201_CREATED,
    response_model=FindingOut,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 415, 422),
)
async def add_inspection_finding_answer(
    request: Request,
    response: Response,
    scope: ReportTaskProgress,
    session: Session,
    settings: AppSettings,
    now: Now,
    inspection_id: InspectionId,
    finding_id: FindingId,
    text: Annotated[AnswerText, Form(description="The rectification (整改情况).")],
    evidence: Annotated[
        list[UploadedFile] | None,
        File(description=f"Evidence files (整改佐证材料), at most {MAX_EVIDENCE_FILES}."),
    ] = None,
) -> FindingOut:
    task_progress.check_form_fields(
        (name for name, __ in (await request.form()).multi_items()),
        service.ANSWER_FIELDS,
        "an answer to a finding",
    )
    out = await service.answer(
        session,
        scope.actor,
        scope.jurisdiction,
        inspection_id,
        finding_id,
        now,
        text,
        evidence or [],
        max_file_bytes=settings.upload_max_file_bytes,
    )
    # The answer is read with its finding.
    response.headers["Location"] = (
        f"/v1/jurisdictions/{scope.id}/inspections/{inspection_id}/findings/{finding_id}"
    )
    return out


@router.get(
    "/{inspection_id}/findings/{finding_id}/answers/{answer_id}/evidence/{file_id}",
    summary="Download an evidence file of an answer to a finding",
    description=f"{VISIBILITY} The stored bytes with the sniffed media type, the SHA-256 as "
    "ETag (If-None-Match gives 304) and the file name in Content-Disposition.",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": {"application/octet-stream": {}}},
        304: {"description": "Unchanged: the ETag matches."},
        **problem_responses(401, 404),
    },
)
async def get_finding_evidence_file(
    request: Request,
    scope: ReadJurisdiction,
    session: Session,
    inspection_id: InspectionId,
    finding_id: FindingId,
    answer_id: AnswerId,
    file_id: FileId,
) -> Response:
    found = await service.evidence_file(
        session, scope.actor, scope.jurisdiction, inspection_id, finding_id, answer_id, file_id
    )
    return file_response(request, found.sha256, found.filename, found.media_type, found.content)


@router.post(
    "/{inspection_id}/findings/{finding_id}/accept",
    summary="Accept the unit's (or county's) answer: the finding is rectified",
    description=f"{OFFICE} The finding is rectified on the day of the answer (so on time or late "
    "by that day, however long the review took); the answer records the review. 409 when no "
    "answer awaits review. Emits `finding.accepted`.",
    response_model=FindingOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def approve_inspection_finding(
    scope: ManageTasks,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    finding_id: FindingId,
    body: FindingReview | None = None,
) -> FindingOut:
    return await service.review(
        session,
        scope.actor,
        scope.jurisdiction,
        inspection_id,
        finding_id,
        now,
        FindingReviewOutcome.accepted,
        body.note if body is not None else None,
    )


@router.post(
    "/{inspection_id}/findings/{finding_id}/send-back",
    summary="Send the unit's (or county's) answer back, with the reason: open again",
    description=f"{OFFICE} The answer records the review (sent back, by whom, when, the reason); "
    "the unit answers again. 409 when no answer awaits review.",
    response_model=FindingOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def send_back_inspection_finding(
    scope: ManageTasks,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    finding_id: FindingId,
    body: FindingSendBack,
) -> FindingOut:
    return await service.review(
        session,
        scope.actor,
        scope.jurisdiction,
        inspection_id,
        finding_id,
        now,
        FindingReviewOutcome.sent_back,
        body.reason,
    )


# --- what a finding led to -----------------------------------------------------------------------


@router.post(
    "/{inspection_id}/findings/{finding_id}/links",
    summary="Link a finding to the supervision notice, public notice or task it led to",
    description=f"{OFFICE} {RULE}: a finding can lead to a supervision notice (督办通知), a public "
    "notice (通报) or a task. `target_id` names one of `kind` in this jurisdiction (422 naming "
    "`target_id` otherwise); any finding, open or rectified, may be linked. Linking a target "
    "the finding is linked to already changes nothing and answers 200 with the finding; a new "
    "link answers 201. Either way the finding, with its `links`, is read at `Location`. A unit's "
    "people see a link to a public notice, to their unit's supervision notices and to the tasks "
    "their unit leads or cooperates on; others' are left out of `links`.",
    status_code=status.HTTP_201_CREATED,
    response_model=FindingOut,
    responses={
        200: {"description": "Linked already: nothing changed.", "model": FindingOut},
        **problem_responses(401, 403, 404, 422),
    },
)
async def add_inspection_finding_link(
    scope: ManageTasks,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    finding_id: FindingId,
    body: FindingLinkCreate,
    response: Response,
) -> FindingOut:
    out, linked = await service.add_link(
        session, scope.actor, scope.jurisdiction, inspection_id, finding_id, now, body
    )
    if not linked:
        response.status_code = status.HTTP_200_OK
    response.headers["Location"] = (
        f"/v1/jurisdictions/{scope.id}/inspections/{inspection_id}/findings/{finding_id}"
    )
    return out


@router.delete(
    "/{inspection_id}/findings/{finding_id}/links/{link_id}",
    summary="Remove a link of a finding made by mistake",
    description=f"{OFFICE} The link is no longer shown; it is kept, with who removed it and when, "
    "and the audit trail records the change. Removing a link removed before changes nothing "
    "(204 again); a link the finding never had is a 404. To link the target again, POST it.",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404),
)
async def remove_inspection_finding_link(
    scope: ManageTasks,
    session: Session,
    now: Now,
    inspection_id: InspectionId,
    finding_id: FindingId,
    link_id: LinkId,
) -> Response:
    await service.remove_link(
        session, scope.actor, scope.jurisdiction, inspection_id, finding_id, link_id, now
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
