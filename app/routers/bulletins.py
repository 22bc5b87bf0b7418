from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.db import Session
from app.deps import DraftBulletins, Now, PublishBulletins, ReadJurisdiction
from app.domain.bulletins import BulletinState
from app.errors import problem_responses
from app.pagination import Page, Paging
from app.schemas.bulletins import BulletinCreate, BulletinDetailOut, BulletinOut, BulletinUpdate
from app.services import bulletins as service

router = APIRouter(prefix="/jurisdictions/{jid}/bulletins", tags=["reports"])

BulletinId = Annotated[uuid.UUID, Path(description="The bulletin's id.")]
INTERNAL = (
    "Bulletins are internal (E-RPT-2 内部情况通报): no public route serves them. Drafts are "
    "seen by the office here or above; a published one by whoever reads the jurisdiction."
)


@router.post(
    "",
    summary="Assemble a draft bulletin for a period from its submissions (E-RPT-2)",
    description="The office (or its write client) assembles the draft of a bulletin kind of "
    "the rulebook in force for a period that has begun: per unit the tasks' progress, the "
    "experience, the problems and suggestions of the latest version of each submission of the "
    "kind's source report kinds in the period, and each unit's compliance with the report kind "
    "it names (Ezhou: the monthly report, on time / late / missing per month). One per kind "
    "and period: 409 while one exists (discard the draft to assemble it again); 409 when the "
    "rulebook defines no bulletin. " + INTERNAL,
    status_code=status.HTTP_201_CREATED,
    response_model=BulletinDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_bulletin(
    scope: DraftBulletins,
    session: Session,
    now: Now,
    body: BulletinCreate,
    response: Response,
) -> BulletinDetailOut:
    out = await service.create(session, scope.actor, scope.jurisdiction, now, body)
    response.headers["Location"] = f"/v1/jurisdictions/{scope.id}/bulletins/{out.id}"
    return out


@router.get(
    "",
    summary="List bulletins, newest period first",
    description=INTERNAL,
    response_model=Page[BulletinOut],
    responses=problem_responses(401, 404, 422),
)
async def list_bulletins(
    scope: ReadJurisdiction,
    session: Session,
    paging: Paging,
    state: Annotated[BulletinState | None, Query(description="draft or published")] = None,
) -> Page[BulletinOut]:
    items, cursor = await service.list_bulletins(
        session, scope.actor, scope.jurisdiction, paging, state=state
    )
    return Page(items=items, next_cursor=cursor, limit=paging.limit)


@router.get(
    "/{bulletin_id}",
    summary="One bulletin with its sections",
    description=INTERNAL,
    response_model=BulletinDetailOut,
    responses=problem_responses(401, 404),
)
async def get_bulletin(
    scope: ReadJurisdiction, session: Session, bulletin_id: BulletinId
) -> BulletinDetailOut:
    return await service.get(session, scope.actor, scope.jurisdiction, bulletin_id)


@router.patch(
    "/{bulletin_id}",
    summary="Edit a draft: title, analysis and the text sections",
    description="The compliance section stays as assembled. A published bulletin is 409.",
    response_model=BulletinDetailOut,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_bulletin(
    scope: DraftBulletins, session: Session, bulletin_id: BulletinId, body: BulletinUpdate
) -> BulletinDetailOut:
    return await service.update(session, scope.actor, scope.jurisdiction, bulletin_id, body)


@router.post(
    "/{bulletin_id}/publish",
    summary="Publish a draft: from now on it never changes",
    description="By the office director or deputy director. A published bulletin is 409.",
    response_model=BulletinDetailOut,
    responses=problem_responses(401, 403, 404, 409),
)
async def publish_bulletin(
    scope: PublishBulletins, session: Session, now: Now, bulletin_id: BulletinId
) -> BulletinDetailOut:
    return await service.publish(session, scope.actor, scope.jurisdiction, bulletin_id, now)


@router.delete(
    "/{bulletin_id}",
    summary="Discard a draft",
    description="A published bulletin is never deleted (409).",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
)
async def delete_bulletin(
    scope: DraftBulletins, session: Session, bulletin_id: BulletinId
) -> Response:
    await service.discard(session, scope.actor, scope.jurisdiction, bulletin_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
