from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session
from app.deps import (
    HandleMajorMatters,
    Now,
    ReadJurisdiction,
    ReviewMajorMatters,
    SendMajorMatters,
)
from app.domain.major_matters import MatterState, Urgency
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.major_matters import (
    MajorMatterCreate,
    MajorMatterDetailOut,
    MajorMatterForward,
    MajorMatterOut,
    MajorMatterResubmit,
    MajorMatterReturn,
    MajorMatterReview,
)
from app.services import major_matters as service

router = APIRouter(prefix="/jurisdictions/{jid}/major-matters", tags=["major-matters"])

MatterId = Annotated[uuid.UUID, Path(description="The major matter's id.")]

SEND_DESCRIPTION = """
A major matter reported to the leading group (重大事项请示报告, CO-RPT-2):

- by a member unit of this jurisdiction, through a person holding one of its posts (unit head,
  liaison officer, information officer): `unit_id` names the unit, or is left out when the
  caller holds a unit post for exactly one unit here;
- by this jurisdiction's office to the leading group of the jurisdiction above, with
  `"to": "parent"` (a county to its city): the matter is kept there, and read here through
  `GET …/major-matters?direction=sent` and `GET …/major-matters/{matter_id}`. 422 when there is
  no jurisdiction above.

Anyone else is refused with a 403 naming CO-RPT-2. The time of receipt is the server's. The
matter starts `submitted`, with the office.
"""


@router.post(
    "",
    summary="Report a major matter to the leading group (a unit, or a county's office upward)",
    description=SEND_DESCRIPTION,
    status_code=status.HTTP_201_CREATED,
    response_model=MajorMatterDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_major_matter(
    scope: SendMajorMatters,
    session: Session,
    now: Now,
    body: MajorMatterCreate,
    response: Response,
) -> MajorMatterDetailOut:
    out = await service.send(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/major-matters/{out.id}"
    return out


@router.get(
    "",
    summary="List major matters received here, or sent upward from here",
    description="Newest first. `direction=received` (default): every matter this leading "
    "group received for its office (and the office above), its leader and deputy leaders, read "
    "clients and admins; a unit's head, liaison and information officer see their unit's; anyone "
    "else here gets an empty page. `direction=sent`: the matters this jurisdiction's office sent "
    "to the leading group above, for its office (here or above), read clients and admins.",
    response_model=Page[MajorMatterOut],
    responses=problem_responses(401, 404, 422),
)
async def list_major_matters(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    direction: Annotated[
        service.Direction, Query(description="Received by this leading group, or sent upward.")
    ] = "received",
    state: Annotated[MatterState | None, Query()] = None,
    urgency: Annotated[Urgency | None, Query()] = None,
    consolidation_id: Annotated[
        uuid.UUID | None, Query(description="Only those forwarded together.")
    ] = None,
) -> Page[MajorMatterOut]:
    items, cursor = await service.list_matters(
        session,
        scope.actor,
        scope.jurisdiction,
        paging,
        direction=direction,
        state=state,
        urgency=urgency,
        consolidation_id=consolidation_id,
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/{matter_id}",
    summary="One major matter with its state and every hand-over (who, when, what)",
    description="Through the jurisdiction that received it, or — for a matter a county's office "
    "sent upward — through the county's own jurisdiction. Visible to those who read every "
    "matter received, the sending unit's people and the sending county's office; 404 to "
    "anyone else.",
    response_model=MajorMatterDetailOut,
    responses=problem_responses(401, 404),
)
async def get_major_matter(
    scope: ReadJurisdiction, session: Session, matter_id: MatterId
) -> MajorMatterDetailOut:
    return await service.get_matter(session, scope.actor, scope.jurisdiction, matter_id)


@router.post(
    "/{matter_id}/forward",
    summary="Forward a submitted matter to the leader (呈报), consolidating others with it",
    description="The office of the leading group that received it (CO-RPT-2), optionally with a "
    "note and other `submitted` matters received here (`consolidated_with`): all become "
    "`forwarded` — with the leader for review — and share a `consolidation_id`. 409 when any of "
    "them is not `submitted`; 422 when one is not a matter received here.",
    response_model=MajorMatterDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def forward_major_matter(
    scope: HandleMajorMatters,
    session: Session,
    now: Now,
    matter_id: MatterId,
    body: MajorMatterForward,
) -> MajorMatterDetailOut:
    return await service.forward(session, scope.actor, scope.jurisdiction, matter_id, body, now)


@router.post(
    "/{matter_id}/review",
    summary="Record the leader's review of a forwarded matter, with instructions (批示)",
    description="Only the leader (组长) of the leading group that received it, as positions "
    "stand today (CO-DOC-3: 重大事项报领导小组组长审阅); a deputy leader or the office is "
    "refused with a 403 naming the rule. 409 unless the matter is `forwarded`.",
    response_model=MajorMatterDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def review_major_matter(
    scope: ReviewMajorMatters,
    session: Session,
    now: Now,
    matter_id: MatterId,
    body: MajorMatterReview,
) -> MajorMatterDetailOut:
    return await service.review(session, scope.actor, scope.jurisdiction, matter_id, body, now)


@router.post(
    "/{matter_id}/return",
    summary="Return a submitted matter to its sender, with the reason (the office)",
    description="409 unless the matter is `submitted` (with the office).",
    response_model=MajorMatterDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def return_major_matter(
    scope: HandleMajorMatters,
    session: Session,
    now: Now,
    matter_id: MatterId,
    body: MajorMatterReturn,
) -> MajorMatterDetailOut:
    return await service.return_matter(
        session, scope.actor, scope.jurisdiction, matter_id, body, now
    )


@router.post(
    "/{matter_id}/resubmit",
    summary="Send a returned matter again, amended (its sender)",
    description="The sending unit's people through this jurisdiction, or the sending county's "
    "office through its own; anyone else who sees the matter gets a 403 naming CO-RPT-2. 409 "
    "unless the matter is `returned`. It goes back to `submitted`.",
    response_model=MajorMatterDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def resubmit_major_matter(
    scope: SendMajorMatters,
    session: Session,
    now: Now,
    matter_id: MatterId,
    body: MajorMatterResubmit,
) -> MajorMatterDetailOut:
    return await service.resubmit(session, scope.actor, scope.jurisdiction, matter_id, body, now)
