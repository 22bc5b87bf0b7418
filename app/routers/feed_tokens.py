from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from app.db import Session
from app.deps import CurrentActor
from app.errors import problem_responses
from app.idempotency import answers_a_secret
from app.schemas.feed_tokens import FeedTokenCreate, FeedTokenCreated, FeedTokenList, FeedTokenOut
from app.services import feed_tokens as service

router = APIRouter(prefix="/me/feed-tokens", tags=["auth"])


@router.post(
    "",
    summary="Create a calendar-feed token for oneself (shown once)",
    description="For calendar programs that subscribe to `…/meetings.ics` and poll it for "
    "months: pass it as `access_token`. It reads feeds as the caller, with the positions held "
    "at each request, and nothing else; revoke it when the program is retired. People only.",
    status_code=status.HTTP_201_CREATED,
    response_model=FeedTokenCreated,
    responses=problem_responses(401, 403, 422),
)
@answers_a_secret
async def create_feed_token(
    actor: CurrentActor,
    session: Session,
    body: FeedTokenCreate,
    response: Response,
) -> FeedTokenCreated:
    out = await service.create(session, actor, body)
    response.headers["Location"] = "/v1/me/feed-tokens"
    return out


@router.get(
    "",
    summary="List one's own calendar-feed tokens (without the tokens themselves)",
    description="The caller's calendar-feed tokens (for /v1/me/meetings.ics and the "
    "jurisdiction feeds): label, when each was made, expires and was revoked; never the token "
    "itself. People only (403 for a machine client).",
    response_model=FeedTokenList,
    responses=problem_responses(401, 403),
)
async def list_feed_tokens(actor: CurrentActor, session: Session) -> FeedTokenList:
    return await service.list_tokens(session, actor)


@router.post(
    "/{token_id}/revoke",
    summary="Revoke one of one's own calendar-feed tokens",
    description="The token stops opening the feeds at once; the record stays. People only, "
    "their own tokens (404 for another's); 409 when already revoked.",
    response_model=FeedTokenOut,
    responses=problem_responses(401, 403, 404, 409),
)
async def revoke_feed_token(
    actor: CurrentActor,
    session: Session,
    token_id: Annotated[uuid.UUID, Path(description="The feed token's id.")],
) -> FeedTokenOut:
    return await service.revoke(session, actor, token_id)
