"""Performance assessments (绩效考核, C-ASM-1): the year's assessment, its scorecards with their
drill-down, the office's scores, appeals and their decisions, finalisation and the table."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, File, Path, Query, Request, Response, status

from app.db import Session
from app.deps import (
    AppSettings,
    FinaliseAssessments,
    JurisdictionId,
    ManageAssessments,
    Now,
    authenticated_actor,
)
from app.domain.assessments import RULE, SOURCE
from app.errors import problem_responses
from app.routers.conditional import file_response
from app.routers.multipart import UploadedFile
from app.schemas.assessments import (
    AppealDecisionIn,
    AppealIn,
    AppealOut,
    AppealsOut,
    AssessmentOut,
    AssessmentPut,
    ScorecardOut,
    ScorecardsOut,
    ScoreIn,
    ScoreOut,
)
from app.schemas.task_progress import MAX_EVIDENCE_FILES
from app.services import assessments as service
from app.services.common import csv_document, xlsx_document

router = APIRouter(prefix="/jurisdictions/{jid}/assessments", tags=["assessments"])

Year = Annotated[int, Path(ge=2000, le=2100, description="The assessed year.")]
SubjectId = Annotated[
    uuid.UUID, Path(description="The assessed member unit's id, or the county's (jurisdiction) id.")
]
IndicatorKey = Annotated[
    str, Path(max_length=64, pattern=r"^[a-z][a-z0-9_]{0,63}$", description="The indicator's key.")
]
AppealId = Annotated[uuid.UUID, Path(description="The appeal's id.")]
FileId = Annotated[uuid.UUID, Path(description="The evidence file's id.")]
AsOf = Annotated[
    date | None,
    Query(
        description="Count the records up to this day of the year (default: today, or the "
        "year's last day for a past year). Ignored once the assessment is final: its cards are "
        "those of the day it was finalised."
    ),
]

CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

VISIBILITY = (
    "The office of this jurisdiction or one above it (a city reads its counties' assessments), "
    "the leader and deputy leaders, read clients and admins see every scorecard; a person "
    "holding a post for a member unit sees its unit's card only, and a county's office its "
    "county's card, here at the assessing jurisdiction's path; anyone else is answered 404 (or "
    "left out of lists)."
)
FIGURES = (
    f"{RULE} ({SOURCE}): the rulebook in force defines the year's indicators. A computed "
    "indicator scores weight × rate (met ÷ counted; the full weight when nothing counted); a "
    "manual one the score the office entered. Up to `as_of`: a member unit's reports of the "
    "indicator's report kind (its compliance-matrix cells), the tasks it leads due in the year, "
    "the supervision notices to it whose reply date is in the year, the inspection findings it "
    "answers for due in the year, the held meetings its head was invited to; a county's: its own "
    "jurisdiction's reports (its units' and its office's), tasks, notices and meetings, and the "
    "findings this office recorded for the county. A record not yet due is not counted."
)
OFFICE = "The office here (its people, its write client, an admin); others who see it: 403."
FINAL = f"A final assessment never changes: every write answers 409 naming {RULE}."


async def assessment_reader(
    jid: JurisdictionId, request: Request, session: Session
) -> service.Reader:
    return await service.enter(session, authenticated_actor(request), jid)


Reader = Annotated[service.Reader, Depends(assessment_reader)]


def _card_path(jurisdiction_id: uuid.UUID, year: int, subject_id: uuid.UUID) -> str:
    return f"/v1/jurisdictions/{jurisdiction_id}/assessments/{year}/scorecards/{subject_id}"


@router.get(
    "/{year}",
    summary="Get the year's assessment: its state and the standings",
    description=f"{FIGURES} Every subject's total, grade and rank (among subjects of its kind: "
    "member units, counties) as of today while preparing, as finalised once final. "
    f"{VISIBILITY} 404 when the year's assessment is not prepared.",
    response_model=AssessmentOut,
    responses=problem_responses(401, 404, 409, 422),
)
async def get_assessment(who: Reader, session: Session, now: Now, year: Year) -> AssessmentOut:
    return await service.get_assessment(session, who, year, now)


@router.put(
    "/{year}",
    summary="Prepare the year's assessment (the office)",
    description=f"{OFFICE} {RULE}: the office collects the assessment's data. Creates the "
    "year's assessment in state `preparing` (201), or answers it unchanged when it is prepared "
    "already (200). 409 when the rulebook in force defines no assessment for the year; 422 for "
    f"a year still to come. {FINAL}",
    response_model=AssessmentOut,
    responses={201: {"description": "Prepared."}, **problem_responses(401, 403, 404, 409, 422)},
)
async def put_assessment(
    scope: ManageAssessments,
    session: Session,
    now: Now,
    response: Response,
    year: Year,
    body: AssessmentPut,
) -> AssessmentOut:
    out, created = await service.prepare(session, scope.actor, scope.jurisdiction, year, now)
    if created:
        response.status_code = status.HTTP_201_CREATED
    return out


@router.get(
    "/{year}/scorecards",
    summary="List the scorecards (every indicator's score, the total, grade and rank)",
    description=f"{FIGURES} {VISIBILITY} Without the drill-down: GET one scorecard for it.",
    response_model=ScorecardsOut,
    responses=problem_responses(401, 404, 409, 422),
)
async def list_assessment_scorecards(
    who: Reader, session: Session, now: Now, year: Year, as_of: AsOf = None
) -> ScorecardsOut:
    return await service.list_scorecards(session, who, year, now, as_of)


@router.get(
    "/{year}/scorecards/{subject_id}",
    summary="Get one scorecard with its drill-down and appeals",
    description=f"{FIGURES} Each computed indicator lists the records that made it (`evidence`: "
    "which reports were late, which tasks overdue, by how many working days), each entered "
    f"score its reason and files, and the card its appeals. {VISIBILITY}",
    response_model=ScorecardOut,
    responses=problem_responses(401, 404, 409, 422),
)
async def get_assessment_scorecard(
    who: Reader, session: Session, now: Now, year: Year, subject_id: SubjectId, as_of: AsOf = None
) -> ScorecardOut:
    return await service.get_scorecard(session, who, year, subject_id, now, as_of)


@router.put(
    "/{year}/scorecards/{subject_id}/indicators/{indicator}",
    summary="Enter an indicator's score with its reason (the office)",
    description=f"{OFFICE} A manual indicator's score, from 0 to its weight (422 otherwise), "
    "with a written reason; a computed indicator's only after an appeal against it was upheld "
    f"(409 before). A later entry replaces the score (the audit trail keeps each). {FINAL}",
    response_model=ScoreOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def put_assessment_score(
    scope: ManageAssessments,
    session: Session,
    now: Now,
    year: Year,
    subject_id: SubjectId,
    indicator: IndicatorKey,
    body: ScoreIn,
) -> ScoreOut:
    return await service.put_score(
        session, scope.actor, scope.jurisdiction, year, subject_id, indicator, body, now
    )


@router.post(
    "/{year}/scorecards/{subject_id}/indicators/{indicator}/evidence",
    summary="Add evidence files to an entered score (the office)",
    description=f"{OFFICE} As `multipart/form-data`: 1–{MAX_EVIDENCE_FILES} files in fields "
    "named `evidence` (none: 422), read as progress reports' are (PDF, Word, Excel or images "
    "by their content: 415 naming each other file; 422 for an empty one; 413 above the "
    "limits). The "
    f"score must be entered first (409). {FINAL}",
    status_code=status.HTTP_201_CREATED,
    response_model=ScoreOut,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 415, 422),
)
async def add_assessment_score_evidence(
    scope: ManageAssessments,
    session: Session,
    settings: AppSettings,
    year: Year,
    subject_id: SubjectId,
    indicator: IndicatorKey,
    response: Response,
    evidence: Annotated[
        list[UploadedFile] | None, File(description=f"At most {MAX_EVIDENCE_FILES} files.")
    ] = None,
) -> ScoreOut:
    out = await service.add_score_files(
        session,
        scope.actor,
        scope.jurisdiction,
        year,
        subject_id,
        indicator,
        evidence or [],
        settings.upload_max_file_bytes,
    )
    # The last file added (the score's files are listed in their order).
    response.headers["Location"] = (
        f"{_card_path(scope.id, year, subject_id)}/indicators/{indicator}/evidence/"
        f"{out.files[-1].id}"
    )
    return out


@router.get(
    "/{year}/scorecards/{subject_id}/indicators/{indicator}/evidence/{file_id}",
    summary="Download an evidence file of an entered score",
    description=f"{VISIBILITY} The stored bytes, the SHA-256 as ETag (If-None-Match gives 304) "
    "and the file name in Content-Disposition.",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": {"application/octet-stream": {}}},
        304: {"description": "Unchanged: the ETag matches."},
        **problem_responses(401, 404),
    },
)
async def get_assessment_score_evidence(
    request: Request,
    who: Reader,
    session: Session,
    year: Year,
    subject_id: SubjectId,
    indicator: IndicatorKey,
    file_id: FileId,
) -> Response:
    found = await service.score_file(session, who, year, subject_id, indicator, file_id)
    return file_response(request, found.sha256, found.filename, found.media_type, found.content)


@router.post(
    "/{year}/scorecards/{subject_id}/indicators/{indicator}/appeals",
    summary="Appeal an item of one's own scorecard (the assessed unit or county)",
    description=f"{RULE}: the assessed unit's people (a person holding a post for it), or the "
    "assessed county's office, appeal an item of their card with a reason; anyone else who sees "
    f"the card is refused with a 403 naming {RULE}, anyone who does not, 404. {FINAL}",
    status_code=status.HTTP_201_CREATED,
    response_model=AppealOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_assessment_appeal(
    who: Reader,
    session: Session,
    now: Now,
    year: Year,
    subject_id: SubjectId,
    indicator: IndicatorKey,
    body: AppealIn,
    response: Response,
) -> AppealOut:
    out = await service.appeal(session, who, year, subject_id, indicator, body, now)
    response.headers["Location"] = (
        f"/v1/jurisdictions/{who.jurisdiction.id}/assessments/{year}/appeals/{out.id}"
    )
    return out


@router.get(
    "/{year}/appeals",
    summary="List the appeals of the cards one sees",
    description="Oldest first; `pending=true` only those awaiting the office's decision, "
    f"`false` only the decided. {VISIBILITY}",
    response_model=AppealsOut,
    responses=problem_responses(401, 404, 422),
)
async def list_assessment_appeals(
    who: Reader,
    session: Session,
    year: Year,
    pending: Annotated[bool | None, Query(description="Only undecided (true) or decided.")] = None,
) -> AppealsOut:
    return await service.list_appeals(session, who, year, pending)


@router.get(
    "/{year}/appeals/{appeal_id}",
    summary="Read one appeal, with the office's decision once made",
    description=f"Whoever sees the card it is against reads it; anyone else gets 404. {VISIBILITY}",
    response_model=AppealOut,
    responses=problem_responses(401, 404, 422),
)
async def get_assessment_appeal(
    who: Reader, session: Session, year: Year, appeal_id: AppealId
) -> AppealOut:
    return await service.get_appeal(session, who, year, appeal_id)


@router.post(
    "/{year}/appeals/{appeal_id}/decision",
    summary="Decide an appeal: upheld or rejected, with the reason (the office)",
    description=f"{OFFICE} Once (409 when decided). Upheld, the office may then enter the "
    f"item's score. {FINAL}",
    response_model=AppealOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def decide_assessment_appeal(
    scope: ManageAssessments,
    session: Session,
    now: Now,
    year: Year,
    appeal_id: AppealId,
    body: AppealDecisionIn,
) -> AppealOut:
    return await service.decide(
        session, scope.actor, scope.jurisdiction, year, appeal_id, body, now
    )


@router.post(
    "/{year}/finalisation",
    summary="Finalise the year's assessment (the office director)",
    description=f"{RULE}: only the office director (a position with directs_office) or an "
    "admin; others who see it: 403. Every appeal must be decided and every manual score "
    "entered (409 naming what is missing). The scorecards as of today, with their drill-down, "
    f"are kept as the year's record. {FINAL}",
    response_model=AssessmentOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def finalise_assessment(
    scope: FinaliseAssessments, session: Session, now: Now, year: Year
) -> AssessmentOut:
    return await service.finalise(session, scope.actor, scope.jurisdiction, year, now)


@router.get(
    "/{year}/table",
    summary="The assessment table: each subject's scores, total, grade and rank (xlsx or CSV)",
    description="The layout offices use: one line per subject (member units, then counties, "
    "each by rank): name, kind, each indicator's score, the total, grade and rank. With "
    f"`Accept: {XLSX_MEDIA_TYPE}` an Excel workbook (sheet 考核结果, a title line first); "
    "otherwise CSV, UTF-8 with BOM. " + VISIBILITY,
    response_class=Response,
    responses={
        200: {
            "description": "The table (CSV or xlsx).",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
            },
        },
        **problem_responses(401, 404, 409, 422),
    },
)
async def get_assessment_table(
    request: Request, who: Reader, session: Session, now: Now, year: Year, as_of: AsOf = None
) -> Response:
    table = await service.table(session, who, year, now, as_of)
    name = f"assessment-{year}"
    if XLSX_MEDIA_TYPE in request.headers.get("accept", ""):
        return Response(
            content=xlsx_document("考核结果", [[table.title], table.header, *table.rows]),
            media_type=XLSX_MEDIA_TYPE,
            headers={
                "Content-Disposition": f'attachment; filename="{name}.xlsx"',
                "Vary": "Accept",
            },
        )
    return Response(
        content=csv_document([table.header, *table.rows]),
        media_type=CSV_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"', "Vary": "Accept"},
    )
