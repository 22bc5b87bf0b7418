from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response, status

from app.db import Session
from app.deps import CompileBriefings, CurrentActor, Now, OverseeBriefings, ReadJurisdiction
from app.domain.briefings import BriefingState
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.routers.conditional import file_response
from app.schemas.briefings import (
    BriefingCreate,
    BriefingOut,
    BriefingReadsOut,
    BriefingSummaryOut,
    BriefingUpdate,
    InboxItemOut,
    MyBriefingOut,
)
from app.services import briefings as service

router = APIRouter(prefix="/jurisdictions/{jid}/briefings", tags=["briefings"])
me_router = APIRouter(prefix="/me/briefings", tags=["briefings"])

BriefingId = Annotated[uuid.UUID, Path(description="The briefing's id.")]
FileId = Annotated[uuid.UUID, Path(description="The file's id (an item's `files[].id`).")]

SENT_IS_FINAL = (
    "Only a draft: a sent briefing is the record of what went to whom and is never edited or "
    "deleted (409)."
)


@router.get(
    "",
    summary="List briefings, newest first: drafts and sent ones for the office, sent for others",
    description="The office of this jurisdiction or one above it (and read clients) sees drafts "
    "and sent briefings; anyone else holding a position here sees sent ones only (asking for "
    "`state=draft` gives an empty page). `year` is the issue year: only sent briefings have one.",
    response_model=Page[BriefingSummaryOut],
    responses=problem_responses(401, 404, 422),
)
async def list_briefings(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    state: Annotated[BriefingState | None, Query(description="Only in this state.")] = None,
    year: Annotated[
        int | None, Query(ge=1900, le=2999, description="Only those issued in this year.")
    ] = None,
) -> Page[BriefingSummaryOut]:
    items, cursor = await service.list_briefings(
        session, scope.actor, scope.jurisdiction, paging, state=state, year=year
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.post(
    "",
    summary="Draft an information briefing, optionally compiled from a period's submissions",
    description="The office's draft (CO-RPT-1: 形成信息简报): a title, its body, and items — "
    "compiled from every submission of a report kind for a period (`compile_from`, e.g. "
    "`monthly_information` for `2026-11`: one item per unit, the latest version, its text "
    "drawn from the submission's progress, experience, problems and suggestions), or drawn from "
    "the submissions named (`source_submission_ids`), or written (`items`). A report kind the "
    "rulebook in force does not define, a period of the wrong form, or a submission not of this "
    "jurisdiction is a 422 naming it; no rulebook in force is a 409. The office here, its write "
    "client or an administrator.",
    status_code=status.HTTP_201_CREATED,
    response_model=BriefingOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_briefing(
    scope: CompileBriefings,
    session: Session,
    now: Now,
    body: BriefingCreate,
    response: Response,
) -> BriefingOut:
    out = await service.create(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/briefings/{out.id}"
    return out


@router.get(
    "/{briefing_id}",
    summary="One briefing with its items and recipients",
    description="A draft is seen by the office (here or above) only; a sent briefing by anyone "
    "who reads this jurisdiction. The office also sees each recipient's first read (who, when).",
    response_model=BriefingOut,
    responses=problem_responses(401, 404),
)
async def get_briefing(
    scope: ReadJurisdiction, session: Session, briefing_id: BriefingId
) -> BriefingOut:
    return await service.get(session, scope.actor, scope.jurisdiction, briefing_id)


@router.patch(
    "/{briefing_id}",
    summary="Edit a draft briefing: title, body, items",
    description=f"Only what is given changes; `items` replaces the whole list (each item drawn "
    f"from a submission of this jurisdiction, or the office's own). {SENT_IS_FINAL}",
    response_model=BriefingOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_briefing(
    scope: CompileBriefings, session: Session, briefing_id: BriefingId, body: BriefingUpdate
) -> BriefingOut:
    return await service.update(session, scope.actor, scope.jurisdiction, briefing_id, body)


@router.delete(
    "/{briefing_id}",
    summary="Discard a draft briefing",
    description=SENT_IS_FINAL,
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
)
async def delete_briefing(
    scope: CompileBriefings, session: Session, briefing_id: BriefingId
) -> Response:
    await service.delete(session, scope.actor, scope.jurisdiction, briefing_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{briefing_id}/send",
    summary="Send a draft: to the leading group, copied to member units and county offices",
    description="报送领导小组，抄送各成员单位、各县市（园区） (CO-RPT-1). Sent now (the server's "
    "clock), with the next issue number of the year in this jurisdiction's time zone — gap-free, "
    "allocated in this transaction: `2026年第3期`. The recipients are fixed now: the leading "
    "group, every active member unit, and the office of every jurisdiction directly under this "
    "one. An empty briefing (no body, no items) is a 422; one already sent a 409.",
    response_model=BriefingOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def send_briefing(
    scope: CompileBriefings, session: Session, now: Now, briefing_id: BriefingId
) -> BriefingOut:
    return await service.send(session, scope.actor, scope.jurisdiction, briefing_id, now)


@router.get(
    "/{briefing_id}/reads",
    summary="Read receipts of a sent briefing: per recipient, who read it when, who has not",
    description="For the office (here or above), read clients and administrators. Per "
    "recipient — the leading group, each unit, each county office — the people who read it as "
    "that recipient (first read) and the people holding its posts today who have not; and the "
    "recipients nobody has read it as. Reads are recorded when a recipient opens it through "
    "`GET /v1/me/briefings/{briefing_id}`. A draft is a 409.",
    response_model=BriefingReadsOut,
    responses=problem_responses(401, 403, 404, 409),
)
async def get_briefing_reads(
    scope: OverseeBriefings, session: Session, now: Now, briefing_id: BriefingId
) -> BriefingReadsOut:
    return await service.reads(session, scope.jurisdiction, briefing_id, now)


@me_router.get(
    "",
    summary="One's briefings: those sent to a leading group, unit or county office one is of",
    description="Sent briefings, in every jurisdiction, of which the caller is a recipient by "
    "the posts held today: leader, deputy leader or member for the leading group; head, "
    "liaison or information officer for a member unit; office director, deputy or staff for a "
    "county office. Newest sent first; `unread=true` for those not opened yet. Listing records "
    "no read. People only (a machine client: 403).",
    response_model=Page[InboxItemOut],
    responses=problem_responses(401, 403, 422),
)
async def list_my_briefings(
    actor: CurrentActor,
    session: Session,
    paging: Paging,
    unread: Annotated[
        bool | None, Query(description="true: only unread; false: only read.")
    ] = None,
) -> Page[InboxItemOut]:
    items, cursor = await service.inbox(session, actor, paging, unread=unread)
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@me_router.get(
    "/{briefing_id}",
    summary="Read one of one's briefings (records the first read)",
    description="The briefing, if the caller is one of its recipients (otherwise 404), and the "
    "caller's read recorded as each recipient they are one of. Each item drawn from a "
    "submission lists the files of that version (id, name, type, size, digest and `href`, "
    "where to download it). The first read's time is kept; "
    "later reads do not move it. Reads are kept with the briefing, not in the audit trail "
    "(reading changes nothing). People only (a machine client: 403).",
    response_model=MyBriefingOut,
    responses=problem_responses(401, 403, 404),
)
async def get_my_briefing(
    actor: CurrentActor, session: Session, now: Now, briefing_id: BriefingId
) -> MyBriefingOut:
    return await service.read_mine(session, actor, briefing_id, now)


@me_router.get(
    "/{briefing_id}/files/{file_id}",
    summary="Download a file of an item of one of one's briefings (records the read)",
    description="For a recipient in any jurisdiction, as `GET /v1/me/briefings/{briefing_id}` "
    "lists the files: those of the submission versions the briefing's items are drawn from. "
    "404 when the caller is not one of the sent briefing's recipients, or the file is not one "
    "of those versions' (another version's, another submission's). Downloading records the "
    "caller's read as opening the briefing does (the first read's time is kept). The stored "
    "bytes with the sniffed media type, the SHA-256 as ETag (If-None-Match gives 304) and the "
    "file name in Content-Disposition. People only (a machine client: 403).",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": {"application/octet-stream": {}}},
        304: {"description": "Unchanged: the ETag matches."},
        **problem_responses(401, 403, 404),
    },
)
async def get_my_briefing_file(
    request: Request,
    actor: CurrentActor,
    session: Session,
    now: Now,
    briefing_id: BriefingId,
    file_id: FileId,
) -> Response:
    found = await service.my_item_file(session, actor, briefing_id, file_id, now)
    return file_response(request, found.sha256, found.filename, found.media_type, found.content)
